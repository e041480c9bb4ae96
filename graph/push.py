"""Copy the store into another SPARQL 1.1 server through the Graph Store HTTP Protocol (``ketluan push``).

Each named graph of the store goes over as one ``PUT ?graph=IRI`` (N-Triples, sent as ``text/turtle``, which
every server reads): one graph per notice, the resolution graph ``kli:graph/resolved`` and the ontology
graph, so the named queries find on the server what they find here. A PUT replaces the graph, so a re-push
replaces each notice whole. The internal mention index is not sent (nothing but entity resolution reads it).

A re-push only sends what changed: the server keeps, in the graph ``kli:graph/push-manifest``, one
``<graph> schema:sha256 "…"`` per graph pushed, the hash of that graph's sorted N-Triples. A graph whose hash
is already there is skipped, and a graph listed there that the store no longer has (``ketluan remove``) is
deleted from the server. The manifest is written last, so an interrupted push is simply pushed again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from ketluan.graph.errors import RemoteError
from ketluan.graph.mentions import INDEX_GRAPH
from ketluan.graph.remote import Remote, refused, unreachable
from ketluan.ontology.namespaces import KLI

__all__ = ["MANIFEST_GRAPH", "PushSummary", "graph_ntriples", "push_store"]

#: Where the server keeps the hash of each graph pushed.
MANIFEST_GRAPH = str(KLI["graph/push-manifest"])
#: Graphs of the store never pushed: internal bookkeeping, not data.
NOT_PUSHED = frozenset({INDEX_GRAPH, MANIFEST_GRAPH})
_SHA256 = "http://schema.org/sha256"
_CONTENT_TYPE = (
    "text/turtle; charset=utf-8"  # N-Triples is Turtle; Virtuoso 7.2 knows no application/n-triples
)


@dataclass
class PushSummary:
    """What a push did: graphs sent (``pushed``), skipped as unchanged, deleted from the server."""

    url: str
    pushed: int = 0
    unchanged: int = 0
    removed: int = 0
    triples: int = 0  # in the graphs sent

    def __str__(self) -> str:
        return (
            f"{self.pushed} graphs pushed ({self.triples:,} triples), {self.unchanged} unchanged, "
            f"{self.removed} removed — {self.url}"
        )


def graph_ntriples(store: ox.Store, graph: ox.NamedNode) -> tuple[bytes, int]:
    """The triples of ``graph`` as sorted N-Triples (sorted: the same graph always hashes the same) and their
    number."""
    triples = [
        ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, graph)
    ]
    lines = sorted(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).splitlines(keepends=True))
    return b"".join(lines), len(triples)


def _graphs(store: ox.Store) -> list[ox.NamedNode]:
    return sorted(
        (g for g in store.named_graphs() if isinstance(g, ox.NamedNode) and g.value not in NOT_PUSHED),
        key=lambda g: g.value,
    )


class _GraphStore:
    """The Graph Store Protocol calls a push makes, on one HTTP connection, with the server's login scheme."""

    def __init__(self, remote: Remote, client: Any) -> None:
        self.remote = remote
        self.url = remote.graph_store_url
        self.client = client

    def _call(self, method: str, graph: str, what: str, **kw: Any) -> Any:
        import httpx

        try:
            response = self.client.request(method, self.url, params={"graph": graph}, **kw)
        except httpx.HTTPError as e:
            raise unreachable(self.url, e) from None
        status = response.status_code
        if status >= 400 and not (status == 404 and method in ("GET", "DELETE")):
            error = refused(self.url, status, response.content, what)
            if status in (400, 405) and "--gsp" not in str(error):
                error = RemoteError(
                    f"{error} — is this a Graph Store Protocol URL? Give it with --gsp (Virtuoso: "
                    "…/sparql-graph-crud-auth; Fuseki: …/ds/data)",
                    status,
                )
            raise error
        return response

    def manifest(self) -> dict[str, str]:
        """graph IRI -> hash, as the server last stored them (empty for a first push)."""
        response = self._call(
            "GET",
            MANIFEST_GRAPH,
            "to read the push manifest",
            headers={"Accept": "application/n-triples, text/turtle"},
        )
        if response.status_code == 404 or not response.content.strip():
            return {}
        media = response.headers.get("content-type", "").split(";")[0].strip()
        fmt = (
            ox.RdfFormat.N_TRIPLES
            if media in ("application/n-triples", "text/plain")
            else ox.RdfFormat.TURTLE
        )
        try:
            triples = list(ox.parse(response.content, format=fmt))
        except SyntaxError as e:
            raise RemoteError(
                f"{self.url}: cannot read the push manifest graph the server returned ({e})"
            ) from None
        return {
            t.subject.value: t.object.value
            for t in triples
            if t.predicate.value == _SHA256 and isinstance(t.subject, ox.NamedNode)
        }

    def put(self, graph: str, body: bytes) -> None:
        self._call("PUT", graph, f"PUT <{graph}>", content=body, headers={"Content-Type": _CONTENT_TYPE})

    def delete(self, graph: str) -> None:
        self._call("DELETE", graph, f"DELETE <{graph}>")


@contextmanager
def _client(remote: Remote) -> Iterator[Any]:
    import httpx

    url = remote.graph_store_url
    scheme, _realm = remote.scheme_for(url)
    auth: Any = None
    if scheme == "digest":
        auth = httpx.DigestAuth(remote.user or "", remote.password or "")
    elif scheme == "basic":
        auth = httpx.BasicAuth(remote.user or "", remote.password or "")
    with httpx.Client(auth=auth, timeout=remote.timeout_s, headers={"User-Agent": "ketluan"}) as client:
        yield client


def push_store(
    store: ox.Store | Any,
    remote: Remote,
    *,
    force: bool = False,
    on_graph: Callable[[str, str], None] | None = None,
) -> PushSummary:
    """Push every graph of ``store`` (a `pyoxigraph.Store` or a `ketluan.graph.store.Store`) to ``remote``'s
    Graph Store; unchanged graphs are skipped unless ``force``. ``on_graph(iri, "pushed"|"unchanged"|
    "removed")`` is called for each graph. Raises `RemoteError` on the first refusal (what was sent before it
    stays; the manifest is not written, so the next push sends it again)."""
    raw = store if isinstance(store, ox.Store) else store.ox
    summary = PushSummary(url=remote.graph_store_url)
    with _client(remote) as client:
        gsp = _GraphStore(remote, client)
        before = gsp.manifest()
        after: dict[str, str] = {}
        for graph in _graphs(raw):
            body, count = graph_ntriples(raw, graph)
            digest = hashlib.sha256(body).hexdigest()
            after[graph.value] = digest
            if before.get(graph.value) == digest and not force:
                summary.unchanged += 1
                state = "unchanged"
            else:
                gsp.put(graph.value, body)
                summary.pushed += 1
                summary.triples += count
                state = "pushed"
            if on_graph is not None:
                on_graph(graph.value, state)
        for gone in sorted(set(before) - set(after)):
            gsp.delete(gone)
            summary.removed += 1
            if on_graph is not None:
                on_graph(gone, "removed")
        manifest = [
            ox.Triple(ox.NamedNode(g), ox.NamedNode(_SHA256), ox.Literal(h)) for g, h in sorted(after.items())
        ]
        gsp.put(MANIFEST_GRAPH, ox.serialize(manifest, format=ox.RdfFormat.N_TRIPLES))
    return summary
