"""The SPARQL endpoint core (issue 4): ``ketluan serve`` over raw HTTP, its refusals, limits and operations.

A session fixture ingests and resolves the bundled samples into a temporary store. The HTTP tests talk to a
real uvicorn server on a free loopback port (`serve_in_thread`), with httpx; one test runs the real
``ketluan serve`` command in a subprocess (access log, graceful shutdown); ``serve --get`` goes through
typer's CliRunner. SPARQLWrapper, as a real client, is in ``test_endpoint_client.py``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import rdflib
from typer.testing import CliRunner

from ketluan.graph.cli import app as cli_app
from ketluan.graph.endpoint.app import serve_in_thread
from ketluan.graph.endpoint.protocol import analyse
from ketluan.graph.endpoint.settings import SETTINGS, Settings
from ketluan.graph.endpoint.update import prepare_update
from ketluan.graph.mentions import INDEX_GRAPH, INDEX_PREDICATE

httpx = pytest.importorskip("httpx")

pytestmark = pytest.mark.issue(4)

TOKEN = "test-token-3f9a1c"
NOTICE = "https://w3id.org/ketluan/id/notice/2020-07-14-vpubnd-thainguyen-kl-pct"
KL = "https://w3id.org/ketluan/ontology#"
NOTICES = Path(__file__).resolve().parents[1] / "data" / "resolution" / "notices"
EXTRA_NOTICE = NOTICES / "2018-04-02_sokhcn-vinhlong_tb-ket-luan.txt"
#: the live server's limits, small enough to test
TIMEOUT_S = 2.0
MAX_BODY = 20_000
MAX_RESULT = 5_000_000
SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


# --------------------------------------------------------------------------------------------------------
# Fixtures


@pytest.fixture(scope="session")
def index_literals(samples_store: Path) -> list[str]:
    """The mention index's JSON literals: none of them may ever be served."""
    store = ox.Store.read_only(str(samples_store))
    values = [q.object.value for q in store.quads_for_pattern(None, None, None, ox.NamedNode(INDEX_GRAPH))]
    assert len([v for v in values if v.startswith('{"file":')]) == 6  # one entry per notice (+ its version)
    return values


@pytest.fixture(scope="module")
def base(samples_store: Path) -> Iterator[str]:
    """A read-only server over the samples, with small limits."""
    settings = Settings(
        store=samples_store,
        port=0,
        query_timeout_s=TIMEOUT_S,
        max_body_bytes=MAX_BODY,
        max_result_bytes=MAX_RESULT,
        workers=2,
    )
    with serve_in_thread(settings) as url:
        yield url


@pytest.fixture(scope="module")
def client(base: str) -> Iterator[Any]:
    with httpx.Client(base_url=base, timeout=30) as c:
        yield c


def copy_store(samples_store: Path, tmp_path: Path) -> Path:
    target = tmp_path / "store"
    shutil.copytree(samples_store, target, ignore=shutil.ignore_patterns("LOCK"))
    return target


@pytest.fixture
def update_base(samples_store: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A server with --allow-update and the token, over a copy of the samples store."""
    store = copy_store(samples_store, tmp_path)
    settings = Settings(store=store, port=0, allow_update=True, update_token=TOKEN, query_timeout_s=10)
    with serve_in_thread(settings) as url:
        yield url, store


def select(client: Any, query: str, **params: str) -> list[dict[str, Any]]:
    r = client.get("/sparql", params={"query": query, **params}, headers={"Accept": "application/json"})
    assert r.status_code == 200, r.text
    return r.json()["results"]["bindings"]


def assert_error_shape(r: Any, status: int, *words: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "title", "detail"}, body
    assert body["error"]["status"] == status
    assert "Traceback" not in r.text
    for word in words:
        assert word in body["error"]["detail"], body
    return body["error"]


# --------------------------------------------------------------------------------------------------------
# Settings


def test_endpoint_settings_are_documented() -> None:
    import dataclasses

    fields = [f.name for f in dataclasses.fields(Settings)]
    assert [s.name for s in SETTINGS] == fields
    assert all(s.help.strip() for s in SETTINGS)
    out = CliRunner().invoke(cli_app, ["serve", "--help-settings"])
    assert out.exit_code == 0, out.output
    for name in fields:
        assert re.search(rf"^  {name}  \(default: ", out.output, re.M), name
    help_text = CliRunner().invoke(cli_app, ["serve", "--help"]).output
    for option in ("--store", "--host", "--port", "--query-timeout", "--workers", "--allow-update", "--get"):
        assert option in help_text


# --------------------------------------------------------------------------------------------------------
# The protocol


def test_endpoint_query_by_get_and_both_posts(client: Any) -> None:
    query = "SELECT ?f WHERE { ?n a kl:Notice ; kl:sourceFile ?f } ORDER BY ?f"
    get = client.get("/sparql", params={"query": query})
    form = client.post("/sparql", data={"query": query})
    direct = client.post(
        "/sparql", content=query.encode(), headers={"Content-Type": "application/sparql-query"}
    )
    for r in (get, form, direct):
        assert r.status_code == 200, r.text
        assert r.headers["content-type"] == "application/sparql-results+json"
    rows = [b["f"]["value"] for b in get.json()["results"]["bindings"]]
    assert len(rows) == 6 and rows == sorted(rows)
    assert get.json() == form.json() == direct.json()


# fmt: off
RESULT_FORMATS = [
    ({"Accept": "application/sparql-results+json"}, {}, "application/sparql-results+json", "json"),
    ({"Accept": "application/sparql-results+xml"},  {}, "application/sparql-results+xml",  "xml"),
    ({"Accept": "text/csv"},                        {}, "text/csv",                        "csv"),
    ({"Accept": "text/tab-separated-values"},       {}, "text/tab-separated-values",       "tsv"),
    ({}, {"format": "xml"},  "application/sparql-results+xml", "xml"),
    ({}, {"format": "csv"},  "text/csv",                       "csv"),
    ({}, {"format": "tsv"},  "text/tab-separated-values",      "tsv"),
    ({"Accept": "text/csv"}, {"format": "json"}, "application/sparql-results+json", "json"),  # format= wins
]
GRAPH_FORMATS = [
    ({"Accept": "text/turtle"},           {}, "text/turtle",           "turtle"),
    ({"Accept": "application/n-triples"}, {}, "application/n-triples", "nt"),
    ({"Accept": "application/ld+json"},   {}, "application/ld+json",   "json-ld"),
    ({"Accept": "application/rdf+xml"},   {}, "application/rdf+xml",   "xml"),
    ({}, {"format": "ntriples"}, "application/n-triples", "nt"),
    ({}, {"format": "json"},     "application/ld+json",   "json-ld"),
    ({}, {},                     "text/turtle",           "turtle"),
]
# fmt: on


@pytest.mark.parametrize(("headers", "params", "media", "parser"), RESULT_FORMATS)
def test_endpoint_select_formats(client: Any, headers: dict, params: dict, media: str, parser: str) -> None:
    from rdflib.query import Result

    query = "SELECT ?n ?f WHERE { ?n a kl:Notice ; kl:sourceFile ?f }"
    r = client.get("/sparql", params={"query": query, **params}, headers=headers)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == media
    import io

    result = Result.parse(io.BytesIO(r.content), format=parser)
    assert len(list(result)) == 6


@pytest.mark.parametrize(("headers", "params", "media", "parser"), GRAPH_FORMATS)
@pytest.mark.parametrize(
    "query", ["CONSTRUCT WHERE { ?n a kl:Notice ; kl:sourceFile ?f }", f"DESCRIBE <{NOTICE}>"]
)
def test_endpoint_graph_formats(
    client: Any, query: str, headers: dict, params: dict, media: str, parser: str
) -> None:
    r = client.get("/sparql", params={"query": query, **params}, headers=headers)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == media
    g = rdflib.Graph().parse(data=r.content, format=parser)
    assert (rdflib.URIRef(NOTICE), rdflib.RDF.type, rdflib.URIRef(KL + "Notice")) in g


def test_endpoint_ask_and_not_acceptable(client: Any) -> None:
    r = client.get("/sparql", params={"query": "ASK { ?n a kl:Notice }"})
    assert r.json() == {"head": {}, "boolean": True}
    r = client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "image/png"})
    assert r.status_code == 406 and "application/sparql-results+json" in r.text  # says what is offered
    r = client.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s a kl:Notice }", "format": "csv"})
    assert r.status_code == 406, r.text


def test_endpoint_dataset_parameters(client: Any) -> None:
    one = select(client, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", **{"default-graph-uri": NOTICE})
    assert 50 < int(one[0]["n"]["value"]) < 3000
    union = select(client, "SELECT (COUNT(*) AS ?n) WHERE { ?s a kl:Notice }")
    assert int(union[0]["n"]["value"]) == 6
    only = select(client, "SELECT (COUNT(*) AS ?n) WHERE { ?s a kl:Notice }", **{"default-graph-uri": NOTICE})
    assert int(only[0]["n"]["value"]) == 1
    named = select(
        client, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", **{"named-graph-uri": NOTICE}
    )
    assert [b["g"]["value"] for b in named] == [NOTICE]
    # FROM in the query text works when the protocol gives no dataset
    from_text = select(client, f"SELECT (COUNT(*) AS ?n) FROM <{NOTICE}> WHERE {{ ?s a kl:Notice }}")
    assert int(from_text[0]["n"]["value"]) == 1


def test_endpoint_service_description(client: Any) -> None:
    r = client.get("/sparql")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.content, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    service = next(g.subjects(rdflib.RDF.type, sd.Service))
    assert str(g.value(service, sd.endpoint)).endswith("/sparql")
    assert (service, sd.supportedLanguage, sd.SPARQL11Query) in g
    assert (service, sd.supportedLanguage, sd.SPARQL11Update) not in g  # read-only
    assert (service, sd.feature, sd.UnionDefaultGraph) in g
    r = client.get("/sparql", headers={"Accept": "application/rdf+xml"})
    assert r.headers["content-type"].startswith("application/rdf+xml")
    assert len(rdflib.Graph().parse(data=r.content, format="xml")) == len(g)


def test_endpoint_cors(client: Any) -> None:
    r = client.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://example.org"})
    assert r.headers["access-control-allow-origin"] == "*"
    preflight = client.options(
        "/sparql",
        headers={
            "Origin": "https://example.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["access-control-allow-methods"]
    assert preflight.headers["access-control-allow-origin"] == "*"
    # errors carry CORS headers too, so a browser can read them
    bad = client.get("/sparql", params={"query": "SELECT"}, headers={"Origin": "https://example.org"})
    assert bad.status_code == 400 and bad.headers["access-control-allow-origin"] == "*"


# --------------------------------------------------------------------------------------------------------
# Errors: one shape


def test_endpoint_malformed_query_is_400_in_every_shape(client: Any) -> None:
    params = {"query": "SELECT * WHERE { ?s ?p }"}
    error = assert_error_shape(
        client.get("/sparql", params=params, headers={"Accept": "application/sparql-results+json"}), 400
    )
    assert error["title"] == "Malformed query" and "parse" in error["detail"]
    text = client.get("/sparql", params=params, headers={"Accept": "text/csv"})
    assert text.status_code == 400 and text.headers["content-type"].startswith("text/plain")
    assert text.text.startswith("400 Malformed query:") and len(text.text) < 500
    page = client.get("/sparql", params=params, headers={"Accept": "text/html"})
    assert page.status_code == 400 and page.headers["content-type"].startswith("text/html")
    assert "<h1>400 Malformed query</h1>" in page.text
    for r in (text, page):
        assert "Traceback" not in r.text
    # an unterminated string is caught before the store sees it
    r = client.get(
        "/sparql", params={"query": "SELECT * { ?s ?p 'oops }"}, headers={"Accept": "application/json"}
    )
    assert_error_shape(r, 400, "never closed")


# fmt: off
BAD_REQUESTS = [
    ("PUT",    "/sparql", {}, None, 405),
    ("DELETE", "/sparql", {}, None, 405),
    ("PATCH",  "/rdf-graph-store?default", {}, None, 405),
    ("POST",   "/sparql", {"Content-Type": "text/plain"}, b"ASK {}", 415),
    ("POST",   "/sparql", {}, b"ASK {}", 400),                                              # no Content-Type
    ("POST",   "/sparql", {"Content-Type": "application/sparql-query"}, "ASK {}".encode("utf-16"), 400),
    ("GET",    "/sparql?query=ASK%7B%7D&query=ASK%7B%7D", {}, None, 400),                   # two queries
    ("GET",    "/sparql?update=CLEAR%20ALL", {}, None, 400),                                # update by GET
    ("GET",    "/sparql?query=ASK%7B%7D&default-graph-uri=not%20an%20iri", {}, None, 400),
    ("GET",    "/no/such/path", {}, None, 404),
    ("GET",    "/api/query/no_such_query", {}, None, 404),
    ("GET",    "/api/query/units_assigned_topic?topic=not-a-topic", {}, None, 400),
    ("GET",    "/api/query/units_assigned_topic?bogus=1", {}, None, 400),
    ("GET",    "/api/query/person_profile", {}, None, 400),                                 # required param
]
# fmt: on


@pytest.mark.parametrize(("method", "url", "headers", "body", "status"), BAD_REQUESTS)
def test_endpoint_bad_requests_share_the_error_shape(
    client: Any, method: str, url: str, headers: dict, body: bytes | None, status: int
) -> None:
    r = client.request(method, url, headers={"Accept": "application/json", **headers}, content=body)
    assert_error_shape(r, status)
    if status == 405:
        assert "GET" in r.headers["allow"]


# --------------------------------------------------------------------------------------------------------
# Refusals


# fmt: off
UPDATES_REFUSED = [
    ({"Content-Type": "application/x-www-form-urlencoded"}, b"update=INSERT+DATA+%7B%3Cx%3Aa%3E+%3Cx%3Ab%3E+1%7D"),
    ({"Content-Type": "application/sparql-update"}, b"CLEAR ALL"),
    ({"Content-Type": "application/sparql-update"}, b"DROP GRAPH <" + NOTICE.encode() + b">"),
    ({"Content-Type": "application/sparql-update"}, b"LOAD <http://example.org/data.ttl>"),
    ({"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"}, b"CLEAR ALL"),
    ({"Content-Type": "application/sparql-query"}, b"DROP ALL"),            # an update sent as a query
    ({"Content-Type": "application/x-www-form-urlencoded"}, b"query=CLEAR+DEFAULT"),
]
# fmt: on


@pytest.mark.parametrize(("headers", "body"), UPDATES_REFUSED)
def test_endpoint_read_only_refuses_updates(client: Any, headers: dict, body: bytes) -> None:
    r = client.post("/sparql", content=body, headers={"Accept": "application/json", **headers})
    error = assert_error_shape(r, 403)
    assert "allow-update" in error["detail"] or "allow_update" in error["detail"]
    assert len(select(client, "SELECT ?n WHERE { ?n a kl:Notice }")) == 6  # nothing changed


@pytest.mark.parametrize("method", ["PUT", "POST", "DELETE"])
def test_endpoint_read_only_refuses_graph_store_writes(client: Any, method: str) -> None:
    r = client.request(
        method,
        "/rdf-graph-store",
        params={"graph": NOTICE},
        content=b"<x:a> <x:b> <x:c> .",
        headers={"Content-Type": "application/n-triples", "Accept": "application/json"},
    )
    assert_error_shape(r, 403, "read-only")


@pytest.fixture
def listener() -> Iterator[tuple[str, list]]:
    """A loopback socket that records any connection: SERVICE must never reach it."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    sock.settimeout(0.2)
    hits: list = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
                hits.append(conn)
                conn.close()
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/sparql", hits
    stop.set()
    thread.join(2)
    sock.close()


# fmt: off
SERVICE_QUERIES = [
    "SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { service silent <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { SeRvIcE # a comment\n <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s a kl:Notice . SERVICE ?where { ?s ?p ?o } }",
    "SELECT * WHERE { BIND(<{url}> AS ?e) SERVICE ?e { ?s ?p ?o } }",
    "PREFIX e: <{url}> SELECT * WHERE { SERVICE e: { ?s ?p ?o } }",
    "SELECT * WHERE { ?s a kl:Notice FILTER EXISTS { SERVICE <{url}> { ?s ?p ?o } } }",
    "ASK { { SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } } } }",
]
NOT_SERVICE = [
    "SELECT * WHERE { ?s kl:sourceFile ?f } # SERVICE <{url}> { }",
    "SELECT * WHERE { ?s kl:sourceFile 'SERVICE <{url}> {{ }}' }",
    "SELECT * WHERE { ?s kl:sourceFile \"\"\"x\nSERVICE <{url}> {{ }}\"\"\" }",
    "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }",
    "PREFIX service: <http://example.org/> SELECT * WHERE { ?s service:x ?o }",
]
# fmt: on


@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_endpoint_service_refused_without_a_request(client: Any, listener: tuple, template: str) -> None:
    url, hits = listener
    r = client.post(
        "/sparql", data={"query": template.replace("{url}", url)}, headers={"Accept": "application/json"}
    )
    assert_error_shape(r, 403, "service_allowlist")
    time.sleep(0.05)
    assert hits == []


@pytest.mark.parametrize("template", NOT_SERVICE)
def test_endpoint_service_word_in_comments_strings_iris_is_not_a_service(
    client: Any, listener: tuple, template: str
) -> None:
    url, hits = listener
    r = client.post("/sparql", data={"query": template.replace("{url}", url).replace("{{ }}", "{ }")})
    assert r.status_code == 200, r.text
    assert hits == []


def test_endpoint_body_too_large_is_413(client: Any) -> None:
    query = "ASK {} # " + "x" * (MAX_BODY + 10)
    for headers, body in (
        ({"Content-Type": "application/sparql-query"}, query.encode()),
        ({"Content-Type": "application/x-www-form-urlencoded"}, b"query=" + query.replace(" ", "+").encode()),
    ):
        r = client.post("/sparql", content=body, headers={"Accept": "application/json", **headers})
        assert_error_shape(r, 413, "max_body_bytes")
    # sent without Content-Length (chunked): counted as it arrives
    r = client.post(
        "/sparql",
        content=iter([query.encode()[i : i + 4096] for i in range(0, len(query), 4096)]),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/json"},
    )
    assert_error_shape(r, 413, "max_body_bytes")


def test_endpoint_result_too_large_names_the_setting(client: Any) -> None:
    r = client.get(
        "/sparql",
        params={"query": "SELECT * WHERE { ?n a kl:Notice . ?s ?p ?o }"},  # ~33,000 rows, ~10 MB
        headers={"Accept": "application/sparql-results+json"},
    )
    error = assert_error_shape(r, 500, "max_result_bytes", "LIMIT")
    assert error["title"] == "Result too large"


def _worker_processes() -> list[int] | int:
    """PIDs of this process's query workers (-1 where /proc cannot be read)."""
    proc = Path("/proc")
    if not proc.is_dir():
        return -1
    found = []
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if int(stat[1]) == os.getpid() and stat[0] != "Z" and b"ketluan.graph.endpoint.executor" in cmdline:
            found.append(int(entry.name))
    return found


def test_endpoint_timeout_stops_the_query_and_recovers(client: Any) -> None:
    assert len(select(client, "SELECT ?n WHERE { ?n a kl:Notice }")) == 6
    before = _worker_processes()
    started = time.monotonic()
    r = client.get("/sparql", params={"query": SLOW_QUERY}, headers={"Accept": "application/json"})
    elapsed = time.monotonic() - started
    error = assert_error_shape(r, 503, "query_timeout_s", "--query-timeout")
    assert error["title"] == "Query timed out"
    assert TIMEOUT_S <= elapsed < TIMEOUT_S + 3
    # the server answers the next queries, and the killed worker was replaced
    assert len(select(client, "SELECT ?n WHERE { ?n a kl:Notice }")) == 6
    deadline = time.monotonic() + 10
    while client.get("/healthz").json()["workers_alive"] != 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert client.get("/healthz").json()["workers_alive"] == 2
    after = _worker_processes()
    if isinstance(before, list) and isinstance(
        after, list
    ):  # the killed worker is gone, one new took its place
        assert len(after) == len(before) and len(set(before) - set(after)) == 1, (before, after)
    # both workers busy with slow queries: the event loop still answers, and both time out cleanly
    with httpx.Client(base_url=str(client.base_url), timeout=30) as other:
        results: list[int] = []
        threads = [
            threading.Thread(
                target=lambda: results.append(other.get("/sparql", params={"query": SLOW_QUERY}).status_code)
            )
            for _ in range(2)
        ]
        for t in threads:
            t.start()
        time.sleep(0.3)
        r = client.get("/healthz")
        assert r.status_code == 200  # the event loop is free while queries run
        for t in threads:
            t.join()
    assert results == [503, 503]
    assert len(select(client, "SELECT ?n WHERE { ?n a kl:Notice }")) == 6


# --------------------------------------------------------------------------------------------------------
# The mention index is never served


_INDEX_VALUE = re.compile(r'^\{"file":|"agencies":\[|"persons":\[')

# fmt: off
LEAK_QUERIES = [
    "SELECT * WHERE { ?s ?p ?o }",
    "SELECT ?o WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), 'agencies')) }",
    f"SELECT ?p ?o WHERE {{ <{NOTICE}> ?p ?o }}",
    f"DESCRIBE <{NOTICE}>",
    "DESCRIBE ?n WHERE { ?n kl:sourceFile ?f }",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "SELECT ?x WHERE { ?x <http://example.org/nothing>? ?x }",
    "SELECT ?x WHERE { ?x <http://example.org/nothing>* ?y }",
    "SELECT ?o WHERE { ?s !rdf:type ?o }",
    "SELECT ?o WHERE { ?s (!(rdf:type|kl:text)) ?o }",
    "SELECT ?o WHERE { ?s ^!rdf:type ?o }",
    "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }",
    "SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } }",
    f"SELECT * FROM <{INDEX_GRAPH}> WHERE {{ ?s ?p ?o }}",
    f"SELECT * FROM NAMED <{INDEX_GRAPH}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    f"SELECT ?o WHERE {{ GRAPH <{INDEX_GRAPH}> {{ ?s ?p ?o }} }}",
    "SELECT ?o WHERE { ?s kli:internal\\/mentions ?o }",
    "PREFIX x: <https://w3id.org/ketluan/id/internal/men> SELECT ?o WHERE { ?s x:tions ?o }",
    "SELECT ?o WHERE { ?s <https://w3id.org/ketluan/id/internal\\u002Fmentions> ?o }",
    "BASE <https://w3id.org/ketluan/id/> SELECT ?o WHERE { ?s <internal/mentions> ?o }",
    "SELECT (SUBSTR(STR(?o), 1, 30) AS ?x) WHERE { ?s ?p ?o }",
    "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p",
    "SELECT ?s ?o WHERE { ?s kl:sourceFile ?f ; ?p ?o }",
    "SELECT * WHERE { VALUES ?p { kli:internal\\/mentions } ?s ?p ?o }",
    "SELECT * WHERE { BIND(IRI(CONCAT(STR(kli:), 'internal/', 'mentions')) AS ?p) ?s ?p ?o }",
]
# fmt: on


def _values(r: Any) -> list[str]:
    if r.headers["content-type"].startswith("application/sparql-results+json"):
        doc = r.json()
        return [term["value"] for row in doc["results"]["bindings"] for term in row.values()]
    g = rdflib.Graph().parse(data=r.content, format="nt")
    return [str(term) for triple in g for term in triple]


@pytest.mark.parametrize("query", LEAK_QUERIES)
def test_endpoint_mention_index_never_served(client: Any, index_literals: list[str], query: str) -> None:
    r = client.get(
        "/sparql",
        params={"query": query},
        headers={"Accept": "application/sparql-results+json, application/n-triples;q=0.9"},
    )
    assert r.status_code == 200, r.text
    values = _values(r)
    for value in values:
        assert value not in index_literals
        assert value not in (INDEX_GRAPH, INDEX_PREDICATE)
        assert not _INDEX_VALUE.search(value), value[:120]
    assert "mention-index" not in r.text and "internal/mentions" not in r.text


def test_endpoint_mention_index_not_in_dataset_parameters_or_graph_store(client: Any) -> None:
    for key in ("default-graph-uri", "named-graph-uri"):
        r = client.get(
            "/sparql",
            params={
                "query": "SELECT * WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
                key: INDEX_GRAPH,
            },
        )
        assert r.status_code == 200 and r.json()["results"]["bindings"] == []
    r = client.get("/rdf-graph-store", params={"graph": INDEX_GRAPH}, headers={"Accept": "application/json"})
    assert_error_shape(r, 404)


def test_endpoint_explicit_dataset_answers_like_the_union(client: Any) -> None:
    """The slow path (every graph but the index) gives the union's answers on data the index is not in."""
    fast = select(client, "SELECT ?d ?t WHERE { ?d kl:text ?t } ORDER BY ?d ?t")
    slow = select(client, "SELECT ?d ?t WHERE { ?d ?p ?t FILTER(?p = kl:text) } ORDER BY ?d ?t")
    assert fast == slow and len(fast) > 10
    assert analyse("SELECT ?d ?t WHERE { ?d kl:text ?t }").union_safe
    assert not analyse("SELECT ?d ?t WHERE { ?d ?p ?t }").union_safe


# --------------------------------------------------------------------------------------------------------
# Named queries


def test_endpoint_api_lists_named_queries(client: Any) -> None:
    listed = client.get("/api/queries").json()
    by_name = {q["name"]: q for q in listed}
    assert "units_assigned_topic" in by_name
    topic = by_name["units_assigned_topic"]["params"][0]
    assert topic["name"] == "topic" and topic["kind"] == "topic" and topic["default"] == "metrology"
    assert all({"name", "title", "description", "params"} <= set(q) for q in listed)


def test_endpoint_api_named_query_binds_params(client: Any) -> None:
    r = client.get("/api/query/units_assigned_topic", params={"topic": "metrology"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/sparql-results+json"
    doc = r.json()
    assert "topic" not in doc["head"]["vars"]
    assert doc["results"]["bindings"]
    search = client.get("/api/query/search_directives", params={"q": "kiểm định"}).json()
    assert search["results"]["bindings"]


@pytest.mark.parametrize(
    ("name", "params"),
    [("person_profile", {"name": "Quốc Bảo"}), ("agency_assignments", {"agency": "đo lường"})],
)
def test_endpoint_label_queries_use_the_label_index_with_the_same_answers(
    samples_store: Path, tmp_path: Path, name: str, params: dict[str, str]
) -> None:
    from ketluan.graph.labelindex import LABEL_INDEX_FILE
    from ketluan.graph.queries import load_query, run_query

    store = copy_store(samples_store, tmp_path)
    (store / LABEL_INDEX_FILE).unlink(missing_ok=True)
    reader = ox.Store.read_only(str(store))
    try:
        want = run_query(reader, load_query(name), params)  # a bare pyoxigraph store: the query as written
    finally:
        del reader
    with serve_in_thread(Settings(store=store, port=0, workers=1)) as url:
        doc = httpx.get(f"{url}/api/query/{name}", params=params, timeout=30).json()
    # the worker built the label index beside the store and took its candidates
    assert (store / LABEL_INDEX_FILE).is_file()
    got = sorted(
        tuple(row.get(v, {}).get("value") for v in want.variables) for row in doc["results"]["bindings"]
    )
    assert got == sorted(tuple(None if t is None else t.value for t in row) for row in want.rows)
    assert got


# fmt: off
INJECTIONS = [
    '") } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o FILTER("',
    '" . } UNION { ?s ?p ?o } #',
    "') ) } SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } #",
    '\\" } UNION { ?s <https://w3id.org/ketluan/id/internal/mentions> ?o } #',
    "<https://w3id.org/ketluan/id/graph/mention-index>",
]
# fmt: on


@pytest.mark.parametrize("value", INJECTIONS)
def test_endpoint_api_injection_is_harmless(client: Any, index_literals: list[str], value: str) -> None:
    r = client.get("/api/query/search_directives", params={"q": value})
    assert r.status_code == 200, r.text
    assert r.json()["results"]["bindings"] == []  # the value is text to look for, nothing else
    for bad in ("topic", "since"):
        r = client.get(
            f"/api/query/{'units_assigned_topic' if bad == 'topic' else 'agency_assignments'}",
            params={bad: value},
        )
        assert r.status_code == 400, r.text
    assert len(select(client, "SELECT ?n WHERE { ?n a kl:Notice }")) == 6


# --------------------------------------------------------------------------------------------------------
# Operations


def test_endpoint_healthz(client: Any) -> None:
    r = client.get("/healthz")
    assert r.status_code == 200
    assert r.json()["status"] == "ok" and r.json()["update"] is False


def test_endpoint_serve_get(samples_store: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(cli_app, ["serve", "--store", str(samples_store), "--get", "/sparql?query=ASK%7B%7D"])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout) == {"head": {}, "boolean": True}
    select_ = runner.invoke(
        cli_app,
        [
            "serve",
            "--store",
            str(samples_store),
            "--get",
            "/sparql?format=csv&query=SELECT%20%3Fn%20WHERE%20%7B%3Fn%20a%20kl%3ANotice%7D",
        ],
    )
    assert select_.exit_code == 0 and len(select_.stdout.strip().splitlines()) == 7
    bad = runner.invoke(cli_app, ["serve", "--store", str(samples_store), "--get", "/sparql?query=SELECT"])
    assert bad.exit_code == 1 and "400 Malformed query" in bad.stdout
    missing = runner.invoke(cli_app, ["serve", "--store", str(samples_store / "nope"), "--get", "/healthz"])
    assert missing.exit_code == 1 and "no store at" in missing.output
    no_token = runner.invoke(
        cli_app,
        ["serve", "--store", str(samples_store), "--allow-update", "--get", "/healthz"],
        env={"KETLUAN_UPDATE_TOKEN": ""},
    )
    assert no_token.exit_code == 1 and "KETLUAN_UPDATE_TOKEN" in no_token.output


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_endpoint_serve_command_logs_json_and_shuts_down_gracefully(
    samples_store: Path, tmp_path: Path
) -> None:
    """The real command: JSON access log lines, a query while `ketluan ingest` writes, SIGTERM shuts down."""
    store = copy_store(samples_store, tmp_path)
    port = _free_port()
    log = tmp_path / "serve.log"
    env = {k: v for k, v in os.environ.items() if k not in ("KETLUAN_STORE", "KETLUAN_UPDATE_TOKEN")}
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "ketluan.graph.cli", "serve", "--store", str(store), "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.05)
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?n a kl:Notice }"
        assert select(httpx.Client(base_url=url), count)[0]["n"]["value"] == "6"
        # the server holds no write lock: ingest runs while it serves, and the next query sees the notice
        ingest = CliRunner().invoke(cli_app, ["ingest", str(EXTRA_NOTICE), "--store", str(store)])
        assert ingest.exit_code == 0, ingest.output
        assert select(httpx.Client(base_url=url), count)[0]["n"]["value"] == "7"
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=20)
    assert code in (0, -signal.SIGTERM), log.read_text()  # uvicorn re-raises the signal once shut down
    assert "Application shutdown complete" in log.read_text()
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    assert lines, log.read_text()
    assert all({"method", "path", "status", "ms", "bytes"} <= set(line) for line in lines)
    health = [line for line in lines if line["path"] == "/healthz" and line["status"] == 200]
    assert health and health[-1]["method"] == "GET" and health[-1]["bytes"] > 0
    assert any(line["path"] == "/sparql" and line["status"] == 200 for line in lines)


# --------------------------------------------------------------------------------------------------------
# Updates and the Graph Store Protocol (--allow-update + token)


def _index_count(store: Path) -> int:
    """Quads in the index, read through a read-only view opened now (retried: the server's writer may be
    compacting files away while it opens)."""
    for attempt in range(20):
        try:
            view = ox.Store.read_only(str(store))
            return sum(1 for _ in view.quads_for_pattern(None, None, None, ox.NamedNode(INDEX_GRAPH)))
        except (OSError, RuntimeError):
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError(f"cannot open {store} read-only")


def test_endpoint_update_needs_the_right_token(update_base: tuple[str, Path]) -> None:
    url, _store = update_base
    update = (
        b"INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 'v' } }"
    )
    with httpx.Client(base_url=url, timeout=30) as c:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}):
            r = c.post(
                "/sparql",
                content=update,
                headers={
                    "Content-Type": "application/sparql-update",
                    "Accept": "application/json",
                    **headers,
                },
            )
            assert_error_shape(r, 403)
        r = c.post(
            "/sparql",
            content=update,
            headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"},
        )
        assert r.status_code == 204, r.text
        rows = select(c, "SELECT ?o WHERE { GRAPH <http://example.org/g> { ?s ?p ?o } }")
        assert [b["o"]["value"] for b in rows] == ["v"]
        # form-encoded, with using-graph-uri
        r = c.post(
            "/sparql",
            data={
                "update": "INSERT { GRAPH <http://example.org/h> { ?s ?p 'copied' } } WHERE { ?s ?p ?o }",
                "using-graph-uri": "http://example.org/g",
            },
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
        assert r.status_code == 204, r.text
        rows = select(c, "SELECT ?o WHERE { GRAPH <http://example.org/h> { ?s ?p ?o } }")
        assert [b["o"]["value"] for b in rows] == ["copied"]
        r = c.get("/sparql")
        assert "SPARQL11Update" in r.text


# fmt: off
INDEX_UPDATES = [
    ("DROP ALL",                                                  204),
    ("CLEAR NAMED",                                               204),
    ("DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",                    204),
    ("DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }", 204),
    ("INSERT { GRAPH ?g { <http://example.org/x> <http://example.org/y> 1 } } WHERE { GRAPH ?g { } }", 204),
    (f"DROP GRAPH <{INDEX_GRAPH}>",                               403),
    (f"CLEAR GRAPH <{INDEX_GRAPH}>",                              403),
    (f"INSERT DATA {{ GRAPH <{INDEX_GRAPH}> {{ <x:a> <x:b> 1 }} }}", 403),
    ("DELETE WHERE { ?s kli:internal\\/mentions ?o }",            403),
    (f"WITH <{INDEX_GRAPH}> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}", 403),
    (f"COPY DEFAULT TO <{INDEX_GRAPH}>",                          403),
    ("LOAD <http://127.0.0.1:9/data.ttl>",                        403),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", 400),
    ("INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", 403),
]
# fmt: on


def test_endpoint_updates_never_touch_the_mention_index(update_base: tuple[str, Path]) -> None:
    url, store = update_base
    before = _index_count(store)
    assert before >= 6
    with httpx.Client(base_url=url, timeout=30, headers={"Authorization": f"Bearer {TOKEN}"}) as c:
        for update, status in INDEX_UPDATES:
            r = c.post(
                "/sparql",
                content=update.encode(),
                headers={"Content-Type": "application/sparql-update", "Accept": "application/json"},
            )
            assert r.status_code == status, (update, r.text)
            assert _index_count(store) == before, update
        # after DROP ALL and friends the served data is gone, the index is still there (and still hidden)
        rows = select(c, "SELECT * WHERE { ?s ?p ?o }")
        assert all(b["p"]["value"] != INDEX_PREDICATE for b in rows)


def test_endpoint_graph_store_protocol(update_base: tuple[str, Path]) -> None:
    url, _store = update_base
    g = "http://example.org/gsp"
    auth = {"Authorization": f"Bearer {TOKEN}"}
    turtle = b"@prefix ex: <http://example.org/> . ex:a ex:b 'one' ."
    with httpx.Client(base_url=url, timeout=30) as c:
        assert c.get("/rdf-graph-store", params={"graph": g}).status_code == 404
        r = c.put(
            "/rdf-graph-store", params={"graph": g}, content=turtle, headers={"Content-Type": "text/turtle"}
        )
        assert r.status_code == 403  # no token
        r = c.put(
            "/rdf-graph-store",
            params={"graph": g},
            content=turtle,
            headers={"Content-Type": "text/turtle", **auth},
        )
        assert r.status_code == 201, r.text
        r = c.put(
            "/rdf-graph-store",
            params={"graph": g},
            content=turtle,
            headers={"Content-Type": "text/turtle", **auth},
        )
        assert r.status_code == 204
        r = c.post(
            "/rdf-graph-store",
            params={"graph": g},
            content=b'<http://example.org/a> <http://example.org/b> "two" .',
            headers={"Content-Type": "application/n-triples", **auth},
        )
        assert r.status_code == 204
        r = c.get("/rdf-graph-store", params={"graph": g}, headers={"Accept": "application/n-triples"})
        assert r.status_code == 200 and r.headers["content-type"] == "application/n-triples"
        assert sorted(o for _s, _p, o in rdflib.Graph().parse(data=r.content, format="nt")) == [
            rdflib.Literal("one"),
            rdflib.Literal("two"),
        ]
        head = c.head("/rdf-graph-store", params={"graph": g})
        assert head.status_code == 200 and head.content == b""
        assert c.get("/rdf-graph-store", params={"graph": NOTICE}).status_code == 200
        r = c.put(
            "/rdf-graph-store",
            params={"default": ""},
            content=turtle,
            headers={"Content-Type": "text/turtle", **auth},
        )
        assert r.status_code in (201, 204)
        assert b"one" in c.get("/rdf-graph-store", params={"default": ""}).content
        r = c.put(
            "/rdf-graph-store",
            params={"graph": g},
            content=b"not turtle <",
            headers={"Content-Type": "text/turtle", "Accept": "application/json", **auth},
        )
        assert_error_shape(r, 400)
        r = c.put(
            "/rdf-graph-store",
            params={"graph": g},
            content=turtle,
            headers={"Content-Type": "image/png", **auth},
        )
        assert r.status_code == 415
        for method in ("PUT", "POST", "DELETE"):
            r = c.request(
                method,
                "/rdf-graph-store",
                params={"graph": INDEX_GRAPH},
                content=turtle,
                headers={"Content-Type": "text/turtle", **auth},
            )
            assert r.status_code == 403
        assert c.delete("/rdf-graph-store", params={"graph": g}, headers=auth).status_code == 204
        assert c.delete("/rdf-graph-store", params={"graph": g}, headers=auth).status_code == 404
        assert c.get("/rdf-graph-store", params={"graph": g}).status_code == 404
        assert c.get("/rdf-graph-store").status_code == 400  # neither ?graph nor ?default


def test_endpoint_prepare_update_rewrites() -> None:
    idx = "https://w3id.org/ketluan/id/graph/mention-index"
    out = prepare_update(
        "CLEAR SILENT NAMED", index_graph=idx, named_graphs=lambda: ["http://example.org/a", idx]
    )
    assert out == "CLEAR SILENT GRAPH <http://example.org/a>"
    out = prepare_update(
        "INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }", index_graph=idx, using=["http://example.org/a"]
    )
    assert out == "INSERT { ?s ?p 1 } USING <http://example.org/a> WHERE { ?s ?p ?o }"
    out = prepare_update("DELETE WHERE { ?s ?p ?o }", index_graph=idx, using_named=["http://example.org/a"])
    assert out == "DELETE { ?s ?p ?o } USING NAMED <http://example.org/a> WHERE { ?s ?p ?o }"
    from ketluan.graph.endpoint.protocol import BadRequest

    with pytest.raises(BadRequest):
        prepare_update("WITH <x:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", index_graph=idx, using=["x:a"])


# A query that must hold a large sorted table in memory: every pair of triples of the samples (~10^7 rows).
HUNGRY_QUERY = "SELECT ?a ?c ?d ?f WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?f ?d ?c ?a LIMIT 1"


def test_endpoint_memory_limit_stops_a_hungry_query_and_recovers(samples_store: Path) -> None:
    settings = Settings(store=samples_store, port=0, query_timeout_s=60, worker_memory_mb=400, workers=1)
    with serve_in_thread(settings) as url, httpx.Client(base_url=url, timeout=90) as c:
        ok = c.get(
            "/sparql",
            params={"query": "SELECT ?n WHERE { ?n a kl:Notice }"},
            headers={"Accept": "application/json"},
        )
        assert ok.status_code == 200
        started = time.monotonic()
        r = c.get("/sparql", params={"query": HUNGRY_QUERY}, headers={"Accept": "application/json"})
        # stopped by the heap limit, well before the 60 s time limit
        assert time.monotonic() - started < 50
        error = assert_error_shape(r, 503, "worker_memory_mb", "400 MB")
        assert error["title"] == "Query used too much memory"
        # the next query is answered by a fresh worker
        again = c.get(
            "/sparql",
            params={"query": "SELECT ?n WHERE { ?n a kl:Notice }"},
            headers={"Accept": "application/json"},
        )
        assert again.status_code == 200
        assert len(again.json()["results"]["bindings"]) == 6
