"""Plain records produced by the extractors and consumed by `to_rdf`.

Records hold no RDF: the extractors stay pure (text in, records out) and
`ketluan.ingest.to_rdf` is the one place that turns them into triples. Every
extracted fact keeps a `Span` into the normalised text so that a triple can
always be traced back to the words it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ketluan.ingest.changes import ChangeEvent


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` into the notice's normalised text."""

    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]

    def shift(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset)


@dataclass(slots=True)
class Deadline:
    """A canonical due date: ``value`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; ``datatype`` says which."""

    value: str
    datatype: str  # "date" | "gYearMonth" | "gYear"
    span: Span


@dataclass(slots=True)
class Agency:
    """One body named in a notice, with its canonical full name.

    ``key`` is unique within the notice and stable across runs (it feeds the IRI).
    ``parent`` is the key of the body it belongs to (`org:subOrganizationOf`).
    """

    key: str
    name: str  # canonical full name, e.g. "Sở Khoa học và Công nghệ tỉnh Vĩnh Long"
    kind: str  # "so", "phong", "ubnd", "huyen", "collective", ... (see lang/vi/agencies)
    surfaces: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    province: str | None = None
    district: str | None = None
    parent: str | None = None
    collective: bool = False


@dataclass(slots=True)
class Person:
    key: str
    name: str  # without honorific, NFC
    surfaces: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    honorific: str | None = None


@dataclass(slots=True)
class Post:
    """A person's post in an agency as stated in this notice (an `org:Membership`)."""

    person: str  # Person.key
    role: str  # canonical title, e.g. "Phó Giám đốc"
    role_surface: str  # as written, e.g. "P. Giám đốc"
    agency: str | None  # Agency.key
    span: Span


@dataclass(slots=True)
class Directive:
    text: str
    span: Span
    assignees: list[str] = field(default_factory=list)  # Agency.key or Person.key
    supports: list[str] = field(default_factory=list)  # Agency.key
    topics: list[str] = field(default_factory=list)  # klt: local names, e.g. "metrology"
    due: Deadline | None = None


@dataclass(slots=True)
class Meeting:
    held_on: str | None = None  # "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:00"
    held_on_span: Span | None = None
    location: str | None = None
    location_span: Span | None = None
    organizers: list[str] = field(default_factory=list)  # Agency keys
    chairs: list[str] = field(default_factory=list)  # Person keys
    participants: list[str] = field(default_factory=list)  # Person keys (chairs included)
    participating_agencies: list[str] = field(default_factory=list)
    absent_agencies: list[str] = field(default_factory=list)
    province: str | None = None
    span: Span | None = None


@dataclass(slots=True)
class Notice:
    source_file: str
    content_hash: str
    text: str
    title: str | None = None
    title_span: Span | None = None
    document_number: str | None = None
    document_number_span: Span | None = None
    issued_on: str | None = None
    issued_on_span: Span | None = None
    place: str | None = None
    issuer: str | None = None  # Agency key
    signer: str | None = None  # Person key
    signer_span: Span | None = None
    recipients: list[str] = field(default_factory=list)  # Agency keys
    province: str | None = None
    layout: str = "notice"  # "notice" (formal, NĐ 30/2020 layout) or "news" (press report)
    meeting: Meeting = field(default_factory=Meeting)
    persons: dict[str, Person] = field(default_factory=dict)
    agencies: dict[str, Agency] = field(default_factory=dict)
    posts: list[Post] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    changes: list[ChangeEvent] = field(default_factory=list)  # mergers, renames … the notice states
