"""The words for how fresh a figure is (the rule itself is services.freshness)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clienteling.services import freshness as fr

from . import formats


def freshness_text(f: fr.Freshness) -> str:
    """'confirmed at HQ just now', 'confirmed at HQ 3 min ago',
    'as of 2 h ago (this terminal's copy)', 'not synced on this terminal yet'."""
    if f.kind == fr.JUST_NOW:
        return QCoreApplication.translate("Freshness", "confirmed at HQ just now")
    if f.kind == fr.CONFIRMED:
        return QCoreApplication.translate("Freshness", "confirmed at HQ {age}").format(
            age=formats.ago(f.age_seconds)
        )
    if f.kind == fr.COPY:
        return QCoreApplication.translate("Freshness", "as of {age} (this terminal's copy)").format(
            age=formats.ago(f.age_seconds)
        )
    return QCoreApplication.translate("Freshness", "not synced on this terminal yet")
