"""The endpoint over another SPARQL 1.1 server (``ketluan serve --endpoint URL``): read-only, forwarded.

`RemoteExecutor` takes the place of `ketluan.graph.endpoint.executor.QueryExecutor` in the app: the same
methods the routes and pages call (``execute``, ``select_json``, ``read_graph`` …), but each query is sent to
the remote server (`ketluan.graph.remote`) instead of a worker process, so the web pages, ``/sparql`` and
``/api/query/NAME`` answer from the remote store. What the local executor does for safety still happens
here, before anything is sent: updates are refused (403), SERVICE is limited to the allow-list, answers
larger than ``max_result_bytes`` are refused. Variables the routes bind (``substitutions``) are written
into the text as RDF terms by `ketluan.graph.substitute`. Prefixes the local store knows (``kl:``,
``skos:`` …) are declared for the server when the query uses them without declaring them.

The remote answer is re-serialised here in the format the client negotiated (SPARQL JSON/XML/CSV/TSV,
Turtle, N-Triples …), so a client sees the same formats as with the embedded store. The server's own time
limit applies as well as ``query_timeout_s``, which is the HTTP timeout of each request.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

import pyoxigraph as ox

from ketluan.graph.endpoint.executor import ExecResult, QueryExecutor
from ketluan.graph.endpoint.protocol import (
    GRAPH_FORMATS,
    RESULT_FORMATS,
    BadRequest,
    QueryInfo,
    QuerySyntax,
    QueryTimeout,
    Refused,
    StoreUnavailable,
    TooLarge,
    analyse,
    negotiate,
)
from ketluan.graph.errors import QueryError, RemoteError
from ketluan.graph.remote import Remote, boolean_answer, remote_request, with_timeout
from ketluan.graph.substitute import substitute_variables

__all__ = ["RemoteExecutor"]

_DECLARED = re.compile(r"\bPREFIX\s+([\w\-.]*):", re.IGNORECASE)


class RemoteExecutor:
    """Answers the endpoint's queries from the SPARQL server at ``settings.endpoint``; never writes."""

    def __init__(self, settings: Any) -> None:
        from ketluan.graph.mentions import INDEX_GRAPH, INDEX_PREDICATE
        from ketluan.ontology.namespaces import PREFIXES

        self.settings = settings
        self.remote = Remote.from_env(settings.endpoint, timeout_s=float(settings.query_timeout_s))
        self.prefixes: dict[str, str] = dict(PREFIXES)
        self.index_graph = INDEX_GRAPH
        self.index_iris = (INDEX_GRAPH, INDEX_PREDICATE)

    # -- lifecycle: nothing to start, nothing to stop ------------------------------------------------------

    def check_store(self) -> None:
        """Raise `StoreUnavailable` unless the server answers ``ASK {}``."""
        try:
            remote_request(self.remote, "ASK {}")
        except RemoteError as e:
            raise StoreUnavailable(str(e)) from None

    def start(self) -> None:
        """Nothing to start: each request is one HTTP request to the server."""

    def close(self, grace_s: float = 2.0) -> None:
        """Nothing to stop."""

    def begin_shutdown(self, grace_s: float) -> None:
        """Nothing to drain: requests in flight finish with their HTTP request."""

    @property
    def workers_alive(self) -> int:
        return 0

    # -- checks shared with the local executor ------------------------------------------------------------

    def analyse(self, query: str) -> QueryInfo:
        return analyse(query, self.prefixes, index_iris=self.index_iris)

    def check_services(self, info: QueryInfo) -> None:
        QueryExecutor.check_services(self, info)  # type: ignore[arg-type]  # reads self.settings only

    # -- running ------------------------------------------------------------------------------------------

    def _text(self, query: str, substitutions: Mapping[str, str] | None) -> str:
        """``query`` with the substituted terms written in and the undeclared known prefixes declared."""
        if substitutions:
            try:
                query = substitute_variables(
                    query, {name.lstrip("?$"): _term(text) for name, text in substitutions.items()}
                )
            except QueryError as e:
                raise BadRequest(str(e)) from None
        declared = set(_DECLARED.findall(query))
        missing = [
            f"PREFIX {p}: <{ns}>\n"
            for p, ns in self.prefixes.items()
            if p not in declared and re.search(rf"(?<![\w\-.:<]){re.escape(p)}:", query)
        ]
        return "".join(missing) + query

    def _send(self, text: str, *, graph: bool, timeout: float | None) -> tuple[bytes, str]:
        remote = self.remote if timeout is None else with_timeout(self.remote, timeout)
        try:
            return remote_request(remote, text, graph=graph)
        except RemoteError as e:
            if e.status == 400:
                raise QuerySyntax(str(e)) from None
            if e.status == 504:
                raise QueryTimeout(str(e)) from None
            if e.status == 413:  # the server's answer was cut at its row limit
                raise TooLarge(str(e)) from None
            raise StoreUnavailable(str(e)) from None

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
        labels_of: str | None = None,  # no label index beside a remote server: the query runs as written
    ) -> ExecResult:
        """Run a query on the server; its answer in the negotiated format (see `QueryExecutor.execute`).
        ``default_graphs``/``named_graphs`` are refused: write FROM / FROM NAMED in the query instead."""
        import anyio

        info = self.analyse(query)
        if info.is_update:
            raise Refused(
                "this endpoint forwards to another SPARQL server and is read-only: write to that server, or "
                "load it with `ketluan push`"
            )
        self.check_services(info)
        if default_graphs or named_graphs:
            raise BadRequest(
                "default-graph-uri / named-graph-uri are not forwarded to the remote server; write FROM / "
                "FROM NAMED in the query"
            )
        graph = info.form in ("construct", "describe")
        kind = "graph" if graph else "results"
        name, media = negotiate(kind, accept, format)  # 406 before the server is asked
        text = self._text(query, substitutions)
        body, _type = await anyio.to_thread.run_sync(lambda: self._send(text, graph=graph, timeout=timeout))
        if info.form == "ask":
            try:
                body = json.dumps(boolean_answer(json.loads(body))).encode()
            except ValueError:
                pass  # not JSON: reported as unreadable below
        out = self._reserialise(body, graph, name)
        if len(out) > int(self.settings.max_result_bytes):
            from ketluan.graph.endpoint.settings import describe_setting

            raise TooLarge(
                f"the result is larger than {self.settings.max_result_bytes} bytes, the limit set by "
                f"{describe_setting('max_result_bytes')}; add a LIMIT or narrow the query"
            )
        return ExecResult(out, media, "graph" if graph else "boolean" if info.form == "ask" else "solutions")

    def _reserialise(self, body: bytes, graph: bool, name: str) -> bytes:
        try:
            if graph:
                triples = ox.parse(body, format=ox.RdfFormat.TURTLE)
                fmt = getattr(ox.RdfFormat, GRAPH_FORMATS[name][0])
                return ox.serialize(triples, format=fmt, prefixes=self.prefixes) or b""
            results = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
            return results.serialize(format=getattr(ox.QueryResultsFormat, RESULT_FORMATS[name][0])) or b""
        except (SyntaxError, ValueError) as e:
            raise StoreUnavailable(
                f"{self.remote.url}: cannot read the server's answer ({' '.join(str(e).split())[:200]})"
            ) from None

    select_json = QueryExecutor.select_json  # calls self.execute only

    async def write(self, request: dict[str, Any], timeout: float | None = None) -> dict[str, Any]:
        raise Refused("this endpoint forwards to another SPARQL server and is read-only")

    async def read_graph(
        self, graph: str | None, format_name: str, timeout: float | None = None
    ) -> bytes | None:
        """One graph of the server (None: its default graph) in ``format_name``, or None when it is empty."""
        if graph is None:
            query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
        else:
            query = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?graph { ?s ?p ?o } }"
        subs = {"graph": f"<{graph}>"} if graph is not None else None
        result = await self.execute(query, format=format_name, substitutions=subs, timeout=timeout)
        exists = (
            await self.select_json("ASK { GRAPH ?graph { ?s ?p ?o } }", subs) if subs else {"boolean": True}
        )
        return result.body if exists.get("boolean") else None


def _term(text: str) -> ox.NamedNode | ox.Literal:
    """An N-Triples term (what the routes pass as substitutions) as a pyoxigraph term; `BadRequest` if not."""
    try:
        quads = list(ox.parse(f"<x:s> <x:p> {text} .".encode(), format=ox.RdfFormat.N_TRIPLES))
    except SyntaxError:
        raise BadRequest(f"{text!r} is not an RDF term in N-Triples syntax") from None
    if len(quads) != 1 or not isinstance(quads[0].object, ox.NamedNode | ox.Literal):
        raise BadRequest(f"{text!r} is not one IRI or literal")
    return quads[0].object
