"""ketluan.graph.store: one named graph per notice, unchanged/replaced on re-ingest, atomic writes, locking."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
from pathlib import Path

import pyoxigraph as ox
import pytest

from ketluan.graph.errors import QueryError, StoreError
from ketluan.graph.store import ONTOLOGY_GRAPH, Store
from ketluan.ingest import records as r
from ketluan.ingest.to_rdf import notice_iri, notice_to_quads

BASE_TEXT = "THÔNG BÁO Kết luận của Giám đốc Trần Văn Bình. Sở Y tế kiểm tra các cơ sở trước ngày 30/6/2019."


def make_notice(
    source_file: str = "001_tb.txt", text: str = BASE_TEXT, topic: str = "inspection"
) -> r.Notice:
    n = r.Notice(
        source_file=source_file,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        text=text,
        title=text.split(".")[0],
    )
    name_at = text.index("Trần Văn Bình")
    so_at = text.index("Sở Y tế")
    n.persons["tran-van-binh"] = r.Person(
        "tran-van-binh", "Trần Văn Bình", spans=[r.Span(name_at, name_at + 13)]
    )
    n.agencies["so-y-te"] = r.Agency("so-y-te", "Sở Y tế", "so", spans=[r.Span(so_at, so_at + 7)])
    n.meeting.chairs = ["tran-van-binh"]
    n.directives.append(r.Directive(text[so_at:], r.Span(so_at, len(text)), ["so-y-te"], topics=[topic]))
    return n


def _notice_quads(store: Store, source_file: str) -> set[ox.Quad]:
    g = ox.NamedNode(str(notice_iri(source_file)))
    return set(store.ox.quads_for_pattern(None, None, None, g))


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "store") as s:
        yield s


def test_store_ingest_writes_one_named_graph(store: Store) -> None:
    n = make_notice()
    assert store.add_notice(n) == "ingested"
    assert len(_notice_quads(store, n.source_file)) == len(notice_to_quads(n))
    assert store.notices() == [(str(notice_iri(n.source_file)), n.source_file, n.content_hash)]


def test_store_reingest_same_content_is_unchanged(store: Store) -> None:
    n = make_notice()
    store.add_notice(n)
    before = len(store)
    assert store.add_notice(make_notice()) == "unchanged"
    assert len(store) == before


# fmt: off
CHANGES = [
    # (what changes, new text, new topic, a literal that only the OLD version has)
    ("text",  BASE_TEXT.replace("30/6/2019", "31/12/2019"), "inspection", "30/6/2019"),
    ("topic", BASE_TEXT + " ",                              "finance",    None),
]
# fmt: on


@pytest.mark.parametrize("what,new_text,new_topic,old_only", CHANGES, ids=[c[0] for c in CHANGES])
def test_store_changed_content_replaces_the_old_graph(
    store: Store, what: str, new_text: str, new_topic: str, old_only: str | None
) -> None:
    old = make_notice()
    store.add_notice(old)
    new = make_notice(text=new_text, topic=new_topic)
    assert store.add_notice(new) == "replaced"
    got = _notice_quads(store, new.source_file)
    assert len(got) == len(notice_to_quads(new))
    hashes = {q.object.value for q in got if q.predicate.value.endswith("#contentHash")}
    assert hashes == {new.content_hash}
    topics = {q.object.value.rsplit("/", 1)[-1] for q in got if q.predicate.value.endswith("#topic")}
    assert topics == {new_topic}
    if old_only:
        assert not any(
            old_only in q.object.value
            for q in got
            if isinstance(q.object, ox.Literal) and not q.predicate.value.endswith("#text")
        )
        assert not any(
            old_only in q.object.value for q in got if q.predicate.value == "http://schema.org/text"
        )
    assert len(store.notices()) == 1


def test_store_remove_notice(store: Store) -> None:
    a, b = make_notice("001_a.txt"), make_notice("002_b.txt")
    store.add_notice(a)
    store.add_notice(b)
    assert store.remove_notice("some/folder/001_a.txt") == str(notice_iri("001_a.txt"))
    assert _notice_quads(store, "001_a.txt") == set()
    assert len(_notice_quads(store, "002_b.txt")) == len(notice_to_quads(b))
    with pytest.raises(StoreError, match="no notice 001_a.txt .* 002_b.txt"):
        store.remove_notice("001_a.txt")


def test_store_iri_collision_is_refused(store: Store) -> None:
    store.add_notice(make_notice("Thông báo.txt"))
    with pytest.raises(StoreError, match="rename one of the two files"):
        store.add_notice(make_notice("thong-bao.txt"))


def test_store_ontology_graph_loaded_once(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s") as s:
        g = ox.NamedNode(ONTOLOGY_GRAPH)
        n = len(list(s.ox.quads_for_pattern(None, None, None, g)))
        assert n > 100
        assert s.load_ontology_graph() == "unchanged"
    with Store.open(tmp_path / "s") as s:
        assert len(list(s.ox.quads_for_pattern(None, None, None, g))) == n


def test_store_query_uses_the_union_graph(store: Store) -> None:
    store.add_notice(make_notice())
    rows = list(store.query("SELECT ?p WHERE { ?p a kl:Person }"))
    assert [row["p"].value for row in rows] == ["https://w3id.org/ketluan/id/person/001-tb/tran-van-binh"]
    with pytest.raises(QueryError, match="does not parse"):
        store.query("SELEKT nothing")


def test_store_rdflib_dataset_copies_every_quad(store: Store) -> None:
    store.add_notice(make_notice())
    ds = store.rdflib_dataset()
    assert len(list(ds.quads((None, None, None, None)))) == len(store)


def test_store_reopen_after_close(tmp_path: Path) -> None:
    s = Store.open(tmp_path / "s")
    s.add_notice(make_notice())
    n = len(s)
    s.close()
    with pytest.raises(StoreError, match="closed"):
        len(s)
    with Store.open(tmp_path / "s") as again:
        assert len(again) == n


def test_store_open_twice_in_one_process(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s"), pytest.raises(StoreError, match="already open in this process"):
        Store.open(tmp_path / "s")


def test_store_locked_by_another_process(tmp_path: Path) -> None:
    path = tmp_path / "s"
    with Store.open(path):
        code = textwrap.dedent(
            f"""
            from ketluan.graph.errors import StoreError
            from ketluan.graph.store import Store
            try:
                Store.open({str(path)!r})
            except StoreError as e:
                print(e)
            """
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    message = out.stdout.strip()
    assert (
        message
        == f"store {path} is in use by another ketluan process — wait for it or use --store to pick another"
    )
    assert "\n" not in message


def test_store_path_is_a_file(tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(StoreError, match="is a file, not a directory"):
        Store.open(f)


def test_store_default_path_from_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KETLUAN_STORE", str(tmp_path / "env-store"))
    with Store.open() as s:
        assert s.path == tmp_path / "env-store"
    assert (tmp_path / "env-store").is_dir()


def test_store_replace_is_one_transaction(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the write of the new version fails, the old version is still there, whole."""
    old = make_notice()
    store.add_notice(old)
    before = _notice_quads(store, old.source_file)
    real_update = store.ox.update

    def failing_update(sparql: str, **kw) -> None:  # the same update plus an operation that fails
        real_update(sparql + " ;\nLOAD <file:///nonexistent/ketluan-test.ttl>", **kw)

    monkeypatch.setattr(store, "_ox", _UpdateProxy(store.ox, failing_update))
    with pytest.raises(StoreError, match="nothing was written"):
        store.add_notice(make_notice(text=BASE_TEXT + " Thêm."))
    assert _notice_quads(store, old.source_file) == before


class _UpdateProxy:
    """Wraps a pyoxigraph Store, replacing `update` (pyoxigraph objects do not accept new attributes)."""

    def __init__(self, inner: ox.Store, update) -> None:
        self._inner = inner
        self.update = update

    def __getattr__(self, name: str):
        return getattr(self._inner, name)
