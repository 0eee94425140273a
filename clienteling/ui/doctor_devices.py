"""The doctor's device checks that need Qt: cameras (QtMultimedia) and printers
(QtPrintSupport). Neither is required at a counter: a scanner or typing replaces the
camera, and a slip can be shown on screen or saved as PDF, so both only warn."""

from __future__ import annotations

from clienteling.services.doctor import OK, WARN, Finding


def camera() -> Finding:
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as exc:  # the library QtMultimedia needs (libpulse0) is missing
        return Finding("camera", WARN, "camera_none", {"why": str(exc)})
    names = [d.description() for d in QMediaDevices.videoInputs()]
    if not names:
        return Finding("camera", WARN, "camera_none", {"count": 0})
    return Finding("camera", OK, "camera_found", {"count": len(names), "names": names})


def printer() -> Finding:
    from PySide6.QtPrintSupport import QPrinterInfo

    names = QPrinterInfo.availablePrinterNames()
    default = QPrinterInfo.defaultPrinterName() or (names[0] if names else "")
    if not default:
        return Finding("printer", WARN, "printer_none", {"count": 0})
    return Finding("printer", OK, "printer_found", {"name": default, "count": len(names)})


def devices() -> list[Finding]:
    return [camera(), printer()]
