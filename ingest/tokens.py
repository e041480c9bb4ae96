"""Syllable tokens with character offsets, and case/tone-insensitive phrase matching over them.

Vietnamese writes one syllable per space-separated token, so agency names,
titles and person names are matched as sequences of syllables. Tokens keep
their offsets into the notice text so every match yields a source span.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ketluan.ingest.text import fold_tones

# A word: letters/digits with inner & . / - ' joins ("KH&CN", "P.TP", "KT-HT", "14g00");
# or a single punctuation mark. Linear: no nested quantifiers over overlapping classes.
_TOKEN = re.compile(r"[^\W_](?:[\w&]|[&./'’-](?=[^\W_]))*\.?|[^\w\s]", re.UNICODE)


# short forms written with a full stop that belongs to the word ("Tp.", "ThS.")
_DOTTED = frozenset({"tp", "tx", "ths", "pgs", "gs", "ks", "bs", "ts", "đc", "cv", "tb", "gđ", "pgđ"})


@dataclass(frozen=True, slots=True)
class Tok:
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
        letters = [c for c in self.text if c.isalpha()]
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

    The extractors tokenise the same stretch of a notice several times (a block is read for persons,
    absentees, directives …), so the tokens of the last stretches are kept (`_tokens`); each caller gets
    its own list of the (immutable) tokens.
    """
    return list(_tokens(text, start, len(text) if end is None else end))


@lru_cache(maxsize=512)
def _tokens(text: str, start: int, end: int) -> tuple[Tok, ...]:
    out: list[Tok] = []
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        s = m.start()
        # a sentence-final dot is punctuation unless the word is a short abbreviation ("P.", "Tp.", "TX.")
        if (
            len(word) > 1
            and word.endswith(".")
            and not (len(word) == 2 or fold(word[:-1]) in _DOTTED or "." in word[:-1])
        ):
            out.append(Tok(word[:-1], s, s + len(word) - 1, fold(word[:-1])))
            out.append(Tok(".", s + len(word) - 1, s + len(word), "."))
            continue
        # "hoạch-Tài" splits; "KT-HT", "KH-TC" stay whole
        if "-" in word and not all(_is_abbrev_part(p) for p in word.rstrip(".").split("-")):
            pos = s
            for i, part in enumerate(word.split("-")):
                if i:
                    out.append(Tok("-", pos, pos + 1, "-"))
                    pos += 1
                if part:
                    out.append(Tok(part, pos, pos + len(part), fold(part)))
                pos += len(part)
            continue
        out.append(Tok(word, s, m.end(), fold(word)))
    return tuple(out)


@lru_cache(maxsize=4096)
def phrase_keys(phrase: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(phrase))


class PhraseTable:
    """Longest-match lookup of multi-token phrases (titles, agency heads ...)."""

    def __init__(self, phrases: Iterable[tuple[str, object]]):
        self._by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        for phrase, value in phrases:
            keys = phrase_keys(phrase)
            if keys:
                self._by_first.setdefault(keys[0], []).append((keys, value))
        for entries in self._by_first.values():
            entries.sort(key=lambda e: -len(e[0]))

    def match(self, toks: list[Tok], i: int) -> tuple[int, object] | None:
        """Return ``(end_index, value)`` of the longest phrase starting at ``toks[i]``."""
        if i >= len(toks):
            return None
        for keys, value in self._by_first.get(toks[i].key, ()):
            n = len(keys)
            if i + n <= len(toks) and all(toks[i + k].key == keys[k] for k in range(n)):
                return i + n, value
        return None


def join(text: str, toks: list[Tok]) -> str:
    """The source text covered by a run of tokens."""
    return text[toks[0].start : toks[-1].end] if toks else ""
