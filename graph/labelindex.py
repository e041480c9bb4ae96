"""An index of the names and labels in a store, so that a named query looking for "names that contain X"
starts from the few labels that do instead of reading every label in the store.

Why: ``person_profile``, ``agency_posts_over_time`` and ``agency_assignments`` keep the persons or agencies
whose name contains the typed words (``CONTAINS(LCASE(STR(?label)), …)``). pyoxigraph has no text index, so
that filter reads every ``foaf:name``/``skos:prefLabel``/``skos:altLabel`` in the store: the part of those
queries that grows with the store (person_profile: 6.9 s at 100,000 notices, nearly all of it that scan).
This index holds each distinct label literal once, with its lower-cased text in an SQLite FTS5 trigram table
(like `ketluan.graph.textindex`); `LabelIndex.candidates` returns the literals that may contain the words,
and `ketluan.graph.queries` binds the query's label variable to them (the ``# labels:`` header), so the
SPARQL looks each one up. The query's own filter still decides: the answers are the same as without it.

Kept beside the store (``label-index.sqlite``) and keyed by `data_marker`, read in a few lookups from the
store's full-text index (the notices, kept in step by every ingest), resolution's digest of its inputs and
the ontology's hash. An index out of step is rebuilt before use (a scan of the labels: once per change of
the store, by the first query that needs it); when there is no usable full-text index, notices are being
written, or the index cannot be built (no write access, the data changing during the build), the query
runs as written — same answers, slower. The file is replaced atomically: readers never see half of one.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import unicodedata
from pathlib import Path

import pyoxigraph as ox

from ketluan.graph.textindex import TRIGRAM, fts_phrase, spellings

__all__ = ["LABEL_INDEX_FILE", "LABEL_PREDICATES", "LabelIndex", "data_marker"]

#: The index's file name inside the store folder.
LABEL_INDEX_FILE = "label-index.sqlite"
#: The predicates whose literal objects are indexed (in every graph).
LABEL_PREDICATES = (
    "http://xmlns.com/foaf/0.1/name",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2004/02/skos/core#altLabel",
)
#: Bumped when the tables change; an index of another version is rebuilt.
SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE labels(id INTEGER PRIMARY KEY, term TEXT NOT NULL, folded TEXT NOT NULL);
CREATE VIRTUAL TABLE labels_fts USING fts5(folded, content='labels', content_rowid='id', tokenize='trigram');
"""


_RESOLUTION_INPUTS = ox.NamedNode("https://w3id.org/ketluan/id/internal/resolution-inputs")
_SHA256 = ox.NamedNode("http://schema.org/sha256")
_ONTOLOGY_GRAPH = ox.NamedNode("https://w3id.org/ketluan/id/graph/ontology")


def data_marker(store_path: str | os.PathLike[str], view: ox.Store) -> str | None:
    """A marker of what the labels of the store are written from, read in a few lookups whatever the size of
    the store; ``None`` when there is none to trust (no usable full-text index, or notices being written).

    - the notices, from the store's full-text index (`ketluan.graph.textindex`), which every ingest keeps in
      step with the store (and which is marked stale when the store is written otherwise): how many, and the
      last row written (its rowid, notice and content hash). A notice added or replaced is written as a new
      last row (SQLite gives a new row the highest rowid + 1), so it changes the last row or its hash;
    - the digest resolution stores of its inputs (``kli:graph/resolved`` rewritten, judgements included);
    - the ontology graph's hash.

    An exact digest of every notice's hash would cost ~8 µs a notice (0.8 s at 100,000 notices) on every
    query; RocksDB's own files change under background compaction. Blind, like the full-text index, to a
    label changed by a raw SPARQL update on the store: delete ``label-index.sqlite`` after such an edit."""
    from ketluan.graph.textindex import TextIndex

    index = TextIndex.open(store_path)
    if index is None:
        return None
    try:
        if index.pending():
            return None
        count, last = index.db.execute("SELECT count(*), max(rowid) FROM notices").fetchone()
        row = index.db.execute("SELECT graph, content_hash FROM notices WHERE rowid = ?", (last,)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        index.close()
    parts = [f"notices {count} {last} {row}"]
    for quad in view.quads_for_pattern(None, _RESOLUTION_INPUTS, None, None):
        parts.append(f"resolution {quad.object.value}")
    for quad in view.quads_for_pattern(_ONTOLOGY_GRAPH, _SHA256, None, _ONTOLOGY_GRAPH):
        parts.append(f"ontology {quad.object.value}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _view_notices(view: ox.Store) -> int:
    """How many notices ``view`` holds (a count: no text is read)."""
    solutions = view.query(
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g <https://w3id.org/ketluan/ontology#contentHash> ?h } }"
    )
    assert isinstance(solutions, ox.QuerySolutions)
    return int(next(iter(solutions))[0].value)


def _folded(value: str) -> str:
    """What a label is matched on: its lower-cased text and, where it differs, its case-folded text (so the
    candidates are a superset of what SPARQL's LCASE finds, whatever the two disagree on)."""
    lower = value.lower()
    folded = value.casefold()
    return lower if folded == lower else f"{lower}\n{folded}"


class LabelIndex:
    """One open label index (read-only: it is only ever written whole, by `build`)."""

    def __init__(self, path: Path, db: sqlite3.Connection) -> None:
        self.path = path
        self.db = db

    def close(self) -> None:
        self.db.close()

    @classmethod
    def for_store(cls, store_path: str | os.PathLike[str], view: ox.Store) -> LabelIndex | None:
        """The index of the store at ``store_path`` for the data ``view`` (that store, opened for writing or
        read-only) sees, built or rebuilt from ``view`` first if it is not in step with it; ``None`` when there
        is no usable one (the caller then runs its query as written)."""
        path = Path(store_path) / LABEL_INDEX_FILE
        try:
            marker = data_marker(store_path, view)
        except OSError:
            return None
        if marker is None:
            return None
        index = cls._open(path, marker)
        if index is None and cls.build(store_path, marker, view):
            index = cls._open(path, marker)
        return index

    @classmethod
    def _open(cls, path: Path, marker: str) -> LabelIndex | None:
        if not path.is_file():
            return None
        try:
            db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        except (sqlite3.Error, OSError, ValueError):
            return None
        if meta.get("schema") != SCHEMA_VERSION or meta.get("marker") != marker:
            db.close()
            return None
        return cls(path, db)

    @staticmethod
    def build(store_path: str | os.PathLike[str], marker: str, view: ox.Store) -> bool:
        """Build the index from ``view`` (the store at ``store_path``) for ``marker`` (`data_marker` of
        ``view``) and put it in place atomically; ``False`` (and nothing written) when the data changed during
        the build or the folder is not writable."""
        folder = Path(store_path)
        try:
            # a reader opened read-only sees the data as of its opening: it builds only if it sees the notices
            # the full-text index knows (else its index could lack the newest labels for later readers)
            from ketluan.graph.textindex import TextIndex

            text = TextIndex.open(folder)
            if text is None:
                return False
            try:
                known = text.notice_count()
            finally:
                text.close()
            if _view_notices(view) != known:
                return False
            # DISTINCT in the engine: a label that many notices repeat is read many times, kept once
            union = " UNION ".join(f"{{ ?s <{p}> ?label }}" for p in LABEL_PREDICATES)
            solutions = view.query(
                f"SELECT DISTINCT ?label WHERE {{ {union} FILTER(isLiteral(?label)) }}",
                use_default_graph_as_union=True,
            )
            assert isinstance(solutions, ox.QuerySolutions)
            terms = [solution[0] for solution in solutions]
        except OSError:
            return False
        if data_marker(folder, view) != marker:
            return False
        try:
            fd, tmp = tempfile.mkstemp(prefix=".label-index-", suffix=".tmp", dir=folder)
            os.close(fd)
            os.chmod(tmp, 0o644)  # readable by whoever may read the store
        except OSError:
            return False
        try:
            db = sqlite3.connect(tmp)
            db.executescript(_SCHEMA)
            db.executemany(
                "INSERT INTO labels(term, folded) VALUES (?, ?)",
                ((str(t), _folded(unicodedata.normalize("NFC", t.value))) for t in terms),
            )
            db.execute("INSERT INTO labels_fts(labels_fts) VALUES ('rebuild')")
            db.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?)", [("schema", SCHEMA_VERSION), ("marker", marker)]
            )
            db.commit()
            db.close()
            os.replace(tmp, folder / LABEL_INDEX_FILE)
        except (sqlite3.Error, OSError):
            Path(tmp).unlink(missing_ok=True)
            return False
        return True

    def candidates(self, text: str, limit: int) -> list[ox.Literal] | None:
        """The label literals whose text may contain ``text`` (ignoring case, either tone placement: a superset
        of what the query's filter keeps), or ``None`` when there are more than ``limit`` of them or ``text``
        is empty (every label matches: the query is better run as written)."""
        forms = [s for s in spellings(text) if s]
        if not forms:
            return None
        if all(len(s) >= TRIGRAM for s in forms):
            sql = (
                "SELECT term FROM labels WHERE id IN "
                "(SELECT rowid FROM labels_fts WHERE labels_fts MATCH ?) LIMIT ?"
            )
            args: list[object] = [" OR ".join(fts_phrase(s) for s in forms), limit + 1]
        else:  # no trigram in one or two characters: a scan of this table (still far smaller than the store)
            sql = (
                f"SELECT term FROM labels WHERE {' OR '.join('instr(folded, ?) > 0' for _ in forms)} LIMIT ?"
            )
            args = [*forms, limit + 1]
        try:
            terms = [row[0] for row in self.db.execute(sql, args)]
        except sqlite3.Error:
            return None
        if len(terms) > limit:
            return None
        return [_literal(t) for t in terms]


def _literal(ntriples: str) -> ox.Literal:
    """A literal from its N-Triples form, as stored by `LabelIndex.build`."""
    quads = ox.parse(f"<urn:s> <urn:p> {ntriples} .".encode(), format=ox.RdfFormat.N_TRIPLES)
    term = next(iter(quads)).object
    assert isinstance(term, ox.Literal)
    return term
