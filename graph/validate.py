"""Check a ketluan graph against the SHACL shapes (``ontology/shapes.ttl``) with pyshacl.

    >>> from ketluan.graph.validate import validate_graph, format_report
    >>> report = validate_graph(dataset)            # doctest: +SKIP
    >>> print(format_report(report))                # doctest: +SKIP
    Directive kli:directive/x/3: kl:dueBy "2019-13-01"^^xsd:date is not a valid xsd:date, ... (shape DirectiveShape)

A :class:`rdflib.Dataset` is validated as the union of its graphs (notice graphs, ``kli:graph/resolved`` and
``kli:graph/ontology``), so a notice may point at a topic or role defined in another graph. The ontology and
topic scheme from :func:`load_ontology` are mixed in, so ``sh:class`` follows ``rdfs:subClassOf`` (a
``kl:CollectiveAgency`` is a ``kl:Agency``) and topics validate even when the store lacks the ontology graph.

Inference is off by default: the contract asks for asserted types, and RDFS inference would both hide missing
types (``rdfs:domain`` would add them) and cost far more time than the checks themselves.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Literal as TypingLiteral

from pyshacl import validate as shacl_validate
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import RDF, SH, XSD
from rdflib.term import Node

from ketluan.graph.errors import ValidationError
from ketluan.ontology.namespaces import PREFIXES

__all__ = [
    "ValidationReport",
    "Violation",
    "format_report",
    "format_violation",
    "load_ontology",
    "load_shapes",
    "validate_graph",
]

KLSH = Namespace("https://w3id.org/ketluan/shapes#")

#: Prefixes used when printing a report (the ketluan ones plus the shapes namespace).
REPORT_PREFIXES: dict[str, str] = {**PREFIXES, "klsh": str(KLSH), "sh": str(SH)}

Inference = TypingLiteral["none", "rdfs"]


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result: ``focus_node`` failed the shape ``shape`` on ``path`` (with ``value``, if any)."""

    focus_node: Node
    path: Node | None
    message: str
    severity: str  # "Violation" | "Warning" | "Info"
    value: Node | None = None
    shape: str = ""  # local name of the node shape, e.g. "DirectiveShape"
    focus_class: URIRef | None = None  # the class the shape targets (or the node's own type)
    component: str = ""  # SHACL constraint component, e.g. "MinCountConstraintComponent"


@dataclass(slots=True)
class ValidationReport:
    """The outcome of :func:`validate_graph`. ``conforms`` ignores warnings; ``violations`` lists every result."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    @property
    def errors(self) -> list[Violation]:
        """Only the results of severity ``Violation``."""
        return [v for v in self.violations if v.severity == "Violation"]

    def raise_for_violations(self) -> None:
        """Raise :class:`ValidationError` (one line, with the first violation) unless the graph conforms."""
        if self.conforms:
            return
        errors = self.errors or self.violations
        first = format_violation(errors[0])
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise ValidationError(
            f"{len(errors)} SHACL violation(s); first: {first}{more}. Run `ketluan validate` for the full list.",
            report=self,
        )


# ---------------------------------------------------------------------------------------------------------
# Loading the ontology and the shapes
# ---------------------------------------------------------------------------------------------------------


def _read_turtle(name: str) -> Graph:
    resource = files("ketluan.ontology").joinpath(name)
    graph = Graph()
    try:
        graph.parse(data=resource.read_text("utf-8"), format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise ValidationError(
            f"Cannot parse ontology/{name}: {exc}; fix the file (or reinstall ketluan) and retry."
        ) from exc
    return graph


def _bind(graph: Graph, prefixes: Mapping[str, str]) -> Graph:
    for prefix, iri in prefixes.items():
        graph.bind(prefix, iri, override=True, replace=True)
    return graph


@functools.cache
def _ontology() -> Graph:
    graph = _read_turtle("ketluan.ttl")
    if files("ketluan.ontology").joinpath("topics.ttl").is_file():
        graph += _read_turtle("topics.ttl")
    return graph


@functools.cache
def _shapes() -> Graph:
    return _bind(_read_turtle("shapes.ttl"), REPORT_PREFIXES)


def load_ontology() -> Graph:
    """A fresh graph holding ``ontology/ketluan.ttl`` and, when present, ``ontology/topics.ttl``."""
    graph = _bind(Graph(), PREFIXES)
    for triple in _ontology():
        graph.add(triple)
    return graph


def load_shapes() -> Graph:
    """A fresh graph holding the SHACL shapes of ``ontology/shapes.ttl``."""
    graph = _bind(Graph(), REPORT_PREFIXES)
    for triple in _shapes():
        graph.add(triple)
    return graph


# ---------------------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------------------


def _union(data: Graph | Dataset) -> Graph:
    """Copy ``data`` (every named graph of a Dataset) plus the ontology into one new in-memory graph."""
    merged = Graph()  # (pyshacl needs a context-aware store, so not "SimpleMemory")
    # A Dataset is a ConjunctiveGraph: take every graph, the default one included.
    if isinstance(data, ConjunctiveGraph):
        for s, p, o, *_ in data.quads((None, None, None, None)):
            merged.add((s, p, o))
    elif isinstance(data, Graph):
        for triple in data:
            merged.add(triple)
    else:
        raise ValidationError(
            f"validate_graph() needs an rdflib Graph or Dataset, not {type(data).__name__}; "
            "load the file first, e.g. rdflib.Dataset().parse(path)."
        )
    for triple in _ontology():
        merged.add(triple)
    return merged


def validate_graph(data: Graph | Dataset, *, inference: Inference = "none") -> ValidationReport:
    """Validate ``data`` against the ketluan shapes and return a :class:`ValidationReport`.

    ``data`` is not modified. ``inference="rdfs"`` expands the data with RDFS entailment first (slower, and it
    lets ``rdfs:domain``/``rdfs:range`` supply types the ingester forgot to assert).
    """
    if inference not in ("none", "rdfs"):
        raise ValidationError(f'Unknown inference mode {inference!r}; use "none" or "rdfs".')
    merged = _union(data)
    shapes = load_shapes()  # a copy: pyshacl adds a few triples to the shapes graph it is given
    try:
        conforms, results, _text = shacl_validate(
            merged,
            shacl_graph=shapes,
            inference=inference,
            inplace=True,  # `merged` is our own copy
            allow_warnings=True,
            advanced=False,
        )
    except Exception as exc:  # pyshacl wraps rdflib and SPARQL errors in several types
        raise ValidationError(f"SHACL validation could not run: {exc}") from exc
    # Several components of one property shape (e.g. sh:class and sh:node) can fail on the same value with the
    # same message; report such a failure once.
    unique: dict[tuple, Violation] = {}
    for v in sorted(_violations(results, shapes, merged), key=lambda v: v.component):
        unique.setdefault((v.focus_node, v.path, v.value, v.message, v.shape), v)
    violations = sorted(
        unique.values(), key=lambda v: (v.shape, str(v.focus_node), str(v.path or ""), str(v.value or ""))
    )
    return ValidationReport(conforms=bool(conforms), violations=violations)


def _local_name(iri: Node | None) -> str:
    text = str(iri or "")
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _violations(results: Graph, shapes: Graph, data: Graph) -> Iterable[Violation]:
    for report in results.subjects(RDF.type, SH.ValidationReport):
        for result in results.objects(report, SH.result):
            source = results.value(result, SH.sourceShape)
            node_shape = _node_shape(shapes, source)
            focus = results.value(result, SH.focusNode)
            focus_class = shapes.value(node_shape, SH.targetClass) if node_shape is not None else None
            if focus_class is None and focus is not None:
                focus_class = _kl_type(data, focus)
            messages = [str(m) for m in results.objects(result, SH.resultMessage)]
            value = results.value(result, SH.value)
            path = results.value(result, SH.resultPath)
            if path is None and value == focus:  # node-level constraints (sh:not, sh:or) repeat the focus
                value = None
            yield Violation(
                focus_node=focus,
                path=path,
                message="; ".join(sorted(messages)) or "violates the shape",
                severity=_local_name(results.value(result, SH.resultSeverity)) or "Violation",
                value=value,
                shape=_local_name(node_shape) if isinstance(node_shape, URIRef) else "",
                focus_class=focus_class if isinstance(focus_class, URIRef) else None,
                component=_local_name(results.value(result, SH.sourceConstraintComponent)),
            )


def _node_shape(shapes: Graph, shape: Node | None) -> Node | None:
    """The named node shape a result came from (property shapes are blank nodes under ``sh:property``)."""
    seen: set[Node] = set()
    while isinstance(shape, BNode) and shape not in seen:
        seen.add(shape)
        parent = shapes.value(predicate=SH.property, object=shape)
        if parent is None:
            break
        shape = parent
    return shape


def _kl_type(data: Graph, node: Node) -> URIRef | None:
    types = sorted(t for t in data.objects(node, RDF.type) if isinstance(t, URIRef))
    preferred = [t for t in types if str(t).startswith(PREFIXES["kl"])]
    return (preferred or types or [None])[0]


# ---------------------------------------------------------------------------------------------------------
# Printing
# ---------------------------------------------------------------------------------------------------------


def _short(node: Node | None, prefixes: Mapping[str, str] = REPORT_PREFIXES) -> str:
    """A readable name for ``node``: ``kli:directive/x/3``, ``"2019-13-01"^^xsd:date``, ``_:b0``."""
    if node is None:
        return ""
    if isinstance(node, Literal):
        lexical = str(node).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        if len(lexical) > 80:
            lexical = lexical[:77] + "…"
        if node.language:
            return f'"{lexical}"@{node.language}'
        if node.datatype is None or node.datatype == XSD.string:
            return f'"{lexical}"'
        return f'"{lexical}"^^{_short(node.datatype, prefixes)}'
    if isinstance(node, BNode):
        return f"_:{node}"
    text = str(node)
    best = max((iri for iri in prefixes.values() if text.startswith(iri)), key=len, default=None)
    if best is None:
        return f"<{text}>"
    prefix = next(p for p, iri in prefixes.items() if iri == best)
    return f"{prefix}:{text[len(best) :]}"


def format_violation(violation: Violation) -> str:
    """One line: ``Directive kli:directive/x/3: kl:dueBy "2019-13-01"^^xsd:date is not … (shape DirectiveShape)``."""
    kind = _local_name(violation.focus_class) if violation.focus_class is not None else "Node"
    subject = " ".join(
        part for part in (_short(violation.path), _short(violation.value), violation.message) if part
    )
    prefix = "" if violation.severity == "Violation" else f"{violation.severity}: "
    shape = f" (shape {violation.shape})" if violation.shape else ""
    return f"{prefix}{kind} {_short(violation.focus_node)}: {subject}{shape}"


def format_report(report: ValidationReport) -> str:
    """The report as text: one line per result, then a one-line summary."""
    lines = [format_violation(v) for v in report.violations]
    errors = len(report.errors)
    others = len(report.violations) - errors
    summary = (
        "Conforms to the ketluan shapes" if report.conforms else "Does not conform to the ketluan shapes"
    )
    summary += f": {errors} violation(s)"
    if others:
        summary += f", {others} warning(s)/info"
    lines.append(summary + ".")
    return "\n".join(lines)
