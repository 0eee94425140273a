"""A terminal's routes: enrollment, the chain's scan settings and the store's fleet
settings it reads, associates' sessions on it, and the store's terminals for managers
(list, revoke)."""

import dataclasses

from fastapi import Request
from fastapi.responses import Response

from clienteling.protocol.auth import EnrollRequest, EnrollResponse, SignInRequest, SignInResponse
from clienteling.protocol.errors import ErrorCode
from clienteling.protocol.fields import Id
from clienteling.protocol.fleet import FLEET_SETTINGS_PATH
from clienteling.protocol.scan_settings import SCAN_SETTINGS_PATH, ScanSettings
from clienteling.protocol.version import API_PREFIX

from . import auth, credentials, fleet, scan_settings
from .errors import ApiError, not_found
from .routing import Shared


def add_routes(shared: Shared) -> None:
    db, settings, clock = shared.db, shared.settings, shared.clock
    get, post, delete = shared.get, shared.post, shared.delete
    Who = shared.who

    # --- enrollment and sessions ---------------------------------------------

    @post(f"{API_PREFIX}/enroll", response_model=EnrollResponse, status_code=201)
    def enroll(body: EnrollRequest, request: Request, response: Response):
        with db.read() as conn:
            fleet.refuse_old(fleet.reported(request.headers), fleet.effective(conn))
        answer = auth.enroll(db, body.code, body.terminal_name, clock())
        with db.read() as conn:
            answer["scan_settings"] = scan_settings.for_terminal(conn)
        response.headers["Cache-Control"] = "no-store"  # a credential and the chain's keys
        return answer

    @get(f"{API_PREFIX}{SCAN_SETTINGS_PATH}", response_model=ScanSettings)
    def terminal_scan_settings(who: Who, response: Response):
        if who.kind != auth.DEVICE:
            raise ApiError(
                403,
                ErrorCode.FORBIDDEN,
                "the chain's scan settings are for enrolled terminals, with their credential",
            )
        with db.read() as conn:
            answer = scan_settings.for_terminal(conn)
        response.headers["Cache-Control"] = "no-store"
        return answer

    @get(f"{API_PREFIX}{FLEET_SETTINGS_PATH}")
    def terminal_fleet_settings(who: Who, response: Response):
        """The fleet settings for the caller's store (a terminal), at every sync run."""
        if who.kind not in fleet.TERMINAL_KINDS:
            raise ApiError(403, ErrorCode.FORBIDDEN, "the fleet settings are for terminals")
        with db.read() as conn:
            values = fleet.effective(conn, who.store_id)
        response.headers["Cache-Control"] = "no-store"
        return {"settings": values}

    @post(f"{API_PREFIX}/sessions", response_model=SignInResponse, status_code=201)
    def sign_in(body: SignInRequest, who: Who):
        if who.kind != auth.DEVICE:
            raise ApiError(
                403,
                ErrorCode.FORBIDDEN,
                "associates sign in on an enrolled terminal, with its credential",
            )
        with db.read() as conn:  # the store's (or chain's) offline write grant lifetime
            hours = fleet.effective(conn, who.store_id)["offline_grant_hours"]
        chosen = dataclasses.replace(settings, write_grant_hours=hours) if hours else settings
        return auth.sign_in(db, who, body.employee_id, body.pin, chosen, clock())

    @delete(f"{API_PREFIX}/sessions/current", status_code=204)
    def sign_out(request: Request, who: Who):
        who.require_associate("associate", "manager", "trainee", what="signing out")
        auth.sign_out(db, request.headers["authorization"][7:].strip(), clock())
        return Response(status_code=204)

    # --- a store's terminals --------------------------------------------------

    @get(f"{API_PREFIX}/devices")
    def list_devices(who: Who):
        who.require("manager", what="listing terminals")
        with db.read() as conn:
            wanted = fleet.effective(conn)["wanted_app_version"]
            devices = credentials.list_devices(conn, who.store_id)
        listed = fleet.with_versions(devices, wanted, clock())
        return {"devices": listed, "wanted_app_version": wanted}

    @post(f"{API_PREFIX}/devices/{{device_id}}/revoke")
    def revoke_device(device_id: Id, who: Who):
        who.require("manager", what="revoking terminals")
        with db.read() as conn:
            found = credentials.device(conn, device_id)
        if found is None:
            raise not_found(f"terminal {device_id!r}")
        who.require_store(found["store_id"], "revoking a terminal")
        detail = {"from_device": who.device_id} if who.device_id else {}
        return credentials.revoke_device(
            db, device_id, clock(), actor_kind=who.kind, actor_id=who.actor_id, detail=detail
        )
