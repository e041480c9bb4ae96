"""The named queries served from indexes beside an on-disk store (``# labels:``, ``# fulltext:`` headers):
the same answers as the query run as written on the same data, and the index really used.

The reference for every answer is the query as written on an in-memory copy of the data (a bare
``pyoxigraph.Store`` has no folder and so no index: `run_query` runs the text unchanged there).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from ketluan.graph.errors import QueryError
from ketluan.graph.labelindex import LABEL_INDEX_FILE, LabelIndex, data_marker
from ketluan.graph.queries import bind_params, labels_text, load_query, parse_query, run_query
from ketluan.graph.resolution import resolved_quads
from ketluan.graph.store import Store, to_ox_quads

DATA = Path(__file__).resolve().parents[1] / "data"
FIXTURE = DATA / "query_fixture.trig"
KL = "https://w3id.org/ketluan/ontology#"
KLI = "https://w3id.org/ketluan/id/"

# A notice whose person writes a tone on the second vowel ("Thuỷ Hoà") and whose agency is new.
EXTRA_NOTICE = f"""
PREFIX kl: <{KL}>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT DATA {{
  GRAPH <{KLI}notice/005-khanhhoa-2020> {{
    <{KLI}notice/005-khanhhoa-2020> a kl:Notice ; kl:sourceFile "005_khanhhoa_2020.txt" ;
      kl:issuedOn "2020-03-02"^^xsd:date ; kl:reportsOn <{KLI}meeting/005-khanhhoa-2020> .
    <{KLI}meeting/005-khanhhoa-2020> a kl:Meeting ; kl:heldOn "2020-02-28"^^xsd:date ;
      kl:chair <{KLI}person/005-khanhhoa-2020/le-thi-thuy> .
    <{KLI}person/005-khanhhoa-2020/le-thi-thuy> a kl:Person ; foaf:name "Lê Thị Thuỷ Hoà" ;
      kl:mentionedIn <{KLI}notice/005-khanhhoa-2020> .
    <{KLI}directive/005-khanhhoa-2020/1> a kl:Directive ; kl:text "Sở Khánh Hoà kiểm định cân"@vi ;
      kl:issuedAt <{KLI}meeting/005-khanhhoa-2020> ; kl:assignedTo <{KLI}agency/005-khanhhoa-2020/so> .
    <{KLI}agency/005-khanhhoa-2020/so> a kl:Agency ; skos:prefLabel "Sở Khoa học và Công nghệ tỉnh Khánh Hoà"@vi .
  }}
}}
"""

# fmt: off
#: (query, parameters): names and agencies whole, in part, in capitals, in the other tone placement, absent.
CASES = [
    ("person_profile",         {"name": "lê thị hoa"}),
    ("person_profile",         {"name": "Nguyễn Thanh Phong"}),
    ("person_profile",         {"name": "NGUYỄN"}),
    ("person_profile",         {"name": "Thủy Hòa"}),
    ("person_profile",         {"name": "Bình"}),
    ("person_profile",         {"name": "no such person"}),
    ("agency_posts_over_time", {"agency": "khoa học và công nghệ tỉnh vĩnh long"}),
    ("agency_posts_over_time", {"agency": "Sở"}),
    ("agency_posts_over_time", {"agency": ""}),
    ("agency_assignments",     {"agency": "đo lường", "since": "2018"}),
    ("agency_assignments",     {"agency": "khoa học"}),
    ("agency_assignments",     {"agency": "Khánh Hòa", "since": "2000"}),
    ("agency_assignments",     {"agency": "huyện Long Hồ"}),
    ("agency_assignments",     {"agency": ""}),
]
# fmt: on


def fixture_quads(resolved: bool) -> list[ox.Quad]:
    memory = ox.Store()
    memory.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    memory.update(EXTRA_NOTICE)
    if resolved:
        _, quads = resolved_quads(memory)
        memory.extend(to_ox_quads(quads))
    return list(memory)


def load(st: Store, quads: list[ox.Quad]) -> None:
    st.ox.extend(quads)


def in_memory(quads: list[ox.Quad]) -> ox.Store:
    memory = ox.Store()
    memory.extend(quads)
    return memory


@pytest.fixture(params=["resolved", "no-resolve"])
def stores(request, tmp_path):
    """(on-disk Store with the data, in-memory copy of the same data): resolved, and as --no-resolve leaves it."""
    quads = fixture_quads(request.param == "resolved")
    with Store.open(tmp_path / "store") as st:
        load(st, quads)
        yield st, in_memory(list(st.ox))


def rows(result) -> list[tuple[str, ...]]:
    return [tuple("" if t is None else str(t) for t in row) for row in result.rows]


@pytest.mark.parametrize(("name", "params"), CASES)
def test_queries_labels_same_answers_as_written(stores, name, params):
    st, reference = stores
    q = load_query(name)
    assert q.labels is not None
    expected = run_query(reference, q, params)
    got = run_query(st, q, params)
    assert got.variables == expected.variables
    assert rows(got) == rows(expected)
    # and the index was used, unless every label matches (an empty parameter)
    index = LabelIndex.for_store(st.path, st.ox)
    assert index is not None and (st.path / LABEL_INDEX_FILE).is_file()
    text = labels_text(q, q.text, bind_params(q, params), index)
    index.close()
    used = "VALUES ?labelCandidate_" in text
    assert used == (next(iter(params.values())) != "")


def test_queries_labels_answers_are_not_empty(stores):
    """The comparison above would prove little if every case answered nothing."""
    st, _ = stores
    assert len(run_query(st, load_query("person_profile"), {"name": "lê thị hoa"})) > 0
    assert len(run_query(st, load_query("agency_assignments"), {"agency": "Khánh Hòa", "since": "2000"})) > 0


def test_queries_labels_index_follows_writes(tmp_path):
    """A notice written after the index was built is found: the index is rebuilt when the data changes."""
    with Store.open(tmp_path / "store") as st:
        load(st, fixture_quads(resolved=False))
        q = load_query("person_profile")
        assert len(run_query(st, q, {"name": "Trịnh Công Sơn"})) == 0
        marker = data_marker(st.ox)
        st.ox.update(
            EXTRA_NOTICE.replace("005-khanhhoa-2020", "006-hue-2021")
            .replace("005_khanhhoa_2020.txt", "006_hue_2021.txt")
            .replace("Lê Thị Thuỷ Hoà", "Trịnh Công Sơn")
            # as every ingest writes it: what the index's marker reads
            .replace(
                'kl:sourceFile "006_hue_2021.txt" ;',
                'kl:sourceFile "006_hue_2021.txt" ; kl:contentHash "h6" ;',
            )
        )
        assert data_marker(st.ox) != marker
        result = run_query(st, q, {"name": "trịnh công"})
        assert [(r[0].value, r[2].value) for r in result.rows] == [("Trịnh Công Sơn", "chaired")]


def test_queries_labels_index_in_step_is_used_as_it_is(tmp_path):
    """While the data does not change, the index built once is used as it is, by writers and readers alike."""
    path = tmp_path / "store"
    with Store.open(path) as st:
        load(st, fixture_quads(resolved=True))
        run_query(st, load_query("person_profile"), {"name": "hoa"})
        built = (path / LABEL_INDEX_FILE).stat().st_mtime_ns
        run_query(st, load_query("person_profile"), {"name": "phong"})
        assert (path / LABEL_INDEX_FILE).stat().st_mtime_ns == built
    with Store.open(path) as st:  # reopened: still in step
        run_query(st, load_query("person_profile"), {"name": "phong"})
    assert (path / LABEL_INDEX_FILE).stat().st_mtime_ns == built


def test_queries_labels_candidates_are_literals_from_the_store(tmp_path):
    with Store.open(tmp_path / "store") as st:
        load(st, fixture_quads(resolved=True))
        index = LabelIndex.for_store(st.path, st.ox)
        assert index is not None
        found = index.candidates("hoà", 100)
        assert found is not None
        assert ox.Literal("Lê Thị Thuỷ Hoà") in found
        assert ox.Literal("Sở Khoa học và Công nghệ tỉnh Khánh Hoà", language="vi") in found
        assert all("hoà" in t.value.lower() or "hòa" in t.value.lower() for t in found)
        assert index.candidates("", 100) is None  # every label: the query runs as written
        assert index.candidates("h", 1) is None  # more than the limit
        index.close()


@pytest.mark.parametrize(
    ("header", "match"),
    [
        ("# labels: name -> ?missing", "no '# \\(label candidates: \\?missing\\)' line"),
        ("# labels: since -> ?label", "not a string parameter"),
        ("# labels: name ?label", "cannot read"),
    ],
)
def test_queries_labels_header_errors(header, match):
    text = (
        "# title: t\n# params: name (string: n)\n# params: since=2000 (year: y)\n"
        f"{header}\nSELECT ?name ?since WHERE {{\n  # (label candidates: ?label)\n  ?s ?p ?label }}"
    )
    with pytest.raises(QueryError, match=match):
        parse_query("t", text)


def test_queries_labels_read_only_reader(tmp_path):
    """A reader that opened the store read-only (the endpoint's workers, the benchmark) gets the same answers,
    from an index built for the data its view sees."""

    class Reader:
        def __init__(self, path: Path) -> None:
            self.path = path
            self.ox = ox.Store.read_only(str(path))

    path = tmp_path / "store"
    with Store.open(path) as st:
        load(st, fixture_quads(resolved=True))
        expected = rows(run_query(in_memory(list(st.ox)), load_query("person_profile"), {"name": "hoa"}))
    reader = Reader(path)
    assert rows(run_query(reader, load_query("person_profile"), {"name": "hoa"})) == expected
    assert (path / LABEL_INDEX_FILE).is_file()
    index = LabelIndex.for_store(path, reader.ox)
    assert index is not None and index.candidates("hoa", 100)
    index.close()
