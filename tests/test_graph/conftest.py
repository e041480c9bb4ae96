"""Fixtures shared by the endpoint tests."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest

from ketluan.graph.pipeline import ingest_paths
from ketluan.graph.resolution import resolve_store
from ketluan.graph.store import Store


@pytest.fixture(scope="session")
def samples_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled samples, ingested and resolved, in a closed on-disk store. Read it only (serve it
    read-only, or copy it first): every endpoint test module shares it."""
    path = tmp_path_factory.mktemp("samples") / "store"
    with Store.open(path) as store:
        summary = ingest_paths([str(files("ketluan.ingest.samples"))], store)
        assert summary.ok, summary.rejected
        resolve_store(store)
    return path
