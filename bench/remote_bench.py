"""Benchmark: the named queries on the embedded store (pyoxigraph) and on Virtuoso, after ``ketluan push``.

    python bench/remote_bench.py --store /tmp/virt10k/store --db /tmp/virt10k/db
    python bench/remote_bench.py --store S --db D --reuse        # D already holds the pushed store
    python bench/remote_bench.py --store S --db D --buffers 170000 --json out.json

Bounded and local: a private ``virtuoso-t`` (Virtuoso Open-Source 7.2) with its own database in ``--db``,
listening on 127.0.0.1 only (SQL and HTTP on free ports), started with the ini of the test fixture
(``tests/test_graph/conftest.py``, ``VIRTUOSO_INI``) with ``NumberOfBuffers``/``MaxDirtyBuffers`` raised
(``--buffers``; Virtuoso's guidance is about 85,000 buffers of 8 kB per GB given to it), and stopped
(SIGTERM, then SIGKILL after 30 s) whatever happens.

1. Push: ``push_store`` of the whole store into an empty database (timed: graphs and triples sent), then a
   re-push of the unchanged store (timed: only the manifest is sent). ``--reuse`` skips both.
2. Queries: every named query in ``queries/``, with its defaults (when it has no required parameter) and
   with parameters taken from the store that find rows (``--param NAME k=v`` overrides). Each is run
   ``--runs`` times on each engine; the time is the median. The embedded store is queried as ``ketluan
   query --store`` does (`run_query` on `ketluan.graph.store.Store`, with its full-text index); Virtuoso as
   ``ketluan query --endpoint`` does (`run_remote_query`: SPARQLWrapper, parameters written into the text).
3. Answers are compared as sets of rows with the normalisations of ``tests/test_graph/test_remote.py``
   (``GROUP_CONCAT`` items sorted; an empty ``GROUP_CONCAT`` ``""`` read as unbound), and nothing else.
   An answer with ``ResultSetMaxRows`` rows (``--max-rows``, 100,000 as in the fixture) is flagged as
   possibly cut short by Virtuoso.

Prints the machine and a Markdown table; ``--json FILE`` also writes the raw figures. Exit status 1 when any
answer differs.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import httpx

from ketluan.graph.push import push_store
from ketluan.graph.queries import QueryResult, load_query, query_names, run_query
from ketluan.graph.remote import Remote, run_remote_query
from ketluan.graph.store import Store

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


rb = _load("resolve_bench", ROOT / "bench" / "resolve_bench.py")


def _fixture_ini() -> str:
    """The fixture's ini template, read from conftest.py's text (importing it would need pytest's plugins)."""
    text = (ROOT / "tests" / "test_graph" / "conftest.py").read_text(encoding="utf-8")
    return re.search(r'VIRTUOSO_INI = """\\\n(.*?)"""', text, re.DOTALL).group(1)  # type: ignore[union-attr]


def _comparison() -> object:
    """``_rows``, the normalisation of the comparison tests (GROUP_CONCAT items sorted, empty lists)."""
    module = _load("_remote_tests", ROOT / "tests" / "test_graph" / "test_remote.py")
    return module._rows


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def virtuoso(db: Path, buffers: int, max_rows: int, fresh: bool) -> Iterator[tuple[Remote, Path]]:
    """A private virtuoso-t on loopback with its database in ``db``; stopped on leaving, whatever happens."""
    binary = shutil.which("virtuoso-t")
    if binary is None:
        raise SystemExit("virtuoso-t is not installed (Debian: apt-get install virtuoso-opensource)")
    if fresh and db.exists():
        shutil.rmtree(db)
    (db / "www").mkdir(parents=True, exist_ok=True)
    http_port, sql_port = _free_port(), _free_port()
    ini = _fixture_ini().format(dir=db, sql_port=sql_port, http_port=http_port)
    ini = re.sub(r"NumberOfBuffers = \d+", f"NumberOfBuffers = {buffers}", ini)
    ini = re.sub(r"MaxDirtyBuffers = \d+", f"MaxDirtyBuffers = {buffers * 3 // 4}", ini)
    ini = re.sub(r"ResultSetMaxRows = \d+", f"ResultSetMaxRows = {max_rows}", ini)
    (db / "virtuoso.ini").write_text(ini, encoding="utf-8")
    base = f"http://127.0.0.1:{http_port}"
    console = open(db / "console.log", "ab")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [binary, "+foreground", "+configfile", str(db / "virtuoso.ini")],
        cwd=db,
        stdout=console,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 300
        while True:
            if process.poll() is not None:
                log = (db / "console.log").read_text(errors="replace")[-2000:]
                raise SystemExit(f"virtuoso-t exited with {process.returncode} while starting:\n{log}")
            try:
                if httpx.get(f"{base}/sparql", params={"query": "ASK {}"}, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit(f"virtuoso-t did not answer on {base}/sparql within 300 s")
            time.sleep(0.5)
        remote = Remote(
            f"{base}/sparql",
            gsp_url=f"{base}/sparql-graph-crud-auth",
            user="dba",
            password="dba",
            timeout_s=600,
        )
        yield remote, db
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        console.close()


# -- parameters -------------------------------------------------------------------------------------------

_PREFIXES = (
    "PREFIX kl: <https://w3id.org/ketluan/ontology#>\nPREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
)
_RESOLVED = "<https://w3id.org/ketluan/id/graph/resolved>"


def selective_params(store: Store) -> dict[str, dict[str, str]]:
    """Parameters that find a few rows, taken from the store: a person resolved across three notices, a
    provincial Sở's label, the first notice file, the least common directive topic, the last year."""

    def first(query: str) -> str:
        rows = list(store.ox.query(_PREFIXES + query, use_default_graph_as_union=True))
        if not rows:
            raise SystemExit(f"the store has nothing for: {query}")
        return rows[0][0].value

    person = first(  # a full name (three words) resolved across three notices
        f"SELECT ?n WHERE {{ GRAPH {_RESOLVED} {{ ?i a kl:ResolvedIdentity ; foaf:name ?n ; "
        'kl:mentionCount ?c FILTER(?c >= 3 && REGEX(?n, "^[^ ]+ [^ ]+ [^ ]+$")) } } ORDER BY ?c ?n LIMIT 1'
    )
    agency = first(  # a provincial Sở named up to 50 times
        f"SELECT ?l WHERE {{ GRAPH {_RESOLVED} {{ ?i a kl:ResolvedIdentity ; skos:prefLabel ?l ; "
        'kl:mentionCount ?c FILTER(?c <= 50 && STRSTARTS(?l, "Sở ") && CONTAINS(?l, " tỉnh ")) } } '
        "ORDER BY DESC(?c) ?l LIMIT 1"
    )
    topic = (
        first("SELECT ?t (COUNT(*) AS ?n) WHERE { ?d kl:topic ?t } GROUP BY ?t ORDER BY ?n ?t LIMIT 1")
        .rsplit("#", 1)[-1]
        .rsplit("/", 1)[-1]
    )
    notice = sorted(f for _, f, _ in store.notices())[0]
    year = first("SELECT (MAX(YEAR(?d)) AS ?y) WHERE { ?m kl:heldOn ?d }")
    return {
        "agency_assignments": {"agency": agency, "since": str(int(year) - 2)},
        "agency_posts_over_time": {"agency": agency},
        "directives_due_between": {"from": f"{year}-01-01", "to": f"{year}-03-31"},
        "notice_extraction": {"notice": notice},
        "person_profile": {"name": person},
        "search_directives": {"q": "kiểm định"},
        "units_assigned_topic": {"topic": topic},
    }


def cases(selective: dict[str, dict[str, str]]) -> list[tuple[str, str, dict[str, str]]]:
    out = []
    for name in query_names():
        if not any(p.required for p in load_query(name).params):
            out.append((name, "defaults", {}))
        if name in selective:
            out.append((name, "selective", selective[name]))
    return out


# -- timing -----------------------------------------------------------------------------------------------


def timed(run, runs: int) -> tuple[QueryResult | None, list[float], str | None]:  # noqa: ANN001
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        try:
            result = run()
        except Exception as e:  # noqa: BLE001 - reported in the table
            return result, times, f"{type(e).__name__}: {' '.join(str(e).split())[:200]}"
        times.append(time.perf_counter() - start)
    return result, times, None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True, help="an on-disk ketluan store (not changed)")
    parser.add_argument("--db", type=Path, required=True, help="folder for Virtuoso's database")
    parser.add_argument("--buffers", type=int, default=170_000, help="NumberOfBuffers (8 kB each)")
    parser.add_argument("--max-rows", type=int, default=100_000, help="Virtuoso's ResultSetMaxRows")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--reuse", action="store_true", help="--db already holds the pushed store")
    parser.add_argument("--only", nargs="*", help="only these queries")
    parser.add_argument("--param", nargs=2, action="append", default=[], metavar=("QUERY", "K=V"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    normalise = _comparison()
    print(f"Machine: {rb.machine()}", flush=True)
    figures: dict[str, object] = {"machine": rb.machine()}
    with Store.open(args.store) as store:
        quads = len(store.ox)
        selective = selective_params(store)
        for query, kv in args.param:
            key, _, value = kv.partition("=")
            selective.setdefault(query, {})[key] = value
        print(f"Store: {args.store} ({quads:,} quads); selective parameters: {selective}", flush=True)
        figures.update(store=str(args.store), quads=quads, params=selective)
        with virtuoso(args.db, args.buffers, args.max_rows, fresh=not args.reuse) as (remote, _):
            if not args.reuse:
                start = time.perf_counter()
                first = push_store(store, remote)
                push_s = time.perf_counter() - start
                print(f"push: {first} in {push_s:.1f} s", flush=True)
                start = time.perf_counter()
                again = push_store(store, remote)
                repush_s = time.perf_counter() - start
                print(f"re-push: {again} in {repush_s:.1f} s", flush=True)
                figures.update(
                    push={"graphs": first.pushed, "triples": first.triples, "s": push_s},
                    repush={"pushed": again.pushed, "unchanged": again.unchanged, "s": repush_s},
                )
            rows_out = []
            for name, kind, params in cases(selective):
                if args.only and name not in args.only:
                    continue
                q = load_query(name)
                local, local_t, local_err = timed(lambda: run_query(store, q, params), args.runs)  # noqa: B023
                far, far_t, far_err = timed(lambda: run_remote_query(remote, q, params), args.runs)  # noqa: B023
                same: object = None
                if local is not None and far is not None and not (local_err or far_err):
                    same = far.variables == local.variables and normalise(far, name) == normalise(local, name)
                row = {
                    "query": name,
                    "params": kind,
                    "values": params,
                    "oxigraph_ms": [round(t * 1000, 1) for t in local_t],
                    "virtuoso_ms": [round(t * 1000, 1) for t in far_t],
                    "rows_oxigraph": None if local is None else len(local),
                    "rows_virtuoso": None if far is None else len(far),
                    "same": same,
                    "error": local_err or far_err,
                    "truncated": far is not None and len(far) >= args.max_rows,
                }
                rows_out.append(row)
                print(json.dumps(row, ensure_ascii=False), flush=True)
            figures["queries"] = rows_out

    print()
    print(f"Machine: {figures['machine']}; {quads:,} quads; median of {args.runs} runs")
    print()
    print("| query | parameters | pyoxigraph ms | Virtuoso ms | ratio V/O | rows | same answers |")
    print("|---|---|---:|---:|---:|---:|---|")
    differ = False
    for row in figures["queries"]:  # type: ignore[union-attr]
        o = statistics.median(row["oxigraph_ms"]) if row["oxigraph_ms"] else None
        v = statistics.median(row["virtuoso_ms"]) if row["virtuoso_ms"] else None
        rows = (
            f"{row['rows_oxigraph']:,}"
            if row["rows_oxigraph"] == row["rows_virtuoso"]
            else f"{row['rows_oxigraph']} / {row['rows_virtuoso']}"
        )
        same = "yes" if row["same"] else ("**no**" if row["same"] is False else f"error: {row['error']}")
        if row["truncated"]:
            same += " (ResultSetMaxRows reached)"
        differ |= row["same"] is not True
        ratio = f"{v / o:.2f}" if o and v else ""
        print(
            f"| {row['query']} | {row['params']} | {o if o is None else f'{o:,.0f}'} | "
            f"{v if v is None else f'{v:,.0f}'} | {ratio} | {rows} | {same} |"
        )
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
