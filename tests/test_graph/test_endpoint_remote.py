"""``ketluan serve --endpoint URL``: the endpoint and its pages answering from a real Virtuoso server
(`ketluan.graph.endpoint.remote.RemoteExecutor`), read-only."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from ketluan.graph.cli import app as cli
from ketluan.graph.endpoint.app import create_app
from ketluan.graph.endpoint.remote import RemoteExecutor
from ketluan.graph.endpoint.settings import Settings, SettingsError
from ketluan.graph.push import push_store
from ketluan.graph.queries import load_query, run_query, to_json
from ketluan.graph.remote import Remote

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=".*httpx.*")
    from starlette.testclient import TestClient

pytestmark = [pytest.mark.issue(7), pytest.mark.slow]


@pytest.fixture(scope="module")
def local(samples_store: Path) -> ox.Store:
    return ox.Store.read_only(str(samples_store))


@pytest.fixture(scope="module")
def client(local: ox.Store, samples_store: Path, virtuoso) -> Iterator[TestClient]:  # noqa: ANN001
    push_store(
        local, Remote(virtuoso.url, gsp_url=virtuoso.gsp_url, user=virtuoso.user, password=virtuoso.password)
    )
    settings = Settings(store=samples_store, endpoint=virtuoso.url, port=0)
    app = create_app(settings)
    assert isinstance(app.state.executor, RemoteExecutor)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def _bindings(document: dict) -> list[str]:
    return sorted(
        json.dumps(row, sort_keys=True, ensure_ascii=False) for row in document["results"]["bindings"]
    )


@pytest.mark.parametrize(
    "name, params", [("units_assigned_topic", {"topic": "inspection"}), ("who_chaired", {})]
)
def test_endpoint_remote_named_query_as_embedded(
    name: str, params: dict, client: TestClient, local: ox.Store
) -> None:
    response = client.get(f"/api/query/{name}", params=params)
    assert response.status_code == 200, response.text
    expected = json.loads(to_json(run_query(local, load_query(name), params)))
    assert response.json()["head"]["vars"] == expected["head"]["vars"]
    assert _bindings(response.json()) == _bindings(expected) and expected["results"]["bindings"]


def test_endpoint_remote_sparql_protocol_formats(client: TestClient) -> None:
    """Prefixes the store knows need no declaration; the answer comes in the negotiated format."""
    query = "SELECT ?f WHERE { ?n a kl:Notice ; kl:sourceFile ?f } ORDER BY ?f"
    csv = client.get("/sparql", params={"query": query}, headers={"Accept": "text/csv"})
    assert csv.status_code == 200, csv.text
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text.splitlines()[0] == "f" and len(csv.text.splitlines()) == 7
    ask = client.get(
        "/sparql", params={"query": "ASK { ?n a kl:Notice }"}, headers={"Accept": "application/json"}
    )
    assert ask.json()["boolean"] is True


def test_endpoint_remote_construct_page(client: TestClient) -> None:
    """A linked-data page is a CONSTRUCT with the node substituted, answered by Virtuoso."""
    iri = "https://w3id.org/ketluan/id/notice/2018-04-10-sokhcn-quangngai-giao-ban-quy1"
    turtle = client.get("/id/notice/2018-04-10-sokhcn-quangngai-giao-ban-quy1", params={"format": "turtle"})
    assert turtle.status_code == 200, turtle.text
    triples = list(ox.parse(turtle.content, format=ox.RdfFormat.TURTLE))
    assert any(t.subject == ox.NamedNode(iri) for t in triples)
    page = client.get("/id/notice/2018-04-10-sokhcn-quangngai-giao-ban-quy1", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "giao-ban-quy1" in page.text


def test_endpoint_remote_is_read_only(client: TestClient) -> None:
    update = client.post("/sparql", data={"update": "DROP ALL"})
    assert update.status_code == 403
    as_query = client.get("/sparql", params={"query": "CLEAR ALL"}, headers={"Accept": "application/json"})
    assert as_query.status_code == 403 and "read-only" in as_query.json()["error"]["detail"]
    still = client.get(
        "/sparql", params={"query": "ASK { ?n a kl:Notice }"}, headers={"Accept": "application/json"}
    )
    assert still.json()["boolean"] is True


def test_endpoint_remote_refuses_update_setting(samples_store: Path) -> None:
    with pytest.raises(SettingsError, match="read-only"):
        Settings(
            store=samples_store, endpoint="http://127.0.0.1:1/sparql", allow_update=True, update_token="x"
        ).validate()


def test_endpoint_remote_server_down_is_a_clear_error(samples_store: Path) -> None:
    result = CliRunner().invoke(
        cli, ["serve", "--endpoint", "http://127.0.0.1:9/sparql", "--get", "/api/query/who_chaired"]
    )
    assert result.exit_code == 1
    body = json.loads(result.stdout)
    assert "connection refused" in body["error"]["detail"] and "127.0.0.1:9" in body["error"]["detail"]


def test_endpoint_remote_serve_get(virtuoso, client: TestClient) -> None:  # noqa: ANN001
    result = CliRunner().invoke(
        cli, ["serve", "--endpoint", virtuoso.url, "--get", "/api/query/chairs_across_years"]
    )
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.stdout)["results"]["bindings"]
    assert row["person"]["value"] == "Trần Quốc Bảo"
