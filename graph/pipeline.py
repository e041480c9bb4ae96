"""The ingest pipeline: files and folders -> read -> parse -> store, one notice at a time.

    >>> from ketluan.graph.pipeline import ingest_paths
    >>> from ketluan.graph.store import Store
    >>> with Store.open("ketluan-store") as store:                      # doctest: +SKIP
    ...     summary = ingest_paths(["notices/"], store, on_result=print)
    >>> summary.counts                                                  # doctest: +SKIP
    {'ingested': 5, 'unchanged': 0, 'replaced': 0, 'rejected': 1}

It never stops on a bad file: every file ends as ``ingested``, ``unchanged``, ``replaced`` or ``rejected`` (with
a one-line reason). Folders are walked recursively for `NOTICE_SUFFIXES` (plus `REJECTED_SUFFIXES`, document
formats we cannot read, so that they are reported instead of silently skipped). A file named explicitly is
always tried, whatever its suffix.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ketluan.graph.errors import GraphError
from ketluan.ingest.errors import IngestError

if TYPE_CHECKING:
    from distributed import Client, Future

    from ketluan.graph.store import PreparedNotice, Store
    from ketluan.ingest.records import Notice

__all__ = [
    "DASK_WINDOW",
    "NOTICE_SUFFIXES",
    "REJECTED_SUFFIXES",
    "STATUSES",
    "FileResult",
    "IngestSummary",
    "connect_dask",
    "ingest_paths",
    "iter_notice_files",
    "parse_notice",
    "read_notice",
]

#: Suffixes picked up when walking a folder (the readers handle these).
NOTICE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".docx", ".pdf"})
#: Document suffixes picked up when walking a folder although no reader handles them: reported as rejected.
REJECTED_SUFFIXES = frozenset({".doc", ".rtf", ".odt"})
#: The possible outcomes of one file.
STATUSES = ("ingested", "unchanged", "replaced", "rejected")


def read_notice(path: str | os.PathLike[str], max_bytes: int | None = None, data: bytes | None = None) -> Any:
    """`ketluan.ingest.readers.read_notice` (imported on first use, so ``ketluan --help`` stays fast).

    With ``data``, the file's content already read (on a Dask worker, which may not see the file), the same
    readers run on it (`read_notice_bytes`); ``path`` then only names the file and picks the reader by suffix.
    """
    from ketluan.ingest.readers import DEFAULT_MAX_BYTES, read_notice_bytes
    from ketluan.ingest.readers import read_notice as _read_notice

    if data is not None:
        return read_notice_bytes(data, str(path), max_bytes=max_bytes or DEFAULT_MAX_BYTES)
    return _read_notice(path, max_bytes=max_bytes or DEFAULT_MAX_BYTES)


def parse_notice(text: str, source_file: str) -> Notice:
    """`ketluan.ingest.extract.parse_notice` (imported on first use)."""
    from ketluan.ingest.extract import parse_notice as _parse_notice

    return _parse_notice(text, source_file)


@dataclass(slots=True)
class FileResult:
    """What became of one file: ``status`` is one of `STATUSES`; ``reason`` is set when rejected."""

    path: str
    status: str
    reason: str | None = None
    notice: str | None = None  # the notice IRI, when stored

    @property
    def name(self) -> str:
        return Path(self.path).name

    @property
    def message(self) -> str:
        """One line: ``ingested 001.txt`` or ``rejected 003.doc: E107 legacy Word .doc — save it as .docx``."""
        if self.reason is None:
            return f"{self.status} {self.name}"
        # IngestError messages already start with the file name ("003.doc: …", "tb.txt:12: …")
        reason = self.reason if self.reason.startswith(self.name + ":") else f"{self.name}: {self.reason}"
        return f"{self.status} {reason}"


@dataclass(slots=True)
class IngestSummary:
    results: list[FileResult] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for r in self.results:
            counts[r.status] += 1
        return counts

    @property
    def rejected(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "rejected"]

    @property
    def ok(self) -> bool:
        """True when no file was rejected."""
        return not self.rejected

    def line(self) -> str:
        """``5 ingested, 0 unchanged, 0 replaced, 1 rejected``."""
        return ", ".join(f"{n} {status}" for status, n in self.counts.items())

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: the counts and one entry per file (for ``ketluan ingest --report``)."""
        return {"counts": self.counts, "files": [asdict(r) for r in self.results]}


def _walk(folder: Path) -> Iterator[Path]:
    wanted = NOTICE_SUFFIXES | REJECTED_SUFFIXES
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            # a folder's README describes the notices beside it; it is not one of them
            if (
                not name.startswith(".")
                and Path(name).suffix.lower() in wanted
                and Path(name).stem.upper() != "README"
            ):
                yield Path(root) / name


def iter_notice_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files to ingest, in order and without duplicates: files as given, folders walked recursively.

    Raises `IngestError` (E102) for a path that does not exist, before anything is ingested.
    """
    out: dict[Path, None] = {}
    for p in map(Path, paths):
        if p.is_dir():
            for f in _walk(p):
                out.setdefault(f, None)
        elif p.exists():
            out.setdefault(p, None)
        else:
            raise IngestError(p, "no such file or folder", "check the path", code="E102")
    return list(out)


def ingest_paths(
    paths: Iterable[str | os.PathLike[str]],
    store: Store,
    on_result: Callable[[FileResult], None] | None = None,
    *,
    max_bytes: int | None = None,
    workers: int = 1,
    dask: str | Client | None = None,
    dask_window: int | None = None,
) -> IngestSummary:
    """Ingest files and folders into ``store``; call ``on_result`` for each file; never stop on a bad file.

    Notices are written in batches by `Store.add_notices`, each notice whole, so an interrupted run leaves only
    complete notices behind; ``on_result`` is called for a file once its batch is written. A file over
    ``max_bytes`` (default 20 MB) is rejected unread. Files are parsed in ``workers`` processes when there
    are many (``ketluan ingest`` uses one per core; the library default, 1, parses here, because worker
    processes re-import the caller's ``__main__``: a script needs the ``if __name__ == "__main__":`` guard).
    Notices are written here, in order.

    With ``dask`` (a scheduler address such as ``"tcp://scheduler:8786"``, or a connected
    ``distributed.Client``), files are parsed on that Dask cluster instead and ``workers`` is unused: this
    process reads each file and sends its bytes (the cluster's workers need not see the files), at most
    ``dask_window`` files at a time (default `DASK_WINDOW`), and still writes every notice itself, in order.
    An address is connected to with `connect_dask` (which raises `GraphError` when it cannot be reached).
    """
    summary = IngestSummary()
    files = iter_notice_files(paths)
    if dask is None:
        extracted = _extracted(files, max_bytes, workers)
    else:
        extracted = _extracted_on_dask(files, max_bytes, dask, dask_window or DASK_WINDOW)
    # notices are written in batches (`Store.add_notices`: one write for the batch's new notices instead of one
    # transaction each), and a file is reported only once its batch is written: a killed ingest loses the
    # batch in hand, never a notice it reported as ingested
    batch: list[tuple[Path, PreparedNotice | FileResult]] = []
    quads = 0
    started = 0.0
    for path, extracted_one in extracted:
        if not batch:
            started = time.monotonic()
        batch.append((path, extracted_one))
        if not isinstance(extracted_one, FileResult):
            quads += extracted_one.quads
        if (
            len(batch) >= WRITE_BATCH
            or quads >= WRITE_BATCH_QUADS
            or time.monotonic() - started >= WRITE_BATCH_SECONDS
        ):
            _write_batch(batch, store, summary, on_result)
            batch, quads = [], 0
    _write_batch(batch, store, summary, on_result)
    return summary


def _write_batch(
    batch: list[tuple[Path, PreparedNotice | FileResult]],
    store: Store,
    summary: IngestSummary,
    on_result: Callable[[FileResult], None] | None,
) -> None:
    """Write the batch's notices, then record and report every file of the batch, in order."""
    for result in _store_notices(batch, store):
        summary.results.append(result)
        if on_result is not None:
            on_result(result)


#: Below this many files, extraction runs in this process (starting workers costs ~1 s each).
PARALLEL_MIN_FILES = 64
#: Files in flight per local parsing process: enough to keep it busy while this process writes, few enough
#: that parsed notices waiting for the writer stay a few MB.
LOCAL_WINDOW_PER_WORKER = 8
#: A batch of parsed notices is written when it holds this many files, or `WRITE_BATCH_QUADS` quads, or its
#: first file waited `WRITE_BATCH_SECONDS`: ~100 notices make the bulk loader's fixed cost per write small
#: (~0.3 ms per notice) and cost ~12 MB of N-Quads in hand; the time bound keeps a slow trickle of files
#: (a busy Dask cluster) reported within seconds.
WRITE_BATCH = 100
WRITE_BATCH_QUADS = 60_000
WRITE_BATCH_SECONDS = 2.0
#: Files in flight on a Dask cluster at once: each holds its bytes here and on a worker until it is written,
#: so memory stays bounded (64 x 20 MB at worst, a few MB for ordinary notices) on 100k-file folders, and 64
#: tasks keep a few dozen worker threads busy while this process writes.
DASK_WINDOW = 64


def _rejected_by_bug(path: Path, error: Exception) -> FileResult:
    """A bug (ours or a library's) on one file: that file's one-line rejection, so the batch goes on."""
    detail = " ".join(f"{type(error).__name__}: {error}".split())
    return FileResult(str(path), "rejected", f"internal error ({detail}) — please report it with this file")


def _extract(path: Path, max_bytes: int | None, data: bytes | None = None) -> PreparedNotice | FileResult:
    """Read and parse one file and prepare it for the store (`prepare_notice`: its quads as N-Quads, its
    full-text and mention-index entries), in a worker process when there are several: all of it is CPU work
    on one file, and the store has one writer. A failure becomes its result.

    ``data`` is the file's content when it was read elsewhere (sent to a Dask worker): the same readers and
    the same messages, without opening ``path``.
    """
    try:
        from ketluan.graph.store import prepare_notice

        source = read_notice(path, max_bytes, data)
        return prepare_notice(parse_notice(source.text, Path(source.source_file).name))
    except IngestError as e:
        return FileResult(str(path), "rejected", " ".join(str(e).split()))
    except Exception as e:  # noqa: BLE001 — a bug in one extractor must not stop the batch
        return _rejected_by_bug(path, e)


def _exit_with_parent(parent: int) -> None:
    """In a parsing process: exit as soon as the ingesting process is gone (killed, or stopped by Ctrl-C).

    Without this the pool's idle workers outlive a killed parent, blocked on its pipe for ever.
    """
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _start_parsing_process(parent: int) -> None:
    """A parsing process's start: watch the parent (`_exit_with_parent`), then parse the bundled samples once
    and freeze what is alive into the collector's permanent generation.

    The rules' tables, gazetteers and caches are ~100k long-lived objects that every full collection would
    walk again (a full collection every ~25 notices, ~40 ms each); frozen, they are skipped: ~10 % less CPU per
    notice in `bench/extract_bench.py`-style passes. Only in these processes, which hold nothing of a user's:
    frozen objects are never collected, which would be wrong in a user's notebook or a Dask worker.
    """
    import gc
    from importlib import resources

    _exit_with_parent(parent)
    with resources.as_file(resources.files("ketluan.ingest.samples")) as folder:
        for sample in iter_notice_files([folder]):
            _extract(sample, None)  # never raises: a failure is its result
    gc.collect()
    gc.freeze()


def _extracted(
    files: list[Path], max_bytes: int | None, workers: int
) -> Iterator[tuple[Path, PreparedNotice | FileResult]]:
    """Each file with its parsed notice (or rejection), in order. Parsing runs in ``workers`` processes
    while this process writes: extraction is pure CPU work on one file, and the store has one writer.
    Small batches, or ``workers=1``, parse here."""
    n = workers
    if n <= 1 or len(files) < PARALLEL_MIN_FILES:
        for path in files:
            yield path, _extract(path, max_bytes)
        return
    import concurrent.futures
    import multiprocessing as mp

    # "spawn": the workers start clean, without this process's open store or threads. At most
    # ``n * LOCAL_WINDOW_PER_WORKER + WRITE_BATCH`` files are in flight: when the writer is slower than the
    # parsers, parsed notices would otherwise queue up here (``pool.map`` submits every file at once); and the
    # parsers have a batch's worth of files to work on while this process writes the previous batch.
    spawn = mp.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=n, mp_context=spawn, initializer=_start_parsing_process, initargs=(os.getpid(),)
    ) as pool:
        yield from _in_order(
            files,
            lambda path: pool.submit(_extract, path, max_bytes),
            lambda path, future: (path, future.result()),
            n * LOCAL_WINDOW_PER_WORKER + WRITE_BATCH,
        )


def _in_order(
    files: list[Path],
    submit: Callable[[Path], Any],
    collect: Callable[[Path, Any], tuple[Path, PreparedNotice | FileResult]],
    window: int,
) -> Iterator[tuple[Path, PreparedNotice | FileResult]]:
    """``collect(path, submit(path))`` for each file, in input order, with at most ``window`` files submitted
    and not yet collected: the next file is submitted only when the oldest one's result has been handed on."""
    pending: deque[tuple[Path, Any]] = deque()
    for path in files:
        pending.append((path, submit(path)))
        if len(pending) >= window:
            yield collect(*pending.popleft())
    while pending:
        yield collect(*pending.popleft())


# --------------------------------------------------------------------------- Dask


def connect_dask(address: str) -> Client:
    """A ``distributed.Client`` connected to the scheduler at ``address``, with at least one worker.

    Raises `GraphError` with one line naming the address — bad address, scheduler unreachable within
    ``distributed.comm.timeouts.connect`` (30 s by default; ``DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT``), no
    worker within that time, or distributed not installed — so that the caller can stop before writing.
    """
    try:
        import dask.config
        from distributed import Client
        from distributed.comm import get_address_host_port
    except ImportError:
        raise GraphError(
            'ingest on a Dask cluster needs the distributed package: pip install "ketluan[dask]"'
        ) from None
    try:
        # checked first: a Client that fails on a malformed address prints a traceback when collected
        get_address_host_port(address)
    except ValueError as e:
        raise GraphError(
            f"bad Dask scheduler address {address!r} ({e}) — give it as tcp://HOST:PORT"
        ) from None
    timeout = dask.config.get("distributed.comm.timeouts.connect")
    try:
        client = Client(address, set_as_default=False, timeout=timeout)
    except (OSError, TimeoutError) as e:
        raise GraphError(
            f"cannot reach the Dask scheduler at {address} ({e}) — start it with `dask scheduler`, "
            "or check the address and port"
        ) from None
    try:
        client.wait_for_workers(1, timeout=timeout)
    except (OSError, TimeoutError):
        client.close()
        raise GraphError(
            f"the Dask scheduler at {address} has no workers — start some with `dask worker {address}`"
        ) from None
    return client


def _read_here(path: Path, max_bytes: int | None) -> bytes | None:
    """The file's bytes to send to a worker, or None when it cannot be read here or is over the limit:
    `_extract` then rejects it here, unread, with the same message as a local ingest."""
    from ketluan.ingest.readers import DEFAULT_MAX_BYTES

    limit = max_bytes or DEFAULT_MAX_BYTES
    try:
        if not path.is_file() or path.stat().st_size > limit:
            return None
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError:
        return None
    return data if len(data) <= limit else None


def _extracted_on_dask(
    files: list[Path], max_bytes: int | None, dask: str | Client, window: int
) -> Iterator[tuple[Path, PreparedNotice | FileResult]]:
    """Each file with its parsed notice (or rejection), in order, parsed on a Dask cluster.

    At most ``window`` files are in flight: the next file is read and submitted only when the oldest one's
    result has been handed on, so a 100k-file folder never sits in memory. Results come back in input
    order, which is the order the store is written in (the same store as a sequential ingest).
    """
    if isinstance(dask, str):
        with connect_dask(dask) as client:
            yield from _extracted_on_dask(files, max_bytes, client, window)
        return
    client = dask
    address = client.scheduler.address  # kept: the client forgets it when the scheduler goes away
    yield from _in_order(
        files,
        lambda path: _submit(client, address, path, max_bytes),
        lambda path, task: _collect(client, address, path, task),
        window,
    )


def _submit(
    client: Client, address: str, path: Path, max_bytes: int | None
) -> Future | PreparedNotice | FileResult:
    """Send the file's bytes to the cluster to be parsed by `_extract`; a file that cannot be read here is
    rejected here."""
    data = _read_here(path, max_bytes)
    if data is None:
        return _extract(path, max_bytes)
    try:
        return client.submit(_extract, path, max_bytes, data, pure=False)
    except Exception as e:  # noqa: BLE001 — one file's failure must not stop the batch
        _stop_if_disconnected(client, address, path)
        return _rejected_by_bug(path, e)


def _collect(
    client: Client, address: str, path: Path, task: Future | PreparedNotice | FileResult
) -> tuple[Path, PreparedNotice | FileResult]:
    """The task's result; a failure on the cluster (a worker killed on this file, a result that cannot be
    sent back) rejects this file only. Losing the scheduler stops the run: every later file would fail."""
    from distributed import Future

    if not isinstance(task, Future):
        return path, task
    try:
        return path, task.result()
    except Exception as e:  # noqa: BLE001 — one file's failure must not stop the batch
        _stop_if_disconnected(client, address, path)
        return path, _rejected_by_bug(path, e)


def _stop_if_disconnected(client: Client, address: str, path: Path) -> None:
    """Raise `GraphError` when the client has lost its scheduler: every later file would fail too."""
    if client.status != "running":
        raise GraphError(
            f"lost the Dask scheduler at {address} at {path.name} — the notices written so "
            "far are complete; run the same ingest again to continue"
        )


def _store_notices(batch: list[tuple[Path, PreparedNotice | FileResult]], store: Store) -> list[FileResult]:
    """Write the batch's prepared notices in one `Store.add_notices`; every file's result, in order."""
    prepared = [(i, x) for i, (_, x) in enumerate(batch) if not isinstance(x, FileResult)]
    statuses: list[str | GraphError | Exception] = []
    if prepared:
        try:
            statuses = list(store.add_notices([x for _, x in prepared]))
        except Exception as e:  # noqa: BLE001 — the text index cannot be opened (a GraphError), or a bug:
            statuses = [e] * len(
                prepared
            )  # every notice of the batch is rejected with it, the ingest goes on
    status_of = {i: status for (i, _), status in zip(prepared, statuses, strict=True)}
    results = []
    for i, (path, x) in enumerate(batch):
        if isinstance(x, FileResult):
            results.append(x)
            continue
        status = status_of[i]
        if isinstance(status, GraphError):
            results.append(FileResult(str(path), "rejected", " ".join(str(status).split())))
        elif isinstance(status, Exception):
            results.append(_rejected_by_bug(path, status))
        else:
            results.append(FileResult(str(path), status, notice=x.graph))
    return results
