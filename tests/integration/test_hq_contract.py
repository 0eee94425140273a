"""The OpenAPI document is HQ's contract: schemathesis generates requests from it, valid
and invalid, against a real HQ on 127.0.0.1 (SQLite, a small chain) as each kind of
caller, and every answer must be one the document declares, with its body; every
request the document allows must be taken, every one it refuses refused; a method a
path does not have answers 405 with the path's methods in `Allow`.

Bounded (a few examples an operation) and derandomized: the same requests every run.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import httpx
import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from schemathesis.generation.meta import TestPhase  # noqa: E402

from clienteling.hq import auth, migrate  # noqa: E402
from clienteling.hq.app import create_app  # noqa: E402
from clienteling.hq.db import Database  # noqa: E402
from tests.hq_live import ServedHQ, small_chain  # noqa: E402

CALLERS = ("integration", "terminal", "associate", "manager")
EXAMPLES = 6  # an operation, a caller and a phase (examples, coverage, fuzzing)
STORE = "BR-SP-01"

# A phone number is one the phonenumbers library reads as possible: no JSON Schema
# pattern says that, so the document names the format "phone" and the run draws them
# from numbers HQ takes (docs/api.md, "Profile edits").
schemathesis.openapi.format(
    "phone",
    st.sampled_from(
        ["+5511987654321", "+34 612 345 678", " +351 912 345 678 ", "+44 20 7946 0958"]
    ),
)


class Served:
    """HQ served by `clienteling-hq serve` in its own process, and the credentials of
    each kind of caller."""

    def __init__(self, db: Database, url: str) -> None:
        self.db, self.url = db, url
        self.document_checked = False
        self.turns = itertools.count()
        now = datetime.now(UTC)
        code = auth.create_enrollment_code(db, STORE, 1, now)
        self.device = self._post("/v1/enroll", {"code": code, "terminal_name": "contract"})[
            "device_token"
        ]
        self.tokens = {
            "integration": auth.create_api_token(db, "contract", "integration", None, now),
            "terminal": self.device,
        }

    def _post(self, path: str, body: dict, token: str | None = None) -> dict:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        answer = httpx.post(f"{self.url}{path}", json=body, headers=headers, timeout=30)
        answer.raise_for_status()
        return answer.json()

    def _sign_in(self, caller: str) -> str:
        body = {"employee_id": f"{STORE}-{caller}", "pin": "2468"}
        return self._post("/v1/sessions", body, self.device)["session_token"]

    def check_document(self) -> None:
        if not self.document_checked:
            assert httpx.get(f"{self.url}/openapi.json").json() == _document()
            self.document_checked = True

    def token(self, caller: str, operation) -> str:
        if caller in ("integration", "terminal"):
            return self.tokens[caller]
        # Signing out ends the session it is sent with: it gets one of its own, so the
        # other operations keep theirs.
        if operation.method.upper() == "DELETE" and operation.path == "/v1/sessions/current":
            return self._sign_in(caller)
        if caller not in self.tokens:
            self.tokens[caller] = self._sign_in(caller)
        return self.tokens[caller]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('contract') / 'hq.db'}"
    db = Database(url)
    migrate.upgrade(db)
    small_chain(db)
    with ServedHQ(url, processes=1) as hq:
        yield Served(db, hq.urls[0])
    db.dispose()


def _document() -> dict:
    """The document the served HQ answers at /openapi.json (the same code builds it)."""
    return create_app(Database("sqlite://")).openapi()


contract = schemathesis.openapi.from_dict(_document())


@contract.parametrize()
@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_answer_is_in_the_contract(case, served):
    """A generated request is sent as each kind of caller; the coverage phase's many
    boundary values (mostly refused before anyone's role matters) as one caller each,
    taking turns."""
    served.check_document()
    if case.meta is not None and case.meta.phase.name == TestPhase.COVERAGE:
        callers = [CALLERS[next(served.turns) % len(CALLERS)]]
    else:
        callers = list(CALLERS)
    for caller in callers:
        token = served.token(caller, case.operation)
        try:
            case.call_and_validate(
                base_url=served.url, headers={"Authorization": f"Bearer {token}"}
            )
        except AssertionError as exc:
            exc.add_note(f"sent as the {caller} caller")
            raise


def test_a_method_a_path_lacks_answers_405_with_the_paths_methods(served):
    for method, path, allow in [
        ("OPTIONS", "/v1/orders", "GET, POST"),
        ("PATCH", "/v1/shoppers/sh1", "DELETE, GET"),
        ("PUT", "/v1/sessions/current", "DELETE"),
    ]:
        answer = httpx.request(method, f"{served.url}{path}")
        assert answer.status_code == 405, (method, path)
        assert answer.headers["allow"] == allow
        assert answer.json()["error"]["code"] == "method_not_allowed"


def test_an_unknown_path_and_a_body_that_is_not_json_answer_with_the_error_body(served):
    answer = httpx.get(f"{served.url}/v1/nothing-here")
    assert answer.status_code == 404 and answer.json()["error"]["code"] == "not_found"
    answer = httpx.post(
        f"{served.url}/v1/notes",
        content=b"\xff\xfe{",
        headers={
            "Authorization": f"Bearer {served.tokens['terminal']}",
            "Content-Type": "application/json",
        },
    )
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "invalid_request"
