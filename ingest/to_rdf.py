"""Records -> quads: the one place where extracted records become RDF.

The triples written here are exactly those listed in ``docs/model.md``; the vocabulary is fixed by
``CONTRACT.md``. Every quad of a notice lives in the named graph whose name is the notice IRI, so one notice
can be replaced or removed on its own. IRIs are deterministic: the same records always give the same quads.

Terms come from the closed ``ketluan.ontology.namespaces.KL`` (a mistyped term fails loudly). This
module uses rdflib terms only and never imports ``ketluan.graph`` (the store converts the terms).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from pathlib import PurePath

from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD

from ketluan.ingest import records
from ketluan.ingest.text import strip_diacritics
from ketluan.ontology.namespaces import KL, KLI, KLT, PREFIXES

__all__ = ["PREFIXES", "notice_iri", "notice_slug", "notice_to_quads", "role_iri", "slugify", "topic_iri"]

SCHEMA = Namespace("http://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")

#: ``Deadline.datatype`` -> XSD datatype of ``kl:dueBy``.
DUE_DATATYPES: dict[str, URIRef] = {"date": XSD.date, "gYearMonth": XSD.gYearMonth, "gYear": XSD.gYear}

Term = URIRef | Literal
Quad = tuple[URIRef, URIRef, Term, URIRef]

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """ASCII slug: Vietnamese diacritics stripped (đ -> d), lower case, runs of other characters -> one hyphen.

    >>> slugify("Sở Khoa học và Công nghệ tỉnh Vĩnh Long")
    'so-khoa-hoc-va-cong-nghe-tinh-vinh-long'
    >>> slugify("000_75893db409298154")
    '000-75893db409298154'
    """
    text = strip_diacritics(text.replace("đ", "d").replace("Đ", "D"))
    return _NON_ALNUM.sub("-", text.lower()).strip("-")


def _slug_or_hash(text: str) -> str:
    """`slugify`, or a short hash of the text when nothing ASCII is left (so an IRI segment is never empty)."""
    return slugify(text) or "x" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def notice_slug(source_file: str) -> str:
    """The slug of a notice: the ASCII slug of the file's stem (``000_7589.txt`` -> ``000-7589``)."""
    return _slug_or_hash(PurePath(source_file).stem or source_file)


def notice_iri(source_file: str) -> URIRef:
    """``kli:notice/{slug}``, also the name of the notice's graph."""
    return KLI[f"notice/{notice_slug(source_file)}"]


def role_iri(title: str) -> URIRef:
    """``kli:role/{title-slug}``: roles are shared across notices."""
    return KLI[f"role/{_slug_or_hash(nfc(title))}"]


def topic_iri(name: str) -> URIRef:
    return KLT[name]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _vi(text: str) -> Literal:
    return Literal(nfc(text), lang="vi")


def _str(text: str) -> Literal:
    return Literal(nfc(text))


def _unique_slugs(keys: Iterable[str]) -> dict[str, str]:
    """key -> slug, unique within one notice (a ``-2``, ``-3`` suffix when two keys share a slug)."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for key in keys:
        base = _slug_or_hash(nfc(key))
        slug, n = base, 1
        while slug in used:
            n += 1
            slug = f"{base}-{n}"
        used.add(slug)
        out[key] = slug
    return out


def _alt_labels(surfaces: Iterable[str], canonical: str) -> list[str]:
    """Distinct NFC surface forms other than the canonical name, in first-seen order."""
    canonical = nfc(canonical).strip()
    seen: dict[str, None] = {}
    for s in surfaces:
        s = nfc(s).strip()
        if s and s != canonical:
            seen.setdefault(s, None)
    return list(seen)


class _Writer:
    """Collects the quads of one notice, deduplicated, in a deterministic order."""

    def __init__(self, notice: records.Notice) -> None:
        self.notice = notice
        self.slug = notice_slug(notice.source_file)
        self.graph = notice_iri(notice.source_file)
        self.quads: dict[Quad, None] = {}
        self.person_iris = {
            k: KLI[f"person/{self.slug}/{s}"] for k, s in _unique_slugs(notice.persons).items()
        }
        self.agency_iris = {
            k: KLI[f"agency/{self.slug}/{s}"] for k, s in _unique_slugs(notice.agencies).items()
        }

    def add(self, s: URIRef, p: URIRef, o: Term) -> None:
        self.quads.setdefault((s, p, o, self.graph), None)

    def types(self, s: URIRef, *classes: URIRef) -> None:
        for c in classes:
            self.add(s, RDF.type, c)

    def selector(self, span: records.Span) -> URIRef:
        """``kli:span/{slug}/{start}-{end}``: an ``oa:TextPositionSelector`` into the normalised text."""
        text = self.notice.text
        if not 0 <= span.start <= span.end <= len(text):
            raise ValueError(
                f"span {span.start}-{span.end} lies outside the text of {self.notice.source_file} "
                f"({len(text)} characters) — the extractor produced a bad offset"
            )
        sel = KLI[f"span/{self.slug}/{span.start}-{span.end}"]
        self.add(sel, RDF.type, OA.TextPositionSelector)
        self.add(sel, OA.start, Literal(span.start, datatype=XSD.integer))
        self.add(sel, OA.end, Literal(span.end, datatype=XSD.integer))
        self.add(sel, OA.exact, _str(span.text(text)))
        self.add(sel, OA.hasSource, self.graph)
        return sel

    def evidence(self, node: URIRef, spans: Iterable[records.Span | None]) -> None:
        for span in spans:
            if span is not None:
                self.add(node, KL.evidence, self.selector(span))

    def agent(self, key: str | None) -> URIRef | None:
        """The IRI of an Agency or Person key of this notice; None for an unknown key."""
        if key is None:
            return None
        return self.agency_iris.get(key) or self.person_iris.get(key)

    def agency(self, key: str | None) -> URIRef | None:
        return None if key is None else self.agency_iris.get(key)

    def person(self, key: str | None) -> URIRef | None:
        return None if key is None else self.person_iris.get(key)

    # -- the nodes -------------------------------------------------------------------------------------

    def write(self) -> list[Quad]:
        n = self.notice
        meeting = KLI[f"meeting/{self.slug}"]
        self.write_notice(meeting)
        for key, person in n.persons.items():
            self.write_person(self.person_iris[key], person)
        for key, agency in n.agencies.items():
            self.write_agency(self.agency_iris[key], agency)
        self.write_meeting(meeting)
        self.write_posts()
        for i, directive in enumerate(n.directives, start=1):
            self.write_directive(KLI[f"directive/{self.slug}/{i}"], directive, meeting)
        for i, change in enumerate(n.changes, start=1):
            self.write_change(KLI[f"change/{self.slug}/{i}"], change)
        return list(self.quads)

    def write_change(self, E: URIRef, c: object) -> None:
        """An org:ChangeEvent: the bodies before (org:originalOrganization) and after (resultingOrganization)."""
        originals = [a for ref in c.originals if (a := self.agency(ref.key))]  # type: ignore[attr-defined]
        results = [a for ref in c.results if (a := self.agency(ref.key))]  # type: ignore[attr-defined]
        if not originals and not results:
            return
        self.types(E, ORG.ChangeEvent, PROV.Activity)
        self.add(E, KL.changeKind, Literal(c.kind))  # type: ignore[attr-defined]
        self.add(E, RDFS.label, _vi(" ".join(c.span.text(self.notice.text).split())))  # type: ignore[attr-defined]
        for a in originals:
            self.add(E, ORG.originalOrganization, a)
            self.add(a, ORG.changedBy, E)
        for a in results:
            self.add(E, ORG.resultingOrganization, a)
            self.add(a, ORG.resultedFrom, E)
        if c.effective:  # type: ignore[attr-defined]
            self.add(E, SCHEMA.startDate, Literal(c.effective, datatype=XSD.date))  # type: ignore[attr-defined]
        self.add(E, PROV.wasDerivedFrom, self.graph)
        self.evidence(E, [c.span])  # type: ignore[attr-defined]

    def write_notice(self, meeting: URIRef) -> None:
        n, N = self.notice, self.graph
        self.types(N, KL.Notice, PROV.Entity, SCHEMA.DigitalDocument)
        self.add(N, KL.sourceFile, _str(n.source_file))
        self.add(N, KL.contentHash, Literal(n.content_hash))
        self.add(N, SCHEMA.text, _str(n.text))
        # the title; a notice without one is still labelled (SHACL: rdfs:label minCount 1)
        self.add(N, RDFS.label, _vi(n.title) if n.title else _str(n.source_file))
        if n.document_number:
            self.add(N, KL.documentNumber, _str(n.document_number))
        if n.issued_on:
            self.add(N, KL.issuedOn, Literal(n.issued_on, datatype=XSD.date))
        if issuer := self.agency(n.issuer):
            self.add(N, KL.issuedBy, issuer)
        if signer := self.person(n.signer):
            self.add(N, KL.signedBy, signer)
        for key in n.recipients:
            if a := self.agency(key):
                self.add(N, KL.recipient, a)
        self.add(N, KL.reportsOn, meeting)
        if n.province:
            self.add(N, KL.province, _str(n.province))
        self.add(N, KL.layout, Literal(n.layout))

    def write_person(self, iri: URIRef, p: records.Person) -> None:
        self.types(iri, KL.Person, FOAF.Person, SCHEMA.Person)
        self.add(iri, FOAF.name, _str(p.name))
        self.add(iri, RDFS.label, _str(p.name))
        for alt in _alt_labels(p.surfaces, p.name):
            self.add(iri, SKOS.altLabel, _str(alt))
        self.add(iri, KL.mentionedIn, self.graph)
        self.evidence(iri, p.spans)

    def write_agency(self, iri: URIRef, a: records.Agency) -> None:
        self.types(iri, KL.Agency, ORG.Organization)
        if a.collective:
            self.add(iri, RDF.type, KL.CollectiveAgency)
        self.add(iri, SKOS.prefLabel, _vi(a.name))
        for alt in _alt_labels(a.surfaces, a.name):
            self.add(iri, SKOS.altLabel, _vi(alt))
        if a.province:
            self.add(iri, KL.province, _str(a.province))
        if a.district:
            self.add(iri, KL.district, _str(a.district))
        if (parent := self.agency(a.parent)) and parent != iri:
            self.add(iri, ORG.subOrganizationOf, parent)
        self.add(iri, KL.mentionedIn, self.graph)
        self.evidence(iri, a.spans)

    def write_meeting(self, M: URIRef) -> None:
        n, m = self.notice, self.notice.meeting
        self.types(M, KL.Meeting, SCHEMA.Event, PROV.Activity)
        self.add(M, RDFS.label, _vi(n.title or f"Cuộc họp ({n.source_file})"))
        if m.held_on:
            dtype = XSD.dateTime if "T" in m.held_on else XSD.date
            self.add(M, KL.heldOn, Literal(m.held_on, datatype=dtype))
        if m.location:
            self.add(M, KL.location, _str(m.location))
        links = (
            (KL.organizer, m.organizers, self.agency),
            (KL.chair, m.chairs, self.person),
            (KL.participant, [*m.chairs, *m.participants], self.person),
            (KL.participatingAgency, m.participating_agencies, self.agency),
            (KL.absentAgency, m.absent_agencies, self.agency),
        )
        for pred, keys, lookup in links:
            for key in keys:
                if o := lookup(key):
                    self.add(M, pred, o)
        if m.province:
            self.add(M, KL.province, _str(m.province))
        span = m.span or m.held_on_span or m.location_span
        self.evidence(M, [span])

    def write_posts(self) -> None:
        role_surfaces: dict[str, list[str]] = {}
        for post in self.notice.posts:
            role_surfaces.setdefault(nfc(post.role), []).append(post.role_surface)
        for title, surfaces in role_surfaces.items():
            R = role_iri(title)
            self.types(R, ORG.Role, SKOS.Concept)
            self.add(R, SKOS.prefLabel, _vi(title))
            for alt in _alt_labels(surfaces, title):
                self.add(R, SKOS.altLabel, _vi(alt))
        for i, post in enumerate(self.notice.posts, start=1):
            person = self.person(post.person)
            if person is None:
                continue
            MS = KLI[f"membership/{self.slug}/{i}"]
            self.types(MS, ORG.Membership)
            self.add(MS, ORG.member, person)
            if agency := self.agency(post.agency):
                self.add(MS, ORG.organization, agency)
            self.add(MS, ORG.role, role_iri(post.role))
            self.add(MS, KL.statedIn, self.graph)
            self.evidence(MS, [post.span])

    def write_directive(self, D: URIRef, d: records.Directive, meeting: URIRef) -> None:
        self.types(D, KL.Directive, SCHEMA.AssignAction, PROV.Entity)
        self.add(D, KL.issuedAt, meeting)
        self.add(D, KL.text, _vi(d.text))
        for key in d.assignees:
            if o := self.agent(key):
                self.add(D, KL.assignedTo, o)
        for key in d.supports:
            if a := self.agency(key):
                self.add(D, KL.supports, a)
        for topic in d.topics:
            self.add(D, KL.topic, topic_iri(topic))
        if d.due is not None:
            dtype = DUE_DATATYPES.get(d.due.datatype)
            if dtype is None:
                raise ValueError(
                    f"unknown deadline datatype {d.due.datatype!r} in {self.notice.source_file} — "
                    f"use one of {', '.join(DUE_DATATYPES)}"
                )
            self.add(D, KL.dueBy, Literal(d.due.value, datatype=dtype))
        self.add(D, PROV.wasDerivedFrom, self.graph)
        self.evidence(D, [d.span])


def notice_to_quads(notice: records.Notice) -> list[Quad]:
    """All quads for one notice, each in the graph named by `notice_iri` (see docs/model.md).

    Keys that the notice does not define (an assignee or a post agency missing from ``notice.agencies``)
    are skipped rather than minted as untyped nodes. Raises ``ValueError`` on a span outside the text or an
    unknown deadline datatype: both are extractor bugs.
    """
    return _Writer(notice).write()
