"""Graph analytics with networkx: co-attendance, centrality, communities and directive load over time.

    >>> from ketluan.graph.store import Store
    >>> from ketluan.graph import analytics as an
    >>> with Store.open("ketluan-store") as store:                          # doctest: +SKIP
    ...     print("\\n".join(an.analytics_report(store)))                   # what the command line prints
    ...     kg, g = an.load(store, province="Vĩnh Long")                   # for a notebook
    ...     an.directive_ranking(g)[:5]                                     # [(agency IRI, directives), …]
    ...     people = an.coattendance(g, "person")                          # nx.Graph, weight = meetings together
    ...     an.communities(people)

Everything works on the graph of `ketluan.graph.graph_model.build_graph` (resolved identities: one official
is one node across notices), so the same filters apply. Names for the tables come from `labels` (read only
for the nodes shown).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations
from typing import Any

import networkx as nx

from ketluan.graph.graph_model import KG, Filters, build_graph, load_kg

__all__ = [
    "analytics_report",
    "centrality",
    "chair_ranking",
    "coattendance",
    "communities",
    "directive_load",
    "directive_ranking",
    "labels",
    "load",
]

_PRESENT = {"person": ("chair", "participant"), "agency": ("organizer", "participatingAgency")}


def load(store: Any, filters: Filters | None = None, **filter_fields: Any) -> tuple[KG, nx.DiGraph]:
    """The store's structure and its (filtered) graph: ``load(store, province="Vĩnh Long", year_from=2020)``."""
    kg = load_kg(store)
    return kg, build_graph(kg, filters or Filters(**filter_fields), store)


def coattendance(g: nx.DiGraph, kind: str = "person") -> nx.Graph:
    """Who met whom: an undirected graph of persons (or ``kind="agency"``: bodies that organised or were
    present) with an edge for every pair at the same meeting, ``weight`` = meetings together.

    Every person/agency present at some meeting is a node, also one who never met anyone else there.
    """
    if kind not in _PRESENT:
        raise ValueError(f"kind must be 'person' or 'agency', not {kind!r}")
    rels = _PRESENT[kind]
    h = nx.Graph(kind=kind)
    for m, k in g.nodes(data="kind"):
        if k != "meeting":
            continue
        present = sorted({v for _, v, rel in g.out_edges(m, data="rel") if rel in rels})
        h.add_nodes_from(present)
        for a, b in combinations(present, 2):
            if h.has_edge(a, b):
                h.edges[a, b]["weight"] += 1
            else:
                h.add_edge(a, b, weight=1)
    return h


def directive_ranking(g: nx.DiGraph, kind: str | None = "agency") -> list[tuple[str, int]]:
    """Who carries the most directives: (node, directives assigned), most first (ties by IRI).

    ``kind`` keeps agencies (default), persons, or both (``None``).
    """
    counts: Counter[str] = Counter(v for _, v, rel in g.edges(data="rel") if rel == "assignedTo")
    return sorted(
        ((n, c) for n, c in counts.items() if kind is None or g.nodes[n].get("kind") == kind),
        key=lambda x: (-x[1], x[0]),
    )


def chair_ranking(g: nx.DiGraph) -> list[tuple[str, int]]:
    """Who chairs most: (person, meetings chaired), most first."""
    counts: Counter[str] = Counter(v for _, v, rel in g.edges(data="rel") if rel == "chair")
    return sorted(counts.items(), key=lambda x: (-x[1], x[0]))


def centrality(h: nx.Graph, measure: str = "degree", *, seed: int = 7) -> list[tuple[str, float]]:
    """Nodes of ``h`` by centrality, highest first: ``degree`` (weighted: meetings together), ``betweenness``
    (sampled on 500 nodes above 2,000), ``eigenvector`` or ``pagerank`` (weighted)."""
    if len(h) == 0:
        return []
    if measure == "degree":
        scores = dict(h.degree(weight="weight"))
    elif measure == "betweenness":
        k = 500 if len(h) > 2000 else None
        scores = nx.betweenness_centrality(h, k=k, seed=seed)
    elif measure == "eigenvector":
        scores = nx.eigenvector_centrality(h, weight="weight", max_iter=1000)
    elif measure == "pagerank":
        scores = nx.pagerank(h, weight="weight")
    else:
        raise ValueError(f"unknown measure {measure!r}: degree, betweenness, eigenvector or pagerank")
    return sorted(((n, float(s)) for n, s in scores.items()), key=lambda x: (-x[1], x[0]))


def communities(h: nx.Graph, *, seed: int = 7) -> list[set[str]]:
    """Louvain communities of ``h`` (weighted, seeded: the same every run), largest first."""
    if len(h) == 0:
        return []
    found = nx.community.louvain_communities(h, weight="weight", seed=seed)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(c)))


def directive_load(g: nx.DiGraph) -> dict[tuple[str, str, int | None], int]:
    """Directives per (assigned agency or person, topic, year of the meeting): the load over time.

    A directive with two topics counts once under each; one without a topic under ``"none"``.
    """
    load: Counter[tuple[str, str, int | None]] = Counter()
    for d, attrs in g.nodes(data=True):
        if attrs.get("kind") != "directive":
            continue
        topics = attrs.get("topics") or ["none"]
        for _, x, rel in g.out_edges(d, data="rel"):
            if rel == "assignedTo":
                for t in topics:
                    load[(x, t, attrs.get("year"))] += 1
    return dict(load)


def labels(kg: KG, store: Any, nodes: Iterable[str]) -> dict[str, str]:
    """Display names of ``nodes`` (persons get their province when namesakes are among them)."""
    sub = nx.DiGraph()
    for n in nodes:
        kind = "agency" if n in kg.agencies else "person"
        sub.add_node(n, kind=kind)
    kg.describe(store, sub)
    names = {n: sub.nodes[n].get("label", n) for n in sub}
    seen = Counter(names.values())
    for n, name in names.items():
        if seen[name] > 1 and "/person/resolved/" in n:
            names[n] = f"{name} ({n.split('/person/resolved/')[1].split('/')[0]})"
    return names


def _table(rows: list[tuple[str, Any]], names: dict[str, str], fmt: str = "{:>6}") -> list[str]:
    return [f"  {fmt.format(v)}  {names.get(n, n)}" for n, v in rows]


def analytics_report(store: Any, filters: Filters | None = None, *, top: int = 10) -> list[str]:
    """The report ``ketluan`` prints: rankings, central officials and bodies, communities, directive load.

    ``store`` is an open `ketluan.graph.store.Store`.
    """
    kg, g = load(store, filters)
    kinds = Counter(k for _, k in g.nodes(data="kind"))
    active = (filters or Filters()).active()
    lines = [
        f"{kinds['meeting']:,} meetings, {kinds['directive']:,} directives, {kinds['person']:,} persons, "
        f"{kinds['agency']:,} agencies"
        + (f" ({', '.join(f'{k}={v}' for k, v in active.items())})" if active else "")
        + ("" if kg.resolved else " — the store is not resolved: every mention is its own node")
    ]
    by_directives = directive_ranking(g)[:top]
    chairs = chair_ranking(g)[:top]
    people = coattendance(g, "person")
    bodies = coattendance(g, "agency")
    central_people = centrality(people, "betweenness")[:top]
    central_bodies = centrality(bodies, "pagerank")[:top]
    groups = communities(bodies)
    loads = directive_load(g)
    per_pair: dict[tuple[str, str], Counter[int | None]] = defaultdict(Counter)
    for (x, t, y), c in loads.items():
        per_pair[(x, t)][y] += c
    busiest = sorted(per_pair.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:top]
    group_tops = [
        sorted(c, key=lambda n: (-bodies.degree(n, weight="weight"), n))[:3] for c in groups[: min(top, 5)]
    ]
    shown = {n for n, _ in by_directives + chairs + central_people + central_bodies}
    shown |= {x for (x, _), _ in busiest} | {n for t in group_tops for n in t}
    names = labels(kg, store, shown)

    lines += ["", "Bodies with the most directives assigned (kl:assignedTo):"]
    lines += _table(by_directives, names) or ["  (none)"]
    lines += ["", "Who chairs most (kl:chair, meetings):"]
    lines += _table(chairs, names) or ["  (none)"]
    lines += ["", "Central officials (betweenness in the co-attendance network of persons):"]
    lines += _table(central_people, names, "{:>6.3f}") or ["  (none)"]
    lines += ["", "Central bodies (weighted PageRank in the co-attendance network of agencies):"]
    lines += _table(central_bodies, names, "{:>6.3f}") or ["  (none)"]
    lines += ["", f"Communities of bodies that meet together (Louvain): {len(groups):,}"]
    for c, heads in zip(groups, group_tops, strict=False):
        lines.append(
            f"  {len(c):>6}  " + "; ".join(names.get(n, n) for n in heads) + ("; …" if len(c) > 3 else "")
        )
    topic_name = {t: vi for t, (vi, _) in kg.topic_labels.items()}
    lines += ["", "Directive load per body and topic, by year of the meeting:"]
    for (x, t), years in busiest:
        spread = ", ".join(
            f"{y if y is not None else '?'}: {c}" for y, c in sorted(years.items(), key=lambda i: i[0] or 0)
        )
        lines.append(f"  {sum(years.values()):>6}  {names.get(x, x)} — {topic_name.get(t, t)} ({spread})")
    if not busiest:
        lines.append("  (none)")
    return lines
