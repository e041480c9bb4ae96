"""The SHACL shapes (ontology/shapes.ttl) are complete, explained and cheap to run."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import ORG, RDF, SH

from ketluan.ontology.namespaces import KL

OA_SELECTOR = URIRef("http://www.w3.org/ns/oa#TextPositionSelector")


def _all_shapes(shapes: Graph) -> set:
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    return node_shapes | set(shapes.objects(None, SH.property))


@pytest.mark.parametrize(
    "cls", [KL.Notice, KL.Meeting, KL.Person, KL.Agency, KL.Directive, ORG.Membership, ORG.Role, OA_SELECTOR]
)
def test_shapes_target_every_class(shapes: Graph, cls: URIRef) -> None:
    assert list(shapes.subjects(SH.targetClass, cls)), f"no shape has sh:targetClass {cls}"


def test_shapes_every_shape_has_an_english_message(shapes: Graph) -> None:
    missing = [s for s in _all_shapes(shapes) if shapes.value(s, SH.message) is None]
    assert not missing, (
        f"{len(missing)} shape(s) without sh:message, e.g. paths {[shapes.value(s, SH.path) for s in missing][:5]}"
    )


def test_shapes_use_no_sparql_constraints(shapes: Graph) -> None:
    assert not list(shapes.subjects(SH.sparql, None)), (
        "SPARQL constraints are slow in pyshacl; use core constraints"
    )
