"""Packaging guards: what pyproject.toml ships is what the checkout holds (STYLE.md, "One distribution").

The folders ``ingest/``, ``graph/``, ``ontology/`` and ``queries/`` are mapped to ``ketluan.*`` by setuptools'
``package-dir``. A sub-package missing from ``packages``, or a data file no ``package-data`` glob matches, still
works in an editable install but is silently left out of the wheel. These tests read ``pyproject.toml`` and the
folders directly, so they catch both before a user does.
"""

from __future__ import annotations

import ast
import tomllib
from importlib.resources import files
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]
PACKAGES: list[str] = SETUPTOOLS["packages"]
PACKAGE_DIR: dict[str, str] = SETUPTOOLS["package-dir"]
PACKAGE_DATA: dict[str, list[str]] = SETUPTOOLS.get("package-data", {})

#: Files with these suffixes inside a package folder are data the installed package must carry.
DATA_SUFFIXES = frozenset(
    {".ttl", ".rq", ".tsv", ".jsonl", ".json", ".yaml", ".yml", ".csv", ".txt", ".md", ".html", ".htm"}
    | {".docx", ".pdf"}
)
#: The ontology files the CLI, validation and tests read through importlib.resources.
ONTOLOGY_FILES = ("ketluan.ttl", "topics.ttl", "shapes.ttl")
#: Module names ingest/ must not import: the graph layer, and its bare folder name (only valid in the checkout).
GRAPH = ("ketluan.graph", "graph")


def _package_folders() -> dict[str, Path]:
    """Every folder under a package-dir root that has an ``__init__.py``, by dotted name (walked recursively)."""
    found: dict[str, Path] = {}
    for dotted, folder in PACKAGE_DIR.items():
        root = ROOT / folder
        for init in sorted(root.rglob("__init__.py")):
            if any(part.startswith(".") or part == "__pycache__" for part in init.relative_to(root).parts):
                continue
            rel = init.parent.relative_to(root).parts
            found[".".join((dotted, *rel))] = init.parent
    return found


def _folder_of(package: str) -> Path:
    """The checkout folder of a listed package, resolved through package-dir like setuptools does."""
    parts = package.split(".")
    for i in range(len(parts), 0, -1):
        prefix = ".".join(parts[:i])
        if prefix in PACKAGE_DIR:
            return ROOT / PACKAGE_DIR[prefix] / Path(*parts[i:])
    raise AssertionError(f"{package} is not under any package-dir mapping: {sorted(PACKAGE_DIR)}")


def test_packaging_package_dir_folders_exist() -> None:
    missing = {name: folder for name, folder in PACKAGE_DIR.items() if not (ROOT / folder).is_dir()}
    assert not missing, f"package-dir maps to folders that do not exist: {missing}"


def test_packaging_every_package_folder_is_listed() -> None:
    """STYLE §7 guard: a folder with ``__init__.py`` that ``packages`` omits is missing from the wheel."""
    unlisted = sorted(set(_package_folders()) - set(PACKAGES))
    assert not unlisted, (
        f"these folders have an __init__.py but are not in [tool.setuptools] packages, so the wheel leaves "
        f"them out — add them to pyproject.toml: {unlisted}"
    )


def test_packaging_every_listed_package_has_a_folder() -> None:
    """A listed package whose folder is missing stops the build ("package directory ... does not exist")."""
    broken = sorted(p for p in PACKAGES if not (_folder_of(p) / "__init__.py").is_file())
    assert not broken, f"listed in packages but no folder with __init__.py: {broken}"


def _data_files() -> dict[Path, str]:
    """Each data file in the checkout's package folders -> the listed package that would carry it."""
    folders = {_folder_of(p).resolve(): p for p in PACKAGES}
    out: dict[Path, str] = {}
    for folder in {(ROOT / f).resolve() for f in PACKAGE_DIR.values()}:
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or path.suffix.lower() not in DATA_SUFFIXES:
                continue
            if any(part.startswith(".") or part == "__pycache__" for part in path.relative_to(ROOT).parts):
                continue
            if path.name.upper().startswith("README") and path.parent.name != "samples":
                continue  # a folder's README documents the data; the samples README is shipped with them
            owner = next((folders[d] for d in path.parents if d in folders), None)
            out[path] = owner or "<no package>"
    return out


def test_packaging_package_data_covers_data_files() -> None:
    """Every .ttl, .rq, sample notice and language-data file matches a package-data glob of its package."""
    data = _data_files()
    assert any(p.suffix == ".ttl" for p in data) and any(p.suffix == ".rq" for p in data)
    uncovered = []
    for path, package in sorted(data.items()):
        globs = PACKAGE_DATA.get(package, [])
        folder = _folder_of(package) if package != "<no package>" else None
        if folder is None or not any(path in set(folder.glob(g)) for g in globs):
            uncovered.append(f"{path.relative_to(ROOT)} (package {package}, globs {globs})")
    assert not uncovered, (
        "these data files match no [tool.setuptools.package-data] glob, so the wheel leaves them out:\n  "
        + "\n  ".join(uncovered)
    )


def test_packaging_samples_are_shipped() -> None:
    """``ketluan demo`` reads ingest/samples through importlib.resources: it must be a listed package with data."""
    assert "ketluan.ingest.samples" in PACKAGES
    notices = [p for p in (ROOT / "ingest" / "samples").iterdir() if p.suffix in {".txt", ".md", ".html"}]
    assert notices, "ingest/samples holds no sample notice"


def _imported_modules(path: Path, module: str) -> set[str]:
    """Absolute names of every module imported by ``path`` (relative imports resolved against ``module``)."""
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                stem = ".".join([*base, node.module] if node.module else base)
            else:
                stem = node.module or ""
            names.add(stem)
            names.update(f"{stem}.{alias.name}" for alias in node.names)
    return names


def test_packaging_ingest_never_imports_graph() -> None:
    """The layering rule: ``ketluan.ingest`` is the inner layer and never imports ``ketluan.graph``."""
    offenders = []
    root = ROOT / PACKAGE_DIR["ketluan.ingest"]
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        module = ".".join(("ketluan.ingest", *parts))
        bad = sorted(
            n
            for n in _imported_modules(path, module)
            if n in GRAPH or n.startswith(tuple(f"{g}." for g in GRAPH))
        )
        if bad:
            offenders.append(f"{path.relative_to(ROOT)} imports {', '.join(bad)}")
    assert not offenders, "ingest/ must not import ketluan.graph:\n  " + "\n  ".join(offenders)


def test_packaging_queries_are_resources() -> None:
    """The named queries are readable through importlib.resources, installed or editable."""
    shipped = sorted(p.name for p in files("ketluan.queries").iterdir() if p.name.endswith(".rq"))
    in_checkout = sorted(p.name for p in (ROOT / "queries").glob("*.rq"))
    assert shipped, "importlib.resources finds no .rq file in ketluan.queries"
    assert shipped == in_checkout, f"installed queries differ from the checkout (re-install?): {shipped}"


@pytest.mark.parametrize("name", ONTOLOGY_FILES)
def test_packaging_ontology_files_are_resources(name: str) -> None:
    resource = files("ketluan.ontology").joinpath(name)
    assert resource.is_file(), f"ketluan.ontology has no {name} (is it covered by package-data?)"
    assert resource.read_text("utf-8").strip(), f"{name} is empty"
