"""Load test: 16 concurrent clients on `ketluan serve` over a store of N synthetic notices (issue 4).

    python bench/endpoint_load.py                          # 10,000 notices, 16 clients, 60 s
    python bench/endpoint_load.py --notices 1000 --keep /tmp/el      # build /tmp/el/store-1000, keep it
    python bench/endpoint_load.py --reuse /tmp/el1k --seconds 30     # /tmp/el1k/store (built if missing)
    python bench/endpoint_load.py --reuse /tmp/el1k --exclude person_profile   # leave request kinds out
    python bench/endpoint_load.py --store /tmp/ib/store-10000   # notices extracted from text (ingest_bench)

Results and what they mean: bench/ENDPOINT.md.

Bounded and local: the server listens on 127.0.0.1 only, the clients stop after ``--seconds`` and the server
is stopped (SIGTERM, then SIGKILL after 10 s) whatever happens.

1. The store: N notices from ``bench/resolve_bench.py``'s synthetic world (`build_store`: officials with
   namesakes across 63 provinces, posts, chairs, agencies, 15 years of dates), then entity resolution
   (`resolve_store`, so ``owl:sameAs`` links exist as in a real store). Both are timed. That world has no
   directives; ``--store`` takes any existing store instead, such as the one ``bench/ingest_bench.py --keep``
   builds from `ketluan synth`'s notice texts (directives with topics, deadlines and assignees).
2. The server: ``python -m ketluan.graph.cli serve --store DIR --host 127.0.0.1 --port P`` (plus
   ``--workers``/``--query-timeout`` when given); the time until ``/healthz`` answers is the startup time.
3. Warm-up: every request kind once, one at a time (the "1 client" latency column).
4. Load: ``--clients`` asyncio clients (one httpx.AsyncClient, a connection each), each picking a request
   kind at random: every gallery query through ``/api/query/{name}`` with parameters drawn from the store
   itself (``sample_pools``: a person's name, a notice file, an agency's label, a year, a topic), and five
   raw queries through ``/sparql`` (GET and form POST; JSON, CSV, Turtle and N-Triples results; SELECT, ASK, CONSTRUCT,
   DESCRIBE). Any status other than 200, or a transport error, is an error.
5. Memory: the resident set of the server process and its children (uvicorn workers), sampled every 0.25 s
   (``VmRSS``), and each process's peak (``VmHWM``) read before the server stops.

Prints a Markdown table (throughput, p50/p99 per request kind and overall, errors, memory) with the machine;
``--json FILE`` also writes the raw figures. Exit status 1 when any request failed.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from ketluan.graph.queries import query_names
from ketluan.graph.resolution import resolve_store
from ketluan.graph.store import Store
from ketluan.ingest.to_rdf import notice_iri

HOST = "127.0.0.1"  # loopback only, never a CLI option


def _resolve_bench() -> Any:
    """``bench/resolve_bench.py`` as a module (bench/ is not a package)."""
    path = Path(__file__).with_name("resolve_bench.py")
    spec = importlib.util.spec_from_file_location("resolve_bench", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["resolve_bench"] = module
    spec.loader.exec_module(module)
    return module


rb = _resolve_bench()

# -- the store --------------------------------------------------------------------------------------------


def source_file(i: int) -> str:
    """The file name `synthetic_notice` gives notice ``i``."""
    return f"{i:06d}_synthetic.txt"


def prepare_store(path: Path, n: int, seed: int, reuse: bool) -> dict[str, Any]:
    """Build (or, with ``reuse``, keep) the store of ``n`` notices at ``path``; return its figures."""
    info: dict[str, Any] = {"store": str(path)}
    if reuse and path.is_dir() and any(path.iterdir()):
        print(f"reusing the store at {path}", flush=True)
    else:
        shutil.rmtree(path, ignore_errors=True)
        print(f"building {n:,} synthetic notices into {path} …", flush=True)
        info["build_s"] = rb.build_store(path, n, seed)
        with Store.open(path) as store:
            summary = resolve_store(store)
        info["resolve_s"] = summary.seconds
        print(f"  built in {info['build_s']:.1f} s, resolved in {summary.seconds:.1f} s", flush=True)
    with Store.open(path) as store:
        info["notices"] = len(store.notices())
        info["quads"] = len(store.ox)
    return info


# -- the server -------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def process_tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (uvicorn's workers), from /proc."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


def proc_status_kb(pid: int, key: str) -> int:
    """``VmRSS``/``VmHWM`` of ``pid`` in kB (0 if the process is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def start_server(
    store: Path, log: Path, workers: int | None, timeout_s: float | None, settings: list[str] | None = None
) -> tuple[Any, str, float]:
    port = free_port()
    cmd = [sys.executable, "-m", "ketluan.graph.cli", "serve", "--store", str(store)]
    cmd += ["--host", HOST, "--port", str(port)]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    if timeout_s is not None:
        cmd += ["--query-timeout", str(timeout_s)]
    for setting in settings or []:
        cmd += ["--setting", setting]
    env = {k: v for k, v in os.environ.items() if not k.startswith("KETLUAN_")}  # read-only, our options
    t0 = time.perf_counter()
    with log.open("wb") as out:  # the access log goes to a file: a pipe nobody reads would block the server
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env)
    url = f"http://{HOST}:{port}"
    while time.perf_counter() - t0 < 120:
        if proc.poll() is not None:
            raise SystemExit(f"`{' '.join(cmd)}` exited with {proc.returncode}; see {log}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1.0).status_code == 200:
                return proc, url, time.perf_counter() - t0
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    stop_server(proc)
    raise SystemExit(f"`{' '.join(cmd)}` did not answer /healthz within 120 s; see {log}")


def stop_server(proc: Any) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


# -- the requests ------------------------------------------------------------------------------------------

PREFIXES = (
    "PREFIX kl: <https://w3id.org/ketluan/ontology#>\n"
    "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
)


@dataclass
class Kind:
    """One kind of request: ``make(rng)`` returns the keyword arguments of ``httpx.AsyncClient.request``."""

    label: str
    make: Callable[[random.Random], dict[str, Any]]


@dataclass
class Pools:
    """Parameter values drawn from the store itself, so that any store (the synthetic world's, or notices
    extracted from text) gets requests that find something: names, agency labels, files, years, topics."""

    names: list[str]
    agencies: list[str]
    files: list[str]
    years: list[int]
    topics: list[str]


def sample_pools(path: Path, seed: int, size: int = 300) -> Pools:
    """Up to ``size`` values of each kind, chosen at random (``seed``) among the store's distinct values."""
    rng = random.Random(seed)
    kl = "PREFIX kl: <https://w3id.org/ketluan/ontology#>\nPREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
    kl += "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"

    def values(store: Store, query: str) -> list[str]:
        found = sorted({row[0].value for row in store.query(kl + query, use_default_graph_as_union=False)})
        return rng.sample(found, min(size, len(found)))

    with Store.open(path) as store:
        names = values(store, "SELECT ?v WHERE { GRAPH ?g { ?p a kl:Person ; foaf:name ?v } }")
        agencies = values(store, "SELECT ?v WHERE { GRAPH ?g { ?a a kl:Agency ; skos:prefLabel ?v } }")
        files = [f for _, f, _ in store.notices()]
        dates = values(store, "SELECT ?v WHERE { GRAPH ?g { ?m kl:heldOn ?v } }")
        topics = values(store, "SELECT ?v WHERE { GRAPH ?g { ?d kl:topic ?v } }")
    years = sorted({int(d[:4]) for d in dates if d[:4].isdigit()})
    topics = [t.rsplit("#", 1)[-1].rsplit("/", 1)[-1] for t in topics]
    if not (names and agencies and files and years and topics):
        raise SystemExit(f"the store at {path} lacks names, agencies, notices, dates or topics to query")
    return Pools(names, agencies, rng.sample(files, min(size, len(files))), years, topics)


def request_kinds(pools: Pools) -> list[Kind]:
    """Every gallery query (through /api/query/{name}) and five raw SPARQL requests (through /sparql)."""

    def name(rng: random.Random) -> str:
        full = rng.choice(pools.names)
        return full if rng.random() < 0.7 or " " not in full else full.split(" ", 1)[1]  # part of the name

    def agency(rng: random.Random) -> str:
        label = rng.choice(pools.agencies)
        return label if rng.random() < 0.5 else " ".join(label.split()[:3])  # words of the name

    def notice(rng: random.Random) -> str:
        return rng.choice(pools.files)

    def year(rng: random.Random) -> int:
        return rng.choice(pools.years)

    params: dict[str, Callable[[random.Random], dict[str, str]]] = {
        "agency_assignments": lambda rng: {"agency": agency(rng), "since": str(year(rng))},
        "agency_posts_over_time": lambda rng: {"agency": agency(rng)},
        "directives_due_between": lambda rng: {
            "from": f"{year(rng)}-01-01",
            "to": f"{max(pools.years)}-12-31",
        },
        "notice_extraction": lambda rng: {"notice": notice(rng)},
        "person_profile": lambda rng: {"name": name(rng)},
        "search_directives": lambda rng: {"q": rng.choice(["kiểm định", "đo lường", "báo cáo", "kế hoạch"])},
        "units_assigned_topic": lambda rng: {"topic": rng.choice(pools.topics)},
    }

    def gallery(q: str) -> Kind:
        make = params.get(q, lambda _: {})
        return Kind(
            f"/api/query/{q}", lambda rng: {"method": "GET", "url": f"/api/query/{q}", "params": make(rng)}
        )

    kinds = [gallery(q) for q in query_names()]

    def sparql_get(query: str, accept: str) -> dict[str, Any]:
        return {"method": "GET", "url": "/sparql", "params": {"query": query}, "headers": {"Accept": accept}}

    def sparql_post(query: str, accept: str) -> dict[str, Any]:
        return {"method": "POST", "url": "/sparql", "data": {"query": query}, "headers": {"Accept": accept}}

    kinds += [
        Kind("/sparql SELECT count (GET, JSON)", lambda rng: sparql_get(
            PREFIXES + "SELECT (COUNT(?n) AS ?notices) WHERE { ?n a kl:Notice }",
            "application/sparql-results+json")),
        Kind("/sparql SELECT chairs of a year (POST, CSV)", lambda rng: sparql_post(
            PREFIXES + "SELECT ?date ?name WHERE { ?m a kl:Meeting ; kl:heldOn ?date ; kl:chair/foaf:name ?name "
            f'FILTER(STRSTARTS(STR(?date), "{rng.randrange(2010, 2025)}-{rng.randrange(1, 13):02d}")) }} '
            "ORDER BY ?date LIMIT 200", "text/csv")),
        Kind("/sparql ASK a notice (GET, JSON)", lambda rng: sparql_get(
            f"ASK {{ GRAPH <{notice_iri(notice(rng))}> {{ ?s ?p ?o }} }}", "application/sparql-results+json")),
        Kind("/sparql DESCRIBE a notice (GET, Turtle)", lambda rng: sparql_get(
            f"DESCRIBE <{notice_iri(notice(rng))}>", "text/turtle")),
        Kind("/sparql CONSTRUCT a notice's people (POST, N-Triples)", lambda rng: sparql_post(
            PREFIXES + "CONSTRUCT { ?p foaf:name ?name } WHERE { GRAPH <"
            f"{notice_iri(notice(rng))}> {{ ?p a kl:Person ; foaf:name ?name }} }}", "application/n-triples")),
    ]  # fmt: skip
    return kinds


# -- running -----------------------------------------------------------------------------------------------


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    bytes: dict[str, int] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    examples: list[str] = field(default_factory=list)

    def record(self, label: str, seconds: float, size: int, error: str | None) -> None:
        self.latencies.setdefault(label, []).append(seconds)
        self.bytes[label] = self.bytes.get(label, 0) + size
        if error is not None:
            self.errors[label] = self.errors.get(label, 0) + 1
            if len(self.examples) < 10:
                self.examples.append(f"{label}: {error}")


async def one(client: httpx.AsyncClient, kind: Kind, rng: random.Random, stats: Stats) -> None:
    args = kind.make(rng)
    t = time.perf_counter()
    try:
        r = await client.request(**args)
        size, error = len(r.content), None
        if r.status_code != 200:
            error = f"{r.status_code} {args.get('params') or args.get('data')} {r.text[:200]!r}"
    except httpx.HTTPError as e:
        size, error = 0, f"{type(e).__name__}: {e} {args.get('params') or args.get('data')}"
    stats.record(kind.label, time.perf_counter() - t, size, error)


async def warm_up(url: str, kinds: list[Kind], timeout: float) -> Stats:
    stats = Stats()
    rng = random.Random(0)
    async with httpx.AsyncClient(base_url=url, timeout=timeout) as client:
        r = await client.get("/api/queries")
        if r.status_code != 200:
            stats.record("/api/queries", 0.0, 0, f"{r.status_code} {r.text[:200]!r}")
        for kind in kinds:
            await one(client, kind, rng, stats)
    return stats


async def load(url: str, kinds: list[Kind], clients: int, seconds: float, timeout: float, pid: int) -> dict:
    stats = Stats()
    rss_samples: list[tuple[float, int]] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    t0 = time.perf_counter()
    deadline = t0 + seconds

    async def client_loop(client: httpx.AsyncClient, seed: int) -> None:
        rng = random.Random(seed)
        while time.perf_counter() < deadline:
            await one(client, rng.choice(kinds), rng, stats)

    async def sample_memory() -> None:
        while time.perf_counter() < deadline:
            rss = sum(proc_status_kb(p, "VmRSS") for p in process_tree(pid))
            rss_samples.append((time.perf_counter() - t0, rss))
            await asyncio.sleep(0.25)

    async with httpx.AsyncClient(base_url=url, timeout=timeout, limits=limits) as client:
        await asyncio.gather(sample_memory(), *(client_loop(client, 1000 + i) for i in range(clients)))
    elapsed = time.perf_counter() - t0  # includes the last requests still running at the deadline
    return {"stats": stats, "elapsed": elapsed, "rss": rss_samples}


def pct(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def machine() -> str:
    return rb.machine()


def report(
    info: dict[str, Any], warm: Stats, run: dict[str, Any], args: argparse.Namespace
) -> dict[str, Any]:
    stats: Stats = run["stats"]
    elapsed = run["elapsed"]
    every = [x for xs in stats.latencies.values() for x in xs]
    total_errors = sum(stats.errors.values())
    rows = []
    for label in sorted(stats.latencies, key=lambda k: -statistics.median(stats.latencies[k])):
        xs = stats.latencies[label]
        one_client = warm.latencies.get(label, [float("nan")])[0]
        rows.append({
            "request": label, "count": len(xs), "errors": stats.errors.get(label, 0),
            "one_client_ms": one_client * 1000, "p50_ms": pct(xs, 50) * 1000, "p99_ms": pct(xs, 99) * 1000,
            "max_ms": max(xs) * 1000, "mean_kb": stats.bytes[label] / len(xs) / 1024,
        })  # fmt: skip
    rss = run["rss"]
    quarters = [max((kb for t, kb in rss if t <= elapsed * q / 4), default=0) for q in (1, 2, 3, 4)]
    out = {
        "machine": machine(),
        "store": info,
        "clients": args.clients,
        "seconds": elapsed,
        "startup_s": info["startup_s"],
        "requests": len(every),
        "errors": total_errors,
        "warm_up_errors": sum(warm.errors.values()),
        "throughput_rps": len(every) / elapsed,
        "p50_ms": pct(every, 50) * 1000 if every else None,
        "p99_ms": pct(every, 99) * 1000 if every else None,
        "rss_idle_mb": info["rss_idle_kb"] / 1024,
        "rss_peak_sampled_mb": max((kb for _, kb in rss), default=0) / 1024,
        "rss_peak_by_quarter_mb": [kb / 1024 for kb in quarters],
        "vmhwm_mb": {str(p): kb / 1024 for p, kb in info["vmhwm_kb"].items()},
        "vmhwm_total_mb": sum(info["vmhwm_kb"].values()) / 1024,
        "excluded": args.exclude,
        "settings": args.setting,
        "cache": info.get("cache"),
        "rows": rows,
        "error_examples": warm.examples + stats.examples,
    }
    print()
    print(f"machine: {out['machine']}")
    print(f"store: {info['notices']:,} notices, {info['quads']:,} quads"
          + (f" (built {info['build_s']:.0f} s, resolved {info['resolve_s']:.0f} s)" if "build_s" in info else ""))  # fmt: skip
    print(f"1-minute load average before the run: {info['loadavg_before']:.2f} (this machine's other work)")
    print(f"server: startup {info['startup_s']:.2f} s, {len(out['vmhwm_mb'])} process(es); "
          f"{args.clients} clients for {elapsed:.1f} s")  # fmt: skip
    print()
    print("| request | n | err | 1 client ms | p50 ms | p99 ms | max ms | mean KB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['request']} | {r['count']} | {r['errors']} | {r['one_client_ms']:.0f} | {r['p50_ms']:.0f} "
              f"| {r['p99_ms']:.0f} | {r['max_ms']:.0f} | {r['mean_kb']:.1f} |")  # fmt: skip
    if every:
        print(f"| **all** | **{len(every)}** | **{total_errors}** | | **{out['p50_ms']:.0f}** "
              f"| **{out['p99_ms']:.0f}** | {max(every) * 1000:.0f} | |")  # fmt: skip
    print()
    print(f"throughput: {out['throughput_rps']:.1f} req/s; errors: {total_errors} "
          f"(warm-up: {out['warm_up_errors']})")  # fmt: skip
    print(f"server RSS: idle {out['rss_idle_mb']:.0f} MB; peak sampled under load {out['rss_peak_sampled_mb']:.0f} MB "
          f"(by quarter of the run: {', '.join(f'{x:.0f}' for x in out['rss_peak_by_quarter_mb'])} MB); "
          f"VmHWM summed over the processes alive at the end {out['vmhwm_total_mb']:.0f} MB "
          "(a worker killed at its time limit takes its peak with it)")  # fmt: skip
    if out["cache"]:
        c = out["cache"]
        print(f"answer cache (setting result_cache_mb): {c['hits']} requests answered from it or from an identical "
              f"request running at the same time, {c['misses']} run; {c['answers']} answers, "
              f"{c['bytes'] / 1e6:.1f} MB kept at the end")  # fmt: skip
    elif args.setting:
        print(f"settings: {' '.join(args.setting)}")
    for e in out["error_examples"]:
        print(f"  error: {e}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notices", type=int, default=10_000, help="notices in the store (default 10000)")
    ap.add_argument("--clients", type=int, default=16, help="concurrent clients (default 16)")
    ap.add_argument("--seconds", type=float, default=60.0, help="length of the load phase (default 60)")
    ap.add_argument("--seed", type=int, default=7)
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--keep", type=Path, help="build the store in this folder and keep it")
    where.add_argument("--reuse", type=Path, help="use the store in this folder (built there if missing)")
    where.add_argument(
        "--store",
        type=Path,
        help="use this existing store as it is, e.g. notices extracted from text by "
        "`bench/ingest_bench.py --keep DIR` (DIR/store-10000)",
    )
    ap.add_argument("--workers", type=int, help="passed to `ketluan serve --workers` (default: its own)")
    ap.add_argument("--query-timeout", type=float, help="passed to `ketluan serve --query-timeout`")
    ap.add_argument(
        "--setting",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="passed to `ketluan serve --setting` (e.g. result_cache_mb=0 to measure without the answer cache)",
    )
    ap.add_argument(
        "--exclude",
        nargs="+",
        default=[],
        metavar="NAME",
        help="leave out the request kinds whose label contains NAME (e.g. person_profile)",
    )
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args()
    if args.seconds > 600:
        ap.error("--seconds is bounded at 600")

    if args.store is not None and not (args.store.is_dir() and any(args.store.iterdir())):
        ap.error(f"--store {args.store}: no store there")
    root = args.keep or args.reuse or Path(tempfile.mkdtemp(prefix="ketluan-endpoint-load-"))
    root.mkdir(parents=True, exist_ok=True)
    if args.store is not None:
        store = args.store
    elif args.keep or not args.reuse:
        store = root / f"store-{args.notices}"
    else:
        store = args.reuse / "store"
    print(f"machine: {machine()}", flush=True)
    try:
        info = prepare_store(
            store, args.notices, args.seed, reuse=args.reuse is not None or args.store is not None
        )
        kinds = [
            k
            for k in request_kinds(sample_pools(store, args.seed))
            if not any(x in k.label for x in args.exclude)
        ]
        if args.exclude:
            print(f"excluded: {', '.join(args.exclude)} ({len(kinds)} request kinds left)", flush=True)
        proc, url, info["startup_s"] = start_server(
            store, root / "serve.log", args.workers, args.query_timeout, args.setting
        )
        try:
            pid = proc.pid
            info["rss_idle_kb"] = sum(proc_status_kb(p, "VmRSS") for p in process_tree(pid))
            print(f"server up in {info['startup_s']:.2f} s at {url}; warm-up …", flush=True)
            timeout = (args.query_timeout or 30.0) + 30.0
            warm = asyncio.run(warm_up(url, kinds, timeout))
            info["loadavg_before"] = os.getloadavg()[0]  # other work on the machine skews every figure
            print(f"load: {args.clients} clients for {args.seconds:.0f} s …", flush=True)
            run = asyncio.run(load(url, kinds, args.clients, args.seconds, timeout, pid))
            info["vmhwm_kb"] = {p: proc_status_kb(p, "VmHWM") for p in process_tree(pid)}
            info["cache"] = httpx.get(f"{url}/healthz", timeout=10).json().get("cache")
        finally:
            stop_server(proc)
        out = report(info, warm, run, args)
        if args.json:
            args.json.write_text(json.dumps(out, indent=2, ensure_ascii=False))
        return 1 if out["errors"] or out["warm_up_errors"] else 0
    finally:
        if not (args.keep or args.reuse):
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
