"""Session fixtures for the ontology, shapes and validation tests."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

DATA = Path(__file__).resolve().parent.parent / "data"
VALID_SMALL = DATA / "graphs" / "valid_small.trig"


@pytest.fixture(scope="session")
def ontology_text() -> str:
    return files("ketluan.ontology").joinpath("ketluan.ttl").read_text("utf-8")


@pytest.fixture(scope="session")
def ontology(ontology_text: str) -> Graph:
    return Graph().parse(data=ontology_text, format="turtle")


@pytest.fixture(scope="session")
def shapes() -> Graph:
    return Graph().parse(
        data=files("ketluan.ontology").joinpath("shapes.ttl").read_text("utf-8"), format="turtle"
    )


@pytest.fixture
def valid_small() -> Dataset:
    """A fresh copy of tests/data/graphs/valid_small.trig (tests may break it)."""
    return Dataset().parse(VALID_SMALL, format="trig")
