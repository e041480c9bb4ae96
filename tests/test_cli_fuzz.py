"""The command line under hostile input (issue 6): generated arguments and file contents give an exit
status and one-line message, never a traceback, and never change a store they only read."""

from __future__ import annotations

import string
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox
import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from ketluan.graph.cli import app  # noqa: E402
from ketluan.graph.pipeline import ingest_paths  # noqa: E402
from ketluan.graph.store import Store  # noqa: E402

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    derandomize=True,
)
TEXT = st.lists(
    st.sampled_from([*string.printable, "Hòa", "đ", "\u200b", "--", "=", "../", "{", "}", '"', "\\"]),
    max_size=60,
).map("".join)
QUERIES = [
    "person_profile",
    "agency_posts_over_time",
    "search_directives",
    "notice_extraction",
    "units_assigned_topic",
    "directives_due_between",
    "no_such_query",
    "../../etc/passwd",
    "x.rq",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("clifuzz") / "store"
    with Store.open(path) as st_:
        assert ingest_paths([str(files("ketluan.ingest.samples"))], st_).ok
    return path


def _quads(path: Path) -> set[str]:
    return {str(q) for q in ox.Store.read_only(str(path))}


def assert_clean(result) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code in {0, 1, 2, 3, 4}, (result.exit_code, result.output)
    assert "Traceback" not in result.output, result.output
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), repr(result.exception)


@FUZZ
@given(
    name=st.sampled_from(QUERIES), key=TEXT, value=TEXT, fmt=st.sampled_from(["table", "csv", "json", "xml"])
)
def test_cli_fuzz_query_arguments(store: Path, name: str, key: str, value: str, fmt: str) -> None:
    before = _quads(store)
    result = CliRunner().invoke(
        app, ["query", name, "--store", str(store), "-p", f"{key}={value}", "-f", fmt]
    )
    assert_clean(result)
    assert _quads(store) == before


@FUZZ
@given(
    data=st.binary(max_size=4000), suffix=st.sampled_from([".txt", ".md", ".html", ".docx", ".pdf", ".doc"])
)
def test_cli_fuzz_ingest_of_random_bytes(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    folder = tmp_path_factory.mktemp("bytes")
    (folder / f"notice{suffix}").write_bytes(data)
    result = CliRunner().invoke(
        app, ["ingest", str(folder), "--store", str(folder / "store"), "--no-resolve"]
    )
    assert_clean(result)
    # either it went in or it was refused by name
    assert result.exit_code == 0 or f"notice{suffix}" in result.output, result.output
