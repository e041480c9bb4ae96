"""The web pages of ``ketluan serve`` (``ketluan.graph.endpoint.pages``): the query page at ``/``, the static
files, and the linked-data pages at ``/id/{path}`` (HTML, Turtle, JSON-LD), on the bundled samples (issue 4).

The app is the real endpoint (``ketluan.graph.endpoint.app.create_app``) over a store holding the samples,
ingested and resolved; every page reads the store through its ``app.state.executor``.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from ketluan.graph.endpoint import pages
from ketluan.graph.endpoint.app import create_app
from ketluan.graph.endpoint.settings import Settings
from ketluan.graph.queries import list_queries

pytest.importorskip("httpx")
from starlette.testclient import TestClient  # noqa: E402  (needs httpx)

pytestmark = pytest.mark.issue(4)

KLI = "https://w3id.org/ketluan/id/"
#: A person of the samples who chaired two meetings, in two notices of Sở KH&CN Quảng Ngãi.
PERSON = "person/resolved/quang-ngai/tran-quoc-bao"
PERSON_NAME = "Trần Quốc Bảo"
#: The per-notice agency node with the most directives assigned.
NOTICE = "notice/2020-07-14-vpubnd-thainguyen-kl-pct"


def make_app(store_path: Path) -> Any:
    """The endpoint app (``ketluan serve``) over ``store_path``, with the pages appended by ``create_app``."""
    return create_app(Settings(store=store_path, workers=2))


# --------------------------------------------------------------------------------------------------------
# Fixtures


@pytest.fixture(scope="session")
def client(samples_store: Path) -> Iterator[TestClient]:
    with TestClient(make_app(samples_store)) as c:
        yield c


@pytest.fixture(scope="session")
def oxstore(samples_store: Path, client: TestClient) -> ox.Store:
    """A read-only view of the same store, to compute what the pages should show."""
    return ox.Store.read_only(str(samples_store))


def select(store: ox.Store, query: str) -> list[Any]:
    return list(store.query(query, use_default_graph_as_union=True))


# --------------------------------------------------------------------------------------------------------
# HTML helpers


class _Collector(HTMLParser):
    """Tags with their attributes and the text inside each highlighted segment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.segments: list[tuple[dict[str, str | None], str]] = []
        self._open: list[tuple[str, dict[str, str | None], list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if "data-spans" in a:
            self._open.append((tag, a, []))

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1][0] == tag:
            _, a, text = self._open.pop()
            self.segments.append((a, "".join(text)))

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[-1][2].append(data)


def parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


# --------------------------------------------------------------------------------------------------------
# The query page


def test_endpoint_pages_index_has_editor_and_gallery(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    html = parse(response.text)
    assert any(tag == "textarea" and a.get("id") == "query" for tag, a in html.tags)
    scripts = [a.get("src") for tag, a in html.tags if tag == "script" and a.get("src")]
    assert "/static/vendor/codemirror/codemirror.js" in scripts
    assert "/static/vendor/codemirror/sparql.js" in scripts
    assert "/static/vendor/vis-network/vis-network.min.js" in scripts
    items = {
        a.get("data-name") for tag, a in html.tags if tag == "li" and "gallery-item" in (a.get("class") or "")
    }
    assert items == {q.name for q in list_queries()}
    for q in list_queries():
        assert q.title in response.text  # escaping aside, titles are plain text
    # the gallery data (query texts) rides along as JSON the page's script reads
    data = re.search(r'<script type="application/json" id="kl-data">(.*?)</script>', response.text, re.S)
    assert data is not None
    payload = json.loads(data.group(1))
    assert {q["name"]: q["text"] for q in payload["queries"]} == {q.name: q.text for q in list_queries()}
    assert "Content-Security-Policy" in response.headers


def test_endpoint_pages_index_query_param_prefills_editor(client: TestClient) -> None:
    hostile = "SELECT * WHERE { ?s ?p ?o } # </script><script>alert(1)</script>"
    response = client.get("/", params={"query": hostile})
    assert response.status_code == 200
    assert "<script>alert(1)" not in response.text
    data = re.search(r'<script type="application/json" id="kl-data">(.*?)</script>', response.text, re.S)
    assert json.loads(data.group(1))["initialQuery"] == hostile


# fmt: off
STATIC = [
    ("/static/css/ketluan.css",                         "text/css"),
    ("/static/js/query.js",                             "javascript"),
    ("/static/js/graph.js",                             "javascript"),
    ("/static/js/entity.js",                            "javascript"),
    ("/static/vendor/codemirror/codemirror.js",         "javascript"),
    ("/static/vendor/codemirror/codemirror.css",        "text/css"),
    ("/static/vendor/codemirror/sparql.js",             "javascript"),
    ("/static/vendor/codemirror/matchbrackets.js",      "javascript"),
    ("/static/vendor/vis-network/vis-network.min.js",   "javascript"),
    ("/static/vendor/codemirror/LICENSE",               None),
    ("/static/vendor/vis-network/LICENSE-MIT",          None),
    ("/static/vendor/vis-network/LICENSE-APACHE-2.0",   None),
]
# fmt: on


@pytest.mark.parametrize(("url", "media"), STATIC)
def test_endpoint_pages_static_files_served(client: TestClient, url: str, media: str | None) -> None:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response.content
    if media is not None:
        assert media in response.headers["content-type"], response.headers["content-type"]


def test_endpoint_pages_every_referenced_asset_is_served(client: TestClient) -> None:
    """Every src/href the page and an entity page use is served by ketluan itself."""
    for url in ("/", f"/id/{PERSON}"):
        html = parse(client.get(url).text)
        refs = [a.get("src") or a.get("href") for tag, a in html.tags if tag in {"script", "link"}]
        for ref in refs:
            if ref and ref.startswith("/static/"):
                assert client.get(ref).status_code == 200, ref


# Documentation links in the vendored files' licence headers and comments: text, never loaded.
VENDORED_URLS = {
    "codemirror/codemirror.js": {
        "http://marijnhaverbeke.nl/blog/#cm-internals",
        "http://marijnhaverbeke.nl/blog/codemirror-line-tree.html",
        "http://unicode.org/reports/tr9/tr9-13.html",
        "https://bugs.chromium.org/p/chromium/issues/detail?id=489206",
        "https://codemirror.net/5",
        "https://codemirror.net/5/LICENSE",
        "https://github.com/codemirror/CodeMirror/pull/5673",
    },
    "codemirror/sparql.js": {"https://codemirror.net/5/LICENSE"},
    "codemirror/matchbrackets.js": {"https://codemirror.net/5/LICENSE"},
    "vis-network/vis-network.min.js": {
        "http://almende.com",
        "http://naver.github.io/egjs",
        "http://opensource.org/licenses/MIT",
        "http://www.apache.org/licenses/LICENSE-2.0",
        "https://github.com/visjs",
        "https://github.com/zloirock/core-js",
        "https://github.com/zloirock/core-js/blob/v3.51.0/LICENSE",
        "https://visjs.github.io/vis-network/",
    },
}
#: Identifiers, not locations: RDF namespaces and the SVG/XHTML namespaces.
IDENTIFIER_URL = re.compile(r"https?://(?:w3id\.org|www\.w3\.org|schema\.org|xmlns\.com/foaf|purl\.org/dc)/")
URL = re.compile(r"https?://[^\s\"'<>()`\\]+")


def _package_files(folder: str) -> list[tuple[str, str]]:
    root = files("ketluan.graph.endpoint") / folder
    out, pending = [], [(root, "")]
    while pending:
        entry, rel = pending.pop()
        for child in entry.iterdir():
            name = f"{rel}{child.name}"
            if child.is_dir():
                pending.append((child, name + "/"))
            elif not name.endswith(("LICENSE", "LICENSE-MIT", "LICENSE-APACHE-2.0", "README.md")):
                out.append((name, child.read_text(encoding="utf-8")))
    return sorted(out)


def test_endpoint_pages_no_external_urls_in_templates_or_static() -> None:
    """Nothing but identifiers in our own files; in vendored files only the pinned documentation links."""
    checked = 0
    for folder in ("templates", "static"):
        for name, text in _package_files(folder):
            found = {u.rstrip(".,;") for u in URL.findall(text) if not IDENTIFIER_URL.match(u)}
            if name.startswith("vendor/"):
                extra = found - VENDORED_URLS.get(name.removeprefix("vendor/"), set())
                assert not extra, (
                    f"{folder}/{name} gained URL(s) {sorted(extra)}: check it loads nothing remote"
                )
            else:
                assert not found, f"{folder}/{name} refers to {sorted(found)}: serve it from ketluan instead"
            checked += 1
    assert checked >= 10


def test_endpoint_pages_vendored_licences_present() -> None:
    vendor = files("ketluan.graph.endpoint") / "static" / "vendor"
    readme = (vendor / "README.md").read_text(encoding="utf-8")
    assert "5.65.21" in readme and "10.1.5" in readme
    assert "MIT License" in (vendor / "codemirror" / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in (vendor / "vis-network" / "LICENSE-APACHE-2.0").read_text(encoding="utf-8")


# --------------------------------------------------------------------------------------------------------
# Entity pages


def test_endpoint_pages_person_page_shows_name_posts_meetings(client: TestClient, oxstore: ox.Store) -> None:
    response = client.get(f"/id/{PERSON}", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "Accept" in response.headers.get("vary", "")
    text = response.text
    assert f"<h1>{PERSON_NAME}</h1>" in text
    # posts over time: every role of the resolved memberships, with its agency's name
    posts = select(
        oxstore,
        f"""SELECT ?role ?org WHERE {{ GRAPH <{KLI}graph/resolved> {{
              ?ms <http://www.w3.org/ns/org#member> <{KLI}{PERSON}> ;
                  <http://www.w3.org/ns/org#role> ?r . OPTIONAL {{ ?ms <http://www.w3.org/ns/org#organization> ?o }} }}
              ?r <http://www.w3.org/2004/02/skos/core#prefLabel> ?role .
              OPTIONAL {{ ?o <http://www.w3.org/2004/02/skos/core#prefLabel> ?org }} }}""",
    )
    assert posts, "the sample person should hold a post"
    section = text.split('class="posts"', 1)[1].split("</section>", 1)[0]
    for row in posts:
        assert row["role"].value in section
        if row["org"] is not None:
            assert row["org"].value in section
    # meetings chaired: every meeting one of its per-notice nodes chairs, as a link to the meeting page
    meetings = select(
        oxstore,
        f"""SELECT DISTINCT ?m WHERE {{ ?x <http://www.w3.org/2002/07/owl#sameAs> <{KLI}{PERSON}> .
              ?m <https://w3id.org/ketluan/ontology#chair> ?x }}""",
    )
    assert len(meetings) == 2
    section = text.split('class="meetings"', 1)[1].split("</section>", 1)[0]
    for row in meetings:
        assert f'href="/id/{row["m"].value[len(KLI) :]}"' in section
    assert "chủ trì" in section
    # the per-notice nodes that are this identity
    mentions = select(
        oxstore, f"SELECT ?x WHERE {{ ?x <http://www.w3.org/2002/07/owl#sameAs> <{KLI}{PERSON}> }}"
    )
    for row in mentions:
        assert f'href="/id/{row["x"].value[len(KLI) :]}"' in text


def test_endpoint_pages_per_notice_node_links_to_resolved_identity(
    client: TestClient, oxstore: ox.Store
) -> None:
    node = select(
        oxstore, f"SELECT ?x WHERE {{ ?x <http://www.w3.org/2002/07/owl#sameAs> <{KLI}{PERSON}> }}"
    )[0]["x"]
    response = client.get("/id/" + node.value[len(KLI) :])
    assert response.status_code == 200
    identity = response.text.split('class="identity"', 1)[1].split("</section>", 1)[0]
    assert f'href="/id/{PERSON}"' in identity


def test_endpoint_pages_agency_page_shows_directives(client: TestClient, oxstore: ox.Store) -> None:
    rows = select(
        oxstore,
        """SELECT ?id (COUNT(DISTINCT ?d) AS ?n) WHERE {
             ?d <https://w3id.org/ketluan/ontology#assignedTo> ?a . ?a <http://www.w3.org/2002/07/owl#sameAs> ?id }
           GROUP BY ?id ORDER BY DESC(?n) ?id LIMIT 1""",
    )
    agency = rows[0]["id"].value
    response = client.get("/id/" + agency[len(KLI) :])
    assert response.status_code == 200
    directives = select(
        oxstore,
        f"""SELECT DISTINCT ?d ?text ?due WHERE {{ ?a <http://www.w3.org/2002/07/owl#sameAs> <{agency}> .
              ?d <https://w3id.org/ketluan/ontology#assignedTo> ?a ; <https://w3id.org/ketluan/ontology#text> ?text .
              OPTIONAL {{ ?d <https://w3id.org/ketluan/ontology#dueBy> ?due }} }}""",
    )
    section = response.text.split('class="directives"', 1)[1].split("</section>", 1)[0]
    for row in directives:
        assert _html_text(row["text"].value) in section
        if row["due"] is not None:
            assert row["due"].value in section
    assert section.count('class="quote-link"') == len(directives)  # each links to its source span
    assert 'class="topic"' in section


def _html_text(value: str) -> str:
    from markupsafe import escape

    return str(escape(value))


# fmt: off
RDF_CASES = [
    ({"Accept": "text/turtle"},                          "",                "text/turtle",           "turtle"),
    ({"Accept": "application/ld+json"},                  "",                "application/ld+json",   "json-ld"),
    ({"Accept": "application/n-triples"},                "",                "application/n-triples", "nt"),
    ({"Accept": "application/rdf+xml"},                  "",                "application/rdf+xml",   "xml"),
    ({"Accept": "application/ld+json;q=0.9, text/html;q=0.5"}, "",          "application/ld+json",   "json-ld"),
    ({},                                                 "?format=turtle",  "text/turtle",           "turtle"),
    ({"Accept": "text/html"},                            "?format=jsonld",  "application/ld+json",   "json-ld"),
]
# fmt: on


@pytest.mark.parametrize(("headers", "query", "media", "rdflib_format"), RDF_CASES)
def test_endpoint_pages_entity_rdf_by_content_negotiation(
    client: TestClient, headers: dict[str, str], query: str, media: str, rdflib_format: str
) -> None:
    import rdflib

    response = client.get(f"/id/{PERSON}{query}", headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media
    assert "Accept" in response.headers.get("vary", "")
    graph = rdflib.Graph().parse(data=response.content, format=rdflib_format)
    me = rdflib.URIRef(KLI + PERSON)
    assert (me, rdflib.URIRef("http://xmlns.com/foaf/0.1/name"), rdflib.Literal(PERSON_NAME)) in graph
    assert any(graph.triples((None, rdflib.OWL.sameAs, me)))  # incoming sameAs from the per-notice nodes


def test_endpoint_pages_negotiate_prefers_html_for_browsers() -> None:
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"
    assert pages.negotiate(browser) == "html"
    assert pages.negotiate("*/*") == "html"
    assert pages.negotiate("text/turtle;q=0.5, text/html;q=0.4") == "text/turtle"


def test_endpoint_pages_notice_highlights_spans_at_their_offsets(
    client: TestClient, oxstore: ox.Store
) -> None:
    response = client.get(f"/id/{NOTICE}")
    assert response.status_code == 200
    html = parse(response.text)
    rows = select(
        oxstore,
        f"""SELECT DISTINCT ?start ?end ?exact WHERE {{ GRAPH <{KLI}{NOTICE}> {{
              ?s <http://www.w3.org/ns/oa#hasSource> <{KLI}{NOTICE}> ; <http://www.w3.org/ns/oa#start> ?start ;
                 <http://www.w3.org/ns/oa#end> ?end ; <http://www.w3.org/ns/oa#exact> ?exact }} }}""",
    )
    assert len(rows) > 10
    pieces: dict[str, list[str]] = defaultdict(list)
    kinds: dict[str, set[str]] = defaultdict(set)
    for attrs, text in html.segments:
        for span in (attrs.get("data-spans") or "").split():
            pieces[span].append(text)
        kinds[attrs.get("class") or ""].add(text)
    for row in rows:
        span = f"{row['start'].value}-{row['end'].value}"
        assert "".join(pieces[span]) == row["exact"].value, span
        anchor = f"s-{span}"
        assert any(a.get("id") == anchor for _, a in html.tags), anchor
    # colours by what the span is evidence for, each highlight a link to its entity
    classes = " ".join(a.get("class") or "" for a, _ in html.segments)
    for kind in ("hl-person", "hl-agency", "hl-directive"):
        assert kind in classes
    links = [a.get("href") for a, _ in html.segments if a.get("href")]
    assert links and all(pages.valid_id_path(h.removeprefix("/id/")) for h in links)
    assert any(h.startswith("/id/person/") for h in links)
    # the text around the highlights is the notice's own text, whole
    text = select(oxstore, f"SELECT ?t WHERE {{ <{KLI}{NOTICE}> <http://schema.org/text> ?t }}")[0]["t"].value
    body = response.text.split('id="notice-text"', 1)[1].split("</div>", 1)[0].split(">", 1)[1]
    plain = parse(f"<div>{body}</div>")
    assert "".join(_all_text(body)) == text
    assert plain is not None


def _all_text(fragment: str) -> list[str]:
    out: list[str] = []

    class _Text(HTMLParser):
        def handle_data(self, data: str) -> None:
            out.append(data)

    parser = _Text(convert_charrefs=True)
    parser.feed(fragment)
    parser.close()
    return out


def test_endpoint_pages_highlight_escapes_hostile_text() -> None:
    text = '<script>alert("x")</script> Ông Nguyễn Văn A & "B"'
    start = text.index("Nguyễn")
    span = pages.Span(start, start + len("Nguyễn Văn A"), "Nguyễn Văn A", [KLI + "person/n/nguyen-van-a"])
    out = str(pages.highlight(text, [span], pages.Labels()))
    assert "<script>" not in out
    assert "&lt;script&gt;" in out
    assert 'href="/id/person/n/nguyen-van-a"' in out
    assert "".join(_all_text(out)) == text


# fmt: off
NOT_FOUND = [
    "/id/person/resolved/nowhere/no-one",
    "/id/notice/does-not-exist",
    "/id/graph/resolved",                     # not a kind with a page
    "/id/person/../graph/resolved",
    "/id/person/%2e%2e/%2e%2e/etc/passwd",
    "/id/person/x%3E%20%3Chttp:%2F%2Fevil%3E",
    "/id/person/x%0A",
    "/id/person/x%22%20.%7D",
    "/id/person/",
    "/id/",
    "/id/person",
    "/id/person/" + "a" * 500,
]
# fmt: on


@pytest.mark.parametrize("url", NOT_FOUND)
def test_endpoint_pages_unknown_or_hostile_path_is_404(client: TestClient, url: str) -> None:
    response = client.get(url, headers={"Accept": "text/html"})
    assert response.status_code in {400, 404}, url
    assert response.headers["content-type"].startswith("text/html")
    assert "<h1>" in response.text
    turtle = client.get(url, headers={"Accept": "text/turtle"})
    assert turtle.status_code in {400, 404}


# fmt: off
PATHS = [
    ("person/resolved/long-an/tran-thi-ngoc-han", True),
    ("span/2020-07-14-vpubnd-thainguyen-kl-pct/730-741", True),
    ("role/pho-giam-doc", True),
    ("person/../x", False),
    ("person/./x", False),
    ("person//x", False),
    ("persons/x", False),
    ("graph/resolved", False),
    ("person/x\n", False),
    ("person/Nguyễn", False),
    ("person/x y", False),
    ("person/x?y", False),
]
# fmt: on


@pytest.mark.parametrize(("path", "ok"), PATHS)
def test_endpoint_pages_valid_id_path(path: str, ok: bool) -> None:
    assert pages.valid_id_path(path) is ok


@pytest.mark.parametrize(
    "kind", ["meeting", "directive", "membership", "span", "role", "post", "agency", "place"]
)
def test_endpoint_pages_every_kind_renders(client: TestClient, oxstore: ox.Store, kind: str) -> None:
    rows = select(
        oxstore,
        f"""SELECT ?s WHERE {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), "{KLI}{kind}/")) }} ORDER BY ?s LIMIT 1""",
    )
    assert rows, kind
    response = client.get("/id/" + rows[0]["s"].value[len(KLI) :])
    assert response.status_code == 200, response.text[:500]
    assert 'id="graph"' in response.text


def test_endpoint_pages_span_page_links_into_notice(client: TestClient) -> None:
    response = client.get("/id/span/2020-07-14-vpubnd-thainguyen-kl-pct/730-741")
    assert response.status_code == 200
    assert f'href="/id/{NOTICE}#s-730-741"' in response.text


def test_endpoint_pages_browse_lists_notices(client: TestClient) -> None:
    response = client.get("/browse")
    assert response.status_code == 200
    assert f'href="/id/{NOTICE}"' in response.text
    assert f'href="/id/{PERSON}"' in response.text


def test_endpoint_pages_labels_api(client: TestClient) -> None:
    iris = [KLI + PERSON, "https://w3id.org/ketluan/topic/metrology", "not an iri", "http://x/<bad>"]
    response = client.post("/pages/labels", json={"iris": iris})
    assert response.status_code == 200
    labels = response.json()["labels"]
    assert labels[KLI + PERSON] == PERSON_NAME
    assert labels["https://w3id.org/ketluan/topic/metrology"]
    assert "not an iri" not in labels and "http://x/<bad>" not in labels
    assert client.post("/pages/labels", json={"iris": "x"}).status_code == 400
    assert (
        client.post("/pages/labels", content=b"{", headers={"Content-Type": "application/json"}).status_code
        == 400
    )
    assert client.post("/pages/labels", json={"iris": ["https://a/"] * 501}).status_code == 400


def test_endpoint_pages_label_query_is_parameterised() -> None:
    """The label lookup binds each IRI as a substitution; the query text depends on the count only."""
    assert pages._label_query(3) == pages._label_query(3)
    assert "w3id" not in pages._label_query(3).split("VALUES")[0]
    with pytest.raises(ValueError):
        pages.nt_iri("https://x/> } DROP ALL #")
    # in a thread of its own: Playwright's sync API (the browser tests) may hold an event loop in this one
    with ThreadPoolExecutor(1) as pool:
        labels = pool.submit(
            asyncio.run, pages.fetch_labels(_NoCalls(), ["https://x/> } DROP ALL #"])
        ).result()
    assert labels.vi == {}


class _NoCalls:
    async def select_json(self, query: str, substitutions: dict[str, str] | None = None) -> dict:
        raise AssertionError("an invalid IRI must not reach the executor")
