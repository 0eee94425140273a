"""The cache's writer connection, for tests that call the cache's own functions on it.

Code outside the cache takes it with `with cache.write() as conn:`; a test that
runs on one thread may keep it for the rest of the test.
"""

from __future__ import annotations

from clienteling.cache.store import Cache, Connection


def writer_of(cache: Cache) -> Connection:
    with cache.write() as conn:
        return conn
