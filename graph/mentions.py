"""Read what entity resolution needs from the notices' graphs: one record per per-notice node.

Resolution works on plain records, not on RDF, so that it is a pure function (`ketluan.graph.resolve`) that
tests and the benchmark can feed directly. This module is the one place that reads those records out of the
store; it only looks at notice graphs (``kli:notice/…``), never at ``kli:graph/resolved``, so a re-run sees
the notices as extracted and not its own earlier output.

The records of one notice are computed from that notice's quads (`notice_index_entry`), a pure function.
`ketluan.graph.store.Store.add_notice` stores them as one JSON literal per notice in the graph
``kli:graph/mention-index``, in the same transaction as the notice, so resolution reads 10,000 notices'
mentions in about a second instead of joining millions of quads again; a store without the index (a bare
`pyoxigraph.Store`, or one written by an older ketluan) is read from the notice graphs themselves.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from ketluan.ontology.namespaces import KLI

__all__ = [
    "INDEX_GRAPH",
    "AgencyMention",
    "Mentions",
    "NoticeInfo",
    "PersonMention",
    "PostMention",
    "index_entries",
    "notice_index_entry",
    "notice_index_entry_of",
    "quad_props",
    "read_mentions",
]

_NOTICE_PREFIX = str(KLI["notice/"])
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_FOAF_NAME = ox.NamedNode("http://xmlns.com/foaf/0.1/name")
_PREF = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
_ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
_ORG = "http://www.w3.org/ns/org#"


def _n(term: object) -> ox.NamedNode:
    return ox.NamedNode(str(term))


@dataclass(slots=True)
class NoticeInfo:
    iri: str
    source_file: str = ""
    date: str | None = None  # YYYY-MM-DD: the meeting's date, else the notice's own
    province: str | None = None
    issuer: str | None = None  # per-notice agency IRI (kl:issuedBy)


@dataclass(slots=True)
class AgencyMention:
    """One per-notice agency node."""

    iri: str
    notice: str
    name: str  # skos:prefLabel
    alt_labels: list[str] = field(default_factory=list)
    province: str | None = None
    district: str | None = None
    parent: str | None = None  # per-notice agency IRI (org:subOrganizationOf)
    collective: bool = False


@dataclass(slots=True)
class PostMention:
    """One per-notice org:Membership: the person held ``role`` in ``agency`` (a per-notice agency IRI)."""

    iri: str
    role: str  # the role's skos:prefLabel ("Phó Giám đốc")
    role_iri: str
    agency: str | None


@dataclass(slots=True)
class PersonMention:
    """One per-notice person node, with the posts that notice states for it."""

    iri: str
    notice: str
    name: str  # foaf:name
    posts: list[PostMention] = field(default_factory=list)


@dataclass(slots=True)
class Mentions:
    notices: dict[str, NoticeInfo]
    agencies: dict[str, AgencyMention]
    persons: dict[str, PersonMention]

    def date_of(self, notice: str) -> str | None:
        info = self.notices.get(notice)
        return info.date if info else None


_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_KL = "https://w3id.org/ketluan/ontology#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_ORG_NS = "http://www.w3.org/ns/org#"
#: The graph and predicate of the mention index (internal: not exported).
INDEX_GRAPH = str(KLI["graph/mention-index"])
INDEX_PREDICATE = str(KLI["internal/mentions"])


#: subject -> predicate -> objects (each term's string value), in quad order: `quad_props`.
Props = dict[str, dict[str, list[str]]]


def quad_props(quads: Iterable[ox.Quad]) -> Props:
    """The quads' string values grouped by subject and predicate, objects in quad order.

    Why: reading a pyoxigraph term's ``.value`` makes a new Python string each time, and the mention-index
    entry and the full-text rows of a notice (`notice_index_entry_of`, `ketluan.graph.textsync.rows_of`)
    both walk all its quads: grouping them once, where the notice is parsed, halves that work. Terms are
    keyed by value, as the two readers always did (an IRI and a blank node with the same text would share
    an entry; ketluan's blank nodes never look like IRIs).
    """
    props: Props = {}
    for q in quads:
        s = q.subject.value
        by = props.get(s)
        if by is None:
            by = props[s] = {}
        p = q.predicate.value
        values = by.get(p)
        if values is None:
            by[p] = [q.object.value]
        else:
            values.append(q.object.value)
    return props


def notice_index_entry(graph: str, quads: Iterable[ox.Quad]) -> str:
    """The mention records of one notice graph, as compact JSON: what resolution needs from that notice."""
    return notice_index_entry_of(graph, quad_props(quads))


def notice_index_entry_of(graph: str, props: Props) -> str:
    """`notice_index_entry` from the notice's quads already grouped by `quad_props`."""
    empty: dict[str, list[str]] = {}
    types = {s: set(by[_RDF + "type"]) for s, by in props.items() if _RDF + "type" in by}

    def one(s: str, p: str) -> str | None:
        v = props.get(s, empty).get(p)
        return v[0] if v else None

    meeting = one(graph, _KL + "reportsOn")
    held = one(meeting, _KL + "heldOn") if meeting else None
    issued = one(graph, _KL + "issuedOn")
    entry = {
        "file": one(graph, _KL + "sourceFile") or "",
        "date": ((held or issued or "")[:10]) or None,
        "province": one(graph, _KL + "province"),
        "issuer": one(graph, _KL + "issuedBy"),
        "agencies": [],
        "persons": [],
    }
    for node, ts in sorted(types.items()):
        if _KL + "Agency" in ts and (name := one(node, _SKOS + "prefLabel")) is not None:
            entry["agencies"].append(
                [
                    node,
                    name,
                    sorted(props[node].get(_SKOS + "altLabel", [])),
                    one(node, _KL + "province"),
                    one(node, _KL + "district"),
                    one(node, _ORG_NS + "subOrganizationOf"),
                    _KL + "CollectiveAgency" in ts,
                ]
            )
        elif _KL + "Person" in ts and (name := one(node, "http://xmlns.com/foaf/0.1/name")) is not None:
            entry["persons"].append([node, name, []])
    persons = {p[0]: p for p in entry["persons"]}
    for node, ts in sorted(types.items()):
        if _ORG_NS + "Membership" not in ts:
            continue
        person = persons.get(one(node, _ORG_NS + "member") or "")
        for role in sorted(props[node].get(_ORG_NS + "role", [])):
            label = one(role, _SKOS + "prefLabel")
            if person is not None and label:
                person[2].append([node, label, role, one(node, _ORG_NS + "organization")])
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":"))


def _add_entry(m: Mentions, graph: str, entry: str, shared: dict[str, str] | None = None) -> None:
    """Add one notice's index entry to ``m``.

    ``shared`` maps each string that repeats across notices (names, titles, role IRIs, places) to one copy
    of it: JSON decoding makes a new string every time, and at 100,000 notices the repeats were most of
    the mentions' memory. Inside a notice, an agency IRI and the posts and parents that point to it share
    one string too.
    """
    one = shared if shared is not None else {}
    e = json.loads(entry)

    def same(s: str | None) -> str | None:
        return s if s is None else one.setdefault(s, s)

    local: dict[str, str] = {}  # this notice's agency IRIs: named by the agency, its posts and its parts

    def agency(s: str | None) -> str | None:
        return s if s is None else local.setdefault(s, s)

    m.notices[graph] = NoticeInfo(graph, e["file"], same(e["date"]), same(e["province"]), agency(e["issuer"]))
    for iri, name, alts, province, district, parent, collective in e["agencies"]:
        m.agencies.setdefault(
            agency(iri),  # type: ignore[arg-type]
            AgencyMention(
                agency(iri),  # type: ignore[arg-type]
                graph,
                same(name),  # type: ignore[arg-type]
                [same(a) for a in alts],  # type: ignore[misc]
                same(province),
                same(district),
                agency(parent),
                collective,
            ),
        )
    for iri, name, posts in e["persons"]:
        if iri not in m.persons:
            m.persons[iri] = PersonMention(
                iri,
                graph,
                same(name),  # type: ignore[arg-type]
                [PostMention(ms, same(lbl), same(r), agency(org)) for ms, lbl, r, org in posts],  # type: ignore[arg-type]
            )


def notice_graphs(store: ox.Store) -> list[str]:
    """The IRIs of the notice graphs (a notice's graph is named by the notice)."""
    notice = ox.NamedNode(_KL + "Notice")
    rdf_type = ox.NamedNode(_RDF + "type")
    return sorted(
        q.subject.value
        for q in store.quads_for_pattern(None, rdf_type, notice, None)
        if q.graph_name == q.subject
    )


def index_entries(store: ox.Store) -> dict[str, str]:
    """The stored index entries, by notice IRI."""
    pred, graph = ox.NamedNode(INDEX_PREDICATE), ox.NamedNode(INDEX_GRAPH)
    return {q.subject.value: q.object.value for q in store.quads_for_pattern(None, pred, None, graph)}


def read_mentions(store: ox.Store, entries: dict[str, str] | None = None) -> Mentions:
    """Every per-notice person and agency node of ``store`` (a `pyoxigraph.Store`), with its context.

    ``entries`` are mention-index entries by notice IRI (`index_entries`); a notice without one is read
    from its own graph.
    """
    m = Mentions({}, {}, {})
    entries = entries if entries is not None else index_entries(store)
    shared: dict[str, str] = {}
    for graph in notice_graphs(store):
        entry = entries.get(graph)
        if entry is None:
            g = ox.NamedNode(graph)
            entry = notice_index_entry(graph, store.quads_for_pattern(None, None, None, g))
        _add_entry(m, graph, entry, shared)
    return m
