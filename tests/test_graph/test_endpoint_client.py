"""SPARQLWrapper, a real SPARQL client, against a live ``ketluan serve`` (issue 4).

SELECT, ASK, CONSTRUCT and DESCRIBE in every format the endpoint offers (JSON, XML, CSV, TSV; Turtle,
N-Triples, JSON-LD, RDF/XML), by GET and by POST, plus the client's view of a malformed query, a refused
update, and an update made with the token.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.error import HTTPError

import pytest
import rdflib

from ketluan.graph.endpoint.app import serve_in_thread
from ketluan.graph.endpoint.settings import Settings

sw = pytest.importorskip("SPARQLWrapper")
from SPARQLWrapper import (  # noqa: E402
    CSV,
    GET,
    JSON,
    JSONLD,
    POST,
    POSTDIRECTLY,
    RDFXML,
    TSV,
    TURTLE,
    XML,
    SPARQLWrapper,
)
from SPARQLWrapper.SPARQLExceptions import EndPointInternalError, QueryBadFormed  # noqa: E402

pytestmark = pytest.mark.issue(4)

TOKEN = "client-test-token-81b2"
KL = "https://w3id.org/ketluan/ontology#"
NOTICE = "https://w3id.org/ketluan/id/notice/2020-07-14-vpubnd-thainguyen-kl-pct"
PREFIX = f"PREFIX kl: <{KL}>\n"
SELECT = PREFIX + "SELECT ?n ?f WHERE { ?n a kl:Notice ; kl:sourceFile ?f } ORDER BY ?f"
ASK = PREFIX + "ASK { ?n a kl:Notice }"
CONSTRUCT = PREFIX + "CONSTRUCT WHERE { ?n a kl:Notice ; kl:sourceFile ?f }"
DESCRIBE = f"DESCRIBE <{NOTICE}>"


@pytest.fixture(scope="module")
def store(samples_store: Path) -> Path:
    return samples_store


@pytest.fixture(scope="module")
def endpoint(store: Path) -> Iterator[str]:
    with serve_in_thread(Settings(store=store, port=0, query_timeout_s=10)) as url:
        yield url + "/sparql"


def client(endpoint: str, query: str, fmt: str, method: str = GET) -> Any:
    wrapper = SPARQLWrapper(endpoint)
    wrapper.setQuery(query)
    wrapper.setReturnFormat(fmt)
    wrapper.setMethod(method)
    if method == POST:
        wrapper.setRequestMethod(POSTDIRECTLY)
    return wrapper


# fmt: off
SELECT_CASES = [
    (JSON, GET), (JSON, POST), (XML, GET), (XML, POST), (CSV, GET), (TSV, GET), (CSV, POST), (TSV, POST),
]
GRAPH_CASES = [(TURTLE, GET), (TURTLE, POST), (RDFXML, GET), (RDFXML, POST), (JSONLD, GET), (JSONLD, POST)]
# fmt: on


def _rows(fmt: str, converted: Any) -> list[str]:
    """The sourceFile column, whatever the format."""
    if fmt == JSON:
        return [b["f"]["value"] for b in converted["results"]["bindings"]]
    if fmt == XML:  # a DOM document
        return [
            binding.getElementsByTagName("literal")[0].firstChild.data
            for binding in converted.getElementsByTagName("binding")
            if binding.getAttribute("name") == "f"
        ]
    text = converted.decode() if isinstance(converted, bytes) else converted
    if fmt == CSV:
        return [row["f"] for row in csv.DictReader(io.StringIO(text))]
    lines = text.strip().splitlines()
    col = lines[0].split("\t").index("?f")
    return [json.loads(line.split("\t")[col]) for line in lines[1:]]


@pytest.mark.parametrize(("fmt", "method"), SELECT_CASES)
def test_endpoint_client_select(endpoint: str, fmt: str, method: str) -> None:
    converted = client(endpoint, SELECT, fmt, method).query().convert()
    rows = _rows(fmt, converted)
    assert len(rows) == 6 and rows == sorted(rows)
    assert all(r.endswith((".txt", ".md", ".html")) for r in rows)


@pytest.mark.parametrize(("fmt", "method"), [(JSON, GET), (XML, GET), (JSON, POST), (XML, POST)])
def test_endpoint_client_ask(endpoint: str, fmt: str, method: str) -> None:
    converted = client(endpoint, ASK, fmt, method).query().convert()
    if fmt == JSON:
        assert converted["boolean"] is True
    else:
        assert converted.getElementsByTagName("boolean")[0].firstChild.data == "true"


@pytest.mark.parametrize(("fmt", "method"), GRAPH_CASES)
@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE], ids=["construct", "describe"])
def test_endpoint_client_graph_queries(endpoint: str, query: str, fmt: str, method: str) -> None:
    result = client(endpoint, query, fmt, method).query()
    converted = result.convert()
    if isinstance(converted, bytes):  # SPARQLWrapper returns Turtle and JSON-LD as bytes
        converted = rdflib.Graph().parse(data=converted, format="turtle" if fmt == TURTLE else "json-ld")
    assert isinstance(converted, rdflib.Graph)
    assert (rdflib.URIRef(NOTICE), rdflib.RDF.type, rdflib.URIRef(KL + "Notice")) in converted
    if query == CONSTRUCT:
        assert len(set(converted.subjects(rdflib.RDF.type, rdflib.URIRef(KL + "Notice")))) == 6


@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE], ids=["construct", "describe"])
def test_endpoint_client_graph_queries_in_ntriples(endpoint: str, query: str) -> None:
    wrapper = SPARQLWrapper(endpoint)
    wrapper.setQuery(query)
    wrapper.setOnlyConneg(True)
    wrapper.addCustomHttpHeader("Accept", "application/n-triples")
    response = wrapper.query()
    assert response.info()["content-type"] == "application/n-triples"
    graph = rdflib.Graph().parse(data=response.response.read(), format="nt")
    assert (rdflib.URIRef(NOTICE), rdflib.RDF.type, rdflib.URIRef(KL + "Notice")) in graph


def test_endpoint_client_errors(endpoint: str) -> None:
    with pytest.raises(QueryBadFormed) as bad:
        client(endpoint, "SELECT * WHERE { ?s ?p }", JSON).query()
    assert "Malformed query" in str(bad.value)
    refused = SPARQLWrapper(endpoint)
    refused.setQuery("INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }")
    refused.setMethod(POST)
    with pytest.raises(HTTPError) as forbidden:  # SPARQLWrapper raises urllib's error for a 403
        refused.query()
    assert forbidden.value.code == 403 and b"read-only" in forbidden.value.read()


def test_endpoint_client_update_with_token(store: Path, tmp_path: Path) -> None:
    copy = tmp_path / "store"
    shutil.copytree(store, copy, ignore=shutil.ignore_patterns("LOCK"))
    settings = Settings(store=copy, port=0, allow_update=True, update_token=TOKEN, query_timeout_s=10)
    with serve_in_thread(settings) as url:
        update = SPARQLWrapper(url + "/sparql")
        update.setMethod(POST)
        update.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
        update.setQuery(
            "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> 'c' } }"
        )
        update.query()
        check = client(url + "/sparql", "SELECT ?o WHERE { GRAPH <http://example.org/g> { ?s ?p ?o } }", JSON)
        assert [b["o"]["value"] for b in check.query().convert()["results"]["bindings"]] == ["c"]
        wrong = SPARQLWrapper(url + "/sparql")
        wrong.setMethod(POST)
        wrong.addCustomHttpHeader("Authorization", "Bearer nope")
        wrong.setQuery("CLEAR ALL")
        with pytest.raises(HTTPError) as forbidden:
            wrong.query()
        assert forbidden.value.code == 403 and b"token is wrong" in forbidden.value.read()


def test_endpoint_client_result_too_large(store: Path) -> None:
    settings = Settings(store=store, port=0, max_result_bytes=10_000)
    with serve_in_thread(settings) as url:
        with pytest.raises(EndPointInternalError) as error:
            client(url + "/sparql", "SELECT * WHERE { ?s ?p ?o }", JSON).query()
    assert "max_result_bytes" in str(error.value)
