"""``meetings_in_province`` and the ``# places:`` header: the notice graphs of one province and some years come
from the full-text index's table of places, and the answers are those of the query run as written.

The reference for every answer is the query as written on an in-memory copy of the data (a bare
``pyoxigraph.Store`` has no folder and so no index: `run_query` runs the text unchanged there).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from ketluan.graph.errors import QueryError
from ketluan.graph.queries import bind_params, load_query, parse_query, places_text, run_query
from ketluan.graph.resolution import resolved_quads
from ketluan.graph.store import Store, to_ox_quads
from ketluan.graph.textsync import notice_rows

DATA = Path(__file__).resolve().parents[1] / "data"
FIXTURE = DATA / "query_fixture.trig"
KL = "https://w3id.org/ketluan/ontology#"
KLI = "https://w3id.org/ketluan/id/"


def notice(key: str, *, notice_province: str | None, meeting_province: str | None, held: str | None,
           issued: str | None, chair: str = "Nguyễn Văn An") -> str:  # fmt: skip
    """One notice graph as ingest writes it (the fields the query and the index read)."""
    g = f"<{KLI}notice/{key}>"
    m = f"<{KLI}meeting/{key}>"
    lines = [
        f'{g} a kl:Notice ; kl:sourceFile "{key}.txt" ; kl:contentHash "h-{key}" ; kl:reportsOn {m} ;',
        f'  rdfs:label "THÔNG BÁO Kết luận {key}" ; kl:issuedBy <{KLI}agency/{key}/vp> .',
        f'<{KLI}agency/{key}/vp> a kl:Agency ; skos:prefLabel "Văn phòng UBND tỉnh"@vi .',
        f"{m} a kl:Meeting ; kl:chair <{KLI}person/{key}/chair> .",
        f'<{KLI}person/{key}/chair> a kl:Person ; foaf:name "{chair}" .',
        f'<{KLI}directive/{key}/1> a kl:Directive ; kl:text "Sở Tài chính cân đối kinh phí"@vi ; kl:issuedAt {m} .',
        f'<{KLI}directive/{key}/2> a kl:Directive ; kl:text "Sở Xây dựng rà soát"@vi ; kl:issuedAt {m} .',
    ]
    if notice_province:
        lines.append(f'{g} kl:province "{notice_province}" .')
    if meeting_province:
        lines.append(f'{m} kl:province "{meeting_province}" .')
    if held:
        lines.append(f'{m} kl:heldOn "{held}"^^xsd:date .')
    if issued:
        lines.append(f'{g} kl:issuedOn "{issued}"^^xsd:date .')
    body = "\n    ".join(lines)
    return f"GRAPH {g} {{\n    {body}\n  }}"


PREFIXES = f"""PREFIX kl: <{KL}>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

# The ways a notice and its meeting carry (or do not carry) their province and dates.
NOTICES = [
    # the meeting's own province and date
    notice("kh-2020", notice_province="Khánh Hòa", meeting_province="Khánh Hòa", held="2020-02-28",
           issued="2020-03-02", chair="Lê Thị Thuỷ Hoà"),
    # no province on the meeting: its notice's
    notice("kh-2021", notice_province="Khánh Hòa", meeting_province=None, held="2021-05-04", issued="2021-05-06"),
    # the meeting held in Khánh Hòa, reported by a Ninh Thuận body: the meeting's province wins
    notice("nt-2019", notice_province="Ninh Thuận", meeting_province="Khánh Hòa", held="2019-12-30",
           issued="2020-01-03"),
    # no meeting date: the notice's year (2018), not the meeting's
    notice("kh-2018", notice_province="Khánh Hòa", meeting_province="Khánh Hòa", held=None, issued="2018-07-09"),
    # no date at all: never listed
    notice("kh-undated", notice_province="Khánh Hòa", meeting_province="Khánh Hòa", held=None, issued=None),
    # another province, same year
    notice("nt-2020", notice_province="Ninh Thuận", meeting_province="Ninh Thuận", held="2020-06-01",
           issued="2020-06-02"),
]  # fmt: skip

# fmt: off
#: (parameters, source files expected in the answer, in date order)
CASES = [
    ({"province": "Khánh Hòa"},                             ["kh-2018", "nt-2019", "kh-2020", "kh-2021"]),
    ({"province": "khánh hoà"},                             ["kh-2018", "nt-2019", "kh-2020", "kh-2021"]),
    ({"province": "tỉnh KHÁNH HOÀ", "from": "2020", "to": "2020"}, ["kh-2020"]),
    ({"province": "Khánh Hòa", "from": "2019", "to": "2020"}, ["nt-2019", "kh-2020"]),
    ({"province": "Khánh Hòa", "from": "2018", "to": "2018"}, ["kh-2018"]),
    ({"province": "Ninh Thuận"},                            ["nt-2020"]),
    ({"province": "Ninh Thuận", "from": "2019", "to": "2019"}, []),
    ({"province": "Khánh Hòa", "from": "2022", "to": "2030"}, []),
    ({"province": "Vĩnh Long"},                             ["001_vinhlong_2017", "002_vinhlong_2018"]),
    ({"province": "thành phố Cần Thơ", "from": "2019", "to": "2019"}, ["003_cantho_2019"]),
    ({"province": "Hà Giang"},                              []),
]
# fmt: on


def fixture_quads(resolved: bool) -> list[ox.Quad]:
    memory = ox.Store()
    memory.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    memory.update(PREFIXES + "INSERT DATA {\n  " + "\n  ".join(NOTICES) + "\n}")
    if resolved:
        _, quads = resolved_quads(memory)
        memory.extend(to_ox_quads(quads))
    return list(memory)


@pytest.fixture(scope="module", params=["resolved", "no-resolve"])
def stores(request, tmp_path_factory):
    """(on-disk Store with the data and its full-text index, in-memory copy of the same data)."""
    quads = fixture_quads(request.param == "resolved")
    with Store.open(tmp_path_factory.mktemp("places") / "store") as st:
        st.ox.extend(quads)
        st.rebuild_text_index()  # what every ingest keeps in step
        yield st, _in_memory(list(st.ox))


def _in_memory(quads: list[ox.Quad]) -> ox.Store:
    memory = ox.Store()
    memory.extend(quads)
    return memory


def _cells(q, result) -> list[list[str]]:
    """The rows as text, the items of a GROUP_CONCAT column sorted (SPARQL leaves their order open)."""
    lists = q.list_columns
    out = []
    for row in result.rows:
        cells = []
        for name, term in zip(result.variables, row, strict=True):
            text = "" if term is None else term.value
            cells.append("; ".join(sorted(text.split(lists[name]))) if name in lists else str(term))
        out.append(cells)
    return out


def _files(result) -> list[str]:
    column = result.variables.index("sourceFile")
    return [row[column].value.removesuffix(".txt") for row in result.rows]


@pytest.mark.parametrize(("params", "files"), CASES)
def test_meetings_in_province_answers(stores, params, files):
    st, reference = stores
    q = load_query("meetings_in_province")
    expected = run_query(reference, q, params)  # as written, no index
    got = run_query(st, q, params)  # through the index's places
    assert got.variables == expected.variables
    assert _cells(q, got) == _cells(q, expected)
    assert _files(got) == files
    # and the index was used
    assert "VALUES ?placeCandidate_g" in places_text(q, q.text, bind_params(q, params), st.text_index())


def test_meetings_in_province_columns(stores):
    st, _ = stores
    result = run_query(
        st, load_query("meetings_in_province"), {"province": "Khánh Hòa", "from": "2020", "to": "2020"}
    )
    assert result.variables == ["date", "title", "chairs", "directives", "issuer", "sourceFile", "meeting"]
    (row,) = result.rows
    cells = dict(zip(result.variables, row, strict=True))
    assert cells["date"] == ox.Literal(
        "2020-02-28", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
    )
    assert cells["chairs"].value == "Lê Thị Thuỷ Hoà"
    assert int(cells["directives"].value) == 2
    assert cells["issuer"].value == "Văn phòng UBND tỉnh"
    assert cells["title"].value == "THÔNG BÁO Kết luận kh-2020"


def test_meetings_in_province_co_chairs_in_one_row(stores):
    st, _ = stores
    result = run_query(
        st, load_query("meetings_in_province"), {"province": "Vĩnh Long", "from": "2018", "to": "2018"}
    )
    (row,) = result.rows
    chairs = row[result.variables.index("chairs")].value
    assert sorted(chairs.split("; ")) == ["Nguyễn Thanh Phong", "Đặng Văn Bình"]


def test_index_places_are_a_superset_of_the_query(stores):
    """The table of places holds every province crossed with every year of a notice and its meetings."""
    st, _ = stores
    index = st.text_index()
    assert index.notice(f"{KLI}notice/nt-2019").places == (
        ("Khánh Hòa", 2019), ("Khánh Hòa", 2020), ("Ninh Thuận", 2019), ("Ninh Thuận", 2020),
    )  # fmt: skip
    assert index.notice(f"{KLI}notice/kh-undated").places == (("Khánh Hòa", None),)
    assert index.graphs_in("Khánh Hòa", 2020, 2020).iris == [f"{KLI}notice/kh-2020", f"{KLI}notice/nt-2019"]
    assert index.graphs_in("Khánh Hòa", 1900, 2100).iris == sorted(
        f"{KLI}notice/{k}" for k in ("kh-2018", "kh-2020", "kh-2021", "nt-2019")
    )


def test_notice_rows_places_from_quads():
    quads = [q for q in fixture_quads(resolved=False) if q.graph_name.value.endswith("notice/kh-2021")]
    head, _ = notice_rows(f"{KLI}notice/kh-2021", quads)
    assert head.places == (("Khánh Hòa", 2021),)


def test_meetings_in_province_pending_notice_is_looked_at(tmp_path):
    """A notice graph journalled as being written (a reader beside a running ingest) is a candidate too, so it
    is answered from the store as it is."""
    with Store.open(tmp_path / "store") as st:
        st.ox.extend(fixture_quads(resolved=False))
        st.rebuild_text_index()
        index = st.text_index()
        late = notice("kh-2022", notice_province="Khánh Hòa", meeting_province=None, held="2022-01-10",
                      issued="2022-01-12")  # fmt: skip
        index.begin([f"{KLI}notice/kh-2022"])
        st.ox.update(PREFIXES + "INSERT DATA {\n  " + late + "\n}")
        q = load_query("meetings_in_province")
        result = run_query(st, q, {"province": "Khánh Hòa", "from": "2022", "to": "2022"})
        assert _files(result) == ["kh-2022"]


@pytest.mark.parametrize(
    ("value", "match"),
    [("Khánh Hoà Bình", "not a province"), ("Đăk Lăk", "Did you mean Đắk Lắk"), ("", "not a province")],
)
def test_province_parameter_rejects_unknown_names(value, match):
    with pytest.raises(QueryError, match=match):
        bind_params(load_query("meetings_in_province"), {"province": value})


@pytest.mark.parametrize(
    ("value", "bound"),
    [
        ("Quảng Ngãi", "Quảng Ngãi"),
        ("quảng ngãi", "Quảng Ngãi"),
        ("tỉnh Hoà Bình", "Hòa Bình"),
        ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
        ("TP Hà Nội", "Hà Nội"),
        ("thành phố Cần Thơ", "Cần Thơ"),
    ],
)
def test_province_parameter_binds_the_stored_name(value, bound):
    bindings = bind_params(load_query("meetings_in_province"), {"province": value})
    assert bindings[ox.Variable("province")] == ox.Literal(bound)


@pytest.mark.parametrize(
    ("header", "match"),
    [
        ("# places: province from to -> ?missing", "no '# \\(place candidates: \\?missing\\)' line"),
        ("# places: name from to -> ?g", "'name', which is not a province parameter"),
        ("# places: province name to -> ?g", "'name', which is not a year parameter"),
        ("# places: province -> ?g", "cannot read"),
    ],
)
def test_places_header_errors(header, match):
    text = (
        "# title: t\n# params: province (province: p)\n# params: name (string: n)\n"
        "# params: from=1900 (year: y)\n# params: to=2100 (year: y)\n"
        f"{header}\nSELECT ?province ?from ?to ?name WHERE {{\n  # (place candidates: ?g)\n  GRAPH ?g {{ ?s ?p ?o }} }}"
    )
    with pytest.raises(QueryError, match=match):
        parse_query("t", text)


def test_an_index_made_before_places_is_rebuilt(tmp_path):
    """A store indexed by an older ketluan (schema 1, no table of places): readers leave the index alone and
    the query runs as written; the first writer rebuilds it, places included."""
    path = tmp_path / "store"
    with Store.open(path) as st:
        st.ox.extend(fixture_quads(resolved=False))
        st.rebuild_text_index()
        db = st.text_index().db
        db.execute("DROP TABLE notice_places")
        db.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
    q = load_query("meetings_in_province")
    params = {"province": "Khánh Hòa", "from": "2020", "to": "2020"}
    with Store.open(path) as st:
        index = st.text_index()
        assert st.text_sync is not None and st.text_sync.rebuilt
        assert index.graphs_in("Khánh Hòa", 2020, 2020).iris == [
            f"{KLI}notice/kh-2020",
            f"{KLI}notice/nt-2019",
        ]
        assert "VALUES ?placeCandidate_g" in places_text(q, q.text, bind_params(q, params), index)
        assert _files(run_query(st, q, params)) == ["kh-2020"]


def test_check_reports_places_out_of_step(tmp_path):
    from ketluan.graph.check import check_store

    with Store.open(tmp_path / "store") as st:
        st.ox.extend(fixture_quads(resolved=False))
        st.rebuild_text_index()
        assert not [p for p in check_store(st).problems if "provinces and years" in p]
        st.text_index().db.execute("UPDATE notice_places SET year = 1999 WHERE graph LIKE '%kh-2021'")
        problems = [p for p in check_store(st).problems if "provinces and years" in p]
        assert problems == ["kh-2021.txt: its provinces and years in the text index differ from its graph "
                            "(run `ketluan search --reindex`)"]  # fmt: skip
