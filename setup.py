"""The optional compiled build: ``KETLUAN_COMPILE=1 pip install .`` compiles the extraction rules with mypyc.

Everything else about the distribution is in ``pyproject.toml``; this file only adds the C extensions when
asked. Without ``KETLUAN_COMPILE`` (and for ``pip install -e .``, where a compiled module would hide the
source being edited) the package is pure Python; compiled, it gives the same records (a test compares them
on every test notice) and parses about 1.5× faster (bench/EXTRACT.md, "Compiled with mypyc"). Compiling
needs a C compiler and the Python headers (Debian: ``gcc python3-dev``); pip fetches mypy into the build
environment by itself.

mypyc names a module by the folders above it, but this repository keeps the user's layout (``ingest/`` is
``ketluan.ingest``, see ``[tool.setuptools] package-dir``), so the sources are first copied to
``build/compiled/src/ketluan/ingest/``, where their folders spell their import names. A compiled build keeps
its own build folder (``build/compiled``): setuptools packs whatever its ``build/lib`` holds, so a compiled
module left there by an earlier build would otherwise ride along into a later pure one and shadow the source.
"""

from __future__ import annotations

import os
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

#: the modules compiled: the text → records rules, where parsing spends its time. Not `to_rdf` (its term
#: cache sets attributes at run time, which a compiled class cannot), not the readers (file formats, read
#: through libraries) nor `synth` (test data).
COMPILED = (
    "text", "tokens", "people", "places", "dates", "agencies", "topics", "sections", "changes",
    "layout_repair", "extract",
)  # fmt: skip
#: the mypy release the build environment gets (mypyc comes with it)
MYPY = "mypy>=1.15"

HERE = Path(__file__).resolve().parent
BUILD = HERE / "build" / "compiled"
STAGE = BUILD / "src"


#: the commands that only write the project's metadata (pip's first pass over a PEP 517 build): nothing is
#: compiled for them, since mypyc's analysis alone takes most of a minute
METADATA_COMMANDS = frozenset({"egg_info", "dist_info"})


def _opt_level() -> str:
    """gcc's optimisation level for the compiled modules: 3 unless ``KETLUAN_COMPILE_OPT`` says otherwise. The C
    that mypyc writes is the same at every level; the test suite builds at 1, which gcc compiles in a fraction of
    the time (tests/test_compiled_build.py)."""
    level = os.environ.get("KETLUAN_COMPILE_OPT", "3").strip()
    if level not in ("0", "1", "2", "3"):
        raise SystemExit(f"KETLUAN_COMPILE_OPT={level!r}: give 0, 1, 2 or 3")
    return level


def _wanted() -> bool:
    return os.environ.get("KETLUAN_COMPILE", "").strip().lower() in ("1", "true", "yes", "on")


def _metadata_only() -> bool:
    commands = [a for a in sys.argv[1:] if not a.startswith("-")]
    return bool(commands) and all(c in METADATA_COMMANDS for c in commands if c.isidentifier())


class ParallelBuildExt(build_ext):
    """Compiles an extension's C files side by side, one per core.

    mypyc writes one C file per module (``multi_file``), all of them for one shared library; setuptools'
    own ``--parallel`` only builds separate extensions side by side, so the C files of that library would be
    compiled one after the other (about four minutes at -O3 on two cores for one file of 21 MB)."""

    def build_extension(self, ext) -> None:  # type: ignore[no-untyped-def]
        compiler = self.compiler
        if not getattr(compiler, "_ketluan_parallel", False):
            serial = compiler.compile
            jobs = max(
                1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
            )

            def compile_side_by_side(sources, *args, **kwargs):  # type: ignore[no-untyped-def]
                if len(sources) < 2 or jobs < 2:
                    return serial(sources, *args, **kwargs)
                with ThreadPoolExecutor(jobs) as pool:  # each thread waits on its own gcc process
                    objects = pool.map(lambda source: serial([source], *args, **kwargs), sources)
                return [o for one in objects for o in one]

            compiler.compile = compile_side_by_side
            compiler._ketluan_parallel = True
        super().build_extension(ext)


def _stage() -> None:
    """Copy the ingest package's Python files to where mypyc reads ``ketluan.ingest.*`` from their paths."""
    shutil.rmtree(BUILD, ignore_errors=True)  # no module compiled by an earlier build survives into this one
    target = STAGE / "ketluan" / "ingest"
    for src in (HERE / "ingest").rglob("*.py"):
        dst = target / src.relative_to(HERE / "ingest")
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dst)
    (STAGE / "ketluan" / "__init__.py").write_text("")


def _extensions() -> list:
    from mypyc.build import mypycify  # only once the build environment has mypy

    cwd = os.getcwd()
    os.chdir(STAGE)  # mypyc takes a module's name from its path relative to the current folder
    try:
        extensions = mypycify(
            ["--ignore-missing-imports", *(f"ketluan/ingest/{name}.py" for name in COMPILED)],
            opt_level=_opt_level(),
            multi_file=True,  # one C file per module, compiled side by side (`ParallelBuildExt`)
            # the runtime the compiled modules share is a module too: named under ketluan, like every import
            group_name="ketluan.ingest",
            target_dir=str(BUILD / "c"),
        )
        for ext in extensions:
            # the group's header is written under its package's folder (c/ketluan/), but the modules' C files,
            # one folder up, include it by its bare name
            ext.include_dirs.append(str(BUILD / "c" / "ketluan"))
        return extensions
    finally:
        os.chdir(cwd)


if not _wanted():
    setup()
elif _metadata_only():
    setup(setup_requires=[MYPY])  # pip's first passes: what the build needs (mypy), then the metadata
else:
    try:
        import mypyc.build  # noqa: F401
    except ImportError:
        # the first pass of a PEP 517 build asks what the build needs: mypy; pip installs it and runs this again
        setup(setup_requires=[MYPY])
    else:
        _stage()
        setup(
            ext_modules=_extensions(),
            cmdclass={"build_ext": ParallelBuildExt},
            setup_requires=[MYPY],
            options={"build": {"build_base": str(BUILD)}},
        )
