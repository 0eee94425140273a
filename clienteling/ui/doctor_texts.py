"""The doctor's words: what each check found and, when it is not right, what to do, in the
terminal's language. The codes are clienteling.services.doctor's; the JSON report keeps
them next to these words, so a fleet tool reads the code and a person reads the text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from clienteling.services.doctor import Finding, Report


class DoctorTexts(QObject):
    def names(self) -> dict[str, str]:
        return {
            "version": self.tr("Versions"),
            "keyring": self.tr("Keyring"),
            "cache": self.tr("Offline cache"),
            "cache_kept": self.tr("Cache files kept aside"),
            "disk": self.tr("Disk space"),
            "hq": self.tr("HQ"),
            "tls": self.tr("Secure connection"),
            "clock": self.tr("Clock"),
            "outbox": self.tr("Queued writes"),
            "scanner": self.tr("Scanner settings"),
            "camera": self.tr("Camera"),
            "printer": self.tr("Printer"),
        }

    def sentences(self) -> dict[str, str]:
        return {
            "version": self.tr("App {app}, protocol {protocol}, cache schema {cache_schema}."),
            "keyring_secure": self.tr("Secrets are kept in a secure keyring ({backend})."),
            "keyring_memory": self.tr(
                "Training keeps its secrets in memory: no secure keyring here. Fine for practice."
            ),
            "keyring_insecure": self.tr(
                "The keyring ({backend}) does not protect secrets. Install gnome-keyring and "
                "run the app in a desktop session (see the README, 'Kiosk terminals')."
            ),
            "keyring_unavailable": self.tr(
                "The keyring cannot be used: {why}. Unlock or install it, then start again."
            ),
            "cache_sound": self.tr("Encrypted, every page checked, {megabytes} MB."),
            "cache_missing": self.tr(
                "No offline cache yet. Sign in once while HQ is reachable to make it."
            ),
            "cache_no_key": self.tr("Not checked: the keyring could not be opened."),
            "cache_key_missing": self.tr(
                "The cache's key is not in the keyring. Enroll the terminal again; queued "
                "orders in the old file are kept aside (docs/offline.md)."
            ),
            "cache_wrong_key": self.tr(
                "The cache does not open with the key in the keyring. Start the app: it keeps "
                "the file aside and syncs a new copy from HQ (docs/offline.md)."
            ),
            "cache_kept_aside": self.tr(
                "{files} cache file(s) kept aside, the newest {newest}: their key was lost or "
                "they were damaged, and orders queued in them were not sent. With the old key "
                "from a keyring backup they can be read (docs/offline.md)."
            ),
            "cache_damaged": self.tr(
                "The cache is damaged. Close the app and start it again: it syncs a new copy "
                "from HQ. If this repeats, check the disk."
            ),
            "cache_not_encrypted": self.tr(
                "The cache file is not encrypted. Delete it with the app closed and sync again."
            ),
            "cache_newer": self.tr(
                "The cache was written by a newer Clienteling. Install the newer version."
            ),
            "cache_unreadable": self.tr("Not checked: the cache could not be read."),
            "disk_room": self.tr("{free} free."),
            "disk_low": self.tr("Only {free} free. Free some space soon."),
            "disk_full": self.tr(
                "Only {free} free: syncing and queued orders may fail. Free space now."
            ),
            "not_enrolled": self.tr("Not checked: this terminal is not enrolled yet."),
            "hq_answers": self.tr("HQ answers in {round_trip_ms} ms (HQ version {hq_version})."),
            "hq_unreachable": self.tr(
                "HQ cannot be reached. Check the store's network; orders wait in the outbox."
            ),
            "hq_failing": self.tr("HQ answers with an error. Tell HQ support; orders wait."),
            "tls_verified": self.tr("HQ's certificate is valid."),
            "tls_none": self.tr("Plain connection to an HQ on this machine (allowed only there)."),
            "tls_refused": self.tr(
                "HQ's certificate was refused. Check the terminal's date and time, then tell "
                "HQ support."
            ),
            "clock_in_step": self.tr("In step with HQ ({skew_seconds} s)."),
            "clock_skew": self.tr(
                "This terminal's clock is {skew_seconds} s off HQ's. Set the date and time "
                "automatically (network time)."
            ),
            "clock_unknown": self.tr("HQ did not say its time."),
            "outbox_flowing": self.tr("{queued} waiting for HQ, none set aside."),
            "outbox_parked": self.tr(
                "{parked} set aside by HQ. A manager reviews them on the manager's screen."
            ),
            "outbox_stuck": self.tr(
                "{queued} waiting for HQ, the oldest for {oldest_queued_hours} h. Check the "
                "network."
            ),
            "scanner_settings_usable": self.tr("Usable."),
            "scanner_settings_unusable": self.tr(
                "Not usable ({why}); the standard settings are used. A manager sets the scanner "
                "up again on the manager's screen."
            ),
            "camera_found": self.tr("Cameras found: {count}."),
            "camera_none": self.tr(
                "No camera found. Scan with the scanner or type instead; connect a camera to "
                "scan with it."
            ),
            "printer_found": self.tr("Printer: {name}."),
            "printer_none": self.tr(
                "No printer set up. Slips can still be shown on screen or saved as PDF."
            ),
        }

    def sentence(self, finding: Finding) -> str:
        facts = _shown(finding.facts)
        text = self.sentences().get(finding.code, finding.code)
        try:
            return text.format(**facts)
        except (KeyError, IndexError, ValueError):
            return text

    def statuses(self) -> dict[str, str]:
        return {
            "ok": self.tr("OK"),
            "warn": self.tr("Check"),
            "fail": self.tr("Fix"),
            "skip": self.tr("Not checked"),
        }

    def as_json(self, report: Report) -> dict[str, Any]:
        """The stable report (docs/support.md): codes and facts, with the words beside them."""
        names = self.names()
        return {
            "doctor": 1,
            "at": report.at,
            "mode": report.mode,
            "worst": report.worst,
            "checks": [
                {
                    "key": f.key,
                    "name": names.get(f.key, f.key),
                    "status": f.status,
                    "code": f.code,
                    "message": self.sentence(f),
                    "facts": f.facts,
                }
                for f in report.findings
            ],
        }

    def as_text(self, report: Report) -> str:
        names, statuses = self.names(), self.statuses()
        width = max(len(n) for n in names.values())
        lines = [
            f"{statuses[f.status]:<12} {names.get(f.key, f.key):<{width}}  {self.sentence(f)}"
            for f in report.findings
        ]
        for finding in report.findings:
            for entry in finding.facts.get("parked_entries", []):
                lines.append(f"{'':<12} {'':<{width}}  - {entry['kind']}: {entry['reason']}")
        return "\n".join(lines)


def _shown(facts: dict[str, Any]) -> dict[str, Any]:
    shown = dict(facts)
    for key in ("free_bytes",):
        if key in shown:
            shown["free"] = _bytes(shown[key])
    if "bytes" in shown:
        shown["megabytes"] = round(shown["bytes"] / 1_048_576, 1)
    return shown


def _bytes(n: int) -> str:
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n} B"
