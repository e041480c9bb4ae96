"""Resolution kept in step with the store: the mention index, re-resolution after ingest and remove.

Uses four of the cross-notice fixtures (tests/data/resolution/notices): Trần Thị Bích Hòa is Phó Giám đốc of
the Sở KH&CN Vĩnh Long in 2018 and 2019 and Giám đốc in 2021 and 2023.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from ketluan.graph.cli import app
from ketluan.graph.mentions import INDEX_GRAPH, index_entries, read_mentions
from ketluan.graph.resolution import resolution_of_store, resolve_store
from ketluan.graph.resolved_rdf import RESOLVED_GRAPH
from ketluan.graph.store import Store

pytestmark = pytest.mark.issue(3)

NOTICES = Path(__file__).resolve().parents[1] / "data" / "resolution" / "notices"
FILES = [
    "2018-04-02_sokhcn-vinhlong_tb-ket-luan.txt",
    "2019-03-12_sokhcn-vinhlong_tb-ket-luan.txt",
    "2021-04-20_sokhcn-vinhlong_tb-ket-luan.txt",
    "2023-06-27_sokhcn-vinhlong_tb-ket-luan.txt",
]
SAME_AS = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "notices"
    out.mkdir()
    for name in FILES:
        shutil.copy(NOTICES / name, out / name)
    return out


def ingest(folder: Path, store: Path) -> list[str]:
    result = CliRunner().invoke(app, ["ingest", str(folder), "--store", str(store)])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def hoa(store: Store):
    res = resolution_of_store(store)
    return next(p for p in res.persons.values() if p.iri.endswith("/vinh-long/tran-thi-bich-hoa"))


def resolved_quads(store: Store) -> set[ox.Quad]:
    return set(store.ox.quads_for_pattern(None, None, None, ox.NamedNode(RESOLVED_GRAPH)))


def test_resolution_store_index_matches_the_notice_graphs(folder, tmp_path):
    store_path = tmp_path / "store"
    ingest(folder, store_path)
    with Store.open(store_path) as store:
        entries = index_entries(store.ox)
        assert len(entries) == len(FILES)
        from_index = read_mentions(store.ox, entries)
        from_graphs = read_mentions(store.ox, {})  # no index: every notice read from its graph
        assert from_index == from_graphs
        # the index is internal: not exported, not counted
        assert all(q.graph_name.value != INDEX_GRAPH for q in store.quads())
        assert b"internal/mentions" not in store.dump("nquads")


def test_resolution_store_heals_a_missing_index(folder, tmp_path):
    store_path = tmp_path / "store"
    ingest(folder, store_path)
    with Store.open(store_path) as store:
        before = store.mentions()
        store.ox.clear_graph(ox.NamedNode(INDEX_GRAPH))
        assert store.mentions() == before
        assert len(index_entries(store.ox)) == len(FILES)


def test_resolution_store_posts_over_time(folder, tmp_path):
    store_path = tmp_path / "store"
    ingest(folder, store_path)
    with Store.open(store_path) as store:
        ident = hoa(store)
        posts = {(h.role, min(h.dates), max(h.dates)) for h in ident.posts if h.dates}
    assert ("Phó Giám đốc", "2018-03-28", "2019-03-08") in posts
    assert ("Giám đốc", "2021-04-16", "2023-06-23") in posts


def test_resolution_store_remove_re_resolves(folder, tmp_path):
    store_path = tmp_path / "store"
    ingest(folder, store_path)
    gone = FILES[-1]
    with Store.open(store_path) as store:
        notice = next(n for n, f, _ in store.notices() if f == gone)
        members_before = set(hoa(store).members)
    result = CliRunner().invoke(app, ["remove", gone, "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1].startswith("resolved ")
    with Store.open(store_path) as store:
        ident = hoa(store)
        # nothing the removed notice alone supported survives ...
        assert all(f"/{notice.rsplit('/', 1)[-1]}/" not in q.subject.value for q in resolved_quads(store))
        assert not store.ox.contains_named_graph(ox.NamedNode(notice))
        assert len(ident.members) == len(members_before) - 1
        posts = {(h.role, min(h.dates), max(h.dates)) for h in ident.posts if h.dates}
        assert ("Giám đốc", "2021-04-16", "2021-04-16") in posts  # the post now ends at the last notice left
        # ... and nothing else is lost: the other notices' nodes still point to their identities
        for m in ident.members:
            assert any(True for _ in store.ox.quads_for_pattern(ox.NamedNode(m), SAME_AS, None, None))


def test_resolution_store_reingest_one_changed_notice_touches_only_it(folder, tmp_path):
    store_path = tmp_path / "store"
    ingest(folder, store_path)
    with Store.open(store_path) as store:
        graphs_before = {
            n: set(store.ox.quads_for_pattern(None, None, None, ox.NamedNode(n)))
            for n, _, _ in store.notices()
        }
        resolved_before = resolved_quads(store)
    changed = folder / FILES[1]
    # the meeting moves from 8 to 9 March: Hòa's post as Phó Giám đốc now ends a day later
    changed.write_text(changed.read_text("utf-8").replace("Ngày 08/3/2019", "Ngày 09/3/2019"), "utf-8")
    lines = ingest(folder, store_path)
    assert lines[-1] == "0 ingested, 3 unchanged, 1 replaced, 0 rejected"
    with Store.open(store_path) as store:
        for n, f, _ in store.notices():
            after = set(store.ox.quads_for_pattern(None, None, None, ox.NamedNode(n)))
            assert (after == graphs_before[n]) == (f != FILES[1]), f
        diff = resolved_quads(store) ^ resolved_before
    assert 0 < len(diff) < len(resolved_before) / 5  # a diff, not a rewrite
    with Store.open(store_path) as store:
        posts = {(h.role, min(h.dates), max(h.dates)) for h in hoa(store).posts if h.dates}
    assert ("Phó Giám đốc", "2018-03-28", "2019-03-09") in posts
    # the same folder again: nothing to do, nothing re-resolved
    assert ingest(folder, store_path) == ["0 ingested, 4 unchanged, 0 replaced, 0 rejected"]


def test_resolution_store_resolve_twice_writes_nothing(folder, tmp_path):
    store_path = tmp_path / "store"
    ingest(folder, store_path)
    with Store.open(store_path) as store:
        summary = resolve_store(store)
    assert (summary.removed, summary.added) == (0, 0)
