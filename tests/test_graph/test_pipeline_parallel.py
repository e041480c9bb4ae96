"""Parallel extraction (issue 7): notices parsed in worker processes give exactly the store that parsing
them here gives, in the same order, with the same rejections."""

from __future__ import annotations

import os
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


@pytest.mark.slow
def test_pipeline_parallel_keeps_few_files_in_flight(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A slow writer must not let parsed notices pile up: files are submitted only as results are written."""
    import concurrent.futures

    from ketluan.graph import pipeline

    corpus = tmp_path / "corpus"
    write_corpus(corpus, n=PARALLEL_MIN_FILES + 6, seed=5)
    monkeypatch.setattr(pipeline, "WRITE_BATCH", 8)  # several batches in this small folder
    submitted: list[int] = []
    real_submit = concurrent.futures.ProcessPoolExecutor.submit

    def counting_submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        submitted.append(1)
        return real_submit(self, fn, *args, **kwargs)

    monkeypatch.setattr(concurrent.futures.ProcessPoolExecutor, "submit", counting_submit)
    in_flight: list[int] = []
    written = 0

    def on_result(_result: object) -> None:
        nonlocal written
        written += 1
        in_flight.append(len(submitted) - written)

    with Store.open(tmp_path / "store") as store:
        summary = ingest_paths([corpus], store, on_result=on_result, workers=2)
    assert summary.counts["ingested"] == PARALLEL_MIN_FILES + 6
    assert len(submitted) == PARALLEL_MIN_FILES + 6
    # in flight: the parsers' window, and the batch being written (reported once it is stored)
    assert max(in_flight) <= 2 * pipeline.LOCAL_WINDOW_PER_WORKER + 2 * pipeline.WRITE_BATCH


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process parents from /proc (Linux)")
def test_parsing_processes_exit_when_the_ingest_is_killed(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    corpus = tmp_path / "corpus"
    write_corpus(corpus, n=PARALLEL_MIN_FILES * 3, seed=9)
    ingest = subprocess.Popen(
        [sys.executable, "-m", "ketluan.graph.cli", "ingest", str(corpus), "--store", str(tmp_path / "s"),
         "--workers", "2", "--no-resolve"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip

    def children(parent: int) -> list[int]:
        found = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == parent:
                found.append(int(stat.parent.name))
        return found

    deadline = time.monotonic() + 60
    while len(workers := children(ingest.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert ingest.poll() is None, "the ingest ended before its parsing processes could be seen"
    os.kill(ingest.pid, signal.SIGKILL)
    ingest.wait()
    deadline = time.monotonic() + 10
    while (alive := [p for p in workers if Path(f"/proc/{p}").exists()]) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not alive, f"parsing processes {alive} outlived the killed ingest"


def test_parsing_process_freezes_its_warmed_tables() -> None:
    """A parsing process parses the bundled samples first, so the rules' tables are loaded before the
    first real notice, and freezes them: the collector's full passes then skip the long-lived objects.

    Only the package's initializer and builtins cross into the spawned process: CI installs the package
    (not editable), where this test module is not importable by name from a fresh interpreter."""
    import concurrent.futures
    import gc
    import multiprocessing as mp
    import threading

    from ketluan.graph.pipeline import _start_parsing_process

    with concurrent.futures.ProcessPoolExecutor(
        1, mp_context=mp.get_context("spawn"), initializer=_start_parsing_process, initargs=(os.getpid(),)
    ) as pool:
        frozen = pool.submit(gc.get_freeze_count).result(timeout=120)
        threads = pool.submit(threading.active_count).result(timeout=120)
    # the interpreter and the imported package alone are ~13k objects; the loaded tables several times that
    assert frozen > 40_000
    # the worker's own thread and the one that ends the process with its parent
    assert threads >= 2
