"""An analyst's curation of entity resolution: "these two are the same", "never merge these".

Judgements are kept in a CSV file inside the store folder (``judgements.csv``), so they travel with the store,
survive every re-run, and can be read, edited, diffed and reviewed by people without ketluan. Each line
names two per-notice nodes (``kli:person/{notice}/{name}`` or ``kli:agency/{notice}/{name}``), whose IRIs are
stable across re-ingests; a judgement given on a resolved IRI is stored on one of its per-notice nodes,
because resolved IRIs may change when the clusters do. This is how nomenklatura/OpenSanctions curates:
pairwise positive and negative judgements applied on every later resolution.

    judgement,left,right,note,author,date
    same,https://w3id.org/ketluan/id/person/2018-x/tran-thi-hoa,https://w3id.org/ketluan/id/person/2021-y/tran-thi-hoa,promoted,lan,2026-11-22
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from dataclasses import dataclass
from pathlib import Path

from ketluan.graph.errors import GraphError

__all__ = ["FILE_NAME", "Judgement", "JudgementError", "read_judgements", "write_judgements"]

#: The judgements file's name inside the store folder.
FILE_NAME = "judgements.csv"
FIELDS = ("judgement", "left", "right", "note", "author", "date")
KINDS = ("same", "different")


class JudgementError(GraphError):
    """The judgements file cannot be read or a judgement is malformed."""


@dataclass(frozen=True, slots=True)
class Judgement:
    kind: str  # "same" | "different"
    left: str  # a per-notice node IRI
    right: str
    note: str = ""
    author: str = ""
    date: str = ""

    @property
    def pair(self) -> frozenset[str]:
        return frozenset((self.left, self.right))


def judgements_path(store_path: str | os.PathLike[str]) -> Path:
    return Path(store_path) / FILE_NAME


def read_judgements(path: str | os.PathLike[str]) -> list[Judgement]:
    """The judgements in ``path`` (a missing file is no judgements). Later lines override earlier ones."""
    path = Path(path)
    if not path.exists():
        return []
    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise JudgementError(f"{path}: cannot read the judgements file ({e}) — fix or remove it") from None
    reader = csv.DictReader(io.StringIO(text))
    missing = [f for f in ("judgement", "left", "right") if f not in (reader.fieldnames or [])]
    if missing:
        raise JudgementError(
            f"{path}: the header must name the columns {', '.join(FIELDS)} (missing: {', '.join(missing)})"
        )
    latest: dict[frozenset[str], Judgement] = {}
    for lineno, row in enumerate(reader, start=2):
        kind = (row.get("judgement") or "").strip().lower()
        left, right = (row.get("left") or "").strip(), (row.get("right") or "").strip()
        if not kind and not left and not right:
            continue
        if kind not in KINDS:
            raise JudgementError(f"{path}:{lineno}: judgement must be 'same' or 'different', not {kind!r}")
        if not left or not right or left == right:
            raise JudgementError(f"{path}:{lineno}: a judgement needs two different IRIs (left, right)")
        j = Judgement(
            kind,
            left,
            right,
            (row.get("note") or "").strip(),
            (row.get("author") or "").strip(),
            (row.get("date") or "").strip(),
        )
        latest.pop(j.pair, None)  # a later line wins and moves to the end
        latest[j.pair] = j
    return list(latest.values())


def write_judgements(path: str | os.PathLike[str], judgements: list[Judgement]) -> None:
    """Rewrite ``path`` atomically (write a temporary file, then rename)."""
    path = Path(path)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(FIELDS)
    for j in judgements:
        w.writerow([j.kind, j.left, j.right, j.note, j.author, j.date])
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(buf.getvalue(), "utf-8")
        os.replace(tmp, path)
    except OSError as e:
        raise JudgementError(f"{path}: cannot write the judgements file ({e})") from None


def add_judgement(
    path: str | os.PathLike[str], kind: str, left: str, right: str, note: str = "", author: str = ""
) -> Judgement:
    """Append (or replace) the judgement on the pair ``left``/``right`` and save the file."""
    if kind not in KINDS:
        raise JudgementError(f"judgement must be one of {', '.join(KINDS)}, not {kind!r}")
    j = Judgement(kind, left, right, note, author or os.environ.get("USER", ""), dt.date.today().isoformat())
    existing = [x for x in read_judgements(path) if x.pair != j.pair]
    write_judgements(path, [*existing, j])
    return j
