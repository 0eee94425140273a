"""A terminal process for the kill -9 test: queue orders and push them until killed.

Prints each order id after the outbox has committed it ("saved"), so the
parent knows what the associate was told was saved.
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

from clienteling.api.client import HQClient, Policy
from clienteling.cache import outbox
from clienteling.cache.store import open_cache
from clienteling.sync.engine import SyncEngine
from tests.cache_access import writer_of


def main() -> None:
    path, url, token, rounds = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
    cache = open_cache(path, bytes.fromhex(os.environ["CLIENTELING_TEST_CACHE_KEY"]))
    writer_of(cache).execute("UPDATE outbox SET next_attempt_at = NULL WHERE state = 'pending'")
    client = HQClient(url, token, policy=Policy(deadline=5, attempts=2, backoff=0.01))
    engine = SyncEngine(cache, client)
    for _ in range(rounds):
        order_id = str(uuid.uuid4())
        body = {
            "order_id": order_id,
            "shopper_id": "sh1",
            "fulfilment": "pickup",
            "pickup_store": "BR-SP-01",
            "lines": [{"sku": "ST1-BLK-S", "quantity": 1}],
        }
        outbox.enqueue(
            writer_of(cache),
            id=order_id,
            kind="order",
            shopper_id="sh1",
            method="POST",
            path="/orders",
            body=body,
        )
        print(order_id, flush=True)
        engine.push(client)
    engine.push(client)
    print("drained", outbox.depth(writer_of(cache)), flush=True)


if __name__ == "__main__":
    main()
