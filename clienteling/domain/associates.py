"""Store associates, trainees and managers."""

from __future__ import annotations

from dataclasses import dataclass

from ._checks import require_id, require_text
from .enums import Role
from .errors import InvalidField


@dataclass(frozen=True, slots=True)
class Associate:
    associate_id: str  # the employee id
    name: str
    role: Role
    home_store: str
    active: bool = True

    def __post_init__(self) -> None:
        require_id(self.associate_id, "employee_id")
        object.__setattr__(self, "name", require_text(self.name, "name"))
        try:
            object.__setattr__(self, "role", Role(self.role))
        except ValueError:
            raise InvalidField("role", "is associate, trainee or manager") from None
        require_id(self.home_store, "home_store")

    @property
    def can_change_data(self) -> bool:
        """Trainees look and learn; on real data they change nothing."""
        return self.active and self.role != Role.TRAINEE
