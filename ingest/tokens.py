"""Syllable tokens with character offsets, and case/tone-insensitive phrase matching over them.

Vietnamese writes one syllable per space-separated token, so agency names,
titles and person names are matched as sequences of syllables. Tokens keep
their offsets into the notice text so every match yields a source span.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ketluan.ingest.lang.vi.agencies import ONE_LETTER_SYLLABLES
from ketluan.ingest.lang.vi.orthography import ROMAN_NUMERAL_ORDINALS, ROMAN_ONE_LETTERS
from ketluan.ingest.text import fold_tones

# A word: letters/digits with inner & . / - ' joins ("KH&CN", "P.TP", "KT-HT", "14g00");
# or a single punctuation mark. Linear: no nested quantifiers over overlapping classes.
_TOKEN = re.compile(r"[^\W_](?:[\w&]|[&./'’-](?=[^\W_]))*\.?|[^\w\s]", re.UNICODE)


# what follows "P." in a department's name written short: an abbreviation of three or more capitals ("P.QLKH",
# "P.QLCN&CN", "P.KH-TC"); two ("P.GĐ", "P.TP") are a Phó's title
_SHORT_UNIT = re.compile(
    r"[^\W\d_a-zà-ỹđ]{2,}(?:[&-][^\W\d_a-zà-ỹđ]+)+|[^\W\d_a-zà-ỹđ]{3,}(?:[&-][^\W\d_a-zà-ỹđ]+)*"
)

# a code in capitals numbered after a hyphen, one word: a disease ("COVID-19", "SARS-CoV-2") named inside a body's
# name ("Ban Chỉ đạo phòng, chống dịch COVID-19 huyện")
_NUMBERED_CODE = re.compile(r"[^\W\d_a-zà-ỹđ]{2,}(?:-[^\W\d_]+)*-\d+")

# short forms written with a full stop that belongs to the word ("Tp.", "ThS.")
_DOTTED = frozenset({"tp", "tx", "ths", "pgs", "gs", "ks", "bs", "ts", "đc", "cv", "tb", "gđ", "pgđ"})


@dataclass(slots=True, unsafe_hash=True)
class Tok:
    """One token. Treat it as immutable: the token caches hand the same tokens to every caller.

    Not ``frozen=True``: a frozen dataclass sets each field through ``object.__setattr__``, which made
    building a notice's tokens (hundreds of thousands per thousand notices) about three times slower.
    ``unsafe_hash=True`` keeps the hash a frozen one had (of the four fields), and equality and repr are
    unchanged.
    """

    text: str
    start: int
    end: int
    key: str  # folded lower-case form for matching

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()

    @property
    def is_upper(self) -> bool:
        return _all_capitals(self.text)


@lru_cache(maxsize=1 << 15)
def _all_capitals(word: str) -> bool:
    """Has letters, all of them capitals (cached: the rules ask it of the same words again and again)."""
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


@lru_cache(maxsize=1 << 16)
def fold(s: str) -> str:
    """Lower-case, tone placement folded: the matching key of one token or phrase.

    Cached: a notice has a few hundred distinct syllables but folds millions of tokens per thousand
    notices (a pure function of the string, so the cache cannot change an answer).
    """
    return fold_tones(s).lower()


def _is_abbrev_part(part: str) -> bool:
    letters = [c for c in part if c.isalpha()]
    return bool(letters) and (
        sum(c.isupper() for c in letters) >= max(1, len(letters) - 1) or len(letters) <= 2
    )


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Split ``text[start:end]`` into tokens; offsets stay absolute.

    The extractors tokenise a notice whole and then stretch by stretch, often the same stretch several
    times (a block is read for persons, absentees, directives …). So the tokens of a text tokenised whole
    are kept (`_Whole`, the last few texts) and a stretch of it is cut from them, and the tokens of other
    stretches are cached (`_tokens`); each caller gets its own list of the (immutable) tokens.
    """
    n = len(text)
    end = n if end is None else end
    whole = _WHOLE.get(text)
    if whole is None:
        if start != 0 or end != n or n < _WHOLE_MIN_CHARS:
            # a short text (a cell, a phrase, a line) is cached as it is, and does not push a notice out
            return list(_tokens(text, start, end))
        whole = _Whole(text)
        if len(_WHOLE) >= _WHOLE_TEXTS:
            # the oldest go; list() copies the keys in one step, so another thread adding one is harmless
            for old in list(_WHOLE)[: 1 - _WHOLE_TEXTS]:
                _WHOLE.pop(old, None)
        _WHOLE[text] = whole
    return whole.cut(text, start, end)


class _Whole:
    """The tokens of a whole text, grouped by the regex match (word) each comes from.

    A stretch ``[start, end)`` that cuts no word tokenises exactly as the words that lie inside it: the
    token regex looks behind nothing, a match that ends before ``end`` is the same whether the text goes
    on or not (every character it tested lies before ``end``, and a test past ``end`` fails on both a
    non-word character and the end of the string), and the words' splitting ("hoạch-Tài", "P.") depends
    on the word alone, or on the line before it ("số 5."), which a stretch's matches see in the same string. A stretch that cuts a word is tokenised afresh.
    """

    __slots__ = ("toks", "starts", "ends", "first")

    def __init__(self, text: str) -> None:
        self.toks: tuple[Tok, ...] = ()
        self.starts: list[int] = []  # start offset of each match
        self.ends: list[int] = []  # end offset of each match
        self.first: list[int] = []  # index in toks of each match's first token, then len(toks)
        # built with map() over the matches rather than a loop with a few calls per word: a notice has
        # thousands of words and this ran for every notice
        matches = list(_TOKEN.finditer(text))
        words = list(map(_GROUP, matches))
        starts = self.starts = list(map(_START, matches))
        ends = self.ends = list(map(_END, matches))
        n = len(words)
        # words that may make several tokens ("P.", "hoạch-Tài") go through `_add_tokens`; the others
        # make one token each, as `_add_tokens` would make it
        special = [i for i, w in enumerate(words) if w[-1] == "." or "-" in w or w[:2] == "P."]
        toks: list[Tok] = []
        first = self.first
        prev = 0
        for i in (*special, n):
            if i > prev:
                base = len(toks)
                run = words[prev:i]
                toks += map(Tok, run, starts[prev:i], ends[prev:i], map(fold, run))
                first += range(base, base + i - prev)
            if i < n:
                first.append(len(toks))
                _add_tokens(toks, matches[i])
            prev = i + 1
        first.append(len(toks))
        self.toks = tuple(toks)

    def cut(self, text: str, start: int, end: int) -> list[Tok]:
        if start == 0 and end == len(text):
            return list(self.toks)
        if not 0 <= start <= end <= len(text):
            return list(_tokens(text, start, end))
        a = bisect_left(self.starts, start)  # the first word starting at or after start
        b = bisect_right(self.ends, end)  # the words ending at or before end
        if (a and self.ends[a - 1] > start) or (b < len(self.starts) and self.starts[b] < end) or b < a:
            return list(_tokens(text, start, end))  # a word cut by the stretch
        return list(self.toks[self.first[a] : self.first[b]])


_GROUP = re.Match.group
_START = re.Match.start
_END = re.Match.end
_WHOLE_TEXTS = 4  # texts whose whole tokens are kept (a notice, its masked copy for change events …)
_WHOLE_MIN_CHARS = 1000  # shorter texts tokenised whole are not kept among them
_WHOLE: dict[str, _Whole] = {}


@lru_cache(maxsize=512)
def _tokens(text: str, start: int, end: int) -> tuple[Tok, ...]:
    out: list[Tok] = []
    for m in _TOKEN.finditer(text, start, end):
        _add_tokens(out, m)
    return tuple(out)


# a word that a Roman numeral counts after, ending the stretch before the numeral ("… lần thứ ", "… Quý ")
_ROMAN_ORDINAL_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(sorted(ROMAN_NUMERAL_ORDINALS, key=len, reverse=True)) + r")[ \t]+$",
    re.IGNORECASE,
)
#: how far back the word before a one-letter Roman numeral is looked for
_ROMAN_ORDINAL_REACH = 16


def _is_roman_ordinal(word: str, text: str, s: int) -> bool:
    """``word`` (at ``text[s]``, one capital and a full stop) is a Roman numeral after the word it counts ("lần
    thứ V.", "Quý I."): the sentence's end, no initial."""
    return word[0] in ROMAN_ONE_LETTERS and (
        _ROMAN_ORDINAL_BEFORE.search(text, max(0, s - _ROMAN_ORDINAL_REACH), s) is not None
    )


def _ends_a_name(word: str, text: str, s: int) -> bool:
    """``word`` (at ``text[s]``, one character and a full stop) is a name's last word and the sentence's end: a
    digit after a word on the same line ("… Đội Quản lý thị trường số 5.", "… xã Sơn Kim 2."), or a one-letter
    syllable capitalised after a lower-case word ("… Phòng Nghiệp vụ Y."), not a list's number or an initial."""
    c = word[0]
    digit = c.isdigit()
    if _is_roman_ordinal(word, text, s):
        return True
    if not digit and c.lower() not in ONE_LETTER_SYLLABLES:
        return False
    b = s
    while b > 0 and text[b - 1] in " \t":
        b -= 1
    return b < s and b > 0 and (text[b - 1].isalnum() if digit else text[b - 1].islower())


def _add_tokens(out: list[Tok], m: re.Match[str]) -> None:
    """The tokens of one match of `_TOKEN` (a word, or a punctuation mark)."""
    word = m.group()
    s = m.start()
    # "P.QLKH", "P.KH-TC": the head written short ("P." Phòng) and the name's abbreviation, two tokens; "P.GĐ",
    # "P.TP" (a Phó's title written short) stay whole
    if word[:2] == "P." and _SHORT_UNIT.fullmatch(word.rstrip("."), 2):
        out.append(Tok("P.", s, s + 2, "p."))
        s += 2
        word = word[2:]
    # a sentence-final dot is punctuation unless the word is a short abbreviation ("P.", "Tp.", "TX."); a digit
    # with its dot is a list's number ("1. Sở Y tế …"), unless a word before it on its line closes a name with it
    # ("… Đội Quản lý thị trường số 5.", "… xã Sơn Kim 2.", "… Phòng Nghiệp vụ Y.")
    if (
        len(word) > 1
        and word.endswith(".")
        and not (
            (len(word) == 2 and word[0] not in ONE_LETTER_SYLLABLES and not _ends_a_name(word, m.string, s))
            or fold(word[:-1]) in _DOTTED
            or "." in word[:-1]
        )
    ):
        out.append(Tok(word[:-1], s, s + len(word) - 1, fold(word[:-1])))
        out.append(Tok(".", s + len(word) - 1, s + len(word), "."))
        return
    # "hoạch-Tài" splits; "KT-HT", "KH-TC" stay whole
    if (
        "-" in word
        and not all(_is_abbrev_part(p) for p in word.rstrip(".").split("-"))
        and not _NUMBERED_CODE.fullmatch(word)
    ):
        pos = s
        for i, part in enumerate(word.split("-")):
            if i:
                out.append(Tok("-", pos, pos + 1, "-"))
                pos += 1
            if part:
                out.append(Tok(part, pos, pos + len(part), fold(part)))
            pos += len(part)
        return
    out.append(Tok(word, s, m.end(), fold(word)))


@lru_cache(maxsize=4096)
def phrase_keys(phrase: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(phrase))


class _PhraseNode:
    """One syllable deep in a `PhraseTable`: the syllables that may follow, and the value of a phrase ending here."""

    __slots__ = ("after", "ends", "value")

    def __init__(self) -> None:
        self.after: dict[str, _PhraseNode] = {}
        self.ends = False
        self.value: object = None


class PhraseTable:
    """Longest-match lookup of multi-token phrases (titles, agency heads ...).

    A trie of syllable keys: a match walks one dictionary per syllable, however many phrases share the first
    syllables ("ban …", "trung tâm …" open hundreds), where a list of each first syllable's phrases had to be tried
    one by one. Of two phrases with the same keys the first given keeps its value.
    """

    def __init__(self, phrases: Iterable[tuple[str, object]]):
        self._root: dict[str, _PhraseNode] = {}
        for phrase, value in phrases:
            keys = phrase_keys(phrase)
            if not keys:
                continue
            level = self._root
            node = None
            for key in keys:
                node = level.get(key)
                if node is None:
                    node = level[key] = _PhraseNode()
                level = node.after
            if node is not None and not node.ends:
                node.ends, node.value = True, value
        #: the keys a phrase of the table starts with: a token with another key starts none
        self.starts: frozenset[str] = frozenset(self._root)

    def match(self, toks: list[Tok], i: int) -> tuple[int, object] | None:
        """Return ``(end_index, value)`` of the longest phrase starting at ``toks[i]``."""
        size = len(toks)
        if i >= size:
            return None
        node = self._root.get(toks[i].key)
        if node is None:
            return None
        best = (i + 1, node.value) if node.ends else None
        j = i + 1
        after = node.after
        while after and j < size:
            nxt = after.get(toks[j].key)
            if nxt is None:
                break
            j += 1
            if nxt.ends:
                best = (j, nxt.value)
            after = nxt.after
        return best

    def positions(self, toks: list[Tok], lo: int = 0, hi: int | None = None) -> list[int]:
        """``[k for k in range(lo, hi) if self.match(toks, k)]`` (``hi`` defaults to ``len(toks)``).

        The rules ask this of every token of a stretch; looking the key up here before calling `match`
        spares a call for each token that starts no phrase (most of them).
        """
        starts, match, n = self.starts, self.match, len(toks)
        # a negative k goes to `match` as it is (it indexes from the end there)
        return [
            k
            for k in range(lo, n if hi is None else hi)
            if (k < 0 or (k < n and toks[k].key in starts)) and match(toks, k) is not None
        ]

    def occurs(self, toks: list[Tok], lo: int = 0, hi: int | None = None) -> bool:
        """``any(self.match(toks, k) for k in range(lo, hi))``, without a call for each token."""
        starts, match, n = self.starts, self.match, len(toks)
        for k in range(lo, n if hi is None else hi):
            if (k < 0 or (k < n and toks[k].key in starts)) and match(toks, k) is not None:
                return True
        return False


def join(text: str, toks: list[Tok]) -> str:
    """The source text covered by a run of tokens."""
    return text[toks[0].start : toks[-1].end] if toks else ""
