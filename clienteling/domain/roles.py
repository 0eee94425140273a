"""What each role may do at a terminal, and why not when it may not: the one place.

The services refuse with these words before anything is queued or sent, and
the screens hide or disable the action and show the reason before the tap.
HQ enforces the same rules server-side (docs/api.md, "Roles, enforced by the
HQ"); these only keep the terminal from asking for what HQ would refuse.

- Associates find and serve shoppers: notes, edits, orders and order changes.
- Trainees look and learn: on the store's real data they change nothing; what they
  send is their own finished training scenarios (so does anyone who trained).
- Managers do what associates do, erase shoppers, list and revoke their
  store's terminals, lift an associate's offline PIN lock on this terminal,
  set up the scanner, see their store's training results and the store's activity
  (docs/kpis.md), and leave kiosk mode.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .enums import Role
from .said import Said


class Action(StrEnum):
    WRITE = "write"  # notes, sizes and preferences, wishlist, follow-ups, ratings
    ORDER = "order"  # place an order for a shopper
    CHANGE_ORDER = "change_order"  # cancel an order, take an alternative
    SCANNER_SETTINGS = "scanner_settings"  # this terminal's keyboard-wedge scanner
    MANAGE = "manage"  # the manager's screen
    ERASE_SHOPPER = "erase_shopper"
    REVOKE_TERMINAL = "revoke_terminal"  # list and revoke the store's terminals
    UNLOCK_OFFLINE = "unlock_offline"  # lift an associate's offline PIN lock here
    TRAINING_RESULTS = "training_results"  # see the store's trainees' training results
    OWN_TRAINING = "own_training"  # send one's own finished training scenarios to HQ
    STORE_ACTIVITY = "store_activity"  # the store's activity report, its records, its export
    RECORD_ACTIVITY = "record_activity"  # what one did here (a profile opened), for the figures
    LEAVE_KIOSK = "leave_kiosk"  # close the app when it runs as a kiosk (--kiosk)


class Why(StrEnum):
    """Why an action is refused: the screens word each in the associate's language."""

    TRAINEE = "trainee"  # trainees do not change the store's real data
    MANAGERS_ONLY = "managers_only"
    SIGNED_OUT = "signed_out"


_ASSOCIATE = frozenset({Action.WRITE, Action.ORDER, Action.CHANGE_ORDER})
# A trainee's own results are theirs to send; what anyone did here counts in the store's
# activity (HQ keeps a trainee's apart from the associates' in its figures).
_EVERYONE = frozenset({Action.OWN_TRAINING, Action.RECORD_ACTIVITY})
_ALLOWED: dict[str, frozenset[Action]] = {
    Role.ASSOCIATE: _ASSOCIATE | _EVERYONE,
    Role.TRAINEE: _EVERYONE,
    Role.MANAGER: frozenset(Action),
}
_MANAGERS = frozenset(Action) - _ASSOCIATE - _EVERYONE

_WORDS = {
    Why.TRAINEE: (
        "trainees do not change the store's real data, so this was not saved; "
        "practise it in training mode, or ask an associate to record it"
    ),
    Why.SIGNED_OUT: "sign in first",
}


def _managers_only(action: Action) -> str:
    what = {
        Action.SCANNER_SETTINGS: "change the scanner settings",
        Action.MANAGE: "open the manager's screen",
        Action.ERASE_SHOPPER: "erase a shopper",
        Action.REVOKE_TERMINAL: "list or revoke the store's terminals",
        Action.UNLOCK_OFFLINE: "unlock an associate's offline sign-in",
        Action.TRAINING_RESULTS: "see the store's training results",
        Action.STORE_ACTIVITY: "see the store's activity",
        Action.LEAVE_KIOSK: "leave kiosk mode",
    }.get(action, "do this")
    return f"only a manager can {what}"


@dataclass(frozen=True)
class Decision:
    action: Action
    why: Why | None = None  # None: allowed
    words: str = ""  # the reason in plain English (services raise with these)

    @property
    def allowed(self) -> bool:
        return self.why is None


def may(role: str | None, action: Action) -> bool:
    return decide(role, action).allowed


def decide(role: str | None, action: Action) -> Decision:
    """May someone of `role` (None: nobody signed in) do `action`, and if not, why."""
    action = Action(action)
    if role is None:
        return Decision(action, Why.SIGNED_OUT, _WORDS[Why.SIGNED_OUT])
    if action in _ALLOWED.get(role, frozenset()):
        return Decision(action)
    if role == Role.TRAINEE and action not in _MANAGERS:
        return Decision(action, Why.TRAINEE, _WORDS[Why.TRAINEE])
    return Decision(action, Why.MANAGERS_ONLY, _managers_only(action))


def require(role: str | None, action: Action) -> None:
    """PermissionError in plain words when `role` may not do `action`."""
    decision = decide(role, action)
    if not decision.allowed:
        raise PermissionError(
            Said(decision.words, "role", action=decision.action.value, why=decision.why.value)
        )
