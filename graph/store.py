"""The ketluan store: an embedded, on-disk Oxigraph (RocksDB) dataset with one named graph per notice.

    >>> from ketluan.graph.store import Store
    >>> with Store.open("ketluan-store") as store:          # doctest: +SKIP
    ...     store.add_notice(notice)                         # "ingested" | "unchanged" | "replaced"
    ...     rows = list(store.query("SELECT ?n WHERE { ?n a kl:Notice }"))

Guarantees:

- every quad of notice N lives in the graph named by N's IRI (`ketluan.ingest.to_rdf.notice_iri`);
- a notice is written whole or not at all: a reader (or a crash) sees the old notice or the new one, never a
  mix. `Store.add_notices` writes a batch of new notices at once — a few of them with `pyoxigraph.Store.load`
  (one transaction), many with the bulk loader (`pyoxigraph.Store.bulk_load`: below its 1,000,000-quad
  batches, one set of files, one per column family, that RocksDB ingests in one atomic step, so a killed
  process keeps the whole batch or none of it; a third of the cost per quad). A changed notice is replaced
  with one SPARQL update ``DROP SILENT GRAPH <N> ; INSERT DATA { GRAPH <N> { … } }`` (one transaction);
- re-adding a notice whose ``kl:sourceFile`` and ``kl:contentHash`` are already stored writes nothing;
- the ontology and topic scheme (``ontology/ketluan.ttl``, ``ontology/topics.ttl``) are kept in the graph
  ``kli:graph/ontology`` and rewritten on open only when their hash changed;
- every directive text is also in the full-text index beside the store (`ketluan.graph.textindex`), updated
  by `Store.add_notice` and `Store.remove_notice` with a journal that makes a crash between the two
  databases visible, and repaired the first time a process uses the index (`ketluan.graph.textsync`).

Every pyoxigraph error is turned into a one-line `StoreError` (or `QueryError` for a bad query).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
import rdflib
from rdflib.term import BNode, Literal, URIRef

from ketluan.graph.errors import QueryError, StoreError
from ketluan.graph.mentions import (
    INDEX_GRAPH,
    INDEX_PREDICATE,
    Mentions,
    index_entries,
    notice_graphs,
    notice_index_entry,
    notice_index_entry_of,
    quad_props,
    read_mentions,
)
from ketluan.graph.textindex import DirectiveRow, NoticeRow, TextIndex
from ketluan.graph.textsync import SyncReport, rebuild, rows_of, sync
from ketluan.ingest import records
from ketluan.ingest.to_rdf import notice_iri, notice_to_nquads
from ketluan.ontology.namespaces import KL, KLI, PREFIXES

__all__ = [
    "DEFAULT_STORE",
    "ONTOLOGY_GRAPH",
    "ONTOLOGY_FILES",
    "PreparedNotice",
    "Store",
    "default_store_path",
    "prepare_notice",
    "to_ox_quads",
]

#: Where the store lives when neither ``--store`` nor ``$KETLUAN_STORE`` says otherwise.
DEFAULT_STORE = "ketluan-store"
#: Above this many changed quads, `Store.sync_graph` writes with extend/remove instead of one SPARQL update.
SYNC_UPDATE_LIMIT = 20_000
#: From this many quads of new notices in one `Store.add_notices` call, they go through the bulk loader: it
#: costs ~25 ms per call (a few files written and ingested) but a third of `load`'s cost per quad (measured:
#: 9-12 us against 25-27 us per quad), so it pays from a few notices on.
BULK_MIN_QUADS = 4_000
#: At most this many quads per bulk-loader call: pyoxigraph's loader cuts its input every 1,000,000 quads and
#: ingests each part on its own, so a call below that is one atomic ingestion (whole notices or none).
BULK_MAX_QUADS = 500_000
#: The graph holding the ontology and the topic scheme.
ONTOLOGY_GRAPH = str(KLI["graph/ontology"])
#: Files of the ``ketluan.ontology`` package loaded into `ONTOLOGY_GRAPH` (a missing one is skipped).
ONTOLOGY_FILES = ("ketluan.ttl", "topics.ttl")

_SHA256 = ox.NamedNode("http://schema.org/sha256")  # the ontology graph's hash, stored in that graph
_SOURCE_FILE = ox.NamedNode(str(KL.sourceFile))
_INDEX_GRAPH = ox.NamedNode(INDEX_GRAPH)
_INDEX_PREDICATE = ox.NamedNode(INDEX_PREDICATE)
_CONTENT_HASH = ox.NamedNode(str(KL.contentHash))

_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


def default_store_path() -> Path:
    """``$KETLUAN_STORE`` if set, else ``./ketluan-store``."""
    return Path(os.environ.get("KETLUAN_STORE") or DEFAULT_STORE)


def _one_line(error: BaseException | str) -> str:
    return " ".join(str(error).split())


def _to_ox(term: Any) -> Any:
    """An rdflib term (or an already-converted pyoxigraph term) as a pyoxigraph term."""
    if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal):
        return term
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store {term!r} ({type(term).__name__}) — expected an rdflib or pyoxigraph term")


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _from_ox(term: Any) -> Any:
    """A pyoxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"cannot convert {term!r} to rdflib")


def to_ox_quads(quads: Iterable[tuple[Any, Any, Any, Any]]) -> list[ox.Quad]:
    """``(s, p, o, g)`` tuples of rdflib terms -> pyoxigraph quads (pyoxigraph quads pass through)."""
    return [
        q if isinstance(q, ox.Quad) else ox.Quad(_to_ox(q[0]), _to_ox(q[1]), _to_ox(q[2]), _to_ox(q[3]))
        for q in quads
    ]


@dataclass(slots=True)
class PreparedNotice:
    """A notice ready to be written by `Store.add_notices`, made where it was parsed (`prepare_notice`).

    Everything the writer needs and nothing else: the quads as N-Quads bytes (a parsing process sends them
    in one piece; a list of pyoxigraph quads costs the writer ~3 ms per notice to unpickle), and the rows of
    the full-text index and the mention-index entry, pure functions of the quads computed off the writer.
    """

    source_file: str
    content_hash: str
    graph: str  # the notice IRI, also its graph's name
    nquads: bytes  # the notice graph's quads and its mention-index quad, as N-Quads
    quads: int  # how many quads ``nquads`` holds
    text: tuple[NoticeRow, list[DirectiveRow]] | None  # its full-text index rows (`notice_rows`)


def prepare_notice(notice: records.Notice, quads: list[ox.Quad] | None = None) -> PreparedNotice:
    """``notice`` (and its quads, built from it when not given) ready for `Store.add_notices`.

    Without ``quads``, the notice's quads are written straight as N-Quads text (`notice_to_nquads`: the bytes
    pyoxigraph writes for `notice_to_ox_quads`, which are the quads of ``to_ox_quads(notice_to_quads(notice))``)
    without a pyoxigraph term per quad.
    """
    graph = ox.NamedNode(str(notice_iri(notice.source_file)))
    if quads is None:
        # written as N-Quads text straight from the records, with the values both readers below want
        text, count, props = notice_to_nquads(notice)
        data = text.encode("utf-8")
    else:
        props = quad_props(quads)  # read once for both the mention-index entry and the full-text rows
        data, count = ox.serialize(quads, format=ox.RdfFormat.N_QUADS), len(quads)
    index = ox.Quad(
        graph, _INDEX_PREDICATE, ox.Literal(notice_index_entry_of(graph.value, props)), _INDEX_GRAPH
    )
    return PreparedNotice(
        source_file=notice.source_file,
        content_hash=notice.content_hash,
        graph=graph.value,
        nquads=data + ox.serialize([index], format=ox.RdfFormat.N_QUADS),
        quads=count + 1,
        text=rows_of(graph.value, props),
    )


class Store:
    """One on-disk Oxigraph store. Open it with `Store.open` (or the constructor); close it with `close`.

    Only one process can open a store for writing at a time; a second one gets a `StoreError`.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, load_ontology: bool = True) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"store {self.path} is a file, not a directory — use --store to pick a folder")
        self._text: TextIndex | None = None
        self._text_full = False  # every content hash compared since the index was opened
        self.text_sync: SyncReport | None = None  # what opening the text index repaired, once opened
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._ox: ox.Store | None = ox.Store(str(self.path))
        except OSError as e:
            raise StoreError(self._explain_open_error(e)) from None
        if load_ontology:
            self.load_ontology_graph()

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, load_ontology: bool = True) -> Store:
        """Open (creating if needed) the store at ``path`` (default `default_store_path`)."""
        return cls(path, load_ontology=load_ontology)

    def _explain_open_error(self, e: OSError) -> str:
        msg = _one_line(e)
        if "lock hold by current process" in msg:
            return f"store {self.path} is already open in this process — close the other Store first"
        if "lock" in msg.lower():
            return (
                f"store {self.path} is in use by another ketluan process — "
                "wait for it or use --store to pick another"
            )
        return f"cannot open store {self.path}: {msg} — check the path and its permissions, or use --store"

    # -- lifecycle --------------------------------------------------------------------------------------

    @property
    def ox(self) -> ox.Store:
        """The underlying `pyoxigraph.Store` (raises `StoreError` once closed)."""
        if self._ox is None:
            raise StoreError(f"store {self.path} is closed — open it again with Store.open()")
        return self._ox

    def close(self) -> None:
        """Flush and release the store (and its lock) and the text index. Safe to call twice."""
        if self._text is not None:
            self._text.close()
            self._text = None
        if self._ox is not None:
            try:
                self._ox.flush()
            except OSError:
                pass
            self._ox = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        """Number of quads in the dataset (the internal mention index not counted: it is not exported)."""
        index = sum(1 for _ in self.ox.quads_for_pattern(None, None, None, _INDEX_GRAPH))
        return len(self.ox) - index

    # -- notices ----------------------------------------------------------------------------------------

    def _notice_graph(self, source_file: str) -> ox.NamedNode | None:
        """The graph of the stored notice whose kl:sourceFile is ``source_file``, if any."""
        for q in self.ox.quads_for_pattern(None, _SOURCE_FILE, ox.Literal(source_file), None):
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name == q.subject:
                return q.graph_name
        return None

    def _graph_value(self, graph: ox.NamedNode, predicate: ox.NamedNode) -> str | None:
        for q in self.ox.quads_for_pattern(graph, predicate, None, graph):
            return q.object.value
        return None

    def add_notice(self, notice: records.Notice, quads: list[ox.Quad] | None = None) -> str:
        """Write one notice into its own graph; return ``"ingested"``, ``"unchanged"`` or ``"replaced"``.

        Same kl:sourceFile and kl:contentHash as a stored notice -> ``"unchanged"`` and nothing is written.
        Same kl:sourceFile, other hash -> the old graph is dropped and the new one written in one transaction.
        Raises `StoreError` when the notice cannot be written (nothing of it is then written).
        """
        (status,) = self.add_notices([prepare_notice(notice, quads)])
        if isinstance(status, StoreError):
            raise status
        return status

    def add_notices(self, notices: Sequence[PreparedNotice]) -> list[str | StoreError]:
        """Write a batch of notices; return each one's ``"ingested"``, ``"unchanged"`` or ``"replaced"`` — or
        the `StoreError` saying why it was not written — in the order given.

        Each notice is stored exactly as `add_notice` would store it alone, and whole: the new notices of the
        batch go in together (one transaction, or one atomic bulk ingestion — see the module docstring), each
        replaced one in its own update. The batch costs one write of each kind instead of one per notice: the
        caller reports a notice as stored only once this returns. A notice whose graph an earlier notice of
        the batch also names (two files with the same base name) is written after it, as in a sequential run.
        """
        out: list[str | StoreError] = []
        run: list[PreparedNotice] = []
        seen: set[str] = set()
        for p in notices:
            if p.graph in seen:
                out.extend(self._add_run(run))
                run, seen = [], set()
            run.append(p)
            seen.add(p.graph)
        out.extend(self._add_run(run))
        return out

    def _add_run(self, notices: list[PreparedNotice]) -> list[str | StoreError]:
        """`add_notices` for notices with distinct graphs."""
        if not notices:
            return []
        text = self._text_index(full=True)
        status: list[str | StoreError] = []
        fresh: list[int] = []
        changed: list[int] = []
        for i, p in enumerate(notices):
            graph = ox.NamedNode(p.graph)
            stored_file = self._graph_value(graph, _SOURCE_FILE)
            if stored_file is not None and stored_file != p.source_file:
                status.append(
                    StoreError(
                        f"{p.source_file}: its notice IRI {p.graph} is already used by {stored_file} — "
                        "rename one of the two files"
                    )
                )
                continue
            new = stored_file is None and not self.ox.contains_named_graph(graph)
            if not new and self._graph_value(graph, _CONTENT_HASH) == p.content_hash:
                status.append("unchanged")
                continue
            status.append("ingested" if new else "replaced")
            (fresh if new else changed).append(i)
        if not fresh and not changed:
            return status
        # journalled first (one commit for the batch): a crash before the index's rows are written is seen
        # and repaired by the next writer (`ketluan.graph.textsync`)
        try:
            text.begin([notices[i].graph for i in (*fresh, *changed)])
        except StoreError as e:
            for i in (*fresh, *changed):
                status[i] = e
            return status
        written = []
        for part in self._bulk_parts([notices[i] for i in fresh], [*fresh]):
            try:
                self._write_new([notices[i] for i in part])
                written.extend(part)
            except (OSError, SyntaxError) as e:
                for i in part:
                    status[i] = self._write_error(notices[i], e)
        for i in changed:
            p = notices[i]
            quads, index = [], None
            for q in ox.parse(p.nquads, format=ox.RdfFormat.N_QUADS, lenient=True):
                if q.graph_name == _INDEX_GRAPH:
                    index = q
                else:
                    quads.append(q)
            try:
                self._replace_graph(ox.NamedNode(p.graph), quads, index)
                written.append(i)
            except OSError as e:
                status[i] = self._write_error(p, e)
        rows = [t for t in (notices[i].text for i in sorted(written)) if t is not None]
        if rows:
            try:
                text.put_many(rows, what="ingest")
            except StoreError as e:  # the store holds them: the journal has them re-read by the next writer
                for i in written:
                    status[i] = e
        return status

    @staticmethod
    def _bulk_parts(notices: list[PreparedNotice], ids: list[int]) -> list[list[int]]:
        """``ids`` cut into consecutive parts of at most `BULK_MAX_QUADS` quads (a notice is never cut)."""
        parts: list[list[int]] = []
        size = 0
        for p, i in zip(notices, ids, strict=True):
            if not parts or (size + p.quads > BULK_MAX_QUADS and parts[-1]):
                parts.append([])
                size = 0
            parts[-1].append(i)
            size += p.quads
        return parts

    def _write_new(self, notices: list[PreparedNotice]) -> None:
        """Write new notices (their graphs hold nothing) with their mention-index entries, all or nothing."""
        data = b"".join(p.nquads for p in notices)
        if sum(p.quads for p in notices) >= BULK_MIN_QUADS:
            # parsed inside pyoxigraph (no Python quads); lenient: our own serialisation of valid terms
            self.ox.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)
        else:
            self.ox.load(data, format=ox.RdfFormat.N_QUADS, lenient=True)  # one transaction

    def _write_error(self, notice: PreparedNotice, error: BaseException) -> StoreError:
        return StoreError(
            f"cannot write {notice.source_file} to store {self.path}: {_one_line(error)}"
            " — nothing was written for this notice"
        )

    def sync_graph(self, graph: str, quads: Iterable[Any]) -> tuple[int, int]:
        """Make the named graph ``graph`` hold exactly ``quads``, changing only what differs.

        Used for derived graphs (``kli:graph/resolved``), recomputed as a whole but mostly unchanged after
        one more notice. A diff of up to `SYNC_UPDATE_LIMIT` quads goes in one SPARQL update (one
        transaction: readers see the old graph or the new one). A bigger one (a first resolution, a new
        version of the rules) is written in batches — every addition, then the removals — so a crash in
        between leaves a superset that the next run repairs; parsing a huge SPARQL update would take minutes.
        A big first write into an empty graph uses the bulk loader. ``quads`` is read once, as a stream, and
        neither side of the diff is held as quads (`ketluan.graph.graph_sync`): a generator keeps memory
        bounded however big the graph.
        Returns ``(removed, added)``; ``(0, 0)`` means nothing was written.
        """
        from ketluan.graph.graph_sync import sync_named_graph  # streams both sides: bounded memory

        wanted = (q if isinstance(q, ox.Quad) else to_ox_quads([q])[0] for q in quads)
        try:
            return sync_named_graph(self.ox, graph, wanted, SYNC_UPDATE_LIMIT)
        except OSError as e:
            raise StoreError(f"cannot write graph {graph} to store {self.path}: {_one_line(e)}") from None

    @staticmethod
    def _index_quad(graph: ox.NamedNode, quads: list[ox.Quad]) -> ox.Quad:
        """The notice's entry in the mention index (`ketluan.graph.mentions`): what resolution reads."""
        entry = notice_index_entry(graph.value, quads)
        return ox.Quad(graph, _INDEX_PREDICATE, ox.Literal(entry), _INDEX_GRAPH)

    def _replace_graph(
        self, graph: ox.NamedNode, quads: Iterable[ox.Quad], index: ox.Quad | None = None
    ) -> None:
        """Drop ``graph`` and write ``quads`` into it (and its index entry), in one transaction (one update)."""
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        update = f"DROP SILENT GRAPH {graph} ;\n"
        if index is not None:
            update += f"DELETE WHERE {{ GRAPH {_INDEX_GRAPH} {{ {graph} {_INDEX_PREDICATE} ?entry }} }} ;\n"
            body_index = f" GRAPH {_INDEX_GRAPH} {{ {index.subject} {index.predicate} {index.object} . }}"
        else:
            body_index = ""
        self.ox.update(update + f"INSERT DATA {{ GRAPH {graph} {{\n{body}\n}}{body_index} }}")

    def rebuild_mention_index(self) -> int:
        """Recompute every notice's mention-index entry from its graph (one transaction); return how many."""
        quads = []
        for g in notice_graphs(self.ox):
            node = ox.NamedNode(g)
            quads.append(self._index_quad(node, list(self.ox.quads_for_pattern(None, None, None, node))))
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        try:
            self.ox.update(
                f"DROP SILENT GRAPH {_INDEX_GRAPH} ;\nINSERT DATA {{ GRAPH {_INDEX_GRAPH} {{\n{body}\n}} }}"
            )
        except OSError as e:
            raise StoreError(f"cannot write the mention index of store {self.path}: {_one_line(e)}") from None
        return len(quads)

    def mentions(self) -> Mentions:
        """The person and agency mentions of every stored notice, for resolution.

        Read from the mention index; a notice the index lacks (a store written by an older ketluan) is read
        from its graph and its entry written, so the next read is fast again.
        """
        entries = index_entries(self.ox)
        missing = [g for g in notice_graphs(self.ox) if g not in entries]
        if missing:
            healed = []
            for g in missing:
                node = ox.NamedNode(g)
                quad = self._index_quad(node, list(self.ox.quads_for_pattern(None, None, None, node)))
                entries[g] = quad.object.value
                healed.append(quad)
            try:
                self.ox.extend(healed)
            except OSError as e:
                raise StoreError(
                    f"cannot write the mention index of store {self.path}: {_one_line(e)}"
                ) from None
        return read_mentions(self.ox, entries)

    def remove_notice(self, source_file: str) -> str:
        """Remove the notice whose kl:sourceFile is ``source_file`` (a path is reduced to its base name).

        Returns the notice IRI; raises `StoreError` when no such notice is stored.
        """
        name = Path(source_file).name
        graph = self._notice_graph(name)
        if graph is None:
            candidate = ox.NamedNode(str(notice_iri(name)))
            graph = candidate if self.ox.contains_named_graph(candidate) else None
        if graph is None:
            known = sorted(f for _, f, _ in self.notices())
            hint = (
                f"stored notices: {', '.join(known[:10])}{' …' if len(known) > 10 else ''}" if known else ""
            )
            raise StoreError(
                f"no notice {name} in store {self.path} — "
                + (hint or "the store holds no notices; check --store")
            )
        text = self._text_index(full=True)
        text.begin([graph.value])
        try:
            self.ox.update(
                f"DROP SILENT GRAPH {graph} ;\n"
                f"DELETE WHERE {{ GRAPH {_INDEX_GRAPH} {{ {graph} {_INDEX_PREDICATE} ?entry }} }}"
            )
        except OSError as e:
            raise StoreError(f"cannot remove {name} from store {self.path}: {_one_line(e)}") from None
        text.drop([graph.value])
        return graph.value

    # -- full-text index --------------------------------------------------------------------------------

    def text_index(self) -> TextIndex:
        """The full-text index of the directive texts (`ketluan.graph.textindex`), in step with the store.

        Opened on first use and repaired then (`ketluan.graph.textsync.sync`: journalled notices re-read,
        the numbers of notices compared — and every content hash when they differ, or before the first
        write; built from the whole store when missing — a store made by an older ketluan — or stale);
        `text_sync` says what was done. Raises `StoreError` when the index cannot be written.
        """
        return self._text_index(full=False)

    def _text_index(self, *, full: bool) -> TextIndex:
        """`text_index`; ``full``: also compare every notice's content hash (once per process: writers)."""
        if self._text is None:
            text, fresh = TextIndex.create(self.path)
            try:
                self.text_sync = sync(text, self.ox, fresh=fresh, full=full)
            except BaseException:
                text.close()
                raise
            self._text, self._text_full = text, full or fresh
        elif full and not self._text_full:
            self.text_sync = sync(self._text, self.ox, full=True)
            self._text_full = True
        return self._text

    def rebuild_text_index(self) -> int:
        """Rebuild the full-text index from every notice graph; return how many notices it holds."""
        text = self.text_index()
        return rebuild(text, self.ox)

    def notices(self) -> list[tuple[str, str, str]]:
        """``(notice IRI, kl:sourceFile, kl:contentHash)`` for every stored notice, sorted by file name."""
        rows = self.query(
            "SELECT ?n ?f ?h WHERE { GRAPH ?n { ?n a kl:Notice ; kl:sourceFile ?f ; kl:contentHash ?h } }",
            use_default_graph_as_union=False,
        )
        return sorted(((r["n"].value, r["f"].value, r["h"].value) for r in rows), key=lambda t: (t[1], t[0]))

    # -- ontology ---------------------------------------------------------------------------------------

    @staticmethod
    def _ontology_sources() -> list[tuple[str, bytes]]:
        root = resources.files("ketluan.ontology")
        out = []
        for name in ONTOLOGY_FILES:
            f = root.joinpath(name)
            if f.is_file():
                out.append((name, f.read_bytes()))
        return out

    def load_ontology_graph(self) -> str:
        """Write ontology/ketluan.ttl (+ topics.ttl) into ``kli:graph/ontology`` if their hash changed.

        Returns ``"unchanged"``, ``"replaced"`` or ``"ingested"`` like `add_notice`.
        """
        sources = self._ontology_sources()
        digest = hashlib.sha256()
        for name, data in sources:
            digest.update(name.encode() + b"\0" + data + b"\0")
        sha = digest.hexdigest()
        graph = ox.NamedNode(ONTOLOGY_GRAPH)
        stored = self._graph_value(graph, _SHA256)
        if stored == sha:
            return "unchanged"
        quads = [ox.Quad(graph, _SHA256, ox.Literal(sha), graph)]
        for name, data in sources:
            try:
                parsed = ox.parse(data, format=ox.RdfFormat.TURTLE, rename_blank_nodes=True)
                quads.extend(ox.Quad(q.subject, q.predicate, q.object, graph) for q in parsed)
            except SyntaxError as e:
                raise StoreError(
                    f"ontology/{name} does not parse: {_one_line(e)} — fix the file (it ships with ketluan)"
                ) from None
        try:
            self._replace_graph(graph, quads)
        except OSError as e:
            raise StoreError(f"cannot write the ontology into store {self.path}: {_one_line(e)}") from None
        return "ingested" if stored is None else "replaced"

    # -- reading ----------------------------------------------------------------------------------------

    def query(self, sparql: str, **kw: Any) -> Any:
        """Run a SPARQL query over the union of all graphs (pass ``use_default_graph_as_union=False`` or
        ``default_graph=…`` to change that). The CONTRACT prefixes are predeclared.

        Returns pyoxigraph's result: `QuerySolutions` (SELECT), `QueryTriples` (CONSTRUCT/DESCRIBE) or a bool.
        """
        kw.setdefault("prefixes", PREFIXES)
        if "default_graph" not in kw:
            kw.setdefault("use_default_graph_as_union", True)
        try:
            return self.ox.query(sparql, **kw)
        except SyntaxError as e:
            raise QueryError(f"the query does not parse: {_one_line(e)} — check its SPARQL syntax") from None
        except OSError as e:
            raise StoreError(f"query failed on store {self.path}: {_one_line(e)}") from None

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of the dataset but the internal mention index (what export writes)."""
        return (q for q in self.ox if q.graph_name != _INDEX_GRAPH)

    def dump(
        self, fmt: str | ox.RdfFormat, out: str | os.PathLike[str] | IO[bytes] | None = None
    ) -> bytes | None:
        """Serialise the store. ``fmt``: an `RdfFormat` or one of nquads, trig, turtle, ntriples, jsonld, rdfxml.

        Dataset formats (N-Quads, TriG, JSON-LD) keep the named graphs; triple formats get the union of all
        graphs, deduplicated. Returns bytes when ``out`` is None.
        """
        if isinstance(fmt, str):
            try:
                fmt = _FORMATS[fmt]
            except KeyError:
                raise StoreError(f"unknown format {fmt!r} — use one of {', '.join(_FORMATS)}") from None
        out_arg = str(out) if isinstance(out, os.PathLike) else out
        try:
            if fmt.supports_datasets:  # every graph but the internal mention index
                quads = (q for q in self.ox if q.graph_name != _INDEX_GRAPH)
                return ox.serialize(quads, out_arg, format=fmt, prefixes=PREFIXES)
            triples = dict.fromkeys(
                ox.Triple(q.subject, q.predicate, q.object) for q in self.ox if q.graph_name != _INDEX_GRAPH
            )
            return ox.serialize(triples, out_arg, format=fmt, prefixes=PREFIXES)
        except (OSError, ValueError) as e:
            raise StoreError(f"cannot export store {self.path}: {_one_line(e)}") from None

    def rdflib_dataset(self, *, copy: bool = True) -> rdflib.Dataset:
        """The store as an rdflib `Dataset` (named graphs kept), e.g. for pyshacl or the JSON-LD serializer.

        ``copy=True`` (default) copies every quad into an in-memory rdflib Dataset: fast to query, detached from
        the store. ``copy=False`` returns a live view through oxrdflib (store plugin "Oxigraph").
        """
        if not copy:
            from oxrdflib import OxigraphStore

            return rdflib.Dataset(store=OxigraphStore(store=self.ox))
        ds = rdflib.Dataset()
        for prefix, ns in PREFIXES.items():
            ds.bind(prefix, ns)
        contexts: dict[Any, rdflib.Graph] = {}

        def context(g: Any) -> rdflib.Graph:
            if g not in contexts:
                contexts[g] = ds.default_graph if isinstance(g, ox.DefaultGraph) else ds.graph(_from_ox(g))
            return contexts[g]

        ds.addN(
            (_from_ox(q.subject), _from_ox(q.predicate), _from_ox(q.object), context(q.graph_name))
            for q in self.ox
            if q.graph_name != _INDEX_GRAPH
        )
        return ds
