"""Parameters written into a query's text (`ketluan.graph.substitute`), for SPARQL servers without pyoxigraph's
``substitutions``: on the embedded store, the rewritten text must give exactly what the substitutions give,
for every named query, and hostile values must stay inside their literal."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from ketluan.graph.errors import QueryError
from ketluan.graph.queries import bind_params, load_query, parse_query, query_names, run_query
from ketluan.graph.remote import named_query_text
from ketluan.graph.substitute import SubstitutionError, sparql_term, substitute_variables

pytestmark = pytest.mark.issue(7)

XSD = "http://www.w3.org/2001/XMLSchema#"

# fmt: off
#: Parameters that give each query rows on the bundled samples.
SAMPLE_PARAMS: dict[str, dict[str, str]] = {
    "directives_due_between": {"from": "2018-01-01", "to": "2019-12-31"},
    "agency_posts_over_time": {"agency": "khoa học và công nghệ"},
    "notice_extraction":      {"notice": "2018-04-10_sokhcn-quangngai_giao-ban-quy1.txt"},
    "person_profile":         {"name": "trần quốc bảo"},
    "agency_assignments":     {"agency": "đo lường", "since": "2018"},
    "meetings_in_province":   {"province": "quảng ngãi", "from": "2018", "to": "2018"},
}
HOSTILE = [
    'a"b', 'x" } DROP ALL #', "line\nbreak\r\n", "back\\slash\\", '\\u0022 \\"', "it's '''", '"""',
    "# not a comment", "<http://x> > y", "?q $q", "Kiểm định", "😀", "tab\tend", "\\", "\b\f",
]
# fmt: on


@pytest.fixture(scope="module")
def local(samples_store: Path) -> ox.Store:
    return ox.Store.read_only(str(samples_store))


@pytest.mark.parametrize("name", query_names())
def test_substitute_same_answers_as_pyoxigraph_substitutions(name: str, local: ox.Store) -> None:
    q = load_query(name)
    params = SAMPLE_PARAMS.get(name, {})
    expected = run_query(local, q, params)
    solutions = local.query(named_query_text(q, params), use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    variables = [v.value for v in solutions.variables if v.value not in q.hidden_names]
    rows = sorted(str([s[v] for v in variables]) for s in solutions)
    assert variables == expected.variables
    assert rows == sorted(str(row) for row in expected.rows)
    assert len(rows) > 0


@pytest.mark.parametrize("value", HOSTILE)
def test_substitute_string_stays_inside_its_literal(value: str) -> None:
    q = parse_query("echo", "# params: q= (string: anything)\nSELECT ?q (STRLEN(?q) AS ?n) WHERE { }\n")
    [solution] = list(ox.Store().query(named_query_text(q, {"q": value})))
    assert solution["q"] == ox.Literal(value)
    assert int(solution["n"].value) == len(value)


# fmt: off
@pytest.mark.parametrize("term, text", [
    (ox.NamedNode("https://w3id.org/ketluan/topic/metrology"), "<https://w3id.org/ketluan/topic/metrology>"),
    (ox.Literal('say "hi"\n'),                                 '"say \\"hi\\"\\n"'),
    (ox.Literal("Hòa", language="vi"),                          '"Hòa"@vi'),
    (ox.Literal("2018", datatype=ox.NamedNode(XSD + "integer")), f'"2018"^^<{XSD}integer>'),
    (ox.Literal("x", datatype=ox.NamedNode(XSD + "string")),    '"x"'),
])
# fmt: on
def test_substitute_sparql_term(term: ox.NamedNode | ox.Literal, text: str) -> None:
    assert sparql_term(term) == text


@pytest.mark.parametrize("term", [ox.Literal("a\x00b"), ox.BlankNode("b")])
def test_substitute_refuses_what_cannot_be_written_safely(term: object) -> None:
    # (an IRI with > or a space cannot reach it: pyoxigraph refuses to build such a NamedNode)
    with pytest.raises(SubstitutionError):
        sparql_term(term)  # type: ignore[arg-type]


# fmt: off
@pytest.mark.parametrize("query, expected", [
    # projected at the top: the column stays, as a constant
    ("SELECT ?x ?t WHERE { ?x <p:p> ?t }", 'SELECT ?x ("v" AS ?t) WHERE { ?x <p:p> "v" }'),
    # projected in a subquery: dropped there (the outer AS may not assign a variable in scope)
    ("SELECT ?t WHERE { { SELECT ?x ?t WHERE { ?x <p:p> ?t } } }",
     'SELECT ("v" AS ?t) WHERE { { SELECT ?x  WHERE { ?x <p:p> "v" } } }'),
    # a subquery projecting nothing else keeps it
    ("SELECT ?x WHERE { { SELECT ?t WHERE { ?x <p:p> ?t } } }",
     'SELECT ?x WHERE { { SELECT  ("v" AS ?t) WHERE { ?x <p:p> "v" } } }'),
    # GROUP BY and ORDER BY: dropped; an empty ORDER BY goes, an empty GROUP BY keeps a constant
    ("SELECT (COUNT(*) AS ?n) WHERE { ?x <p:p> ?t } GROUP BY ?t ORDER BY ?t",
     'SELECT (COUNT(*) AS ?n) WHERE { ?x <p:p> "v" } GROUP BY  ("v")   '),
    ("SELECT ?x WHERE { ?x <p:p> ?t } ORDER BY DESC(?t) ?x", 'SELECT ?x WHERE { ?x <p:p> "v" } ORDER BY DESC("v") ?x'),
    # comments, strings and IRIs are left alone; $t is ?t
    ('SELECT ?x WHERE { ?x <p:p> "?t" # ?t\n FILTER(?x != $t) }', 'SELECT ?x WHERE { ?x <p:p> "?t" # ?t\n FILTER(?x != "v") }'),
    # a longer name is another variable
    ("SELECT ?x WHERE { ?x <p:p> ?tt }", "SELECT ?x WHERE { ?x <p:p> ?tt }"),
])
# fmt: on
def test_substitute_clauses(query: str, expected: str) -> None:
    out = substitute_variables(query, {"t": ox.Literal("v")})
    assert " ".join(out.split()) == " ".join(expected.split())
    ox.Store().query(out)  # still SPARQL


@pytest.mark.parametrize("query", ["SELECT ?x WHERE { BIND(1 AS ?t) }", "SELECT ?x WHERE { VALUES ?t { 1 } }"])
def test_substitute_refuses_a_variable_the_query_assigns(query: str) -> None:
    with pytest.raises(SubstitutionError, match="cannot be a parameter"):
        substitute_variables(query, {"t": ox.Literal("v")})


def test_substitute_unclosed_string_is_refused() -> None:
    with pytest.raises(QueryError, match="unclosed string"):
        substitute_variables('SELECT ?x WHERE { ?x <p:p> "open }', {"x": ox.Literal("v")})


def test_substitute_binds_the_spelling_variables_too() -> None:
    q = load_query("search_directives")
    text = named_query_text(q, {"q": "Hòa"})
    assert 'LCASE("Hòa")' in text and 'LCASE("Hoà")' in text  # ?qFolded, ?qUnfolded
    assert set(bind_params(q, {"q": "Hòa"})) == {ox.Variable("q"), ox.Variable("qFolded"), ox.Variable("qUnfolded")}
