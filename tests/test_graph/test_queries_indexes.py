"""The named queries served from indexes beside an on-disk store (``# labels:``, ``# fulltext:`` headers):
the same answers as the query run as written on the same data, and the index really used.

The reference for every answer is the query as written on an in-memory copy of the data (a bare
``pyoxigraph.Store`` has no folder and so no index: `run_query` runs the text unchanged there).
"""

from __future__ import annotations

import importlib.util
import re
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
    """Write ``quads`` and index them as an ingest does (the label index reads its marker from the full-text
    index, which every ingest keeps in step)."""
    st.ox.extend(quads)
    st.rebuild_text_index()


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
        marker = data_marker(st.path, st.ox)
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
        st.rebuild_text_index()  # what an ingest keeps in step
        assert data_marker(st.path, st.ox) != marker
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


# --------------------------------------------------------------------------------------------------------
# search_directives: the newest answers, from the newest candidates only


def _meeting_notice(source_file: str, held_on: str | None, directives: list[str]):
    """A notice of one meeting (``held_on``, or no date) with ``directives``: test_textindex's factory."""
    return _TEXTINDEX_TESTS._notice(source_file, directives, extra=f"({source_file})", held_on=held_on)


def _sibling(name: str):
    """A test module of this folder, loaded by path (the test folders are not packages)."""
    spec = importlib.util.spec_from_file_location(f"_sibling_{name}", Path(__file__).with_name(f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_TEXTINDEX_TESTS = _sibling("test_textindex")


# meeting dates: two notices share the date at the cut, one has none (last, newest first), one is oldest
MEETINGS = [
    ("001_tb.txt", "2017-03-15"),
    ("002_tb.txt", "2019-05-14"),
    ("003_tb.txt", "2019-05-14"),
    ("004_tb.txt", None),
    ("005_tb.txt", "2021-01-08"),
    ("006_tb.txt", "2018-11-30"),
]


@pytest.fixture
def directive_store(tmp_path):
    with Store.open(tmp_path / "store") as st:
        for i, (name, held_on) in enumerate(MEETINGS):
            st.add_notice(
                _meeting_notice(
                    name,
                    held_on,
                    [
                        f"Trung tâm Kỹ thuật tổ chức kiểm định cân đối chứng tại chợ số {i}.",
                        f"Chi cục Thuỷ lợi sửa chữa cống số {i}; báo cáo kết quả kiểm định.",
                        f"Văn phòng Sở rà soát hồ sơ số {i}.",
                    ],
                )
            )
        yield st


@pytest.mark.parametrize("limit", [1, 2, 3, 4, 5, 9, 10, 11, 12, 13, 100])
@pytest.mark.parametrize("term", ["kiểm định", "KIỂM ĐỊNH cân", "số", "hoà", "rà soát"])
def test_queries_search_newest_answers_same_as_written(directive_store, limit, term):
    """With its LIMIT at every place around the ties (two notices of one date, a notice without a date), the
    query fed only the newest candidates answers exactly what it answers as written, in the same order."""
    from ketluan.graph.queries import fulltext_text

    text = load_query("search_directives").text.replace("LIMIT 500", f"LIMIT {limit}")
    q = parse_query("search_directives", text)
    assert q.fulltext is not None and q.fulltext.limit == limit
    expected = run_query(directive_store.ox, q, {"q": term})  # a bare store: no index, as written
    got = run_query(directive_store, q, {"q": term})
    assert rows(got) == rows(expected)
    fed = fulltext_text(q, bind_params(q, {"q": term}), directive_store.text_index())
    everyone = directive_store.text_index().candidates(term).iris
    assert fed.count("<https://w3id.org/ketluan/id/directive/") <= len(everyone)


def test_queries_search_feeds_only_the_newest_candidates(directive_store):
    """LIMIT 3 of 12 "kiểm định" directives: the two of 2021, then the four of the two 2019 notices (ties at the
    cut), not the six older or undated ones."""
    from ketluan.graph.queries import fulltext_text

    q = parse_query("s", load_query("search_directives").text.replace("LIMIT 500", "LIMIT 3"))
    fed = fulltext_text(q, bind_params(q, {"q": "kiểm định"}), directive_store.text_index())
    assert sorted(re.findall(r"directive/(\d+)-tb/\d", fed)) == ["002"] * 2 + ["003"] * 2 + ["005"] * 2
    assert len(directive_store.text_index().candidates("kiểm định").iris) == 12


def test_queries_search_newest_first(directive_store):
    result = run_query(directive_store, load_query("search_directives"), {"q": "kiểm định"})
    dates = [None if r[0] is None else r[0].value for r in result.rows]
    assert (
        dates
        == ["2021-01-08"] * 2 + ["2019-05-14"] * 4 + ["2018-11-30"] * 2 + ["2017-03-15"] * 2 + [None] * 2
    )


def test_queries_fulltext_newest_needs_order_and_limit():
    text = load_query("search_directives").text
    with pytest.raises(QueryError, match="ORDER BY DESC"):
        parse_query("s", text.replace("LIMIT 500", ""))
    with pytest.raises(QueryError, match="ORDER BY DESC"):
        parse_query("s", text.replace("(newest first: ?meetingDate)", "(newest first: ?due)"))
    assert parse_query("s", text.replace(" (newest first: ?meetingDate)", "")).fulltext.limit is None


def test_queries_labels_marker_follows_every_notice_write(directive_store):
    """The marker changes when a notice is added, when the last one written is replaced (same number of
    notices, same last row), when one is removed, and when resolution rewrites its graph."""
    from ketluan.graph.resolution import resolve_store

    st = directive_store
    seen = [data_marker(st.path, st.ox)]
    st.add_notice(_meeting_notice("007_tb.txt", "2022-02-02", ["Sở Nội vụ rà soát biên chế."]))
    seen.append(data_marker(st.path, st.ox))
    st.add_notice(_meeting_notice("007_tb.txt", "2022-02-02", ["Sở Tư pháp rà soát văn bản."]))
    seen.append(data_marker(st.path, st.ox))
    st.remove_notice("003_tb.txt")
    seen.append(data_marker(st.path, st.ox))
    resolve_store(st)
    seen.append(data_marker(st.path, st.ox))
    assert None not in seen and len(set(seen)) == len(seen)
    assert data_marker(st.path, st.ox) == seen[-1]  # and nothing else moves it
