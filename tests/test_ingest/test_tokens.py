"""Tokens of a whole text and the phrase-table scans built for speed (issue 7) give what the plain
definitions give."""

from __future__ import annotations

from pathlib import Path

import pytest

from ketluan.ingest.lang.vi.titles import TITLES
from ketluan.ingest.tokens import PhraseTable, Tok, _tokens, tokenize

ROOT = Path(__file__).resolve().parents[2]

# fmt: off
TEXTS = [
    "",
    "a",
    ".",
    "-",
    "P. Giám đốc Sở KH&CN, kế hoạch-Tài chính; KT-HT.",
    "TP. Cần Thơ. Tp.HCM- Sở 14g00 ngày 25/01/2018 (thứ Năm).",
    "ông Nguyễn Văn A – Phó Chủ tịch UBND tỉnh, chủ trì.",
    "x- y -z a- -a ab.-cd. e. 1.2.3. abc",
    "Ký tên\n\n\tPHÓ GIÁM ĐỐC\r\nNguyễn Thanh Phong",
]
# fmt: on


def _notice_texts() -> list[str]:
    folder = ROOT / "tests" / "data" / "notices"
    return [f.read_text("utf-8") for f in sorted(folder.glob("*.txt"))]


@pytest.mark.parametrize("text", TEXTS + _notice_texts())
def test_tokens_whole_text_matches_the_word_by_word_tokeniser(text: str) -> None:
    """`tokenize` of a whole text (built with map() over the matches) equals the reference loop."""
    assert tokenize(text) == list(_tokens(text, 0, len(text)))


def test_tokens_are_hashable_and_compare_by_value() -> None:
    a, b = Tok("Sở", 0, 2, "sở"), Tok("Sở", 0, 2, "sở")
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert repr(a) == "Tok(text='Sở', start=0, end=2, key='sở')"


@pytest.mark.parametrize("text", TEXTS + _notice_texts())
def test_tokens_positions_and_occurs_equal_match_at_every_token(text: str) -> None:
    table = PhraseTable(TITLES.items())
    toks = tokenize(text)
    every = [k for k in range(len(toks)) if table.match(toks, k)]
    assert table.positions(toks) == every
    assert table.occurs(toks) == bool(every)
    lo, hi = len(toks) // 3, 2 * len(toks) // 3 + 5  # hi past the end is allowed, as with range()
    assert table.positions(toks, lo, hi) == [k for k in range(lo, hi) if table.match(toks, k)]
    assert table.occurs(toks, lo, hi) == any(table.match(toks, k) for k in range(lo, hi))


def test_short_texts_tokenised_whole_do_not_push_a_notice_out_of_the_whole_text_cache() -> None:
    """The rules tokenise cells, lines and phrases whole between the stretches of a notice; a notice's tokens
    must stay kept for those stretches (cut from them, not tokenised afresh each time: ~10 % of parsing)."""
    from ketluan.ingest import tokens as T

    notice = (
        "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính rà soát thiết bị đo. " * 30
    ).strip()
    assert len(notice) >= T._WHOLE_MIN_CHARS
    tokenize(notice)
    for k in range(2 * T._WHOLE_TEXTS):
        tokenize(f"Phòng {k} Kế hoạch - Tài chính")
    assert notice in T._WHOLE
    # and a stretch cut from the kept tokens is what tokenising it afresh gives
    assert tokenize(notice, 5, 120) == list(T._tokens(notice, 5, 120))
