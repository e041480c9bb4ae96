"""Keep the full-text index (`ketluan.graph.textindex`) in step with the pyoxigraph store.

The store and the index are two databases with two transactions, so a crash can fall between them. The
order of writes makes every such crash visible and repairable (`ketluan.graph.store.Store` does the writes):

1. the index journals the notice graph as *pending* (committed);
2. the store writes (or removes) the notice in its one transaction;
3. the index replaces the notice's rows and clears the mark, in one transaction.

A crash after 1 leaves the mark; `sync`, run whenever a process that holds the store first uses the index,
re-reads every marked graph from the store — whichever version the store kept — and clears it. On top of
that, a writer (the first `add_notice`/`remove_notice` of a process) compares every stored notice's
``kl:contentHash`` with the one the index was built from (~0.1-0.2 s per 10,000 notices), which catches
notices written by something that bypassed the journal (another tool, an older ketluan) and notices removed
behind its back; a search only compares the numbers of notices (a count inside pyoxigraph) and does the
full comparison when they differ. A missing
index (a store made before it existed), one of another schema version, or one marked stale (a SPARQL Update
through the endpoint, which could change any text) is rebuilt from the whole store.

A reader that does not hold the store (the endpoint's server) never repairs: it takes every directive of a
pending graph as a candidate (`ketluan.graph.textindex.Candidates`) and ignores a stale index.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from ketluan.graph.mentions import Props, quad_props
from ketluan.graph.textindex import DirectiveRow, NoticeRow, TextIndex
from ketluan.ontology.namespaces import KL

__all__ = [
    "SyncReport",
    "index_problems",
    "index_state_problems",
    "notice_rows",
    "rebuild",
    "rows_of",
    "stored_notices",
    "sync",
]

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
_FOAF_NAME = "http://xmlns.com/foaf/0.1/name"
_KLT = "https://w3id.org/ketluan/topic/"
_DIRECTIVE = str(KL.Directive)
_NOTICE = str(KL.Notice)
_MEETING = str(KL.Meeting)
_TEXT = str(KL.text)
_CONTENT_HASH = ox.NamedNode(str(KL.contentHash))


def notice_rows(graph: str, quads: Iterable[ox.Quad]) -> tuple[NoticeRow, list[DirectiveRow]] | None:
    """What the index holds for the notice graph ``graph``, read from its quads (all in that graph); ``None``
    when the graph holds no notice (no ``kl:Notice`` named like it with a ``kl:contentHash``)."""
    return rows_of(graph, quad_props(quads))


def rows_of(graph: str, props: Props) -> tuple[NoticeRow, list[DirectiveRow]] | None:
    """`notice_rows` from the notice's quads already grouped by `ketluan.graph.mentions.quad_props` (the
    parsing process groups them once for this and the mention index)."""
    empty: dict[str, list[str]] = {}

    def first(subject: str, predicate: str) -> str | None:
        values = props.get(subject, empty).get(predicate)
        return min(values) if values else None

    notice = props.get(graph, empty)
    if _NOTICE not in notice.get(_RDF_TYPE, ()):
        return None
    content_hash = first(graph, str(KL.contentHash))
    if content_hash is None:
        return None
    head = NoticeRow(
        graph=graph,
        source_file=first(graph, str(KL.sourceFile)) or graph,
        content_hash=content_hash,
        title=first(graph, _RDFS_LABEL),
        province=first(graph, str(KL.province)),
        places=_places(graph, props),
    )
    rows = []
    for subject, p in props.items():
        if _DIRECTIVE not in p.get(_RDF_TYPE, ()) or _TEXT not in p:
            continue
        meeting = first(subject, str(KL.issuedAt))
        agencies = sorted(
            {
                first(a, _SKOS_PREF) or first(a, _FOAF_NAME) or a.rsplit("/", 1)[-1]
                for a in p.get(str(KL.assignedTo), [])
            }
        )
        topics = sorted(t[len(_KLT) :] if t.startswith(_KLT) else t for t in p.get(str(KL.topic), []))
        for text in sorted(set(p[_TEXT])):  # one kl:text each, as extracted
            rows.append(
                DirectiveRow(
                    iri=subject,
                    graph=graph,
                    text=text,
                    due=first(subject, str(KL.dueBy)),
                    meeting_date=first(meeting, str(KL.heldOn)) if meeting else None,
                    topics="; ".join(topics),
                    agencies="; ".join(agencies),
                )
            )
    rows.sort(key=lambda r: (r.iri, r.text))
    return head, rows


def _places(graph: str, props: Props) -> tuple[tuple[str, int | None], ...]:
    """Every province crossed with every year that the notice ``graph`` and the meetings in its graph carry:
    a superset of the (province, year) of each meeting as ``queries/meetings_in_province.rq`` reads it (the
    meeting's province, else the notice's; the year of its date, else of the notice's)."""
    empty: dict[str, list[str]] = {}
    nodes = [graph, *(s for s, p in props.items() if _MEETING in p.get(_RDF_TYPE, ()))]
    provinces = {v for n in nodes for v in props.get(n, empty).get(str(KL.province), [])}
    years: set[int | None] = {
        int(v[:4])
        for n in nodes
        for key in (str(KL.heldOn), str(KL.issuedOn))
        for v in props.get(n, empty).get(key, [])
        if v[:4].isdigit()
    }
    return tuple((p, y) for p in sorted(provinces) for y in sorted(years or {None}, key=lambda y: y or 0))


def stored_notices(store: ox.Store) -> dict[str, str]:
    """notice graph IRI -> its ``kl:contentHash``, for every notice in ``store`` (one predicate scan)."""
    out = {}
    for q in store.quads_for_pattern(None, _CONTENT_HASH, None, None):
        if isinstance(q.graph_name, ox.NamedNode) and q.graph_name == q.subject:
            out[q.subject.value] = q.object.value
    return out


#: The predicates `notice_rows` reads (besides the two rdf:type it needs): reading only these from a graph
#: skips the notice's whole text, the evidence selectors and most labels — several times faster to rebuild.
_READ_PREDICATES = tuple(
    ox.NamedNode(p)
    for p in (
        str(KL.contentHash), str(KL.sourceFile), _RDFS_LABEL, str(KL.province), _TEXT, str(KL.issuedAt),
        str(KL.heldOn), str(KL.issuedOn), str(KL.assignedTo), str(KL.topic), str(KL.dueBy), _SKOS_PREF, _FOAF_NAME,
    )
)  # fmt: skip
_TYPE = ox.NamedNode(_RDF_TYPE)


def _read(store: ox.Store, graph: str) -> tuple[NoticeRow, list[DirectiveRow]] | None:
    """`notice_rows` of one stored notice graph, reading only the quads it needs."""
    node = ox.NamedNode(graph)
    quads = [
        *store.quads_for_pattern(node, _TYPE, ox.NamedNode(_NOTICE), node),
        *store.quads_for_pattern(None, _TYPE, ox.NamedNode(_DIRECTIVE), node),
        *store.quads_for_pattern(None, _TYPE, ox.NamedNode(_MEETING), node),
    ]
    for predicate in _READ_PREDICATES:
        quads.extend(store.quads_for_pattern(None, predicate, None, node))
    return notice_rows(graph, quads)


@dataclass(slots=True)
class SyncReport:
    """What `sync` did: ``rebuilt`` the whole index (and why), or re-read / dropped single notices."""

    rebuilt: str | None = None
    reread: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    notices: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.rebuilt or self.reread or self.dropped)


def rebuild(index: TextIndex, store: ox.Store) -> int:
    """Empty the index and fill it from every notice graph of ``store``; return how many notices."""
    index.clear()
    graphs = sorted(stored_notices(store))
    batch = 500  # one transaction per batch: a killed rebuild keeps what it did, and sync finishes it
    n = 0
    for start in range(0, len(graphs), batch):
        read = (_read(store, g) for g in graphs[start : start + batch])
        n += index.put_many(r for r in read if r is not None)
    index.optimize()
    return n


def notice_count(store: ox.Store) -> int:
    """How many notice graphs ``store`` holds (counted inside pyoxigraph: a few ms for 10,000 notices)."""
    rows = store.query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?g {_CONTENT_HASH} ?h }} }}",
    )
    return int(next(iter(rows))["n"].value)  # type: ignore[call-overload]


def sync(index: TextIndex, store: ox.Store, *, fresh: bool = False, full: bool = True) -> SyncReport:
    """Repair ``index`` against ``store`` (see the module docstring); only a process holding the store calls
    it. ``fresh``: the index was just created, so it is filled from the whole store. ``full=False`` (a
    search): the journal, then the content hashes only when the numbers of notices differ — the hash
    comparison reads every notice's hash (~0.1 s per 10,000 notices), too slow for every search; writers
    compare them in full once per process."""
    report = SyncReport()
    stale = index.stale_reason()
    if fresh or stale:
        report.rebuilt = stale or "no text index yet"
        report.notices = rebuild(index, store)
        return report
    todo = set(index.pending())
    if not full:
        for graph in sorted(todo):
            _reread(index, store, graph, report)
        report.notices = notice_count(store)
        if report.notices == index.notice_count():
            return report
        todo = set()
    stored = stored_notices(store)
    indexed = index.notices()
    todo.update(g for g, h in stored.items() if g not in indexed or indexed[g].content_hash != h)
    todo.update(g for g in indexed if g not in stored)
    for graph in sorted(todo):
        _reread(index, store, graph, report)
    report.notices = len(stored)
    return report


def _reread(index: TextIndex, store: ox.Store, graph: str, report: SyncReport) -> None:
    """Index one notice graph as the store has it now (or forget it when the store has none)."""
    read = _read(store, graph)
    if read is None:
        index.drop([graph])
        report.dropped.append(graph)
    else:
        index.put(*read)
        report.reread.append(graph)


def index_state_problems(index: TextIndex, stored: Iterable[str]) -> list[str]:
    """For `ketluan check`: a stale mark, journalled writes never finished, and notices the index holds that
    the store does not."""
    hint = "(repaired by the next ingest or search, or `ketluan search --reindex`)"
    problems = []
    if reason := index.stale_reason():
        problems.append(f"the text index is stale: {reason} {hint}")
    for graph in index.pending():
        problems.append(f"{graph}: a write to the text index was interrupted {hint}")
    for graph in sorted(set(index.notices()) - set(stored)):
        problems.append(f"{graph}: in the text index but not in the store {hint}")
    return problems


def index_problems(index: TextIndex, graph: str, name: str, quads: list[ox.Quad]) -> list[str]:
    """For `ketluan check`: how the index's rows for one stored notice differ from its graph (none: in step)."""
    read = notice_rows(graph, quads)
    if read is None:
        return []
    head, rows = read
    known = index.notice(graph)
    hint = "(run `ketluan search --reindex`)"
    if known is None:
        return [f"{name}: not in the text index {hint}"]
    if known.content_hash != head.content_hash:
        return [f"{name}: the text index holds another version of it {hint}"]
    if index.directive_rows(graph) != rows:
        return [f"{name}: its directives in the text index differ from its graph {hint}"]
    if known.places != head.places:
        return [f"{name}: its provinces and years in the text index differ from its graph {hint}"]
    return []
