"""Batched writes (issue 7): `Store.add_notices` stores exactly what one `add_notice` per notice stores, with the
same statuses, through both of its write paths (one transaction for a few notices, the bulk loader for many),
and `ingest_paths` reports a file only once its notice is in the store."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pyoxigraph as ox
import pytest

from ketluan.graph import pipeline
from ketluan.graph.errors import StoreError
from ketluan.graph.pipeline import ingest_paths
from ketluan.graph.store import BULK_MIN_QUADS, Store, prepare_notice, to_ox_quads
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import read_notice
from ketluan.ingest.records import Notice
from ketluan.ingest.synth import write_corpus
from ketluan.ingest.to_rdf import notice_iri, notice_to_quads


@pytest.fixture(scope="module")
def notices(tmp_path_factory: pytest.TempPathFactory) -> list[Notice]:
    """Twelve synthetic notices (about 5,000 quads: enough for the bulk loader) parsed from their text."""
    corpus = tmp_path_factory.mktemp("batch") / "corpus"
    write_corpus(corpus, n=12, seed=11)
    files = sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".md", ".html") and p.stem != "README")
    return [parse_notice(read_notice(f).text, f.name) for f in files]


def _changed(notice: Notice) -> Notice:
    """The same file with other content: a new hash and one more sentence."""
    return dataclasses.replace(notice, content_hash="0" * 64, text=notice.text + "\nBổ sung.")


def _contents(store: Store) -> tuple[set[str], dict[str, object], list[object]]:
    """Every quad but the ontology graph's (its blank nodes differ per store), and the text index."""
    quads = {str(q) for q in store.ox if not str(q.graph_name).endswith("/graph/ontology>")}
    index = store.text_index()
    rows = [index.directive_rows(g) for g in sorted(index.notices())]
    return quads, index.notices(), rows


# fmt: off
CASES = [
    # (what is stored first, then the batch), as indexes into `notices`; "c" = changed content
    ("all new, bulk loader",           [],        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
    ("all new, one transaction",       [],        [0, 1]),
    ("unchanged and replaced",         [0, 1, 2], [0, "c1", 2, 3, "c2", 4, 5, 6, 7, 8, 9, 10, 11]),
    ("one file twice in the batch",    [],        [0, 1, "c1", 2, 3, 4, 5, 6, 7, 8, 9, 10, 1]),
]
# fmt: on


@pytest.mark.issue(7)
@pytest.mark.parametrize(("name", "before", "batch"), CASES, ids=[c[0] for c in CASES])
def test_store_add_notices_same_as_one_at_a_time(
    tmp_path: Path, notices: list[Notice], name: str, before: list[int], batch: list[int | str]
) -> None:
    def pick(ref: int | str) -> Notice:
        return _changed(notices[int(ref[1:])]) if isinstance(ref, str) else notices[ref]

    with Store.open(tmp_path / "one") as one, Store.open(tmp_path / "batch") as batched:
        for i in before:
            one.add_notice(notices[i])
            batched.add_notice(notices[i])
        expected = [one.add_notice(pick(ref)) for ref in batch]
        got = batched.add_notices([prepare_notice(pick(ref)) for ref in batch])
        assert got == expected
        assert _contents(batched) == _contents(one)
        assert batched.text_index().pending() == []


@pytest.mark.issue(7)
def test_store_add_notices_uses_the_bulk_loader_for_many(
    tmp_path: Path, notices: list[Notice], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The case above really went through both write paths (else it compared one path with itself)."""
    prepared = [prepare_notice(n) for n in notices]
    assert sum(p.quads for p in prepared) >= BULK_MIN_QUADS > sum(p.quads for p in prepared[:2])
    calls: list[str] = []
    with Store.open(tmp_path / "store") as st:
        real = st._ox
        assert real is not None

        class Spy:
            def __getattr__(self, attr: str) -> object:
                if attr in ("bulk_load", "load"):
                    calls.append(attr)
                return getattr(real, attr)

        st._ox = Spy()  # type: ignore[assignment]
        try:
            st.add_notices(prepared[:2])
            st.add_notices(prepared[2:])
        finally:
            st._ox = real
        assert calls == ["load", "bulk_load"]
        assert len(st.notices()) == len(notices)


@pytest.mark.issue(7)
def test_store_add_notices_refuses_an_iri_collision_alone(tmp_path: Path, notices: list[Notice]) -> None:
    """Two files whose names make the same notice IRI: the second is refused with one line, the rest of the
    batch is written."""
    clash = dataclasses.replace(notices[0], source_file=notices[0].source_file.replace("_", "-", 1))
    assert prepare_notice(clash).graph == prepare_notice(notices[0]).graph
    with Store.open(tmp_path / "store") as st:
        got = st.add_notices([prepare_notice(n) for n in (notices[0], clash, notices[1])])
        assert got[0] == "ingested" and got[2] == "ingested"
        assert isinstance(got[1], StoreError) and "rename one of the two files" in str(got[1])
        assert len(str(got[1]).splitlines()) == 1
        assert sorted(f for _, f, _ in st.notices()) == sorted(
            [notices[0].source_file, notices[1].source_file]
        )


@pytest.mark.issue(7)
def test_store_add_notices_failed_write_is_reported_and_leaves_nothing(
    tmp_path: Path, notices: list[Notice]
) -> None:
    """A write the store refuses: every notice of that write gets the one-line error, none of it is stored,
    and the journal makes the next writer re-check those graphs."""
    with Store.open(tmp_path / "store") as st:
        inner = {"ox": st._ox}  # emptied below: the store's lock goes with the last reference to it

        class Failing:
            def __getattr__(self, attr: str) -> object:
                if attr in ("bulk_load", "load"):

                    def fail(*args: object, **kwargs: object) -> None:
                        raise OSError("No space left on device")

                    return fail
                return getattr(inner["ox"], attr)

        st._ox = Failing()  # type: ignore[assignment]
        try:
            got = st.add_notices([prepare_notice(n) for n in notices])
        finally:
            st._ox = inner.pop("ox")
        assert all(isinstance(g, StoreError) for g in got)
        assert all(
            "No space left on device" in str(g) and "nothing was written for this notice" in str(g)
            for g in got
        )
        assert st.notices() == []
        assert len(st.text_index().pending()) == len(notices)
    with Store.open(tmp_path / "store") as st:
        st.add_notice(notices[0])  # the next writer's first write repairs the journal
        assert st.text_index().pending() == []


@pytest.mark.issue(7)
def test_pipeline_reports_a_file_only_once_its_notice_is_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``on_result`` (the CLI's progress and its per-file lines) is truthful: when it says "ingested", the
    notice is in the store — batches or not."""
    monkeypatch.setattr(pipeline, "WRITE_BATCH", 4)
    corpus = tmp_path / "corpus"
    write_corpus(corpus, n=10, seed=2)
    (corpus / "zz_empty.txt").write_bytes(b"")
    seen: list[tuple[str, str]] = []
    with Store.open(tmp_path / "store") as store:

        def on_result(result: pipeline.FileResult) -> None:
            if result.status == "ingested":
                graph = ox.NamedNode(result.notice or "")
                assert store.ox.contains_named_graph(graph), result.path
            seen.append((Path(result.path).name, result.status))

        summary = ingest_paths([corpus], store, on_result=on_result)
    assert summary.counts == {"ingested": 10, "unchanged": 0, "replaced": 0, "rejected": 1}
    assert [name for name, _ in seen] == [Path(r.path).name for r in summary.results]
    assert [name for name, _ in seen] == sorted(name for name, _ in seen)  # in input order


@pytest.mark.issue(7)
def test_store_bulk_write_is_one_ingestion(tmp_path: Path, notices: list[Notice]) -> None:
    """Why a killed ingest keeps a bulk-written batch whole or not at all: pyoxigraph's loader writes one
    file per column family (the strings, the graph names and the six quad orders) and RocksDB ingests
    them in one atomic step. Checked here, so that a pyoxigraph that cuts a batch into several ingestions
    (below `BULK_MAX_QUADS`) is caught."""
    # no ontology: its writes sit in the memtables, and an ingestion flushes them to files of their own
    with Store.open(tmp_path / "store", load_ontology=False) as st:
        st.text_index()
        before = set((tmp_path / "store").glob("*.sst"))
        assert all(s == "ingested" for s in st.add_notices([prepare_notice(n) for n in notices]))
        written = set((tmp_path / "store").glob("*.sst")) - before
        assert len(written) == 8, sorted(p.name for p in written)


@pytest.mark.issue(7)
def test_store_holds_the_quads_of_notice_to_quads(tmp_path: Path, notices: list[Notice]) -> None:
    """`prepare_notice` builds the quads with `notice_to_ox_quads`; the store must hold exactly the quads of
    `notice_to_quads` (what export and the golden graphs use), converted."""
    with Store.open(tmp_path / "store") as st:
        st.add_notices([prepare_notice(n) for n in notices])
        for n in notices:
            graph = ox.NamedNode(str(notice_iri(n.source_file)))
            assert set(st.ox.quads_for_pattern(None, None, None, graph)) == set(
                to_ox_quads(notice_to_quads(n))
            )


@pytest.mark.issue(7)
def test_prepared_index_entry_and_rows_match_the_stored_graph(tmp_path: Path, notices: list[Notice]) -> None:
    """`prepare_notice` groups a notice's quads once (`quad_props`) for its mention-index entry and its
    full-text rows; both must be what the store-side readers compute from the stored graph, read back in
    the store's own quad order (`ketluan check` and the text index's repair compare against those)."""
    from ketluan.graph.mentions import INDEX_GRAPH, notice_index_entry
    from ketluan.graph.textsync import notice_rows

    prepared = [prepare_notice(n) for n in notices]
    with Store.open(tmp_path / "store") as st:
        st.add_notices(prepared)
        entries = {
            q.subject.value: q.object.value
            for q in st.ox.quads_for_pattern(None, None, None, ox.NamedNode(INDEX_GRAPH))
        }
        for p in prepared:
            stored = list(st.ox.quads_for_pattern(None, None, None, ox.NamedNode(p.graph)))
            assert entries[p.graph] == notice_index_entry(p.graph, stored)
            assert p.text is not None and p.text == notice_rows(p.graph, stored)
            assert p.text[1], f"{p.source_file}: a synthetic notice has directives to index"
            assert '"persons":[[' in entries[p.graph], f"{p.source_file}: it names people"
