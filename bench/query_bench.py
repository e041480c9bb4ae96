"""Benchmark (issue 7): the named queries on an existing store, opened read-only, one case at a time.

    python bench/query_bench.py --store /tmp/qb/store-10000                  # every case, 5 runs each
    python bench/query_bench.py --store S --runs 9 --only person_profile search_directives
    python bench/query_bench.py --store S --cases "person_profile: one name" meetings_by_province_year
    python bench/query_bench.py --store S --json after.json --compare before.json   # same answers?
    python bench/query_bench.py --store S --sample 200            # 200 random persons / bodies per query

The stores come from ``bench/ingest_bench.py --keep DIR`` (``DIR/store-1000``, ``DIR/store-10000``). The store
is opened with ``pyoxigraph.Store.read_only`` and its full-text index read-only (what the endpoint's workers
do), so the benchmark never changes the store. Before the runs, the label index (`ketluan.graph.labelindex`,
beside the store) is brought in step as the first query after a change of the store would (built if missing
or out of step; the time is printed: it is paid once per change); ``--no-label-index`` skips that.

Each case is a named query with parameters (``CASES``: the defaults, and selective ones — one agency, one
person, one notice, one year, a common and a rare search term); parameters are bound as RDF terms by
`ketluan.graph.queries.run_query`, exactly as ``ketluan query`` does. For each case: p50 and p99 wall time
and p50 CPU time of this process (the machine is shared: CPU time is the steadier figure) over ``--runs``
runs after one warm-up run, the rows, and an MD5 of the answer's CSV rows sorted (order left out, as
``ketluan query … --format csv | sort | md5sum``), so that ``--compare`` can tell whether a rewrite changed
an answer.

``--sample N`` answers "how long does a query about one person (one body, one province in one year) take?" over
the corpus rather than for one chosen value: N values drawn at random (``--seed``) from the resolved identities'
own names, or from the provinces and years of the meetings (`SAMPLED`), each
run once after one warm-up of the query, and the distribution of the CPU and wall times (p50, p90, p99, max)
and of the rows. A single chosen case says little: the cost follows the rows, and a common name with namesakes
in many provinces has a hundred times the rows of a typical one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
import resolve_bench  # noqa: E402  (the sibling benchmark: machine())

from ketluan.graph.labelindex import LabelIndex  # noqa: E402
from ketluan.graph.queries import (  # noqa: E402
    NamedQuery,
    list_queries,
    load_query,
    parse_query,
    run_query,
    to_csv,
)
from ketluan.graph.textindex import TextIndex  # noqa: E402

# fmt: off
#: (label, query, parameters): the defaults of every query come first (added in `cases`), then these.
#: The names and agencies exist in every ``ketluan synth`` corpus of 1,000 notices or more (seed 7).
SELECTIVE: list[tuple[str, str, dict[str, str]]] = [
    ("agency_posts_over_time: one Sở", "agency_posts_over_time",
     {"agency": "Sở Khoa học và Công nghệ tỉnh Vĩnh Long"}),
    ("agency_assignments: one Chi cục", "agency_assignments",
     {"agency": "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Vĩnh Long"}),
    ("agency_assignments: one Chi cục since 2020", "agency_assignments",
     {"agency": "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Vĩnh Long", "since": "2020"}),
    ("person_profile: one name", "person_profile", {"name": "@person"}),
    ("directives_due_between: one year", "directives_due_between", {"from": "2018-01-01", "to": "2018-12-31"}),
    ("directives_due_between: one quarter", "directives_due_between", {"from": "2018-04-01", "to": "2018-06-30"}),
    ("units_assigned_topic: radiation-safety", "units_assigned_topic", {"topic": "radiation-safety"}),
    ("search_directives: rare term", "search_directives", {"q": "an toàn bức xạ"}),
    ("meetings_in_province: one province, one year", "meetings_in_province",
     {"province": "Vĩnh Long", "from": "2020", "to": "2020"}),
    ("meetings_in_province: one province, all years", "meetings_in_province", {"province": "Vĩnh Long"}),
    ("search_directives: common term", "search_directives", {"q": "kế hoạch"}),
]
# fmt: on

_RESOLVED = "<https://w3id.org/ketluan/id/graph/resolved>"
#: query -> (its parameters, the SPARQL listing the values a sample draws from: each resolved identity's own
#: name; each province and year in which a meeting was held)
SAMPLED: dict[str, tuple[tuple[str, ...], str]] = {
    "person_profile": (
        ("name",),
        f"SELECT DISTINCT ?v WHERE {{ GRAPH {_RESOLVED} {{ ?i a <http://xmlns.com/foaf/0.1/Person> ; "
        "<http://xmlns.com/foaf/0.1/name> ?v } }",
    ),
    **{
        q: (
            ("agency",),
            f"SELECT DISTINCT ?v WHERE {{ GRAPH {_RESOLVED} {{ ?i a <https://w3id.org/ketluan/ontology#Agency> ; "
            "<http://www.w3.org/2004/02/skos/core#prefLabel> ?v } }",
        )
        for q in ("agency_assignments", "agency_posts_over_time")
    },
    "meetings_in_province": (
        ("province", "from", "to"),
        "SELECT DISTINCT ?v ?y ?y2 WHERE { GRAPH ?g { ?m a <https://w3id.org/ketluan/ontology#Meeting> ; "
        "<https://w3id.org/ketluan/ontology#province> ?v ; <https://w3id.org/ketluan/ontology#heldOn> ?d } "
        "BIND(STR(YEAR(?d)) AS ?y) BIND(?y AS ?y2) }",
    ),
}


class ReadOnlyStore:
    """A store opened read-only with its full-text index, shaped as `run_query` expects (``ox``,
    ``text_index()``); nothing here writes, so a stale or missing index means the query runs as written."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.ox = ox.Store.read_only(str(path))
        self._index = TextIndex.open(path)

    def text_index(self) -> TextIndex | None:
        return self._index


def _first(store: ox.Store, sparql: str) -> str:
    rows = list(store.query(sparql, use_default_graph_as_union=True))
    return rows[0][0].value if rows and rows[0][0] is not None else ""


def cases(store: ReadOnlyStore, person: str | None) -> list[tuple[str, str, dict[str, str]]]:
    """Every query with its defaults (``notice_extraction`` and ``person_profile`` need a value: the first
    notice file, and ``person``), then `SELECTIVE`."""
    notice = _first(
        store.ox,
        "SELECT ?f WHERE { ?n a <https://w3id.org/ketluan/ontology#Notice> ; "
        "<https://w3id.org/ketluan/ontology#sourceFile> ?f } ORDER BY ?f LIMIT 1",
    )
    person = person or "Nguyễn Văn"
    out: list[tuple[str, str, dict[str, str]]] = []
    for q in list_queries():
        given = {"notice_extraction": {"notice": notice}, "person_profile": {"name": person}}.get(q.name, {})
        out.append((q.name, q.name, given))
    for label, name, params in SELECTIVE:
        out.append((label, name, {k: (person if v == "@person" else v) for k, v in params.items()}))
    return out


def _p(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def query_named(name: str, folder: Path | None) -> NamedQuery:
    """The shipped query ``name``, or the one of that name in ``folder`` (e.g. an earlier version)."""
    if folder is None:
        return load_query(name)
    return parse_query(name, (folder / f"{name}.rq").read_text("utf-8"))


def time_case(
    store: ReadOnlyStore, name: str, params: dict[str, str], runs: int, folder: Path | None = None
) -> dict[str, object]:
    q = query_named(name, folder)
    result = run_query(store, q, params)  # warm-up (and the answer)
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        run_query(store, q, params)
        cpu.append((time.process_time() - c) * 1000)
        wall.append((time.perf_counter() - t) * 1000)
    lines = to_csv(result).splitlines()
    digest = hashlib.md5("\n".join([lines[0], *sorted(lines[1:])]).encode()).hexdigest()
    return {
        "query": name,
        "params": params,
        "p50_ms": statistics.median(wall),
        "p99_ms": _p(wall, 0.99),
        "cpu_p50_ms": statistics.median(cpu),
        "rows": len(result),
        "md5": digest,
    }


def sample_case(store: ReadOnlyStore, name: str, n: int, seed: int) -> dict[str, object]:
    """``name`` run once for each of ``n`` values drawn at random from the store (`SAMPLED`), after a warm-up."""
    import random

    params, listing = SAMPLED[name]
    names = sorted(tuple(str(term.value) for term in row) for row in store.ox.query(listing))
    drawn = random.Random(seed).sample(names, min(n, len(names)))
    q = load_query(name)
    run_query(store, q, dict(zip(params, drawn[0], strict=True)))  # warm-up: the indexes, the store's caches
    wall, cpu, rows = [], [], []
    slowest: tuple[tuple[str, ...], float, int] = ((), 0.0, 0)
    for value in drawn:
        t, c = time.perf_counter(), time.process_time()
        result = run_query(store, q, dict(zip(params, value, strict=True)))
        cpu.append((time.process_time() - c) * 1000)
        wall.append((time.perf_counter() - t) * 1000)
        rows.append(len(result))
        if cpu[-1] > slowest[1]:
            slowest = (value, cpu[-1], len(result))
    return {
        "query": name,
        "names": len(names),
        "sample": len(drawn),
        "seed": seed,
        **{f"cpu_{k}_ms": _p(cpu, q) for k, q in (("p50", 0.5), ("p90", 0.9), ("p99", 0.99), ("max", 1.0))},
        **{f"wall_{k}_ms": _p(wall, q) for k, q in (("p50", 0.5), ("p90", 0.9), ("p99", 0.99), ("max", 1.0))},
        **{f"rows_{k}": _p(rows, q) for k, q in (("p50", 0.5), ("p90", 0.9), ("p99", 0.99), ("max", 1.0))},
        "under_100_ms_cpu": sum(c < 100 for c in cpu) / len(cpu),
        "slowest": {"value": slowest[0], "cpu_ms": slowest[1], "rows": slowest[2]},
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", required=True, type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--only", nargs="+", help="only the cases of these queries")
    ap.add_argument(
        "--cases", nargs="+", help="only these cases, by label (a query's name is its defaults' label)"
    )
    ap.add_argument("--person", help="the name for person_profile (default: a name of the synthetic world)")
    ap.add_argument(
        "--queries-from", type=Path, help="run the .rq files of this folder (earlier versions, from git show)"
    )
    ap.add_argument(
        "--sample",
        type=int,
        metavar="N",
        help="run the one-person and one-body queries for N random names each",
    )
    ap.add_argument("--seed", type=int, default=7, help="the seed of --sample's draw")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--compare", type=Path, help="a --json file of an earlier run: report changed answers")
    ap.add_argument(
        "--no-label-index",
        action="store_true",
        help="do not bring the label index in step before the runs",
    )
    args = ap.parse_args()
    store = ReadOnlyStore(args.store)
    if not args.no_label_index:
        # what the first query after a change of the store does; timed apart, as it is paid once per change
        t = time.perf_counter()
        index = LabelIndex.for_store(args.store, store.ox)
        print(f"label index in step: {time.perf_counter() - t:.1f} s", flush=True)
        if index is not None:
            index.close()
    report: dict[str, object] = {
        "machine": resolve_bench.machine(),
        "store": str(args.store),
        "quads": len(store.ox),
        "text_index": store.text_index() is not None,
        "label_index": (args.store / "label-index.sqlite").is_file(),
        "cases": {},
    }
    print(
        f"machine: {report['machine']}; store {args.store}: {report['quads']:,} quads; text index "
        f"{report['text_index']}, label index {report['label_index']}",
        flush=True,
    )
    if args.sample:
        for name in SAMPLED:
            if args.only and name not in args.only:
                continue
            r = sample_case(store, name, args.sample, args.seed)
            report["cases"][f"{name}: {r['sample']} random names"] = r  # type: ignore[index]
            print(
                f"{name} over {r['sample']} of {r['names']:,} names: CPU ms p50 {r['cpu_p50_ms']:.1f} p90 "
                f"{r['cpu_p90_ms']:.1f} p99 {r['cpu_p99_ms']:.1f} max {r['cpu_max_ms']:.1f}; wall p50 "
                f"{r['wall_p50_ms']:.1f} p99 {r['wall_p99_ms']:.1f}; rows p50 {r['rows_p50']} p99 {r['rows_p99']} "
                f"max {r['rows_max']}; under 100 ms (CPU): {r['under_100_ms_cpu']:.0%}; slowest {r['slowest']}",
                flush=True,
            )
        if args.json:
            args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), "utf-8")
        return 0
    earlier = json.loads(args.compare.read_text("utf-8"))["cases"] if args.compare else {}
    changed = 0
    for label, name, params in cases(store, args.person):
        if args.only and name not in args.only:
            continue
        if args.cases and label not in args.cases:
            continue
        r = time_case(store, name, params, args.runs, args.queries_from)
        report["cases"][label] = r  # type: ignore[index]
        note = ""
        if label in earlier:
            before = earlier[label]
            same = before["md5"] == r["md5"]
            changed += not same
            note = f"  before {before['p50_ms']:9.1f} ms  {'same answer' if same else 'ANSWER CHANGED'}"
        print(
            f"{label:<46} p50 {r['p50_ms']:9.1f} ms  p99 {r['p99_ms']:9.1f}  cpu {r['cpu_p50_ms']:9.1f}"
            f"  {r['rows']:>7} rows{note}",
            flush=True,
        )
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), "utf-8")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
