"""Enrollment of terminals and sign-in of associates."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from .fields import Id, text
from .scan_settings import ScanSettings


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EnrollRequest(Strict):
    code: text(64)  # a wrong one answers 401 code_unknown
    terminal_name: text(120)


class EnrollResponse(Strict):
    device_id: str
    device_token: str
    store_id: str
    store_name: str
    scan_settings: ScanSettings | None = None  # the chain's, as GET /v1/terminal/scan-settings


class SignInRequest(Strict):
    employee_id: Id
    pin: str = Field(min_length=4, max_length=8, pattern=r"^[0-9]+$")


class AssociateOut(Strict):
    associate_id: str
    name: str
    role: str
    home_store: str


class WriteGrantOut(Strict):
    """Lets this terminal send the associate's queued writes as theirs, with nobody signed
    in, until `expires_at`: sent as the WRITE_GRANT header beside the terminal's credential."""

    token: str
    expires_at: datetime


WRITE_GRANT = "X-Write-Grant"


class SignInResponse(Strict):
    session_token: str
    expires_at: datetime
    associate: AssociateOut
    write_grant: WriteGrantOut | None = None  # older HQs send none
