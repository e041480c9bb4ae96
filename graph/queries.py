"""The named SPARQL queries in ``ketluan.queries``: list, load, bind parameters, run and format.

Each ``queries/<name>.rq`` starts with a comment header::

    # title: Units assigned a topic
    # description: Which units were assigned work on a topic ...
    #   (an indented comment line continues the field above)
    # params: topic=metrology (topic: local name of a klt: concept)
    # params: since=2000 (year: the first year to include)

A parameter is written ``name=default (kind: help)``; ``name (kind: help)`` without ``=`` is required and
``# params: none`` declares none. Several parameters go on several ``# params:`` lines (or one line,
separated by ``;``). The kinds are listed in :data:`PARAM_KINDS`.

Parameters are never pasted into the query text. :func:`bind_params` checks each value and turns it into an
RDF term, and :func:`run_query` hands the terms to pyoxigraph as ``substitutions``, which binds the variable of
the same name (``?topic``) throughout the query. pyoxigraph requires every substituted variable to be in the
``SELECT`` clause (and in ``GROUP BY`` when the query aggregates), so each query projects its parameters;
:func:`run_query` leaves those columns out of the result, since they only repeat what was passed in.

A ``string`` parameter ``name`` also binds ``?nameFolded`` and ``?nameUnfolded`` when the query uses them:
the value with its tones on the first and on the second vowel of a final oa/oe/uy ("Khánh Hòa" / "Khánh
Hoà"), so that a search finds what the notices wrote under either placement.

A header line ``# fulltext: q -> ?directive`` says that the query keeps only directives ``?directive``
whose ``kl:text`` contains the string parameter ``q`` (ignoring case, either tone placement: the filter
written in the query). Run through ketluan on a store that has its full-text index
(`ketluan.graph.textindex`), :func:`run_query` asks the index for the candidate directives and puts them
first in the query's ``WHERE`` (a ``VALUES`` block bound to ``?directive``), so the SPARQL only looks those
up; the query's own filter still decides, so the answers are the same as without the index. Elsewhere (a plain
SPARQL server, a bare ``pyoxigraph.Store``) the same text runs as written: it is standard SPARQL 1.1.
``# fulltext: q -> ?directive (newest first: ?meetingDate)`` says more: the query orders its answers by
``DESC(STR(?meetingDate))`` first and ends with ``LIMIT n``, so the index hands over only the candidates its
first n answers can come from (`newest_candidates`), whatever the number of matches.

A header line ``# labels: name -> ?spelling ?nodeName`` says that each of those variables is a name or label
literal that the query keeps only if it contains the string parameter ``name`` (its own filter). On a store
with a folder, :func:`run_query` asks the label index (`ketluan.graph.labelindex`) for the literals that may
and binds each variable to them at its ``# (label candidates: ?var)`` comment line (`labels_text`), so that
pyoxigraph looks those up instead of reading every label in the store; the filter still decides.

A header line ``# places: province from to -> ?g`` says that the query keeps only the meetings of notice graphs
``?g`` held in the province bound to ``province`` (a ``province`` parameter) from year ``from`` to year ``to``
(``year`` parameters). On a store with its full-text index, :func:`run_query` asks the index's table of places
for the notice graphs that may hold such a meeting and binds ``?g`` to them at the comment line ``# (place
candidates: ?g)`` (`places_text`), so that pyoxigraph looks at those graphs only; the query's filter decides.

>>> q = load_query("chairs-across-years")
>>> q.name, q.params
('chairs_across_years', [])
>>> [str(term) for term in bind_params(load_query("units_assigned_topic"), {}).values()]
['<https://w3id.org/ketluan/topic/metrology>']
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox
from rich.table import Table

from ketluan.graph.errors import GraphError, QueryError
from ketluan.ingest.text import fold_tones, unfold_tones
from ketluan.ontology.namespaces import PREFIXES as ONTOLOGY_PREFIXES

__all__ = [
    "PARAM_KINDS",
    "PREFIXES",
    "TOPICS",
    "NamedQuery",
    "QueryParam",
    "QueryResult",
    "FullText",
    "Labels",
    "Places",
    "bind_params",
    "labels_text",
    "places_text",
    "fulltext_text",
    "format_table",
    "known_topics",
    "list_queries",
    "load_query",
    "query_names",
    "run_query",
    "shorten_iri",
    "to_csv",
    "to_json",
]

QUERY_PACKAGE = "ketluan.queries"
ONTOLOGY_PACKAGE = "ketluan.ontology"

KLT = "https://w3id.org/ketluan/topic/"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

#: prefix -> namespace, used to shorten IRIs in tables (the longest matching namespace wins); generated from
#: the ontology, so the table and the ontology cannot disagree.
PREFIXES: dict[str, str] = dict(ONTOLOGY_PREFIXES)

#: The topics fixed by the contract (``../shared/CONTRACT.md``). More may be added to the topic scheme in
#: ``ontology/``; :func:`known_topics` adds those, and any found in the store a query runs on.
TOPICS: frozenset[str] = frozenset(
    {
        "metrology",
        "standards-quality",
        "intellectual-property",
        "radiation-safety",
        "inspection",
        "research-projects",
        "technology-transfer",
        "innovation",
        "finance",
        "planning",
        "reporting",
        "communication",
        "training",
        "administrative-reform",
        "personnel",
        "statistics",
        "events",
        "party-affairs",
        "investment",
    }
)

#: kind -> what the value must look like; each kind is converted by :func:`bind_params`.
PARAM_KINDS: dict[str, str] = {
    "topic": "the local name of a topic in klt:scheme (metrology, inspection, ...), bound as its klt: IRI",
    "string": "any text, bound as a plain literal (NFC-normalised)",
    "year": "a four-digit year, bound as an xsd:integer",
    "province": (
        "a province or centrally-run city by name (case, tone placement and a 'tỉnh'/'thành phố'/'TP.' prefix "
        "do not matter), bound as the name the notices' graphs carry in kl:province"
    ),
    "date": "a date written YYYY-MM-DD, bound as an xsd:date",
    "notice": "a notice's source file name (a path is cut to its base name), bound as a plain literal",
}

_FIELD = re.compile(r"^#\s*(?P<key>[a-z]+):\s?(?P<value>.*)$")
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)\s*(?:=(?P<default>[^()]*?))?\s*\((?P<kind>[a-z]+)(?::\s*(?P<help>.*))?\)$"
)
_YEAR = re.compile(r"^[0-9]{4}$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


@dataclass(frozen=True)
class QueryParam:
    """One parameter of a named query: ``default`` is ``None`` when the parameter is required."""

    name: str
    default: str | None
    kind: str
    help: str = ""

    @property
    def required(self) -> bool:
        return self.default is None


_GROUP_CONCAT = re.compile(
    r'GROUP_CONCAT\((?:[^()]|\([^()]*\))*?;\s*separator\s*=\s*"([^"]*)"\s*\)\s+AS\s+\?(\w+)', re.IGNORECASE
)


@dataclass(frozen=True)
class FullText:
    """A ``# fulltext: param -> ?variable`` header: the directives bound to ``variable`` must have a
    ``kl:text`` containing the string parameter ``param``, so the full-text index may pre-select them."""

    param: str
    variable: str
    #: ``(newest first: ?date)``: the query orders its answers by ``DESC(STR(?date))`` first, ``?date`` being
    #: the directive's meeting date, and keeps the first ``limit`` (its ``LIMIT``): the index then hands over
    #: only the candidates those answers can come from (`newest_candidates`).
    newest_by: str | None = None
    limit: int | None = None


@dataclass(frozen=True)
class Labels:
    """A ``# labels: param -> ?var1 ?var2`` header: each ``?var`` is a name or label literal (``foaf:name``,
    ``skos:prefLabel``, ``skos:altLabel``) that the query keeps only if it contains the string parameter
    ``param``, so the label index may pre-select it at the comment ``# (label candidates: ?var)``."""

    param: str
    variables: tuple[str, ...]


@dataclass(frozen=True)
class Places:
    """A ``# places: province from to -> ?g`` header: the query keeps only meetings of the notice graph
    ``?g`` held in the province parameter ``province`` in the years ``from``..``to`` (year parameters), so
    the full-text index's table of places may pre-select the graphs at the comment ``# (place candidates:
    ?g)``."""

    param: str
    first: str
    last: str
    variable: str


@dataclass
class NamedQuery:
    """A SPARQL query with its header fields; ``text`` is the whole file, header included."""

    name: str
    title: str
    description: str
    params: list[QueryParam] = field(default_factory=list)
    text: str = ""
    fulltext: FullText | None = None
    labels: Labels | None = None
    places: Places | None = None

    @property
    def param_names(self) -> list[str]:
        return [p.name for p in self.params]

    @property
    def list_columns(self) -> dict[str, str]:
        """Columns built with ``GROUP_CONCAT(…; separator="S") AS ?column``: column -> S. SPARQL leaves the
        order of their items open, so comparing answers across engines or runs compares the sorted items."""
        return {m.group(2): m.group(1) for m in _GROUP_CONCAT.finditer(self.text)}

    def spelling_variables(self, param: QueryParam) -> dict[str, Callable[[str], str]]:
        """The ``?<param>Folded``/``?<param>Unfolded`` variables this query uses for a string parameter."""
        if param.kind != "string":
            return {}
        return {
            f"{param.name}{suffix}": fn
            for suffix, fn in (("Folded", fold_tones), ("Unfolded", unfold_tones))
            if re.search(rf"[?$]{param.name}{suffix}\b", self.text)
        }

    @property
    def hidden_names(self) -> set[str]:
        """The result columns that only repeat what was passed in: the parameters and their spellings."""
        names = set(self.param_names)
        for param in self.params:
            names.update(self.spelling_variables(param))
        return names


@dataclass
class QueryResult:
    """The rows of a ``SELECT`` query; an unbound cell is ``None``."""

    variables: list[str]
    rows: list[list[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None]]

    def __len__(self) -> int:
        return len(self.rows)

    def records(self, *, short: bool = True) -> list[dict[str, object]]:
        """One dict per row: literals as Python values (numbers, dates stay text), IRIs shortened with
        :data:`PREFIXES` unless ``short=False``, unbound cells ``None``."""
        return [{v: _python(t, short) for v, t in zip(self.variables, row, strict=True)} for row in self.rows]

    def to_dataframe(self, *, short: bool = True):  # noqa: ANN201 - pandas is an optional dependency
        """The rows as a pandas DataFrame (``pip install "ketluan[notebooks]"``); integer and decimal
        literals become numbers, dates ``datetime64``."""
        import pandas as pd

        frame = pd.DataFrame.from_records(self.records(short=short), columns=self.variables)
        for column in self.variables:
            types = {
                _datatype(t)
                for t in (row[self.variables.index(column)] for row in self.rows)
                if t is not None
            }
            if types and types <= {XSD + "date", XSD + "dateTime"}:
                frame[column] = pd.to_datetime(frame[column], errors="coerce")
        return frame


# --------------------------------------------------------------------------------------------------------
# Loading


def _normalise_name(name: str) -> str:
    return name.strip().replace("-", "_")


def _query_files() -> dict[str, str]:
    """name -> text of every ``.rq`` file shipped in ``ketluan.queries``."""
    folder = files(QUERY_PACKAGE)
    return {
        entry.name[: -len(".rq")]: entry.read_text(encoding="utf-8")
        for entry in folder.iterdir()
        if entry.name.endswith(".rq") and entry.is_file()
    }


def query_names() -> list[str]:
    """The names of the shipped queries, sorted."""
    return sorted(_query_files())


def list_queries() -> list[NamedQuery]:
    """Every shipped query, sorted by name."""
    return [parse_query(name, text) for name, text in sorted(_query_files().items())]


def load_query(name_or_path: str) -> NamedQuery:
    """A shipped query by name (``chairs_across_years`` or ``chairs-across-years``) or a ``.rq`` file by path.

    Raises :class:`QueryError` listing the valid names when there is no such query.
    """
    candidate = Path(name_or_path)
    looks_like_path = name_or_path.endswith(".rq") or "/" in name_or_path or "\\" in name_or_path
    if looks_like_path:
        if not candidate.is_file():
            raise QueryError(
                f"No query file {name_or_path!r}. Give a path to a .rq file, or one of the named queries: "
                f"{', '.join(query_names())}."
            )
        return parse_query(candidate.stem, candidate.read_text(encoding="utf-8"))
    name = _normalise_name(name_or_path)
    available = _query_files()
    if name not in available:
        close = difflib.get_close_matches(name, available, n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise QueryError(
            f"Unknown query {name_or_path!r}.{hint} Named queries: {', '.join(sorted(available))} "
            "(or give a path to a .rq file)."
        )
    return parse_query(name, available[name])


def parse_query(name: str, text: str) -> NamedQuery:
    """Read the comment header of a query; a file without one gets its name as title and no parameters."""
    fields: dict[str, list[str]] = {}
    last: str | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("#"):
            break
        match = _FIELD.match(line)
        if match and match["key"] in {"title", "description", "params", "fulltext", "labels", "places"}:
            last = match["key"]
            fields.setdefault(last, []).append(match["value"].strip())
        elif last is not None and last != "params" and line.lstrip("#").strip():
            fields[last][-1] += " " + line.lstrip("#").strip()
        else:
            last = None
    params: list[QueryParam] = []
    for value in fields.get("params", []):
        if value.strip().lower() in {"", "none"}:
            continue
        params.extend(_parse_param(name, spec) for spec in _split_specs(value))
    seen = [p.name for p in params]
    duplicates = sorted({n for n in seen if seen.count(n) > 1})
    if duplicates:
        raise QueryError(f"Query {name!r} declares the parameter(s) {', '.join(duplicates)} twice.")
    fulltext = None
    if fields.get("fulltext"):
        fulltext = _parse_fulltext(name, " ".join(fields["fulltext"]), params, text)
    labels = None
    if fields.get("labels"):
        labels = _parse_labels(name, " ".join(fields["labels"]), params, text)
    places = None
    if fields.get("places"):
        places = _parse_places(name, " ".join(fields["places"]), params, text)
    return NamedQuery(
        name=name,
        title=" ".join(fields.get("title", [name])),
        description=" ".join(fields.get("description", [])),
        params=params,
        text=text,
        fulltext=fulltext,
        labels=labels,
        places=places,
    )


_FULLTEXT = re.compile(
    r"^(?P<param>[A-Za-z_]\w*)\s*->\s*[?$](?P<var>[A-Za-z_]\w*)"
    r"(?:\s*\(newest first:\s*[?$](?P<date>[A-Za-z_]\w*)\))?$"
)
_ORDER_LIMIT = re.compile(
    r"\bORDER\s+BY\s+(?P<first>DESC\s*\(\s*STR\s*\(\s*[?$](?P<date>\w+)\s*\)\s*\))"
    r"[^{}]*?\bLIMIT\s+(?P<limit>[0-9]+)\s*$",
    re.IGNORECASE,
)


def _parse_fulltext(query: str, value: str, params: list[QueryParam], text: str) -> FullText:
    match = _FULLTEXT.match(value.strip())
    if not match:
        raise QueryError(
            f"Query {query!r}: cannot read '# fulltext: {value}'; write '# fulltext: PARAM -> ?variable' "
            "(or '… -> ?variable (newest first: ?date)')."
        )
    kinds = {p.name: p.kind for p in params}
    if kinds.get(match["param"]) != "string":
        raise QueryError(
            f"Query {query!r}: '# fulltext:' names {match['param']!r}, which is not a string parameter of it."
        )
    if match["date"] is None:
        return FullText(match["param"], match["var"])
    order = _ORDER_LIMIT.search(_comments_blanked(text).rstrip())
    if order is None or order["date"] != match["date"]:
        raise QueryError(
            f"Query {query!r}: '(newest first: ?{match['date']})' needs the query to end with "
            f"'ORDER BY DESC(STR(?{match['date']})) … LIMIT n'."
        )
    return FullText(match["param"], match["var"], match["date"], int(order["limit"]))


_LABELS = re.compile(r"^(?P<param>[A-Za-z_]\w*)\s*->\s*(?P<vars>(?:[?$][A-Za-z_]\w*\s*)+)$")
#: Where a ``# labels:`` query wants a variable's candidates: a comment line of its own.
_LABEL_SPOT = re.compile(
    r"^(?P<indent>[ \t]*)# \(label candidates: \?(?P<var>[A-Za-z_]\w*)\)[ \t]*$", re.MULTILINE
)


_PLACES = re.compile(
    r"^(?P<param>[A-Za-z_]\w*)\s+(?P<first>[A-Za-z_]\w*)\s+(?P<last>[A-Za-z_]\w*)\s*->\s*[?$](?P<var>[A-Za-z_]\w*)$"
)
#: Where a ``# places:`` query wants its graphs: a comment line of its own.
_PLACE_SPOT = re.compile(
    r"^(?P<indent>[ \t]*)# \(place candidates: \?(?P<var>[A-Za-z_]\w*)\)[ \t]*$", re.MULTILINE
)


def _parse_places(query: str, value: str, params: list[QueryParam], text: str) -> Places:
    match = _PLACES.match(value.strip())
    if not match:
        raise QueryError(
            f"Query {query!r}: cannot read '# places: {value}'; write '# places: PROVINCE FROM TO -> ?graph'."
        )
    kinds = {p.name: p.kind for p in params}
    wanted = ((match["param"], "province"), (match["first"], "year"), (match["last"], "year"))
    for name, kind in wanted:
        if kinds.get(name) != kind:
            raise QueryError(
                f"Query {query!r}: '# places:' names {name!r}, which is not a {kind} parameter of it."
            )
    if match["var"] not in [m["var"] for m in _PLACE_SPOT.finditer(text)]:
        raise QueryError(
            f"Query {query!r}: '# places:' names ?{match['var']} but the query has no "
            f"'# (place candidates: ?{match['var']})' line where its candidates go."
        )
    return Places(match["param"], match["first"], match["last"], match["var"])


def _parse_labels(query: str, value: str, params: list[QueryParam], text: str) -> Labels:
    match = _LABELS.match(value.strip())
    if not match:
        raise QueryError(
            f"Query {query!r}: cannot read '# labels: {value}'; write '# labels: PARAM -> ?var ?var2'."
        )
    kinds = {p.name: p.kind for p in params}
    if kinds.get(match["param"]) != "string":
        raise QueryError(
            f"Query {query!r}: '# labels:' names {match['param']!r}, which is not a string parameter of it."
        )
    variables = tuple(v[1:] for v in match["vars"].split())
    spots = [m["var"] for m in _LABEL_SPOT.finditer(text)]
    missing = [v for v in variables if v not in spots]
    if missing:
        raise QueryError(
            f"Query {query!r}: '# labels:' names ?{', ?'.join(missing)} but the query has no "
            f"'# (label candidates: ?{missing[0]})' line where its candidates go."
        )
    return Labels(match["param"], variables)


def _split_specs(value: str) -> list[str]:
    """Split ``a=1 (year: x); b (string: y; z)`` at the semicolons outside parentheses."""
    specs, depth, current = [], 0, []
    for char in value:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == ";" and depth == 0:
            specs.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    specs.append("".join(current).strip())
    return [spec for spec in specs if spec]


def _parse_param(query: str, spec: str) -> QueryParam:
    match = _PARAM.match(spec)
    if not match:
        raise QueryError(
            f"Query {query!r}: cannot read the parameter {spec!r}. Write 'name=default (kind: help)', or "
            f"'name (kind: help)' for a required one; kinds: {', '.join(PARAM_KINDS)}."
        )
    kind = match["kind"]
    if kind not in PARAM_KINDS:
        raise QueryError(
            f"Query {query!r}: parameter {match['name']!r} has the unknown kind {kind!r}; "
            f"kinds: {', '.join(PARAM_KINDS)}."
        )
    default = match["default"]
    if default is not None:
        default = default.strip()
        if len(default) >= 2 and default[0] == default[-1] == '"':
            default = default[1:-1]
    return QueryParam(name=match["name"], default=default, kind=kind, help=(match["help"] or "").strip())


# --------------------------------------------------------------------------------------------------------
# Parameters


@lru_cache(maxsize=1)
def _ontology_topics() -> frozenset[str]:
    """Topic names declared in the ``.ttl`` files shipped in ``ketluan.ontology`` (none if there are none)."""
    names: set[str] = set()
    try:
        root = files(ONTOLOGY_PACKAGE)
    except ModuleNotFoundError:  # pragma: no cover - the ontology package always ships
        return frozenset()
    pending = [root]
    while pending:
        folder = pending.pop()
        for entry in folder.iterdir():
            if entry.is_dir():
                pending.append(entry)
            elif entry.name.endswith(".ttl"):
                try:
                    quads = ox.parse(entry.read_bytes(), format=ox.RdfFormat.TURTLE)
                    names.update(_topic_names(q.subject for q in quads))
                except (SyntaxError, OSError, ValueError):
                    continue  # a broken ontology file is the validator's business, not ours
    return frozenset(names)


def _topic_names(subjects: Iterable[object]) -> set[str]:
    out = set()
    for subject in subjects:
        if isinstance(subject, ox.NamedNode) and subject.value.startswith(KLT):
            local = subject.value[len(KLT) :]
            if local and local != "scheme" and "/" not in local:
                out.add(local)
    return out


def _store_topics(store: ox.Store) -> set[str]:
    query = (
        "SELECT DISTINCT ?c WHERE { { ?c <http://www.w3.org/2004/02/skos/core#inScheme> ?s } "
        "UNION { ?d <https://w3id.org/ketluan/ontology#topic> ?c } }"
    )
    solutions = store.query(query, use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    return _topic_names(solution["c"] for solution in solutions)


def known_topics(store: ox.Store | None = None) -> frozenset[str]:
    """The topic names a ``topic`` parameter accepts: the contract's, the ontology's and the store's."""
    names = set(TOPICS) | _ontology_topics()
    if store is not None:
        names |= _store_topics(store)
    return frozenset(names)


_PROVINCE_PREFIX = re.compile(r"^(?:tỉnh|thành\s+phố|tp\.?)\s+", re.IGNORECASE)


def _province_name(value: str, where: str) -> str:
    """The name ketluan writes in ``kl:province`` for the province ``value`` names (the gazetteer's, as the
    extractor writes it); a `QueryError` with the nearest names when the gazetteer does not know it."""
    from ketluan.ingest.places import load_gazetteer

    gazetteer = load_gazetteer()
    name = _PROVINCE_PREFIX.sub("", value.strip())
    found = gazetteer.province(name) if name else None
    if found is None:
        names = sorted({p.name for p in gazetteer.provinces.values()})
        close = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
        hint = f" Did you mean {', '.join(close)}?" if close else " Write its name, e.g. Quảng Ngãi."
        raise QueryError(f"{value!r} is not a province ({where}).{hint}")
    return found.name


def _convert(
    q: NamedQuery, param: QueryParam, value: str, store: ox.Store | None
) -> ox.NamedNode | ox.Literal:
    where = f"parameter {param.name!r} of query {q.name!r}"
    value = unicodedata.normalize("NFC", value.strip() if param.kind != "string" else value)
    if param.kind == "topic":
        name = value
        for prefix in (KLT, "klt:"):
            if name.startswith(prefix):
                name = name[len(prefix) :]
        name = name.replace("_", "-").lower()
        topics = known_topics(store)
        if name not in topics:
            raise QueryError(f"{value!r} is not a topic ({where}). Topics: {', '.join(sorted(topics))}.")
        return ox.NamedNode(KLT + name)
    if param.kind == "province":
        return ox.Literal(_province_name(value, where))
    if param.kind == "year":
        if not _YEAR.match(value):
            raise QueryError(f"{value!r} is not a year ({where}); write four digits, e.g. 2018.")
        return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))
    if param.kind == "date":
        try:
            if not _DATE.match(value):
                raise ValueError(value)
            dt.date.fromisoformat(value)
        except ValueError:
            raise QueryError(
                f"{value!r} is not a date ({where}); write YYYY-MM-DD, e.g. 2018-06-30."
            ) from None
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "date"))
    if param.kind == "notice":
        base = re.split(r"[\\/]", value)[-1]
        if not base:
            raise QueryError(f"{where} needs a notice's source file name, e.g. 000_75893db409298154.txt.")
        return ox.Literal(base)
    return ox.Literal(value)


def bind_params(
    q: NamedQuery, given: Mapping[str, str], store: ox.Store | None = None
) -> dict[ox.Variable, ox.NamedNode | ox.Literal]:
    """Check the values given for ``q``'s parameters and turn each into an RDF term, defaults filling the gaps.

    ``store``, when given, lets a ``topic`` parameter name a topic that is only in the store's topic scheme.
    Raises :class:`QueryError` for an unknown parameter, a missing required one or a malformed value; the
    message lists the valid names or says what the value should look like.
    """
    valid = q.param_names
    unknown = sorted(set(given) - set(valid))
    if unknown:
        takes = (
            "takes no parameters"
            if not valid
            else "takes " + ", ".join(f"{p.name} ({p.kind})" for p in q.params)
        )
        raise QueryError(f"Unknown parameter(s) {', '.join(unknown)} for query {q.name!r}; it {takes}.")
    bindings: dict[ox.Variable, ox.NamedNode | ox.Literal] = {}
    for param in q.params:
        value = given.get(param.name, param.default)
        if value is None:
            raise QueryError(
                f"Query {q.name!r} needs the parameter {param.name!r} ({param.kind}: {param.help}); "
                f"pass it as {param.name}=VALUE."
            )
        term = _convert(q, param, str(value), store)
        bindings[ox.Variable(param.name)] = term
        for variable, spell in q.spelling_variables(param).items():
            bindings[ox.Variable(variable)] = ox.Literal(spell(term.value))
    return bindings


# --------------------------------------------------------------------------------------------------------
# Running


#: Above this many candidates a ``VALUES`` block is not worth its text: the query runs as written.
MAX_CANDIDATES = 20_000
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_DIRECTIVE_CLASS = "https://w3id.org/ketluan/ontology#Directive"
_NONE = "https://w3id.org/ketluan/ontology#none"


def newest_candidates(index: object, text: str, newest: int) -> object:
    """What a query that keeps the ``newest`` answers newest meeting first needs from the full-text index
    ``index`` (a `ketluan.graph.textindex.TextIndex`), as its `Candidates`: the directives that contain
    ``text`` taken newest meeting first (the index's ``meeting_date``: the meeting's ``kl:heldOn`` as written,
    one per meeting as ingest writes it; none last, as SPARQL orders an unbound value after all in ``DESC``)
    until ``newest`` of them contain it (checked here on their text as the query's filter does: lower case,
    either tone placement), plus every other candidate of the N-th's date (the query orders those itself),
    plus the notices being written now. Each directive that contains ``text`` gives the query at least one
    row, so its ``newest`` first rows come from these: the same answers as with every candidate, for a cost
    that follows ``newest``, not the number of matches (24,156 at 100,000 notices for "kiểm định").
    Raises `ketluan.graph.errors.StoreError` when the index cannot be read."""
    import sqlite3

    from ketluan.graph.errors import StoreError
    from ketluan.graph.textindex import Candidates, spellings

    forms = spellings(text)
    sql, args = index._matching_ids(text)  # type: ignore[attr-defined]
    iris: set[str] = set()
    matching: set[str] = set()
    boundary: tuple[str | None] | None = None
    try:
        rows = index.db.execute(  # type: ignore[attr-defined]
            f"SELECT iri, text, meeting_date FROM directives WHERE id IN ({sql}) "
            "ORDER BY meeting_date IS NULL, meeting_date DESC",
            args,
        )
        for iri, body, date in rows:
            if boundary is not None and (date,) != boundary:
                break
            iris.add(iri)
            if boundary is None and any(form in body.lower() for form in forms):
                matching.add(iri)
                if len(matching) >= newest:
                    boundary = (date,)
        pending = index.pending()  # type: ignore[attr-defined]
    except sqlite3.Error as e:
        raise StoreError(f"cannot read the text index {index.path}: {' '.join(str(e).split())}") from None  # type: ignore[attr-defined]
    return Candidates(iris=sorted(iris), pending=pending)


def fulltext_text(q: NamedQuery, bindings: Mapping[ox.Variable, object], index: object | None) -> str:
    """``q``'s text with the full-text index's candidates put first in its ``WHERE`` (see the module
    docstring); the text as written when ``q`` has no ``# fulltext:`` header, there is no usable index
    (``index`` is a `ketluan.graph.textindex.TextIndex` or ``None``), or there are too many candidates.

    The block is ``{ VALUES ?fulltextCandidate { <c1> … } } UNION { VALUES ?fulltextPending { <g1> … } GRAPH
    ?fulltextPending { ?fulltextCandidate a kl:Directive } } BIND(COALESCE(?fulltextCandidate, kl:none) AS
    ?d)``: the candidates, plus every directive of a notice being written right now (a reader beside a
    running ingest, which the index cannot vouch for yet). IRIs come from the index and are written as
    N-Triples terms; no user text enters the query. (``SELECT *`` would show the two helper variables.)"""
    if q.fulltext is None or index is None:
        return q.text
    term = bindings.get(ox.Variable(q.fulltext.param))
    if not isinstance(term, ox.Literal):
        return q.text
    try:
        if q.fulltext.limit is not None:
            found = newest_candidates(index, term.value, q.fulltext.limit)
        else:
            found = index.candidates(term.value)  # type: ignore[attr-defined]
    except GraphError:  # an unreadable index: the query as written gives the same answers, slower
        return q.text
    if len(found.iris) + len(found.pending) > MAX_CANDIDATES:
        return q.text
    var = f"?{q.fulltext.variable}"
    # the candidates bind a variable of their own, copied into the query's through COALESCE: pyoxigraph then
    # knows it is always bound and joins on it by lookups (joined straight on a VALUES variable, which may be
    # UNDEF, it compares every candidate with every directive: 9 s instead of 0.3 s for 2,444 candidates)
    block = f"{{ VALUES ?fulltextCandidate {{ {' '.join(str(ox.NamedNode(i)) for i in found.iris)} }} }}"
    if found.pending:
        graphs = " ".join(str(ox.NamedNode(g)) for g in found.pending)
        block += (
            f" UNION {{ VALUES ?fulltextPending {{ {graphs} }} "
            f"GRAPH ?fulltextPending {{ ?fulltextCandidate a <{_DIRECTIVE_CLASS}> }} }}"
        )
    block += f"\n  BIND(COALESCE(?fulltextCandidate, <{_NONE}>) AS {var})"
    body = _comments_blanked(q.text)
    match = _WHERE.search(body)
    if match is None:
        raise QueryError(
            f"Query {q.name!r} has a '# fulltext:' header but no 'WHERE {{' to put candidates in."
        )
    return f"{q.text[: match.end()]}\n  {block}\n{q.text[match.end() :]}"


def places_text(
    q: NamedQuery, text: str, bindings: Mapping[ox.Variable, object], index: object | None
) -> str:
    """``text`` with the notice graphs of the full-text index's table of places put at the ``# (place
    candidates: ?g)`` line of a ``# places:`` query (see `Places`); ``text`` as it is when ``q`` has no such
    header, there is no usable index (``index`` is a `ketluan.graph.textindex.TextIndex` or ``None``), or
    there are too many graphs.

    The spot becomes ``VALUES ?placeCandidate_g { <g1> … } BIND(COALESCE(?placeCandidate_g, kl:none) AS ?g)``:
    the graphs that may hold a meeting of that province in those years, plus every notice graph being written
    right now (which the index cannot vouch for). IRIs come from the index; no user text enters the query."""
    if q.places is None or index is None:
        return text
    province = bindings.get(ox.Variable(q.places.param))
    first = bindings.get(ox.Variable(q.places.first))
    last = bindings.get(ox.Variable(q.places.last))
    if not (
        isinstance(province, ox.Literal) and isinstance(first, ox.Literal) and isinstance(last, ox.Literal)
    ):
        return text
    try:
        found = index.graphs_in(province.value, int(first.value), int(last.value))  # type: ignore[attr-defined]
    except GraphError:  # an unreadable index: the query as written gives the same answers, slower
        return text
    graphs = sorted({*found.iris, *found.pending})
    if len(graphs) > MAX_CANDIDATES:
        return text
    values = " ".join(str(ox.NamedNode(g)) for g in graphs)

    def spot(match: re.Match[str]) -> str:
        var, indent = match["var"], match["indent"]
        if var != q.places.variable:  # type: ignore[union-attr]
            return match.group(0)
        return (
            f"{indent}VALUES ?placeCandidate_{var} {{ {values} }}\n"
            f"{indent}BIND(COALESCE(?placeCandidate_{var}, <{_NONE}>) AS ?{var})"
        )

    return _PLACE_SPOT.sub(spot, text)


#: Above this many label candidates a ``VALUES`` block is not worth its text: the query runs as written.
MAX_LABEL_CANDIDATES = 5_000


def labels_text(
    q: NamedQuery, text: str, bindings: Mapping[ox.Variable, object], index: object | None
) -> str:
    """``text`` (``q``'s, maybe already given full-text candidates) with the label index's candidates put at
    each ``# (label candidates: ?var)`` line of a ``# labels:`` query (see `Labels`); ``text`` as it is when
    ``q`` has no such header, there is no index (``index`` is a `ketluan.graph.labelindex.LabelIndex` or
    ``None``), the parameter is empty (every label matches) or too many labels match.

    Each spot becomes ``VALUES ?labelCandidate_var { "…" … } BIND(COALESCE(?labelCandidate_var, kl:none) AS
    ?var)``: the candidates bind a variable of their own, copied into the query's through COALESCE, so that
    pyoxigraph knows it is always bound and looks each one up (see `fulltext_text`). The literals come from
    the store, written by `ketluan.graph.substitute.sparql_term`; no user text enters the query."""
    if q.labels is None or index is None:
        return text
    term = bindings.get(ox.Variable(q.labels.param))
    if not isinstance(term, ox.Literal):
        return text
    found = index.candidates(term.value, MAX_LABEL_CANDIDATES)  # type: ignore[attr-defined]
    if found is None:
        return text
    from ketluan.graph.substitute import SubstitutionError, sparql_term

    try:
        values = " ".join(sparql_term(t) for t in found)
    except SubstitutionError:  # a label that cannot be written in a query: run it as written
        return text

    def spot(match: re.Match[str]) -> str:
        var, indent = match["var"], match["indent"]
        if var not in q.labels.variables:  # type: ignore[union-attr]
            return match.group(0)
        return (
            f"{indent}VALUES ?labelCandidate_{var} {{ {values} }}\n"
            f"{indent}BIND(COALESCE(?labelCandidate_{var}, <{_NONE}>) AS ?{var})"
        )

    return _LABEL_SPOT.sub(spot, text)


def _label_index(store: object) -> object | None:
    """The label index of a store that has a folder (a `ketluan.graph.store.Store`, or a reader with a
    ``path`` and an ``ox`` store), built or refreshed on first use; ``None`` for a bare ``pyoxigraph.Store``
    or when it cannot be had (the query then runs as written, with the same answers)."""
    path = getattr(store, "path", None)
    if path is None:
        return None
    from ketluan.graph.labelindex import LabelIndex

    raw = store if isinstance(store, ox.Store) else getattr(store, "ox", None)
    if not isinstance(raw, ox.Store):
        return None
    try:
        return LabelIndex.for_store(path, raw)
    except (OSError, GraphError):
        return None


def _comments_blanked(text: str) -> str:
    """``text`` with every ``#`` comment replaced by spaces (same length), so a search skips comments.
    (A ``#`` inside an IRI or a string literal is taken for a comment too: harmless before the WHERE.)"""
    return re.sub(r"#[^\n]*", lambda m: " " * len(m.group(0)), text)


def _text_index(store: object) -> object | None:
    """The full-text index of a `ketluan.graph.store.Store` (``None`` for a bare ``pyoxigraph.Store``, or when
    the index cannot be opened: the query then runs as written, with the same answers, only slower)."""
    opener = getattr(store, "text_index", None)
    if opener is None:
        return None
    try:
        return opener()
    except GraphError:
        return None


def run_query(store: ox.Store, q: NamedQuery, params: Mapping[str, str] | None = None) -> QueryResult:
    """Run ``q`` on ``store`` (default graph = union of all graphs) with ``params`` bound as RDF terms.

    ``store`` is a ``pyoxigraph.Store``, or anything with one in its ``ox`` attribute (such as
    :class:`ketluan.graph.store.Store`, whose full-text index then serves a ``# fulltext:`` query). The
    parameter columns are left out of the result. Raises :class:`QueryError` when the parameters are wrong,
    the query does not parse, or it is not a ``SELECT``.
    """
    raw = store if isinstance(store, ox.Store) else getattr(store, "ox", None)
    if not isinstance(raw, ox.Store):
        raise TypeError(f"run_query needs a pyoxigraph.Store, not {type(store).__name__}")
    # An error is raised afresh, outside the handler and with this frame's references to the store dropped:
    # a traceback keeps its frames alive, and a frame that holds the store keeps it open (and locked) for as
    # long as the error is kept (a notebook keeps the last one).
    message = None
    try:
        bindings = bind_params(q, params or {}, store=raw)
        text = fulltext_text(q, bindings, _text_index(store) if q.fulltext else None)
        if q.places is not None:
            text = places_text(q, text, bindings, _text_index(store))
        if q.labels is not None:
            labels = _label_index(store)
            try:
                text = labels_text(q, text, bindings, labels)
            finally:
                if labels is not None:
                    labels.close()  # type: ignore[attr-defined]
        solutions = raw.query(text, use_default_graph_as_union=True, substitutions=bindings or None)
    except QueryError as error:
        message = str(error)
    except SyntaxError as error:
        message = f"Query {q.name!r} is not valid SPARQL: {error}"
    except RuntimeError as error:
        if "projection" in str(error):
            message = (
                f"Query {q.name!r}: every parameter must appear in the SELECT clause (and in GROUP BY when the "
                f"query aggregates) so that it can be bound: {error}"
            )
        else:
            message = f"Query {q.name!r} failed: {error}"
    if message is not None:
        raw = store = None  # type: ignore[assignment]
        raise QueryError(message)
    if not isinstance(solutions, ox.QuerySolutions):
        raw = store = solutions = None  # type: ignore[assignment]
        raise QueryError(f"Query {q.name!r} is not a SELECT query; named queries must return a table.")
    hidden = q.hidden_names
    variables = [v.value for v in solutions.variables if v.value not in hidden]
    rows = [[solution[name] for name in variables] for solution in solutions]
    return QueryResult(variables=variables, rows=rows)


# --------------------------------------------------------------------------------------------------------
# Formatting


def shorten_iri(iri: str, prefixes: Mapping[str, str] = PREFIXES) -> str:
    """``https://w3id.org/ketluan/topic/metrology`` -> ``klt:metrology``; an IRI in no namespace stays whole."""
    best = max((ns for ns in prefixes.values() if iri.startswith(ns)), key=len, default=None)
    if best is None:
        return iri
    prefix = next(p for p, ns in prefixes.items() if ns == best)
    return f"{prefix}:{iri[len(best) :]}"


_NUMERIC = {XSD + t for t in ("integer", "int", "long", "decimal", "double", "float", "nonNegativeInteger")}


def _datatype(term: object) -> str | None:
    return term.datatype.value if isinstance(term, ox.Literal) else None


def _python(term: object, short: bool) -> object:
    """A cell as a plain Python value: numbers for numeric literals, text otherwise."""
    if isinstance(term, ox.Literal) and term.datatype.value in _NUMERIC:
        try:
            return (
                int(term.value)
                if term.datatype.value.endswith(("integer", "int", "long"))
                else float(term.value)
            )
        except ValueError:
            return term.value
    return None if term is None else _text(term, short)


def _text(term: object, short: bool) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return shorten_iri(term.value) if short else term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def format_table(result: QueryResult, title: str | None = None) -> Table:
    """A rich table: IRIs shortened with :data:`PREFIXES`, literals shown as their text, unbound cells empty."""
    table = Table(title=title, show_lines=False)
    for variable in result.variables:
        table.add_column(variable, overflow="fold")
    for row in result.rows:
        table.add_row(*(_text(term, short=True) for term in row))
    return table


def to_csv(result: QueryResult) -> str:
    """SPARQL 1.1 CSV results: a header of variable names, full IRIs, literals as text, ``\\r\\n`` line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([_text(term, short=False) for term in row])
    return buffer.getvalue()


def _json_term(term: object) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value not in (XSD + "string", RDF_LANG_STRING):
            out["datatype"] = term.datatype.value
        return out
    raise QueryError(f"Cannot write {term!r} as a SPARQL JSON result.")


def to_json(result: QueryResult, indent: int | None = 2) -> str:
    """SPARQL 1.1 Query Results JSON (``application/sparql-results+json``); unbound cells are left out."""
    document = {
        "head": {"vars": list(result.variables)},
        "results": {
            "bindings": [
                {
                    name: _json_term(term)
                    for name, term in zip(result.variables, row, strict=True)
                    if term is not None
                }
                for row in result.rows
            ]
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=indent) + "\n"
