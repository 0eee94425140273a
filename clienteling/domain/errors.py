"""Errors raised by domain constructors and rules."""


class DomainError(ValueError):
    """A rule of the store's domain was broken."""


class InvalidField(DomainError):
    """A value did not pass validation; the message names the field and the reason."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason
