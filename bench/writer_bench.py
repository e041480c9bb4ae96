"""Benchmark (issue 7): what the ingest's writing process spends per notice, part by part.

    python bench/writer_bench.py CORPUS                       # into an empty store
    python bench/writer_bench.py CORPUS --store /tmp/ib/store-10000   # into a copy of a built store

``CORPUS`` is a folder of notices not in that store (``ketluan synth -o DIR --n 2000 --seed 8``; its names
are prefixed with ``x`` so they never collide with a seed-7 store's). The notices are parsed first (not
timed); then, each measured on its own (CPU seconds — the machine may be shared):

- ``prepare``: `prepare_notice`, the parsing processes' share of the store's work;
- ``text index``: the full-text index's writes alone (`TextIndex.begin` + `put_many`, batches of
  `WRITE_BATCH`) into a copy of the store's index;
- ``add_notices``: `Store.add_notices` in batches of `WRITE_BATCH` into a copy of the store — the main
  thread's CPU and the whole process's (RocksDB's bulk-loader and compaction threads included), then the
  process's CPU once the background compaction has settled (it goes on after the calls return: a run's
  cost is only known once it stops).

Why on its own: process CPU measured around one call of the writer includes whatever RocksDB's background
threads do meanwhile, which once made the text index look four times dearer than it is (bench/INGEST.md).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from ketluan.graph.pipeline import WRITE_BATCH
from ketluan.graph.store import PreparedNotice, Store, prepare_notice
from ketluan.graph.textindex import INDEX_FILE, TextIndex
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import read_notice
from ketluan.ingest.records import Notice

SUFFIXES = (".txt", ".md", ".html")


def parsed(corpus: Path, limit: int | None) -> list[Notice]:
    files = sorted(p for p in corpus.iterdir() if p.suffix in SUFFIXES and p.stem != "README")[:limit]
    return [parse_notice(read_notice(f).text, "x" + f.name) for f in files]


def settle(poll_s: float = 2.0) -> None:
    """Wait until this process's CPU stops growing: RocksDB's background compaction has finished."""
    last = time.process_time()
    while True:
        time.sleep(poll_s)
        now = time.process_time()
        if now - last < 0.02:
            return
        last = now


def time_text_index(prepared: list[PreparedNotice], store: Path | None, work: Path) -> float:
    """CPU seconds of the text index's writes alone, into a copy of ``store``'s index."""
    work.mkdir()
    if store is not None:
        shutil.copy(store / INDEX_FILE, work / INDEX_FILE)
    index, _ = TextIndex.create(work)
    t = time.process_time()
    for i in range(0, len(prepared), WRITE_BATCH):
        part = prepared[i : i + WRITE_BATCH]
        index.begin([p.graph for p in part])
        index.put_many([p.text for p in part if p.text is not None], what="ingest")
    cpu = time.process_time() - t
    index.close()
    return cpu


def time_add_notices(prepared: list[PreparedNotice], store: Path | None, work: Path) -> dict[str, float]:
    """CPU seconds of `Store.add_notices` into a copy of ``store``: main thread, process, process settled."""
    if store is not None:
        shutil.copytree(store, work)
    st = Store.open(work)
    st._text_index(full=True)  # opening and checking the index is once per process: not what is timed
    settle()  # a copied store may owe compaction from its own build: not this run's
    t, main = time.process_time(), time.thread_time()
    for i in range(0, len(prepared), WRITE_BATCH):
        statuses = st.add_notices(prepared[i : i + WRITE_BATCH])
        if any(s != "ingested" for s in statuses):
            raise SystemExit(f"not ingested: {[s for s in statuses if s != 'ingested'][:2]}")
    out = {"main_thread": time.thread_time() - main, "process": time.process_time() - t}
    settle()
    out["process_settled"] = time.process_time() - t
    st.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="notices not in --store")
    ap.add_argument("--store", type=Path, help="a built store to copy and write into (default: empty)")
    ap.add_argument("--limit", type=int, help="at most this many notices of the corpus")
    args = ap.parse_args()
    notices = parsed(args.corpus, args.limit)
    n = len(notices)
    t = time.process_time()
    prepared = [prepare_notice(x) for x in notices]
    prepare = time.process_time() - t
    into = f"into a copy of {args.store}" if args.store else "into an empty store"
    print(f"{n} notices {into}; CPU ms per notice (shared machine):", flush=True)
    print(f"  prepare_notice (parsing processes): {1000 * prepare / n:.2f}", flush=True)
    with tempfile.TemporaryDirectory(prefix="ketluan-writer-bench-", dir="/tmp") as tmp:
        text = time_text_index(prepared, args.store, Path(tmp) / "text")
        print(f"  text index writes alone: {1000 * text / n:.2f}", flush=True)
        add = time_add_notices(prepared, args.store, Path(tmp) / "store")
    print(
        f"  add_notices: main thread {1000 * add['main_thread'] / n:.2f}, process {1000 * add['process'] / n:.2f},"
        f" process with its background compaction settled {1000 * add['process_settled'] / n:.2f}",
        flush=True,
    )


if __name__ == "__main__":
    sys.exit(main())
