"""Layout a text copy of a notice lost, put back before the text is parsed.

`ketluan.ingest.readers` applies `repair_layout` to a notice's normalised text, so every offset the
extractor keeps points into the repaired text. The repairs, all conservative:

- `rebuild_flattened_tables`: a table copied from a web page or a PDF one cell per line ("TT", "Nội dung
  nhiệm vụ", "Đơn vị chủ trì", …, then "1", the task, its body, …) becomes markdown pipe rows
  ("| 1 | … | … |"), which the extractor reads as a table. Only a run of known column headings whose first
  names the running number, followed by rows that each start with the next running number.
- `drop_page_numbers`: a line holding only a page number ("2", "- 2 -", "Trang 2/3", "2/3") between two
  halves of a sentence (text taken from a PDF) is removed.
- `join_hyphenated_syllables`: a hyphen a PDF's typesetting put at the end of a line between two syllables
  ("phương tiện-⏎đo nhóm 2") is taken out; Vietnamese is not hyphenated, so the two are two words. One
  syllable split by the hyphen ("thực hi-⏎ện", "trư-⏎ớc") is joined into its word.
- `join_split_syllables`: a syllable a scan's wrapped line broke with no hyphen ("đồng chí Trư⏎ơng Văn Lâm")
  is joined, where the lower half is a rhyme no syllable opens on alone ("ơng", "ớc").
- `break_flattened_lines`: a notice whose header, title or "Nơi nhận" and signature were run together into
  long lines (copied out of a PDF or a web page) gets its line breaks back, a space turned into a line break
  before each part the Nghị định 30/2020/NĐ-CP layout starts on a line of its own (the quốc hiệu, "Số:", the
  document type, "Nơi nhận:" and each recipient, the signature's authority and title, "(Đã ký)", the name).
  Only spaces change, so every offset is the same before and after.
- `repair_ocr_slips`: what a scanned notice's OCR commonly loses, where the damaged form is no Vietnamese
  word ("truớc", "nguời", "Quý l", "XA HÀM MỸ" heading the header's unit); one character for one.
- `lift_header_continuations`: a body's name in a two-column header typed in text, broken over two lines of
  its column while the other column holds a line beside the first ("SỞ VĂN HOÁ, THỂ THAO␣␣␣Độc lập …" /
  "VÀ DU LỊCH"), gets the other column's cell moved down a line, so that its two parts are read as one name.
- `repair_tone_slips_in_names`: a tone OCR misread on a lower-case word of one mention of a body's name, the
  notice writing the name right elsewhere ("Văn phòng Liên mỉnh" beside "Chủ tịch Liên minh …").
- `join_names_wrapped_at_hyphens`: a scan's line broken at a name's hyphen, the lower line opening on "- " like
  a list's item among running text ("Phó Trưởng phòng Tuyên truyền⏎- Hỗ trợ người nộp thuế và lãnh⏎đạo …").
- `join_wrapped_header_names`: a council's name stacked in the header over lines the names' reader does not
  carry it across ("HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG" / "SẢN PHẨM OCOP CẤP TỈNH").
- `pictograph_bullets`: the pictographs a social-media post puts before its points ("👉", "✅", "1️⃣") become
  the list markers a notice writes ("- ", "1. ").
- `tab_aligned_attendees`: attendees lined up with tabs without a header row ("1.⇥Bà …⇥Phó Chủ tịch …⇥Ủy viên")
  become a numbered list ("1. Bà …, Phó Chủ tịch …, Ủy viên").
- `close_date_blanks`: the blanks a notice typed in Word leaves around a date's day and month ("ngày  19
  tháng 3 năm 2018") are closed to one space each.
- `join_wrapped_date_year`: a date's year that a copy wrapped onto a line of its own ("ngày 22 tháng 4 năm" /
  "2016") is joined back to it.

The column headings and the page word are data: `ketluan.ingest.lang.vi.structure` (the columns the
extractor reads) and `ketluan.ingest.lang.vi.page_layout`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ketluan.ingest.agencies import HEADS, find_agencies
from ketluan.ingest.lang.vi.agencies import SO_FIELD_NAMES
from ketluan.ingest.lang.vi.date_words import HOUR_WORDS
from ketluan.ingest.lang.vi.honorifics import HONORIFICS
from ketluan.ingest.lang.vi.orthography import (
    BASE_VOWELS,
    CLOSING_GLIDES,
    EITHER_TONED_PAIRS,
    O_HORN_TONES,
    O_PLAIN_TONES,
    OCR_CAPITAL_I_LETTERS,
    OCR_DAY_WORD_SLIPS,
    OCR_DIGIT_LETTERS,
    OCR_L_LETTERS,
    OCR_L_SLIP_WORDS_KEPT,
    OCR_LOCALITY_WORDS,
    OCR_NUMBER_LABEL_SLIPS,
    OCR_PHRASE_SLIPS,
    OCR_SO_SLIPS,
    OCR_TITLE_DIGIT_LETTERS,
    OCR_TITLE_TYPES,
    OCR_UNIT_COUNCILS,
    OCR_UNIT_WORDS,
    OCR_UNMARKED_BODIES,
    OCR_UY_SLIPS,
    PARTY_COMMITTEE_LEVELS,
    ROMAN_NUMERAL_WORDS,
    SPLIT_SYLLABLE_TAILS,
    SYLLABLE_CODAS,
    SYLLABLE_MAX_LETTERS,
    SYLLABLE_ONSETS,
    TONE_MARKS,
    TONED_LETTERS,
    U_HORN_TONES,
    U_PLAIN_TONES,
    UNIT_NUMBER_WORDS,
    UO_RHYME_ENDINGS,
    VIETNAMESE_NON_ASCII_LETTERS,
    VOWEL_NUCLEI,
)
from ketluan.ingest.lang.vi.page_layout import (
    BULLET_PICTOGRAPHS,
    CLAUSE_ENDS,
    DATE_WORDS,
    HEADER_NAME_CONTINUATIONS,
    HEADER_NAME_OPEN_ENDS,
    KEYCAP_TEN,
    OTHER_TABLE_COLUMNS,
    PAGE_WORDS,
    ROSTER_BODY_COLUMNS,
    ROSTER_NUMBER_COLUMNS,
    ROSTER_PEOPLE_COLUMNS,
    RUNNING_HEAD_TYPE_NAMES,
    RUNNING_HEAD_TYPES,
    RUNNING_NUMBER_COLUMNS,
    SCANNER_STAMPS,
    TITLE_TYPE_WORDS,
)
from ketluan.ingest.lang.vi.structure import (
    BODY_OPENINGS,
    DOCUMENT_TYPES,
    NATIONAL_MOTTO_LINES,
    RECIPIENTS_HEADINGS,
    REVIEW_TABLE_COLUMNS,
    TABLE_COLUMNS,
    TASK_TABLE_COLUMNS,
)
from ketluan.ingest.lang.vi.titles import SIGNATURE_AUTHORITY_MARKS, TITLES
from ketluan.ingest.places import load_gazetteer
from ketluan.ingest.sections import names_place_below, parse_layout
from ketluan.ingest.text import fold_tones, longest_first, marks_lost_pattern, match_key, strip_diacritics
from ketluan.ingest.tokens import tokenize

__all__ = [
    "break_flattened_lines",
    "close_date_blanks",
    "drop_page_numbers",
    "drop_scanner_stamps",
    "is_column_heading",
    "join_hyphenated_syllables",
    "join_split_syllables",
    "join_wrapped_date_year",
    "lift_header_continuations",
    "pictograph_bullets",
    "rebuild_flattened_tables",
    "rebuild_text_tables",
    "roster_tables_as_delegations",
    "repair_layout",
    "repair_ocr_slips",
    "tab_aligned_attendees",
]

#: a heading cell is a short line ("Cơ quan, đơn vị chủ trì thực hiện")
HEADING_MAX_WORDS = 8
#: a table has its running number column and at least this many other columns
MIN_OTHER_COLUMNS = 2

_RUNNING = frozenset(RUNNING_NUMBER_COLUMNS)
# attendee columns are matched whole, as the extractor matches them; a task column's heading may go on
# ("Thời gian hoàn thành (ngày/tháng)")
_EXACT = frozenset(w for ws in TABLE_COLUMNS.values() for w in ws) | frozenset(OTHER_TABLE_COLUMNS)
_PREFIXES = tuple(w for ws in TASK_TABLE_COLUMNS.values() for w in ws) + tuple(REVIEW_TABLE_COLUMNS)
_ROW_NUMBER_RE = re.compile(r"(\d{1,3})\.?")

_PAGE_WORDS = "|".join(re.escape(w) for w in PAGE_WORDS)
# "2", "- 2 -", "Trang 2/3", "-- Trang 1/2 --" (a PDF's text as a converter marks its page breaks), "2/3"
_PAGE_NUMBER_RE = re.compile(
    rf"(?:[-–—]{{1,2}}\s*)?(?:(?:{_PAGE_WORDS})\s+)?(\d{{1,3}})(?:\s*/\s*(\d{{1,3}}))?(?:\s*[-–—]{{1,2}})?",
    re.IGNORECASE,
)
_RULE_RE = re.compile(r"[-_=*.·─━–—~]{3,}")
# a rule drawn beside a page's footer ("───────── Trang 2/3", "Trang 2 ______")
_EDGE_RULE_RE = re.compile(r"^[-_=*.·─━–—~]{3,}[ \t]+|[ \t]+[-_=*.·─━–—~]{3,}$")
# what ends a sentence at the end of a line (as `ketluan.ingest.sections` reads it)
_TERMINAL = (".", ":", ";", "!", "?", "…", ")")


def _heading_key(line: str) -> str:
    return match_key(line).strip(" :.*_")


def _is_column(line: str) -> bool:
    key = _heading_key(line)
    return (
        bool(key)
        and len(key.split()) <= HEADING_MAX_WORDS
        and (key in _EXACT or key.startswith(_PREFIXES))
        and key not in _RUNNING
    )


def is_column_heading(cell: str) -> bool:
    """A table's column heading: the running number's ("TT", "STT") or a known column's ("Họ và tên", "Chức vụ,
    đơn vị", "Đơn vị chủ trì", "Ghi chú"), as a heading row of a table names its columns."""
    return _heading_key(cell) in _RUNNING or _is_column(cell)


def _row_number(line: str) -> int | None:
    m = _ROW_NUMBER_RE.fullmatch(line.strip())
    return int(m.group(1)) if m else None


def _pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(c.strip() for c in cells) + " |"


# The longest running-number heading's key, spaces left out ("sốthứtự"): a line with more than three times as
# many non-blank characters (a letter written with combining marks is up to three code points before NFC, and
# the heading's own dots, colons and stars are trimmed) cannot be one, and needs no key.
_RUNNING_MAX = 3 * max(len(k.replace(" ", "")) for k in _RUNNING) + 8


def _table_at(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The pipe rows of a table flattened one cell per line whose heading run starts at line ``i``, and the
    index of the first line after it; None when the lines there are no such table."""
    line = lines[i]
    if len(line) > _RUNNING_MAX and len("".join(line.split())) > _RUNNING_MAX:
        return None  # far too long for "TT" / "STT" / "Số thứ tự" (most lines: no key computed)
    if _heading_key(line) not in _RUNNING:
        return None
    j = i + 1
    while j < len(lines) and lines[j].strip() and _is_column(lines[j]):
        j += 1
    width = j - i  # the running number and the other columns
    if width - 1 < MIN_OTHER_COLUMNS:
        return None
    rows = [_pipe_row(lines[i:j])]
    number = 1
    while j < len(lines) and _row_number(lines[j]) == number:
        cells = lines[j + 1 : j + width]
        after = j + width
        if len(cells) < width - 1 or not any(c.strip() for c in cells):
            break
        if any("|" in c or "\t" in c for c in cells):
            break
        if after < len(lines) and _row_number(lines[after]) == number + 1:
            pass  # the next row starts where this one should end
        elif after < len(lines) and lines[after].strip():
            break  # a row with more or fewer lines than columns: where its cells go is not known
        rows.append(_pipe_row([lines[j], *cells]))
        number += 1
        j = after
    if len(rows) < 2:
        return None
    return rows, j


def rebuild_flattened_tables(text: str) -> tuple[str, int]:
    """Rebuild the tables of ``text`` written one cell per line into pipe rows; return (text, tables rebuilt).

    A table is a run of heading lines, the first naming the running number ("TT", "STT") and at least two
    others known column headings ("Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Họ và tên" …),
    followed by rows: a line holding the row's number (1, 2, 3 …), then one line per other column (an empty
    line is an empty cell). A row ends where the next row's number stands, or at a blank line or the end of
    the text; a row whose cells do not fit the headings ends the table there, and its lines stay as written.

    >>> rebuild_flattened_tables("TT\\nNội dung\\nĐơn vị chủ trì\\nThời hạn\\n1\\nRà soát\\nSở Y tế\\n30/6/2024\\n")[0]
    '| TT | Nội dung | Đơn vị chủ trì | Thời hạn |\\n| 1 | Rà soát | Sở Y tế | 30/6/2024 |\\n'
    """
    lines = text.split("\n")
    out: list[str] = []
    tables = 0
    i = 0
    while i < len(lines):
        found = _table_at(lines, i)
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        rows, i = found
        out.extend(rows)
        tables += 1
    return ("\n".join(out), tables) if tables else (text, 0)


# --------------------------------------------------------------------------- tables typed in plain text

# a rule line of a table typed in text: "---+------+----", "|---|:---:|", "+-----+=====+"
_TEXT_RULE_RE = re.compile(r"[|+]?[ \t]*(?::?[-=]{2,}:?[ \t]*[|+][ \t]*)+(?::?[-=]{2,}:?)?")


def _is_text_rule(line: str) -> bool:
    # matched on the stripped line: blanks at either end would let the pattern backtrack quadratically
    return _TEXT_RULE_RE.fullmatch(line.strip()) is not None


# a line opening with the running number's heading ("TT", "STT", "Số TT") and a gap: a table's heading row
_RUNNING_HEAD_RE = re.compile(
    r" *(?:" + longest_first(RUNNING_NUMBER_COLUMNS) + r")\.? {2}",
    re.IGNORECASE,
)
# a run of text in a line of a table aligned with spaces: words one space apart
_TEXT_SEGMENT_RE = re.compile(r"\S+(?: \S+)*")


def _text_cells(line: str, outer: bool = True) -> list[str] | None:
    """The cells of a line of a pipe table ("| 1 | Sở Y tế | … |"; with ``outer`` False, "1  | Sở Y tế | …"
    typed without the outer pipes, where a pipe opening the line closes an empty first cell), or None when the
    line has fewer than two pipes."""
    s = line.strip()
    if s.count("|") < 2 or "\t" in s:
        return None
    if outer:
        s = s[1:] if s.startswith("|") else s
        s = s[:-1] if s.endswith("|") else s
    return [c.strip() for c in s.split("|")]


def _merge_cells(record: list[list[str]], cells: list[str]) -> None:
    for k, c in enumerate(cells):
        if k >= len(record):
            record.append([])
        if c:
            record[k].append(c)


def _is_numbered_table(records: list[list[str]]) -> bool:
    """The table's first column holds the rows' running numbers: so headed ("TT", "STT"), or numbered."""
    if records and _heading_key(records[0][0]) in _RUNNING:
        return True
    return sum(1 for r in records[1:] if _row_number(r[0]) is not None) >= 2


def _ruled_only_around_body(block: list[str], rules: list[int], outer: bool) -> bool:
    """The grid draws no rule between its body's rows, only around the heading row and at the foot: the
    lines between the last two rules hold two rows or more, told apart by a filled first cell. A Word table of
    attendees ("Họ và tên | Chức vụ, đơn vị") copied to text is drawn so; a grid ruled under every row has
    one row between two rules, a long cell wrapped onto lines below it."""
    groups = [block[a + 1 : b] for a, b in zip(rules, rules[1:], strict=False) if b > a + 1]
    if len(groups) > 2 or not groups:
        return False  # a rule under every row
    firsts = [(_text_cells(line, outer) or [""])[0] for line in groups[-1]]
    return sum(1 for c in firsts if c) >= 2


def _pipe_table_rows(block: list[str]) -> list[str] | None:
    """The rows of a pipe or grid table typed in text (``block``: its lines, rules among them), each cell's
    lines joined, or None when there is nothing to rebuild. A grid ruled only above and below its body
    ("+----+" under the heading row and at the table's foot) still has a row a line: between two rules, a line
    whose first cell holds a running number opens a row of its own when the group's first line did too."""
    rules = [k for k, line in enumerate(block) if _is_text_rule(line)]
    data = [k for k in range(len(block)) if k not in rules]
    if len(data) < 2:
        return None
    grid = any(r > data[1] for r in rules) and any(r < data[0] for r in rules)
    records: list[list[list[str]]] = []
    outer = block[data[0]].strip().startswith("|")
    changed = not outer
    if grid:
        # "+----+----+" between the rows: the lines between two rules are one row
        group: list[list[str]] = []
        numbered = False  # the group's first line opens with a running number
        ruled_body = _ruled_only_around_body(block, rules, outer)
        for k, line in enumerate(block):
            if k in rules:
                if group:
                    records.append(group)
                    group = []
                continue
            cells = _text_cells(line, outer) or []
            number = _row_number(cells[0]) if cells else None
            if group and numbered and number is not None:
                records.append(group)  # rows ruled only above and below the body: a numbered line is a row
                group = []
            elif group and ruled_body and cells and cells[0] and group[0]:
                # "| Ông Dương Hữu Phước | Phó Tổng Giám đốc Công ty … |" under another person's row: a row of
                # its own; a line with its first cell empty ("|  | Bình Dương |") goes on with the row above
                records.append(group)
                group = []
            if not group:
                numbered = number is not None
            _merge_cells(group, cells)
        if group:
            records.append(group)
        changed = changed or len(records) < len(data)
    else:
        lines = [_text_cells(block[k], outer) or [""] for k in data]
        if not _is_numbered_table([cells[:1] for cells in lines]):
            return [_pipe_row(cells) for cells in lines] if changed else None
        opened = 0  # the cells the row's first line fills
        for cells in lines:
            filled = [c for c in cells if c]
            # a line with its number cell empty goes on with the row above: its text starts in lower case
            # ("| | đai tỉnh | hành chính xã, …|"), or it fills fewer cells than the row's first line
            if (
                records
                and not cells[0]
                and filled
                and (any(c[:1].islower() for c in filled) or len(filled) < opened)
            ):
                _merge_cells(records[-1], cells)
                changed = True
                continue
            records.append([[c] if c else [] for c in cells])
            opened = len(filled)
    if not changed:
        return None
    return [_pipe_row([" ".join(parts) for parts in record]) for record in records]


#: how far before a column's start, in characters, the cell before it may end with a blank (typed one space
#: before the column instead of two)
COLUMN_SLACK = 1


def _nearest_column(cols: list[int], at: int) -> int:
    """The column (past the running number's) whose start is nearest to ``at``."""
    return min(range(1, len(cols)), key=lambda k: abs(cols[k] - at))


def _split_at_columns(segs: list[tuple[int, str]], cols: list[int]) -> list[tuple[int, str]]:
    """The runs of text of a row of an aligned table, a run that two cells left one space apart cut where the
    second's column starts ("ThS.BS. Nguyễn Công Sơn Trưởng khoa", the name filling its column or running past
    its end): at the first blank from a character before the column's start, when no other run of the line is
    in that column and one is in a column after it (the row goes on: a wrapped cell's line is no row)."""
    taken = {_nearest_column(cols, a) for a, _ in segs}
    last = max(taken)
    out: list[tuple[int, str]] = []
    for a, t in segs:
        for k in range(_nearest_column(cols, a) + 1, last):
            if k in taken:
                continue
            p = t.find(" ", max(0, cols[k] - a - 1 - COLUMN_SLACK + 1))
            if p <= 0 or p >= len(t) - 1:
                break
            out.append((a, t[:p]))
            a, t = a + p + 1, t[p + 1 :]
            taken.add(k)
        out.append((a, t))
    return out


def _aligned_table_at(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The pipe rows of a table aligned with spaces whose heading row is ``lines[i]`` ("TT  Nhiệm vụ    Đơn vị
    thực hiện    Thời hạn") and the index of the line after it, or None. Each row opens with its running number
    in the first column; the lines under it without a number go on with its cells, each run of text in the
    column whose start is nearest; a blank line or a line of text from the left margin ends the table."""
    head = [(m.start(), m.group()) for m in _TEXT_SEGMENT_RE.finditer(lines[i])]
    if len(head) < 1 + MIN_OTHER_COLUMNS or _heading_key(head[0][1]) not in _RUNNING:
        return None
    if sum(1 for _, t in head[1:] if _is_column(t)) < MIN_OTHER_COLUMNS:
        return None
    cols = [a for a, _ in head]
    records: list[list[list[str]]] = [[[t] for _, t in head]]
    j = i + 1
    while j < len(lines) and lines[j].strip() and "|" not in lines[j] and "\t" not in lines[j]:
        segs = [(m.start(), m.group()) for m in _TEXT_SEGMENT_RE.finditer(lines[j])]
        first_at, first = segs[0]
        number = _ROW_NUMBER_RE.fullmatch(first.split(" ")[0])
        if first_at < cols[1] - 1 and number is not None and int(number.group(1)) == len(records):
            rest = first[len(first.split(" ")[0]) :].strip()
            records.append([[first.split(" ")[0]]] + [[] for _ in cols[1:]])
            if rest:
                segs[0] = (first_at + len(first) - len(rest), rest)
            else:
                segs = segs[1:]
        elif first_at < cols[1] - 1 or len(records) < 2:
            break
        for a, t in _split_at_columns(segs, cols):
            records[-1][_nearest_column(cols, a)].append(t)
        j += 1
    if len(records) < 3:
        return None
    return [_pipe_row([" ".join(parts) for parts in record]) for record in records], j


def rebuild_text_tables(text: str) -> tuple[str, int]:
    """Rebuild the tables typed in plain text into one pipe row a row; return (text, tables rebuilt).

    An e-mail or a .txt/.md file types a table with pipes ("TT | Đơn vị chủ trì | Nội dung | Thời hạn", with
    or without the outer pipes, "+----+----+" grid rules) or lines it up with spaces, and wraps a long cell
    over several lines: "1  | Văn phòng Đăng ký đất | Chỉnh lý, cập nhật … |" / "   | đai tỉnh | hành chính
    xã … |". The lines of one row become one pipe row, as the extractor reads a table: in a grid, the lines
    between two rules; in a table whose first column holds the running numbers, a line with that cell empty
    goes on with the row above. A pipe table without its outer pipes gets them.

    >>> rebuild_text_tables("TT | Đơn vị | Nội dung\\n1  | Sở Nông | Rà soát\\n   | nghiệp | hồ sơ\\n2  | Sở Y tế | Báo cáo")[0]
    '| TT | Đơn vị | Nội dung |\\n| 1 | Sở Nông nghiệp | Rà soát hồ sơ |\\n| 2 | Sở Y tế | Báo cáo |'
    """
    if "|" not in text and "  " not in text:
        return text, 0
    lines = text.split("\n")
    out: list[str] = []
    tables = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        if _text_cells(line) is not None or _is_text_rule(line):
            j = i
            while j < len(lines) and (_text_cells(lines[j]) is not None or _is_text_rule(lines[j])):
                j += 1
            rows = _pipe_table_rows(lines[i:j]) if j - i >= 2 else None
            if rows is None:
                out.extend(lines[i:j])
            else:
                out.extend(rows)
                tables += 1
            i = j
            continue
        found = _aligned_table_at(lines, i) if "  " in line and _RUNNING_HEAD_RE.match(line) else None
        if found is not None:
            rows, i = found
            out.extend(rows)
            tables += 1
            continue
        out.append(line)
        i += 1
    return ("\n".join(out), tables) if tables else (text, 0)


def _is_page_number(line: str) -> bool:
    """ "2", "- 2 -", "Trang 2", "Trang 2/3", "2/3" (page 2 of 3; "15/10" is a day, not a page), also with a
    rule drawn beside it ("──── Trang 2/3")."""
    s = line.strip()
    if len(s) > 8 and not s[:1].isalnum():
        s = _EDGE_RULE_RE.sub("", s)
    m = _PAGE_NUMBER_RE.fullmatch(s)
    return m is not None and not (m.group(2) and int(m.group(1)) > int(m.group(2)))


def _is_page_mark(line: str) -> bool:
    """A page number no line of text could be: set between dashes ("- 2 -") or named by the page word
    ("Trang 2", "Trang 2/3"), not a bare "2" or "2/3"."""
    s = line.strip()
    return _is_page_number(s) and not s.replace("/", "").isdigit()


# a page's running header: its notice's number ("214-TB/HU", "Số 87/TB-UBND") or an abbreviated type ("TB kết
# luận giao ban T8/2009"), on a short line of its own
_DOC_CODE_RE = re.compile(r"\d+\s*[-/]\s*[A-ZĐ]{2,}(?:\s*[-/]\s*[A-ZĐ&]{2,})+")
_RUNNING_TYPE_RE = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, RUNNING_HEAD_TYPES)) + r")(?![\w-])")
RUNNING_HEAD_MAX = 100
# an item's marker opening a line ("2.", "2.1.", "3)"): a new item, no sentence going on
_ITEM_START_RE = re.compile(r"\d{1,2}(?:\.\d{1,2})*\s*[.)]\s")
# a lettered item's marker opening a line ("b) Sở Tài chính …", "c. UBND các huyện …")
_LETTER_ITEM_RE = re.compile(r"[a-zđ][.)]\s")


# a running header and its page number on one line, a gap apart ("Tổng cục Hải quan - TB kết luận PTCT⎵⎵⎵3")
_HEAD_AND_NUMBER_RE = re.compile(
    r"(?:(?P<a>.+?)[ \t]{2,}(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?|\d{1,3}[ \t]{2,}(?P<b>.+))"
)


# a page's running header or footer whose page mark names the page ("Sở NN&PTNT Nam Định⎵⎵⎵Trang 1/2"): the
# page word marks it for sure, whatever the text beside it
_HEAD_AND_PAGE_RE = re.compile(
    rf"(?P<a>.+?)[ \t]{{2,}}(?:{_PAGE_WORDS})\s+\d{{1,3}}(?:\s*/\s*\d{{1,3}})?", re.IGNORECASE
)


def _is_head_and_number(line: str) -> bool:
    s = line.strip()
    if not (s[-1:].isdigit() or s[-1:] in "-–—" or s[:1].isdigit()):
        return False  # the cheap test first: most lines have no number at either end
    m = _HEAD_AND_PAGE_RE.fullmatch(s)
    if m is not None and len(m.group("a")) <= RUNNING_HEAD_MAX and not m.group("a").endswith(_TERMINAL):
        return True
    m = _HEAD_AND_NUMBER_RE.fullmatch(s)
    return m is not None and _is_running_head(m.group("a") or m.group("b"))


# "Sở VHTTDL Quảng Ngãi - Thông báo kết luận giao ban tháng 5/2012": the issuer, a dash, the type in words
_RUNNING_TYPE_NAME_RE = re.compile(
    r"\S\s+[-–—|]\s+(?:" + longest_first(RUNNING_HEAD_TYPE_NAMES) + r")(?!\w)", re.IGNORECASE
)


def _is_running_head(line: str) -> bool:
    s = line.strip()
    return (
        0 < len(s) <= RUNNING_HEAD_MAX
        and not s.endswith(_TERMINAL)
        and bool(
            _DOC_CODE_RE.search(s)
            or _RUNNING_TYPE_RE.search(s)
            or _RUNNING_TYPE_NAME_RE.search(unicodedata.normalize("NFC", s))
        )
    )


def drop_page_numbers(text: str) -> tuple[str, int]:
    """Remove the page-number lines that split a sentence; return (text, lines removed).

    A line holding only a page number ("2", "- 2 -", "Trang 2/3", "2/3") goes when the line before it (blank
    lines and a "-----" page rule aside) does not end a sentence and the text goes on after it in lower case
    ("… Phó Giám đốc Sở chỉ đạo⏎3⏎kế hoạch sản xuất vụ Đông"), or the line before ends with a comma.

    The line before may also end a clause (";", ":", ")", "…": `CLAUSE_ENDS`) when the text after it goes on
    in lower case: the item goes on over the page ("… kiểm định lại cân quá hạn;⏎⏎2⏎⏎hoàn thành trước ngày
    30/4"). There the blank lines and page rule around the number go too: after a clause's end a blank line
    would start a paragraph of its own, and the rest of the item (its deadline) would be lost to it.

    A page's footer between two paragraphs, or ending the text, goes too when it is a mark no line of text
    could be ("- 2 -", "Trang 2/3", "───── Trang 2/3") or holds one beside a bare number ("2" / "Trang 2/3"): the
    line before ends a sentence and the next opens a new item or a capital ("… hằng tháng." / "- 2 -" / "2.
    Trung tâm Y tế …"). A bare "2" alone there stays (a count, a table's cell).

    A page's running header under the number and its rule (the notice's number or its type abbreviated: "ĐẢNG
    BỘ TỈNH BẠC LIÊU␣␣␣TB 214-TB/HU") marks the page break for sure: the number, rule, blank lines and header
    go, and the sentence cut at the break is joined again, whatever the next page opens with but a new item
    ("… ban hành trước ngày" / "- 1 -" / "____" / running header / "31/3/2014; phối hợp …").

    >>> drop_page_numbers("trước ngày\\n- 2 -\\n\\n20/8/2025, báo cáo")[0]
    'trước ngày\\n- 2 -\\n\\n20/8/2025, báo cáo'
    >>> drop_page_numbers("trước ngày\\n- 2 -\\n____\\nSỞ Y TẾ    TB 5/TB-SYT\\n20/8/2025, báo cáo")[0]
    'trước ngày\\n20/8/2025, báo cáo'
    >>> drop_page_numbers("báo cáo Ban Chỉ huy Phòng\\n2\\nthủ dân sự tỉnh.")[0]
    'báo cáo Ban Chỉ huy Phòng\\nthủ dân sự tỉnh.'
    >>> drop_page_numbers("rà soát cân quá hạn;\\n\\n- 3 -\\n\\nhoàn thành trong quý II.")[0]
    'rà soát cân quá hạn;\\nhoàn thành trong quý II.'
    """
    lines = text.split("\n")
    drop: set[int] = set()
    pages = 0
    first_at: dict[str, int] = {}  # a short line -> where it is first written

    def running_head(k: int) -> bool:
        """The next page's header: a notice's number or type (`_is_running_head`), or a line of three words or
        more written as it is higher up (the first page's header: "Sở NN&PTNT tỉnh Cà Mau - Văn bản chỉ đạo,
        điều hành" over a web page copied to text and again under each page's footer)."""
        if _is_running_head(lines[k]):
            return True
        s = lines[k].strip()
        if not first_at:
            for n, x in enumerate(lines):
                t = x.strip()
                if t and len(t) <= RUNNING_HEAD_MAX and t not in first_at:
                    first_at[t] = n
        return first_at.get(s, k) < k and s.count(" ") >= 2 and not _ITEM_START_RE.match(s)

    for i, line in enumerate(lines):
        joint = False
        if not _is_page_number(line):
            if not _is_head_and_number(line):
                continue
            joint = True  # the running header and the number on one line
        kb = next((k for k in range(i - 1, -1, -1) if lines[k].strip()), -1)
        ka = next(
            (
                k
                for k in range(i + 1, len(lines))
                if lines[k].strip() and not _RULE_RE.fullmatch(lines[k].strip())
            ),
            len(lines),
        )
        before = lines[kb].strip() if kb >= 0 else ""
        if (
            not joint
            and i not in drop
            and before
            and not _is_page_number(before)
            and not (ka < len(lines) and running_head(ka))
        ):
            # a page's footer: a mark no text could be ("- 2 -", "Trang 2/3"), or a number with another mark
            # beside it ("2" / "──── Trang 2/3"); between two paragraphs, or ending the text, it goes
            kh, certain = ka, _is_page_mark(line)
            while kh < len(lines) and _is_page_number(lines[kh]):
                certain = certain or _is_page_mark(lines[kh])
                kh = next(
                    (
                        k
                        for k in range(kh + 1, len(lines))
                        if lines[k].strip() and not _RULE_RE.fullmatch(lines[k].strip())
                    ),
                    len(lines),
                )
            after = lines[kh].strip() if kh < len(lines) else ""
            if certain and (
                not after
                or (
                    before.endswith(_TERMINAL)
                    and (
                        _ITEM_START_RE.match(after) or _LETTER_ITEM_RE.match(after) or not after[0].islower()
                    )
                )
            ):
                drop.update(range(i, kh))
                pages += 1
                continue
        if joint or (ka < len(lines) and running_head(ka)):
            # the next page's running header: the page break, for sure
            kh = next(
                (
                    k
                    for k in range(i + 1 if joint else ka + 1, len(lines))
                    if lines[k].strip()
                    and not _RULE_RE.fullmatch(lines[k].strip())
                    and not (joint and _is_page_number(lines[k]))  # a footer, then the next page's number
                ),
                len(lines),
            )
            after = lines[kh].strip() if kh < len(lines) else ""
            if before and after and not _is_page_number(before):
                if before.endswith(_TERMINAL) or _ITEM_START_RE.match(after) or not after[0].isalnum():
                    drop.update(range(i, kh))  # a paragraph ends at the break: number, rule and header go
                else:
                    drop.update(range(kb + 1, kh))  # the sentence goes on over the page
                pages += 1
            continue
        after = lines[ka].strip() if ka < len(lines) else ""
        if not before or not after or _is_page_number(before):
            continue
        if before.endswith(_TERMINAL):
            if before.endswith(CLAUSE_ENDS) and after[0].islower():
                drop.update(range(kb + 1, ka))  # the page break inside the item, blank lines and rule too
                pages += 1
            continue
        if after[0].islower() or (before.endswith(",") and after[0].isalpha()):
            drop.add(i)
            pages += 1
    if not drop:
        return text, 0
    return "\n".join(line for i, line in enumerate(lines) if i not in drop), pages


# a scanner app's stamp on a line of its own at the foot of each page ("Scanned with CamScanner"), the words
# a blank or more apart, the line's blanks and its line break with it
_SCANNER_STAMP_RE = re.compile(
    r"^[ \t]*(?:"
    + "|".join(r"[ \t]+".join(map(re.escape, w.split())) for w in SCANNER_STAMPS)
    + r")[ \t.]*(?:\n|$)",
    re.IGNORECASE | re.MULTILINE,
)


def drop_scanner_stamps(text: str) -> tuple[str, int]:
    """Remove the stamp a scanner app prints at the foot of each page it scans (`SCANNER_STAMPS`: "Scanned with
    CamScanner"), which a PDF's text layer or its OCR keeps on a line of its own among the notice's lines: it
    is no text of the notice, and left there it became a task's text or ended one. Returns (text, stamps).

    >>> drop_scanner_stamps("nghiệm thu hằng tháng.\\nScanned with CamScanner\\n2. Đề nghị Công ty …")
    ('nghiệm thu hằng tháng.\\n2. Đề nghị Công ty …', 1)
    """
    if "scan" not in text and "Scan" not in text and "SCAN" not in text and "quét" not in text:
        return text, 0
    return _SCANNER_STAMP_RE.subn("", unicodedata.normalize("NFC", text))


_VOWEL_LETTERS = "".join(
    sorted(
        {*BASE_VOWELS}
        | {
            c
            for c in VIETNAMESE_NON_ASCII_LETTERS
            if c.islower() and unicodedata.normalize("NFD", c)[0] in "aeiouy"
        }
    )
)
_SYLLABLE_RE = re.compile(
    rf"(?:{'|'.join(SYLLABLE_ONSETS)})?[{_VOWEL_LETTERS}]{{1,3}}(?:{'|'.join(SYLLABLE_CODAS)})?"
)
# a word, a hyphen ending its line (blank lines of a page break may follow) and a lower-case word opening the next
_LINE_END_HYPHEN_RE = re.compile(
    r"(?<![\w-])([^\W\d_]+)-[ \t]*\n(?:[ \t]*\n)*([^\W\d_]+)(?![\w-])([ \t]+(?=\S))?"
)
_ONSET_RE = re.compile("|".join(SYLLABLE_ONSETS))


def _is_syllable(word: str) -> bool:
    w = word.lower()
    return len(w) <= SYLLABLE_MAX_LETTERS and _SYLLABLE_RE.fullmatch(w) is not None


def _untoned(ch: str) -> str:
    """The letters without their tone marks, their other marks kept ("ệ" -> "ê", "ớ" -> "ơ", "mỉnh" -> "minh")."""
    parts = [c for c in unicodedata.normalize("NFD", ch) if c not in TONE_MARKS]
    return unicodedata.normalize("NFC", "".join(parts))


def _one_syllable(head: str, tail: str) -> bool:
    """``head`` and ``tail`` are the two halves of one syllable a line break split ("hi" / "ện", "trư" / "ớc",
    "kiể" / "m"): together they make an onset, a vowel cluster of `VOWEL_NUCLEI` carrying at most one tone,
    and a final consonant; and one half is no syllable on its own or the tail opens with a vowel (a syllable
    opening with a vowel after a hyphen is the rest of the one before it)."""
    word = (head + tail).lower()
    if len(word) > SYLLABLE_MAX_LETTERS or sum(c in TONED_LETTERS for c in word) > 1:
        return False
    onset = _ONSET_RE.match(word)
    i = onset.end() if onset is not None else 0
    j = i
    while j < len(word) and word[j] in _VOWEL_LETTERS:
        j += 1
    coda = word[j:]
    if not (i < j and "".join(_untoned(c) for c in word[i:j]) in VOWEL_NUCLEI):
        return False
    if coda and coda not in SYLLABLE_CODAS:
        return False
    return tail[:1].lower() in _VOWEL_LETTERS or not _is_syllable(head) or not _is_syllable(tail)


def join_hyphenated_syllables(text: str) -> tuple[str, int]:
    """Take out the hyphens a PDF's typesetting put at the end of a line between two syllables; return (text,
    hyphens taken out).

    Vietnamese words are syllables written apart, never hyphenated at a line's end: a line ending in a
    syllable and a hyphen, the next opening with a syllable in lower case ("… phương tiện-⏎đo nhóm 2", "cửa
    hàng bán-⏎lẻ") is one phrase broken by the typesetting, and the hyphen goes (the line break stays, which
    reads as a space). A dash set apart ("Kế hoạch -⏎Tài chính"), a capital after it ("Kiểm định-⏎Hiệu
    chuẩn", a name's two parts), and what is no Vietnamese syllable ("e-⏎mail", "TB-⏎UBND", "2021-⏎2025") stay.

    >>> join_hyphenated_syllables("kiểm tra cột-\\nđo xăng dầu; Phòng Kế hoạch-\\nTài chính")[0]
    'kiểm tra cột\\nđo xăng dầu; Phòng Kế hoạch-\\nTài chính'
    """
    n = 0

    def join(m: re.Match[str]) -> str:
        nonlocal n
        head, tail, gap = m.group(1), m.group(2), m.group(3) or ""
        if not tail[0].islower():
            return m.group(0)
        if _one_syllable(head, tail):
            # one syllable split at the line's end: it joins on the upper line, the line break after it
            n += 1
            return head + tail + ("\n" if gap else "")
        if _is_syllable(head) and _is_syllable(tail):
            n += 1
            return head + "\n" + tail + gap
        return m.group(0)

    out = _LINE_END_HYPHEN_RE.sub(join, text)
    return (out, n) if n else (text, 0)


# a word ending its line (blanks may follow) and a lower-case word opening the next, no hyphen between
_LINE_END_WORD_RE = re.compile(r"(?<![\w-])([^\W\d_]+)[ \t]*\n[ \t]*([^\W\d_]+)(?![\w-])([ \t]+(?=\S))?")


def _split_tail(tail: str) -> bool:
    """``tail`` is a rhyme no syllable opens on by itself (`SPLIT_SYLLABLE_TAILS`): "ơng", "ớc", "ệc"."""
    return "".join(_untoned(c) for c in tail.lower()) in SPLIT_SYLLABLE_TAILS


def join_split_syllables(text: str) -> tuple[str, int]:
    """Join the halves of a syllable that a scan's fixed-width lines broke with no hyphen; return (text,
    syllables joined).

    OCR keeps the page's line breaks, and a page typeset without hyphenation may break a word inside its
    syllable ("đồng chí Trư⏎ơng Văn Lâm", "hoàn thành trư⏎ớc 17 giờ"). Only where the lower half is a rhyme no
    syllable stands on alone (`_split_tail`) and the two make one syllable: a line opening on a word of its
    own ("như⏎ở", "cảm⏎ơn") is left as it is. The word joins on the upper line; the space after it becomes the
    line break.

    >>> join_split_syllables("đồng chí Dư\nơng Văn Lâm chủ trì")[0]
    'đồng chí Dương\nVăn Lâm chủ trì'
    """
    n = 0

    def join(m: re.Match[str]) -> str:
        nonlocal n
        head, tail, gap = m.group(1), m.group(2), m.group(3) or ""
        if not (tail[0].islower() and _split_tail(tail) and _one_syllable(head, tail)):
            return m.group(0)
        n += 1
        return head + tail + ("\n" if gap else "")

    out = _LINE_END_WORD_RE.sub(join, text)
    return (out, n) if n else (text, 0)


#: a line of running text at least this long is one a PDF or a scan wrapped at the page's width
WRAPPED_LINE_MIN = 50
# a word of a proper name as a wrapped line ends or opens on it, punctuation after it kept apart ("Hòa;")
_NAME_WORD_RE = re.compile(r"([^\W\d_][^\W\d_]*)([^\w\s]*)")


def _title_word(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def _province_wrapped(upper: list[str], lower: list[str]) -> int:
    """How many of the ``lower`` line's opening words end a province's name that the ``upper`` line's closing
    words begin ("… cảng cá Khánh" / "Hòa; …", "… tỉnh Thừa Thiên" / "Huế …"), or 0; 0 too when the upper line
    ends on a province's whole name already ("… Quảng Nam" / "Định kỳ …")."""
    gz = load_gazetteer()
    if len(upper) >= 2 and gz.province(" ".join(upper[-2:])):
        return 0
    for j in (1, 2):
        words = [_NAME_WORD_RE.fullmatch(w) for w in lower[:j]]
        if len(words) < j or not all(m and _title_word(m.group(1)) for m in words):
            break
        if any(m.group(2) for m in words[:-1]):  # type: ignore[union-attr]
            break  # punctuation closes the name before the last word
        tail = [m.group(1) for m in words]  # type: ignore[union-attr]
        for k in (1, 2):
            head = upper[-k:]
            if len(head) == k and all(_title_word(w) for w in head) and gz.province(" ".join(head + tail)):
                return j
    return 0


# what opens a list's item at a line's start
_MARKS_OPENING_ITEMS = frozenset("-–—•+*")


def join_wrapped_province_names(text: str) -> tuple[str, int]:
    """Keep on one line a province's name that a wrapped line of running text broke ("Ban Quản lý cảng cá
    Khánh⏎Hòa; Trung tá …" in a PDF's text or a scan's); return (text, names joined).

    A PDF or a scan keeps the page's line breaks, and a line may break between the syllables of a place's name.
    The name is whole on the upper line, and the space after it on the lower line becomes the line break, so no
    reader of a name has to look past a line's end. Only a long line (`WRAPPED_LINE_MIN`: running text, not a
    list's short item that may end on a person's given name) whose last words and the next line's first words
    make a province the gazetteer knows.

    >>> join_wrapped_province_names("Tham dự có ông Trịnh Văn Hùng - Giám đốc Ban Quản lý cảng cá Khánh\nHòa; "
    ...                             "Trung tá Phạm Quốc Việt")[0]
    'Tham dự có ông Trịnh Văn Hùng - Giám đốc Ban Quản lý cảng cá Khánh Hòa;\nTrung tá Phạm Quốc Việt'
    """
    lines: list[str | None] = list(text.split("\n"))
    n = 0
    for i in range(len(lines) - 1):
        upper, lower = lines[i], lines[i + 1]
        if upper is None or lower is None or len(upper.rstrip()) < WRAPPED_LINE_MIN or not lower.strip():
            continue
        j = _province_wrapped(upper.split()[-3:], lower.split()[:2])
        if j:
            words = re.match(r"\s*" + r"\s+".join([r"\S+"] * j), lower)
            assert words is not None  # the lower line opens on j words
            lines[i] = f"{upper.rstrip()} {' '.join(words.group(0).split())}"
            rest = lower[words.end() :].lstrip()
            if rest[:1] in _MARKS_OPENING_ITEMS:
                # a line opening on a dash is a list's item: "các tỉnh Quảng Nam - Quảng Ngãi" stays one line
                lines[i], rest = f"{lines[i]} {rest}", ""
            # the name was all the lower line held: None marks the line to drop, not to leave blank
            lines[i + 1] = rest or None
            n += 1
    return ("\n".join(ln for ln in lines if ln is not None), n) if n else (text, 0)


#: a line at least this long that holds two parts of the header, or "Nơi nhận" and items, is a flattened one
FLATTENED_LINE_MIN = 120

_UPPER = "A-ZĐÀÁẢÃẠÂẦẤẨẪẬĂẰẮẲẴẶÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_LOWER = _UPPER.lower()
# the quốc hiệu and the Party's line, in either tone placement, and as a scan reads them with marks lost
_MOTTO_RE = re.compile("|".join(marks_lost_pattern(phrase) for phrase in NATIONAL_MOTTO_LINES), re.IGNORECASE)
# "Số: 12/TB-SYT", "Số 148-TB/HU" after other words of the header
_NUMBER_RE = re.compile(r"(?<=\S) (?=Số\s*:|SỐ\s*:|Số \d)")
# the place and date, then the document type: "… năm 2011 THÔNG BÁO …"
_DATE_THEN_TYPE_RE = re.compile(
    r"năm \d{4} (?=(?:" + "|".join(map(re.escape, TITLE_TYPE_WORDS)) + r")\b)", re.IGNORECASE
)
# the document type, then its title in sentence case: "THÔNG BÁO Kết luận của …"
_TYPE_THEN_TITLE_RE = re.compile(
    r"(?:^|(?<=\s))(?:" + "|".join(map(re.escape, TITLE_TYPE_WORDS)) + rf") (?=[{_UPPER}][{_LOWER}])"
)
_RULE_IN_LINE_RE = re.compile(r"(?<=\S) (?=[-–—_=]{3,} )|(?<=[-–—_=]{3}) (?=\S)")
_RECIPIENTS_RE = re.compile(
    r"(?<=[.;,:]) (?=(?:" + "|".join(re.escape(h) for h in RECIPIENTS_HEADINGS) + r")\s*:)", re.IGNORECASE
)
# each recipient: "…; - UBND tỉnh (b/c); - …", "…, - Các phòng: …"
_RECIPIENT_ITEM_RE = re.compile(r"(?<=[.;,:]) (?=[-–+•] )")
# the signature after the last recipient: "- Lưu: VT, QLVH. GIÁM ĐỐC", "… Huyện ủy. T/M BAN THƯỜNG VỤ"
_AUTHORITY = "|".join(re.escape(m) for m in SIGNATURE_AUTHORITY_MARKS)
_SIGNATURE_RE = re.compile(
    rf"(?<=[.;]) (?=(?:{_AUTHORITY})\s*[{_UPPER}]|[{_UPPER}]{{2,}} [{_UPPER}]{{2,}}(?![{_LOWER}]))"
)
_SIGNED_RE = re.compile(r" (?=\(đã ký\))|(?<=\(đã ký\)) ", re.IGNORECASE)
# the name under the title: "… BÍ THƯ Bùi Văn Thắm"
_NAME_AFTER_TITLE_RE = re.compile(
    rf"(?<=[{_UPPER}]{{2}}) (?=[{_UPPER}][{_LOWER}]+(?: [{_UPPER}][{_LOWER}]+){{1,4}}\s*$)"
)


def break_flattened_lines(text: str) -> tuple[str, int]:
    """Put back the line breaks of a header, title, "Nơi nhận" or signature run into long lines; returns
    the text (same length: spaces become line breaks) and how many breaks were put back."""
    out = list(text)
    n = 0
    pos = 0
    in_recipients = False  # the line before is a flattened "Nơi nhận" whose signature has not come yet
    for line in text.split("\n"):
        breaks: list[int] = []
        if len(line) >= FLATTENED_LINE_MIN:
            header_parts = [m for m in _MOTTO_RE.finditer(line)] + [m for m in _NUMBER_RE.finditer(line)]
            if len(header_parts) >= 2 or _DATE_THEN_TYPE_RE.search(line):
                for m in _MOTTO_RE.finditer(line):
                    breaks += [m.start() - 1, m.end()]
                breaks += [m.start() for m in _NUMBER_RE.finditer(line)]
                breaks += [m.end() - 1 for m in _DATE_THEN_TYPE_RE.finditer(line)]
                breaks += [m.end() - 1 for m in _TYPE_THEN_TITLE_RE.finditer(line)]
                breaks += [m.start() for m in _RULE_IN_LINE_RE.finditer(line)]
        # "Nơi nhận" and its recipients run into one line, or wrapped onto the next lines (a PDF's text):
        # "Nơi nhận: - Giám đốc Sở (b/c); - Thành viên Hội đồng;⏎- Sở NN&MT; - Lưu: VT. KT. GIÁM ĐỐC …"
        tail = _RECIPIENTS_RE.search(line) if len(line) >= FLATTENED_LINE_MIN else None
        if tail:
            start = tail.start()
        elif re.match(r"\s*(?:nơi nhận|nơi gửi)\s*:", line, re.I):
            start = 0
        elif in_recipients and re.match(r"\s*[-–+•] ", line):
            start = 0
        else:
            start = -1
        rest = line[start:] if start >= 0 else ""
        items = [m.start() for m in _RECIPIENT_ITEM_RE.finditer(rest)]
        last_item = items[-1] if items else 0
        sig = next((m.start() for m in _SIGNATURE_RE.finditer(rest) if m.start() > last_item), None)
        flattened = len(items) >= 2 or (in_recipients and start == 0 and (items or sig is not None))
        if start >= 0 and flattened:
            if tail:
                breaks.append(tail.start())
            breaks += [start + i for i in items]
            if sig is not None:
                s0 = start + sig
                breaks.append(s0)
                sign = line[s0:]
                breaks += [s0 + m.start() for m in _SIGNED_RE.finditer(sign)]
                breaks += [s0 + m.start() for m in _NAME_AFTER_TITLE_RE.finditer(sign)]
        in_recipients = start >= 0 and flattened and sig is None
        if len(line) >= FLATTENED_LINE_MIN // 2 and (tm := _TYPE_THEN_TITLE_RE.match(line)):
            breaks.append(tm.end() - 1)  # "THÔNG BÁO Kết luận của …" opening its line
        for b in breaks:
            if 0 <= b < len(line) and line[b] == " ":
                out[pos + b] = "\n"
                n += 1
        pos += len(line) + 1
    return "".join(out), n


_BLANK = r"[ \t\u00a0]+"
_DAY, _MONTH, _YEAR = DATE_WORDS
_DATE_BLANKS_RE = re.compile(
    rf"\b({_DAY}){_BLANK}(\d{{1,2}}){_BLANK}({_MONTH}){_BLANK}(\d{{1,2}}){_BLANK}({_YEAR}){_BLANK}(\d{{4}})\b",
    re.IGNORECASE,
)


# "Hà Tĩnh, ngày 22 tháng 4 năm" / "2016": the year alone on the next line
_WRAPPED_YEAR_RE = re.compile(
    rf"\b({_DAY}[ \t]+\d{{1,2}}[ \t]+{_MONTH}[ \t]+\d{{1,2}}[ \t]+{_YEAR})[ \t]*\n[ \t]*(\d{{4}})[ \t]*(?=\n|$)",
    re.IGNORECASE,
)


def join_wrapped_date_year(text: str) -> tuple[str, int]:
    """Join the year a copied or scanned line lost onto the next line back to its date; return (text, dates
    joined).

    A place and date line set in the right column runs past the page's edge in a copy, and the year falls onto a
    line of its own ("Số: 412/TB-BHXH      Hà Tĩnh, ngày 22 tháng 4 năm" / "2016"): a line holding nothing but
    four digits under a date closed by "năm" is that date's year.

    >>> join_wrapped_date_year("Hà Tĩnh, ngày 22 tháng 4 năm\\n2016\\n\\nTHÔNG BÁO")[0]
    'Hà Tĩnh, ngày 22 tháng 4 năm 2016\\n\\nTHÔNG BÁO'
    """
    out, n = _WRAPPED_YEAR_RE.subn(lambda m: f"{m.group(1)} {m.group(2)}", text)
    return (out, n) if n else (text, 0)


def close_date_blanks(text: str) -> tuple[str, int]:
    """Close the blanks left to fill in around a written date's day and month; return (text, dates closed).

    A notice typed in Word leaves room for the day and the month, written in by hand or typed in later
    ("Thái Nguyên, ngày  19  tháng 3 năm 2018"; a Word web page writes "ngày&nbsp; 19&nbsp; tháng"): each run
    of blanks between the words and numbers of the date becomes one space. Nothing else of the line changes.

    >>> close_date_blanks("Số:  61 /TB-KHCN    Thái Nguyên, ngày  19  tháng 3 năm 2018")[0]
    'Số:  61 /TB-KHCN    Thái Nguyên, ngày 19 tháng 3 năm 2018'
    """
    n = 0

    def close(m: re.Match[str]) -> str:
        nonlocal n
        closed = " ".join(m.groups())
        if closed != m.group(0):
            n += 1
        return closed

    out = _DATE_BLANKS_RE.sub(close, text)
    return (out, n) if n else (text, 0)


# a variation selector (U+FE0F, "➡️") and a skin tone (U+1F3FB–U+1F3FF, "👉🏻") stay with their pictograph
_EMOJI_TAIL = "[\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]*"
_PICTOGRAPH_BULLET_RE = re.compile(
    rf"^([ \t]*)(?:[{''.join(sorted(BULLET_PICTOGRAPHS))}]{_EMOJI_TAIL})+[ \t]*(?=\S)", re.MULTILINE
)
_KEYCAP_RE = re.compile(
    rf"^([ \t]*)(?:(\d)\ufe0f?\u20e3|({KEYCAP_TEN}){_EMOJI_TAIL})[ \t]*(?=\S)", re.MULTILINE
)


def _bullet_or_lead_in(m: re.Match[str]) -> str:
    """A pictograph's line made a point ("- "), or a paragraph when it leads in to the points under it ("📌
    Phát biểu kết luận, đồng chí Chủ tịch đề nghị:" over "1️⃣ …", "2️⃣ …"): a post decorates its paragraphs
    as it does its points, and a lead-in made a point would put the points under it a level down."""
    end = m.string.find("\n", m.end())
    line = m.string[m.end() : len(m.string) if end < 0 else end].rstrip(" \t*_")
    return m.group(1) if line.endswith(":") else m.group(1) + "- "


def pictograph_bullets(text: str) -> tuple[str, int]:
    """Make the pictographs a social-media post puts before its points into list markers; return (text,
    lines changed).

    A line opening with a bullet pictograph ("👉", "✅", "➡️", "📌": `BULLET_PICTOGRAPHS`) opens with "- "
    instead, and one opening with a keycap digit ("1️⃣") with "1. ", so that the extractor reads the points of a
    commune's Facebook post or a Zalo message as it reads a notice's items. Pictographs inside a line and other
    decorations are left as written.

    >>> pictograph_bullets("Chủ tịch chỉ đạo:\\n👉 Công an phường tăng cường tuần tra.\\n2️⃣ Trạm Y tế báo cáo.")[0]
    'Chủ tịch chỉ đạo:\\n- Công an phường tăng cường tuần tra.\\n2. Trạm Y tế báo cáo.'
    """
    text, n = _PICTOGRAPH_BULLET_RE.subn(_bullet_or_lead_in, text)
    text, k = _KEYCAP_RE.subn(lambda m: f"{m.group(1)}{m.group(2) or '10'}. ", text)
    return text, n + k


_UO_ENDING = "(?:" + "|".join(UO_RHYME_ENDINGS) + r")(?![^\W\d_])"
# "truớc", "nguời", "TRUỚC": the horn of "ư" lost before "ơ" (not after "q": "quơ")
_U_WITHOUT_HORN_RE = re.compile(
    rf"(?<![qQ])([uU])(?=[{O_HORN_TONES}{O_HORN_TONES.upper()}]{_UO_ENDING})", re.IGNORECASE
)
# "trưóc": the horn of "ơ" lost after "ư"
_O_WITHOUT_HORN_RE = re.compile(
    rf"(?<=[ưƯ])([{O_PLAIN_TONES}{O_PLAIN_TONES.upper()}])(?={_UO_ENDING})", re.IGNORECASE
)
# "tham muu", "Uu tiên", "nghiên cúu": the horn of "ư" lost in the rhyme "ưu" (a syllable's vowels "uu", its
# onset before them); the whole syllable ends after the second "u"
_UU_WITHOUT_HORN_RE = re.compile(
    rf"(?<![^\W\d_])((?:[bcdđghklmnprstvx]{{1,3}})?)([{U_PLAIN_TONES}])(?=u(?![^\W\d_]))", re.IGNORECASE
)
_U_HORN = str.maketrans(U_PLAIN_TONES + U_PLAIN_TONES.upper(), U_HORN_TONES + U_HORN_TONES.upper())
_O_HORN = str.maketrans(O_PLAIN_TONES + O_PLAIN_TONES.upper(), O_HORN_TONES + O_HORN_TONES.upper())
_ROMAN_SLIP = r"(?=[lIVX]{0,4}l)(?:[lI]{1,3}|[lI]?V[lI]{0,3}|X[lI]{0,3})"
# "l. ĐÁNH GIÁ CHUNG", "ll. NHIỆM VỤ" opening a line; "Quý l", "Quý ll/2012"
_ROMAN_HEADING_RE = re.compile(rf"^([ \t]*)({_ROMAN_SLIP})(?=[ \t]*[.)][ \t]|[ \t]*[-–][ \t])", re.MULTILINE)
_ROMAN_AFTER_WORD_RE = re.compile(
    r"(?<![^\W\d_])((?:" + "|".join(ROMAN_NUMERAL_WORDS) + rf") )({_ROMAN_SLIP})(?![^\W\d_])", re.IGNORECASE
)
# a date whose digit groups OCR read a letter into ("3l/12/2017", "ngày l5 tháng 3 năm 2O17"): only a group that
# holds a real digit too is put back, and only when the date it gives is one
_OCR_DIGIT = "[0-9" + "".join(sorted(OCR_DIGIT_LETTERS)) + "]"
_OCR_DIGIT_LETTER = "[" + "".join(sorted(OCR_DIGIT_LETTERS)) + "]"
_OCR_DIGITS = str.maketrans(OCR_DIGIT_LETTERS)
# the cheap test first: such a group has a letter next to a real digit (a notice rarely has one)
_OCR_DIGIT_NEXT_TO_LETTER_RE = re.compile(
    rf"{_OCR_DIGIT_LETTER}(?<=[0-9]{_OCR_DIGIT_LETTER})|{_OCR_DIGIT_LETTER}(?=[0-9])"
)
_OCR_NUMERIC_DATE_RE = re.compile(
    rf"(?<![\w/.,-])(?=[0-9/.-]{{0,10}}{_OCR_DIGIT_LETTER})({_OCR_DIGIT}{{1,2}})([/.-])({_OCR_DIGIT}{{1,2}})"
    rf"(?:\2({_OCR_DIGIT}{{4}}))?(?![\w/])"
)
#: the hours of a day a time may name (0 to 23)
HOURS_IN_DAY = 24
# an hour of a time whose two digits OCR read a letter into ("trước l7 giờ ngày 28/9", "1l giờ 30", "l6h30"):
# the hour word right after it (`HOUR_WORDS`)
_OCR_HOUR_RE = re.compile(
    rf"(?<![\w/.,-])(?=[0-9]?{_OCR_DIGIT_LETTER})({_OCR_DIGIT}{{2}})"
    rf"(?=[ \t]*(?:{'|'.join(sorted(HOUR_WORDS, key=len, reverse=True))})(?![^\W\d_]))"
)
_OCR_WORDED_DATE_RE = re.compile(
    rf"(?<!\w)(?i:{DATE_WORDS[0]})\s+({_OCR_DIGIT}{{1,2}})\s+(?i:{DATE_WORDS[1]})\s+({_OCR_DIGIT}{{1,2}})"
    rf"(?:\s+(?i:{DATE_WORDS[2]})\s+({_OCR_DIGIT}{{4}}))?(?!\w)"
)
# a number standing alone whose digits OCR read a letter into ("Công an 2l phường", "l00% cơ sở", "tại 2l
# phường"): a word of digits and such letters, one real digit at least, no other letter, and not noughts alone (a
# rule's "o0o" ornament). A code's or a date's group stays to its own rules: nothing joined to it by "/", "-" or
# "." ("Số: 1l/TB-UBND", "biển số 5l-A1", "15/l0/2023"); so does an hour before its word (`_OCR_HOUR_RE`: "trước
# 7l giờ" names no hour)
_OCR_NUMBER_RE = re.compile(
    rf"(?<![^\W_])(?<![/.-])(?=[0-9]*{_OCR_DIGIT_LETTER})(?={_OCR_DIGIT}*[0-9])(?={_OCR_DIGIT}*[1-9lI])"
    rf"{_OCR_DIGIT}{{2,}}(?![^\W_])(?![/.-][^\W_]|[/.-]\d)"
    rf"(?![ \t]*(?:{'|'.join(sorted(HOUR_WORDS, key=len, reverse=True))})(?![^\W\d_]))"
)
# a month and its year after "tháng" ("hoàn thành trong tháng l0/2023"), their digits OCR read letters into
_OCR_MONTH_RE = re.compile(
    rf"(?<!\w)((?i:{DATE_WORDS[1]})\s+)(?=[0-9/.-]{{0,7}}{_OCR_DIGIT_LETTER})({_OCR_DIGIT}{{1,2}})([/.-])"
    rf"({_OCR_DIGIT}{{4}})(?![\w/])"
)


def _ocr_month(m: re.Match[str]) -> str:
    """The month ``m`` with the letters OCR read into its digits put back, or as it was when a group holds no real
    digit or the month or the year it would give is none."""
    month, year = m.group(2), m.group(4)
    if not (any(c.isdigit() for c in month) and any(c.isdigit() for c in year)):
        return m.group(0)
    mm, yy = month.translate(_OCR_DIGITS), year.translate(_OCR_DIGITS)
    if not (1 <= int(mm) <= 12 and 1900 <= int(yy) <= 2099):
        return m.group(0)
    return m.group(1) + mm + m.group(3) + yy


# a document's number that OCR cut with a space between its digits, in its "Số:" line ("Số: 1 45/TB-VPUBND")
_SPLIT_NUMBER_RE = re.compile(
    r"^([ \t]*(?:Số|SỐ|số)[ \t]*[:.]?[ \t]*)(\d{1,4}) (\d{1,4})(?=/[A-ZĐ0-9])", re.MULTILINE
)


def _number_joined(m: re.Match[str]) -> str:
    """The number's digits together, the space OCR put between them moved before its "/" ("Số: 145 /TB-VPUBND",
    as a number typed into the form's blank reads): the text keeps its length."""
    return f"{m.group(1)}{m.group(2)}{m.group(3)} "


# a list item opening a line, numbered "l." or "I." (a digit "1" or a Roman "I" as OCR reads them) …
# "XÃ HỘl": a word of capitals with a lower-case letter drawn like "I" among them, after another word of capitals
_CAPITAL_I_SLIP_RE = re.compile(
    rf"(?<=[{_UPPER}]{{2}} )(?=[{_UPPER}{''.join(OCR_CAPITAL_I_LETTERS)}]*[{_UPPER}])"
    rf"([{_UPPER}{''.join(OCR_CAPITAL_I_LETTERS)}]{{2,{SYLLABLE_MAX_LETTERS}}})(?![^\W_])"
)
_CAPITAL_I = str.maketrans(OCR_CAPITAL_I_LETTERS)


def _capital_i_slip(m: re.Match[str]) -> str:
    """The word with its "l" read back as "I" where it then is one syllable ("HỘl" -> "HỘI"), else as written."""
    word = m.group(1)
    fixed = word.translate(_CAPITAL_I)
    if fixed == word or sum(c.isupper() for c in word) < 2 or not _is_syllable(fixed):
        return word
    return fixed


# "S0: 412/TB-SGTVT" opening a line of the header: the label of the notice's number
_NUMBER_LABEL_SLIP_RE = re.compile(
    r"^([ \t]*)(" + "|".join(sorted(OCR_NUMBER_LABEL_SLIPS)) + r")(?=[ \t]*:[ \t]*\d)", re.MULTILINE
)

_FIRST_ITEM_SLIP_RE = re.compile(r"^([ \t]*)([lI])(?=[ \t]*[.)][ \t])", re.MULTILINE)
# … and the next item's number opening a line after it ("2. Đội Cảnh sát …", "II. NHIỆM VỤ")
_NEXT_ITEM_RE = re.compile(r"^[ \t]*([0-9]{1,2}|[IVXl]{1,5})[ \t]*[.)][ \t]", re.MULTILINE)


def _first_item(m: re.Match[str]) -> str:
    """ "1" for the item number ``m`` ("l." or "I." opening a line) when the next item opening a line is "2.": the
    first of a list in digits (under "II. Giao nhiệm vụ cụ thể:", "l. Công an quận: …" / "2. Đội …"); else the
    Roman numeral it is ("l. ĐÁNH GIÁ" / "II. NHIỆM VỤ" reads "I.")."""
    nxt = _NEXT_ITEM_RE.search(m.string, m.end())
    if nxt is not None and nxt.group(1) == "2":
        return m.group(1) + "1"
    return m.group(1) + "I"


_HEADER_LINES = 8
_HEADER_LINE_MAX = 300  # a header line's two columns; a longer line is no header's
_COUNCIL_RE = longest_first(OCR_UNIT_COUNCILS)
_UNIT_WORD_RE = longest_first(OCR_UNIT_WORDS)
# "UBND XA HÀM MỸ" in one cell, "XA HÀM MỸ" heading a cell under the council's
_UNIT_AFTER_COUNCIL_RE = re.compile(rf"^(?:(?:{_COUNCIL_RE}) )?({_UNIT_WORD_RE}) (?=[{_UPPER}])")
_MARKED = frozenset(VIETNAMESE_NON_ASCII_LETTERS)
_MARKED_RE = re.compile("[" + "".join(sorted(_MARKED)) + "]")
_CELL_GAP_RE = re.compile(r" {2,}|\t")


def _header_cells(line: str) -> list[tuple[int, str]]:
    """(start, text) of each cell of a header line whose columns are set apart by two spaces or a tab."""
    cells = []
    pos = 0
    for m in [*_CELL_GAP_RE.finditer(line), None]:
        end = m.start() if m else len(line)
        if line[pos:end].strip(" "):
            cells.append((pos, line[pos:end]))
        pos = m.end() if m else end
    return cells


def _unit_words(lines: list[str]) -> list[tuple[int, int, int]]:
    """(line, start, end) of each level word OCR wrote without marks in the header's unit cells."""
    found = []
    above: list[str] = []
    for i, line in enumerate(lines[:_HEADER_LINES]):
        cells = _header_cells(line) if len(line) <= _HEADER_LINE_MAX else []
        if not cells:
            continue
        for k, (start, cell) in enumerate(cells):
            lead = len(cell) - len(cell.lstrip(" "))
            body = cell.strip(" ")
            m = _UNIT_AFTER_COUNCIL_RE.match(body)
            if m is None:
                continue
            letters = [c for c in body if c.isalpha()]
            if not (all(c.isupper() for c in letters) and any(c in _MARKED for c in body)):
                continue  # not a header cell in capitals, or a text written without marks
            if m.start(1) == 0 and not (k < len(above) and re.match(rf"(?:{_COUNCIL_RE})\b", above[k])):
                continue  # a level word heading a cell is one only under its council
            found.append((i, start + lead + m.start(1), start + lead + m.end(1)))
        above = [cell.strip(" ") for _, cell in cells]
    return found


def _unmarked_forms(name: str) -> list[str]:
    """``name`` in capitals as a text without Vietnamese letters writes it: no marks, "Đ" as is or as "D"."""
    bare = strip_diacritics(name)
    return [bare, bare.replace("Đ", "D")] if len(bare) == len(name) and bare != name else []


# a body's name in a header cell written without marks -> its name ("UY BAN NHAN DAN" -> "ỦY BAN NHÂN DÂN")
_UNMARKED_BODIES: dict[str, str] = {
    form: name
    for name in (*OCR_UNMARKED_BODIES, *(f"SỞ {field.upper()}" for field in sorted(SO_FIELD_NAMES)))
    for form in _unmarked_forms(name)
}
_UNMARKED_BODY_RE = re.compile(rf"({longest_first(_UNMARKED_BODIES)})(?:$| ({_UNIT_WORD_RE})(?= |$))")


def _unmarked_bodies(lines: list[str]) -> list[tuple[int, int, int, str]]:
    """(line, start, end, name) of each body's name heading a header cell that a text without marks wrote
    ("UY BAN NHAN DAN", "SO KHOA HOC VA CONG NGHE", "CUC THUE TINH" before a name), the whole cell in capitals
    and no letter of the name and its level word marked; the name ends the cell or a level word follows it (put
    back too). The place's name after them may have kept its marks ("UY BAN NHAN DAN TINH BẾN TRE": OCR loses
    the marks of some words of a line only)."""
    found = []
    for i, line in enumerate(lines[:_HEADER_LINES]):
        if len(line) > _HEADER_LINE_MAX:
            continue
        for start, cell in _header_cells(line):
            lead = len(cell) - len(cell.lstrip(" "))
            body = cell.strip(" ")
            m = _UNMARKED_BODY_RE.match(body)
            if m is None or _MARKED_RE.search(m.group(0)) or body.upper() != body:
                continue  # the place after the name may keep its marks: "UY BAN NHAN DAN TINH BẾN TRE"
            name = _UNMARKED_BODIES[m.group(1)] + (f" {OCR_UNIT_WORDS[m.group(2)]}" if m.group(2) else "")
            place = body[m.end() + 1 :]
            if m.group(2) and place in _unmarked_provinces():
                name = f"{name} {_unmarked_provinces()[place]}"  # "UY BAN NHAN DAN TINH HAU GIANG"
            found.append((i, start + lead, start + lead + len(name), name))
    return found


@lru_cache(maxsize=1)
def _unmarked_provinces() -> dict[str, str]:
    """A province's name in capitals without marks -> in capitals ("HAU GIANG" -> "HẬU GIANG")."""
    return {
        form: p.name.upper()
        for p in load_gazetteer().provinces.values()
        for form in _unmarked_forms(p.name.upper())
    }


# a toned vowel, then a toned closing glide ending the word ("tảí", "Bảó", "ĐÀÌ")
_TONED = "".join(sorted(TONED_LETTERS))
_TWO_TONES_RE = re.compile(rf"(?<=[{_TONED}])([{_TONED}])(?![^\W\d_])")


def _glide_untoned(m: re.Match[str]) -> str:
    """The closing glide ``m`` without the second tone mark OCR put on it ("tảí" → "tải"), or as it was when
    it is no closing glide or its pair may carry the tone on either vowel (`EITHER_TONED_PAIRS`)."""
    glide = m.group(1)
    plain = _untoned(glide)
    pair = (_untoned(m.string[m.start() - 1]) + plain).lower()
    if plain.lower() not in CLOSING_GLIDES or pair in EITHER_TONED_PAIRS:
        return glide
    return plain


# "Quận ùy", "HUYỆN ỤY": a party committee's "ủy" with a misread tone after its level word
_UY_SLIP_RE = re.compile(
    rf"(?<![^\W\d_])((?i:{'|'.join(PARTY_COMMITTEE_LEVELS)}) )((?i:{'|'.join(sorted(OCR_UY_SLIPS))}))(?![^\W\d_])"
)


# a unit's number one after its word ("Đội Kiểm tra thuế số l", "Trạm … Số I"), the digit read as a letter
_UNIT_NUMBER_SLIP_RE = re.compile(rf"(?<![^\W\d_])((?i:{'|'.join(UNIT_NUMBER_WORDS)})[ \t]+)([lI])(?![^\W_])")
# the two words before the number's word, to look for the same unit written with its digit
_WORDS_BEFORE_RE = re.compile(r"(\S+[ \t]+\S+[ \t]+)$")


def _unit_number_slip(m: re.Match[str]) -> str:
    """ "số 1" for the ``m`` OCR read "số l" (no word: the digit it is drawn like), or "số I" where the notice
    writes the same unit with the digit ("Tham dự: … Đội Kiểm tra thuế số 1" / "Đội Kiểm tra thuế số I kiểm
    tra"); else ``m`` as it was ("Phụ lục số I", a Roman numeral)."""
    if m.group(2) == "l":
        return m.group(1) + "1"
    before = _WORDS_BEFORE_RE.search(m.string, max(0, m.start() - 60), m.start())
    if before is None:
        return m.group(0)
    unit = " ".join(before.group(1).split()) + " " + " ".join(m.group(1).split()) + " 1"
    if re.search(rf"(?<![^\W\d_]){re.escape(unit)}(?![^\W_])", m.string):
        return m.group(1) + "1"
    return m.group(0)


def _uy_slip(m: re.Match[str]) -> str:
    """ "ủy" (or "uỷ", the mark on the "y" as OCR left it) for the misread committee word of ``m``, in its case."""
    slip = m.group(2)
    fixed = "uỷ" if slip[1].lower() != "y" else "ủy"
    return m.group(1) + (fixed.upper() if slip.isupper() else fixed)


# the field may open the next line ("giao Sớ⏎Nội vụ chủ trì"): OCR breaks lines inside a body's name
_SO_SLIP_RE = re.compile(rf"(?<![^\W\d_])({'|'.join(sorted(OCR_SO_SLIPS))})( |[ \t]*\n[ \t]*)(?=[{_UPPER}])")
_SO_FIELD_RE = re.compile(rf"(?:{longest_first(SO_FIELD_NAMES)})(?![^\W\d_])")


def _so_slip(m: re.Match[str]) -> str:
    """ "Sở" for the misread ``m`` when a Sở's field follows it ("Sớ Tài nguyên và Môi trường"), else ``m``."""
    rest = m.string[m.end() : m.end() + 60].lower()
    return "Sở" + m.group(2) if _SO_FIELD_RE.match(rest) else m.group(0)


def _ocr_hour(m: re.Match[str]) -> str:
    """The hour ``m`` with the letter OCR read into its digits put back ("l7" → "17"), or as it was when it
    holds no real digit or gives no hour of the day."""
    out = m.group(1)
    if not any(c.isdigit() for c in out):
        return out
    hour = int(out.translate(_OCR_DIGITS))
    return out.translate(_OCR_DIGITS) if hour <= HOURS_IN_DAY - 1 else out


def _ocr_date(m: re.Match[str], groups: tuple[int, int, int]) -> str:
    """The date ``m`` with the letters OCR read into its digit groups put back, or as it was when a group holds
    no real digit or the day, month or year it would give is none."""
    out = m.group(0)
    parts = [m.group(g) for g in groups]
    if any(p is not None and not any(c.isdigit() for c in p) for p in parts):
        return out
    day, month, year = (int(p.translate(_OCR_DIGITS)) if p else None for p in parts)
    if year is None and not m.string[max(0, m.start() - 8) : m.start()].rstrip().lower().endswith(
        DATE_WORDS[0]
    ):
        return out  # a day and month without a year are a date only after "ngày" ("trước ngày 3l/12")
    if (
        day is None
        or month is None
        or not (1 <= day <= 31 and 1 <= month <= 12 and (year is None or 1900 <= year <= 2099))
    ):
        return out
    base = m.start()
    for g in reversed(groups):
        if m.group(g) is not None:
            a, b = m.start(g) - base, m.end(g) - base
            out = out[:a] + out[a:b].translate(_OCR_DIGITS) + out[b:]
    return out


_LOCALITY_SLIP_RE = re.compile(
    r"(?<=[^\W\d_] )(" + "|".join(OCR_LOCALITY_WORDS) + rf")(?= [{_UPPER}][^\W\d_])"
)
#: a text writes marks when at least this many of its letters carry one (an unmarked text spells "tinh" so)
MARKED_TEXT_MIN = 50
# the same word after a body's two capitalised words, whatever follows ("Giao Thanh tra tinh phối hợp …")
_LOCALITY_AFTER_NAME_RE = re.compile(
    rf"(?<![^\W\d_])([{_UPPER}][^\W\d_]* [{_UPPER}a-z][^\W\d_]* )("
    + "|".join(OCR_LOCALITY_WORDS)
    + r")(?![^\W\d_])"
)


def _locality_written_elsewhere(m: re.Match[str]) -> str:
    """ "Thanh tra tỉnh" for the OCR's "Thanh tra tinh" (``m``) in a line that writes marks, when the notice
    writes the same words with the locality's marks elsewhere (its "Nơi nhận": "- Thanh tra tỉnh;"): the body
    named with its level word, not a "Thanh tra" to be guessed; else ``m`` as it was."""
    text = m.string
    line = text[text.rfind("\n", 0, m.start()) + 1 : (text.find("\n", m.end()) + 1 or len(text) + 1) - 1]
    if not _MARKED_RE.search(line):
        return m.group(0)  # a line written wholly without marks (a mail's subject): no slip of OCR's
    marked = m.group(1) + OCR_LOCALITY_WORDS[m.group(2)]
    return marked if re.search(rf"(?<![^\W\d_]){re.escape(marked)}(?![^\W\d_])", m.string) else m.group(0)


# the document's type alone on a line in capitals, its marks maybe misread ("THÔNG BẢO"; `OCR_TITLE_TYPES`), or a
# letter read as the digit drawn like it ("TH0NG BÁO"; `OCR_TITLE_DIGIT_LETTERS`)
_TITLE_CHARS = _UPPER + "".join(OCR_TITLE_DIGIT_LETTERS)
_OCR_TITLE_RE = re.compile(rf"^[ \t]*([{_TITLE_CHARS}]+ [{_TITLE_CHARS}]+)[ \t]*$", re.MULTILINE)
_TITLE_DIGITS_AS_LETTERS = str.maketrans(OCR_TITLE_DIGIT_LETTERS)
#: the title is looked for in the text's first characters
OCR_TITLE_SPAN = 3000


def _ocr_title(m: re.Match[str]) -> str:
    """The title line ``m`` with its type's marks put back, or as it was."""
    words = m.group(1)
    typed = OCR_TITLE_TYPES.get(strip_diacritics(words.translate(_TITLE_DIGITS_AS_LETTERS)), words)
    if len(typed) != len(words):
        return m.group(0)
    return m.group(0)[: m.start(1) - m.start()] + typed + m.group(0)[m.end(1) - m.start() :]


# "ngảy 09 tháng 8": a day's word OCR gave the wrong mark, before the day's number and "tháng"
_DAY_WORD_SLIP_RE = re.compile(
    r"(?<![^\W\d_])(" + "|".join(sorted({w for s in OCR_DAY_WORD_SLIPS for w in (s, s.capitalize())})) + r")"
    r"(?= {1,2}\d{1,2} {1,2}tháng {1,2}\d)"
)


# a fixed phrase with a mark OCR lost, as a whole phrase (first letter in either case, or all in capitals as a
# header's line writes it: "SỞ VĂN HÓA, THẺ THAO")
_PHRASE_SLIP_RE = re.compile(
    r"(?<![^\W\d_])("
    + "|".join(
        sorted(
            {w for s in OCR_PHRASE_SLIPS for w in (s, s[0].upper() + s[1:], s.upper())}, key=len, reverse=True
        )
    )
    + r")(?![^\W\d_])"
)


# "kết 1uận", "xử 1ý", "Quốc Iộ 7": a digit "1" or a capital "I" opening a word of lower-case letters (or the digit
# before capitals: "KẾT 1UẬN"), the word standing alone (no digit, letter or number's mark before it: "2.1a",
# "0,1ha" are numbers)
_L_LETTER_SLIP = "[" + "".join(OCR_L_LETTERS) + "]"
_L_SLIP_RE = re.compile(
    rf"(?<![\w.,/-])({_L_LETTER_SLIP})([{_LOWER}]{{1,{SYLLABLE_MAX_LETTERS - 1}}}"
    rf"|(?<=1)[{_UPPER}]{{1,{SYLLABLE_MAX_LETTERS - 1}}})(?![^\W_])"
)


def _l_slip(m: re.Match[str]) -> str:
    """The word with its first character read back as "l" where the rest carries a mark, opens with a vowel and
    makes one syllable after "l" ("1uận" -> "luận", "Iộ" -> "lộ"), else as written (`OCR_L_LETTERS`)."""
    rest = m.group(2)
    if (
        rest.isascii()
        or rest[0].lower() not in _VOWEL_LETTERS
        or not _one_syllable("l", rest.lower())
        or m.group(0).lower() in OCR_L_SLIP_WORDS_KEPT
    ):
        return m.group(0)
    letter = OCR_L_LETTERS[m.group(1)]
    return (letter.upper() if rest.isupper() else letter) + rest


# the closing block's label opening a line, a mark lost or misread and the "o" read as a zero ("Nơi nhân:", "Noi
# nhặn:", "N0i nhận:") or two blanks between its words (which split the line into two cells), before its colon:
# letters without marks are those of a label of `RECIPIENTS_HEADINGS`
_RECIPIENTS_SLIP_RE = re.compile(
    r"^([ \t|>*_#]*)([^\W_]{3})( {1,2})([^\W\d_]{3,4})(?=[*_]*[ \t]*:)", re.MULTILINE
)
_UNMARKED_RECIPIENTS_HEADINGS = {strip_diacritics(h): h for h in RECIPIENTS_HEADINGS}


def _recipients_slip(m: re.Match[str]) -> str:
    """The label as `RECIPIENTS_HEADINGS` writes it ("Nơi nhận", "NƠI NHẬN"), a second space between its words
    moved after it (the length kept), else as written."""
    lead, w1, gap, w2 = m.groups()
    right = _UNMARKED_RECIPIENTS_HEADINGS.get(strip_diacritics(f"{w1} {w2}").replace("0", "o").casefold())
    if right is None or (match_key(f"{w1} {w2}") == match_key(right) and len(gap) == 1):
        return m.group(0)
    right = right.upper() if w2.isupper() else right[0].upper() + right[1:]
    return lead + right + gap[1:]


def _phrase_slip(m: re.Match[str]) -> str:
    slip = m.group(1)
    right = OCR_PHRASE_SLIPS[slip.lower() if slip.isupper() else slip[0].lower() + slip[1:]]
    if slip.isupper() and len(slip) > 1:
        return right.upper()
    return right[0].upper() + right[1:] if slip[0].isupper() else right


def repair_ocr_slips(text: str) -> tuple[str, int]:
    """Put back what a scanned notice's OCR commonly loses where the damaged form is no Vietnamese word;
    return (text, slips repaired). Each repair keeps the text's length (one character for one).

    - the horn of "ư" before "ơ", or of "ơ" after "ư", in a syllable that ends in a consonant, "i" or "u"
      ("truớc" → "trước", "nguời" → "người", "trưóc" → "trước"; `UO_RHYME_ENDINGS`);
    - a second tone mark on the glide that closes a syllable's vowels ("vận tảí" → "vận tải", "Bảó" → "Bảo";
      `CLOSING_GLIDES`): no syllable carries two, and the closing glide never carries the tone;
    - the mark of "ngày" before a day's number and "tháng" ("ngảy 09 tháng 8" → "ngày 09 tháng 8";
      `OCR_DAY_WORD_SLIPS`);
    - a "1" or "I" read for the "l" opening a word whose rest carries a mark ("kết 1uận" → "kết luận", "Quốc Iộ"
      → "Quốc lộ"; `OCR_L_LETTERS`), where "l" and the rest make one syllable;
    - the closing block's label opening a line with a mark lost or misread, its "o" read as a zero or two blanks
      inside it ("Nơi nhân:", "N0i nhận:" → "Nơi nhận:"; `RECIPIENTS_HEADINGS`);
    - a mark lost in a meeting notice's fixed phrase ("Thành phần tham dư gồm" → "tham dự", "cuộc hop" → "cuộc
      họp"; `OCR_PHRASE_SLIPS`);
    - the horn of "ư" in the rhyme "ưu", which OCR reads "uu" ("tham muu" → "tham mưu", "Uu tiên" → "Ưu tiên";
      `U_PLAIN_TONES`);
    - the mark of "Sở" before a Sở's capitalised field, on the same line or the next ("Sớ Tài nguyên và Môi
      trường" → "Sở …"; `OCR_SO_SLIPS`);
    - the digit "1" of a unit's number read as "l" after "số" ("Phòng Kiểm tra thuế số l"), or as "I" where
      the notice writes the same unit "số 1" elsewhere (`UNIT_NUMBER_WORDS`);
    - a space OCR set between the digits of the document's number ("Số: 1 45/TB-VPUBND" → "Số: 145 /TB-VPUBND");
    - "l" read for "I" in a Roman numeral: a heading "l.", "ll." opening a line, "Quý l" (`ROMAN_NUMERAL_WORDS`);
    - "l" read for "I" in a word of capitals after another ("THƯƠNG BINH VÀ XÃ HỘl" → "XÃ HỘI";
      `OCR_CAPITAL_I_LETTERS`), where the word then is one syllable;
    - a letter read for the digit it looks like in a date's digit groups ("3l/12/2017", "ngày l5 tháng 3 năm
      2O17"; `OCR_DIGIT_LETTERS`): only in a group that holds a real digit too, when the date is a valid one
      (a day and month without a year only after "ngày"), and in an hour's two digits before its word ("trước l7
      giờ", "l6h30"; `HOUR_WORDS`) when the hour is one of the day;
    - the marks of the unit's level in the header ("XA HÀM MỸ" → "XÃ HÀM MỸ"; `OCR_UNIT_WORDS`): only at the
      head of a cell in capitals of the notice's first lines, in a header that writes marks elsewhere;
    - the marks of a body's name that a header cell in capitals wrote wholly without them ("UY BAN NHAN DAN" →
      "ỦY BAN NHÂN DÂN", "SO Y TE" → "SỞ Y TẾ"; `OCR_UNMARKED_BODIES`), the cell being the name alone or before a
      level word, in a notice that writes marks elsewhere;
    - the marks of the document's type alone on its title line in capitals ("THÔNG BẢO" → "THÔNG BÁO";
      `OCR_TITLE_TYPES`);
    - the label of the notice's number at the head of a line of its first lines, before a colon and digits ("S0:
      412/TB-SGTVT" → "Số: 412/TB-SGTVT"; `OCR_NUMBER_LABEL_SLIPS`);
    - the marks of a locality's type before its name in running text ("Cục Hải quan tinh Quảng Ninh" → "tỉnh";
      `OCR_LOCALITY_WORDS`), in a text that writes marks elsewhere; and after a body's name that the notice
      writes elsewhere with the marked word ("Giao Thanh tra tinh phối hợp" where "- Thanh tra tỉnh;" is a
      recipient).

    >>> repair_ocr_slips("UỶ BAN NHÂN DÂN\\n   XA HÀM MỸ\\nll. NHIỆM VỤ QUÝ l\\nbáo cáo truớc ngày 25/3")[0]
    'UỶ BAN NHÂN DÂN\\n   XÃ HÀM MỸ\\nII. NHIỆM VỤ QUÝ I\\nbáo cáo trước ngày 25/3'
    """
    n = 0

    def count(repl):
        def sub(m: re.Match[str]) -> str:
            nonlocal n
            out = repl(m)
            n += out != m.group(0)
            return out

        return sub

    text = _U_WITHOUT_HORN_RE.sub(count(lambda m: "ư" if m.group(1) == "u" else "Ư"), text)
    text = _O_WITHOUT_HORN_RE.sub(count(lambda m: m.group(1).translate(_O_HORN)), text)
    text = _UU_WITHOUT_HORN_RE.sub(count(lambda m: m.group(1) + m.group(2).translate(_U_HORN)), text)
    text = _TWO_TONES_RE.sub(count(_glide_untoned), text)
    text = _SO_SLIP_RE.sub(count(_so_slip), text)
    text = _DAY_WORD_SLIP_RE.sub(count(lambda m: "Ngày" if m.group(1)[0].isupper() else "ngày"), text)
    text = _L_SLIP_RE.sub(count(_l_slip), text)
    text = _RECIPIENTS_SLIP_RE.sub(count(_recipients_slip), text)
    text = _PHRASE_SLIP_RE.sub(count(_phrase_slip), text)
    text = _UY_SLIP_RE.sub(count(_uy_slip), text)
    text = _FIRST_ITEM_SLIP_RE.sub(count(_first_item), text)
    text = _CAPITAL_I_SLIP_RE.sub(count(_capital_i_slip), text)
    text = _UNIT_NUMBER_SLIP_RE.sub(count(_unit_number_slip), text)
    text = _SPLIT_NUMBER_RE.sub(count(_number_joined), text)
    text = _ROMAN_HEADING_RE.sub(count(lambda m: m.group(1) + m.group(2).replace("l", "I")), text)
    text = _ROMAN_AFTER_WORD_RE.sub(count(lambda m: m.group(1) + m.group(2).replace("l", "I")), text)
    if _OCR_DIGIT_NEXT_TO_LETTER_RE.search(text):
        text = _OCR_NUMERIC_DATE_RE.sub(count(lambda m: _ocr_date(m, (1, 3, 4))), text)
        text = _OCR_WORDED_DATE_RE.sub(count(lambda m: _ocr_date(m, (1, 2, 3))), text)
        text = _OCR_HOUR_RE.sub(count(_ocr_hour), text)
        text = _OCR_MONTH_RE.sub(count(_ocr_month), text)
        text = _OCR_NUMBER_RE.sub(count(lambda m: m.group(0).translate(_OCR_DIGITS)), text)
    if _LOCALITY_SLIP_RE.search(text) and len(_MARKED_RE.findall(text)) >= MARKED_TEXT_MIN:
        text = _LOCALITY_SLIP_RE.sub(count(lambda m: OCR_LOCALITY_WORDS[m.group(1)]), text)
    if _LOCALITY_AFTER_NAME_RE.search(text) and len(_MARKED_RE.findall(text)) >= MARKED_TEXT_MIN:
        text = _LOCALITY_AFTER_NAME_RE.sub(count(_locality_written_elsewhere), text)
    head = text[:OCR_TITLE_SPAN]
    fixed = _OCR_TITLE_RE.sub(count(_ocr_title), head)
    fixed = _NUMBER_LABEL_SLIP_RE.sub(count(lambda m: m.group(1) + "Số"), fixed)
    if fixed != head:
        text = fixed + text[OCR_TITLE_SPAN:]
    lines = text.split("\n")
    marked = len(_MARKED_RE.findall(text, 0, OCR_TITLE_SPAN)) >= MARKED_TEXT_MIN
    for i, a, b, name in reversed(_unmarked_bodies(lines) if marked else []):
        lines[i] = lines[i][:a] + name + lines[i][b:]
        n += 1
    for i, a, b in reversed(_unit_words(lines)):
        lines[i] = lines[i][:a] + OCR_UNIT_WORDS[lines[i][a:b]] + lines[i][b:]
        n += 1
    return ("\n".join(lines), n) if n else (text, 0)


_HONORIFIC_RE = longest_first(HONORIFICS)
# "1.⇥Bà Nguyễn Thị Thu Thủy⇥Phó Chủ tịch UBND huyện⇥Chủ tịch Hội đồng, chủ trì"
_TAB_ATTENDEE_RE = re.compile(
    rf"(\d{{1,2}}[.)])\t+((?:{_HONORIFIC_RE})\s*[{_UPPER}][^\t]*)((?:\t+[^\t]+){{1,3}})\t*",
    re.IGNORECASE,
)
#: a list of attendees set out with tabs has at least this many lines
TAB_ATTENDEES_MIN = 2
# "3. Thiếu tá Trần Văn Quý␣␣Phó Đồn trưởng Đồn Biên phòng Quỳnh Phương␣␣␣Thành viên": the same row typed in
# plain text, its columns two spaces or more apart
_GAP_ATTENDEE_RE = re.compile(rf"(\d{{1,2}}[.)])[ \t]+((?:{_HONORIFIC_RE})\s*)([{_UPPER}].*)", re.IGNORECASE)
_COLUMN_GAP_RE = re.compile(r"\t+| {2,}")


def _attendee_row(line: str) -> tuple[str, str, list[str]] | None:
    """(running number, person, the other cells) of an attendee's row of a list set out in columns without a
    header row, or None: cells a tab apart, or two spaces or more apart in plain text, each column after the
    person's opening on a capital ("Phó Giám đốc Sở …", "Thành viên"), as an inspection team's or a council's
    members are listed (name / post and body / role in the team)."""
    m = _TAB_ATTENDEE_RE.fullmatch(line)
    if m is not None:
        return m.group(1), m.group(2).strip(), [c.strip() for c in m.group(3).split("\t") if c.strip()]
    m = _GAP_ATTENDEE_RE.fullmatch(line.rstrip())
    if m is None:
        return None
    name, *cells = _COLUMN_GAP_RE.split(m.group(3))
    if not 1 <= len(cells) <= 3 or not all(c[:1].isupper() for c in cells):
        return None
    return m.group(1), f"{m.group(2).strip()} {name.strip()}", cells


def tab_aligned_attendees(text: str) -> tuple[str, int]:
    """Write the attendees a Word document lines up with tabs, without a header row, as a numbered list;
    return (text, lines rewritten).

    "1.⇥Bà Nguyễn Thị Thu Thủy⇥Phó Chủ tịch UBND huyện⇥Chủ tịch Hội đồng, chủ trì" has the cells of a table row
    but no heading names its columns, so no column is read as the names. A run of at least
    ``TAB_ATTENDEES_MIN`` such lines, each a running number, a person after an honorific (`HONORIFICS`) and one
    to three more cells, with no table row above it, becomes "1. Bà Nguyễn Thị Thu Thủy, Phó Chủ tịch UBND
    huyện, Chủ tịch Hội đồng, chủ trì", as an attendance list is written in running text.
    """
    lines = text.split("\n")
    matches = [_attendee_row(line) for line in lines]
    n = 0
    i = 0
    while i < len(lines):
        if matches[i] is None:
            i += 1
            continue
        j = i
        while j < len(lines) and matches[j] is not None:
            j += 1
        above = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].strip()), "")
        if j - i >= TAB_ATTENDEES_MIN and above.count("\t") < 2 and above.count("|") < 2:
            for k in range(i, j):
                row = matches[k]
                assert row is not None  # the run holds matches only
                number, person, cells = row
                lines[k] = f"{number} " + ", ".join([person, *cells])
                n += 1
        i = j
    return ("\n".join(lines), n) if n else (text, 0)


def _is_capitals(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _header_cells_beside_motto(line: str) -> list[tuple[int, str]]:
    """The cells of a header line (`_header_cells`), a cell that runs into the quốc hiệu or the motto one space
    apart cut before it: a scan's OCR keeps one space between the columns ("CHI CỤC QUẢN LÝ ĐÊ ĐIỀU Độc lập - Tự
    do - Hanh phuc")."""
    cells: list[tuple[int, str]] = []
    for start, cell in _header_cells(line):
        m = next((m for m in _MOTTO_RE.finditer(cell) if m.start() > 0 and cell[m.start() - 1] == " "), None)
        if m is None or not cell[: m.start()].strip():
            cells.append((start, cell))
        else:
            cells += [(start, cell[: m.start() - 1]), (start + m.start(), cell[m.start() :])]
    return cells


def lift_header_continuations(text: str) -> tuple[str, int]:
    """A body's name in the left column of a two-column header typed in text, broken over two lines where the
    right column holds a line beside its first part only ("SỞ VĂN HOÁ, THỂ THAO␣␣␣␣Độc lập - Tự do - Hạnh
    phúc" / "␣␣␣␣VÀ DU LỊCH"): the right column's cell moves down beside the name's second part, so the two parts
    are one line break apart and read as one name. Only when the lower line holds the left cell alone, both
    parts are in capitals, and the lower one opens on a joining word or the upper ends on a mark or word that
    leaves a name unfinished (`HEADER_NAME_CONTINUATIONS`, `HEADER_NAME_OPEN_ENDS`). Returns (text, names
    joined).

    >>> lift_header_continuations("SỞ VĂN HOÁ, THỂ THAO     Độc lập - Tự do\\n   VÀ DU LỊCH\\nSố: 4")[0]
    'SỞ VĂN HOÁ, THỂ THAO\\nVÀ DU LỊCH               Độc lập - Tự do\\nSố: 4'
    """
    head_end = -1
    for _ in range(_HEADER_LINES + 1):
        head_end = text.find("\n", head_end + 1)
        if head_end < 0:
            head_end = len(text)
            break
    lines = text[:head_end].split("\n")
    n = 0
    for i in range(len(lines) - 1):
        upper, lower = lines[i], lines[i + 1]
        if len(upper) > _HEADER_LINE_MAX or len(lower) > _HEADER_LINE_MAX or "|" in upper:
            continue
        cells, below = _header_cells_beside_motto(upper), _header_cells(lower)
        # the other column's rule under the motto, beside the name's second part ("HUYỆN BỐ TRẠCH␣␣␣␣-------")
        rule = below[1][1].strip() if len(below) == 2 and _RULE_RE.fullmatch(below[1][1].strip()) else ""
        if rule:
            below = below[:1]
        if len(cells) < 2 or not 1 <= len(below) <= 2 or below[0][0] >= cells[1][0]:
            continue
        name, more = cells[0][1].strip(), below[0][1].strip()
        if len(below) == 2 and "," not in name:
            # the other column beside both parts: only a name whose fields a comma lists ("SỞ VĂN HÓA, THỂ THAO" /
            # "VÀ DU LỊCH") is lifted, the comma ending the upper line's name when read alone; the header's
            # reader joins the others' parts itself ("BỘ NÔNG NGHIỆP" / "VÀ PHÁT TRIỂN NÔNG THÔN")
            continue
        if not (_is_capitals(name) and _is_capitals(more)):
            continue
        if not (
            match_key(more).startswith(HEADER_NAME_CONTINUATIONS)
            or match_key(name).endswith(HEADER_NAME_OPEN_ENDS)
            # "TRUNG TÂM Y TẾ␣␣␣␣Độc lập …" / "HUYỆN BỐ TRẠCH": the place of a name that names none
            or names_place_below(match_key(name), match_key(more))
        ):
            continue
        right = upper[cells[1][0] :].rstrip() + ("   " + rule if rule else "")
        lines[i] = upper[: cells[0][0]] + name
        lines[i + 1] = (
            upper[: cells[0][0]] + more + " " * max(2, cells[1][0] - cells[0][0] - len(more)) + right
        )
        if len(below) == 2:
            # the right column goes on beside the name's second part too ("VÀ DU LỊCH␣␣␣␣Độc lập - …", a PDF's
            # text a few spaces apart): its cell goes down a line, under the one moved beside the name's end
            lines[i + 1] += "\n" + " " * cells[1][0] + below[1][1].strip()
        n += 1
    if not n:
        return text, 0
    return "\n".join(lines) + text[head_end:], n


#: formats whose text may hold a PDF's page numbers (a .txt or .md file is often a PDF's text)
PAGE_NUMBER_FORMATS = frozenset({"txt", "md", "pdf"})


#: the repairs every notice gets, in order, and the note each leaves when it changed something
# two words a space apart: a short head and what follows it ("V ăn", "Đ ội", "c ơ sở", "PCC C")
_SPACED_PAIR_RE = re.compile(r"(?<![^\s(\"“'])([^\W\d_]{1,4})(?= ([^\W\d_]+)(?![^\W\d_]))")
_WORD_RE = re.compile(r"[^\W\d_]+")


def _stray_space(head: str, tail: str) -> bool:
    """``head`` and ``tail`` are one word OCR set a space inside: the onset of a syllable, consonants alone that
    no Vietnamese word is ("V", "Đ", "Th"), before the rest of it in lower case opening on a vowel ("ăn", "ội",
    "ương"), together one syllable; or an acronym in capitals before its last capital ("PCC C")."""
    if head.isupper() and len(head) >= 2 and len(tail) == 1 and tail.isupper():
        return True
    return (
        head.lower() in _ONSETS and tail.islower() and tail[0] in _VOWEL_LETTERS and _one_syllable(head, tail)
    )


_ONSETS = frozenset(SYLLABLE_ONSETS)
#: the most words before a split word that, with it, make a post title ("Phó Tổng Giám đ ốc")
_TITLE_WORDS_BEFORE = 3


def _ends_a_title(text: str, at: int, word: str) -> bool:
    """``word``, joined from the halves OCR split at ``at``, ends a post title of the language data (`TITLES`)
    with the words before it on its line ("Giám" + "đốc", "Trưởng" + "phòng"): a title's last syllable is the one
    a notice often writes only once, in the attendee's line, so the whole word need not stand elsewhere."""
    before = text[text.rfind("\n", 0, at) + 1 : at].split()[-_TITLE_WORDS_BEFORE:]
    return any(" ".join([*before[k:], word]).lower() in TITLES for k in range(len(before)))


def join_stray_spaced_words(text: str) -> tuple[str, int]:
    """Take out the space a scan's OCR set inside a word; return (text, words joined).

    OCR splits a word where the letters of a line sit apart: "đồng chí Trần V ăn Hiếu", "Đ ội trưởng", "2l1 c ơ
    sở", "Đội Cảnh sát PCC C và CNCH". Neither half is a word then: a syllable's onset alone (consonants) before
    the rest of the syllable, or an acronym before its last capital. The two are joined only where the notice
    writes the whole word elsewhere too ("Văn", "Đội", "cơ", "PCCC"), or where the word ends a post title with
    the words before it ("Giám đ ốc", "Trưởng ph òng": `_ends_a_title`), so a letter standing for itself ("nhóm C
    ưu tiên", "điểm đ khoản 1") stays.

    >>> join_stray_spaced_words("ông Trần Văn An, ông Lê V ăn Bình; Đ ội Cảnh sát PCC C; Đội PCCC")[0]
    'ông Trần Văn An, ông Lê Văn Bình; Đội Cảnh sát PCCC; Đội PCCC'
    """
    words: set[str] | None = None
    cuts: list[int] = []  # the offsets of the spaces taken out
    for m in _SPACED_PAIR_RE.finditer(text):
        head, tail = m.group(1), m.group(2)
        if not _stray_space(head, tail):
            continue
        if words is None:
            words = {w.lower() for w in _WORD_RE.findall(text)}
        if (head + tail).lower() in words or _ends_a_title(text, m.start(1), head + tail):
            cuts.append(m.end(1))
    if not cuts:
        return text, 0
    parts, last = [], 0
    for at in cuts:
        parts.append(text[last:at])
        last = at + 1
    parts.append(text[last:])
    return "".join(parts), len(cuts)


def _pipe_cells(line: str) -> list[str] | None:
    """The cells of a markdown table's row ("| Bộ Y tế | PGS.TS. … |"), stripped; None for any other line."""
    row = line.strip()
    if len(row) < 3 or not (row.startswith("|") and row.endswith("|")):
        return None
    return [c.strip() for c in row[1:-1].split("|")]


def _roster_columns(cells: list[str]) -> tuple[int, int] | None:
    """The body's and the people's columns of a roster table's header row ("Cơ quan, đơn vị | Thành phần", maybe
    after "TT"), or None when the row is no such header."""
    keys = [match_key(c).strip(" *_:.") for c in cells]
    if keys and keys[0] in ROSTER_NUMBER_COLUMNS:
        keys = keys[1:]
    if len(keys) != 2:
        return None
    body, people = (0, 1) if keys[0] in ROSTER_BODY_COLUMNS else (1, 0)
    if keys[body] not in ROSTER_BODY_COLUMNS or keys[people] not in ROSTER_PEOPLE_COLUMNS:
        return None
    shift = len(cells) - 2
    return body + shift, people + shift


def roster_tables_as_delegations(text: str) -> tuple[str, int]:
    """Write an attendance table of bodies and the people each sent as the delegation lines a notice writes;
    return (text, rows rewritten).

    A ministry's or a province's working session lists its attendees as a two-column table, "Cơ quan, đơn vị |
    Thành phần", with several persons to a cell, each "[prefix] Name, title", separated by ";", and "(chủ trì)" or
    "(đồng chủ trì)" beside the one who chaired. A row says what "- Bộ Y tế: PGS.TS. Trịnh Văn A, Thứ trưởng (chủ
    trì); TS. Lê Văn B, …" says (the body heads its people, whose posts may name no body of their own), and is
    written so; the header and its rule go. A table with other columns (a name, a post, a body each in their own
    cell) is read as it stands. The header's and the rule's lines are left blank.

    >>> roster_tables_as_delegations("| Cơ quan | Thành phần |\\n|---|---|\\n| Sở Y tế | Ông Lê Văn A, Giám đốc |")[0]
    '\\n\\n- Sở Y tế: Ông Lê Văn A, Giám đốc'
    """
    lines = text.split("\n")
    n = 0
    columns: tuple[int, int] | None = None
    for i, line in enumerate(lines):
        cells = _pipe_cells(line)
        if cells is None:
            columns = None
            continue
        header = _roster_columns(cells)
        if header is not None:
            columns = header
            lines[i] = ""
            continue
        if columns is None:
            continue
        if all(set(c) <= set("-:– ") for c in cells):
            lines[i] = ""  # the rule under the header
            continue
        body, people = (cells[k] if k < len(cells) else "" for k in columns)
        if body and people:
            lines[i] = f"- {body.rstrip(' :')}: {people}"
            n += 1
    return ("\n".join(lines), n) if n else (text, 0)


_BODY_OPENING_RE = re.compile(r"[ \t]*(?:" + longest_first(BODY_OPENINGS) + r")\b", re.IGNORECASE)


def separate_title_from_body(text: str) -> tuple[str, int]:
    """The blank line between a notice's title and its body's first paragraph, put back where the copy has none.

    A .docx writes each paragraph on a line of its own and a PDF's text drops the space under the title, so the
    subtitle's last line and the meeting's paragraph stand one line break apart ("… theo Nghị quyết số
    18-NQ/TW" / "Ngày 17/12/2024, đồng chí … chủ trì cuộc họp"); read as one run, the day looks like the date of
    the text cited at the title's end. Only after a title with its subtitle (the document type over at least one
    more line), when the next line opens with a capitalised word that opens a body and never a title line
    (`BODY_OPENINGS`: "Ngày", "Sáng", "Căn cứ" …). Returns (text, breaks put back)."""
    layout = parse_layout(text)
    title = layout.title
    if layout.kind != "notice" or title is None or "\n" not in text[title.start : title.end]:
        return text, 0
    brk = text.find("\n", title.end)
    if brk < 0 or text[title.end : brk].strip():
        return text, 0
    nxt = text[brk + 1 : brk + 1 + 40]
    lead = nxt.lstrip(" \t*_")
    if not lead[:1].isupper() or _BODY_OPENING_RE.match(lead) is None:
        return text, 0
    return text[:brk] + "\n" + text[brk:], 1


# a line of running text that opens on a dash and a capital ("- Hỗ trợ người nộp thuế và lãnh"), between a line
# that ends with no clause mark and one that goes on in lower case
_DASH_LINE_RE = re.compile(r"^[ \t]*[-–][ \t]+(?=[" + _UPPER + r"])")
_ITEM_OPENING_RE = re.compile(
    r"^[ \t]*(?:[-–—•+*][ \t]|\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]|[IVXL]{1,5}[.)][ \t]|[a-zđ][.)][ \t])"
)


def _wrapped_at_hyphen(upper: str, line: str, lower: str) -> bool:
    """Is ``line``, opening on "- ", the rest of the sentence ``upper`` broke at a name's hyphen ("… Phó Trưởng
    phòng Tuyên truyền" / "- Hỗ trợ người nộp thuế và lãnh" / "đạo các Chi cục …")? Only a dash line alone
    among running text: ``upper`` opens no item and ends on a letter (no clause mark: the sentence goes on),
    ``line`` ends on a letter too, and ``lower`` goes on in lower case."""
    return (
        _DASH_LINE_RE.match(line) is not None
        and len(upper.strip()) >= WRAPPED_LINE_MIN
        and not _is_capitals(upper)
        and upper.rstrip()[-1:].isalpha()
        and line.rstrip()[-1:].isalpha()
        and lower.lstrip()[:1].islower()
        and _ITEM_OPENING_RE.match(upper) is None
        and _ITEM_OPENING_RE.match(lower) is None
    )


def join_names_wrapped_at_hyphens(text: str) -> tuple[str, int]:
    """Join to the line above a line of a scan's or a PDF's running text that opens on "- " only because the
    line broke a name at its hyphen ("Phòng Tuyên truyền⏎- Hỗ trợ người nộp thuế", "Ban Tuyên giáo⏎- Dân vận");
    return (text, lines joined). A list's item is left alone: it follows a lead-in or another item, and its
    sentence ends on its own line (`_wrapped_at_hyphen`).

    >>> join_names_wrapped_at_hyphens("bà Lê Thị Mai - Phó Trưởng phòng Tuyên truyền\n- Hỗ trợ người nộp thuế và"
    ...                               " lãnh\nđạo các Chi cục Thuế.")[0]
    'bà Lê Thị Mai - Phó Trưởng phòng Tuyên truyền - Hỗ trợ người nộp thuế và lãnh\nđạo các Chi cục Thuế.'
    """
    if "\n-" not in text and "\n–" not in text and not re.search(r"\n[ \t]+[-–]", text):
        return text, 0
    lines = text.split("\n")
    out: list[str] = []
    n = 0
    for i, line in enumerate(lines):
        if 0 < i < len(lines) - 1 and out and _wrapped_at_hyphen(out[-1], line, lines[i + 1]):
            out[-1] = out[-1].rstrip() + " " + line.lstrip()
            n += 1
            continue
        out.append(line)
    return ("\n".join(out), n) if n else (text, 0)


def _opens_title(line: str) -> bool:
    """Is ``line`` a document's type ("BIÊN BẢN", "THÔNG BÁO KẾT LUẬN") or the quốc hiệu's, ending the header?"""
    key = match_key(line)
    return any(key == w or key.startswith(w + " ") for w in (*DOCUMENT_TYPES, *NATIONAL_MOTTO_LINES))


def _name_goes_on_below(upper: str, lower: str) -> bool:
    """Does the body named at the end of header line ``upper`` go on over line ``lower`` ("HỘI ĐỒNG ĐÁNH GIÁ,
    PHÂN HẠNG" / "SẢN PHẨM OCOP CẤP TỈNH")? Only when the two lines read as one make one name from the upper
    line's body to the lower line's end, which the two lines apart do not, and the lower line opens no body of
    its own ("UBND TỈNH X" / "HỘI ĐỒNG …")."""
    if _opens_title(lower):
        return False  # the type's line under the header ("BIÊN BẢN"), the quốc hiệu
    top = tokenize(upper, 0, len(upper))
    ends = [m for m in find_agencies(upper, top, None) if m.end == len(top)]
    below = tokenize(lower, 0, len(lower))
    if not ends or not below or HEADS.match(below, 0) is not None:
        return False

    def one_name(sep: str) -> bool:
        both = upper + sep + lower
        toks = tokenize(both, 0, len(both))
        return any(m.start == ends[-1].start and m.end == len(toks) for m in find_agencies(both, toks, None))

    return one_name(" ") and not one_name("\n")


def join_wrapped_header_names(text: str) -> tuple[str, int]:
    """Join the lines of a header whose issuing body's name, stacked in one column in capitals, wraps over two
    or three lines the names' reader does not carry it across ("UBND TỈNH QUẢNG NINH" / "HỘI ĐỒNG ĐÁNH GIÁ, PHÂN
    HẠNG" / "SẢN PHẨM OCOP CẤP TỈNH": a council named by its task, its fields listed with commas); return (text,
    lines joined). Only lines of one cell, both in capitals, among the notice's first lines (`_HEADER_LINES`),
    when the two read as one make one name (`_name_goes_on_below`).
    """
    lines = text.split("\n", _HEADER_LINES + 1)
    rest = lines.pop() if len(lines) > _HEADER_LINES + 1 else None
    n = 0
    i = 0
    while i < len(lines) - 1:
        upper, lower = lines[i].strip(), lines[i + 1].strip()
        if _opens_title(upper):
            break  # the header ends at the type's line ("BIÊN BẢN"): a title's lines under it are no name
        if (
            _is_capitals(upper)
            and _is_capitals(lower)
            and len(_header_cells(lines[i])) == 1
            and len(_header_cells(lines[i + 1])) == 1
            and _name_goes_on_below(upper, lower)
        ):
            lines[i] = lines[i].rstrip() + " " + lower
            del lines[i + 1]
            n += 1
            continue
        i += 1
    if not n:
        return text, 0
    return "\n".join(lines + ([rest] if rest is not None else [])), n


# a capitalised word inside a sentence (after a word and a space, not after a clause's end) and the lower-case
# word after it: two words of a body's name ("Văn phòng Liên minh", "Ban Thường vụ")
_NAME_PAIR_RE = re.compile(rf"(?<=[^\W\d_] )([{_UPPER}][^\W\d_]*) ([{_LOWER}][^\W\d_]*)(?![^\W\d_])")
#: a name's two words are its own where the notice writes them at least so often
NAME_PAIR_MIN_WRITTEN = 2


def repair_tone_slips_in_names(text: str) -> tuple[str, int]:
    """Put back the tone of a body's name's lower-case word that OCR misread in one mention, where the notice
    writes the name right elsewhere ("Văn phòng Liên mỉnh" where "Chủ tịch Liên minh …", "Hội trường Liên minh
    …" stand); return (text, words repaired). Only a word the notice has nowhere else, after a capitalised word
    inside a sentence, and only when the same capitalised word is followed, inside sentences, at least
    `NAME_PAIR_MIN_WRITTEN` times by one word of the same letters and another tone: a person's name (its words
    all capitalised) and two words the notice both uses ("các bên", "các bến") are left as written. One
    character for one."""
    pairs: dict[tuple[str, str], int] = {}
    for m in _NAME_PAIR_RE.finditer(text):
        pairs[m.group(1), m.group(2)] = pairs.get((m.group(1), m.group(2)), 0) + 1
    words: dict[str, int] = {}
    for w in re.findall(r"[^\W\d_]+", text.lower()):
        words[w] = words.get(w, 0) + 1
    right: dict[tuple[str, str], str] = {}
    for (head, word), count in pairs.items():
        if count != 1 or words.get(word, 0) != 1 or _untoned(word) == word:
            continue  # (a word with no tone at all: a line written without marks, "Subject: … tinh")
        found = {
            w
            for (h, w), c in pairs.items()
            if h == head
            and fold_tones(w) != fold_tones(word)  # not the other placement of the same tone ("uỷ", "ủy")
            and c >= NAME_PAIR_MIN_WRITTEN
            and len(w) == len(word)
            and _untoned(w) == _untoned(word)
        }
        if len(found) == 1:
            right[head, word] = found.pop()
    if not right:
        return text, 0

    def repair(m: re.Match[str]) -> str:
        fixed = right.get((m.group(1), m.group(2)))
        return m.group(0) if fixed is None else f"{m.group(1)} {fixed}"

    return _NAME_PAIR_RE.sub(repair, text), len(right)


REPAIRS = (
    (drop_scanner_stamps, "a scanner app's stamps at the foot of pages removed"),
    (break_flattened_lines, "line breaks put back in a flattened header, title or signature"),
    (repair_ocr_slips, "OCR slips repaired (lost horns and marks, 'l' for 'I', letters for a date's digits)"),
    (join_stray_spaced_words, "spaces OCR set inside a word taken out"),
    (repair_tone_slips_in_names, "a tone OCR misread in a name written right elsewhere put back"),
    (lift_header_continuations, "a header name broken beside the other column joined"),
    (join_names_wrapped_at_hyphens, "names a line broke at their hyphen joined"),
    (join_wrapped_header_names, "a header name wrapped over stacked lines joined"),
    (pictograph_bullets, "pictographs opening a point made list markers"),
    (tab_aligned_attendees, "attendees lined up with tabs written as a list"),
    (close_date_blanks, "blanks around a date's day and month closed"),
    (join_wrapped_date_year, "a date's year wrapped onto a line of its own joined"),
    (rebuild_flattened_tables, "tables written one cell per line rebuilt into rows"),
    (rebuild_text_tables, "tables typed in text rebuilt one row a line"),
    (
        roster_tables_as_delegations,
        "attendance tables of bodies and their people written as delegation lines",
    ),
)


def repair_layout(text: str, fmt: str) -> tuple[str, tuple[str, ...]]:
    """The repairs on a notice's normalised text of format ``fmt``; returns the text and notes of what was
    done (for `ketluan.ingest.readers.SourceText.notes`)."""
    notes: list[str] = []
    for repair, note in REPAIRS:
        text, count = repair(text)
        if count:
            notes.append(f"{note}: {count}")
    if fmt in PAGE_NUMBER_FORMATS:
        text, pages = drop_page_numbers(text)
        if pages:
            notes.append(f"page numbers inside sentences removed: {pages}")
        text, hyphens = join_hyphenated_syllables(text)
        if hyphens:
            notes.append(f"hyphens a PDF put between syllables at line ends taken out: {hyphens}")
        text, split = join_split_syllables(text)
        if split:
            notes.append(f"syllables a line break split without a hyphen joined: {split}")
        text, places = join_wrapped_province_names(text)
        if places:
            notes.append(f"province names a line break split kept on one line: {places}")
    text, breaks = separate_title_from_body(text)
    if breaks:
        notes.append("a blank line put back between the title and the body")
    return text, tuple(notes)
