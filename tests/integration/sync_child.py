"""A terminal process for the kill -9 sync test: pull everything (or the collections
named after the page size) in small pages.

Prints a line per page applied, so the parent can kill it mid-way.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from clienteling.api.client import HQClient
from clienteling.cache.store import open_cache
from clienteling.protocol.sync import COLLECTIONS
from clienteling.sync.engine import SyncEngine


def main() -> None:
    path, url, token, page = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
    collections = sys.argv[5:] or COLLECTIONS
    cache = open_cache(path, bytes.fromhex(os.environ["CLIENTELING_TEST_CACHE_KEY"]))
    with HQClient(url, token) as client:
        engine = SyncEngine(cache, client, page_size=page)
        rows = engine.pull(collections, progress=lambda p: print("page", p.collection, flush=True))
    cache.close()
    print("done", rows, flush=True)


if __name__ == "__main__":
    main()
