"""Make a named graph hold exactly a stream of quads, writing only the difference, in bounded memory.

`ketluan.graph.store.Store.sync_graph` calls `sync_named_graph` to rewrite derived graphs
(``kli:graph/resolved``): recomputed as a whole after every ingest, mostly unchanged. At 100,000 notices
that graph holds tens of millions of quads; diffing two Python sets of pyoxigraph quads (what was stored,
what is wanted) held both, ~0.6 kB a quad, and took most of resolution's 8 GB. Here neither side is held:
each quad is reduced to a 16-byte key (two independent 64-bit hashes: pyoxigraph's hash of the quad and
Python's hash of its terms), the keys are kept in sorted numpy arrays (16 bytes a quad), and the quads are
streamed — from the caller's iterable once, from the store once more only when something is to be removed
(pyoxigraph iterates over a snapshot, so removing while iterating is safe). Two different quads are taken
for the same one only if both hashes collide (about 2⁻¹²⁸ per pair).
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator
from itertools import islice

import numpy as np
import pyoxigraph as ox

__all__ = ["BATCH", "sync_named_graph"]

#: Quads hashed, compared and written per step: bounds the quads held at once.
BATCH = 50_000

_PACK = struct.Struct("<qq").pack


def _keys(quads: list[ox.Quad]) -> bytes:
    """One 16-byte key per quad, in order."""
    return b"".join([_PACK(hash(q), hash((q.subject, q.predicate, q.object))) for q in quads])


def _sorted(keys: bytearray) -> np.ndarray:
    """The keys as a sorted array, sorted in place over ``keys``' own memory (no copy)."""
    out = np.frombuffer(keys, dtype="S16")
    out.sort()
    return out


def _count_distinct(sorted_keys: np.ndarray) -> int:
    return int(len(sorted_keys) and 1 + np.count_nonzero(sorted_keys[1:] != sorted_keys[:-1]))


def _isin(keys: bytes | np.ndarray, sorted_keys: np.ndarray) -> np.ndarray:
    """Which of ``keys`` are in ``sorted_keys`` (sorted; repeats allowed)."""
    k = keys if isinstance(keys, np.ndarray) else np.frombuffer(keys, dtype="S16")
    if len(sorted_keys) == 0:
        return np.zeros(len(k), dtype=bool)
    at = np.searchsorted(sorted_keys, k)
    at[at == len(sorted_keys)] = 0
    return sorted_keys[at] == k


def _batches(quads: Iterable[ox.Quad], size: int = BATCH) -> Iterator[list[ox.Quad]]:
    it = iter(quads)
    while batch := list(islice(it, size)):
        yield batch


def _update(store: ox.Store, g: ox.NamedNode, removed: list[ox.Quad], added: list[ox.Quad]) -> None:
    """One SPARQL update (one transaction) removing and adding a small difference."""
    parts = []
    if removed:
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in removed)
        parts.append(f"DELETE DATA {{ GRAPH {g} {{\n{body}\n}} }}")
    if added:
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in added)
        parts.append(f"INSERT DATA {{ GRAPH {g} {{\n{body}\n}} }}")
    store.update(" ;\n".join(parts))


def sync_named_graph(
    store: ox.Store, graph: str, quads: Iterable[ox.Quad], update_limit: int
) -> tuple[int, int]:
    """Make ``graph`` in ``store`` hold exactly ``quads`` (pyoxigraph quads, read once; their graph is
    ignored; duplicates allowed). Returns ``(removed, added)``, ``(0, 0)`` when nothing was written.

    A difference of up to ``update_limit`` quads goes in one SPARQL update (one transaction: readers see the
    old graph or the new one). A bigger one — a first resolution, new rules — is written in batches,
    all additions before any removal, so a crash leaves a superset that the next run repairs; into an
    empty graph with the bulk loader (several times faster; a crash leaves part of a derived graph).
    Raises `OSError` when the store cannot be written.
    """
    g = ox.NamedNode(graph)
    # what is stored, as sorted keys
    stored_buf = bytearray()
    for batch in _batches(store.quads_for_pattern(None, None, None, g)):
        stored_buf += _keys(batch)
    stored = _sorted(stored_buf)
    empty = len(stored) == 0

    wanted_buf = bytearray()
    new_buf = bytearray()  # keys of the additions, to count each once (into an empty graph: all of them)
    pending: list[ox.Quad] = []  # additions not written yet
    big = False  # the difference is past update_limit: written in batches, not in one update

    def flush_additions() -> None:
        if pending:
            if empty:
                store.bulk_extend(pending)
            else:
                store.extend(pending)
            pending.clear()

    wanted_quads = (q if q.graph_name == g else ox.Quad(q.subject, q.predicate, q.object, g) for q in quads)
    for batch in _batches(wanted_quads):
        keys = _keys(batch)
        wanted_buf += keys
        if empty:
            pending.extend(batch)
        else:
            new = (~_isin(keys, stored)).tolist()
            if any(new):
                new_buf += b"".join(keys[i * 16 : i * 16 + 16] for i, is_new in enumerate(new) if is_new)
                pending.extend(q for q, is_new in zip(batch, new, strict=True) if is_new)
        if len(pending) > update_limit:
            big = True
        if big:
            flush_additions()
    wanted = _sorted(wanted_buf)
    added = _count_distinct(wanted if empty else _sorted(new_buf))
    del new_buf

    # what is stored but no longer wanted (the store is read again only if there is some)
    gone = 0 if empty else int(np.count_nonzero(~_isin(stored, wanted)))
    del stored, stored_buf
    removed: list[ox.Quad] = []
    if gone:
        big = big or len(pending) + gone > update_limit
        if big:
            flush_additions()  # every addition is written before the first removal
        for batch in _batches(store.quads_for_pattern(None, None, None, g)):  # a snapshot: safe to remove
            keep = _isin(_keys(batch), wanted).tolist()
            removed.extend(q for q, kept in zip(batch, keep, strict=True) if not kept)
            if big and len(removed) >= BATCH:
                for r in removed:
                    store.remove(r)
                removed.clear()
    del wanted
    if big:
        flush_additions()
        for r in removed:
            store.remove(r)
        if empty:
            store.flush()
    elif pending or removed:
        _update(store, g, removed, pending)
    return gone, added
