"""What the associate records about a shopper: notes, sizes and preferences, wishlist,
follow-up tasks and quick CSAT.

Each write goes through `Writes.submit` (durable outbox first, then HQ when it
can be reached) and shows on the profile at once (services.profiles). Each
is checked here by the protocol's request model, the one HQ checks it with,
so what the associate typed is refused with plain words before it is queued.
Qt-free; every method may block: the UI runs them on its task runner.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from pydantic import ValidationError

from clienteling.domain.enums import WriteState
from clienteling.domain.said import Said
from clienteling.domain.shoppers import Preferences, Shopper
from clienteling.protocol.changes import ChangesIn
from clienteling.protocol.fields import CONTROL_CHARACTER
from clienteling.protocol.writes import (
    NOTE_REASONS,
    FeedbackIn,
    NoteIn,
    PreferencesIn,
    TaskIn,
    WishlistIn,
)

from .field_changes import CONSENT_FIELDS, consent_changes, preference_changes
from .fleet_settings import FleetSettings
from .profiles import EDIT_KINDS, Profiles
from .writes import Saved, Writes

__all__ = ["NOTE_REASONS", "Engagement", "NoteSaved", "Saved", "split_list"]


def _now() -> datetime:
    return datetime.now(UTC)


FEEDBACK_OFF = Said(
    "this store does not record shoppers' feedback: the chain switched it off at HQ",
    "feedback_off",
)
FOLLOW_UP_HOUR = time(10, 0)  # a due date means "that morning" in the store's local time


@dataclass(frozen=True)
class NoteSaved:
    note_id: str
    sent: bool  # False: saved on this terminal, sent when HQ can be reached (or refused)
    state: WriteState = WriteState.SENT
    reason: str | None = None  # HQ's words when it refused the note


def split_list(text: str | list[str]) -> list[str]:
    """'Linen, navy ,, wool' -> ['Linen', 'navy', 'wool'] (duplicates dropped, order kept)."""
    items = text if isinstance(text, list) else text.replace(";", ",").split(",")
    return list(dict.fromkeys(i.strip() for i in items if i.strip()))


# What a field is, in the associate's words, when it holds a character that cannot be stored.
_WHAT = {
    "text": "the note",
    "title": "the follow-up",
    "comment": "the comment",
    "fit": "the fit",
    "sizes": "a size",
    "brands": "a brand",
    "colours": "a colour",
    "styles": "a style",
    "sku": "the item",
    "shopper_id": "the shopper",
}


def _plain(exc: ValidationError, words: dict[str, str]) -> ValueError:
    """The associate's words for the first field of `words` (in its order) that is wrong.

    A character no database can store (a NUL or another control character, which a
    scanner or a paste can bring) is named as such rather than as a length."""
    for e in exc.errors():
        if e["type"] == CONTROL_CHARACTER and e["loc"]:
            name = str(e["loc"][0])
            char = str((e.get("ctx") or {}).get("code", ""))
            text = f"{_WHAT.get(name, name)} {e['msg']}"
            return ValueError(Said(text, CONTROL_CHARACTER, field=name, char=char))
    fields = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
    for name, said in words.items():
        if name in fields:  # code "invalid": a screen words it by the field
            return ValueError(Said(said, "invalid", field=name))
    return ValueError("; ".join(e["msg"] for e in exc.errors()))


class Engagement:
    """The associate's writes about shoppers, for the screens of one terminal."""

    def __init__(
        self, writes: Writes, profiles: Profiles | None = None, fleet: FleetSettings | None = None
    ) -> None:
        self.writes, self.profiles = writes, profiles
        self.fleet = fleet  # the store's fleet settings from HQ

    def takes_feedback(self) -> bool:
        """Whether this store records shoppers' feedback (fleet setting feedback_capture; in
        memory, no I/O)."""
        return self.fleet is None or bool(self.fleet.value("feedback_capture"))

    def add_note(self, shopper_id: str, reason: str, text: str) -> NoteSaved:
        """Save a note durably; signed in online, deliver it and fetch it back.

        ValueError (in plain words) when the note cannot be saved as typed.
        """
        note_id = str(uuid.uuid4())
        try:
            body = NoteIn(
                note_id=note_id, shopper_id=shopper_id, reason=reason, text=text
            ).model_dump(mode="json")
        except ValidationError as exc:
            raise _plain(
                exc,
                {
                    "text": "write the note (at most 2000 characters)",
                    "reason": f"choose a reason: {', '.join(NOTE_REASONS)}",
                },
            ) from None
        saved = self.writes.submit(
            id=note_id,
            kind="note",
            shopper_id=shopper_id,
            method="POST",
            path="/notes",
            body=body,
            refresh=("notes",),
        )
        return NoteSaved(note_id, saved.sent, saved.state, saved.reason)

    # --- writing ------------------------------------------------------------------------

    def save_preferences(
        self,
        shopper_id: str,
        sizes: dict[str, str],
        fit: str = "",
        brands: str | list[str] = "",
        colours: str | list[str] = "",
        styles: str | list[str] = "",
        *,
        was: Shopper | None = None,
    ) -> Saved:
        """Save the sizes and preferences the associate changed from `was` (the shopper as
        the screen showed them; by default as the profile shows them now). Only the changed
        fields go to HQ, so another terminal's edit of another field stays. ValueError in
        plain words if invalid."""
        change_id = str(uuid.uuid4())
        sizes = {c.strip(): s.strip() for c, s in sizes.items() if c.strip() and s.strip()}
        try:
            checked = PreferencesIn(
                change_id=change_id,
                sizes=sizes,
                fit=fit,
                brands=split_list(brands),
                colours=split_list(colours),
                styles=split_list(styles),
            )
        except ValidationError as exc:
            raise _plain(
                exc,
                {
                    "sizes": "a size is at most 16 characters (at most 30 categories)",
                    "fit": "the fit is at most 40 characters",
                    "brands": "at most 30 brands",
                    "colours": "at most 30 colours",
                    "styles": "at most 30 styles",
                },
            ) from None
        shown = self._shown(shopper_id, was)
        wanted = Preferences(
            sizes=checked.sizes,
            fit=checked.fit,
            brands=tuple(checked.brands),
            colours=tuple(checked.colours),
            styles=tuple(checked.styles),
        )
        changes = preference_changes(shown.preferences, wanted, shown.versions, _now())
        return self._send_changes(change_id, shopper_id, changes)

    def save_consent(self, shopper_id: str, *, was: Shopper | None = None, **given: bool) -> Saved:
        """Record the consent the shopper gives or withdraws now (email=, sms=, profiling=);
        only what differs from `was` (as shown) is sent. A withdrawal is never undone by an
        older grant that reaches HQ later."""
        unknown = set(given) - set(CONSENT_FIELDS)
        if unknown:
            raise ValueError(f"consent is for {', '.join(CONSENT_FIELDS)}")
        shown = self._shown(shopper_id, was)
        changes = consent_changes(shown, given, shown.versions, _now())
        return self._send_changes(str(uuid.uuid4()), shopper_id, changes)

    def _shown(self, shopper_id: str, was: Shopper | None) -> Shopper:
        if was is not None:
            return was
        view = self.profiles.profile(shopper_id) if self.profiles else None
        if view is None:
            raise ValueError(
                Said(
                    "this shopper is not on this terminal; search for them again",
                    "shopper_not_here",
                )
            )
        return view.shopper

    def _send_changes(self, change_id: str, shopper_id: str, changes: list[dict]) -> Saved:
        if not changes:
            return Saved(change_id, WriteState.SENT)  # nothing changed: nothing to tell HQ
        try:
            body = ChangesIn(change_id=change_id, changes=changes).model_dump(mode="json")
        except ValidationError as exc:
            raise _plain(exc, {}) from None
        path = f"/shoppers/{shopper_id}/changes"
        return self._send(change_id, "changes", shopper_id, "POST", path, body)

    def add_to_wishlist(self, shopper_id: str, sku: str) -> Saved:
        item_id = str(uuid.uuid4())
        try:
            body = WishlistIn(item_id=item_id, shopper_id=shopper_id, sku=sku).model_dump(
                mode="json"
            )
        except ValidationError as exc:
            raise _plain(exc, {"sku": "choose an item first"}) from None
        return self._send(item_id, "wishlist", shopper_id, "POST", "/wishlist", body)

    def remove_from_wishlist(self, shopper_id: str, item_id: str) -> Saved:
        """Take the item off; an addition HQ never got is simply not sent."""
        if self.writes.withdraw(item_id, "wishlist"):
            return Saved(item_id, WriteState.SENT)  # nothing left to tell HQ
        return self._send(
            str(uuid.uuid4()), "wishlist_remove", shopper_id, "DELETE", f"/wishlist/{item_id}", {}
        )

    def add_task(self, shopper_id: str, title: str, due: date | None = None) -> Saved:
        """A follow-up for this shopper, due on `due` (that morning, local time) if given."""
        task_id = str(uuid.uuid4())
        due_at = datetime.combine(due, FOLLOW_UP_HOUR).astimezone() if due else None
        try:
            body = TaskIn(
                task_id=task_id, shopper_id=shopper_id, title=title, due_at=due_at
            ).model_dump(mode="json")
        except ValidationError as exc:
            raise _plain(
                exc, {"title": "write what to follow up (at most 200 characters)"}
            ) from None
        return self._send(task_id, "task", shopper_id, "POST", "/tasks", body)

    def complete_task(self, shopper_id: str, task_id: str) -> Saved:
        return self._send(
            str(uuid.uuid4()), "task_done", shopper_id, "POST", f"/tasks/{task_id}/complete", {}
        )

    def record_feedback(self, shopper_id: str, score: int, comment: str = "") -> Saved:
        """The shopper's satisfaction with this visit, 1 (poor) to 5 (great). PermissionError
        when the chain switched feedback capture off for this store."""
        if not self.takes_feedback():
            raise PermissionError(FEEDBACK_OFF)
        feedback_id = str(uuid.uuid4())
        try:
            body = FeedbackIn(
                feedback_id=feedback_id, shopper_id=shopper_id, score=score, comment=comment
            ).model_dump(mode="json")
        except ValidationError as exc:
            raise _plain(
                exc,
                {
                    "score": "choose a score from 1 to 5",
                    "comment": "the comment is at most 2000 characters",
                },
            ) from None
        return self._send(feedback_id, "feedback", shopper_id, "POST", "/feedback", body)

    def _send(
        self, id_: str, kind: str, shopper_id: str, method: str, path: str, body: dict
    ) -> Saved:
        """Queue durably; signed in online, deliver now and bring the synced row back."""
        collection = EDIT_KINDS[kind]
        return self.writes.submit(
            id=id_,
            kind=kind,
            shopper_id=shopper_id,
            method=method,
            path=path,
            body=body,
            refresh=(collection,) if collection else (),
        )
