"""``ketluan viz``: the graph as one self-contained, interactive HTML page (pyvis / vis-network, on networkx).

    >>> from ketluan.graph.viz import viz_command
    >>> s = viz_command("ketluan-store", "graph.html", province="Vĩnh Long", year_from=2019)  # doctest: +SKIP
    >>> s = viz_command("ketluan-store", "ego.html", focus="Nguyễn Thanh Phong", depth=2)      # doctest: +SKIP
    >>> print("\\n".join(s.lines()))                                                          # doctest: +SKIP

The page:

- persons, agencies, meetings and directives (and, when aggregated, topics) styled by class — colour and
  shape, with a legend whose boxes hide or show a class — and sized by degree;
- tooltips with the name, posts (with their dates), the meeting's date and place, the directive's text,
  deadline and topics, and the evidence sentence quoted from the notice;
- a search box (diacritics and case do not matter), and province / year filters that work in the page;
- positions computed here, in Python (a force-directed layout on the networkx graph), with vis-network's
  physics off: pyvis's default physics had not settled 530 nodes after 1,000 iterations (18.6 s in
  headless Chromium) while precomputed positions draw 5,000 nodes in 1.5 s. ``physics=True`` turns it on
  (starting from the computed positions); the page has a checkbox for it too;
- every script and style inlined (pyvis's ``cdn_resources="in_line"``, with a template of our own that uses
  no Bootstrap): `external_references` checks that nothing in the page would load from the network, and
  the page is refused (`VizError`) if something would.

Filters (`ketluan.graph.graph_model.Filters`) choose the meetings; ``focus`` keeps only the nodes within
``depth`` hops of the named person or agency (an *ego view*). Above ``max_nodes`` (1,500) the graph is
aggregated, step by step until it fits, and the page says so: directives become weighted agency→topic
edges; then meetings become agency–agency co-attendance edges (persons keep their posts' agencies); then
persons are left out; then only the most connected nodes are kept.
"""

from __future__ import annotations

import json
import math
import os
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np

from ketluan.graph.graph_model import (
    KG,
    Filters,
    VizError,
    build_graph,
    ego_nodes,
    find_focus,
    load_kg,
)

__all__ = [
    "DEFAULT_MAX_NODES",
    "VizError",
    "VizSummary",
    "aggregate",
    "external_references",
    "layout_positions",
    "make_self_contained",
    "render_html",
    "viz_command",
    "write_viz",
]

#: Above this many nodes the graph is aggregated (``--max-nodes``).
DEFAULT_MAX_NODES = 1500
#: An aggregated view draws at most this many edges per node of the budget (the strongest).
EDGES_PER_NODE = 4
TOPIC_PREFIX = "https://w3id.org/ketluan/topic/"

# fmt: off
#: class -> (vis shape, colour, Vietnamese name, English name)
KIND_STYLE: dict[str, tuple[str, str, str, str]] = {
    "person":    ("dot",      "#4e79a7", "Cán bộ",              "person"),
    "agency":    ("square",   "#f28e2b", "Cơ quan, đơn vị",     "agency"),
    "meeting":   ("diamond",  "#59a14f", "Cuộc họp",            "meeting"),
    "directive": ("triangle", "#e15759", "Kết luận, chỉ đạo",   "directive"),
    "topic":     ("star",     "#b07aa1", "Chủ đề",              "topic"),
}
#: edge rel -> (colour, dashed, Vietnamese, English)
REL_STYLE: dict[str, tuple[str, bool, str, str]] = {
    "chair":               ("#1f3b73", False, "chủ trì",                "chaired"),
    "participant":         ("#a9b6c8", False, "dự họp",                 "attended"),
    "organizer":           ("#b35900", False, "tổ chức",                "organised"),
    "participatingAgency": ("#f2c08f", False, "cơ quan dự họp",         "body present"),
    "absentAgency":        ("#9e9e9e", True,  "vắng mặt",               "absent"),
    "issuedAt":            ("#9fd39a", False, "ban hành tại cuộc họp",  "issued at"),
    "assignedTo":          ("#d62728", False, "giao cho",               "assigned to"),
    "supports":            ("#e377c2", True,  "phối hợp",               "supports"),
    "post":                ("#4e79a7", True,  "chức vụ tại",            "holds a post in"),
    "subOrganizationOf":   ("#7f7f7f", True,  "trực thuộc",             "part of"),
    "directives":          ("#d62728", False, "số kết luận theo chủ đề", "directives on a topic"),
    "coattendance":        ("#f2a65a", False, "cùng dự họp",            "met together"),
    "attended":            ("#a9b6c8", False, "dự họp của cơ quan",     "attended meetings of"),
}
# fmt: on
_EVENT_KINDS = ("meeting", "directive")
_TIP_TEXT = 700  # longest evidence / text shown in a tooltip


# -- aggregation ---------------------------------------------------------------------------------------


def aggregate(g: nx.DiGraph, budget: int, *, copy: bool = True) -> tuple[nx.DiGraph, list[str], list[str]]:
    """``g`` reduced until it has at most ``budget`` nodes: (graph, steps taken, one sentence per step).

    Steps, in order, each only if still over budget: ``directives`` (→ agency/person → topic edges, weight =
    directives assigned), ``meetings`` (→ agency–agency co-attendance, weight = shared meetings; persons keep
    their ``post`` edges, or get an ``attended`` edge to the meeting's organiser), ``persons`` (left out),
    ``top`` (the ``budget`` nodes of highest weighted degree). An aggregated graph keeps at most
    ``EDGES_PER_NODE × budget`` edges, the strongest (and each node's strongest). ``g`` is changed in place
    unless ``copy``.
    """
    steps: list[str] = []
    notes: list[str] = []
    if len(g) <= budget:
        return g, steps, notes
    if copy:
        g = g.copy()
    g, steps, notes = _aggregate_nodes(g, budget)
    limit = EDGES_PER_NODE * budget
    total = g.number_of_edges()
    if total > limit:
        # strength relative to the strongest edge of the same kind, so that co-attendance is not crowded
        # out by the (larger) directive counts
        top: dict[str, float] = {}
        for _, _, d in g.edges(data=True):
            top[d.get("rel", "")] = max(top.get(d.get("rel", ""), 1.0), float(d.get("weight", 1) or 1))
        ranked = sorted(
            (
                (u, v, float(d.get("weight", 1) or 1) / top[d.get("rel", "")])
                for u, v, d in g.edges(data=True)
            ),
            key=lambda e: (-e[2], e[0], e[1]),
        )
        keep = {(u, v) for u, v, _ in ranked[:limit]}
        best: dict[str, tuple[str, str]] = {}
        for u, v, _ in ranked:
            best.setdefault(u, (u, v))
            best.setdefault(v, (u, v))
        keep |= set(best.values())
        g.remove_edges_from([(u, v) for u, v, _ in ranked if (u, v) not in keep])
        steps.append("edges")
        notes.append(
            f"only the {len(keep):,} strongest of {total:,} links are drawn (and every node's strongest link)"
        )
    return g, steps, notes


def _aggregate_nodes(g: nx.DiGraph, budget: int) -> tuple[nx.DiGraph, list[str], list[str]]:
    steps: list[str] = []
    notes: list[str] = []
    kinds = dict(g.nodes(data="kind"))

    directives = [n for n, k in kinds.items() if k == "directive"]
    if directives:
        weights: Counter[tuple[str, str]] = Counter()
        per_topic: Counter[str] = Counter()
        for d in directives:
            topics = g.nodes[d].get("topics") or ["none"]
            per_topic.update(topics)
            for _, x, rel in g.out_edges(d, data="rel"):
                if rel == "assignedTo":
                    for t in topics:
                        weights[(x, t)] += 1
        g.remove_nodes_from(directives)
        for t, count in per_topic.items():
            g.add_node(TOPIC_PREFIX + t, kind="topic", topic=t, directives=count)
        for (x, t), w in weights.items():
            g.add_edge(x, TOPIC_PREFIX + t, rel="directives", weight=w)
        steps.append("directives")
        notes.append(
            f"{len(directives):,} directives were collapsed into {len(weights):,} weighted edges from the "
            f"assigned agencies and persons to {len(per_topic)} topics (edge width = directives)"
        )
    if len(g) <= budget:
        return g, steps, notes

    meetings = [n for n, k in kinds.items() if k == "meeting" and n in g]
    if meetings:
        co: Counter[tuple[str, str]] = Counter()
        attended: Counter[tuple[str, str]] = Counter()
        has_post = {u for u, _, rel in g.edges(data="rel") if rel == "post"}
        for m in meetings:
            out = [(x, rel) for _, x, rel in g.out_edges(m, data="rel")]
            organisers = sorted(x for x, rel in out if rel == "organizer")
            present = sorted({x for x, rel in out if rel in ("organizer", "participatingAgency")})
            for a, b in combinations(present, 2):
                co[(a, b)] += 1
            host = organisers or present[:1]
            for x, rel in out:
                if rel in ("chair", "participant") and x not in has_post:
                    for a in host:
                        attended[(x, a)] += 1
        g.remove_nodes_from(meetings)
        for (a, b), w in co.items():
            if g.has_edge(a, b) or g.has_edge(b, a):
                e = g.edges[a, b] if g.has_edge(a, b) else g.edges[b, a]
                e["weight"] = w
                e["shared"] = w
            else:
                g.add_edge(a, b, rel="coattendance", weight=w)
        for (p, a), w in attended.items():
            g.add_edge(p, a, rel="attended", weight=w)
        lonely = [n for n in g if g.degree(n) == 0]
        g.remove_nodes_from(lonely)
        steps.append("meetings")
        notes.append(
            f"{len(meetings):,} meetings were collapsed into {len(co):,} agency–agency co-attendance edges "
            f"(edge width = meetings together); persons are linked to the bodies they hold posts in"
            + (f"; {len(lonely):,} nodes left with no link were dropped" if lonely else "")
        )
    if len(g) <= budget:
        return g, steps, notes

    persons = [n for n, k in g.nodes(data="kind") if k == "person"]
    if persons:
        g.remove_nodes_from(persons)
        steps.append("persons")
        notes.append(
            f"{len(persons):,} persons were left out (use --focus, --person or a filter to see them)"
        )
    if len(g) <= budget:
        return g, steps, notes

    strength = dict(g.degree(weight="weight"))
    ranked = sorted(g, key=lambda n: (-strength[n], n))
    before = len(g)
    g.remove_nodes_from(ranked[budget:])
    steps.append("top")
    notes.append(
        f"only the {len(g):,} most connected of {before:,} nodes are shown (weighted degree); "
        "narrow the view with --province, --year-from/--year-to, --topic, --agency, --person or --focus"
    )
    return g, steps, notes


# -- layout ---------------------------------------------------------------------------------------------


def layout_positions(g: nx.Graph, seed: int = 7, scale: float = 90.0) -> dict[str, tuple[float, float]]:
    """Pixel positions for every node, computed here so that the browser draws without physics.

    Each connected component (networkx) gets a Fruchterman–Reingold layout — the force model of networkx's
    ``spring_layout``, in vectorised float32 numpy (repulsion k²/d between every pair, in blocks of rows;
    attraction d²/k along edges, log-weighted; a pull to the centre): networkx's own took 10 s for 1,500
    nodes, this ~1.5 s. The components are then packed in rows, largest first, so none floats far away.
    """
    if len(g) == 0:
        return {}
    anchors = [n for n, k in g.nodes(data="kind") if k == "topic"]
    if anchors and len(anchors) < len(g):
        return _ring_layout(g, anchors, seed, scale)
    und = g.to_undirected(as_view=True) if g.is_directed() else g
    comps = sorted((sorted(c) for c in nx.connected_components(und)), key=lambda c: (-len(c), c[0]))
    boxes: list[tuple[list[str], np.ndarray]] = []
    for comp in comps:
        if len(comp) == 1:
            xy = np.zeros((1, 2), dtype=np.float32)
        else:
            index = {v: i for i, v in enumerate(comp)}
            sub = und.subgraph(comp)
            edges = [
                (index[u], index[v], float(d.get("weight", 1) or 1))
                for u, v, d in sub.edges(data=True)
                if u != v
            ]
            src = np.array([e[0] for e in edges], dtype=np.int64)
            dst = np.array([e[1] for e in edges], dtype=np.int64)
            w = np.log1p(np.array([e[2] for e in edges], dtype=np.float32)) / np.float32(math.log(2))
            xy = _fruchterman_reingold(len(comp), src, dst, w, seed)
        boxes.append((comp, xy - xy.min(axis=0)))
    # shelf packing: rows about as wide as the whole is tall
    margin = 1.5
    area = sum((float(xy[:, 0].max()) + margin) * (float(xy[:, 1].max()) + margin) for _, xy in boxes)
    width = max(math.sqrt(area * 1.8), max(float(xy[:, 0].max()) for _, xy in boxes) + margin)
    out: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for comp, xy in boxes:
        w_, h_ = float(xy[:, 0].max()) + margin, float(xy[:, 1].max()) + margin
        if x > 0 and x + w_ > width:
            x, y, row = 0.0, y + row, 0.0
        for v, (px, py) in zip(comp, xy, strict=True):
            out[v] = (float(px) + x, float(py) + y)
        x += w_
        row = max(row, h_)
    cx = (min(p[0] for p in out.values()) + max(p[0] for p in out.values())) / 2
    cy = (min(p[1] for p in out.values()) + max(p[1] for p in out.values())) / 2
    return {v: ((px - cx) * scale, (py - cy) * scale) for v, (px, py) in out.items()}


def _ring_layout(g: nx.Graph, anchors: list[str], seed: int, scale: float) -> dict[str, tuple[float, float]]:
    """Topics (hubs that every body links to) on a ring around the rest, each near the bodies it links to.

    Laid out with the rest, topics would pull every agency into one hairball; without them, bodies cluster by
    the meetings they share.
    """
    rest = layout_positions(g.subgraph([n for n in g if n not in set(anchors)]), seed, scale)
    xs = np.array(list(rest.values()), dtype=np.float64)
    radius = float(np.sqrt((xs * xs).sum(axis=1)).max()) * 1.12 + 4 * scale
    und = g.to_undirected(as_view=True) if g.is_directed() else g
    wanted = []
    for t in anchors:
        pts = [(rest[v], float(d.get("weight", 1) or 1)) for v, d in und[t].items() if v in rest]
        if pts:
            x = sum(p[0] * w for p, w in pts)
            y = sum(p[1] * w for p, w in pts)
            wanted.append((math.atan2(y, x), t))
        else:
            wanted.append((0.0, t))
    wanted.sort()
    out = dict(rest)
    step = 2 * math.pi / len(anchors)
    base = wanted[0][0]
    for i, (_, t) in enumerate(wanted):
        angle = base + i * step
        out[t] = (radius * math.cos(angle), radius * math.sin(angle))
    return out


def _fruchterman_reingold(
    n: int, src: np.ndarray, dst: np.ndarray, w: np.ndarray, seed: int, iterations: int | None = None
) -> np.ndarray:
    rng = np.random.default_rng(seed)
    side = np.float32(math.sqrt(n))
    pos = (rng.random((n, 2), dtype=np.float32) - 0.5) * side
    if iterations is None:
        iterations = 80 if n <= 1000 else 50 if n <= 2500 else max(15, int(50 * (2500 / n) ** 2))
    t = np.float32(side / 8)
    cool = t / np.float32(iterations + 1)
    block = max(64, int(4_000_000 // n))
    gravity = np.float32(0.05)
    for _ in range(iterations):
        disp = np.zeros((n, 2), dtype=np.float32)
        for s in range(0, n, block):
            chunk = pos[s : s + block]
            dx = chunk[:, None, 0] - pos[None, :, 0]
            dy = chunk[:, None, 1] - pos[None, :, 1]
            d2 = dx * dx + dy * dy
            np.maximum(d2, np.float32(1e-3), out=d2)
            np.reciprocal(d2, out=d2)  # k = 1: repulsion k²/d along the unit vector = dx / d²
            disp[s : s + block, 0] += (dx * d2).sum(axis=1)
            disp[s : s + block, 1] += (dy * d2).sum(axis=1)
        if len(src):
            delta = pos[src] - pos[dst]
            dist = np.sqrt((delta * delta).sum(axis=1)) + np.float32(1e-6)
            pull = (dist * w)[:, None] * delta  # attraction d²/k along the unit vector = d · delta
            np.add.at(disp, src, -pull)
            np.add.at(disp, dst, pull)
        disp -= pos * gravity * np.sqrt((pos * pos).sum(axis=1, keepdims=True) + 1) / side
        length = np.sqrt((disp * disp).sum(axis=1)) + np.float32(1e-6)
        pos += disp * (np.minimum(length, t) / length)[:, None]
        t = max(t - cool, np.float32(0.02))
    pos -= pos.mean(axis=0)
    return pos


# -- tooltips ---------------------------------------------------------------------------------------------


def _clip(text: str | None, n: int = _TIP_TEXT) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _tooltip(attrs: dict[str, Any], g: nx.Graph, node: str, topic_labels: dict[str, tuple[str, str]]) -> str:
    """Plain text (the page turns it into a tooltip element): the label on the first line, then details."""
    kind = attrs.get("kind", "")
    _, _, vi, en = KIND_STYLE.get(kind, ("", "", kind, kind))
    lines = [attrs.get("label") or node, f"{vi} ({en})"]
    counts = []
    if attrs.get("chaired"):
        counts.append(f"chủ trì {attrs['chaired']} cuộc họp (chaired)")
    if attrs.get("attended"):
        counts.append(f"dự {attrs['attended']} cuộc họp (meetings)")
    if attrs.get("absent"):
        counts.append(f"vắng {attrs['absent']} (absent)")
    if attrs.get("assigned"):
        counts.append(f"được giao {attrs['assigned']} kết luận (directives)")
    if kind == "person":
        posts = attrs.get("posts") or []
        if posts:
            lines.append("Chức vụ (posts):")
            lines.extend(f"  • {p}" for p in posts[:8])
            if len(posts) > 8:
                lines.append(f"  … và {len(posts) - 8} chức vụ khác")
        if attrs.get("province"):
            lines.append(f"Tỉnh (province): {attrs['province']}")
    elif kind == "agency":
        if attrs.get("parent"):
            lines.append(f"Trực thuộc (part of): {attrs['parent']}")
        if attrs.get("province"):
            lines.append(f"Tỉnh (province): {attrs['province']}")
    elif kind == "meeting":
        if attrs.get("title"):
            lines.append(_clip(attrs["title"], 300))
        where = ", ".join(x for x in (attrs.get("location"), attrs.get("province")) if x)
        lines.append(f"Ngày (date): {attrs.get('date') or '?'}" + (f" — {where}" if where else ""))
        chairs = [g.nodes[v].get("label", v) for _, v, r in g.out_edges(node, data="rel") if r == "chair"]
        if chairs:
            lines.append("Chủ trì (chair): " + ", ".join(chairs))
    elif kind == "directive":
        if attrs.get("text") and attrs.get("text") != attrs.get("evidence"):
            lines.append(_clip(attrs["text"]))
        if attrs.get("due"):
            lines.append(f"Hạn (due by): {attrs['due']}")
        topics = [topic_labels.get(t, (t, t))[0] for t in attrs.get("topics") or []]
        if topics:
            lines.append("Chủ đề (topics): " + ", ".join(topics))
        to = [g.nodes[v].get("label", v) for _, v, r in g.out_edges(node, data="rel") if r == "assignedTo"]
        if to:
            lines.append("Giao cho (assigned to): " + "; ".join(to))
        if attrs.get("date"):
            lines.append(f"Cuộc họp ngày (meeting): {attrs['date']}")
    elif kind == "topic":
        if attrs.get("label_en"):
            lines.append(f"({attrs['label_en']})")
        lines.append(f"{attrs.get('directives', 0):,} kết luận (directives)")
    if counts:
        lines.append(" · ".join(counts))
    if attrs.get("evidence"):
        lines.append("Trích dẫn (evidence): “" + _clip(attrs["evidence"]) + "”")
    if attrs.get("source"):
        lines.append(f"Nguồn (source): {attrs['source']}")
    return "\n".join(lines)


def _edge_title(g: nx.Graph, u: str, v: str, d: dict[str, Any]) -> str:
    _, _, vi, en = REL_STYLE.get(d.get("rel", ""), ("", False, d.get("rel", ""), ""))
    a, b = g.nodes[u].get("label", u), g.nodes[v].get("label", v)
    text = f"{a} → {vi} ({en}) → {b}"
    if d.get("rel") == "directives":
        text = f"{a}: {d['weight']:,} kết luận về (directives on) {b}"
    elif d.get("rel") == "coattendance":
        text = f"{a} – {b}: {d['weight']:,} cuộc họp chung (meetings together)"
    elif d.get("rel") == "attended":
        text = f"{a} dự {d['weight']:,} cuộc họp của (attended meetings of) {b}"
    elif d.get("shared"):
        text += f"; {d['shared']:,} cuộc họp chung (meetings together)"
    return text


# -- the page ---------------------------------------------------------------------------------------------

_EXTERNAL = re.compile(
    r"""<(?:script|img|iframe|audio|video|source|embed)\b[^>]*\bsrc\s*=\s*["']?\s*((?:https?:)?//[^"'\s>]+)"""
    r"""|<link\b[^>]*\bhref\s*=\s*["']?\s*((?:https?:)?//[^"'\s>]+)"""
    r"""|@import\s+(?:url\()?\s*["']?((?:https?:)?//[^"')\s;]+)"""
    r"""|url\(\s*["']?((?:https?:)?//[^"')\s]+)""",
    re.IGNORECASE,
)


def external_references(html: str) -> list[str]:
    """Every URL in ``html`` that a browser would fetch from the network (scripts, styles, images, CSS urls).

    Strings inside scripts (vis-network mentions ``http://www.w3.org/2000/svg``) are not fetched and not
    reported.
    """
    return [next(x for x in m.groups() if x) for m in _EXTERNAL.finditer(html)]


def _pyvis_lib() -> Path:
    import pyvis

    return Path(pyvis.__file__).parent / "templates"


def make_self_contained(html: str) -> str:
    """Inline every external ``<script src>`` / stylesheet ``<link>`` whose file pyvis ships; else `VizError`."""
    lib = _pyvis_lib() / "lib"
    local = {p.name: p for p in lib.rglob("*") if p.is_file()}

    def inline(m: re.Match[str]) -> str:
        tag = m.group(0)
        url = next(x for x in m.groups() if x)
        name = url.rsplit("/", 1)[-1].split("?", 1)[0]
        if name not in local or not tag.lower().startswith(("<script", "<link")):
            raise VizError(f"the page would load {url} from the network and no local copy is shipped")
        body = local[name].read_text(encoding="utf-8")
        return f"<script>{body}</script" if tag.lower().startswith("<script") else f"<style>{body}</style>"

    pattern = re.compile(
        r"""<script\b[^>]*\bsrc\s*=\s*["']?((?:https?:)?//[^"'\s>]+)[^>]*>\s*</script"""
        r"""|<link\b[^>]*\bhref\s*=\s*["']?((?:https?:)?//[^"'\s>]+)[^>]*>""",
        re.IGNORECASE,
    )
    html = pattern.sub(inline, html)
    left = external_references(html)
    if left:
        raise VizError(f"the page would still load {left[0]} from the network")
    return html


TEMPLATE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ketluan viz — pyvis {{ pyvis_version }}, vis-network 9.1.2, networkx layout">
<title>{{ title }}</title>
{% if cdn_resources == "in_line" %}<style>{% include 'lib/vis-9.1.2/vis-network.css' %}</style>
<script>{% include 'lib/vis-9.1.2/vis-network.min.js' %}</script>{% endif %}
<style>
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, "Segoe UI", Roboto, sans-serif; color: #222; }
body { display: flex; flex-direction: column; }
header { padding: 6px 12px; border-bottom: 1px solid #ddd; background: #fafafa; }
header h1 { font-size: 17px; margin: 0 0 2px 0; }
#ketluan-summary { color: #555; }
#ketluan-aggregated { background: #fff4d6; border: 1px solid #e0b050; padding: 4px 8px; margin-top: 4px;
  border-radius: 4px; }
#ketluan-aggregated ul { margin: 2px 0 0 0; padding-left: 20px; }
#toolbar { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; padding: 6px 12px;
  border-bottom: 1px solid #eee; }
#toolbar input[type=number] { width: 5em; }
#kl-search-result { color: #555; }
#main { flex: 1; display: flex; min-height: 0; }
#mynetwork { flex: 1; position: relative; background: #fff; }
#legend { width: 250px; padding: 6px 12px; border-left: 1px solid #ddd; overflow: auto; background: #fcfcfc; }
#legend h2 { font-size: 15px; margin: 4px 0; } #legend h3 { font-size: 13px; margin: 10px 0 4px 0; }
#legend ul { list-style: none; margin: 0; padding: 0; } #legend li { margin: 3px 0; }
#legend .en, #legend .count, #legend .note { color: #777; font-size: 12px; }
#legend svg { vertical-align: middle; }
div.vis-tooltip { white-space: normal; max-width: 460px; font: inherit; padding: 6px 8px; }
.kl-tip { white-space: pre-wrap; font-size: 13px; line-height: 1.35; }
.kl-tip b { display: block; font-size: 14px; }
</style>
</head>
<body>
<header>
  <h1>{{ title }}</h1>
  <div id="ketluan-summary">{{ summary }}</div>
  {% if notes %}<div id="ketluan-aggregated" role="status"><strong>Đồ thị đã được gộp — aggregated:</strong>
  the full view has {{ "{:,}".format(full_nodes) }} nodes{% if not persons_counted %} besides its persons{% endif %}, more than the budget of {{ "{:,}".format(max_nodes) }}
  (--max-nodes), so
  <ul>{% for n in notes %}<li>{{ n }}</li>{% endfor %}</ul></div>{% endif %}
</header>
<div id="toolbar">
  <label>Tìm (search) <input id="kl-search" type="search" list="kl-names" size="30"
    placeholder="tên cán bộ, cơ quan… (name)"></label>
  <button id="kl-find" type="button">Tìm</button>
  <button id="kl-reset" type="button">Bỏ chọn (reset)</button>
  <span id="kl-search-result"></span>
  <label>Tỉnh (province) <select id="kl-province"><option value="">tất cả (all)</option>
    {% for p in provinces %}<option>{{ p }}</option>{% endfor %}</select></label>
  <label>Năm (years) <input id="kl-year-from" type="number" placeholder="{{ years[0] }}"> –
    <input id="kl-year-to" type="number" placeholder="{{ years[1] }}"></label>
  <label><input id="kl-physics" type="checkbox"{% if physics %} checked{% endif %}> physics</label>
  <span id="kl-visible"></span>
  <datalist id="kl-names">{% for n in names %}<option value="{{ n }}">{% endfor %}</datalist>
</div>
<div id="main">
  <div id="mynetwork"></div>
  <aside id="legend">
    <h2>Chú giải (legend)</h2>
    <ul>{% for k in legend %}<li><label><input type="checkbox" class="kl-kind" value="{{ k.kind }}" checked>
      {{ k.svg|safe }} {{ k.vi }} <span class="en">({{ k.en }})</span>
      <span class="count">{{ "{:,}".format(k.count) }}</span></label></li>{% endfor %}</ul>
    <h3>Liên kết (edges)</h3>
    <ul>{% for e in edge_legend %}<li>{{ e.svg|safe }} {{ e.vi }} <span class="en">({{ e.en }})</span></li>{% endfor %}</ul>
    <p class="note">Kích thước nút theo số liên kết (size = degree). Di chuột lên nút để xem chức vụ, ngày
      và câu trích dẫn từ thông báo (hover: posts, dates, evidence). Kéo để di chuyển, cuộn để phóng to.</p>
    {% if filters %}<h3>Bộ lọc (filters)</h3><ul>{% for k, v in filters %}<li>{{ k }}: {{ v }}</li>{% endfor %}</ul>{% endif %}
  </aside>
</div>
<script>
var nodes, edges, network, options;
function klFold(s) {
  return (s || "").normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
}
function klTip(text) {
  var div = document.createElement("div"), lines = String(text).split("\\n");
  div.className = "kl-tip";
  var b = document.createElement("b"); b.textContent = lines[0]; div.appendChild(b);
  var rest = document.createElement("div"); rest.textContent = lines.slice(1).join("\\n"); div.appendChild(rest);
  return div;
}
(function () {
  var rawNodes = {{ nodes|tojson }};
  var rawEdges = {{ edges|tojson }};
  options = {{ options|safe }};
  rawNodes.forEach(function (n) { if (typeof n.title === "string") { n.title = klTip(n.title); } });
  nodes = new vis.DataSet(rawNodes);
  edges = new vis.DataSet(rawEdges);
  network = new vis.Network(document.getElementById("mynetwork"), {nodes: nodes, edges: edges}, options);
  network.once("afterDrawing", function () { window.ketluanDrawn = true; });
  var EVENTS = {meeting: true, directive: true};
  function byId(id) { return document.getElementById(id); }
  function search() {
    var q = klFold(byId("kl-search").value.trim()), out = byId("kl-search-result");
    if (!q) { reset(); return; }
    var ids = nodes.get({filter: function (n) { return !n.hidden && klFold(n.search || n.label).indexOf(q) >= 0; }})
      .map(function (n) { return n.id; });
    if (!ids.length) { out.textContent = "không thấy (no match)"; network.unselectAll(); return; }
    network.selectNodes(ids, true);
    if (ids.length === 1) { network.focus(ids[0], {scale: 1.2, animation: {duration: 300}}); }
    else { network.fit({nodes: ids, animation: {duration: 300}}); }
    out.textContent = ids.length + " nút khớp (matching nodes)";
  }
  function reset() {
    byId("kl-search").value = ""; byId("kl-search-result").textContent = "";
    network.unselectAll(); network.fit({animation: {duration: 300}});
  }
  function applyFilters() {
    var prov = byId("kl-province").value;
    var yf = parseInt(byId("kl-year-from").value, 10), yt = parseInt(byId("kl-year-to").value, 10);
    var kinds = {}, visible = {}, active = prov || !isNaN(yf) || !isNaN(yt);
    document.querySelectorAll(".kl-kind").forEach(function (cb) { kinds[cb.value] = cb.checked; });
    nodes.forEach(function (n) {
      var ok = kinds[n.kind] !== false;
      if (ok && EVENTS[n.kind]) {
        if (prov && n.province !== prov) { ok = false; }
        if (!isNaN(yf) && (n.year == null || n.year < yf)) { ok = false; }
        if (!isNaN(yt) && (n.year == null || n.year > yt)) { ok = false; }
      }
      visible[n.id] = ok;
    });
    if (active) {
      nodes.forEach(function (n) {
        if (EVENTS[n.kind] || !visible[n.id]) { return; }
        var events = network.getConnectedNodes(n.id).filter(function (id) { return EVENTS[nodes.get(id).kind]; });
        if (events.length) { visible[n.id] = events.some(function (id) { return visible[id]; }); }
        else if (prov && n.province && n.province !== prov) { visible[n.id] = false; }
      });
    }
    var update = [], shown = 0;
    nodes.forEach(function (n) {
      var hide = !visible[n.id];
      if (!hide) { shown++; }
      if (Boolean(n.hidden) !== hide) { update.push({id: n.id, hidden: hide}); }
    });
    nodes.update(update);
    byId("kl-visible").textContent = shown + " / " + nodes.length + " nút hiển thị (nodes shown)";
  }
  byId("kl-find").addEventListener("click", search);
  byId("kl-search").addEventListener("keydown", function (e) { if (e.key === "Enter") { search(); } });
  byId("kl-reset").addEventListener("click", reset);
  ["kl-province", "kl-year-from", "kl-year-to"].forEach(function (id) { byId(id).addEventListener("change", applyFilters); });
  document.querySelectorAll(".kl-kind").forEach(function (cb) { cb.addEventListener("change", applyFilters); });
  byId("kl-physics").addEventListener("change", function (e) {
    network.setOptions({physics: {enabled: e.target.checked}});
  });
  byId("kl-visible").textContent = nodes.length + " nút (nodes), " + edges.length + " liên kết (edges)";
})();
</script>
</body>
</html>
"""


def _shape_svg(shape: str, colour: str) -> str:
    body = {
        "dot": f'<circle cx="8" cy="8" r="6" fill="{colour}"/>',
        "square": f'<rect x="2" y="2" width="12" height="12" fill="{colour}"/>',
        "diamond": f'<polygon points="8,1 15,8 8,15 1,8" fill="{colour}"/>',
        "triangle": f'<polygon points="8,2 15,14 1,14" fill="{colour}"/>',
        "star": f'<polygon points="8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6" fill="{colour}"/>',
    }[shape]
    return f'<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">{body}</svg>'


def _line_svg(colour: str, dashed: bool) -> str:
    dash = ' stroke-dasharray="4 3"' if dashed else ""
    return (
        f'<svg width="26" height="10" viewBox="0 0 26 10" aria-hidden="true">'
        f'<line x1="1" y1="5" x2="25" y2="5" stroke="{colour}" stroke-width="2.5"{dash}/></svg>'
    )


def _network(
    g: nx.DiGraph,
    positions: dict[str, tuple[float, float]],
    topic_labels: dict[str, tuple[str, str]],
    focus: set[str],
    physics: bool,
) -> Any:
    """The pyvis `Network` of ``g`` (nodes and edges built with pyvis's Node/Edge, without its O(n) checks)."""
    from pyvis.edge import Edge
    from pyvis.network import Network
    from pyvis.node import Node

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    strength = dict(g.degree(weight="weight"))
    top = max(strength.values(), default=1) or 1
    for n, attrs in g.nodes(data=True):
        kind = attrs.get("kind", "person")
        shape, colour, _, _ = KIND_STYLE[kind]
        size = 8 + 30 * math.sqrt(strength.get(n, 0) / top)
        label = attrs.get("label") or n
        search = " ".join([label, *attrs.get("alt_labels", []), attrs.get("text", "")[:200]])
        x, y = positions.get(n, (0.0, 0.0))
        opts: dict[str, Any] = {
            "color": {"background": colour, "border": "#333333" if n in focus else colour},
            "title": _tooltip(attrs, g, n, topic_labels),
            "size": round(size, 1),
            "x": round(x, 1),
            "y": round(y, 1),
            "kind": kind,
            "search": search,
        }
        if n in focus:
            opts["size"] = max(opts["size"], 24.0)
            opts["borderWidth"] = 4
            opts["font"] = {"size": 18, "bold": True}
        for key in ("province", "year"):
            if attrs.get(key) is not None:
                opts[key] = attrs[key]
        node = Node(n, shape, label=_clip(label, 60), **opts)
        net.nodes.append(node.options)
        net.node_ids.append(n)
        net.node_map[n] = node.options
    for u, v, d in g.edges(data=True):
        rel = d.get("rel", "")
        colour, dashed, _, _ = REL_STYLE.get(rel, ("#999999", False, rel, rel))
        w = float(d.get("weight", 1) or 1)
        opts = {
            "color": {"color": colour, "opacity": 0.3 if rel == "directives" else 0.85},
            "width": round(1 + 1.6 * math.log2(w), 2) if w > 1 else (2.0 if rel == "chair" else 1.0),
            "title": _edge_title(g, u, v, d),
            "rel": rel,
        }
        if dashed:
            opts["dashes"] = True
        if rel in ("coattendance",):
            opts["arrows"] = {"to": {"enabled": False}}
        else:
            opts["arrows"] = {"to": {"enabled": True, "scaleFactor": 0.4}}
        net.edges.append(Edge(u, v, directed=False, **opts).options)
    net.set_options(
        json.dumps(
            {
                "physics": {
                    "enabled": physics,
                    "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {
                        "gravitationalConstant": -40,
                        "springLength": 90,
                        "avoidOverlap": 0.2,
                    },
                    "stabilization": {"enabled": physics, "iterations": 200, "fit": True},
                },
                "layout": {"improvedLayout": False},
                "interaction": {
                    "hover": True,
                    "tooltipDelay": 120,
                    "hideEdgesOnDrag": len(g) > 800,
                    "multiselect": True,
                },
                "nodes": {"font": {"size": 14, "face": "system-ui, sans-serif"}, "borderWidth": 1},
                "edges": {"smooth": False},
            }
        )
    )
    return net


def render_html(net: Any, **page: Any) -> str:
    """The page for pyvis ``net`` with ketluan's template (loaded next to pyvis's own, for its ``lib/`` files).

    ``page`` fills the template: title, summary, notes, full_nodes, max_nodes, legend, edge_legend, filters,
    provinces, years, names, physics.
    """
    import pyvis
    from jinja2 import ChoiceLoader, DictLoader, Environment, FileSystemLoader

    env = Environment(
        loader=ChoiceLoader([DictLoader({"ketluan.html": TEMPLATE}), FileSystemLoader(str(_pyvis_lib()))]),
        autoescape=True,
    )
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": False}  # Vietnamese as is
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    html = env.get_template("ketluan.html").render(
        nodes=nodes,
        edges=edges,
        options=options,
        cdn_resources=net.cdn_resources,
        pyvis_version=getattr(pyvis, "__version__", "?"),
        **page,
    )
    return make_self_contained(html)


# -- the command ------------------------------------------------------------------------------------------


@dataclass
class VizSummary:
    """What `viz_command` drew."""

    output: Path
    nodes: int
    edges: int
    kinds: dict[str, int]
    full_nodes: int  # after filters and focus, before aggregation (persons left out: see persons_counted)
    full_edges: int
    max_nodes: int
    aggregation: list[str] = field(default_factory=list)  # steps taken: directives, meetings, persons, top
    notes: list[str] = field(default_factory=list)  # one sentence per step, as in the page
    focus: list[str] = field(default_factory=list)  # the labels of the focus nodes
    filters: dict[str, Any] = field(default_factory=dict)
    bytes: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    persons_counted: bool = True  # False: a big view was aggregated without reading the persons at all

    @property
    def aggregated(self) -> bool:
        return bool(self.aggregation)

    def lines(self) -> list[str]:
        """What the command line prints."""
        plural = {"agency": "agencies"}
        kinds = ", ".join(
            f"{n:,} {plural.get(k, k + 's') if n != 1 else k}" for k, n in self.kinds.items() if n
        )
        out = [
            f"wrote {self.output} ({self.bytes / 1e6:.1f} MB): {self.nodes:,} nodes ({kinds}), {self.edges:,} edges"
        ]
        if self.focus:
            out.append(f"focus: {', '.join(self.focus)}")
        if self.aggregated:
            out.append(
                f"aggregated: {self.full_nodes:,} nodes{'' if self.persons_counted else ' besides persons'}"
                f" > --max-nodes {self.max_nodes:,} "
                f"({' → '.join(self.aggregation)})"
            )
            out.extend(f"  - {n}" for n in self.notes)
        total = sum(self.timings.values())
        out.append(f"in {total:.1f} s (" + ", ".join(f"{k} {v:.1f}" for k, v in self.timings.items()) + ")")
        return out


def write_viz(
    store: Any,
    output: str | os.PathLike[str],
    filters: Filters | None = None,
    *,
    focus: str | None = None,
    depth: int = 2,
    max_nodes: int = DEFAULT_MAX_NODES,
    physics: bool = False,
    kg: KG | None = None,
) -> VizSummary:
    """Draw ``store`` (an open `ketluan.graph.store.Store`) into the HTML file ``output``; see `viz_command`."""
    filters = filters or Filters()
    timings: dict[str, float] = {}
    t = time.perf_counter()
    if kg is None:
        # persons are half of a big store's rows: leave them out until it is clear they can be drawn
        kg = load_kg(store, persons=bool(focus or filters.person))
    timings["load"] = time.perf_counter() - t

    while True:
        t = time.perf_counter()
        if not kg.meetings:
            raise VizError("the store holds no meeting — ingest notices first (ketluan ingest PATH)")
        g = build_graph(kg, filters, store)
        centres: list[str] = []
        if focus:
            centres = find_focus(kg, store, g, focus)
            if not centres:
                where = " with these filters" if filters.active() else ""
                raise VizError(f"no person or agency named {focus!r} in the graph{where}")
            g = g.subgraph(ego_nodes(g, centres, depth)).copy()
        full_nodes, full_edges = g.number_of_nodes(), g.number_of_edges()
        timings["build"] = timings.get("build", 0.0) + time.perf_counter() - t

        t = time.perf_counter()
        g, steps, notes = aggregate(g, max(1, max_nodes), copy=False)
        timings["aggregate"] = timings.get("aggregate", 0.0) + time.perf_counter() - t
        if kg.persons_loaded:
            break
        if "top" in steps:  # over budget even without persons: they would have been left out
            i = steps.index("top")
            steps.insert(i, "persons")
            notes.insert(i, "persons were left out (use --focus, --person or a filter to see them)")
            break
        t = time.perf_counter()
        kg.load_persons(store)  # the view may hold them: draw it again with them
        timings["load"] += time.perf_counter() - t
    persons_counted = kg.persons_loaded

    t = time.perf_counter()
    kg.describe(store, g)
    for a in [n for n, k in g.nodes(data="kind") if k == "agency"]:
        agency = kg.agencies.get(a)
        if agency:
            g.nodes[a]["alt_labels"] = agency.alt_labels
    timings["describe"] = time.perf_counter() - t

    t = time.perf_counter()
    positions = layout_positions(g)
    timings["layout"] = time.perf_counter() - t

    t = time.perf_counter()
    kinds = Counter(k for _, k in g.nodes(data="kind"))
    focus_labels = [g.nodes[c].get("label", c) for c in centres if c in g]
    if len(set(focus_labels)) < len(focus_labels):  # namesakes: say where each one is
        focus_labels = [
            f"{g.nodes[c].get('label', c)} ({g.nodes[c].get('province') or '?'})" for c in centres if c in g
        ]
    net = _network(g, positions, kg.topic_labels, set(centres), physics)
    active = filters.active()
    title = "ketluan — " + (
        f"quanh (around) {', '.join(focus_labels)}" if focus_labels else "đồ thị thông báo kết luận"
    )
    summary = (
        f"{g.number_of_nodes():,} nút (nodes), {g.number_of_edges():,} liên kết (edges)"
        + (f"; ego view: {depth} bước (hops) quanh {', '.join(focus_labels)}" if focus_labels else "")
        + (f"; bộ lọc (filters): {', '.join(f'{k}={v}' for k, v in active.items())}" if active else "")
    )
    rels = sorted({r for *_, r in g.edges(data="rel")}, key=list(REL_STYLE).index)
    years = sorted({y for _, y in g.nodes(data="year") if y is not None})
    names = sorted(
        {g.nodes[n].get("label", "") for n in g if g.nodes[n].get("kind") in ("person", "agency", "topic")}
    )
    html = render_html(
        net,
        title=title,
        summary=summary,
        notes=notes,
        full_nodes=full_nodes,
        persons_counted=persons_counted,
        max_nodes=max_nodes,
        legend=[
            {"kind": k, "vi": s[2], "en": s[3], "count": kinds[k], "svg": _shape_svg(s[0], s[1])}
            for k, s in KIND_STYLE.items()
            if kinds[k]
        ],
        edge_legend=[
            {"vi": REL_STYLE[r][2], "en": REL_STYLE[r][3], "svg": _line_svg(REL_STYLE[r][0], REL_STYLE[r][1])}
            for r in rels
            if r in REL_STYLE
        ],
        filters=[(k, v) for k, v in active.items()]
        + ([("focus", f"{focus} (depth {depth})")] if focus else []),
        provinces=sorted({p for _, p in g.nodes(data="province") if p}),
        years=(years[0], years[-1]) if years else ("", ""),
        names=[n for n in names if n],
        physics=physics,
    )
    out = Path(output)
    if out.parent and not out.parent.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    timings["write"] = time.perf_counter() - t
    return VizSummary(
        output=out,
        nodes=g.number_of_nodes(),
        edges=g.number_of_edges(),
        kinds={k: kinds[k] for k in KIND_STYLE if kinds[k]},
        full_nodes=full_nodes,
        full_edges=full_edges,
        max_nodes=max_nodes,
        aggregation=steps,
        notes=notes,
        focus=focus_labels,
        filters=active,
        bytes=len(html.encode("utf-8")),
        timings=timings,
        persons_counted=persons_counted,
    )


def viz_command(
    store_path: str | os.PathLike[str] | Any,
    output: str | os.PathLike[str],
    *,
    province: str | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
    topic: str | None = None,
    agency: str | None = None,
    person: str | None = None,
    focus: str | None = None,
    depth: int = 2,
    max_nodes: int = DEFAULT_MAX_NODES,
    physics: bool = False,
) -> VizSummary:
    """``ketluan viz``: open the store at ``store_path`` (or use an open `Store`), draw it into ``output``.

    Filters: see `ketluan.graph.graph_model.Filters`. ``focus``/``depth``: an ego view of a person or agency.
    ``max_nodes``: the node budget above which the graph is aggregated. ``physics``: let vis-network's
    forces move the nodes (off: the positions computed here are drawn as they are).
    Raises `VizError` (a `GraphError`) with a one-line message when a filter or focus matches nothing.
    """
    from ketluan.graph.store import Store

    filters = Filters(province, year_from, year_to, topic, agency, person)
    if year_from is not None and year_to is not None and year_from > year_to:
        raise VizError(f"--year-from {year_from} is after --year-to {year_to}")
    if isinstance(store_path, Store):
        return write_viz(
            store_path, output, filters, focus=focus, depth=depth, max_nodes=max_nodes, physics=physics
        )
    path = Path(store_path)
    if not path.is_dir():
        raise VizError(f"no store at {path} — ingest notices first (ketluan ingest PATH --store {path})")
    with Store.open(path, load_ontology=False) as store:
        return write_viz(
            store, output, filters, focus=focus, depth=depth, max_nodes=max_nodes, physics=physics
        )


def notebook_view(store: Any, *, height: int = 600, **options: Any) -> Any:
    """The `viz_command` page of an open store, shown inline in a Jupyter notebook (offline).

    The page is the same self-contained file ``ketluan viz`` writes (every script and style inlined,
    pyvis's ``cdn_resources="in_line"``), put in an ``<iframe srcdoc>``: unlike pyvis's ``notebook=True``,
    which points the iframe at a file beside the notebook, it needs no server and travels with the saved
    notebook. ``options`` are `viz_command`'s (``province=``, ``focus=``, ``max_nodes=`` …).
    """
    import html as html_lib
    import tempfile

    from IPython.display import HTML

    with tempfile.TemporaryDirectory(prefix="ketluan-viz-") as tmp:
        page = Path(tmp) / "view.html"
        summary = viz_command(store, page, **options)
        body = page.read_text("utf-8")
    caption = html_lib.escape(f"{summary.nodes} nodes, {summary.edges} edges")
    return HTML(
        f'<iframe srcdoc="{html_lib.escape(body, quote=True)}" title="ketluan graph: {caption}" '
        f'style="width:100%;height:{int(height)}px;border:1px solid #ddd"></iframe>'
    )
