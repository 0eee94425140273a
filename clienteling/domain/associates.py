"""Store associates, trainees and managers."""

from __future__ import annotations

from dataclasses import dataclass

from .enums import Role


@dataclass(frozen=True, slots=True)
class Associate:
    associate_id: str  # the employee id; errors name it so, as the associate knows it
    name: str
    role: str  # a Role value
    home_store: str
    active: bool = True

    @property
    def can_change_data(self) -> bool:
        """Trainees look and learn; on real data they change nothing."""
        return self.active and self.role != Role.TRAINEE
