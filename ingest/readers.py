"""The entrance of the ingest pipeline: a notice file in, normalised text out.

``read_notice(path)`` picks a reader by suffix (.txt, .md/.markdown,
.html/.htm, .docx, .pdf), turns the file into plain text, repairs what can be
repaired (encodings, mojibake, legacy TCVN3/VNI fonts, markdown markup, HTML
page furniture), passes the result through `ketluan.ingest.text.normalise_text`
exactly once, puts back the layout a text copy lost (tables written one cell
per line, page numbers inside sentences: `ketluan.ingest.layout_repair`), and
refuses what cannot be read with a one-line
`UnreadableNoticeError` that says what to do.

What each reader does with noise
--------------------------------
txt   Decodes by BOM (UTF-8, UTF-16, UTF-32), then strict UTF-8, else picks the
      best of Windows-1258, TCVN3, VNI and charset-normalizer's guess. Repairs
      UTF-8-read-as-cp1252 mojibake (ftfy) and text typed in TCVN3/VNI fonts.
      Markdown rule: a .txt file is cleaned like a .md file when
      `strip_markdown` finds at least ``MARKDOWN_MIN_CONSTRUCTS`` (2) markdown
      constructs in it (an emphasis pair, a backslash escape, a heading, a
      link, an autolink...). The scraped seed notices are such files.
md    `strip_markdown`: ``**x**``/``*x*``/``***x***``/``__x__`` keep x;
      ``\\*`` becomes ``*``; heading ``#``s, ``>`` quote marks, ``***`` rules
      and trailing-backslash hard breaks go; ``[t](u)`` and ``![t](u)`` keep t;
      ``<http://…>`` autolinks are removed. Bullets (``* x``, ``- x``) stay.
html  Decodes by BOM, ``<meta charset>`` (unless it claims Latin-1 for valid
      UTF-8), else as txt. Drops script/style/noscript/template/svg/iframe,
      comments, hidden elements, nav/aside/menus/breadcrumbs/search, and
      header/footer/forms that are not the page's main content. Keeps the
      smallest ``<main>``/``<article>``/"content"-like block that still holds
      at least half of the page text (otherwise the whole body, so the
      notice's own text is never dropped); the headline and publication
      date a news page prints beside that block, not in it, come first
      (`_page_lead`). Block elements (p, div, h1…,
      table, ul) are separated by a blank line; li, tr and br start a new
      line. A list item opens with the marker a text copy of the page
      shows ("- ", "1. "; "+ " and "a) " nested, the list's type and start
      kept), unless it writes its own or is a link to another page (the
      "Tin khác" lists). Table rows follow the .docx rule below; a cell
      merged down (rowspan) is repeated in each row it covers, one merged
      across (colspan) is followed by empty cells, so that every cell
      stays under its heading. Text outside the chosen
      block (e.g. "Banner SKHCN" in a plain <div>) is kept: only marked-up
      furniture is removed. .txt files of scraped pages keep their furniture.
docx  The body's XML children in document order: paragraphs (runs, tabs,
      breaks, hyperlinks, fields' results, content controls, text boxes) and
      tables. Headers, footers, comments, footnotes and deleted text are left
      out. Table rows whose cells hold one paragraph each become one line,
      cells joined by ``CELL_SEPARATOR``; rows of layout tables (cells with
      several paragraphs, e.g. the "Nơi nhận" / signature block) become one
      line per paragraph, cell after cell. A data table (a row with at least
      ``DATA_ROW_MIN_CELLS`` filled one-paragraph cells: a table of tasks, of
      attendees) keeps each row on one line even where a cell holds several
      paragraphs, joined by `_join_cell_lines` (html and markdown tables
      alike). Empty cells are skipped, except in the rows of a data table,
      where they stay as empty cells so that every cell keeps its column;
      merged cells (vMerge, gridSpan) are laid out as for HTML.
pdf   pypdf plain text extraction, page by page, joined with newlines.

Every format then goes through the same repair (mojibake, TCVN3, VNI) and the
same garble check, because .docx and .html typed with .VnTime/VNI-Times fonts
carry the same legacy text as old .txt files.
"""

from __future__ import annotations

import bisect
import codecs
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ketluan.ingest.errors import IngestError, UnreadableNoticeError
from ketluan.ingest.lang.vi import legacy_encodings as legacy
from ketluan.ingest.lang.vi.orthography import (
    HARMLESS_SYMBOLS,
    TONED_LETTERS,
    VIETNAMESE_NON_ASCII_LETTERS,
)
from ketluan.ingest.lang.vi.page_layout import (
    COPYRIGHT_CUES,
    ITEM_LETTERS,
    PORTAL_OWNER_HEADS,
    RULE_GLYPHS,
    SITE_OWN_BODY_HEADS,
)
from ketluan.ingest.lang.vi.structure import TASK_TABLE_COLUMNS
from ketluan.ingest.layout_repair import is_column_heading, repair_layout
from ketluan.ingest.text import CELL_SEPARATOR, longest_first, match_key, normalise_text

__all__ = [
    "CELL_SEPARATOR",
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "SourceText",
    "read_notice",
    "read_notice_bytes",
    "repair_legacy_text",
    "strip_markdown",
    "tcvn3_to_unicode",
    "vni_to_unicode",
]

DEFAULT_MAX_BYTES = 20_000_000
#: A .txt file is cleaned as markdown when at least this many constructs are found.
MARKDOWN_MIN_CONSTRUCTS = 2

SUPPORTED_SUFFIXES: dict[str, str] = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}

_CONVERT_DOC_HINT = "convert it to .docx with LibreOffice: libreoffice --headless --convert-to docx FILE"
_OCR_HINT = "run OCR first (e.g. ocrmypdf -l vie in.pdf out.pdf) and read the OCRed PDF"


@dataclass(frozen=True, slots=True)
class SourceText:
    """A notice file turned into text.

    ``text`` is normalised (`normalise_text`); every offset used later points
    into it. ``encoding`` is the byte encoding that was detected for text
    formats ("utf-8", "utf-16-le", "cp1258", "tcvn3", "vni", …) and ``None``
    for .docx/.pdf. ``notes`` lists the repairs applied, e.g.
    ``("markdown markup removed",)``.
    """

    text: str
    source_file: str
    format: str  # "txt" | "md" | "html" | "docx" | "pdf"
    encoding: str | None
    notes: tuple[str, ...] = ()


# --------------------------------------------------------------------------- entry points


def read_notice(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read one notice file and return its normalised text.

    Raises `UnreadableNoticeError` (a subclass of `IngestError`) with a
    one-line message when the file cannot be read: unsupported suffix,
    missing, larger than ``max_bytes``, empty, binary, undecodable or
    garbled, legacy .doc, corrupt .docx/.pdf, encrypted or scanned PDF.
    """
    p = Path(path)
    fmt = _format_of(p)
    try:
        if not p.is_file():
            what = "is a directory" if p.is_dir() else "does not exist"
            raise UnreadableNoticeError(p, f"file {what}", "check the path", code="E102")
        size = p.stat().st_size
        _check_size(p, size, max_bytes)
        with p.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise UnreadableNoticeError(
            p,
            f"cannot open the file ({error.strerror or error})",
            "check the path and permissions",
            code="E102",
        ) from error
    _check_size(p, len(data), max_bytes)
    return _read(data, p, fmt, max_bytes)


def read_notice_bytes(data: bytes, file_name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Like `read_notice` for content already in memory (e.g. an upload).

    ``file_name`` supplies the suffix that selects the reader and the name
    used in messages.
    """
    p = Path(file_name)
    fmt = _format_of(p)
    _check_size(p, len(data), max_bytes)
    return _read(data, p, fmt, max_bytes)


def _format_of(p: Path) -> str:
    fmt = SUPPORTED_SUFFIXES.get(p.suffix.lower())
    if fmt is None:
        suffix = p.suffix or "(no suffix)"
        supported = ", ".join(SUPPORTED_SUFFIXES)
        hint = f"supported: {supported}"
        if p.suffix.lower() == ".doc":
            raise UnreadableNoticeError(
                p, "legacy Word .doc files are not read", f"{_CONVERT_DOC_HINT}; {hint}", code="E107"
            )
        if p.suffix.lower() in {".rtf", ".odt"}:
            hint = f"save it as .docx; {hint}"
        raise UnreadableNoticeError(p, f"unsupported file type {suffix}", hint, code="E101")
    return fmt


def _check_size(p: Path, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise UnreadableNoticeError(
            p,
            f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes (setting max_bytes)",
            "raise the limit (ketluan ingest --max-mb, or max_bytes= in read_notice) or split the file",
            code="E103",
        )


_NOTE_TCVN3 = "converted from TCVN3"
_NOTE_VNI = "converted from VNI"
_NOTE_MOJIBAKE = "mojibake repaired (UTF-8 read as Windows-1252)"
_NOTE_ENCODINGS = {_NOTE_TCVN3: "tcvn3", _NOTE_VNI: "vni"}


def _read(data: bytes, p: Path, fmt: str, max_bytes: int) -> SourceText:
    if not data.strip():
        raise UnreadableNoticeError(
            p, "file is empty" if not data else "file holds only whitespace",
            "check that the download or export finished", code="E104",
        )  # fmt: skip
    reader = _READERS[fmt]
    raw, encoding, notes = reader(data, p, max_bytes)
    raw, repair_notes = repair_legacy_text(raw)
    if encoding is not None:  # text typed in a legacy font: that is the real encoding
        encoding = next((_NOTE_ENCODINGS[n] for n in repair_notes if n in _NOTE_ENCODINGS), encoding)
    _check_not_garbled(raw, p)
    text = normalise_text(raw)
    text, layout_notes = repair_layout(text, fmt)
    if layout_notes:
        text = normalise_text(text)  # a removed line may leave blank lines to fold
        repair_notes = (*repair_notes, *layout_notes)
    if not text:
        raise UnreadableNoticeError(
            p, "no text found in the file", "check that this is the notice itself", code="E104"
        )
    return SourceText(
        text=text, source_file=p.name, format=fmt, encoding=encoding, notes=(*notes, *repair_notes)
    )


# --------------------------------------------------------------------------- text sniffing


_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "this is a PDF file", "rename it to .pdf"),
    (b"PK\x03\x04", "this is a ZIP package (e.g. a .docx)", "rename it to .docx if it is a Word document"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "this is a legacy Microsoft Office file (OLE2, e.g. .doc)",
        _CONVERT_DOC_HINT,
    ),
    (b"{\\rtf", "this is an RTF document", "save it as .docx and read that"),
    (b"\x89PNG", "this is a PNG image", "run OCR (e.g. tesseract -l vie) and read the text"),
    (b"\xff\xd8\xff", "this is a JPEG image", "run OCR (e.g. tesseract -l vie) and read the text"),
    (b"GIF8", "this is a GIF image", "run OCR (e.g. tesseract -l vie) and read the text"),
    (b"II*\x00", "this is a TIFF image", "run OCR (e.g. tesseract -l vie) and read the text"),
    (b"MM\x00*", "this is a TIFF image", "run OCR (e.g. tesseract -l vie) and read the text"),
)

# Bytes that do not occur in text files (tab, LF, VT, FF, CR, ESC and SUB excluded).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0E, 0x0F, *range(0x10, 0x1A), 0x1C, 0x1D, 0x1E, 0x1F, 0x7F])


def _sniff_other_format(data: bytes, p: Path) -> None:
    for magic, what, hint in _SIGNATURES:
        if data.startswith(magic):
            raise UnreadableNoticeError(p, f"{what}, not {p.suffix} text", hint, code="E105")


def _guess_utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _mostly_latin(text: str) -> bool:
    """True when nine in ten characters are Latin, Vietnamese or punctuation (a text, not noise)."""
    sample = text[:4096]
    latin = sum(1 for c in sample if c < "\u0250" or "\u1e00" <= c <= "\u206f")
    return latin >= 0.9 * len(sample)


def _check_binary(data: bytes, p: Path) -> None:
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if b"\x00" in sample or controls > max(8, len(sample) // 100):
        raise UnreadableNoticeError(
            p, "binary content (NUL or control bytes), not text",
            "check that this is the notice as text, or use the matching suffix (.docx, .pdf)", code="E105",
        )  # fmt: skip


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _decode_text(data: bytes, p: Path) -> tuple[str, str]:
    """Decode the bytes of a text file; returns (text, encoding name)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), codec + ("-sig" if codec == "utf-8" else "")
            except UnicodeDecodeError as error:
                raise UnreadableNoticeError(
                    p, f"starts with a {codec} byte-order mark but is not valid {codec} ({error.reason} at byte {error.start})",
                    "re-save the file as UTF-8", code="E106",
                ) from error  # fmt: skip
    _sniff_other_format(data, p)
    utf16 = _guess_utf16_without_bom(data)
    if utf16 is not None:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            pass
        else:
            if _mostly_latin(text):
                return text, utf16
    _check_binary(data, p)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _best_legacy_decoding(data)


def _best_legacy_decoding(data: bytes) -> tuple[str, str]:
    """Bytes that are not UTF-8: try the Vietnamese single-byte encodings."""
    latin = data.decode("latin-1")
    candidates: list[tuple[str, str]] = []
    try:
        candidates.append((unicodedata.normalize("NFC", data.decode("cp1258")), "cp1258"))
    except UnicodeDecodeError:
        pass
    candidates.append((tcvn3_to_unicode(latin), "tcvn3"))
    candidates.append((vni_to_unicode(latin), "vni"))
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None:
            candidates.append((unicodedata.normalize("NFC", str(best)), best.encoding))
    except Exception:  # noqa: BLE001 - a detector failure only removes a candidate
        pass
    try:
        candidates.append((data.decode("cp1252"), "cp1252"))
    except UnicodeDecodeError:
        candidates.append((latin, "latin-1"))
    return min(candidates, key=lambda c: _rank(c[0]))  # first wins ties


# --------------------------------------------------------------------------- legacy encodings and garble check


_TCVN3_TABLE = str.maketrans(legacy.TCVN3_TO_UNICODE)


def tcvn3_to_unicode(text: str) -> str:
    """Convert text typed in a TCVN3 (ABC) font, read as Latin-1/cp1252, to Unicode.

    >>> tcvn3_to_unicode("Th«ng b¸o kÕt luËn")
    'Thông báo kết luận'
    """
    return text.translate(_TCVN3_TABLE)


def _build_vni_table() -> dict[str, str]:
    table = dict(legacy.VNI_SINGLE_CHARACTERS)

    def add(bases: str, marks: dict[str, str], modifier: str) -> None:
        for base in bases:
            letter = legacy.VNI_SINGLE_CHARACTERS.get(base, base)
            for mark, tone in marks.items():
                composed = unicodedata.normalize("NFC", letter + modifier + tone)
                table[base + mark] = composed
                table[base + mark.upper()] = composed

    add(legacy.VNI_TONE_BASES, legacy.VNI_TONE_MARKS, "")
    add(legacy.VNI_CIRCUMFLEX_BASES, legacy.VNI_CIRCUMFLEX_MARKS, "\u0302")
    add(legacy.VNI_BREVE_BASES, legacy.VNI_BREVE_MARKS, "\u0306")
    return table


_VNI_TABLE = _build_vni_table()
_VNI_RE = re.compile(longest_first(_VNI_TABLE))


def vni_to_unicode(text: str) -> str:
    """Convert text typed in a VNI font, read as Latin-1/cp1252, to Unicode.

    >>> vni_to_unicode("Thoâng baùo keát luaän, Vieät Nam")
    'Thông báo kết luận, Việt Nam'
    """
    return unicodedata.normalize("NFC", _VNI_RE.sub(lambda m: _VNI_TABLE[m.group(0)], text))


# Characters that are not Vietnamese and show up when bytes are read in the
# wrong encoding: Latin-1/Latin Extended letters and symbols outside the
# Vietnamese alphabet, the cp1252 extras, C1 controls and U+FFFD.
_SUSPECT = (
    ({chr(c) for c in range(0x80, 0x250)} | set("ˆ˜‚„†‡‰‹›™\ufffd"))
    - VIETNAMESE_NON_ASCII_LETTERS
    - HARMLESS_SYMBOLS
    - {"\u00a0"}
)
# counted by a character class's findall: ~5x faster than str.translate with a deleting dict on a notice
_SUSPECT_RE = re.compile("[" + re.escape("".join(sorted(_SUSPECT))) + "]")
_VIETNAMESE_RE = re.compile("[" + re.escape("".join(sorted(VIETNAMESE_NON_ASCII_LETTERS))) + "]")
_TONED = "".join(sorted(TONED_LETTERS))
# A word with two toned letters cannot be Vietnamese (one tone per syllable) — unless a capital between them
# starts the next syllable: the words of a hashtag or a CamelCase name run together ("#HộPhòng",
# "#ChuyểnĐổiSố", common in social-media posts of communes).
_CAPITALS = "".join(sorted({c for c in VIETNAMESE_NON_ASCII_LETTERS if c.isupper()})) + "A-Z"
_TWO_TONES_RE = re.compile(f"[{_TONED}](?:(?![{_CAPITALS}])[^\\W\\d_])*?[{_TONED}]")


# a decorative rule: three or more of one rule glyph in a row ("¯¯¯¯¯¯¯" under "VĂN PHÒNG" in a notice copied
# out of Word); the garble counts skip it, as they skip the symbols of HARMLESS_SYMBOLS
_DECORATIVE_RULE_RE = re.compile("([" + re.escape(RULE_GLYPHS) + "])\\1{2,}")


def _counts(text: str) -> tuple[int, int, int]:
    """(Vietnamese letters, suspect characters, impossible words) in ``text``."""
    text = _DECORATIVE_RULE_RE.sub(" ", text)
    vietnamese = len(_VIETNAMESE_RE.findall(text))
    suspect = len(_SUSPECT_RE.findall(text))
    impossible = sum(1 for _ in _TWO_TONES_RE.finditer(text))
    return vietnamese, suspect, impossible


def _rank(text: str) -> tuple[int, int]:
    """Sort key of a decoding candidate: least garbled first, then most Vietnamese letters."""
    vietnamese, suspect, impossible = _counts(text)
    return suspect + 2 * impossible, -vietnamese


# Vietnamese letters no single-byte reading can produce (ă đ ĩ ũ ơ ư and the letters of Latin Extended Additional,
# all beyond U+00FF): a text that writes them is Unicode already, whatever a few Latin-1 symbols in it suggest.
_UNICODE_ONLY_RE = re.compile(
    "[" + re.escape("".join(sorted(c for c in VIETNAMESE_NON_ASCII_LETTERS if ord(c) > 0xFF))) + "]"
)


def _garble(text: str) -> tuple[int, int]:
    """(garble count, size) — the count weighs impossible words double."""
    _, suspect, impossible = _counts(text)
    size = len(text) - text.count(" ")
    return suspect + 2 * impossible, size


def repair_legacy_text(text: str) -> tuple[str, tuple[str, ...]]:
    """Repair text that looks garbled: UTF-8 mojibake (ftfy), TCVN3 or VNI fonts.

    Clean text is returned unchanged. Returns the text and a note naming the
    repair applied, if any.

    >>> repair_legacy_text("Th«ng b¸o kÕt luËn cña Gi¸m ®èc Së")
    ('Thông báo kết luận của Giám đốc Sở', ('converted from TCVN3',))
    """
    garble, _ = _garble(text)
    if garble < 2:
        return text, ()
    import ftfy

    candidates = [(text, ""), (ftfy.fix_encoding(text), _NOTE_MOJIBAKE)]
    # A legacy font's text is converted only when its garble outweighs the letters only Unicode writes: valid
    # UTF-8 Vietnamese with a few footnote marks or unit signs ("¹", "°C") is not TCVN3 — converting it would
    # turn every "ô" into "ụ" ("Cụng nghệ"). A document mixing both (a Unicode header over a .VnTime body)
    # still has far more garbled characters than Unicode letters.
    if garble > len(_UNICODE_ONLY_RE.findall(text)):
        candidates += [(tcvn3_to_unicode(text), _NOTE_TCVN3), (vni_to_unicode(text), _NOTE_VNI)]
    best, note = min(candidates, key=lambda c: _rank(c[0]))  # the original wins ties
    return (best, (note,)) if note else (text, ())


def _check_not_garbled(text: str, p: Path) -> None:
    garble, size = _garble(text)
    if garble >= 3 and garble > size * 0.005:
        raise UnreadableNoticeError(
            p,
            f"text is garbled after decoding ({garble} impossible characters or words in {size:,}; "
            "tried UTF-8, UTF-16, Windows-1258, TCVN3, VNI and mojibake repair)",
            "re-save the notice as UTF-8 (e.g. with UniKey's converter) and read it again",
            code="E106",
        )


# --------------------------------------------------------------------------- markdown


_MD_TOKEN_RE = re.compile(r"\\[!-/:-@\[-`{-~]|\*+|_+")
_MD_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")
_MD_BOLD_CELLS_RE = re.compile(r"(?<=\S)\*\*[ \t]+\*\*(?=\S)")
_MD_LINK_RE = re.compile(r"!?\[([^\[\]\n]*)\]\(([^()\s]*)\)")
_MD_AUTOLINK_RE = re.compile(r"<(?:https?|ftp)://[^\s<>]*>|<mailto:[^\s<>]*>")
# a footnote's mark in the running text ("… năm 2021[^1]. Thành phần …", pandoc's markdown); the note itself
# ("[^1]: Thực hiện …", at the line's start) keeps its label
_MD_FOOTNOTE_REF_RE = re.compile(r"(?<=\S)\[\^[^\[\]\s]{1,12}\](?!:)")


def _strip_markdown_line(line: str) -> tuple[str, int]:
    stripped = line.lstrip(" ")
    if len(line) - len(stripped) > 3 or not stripped:
        return line, 0
    first = stripped[0]
    if first == "#":
        body = stripped.lstrip("#")
        level = len(stripped) - len(body)
        if level <= 6 and (not body or body[0] in " \t"):
            body = body.strip()
            closed = body.rstrip("#")
            if closed != body and (not closed or closed[-1] in " \t"):
                body = closed.rstrip()
            return body, 1
    elif first == ">":
        # a quote in a quote ("> > …", ">> …": an e-mail replied to twice) is quoted text all the same
        body = stripped
        while body.startswith(">"):
            body = body[1:]
            body = body[1:] if body.startswith(" ") else body
        return body, 1
    elif first in "*_=":
        compact = stripped.replace(" ", "").replace("\t", "")
        if len(compact) >= 3 and compact == first * len(compact):
            return "", 1  # thematic break or setext underline
    return line, 0


_MD_BREAK_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
_MD_TABLE_RULE_RE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*")
_MD_CELL_SPLIT_RE = re.compile(r"(?<!\\)\|")


def _md_table_cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return _MD_CELL_SPLIT_RE.split(inner)


def _md_data_table_rows(lines: list[str]) -> set[int]:
    """The indexes of the rows of the pipe tables that hold data: those with a row of ``DATA_ROW_MIN_CELLS``
    filled one-line cells (the .docx rule), a run of consecutive rows being one table."""
    out: set[int] = set()
    run: list[int] = []
    data = False
    for i, line in enumerate([*lines, ""]):
        if line.count("|") >= 2 and "`" not in line:
            run.append(i)
            cells = [c.strip() for c in _md_table_cells(line)]
            data = data or (
                not _MD_TABLE_RULE_RE.fullmatch(line)
                and not _MD_BREAK_RE.search(line)
                and sum(1 for c in cells if c) >= DATA_ROW_MIN_CELLS
            )
            continue
        if data:
            out.update(run)
        run, data = [], False
    return out


def _markdown_breaks(lines: list[str]) -> tuple[list[str], int]:
    """``<br>`` line breaks (pandoc writes them in pipe-table cells) made into lines, as the .docx reader does.

    A pipe-table row whose cells hold one line each stays one row (``| a | b |``); a row where a cell
    holds several lines ("KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC<br>…<br>Trần Văn B", a "Nơi nhận:" list) is a
    layout row: one line per cell line, cell after cell, empty ones left out; the ``|---|`` rule under
    such a row goes with it. A row of a table that holds data (`_md_data_table_rows`) stays one row, each
    cell's lines joined (`_join_cell_lines`). A ``<br>`` outside a table ends the line.
    """
    out: list[str] = []
    count = 0
    dropped_header = False
    data_rows = _md_data_table_rows(lines)
    for i, line in enumerate(lines):
        if dropped_header and _MD_TABLE_RULE_RE.fullmatch(line):
            dropped_header = False
            continue  # the rule under a header row that became lines
        dropped_header = False
        breaks = len(_MD_BREAK_RE.findall(line))
        if not breaks or "`" in line:  # a code span may show the tag itself ("with `<br>`")
            out.append(line)
            continue
        count += breaks
        if line.count("|") < 2:
            out.extend(_MD_BREAK_RE.split(line))
            continue
        cells = [[x.strip() for x in _MD_BREAK_RE.split(c) if x.strip()] for c in _md_table_cells(line)]
        if i in data_rows and sum(1 for c in cells if c) > 1:
            # a row of a data table keeps its cells, a cell's lines joined (as in .docx and html)
            cells = [[_join_cell_lines(c)] if c else c for c in cells]
        if all(len(c) <= 1 for c in cells):
            out.append("| " + " | ".join(c[0] if c else "" for c in cells) + " |")
        else:
            out.extend(x for c in cells for x in c)
            dropped_header = True
    return out, count


def strip_markdown(text: str) -> tuple[str, int]:
    """Remove markdown markup, keep the words; return (text, constructs removed).

    Handles emphasis (``*``, ``**``, ``***``, ``__``, ``___``), backslash
    escapes (``\\*`` → ``*``), ATX headings, block quotes, thematic breaks,
    trailing-backslash hard breaks, ``[t](u)`` links and images (→ ``t``),
    ``<http://…>`` autolinks (removed) and ``<br>`` breaks (`_markdown_breaks`). Trailing double-space hard breaks are
    removed later by `normalise_text`. Unmatched delimiters, bullets
    (``* x``) and intra-word underscores stay as written. Linear time.

    >>> strip_markdown("**THÔNG BÁO**  \\n**\\\\* Các huyện:** xem [đây](http://x.vn)")
    ('THÔNG BÁO  \\n* Các huyện: xem đây', 4)
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    source_lines, count = _markdown_breaks(text.split("\n"))
    lines = []
    for line in source_lines:
        line, n = _strip_markdown_line(line)
        if line.endswith("\\") and not line.endswith("\\\\"):
            line, n = line[:-1], n + 1
        count += n
        lines.append(line)
    text = "\n".join(lines)
    text, n = _MD_LINK_RE.subn(r"\1", text)
    count += n
    text, n = _MD_AUTOLINK_RE.subn("", text)
    count += n
    if "[^" in text:
        text, n = _MD_FOOTNOTE_REF_RE.subn("", text)
        count += n
    # "**TRUNG TÂM KỸ THUẬT …** **Độc lập - Tự do - Hạnh phúc**": two bold cells of a flattened header; the
    # space between them stays a column gap once the markup goes
    text = _MD_BOLD_CELLS_RE.sub("**   **", text)

    boundaries = [m.end() for m in _MD_BLANK_LINE_RE.finditer(text)]
    next_boundary = 0
    deletions: list[tuple[int, int]] = []
    openers: dict[tuple[str, int], list[tuple[int, int]]] = {}
    size = len(text)
    for m in _MD_TOKEN_RE.finditer(text):
        start, end = m.span()
        while next_boundary < len(boundaries) and start >= boundaries[next_boundary]:
            openers.clear()  # emphasis never spans paragraphs
            next_boundary += 1
        token = m.group()
        if token[0] == "\\":
            deletions.append((start, start + 1))
            count += 1
            continue
        length = end - start
        if length > 3:
            continue
        before = text[start - 1] if start else " "
        after = text[end] if end < size else " "
        left_flanking, right_flanking = not after.isspace(), not before.isspace()
        if token[0] == "_":  # no intra-word underscore emphasis
            can_open = left_flanking and not before.isalnum()
            can_close = right_flanking and not after.isalnum()
        else:
            can_open, can_close = left_flanking, right_flanking
        stack = openers.get((token[0], length))
        if can_close and stack:
            deletions.append(stack.pop())
            deletions.append((start, end))
            count += 1
        elif can_open:
            openers.setdefault((token[0], length), []).append((start, end))
    if not deletions:
        return text, count
    deletions.sort()
    pieces, position = [], 0
    for start, end in deletions:
        pieces.append(text[position:start])
        position = end
    pieces.append(text[position:])
    return "".join(pieces), count


# --------------------------------------------------------------------------- readers


# a run of words in strong emphasis within a line ("đồng chí **Trần Minh Khoa**,", "__Lê Văn An__"): the marks
# stand right against the words, and the underscores against no letter outside
_STRONG_EMPHASIS_RE = re.compile(
    r"\*\*(?=[^\s*])([^\n*]{1,200}?)(?<=[^\s*])\*\*|(?<!\w)__(?=[^\s_])([^\n_]{1,200}?)(?<=[^\s_])__(?!\w)"
)


def _read_txt(data: bytes, p: Path, max_bytes: int) -> tuple[str, str | None, tuple[str, ...]]:
    text, encoding = _decode_text(data, p)
    stripped, constructs = strip_markdown(text)
    if constructs >= MARKDOWN_MIN_CONSTRUCTS:
        return stripped, encoding, ("markdown markup removed",)
    # too little markup to read the file as markdown (a "* " may be a plain list's bullet), but a pair of "**"
    # or "__" around words is emphasis in any text: no Vietnamese writing doubles these marks ("Ngày 10/9,
    # đồng chí **Trần Minh Khoa**, Phó Chủ tịch UBND tỉnh chủ trì …", a name bolded in a text otherwise plain)
    text, n = _STRONG_EMPHASIS_RE.subn(lambda m: m.group(1) or m.group(2), text)
    return text, encoding, ("strong emphasis marks removed",) if n else ()


def _read_md(data: bytes, p: Path, max_bytes: int) -> tuple[str, str | None, tuple[str, ...]]:
    text, encoding = _decode_text(data, p)
    stripped, constructs = strip_markdown(text)
    return stripped, encoding, ("markdown markup removed",) if constructs else ()


_META_CHARSET_RE = re.compile(
    rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.\-]{1,40})", re.IGNORECASE
)
_LATIN_LABELS = {"iso8859-1", "latin-1", "cp1252", "ascii"}


def _decode_html(data: bytes, p: Path) -> tuple[str, str]:
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return _decode_text(data, p)
    match = _META_CHARSET_RE.search(data[:8192])
    if match:
        try:
            codec = codecs.lookup(match.group(1).decode("ascii")).name
        except LookupError:
            codec = None
        if codec is not None:
            if codec in _LATIN_LABELS:  # often a lie for UTF-8 pages
                try:
                    return data.decode("utf-8"), "utf-8"
                except UnicodeDecodeError:
                    pass
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                pass
            else:
                _check_binary(data, p)
                return unicodedata.normalize("NFC", text), codec
    return _decode_text(data, p)


_DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "frame", "frameset", "object",
    "embed", "head", "title", "link", "meta", "select", "option", "button", "input", "textarea", "nav",
    "aside", "menu", "dialog", "map", "audio", "video", "picture",
)  # fmt: skip
_FURNITURE_ROLES = {"navigation", "menu", "menubar", "search", "banner", "contentinfo", "complementary"}
_FURNITURE_TOKENS = {
    "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "sidebar", "cookie", "cookies",
    "share", "social", "skip", "topbar", "toolbar", "pagination", "pager", "banner", "footer", "header",
}  # fmt: skip
#: class/id words that name a part of a document as well as the page's chrome: inside the article block
#: (``<table class="header">`` holding the notice's "UBND TỈNH … / SỞ … / Số: …" lines) they are kept, as
#: <header>/<footer> elements inside <article> are
_DOCUMENT_PART_TOKENS = {"header", "footer"}
_CONTENT_HINTS = (
    "content",
    "article",
    "detail",
    "noidung",
    "noi-dung",
    "chitiet",
    "chi-tiet",
    "post",
    "entry",
    "main",
)
_PARAGRAPH_TAGS = (
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "section", "article", "main",
    "blockquote", "pre", "address", "figure", "figcaption", "hr", "center", "form", "fieldset", "header",
    "footer", "caption", "details", "summary",
)  # fmt: skip
_LINE_TAGS = ("li", "tr", "dt", "dd")
_PARAGRAPH_MARK = "\ue000"  # private-use placeholder for a paragraph break
_CELL_LINE_MARK = "\ue001"  # private-use placeholder for a line break inside a cell of a data table's row
#: a space of a <pre> block: kept where the lines are trimmed, so a preformatted copy keeps its indents and its
#: columns side by side ("K/T TRƯỞNG BAN" above the signer, beside "Nơi nhận:") as a .txt does
_PRE_SPACE = "\ue002"
_CELL_LINE_MARKS_RE = re.compile("[ \ue001]*\ue001[ \ue001]*")


def _join_cell_marks(raw: str) -> str:
    """The line breaks inside a data table's cells (`_CELL_LINE_MARK`) joined as `_join_cell_lines` joins a
    cell's paragraphs; none at the start or the end of a cell."""

    def join(m: re.Match[str]) -> str:
        before = raw[m.start() - 1 : m.start()] if m.start() else ""  # the match took the blanks around it
        after = raw[m.end() : m.end() + 1]
        if before in ("", "\t", "\n", _PARAGRAPH_MARK) or after in ("", "\t", "\n", _PARAGRAPH_MARK):
            return ""
        items = after.isupper() and not _CLOSED_PARAGRAPH_RE.search(before)
        return CELL_ITEM_JOINER if items else " "

    return _CELL_LINE_MARKS_RE.sub(join, raw)


_HTML_SPACE_RE = re.compile(r"[ \t\n\r\f\v]+")
_PARAGRAPH_RE = re.compile(f"{_PARAGRAPH_MARK}[ \t\n{_PARAGRAPH_MARK}]*")
_BLANK_LINES_RE = re.compile(r"\n{3,}")


_FURNITURE_TAGS = {"header", "footer", "form"}
_MAIN_TAGS = {"main", "article"}
_CELL_TAGS = {"td", "th"}
_BLOCK_TAGS = {*_PARAGRAPH_TAGS, *_LINE_TAGS}


def _class_tokens(tag) -> set[str]:
    values = list(tag.get("class") or [])
    if tag.get("id"):
        values.append(tag["id"])
    tokens: set[str] = set()
    for value in values:
        tokens.update(t for t in re.split(r"[-_\s]", str(value).lower()) if t)
    return tokens


def _is_hidden(tag) -> bool:
    if tag.has_attr("hidden"):
        return True
    style = str(tag.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


@dataclass(slots=True)
class _Metrics:
    length: int = 0  # non-space characters of visible text
    blocks: int = 0  # non-empty block descendants plus <br>s: "paragraphs" in a table cell
    has_table: bool = False
    has_main: bool = False


def _html_metrics(root, skip: set[int], is_text: Callable[[object], bool]) -> dict[int, _Metrics]:
    """Bottom-up text length / block counts of every visible tag under ``root`` (iterative, linear)."""
    metrics: dict[int, _Metrics] = {}
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if not done:
            if getattr(node, "name", None) is None or id(node) in skip:
                continue
            stack.append((node, True))
            stack.extend((child, False) for child in node.contents)
            continue
        m = _Metrics()
        for child in node.contents:
            if getattr(child, "name", None) is None:
                if is_text(child):
                    m.length += len(child) - str(child).count(" ") - str(child).count("\n")
            elif id(child) not in skip:
                c = metrics[id(child)]
                m.length += c.length
                m.blocks += c.blocks
                m.has_table = m.has_table or c.has_table or child.name == "table"
                m.has_main = m.has_main or c.has_main or child.name in _MAIN_TAGS
        if node.name == "br" or (node.name in _BLOCK_TAGS and m.length and not m.blocks):
            m.blocks += 1
        metrics[id(node)] = m
    return metrics


#: a list item whose text is at least this share link text is a link to another page, not a point of the notice
LINKED_ITEM_SHARE = 0.5
# an item that writes its own marker: "- …", "1. …", "a) …", "II. …", "• …"
_OWN_MARKER_RE = re.compile(
    r"(?:[-–—+*•·●○▪■◦►➢✓]|\d{1,2}(?:\.\d{1,2})*\s*[.)]|[a-zđ]\)|[IVXLC]{1,5}\.)(?:\s|$)"
)


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):  # fmt: skip
        while n >= value:
            out, n = out + letters, n - value
    return out


@dataclass(slots=True)
class _SpanPlan:
    """The cells a row of a data table gets from merged cells: copies of a cell above merged down
    (``rowspan``) before one of its own cells (``before``: cell id -> texts) or after its last (``after``), and
    the empty cells after a cell merged across columns (``pad``: cell id -> how many)."""

    before: dict[int, list[str]]
    after: list[str]
    pad: dict[int, int]


def _span(cell, attr: str) -> int:
    value = str(cell.get(attr) or "1").strip()
    return min(int(value), 50) if value.isdigit() and int(value) > 0 else 1


def _span_plans(grid: list, text_of: Callable[[object], str]) -> dict[int, _SpanPlan]:
    """Row id -> `_SpanPlan` for the rows (row, its cells) of one table with merged cells, laid out on the
    table's grid as a browser lays them out; empty when no cell is merged. A cell merged down repeats its text in
    each row it covers, so that every row has its cells under their headings ("Đơn vị chủ trì" written once for
    two tasks); a cell merged across columns is followed by empty cells, one a column it covers beyond the
    first. A row of one cell (a heading across the table, "II. NHIỆM VỤ") gets no empty cells."""
    if not any(_span(c, "rowspan") > 1 or _span(c, "colspan") > 1 for _, cells in grid for c in cells):
        return {}
    plans: dict[int, _SpanPlan] = {}
    carried: dict[tuple[int, int], str] = {}  # (row index, column) -> text merged down into it
    for r, (row, cells) in enumerate(grid):
        plan = _SpanPlan({}, [], {})
        col = 0
        for cell in cells:
            while (r, col) in carried:
                plan.before.setdefault(id(cell), []).append(carried.pop((r, col)))
                col += 1
            down, across = _span(cell, "rowspan"), _span(cell, "colspan")
            if across > 1 and len(cells) > 1:
                plan.pad[id(cell)] = across - 1
            else:
                across = 1
            if down > 1:
                text = text_of(cell)
                for k in range(1, down):
                    for j in range(across):
                        carried[(r + k, col + j)] = text if j == 0 else ""
            col += across
        for key in sorted(k for k in carried if k[0] == r):
            plan.after.append(carried.pop(key))
        if plan.before or plan.after or plan.pad:
            plans[id(row)] = plan
    return plans


def _cell_text(cell, skip: set[int], is_text: Callable[[object], bool]) -> str:
    """The text of a table cell on one line, as a row of a data table shows it."""
    out: list[str] = []
    stack = [cell]
    while stack:
        node = stack.pop()
        if getattr(node, "name", None) is None:
            if is_text(node):
                out.append(str(node))
        elif id(node) not in skip:
            if node.name in _BLOCK_TAGS or node.name == "br":
                out.append(" ")
            stack.extend(reversed(node.contents))
    return _HTML_SPACE_RE.sub(" ", "".join(out)).strip()


def _read_html(data: bytes, p: Path, max_bytes: int) -> tuple[str, str | None, tuple[str, ...]]:
    from bs4 import BeautifulSoup, CData, NavigableString

    text, encoding = _decode_html(data, p)
    soup = BeautifulSoup(text, "lxml")
    root = soup.body or soup

    def is_text(node: object) -> bool:  # not comments, doctypes, script/style/template strings
        return type(node) in (NavigableString, CData)

    # 1. invisible and dropped elements
    skip: set[int] = set()
    for tag in root.find_all(True):
        if tag.name in _DROP_TAGS or _is_hidden(tag):
            skip.add(id(tag))
    metrics = _html_metrics(root, skip, is_text)
    total = metrics[id(root)].length

    # 2. page furniture, unless it holds the main content or a large share of the page
    document_parts: list[object] = []  # furniture by a class word only, which may be part of the article
    stack: list[tuple[object, bool]] = [(child, False) for child in root.contents]
    while stack:
        tag, inside_main = stack.pop()
        if getattr(tag, "name", None) is None or id(tag) in skip:
            continue
        role = str(tag.get("role") or "").lower()
        by_tag = role in _FURNITURE_ROLES or tag.name in _FURNITURE_TAGS
        tokens = _class_tokens(tag) & _FURNITURE_TOKENS
        m = metrics[id(tag)]
        if (by_tag or tokens) and not (inside_main or m.has_main or m.length > 0.3 * total):
            skip.add(id(tag))
            if not by_tag and tokens <= _DOCUMENT_PART_TOKENS:
                document_parts.append(tag)
            continue
        inside = inside_main or tag.name in _MAIN_TAGS
        stack.extend((child, inside) for child in tag.contents)
    metrics = _html_metrics(root, skip, is_text)
    total = metrics[id(root)].length

    # 3. main content: the smallest candidate that still holds half of the text
    best, best_length = root, total
    pending = [root]
    while pending:
        tag = pending.pop()
        for child in tag.contents:
            if getattr(child, "name", None) is None or id(child) in skip:
                continue
            length = metrics[id(child)].length
            if length < 0.5 * total:
                continue  # nothing below can qualify
            names = " ".join(sorted(_class_tokens(child)))
            if (
                child.name in _MAIN_TAGS
                or str(child.get("role") or "").lower() == "main"
                or any(hint in names for hint in _CONTENT_HINTS)
            ) and length < best_length:
                best, best_length = child, length
            pending.append(child)

    # a "header"/"footer" class inside the article block is the notice's own header or footer, not chrome
    if best is not root and document_parts:
        kept = [t for t in document_parts if any(a is best for a in t.parents)]
        if kept:
            skip.difference_update(id(t) for t in kept)
            metrics = _html_metrics(root, skip, is_text)

    # the headline and the publication date printed beside the article block, outside it
    lead = _page_lead(soup, root, best, skip, is_text) if best is not root else []

    # 4. text with block structure: one pre-order walk, no tree mutation
    def row_cells(row) -> list:
        return [c for c in row.contents if getattr(c, "name", None) in _CELL_TAGS and id(c) not in skip]

    def is_layout_row(row) -> bool:
        """Cells holding a table, or several paragraphs outside a data table (a "Nơi nhận" / signature row):
        one line per paragraph. A data table's row keeps its cells on one line (the .docx rule)."""
        cells = row_cells(row)
        if any(metrics[id(c)].has_table for c in cells):
            return True
        if not any(metrics[id(c)].blocks > 1 for c in cells):
            return False
        return not (in_data_table(row) and sum(1 for c in cells if metrics[id(c)].length) > 1)

    data_tables: dict[int, bool] = {}

    def in_data_table(row) -> bool:
        """A row of a table with a row of ``DATA_ROW_MIN_CELLS`` filled one-line cells (the .docx rule)."""
        table = row.find_parent("table")
        if table is None:
            return False
        if id(table) not in data_tables:
            rows = [r for r in table.find_all("tr") if r.find_parent("table") is table and id(r) not in skip]
            data_tables[id(table)] = any(
                not any(metrics[id(c)].has_table or metrics[id(c)].blocks > 1 for c in row_cells(r))
                and sum(1 for c in row_cells(r) if metrics[id(c)].length) >= DATA_ROW_MIN_CELLS
                for r in rows
            )
        return data_tables[id(table)]

    span_plans: dict[int, _SpanPlan | None] = {}

    def span_plan(row) -> _SpanPlan | None:
        """What the merged cells above and beside put into ``row`` of a data table (`_span_plans`)."""
        table = row.find_parent("table")
        if table is None:
            return None
        if id(table) not in span_plans:
            rows = [r for r in table.find_all("tr") if r.find_parent("table") is table and id(r) not in skip]
            grid = [(r, row_cells(r)) for r in rows if not is_layout_row(r)]
            span_plans.update(_span_plans(grid, lambda c: _cell_text(c, skip, is_text)))
            span_plans.setdefault(id(table), None)
        return span_plans.get(id(row))

    def emit_cells(texts: list[str], emitted: list[int]) -> None:
        for cell in texts:
            if emitted:
                parts.append(CELL_SEPARATOR)
            parts.append(cell)
            emitted.append(1)

    list_counters: dict[int, int] = {}  # list id -> number of the last item

    def list_marker(item) -> str:
        """ "- " or "1. " (or "a) ", "I. " after the list's type) opening an item of a list, as a text copy of
        the page shows it; nothing when the item writes its own marker ("a) …", "- …")."""
        parent = item.parent
        if getattr(parent, "name", None) not in ("ul", "ol"):
            return ""
        first = next((s.strip() for s in item.strings if is_text(s) and s.strip()), "")
        if not first or _OWN_MARKER_RE.match(first):
            return ""
        # a list of links ("Các tin khác", "Văn bản liên quan": headlines linked, each with its date) is the
        # page's, not the notice's: its items are not the notice's points
        text = "".join(s for s in item.strings if is_text(s)).strip()
        linked = "".join(s for a in item.find_all("a") for s in a.strings if is_text(s)).strip()
        if len(linked) >= LINKED_ITEM_SHARE * len(text):
            return ""
        if parent.name == "ul":
            nested = any(a.name == "li" for a in parent.parents)
            return "+ " if nested else "- "
        number = list_counters.get(id(parent))
        if number is None:
            start = str(parent.get("start") or "1").strip()
            number = (int(start) if start.isdigit() else 1) - 1
        value = str(item.get("value") or "").strip()
        number = int(value) if value.isdigit() else number + 1
        list_counters[id(parent)] = number
        kind = str(parent.get("type") or "").strip()
        nested = any(a.name == "li" and getattr(a.parent, "name", None) == "ol" for a in parent.parents)
        if kind in ("a", "A") or (not kind and nested):
            letter = ITEM_LETTERS[(number - 1) % len(ITEM_LETTERS)]
            return f"{letter.upper() if kind == 'A' else letter}) "
        if kind in ("i", "I"):
            return f"{_roman(number)}. "
        return f"{number}. "

    parts: list[str] = []
    row_state: dict[int, tuple[bool, list[int]]] = {}  # row id -> (layout row?, [cells emitted])
    single_cell_depth = 0
    data_cells: list[bool] = []  # per cell of a one-line row being read: is it a data table's?
    pre_depth = 0
    walk: list[tuple[object, bool]] = [(best, False)]
    while walk:
        node, leaving = walk.pop()
        name = getattr(node, "name", None)
        if name is None:
            if is_text(node):
                if pre_depth:
                    parts.append(str(node).expandtabs(8).replace(" ", _PRE_SPACE))
                else:
                    parts.append(_HTML_SPACE_RE.sub(" ", str(node)))
            continue
        if leaving:
            if name == "tr" and id(node) in row_state and not row_state[id(node)][0]:
                plan = span_plan(node) if in_data_table(node) else None
                if plan is not None and plan.after:
                    emit_cells(plan.after, row_state[id(node)][1])
            if name in _CELL_TAGS and node.parent is not None and id(node.parent) in row_state:
                layout, emitted = row_state[id(node.parent)]
                if not layout:
                    single_cell_depth -= 1
                    data_cells.pop()
                    plan = span_plan(node.parent) if in_data_table(node.parent) else None
                    if plan is not None and plan.pad.get(id(node)):
                        # a cell merged across columns: the columns it covers stay empty after it
                        emit_cells([""] * plan.pad[id(node)], emitted)
            elif name == "pre":
                pre_depth -= 1
            elif name in _PARAGRAPH_TAGS and not single_cell_depth:
                parts.append(_PARAGRAPH_MARK)
            continue
        if id(node) in skip:
            continue
        if name == "tr":
            layout = is_layout_row(node)
            row_state[id(node)] = (layout, [])
        if name in _CELL_TAGS and node.parent is not None and id(node.parent) in row_state:
            layout, emitted = row_state[id(node.parent)]
            plan = span_plan(node.parent) if not layout and in_data_table(node.parent) else None
            if plan is not None and id(node) in plan.before:
                emit_cells(plan.before[id(node)], emitted)  # a cell merged down from a row above
            if not metrics[id(node)].length:
                if not layout and in_data_table(node.parent):
                    # "| 3 | … | Phòng X | (empty) | Tháng 7/2019 |": the cell keeps its column, as in .docx
                    if emitted:
                        parts.append(CELL_SEPARATOR)
                    emitted.append(1)
                    if plan is not None and plan.pad.get(id(node)):
                        emit_cells([""] * plan.pad[id(node)], emitted)
                continue  # empty cell
            if layout:
                parts.append(_PARAGRAPH_MARK)
            else:
                if emitted:
                    parts.append(CELL_SEPARATOR)
                emitted.append(1)
                single_cell_depth += 1
                data_cells.append(in_data_table(node.parent))
        elif single_cell_depth and (name in _BLOCK_TAGS or name == "br"):
            # a row stays on one line; a data table's cell joins its lines as .docx does (`_join_cell_lines`)
            parts.append(_CELL_LINE_MARK if data_cells[-1] else " ")
        elif name == "br":
            parts.append("\n")
        elif name in _LINE_TAGS:
            parts.append("\n")  # rows and items sit in a table/list, which ends the last line
            if name == "li":
                parts.append(list_marker(node))
        elif name in _PARAGRAPH_TAGS:
            parts.append(_PARAGRAPH_MARK)
        if name == "pre":
            pre_depth += 1
        walk.append((node, True))
        walk.extend((child, False) for child in reversed(node.contents))

    raw = _join_cell_marks("".join(parts))
    raw = _PARAGRAPH_RE.sub("\n\n", raw)
    raw = "\n".join(line.strip(" ") for line in raw.split("\n"))
    raw = CELL_SEPARATOR.join(cell.strip(" ") for cell in raw.split(CELL_SEPARATOR))
    if _PRE_SPACE in raw:
        raw = "\n".join(line.replace(_PRE_SPACE, " ").rstrip(" ") for line in raw.split("\n"))
    raw = _BLANK_LINES_RE.sub("\n\n", raw)
    if lead:
        raw = "\n\n".join(lead) + "\n\n" + raw.lstrip("\n")
    publisher = _publisher(soup, raw)
    if publisher:
        raw = f"{publisher}\n\n{raw.lstrip()}"
    return raw, encoding, ()


_HEADING_TAGS = ("h1", "h2", "h3")
#: class/id words of a page's headline and of its publication stamp ("post-date", "ngay-dang", "time")
_HEADLINE_CLASS_TOKENS = {"title", "headline", "tieude"}
_DATE_CLASS_TOKENS = {
    "date", "time", "datetime", "timestamp", "pubdate", "published", "postdate", "posted", "updated", "ngay",
    "ngaydang", "ngaythang", "thoigian", "capnhat",
}  # fmt: skip
#: the page's own date in its <head>, when the page prints none beside the story
_DATE_META = (
    ("property", "article:published_time"),
    ("itemprop", "datePublished"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("property", "og:published_time"),
)
_PAGE_DATE_RE = re.compile(r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}(?!\d)")
_ISO_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
#: class/id words of a news story's lead paragraph (the "sapo": "Chiều 15/10, ông … dẫn đầu đoàn công tác …"),
#: which pages often print beside the story's block rather than in it
_SAPO_CLASS_TOKENS = {
    "sapo", "chapeau", "lead", "summary", "description", "intro", "excerpt", "tomtat", "trichyeu",
}  # fmt: skip
_LEAD_LEVELS = 3  # how far up from the article block its headline and date are looked for
_HEADLINE_WORDS = (4, 60)
_SAPO_WORDS = (5, 150)
_STAMP_MAX_WORDS = 25


def _page_lead(soup, root, best, skip: set[int], is_text: Callable[[object], bool]) -> list[str]:
    """The headline, the publication date and the lead paragraph a page prints beside its article block.

    News pages often keep only the story in the "content" block, with the headline (``<h2 class="title">``)
    and the date stamp (``<span class="date">Cập nhật: 14:25 | 06/06/2022</span>``) as its siblings; the
    story itself then writes the meeting's day without a year ("Ngày 3/6, …"). They are kept as lines
    before the story, as a text capture of the page would hold them: the nearest heading (h1–h3 or a
    "title" element of a few words) before the block, and the nearest date element (a date/time class, a
    ``<time>``, or a short line holding a dd/mm/yyyy date) before it, or a date element after it, looked
    for among the siblings of the block and of its parents up to ``_LEAD_LEVELS`` levels. What the block
    has itself (its own heading, its own date element) is not looked for outside. Without a printed date,
    the page's ``article:published_time`` / ``datePublished`` meta gives it.
    """

    def text_of(tag, sep: str) -> str:
        out: list[str] = []
        stack = [tag]
        while stack:
            node = stack.pop()
            if getattr(node, "name", None) is None:
                if is_text(node):
                    out.append(str(node))
            elif id(node) not in skip and node.name not in _DROP_TAGS:
                stack.extend(reversed(node.contents))
        return _HTML_SPACE_RE.sub(" ", sep.join(out)).strip()

    def visible(tags) -> list:
        return [t for t in tags if id(t) not in skip and not any(id(a) in skip for a in t.parents)]

    def is_date_tag(tag) -> bool:
        return tag.name == "time" or bool(_class_tokens(tag) & _DATE_CLASS_TOKENS)

    def is_sapo_tag(tag) -> bool:
        joined = {
            re.sub(r"[-_]", "", str(v).lower()) for v in (*(tag.get("class") or []), tag.get("id") or "")
        }
        return bool((_class_tokens(tag) | joined) & _SAPO_CLASS_TOKENS)

    def sapo(tag) -> str | None:
        for t in [tag, *visible(tag.find_all(True))]:
            if is_sapo_tag(t):
                text = text_of(t, " ")
                if _SAPO_WORDS[0] <= len(text.split()) <= _SAPO_WORDS[1]:
                    return text
        return None

    def headline(tag) -> str | None:
        words = len(text_of(tag, "").split())
        if not _HEADLINE_WORDS[0] <= words <= _HEADLINE_WORDS[1]:
            return None
        if tag.name in _HEADING_TAGS or _class_tokens(tag) & _HEADLINE_CLASS_TOKENS:
            return text_of(tag, "")
        inner = visible(tag.find_all(_HEADING_TAGS))
        return text_of(inner[-1], "") if inner else None

    def stamp(tag, before: bool) -> str | None:
        if len(text_of(tag, " ").split()) > _STAMP_MAX_WORDS:
            return None  # a block of its own (other stories listed with their dates), no stamp
        # the date element itself before the short line holding it ("<div class='meta'><span class='date'>")
        candidates = [*(t for t in visible(tag.find_all(True)) if is_date_tag(t)), tag] if before else [tag]
        for t in candidates:
            if not (is_date_tag(t) or (before and t is tag)):
                continue
            text = text_of(t, " ")
            if _PAGE_DATE_RE.search(text) or _ISO_DATE_RE.search(text):
                return text
            iso = _ISO_DATE_RE.search(str(t.get("datetime") or ""))
            if iso:
                return f"{iso[3]}/{iso[2]}/{iso[1]}"
        return None

    inside = visible(best.find_all(True))
    need_heading = not visible(best.find_all(_HEADING_TAGS))
    need_date = not any(is_date_tag(t) for t in inside)
    need_sapo = not any(is_sapo_tag(t) for t in inside)
    heading = date = lead = None
    node = best
    for _ in range(_LEAD_LEVELS):
        if node is root or node.parent is None or not (need_heading or need_date or need_sapo):
            break
        for sib in node.previous_siblings:  # nearest first
            if getattr(sib, "name", None) is None or id(sib) in skip:
                continue
            if need_sapo and lead is None:
                lead = sapo(sib)
            if is_sapo_tag(sib):
                continue  # a short lead holding a date is no date stamp, nor a headline
            if need_date and date is None:
                date = stamp(sib, before=True)
            if need_heading and heading is None:
                heading = headline(sib)
        if need_date and date is None:
            for sib in node.next_siblings:
                if getattr(sib, "name", None) is not None and id(sib) not in skip:
                    date = stamp(sib, before=False)
                    if date:
                        break
        need_heading = need_heading and heading is None
        need_date = need_date and date is None
        need_sapo = need_sapo and lead is None
        node = node.parent
    if need_date and date is None:
        for attr, value in _DATE_META:
            meta = soup.find("meta", attrs={attr: value})
            iso = _ISO_DATE_RE.match(str(meta.get("content") or "").strip()) if meta else None
            if iso:
                date = f"{iso[3]}/{iso[2]}/{iso[1]}"
                break
    return [x for x in (heading, date, lead) if x]


def _publisher(soup, text: str) -> str | None:
    """The site named in the page's <title> beside the headline ("Headline | Sở Khoa học và Công nghệ tỉnh
    Bình Thuận"), or else the one body its copyright line names ("Bản quyền thuộc Sở Công Thương tỉnh Đồng Nai"),
    when the page's text does not name it: the story's body and province are often written only there (the
    footer is dropped as page furniture). It becomes the first line, as on a text capture of the page ("Cổng
    thông tin điện tử Sở …")."""
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    parts = _TITLE_SEPARATORS.split(title)
    found = _site_name(parts[1:] + parts[:1], text)
    return found if found is not None else _site_name(_copyright_owners(soup), text)


def _site_name(parts: list[str], text: str) -> str | None:
    """The first of ``parts`` that names a site's owner the page's text lacks: a short capitalised name ending
    in its province."""
    from ketluan.ingest.places import load_gazetteer

    for part in parts:
        part = _HTML_SPACE_RE.sub(" ", part).strip()
        words = part.split()
        if not (2 <= len(words) <= 15 and part[:1].isupper()) or part in text:
            continue
        # only a site that names its province adds what the story may lack, or one that is the body the story
        # calls by its head alone ("Nhà trường": the school's name is in the <title> only)
        gz = load_gazetteer()
        if any(gz.province(" ".join(words[-n:])) for n in (1, 2, 3, 4) if n < len(words)):
            return part
        if match_key(part).startswith(tuple(h + " " for h in SITE_OWN_BODY_HEADS)):
            return part
    return None


_TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
# "Bản quyền thuộc Sở Công Thương tỉnh Đồng Nai. Địa chỉ: …", "© 2019 - Sở Y tế Nghệ An": the owner named after
# the cue (a year and a dash may come between), up to the end of its sentence or a separator
_COPYRIGHT_OWNER = re.compile(
    r"(?:(?<!\w)|(?<=©))(?:" + longest_first(COPYRIGHT_CUES) + r")"
    r"(?!\w)\s*:?\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:[-–:]\s*)?(?:bởi\s+)?"
    r"(?P<owner>[^\W\d_][^.;|©\n]{3,150})",
    re.IGNORECASE,
)


def _copyright_owners(soup) -> list[str]:
    """The body a page's copyright or ownership line names ("Bản quyền thuộc Sở Công Thương tỉnh Đồng Nai"),
    when the page has one such line naming one owner; a footer naming several (a list of links) gives none."""
    owners: list[str] = []
    for node in soup.find_all(string=_COPYRIGHT_CUE_SEARCH):
        for m in _COPYRIGHT_OWNER.finditer(_HTML_SPACE_RE.sub(" ", str(node))):
            owner = m.group("owner").strip(" ,-–")
            if match_key(owner).startswith(PORTAL_OWNER_HEADS):
                continue  # "UBND huyện Diễn Châu": a locality's portal, reporting every body's meetings
            if owner not in owners:
                owners.append(owner)
    return owners if len(owners) == 1 and "," not in owners[0] else []


_COPYRIGHT_CUE_SEARCH = re.compile(longest_first(COPYRIGHT_CUES), re.IGNORECASE)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_DOCX_SKIP = {_W + "pPr", _W + "rPr", _W + "del", _W + "moveFrom", _W + "tblPr", _MC_FALLBACK}
_DOCX_DESCEND = {_W + "customXml", _W + "smartTag", _W + "ins", _W + "moveTo", _W + "sdtContent"}


def _docx_paragraph(p) -> str:
    parts: list[str] = []
    stack = [iter(p)]
    while stack:
        element = next(stack[-1], None)
        if element is None:
            stack.pop()
            continue
        tag = element.tag
        if not isinstance(tag, str) or tag in _DOCX_SKIP:
            continue
        if tag == _W + "t":
            parts.append(element.text or "")
        elif tag == _W + "tab":
            parts.append("\t")
        elif tag in {_W + "br", _W + "cr"}:
            parts.append("\n")
        elif tag == _W + "noBreakHyphen":
            parts.append("-")
        elif tag == _W + "p":  # a paragraph of a text box inside this one
            parts.append("\n")
            stack.append(iter(element))
        else:
            stack.append(iter(element))
    return "".join(parts)


_ROMAN_STEPS = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN_STEPS:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _list_number(n: int, fmt: str) -> str | None:
    """Item ``n`` of a Word list written in the list's number format ("decimal": "3", "lowerLetter": "c",
    "upperRoman": "III"); None for a format the notices' lists do not use."""
    if fmt in ("decimal", "decimalZero"):
        return str(n) if fmt == "decimal" or n > 9 else f"0{n}"
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).lower() if fmt == "lowerRoman" else _roman(n)
    return None


class _WordLists:
    """The numbers Word draws before the items of its automatic lists, which the paragraphs' text does not hold.

    Why: a notice typed in Word numbers its parts and tasks with the "List Number" style or a numbering of its own
    ("1.", "2.", "a)", "-"): the text of each item starts with its words alone, so the items of a list would run on
    as one paragraph after another, with nothing to tell the list's levels. Each item is given back the marker Word
    shows: its level's format and text ("%1.", "%1)", "%1.%2."), counted per list and level (a level restarts under
    a new item of the level above), or "-" for a bullet.
    """

    def __init__(self, document) -> None:
        self.formats: dict[
            str, dict[str, tuple[str, str, int]]
        ] = {}  # numId -> ilvl -> (numFmt, lvlText, start)
        self.styles: dict[str, tuple[str | None, str]] = {}  # style id -> (numId, ilvl)
        self.counts: dict[str, dict[int, int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering = None
        if numbering is not None:
            abstract: dict[str, dict[str, tuple[str, str, int]]] = {}
            for a in numbering.iterchildren(_W + "abstractNum"):
                levels = {}
                for lvl in a.iterchildren(_W + "lvl"):
                    fmt, text, start = (
                        lvl.find(_W + "numFmt"),
                        lvl.find(_W + "lvlText"),
                        lvl.find(_W + "start"),
                    )
                    levels[lvl.get(_W + "ilvl", "0")] = (
                        fmt.get(_W + "val", "decimal") if fmt is not None else "decimal",
                        text.get(_W + "val", "") if text is not None else "",
                        int(start.get(_W + "val", "1")) if start is not None else 1,
                    )
                abstract[a.get(_W + "abstractNumId", "")] = levels
            for num in numbering.iterchildren(_W + "num"):
                ref = num.find(_W + "abstractNumId")
                if ref is not None:
                    self.formats[num.get(_W + "numId", "")] = abstract.get(ref.get(_W + "val", ""), {})
        for style in document.styles.element.iterchildren(_W + "style"):
            num = style.find(f"{_W}pPr/{_W}numPr")
            if num is not None:
                self.styles[style.get(_W + "styleId", "")] = self._ids(num)

    @staticmethod
    def _ids(num) -> tuple[str | None, str]:
        num_id, level = num.find(_W + "numId"), num.find(_W + "ilvl")
        return (
            num_id.get(_W + "val") if num_id is not None else None,
            level.get(_W + "val", "0") if level is not None else "0",
        )

    def marker(self, p) -> str | None:
        """The marker Word draws before paragraph ``p``, or None when it is no item of a list."""
        props = p.find(_W + "pPr")
        if props is None:
            return None
        num_id, level = None, "0"
        style = props.find(_W + "pStyle")
        if style is not None and style.get(_W + "val") in self.styles:
            num_id, level = self.styles[style.get(_W + "val")]
        num = props.find(_W + "numPr")
        if num is not None:
            own_id, own_level = self._ids(num)
            num_id = own_id or num_id
            level = own_level if num.find(_W + "ilvl") is not None else level
        if not num_id or num_id == "0" or level not in self.formats.get(num_id, {}):
            return None
        levels = self.formats[num_id]
        fmt, text, start = levels[level]
        if fmt == "bullet":
            return "-"
        counts = self.counts.setdefault(num_id, {})
        depth = int(level)
        counts[depth] = counts.get(depth, start - 1) + 1
        for deeper in [d for d in counts if d > depth]:
            del counts[deeper]  # a new item restarts the levels under it
        out = text
        for d in range(depth, -1, -1):
            lvl = levels.get(str(d))
            if lvl is None or f"%{d + 1}" not in out:
                continue
            number = _list_number(counts.get(d, lvl[2]), lvl[0])
            if number is None:
                return None
            out = out.replace(f"%{d + 1}", number)
        return out.strip() or None


def _docx_blocks(container, lists: _WordLists | None = None) -> list[str]:
    """Lines of a body, a table cell or a content control, in document order; an item of a Word list opens
    with the marker Word draws before it (``lists``)."""
    lines: list[str] = []
    stack = [iter(container)]
    while stack:
        element = next(stack[-1], None)
        if element is None:
            stack.pop()
            continue
        tag = element.tag
        if tag == _W + "p":
            text = _docx_paragraph(element)
            marker = lists.marker(element) if lists is not None and text.strip() else None
            if marker is not None:
                text = f"{marker} {text.lstrip()}"
            lines.extend(text.split("\n"))
        elif tag == _W + "tbl":
            lines.extend(_docx_table(element))
        elif tag == _W + "sdt" or tag in _DOCX_DESCEND:
            stack.append(iter(element))
    return lines


#: A table with a row of at least this many one-paragraph cells holds data (a list of tasks, of attendees):
#: its rows keep their empty cells, so that each cell stays under its column's heading.
DATA_ROW_MIN_CELLS = 3


def _docx_merge(cell) -> tuple[int, str | None]:
    """(grid columns the cell spans, its vertical merge: "restart", "continue" or None)."""
    props = cell.find(_W + "tcPr")
    if props is None:
        return 1, None
    span = props.find(_W + "gridSpan")
    value = span.get(_W + "val") if span is not None else None
    across = min(int(value), 50) if value and value.isdigit() and int(value) > 0 else 1
    merge = props.find(_W + "vMerge")
    down = None if merge is None else (merge.get(_W + "val") or "continue")
    return across, down


def _docx_merged_cells(tbl, rows: list[list[list[str]]]) -> list[list[list[str]]]:
    """The rows of a data table with its merged cells laid out as Word shows them: a cell merged down
    (``vMerge``) repeats its line in each row it covers, and a cell merged across columns (``gridSpan``) is
    followed by an empty cell for each column it covers beyond the first, so that every cell stays under its
    column's heading ("Đơn vị chủ trì" written once for two tasks). A row of one cell (a heading across the
    table) gets no empty cells."""
    out: list[list[list[str]]] = []
    above: dict[int, list[str]] = {}  # grid column -> the line of the cell merged down from it
    for row, cells in zip(tbl.iterchildren(_W + "tr"), rows, strict=True):
        new: list[list[str]] = []
        col = 0
        for tc, lines in zip(row.iterchildren(_W + "tc"), cells, strict=True):
            across, down = _docx_merge(tc)
            if down == "continue" and not lines and col in above:
                lines = above[col]
            elif down == "restart" and len(lines) == 1:
                above[col] = lines
            elif down != "continue":
                above.pop(col, None)
            new.append(lines)
            if across > 1 and len(cells) > 1:
                new.extend([] for _ in range(across - 1))
            col += across
        out.append(new)
    return out


#: Where the paragraphs of one cell of a data table are joined on the row's line: a paragraph left open (no
#: closing stop) before one that opens with a capital is an item of its own ("Sở Tài chính" / "Sở Nội vụ",
#: "Ông Nguyễn Văn A" / "Phó Giám đốc Sở"): a comma parts them; else a space (a sentence that goes on, "(đề
#: nghị …)", "Trước ngày" / "30/10/2019").
CELL_ITEM_JOINER = ", "
_CLOSED_PARAGRAPH_RE = re.compile(r"[.,;:!?…)]\s*$")


def _join_cell_lines(lines: list[str]) -> str:
    """The paragraphs of a data table's cell on one line (.docx, html and markdown tables alike)."""
    out = ""
    for line in (x.strip() for x in lines):
        if not line:
            continue
        if out:
            items = line[:1].isupper() and not _CLOSED_PARAGRAPH_RE.search(out)
            out += CELL_ITEM_JOINER if items else " "
        out += line
    return out


def _docx_table(tbl) -> list[str]:
    rows = [
        [[line for line in _docx_blocks(cell) if line.strip()] for cell in row.iterchildren(_W + "tc")]
        for row in tbl.iterchildren(_W + "tr")
    ]
    data = any(
        sum(1 for cell in row if cell) >= DATA_ROW_MIN_CELLS and all(len(cell) <= 1 for cell in row)
        for row in rows
    )
    if data:
        # a row of a data table keeps its cells on its line, also where a cell holds several paragraphs
        # ("1 | Chi cục X | Hướng dẫn …⏎Phối hợp … | Quý IV/2019"); a row of one cell (a note across the
        # table) keeps its paragraphs as lines
        rows = [
            [[_join_cell_lines(cell)] if len(cell) > 1 else cell for cell in row]
            if sum(1 for cell in row if cell) > 1
            else row
            for row in rows
        ]
    if data and (tbl.find(f".//{_W}vMerge") is not None or tbl.find(f".//{_W}gridSpan") is not None):
        rows = _docx_merged_cells(tbl, rows)
    lines: list[str] = []
    for row in rows:
        cells = [cell for cell in row if cell]
        if all(len(cell) == 1 for cell in cells):
            if cells:
                kept = row if data else cells  # "3 | Rà soát … | Phòng X | (empty) | Tháng 7/2013"
                lines.append(CELL_SEPARATOR.join(cell[0].strip() if cell else "" for cell in kept))
        else:
            for cell in cells:
                lines.extend(cell)
    return lines


def _read_docx(data: bytes, p: Path, max_bytes: int) -> tuple[str, str | None, tuple[str, ...]]:
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise UnreadableNoticeError(
            p, "this is a legacy Word .doc file (OLE2), not .docx", _CONVERT_DOC_HINT, code="E107"
        )
    if not data.startswith(b"PK"):
        for magic, what, hint in _SIGNATURES:
            if data.startswith(magic):
                raise UnreadableNoticeError(p, f"{what}, not a .docx", hint, code="E108")
        raise UnreadableNoticeError(
            p,
            "not a .docx (not a ZIP package)",
            f"re-export the file from Word, or {_CONVERT_DOC_HINT}",
            code="E108",
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise UnreadableNoticeError(
            p,
            f"corrupt .docx ({error})",
            f"re-export the file from Word, or {_CONVERT_DOC_HINT}",
            code="E108",
        ) from error
    if unpacked > 10 * max_bytes:
        raise UnreadableNoticeError(
            p, f".docx unpacks to {unpacked:,} bytes, over 10 x the limit (setting max_bytes)",
            "raise the limit (ketluan ingest --max-mb, or max_bytes= in read_notice)", code="E103",
        )  # fmt: skip
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        lines = _docx_blocks(document.element.body, _WordLists(document))
    except ValueError as error:
        raise UnreadableNoticeError(
            p, f"not a Word document ({error})", "save the notice as .docx from Word", code="E108"
        ) from error
    except Exception as error:  # noqa: BLE001 - python-docx/lxml/zipfile raise many types for broken packages
        raise UnreadableNoticeError(
            p,
            f"corrupt .docx ({type(error).__name__}: {error})",
            f"re-export the file from Word, or {_CONVERT_DOC_HINT}",
            code="E108",
        ) from error
    return "\n".join(lines), None, ()


#: a run of at least this many blanks in a PDF page's text laid out by position is a gap between columns (a
#: two-column header or signature block, a table's cells); a shorter one is a justified line's word space
PDF_COLUMN_GAP = 3
#: a table's rows each open with their running number ("1", "2." …) in its first column; at least this many
PDF_TABLE_MIN_ROWS = 2
_PDF_SEGMENT_RE = re.compile(r"\S+(?: {1,2}\S+)*")
_PDF_WORD_SPACES_RE = re.compile(r"(?<=\S) {2}(?=\S)")
_PDF_GAP_RE = re.compile(f" {{{PDF_COLUMN_GAP},}}")
_PDF_ROW_NUMBER_RE = re.compile(r"\d{1,3}\.?")
PDF_GAP = "    "  # a column gap as the text keeps it (`ketluan.ingest.sections.split_columns` reads it)


def _pdf_page_text(page) -> str:
    """A PDF page's text laid out by position, blank lines above and under it dropped; pypdf's plain extraction
    where the layout mode fails on the page."""
    try:
        laid = page.extract_text(extraction_mode="layout")
    except Exception:  # noqa: BLE001 - the layout mode fails on some fonts; the plain text is still good
        laid = None
    if laid and laid.strip():
        return laid.strip("\n")
    return page.extract_text() or ""


#: a page set in two columns has at least this many lines with a line of prose in each column side by side
PDF_TWO_COLUMN_MIN_ROWS = 6
_PDF_LEAD_RE = re.compile(r" *")


def _pdf_two_columns(laid: str) -> str:
    """A page's text laid out by position, its two columns of running text read one after the other: the left
    column top to bottom, then the right one. pypdf lays a page out line by line across the page, so a page set
    in two columns comes out with each line of the left column beside a line of the right one ("… bà Hồ Thị
    Kim␣␣␣␣2.6. Sở Khoa học …" / "Yến, Phó Giám đốc …␣␣␣␣bố trí công chức …"), names and sentences cut.

    The right column starts where most lines' text after a column gap starts; the page is in two columns when at
    least `PDF_TWO_COLUMN_MIN_ROWS` lines hold one run of prose on each side of it (half a column wide on the
    left): a header's or a signature's two blocks side by side hold a few short lines, a table's row more than
    two cells. The columns run from the first such line (and the lines just above it) to a line of text across
    the gap between them (a title over the full width) or the page's end; lines above and below stay as they
    are."""
    lines = laid.split("\n")
    starts: dict[int, int] = {}
    for line in lines:
        for m in _PDF_GAP_RE.finditer(line.rstrip()):
            if m.start() > 0 and line[: m.start()].strip():
                starts[m.end()] = starts.get(m.end(), 0) + 1
    if not starts:
        return laid
    right, count = max(starts.items(), key=lambda kv: (kv[1], -kv[0]))
    if count < PDF_TWO_COLUMN_MIN_ROWS:
        return laid
    rows = []
    gutter = long_right = 0
    for i, line in enumerate(lines):
        left, rest = line[:right].strip(), line[right:]
        if (
            rest[:1].strip()
            and not line[right - PDF_COLUMN_GAP : right].strip()
            and len(left) * 2 >= right - len(_PDF_LEAD_RE.match(line).group())
            and not _PDF_GAP_RE.search(left)
            and not _PDF_GAP_RE.search(rest.strip())
        ):
            rows.append(i)
            long_right += len(rest.strip()) >= 20
            gutter = max(gutter, len(line[:right].rstrip()))
    if len(rows) < PDF_TWO_COLUMN_MIN_ROWS or long_right * 2 < len(rows):
        return laid

    def across(line: str) -> bool:
        return bool(line[gutter:right].strip())

    start, end = rows[0], rows[-1] + 1
    while start > 0 and lines[start - 1].strip() and not across(lines[start - 1]):
        start -= 1
    while end < len(lines) and not across(lines[end]):
        end += 1
    if any(across(lines[i]) for i in range(start, end)):
        return laid
    if any(_pdf_heading_cells(lines[i]) for i in range(max(0, start - 2), end)):
        return laid  # a table's columns side by side ("Họ và tên␣␣␣␣Chức vụ, đơn vị"), read row by row
    region = lines[start:end]
    out = [*lines[:start], *(line[:right].rstrip() for line in region), *(line[right:] for line in region)]
    rest_of_page = "\n".join(lines[end:])
    if rest_of_page:
        out.append(_pdf_two_columns(rest_of_page))
    return "\n".join(out)


def _pdf_segments(line: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _PDF_SEGMENT_RE.finditer(line)]


def _pdf_table_at(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The rows of a table whose heading row is ``lines[i]`` and the line after the table, or None.

    A PDF's table laid out by position has each cell's lines at the cell's column, a cell's text wrapped over
    several lines of the page ("1␣␣␣Lập danh mục phương tiện đo …␣␣␣Phòng Vật tư - Thiết bị␣␣␣Trước" /
    "␣␣␣␣phối hợp với Trung tâm …␣␣␣y tế␣␣␣15/12/2016"). The heading row has three or more cells; each row
    has its running number in the first column; a line of text that runs across a column's start ends the
    table. A row's number stands on its first line, or, in a table whose cells are centred in height, on its
    middle line, with lines of the row above it: there the rows stand apart by a blank line (the rule between
    them), and the lines after a blank line up to the next running number open that row ("␣␣␣Kiểm định đồng
    hồ …␣␣␣Tháng" / "1␣␣␣(taximet) cho …␣␣␣9/2016"). A blank line followed by no running number ends the table.
    A row becomes one line, its cells a tab apart, its cell lines one after the other, as a Word table is read;
    an empty cell of the column that names each task's lead body takes the body of the nearest row that names
    one (`_pdf_merged_leads`)."""
    head = _pdf_segments(lines[i])
    if len(head) < 3 or any(head[k + 1][0] - head[k][1] < PDF_COLUMN_GAP for k in range(len(head) - 1)):
        return None
    cols = [a for a, _, _ in head]
    column = _pdf_column_finder(head)
    heading = [t for _, _, t in head]

    def put(cells: list[list[str]], segs: list[tuple[int, int, str]]) -> None:
        for a, _, t in segs:
            cells[column(a)].append(t)

    header: list[list[str]] = [[t] for _, _, t in head]
    rows: list[list[list[str]]] = []
    target = header
    pending: list[list[tuple[int, int, str]]] = []  # a row's lines above its running number
    after_blank = repeated = False
    end = j = i + 1
    while j < len(lines):
        segs = _pdf_segments(lines[j])
        if not segs:
            if pending:
                break  # a block of lines with no running number: the table has ended above it
            after_blank = True
            j += 1
            continue
        if rows and [t for _, _, t in segs] == heading:
            repeated = True  # the heading row again at the top of the next page, its wrapped lines under it
            j += 1
            continue
        if any(b - a > 0 and column(a) + 1 < len(cols) and b > cols[column(a) + 1] for a, b, _ in segs):
            break  # a paragraph's line across the columns
        # the running number, left of the second column (a page's text may stand a little to the right)
        opens = (
            segs[0][0] < cols[1] and _PDF_ROW_NUMBER_RE.fullmatch(segs[0][2]) is not None and len(segs) >= 2
        )
        if opens:
            if int(segs[0][2].rstrip(".")) != len(rows) + 1:
                break
            target = [[segs[0][2]]] + [[] for _ in cols[1:]]
            for above in pending:
                put(target, above)
            pending = []
            put(target, segs[1:])
            rows.append(target)
            after_blank = repeated = False
        elif repeated:
            pass  # the repeated heading's wrapped cells ("T", "hợp")
        elif after_blank:
            pending.append(segs)
        else:
            put(target, segs)
        j += 1
        if not pending:
            end = j
    if len(rows) < PDF_TABLE_MIN_ROWS:
        return None
    texts = [["".join(c) if k == 0 else " ".join(c) for k, c in enumerate(row)] for row in [header, *rows]]
    _pdf_merged_leads(texts)
    return [CELL_SEPARATOR.join(cells) for cells in texts], end


def _pdf_column_finder(head: list[tuple[int, int, str]]) -> Callable[[int], int]:
    """Which column of a table laid out by position a run of text starting at a given place is in, from the
    heading row's cells: the last column whose heading's left neighbour ends before the run starts. A heading
    is centred over its column ("␣␣␣␣␣Nội dung nhiệm vụ␣␣␣␣␣" over cells that start at the column's left rule),
    or set at its left like the cells under it; either way a column's cells start after the heading before it
    ends and no later than its own heading starts, so the nearest heading is not the cell's column (a task's
    text under a centred "Nội dung nhiệm vụ" starts nearer the "STT" than its own heading)."""
    ends = [b for _, b, _ in head[:-1]]

    def column(a: int) -> int:
        return bisect.bisect_left(ends, a)

    return column


def _pdf_heading_cells(line: str) -> list[tuple[int, int, str]] | None:
    """The cells of a table's heading row laid out by position ("Họ và tên␣␣␣␣␣Chức vụ, đơn vị"): two runs of
    text or more, a column gap apart, each a known column heading (`is_column_heading`); else None. A header's
    or a signature's two blocks side by side ("Nơi nhận:␣␣␣␣TL. CHỦ TỊCH") name no column."""
    segs = _pdf_segments(line)
    if len(segs) < 2 or any(segs[k + 1][0] - segs[k][1] < PDF_COLUMN_GAP for k in range(len(segs) - 1)):
        return None
    return segs if all(is_column_heading(t) for _, _, t in segs) else None


def _pdf_headed_table_at(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The rows of a table with no running numbers whose heading row names its columns, at ``lines[i]``, and
    the line after the table; or None.

    An attendance list set as a ruled table of two columns ("Họ và tên | Chức vụ, đơn vị", one person a row)
    has no running number to open its rows: a line with text in the first column opens a row, a line whose
    text starts in a later column goes on with the cell above it (a post wrapped over two lines: "Giám đốc Ban
    Quản lý dự án … giao" / "thông tỉnh"). A line of text across a column's start (a paragraph, a note over
    the table's width) ends the table, and so does a blank line, unless the table's rows stand apart by blank
    lines from the first one. A row becomes one line, its cells a tab apart, as a Word table's row is read, so
    a name and the post beside it are never read as one line's run of text."""
    head = _pdf_heading_cells(lines[i])
    if head is None:
        return None
    cols = [a for a, _, _ in head]
    column = _pdf_column_finder(head)

    rows: list[list[list[str]]] = [[[t] for _, _, t in head]]
    spaced = False
    end = j = i + 1
    while j < len(lines):
        segs = _pdf_segments(lines[j])
        if not segs:
            if len(rows) > 1 and not spaced:
                break
            spaced = spaced or len(rows) == 1
            j += 1
            continue
        if any(column(a) + 1 < len(cols) and b > cols[column(a) + 1] for a, b, _ in segs):
            break  # a paragraph's line across the columns
        if column(segs[0][0]) == 0:
            rows.append([[] for _ in cols])
        elif len(rows) == 1:
            break  # no row yet for the line to go on with
        for a, _, t in segs:
            rows[-1][column(a)].append(t)
        j += 1
        end = j
    if len(rows) - 1 < PDF_TABLE_MIN_ROWS:
        return None
    return [CELL_SEPARATOR.join(" ".join(c) for c in row).rstrip(CELL_SEPARATOR) for row in rows], end


_LEAD_HEADS = tuple(match_key(w) for w in TASK_TABLE_COLUMNS["lead"])
_SUPPORT_HEADS = tuple(match_key(w) for w in TASK_TABLE_COLUMNS["support"])


def _pdf_merged_leads(rows: list[list[str]]) -> None:
    """Fill, in place, the empty cells of a PDF task table's lead column (its heading in the first row one of
    `TASK_TABLE_COLUMNS`'s "lead" names, "Đơn vị chủ trì"): a task has a body that leads it, so a lead cell left
    empty is a cell merged over several rows, its name written once in the middle of them (a PDF keeps no
    trace of the merge). A name with as many empty rows above as below it is written in the middle of a cell
    merged over all of them (cells centred in height); another empty cell takes the name of the nearest row
    that has one, the one above where two are as near (a cell's text at its top)."""
    lead = next(
        (
            k
            for k, cell in enumerate(rows[0])
            if match_key(cell).startswith(_LEAD_HEADS) and not match_key(cell).startswith(_SUPPORT_HEADS)
        ),
        None,
    )
    if lead is None or lead == 0:
        return
    named = [r for r in range(1, len(rows)) if rows[r][lead]]
    if not named or len(named) == len(rows) - 1:
        return
    given: dict[int, int] = {}  # an empty row -> the row whose name it takes
    for n in named:  # a name in the middle of the empty rows around it: the cell merged over all of them
        k = 1
        while (
            n - k >= 1
            and n + k < len(rows)
            and not rows[n - k][lead]
            and not rows[n + k][lead]
            and n - k not in given
            and n + k not in given
        ):
            given[n - k] = given[n + k] = n
            k += 1
    for r in range(1, len(rows)):
        if not rows[r][lead]:
            rows[r][lead] = rows[given.get(r, min(named, key=lambda n: (abs(n - r), n > r)))][lead]


#: a signature's lone first line stands at least this far in from the page's left edge (a cell's, centred)
PDF_RAGGED_INDENT = 4
#: two signature blocks side by side span at most this many lines of a page laid out by position (blank ones too)
PDF_SIGNATURE_MAX_LINES = 16
_PDF_NAME_RE = re.compile(
    r"[A-ZĐ\u00c0-\u1ef9][a-zđ\u00e0-\u1ef9]*(?: [A-ZĐ\u00c0-\u1ef9][a-zđ\u00e0-\u1ef9]*){1,4}"
)


def _pdf_is_name(cell: str) -> bool:
    """A signer's name as it ends a signature block ("Lường Thị Thu Hà"): two to five capitalised words."""
    return _PDF_NAME_RE.fullmatch(cell) is not None and not cell.isupper()


def _pdf_ragged_signatures(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The lines of two signature blocks side by side (a record's table of signatures) whose one block is
    taller than the other, read block after block, and the line after them; or None.

    Laid out by position, the taller block's first line stands alone above the row that opens both (its cell
    set in the middle of the row: "␣␣␣␣␣␣TRƯỞNG ĐOÀN KIỂM TRA" / "ĐẠI DIỆN ĐƠN VỊ …␣␣␣␣PHÓ GIÁM ĐỐC SỞ LAO ĐỘNG -
    THƯƠNG" / "PHÓ CHỦ TỊCH UBND HUYỆN␣␣␣␣BINH VÀ XÃ HỘI"), so no row pairs the cells of one signature. From
    ``lines[i]``, a lone line in capitals set in from the margin under a line of one part (running text), over
    rows of two cells that end on two names, each cell goes to the block whose column its middle is nearer; the
    lone line's block, either one, is the taller."""
    first = _pdf_segments(lines[i])
    if len(first) != 1 or first[0][0] < PDF_RAGGED_INDENT or not first[0][2].isupper():
        return None
    above = next((ln for ln in reversed(lines[:i]) if ln.strip()), "")
    if len(_pdf_segments(above)) != 1:
        return None  # a line of the blocks' rows above: the lone line is a title under one role ("CHỦ TRÌ")
    rows: list[list[tuple[int, int, str]]] = [first]
    end = None
    for k in range(i + 1, min(len(lines), i + PDF_SIGNATURE_MAX_LINES)):
        segs = _pdf_segments(lines[k])
        if len(segs) > 2:
            return None
        if segs:
            rows.append(segs)
        if len(segs) == 2 and _pdf_is_name(segs[0][2]) and _pdf_is_name(segs[1][2]):
            end = k + 1  # the two signers' names end the two blocks
            break
    if end is None or len(rows) < 3:
        return None
    pairs = [r for r in rows if len(r) == 2]
    left = sum((r[0][0] + r[0][1]) / 2 for r in pairs) / len(pairs)
    right = sum((r[1][0] + r[1][1]) / 2 for r in pairs) / len(pairs)
    blocks: tuple[list[str], list[str]] = ([], [])
    for r in rows:
        for a, b, cell in r:
            mid = (a + b) / 2
            blocks[abs(mid - right) < abs(mid - left)].append(_PDF_WORD_SPACES_RE.sub(" ", cell))
    top = int(abs((first[0][0] + first[0][1]) / 2 - right) < abs((first[0][0] + first[0][1]) / 2 - left))
    if len(blocks[top]) <= len(blocks[1 - top]):
        return None  # the lone line's block is no taller: a line of no signature's
    return blocks[0] + blocks[1], end


def pdf_layout_text(laid: str) -> str:
    """A PDF page's text as pypdf lays it out by position, made like its plain text: lines trimmed, blank lines
    dropped, a justified line's doubled word spaces made one; a gap between columns kept (`PDF_GAP`), so that a
    two-column header or signature block ("THƯ KÝ␣␣␣␣CHỦ TRÌ" / "Y Mai␣␣␣␣A Pêng") keeps its columns, and a
    table's rows rebuilt one a line, cells a tab apart (`_pdf_table_at`).

    >>> pdf_layout_text("  THƯ KÝ          CHỦ TRÌ\\n\\n   Y Mai            A Pêng")
    'THƯ KÝ    CHỦ TRÌ\\nY Mai    A Pêng'
    """
    lines = laid.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        table = (
            _pdf_table_at(lines, i) or _pdf_headed_table_at(lines, i)
            if _PDF_GAP_RE.search(lines[i].strip())
            else None
        )
        if table is None and not _PDF_GAP_RE.search(lines[i].strip()):
            table = _pdf_ragged_signatures(lines, i)
        if table is not None:
            rows, i = table
            out.extend(rows)
            continue
        s = lines[i].strip()
        i += 1
        if s:
            out.append(_PDF_WORD_SPACES_RE.sub(" ", _PDF_GAP_RE.sub(PDF_GAP, s)))
    return "\n".join(out)


def _read_pdf(data: bytes, p: Path, max_bytes: int) -> tuple[str, str | None, tuple[str, ...]]:
    if b"%PDF-" not in data[:1024]:
        for magic, what, hint in _SIGNATURES:
            if data.startswith(magic):
                raise UnreadableNoticeError(p, f"{what}, not a PDF", hint, code="E109")
        raise UnreadableNoticeError(
            p, "not a PDF (no %PDF- header)", "check the download; re-export the notice as PDF", code="E109"
        )
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except (DependencyError, NotImplementedError) as error:
                raise UnreadableNoticeError(
                    p,
                    f"encrypted PDF ({error})",
                    "remove the encryption (qpdf --decrypt in.pdf out.pdf) and read the copy",
                    code="E110",
                ) from error
            if not unlocked:
                raise UnreadableNoticeError(
                    p, "encrypted PDF (password-protected)",
                    "remove the password (qpdf --decrypt --password=PASS in.pdf out.pdf) and read the copy", code="E110",
                )  # fmt: skip
        pages = [_pdf_two_columns(_pdf_page_text(page)) for page in reader.pages]
    except IngestError:
        raise
    except Exception as error:  # noqa: BLE001 - pypdf raises many types on broken files
        raise UnreadableNoticeError(
            p, f"corrupt PDF ({type(error).__name__}: {error})", "re-export the notice as PDF", code="E109"
        ) from error
    if not "".join(pages).strip():
        raise UnreadableNoticeError(p, "scanned PDF without a text layer", _OCR_HINT, code="E111")
    blank = [str(i) for i, page in enumerate(pages, start=1) if not page.strip()]
    notes = (f"pages without a text layer: {', '.join(blank)}",) if blank else ()
    # the pages together: a table or a sentence goes on over a page break
    return pdf_layout_text("\n".join(pages)), None, notes


_READERS: dict[str, Callable[[bytes, Path, int], tuple[str, str | None, tuple[str, ...]]]] = {
    "txt": _read_txt,
    "md": _read_md,
    "html": _read_html,
    "docx": _read_docx,
    "pdf": _read_pdf,
}
