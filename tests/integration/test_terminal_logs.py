"""No shopper data in the terminal's logs: with every logger at DEBUG (the terminal's, httpx's
and httpcore's), looking a card up at HQ, searching, notes, an order to an address, a write HQ
refuses, one the terminal refuses and sync pages cut short leave no canary in any line."""

from __future__ import annotations

import logging

import pytest

from clienteling.domain.enums import Connectivity, Fulfilment
from clienteling.services.orders import OrderDraft
from tests.hq_live import add_shopper
from tests.integration.bad_input import (
    CANARIES,
    CANARY_EMAIL,
    CANARY_LOYALTY,
    CANARY_NAME,
    CANARY_NOTE,
    CANARY_PHONE,
    CANARY_STREET,
)
from tests.integration.services_world import (
    erase_at_hq,
    garbled,
    signed_in,
    terminal_world,
)


@pytest.fixture
def everything_logged(caplog):
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def test_no_shopper_data_reaches_the_terminals_logs(hq_db, tmp_path, everything_logged):
    caplog = everything_logged
    # A shopper of another region: this terminal looks her up at HQ by her card.
    add_shopper(
        hq_db,
        "sh9",
        "ES-MD-01",
        last_name=CANARY_NAME,
        loyalty_id=CANARY_LOYALTY,
        emails=[CANARY_EMAIL],
        primary_email=CANARY_EMAIL,
        phones=[CANARY_PHONE],
        primary_phone=CANARY_PHONE,
    )
    with terminal_world(hq_db, tmp_path) as world:
        services = signed_in(world)
        assert services.scans.fetch_shopper(CANARY_LOYALTY) == ("sh9", f"Ana {CANARY_NAME}")
        assert [r.shopper_id for r in services.lookup.search(CANARY_PHONE)] == ["sh9"]
        assert services.lookup.search(CANARY_EMAIL)
        note = services.engagement.add_note("sh9", "gift", f"{CANARY_NOTE}: {CANARY_PHONE}")
        assert note.sent
        with pytest.raises(ValueError, match="at most 2000 characters"):
            services.engagement.add_note("sh9", "gift", f"{CANARY_NOTE} {CANARY_EMAIL}" * 100)
        address = {
            "line1": CANARY_STREET,
            "city": "São Paulo",
            "postcode": "01305-000",
            "country": "BR",
        }
        draft = OrderDraft(
            "sh1",
            [("ST1-BLK-M", 1, None)],
            Fulfilment.SHIP_TO_ADDRESS,
            address=address,
            note=f"for {CANARY_NAME}",
        )
        assert services.orders.place(draft).order is not None
        erase_at_hq(world, "sh3")  # this terminal still shows her: HQ refuses the note
        refused = services.engagement.add_note("sh3", "gift", f"{CANARY_NOTE} {CANARY_STREET}")
        assert not refused.sent
        assert [w.id for w in services.syncing.status().refused] == [refused.note_id]
        cut_short = (
            b'{"collection":"shoppers","columns":["shopper_id","last_name","primary_phone"],'
            b'"rows":[["sh9","' + CANARY_NAME.encode() + b'","' + CANARY_PHONE.encode()
        )
        with garbled(world, cut_short):
            status = services.syncing.sync()
        assert status.connectivity == Connectivity.DEGRADED  # HQ answers, unreadably

    records = caplog.records
    logged = "\n".join(caplog.handler.format(r) for r in records)
    assert "HTTP Request: GET http" in logged  # httpx was heard...
    assert any(r.name.startswith("httpcore") and r.levelno == logging.DEBUG for r in records)
    for canary in CANARIES:
        for spelled in (canary, canary.replace("+", "%2B").replace("@", "%40")):
            assert spelled not in logged, spelled
