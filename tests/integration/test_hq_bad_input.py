"""What a database cannot hold is refused at HQ's door: 422 naming the field (404 for an id HQ
does not know), never a 500, and nothing stored; on SQLite and PostgreSQL alike.

The requests: bad_input.py (NUL in every string of every body, path segment and query value;
numbers beyond 64 bits; times outside the years 2..9998).
"""

from __future__ import annotations

import pytest

from tests.integration.bad_input import CASES, Bad, contents, database_url, served_hq


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def served(request, tmp_path_factory):
    url, drop = database_url(request.param, tmp_path_factory.mktemp("hq"))
    try:
        yield from served_hq(url)
    finally:
        drop()


@pytest.mark.parametrize("bad", CASES, ids=[c.name for c in CASES])
def test_bad_input_is_refused_with_the_field_named_and_nothing_stored(served, bad: Bad):
    before = contents(served.db)
    r = served.send(bad)
    assert r.status_code == bad.status, r.text
    error = r.json()["error"]
    if bad.status == 404:
        shopper = bad.path.startswith("/v1/shoppers/")
        assert error["code"] == ("shopper_unknown" if shopper else "not_found")
    else:
        assert error["code"] == "invalid_request"
        named = error["details"][0]["field"]
        assert named and (bad.field == named or bad.field.startswith(named + ".")), error
        assert error["message"].startswith(f"{named}: ")
    assert contents(served.db) == before


def test_the_table_covers_every_route_that_takes_input(served):
    """A new route with a body, a path id or a query value needs rows in bad_input.py."""
    # A file, its rows refused one by one (test_import.py); no input but the credential.
    exempt = {("POST", "/v1/import/{kind}"), ("DELETE", "/v1/sessions/current")}
    missing = []
    for route in served.hq.app.routes:
        for method in sorted(getattr(route, "methods", None) or ()):
            if method == "HEAD" or not route.path.startswith("/v1/"):
                continue
            takes_input = (
                "{" in route.path
                or method in ("POST", "PUT")
                or route.path
                in (
                    "/v1/shoppers",
                    "/v1/orders",
                )
            )
            if not takes_input or (method, route.path) in exempt:
                continue
            if not any(
                c.method == method and route.path_regex.match(c.path.split("?")[0]) for c in CASES
            ):
                missing.append(f"{method} {route.path}")
    assert missing == []
