"""The store pushed into a real Virtuoso Open-Source server and queried there: the same named queries must give
the same answers on the embedded store and on Virtuoso (issue 7).

The server is the session fixture ``virtuoso`` (``conftest.py``): a private ``virtuoso-t`` on loopback, skipped
when Virtuoso is not installed. Results are compared as sets of rows, with two normalisations, both where
SPARQL itself leaves the answer open, and nothing else (no datatype is adjusted: none differs):

- ``GROUP_CONCAT`` lists (`NamedQuery.list_columns`) are compared as sorted items: SPARQL leaves their order open, and
  Virtuoso concatenates in another order than pyoxigraph;
- a ``GROUP_CONCAT`` over no values is ``""`` on Virtuoso (as SPARQL 1.1 §18.5.1.7 computes it) and unbound on
  pyoxigraph 0.5: both are read as "no items".
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from ketluan.graph.cli import app
from ketluan.graph.errors import QueryError, RemoteError
from ketluan.graph.push import MANIFEST_GRAPH, push_store
from ketluan.graph.queries import QueryResult, load_query, parse_query, query_names, run_query
from ketluan.graph.remote import Remote, incomplete, remote_select, run_remote_query
from ketluan.graph.store import Store

pytestmark = [pytest.mark.issue(7), pytest.mark.slow]

# fmt: off
#: Parameters that give each query rows on the bundled samples (the golden parameters of test_queries.py
#: are for its own fixture graph, where some of these names do not occur).
SAMPLE_PARAMS: dict[str, dict[str, str]] = {
    "directives_due_between": {"from": "2018-01-01", "to": "2019-12-31"},
    "agency_posts_over_time": {"agency": "khoa học và công nghệ"},
    "search_directives":      {"q": "Kiểm định"},
    "notice_extraction":      {"notice": "2018-04-10_sokhcn-quangngai_giao-ban-quy1.txt"},
    "person_profile":         {"name": "trần quốc bảo"},
    "agency_assignments":     {"agency": "đo lường", "since": "2018"},
    "units_assigned_topic":   {"topic": "inspection"},
    "meetings_in_province":   {"province": "quảng ngãi", "from": "2018", "to": "2018"},
}

#: Queries whose answers differ on Virtuoso, with the reason (xfail, strict): none at present.
KNOWN_DIFFERENCES: dict[str, str] = {}
# fmt: on


@pytest.fixture(scope="session")
def remote(virtuoso) -> Remote:  # noqa: ANN001 - the conftest's VirtuosoServer
    return Remote(virtuoso.url, gsp_url=virtuoso.gsp_url, user=virtuoso.user, password=virtuoso.password)


@pytest.fixture(scope="session")
def local(samples_store: Path) -> Iterator[ox.Store]:
    yield ox.Store.read_only(str(samples_store))


@pytest.fixture(scope="session")
def pushed(local: ox.Store, remote: Remote) -> Remote:
    """The samples store pushed into Virtuoso (once per session). Forced: another module may have pushed
    the same store to this session's server already, which would leave every graph "unchanged"."""
    summary = push_store(local, remote, force=True)
    assert summary.pushed == len(_graphs(local)) and summary.removed == 0
    return remote


def _graphs(store: ox.Store) -> list[str]:
    return sorted(g.value for g in store.named_graphs() if not g.value.endswith("graph/mention-index"))


def _rows(result: QueryResult, query: str) -> list[tuple[object, ...]]:
    lists = load_query(query).list_columns
    rows = []
    for row in result.rows:
        cells: list[object] = []
        for name, term in zip(result.variables, row, strict=True):
            if name in lists:
                items = [] if term is None else [i for i in term.value.split(lists[name]) if i]
                cells.append(tuple(sorted(items)))
            else:
                cells.append(None if term is None else str(term))
        rows.append(tuple(cells))
    return sorted(rows, key=repr)


def _cases() -> list[object]:
    cases = []
    for name in query_names():
        marks = (
            [pytest.mark.xfail(reason=KNOWN_DIFFERENCES[name], strict=True)]
            if name in KNOWN_DIFFERENCES
            else []
        )
        required = any(p.required for p in load_query(name).params)
        if not required:
            cases.append(pytest.param(name, {}, id=f"{name}-defaults", marks=marks))
        if name in SAMPLE_PARAMS:
            cases.append(pytest.param(name, SAMPLE_PARAMS[name], id=f"{name}-samples", marks=marks))
    return cases


def test_remote_every_named_query_is_compared() -> None:
    covered = {case.values[0] for case in _cases()}  # type: ignore[attr-defined]
    assert covered == set(query_names())


@pytest.mark.parametrize("name, params", _cases())
def test_remote_named_query_same_answers_as_embedded(
    name: str, params: dict[str, str], local: ox.Store, pushed: Remote
) -> None:
    q = load_query(name)
    expected = run_query(local, q, params)
    got = run_remote_query(pushed, q, params)
    assert got.variables == expected.variables
    assert _rows(got, name) == _rows(expected, name)
    if params:
        assert len(expected) > 0, f"{name} with {params} finds nothing on the samples: pick other parameters"


def test_remote_default_graph_is_the_union_of_named_graphs(local: ox.Store, pushed: Remote) -> None:
    """A query without FROM reads every named graph on Virtuoso, as the named queries expect."""
    union = remote_select(
        pushed, "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/ketluan/ontology#Notice> }"
    )
    notices = sum(1 for _ in local.quads_for_pattern(None, ox.NamedNode(_RDF_TYPE), ox.NamedNode(_NOTICE)))
    assert notices == 6
    assert int(union["results"]["bindings"][0]["n"]["value"]) == notices


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_NOTICE = "https://w3id.org/ketluan/ontology#Notice"


def test_remote_push_one_graph_per_notice(local: ox.Store, pushed: Remote) -> None:
    answer = remote_select(
        pushed,
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
        "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/ketluan/')) } GROUP BY ?g",
    )
    counts = {row["g"]["value"]: int(row["n"]["value"]) for row in answer["results"]["bindings"]}
    expected = {
        g: sum(1 for _ in local.quads_for_pattern(None, None, None, ox.NamedNode(g))) for g in _graphs(local)
    }
    assert {g: n for g, n in counts.items() if g != MANIFEST_GRAPH} == expected
    assert sum(1 for g in expected if "/id/notice/" in g) == 6


def test_remote_repush_sends_only_what_changed(samples_store: Path, pushed: Remote, tmp_path: Path) -> None:
    copy = tmp_path / "store"
    shutil.copytree(samples_store, copy)
    with Store.open(copy) as store:
        again = push_store(store, pushed)
        assert (again.pushed, again.removed) == (0, 0) and again.unchanged == len(_graphs(store.ox))
        removed = store.remove_notice("2019-05-16_soyte-thainguyen_tb-ket-luan.txt")
        assert removed == "https://w3id.org/ketluan/id/notice/2019-05-16-soyte-thainguyen-tb-ket-luan"
        states: dict[str, str] = {}
        try:
            after = push_store(store, pushed, on_graph=lambda g, state: states.__setitem__(g, state))
            assert after.removed == 1
            assert [g for g, s in states.items() if s == "removed"] == [removed]
            gone = remote_select(
                pushed, "SELECT ?f WHERE { ?n <https://w3id.org/ketluan/ontology#sourceFile> ?f }"
            )
            files = {row["f"]["value"] for row in gone["results"]["bindings"]}
            assert "2019-05-16_soyte-thainguyen_tb-ket-luan.txt" not in files and len(files) == 5
        finally:  # the other tests read the full samples
            restored = push_store(ox.Store.read_only(str(samples_store)), pushed)
        assert restored.pushed == 1 + sum(1 for s in states.values() if s == "pushed")


# fmt: off
HOSTILE = [
    'a"b', 'x" } DROP ALL #', "line\nbreak\r\n", "back\\slash\\", '\\u0022 \\"', "it's '''", '"""',
    "# not a comment", "<http://x> > y", "?q $q", "Kiểm định", "😀 emoji", "tab\tend", "\\",
]
# fmt: on


@pytest.mark.parametrize("value", HOSTILE)
def test_remote_string_parameter_arrives_intact(value: str, pushed: Remote) -> None:
    """What is passed is what the server compares with: quotes, braces, newlines, backslashes stay inside."""
    q = parse_query(
        "echo", "# params: q= (string: anything)\nSELECT (?q AS ?echo) (STRLEN(?q) AS ?n) WHERE { }\n"
    )
    [(echo, length)] = run_remote_query(pushed, q, {"q": value}).rows
    assert isinstance(echo, ox.Literal) and isinstance(length, ox.Literal)
    assert (echo.value, int(length.value)) == (value, len(value))


def test_remote_hostile_search_finds_nothing_and_changes_nothing(pushed: Remote, local: ox.Store) -> None:
    q = load_query("search_directives")
    for value in ('x" } } DELETE WHERE { ?s ?p ?o } #', "'}) . } INSERT DATA { <a:a> <a:b> <a:c> } #"):
        assert len(run_remote_query(pushed, q, {"q": value})) == 0
    assert len(run_remote_query(pushed, q, {})) == len(run_query(local, q, {})) > 0


def test_remote_bad_parameter_is_refused_before_sending(pushed: Remote) -> None:
    with pytest.raises(QueryError, match="is not a topic"):
        run_remote_query(pushed, load_query("units_assigned_topic"), {"topic": "metrology> } DROP ALL #"})


@pytest.mark.parametrize("url, match", [
    ("http://127.0.0.1:9/sparql", "connection refused"),
    ("ftp://127.0.0.1/sparql", "not an http"),
])  # fmt: skip
def test_remote_unreachable_is_one_line(url: str, match: str) -> None:
    with pytest.raises(RemoteError, match=match) as info:
        run_remote_query(Remote(url, timeout_s=5), load_query("who_chaired"))
    assert "\n" not in str(info.value)


def test_remote_wrong_path_names_the_url(virtuoso) -> None:  # noqa: ANN001
    url = virtuoso.url.replace("/sparql", "/no-such-endpoint")
    with pytest.raises(RemoteError, match=r"no-such-endpoint.*HTTP 404") as info:
        run_remote_query(Remote(url), load_query("who_chaired"))
    assert "\n" not in str(info.value)


def test_remote_push_without_credentials_is_refused(local: ox.Store, virtuoso) -> None:  # noqa: ANN001
    with pytest.raises(RemoteError, match=r"HTTP 401.*KETLUAN_ENDPOINT_USER"):
        push_store(local, Remote(virtuoso.url, gsp_url=virtuoso.gsp_url))
    anonymous = virtuoso.gsp_url.replace("-auth", "")  # Virtuoso's SPARQL user has no SPARQL_UPDATE grant
    with pytest.raises(RemoteError, match=r"HTTP 403"):
        push_store(local, Remote(virtuoso.url, gsp_url=anonymous))


def test_remote_query_through_the_auth_endpoint(pushed: Remote, virtuoso) -> None:  # noqa: ANN001
    """Credentials reach a protected query URL (digest, picked from the server's challenge)."""
    secured = Remote(f"{virtuoso.url}-auth", user=virtuoso.user, password=virtuoso.password)
    assert len(run_remote_query(secured, load_query("who_chaired"))) == 6
    assert secured.scheme_for(secured.url)[0] == "digest"


def test_remote_cli_push_and_query(
    samples_store: Path,
    local: ox.Store,
    pushed: Remote,
    virtuoso,
    monkeypatch,  # noqa: ANN001
) -> None:
    monkeypatch.setenv("KETLUAN_ENDPOINT_USER", virtuoso.user)
    monkeypatch.setenv("KETLUAN_ENDPOINT_PASSWORD", virtuoso.password)
    runner = CliRunner()
    result = runner.invoke(
        app, ["push", "--endpoint", virtuoso.url, "--gsp", virtuoso.gsp_url, "--store", str(samples_store)]
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith(
        f"0 graphs pushed (0 triples), {len(_graphs(local))} unchanged, 0 removed"
    )
    args = ["query", "units_assigned_topic", "-p", "topic=metrology", "--format", "csv"]
    remote_csv = runner.invoke(app, [*args, "--endpoint", virtuoso.url])
    local_csv = runner.invoke(app, [*args, "--store", str(samples_store)])
    assert remote_csv.exit_code == 0, remote_csv.output
    assert sorted(remote_csv.output.splitlines()) == sorted(local_csv.output.splitlines())
    assert len(remote_csv.output.splitlines()) > 1


def test_remote_cli_errors_are_one_line(samples_store: Path, virtuoso) -> None:  # noqa: ANN001
    runner = CliRunner()
    down = runner.invoke(app, ["query", "who_chaired", "--endpoint", "http://127.0.0.1:9/sparql"])
    assert down.exit_code == 1
    assert down.output.startswith("Error: http://127.0.0.1:9/sparql: connection refused")
    assert down.output.count("\n") == 1 and "Traceback" not in down.output
    refused = runner.invoke(app, ["push", "--endpoint", virtuoso.url, "--store", str(samples_store)])
    assert refused.exit_code == 1
    assert "Graph Store Protocol URL? Give it with --gsp" in refused.output
    assert refused.output.count("\n") == 1


def test_remote_answer_cut_at_the_row_limit_is_refused(pushed: Remote) -> None:
    """Virtuoso sends the first ResultSetMaxRows rows (100,000 in the fixture) of a longer answer with 200 OK
    and ``X-SPARQL-MaxRows``: that is an error, never a short answer."""
    q = parse_query("pairs", "SELECT ?a ?b WHERE { ?a a ?x . ?b a ?y }\n")
    with pytest.raises(
        RemoteError, match=r"cut the answer short at its limit of 100000 rows.*ResultSetMaxRows"
    ):
        run_remote_query(pushed, q)
    assert len(run_remote_query(pushed, parse_query("few", "SELECT ?a WHERE { ?a a ?x } LIMIT 10\n"))) == 10


def test_remote_partial_answer_after_the_time_limit_is_refused(pushed: Remote) -> None:
    """Past its time limit Virtuoso answers 200 OK with what it found so far and ``X-SQL-State: S1TAT``; the
    ``timeout`` parameter (ms) brings that limit down to show it."""
    import httpx

    response = httpx.post(
        pushed.url,
        data={
            "query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d FILTER(STR(?b) != STR(?d)) }",
            "timeout": "200",
        },
        headers={"Accept": "application/sparql-results+json"},
        timeout=60,
    )
    assert response.status_code == 200 and response.headers.get("x-sql-state") == "S1TAT"
    with pytest.raises(RemoteError, match="partial results.*MaxQueryExecutionTime") as info:
        incomplete(pushed.url, response.headers)
    assert info.value.status == 504
    incomplete(pushed.url, {"content-type": "application/sparql-results+json"})  # a whole answer passes


def test_remote_meeting_without_any_date(pushed: Remote) -> None:
    """A meeting with no date and no notice: YEAR of an unbound value is an error that Virtuoso raises for the
    whole query (SPARQL leaves the BIND unbound); meetings_by_province_year keeps such a meeting, year unbound."""
    import httpx

    graph = "https://w3id.org/ketluan/id/test/undated-meeting"
    body = f"<https://w3id.org/ketluan/id/test/m1> <{_RDF_TYPE}> <https://w3id.org/ketluan/ontology#Meeting> .\n".encode()
    local = ox.Store()
    local.load(body, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph))
    q = load_query("meetings_by_province_year")
    expected = run_query(local, q)
    assert [(str(p), y) for p, y, *_ in expected.rows] == [('"(unknown)"', None)]
    auth = httpx.DigestAuth(pushed.user or "", pushed.password or "")
    put = httpx.put(
        pushed.graph_store_url,
        params={"graph": graph},
        content=body,
        headers={"Content-Type": "text/turtle"},
        auth=auth,
    )
    assert put.status_code < 300, put.text
    try:
        got = run_remote_query(pushed, q)
        assert ('"(unknown)"', None, '"1"^^<http://www.w3.org/2001/XMLSchema#integer>') in {
            (str(p), y, str(m)) for p, y, m, *_ in got.rows
        }
    finally:  # the other tests read the samples only
        httpx.delete(pushed.graph_store_url, params={"graph": graph}, auth=auth)
