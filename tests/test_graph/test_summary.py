"""kli:graph/summary: the precomputed answers of whole-corpus aggregations (`ketluan.graph.summary`).

The summarised queries must answer exactly what they answer without the summary (same rows, same order),
on the query fixture and on real notices, and keep doing so after a notice is removed or replaced and the
store resolved again, as the command line does after every ingest and remove.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from ketluan.graph.pipeline import ingest_paths
from ketluan.graph.queries import load_query, run_query
from ketluan.graph.resolution import needs_resolution, resolve_store, resolved_quads
from ketluan.graph.store import Store, to_ox_quads
from ketluan.graph.summary import SUMMARY_GRAPH, iter_summary_quads

DATA = Path(__file__).resolve().parents[1] / "data"
NOTICES = DATA / "notices"
#: Two notices that name absent bodies ("Vắng: …") and assign directives, and one that names none.
ABSENCE_NOTICE = "2017-06-08_ubnd-krongpac_tb-ket-luan.txt"
FILES = [
    ABSENCE_NOTICE,
    "2011-05-27_huyenuy-donghoa-phuyen_tb-btv.txt",
    "2014-09-19_sokhcn-kontum_tb-ket-luan.txt",
]
SUMMARISED = [
    "directives_by_agency_topic",
    "absentees_by_locality",
    "meetings_by_province_year",
    "chairs_across_years",
    "directives_due_between",
    "people_in_several_notices",
    "who_chaired",
]
#: Date ranges for directives_due_between: whole months, a range that cuts months at both ends, one day, a
#: range with no deadline, and the last days a month or a year counts as.
RANGES = [
    ("2000-01-01", "2099-12-31"),
    ("2011-06-11", "2014-10-15"),
    ("2017-06-30", "2017-06-30"),
    ("2017-12-31", "2018-02-27"),
    ("2018-02-28", "2018-12-31"),
    ("2019-10-01", "2020-12-31"),
    ("2021-01-01", "2021-12-31"),
]
KL = "https://w3id.org/ketluan/ontology#"


def without_summary(store: ox.Store) -> ox.Store:
    """A copy of ``store`` without kli:graph/summary: the queries compute their answer from the notices."""
    copy = ox.Store()
    copy.extend(q for q in store if q.graph_name != ox.NamedNode(SUMMARY_GRAPH))
    return copy


def answer(store: ox.Store, name: str, params: dict[str, str] | None = None) -> list[tuple[str, ...]]:
    """The rows in the order returned, GROUP_CONCAT items sorted (SPARQL leaves their order open)."""
    query = load_query(name)
    result = run_query(store, query, params or {})
    separators = [query.list_columns.get(column) for column in result.variables]
    return [tuple(_cell(t, sep) for t, sep in zip(row, separators, strict=True)) for row in result.rows]


def _cell(term: object, separator: str | None) -> str:
    if isinstance(term, ox.Literal):
        items = separator.join(sorted(term.value.split(separator))) if separator else term.value
        return f"{items} @{term.language} ^^{term.datatype.value}"
    return "" if term is None else str(term)


def tallies(store: ox.Store, kind: str) -> int:
    return len(
        list(store.quads_for_pattern(None, None, ox.NamedNode(KL + kind), ox.NamedNode(SUMMARY_GRAPH)))
    )


def due_between(store: ox.Store, first: str, last: str) -> list[tuple[str, ...]]:
    return answer(store, "directives_due_between", {"from": first, "to": last})


def assert_same_as_computed(store: ox.Store) -> None:
    reference = without_summary(store)
    for name in SUMMARISED:
        assert answer(store, name) == answer(reference, name), name
    for first, last in RANGES:
        assert due_between(store, first, last) == due_between(reference, first, last), (first, last)
    assert tallies(store, "AgencyTopicTally") == len(answer(store, "directives_by_agency_topic"))
    assert tallies(store, "AbsenceTally") == len(answer(store, "absentees_by_locality"))
    assert tallies(store, "ProvinceYearTally") == len(answer(store, "meetings_by_province_year"))
    assert tallies(store, "PersonTally") == len(answer(store, "people_in_several_notices"))
    assert tallies(store, "MeetingChairTally") == len(answer(store, "who_chaired"))


@pytest.fixture(scope="module")
def resolved_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("summary") / "store"
    with Store.open(path) as store:
        assert ingest_paths([str(NOTICES / f) for f in FILES], store).ok
        resolve_store(store)
    return path


@pytest.fixture()
def store(resolved_store: Path, tmp_path: Path) -> Store:
    copy = tmp_path / "store"
    shutil.copytree(resolved_store, copy)
    with Store.open(copy) as st:
        yield st


def test_summary_fixture_same_answers_in_order():
    """The query fixture (its golden answers are checked without the summary by test_queries)."""
    fixture = ox.Store()
    fixture.load(path=str(DATA / "query_fixture.trig"), format=ox.RdfFormat.TRIG)
    fixture.extend(to_ox_quads(resolved_quads(fixture)[1]))
    fixture.extend(iter_summary_quads(fixture))
    assert_same_as_computed(fixture)
    assert tallies(fixture, "AgencyTopicTally") > 3 and tallies(fixture, "AbsenceTally") > 0
    # "2017-06-30", "2017-12" and "2017" are due in two months (June, December), "2018-02" and "2018" in two
    # more, "2019-09-30", "2019-10-15" and "2020" in three
    assert tallies(fixture, "DueMonthTally") == 7
    assert due_between(fixture, "2018-01-01", "2018-02-27") == []  # "2018-02" is due on the 28th
    assert {row[1] for row in due_between(fixture, "2017-12-01", "2018-02-28")} == {
        "2017-12 @None ^^http://www.w3.org/2001/XMLSchema#gYearMonth",
        "2017 @None ^^http://www.w3.org/2001/XMLSchema#gYear",
        "2018-02 @None ^^http://www.w3.org/2001/XMLSchema#gYearMonth",
    }
    assert [row[0] for row in answer(fixture, "chairs_across_years")] == [
        "Nguyễn Thanh Phong @None ^^http://www.w3.org/2001/XMLSchema#string"
    ]


def test_summary_real_notices_same_answers_in_order(store):
    assert_same_as_computed(store.ox)
    absent = {row[0] for row in answer(store.ox, "absentees_by_locality")}
    assert any("Tài nguyên và Môi trường" in a for a in absent), absent
    assert any("Ea Kly" in a for a in absent), absent


def test_summary_deadlines_are_read_by_month(store):
    """Each deadline's directive is listed under the month of its last day; a range reads those months."""
    months = {
        q.object.value
        for q in store.ox.quads_for_pattern(
            None, ox.NamedNode(KL + "tallyMonth"), None, ox.NamedNode(SUMMARY_GRAPH)
        )
    }
    assert months == {"2011-06", "2011-09", "2014-10", "2017-06", "2017-07", "2017-09", "2017-12"}
    assert len(due_between(store.ox, "2017-01-01", "2017-12-31")) >= 5
    assert due_between(store.ox, "2015-01-01", "2016-12-31") == []


def test_summary_deadlines_of_a_notice_removed_since_are_gone(store):
    """A notice removed without resolving again: its directives are still listed by month, but their deadlines
    are read from the notice graphs, so none is returned."""
    store.remove_notice(ABSENCE_NOTICE)
    for first, last in RANGES:
        assert due_between(store.ox, first, last) == due_between(without_summary(store.ox), first, last)
    assert due_between(store.ox, "2017-01-01", "2017-12-31") == []


def test_summary_unchanged_store_writes_nothing(store):
    summary = resolve_store(store)
    assert (summary.removed, summary.added) == (0, 0)


def test_summary_follows_a_removed_notice(store):
    before = answer(store.ox, "absentees_by_locality")
    store.remove_notice(ABSENCE_NOTICE)
    assert needs_resolution(store)  # what the command line checks, and resolves
    resolve_store(store)
    after = answer(store.ox, "absentees_by_locality")
    assert not any("Ea Kly" in row[0] for row in after)
    assert len(after) < len(before)
    assert_same_as_computed(store.ox)


def test_summary_follows_a_replaced_notice(store, tmp_path):
    """The notice comes again with its 'Vắng' line gone and one more directive for a body already named."""
    text = (NOTICES / ABSENCE_NOTICE).read_text(encoding="utf-8")
    changed = text.replace("Vắng: Phòng Tài nguyên và Môi trường (có lý do), UBND xã Ea Kly.\n", "")
    assert changed != text
    folder = tmp_path / "again"
    folder.mkdir()
    (folder / ABSENCE_NOTICE).write_text(changed, encoding="utf-8")
    directives_before = answer(store.ox, "directives_by_agency_topic")
    assert ingest_paths([str(folder / ABSENCE_NOTICE)], store).ok
    resolve_store(store)
    absent = {row[0] for row in answer(store.ox, "absentees_by_locality")}
    assert not any("Ea Kly" in a for a in absent), absent
    assert answer(store.ox, "directives_by_agency_topic") == directives_before  # the directives stayed
    assert_same_as_computed(store.ox)


def test_summary_store_without_it_answers_from_the_notices(store):
    """A store written with --no-resolve has no summary: the queries compute their answers as before."""
    bare = without_summary(store.ox)
    assert not bare.contains_named_graph(ox.NamedNode(SUMMARY_GRAPH))
    assert len(answer(bare, "directives_by_agency_topic")) > 5
    assert len(answer(bare, "absentees_by_locality")) >= 2


def test_summary_person_rows_of_an_older_resolution_answer_from_the_notices():
    """A store resolved before the person tallies had their own properties (rows written with the shared
    kl:tallyName …) is not read as if it had no people: people_in_several_notices computes its answer."""
    fixture = ox.Store()
    fixture.load(path=str(DATA / "query_fixture.trig"), format=ox.RdfFormat.TRIG)
    fixture.extend(to_ox_quads(resolved_quads(fixture)[1]))
    fixture.extend(iter_summary_quads(fixture))
    want = answer(fixture, "people_in_several_notices")
    assert len(want) >= 2
    g = ox.NamedNode(SUMMARY_GRAPH)
    own = [q for q in fixture.quads_for_pattern(None, None, None, g) if "#personTally" in q.predicate.value]
    shared = {"Name": "tallyName", "Notices": "noticeCount", "Rank": "rank", "Posts": "tallyPosts",
              "Files": "tallyFiles", "Identity": "tallyIdentity"}  # fmt: skip
    assert {q.predicate.value.split("#personTally")[1] for q in own} == set(shared)
    for q in own:
        fixture.remove(q)
        fixture.add(
            ox.Quad(
                q.subject, ox.NamedNode(KL + shared[q.predicate.value.split("#personTally")[1]]), q.object, g
            )
        )
    assert answer(fixture, "people_in_several_notices") == want


UNRESOLVED_MEETING = """
PREFIX kl: <https://w3id.org/ketluan/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
INSERT DATA {
  GRAPH <https://w3id.org/ketluan/id/notice/009-eakly-2017> {
    <https://w3id.org/ketluan/id/notice/009-eakly-2017> a kl:Notice ; kl:sourceFile "009_eakly_2017.txt" ; kl:province "Đắk Lắk" ;
      kl:issuedOn "2017-06-12"^^xsd:date ; kl:reportsOn <https://w3id.org/ketluan/id/meeting/009-eakly-2017> .
    <https://w3id.org/ketluan/id/meeting/009-eakly-2017> a kl:Meeting ; kl:heldOn "2017-06-09"^^xsd:date .
    <https://w3id.org/ketluan/id/directive/009-eakly-2017/1> a kl:Directive ; kl:issuedAt <https://w3id.org/ketluan/id/meeting/009-eakly-2017> .
  }
  GRAPH <https://w3id.org/ketluan/id/test/undated-meeting> { <https://w3id.org/ketluan/id/test/m1> a kl:Meeting . }
}
"""


def test_summary_meetings_of_graphs_written_since_are_counted(store):
    """meetings_by_province_year counts itself the meetings of graphs the summary does not cover (kl:covers),
    and who_chaired lists the meetings it has no rows for: a notice written without resolving, a graph pushed
    by hand to a server."""
    before = {row[:2]: row for row in answer(store.ox, "meetings_by_province_year")}
    store.ox.update(UNRESOLVED_MEETING)
    after = answer(store.ox, "meetings_by_province_year")
    assert after == answer(without_summary(store.ox), "meetings_by_province_year")
    # who_chaired reads the meetings without rows in the summary from their graphs, in the same order
    chaired = answer(store.ox, "who_chaired")
    assert chaired == answer(without_summary(store.ox), "who_chaired")
    assert any(row[-1].startswith("009_eakly_2017.txt") for row in chaired)
    added = [row for row in after if before.get(row[:2]) != row]
    assert [row[:2] for row in added] == [
        ("(unknown) @None ^^http://www.w3.org/2001/XMLSchema#string", ""),
        (
            "Đắk Lắk @None ^^http://www.w3.org/2001/XMLSchema#string",
            "2017 @None ^^http://www.w3.org/2001/XMLSchema#integer",
        ),
    ]
