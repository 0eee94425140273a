"""Failures in the associate's language: every HQ error code, and the codes our services
give the refusals a screen may show (domain.said.Said), worded here.

The English words an error carries stay for the command line and the logs; a screen
says the code. HQ's own words are shown only for a code this terminal does not know (a
newer HQ). Context "Texts", like the other vocabularies (texts.py).
"""

from __future__ import annotations

import string
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clienteling.domain.roles import Action, Decision, Why
from clienteling.domain.said import HQ, Said, said_by

from . import formats, texts
from .field_reasons import field_reason
from .roles import refusal_text


def failure_words(exc: BaseException) -> str | None:
    """What `exc` says, in the associate's language; None when it carries no code this
    terminal words (the caller shows its English words then)."""
    said = said_by(exc)
    return said_words(said) if said is not None else None


def said_words(said: Said) -> str | None:
    """A Said in the associate's language; None for a code this terminal does not know."""
    if said.code.startswith(HQ):
        return hq_words(said.code[len(HQ) :], said.values.get("details"))
    return _ours(said.code, said.values)


def reason_words(reason: str | None) -> str:
    """Why HQ refused a write (services' `reason`, a Said when HQ's answer had a code), in the
    associate's language; as it is when it has no code this terminal words."""
    if isinstance(reason, Said) and reason.code:
        return said_words(reason) or reason
    return reason or ""


def something_went_wrong(exc: BaseException) -> str:
    """The last resort, for an error nobody meant the associate to read."""
    return QCoreApplication.translate("Texts", "Something went wrong ({kind}); try again").format(
        kind=type(exc).__name__
    )


# --- HQ's error codes (protocol.errors.ErrorCode) ---------------------------------------


def hq_words(code: str, details: Any = None) -> str | None:
    """One of HQ's error codes, with what its details add; None for a code not known here."""
    special = _HQ_WITH_DETAILS.get(code)
    if special is not None:
        return special(details)
    words = _HQ.get(code)
    return QCoreApplication.translate("Texts", words) if words else None


# Codes said without their details: an out-of-stock answer's items and an unknown
# shopper's id are codes (SKUs, ids) the associate does not speak; the order screen shows
# the items by name with their alternatives (ui/order_answer.py).
_HQ = {
    "out_of_stock": QT_TRANSLATE_NOOP(
        "Texts", "not enough stock for this order; pick an alternative"
    ),
    "shopper_unknown": QT_TRANSLATE_NOOP(
        "Texts", "HQ does not know this shopper; search for the shopper again"
    ),
    "unauthenticated": QT_TRANSLATE_NOOP(
        "Texts", "HQ does not recognise this sign-in; sign in again"
    ),
    "session_expired": QT_TRANSLATE_NOOP(
        "Texts", "your session expired; sign in again (your work is kept)"
    ),
    "session_revoked": QT_TRANSLATE_NOOP(
        "Texts",
        "your session was ended at HQ (PIN changed, employee id disabled or terminal "
        "revoked); sign in again, or ask the store manager",
    ),
    "device_revoked": QT_TRANSLATE_NOOP(
        "Texts", "this terminal was revoked at HQ; it must be enrolled again with a new code"
    ),
    "grant_ended": QT_TRANSLATE_NOOP(
        "Texts",
        "the authority to send these offline writes ended at HQ, so they were set aside; "
        "sign in on this terminal while HQ answers",
    ),
    "wrong_credentials": QT_TRANSLATE_NOOP(
        "Texts",
        "the employee id or PIN is wrong (associates sign in at the terminals of their own store)",
    ),
    "code_unknown": QT_TRANSLATE_NOOP(
        "Texts", "this enrollment code is not known; check it or ask for a new one"
    ),
    "code_expired": QT_TRANSLATE_NOOP(
        "Texts", "this enrollment code has expired; ask for a new one"
    ),
    "code_used": QT_TRANSLATE_NOOP(
        "Texts", "this enrollment code was already used; ask for a new one"
    ),
    "forbidden": QT_TRANSLATE_NOOP(
        "Texts", "HQ does not allow this for your role or for this store"
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "Texts", "HQ did not find this (it may have been removed); refresh and try again"
    ),
    "method_not_allowed": QT_TRANSLATE_NOOP(
        "Texts",
        "HQ does not take this request (this terminal and HQ may run different versions); "
        "tell IT support",
    ),
    "idempotency_mismatch": QT_TRANSLATE_NOOP(
        "Texts",
        "HQ already holds a different request under this one's number, so it was set "
        "aside; tell IT support",
    ),
    "invalid_transition": QT_TRANSLATE_NOOP(
        "Texts",
        "the order cannot move to that status from where it stands now; open the orders again",
    ),
    "payload_too_large": QT_TRANSLATE_NOOP(
        "Texts", "this is too large for HQ to take; make it shorter"
    ),
    "shopper_erased": QT_TRANSLATE_NOOP(
        "Texts",
        "this shopper's data was erased at HQ; nothing about them is kept or sent, so this "
        "was not carried out",
    ),
    "internal": QT_TRANSLATE_NOOP("Texts", "HQ failed on this request; try again later"),
    "unavailable": QT_TRANSLATE_NOOP(
        "Texts", "HQ cannot answer right now; try again in a few minutes"
    ),
}


def _invalid_request(details: Any) -> str:
    """422: the fields HQ refused, named in the associate's language where they have a name,
    each with what is wrong with it when HQ gives its error type (field_reasons; an older HQ
    gives only its English words, which are not shown)."""
    named, said = [], []
    for item in details if isinstance(details, list) else []:
        field = item.get("field", "") if isinstance(item, dict) else ""
        name = texts.field_name(str(field))
        if not name or name in named:
            continue
        named.append(name)
        if item.get("type"):
            said.append(
                QCoreApplication.translate("Texts", "{field}: {why}").format(
                    field=name, why=field_reason(item)
                )
            )
    if said and len(said) == len(named):
        return QCoreApplication.translate(
            "Texts", "HQ did not accept what was typed ({fields}); correct it and try again"
        ).format(fields="; ".join(said))
    if not named:
        return QCoreApplication.translate(
            "Texts",
            "HQ did not accept the request as it was sent; check what you typed and try again",
        )
    return QCoreApplication.translate(
        "Texts", "HQ did not accept what was typed ({fields}); correct it and try again"
    ).format(fields=", ".join(named))


def _locked_out(details: Any) -> str:
    until = details.get("locked_until") if isinstance(details, dict) else None
    if not until:
        return QCoreApplication.translate(
            "Texts", "too many wrong PINs: try again later or ask a manager to reset the PIN"
        )
    return QCoreApplication.translate(
        "Texts", "too many wrong PINs: try again after {time} or ask a manager to reset the PIN"
    ).format(time=formats.clock_time(str(until)))


def _upgrade_required(details: Any) -> str:
    wanted = details.get("wanted_app_version") if isinstance(details, dict) else None
    if not wanted:
        return QCoreApplication.translate(
            "Texts",
            "HQ no longer accepts this version of Clienteling: install the chain's current "
            "version and start it again (queued orders and notes are kept and sent then)",
        )
    return QCoreApplication.translate(
        "Texts",
        "HQ no longer accepts this version of Clienteling: install Clienteling {version} or "
        "newer and start it again (queued orders and notes are kept and sent then)",
    ).format(version=wanted)


def _feature_off(details: Any) -> str:
    setting = details.get("setting") if isinstance(details, dict) else None
    if setting == "ship_to_home":
        return texts.order_problem(Said("", "shipping_off"))
    if setting == "feedback_capture":
        return _ours("feedback_off", {}) or ""
    return QCoreApplication.translate("Texts", "the chain switched this off for this store at HQ")


def _session_revoked(details: Any) -> str:
    """Why HQ ended the session, when its answer says (details `ended`)."""
    ended = details.get("ended") if isinstance(details, dict) else None
    if ended == "pin_changed":
        return QCoreApplication.translate(
            "Texts", "your PIN was changed at HQ; sign in again with the new PIN"
        )
    if ended == "disabled":
        return QCoreApplication.translate(
            "Texts", "your employee id was disabled at HQ; ask the store manager"
        )
    if ended == "device_revoked":
        return QCoreApplication.translate("Texts", _HQ["device_revoked"])
    return QCoreApplication.translate("Texts", _HQ["session_revoked"])


_HQ_WITH_DETAILS = {
    "invalid_request": _invalid_request,
    "session_revoked": _session_revoked,
    "locked_out": _locked_out,
    "upgrade_required": _upgrade_required,
    "feature_off": _feature_off,
}


# --- our own codes ------------------------------------------------------------------------


def _ours(code: str, values: dict[str, Any]) -> str | None:
    if code == "role":
        try:
            decision = Decision(Action(values.get("action")), Why(values.get("why")))
        except ValueError:
            return None
        return refusal_text(decision).rstrip(".")
    if code == "invalid":
        words = _INVALID.get(str(values.get("field", "")))
        return QCoreApplication.translate("Texts", words) if words else None
    words = _OURS.get(code)
    if words is None:
        return None
    return QCoreApplication.translate("Texts", words).format(
        **{k: values.get(k, "") for k in _fields(words)}
    )


def _fields(words: str) -> list[str]:
    return [f for _, f, _, _ in string.Formatter().parse(words) if f]


_OURS = {
    # HQ's side of the line, as the terminal sees it
    "hq_answered": QT_TRANSLATE_NOOP(
        "Texts", "HQ answered with an error ({status}); try again later"
    ),
    "hq_failed": QT_TRANSLATE_NOOP("Texts", "HQ failed on this request; trying again"),
    "hq_busy": QT_TRANSLATE_NOOP("Texts", "HQ is having trouble; trying again"),
    "unreachable": QT_TRANSLATE_NOOP("Texts", "HQ cannot be reached; working offline"),
    "certificate_refused": QT_TRANSLATE_NOOP(
        "Texts", "HQ's certificate was refused (TLS); tell IT support"
    ),
    "page_unreadable": QT_TRANSLATE_NOOP(
        "Texts", "HQ sent something that could not be read; the sync will try again"
    ),
    # signing in
    "pin_missing": QT_TRANSLATE_NOOP("Texts", "type the employee id and the PIN"),
    "signed_out": QT_TRANSLATE_NOOP("Texts", "sign in first"),
    "offline_pin_unknown": QT_TRANSLATE_NOOP(
        "Texts",
        "HQ cannot be reached and this PIN was not used online on this terminal before; "
        "sign in once while the network is up",
    ),
    "not_an_associate": QT_TRANSLATE_NOOP(
        "Texts", "{employee_id} is not an active associate of this store"
    ),
    "offline_locked": QT_TRANSLATE_NOOP(
        "Texts",
        "offline sign-in is locked for this associate after too many wrong PINs; sign in "
        "once while HQ can be reached, or ask a manager to unlock it",
    ),
    "offline_wait": QT_TRANSLATE_NOOP(
        "Texts", "too many wrong PINs while HQ cannot be reached: try again in {seconds} s"
    ),
    "signed_in_offline": QT_TRANSLATE_NOOP(
        "Texts",
        "this needs HQ: you signed in while HQ could not be reached; sign out and in again "
        "once it answers",
    ),
    "needs_online_sign_in": QT_TRANSLATE_NOOP(
        "Texts", "sign in while HQ answers to look shoppers up at HQ"
    ),
    # shoppers and orders
    "shopper_not_here": QT_TRANSLATE_NOOP(
        "Texts", "this shopper is not on this terminal; search for them again"
    ),
    "feedback_off": QT_TRANSLATE_NOOP(
        "Texts", "this store does not record shoppers' feedback (switched off at HQ)"
    ),
    "control_character": QT_TRANSLATE_NOOP(
        "Texts", "the text has a character that cannot be stored ({char}); remove it"
    ),
    "order_not_here": QT_TRANSLATE_NOOP("Texts", "this order is not on this terminal"),
    "order_reached_hq": QT_TRANSLATE_NOOP(
        "Texts", "this order reached HQ meanwhile; open the orders again"
    ),
    "cancel_refused": QT_TRANSLATE_NOOP("Texts", "HQ refused to cancel this order"),
    # queued writes set aside (cache.outbox)
    "acts_on_refused": QT_TRANSLATE_NOOP(
        "Texts", "it acts on an earlier write HQ refused, so it was set aside too"
    ),
    "failed_too_often": QT_TRANSLATE_NOOP(
        "Texts",
        "HQ failed on this write {tries} times, so it was set aside; the shopper's other "
        "writes go on (tell IT support)",
    ),
    # the manager's screens
    "period_open": QT_TRANSLATE_NOOP("Texts", "choose the first and the last day of the period"),
    "period_reversed": QT_TRANSLATE_NOOP(
        "Texts", "the last day is before the first: choose them again"
    ),
    "period_too_long": QT_TRANSLATE_NOOP("Texts", "choose a period of at most a year"),
    "revoke_own_terminal": QT_TRANSLATE_NOOP(
        "Texts", "this is the terminal you are using; revoke it from another terminal or at HQ"
    ),
    # the terminal itself
    "not_an_hq_address": QT_TRANSLATE_NOOP(
        "Texts",
        "{address} is not an HQ address: give https://host (plain http only to this machine)",
    ),
    "training_off": QT_TRANSLATE_NOOP(
        "Texts",
        "training mode is switched off for {store} at HQ; ask the chain's IT to switch it on",
    ),
    # starting the app: its settings, its keyring, the HQ it talks to
    "not_enrolled": QT_TRANSLATE_NOOP(
        "Texts", "this terminal is not enrolled; enroll it with an enrollment code from HQ"
    ),
    "settings_damaged": QT_TRANSLATE_NOOP(
        "Texts", "this terminal's settings are damaged; enroll the terminal again"
    ),
    "settings_hq_address": QT_TRANSLATE_NOOP(
        "Texts",
        "the HQ address in this terminal's settings is not one a terminal may use (https "
        "only); enroll the terminal again with HQ's https address",
    ),
    "keyring_missing": QT_TRANSLATE_NOOP(
        "Texts",
        "this computer has no secure keyring for the terminal's secrets: on Linux install "
        "gnome-keyring and run the app in a desktop session (README, 'Kiosk terminals')",
    ),
    "keyring_locked": QT_TRANSLATE_NOOP(
        "Texts",
        "the keyring with this terminal's secrets could not be read; unlock it and start "
        "the app again",
    ),
    "keyring_refused": QT_TRANSLATE_NOOP(
        "Texts", "the keyring did not store this terminal's secret; unlock it, or tell IT support"
    ),
    "training_address": QT_TRANSLATE_NOOP(
        "Texts", "training talks only to its own HQ on this computer, never to {address}"
    ),
    "cache_wrong_key": QT_TRANSLATE_NOOP(
        "Texts",
        "this terminal's data cannot be opened with its key (the key was lost or replaced); "
        "it will sync again from HQ, and queued orders in the old file are kept aside",
    ),
    "cache_damaged": QT_TRANSLATE_NOOP(
        "Texts", "this terminal's data is damaged; it will sync again from HQ"
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Texts", "the terminal's disk is full: free some space; nothing queued was lost"
    ),
    "cache_unwritable": QT_TRANSLATE_NOOP(
        "Texts",
        "the terminal cannot write its data (the file is read-only or cannot be opened); ask "
        "IT to check the data folder, then start Clienteling again; nothing queued was lost",
    ),
    "cache_io": QT_TRANSLATE_NOOP(
        "Texts",
        "the disk failed while the terminal read or wrote its data; start Clienteling again, "
        "and if it happens again ask IT to check the disk",
    ),
    "cache_busy": QT_TRANSLATE_NOOP(
        "Texts",
        "another program is holding this terminal's data; close any other Clienteling "
        "window on this computer, then start again",
    ),
    "cache_failed": QT_TRANSLATE_NOOP(
        "Texts",
        "the terminal's data could not be used; start Clienteling again, and if it happens "
        "again ask IT (clienteling status shows the details)",
    ),
    "cache_newer": QT_TRANSLATE_NOOP(
        "Texts", "this terminal's data was written by a newer Clienteling; update this terminal"
    ),
    "cache_training": QT_TRANSLATE_NOOP(
        "Texts", "this folder holds training data; a production terminal does not open it"
    ),
    "cache_production": QT_TRANSLATE_NOOP(
        "Texts", "this folder holds production data; a training terminal does not open it"
    ),
    # pictures of codes
    "image_too_big": QT_TRANSLATE_NOOP(
        "Texts", "this picture is too large to read; crop or shrink it"
    ),
    "not_an_image": QT_TRANSLATE_NOOP(
        "Texts", "this is not a picture the app can read (PNG, JPEG...)"
    ),
    "image_damaged": QT_TRANSLATE_NOOP("Texts", "this picture is damaged or cut short"),
    "image_unreadable": QT_TRANSLATE_NOOP("Texts", "this picture cannot be opened"),
}

# What a form field needs, when the service refused it (services.engagement, code "invalid").
_INVALID = {
    "text": QT_TRANSLATE_NOOP("Texts", "write the note (at most 2000 characters)"),
    "reason": QT_TRANSLATE_NOOP("Texts", "choose a reason for the visit"),
    "title": QT_TRANSLATE_NOOP("Texts", "write what to follow up (at most 200 characters)"),
    "sizes": QT_TRANSLATE_NOOP("Texts", "a size is at most 16 characters (at most 30 categories)"),
    "fit": QT_TRANSLATE_NOOP("Texts", "the fit is at most 40 characters"),
    "brands": QT_TRANSLATE_NOOP("Texts", "at most 30 brands"),
    "colours": QT_TRANSLATE_NOOP("Texts", "at most 30 colours"),
    "styles": QT_TRANSLATE_NOOP("Texts", "at most 30 styles"),
    "score": QT_TRANSLATE_NOOP("Texts", "choose a score from 1 to 5"),
    "comment": QT_TRANSLATE_NOOP("Texts", "the comment is at most 2000 characters"),
}
