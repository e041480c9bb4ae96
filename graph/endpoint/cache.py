"""Answers of read queries, kept while the store does not change, and shared by identical requests.

Analysts' pages and dashboards ask the same gallery queries again and again, and a whole-store listing on
10,000 notices costs seconds of a worker (`bench/ENDPOINT.md`). An answer depends only on the request and
on the store, so the endpoint keeps it under a key made of both: the request (query text, dataset,
formats, bound parameters) and `ketluan.graph.endpoint.executor.store_version`, the marker that changes on
every write to the store folder (an update through this server, or `ketluan ingest` beside it). When the
marker changes, every kept answer is dropped at once. Identical requests that arrive while the first is
still running wait for its answer instead of each taking a worker ("single flight").

Not kept: answers of queries that may differ from one run to the next (``RAND()``, ``NOW()``, ``UUID()``,
``STRUUID()``, ``BNODE()``, any ``SERVICE``), errors (a timed-out query is tried again on the next
request), and answers bigger than a quarter of the budget. The budget is the setting ``result_cache_mb``
(0 turns the cache off).
"""

from __future__ import annotations

import asyncio
import re
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

__all__ = ["ResultCache", "is_deterministic"]

T = TypeVar("T")

#: Functions whose value changes between runs; a query that calls one is never answered from the cache.
_VOLATILE = re.compile(r"\b(?:RAND|NOW|UUID|STRUUID|BNODE)\s*\(|\bSERVICE\b", re.IGNORECASE)


def is_deterministic(query: str) -> bool:
    """False when the query may answer differently over the same data (it calls ``RAND()`` …, or a SERVICE).

    Read on the raw text, so a name inside a string or a comment also counts: a needless miss, never a
    wrong answer.
    """
    return _VOLATILE.search(query) is None


class ResultCache(Generic[T]):
    """An LRU of answers bounded by their total size in bytes, emptied when the store version changes."""

    def __init__(self, max_bytes: int, size: Callable[[T], int]) -> None:
        self.max_bytes = max(0, int(max_bytes))
        self._size = size
        self._entries: OrderedDict[Hashable, T] = OrderedDict()
        self._bytes = 0
        self._version: Hashable = None
        self._running: dict[Hashable, asyncio.Future[T]] = {}
        self.hits = 0
        self.misses = 0

    @property
    def enabled(self) -> bool:
        return self.max_bytes > 0

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def bytes(self) -> int:
        return self._bytes

    def _at(self, version: Hashable) -> None:
        if version != self._version:
            self._entries.clear()
            self._bytes = 0
            self._version = version

    def get(self, version: Hashable, key: Hashable) -> T | None:
        self._at(version)
        value = self._entries.get(key)
        if value is not None:
            self._entries.move_to_end(key)
        return value

    def put(self, version: Hashable, key: Hashable, value: T) -> None:
        self._at(version)
        size = self._size(value)
        if size * 4 > self.max_bytes:
            return  # one huge answer would push out everything else
        old = self._entries.pop(key, None)
        if old is not None:
            self._bytes -= self._size(old)
        self._entries[key] = value
        self._bytes += size
        while self._bytes > self.max_bytes:
            _, dropped = self._entries.popitem(last=False)
            self._bytes -= self._size(dropped)

    async def answer(self, version: Hashable, key: Hashable, compute: Callable[[], Awaitable[T]]) -> T:
        """The kept answer for ``key`` at ``version``; else the answer of an identical request already
        running; else ``compute()``'s, kept for the next time. Runs on the event loop only (not thread-safe).
        """
        if not self.enabled:
            return await compute()
        kept = self.get(version, key)
        if kept is not None:
            self.hits += 1
            return kept
        flight = (version, key)
        task = self._running.get(flight)
        if task is None:
            self.misses += 1
            # a task of its own: a client that goes away must not cancel the answer others wait for
            task = asyncio.ensure_future(compute())
            self._running[flight] = task

            def finished(done: asyncio.Future[T]) -> None:
                self._running.pop(flight, None)
                if not done.cancelled() and done.exception() is None:
                    self.put(version, key, done.result())

            task.add_done_callback(finished)
        else:
            self.hits += 1
        return await asyncio.shield(task)
