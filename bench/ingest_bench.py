"""Benchmark (issue 7): extraction, end-to-end ingest, resolution and the named queries at 1k / 10k notices,
with rdflib's in-memory store on the same queries for comparison.

    python bench/ingest_bench.py                          # 1,000 and 10,000 synthetic notices
    python bench/ingest_bench.py --sizes 1000 --rdflib    # also time the queries in rdflib (slow)
    python bench/ingest_bench.py --sizes 2000 --keep /tmp/ib --json out.json

The notices are `ketluan synth`'s (six real layouts, 63 provinces, 15 years; .txt/.md/.html). Steps:

- extraction: read + parse + build the quads of every notice, one process, no store (notices/s per core);
- ingest: `ingest_paths` into a new on-disk store (one transaction per notice, no resolution), then
  `resolve_store` — what `ketluan ingest` does — notices/s and quads/s;
- queries: every named query 5 times (``--runs``, 0 to skip them; parameters from the corpus), p50 and p99 in
  ms, on the store;
- rdflib (``--rdflib``): the store exported as N-Quads, parsed into an in-memory ``rdflib.Dataset`` (default
  graph = union), the named queries without parameters run once each with a time limit (a query past it is
  reported as stopped), to compare with pyoxigraph's figures.

Peak memory is the process's maximum resident set (ru_maxrss) after each step; ingest also reports the CPU
seconds of the writing process and of the parsing processes (steadier than the wall clock on a shared
machine). Nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from ketluan.graph.pipeline import ingest_paths
from ketluan.graph.queries import list_queries, run_query
from ketluan.graph.resolution import resolve_store
from ketluan.graph.store import Store
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import read_notice
from ketluan.ingest.synth import write_corpus
from ketluan.ingest.to_rdf import notice_to_quads

sys.path.insert(0, str(Path(__file__).resolve().parent))
import resolve_bench  # noqa: E402  (the sibling benchmark: machine())

SUFFIXES = (".txt", ".md", ".html")


def cpu_s(usage: int | resource.struct_rusage) -> float:
    """User + system CPU seconds of ``usage`` (a `resource.getrusage` result, or who to ask for one)."""
    if isinstance(usage, int):
        usage = resource.getrusage(usage)
    return usage.ru_utime + usage.ru_stime


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def notices_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES and p.name != "README")


def time_extraction(files: list[Path]) -> tuple[float, int]:
    quads = 0
    t = time.perf_counter()
    for f in files:
        notice = parse_notice(read_notice(f).text, f.name)
        quads += len(notice_to_quads(notice))
    return time.perf_counter() - t, quads


def params_for(name: str, corpus: Path) -> dict[str, str]:
    persons = json.loads((corpus / "identities.json").read_text("utf-8")).get("persons", [])
    first_person = persons[0]["name"] if persons else None
    sample = notices_in(corpus)[0].name
    return {
        "person_profile": {"name": str(first_person or "Nguyễn Văn")},
        "notice_extraction": {"notice": sample},
        "agency_posts_over_time": {"agency": "Sở Khoa học và Công nghệ tỉnh Vĩnh Long"},
        "agency_assignments": {"agency": "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Vĩnh Long"},
    }.get(name, {})


def time_queries(store: Store, corpus: Path, repeat: int = 5) -> dict[str, dict[str, float]]:
    out = {}
    for q in list_queries():
        params = params_for(q.name, corpus)
        times, rows = [], 0
        for _ in range(repeat):
            t = time.perf_counter()
            rows = len(run_query(store, q, params))
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        out[q.name] = {
            "p50_ms": statistics.median(times),
            "p99_ms": times[min(len(times) - 1, round(0.99 * (len(times) - 1)))],
            "rows": rows,
        }
    return out


def _rdflib_worker(nquads: str, texts: dict[str, str], conn) -> None:  # pragma: no cover - subprocess
    import rdflib

    t = time.perf_counter()
    ds = rdflib.Dataset(default_union=True)
    ds.parse(nquads, format="nquads")
    conn.send(("load", time.perf_counter() - t, len(ds)))
    for name, text in texts.items():
        t = time.perf_counter()
        try:
            rows = len(list(ds.query(text)))
        except Exception as e:  # noqa: BLE001 - rdflib's own failure, reported as such
            conn.send((name, -1.0, f"rdflib failed: {type(e).__name__}: {' '.join(str(e).split())[:120]}"))
            continue
        conn.send((name, (time.perf_counter() - t) * 1000, rows))
    conn.send(("done", 0.0, 0))


def time_rdflib(store: Store, corpus: Path, limit_s: float) -> dict[str, object]:
    """The named queries without parameters (the whole-store ones) in rdflib's in-memory Dataset."""
    import pyoxigraph as ox

    tmp = Path(tempfile.mkdtemp(prefix="ketluan-rdflib-"))
    nq = tmp / "store.nq"
    store.ox.dump(str(nq), format=ox.RdfFormat.N_QUADS)
    texts = {q.name: q.text for q in list_queries() if not q.params}
    parent, child = mp.Pipe()
    proc = mp.Process(target=_rdflib_worker, args=(str(nq), texts, child))
    proc.start()
    out: dict[str, object] = {}
    deadline = time.monotonic() + limit_s
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not parent.poll(left):
            out["stopped"] = f"time limit {limit_s:g} s reached"
            break
        name, ms, n = parent.recv()
        if name == "done":
            break
        out[name] = {"ms": ms, "rows": n} if name != "load" else {"s": ms, "quads": n}
        deadline = time.monotonic() + limit_s  # each query gets its own limit
    proc.kill()
    shutil.rmtree(tmp, ignore_errors=True)
    return out


def run(
    n: int,
    root: Path,
    with_rdflib: bool,
    rdflib_limit: float,
    workers: int = 1,
    extraction: bool = True,
    runs: int = 5,
) -> dict[str, object]:
    corpus = root / f"synth-{n}"
    if not corpus.exists():
        write_corpus(corpus, n=n, seed=7)
    files = notices_in(corpus)
    result: dict[str, object] = {"notices": len(files)}
    if extraction:
        secs, quads = time_extraction(files)
        result["extraction"] = {
            "s": secs,
            "notices_per_s": len(files) / secs,
            "quads": quads,
            "peak_mb": peak_mb(),
        }
        print(
            f"{n}: extraction {secs:.1f} s = {len(files) / secs:.0f} notices/s (1 core), {quads:,} quads",
            flush=True,
        )
    path = root / f"store-{n}"
    shutil.rmtree(path, ignore_errors=True)
    with Store.open(path) as store:
        t = time.perf_counter()
        cpu = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        summary = ingest_paths([str(corpus)], store, workers=workers)
        ingest_s = time.perf_counter() - t
        # CPU seconds of the writing process and of the parsing processes (counted once they have exited, at
        # the end of ingest_paths): on a shared machine, a steadier measure than the wall clock
        writer_cpu = cpu_s(resource.RUSAGE_SELF) - cpu_s(cpu[0])
        parser_cpu = cpu_s(resource.RUSAGE_CHILDREN) - cpu_s(cpu[1])
        t = time.perf_counter()
        resolve_store(store)
        resolve_s = time.perf_counter() - t
        total = len(store)
        result["ingest"] = {
            "s": ingest_s, "notices_per_s": len(files) / ingest_s, "quads": total,
            "quads_per_s": total / ingest_s, "rejected": len(summary.rejected), "peak_mb": peak_mb(),
            "writer_cpu_s": writer_cpu, "parsers_cpu_s": parser_cpu,
        }  # fmt: skip
        result["resolve"] = {"s": resolve_s}
        result["end_to_end_notices_per_s"] = len(files) / (ingest_s + resolve_s)
        print(
            f"{n}: ingest {ingest_s:.1f} s = {len(files) / ingest_s:.0f} notices/s, {total / ingest_s:,.0f} quads/s;"
            f" resolve {resolve_s:.1f} s; {total:,} quads; peak RSS {peak_mb():,.0f} MB",
            flush=True,
        )
        print(
            f"{n}: ingest CPU: writer {writer_cpu:.1f} s ({1000 * writer_cpu / len(files):.1f} ms per notice),"
            f" parsers {parser_cpu:.1f} s ({1000 * parser_cpu / len(files):.1f} ms per notice)",
            flush=True,
        )
        result["queries"] = time_queries(store, corpus, repeat=runs) if runs > 0 else {}
        for name, r in result["queries"].items():
            print(
                f"{n}:   {name:<30} p50 {r['p50_ms']:9.1f} ms  p99 {r['p99_ms']:9.1f} ms  {r['rows']} rows",
                flush=True,
            )
        if with_rdflib:
            result["rdflib"] = time_rdflib(store, corpus, rdflib_limit)
            print(f"{n}: rdflib {json.dumps(result['rdflib'], ensure_ascii=False)}", flush=True)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--keep", type=Path, help="folder for corpora and stores (default: a temporary one)")
    ap.add_argument("--rdflib", action="store_true", help="also time the queries in rdflib (1k or less)")
    ap.add_argument("--rdflib-limit", type=float, default=120.0, help="seconds per rdflib step")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="parsing processes for ingest")
    ap.add_argument(
        "--no-extraction-step", action="store_true", help="skip the one-process extraction timing"
    )
    ap.add_argument("--runs", type=int, default=5, help="runs of each named query (default 5; 0: no queries)")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="ketluan-ingest-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    machine = resolve_bench.machine()
    print(f"machine: {machine}", flush=True)
    results = {"machine": machine, "sizes": {}}
    try:
        for n in args.sizes:
            results["sizes"][n] = run(
                n, root, args.rdflib, args.rdflib_limit, args.workers, not args.no_extraction_step, args.runs
            )
    finally:
        if args.json:
            args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), "utf-8")
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
