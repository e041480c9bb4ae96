"""`ketluan viz` without a browser: the graph model, filters, ego view, aggregation, tooltips, the page.

The store holds the bundled sample notices and the 15 cross-notice notices of tests/data/resolution,
ingested and resolved once per session. Expected sets are computed with independent SPARQL queries.
"""

from __future__ import annotations

import json
import math
import re
from importlib import resources
from pathlib import Path

import networkx as nx
import pytest

from ketluan.graph.graph_model import Filters, VizError, build_graph, ego_nodes, load_kg, province_key
from ketluan.graph.pipeline import ingest_paths
from ketluan.graph.resolution import resolve_store
from ketluan.graph.store import Store
from ketluan.graph.viz import (
    aggregate,
    external_references,
    layout_positions,
    make_self_contained,
    viz_command,
)

pytestmark = pytest.mark.issue(5)

NOTICES = Path(__file__).resolve().parents[1] / "data" / "resolution" / "notices"
SKHCN_VL = "https://w3id.org/ketluan/id/agency/resolved/so-khoa-hoc-va-cong-nghe-tinh-vinh-long"
HOA_VL = "https://w3id.org/ketluan/id/person/resolved/vinh-long/tran-thi-bich-hoa"


@pytest.fixture(scope="session")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("viz") / "store"
    with Store.open(path) as s:
        summary = ingest_paths([str(resources.files("ketluan.ingest.samples")), str(NOTICES)], s)
        assert all(r.status == "ingested" for r in summary.results), summary.results
        resolve_store(s)
        yield s


@pytest.fixture(scope="session")
def kg(store):
    return load_kg(store)


@pytest.fixture(scope="session")
def full(kg, store):
    return build_graph(kg, Filters(), store)


def rows(store, sparql: str) -> list[tuple[str, ...]]:
    return [tuple(t.value if t is not None else None for t in r) for r in store.query(sparql)]


def of_kind(g: nx.Graph, kind: str) -> set[str]:
    return {n for n, k in g.nodes(data="kind") if k == kind}


def page_nodes(html: str) -> list[dict]:
    return json.loads(re.search(r"var rawNodes = (\[.*?\]);\n", html, re.S).group(1))


# -- the model -----------------------------------------------------------------------------------------


def test_viz_one_person_is_one_node_across_notices(store, full):
    # Trần Thị Bích Hòa (Vĩnh Long) is named in several notices: one node, linked to all their meetings
    mentions = rows(
        store,
        f"""SELECT DISTINCT ?m WHERE {{ ?x owl:sameAs <{HOA_VL}> . ?m kl:participant ?x }}""",
    )
    assert len(mentions) >= 4
    assert HOA_VL in full and full.nodes[HOA_VL]["kind"] == "person"
    assert {m for m, _ in full.in_edges(HOA_VL)} >= {m for (m,) in mentions}
    # no per-notice person node is left
    assert not [p for p in of_kind(full, "person") if "/resolved/" not in p]
    assert not [a for a in of_kind(full, "agency") if "/resolved/" not in a]


def test_viz_graph_holds_every_meeting_and_directive(store, full):
    meetings = {m for (m,) in rows(store, "SELECT ?m WHERE { ?n kl:reportsOn ?m }")}
    directives = {d for (d,) in rows(store, "SELECT ?d WHERE { ?d a kl:Directive }")}
    assert of_kind(full, "meeting") == meetings
    assert of_kind(full, "directive") == directives
    rels = {r for *_, r in full.edges(data="rel")}
    assert {"chair", "participant", "participatingAgency", "issuedAt", "assignedTo", "post"} <= rels
    # chair beats participant on the same meeting–person pair
    assert all(r != "participant" for m, p, r in full.edges(data="rel") if p == HOA_VL and r == "chair")


# fmt: off
PROVINCES = [
    ("Vĩnh Long",      "vinh-long"),
    ("tỉnh Vĩnh Long", "vinh-long"),
    ("vinh long",      "vinh-long"),
    ("TP. Hồ Chí Minh", "ho-chi-minh"),
]
# fmt: on


@pytest.mark.parametrize(("text", "key"), PROVINCES)
def test_viz_province_key(text, key):
    assert province_key(text) == key


def test_viz_province_filter_keeps_that_province(store, kg, full):
    g = build_graph(kg, Filters(province="tỉnh Vĩnh Long"), store)
    expected = {
        m
        for m, mp, np_ in rows(
            store,
            "SELECT ?m (SAMPLE(?a) AS ?mp) (SAMPLE(?b) AS ?np) WHERE { ?n kl:reportsOn ?m "
            "OPTIONAL { ?m kl:province ?a } OPTIONAL { ?n kl:province ?b } } GROUP BY ?m",
        )
        if (mp or np_) == "Vĩnh Long"
    }
    assert of_kind(g, "meeting") == expected
    assert 0 < len(expected) < len(of_kind(full, "meeting"))
    assert len(g) < len(full)
    # every directive kept was issued at a kept meeting
    assert all(kg.directives[d].meeting in expected for d in of_kind(g, "directive"))


def test_viz_year_filter(store, kg):
    g = build_graph(kg, Filters(year_from=2020, year_to=2021), store)
    years = {g.nodes[m]["year"] for m in of_kind(g, "meeting")}
    assert years == {2020, 2021}
    expected = {
        m
        for m, held in rows(store, "SELECT ?m ?h WHERE { ?n kl:reportsOn ?m . ?m kl:heldOn ?h }")
        if held[:4] in ("2020", "2021")
    }
    assert of_kind(g, "meeting") == expected


def test_viz_topic_filter_keeps_only_directives_on_it(store, kg):
    g = build_graph(kg, Filters(topic="đo lường"), store)  # the Vietnamese label of klt:metrology
    expected = {d for (d,) in rows(store, "SELECT ?d WHERE { ?d kl:topic klt:metrology }")}
    assert of_kind(g, "directive") == expected
    assert all("metrology" in g.nodes[d]["topics"] for d in of_kind(g, "directive"))
    # only meetings that issued one of them
    assert of_kind(g, "meeting") == {kg.directives[d].meeting for d in expected}
    assert g.graph["matched"]["topic"] == ["metrology"]


def test_viz_agency_filter_includes_sub_units(store, kg):
    g = build_graph(kg, Filters(agency="Sở Khoa học và Công nghệ tỉnh Vĩnh Long"), store)
    family = kg.descendants([SKHCN_VL])
    assert (
        "https://w3id.org/ketluan/id/agency/resolved/chi-cuc-tieu-chuan-do-luong-chat-luong-tinh-vinh-long"
        in family
    )
    assert g.graph["matched"]["agency"] == [SKHCN_VL]
    for d in of_kind(g, "directive"):
        targets = {v for _, v, r in g.out_edges(d, data="rel") if r in ("assignedTo", "supports")}
        assert targets & family, d
    for m in of_kind(g, "meeting"):
        linked = {v for _, v in g.out_edges(m)} | {
            v for d, _ in g.in_edges(m) for _, v in g.out_edges(d) if g.nodes[d]["kind"] == "directive"
        }
        assert linked & family, m
    assert of_kind(g, "directive")


def test_viz_person_filter_keeps_their_meetings(store, kg):
    g = build_graph(kg, Filters(person="tran thi bich hoa", province="Vĩnh Long"), store)
    attended = {
        m
        for (m,) in rows(
            store, f"SELECT DISTINCT ?m WHERE {{ ?x owl:sameAs <{HOA_VL}> . ?m kl:participant ?x }}"
        )
    }
    assert of_kind(g, "meeting") == attended


# fmt: off
BAD_FILTERS = [
    (Filters(topic="astrology"),              "no topic 'astrology' — use one of: "),
    (Filters(agency="Bộ Ngoại giao"),         "no agency named"),
    (Filters(person="Không Có Ai"),           "no person named"),
    (Filters(province="Cà Mau"),              "no meeting in province 'Cà Mau' — provinces in the store:"),
]
# fmt: on


@pytest.mark.parametrize(("filters", "message"), BAD_FILTERS)
def test_viz_filters_that_match_nothing_say_so(store, kg, filters, message):
    with pytest.raises(VizError, match=re.escape(message)):
        build_graph(kg, filters, store)


# -- ego view ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [1, 2])
def test_viz_ego_view_holds_the_focus_and_only_nodes_within_depth(store, kg, tmp_path, depth):
    g = build_graph(kg, Filters(province="Vĩnh Long"), store)
    out = tmp_path / "ego.html"
    s = viz_command(store, out, province="Vĩnh Long", focus="Trần Thị Bích Hòa", depth=depth)
    drawn = {n["id"] for n in page_nodes(out.read_text(encoding="utf-8"))}
    assert HOA_VL in drawn
    dist = nx.single_source_shortest_path_length(g.to_undirected(), HOA_VL)
    assert drawn == {n for n, d in dist.items() if d <= depth}
    assert max(dist[n] for n in drawn) == depth
    assert s.focus == ["Trần Thị Bích Hòa"] and not s.aggregated
    assert ego_nodes(g, [HOA_VL], depth) == drawn


def test_viz_ego_view_of_namesakes_names_their_provinces(store, tmp_path):
    s = viz_command(store, tmp_path / "ego.html", focus="Trần Thị Bích Hòa", depth=1)
    assert sorted(s.focus) == ["Trần Thị Bích Hòa (Bến Tre)", "Trần Thị Bích Hòa (Vĩnh Long)"]


def test_viz_focus_that_matches_nothing(store, tmp_path):
    with pytest.raises(VizError, match="no person or agency named 'Nguyễn Thanh Phong'"):
        viz_command(store, tmp_path / "x.html", focus="Nguyễn Thanh Phong")


# -- aggregation --------------------------------------------------------------------------------------


def test_viz_aggregates_above_the_budget_and_the_page_says_so(store, full, tmp_path):
    out = tmp_path / "agg.html"
    s = viz_command(store, out, max_nodes=150)
    html = out.read_text(encoding="utf-8")
    assert s.aggregated and s.full_nodes == len(full) > 150 >= s.nodes
    assert s.aggregation[0] == "directives"
    assert 'id="ketluan-aggregated"' in html
    assert f"the full view has {len(full):,} nodes, more than the budget of 150" in html
    assert "directives were collapsed into" in html
    kinds = {n["kind"] for n in page_nodes(html)}
    assert "directive" not in kinds and "topic" in kinds


def test_viz_no_banner_below_the_budget(store, full, tmp_path):
    out = tmp_path / "all.html"
    s = viz_command(store, out)
    html = out.read_text(encoding="utf-8")
    assert not s.aggregated and s.nodes == len(full) and s.edges == full.number_of_edges()
    assert 'id="ketluan-aggregated"' not in html


def test_viz_aggregate_steps(full):
    g, steps, _ = aggregate(full, len(full) - 1)
    assert steps == ["directives"] and len(g) < len(full)
    assert not of_kind(g, "directive")
    # agency -> topic weights add up to the assignments of the directives
    expected = sum(
        len(full.nodes[d]["topics"] or ["none"])
        for d, _, r in full.edges(data="rel")
        if r == "assignedTo" and full.nodes[d]["kind"] == "directive"
    )
    assert sum(w for *_, w in g.edges(data="weight") if w) == expected
    g, steps, notes = aggregate(full, 60)
    assert steps[:4] == ["directives", "meetings", "persons", "top"] and len(g) == 60
    assert len(notes) == len(steps)
    assert full.number_of_nodes() > 60  # the input is not changed
    assert of_kind(full, "directive")


def test_viz_co_attendance_edges_count_shared_meetings(full):
    g, steps, _ = aggregate(full, 200)
    assert steps[:2] == ["directives", "meetings"]
    a = "https://w3id.org/ketluan/id/agency/resolved/chi-cuc-tieu-chuan-do-luong-chat-luong-tinh-vinh-long"
    together = [
        m
        for m in of_kind(full, "meeting")
        if {SKHCN_VL, a}
        <= {v for _, v, r in full.out_edges(m, data="rel") if r in ("organizer", "participatingAgency")}
    ]
    e = g.edges[SKHCN_VL, a] if g.has_edge(SKHCN_VL, a) else g.edges[a, SKHCN_VL]
    assert e["weight"] == len(together) > 0


# -- the page ------------------------------------------------------------------------------------------


def test_viz_tooltips_hold_posts_dates_and_the_evidence_sentence(store, tmp_path):
    out = tmp_path / "all.html"
    viz_command(store, out)
    nodes = {n["id"]: n for n in page_nodes(out.read_text(encoding="utf-8"))}
    evidence = rows(
        store,
        "SELECT ?d ?x WHERE { ?d a kl:Directive ; kl:evidence ?s . ?s oa:exact ?x }",
    )
    assert evidence
    for d, sentence in evidence:
        assert " ".join(sentence.split()) in nodes[d]["title"], d
    hoa = nodes[HOA_VL]["title"]
    assert hoa.startswith("Trần Thị Bích Hòa\nCán bộ (person)")
    assert "Giám đốc Sở Khoa học và Công nghệ tỉnh Vĩnh Long (2021-04-16 – 2023-06-23)" in hoa
    assert "chủ trì 4 cuộc họp" in hoa
    meeting = next(n for n in nodes.values() if n["kind"] == "meeting" and n.get("year") == 2022)
    assert "Ngày (date): 2022-" in meeting["title"] and "Trích dẫn (evidence):" in meeting["title"]


def test_viz_styles_by_class_and_sizes_by_degree(store, full, tmp_path):
    out = tmp_path / "all.html"
    viz_command(store, out)
    html = out.read_text(encoding="utf-8")
    nodes = page_nodes(html)
    shapes = {n["kind"]: n["shape"] for n in nodes}
    assert shapes == {"person": "dot", "agency": "square", "meeting": "diamond", "directive": "triangle"}
    colours = {n["kind"]: n["color"]["background"] for n in nodes}
    assert len(set(colours.values())) == 4
    biggest = max(nodes, key=lambda n: n["size"])
    assert full.degree(biggest["id"]) == max(d for _, d in full.degree())
    for label in ("Cán bộ", "Cơ quan, đơn vị", "Cuộc họp", "Kết luận, chỉ đạo"):
        assert label in html  # the legend
    assert 'id="kl-search"' in html and 'id="kl-province"' in html


def test_viz_page_is_self_contained(store, tmp_path):
    out = tmp_path / "all.html"
    viz_command(store, out)
    html = out.read_text(encoding="utf-8")
    assert external_references(html) == []
    assert not re.search(r"<(script|link)[^>]+(src|href)=", html)
    assert "vis.Network" in html and "cdnjs" not in html and "bootstrap" not in html.lower()


def test_viz_external_references_are_found_and_inlined():
    page = (
        '<link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/tom-select/2.0.0/css/tom-select.css">'
        '<script src="//cdn.example.org/lib/tom-select.complete.min.js"></script>'
        '<style>@import url("https://fonts.example.org/x.css");</style>'
    )
    assert len(external_references(page)) == 3
    inlined = make_self_contained(
        page.replace('<style>@import url("https://fonts.example.org/x.css");</style>', "")
    )
    assert external_references(inlined) == [] and "<style>" in inlined and "TomSelect" in inlined
    with pytest.raises(VizError, match="no local copy"):
        make_self_contained('<script src="https://cdn.example.org/unknown.js"></script>')
    # a URL that is only a string inside a script is not a request
    assert external_references('<script>var ns = "http://www.w3.org/2000/svg";</script>') == []


def test_viz_layout_places_every_node_apart(full):
    pos = layout_positions(full)
    assert set(pos) == set(full)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in pos.values())
    assert len({(round(x), round(y)) for x, y in pos.values()}) > 0.95 * len(pos)

    # neighbours sit closer together than nodes picked at random
    def dist(a, b):
        return math.dist(pos[a], pos[b])

    near = sum(dist(u, v) for u, v in full.edges()) / full.number_of_edges()
    nodes = sorted(full)
    far = sum(dist(nodes[i], nodes[-1 - i]) for i in range(len(nodes) // 2)) / (len(nodes) // 2)
    assert near < far / 2


def test_viz_summary_lines(store, tmp_path):
    s = viz_command(store, tmp_path / "v.html", province="Vĩnh Long", year_from=2019)
    lines = s.lines()
    assert lines[0].startswith(f"wrote {tmp_path / 'v.html'}") and "agencies" in lines[0]
    assert s.filters == {"province": "Vĩnh Long", "year_from": 2019}
    assert lines[-1].startswith("in ") and set(s.timings) >= {"load", "build", "layout", "write"}


def test_viz_command_refuses_a_missing_store(tmp_path):
    with pytest.raises(VizError, match="no store at"):
        viz_command(tmp_path / "nowhere", tmp_path / "x.html")
    with pytest.raises(VizError, match="--year-from 2022 is after --year-to 2020"):
        viz_command(tmp_path / "nowhere", tmp_path / "x.html", year_from=2022, year_to=2020)


def test_viz_unresolved_store_draws_mentions(tmp_path):
    path = tmp_path / "store"
    with Store.open(path) as s:
        ingest_paths([str(NOTICES / "2018-04-02_sokhcn-vinhlong_tb-ket-luan.txt")], s)
    summary = viz_command(path, tmp_path / "u.html")
    assert summary.nodes > 10 and summary.kinds["person"] > 0


def test_viz_big_views_skip_reading_persons_and_draw_the_same(store, kg, tmp_path):
    # far over the budget even without persons: they are never read, and the page is the one that
    # reading them and leaving them out would give
    from ketluan.graph.viz import write_viz

    lean = viz_command(store, tmp_path / "lean.html", max_nodes=40)
    assert not lean.persons_counted and lean.aggregation[:4] == ["directives", "meetings", "persons", "top"]
    html = (tmp_path / "lean.html").read_text(encoding="utf-8")
    assert "nodes besides its persons, more than the budget of 40" in html
    assert "persons were left out" in html
    full = write_viz(store, tmp_path / "full.html", max_nodes=40, kg=kg)
    assert kg.persons_loaded and full.persons_counted and full.full_nodes > lean.full_nodes
    assert {n["id"] for n in page_nodes(html)} == {
        n["id"] for n in page_nodes((tmp_path / "full.html").read_text(encoding="utf-8"))
    }


def test_viz_notebook_view_is_inline_and_offline(store):
    pytest.importorskip("IPython")
    import html as html_lib

    from ketluan.graph.viz import notebook_view

    shown = notebook_view(store, max_nodes=200, height=420)
    markup = shown.data
    assert markup.startswith("<iframe srcdoc=") and "height:420px" in markup
    page = html_lib.unescape(markup.split('srcdoc="', 1)[1].split('" title=', 1)[0])
    assert "new vis.Network" in page  # the page itself, scripts inlined
    assert external_references(page) == []
