"""The SPARQL 1.1 Protocol as ketluan speaks it: errors, reading requests, reading queries, formats.

- **Errors.** One hierarchy (`EndpointError`), each class with its HTTP status and title; the app's one
  exception handler renders any of them as ``{"error": {"status", "title", "detail"}}`` for JSON clients and
  as plain text or HTML otherwise (`error_response`).
- **Requests.** `read_sparql_request` turns a GET or POST on ``/sparql`` into a `SparqlRequest` (query,
  update or service description) following the protocol's rules: one ``query`` or ``update``, form-encoded or
  direct bodies, strict UTF-8, dataset parameters.
- **Queries.** `scan` is a SPARQL tokenizer that knows comments, the four string forms and IRIs, so that
  `analyse` sees only real keywords: a ``SERVICE`` hidden in a comment, a string or an IRI is not one, and
  one written in the query always is. `analyse` also tells whether a query could read the internal mention
  index when the default graph is the union of all graphs (see `QueryInfo.union_safe`).
- **Formats.** `negotiate` picks the result format from ``format=`` (or ``output=``/``results=``) and the
  ``Accept`` header; `service_description` writes the SPARQL 1.1 Service Description.

This module imports only the standard library (and pyoxigraph inside functions), so that the worker processes
of `ketluan.graph.endpoint.executor` start fast.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urljoin

from ketluan.graph.errors import GraphError

__all__ = [
    "BadRequest",
    "BodyTooLarge",
    "Busy",
    "EndpointError",
    "MethodNotAllowed",
    "NotAcceptable",
    "NotFound",
    "QueryInfo",
    "QuerySyntax",
    "QueryTimeout",
    "Refused",
    "SparqlRequest",
    "StoreUnavailable",
    "OutOfMemory",
    "Token",
    "TooLarge",
    "UnsupportedMediaType",
    "analyse",
    "error_response",
    "negotiate",
    "read_body",
    "read_sparql_request",
    "scan",
    "service_description",
]

# --------------------------------------------------------------------------------------------------------
# Errors


class EndpointError(GraphError):
    """An error the endpoint answers with ``status``; ``detail`` says what happened and what to do."""

    status = 500
    title = "Internal server error"

    def __init__(self, detail: str, *, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(detail)
        self.detail = " ".join(detail.split())
        self.headers = dict(headers or {})


class BadRequest(EndpointError):
    status, title = 400, "Bad request"


class QuerySyntax(BadRequest):
    """The query or update does not parse."""

    title = "Malformed query"


class Refused(EndpointError):
    """Not allowed here: an update on a read-only endpoint, a wrong token, a SERVICE not on the allow-list."""

    status, title = 403, "Forbidden"


class NotFound(EndpointError):
    status, title = 404, "Not found"


class MethodNotAllowed(EndpointError):
    status, title = 405, "Method not allowed"


class NotAcceptable(EndpointError):
    status, title = 406, "Not acceptable"


class BodyTooLarge(EndpointError):
    status, title = 413, "Request body too large"


class UnsupportedMediaType(EndpointError):
    status, title = 415, "Unsupported media type"


class TooLarge(EndpointError):
    """The result is bigger than the ``max_result_bytes`` setting allows."""

    status, title = 500, "Result too large"


class StoreUnavailable(EndpointError):
    """The store cannot be read (missing, unreadable) or a query failed inside the store."""

    status, title = 500, "Store error"


class QueryTimeout(EndpointError):
    """The query ran past the ``query_timeout_s`` setting; its worker was killed."""

    status, title = 503, "Query timed out"


class OutOfMemory(EndpointError):
    """The query needed more memory than the ``worker_memory_mb`` setting allows; its worker was replaced."""

    status, title = 503, "Query used too much memory"


class Busy(EndpointError):
    """Every worker stayed busy for the whole time limit."""

    status, title = 503, "Service busy"


_JSON_TYPES = ("application/json", "application/sparql-results+json", "application/ld+json")


def _prefers(accept: str | None, path: str) -> str:
    """``json``, ``html`` or ``text``: how to write an error for this client."""
    if path.startswith("/api/"):
        return "json"
    ranges = _parse_accept(accept)
    for media, _q in ranges:
        if media in _JSON_TYPES or media.endswith("+json"):
            return "json"
        if media in ("text/html", "application/xhtml+xml"):
            return "html"
        if media in ("text/plain", "*/*", "text/*"):
            return "text"
    return "text"


def error_body(exc: EndpointError) -> dict[str, Any]:
    """The one JSON error shape."""
    return {"error": {"status": exc.status, "title": exc.title, "detail": exc.detail}}


def error_response(request: Any, exc: EndpointError) -> Any:
    """``exc`` as a Starlette response in the client's preferred form (JSON, HTML or plain text)."""
    from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response

    kind = _prefers(request.headers.get("accept"), request.url.path)
    headers = dict(exc.headers)
    response: Response
    if kind == "json":
        response = JSONResponse(error_body(exc), status_code=exc.status, headers=headers)
    elif kind == "html":
        page = (
            "<!doctype html><html lang=en><meta charset=utf-8>"
            f"<title>{exc.status} {html.escape(exc.title)}</title>"
            f"<h1>{exc.status} {html.escape(exc.title)}</h1><p>{html.escape(exc.detail)}</p></html>\n"
        )
        response = HTMLResponse(page, status_code=exc.status, headers=headers)
    else:
        response = PlainTextResponse(
            f"{exc.status} {exc.title}: {exc.detail}\n", status_code=exc.status, headers=headers
        )
    return response


# --------------------------------------------------------------------------------------------------------
# Tokens


@dataclass(frozen=True, slots=True)
class Token:
    """One SPARQL token. ``kind``: iri, pname, bnode, var, string, number, langtag, word, punct.

    ``value`` is the decoded form: an IRI without its brackets and with ``\\u`` escapes applied, a prefixed
    name with its local-name escapes removed, a variable's name, a word lower-cased, the text otherwise.
    """

    kind: str
    text: str
    start: int
    value: str


_PN_CHARS_BASE = r"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF"
_PN_CHARS_U = _PN_CHARS_BASE + "_"
_PN_CHARS = _PN_CHARS_U + r"\-0-9\u00B7\u0300-\u036F\u203F-\u2040"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_PN_PREFIX = rf"[{_PN_CHARS_BASE}](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?"
_PN_LOCAL = rf"(?:[{_PN_CHARS_U}:0-9]|{_PLX})(?:(?:[{_PN_CHARS}.:]|{_PLX})*(?:[{_PN_CHARS}:]|{_PLX}))?"
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"

_TOKEN = re.compile(
    rf"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''
             | \"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
             | '(?:[^'\\\n\r]|\\.)*'
             | "(?:[^"\\\n\r]|\\.)*")
  | (?P<badstring>['"])
  | (?P<iri><(?:[^<>"{{}}|^`\\\x00-\x20]|{_UCHAR})*>)
  | (?P<var>[?$][{_PN_CHARS_U}0-9][{_PN_CHARS_U}0-9\u00B7\u0300-\u036F\u203F-\u2040]*)
  | (?P<bnode>_:[{_PN_CHARS_U}0-9](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?)
  | (?P<pname>(?:{_PN_PREFIX})?:(?:{_PN_LOCAL})?)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*(?:--[A-Za-z]+)?)
  | (?P<number>[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?)
  | (?P<punct>\^\^|&&|\|\||!=|<=|>=|\{{\||\|\}}|<<\(|\)>>|<<|>>|[{{}}()\[\];,.!^|/*+\-=<>?~])
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_ESCAPE = re.compile(_UCHAR)
_LOCAL_ESCAPE = re.compile(r"\\([_~.\-!$&'()*+,;=/?#@%])")


def _unescape_uchar(text: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(0)[2:], 16)), text)


def _line_col(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"line {line}, column {col}"


def scan(text: str) -> list[Token]:
    """The tokens of a SPARQL query or update, comments and whitespace left out.

    Raises `QuerySyntax` for a string that is never closed (nothing after it could be read reliably).

    >>> [t.value for t in scan('SELECT * { ?s <http://x/\\\\u0070> "SERVICE # no" } # SERVICE')]
    ['select', '*', '{', 's', 'http://x/p', '"SERVICE # no"', '}']
    """
    tokens: list[Token] = []
    pos, end = 0, len(text)
    while pos < end:
        m = _TOKEN.match(text, pos)
        assert m is not None  # the "other" branch matches any character
        kind = m.lastgroup or "other"
        raw = m.group(0)
        if kind == "badstring":
            raise QuerySyntax(f"the query has a string that is never closed ({_line_col(text, pos)})")
        if kind not in ("ws", "comment"):
            if kind == "iri":
                value = _unescape_uchar(raw[1:-1])
            elif kind == "pname":
                value = _LOCAL_ESCAPE.sub(r"\1", raw)
            elif kind == "var":
                value = raw[1:]
            elif kind == "word":
                value = raw.lower()
            else:
                value = raw
            if kind == "other":
                kind = "punct"
            tokens.append(Token(kind, raw, pos, value))
        pos = m.end()
    return tokens


# --------------------------------------------------------------------------------------------------------
# Analysis


_QUERY_FORMS = ("select", "construct", "describe", "ask")
_UPDATE_WORDS = ("insert", "delete", "load", "clear", "drop", "create", "add", "move", "copy", "with")
#: Tokens that can end a subject (or an object) in a triple pattern: a variable after one may be a verb.
_TERM_KINDS = frozenset({"iri", "pname", "bnode", "var", "string", "number", "langtag"})
_SUBJECT_END_PUNCT = frozenset({"]", ")", ">>", ")>>", ";", "[", "{|"})
_OBJECT_START_PUNCT = frozenset({"[", "(", "<<", "<<(", "+", "-"})
_PATH_PUNCT = frozenset({"/", "|", "^"})


@dataclass
class QueryInfo:
    """What `analyse` found in a query or update, before anything runs."""

    form: str | None = None  # select, construct, describe, ask; or the first update keyword
    is_update: bool = False
    #: every SERVICE target: an IRI, or None for a variable or anything that is not an IRI
    services: list[str | None] = field(default_factory=list)
    #: FROM and FROM NAMED graphs of a query (USING / USING NAMED of an update)
    from_graphs: list[str] = field(default_factory=list)
    from_named: list[str] = field(default_factory=list)
    #: every IRI written in the text (prefixed names expanded, relative IRIs resolved against BASE)
    iris: list[str] = field(default_factory=list)
    #: LOAD sources of an update
    loads: list[str] = field(default_factory=list)
    #: why the query could reach the mention index over the union default graph (empty: it cannot)
    index_risks: list[str] = field(default_factory=list)

    @property
    def kind(self) -> str | None:
        """``results`` (SELECT, ASK) or ``graph`` (CONSTRUCT, DESCRIBE), None when unknown."""
        if self.form in ("select", "ask"):
            return "results"
        if self.form in ("construct", "describe"):
            return "graph"
        return None

    @property
    def union_safe(self) -> bool:
        """True when the query cannot match a quad of the mention index, so it may run over the union
        default graph as is (fast); otherwise it runs over an explicit list of every other graph.

        The index holds one quad per notice, ``<notice> kli:internal/mentions "json"``, with a predicate used
        nowhere else. A triple pattern reaches it only when its predicate is a variable, that IRI, a negated
        property set (``!p``) or a path that may have length zero (``p?``, ``p*``), or through DESCRIBE.
        """
        return not self.index_risks


def _expand(token: Token, prefixes: Mapping[str, str], base: str | None) -> str | None:
    if token.kind == "iri":
        value = token.value
        if base and not re.match(r"[A-Za-z][A-Za-z0-9+.\-]*:", value):
            value = urljoin(base, value)
        return value
    if token.kind == "pname":
        prefix, _, local = token.value.partition(":")
        namespace = prefixes.get(prefix)
        return None if namespace is None else namespace + local
    if token.kind == "word" and token.value == "a":
        return "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    return None


def _skip_regions(tokens: list[Token]) -> set[int]:
    """Indexes of tokens that are lists of variables, not triple patterns: SELECT projections, GROUP BY,
    ORDER BY and VALUES blocks (adjacent variables there are not subject-verb-object)."""
    skip: set[int] = set()
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        if t.kind == "word" and t.value == "select":
            j = i + 1
            while j < n and not (
                tokens[j].value == "{" or (tokens[j].kind == "word" and tokens[j].value in ("where", "from"))
            ):
                skip.add(j)
                j += 1
            i = j
            continue
        if t.kind == "word" and t.value in ("group", "order"):
            j = i + 1
            while j < n and not (
                tokens[j].value in ("{", "}")
                or (tokens[j].kind == "word" and tokens[j].value in ("limit", "offset", "values", "having"))
            ):
                skip.add(j)
                j += 1
            i = j
            continue
        if t.kind == "word" and t.value == "values":
            j = i + 1
            while j < n and tokens[j].value != "{":
                skip.add(j)
                j += 1
            depth = 0
            while j < n:
                skip.add(j)
                if tokens[j].value == "{":
                    depth += 1
                elif tokens[j].value == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            i = j + 1
            continue
        i += 1
    return skip


def analyse(
    text: str,
    prefixes: Mapping[str, str] | None = None,
    *,
    index_iris: Iterable[str] = (),
) -> QueryInfo:
    """Read a query or update (without running it): its form, SERVICE targets, dataset clauses, IRIs, and
    whether it could read the mention index (``index_iris``: the index graph and predicate) over the union
    default graph. ``prefixes`` are the ones predeclared for the query.

    Conservative by design: a construct it cannot rule out counts as a risk (the query then runs on the
    slower explicit dataset, with the same answers).

    >>> info = analyse("SELECT * WHERE { ?s a ?type . SERVICE ?where { ?s ?p ?o } }")
    >>> info.form, info.services, info.union_safe
    ('select', [None], False)
    >>> analyse("# SERVICE <http://evil/>\\nASK { ?s <http://x/SERVICE> 'SERVICE' }").services
    []
    """
    tokens = scan(text)
    info = QueryInfo()
    known = dict(prefixes or {})
    base: str | None = None
    index_iris = tuple(index_iris)
    markers = ("mention-index", "internal/mentions")
    n = len(tokens)

    def expand(i: int) -> str | None:
        return _expand(tokens[i], known, base) if i < n else None

    for i, t in enumerate(tokens):
        if t.kind == "word" and info.form is None and (t.value in _QUERY_FORMS or t.value in _UPDATE_WORDS):
            info.form = t.value
            info.is_update = t.value in _UPDATE_WORDS
        if t.kind == "word":
            if t.value == "prefix" and i + 2 < n and tokens[i + 1].kind == "pname":
                iri = expand(i + 2)
                if iri is not None:
                    known[tokens[i + 1].value.rstrip(":")] = iri
            elif t.value == "base" and i + 1 < n and tokens[i + 1].kind == "iri":
                base = expand(i + 1)
            elif t.value == "service":
                j = i + 1
                if j < n and tokens[j].kind == "word" and tokens[j].value == "silent":
                    j += 1
                target = expand(j) if j < n and tokens[j].kind in ("iri", "pname") else None
                info.services.append(target)
            elif t.value in ("from", "using"):
                j = i + 1
                named = j < n and tokens[j].kind == "word" and tokens[j].value == "named"
                if named:
                    j += 1
                iri = expand(j)
                if iri is not None:
                    (info.from_named if named else info.from_graphs).append(iri)
            elif t.value == "load":
                j = i + 1
                if j < n and tokens[j].kind == "word" and tokens[j].value == "silent":
                    j += 1
                iri = expand(j)
                info.loads.append(iri if iri is not None else "")
        if t.kind in ("iri", "pname"):
            iri = expand(i)
            if iri is None:  # an undeclared prefix: the store will say so; treat the raw text as the IRI
                iri = t.value
            info.iris.append(iri)
            if iri in index_iris or any(m in iri for m in markers):
                info.index_risks.append(f"names the internal index ({t.text})")

    if info.form == "describe":
        info.index_risks.append("DESCRIBE")
    skip = _skip_regions(tokens)
    for i, t in enumerate(tokens):
        if i in skip or i == 0:
            continue
        prev = tokens[i - 1]
        nxt = tokens[i + 1] if i + 1 < n else None
        prev_ends_subject = prev.kind in _TERM_KINDS or (
            prev.kind == "word" and prev.value in ("true", "false")
        )
        prev_ends_subject = prev_ends_subject or (prev.kind == "punct" and prev.value in _SUBJECT_END_PUNCT)
        if t.kind == "var" and prev_ends_subject and nxt is not None:
            starts_object = nxt.kind in _TERM_KINDS - {"langtag"} or (
                nxt.kind == "word" and nxt.value in ("true", "false")
            )
            starts_object = starts_object or (nxt.kind == "punct" and nxt.value in _OBJECT_START_PUNCT)
            if starts_object:
                info.index_risks.append(f"variable predicate ?{t.value}")
        elif t.kind == "punct" and t.value == "!":
            j = i - 1
            while j >= 0 and tokens[j].value == "(":
                j -= 1
            before = tokens[j] if j >= 0 else None
            if before is not None and (
                before.kind in _TERM_KINDS
                or (before.kind == "punct" and before.value in _SUBJECT_END_PUNCT | _PATH_PUNCT)
            ):
                info.index_risks.append("negated property path")
        elif t.kind == "punct" and t.value in ("?", "*"):
            if (
                prev.kind in ("iri", "pname")
                or prev.value == ")"
                or (prev.kind == "word" and prev.value == "a")
            ):
                info.index_risks.append(f"zero-length property path ({t.value})")
    return info


# --------------------------------------------------------------------------------------------------------
# Formats

#: result format name -> (pyoxigraph QueryResultsFormat attribute, media type sent)
RESULT_FORMATS: dict[str, tuple[str, str]] = {
    "json": ("JSON", "application/sparql-results+json"),
    "xml": ("XML", "application/sparql-results+xml"),
    "csv": ("CSV", "text/csv; charset=utf-8"),
    "tsv": ("TSV", "text/tab-separated-values; charset=utf-8"),
}
#: graph format name -> (pyoxigraph RdfFormat attribute, media type sent)
GRAPH_FORMATS: dict[str, tuple[str, str]] = {
    "turtle": ("TURTLE", "text/turtle; charset=utf-8"),
    "ntriples": ("N_TRIPLES", "application/n-triples"),
    "jsonld": ("JSON_LD", "application/ld+json"),
    "rdfxml": ("RDF_XML", "application/rdf+xml"),
    "n3": ("N3", "text/n3; charset=utf-8"),
    "nquads": ("N_QUADS", "application/n-quads"),
    "trig": ("TRIG", "application/trig"),
}
# fmt: off
_RESULT_MEDIA = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
_GRAPH_MEDIA = {
    "text/turtle": "turtle", "application/x-turtle": "turtle", "application/turtle": "turtle",
    "application/n-triples": "ntriples", "text/plain": "ntriples",
    "application/ld+json": "jsonld", "application/json": "jsonld",
    "application/rdf+xml": "rdfxml", "application/xml": "rdfxml", "text/xml": "rdfxml",
    "text/n3": "n3", "text/rdf+n3": "n3", "application/n-quads": "nquads", "application/trig": "trig",
}
#: values of format= / output= / results= (SPARQLWrapper sends all three)
_FORMAT_WORDS = {
    "json": ("json", "jsonld"), "xml": ("xml", "rdfxml"), "csv": ("csv", None), "tsv": ("tsv", None),
    "turtle": (None, "turtle"), "ttl": (None, "turtle"), "n3": (None, "n3"),
    "nt": (None, "ntriples"), "ntriples": (None, "ntriples"), "n-triples": (None, "ntriples"),
    "json-ld": (None, "jsonld"), "jsonld": (None, "jsonld"),
    "rdf": (None, "rdfxml"), "rdf+xml": (None, "rdfxml"), "rdfxml": (None, "rdfxml"),
    "nquads": (None, "nquads"), "trig": (None, "trig"),
}
# fmt: on
DEFAULT_FORMAT = {"results": "json", "graph": "turtle"}


def _parse_accept(accept: str | None) -> list[tuple[str, float]]:
    """Media ranges of an Accept header, best first (q, then specificity, then order); q=0 left out."""
    ranges: list[tuple[float, int, int, str]] = []
    for order, part in enumerate((accept or "").split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        if not media:
            continue
        q = 1.0
        for p in pieces[1:]:
            if p.lower().startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if q <= 0:
            continue
        specificity = 0 if media == "*/*" else 1 if media.endswith("/*") else 2
        ranges.append((-q, -specificity, order, media))
    return [(media, -q) for q, _s, _o, media in sorted(ranges)]


def _from_accept(kind: str, accept: str | None) -> str | None:
    table = _RESULT_MEDIA if kind == "results" else _GRAPH_MEDIA
    ranges = _parse_accept(accept)
    if not ranges:
        return DEFAULT_FORMAT[kind]
    for media, _q in ranges:
        if media == "*/*":
            return DEFAULT_FORMAT[kind]
        if media.endswith("/*"):
            major = media[:-1]
            default_media = (RESULT_FORMATS if kind == "results" else GRAPH_FORMATS)[DEFAULT_FORMAT[kind]][1]
            if default_media.startswith(major):
                return DEFAULT_FORMAT[kind]
            for m, name in table.items():
                if m.startswith(major):
                    return name
        elif media in table:
            return table[media]
    return None


def negotiate(kind: str, accept: str | None, format: str | None = None) -> tuple[str, str]:
    """``(format name, media type)`` for ``kind`` (``results`` or ``graph``) from ``format=`` or ``Accept``.

    ``format`` wins when given (a word such as json, xml, csv, tsv, turtle, ntriples, jsonld, rdfxml, or a
    media type). Raises `NotAcceptable` listing what this kind of result can be written as.

    >>> negotiate("results", "text/csv, */*;q=0.1")
    ('csv', 'text/csv; charset=utf-8')
    >>> negotiate("graph", None, "json")
    ('jsonld', 'application/ld+json')
    """
    formats = RESULT_FORMATS if kind == "results" else GRAPH_FORMATS
    what = "SELECT and ASK results" if kind == "results" else "CONSTRUCT and DESCRIBE results"
    offered = ", ".join(media.split(";")[0] for _a, media in formats.values())
    if format:
        word = format.strip().lower()
        name: str | None
        if word in _FORMAT_WORDS:
            name = _FORMAT_WORDS[word][0 if kind == "results" else 1]
        else:
            name = (_RESULT_MEDIA if kind == "results" else _GRAPH_MEDIA).get(word.split(";")[0].strip())
        if name is None:
            raise NotAcceptable(
                f"format={format} cannot be used for {what}; use one of "
                f"{', '.join(formats)} (or the media types {offered})"
            )
        return name, formats[name][1]
    name = _from_accept(kind, accept)
    if name is None:
        raise NotAcceptable(f"cannot write {what} as any of Accept: {accept}; this endpoint offers {offered}")
    return name, formats[name][1]


# --------------------------------------------------------------------------------------------------------
# Requests


@dataclass
class SparqlRequest:
    """One request to ``/sparql``: ``operation`` is query, update or description."""

    operation: str
    text: str = ""
    default_graphs: list[str] = field(default_factory=list)  # default-graph-uri / using-graph-uri
    named_graphs: list[str] = field(default_factory=list)  # named-graph-uri / using-named-graph-uri
    format: str | None = None
    params: dict[str, list[str]] = field(default_factory=dict)


_FORMAT_KEYS = ("format", "output", "results")


def _parse_form(raw: bytes | str, where: str) -> dict[str, list[str]]:
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        pairs = parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict")
    except (UnicodeDecodeError, ValueError):
        raise BadRequest(f"the {where} is not valid UTF-8 form data; percent-encode UTF-8 text") from None
    out: dict[str, list[str]] = {}
    for key, value in pairs:
        out.setdefault(key, []).append(value)
    return out


def _media_type(content_type: str | None) -> tuple[str, dict[str, str]]:
    if not content_type:
        return "", {}
    parts = [p.strip() for p in content_type.split(";")]
    params = {}
    for p in parts[1:]:
        key, _, value = p.partition("=")
        params[key.strip().lower()] = value.strip().strip('"').lower()
    return parts[0].lower(), params


def _decode_utf8(body: bytes, charset: str | None, what: str) -> str:
    if charset and charset not in ("utf-8", "utf8"):
        raise BadRequest(f"the {what} must be UTF-8 (Content-Type says charset={charset})")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest(f"the {what} is not valid UTF-8; SPARQL requests are UTF-8 text") from None


async def read_body(request: Any, limit: int) -> bytes:
    """The request body, refusing with 413 (naming ``max_body_bytes``) as soon as it passes ``limit``."""
    from ketluan.graph.endpoint.settings import describe_setting

    def too_large(size: str) -> BodyTooLarge:
        return BodyTooLarge(
            f"the request body ({size}) is larger than {limit} bytes, the limit set by "
            f"{describe_setting('max_body_bytes')}"
        )

    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise too_large(f"{int(declared)} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large(f"over {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _one(params: dict[str, list[str]], key: str) -> str | None:
    values = params.get(key, [])
    if len(values) > 1:
        raise BadRequest(f"give one {key} parameter, not {len(values)}")
    return values[0] if values else None


async def read_sparql_request(request: Any, max_body_bytes: int) -> SparqlRequest:
    """Read a GET or POST on ``/sparql`` by the SPARQL 1.1 Protocol's rules; raise `BadRequest` and kin."""
    url_params = _parse_form(request.scope.get("query_string", b""), "query string")
    if request.method in ("GET", "HEAD"):
        params = url_params
        if "update" in params:
            raise BadRequest(
                "updates must be sent with POST (update= form field or application/sparql-update)"
            )
        query = _one(params, "query")
        if query is None:
            return SparqlRequest("description", format=_first_format(params), params=params)
        return _build("query", query, params)
    if request.method != "POST":
        raise MethodNotAllowed(
            f"{request.method} is not a SPARQL protocol method; use GET or POST",
            headers={"Allow": "GET, HEAD, POST, OPTIONS"},
        )
    media, ctparams = _media_type(request.headers.get("content-type"))
    body = await read_body(request, max_body_bytes)
    if media == "application/x-www-form-urlencoded":
        form = _parse_form(_decode_utf8(body, ctparams.get("charset"), "form body"), "form body")
        if "query" in form and "query" in url_params or "update" in form and "update" in url_params:
            raise BadRequest("give the query (or update) once, in the form body")
        params = {**url_params, **form}
        query, update = _one(params, "query"), _one(params, "update")
        if query is not None and update is not None:
            raise BadRequest("give either query= or update=, not both")
        if query is None and update is None:
            raise BadRequest("the form has neither query= nor update=")
        return _build(
            "query" if query is not None else "update", query if query is not None else update, params
        )
    if media in ("application/sparql-query", "application/sparql-update"):
        operation = "query" if media.endswith("query") else "update"
        if "query" in url_params or "update" in url_params:
            raise BadRequest(f"a {media} request carries the {operation} in its body only")
        text = _decode_utf8(body, ctparams.get("charset"), f"{operation} body")
        return _build(operation, text, url_params)
    if not media:
        raise BadRequest(
            "POST needs a Content-Type: application/x-www-form-urlencoded, application/sparql-query or "
            "application/sparql-update"
        )
    raise UnsupportedMediaType(
        f"cannot read a {media} body; POST application/x-www-form-urlencoded, application/sparql-query or "
        "application/sparql-update"
    )


def _first_format(params: dict[str, list[str]]) -> str | None:
    for key in _FORMAT_KEYS:
        if params.get(key):
            return params[key][0]
    return None


def _build(operation: str, text: str | None, params: dict[str, list[str]]) -> SparqlRequest:
    if not (text or "").strip():
        raise QuerySyntax(f"the {operation} is empty")
    if operation == "query":
        default, named = params.get("default-graph-uri", []), params.get("named-graph-uri", [])
        if params.get("using-graph-uri") or params.get("using-named-graph-uri"):
            raise BadRequest("using-graph-uri and using-named-graph-uri go with updates, not queries")
    else:
        default, named = params.get("using-graph-uri", []), params.get("using-named-graph-uri", [])
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            raise BadRequest("an update takes using-graph-uri / using-named-graph-uri, not default-graph-uri")
    for iri in [*default, *named]:
        if not re.match(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|^`\\]*$", iri):
            raise BadRequest(f"{iri!r} is not an absolute IRI (dataset parameters take absolute IRIs)")
    return SparqlRequest(operation, text or "", list(default), list(named), _first_format(params), params)


# --------------------------------------------------------------------------------------------------------
# Service description

SD = "http://www.w3.org/ns/sparql-service-description#"
_FORMATS_NS = "http://www.w3.org/ns/formats/"
_SD_FORMATS = (
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "JSON-LD",
    "RDF_XML",
)


def service_description(endpoint: str, *, allow_update: bool, federation: bool, format_name: str) -> bytes:
    """The SPARQL 1.1 Service Description of this endpoint, serialised in ``format_name`` (a graph format)."""
    import pyoxigraph as ox

    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    service = ox.BlankNode("service")
    dataset, graph = ox.BlankNode("dataset"), ox.BlankNode("defaultgraph")

    def sd(local: str) -> ox.NamedNode:
        return ox.NamedNode(SD + local)

    triples = [
        ox.Triple(service, rdf_type, sd("Service")),
        ox.Triple(service, sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(
            service,
            sd("defaultEntailmentRegime"),
            ox.NamedNode("http://www.w3.org/ns/entailment/Simple"),
        ),
        ox.Triple(
            service,
            ox.NamedNode("http://purl.org/dc/terms/title"),
            ox.Literal("ketluan: Vietnamese government meeting notices as a knowledge graph"),
        ),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, rdf_type, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), graph),
        ox.Triple(graph, rdf_type, sd("Graph")),
    ]
    if allow_update:
        triples.append(ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Update")))
    if federation:
        triples.append(ox.Triple(service, sd("feature"), sd("BasicFederatedQuery")))
    triples += [ox.Triple(service, sd("resultFormat"), ox.NamedNode(_FORMATS_NS + f)) for f in _SD_FORMATS]
    rdf_format = getattr(ox.RdfFormat, GRAPH_FORMATS[format_name][0])
    prefixes = {"sd": SD, "formats": _FORMATS_NS, "dcterms": "http://purl.org/dc/terms/"}
    if rdf_format.supports_datasets:
        quads = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]
        return ox.serialize(quads, format=rdf_format, prefixes=prefixes)
    return ox.serialize(triples, format=rdf_format, prefixes=prefixes)


def dumps_json(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
