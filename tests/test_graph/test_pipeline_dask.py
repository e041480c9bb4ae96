"""Ingest on a Dask cluster (issue 7): notices parsed on a `distributed.LocalCluster` give exactly the store a
sequential ingest gives, in the same order and with the same rejections; the files travel as bytes, at most a
window of them at a time; an unreachable scheduler is one line before anything is written."""

from __future__ import annotations

import operator
import os
import shutil
import socket
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import dask.config
import pytest
from distributed import Client, LocalCluster
from typer.testing import CliRunner

from ketluan.graph import pipeline
from ketluan.graph.cli import app
from ketluan.graph.pipeline import FileResult, IngestSummary, ingest_paths
from ketluan.graph.store import Store
from ketluan.ingest.synth import write_corpus

pytestmark = pytest.mark.issue(7)

#: Small enough for a test file to cross it, and the window small enough for the corpus to cross it.
MAX_BYTES = 100_000
WINDOW = 8
#: The bad files among the notices, each rejected before or while reading.
BAD = ("zz_big.txt", "zz_binary.txt", "zz_empty.txt")
#: No dashboard; the scheduler's small HTTP server (health, metrics), which starts anyway, on a free loopback
#: port rather than 8787, which another cluster on this machine may hold.
LOOPBACK_QUIET = {
    "host": "127.0.0.1",
    "dashboard_address": None,
    "scheduler_kwargs": {"dashboard": False, "dashboard_address": "127.0.0.1:0"},
}

Outcome = tuple[list[tuple[str, str, str | None]], set[str]]


@pytest.fixture(scope="module")
def cluster() -> Iterator[tuple[LocalCluster, Client]]:
    """Two single-threaded worker processes on loopback, shared by the module (a cluster starts in seconds)."""
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, **LOOPBACK_QUIET) as local,
        Client(local, set_as_default=False) as client,
    ):
        yield local, client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled samples, synthetic notices (four windows' worth in all) and three bad files."""
    folder = tmp_path_factory.mktemp("corpus")
    samples = resources.files("ketluan.ingest.samples")
    for item in samples.iterdir():
        if item.name.endswith((".txt", ".md", ".html")) and item.name != "README.md":
            (folder / item.name).write_bytes(item.read_bytes())
    write_corpus(folder / "synth", n=4 * WINDOW, seed=11)
    (folder / "zz_empty.txt").write_bytes(b"")
    (folder / "zz_binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "zz_big.txt").write_text("Thông báo kết luận.\n" * (MAX_BYTES // 10), encoding="utf-8")
    return folder


def _outcome(summary: IngestSummary, store: Store) -> Outcome:
    """Each file's name, status and reason, in order, and the store's quads (the ontology graph's blank nodes
    differ per store)."""
    results = [(Path(r.path).name, r.status, r.reason) for r in summary.results]
    quads = {str(q) for q in store.ox if not str(q.graph_name).endswith("/graph/ontology>")}
    return results, quads


def _ingest(paths: list[Path], store_path: Path, **options: object) -> Outcome:
    with Store.open(store_path) as store:
        summary = ingest_paths(paths, store, max_bytes=MAX_BYTES, **options)
        return _outcome(summary, store)


@pytest.fixture(scope="module")
def sequential(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    return _ingest([corpus], tmp_path_factory.mktemp("sequential") / "store", workers=1)


def test_dask_ingest_gives_the_same_store_as_a_sequential_one(
    cluster: tuple[LocalCluster, Client],
    corpus: Path,
    sequential: Outcome,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, client = cluster
    # relative paths, and workers in an empty folder: a worker that opened the files would not find them
    monkeypatch.chdir(corpus.parent)
    empty = tmp_path / "worker-cwd"
    empty.mkdir()
    # os functions, not a function of this module: the workers cannot import the test modules (on CI their
    # sys.path does not hold the checkout), and a function is pickled by its module's name
    previous = client.run(os.getcwd)
    client.run(os.chdir, str(empty))
    # count the tasks in flight: submitted and not yet handed back as a result
    in_flight = {"now": 0, "most": 0, "submitted": 0}
    submit = client.submit

    def counting_submit(*args: object, **kwargs: object) -> object:
        in_flight["now"] += 1
        in_flight["submitted"] += 1
        in_flight["most"] = max(in_flight["most"], in_flight["now"])
        return submit(*args, **kwargs)

    def on_result(result: FileResult) -> None:
        in_flight["now"] -= result.name not in ("zz_big.txt",)  # the oversized file is rejected here, unsent

    monkeypatch.setattr(client, "submit", counting_submit)
    # each file reported as soon as it is written, so that "submitted and not yet reported" is exactly what
    # is on the cluster (batched writes hold up to a batch more, reported once written: test_store_batch)
    monkeypatch.setattr(pipeline, "WRITE_BATCH", 1)
    try:
        with Store.open(tmp_path / "store") as store:
            summary = ingest_paths(
                [Path(corpus.name)], store, on_result=on_result, max_bytes=MAX_BYTES, dask=client,
                dask_window=WINDOW,
            )  # fmt: skip
            results, quads = _outcome(summary, store)
    finally:
        for worker, cwd in previous.items():
            client.run(os.chdir, cwd, workers=[worker])
    assert results == sequential[0]  # same files, same order, same statuses and reasons
    assert sorted(name for name, status, _ in results if status == "rejected") == list(BAD)
    assert [s for _, s, _ in results].count("ingested") == len(results) - len(BAD)
    assert quads == sequential[1]
    assert in_flight["submitted"] == len(results) - 1 > 3 * WINDOW
    assert in_flight["most"] == WINDOW


def test_dask_task_failing_on_the_cluster_rejects_only_its_file(
    cluster: tuple[LocalCluster, Client], corpus: Path, sequential: Outcome, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    _, client = cluster
    victim = sorted(corpus.glob("*.html"))[0]
    submit = client.submit

    def failing_for_victim(fn: object, path: Path, *args: object, **kwargs: object) -> object:
        if path.name == victim.name:  # this file's task raises on the worker
            return submit(operator.truediv, 1, 0, pure=False)
        return submit(fn, path, *args, **kwargs)

    monkeypatch.setattr(client, "submit", failing_for_victim)
    results, quads = _ingest([corpus], tmp_path / "store", dask=client, dask_window=WINDOW)
    expected = [
        (
            name,
            "rejected",
            "internal error (ZeroDivisionError: division by zero) — please report it with this file",
        )
        if name == victim.name
        else (name, status, reason)
        for name, status, reason in sequential[0]
    ]
    assert results == expected
    assert any(victim.stem in q for q in sequential[1]) and not any(victim.stem in q for q in quads)


@pytest.mark.slow
def test_cli_ingest_dask_end_to_end(
    cluster: tuple[LocalCluster, Client], corpus: Path, sequential: Outcome, tmp_path: Path
) -> None:
    local, _ = cluster
    assert local.scheduler_address.startswith("tcp://127.0.0.1:")
    store = tmp_path / "store"
    args = ["ingest", str(corpus), "--store", str(store), "--max-mb", str(MAX_BYTES / 1e6), "--no-resolve"]
    result = CliRunner().invoke(app, [*args, "--dask", local.scheduler_address])
    assert result.exit_code == 0, result.output  # some files rejected (listed), the others ingested
    rejected = [
        FileResult(name, status, reason).message
        for name, status, reason in sequential[0]
        if status == "rejected"
    ]
    n = len(sequential[0])
    assert result.stdout.splitlines() == [
        *rejected,
        f"{n - len(BAD)} ingested, 0 unchanged, 0 replaced, 3 rejected",
    ]
    with Store.open(store) as st:
        quads = {str(q) for q in st.ox if not str(q.graph_name).endswith("/graph/ontology>")}
    assert quads == sequential[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_cli_ingest_dask_unreachable_scheduler_is_one_line(corpus: Path, tmp_path: Path) -> None:
    address = f"tcp://127.0.0.1:{_free_port()}"
    store = tmp_path / "store"
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = CliRunner().invoke(app, ["ingest", str(corpus), "--store", str(store), "--dask", address])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    assert lines[0].startswith(f"Error: cannot reach the Dask scheduler at {address} (")
    assert "dask scheduler" in lines[0]
    assert not store.exists()  # stopped before the store was opened


def test_cli_ingest_dask_bad_address_is_one_line(corpus: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["ingest", str(corpus), "--store", str(tmp_path / "s"), "--dask", "tcp://scheduler"]
    )
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "Error: bad Dask scheduler address 'tcp://scheduler' (missing port number in address 'scheduler') — "
        "give it as tcp://HOST:PORT"
    ]


def test_cli_ingest_dask_without_distributed_says_what_to_install(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    result = CliRunner().invoke(
        app, ["ingest", str(corpus), "--store", str(tmp_path / "s"), "--dask", "tcp://127.0.0.1:8786"]
    )
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        'Error: ingest on a Dask cluster needs the distributed package: pip install "ketluan[dask]"'
    ]
    assert not (tmp_path / "s").exists()


def test_dask_reingest_changes_nothing(
    cluster: tuple[LocalCluster, Client], corpus: Path, tmp_path: Path
) -> None:
    """Re-ingesting through the cluster what is already stored changes nothing, as locally."""
    _, client = cluster
    folder = tmp_path / "again"
    shutil.copytree(corpus, folder, ignore=shutil.ignore_patterns("synth", "zz_*"))
    with Store.open(tmp_path / "store") as store:
        first = ingest_paths([folder], store, dask=client)
        second = ingest_paths([folder], store, dask=client)
    assert first.counts["ingested"] == len(first.results) > 0
    assert second.counts["unchanged"] == len(second.results)


def test_cli_ingest_dask_scheduler_without_workers_is_one_line(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    with (
        LocalCluster(n_workers=0, processes=False, protocol="tcp", **LOOPBACK_QUIET) as empty,
        dask.config.set({"distributed.comm.timeouts.connect": "1s"}),
    ):
        address = empty.scheduler_address
        result = CliRunner().invoke(app, ["ingest", str(corpus), "--store", str(store), "--dask", address])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: the Dask scheduler at {address} has no workers — start some with `dask worker {address}`"
    ]
    assert not store.exists()
