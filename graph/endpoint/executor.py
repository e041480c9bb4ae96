"""Run SPARQL off the event loop, in worker processes that can be killed.

`QueryExecutor` keeps a pool of ``workers`` processes (``python -m ketluan.graph.endpoint.executor``), each
with its own read-only view of the store (``pyoxigraph.Store.read_only``). A request goes to an idle worker
over a pipe; the caller's thread waits for the answer up to the time limit, and past it **kills the worker**
(so the work really stops), answers `QueryTimeout` (503) and starts a fresh worker in its place.

- The server process never opens the store, so it never holds the store's write lock: ``ketluan ingest``
  can run while the store is served. A read-only view is a snapshot; before each request a worker compares
  a cheap version marker of the store folder (size and mtime of RocksDB's ``CURRENT``, ``MANIFEST-*`` and
  write-ahead ``*.log`` files) with the one it opened, and reopens the store when it changed.
- With ``allow_update``, one more worker opens the store read-write and runs updates and Graph Store
  Protocol writes (`ketluan.graph.endpoint.update`), one at a time, under the same time limit.
- The default graph is the union of all graphs **except the internal mention index**
  (``kli:graph/mention-index``), which is never served. A query that cannot reach the index (`QueryInfo.
  union_safe`: no variable predicate, negated or zero-length path, DESCRIBE, nor the index's own IRIs) runs
  over pyoxigraph's union default graph, which is fast. Any other query runs over an explicit dataset, every
  graph but the index as default graph and as named graphs: the same answers, but each triple pattern then
  costs one lookup per graph. As a last guard, a union-mode answer that contains the index's IRIs is
  recomputed over the explicit dataset.
- A result is serialised by the worker into a buffer capped at ``max_result_bytes``; past it the worker
  stops and the request gets `TooLarge`, naming that setting.

The errors raised are those of `ketluan.graph.endpoint.protocol` (re-exported here): `QuerySyntax` (400),
`Refused` (403: an update through ``query=``, a SERVICE not on the allow-list), `QueryTimeout` and `Busy`
(503), `TooLarge` (500), `StoreUnavailable` (500).
"""

from __future__ import annotations

import functools
import io
import json
import os
import pickle
import queue
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ketluan.graph.endpoint.cache import ResultCache, is_deterministic
from ketluan.graph.endpoint.protocol import (
    GRAPH_FORMATS,
    RESULT_FORMATS,
    BadRequest,
    Busy,
    EndpointError,
    NotAcceptable,
    OutOfMemory,
    QueryInfo,
    QuerySyntax,
    QueryTimeout,
    Refused,
    StoreUnavailable,
    TooLarge,
    analyse,
    negotiate,
)

__all__ = [
    "BadRequest",
    "Busy",
    "EndpointError",
    "ExecResult",
    "NotAcceptable",
    "QueryExecutor",
    "QuerySyntax",
    "QueryTimeout",
    "Refused",
    "StoreUnavailable",
    "TooLarge",
    "store_version",
]

_HEADER = struct.Struct(">Q")
#: Seconds a new worker process may take to start and open the store.
STARTUP_S = 60.0
#: Substrings of the mention index's IRIs; an answer that contains one is recomputed without the index.
_INDEX_MARKERS = (b"mention-index", b"internal/mentions", b"internal\\/mentions")


@functools.cache
def _named_query_texts() -> frozenset[str]:
    from ketluan.graph.queries import list_queries

    return frozenset(_normalised(q.text) for q in list_queries())


def _normalised(text: str) -> str:
    return " ".join(text.split())


def is_named_query(text: str) -> bool:
    """Is ``text`` one of the named queries of ``queries/`` (whitespace aside), as the gallery sends it?"""
    return len(text) < 50_000 and _normalised(text) in _named_query_texts()


@dataclass
class ExecResult:
    """A serialised answer: ``kind`` is ``solutions`` (SELECT), ``boolean`` (ASK) or ``graph``."""

    body: bytes
    media_type: str
    kind: str


def store_version(path: str | os.PathLike[str]) -> tuple[tuple[str, int, int], ...]:
    """A cheap marker that changes whenever something is written to the RocksDB store at ``path``."""
    out = []
    try:
        with os.scandir(path) as entries:
            for e in entries:
                if e.name == "CURRENT" or e.name.startswith("MANIFEST-") or e.name.endswith(".log"):
                    try:
                        st = e.stat()
                    except OSError:
                        continue
                    out.append((e.name, st.st_size, st.st_mtime_ns))
    except OSError:
        return ()
    return tuple(sorted(out))


# --------------------------------------------------------------------------------------------------------
# Framing: an 8-byte length, then a pickle. Both ends are this module; nothing else reads the pipes.


def _send(fd: int, obj: Any, deadline: float | None = None) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_HEADER.pack(len(data)) + data)
    while view:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            _r, w, _x = select.select([], [fd], [], remaining)
            if not w:
                raise TimeoutError
        written = os.write(fd, view[: 1 << 20])
        view = view[written:]


def _read_exact(fd: int, n: int, deadline: float | None) -> bytes:
    chunks, got = [], 0
    while got < n:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            r, _w, _x = select.select([fd], [], [], remaining)
            if not r:
                raise TimeoutError
        chunk = os.read(fd, min(n - got, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def _receive(fd: int, deadline: float | None = None) -> Any:
    (size,) = _HEADER.unpack(_read_exact(fd, _HEADER.size, deadline))
    return pickle.loads(_read_exact(fd, size, deadline))


# --------------------------------------------------------------------------------------------------------
# The parent side


class _Worker:
    """One worker process, driven by one thread at a time."""

    def __init__(self, config: dict[str, Any]) -> None:
        self.mode = config["mode"]
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "ketluan.graph.endpoint.executor"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            close_fds=True,
            env={**os.environ, "KETLUAN_WORKER_PARENT": str(os.getpid())},
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self._in = self.proc.stdin.fileno()
        self._out = self.proc.stdout.fileno()
        self.ready = False
        _send(self._in, config)

    def call(self, request: dict[str, Any], deadline: float) -> dict[str, Any]:
        """Send ``request`` and wait for the answer until ``deadline``; TimeoutError or EOFError otherwise.

        A fresh worker's start (importing pyoxigraph, opening the store) does not count against the
        deadline: it gets up to `STARTUP_S` of its own, and the query then has all the time it had left.
        """
        if not self.ready:
            left = deadline - time.monotonic()
            try:
                answer = _receive(self._out, time.monotonic() + STARTUP_S)
            except TimeoutError:
                raise StoreUnavailable(f"a worker process did not start within {STARTUP_S:g} s") from None
            if not answer.get("ok"):
                raise StoreUnavailable(answer.get("detail", "the worker could not open the store"))
            self.ready = True
            deadline = time.monotonic() + max(0.0, left)
        _send(self._in, request, deadline)
        return _receive(self._out, deadline)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - SIGKILL does not fail
            pass
        for f in (self.proc.stdin, self.proc.stdout):
            try:
                if f is not None:
                    f.close()
            except OSError:
                pass

    def stop(self, grace: float = 2.0) -> None:
        """Ask the worker to exit (closing its stdin), then kill it if it does not."""
        try:
            if self.proc.stdin is not None:
                self.proc.stdin.close()
            self.proc.wait(timeout=grace)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.kill()


_ERRORS: dict[str, type[EndpointError]] = {
    cls.__name__: cls
    for cls in (
        BadRequest,
        QuerySyntax,
        NotAcceptable,
        Refused,
        TooLarge,
        StoreUnavailable,
        OutOfMemory,
        EndpointError,
    )
}


class QueryExecutor:
    """The pool of worker processes behind the endpoint. Create it with the endpoint's `Settings`.

    ``start()`` spawns the workers (without waiting for them); ``close()`` stops them. Both are called by the
    app's lifespan; a request made before ``start()`` starts the pool itself.
    """

    def __init__(self, settings: Any) -> None:
        from ketluan.graph.mentions import INDEX_GRAPH, INDEX_PREDICATE
        from ketluan.ontology.namespaces import PREFIXES

        self.settings = settings
        self.path = Path(settings.store)
        self.prefixes: dict[str, str] = dict(PREFIXES)
        self.index_graph = INDEX_GRAPH
        self.index_iris = (INDEX_GRAPH, INDEX_PREDICATE)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        self._writer: _Worker | None = None
        self._write_lock = threading.Lock()
        self._lock = threading.Lock()
        self._started = False
        self._closed = False
        self._closing = False
        self._limiter: Any = None
        #: answers kept while the store is unchanged (`ketluan.graph.endpoint.cache`)
        self.cache: ResultCache[dict[str, Any]] = ResultCache(
            int(getattr(settings, "result_cache_mb", 0) * 1_000_000), size=lambda answer: len(answer["body"])
        )
        # Workers are forked from this one long-lived thread: a worker asks the kernel to kill it when the
        # thread that forked it ends (PR_SET_PDEATHSIG), so a crashed server leaves no runaway query behind.
        self._spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ketluan-spawner")

    # -- lifecycle ---------------------------------------------------------------------------------------

    def _config(self, mode: str) -> dict[str, Any]:
        return {
            "mode": mode,
            "store": str(self.path),
            "prefixes": self.prefixes,
            "index_graph": self.index_graph,
            "max_result_bytes": int(self.settings.max_result_bytes),
            "worker_memory_mb": int(self.settings.worker_memory_mb),
        }

    def check_store(self) -> None:
        """Raise `StoreUnavailable` unless ``settings.store`` holds a store (created first with updates on)."""
        if self.settings.allow_update and not (self.path / "CURRENT").exists():
            from ketluan.graph.errors import StoreError
            from ketluan.graph.store import Store

            try:
                Store.open(self.path).close()
            except StoreError as e:
                raise StoreUnavailable(str(e)) from None
        if not self.path.is_dir() or not (self.path / "CURRENT").exists():
            raise StoreUnavailable(
                f"no store at {self.path} — run `ketluan ingest FILES --store {self.path}` first, or point "
                "--store (or $KETLUAN_STORE) at an existing store"
            )

    def start(self) -> None:
        """Spawn the worker processes (and the writer when updates are allowed); returns at once."""
        with self._lock:
            if self._started:
                return
            self.check_store()
            for _ in range(int(self.settings.workers)):
                self._spawn_reader()
            if self.settings.allow_update:
                self._writer = self._new_worker("write")
            self._started = True
            self._closed = self._closing = False

    def _new_worker(self, mode: str) -> _Worker:
        return self._spawner.submit(_Worker, self._config(mode)).result()

    def _spawn_reader(self) -> None:
        worker = self._new_worker("read")
        self._all.append(worker)
        self._idle.put(worker)

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)
            if not self._closed:
                self._spawn_reader()

    def begin_shutdown(self, grace_s: float) -> None:
        """Refuse new work (503) and stop the workers after ``grace_s`` seconds: queries still running
        then are answered 503 instead of being cut off without an answer. Called when the server stops."""
        self._closing = True
        timer = threading.Timer(max(0.0, grace_s), self.close, kwargs={"grace_s": 0.1})
        timer.daemon = True
        timer.start()

    def close(self, grace_s: float = 2.0) -> None:
        """Stop every worker (each gets ``grace_s`` to exit on its own, then is killed). Safe to call twice."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
            writer, self._writer = self._writer, None
            self._started = False
        while True:
            try:
                self._idle.get_nowait()
            except queue.Empty:
                break
        for w in [*workers, *([writer] if writer else [])]:
            w.stop(grace_s)

    @property
    def workers_alive(self) -> int:
        return sum(1 for w in list(self._all) if w.alive())

    # -- running -----------------------------------------------------------------------------------------

    def _timeout_error(self, timeout: float) -> QueryTimeout:
        from ketluan.graph.endpoint.settings import describe_setting

        return QueryTimeout(
            f"the query ran longer than {timeout:g} s and was stopped; that limit is the setting "
            f"{describe_setting('query_timeout_s')}. Narrow the query (a LIMIT, more specific patterns)"
        )

    def _call_reader(self, request: dict[str, Any], deadline: float, timeout: float) -> dict[str, Any]:
        from ketluan.graph.endpoint.settings import describe_setting

        if not self._started and not self._closing:
            self.start()
        worker: _Worker | None = None
        while worker is None:
            if self._closing:
                raise Busy("the server is shutting down; try again in a moment")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise Busy(
                    f"all {self.settings.workers} query workers stayed busy for {timeout:g} s; try again, or "
                    f"raise {describe_setting('workers')} (the time limit is "
                    f"{describe_setting('query_timeout_s')})"
                )
            try:  # short waits, so that a shutdown is noticed
                worker = self._idle.get(timeout=min(0.2, remaining))
            except queue.Empty:
                continue
        healthy = False
        try:
            answer = worker.call(request, deadline)
            healthy = True
            return answer
        except TimeoutError:
            raise self._timeout_error(timeout) from None
        except (EOFError, OSError, pickle.UnpicklingError):
            if self._closing or self._closed:
                raise Busy(
                    "the server is shutting down and stopped this query; try again in a moment"
                ) from None
            raise self._worker_died(worker) from None
        finally:
            if healthy and worker.alive():
                self._idle.put(worker)
            else:
                self._replace(worker)

    def _worker_died(self, worker: _Worker) -> EndpointError:
        """The error for a reader that died under a query: out of memory (its heap limit) or a crash."""
        from ketluan.graph.endpoint.settings import describe_setting

        try:
            code = worker.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            code = None
        # a failed allocation aborts the Rust store (SIGABRT); Python's own MemoryError is answered in-band
        if code in (-signal.SIGABRT, -signal.SIGSEGV, -signal.SIGKILL, 134, 137):
            return OutOfMemory(
                f"the query needed more memory than one worker may use ({self.settings.worker_memory_mb} MB, "
                f"the setting {describe_setting('worker_memory_mb')}); narrow it (a LIMIT, a filter, fewer "
                "rows to sort or group) or raise that limit. A fresh worker has taken its place."
            )
        return StoreUnavailable("the query worker stopped unexpectedly; it has been restarted")

    def _call_writer(self, request: dict[str, Any], timeout: float) -> dict[str, Any]:
        if self._closing:
            raise Busy("the server is shutting down; try again in a moment")
        if not self._started:
            self.start()
        deadline = time.monotonic() + timeout
        if not self._write_lock.acquire(timeout=timeout):
            raise Busy("another update is still running; try again")
        try:
            writer = self._writer
            if writer is None:
                raise Refused("this endpoint is read-only")
            # a write may change any directive's text: the full-text index is no longer to be trusted (its
            # readers fall back to plain SPARQL) until the next ketluan command that opens the store rebuilds it
            from ketluan.graph.errors import StoreError
            from ketluan.graph.textindex import TextIndex

            try:
                TextIndex.mark_stale(self.settings.store, "the store was written through the endpoint")
            except StoreError as e:  # nothing written: better no update than a search that misses it
                raise StoreUnavailable(str(e)) from None
            try:
                return writer.call(request, deadline)
            except TimeoutError:
                writer.kill()
                self._writer = self._new_worker("write")
                raise self._timeout_error(timeout) from None
            except (EOFError, OSError, pickle.UnpicklingError):
                writer.kill()
                if self._closing or self._closed:
                    raise Busy("the server is shutting down and stopped this update") from None
                self._writer = self._new_worker("write")
                raise StoreUnavailable(
                    "the update worker stopped unexpectedly; it has been restarted"
                ) from None
        finally:
            self._write_lock.release()

    async def _run(self, fn: Any, *args: Any) -> dict[str, Any]:
        import anyio

        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(max(8, 4 * int(self.settings.workers)))
        answer = await anyio.to_thread.run_sync(fn, *args, limiter=self._limiter)
        if not answer.get("ok"):
            cls = _ERRORS.get(answer.get("error", ""), StoreUnavailable)
            raise cls(answer.get("detail", "the query failed"))
        return answer

    def analyse(self, query: str) -> QueryInfo:
        return analyse(query, self.prefixes, index_iris=self.index_iris)

    def check_services(self, info: QueryInfo) -> None:
        """Refuse (403) any SERVICE whose endpoint is not on the ``service_allowlist`` setting."""
        from ketluan.graph.endpoint.settings import describe_setting

        allowed = set(self.settings.service_allowlist)
        for target in info.services:
            if target is None:
                raise Refused(
                    "SERVICE with a variable (or anything but an IRI) is refused: the server would fetch "
                    f"whatever URL the data names. Allowed endpoints: {describe_setting('service_allowlist')}"
                )
            if target not in allowed:
                listed = ", ".join(sorted(allowed)) or "none"
                raise Refused(
                    f"SERVICE <{target}> is not on the allow-list, so this server will not call it "
                    f"(allowed: {listed}; setting {describe_setting('service_allowlist')})"
                )

    async def execute(
        self,
        query: str,
        *,
        accept: str | None = None,
        format: str | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        substitutions: Mapping[str, str] | None = None,
        timeout: float | None = None,
        base_iri: str | None = None,
        labels_of: str | None = None,
    ) -> ExecResult:
        """Run a SPARQL query and serialise its answer in the negotiated format.

        ``accept``/``format``: as in `ketluan.graph.endpoint.protocol.negotiate`. ``default_graphs`` /
        ``named_graphs``: the protocol's ``default-graph-uri`` / ``named-graph-uri`` (they replace the
        query's FROM clauses; without either, the default graph is the union of all graphs).
        ``substitutions``: variable name -> N-Triples term (``<iri>``, ``"text"@vi``, ``"2019"^^<…#gYear>``),
        bound as RDF terms, never pasted into the text. ``timeout`` defaults to ``query_timeout_s``.
        ``base_iri`` resolves relative IRIs in the query (the endpoint passes its own URL).
        ``labels_of``: the name of the named query ``query`` is (maybe with full-text candidates put in), when
        it has a ``# labels:`` header: the worker puts the label index's candidates in with its own view of
        the store (`ketluan.graph.queries.labels_text`; same answers, found by lookups).
        """
        timeout = float(timeout if timeout is not None else self.settings.query_timeout_s)
        deadline = time.monotonic() + timeout
        if len(query) < 20_000:
            info = self.analyse(query)
        else:  # reading a long text takes a while: not on the event loop
            import anyio

            info = await anyio.to_thread.run_sync(self.analyse, query)
        if info.is_update:
            raise Refused(
                f"{info.form.upper() if info.form else 'this'} is an update: send it with POST as update= "
                "(or application/sparql-update) to a server started with --allow-update and "
                "$KETLUAN_UPDATE_TOKEN"
                if not self.settings.allow_update
                else "this is an update: send it as update= or application/sparql-update, not as query="
            )
        self.check_services(info)
        # both choices go to the worker, which knows the query's form once it parses; a 406 comes after a
        # syntax error (400), never before
        formats: dict[str, str | None] = {}
        refusals: dict[str, str] = {}
        for k in ("results", "graph"):
            try:
                formats[k] = negotiate(k, accept, format)[0]
            except NotAcceptable as e:
                formats[k], refusals[k] = None, e.detail
        dataset = self._dataset(info, default_graphs, named_graphs, named_query=is_named_query(query))
        request = {
            "op": "query",
            "query": query,
            **dataset,
            "results_format": formats["results"],
            "graph_format": formats["graph"],
            "not_acceptable": refusals,
            "substitutions": {k.lstrip("?$"): v for k, v in (substitutions or {}).items()},
            "base_iri": base_iri,
            "labels_of": labels_of,
        }
        if self.cache.enabled and not info.services and is_deterministic(query):
            key = json.dumps(request, sort_keys=True, ensure_ascii=False)
            answer = await self.cache.answer(
                store_version(self.path),
                key,
                lambda: self._run(self._call_reader, request, deadline, timeout),
            )
        else:
            answer = await self._run(self._call_reader, request, deadline, timeout)
        return ExecResult(answer["body"], answer["media_type"], answer["kind"])

    def _dataset(
        self,
        info: QueryInfo,
        default_graphs: list[str] | None,
        named_graphs: list[str] | None,
        *,
        named_query: bool = False,
    ) -> dict[str, Any]:
        """How the worker builds the dataset: ``union`` (fast), ``all`` (every graph but the index) or
        ``explicit`` (the protocol's graphs, else the query's FROM / FROM NAMED), the index always left out.

        ``named_query``: the text is one of ``queries/`` as shipped, which never reaches the index whatever the
        analysis says (``tests/test_graph/test_queries.py`` compares their answers over the union and over
        the explicit dataset), so it takes the fast union even when `QueryInfo.union_safe` is unsure."""
        if default_graphs or named_graphs:
            default, named = list(default_graphs or []), list(named_graphs or [])
        elif info.from_graphs or info.from_named:
            default, named = info.from_graphs, info.from_named
        else:
            return {"mode": "union" if info.union_safe or named_query else "all"}
        keep = [g for g in default if g != self.index_graph]
        keep_named = [g for g in named if g != self.index_graph]
        return {"mode": "explicit", "default": keep, "named": keep_named}

    async def select_json(
        self, query: str, substitutions: Mapping[str, str] | None = None, labels_of: str | None = None
    ) -> dict[str, Any]:
        """Run a SELECT or ASK query and return its SPARQL JSON results, parsed (for the web pages)."""
        result = await self.execute(query, format="json", substitutions=substitutions, labels_of=labels_of)
        if result.kind == "graph":
            raise BadRequest("select_json needs a SELECT or ASK query, not CONSTRUCT or DESCRIBE")
        return json.loads(result.body)

    async def write(self, request: dict[str, Any], timeout: float | None = None) -> dict[str, Any]:
        """Run a write (see `ketluan.graph.endpoint.update`) in the writer process; raises like `execute`."""
        if not self.settings.allow_update:
            raise Refused("this endpoint is read-only")
        timeout = float(timeout if timeout is not None else self.settings.query_timeout_s)
        request = {**request, "prefixes": self.prefixes}
        return await self._run(self._call_writer, request, timeout)

    async def read_graph(
        self, graph: str | None, format_name: str, timeout: float | None = None
    ) -> bytes | None:
        """One graph of the store (None: the default graph) serialised, or None when it does not exist."""
        timeout = float(timeout if timeout is not None else self.settings.query_timeout_s)
        deadline = time.monotonic() + timeout
        request = {"op": "read_graph", "graph": graph, "graph_format": format_name}
        answer = await self._run(self._call_reader, request, deadline, timeout)
        return answer["body"]


# --------------------------------------------------------------------------------------------------------
# The worker side (a separate process)


class _Capped(io.RawIOBase):
    """A write-only buffer that refuses to grow past ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0
        self.exceeded = False

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        data = bytes(b)
        self.size += len(data)
        if self.size > self.limit:
            self.exceeded = True
            raise OSError("result too large")
        self.parts.append(data)
        return len(data)

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


class _WorkerState:
    def __init__(self, config: dict[str, Any]) -> None:
        import pyoxigraph as ox

        self.ox = ox
        self.config = config
        self.path = config["store"]
        self.mode = config["mode"]
        self.prefixes = config["prefixes"]
        self.index = ox.NamedNode(config["index_graph"])
        self.limit = int(config["max_result_bytes"])
        self.store: Any = None
        self.version: tuple[Any, ...] = ()
        self._graphs: list[Any] | None = None
        self.open()

    def open(self) -> None:
        ox = self.ox
        last: Exception | None = None
        for attempt in range(12):  # up to ~4 s: a writer's compaction can remove files under an open
            version = store_version(self.path)
            try:
                store = ox.Store(self.path) if self.mode == "write" else ox.Store.read_only(self.path)
            except (OSError, RuntimeError) as e:
                last = e
                time.sleep(0.05 * (attempt + 1))
                continue
            self.store, self.version, self._graphs = store, version, None
            return
        raise OSError(f"cannot open store {self.path}: {' '.join(str(last).split())}")

    def refresh(self, force: bool = False) -> None:
        """Reopen a read-only view when the store changed (or ``force``); keep the old one if that fails."""
        if self.mode == "read" and (force or store_version(self.path) != self.version):
            old = self.store
            try:
                self.open()
            except OSError:
                self.store = old  # keep answering from the previous snapshot

    def retrying(self, fn: Any, *args: Any) -> dict[str, Any]:
        """Run ``fn``; if the store failed under it (a writer compacted files away from this read-only
        view), reopen the view and run it once more."""
        for attempt in range(3):
            try:
                return fn(*args)
            except (_StoreIOError, OSError, RuntimeError) as e:
                if attempt == 2:
                    raise StoreUnavailable(
                        f"the store could not be read: {' '.join(str(e).split())}"
                    ) from None
                time.sleep(0.05 * attempt)
                self.refresh(force=True)
        raise AssertionError("unreachable")  # pragma: no cover

    def graphs(self) -> list[Any]:
        """Every named graph but the mention index (cached per snapshot)."""
        if self._graphs is None:
            self._graphs = [g for g in self.store.named_graphs() if g != self.index]
        return self._graphs

    def term(self, text: str) -> Any:
        ox = self.ox
        try:
            quads = list(ox.parse(f"<x:s> <x:p> {text} .".encode(), format=ox.RdfFormat.N_TRIPLES))
        except SyntaxError:
            raise BadRequest(f"{text!r} is not an RDF term in N-Triples syntax") from None
        if len(quads) != 1:
            raise BadRequest(f"{text!r} is not one RDF term")
        return quads[0].object

    def query(self, req: dict[str, Any]) -> dict[str, Any]:
        ox = self.ox
        self.refresh()
        subs = {ox.Variable(k): self.term(v) for k, v in req.get("substitutions", {}).items()}
        mode = req["mode"]
        try:
            return self.retrying(self._query, req, mode, subs)
        except _Leak:
            return self.retrying(self._query, req, "all", subs)

    def _dataset_kwargs(self, req: dict[str, Any], mode: str) -> dict[str, Any]:
        ox = self.ox
        if mode == "union":
            return {"use_default_graph_as_union": True}
        if mode == "all":
            graphs = self.graphs()
            return {"default_graph": [ox.DefaultGraph(), *graphs], "named_graphs": graphs}
        return {
            "default_graph": [ox.NamedNode(g) for g in req["default"]],
            "named_graphs": [ox.NamedNode(g) for g in req["named"]],
        }

    def _with_labels(self, req: dict[str, Any], subs: dict[Any, Any]) -> str:
        """The query of ``req`` with the label index's candidates put in, for a named query with a
        ``# labels:`` header (``req["labels_of"]``); as sent when there is no usable index."""
        text = req["query"]
        if not req.get("labels_of") or self.mode != "read":
            return text
        from ketluan.graph.labelindex import LabelIndex
        from ketluan.graph.queries import QueryError, labels_text, load_query

        try:
            q = load_query(req["labels_of"])
        except QueryError:
            return text
        index = LabelIndex.for_store(self.path, self.store)
        try:
            return labels_text(q, text, subs, index)
        finally:
            if index is not None:
                index.close()

    def _query(self, req: dict[str, Any], mode: str, subs: dict[Any, Any]) -> dict[str, Any]:
        ox = self.ox
        kwargs = self._dataset_kwargs(req, mode)
        try:
            result = self.store.query(
                self._with_labels(req, subs),
                prefixes=self.prefixes,
                base_iri=req.get("base_iri"),
                substitutions=subs or None,
                **kwargs,
            )
        except SyntaxError as e:
            raise QuerySyntax(f"the query does not parse: {e}") from None
        except RuntimeError as e:
            if "IO error" in str(e) or "Corruption" in str(e):
                raise _StoreIOError(" ".join(str(e).split())) from None
            raise BadRequest(f"the query cannot run: {e}") from None
        except OSError as e:
            raise _StoreIOError(" ".join(str(e).split())) from None
        out = _Capped(self.limit)
        if isinstance(result, ox.QueryTriples):
            kind, name = "graph", req.get("graph_format")
            if name is None:
                raise NotAcceptable(req.get("not_acceptable", {}).get("graph", "no graph format acceptable"))
            rdf_format = getattr(ox.RdfFormat, GRAPH_FORMATS[name][0])
            media = GRAPH_FORMATS[name][1]
            write = lambda: ox.serialize(result, out, format=rdf_format, prefixes=self.prefixes)  # noqa: E731
        else:
            kind = "solutions" if isinstance(result, ox.QuerySolutions) else "boolean"
            name = req.get("results_format")
            if name is None:
                raise NotAcceptable(
                    req.get("not_acceptable", {}).get("results", "no results format acceptable")
                )
            results_format = getattr(ox.QueryResultsFormat, RESULT_FORMATS[name][0])
            media = RESULT_FORMATS[name][1]
            write = lambda: result.serialize(out, format=results_format)  # noqa: E731
        try:
            write()
        except (OSError, ValueError) as e:
            if out.exceeded:
                from ketluan.graph.endpoint.settings import describe_setting

                raise TooLarge(
                    f"the result is larger than {self.limit} bytes, the limit set by "
                    f"{describe_setting('max_result_bytes')}; add a LIMIT or narrow the query"
                ) from None
            raise _StoreIOError(" ".join(str(e).split())) from None
        body = out.getvalue()
        if mode == "union" and any(m in body for m in _INDEX_MARKERS):
            raise _Leak
        return {"ok": True, "body": body, "media_type": media, "kind": kind}

    def read_graph(self, req: dict[str, Any]) -> dict[str, Any]:
        self.refresh()
        return self.retrying(self._read_graph, req)

    def _read_graph(self, req: dict[str, Any]) -> dict[str, Any]:
        ox = self.ox
        graph = req["graph"]
        if graph is None:
            target: Any = ox.DefaultGraph()
        else:
            target = ox.NamedNode(graph)
            if target == self.index or not self.store.contains_named_graph(target):
                return {"ok": True, "body": None}
        rdf_format = getattr(ox.RdfFormat, GRAPH_FORMATS[req["graph_format"]][0])
        triples = (
            ox.Triple(q.subject, q.predicate, q.object)
            for q in self.store.quads_for_pattern(None, None, None, target)
        )
        out = _Capped(self.limit)
        try:
            ox.serialize(triples, out, format=rdf_format, prefixes=self.prefixes)
        except (OSError, ValueError) as e:
            if out.exceeded:
                from ketluan.graph.endpoint.settings import describe_setting

                raise TooLarge(
                    f"the graph is larger than {self.limit} bytes, the limit set by "
                    f"{describe_setting('max_result_bytes')}"
                ) from None
            raise _StoreIOError(" ".join(str(e).split())) from None
        return {"ok": True, "body": out.getvalue()}


class _Leak(Exception):
    """A union-mode answer mentions the index: recompute it over the explicit dataset."""


class _StoreIOError(Exception):
    """The store failed while answering (an I/O error, or a SERVICE call that failed)."""


def _serve(config: dict[str, Any], fd_in: int, fd_out: int) -> None:
    try:
        state = _WorkerState(config)
    except Exception as e:  # noqa: BLE001 - reported to the parent, which answers 500
        _send(fd_out, {"ok": False, "error": "StoreUnavailable", "detail": " ".join(str(e).split())})
        return
    _send(fd_out, {"ok": True})
    while True:
        try:
            req = _receive(fd_in)
        except EOFError:
            return
        try:
            op = req.get("op")
            if op == "query":
                answer = state.query(req)
            elif op == "read_graph":
                answer = state.read_graph(req)
            else:
                from ketluan.graph.endpoint.update import run_write

                answer = run_write(state, req)
        except EndpointError as e:
            answer = {"ok": False, "error": type(e).__name__, "detail": e.detail}
        except MemoryError:
            answer = {
                "ok": False,
                "error": "OutOfMemory",
                "detail": f"the query needed more memory than one worker may use ({config.get('worker_memory_mb')} "
                "MB, the setting worker_memory_mb); narrow it (a LIMIT, a filter, fewer rows to sort or group) "
                "or raise that limit.",
            }
        except Exception as e:  # noqa: BLE001 - one line to the client, never a traceback
            answer = {"ok": False, "error": "StoreUnavailable", "detail": " ".join(str(e).split())}
        _send(fd_out, answer)


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the server dies (a no-op elsewhere)."""
    parent = os.environ.get("KETLUAN_WORKER_PARENT")
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if parent and os.getppid() != int(parent):  # the server died before prctl took effect
        os._exit(1)


def main() -> None:  # pragma: no cover - runs in the worker processes
    """Worker entry point: read the config, then answer requests until stdin closes."""
    _die_with_parent()
    fd_in = os.dup(0)
    fd_out = os.dup(1)
    os.dup2(2, 1)  # a stray print goes to stderr, never into the frames
    sys.stdout = sys.stderr
    try:
        config = _receive(fd_in)
    except EOFError:
        return
    _limit_memory(config.get("worker_memory_mb"))
    _serve(config, fd_in, fd_out)


def _limit_memory(megabytes: int | None) -> None:
    """Cap this worker's heap (RLIMIT_DATA: brk and private anonymous mappings, where the store's and
    Python's allocations live; not the store's files, which are mapped read-only). A query past it fails
    its allocation and the worker ends; the server answers 503 and starts another."""
    if not megabytes:
        return
    try:
        import resource

        limit = int(megabytes) * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
    except (ImportError, ValueError, OSError):  # not on this platform, or above the hard limit
        pass


if __name__ == "__main__":  # pragma: no cover
    main()
