"""Store associates, trainees and managers."""

from __future__ import annotations

from dataclasses import dataclass

from ._checks import require_bool, require_choice, require_id, require_text
from .enums import Role


@dataclass(frozen=True, slots=True)
class Associate:
    associate_id: str  # the employee id; errors name it so, as the associate knows it
    name: str
    role: Role
    home_store: str
    active: bool = True

    def __post_init__(self) -> None:
        require_id(self.associate_id, "employee_id")
        object.__setattr__(self, "name", require_text(self.name, "name"))
        object.__setattr__(self, "role", require_choice(self.role, Role, "role"))
        require_id(self.home_store, "home_store")
        require_bool(self.active, "active")

    @property
    def can_change_data(self) -> bool:
        """Trainees look and learn; on real data they change nothing."""
        return self.active and self.role != Role.TRAINEE
