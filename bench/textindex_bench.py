"""Benchmark (issue 7): the full-text index of directive texts on an existing store.

    python bench/textindex_bench.py --store /tmp/ib/store-10000          # a store kept by ingest_bench --keep
    python bench/textindex_bench.py --store S --runs 7 --json out.json

Steps, on the store as it is (nothing is ingested; the index is rebuilt in place):

- build: the index built from every notice graph (on first use, else `Store.rebuild_text_index`) — seconds and size on disk, per 1,000 notices;
- per-notice upkeep: what `Store.add_notice` adds to each write (journal + replace the notice's rows, two
  SQLite commits), timed by re-writing 1,000 notices' rows one by one;
- open: the consistency check every writer runs on first use (pending journal + content hashes), index in step;
- queries: ``search_directives`` p50/p99 over ``--runs`` runs per term, through the index (`run_query` on a
  `Store`) and as written on the bare pyoxigraph store (the pure-SPARQL path a plain server runs), checking
  that both give the same rows; and `TextIndex.search` (what ``ketluan search`` runs, 20 best).

The machine is shared with other jobs in this project's setting: figures are indicative.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import resolve_bench  # noqa: E402  (the sibling benchmark: machine())

from ketluan.graph.queries import load_query, run_query  # noqa: E402
from ketluan.graph.store import Store  # noqa: E402
from ketluan.graph.textsync import notice_rows, stored_notices, sync  # noqa: E402

TERMS = ["kiểm định", "đo lường", "báo cáo", "kế hoạch", "hoà", "kiểm định cân", "an toàn bức xạ", "Sở"]


def _p(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def _timed(fn, runs: int) -> tuple[list[float], object]:
    times, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return times, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", required=True, type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--plain-runs", type=int, default=3, help="runs of the pure-SPARQL query (slow)")
    ap.add_argument("--terms", nargs="+", default=TERMS)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    report: dict[str, object] = {"machine": resolve_bench.machine()}
    print("machine:", report["machine"])
    q = load_query("search_directives")
    with Store.open(args.store) as st:
        t = time.perf_counter()
        index = st.text_index()  # a store without an index gets it built here, as on first use
        build = time.perf_counter() - t
        if st.text_sync is not None and st.text_sync.rebuilt:
            n = st.text_sync.notices
        else:
            t = time.perf_counter()
            n = st.rebuild_text_index()
            build = time.perf_counter() - t
        size = index.size_bytes()
        directives = int(index.db.execute("SELECT count(*) FROM directives").fetchone()[0])
        report["build"] = {"notices": n, "directives": directives, "s": build, "bytes": size}
        print(
            f"build: {n:,} notices, {directives:,} directives in {build:.1f} s "
            f"({build / n * 1000:.2f} s per 1k notices); {size / 1e6:.1f} MB ({size / n * 1000 / 1e6:.2f} MB per 1k)"
        )
        t = time.perf_counter()
        done = sync(index, st.ox)
        check = time.perf_counter() - t
        t = time.perf_counter()
        hashes = stored_notices(st.ox)
        scan = time.perf_counter() - t
        report["open_check_s"] = check
        print(
            f"open check (in step, {done.notices:,} notices): {check * 1000:.0f} ms (hash scan {scan * 1000:.0f} ms)"
        )
        sample = sorted(hashes)[:1000]
        read = [
            r
            for r in (notice_rows(g, st.ox.quads_for_pattern(None, None, None, _node(g))) for g in sample)
            if r
        ]
        t = time.perf_counter()
        for head, rows in read:
            index.begin([head.graph])
            index.put(head, rows)
        upkeep = (time.perf_counter() - t) / len(read)
        report["upkeep_ms_per_notice"] = upkeep * 1000
        print(f"per-notice upkeep (journal + rows, 2 commits): {upkeep * 1000:.2f} ms")
        rows_out = []
        for term in args.terms:
            fast, a = _timed(lambda term=term: run_query(st, q, {"q": term}), args.runs)
            plain, b = _timed(lambda term=term: run_query(st.ox, q, {"q": term}), args.plain_runs)
            direct, (hits, total) = _timed(lambda term=term: index.search(term, 20), args.runs)
            same = sorted(map(str, a.rows)) == sorted(map(str, b.rows))  # type: ignore[attr-defined]
            row = {
                "term": term,
                "rows": len(a.rows),  # type: ignore[attr-defined]
                "matches": total,
                "same": same,
                "index_p50_ms": statistics.median(fast) * 1000,
                "index_p99_ms": _p(fast, 0.99) * 1000,
                "plain_p50_ms": statistics.median(plain) * 1000,
                "search_p50_ms": statistics.median(direct) * 1000,
            }
            rows_out.append(row)
            print(
                f"{term!r}: {row['rows']} rows ({total} directives), same={same}; search_directives with index "
                f"p50 {row['index_p50_ms']:.0f} / p99 {row['index_p99_ms']:.0f} ms, without "
                f"{row['plain_p50_ms']:.0f} ms; ketluan search {row['search_p50_ms']:.1f} ms"
            )
        report["queries"] = rows_out
        print(
            "p50 over terms: with index "
            f"{statistics.median(r['index_p50_ms'] for r in rows_out):.0f} ms, without "
            f"{statistics.median(r['plain_p50_ms'] for r in rows_out):.0f} ms, ketluan search "
            f"{statistics.median(r['search_p50_ms'] for r in rows_out):.1f} ms"
        )
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1))


def _node(graph: str):  # noqa: ANN202
    import pyoxigraph as ox

    return ox.NamedNode(graph)


if __name__ == "__main__":
    main()
