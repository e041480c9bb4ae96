"""The web pages of ``ketluan serve``: the query page, the linked-data pages and their static files.

``ketluan.graph.endpoint.app.create_app`` appends :func:`routes` to its own (``/sparql``, ``/api/…``):

- ``/``: the query page. A SPARQL editor (CodeMirror, SPARQL mode, prefixes), the named queries of
  ``ketluan.queries`` as a gallery (click → load → run), a results table whose IRIs show as labels and link
  to their pages, CSV download, a graph view (vis-network) for CONSTRUCT results and any entity, and links
  that encode the query (``/#query=…``; ``/?query=…`` also pre-fills the editor).
- ``/id/{path}``: the page of ``https://w3id.org/ketluan/id/{path}``. HTML for browsers; Turtle, JSON-LD or
  N-Triples by content negotiation (``Accept``) or ``?format=turtle|jsonld|ntriples``, from one CONSTRUCT run
  through the executor. A notice's page shows its text with every extracted span highlighted.
- ``/browse``: the notices, resolved persons and resolved agencies of the store.
- ``/pages/labels``: ``POST {"iris": [...]}`` → ``{"labels": {iri: label}}``, used by the results table.
- ``/static/…``: the page's JavaScript and CSS and the vendored libraries (``static/vendor/README.md``).

Everything is read through ``request.app.state.executor`` (``select_json`` / ``execute``). The SPARQL here is
fixed text; what comes from a request (the ``{path}`` of ``/id/``, the IRIs of ``/pages/labels``) is checked
and handed to the executor as ``substitutions`` (N-Triples terms), never pasted into a query. Pages are
rendered by Jinja2 with autoescaping: the text of a notice is untrusted input.
"""

from __future__ import annotations

import asyncio
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from importlib.resources import files
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from ketluan.graph.queries import PREFIXES, list_queries, shorten_iri

__all__ = ["ID_KINDS", "KLI", "id_path_of", "negotiate", "routes", "valid_id_path"]

PACKAGE = "ketluan.graph.endpoint"
KLI = "https://w3id.org/ketluan/id/"
KL = "https://w3id.org/ketluan/ontology#"
KLT = "https://w3id.org/ketluan/topic/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
SCHEMA_TEXT = "http://schema.org/text"
MENTION_INDEX = KLI + "graph/mention-index"
RESOLVED_GRAPH = KLI + "graph/resolved"

#: The first segment of every ``kli:`` IRI that has a page.
ID_KINDS = (
    "person",
    "agency",
    "meeting",
    "directive",
    "notice",
    "membership",
    "post",
    "place",
    "change",
    "span",
    "role",
)
_ID_PATH = re.compile(rf"(?:{'|'.join(ID_KINDS)})(?:/[A-Za-z0-9._~-]+)+")
_MAX_PATH = 400
#: What an IRI sent to /pages/labels may contain: the IRIREF characters of N-Triples, minus escapes.
_IRI = re.compile(r"https?://[^\x00-\x20<>\"{}|^`\\]+")
_MAX_LABEL_IRIS = 500
_LABEL_CHUNK = 20

#: Kind of a highlighted span, in the order a span that is evidence for several nodes picks its colour.
SPAN_KINDS = ("person", "agency", "meeting", "membership", "directive", "change", "notice")
KIND_NAMES = {
    "person": ("Cá nhân", "person"),
    "agency": ("Cơ quan", "agency"),
    "meeting": ("Cuộc họp", "meeting"),
    "directive": ("Ý kiến chỉ đạo", "directive"),
    "notice": ("Thông báo", "notice"),
    "membership": ("Chức vụ", "post held"),
    "post": ("Vị trí", "post"),
    "place": ("Địa bàn", "place"),
    "change": ("Thay đổi tổ chức", "organisational change"),
    "span": ("Trích dẫn", "text span"),
    "role": ("Chức danh", "role"),
}

# --------------------------------------------------------------------------------------------------------
# Content negotiation

#: media type → (format name, media type served)
RDF_MEDIA = {
    "text/turtle": ("turtle", "text/turtle"),
    "application/x-turtle": ("turtle", "text/turtle"),
    "application/ld+json": ("jsonld", "application/ld+json"),
    "application/json": ("jsonld", "application/ld+json"),
    "application/n-triples": ("ntriples", "application/n-triples"),
    "application/rdf+xml": ("rdfxml", "application/rdf+xml"),
}
HTML_MEDIA = ("text/html", "application/xhtml+xml")
#: ``?format=`` values → media type served.
FORMAT_PARAM = {
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
    "ntriples": "application/n-triples",
    "nt": "application/n-triples",
    "rdfxml": "application/rdf+xml",
}


def _parse_accept(header: str) -> list[tuple[str, float]]:
    ranges = []
    for part in header.split(","):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        if not media or "/" not in media:
            continue
        q = 1.0
        for param in pieces[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges


def _quality(media: str, ranges: list[tuple[str, float]]) -> float:
    """The q of the most specific range matching ``media`` (0 when none does)."""
    kind = media.split("/")[0]
    best: tuple[int, float] | None = None
    for candidate, q in ranges:
        if candidate == media:
            rank = 3
        elif candidate == f"{kind}/*":
            rank = 2
        elif candidate == "*/*":
            rank = 1
        else:
            continue
        if best is None or rank > best[0]:
            best = (rank, q)
    return best[1] if best else 0.0


def negotiate(accept: str | None, format_param: str | None = None) -> str:
    """``"html"`` or the RDF media type to serve for this ``Accept`` header (or ``?format=``).

    HTML wins ties and is what a missing or ``*/*`` header gets, so a link opened anywhere shows the page.

    >>> negotiate("text/turtle"), negotiate("application/ld+json;q=0.9, text/html;q=0.5")
    ('text/turtle', 'application/ld+json')
    >>> negotiate("*/*"), negotiate(None, "jsonld")
    ('html', 'application/ld+json')
    """
    if format_param:
        return FORMAT_PARAM.get(format_param.strip().lower(), "html")
    if not accept:
        return "html"
    ranges = _parse_accept(accept)
    offers = [("html", m) for m in HTML_MEDIA] + [(served, m) for m, (_, served) in RDF_MEDIA.items()]
    best, best_q = "html", 0.0
    for served, media in offers:
        q = _quality(media, ranges)
        if q > best_q:
            best, best_q = served, q
    return best


# --------------------------------------------------------------------------------------------------------
# Paths and terms


def valid_id_path(path: str) -> bool:
    """Is ``path`` a safe ``{path}`` of ``/id/{path}``: ASCII segments ``[A-Za-z0-9._~-]`` under a known kind?

    >>> valid_id_path("person/resolved/long-an/tran-thi-ngoc-han"), valid_id_path("person/../etc")
    (True, False)
    """
    if len(path) > _MAX_PATH or not _ID_PATH.fullmatch(path):
        return False
    return all(segment not in {".", ".."} for segment in path.split("/"))


def id_path_of(iri: str) -> str | None:
    """``https://w3id.org/ketluan/id/person/x/y`` → ``person/x/y`` when it has a page here, else ``None``."""
    if not iri.startswith(KLI):
        return None
    path = iri[len(KLI) :]
    return path if valid_id_path(path) else None


def href_of(iri: str) -> str | None:
    path = id_path_of(iri)
    return f"/id/{path}" if path else None


def kind_of(iri: str) -> str | None:
    path = id_path_of(iri)
    return path.split("/", 1)[0] if path else None


def nt_iri(iri: str) -> str:
    """An IRI as an N-Triples term, for ``substitutions``; refuses what is not a plain http(s) IRI."""
    if not _IRI.fullmatch(iri):
        raise ValueError(f"not an IRI ketluan substitutes: {iri!r}")
    return f"<{iri}>"


@dataclass(frozen=True)
class Term:
    """One RDF term from a SPARQL JSON result."""

    type: str  # "uri" | "literal" | "bnode"
    value: str
    lang: str | None = None
    datatype: str | None = None

    @property
    def is_iri(self) -> bool:
        return self.type == "uri"

    @property
    def href(self) -> str | None:
        return href_of(self.value) if self.is_iri else None

    @property
    def kind(self) -> str | None:
        return kind_of(self.value) if self.is_iri else None

    def __str__(self) -> str:
        return self.value


def _term(binding: Mapping[str, str]) -> Term:
    kind = binding.get("type", "literal")
    if kind == "typed-literal":
        kind = "literal"
    return Term(kind, binding.get("value", ""), binding.get("xml:lang"), binding.get("datatype"))


def _rows(result: Mapping[str, Any]) -> list[dict[str, Term]]:
    bindings = result.get("results", {}).get("bindings", [])
    return [{name: _term(value) for name, value in row.items()} for row in bindings]


# --------------------------------------------------------------------------------------------------------
# SPARQL (fixed text; ?node and the ?iN of the label query come in as substitutions)

_PREFIX_BLOCK = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())

Q_EXISTS = _PREFIX_BLOCK + """SELECT ?node ?p WHERE { { ?node ?p ?o } UNION { ?s ?p ?node } } LIMIT 1"""

Q_OUT = (
    _PREFIX_BLOCK
    + f"""SELECT ?node ?g ?p ?o WHERE {{
  GRAPH ?g {{ ?node ?p ?o }}
  FILTER(?g != <{MENTION_INDEX}>)
}}"""
)

Q_IN = (
    _PREFIX_BLOCK
    + f"""SELECT ?node ?g ?s ?p WHERE {{
  GRAPH ?g {{ ?s ?p ?node }}
  FILTER(?g != <{MENTION_INDEX}>)
}} LIMIT 500"""
)

#: The entity and the per-notice nodes that are the same (``?x owl:sameAs? ?node``) — the resolved identity's
#: page gathers what each of its mentions says.
_SAME = "?x owl:sameAs? ?node ."

Q_MEMBERSHIPS = (
    _PREFIX_BLOCK
    + f"""SELECT DISTINCT ?node ?side ?ms ?g ?person ?role ?org ?start ?end ?notice ?date ?meetingDate
       ?selStart ?selEnd ?selSource WHERE {{
  {_SAME}
  VALUES ?side {{ org:member org:organization }}
  GRAPH ?g {{ ?ms ?side ?x ; a org:Membership }}
  OPTIONAL {{ ?ms org:member ?person }}
  OPTIONAL {{ ?ms org:role ?role }}
  OPTIONAL {{ ?ms org:organization ?org }}
  OPTIONAL {{ ?ms schema:startDate ?start }}
  OPTIONAL {{ ?ms schema:endDate ?end }}
  OPTIONAL {{
    ?ms kl:statedIn ?notice .
    OPTIONAL {{ ?notice kl:issuedOn ?date }}
    OPTIONAL {{ ?notice kl:reportsOn/kl:heldOn ?meetingDate }}
  }}
  OPTIONAL {{ ?ms kl:evidence ?sel . ?sel oa:start ?selStart ; oa:end ?selEnd ; oa:hasSource ?selSource }}
}}"""
)

Q_MEETINGS = (
    _PREFIX_BLOCK
    + f"""SELECT DISTINCT ?node ?meeting ?rel ?date ?location ?notice WHERE {{
  {_SAME}
  VALUES ?rel {{ kl:chair kl:participant kl:organizer kl:participatingAgency kl:absentAgency }}
  ?meeting ?rel ?x .
  OPTIONAL {{ ?meeting kl:heldOn ?date }}
  OPTIONAL {{ ?meeting kl:location ?location }}
  OPTIONAL {{ ?notice kl:reportsOn ?meeting }}
}}"""
)

Q_DIRECTIVES = (
    _PREFIX_BLOCK
    + f"""SELECT DISTINCT ?node ?d ?rel ?text ?topic ?due ?meeting ?date ?notice ?assignee ?supported
       ?selStart ?selEnd ?selSource WHERE {{
  {_SAME}
  VALUES ?rel {{ kl:assignedTo kl:supports kl:issuedAt prov:wasDerivedFrom }}
  ?d ?rel ?x ; a kl:Directive .
  OPTIONAL {{ ?d kl:text ?text }}
  OPTIONAL {{ ?d kl:topic ?topic }}
  OPTIONAL {{ ?d kl:dueBy ?due }}
  OPTIONAL {{ ?d kl:assignedTo ?assignee }}
  OPTIONAL {{ ?d kl:supports ?supported }}
  OPTIONAL {{ ?d kl:issuedAt ?meeting . OPTIONAL {{ ?meeting kl:heldOn ?date }} }}
  OPTIONAL {{ ?d prov:wasDerivedFrom ?notice }}
  OPTIONAL {{ ?d kl:evidence ?sel . ?sel oa:start ?selStart ; oa:end ?selEnd ; oa:hasSource ?selSource }}
}}"""
)

Q_NOTICES = (
    _PREFIX_BLOCK
    + f"""SELECT DISTINCT ?node ?notice ?rel ?date ?number ?file WHERE {{
  {_SAME}
  {{ VALUES ?rel {{ kl:signedBy kl:issuedBy kl:recipient kl:reportsOn }} ?notice ?rel ?x }}
  UNION {{ ?x kl:mentionedIn ?notice BIND(kl:mentionedIn AS ?rel) }}
  UNION {{ ?x kl:statedIn ?notice BIND(kl:statedIn AS ?rel) }}
  ?notice a kl:Notice .
  OPTIONAL {{ ?notice kl:issuedOn ?date }}
  OPTIONAL {{ ?notice kl:documentNumber ?number }}
  OPTIONAL {{ ?notice kl:sourceFile ?file }}
}}"""
)

Q_EVIDENCE = (
    _PREFIX_BLOCK
    + f"""SELECT DISTINCT ?node ?x ?sel ?start ?end ?exact ?source WHERE {{
  {_SAME}
  ?x kl:evidence ?sel .
  ?sel oa:start ?start ; oa:end ?end .
  OPTIONAL {{ ?sel oa:exact ?exact }}
  OPTIONAL {{ ?sel oa:hasSource ?source }}
}}"""
)

#: The selectors of one notice (its IRI is also its graph's name) and what each is evidence for.
Q_SPANS = (
    _PREFIX_BLOCK
    + """SELECT DISTINCT ?node ?sel ?start ?end ?exact ?target WHERE {
  GRAPH ?node {
    ?sel oa:hasSource ?node ; oa:start ?start ; oa:end ?end .
    OPTIONAL { ?sel oa:exact ?exact }
    OPTIONAL { ?target kl:evidence ?sel }
  }
}"""
)

#: Everything said about the entity, its neighbours' names and types, and its selectors' offsets: what
#: ``/id/{path}`` serves as Turtle / JSON-LD / N-Triples and what the graph view draws.
Q_CONSTRUCT = (
    _PREFIX_BLOCK
    + f"""CONSTRUCT {{ ?node ?p ?o . ?o ?lp ?ol . ?s ?q ?node . ?s ?lq ?sl . }} WHERE {{
  {{
    GRAPH ?g {{ ?node ?p ?o }}
    FILTER(?g != <{MENTION_INDEX}>)
    OPTIONAL {{
      VALUES ?lp {{ rdf:type foaf:name skos:prefLabel rdfs:label oa:start oa:end oa:exact oa:hasSource }}
      ?o ?lp ?ol .
    }}
  }} UNION {{
    GRAPH ?g2 {{ ?s ?q ?node }}
    FILTER(?g2 != <{MENTION_INDEX}>)
    OPTIONAL {{
      VALUES ?lq {{ rdf:type foaf:name skos:prefLabel rdfs:label kl:text }}
      ?s ?lq ?sl .
    }}
  }}
}}"""
)

Q_BROWSE_NOTICES = (
    _PREFIX_BLOCK
    + """SELECT ?notice ?label ?date ?number ?file ?province WHERE {
  ?notice a kl:Notice .
  OPTIONAL { ?notice rdfs:label ?label }
  OPTIONAL { ?notice kl:issuedOn ?date }
  OPTIONAL { ?notice kl:documentNumber ?number }
  OPTIONAL { ?notice kl:sourceFile ?file }
  OPTIONAL { ?notice kl:province ?province }
} ORDER BY ?date ?file LIMIT 2000"""
)

Q_BROWSE_IDENTITIES = (
    _PREFIX_BLOCK
    + """SELECT ?entity ?class ?name ?count WHERE {
  VALUES ?class { kl:Person kl:Agency }
  ?entity a kl:ResolvedIdentity , ?class .
  OPTIONAL { ?entity foaf:name ?personName }
  OPTIONAL { ?entity skos:prefLabel ?agencyName }
  BIND(COALESCE(?personName, ?agencyName) AS ?name)
  OPTIONAL { ?entity kl:mentionCount ?count }
} ORDER BY ?class ?name LIMIT 5000"""
)

_LABEL_PREDICATES = (
    ("http://xmlns.com/foaf/0.1/name", 0),
    ("http://www.w3.org/2004/02/skos/core#prefLabel", 1),
    ("http://www.w3.org/2000/01/rdf-schema#label", 2),
    (KL + "text", 3),
)
_LABEL_RANK = dict(_LABEL_PREDICATES)


def _label_query(n: int) -> str:
    """Labels of ``?i0 … ?i{n-1}``: one UNION branch per IRI, each tagged with its number ``?k``.

    pyoxigraph binds a substituted variable only if the query projects it, hence the ``?iN`` in SELECT.
    """
    predicates = " ".join(f"<{p}>" for p, _ in _LABEL_PREDICATES)
    branches = " UNION ".join(
        f"{{ ?i{k} ?p ?l . VALUES ?p {{ {predicates} }} BIND({k} AS ?k) }}" for k in range(n)
    )
    projected = " ".join(f"?i{k}" for k in range(n))
    return f"SELECT {projected} ?k ?p ?l WHERE {{ {branches} }}"


# --------------------------------------------------------------------------------------------------------
# Running queries


class PageError(Exception):
    """A page cannot be shown; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _executor(request: Request) -> Any:
    executor = getattr(request.app.state, "executor", None)
    if executor is None:
        raise PageError(503, "The endpoint has no store open (app.state.executor is missing).")
    return executor


async def _select(request: Request, query: str, node: str | None = None) -> list[dict[str, Term]]:
    substitutions = {"node": nt_iri(node)} if node is not None else None
    try:
        result = await _executor(request).select_json(query, substitutions=substitutions)
    except PageError:
        raise
    except Exception as error:  # the executor's errors (timeout, store) become an error page
        raise PageError(_status_of(error), f"A query behind this page failed: {_detail_of(error)}") from error
    return _rows(result)


def _status_of(error: Exception) -> int:
    """The HTTP status an executor error carries (``EndpointError.status``: 503 for a timeout …), else 500."""
    status = getattr(error, "status", 500)
    return status if isinstance(status, int) and 400 <= status < 600 else 500


def _detail_of(error: Exception) -> str:
    return str(getattr(error, "detail", None) or error)


@dataclass
class Labels:
    """Best Vietnamese label (and English one, where there is one) of each IRI."""

    vi: dict[str, str] = field(default_factory=dict)
    en: dict[str, str] = field(default_factory=dict)

    def __call__(self, iri: str | Term | None) -> str:
        if iri is None:
            return ""
        value = iri.value if isinstance(iri, Term) else iri
        return self.vi.get(value) or shorten_iri(value)

    def english(self, iri: str | Term) -> str:
        value = iri.value if isinstance(iri, Term) else iri
        return self.en.get(value, "")


def _shorten_text(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


async def fetch_labels(executor: Any, iris: Iterable[str]) -> Labels:
    """Labels of ``iris`` (foaf:name, skos:prefLabel, rdfs:label, else a directive's kl:text; ``@vi`` first)."""
    wanted = sorted({iri for iri in iris if _IRI.fullmatch(iri)})
    best: dict[str, tuple[tuple[int, int], str]] = {}
    english: dict[str, str] = {}

    async def chunk(part: list[str]) -> None:
        substitutions = {f"i{k}": f"<{iri}>" for k, iri in enumerate(part)}
        result = await executor.select_json(_label_query(len(part)), substitutions=substitutions)
        for row in _rows(result):
            try:
                iri = part[int(row["k"].value)]
            except (KeyError, ValueError, IndexError):
                continue
            label = row["l"]
            lang_rank = {"vi": 0, None: 1, "": 1}.get(label.lang, 2)
            rank = (_LABEL_RANK.get(row["p"].value, 9), lang_rank)
            text = _shorten_text(label.value) if rank[0] == 3 else label.value
            if label.lang == "en" and rank[0] != 3:
                english.setdefault(iri, label.value)
            if iri not in best or rank < best[iri][0]:
                best[iri] = (rank, text)

    parts = [wanted[i : i + _LABEL_CHUNK] for i in range(0, len(wanted), _LABEL_CHUNK)]
    await asyncio.gather(*(chunk(part) for part in parts))
    return Labels(vi={iri: text for iri, (_, text) in best.items()}, en=english)


# --------------------------------------------------------------------------------------------------------
# Rendering helpers

_env = Environment(
    loader=PackageLoader(PACKAGE, "templates"),
    autoescape=select_autoescape(["html"], default_for_string=True, default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["short"] = shorten_iri
_env.globals["KIND_NAMES"] = KIND_NAMES
_env.globals["SPAN_KINDS"] = SPAN_KINDS

#: Only ketluan itself may be loaded from; the notice text is untrusted, so no inline script runs either.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; "
        "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def _render(name: str, status: int = 200, vary: bool = False, **context: Any) -> HTMLResponse:
    body = _env.get_template(name).render(**context)
    headers = dict(SECURITY_HEADERS)
    if vary:  # the same URL also answers Turtle / JSON-LD
        headers["Vary"] = "Accept"
    return HTMLResponse(body, status_code=status, headers=headers)


def _wants_html(request: Request) -> bool:
    return negotiate(request.headers.get("accept"), request.query_params.get("format")) == "html"


def _error(request: Request, status: int, message: str) -> Response:
    if _wants_html(request):
        return _render(
            "error.html", status=status, vary=True, status_code=status, message=message, labels=Labels()
        )
    return JSONResponse(
        {"error": {"status": status, "title": HTTPStatus(status).phrase, "detail": message}},
        status_code=status,
        headers={"Vary": "Accept"},
    )


def span_anchor(start: int | str, end: int | str) -> str:
    return f"s-{int(start)}-{int(end)}"


def span_href(source: Term | str | None, start: Term | str | None, end: Term | str | None) -> str | None:
    """The link to a quoted span: the notice page, scrolled to it."""
    if source is None or start is None or end is None:
        return None
    base = href_of(str(source))
    try:
        return f"{base}#{span_anchor(str(start), str(end))}" if base else None
    except ValueError:
        return None


_env.globals["span_href"] = span_href

_ORG = "http://www.w3.org/ns/org#"
_SCHEMA = "http://schema.org/"
_OA = "http://www.w3.org/ns/oa#"
_PROV = "http://www.w3.org/ns/prov#"
#: The key facts shown at the top of each kind of page (the full list is in "All statements").
FACTS = {
    "person": [KL + "mentionCount", _ORG + "holds"],
    "agency": [
        KL + "province",
        KL + "district",
        _ORG + "subOrganizationOf",
        KL + "place",
        KL + "mentionCount",
    ],
    "meeting": [
        KL + "heldOn",
        KL + "location",
        KL + "province",
        KL + "organizer",
        KL + "chair",
        KL + "participant",
        KL + "participatingAgency",
        KL + "absentAgency",
    ],
    "directive": [
        KL + "assignedTo",
        KL + "supports",
        KL + "topic",
        KL + "dueBy",
        KL + "issuedAt",
        _PROV + "wasDerivedFrom",
    ],
    "notice": [
        KL + "documentNumber",
        KL + "issuedOn",
        KL + "issuedBy",
        KL + "signedBy",
        KL + "reportsOn",
        KL + "recipient",
        KL + "province",
        KL + "sourceFile",
    ],
    "membership": [
        _ORG + "member",
        _ORG + "role",
        _ORG + "organization",
        _SCHEMA + "startDate",
        _SCHEMA + "endDate",
        KL + "statedIn",
    ],
    "post": [_ORG + "postIn", _ORG + "role"],
    "change": [
        KL + "changeKind",
        _ORG + "originalOrganization",
        _ORG + "resultingOrganization",
        _SCHEMA + "startDate",
        _PROV + "wasDerivedFrom",
    ],
    "place": [KL + "unitCode", _SCHEMA + "containedInPlace", KL + "currentUnit", _SCHEMA + "endDate"],
    "span": [_OA + "exact", _OA + "start", _OA + "end", _OA + "hasSource"],
}

#: Names of the relations an entity has to a meeting, directive or notice (local names of kl:/prov: terms).
ROLE_NAMES = {
    "chair": "chủ trì",
    "participant": "tham dự",
    "organizer": "tổ chức",
    "participatingAgency": "có mặt",
    "absentAgency": "vắng mặt",
    "assignedTo": "được giao",
    "supports": "phối hợp",
    "issuedAt": "ban hành tại họp",
    "wasDerivedFrom": "trích từ",
    "signedBy": "người ký",
    "issuedBy": "cơ quan ban hành",
    "recipient": "nơi nhận",
    "reportsOn": "về cuộc họp",
    "mentionedIn": "được nêu",
    "statedIn": "nêu chức vụ",
}

#: Vietnamese names of the predicates the ontology does not label (it labels its own kl: terms).
PREDICATE_NAMES = {
    RDF_TYPE: "loại",
    OWL_SAME_AS: "cùng là",
    "http://xmlns.com/foaf/0.1/name": "tên",
    "http://www.w3.org/2004/02/skos/core#prefLabel": "tên chính thức",
    "http://www.w3.org/2004/02/skos/core#altLabel": "tên khác",
    "http://www.w3.org/2000/01/rdf-schema#label": "nhãn",
    _ORG + "member": "thành viên",
    _ORG + "role": "chức danh",
    _ORG + "organization": "cơ quan",
    _ORG + "holds": "giữ vị trí",
    _ORG + "postIn": "vị trí tại",
    _ORG + "memberDuring": "trong thời gian",
    _ORG + "subOrganizationOf": "trực thuộc",
    _ORG + "originalOrganization": "tổ chức ban đầu",
    _ORG + "resultingOrganization": "tổ chức kết quả",
    _ORG + "changedBy": "thay đổi bởi",
    _ORG + "resultedFrom": "hình thành từ",
    _SCHEMA + "startDate": "từ ngày",
    _SCHEMA + "endDate": "đến ngày",
    _SCHEMA + "text": "văn bản",
    _SCHEMA + "containedInPlace": "thuộc",
    _OA + "exact": "trích nguyên văn",
    _OA + "start": "vị trí đầu",
    _OA + "end": "vị trí cuối",
    _OA + "hasSource": "nguồn",
    _PROV + "wasDerivedFrom": "trích từ",
}


def predicate_name(iri: str, labels: Labels) -> str:
    if iri in labels.vi and not iri.startswith(KLI):
        return labels.vi[iri]
    return PREDICATE_NAMES.get(iri) or shorten_iri(iri)


_env.globals.update(
    facts=FACTS,
    role_names=ROLE_NAMES,
    predicate_name=predicate_name,
    uri=lambda value: Term("uri", value),
)


@dataclass
class Span:
    start: int
    end: int
    exact: str | None
    nodes: list[str]

    @property
    def id(self) -> str:
        return f"{self.start}-{self.end}"

    @property
    def kind(self) -> str:
        kinds = {kind_of(n) for n in self.nodes}
        return next((k for k in SPAN_KINDS if k in kinds), "other")

    @property
    def target(self) -> str | None:
        kind = self.kind
        return next((n for n in self.nodes if kind_of(n) == kind), None)


def highlight(text: str, spans: list[Span], labels: Labels) -> Markup:
    """The notice text as HTML with every span highlighted (nested and overlapping spans cut into segments).

    Each segment is an ``<a class="hl hl-KIND">`` linking to the node of the innermost span covering it, with
    ``data-spans`` naming every span (``start-end``) that covers it; an empty ``<span id="s-START-END">``
    marks where each span begins, for links to it. Joining the segments of one span gives its text back.
    """
    good = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in good), *(s.end for s in good)})
    starts: dict[int, list[Span]] = defaultdict(list)
    for s in good:
        starts[s.start].append(s)
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        for s in sorted(starts.get(a, []), key=lambda s: -(s.end - s.start)):
            out.append(f'<span class="anchor" id="{span_anchor(s.start, s.end)}"></span>')
        covering = [s for s in good if s.start <= a and b <= s.end]
        piece = escape(text[a:b])
        if not covering:
            out.append(str(piece))
            continue
        inner = min(
            covering,
            key=lambda s: (s.end - s.start, SPAN_KINDS.index(s.kind) if s.kind in SPAN_KINDS else 99),
        )
        outer = sorted({s.kind for s in covering} - {inner.kind})
        classes = " ".join(["hl", f"hl-{inner.kind}", *(f"in-{k}" for k in outer)])
        ids = " ".join(s.id for s in sorted(covering, key=lambda s: (s.start, -s.end)))
        title = "; ".join(
            f"{KIND_NAMES.get(s.kind, (s.kind,))[0]}: {labels(s.target) if s.target else s.exact or ''}"
            for s in sorted(covering, key=lambda s: s.end - s.start)
        )
        target = href_of(inner.target) if inner.target else None
        attrs = f'class="{classes}" data-spans="{ids}" title="{escape(title)}"'
        if target:
            out.append(f'<a {attrs} href="{escape(target)}">{piece}</a>')
        else:
            out.append(f"<mark {attrs}>{piece}</mark>")
    return Markup("".join(out))


def _predicate_order(p: str) -> tuple[int, str]:
    order = [
        RDF_TYPE,
        "http://xmlns.com/foaf/0.1/name",
        "http://www.w3.org/2004/02/skos/core#prefLabel",
        "http://www.w3.org/2004/02/skos/core#altLabel",
        "http://www.w3.org/2000/01/rdf-schema#label",
        OWL_SAME_AS,
    ]
    return (order.index(p) if p in order else len(order), shorten_iri(p))


def _group_statements(rows: list[dict[str, Term]], other: str) -> list[dict[str, Any]]:
    """Rows of (?p, ?other, ?g) → [{p, values: [(term, graph)]}] in a stable, readable order."""
    grouped: dict[str, list[tuple[Term, Term | None]]] = defaultdict(list)
    for row in rows:
        pair = (row[other], row.get("g"))
        if pair not in grouped[row["p"].value]:
            grouped[row["p"].value].append(pair)
    return [
        {"p": p, "values": sorted(values, key=lambda v: (v[0].type, v[0].value))}
        for p, values in sorted(grouped.items(), key=lambda item: _predicate_order(item[0]))
    ]


def _date_key(*terms: Term | None) -> str:
    for term in terms:
        if term is not None and term.value:
            return term.value[:10]
    return "9999"


# --------------------------------------------------------------------------------------------------------
# Entity page data


def _values(out: list[dict[str, Term]], predicate: str) -> list[Term]:
    seen: list[Term] = []
    for row in out:
        if row["p"].value == predicate and row["o"] not in seen:
            seen.append(row["o"])
    return seen


async def _memberships(request: Request, iri: str) -> dict[str, list[dict[str, Any]]]:
    """Posts of a person (side org:member) and posts in an agency (side org:organization), merged per membership."""
    rows = await _select(request, Q_MEMBERSHIPS, iri)
    by_ms: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        side = "member" if row["side"].value.endswith("#member") else "organization"
        key = (side, row["ms"].value)
        entry = by_ms.setdefault(
            key,
            {
                "ms": row["ms"],
                "resolved": row["g"].value == RESOLVED_GRAPH,
                "person": row.get("person"),
                "role": row.get("role"),
                "org": row.get("org"),
                "start": row.get("start"),
                "end": row.get("end"),
                "notices": [],
                "dates": set(),
                "evidence": [],
            },
        )
        if "notice" in row and row["notice"] not in entry["notices"]:
            entry["notices"].append(row["notice"])
        for name in ("meetingDate", "date"):
            if name in row:
                entry["dates"].add(row[name].value[:10])
                break
        link = span_href(row.get("selSource"), row.get("selStart"), row.get("selEnd"))
        if link and link not in entry["evidence"]:
            entry["evidence"].append(link)
    out: dict[str, list[dict[str, Any]]] = {"member": [], "organization": []}
    for (side, _), entry in by_ms.items():
        dates = sorted(entry.pop("dates"))
        entry["from"] = entry["start"].value if entry["start"] else (dates[0] if dates else None)
        entry["to"] = entry["end"].value if entry["end"] else (dates[-1] if dates else None)
        out[side].append(entry)
    for side in out:
        # the resolved memberships (with their dates over every notice) first, then each notice's statement
        out[side].sort(key=lambda e: (not e["resolved"], e["from"] or "9999", e["ms"].value))
    return out


async def _meetings(request: Request, iri: str) -> list[dict[str, Any]]:
    rows = await _select(request, Q_MEETINGS, iri)
    by_meeting: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry = by_meeting.setdefault(
            row["meeting"].value,
            {
                "meeting": row["meeting"],
                "roles": set(),
                "date": row.get("date"),
                "location": row.get("location"),
                "notice": row.get("notice"),
            },
        )
        entry["roles"].add(row["rel"].value[len(KL) :])
    for entry in by_meeting.values():
        if "chair" in entry["roles"]:
            entry["roles"].discard("participant")  # every chair is also asserted as a participant
        entry["roles"] = sorted(entry["roles"])
    return sorted(by_meeting.values(), key=lambda e: (_date_key(e["date"]), e["meeting"].value))


async def _directives(request: Request, iri: str) -> list[dict[str, Any]]:
    rows = await _select(request, Q_DIRECTIVES, iri)
    by_d: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry = by_d.setdefault(
            row["d"].value,
            {
                "d": row["d"],
                "rels": set(),
                "text": row.get("text"),
                "topics": [],
                "due": row.get("due"),
                "meeting": row.get("meeting"),
                "date": row.get("date"),
                "notice": row.get("notice"),
                "assignees": [],
                "supported": [],
                "evidence": span_href(row.get("selSource"), row.get("selStart"), row.get("selEnd")),
            },
        )
        entry["rels"].add(row["rel"].value.rsplit("#", 1)[-1])
        for name, bucket in (("topic", "topics"), ("assignee", "assignees"), ("supported", "supported")):
            if name in row and row[name] not in entry[bucket]:
                entry[bucket].append(row[name])
    return sorted(by_d.values(), key=lambda e: (_date_key(e["date"]), _directive_number(e["d"].value)))


def _directive_number(iri: str) -> tuple[str, int]:
    head, _, tail = iri.rpartition("/")
    return (head, int(tail)) if tail.isdigit() else (iri, 0)


async def _notices(request: Request, iri: str) -> list[dict[str, Any]]:
    rows = await _select(request, Q_NOTICES, iri)
    by_notice: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry = by_notice.setdefault(
            row["notice"].value,
            {
                "notice": row["notice"],
                "rels": set(),
                "date": row.get("date"),
                "number": row.get("number"),
                "file": row.get("file"),
            },
        )
        entry["rels"].add(row["rel"].value.rsplit("#", 1)[-1])
    for entry in by_notice.values():
        entry["rels"] = sorted(entry["rels"])
    return sorted(by_notice.values(), key=lambda e: (_date_key(e["date"]), e["notice"].value))


async def _evidence(request: Request, iri: str) -> list[dict[str, Any]]:
    rows = await _select(request, Q_EVIDENCE, iri)
    found = {}
    for row in rows:
        key = (row.get("source").value if row.get("source") else "", int(row["start"].value))
        found[(key, row["sel"].value)] = {
            "sel": row["sel"],
            "exact": row.get("exact"),
            "source": row.get("source"),
            "start": row["start"].value,
            "end": row["end"].value,
            "href": span_href(row.get("source"), row["start"], row["end"]),
        }
    return [found[k] for k in sorted(found)]


async def _notice_spans(request: Request, iri: str) -> list[Span]:
    rows = await _select(request, Q_SPANS, iri)
    spans: dict[str, Span] = {}
    for row in rows:
        try:
            start, end = int(row["start"].value), int(row["end"].value)
        except ValueError:
            continue
        span = spans.setdefault(
            row["sel"].value, Span(start, end, row["exact"].value if "exact" in row else None, [])
        )
        if "target" in row and row["target"].is_iri and row["target"].value not in span.nodes:
            span.nodes.append(row["target"].value)
    return sorted(spans.values(), key=lambda s: (s.start, -s.end))


def _collect_iris(value: Any, into: set[str]) -> None:
    if isinstance(value, Term):
        if value.is_iri:
            into.add(value.value)
    elif isinstance(value, Mapping):
        for item in value.values():
            _collect_iris(item, into)
    elif isinstance(value, list | tuple | set):
        for item in value:
            _collect_iris(item, into)
    elif isinstance(value, Span):
        into.update(value.nodes)
    elif isinstance(value, str) and value.startswith(("https://", "http://")):
        into.add(value)


# --------------------------------------------------------------------------------------------------------
# Handlers


async def index(request: Request) -> Response:
    queries = [
        {
            "name": q.name,
            "title": q.title,
            "description": q.description,
            "text": q.text,
            "params": [
                {"name": p.name, "default": p.default, "kind": p.kind, "help": p.help, "required": p.required}
                for p in q.params
            ],
        }
        for q in list_queries()
    ]
    data = {
        "queries": queries,
        "prefixes": dict(PREFIXES),
        "initialQuery": request.query_params.get("query"),
        "idBase": KLI,
    }
    return _render("index.html", queries=queries, data=data, prefixes=PREFIXES, labels=Labels())


def _name_key(row: Mapping[str, Term]) -> tuple[str, str]:
    """Sort Vietnamese names as a reader expects: letters before tones (Đ with D), then the exact spelling."""
    name = row["name"].value if "name" in row else row["entity"].value
    bare = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return ("".join(c for c in bare if not unicodedata.combining(c)).casefold(), name)


async def browse(request: Request) -> Response:
    try:
        notices, identities = await asyncio.gather(
            _select(request, Q_BROWSE_NOTICES), _select(request, Q_BROWSE_IDENTITIES)
        )
    except PageError as error:
        return _error(request, error.status, error.message)
    persons = sorted((r for r in identities if r["class"].value == KL + "Person"), key=_name_key)
    agencies = sorted((r for r in identities if r["class"].value == KL + "Agency"), key=_name_key)
    return _render(
        "browse.html", notices=notices, persons=persons, agencies=agencies, labels=Labels(), href_of=href_of
    )


async def entity(request: Request) -> Response:
    path = request.path_params.get("path", "")
    if not valid_id_path(path):
        return _error(
            request,
            404,
            "Không có trang cho địa chỉ này. / No page for this address: an /id/ path is a kind "
            f"({', '.join(ID_KINDS)}) followed by segments of letters, digits and . _ ~ -",
        )
    iri = KLI + path
    wanted = negotiate(request.headers.get("accept"), request.query_params.get("format"))
    try:
        if not await _select(request, Q_EXISTS, iri):
            return _error(request, 404, f"Không tìm thấy / Not found: <{iri}> is not in this graph.")
        if wanted != "html":
            return await _rdf(request, iri, wanted)
        return await _entity_html(request, iri, path)
    except PageError as error:
        return _error(request, error.status, error.message)


async def _rdf(request: Request, iri: str, media: str) -> Response:
    try:
        result = await _executor(request).execute(
            Q_CONSTRUCT, accept=media, substitutions={"node": nt_iri(iri)}
        )
    except PageError:
        raise
    except Exception as error:
        raise PageError(_status_of(error), f"Could not describe <{iri}>: {_detail_of(error)}") from error
    return Response(
        result.body,
        media_type=result.media_type,
        headers={"Vary": "Accept"},
    )


async def _entity_html(request: Request, iri: str, path: str) -> Response:
    kind = path.split("/", 1)[0]
    out, incoming = await asyncio.gather(_select(request, Q_OUT, iri), _select(request, Q_IN, iri))
    types = _values(out, RDF_TYPE)
    resolved = any(t.value == KL + "ResolvedIdentity" for t in types)
    context: dict[str, Any] = {
        "iri": iri,
        "path": path,
        "kind": kind,
        "resolved": resolved,
        "types": types,
        "same_as": _values(out, OWL_SAME_AS),
        "same_as_in": [r["s"] for r in incoming if r["p"].value == OWL_SAME_AS],
        "out": _group_statements(out, "o"),
        "incoming": _group_statements([r for r in incoming if r["p"].value != OWL_SAME_AS], "s"),
        "incoming_truncated": len(incoming) >= 500,
        "names": _values(out, "http://xmlns.com/foaf/0.1/name")
        + _values(out, "http://www.w3.org/2004/02/skos/core#prefLabel"),
        "alt_names": _values(out, "http://www.w3.org/2004/02/skos/core#altLabel"),
        "props": {row["p"].value: row["o"] for row in out},
        "values": {p["p"]: [v for v, _ in p["values"]] for p in _group_statements(out, "o")},
    }
    jobs: dict[str, Any] = {}
    if kind in {"person", "agency"}:
        jobs.update(
            memberships=_memberships(request, iri),
            meetings=_meetings(request, iri),
            directives=_directives(request, iri),
            notices=_notices(request, iri),
            evidence=_evidence(request, iri),
        )
    elif kind == "meeting":
        jobs.update(directives=_directives(request, iri), notices=_notices(request, iri))
        jobs.update(evidence=_evidence(request, iri))
    elif kind == "directive":
        jobs.update(evidence=_evidence(request, iri))
    elif kind == "notice":
        jobs.update(spans=_notice_spans(request, iri), directives=_directives(request, iri))
    elif kind in {"membership", "change"}:
        jobs.update(evidence=_evidence(request, iri))
    results = await asyncio.gather(*jobs.values())
    context.update(zip(jobs, results, strict=True))

    if kind == "span":
        props = context["props"]
        context["span_link"] = span_href(
            props.get("http://www.w3.org/ns/oa#hasSource"),
            props.get("http://www.w3.org/ns/oa#start"),
            props.get("http://www.w3.org/ns/oa#end"),
        )

    iris: set[str] = {iri}
    _collect_iris(context, iris)
    labels = await fetch_labels(_executor(request), iris)
    context["labels"] = labels
    context["title"] = labels(iri)

    if kind == "notice":
        text_terms = context["values"].get(SCHEMA_TEXT, [])
        text = text_terms[0].value if text_terms else ""
        spans = context.get("spans", [])
        context["text_html"] = highlight(text, spans, labels)
        by_kind: dict[str, list[str]] = defaultdict(list)
        for span in spans:
            for node in span.nodes:
                node_kind = kind_of(node) or "other"
                if node not in by_kind[node_kind]:
                    by_kind[node_kind].append(node)
        context["extracted"] = [(k, by_kind[k]) for k in SPAN_KINDS if by_kind.get(k)]
        context["span_count"] = len(spans)
    return _render("entity.html", vary=True, **context)


def _json_error(status: int, detail: str) -> JSONResponse:
    """The endpoint's JSON error shape: ``{"error": {"status", "title", "detail"}}``."""
    body = {"error": {"status": status, "title": HTTPStatus(status).phrase, "detail": detail}}
    return JSONResponse(body, status_code=status)


async def labels_api(request: Request) -> Response:
    """``POST {"iris": [...]}`` → ``{"labels": {iri: label}}`` for the results table (at most 500 IRIs)."""
    try:
        payload = await request.json()
    except ValueError:
        return _json_error(400, 'Send JSON: {"iris": [...]}.')
    iris = payload.get("iris") if isinstance(payload, dict) else None
    if not isinstance(iris, list) or not all(isinstance(i, str) for i in iris):
        return _json_error(400, '"iris" must be a list of strings.')
    if len(iris) > _MAX_LABEL_IRIS:
        return _json_error(400, f"At most {_MAX_LABEL_IRIS} IRIs at a time.")
    try:
        labels = await fetch_labels(_executor(request), iris)
    except PageError as error:
        return _json_error(error.status, error.message)
    except Exception as error:
        status = _status_of(error)
        return _json_error(status, f"Label lookup failed: {_detail_of(error)}")
    return JSONResponse({"labels": labels.vi})


def routes() -> list[BaseRoute]:
    """The page routes, appended by ``create_app`` to the endpoint's own."""
    static = StaticFiles(directory=str(files(PACKAGE) / "static"))
    return [
        Route("/", index, methods=["GET", "HEAD"], name="pages:index"),
        Route("/browse", browse, methods=["GET", "HEAD"], name="pages:browse"),
        Route("/id/{path:path}", entity, methods=["GET", "HEAD"], name="pages:entity"),
        Route("/pages/labels", labels_api, methods=["POST"], name="pages:labels"),
        Mount("/static", app=static, name="static"),
    ]
