"""Bind query variables to RDF terms in the text of a SPARQL query, for servers that take text only.

The embedded store binds the named queries' parameters with pyoxigraph's ``substitutions``, which replace a
variable by a term throughout the query, subqueries included. A remote SPARQL 1.1 server has nothing like
it, and a ``VALUES`` block would not do the same: a subquery, or a ``FILTER`` inside a nested group, is
evaluated before the outer ``VALUES`` is joined in, so it would see the parameter unbound. So the query text
itself is rewritten, token by token (comments, strings and IRIs are never touched), every occurrence of
``?name``/``$name`` becoming the term written in SPARQL syntax by `sparql_term`, which escapes literals and
refuses what cannot be written safely (an IRI with ``>`` or a space, a NUL). Three places cannot hold a
constant, and get what gives the same answers:

- a ``SELECT`` projection: ``?name`` becomes ``(TERM AS ?name)`` in the outermost query, so the column
  stays; in a subquery it is dropped (projected there, it would be in scope outside, where the outer
  ``AS ?name`` may not assign it again), unless the subquery would project nothing else;
- ``GROUP BY`` / ``ORDER BY``: ``?name`` is dropped (a constant neither splits groups nor orders rows;
  ``GROUP BY`` left with nothing keeps ``(TERM)`` so the query stays an aggregate);
- ``AS ?name`` (``BIND``, a projected expression) and ``VALUES ?name``: the query assigns the variable
  itself, so it cannot be a parameter: `SubstitutionError`.

>>> import pyoxigraph as ox
>>> print(substitute_variables('SELECT ?x ?t WHERE { ?x <p> ?t } ORDER BY ?t ?x', {"t": ox.Literal('a"}')}))
SELECT ?x ("a\\"}" AS ?t) WHERE { ?x <p> "a\\"}" } ORDER BY  ?x
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pyoxigraph as ox

from ketluan.graph.errors import QueryError

__all__ = ["SubstitutionError", "sparql_term", "substitute_variables"]

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


class SubstitutionError(QueryError):
    """A term cannot be written into a query safely, or the query assigns a variable it should be given."""


# Characters an IRIREF may not contain (SPARQL 1.1 grammar, production [139]).
_IRI_FORBIDDEN = re.compile(r'[<>"{}|^`\\\x00-\x20]')
_LANGUAGE = re.compile(r"[A-Za-z]+(?:-[A-Za-z0-9]+)*")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_ESCAPED = re.compile(r'[\\"\n\r\t\b\f]')


def _iri(value: str) -> str:
    if not value or _IRI_FORBIDDEN.search(value):
        raise SubstitutionError(
            f"{value!r} cannot be written as an IRI in a query: it is empty or holds a space, a control "
            'character or one of <>"{}|^`\\'
        )
    return f"<{value}>"


def sparql_term(term: ox.NamedNode | ox.Literal) -> str:
    """``term`` in SPARQL syntax: ``<iri>``, ``"text"``, ``"text"@vi``, ``"2018"^^<…#integer>``.

    Every character that could end the string early is escaped (``\\``, ``"``, line breaks), so that a value
    holding ``"}`` or a newline stays inside its literal. A blank node, a NUL (which SPARQL servers written in
    C cut strings at) and an IRI that has no IRIREF spelling raise `SubstitutionError`.
    """
    if isinstance(term, ox.NamedNode):
        return _iri(term.value)
    if not isinstance(term, ox.Literal):
        raise SubstitutionError(f"only IRIs and literals can be bound in a query's text, not {term!r}")
    if "\x00" in term.value:
        raise SubstitutionError("a NUL character cannot be sent in a query; remove it from the value")
    text = '"' + _ESCAPED.sub(lambda m: _ESCAPES[m.group()], term.value) + '"'
    if term.language:
        if not _LANGUAGE.fullmatch(term.language):
            raise SubstitutionError(f"{term.language!r} is not a language tag")
        return f"{text}@{term.language}"
    datatype = term.datatype.value
    if datatype in (XSD_STRING, RDF_LANG_STRING):
        return text
    return f"{text}^^{_iri(datatype)}"


# One token of SPARQL: what must be skipped whole (comments, strings, IRIs), variables, words, punctuation.
_TOKEN = re.compile(
    r"""
      (?P<space>\s+)
    | (?P<comment>\#[^\n\r]*)
    | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
                |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$]\w+)
    | (?P<word>[A-Za-z_][\w\-]*(?:\.[\w\-]+)*(?::(?:[\w\-:%]|\\.)*(?:\.[\w\-:%]+)*)?|:(?:[\w\-:%]|\\.)*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_CLAUSE_END = {
    "group": {"HAVING", "ORDER", "LIMIT", "OFFSET", "VALUES"},
    "order": {"LIMIT", "OFFSET", "VALUES"},
}


def substitute_variables(query: str, bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """``query`` with each variable named in ``bindings`` (``"topic"`` or ``"?topic"``) replaced by its term.

    Raises `SubstitutionError` when a term cannot be written safely or the query assigns one of the
    variables (``AS ?v``, ``VALUES ?v``), and `QueryError` for text that does not tokenise (an unclosed
    string: no bound value could be placed in such a query safely).
    """
    terms = {name.lstrip("?$"): sparql_term(term) for name, term in bindings.items()}
    if not terms:
        return query
    out: list[str] = []
    clause: str | None = None  # "select", "group", "order", "values" or None (a graph pattern, a template)
    depth = 0  # parentheses opened within the current clause
    braces = 0  # curly brackets open: a SELECT inside one is a subquery
    sub_select = False  # the current SELECT clause is a subquery's
    dropped: list[str] = []  # parameters left out of the current subquery's projection
    by_at = (-1, -1)  # where in ``out`` the current clause's two words (GROUP/ORDER, BY) are
    word_at = -1  # where in ``out`` the last word is
    kept = 0  # items left in the current projection, GROUP BY or ORDER BY
    previous = ""  # the last word or punctuation, upper case

    def close_select() -> None:
        # a subquery that would project nothing (SELECT WHERE is not SPARQL) keeps one parameter
        if sub_select and dropped and kept == 0:
            out.append(f" ({terms[dropped[0]]} AS ?{dropped[0]}) ")

    def close() -> None:
        # A GROUP BY whose every item was a bound variable keeps one constant, ``(TERM)``: dropped whole, the
        # query would become one group over all rows (one row even where nothing matches). An ORDER BY left
        # empty is dropped, keywords and all (a constant orders nothing).
        if clause in ("group", "order") and kept == 0:
            if clause == "group":
                out.append(f" ({next(iter(terms.values()))}) ")
            else:
                out[by_at[0]] = out[by_at[1]] = ""

    for match in _TOKEN.finditer(query):
        kind, text = match.lastgroup, match.group()
        if kind in ("space", "comment"):
            out.append(text)
            continue
        if kind == "other" and text in "\"'":
            raise QueryError("the query has an unclosed string; it cannot be sent with bound parameters")
        upper = text.upper() if kind in ("word", "other") else ""
        # a new item of the projection, GROUP BY or ORDER BY starts here
        item = clause in ("select", "group", "order") and depth == 0
        if kind == "word":
            if clause in _CLAUSE_END and depth == 0 and upper in _CLAUSE_END[clause]:
                close()
                clause = None
            if upper == "SELECT":
                clause, depth, kept, item = "select", 0, 0, False
                sub_select, dropped = braces > 0, []
            elif upper in ("DISTINCT", "REDUCED") and previous == "SELECT":
                item = False
            elif upper == "BY" and previous in ("GROUP", "ORDER"):
                clause, depth, kept, item = previous.lower(), 0, 0, False
                by_at = (word_at, len(out))
            elif upper in ("WHERE", "FROM") and clause == "select" and depth == 0:
                close_select()
                clause, item = None, False
            elif upper == "VALUES":
                clause, depth = "values", 0
        elif kind == "other":
            if text == "(":
                depth += 1
            elif text == ")":
                depth -= 1
                item = False
            elif text == "{":
                braces += 1
                if clause == "select" and depth == 0:
                    close_select()
                if clause in ("values", "select") and depth == 0:
                    clause, item = None, False
            elif text == "}":
                braces -= 1
            if text == "}" and depth <= 0:
                if clause in _CLAUSE_END:
                    close()
                clause, depth, item = None, 0, False
        elif kind == "var" and text[1:] in terms:
            name = text[1:]
            if previous == "AS":
                raise SubstitutionError(f"the query assigns ?{name} (AS ?{name}); it cannot be a parameter")
            if clause == "values":
                raise SubstitutionError(f"the query lists ?{name} in VALUES; it cannot be a parameter")
            if clause == "select" and depth == 0 and sub_select:
                text, item = "", False
                dropped.append(name)
            elif clause == "select" and depth == 0:
                text = f"({terms[name]} AS {text})"
            elif item:
                text, item = "", False
            else:
                text = terms[name]
        if item:
            kept += 1
        previous = upper or "?"
        if kind == "word":
            word_at = len(out)
        out.append(text)
    close()
    return "".join(out)
