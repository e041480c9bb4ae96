"""The ``ketluan viz`` page in headless Chromium (issue 5): drawn, offline, fast, and usable.

Opens the self-contained HTML from ``file://`` — every request must stay ``file:`` or ``data:`` — and checks
that vis-network drew the nodes (its node count and the canvas pixels), the tooltips, the search box, the
legend's class switches, the province filter, the aggregation banner and an ego view. Screenshots go to
``$KETLUAN_ARTIFACTS`` (default ``build/test-artifacts/``). Chromium is Debian's ``/usr/bin/chromium`` (or
``$KETLUAN_CHROMIUM``); without it, or without Playwright, the tests skip with the reason.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from ketluan.graph.pipeline import ingest_paths
from ketluan.graph.resolution import resolve_store
from ketluan.graph.store import Store
from ketluan.graph.viz import VizSummary, viz_command

pytestmark = [pytest.mark.browser, pytest.mark.issue(5)]

NOTICES = Path(__file__).resolve().parents[1] / "data" / "resolution" / "notices"
HOA = "https://w3id.org/ketluan/id/person/resolved/{}/tran-thi-bich-hoa"
OPEN_S = 10.0  # the page must have drawn within this

#: Counts the drawn (non-transparent) pixels of vis-network's canvas.
DRAWN_PIXELS = """() => {
  const c = document.querySelector('#mynetwork canvas');
  if (!c || !c.width || !c.height) return 0;
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
  return n;
}"""

#: The page position of a node (by id), for the mouse.
NODE_AT = """(id) => {
  const p = network.canvasToDOM(network.getPositions([id])[id]);
  const r = document.getElementById('mynetwork').getBoundingClientRect();
  return [p.x + r.left, p.y + r.top];
}"""


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("viz-page") / "store"
    with Store.open(path) as s:
        ingest_paths([str(resources.files("ketluan.ingest.samples")), str(NOTICES)], s)
        resolve_store(s)
        yield s


@pytest.fixture(scope="module")
def pages(store, tmp_path_factory) -> dict[str, tuple[Path, VizSummary]]:
    out = tmp_path_factory.mktemp("viz-html")
    views = {
        "full": {},
        "aggregated": {"max_nodes": 120},
        "ego": {"focus": "Trần Thị Bích Hòa", "province": "Vĩnh Long", "depth": 2},
    }
    return {
        name: (out / f"{name}.html", viz_command(store, out / f"{name}.html", **kw))
        for name, kw in views.items()
    }


class Opened:
    """A page opened from file://, with every request it made and every script error."""

    def __init__(self, page: Any, seconds: float, requests: list[str], errors: list[str]) -> None:
        self.page, self.seconds, self.requests, self.errors = page, seconds, requests, errors

    def outside(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(("file:", "data:"))]


@pytest.fixture
def open_page(browser) -> Iterator[Any]:
    contexts: list[Any] = []

    def _open(html: Path) -> Opened:
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        contexts.append(context)
        page = context.new_page()
        requests: list[str] = []
        errors: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        t = time.perf_counter()
        page.goto(html.resolve().as_uri())
        page.wait_for_function("window.ketluanDrawn === true", timeout=OPEN_S * 1000)
        return Opened(page, time.perf_counter() - t, requests, errors)

    yield _open
    for c in contexts:
        c.close()


def test_viz_page_draws_every_node_offline(pages, open_page, artifacts):
    html, summary = pages["full"]
    o = open_page(html)
    assert o.seconds < OPEN_S
    assert o.page.evaluate("network.body.data.nodes.length") == summary.nodes
    assert o.page.evaluate("network.body.data.edges.length") == summary.edges
    assert o.page.evaluate(DRAWN_PIXELS) > 5000
    assert o.requests and not o.outside(), o.outside()
    assert not o.errors, o.errors
    o.page.screenshot(path=str(artifacts / "viz-page-full.png"))


def test_viz_page_tooltip_quotes_the_evidence(pages, open_page, store, artifacts):
    html, _ = pages["ego"]
    o = open_page(html)
    d = o.page.evaluate(
        "nodes.get({filter: n => n.kind === 'directive'}).sort((a, b) => b.size - a.size)[0].id"
    )
    (sentence,) = [
        r[0].value for r in store.query(f"SELECT ?x WHERE {{ <{d}> kl:evidence ?s . ?s oa:exact ?x }}")
    ]
    x, y = o.page.evaluate(NODE_AT, d)
    o.page.mouse.move(x, y)
    tip = o.page.wait_for_selector("div.vis-tooltip", state="visible")
    text = " ".join(tip.inner_text().split())
    assert " ".join(sentence.split()) in text
    assert "Trích dẫn (evidence)" in text and "Giao cho (assigned to)" in text
    o.page.screenshot(path=str(artifacts / "viz-page-tooltip.png"))
    assert not o.outside() and not o.errors


def test_viz_page_search_finds_namesakes_without_diacritics(pages, open_page):
    html, _ = pages["full"]
    o = open_page(html)
    o.page.fill("#kl-search", "tran thi bich hoa")
    o.page.press("#kl-search", "Enter")
    o.page.wait_for_function("network.getSelectedNodes().length > 0")
    assert sorted(o.page.evaluate("network.getSelectedNodes()")) == [
        HOA.format("ben-tre"),
        HOA.format("vinh-long"),
    ]
    assert "2 nút khớp" in o.page.inner_text("#kl-search-result")
    o.page.fill("#kl-search", "không có ai như thế")
    o.page.click("#kl-find")
    assert "không thấy" in o.page.inner_text("#kl-search-result")


def test_viz_page_legend_and_province_filter(pages, open_page, artifacts):
    html, summary = pages["full"]
    o = open_page(html)
    hidden = "nodes.get({filter: n => n.hidden}).map(n => n.kind)"
    o.page.uncheck('.kl-kind[value="directive"]')
    kinds = o.page.evaluate(hidden)
    assert kinds and set(kinds) == {"directive"} and len(kinds) == summary.kinds["directive"]
    o.page.check('.kl-kind[value="directive"]')
    assert o.page.evaluate(hidden) == []
    o.page.select_option("#kl-province", "Quảng Ngãi")
    shown = o.page.evaluate(
        "nodes.get({filter: n => !n.hidden && (n.kind === 'meeting' || n.kind === 'directive')})"
    )
    assert shown and {n["province"] for n in shown} == {"Quảng Ngãi"}
    o.page.fill("#kl-year-from", "2030")
    o.page.dispatch_event("#kl-year-from", "change")
    assert o.page.evaluate("nodes.get({filter: n => !n.hidden && n.kind === 'meeting'}).length") == 0
    assert not o.errors


def test_viz_page_says_it_is_aggregated(pages, open_page, artifacts):
    html, summary = pages["aggregated"]
    assert summary.aggregated
    o = open_page(html)
    banner = o.page.locator("#ketluan-aggregated")
    assert banner.is_visible()
    assert "aggregated" in banner.inner_text() and "directives were collapsed" in banner.inner_text()
    assert o.page.evaluate("network.body.data.nodes.length") == summary.nodes <= 120
    assert o.page.evaluate(DRAWN_PIXELS) > 2000
    assert not o.outside() and not o.errors
    o.page.screenshot(path=str(artifacts / "viz-page-aggregated.png"))


def test_viz_page_ego_view(pages, open_page, artifacts):
    html, summary = pages["ego"]
    o = open_page(html)
    ids = o.page.evaluate("nodes.getIds()")
    assert HOA.format("vinh-long") in ids and HOA.format("ben-tre") not in ids
    assert len(ids) == summary.nodes
    assert "Trần Thị Bích Hòa" in o.page.inner_text("h1")
    assert not o.outside() and not o.errors
    o.page.screenshot(path=str(artifacts / "viz-page-ego.png"))
