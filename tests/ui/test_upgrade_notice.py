"""A terminal HQ refuses for its version says so on screen, in HQ's words (what to install),
and keeps working from its cache."""

from __future__ import annotations

from datetime import UTC, datetime

from clienteling.hq import fleet
from clienteling.hq import tables as t
from clienteling.protocol.version import PROTOCOL_VERSION
from clienteling.ui.upgrade_notice import UpgradeNotice


def test_the_refusal_shows_what_to_install_under_the_status_strip(qtbot, window, world):
    notice = UpgradeNotice.install(window)
    with world.db.write_unsequenced() as conn:  # an HQ that needs a newer protocol
        conn.execute(
            t.fleet_settings.insert().values(
                scope="chain",
                name="min_protocol",
                value=PROTOCOL_VERSION + 1,
                updated_at=datetime.now(UTC),
                updated_by="cli:test",
            )
        )
    fleet.set_value(
        world.db, "wanted_app_version", "4.2.0", datetime.now(UTC), store_id=None, actor="t"
    )
    assert notice.isHidden()
    with qtbot.waitSignal(window.synced, timeout=15000):
        window.sync_now()
    assert notice.isVisible()
    assert "HQ no longer accepts this version" in notice.message
    assert "install Clienteling 4.2.0 or newer" in notice.message
    assert window.current == "signin"  # the terminal still works from its cache
