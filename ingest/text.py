"""The one text normalisation of ketluan, and line/offset bookkeeping.

Every reader in `ketluan.ingest.readers` passes its output through
`normalise_text` exactly once; every character offset elsewhere in the
pipeline (``Span``) points into that normalised text. The normalisation only
touches invisible or layout differences, never the words: case, tone
placement ("hoà"/"hòa") and punctuation stay as written. Comparisons that
must ignore those differences use `match_key` instead.

`normalise_text` is idempotent, returns NFC, and never raises on any ``str``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

from ketluan.ingest.lang.vi.orthography import (
    LOOKALIKE_LETTERS,
    TONE_PLACEMENT_FOLD,
    VIETNAMESE_NON_ASCII_LETTERS,
)

__all__ = [
    "CELL_SEPARATOR",
    "fold_tones",
    "line_of",
    "line_offsets",
    "longest_first",
    "match_key",
    "marks_lost_pattern",
    "normalise_text",
    "unfold_tones",
]

#: Separates the cells of one table row on its line (the readers write it for HTML and .docx tables alike;
#: the rules read a row's cells by it).
CELL_SEPARATOR = "\t"

# Characters that break a line for str.splitlines(); all become "\n" so that
# splitlines(), split("\n") and `line_offsets` agree on what a line is.
_LINE_BREAKS = {
    "\r\n": "\n",
    "\r": "\n",
    "\x0b": "\n",
    "\x0c": "\n",
    "\x1c": "\n",
    "\x1d": "\n",
    "\x1e": "\n",
    "\x85": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
}
_LINE_BREAK_RE = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

# Spaces other than U+0020 (tab is kept: it separates table cells).
_EXOTIC_SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
# Invisible format characters: soft hyphen, Mongolian vowel separator, zero-width
# space/joiners, direction marks and embeddings, word joiner, invisible operators, BOM.
_INVISIBLE = (
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f\ufeff"
)
# Remaining C0/C1 control characters (not tab, not newline): not text.
_CONTROLS = "".join(
    chr(c)
    for c in [*range(0x00, 0x09), *range(0x0E, 0x1C), 0x1F, 0x7F, *range(0x80, 0x85), *range(0x86, 0xA0)]
)

_TRANSLATE = {ord(c): " " for c in _EXOTIC_SPACES} | {ord(c): None for c in _INVISIBLE + _CONTROLS}

_MANY_BLANK_LINES_RE = re.compile(r"\n{4,}")


# A vowel-quality mark (circumflex, breve, horn) typed after the tone mark ("e" + acute + circumflex) is out
# of Unicode's canonical order for Vietnamese: NFC composes "é" and leaves the circumflex loose ("é̂" for
# "ế"). No such mark stays loose in well-formed Vietnamese after NFC, so its presence is the cue.
_QUALITY_MARKS_LEFT = re.compile("[\u0302\u0306\u031b]")
_QUALITY_AFTER_TONE_RE = re.compile("(\\w)([\u0300\u0301\u0303\u0309\u0323]*)([\u0302\u0306\u031b])")
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_QUALITY_MARKS = frozenset("\u0302\u0306\u031b")


def _quality_mark_first(m: re.Match[str]) -> str:
    letters = unicodedata.normalize("NFD", m.group(1) + m.group(2))
    base, marks = letters[0], letters[1:]
    if base not in "aeouAEOU" or not _TONE_MARKS.intersection(marks) or _QUALITY_MARKS.intersection(marks):
        return m.group(0)  # not a Vietnamese vowel with its tone typed first: leave it as it is
    return unicodedata.normalize("NFC", base + m.group(3) + marks)


_VI_LETTER_CLASS = "a-zA-Z" + "".join(sorted(VIETNAMESE_NON_ASCII_LETTERS))
_LOOKALIKE_RE = re.compile(
    "(?<![" + _VI_LETTER_CLASS + "])[" + "".join(LOOKALIKE_LETTERS) + "](?=[" + _VI_LETTER_CLASS + "])"
)


def normalise_text(raw: str) -> str:
    """Return ``raw`` in the one form every later step works on.

    - line endings (CRLF, CR, VT, FF, U+2028…) become ``\\n``;
    - NBSP and the other Unicode spaces become a plain space (tabs stay);
    - zero-width and other invisible format characters, and control
      characters other than tab/newline, are removed;
    - Unicode NFC, with a vowel-quality mark typed after the tone mark put back before it ("é̂" -> "ế");
    - a look-alike of "Đ"/"đ" from another alphabet opening a Vietnamese word becomes "Đ"/"đ" ("Ðồn");
    - spaces and tabs at the end of each line are removed;
    - more than two consecutive blank lines become two; blank lines at the
      start and whitespace at the end of the text are removed.

    Everything else (case, tone placement, punctuation, indentation) is kept.

    >>> normalise_text("Ho\\u0300a  \\r\\n\\r\\n\\r\\n\\r\\n\\r\\nB\\u00a0C\\u200b")
    'Hòa\\n\\n\\nB C'
    """
    text = _LINE_BREAK_RE.sub("\n", raw)
    text = text.translate(_TRANSLATE)
    text = unicodedata.normalize("NFC", text)
    if "\u00d0" in text or "\u00f0" in text or "\u0189" in text:
        text = _LOOKALIKE_RE.sub(lambda m: LOOKALIKE_LETTERS[m.group(0)], text)
    if _QUALITY_MARKS_LEFT.search(text):
        text = _QUALITY_AFTER_TONE_RE.sub(_quality_mark_first, text)
    # str.rstrip per line, not a regex: "[ \t]+$" backtracks quadratically on long runs of spaces
    text = "\n".join([line.rstrip(" \t") for line in text.split("\n")])
    text = _MANY_BLANK_LINES_RE.sub("\n\n\n", text)
    return text.lstrip("\n").rstrip()


_FOLD_RE = re.compile(
    # not after q/Q ("quý" is one vowel), and only at the end of a syllable ("hoàn", "khuỷu" stay)
    r"(?<![qQ])(?:" + "|".join(sorted(TONE_PLACEMENT_FOLD, key=len, reverse=True)) + r")(?![^\W\d_])"
)


def fold_tones(s: str) -> str:
    """Move a tone written on the second vowel of oa/oe/uy to the first one.

    "hoà" → "hòa", "khoẻ" → "khỏe", "Thuỷ" → "Thủy", "HOÀ" → "HÒA". Only the
    final oa/oe/uy of a syllable is folded, so "hoàn", "khuỷu" and "quý" are
    unchanged. The input is made NFC first.

    >>> fold_tones("Nguyễn Văn Thuỷ, hoà bình, hoàn thành")
    'Nguyễn Văn Thủy, hòa bình, hoàn thành'
    """
    s = unicodedata.normalize("NFC", s)
    return _FOLD_RE.sub(lambda m: TONE_PLACEMENT_FOLD[m.group(0)], s)


_TONE_PLACEMENT_UNFOLD = {folded: written for written, folded in TONE_PLACEMENT_FOLD.items()}
_UNFOLD_RE = re.compile(
    r"(?<![qQ])(?:" + "|".join(sorted(_TONE_PLACEMENT_UNFOLD, key=len, reverse=True)) + r")(?![^\W\d_])"
)


def unfold_tones(s: str) -> str:
    """The inverse of `fold_tones`: move a tone on the first vowel of a final oa/oe/uy to the second.

    Searching needs both spellings of what an analyst typed: a notice may write either.

    >>> unfold_tones("Nguyễn Văn Thủy, hòa bình, hoàn thành, quý")
    'Nguyễn Văn Thuỷ, hoà bình, hoàn thành, quý'
    """
    s = unicodedata.normalize("NFC", s)
    return _UNFOLD_RE.sub(lambda m: _TONE_PLACEMENT_UNFOLD[m.group(0)], s)


_DASHES = {ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"}
# The apostrophe inside the Central Highlands' names ("M'Đrắk", "Ea H'leo") is typed as whichever mark the
# writer's editor makes of it: the typographic ’ and ‘, the modifier letter ʼ, a backtick or an acute accent.
_APOSTROPHES = {ord(c): "'" for c in "\u2019\u2018\u02bc\u0060\u00b4\u2032"}
_KEY_MARKS = _DASHES | _APOSTROPHES
_WHITESPACE_RE = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def match_key(s: str) -> str:
    """Key for comparing names and phrases: equal keys mean "the same words".

    NFC, `fold_tones`, casefold, whitespace collapsed to single spaces and
    trimmed, every dash (‐ ‑ ‒ – — ― −) unified to "-" and every apostrophe (’ ‘ ʼ ` ´ ′) to "'".

    Cached: extraction asks for the key of the same names, headings and lines many times per notice
    (a pure function of the string, so the cache cannot change an answer).

    >>> match_key("  Ủy ban  nhân dân – tỉnh Hoà Bình ") == match_key("ỦY BAN NHÂN DÂN - TỈNH HÒA BÌNH")
    True
    """
    key = fold_tones(s).translate(_KEY_MARKS).casefold()
    key = unicodedata.normalize("NFC", key)
    return _WHITESPACE_RE.sub(" ", key).strip()


def strip_diacritics(s: str) -> str:
    """Letters without tone and vowel marks ("Quán" → "Quan"); "đ" is a letter of its own and stays.

    >>> strip_diacritics("Huỳnh Văn Quán")
    'Huynh Van Quan'
    """
    return unicodedata.normalize("NFD", s).translate(_NO_COMBINING)


class _DropCombining(dict):  # type: ignore[type-arg]
    """``str.translate`` table: a combining mark -> None (dropped), any other code point -> itself.

    Filled as characters are met (a table of all of Unicode would cost a pass over 1.1 M code points at
    import); `str.translate` is one C loop where a generator asked `unicodedata.combining` per character.
    """

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_NO_COMBINING = _DropCombining()


def line_offsets(text: str) -> list[int]:
    """Start offset of every line of ``text`` (lines are split on ``\\n`` only).

    >>> line_offsets("ab\\ncd\\n")
    [0, 3, 6]
    """
    offsets = [0]
    find = text.find
    i = find("\n")
    while i != -1:
        offsets.append(i + 1)
        i = find("\n", i + 1)
    return offsets


def line_of(text: str, offset: int, *, offsets: list[int] | None = None) -> int:
    """1-based line number of character ``offset`` in ``text``.

    Pass ``offsets=line_offsets(text)`` when calling this many times on the
    same text. Offsets past the end count as the last line.

    >>> line_of("ab\\ncd", 3)
    2
    """
    if offset < 0:
        raise ValueError(f"offset must be >= 0, got {offset}")
    starts = offsets if offsets is not None else line_offsets(text)
    return bisect_right(starts, offset)


def longest_first(words: Iterable[str]) -> str:
    """A regex alternation of the words, escaped, the longest first — so that "kết luận và chỉ đạo" is tried
    before "kết luận", as a phrase list read into a pattern must be."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Each base letter (lower case, no marks) -> every letter written on it (its tones, breve, circumflex, horn):
# "a" -> "aàáảãạăằắẳẵặâầấẩẫậ"; "đ" stands apart as a letter of its own.
_ON_BASE: dict[str, str] = {}
for _c in sorted(c for c in VIETNAMESE_NON_ASCII_LETTERS if c.islower()):
    _base = unicodedata.normalize("NFD", _c)[0]
    _ON_BASE[_base] = _ON_BASE.get(_base, "") + _c
# what a scan's OCR or an old font without Vietnamese letters reads for a letter besides its marks: "Đ" as
# "D", a capital "I" as a small "l" ("HỘl") and a small "l" as "1" ("Độc 1ập")
_READ_ALSO = {"đ": "d", "d": "đ", "i": "l", "l": "i1"}


@lru_cache(maxsize=64)
def marks_lost_pattern(phrase: str) -> str:
    """A regex (to compile with ``re.IGNORECASE``) for a fixed phrase of the language data as a scan's OCR or an
    old font may write it: any letter with its marks lost or misread ("Độc lập - Tự do - Hanh phuc", "CỘNG HOÀ
    XÃ HỘI CHỦ NGHIA VIỆT NAM"), "Đ" read "D", "I" read "l"; any run of blanks for a space, any dash and any
    blanks around it for " - ". For a phrase no other words of a notice are (the quốc hiệu, the motto), whose
    letters without marks still name it alone.

    >>> bool(re.fullmatch(marks_lost_pattern("độc lập - tự do - hạnh phúc"), "Độc lập – Tự do - Hanh phuc", re.I))
    True
    """
    parts = []
    for part in phrase.split(" - "):
        words = []
        for word in part.split():
            chars = []
            for c in unicodedata.normalize("NFC", word.lower()):
                base = unicodedata.normalize("NFD", c)[0] if c != "đ" else c
                if not base.isalpha():
                    chars.append(re.escape(c))
                    continue
                letters = base + _ON_BASE.get(base, "") + _READ_ALSO.get(base, "")
                chars.append("[" + "".join(sorted(set(letters + letters.upper()))) + "]")
            words.append("".join(chars))
        parts.append(r"\s+".join(words))
    return r"\s*[-–—]\s*".join(parts)
