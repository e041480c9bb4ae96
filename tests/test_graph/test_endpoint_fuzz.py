"""The endpoint under attack (issue 6): generated hostile requests never crash the server, never leak a
traceback or a file from outside the package, and never change the data.

hypothesis generates the requests: arbitrary text as a query (by GET, form POST and raw POST), queries built
from SPARQL fragments (deep nesting, long literals, many UNIONs, updates and SERVICE hidden in them), values
for the named queries' parameters (quotes, braces, `}} ; DROP ALL`, control characters), and paths under
``/static`` and ``/id`` (``..``, encoded dots and slashes, NUL). One read-only server over the bundled samples
answers them all; at the end it still answers, its workers are alive, and the store holds the same quads.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from ketluan.graph.endpoint.app import serve_in_thread  # noqa: E402
from ketluan.graph.endpoint.settings import Settings  # noqa: E402

# Every status the endpoint may answer a hostile request with; 500 only as the JSON error shape.
ALLOWED = {200, 400, 403, 404, 405, 406, 408, 413, 415, 500, 503}
LEAKS = ("Traceback", 'File "/', "site-packages", "[tool.setuptools]", "root:x:0:0")

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    derandomize=True,
)


def _quads(path: Path) -> set[str]:
    store = ox.Store.read_only(str(path))
    return {str(q) for q in store}


@pytest.fixture(scope="module")
def server(samples_store: Path) -> Iterator[tuple[httpx.Client, Path]]:
    before = _quads(samples_store)
    settings_ = Settings(store=samples_store, port=0, query_timeout_s=3, max_result_bytes=200_000, workers=2)
    with serve_in_thread(settings_) as url, httpx.Client(base_url=url, timeout=30) as client:
        yield client, samples_store
        # after everything: still serving, both workers alive, nothing changed
        health = client.get("/healthz")
        assert health.status_code == 200 and health.json()["workers_alive"] == 2, health.text
    assert _quads(samples_store) == before


def assert_handled(r: httpx.Response) -> None:
    assert r.status_code in ALLOWED, (r.status_code, r.text[:300])
    for leak in LEAKS:
        assert leak not in r.text, (leak, r.text[:300])
    if r.status_code >= 400 and "json" in r.headers.get("content-type", ""):
        body = r.json()
        assert set(body) == {"error"} and body["error"]["status"] == r.status_code, body
    if r.status_code == 500:
        assert r.json()["error"]["title"] in {"Result too large", "Store error"}, r.text


FRAGMENTS = [
    "SELECT * WHERE {",
    "}",
    "{",
    "?s ?p ?o .",
    "OPTIONAL {",
    "UNION",
    "FILTER(",
    ")",
    "(",
    "GRAPH ?g {",
    "SERVICE <http://127.0.0.1:1/sparql> {",
    "INSERT DATA { <a:b> <a:c> <a:d> }",
    "DROP ALL",
    "LOAD <file:///etc/passwd>",
    '"' + "x" * 5000 + '"',
    "<http://example.org/" + "a" * 3000 + ">",
    "PREFIX kl: <https://w3id.org/ketluan/ontology#>",
    "?x kl:text ?t",
    "BIND(",
    "AS ?v",
    "VALUES ?v {",
    "# comment\n",
    "'",
    '"""',
    "\\",
    "\x00",
    "ORDER BY ?s",
    "LIMIT 1",
    "CONSTRUCT {",
    "DESCRIBE",
    "ASK {",
    'REGEX(?t, "(a+)+$")',
    ";",
    ",",
    "^^",
    "@vi",
]


@FUZZ
@given(text=st.text(max_size=2000), how=st.sampled_from(["get", "form", "raw"]))
def test_endpoint_fuzz_arbitrary_text_as_a_query(server: Any, text: str, how: str) -> None:
    client, _ = server
    if how == "get":
        r = client.get(
            "/sparql", params={"query": text}, headers={"Accept": "application/sparql-results+json"}
        )
    elif how == "form":
        r = client.post("/sparql", data={"query": text})
    else:
        r = client.post(
            "/sparql",
            content=text.encode("utf-8", "surrogatepass"),
            headers={"Content-Type": "application/sparql-query"},
        )
    assert_handled(r)


@FUZZ
@given(parts=st.lists(st.sampled_from(FRAGMENTS), max_size=40), depth=st.integers(0, 400))
def test_endpoint_fuzz_sparql_fragments_and_deep_nesting(server: Any, parts: list[str], depth: int) -> None:
    client, _ = server
    query = "SELECT * WHERE " + "{ " * depth + " ".join(parts) + " }" * depth
    assert_handled(client.post("/sparql", data={"query": query}))
    assert_handled(client.post("/sparql", data={"update": query}))


PARAM_TEXT = st.lists(
    st.sampled_from([*string.printable, "Hòa", "đ", "}", "\u200b", "\x00", '" } ; DROP ALL ; #', "\\"]),
    max_size=100,
).map("".join)


@FUZZ
@given(
    name=st.sampled_from(
        [
            "person_profile",
            "agency_posts_over_time",
            "agency_assignments",
            "search_directives",
            "notice_extraction",
            "units_assigned_topic",
            "directives_due_between",
        ]
    ),
    value=PARAM_TEXT,
)
def test_endpoint_fuzz_named_query_parameters(server: Any, name: str, value: str) -> None:
    client, _ = server
    keys = {
        "person_profile": "name",
        "agency_posts_over_time": "agency",
        "agency_assignments": "agency",
        "search_directives": "q",
        "notice_extraction": "notice",
        "units_assigned_topic": "topic",
        "directives_due_between": "from",
    }
    r = client.get(f"/api/query/{name}", params={keys[name]: value})
    assert_handled(r)
    assert r.status_code in {200, 400, 503}, r.text[:300]


SEGMENTS = [
    "..",
    "%2e%2e",
    "%2E%2E",
    "..%2f",
    "%2f",
    "%00",
    ".",
    "etc",
    "passwd",
    "pyproject.toml",
    "js",
    "css",
    "vendor",
    "app.py",
    "..\\",
    "~",
    "%252e%252e",
    "a" * 200,
]


@FUZZ
@given(
    prefix=st.sampled_from(["/static/", "/id/", "/", "/api/query/"]),
    segments=st.lists(st.sampled_from(SEGMENTS), min_size=1, max_size=12),
)
def test_endpoint_fuzz_paths_never_leave_the_package(server: Any, prefix: str, segments: list[str]) -> None:
    client, _ = server
    r = client.get(prefix + "/".join(segments))
    if r.status_code in {301, 307, 308}:  # "/static" -> "/static/": a redirect, to this server only
        location = httpx.URL(r.headers["location"])
        assert location.host in {"", client.base_url.host}, r.headers["location"]
        return
    assert_handled(r)
    assert r.status_code in {200, 400, 404, 405}, (r.status_code, r.text[:200])


def test_endpoint_slow_clients_do_not_hold_up_the_others(server: Any) -> None:
    """Clients that send their request a byte at a time, or stop halfway through a body, tie up only their
    own connection: the event loop never waits for them, and everyone else is answered as usual."""
    import socket
    import time

    client, _ = server
    host, port = client.base_url.host, client.base_url.port
    slow: list[socket.socket] = []
    try:
        for i in range(40):
            s = socket.create_connection((host, port), timeout=5)
            if i % 2:  # headers, then half of the announced body, then silence
                s.sendall(
                    b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                    b"Content-Length: 1000\r\n\r\nSELECT * WHERE {"
                )
            else:  # the request line, one byte at a time below
                s.sendall(b"GET /sparql?query=ASK")
            slow.append(s)
        for _ in range(3):
            for s in slow[::2]:
                s.sendall(b"%")
            started = time.monotonic()
            r = client.get(
                "/sparql", params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": "application/json"}
            )
            assert r.status_code == 200 and r.json()["boolean"] is True
            assert time.monotonic() - started < 2.0
    finally:
        for s in slow:
            s.close()
    assert client.get("/healthz").status_code == 200
