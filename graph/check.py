"""Verify a store (``ketluan check``): every notice graph whole, the index and the resolution in step with them.

A notice is written in one transaction with its mention-index entry, so a crash leaves either all of it or
none; this check proves that after the fact, and finds what a bug or a hand edit could break:

- every notice graph holds one ``kl:Notice`` named like the graph, with ``kl:sourceFile`` and a
  ``kl:contentHash``, the meeting it ``kl:reportsOn`` and the types of the nodes it mentions;
- no two notice graphs claim the same ``kl:sourceFile``;
- every evidence selector points into its notice's text (``oa:start``/``oa:end`` within ``schema:text``, and
  ``oa:exact`` equal to the words there);
- every notice has its mention-index entry, equal to what its graph says now (a stale entry would make
  resolution see another notice than the one stored);
- the full-text index (`ketluan.graph.textindex`), when there is one, holds every notice's directives as
  its graph has them now, and nothing else;
- ``kli:graph/resolved`` is what resolution gives for the stored notices and judgements (compared as a
  diff, nothing is written): no ``owl:sameAs`` from a node that no notice has any more, none missing.

Each problem is one line naming the notice (file) and what is wrong; a consistent store has none.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pyoxigraph as ox

from ketluan.graph.judgements import judgements_path, read_judgements
from ketluan.graph.mentions import index_entries, notice_graphs, notice_index_entry
from ketluan.graph.resolution import default_place_of
from ketluan.graph.resolve import resolve
from ketluan.graph.resolved_rdf import RESOLVED_GRAPH, resolution_quads
from ketluan.graph.store import Store
from ketluan.graph.textindex import TextIndex
from ketluan.graph.textsync import index_problems, index_state_problems
from ketluan.ontology.namespaces import KL

__all__ = ["CheckReport", "check_store"]

_OA = "http://www.w3.org/ns/oa#"
_SCHEMA_TEXT = ox.NamedNode("http://schema.org/text")
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


@dataclass(slots=True)
class CheckReport:
    notices: int = 0
    quads: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def line(self) -> str:
        if self.ok:
            return f"consistent: {self.notices} notices, {self.quads} quads, 0 problems"
        return f"NOT consistent: {len(self.problems)} problem(s) in {self.notices} notices"


def _value(quads: list[ox.Quad], s: ox.NamedNode, p: str) -> list[str]:
    return [q.object.value for q in quads if q.subject == s and q.predicate.value == p]


def _check_notice(graph: str, quads: list[ox.Quad], report: CheckReport) -> str:
    g = ox.NamedNode(graph)
    files = _value(quads, g, str(KL.sourceFile))
    name = files[0] if files else graph
    if not any(q.subject == g and q.predicate == _TYPE and q.object.value == str(KL.Notice) for q in quads):
        report.problems.append(f"{name}: the graph {graph} has no kl:Notice named like it")
    if len(files) != 1:
        report.problems.append(f"{name}: {len(files)} kl:sourceFile values (want 1)")
    if len(_value(quads, g, str(KL.contentHash))) != 1:
        report.problems.append(f"{name}: no single kl:contentHash — the notice was not written whole")
    meetings = _value(quads, g, str(KL.reportsOn))
    for m in meetings:
        if not any(q.subject.value == m and q.predicate == _TYPE for q in quads):
            report.problems.append(f"{name}: its meeting {m} has no rdf:type — the graph is incomplete")
    texts = _value(quads, g, str(_SCHEMA_TEXT.value))
    text = texts[0] if texts else ""
    selectors: dict[str, dict[str, str]] = {}
    for q in quads:
        if q.predicate.value.startswith(_OA) and isinstance(q.subject, ox.NamedNode):
            selectors.setdefault(q.subject.value, {})[q.predicate.value[len(_OA) :]] = q.object.value
    for sel, v in selectors.items():
        if "start" not in v or "end" not in v:
            continue
        start, end = int(v["start"]), int(v["end"])
        if not 0 <= start <= end <= len(text):
            report.problems.append(f"{name}: selector {sel} ({start}-{end}) lies outside the text")
        elif "exact" in v and text[start:end] != v["exact"]:
            report.problems.append(
                f"{name}: selector {sel} quotes {v['exact']!r}, the text has {text[start:end]!r}"
            )
    return name


def check_store(store: Store) -> CheckReport:
    """Check ``store`` (read only: nothing is written) and list every problem found."""
    report = CheckReport(quads=len(store))
    graphs = notice_graphs(store.ox)
    report.notices = len(graphs)
    entries = index_entries(store.ox)
    names: dict[str, str] = {}
    text = TextIndex.open(store.path, usable_only=False)  # None: no index yet (built on first use)
    for graph in graphs:
        quads = list(store.ox.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
        names[graph] = _check_notice(graph, quads, report)
        if text is not None:
            report.problems.extend(index_problems(text, graph, names[graph], quads))
        entry = entries.get(graph)
        if entry is None:
            report.problems.append(
                f"{names[graph]}: no mention-index entry (run `ketluan resolve` to rebuild it)"
            )
        elif entry != notice_index_entry(graph, quads):
            report.problems.append(
                f"{names[graph]}: its mention-index entry is stale (run `ketluan resolve --rebuild-index`)"
            )
    for file, n in Counter(names.values()).items():
        if n > 1:
            report.problems.append(f"{file}: stored in {n} notice graphs")
    for graph in entries.keys() - set(graphs):
        report.problems.append(f"{graph}: a mention-index entry for a notice that is not stored")
    if text is not None:
        report.problems.extend(index_state_problems(text, graphs))
        text.close()
    # the resolution as it should be, compared with what is stored
    resolved = ox.NamedNode(RESOLVED_GRAPH)
    if store.ox.contains_named_graph(resolved) or graphs:
        res = resolve(store.mentions(), read_judgements(judgements_path(store.path)))
        wanted = {
            ox.Triple(q.subject, q.predicate, q.object) for q in resolution_quads(res, default_place_of())
        }
        stored = {
            ox.Triple(q.subject, q.predicate, q.object)
            for q in store.ox.quads_for_pattern(None, None, None, resolved)
        }
        missing, extra = wanted - stored, stored - wanted
        if missing or extra:
            report.problems.append(
                f"kli:graph/resolved is out of step with the notices: {len(missing)} triples missing, "
                f"{len(extra)} left over (run `ketluan resolve`)"
            )
            orphans = sorted(
                {t.subject.value for t in extra if t.predicate.value.endswith("#sameAs")}
                - {p for p in res.person_of}
                - {a for a in res.agency_of}
            )
            for node in orphans[:10]:
                report.problems.append(
                    f"kli:graph/resolved: {node} is owl:sameAs an identity but no notice has it"
                )
    return report
