"""ontology/namespaces.py is generated from ontology/ketluan.ttl and stays in sync with it."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest
from rdflib import URIRef

from ketluan.graph.errors import GraphError
from ketluan.graph.namespaces_gen import HEADER, main, render_namespaces
from ketluan.ontology.namespaces import KL, KLI, KLT, PREFIXES


def test_namespaces_in_sync_with_ketluan_ttl(ontology_text: str) -> None:
    checked_in = files("ketluan.ontology").joinpath("namespaces.py").read_text("utf-8")
    assert render_namespaces(ontology_text) == checked_in, (
        "ontology/namespaces.py is stale; run: python -m ketluan.graph.namespaces_gen"
    )


def test_namespaces_gen_is_deterministic(ontology_text: str) -> None:
    assert render_namespaces(ontology_text) == render_namespaces(ontology_text)
    assert render_namespaces(ontology_text).startswith(HEADER + "\n")


def test_namespaces_gen_output_compiles(ontology_text: str) -> None:
    scope: dict[str, object] = {}
    exec(compile(render_namespaces(ontology_text), "namespaces.py", "exec"), scope)
    assert scope["KL"].Directive == URIRef("https://w3id.org/ketluan/ontology#Directive")  # type: ignore[attr-defined]


def test_namespaces_gen_check_mode(tmp_path: Path, ontology_text: str) -> None:
    ttl = tmp_path / "ketluan.ttl"
    ttl.write_text(ontology_text, "utf-8")
    out = tmp_path / "namespaces.py"
    assert main(["--ttl", str(ttl), "-o", str(out), "--check"]) == 1  # missing file is out of date
    assert main(["--ttl", str(ttl), "-o", str(out)]) == 0
    assert main(["--ttl", str(ttl), "-o", str(out), "--check"]) == 0


def test_namespaces_gen_rejects_bad_identifier() -> None:
    ttl = "@prefix owl: <http://www.w3.org/2002/07/owl#> . <https://w3id.org/ketluan/ontology#due-by> a owl:DatatypeProperty ."
    with pytest.raises(GraphError, match="not a valid Python identifier"):
        render_namespaces(ttl)


def test_namespaces_gen_rejects_bad_turtle() -> None:
    with pytest.raises(GraphError, match="Cannot parse"):
        render_namespaces("this is not turtle")


def test_namespaces_kl_is_closed() -> None:
    assert KL.dueBy == URIRef("https://w3id.org/ketluan/ontology#dueBy")
    with pytest.raises(AttributeError):
        KL.dueDate  # noqa: B018 - a mistyped term must fail loudly


def test_namespaces_open_namespaces_and_prefixes() -> None:
    assert KLI["directive/x/3"] == URIRef("https://w3id.org/ketluan/id/directive/x/3")
    assert KLT.metrology == URIRef("https://w3id.org/ketluan/topic/metrology")
    assert PREFIXES["kl"] == str(KL._NS)
    assert PREFIXES["schema"] == "http://schema.org/"
    assert PREFIXES["oa"] == "http://www.w3.org/ns/oa#"
    assert set(PREFIXES) == {
        "kl", "kli", "klt", "org", "foaf", "skos", "prov", "schema", "time", "oa", "rdfs", "rdf", "owl", "xsd",
        "dcterms",
    }  # fmt: skip
