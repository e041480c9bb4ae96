"""validate_graph() accepts the hand-written valid graph and explains each deliberate break in one line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, RDF, XSD

from ketluan.graph.errors import GraphError, QueryError, StoreError, ValidationError
from ketluan.graph.validate import (
    ValidationReport,
    Violation,
    format_report,
    format_violation,
    load_ontology,
    load_shapes,
    validate_graph,
)
from ketluan.ontology.namespaces import KL, KLI, KLT

N = "000-75893db409298154"
NOTICE = KLI[f"notice/{N}"]
D1, D2 = KLI[f"directive/{N}/1"], KLI[f"directive/{N}/2"]
MS1 = KLI[f"membership/{N}/1"]
PHONG, MAI = KLI[f"person/{N}/nguyen-thanh-phong"], KLI[f"person/{N}/tran-thi-mai"]
SO = KLI[f"agency/{N}/so-khoa-hoc-va-cong-nghe-tinh-vinh-long"]
SPAN = KLI[f"span/{N}/0-19"]
OA = "http://www.w3.org/ns/oa#"
VALID_SMALL = Path(__file__).resolve().parent.parent / "data" / "graphs" / "valid_small.trig"


def _graph(ds: Dataset) -> Graph:
    return ds.graph(NOTICE)


def _drop(s: URIRef, p: URIRef) -> Callable[[Dataset], None]:
    return lambda ds: _graph(ds).remove((s, p, None))


def _set(s: URIRef, p: URIRef, o) -> Callable[[Dataset], None]:
    return lambda ds: _graph(ds).set((s, p, o))


def _add(s: URIRef, p: URIRef, o) -> Callable[[Dataset], None]:
    return lambda ds: _graph(ds).add((s, p, o))


# fmt: off
# case -> (break the graph, focus node, path, constraint component, expected line fragment)
BROKEN = {
    "directive-without-issuedAt": (
        _drop(D1, KL.issuedAt), D1, KL.issuedAt, "MinCountConstraintComponent",
        f"Directive kli:directive/{N}/1: kl:issuedAt must occur exactly once",
    ),
    "dueBy-bad-date": (
        _set(D1, KL.dueBy, Literal("2019-13-01", datatype=XSD.date)), D1, KL.dueBy, "OrConstraintComponent",
        f'Directive kli:directive/{N}/1: kl:dueBy "2019-13-01"^^xsd:date is not a valid xsd:date',
    ),
    "dueBy-wrong-datatype": (
        _set(D2, KL.dueBy, Literal("30/6/2019")), D2, KL.dueBy, "OrConstraintComponent",
        f'Directive kli:directive/{N}/2: kl:dueBy "30/6/2019" is not a valid xsd:date, xsd:gYearMonth or xsd:gYear',
    ),
    "membership-member-is-agency": (
        _set(MS1, ORG.member, SO), MS1, ORG.member, "ClassConstraintComponent",
        f"Membership kli:membership/{N}/1: org:member kli:agency/{N}/so-khoa-hoc-va-cong-nghe-tinh-vinh-long "
        "must occur exactly once and point to a kl:Person",
    ),
    "person-without-name": (
        _drop(MAI, FOAF.name), MAI, FOAF.name, "MinCountConstraintComponent",
        f"Person kli:person/{N}/tran-thi-mai: foaf:name must occur exactly once",
    ),
    "person-typed-agency": (
        _add(PHONG, RDF.type, KL.Agency), PHONG, None, "NotConstraintComponent",
        f"Person kli:person/{N}/nguyen-thanh-phong: is typed both kl:Person and kl:Agency",
    ),
    "directive-untyped": (
        _drop(D2, RDF.type), D2, None, "ClassConstraintComponent",
        "uses kl:Directive properties but is not typed kl:Directive (shape DirectiveTypeShape)",
    ),
    "topic-outside-scheme": (
        _set(D2, KL.topic, KLT["no-such-topic"]), D2, KL.topic, "ClassConstraintComponent",
        "kl:topic klt:no-such-topic must point to a skos:Concept in klt:scheme",
    ),
    "selector-start-after-end": (
        _set(SPAN, URIRef(OA + "start"), Literal(25)), SPAN, URIRef(OA + "start"), "LessThanOrEqualsConstraintComponent",
        f'TextPositionSelector kli:span/{N}/0-19: oa:start "25"^^xsd:integer must occur exactly once',
    ),
    "notice-bad-hash": (
        _set(NOTICE, KL.contentHash, Literal("ABC")), NOTICE, KL.contentHash, "PatternConstraintComponent",
        f'Notice kli:notice/{N}: kl:contentHash "ABC" must occur exactly once, as 64 lower-case hex digits',
    ),
    "agency-label-without-language": (
        _set(SO, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal("Sở KH&CN")), SO,
        URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), "DatatypeConstraintComponent",
        "skos:prefLabel \"Sở KH&CN\" must occur exactly once, as the full name tagged @vi",
    ),
}
# fmt: on


@pytest.fixture(scope="module")
def valid_report() -> ValidationReport:
    return validate_graph(Dataset().parse(VALID_SMALL, format="trig"))


def test_validate_valid_small_conforms(valid_report: ValidationReport) -> None:
    assert valid_report.violations == [], format_report(valid_report)
    assert valid_report.conforms
    assert format_report(valid_report) == "Conforms to the ketluan shapes: 0 violation(s)."


def test_validate_valid_small_conforms_with_rdfs_inference(valid_small: Dataset) -> None:
    report = validate_graph(valid_small, inference="rdfs")
    assert report.conforms, format_report(report)


def test_validate_accepts_a_plain_graph(valid_small: Dataset) -> None:
    union = Graph()
    for s, p, o, _ in valid_small.quads((None, None, None, None)):
        union.add((s, p, o))
    assert validate_graph(union).conforms


def test_validate_does_not_modify_input(valid_small: Dataset) -> None:
    before = len(list(valid_small.quads((None, None, None, None))))
    validate_graph(valid_small)
    assert len(list(valid_small.quads((None, None, None, None)))) == before


def test_validate_valid_small_selectors_quote_the_text(valid_small: Dataset) -> None:
    """The fixture's offsets are right: oa:exact == schema:text[oa:start:oa:end] (habit 2)."""
    g = _graph(valid_small)
    text = str(g.value(NOTICE, URIRef("http://schema.org/text")))
    selectors = list(g.subjects(RDF.type, URIRef(OA + "TextPositionSelector")))
    assert len(selectors) >= 10
    for sel in selectors:
        start, end = int(g.value(sel, URIRef(OA + "start"))), int(g.value(sel, URIRef(OA + "end")))
        assert text[start:end] == str(g.value(sel, URIRef(OA + "exact"))), sel


@pytest.mark.parametrize("case", list(BROKEN))
def test_validate_reports_broken_variant(valid_small: Dataset, case: str) -> None:
    breaker, focus, path, component, fragment = BROKEN[case]
    breaker(valid_small)
    report = validate_graph(valid_small)
    assert not report.conforms
    matches = [
        v for v in report.violations if v.focus_node == focus and v.path == path and v.component == component
    ]
    text = format_report(report)
    assert matches, f"expected a {component} on {focus} {path}; got:\n{text}"
    assert matches[0].severity == "Violation"
    assert fragment in format_violation(matches[0]), text
    assert "\n" not in format_violation(matches[0])


def test_validate_dueBy_bad_date_reports_only_that(valid_small: Dataset) -> None:
    BROKEN["dueBy-bad-date"][0](valid_small)
    report = validate_graph(valid_small)
    assert len(report.violations) == 1, format_report(report)
    violation = report.violations[0]
    assert violation.value == Literal("2019-13-01", datatype=XSD.date)
    assert violation.shape == "DirectiveShape"
    assert violation.focus_class == KL.Directive
    assert format_report(report).splitlines()[-1] == "Does not conform to the ketluan shapes: 1 violation(s)."


def test_validate_honorific_is_a_warning_only(valid_small: Dataset) -> None:
    _set(MAI, FOAF.name, Literal("Bà Trần Thị Mai"))(valid_small)
    report = validate_graph(valid_small)
    assert report.conforms, "warnings must not break conformance"
    assert [v.severity for v in report.violations] == ["Warning"]
    assert format_report(report).startswith("Warning: Person ")


def test_validate_raise_for_violations_is_one_actionable_line(valid_small: Dataset) -> None:
    BROKEN["person-without-name"][0](valid_small)
    with pytest.raises(ValidationError) as caught:
        validate_graph(valid_small).raise_for_violations()
    message = str(caught.value)
    assert "\n" not in message and "ketluan validate" in message and "foaf:name" in message
    assert isinstance(caught.value.report, ValidationReport)


def test_validate_rejects_unknown_inference(valid_small: Dataset) -> None:
    with pytest.raises(ValidationError, match='use "none" or "rdfs"'):
        validate_graph(valid_small, inference="owlrl")  # type: ignore[arg-type]


def test_validate_rejects_non_graph() -> None:
    with pytest.raises(ValidationError, match="needs an rdflib Graph or Dataset"):
        validate_graph("tests/data/graphs/valid_small.trig")  # type: ignore[arg-type]


def test_validate_load_ontology_returns_fresh_graph() -> None:
    first = load_ontology()
    assert (KL.Directive, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")) in first
    first.remove((None, None, None))
    assert len(load_ontology()) > 400
    assert len(load_shapes()) > 100


def test_validate_violation_formats_without_path_or_value() -> None:
    line = format_violation(
        Violation(focus_node=D1, path=None, message="is broken", severity="Violation", shape="DirectiveShape",
                  focus_class=KL.Directive)
    )  # fmt: skip
    assert line == f"Directive kli:directive/{N}/1: is broken (shape DirectiveShape)"


def test_errors_share_one_base() -> None:
    for cls in (ValidationError, StoreError, QueryError):
        assert issubclass(cls, GraphError)
