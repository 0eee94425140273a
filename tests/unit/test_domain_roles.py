"""What each role may do at a terminal (domain.roles), against HQ's own rules."""

import pytest

from clienteling.domain.enums import Role
from clienteling.domain.roles import Action, Why, decide, may, require

EVERYONE = {Action.OWN_TRAINING, Action.RECORD_ACTIVITY}
ASSOCIATE_ACTIONS = {Action.WRITE, Action.ORDER, Action.CHANGE_ORDER}
MANAGER_ONLY = set(Action) - ASSOCIATE_ACTIONS - EVERYONE


def test_associates_serve_shoppers_and_nothing_more():
    assert {a for a in Action if may(Role.ASSOCIATE, a)} == ASSOCIATE_ACTIONS | EVERYONE


def test_managers_may_do_everything():
    assert all(may(Role.MANAGER, a) for a in Action)


def test_trainees_change_nothing_and_are_told_why():
    # Their own results, and what they did here (a profile opened) for the store's figures.
    assert {a for a in Action if may(Role.TRAINEE, a)} == EVERYONE
    for action in ASSOCIATE_ACTIONS:
        d = decide(Role.TRAINEE, action)
        assert d.why == Why.TRAINEE
        assert "trainees do not change the store's real data" in d.words
    assert decide(Role.TRAINEE, Action.ERASE_SHOPPER).why == Why.MANAGERS_ONLY


@pytest.mark.parametrize("action", sorted(MANAGER_ONLY))
def test_manager_only_actions_say_so_in_words(action):
    d = decide(Role.ASSOCIATE, action)
    assert not d.allowed and d.why == Why.MANAGERS_ONLY
    assert d.words.startswith("only a manager can ") and d.words != "only a manager can do this"


def test_nobody_signed_in_may_do_nothing():
    for action in Action:
        assert decide(None, action).why == Why.SIGNED_OUT
    assert not may("cashier", Action.WRITE)  # a role this terminal does not know


def test_require_raises_the_words():
    require(Role.ASSOCIATE, Action.ORDER)
    with pytest.raises(PermissionError, match="only a manager can erase a shopper"):
        require(Role.ASSOCIATE, Action.ERASE_SHOPPER)
    with pytest.raises(PermissionError, match="training mode"):
        require(Role.TRAINEE, Action.ORDER)


def test_the_terminal_allows_what_hqs_role_table_allows():
    """docs/api.md's role table, for the endpoints behind each action."""
    table = {
        Action.WRITE: {Role.ASSOCIATE, Role.MANAGER},  # notes, preferences, wishlist...
        Action.ORDER: {Role.ASSOCIATE, Role.MANAGER},  # POST /v1/orders
        Action.CHANGE_ORDER: {Role.ASSOCIATE, Role.MANAGER},  # POST /v1/orders/{id}/status
        Action.ERASE_SHOPPER: {Role.MANAGER},  # DELETE /v1/shoppers/{id}
        Action.REVOKE_TERMINAL: {Role.MANAGER},  # GET /v1/devices, POST .../revoke
        Action.TRAINING_RESULTS: {Role.MANAGER},  # GET /v1/training-results
        Action.OWN_TRAINING: set(Role),  # POST /v1/training-results (one's own only)
        Action.RECORD_ACTIVITY: set(Role),  # POST /v1/activity (hq/writes.record_activity)
    }
    for action, roles in table.items():
        assert {r for r in Role if may(r, action)} == roles, action
