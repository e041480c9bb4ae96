"""Turn a `Resolution` into the quads of the graph ``kli:graph/resolved`` (the one place that does).

What is written (see docs/model.md, "Resolved graph"):

- each identity: a canonical node typed like its members plus ``kl:ResolvedIdentity``, with its best name
  (``foaf:name`` for persons, ``skos:prefLabel`` for agencies), every other spelling seen
  (``skos:altLabel``) and ``kl:mentionCount`` (notices); each per-notice node ``owl:sameAs`` it — the
  notices of an identity are those of its members (``?m owl:sameAs ?id ; kl:mentionedIn ?notice``);
- agencies: ``kl:province``/``kl:district``, ``org:subOrganizationOf`` the parent identity (stated by a
  notice or implied by `ketluan.ingest.lang.vi.hierarchy`), ``kl:place`` the administrative unit;
- posts over time: an ``org:Post`` per (agency, title) with ``org:postIn``/``org:role``, which the person
  ``org:holds``; an ``org:Membership`` per person-in-post with ``org:memberDuring`` a ``time:Interval``
  from the first to the last notice date that states it (``time:hasBeginning``/``time:hasEnd`` instants
  with ``time:inXSDDate``), flat ``schema:startDate``/``schema:endDate`` copies, and ``kl:statedIn`` every
  notice that states it; consecutive posts of one person are ordered with ``time:intervalBefore``.

Only what cannot be read from the notice graphs is written: on this store every quad costs about 20 µs to
write, and the graph is rewritten (as a diff) after every ingest. The quads are pyoxigraph terms, built
directly. IRIs are derived from names, so an unchanged resolution gives the same quads and an empty diff.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import pyoxigraph as ox

from ketluan.graph.resolve import AgencyIdentity, PersonIdentity, Resolution
from ketluan.ontology.namespaces import KLI

__all__ = ["RESOLVED_GRAPH", "PlaceOf", "iter_resolution_quads", "resolution_quads"]

RESOLVED_GRAPH = str(KLI["graph/resolved"])
_G = ox.NamedNode(RESOLVED_GRAPH)
_KLI = str(KLI)

_KL = "https://w3id.org/ketluan/ontology#"
_ORG = "http://www.w3.org/ns/org#"
_FOAF = "http://xmlns.com/foaf/0.1/"
_SCHEMA = "http://schema.org/"
_TIME = "http://www.w3.org/2006/time#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_XSD = "http://www.w3.org/2001/XMLSchema#"

N = ox.NamedNode
TYPE = N("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SAME_AS = N("http://www.w3.org/2002/07/owl#sameAs")
PREF, ALT = N(_SKOS + "prefLabel"), N(_SKOS + "altLabel")
KL_RESOLVED, KL_PERSON, KL_AGENCY = N(_KL + "ResolvedIdentity"), N(_KL + "Person"), N(_KL + "Agency")
KL_COLLECTIVE = N(_KL + "CollectiveAgency")
KL_COUNT, KL_PROVINCE, KL_DISTRICT = N(_KL + "mentionCount"), N(_KL + "province"), N(_KL + "district")
KL_PLACE, KL_STATED = N(_KL + "place"), N(_KL + "statedIn")
ORG_ORG, ORG_SUB = N(_ORG + "Organization"), N(_ORG + "subOrganizationOf")
ORG_MEMBERSHIP, ORG_POST = N(_ORG + "Membership"), N(_ORG + "Post")
ORG_MEMBER, ORG_ROLE, ORG_ORGANIZATION = N(_ORG + "member"), N(_ORG + "role"), N(_ORG + "organization")
ORG_POST_IN, ORG_HOLDS, ORG_DURING = N(_ORG + "postIn"), N(_ORG + "holds"), N(_ORG + "memberDuring")
FOAF_PERSON, FOAF_NAME = N(_FOAF + "Person"), N(_FOAF + "name")
SCHEMA_PERSON, START, END = N(_SCHEMA + "Person"), N(_SCHEMA + "startDate"), N(_SCHEMA + "endDate")
INTERVAL, BEGIN, FINISH = N(_TIME + "Interval"), N(_TIME + "hasBeginning"), N(_TIME + "hasEnd")
IN_DATE, BEFORE = N(_TIME + "inXSDDate"), N(_TIME + "intervalBefore")
XSD_DATE = N(_XSD + "date")


def _vi(s: str) -> ox.Literal:
    return ox.Literal(s, language="vi")


def _date(s: str) -> ox.Literal:
    return ox.Literal(s, datatype=XSD_DATE)


def _tail(iri: str, marker: str) -> str:
    return iri.split(marker, 1)[-1]


#: A hook that gives an agency identity its administrative unit: ``(identity, first date) -> (unit IRI,
#: triples describing the unit)``, or None. Triples may be rdflib or pyoxigraph terms.
PlaceOf = Callable[[AgencyIdentity, str | None], tuple[object, list[tuple]] | None]


@lru_cache(maxsize=4096)
def _ox_term(term: object) -> object:
    from ketluan.graph.store import _to_ox

    return _to_ox(term)


class _Writer:
    def __init__(self, res: Resolution, place_of: PlaceOf | None) -> None:
        self.res = res
        self.place_of = place_of
        self.quads: dict[ox.Quad, None] = {}  # the identity being written (deduplicated, in order)
        self.shared: set[ox.Quad] = set()  # quads of nodes that several identities name: posts, units
        self.units: set[object] = set()

    def add(self, s: object, p: ox.NamedNode, o: object) -> None:
        self.quads[ox.Quad(s, p, o, _G)] = None  # type: ignore[arg-type]

    def add_shared(self, s: object, p: ox.NamedNode, o: object) -> None:
        """A quad about a node that other identities may describe too (a post, a unit): written once."""
        q = ox.Quad(s, p, o, _G)  # type: ignore[arg-type]
        if q not in self.shared:
            self.shared.add(q)
            self.quads[q] = None

    def take(self) -> list[ox.Quad]:
        """The quads of the identity just written; the next identity starts empty."""
        out = list(self.quads)
        self.quads.clear()
        return out

    def identity(self, iri: ox.NamedNode, members: Iterable[str], notices: list[str]) -> None:
        self.add(iri, TYPE, KL_RESOLVED)
        for m in members:
            self.add(N(m), SAME_AS, iri)
        self.add(iri, KL_COUNT, ox.Literal(len(notices)))

    def agency(self, a: AgencyIdentity) -> None:
        A = N(a.iri)
        self.add(A, TYPE, KL_AGENCY)
        self.add(A, TYPE, ORG_ORG)
        if a.collective:
            self.add(A, TYPE, KL_COLLECTIVE)
        self.identity(A, a.members, a.notices)
        self.add(A, PREF, _vi(a.name))
        for label in a.labels:
            if label != a.name:
                self.add(A, ALT, _vi(label))
        if a.province:
            self.add(A, KL_PROVINCE, ox.Literal(a.province))
        if a.district:
            self.add(A, KL_DISTRICT, ox.Literal(a.district))
        if a.parent and a.parent != a.iri:
            self.add(A, ORG_SUB, N(a.parent))
        if self.place_of is not None and (found := self.place_of(a, self._first_date(a.notices))):
            unit, triples = found
            self.add(A, KL_PLACE, _ox_term(unit))
            if unit not in self.units:  # describe each unit once
                self.units.add(unit)
                for s, p, o in triples:
                    self.add_shared(_ox_term(s), _ox_term(p), _ox_term(o))

    def _first_date(self, notices: list[str]) -> str | None:
        dates = [d for n in notices if (d := self.res.mentions.date_of(n))]
        return min(dates) if dates else None

    def person(self, p: PersonIdentity) -> None:
        P = N(p.iri)
        for t in (KL_PERSON, FOAF_PERSON, SCHEMA_PERSON):
            self.add(P, TYPE, t)
        self.identity(P, p.members, p.notices)
        self.add(P, FOAF_NAME, ox.Literal(p.name))
        for label in p.labels:
            if label != p.name:
                self.add(P, ALT, ox.Literal(label))
        person_tail = _tail(p.iri, "person/resolved/")
        intervals: list[tuple[str, str, ox.NamedNode]] = []
        for held in p.posts:
            role = N(held.role_iri)
            role_slug = held.role_iri.rsplit("/", 1)[-1]
            agency_tail = _tail(held.agency, "agency/resolved/") if held.agency else "none"
            ms_iri = f"{_KLI}membership/resolved/{person_tail}/{role_slug}/{agency_tail}"
            MS = N(ms_iri)
            self.add(MS, TYPE, ORG_MEMBERSHIP)
            self.add(MS, ORG_MEMBER, P)
            self.add(MS, ORG_ROLE, role)
            if held.agency:
                A = N(held.agency)
                self.add(MS, ORG_ORGANIZATION, A)
                post = N(f"{_KLI}post/{agency_tail}/{role_slug}")
                self.add_shared(post, TYPE, ORG_POST)
                self.add_shared(post, ORG_POST_IN, A)
                self.add_shared(post, ORG_ROLE, role)
                self.add_shared(post, PREF, _vi(f"{held.role} {self.res.agencies[held.agency].name}"))
                self.add(P, ORG_HOLDS, post)
            for n in held.notices:
                self.add(MS, KL_STATED, N(n))
            if held.dates:
                start, end = min(held.dates), max(held.dates)
                self.add(MS, START, _date(start))
                self.add(MS, END, _date(end))
                interval = N(ms_iri + "/during")
                self.add(MS, ORG_DURING, interval)
                self.add(interval, TYPE, INTERVAL)
                for edge, suffix, when in ((BEGIN, "/start", start), (FINISH, "/end", end)):
                    instant = N(ms_iri + suffix)
                    self.add(interval, edge, instant)
                    self.add(instant, IN_DATE, _date(when))
                intervals.append((start, end, interval))
        intervals.sort(key=lambda t: (t[0], t[1], t[2].value))
        for (_s1, e1, i1), (s2, _e2, i2) in zip(intervals, intervals[1:], strict=False):
            if e1 < s2:
                self.add(i1, BEFORE, i2)


def iter_resolution_quads(res: Resolution, place_of: PlaceOf | None = None) -> Iterator[ox.Quad]:
    """The quads of ``kli:graph/resolved`` for ``res``, one identity at a time, each quad once.

    A generator, so that the graph is never held in memory as a whole: at 100,000 notices it is tens of
    millions of quads, ~0.6 kB each as pyoxigraph objects. Identities own their nodes (the identity, its
    members' ``owl:sameAs``, its memberships and their intervals), so only the nodes several identities
    name — posts and administrative units — are remembered across identities, to write them once.
    Same quads, same order as `resolution_quads`.
    """
    w = _Writer(res, place_of)
    for a in res.agencies.values():
        w.agency(a)
        yield from w.take()
    for p in res.persons.values():
        w.person(p)
        yield from w.take()


def resolution_quads(res: Resolution, place_of: PlaceOf | None = None) -> list[ox.Quad]:
    """All quads of ``kli:graph/resolved`` for ``res``, as pyoxigraph quads (a list: see `iter_resolution_quads`)."""
    return list(iter_resolution_quads(res, place_of))
