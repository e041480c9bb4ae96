"""Person names, honorifics and post phrases.

A name is taken only where the document puts a person: after an honorific
("Ông", "Bà", "đồng chí"), at the head of an attendee line, next to a post
title, or in the signature block. A capitalised run that merely looks like a
name ("hội thi Trần Đại Nghĩa", "tư tưởng Hồ Chí Minh") is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ketluan.ingest.lang.vi.agencies import ABBREVIATIONS, COLLECTIVE_OPENERS, DISTRICT_PHONG_NAMES
from ketluan.ingest.lang.vi.honorifics import (
    BODY_WORDS_BEFORE_RANK,
    CITIZEN_HONORIFICS,
    HONORIFICS,
    HONORIFICS_AFTER_TITLE,
    HOUSEHOLDS_AFTER_A_CITIZEN,
    PETITION_BEFORE_A_CITIZEN,
    RESIDENCE_AFTER_A_CITIZEN,
    SPOKESMAN_AFTER_A_CITIZEN,
)
from ketluan.ingest.lang.vi.surnames import (
    APOSTROPHE_NAME_PREFIXES,
    COMMON_MIDDLE_NAMES,
    FIELD_WORDS_OPENED_BY_GIVEN_NAMES,
    HISTORICAL_FIGURES,
    HONORIFICS_IN_STREET_NAMES,
    LOCALITY_WORDS_BEFORE_NAMES,
    NOT_GIVEN_NAMES_AFTER,
    PLACE_PREPOSITIONS,
    PLAIN_HONORIFICS,
    STREET_WORDS_BEFORE_HONOURED_NAMES,
    STREET_WORDS_BEFORE_NAMES,
    SURNAMES,
    SURNAMES_AFTER_HONORIFIC_ONLY,
    TABLE_COLUMN_HEADS,
)
from ketluan.ingest.lang.vi.titles import (
    FREE_FIELD_MAX_WORDS,
    TITLES,
    TITLES_BEFORE_A_NAME_ONLY,
    TITLES_CAPITALISED_AS_LABELS,
    TITLES_HELD_BY_THE_NAMES_AFTER,
    TITLES_NOT_AFTER,
    TITLES_WITH_A_FREE_FIELD,
)
from ketluan.ingest.places import load_gazetteer
from ketluan.ingest.text import CELL_SEPARATOR
from ketluan.ingest.tokens import PhraseTable, Tok, fold, join, tokenize

HONORIFIC_TABLE = PhraseTable((h, h) for h in HONORIFICS)
_HONORIFIC_STARTS = HONORIFIC_TABLE.starts  # the keys an honorific starts with (the others are not looked up)
TITLE_TABLE = PhraseTable(TITLES.items())
# "TP. Kinh tế": "TP." before the name of a district's Phòng is its head, not a city
_PHONG_NAMES = PhraseTable((n, n) for n in DISTRICT_PHONG_NAMES)
_SURNAMES = frozenset(fold(s) for s in SURNAMES)
_HONORIFIC_ONLY_SURNAMES = {
    fold(s): frozenset(fold(w) for w in NOT_GIVEN_NAMES_AFTER.get(s, ()))
    for s in SURNAMES_AFTER_HONORIFIC_ONLY
}
_APOSTROPHE_PREFIXES = tuple(fold(p) for p in APOSTROPHE_NAME_PREFIXES)
#: the letters of those prefixes, a token of their own when the prefix is written apart ("H' Yim Mlô")
_PREFIX_LETTERS = frozenset(p[:1] for p in _APOSTROPHE_PREFIXES)
_HISTORICAL = frozenset(fold(" ".join(n.split())) for n in HISTORICAL_FIGURES)
_PLAIN_HONORIFICS = frozenset(fold(h) for h in PLAIN_HONORIFICS)
_TITLES_NOT_AFTER = {t: frozenset(fold(w) for w in ws) for t, ws in TITLES_NOT_AFTER.items()}


def is_surname(key: str) -> bool:
    """A token's key opens a person's name: a family name, or a prefix joined by an apostrophe ("H'Hoa")."""
    return key in _SURNAMES or (key.startswith(_APOSTROPHE_PREFIXES) and len(key) > 2 and key[2:].isalpha())


#: keys of the tokens `scan_name` can find a name at when it needs a surname (an honorific or a surname):
#: a caller trying every token skips the others without a call


class _NameStartKeys:
    """The honorifics' and family names' keys, and any key a name prefix with an apostrophe opens ("h'hoa")."""

    def __init__(self, keys: frozenset[str]) -> None:
        self.keys = keys

    def __contains__(self, key: object) -> bool:
        return key in self.keys or (
            isinstance(key, str) and ((key[1:2] in ("'", "’") and is_surname(key)) or key in _PREFIX_LETTERS)
        )


NAME_START_KEYS = _NameStartKeys(HONORIFIC_TABLE.starts | _SURNAMES)
#: keys of the tokens `match_title` can find a title at
TITLE_START_KEYS = TITLE_TABLE.starts
#: what separates two cells of a table row in the text
_CELL_BREAK = CELL_SEPARATOR
_STREET_BEFORE = frozenset(fold(w) for w in STREET_WORDS_BEFORE_NAMES)
_BODY_WORDS_BEFORE_RANK = {
    fold(r): frozenset(fold(w) for w in ws) for r, ws in BODY_WORDS_BEFORE_RANK.items()
}
_STREET_BEFORE_HONOURED = frozenset(fold(w) for w in STREET_WORDS_BEFORE_HONOURED_NAMES)
_HONORIFICS_IN_STREETS = frozenset(fold(w) for w in HONORIFICS_IN_STREET_NAMES)
_LOCALITY_BEFORE = frozenset(fold(w) for w in LOCALITY_WORDS_BEFORE_NAMES)
_MIDDLE_NAMES = frozenset(fold(w) for w in COMMON_MIDDLE_NAMES)
_PLACE_PREPOSITIONS = frozenset(fold(w) for w in PLACE_PREPOSITIONS)
_NOT_NAME = frozenset(
    fold(w)
    for w in (
        "Sở",
        "Phòng",
        "Ủy",
        "Uỷ",
        "UBND",
        "Ban",
        "Trung",
        "Chi",
        "Viện",
        "Huyện",
        "Tỉnh",
        "Thành",
        "Quận",
        "Thị",
        "Hội",
        "Văn",
        "Đại",
        "Trường",
        "Liên",
        "Cục",
        "Bộ",
        "Đảng",
        "Thường",
        "Giám",
        "Chủ",
        "Phó",
        "Trưởng",
        "Chánh",
        "Tổng",
        "Chuyên",
        "Đồng",
        "Các",
        "Ngày",
        "Tại",
        "Theo",
        "Về",
        "Xã",
        "Phường",
    )
)


# words that end a name when they follow it ("… Phong Sở …"); given names such as Văn, Trung, Trường stay
_NEVER_IN_NAME = frozenset(
    fold(w) for w in ("Sở", "UBND", "HĐND", "Phòng", "Ủy", "Uỷ", "Huyện", "Tỉnh", "Quận", "Ngày")
)


def _multi_head(toks: list[Tok], j: int) -> bool:
    from ketluan.ingest.agencies import HEADS

    m = HEADS.match(toks, j)
    return m is not None and m[0] - j >= 2


@dataclass(slots=True)
class NameMatch:
    start: int  # token index
    end: int
    name: str
    honorific: str | None
    honorific_start: int  # token index of the honorific, or start


def _title_case(word: str) -> str:
    return word[:1] + word[1:].lower() if word.isupper() and len(word) > 1 else word


def scan_name(
    toks: list[Tok],
    i: int,
    *,
    need_surname: bool = True,
    allow_honorific: bool = True,
    text: str | None = None,
    after_title: bool = False,
) -> NameMatch | None:
    """A person's name at ``toks[i]`` (optionally after an honorific).

    With the notice's ``text`` (the tokens' offsets point into it), a name never runs across a table cell:
    a tab (`CELL_SEPARATOR`, how the readers join the cells of a row) between two words ends it, whatever
    the next cell starts with ("Lý Hữu Nghĩa⇥Trưởng khoa …", "Phan Minh Đức⇥Giảng viên chính").
    """
    h = None
    h_start = i
    if (allow_honorific or after_title) and i < len(toks) and toks[i].key in _HONORIFIC_STARTS:
        hm = HONORIFIC_TABLE.match(toks, i)
        if hm is not None and not allow_honorific and not _after_title_honorific(str(hm[1])):
            hm = None
        if hm is not None:
            end, _ = hm
            # "B." and "Ô." need a name right after; "đồng chí" may precede a title instead
            h = " ".join(t.text for t in toks[i:end])
            if end == i + 1 and _street_named_after(toks, i):
                return None  # "các tuyến Ông Ích Khiêm", "đường Bà Triệu": a street named after someone
            if _rank_in_a_body_name(toks, i, h):
                return None  # "Tòa Giám mục Xuân Lộc": the see, a body
            i = end
    if i >= len(toks):
        return None
    if (h is not None or _known_prefix(toks, i)) and (pe := _prefix_end(toks, i)) > i:
        # "đồng chí H' Liên Byă": an Ê Đê woman's name, its prefix "H'" parted from the name by a blank; with no
        # honorific before it (a table's cell, a signature: "H' Yim Mlô"), only a prefix names are written with
        # and two words after it
        e = pe
        while (
            e < len(toks) and e < pe + 3 and toks[e].is_word and toks[e].is_cap and _name_word(toks[e].text)
        ):
            if e > pe and (TITLE_TABLE.match(toks, e) or toks[e].key in _NEVER_IN_NAME):
                break
            e += 1
        if e > pe + (h is None) and not TITLE_TABLE.match(toks, pe):
            words = " ".join(_title_case(t.text) for t in toks[pe:e])
            name = f"{toks[i].text}{toks[i + 1].text} {words}"
            if text is not None and h is not None and _a_private_citizen(toks, h_start, e, name, text):
                return None  # "Bà H' Lim Ksơr, trú tại buôn Buôr": a petitioner
            return NameMatch(i, e, name, h, h_start)
    first = toks[i]
    if not (first.is_word and first.is_cap and _name_word(first.text)):
        return None
    if h is None and need_surname and not is_surname(first.key):
        return None
    if first.key in _NOT_NAME and not (
        # "bà Thị Sóc Na": a Khmer family name that is another word too, after an honorific
        h is not None
        and first.key in _HONORIFIC_ONLY_SURNAMES
        and not first.is_upper
        and i + 1 < len(toks)
        and toks[i + 1].is_word
        and toks[i + 1].is_cap
        and toks[i + 1].key not in _HONORIFIC_ONLY_SURNAMES[first.key]
    ):
        return None
    if TITLE_TABLE.match(toks, i):
        return None
    if h is None and i > 0 and _place_named_at(toks, i):
        return None  # "huyện Yên Mô", "đường Lê Lợi": a place named like a person
    j = i
    while j < len(toks) and j < i + 5:
        t = toks[j]
        if not (t.is_word and t.is_cap and _name_word(t.text)):
            break
        if j > i and (TITLE_TABLE.match(toks, j) or t.key in _NEVER_IN_NAME or _multi_head(toks, j)):
            break
        if j > i and text is not None and _CELL_BREAK in text[toks[j - 1].end : t.start]:
            break
        if j > i and text is not None and _opens_the_next_cell(toks, j, text):
            break  # "Huỳnh Thanh Liêm⏎Bà Ngô Thị Thu Sương": a table's cell per line, the next person or column
        j += 1
        if _hyphenated_syllable(toks, j):
            j += 2  # "Choi Joo-ho", "Lee Hye-jin": a Korean given name's two syllables, joined by a hyphen
    if j - i < 2 and not (h is not None and _prefixed_name(first)):
        # a one-word name is accepted only after an honorific in an attendee list ("Ông Tư"), or when a Central
        # Highlands prefix opens it: a Cơ Ho or Mạ name is often the prefix and one given name ("ông K'Thuyên")
        return None
    if j < len(toks) and _INITIAL.fullmatch(toks[j].text):
        return None  # "ông Nguyễn Văn H.": a citizen's name withheld to an initial, no one at the meeting
    if h is None and _ends_in_a_field_word(toks, j):
        return None  # "Trưởng khoa Nông Lâm nghiệp": a faculty's field, its first syllable a given name too
    if h is None and all(t.is_upper for t in toks[i:j]):
        # a run of capitals without an honorific is a heading ("II. NỘI DUNG", "III. ĐÀO TẠO") unless it
        # opens with a family name and stands on no section number
        if not is_surname(first.key) or (
            text is not None and _numbered_heading(text, toks[i].start, toks[j - 1].end)
        ):
            return None
    name = " ".join(_title_case(t.text) for t in toks[i:j])
    if "-" in name:
        name = name.replace(" - ", "-")  # the hyphen of a given name is written close
    if h is None and _place_not_person(toks, i, name):
        return None  # "tại Hà Nội, Bộ trưởng …": the city, its first syllable a family name's
    if fold(name) in _HISTORICAL and (h is None or fold(h) not in _PLAIN_HONORIFICS):
        return None  # "Ngày sinh Chủ tịch Hồ Chí Minh": a figure commemorated, not a person at the meeting
    if text is not None and _a_private_citizen(toks, h_start if h is not None else i - 1, j, name, text):
        return None  # "Bà Lê Thị Hoa, trú tại thôn 2 … khiếu nại": a petitioner, no official of the graph
    return NameMatch(i, j, name, h, h_start)


def _ends_in_a_field_word(toks: list[Tok], j: int) -> bool:
    """The capitalised run ending before ``toks[j]`` ends in a syllable that opens a field's word with the
    lower-case ``toks[j]`` ("… Lâm" + "nghiệp", "… Thủy" + "sản"), so it is a unit's field, not a name."""
    return (
        0 < j < len(toks)
        and toks[j].is_word
        and not toks[j].is_cap
        and f"{toks[j - 1].key} {toks[j].key}" in _FIELD_WORDS
    )


# A private citizen who petitions (Luật Tiếp công dân): addressed "ông"/"bà", introduced by where he lives, as the
# households' spokesman, or by his petition (`honorifics.CITIZEN_HONORIFICS` and the lists after it)
_CITIZEN_HONORIFICS = frozenset(fold(h) for h in CITIZEN_HONORIFICS)
_FIELD_WORDS = frozenset(fold(w) for w in FIELD_WORDS_OPENED_BY_GIVEN_NAMES)
_RESIDENCE = PhraseTable((w, True) for w in RESIDENCE_AFTER_A_CITIZEN)
_SPOKESMAN = PhraseTable((w, True) for w in SPOKESMAN_AFTER_A_CITIZEN)
_HOUSEHOLDS = PhraseTable((w, True) for w in HOUSEHOLDS_AFTER_A_CITIZEN)
_PETITION_BEFORE = PhraseTable((w, len(w.split())) for w in PETITION_BEFORE_A_CITIZEN)
_OPENS_AN_APPOSITION = frozenset({",", "(", "-", "–"})


def _a_private_citizen(toks: list[Tok], hk: int, j: int, name: str, text: str) -> bool:
    """The name ending before ``toks[j]``, addressed by the citizen's honorific at ``toks[hk]``, is a petitioner's.

    Either this mention says so (`_introduced_as_a_citizen`, `_named_by_a_petition`), or another mention of the
    same citizen in the notice does: his full name, or its last syllables, the short form Vietnamese uses after
    the first mention ("bà Thạch Thị Sa Ry" … "thông báo cho bà Sa Ry").
    """
    if hk < 0 or toks[hk].key not in _CITIZEN_HONORIFICS or _a_post_follows(toks, j):
        return False
    if _introduced_as_a_citizen(toks, hk, j) or _named_by_a_petition(toks, hk, j):
        return True
    key = fold(name)
    return any(c == key or c.endswith(" " + key) for c in _citizens_introduced_in(text))


def _a_post_follows(toks: list[Tok], j: int) -> bool:
    """A post right after the name ("ông X, cán bộ địa chính xã …", "bà Y - Chủ tịch UBND xã"): an official."""
    k = _past_apposition_mark(toks, j)
    return k < len(toks) and TITLE_TABLE.match(toks, k) is not None


def _past_apposition_mark(toks: list[Tok], j: int) -> int:
    """Where what is said of the name ending before ``toks[j]`` starts: after the comma, bracket or dash that
    opens it ("ông X, trú tại …", "bà Y - Chủ tịch …"), or at ``j``."""
    return j + 1 if j < len(toks) and toks[j].text in _OPENS_AN_APPOSITION else j


def _introduced_as_a_citizen(toks: list[Tok], hk: int, j: int) -> bool:
    """Where he lives after the name ("…, trú tại", "(ngụ …"), or the households he speaks for ("(do ông X làm
    đại diện)", "ông X và 6 hộ dân")."""
    size = len(toks)
    if _RESIDENCE.match(toks, _past_apposition_mark(toks, j)) is not None:
        return True
    if hk > 0 and toks[hk - 1].key == "do" and _SPOKESMAN.match(toks, j) is not None:
        return True
    if j < size and toks[j].key in ("và", "cùng"):
        k = j + 1
        if k < size and (toks[k].text.isdigit() or toks[k].key in ("các", "những", "một", "số")):
            k += 1
            if k < size and toks[k].key == "số":
                k += 1  # "và một số hộ dân"
            return _HOUSEHOLDS.match(toks, k) is not None
    return False


def _named_by_a_petition(toks: list[Tok], hk: int, j: int) -> bool:
    """His petition or household right before the honorific ("đơn của bà X", "hộ ông X")."""
    for back in (1, 2, 3):
        m = _PETITION_BEFORE.match(toks, hk - back) if hk - back >= 0 else None
        if m is not None and m[0] == hk:
            return True
    return False


@lru_cache(maxsize=16)
def _citizens_introduced_in(text: str) -> frozenset[str]:
    """The folded full names of the citizens the notice introduces by residence or as households' spokesmen."""
    toks = tokenize(text)
    found = set()
    for k, t in enumerate(toks):
        if t.key not in _CITIZEN_HONORIFICS:
            continue
        nm = scan_name(toks, k, need_surname=True, allow_honorific=True)
        if nm is not None and not _a_post_follows(toks, nm.end) and _introduced_as_a_citizen(toks, k, nm.end):
            found.add(fold(nm.name))
    return frozenset(found)


_COLUMN_HEADS = PhraseTable((h, True) for h in TABLE_COLUMN_HEADS)


def _opens_the_next_cell(toks: list[Tok], j: int, text: str) -> bool:
    """An honorific or a table's column head at ``toks[j]`` that opens a line: the next person ("Ông …", "Bà …" in an
    attendance table read one cell a line) or the next column ("Chức vụ, đơn vị"), never the last syllable of the
    name before it (a name hard-wrapped in running text goes on: "ông Trương⏎Minh Đức")."""
    if "\n" not in text[toks[j - 1].end : toks[j].start]:
        return False
    if toks[j].key in _HONORIFIC_STARTS and HONORIFIC_TABLE.match(toks, j) is not None:
        return j + 1 < len(toks) and toks[j + 1].is_cap
    return _COLUMN_HEADS.match(toks, j) is not None


def _after_title_honorific(h: str) -> bool:
    """An honorific that may stand between a title and the name (``scan_name(after_title=True)``): a degree
    written short with its stop ("Viện trưởng TS. Ngô Văn Quang", "Phó Hiệu trưởng PGS.TS. Lê Văn A"), or
    one of `HONORIFICS_AFTER_TITLE` ("Bí thư Tỉnh ủy đồng chí Nguyễn Văn B")."""
    return (h.endswith(".") and len(h) > 2) or h in _AFTER_TITLE


_AFTER_TITLE = frozenset(HONORIFICS_AFTER_TITLE)

#: a given name cut to its initial ("Nguyễn Văn H.", "Trần Thị L.")
_INITIAL = re.compile(r"[A-ZĐ]\.")

_SECTION_NUMBER = re.compile(r"(?:[IVXLC]+|[A-Z]|\d{1,2}(?:\.\d{1,2})*)\s*[.)/]?\s*", re.IGNORECASE)


def _numbered_heading(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is the whole of a line but for a section number before it ("II. ĐÀO TẠO")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start].strip()
    after = text[end : len(text) if line_end < 0 else line_end].strip()
    return bool(before) and _SECTION_NUMBER.fullmatch(before) is not None and after in ("", ":", ".")


def _prefix_end(toks: list[Tok], i: int) -> int:
    """Past a one-letter prefix and its apostrophe at ``toks[i]`` written apart from the name ("H' Liên Byă",
    "Y' Moan"), the women's "H'" and the men's "Y'" of Ê Đê and other Central Highlands names; else ``i``."""
    if (
        i + 2 < len(toks)
        and len(toks[i].text) == 1
        and toks[i].is_upper
        and toks[i + 1].text in ("'", "’")
        and toks[i].end == toks[i + 1].start
        and toks[i + 2].is_word
        and toks[i + 2].is_cap
        and toks[i + 1].end < toks[i + 2].start
    ):
        return i + 2
    return i


def _prefixed_name(t: Tok) -> bool:
    """``t`` is a prefix joined by its apostrophe to a given name of two letters or more ("K'Thuyên", "H'Nga")."""
    return t.key.startswith(_APOSTROPHE_PREFIXES) and len(t.key) > 3 and t.key[2:].isalpha()


def _known_prefix(toks: list[Tok], i: int) -> bool:
    """``toks[i]`` and the apostrophe after it are a prefix Central Highlands names open with ("H'", "K'":
    `APOSTROPHE_NAME_PREFIXES`), whether written joined to the name or apart from it ("H' Yim Mlô")."""
    return i + 1 < len(toks) and fold(toks[i].text + toks[i + 1].text) in _APOSTROPHE_PREFIXES


def _hyphenated_syllable(toks: list[Tok], j: int) -> bool:
    """A hyphen at ``toks[j]`` written close between the capitalised name word before it and a lower-case
    syllable after it: the given name's second syllable ("Joo-ho", "Min-ji", "Sang-hoon"), as Korean names are
    romanised. (A capital after the hyphen is the next word's: "Nguyễn Văn A - Trưởng phòng".)"""
    if not (0 < j and j + 1 < len(toks) and toks[j].text == "-"):
        return False
    before, after = toks[j - 1], toks[j + 1]
    return (
        before.end == toks[j].start
        and toks[j].end == after.start
        and before.is_cap
        and not before.is_upper
        and after.is_word
        and not after.is_cap
        and after.text.isalpha()
        and len(after.text) <= 5
    )


def _name_word(text: str) -> bool:
    """Letters only, but for the apostrophe and hyphen of Central Highlands names ("H'Yim", "Y-Moan")."""
    return text.replace("-", "").replace("'", "").replace("’", "").isalpha()


def _a_name_follows(toks: list[Tok], k: int) -> bool:
    """A person's name opens at ``toks[k]``: a surname written with a capital, then another capitalised word."""
    return (
        k + 1 < len(toks)
        and toks[k].is_cap
        and not toks[k].is_upper
        and is_surname(toks[k].key)
        and toks[k + 1].is_cap
        and not toks[k + 1].is_upper
    )


def match_title(toks: list[Tok], i: int) -> tuple[int, str] | None:
    m = TITLE_TABLE.match(toks, i)
    if m is None:
        return None
    end, canon = m
    if canon in _TITLES_NOT_AFTER and (
        (
            i > 0
            and toks[i - 1].key in _TITLES_NOT_AFTER[str(canon)]
            and not (canon in TITLES_HELD_BY_THE_NAMES_AFTER and _a_name_follows(toks, end))
        )
        or (
            canon in TITLES_BEFORE_A_NAME_ONLY
            and not (end < len(toks) and toks[end].is_word and (toks[end].is_cap or toks[end].is_upper))
        )
    ):
        return None  # "Đoàn đại biểu Quốc hội", "các đại biểu", "Đại biểu các huyện:": no post
    if canon in TITLES_CAPITALISED_AS_LABELS and not toks[i].is_cap:
        canon = TITLES_CAPITALISED_AS_LABELS[str(canon)]  # "chủ nhiệm đề tài A": the project's Chủ nhiệm
        end = i + len(canon.split())
    # "TP" alone is "thành phố" far more often than "Trưởng phòng"; "CT" likewise
    surface = toks[i].text
    if fold(surface) in ("tp", "tp.", "ct", "gd", "tb.", "tx", "tx.") and end == i + 1:
        if fold(surface) in ("tp", "tp.") and i + 1 < len(toks) and toks[i + 1].is_cap:
            if (
                _PHONG_NAMES.match(toks, i + 1) is not None
                or (toks[i + 1].is_upper and toks[i + 1].text in ABBREVIATIONS)
                or (i > 0 and toks[i - 1].text in ("-", "–", ",") and not _names_a_place(toks, i + 1))
                or (_labels_a_holder(toks, i + 1) and not _names_a_place(toks, i + 1))
            ):
                # "Đinh Văn Kha - TP. Kinh tế", "Phan Văn Em - TP. QLKH", "Ka Hùng - TP. Kiểm định - Hiệu
                # chuẩn" (the post slot after a name, and no city follows): Trưởng phòng
                return end, str(canon)
        return None
    if canon in TITLES_WITH_A_FREE_FIELD:
        end = _free_field_end(toks, end)
    return end, str(canon)


def _free_field_end(toks: list[Tok], end: int) -> int:
    """Past the field written in lower case after a title that takes one (`TITLES_WITH_A_FREE_FIELD`) at
    ``toks[end]``, when it runs to a comma, a semicolon, a dash or a bracket ("Chuyên gia phát triển đô thị,
    Trưởng đoàn"), or ``end``: words that run on into a capital or a sentence are no field."""
    k = end
    while k < len(toks) and k - end < FREE_FIELD_MAX_WORDS and toks[k].is_word and not toks[k].is_cap:
        if toks[k].is_upper or toks[k].text.isdigit():
            return end
        k += 1
    if k == end or k >= len(toks) or toks[k].text not in (",", ";", "-", "–", "(", "."):
        return end
    return k


def _rank_in_a_body_name(toks: list[Tok], i: int, rank: str) -> bool:
    """The rank ``rank`` at ``toks[i]`` closes a body's name with the word before it ("Tòa Giám mục Xuân Lộc",
    the diocese's see): no person follows."""
    before = _BODY_WORDS_BEFORE_RANK.get(fold(rank))
    return before is not None and i > 0 and fold(toks[i - 1].text) in before


def _street_named_after(toks: list[Tok], i: int) -> bool:
    """A capitalised "Ông"/"Bà" at ``toks[i]`` after a street's word ("tuyến Ông Ích Khiêm", "phố Bà Triệu") or a
    house number ("số 25 Bà Triệu"): the street's name, not a form of address."""
    t = toks[i]
    if i == 0 or not t.is_cap or t.is_upper or t.key not in _HONORIFICS_IN_STREETS:
        return False
    before = toks[i - 1]
    if before.key in _STREET_BEFORE_HONOURED:
        return True
    return before.text.isdigit() and i > 1 and toks[i - 2].key in ("số", "nhà")


def _place_named_at(toks: list[Tok], i: int) -> bool:
    """The capitalised words at ``toks[i]`` name a place: a street's or hamlet's, or a locality the gazetteer
    knows after its unit word ("huyện Yên Mô")."""
    before = toks[i - 1].key
    if before in _LOCALITY_BEFORE and _after_a_collective(toks, i - 1):
        return True  # "Chủ tịch UBND các xã Trịnh Tường, A Mú Sung": the communes listed, not a person
    if _listed_by_a_collective(toks, i):
        return True  # "Chủ tịch UBND các phường, xã: Hà Khẩu, Việt Hưng": the places listed after the colon
    if _joined_to_a_named_place(toks, i):
        # "hai huyện miền núi Mường Lát và Quan Sơn, Phó Chủ tịch …": the second district, no person
        return True
    return before in _STREET_BEFORE or (before in _LOCALITY_BEFORE and _names_a_place(toks, i))


# lower-case words between a unit word and its places: "huyện miền núi", "xã vùng cao"
PLACE_QUALIFIER_MAX_WORDS = 3


def _joined_to_a_named_place(toks: list[Tok], i: int) -> bool:
    """The capitalised words at ``toks[i]`` are a district the gazetteer knows, joined by "và" or a comma to a place
    written after its unit word ("hai huyện miền núi Mường Lát và Quan Sơn", "các xã biên giới Sì Lở Lầu, Mù
    Sang"): the unit word is written once for the places it lists, and a title after the last one opens the next
    clause, it is no apposition to a person."""
    if i < 3 or not (toks[i - 1].key == "và" or toks[i - 1].text == ","):
        return False
    k = i - 2
    run = 0
    while k >= 0 and run < _LIST_ITEM_MAX and toks[k].is_word and toks[k].is_cap:
        k -= 1
        run += 1
    if run == 0 or k < 0 or not _names_a_place(toks, k + 1):
        return False
    q = k
    while q >= 0 and k - q < PLACE_QUALIFIER_MAX_WORDS and toks[q].is_word and not toks[q].is_cap:
        if toks[q].key in _LOCALITY_BEFORE:
            return _names_a_place(toks, i)
        q -= 1
    return False


_LIST_ITEM_MAX = 4  # capitalised syllables of one place in a list
_LIST_ITEMS_MAX = 12  # places a collective lists


def _emphasis(tok: Tok) -> bool:
    return not tok.is_word and bool(tok.text) and not tok.text.strip("*_")


def _listed_by_a_collective(toks: list[Tok], i: int) -> bool:
    """The capitalised words at ``toks[i]`` are one of the places a collective of localities lists: after its
    colon ("các phường, xã: Hà Khẩu, Việt Hưng, Thống Nhất"), or after a first place named right after it ("các
    xã Trịnh Tường, A Mú Sung"). A family name, a common middle name and a third syllable are still a person's
    ("các xã: Nguyễn Văn Hai (xã A), …")."""
    if (
        i + 2 < len(toks)
        and is_surname(toks[i].key)
        and toks[i + 1].key in _MIDDLE_NAMES
        and toks[i + 2].is_word
        and toks[i + 2].is_cap
    ):
        return False
    k = i - 1
    items = 0
    while k > 0 and items < _LIST_ITEMS_MAX and (toks[k].text in (",", ";") or toks[k].key == "và"):
        m = k - 1  # back over the place listed before this one
        while m >= 0 and k - m <= _LIST_ITEM_MAX and toks[m].is_word and toks[m].is_cap:
            m -= 1
        if m == k - 1:
            return False
        k = m
        items += 1
    while k > 0 and _emphasis(toks[k]):
        k -= 1  # "**các xã:** Hà Khẩu"
    if toks[k].text == ":":
        k -= 1
        while k > 0 and _emphasis(toks[k]):
            k -= 1
    elif items == 0:
        return False  # (a place right after the locality word is `_after_a_collective`'s)
    return k > 0 and toks[k].key in _LOCALITY_BEFORE and _after_a_collective(toks, k)


def _place_not_person(toks: list[Tok], i: int, name: str) -> bool:
    """The words ``name`` at ``toks[i]``, read with no honorific, name a place: a province or centrally-governed
    city the gazetteer knows, the whole run ("Hà Nội", "Hà Giang", "Lâm Đồng"), or any district it knows after
    a preposition of place ("tại Hà Nội", "ở Hoàng Mai")."""
    gz = load_gazetteer()
    if gz.province(name) is not None:
        return True
    return i > 0 and toks[i - 1].key in _PLACE_PREPOSITIONS and bool(gz.districts_named(name))


def _after_a_collective(toks: list[Tok], k: int) -> bool:
    """The locality word ending at ``toks[k]`` follows a collective's opener ("các xã", "các thị trấn", "những
    huyện"): the names after it list places."""
    if k > 0 and toks[k].key in _SECOND_LOCALITY_SYLLABLES and toks[k - 1].key in _FIRST_LOCALITY_SYLLABLES:
        k -= 1  # "thị trấn", "thị xã", "thành phố"
    # back over the other kinds the collective lists: "các phường, xã", "các xã, thị trấn", "các xã và thị trấn"
    while (
        k > 2
        and (toks[k - 1].text in (",", "/") or toks[k - 1].key == "và")
        and toks[k - 2].key in _LOCALITY_BEFORE
    ):
        k -= 2
        if toks[k].key in _SECOND_LOCALITY_SYLLABLES and toks[k - 1].key in _FIRST_LOCALITY_SYLLABLES:
            k -= 1
    return k > 0 and toks[k - 1].key in _COLLECTIVE_OPENERS


_COLLECTIVE_OPENERS = frozenset(fold(w) for w in COLLECTIVE_OPENERS)
_FIRST_LOCALITY_SYLLABLES = frozenset(("thị", "thành"))
_SECOND_LOCALITY_SYLLABLES = frozenset(("trấn", "xã", "phố"))


LABEL_NAME_MAX_TOKENS = 12  # a Phòng's name in a post-first label: "Quản lý công nghệ và Đổi mới sáng tạo"


def _labels_a_holder(toks: list[Tok], k: int) -> bool:
    """A unit's name at ``toks[k]`` runs to a colon and the holder's honorific: "TP. Chuyển đổi số: ThS. A",
    "TP. Kế hoạch - Tài chính: ông B". A Sở's own attendance list writes the post first, then the person; a
    city's name is seldom a label over a person with an honorific, and the gazetteer's places are left out."""
    q = k
    while q < len(toks) and q - k <= LABEL_NAME_MAX_TOKENS:
        t = toks[q]
        if t.text == ":":
            return q > k and HONORIFIC_TABLE.match(toks, q + 1) is not None
        if not (t.is_word or t.text in ("-", "–", ",")):
            return False
        q += 1
    return False


def _names_a_place(toks: list[Tok], k: int) -> bool:
    """A province or district the gazetteer knows starts at ``toks[k]`` ("TP. Hồ Chí Minh", "TP. Đà Lạt")."""
    gz = load_gazetteer()
    run = []
    for t in toks[k : k + 4]:
        if not (t.is_word and t.is_cap):
            break
        run.append(t.text)
        cand = " ".join(run)
        if gz.province(cand) or gz.districts_named(cand):
            return True
    return False


def title_surface(text: str, toks: list[Tok], i: int, end: int) -> str:
    return join(text, toks[i:end])
