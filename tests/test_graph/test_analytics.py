"""Graph analytics (`ketluan.graph.analytics`) on the sample notices and the 15 cross-notice notices.

Expected values are counted with independent SPARQL queries over the resolved store.
"""

from __future__ import annotations

from collections import Counter
from importlib import resources
from itertools import combinations
from pathlib import Path

import pytest

from ketluan.graph import analytics as an
from ketluan.graph.graph_model import Filters
from ketluan.graph.pipeline import ingest_paths
from ketluan.graph.resolution import resolve_store
from ketluan.graph.store import Store

pytestmark = pytest.mark.issue(5)

NOTICES = Path(__file__).resolve().parents[1] / "data" / "resolution" / "notices"
SKHCN_VL = "https://w3id.org/ketluan/id/agency/resolved/so-khoa-hoc-va-cong-nghe-tinh-vinh-long"
HOA_VL = "https://w3id.org/ketluan/id/person/resolved/vinh-long/tran-thi-bich-hoa"


@pytest.fixture(scope="session")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("analytics") / "store"
    with Store.open(path) as s:
        ingest_paths([str(resources.files("ketluan.ingest.samples")), str(NOTICES)], s)
        resolve_store(s)
        yield s


@pytest.fixture(scope="session")
def loaded(store):
    return an.load(store)


def rows(store, sparql: str) -> list[tuple]:
    return [tuple(t.value if t is not None else None for t in r) for r in store.query(sparql)]


def test_analytics_body_with_most_directives_ranks_first(store, loaded):
    _, g = loaded
    counted = Counter(
        a
        for _, a in rows(
            store,
            "SELECT DISTINCT ?d ?a WHERE { ?d kl:assignedTo ?x . ?x owl:sameAs ?a . ?a a kl:Agency }",
        )
    )
    ranking = an.directive_ranking(g)
    assert ranking[0] == (SKHCN_VL, counted[SKHCN_VL])
    # past results ("Sở … đã hỗ trợ …") are not tasks; "3. Giao Sở KH&CN: … b) Chỉ đạo Chi cục TĐC hỗ trợ …"
    # is one (the Sở directs, the Chi cục does the work: both are assigned)
    # (9 since 2026-12-05: Long Hồ's "2.4. Đề nghị Sở Khoa học và Công nghệ" heading was a task of its own beside
    # the item under it; it now names the item's body, one task)
    assert counted.most_common(1)[0] == (SKHCN_VL, 9)
    assert dict(ranking) == dict(counted)
    assert [c for _, c in ranking] == sorted((c for _, c in ranking), reverse=True)


def test_analytics_who_chairs_most(store, loaded):
    _, g = loaded
    counted = Counter(
        p for _, p in rows(store, "SELECT DISTINCT ?m ?p WHERE { ?m kl:chair ?x . ?x owl:sameAs ?p }")
    )
    ranking = an.chair_ranking(g)
    assert ranking[0] == (HOA_VL, 4) == (HOA_VL, counted[HOA_VL])
    assert dict(ranking) == dict(counted)


def test_analytics_coattendance_weights_are_meetings_together(store, loaded):
    _, g = loaded
    people = an.coattendance(g, "person")
    together: Counter[tuple[str, str]] = Counter()
    by_meeting: dict[str, set[str]] = {}
    for m, p in rows(store, "SELECT DISTINCT ?m ?p WHERE { ?m kl:participant ?x . ?x owl:sameAs ?p }"):
        by_meeting.setdefault(m, set()).add(p)
    for ps in by_meeting.values():
        together.update(combinations(sorted(ps), 2))
    assert people.number_of_edges() == len(together)
    for (a, b), w in together.items():
        assert people.edges[a, b]["weight"] == w
    bodies = an.coattendance(g, "agency")
    assert SKHCN_VL in bodies and all(g.nodes[n]["kind"] == "agency" for n in bodies)
    with pytest.raises(ValueError, match="kind must be"):
        an.coattendance(g, "meeting")


@pytest.mark.parametrize("measure", ["degree", "betweenness", "eigenvector", "pagerank"])
def test_analytics_centrality_ranks_the_hub_of_the_province_high(loaded, measure):
    _, g = loaded
    bodies = an.coattendance(g, "agency")
    ranked = an.centrality(bodies, measure)
    assert len(ranked) == len(bodies)
    assert [s for _, s in ranked] == sorted((s for _, s in ranked), reverse=True)
    assert SKHCN_VL in [n for n, _ in ranked[:5]]


def test_analytics_centrality_rejects_an_unknown_measure(loaded):
    with pytest.raises(ValueError, match="unknown measure"):
        an.centrality(an.coattendance(loaded[1], "agency"), "closeness-ish")


def test_analytics_communities_partition_the_network(loaded):
    _, g = loaded
    bodies = an.coattendance(g, "agency")
    groups = an.communities(bodies)
    assert set().union(*groups) == set(bodies) and sum(map(len, groups)) == len(bodies)
    assert [len(c) for c in groups] == sorted((len(c) for c in groups), reverse=True)
    assert groups == an.communities(bodies)  # seeded: the same every run
    # bodies of different provinces that never met are never in one community
    quang_ngai = {n for n in bodies if n.endswith("tinh-quang-ngai")}
    vinh_long = {n for n in bodies if n.endswith("tinh-vinh-long")}
    assert not any(c & quang_ngai and c & vinh_long for c in groups)


def test_analytics_directive_load_per_agency_topic_year(store, loaded):
    _, g = loaded
    load = an.directive_load(g)
    expected: Counter[tuple] = Counter()
    for _, a, t, held in rows(
        store,
        """SELECT DISTINCT ?d ?a ?t ?h WHERE { ?d kl:assignedTo ?x ; kl:topic ?t ; kl:issuedAt ?m .
           ?x owl:sameAs ?a . ?m kl:heldOn ?h }""",
    ):
        expected[(a, t.rsplit("/", 1)[1], int(held[:4]))] += 1
    for key, count in expected.items():
        assert load[key] == count, key
    metrology = {
        k: c
        for k, c in load.items()
        if k[0].endswith("chi-cuc-tieu-chuan-do-luong-chat-luong-tinh-vinh-long") and k[1] == "metrology"
    }
    assert sum(metrology.values()) == 5 and len(metrology) >= 4  # over several years


def test_analytics_filters_apply(store):
    _, g = an.load(store, province="Quảng Ngãi")
    assert {g.nodes[m]["province"] for m, k in g.nodes(data="kind") if k == "meeting"} == {"Quảng Ngãi"}
    assert an.directive_ranking(g)[0][0].endswith("tinh-quang-ngai")


def test_analytics_report(store):
    lines = an.analytics_report(store, top=5)
    text = "\n".join(lines)
    # the closing line "Sở … thông báo để các đơn vị biết" and three past-results sentences are no tasks
    # 106 since 2026-12-05: the items under "Đề nghị UBND huyện Mỹ Tú:" are three tasks (were one), "Các huyện
    # uỷ, thị uỷ, thành uỷ lãnh đạo …" is a task of the district Party committees, Long Hồ's heading is none;
    # 109 later that day: units named together before a colon each have the task ("Ban Quản lý chợ Hậu Nghĩa,
    # Ban Quản lý chợ Đức Hòa: bố trí …", "Phòng Văn hóa và Thông tin, Đài Truyền thanh huyện: tuyên truyền …",
    # Thái Nguyên's three UBND huyện: hỗ trợ các hợp tác xã chè …), each read and checked by hand
    assert lines[0].startswith("21 meetings, 109 directives")
    assert "Bodies with the most directives assigned" in text
    first = lines[lines.index("Bodies with the most directives assigned (kl:assignedTo):") + 1]
    assert first.split() == ["9", "Sở", "Khoa", "học", "và", "Công", "nghệ", "tỉnh", "Vĩnh", "Long"]
    chairs = lines[lines.index("Who chairs most (kl:chair, meetings):") + 1]
    assert chairs.split()[0] == "4" and "Trần Thị Bích Hòa" in chairs
    for heading in (
        "Central officials",
        "Central bodies",
        "Communities of bodies",
        "Directive load per body",
    ):
        assert heading in text
    assert "Đo lường (" in text  # topic by its Vietnamese label, with years
    filtered = an.analytics_report(store, Filters(province="Bến Tre"), top=3)
    assert "province=Bến Tre" in filtered[0]
