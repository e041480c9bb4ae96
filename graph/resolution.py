"""Run entity resolution on a store: read mentions, apply judgements, resolve, write ``kli:graph/resolved``
(and ``kli:graph/summary``, the aggregations that depend on it: `ketluan.graph.summary`).

    >>> from ketluan.graph.store import Store
    >>> from ketluan.graph.resolution import resolve_store
    >>> with Store.open("ketluan-store") as store:              # doctest: +SKIP
    ...     summary = resolve_store(store)
    >>> summary.line()                                          # doctest: +SKIP
    '412 person mentions -> 188 persons, 530 agency mentions -> 141 agencies (+9 implied); 0 removed, 1,204 added'

The CLI calls it after every ``ingest`` that changed something, after ``remove``, ``merge`` and ``split``.
Resolution is recomputed from all notices each time (it is a pure function of them and the judgements), and
`Store.sync_graph` writes only the difference, so an unchanged store is not touched.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ketluan.graph.judgements import Judgement, judgements_path, read_judgements
from ketluan.graph.memory import give_back_freed_memory
from ketluan.graph.mentions import INDEX_GRAPH, read_mentions
from ketluan.graph.resolve import AgencyIdentity, Resolution, resolve
from ketluan.graph.resolved_rdf import RESOLVED_GRAPH, PlaceOf, iter_resolution_quads, resolution_quads
from ketluan.graph.store import Store
from ketluan.graph.summary import SUMMARY_GRAPH, iter_summary_quads
from ketluan.ontology.namespaces import KLI

#: Bump when the rules change what resolution writes: stores resolved by older rules are resolved again.
RULES_VERSION = "2026-12-05.2"  # .1: kli:graph/summary; .2: person tallies' own properties
_INDEX = ox.NamedNode(INDEX_GRAPH)

__all__ = [
    "ResolveSummary",
    "default_place_of",
    "needs_resolution",
    "resolution_of_store",
    "resolve_store",
    "resolved_quads",
]


@dataclass(slots=True)
class ResolveSummary:
    person_mentions: int
    persons: int
    agency_mentions: int
    agencies: int
    implied_agencies: int
    removed: int
    added: int
    seconds: float

    def line(self) -> str:
        return (
            f"resolved {self.person_mentions:,} person mentions -> {self.persons:,} persons, "
            f"{self.agency_mentions:,} agency mentions -> {self.agencies:,} agencies"
            f" (+{self.implied_agencies:,} implied parents); "
            f"{self.removed:,} quads removed, {self.added:,} added in {self.seconds:.1f} s"
        )


def default_place_of() -> PlaceOf:
    """Tie an agency identity to its administrative unit as named at its first notice's date
    (`ketluan.graph.places`: pre-2025 units before 1 July 2025, each linked to its current unit)."""
    from functools import lru_cache

    from ketluan.graph import places

    @lru_cache(maxsize=8192)
    def lookup(province: str, district: str | None, era_2025: bool):  # noqa: ANN202
        ref = places.place_of(province, district, "2025-07-01" if era_2025 else None)
        if ref is None:
            return None
        return ref.iri, places.place_triples([ref])

    def place_of(a: AgencyIdentity, on: str | None):  # noqa: ANN202
        if not a.province:
            return None
        return lookup(a.province, a.district, bool(on and on >= "2025-07-01"))

    return place_of


def resolution_of_store(store: Store, judgements: list[Judgement] | None = None) -> Resolution:
    """Resolve the store's mentions in memory (nothing is written): what ``ketluan explain`` looks at."""
    if judgements is None:
        judgements = read_judgements(judgements_path(store.path))
    return resolve(store.mentions(), judgements)


def resolved_quads(
    ox_store: object, judgements: list[Judgement] = (), place_of: PlaceOf | None = None
) -> tuple[Resolution, list[tuple]]:
    """Resolve the mentions of a bare `pyoxigraph.Store` and return the resolution and its quads (not written)."""
    res = resolve(read_mentions(ox_store), judgements)  # type: ignore[arg-type]
    return res, resolution_quads(res, place_of if place_of is not None else default_place_of())


_INPUTS = ox.NamedNode(str(KLI["internal/resolution-inputs"]))


def resolution_inputs(store: Store, judgements_file: Path) -> str:
    """A digest of what resolution reads: every stored notice (IRI and content hash) and the judgements."""
    h = hashlib.sha256()
    for iri, _, content_hash in store.notices():
        h.update(f"{iri} {content_hash}\n".encode())
    if judgements_file.exists():
        h.update(judgements_file.read_bytes())
    h.update(RULES_VERSION.encode())
    return h.hexdigest()


def needs_resolution(store: Store, judgements_file: str | os.PathLike[str] | None = None) -> bool:
    """True when ``kli:graph/resolved`` was not computed from the notices and judgements stored now — e.g. an
    ingest killed between its last notice and its resolution, or a judgements file edited by hand."""
    path = Path(judgements_file) if judgements_file else judgements_path(store.path)
    stored = next(store.ox.quads_for_pattern(ox.NamedNode(RESOLVED_GRAPH), _INPUTS, None, _INDEX), None)
    if stored is None:  # never resolved: only worth it when there is something to resolve
        return bool(store.notices()) or store.ox.contains_named_graph(ox.NamedNode(RESOLVED_GRAPH))
    return stored.object.value != resolution_inputs(store, path)


def resolve_store(
    store: Store, judgements_file: str | os.PathLike[str] | None = None, place_of: PlaceOf | None = None
) -> ResolveSummary:
    """Resolve every mention in ``store`` and write the result into ``kli:graph/resolved``, then the
    aggregations that depend on it into ``kli:graph/summary`` (`ketluan.graph.summary`); both as a diff."""
    t0 = time.perf_counter()
    path = Path(judgements_file) if judgements_file else judgements_path(store.path)
    res = resolve(store.mentions(), read_judgements(path))
    # a generator: the graph's quads are made, compared and written a batch at a time, never held whole
    quads = iter_resolution_quads(res, place_of if place_of is not None else default_place_of())
    removed, added = store.sync_graph(str(RESOLVED_GRAPH), quads)
    counts = {
        "person_mentions": len(res.person_of),
        "persons": len(res.persons),
        "agency_mentions": len(res.agency_of),
        "agencies": sum(1 for a in res.agencies.values() if not a.implied),
        "implied_agencies": sum(1 for a in res.agencies.values() if a.implied),
    }
    # the identities and the mentions they came from are no longer needed: the summary reads the graph just
    # written. Freed (and handed back: `ketluan.graph.memory`) before it runs, the two peaks do not add up
    # (100,000 notices: 2.7 GB of identities, then the summary's aggregations' own ~2 GB)
    del res, quads
    store.ox.flush()  # the resolved graph's writes leave the memory tables for the files on disk
    give_back_freed_memory(collect=True)
    # the precomputed answers of whole-corpus aggregations, read from the notices and the identities just
    # written, synced the same way (a diff; an unchanged answer writes nothing)
    summary_removed, summary_added = store.sync_graph(SUMMARY_GRAPH, iter_summary_quads(store.ox))
    removed, added = removed + summary_removed, added + summary_added
    # remember what this resolution was computed from (internal graph, not exported), after writing it:
    # a crash in between only means the next ingest resolves again
    digest = resolution_inputs(store, path)
    store.ox.update(
        f"DELETE WHERE {{ GRAPH {_INDEX} {{ <{RESOLVED_GRAPH}> {_INPUTS} ?d }} }} ;\n"
        f"INSERT DATA {{ GRAPH {_INDEX} {{ <{RESOLVED_GRAPH}> {_INPUTS} {ox.Literal(digest)} }} }}"
    )
    return ResolveSummary(
        **counts,
        removed=removed,
        added=added,
        seconds=time.perf_counter() - t0,
    )
