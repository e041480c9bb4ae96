"""Benchmark (issue 7): extraction alone — notices/s per core — and a check that its output did not change.

    python bench/extract_bench.py                                  # 1,000 synth notices (seed 7), timed
    python bench/extract_bench.py --dump /tmp/spd/baseline FILES…   # record every notice's output
    python bench/extract_bench.py --compare /tmp/spd/baseline FILES…  # same output? (exit 1 if not)
    python bench/extract_bench.py --profile out.prof FILES…         # cProfile of one pass

FILES may be notices or folders of notices (``.txt``, ``.md``, ``.html``, ``.docx``, ``.pdf``). With none,
``ketluan synth --n 1000 --seed 7`` is written to a temporary folder first.

Timed, in one process (so the rate is per core): ``read_notice`` once per file outside the clock, then
``parse_notice`` (the text → records step, "parse"), and ``parse_notice`` followed by each way of making the
quads (`STEPS`): rdflib quads (``notice_to_quads``), rdflib quads converted for the store
(``to_ox_quads(notice_to_quads(…))``) and pyoxigraph quads straight (``notice_to_ox_quads``). Each pass runs over every
file; the best of ``--repeat`` passes is reported, by the wall clock and in CPU time of this process, because
this machine is shared (CPU time and the best pass are the least disturbed by other jobs). To compare two
versions of the code, run them back to back, alternately.

The output check records, per file, ``repr`` of the `Notice` (every record, span and field in order) and
the quads ``notice_to_quads`` makes of it, so a speed-up that changes anything extracted is caught; and it
checks that ``notice_to_ox_quads`` gives exactly ``to_ox_quads(notice_to_quads(…))``.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ketluan.graph.store import to_ox_quads
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import read_notice
from ketluan.ingest.synth import write_corpus
from ketluan.ingest.to_rdf import notice_to_quads

try:
    from ketluan.ingest.to_rdf import notice_to_ox_quads
except ImportError:  # a copy of the tree from before it (PYTHONPATH), timed back to back with this one
    notice_to_ox_quads = None  # type: ignore[assignment]

sys.path.insert(0, str(Path(__file__).resolve().parent))
import resolve_bench  # noqa: E402  (the sibling benchmark: machine())

SUFFIXES = (".txt", ".md", ".html", ".docx", ".pdf")


def notice_files(args: list[str]) -> list[Path]:
    """Files named, and the notices directly in folders named (sorted, READMEs skipped)."""
    out: list[Path] = []
    for a in args:
        p = Path(a)
        if p.is_dir():
            out += sorted(
                f for f in p.iterdir() if f.suffix in SUFFIXES and not f.stem.upper().startswith("README")
            )
        else:
            out.append(p)
    return out


def read_all(files: list[Path]) -> list[tuple[str, str]]:
    """(source file name, normalised text) per readable file; unreadable ones are skipped (not extraction)."""
    texts = []
    for f in files:
        try:
            texts.append((str(f), read_notice(f).text))
        except Exception as e:  # noqa: BLE001 - reading is not what is measured here
            print(f"skipped {f}: {e}", file=sys.stderr)
    return texts


def output_of(text: str, name: str) -> tuple[str, bool]:
    """Everything extraction produces for one notice, as text (the records' repr and the quads, one a
    line), and whether `notice_to_ox_quads` gives exactly the pyoxigraph quads of `notice_to_quads`."""
    notice = parse_notice(text, Path(name).name)
    quads = notice_to_quads(notice)
    same_ox = notice_to_ox_quads is None or notice_to_ox_quads(notice) == to_ox_quads(quads)
    return repr(notice) + "\n" + "\n".join(" ".join(t.n3() for t in q) for q in quads) + "\n", same_ox


def _key(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:16] + "_" + Path(name).name + ".out"


def dump(texts: list[tuple[str, str]], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts:
        (folder / _key(name)).write_text(output_of(text, name)[0], "utf-8")
    print(f"recorded {len(texts)} notices' output in {folder}")


def compare(texts: list[tuple[str, str]], folder: Path) -> int:
    """Number of notices whose output differs from the recorded one, or whose pyoxigraph quads differ
    from their rdflib quads converted (each is named, the first few with their first differing line)."""
    bad = 0
    for name, text in texts:
        want = (folder / _key(name)).read_text("utf-8")
        got, same_ox = output_of(text, name)
        if not same_ox:
            bad += 1
            print(f"DIFFERS: {name}: notice_to_ox_quads != to_ox_quads(notice_to_quads)")
        elif got != want:
            bad += 1
            gl, wl = got.splitlines(), want.splitlines()
            first = next(
                (i for i, (a, b) in enumerate(zip(gl, wl, strict=False)) if a != b), min(len(gl), len(wl))
            )
            print(f"DIFFERS: {name} (line {first + 1})")
            if bad <= 5:  # every one named, the first few shown
                print("  want:", (wl[first] if first < len(wl) else "<end>")[:400])
                print("  got: ", (gl[first] if first < len(gl) else "<end>")[:400])
    print(f"{len(texts) - bad} of {len(texts)} notices identical to {folder}")
    return bad


#: what each timed step runs after `parse_notice`: nothing ("parse"); rdflib quads ("quads", what
#: `notice_to_quads` callers such as export get); rdflib quads converted to pyoxigraph ones ("ox_via_rdflib",
#: what the store's writer got before `notice_to_ox_quads`); pyoxigraph quads straight ("ox").
STEPS: dict[str, Callable[[Any], object] | None] = {
    "parse": None,
    "quads": notice_to_quads,
    "ox_via_rdflib": lambda notice: to_ox_quads(notice_to_quads(notice)),
}
if notice_to_ox_quads is not None:
    STEPS["ox"] = notice_to_ox_quads


def one_pass(texts: list[tuple[str, str]], step: str = "parse") -> tuple[float, float]:
    """(wall-clock s, CPU s of this process) for one pass; CPU time is less disturbed by other jobs."""
    after = STEPS[step]
    t, c = time.perf_counter(), time.process_time()
    for name, text in texts:
        notice = parse_notice(text, Path(name).name)
        if after is not None:
            after(notice)
    return time.perf_counter() - t, time.process_time() - c


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", help="notices or folders of notices (default: 1,000 synthetic ones)")
    ap.add_argument("--dump", type=Path, help="record each notice's output in this folder")
    ap.add_argument("--compare", type=Path, help="compare each notice's output with the one recorded here")
    ap.add_argument("--profile", type=Path, help="write a cProfile of one parse pass here")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes (the best is reported)")
    ap.add_argument("--json", type=Path, help="write the figures here too")
    ap.add_argument(
        "--no-freeze", action="store_true", help="leave the warmed-up tables to the garbage collector"
    )
    args = ap.parse_args()
    if args.files:
        files = notice_files(args.files)
    else:
        tmp = Path(tempfile.mkdtemp(prefix="ketluan-extract-bench-"))
        write_corpus(tmp, n=1000, seed=7)
        files = notice_files([str(tmp)])
    texts = read_all(files)
    if args.dump:
        dump(texts, args.dump)
        return 0
    if args.compare:
        return 1 if compare(texts, args.compare) else 0
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        one_pass(texts)
        prof.disable()
        prof.dump_stats(str(args.profile))
        print(f"profile of one parse pass over {len(texts)} notices in {args.profile}")
        return 0
    machine = resolve_bench.machine()
    print(f"machine: {machine}", flush=True)
    for step in STEPS:
        one_pass(texts[:20], step)  # warm-up: lazily loaded data (gazetteer, tables)
    if not args.no_freeze:
        # as the ingest's parsing processes do after their warm-up (`graph.pipeline._start_parsing_process`):
        # the rules' ~100k long-lived tables and caches go to the collector's permanent generation, so its
        # full collections do not walk them again and again
        gc.collect()
        gc.freeze()
    n = len(texts)
    figures: dict[str, Any] = {"machine": machine, "notices": n, "chars": sum(len(t) for _, t in texts)}
    # the steps alternate pass by pass, so a burst of load from other jobs falls on all of them alike
    runs: dict[str, list[tuple[float, float]]] = {step: [] for step in STEPS}
    for _ in range(args.repeat):
        for step in STEPS:
            runs[step].append(one_pass(texts, step))
    for step, passes in runs.items():
        figures[f"{step}_wall_s"] = min(w for w, _ in passes)
        figures[f"{step}_cpu_s"] = min(c for _, c in passes)
        for clock in ("wall", "cpu"):
            figures[f"{step}_{clock}_notices_per_s"] = n / figures[f"{step}_{clock}_s"]
    frozen = "" if args.no_freeze else ", tables frozen after warm-up (gc.freeze, as the ingest's workers)"
    print(f"{n} notices, 1 process, best of {args.repeat} passes{frozen}:")
    for step in STEPS:
        print(
            f"  parse{'' if step == 'parse' else ' + ' + step:<19} {figures[f'{step}_wall_s']:7.2f} s wall "
            f"{figures[f'{step}_cpu_s']:7.2f} s CPU = {figures[f'{step}_cpu_notices_per_s']:5.0f} notices/s "
            f"per core (CPU), {figures[f'{step}_wall_notices_per_s']:5.0f} by the wall clock"
        )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
