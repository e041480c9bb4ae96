"""Writes through the endpoint: SPARQL 1.1 Update and the Graph Store HTTP Protocol (``allow_update`` only).

Both are refused with 403 unless the server runs with ``--allow-update`` and the request carries
``Authorization: Bearer <token>`` matching ``$KETLUAN_UPDATE_TOKEN``. Writes run one at a time in the
executor's writer process, under the query time limit.

Updates never touch the internal mention index (``kli:graph/mention-index``), whatever they say:

- an update that names the index graph or its predicate is refused (403);
- ``CLEAR``/``DROP ALL`` and ``NAMED`` are rewritten into one operation per graph, the index left out;
- a ``DELETE``/``INSERT`` template with ``GRAPH ?var`` gets ``FILTER(!BOUND(?var) || ?var != <index>)`` around
  its WHERE pattern (``DELETE WHERE`` is first written out as ``DELETE {…} WHERE {…}``), so a solution that
  binds the variable to the index writes nothing;
- ``using-graph-uri`` / ``using-named-graph-uri`` become ``USING`` / ``USING NAMED`` clauses of every
  DELETE/INSERT operation (an update that has its own USING or WITH is refused with 400, as the protocol says);
- ``LOAD`` may only read from IRIs on the ``service_allowlist`` (the server must not fetch arbitrary URLs).

Graph Store Protocol, on ``/rdf-graph-store?graph=IRI`` or ``?default``: GET and HEAD (allowed without
a token: they read what SPARQL can read), PUT (replace; 201 when the graph is new, else 204), POST (merge;
201/204), DELETE (204, or 404 when there is no such graph). Bodies in Turtle, N-Triples, RDF/XML, JSON-LD or N3.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterable
from typing import Any

from ketluan.graph.endpoint.protocol import (
    BadRequest,
    MethodNotAllowed,
    NotFound,
    QuerySyntax,
    Refused,
    SparqlRequest,
    StoreUnavailable,
    Token,
    UnsupportedMediaType,
    _media_type,
    _parse_form,
    analyse,
    negotiate,
    read_body,
    scan,
)

__all__ = ["check_token", "graph_store", "prepare_update", "run_write", "sparql_update"]

_INDEX_MARKERS = ("mention-index", "internal/mentions")

#: media type -> pyoxigraph RdfFormat attribute, for Graph Store Protocol bodies
_BODY_FORMATS = {
    "text/turtle": "TURTLE",
    "application/x-turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "text/plain": "N_TRIPLES",
    "application/rdf+xml": "RDF_XML",
    "application/ld+json": "JSON_LD",
    "text/n3": "N3",
}


# --------------------------------------------------------------------------------------------------------
# Rewriting an update (pure functions of the text; run in the writer process, which knows the graphs)


def _split_operations(tokens: list[Token]) -> list[tuple[int, int]]:
    """``(first, end)`` token ranges of the operations, split at ``;`` outside braces and parentheses."""
    ops, depth, first = [], 0, 0
    for i, t in enumerate(tokens):
        if t.kind == "punct" and t.value in ("{", "(", "[", "{|"):
            depth += 1
        elif t.kind == "punct" and t.value in ("}", ")", "]", "|}"):
            depth -= 1
        elif t.kind == "punct" and t.value == ";" and depth == 0:
            ops.append((first, i))
            first = i + 1
    ops.append((first, len(tokens)))
    return [(a, b) for a, b in ops if a < b]


def _matching_brace(tokens: list[Token], i: int) -> int:
    """Index of the ``}`` closing the ``{`` at ``i``."""
    depth = 0
    for j in range(i, len(tokens)):
        if tokens[j].value == "{" and tokens[j].kind == "punct":
            depth += 1
        elif tokens[j].value == "}" and tokens[j].kind == "punct":
            depth -= 1
            if depth == 0:
                return j
    raise QuerySyntax("the update has a { that is never closed")


def _graph_vars(tokens: list[Token], start: int, end: int) -> list[str]:
    out = []
    for i in range(start, end - 1):
        if tokens[i].kind == "word" and tokens[i].value == "graph" and tokens[i + 1].kind == "var":
            out.append(tokens[i + 1].value)
    return out


def prepare_update(
    text: str,
    *,
    using: Iterable[str] = (),
    using_named: Iterable[str] = (),
    prefixes: dict[str, str] | None = None,
    index_graph: str,
    index_iris: Iterable[str] = (),
    named_graphs: Callable[[], list[str]] = list,
) -> str:
    """The update to run for ``text``: checked and rewritten so that it cannot touch ``index_graph``.

    ``named_graphs()`` lists the store's named graphs but the index (called only for ALL / NAMED).
    Raises `Refused` when the update names the index, `BadRequest` for USING plus using-graph-uri.

    >>> print(prepare_update("DROP ALL", index_graph="x:idx", named_graphs=lambda: ["x:a", "x:b"]))
    DROP SILENT DEFAULT ; DROP SILENT GRAPH <x:a> ; DROP SILENT GRAPH <x:b>
    >>> print(prepare_update("DELETE WHERE { GRAPH ?g { ?s ?p ?o } }", index_graph="x:idx"))
    DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { { GRAPH ?g { ?s ?p ?o } } FILTER(!BOUND(?g) || ?g != <x:idx>) }
    """
    using, using_named = list(using), list(using_named)
    index_iris = tuple(index_iris) or (index_graph,)
    info = analyse(text, prefixes, index_iris=index_iris)
    for iri in info.iris:
        if iri in index_iris or any(m in iri for m in _INDEX_MARKERS):
            raise Refused(f"updates may not touch the internal mention index (the update names <{iri}>)")
    tokens = scan(text)
    if using or using_named:
        for t in tokens:
            if t.kind == "word" and t.value in ("using", "with"):
                raise BadRequest(
                    "the update has its own USING or WITH clause and the request gives using-graph-uri / "
                    "using-named-graph-uri: give the dataset one way only"
                )
    dataset_clause = " ".join(
        [*(f"USING <{g}>" for g in using), *(f"USING NAMED <{g}>" for g in using_named)]
    )
    edits: list[tuple[int, int, str]] = []  # (start offset, end offset, replacement) in the text

    for first, end in _split_operations(tokens):
        i = first
        while i < end and tokens[i].kind == "word" and tokens[i].value in ("prefix", "base"):
            i += 3 if tokens[i].value == "prefix" else 2
        if i >= end or tokens[i].kind != "word":
            continue
        keyword = tokens[i].value
        if keyword in ("clear", "drop"):
            j = i + 1
            silent = j < end and tokens[j].value == "silent"
            if silent:
                j += 1
            if j < end and tokens[j].kind == "word" and tokens[j].value in ("all", "named"):
                verb = keyword.upper()
                parts = [f"{verb} SILENT DEFAULT"] if tokens[j].value == "all" else []
                parts += [f"{verb} SILENT GRAPH <{g}>" for g in named_graphs() if g != index_graph]
                if not parts:
                    parts = [f"{verb} SILENT GRAPH <urn:ketluan:no-graph>"]
                start = tokens[i].start
                stop = tokens[j].start + len(tokens[j].text)
                edits.append((start, stop, " ; ".join(parts)))
            continue
        if keyword not in ("delete", "insert", "with"):
            continue
        nxt = tokens[i + 1] if i + 1 < end else None
        if nxt is not None and nxt.kind == "word" and nxt.value == "data":
            continue  # DELETE DATA / INSERT DATA: ground quads, the index IRIs already refused
        if keyword == "delete" and nxt is not None and nxt.kind == "word" and nxt.value == "where":
            open_ = i + 2
            close = _matching_brace(tokens, open_)
            pattern = text[tokens[open_].start : tokens[close].start + 1]
            graph_vars = _graph_vars(tokens, open_, close)
            if not graph_vars and not dataset_clause:
                continue
            where = _filtered(pattern, graph_vars, index_graph)
            clause = f" {dataset_clause}" if dataset_clause else ""
            edits.append(
                (tokens[i].start, tokens[close].start + 1, f"DELETE {pattern}{clause} WHERE {where}")
            )
            continue
        # DELETE {…} INSERT {…} USING … WHERE {…}
        where_at = next(
            (k for k in range(i, end) if tokens[k].kind == "word" and tokens[k].value == "where"), None
        )
        if where_at is None or where_at + 1 >= end:
            continue  # not a valid modify: let the store report the syntax error
        graph_vars = _graph_vars(tokens, i, where_at)
        if dataset_clause:
            edits.append((tokens[where_at].start, tokens[where_at].start, dataset_clause + " "))
        if graph_vars:
            open_ = where_at + 1
            close = _matching_brace(tokens, open_)
            pattern = text[tokens[open_].start : tokens[close].start + 1]
            edits.append(
                (tokens[open_].start, tokens[close].start + 1, _filtered(pattern, graph_vars, index_graph))
            )

    out = text
    for start, stop, replacement in sorted(edits, reverse=True):
        out = out[:start] + replacement + out[stop:]
    return out


def _filtered(pattern: str, graph_vars: list[str], index_graph: str) -> str:
    if not graph_vars:
        return pattern
    tests = " && ".join(f"(!BOUND(?{v}) || ?{v} != <{index_graph}>)" for v in dict.fromkeys(graph_vars))
    if len(graph_vars) == 1:
        tests = tests[1:-1]
    return f"{{ {pattern} FILTER({tests}) }}"


# --------------------------------------------------------------------------------------------------------
# The writer process


def run_write(state: Any, req: dict[str, Any]) -> dict[str, Any]:
    """Run one write request in the writer process (``state``: the executor's worker state, read-write)."""
    ox = state.ox
    store = state.store
    index = state.index
    op = req["op"]
    if state.mode != "write":
        raise Refused("this worker is read-only")
    if op == "update":
        prepared = prepare_update(
            req["update"],
            using=req.get("using", ()),
            using_named=req.get("using_named", ()),
            prefixes=req.get("prefixes"),
            index_graph=index.value,
            index_iris=req.get("index_iris", ()),
            named_graphs=lambda: [g.value for g in store.named_graphs() if g != index],
        )
        try:
            store.update(prepared, prefixes=req.get("prefixes"), base_iri=req.get("base_iri"))
        except SyntaxError as e:
            raise QuerySyntax(f"the update does not parse: {e}") from None
        except OSError as e:
            raise StoreUnavailable(f"the update failed: {' '.join(str(e).split())}") from None
        return {"ok": True}
    graph = req.get("graph")
    target: Any = ox.DefaultGraph() if graph is None else ox.NamedNode(graph)
    if target == index:
        raise Refused("the internal mention index cannot be written through the Graph Store Protocol")
    existed = True if graph is None else store.contains_named_graph(target)
    if op == "gsp_delete":
        if not existed:
            return {"ok": True, "found": False}
        store.update("DROP SILENT DEFAULT" if graph is None else f"DROP SILENT GRAPH {target}")
        return {"ok": True, "found": True}
    try:
        fmt = getattr(ox.RdfFormat, req["format"])
        parsed = list(ox.parse(req["data"], format=fmt, base_iri=req.get("base_iri")))
    except SyntaxError as e:
        raise BadRequest(f"the body does not parse as {req['format'].replace('_', '-')}: {e}") from None
    body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in parsed)
    data = f"INSERT DATA {{ {body} }}" if graph is None else f"INSERT DATA {{ GRAPH {target} {{ {body} }} }}"
    parts = []
    if op == "gsp_put":
        parts.append("DROP SILENT DEFAULT" if graph is None else f"DROP SILENT GRAPH {target}")
    if parsed:
        parts.append(data)
    elif graph is not None and not existed:
        parts.append(f"CREATE SILENT GRAPH {target}")
    try:
        if parts:
            store.update(" ;\n".join(parts))
    except (SyntaxError, OSError) as e:
        raise StoreUnavailable(f"cannot write the graph: {' '.join(str(e).split())}") from None
    return {"ok": True, "created": not existed}


# --------------------------------------------------------------------------------------------------------
# HTTP


def check_token(request: Any) -> None:
    """Refuse (403) unless updates are on and the request carries the right bearer token."""
    from ketluan.graph.endpoint.settings import describe_setting

    settings = request.app.state.settings
    if not settings.allow_update:
        raise Refused(
            "this endpoint is read-only: SPARQL Update and Graph Store writes are refused (setting "
            f"{describe_setting('allow_update')}, with the token in {describe_setting('update_token')})"
        )
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Refused("writes need the header 'Authorization: Bearer <token>' ($KETLUAN_UPDATE_TOKEN)")
    if not hmac.compare_digest(token.strip().encode(), str(settings.update_token).encode()):
        raise Refused("the bearer token is wrong")


def _check_update(executor: Any, text: str) -> None:
    from ketluan.graph.endpoint.settings import describe_setting

    info = executor.analyse(text)
    if not info.is_update:
        raise BadRequest("this is a query, not an update: send it as query= or application/sparql-query")
    executor.check_services(info)
    allowed = set(executor.settings.service_allowlist)
    for source in info.loads:
        if source not in allowed:
            raise Refused(
                f"LOAD <{source}> is refused: the server only loads from {describe_setting('service_allowlist')} "
                "(put the data into the store with the Graph Store Protocol instead: PUT /rdf-graph-store)"
            )


async def sparql_update(request: Any, sreq: SparqlRequest) -> Any:
    """POST /sparql with ``update=`` or ``application/sparql-update``: 204 when done."""
    from starlette.responses import Response

    check_token(request)
    executor = request.app.state.executor
    _check_update(executor, sreq.text)
    await executor.write(
        {
            "op": "update",
            "update": sreq.text,
            "using": sreq.default_graphs,
            "using_named": sreq.named_graphs,
            "index_iris": list(executor.index_iris),
            "base_iri": str(request.url.replace(query="")),
        }
    )
    return Response(status_code=204)


def _target(request: Any) -> tuple[str | None, str]:
    """``(graph IRI or None for the default graph, IRI used as base)`` from ``?graph=`` / ``?default``."""
    params = _parse_form(request.scope.get("query_string", b""), "query string")
    graphs, default = params.get("graph", []), "default" in params
    if default and graphs:
        raise BadRequest("give either ?default or ?graph=IRI, not both")
    if len(graphs) > 1:
        raise BadRequest("give one ?graph=IRI")
    if not default and not graphs:
        raise BadRequest("name the graph: /rdf-graph-store?graph=IRI, or ?default for the default graph")
    if default:
        return None, str(request.url.replace(query=""))
    iri = graphs[0]
    if ":" not in iri or any(c in iri for c in ' <>"{}|^`\\'):
        raise BadRequest(f"{iri!r} is not an absolute IRI")
    return iri, iri


async def graph_store(request: Any) -> Any:
    """The SPARQL 1.1 Graph Store HTTP Protocol on ``/rdf-graph-store``."""
    from starlette.responses import Response

    executor = request.app.state.executor
    settings = request.app.state.settings
    graph, base = _target(request)
    method = request.method
    is_index = graph is not None and (graph == executor.index_graph)
    if method in ("GET", "HEAD"):
        name, media = negotiate("graph", request.headers.get("accept"), None)
        body = None if is_index else await executor.read_graph(graph, name)
        if body is None:
            raise NotFound(f"there is no graph <{graph}> in this store")
        if method == "HEAD":
            return Response(status_code=200, media_type=media, headers={"Content-Length": str(len(body))})
        return Response(body, media_type=media)
    if method not in ("PUT", "POST", "DELETE"):
        raise MethodNotAllowed(
            f"{method} is not a Graph Store Protocol method",
            headers={"Allow": "GET, HEAD, PUT, POST, DELETE, OPTIONS"},
        )
    check_token(request)
    if is_index:
        raise Refused("the internal mention index cannot be written through the Graph Store Protocol")
    if method == "DELETE":
        answer = await executor.write({"op": "gsp_delete", "graph": graph})
        if not answer.get("found"):
            raise NotFound(f"there is no graph <{graph}> in this store")
        return Response(status_code=204)
    media, _params = _media_type(request.headers.get("content-type"))
    if media not in _BODY_FORMATS:
        raise UnsupportedMediaType(
            f"cannot read a {media or 'body without Content-Type'}; send one of {', '.join(_BODY_FORMATS)}"
        )
    data = await read_body(request, settings.max_body_bytes)
    answer = await executor.write(
        {
            "op": "gsp_put" if method == "PUT" else "gsp_post",
            "graph": graph,
            "data": data,
            "format": _BODY_FORMATS[media],
            "base_iri": base,
        }
    )
    return Response(status_code=201 if answer.get("created") else 204)
