"""Parallel extraction (issue 7): notices parsed in worker processes give exactly the store that parsing
them here gives, in the same order, with the same rejections."""

from __future__ import annotations

from pathlib import Path

import pytest

from ketluan.graph.pipeline import PARALLEL_MIN_FILES, ingest_paths
from ketluan.graph.store import Store
from ketluan.ingest.synth import write_corpus


def _ingest(folder: Path, store_path: Path, workers: int) -> tuple[list[tuple[str, str]], set[str]]:
    with Store.open(store_path) as store:
        summary = ingest_paths([folder], store, workers=workers)
        results = [(Path(r.path).name, r.status) for r in summary.results]
        # the notices' graphs and the mention index (the ontology graph's blank nodes differ per store)
        quads = {str(q) for q in store.ox if not str(q.graph_name).endswith("/graph/ontology>")}
    return results, quads


@pytest.mark.slow
def test_pipeline_parallel_extraction_gives_the_same_store(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, n=PARALLEL_MIN_FILES + 6, seed=3)
    (corpus / "zz_empty.txt").write_bytes(b"")  # a bad file among them
    (corpus / "zz_noise.docx").write_bytes(b"PK\x03\x04 not really a docx")
    sequential = _ingest(corpus, tmp_path / "one", workers=1)
    parallel = _ingest(corpus, tmp_path / "two", workers=2)
    assert parallel[0] == sequential[0]  # same files, same order, same statuses
    assert [s for _, s in parallel[0]].count("rejected") == 2
    assert parallel[1] == sequential[1]
