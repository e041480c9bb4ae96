"""The named queries in ``queries/``: headers, golden results on a fixture graph, parameters, formatting.

Golden files (STYLE habit 9): each ``queries/<name>.rq`` has ``tests/data/query_results/<name>.srj``, the
SPARQL JSON results expected on ``tests/data/query_fixture.trig`` with the parameters in ``GOLDEN_PARAMS``.
To rewrite them after a deliberate change, see ``tests/data/query_results/README.md``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import unicodedata
from pathlib import Path

import pyoxigraph as ox
import pytest
from rich.console import Console

from ketluan.graph.errors import GraphError, QueryError
from ketluan.graph.queries import (
    PARAM_KINDS,
    NamedQuery,
    QueryResult,
    bind_params,
    format_table,
    list_queries,
    load_query,
    parse_query,
    query_names,
    run_query,
    shorten_iri,
    to_csv,
    to_json,
)
from ketluan.graph.resolution import resolved_quads
from ketluan.graph.store import to_ox_quads

DATA = Path(__file__).resolve().parents[1] / "data"
FIXTURE = DATA / "query_fixture.trig"
RESULTS = DATA / "query_results"
REGENERATE = os.environ.get("KETLUAN_REGENERATE_GOLDEN") == "1"

KL = "https://w3id.org/ketluan/ontology#"
KLI = "https://w3id.org/ketluan/id/"
KLT = "https://w3id.org/ketluan/topic/"
XSD = "http://www.w3.org/2001/XMLSchema#"

# fmt: off
#: The queries the CLI and the docs refer to by name.
EXPECTED_QUERIES = {
    "units_assigned_topic", "chairs_across_years", "who_chaired", "absentees_by_locality",
    "directives_due_between", "directives_by_agency_topic", "agency_posts_over_time", "agency_hierarchy",
    "meetings_by_province_year", "people_in_several_notices", "search_directives", "notice_extraction",
    "person_profile", "agency_assignments", "signers_and_issuers", "meetings_in_province",
}

#: Parameters of the golden run of each query; a query not listed runs with its defaults.
GOLDEN_PARAMS: dict[str, dict[str, str]] = {
    "directives_due_between":  {"from": "2017-12-31", "to": "2018-02-27"},
    "agency_posts_over_time":  {"agency": "khoa học và công nghệ tỉnh vĩnh long"},
    "search_directives":       {"q": "Kiểm định"},
    "notice_extraction":       {"notice": "001_vinhlong_2017.txt"},
    "person_profile":          {"name": "lê thị hoa"},
    "agency_assignments":      {"agency": "đo lường", "since": "2018"},
    "meetings_in_province":    {"province": "tỉnh Vĩnh Long"},
}

#: Known failures, where reviewers can see them: query name -> reason.
KNOWN_FAILURES: dict[str, str] = {}
# fmt: on


def load_fixture() -> ox.Store:
    """The fixture's notice graphs, plus kli:graph/resolved as `ketluan.graph.resolution` computes it."""
    store = ox.Store()
    store.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    _, quads = resolved_quads(store)
    store.extend(to_ox_quads(quads))
    return store


@pytest.fixture(scope="session")
def store() -> ox.Store:
    """The fixture graph, shared: tests that change data use :func:`load_fixture` for their own copy."""
    return load_fixture()


def select_clause(text: str) -> str:
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    match = re.search(r"\bSELECT\b(.*?)\bWHERE\b", body, re.S | re.I)
    assert match, "no SELECT ... WHERE"
    return match.group(1)


def has_order_by(text: str) -> bool:
    return re.search(r"\bORDER\s+BY\b", text, re.I) is not None


def canonical(document: dict, list_columns: dict[str, str], ordered: bool) -> dict:
    """Sort GROUP_CONCAT items, and the rows too unless the query orders them."""
    rows = []
    for binding in document["results"]["bindings"]:
        row = dict(binding)
        for column, separator in list_columns.items():
            if column in row:
                items = sorted(row[column]["value"].split(separator))
                row[column] = {**row[column], "value": separator.join(items)}
        rows.append(row)
    if not ordered:
        rows.sort(key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False))
    return {"head": document["head"], "results": {"bindings": rows}}


# --------------------------------------------------------------------------------------------------------
# Headers


def test_queries_expected_names_are_shipped():
    names = set(query_names())
    assert EXPECTED_QUERIES <= names, f"missing: {sorted(EXPECTED_QUERIES - names)}"
    assert len(names) >= 14


@pytest.mark.parametrize("name", query_names())
def test_queries_header_is_complete(name):
    q = load_query(name)
    assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", name), "query files are snake_case"
    lines = q.text.splitlines()
    assert lines[0].startswith("# title: ") and q.title and q.title != name
    assert any(line.startswith("# description: ") for line in lines) and len(q.description) > 40
    assert any(line.startswith("# params: ") for line in lines), "say '# params: none' when there are none"
    projected = select_clause(q.text)
    for param in q.params:
        assert param.kind in PARAM_KINDS
        assert param.help, f"{param.name}: say what the value is"
        # pyoxigraph binds a substitution only if the variable is in the SELECT clause
        assert re.search(rf"\?{param.name}\b", projected), f"?{param.name} must be in the SELECT clause"


def test_queries_list_matches_names():
    listed = list_queries()
    assert [q.name for q in listed] == query_names()
    assert all(isinstance(q, NamedQuery) and q.text for q in listed)


def test_queries_header_parsing():
    text = (
        "# title: Demo\n"
        "# description: First line\n"
        "#   continues here.\n"
        "# params: since=2018 (year: first year); agency= (string: words; any case)\n"
        "# params: notice (notice: file name)\n"
        "SELECT ?x ?since ?agency ?notice WHERE { ?x ?p ?o }\n"
    )
    q = parse_query("demo", text)
    assert q.title == "Demo"
    assert q.description == "First line continues here."
    assert [(p.name, p.default, p.kind, p.required) for p in q.params] == [
        ("since", "2018", "year", False),
        ("agency", "", "string", False),
        ("notice", None, "notice", True),
    ]
    assert q.params[1].help == "words; any case"


# fmt: off
@pytest.mark.parametrize("spec", [
    "topic=metrology",                 # no kind
    "topic=metrology (colour: x)",     # unknown kind
    "1topic=metrology (topic: x)",     # not a variable name
])
# fmt: on
def test_queries_header_bad_param_is_reported(spec):
    with pytest.raises(QueryError, match="topic"):
        parse_query("bad", f"# title: Bad\n# params: {spec}\nSELECT * WHERE {{ ?s ?p ?o }}\n")


# --------------------------------------------------------------------------------------------------------
# Golden results


def test_queries_every_query_has_a_golden_file():
    golden = {p.stem for p in RESULTS.glob("*.srj")}
    assert golden == set(query_names()) or REGENERATE, (
        f"without .srj: {sorted(set(query_names()) - golden)}; orphans: {sorted(golden - set(query_names()))}"
    )


def test_queries_fixture_evidence_quotes_the_text(store):
    """Every selector in the fixture quotes its notice's text at the offsets it gives (model.md)."""
    rows = store.query(
        """SELECT ?exact ?start ?end ?text WHERE {
             ?s <http://www.w3.org/ns/oa#exact> ?exact ; <http://www.w3.org/ns/oa#start> ?start ;
                <http://www.w3.org/ns/oa#end> ?end ; <http://www.w3.org/ns/oa#hasSource> ?n .
             ?n <http://schema.org/text> ?text }""",
        use_default_graph_as_union=True,
    )
    checked = 0
    for row in rows:
        start, end = int(row["start"].value), int(row["end"].value)
        assert row["text"].value[start:end] == row["exact"].value
        checked += 1
    assert checked > 30


@pytest.mark.parametrize("name", query_names())
def test_queries_golden(name, store, request):
    if name in KNOWN_FAILURES:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_FAILURES[name], strict=True))
    q = load_query(name)
    result = run_query(store, q, GOLDEN_PARAMS.get(name, {}))
    ordered = has_order_by(q.text)
    actual = canonical(json.loads(to_json(result)), load_query(name).list_columns, ordered)
    path = RESULTS / f"{name}.srj"
    if REGENERATE:
        path.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    expected = canonical(json.loads(path.read_text(encoding="utf-8")), load_query(name).list_columns, ordered)
    assert actual["head"] == expected["head"]
    assert actual["results"]["bindings"] == expected["results"]["bindings"]
    assert len(result) > 0, "a golden case should return rows"


def test_queries_golden_params_are_declared():
    for name, params in GOLDEN_PARAMS.items():
        assert set(params) <= set(load_query(name).param_names), name


# --------------------------------------------------------------------------------------------------------
# Names


# fmt: off
@pytest.mark.parametrize("given, expected", [
    ("chairs-across-years",  "chairs_across_years"),
    ("chairs_across_years",  "chairs_across_years"),
    ("units-assigned-topic", "units_assigned_topic"),
    ("who-chaired",          "who_chaired"),
    (" notice-extraction ",  "notice_extraction"),
])
# fmt: on
def test_queries_names_resolve(given, expected):
    assert load_query(given).name == expected


def test_queries_load_by_path(tmp_path, store):
    path = tmp_path / "my_meetings.rq"
    path.write_text(
        "# title: Meetings in a year\n# description: Meetings held in a year.\n"
        "# params: year=2018 (year: the year)\n"
        f"SELECT ?m ?year WHERE {{ ?m a <{KL}Meeting> ; <{KL}heldOn> ?d FILTER(YEAR(?d) = ?year) }}\n",
        encoding="utf-8",
    )
    q = load_query(str(path))
    assert (q.name, q.title, q.param_names) == ("my_meetings", "Meetings in a year", ["year"])
    result = run_query(store, q, {})
    assert result.variables == ["m"]
    assert [row[0].value for row in result.rows] == [KLI + "meeting/002-vinhlong-2018"]
    assert len(run_query(store, q, {"year": "2019"})) == 1


def test_queries_unknown_query_lists_valid_names():
    with pytest.raises(QueryError) as info:
        load_query("chairs-accross-years")
    message = str(info.value)
    assert "chairs_across_years" in message and "Did you mean" in message
    assert all(name in message for name in EXPECTED_QUERIES)
    assert isinstance(info.value, GraphError)


def test_queries_missing_file_is_reported(tmp_path):
    with pytest.raises(QueryError, match="No query file"):
        load_query(str(tmp_path / "nope.rq"))


# --------------------------------------------------------------------------------------------------------
# Parameters


def test_queries_params_are_bound_as_terms():
    topic = bind_params(load_query("units_assigned_topic"), {"topic": "inspection"})
    assert topic == {ox.Variable("topic"): ox.NamedNode(KLT + "inspection")}
    since = bind_params(load_query("agency_assignments"), {"since": "2018"})
    assert since[ox.Variable("since")] == ox.Literal("2018", datatype=ox.NamedNode(XSD + "integer"))
    assert since[ox.Variable("agency")] == ox.Literal("đo lường")  # the default: not every agency
    every = bind_params(load_query("agency_assignments"), {"agency": ""})
    assert every[ox.Variable("agency")] == ox.Literal("")  # asked for outright
    dates = bind_params(load_query("directives_due_between"), {"from": "2018-02-28"})
    assert dates[ox.Variable("from")] == ox.Literal("2018-02-28", datatype=ox.NamedNode(XSD + "date"))
    assert dates[ox.Variable("to")] == ox.Literal("2099-12-31", datatype=ox.NamedNode(XSD + "date"))
    notice = bind_params(load_query("notice_extraction"), {"notice": "/data/in/001_vinhlong_2017.txt"})
    assert notice[ox.Variable("notice")] == ox.Literal("001_vinhlong_2017.txt")


def test_queries_string_params_are_nfc():
    decomposed = unicodedata.normalize("NFD", "kiểm định")
    bound = bind_params(load_query("search_directives"), {"q": decomposed})
    assert bound[ox.Variable("q")].value == unicodedata.normalize("NFC", "kiểm định")


# fmt: off
@pytest.mark.parametrize("given", [
    "metrology", "klt:metrology", KLT + "metrology", "Metrology",
])
# fmt: on
def test_queries_topic_spellings(given):
    bound = bind_params(load_query("units_assigned_topic"), {"topic": given})
    assert bound[ox.Variable("topic")] == ox.NamedNode(KLT + "metrology")


def test_queries_topic_underscore_means_hyphen():
    bound = bind_params(load_query("units_assigned_topic"), {"topic": "standards_quality"})
    assert bound[ox.Variable("topic")] == ox.NamedNode(KLT + "standards-quality")


# fmt: off
@pytest.mark.parametrize("query, params, match", [
    ("units_assigned_topic",   {"topic": "metrology> } DROP ALL #"}, "is not a topic.*metrology"),
    ("units_assigned_topic",   {"topic": "calibration"},             "is not a topic"),
    ("agency_assignments",     {"since": "2018) || true || (1"},     "is not a year"),
    ("agency_assignments",     {"since": "18"},                      "is not a year"),
    ("directives_due_between", {"from": "2018-02-30"},               "is not a date"),
    ("directives_due_between", {"to": "30/6/2019"},                  "is not a date"),
    ("notice_extraction",      {"notice": "  "},                     "notice"),
])
# fmt: on
def test_queries_bad_values_are_rejected(query, params, match):
    with pytest.raises(QueryError, match=match):
        bind_params(load_query(query), params)


def test_queries_string_injection_is_harmless():
    store = load_fixture()
    before = len(store)
    attack = '") } } DELETE WHERE { ?s ?p ?o } #'
    result = run_query(store, load_query("search_directives"), {"q": attack})
    assert result.rows == []
    assert len(store) == before
    assert attack not in load_query("search_directives").text


def test_queries_unknown_param_lists_valid_ones():
    with pytest.raises(QueryError) as info:
        bind_params(load_query("agency_assignments"), {"agencies": "Sở"})
    message = str(info.value)
    assert "agencies" in message and "agency (string)" in message and "since (year)" in message
    with pytest.raises(QueryError, match="takes no parameters"):
        bind_params(load_query("who_chaired"), {"year": "2018"})


def test_queries_missing_required_param():
    with pytest.raises(QueryError, match="needs the parameter 'name'"):
        bind_params(load_query("person_profile"), {})


def test_queries_topic_known_only_to_the_store():
    store = load_fixture()
    store.update(
        f"INSERT DATA {{ GRAPH <{KLI}graph/ontology> {{ <{KLT}drones> "
        f"<http://www.w3.org/2004/02/skos/core#inScheme> <{KLT}scheme> }} }}"
    )
    q = load_query("units_assigned_topic")
    with pytest.raises(QueryError, match="is not a topic"):
        bind_params(q, {"topic": "drones"})
    assert bind_params(q, {"topic": "drones"}, store=store)[ox.Variable("topic")] == ox.NamedNode(KLT + "drones")
    assert run_query(store, q, {"topic": "drones"}).rows == []


def test_queries_topic_parameter_changes_the_answer(store):
    q = load_query("units_assigned_topic")
    reporting = run_query(store, q, {"topic": "reporting"})
    agencies = sorted(row[0].value for row in reporting.rows)
    assert agencies == ["Các quận, huyện thành phố Cần Thơ", "Văn phòng Sở Khoa học và Công nghệ tỉnh Vĩnh Long"]


# fmt: off
@pytest.mark.parametrize("first, last, expected", [
    # a month or a year counts as its last day
    ("2017-12-31", "2018-02-27", {"2017", "2017-12"}),
    ("2017-12-31", "2018-02-28", {"2017", "2017-12", "2018-02"}),
    ("2018-01-01", "2018-12-31", {"2018-02", "2018"}),
    ("2017-06-30", "2017-06-30", {"2017-06-30"}),
    ("2020-01-01", "2020-12-30", set()),
])
# fmt: on
def test_queries_due_between_compares_last_days(store, first, last, expected):
    result = run_query(store, load_query("directives_due_between"), {"from": first, "to": last})
    due = result.variables.index("due")
    assert {row[due].value for row in result.rows} == expected


# --------------------------------------------------------------------------------------------------------
# Identity across notices (owl:sameAs in kli:graph/resolved)

EXTRA_NOTICE = f"""
PREFIX kl: <{KL}>
PREFIX kli: <{KLI}>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX xsd: <{XSD}>
INSERT DATA {{
  GRAPH <{KLI}notice/004-cantho-2016> {{
    <{KLI}notice/004-cantho-2016> a kl:Notice ; kl:sourceFile "004_cantho_2016.txt" ;
      kl:reportsOn <{KLI}meeting/004-cantho-2016> .
    <{KLI}meeting/004-cantho-2016> a kl:Meeting ; kl:heldOn "2016-05-10"^^xsd:date ;
      kl:chair <{KLI}person/004-cantho-2016/tran-v-hung> ;
      kl:participant <{KLI}person/004-cantho-2016/tran-v-hung> .
    <{KLI}person/004-cantho-2016/tran-v-hung> a kl:Person ; foaf:name "Trần V. Hùng" ;
      kl:mentionedIn <{KLI}notice/004-cantho-2016> .
  }}
}}
"""


def resolved() -> str:
    """An analyst's merge as resolution writes it: each per-notice node owl:sameAs one canonical node, which
    counts the notices of its nodes (kl:mentionCount)."""
    canonical_node = f"<{KLI}person/resolved/can-tho/tran-van-hung>"
    nodes = [f"<{KLI}person/004-cantho-2016/tran-v-hung>", f"<{KLI}person/003-cantho-2019/tran-van-hung>"]
    links = " ".join(f"{n} owl:sameAs {canonical_node} ." for n in nodes)
    return f"""
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX kl: <{KL}>
DELETE {{ GRAPH <{KLI}graph/resolved> {{ {nodes[1]} owl:sameAs ?old . {canonical_node} kl:mentionCount ?count }} }}
INSERT {{ GRAPH <{KLI}graph/resolved> {{
  {canonical_node} a kl:Person, kl:ResolvedIdentity ; foaf:name "Trần Văn Hùng" ; kl:mentionCount 2 .
  {links}
}} }}
WHERE {{ OPTIONAL {{ GRAPH <{KLI}graph/resolved> {{ {nodes[1]} owl:sameAs ?old }} }}
        OPTIONAL {{ GRAPH <{KLI}graph/resolved> {{ {canonical_node} kl:mentionCount ?count }} }} }}
"""


def rows_by_person(result: QueryResult) -> dict[str, dict[str, str]]:
    out = {}
    for row in result.rows:
        record = dict(zip(result.variables, (term.value if term else None for term in row), strict=True))
        out[record["person"]] = record
    return out


def test_queries_chairs_unresolved_nodes_group_by_name():
    store = load_fixture()
    store.update(EXTRA_NOTICE)
    people = rows_by_person(run_query(store, load_query("chairs_across_years"), {}))
    assert set(people) == {"Nguyễn Thanh Phong"}, "different spellings stay apart without owl:sameAs"


def test_queries_chairs_follow_same_as():
    store = load_fixture()
    store.update(EXTRA_NOTICE)
    store.update(resolved())
    people = rows_by_person(run_query(store, load_query("chairs_across_years"), {}))
    hung = people["Trần Văn Hùng"]
    assert (hung["yearCount"], hung["firstYear"], hung["lastYear"], hung["meetingsChaired"]) == (
        "2", "2016", "2019", "2",
    )
    assert people["Nguyễn Thanh Phong"]["yearCount"] == "2"
    several = rows_by_person(run_query(store, load_query("people_in_several_notices"), {}))
    assert "Trần Văn Hùng" in several


# --------------------------------------------------------------------------------------------------------
# Running and formatting


def test_queries_run_hides_parameter_columns(store):
    result = run_query(store, load_query("units_assigned_topic"), {})
    assert "topic" not in result.variables
    assert result.variables[:2] == ["agency", "directiveTopic"]


def test_queries_run_rejects_non_select(store, tmp_path):
    path = tmp_path / "ask.rq"
    path.write_text("# title: Ask\n# params: none\nASK { ?s ?p ?o }\n", encoding="utf-8")
    with pytest.raises(QueryError, match="not a SELECT"):
        run_query(store, load_query(str(path)), {})


def test_queries_run_reports_syntax_errors(store, tmp_path):
    path = tmp_path / "broken.rq"
    path.write_text("# title: Broken\nSELECT ?s WHERE { ?s ?p }\n", encoding="utf-8")
    with pytest.raises(QueryError, match="'broken' is not valid SPARQL"):
        run_query(store, load_query(str(path)), {})


def test_queries_run_reports_unprojected_param(store, tmp_path):
    path = tmp_path / "hidden.rq"
    path.write_text(
        "# title: Hidden\n# params: year=2018 (year: y)\nSELECT ?d WHERE { ?m ?p ?d FILTER(YEAR(?d) = ?year) }\n",
        encoding="utf-8",
    )
    with pytest.raises(QueryError, match="SELECT clause"):
        run_query(store, load_query(str(path)), {})


@pytest.fixture(scope="session")
def topic_result(store) -> QueryResult:
    return run_query(store, load_query("units_assigned_topic"), {})


def test_queries_table_shortens_iris(topic_result):
    console = Console(record=True, width=400)
    console.print(format_table(topic_result, title="units"))
    text = console.export_text()
    assert "klt:metrology" in text and KLT not in text
    assert "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Vĩnh Long" in text
    assert "2018-02" in text and "^^" not in text and "@vi" not in text


def test_queries_shorten_iri():
    assert shorten_iri(KLI + "person/x/y") == "kli:person/x/y"
    assert shorten_iri("http://example.org/x") == "http://example.org/x"


def test_queries_csv(topic_result):
    text = to_csv(topic_result)
    assert text.startswith("agency,directiveTopic,text,due,sourceFile,meetingDate\r\n")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == len(topic_result.rows) + 1
    assert rows[1][:2] == ["Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Vĩnh Long", KLT + "metrology"]
    assert rows[1][3] == "2017-06-30"


def test_queries_json_is_sparql_results(topic_result):
    document = json.loads(to_json(topic_result))
    assert document["head"]["vars"] == topic_result.variables
    first = document["results"]["bindings"][0]
    assert first["agency"] == {
        "type": "literal", "value": "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Vĩnh Long", "xml:lang": "vi",
    }
    assert first["directiveTopic"] == {"type": "uri", "value": KLT + "metrology"}
    assert first["due"] == {"type": "literal", "value": "2017-06-30", "datatype": XSD + "date"}
    assert first["sourceFile"] == {"type": "literal", "value": "001_vinhlong_2017.txt"}
    parsed = ox.parse_query_results(to_json(topic_result).encode("utf-8"), format=ox.QueryResultsFormat.JSON)
    assert [[solution[v] for v in topic_result.variables] for solution in parsed] == topic_result.rows


def test_queries_json_leaves_out_unbound(store):
    result = run_query(store, load_query("notice_extraction"), {"notice": "001_vinhlong_2017.txt"})
    first = json.loads(to_json(result))["results"]["bindings"][0]
    assert "start" not in first and first["kind"]["value"] == "agency"
    assert format_table(result).row_count == len(result.rows)


def test_queries_run_accepts_a_wrapped_store(store):
    class Wrapper:  # like ketluan.graph.store.Store, which keeps its pyoxigraph store in .ox
        ox = store

    assert run_query(Wrapper(), load_query("who_chaired"), {}).rows == run_query(store, load_query("who_chaired")).rows
    with pytest.raises(TypeError, match="pyoxigraph.Store"):
        run_query(object(), load_query("who_chaired"), {})  # type: ignore[arg-type]


@pytest.mark.parametrize("name", query_names())
def test_queries_run_on_an_empty_store(name):
    q = load_query(name)
    params = {p.name: GOLDEN_PARAMS.get(name, {}).get(p.name, "x") for p in q.params if p.required}
    result = run_query(ox.Store(), q, params)
    assert result.rows == [] or all(v is None or v.value == "0" for row in result.rows for v in row)


@pytest.mark.parametrize("name", sorted(EXPECTED_QUERIES))
def test_queries_never_reach_the_mention_index(name):
    """The endpoint runs a named query over the union default graph even when its text analysis cannot rule
    out the internal mention index (`ketluan.graph.endpoint.executor.is_named_query`): so with the index in
    the store, the answer over the union must equal the answer over every graph but the index."""
    from ketluan.graph.mentions import INDEX_GRAPH, INDEX_PREDICATE, notice_index_entry

    store = load_fixture()
    graphs = [g for g in store.named_graphs() if isinstance(g, ox.NamedNode)]
    index = ox.NamedNode(INDEX_GRAPH)
    store.extend(
        ox.Quad(g, ox.NamedNode(INDEX_PREDICATE), ox.Literal(notice_index_entry(g.value, store.quads_for_pattern(None, None, None, g))), index)
        for g in graphs
        if g.value.startswith(KLI + "notice/")
    )
    q = load_query(name)
    bindings = bind_params(q, GOLDEN_PARAMS.get(name, {}))

    def rows(**dataset) -> list[tuple]:
        solutions = store.query(q.text, substitutions=bindings or None, **dataset)
        # GROUP_CONCAT leaves the order of its items open: compare them as sorted lists
        return sorted(tuple(_items(t.value) if t is not None else "" for t in row) for row in solutions)

    union = rows(use_default_graph_as_union=True)
    explicit = rows(default_graph=graphs, named_graphs=graphs)
    assert union == explicit
    assert union, f"{name} answers nothing on the fixture: the comparison would prove nothing"
    assert not any("internal/mentions" in cell or "mention-index" in cell for row in union for cell in row)


def _items(cell: str) -> str:
    return "|".join(sorted(re.split(r"; |, ", cell)))


# --------------------------------------------------------------------------------------------------------
# Both tone placements ("Hòa" / "Hoà") in searches

TONE_NOTICE = f"""
PREFIX kl: <{KL}>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX xsd: <{XSD}>
INSERT DATA {{
  GRAPH <{KLI}notice/005-khanhhoa-2020> {{
    <{KLI}notice/005-khanhhoa-2020> a kl:Notice ; kl:sourceFile "005_khanhhoa_2020.txt" ;
      kl:issuedOn "2020-03-02"^^xsd:date ; kl:reportsOn <{KLI}meeting/005-khanhhoa-2020> .
    <{KLI}meeting/005-khanhhoa-2020> a kl:Meeting ; kl:heldOn "2020-02-28"^^xsd:date ;
      kl:chair <{KLI}person/005-khanhhoa-2020/le-thi-thuy> .
    <{KLI}person/005-khanhhoa-2020/le-thi-thuy> a kl:Person ; foaf:name "Lê Thị Thuỷ Hoà" ;
      kl:mentionedIn <{KLI}notice/005-khanhhoa-2020> .
  }}
}}
"""


def test_queries_string_params_bind_both_tone_placements():
    q = load_query("person_profile")
    bound = {v.value: t.value for v, t in bind_params(q, {"name": "Thuỷ Hòa"}).items()}
    assert bound == {"name": "Thuỷ Hòa", "nameFolded": "Thủy Hòa", "nameUnfolded": "Thuỷ Hoà"}
    assert q.hidden_names == {"name", "nameFolded", "nameUnfolded"}
    # a query that does not use the spellings gets none
    plain = parse_query("plain", "# title: t\n# description: d\n# params: q (string: words)\nSELECT ?q WHERE {}")
    assert set(bind_params(plain, {"q": "hòa"})) == {ox.Variable("q")}


@pytest.mark.parametrize("typed", ["Thủy Hòa", "Thuỷ Hoà", "thủy hòa", "THUỶ HOÀ"])
def test_queries_person_profile_finds_either_tone_placement(typed):
    store = load_fixture()
    store.update(TONE_NOTICE)
    result = run_query(store, load_query("person_profile"), {"name": typed})
    assert [(r[0].value, r[2].value) for r in result.rows] == [("Lê Thị Thuỷ Hoà", "chaired")]
    assert result.variables == ["person", "date", "fact", "detail", "sourceFile", "identity"]
    # what was not written is not found
    assert len(run_query(store, load_query("person_profile"), {"name": "Thủy Hóa"})) == 0


@pytest.mark.parametrize("params", [{"nonsense": "1"}, {"topic": "not-a-topic"}])
def test_queries_a_kept_error_does_not_keep_the_store_open(tmp_path, params):
    """A notebook keeps the last exception: its traceback must not hold the store (and its lock)."""
    from ketluan.graph.store import Store

    with Store.open(tmp_path / "store") as st:
        with pytest.raises(QueryError) as caught:
            run_query(st, load_query("units_assigned_topic"), params)
    kept = caught.value  # noqa: F841 - the error outlives the store, as in a notebook
    with Store.open(tmp_path / "store"):  # would fail: "already open in this process"
        pass


def test_queries_list_columns_are_read_from_the_group_concats():
    assert load_query("people_in_several_notices").list_columns == {"posts": "; ", "files": ", "}
    assert load_query("chairs_across_years").list_columns == {"years": ", "}
    assert load_query("units_assigned_topic").list_columns == {}
