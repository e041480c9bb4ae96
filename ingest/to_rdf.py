"""Records -> quads: the one place where extracted records become RDF.

The triples written here are exactly those listed in ``docs/model.md``; the vocabulary is fixed by
``CONTRACT.md``. Every quad of a notice lives in the named graph whose name is the notice IRI, so one notice
can be replaced or removed on its own. IRIs are deterministic: the same records always give the same quads.

Terms come from the closed ``ketluan.ontology.namespaces.KL`` (a mistyped term fails loudly). This
module never imports ``ketluan.graph``. It writes the same quads two ways from one set of rules (`_Writer`):
as rdflib terms (`notice_to_quads`, for export and rdflib graphs) and straight as pyoxigraph quads
(`notice_to_ox_quads`, for the store) — building rdflib terms and converting them afterwards cost about as
much as extracting the records did (issue 7).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import PurePath
from typing import Any

import pyoxigraph as ox
from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD

from ketluan.ingest import records
from ketluan.ingest.text import strip_diacritics
from ketluan.ontology.namespaces import KL, KLI, KLT, PREFIXES

__all__ = [
    "PREFIXES",
    "notice_iri",
    "notice_slug",
    "notice_to_nquads",
    "notice_to_ox_quads",
    "notice_to_quads",
    "role_iri",
    "slugify",
    "topic_iri",
]

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


@lru_cache(maxsize=1 << 14)
def _slug_or_hash(text: str) -> str:
    """`slugify`, or a short hash of the text when nothing ASCII is left (so an IRI segment is never empty).

    Cached: the same names, titles and file stems come back in notice after notice."""
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


_KLI = str(KLI)


class _Terms:
    """A namespace whose terms are looked up once each. rdflib builds and checks a new ``URIRef`` on every
    attribute access of a namespace, which the writer does several hundred times per notice."""

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term: URIRef = getattr(self._namespace, name)  # an unknown term of a closed namespace raises here
        setattr(self, name, term)
        return term


_KL, _OA, _SCHEMA, _RDF, _RDFS, _ORG, _PROV, _FOAF, _SKOS, _XSD = (
    _Terms(ns) for ns in (KL, OA, SCHEMA, RDF, RDFS, ORG, PROV, FOAF, SKOS, XSD)
)
_XSD_INTEGER = XSD.integer


class _Writer:
    """Collects the quads of one notice, deduplicated, in a deterministic order, as rdflib terms.

    The rules live here once; the term constructors (`iri`, `vi`, `string`, `typed`, `integer`) and `add`
    are what `_OxWriter` replaces to write pyoxigraph terms instead. Vocabulary terms (``_KL.*``, ``_RDF.type``
    …) are passed as rdflib ``URIRef``s either way; minted IRIs and literals go through the constructors.
    """

    def __init__(self, notice: records.Notice) -> None:
        self.notice = notice
        self.slug = notice_slug(notice.source_file)
        self.graph = self.iri(f"{_KLI}notice/{self.slug}")
        self.quads: dict[tuple[Any, ...], None] = {}
        self.person_iris = {
            k: self.iri(f"{_KLI}person/{self.slug}/{s}") for k, s in _unique_slugs(notice.persons).items()
        }
        self.agency_iris = {
            k: self.iri(f"{_KLI}agency/{self.slug}/{s}") for k, s in _unique_slugs(notice.agencies).items()
        }

    # -- terms (replaced by `_OxWriter`) ---------------------------------------------------------------

    def iri(self, iri: str) -> Any:
        return URIRef(iri)

    def vi(self, text: str) -> Any:
        return _vi(text)

    def string(self, text: str) -> Any:
        return _str(text)

    def typed(self, value: str, datatype: URIRef) -> Any:
        return Literal(value, datatype=datatype)

    def integer(self, value: int) -> Any:
        return Literal(value, datatype=_XSD_INTEGER)

    def add(self, s: Any, p: URIRef, o: Any) -> None:
        self.quads.setdefault((s, p, o, self.graph), None)

    def result(self) -> list[Any]:
        return list(self.quads)

    # -- helpers ---------------------------------------------------------------------------------------

    def types(self, s: Any, *classes: URIRef) -> None:
        for c in classes:
            self.add(s, _RDF.type, c)

    def selector(self, span: records.Span) -> Any:
        """``kli:span/{slug}/{start}-{end}``: an ``oa:TextPositionSelector`` into the normalised text."""
        text = self.notice.text
        if not 0 <= span.start <= span.end <= len(text):
            raise ValueError(
                f"span {span.start}-{span.end} lies outside the text of {self.notice.source_file} "
                f"({len(text)} characters) — the extractor produced a bad offset"
            )
        sel = self.iri(f"{_KLI}span/{self.slug}/{span.start}-{span.end}")
        self.add(sel, _RDF.type, _OA.TextPositionSelector)
        self.add(sel, _OA.start, self.integer(span.start))
        self.add(sel, _OA.end, self.integer(span.end))
        self.add(sel, _OA.exact, self.string(span.text(text)))
        self.add(sel, _OA.hasSource, self.graph)
        return sel

    def evidence(self, node: Any, spans: Iterable[records.Span | None]) -> None:
        for span in spans:
            if span is not None:
                self.add(node, _KL.evidence, self.selector(span))

    def agent(self, key: str | None) -> Any:
        """The IRI of an Agency or Person key of this notice; None for an unknown key."""
        if key is None:
            return None
        return self.agency_iris.get(key) or self.person_iris.get(key)

    def agency(self, key: str | None) -> Any:
        return None if key is None else self.agency_iris.get(key)

    def person(self, key: str | None) -> Any:
        return None if key is None else self.person_iris.get(key)

    def role(self, title: str) -> Any:
        """`role_iri` as a term of this writer."""
        return self.iri(f"{_KLI}role/{_slug_or_hash(nfc(title))}")

    # -- the nodes -------------------------------------------------------------------------------------

    def write(self) -> list[Any]:
        n = self.notice
        meeting = self.iri(f"{_KLI}meeting/{self.slug}")
        self.write_notice(meeting)
        for key, person in n.persons.items():
            self.write_person(self.person_iris[key], person)
        for key, agency in n.agencies.items():
            self.write_agency(self.agency_iris[key], agency)
        self.write_meeting(meeting)
        self.write_posts()
        for i, directive in enumerate(n.directives, start=1):
            self.write_directive(self.iri(f"{_KLI}directive/{self.slug}/{i}"), directive, meeting)
        for i, change in enumerate(n.changes, start=1):
            self.write_change(self.iri(f"{_KLI}change/{self.slug}/{i}"), change)
        return self.result()

    def write_change(self, E: Any, c: object) -> None:
        """An org:ChangeEvent: the bodies before (org:originalOrganization) and after (resultingOrganization)."""
        originals = [a for ref in c.originals if (a := self.agency(ref.key))]  # type: ignore[attr-defined]
        results = [a for ref in c.results if (a := self.agency(ref.key))]  # type: ignore[attr-defined]
        if not originals and not results:
            return
        self.types(E, _ORG.ChangeEvent, _PROV.Activity)
        self.add(E, _KL.changeKind, self.string(c.kind))  # type: ignore[attr-defined]
        self.add(E, _RDFS.label, self.vi(" ".join(c.span.text(self.notice.text).split())))  # type: ignore[attr-defined]
        for a in originals:
            self.add(E, _ORG.originalOrganization, a)
            self.add(a, _ORG.changedBy, E)
        for a in results:
            self.add(E, _ORG.resultingOrganization, a)
            self.add(a, _ORG.resultedFrom, E)
        if c.effective:  # type: ignore[attr-defined]
            self.add(E, _SCHEMA.startDate, self.typed(c.effective, _XSD.date))  # type: ignore[attr-defined]
        self.add(E, _PROV.wasDerivedFrom, self.graph)
        self.evidence(E, [c.span])  # type: ignore[attr-defined]

    def write_notice(self, meeting: Any) -> None:
        n, N = self.notice, self.graph
        self.types(N, _KL.Notice, _PROV.Entity, _SCHEMA.DigitalDocument)
        self.add(N, _KL.sourceFile, self.string(n.source_file))
        self.add(N, _KL.contentHash, self.string(n.content_hash))
        self.add(N, _SCHEMA.text, self.string(n.text))
        # the title; a notice without one is still labelled (SHACL: rdfs:label minCount 1)
        self.add(N, _RDFS.label, self.vi(n.title) if n.title else self.string(n.source_file))
        if n.document_number:
            self.add(N, _KL.documentNumber, self.string(n.document_number))
        if n.issued_on:
            self.add(N, _KL.issuedOn, self.typed(n.issued_on, _XSD.date))
        if issuer := self.agency(n.issuer):
            self.add(N, _KL.issuedBy, issuer)
        if signer := self.person(n.signer):
            self.add(N, _KL.signedBy, signer)
        for key in n.recipients:
            if a := self.agency(key):
                self.add(N, _KL.recipient, a)
        self.add(N, _KL.reportsOn, meeting)
        if n.province:
            self.add(N, _KL.province, self.string(n.province))
        self.add(N, _KL.layout, self.string(n.layout))

    def write_person(self, iri: Any, p: records.Person) -> None:
        self.types(iri, _KL.Person, _FOAF.Person, _SCHEMA.Person)
        self.add(iri, _FOAF.name, self.string(p.name))
        self.add(iri, _RDFS.label, self.string(p.name))
        for alt in _alt_labels(p.surfaces, p.name):
            self.add(iri, _SKOS.altLabel, self.string(alt))
        self.add(iri, _KL.mentionedIn, self.graph)
        self.evidence(iri, p.spans)

    def write_agency(self, iri: Any, a: records.Agency) -> None:
        self.types(iri, _KL.Agency, _ORG.Organization)
        if a.collective:
            self.add(iri, _RDF.type, _KL.CollectiveAgency)
        self.add(iri, _SKOS.prefLabel, self.vi(a.name))
        for alt in _alt_labels(a.surfaces, a.name):
            self.add(iri, _SKOS.altLabel, self.vi(alt))
        if a.province:
            self.add(iri, _KL.province, self.string(a.province))
        if a.district:
            self.add(iri, _KL.district, self.string(a.district))
        if (parent := self.agency(a.parent)) and parent != iri:
            self.add(iri, _ORG.subOrganizationOf, parent)
        self.add(iri, _KL.mentionedIn, self.graph)
        self.evidence(iri, a.spans)

    def write_meeting(self, M: Any) -> None:
        n, m = self.notice, self.notice.meeting
        self.types(M, _KL.Meeting, _SCHEMA.Event, _PROV.Activity)
        self.add(M, _RDFS.label, self.vi(n.title or f"Cuộc họp ({n.source_file})"))
        if m.held_on:
            dtype = _XSD.dateTime if "T" in m.held_on else _XSD.date
            self.add(M, _KL.heldOn, self.typed(m.held_on, dtype))
        if m.location:
            self.add(M, _KL.location, self.string(m.location))
        links = (
            (_KL.organizer, m.organizers, self.agency),
            (_KL.chair, m.chairs, self.person),
            (_KL.participant, [*m.chairs, *m.participants], self.person),
            (_KL.participatingAgency, m.participating_agencies, self.agency),
            (_KL.absentAgency, m.absent_agencies, self.agency),
        )
        for pred, keys, lookup in links:
            for key in keys:
                if o := lookup(key):
                    self.add(M, pred, o)
        if m.province:
            self.add(M, _KL.province, self.string(m.province))
        span = m.span or m.held_on_span or m.location_span
        self.evidence(M, [span])

    def write_posts(self) -> None:
        role_surfaces: dict[str, list[str]] = {}
        for post in self.notice.posts:
            role_surfaces.setdefault(nfc(post.role), []).append(post.role_surface)
        for title, surfaces in role_surfaces.items():
            R = self.role(title)
            self.types(R, _ORG.Role, _SKOS.Concept)
            self.add(R, _SKOS.prefLabel, self.vi(title))
            for alt in _alt_labels(surfaces, title):
                self.add(R, _SKOS.altLabel, self.vi(alt))
        for i, post in enumerate(self.notice.posts, start=1):
            person = self.person(post.person)
            if person is None:
                continue
            MS = self.iri(f"{_KLI}membership/{self.slug}/{i}")
            self.types(MS, _ORG.Membership)
            self.add(MS, _ORG.member, person)
            if agency := self.agency(post.agency):
                self.add(MS, _ORG.organization, agency)
            self.add(MS, _ORG.role, self.role(post.role))
            self.add(MS, _KL.statedIn, self.graph)
            self.evidence(MS, [post.span])

    def write_directive(self, D: Any, d: records.Directive, meeting: Any) -> None:
        self.types(D, _KL.Directive, _SCHEMA.AssignAction, _PROV.Entity)
        self.add(D, _KL.issuedAt, meeting)
        self.add(D, _KL.text, self.vi(d.text))
        for key in d.assignees:
            if o := self.agent(key):
                self.add(D, _KL.assignedTo, o)
        for key in d.supports:
            if a := self.agency(key):
                self.add(D, _KL.supports, a)
        for topic in d.topics:
            self.add(D, _KL.topic, topic_iri(topic))
        if d.due is not None:
            dtype = DUE_DATATYPES.get(d.due.datatype)
            if dtype is None:
                raise ValueError(
                    f"unknown deadline datatype {d.due.datatype!r} in {self.notice.source_file} — "
                    f"use one of {', '.join(DUE_DATATYPES)}"
                )
            self.add(D, _KL.dueBy, self.typed(d.due.value, dtype))
        self.add(D, _PROV.wasDerivedFrom, self.graph)
        self.evidence(D, [d.span])


#: vocabulary and other shared IRIs as pyoxigraph nodes (a few hundred: classes, properties, roles, topics)
_ox_node = lru_cache(maxsize=1 << 14)(ox.NamedNode)
_OX_VI = "vi"


@lru_cache(maxsize=1 << 14)
def _ox_typed(value: str, datatype: URIRef) -> ox.Literal:
    """A typed literal with the lexical form rdflib gives it (rdflib normalises some: ``T08:00`` ->
    ``T08:00:00``), so both writers store the same literal. Cached: dates repeat across notices."""
    return ox.Literal(str(Literal(value, datatype=datatype)), datatype=_ox_node(datatype))


class _OxWriter(_Writer):
    """`_Writer`'s quads built straight as pyoxigraph terms: what `to_ox_quads(notice_to_quads(n))` gives.

    Literals' lexical forms are the strings rdflib keeps (NFC text, ``str(int)``, rdflib's normalised
    dates); every ``URIRef`` handed to `add` (vocabulary, topics) becomes a cached ``ox.NamedNode``.
    """

    def iri(self, iri: str) -> Any:
        return ox.NamedNode(iri)

    def vi(self, text: str) -> Any:
        return ox.Literal(nfc(text), language=_OX_VI)

    def string(self, text: str) -> Any:
        return ox.Literal(nfc(text))

    def typed(self, value: str, datatype: URIRef) -> Any:
        return _ox_typed(value, datatype)

    def integer(self, value: int) -> Any:
        return ox.Literal(str(value), datatype=_OX_INTEGER)

    def add(self, s: Any, p: URIRef, o: Any) -> None:
        self.quads.setdefault((s, _ox_node(p), _ox_node(o) if type(o) is URIRef else o), None)

    def result(self) -> list[Any]:
        g = self.graph
        return [ox.Quad(s, p, o, g) for s, p, o in self.quads]


_OX_INTEGER = ox.NamedNode(str(XSD.integer))

#: a term of `_NQuadsWriter`: (its N-Quads form, its string value)
NTerm = tuple[str, str]
#: subject -> predicate -> objects (each term's string value), in quad order
Props = dict[str, dict[str, list[str]]]

# N-Quads' escapes in a literal, as pyoxigraph writes them: the C0 controls and DEL as \uXXXX (upper-case hex)
# but for the five with a short escape, and the quote and the backslash
_NQ_ESCAPES = {c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F)}
_NQ_ESCAPES.update(
    {0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"}
)
_NQ_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\]')


def _nq_literal(text: str) -> str:
    return '"' + (text.translate(_NQ_ESCAPES) if _NQ_NEEDS_ESCAPE.search(text) else text) + '"'


@lru_cache(maxsize=1 << 14)
def _nq_node(iri: str) -> NTerm:
    return f"<{iri}>", iri


@lru_cache(maxsize=1 << 14)
def _nq_typed(value: str, datatype: URIRef) -> NTerm:
    lexical = str(Literal(value, datatype=datatype))  # rdflib's lexical form, as `_ox_typed`
    return f"{_nq_literal(lexical)}^^<{datatype}>", lexical


_NQ_INTEGER = f"^^<{XSD.integer}>"


class _NQuadsWriter(_Writer):
    """`_Writer`'s quads as N-Quads text, with each subject's string values grouped by predicate.

    What the store's writer is handed (`ketluan.graph.store.prepare_notice`): the bytes pyoxigraph's serializer
    gives for `notice_to_ox_quads` (tested byte for byte), without building a pyoxigraph term per quad — a
    ``Quad`` with a literal object costs microseconds in the bindings, and reading ``.value`` back from each term
    for the mention index and the text rows made a new string each time.
    """

    def iri(self, iri: str) -> Any:
        return _nq_node(iri)

    def vi(self, text: str) -> Any:
        text = nfc(text)
        return _nq_literal(text) + "@vi", text

    def string(self, text: str) -> Any:
        text = nfc(text)
        return _nq_literal(text), text

    def typed(self, value: str, datatype: URIRef) -> Any:
        return _nq_typed(value, datatype)

    def integer(self, value: int) -> Any:
        v = str(value)
        return f'"{v}"{_NQ_INTEGER}', v

    def add(self, s: Any, p: URIRef, o: Any) -> None:
        self.quads.setdefault((s, _nq_node(str(p)), _nq_node(str(o)) if type(o) is URIRef else o), None)

    def result(self) -> list[Any]:
        return []  # read with `nquads`

    def nquads(self) -> tuple[str, int, Props]:
        """(the N-Quads text, the number of quads, the values by subject and predicate)."""
        g = " " + self.graph[0] + " .\n"
        props: Props = {}
        lines = []
        for s, p, o in self.quads:
            lines.append(s[0] + " " + p[0] + " " + o[0] + g)
            by = props.get(s[1])
            if by is None:
                by = props[s[1]] = {}
            values = by.get(p[1])
            if values is None:
                by[p[1]] = [o[1]]
            else:
                values.append(o[1])
        return "".join(lines), len(lines), props


def notice_to_quads(notice: records.Notice) -> list[Quad]:
    """All quads for one notice, each in the graph named by `notice_iri` (see docs/model.md).

    Keys that the notice does not define (an assignee or a post agency missing from ``notice.agencies``)
    are skipped rather than minted as untyped nodes. Raises ``ValueError`` on a span outside the text or an
    unknown deadline datatype: both are extractor bugs.
    """
    return _Writer(notice).write()


def notice_to_nquads(notice: records.Notice) -> tuple[str, int, Props]:
    """The quads of `notice_to_ox_quads` as N-Quads text (what pyoxigraph's serializer writes for them), their
    number, and their string values grouped by subject and predicate (``ketluan.graph.mentions.quad_props``)."""
    w = _NQuadsWriter(notice)
    w.write()
    return w.nquads()


def notice_to_ox_quads(notice: records.Notice) -> list[ox.Quad]:
    """The quads of `notice_to_quads`, in the same order, as pyoxigraph quads, without rdflib terms.

    Equal to ``ketluan.graph.store.to_ox_quads(notice_to_quads(notice))`` (``bench/extract_bench.py
    --compare`` and the tests check it) at a fraction of the cost: what the store's writer wants.
    """
    return _OxWriter(notice).write()
