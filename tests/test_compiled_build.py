"""The optional compiled build (``KETLUAN_COMPILE=1 pip install .``, setup.py) gives the same records.

mypyc compiles the extraction modules to C and checks their type annotations at run time: an annotation
that lies (a variable typed ``int`` that once held a date) is a ``TypeError`` in the compiled build and
nothing at all in the pure one. So the test builds the wheel the way a user does, from a copy of the
sources, and parses every test notice with it and with the pure code, comparing each notice's records and
quads (``bench/extract_bench.py --dump`` / ``--compare``).

It needs a C compiler and the Python headers (CI's ``.ci/run`` installs them) and pip's access to the
package registry (for mypy, in the build environment); it takes a few minutes, most of it in the C compiler.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench" / "extract_bench.py"
#: what a wheel is built from: the project's metadata and the package folders (not tests, docs, stores)
SOURCES = ("pyproject.toml", "setup.py", "README.md", "ingest", "graph", "ontology", "queries")
#: every notice the tests keep, with the samples shipped in the package
NOTICE_FOLDERS = [ROOT / "ingest" / "samples", *sorted((ROOT / "tests" / "data").glob("**/notices"))]


def _can_compile() -> str | None:
    """Why a C extension cannot be built here, or None."""
    if (
        shutil.which(sysconfig.get_config_var("CC").split()[0] if sysconfig.get_config_var("CC") else "cc")
        is None
    ):
        return "no C compiler (Debian: apt-get install gcc)"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return "no Python headers (Debian: apt-get install python3-dev)"
    return None


def _run(args: list[str], env: dict[str, str] | None = None, timeout: int = 1200) -> str:
    done = subprocess.run(
        args, capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})}, cwd="/"
    )
    assert done.returncode == 0, (
        f"{' '.join(args[:4])} … failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    )
    return done.stdout


@pytest.mark.slow
def test_compiled_build_parses_every_test_notice_as_the_pure_code_does(tmp_path: Path) -> None:
    reason = _can_compile()
    if reason is not None:
        pytest.skip(reason)
    src = tmp_path / "src"
    src.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
        else:
            shutil.copy2(ROOT / name, src / name)
    wheels = tmp_path / "wheels"
    _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(src)],
        # at gcc's -O1: the C mypyc writes, and so the records, are the same at every level, and -O3 would take
        # minutes more of the suite's budget (bench/EXTRACT.md measures the -O3 build users get)
        env={"KETLUAN_COMPILE": "1", "KETLUAN_COMPILE_OPT": "1"},
    )
    (wheel,) = wheels.glob("ketluan-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        zf.extractall(site)
    compiled = sorted(n for n in names if n.endswith((".so", ".pyd")))
    # every module the build compiles, and the runtime they share, under ketluan (no top-level import name)
    assert any("ketluan/ingest/extract." in n for n in compiled), compiled
    assert any(n.startswith("ketluan/ingest__mypyc.") for n in compiled), compiled
    assert all(n.startswith("ketluan/") for n in names if not n.startswith("ketluan-")), names

    compiled_env = {"PYTHONPATH": str(site)}
    where = _run(
        [
            sys.executable,
            "-c",
            "import ketluan.ingest.extract as e, ketluan.ingest.agencies as a; print(e.__file__, a.__file__)",
        ],
        env=compiled_env,
    )
    assert all(Path(p).suffix in (".so", ".pyd") for p in where.split()), where

    folders = [str(f) for f in NOTICE_FOLDERS if f.is_dir()]
    dump = tmp_path / "pure"
    _run([sys.executable, str(BENCH), "--dump", str(dump), *folders])  # the package as installed
    out = _run([sys.executable, str(BENCH), "--compare", str(dump), *folders], env=compiled_env)
    last = out.strip().splitlines()[-1]
    n, _, total = last.split(" notices")[0].partition(" of ")
    assert n == total and int(n) >= 100, out[-2000:]
