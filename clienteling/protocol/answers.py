"""Every answer HQ gives besides success, per route: the one table both the OpenAPI
document (`responses=` of each route) and the tests read, so they cannot drift.

A route answers with the statuses listed here and no other, each with the body
`ErrorBody` and one of the listed codes. HQ refuses to start with a route that is
not in ROUTES, and tests/unit/test_hq_answers.py fails on an entry no route has.

To add a route: one line in ROUTES. To add a code to a kind of route (every
shopper-scoped route, say): one line in its group below.
"""

from __future__ import annotations

from typing import Any

from .errors import ErrorBody
from .errors import ErrorCode as E
from .version import API_PREFIX as V

Answers = dict[int, tuple[E, ...]]

# --- groups -------------------------------------------------------------------------
# Any request: a body over the limit (BodyLimit counts every route's body), a fault,
# the database out of reach.
ANY: Answers = {413: (E.PAYLOAD_TOO_LARGE,), 500: (E.INTERNAL,), 503: (E.UNAVAILABLE,)}
# A route with parameters or a body: a value HQ does not accept (`details` names it).
CHECKED: Answers = {422: (E.INVALID_REQUEST,)}
# A route that needs a credential: missing, unknown or ended; a write grant where
# it does not belong, or a role or store that may not do this.
# A terminal older than the chain's minimum protocol is refused (426) on every one.
SIGNED: Answers = {
    401: (E.UNAUTHENTICATED, E.SESSION_EXPIRED, E.SESSION_REVOKED, E.DEVICE_REVOKED),
    403: (E.FORBIDDEN,),
    426: (E.UPGRADE_REQUIRED,),
}
# A route that takes queued writes: also sent with an associate's write grant.
WRITER: Answers = {401: (E.GRANT_ENDED,)}
# A write with the client's id: the same id again with another body.
ONCE: Answers = {422: (E.IDEMPOTENCY_MISMATCH,)}
# A route naming a shopper (in the path, the query or the body): one HQ does not know,
# or one who was erased (also a repeat of a write made before the erasure).
SHOPPER: Answers = {404: (E.SHOPPER_UNKNOWN,), 410: (E.SHOPPER_ERASED,)}
# A route naming anything else by id: an order, a task, an item, a terminal, a kind.
FOUND: Answers = {404: (E.NOT_FOUND,)}


def answers(*groups: Answers) -> Answers:
    """The union of groups: statuses merged, codes in order, each once."""
    out: dict[int, list[E]] = {}
    for group in (ANY, CHECKED, *groups):
        for status, codes in group.items():
            out.setdefault(status, [])
            out[status] += [c for c in codes if c not in out[status]]
    return {status: tuple(codes) for status, codes in sorted(out.items())}


READ = (SIGNED,)
WRITE = (SIGNED, WRITER, ONCE)

ROUTES: dict[tuple[str, str], Answers] = {
    ("GET", "/healthz"): {k: v for k, v in answers().items() if k != 422},
    ("POST", f"{V}/enroll"): answers(
        {401: (E.CODE_UNKNOWN, E.CODE_USED, E.CODE_EXPIRED), 426: (E.UPGRADE_REQUIRED,)}
    ),
    ("GET", f"{V}/terminal/scan-settings"): answers(*READ),
    ("GET", f"{V}/terminal/settings"): answers(*READ),
    ("POST", f"{V}/sessions"): answers(*READ, {401: (E.WRONG_CREDENTIALS,), 423: (E.LOCKED_OUT,)}),
    ("DELETE", f"{V}/sessions/current"): answers(*READ),
    ("GET", f"{V}/devices"): answers(*READ),
    ("POST", f"{V}/devices/{{device_id}}/revoke"): answers(*READ, FOUND),
    ("GET", f"{V}/sync/{{collection}}"): answers(*READ, FOUND),
    ("GET", f"{V}/sync/{{collection}}/estimate"): answers(*READ, FOUND),
    ("GET", f"{V}/changes"): answers(*READ),
    ("GET", f"{V}/changes/stream"): answers(*READ),
    ("POST", f"{V}/orders"): answers(
        *WRITE, SHOPPER, {403: (E.FEATURE_OFF,), 409: (E.OUT_OF_STOCK,)}
    ),
    ("GET", f"{V}/orders/{{order_id}}"): answers(*READ, FOUND),
    ("GET", f"{V}/orders"): answers(*READ, SHOPPER),
    ("POST", f"{V}/orders/{{order_id}}/status"): answers(
        SIGNED, WRITER, FOUND, {409: (E.INVALID_TRANSITION,)}
    ),
    ("POST", f"{V}/notes"): answers(*WRITE, SHOPPER),
    ("PUT", f"{V}/shoppers/{{shopper_id}}/preferences"): answers(*WRITE, SHOPPER),
    ("PUT", f"{V}/shoppers/{{shopper_id}}/consent"): answers(*WRITE, SHOPPER),
    ("POST", f"{V}/shoppers/{{shopper_id}}/changes"): answers(*WRITE, SHOPPER),
    ("POST", f"{V}/wishlist"): answers(*WRITE, SHOPPER),
    ("DELETE", f"{V}/wishlist/{{item_id}}"): answers(SIGNED, WRITER),
    ("POST", f"{V}/tasks"): answers(*WRITE, SHOPPER),
    ("POST", f"{V}/tasks/{{task_id}}/complete"): answers(SIGNED, WRITER, FOUND),
    ("POST", f"{V}/feedback"): answers(*WRITE, SHOPPER, {403: (E.FEATURE_OFF,)}),
    ("POST", f"{V}/activity"): answers(SIGNED, WRITER, SHOPPER),
    ("POST", f"{V}/training-results"): answers(*WRITE),
    ("GET", f"{V}/training-results"): answers(*READ),
    ("GET", f"{V}/shoppers"): answers(*READ),
    ("GET", f"{V}/shoppers/{{shopper_id}}"): answers(*READ, SHOPPER),
    ("DELETE", f"{V}/shoppers/{{shopper_id}}"): answers(*READ, SHOPPER),
    ("GET", f"{V}/shopper-access"): answers(*READ),
    ("GET", f"{V}/stock/{{sku}}"): answers(*READ, FOUND),
    ("POST", f"{V}/import/{{kind}}"): answers(*READ, FOUND),
    ("GET", f"{V}/reports/store-activity"): answers(*READ, FOUND),
    ("GET", f"{V}/reports/store-activity/records"): answers(*READ, FOUND),
}

_TITLES = {
    401: "Not signed in, or the credential ended",
    403: "Not allowed for this caller",
    404: "Not found",
    409: "Conflict with what HQ holds",
    410: "Gone",
    413: "Request body too large",
    422: "Request refused",
    423: "Locked out",
    426: "This terminal's version is too old for HQ: install the version the message names",
    500: "Unexpected error",
    503: "HQ cannot answer now (its database is out of reach, or it is full); try again",
}


def responses(method: str, path: str) -> dict[int | str, dict[str, Any]]:
    """The route's error answers as FastAPI `responses=`; KeyError for a route not in ROUTES."""
    return {
        status: {
            "model": ErrorBody,
            "description": f"{_TITLES[status]}. `error.code`: "
            + ", ".join(f"`{c}`" for c in codes),
        }
        for status, codes in ROUTES[(method, path)].items()
    }
