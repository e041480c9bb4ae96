"""The web page of ``ketluan serve`` in headless Chromium (issue 4): the query editor and gallery, the results
table with labels and links, CSV download, shareable links, entity pages with their graph view, a notice with
its highlighted spans — all offline: no request may leave 127.0.0.1.

Screenshots land in ``$KETLUAN_ARTIFACTS`` (default ``build/test-artifacts/``).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.issue(4)]

PERSON_NAME = "Trần Quốc Bảo"
NOTICE = "/id/notice/2020-07-14-vpubnd-thainguyen-kl-pct"

#: Counts the drawn (non-transparent) pixels of the graph view's canvas.
DRAWN_PIXELS = """() => {
  const c = document.querySelector('#graph canvas');
  if (!c || !c.width || !c.height) return 0;
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
  return n;
}"""


def _offline(log: Any, base: str) -> None:
    assert not log.outside(base), f"requests left 127.0.0.1: {log.outside(base)}"
    assert not log.errors, log.errors


def _wait_for_graph(pg: Any) -> int:
    pg.wait_for_selector("#graph canvas", state="attached")
    pg.wait_for_function(f"() => ({DRAWN_PIXELS})() > 500", timeout=15_000)
    return pg.evaluate(DRAWN_PIXELS)


def test_web_page_gallery_query_results_csv_and_share(page: Any, live_server: str, artifacts: Path) -> None:
    pg, log = page
    pg.goto(live_server + "/")
    pg.wait_for_selector(".CodeMirror")  # the editor, with SPARQL highlighting
    assert pg.locator(".CodeMirror .cm-keyword").count() > 0
    items = pg.locator(".gallery-item")
    assert items.count() >= 10
    pg.screenshot(path=str(artifacts / "web-page-initial.png"))

    # a gallery query: click → loaded into the editor → run → a table with rows
    pg.click('.gallery-load[data-name="who_chaired"]')
    pg.wait_for_selector(".results-table tbody tr")
    assert pg.locator(".results-table tbody tr").count() >= 5
    assert "who_chaired" not in pg.locator("#active-query").inner_text()
    assert "Who chaired" in pg.locator("#active-query").inner_text()
    assert "SELECT ?meetingDate" in pg.evaluate(
        "() => document.querySelector('.CodeMirror').CodeMirror.getValue()"
    )
    assert PERSON_NAME in pg.locator(".results-table").inner_text()
    assert "named=who_chaired" in pg.url
    pg.screenshot(path=str(artifacts / "web-page-gallery-results.png"))

    # a query with parameters: fill one in and run again
    pg.click('.gallery-load[data-name="person_profile"]')
    pg.fill('#params input[data-param="name"]', "Trần Quốc")
    pg.click("#run")
    pg.wait_for_function("() => document.querySelector('#status').textContent.includes('rows')")
    assert pg.locator(".results-table tbody tr").count() >= 4
    assert PERSON_NAME in pg.locator(".results-table").inner_text()

    # the free query in the editor: IRIs become labels that link to their pages
    editor = "document.querySelector('.CodeMirror').CodeMirror"
    pg.evaluate(
        f"""() => {editor}.setValue('SELECT ?person ?name WHERE {{ ?person a kl:Person , kl:ResolvedIdentity ; '
                + 'foaf:name ?name }} ORDER BY ?name')"""
    )
    pg.click("#run")
    pg.wait_for_selector(".results-table a.iri.labelled")
    link = pg.locator(".results-table a.iri", has_text=PERSON_NAME).first
    assert link.get_attribute("href").startswith("/id/person/resolved/")
    rows = pg.locator(".results-table tbody tr").count()
    assert rows >= 20

    # CSV download of what is shown
    with pg.expect_download() as download_info:
        pg.click("#download-csv")
    content = Path(download_info.value.path()).read_text(encoding="utf-8")
    table = list(csv.reader(io.StringIO(content)))
    assert table[0] == ["person", "name"]
    assert len(table) == rows + 1
    assert any(
        row[1] == PERSON_NAME and row[0].startswith("https://w3id.org/ketluan/id/") for row in table[1:]
    )

    # a shareable link that encodes the query: a fresh page opened on it shows the same rows
    pg.click("#share")
    shared = pg.input_value("#share-link")
    assert shared.startswith(live_server + "/#query=")
    other = pg.context.new_page()
    other.on("request", lambda r: log.requests.append(r.url))
    other.goto(shared)
    other.wait_for_selector(".results-table tbody tr")
    other.wait_for_function(f"() => document.querySelectorAll('.results-table tbody tr').length === {rows}")
    other.close()
    _offline(log, live_server)


def test_web_page_entity_page_and_graph_view(page: Any, live_server: str, artifacts: Path) -> None:
    pg, log = page
    query = (
        "SELECT ?person ?name WHERE { ?person a kl:ResolvedIdentity ; foaf:name ?name "
        f'FILTER(?name = "{PERSON_NAME}") }}'
    )
    pg.goto(live_server + "/#query=" + quote(query))
    pg.wait_for_selector(".results-table a.iri.labelled")
    # the ◎ button draws the entity's graph on the query page
    pg.click(".results-table .graph-btn")
    assert _wait_for_graph(pg) > 500
    pg.screenshot(path=str(artifacts / "web-page-entity-graph.png"))

    # and the link opens its page: name, posts over time, meetings, the per-notice nodes, the graph
    pg.click("#tab-table")
    pg.click(f".results-table a.iri:has-text('{PERSON_NAME}')")
    pg.wait_for_url(re.compile(r".*/id/person/resolved/.*"))
    assert pg.locator("h1").inner_text() == PERSON_NAME
    assert pg.locator("section.posts tbody tr").count() >= 2
    assert pg.locator("section.meetings tbody tr").count() == 2
    assert pg.locator("section.identity a").count() == 2
    assert _wait_for_graph(pg) > 500
    nodes = int(pg.get_attribute("#graph", "data-nodes") or 0)
    assert nodes >= 5
    pg.screenshot(path=str(artifacts / "entity-person.png"), full_page=True)

    # from the person to a per-notice node of theirs, whose page is one click away
    pg.click("section.identity li a >> nth=0")
    pg.wait_for_url(re.compile(r".*/id/person/20\d\d-.*"))
    assert pg.locator("section.identity a").first.get_attribute("href").startswith("/id/person/resolved/")
    _offline(log, live_server)


def test_web_page_notice_highlights_and_construct_graph(page: Any, live_server: str, artifacts: Path) -> None:
    pg, log = page
    pg.goto(live_server + NOTICE + "#s-730-741")
    pg.wait_for_selector("#notice-text .hl")
    assert pg.locator("#notice-text a.hl-person").count() >= 3
    assert pg.locator("#notice-text a.hl-agency").count() >= 5
    assert pg.locator("#notice-text .hl-directive").count() >= 3
    target = pg.locator("#notice-text .hl.target")
    assert target.count() >= 1
    assert target.first.inner_text() == "Lò Văn Nhật"
    _wait_for_graph(pg)
    pg.screenshot(path=str(artifacts / "entity-notice.png"), full_page=True)
    # each highlight links to its entity
    target.first.click()
    pg.wait_for_url(re.compile(r".*/id/person/.*lo-van-nhat$"))
    assert pg.locator("h1").inner_text() == "Lò Văn Nhật"

    # a CONSTRUCT query is drawn as a graph
    construct = "CONSTRUCT { ?m kl:chair ?p . ?p foaf:name ?n } WHERE { ?m kl:chair ?p . ?p foaf:name ?n }"
    pg.goto(live_server + "/#query=" + quote(construct))
    pg.wait_for_function("() => document.querySelector('#status').textContent.includes('triples')")
    assert pg.is_visible("#graph-panel")
    assert _wait_for_graph(pg) > 500
    assert int(pg.get_attribute("#graph", "data-edges") or 0) >= 5
    pg.screenshot(path=str(artifacts / "web-page-construct-graph.png"))
    _offline(log, live_server)


def test_web_page_not_found_page(page: Any, live_server: str, artifacts: Path) -> None:
    pg, log = page
    response = pg.goto(live_server + "/id/person/nobody/here")
    assert response is not None and response.status == 404
    assert "404" in pg.locator("h1").inner_text()
    pg.screenshot(path=str(artifacts / "not-found.png"))
    log.errors[:] = [e for e in log.errors if "404" not in e]  # the 404 itself is expected
    _offline(log, live_server)
