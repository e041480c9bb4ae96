"""Query a SPARQL 1.1 server other than the embedded store (Virtuoso, Fuseki, QLever …) through SPARQLWrapper.

`Remote` says where the server is and how to log in (credentials come from the environment, never from the
command line, where other users could read them). `run_remote_query` runs a named query there with the same
parameter checks as `ketluan.graph.queries.run_query` and returns the same `QueryResult`, so tables, CSV and
JSON come out alike. The server has no pyoxigraph ``substitutions``: the parameters are written into the query
text as RDF terms by `ketluan.graph.substitute`, which escapes them and never pastes a raw value.

The named queries read the default graph as the union of all named graphs, as the embedded store is queried
(``use_default_graph_as_union``). Virtuoso does that for a query without ``FROM``; Fuseki needs
``tdb2:unionDefaultGraph true`` (see ``docs/scaling.md``).

Every failure (unreachable, refused, a server error, a timeout) is a one-line `RemoteError` naming the URL.
"""

from __future__ import annotations

import json
import os
import socket
import urllib.error
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import pyoxigraph as ox

from ketluan.graph.errors import QueryError, RemoteError
from ketluan.graph.queries import NamedQuery, QueryResult, bind_params
from ketluan.graph.substitute import substitute_variables

__all__ = [
    "AUTH_SCHEMES",
    "boolean_answer",
    "ENV_AUTH",
    "ENV_PASSWORD",
    "ENV_USER",
    "Remote",
    "incomplete",
    "json_term",
    "named_query_text",
    "remote_request",
    "remote_select",
    "run_remote_query",
]

ENV_USER = "KETLUAN_ENDPOINT_USER"
ENV_PASSWORD = "KETLUAN_ENDPOINT_PASSWORD"
ENV_AUTH = "KETLUAN_ENDPOINT_AUTH"
#: ``auto`` asks the server which scheme it wants (one unauthenticated request, the first time).
AUTH_SCHEMES = ("auto", "basic", "digest")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass
class Remote:
    """A SPARQL 1.1 server: ``url`` answers queries (SPARQL 1.1 Protocol); ``gsp_url`` takes graphs (SPARQL
    1.1 Graph Store HTTP Protocol), ``url`` itself when not given (Fuseki serves both at ``/ds``; Virtuoso
    wants ``/sparql-graph-crud-auth``). With ``user``, requests log in with HTTP ``auth`` (basic or digest);
    ``auto`` picks the scheme the server's 401 challenge names."""

    url: str
    gsp_url: str | None = None
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    auth: str = "auto"
    timeout_s: float = 60.0
    _realm: dict[str, tuple[str, str | None]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for name in ("url", "gsp_url"):
            value = getattr(self, name)
            if value is not None and not value.startswith(("http://", "https://")):
                raise RemoteError(f"{value!r} is not an http(s) URL — give the server's SPARQL endpoint URL")
        if self.auth not in AUTH_SCHEMES:
            raise RemoteError(f"unknown --auth {self.auth!r} — use one of: {', '.join(AUTH_SCHEMES)}")

    @classmethod
    def from_env(
        cls, url: str, *, gsp_url: str | None = None, auth: str | None = None, timeout_s: float = 60.0
    ) -> Remote:
        """A `Remote` with credentials from ``$KETLUAN_ENDPOINT_USER``/``$KETLUAN_ENDPOINT_PASSWORD`` (and the
        scheme from ``$KETLUAN_ENDPOINT_AUTH`` unless ``auth`` is given)."""
        return cls(
            url=url,
            gsp_url=gsp_url,
            user=os.environ.get(ENV_USER) or None,
            password=os.environ.get(ENV_PASSWORD) or None,
            auth=auth or os.environ.get(ENV_AUTH) or "auto",
            timeout_s=timeout_s,
        )

    @property
    def graph_store_url(self) -> str:
        return self.gsp_url or self.url

    def scheme_for(self, url: str) -> tuple[str, str | None]:
        """``(scheme, realm)`` to log in to ``url`` with: ``("none", None)`` without credentials; for ``auto``,
        what the server's challenge to an anonymous request asks for (asked once per URL)."""
        if not self.user:
            return "none", None
        if self.auth != "auto":
            return self.auth, self._realm.get(url, ("", None))[1] or "SPARQL"
        if url not in self._realm:
            import httpx

            try:
                response = httpx.get(url, params={"query": "ASK {}"}, timeout=self.timeout_s)
            except httpx.HTTPError as e:
                raise unreachable(url, e) from None
            self._realm[url] = parse_challenge(response.headers.get("www-authenticate", ""))
        return self._realm[url]


def parse_challenge(header: str) -> tuple[str, str | None]:
    """``WWW-Authenticate: Digest realm="SPARQL", …`` -> ``("digest", "SPARQL")``; no challenge -> basic."""
    scheme, _, rest = header.strip().partition(" ")
    realm = None
    for part in rest.split(","):
        key, _, value = part.strip().partition("=")
        if key.lower() == "realm":
            realm = value.strip('"')
    return ("digest" if scheme.lower() == "digest" else "basic"), realm


def unreachable(url: str, error: BaseException) -> RemoteError:
    """The error for a request that got no HTTP answer at all (status 504 for a timeout, else 502)."""
    reason = getattr(error, "reason", None) or error
    text = " ".join(str(reason).split())
    if isinstance(reason, TimeoutError | socket.timeout) or "timed out" in text.lower():
        return RemoteError(
            f"{url}: no answer in time (timed out) — is the server overloaded, or the query too broad?", 504
        )
    if "refused" in text.lower():
        return RemoteError(
            f"{url}: connection refused — is the SPARQL server running, on that host and port?"
        )
    if "name or service not known" in text.lower() or "nodename nor servname" in text.lower():
        return RemoteError(f"{url}: unknown host — check the URL")
    return RemoteError(f"{url}: cannot connect ({text or type(error).__name__})")


def refused(url: str, status: int, body: bytes | str, what: str = "the request") -> RemoteError:
    """One line for an HTTP error answer: the status, and the start of the server's own message."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    import re

    text = re.sub(r"<[^>]+>", " ", text)  # Virtuoso answers errors as HTML
    text = " ".join(text.split())[:300]
    hint = {
        401: " — set $KETLUAN_ENDPOINT_USER and $KETLUAN_ENDPOINT_PASSWORD (and --auth basic|digest)",
        403: " — the account may not do this (Virtuoso: grant SPARQL_UPDATE, or use /sparql-graph-crud-auth)",
        404: " — check the URL (Virtuoso: /sparql, /sparql-graph-crud-auth; Fuseki: /ds/sparql, /ds/data)",
        405: " — this URL does not take it; give the Graph Store URL with --gsp",
    }.get(status, "")
    return RemoteError(
        f"{url}: the server refused {what} (HTTP {status}{': ' + text if text else ''}){hint}", status
    )


# --------------------------------------------------------------------------------------------------------
# Queries


def named_query_text(q: NamedQuery, params: Mapping[str, str] | None = None) -> str:
    """The text of ``q`` with its parameters checked (`bind_params`) and written in as RDF terms."""
    bindings = bind_params(q, params or {})
    return substitute_variables(q.text, {v.value: term for v, term in bindings.items()})


def remote_request(remote: Remote, text: str, *, graph: bool = False) -> tuple[bytes, str]:
    """Send the query ``text`` to ``remote.url`` (POST, form-encoded); ``(body, content type)`` of the answer:
    SPARQL JSON results, or Turtle with ``graph=True`` (CONSTRUCT, DESCRIBE)."""
    from SPARQLWrapper import BASIC, DIGEST, JSON, POST, TURTLE, URLENCODED, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    url = remote.url
    client = SPARQLWrapper(url, agent="ketluan")
    client.setMethod(POST)
    client.setRequestMethod(URLENCODED)
    client.setReturnFormat(TURTLE if graph else JSON)
    client.setOnlyConneg(True)  # the Accept header only, no format=/output= parameters
    client.setTimeout(max(1, round(remote.timeout_s)))
    client.setQuery(text)
    scheme, realm = remote.scheme_for(url)
    if scheme != "none":
        client.setHTTPAuth(DIGEST if scheme == "digest" else BASIC)
        client.setCredentials(remote.user, remote.password, realm=realm or "SPARQL")
    try:
        response = client.query().response
        body = response.read()
        incomplete(url, response.headers)
        return body, response.headers.get("content-type", "")
    except urllib.error.HTTPError as e:
        raise refused(url, e.code, e.read() or e.reason, "the query") from None
    except SPARQLWrapperException as e:
        status = {"QueryBadFormed": 400, "Unauthorized": 401, "EndPointNotFound": 404, "URITooLong": 414}
        raise refused(url, status.get(type(e).__name__, 500), _response_text(e), "the query") from None
    except (urllib.error.URLError, OSError) as e:
        raise unreachable(url, e) from None


def incomplete(url: str, headers: Mapping[str, str]) -> None:
    """Raise `RemoteError` when the server says (in its headers) that the answer is not the whole answer.

    Virtuoso answers ``200 OK`` with the first ``ResultSetMaxRows`` rows of a longer result and the header
    ``X-SPARQL-MaxRows``, and with partial results after its ``MaxQueryExecutionTime`` ("anytime" queries)
    and the header ``X-SQL-State: S1TAT``. Either would pass for a complete answer: refused here (413, 504).
    A result of exactly ``ResultSetMaxRows`` rows gets the header too, and is refused with the others.
    """
    limit = headers.get("x-sparql-maxrows")
    if limit:
        raise RemoteError(
            f"{url}: the server cut the answer short at its limit of {limit.strip()} rows (Virtuoso: "
            "ResultSetMaxRows, [SPARQL] section of virtuoso.ini) — narrow the query or raise that limit",
            413,
        )
    if (headers.get("x-sql-state") or "").strip().upper() == "S1TAT":
        raise RemoteError(
            f"{url}: the server stopped the query at its time limit and sent partial results (Virtuoso: "
            "MaxQueryExecutionTime, [SPARQL] section of virtuoso.ini) — narrow the query or raise that limit",
            504,
        )


def _response_text(error: Exception) -> str:
    """The server's message inside a SPARQLWrapper exception (which holds it as the repr of bytes)."""
    import ast

    text = str(error).partition("Response:")[2].strip()
    if text[:2] in ("b'", 'b"'):
        try:
            return bytes(ast.literal_eval(text)).decode("utf-8", "replace")
        except (ValueError, SyntaxError):
            pass
    return text


def boolean_answer(document: dict[str, Any]) -> dict[str, Any]:
    """An ASK answer as SPARQL JSON results say it, ``{"head": {}, "boolean": …}``: Virtuoso 7.2 answers ASK
    with a one-row table of the variable ``__ASK_RETVAL`` (1 or 0) instead; anything else is kept as it is."""
    if document.get("head", {}).get("vars") == ["__ASK_RETVAL"]:
        rows = document.get("results", {}).get("bindings", [])
        value = rows[0].get("__ASK_RETVAL", {}).get("value", "0") if rows else "0"
        return {"head": {}, "boolean": value not in ("0", "false")}
    return document


def remote_select(remote: Remote, text: str) -> dict[str, Any]:
    """Run a SELECT or ASK ``text`` on ``remote``; its SPARQL JSON results, parsed."""
    body, media = remote_request(remote, text)
    try:
        document = json.loads(body)
    except ValueError:
        raise RemoteError(
            f"{remote.url}: the answer is not SPARQL JSON results ({media or 'no content type'}: "
            f"{' '.join(body[:120].decode('utf-8', 'replace').split())!r}) — is this a SPARQL endpoint?"
        ) from None
    if not isinstance(document, dict) or "head" not in document:
        raise RemoteError(f"{remote.url}: the answer is not SPARQL JSON results — is this a SPARQL endpoint?")
    return boolean_answer(document)


def json_term(cell: Mapping[str, str]) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """One SPARQL JSON results cell as a pyoxigraph term (``typed-literal`` is Virtuoso's older spelling)."""
    kind, value = cell.get("type"), cell.get("value", "")
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if kind in ("literal", "typed-literal"):
        if cell.get("xml:lang"):
            return ox.Literal(value, language=cell["xml:lang"])
        datatype = cell.get("datatype")
        if datatype and datatype != _XSD_STRING:
            return ox.Literal(value, datatype=ox.NamedNode(datatype))
        return ox.Literal(value)
    raise RemoteError(f"unexpected cell in the server's answer: {dict(cell)!r}")


def run_remote_query(remote: Remote, q: NamedQuery, params: Mapping[str, str] | None = None) -> QueryResult:
    """Run the named query ``q`` on ``remote`` with ``params`` bound as RDF terms; the parameter columns are
    left out, as `ketluan.graph.queries.run_query` does. Raises `QueryError` for bad parameters and
    `RemoteError` when the server fails."""
    text = named_query_text(q, params)
    document = remote_select(remote, text)
    if "boolean" in document:
        raise QueryError(f"Query {q.name!r} is not a SELECT query; named queries must return a table.")
    hidden = q.hidden_names
    variables = [v for v in document["head"].get("vars", []) if v not in hidden]
    rows = [
        [json_term(row[v]) if v in row else None for v in variables]
        for row in document.get("results", {}).get("bindings", [])
    ]
    return QueryResult(variables=variables, rows=rows)


def with_timeout(remote: Remote, timeout_s: float) -> Remote:
    """A copy of ``remote`` with another time limit (the login scheme already learnt is kept)."""
    return replace(remote, timeout_s=timeout_s)
