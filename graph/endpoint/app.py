"""The endpoint as a Starlette app: `create_app` (routes, middleware, the one error handler), `run`, `get`.

Routes:

- ``/sparql``: the SPARQL 1.1 Protocol (query by GET or POST; update by POST with ``allow_update`` and the
  token; GET without a query answers the Service Description);
- ``/rdf-graph-store``: the SPARQL 1.1 Graph Store HTTP Protocol (`ketluan.graph.endpoint.update`);
- ``/api/queries``: the named queries (name, title, description, params);
- ``/api/query/{name}?param=value``: one named query, its parameters bound as RDF terms by
  `ketluan.graph.queries.bind_params` (never pasted into the text), answered as SPARQL JSON results;
- ``/healthz``: liveness;
- the web pages of `ketluan.graph.endpoint.pages`, when that module exists (``routes()``).

Every error goes through one handler (`handle_error`): ``{"error": {"status", "title", "detail"}}`` for JSON
clients (and everything under ``/api/``), plain text or HTML otherwise, never a traceback. Every request is
logged as one JSON line (method, path, status, ms, bytes) on the ``ketluan.access`` logger.
"""

from __future__ import annotations

import importlib
import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import replace
from http import HTTPStatus
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ketluan.graph.endpoint.executor import QueryExecutor
from ketluan.graph.endpoint.protocol import (
    BadRequest,
    EndpointError,
    NotFound,
    dumps_json,
    error_response,
    negotiate,
    read_sparql_request,
    service_description,
)
from ketluan.graph.endpoint.settings import Settings
from ketluan.graph.endpoint.update import graph_store, sparql_update
from ketluan.graph.errors import GraphError, QueryError

__all__ = [
    "ACCESS_LOG",
    "DrainingServer",
    "create_app",
    "executor_for",
    "get",
    "handle_error",
    "run",
    "serve_in_thread",
]

ACCESS_LOG = logging.getLogger("ketluan.access")
_LOG = logging.getLogger("ketluan.endpoint")


# --------------------------------------------------------------------------------------------------------
# Errors


def _as_endpoint_error(request: Request, exc: Exception) -> EndpointError:
    if isinstance(exc, EndpointError):
        return exc
    if isinstance(exc, HTTPException):
        status = exc.status_code
        err = EndpointError(str(exc.detail), headers=exc.headers)
        err.status = status
        try:
            err.title = HTTPStatus(status).phrase
        except ValueError:
            err.title = "Error"
        if status == 404:
            err.detail = (
                f"nothing at {request.url.path} — the endpoint serves /sparql, /rdf-graph-store, "
                "/api/queries, /api/query/NAME and /healthz"
            )
        elif status == 405:
            allow = (exc.headers or {}).get("Allow", "")
            err.detail = f"{request.method} is not allowed on {request.url.path}" + (
                f"; use {allow}" if allow else ""
            )
        return err
    if isinstance(exc, QueryError):
        return BadRequest(str(exc))
    if isinstance(exc, GraphError):
        err = EndpointError(str(exc))
        return err
    _LOG.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return EndpointError(f"unexpected {type(exc).__name__}: {' '.join(str(exc).split())[:300]}")


async def handle_error(request: Request, exc: Exception) -> Response:
    """The one exception handler: any error as the client's preferred error shape."""
    response: Response = error_response(request, _as_endpoint_error(request, exc))
    return response


def _guard(handler: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
    """Turn an unexpected exception into an `EndpointError`, so that the error handler (inside the
    middleware, unlike Starlette's last-resort 500 handler) renders it and CORS and the access log see it."""

    async def guarded(request: Request) -> Response:
        try:
            return await handler(request)
        except (EndpointError, HTTPException):
            raise
        except Exception as exc:  # noqa: BLE001
            raise _as_endpoint_error(request, exc) from None

    guarded.__name__ = handler.__name__
    guarded.__doc__ = handler.__doc__
    return guarded


# --------------------------------------------------------------------------------------------------------
# Access log


class AccessLog:
    """ASGI middleware: one JSON line per request on the ``ketluan.access`` logger."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        state = {"status": 500, "bytes": 0}

        async def counting_send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
            elif message["type"] == "http.response.body":
                state["bytes"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, counting_send)
        finally:
            record = {
                "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "method": scope.get("method"),
                "path": scope.get("path"),
                "status": state["status"],
                "ms": round((time.perf_counter() - started) * 1000, 1),
                "bytes": state["bytes"],
            }
            client = scope.get("client")
            if client:
                record["client"] = client[0]
            ACCESS_LOG.info(json.dumps(record, ensure_ascii=False))


# --------------------------------------------------------------------------------------------------------
# Handlers


async def sparql(request: Request) -> Response:
    """The SPARQL 1.1 Protocol endpoint."""
    settings: Settings = request.app.state.settings
    executor: QueryExecutor = request.app.state.executor
    sreq = await read_sparql_request(request, settings.max_body_bytes)
    if sreq.operation == "description":
        name, media = negotiate("graph", request.headers.get("accept"), sreq.format)
        body = service_description(
            str(request.url.replace(query="")),
            allow_update=settings.allow_update,
            federation=bool(settings.service_allowlist),
            format_name=name,
        )
        return Response(body, media_type=media, headers={"Vary": "Accept"})
    if sreq.operation == "update":
        response: Response = await sparql_update(request, sreq)
        return response
    result = await executor.execute(
        sreq.text,
        accept=request.headers.get("accept"),
        format=sreq.format,
        default_graphs=sreq.default_graphs or None,
        named_graphs=sreq.named_graphs or None,
        base_iri=str(request.url.replace(query="")),
    )
    return Response(result.body, media_type=result.media_type, headers={"Vary": "Accept"})


async def healthz(request: Request) -> Response:
    """Liveness: 200 while the server runs (with the number of live query workers)."""
    executor: QueryExecutor = request.app.state.executor
    settings: Settings = request.app.state.settings
    body = {
        "status": "ok",
        "store": str(settings.store),
        "workers": settings.workers,
        "workers_alive": executor.workers_alive,
        "update": settings.allow_update,
    }
    cache = getattr(executor, "cache", None)
    if cache is not None and cache.enabled:
        body["cache"] = {
            "answers": len(cache),
            "bytes": cache.bytes,
            "hits": cache.hits,
            "misses": cache.misses,
        }
    return JSONResponse(body)


async def api_queries(request: Request) -> Response:
    """The named queries, with their parameters."""
    from ketluan.graph.queries import list_queries

    return JSONResponse(
        [
            {
                "name": q.name,
                "title": q.title,
                "description": q.description,
                "params": [
                    {
                        "name": p.name,
                        "kind": p.kind,
                        "default": p.default,
                        "required": p.required,
                        "help": p.help,
                    }
                    for p in q.params
                ],
                "url": f"/api/query/{q.name}",
            }
            for q in list_queries()
        ]
    )


async def api_query(request: Request) -> Response:
    """One named query; ``?param=value`` bound as RDF terms; SPARQL JSON results (parameter columns left out)."""
    from ketluan.graph.queries import bind_params, load_query, query_names

    name = request.path_params["name"]
    if "/" in name or "\\" in name or name.endswith(".rq"):
        raise NotFound(f"no named query {name!r}; named queries: {', '.join(query_names())}")
    try:
        q = load_query(name)
    except QueryError as e:
        raise NotFound(str(e)) from None
    params: dict[str, str] = {}
    for key, value in request.query_params.multi_items():
        if key in params:
            raise BadRequest(f"give the parameter {key!r} once")
        params[key] = value
    try:
        terms = bind_params(q, params)
    except QueryError as e:
        raise BadRequest(str(e)) from None
    executor: QueryExecutor = request.app.state.executor
    text = q.text
    settings: Settings = request.app.state.settings
    # candidates from the full-text index beside a local store (SQLite: off the event loop); a remote
    # endpoint runs the query as written
    if q.fulltext is not None and settings.store and not getattr(settings, "endpoint", None):
        import anyio

        text = await anyio.to_thread.run_sync(_fulltext_text, q, terms, settings.store)
    local = bool(settings.store) and not getattr(settings, "endpoint", None)
    document = await executor.select_json(
        text,
        substitutions={v.value: str(t) for v, t in terms.items()},
        labels_of=q.name if q.labels is not None and local else None,
    )
    hidden = q.hidden_names
    head = document.get("head", {})
    if "vars" in head:
        head["vars"] = [v for v in head["vars"] if v not in hidden]
    for row in document.get("results", {}).get("bindings", []):
        for key in hidden & set(row):
            del row[key]
    return Response(dumps_json(document), media_type="application/sparql-results+json")


def _fulltext_text(q: Any, terms: Any, store: Any) -> str:
    """`ketluan.graph.queries.fulltext_text` with the store's full-text index opened read-only for this
    request: the server never holds the store, so it never repairs the index; with no usable index (none,
    stale) the query runs as written, with the same answers."""
    from ketluan.graph.queries import fulltext_text
    from ketluan.graph.textindex import TextIndex

    index = TextIndex.open(store)
    try:
        return fulltext_text(q, terms, index)
    finally:
        if index is not None:
            index.close()


# --------------------------------------------------------------------------------------------------------
# The app


def _page_routes() -> list[BaseRoute]:
    try:
        pages = importlib.import_module("ketluan.graph.endpoint.pages")
    except ModuleNotFoundError as e:
        if e.name == "ketluan.graph.endpoint.pages":
            return []
        raise
    routes = getattr(pages, "routes", None)
    return list(routes()) if callable(routes) else []


def executor_for(settings: Settings) -> Any:
    """The executor the app runs queries with: worker processes over the store, or, with
    ``settings.endpoint``, the remote server (`ketluan.graph.endpoint.remote.RemoteExecutor`)."""
    if settings.endpoint:
        from ketluan.graph.endpoint.remote import RemoteExecutor

        return RemoteExecutor(settings)
    return QueryExecutor(settings)


def create_app(settings: Settings) -> Starlette:
    """The endpoint over ``settings.store``; ``app.state.settings`` and ``app.state.executor`` are set.

    The worker processes start with the app's lifespan (or at the first request) and stop with it.
    """
    settings = replace(settings).validate()
    executor = executor_for(settings)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        executor.start()
        try:
            yield
        finally:
            executor.close()

    routes: list[BaseRoute] = [
        Route("/sparql", _guard(sparql), methods=["GET", "HEAD", "POST"], name="sparql"),
        Route(
            "/rdf-graph-store",
            _guard(graph_store),
            methods=["GET", "HEAD", "PUT", "POST", "DELETE"],
            name="graph_store",
        ),
        Route("/healthz", healthz, methods=["GET", "HEAD"], name="healthz"),
        Route("/api/queries", _guard(api_queries), methods=["GET", "HEAD"], name="api_queries"),
        Route("/api/query/{name}", _guard(api_query), methods=["GET", "HEAD"], name="api_query"),
        *_page_routes(),
    ]
    middleware = [
        Middleware(AccessLog),
        Middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"],
            allow_headers=["Accept", "Authorization", "Content-Type"],
            expose_headers=["Content-Length", "Content-Type"],
            max_age=600,
        ),
    ]
    app = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={Exception: handle_error, HTTPException: handle_error, GraphError: handle_error},
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.executor = executor
    return app


def get(settings: Settings, path: str, headers: dict[str, str] | None = None) -> tuple[int, str, bytes]:
    """Make one in-process GET request (no socket): ``(status, content type, body)``. For ``serve --get``."""
    import warnings

    with warnings.catch_warnings():  # Starlette >= 1.x would rather the client were httpx2; httpx works
        warnings.filterwarnings("ignore", message=".*httpx.*")
        from starlette.testclient import TestClient

    app = create_app(settings)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get(path, headers=headers or {})
    return response.status_code, response.headers.get("content-type", ""), response.content


class DrainingServer(uvicorn.Server):
    """uvicorn's server, telling the executor when shutdown starts: requests in flight get ``grace_s``
    seconds to finish, then their workers are stopped and they are answered 503 (not cut off)."""

    def __init__(self, config: uvicorn.Config, executor: QueryExecutor, grace_s: float) -> None:
        super().__init__(config)
        self.executor = executor
        self.grace_s = grace_s

    async def shutdown(self, sockets: Any = None) -> None:
        self.executor.begin_shutdown(self.grace_s)
        await super().shutdown(sockets)


def run(settings: Settings, *, graceful_s: float = 10.0) -> None:
    """Serve ``settings.store`` with uvicorn until SIGINT/SIGTERM. Requests in flight then get
    ``graceful_s`` seconds (less 2) to finish; the rest are answered 503 and the workers stopped."""
    app = create_app(settings)
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        access_log=False,  # ours is the JSON line of AccessLog
        timeout_graceful_shutdown=int(graceful_s),
        log_level="info",
        lifespan="on",
        server_header=False,
    )
    DrainingServer(config, app.state.executor, grace_s=max(0.0, graceful_s - 2.0)).run()


@contextmanager
def serve_in_thread(settings: Settings, *, startup_timeout_s: float = 30.0) -> Iterator[str]:
    """Run the endpoint with uvicorn in a background thread; yield its base URL (``http://127.0.0.1:PORT``).

    ``settings.port = 0`` picks a free port. For notebooks and tests; the server stops on leaving the block.
    """
    import threading

    app = create_app(settings)
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        access_log=False,
        log_level="warning",
        lifespan="on",
        timeout_graceful_shutdown=5,
    )
    server = DrainingServer(config, app.state.executor, grace_s=4.0)
    thread = threading.Thread(target=server.run, name="ketluan-serve", daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout_s
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the endpoint over {settings.store} did not start (see the log above)")
        time.sleep(0.02)
    host, port = server.servers[0].sockets[0].getsockname()[:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
