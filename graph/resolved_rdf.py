"""Turn a `Resolution` into the quads of the graph ``kli:graph/resolved`` (the one place that does).

What is written (see docs/model.md, "Resolved graph"):

- each identity: a canonical node typed like its members plus ``kl:ResolvedIdentity``, with its best name
  (``foaf:name`` / ``skos:prefLabel``), every spelling seen (``skos:altLabel``), ``kl:mentionedIn`` the
  notices its members come from, ``kl:mentionCount``; each per-notice node ``owl:sameAs`` it;
- agencies: ``kl:province``/``kl:district``, ``org:subOrganizationOf`` the parent identity (stated by a
  notice or implied by `ketluan.ingest.lang.vi.hierarchy`), ``kl:place`` the administrative unit;
- posts over time: an ``org:Post`` per (agency, title) with ``org:postIn``/``org:role``, the person
  ``org:holds`` it; an ``org:Membership`` per person-in-post with ``org:memberDuring`` a ``time:Interval``
  from the first to the last notice date that states it, flat ``schema:startDate``/``schema:endDate``
  copies, ``kl:statedIn`` every such notice, ``prov:wasDerivedFrom`` the per-notice memberships and their
  ``kl:evidence``; consecutive posts of one person are ordered with ``time:intervalBefore``.

IRIs are derived from names, so an unchanged resolution writes the same quads and the store's diff is empty.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from ketluan.graph.resolve import AgencyIdentity, PersonIdentity, Resolution
from ketluan.ontology.namespaces import KL, KLI

__all__ = ["RESOLVED_GRAPH", "resolution_quads"]

RESOLVED_GRAPH = KLI["graph/resolved"]

_ORG = "http://www.w3.org/ns/org#"
_FOAF = "http://xmlns.com/foaf/0.1/"
_SCHEMA = "http://schema.org/"
_TIME = "http://www.w3.org/2006/time#"
_PROV = "http://www.w3.org/ns/prov#"


def _u(base: str, local: str) -> URIRef:
    return URIRef(base + local)


def _vi(s: str) -> Literal:
    return Literal(s, lang="vi")


def _date(s: str) -> Literal:
    return Literal(s, datatype=XSD.date)


def _tail(iri: str, marker: str) -> str:
    return iri.split(marker, 1)[-1]


#: A hook that gives an agency identity its administrative unit: ``(identity) -> (unit IRI, triples)``.
PlaceOf = Callable[[AgencyIdentity, str | None], tuple[URIRef, list[tuple]] | None]


class _Writer:
    def __init__(self, res: Resolution, place_of: PlaceOf | None) -> None:
        self.res = res
        self.place_of = place_of
        self.quads: dict[tuple, None] = {}

    def add(self, s, p, o) -> None:  # noqa: ANN001
        self.quads.setdefault((s, p, o, RESOLVED_GRAPH), None)

    def identity(self, iri: URIRef, members: list[str], notices: list[str]) -> None:
        self.add(iri, RDF.type, KL.ResolvedIdentity)
        for m in members:
            self.add(URIRef(m), OWL.sameAs, iri)
        for n in notices:
            self.add(iri, KL.mentionedIn, URIRef(n))
        self.add(iri, KL.mentionCount, Literal(len(notices)))

    def agency(self, a: AgencyIdentity) -> None:
        A = URIRef(a.iri)
        self.add(A, RDF.type, KL.Agency)
        self.add(A, RDF.type, _u(_ORG, "Organization"))
        if a.collective:
            self.add(A, RDF.type, KL.CollectiveAgency)
        self.identity(A, a.members, a.notices)
        self.add(A, SKOS.prefLabel, _vi(a.name))
        self.add(A, RDFS.label, _vi(a.name))
        for label in a.labels:
            if label != a.name:
                self.add(A, SKOS.altLabel, _vi(label))
        if a.province:
            self.add(A, KL.province, Literal(a.province))
        if a.district:
            self.add(A, KL.district, Literal(a.district))
        if a.parent and a.parent != a.iri:
            self.add(A, _u(_ORG, "subOrganizationOf"), URIRef(a.parent))
        if self.place_of is not None and (found := self.place_of(a, self._first_date(a.notices))):
            unit, triples = found
            self.add(A, KL.place, unit)
            for s, p, o in triples:
                self.add(s, p, o)

    def _first_date(self, notices: list[str]) -> str | None:
        dates = [d for n in notices if (d := self.res.mentions.date_of(n))]
        return min(dates) if dates else None

    def person(self, p: PersonIdentity) -> None:
        P = URIRef(p.iri)
        for t in (KL.Person, _u(_FOAF, "Person"), _u(_SCHEMA, "Person")):
            self.add(P, RDF.type, t)
        self.identity(P, p.members, p.notices)
        self.add(P, _u(_FOAF, "name"), Literal(p.name))
        self.add(P, RDFS.label, Literal(p.name))
        for label in p.labels:
            if label != p.name:
                self.add(P, SKOS.altLabel, Literal(label))
        person_tail = _tail(p.iri, "person/resolved/")
        intervals: list[tuple[str, str, URIRef]] = []
        for held in p.posts:
            role = URIRef(held.role_iri)
            role_slug = held.role_iri.rsplit("/", 1)[-1]
            agency_tail = _tail(held.agency, "agency/resolved/") if held.agency else "none"
            MS = KLI[f"membership/resolved/{person_tail}/{role_slug}/{agency_tail}"]
            self.add(MS, RDF.type, _u(_ORG, "Membership"))
            self.add(MS, _u(_ORG, "member"), P)
            self.add(MS, _u(_ORG, "role"), role)
            if held.agency:
                A = URIRef(held.agency)
                self.add(MS, _u(_ORG, "organization"), A)
                post = KLI[f"post/{agency_tail}/{role_slug}"]
                self.add(post, RDF.type, _u(_ORG, "Post"))
                self.add(post, _u(_ORG, "postIn"), A)
                self.add(post, _u(_ORG, "role"), role)
                agency_name = self.res.agencies[held.agency].name
                self.add(post, SKOS.prefLabel, _vi(f"{held.role} {agency_name}"))
                self.add(P, _u(_ORG, "holds"), post)
                self.add(post, _u(_ORG, "heldBy"), P)
            for n in held.notices:
                self.add(MS, KL.statedIn, URIRef(n))
            for src in held.sources:
                self.add(MS, _u(_PROV, "wasDerivedFrom"), URIRef(src))
            for post_mention in self._post_mentions(p, held.sources):
                for sel in post_mention:
                    self.add(MS, KL.evidence, URIRef(sel))
            if held.dates:
                start, end = min(held.dates), max(held.dates)
                self.add(MS, _u(_SCHEMA, "startDate"), _date(start))
                self.add(MS, _u(_SCHEMA, "endDate"), _date(end))
                interval = URIRef(f"{MS}/during")
                self.add(MS, _u(_ORG, "memberDuring"), interval)
                self.add(interval, RDF.type, _u(_TIME, "Interval"))
                for edge, when in (("hasBeginning", start), ("hasEnd", end)):
                    instant = URIRef(f"{MS}/{'start' if edge == 'hasBeginning' else 'end'}")
                    self.add(interval, _u(_TIME, edge), instant)
                    self.add(instant, RDF.type, _u(_TIME, "Instant"))
                    self.add(instant, _u(_TIME, "inXSDDate"), _date(when))
                intervals.append((start, end, interval))
        intervals.sort()
        for (_s1, e1, i1), (s2, _e2, i2) in zip(intervals, intervals[1:], strict=False):
            if e1 < s2:
                self.add(i1, _u(_TIME, "intervalBefore"), i2)

    def _post_mentions(self, p: PersonIdentity, sources: list[str]) -> list[list[str]]:
        out = []
        wanted = set(sources)
        for m in p.members:
            for post in self.res.mentions.persons[m].posts:
                if post.iri in wanted:
                    out.append(post.evidence)
        return out


def resolution_quads(res: Resolution, place_of: PlaceOf | None = None) -> list[tuple]:
    """All quads of ``kli:graph/resolved`` for ``res`` (rdflib terms, graph last)."""
    w = _Writer(res, place_of)
    for a in res.agencies.values():
        w.agency(a)
    for p in res.persons.values():
        w.person(p)
    return list(w.quads)


def resolution_digest(quads: list[tuple]) -> str:
    """A short hash of a set of quads, for logs and tests (order-independent)."""
    h = hashlib.sha256()
    for line in sorted(" ".join(t.n3() for t in q) for q in quads):
        h.update(line.encode())
    return h.hexdigest()[:16]
