"""`ketluan.graph.graph_sync`: how resolution rewrites kli:graph/resolved — the graph ends up holding exactly
the quads asked for, whichever path writes them (one update, batches, the bulk loader), and the counts are
the quads that really changed."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from ketluan.graph import graph_sync
from ketluan.graph.graph_sync import sync_named_graph

pytestmark = pytest.mark.issue(7)

G = "https://w3id.org/ketluan/id/graph/resolved"
OTHER = ox.NamedNode("https://w3id.org/ketluan/id/notice/2021-04-20_sokhcn-vinhlong_tb-ket-luan")
SAME_AS = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
NAME = ox.NamedNode("http://xmlns.com/foaf/0.1/name")
ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")


def person_quads(names: range, graph: str = G) -> list[ox.Quad]:
    """Quads shaped like resolved persons: an identity, its name, a spelling and one member."""
    g = ox.NamedNode(graph)
    out = []
    for i in names:
        p = ox.NamedNode(f"https://w3id.org/ketluan/id/person/resolved/vinh-long/tran-thi-bich-hoa-{i}")
        member = ox.NamedNode(f"https://w3id.org/ketluan/id/person/2021-04-20_tb/tran-thi-bich-hoa-{i}")
        out += [
            ox.Quad(p, NAME, ox.Literal(f"Trần Thị Bích Hòa {i}"), g),
            ox.Quad(p, ALT, ox.Literal(f"Trần Thị Bích Hoà {i}"), g),
            ox.Quad(member, SAME_AS, p, g),
        ]
    return out


def graph_of(store: ox.Store, graph: str = G) -> set[ox.Quad]:
    return set(store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))


# fmt: off
CASES = [
    # (id, stored names, wanted names, update limit)
    ("first-write-one-update",   range(0),    range(100),    1_000),
    ("first-write-bulk-loader",  range(0),    range(3_000),  1_000),
    ("small-diff-one-update",    range(100),  range(10, 120),  1_000),
    ("big-diff-batches",         range(2_000), range(1_000, 4_000), 500),
    ("everything-removed",       range(2_000), range(0),     500),
    ("unchanged",                range(500),  range(500),    1_000),
]
# fmt: on


@pytest.mark.parametrize(("stored", "wanted", "limit"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_resolution_graph_sync_holds_exactly_the_wanted_quads(stored, wanted, limit, monkeypatch, tmp_path):
    monkeypatch.setattr(graph_sync, "BATCH", 700)  # several batches on every path
    store = ox.Store(str(tmp_path / "store"))
    store.extend(person_quads(stored))
    store.extend(person_quads(range(50), graph=OTHER.value))  # another graph: never touched
    before, want = set(person_quads(stored)), set(person_quads(wanted))
    # duplicates and quads of another graph in the input are taken as quads of G, once
    given = person_quads(wanted) + person_quads(wanted[:5]) + person_quads(wanted[5:7], graph=OTHER.value)
    removed, added = sync_named_graph(store, G, iter(given), limit)
    assert graph_of(store) == want
    assert (removed, added) == (len(before - want), len(want - before))
    assert graph_of(store, OTHER.value) == set(person_quads(range(50), graph=OTHER.value))
    assert sync_named_graph(store, G, iter(person_quads(wanted)), limit) == (0, 0)


def test_resolution_graph_sync_keeps_lookalike_literals_apart(tmp_path):
    # same text, other language tag or datatype: different quads, each kept
    store = ox.Store(str(tmp_path / "store"))
    g = ox.NamedNode(G)
    s = ox.NamedNode("https://w3id.org/ketluan/id/agency/resolved/so-khoa-hoc-va-cong-nghe-tinh-vinh-long")
    pref = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
    name = "Sở Khoa học và Công nghệ tỉnh Vĩnh Long"
    quads = [
        ox.Quad(s, pref, ox.Literal(name, language="vi"), g),
        ox.Quad(s, pref, ox.Literal(name), g),
        ox.Quad(s, pref, ox.Literal(name, datatype=ox.NamedNode("http://example.org/dt")), g),
    ]
    assert sync_named_graph(store, G, iter(quads[:1]), 10) == (0, 1)
    assert sync_named_graph(store, G, iter(quads), 10) == (0, 2)
    assert sync_named_graph(store, G, iter(quads[1:]), 10) == (1, 0)
    assert graph_of(store) == set(quads[1:])
