"""The layout of a notice: header, title, body blocks, recipients and signature block.

Why by lines: a notice laid out per Nghị định 30/2020/NĐ-CP keeps each part on
lines of its own (quốc hiệu, "Số:", place and date, title, body, "Nơi nhận",
signature), even after a two-column header or signature has been flattened to
text. Body lines are grouped into blocks (paragraphs and list items) carrying
their list marker, because the marker's kind (I., 1., a), -, +) says what is a
heading and what sits under it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ketluan.ingest.lang.vi.agencies import AGENCY_HEADS, DISTRICT_TYPES, LOCALITY_TYPES
from ketluan.ingest.lang.vi.date_words import DATE_OPEN_LINE_ENDS
from ketluan.ingest.lang.vi.page_layout import (
    HEADER_NAME_CONTINUATIONS,
    HEADER_NAME_OPEN_ENDS,
    HEADER_PLACE_BODY_WORDS,
    HEADER_PLACE_MAX_WORDS,
    HEADER_PLACE_UNITS,
    MAIL_CLOSINGS,
    MAIL_CONTACT_LABELS,
    MAIL_HEADER_FIELDS,
    MAIL_SENDER_FIELDS,
    MAIL_SIGNATURE_DELIMITERS,
    PAGE_TOOL_LABELS,
    PRESS_HEADS,
    RECORD_CHAIR_SIGNATURES,
    RECORD_SECRETARY_SIGNATURES,
    RECORD_SIDE_LETTERS,
    RECORD_SIDE_REPRESENTATIVE,
    RECORD_SIDE_WORDS,
    RELATED_NEWS_HEADINGS,
    SITE_NAME_MAX_WORDS,
    SITE_NAME_PREFIXES,
)
from ketluan.ingest.lang.vi.structure import (
    ABSENCE_MARKS,
    ABSENCE_REASONS,
    ACTION_CUES,
    APPENDIX_HEADINGS,
    ATTENDANCE_CUES,
    BODY_OPENINGS,
    CHAIR_LIST_LABELS,
    DISPATCH_SUBJECT_OPENINGS,
    DOCUMENT_TYPES,
    MOTTO_CELLS,
    NATIONAL_MOTTO_LINES,
    NUMBER_OPEN_LINE_ENDS,
    ORDINAL_ITEM_WORDS,
    PAGE_STAMP_LABELS,
    RECIPIENTS_HEADINGS,
    SIGNED_MARKS,
    TITLE_CONTINUATIONS,
    TITLE_HEAD_TYPES,
    TITLE_OPEN_ENDINGS,
    TYPE_LINE_MAX_WORDS,
)
from ketluan.ingest.lang.vi.surnames import COMMON_MIDDLE_NAMES, SURNAMES
from ketluan.ingest.lang.vi.titles import SIGNATURE_AUTHORITY_MARKS, TITLES
from ketluan.ingest.places import load_gazetteer
from ketluan.ingest.records import Span
from ketluan.ingest.text import CELL_SEPARATOR, longest_first, marks_lost_pattern, match_key


@dataclass(slots=True)
class Line:
    start: int
    end: int
    text: str  # the raw line
    clean: str  # markdown emphasis and bullets removed, stripped
    clean_start: int  # offset of `clean` in the notice text


@dataclass(slots=True)
class Block:
    """A paragraph or list item of the body (continuation lines joined)."""

    marker: str  # "roman", "digit", "letter", "dash", "plus", "star", "dot", "" (plain paragraph)
    label: str  # the marker as written ("II", "3", "b", "-")
    span: Span  # the content, marker excluded
    text: str  # content with line breaks turned into spaces (same length as the span)
    emphasised: bool = False  # written in bold/heading style


@dataclass(slots=True)
class Layout:
    kind: str  # "notice" | "news"
    header: list[Line] = field(default_factory=list)
    number: Line | None = None
    place_date: Line | None = None
    title: Span | None = None
    body: list[Block] = field(default_factory=list)
    recipients: list[Line] = field(default_factory=list)
    signature: list[Line] = field(default_factory=list)


_EMPH = re.compile(r"^[\s*_#>\\]*")
_EMPH_ROW = re.compile(r"^[ *_#>\\]*")
_EMPH_END_MARKS = frozenset("*_\\")  # emphasis closing a line, and the escapes before it
# (a Roman numeral before "/" or "-" and a digit is a quarter, not a heading: "trong quý⏎IV/2017"; a number
# before "/" and a document's code is a document's number, not an item: "Nghị quyết số⏎01/NQ-CP của Chính phủ")
_MARKER = re.compile(
    r"^(?P<m>(?P<digit2>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?(?=\s)|(?P<roman>[IVXLC]{1,5})\s*(?:[.):]|[\-–/](?!\s*\d))|(?P<digit>\d{1,2})(?!/[A-ZĐ&]{1,8}-[A-ZĐ])\s*[.\-–)/](?!\d)|\((?P<pdigit>\d{1,2})\)(?=\s)|(?P<letter>[a-zđ])\s*[)]|(?P<letter2>[a-zđ])\s*\.(?=\s)|(?P<part>[A-ZĐ])\.(?=\s)"
    r"|(?P<dash>[-–—])|(?P<plus>\+)|(?P<star>\\?\*)|(?P<dot>[·•●○▪■◦]))\s*"
)
_PLACE_DATE = re.compile(r"^[^\d,]{2,40},\s*ngày\b", re.IGNORECASE)


def _match_marker(s: str) -> re.Match[str] | None:
    """The list marker opening ``s``, or None. A part's capital letter counts only before a heading in capitals
    ("A. THÀNH PHẦN", "C. KẾT LUẬN"), not before a name ("A. Nguyễn", "B. Hà Nội": an initial); a Roman numeral
    joined by its hyphen to a word in lower case is a word ("X-quang", a line broken before it), not a heading
    ("II- Kết luận", "III-KẾT LUẬN")."""
    m = _MARKER.match(s)
    if m is not None and m.group("roman") and s[m.end("roman") :][:1] in "-–" and s[m.end() :][:1].islower():
        return (
            None  # "X-quang; hoàn thiện hồ sơ …": a word written with a Roman letter and a hyphen, no heading
        )
    if m is not None and m.group("part"):
        words = s[m.end() :].split(maxsplit=1)
        if not (words and len(words[0]) >= 2 and words[0].isupper()):
            return None
    return m


# "Thứ nhất, …", "Hai là: …" opening a line: an item numbered in words (`ORDINAL_ITEM_WORDS`), unless a date
# follows (a weekday: "Thứ hai, ngày 5/10")
_ORDINAL_ITEM = re.compile(
    r"^(?P<word>" + "|".join(sorted((re.escape(w) for w in ORDINAL_ITEM_WORDS), key=len, reverse=True)) + r")"
    r"\s*[,:](?!\s*(?:ngày\b|\d))\s*",
    re.IGNORECASE,
)
# a web page's dateline alone on its line: "Thứ Tư, 15/03/2023 | 08:42", "15/03/2023 08:42 (GMT+7)", "(03/07/2024)"
_DATELINE = re.compile(
    r"^\(?(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*(?:ngày\s+)?)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\)?"
    r"(?:\s*[|,\-–]?\s*\d{1,2}[:h]\d{2}(?:\s*(?:\(?GMT[+-]?\d*\)?|SA|CH|AM|PM))?)?\s*$",
    re.IGNORECASE,
)
# the same dateline opening a line of a page's stamps, a space, a dash or a bar before the next ("15/11/2019 -
# 09:12 Lượt xem: 1.204", "Thứ Sáu, 15/11/2019 09:12 | Người đăng: …")
_LEADING_DATELINE = re.compile(
    r"\(?(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*(?:ngày\s+)?)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\)?"
    r"(?:\s*[|,\-–]?\s*\d{1,2}[:h]\d{2}(?:\s*(?:\(?GMT[+-]?\d*\)?|SA|CH|AM|PM))?)?\s*[|\-–]?\s*",
    re.IGNORECASE,
)
# a day closing the clause that opens a line, as the body's opening sentence has it ("Tại hội nghị ngày
# 20/11/2025, dưới sự chủ trì …"); a title names its meeting's day without a clause after it ("… năm 2023, định
# hướng nhiệm vụ năm 2024" is a title's list, so a year alone does not count)
_DATED_CLAUSE = re.compile(r"^.{0,40}?\bngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*,", re.IGNORECASE)
_RULE_LINE = re.compile(r"[-–—_=*~.·•]{3,}|[-–—_=*~]")
# the border of a table pandoc writes in plain text, a rule over each column ("------------ ------------"), or
# the rules under both columns of a header typed in text: no words
_RULE_ROW = re.compile(r"[-–—_=~]{3,}(?:[ \t]+[-–—_=~]{3,})+")
_PLACE_DATE_AFTER_NUMBER = re.compile(r"\S\s+([^\W\d_][^\d,/]{1,39},\s*ngày\b.*)$", re.IGNORECASE)
_NUMBER = re.compile(r"^(?:Số|SỐ|số)\s*[:.]?\s*[\d/]|^(?:Số|SỐ)\s*:", re.UNICODE)
_SIGN_MARK = re.compile(
    r"^(?:" + "|".join(re.escape(m) for m in SIGNATURE_AUTHORITY_MARKS) + r")\s*\S", re.IGNORECASE
)
_TERMINAL = (".", ":", ";", "!", "?", "…", "./.", ")")
# A hard-wrapped text's lines are at most this long (a page's width in characters); its full lines are at
# least this share of the median width of its lines broken mid-sentence (`hard_wrap_width`).
WRAP_WIDTH_MAX = 140
# … and at least this long: a narrow column of a two-column PDF page or a newspaper's column keeps 35–50
# characters a line ("c) Sở Tài chính chủ trì thẩm định, trình UBND" / "tỉnh điều chỉnh …"), and is as much a
# hard-wrapped text as a full page's (three lines broken mid-sentence still make it one)
WRAP_WIDTH_MIN = 34
# A title's first line opens with its document type in capitals: this many characters of it are (mostly) upper
# case ("THÔNG BÁO KẾT LUẬN CỦA …"), whatever follows.
TITLE_HEAD_UPPER_CHARS = 30
WRAP_FULL_SHARE = 0.8
# The gap between the two columns of a header flattened onto one line ("SỞ Y TẾ␣␣␣␣Độc lập - Tự do -
# Hạnh phúc"), a markdown table's cell border, or a line break kept inside a cell ("<br>").
# Linear: a run of blanks is taken whole (with at most one "|" in it) and only then judged a gap.
# a gap between the columns of a flattened header: spaces, a table bar, a <br>, or one bold run closed and the
# next opened ("**TRUNG TÂM KỸ THUẬT TCĐLCL** **Độc lập - Tự do - Hạnh phúc**")
_COLUMN_GAP = re.compile(
    r"\*\*[ \t\u00a0]+\*\*|[ \t\u00a0]+(?:\|[ \t\u00a0]*)?|\|[ \t\u00a0]*|<br\s*/?>", re.IGNORECASE
)
_NUMBER_LABEL = re.compile(r"^(?:Số|SỐ|số)\s*[:.]?$")


def _clean(raw: str) -> tuple[str, int]:
    """Strip markdown emphasis and quote marks; return the text and its offset within ``raw``."""
    # a table row whose first cells are empty ("⇥⇥BSCKI. Lê Thị Hoa⇥Trưởng phòng": the body's cell merged down
    # from the row above) keeps its leading tabs, so that each cell stays under its column's heading
    # (a list item a Word document indents with a tab, "⇥a)⇥Phòng X …", is no row)
    row = raw[:1] in " \t" and raw.count("\t") >= 2 and not _match_marker(raw.lstrip(" \t"))
    lead = (_EMPH_ROW if row else _EMPH).match(raw)
    start = lead.end() if lead else 0
    # keep an escaped bullet star "\*" visible as a marker
    if raw[:start].endswith("\\") and raw[start : start + 1] == "*":
        start -= 1
    # a trailing "*" closes emphasis; keep escaped ones out too. (Walked back from the line's end rather than
    # searched for: a search for the trailing run retries from every blank of a line of blanks, which a long
    # one ("⇥ ⇥ ⇥ … x") makes quadratic.)
    end = len(raw)
    while end > start and (raw[end - 1].isspace() or raw[end - 1] in _EMPH_END_MARKS):
        end -= 1
    return raw[start:end], start


def split_lines(text: str) -> list[Line]:
    lines = []
    pos = 0
    for raw in text.split("\n"):
        clean, off = _clean(raw)
        lines.append(Line(pos, pos + len(raw), raw, clean, pos + off))
        pos += len(raw) + 1
    return lines


def split_columns(line: Line) -> list[Line]:
    """The cells of a header line: a two-column header flattened to one line is two lines side by side.

    "UBND TỈNH BẾN TRE␣␣␣␣CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" gives the issuer's line and the quốc
    hiệu; "Số: 118/TB-STC␣␣␣␣Bến Tre, ngày 23 tháng 5 năm 2017" the number and the place and date.
    Offsets stay those of the notice text. A label cut from its value ("Số:␣␣12/TB") is joined back.
    """
    raw = line.text
    cuts = [
        (m.start(), m.end())
        for m in _COLUMN_GAP.finditer(raw)
        if "|" in m.group()
        or "\t" in m.group()
        or "<" in m.group()
        or "*" in m.group()
        or len(m.group()) >= 2
    ]
    # the quốc hiệu's lines start a column wherever they stand, even one space after the issuer's line
    # ("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG Độc lập - Tự do - Hạnh phúc")
    for m in _motto().finditer(raw):
        if m.start() > 0 and raw[m.start() - 1] in " \t" and not any(a <= m.start() - 1 < b for a, b in cuts):
            cuts.append((m.start() - 1, m.start()))
    cuts.sort()
    if not cuts:
        return [line]
    pieces: list[tuple[int, int]] = []
    pos = 0
    for a, b in cuts:
        if a > pos:
            pieces.append((pos, a))
        pos = b
    if pos < len(raw):
        pieces.append((pos, len(raw)))
    merged: list[tuple[int, int]] = []
    for a, b in pieces:
        if merged and _NUMBER_LABEL.match(raw[merged[-1][0] : merged[-1][1]].strip(" *_")):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    out = []
    for a, b in merged:
        clean, off = _clean(raw[a:b])
        if clean.strip():
            out.append(Line(line.start + a, line.start + b, raw[a:b], clean, line.start + a + off))
    return out or [line]


# the end of a recipient's entry and the signature's line after it on the same line, one space apart once
# flattened: "- Sở KH&CN (b/c); PHÓ CHI CỤC TRƯỞNG", "- Lưu: VT, QLĐL. Nguyễn Thế Hùng", "Nơi nhận: KT. CHI CỤC
# TRƯỞNG" (a title in capitals, a name, or "(Đã ký)" follows)
# (or an authority's mark before a title: "- GĐ, các PGĐ Sở; Q. CHÁNH VĂN PHÒNG")
_RECIPIENT_THEN_SIGNATURE = re.compile(
    r"^((?:[-–·•+*][^;]*?[;.]|nơi nhận\s*:|nơi gửi\s*:))\s+((?:[A-ZĐÀ-Ỹ]{2,}|\(?đã ký|[A-ZĐ][a-zà-ỹ]+\s+[A-ZĐ][a-zà-ỹ]+"
    r"|(?-i:(?:" + "|".join(re.escape(m) for m in SIGNATURE_AUTHORITY_MARKS) + r")\s*[A-ZĐÀ-Ỹ]{2,})).*)$",
    re.IGNORECASE,
)


# a recipient's entry wrapped onto the next line sits at the left margin, indented this many spaces at most
RECIPIENT_WRAP_INDENT_MAX = 8
# an entry of "Nơi nhận" left open at its line's end: the list of its bodies goes on below ("- UBND các huyện:
# Cẩm Giàng," / "Kim Thành;"), as no signature's line ends
_OPEN_RECIPIENT = re.compile(r"\w\s*(?:[,:&]|\bvà)$")


def _wraps_recipient(prev: Line, cell: Line, line: Line) -> bool:
    """Is ``cell``, the first cell of ``line`` in the "Nơi nhận" column, the rest of the entry ``prev`` left open
    ("- Các Sở: KH&ĐT, TN&MT, XD," / "  TC, CT;␣␣␣␣␣␣(Đã ký)")? A line of the signature beside the list stands
    far to the right; the wrapped entry at the left margin, under an entry that ended on a comma, a colon or
    "và"."""
    return (
        cell.clean_start - line.start <= RECIPIENT_WRAP_INDENT_MAX
        and _OPEN_RECIPIENT.search(prev.clean.rstrip()) is not None
        and not _is_signature_line(cell)
    )


def _split_recipient_cell(ln: Line) -> list[Line]:
    """A line of "Nơi nhận" flattened with the signature's line beside it: the two parts."""
    m = _RECIPIENT_THEN_SIGNATURE.match(ln.clean)
    if m is None or not _looks_like_signature(m.group(2)):
        return [ln]
    if re.search(r"\b(?:TP|TX|Tp|Tx|TT|P|Q)\.$", m.group(1)) or m.group(2).rstrip().endswith((";", ",")):
        return [ln]  # "- UBND TP. Kon Tum;": an abbreviation's stop, and one recipient
    a = ln.clean_start + m.start(2)
    left = Line(ln.start, a, ln.text, ln.clean[: m.end(1)], ln.clean_start)
    right = Line(a, ln.end, ln.text, m.group(2), a)
    return [left, right]


def _looks_like_signature(s: str) -> bool:
    """A title in capitals ("PHÓ CHI CỤC TRƯỞNG", "KT. GIÁM ĐỐC"), "(Đã ký)", or a person's name alone."""
    t = s.strip()
    if re.match(r"^\(?đã ký", t, re.IGNORECASE):
        return True
    letters = [ch for ch in t if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters):
        return True
    words = t.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() and w[1:].islower() for w in words)


@lru_cache(maxsize=1)
def _motto() -> re.Pattern[str]:
    """The quốc hiệu and the Party's line, in either tone-mark placement and any spacing, and as a scan's OCR
    reads them with marks lost ("Độc lập - Tự do - Hanh phuc", "CỘNG HOÀ XÃ HỘl CHỦ NGHĨA"): no other line of a
    header reads so without its marks."""
    return re.compile("|".join(marks_lost_pattern(phrase) for phrase in NATIONAL_MOTTO_LINES), re.IGNORECASE)


def _opens_motto(key: str) -> bool:
    """Header line ``key`` (as `match_key` writes it) opens with the quốc hiệu, the motto or the Party's line."""
    return _motto().match(key) is not None


def is_table_row(s: str) -> bool:
    """A row of a table flattened to text: cells split by "|" (text, markdown) or tabs (.docx, html)."""
    return s.count("|") >= 2 or s.count("\t") >= 2


def table_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each non-empty cell of the row text[start:end], blanks trimmed."""
    out = []
    pos = start
    for m in re.finditer(r"[|\t]", text[start:end]):
        out.append((pos, start + m.start()))
        pos = start + m.end()
    out.append((pos, end))
    cells = []
    for a, b in out:
        while a < b and text[a] in " *_":
            a += 1
        while b > a and text[b - 1] in " *_":
            b -= 1
        cells.append((a, b))
    return cells


@lru_cache(maxsize=1 << 14)
def _is_upper_line(s: str) -> bool:
    """Mostly capitals (> 90 % of at least 3 letters); cached: the layout asks it of each line several times."""
    letters = "".join(filter(str.isalpha, s))  # C-level loops: a line is read once per notice
    return len(letters) >= 3 and sum(map(str.isupper, letters)) / len(letters) > 0.9


def _starts(key: str, options: tuple[str, ...]) -> bool:
    return key.startswith(options)  # any of them (str.startswith takes a tuple)


def _is_title_head(line: Line) -> bool:
    key = match_key(line.clean)
    if not key:
        return False
    # the cheap test first (both are pure): most lines start with no document type
    # the type and what follows it in capitals; a long title may go on in lower case on the same line
    # ("THÔNG BÁO KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY về kết quả …", once a flattened notice is re-lined)
    # or the type alone in capitals, the rest of the line in lower case: "THÔNG BÁO KẾT LUẬN của Giám đốc Công
    # ty tại cuộc họp …" (a one-line title, as a wiki or an e-mail writes it)
    for t in TITLE_HEAD_TYPES:
        if key == t or key.startswith(t + " "):
            return _is_upper_line(line.clean[:TITLE_HEAD_UPPER_CHARS]) or _is_upper_words(line.clean, t)
    return False


def _is_upper_words(s: str, key: str) -> bool:
    """The words of ``s`` that ``key`` spans are written in capitals ("THÔNG BÁO" opening "THÔNG BÁO của …")."""
    words = s.split()[: len(key.split())]
    return all(w.isupper() for w in words) and len("".join(words)) >= 3


def _is_signature_line(line: Line) -> bool:
    s = line.clean.strip()
    if not s:
        return False
    key = match_key(s)
    if _SIGN_MARK.match(s) or key.startswith(SIGNED_MARKS):
        return True
    if _SIDE_ROLE.match(key.lstrip("| *_")) and ":" not in key and _is_upper_line(s):
        # "ĐẠI DIỆN BÊN A⇥ĐẠI DIỆN BÊN B": a working record's two sides sign (not "ĐẠI DIỆN BÊN A:" over the
        # side's members at the record's opening)
        return True
    if _party_captions(line) is not None or _parties_beside_secretary(line) is not None:
        return True
    # upper-case post titles alone on a line: "PHÓ GIÁM ĐỐC", "CHÁNH VĂN PHÒNG" (the length first: it is cheap)
    # or a meeting record's signing roles, one ("CHỦ TỌA") or two side by side ("THƯ KÝ CHỦ TRÌ")
    if is_table_row(s) and _is_upper_line(s):
        # "| ĐẠI DIỆN CÔNG TY | THƯ KÝ | CHỦ TRÌ<br>CHI CỤC TRƯỞNG |", or two bodies signing a joint notice side
        # by side: "| TM. ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH | TM. ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG |"
        return _record_roles(line) is not None or _joint_authorities(line) is not None
    if (len(s) < 60 or (len(s) < 120 and len(key) < 60)) and _is_upper_line(s):
        # (the key's length: two columns set far apart by spaces, "THƯ KÝ HỘI ĐỒNG        CHỦ TỊCH HỘI ĐỒNG")
        return key.strip(" .") in TITLES or (
            _RECORD_ROLE.search(key) is not None
            and (_sign_kind(s) in ("chair", "secretary") or _record_roles(line) is not None)
        )
    return False


def _party_captions(line: Line) -> list[Line] | None:
    """The columns of a line of a record's signatures that names, side by side in capitals and a gap apart, the
    parties each signer stands for ("ĐẠI DIỆN HẠT KIỂM LÂM␣␣␣␣ĐẠI DIỆN UBND XÃ LỘC BẮC": a field record signed by
    each party present, two to a row), else None. No colon: "Đại diện Hạt Kiểm lâm:" heads a party's members
    at the record's opening."""
    s = line.clean.strip()
    if ":" in s or not _is_upper_line(s) or not _COLUMN_GAP.search(line.text.strip()):
        return None
    cells = [c for c in split_columns(line) if c.clean.strip(" *_|")]
    if len(cells) < 2 or not all(_sign_kind(c.clean) == "party" for c in cells):
        return None
    return cells


def _parties_beside_secretary(line: Line) -> list[Line] | None:
    """The cells of a record's signature line naming, side by side, the parties' representatives and the secretary
    between or beside them, with no chair's role ("ĐẠI DIỆN CHỦ ĐẦU TƯ␣␣␣␣THƯ KÝ␣␣␣␣ĐẠI DIỆN UBND TỈNH": a working
    session between a province and an investor, each side signing for itself), else None."""
    cells = _table_cells(line)
    if cells is None or ":" in line.clean:
        return None
    kinds = [_sign_kind(c.clean) for c in cells]
    if set(kinds) != {"party", "secretary"} or kinds.count("secretary") != 1:
        return None
    return cells


# the kinds of body a name opens with, longest first ("văn phòng ubnd" before "ubnd")
_AGENCY_HEADS_RE = re.compile(r"(" + longest_first(AGENCY_HEADS) + r")(?:\s+(\S+))?")
_SIDE_REPRESENTATIVES_RE = re.compile(r"(?:" + longest_first(RECORD_SIDE_REPRESENTATIVE) + r")\s+")


def _body_kind(key: str) -> tuple[str, str] | None:
    """The kind of body (`AGENCY_HEADS`) that a name in lower case opens with, and the level word after its head
    (`LOCALITY_TYPES`: "ubnd tỉnh" → ("ubnd", "tỉnh")), or None."""
    m = _AGENCY_HEADS_RE.match(key)
    if m is None:
        return None
    level = m.group(2) if m.group(2) in LOCALITY_TYPES else ""
    return AGENCY_HEADS[m.group(1)], LOCALITY_TYPES.get(level, "")


def _issuer_kind(header: list[Line]) -> tuple[str, str] | None:
    """The kind and level of the body a notice's header names as its issuer: its lowest line that names a body,
    alone or with the line above it ("ỦY BAN NHÂN DÂN" / "TỈNH LÂM ĐỒNG")."""
    keys = [match_key(h.clean).strip(" .") for h in header]
    for i in range(len(keys) - 1, -1, -1):
        for key in (keys[i], f"{keys[i - 1]} {keys[i]}" if i else ""):
            if key and (kind := _body_kind(key)) is not None:
                return kind
    return None


def _issuer_party(cells: list[Line], header: list[Line]) -> int | None:
    """The column of the party's representative that stands for the issuer of a record signed by its parties
    ("ĐẠI DIỆN UBND TỈNH" under a header of "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"): the one party whose body is of the
    issuer's kind and level, else None. The record is the issuer's: its representative presided and signs for it."""
    issuer = _issuer_kind(header)
    if issuer is None:
        return None
    found = []
    for k, c in enumerate(cells):
        key = match_key(c.clean).strip(" *_|.:")
        if _sign_kind(c.clean) != "party":
            continue
        kind = _body_kind(_SIDE_REPRESENTATIVES_RE.sub("", key, count=1))
        if (
            kind is not None
            and kind[0] == issuer[0]
            and (not kind[1] or not issuer[1] or kind[1] == issuer[1])
        ):
            found.append(k)
    return found[0] if len(found) == 1 else None


#: a line naming a meeting record's signing roles side by side is shorter than this (a table row's cells each)
SIGN_ROLES_LINE_MAX = 60
_CHAIR_SIGNS = frozenset(RECORD_CHAIR_SIGNATURES)
_SECRETARY_SIGNS = frozenset(RECORD_SECRETARY_SIGNATURES)
_WORD = re.compile(r"\S+")
# a line naming one of the roles (cheap test before the columns are looked for)
_RECORD_ROLE = re.compile(longest_first(_CHAIR_SIGNS | _SECRETARY_SIGNS))


# a party's representative signing a record beside its chair ("ĐẠI DIỆN CÔNG TY", "ĐẠI DIỆN UBND XÃ HỐ NAI 3")
_PARTY_SIGNS = tuple(w + " " for w in RECORD_SIDE_REPRESENTATIVE)


#: the most words of a post title under a signing role in one cell
_POST_WORDS_MAX = 4


def _role_over_post(key: str, cell: str) -> str | None:
    """The signing role that opens a cell in capitals over the signer's post, the line break between them lost
    ("CHỦ TRÌ HỘI NGHỊ PHÓ CHỦ TỊCH UBND TỈNH": an HTML or Word table's cell read as one line), else None.
    ``key``: the cell's `match_key`."""
    if not _is_upper_line(cell):
        return None
    words = key.split()
    for k in range(len(words) - 1, 0, -1):
        rest = words[k:]
        if any(" ".join(rest[:j]) in TITLES for j in range(1, min(len(rest), _POST_WORDS_MAX) + 1)):
            role = " ".join(words[:k])
            if role in _CHAIR_SIGNS:
                return role
    return None


def _sign_kind(s: str) -> str | None:
    """What one column of a signature block's line holds: "chair" or "secretary" (a meeting record's signing
    role: `RECORD_CHAIR_SIGNATURES`, `RECORD_SECRETARY_SIGNATURES`), "party" (a party's representative signing
    the record: "ĐẠI DIỆN CÔNG TY"), "signed" ("(Đã ký)"), "title" (a post in capitals), "name" (a person's
    name: a family name and up to four capitalised syllables), or None."""
    t = s.strip(" *_")
    key = match_key(t).strip(" .:")
    if not key:
        return None
    # the role, alone or over the signer's post in the same cell ("CHỦ TRÌ, CHI CỤC TRƯỞNG")
    role = key.split(",", 1)[0].strip(" .:")
    if role in _CHAIR_SIGNS or _role_over_post(role, t) in _CHAIR_SIGNS:
        return "chair"
    if role in _SECRETARY_SIGNS:
        return "secretary"
    if key.startswith(_PARTY_SIGNS):
        return "party"
    if key.startswith(SIGNED_MARKS):
        return "signed"
    if _is_upper_line(t) and key in TITLES:
        return "title"
    words = t.split()
    if (
        2 <= len(words) <= 5
        and words[0] in SURNAMES
        and all(w[:1].isupper() and w[1:].islower() for w in words)
    ):
        return "name"
    return None


def _two_columns(line: Line) -> tuple[Line, Line] | None:
    """The two columns of a signature block's line holding two signatures side by side: cells a gap, a tab or a
    table bar sets apart, or, flattened one space apart (a PDF's text), the one cut of the line into two parts
    of a kind ("THƯ KÝ CHỦ TRÌ", "(đã ký) (đã ký)", "Lê Thị Hương Lê Đình Thuận"); None if it is no such line.
    Of two names, the cut that opens the second with a family name that is no common middle name, then the
    most even one, is taken ("Nguyễn Văn An Trần Văn Bình": not before "Văn")."""
    cells = [c for c in split_columns(line) if c.clean.strip(" *_")]
    if len(cells) == 2:
        return cells[0], cells[1]
    if len(cells) != 1:
        return None
    ln = cells[0]
    words = list(_WORD.finditer(ln.clean))
    best: tuple[tuple[bool, int], int] | None = None
    for k in range(1, len(words)):
        left, right = ln.clean[: words[k - 1].end()], ln.clean[words[k].start() :]
        kinds = (_sign_kind(left), _sign_kind(right))
        if not (
            (kinds[0] == kinds[1] and kinds[0] in ("signed", "name", "title"))
            or set(kinds) == {"chair", "secretary"}
        ):
            continue
        rank = (words[k].group() in COMMON_MIDDLE_NAMES, abs(len(left) - len(right)))
        if best is None or rank < best[0]:
            best = (rank, k)
    if best is None:
        return None
    k = best[1]
    a, b = ln.clean_start + words[k - 1].end(), ln.clean_start + words[k].start()
    return (
        Line(ln.start, a, ln.text, ln.clean[: words[k - 1].end()], ln.clean_start),
        Line(b, ln.end, ln.text, ln.clean[words[k].start() :], b),
    )


def _table_cells(line: Line) -> list[Line] | None:
    """The non-empty cells of a table row of three or more ("| ĐẠI DIỆN CÔNG TY | THƯ KÝ | CHỦ TRÌ |"), or of a
    line of three or more columns set apart by gaps ("ĐẠI DIỆN ĐƠN VỊ␣␣␣THƯ KÝ␣␣␣TRƯỞNG ĐOÀN": a scanned
    record's signatures side by side), else None."""
    if not is_table_row(line.clean) and not _COLUMN_GAP.search(line.text):
        return None
    cells = [c for c in split_columns(line) if c.clean.strip(" *_|")]
    return cells if len(cells) >= 3 else None


def _joint_authorities(line: Line) -> list[Line] | None:
    """The cells of a table row naming, side by side, the authorities two or more bodies sign a joint notice
    for ("| TM. ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH | TM. ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG |", "| KT. CHỦ TỊCH |
    KT. CHỦ TỊCH |"): every cell opens with an authority's mark; else None."""
    if not (is_table_row(line.clean) or _COLUMN_GAP.search(line.text)):
        return None
    cells = [c for c in split_columns(line) if c.clean.strip(" *_|")]
    if len(cells) < 2 or not all(_SIGN_MARK.match(c.clean.strip(" *_|")) for c in cells):
        return None
    return cells


def joint_signature(sig: list[Line]) -> list[Line]:
    """The first signer's lines of a joint notice's signatures set side by side in a table ("| TM. UBND TỈNH
    QUẢNG NINH | TM. UBND THÀNH PHỐ HẢI PHÒNG |" / "| KT. CHỦ TỊCH | KT. CHỦ TỊCH |" / … / "| Phạm Ngọc Thưởng |
    Đỗ Trung Kiên |") or in columns a gap apart: each row's first cell, from the row naming the authorities on;
    else ``sig`` itself."""
    r = next((i for i, ln in enumerate(sig) if _joint_authorities(ln) is not None), None)
    if r is None:
        return sig
    if not is_table_row(sig[r].clean):
        # columns set apart by gaps ("TM. UBND TỈNH QUẢNG NINH␣␣␣␣TM. UBND THÀNH PHỐ HẢI PHÒNG"): by position
        return _chair_column_by_position(sig, r, 0)
    out = list(sig[:r])
    for row in sig[r:]:
        if not is_table_row(row.clean):
            out.append(row)
            continue
        cells = [c for c in split_columns(row) if c.clean.strip(" *_|")]
        if cells and not _RULE_LINE.fullmatch(cells[0].clean.strip(" |:")):
            out.append(cells[0])
    return out


def _column_of(cell: Line, row: Line, columns: list[tuple[float, float]]) -> int:
    """The column (of ``columns``: each one's start and end on its line) that ``cell`` of line ``row`` stands
    under: the one whose middle is nearest the cell's."""
    a = cell.clean_start - row.start
    mid = a + len(cell.clean.rstrip()) / 2
    return min(range(len(columns)), key=lambda k: abs((columns[k][0] + columns[k][1]) / 2 - mid))


def _chair_column_by_position(sig: list[Line], r: int, chair: int) -> list[Line]:
    """The lines of a signature block from its roles' line ``sig[r]`` on, laid out in columns set apart by
    gaps (a scanned record's three signatures side by side), each cut into its cells and the chair's column
    kept: a cell is in the column whose role stands over it ("GIÁM ĐỐC" under the first role only is not the
    chair's)."""
    roles = sig[r]
    columns = [
        (float(c.clean_start - roles.start), float(c.clean_start - roles.start + len(c.clean.rstrip())))
        for c in split_columns(roles)
        if c.clean.strip(" *_")
    ]
    out = list(sig[:r])
    for row in sig[r:]:
        for cell in split_columns(row):
            if cell.clean.strip(" *_") and _column_of(cell, row, columns) == chair:
                out.append(cell)
    return out


def _record_roles(line: Line) -> int | None:
    """The column of the chair's signature on a line naming a meeting record's signing roles side by side
    ("THƯ KÝ⇥CHỦ TRÌ", "THƯ KÝ CHỦ TỌA", or a table row of three with the other party's representative: "|
    ĐẠI DIỆN CÔNG TY | THƯ KÝ | CHỦ TRÌ |"), else None.

    A record of an inspection or a working visit is signed by each party beside the team's head, with no
    secretary's signature: "| ĐẠI DIỆN CÔNG TY | ĐẠI DIỆN UBND XÃ | TRƯỞNG ĐOÀN KIỂM TRA |". The head's column is
    the chair's there too: one chair's role, the others the parties' representatives."""
    cells = _table_cells(line)
    if cells is not None:
        kinds = [_sign_kind(c.clean) for c in cells]
        others = {k for k in kinds if k != "chair"}
        signed_beside = "secretary" in kinds or others == {"party"}
        if kinds.count("chair") == 1 and signed_beside:
            return kinds.index("chair")
        return _post_beside_secretary(kinds)
    cols = _two_columns(line)
    if cols is None:
        return None
    kinds = [_sign_kind(c.clean) for c in cols]
    # (or beside the post of another party's signer: "TRƯỞNG ĐOÀN␣␣␣␣PHÓ CHỦ TỊCH" under "ĐẠI DIỆN HẠT KIỂM
    # LÂM␣␣␣␣ĐẠI DIỆN UBND XÃ …")
    pairs = ({"chair", "secretary"}, {"chair", "party"}, {"chair", "title"})
    return kinds.index("chair") if set(kinds) in pairs else _post_beside_secretary(kinds)


def _post_beside_secretary(kinds: list[str | None]) -> int | None:
    """The column of the one post ("GIÁM ĐỐC", "CHI CỤC TRƯỞNG") on a record's line of signing roles that names
    no chair's role but has the secretary's beside it, the rest the parties' representatives ("| ĐẠI DIỆN CÁC
    ĐƠN VỊ | THƯ KÝ | GIÁM ĐỐC |", "THƯ KÝ␣␣␣␣GIÁM ĐỐC"), else None: the head of the body that held the meeting
    signs its record by his post, beside the secretary who wrote it."""
    if kinds.count("title") != 1 or kinds.count("secretary") != 1:
        return None
    if any(k not in ("title", "secretary", "party") for k in kinds):
        return None
    return kinds.index("title")


def _row_columns(row: Line, n: int) -> list[Line] | None:
    """The ``n`` columns of a signature block's line, or None when it has not that many."""
    if n == 2:
        cols = _two_columns(row)
        return list(cols) if cols is not None else None
    cells = _table_cells(row)
    return cells if cells is not None and len(cells) == n else None


def _chair_cell(run: list[Line], width: int, chair: int) -> list[Line]:
    """The chair's lines of a run of lines under a signature block's roles that holds the cells of one row one
    after the other (a table row whose cells hold several lines each is read cell after cell: "Trịnh Thị Ngọc"
    / "PHÓ CHỦ TỊCH UBND HUYỆN" / "CHỦ TỊCH HỘI ĐỒNG" / "Lê Văn Thịnh" under "| THƯ KÝ | CHỦ TRÌ |"): each
    cell ends on its signer's name, so a run of as many names as columns, ending on a name, is cut after each
    name and the chair's column kept. Any other run (a title under one column only, a page number) stays
    whole."""
    if len(run) < width:
        return run
    cells: list[list[Line]] = [[]]
    for ln in run:
        cells[-1].append(ln)
        if _sign_kind(ln.clean) == "name":
            cells.append([])
    if cells[-1] or len(cells) - 1 != width:
        return run
    return cells[chair]


def _first_signature(column: list[Line]) -> list[Line]:
    """A column of a signature block up to its first signer's name, when another signature ("(đã ký)") stands
    under it: a field record is signed two to a row, by each party present, and the chair's column goes on with
    the signatures of the rows below ("ĐẠI DIỆN CHỦ RỪNG" / "(đã ký)" / "Đặng Văn Toàn")."""
    kinds = [_sign_kind(ln.clean) for ln in column]
    if "name" not in kinds:
        return column
    k = kinds.index("name")
    return column[: k + 1] if "signed" in kinds[k + 1 :] else column


def chair_signature(sig: list[Line], header: list[Line] | None = None) -> list[Line]:
    """The chair's signature of a meeting record signed by its secretary and its chair, else ``sig`` itself.

    A biên bản ends with two signatures: the secretary's, who wrote it, and the chair's, who signs for the
    meeting. Side by side, each line holds both ("THƯ KÝ⇥CHỦ TRÌ" / "(Đã ký)⇥(Đã ký)" / "Lê Thị Hương⇥Lê Đình
    Thuận", or one space apart in a PDF's text): from the line naming the roles on, each such line gives its
    chair's column (a line of one part, a title under one column only or a page number, stays whole). One under
    the other ("THƯ KÝ" / "(Đã ký)" / name, then "CHỦ TRÌ" / "PHÓ GIÁM ĐỐC" / "(Đã ký)" / name), the chair's
    lines are kept and the secretary's dropped. A block with no secretary's signature is left as it is.

    A record signed by its parties' representatives beside the secretary, with no chair's role ("ĐẠI DIỆN CHỦ ĐẦU
    TƯ␣␣␣␣THƯ KÝ␣␣␣␣ĐẠI DIỆN UBND TỈNH"), is signed for by the party that is the issuer of its ``header``.
    """
    if not any(_RECORD_ROLE.search(match_key(ln.clean)) for ln in sig):
        return sig
    for r, ln in enumerate(sig):
        cells = _parties_beside_secretary(ln)
        if cells is None or header is None:
            continue
        chair = _issuer_party(cells, header)
        if chair is not None and not is_table_row(ln.clean):
            return list(sig[:r]) + _first_signature(_chair_column_by_position(sig, r, chair)[r:])
        break
    for r, ln in enumerate(sig):
        # a short line (its columns a gap apart: the key's length), or a table row of short cells ("| THƯ KÝ |
        # ĐẠI DIỆN UBND XÃ NÂM NUNG | CHỦ TRÌ<br>HẠT TRƯỞNG |": the row long for the body's name in it)
        short = (
            len(ln.clean) < SIGN_ROLES_LINE_MAX
            or len(match_key(ln.clean)) < SIGN_ROLES_LINE_MAX
            or (
                is_table_row(ln.clean)
                and all(len(c.clean.strip(" *_|")) < SIGN_ROLES_LINE_MAX for c in split_columns(ln))
            )
        )
        chair = _record_roles(ln) if short else None
        if chair is None:
            continue
        width = len(_table_cells(ln) or (0, 0))
        if width > 2 and not is_table_row(ln.clean):
            return _chair_column_by_position(sig, r, chair)
        if width == 2 and r > 0 and _party_captions(sig[r - 1]) is not None:
            r -= 1  # the parties' captions over the roles ("ĐẠI DIỆN HẠT KIỂM LÂM␣␣␣␣ĐẠI DIỆN UBND XÃ …")
        return _before_parties_signed(sig[:r]) + _first_signature(
            _column_lines(sig[r:], width, chair, skip_rules=width > 2)
        )
    kinds = [_sign_kind(ln.clean) for ln in sig]
    if "chair" in kinds and "secretary" in kinds:
        c, s = kinds.index("chair"), kinds.index("secretary")
        above = _before_parties_signed(sig[: min(c, s)])
        if abs(c - s) == 1:
            return above + _chair_cells_read_in_turn(sig[min(c, s) :], 0 if c < s else 1)
        return above + sig[c : s if s > c else len(sig)]
    return sig


def _before_parties_signed(lines: list[Line]) -> list[Line]:
    """The lines over a record's chair and secretary up to the first party's own signature among them, which is
    no part of the chair's: a record of a meeting with several parties is countersigned by each party's
    representative ("ĐẠI DIỆN VIETTEL␣␣␣␣ĐẠI DIỆN VNPT" / "(đã ký)" / names, then "ĐẠI DIỆN UBND HUYỆN …" / "(đã
    ký)" / name) before the "THƯ KÝ␣␣␣␣CHỦ TRÌ" row of the two who sign for the meeting. A signed mark or a
    name over the roles is such a signature too, its caption read into the text above."""
    for k, ln in enumerate(lines):
        cells = [c for c in split_columns(ln) if c.clean.strip(" *_|")]
        if cells and all(_sign_kind(c.clean) in _OTHER_SIGNATURE_KINDS for c in cells):
            return list(lines[:k])
    return list(lines)


# what one column of a line over a record's chair and secretary holds when it is another signature
_OTHER_SIGNATURE_KINDS = frozenset({"party", "signed", "name"})


_SIDE = r"(?:" + longest_first(RECORD_SIDE_WORDS) + r")\s+(" + "|".join(RECORD_SIDE_LETTERS) + r")"
# a side's signing role, "đại diện bên a" (a key), alone in its cell or over a post
_SIDE_ROLE = re.compile(r"(?:" + longest_first(RECORD_SIDE_REPRESENTATIVE) + r")\s+" + _SIDE + r"(?!\w)")
# a record's line naming a side and its body: "BÊN A: SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH BẮC NINH", "## Bên B - Công ty …"
_SIDE_NAMED = re.compile(
    rf"(?im)^[ \t#*_>|-]*(?:{longest_first(RECORD_SIDE_WORDS)})[ \t]+({'|'.join(RECORD_SIDE_LETTERS)})"
    r"[ \t*_]*[:.\-–][ \t*_]*(\S[^\n]*)$"
)


def record_sides(text: str, start: int = 0, end: int | None = None) -> dict[str, Span]:
    """Where a record between two parties names each side's body ("BÊN A: SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Bên B:
    Công ty cổ phần X"), by the side's letter in lower case; the first naming of a side counts. Both the choice
    of the issuing side's signature and the tasks a bare "Bên A có trách nhiệm:" heads read the sides here."""
    sides: dict[str, Span] = {}
    for m in _SIDE_NAMED.finditer(text, start, len(text) if end is None else end):
        sides.setdefault(m.group(1).lower(), Span(m.start(2), m.end(2)))
    return sides


def issuing_side(header: list[Line], text: str, start: int, end: int) -> str | None:
    """The letter of the side a working record's issuer is ("BÊN A: CHI CỤC QUẢN LÝ CHẤT LƯỢNG NÔNG LÂM SẢN VÀ
    THỦY SẢN" under the header's "CHI CỤC QUẢN LÝ CHẤT LƯỢNG" / "NÔNG LÂM SẢN VÀ THỦY SẢN", between ``start``
    and ``end``): the side whose body's name holds the lowest header line that either side's does; else None."""
    sides = {side: match_key(text[sp.start : sp.end]) for side, sp in record_sides(text, start, end).items()}
    for h in reversed(header):
        key = match_key(h.clean).strip(" .")
        if len(key) < 4:
            continue
        found = [side for side, name in sides.items() if key in name]
        if len(found) == 1:
            return found[0]
    return None


def side_signature(sig: list[Line], side: str | None) -> list[Line]:
    """The issuing side's signature of a working record signed by two sides, else ``sig`` itself.

    Each side's representative signs ("ĐẠI DIỆN BÊN A⇥ĐẠI DIỆN BÊN B" / "TRƯỞNG ĐOÀN⇥PHÓ TỔNG GIÁM ĐỐC" / … /
    "Lâm Văn Sang⇥Quách Gia Huy"), side by side in either order, or the roles' cells read one after the other
    ("ĐẠI DIỆN BÊN B" / "PHÓ CHỦ TỊCH UBND HUYỆN" / "ĐẠI DIỆN BÊN A" / "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC", then
    rows of both columns: a table whose first row was flattened). The issuing side's column is kept (``side``,
    the side the issuer is; Bên A, the side that draws the record up, when it is not known), its role's line
    dropped."""
    roles = [(i, m.group(1)) for i, ln in enumerate(sig) if (m := _SIDE_ROLE.search(match_key(ln.clean)))]
    if not roles:
        return sig
    want = side or "a"
    r = roles[0][0]
    cells = [c for c in split_columns(sig[r]) if c.clean.strip(" *_|")]
    if len(cells) >= 2:
        # both roles on one line: each row's column under the issuing side's role
        letters = [m.group(1) if (m := _SIDE_ROLE.search(match_key(c.clean))) else "" for c in cells]
        if want not in letters:
            return sig
        col = letters.index(want)
        if is_table_row(sig[r].clean):
            out = list(sig[:r])
            for row in sig[r + 1 :]:
                row_cells = [c for c in split_columns(row) if c.clean.strip(" *_|")]
                if len(row_cells) == len(cells):
                    out.append(row_cells[col])
                elif not _is_table_rule(row):
                    out.append(row)
            return out
        kept = _chair_column_by_position(sig, r, col)
        return [ln for ln in kept if not _SIDE_ROLE.fullmatch(match_key(ln.clean).strip(" .:"))]
    # the roles' cells read one after the other, each over its own lines, then rows of both columns
    order = [letter for _, letter in roles]
    if want not in order or len(set(order)) != len(order):
        return sig
    col = order.index(want)
    width = len(order)
    out = list(sig[:r])
    k = roles[col][0]
    for ln in sig[k + 1 :]:
        if _SIDE_ROLE.search(match_key(ln.clean)) or _row_columns(ln, width) is not None:
            break
        out.append(ln)
    last = roles[-1][0]
    j = last + 1
    while j < len(sig) and _row_columns(sig[j], width) is None:
        j += 1
    return out + _column_lines(sig[j:], width, col)


def _is_table_rule(ln: Line) -> bool:
    """A markdown table's rule ("|---|---|---|"), or an empty line, between a signature table's rows."""
    return _RULE_LINE.fullmatch(ln.clean.replace("|", "").replace(" ", "") or "-") is not None


def _blank_in_column(row: Line, width: int, col: int) -> bool:
    """A table row of ``width`` cells ("|"- or tab-separated, empty ones counted) whose cell ``col`` is empty."""
    s = row.clean.strip(" ")
    if not is_table_row(s):
        return False
    cells = s.strip("|").split("|") if "|" in s else s.split("\t")
    return len(cells) == width and not cells[col].strip(" *_")


def _cell_in_column(row: Line, width: int, col: int) -> Line | None:
    """Cell ``col`` of a table row of ``width`` cells ("|"- or tab-separated, empty ones counted) when that cell
    holds something, else None: "| | Huỳnh Thị Mỹ Linh | Trương Công Định |", the names' row of a record's
    signatures under "| ĐẠI DIỆN CÁC ĐƠN VỊ | THƯ KÝ | GIÁM ĐỐC |", the parties' representatives leaving theirs
    unnamed."""
    raw = row.text
    if not is_table_row(row.clean.strip(" ")):
        return None
    sep = "|" if "|" in raw else "\t"
    bounds = [-1, *(k for k, ch in enumerate(raw) if ch == sep), len(raw)]
    cells = [(a + 1, b) for a, b in itertools.pairwise(bounds)]
    if sep == "|":
        # a markdown row opens and closes with its bar: no cell before the first or after the last
        if not raw[: cells[0][1]].strip():
            cells = cells[1:]
        if cells and not raw[cells[-1][0] :].strip():
            cells = cells[:-1]
    if len(cells) != width:
        return None
    a, b = cells[col]
    clean, off = _clean(raw[a:b])
    if not clean.strip(" *_"):
        return None
    return Line(row.start + a, row.start + b, raw[a:b], clean, row.start + a + off)


def _column_lines(rows: list[Line], width: int, col: int, *, skip_rules: bool = False) -> list[Line]:
    """Column ``col`` of a signature table's ``rows``: its cell of each row split into ``width`` columns, and its
    part of each run of lines that split into none (`_chair_cell`). ``skip_rules``: a markdown table's rule lines
    ("|---|---|---|") are no row."""
    out: list[Line] = []
    run: list[Line] = []  # lines of no columns, in a row
    for row in rows:
        if skip_rules and _is_table_rule(row):
            continue
        if _blank_in_column(row, width, col):
            continue  # "| GIÁM ĐỐC | PHÓ CHỦ TỊCH | |": the other parties' posts, none under the chair's role
        cols = _row_columns(row, width)
        cell = cols[col] if cols is not None else _cell_in_column(row, width, col)
        if cell is None:
            run.append(row)
            continue
        out.extend(_chair_cell(run, width, col))
        run = []
        out.append(cell)
    out.extend(_chair_cell(run, width, col))
    return out


def _chair_cells_read_in_turn(sig: list[Line], chair: int) -> list[Line]:
    """The chair's lines of a signature table whose cells were read one after the other, the roles one right
    under the other ("THƯ KÝ" / "CHỦ TRÌ" / "CHỦ TỊCH UBND XÃ" / "(đã ký)" / "Trần Thị Thu" / "(đã ký)" / "Lê Văn
    Phúc": a .docx or HTML table of two columns, the roles' row then the signatures' row). Signed one under the
    other, the first role's own signature would come between the roles; here the first row holds the two roles,
    a post in capitals right after them is the chair's (a secretary signs with no post: "CHỦ TỊCH UBND XÃ" under
    "CHỦ TRÌ" in the right column, or opening the left column's next row), and the next rows, cut after each
    name, hold one cell for each role. When the names do not fit the two columns, the block is read as before (from the chair's
    role to the secretary's)."""
    k = 2
    while k < len(sig) and _sign_kind(sig[k].clean) == "title":
        k += 1
    rest = sig[k:]
    if any(_row_columns(ln, 2) is not None for ln in rest):
        # the roles' row read cell after cell, the signatures' rows kept whole ("THƯ KÝ" / "CHỦ TRÌ HỘI NGHỊ" /
        # "PHÓ CHỦ TỊCH UBND THÀNH PHỐ" / "| (đã ký) | (đã ký) |" / "| Lê Thị Hà | Trần Văn Sơn |": a markdown
        # table whose heading row holds the roles): the chair's cell of each row
        return sig[chair : chair + 1] + sig[2:k] + _column_lines(rest, 2, chair, skip_rules=True)
    run = _chair_cell(rest, 2, chair)
    if run is rest:
        return sig[1:] if chair == 1 else sig[:1]
    return sig[chair : chair + 1] + sig[2:k] + run


_HEADER_PLACE = re.compile(r"(?<!\w)(?:" + longest_first(HEADER_PLACE_UNITS) + r")(?!\w)")
_HEADER_PLACE_LINE = re.compile(
    r"(?:"
    + longest_first(HEADER_PLACE_UNITS)
    + r")\s+(?!(?:"
    + longest_first(HEADER_PLACE_BODY_WORDS)
    + r")\b)\w"
)


def _is_place_line(key: str) -> bool:
    """A header line that names a place only ("huyện lạng giang", "tỉnh hà nam"; not "tỉnh ủy tây ninh")."""
    return _HEADER_PLACE_LINE.match(key) is not None and len(key.split()) <= HEADER_PLACE_MAX_WORDS


def names_place_below(above: str, key: str) -> bool:
    """Header line ``key`` names only the place of the name ``above`` it, which names none and is no bare head
    ("trung tâm y tế" / "huyện bố trạch", "ủy ban mttq việt nam" / "huyện lạng giang"): one name over two lines.
    Both as `match_key` writes them. A bare head ("ủy ban nhân dân" / "huyện mộ đức") is left to the agency
    reader, which quotes each line apart."""
    return _is_place_line(key) and above not in AGENCY_HEADS and _HEADER_PLACE.search(above) is None


def _open_quote(s: str) -> bool:
    """``s`` opens a quotation it does not close (straight quotes counted in pairs, curly ones each side)."""
    return s.count('"') % 2 == 1 or s.count("“") > s.count("”")


def _header_continued(text: str, prev: Line, ln: Line) -> Line | None:
    """Header line ``ln`` joined to the line ``prev`` right above it when it goes on with the body's name that
    line began ("SỞ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI", "BAN CHỈ ĐẠO PHÒNG, CHỐNG" / "DỊCH COVID-19"): both
    in capitals, only a line break between them, and ``ln`` opens on a joining word or ``prev`` ends on a word
    or mark that leaves a name unfinished (`HEADER_NAME_CONTINUATIONS`, `HEADER_NAME_OPEN_ENDS`), or ``ln`` names
    only the place of a name above that names none ("UỶ BAN MTTQ VIỆT NAM" / "HUYỆN LẠNG GIANG"). The joined
    line reads the break as a space; None when the lines name two bodies."""
    a = prev.clean_start + len(prev.clean)
    gap = text[a : ln.clean_start]
    if not (gap.isspace() and gap.count("\n") == 1):
        return None
    # blanks a scan leaves at a line's end may stand before the break; the lower line starts under the name
    # above (flush with it, or centred in its column)
    col = ln.clean_start - (a + gap.index("\n") + 1)
    col_above = prev.clean_start - (text.rfind("\n", 0, prev.clean_start) + 1)
    if col >= col_above + len(prev.clean):
        return None
    if not (_is_upper_line(prev.clean) and _is_upper_line(ln.clean)):
        return None
    key, above = match_key(ln.clean), match_key(prev.clean)
    if key.startswith(above + " ") or above.startswith(key + " "):
        # "BAN CHỈ ĐẠO" / "BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI": the body's kind alone beside its full name, which
        # repeats it; two lines naming one body, each whole
        return None
    if not (
        key.startswith(HEADER_NAME_CONTINUATIONS)
        or above.endswith(HEADER_NAME_OPEN_ENDS)
        # a quotation left open ("BAN CHỈ ĐẠO PHONG TRÀO “TOÀN DÂN ĐOÀN KẾT" / "XÂY DỰNG ĐỜI SỐNG VĂN HÓA” TỈNH
        # QUẢNG BÌNH"): the name of the movement or programme it quotes goes on below
        or _open_quote(prev.clean)
        # a bare head ("ỦY BAN NHÂN DÂN" / "HUYỆN MỘ ĐỨC") is read with its place by the agency reader, each
        # line quoted apart; a name of its own ("CỤC QUẢN LÝ THỊ TRƯỜNG", "ỦY BAN MTTQ VIỆT NAM") is not
        or names_place_below(above, key)
    ):
        return None
    clean = prev.clean + " " * (ln.clean_start - a) + ln.clean
    return Line(prev.start, ln.end, text[prev.start : ln.end], clean, prev.clean_start)


def parse_layout(text: str) -> Layout:
    lines = split_lines(text)
    n = len(lines)
    title_i = next((i for i, ln in enumerate(lines[:80]) if _is_title_head(ln)), None)
    subject = False  # the title is a Công văn's subject line
    if title_i is None:
        title_i = _dispatch_subject(lines)
        subject = title_i is not None
    mail = _mail_message(lines, title_i)
    if mail is not None:
        return _mail_layout(text, lines, mail)
    layout = Layout(kind="notice" if title_i is not None else "news")

    body_start = 0
    if title_i is not None:
        note = False  # inside a bracketed note under the issuer's name
        for ln in (cell for whole in lines[:title_i] for cell in split_columns(whole)):
            key = match_key(ln.clean)
            if not key:
                continue
            # "ĐOÀN KIỂM TRA LIÊN NGÀNH" / "(Quyết định số 1523/QĐ-UBND" / "ngày 18/4/2012 của UBND tỉnh)": the
            # decision that set the issuing body up, cited under its name; the body it names issues nothing
            if note or (ln.clean.startswith("(") and layout.header):
                note = ")" not in ln.clean
                continue
            if _NUMBER.match(ln.clean):
                layout.number = ln
                pd = _PLACE_DATE_AFTER_NUMBER.search(ln.clean)
                if pd is not None and layout.place_date is None:
                    # "Số: 96/TB-TTKT Lâm Đồng, ngày 09 tháng 10 năm 2023": one space apart once markup is gone
                    # (or a dash apart: "Số: 86/TB-CTN — Trà Vinh, ngày 03/10/2017", which stays with neither)
                    a = ln.clean_start + pd.start(1)
                    number = re.sub(r"\s+[-–—|,;]+$", "", ln.clean[: pd.start(1)].rstrip())
                    layout.number = Line(ln.start, a, ln.text, number, ln.clean_start)
                    layout.place_date = Line(a, ln.end, ln.text, pd.group(1), a)
            elif _PLACE_DATE.match(ln.clean):
                layout.place_date = ln
            elif not _opens_motto(key) and key not in MOTTO_CELLS and not set(key) <= set("-_–—= "):
                joined = _header_continued(text, layout.header[-1], ln) if layout.header else None
                if joined is not None:
                    layout.header[-1] = joined
                else:
                    layout.header.append(ln)
        # title: the type line and the lines that continue it
        t_end = title_i
        j = title_i + 1
        while j < n and j <= title_i + 6:
            ln = lines[j]
            key = match_key(ln.clean)
            if _is_motto_below_title(key):
                break  # a stacked header's quốc hiệu and place-date, under a letter's subject line
            if not key:
                if j + 1 < n and j > title_i + 1 and t_end > title_i:
                    break
                j += 1
                continue
            if (
                (_is_upper_line(ln.clean) or _starts(key, TITLE_CONTINUATIONS))
                and not key.startswith("ngày")
                # "I. THỜI GIAN, ĐỊA ĐIỂM" under a record's subtitle: the body's first part, not the title
                and not (t_end > title_i and _match_marker(ln.clean))
                # "Tại hội nghị ngày 20/11/2025, dưới sự chủ trì của …": a dated clause opens the body
                and not _DATED_CLAUSE.match(ln.clean)
            ):
                t_end = j
                j += 1
                continue
            if (
                (t_end > title_i or subject)
                and len(ln.clean) < 120
                and not re.search(r"[.;]$", ln.clean)
                and ln.clean[:1].islower()
            ):
                t_end = j
                j += 1
                continue
            if t_end > title_i and j == t_end + 1 and _closes_title_in_brackets(ln.clean):
                t_end = j  # "(27/7/1947 - 27/7/2009)" under "… kỷ niệm 62 năm Ngày Thương binh - Liệt sỹ"
                j += 1
                continue
            # the subtitle under a type alone ("BÁO CÁO" / "Kết quả kiểm tra liên ngành về …"), or a title line
            # wrapped onto a capitalised one
            # (a type alone may stand a blank line above its subtitle: "# THÔNG BÁO" / "" / "## Kết quả tiếp công
            # dân định kỳ tháng 8 …", a markdown page's two headings)
            alone = t_end == title_i and _is_type_line(lines[title_i].clean)
            if (((t_end > title_i or subject) and j == t_end + 1) or alone) and _continues_title(
                lines, t_end, j, alone=alone
            ):
                t_end = j
                j += 1
                continue
            break
        layout.title = Span(lines[title_i].clean_start, lines[t_end].clean_start + len(lines[t_end].clean))
        body_start = t_end + 1
        # header lines may also sit after the title in a flattened layout: number / place-date
        for ln in lines[body_start : body_start + 4]:
            if layout.place_date is None and _PLACE_DATE.match(ln.clean):
                layout.place_date = ln
        # a web page that prints its headline (the title) and a stamp above the notice's own header: the
        # issuer's lines in capitals, "Số: …", the place-date — a header, not the body
        body_start = _header_after_title(lines, body_start, layout)
    # the end of the body: "Nơi nhận" or the signature block, whichever comes first
    body_end = n
    # "Nơi nhận" opening a line, or the first cell of a table row ("| Nơi nhận: | KT. CHÁNH VĂN PHÒNG |": a
    # markdown table holds the recipients and the signature side by side)
    rec_i = next(
        (
            i
            for i in range(body_start, n)
            if _starts(match_key(lines[i].clean).lstrip("| *_"), RECIPIENTS_HEADINGS)
        ),
        None,
    )
    sig_i = None
    for i in range(body_start, n):
        if _is_signature_line(lines[i]) and (rec_i is None or i < rec_i) and i > body_start + 2:
            # a signature block sits after the last paragraph: everything after it is short
            rest = [ln for ln in lines[i:] if ln.clean.strip()]
            if all(len(ln.clean) < 90 for ln in rest[:8]):
                sig_i = i
                break
    cut = min(x for x in (rec_i, sig_i, n) if x is not None)
    body_end = cut
    # an appendix after the signature ("PHỤ LỤC / PHÂN CÔNG NHIỆM VỤ …" and its table of tasks): body again
    app_i = next(
        (i for i in range(cut + 1, n) if _starts(match_key(lines[i].clean), APPENDIX_HEADINGS)), None
    )
    foot_end = app_i if app_i is not None else n
    if rec_i is not None:
        # "Nơi nhận" and the signature block side by side, flattened: each line holds a recipient on
        # the left and a line of the signature on the right ("- Lưu: VT.␣␣␣␣Đỗ Thị Minh Hằng")
        for i in range(rec_i, foot_end):
            cells = [part for cell in split_columns(lines[i]) for part in _split_recipient_cell(cell)]
            if i == rec_i:
                cells = cells[1:] if len(cells) > 1 else []
            for c, ln in enumerate(cells):
                s = ln.clean.strip()
                if not s or _RULE_LINE.fullmatch(s.replace(":", "")):
                    continue  # an empty cell, or a markdown table's rule ("|---|---|")
                if re.match(r"^[-–·•+*]", s) or (
                    c == 0
                    and layout.recipients
                    and (s[:1].islower() or _wraps_recipient(layout.recipients[-1], ln, lines[i]))
                ):
                    layout.recipients.append(ln)
                else:
                    layout.signature.append(ln)
    if sig_i is not None:
        layout.signature = [
            ln
            for ln in lines[sig_i : rec_i if rec_i is not None and rec_i > sig_i else foot_end]
            if ln.clean.strip()
        ] + [ln for ln in layout.signature if ln.start > lines[sig_i].start and ln not in lines[sig_i:]]
    if any(_SIDE_ROLE.search(match_key(ln.clean)) for ln in layout.signature):
        body = lines[body_start:body_end]
        side = issuing_side(layout.header, text, body[0].start, body[-1].end) if body else None
        layout.signature = side_signature(layout.signature, side)
    layout.signature = joint_signature(chair_signature(layout.signature, layout.header))
    layout.body = [b for b in build_blocks(text, lines[body_start:body_end]) if not _is_page_stamp(b.text)]
    if app_i is not None:
        layout.body += [b for b in build_blocks(text, lines[app_i:n]) if not _is_page_stamp(b.text)]
    layout.body = _without_related_news(layout.body)
    if layout.kind == "news":
        layout.body = [b for b in layout.body if not _is_furniture(b)]
        # the headline: the last short line before the first real paragraph (a long one with sentences in it,
        # not a site's menu run into one block, or a lead of a sentence or two: "Sáng 14/7, Sở KH&CN tổ chức
        # hội nghị sơ kết … . Ông X chủ trì hội nghị.")
        for i, b in enumerate(layout.body):
            if (len(b.text) > 200 and len(_CLAUSE_PUNCTUATION.findall(b.text)) >= 2) or _is_lead_paragraph(
                b.text
            ):
                for h in reversed(layout.body[:i]):
                    if (
                        len(h.text.split()) >= 5
                        and not h.text.rstrip().endswith(".")
                        and "»" not in h.text
                        and not _DATELINE.match(h.text.strip())
                        and not is_table_row(h.text)  # a site's menu: "Chính trị | Kinh tế | Xã hội"
                    ):
                        layout.title = h.span
                        break
                layout.body = layout.body[i:]
                break
    if layout.kind == "news" and layout.title is not None:
        publisher = _publisher_line(lines, layout.title)
        if publisher is not None:
            layout.header = [publisher]
    return layout


_MAIL_FIELD = re.compile(
    r"^(?:" + longest_first(MAIL_HEADER_FIELDS) + r")\s*:",
    re.IGNORECASE,
)
_MAIL_SENDER = re.compile(
    r"^(?:" + "|".join(re.escape(f) for f in MAIL_SENDER_FIELDS) + r")\s*:", re.IGNORECASE
)
_MAIL_CONTACT = re.compile(
    r"^(?:" + longest_first(MAIL_CONTACT_LABELS) + r")\b\s*[:.]",
    re.IGNORECASE,
)
# "Chánh Văn phòng - Sở Khoa học và Công nghệ tỉnh Sóc Trăng": a post and its body, a dash or a comma apart; or
# a body, then its telephone ("Văn phòng Sở KH&CN Vĩnh Phúc - ĐT: 0211.3862.xxx")
_MAIL_POST_SPLIT = re.compile(r"\s+[-–—|]\s+|\s*,\s+")
#: an e-mail's header is looked for among the text's first lines
MAIL_HEADER_LINES = 30
#: a mail's closing words ("Trân trọng./.") stand alone on a short line
MAIL_CLOSING_MAX = 40


#: a Công văn's subject line stands within a few lines under its number
DISPATCH_SUBJECT_GAP = 4


def _dispatch_subject(lines: list[Line]) -> int | None:
    """The subject line of a Công văn ("Số: 412/SCT-QLTM" / "V/v triển khai thực hiện Thông báo số …"): a
    letter has the header of a notice but no type line; its subject, a few lines under the number, is its
    title. None when no header number stands among the first lines or no subject line follows it."""
    for i, ln in enumerate(lines[:40]):
        if not _NUMBER.match(ln.clean.lstrip("|*_# ")):
            continue
        for j in range(i + 1, min(len(lines), i + 1 + DISPATCH_SUBJECT_GAP)):
            key = match_key(lines[j].clean.lstrip("|*_# "))
            if _starts(key, DISPATCH_SUBJECT_OPENINGS):
                return j
        return None
    return None


def _mail_header_end(lines: list[Line]) -> int | None:
    """The line after the header of an e-mail opening the text ("From: …" / "Sent: …" / "To: …" / "Subject:
    …"): a run of at least two of its fields (`MAIL_HEADER_FIELDS`), the sender's among them; else None."""
    i, n = 0, min(len(lines), MAIL_HEADER_LINES)
    while i < n:
        if not _MAIL_FIELD.match(lines[i].clean):
            i += 1
            continue
        j = i
        while j < len(lines) and _MAIL_FIELD.match(lines[j].clean):
            j += 1
        if j - i >= 2 and any(_MAIL_SENDER.match(ln.clean) for ln in lines[i:j]):
            return j
        i = j
    return None


def _mail_message(lines: list[Line], title_i: int | None) -> int | None:
    """Where the message of an e-mail that is itself the notice starts, else None.

    An office mails a meeting's conclusions in two ways: it copies the signed notice into the message, under a
    cover note (its header, "Số: …", place and date, title: read as any notice), or it writes them in the
    message itself, under its own headings ("*** THÀNH PHẦN ***", "*** KẾT LUẬN CỦA GIÁM ĐỐC SỞ ***") and over
    the sender's signature. Only the second is this: the mail's header opens the text and no notice's header
    line (quốc hiệu, "Số:", place and date) follows it before (or just after) the first heading that looks like
    a title, which is one of the message's headings."""
    start = _mail_header_end(lines)
    if start is None:
        return None
    end = len(lines) if title_i is None else min(len(lines), title_i + 5)
    motto = _motto()
    for ln in lines[start:end]:
        s = ln.clean
        if _NUMBER.match(s) or _PLACE_DATE.match(s) or (len(s) < 120 and motto.search(s)):
            return None
    return start


def _mail_signature(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The signature of a mail (the sender's name, then "post - body" or the body) as a notice's signature
    block reads it (name, post) and the body it names, as a header line names the issuer."""
    sig: list[Line] = []
    header: list[Line] = []
    for ln in lines:
        s = ln.clean.strip()
        if not s or _MAIL_CONTACT.match(s) or "@" in s:
            continue
        if not sig and not header and not _opens_with_agency_head(s):
            sig.append(ln)  # the sender's name
            continue
        off = ln.clean_start + (len(ln.clean) - len(ln.clean.lstrip()))
        parts, pos = [], 0
        for m in _MAIL_POST_SPLIT.finditer(s):
            parts.append((pos, m.start()))
            pos = m.end()
        parts.append((pos, len(s)))
        body: Line | None = None
        for a, b in parts:
            part = s[a:b]
            if _MAIL_CONTACT.match(part) or "@" in part:
                break  # the telephone and what follows it
            sub = Line(off + a, off + b, part, part, off + a)
            if part.lower() in TITLES or match_key(part) in TITLES:
                sig.append(sub)
            else:
                # "Phòng Tổng hợp - Văn phòng UBND tỉnh An Giang": a desk, then the body it belongs to; the
                # body last named on the line is the one that mails the notice
                body = sub
        if body is not None:
            header.append(body)
    return sig, header


def _opens_with_agency_head(s: str) -> bool:
    """``s`` opens with the head of a body's name ("Phòng Tổng hợp - …", "Văn phòng UBND tỉnh …"): a mail signed
    by an office, not by a person."""
    words = match_key(s).split()
    return any(" ".join(words[:k]) in _HEADS for k in range(min(_HEAD_WORDS_MAX, len(words) - 1), 0, -1))


def _mail_layout(text: str, lines: list[Line], start: int) -> Layout:
    """The layout of an e-mail whose message is the notice (`_mail_message`): no title; the message, from the
    line after the mail's header to its closing words ("Trân trọng./.") or the signature's delimiter ("--"),
    is the body; the sender's name and post under it the signature; the body the signature names (the office
    that mailed it: "Chánh Văn phòng - Sở Khoa học và Công nghệ tỉnh Sóc Trăng") the header."""
    n = len(lines)
    delim = next(
        (i for i in range(n - 1, start - 1, -1) if lines[i].clean.strip() in MAIL_SIGNATURE_DELIMITERS), None
    )
    closing = next(
        (
            i
            for i in range(n - 1 if delim is None else delim, start - 1, -1)
            if len(lines[i].clean) <= MAIL_CLOSING_MAX and _starts(match_key(lines[i].clean), MAIL_CLOSINGS)
        ),
        None,
    )
    body_end = min((i for i in (closing, delim) if i is not None), default=n)
    layout = Layout(kind="notice")
    sig_from = (delim if delim is not None else closing if closing is not None else n) + 1
    k = sig_from
    while k < n and not lines[k].clean.strip():
        k += 1
    j = k
    while j < n and lines[j].clean.strip():
        j += 1
    if k < n:
        layout.signature, layout.header = _mail_signature(lines[k:j])
    layout.body = [b for b in build_blocks(text, lines[start:body_end]) if not _is_page_stamp(b.text)]
    return layout


_SITE_PREFIX = re.compile(r"(?:" + longest_first(SITE_NAME_PREFIXES) + r")\s")
_PRESS = tuple(f"{h} " for h in PRESS_HEADS)
_HEADS = frozenset(AGENCY_HEADS)
_HEAD_WORDS_MAX = max(len(h.split()) for h in AGENCY_HEADS)
_PLACE_AFTER_DASH = re.compile(r"\s+[-–—]\s+([^-–—]+)$")
_PUBLISHER_END = re.compile(r"[.:;!?|\d]")


def _publisher_line(lines: list[Line], title: Span) -> Line | None:
    """The first line of a news page when it names the one body publishing the page, above the headline ("Sở
    Công Thương Đồng Nai", "Cổng thông tin điện tử Sở Khoa học và Công nghệ tỉnh Thái Nguyên"): the page's
    header, with the site's words before the body left out. None for a province's or a paper's site ("Cổng thông
    tin điện tử tỉnh Đắk Lắk", "Báo Đắk Lắk"), a menu ("Trang chủ | Tin tức"), or a line of the story."""
    first = next((ln for ln in lines[:3] if ln.clean.strip()), None)
    if first is None or first.clean_start + len(first.clean) > title.start:
        return None
    words = first.clean.split()
    if len(words) > SITE_NAME_MAX_WORDS or _PUBLISHER_END.search(first.clean) or first.clean.count(",") > 1:
        return None
    key = match_key(first.clean)
    site = _SITE_PREFIX.match(key)
    skip = len(site.group(0).split()) if site is not None else 0
    rest = key.split()[skip:]
    if not rest or " ".join(rest).startswith(_PRESS):
        return None
    if not any(" ".join(rest[:k]) in _HEADS for k in range(min(_HEAD_WORDS_MAX, len(rest) - 1), 0, -1)):
        return None  # a head with its name after it ("Sở Y tế", not "Sở" alone)
    cut = 0
    for _ in range(skip):
        cut = first.clean.index(" ", cut) + 1
        while first.clean[cut] == " ":
            cut += 1
    clean = first.clean[cut:]
    # "UBND Phường Hộ Phòng - TX Giá Rai": the place the body is in, after a dash, is no body of the page
    tail = _PLACE_AFTER_DASH.search(clean)
    if tail is not None and _is_place_line(match_key(tail.group(1))):
        clean = clean[: tail.start()]
    return Line(first.start, first.end, first.text, clean, first.clean_start + cut)


def _is_motto_below_title(key: str) -> bool:
    """A line under the title that belongs to the header, never to the title: the quốc hiệu or the motto. A
    letter's two header columns typed one under the other put them after its subject line ("Số: 518/TB-SGTVT" /
    "V/v thông báo kết luận …" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc" / "Hà Tĩnh,
    ngày …"); `_header_after_title` reads them and the place-date under them."""
    return _opens_motto(key)


def _header_after_title(lines: list[Line], start: int, layout: Layout) -> int:
    """Where the body starts when the notice's header follows the title ("Ngày đăng: …", "SỞ KHOA HỌC VÀ CÔNG
    NGHỆ TRÀ VINH", "TRUNG TÂM …", "Số: 41/TB-TTKT", "Trà Vinh, ngày …"): its lines join the header."""
    end = min(len(lines), start + 10)

    def header_line(ln: Line) -> bool:  # short: "Sáng thứ Hai, ngày 10/10/2016, đồng chí …" opens the body
        return len(ln.clean) <= 70 and bool(_NUMBER.match(ln.clean) or _PLACE_DATE.match(ln.clean))

    last = next((j for j in range(end - 1, start - 1, -1) if header_line(lines[j])), None)
    if last is None:
        return start
    between = [ln for ln in lines[start:last] if ln.clean.strip()]
    # (the motto's "Độc lập - Tự do - Hạnh phúc" is no line in capitals, and stands among them in a stacked header)
    if not all(
        _is_upper_line(ln.clean)
        or header_line(ln)
        or _is_page_stamp(ln.clean)
        or _opens_motto(match_key(ln.clean))
        for ln in between
    ):
        return start  # prose between: the body has begun
    for ln in lines[start : last + 1]:
        key = match_key(ln.clean)
        if not key or _is_page_stamp(ln.clean):
            continue
        if _NUMBER.match(ln.clean):
            layout.number = layout.number or ln
        elif _PLACE_DATE.match(ln.clean):
            layout.place_date = layout.place_date or ln
        elif not _opens_motto(key):
            layout.header.append(ln)
    return last + 1


def _continues_title(lines: list[Line], last: int, j: int, *, alone: bool = False) -> bool:
    """A capitalised line right under a title line still belongs to the title.

    The title wraps onto a line that starts with a name ("… tại cuộc họp về" / "Chương trình …")
    when the line above leaves the phrase open, or when this line and the ones after it are short,
    unpunctuated and closed by a blank line or the rule under the title: the title block, set apart from the
    body. Under a type
    alone (``alone``: "BIÊN BẢN" / "Họp Hội đồng thẩm định đồ án Quy hoạch phân khu tỷ lệ 1/2000 Khu đô thị
    … thành phố Quảng Ngãi"), the subtitle may run long on one unpunctuated line set apart by blank lines.
    """
    prev = lines[last].clean.rstrip()
    s = lines[j].clean.strip()
    if alone and _SUBTITLE_MAX > len(s) >= 120 and _lone_subtitle(lines, j):
        return True
    if not s or len(s) >= 120 or re.search(r"[.;:!?]$", prev) or _match_marker(s):
        return False
    if not any(ch.isalpha() for ch in s):
        return False  # a rule of box-drawing glyphs under the title ("──────"): the title ends above it
    key = match_key(s)
    if any(key == o or key.startswith(o + " ") for o in BODY_OPENINGS) or re.match(r"^\d", s):
        return False
    words = match_key(prev).split()
    if words and words[-1] in TITLE_OPEN_ENDINGS:
        return True
    # the rest of the block, up to a blank line or the short rule set under a title ("-----": a PDF's text
    # keeps no blank line), is short title-like lines
    k = j
    while k < len(lines) and lines[k].clean.strip():
        t = lines[k].clean.strip()
        if k > j and (_RULE_LINE.fullmatch(t) or _opens_body(t)):
            break  # the rule under the title, or the body's first words ("Thực hiện Quyết định số …")
        if len(t) >= 120 or k - j >= (_SUBTITLE_LINES_MAX if alone else 3) or re.search(r"[.;:!?]$", t):
            return False
        k += 1
    return True  # the run ends at a blank line or at the end of the text


#: the longest note in brackets that closes a title on a line of its own
_TITLE_NOTE_MAX = 80
# a note in brackets alone on its line: "(27/7/1947 - 27/7/2009)", "(1930 - 2025)", "(mở rộng)", "(lần thứ 2)"
_BRACKETED_LINE = re.compile(r"\(\s*[^()]{2,}?\s*\)")
# a single day in brackets: the day a news page was published ("(03/07/2024)"), not a part of its headline
_BRACKETED_DAY = re.compile(r"\(\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*\)")


def _closes_title_in_brackets(s: str) -> bool:
    """A line wholly in brackets right under the title's last line closes the title: a commemorated span under an
    anniversary's name ("kỷ niệm 62 năm Ngày Thương binh - Liệt sỹ" / "(27/7/1947 - 27/7/2009)"), or the
    meeting's kind ("(mở rộng)"). Its dates are the anniversary's, never the meeting's, which the body's first
    sentence gives. A lone bracketed day is a news page's publication date, which the body reads."""
    t = s.strip()
    return (
        len(t) <= _TITLE_NOTE_MAX and bool(_BRACKETED_LINE.fullmatch(t)) and not _BRACKETED_DAY.fullmatch(t)
    )


def _is_type_line(s: str) -> bool:
    """The title's type line with nothing after it but the record's kind in capitals ("THÔNG BÁO", "BIÊN BẢN",
    "BIÊN BẢN KIỂM TRA", "BIÊN BẢN LÀM VIỆC"): a subtitle in ordinary case follows it, as it follows a type
    alone."""
    key = match_key(s).strip(" .:#*")
    if key in DOCUMENT_TYPES:
        return True
    return (
        _is_upper_line(s)
        and len(key.split()) <= TYPE_LINE_MAX_WORDS
        and any(key.startswith(t + " ") for t in TITLE_HEAD_TYPES)
    )


def _opens_body(s: str) -> bool:
    """A line that opens the body's first paragraph ("Thực hiện Quyết định số …", "Căn cứ …", "Hôm nay, …"): in a
    PDF's text, with no blank line kept, it ends the subtitle's lines above it."""
    key = match_key(s)
    return any(key == o or key.startswith(o + " ") for o in BODY_OPENINGS)


#: the longest subtitle written on one line under a type alone
_SUBTITLE_MAX = 260
#: the most lines a subtitle under a type alone is wrapped onto ("BIÊN BẢN" / "Kiểm tra tình hình thực hiện
#: Chương trình mục tiêu quốc gia" / "phát triển kinh tế - xã hội vùng đồng bào …" / "năm 2025 và chính sách …" /
#: "tại xã …": a record's subject names the programme, the year and the place); a title run on under a title line
#: keeps to three
_SUBTITLE_LINES_MAX = 5


def _lone_subtitle(lines: list[Line], j: int) -> bool:
    """Line ``j`` stands alone between blank lines (or the text's end), opens with a capital that no body
    opening starts, holds no sentence's end, and is no list item: a subtitle, not the body's first paragraph."""
    s = lines[j].clean.strip()
    if not s[:1].isupper() or _match_marker(s) or re.search(r"[.;:!?…]$|[.;!?]\s", s):
        return False
    key = match_key(s)
    if any(key == o or key.startswith(o + " ") for o in BODY_OPENINGS):
        return False
    before = lines[j - 1].clean.strip() if j > 0 else ""
    after = lines[j + 1].clean.strip() if j + 1 < len(lines) else ""
    if not before and not after:
        return True
    # or, with no blank lines kept (a .docx's paragraphs), right under the type and over the body's first words:
    # "KẾ HOẠCH" / "Triển khai thực hiện kết luận của Giám đốc Sở tại cuộc họp về …" / "Căn cứ Luật Đo lường …"
    after_key = match_key(after)
    return (
        (not before or match_key(before).strip(" .:#*") in DOCUMENT_TYPES)
        and bool(after_key)
        and any(after_key == o or after_key.startswith(o + " ") for o in BODY_OPENINGS)
    )


def _is_lead_paragraph(text: str) -> bool:
    """Prose that opens an article: sentences of a dozen words or more, closed by a full stop.

    Page chrome before it ("Cập nhật: 15/07/2022 10:30", breadcrumbs, "Ảnh: Quang cảnh hội nghị.") is
    shorter or unpunctuated.
    """
    t = text.strip()
    return len(t.split()) >= 12 and t.endswith((".", "!", "…"))


def _is_page_stamp(text: str) -> bool:
    """A web page's publication stamp or page tools ("Cập nhật: 08/10/2019 15:32", "Lượt xem: 1.245"), also after
    the dateline on its line ("Thứ tư, 19/05/2021 - 16:42 | Lượt xem: 318")."""
    t = _EMPH.sub("", text).strip()
    if len(t.split()) > 15:
        return False
    # "15/11/2019 - 09:12 Lượt xem: 1.204": the stamps after the dateline, no bar between
    if (lead := _LEADING_DATELINE.match(t)) is not None and lead.end() < len(t):
        t = t[lead.end() :]
    return _page_stamp().match(t) is not None or _is_stamp_row(t)


# the hour of a page's stamp in a field of its own ("Thứ Hai, 14/10/2024 | 09:35 | Lượt xem: 412")
_STAMP_HOUR = re.compile(r"\d{1,2}[:h]\d{2}(?:\s*(?:\(?GMT[+-]?\d*\)?|SA|CH|AM|PM))?", re.IGNORECASE)


def _is_stamp_row(t: str) -> bool:
    """A portal's line of stamps under a headline, fields set apart by bars, each a dateline, an hour or a
    labelled stamp or page tool, and one of them labelled ("Thứ tư, 19/05/2021 - 16:42 | Lượt xem: 318"): no
    sentence of the story, and no headline."""
    fields = [f.strip() for f in t.split("|")]
    if len(fields) < 2 or not all(fields):
        return False
    labelled = [
        _page_stamp().match(f) is not None or _page_stamp().match(f + ":") is not None for f in fields
    ]
    return any(labelled) and all(
        lab or _DATELINE.match(f) is not None or _STAMP_HOUR.fullmatch(f) is not None
        for f, lab in zip(fields, labelled, strict=True)
    )


@lru_cache(maxsize=1)
def _page_stamp() -> re.Pattern[str]:
    labels = sorted({*PAGE_STAMP_LABELS, *PAGE_TOOL_LABELS}, key=len, reverse=True)
    alternatives = "|".join(re.escape(x) for x in labels)
    return re.compile(rf"(?:{alternatives})\s*(?::|\|)", re.IGNORECASE)


_CLAUSE_PUNCTUATION = re.compile(r"[,.;:!?](?=\s)")
_RELATED_HEADING = frozenset(RELATED_NEWS_HEADINGS)
_RELATED_HEADING_MAX = max(map(len, RELATED_NEWS_HEADINGS)) + 8  # with emphasis, a colon, "»"
# a headline in a portal's list, with the date it was posted: "Kiểm tra chất lượng xăng dầu … (10/02/2026)",
# "… - 26/02/2026", "… 26/02/2026 08:15"
_DATED_HEADLINE = re.compile(
    r"(?:\(\s*\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2})?\s*\)|[-–|]?\s*\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2})?)\s*$"
)
#: a headline in a list of other stories is at most this many words
HEADLINE_MAX_WORDS = 40
_DATE_TAIL = 30  # the characters of a headline's end its date and time take at most


def _headline_date(text: str) -> re.Match[str] | None:
    """The date closing a headline, looked for in its last characters only (a block may be long)."""
    t = text.rstrip()
    if not t or not (t[-1].isdigit() or t[-1] == ")"):
        return None
    return _DATED_HEADLINE.search(t, max(0, len(t) - _DATE_TAIL))


def _is_headline_entry(block: Block) -> bool:
    """A headline of another story in a portal's list: a short line holding no sentence of its own (no full stop
    inside it), with or without the date it was posted."""
    if len(block.text) > HEADLINE_MAX_WORDS * 8:
        return False
    date = _headline_date(block.text)
    t = block.text.rstrip()[: date.start() if date else None].strip()
    return bool(t) and len(t.split()) <= HEADLINE_MAX_WORDS and re.search(r"[.;!?]\s", t) is None


def _without_related_news(body: list[Block]) -> list[Block]:
    """The body without a portal's lists of other stories: a heading naming one ("Tin cùng chuyên mục", "Các
    tin khác"; `RELATED_NEWS_HEADINGS`) and the headlines under it, or a run of two or more list items that
    are headlines each closed by its date ("- Kiểm tra chất lượng xăng dầu dịp Tết … (10/02/2026)")."""
    out: list[Block] = []
    i, n = 0, len(body)
    while i < n:
        b = body[i]
        if (
            not b.marker
            and len(b.text) <= _RELATED_HEADING_MAX
            and match_key(b.text).strip(" :.»>") in _RELATED_HEADING
        ):
            i += 1
            while i < n and _is_headline_entry(body[i]):
                i += 1
            continue
        j = i
        while j < n and body[j].marker and _headline_date(body[j].text) and _is_headline_entry(body[j]):
            j += 1
        if j - i >= 2:
            i = j
            continue
        out.append(b)
        i += 1
    return out


def _is_furniture(block: Block) -> bool:
    """Web page chrome around a news report: short lines with no sentence in them."""
    t = block.text.strip()
    words = t.split()
    if block.marker in ("dash", "plus", "star", "dot"):
        return False
    return len(words) <= 4 and not re.search(r"[.:;,!?]", t) and not re.search(r"\d", t)


def hard_wrap_width(lines: list[Line]) -> int | None:
    """The width a text was hard-wrapped at (text taken out of a PDF, a fax, an e-mail), or None.

    Why: such a text breaks sentences wherever the line is full, also before a capital or a digit
    ("… hoàn thành trước ngày⏎31 tháng 12 năm 2006", "… chỉ đạo các Sở⏎Khoa học và Công nghệ"). A text is taken
    as wrapped when at least three of its lines run on into a line that starts in lower case (a sentence
    broken mid-way); its width is the median length of those lines. A text with one paragraph per line has
    no such lines, or they are far longer than any wrap width.
    """
    widths = []
    for a, b in zip(lines, lines[1:], strict=False):
        if b.clean[:1].islower() and a.clean.strip() and not a.clean.rstrip().endswith(_TERMINAL):
            widths.append(len(a.text.rstrip()))
    if len(widths) < 3:
        return None
    widths.sort()
    width = widths[len(widths) // 2]
    return width if WRAP_WIDTH_MIN <= width <= WRAP_WIDTH_MAX else None


#: a paragraph's first line is indented at least this many spaces more than the lines that continue it
PARAGRAPH_INDENT_MIN = 2
_HEADING_MARKERS = frozenset({"digit", "digit2", "roman", "letter"})
_NAME_OPEN_ENDINGS = TITLE_OPEN_ENDINGS
_TASK_OPENING = re.compile("(?:" + longest_first(ACTION_CUES) + r")(?=\s)")


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" "))


def continuation_indent(lines: list[Line]) -> int | None:
    """How far a hard-wrapped text indents the lines that go on with a sentence (those opening in lower case
    under a line left open): the least such indent, or None if there are none."""
    indents = [
        _indent(b.text)
        for a, b in zip(lines, lines[1:], strict=False)
        if b.clean[:1].islower() and a.clean.strip() and not a.clean.rstrip().endswith(_TERMINAL)
    ]
    return min(indents) if indents else None


# a line left open on a date's word ("… trước ngày") over a line that opens with the date's numbers ("20/10/2017.",
# "10/2016", "IV/2017", "2018"): one sentence
_DATE_OPEN_WORDS = frozenset(DATE_OPEN_LINE_ENDS)
_DATE_NUMBERS_START = re.compile(
    r"(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s*[/.-]\s*\d{1,2}|\d{4}"
    r"|\d{1,2}\s+tháng\s+\d{1,2}|[IVX]{1,4}\s*[/.-]\s*\d{4})(?!\d)"
)
# a line ending on a place's first syllables after its unit word ("… chỉ đạo Công an huyện Tiền") and the line
# after it opening with a capitalised word ("Hải bảo đảm …")
_PLACE_UNIT_WORDS = {*DISTRICT_TYPES, *(k for k in LOCALITY_TYPES if not k.endswith("."))}
_PLACE_OPEN_END = re.compile(
    r"(?:^|\s)(?:"
    + longest_first(_PLACE_UNIT_WORDS)
    + r")\s+((?:[A-ZĐÀ-Ỹ][\wà-ỹ']*\s+){0,2}[A-ZĐÀ-Ỹ][\wà-ỹ']*)$"
)
_CAPITALISED_START = re.compile(r"[A-ZĐÀ-Ỹ][\wà-ỹ']*")


_NUMBER_OPEN_WORDS = frozenset(NUMBER_OPEN_LINE_ENDS)
# a document's number: "01/NQ-CP", "15/2020/NĐ-CP", "2871/QĐ-STNMT", "45/KH-UBND"
_DOCUMENT_NUMBER_START = re.compile(r"\d{1,5}(?:/\d{4})?/[A-ZĐ&]{1,8}-[A-ZĐ]")


def _breaks_date_or_place(prev: str, s: str) -> bool:
    """Does ``s`` go on with a date, a document's number or a place's name that line ``prev`` left open? "…
    trước ngày" / "20/10/2017."; "… Nghị quyết số" / "01/NQ-CP của Chính phủ";
    "… Công an huyện Tiền" / "Hải bảo đảm …" when "Tiền Hải" is a place the gazetteer knows (a province, a
    district, a commune or ward) — a break inside a name, not before the next item."""
    last = prev.rstrip().rpartition(" ")[2]
    if last.lower() in _DATE_OPEN_WORDS:
        return _DATE_NUMBERS_START.match(s) is not None
    if last.lower() in _NUMBER_OPEN_WORDS:
        return _DOCUMENT_NUMBER_START.match(s) is not None
    if not last[:1].isupper() or not s[:1].isupper():
        return False  # (the cheap tests first: most lines end on a word in lower case)
    pm = _PLACE_OPEN_END.search(prev)
    if pm is None:
        return False
    nm = _CAPITALISED_START.match(s)
    if nm is None:
        return False
    name = f"{pm.group(1)} {nm.group()}"
    gz = load_gazetteer()
    return gz.province(name) is not None or bool(gz.districts_named(name)) or gz.is_ward(name)


def _heading_then_task(head: str, s: str) -> bool:
    """A unit's heading alone on its line ("2. Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng") and under it a
    line opening a sentence with a task's verb written with a capital ("Phối hợp với …", "Tổng kết mô hình …";
    `ACTION_CUES`): two blocks, however full the heading's line. A heading that ends on a word or a dash leaving
    the name open ("… Sở Khoa học và", "… Địa chính -") goes on; so does one with a sentence in it or one that
    opens with a task's verb itself ("Giao ông X chỉ đạo …")."""
    words = s.split()
    if len(words) < 2 or not words[0][:1].isupper() or not words[1][:1].islower():
        return False
    key = match_key(head)
    last = key.split()[-1:] or [""]
    if last[0] in _NAME_OPEN_ENDINGS or not last[0][-1:].isalnum() or re.search(r"[,;:.!?]", head):
        return False  # "… Sở Khoa học và", "… công chức Địa chính -": the name goes on
    if _TASK_OPENING.match(key):
        return False  # "Giao ông X chỉ đạo …": a task itself, no unit's heading
    return _TASK_OPENING.match(match_key(s)) is not None


_TITLE_WORDS_MAX = max(len(t.split()) for t in TITLES)


def _opens_with_title(s: str) -> bool:
    """``s`` opens with a post's title ("Phó Tổng Giám đốc Công ty …", "Phó Trưởng ban; đồng chí …"; `TITLES`)."""
    words = _CLAUSE_PUNCTUATION.sub("", match_key(s[:80]) + " ").split()
    return any(" ".join(words[:k]) in TITLES for k in range(min(len(words), _TITLE_WORDS_MAX), 0, -1))


#: a line of a site's menu is at most this many words
MENU_ITEM_MAX_WORDS = 4


def _is_menu_item(s: str) -> bool:
    """A short line of a few words, no punctuation but a dash, no digit: an item of a site's menu ("Trang chủ",
    "Tin tức - Sự kiện")."""
    return len(s.split()) <= MENU_ITEM_MAX_WORDS and _MENU_ITEM.fullmatch(s.strip()) is not None


_MENU_ITEM = re.compile(r"[^\W\d_][^\d.,;:!?()/]*")

# A line of a form: a short capitalised label and its colon ("Mã số: ĐT-NA-2010-07", "Chủ nhiệm đề tài: ThS.
# Nguyễn Văn A", "Cơ quan chủ trì: …"); two such lines one under the other are two fields, not one sentence. They
# are set apart where the first ends on a capitalised word (a name: "… ThS. Nguyễn Văn A" / "Cơ quan chủ trì: …"
# would read as the name "Nguyễn Văn A Cơ"); fields that end otherwise stay one paragraph, as they were read.
FORM_LABEL_MAX_WORDS = 5
_FORM_LABEL = re.compile(
    rf"[^\W\d_]+(?:&[^\W\d_]+)?(?:[ \t](?:[^\W\d_]+(?:&[^\W\d_]+)?|&)){{0,{FORM_LABEL_MAX_WORDS - 1}}}[ \t]*:(?:[ \t]|$)"
)


def _is_form_line(s: str) -> bool:
    return s[:1].isupper() and _FORM_LABEL.match(s) is not None


_ENDS_CAPITALISED = re.compile(r"(?<![^\s(])[^\W\d_][^\W\d_]*[ \t*_]*$")


def _ends_capitalised(s: str) -> bool:
    m = _ENDS_CAPITALISED.search(s)
    return m is not None and m.group()[:1].isupper()


# a line listing who attended or who did not after its label: "Vắng: Phòng Lao động - Thương binh và Xã hội huyện
# Đức Hòa;", "Vắng có lý do: …", "Thành phần: …,"
_ROLL_LABEL = re.compile(
    r"^(?:"
    + longest_first(ABSENCE_MARKS + ATTENDANCE_CUES)
    + r")(?:\s+(?:"
    + longest_first(ABSENCE_REASONS)
    + r"))?"
    r"\s*(?:\([^()]{0,30}\))?\s*:\s*\S"
)
ROLL_ITEM_MAX_WORDS = 20  # an item of such a list wrapped onto a line of its own is short


def _continues_roll(first: str, last: str, s: str) -> bool:
    """Line ``s`` goes on with the list of a paragraph that opened ``first`` with its label ("Vắng: Phòng Lao
    động - Thương binh và Xã hội huyện Đức Hòa;" / "UBND huyện Bến Lức."): the line before ended an item on a
    semicolon or comma, and ``s`` is one short item, not a sentence leading into what follows (":")."""
    return (
        last.rstrip().endswith((";", ","))
        and not s.rstrip().endswith(":")
        and len(s.split()) <= ROLL_ITEM_MAX_WORDS
        and _ROLL_LABEL.match(match_key(first)) is not None
    )


def _closes_open_date(cur: list[Line], blank_before: bool, s: str) -> bool:
    """Line ``s``, a date alone ("28/02/2026)"), ends the sentence or heading the line above left open on a date's
    word: "2. Nhiệm vụ trong đợt cao điểm (từ ngày 15/12/2025 đến hết ngày" / "28/02/2026)", a PDF's heading
    hard-wrapped. It is no web page's dateline then (those stand under a closed line: a breadcrumb, a menu)."""
    if not cur or blank_before:
        return False
    last = cur[-1].clean.rstrip()
    return not last.endswith(_TERMINAL) and _breaks_date_or_place(last, s)


_CHAIR_LIST_LABELS = frozenset(CHAIR_LIST_LABELS)


def _is_chair_list_label(s: str) -> bool:
    """A label alone on its line over a list of the meeting's chairs ("Chủ trì:", "**Chủ tọa:**")."""
    t = s.strip().strip("*_# ")
    return t.endswith(":") and match_key(t[:-1]).strip(" *_") in _CHAIR_LIST_LABELS


def build_blocks(text: str, lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    wrap = hard_wrap_width(lines)
    indent = continuation_indent(lines) if wrap else None
    cur: list[Line] = []
    cur_marker = ("", "")
    cur_start = 0
    emph = False

    def flush() -> None:
        nonlocal cur
        if not cur:
            return
        start = cur_start
        end = cur[-1].clean_start + len(cur[-1].clean)
        if end > start:
            body = text[start:end].replace("\n", " ")
            blocks.append(Block(cur_marker[0], cur_marker[1], Span(start, end), body, emph))
        cur = []

    def begin(marker: tuple[str, str], start: int, emphasised: bool, ln: Line) -> None:
        nonlocal cur, cur_marker, cur_start, emph
        cur_marker, cur_start, emph, cur = marker, start, emphasised, [ln]

    blank_before = False
    for ln in lines:
        s = ln.clean
        if not s.strip() or _RULE_LINE.fullmatch(ln.text.strip()) or _RULE_ROW.fullmatch(ln.text.strip()):
            blank_before = True  # "-----", "***", "_____": a rule under the header or the title, a separator
            continue
        if _DATELINE.match(s.strip()) and not _closes_open_date(cur, blank_before, s):
            # a page's dateline stands alone: neither the breadcrumb above nor the headline below runs into it
            flush()
            begin(("", ""), ln.clean_start, False, ln)
            flush()
            blank_before = True
            continue
        m = _match_marker(s)
        if cur and m is not None and _is_chair_list_label(cur[0].clean) and cur_marker[0] == "":
            # "Chủ trì:" / "- Ông A – Phó Chủ tịch UBND thành phố;" / "- Ông B – …, đồng chủ trì.": the label
            # stands for "chủ trì" in every item of its list, read as one paragraph with it
            cur.append(ln)
            blank_before = False
            continue
        ordinal = None if m else _ORDINAL_ITEM.match(s)
        starts_lower = s[:1].islower()
        open_sentence = bool(cur) and not cur[-1].clean.rstrip().endswith(_TERMINAL)
        if (
            is_table_row(s)
            or (cur and is_table_row(cur[-1].clean))
            # a row whose last cells are empty has lost their tabs at the line's end ("Phạm Ngọc Bích⇥Giám đốc
            # Sở Tài chính", its "Ghi chú" blank): two lines in a row, each of cells, are two rows
            or (cur and CELL_SEPARATOR in s and CELL_SEPARATOR in cur[-1].clean)
        ):
            # a table row stands alone: "2 | Bà Nông Thị Lụa | Trưởng phòng | Phòng Kế hoạch - Tài chính"
            m = m if not is_table_row(s) else None
            starts_lower = open_sentence = False
            blank_before = True
        if (
            cur
            and not m
            and _is_form_line(s)
            and _is_form_line(cur[-1].clean)
            and _ends_capitalised(cur[-1].clean)
            and not (wrap and len(cur[-1].text.rstrip()) >= WRAP_FULL_SHARE * wrap)
        ):
            blank_before = True  # "Mã số: …" under "Tên đề tài: …": the fields of a form, one a line
        if ordinal:  # an item numbered in words stands as "1." would
            blank_before = False
            flush()
            label = str(ORDINAL_ITEM_WORDS[ordinal.group("word").lower()])
            begin(("digit", label), ln.clean_start + ordinal.end(), False, ln)
            continue
        # a bracket left open at the end of the line goes on on the next: "(vắng:" / "UBND phường An Bình)."
        if cur and not m and not blank_before and cur[-1].clean.count("(") > cur[-1].clean.count(")"):
            cur.append(ln)
            continue
        # a list after "Vắng:" or "Thành phần:" whose item wrapped onto the next line: "Vắng: Phòng A;" / "UBND B."
        if (
            cur
            and not m
            and not blank_before
            and cur_marker[0] == ""
            and _continues_roll(cur[0].clean, cur[-1].clean, s)
        ):
            cur.append(ln)
            continue
        # a hard-wrapped paragraph broken before the dash that sets a person's post apart: "… ông Phan Quốc Việt"
        # / "- Phó Tổng Giám đốc Công ty …" (the line before was full, its sentence open and ending on a name's
        # capitalised syllable, and a post follows the dash: no list item)
        if (
            wrap
            and cur
            and m is not None
            and m.group("dash")
            and cur_marker[0] == ""
            and not blank_before
            and open_sentence
            and len(cur[-1].text.rstrip()) >= WRAP_FULL_SHARE * wrap
            and cur[-1].clean.rstrip().rsplit(" ", 1)[-1][:1].isupper()
            and _opens_with_title(s[m.end() :])
        ):
            cur.append(ln)
            continue
        # a blank line inside a sentence is a page break: "… Tiêu\n\nchuẩn Đo lường …"
        if cur and not m and open_sentence and starts_lower:
            cur.append(ln)
            blank_before = False
            continue
        # (a line opening with a bracket starts anew: "(QNO) - Chiều 14/3, …" under a news headline; so does a
        # short capitalised line under another, a site's menu: "Trang chủ" / "Giới thiệu" / "Tin tức - Sự kiện")
        if (
            cur
            and not m
            and not blank_before
            and (
                starts_lower
                or (
                    open_sentence
                    and cur_marker[0] == ""
                    and not s.startswith("(")
                    and not (_is_menu_item(cur[-1].clean) and _is_menu_item(s))
                )
            )
        ):
            cur.append(ln)
            continue
        # a date or a place's name broken over two lines: "… trước ngày" / "20/10/2017.", "… Công an huyện Tiền" /
        # "Hải bảo đảm …" (however short the line before, and under a list item's marker too)
        if cur and not m and not blank_before and open_sentence and _breaks_date_or_place(cur[-1].clean, s):
            cur.append(ln)
            continue
        # a hard-wrapped item broken before a capital or a digit: the line before it was full; but not a line
        # indented as a paragraph's first line where the wrapped lines are not ("     2. Trung tâm Kỹ thuật …" /
        # "     Phối hợp với …"), nor a task opening with its verb under a unit's heading. A list item's lines
        # hang under its text, deeper than the text's paragraphs ("   - Chỉ đạo Sở … giai đoạn 2023 -" / "     2025,
        # trình UBND tỉnh …"): a line indented as the item's line above it goes on with the item
        if (
            wrap
            and cur
            and not m
            and not blank_before
            and open_sentence
            and len(cur[-1].text.rstrip()) >= WRAP_FULL_SHARE * wrap
            and not (
                indent is not None
                and _indent(ln.text) >= indent + PARAGRAPH_INDENT_MIN
                and not (len(cur) > 1 and _indent(ln.text) == _indent(cur[-1].text))
            )
            and not (
                len(cur) == 1
                and cur_marker[0] in _HEADING_MARKERS
                and _heading_then_task(text[cur_start : cur[0].clean_start + len(cur[0].clean)], s)
            )
        ):
            cur.append(ln)
            continue
        blank_before = False
        flush()
        if m:
            kind = next(
                k
                for k in (
                    "digit2",
                    "roman",
                    "digit",
                    "pdigit",
                    "letter",
                    "letter2",
                    "part",
                    "dash",
                    "plus",
                    "star",
                    "dot",
                )
                if m.group(k)
            )
            label = m.group(kind)
            # a part lettered "A.", "B." over the sections ("A. THÀNH PHẦN") stands where a Roman numeral does
            # … and an item numbered in brackets ("(10) Sở Y tế …") where "10." does
            kind = {"letter2": "letter", "part": "roman", "pdigit": "digit"}.get(kind, kind)
            marker, start = (kind, label), ln.clean_start + m.end()
        else:
            marker, start = ("", ""), ln.clean_start
        begin(marker, start, ln.text.lstrip().startswith(("**", "__", "#")) or _is_upper_line(s[:40]), ln)
    flush()
    return blocks
