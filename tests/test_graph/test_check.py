"""Store verification (ketluan.graph.check) and crash safety: a killed ingest leaves whole notices only."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from ketluan.graph.check import check_store
from ketluan.graph.mentions import INDEX_GRAPH
from ketluan.graph.pipeline import ingest_paths
from ketluan.graph.resolution import resolve_store
from ketluan.graph.store import Store

DATA = Path(__file__).resolve().parents[1] / "data"
NOTICES = sorted((DATA / "resolution" / "notices").iterdir())[:5]


@pytest.fixture
def store(tmp_path: Path):
    st = Store.open(tmp_path / "store")
    assert ingest_paths(NOTICES, st).ok
    resolve_store(st)
    yield st
    st.close()


def test_check_a_fresh_store_is_consistent(store: Store) -> None:
    report = check_store(store)
    assert report.ok, report.problems
    assert report.line().startswith(f"consistent: {len(NOTICES)} notices, ")


def test_check_finds_a_graph_removed_behind_its_back(store: Store) -> None:
    iri, name, _ = store.notices()[0]
    store.ox.remove_graph(ox.NamedNode(iri))
    report = check_store(store)
    assert not report.ok
    assert any(p.startswith(iri) and "not stored" in p for p in report.problems)
    assert any(p.startswith("kli:graph/resolved is out of step") for p in report.problems)
    assert any("owl:sameAs an identity but no notice has it" in p for p in report.problems)


def test_check_finds_a_selector_that_misquotes(store: Store) -> None:
    iri, name, _ = store.notices()[1]
    exact = ox.NamedNode("http://www.w3.org/ns/oa#exact")
    q = next(store.ox.quads_for_pattern(None, exact, None, ox.NamedNode(iri)))
    store.ox.remove(q)
    store.ox.add(ox.Quad(q.subject, exact, ox.Literal("tampered"), q.graph_name))
    problems = check_store(store).problems
    assert any(p.startswith(f"{name}: selector ") and "quotes 'tampered'" in p for p in problems)


def test_check_finds_a_stale_index_and_rebuild_repairs_it(store: Store) -> None:
    iri, name, _ = store.notices()[2]
    g = ox.NamedNode(INDEX_GRAPH)
    q = next(store.ox.quads_for_pattern(ox.NamedNode(iri), None, None, g))
    store.ox.remove(q)
    store.ox.add(
        ox.Quad(
            q.subject,
            q.predicate,
            ox.Literal('{"file":"x","date":null,"province":null,"issuer":null,"agencies":[],"persons":[]}'),
            g,
        )
    )
    assert any(
        p == f"{name}: its mention-index entry is stale (run `ketluan resolve --rebuild-index`)"
        for p in check_store(store).problems
    )
    assert store.rebuild_mention_index() == len(NOTICES)
    resolve_store(store)
    assert check_store(store).ok


@pytest.mark.slow
@pytest.mark.issue(6)
def test_check_ingest_killed_at_any_moment_then_rerun(tmp_path: Path) -> None:
    """SIGKILL an ingest of 60 notices part-way; the store holds whole notices only, and a re-run finishes the
    job with every notice exactly once and a consistent resolution."""
    folder = tmp_path / "notices"
    folder.mkdir()
    sources = sorted((DATA / "resolution" / "notices").iterdir()) + sorted((DATA / "notices").glob("*.txt"))
    for i in range(60):
        src = sources[i % len(sources)]
        shutil.copy(src, folder / f"{i:03d}_{src.name}")
    store_path = tmp_path / "store"
    cmd = [sys.executable, "-m", "ketluan.graph.cli", "ingest", str(folder), "--store", str(store_path)]
    for delay in (1.5, 3.0):  # kill twice, at different moments
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        with Store.open(store_path) as st:
            report = check_store(st)
            # every notice in the store is whole; only the derived resolution and the text index (repaired
            # on the next writer's first use) may lag behind
            lagging = ("kli:graph/resolved", "text index")
            assert [p for p in report.problems if not any(x in p for x in lagging)] == [], report.problems
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    with Store.open(store_path) as st:
        files = [f for _, f, _ in st.notices()]
        assert sorted(files) == sorted(p.name for p in folder.iterdir())
        report = check_store(st)
        assert report.ok, report.problems


@pytest.mark.issue(6)
def test_check_rerun_resolves_when_killed_after_the_last_notice(tmp_path: Path) -> None:
    """Every notice went in but the process died before resolution (as with --no-resolve): re-running the
    same ingest has nothing new to store, and still brings the resolution up to date."""
    from typer.testing import CliRunner

    from ketluan.graph.cli import app

    store = str(tmp_path / "store")
    files = [str(p) for p in NOTICES]
    first = CliRunner().invoke(app, ["ingest", *files, "--store", store, "--no-resolve"])
    assert first.exit_code == 0 and first.output.splitlines() == [
        "5 ingested, 0 unchanged, 0 replaced, 0 rejected"
    ]
    with Store.open(store) as st:
        assert not check_store(st).ok
    again = CliRunner().invoke(app, ["ingest", *files, "--store", store])
    assert again.exit_code == 0, again.output
    assert again.output.splitlines()[0].startswith("resolved ")
    with Store.open(store) as st:
        assert check_store(st).ok
    third = CliRunner().invoke(app, ["ingest", *files, "--store", store])
    assert third.output.splitlines() == ["0 ingested, 5 unchanged, 0 replaced, 0 rejected"]


@pytest.mark.issue(6)
def test_check_cli_exit_status(store: Store) -> None:
    from typer.testing import CliRunner

    from ketluan.graph.cli import app

    path = store.path
    iri, _, _ = store.notices()[0]
    store.close()
    ok = CliRunner().invoke(app, ["check", "--store", str(path)])
    assert ok.exit_code == 0 and ok.output.startswith("consistent: 5 notices, ")
    with Store.open(path) as st:
        st.ox.remove_graph(ox.NamedNode(iri))
    bad = CliRunner().invoke(app, ["check", "--store", str(path)])
    assert bad.exit_code == 1
    assert bad.output.splitlines()[-1].startswith("NOT consistent: ")
