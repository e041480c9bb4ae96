"""OWL consistency checking with HermiT (through owlready2) over bounded slices of the store.

    >>> from ketluan.graph.reason import reason_store, format_reason_report
    >>> report = reason_store(store)                         # doctest: +SKIP
    >>> print("\\n".join(format_reason_report(report)))       # doctest: +SKIP
    000_75893db409298154.txt: consistent (248 individuals, 1.2 s)
    003_1bb04b93bebcb067.txt: INCONSISTENT — kli:person/… is typed both kl:Agency and kl:Person, which the
    ontology declares disjoint (owl:disjointWith)

**The bound.** HermiT's time grows superlinearly with the number of individuals once it has types to infer
(``bench/REASON.md``: 1,000 untyped individuals 2.8 s, 3,000 14 s, 5,000 24 s; the issue measured 144 s for
5,000), and every slice pays ~1 s of JVM start-up, so the whole store is never handed to it. Each *slice* is

- the ontology graph ``kli:graph/ontology`` (ontology + topic scheme; the packaged files if the store lacks it),
- plus ONE notice graph,
- plus the triples of ``kli:graph/resolved`` whose subject or object is a node of that notice (its
  ``owl:sameAs`` links, the resolved memberships ``kl:statedIn`` it), and the ``rdf:type`` triples (from any
  graph) of the nodes it is ``owl:sameAs`` — so a person of this notice linked to a canonical node, or to
  another notice's node, typed as an agency is caught. One ``owl:sameAs`` step only: a canonical node linked
  from a thousand notices does not pull them all in.

A slice with more than ``max_individuals`` individuals (default `DEFAULT_MAX_INDIVIDUALS`; an individual is
any IRI or blank node the slice's data triples use as subject or as a non-``rdf:type`` object) is refused,
never reasoned over. `reason_slice` checks any other bounded set of triples (e.g. the entities a question
touches) the same way.

**What HermiT is given.** HermiT reads only the OWL 2 datatype map, so each slice is rewritten first:

- ``xsd:date`` → ``xsd:dateTime`` at midnight (``"2019-06-30"`` → ``"2019-06-30T00:00:00"``, time zone kept);
- ``xsd:gYearMonth`` and ``xsd:gYear`` are CONVERTED (not dropped) to the ``xsd:dateTime`` at the start of the
  period (``"2018-02"`` → ``"2018-02-01T00:00:00"``, ``"2021"`` → ``"2021-01-01T00:00:00"``), so ``kl:dueBy``
  still counts for functionality and range; no axiom compares date values, so the instant chosen is moot;
- the same three datatypes in the ontology (``rdfs:range`` of ``kl:issuedOn``, ``kl:heldOn``, ``kl:dueBy``)
  become ``xsd:dateTime``; other datatypes outside the map (``xsd:time``, ``xsd:duration``, ``xsd:gMonth``, …)
  become ``rdfs:Literal`` in the ontology and their literals are dropped (a note says how many), because HermiT
  stops with ``UnsupportedDatatypeException`` on them;
- ``rdf:langString`` is fine (HermiT accepts it, though it does not enforce it as a range: a plain string as
  ``kl:text`` passes); ``xsd:string``, ``xsd:integer`` and the rest of the map are fine;
- ill-typed literals (``"2019-13-01"^^xsd:date``, ``"abc"^^xsd:integer``) make owlready2's parser or HermiT
  crash with a stack trace; they are reported as problems (OWL counts an ill-typed literal as a contradiction,
  so the slice is inconsistent) and left out of what HermiT sees, so the rest is still checked;
- ``schema:text`` (the notice's full text, ~10 kB, no axiom mentions it) is dropped.

**Why it is inconsistent.** HermiT only answers "inconsistent". After that answer `explain_inconsistency` runs
targeted checks on the slice and names the individuals and the axiom: two classes declared disjoint
(``owl:disjointWith`` or ``owl:AllDisjointClasses``, through ``rdfs:subClassOf``, ``rdfs:domain``/
``rdfs:range`` of the properties used and ``owl:sameAs``/functional-property merges), a functional data property
with two values, a literal outside a data property's range, a node typed ``owl:Nothing``, ``owl:differentFrom``
between merged nodes. If none applies it says so, with the slice's size.

**Inferences the queries rely on** (`materialise_inferences`, graph ``kli:graph/inferred``):

- materialised: ``?s kl:X ?o`` for every ``kl:`` super-property ``kl:X`` of a property used (today: ``kl:chair``
  ⊑ ``kl:participant``), and ``?x a kl:C`` for every ``kl:`` superclass ``kl:C`` of an asserted class (today:
  ``kl:CollectiveAgency`` ⊑ ``kl:Agency``) — only where the triple is not already asserted somewhere, so the
  union default graph holds no duplicates. Super-properties and classes outside ``kl:`` (``schema:attendee``,
  ``org:Organization``, …) are not materialised: the contract has the ingester assert them, and no query asks;
- left to SPARQL property paths: ``org:subOrganizationOf+`` (transitive sub-organisation) and
  ``(owl:sameAs|^owl:sameAs)*`` (identity). Materialising the closure of ``org:subOrganizationOf`` into the
  union graph would make every ancestor a direct parent and break the level count of ``agency_hierarchy.rq``;
- the graph is a snapshot: re-run `materialise_inferences` after ingesting or removing notices.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Literal as TypingLiteral

import pyoxigraph as ox

from ketluan.graph.errors import GraphError, StoreError
from ketluan.graph.store import ONTOLOGY_FILES, ONTOLOGY_GRAPH, Store
from ketluan.ontology.namespaces import KLI, PREFIXES

__all__ = [
    "DEFAULT_MAX_INDIVIDUALS",
    "INFERRED_GRAPH",
    "IllTypedLiteral",
    "RESOLVED_GRAPH",
    "ReasonError",
    "ReasonReport",
    "SliceResult",
    "explain_inconsistency",
    "count_individuals",
    "format_reason_report",
    "hermit_literal",
    "materialise_inferences",
    "notice_slice",
    "ontology_triples",
    "reason_slice",
    "reason_store",
    "run_hermit",
]

#: Largest slice handed to HermiT (individuals); chosen from the timings in bench/REASON.md.
DEFAULT_MAX_INDIVIDUALS = 2000
#: Facts merged across notices (owl:sameAs, canonical nodes), written by entity resolution.
RESOLVED_GRAPH = str(KLI["graph/resolved"])
#: What `materialise_inferences` writes.
INFERRED_GRAPH = str(KLI["graph/inferred"])
#: At most this many problems are listed per slice; the rest are counted.
MAX_PROBLEMS = 20

Status = TypingLiteral["consistent", "inconsistent", "refused", "error"]

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_OWL = "http://www.w3.org/2002/07/owl#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_KL = PREFIXES["kl"]

_TYPE = _RDF + "type"
_FIRST, _REST, _NIL = _RDF + "first", _RDF + "rest", _RDF + "nil"
_SAME_AS = _OWL + "sameAs"
_DIFFERENT_FROM = _OWL + "differentFrom"
_NOTHING = _OWL + "Nothing"
_LANG_STRING = _RDF + "langString"
_XSD_STRING = _XSD + "string"
_DATE_TIME = ox.NamedNode(_XSD + "dateTime")
_RDFS_LITERAL = ox.NamedNode(_RDFS + "Literal")

#: Literals of these predicates are dropped before reasoning: big, and no axiom mentions them.
DROPPED_PREDICATES = frozenset({"http://schema.org/text"})

#: The OWL 2 datatype map (OWL 2 Structural Specification §4) plus rdf:langString: all HermiT reads.
_OWL2_DATATYPES = frozenset(
    [_RDF + n for n in ("PlainLiteral", "XMLLiteral", "langString")]
    + [_RDFS + "Literal", _OWL + "real", _OWL + "rational"]
    + [
        _XSD + n
        for n in (
            "decimal integer nonNegativeInteger nonPositiveInteger positiveInteger negativeInteger long int "
            "short byte unsignedLong unsignedInt unsignedShort unsignedByte double float string "
            "normalizedString token language Name NCName NMTOKEN boolean hexBinary base64Binary anyURI "
            "dateTime dateTimeStamp"
        ).split()
    ]
)
#: Datatypes outside the map that become xsd:dateTime (at the start of the day, month or year).
_DATE_LIKE = frozenset({_XSD + "date", _XSD + "gYearMonth", _XSD + "gYear"})

_TZ = r"(Z|[+-]\d{2}:\d{2})?"
_DATE_RE = {
    _XSD + "date": re.compile(rf"^(-?\d{{4,}})-(\d{{2}})-(\d{{2}}){_TZ}$"),
    _XSD + "gYearMonth": re.compile(rf"^(-?\d{{4,}})-(\d{{2}})(){_TZ}$"),
    _XSD + "gYear": re.compile(rf"^(-?\d{{4,}})()(){_TZ}$"),
}
_DATE_TIME_RE = re.compile(rf"^(-?\d{{4,}})-(\d{{2}})-(\d{{2}})T(\d{{2}}):(\d{{2}}):(\d{{2}})(\.\d+)?{_TZ}$")
_INTEGER_RE = re.compile(r"^[+-]?\d+$")
_DECIMAL_RE = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_DOUBLE_RE = re.compile(r"^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|[+-]?INF|NaN)$")
#: Integer datatypes: (lowest, highest) value, None = unbounded.
_INTEGER_BOUNDS: dict[str, tuple[int | None, int | None]] = {
    _XSD + "integer": (None, None),
    _XSD + "nonNegativeInteger": (0, None),
    _XSD + "positiveInteger": (1, None),
    _XSD + "nonPositiveInteger": (None, 0),
    _XSD + "negativeInteger": (None, -1),
    _XSD + "long": (-(2**63), 2**63 - 1),
    _XSD + "int": (-(2**31), 2**31 - 1),
    _XSD + "short": (-(2**15), 2**15 - 1),
    _XSD + "byte": (-128, 127),
    _XSD + "unsignedLong": (0, 2**64 - 1),
    _XSD + "unsignedInt": (0, 2**32 - 1),
    _XSD + "unsignedShort": (0, 2**16 - 1),
    _XSD + "unsignedByte": (0, 255),
}
#: Which literal datatypes a data-property range admits; a range not listed admits only itself.
_RANGE_ADMITS: dict[str, frozenset[str]] = {
    _XSD_STRING: frozenset(
        _XSD + n for n in "string normalizedString token language Name NCName NMTOKEN".split()
    ),
    _LANG_STRING: frozenset({_LANG_STRING, _XSD_STRING}),  # measured: HermiT lets a plain string through
    _RDF + "PlainLiteral": frozenset({_LANG_STRING, _XSD_STRING}),
    _XSD + "decimal": frozenset({_XSD + "decimal", *_INTEGER_BOUNDS}),
    _XSD + "integer": frozenset(_INTEGER_BOUNDS),
    _XSD + "dateTime": frozenset({_XSD + "dateTime", _XSD + "dateTimeStamp"}),
    _XSD + "date": frozenset({_XSD + "date"}),
}


class ReasonError(GraphError):
    """OWL reasoning could not run at all (no Java, owlready2 missing)."""


class IllTypedLiteral(ValueError):
    """A literal whose lexical form is not in its datatype's lexical space (`hermit_literal` raises it)."""


# ---------------------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class SliceResult:
    """The outcome for one slice (one notice, unless built by `reason_slice` from other triples).

    ``status``: ``"consistent"``, ``"inconsistent"``, ``"refused"`` (bigger than the bound, not reasoned over)
    or ``"error"`` (HermiT or owlready2 failed; ``problems`` says how). ``problems`` are plain-English lines;
    ``notes`` say what was left out of HermiT's input. ``individuals`` is what the bound is compared with,
    ``triples`` counts the slice's data triples (the ontology not included), ``seconds`` covers the whole
    slice, HermiT included.
    """

    notice: str
    source_file: str
    status: Status
    individuals: int
    triples: int
    seconds: float
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def consistent(self) -> bool:
        """True only when HermiT ran and found the slice consistent (a refused slice is not)."""
        return self.status == "consistent"

    @property
    def name(self) -> str:
        """The source file, else the notice IRI shortened (or the slice's label)."""
        if self.source_file:
            return self.source_file
        return _short_iri(self.notice) if _is_iri(self.notice) else self.notice


@dataclass(slots=True)
class ReasonReport:
    """Per-slice results of `reason_store` plus the bound they were run with."""

    slices: list[SliceResult]
    max_individuals: int
    seconds: float = 0.0

    @property
    def consistent(self) -> bool:
        """True when every slice was reasoned over and found consistent (nothing refused or failed)."""
        return all(s.consistent for s in self.slices)

    def count(self, status: Status) -> int:
        return sum(1 for s in self.slices if s.status == status)

    @property
    def individuals(self) -> int:
        """Individuals over all slices (a node linked from two notices counts twice)."""
        return sum(s.individuals for s in self.slices)

    @property
    def largest(self) -> int:
        """The largest slice, in individuals."""
        return max((s.individuals for s in self.slices), default=0)


# ---------------------------------------------------------------------------------------------------------
# The public entry points
# ---------------------------------------------------------------------------------------------------------


def reason_store(
    store: Store, *, notices: Sequence[str] | None = None, max_individuals: int = DEFAULT_MAX_INDIVIDUALS
) -> ReasonReport:
    """Check every notice (or only ``notices``: IRIs, file names or paths) slice by slice with HermiT.

    One slice per notice (see the module docstring); a slice above ``max_individuals`` is refused with a
    message naming the notice. Raises `StoreError` for a notice not in the store, `ReasonError` without Java.
    """
    started = time.perf_counter()
    _require_java()
    ontology = ontology_triples(store)
    results = []
    for iri, source_file in _select_notices(store, notices):
        data = notice_slice(store, iri)
        results.append(
            reason_slice(data, ontology, notice=iri, source_file=source_file, max_individuals=max_individuals)
        )
    return ReasonReport(results, max_individuals, time.perf_counter() - started)


def reason_slice(
    data: Iterable[ox.Triple | ox.Quad],
    ontology: Sequence[ox.Triple] | None = None,
    *,
    notice: str = "slice",
    source_file: str = "",
    max_individuals: int = DEFAULT_MAX_INDIVIDUALS,
) -> SliceResult:
    """Check ``data`` (+ ``ontology``, default: the packaged ontology) with HermiT; refuse it above the bound.

    Use it for a slice other than a notice, e.g. the triples about the entities a question touches.
    """
    started = time.perf_counter()
    triples = [ox.Triple(t.subject, t.predicate, t.object) for t in data]
    ontology = list(ontology) if ontology is not None else _packaged_ontology()
    result = SliceResult(notice, source_file, "consistent", count_individuals(triples), len(triples), 0.0)
    if result.individuals > max_individuals:
        result.status = "refused"
        result.problems.append(
            f"not reasoned over: its slice has {result.individuals:,} individuals, above the bound of "
            f"{max_individuals:,} (HermiT's time grows superlinearly with individuals); check a smaller slice "
            "or raise the bound"
        )
    else:
        _check(result, ontology, triples)
    result.seconds = time.perf_counter() - started
    return result


def format_reason_report(report: ReasonReport) -> list[str]:
    """The report as plain lines: one per slice (plus indented problems and notes), then a summary."""
    lines: list[str] = []
    for s in report.slices:
        lines.extend(_format_slice(s))
    lines.append(_summary(report))
    return lines


# ---------------------------------------------------------------------------------------------------------
# Building a slice
# ---------------------------------------------------------------------------------------------------------


def ontology_triples(store: Store) -> list[ox.Triple]:
    """The store's ontology graph as triples; the packaged ontology files when the store has none."""
    graph = ox.NamedNode(ONTOLOGY_GRAPH)
    triples = [
        ox.Triple(q.subject, q.predicate, q.object)
        for q in store.ox.quads_for_pattern(None, None, None, graph)
    ]
    return triples or _packaged_ontology()


def _packaged_ontology() -> list[ox.Triple]:
    root = resources.files("ketluan.ontology")
    triples: list[ox.Triple] = []
    for name in ONTOLOGY_FILES:
        f = root.joinpath(name)
        if f.is_file():
            triples.extend(ox.parse(f.read_bytes(), format=ox.RdfFormat.TURTLE, rename_blank_nodes=True))
    return triples


def _select_notices(store: Store, wanted: Sequence[str] | None) -> list[tuple[str, str]]:
    """``(notice IRI, source file)`` for each wanted notice (all when ``wanted`` is None), in store order."""
    stored = [(iri, f) for iri, f, _ in store.notices()]
    if wanted is None:
        return stored
    by_key = {iri: (iri, f) for iri, f in stored} | {f: (iri, f) for iri, f in stored}
    out = []
    for key in wanted:
        hit = by_key.get(key) or by_key.get(Path(key).name)
        if hit is None:
            known = ", ".join(f for _, f in stored[:10]) + (" …" if len(stored) > 10 else "")
            raise StoreError(
                f"no notice {key} in store {store.path} — "
                + (f"stored notices: {known}" if stored else "the store holds no notices; check --store")
            )
        if hit not in out:
            out.append(hit)
    return out


def notice_slice(store: Store, notice: str) -> list[ox.Triple]:
    """The data triples of one notice's slice (the ontology is added by `reason_slice`).

    The notice's own graph; the triples of ``kli:graph/resolved`` whose subject or object is one of its nodes;
    and the rdf:type triples (from any graph) of the nodes those link it to by owl:sameAs — the canonical
    node, or another notice's node. Only one owl:sameAs step is taken, so a canonical node linked from a
    thousand notices does not pull all of them in: each notice is checked against the canonical node's types.
    """
    graph = ox.NamedNode(notice)
    triples = {
        ox.Triple(q.subject, q.predicate, q.object)
        for q in store.ox.quads_for_pattern(None, None, None, graph)
    }
    resolved = ox.NamedNode(RESOLVED_GRAPH)
    if not store.ox.contains_named_graph(resolved):
        return list(triples)
    nodes = _nodes(triples)
    linked = set()
    for node in nodes:
        for q in store.ox.quads_for_pattern(node, None, None, resolved):
            triples.add(ox.Triple(q.subject, q.predicate, q.object))
            if q.predicate.value == _SAME_AS:
                linked.add(q.object)
        for q in store.ox.quads_for_pattern(None, None, node, resolved):
            triples.add(ox.Triple(q.subject, q.predicate, q.object))
            if q.predicate.value == _SAME_AS:
                linked.add(q.subject)
    type_ = ox.NamedNode(_TYPE)
    for node in linked - nodes:
        if not isinstance(node, ox.Literal):
            triples.update(
                ox.Triple(q.subject, q.predicate, q.object)
                for q in store.ox.quads_for_pattern(node, type_, None, None)
            )
    return list(triples)


def _nodes(triples: Iterable[ox.Triple]) -> set:
    """Individuals: subjects, and non-literal objects except those of rdf:type (classes)."""
    nodes = set()
    for t in triples:
        nodes.add(t.subject)
        if not isinstance(t.object, ox.Literal) and t.predicate.value != _TYPE:
            nodes.add(t.object)
    return nodes


def count_individuals(triples: Iterable[ox.Triple]) -> int:
    """How many individuals the data triples mention (the number the bound applies to)."""
    return len(_nodes(triples))


# ---------------------------------------------------------------------------------------------------------
# Making a slice readable by HermiT
# ---------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Prepared:
    triples: list[ox.Triple]
    ill_typed: list[ox.Triple] = field(default_factory=list)
    dropped: dict[str, int] = field(default_factory=dict)  # datatype -> literals dropped


def _prepare(ontology: Iterable[ox.Triple], data: Iterable[ox.Triple]) -> _Prepared:
    """Ontology + data with every datatype HermiT cannot read converted or dropped (see module docstring)."""
    out = _Prepared([])
    dropped: dict[str, int] = defaultdict(int)
    for t in ontology:
        out.triples.append(ox.Triple(_hermit_term(t.subject), t.predicate, _hermit_term(t.object)))
    for t in data:
        if t.predicate.value in DROPPED_PREDICATES:
            continue
        obj = t.object
        if isinstance(obj, ox.Literal):
            try:
                converted = hermit_literal(obj)
            except IllTypedLiteral:
                out.ill_typed.append(t)
                continue
            if converted is None:
                dropped[obj.datatype.value] += 1
                continue
            obj = converted
        out.triples.append(ox.Triple(t.subject, t.predicate, obj))
    out.dropped = dict(dropped)
    return out


def _hermit_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An ontology term for HermiT: date-like datatypes -> xsd:dateTime, others outside the map -> rdfs:Literal."""
    if isinstance(term, ox.NamedNode) and term.value.startswith(_XSD) and term.value not in _OWL2_DATATYPES:
        return _DATE_TIME if term.value in _DATE_LIKE else _RDFS_LITERAL
    return term


def hermit_literal(lit: ox.Literal) -> ox.Literal | None:
    """``lit`` as HermiT can read it: a date-like literal as xsd:dateTime, None to drop it.

    Raises `IllTypedLiteral` when the lexical form is invalid for its datatype (HermiT and owlready2 would crash).
    """
    datatype = lit.datatype.value
    if lit.language or datatype in (_XSD_STRING, _LANG_STRING):
        return lit
    if datatype in _DATE_LIKE:
        return ox.Literal(_date_like_to_date_time(lit.value, datatype), datatype=_DATE_TIME)
    if datatype not in _OWL2_DATATYPES:
        return None
    _check_lexical(lit.value, datatype)
    return lit


def _date_like_to_date_time(value: str, datatype: str) -> str:
    match = _DATE_RE[datatype].match(value)
    if match is None:
        raise IllTypedLiteral(value)
    year, month, day, tz = match.groups()
    _valid_date(year, month or "01", day or "01")
    return f"{year}-{month or '01'}-{day or '01'}T00:00:00{tz or ''}"


def _valid_date(year: str, month: str, day: str) -> None:
    try:
        dt.date(int(year), int(month), int(day))
    except ValueError:
        raise IllTypedLiteral(f"{year}-{month}-{day}") from None


def _check_lexical(value: str, datatype: str) -> None:
    """Raise `IllTypedLiteral` if ``value`` is not a valid ``datatype`` literal (for the types we can check)."""
    if datatype in _INTEGER_BOUNDS:
        low, high = _INTEGER_BOUNDS[datatype]
        if not _INTEGER_RE.match(value):
            raise IllTypedLiteral(value)
        number = int(value)
        if (low is not None and number < low) or (high is not None and number > high):
            raise IllTypedLiteral(value)
    elif datatype == _XSD + "decimal":
        if not _DECIMAL_RE.match(value):
            raise IllTypedLiteral(value)
    elif datatype in (_XSD + "double", _XSD + "float"):
        if not _DOUBLE_RE.match(value):
            raise IllTypedLiteral(value)
    elif datatype == _XSD + "boolean":
        if value not in ("true", "false", "1", "0"):
            raise IllTypedLiteral(value)
    elif datatype in (_XSD + "dateTime", _XSD + "dateTimeStamp"):
        _check_date_time(value, stamp=datatype.endswith("Stamp"))


def _check_date_time(value: str, *, stamp: bool) -> None:
    match = _DATE_TIME_RE.match(value)
    if match is None or (stamp and not match.group(8)):
        raise IllTypedLiteral(value)
    year, month, day, hour, minute, second = match.groups()[:6]
    _valid_date(year, month, day)
    end_of_day = (hour, minute, second, match.group(7) or "") == ("24", "00", "00", "")
    if not end_of_day and (int(hour) > 23 or int(minute) > 59 or int(second) > 59):
        raise IllTypedLiteral(value)


# ---------------------------------------------------------------------------------------------------------
# Running HermiT
# ---------------------------------------------------------------------------------------------------------


def _require_java() -> None:
    """Raise `ReasonError` unless owlready2 imports and its Java executable is found."""
    try:
        import owlready2
    except ImportError as e:
        raise ReasonError(f"owlready2 is not installed ({e}) — pip install owlready2") from None
    java = owlready2.JAVA_EXE
    if not (shutil.which(java) or os.path.isfile(java)):
        raise ReasonError(
            f"Java ({java}) not found — HermiT needs a Java runtime (17 works): install one, or set "
            "owlready2.JAVA_EXE to its path"
        )


def _check(result: SliceResult, ontology: list[ox.Triple], data: list[ox.Triple]) -> None:
    """Reason over one slice that is within the bound; fill in ``result``'s status, problems and notes."""
    prepared = _prepare(ontology, data)
    for datatype, n in sorted(prepared.dropped.items()):
        result.notes.append(
            f"left out {n} literal(s) of {_short_iri(datatype)}, a datatype HermiT cannot read"
        )
    problems = [_ill_typed_problem(t) for t in prepared.ill_typed]
    verdict, failure = run_hermit(prepared.triples)
    if verdict == "error":
        result.status = "error"
        result.problems = [*problems, failure]
        return
    if verdict == "inconsistent":
        problems += explain_inconsistency(ontology, data) or [
            "HermiT found it inconsistent; no simple cause found "
            f"(slice: {result.individuals:,} individuals, {len(prepared.triples):,} triples with the ontology)"
        ]
    result.status = "inconsistent" if problems else "consistent"
    if len(problems) > MAX_PROBLEMS:
        problems = [*problems[:MAX_PROBLEMS], f"… and {len(problems) - MAX_PROBLEMS} more"]
    result.problems = problems


def run_hermit(
    triples: Sequence[ox.Triple],
) -> tuple[TypingLiteral["consistent", "inconsistent", "error"], str]:
    """Run HermiT (owlready2's ``sync_reasoner``) on ``triples`` in a fresh World.

    Returns ``(verdict, message)``; ``message`` is a one-line explanation when the verdict is ``"error"``.
    """
    import owlready2

    with tempfile.TemporaryDirectory(prefix="ketluan-reason-") as tmp:
        path = Path(tmp) / "slice.nt"
        ox.serialize(triples, str(path), format=ox.RdfFormat.N_TRIPLES)
        world = owlready2.World()
        try:
            world.get_ontology(path.as_uri()).load()
            # owlready2 leaves its temp file behind when HermiT says "inconsistent": keep it in `tmp`.
            with _tempdir(tmp):
                owlready2.sync_reasoner(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError:
            return "inconsistent", ""
        except owlready2.OwlReadyJavaError as e:
            return "error", f"HermiT failed: {_java_message(str(e))}"
        except owlready2.OwlReadyOntologyParsingError as e:
            return "error", f"owlready2 could not read the slice: {_one_line(str(e))}"
        except OSError as e:  # java vanished, disk full
            return "error", f"could not run HermiT: {_one_line(str(e))}"
        finally:
            with contextlib.suppress(Exception):
                world.close()
    return "consistent", ""


@contextlib.contextmanager
def _tempdir(path: str) -> Iterator[None]:
    saved = tempfile.tempdir
    tempfile.tempdir = path
    try:
        yield
    finally:
        tempfile.tempdir = saved


def _java_message(text: str) -> str:
    """The informative part of a Java stack trace, on one line."""
    if "OutOfMemoryError" in text:
        from owlready2 import reasoning

        return (
            f"Java ran out of memory (-Xmx{reasoning.JAVA_MEMORY}M, owlready2.reasoning.JAVA_MEMORY) — check a "
            "smaller slice or raise that setting"
        )
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    lines = [ln for ln in lines if not ln.startswith("at ") and not ln.startswith("Java error message is")]
    for i, ln in enumerate(lines):
        if "Exception" in ln or "Error" in ln:
            message = " ".join(lines[i : i + 4])
            message = re.sub(r"^Exception in thread \"main\" ", "", message)
            message = re.sub(r"\b(?:\w+\.)+(\w+(?:Exception|Error))\b", r"\1", message)
            return _truncate(_shorten_iris(message), 300)
    return _truncate(_shorten_iris(" ".join(lines)), 300) or "no message"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _truncate(text: str, n: int) -> str:
    text = _one_line(text)
    return text if len(text) <= n else text[: n - 1] + "…"


# ---------------------------------------------------------------------------------------------------------
# Explaining an inconsistency
# ---------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Axioms:
    """The ontology axioms the explanations need, keyed by IRI string (blank nodes as ``_:id``)."""

    super_classes: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    super_properties: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    domains: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    ranges: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    data_ranges: dict[str, set[str]] = field(default_factory=dict)
    disjoint: dict[frozenset[str], str] = field(default_factory=dict)
    functional: set[str] = field(default_factory=set)
    data_properties: set[str] = field(default_factory=set)
    _cache: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def classes_above(self, cls: str) -> list[str]:
        """``cls`` and its superclasses (rdfs:subClassOf, transitively), nearest first."""
        key = ("c", cls)
        if key not in self._cache:
            self._cache[key] = _closure(cls, self.super_classes)
        return self._cache[key]

    def properties_above(self, prop: str) -> list[str]:
        """``prop`` and its super-properties (rdfs:subPropertyOf, transitively), nearest first."""
        key = ("p", prop)
        if key not in self._cache:
            self._cache[key] = _closure(prop, self.super_properties)
        return self._cache[key]


def _closure(start: str, edges: dict[str, set[str]]) -> list[str]:
    """``start`` and everything above it along ``edges``, breadth first (cycles are harmless)."""
    order, todo = [start], [start]
    while todo:
        for parent in sorted(edges.get(todo.pop(0), ())):
            if parent not in order:
                order.append(parent)
                todo.append(parent)
    return order


def _key(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def _read_axioms(ontology: Iterable[ox.Triple]) -> _Axioms:
    """Collect subclass/subproperty edges, named domains and ranges, disjointness and functionality."""
    ax = _Axioms()
    spo: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for t in ontology:
        spo[_key(t.subject)][t.predicate.value].append(_key(t.object))

    def members(head: str) -> list[str]:
        out: list[str] = []
        while head and head != _NIL and len(out) < 1000:
            out += spo[head].get(_FIRST, [])
            head = (spo[head].get(_REST) or [""])[0]
        return out

    def named_or_union(cls: str) -> list[str]:
        union = spo[cls].get(_OWL + "unionOf") if cls.startswith("_:") else None
        return [m for u in union for m in members(u)] if union else [cls]

    for s, po in spo.items():
        types = set(po.get(_TYPE, ()))
        for sup in po.get(_RDFS + "subClassOf", ()):
            if not sup.startswith("_:"):
                ax.super_classes[s].add(sup)
        for sup in po.get(_RDFS + "subPropertyOf", ()):
            ax.super_properties[s].add(sup)
        for d in po.get(_RDFS + "domain", ()):
            if not d.startswith("_:"):
                ax.domains[s].add(d)
        if _OWL + "DatatypeProperty" in types:
            ax.data_properties.add(s)
            ranges = [m for r in po.get(_RDFS + "range", ()) for m in named_or_union(r)]
            if ranges:
                ax.data_ranges[s] = set(ranges)
        else:
            for r in po.get(_RDFS + "range", ()):
                if not r.startswith("_:"):
                    ax.ranges[s].add(r)
        if _OWL + "FunctionalProperty" in types:
            ax.functional.add(s)
        for other in po.get(_OWL + "disjointWith", ()):
            ax.disjoint[frozenset((s, other))] = "owl:disjointWith"  # named over owl:AllDisjointClasses
        if _OWL + "AllDisjointClasses" in types:
            group = [m for head in po.get(_OWL + "members", ()) for m in members(head)]
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    if ax.disjoint.get(frozenset((a, b))) != "owl:disjointWith":
                        ax.disjoint[frozenset((a, b))] = "owl:AllDisjointClasses"
    return ax


class _Merges:
    """Union-find over individuals, remembering why two were merged (owl:sameAs, a functional property)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.why: dict[frozenset[str], str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, why: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        self.why.setdefault(frozenset((a, b)), why)
        return True

    def groups(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for x in self.parent:
            out[self.find(x)].append(x)
        return out

    def reason(self, a: str, b: str) -> str:
        """Why ``a`` and ``b`` are one individual: the merges on the shortest path between them, in words."""
        edges: dict[str, list[str]] = defaultdict(list)
        for pair in self.why:
            x, y = sorted(pair)
            edges[x].append(y)
            edges[y].append(x)
        came_from: dict[str, str] = {a: a}
        todo = [a]
        while todo and b not in came_from:
            x = todo.pop(0)
            for y in edges[x]:
                if y not in came_from:
                    came_from[y] = x
                    todo.append(y)
        steps = []
        while b in came_from and came_from[b] != b:
            steps.append(self.why[frozenset((b, came_from[b]))])
            b = came_from[b]
        return "; ".join(reversed(steps))


def explain_inconsistency(ontology: Iterable[ox.Triple], data: Iterable[ox.Triple]) -> list[str]:
    """Plain-English causes of an inconsistency in ``ontology`` + ``data`` that simple checks can find.

    Run it after HermiT said "inconsistent": it finds disjoint classes met on one individual (asserted, through
    subclasses, domains and ranges, or merged by owl:sameAs or a functional object property), functional data
    properties with two values, literals outside a data property's range, owl:Nothing and owl:differentFrom
    between merged nodes. Returns [] when none of these applies.
    """
    ax = _read_axioms(ontology)
    data = [t for t in data if t.predicate.value not in DROPPED_PREDICATES]
    merges = _merge_individuals(ax, data)
    types = _derive_types(ax, data)
    problems = _disjoint_problems(ax, merges, types)
    problems += _functional_problems(ax, merges, data)
    problems += _data_range_problems(ax, data)
    problems += _nothing_and_different(merges, data)
    return list(dict.fromkeys(problems))


def _merge_individuals(ax: _Axioms, data: list[ox.Triple]) -> _Merges:
    """owl:sameAs, then functional object properties, to a fixpoint (a merge can make more values collide)."""
    merges = _Merges()
    for t in data:
        if t.predicate.value == _SAME_AS:
            a, b = _key(t.subject), _key(t.object)
            merges.union(a, b, f"{_short_key(a)} owl:sameAs {_short_key(b)}")
    functional = [
        t
        for t in data
        if not isinstance(t.object, ox.Literal)
        and any(p in ax.functional for p in ax.properties_above(t.predicate.value))
    ]
    changed = True
    while changed:
        changed = False
        first: dict[tuple[str, str], tuple[str, str]] = {}
        for t in functional:
            s, o = _key(t.subject), _key(t.object)
            for p in ax.properties_above(t.predicate.value):
                if p not in ax.functional:
                    continue
                seen = first.setdefault((merges.find(s), p), (o, s))
                if merges.find(seen[0]) != merges.find(o):
                    why = f"{_short_key(seen[1])} has both as its {_short_key(p)}, a functional property"
                    changed |= merges.union(seen[0], o, why)
    return merges


def _derive_types(ax: _Axioms, data: list[ox.Triple]) -> dict[str, dict[str, str]]:
    """node -> {class: how we know it} from rdf:type, rdfs:subClassOf, rdfs:domain and rdfs:range.

    "How" reads after the class: ``typed kl:CollectiveAgency, a subclass of kl:Agency``, ``as the object of
    kl:chair, whose range is kl:Person``. Asserted types are recorded first, so they win over derived ones.
    """
    types: dict[str, dict[str, str]] = defaultdict(dict)

    def add(node: str, cls: str, how: str) -> None:
        for i, sup in enumerate(ax.classes_above(cls)):
            types[node].setdefault(sup, how if i == 0 else f"{how}, a subclass of {_short_key(sup)}")

    for t in data:
        if t.predicate.value == _TYPE:
            add(_key(t.subject), _key(t.object), f"typed {_short(t.object)}")
    for t in data:
        p = t.predicate.value
        if p == _TYPE:
            continue
        for sup in ax.properties_above(p):
            via = "" if sup == p else f" (a sub-property of {_short_key(sup)})"
            for d in sorted(ax.domains.get(sup, ())):
                add(
                    _key(t.subject),
                    d,
                    f"as the subject of {_short_key(p)}{via}, whose domain is {_short_key(d)}",
                )
            if isinstance(t.object, ox.Literal):
                continue
            for r in sorted(ax.ranges.get(sup, ())):
                add(
                    _key(t.object),
                    r,
                    f"as the object of {_short_key(p)}{via}, whose range is {_short_key(r)}",
                )
    return types


def _disjoint_problems(ax: _Axioms, merges: _Merges, types: dict[str, dict[str, str]]) -> list[str]:
    """One line per pair of disjoint classes met on one individual (or on individuals merged into one)."""
    for node in types:
        merges.find(node)
    problems = []
    for members in merges.groups().values():
        found: dict[str, tuple[str, str]] = {}  # class -> (member, how)
        for m in sorted(members):
            for cls, how in types.get(m, {}).items():
                found.setdefault(cls, (m, how))
        for pair, axiom in sorted(ax.disjoint.items(), key=lambda kv: sorted(kv[0])):
            a, b = sorted(pair)
            if a in found and b in found:
                merged = merges.reason(found[a][0], found[b][0])
                problems.append(_disjoint_message((a, *found[a]), (b, *found[b]), axiom, merged))
    return problems


def _disjoint_message(a: tuple[str, str, str], b: tuple[str, str, str], axiom: str, merged: str) -> str:
    """``a`` and ``b`` are (class, individual, how) for two disjoint classes."""
    (ca, na, how_a), (cb, nb, how_b) = a, b
    tail = f"which the ontology declares disjoint ({axiom})"
    if na == nb and how_a == f"typed {_short_key(ca)}" and how_b == f"typed {_short_key(cb)}":
        return f"{_short_key(na)} is typed both {_short_key(ca)} and {_short_key(cb)}, {tail}"
    if na == nb:
        return f"{_short_key(na)} is {_what(ca, how_a)} and {_what(cb, how_b)}, {tail}"
    return (
        f"{_short_key(na)} and {_short_key(nb)} must be the same individual ({merged}), but "
        f"{_short_key(na)} is {_what(ca, how_a)} and {_short_key(nb)} is {_what(cb, how_b)}, {tail}"
    )


def _what(cls: str, how: str) -> str:
    """``kl:Person`` when asserted as such, else ``kl:Person (as the object of kl:chair, …)``."""
    return _short_key(cls) if how == f"typed {_short_key(cls)}" else f"{_short_key(cls)} ({how})"


def _functional_problems(ax: _Axioms, merges: _Merges, data: list[ox.Triple]) -> list[str]:
    values: dict[tuple[str, str], dict[tuple, tuple[str, ox.Literal]]] = defaultdict(dict)
    for t in data:
        if not isinstance(t.object, ox.Literal):
            continue
        s = _key(t.subject)
        for p in ax.properties_above(t.predicate.value):
            if p in ax.functional and p in ax.data_properties:
                values[(merges.find(s), p)].setdefault(_value_key(t.object), (s, t.object))
    problems = []
    for (_, p), found in values.items():
        if len(found) < 2:
            continue
        holders = sorted({s for s, _ in found.values()})
        shown = ", ".join(_short(lit) for _, lit in list(found.values())[:4])
        who = (
            _short_key(holders[0]) if len(holders) == 1 else " and ".join(_short_key(h) for h in holders[:3])
        )
        merged = (
            "" if len(holders) == 1 else f" (the same individual: {merges.reason(holders[0], holders[1])})"
        )
        problems.append(
            f"{who}{merged} has {len(found)} values for {_short_key(p)} ({shown}), which the ontology declares "
            "functional (at most one value; owl:FunctionalProperty)"
        )
    return problems


def _value_key(lit: ox.Literal) -> tuple:
    """Literals HermiT holds equal get the same key (a date and its midnight dateTime, "1" and "01")."""
    datatype = lit.datatype.value
    if lit.language:
        return ("lang", lit.value, lit.language.lower())
    if datatype in _RANGE_ADMITS[_XSD_STRING]:
        return ("string", lit.value)
    try:
        converted = hermit_literal(lit)
    except IllTypedLiteral:
        return ("ill-typed", lit.value, datatype)
    if converted is not None and converted.datatype == _DATE_TIME:
        return ("dateTime", converted.value)
    if datatype in _RANGE_ADMITS[_XSD + "decimal"]:
        with contextlib.suppress(InvalidOperation):
            return ("number", Decimal(lit.value))
    return ("other", lit.value, datatype)


def _data_range_problems(ax: _Axioms, data: list[ox.Triple]) -> list[str]:
    """Literals whose datatype is outside the rdfs:range of their data property (or a super-property)."""
    problems = []
    for t in data:
        if not isinstance(t.object, ox.Literal):
            continue
        datatype = t.object.datatype.value  # rdf:langString for a tagged literal, xsd:string for a plain one
        for p in ax.properties_above(t.predicate.value):
            allowed = ax.data_ranges.get(p, set())
            if not allowed or _RDFS + "Literal" in allowed:
                continue
            if any(datatype in _RANGE_ADMITS.get(r, {r}) for r in allowed):
                continue
            wanted = " or ".join(_short_key(r) for r in sorted(allowed))
            problems.append(
                f"{_short(t.subject)} has {_short_key(p)} {_short(t.object)}, but the range of "
                f"{_short_key(p)} is {wanted} (rdfs:range)"
            )
    return problems


def _nothing_and_different(merges: _Merges, data: list[ox.Triple]) -> list[str]:
    problems = []
    for t in data:
        if t.predicate.value == _TYPE and t.object.value == _NOTHING:
            problems.append(f"{_short(t.subject)} is typed owl:Nothing, the class with no members")
        if t.predicate.value == _DIFFERENT_FROM:
            a, b = _key(t.subject), _key(t.object)
            if merges.find(a) == merges.find(b):
                problems.append(
                    f"{_short_key(a)} owl:differentFrom {_short_key(b)}, yet they must be the same individual "
                    f"({merges.reason(a, b)})"
                )
    return problems


def _ill_typed_problem(t: ox.Triple) -> str:
    return (
        f"{_short(t.subject)} has {_short(t.predicate)} {_short(t.object)}, which is not a valid "
        f"{_short_iri(t.object.datatype.value)} (OWL counts an ill-typed literal as a contradiction; "
        "HermiT was run without it)"
    )


# ---------------------------------------------------------------------------------------------------------
# Printing
# ---------------------------------------------------------------------------------------------------------


def _is_iri(text: str) -> bool:
    return "://" in text


def _short_iri(iri: str) -> str:
    best = max((ns for ns in PREFIXES.values() if iri.startswith(ns)), key=len, default=None)
    if best is None:
        return f"<{iri}>"
    prefix = next(p for p, ns in PREFIXES.items() if ns == best)
    return f"{prefix}:{iri[len(best) :]}"


def _short_key(key: str) -> str:
    return key if key.startswith("_:") else _short_iri(key)


def _short(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> str:
    """``kli:person/…``, ``_:b0``, ``"2019-13-01"^^xsd:date``, ``"Sở Y tế"@vi``."""
    if isinstance(term, ox.Literal):
        text = _truncate(term.value, 60).replace('"', '\\"')
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype.value == _XSD_STRING:
            return f'"{text}"'
        return f'"{text}"^^{_short_iri(term.datatype.value)}'
    return _short_key(_key(term))


def _shorten_iris(text: str) -> str:
    """IRIs in a Java message as ``xsd:date``; sentence punctuation after an IRI stays outside it."""

    def short(m: re.Match[str]) -> str:
        iri = m.group(1)
        tail = iri[len(iri.rstrip(".,;:")) :]
        return _short_iri(iri[: len(iri) - len(tail)]) + tail

    return re.sub(r"'?<?(https?://[^\s'>]+)>?'?", short, text)


def _format_slice(s: SliceResult) -> list[str]:
    size = f"{s.individuals:,} individuals, {s.seconds:.1f} s"
    if s.status == "consistent":
        lines = [f"{s.name}: consistent ({size})"]
    else:
        label = {"inconsistent": "INCONSISTENT", "refused": "NOT CHECKED", "error": "ERROR"}[s.status]
        if len(s.problems) == 1:
            lines = [f"{s.name}: {label} — {s.problems[0]}"]
        else:
            lines = [f"{s.name}: {label} ({len(s.problems)} problems, {size})"]
            lines += [f"    - {p}" for p in s.problems]
    lines += [f"    note: {n}" for n in s.notes]
    return lines


def _summary(report: ReasonReport) -> str:
    if not report.slices:
        return "OWL reasoning (HermiT): no notices to check."
    counts = [
        f"{report.count('consistent')} consistent",
        f"{report.count('inconsistent')} inconsistent",
    ]
    if report.count("refused"):
        counts.append(f"{report.count('refused')} not checked (too big)")
    if report.count("error"):
        counts.append(f"{report.count('error')} failed")
    return (
        f"OWL reasoning (HermiT): {', '.join(counts)} — one slice per notice (ontology + the notice + its "
        f"owl:sameAs links), at most {report.max_individuals:,} individuals each (largest {report.largest:,}); "
        f"{report.seconds:.1f} s."
    )


# ---------------------------------------------------------------------------------------------------------
# Materialising the inferences queries rely on
# ---------------------------------------------------------------------------------------------------------


def materialise_inferences(store: Store) -> int:
    """Rewrite ``kli:graph/inferred`` (one transaction) with the ``kl:`` super-properties and superclasses of
    the asserted triples that are not asserted already; return how many triples it holds.

    One SPARQL update, run inside the store, so it stays fast on a million triples (each rule is a lookup by
    predicate or class). Which inferences are materialised and which are left to property paths: see the
    module docstring.
    """
    ax = _read_axioms(ontology_triples(store))
    graph = f"<{INFERRED_GRAPH}>"
    operations = [f"DROP SILENT GRAPH {graph}"]
    for sub, sup in _kl_pairs(ax.super_properties):
        operations.append(
            f"INSERT {{ GRAPH {graph} {{ ?s <{sup}> ?o }} }} WHERE {{ GRAPH ?g {{ ?s <{sub}> ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s <{sup}> ?o }} }} }}"
        )
    for sub, sup in _kl_pairs(ax.super_classes):
        operations.append(
            f"INSERT {{ GRAPH {graph} {{ ?s a <{sup}> }} }} WHERE {{ GRAPH ?g {{ ?s a <{sub}> }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s a <{sup}> }} }} }}"
        )
    try:
        store.ox.update(" ;\n".join(operations))
    except OSError as e:
        raise StoreError(
            f"cannot write {_short_iri(INFERRED_GRAPH)} to store {store.path}: {_one_line(str(e))}"
        ) from None
    return sum(1 for _ in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(INFERRED_GRAPH)))


def _kl_pairs(edges: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(sub, super) for every kl: super-term reachable from a term (transitively), sub ≠ super."""
    pairs = []
    for sub in sorted(edges):
        if sub.startswith("_:"):
            continue
        closure = _closure(sub, edges)
        pairs += [(sub, sup) for sup in closure[1:] if sup.startswith(_KL)]
    return pairs
