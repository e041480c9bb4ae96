"""Benchmark (issue 7): extraction's cost in machine instructions per notice, which neither the machine's load nor its
speed changes.

    python bench/extract_instructions.py                 # 30 synthetic notices (seed 7), needs Debian's valgrind
    python bench/extract_instructions.py --n 50 FILES…   # the first 50 of these notices (.txt .md .html)

Timed figures (`extract_bench.py`) moved threefold between two days on machines that print the same CPU model, and
by a third within an hour on a shared machine; so two versions of the rules are compared here by what callgrind
counts: this script runs itself twice under ``valgrind --tool=callgrind``, once parsing N notices after a warm-up on
ten others and once with the warm-up alone, and prints the difference over N (imports, reading and warm-up cancel
out). The same code and notices give the same count to a fraction of a per cent. Slow: about 50 times the plain run
(a few minutes for 30 notices on an idle machine). ``PYTHONPATH`` may point at another copy of the package, as for
`extract_bench.py`.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

WARM_UP = 10  # notices parsed before the counted ones (lazily built tables, compiled expressions)
READABLE = (".txt", ".md", ".html")  # the readers of .docx and .pdf are libraries' work, not extraction


def _child(n: int, folders: list[str]) -> None:
    """Parse ``n`` notices after the warm-up: the process callgrind counts."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from extract_bench import notice_files, read_all

    from ketluan.ingest.extract import parse_notice

    files = [f for f in notice_files(folders) if f.suffix in READABLE]
    texts = read_all(files[:n] + files[-WARM_UP:])
    for name, text in texts[-WARM_UP:]:
        parse_notice(text, name)
    for name, text in texts[:n]:
        parse_notice(text, name)


def _count(n: int, folders: list[str], work: Path) -> int:
    """Instructions callgrind counts for a child run parsing ``n`` notices."""
    out = work / f"callgrind.{n}.out"
    cmd = [
        "valgrind",
        "--tool=callgrind",
        f"--callgrind-out-file={out}",
        os.path.realpath(sys.executable),  # the interpreter itself, not a launcher script (pyenv's shims)
        str(Path(__file__).resolve()),
        "--child",
        str(n),
        *folders,
    ]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
    if done.returncode != 0:
        sys.exit(f"valgrind failed ({done.returncode}): {done.stderr.strip().splitlines()[-1:]}")
    m = re.search(r"^totals: (\d+)", out.read_text(), re.MULTILINE)
    if m is None:
        sys.exit(f"no totals in {out}")
    return int(m.group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", help="folders of notices (default: 300 synthetic ones, seed 7)")
    ap.add_argument("--n", type=int, default=30, help="notices counted")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        _child(args.child, args.folders)
        return 0
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (Debian: apt-get install valgrind)")
    work = Path(tempfile.mkdtemp(prefix="ketluan-instructions-"))
    folders = args.folders
    if not folders:
        from ketluan.ingest.synth import write_corpus

        write_corpus(work / "synth", n=300, seed=7)
        folders = [str(work / "synth")]
    base = _count(0, folders, work)
    full = _count(args.n, folders, work)
    import ketluan.ingest.extract as extract

    print(f"code: {Path(extract.__file__).resolve().parent.parent}")
    print(
        f"{(full - base) / args.n / 1e6:.1f} M instructions per notice ({args.n} notices; {base / 1e9:.2f} G before them)"
    )
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
