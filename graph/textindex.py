"""The full-text index of directive texts: an SQLite FTS5 database kept in the store folder.

Why: a ``CONTAINS(LCASE(?text), …)`` filter makes pyoxigraph read every directive's text (6.4 s for
``search_directives`` on 10,000 notices). The index answers "which directives contain these words" from
SQLite instead, and the SPARQL then only looks those up (`ketluan.graph.queries`, the ``# fulltext:``
header), or `search` answers it alone (``ketluan search``).

What is matched — the same thing the SPARQL filter of ``queries/search_directives.rq`` matches:

- **substrings**, ignoring case: "cân" finds "cân", "cân đối" and "Cân"; "an" finds "ban" and "Long An".
  FTS5's ``trigram`` tokenizer indexes every three characters, so a substring of three characters or more is
  an index lookup (a phrase of its trigrams: the words in that order, spaces included) — "kiểm định cân"
  is found as one phrase. Shorter text (one or two characters, e.g. "sở") is a scan of this table, still
  far cheaper than a scan of the store;
- **diacritics must match** ("cân" is not "căn" nor "cần"; "đo lường" is not "do luong"): in Vietnamese
  they tell words apart, so folding them (``remove_diacritics``) would flood the answers. Case is folded by
  the tokenizer (every Vietnamese capital, tested);
- **either tone placement** of a final oa/oe/uy ("hoà" = "hòa", "thuỷ" = "thủy"): the text is looked up as
  written with the tone moved to the first vowel and to the second (`fold_tones` / `unfold_tones`), as the
  named query binds ``?qFolded``/``?qUnfolded``.

User text is never FTS5 syntax: each spelling is one double-quoted FTS5 string (quotes doubled), so
``*``, ``NEAR``, ``-``, ``:``, ``AND``, ``(`` are only characters to look for.

Tables: ``notices`` (notice graph IRI, file, content hash: what the index was built from), ``notice_places``
(the provinces and years of each notice and its meetings: which notice graphs a query about one province
and some years must look at, the ``# places:`` header of `ketluan.graph.queries`), ``directives``
(one row per ``kl:Directive``: IRI, graph, text and the fields ``ketluan search`` prints), the FTS5 table
``directives_fts`` over ``directives.text`` (external content, kept by triggers), ``pending`` (the journal
of notices being written, see `ketluan.graph.textsync`) and ``meta`` (schema version, a stale mark).
Writes are WAL-mode transactions with ``synchronous=NORMAL``: a killed process loses nothing committed.
"""

from __future__ import annotations

import sqlite3
import time
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ketluan.graph.errors import StoreError
from ketluan.ingest.text import fold_tones, unfold_tones

__all__ = [
    "INDEX_FILE",
    "SCHEMA_VERSION",
    "Candidates",
    "DirectiveRow",
    "Hit",
    "NoticeRow",
    "TextIndex",
    "fts_phrase",
    "index_path",
    "spellings",
]

#: The index's file name inside the store folder.
INDEX_FILE = "text-index.sqlite"
#: Bumped when the tables change; an index of another version is rebuilt.
SCHEMA_VERSION = "2"  # 2: notice_places
#: Below this many characters a spelling has no trigram: it is found by a scan.
TRIGRAM = 3
#: FTS5's ``automerge``: how many segments of one level are merged into one (SQLite's default is 4).
AUTOMERGE = 16

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS notices(
  graph TEXT PRIMARY KEY, source_file TEXT NOT NULL, content_hash TEXT NOT NULL,
  title TEXT, province TEXT);
CREATE TABLE IF NOT EXISTS notice_places(graph TEXT NOT NULL, province TEXT NOT NULL, year INTEGER);
CREATE INDEX IF NOT EXISTS notice_places_key ON notice_places(province, year);
CREATE INDEX IF NOT EXISTS notice_places_graph ON notice_places(graph);
CREATE TABLE IF NOT EXISTS pending(graph TEXT PRIMARY KEY, since REAL NOT NULL);
CREATE TABLE IF NOT EXISTS directives(
  id INTEGER PRIMARY KEY, iri TEXT NOT NULL, graph TEXT NOT NULL, text TEXT NOT NULL,
  due TEXT, meeting_date TEXT, topics TEXT NOT NULL DEFAULT '', agencies TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS directives_graph ON directives(graph);
CREATE VIRTUAL TABLE IF NOT EXISTS directives_fts USING fts5(
  text, content='directives', content_rowid='id', tokenize='trigram');
CREATE TRIGGER IF NOT EXISTS directives_ai AFTER INSERT ON directives BEGIN
  INSERT INTO directives_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS directives_ad AFTER DELETE ON directives BEGIN
  INSERT INTO directives_fts(directives_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
"""


def index_path(store_path: str | Path) -> Path:
    """Where the index of the store at ``store_path`` lives."""
    return Path(store_path) / INDEX_FILE


@dataclass(frozen=True, slots=True)
class NoticeRow:
    """What the index knows of one notice: enough to tell whether it is the notice stored now."""

    graph: str
    source_file: str
    content_hash: str
    title: str | None = None
    province: str | None = None
    #: (province, year) pairs that may be a meeting's of this notice: every province and every year that the
    #: notice and its meetings carry, crossed (a superset: the query decides); year None when none is dated
    places: tuple[tuple[str, int | None], ...] = ()


@dataclass(frozen=True, slots=True)
class DirectiveRow:
    """One directive as indexed: ``topics`` are klt: local names and ``agencies`` the assignees' labels,
    each joined with ``"; "``."""

    iri: str
    graph: str
    text: str
    due: str | None = None
    meeting_date: str | None = None
    topics: str = ""
    agencies: str = ""


@dataclass(frozen=True, slots=True)
class Hit:
    """One search answer: the directive and its notice, ``start``/``end`` the match within ``text``."""

    directive: DirectiveRow
    notice: NoticeRow
    start: int
    end: int

    def snippet(self, width: int = 160, mark: tuple[str, str] = ("«", "»")) -> str:
        """The text around the match, about ``width`` characters, the match between ``mark``, cut ends "…".

        >>> row = DirectiveRow("d", "g", "Sở Khoa học tổ chức kiểm định cân tại các chợ")
        >>> Hit(row, NoticeRow("g", "f", "h"), 20, 29).snippet(30)
        '…c tổ chức «kiểm định» cân tại c…'
        """
        text = " ".join(self.directive.text.split()) if self.start == self.end else self.directive.text
        if self.start == self.end:
            return text[:width] + ("…" if len(text) > width else "")
        room = max(0, width - (self.end - self.start)) // 2
        left, right = max(0, self.start - room), min(len(text), self.end + room)
        head = ("…" if left else "") + text[left : self.start]
        tail = text[self.end : right] + ("…" if right < len(text) else "")
        middle = text[self.start : self.end]
        return " ".join(f"{head}{mark[0]}{middle}{mark[1]}{tail}".split("\n"))


@dataclass(frozen=True, slots=True)
class Candidates:
    """The directives that may contain the text (`TextIndex.candidates`): ``iris`` from the index (a superset
    of the true answers), and ``pending`` notice graphs being written right now, whose directives the index
    cannot vouch for — a query must take every directive of those graphs as a candidate too."""

    iris: list[str]
    pending: list[str]


def spellings(text: str) -> list[str]:
    """The lower-cased spellings looked for: ``text`` with its tones folded and unfolded (one or two)."""
    text = unicodedata.normalize("NFC", text)
    return list(dict.fromkeys(s.lower() for s in (fold_tones(text), unfold_tones(text))))


def fts_phrase(text: str) -> str:
    """``text`` as one FTS5 string: double quotes doubled, so nothing in it is FTS5 syntax.

    >>> fts_phrase('đo "lường" NEAR -x*')
    '"đo ""lường"" NEAR -x*"'
    """
    return '"' + text.replace('"', '""') + '"'


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


class TextIndex:
    """One open index. ``readonly=True`` for readers that do not hold the store (the endpoint's server): they
    never write, and `open` gives ``None`` when there is no usable index."""

    def __init__(self, path: Path, connection: sqlite3.Connection, *, readonly: bool) -> None:
        self.path = path
        self.readonly = readonly
        self._db: sqlite3.Connection | None = connection

    # -- opening ----------------------------------------------------------------------------------------

    @classmethod
    def create(cls, store_path: str | Path) -> tuple[TextIndex, bool]:
        """Open the index of the store at ``store_path`` for writing, creating it if missing.

        Returns ``(index, fresh)``: ``fresh`` is true when the index was just created (or was of another
        schema version and has been emptied), so the caller must fill it from the store.
        """
        path = index_path(store_path)
        try:
            existed = path.exists()
            db = sqlite3.connect(path, isolation_level=None, timeout=30.0, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            version = None
            if existed:
                try:
                    version = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
                except sqlite3.DatabaseError:
                    version = None
            fresh = not existed or version is None or version[0] != SCHEMA_VERSION
            if fresh:
                db.executescript(
                    "DROP TABLE IF EXISTS directives_fts; DROP TABLE IF EXISTS directives;"
                    "DROP TABLE IF EXISTS notices; DROP TABLE IF EXISTS notice_places;"
                    "DROP TABLE IF EXISTS pending; DROP TABLE IF EXISTS meta;"
                )
            db.executescript(_SCHEMA)
            # FTS5 merges its segments 4 at a time by default: at ~100 notices per ingest batch that merging
            # was ~0.2 of the index's 0.75 ms CPU per notice (10,000-notice index); 16 at a time costs ~0.55
            # and answers the same rows as fast (bench/INGEST.md). Stored in the index's config: set on every
            # writer's open, so an index made before this is switched too.
            db.execute(f"INSERT INTO directives_fts(directives_fts, rank) VALUES ('automerge', {AUTOMERGE})")
            if fresh:
                db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        except (sqlite3.Error, OSError) as e:
            raise StoreError(
                f"cannot open the text index {path}: {_one_line(e)} — check the folder's permissions and free "
                "space, or delete the file to have it rebuilt"
            ) from None
        return cls(path, db, readonly=False), fresh

    @classmethod
    def open(cls, store_path: str | Path, *, usable_only: bool = True) -> TextIndex | None:
        """The index of the store at ``store_path`` for reading, or ``None`` when there is none usable (no
        file, another schema version, marked stale, unreadable): the caller then searches without it.
        ``usable_only=False`` opens a stale index too (to report on it)."""
        path = index_path(store_path)
        if not path.is_file():
            return None
        try:
            db = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
            )
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        except (sqlite3.Error, OSError, ValueError):
            return None
        if meta.get("schema") != SCHEMA_VERSION or ("stale" in meta and usable_only):
            db.close()
            return None
        return cls(path, db, readonly=True)

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            raise StoreError(f"the text index {self.path} is closed")
        return self._db

    def close(self) -> None:
        """Release the database. Safe to call twice."""
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> TextIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _writing(self, what: str) -> Iterator[sqlite3.Connection]:
        """One write transaction; an SQLite failure becomes a one-line `StoreError` (nothing committed)."""
        db = self.db
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        except (sqlite3.Error, OSError) as e:
            raise StoreError(
                f"cannot write the text index {self.path} ({what}): {_one_line(e)} — check free space and "
                "permissions; `ketluan search --reindex` rebuilds it"
            ) from None

    # -- writing (only the process that holds the store) -------------------------------------------------

    def begin(self, graphs: Iterable[str]) -> None:
        """Journal that these notice graphs are about to change in the store (committed before the store is
        written: a crash before `put`/`drop` leaves the mark, and the next opening re-reads those graphs)."""
        now = time.time()
        with self._writing("journal") as db:
            db.executemany("INSERT OR REPLACE INTO pending VALUES (?, ?)", ((g, now) for g in graphs))

    def put(self, notice: NoticeRow, rows: Iterable[DirectiveRow]) -> None:
        """Make the index hold exactly ``rows`` for ``notice`` (its old rows go) and clear its journal mark."""
        with self._writing(notice.source_file) as db:
            self._put(db, notice, rows)

    def put_many(self, notices: Iterable[tuple[NoticeRow, list[DirectiveRow]]], what: str = "rebuild") -> int:
        """`put` for many notices in one transaction (a rebuild, a batch of an ingest); returns how many."""
        n = 0
        with self._writing(what) as db:
            for notice, rows in notices:
                self._put(db, notice, rows)
                n += 1
        return n

    @staticmethod
    def _put(db: sqlite3.Connection, notice: NoticeRow, rows: Iterable[DirectiveRow]) -> None:
        db.execute("DELETE FROM directives WHERE graph = ?", (notice.graph,))
        db.execute(
            "INSERT OR REPLACE INTO notices VALUES (?, ?, ?, ?, ?)",
            (notice.graph, notice.source_file, notice.content_hash, notice.title, notice.province),
        )
        db.execute("DELETE FROM notice_places WHERE graph = ?", (notice.graph,))
        db.executemany(
            "INSERT INTO notice_places VALUES (?, ?, ?)", ((notice.graph, p, y) for p, y in notice.places)
        )
        db.executemany(
            "INSERT INTO directives(iri, graph, text, due, meeting_date, topics, agencies) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            ((r.iri, notice.graph, r.text, r.due, r.meeting_date, r.topics, r.agencies) for r in rows),
        )
        db.execute("DELETE FROM pending WHERE graph = ?", (notice.graph,))

    def drop(self, graphs: Iterable[str]) -> None:
        """Forget these notices (removed from the store) and clear their journal marks."""
        with self._writing("remove") as db:
            for g in graphs:
                db.execute("DELETE FROM directives WHERE graph = ?", (g,))
                db.execute("DELETE FROM notices WHERE graph = ?", (g,))
                db.execute("DELETE FROM notice_places WHERE graph = ?", (g,))
                db.execute("DELETE FROM pending WHERE graph = ?", (g,))

    def clear(self) -> None:
        """Empty the index (before a rebuild); the stale mark goes too."""
        with self._writing("clear") as db:
            db.execute("DELETE FROM directives")
            db.execute("INSERT INTO directives_fts(directives_fts) VALUES ('delete-all')")
            db.execute("DELETE FROM notices")
            db.execute("DELETE FROM notice_places")
            db.execute("DELETE FROM pending")
            db.execute("DELETE FROM meta WHERE key = 'stale'")

    def optimize(self) -> None:
        """Merge the FTS5 segments (after a bulk build: smaller and faster to search)."""
        with self._writing("optimize") as db:
            db.execute("INSERT INTO directives_fts(directives_fts) VALUES ('optimize')")

    # -- state ------------------------------------------------------------------------------------------

    def pending(self) -> list[str]:
        """Notice graphs journalled as being written and not finished (a crash, or a writer at work)."""
        return [g for (g,) in self.db.execute("SELECT graph FROM pending ORDER BY graph")]

    def notices(self) -> dict[str, NoticeRow]:
        """graph -> what the index was built from, for every indexed notice (without their ``places``)."""
        return {
            r[0]: NoticeRow(*r)
            for r in self.db.execute("SELECT graph, source_file, content_hash, title, province FROM notices")
        }

    def notice(self, graph: str) -> NoticeRow | None:
        """What the index was built from for one notice, if it is indexed."""
        row = self.db.execute(
            "SELECT graph, source_file, content_hash, title, province FROM notices WHERE graph = ?", (graph,)
        ).fetchone()
        if not row:
            return None
        places = self.db.execute(
            "SELECT province, year FROM notice_places WHERE graph = ? ORDER BY province, coalesce(year, 0)",
            (graph,),
        ).fetchall()
        return NoticeRow(*row, places=tuple((p, y) for p, y in places))

    def notice_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM notices").fetchone()[0])

    def directive_rows(self, graph: str) -> list[DirectiveRow]:
        """The indexed rows of one notice, sorted by IRI (for `ketluan check`)."""
        rows = self.db.execute(
            "SELECT iri, graph, text, due, meeting_date, topics, agencies FROM directives WHERE graph = ? "
            "ORDER BY iri",
            (graph,),
        )
        return [DirectiveRow(*r) for r in rows]

    def stale_reason(self) -> str | None:
        """Why the index was marked stale (`mark_stale`), or ``None``."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'stale'").fetchone()
        return row[0] if row else None

    @staticmethod
    def mark_stale(store_path: str | Path, reason: str) -> None:
        """Mark the index of the store at ``store_path`` stale (if there is one): readers stop using it and the
        next writer rebuilds it. For writes that bypass `ketluan.graph.store.Store` (SPARQL Update through
        the endpoint), which could change any directive."""
        path = index_path(store_path)
        if not path.is_file():
            return
        try:
            db = sqlite3.connect(path, isolation_level=None, timeout=30.0)
            try:
                db.execute("INSERT OR REPLACE INTO meta VALUES ('stale', ?)", (reason,))
            finally:
                db.close()
        except sqlite3.Error as e:
            raise StoreError(
                f"cannot mark the text index {path} stale: {_one_line(e)} — delete the file; it is rebuilt "
                "from the store on the next ingest or search"
            ) from None

    def size_bytes(self) -> int:
        """The index's size on disk (database and write-ahead log)."""
        return sum(
            p.stat().st_size for p in (self.path, self.path.with_name(self.path.name + "-wal")) if p.exists()
        )

    # -- reading ----------------------------------------------------------------------------------------

    def _matching_ids(self, text: str) -> tuple[str, list[object]]:
        """SQL selecting ``directives.id`` of the rows that may contain ``text`` (either tone placement)."""
        forms = spellings(text)
        if all(len(s) >= TRIGRAM for s in forms):
            expr = " OR ".join(fts_phrase(s) for s in forms)
            return "SELECT rowid AS id FROM directives_fts WHERE directives_fts MATCH ?", [expr]
        # too short for a trigram: scan the texts (lower-cased in Python: SQLite's lower() is ASCII-only)
        self.db.create_function("kl_lower", 1, str.lower, deterministic=True)
        where = " OR ".join("instr(kl_lower(text), ?) > 0" for _ in forms)
        return f"SELECT id FROM directives WHERE {where}", list(forms)

    def candidates(self, text: str) -> Candidates:
        """The directives that may contain ``text`` (a superset of those that do: the query's own filter
        decides), and the notice graphs being written now (see `Candidates`)."""
        sql, args = self._matching_ids(text)
        try:
            iris = [
                iri
                for (iri,) in self.db.execute(
                    f"SELECT iri FROM directives WHERE id IN ({sql}) ORDER BY iri", args
                )
            ]
            return Candidates(iris=iris, pending=self.pending())
        except sqlite3.Error as e:
            raise StoreError(f"cannot read the text index {self.path}: {_one_line(e)}") from None

    def graphs_in(self, province: str, first_year: int, last_year: int) -> Candidates:
        """The notice graphs that may hold a meeting of ``province`` (as the store writes it) held from
        ``first_year`` to ``last_year`` (a superset: the query's own filter decides), in ``iris``, and the
        notice graphs being written right now in ``pending`` (the index cannot vouch for them)."""
        try:
            graphs = [
                g
                for (g,) in self.db.execute(
                    "SELECT DISTINCT graph FROM notice_places WHERE province = ? AND year BETWEEN ? AND ? "
                    "ORDER BY graph",
                    (province, first_year, last_year),
                )
            ]
            return Candidates(iris=graphs, pending=self.pending())
        except sqlite3.Error as e:
            raise StoreError(f"cannot read the text index {self.path}: {_one_line(e)}") from None

    def search(self, text: str, limit: int = 20) -> tuple[list[Hit], int]:
        """Directives whose text contains ``text`` (substring, any case, either tone placement), best first
        (FTS5's bm25 rank, then the newest meeting), at most ``limit``; and how many match in all."""
        forms = spellings(text)
        sql, args = self._matching_ids(text)
        columns = (
            "d.iri, d.graph, d.text, d.due, d.meeting_date, d.topics, d.agencies, "
            "n.graph, n.source_file, n.content_hash, n.title, n.province"
        )
        if sql.startswith("SELECT rowid"):  # an FTS5 lookup: ranked
            rows_sql = (
                f"SELECT {columns} FROM directives_fts JOIN directives d ON d.id = directives_fts.rowid "
                "JOIN notices n ON n.graph = d.graph WHERE directives_fts MATCH ? "
                "ORDER BY bm25(directives_fts), d.meeting_date DESC LIMIT ?"
            )
            count_sql = "SELECT count(*) FROM directives_fts WHERE directives_fts MATCH ?"
        else:  # a scan: newest first
            rows_sql = (
                f"SELECT {columns} FROM directives d JOIN notices n ON n.graph = d.graph "
                f"WHERE d.id IN ({sql}) ORDER BY d.meeting_date DESC LIMIT ?"
            )
            count_sql = f"SELECT count(*) FROM ({sql})"
        hits: list[Hit] = []
        try:
            total = int(self.db.execute(count_sql, args).fetchone()[0])
            for row in self.db.execute(rows_sql, [*args, limit]):
                directive, notice = DirectiveRow(*row[:7]), NoticeRow(*row[7:])
                found = _find(directive.text, forms)
                if found is not None:  # always, as FTS5 folds case like str.lower (tested): a guard
                    hits.append(Hit(directive, notice, *found))
        except sqlite3.Error as e:
            raise StoreError(f"cannot read the text index {self.path}: {_one_line(e)}") from None
        return hits, total


def _find(text: str, forms: list[str]) -> tuple[int, int] | None:
    """The first place one of ``forms`` occurs in ``text`` ignoring case, as offsets into ``text``."""
    lowered = text.lower()
    best = None
    for form in forms:
        i = lowered.find(form)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, i + len(form))
    if best is None:
        return None
    if len(lowered) != len(text):  # lower() changed the length (not in Vietnamese): no precise span
        return (0, 0)
    return best
