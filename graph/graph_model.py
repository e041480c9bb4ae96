"""The ketluan store as a networkx graph: resolved identities, meetings, directives; filters and ego views.

    >>> from ketluan.graph.store import Store
    >>> from ketluan.graph.graph_model import Filters, load_kg, build_graph
    >>> with Store.open("ketluan-store") as store:                         # doctest: +SKIP
    ...     kg = load_kg(store)
    ...     g = build_graph(kg, Filters(province="Vĩnh Long", year_from=2020))
    ...     kg.describe(store, g)                                         # labels, tooltips' details

Loading is two-phase, so that a store of 10,000 notices loads in seconds: `load_kg` reads the *structure*
with a few SPARQL queries (who attended which meeting, which directive went to whom on which topic, the
resolved agencies and posts; results are read as CSV, several times faster than term objects), and
`KG.describe` reads the *details* (names, texts, evidence sentences, places, dates) only for the nodes
that will actually be shown.

Identities are the resolved ones: every per-notice person or agency node is replaced by the canonical node
it points to with ``owl:sameAs`` (``kli:graph/resolved``), so one official is one node across notices. A
store that was never resolved still works (each mention is then its own node).

The graph (`build_graph`) is an ``nx.DiGraph`` whose node ids are IRIs, with a ``kind`` attribute —
``person``, ``agency``, ``meeting`` or ``directive`` — and edges with a ``rel``:

=====================  ======================  ==============================================
edge                   rel                     from
=====================  ======================  ==============================================
meeting → person       ``chair``               ``kl:chair`` (a chair is not also a participant edge)
meeting → person       ``participant``         ``kl:participant``
meeting → agency       ``organizer``           ``kl:organizer``
meeting → agency       ``participatingAgency`` ``kl:participatingAgency``
meeting → agency       ``absentAgency``        ``kl:absentAgency``
directive → meeting    ``issuedAt``            ``kl:issuedAt``
directive → agent      ``assignedTo``          ``kl:assignedTo`` (agency or person)
directive → agency     ``supports``            ``kl:supports``
person → agency        ``post``                a resolved ``org:Membership`` (both ends in the graph)
agency → agency        ``subOrganizationOf``   ``org:subOrganizationOf`` (both ends in the graph)
=====================  ======================  ==============================================

Filters (`Filters`) choose *meetings*, and the graph is those meetings with everything attached to them:

- ``province``: the meeting's ``kl:province`` (else its notice's); "Vĩnh Long", "tỉnh Vĩnh Long" and
  "vinh long" are the same;
- ``year_from``/``year_to``: the year of ``kl:heldOn`` (else the notice's ``kl:issuedOn``); a meeting with no
  date is left out when a year is asked for;
- ``person``: meetings the person chaired or attended (or was assigned a directive at);
- ``agency``: meetings the agency — or any of its sub-units, by ``org:subOrganizationOf`` — organised,
  attended, missed or was given a directive at; only the directives that involve it are kept;
- ``topic`` (``metrology``, or its Vietnamese or English label): only directives on that topic are kept,
  and only the meetings that issued one.

A name matches exactly (without diacritics or case) when it can, else as a part of the name: ``agency="Sở
Khoa học và Công nghệ"`` is every Sở KH&CN, each with its sub-units. `ego_nodes` gives the nodes within
``depth`` hops of a focus (in either direction).
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import pyoxigraph as ox

from ketluan.graph.errors import GraphError
from ketluan.ingest.to_rdf import slugify

__all__ = [
    "KINDS",
    "KG",
    "Filters",
    "VizError",
    "build_graph",
    "ego_nodes",
    "load_kg",
    "name_key",
    "province_key",
    "sparql_rows",
]

RESOLVED_GRAPH = "https://w3id.org/ketluan/id/graph/resolved"
ONTOLOGY_GRAPH = "https://w3id.org/ketluan/id/graph/ontology"
KL = "https://w3id.org/ketluan/ontology#"
KLT = "https://w3id.org/ketluan/topic/"
#: The node classes of the graph, in legend order (``topic`` appears only in aggregated views).
KINDS = ("person", "agency", "meeting", "directive", "topic")
_MEETING_RELS = ("chair", "participant", "organizer", "participatingAgency", "absentAgency")
_DIRECTIVE_RELS = ("assignedTo", "supports", "topic")
_PERSON_RELS = ("chair", "participant")
#: When one meeting links the same node twice (chair + participant), the edge keeps the first of these.
_REL_ORDER = {
    r: i for i, r in enumerate(("chair", "organizer", "participatingAgency", "participant", "absentAgency"))
}


class VizError(GraphError):
    """A filter or focus matches nothing, or the page could not be made self-contained."""


# -- reading --------------------------------------------------------------------------------------------


def sparql_rows(store: Any, sparql: str) -> list[list[str]]:
    """Run a SELECT on ``store`` (a `ketluan.graph.store.Store`) and return its rows as lists of strings.

    The results are serialised to CSV by Oxigraph and parsed here: an unbound variable is ``""``, an IRI its
    string, a literal its lexical form. Several times faster than building term objects for 100k rows.
    """
    result = store.query(sparql)
    data = result.serialize(format=ox.QueryResultsFormat.CSV)
    reader = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    next(reader, None)  # the header
    return list(reader)


def _values(iris: Iterable[str]) -> str:
    return " ".join(f"<{i}>" for i in iris)


def _chunks(items: list[str], n: int = 400) -> Iterator[list[str]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def name_key(text: str) -> str:
    """How names are compared: `slugify` (no diacritics, no case, runs of punctuation → one hyphen)."""
    return slugify(text or "")


def province_key(text: str | None) -> str:
    """``"tỉnh Vĩnh Long"``, ``"Vĩnh Long"``, ``"vinh-long"`` → ``"vinh-long"``; ``"TP. Hồ Chí Minh"`` → ``"ho-chi-minh"``."""
    key = name_key(text or "")
    for prefix in ("thanh-pho-", "tinh-", "tp-"):
        if key.startswith(prefix):
            return key[len(prefix) :]
    return key


def _year(date: str | None) -> int | None:
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None


# -- the structure ----------------------------------------------------------------------------------------


@dataclass
class Meeting:
    iri: str
    notice: str
    date: str | None = None  # kl:heldOn, else the notice's kl:issuedOn
    province: str | None = None  # kl:province of the meeting, else of the notice

    @property
    def year(self) -> int | None:
        return _year(self.date)


@dataclass
class Directive:
    iri: str
    meeting: str | None
    assignees: list[str] = field(default_factory=list)  # canonical agency/person IRIs
    supports: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)  # klt: local names


@dataclass
class Agency:
    iri: str
    label: str
    province: str | None = None
    parent: str | None = None
    alt_labels: list[str] = field(default_factory=list)


@dataclass
class Post:
    person: str
    agency: str | None
    label: str  # "Phó Giám đốc Sở Khoa học và Công nghệ tỉnh Vĩnh Long"
    start: str | None = None
    end: str | None = None

    def text(self) -> str:
        when = ""
        if self.start or self.end:
            when = (
                f" ({self.start or '?'} – {self.end or '?'})"
                if self.start != self.end
                else f" ({self.start})"
            )
        return self.label + when


@dataclass
class KG:
    """The structure of a store (see the module docstring); `describe` adds the details of chosen nodes."""

    meetings: dict[str, Meeting]
    directives: dict[str, Directive]
    agencies: dict[str, Agency]
    posts: dict[str, list[Post]]  # canonical person -> posts
    links: list[tuple[str, str, str]]  # (meeting, rel, canonical person/agency)
    canonical: dict[str, str]  # per-notice node -> canonical node
    topic_labels: dict[str, tuple[str, str]]  # local name -> (vi, en)
    resolved: bool
    persons_loaded: bool = False
    _person_names: dict[str, str] | None = None

    def load_persons(self, store: Any) -> None:
        """Add the persons (done by `load_kg` unless ``persons=False``): identities, chairs and participants,
        persons given directives, and the posts they hold."""
        if self.persons_loaded:
            return
        canonical = self.canonical
        graph = f"GRAPH <{RESOLVED_GRAPH}>" if self.resolved else "GRAPH ?g"
        if self.resolved:
            q = f"SELECT ?x ?c WHERE {{ GRAPH <{RESOLVED_GRAPH}> {{ ?c a kl:Person . ?x owl:sameAs ?c }} }}"
            for x, c in sparql_rows(store, q):
                canonical[x] = c
        rels = " ".join(f"kl:{r}" for r in _PERSON_RELS)
        for m, rel, x in sparql_rows(store, f"SELECT ?m ?r ?x WHERE {{ VALUES ?r {{ {rels} }} ?m ?r ?x }}"):
            if m in self.meetings:
                self.links.append((m, rel[len(KL) :], canonical.get(x, x)))
        for d in self.directives.values():
            if any(_is_person(x) for x in d.assignees):
                d.assignees = list(dict.fromkeys(canonical.get(x, x) for x in d.assignees))
        posts: dict[str, list[Post]] = defaultdict(list)
        q = f"""SELECT ?p ?a ?r ?start ?end WHERE {{ {graph} {{ ?ms a org:Membership ; org:member ?p .
            OPTIONAL {{ ?ms org:organization ?a }} OPTIONAL {{ ?ms org:role ?r }}
            OPTIONAL {{ ?ms schema:startDate ?start }} OPTIONAL {{ ?ms schema:endDate ?end }} }} }}"""
        memberships = sparql_rows(store, q)
        q = f"SELECT ?a ?r ?l WHERE {{ {graph} {{ ?post a org:Post ; org:postIn ?a ; org:role ?r ; skos:prefLabel ?l }} }}"
        post_labels = {(canonical.get(a, a), r): label for a, r, label in sparql_rows(store, q)}
        roles = sorted({r for _, _, r, _, _ in memberships if r})
        role_labels: dict[str, str] = {}
        for chunk in _chunks(roles):
            q = f"SELECT ?r ?l WHERE {{ VALUES ?r {{ {_values(chunk)} }} ?r skos:prefLabel ?l }}"
            for r, label in sparql_rows(store, q):
                role_labels.setdefault(r, label)
        seen: set[tuple[str, str]] = set()
        for p, a, r, start, end in memberships:
            p, a = canonical.get(p, p), canonical.get(a, a)
            agency = self.agencies.get(a)
            label = post_labels.get((a, r)) or " ".join(
                x for x in (role_labels.get(r, ""), agency.label if agency else "") if x
            )
            if not label or (p, label) in seen:
                continue
            seen.add((p, label))
            posts[p].append(Post(p, a or None, label, start or None, end or None))
        for ps in posts.values():
            ps.sort(key=lambda post: (post.start or "", post.label))
        self.posts = dict(posts)
        self.persons_loaded = True

    def canon(self, iri: str) -> str:
        return self.canonical.get(iri, iri)

    # -- names -------------------------------------------------------------------------------------------

    def person_names(self, store: Any) -> dict[str, str]:
        """Every (canonical) person's ``foaf:name``; read once, on demand (filters and focus need it)."""
        if self._person_names is None:
            graph = f"GRAPH <{RESOLVED_GRAPH}>" if self.resolved else "GRAPH ?g"
            names: dict[str, str] = {}
            for p, name in sparql_rows(
                store, f"SELECT ?p ?n WHERE {{ {graph} {{ ?p a kl:Person ; foaf:name ?n }} }}"
            ):
                names.setdefault(self.canon(p), name)
            self._person_names = names
        return self._person_names

    def match_persons(self, store: Any, text: str) -> list[str]:
        """Persons whose name is ``text`` (no diacritics/case), else whose name contains it."""
        return _match(((p, [n]) for p, n in self.person_names(store).items()), text)

    def match_agencies(self, text: str) -> list[str]:
        """Agencies whose name or a form seen (``skos:altLabel``) is ``text``, else whose name contains it."""
        return _match(((a.iri, [a.label, *a.alt_labels]) for a in self.agencies.values()), text)

    def match_topic(self, text: str) -> str:
        """The topic's local name for ``metrology``, ``klt:metrology``, "đo lường" or "Metrology"."""
        key = name_key(text.removeprefix("klt:").removeprefix(KLT))
        for local, (vi, en) in self.topic_labels.items():
            if key in (name_key(local), name_key(vi), name_key(en)):
                return local
        known = ", ".join(sorted(self.topic_labels)) or "none in this store"
        raise VizError(f"no topic {text!r} — use one of: {known}")

    def descendants(self, agencies: Iterable[str]) -> set[str]:
        """The agencies and all their sub-units (``org:subOrganizationOf``, any depth)."""
        children: dict[str, list[str]] = defaultdict(list)
        for a in self.agencies.values():
            if a.parent:
                children[a.parent].append(a.iri)
        out: set[str] = set()
        todo = list(agencies)
        while todo:
            a = todo.pop()
            if a not in out:
                out.add(a)
                todo.extend(children.get(a, ()))
        return out

    # -- details -----------------------------------------------------------------------------------------

    def describe(self, store: Any, graph: nx.Graph) -> None:
        """Add ``label`` and the tooltip's details to every node of ``graph`` (in place) from ``store``.

        Reads only the nodes of ``graph``: names of persons, titles, places, locations and evidence
        sentences of meetings, texts, deadlines and evidence of directives.
        """
        by_kind: dict[str, list[str]] = defaultdict(list)
        for n, kind in graph.nodes(data="kind"):
            by_kind[kind].append(n)
        persons = by_kind.get("person", [])
        if persons:
            names = self._person_names or self._names_of(store, persons)
            for p in persons:
                graph.nodes[p]["label"] = names.get(p) or _tail(p)
                graph.nodes[p]["posts"] = [post.text() for post in self.posts.get(p, [])]
        for a in by_kind.get("agency", []):
            agency = self.agencies.get(a)
            graph.nodes[a]["label"] = agency.label if agency else _tail(a)
            graph.nodes[a]["province"] = agency.province if agency else None
            if agency and agency.parent:
                parent = self.agencies.get(agency.parent)
                graph.nodes[a]["parent"] = parent.label if parent else _tail(agency.parent)
        self._describe_meetings(store, graph, by_kind.get("meeting", []))
        self._describe_directives(store, graph, by_kind.get("directive", []))
        for t in by_kind.get("topic", []):
            vi, en = self.topic_labels.get(graph.nodes[t].get("topic", ""), ("", ""))
            graph.nodes[t]["label"] = vi or graph.nodes[t].get("topic", t)
            graph.nodes[t]["label_en"] = en

    def _names_of(self, store: Any, persons: list[str]) -> dict[str, str]:
        names: dict[str, str] = {}
        for chunk in _chunks(persons):
            q = f"SELECT ?p ?n WHERE {{ VALUES ?p {{ {_values(chunk)} }} ?p foaf:name ?n }}"
            for p, n in sparql_rows(store, q):
                names.setdefault(p, n)
        return names

    def _describe_meetings(self, store: Any, graph: nx.Graph, meetings: list[str]) -> None:
        details: dict[str, dict[str, str]] = defaultdict(dict)
        for chunk in _chunks(meetings):
            q = f"""SELECT ?m ?label ?loc ?file ?ev WHERE {{ VALUES ?m {{ {_values(chunk)} }}
                OPTIONAL {{ ?m rdfs:label ?label }} OPTIONAL {{ ?m kl:location ?loc }}
                OPTIONAL {{ ?n kl:reportsOn ?m ; kl:sourceFile ?file }}
                OPTIONAL {{ ?m kl:evidence ?s . ?s oa:exact ?ev }} }}"""
            for m, label, loc, file, ev in sparql_rows(store, q):
                d = details[m]
                for k, v in (("title", label), ("location", loc), ("source", file), ("evidence", ev)):
                    if v and k not in d:
                        d[k] = v
        for m in meetings:
            meeting = self.meetings.get(m)
            attrs = graph.nodes[m]
            attrs.update(details.get(m, {}))
            date = meeting.date if meeting else None
            attrs["date"] = date
            attrs["province"] = meeting.province if meeting else None
            attrs["label"] = f"Họp {date[:10]}" if date else "Họp"

    def _describe_directives(self, store: Any, graph: nx.Graph, directives: list[str]) -> None:
        details: dict[str, dict[str, str]] = defaultdict(dict)
        for chunk in _chunks(directives):
            q = f"""SELECT ?d ?text ?due ?file ?ev WHERE {{ VALUES ?d {{ {_values(chunk)} }}
                OPTIONAL {{ ?d kl:text ?text }} OPTIONAL {{ ?d kl:dueBy ?due }}
                OPTIONAL {{ ?d prov:wasDerivedFrom ?n . ?n kl:sourceFile ?file }}
                OPTIONAL {{ ?d kl:evidence ?s . ?s oa:exact ?ev }} }}"""
            for d, text, due, file, ev in sparql_rows(store, q):
                det = details[d]
                for k, v in (("text", text), ("due", due), ("source", file), ("evidence", ev)):
                    if v and k not in det:
                        det[k] = v
        for d in directives:
            attrs = graph.nodes[d]
            attrs.update(details.get(d, {}))
            text = attrs.get("text") or attrs.get("evidence") or ""
            attrs["label"] = (text[:32] + "…") if len(text) > 33 else text or "Kết luận"
            directive = self.directives.get(d)
            meeting = self.meetings.get(directive.meeting) if directive and directive.meeting else None
            if meeting:
                attrs.setdefault("date", meeting.date)
                attrs.setdefault("province", meeting.province)


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def _match(candidates: Iterable[tuple[str, list[str]]], text: str) -> list[str]:
    key = name_key(text)
    if not key:
        return []
    exact: list[str] = []
    partial: list[str] = []
    for iri, names in candidates:
        keys = [name_key(n) for n in names if n]
        if key in keys or iri == text:
            exact.append(iri)
        elif any(f"-{key}-" in f"-{k}-" for k in keys):
            partial.append(iri)
    return sorted(exact or partial)


def _is_person(iri: str) -> bool:
    return "/id/person/" in iri


def load_kg(store: Any, *, persons: bool = True) -> KG:
    """Read the structure of ``store`` (a `ketluan.graph.store.Store`) with a few SPARQL queries.

    ``persons=False`` leaves persons out (their ``owl:sameAs``, chair/participant links and posts are half
    of the rows of a big store): enough for views that aggregate persons away; `KG.load_persons` adds
    them later.
    """
    resolved = bool(
        sparql_rows(store, f"SELECT ?x WHERE {{ GRAPH <{RESOLVED_GRAPH}> {{ ?x owl:sameAs ?c }} }} LIMIT 1")
    )
    canonical: dict[str, str] = {}
    q = f"SELECT ?x ?c WHERE {{ GRAPH <{RESOLVED_GRAPH}> {{ ?c a kl:Agency . ?x owl:sameAs ?c }} }}"
    for x, c in sparql_rows(store, q):
        canonical[x] = c

    meetings: dict[str, Meeting] = {}
    q = """SELECT ?m ?n ?held ?issued ?mp ?np WHERE { ?n kl:reportsOn ?m .
        OPTIONAL { ?m kl:heldOn ?held } OPTIONAL { ?n kl:issuedOn ?issued }
        OPTIONAL { ?m kl:province ?mp } OPTIONAL { ?n kl:province ?np } }"""
    for m, n, held, issued, mp, np_ in sparql_rows(store, q):
        if m not in meetings:
            meetings[m] = Meeting(m, n, held or issued or None, mp or np_ or None)

    links: list[tuple[str, str, str]] = []
    rels = " ".join(f"kl:{r}" for r in _MEETING_RELS if r not in _PERSON_RELS)
    for m, rel, x in sparql_rows(store, f"SELECT ?m ?r ?x WHERE {{ VALUES ?r {{ {rels} }} ?m ?r ?x }}"):
        if m in meetings:
            links.append((m, rel[len(KL) :], canonical.get(x, x)))

    directives: dict[str, Directive] = {}
    for d, m in sparql_rows(
        store, "SELECT ?d ?m WHERE { ?d a kl:Directive . OPTIONAL { ?d kl:issuedAt ?m } }"
    ):
        directives.setdefault(d, Directive(d, m or None))
    rels = " ".join(f"kl:{r}" for r in _DIRECTIVE_RELS)
    for d, rel, x in sparql_rows(store, f"SELECT ?d ?r ?x WHERE {{ VALUES ?r {{ {rels} }} ?d ?r ?x }}"):
        directive = directives.get(d)
        if directive is None:
            continue
        rel = rel[len(KL) :]
        if rel == "topic":
            if x.startswith(KLT) and x[len(KLT) :] not in directive.topics:
                directive.topics.append(x[len(KLT) :])
        else:
            target = directive.assignees if rel == "assignedTo" else directive.supports
            c = canonical.get(x, x)  # a person stays per-notice until load_persons
            if c not in target:
                target.append(c)

    agencies: dict[str, Agency] = {}
    graph = f"GRAPH <{RESOLVED_GRAPH}>" if resolved else "GRAPH ?g"
    q = f"""SELECT ?a ?label ?prov ?parent WHERE {{ {graph} {{ ?a a kl:Agency .
        OPTIONAL {{ ?a skos:prefLabel ?label }} OPTIONAL {{ ?a kl:province ?prov }}
        OPTIONAL {{ ?a org:subOrganizationOf ?parent }} }} }}"""
    for a, label, prov, parent in sparql_rows(store, q):
        if a in canonical:
            continue  # a per-notice node of a resolved store
        if a not in agencies:
            agencies[a] = Agency(a, label or _tail(a), prov or None, canonical.get(parent, parent) or None)
    for a, alt in sparql_rows(
        store, f"SELECT ?a ?alt WHERE {{ {graph} {{ ?a a kl:Agency ; skos:altLabel ?alt }} }}"
    ):
        if a in agencies and alt not in agencies[a].alt_labels:
            agencies[a].alt_labels.append(alt)

    topic_labels: dict[str, tuple[str, str]] = {}
    q = f"""SELECT ?t ?l WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?t skos:inScheme klt:scheme ; skos:prefLabel ?l }} }}"""
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    res = store.query(q)
    for row in res:
        t, lit = row[0].value, row[1]
        if t.startswith(KLT):
            labels[t[len(KLT) :]][lit.language or ""] = lit.value
    for t, ls in labels.items():
        topic_labels[t] = (ls.get("vi") or ls.get("") or t, ls.get("en") or t)
    kg = KG(meetings, directives, agencies, {}, links, canonical, topic_labels, resolved)
    if persons:
        kg.load_persons(store)
    return kg


# -- filters and the graph ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """What `build_graph` keeps (see the module docstring). Every field left ``None`` keeps everything."""

    province: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    topic: str | None = None
    agency: str | None = None
    person: str | None = None

    def active(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass
class Selection:
    """What the filters chose: meetings and directives, and what the names matched."""

    meetings: set[str]
    directives: set[str]
    matched: dict[str, list[str]] = field(default_factory=dict)  # filter -> IRIs its text matched


def select(kg: KG, filters: Filters, store: Any = None) -> Selection:
    """The meetings and directives that ``filters`` keep (raises `VizError` when a name matches nothing)."""
    meetings = set(kg.meetings)
    matched: dict[str, list[str]] = {}
    if filters.province:
        key = province_key(filters.province)
        meetings = {m for m in meetings if province_key(kg.meetings[m].province) == key}
        if not meetings:
            known = sorted({p.province for p in kg.meetings.values() if p.province})
            raise VizError(
                f"no meeting in province {filters.province!r} — provinces in the store: {', '.join(known)}"
            )
    if filters.year_from is not None or filters.year_to is not None:
        lo = filters.year_from if filters.year_from is not None else -(10**9)
        hi = filters.year_to if filters.year_to is not None else 10**9
        meetings = {m for m in meetings if (y := kg.meetings[m].year) is not None and lo <= y <= hi}
    by_meeting: dict[str, list[Directive]] = defaultdict(list)
    for d in kg.directives.values():
        if d.meeting:
            by_meeting[d.meeting].append(d)
    if filters.person:
        kg.load_persons(store)
        persons = set(kg.match_persons(store, filters.person))
        if not persons:
            raise VizError(f"no person named {filters.person!r} in the store")
        matched["person"] = sorted(persons)
        with_person = {m for m, _, x in kg.links if x in persons}
        with_person |= {d.meeting for d in kg.directives.values() if d.meeting and persons & set(d.assignees)}
        meetings &= with_person
    agency_set: set[str] | None = None
    if filters.agency:
        found = kg.match_agencies(filters.agency)
        if not found:
            raise VizError(f"no agency named {filters.agency!r} in the store")
        matched["agency"] = found
        agency_set = kg.descendants(found)
        with_agency = {m for m, _, x in kg.links if x in agency_set}
        with_agency |= {
            d.meeting
            for d in kg.directives.values()
            if d.meeting and agency_set & (set(d.assignees) | set(d.supports))
        }
        meetings &= with_agency
    topic = kg.match_topic(filters.topic) if filters.topic else None
    directives: set[str] = set()
    for m in meetings:
        for d in by_meeting.get(m, ()):
            if topic and topic not in d.topics:
                continue
            if agency_set is not None and not agency_set & (set(d.assignees) | set(d.supports)):
                continue
            directives.add(d.iri)
    if topic:
        matched["topic"] = [topic]
        meetings = {kg.directives[d].meeting for d in directives if kg.directives[d].meeting}
    return Selection(meetings, directives, matched)


def build_graph(kg: KG, filters: Filters | None = None, store: Any = None) -> nx.DiGraph:
    """The graph of the meetings and directives ``filters`` keep, with every person and agency attached.

    ``store`` is needed only for a ``person`` filter (to read the names). The graph's ``graph`` dict holds
    ``filters`` and ``matched`` (what each name filter matched). Nodes carry ``kind`` and, for meetings and
    directives, ``year``/``province``/``topics``; labels come from `KG.describe`.
    """
    filters = filters or Filters()
    sel = select(kg, filters, store)
    g = nx.DiGraph(filters=filters.active(), matched=sel.matched)
    nodes: dict[str, dict[str, Any]] = {}
    for m in sorted(sel.meetings):
        meeting = kg.meetings[m]
        nodes[m] = {"kind": "meeting", "year": meeting.year, "province": meeting.province}
    agencies = kg.agencies

    skip_persons = not kg.persons_loaded

    def agent(x: str) -> bool:
        if x not in nodes:
            if x in agencies or not _is_person(x):
                nodes[x] = {"kind": "agency"}
            elif skip_persons:
                return False
            else:
                nodes[x] = {"kind": "person"}
        return True

    edges: dict[tuple[str, str], str] = {}
    meetings = sel.meetings
    order = _REL_ORDER
    for m, rel, x in kg.links:
        if m in meetings and agent(x):
            old = edges.get((m, x))
            if old is None or order[rel] < order[old]:
                edges[(m, x)] = rel
    for d in sorted(sel.directives):
        directive = kg.directives[d]
        meeting = kg.meetings.get(directive.meeting or "")
        nodes[d] = {
            "kind": "directive",
            "topics": list(directive.topics),
            "year": meeting.year if meeting else None,
            "province": meeting.province if meeting else None,
        }
        if directive.meeting in meetings:
            edges[(d, directive.meeting)] = "issuedAt"
        for x in directive.supports:
            if agent(x):
                edges[(d, x)] = "supports"
        for x in directive.assignees:
            if agent(x):
                edges[(d, x)] = "assignedTo"
    for p, posts in kg.posts.items():
        if p in nodes:
            for post in posts:
                if post.agency and post.agency in nodes and post.agency != p:
                    edges[(p, post.agency)] = "post"
    for a, attrs in nodes.items():
        agency = agencies.get(a) if attrs["kind"] == "agency" else None
        if agency and agency.parent and agency.parent in nodes and agency.parent != a:
            edges.setdefault((a, agency.parent), "subOrganizationOf")
    _count(nodes, edges)
    g.add_nodes_from(nodes.items())
    g.add_edges_from((u, v, {"rel": rel}) for (u, v), rel in edges.items())
    return g


def _count(nodes: dict[str, dict[str, Any]], edges: dict[tuple[str, str], str]) -> None:
    """Per node: ``chaired``, ``attended`` (meetings), ``absent``, ``assigned`` (directives); a person's
    ``province`` (where they mostly met)."""
    keys = {
        "chair": ("chaired", "attended"),
        "participant": ("attended",),
        "participatingAgency": ("attended",),
        "organizer": ("attended",),
        "absentAgency": ("absent",),
        "assignedTo": ("assigned",),
    }
    counts: Counter[tuple[str, str]] = Counter()
    places: dict[str, Counter[str]] = defaultdict(Counter)
    for (u, v), rel in edges.items():
        for k in keys.get(rel, ()):
            counts[(v, k)] += 1
        if rel in ("chair", "participant") and nodes[u].get("province"):
            places[v][nodes[u]["province"]] += 1
    for (n, k), c in counts.items():
        nodes[n][k] = c
    for n, where in places.items():
        nodes[n]["province"] = where.most_common(1)[0][0]


def ego_nodes(g: nx.Graph, centres: Iterable[str], depth: int) -> set[str]:
    """The nodes within ``depth`` hops (edges followed both ways) of any of ``centres``."""
    und = g.to_undirected(as_view=True) if g.is_directed() else g
    seen = {c for c in centres if c in g}
    frontier = set(seen)
    for _ in range(max(depth, 0)):
        nxt = {v for u in frontier for v in und[u] if v not in seen}
        if not nxt:
            break
        seen |= nxt
        frontier = nxt
    return seen


def find_focus(kg: KG, store: Any, g: nx.Graph, text: str) -> list[str]:
    """The nodes of ``g`` that ``text`` names: an IRI, a person's name or an agency's name (exact first)."""
    if text in g:
        return [text]
    key = name_key(text)
    persons = [p for p in kg.match_persons(store, text) if p in g]
    agencies = [a for a in kg.match_agencies(text) if a in g]
    names = kg.person_names(store)
    exact = [p for p in persons if name_key(names.get(p, "")) == key]
    exact += [
        a
        for a in agencies
        if key in {name_key(x) for x in [kg.agencies[a].label, *kg.agencies[a].alt_labels]}
    ]
    return sorted(exact or persons + agencies)
