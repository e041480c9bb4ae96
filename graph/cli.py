"""ketluan's command line: thin wrappers over library functions a notebook can call too.

Exit codes:

- 0: success;
- 1: an error (store in use, unknown query or format, …: one line on stderr) or, for ``validate``, violations;
- 2: bad usage (unknown option, a path that does not exist);
- 3: ``ingest`` finished but rejected at least one file (the others were ingested).

Every ``--store`` option defaults to ``$KETLUAN_STORE``, else ``./ketluan-store``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from ketluan.graph.errors import GraphError
from ketluan.ingest.errors import IngestError

__all__ = ["app", "main"]

app = typer.Typer(
    name="ketluan",
    help="Vietnamese government meeting notices -> an RDF knowledge graph.",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,  # plain one-line errors, stable --help text
    pretty_exceptions_enable=False,
)

StoreOption = Annotated[
    Path | None,
    typer.Option(
        "--store",
        envvar="KETLUAN_STORE",
        help="Store folder (default: $KETLUAN_STORE, else ./ketluan-store).",
        show_default=False,
    ),
]

EndpointOption = Annotated[
    str | None,
    typer.Option(
        "--endpoint",
        envvar="KETLUAN_ENDPOINT",
        metavar="URL",
        help="Another SPARQL 1.1 server's query URL (Virtuoso: http://host:8890/sparql) to use instead of the "
        "store; log in with $KETLUAN_ENDPOINT_USER / $KETLUAN_ENDPOINT_PASSWORD.",
        show_default=False,
    ),
]

#: The headline questions `ketluan demo` answers: (heading, query name, parameters).
DEMO_QUESTIONS: tuple[tuple[str, str, dict[str, str]], ...] = (
    ("Units assigned calibration work (metrology)", "units_assigned_topic", {"topic": "metrology"}),
    ("Who chaired meetings across the years", "chairs_across_years", {}),
    ("Bodies named as absent, by locality", "absentees_by_locality", {}),
    ("Directives per agency and topic", "directives_by_agency_topic", {}),
)
SAMPLE_SUFFIXES = (".txt", ".md", ".html", ".docx", ".pdf")


def _fail(message: object, code: int = 1) -> typer.Exit:
    """Print ``Error: <one line>`` on stderr and return the `typer.Exit` to raise."""
    typer.echo(f"Error: {' '.join(str(message).split())}", err=True)
    return typer.Exit(code)


@contextmanager
def _boundary() -> Iterator[None]:
    """Turn library errors into one-line messages and exit 1 — never a traceback."""
    try:
        yield
    except (IngestError, GraphError) as e:
        _drop_frames(e)
        raise _fail(e) from None


def _drop_frames(error: BaseException | None) -> None:
    """Forget the tracebacks of ``error`` and its chain. Their frames hold the open store (pyoxigraph has no
    close(): the store is released, and its lock with it, when the last reference goes), and the exception
    outlives the command when it runs in-process (CliRunner, a notebook that keeps the last error)."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        error.__traceback__ = None
        error = error.__cause__ or error.__context__


@contextmanager
def _open_store(path: Path | None) -> Iterator[object]:
    from ketluan.graph.store import Store

    with _boundary():
        store = Store.open(path)
    try:
        yield store
    finally:
        store.close()


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Notice files or folders (.txt .md .html .docx .pdf).")],
    store: StoreOption = None,
    report: Annotated[
        Path | None, typer.Option("--report", help="Also write a JSON report (counts + one entry per file).")
    ] = None,
    max_mb: Annotated[
        float, typer.Option("--max-mb", help="Reject files larger than this many megabytes.", min=0.001)
    ] = 20.0,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Exit 3 when any file is rejected, even if others went in (default: only when none did).",
        ),
    ] = False,
    resolve: Annotated[
        bool,
        typer.Option(
            "--resolve/--no-resolve",
            help="Resolve persons and agencies across notices afterwards (only when something changed).",
        ),
    ] = True,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            min=1,
            help="Processes that parse notices (one writes the store); default: one per core. Used from "
            "64 files on.",
        ),
    ] = max(1, os.cpu_count() or 1),
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help="Parse notices on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786); this "
            "process reads the files and writes the store. Needs ketluan[dask] here and ketluan on the workers; "
            "--workers is then unused.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Ingest notices into the store; re-ingesting unchanged files changes nothing.

    Prints one line per rejected file and a summary. Then, if any notice was added or replaced, re-runs
    entity resolution across all notices (kli:graph/resolved). Exit 0 when the files went in (ingested,
    unchanged or replaced) — rejected ones are listed, and the others are in the store; 3 when files were
    rejected and none went in, or with --strict when any was rejected; 2 when a path does not exist.
    """
    from ketluan.graph.pipeline import ingest_paths

    for p in paths:
        if not p.exists():
            raise _fail(f"path {p} does not exist — check the spelling, or give a file or folder", code=2)

    import sys
    from contextlib import nullcontext

    from ketluan.graph.pipeline import connect_dask, iter_notice_files

    with _boundary():
        files = iter_notice_files(paths)
    # a progress bar on a terminal, for long runs; nothing extra when piped or in CI
    bar = None
    if sys.stderr.isatty() and len(files) > 1:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        bar = Progress(
            TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            console=Console(stderr=True), transient=True,
        )  # fmt: skip
        task = bar.add_task("ingest", total=len(files))

    def show(result) -> None:
        if result.status == "rejected":
            if bar is not None:
                bar.console.print(result.message, markup=False, highlight=False)
            else:
                typer.echo(result.message)
        if bar is not None:
            bar.advance(task)

    with _boundary():  # an unreachable scheduler stops here, before the store is opened
        cluster = connect_dask(dask) if dask is not None else nullcontext()
    with cluster as client, _open_store(store) as st, _boundary(), bar if bar is not None else nullcontext():
        summary = ingest_paths(
            files, st, on_result=show, max_bytes=int(max_mb * 1_000_000), workers=workers, dask=client
        )
        counts = summary.counts
        if resolve and (counts["ingested"] or counts["replaced"] or _stale(st)):
            _resolve(st)
    typer.echo(summary.line())  # last, so scripts can read it with tail -1
    if report is not None:
        try:
            report.write_text(json.dumps(summary.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
        except OSError as e:
            raise _fail(f"cannot write report {report}: {e.strerror or e}") from None
    if not summary.ok and (strict or not _anything_in(summary)):
        # a rejected file among good ones is reported, not fatal: a script (or `subprocess.run(check=True)`)
        # that stops on a non-zero exit would otherwise take a folder with one scanned PDF for a failed run
        raise typer.Exit(3)


def _anything_in(summary) -> bool:
    counts = summary.counts
    return bool(counts["ingested"] or counts["unchanged"] or counts["replaced"])


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="nquads, trig, turtle or jsonld.")] = "nquads",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Output file (default: stdout).")
    ] = None,
    store: StoreOption = None,
) -> None:
    """Export the store (N-Quads and TriG keep one named graph per notice; Turtle is the union)."""
    from ketluan.graph import export as exporters

    with _boundary():
        exporters.get(format)  # fail on an unknown format before opening the store
    with _open_store(store) as st, _boundary():
        if output is None:
            exporters.export(st, format, typer.get_binary_stream("stdout"))
        else:
            exporters.export(st, format, output)


@app.command()
def query(
    name: Annotated[str | None, typer.Argument(help="A named query (see --list) or a .rq file.")] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="A parameter as k=v; repeat for several.")
    ] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    list_: Annotated[bool, typer.Option("--list", help="List the named queries and exit.")] = False,
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Run a named SPARQL query (or a .rq file) over the union of all graphs (of the store, or of --endpoint)."""
    from ketluan.graph import queries

    if list_:
        with _boundary():
            listed = queries.list_queries()
            width = max((len(q.name) for q in listed), default=0)
            for q in listed:
                typer.echo(f"{q.name:<{width}}  {_first_line(q.title or q.description)}")
        return
    if name is None:
        raise _fail("give a query name or a .rq file (see `ketluan query --list`)", code=2)
    if format not in ("table", "csv", "json"):
        raise _fail(f"unknown output format {format!r} — use one of: table, csv, json", code=2)
    params: dict[str, str] = {}
    for spec in param or []:
        key, sep, value = spec.partition("=")
        if not sep or not key.strip():
            raise _fail(f"--param {spec!r} is not k=v — write e.g. --param topic=metrology", code=2)
        params[key.strip()] = value
    with _boundary():
        q = queries.load_query(name)
    if endpoint:
        from ketluan.graph.remote import Remote, run_remote_query

        with _boundary():
            result = run_remote_query(Remote.from_env(endpoint), q, params)
    else:
        with _open_store(store) as st, _boundary():
            result = queries.run_query(st, q, params)
    if format == "csv":
        typer.echo(queries.to_csv(result), nl=False)
    elif format == "json":
        typer.echo(queries.to_json(result), nl=False)
    else:
        _print_table(queries.format_table(result, title=q.title))


@app.command()
def search(
    text: Annotated[str | None, typer.Argument(help="The words to find in directive texts.")] = None,
    store: StoreOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Directives to show.")] = 20,
    format: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    reindex: Annotated[
        bool, typer.Option("--reindex", help="First rebuild the full-text index from the store.")
    ] = False,
) -> None:
    """Find directives whose text contains TEXT (ignoring case, either tone placement: hoà = hòa;
    diacritics must match; a substring, so "cân" also finds "cân đối"), through the full-text index."""
    import time

    if format not in ("text", "json"):
        raise _fail(f"unknown output format {format!r} — use one of: text, json", code=2)
    if text is None and not reindex:
        raise _fail("give the words to look for, e.g. ketluan search 'kiểm định'", code=2)
    with _open_store(store) as st, _boundary():
        started = time.perf_counter()
        index = st.text_index()
        done = st.text_sync
        if done is not None and done.rebuilt:
            typer.echo(
                f"built the text index of {done.notices:,} notices ({done.rebuilt}) in "
                f"{time.perf_counter() - started:.1f} s",
                err=True,
            )
        if reindex:
            started = time.perf_counter()
            n = st.rebuild_text_index()
            typer.echo(
                f"rebuilt the text index of {n:,} notices in {time.perf_counter() - started:.1f} s", err=True
            )
        if text is None:
            return
        hits, total = index.search(text, limit)
    if format == "json":
        rows = [
            {
                "directive": h.directive.iri,
                "text": h.directive.text,
                "match": [h.start, h.end],
                "agencies": [a for a in h.directive.agencies.split("; ") if a],
                "topics": [t for t in h.directive.topics.split("; ") if t],
                "due": h.directive.due,
                "meetingDate": h.directive.meeting_date,
                "province": h.notice.province,
                "sourceFile": h.notice.source_file,
                "notice": h.notice.graph,
            }
            for h in hits
        ]
        typer.echo(
            json.dumps({"query": text, "total": total, "directives": rows}, ensure_ascii=False, indent=1)
        )
        return
    typer.echo(f"{len(hits)} of {total:,} directives containing {text!r}")
    for h in hits:
        d = h.directive
        head = " · ".join(
            x for x in (d.meeting_date or "no date", h.notice.province, h.notice.source_file) if x
        )
        facts = " · ".join(
            x
            for x in (
                f"to: {d.agencies}" if d.agencies else "",
                f"topic: {d.topics}" if d.topics else "",
                f"due {d.due}" if d.due else "",
            )
            if x
        )
        typer.echo("")
        typer.echo(head)
        if facts:
            typer.echo(f"  {facts}")
        typer.echo(f"  {h.snippet()}")


def _first_line(text: str) -> str:
    return " ".join(text.split())


def _print_table(table: object) -> None:
    import sys

    from rich.console import Console

    # piped output has no terminal width: give long Vietnamese directive texts room instead of 80 columns
    Console(width=None if sys.stdout.isatty() else 200, soft_wrap=False).print(table)


@app.command()
def push(
    endpoint: Annotated[
        str,
        typer.Option(
            "--endpoint",
            envvar="KETLUAN_ENDPOINT",
            metavar="URL",
            help="The server's SPARQL query URL (Virtuoso: http://host:8890/sparql; Fuseki: http://host:3030/ds).",
            show_default=False,
        ),
    ],
    gsp: Annotated[
        str | None,
        typer.Option(
            "--gsp",
            envvar="KETLUAN_ENDPOINT_GSP",
            metavar="URL",
            help="Its Graph Store Protocol URL, when not the query URL (Virtuoso: http://host:8890/"
            "sparql-graph-crud-auth; Fuseki: http://host:3030/ds/data).",
            show_default=False,
        ),
    ] = None,
    auth: Annotated[
        str | None,
        typer.Option(
            "--auth",
            envvar="KETLUAN_ENDPOINT_AUTH",
            help="auto, basic or digest: how to send $KETLUAN_ENDPOINT_USER / $KETLUAN_ENDPOINT_PASSWORD "
            "(auto: what the server asks for).",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Send every graph, changed or not.")] = False,
    store: StoreOption = None,
) -> None:
    """Copy the store into another SPARQL 1.1 server (Graph Store Protocol; one named graph per notice)."""
    from ketluan.graph.push import push_store
    from ketluan.graph.remote import Remote

    with _boundary():
        remote = Remote.from_env(endpoint, gsp_url=gsp, auth=auth)
    with _open_store(store) as st, _boundary():
        summary = push_store(st, remote, force=force)
    typer.echo(str(summary))


@app.command()
def validate(
    store: StoreOption = None,
    reason: Annotated[
        bool,
        typer.Option(
            "--reason",
            help="Also check OWL consistency with HermiT, one notice at a time (needs Java).",
        ),
    ] = False,
    notice: Annotated[
        list[str] | None,
        typer.Option(
            "--notice", help="With --reason: only this notice (file name or IRI); repeat for several."
        ),
    ] = None,
    max_individuals: Annotated[
        int,
        typer.Option(
            "--max-individuals",
            help="With --reason: refuse a notice's slice above this many individuals (HermiT is superlinear).",
        ),
    ] = 2000,
) -> None:
    """Check the store against the SHACL shapes (and, with --reason, OWL consistency); exit 1 on problems."""
    from ketluan.graph.validate import format_report, validate_graph

    failed = False
    with _open_store(store) as st, _boundary():
        n_notices, n_quads = len(st.notices()), len(st)
        report = validate_graph(st.rdflib_dataset())
        if report.conforms:
            warnings = len(report.violations) - len(report.errors)
            extra = f", {warnings} warnings" if warnings else ""
            typer.echo(f"conforms: {n_notices} notices, {n_quads} triples, 0 violations{extra}")
        else:
            typer.echo(format_report(report))
            failed = True
        if reason:
            from ketluan.graph.reason import format_reason_report, reason_store

            owl = reason_store(st, notices=notice or None, max_individuals=max_individuals)
            for line in format_reason_report(owl):
                typer.echo(line)
            failed = failed or not owl.consistent
    if failed:
        raise typer.Exit(1)


@app.command()
def remove(
    notice_file_name: Annotated[
        str, typer.Argument(help="The notice's file name as ingested (kl:sourceFile).")
    ],
    store: StoreOption = None,
) -> None:
    """Remove one notice (its whole named graph) from the store."""
    with _open_store(store) as st, _boundary():
        iri = st.remove_notice(notice_file_name)
        typer.echo(f"removed {Path(notice_file_name).name} ({iri})")
        _resolve(st)


def _stale(st: object) -> bool:
    """The resolution was not computed from what is stored now (an earlier ingest was killed before it)."""
    from ketluan.graph.resolution import needs_resolution

    return needs_resolution(st)  # type: ignore[arg-type]


def _resolve(st: object, judgements: Path | None = None) -> None:
    from ketluan.graph.resolution import resolve_store

    typer.echo(resolve_store(st, judgements).line())  # type: ignore[arg-type]


JudgementsOption = Annotated[
    Path | None,
    typer.Option(
        "--judgements",
        help="Judgements file (default: judgements.csv in the store folder).",
        show_default=False,
    ),
]


@app.command("resolve")
def resolve_cmd(
    store: StoreOption = None,
    judgements: JudgementsOption = None,
    rebuild_index: Annotated[
        bool,
        typer.Option("--rebuild-index", help="First recompute the mention index from the notice graphs."),
    ] = False,
) -> None:
    """Re-run entity resolution across all notices (ingest and remove do it for you)."""
    with _open_store(store) as st, _boundary():
        if rebuild_index:
            typer.echo(f"rebuilt the mention index of {st.rebuild_mention_index()} notices")
        _resolve(st, judgements)


@app.command()
def check(store: StoreOption = None) -> None:
    """Verify the store: every notice graph whole, the mention index and the resolution in step; exit 1 if not."""
    from ketluan.graph.check import check_store

    with _open_store(store) as st, _boundary():
        report = check_store(st)
    for problem in report.problems:
        typer.echo(problem)
    typer.echo(report.line())
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def explain(
    what: Annotated[
        str, typer.Argument(help="An IRI (kli:person/…, full, canonical or per-notice) or a name.")
    ],
    store: StoreOption = None,
    judgements: JudgementsOption = None,
) -> None:
    """Say why the nodes of a person or agency were merged, and what look-alikes were kept apart."""
    from ketluan.graph.explain import explain as explain_lines
    from ketluan.graph.judgements import judgements_path, read_judgements
    from ketluan.graph.resolve import resolve as run_resolve

    with _open_store(store) as st, _boundary():
        found = read_judgements(judgements or judgements_path(st.path))
        res = run_resolve(st.mentions(), found)
        lines = explain_lines(res, what)
    for line in lines:
        typer.echo(line)
    if lines and lines[0].startswith("nothing in the store"):
        raise typer.Exit(1)


def _judge(kind: str, a: str, b: str, note: str, store: Path | None, judgements: Path | None) -> None:
    from ketluan.graph.explain import expand_iri, find_identities
    from ketluan.graph.judgements import add_judgement, judgements_path, read_judgements
    from ketluan.graph.resolve import resolve as run_resolve

    with _open_store(store) as st, _boundary():
        path = judgements or judgements_path(st.path)
        res = run_resolve(st.mentions(), read_judgements(path))
        nodes = []
        for arg in (a, b):
            iri = expand_iri(arg)
            if iri in res.person_of or iri in res.agency_of:
                nodes.append(iri)
                continue
            found = find_identities(res, arg)
            if len(found) != 1:
                names = "; ".join(f"{f.iri}" for f in found[:5])
                raise _fail(
                    f"{arg!r} names {len(found)} identities{': ' + names if names else ''} — "
                    "give one IRI (see `ketluan explain`)"
                )
            if not found[0].members:
                raise _fail(f"{arg!r} is an implied body that no notice names — nothing to {kind}")
            nodes.append(found[0].members[0])
        kinds = {n in res.person_of for n in nodes}
        if len(kinds) != 1:
            raise _fail("one of the two is a person and the other an agency — they cannot be judged together")
        if nodes[0] == nodes[1]:
            raise _fail(f"{a} and {b} are the same node")
        if kind == "different" and nodes[0] in res.agency_of:
            raise _fail(
                "agencies are split by their names and places; edit the names instead "
                "(a split is only supported for persons)"
            )
        j = add_judgement(path, kind, nodes[0], nodes[1], note)
        typer.echo(f"judged {j.kind}: {j.left} / {j.right} (saved in {path})")
        _resolve(st, path)


@app.command()
def merge(
    a: Annotated[str, typer.Argument(help="A person or agency: IRI (canonical or per-notice) or full name.")],
    b: Annotated[str, typer.Argument(help="The other one.")],
    note: Annotated[str, typer.Option("--note", help="Why (kept in the judgements file).")] = "",
    store: StoreOption = None,
    judgements: JudgementsOption = None,
) -> None:
    """Say that two persons (or agencies) are the same; kept in the judgements file and applied on every run."""
    _judge("same", a, b, note, store, judgements)


@app.command()
def split(
    a: Annotated[str, typer.Argument(help="A person: IRI (canonical or per-notice) or full name.")],
    b: Annotated[str, typer.Argument(help="The other one.")],
    note: Annotated[str, typer.Option("--note", help="Why (kept in the judgements file).")] = "",
    store: StoreOption = None,
    judgements: JudgementsOption = None,
) -> None:
    """Say that two person mentions are different people; no rule will merge them again."""
    _judge("different", a, b, note, store, judgements)


@app.command()
def demo(store: StoreOption = None) -> None:
    """Ingest the bundled sample notices and answer the headline questions with the named queries."""
    from ketluan.graph import queries
    from ketluan.graph.pipeline import ingest_paths

    samples = resources.files("ketluan.ingest.samples")
    with resources.as_file(samples) as folder:
        files = sorted(
            p
            for p in Path(folder).iterdir()
            if p.suffix.lower() in SAMPLE_SUFFIXES and p.stem.upper() != "README"
        )
        if not files:
            raise _fail("no bundled sample notices found — reinstall ketluan (pip install -e .)")
        with _open_store(store) as st:
            with _boundary():
                summary = ingest_paths(
                    files, st, on_result=lambda r: r.status == "rejected" and typer.echo(r.message)
                )
            typer.echo(f"samples: {summary.line()} (store {st.path})")
            for heading, name, params in DEMO_QUESTIONS:
                typer.echo("")
                typer.echo(f"== {heading} ==")
                try:
                    result = queries.run_query(st.ox, queries.load_query(name), params)
                except (GraphError, IngestError) as e:
                    typer.echo(f"(not available: {' '.join(str(e).split())})")
                    continue
                if len(result) == 0:
                    typer.echo("(no answers in the samples)")
                else:
                    _print_table(queries.format_table(result))
    if not summary.ok:
        # a bundled sample that does not go in means a broken install: say so with the ingest exit code
        raise typer.Exit(3)


@app.command()
def serve(
    store: StoreOption = None,
    endpoint: EndpointOption = None,
    host: Annotated[
        str,
        typer.Option("--host", envvar="KETLUAN_HOST", help="Interface to listen on (0.0.0.0: the network)."),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", envvar="KETLUAN_PORT", help="TCP port.")] = 8000,
    query_timeout: Annotated[
        float,
        typer.Option(
            "--query-timeout",
            envvar="KETLUAN_QUERY_TIMEOUT",
            help="Seconds a query may run before it is stopped and answered 503.",
        ),
    ] = 30.0,
    workers: Annotated[
        int, typer.Option("--workers", envvar="KETLUAN_WORKERS", help="Query worker processes.")
    ] = 2,
    allow_update: Annotated[
        bool,
        typer.Option(
            "--allow-update",
            envvar="KETLUAN_ALLOW_UPDATE",
            help="Accept SPARQL Update and Graph Store writes carrying 'Authorization: Bearer "
            "$KETLUAN_UPDATE_TOKEN' (holds the store's write lock).",
        ),
    ] = False,
    setting: Annotated[
        list[str] | None,
        typer.Option(
            "--setting",
            metavar="NAME=VALUE",
            help="Any other setting (see --help-settings), e.g. --setting max_result_bytes=1000000; repeat "
            "for several.",
        ),
    ] = None,
    get: Annotated[
        str | None,
        typer.Option(
            "--get",
            metavar="PATH",
            help="Make one in-process GET request (e.g. '/sparql?query=…'), print the body and exit "
            "(exit 1 on an error status). No socket is opened.",
        ),
    ] = None,
    help_settings: Annotated[
        bool, typer.Option("--help-settings", help="List every setting with its default and exit.")
    ] = False,
) -> None:
    """Serve the store as a SPARQL 1.1 endpoint (with its web pages) over HTTP; read-only by default."""
    import os

    from ketluan.graph.endpoint.settings import Settings, format_settings_help

    if help_settings:
        typer.echo(format_settings_help(), nl=False)
        return
    overrides: dict[str, str] = {}
    for spec in setting or []:
        name, sep, value = spec.partition("=")
        if not sep or not name.strip():
            raise _fail(
                f"--setting {spec!r} is not NAME=VALUE — e.g. --setting max_result_bytes=1000000", code=2
            )
        overrides[name.strip()] = value.strip()
    with _boundary():
        settings = Settings(
            store=store or _default_store(),
            endpoint=endpoint or None,
            host=host,
            port=port,
            query_timeout_s=query_timeout,
            workers=workers,
            allow_update=allow_update,
            update_token=os.environ.get("KETLUAN_UPDATE_TOKEN") or None,
        ).with_overrides(overrides)
    if get is not None:
        _serve_get(settings, get)
        return
    _serve_run(settings)


def _default_store() -> Path:
    from ketluan.graph.store import default_store_path

    return default_store_path()


def _serve_get(settings: object, path: str) -> None:
    """``serve --get``: one request through the app in this process; the body on stdout."""
    import sys

    from ketluan.graph.endpoint.app import get as get_in_process

    if not path.startswith("/"):
        raise _fail(f"--get takes a path starting with /, e.g. '/sparql?query=ASK{{}}', not {path!r}", code=2)
    with _boundary():
        status, _media, body = get_in_process(settings, path)  # type: ignore[arg-type]
    sys.stdout.buffer.write(body)
    sys.stdout.flush()
    if status >= 400:
        raise typer.Exit(1)


def _serve_run(settings: object) -> None:
    """``serve``: check the store, set up the JSON access log, run uvicorn until SIGINT/SIGTERM."""
    import logging
    import sys

    from ketluan.graph.endpoint.app import ACCESS_LOG, executor_for, run

    with _boundary():
        executor_for(settings).check_store()  # a clear message before uvicorn starts
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    ACCESS_LOG.addHandler(handler)
    ACCESS_LOG.setLevel(logging.INFO)
    ACCESS_LOG.propagate = False
    mode = "read-write (token required)" if settings.allow_update else "read-only"  # type: ignore[attr-defined]
    if settings.endpoint:  # type: ignore[attr-defined]
        typer.echo(
            f"ketluan serve: http://{settings.host}:{settings.port}/sparql — forwarding to "  # type: ignore[attr-defined]
            f"{settings.endpoint}, read-only, query timeout {settings.query_timeout_s:g} s",  # type: ignore[attr-defined]
            err=True,
        )
    else:
        typer.echo(
            f"ketluan serve: http://{settings.host}:{settings.port}/sparql — store {settings.store}, "  # type: ignore[attr-defined]
            f"{settings.workers} query workers, {mode}, query timeout {settings.query_timeout_s:g} s",  # type: ignore[attr-defined]
            err=True,
        )
    with _boundary():
        run(settings)  # type: ignore[arg-type]


@app.command()
def viz(
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The HTML file to write (self-contained, offline).")
    ],
    store: StoreOption = None,
    province: Annotated[
        str | None, typer.Option(help="Keep notices of this province (e.g. 'Vĩnh Long').")
    ] = None,
    year_from: Annotated[
        int | None, typer.Option("--year-from", help="Keep meetings from this year on.")
    ] = None,
    year_to: Annotated[int | None, typer.Option("--year-to", help="Keep meetings up to this year.")] = None,
    topic: Annotated[
        str | None, typer.Option(help="Keep directives on this topic (label or notation).")
    ] = None,
    agency: Annotated[
        str | None, typer.Option(help="Keep meetings and directives involving this agency.")
    ] = None,
    person: Annotated[str | None, typer.Option(help="Keep meetings this person chaired or attended.")] = None,
    focus: Annotated[
        str | None, typer.Option(help="An ego view: the person or agency of this name and its neighbourhood.")
    ] = None,
    depth: Annotated[int, typer.Option(min=1, max=6, help="Hops around --focus.")] = 2,
    max_nodes: Annotated[
        int, typer.Option("--max-nodes", min=10, help="Above this many nodes the view is aggregated.")
    ] = 1500,
    physics: Annotated[bool, typer.Option(help="Let the layout move (vis-network physics).")] = False,
) -> None:
    """Draw the graph (officials, agencies, meetings, directives, topics) as an interactive HTML page."""
    from ketluan.graph.viz import viz_command

    with _boundary():
        summary = viz_command(
            store or _default_store(),
            output,
            province=province,
            year_from=year_from,
            year_to=year_to,
            topic=topic,
            agency=agency,
            person=person,
            focus=focus,
            depth=depth,
            max_nodes=max_nodes,
            physics=physics,
        )
    for line in summary.lines():
        typer.echo(line)


@app.command()
def analytics(
    store: StoreOption = None,
    province: Annotated[str | None, typer.Option(help="Keep notices of this province.")] = None,
    year_from: Annotated[
        int | None, typer.Option("--year-from", help="Keep meetings from this year on.")
    ] = None,
    year_to: Annotated[int | None, typer.Option("--year-to", help="Keep meetings up to this year.")] = None,
    topic: Annotated[str | None, typer.Option(help="Keep directives on this topic.")] = None,
    agency: Annotated[
        str | None, typer.Option(help="Keep meetings and directives involving this agency.")
    ] = None,
    top: Annotated[int, typer.Option(min=1, help="Rows per table.")] = 10,
) -> None:
    """Rankings, central officials and bodies, communities and directive load (networkx)."""
    from ketluan.graph.analytics import analytics_report
    from ketluan.graph.graph_model import Filters

    if year_from is not None and year_to is not None and year_from > year_to:
        raise _fail(f"--year-from {year_from} is after --year-to {year_to}", code=2)
    path = store or _default_store()
    if not Path(path).is_dir():
        raise _fail(f"no store at {path} — ingest notices first (ketluan ingest PATH --store {path})")
    with _open_store(path) as st, _boundary():
        lines = analytics_report(st, Filters(province, year_from, year_to, topic, agency, None), top=top)
    for line in lines:
        typer.echo(line)


@app.command()
def synth(
    output: Annotated[Path, typer.Option("--output", "-o", help="An empty or new folder to write into.")],
    n: Annotated[int, typer.Option("--n", min=1, help="How many notices.")] = 100,
    seed: Annotated[int, typer.Option(help="The same seed gives the same notices.")] = 1,
) -> None:
    """Write N synthetic notices (clearly marked as such) with their gold answers, for tests and benchmarks."""
    from ketluan.ingest.synth import write_corpus

    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise _fail(f"{output} is not an empty folder — synth writes only into a new or empty one", code=2)
    try:
        summary = write_corpus(output, n, seed)
    except OSError as e:
        raise _fail(f"{output}: {e.strerror or e}") from None
    layouts = ", ".join(f"{k} {v}" for k, v in sorted(summary.layouts.items()))
    formats = ", ".join(f"{k} {v}" for k, v in sorted(summary.formats.items()))
    typer.echo(
        f"wrote {summary.n:,} synthetic notices to {summary.out_dir} (seed {summary.seed}) in "
        f"{summary.seconds:.1f} s: {summary.provinces} provinces, {summary.persons:,} officials, "
        f"{summary.first_date} – {summary.last_date}"
    )
    typer.echo(f"layouts: {layouts}; formats: {formats}; gold answers in {summary.out_dir / 'gold'}")


def main() -> None:  # pragma: no cover - the console script
    app(prog_name="ketluan")


if __name__ == "__main__":  # pragma: no cover - python -m ketluan.graph.cli
    main()
