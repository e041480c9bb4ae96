"""Tests for ketluan.ingest.text: the one normalisation, tone folding, match keys, line bookkeeping."""

from __future__ import annotations

import random
import unicodedata

import pytest

from ketluan.ingest.lang.vi.orthography import TONE_PLACEMENT_FOLD
from ketluan.ingest.text import fold_tones, line_of, line_offsets, match_key, normalise_text

# Hostile strings, in the spirit of the "Big List of Naughty Strings" (minimaxir/big-list-of-naughty-strings)
# that spaCy's tokenizer tests reuse, plus Vietnamese-specific traps.
# fmt: off
NAUGHTY_STRINGS = [
    "", " ", "\n", "\r\n", "\r", "\t", "\x00", "\x00\x01\x02\x1f\x7f", "\x85", "\u2028\u2029",
    "\ufeff", "\ufeffTHÔNG BÁO", "\u200b", "\u200b\u200c\u200d\u2060", "\u00ad", "\u202e\u202d RTL",
    "\u00a0\u2000\u2001\u2002\u3000", "undefined", "null", "None", "NaN", "-1", "0x0", "1E+02",
    "<script>alert(1)</script>", "'; DROP TABLE notices; --", "${{7*7}}", "%s%s%n", "{0}{1}",
    "\\", "\\\\", "\\n", "**", "***", "\\*", "[](", "](", "<http://", "# ", "#" * 10,
    "Ω≈ç√∫˜µ≤≥÷", "åß∂ƒ©˙∆˚¬…æ", "田中さんにあげて下さい", "사회과학원 어학연구소", "ثم نفس سقطت",
    "𝐓𝐡𝐞 𝐪𝐮𝐢𝐜𝐤", "👨‍👩‍👦", "🇻🇳", "Z̮̞̠͙͔ͅḀ̗̞͈̻̗Ḷ͙͎̯̹̞͓G̻O̭̗̮", "\u0301\u0300\u0323", "a\u0301\u0323\u0309",
    "Ho\u0300a bi\u0300nh", "HÒA BÌNH", "hoà bình", "Thuỷ", "Nguyễn Văn A", "Ủy ban nhân dân",
    "\ud7ff\ue000\uf8ff\ufffd\ufffe", "\U0010ffff", "line   \nline\t\t\n\n\n\n\n\nend   ",
    "\r\n\r\n\r\n\r\n\r\n", "x" * 1000, "–—‐‑−", "ﬁ ﬂ Ａ１",
]
# fmt: on


def _random_strings(count: int, seed: int = 20240601) -> list[str]:
    rng = random.Random(seed)
    alphabet = (
        "aăâeêioôơuưyđAĂÂĐ \n\r\t\u00a0\u200b\u00ad\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
        "\x00\x0b\x0c\x85\u2028\ufeff*#_[]()<>\\-–—.,:;/0123456789ỆỉỸ"
    )
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(count)]


@pytest.mark.parametrize("raw", NAUGHTY_STRINGS + _random_strings(300))
def test_text_normalise_is_idempotent_nfc_and_total(raw: str) -> None:
    once = normalise_text(raw)
    assert normalise_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert "\r" not in once and "\u00a0" not in once and "\u200b" not in once and "\ufeff" not in once
    assert once.splitlines() == once.split("\n") or once == ""
    assert all(line == line.rstrip(" \t") for line in once.split("\n"))
    assert "\n\n\n\n" not in once


# fmt: off
NORMALISE_CASES = [
    ("THÔNG BÁO\r\nKết luận\r\n", "THÔNG BÁO\nKết luận"),
    ("a\rb", "a\nb"),
    ("Ngày\u00a022/6/2020", "Ngày 22/6/2020"),
    ("Nguy\u200bễn", "Nguyễn"),
    ("Vie\u0323\u0302t Nam", "Việt Nam"),           # NFD (and odd mark order) -> NFC
    ("Hoà  \nhòa", "Hoà\nhòa"),                      # tone placement kept as written, trailing spaces gone
    ("**THÔNG BÁO**  ", "**THÔNG BÁO**"),            # markdown is the readers' business
    ("a\n\n\n\n\n\nb", "a\n\n\nb"),
    ("\n\n  \nTHÔNG BÁO", "THÔNG BÁO"),
    ("  thụt lề", "  thụt lề"),                       # indentation kept
    ("cột 1\tcột 2", "cột 1\tcột 2"),
    ("trang 1\x0ctrang 2", "trang 1\ntrang 2"),
    ("UBND TỈNH", "UBND TỈNH"),                       # no case change
]
# fmt: on


@pytest.mark.parametrize(("raw", "expected"), NORMALISE_CASES)
def test_text_normalise_cases(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


# fmt: off
FOLD_CASES = [
    ("hoà", "hòa"), ("Hoà Bình", "Hòa Bình"), ("HOÀ BÌNH", "HÒA BÌNH"), ("khoẻ", "khỏe"),
    ("Thuỷ", "Thủy"), ("uỷ ban", "ủy ban"), ("Uỷ ban", "Ủy ban"), ("thuý", "thúy"), ("luỹ", "lũy"),
    ("thoả thuận", "thỏa thuận"), ("hoạ", "họa"), ("loè", "lòe"), ("xoè", "xòe"),
    ("hoàn thành", "hoàn thành"), ("khuỷu", "khuỷu"), ("quý", "quý"), ("Quý", "Quý"), ("hoàng", "hoàng"),
    ("hòa", "hòa"), ("Nguyễn", "Nguyễn"), ("Ho\u0300a", "Hòa"),
]
# fmt: on


@pytest.mark.parametrize(("written", "folded"), FOLD_CASES)
def test_text_fold_tones(written: str, folded: str) -> None:
    assert fold_tones(written) == folded


def test_text_fold_tones_table_is_consistent() -> None:
    for old, new in TONE_PLACEMENT_FOLD.items():
        assert len(old) == len(new) == 2
        assert unicodedata.normalize("NFD", old).replace("\u0300", "").replace("\u0301", "").replace(
            "\u0303", ""
        ).replace("\u0309", "").replace("\u0323", "") == unicodedata.normalize("NFD", new).replace(
            "\u0300", ""
        ).replace("\u0301", "").replace("\u0303", "").replace("\u0309", "").replace("\u0323", "")
        assert fold_tones(old) == new


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ủy ban nhân dân tỉnh Hoà Bình", "UỶ BAN NHÂN DÂN TỈNH HÒA BÌNH"),
        ("Kế hoạch – Tài chính", "kế hoạch - tài chính"),
        ("Kế hoạch—Tài chính", "kế hoạch-tài chính"),
        ("  Sở   Khoa học\tvà Công nghệ\n", "sở khoa học và công nghệ"),
        ("Vie\u0323\u0302t", "việt"),
    ],
)
def test_text_match_key_equal(a: str, b: str) -> None:
    assert match_key(a) == match_key(b)


def test_text_match_key_keeps_distinct_words_apart() -> None:
    assert match_key("Hòa") != match_key("Hoa")
    assert match_key("Sở") != match_key("Số")
    assert match_key("hoàn thành") != match_key("hoà thành")


@pytest.mark.parametrize("raw", NAUGHTY_STRINGS)
def test_text_match_key_never_raises_and_is_stable(raw: str) -> None:
    key = match_key(raw)
    assert match_key(key) == key


def test_text_line_offsets_and_line_of() -> None:
    text = "THÔNG BÁO\nKết luận\n\nNơi nhận:"
    offsets = line_offsets(text)
    assert offsets == [0, 10, 19, 20]
    assert [text[o:].split("\n")[0] for o in offsets] == text.split("\n")
    assert line_of(text, 0) == 1
    assert line_of(text, 9) == 1  # the newline belongs to its line
    assert line_of(text, 10) == 2
    assert line_of(text, text.index("Nơi")) == 4
    assert line_of(text, text.index("Nơi"), offsets=offsets) == 4
    assert line_of(text, len(text) + 50) == 4
    assert line_offsets("") == [0]
    with pytest.raises(ValueError):
        line_of(text, -1)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Nguye\u0301\u0302t", "Nguyết"),  # acute typed before the circumflex
        ("Nguy\u00e9\u0302t", "Nguyết"),  # the same after a first NFC: "é" and a loose circumflex
        ("Tru\u031bo\u0300\u031bng", "Trường"),  # grave before the horn
        ("Vie\u0323\u0302t Nam", "Việt Nam"),  # dot below first: the canonical order already
    ],
)
def test_normalise_text_puts_vowel_marks_before_tone_marks(typed: str, expected: str) -> None:
    assert normalise_text(typed) == expected
    assert not any(c in normalise_text(typed) for c in "\u0302\u0306\u031b")


def _reference_strip(s: str) -> str:
    """`strip_diacritics` as first written: a generator asking `unicodedata.combining` per character."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


@pytest.mark.parametrize(
    "text",
    [
        "Huỳnh Văn Quán, Phó Giám đốc Sở Khoa học và Công nghệ tỉnh Thừa Thiên Huế",
        "ĐẶNG THỊ THUỶ — HOÀ BÌNH, ngày 21 tháng 4 năm 2010",
        "Nguyé\u0302t, x\u0301\u0323, ﬁ ① Ⅷ 𝔸 ω\u0301",  # a mark typed apart, ligature, symbols, Greek
    ],
)
def test_strip_diacritics_equals_the_character_by_character_reference(text):
    """`strip_diacritics` drops combining marks through a `str.translate` table filled as it goes."""
    from ketluan.ingest.text import strip_diacritics

    assert strip_diacritics(text) == _reference_strip(text)
    assert strip_diacritics(text) == _reference_strip(text)  # again, from the filled table


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        # Icelandic eth from an old font or OCR, at the start of a Vietnamese word
        (
            "ÐỒN BIÊN PHÒNG THANH THỦY\nÐồn trưởng Ðặng Văn Lù chỉ đạo ðoàn",
            "ĐỒN BIÊN PHÒNG THANH THỦY\nĐồn trưởng Đặng Văn Lù chỉ đạo đoàn",
        ),
        ("Ɖội Quản lý thị trường số 3", "Đội Quản lý thị trường số 3"),
        # not inside a foreign word, not before a letter of another alphabet
        ("ông Guðrún Jónsdóttir (Iceland); ÐÆ", "ông Guðrún Jónsdóttir (Iceland); ÐÆ"),
    ],
)
def test_normalise_text_lookalike_d_at_word_start(raw, want):
    assert normalise_text(raw) == want
    assert normalise_text(want) == want
