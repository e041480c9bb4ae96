"""The W3C SPARQL 1.1 Protocol tests, replayed over HTTP against a real `ketluan serve` (issue 4).

The manifest (w3c/rdf-tests ``sparql/sparql11/protocol/manifest.ttl``, 34 ``mf:ProtocolTest``s) is read from
``../shared/w3c-sparql-protocol`` next to the checkout, never copied here; without it every case is skipped.
Each test is one pytest case named after its ``mf:name``. A case loads the graphs its ``ut:graphData`` names
(``rdfs:label`` = graph name, content from ``data1.nt`` …), replays its ``ht:Request``s in order with httpx
(method, path with the manifest's ``/sparql/`` mapped to our ``/sparql``, headers, body — encoded in the
body's ``cnt:characterEncoding``, so the UTF-16 cases send UTF-16 bytes) and checks each ``ht:Response``:

- ``mf:expectedStatus``: the class of the status code (2xx/3xx/4xx);
- ``mf:expectedFormat``: the media type and that the body parses in it — ``boolean``: SPARQL results in JSON
  or XML (the CSV/TSV formats have no boolean form); ``tabular``: JSON, XML, CSV or TSV results; ``RDF``:
  an RDF syntax (RDF/XML, Turtle, N-Triples, JSON-LD), parsed with rdflib;
- ``mf:expectedBoolean``: the ASK answer.

Servers, each on its own temporary store and free loopback port, started with the real command line
(``python -m ketluan.graph.cli serve …``):

- query tests run against read-only servers, one per distinct set of graphs, loaded into the store before the
  server starts (the endpoint's default graph is the union of all graphs, so tests with different data never
  share a store);
- update tests (their names say ``update``) run against one server started with ``--allow-update`` and the
  token in ``$KETLUAN_UPDATE_TOKEN``; every request carries ``Authorization: Bearer <token>``, so a refusal
  must come from the protocol, not from missing credentials. Before each case the store is emptied with
  ``DROP ALL``;
- the query tests that need data run a second time on that server, their graphs loaded through the SPARQL 1.1
  Graph Store HTTP Protocol (``PUT /rdf-graph-store?graph=<label>``), ids ``gsp-loaded/<name>``.

The manifest's dataset tests all expect ``true``, which a server ignoring ``default-graph-uri`` and
``named-graph-uri`` would give too; `DATASET_CONTROLS` adds the ``false`` cases on the same data.

A failure names the test, the request, what the manifest expects and what came back.
"""

from __future__ import annotations

import io
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import rdflib
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, Namespace
from rdflib.query import Result

httpx = pytest.importorskip("httpx")

pytestmark = [pytest.mark.issue(4), pytest.mark.slow]

W3C = Path(__file__).parents[3] / "shared" / "w3c-sparql-protocol"
MANIFEST = W3C / "manifest.ttl"
#: The manifest's endpoint path prefix, and ours.
MANIFEST_PATH = "/sparql/"
ENDPOINT_PATH = "/sparql"
GSP_PATH = "/rdf-graph-store"
TOKEN = "w3c-protocol-test-token"
STARTUP_S = 30.0
REQUEST_TIMEOUT_S = 20.0

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")

# Media types each mf:expectedFormat accepts (SPARQL 1.1 Protocol §2.1.6 and the manifest's test names), with
# the rdflib parser format for each.
# fmt: off
BOOLEAN_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml":  "xml",
}
TABULAR_TYPES = {
    **BOOLEAN_TYPES,
    "text/csv":                        "csv",
    "text/tab-separated-values":       "tsv",
}
RDF_TYPES = {
    "text/turtle":                     "turtle",
    "application/n-triples":           "nt",
    "application/rdf+xml":             "xml",
    "application/ld+json":             "json-ld",
}
# fmt: on


@dataclass(frozen=True)
class HttpRequest:
    """One ht:Request of the manifest with its expected ht:Response."""

    method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    body: bytes | None
    statuses: frozenset[int]  # accepted status classes: 2 for hts:StatusCode2xx, …
    format: str | None  # "boolean" | "tabular" | "RDF"
    boolean: bool | None

    def describe(self) -> str:
        headers = "".join(f"\n    {k}: {v}" for k, v in self.headers)
        body = "" if self.body is None else f"\n    body: {self.body[:300]!r}"
        return f"{self.method} {self.path}{headers}{body}"

    def expected(self) -> str:
        parts = ["status " + "/".join(f"{c}xx" for c in sorted(self.statuses))]
        if self.format:
            parts.append(f"format {self.format}")
        if self.boolean is not None:
            parts.append(f"boolean {str(self.boolean).lower()}")
        return ", ".join(parts)


@dataclass(frozen=True)
class ProtocolTest:
    id: str  # slug of mf:name
    name: str  # mf:name
    local: str  # local name of the test IRI (query_post_form, …)
    graphs: tuple[tuple[str, Path], ...]  # (graph name, N-Triples file), sorted
    requests: tuple[HttpRequest, ...]

    @property
    def is_update(self) -> bool:
        return "update" in self.local


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _body(g: rdflib.Graph, node: rdflib.term.Node | None) -> bytes | None:
    if node is None:
        return None
    chars = str(g.value(node, CNT.chars))
    encoding = str(g.value(node, CNT.characterEncoding) or "UTF-8")
    return chars.encode(encoding.lower())


def _request(g: rdflib.Graph, node: rdflib.term.Node) -> HttpRequest:
    headers_list = g.value(node, HT.headers)
    headers = tuple(
        (str(g.value(h, HT.fieldName)), str(g.value(h, HT.fieldValue)))
        for h in (Collection(g, headers_list) if headers_list is not None else [])
    )
    resp = g.value(node, HT.resp)
    statuses = frozenset(
        int(str(s).rsplit("StatusCode", 1)[1][0]) for s in g.objects(resp, MF.expectedStatus)
    )
    fmt = g.value(resp, MF.expectedFormat)
    boolean = g.value(resp, MF.expectedBoolean)
    return HttpRequest(
        method=str(g.value(node, HT.methodName)),
        path=str(g.value(node, HT.absolutePath)),
        headers=headers,
        body=_body(g, g.value(node, HT.body)),
        statuses=statuses,
        format=None if fmt is None else str(fmt),
        boolean=None if boolean is None else bool(boolean.toPython()),
    )


def read_manifest(path: Path = MANIFEST) -> list[ProtocolTest]:
    """The manifest's tests in its order (mf:entries)."""
    g = rdflib.Graph().parse(path, format="turtle")
    manifest = next(g.subjects(RDF.type, MF.Manifest))
    entries = list(Collection(g, g.value(manifest, MF.entries)))
    names = [str(g.value(test, MF.name)) for test in entries]
    tests: list[ProtocolTest] = []
    for test, name in zip(entries, names, strict=True):
        local = str(test).rsplit("#", 1)[-1]
        slug = _slug(name)
        if names.count(name) > 1:  # the DESCRIBE and CONSTRUCT tests share "query appropriate content type …"
            slug = f"{slug}-{_slug(local.rsplit('_', 1)[-1])}"
        graphs = sorted(
            (str(g.value(gd, RDFS.label)), path.parent / str(g.value(gd, UT.graph)).rsplit("/", 1)[-1])
            for gd in g.objects(test, UT.graphData)
        )
        action = g.value(test, MF.action)
        requests = tuple(_request(g, r) for r in Collection(g, g.value(action, HT.requests)))
        tests.append(ProtocolTest(slug, name, local, tuple(graphs), requests))
    return tests


if MANIFEST.is_file():
    TESTS = read_manifest()
    QUERY_CASES = [pytest.param(t, id=t.id) for t in TESTS]
    GSP_CASES = [pytest.param(t, id=f"gsp-loaded/{t.id}") for t in TESTS if t.graphs and not t.is_update]
else:  # pragma: no cover - the shared folder is absent outside the project's machines
    TESTS = []
    _SKIP = pytest.mark.skip(reason=f"W3C protocol manifest not found at {MANIFEST}")
    QUERY_CASES = GSP_CASES = [pytest.param(None, id="manifest-absent", marks=_SKIP)]


# -- servers --------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    """A `ketluan serve` subprocess on a loopback port."""

    proc: subprocess.Popen[bytes]
    url: str
    log: Path
    token: str | None

    def client(self) -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        return httpx.Client(
            base_url=self.url, headers=headers, timeout=REQUEST_TIMEOUT_S, follow_redirects=True
        )

    def log_tail(self, n: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


def start_server(store: Path, log: Path, *, allow_update: bool = False) -> Server:
    port = _free_port()
    cmd = [sys.executable, "-m", "ketluan.graph.cli", "serve", "--store", str(store)]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--query-timeout", "15"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("KETLUAN_")}  # only what we pass
    if allow_update:
        cmd.append("--allow-update")
        env["KETLUAN_UPDATE_TOKEN"] = TOKEN
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env)
    server = Server(proc, f"http://127.0.0.1:{port}", log, TOKEN if allow_update else None)
    deadline = time.monotonic() + STARTUP_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"`{' '.join(cmd)}` exited with {proc.returncode}:\n{server.log_tail()}")
        try:
            if httpx.get(f"{server.url}/healthz", timeout=1.0).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    server.stop()
    pytest.fail(f"`{' '.join(cmd)}` did not answer /healthz within {STARTUP_S:.0f} s:\n{server.log_tail()}")


def load_graphs(store_dir: Path, graphs: tuple[tuple[str, Path], ...]) -> None:
    """Write each N-Triples file into its named graph, straight into the store (no server running)."""
    import pyoxigraph as ox

    from ketluan.graph.store import Store

    with Store.open(store_dir) as store:
        for name, path in graphs:
            store.ox.load(path=path, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(name))


@pytest.fixture(scope="module")
def read_only_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """``server(graphs)``: a read-only server whose store holds exactly ``graphs`` (one per distinct set)."""
    servers: dict[tuple[tuple[str, Path], ...], Server] = {}

    def server(graphs: tuple[tuple[str, Path], ...]) -> Server:
        if graphs not in servers:
            root = tmp_path_factory.mktemp("w3c-ro")
            load_graphs(root / "store", graphs)
            servers[graphs] = start_server(root / "store", root / "serve.log")
        return servers[graphs]

    yield server
    for s in servers.values():
        s.stop()


@pytest.fixture(scope="module")
def update_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("w3c-rw")
    server = start_server(root / "store", root / "serve.log", allow_update=True)
    yield server
    server.stop()


def reset_through_protocol(server: Server, graphs: tuple[tuple[str, Path], ...]) -> None:
    """Empty the store (``DROP ALL``) and load ``graphs`` through the Graph Store Protocol (PUT)."""
    with server.client() as client:
        r = client.post(
            ENDPOINT_PATH, content=b"DROP ALL", headers={"Content-Type": "application/sparql-update"}
        )
        assert r.status_code // 100 == 2, f"DROP ALL with the token: {r.status_code} {r.text[:300]}"
        for name, path in graphs:
            r = client.put(
                GSP_PATH,
                params={"graph": name},
                content=path.read_bytes(),
                headers={"Content-Type": "application/n-triples"},
            )
            assert r.status_code in (200, 201, 204), (
                f"PUT {GSP_PATH}?graph={name} ({path.name}) with the token: {r.status_code} {r.text[:300]}"
            )


# -- replaying and checking -----------------------------------------------------------------------------


def _media_type(response: httpx.Response) -> str:
    return response.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def check_response(test: ProtocolTest, step: int, req: HttpRequest, response: httpx.Response) -> None:
    """Raise AssertionError naming the test, the request, what was expected and what came back."""

    def fail(why: str) -> None:
        pytest.fail(
            f"W3C protocol test {test.local} ({test.name}), request {step + 1}/{len(test.requests)}:\n"
            f"  request:  {req.describe()}\n"
            f"  expected: {req.expected()}\n"
            f"  got:      {response.status_code} {response.headers.get('content-type', '(no content-type)')}\n"
            f"    body: {response.content[:400]!r}\n"
            f"  problem:  {why}",
            pytrace=False,
        )

    if response.status_code // 100 not in req.statuses:
        fail(f"status {response.status_code} is not {'/'.join(f'{c}xx' for c in sorted(req.statuses))}")
    if req.format is None:
        return
    media = _media_type(response)
    accepted = {"boolean": BOOLEAN_TYPES, "tabular": TABULAR_TYPES, "RDF": RDF_TYPES}[req.format]
    if media not in accepted:
        fail(f"media type {media or '(none)'!r} is not one of {', '.join(accepted)} ({req.format} results)")
    if req.format == "RDF":
        try:
            rdflib.Graph().parse(data=response.content, format=accepted[media])
        except Exception as e:
            fail(f"body does not parse as {media}: {e}")
        return
    try:
        result = Result.parse(io.BytesIO(response.content), format=accepted[media])
    except Exception as e:
        fail(f"body does not parse as {media}: {e}")
    if req.format == "boolean":
        if result.type != "ASK":
            fail(f"expected a boolean result, got a {result.type} result")
        if req.boolean is not None and result.askAnswer is not req.boolean:
            fail(f"ASK answered {result.askAnswer}, expected {req.boolean}")
    elif result.type != "SELECT":
        fail(f"expected a tabular (SELECT) result, got a {result.type} result")


def replay(test: ProtocolTest, server: Server) -> None:
    with server.client() as client:
        for step, req in enumerate(test.requests):
            assert req.path.startswith(MANIFEST_PATH), req.path
            path = ENDPOINT_PATH + req.path[len(MANIFEST_PATH) - 1 :].removeprefix("/")
            response = client.request(req.method, path, headers=list(req.headers), content=req.body)
            check_response(test, step, req, response)


# -- the tests --------------------------------------------------------------------------------------------


def test_w3c_protocol_manifest_lists_34_tests() -> None:
    if not TESTS:
        pytest.skip(f"W3C protocol manifest not found at {MANIFEST}")
    assert len(TESTS) == 34
    assert len({t.id for t in TESTS}) == 34
    assert sum(t.is_update for t in TESTS) == 14
    by_local = {t.local: t for t in TESTS}
    assert by_local["bad_query_non_utf8"].requests[0].body == "ASK {}".encode("utf-16")
    assert by_local["query_dataset_full"].graphs == tuple(
        (f"http://kasei.us/2009/09/sparql/data/data{i}.rdf", W3C / f"data{i}.nt") for i in (1, 2, 3)
    )


@pytest.mark.parametrize("test", QUERY_CASES)
def test_w3c_protocol(test: ProtocolTest, read_only_server, update_server: Server) -> None:
    """One manifest test: query tests on a read-only server, update tests with --allow-update and the token."""
    if test.is_update:
        reset_through_protocol(update_server, test.graphs)
        replay(test, update_server)
    else:
        replay(test, read_only_server(test.graphs))


DATA = "http://kasei.us/2009/09/sparql/data/data{}.rdf"
# The manifest's dataset tests only expect `true`, which a server ignoring default-graph-uri/named-graph-uri
# (answering over the union of all graphs) would also give. These controls, on the same data (the three
# graphs), expect `false` where the protocol's dataset leaves the asked triple out.
# fmt: off
DATASET_CONTROLS = [
    # (query, default-graph-uri, named-graph-uri, expected)
    (f"ASK {{ <{DATA.format(1)}> a ?t }}",                 [DATA.format(2)],                 [],               False),
    (f"ASK {{ <{DATA.format(1)}> a ?t }}",                 [DATA.format(1)],                 [],               True),
    (f"ASK {{ <{DATA.format(1)}> a ?t }}",                 [DATA.format(2), DATA.format(3)], [],               False),
    (f"ASK {{ GRAPH ?g {{ <{DATA.format(3)}> a ?t }} }}",  [],                               [DATA.format(1)], False),
    (f"ASK {{ GRAPH ?g {{ <{DATA.format(1)}> a ?t }} }}",  [],                               [DATA.format(1)], True),
    (f"ASK {{ <{DATA.format(1)}> a ?t }}",                 [],                               [DATA.format(1)], False),
    (f"ASK FROM <{DATA.format(1)}> {{ <{DATA.format(1)}> a ?t }}", [DATA.format(2)],         [],               False),
]
# fmt: on


@pytest.mark.parametrize(("query", "default", "named", "expected"), DATASET_CONTROLS)
def test_w3c_protocol_dataset_parameters_restrict_the_dataset(
    query: str, default: list[str], named: list[str], expected: bool, read_only_server
) -> None:
    if not TESTS:
        pytest.skip(f"W3C protocol manifest not found at {MANIFEST}")
    graphs = tuple((DATA.format(i), W3C / f"data{i}.nt") for i in (1, 2, 3))
    params = [("query", query)] + [("default-graph-uri", g) for g in default]
    params += [("named-graph-uri", g) for g in named]
    with read_only_server(graphs).client() as client:
        r = client.get(ENDPOINT_PATH, params=params, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.text[:300]
    assert r.json()["boolean"] is expected, f"{params}: {r.text[:300]}"


@pytest.mark.parametrize("test", GSP_CASES)
def test_w3c_protocol_on_graph_store_loaded_data(test: ProtocolTest, update_server: Server) -> None:
    """The query tests that need data, their graphs PUT through the Graph Store Protocol first."""
    reset_through_protocol(update_server, test.graphs)
    replay(test, update_server)
