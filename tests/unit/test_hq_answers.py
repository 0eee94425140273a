"""The table of HQ's error answers (clienteling/protocol/answers.py) and the OpenAPI
document agree with the routes HQ has: no route without its answers, no answers
without a route, every code one HQ has."""

from __future__ import annotations

import pytest
from fastapi.routing import APIRoute

from clienteling.hq.app import create_app
from clienteling.hq.db import Database
from clienteling.protocol import answers
from clienteling.protocol.errors import ErrorBody, ErrorCode


@pytest.fixture(scope="module")
def app():
    db = Database("sqlite://")
    yield create_app(db)
    db.dispose()


def routes(app) -> set[tuple[str, str]]:
    out = set()
    for route in app.routes:
        if isinstance(route, APIRoute) and route.include_in_schema:
            out |= {(method, route.path) for method in route.methods}
    return out


def test_every_route_is_in_the_table_and_every_entry_is_a_route(app):
    assert routes(app) == set(answers.ROUTES)


def test_every_declared_answer_is_an_error_status_with_codes_hq_has():
    for route, declared in answers.ROUTES.items():
        assert declared, route
        for status, codes in declared.items():
            assert 400 <= status < 600, route
            assert codes and all(isinstance(c, ErrorCode) for c in codes), (route, status)
            assert len(set(codes)) == len(codes), (route, status)


def test_every_code_is_declared_somewhere():
    declared = {c for answer in answers.ROUTES.values() for codes in answer.values() for c in codes}
    # 405 is the path's, not an operation's: the Allow header names the methods it has.
    assert set(ErrorCode) - declared == {ErrorCode.METHOD_NOT_ALLOWED}


def test_every_route_with_input_may_refuse_it_and_every_route_may_fail(app):
    for route, declared in answers.ROUTES.items():
        assert {413, 500, 503} <= set(declared), route
        if route != ("GET", "/healthz"):
            assert ErrorCode.INVALID_REQUEST in declared[422], route


def test_the_document_lists_exactly_the_tables_answers_with_the_error_body(app):
    document = app.openapi()
    body_ref = f"#/components/schemas/{ErrorBody.__name__}"
    for (method, path), declared in answers.ROUTES.items():
        operation = document["paths"][path][method.lower()]
        errors = {int(s): r for s, r in operation["responses"].items() if int(s) >= 400}
        assert set(errors) == set(declared), (method, path)
        for status, response in errors.items():
            assert response["content"]["application/json"]["schema"] == {"$ref": body_ref}
            for code in declared[status]:
                assert f"`{code}`" in response["description"], (method, path, status)


def test_a_group_adds_its_codes_once():
    merged = answers.answers(answers.SIGNED, {401: (ErrorCode.UNAUTHENTICATED,)})
    assert merged[401].count(ErrorCode.UNAUTHENTICATED) == 1
    assert list(merged) == sorted(merged)
