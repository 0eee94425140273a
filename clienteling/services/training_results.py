"""Training results on their way to the trainee's manager (docs/training.md, "Results for
managers").

The training app never opens a production terminal's cache or keyring, so it cannot
queue a write there. It leaves each finished scenario as a small JSON file in a hand-off
folder of its own (`hand_off`), beside the two terminals' folders, never inside either.
The production terminal, when that employee signs in for real (so the write is theirs
and they are authorised to make it), takes their files (`TrainingResults.collect`): each
is checked, committed to the outbox as their own `training_result` write, and only then
removed. A file that cannot be read is moved aside with the reason beside it: nothing is
lost. The record's id is the client's id at HQ: a file seen twice is still one result.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from clienteling.api.errors import HQAnswered
from clienteling.domain.roles import Action, require
from clienteling.domain.said import Said
from clienteling.domain.training_records import TrainingRecord
from clienteling.protocol.writes import TrainingResultIn

from .sessions import Session, Sessions
from .writes import Writes

log = logging.getLogger(__name__)

KIND, PATH = "training_result", "/training-results"
SET_ASIDE = "set-aside"  # the hand-off folder's sub-folder for files that could not be read
MOST_BYTES = 16 * 1024  # a record is a few hundred bytes


@dataclass(frozen=True)
class SetAside:
    """A hand-off file that could not be read, moved to `path`; why, in plain words."""

    path: Path
    reason: str


@dataclass
class Collected:
    """What one sign-in took from the hand-off folder."""

    queued: list[str] = field(default_factory=list)  # result ids now in the outbox
    set_aside: list[SetAside] = field(default_factory=list)


@dataclass(frozen=True)
class Waiting:
    """A finished scenario waiting in the hand-off folder for its trainee to say it is theirs."""

    result_id: str
    scenario_id: str
    seconds: int
    hints: int
    mistakes: int
    finished_at: str


@dataclass(frozen=True)
class ResultRow:
    """One trainee's finished scenario, as their manager sees it."""

    result_id: str
    employee_id: str
    name: str | None
    scenario_id: str
    seconds: int
    hints: int
    mistakes: int
    finished_at: datetime
    recorded_at: datetime


def hand_off(folder: Path, record: TrainingRecord) -> Path:
    """Leave a finished scenario for the production terminal: `<folder>/<result id>.json`,
    written whole (a reader never sees half a file) and synced to disk. ValueError, and no
    file, when the record does not fit (the same checks HQ makes)."""
    record.check()
    body = TrainingResultIn.model_validate(record.as_json()).model_dump(mode="json")
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    final = folder / f"{body['result_id']}.json"
    partial = folder / f".{body['result_id']}.part"
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(body, out, ensure_ascii=False, separators=(",", ":"))
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, final)
    _sync_folder(folder)
    return final


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # a platform that cannot open a folder (Windows): the rename stands
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class TrainingResults:
    """One terminal's side of training results: sending the signed-in associate's own, and
    reading the store's for a manager."""

    def __init__(self, folder: Path, writes: Writes, sessions: Sessions) -> None:
        self.folder, self.writes, self.sessions = folder, writes, sessions
        self.last = Collected()  # what the latest sign-in took, for the screens and commands

    # --- the trainee's own results ------------------------------------------------------

    def waiting(self, session: Session | None = None) -> list[Waiting]:
        """The signed-in associate's finished training scenarios in the hand-off folder,
        readable ones only, oldest first; nothing moves. The window asks them at sign-in
        whether these are theirs (training cannot check who typed an employee id)."""
        session = session or self.sessions.signed_in()
        require(session.role, Action.OWN_TRAINING)
        found = []
        for _path, body in self._mine(session):
            found.append(
                Waiting(
                    body["result_id"], body["scenario_id"], body["seconds"], body["hints"],
                    body["mistakes"], body["finished_at"],
                )
            )  # fmt: skip
        return found

    def discard(self, session: Session | None = None) -> int:
        """Not theirs: the signed-in associate's waiting results are set aside (kept, with
        why, never sent). Returns how many."""
        session = session or self.sessions.signed_in()
        require(session.role, Action.OWN_TRAINING)
        mine = self._mine(session)
        reason = f"{session.employee_id} said at sign-in these results are not theirs"
        for path, _body in mine:
            self._set_aside(path, reason)
        return len(mine)

    def _theirs(self, session: Session) -> list[tuple[Path, dict | None, str | None]]:
        """The hand-off files that may be the associate's: theirs, checked (reason None), and
        those that cannot be read (no owner to tell; the reason why). Others' files are left."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in sorted(self.folder.glob("*.json")):
            body, reason = _read(path)
            if reason is None and body.get("employee_id") != session.employee_id:
                continue  # someone else's: it waits for them
            if reason is None:
                body, reason = _checked(body)
            found.append((path, body, reason))
        return found

    def _mine(self, session: Session) -> list[tuple[Path, dict]]:
        return [(path, body) for path, body, reason in self._theirs(session) if reason is None]

    def collect(self, session: Session | None = None) -> Collected:
        """The signed-in associate's finished training scenarios waiting in the hand-off
        folder, each queued as their own write (the next sync sends it), each file removed
        once its write is in the outbox. Files of other employees stay where they are;
        a file that cannot be read is set aside with the reason. The window calls it when
        the associate says at sign-in that the waiting results are theirs."""
        session = session or self.sessions.signed_in()
        require(session.role, Action.OWN_TRAINING)
        report = Collected()
        for path, body, reason in self._theirs(session):
            if reason is not None:
                report.set_aside.append(self._set_aside(path, reason))
                continue
            self._queue(path, body)
            report.queued.append(body["result_id"])
        self.last = report
        return report

    def _queue(self, path: Path, body: dict) -> None:
        """Into the outbox (once: the result's id is the entry's), then the file goes."""
        rid = body["result_id"]
        known = self.writes.record(rid)
        if known is None:
            try:
                self.writes.submit(
                    id=rid,
                    kind=KIND,
                    shopper_id=None,
                    method="POST",
                    path=PATH,
                    body=body,
                    action=Action.OWN_TRAINING,
                    deliver=False,
                )
            except PermissionError:
                raise
            except Exception:
                # Another process of this terminal queued the same file a moment ago.
                if self.writes.record(rid) is None:
                    raise
        path.unlink(missing_ok=True)

    def _set_aside(self, path: Path, reason: str) -> SetAside:
        aside = self.folder / SET_ASIDE
        aside.mkdir(exist_ok=True, mode=0o700)
        target = aside / path.name
        if target.exists():
            target = aside / f"{path.stem}-{uuid.uuid4().hex[:8]}{path.suffix}"
        os.replace(path, target)
        target.with_name(target.name + ".why.txt").write_text(reason + "\n", encoding="utf-8")
        # The file's name (a record id) and the reason only: never what the file holds.
        log.warning("a training record was set aside (%s): %s", target.name, reason)
        return SetAside(target, reason)

    # --- the manager's view ---------------------------------------------------------------

    def results(self, employee_id: str | None = None, limit: int = 100) -> list[ResultRow]:
        """This store's training results at HQ, newest first (one trainee's with
        `employee_id`). Managers only; needs HQ (PermissionError offline, with why)."""
        require(self.sessions.signed_in().role, Action.TRAINING_RESULTS)
        client = self.sessions.client()
        if client is None:
            raise PermissionError(
                Said(
                    "training results are kept at HQ, and you signed in while HQ could not "
                    "be reached; sign out and in again once it answers",
                    "signed_in_offline",
                )
            )
        params: dict = {"store_id": self.sessions.store_id, "limit": limit}
        if employee_id:
            params["employee_id"] = employee_id
        try:
            found = client.get_json(PATH, **params)["results"]
        except HQAnswered as exc:
            raise PermissionError(exc.message) from None
        return [
            ResultRow(
                result_id=r["result_id"],
                employee_id=r["employee_id"],
                name=r.get("name"),
                scenario_id=r["scenario_id"],
                seconds=r["seconds"],
                hints=r["hints"],
                mistakes=r["mistakes"],
                finished_at=datetime.fromisoformat(r["finished_at"]),
                recorded_at=datetime.fromisoformat(r["recorded_at"]),
            )
            for r in found
        ]


def _read(path: Path) -> tuple[dict | None, str | None]:
    """The file's JSON object, or why it cannot be one."""
    try:
        if path.stat().st_size > MOST_BYTES:
            return None, f"it is larger than {MOST_BYTES} bytes, so it is not a training record"
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None, "it is not JSON text, so it is not a training record (damaged or cut short)"
    except OSError as exc:
        return None, f"it cannot be read ({exc.__class__.__name__})"
    if not isinstance(data, dict) or not isinstance(data.get("employee_id"), str):
        return None, "it is not a training record: no employee id in it"
    return data, None


def _checked(data: dict) -> tuple[dict, str | None]:
    """The record as HQ will take it, or which field is wrong (names only, never values)."""
    try:
        body = TrainingResultIn.model_validate(data).model_dump(mode="json")
    except ValidationError as exc:
        wrong = sorted({".".join(str(p) for p in e["loc"]) or "the record" for e in exc.errors()})
        return data, (
            f"it is not a training record HQ would take: {', '.join(wrong)} "
            "missing, not allowed or out of range"
        )
    return body, None


def scenario_titles() -> dict[str, str]:
    """Each guided scenario's English title by its id, from the scenario files the app ships
    (resources/training/); the UI translates them (context TrainingScenario). A file that
    cannot be read is left out: its results then show the scenario's id."""
    import json
    from importlib import resources

    titles: dict[str, str] = {}
    try:
        folder = resources.files("clienteling.resources") / "training"
        files = [f for f in folder.iterdir() if f.name.endswith(".json")]
    except (FileNotFoundError, ModuleNotFoundError, NotADirectoryError):
        return titles
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
            titles[str(data["id"])] = str(data["title"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return titles
