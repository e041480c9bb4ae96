"""Find the bodies named in a stretch of text and give each its canonical full name.

An agency name opens with a head noun (Sở, Phòng, Chi cục, UBND, Tỉnh ủy ...)
and runs on while its syllables are capitalised, abbreviations, or words that
names are made of; it stops at a verb, a preposition or punctuation. The
locality is read from the name itself ("phòng KT-HT huyện Long Hồ") or from
where the mention sits (a delegation heading "Huyện Long Hồ:", the notice's
province), so "Phòng KT-HT" under "Huyện Long Hồ" becomes "Phòng Kinh tế và Hạ
tầng huyện Long Hồ".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import compress, count
from operator import attrgetter
from typing import cast

from ketluan.ingest.lang.vi.agencies import (
    ABBREVIATIONS,
    ABBREVIATIONS_BY_KIND,
    AGENCY_HEADS,
    APPOSITIVES_AFTER_DASH,
    BODIES_AFTER_HEAD_DESPITE,
    BRANCH_WORDS_AFTER_ABBREVIATION,
    BRANDS_BARE_AS_PARTIES,
    CAPITALISED_HEADS,
    CAPITALISED_NAME_WORDS,
    COLLECTIVE_LEVEL_TAILS,
    COLLECTIVE_NOUNS,
    COLLECTIVE_OPENERS,
    COLLECTIVE_QUALIFYING_TAILS,
    COMMUNE_TYPES,
    COMMUNES_WITH_PHONG,
    COMPANY_FORMS_AFTER_DASH,
    COUNCIL_PURPOSE_PAIRS,
    COUNTED_PLACE_WORDS,
    COUNTRIES_OF_OFFICES,
    DISTRICT_LEVEL_KINDS,
    DISTRICT_LEVEL_OFFICE_OWNERS,
    DISTRICT_PHONG_NAMES,
    DISTRICT_TYPES,
    ECONOMIC_ZONE_WORDS,
    FACILITY_HEADS_AFTER,
    FIELD_NOUNS_IN_NAMES,
    FIELD_OPENERS_IN_NAMES,
    FIELD_VERBS_BEFORE_A_KIND_OF_BODY,
    FIELDS_WRITTEN_IN_LOWER_CASE,
    GROUP_WORDS_BESIDE_A_HEAD,
    HEAD_AS_ACTIVITY,
    HEAD_AS_BODY_OF_EACH,
    HEAD_SPELLINGS,
    HEADS_ENDING_IN_A_VERB,
    HEADS_IN_PLACE_NAMES,
    HEADS_INSIDE_NAMES,
    HEADS_NAMED_BY_PLACE_ONLY,
    HEADS_NEVER_BARE,
    HEADS_NUMBERED_AS_UNITS,
    HEADS_NUMBERED_BY_DECISION,
    HEADS_SHARED_WITH_TITLES,
    HEADS_TAKING_A_SECOND_FIELD,
    INTERNATIONAL_BODIES,
    INVESTOR_COUNTRIES,
    ISSUER_SELF_REFERENCES,
    JOINT_OFFICE_NAMES,
    KINDS_NAMED_BY_FIELD_LISTS,
    LOCALITY_COLLECTIVE_NOUNS,
    LOCALITY_TYPES,
    LOCALITY_TYPES_UNTONED,
    LOCALITY_TYPES_UNTONED_LOWER,
    LOWER_CASE_KIND_WORDS,
    LOWER_CASE_NAMES_AFTER_HEAD,
    MOTTOS_AFTER_A_PLACE,
    NAME_COMMA_PAIRS,
    NAME_COMPOUNDS,
    NAME_NEVER_CONTINUES,
    NAME_STOP_PHRASES,
    NAME_STOP_VERBS,
    NAME_STOPS_BEFORE_A_BODY,
    NAME_SYLLABLES,
    NAME_SYLLABLES_BY_KIND,
    NAME_TAIL_STOP_WORDS,
    NAME_VARIANTS,
    NAME_WORDS,
    NAMED_AFTER_PEOPLE_HEADS,
    NAMED_AFTER_PEOPLE_KINDS,
    NAMED_BY_OWNER_AND_CITY,
    NAMED_BY_PLACE_AFTER_TAI,
    NAMED_BY_TRADE_AND_PLACE,
    NAMED_PLACE_NOUNS,
    NAMES_WITH_COMMAS,
    NATIONAL_NAME_ENDINGS,
    NOT_BODIES_AFTER_HEAD,
    NOT_BODIES_AFTER_WORD,
    NOT_BODIES_IN_PLACE_NAMES,
    NOT_PLACE_NAME_STARTS,
    NOT_PLACES_AFTER_KEYWORD,
    NOT_VILLAGES_AFTER,
    NOT_VILLAGES_AFTER_KIND,
    NUMBERED_SHORT_NAMES,
    NUMBERED_ZONE_NAMES,
    OFFICE_HEADS_IN_A_COUNTRY,
    PARENT_UNIVERSITIES,
    PARK_HEADS,
    PARTY_GROUP_HEADS,
    PLACE_AFTER_WORDS_BY_KIND,
    PLACE_PREPOSITIONS,
    PLACE_SHARING_HEADS,
    PREDICATE_OPENERS_AFTER_BOARD,
    PURPOSE_NAMED_HEADS,
    REGION_NAMES,
    REGION_WORDS,
    REGION_WORDS_NAMED_BY_DIRECTION,
    REGIONS_OF_THE_COUNTRY,
    REQUEST_VERBS,
    ROLES_AFTER_DASH,
    SAME_LEVEL_WORDS,
    SHORT_HEADS,
    SHORT_NAME_CUES,
    SHORT_NAME_MAX_TOKENS,
    SO_FIELD_NAMES,
    STANDALONE_ABBREVIATIONS,
    TEAMS_NAMED_BY_TASK_AND_OWNER,
    TITLE_QUALIFIERS_AFTER_HEAD,
    TRADE_VERBS_IN_NAMES,
    UNIONS_OF_A_KIND_OF_BODY,
    UNIT_CODE_PATTERN,
    UNIT_FIELD_WORDS,
    UNIT_HEADS_BEFORE_PARENTS,
    UNIT_KINDS_NAMED_BY_FIELDS,
    UNIT_KINDS_NAMED_BY_OWNER,
    UNIT_OWNER_HEADS,
    UNIT_OWNER_HEADS_BY_KIND,
    UNTONED_HEAD_SPELLINGS,
    VILLAGE_CAPITALISED_AFTER,
    VILLAGE_KINDS_NAMED_ONLY,
    VILLAGE_TYPES,
    WORDS_BEFORE_A_BARE_BRAND,
    ZONES_ADDED_TO_AN_ECONOMIC_ZONE,
)
from ketluan.ingest.lang.vi.committees import COMMITTEE_DISTRICT_TYPES
from ketluan.ingest.lang.vi.provinces import DIRECTIONS_BEFORE_PROVINCES
from ketluan.ingest.lang.vi.titles import TITLES, TITLES_IN_UNIT_NAMES
from ketluan.ingest.people import HONORIFIC_TABLE
from ketluan.ingest.places import load_gazetteer
from ketluan.ingest.records import Agency, Span
from ketluan.ingest.text import longest_first, match_key, strip_diacritics
from ketluan.ingest.tokens import PhraseTable, Tok, fold, join, phrase_keys, tokenize

HEADS = PhraseTable(AGENCY_HEADS.items())
LOCALITIES = PhraseTable(LOCALITY_TYPES.items())
UNTONED_LOCALITIES = PhraseTable(LOCALITY_TYPES_UNTONED.items())
STOPS = PhraseTable((p, True) for p in NAME_STOP_PHRASES)
STOP_VERBS = PhraseTable((p, True) for p in NAME_STOP_VERBS)
COMPOUNDS = PhraseTable((p, True) for p in NAME_COMPOUNDS)
_ZONES_ADDED = PhraseTable((p, True) for p in ZONES_ADDED_TO_AN_ECONOMIC_ZONE)
_ECONOMIC_ZONE_KEYS = frozenset(phrase_keys(w) for w in ECONOMIC_ZONE_WORDS)
BRANCH_AFTER_ABBREVIATION = PhraseTable((p, True) for p in BRANCH_WORDS_AFTER_ABBREVIATION)
WORDS_IN_NAMES = PhraseTable((w, True) for w in NAME_WORDS)
CAPITALISED_WORDS_IN_NAMES = PhraseTable((w, True) for w in CAPITALISED_NAME_WORDS)
COMMA_NAMES = PhraseTable((p, True) for p in NAMES_WITH_COMMAS)
COMMA_NAMES_AFTER_AND = PhraseTable((p, True) for p in NAMES_WITH_COMMAS | NAME_COMMA_PAIRS)
UNIT_FIELDS = PhraseTable((p, True) for p in UNIT_FIELD_WORDS)
LOWER_CASE_FIELDS = PhraseTable((p, True) for p in FIELDS_WRITTEN_IN_LOWER_CASE)
KIND_WORDS = PhraseTable((p, True) for p in LOWER_CASE_KIND_WORDS)
_FIELD_OPENERS = frozenset(fold(p) for p in FIELD_OPENERS_IN_NAMES)
FIELD_NOUNS = PhraseTable((p, True) for p in FIELD_NOUNS_IN_NAMES)
_LOWER_WORD_STARTS = frozenset(WORDS_IN_NAMES.starts) | frozenset(KIND_WORDS.starts) | FIELD_NOUNS.starts
_DIRECTIONS = frozenset(fold(d) for d in DIRECTIONS_BEFORE_PROVINCES)
_OFFICES_IN_A_COUNTRY = frozenset(fold(h) for h in OFFICE_HEADS_IN_A_COUNTRY)
_OFFICE_COUNTRIES = PhraseTable((c, True) for c in COUNTRIES_OF_OFFICES)
_INVESTOR_COUNTRIES = PhraseTable((c, True) for c in INVESTOR_COUNTRIES)
SELF_REFERENCES = PhraseTable((w, True) for w in ISSUER_SELF_REFERENCES)
_REGION_LAST_WORDS = frozenset(fold(w).split()[-1] for w in REGION_WORDS_NAMED_BY_DIRECTION)  # "phía", "miền"
NEVER_IN_NAMES = PhraseTable((p, True) for p in NAME_NEVER_CONTINUES)
_MOTTOS = PhraseTable((p, True) for p in MOTTOS_AFTER_A_PLACE)
NOT_PLACE_STARTS = PhraseTable((p, True) for p in NOT_PLACE_NAME_STARTS)
_VARIANTS = {fold(k): v for k, v in NAME_VARIANTS.items()}
_DISTRICT_PHONG = frozenset(fold(n) for n in DISTRICT_PHONG_NAMES)
_COMMUNE_KINDS = frozenset(COMMUNE_TYPES)
_COMMITTEE_DISTRICT_TYPE = {fold(k): v for k, v in COMMITTEE_DISTRICT_TYPES.items()}
_COMMUNES_WITH_PHONG = frozenset(COMMUNES_WITH_PHONG)
_VILLAGE_KINDS = frozenset(VILLAGE_TYPES)
_NOT_VILLAGES_AFTER = frozenset(NOT_VILLAGES_AFTER)
_UPPER_DISTRICT_TYPES = frozenset(DISTRICT_TYPES) - _COMMUNE_KINDS  # huyện, quận, thị xã, thành phố
_HEAD_SPELLING = {fold(h): h for h in HEAD_SPELLINGS} | UNTONED_HEAD_SPELLINGS
_PARTY_GROUP_HEADS = frozenset(fold(h) for h in PARTY_GROUP_HEADS)
_CAPITALISED_HEADS = frozenset(fold(h) for h in CAPITALISED_HEADS)
_HEADS_INSIDE_NAMES = frozenset(fold(h) for h in HEADS_INSIDE_NAMES)
_HEADS_IN_PLACE_NAMES = frozenset(fold(h) for h in HEADS_IN_PLACE_NAMES)
_UNIT_OWNER_HEADS = frozenset(fold(h) for h in UNIT_OWNER_HEADS)
_UNIT_OWNERS_OF_KIND = {k: frozenset(fold(h) for h in v) for k, v in UNIT_OWNER_HEADS_BY_KIND.items()}
_NOT_BODIES_AFTER = {fold(h): frozenset(fold(w) for w in ws) for h, ws in NOT_BODIES_AFTER_HEAD.items()}
_BODIES_DESPITE = {fold(h): PhraseTable((w, True) for w in ws) for h, ws in BODIES_AFTER_HEAD_DESPITE.items()}
REGIONS = PhraseTable((w, True) for w in REGION_WORDS)
_REGION_STARTS = REGIONS.starts
REGION_NAMED = PhraseTable((n, True) for n in REGION_NAMES)
_SHARED_OVER_KEYS = frozenset(fold(n) for n in LOCALITY_COLLECTIVE_NOUNS)
_ROMAN = re.compile(r"[IVX]{1,4}")
_NUMBERED_PLACE_TYPES = frozenset({"quận", "phường"}) | _VILLAGE_KINDS - frozenset(VILLAGE_KINDS_NAMED_ONLY)
# ("Quận 1", "Phường 12", "Khóm 4")
_NAMED_ONLY_NOT = {
    fold(k): frozenset(fold(w.strip()) for w in v) for k, v in VILLAGE_KINDS_NAMED_ONLY.items()
}
_VILLAGE_CAP_AFTER = frozenset(fold(w) for w in VILLAGE_CAPITALISED_AFTER)
_NOT_PLACES_AFTER = {fold(k): frozenset(fold(w) for w in v) for k, v in NOT_PLACES_AFTER_KEYWORD.items()}
_NOT_VILLAGES_AFTER_OF = {fold(k): frozenset(fold(w) for w in v) for k, v in NOT_VILLAGES_AFTER_KIND.items()}
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_HOA = fold("hòa")
_PLACE_NUMBER = re.compile(r"\d{1,2}\.?")
_PLACE_BODY_KINDS = frozenset(DISTRICT_LEVEL_KINDS) - {"locality"}
# bodies written once before several places of one level: "UBND xã A, xã B", "Phòng Kinh tế - Hạ tầng
# huyện Thạnh Phú và huyện Ba Tri" (a district's Phòng in each)
# ("Trung tâm PVHCC xã A, phường B" (2025); "Ban ATGT huyện A, huyện B": a district's board in each; "Đội Quản lý
# trật tự đô thị phường A và phường B": a ward's team in each)
_LISTED_BODY_KINDS = _PLACE_BODY_KINDS | {"phong", "center", "board", "team"}
_LISTED_PLACE_TYPES = frozenset({"xã", "phường", "thị trấn", "huyện", "quận", "thị xã"})
_IN_PLACE_NAMES = {fold(k): frozenset(fold(w) for w in v) for k, v in NOT_BODIES_IN_PLACE_NAMES.items()}
#: a head's key -> the keys of the words after which it opens no body ("cán bộ", "tiến bộ": no "Bộ" there)
NOT_AFTER_WORD = {fold(k): frozenset(fold(w) for w in v) for k, v in NOT_BODIES_AFTER_WORD.items()}
_LOWER_NAMES = {fold(h): PhraseTable((n, True) for n in ns) for h, ns in LOWER_CASE_NAMES_AFTER_HEAD.items()}
_JOINT_OFFICES = tuple(
    (match_key(one) + " ", match_key(joint) + " ") for one, joint in JOINT_OFFICE_NAMES.items()
)
_TRADE_NAMED = frozenset(fold(k) for k in NAMED_BY_TRADE_AND_PLACE)
_NUMBERED_ZONES = frozenset(fold(k) for k in NUMBERED_ZONE_NAMES)
_PARK_HEADS = frozenset(tuple(fold(h).split()) for h in PARK_HEADS)
_NEVER_BARE = frozenset(fold(h) for h in HEADS_NEVER_BARE)
_BARE_BRANDS = frozenset(fold(h) for h in BRANDS_BARE_AS_PARTIES)
_BEFORE_A_BARE_BRAND = PhraseTable((fold(w), True) for w in WORDS_BEFORE_A_BARE_BRAND)
_PURPOSE_HEADS = frozenset(fold(h) for h in PURPOSE_NAMED_HEADS)
_TASK_TEAM_HEADS = frozenset(fold(h) for h in TEAMS_NAMED_BY_TASK_AND_OWNER)
_PREDICATE_OPENERS = PhraseTable((fold(w), True) for w in PREDICATE_OPENERS_AFTER_BOARD)
_COUNCIL_PURPOSES = PhraseTable((w, True) for w in COUNCIL_PURPOSE_PAIRS)
_PLACE_PREPOSITIONS = frozenset(fold(w) for w in PLACE_PREPOSITIONS)
_NAME_TAIL_STOPS = frozenset(fold(w) for w in NAME_TAIL_STOP_WORDS)
_UNIT_HEAD_KEYS = frozenset(fold(h) for h in UNIT_HEADS_BEFORE_PARENTS)
PURPOSE_MAX_TOKENS = 16  # the longest purpose a board is named by before its place
_UNTONED_LOWER = frozenset(LOCALITY_TYPES_UNTONED_LOWER)
_SHORT_HEADS = frozenset(fold(h) for h in SHORT_HEADS)
_COMPANY_FORMS = frozenset(fold(f) for f in COMPANY_FORMS_AFTER_DASH)
TRADE_VERBS = PhraseTable((v, True) for v in TRADE_VERBS_IN_NAMES)
_FACILITY_AFTER = {fold(k): frozenset(fold(w) for w in v) for k, v in FACILITY_HEADS_AFTER.items()}
TITLE_TABLE = PhraseTable(TITLES.items())
PARENTS_AFTER_DASH = PhraseTable((n, True) for n in PARENT_UNIVERSITIES)
APPOSITIVES = PhraseTable((n, True) for n in APPOSITIVES_AFTER_DASH)
ROLES_AFTER = PhraseTable((n, True) for n in ROLES_AFTER_DASH)
# the last keys of the heads a decision's number follows ("ban chỉ đạo" -> ("ban", "chỉ", "đạo"))
_NUMBERED_HEAD_KEYS = tuple(tuple(fold(h).split()) for h in HEADS_NUMBERED_BY_DECISION)
_UNIT_NUMBERED_HEAD_KEYS = tuple(tuple(fold(h).split()) for h in HEADS_NUMBERED_AS_UNITS)
_UNIT_CODE = re.compile(UNIT_CODE_PATTERN)
_OWNER_AND_CITY = frozenset(fold(h) for h in NAMED_BY_OWNER_AND_CITY)
_AT_PLACE_HEADS = frozenset(fold(h) for h in NAMED_BY_PLACE_AFTER_TAI)
_HEAD_VERB_SHORTER = {fold(k): fold(v) for k, v in HEADS_ENDING_IN_A_VERB.items()}
_SECOND_FIELD_HEADS = frozenset(fold(h) for h in HEADS_TAKING_A_SECOND_FIELD)
COLLECTIVES = PhraseTable((n, n) for n in COLLECTIVE_NOUNS)
_LEVEL_TAILS = tuple(
    tuple(fold(w) for w in t.split()) for t in (*COLLECTIVE_LEVEL_TAILS, *COLLECTIVE_QUALIFYING_TAILS)
)
# the kinds of place a count may name ("UBND hai huyện"), not other collectives ("hai đơn vị")
_COUNTED_PLACE_KINDS = frozenset({"tỉnh", "huyện", "quận", "thị xã", "thành phố", "xã", "phường", "thị trấn"})
SHARED_OVER = PhraseTable((n, n) for n in LOCALITY_COLLECTIVE_NOUNS)
# the Party committees of a level (named whole: "Huyện ủy"), then the committee of an organisation ("Đảng ủy …")
_LEVEL_COMMITTEE_NAMES = ("tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy")
COMMITTEES = PhraseTable((c, c) for c in (*_LEVEL_COMMITTEE_NAMES, "đảng ủy"))
_LEVEL_COMMITTEES = frozenset(fold(c) for c in _LEVEL_COMMITTEE_NAMES)
_ABBREV_BY_KEY = {fold(k): v for k, v in ABBREVIATIONS.items()}
# abbreviations written as several words ("KT và HT", "KCX và CN"), by their first word's key: the words' keys
# in order, and the expansion
_ABBREV_OF_WORDS: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _k, _v in ABBREVIATIONS.items():
    if " " in _k:
        _ws = tuple(fold(w) for w in _k.split())
        _ABBREV_OF_WORDS.setdefault(_ws[0], []).append((_ws, _v))
_GROUP_WORDS_BESIDE_A_HEAD = frozenset(fold(w) for w in GROUP_WORDS_BESIDE_A_HEAD)
_ABBREV_OF_KIND = {kind: {fold(k): v for k, v in ab.items()} for kind, ab in ABBREVIATIONS_BY_KIND.items()}
_STANDALONE_BY_KEY = {fold(k): v for k, v in STANDALONE_ABBREVIATIONS.items()} | {
    fold(a): name for name, _, abbreviations in INTERNATIONAL_BODIES for a in abbreviations
}
#: international bodies by their Vietnamese names ("Ngân hàng Phát triển châu Á"), matched whole before a head
#: would cut them at their first lower-case word ("Ngân hàng Phát triển")
_INTERNATIONAL_NAMES = PhraseTable(
    (n, name) for name, others, _ in INTERNATIONAL_BODIES for n in (name, *others)
)
_NAME_SYLL = frozenset(fold(s) for s in NAME_SYLLABLES)
_NAME_SYLL_OF_KIND = {
    k: frozenset(fold(s) for s in v) | _NAME_SYLL for k, v in NAME_SYLLABLES_BY_KIND.items()
}
_ACTIVITY_AFTER = {fold(h): frozenset(fold(w) for w in ws) for h, ws in HEAD_AS_ACTIVITY.items()}
_BODY_OF_EACH = {fold(h): PhraseTable((w, True) for w in ws) for h, ws in HEAD_AS_BODY_OF_EACH.items()}
_STOPS_BEFORE_A_BODY = frozenset(fold(s) for s in NAME_STOPS_BEFORE_A_BODY)
_REQUEST_VERBS = PhraseTable((v, True) for v in REQUEST_VERBS)
_SAME_LEVEL = PhraseTable((w, True) for w in SAME_LEVEL_WORDS)
_SURNAME_KEYS = frozenset(
    fold(s) for s in __import__("ketluan.ingest.lang.vi.surnames", fromlist=["SURNAMES"]).SURNAMES
)
_SURNAME_NOT_INSIDE_NAME_KEYS = frozenset(
    fold(s)
    for s in __import__(
        "ketluan.ingest.lang.vi.surnames", fromlist=["SURNAMES_NOT_INSIDE_NAMES"]
    ).SURNAMES_NOT_INSIDE_NAMES
)
_MIDDLE_NAME_KEYS = frozenset(
    fold(s)
    for s in __import__(
        "ketluan.ingest.lang.vi.surnames", fromlist=["COMMON_MIDDLE_NAMES"]
    ).COMMON_MIDDLE_NAMES
)
# the keys a body mention can start with (a head, a locality keyword, a standalone abbreviation, a
# collective's "các"): `scan_agency` answers None at once for any other token, as its rules would
PLACE_ONLY_HEADS = PhraseTable((h, h) for h in HEADS_NAMED_BY_PLACE_ONLY)
_PLACE_ONLY_KIND = {fold(h): v for h, v in HEADS_NAMED_BY_PLACE_ONLY.items()}
_AGENCY_STARTS = (
    HEADS.starts
    | PLACE_ONLY_HEADS.starts
    | LOCALITIES.starts
    | UNTONED_LOCALITIES.starts
    | frozenset(_STANDALONE_BY_KEY)
    | _INTERNATIONAL_NAMES.starts
    | frozenset(NUMBERED_SHORT_NAMES)
    | {"các", "những"}
)
_KEY = attrgetter("key")
# head kinds that may stand alone without a name ("Sở", "UBND huyện", "Tỉnh ủy")
#: the keys each table's phrases start with: a token with another key is not looked up in that table
_HEAD_STARTS, _LOCALITY_STARTS, _TITLE_STARTS = HEADS.starts, LOCALITIES.starts, TITLE_TABLE.starts
_COMPOUND_STARTS, _COMMITTEE_STARTS = COMPOUNDS.starts, COMMITTEES.starts
_STOP_STARTS, _STOP_VERB_STARTS = STOPS.starts, STOP_VERBS.starts
# a Sở's name, closed (`SO_FIELD_NAMES`): written out, or short ("KH&CN", "TN&MT": the abbreviations standing for one)
_SO_NAMES = PhraseTable(
    [(n, True) for n in SO_FIELD_NAMES]
    + [(a, True) for a, x in ABBREVIATIONS.items() if fold(x) in frozenset(fold(n) for n in SO_FIELD_NAMES)]
)
# kinds of body never written bare, named after their place: a surname-led run right after the head is that
# place ("Đồn Biên phòng Phan Rí Cửa", "HTX Dương Xuân Hội"), not a person after a bare head ("Sở Lê Quốc Phong")
_ALWAYS_NAMED_KINDS = frozenset({"military", "coop"})
_STANDALONE_KINDS = {"so", "ubnd", "hdnd", "party", "office", "inspectorate", "leadership", "mttq"}
# head kinds whose names are rarely more than the head plus a locality
_PROVINCE_LEVEL = {
    "so",
    "sub-department",
    "center",
    "institute",
    "office",
    "inspectorate",
    "association",
    "board",
    "party-board",
    "council-board",
    "hospital",
    "treasury",
    "department",
    "police",
    "military",
    "media",
    "fund",
    "mass-org",
    "mttq",
}


@dataclass(slots=True)
class AgencyMatch:
    """A body as written: where, what kind, and the parts of its name."""

    start: int  # token indices
    end: int
    span: Span
    surface: str
    kind: str
    head: str  # canonical head ("Sở", "Ủy ban nhân dân")
    name: str  # the rest, abbreviations expanded ("Khoa học và Công nghệ")
    locality_type: str | None = None  # "huyện"
    locality: str | None = None  # "Long Hồ"; None with a type means "this one" ("UBND huyện")
    collective: bool = False
    members: list[str] = field(default_factory=list)  # for collectives: the nouns listed


def _cap_head(surface: str) -> str:
    s = surface.strip()
    return s[:1].upper() + s[1:]


def _canonical_head(head_toks: list[Tok], text: str) -> str:
    # the words, not the span: a header column's head may wrap past the other column ("TRUNG TÂM PHỤC VỤ⇥Độc
    # lập - Tự do - Hạnh phúc⏎HÀNH CHÍNH CÔNG" read as one column)
    surface = _SPACE_BEFORE_COMMA.sub(r"\1", " ".join(t.text for t in head_toks))
    key = fold(surface)
    if key in ("ubnd",):
        return "Ủy ban nhân dân"
    if key in ("hđnd",):
        return "Hội đồng nhân dân"
    if all(t.is_upper for t in head_toks) and not all(t.key in _ABBREV_BY_KEY for t in head_toks):
        return _HEAD_SPELLING.get(key) or _cap_head(surface.lower())
    if key in UNTONED_HEAD_SPELLINGS:
        return UNTONED_HEAD_SPELLINGS[key]  # "Tinh đoàn" of a scan, in running text: "Tỉnh đoàn"
    expanded = _SPACE_BEFORE_COMMA.sub(r"\1", " ".join(_ABBREV_BY_KEY.get(t.key, t.text) for t in head_toks))
    return _cap_head(expanded) if expanded.islower() or expanded[:1].islower() else expanded


def expand_name(toks: list[Tok], text: str, kind: str = "") -> str:
    """Expand abbreviations token by token and keep the rest as written (those of the body's ``kind`` first:
    `ABBREVIATIONS_BY_KIND`)."""
    out: list[str] = []
    own = _ABBREV_OF_KIND.get(kind)
    skip = 0
    for i, t in enumerate(toks):
        if skip:
            skip -= 1
            continue
        if t.key in _ABBREV_OF_WORDS and t.is_upper:
            words = next(
                (
                    ws
                    for ws in _ABBREV_OF_WORDS[t.key]
                    if tuple(x.key for x in toks[i : i + len(ws[0])]) == ws[0]
                ),
                None,
            )
            if words is not None:
                out.append(words[1])
                skip = len(words[0]) - 1
                continue
        exp = (own.get(t.key) if own else None) or _ABBREV_BY_KEY.get(t.key)
        if exp is not None and (t.is_upper or "&" in t.text or "-" in t.text):
            out.append(exp)
        elif "/" in t.text and all(_ABBREV_BY_KEY.get(fold(p)) for p in t.text.split("/")):
            out.append("/".join(_ABBREV_BY_KEY[fold(p)] for p in t.text.split("/")))
        else:
            out.append(t.text)
    s = " ".join(out)
    if "," in s or "/" in s:  # (the pattern cannot match without one)
        s = _SPACE_BEFORE_COMMA.sub(r"\1", s)
    src = join(text, toks)
    s = _DASH_SPACES.sub(" - ", s) if " - " in src or "–" in s else s
    if "-" in src and (codes := _UNIT_CODE.findall(src)):
        for code in codes:  # a unit's code as written: "Đăng kiểm xe cơ giới 37-02D"
            s = s.replace(code.replace("-", " - "), code)
    return s.replace(" – ", " - ")


_SPACE_BEFORE_COMMA = re.compile(r"\s+([,/])")
_DASH_SPACES = re.compile(r"\s*-\s*")


def _company_form_end(toks: list[Tok], k: int) -> int:
    """Past a company's legal form or group written short after the dash at ``toks[k]`` ("- CTCP", "- TKV"), or
    ``k``: it closes the company's name."""
    if (
        k + 1 < len(toks)
        and toks[k].text in ("-", "–")
        and toks[k + 1].is_word
        and (toks[k + 1].is_upper or toks[k + 1].is_cap)
        and toks[k + 1].key in _COMPANY_FORMS
    ):
        return k + 2
    return k


def _is_name_start(toks: list[Tok], i: int) -> bool:
    return i < len(toks) and toks[i].is_word and (toks[i].is_cap or toks[i].is_upper)


def scan_agency(toks: list[Tok], i: int, text: str) -> AgencyMatch | None:
    """Match a body starting exactly at ``toks[i]``."""
    if i >= len(toks) or not toks[i].is_word:
        return None
    t0 = toks[i]
    if t0.key not in _AGENCY_STARTS:
        return None  # no head, locality keyword, standalone abbreviation or "các"/"những" starts here
    # collectives: "các huyện, thị xã, thành phố", "UBND các huyện", "các Phòng, đơn vị thuộc Sở"
    if t0.key in ("các", "những"):
        return _scan_collective(toks, i, text, head=None)
    if t0.is_cap and (im := _INTERNATIONAL_NAMES.match(toks, i)) is not None:
        j = im[0]  # "Ngân hàng Thế giới", "Tổ chức Y tế Thế giới": the whole name, not the head "Ngân hàng"
        return AgencyMatch(
            i,
            j,
            Span(t0.start, toks[j - 1].end),
            join(text, toks[i:j]),
            "standalone",
            cast(str, im[1]),
            "",
            None,
            None,
        )
    m = HEADS.match(toks, i)
    slipped_head: list[Tok] | None = None
    if t0.key in _LONG_HEAD_STARTS and (sl := _head_despite_tone_slip(toks, i, m[0] if m else i)) is not None:
        # "Trung tâm Phục vụ hành chinh công": a long head a scan wrote with one syllable's marks slipped
        m, slipped_head = (i + len(sl[0]), sl[1]), sl[0]
    if m is not None and t0.key in _LOCALITY_STARTS and (lk := LOCALITIES.match(toks, i)) and lk[0] > m[0]:
        m = None  # "tổ dân phố Hòa Bình": the longer locality keyword, not the head "Tổ"
    if m is not None and _no_body_after_head(toks, i, m[0]):
        return None  # "Hội trường", "Hội nghị", "Hội chợ" are places and events
    if (
        m is None
        and t0.key in PLACE_ONLY_HEADS.starts
        and (po := _place_only_body(toks, i, text)) is not None
    ):
        return po  # "Thuế tỉnh Thanh Hóa", "Thống kê tỉnh Lào Cai" (2025)
    if (
        m is None
        and (short := NUMBERED_SHORT_NAMES.get(t0.key)) is not None
        and (t0.is_cap or t0.is_upper)
        and i + 1 < len(toks)
        and toks[i + 1].text.isdigit()
        and len(toks[i + 1].text) == 1
        and not (i > 0 and toks[i - 1].text == "(")
    ):
        # "Quatest 1": the numbered centre, named in full (not "… Chất lượng 3 (QUATEST 3)": the full name's short
        # form, which is that name's)
        head, name, kind = short
        return AgencyMatch(
            i, i + 2, Span(t0.start, toks[i + 1].end), join(text, toks[i : i + 2]), kind, head,
            f"{name} {toks[i + 1].text}", None, None,
        )  # fmt: skip
    if m is None:
        std = _STANDALONE_BY_KEY.get(t0.key)
        if std and t0.is_upper:
            j = i + 1
            loc = _scan_locality(toks, j, text)
            lt, ln_, j = loc if loc else (None, None, j)
            return AgencyMatch(
                i, j, Span(t0.start, toks[j - 1].end), join(text, toks[i:j]), "standalone", std, "", lt, ln_
            )
        loc = _scan_locality(toks, i, text)
        if loc and loc[1]:
            lt, ln_, j = loc
            return AgencyMatch(
                i,
                j,
                Span(t0.start, toks[j - 1].end),
                join(text, toks[i:j]),
                "locality",
                _cap_head(lt),
                ln_ or "",
                lt,
                ln_,
            )
        return None
    j, kind = m[0], cast(str, m[1])  # HEADS maps a head to its kind
    if (
        (shorter := _HEAD_VERB_SHORTER.get(" ".join(t.key for t in toks[i:j]))) is not None
        and not toks[j - 1].is_cap
        and j < len(toks)
        and toks[j].is_word
        and not toks[j].is_cap
        and LOCALITIES.match(toks, j) is None
        and COMMITTEES.match(toks, j) is None
        # "Ban Tổ chức các huyện ủy, thành ủy": the Party board of each committee listed
        and not (toks[j].key in ("các", "những") and COMMITTEES.match(toks, j + 1) is not None)
    ):
        # "hỗ trợ Ban tổ chức lớp tập huấn": the Ban, then the verb "tổ chức" and its object
        j = i + len(shorter.split())
        kind = AGENCY_HEADS[shorter]
    head_toks = toks[i:j]
    if j == i + 1 and t0.key in _SHORT_HEADS and not _short_head_named(toks, j):
        return None  # "TT HĐND", "TT Phú Mỹ", "P. Giám đốc": no body written short
    if j < len(toks) and toks[j].key in _ACTIVITY_AFTER.get(hk := " ".join(t.key for t in head_toks), ()):
        each = _BODY_OF_EACH.get(hk)
        if not (t0.is_cap and each is not None and each.match(toks, j) is not None):
            return None  # "Thanh tra việc chấp hành …": the activity, not the body ("Thanh tra các huyện" is one)
    tm = TITLE_TABLE.match(toks, i) if t0.key in _TITLE_STARTS else None
    if tm is not None and tm[0] > j:
        return None  # a post title that opens with a head noun: "Chi cục trưởng", "Tỉnh ủy viên"
    if (
        i > 0
        and t0.key in _IN_PLACE_NAMES
        and toks[i - 1].key in _IN_PLACE_NAMES[t0.key]
        and toks[i - 1].is_cap
    ):
        return None  # "Bắc Trung Bộ": a region, not a ministry
    if i > 0 and (before := _FACILITY_AFTER.get(" ".join(t.key for t in head_toks))) is not None:
        if toks[i - 1].key in before or (i > 1 and f"{toks[i - 2].key} {toks[i - 1].key}" in before):
            return None  # "dự án Nhà máy nước Càng Long": the facility a project builds, not a body
    if t0.is_cap and _ends_a_place_name(toks, i):
        return None  # "Hải Phòng": the city, not a Phòng
    if t0.is_cap and j == i + 1 and _opens_a_place_name(toks, i):
        return None  # "Trạm Tấu", "Hội An", "Vụ Bản": a district, not a Trạm, Hội or Vụ
    if i > 0 and (not t0.is_cap or (t0.is_upper and toks[i - 1].is_upper)):
        # the head's syllable ends a compound word: "hội trường", "cơ sở", "giao ban", "cán bộ"
        if toks[i - 1].key in NOT_AFTER_WORD.get(t0.key, ()):
            return None
    if (
        i > 0
        and not t0.is_cap
        and toks[i - 1].key == _TITLE_SYLLABLE_BEFORE.get(t0.key)
        and _title_goes_on(toks, i + 1)
    ):
        return None  # "Trưởng ban Ban Quản lý …", "Phó Trưởng ban Thường trực": the title's word, no body
    lower_names = _LOWER_NAMES.get(" ".join(t.key for t in head_toks))
    lower_name = lower_names.match(toks, j) if lower_names is not None and j < len(toks) else None
    if not (t0.is_cap or t0.is_upper) and lower_name is None and not _shared_with_title(toks, i, j):
        if " ".join(t.key for t in head_toks) in _CAPITALISED_HEADS:
            return None  # "tại khoa Hồi sức": a ward, not the faculty "Khoa …"; "thủ tục hải quan"
        # a lower-case head ("phòng", "sở", "huyện") needs a capitalised name or abbreviation after it
        if not (_is_name_start(toks, j) or (j < len(toks) and toks[j].key in ("các",))):
            return None
    head = _canonical_head(slipped_head or head_toks, text)
    if fold(head) in _PARTY_GROUP_HEADS and j < len(toks) and toks[j].key in _AGENCY_STARTS:
        # "Đảng đoàn Ủy ban MTTQ Việt Nam tỉnh", "Ban cán sự đảng UBND tỉnh": the Party group of that body
        inner = scan_agency(toks, j, text)
        if inner is not None and not inner.collective and inner.kind not in ("locality", "standalone"):
            return AgencyMatch(
                i, inner.end, Span(t0.start, toks[inner.end - 1].end), join(text, toks[i : inner.end]), str(kind),
                head, f"{inner.head} {inner.name}".strip(), inner.locality_type, inner.locality,
            )  # fmt: skip
    if (
        str(kind) == "association"
        and fold(head) in ("liên hiệp hội", "liên hiệp các hội")
        and not (j < len(toks) and (toks[j].is_cap or toks[j].is_upper))
    ):
        head = "Liên hiệp các Hội Khoa học và Kỹ thuật"
    if j < len(toks) and toks[j].key in ("các", "những") and COMPOUNDS.match(toks, j) is None:
        return _scan_collective(toks, j, text, head=(i, head, str(kind)))
    if (
        j + 1 < len(toks)
        and (
            toks[j].key in COUNTED_PLACE_WORDS
            # "UBND 14 phường", "Công an 15 xã, thị trấn" (not a board a decision's number names: "Ban Chỉ đạo 389
            # tỉnh" is the province's 389 board)
            or (
                toks[j].text.isdigit()
                and len(toks[j].text) <= 3
                and int(toks[j].text) >= 2
                and not _numbered_head(toks, j)
            )
        )
        and (lk := COLLECTIVES.match(toks, j + 1)) is not None
        and fold(str(lk[1])) in _COUNTED_PLACE_KINDS
    ):
        # "UBND hai huyện", "UBND 02 tỉnh": that body of each of the places counted
        return _scan_collective(toks, j, text, head=(i, head, str(kind)))
    if j < len(toks) and toks[j].key == "cấp" and COLLECTIVES.match(toks, j) is not None:
        return _scan_collective(toks, j, text, head=(i, head, str(kind)), opener=False)
    if _lower_level_kinds(toks, j):
        # "UBND xã, phường, thị trấn": the body of every place of those kinds, "các" left out
        return _scan_collective(toks, j, text, head=(i, head, str(kind)), opener=False)
    if (
        j + 2 < len(toks)
        and toks[j + 1].key == "cấp"
        and toks[j].text.isdigit()
        and len(toks[j].text) <= 3
        and _numbered_head(toks, j)
        and COLLECTIVES.match(toks, j + 1) is not None
    ):
        # "Ban Chỉ đạo 389 cấp huyện": the numbered board of every district
        return _scan_collective(
            toks, j + 1, text, head=(i, f"{head} {toks[j].text}", str(kind)), opener=False
        )
    # "Văn phòng Sở", "Thanh tra Sở" are whole names: a lower-case word after them opens the predicate
    whole_head = (
        len(head_toks) > 1 and str(kind) in ("office", "inspectorate") and fold(head_toks[-1].text) == "sở"
    )
    head_key = " ".join(t.key for t in head_toks)
    if head_key in _OWNER_AND_CITY and (oe := _owner_and_city_end(toks, j, text)) > j:
        # "Văn phòng đại diện Cục Sở hữu trí tuệ tại TP.HCM": the owner and the city are the name
        return AgencyMatch(
            i, oe, Span(t0.start, toks[oe - 1].end), join(text, toks[i:oe]), str(kind), head,
            expand_name(toks[j:oe], text),
        )  # fmt: skip
    name_end = (
        j
        if whole_head and j < len(toks) and toks[j].is_word and not toks[j].is_cap
        # "Bộ phận một cửa": a name the head takes in lower case (or longer, as written: "Ban Quản lý Cảng cá, Bến
        # cá và Khu neo đậu tránh trú bão")
        else max(
            lower_name[0],
            _scan_name(toks, j, text, _NAME_SYLL_OF_KIND.get(str(kind), _NAME_SYLL), str(kind), head_key),
        )
        if lower_name is not None
        else _scan_name(toks, j, text, _NAME_SYLL_OF_KIND.get(str(kind), _NAME_SYLL), str(kind), head_key)
    )
    slipped = _so_name_despite_tone_slips(toks, j, name_end) if str(kind) == "so" else None
    if slipped is not None:
        name_end = j + len(slipped)
    head_key = " ".join(t.key for t in head_toks)
    if head_key in _TRADE_NAMED or f"{head_key} {' '.join(t.key for t in toks[j:name_end])}" in _TRADE_NAMED:
        # "HTX sản xuất muối Tri Hải"; a name the head takes in lower case may go on to its place the same way
        # ("Ban Quản lý cảng cá Lạch Bạng", "Ban Quản lý cảng cá;")
        name_end = max(name_end, _trade_and_place_end(toks, j if lower_name is not None else name_end, text))
    elif (
        str(kind) == "company"
        and j < name_end < len(toks)
        and toks[name_end - 1].is_cap
        and not toks[name_end - 1].is_upper
        and not (toks[name_end - 2].is_cap and not toks[name_end - 2].is_upper and name_end - 2 >= j)
    ):
        # a company's trade whose first syllable alone is capitalised, then its place: "Công ty cổ phần Gạch ốp lát
        # Cẩm Giàng", "Công ty TNHH Gạch men Hải Dương" (the name stopped mid-word, after a lone capital)
        name_end = _trade_and_place_end(toks, name_end, text)
    elif (
        str(kind) == "company"
        and j < name_end < len(toks)
        and toks[name_end - 1].is_word
        and not toks[name_end - 1].is_cap
        and toks[name_end].is_word
        and not toks[name_end].is_cap
        and toks[name_end - 1].end + 1 == toks[name_end].start
    ):
        # a company's trade in lower case runs on to its brand: "Công ty TNHH Dịch vụ suất ăn công nghiệp Phúc
        # Lộc" (the name stopped at "ăn", a verb elsewhere); with no brand after the trade it stays as it was
        name_end = _trade_and_place_end(toks, name_end, text)
    if f"{head_key} {' '.join(t.key for t in toks[j:name_end])}" in _NUMBERED_ZONES:
        name_end = _zone_number_and_place_end(toks, name_end, text)  # "… khu vực 2 - Sơn Dương"
    if str(kind) == "company" and name_end > j:
        name_end = _company_form_end(toks, name_end)  # "… đường cao tốc Việt Nam - CTCP": its legal form
    if head_key in _TASK_TEAM_HEADS and name_end == j and t0.is_cap:
        name_end = _task_and_owner_end(toks, j, text)  # "Tổ kiểm soát nghề cá Cảng cá Lạch Quèn"
    if head_key in _PURPOSE_HEADS and name_end < len(toks):
        name_end = _purpose_end(toks, name_end, text)  # "Ban Chỉ đạo giảm nghèo bền vững tỉnh"
    if str(kind) == "association" and name_end > j:
        name_end = _investor_country_end(toks, j, name_end, text)  # "… Doanh nghiệp Hàn Quốc tại Tây Ninh"
    if name_end > j:
        name_end = _bounded_tail(toks, i, name_end, text)
        if head_key in _AT_PLACE_HEADS:
            name_end = _at_city_end(toks, name_end, text)  # "Chi nhánh Quatest 2 tại Quảng Ngãi"
        elif (
            head_key in _OFFICES_IN_A_COUNTRY
            and toks[name_end - 1].is_upper
            and name_end + 1 < len(toks)
            and toks[name_end].key == "tại"
            and (co := _OFFICE_COUNTRIES.match(toks, name_end + 1)) is not None
            and toks[name_end + 1].is_cap
        ):
            name_end = co[0]  # "Văn phòng KOICA tại Việt Nam": a foreign body's office in the country
    if name_end > j and name_end + 1 < len(toks) and toks[name_end].key in ("các", "những"):
        shared = _scan_shared(toks, i, j, name_end, text, head, str(kind))
        if shared is not None:
            return shared
    # right after a UBND/HĐND head, "TP." alone is the city ("PCT UBND TP.")
    loc = _scan_locality(toks, name_end, text, bare_ok=name_end == j and str(kind) in ("ubnd", "hdnd"))
    lt = ln_ = None
    end = name_end
    if loc:
        lt, ln_, end = loc
    name_toks = toks[j:name_end]
    if len(name_toks) > 2:
        name_toks = _inner_marks_restored(name_toks)  # a scan's "… Thi hành án dân sư": "dân sự"
    # a trailing province/district name without its keyword: "Sở KH&CN Vĩnh Long"
    if name_toks and lt is None and str(kind) != "company" and not _parent_at_end(name_toks):
        # (a company's name holds its place as written: "Công ty Điện lực Tiền Giang" is not "… tỉnh Tiền Giang")
        gz = load_gazetteer()
        for k in (3, 2, 1):
            if len(name_toks) > k or (len(name_toks) == k and str(kind) in _STANDALONE_KINDS):
                tail = name_toks[-k:]
                if all(t.is_cap for t in tail):
                    cand = " ".join(t.text for t in tail)
                    if (
                        len(name_toks) > k
                        and name_toks[-k - 1].is_cap
                        and name_toks[-k - 1].key in _DIRECTIONS
                        and not (len(name_toks) > k + 1 and name_toks[-k - 2].key in _REGION_LAST_WORDS)
                    ):
                        # "Ban Quản lý rừng phòng hộ Nam Hà Tĩnh", "Bệnh viện Đa khoa khu vực Bắc Quảng Bình": a
                        # part of the province, named (not "… miền núi phía Bắc Nghệ An": a region's direction, then
                        # the province)
                        break
                    if _route_end(name_toks, len(name_toks) - k):
                        break  # "Ban Quản lý dự án Đà Nẵng - Quảng Ngãi": a route's far end, not the body's province
                    if gz.province(cand):
                        # "Sở GTVT Hà Nội": a centrally-governed city is a "thành phố"
                        lt, ln_ = gz.province(cand).kind or "tỉnh", cand  # type: ignore[union-attr]
                        name_toks = name_toks[:-k]
                        break
    if (
        not name_toks
        and lt is None
        and ((str(kind) not in _STANDALONE_KINDS and not t0.is_cap) or head_key in _NEVER_BARE)
        and not (head_key in _BARE_BRANDS and _brand_as_a_party(toks, i, text))
    ):
        return None  # ("Cửa hàng xăng dầu tại cảng có …": a shop as a place, no body)
    if not name_toks and lt is None and head_key in _BARE_BRANDS:
        # "MobiFone làm việc với …": the brand is the firm's own name, not a bare "Công ty" that points back
        return AgencyMatch(
            i,
            end,
            Span(t0.start, toks[end - 1].end),
            join(text, toks[i:end]),
            "standalone",
            head,
            "",
            None,
            None,
        )
    if not name_toks and lt is None and j == i + 1 and _ends_a_person_name(toks, i):
        return None  # "ông Nguyễn Mạnh Khoa - Trưởng phòng", "Cao Xuân Trường": a given name, not a body
    name = expand_name(name_toks, text, str(kind))
    if str(kind) in UNIT_KINDS_NAMED_BY_FIELDS and len(name_toks) > 1:
        name = _field_marks_restored(name)  # "Phòng Kế hoạch - Tài chinh" (a scan's slip): "Tài chính"
    if slipped is not None and len(name_toks) == len(slipped):
        name = " ".join(_as_written(w, t.text) for w, t in zip(slipped, name_toks, strict=True))
    if not name_toks and lt is None and (district := _shared_district(toks, end, text, head_key)) is not None:
        name = district  # "Huyện ủy, UBND huyện Hàm Yên": the district's committee ("Huyện ủy Hàm Yên")
    if lt is None and (branch := _branch_after_short_name(toks, end, text)) is not None:
        # "Phòng Thương mại và Công nghiệp Việt Nam (VCCI) chi nhánh Đà Nẵng": the branch, not the chamber
        end, name = branch[0], f"{name} {branch[1]}".strip()
    return AgencyMatch(
        i, end, Span(t0.start, toks[end - 1].end), join(text, toks[i:end]), str(kind), head, name, lt, ln_
    )


def _column_gap(gap: str) -> bool:
    """The blank between two words is a cell boundary: a tab, or three spaces or more inside one line, as a
    record aligns its columns in plain text (name, post and body, then the role in the team: "Trưởng đoàn",
    "Thành viên", "Thư ký"); a line's indent after a break is none."""
    return "\t" in gap or ("\n" not in gap and "   " in gap)


def _brand_as_a_party(toks: list[Tok], i: int, text: str) -> bool:
    """A carrier's brand at ``toks[i]`` names the firm, bare: it opens the text, a line or a sentence, follows a
    list's mark or comma, or follows a word that puts a party next (`WORDS_BEFORE_A_BARE_BRAND`: "giao
    MobiFone", "làm việc với Viettel"); after another word it is the network ("hạ tầng Viettel")."""
    if i == 0:
        return True  # the stretch read opens with it
    if not toks[i].is_cap:
        return False
    prev = toks[i - 1]
    if "\n" in text[prev.end : toks[i].start]:
        return True
    if not prev.is_word:
        return prev.text in (".", ";", ":", ",", "-", "–", ")")
    if prev.text[-1] in ".)/" and (prev.text[:-1].isdigit() or len(prev.text) == 2):
        return True  # a list item's number or letter: "3. MobiFone …", "b) Viettel …"
    return any(
        n <= i and (m := _BEFORE_A_BARE_BRAND.match(toks, i - n)) is not None and m[0] == i for n in (1, 2)
    )


_TITLE_SYLLABLE_BEFORE = {fold(h): fold(t) for h, t in HEADS_SHARED_WITH_TITLES.items()}
_TITLE_QUALIFIERS = PhraseTable((q, True) for q in TITLE_QUALIFIERS_AFTER_HEAD)


def _shared_with_title(toks: list[Tok], i: int, j: int) -> bool:
    """The lower-case head ``toks[i:j]`` is the title's last word written once for both, and the rest of the head is
    capitalised ("Phó trưởng ban Chỉ đạo tỉnh": the "Ban Chỉ đạo" of the province): the body's name as the head's
    own capital writes it."""
    return (
        j > i + 1
        and i > 0
        and toks[i - 1].key == _TITLE_SYLLABLE_BEFORE.get(toks[i].key)
        and (toks[i + 1].is_cap or toks[i + 1].is_upper)
    )


def _title_goes_on(toks: list[Tok], j: int) -> bool:
    """After a title's last word that is a head ("Trưởng ban"), ``toks[j]`` goes on with the title (its qualifier:
    "Thường trực") or opens the body written in full ("Ban Quản lý …"): the head names no body of its own."""
    return j >= len(toks) or _TITLE_QUALIFIERS.match(toks, j) is not None or HEADS.match(toks, j) is not None


def _lower_name_end(toks: list[Tok], i: int, j: int) -> int:
    """Past the name the head ``toks[i:j]`` takes in lower case (`LOWER_CASE_NAMES_AFTER_HEAD`: "Văn phòng đăng ký
    đất đai"), or ``j``: an owner inside a unit's name is named so too ("Chi nhánh Văn phòng đăng ký đất đai huyện
    …")."""
    names = _LOWER_NAMES.get(" ".join(t.key for t in toks[i:j]))
    m = names.match(toks, j) if names is not None and j < len(toks) else None
    return m[0] if m is not None else j


def _numbered_then_place(toks: list[Tok], j: int, k: int) -> bool:
    """A number of one or two digits at ``toks[k]``, inside a name (``j`` its start), that a province or district
    follows: the number of what the body is named by (a ring road, a route, a unit: "Vành đai 4 Tây Ninh", "Xây dựng
    1 Hà Nội"), and the place is the name's too."""
    return (
        k > j
        and len(toks[k].text) <= 2
        and toks[k - 1].is_word
        and k + 1 < len(toks)
        and toks[k + 1].is_cap
        and not toks[k + 1].is_upper
        and _opens_a_place_name(toks, k + 1)
    )


_DASHED_END = re.compile(r"\s*[-–]\s*")


def _route_end(name_toks: list[Tok], k: int) -> bool:
    """``name_toks[k:]`` is the far end of a route a project or a board is named by: after a dash that follows
    another capitalised place ("Đà Nẵng - Quảng Ngãi", "Quy Nhơn - Pleiku", "Hà Nội - Hải Phòng"), so it is part of
    the name, not the body's own province."""
    return (
        k >= 2
        and name_toks[k - 1].text in ("-", "–")
        and name_toks[k - 2].is_cap
        and name_toks[k - 2].is_word
    )


def _untoned_field_words() -> dict[tuple[str, str], str]:
    """The two-syllable fields units are named by (`UNIT_FIELD_WORDS`), by their first syllable as spelt and their
    second with its marks stripped: the second syllable as spelt, for the fields no other spelling shares."""
    seen: dict[tuple[str, str], set[str]] = {}
    for w in UNIT_FIELD_WORDS:
        parts = w.split()
        if len(parts) == 2:
            seen.setdefault((fold(parts[0]), strip_diacritics(parts[1])), set()).add(parts[1])
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


_FIELDS_UNTONED = _untoned_field_words()
_FIELDS_TONED = frozenset(fold(w) for w in UNIT_FIELD_WORDS)


def _field_marks_restored(name: str) -> str:
    """A unit's name with a field's second syllable spelt back when a scan lost or changed its mark ("Kế hoạch - Tài
    chinh" → "Tài chính"): the pair is no field as written, but one once the second syllable's marks are stripped
    (the first as spelt: "kê toàn" is no "kế toán")."""
    words = name.split(" ")
    for n in range(1, len(words)):
        a, b = words[n - 1], words[n]
        if not b.islower() or f"{fold(a)} {fold(b)}" in _FIELDS_TONED:
            continue
        spelt = _FIELDS_UNTONED.get((fold(a), strip_diacritics(b)))
        if spelt is not None:
            words[n] = spelt
    return " ".join(words)


_UNTONED_KEYS: dict[str, str] = {}  # syllable key -> unmarked (the few thousand syllables a corpus writes)
_UNTONED_KEYS_MAX = 200_000


def _untoned_key(key: str) -> str:
    """`strip_diacritics` of a syllable's key, kept: the slip readers ask it of the same syllables again and again."""
    got = _UNTONED_KEYS.get(key)
    if got is None:
        if len(_UNTONED_KEYS) >= _UNTONED_KEYS_MAX:  # a corpus of OCR noise: start again rather than grow
            _UNTONED_KEYS.clear()
        got = _UNTONED_KEYS[key] = strip_diacritics(key)
    return got


_SO_NAMES_UNTONED: dict[tuple[str, ...], tuple[str, ...]] = {
    tuple(strip_diacritics(w) for w in n.split()): tuple(n.split()) for n in SO_FIELD_NAMES if " " in n
}
#: the shorter beginnings of those names: only a name read short of one of them can be a slip's ("Giao thông vận")
_SO_NAME_BEGINNINGS: frozenset[tuple[str, ...]] = frozenset(
    untoned[:n] for untoned in _SO_NAMES_UNTONED for n in range(len(untoned))
)


def _so_name_despite_tone_slips(toks: list[Tok], j: int, end: int) -> tuple[str, ...] | None:
    """The official words of a Sở's name read from ``toks[j]`` when the scan stopped at ``end`` inside it on a
    word a scan gave the wrong tone marks ("Sở Giao thông vận tảí": "tải"), else None. Sở names are a closed
    list, so the same letters without their marks are that name."""
    if tuple(_untoned_key(t.key) for t in toks[j:end]) not in _SO_NAME_BEGINNINGS:
        return None  # the name read is no beginning of a longer one: nothing the slip could have cut
    for n in range(min(len(toks) - j, 8), end - j, -1):
        words = toks[j : j + n]
        if not all(t.is_word for t in words):
            continue
        official = _SO_NAMES_UNTONED.get(tuple(_untoned_key(t.key) for t in words))
        if official is not None:
            return official
    return None


# a head this long is told apart by its letters alone: one slipped mark cannot make another
SLIP_HEAD_MIN_WORDS = 5
_LONG_HEADS_UNTONED: dict[tuple[str, ...], tuple[tuple[str, ...], str]] = {
    tuple(strip_diacritics(w) for w in phrase_keys(h)): (phrase_keys(h), k)
    for h, k in AGENCY_HEADS.items()
    if len(phrase_keys(h)) >= SLIP_HEAD_MIN_WORDS
}
_LONG_HEAD_STARTS = frozenset(keys[0] for keys, _ in _LONG_HEADS_UNTONED.values())
_LONG_HEAD_MAX_WORDS = max(len(k) for k in _LONG_HEADS_UNTONED)


def _head_despite_tone_slip(toks: list[Tok], i: int, exact_end: int) -> tuple[list[Tok], str] | None:
    """A long head at ``toks[i]`` that a scan wrote with one syllable's marks wrong or lost ("Trung tâm Phục vụ
    hành chinh công"): its words as the head spells them (cased as written) and its kind, when it runs past the
    head matched exactly (``exact_end``); else None. The first word must be as spelt, and only one may slip."""
    window = toks[i : i + _LONG_HEAD_MAX_WORDS]
    words_end = next((n for n, t in enumerate(window) if not t.is_word), len(window))
    untoned = tuple(_untoned_key(t.key) for t in window[:words_end])  # once, not once per length tried
    for n in range(words_end, max(exact_end - i, SLIP_HEAD_MIN_WORDS - 1), -1):
        found = _LONG_HEADS_UNTONED.get(untoned[:n])
        if found is None:
            continue
        words = window[:n]
        keys, kind = found
        if keys[0] != words[0].key or sum(t.key != k for t, k in zip(words, keys, strict=True)) > 1:
            return None
        spelt = [
            Tok(_as_written(k, t.text) if t.key != k else t.text, t.start, t.end, k)
            for t, k in zip(words, keys, strict=True)
        ]
        return spelt, kind
    return None


def _as_written(word: str, written: str) -> str:
    """``word`` in the case ``written`` has: upper, capitalised or lower."""
    if written.isupper() and len(written) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if written[:1].isupper() else word


def _task_and_owner_end(toks: list[Tok], j: int, text: str) -> int:
    """Past the task a team is named by and the body it works in ("Tổ kiểm soát nghề cá| Cảng cá Lạch Quèn|"),
    from ``toks[j]``: lower-case words on one line, no predicate's opener among them, then a capitalised body's
    name; ``j`` when no body closes the words (they are the team's predicate)."""
    k = j
    while k < len(toks) and k - j < PURPOSE_MAX_TOKENS:
        t = toks[k]
        if k > j and "\n" in text[toks[k - 1].end : t.start]:
            return j
        if t.is_cap or t.is_upper:
            break
        if not t.is_word or _PREDICATE_OPENERS.match(toks, k) is not None:
            return j  # (a verb that names the task goes on: "kiểm soát", "giám sát")
        k += 1
    if (
        k == j
        or k >= len(toks)
        or toks[k].key not in _HEAD_STARTS
        or (owner := scan_agency(toks, k, text)) is None
    ):
        return j
    return owner.end


def _purpose_end(toks: list[Tok], j: int, text: str) -> int:
    """Past the purpose a board is named by, when it runs unbroken to the place the board serves ("Ban Chỉ đạo
    giảm nghèo bền vững| tỉnh", "Hội đồng thẩm định dự án cấp tỉnh|", "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ
    sở| tỉnh"); ``j`` when the words after the name are its predicate instead ("Ban Chỉ đạo đề nghị các xã …",
    "… kiểm tra tại huyện X", "… yêu cầu UBND huyện …"). The purpose opens in lower case."""
    listed = toks[j].text == "," and j + 1 < len(toks) and toks[j + 1].is_word and not toks[j + 1].is_cap
    if _upper_stretch(toks, j) and (e := _upper_purpose_line_end(toks, j, text)) > j:
        return e  # a header's "BAN CHỈ ĐẠO … BẢO HIỂM XÃ HỘI, BẢO HIỂM Y TẾ TỈNH": the line is the name
    if not (listed or toks[j].is_word and not toks[j].is_cap) or (
        _PREDICATE_OPENERS.match(toks, j) is not None and _COUNCIL_PURPOSES.match(toks, j) is None
    ):
        # (a name read up to a comma goes on with the purpose's next field: "Ban Chỉ đạo công tác an toàn|, vệ
        # sinh lao động tỉnh")
        return j
    k = j
    while k < len(toks) and k - j < PURPOSE_MAX_TOKENS:
        t = toks[k]
        if "\n" in text[toks[k - 1].end : t.start]:
            return j  # the purpose is written on one line
        if k > j and t.key == "cấp" and (level := LOCALITIES.match(toks, k + 1)) is not None:
            return level[0]  # "… dự án cấp tỉnh": the level is the name's
        if k > j and t.key in ("các", "những") and SHARED_OVER.match(toks, k + 1) is not None:
            return k  # "Hội đồng khám sức khỏe| các huyện, thành phố": the board of each place, read next
        if not t.is_cap and LOCALITIES.match(toks, k) is not None:
            # the place keyword ends the name (right after the name read so far: that name, and its place)
            return j if k == j or toks[k - 1].key in _PLACE_PREPOSITIONS else k
        if t.text == "," and k + 1 < len(toks) and toks[k + 1].is_word and not toks[k + 1].is_cap:
            k += 1  # "phòng, chống dịch …"
            continue
        if not t.is_word:
            return j  # punctuation: no purpose-and-place name
        if (t.is_cap or t.is_upper) and (
            (t.key in _HEAD_STARTS and HEADS.match(toks, k) is not None) or _person_starts(toks, k)
        ):
            return j  # another body ("UBND huyện …") or a person: the board's predicate names them
        k += 1
    return j


def _upper_stretch(toks: list[Tok], j: int) -> bool:
    """A board's name read in capitals up to a comma at ``toks[j]``: a header line."""
    return 0 < j + 1 < len(toks) and toks[j].text == "," and toks[j - 1].is_upper and toks[j + 1].is_upper


def _upper_purpose_line_end(toks: list[Tok], j: int, text: str) -> int:
    """Past the rest of a header line that a board's name in capitals runs on to after a comma ("BAN CHỈ ĐẠO THỰC
    HIỆN CHÍNH SÁCH BẢO HIỂM XÃ HỘI, BẢO HIỂM Y TẾ TỈNH", "HỘI ĐỒNG … ĐÁNH GIÁ, NGHIỆM THU ĐỀ TÀI CẤP TỈNH"): the
    line holds the name alone, every word in capitals; ``j`` when anything else is on it (a lower-case word, a
    stop, a number or another body's head)."""
    k = j
    while k < len(toks) and (k == j or "\n" not in text[toks[k - 1].end : toks[k].start]):
        t = toks[k]
        if t.text == ",":
            if k + 1 >= len(toks) or not toks[k + 1].is_upper:
                return j
        elif not (t.is_word and t.is_upper):
            return j
        elif (
            k > j + 1
            and toks[k - 1].text == ","
            and t.key in _HEAD_STARTS
            and HEADS.match(toks, k) is not None
        ):
            return j  # "BAN CHỈ ĐẠO X, UBND TỈNH …": a second body
        k += 1
    if k <= j + 1:
        return j
    return _level_line_end(toks, k, text)


def _level_line_end(toks: list[Tok], k: int, text: str) -> int:
    """Past the next header line at ``toks[k]`` when it ends a board's name wrapped in capitals: every word in
    capitals, no body's head, and the level the board works at last ("HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG / SẢN PHẨM OCOP
    CẤP TỈNH"); ``k`` otherwise (the quốc hiệu, "Số:", another body)."""
    if k >= len(toks) or "\n" not in text[toks[k - 1].end : toks[k].start]:
        return k
    e = k
    while e < len(toks) and (e == k or "\n" not in text[toks[e - 1].end : toks[e].start]):
        t = toks[e]
        if not (t.is_word and t.is_upper) or (t.key in _HEAD_STARTS and HEADS.match(toks, e) is not None):
            return k
        e += 1
    level = next((x for x in range(k, e) if toks[x].key == "cấp"), None)
    if level is None or (lm := LOCALITIES.match(toks, level + 1)) is None or lm[0] != e:
        return k
    return e


_SHARED_LIST_MAX = 3  # bodies of one district listed before the one that names it


def _shared_district(toks: list[Tok], end: int, text: str, head_key: str) -> str | None:
    """The district a bare district Party committee shares with the bodies listed after it, each bare but the
    last: "Huyện ủy, UBND huyện Hàm Yên", "Huyện ủy, HĐND, UBND huyện Yên Sơn" (the district's kind must be the
    committee's: `COMMITTEE_DISTRICT_TYPES`)."""
    kind_word = _COMMITTEE_DISTRICT_TYPE.get(head_key)
    k = end
    for _ in range(_SHARED_LIST_MAX):
        if (
            kind_word is None
            or k + 1 >= len(toks)
            or toks[k].text != ","
            or "\n" in text[toks[k].end : toks[k + 1].start]
        ):
            return None
        nxt = scan_agency(toks, k + 1, text)
        if nxt is None or nxt.kind not in ("ubnd", "hdnd", "mttq") or nxt.collective:
            return None
        if nxt.locality_type is not None:
            return nxt.locality if nxt.locality_type == kind_word and nxt.locality else None
        k = nxt.end
    return None


def _place_only_body(toks: list[Tok], i: int, text: str) -> AgencyMatch | None:
    """A body named by its sector and its place with no head noun at ``toks[i]`` (`HEADS_NAMED_BY_PLACE_ONLY`:
    "Thuế tỉnh Thanh Hóa", "Thuế cơ sở 3 tỉnh Nghệ An", "Thống kê tỉnh Lào Cai"), or None: the sector is
    capitalised and a named place, a numbered unit ("cơ sở 1") or a region ("khu vực V") follows it."""
    pm = PLACE_ONLY_HEADS.match(toks, i)
    if pm is None or not (toks[i].is_cap or toks[i].is_upper):
        return None
    j, head_key = pm[0], fold(str(pm[1]))
    kind, not_after = _PLACE_ONLY_KIND[head_key]
    if i > 0 and (
        toks[i - 1].key in not_after or (i > 1 and f"{toks[i - 2].key} {toks[i - 1].key}" in not_after)
    ):
        return None  # "niên giám Thống kê tỉnh", "nộp Thuế …": the statistics, the tax
    e = j
    if e + 2 < len(toks) and toks[e].key == "cơ" and toks[e + 1].key == "sở" and toks[e + 2].text.isdigit():
        e += 3  # "Thuế cơ sở 1 tỉnh Thanh Hóa"
    elif (re_ := _region_end(toks, e)) > e:
        e = re_  # "Thống kê khu vực V"
    loc = _scan_locality(toks, e, text) if e < len(toks) and toks[e].key in _LOCALITY_STARTS else None
    lt: str | None
    ln_: str | None
    if loc is not None and loc[1]:
        lt, ln_, end = loc
    elif e > j:
        lt = ln_ = None
        end = e
    else:
        return None
    head = _canonical_head(toks[i:j], text)
    return AgencyMatch(
        i, end, Span(toks[i].start, toks[end - 1].end), join(text, toks[i:end]), kind, head,
        join(text, toks[j:e]), lt, ln_,
    )  # fmt: skip


def _short_head_named(toks: list[Tok], j: int) -> bool:
    """A body's name follows a head written short (`SHORT_HEADS`) at ``toks[j]``: an abbreviation of a name
    ("P. KH-TC", "TT CNTT"), or two words of names, the first capitalised ("TT Kỹ thuật và …")."""
    if j >= len(toks) or not toks[j].is_word or HEADS.match(toks, j) or LOCALITIES.match(toks, j):
        return False
    t = toks[j]
    if t.key in _ABBREV_BY_KEY and (t.is_upper or "&" in t.text or "-" in t.text):
        return True
    return (
        t.is_cap
        and not t.is_upper
        and t.key in _NAME_SYLL
        and j + 1 < len(toks)
        and (toks[j + 1].key in _NAME_SYLL or WORDS_IN_NAMES.match(toks, j) is not None)
    )


def _standalone_kind(expansion: str) -> str:
    """The kind of body a standalone abbreviation stands for, from its expansion's head ("TKV", "EVNNPC": a
    company; "LHH": an association; "BGĐ": a board)."""
    if "Hội" in expansion:
        return "association"
    m = HEADS.match(tokenize(expansion), 0)
    return "company" if m is not None and str(m[1]) == "company" else "board"


def _numbered_head(toks: list[Tok], j: int, heads: tuple[tuple[str, ...], ...] = _NUMBERED_HEAD_KEYS) -> bool:
    """The head ending at ``toks[j]`` is one a decision's number names (`HEADS_NUMBERED_BY_DECISION`), or one of
    ``heads``."""
    return any(
        j >= len(keys) and all(toks[j - len(keys) + n].key == key for n, key in enumerate(keys))
        for keys in heads
    )


def _named_by_decision(full: str) -> bool:
    """A body's full name ends with a steering board and its decision's number ("Ban Chỉ đạo 389", "Văn phòng
    Thường trực Ban Chỉ đạo 138")."""
    words = fold(full).split()
    return (
        len(words) > 1
        and words[-1].isdigit()
        and any(tuple(words[-1 - len(keys) : -1]) == keys for keys in _NUMBERED_HEAD_KEYS)
    )


def _parent_at_end(name_toks: list[Tok]) -> bool:
    """A school's name ends with the university it is a member of ("Sư phạm - Đại học Huế"): its place is no
    locality of the school's name."""
    for n in range(len(name_toks) - 2, 0, -1):
        if name_toks[n].text in ("-", "–"):
            pm = PARENTS_AFTER_DASH.match(name_toks, n + 1)
            return pm is not None and pm[0] == len(name_toks)
    return False


def _owner_and_city_end(toks: list[Tok], j: int, text: str) -> int:
    """Past the owner and the city that name a representative office at ``toks[j]`` ("Cục Sở hữu trí tuệ tại TP.
    Hồ Chí Minh"), or ``j``: the owner must be a body, and the city is taken only when the gazetteer knows it."""
    if j >= len(toks) or not (toks[j].is_cap or toks[j].is_upper):
        return j
    owner = scan_agency(toks, j, text)
    if owner is None or owner.collective or owner.kind in ("locality", "standalone"):
        return j
    return _at_city_end(toks, owner.end, text)


def _investor_country_end(toks: list[Tok], j: int, k: int, text: str) -> int:
    """Past the investors' country that ends (or follows) an association's name read up to ``toks[k]``, and the
    province after "tại" ("Hiệp hội Doanh nghiệp| Hàn Quốc tại Tây Ninh", `INVESTOR_COUNTRIES`), or ``k``."""
    if k < len(toks) and toks[k].is_cap and (cm := _INVESTOR_COUNTRIES.match(toks, k)) is not None:
        return _at_city_end(toks, cm[0], text)
    for n in (2, 1):  # "Hiệp hội Doanh nghiệp Nhật Bản| tại Đồng Nai": the country read with the name already
        if k - n > j and (cm := _INVESTOR_COUNTRIES.match(toks, k - n)) is not None and cm[0] == k:
            return _at_city_end(toks, k, text)
    return k


def _at_city_end(toks: list[Tok], e: int, text: str) -> int:
    """Past "tại" and the city or place at ``toks[e]`` ("tại TP. Hồ Chí Minh", "tại Quảng Ngãi"), or ``e``: the
    place is taken only when it is a locality keyword's or the gazetteer knows it."""
    if e + 1 < len(toks) and toks[e].key == "tại":
        loc = _scan_locality(toks, e + 1, text)
        if loc is not None and loc[1]:
            return loc[2]  # "tại thành phố Đà Nẵng"
        t = toks[e + 1]
        if t.key in ("tp.hcm", "tphcm"):
            return e + 2
        run = e + 1
        while run < len(toks) and run < e + 5 and toks[run].is_word and toks[run].is_cap:
            run += 1
            if load_gazetteer().province(join(text, toks[e + 1 : run])):
                return run  # "tại Đà Nẵng"
    return e


def _opens_a_body(toks: list[Tok], k: int) -> bool:
    """A head noun at ``toks[k]`` that opens a body's name ("Khoa Nông nghiệp", not "Khoa học")."""
    m = HEADS.match(toks, k)
    return (
        m is not None
        and not _no_body_after_head(toks, k, m[0])
        # a head written short opens one only before a name ("TT Kỹ thuật", not "các phòng, TT thuộc Viện")
        and (m[0] != k + 1 or toks[k].key not in _SHORT_HEADS or _short_head_named(toks, m[0]))
    )


def _closes_a_proper_name(toks: list[Tok], k: int) -> bool:
    """A one-word head at ``toks[k]`` after a capitalised syllable and before no name of its own is the last
    syllable of a proper name ("… Đầu tư Tân Trường, …", "… Long Hội."), not a body."""
    m = HEADS.match(toks, k)
    return (
        m is not None
        and m[0] == k + 1
        and k > 0
        and toks[k - 1].is_word
        and toks[k - 1].is_cap
        and not toks[k - 1].is_upper
        and not _is_name_start(toks, k + 1)
        and not (k + 1 < len(toks) and toks[k + 1].key in _NAME_SYLL)
    )


def _field_after_head_and_dash(toks: list[Tok], k: int) -> bool:
    """A dash at ``toks[k]`` right after a head that ends in a field (`HEADS_TAKING_A_SECOND_FIELD`: "Ban Tổ chức",
    "Ban Tuyên giáo"), then a capitalised field that opens no body of its own: the unit's second field ("Ban Tổ chức
    - Nhân sự" of a company, a union's "Ban Tuyên giáo - Nữ công"), not a bullet or another body."""
    if not (2 <= k and k + 1 < len(toks) and toks[k].text in ("-", "–")):
        return False
    a, b, nxt = toks[k - 2], toks[k - 1], toks[k + 1]
    if not any(" ".join(t.key for t in toks[max(0, k - n) : k]) in _SECOND_FIELD_HEADS for n in (2, 3, 4)):
        return False  # a head of its own ("Văn phòng - Thống kê", "Thanh tra - Pháp chế": a unit's fields)
    return (
        a.is_word
        and b.is_word
        and a.is_cap
        and not a.is_upper
        and not b.is_upper
        and nxt.is_word
        and nxt.is_cap
        and not nxt.is_upper
        and not _opens_a_body(toks, k + 1)
        and not _role_after_dash(toks, k + 1)
        and not _person_starts(toks, k + 1)
    )


def _field_after_dash(toks: list[Tok], k: int) -> bool:
    """A head at ``toks[k]`` right after a dash inside a name, with no name of its own after it (a verb, a
    stop or the end follows), is the name's next field: "Trung tâm Thông tin - Thư viện cập nhật …" (a
    university's information and library centre), not a second body "Thư viện"."""
    if k < 1 or toks[k - 1].text not in ("-", "–"):
        return False
    return _head_without_a_name(toks, k)


_BARE_UNITS_OF_THE_ISSUER = frozenset({"office", "inspectorate"})
_FIELD_VERBS = PhraseTable((v, True) for v in FIELD_VERBS_BEFORE_A_KIND_OF_BODY)
_UNIONS_OF_A_KIND = PhraseTable((v, True) for v in UNIONS_OF_A_KIND_OF_BODY)


def _object_of_a_field(toks: list[Tok], j: int, k: int) -> bool:
    """A head at ``toks[k]`` right after a capitalised field verb of the name (`FIELD_VERBS_BEFORE_A_KIND_OF_BODY`:
    "Phát triển", "Hỗ trợ") with no name of its own after it is the kind of body the unit serves: "Ban Tuyên truyền
    - Phát triển HTX" of a cooperative union, "Phòng Hỗ trợ doanh nghiệp", not a second body "HTX"."""
    for n in (2, 1):
        s = k - n
        if s < j or not toks[s].is_cap:
            continue
        m = _FIELD_VERBS.match(toks, s)
        if m is not None and m[0] == k:
            return _head_without_a_name(toks, k)
        u = _UNIONS_OF_A_KIND.match(toks, s)
        if u is not None and u[0] == k:
            return True  # "Văn phòng Liên minh HTX tỉnh": the union of cooperatives, with its place
    return False


def _last_field_after_and(toks: list[Tok], j: int, k: int, kind: str) -> bool:
    """A head at ``toks[k]`` right after the "và" that closes a unit's fields joined by dashes, with no name of its
    own after it, is the last field: "Phòng Lao động - Tiền lương và Bảo hiểm xã hội nắm …" (a Sở Nội vụ's unit
    after 2025), not a second body "Bảo hiểm xã hội" (which is named with its place: "… và Bảo hiểm xã hội tỉnh")."""
    return (
        kind in UNIT_KINDS_NAMED_BY_FIELDS
        and k >= 1
        and toks[k - 1].key == "và"
        and any(t.text in ("-", "–") for t in toks[j : k - 1])
        # a Sở's own office and inspectorate are written bare in its notices ("… - Tài chính và Văn phòng tham mưu")
        and (hm := HEADS.match(toks, k)) is not None
        and hm[1] not in _BARE_UNITS_OF_THE_ISSUER
        and _head_without_a_name(toks, k)
    )


def _head_without_a_name(toks: list[Tok], k: int) -> bool:
    """A head at ``toks[k]`` that no name of its own follows: the end, a stop or a verb, no capital, name syllable
    or place keyword."""
    m = HEADS.match(toks, k)
    if m is None:
        return False
    e = m[0]
    if any(
        toks[x].key in _LOCALITY_STARTS and (lm := LOCALITIES.match(toks, x)) is not None and lm[0] == e
        for x in range(k + 1, e)
    ) or (e > k + 1 and toks[e - 1].key == "sở"):
        # "… và Thanh tra huyện", "… và Văn phòng Sở": a head that holds its place or its Sở is a body's name
        return False
    if e >= len(toks) or not toks[e].is_word:
        return True
    nxt = toks[e]
    if (nxt.key in _STOP_STARTS and STOPS.match(toks, e)) or (
        nxt.key in _STOP_VERB_STARTS and STOP_VERBS.match(toks, e)
    ):
        return True  # "… - Thư viện thực hiện chuyển đổi số": the predicate's verb ("thực" opens names too)
    return not (
        nxt.is_cap
        or nxt.is_upper
        or _is_name_start(toks, e)
        or nxt.key in _NAME_SYLL
        or nxt.key in _LOWER_WORD_STARTS
        or nxt.key in _LOCALITY_STARTS
        or nxt.key in ("các", "những")
    )


def _no_body_after_head(toks: list[Tok], i: int, j: int) -> bool:
    """The head ``toks[i:j]`` is a word of something else by the word (or comma and word) after it: "Hội
    nghị", "Phòng họp", "Phòng, chống thiên tai", "bộ đội" (`NOT_BODIES_AFTER_HEAD`)."""
    head_key = " ".join(t.key for t in toks[i:j])
    after = _NOT_BODIES_AFTER.get(head_key)
    if after is None or j >= len(toks):
        return False
    if not (toks[j].key in after or (j + 1 < len(toks) and f"{toks[j].key} {toks[j + 1].key}" in after)):
        return False
    despite = _BODIES_DESPITE.get(head_key)
    return despite is None or not toks[j].is_cap or despite.match(toks, j) is None


def _region_end(toks: list[Tok], k: int) -> int:
    """Past a region written after a body's name at ``toks[k]`` ("vùng 6", "miền Bắc", "khu vực I", "vùng
    ĐBSCL", "khu vực Tây Nguyên"), or ``k``: a region word, then a number, a Roman numeral, an abbreviation
    or a run of capitalised syllables."""
    rm = REGIONS.match(toks, k) if k < len(toks) and toks[k].key in _REGION_STARTS else None
    if rm is not None and not toks[k].is_cap and (rn := REGION_NAMED.match(toks, k)) is not None:
        # "… Nông Lâm nghiệp miền núi phía Bắc": a region's own name, in lower case first; a province may follow it
        # ("Bệnh viện Đa khoa khu vực miền núi phía Bắc Quảng Nam": the region's hospital in that province)
        e = rn[0]
        for n in (3, 2, 1):
            if e + n <= len(toks) and all(t.is_word and t.is_cap and not t.is_upper for t in toks[e : e + n]):
                if load_gazetteer().province(" ".join(t.text for t in toks[e : e + n])):
                    return e + n
        return e
    if rm is None or toks[k].is_cap or rm[0] >= len(toks):
        return k
    e, t = rm[0], toks[rm[0]]
    if t.text.isdigit() and len(t.text) <= 2 or _ROMAN.fullmatch(t.text):
        return e + 1
    if not (t.is_word and (t.is_cap or t.is_upper)) or LOCALITIES.match(toks, e) or HEADS.match(toks, e):
        return k
    while e < len(toks) and e < rm[0] + 4 and toks[e].is_word and (toks[e].is_cap or toks[e].is_upper):
        e += 1
    # "vùng Đồng bằng sông Cửu Long": lower-case words inside the region's name, up to its next capital
    f = e
    while f < len(toks) and f < e + 3 and toks[f].is_word and not toks[f].is_cap:
        if toks[f].key in _STOP_STARTS and STOPS.match(toks, f):
            break  # "… miền Nam tại Tịnh Biên": a preposition, then a place the region's name does not hold
        f += 1
    if f > e and f < len(toks) and toks[f].is_word and toks[f].is_cap and not HEADS.match(toks, f):
        e = f
        while e < len(toks) and e < f + 3 and toks[e].is_word and toks[e].is_cap:
            e += 1
    # a region named by its places, joined by dashes: "Chi cục Thuế khu vực Tuy Phong - Bắc Bình", "… khu vực
    # Hàm Thuận Bắc - Hàm Thuận Nam - Phan Thiết"
    while (
        e + 1 < len(toks)
        and toks[e].text in ("-", "–")
        and toks[e + 1].is_word
        and toks[e + 1].is_cap
        and not toks[e + 1].is_upper
        and not HEADS.match(toks, e + 1)
        and not TITLE_TABLE.match(toks, e + 1)
    ):
        f = e + 1
        while f < len(toks) and f < e + 5 and toks[f].is_word and toks[f].is_cap and not toks[f].is_upper:
            f += 1
        e = f
    return e


def names_the_nation(name: str) -> bool:
    """A body's name that ends with the nation ("… Việt Nam", "… Quốc gia", "… Trung ương"): a national body."""
    key = fold(name)
    return any(key == e or key.endswith(" " + e) for e in _NATIONAL_ENDINGS)


_NATIONAL_ENDINGS = tuple(fold(e) for e in NATIONAL_NAME_ENDINGS)
_REGION_NAME_ENDINGS = tuple(fold(r) for r in (*REGION_NAMES, *REGIONS_OF_THE_COUNTRY))


def names_a_region(name: str) -> bool:
    """A body's name that ends with a region ("Trung tâm Đo lường điện miền Bắc"): it has no province."""
    toks = tokenize(name)
    if any(_region_end(toks, k) == len(toks) for k in range(1, len(toks))):
        return True
    # ended by a region's own name, capitalised, with no region word: "… Tây Nguyên", "… Miền Trung"
    key = fold(name)
    return any(key.endswith(" " + r) for r in _REGION_NAME_ENDINGS)


def _zones_added_to_an_economic_zone(toks: list[Tok], j: int, k: int) -> int:
    """Past "và các khu công nghiệp" at ``toks[k]`` when the name ``toks[j:k]`` is an economic zone's (else ``k``).

    The board of an economic zone that also runs the province's industrial zones is named after both (Nghị định
    35/2022/NĐ-CP); the same words after another body ("Sở Xây dựng và các khu công nghiệp") join two.
    """
    zm = _ZONES_ADDED.match(toks, k)
    if zm is None:
        return k
    keys = [t.key for t in toks[j:k]]
    for zone in _ECONOMIC_ZONE_KEYS:
        if any(tuple(keys[i : i + len(zone)]) == zone for i in range(len(keys))):
            return zm[0]
    return k


_NAMED_AFTER_PEOPLE_HEADS = frozenset(fold(h) for h in NAMED_AFTER_PEOPLE_HEADS)
_PLACE_AFTER_WORDS_BY_KIND = {
    kind: tuple(tuple(fold(w) for w in ws.split()) for ws in phrases)
    for kind, phrases in PLACE_AFTER_WORDS_BY_KIND.items()
}


def _place_after_kind_words(toks: list[Tok], k: int, kind: str) -> bool:
    """The words of ``kind``'s name that the place it serves follows end right before ``toks[k]`` ("Quỹ tín dụng
    nhân dân | Yên Lư"): the capitalised run there is that place, even when it opens like a family name."""
    for words in _PLACE_AFTER_WORDS_BY_KIND.get(kind, ()):
        n = len(words)
        if k >= n and tuple(fold(t.text) for t in toks[k - n : k]) == words:
            return True
    return False


def _scan_name(
    toks: list[Tok], j: int, text: str, syllables: frozenset[str] = _NAME_SYLL, kind: str = "", head: str = ""
) -> int:
    """Index just past the name that follows a head noun (``syllables``: the lower-case words that go on with
    it, those of its kind of body; ``kind``: that kind, when known; ``head``: the head's keys, when known)."""
    k = j
    if kind == "party" and _lower_after_committee(toks, j):
        return j  # "Huyện ủy dự và phát biểu": the committee, then its predicate
    # "Trường Chính trị Tô Hiệu", "Nhà hát Tuồng Nguyễn Hiển Dĩnh": one person's name in it
    after_person = kind in NAMED_AFTER_PEOPLE_KINDS or head in _NAMED_AFTER_PEOPLE_HEADS
    limit = min(len(toks), j + 16)
    if j < len(toks) and toks[j].key in SELF_REFERENCES.starts and SELF_REFERENCES.match(toks, j) is not None:
        return j  # "Hiệu trưởng Nhà trường": the issuer, named by the word for it, no unit's name
    if (cn := COMMA_NAMES.match(toks, j)) is not None:
        k = cn[0]  # "Sở Văn hóa, Thể thao và Du lịch": an official name that holds a comma
    elif (
        j < len(toks)
        and toks[j].is_cap
        and not toks[j].is_upper
        and kind not in _ALWAYS_NAMED_KINDS
        and _person_starts(toks, j, shortest=3)
    ):
        return j  # "Phó Giám đốc Sở Lê Quốc Phong chủ trì": the bare head, then the person's full name
    if (
        kind in _PLACE_BODY_KINDS
        and j + 1 < len(toks)
        and toks[j].key in ("tp", "tx")
        and toks[j + 1].is_cap
        and not toks[j + 1].is_upper
    ):
        return j  # "UBND TP Hà Đông", "UBND TX Sơn Tây": the city's or town's committee, its keyword written short
    if (
        kind == "so"
        and j < len(toks)
        and toks[j].is_word
        and not toks[j].is_cap
        and toks[j].key not in _SO_NAMES.starts
        and toks[j].key not in _LOCALITY_STARTS
    ):
        return j  # "Trung tâm đề nghị Sở đầu tư 01 bộ chuẩn": a lower-case word that opens no Sở's name is a verb
    if kind == "so" and (sn := _SO_NAMES.match(toks, j)) is not None and _sentence_after_so(toks, sn[0]):
        # "Sở Khoa học và Công nghệ quản lý, cấp quyền …": the name is whole, its predicate follows
        return sn[0]
    if (
        0 < j < len(toks)
        and toks[j - 1].is_upper
        and len(toks[j - 1].text) > 1
        and toks[j].key in BRANCH_AFTER_ABBREVIATION.starts
        and (ba := BRANCH_AFTER_ABBREVIATION.match(toks, j)) is not None
    ):
        k = ba[0]  # "NHCSXH chi nhánh tỉnh": the branch of a body written short
    while k < limit:
        t = toks[k]
        key = t.key  # a table is asked only when its phrases can start with this key (`PhraseTable.starts`)
        if k > 0 and t.is_cap and _BLANK_LINE.search(text, toks[k - 1].end, t.start):
            # a capital after a blank line opens a paragraph ("… với Sở Khoa học và Công nghệ\n\nThứ Hai,
            # 13/09"); a lower-case word goes on with a name a page break cut ("… Kỹ thuật và Tiêu\n\nchuẩn …")
            break
        if k > j and key in NEVER_IN_NAMES.starts and NEVER_IN_NAMES.match(toks, k):
            break  # "SỞ Y TẾ THÁI BÌNH⇥CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": the other column's motto
        if k > j and key in _MOTTOS.starts and _MOTTOS.match(toks, k) and _ends_a_place_name(toks, k - 1):
            break  # "TỈNH ĐOÀN THANH HÓA    ĐOÀN TNCS HỒ CHÍ MINH": the place closed the name, the motto follows
        if (
            k > 0
            and _column_gap(text[toks[k - 1].end : t.start])
            and not (t.is_upper and toks[k - 1].is_upper)
        ):
            # a tab is a table's cell boundary: "Phó Giám đốc Trung tâm⇥Trực tuyến" (a header column in capitals
            # rejoined over a tab goes on: "TRUNG TÂM PHỤC VỤ⇥HÀNH CHÍNH CÔNG"); so is a run of spaces inside a
            # line that aligns a record's columns ("… Đồn Biên phòng Quỳnh Phương   Thành viên")
            break
        if (
            key == "số"
            and k > j
            and k + 1 < len(toks)
            and toks[k + 1].text == ":"
            and (not t.text.islower() or "\n" in text[toks[k - 1].end : t.start])
        ):
            # "SỞ KHOA HỌC VÀ CÔNG NGHỆ⏎Số: 1024/KH-SKHCN": the document's number, on the header's next line; a
            # lower-case "số" on the name's line is its own word before a label's colon ("Phòng Chuyển đổi số: bà A")
            break
        if (
            key == "số"
            and k > j
            and k + 1 < len(toks)
            and toks[k + 1].text.isdigit()
            and len(toks[k + 1].text) <= 3
            and (k + 2 >= len(toks) or toks[k + 2].text not in ("/", "-", "–"))
        ):
            k += 2  # "Đội Quản lý thị trường số 5", "Đội Cảnh sát giao thông số 2": the unit's number closes it
            if kind == "company":
                k = _company_place_end(toks, k)  # "Công ty cổ phần Xây dựng số 6 Nghệ An"
            break
        if k > j and key in _REGION_STARTS and (re_ := _region_end(toks, k)) > k:
            k = re_  # "Trung tâm Chất lượng Nông lâm thủy sản vùng 6", "… miền Bắc", "… khu vực I"
            break
        if (
            (kind in UNIT_KINDS_NAMED_BY_OWNER or kind in _UNIT_OWNERS_OF_KIND)
            and key in _HEAD_STARTS
            and (t.is_cap or t.is_upper)
            and (om := HEADS.match(toks, k)) is not None
            and " ".join(x.key for x in toks[k : om[0]])
            in (_UNIT_OWNER_HEADS if kind in UNIT_KINDS_NAMED_BY_OWNER else _UNIT_OWNERS_OF_KIND[kind])
            and (kind != "company" or "\n" not in text[toks[k - 1].end : t.start])
        ):
            # "Ban Tổ chức Liên đoàn Lao động tỉnh", "Ban Kỹ thuật Tổng công ty Điện lực miền Bắc": the unit's
            # owner is part of its name
            owner_kind = str(om[1])
            k = max(
                _lower_name_end(toks, k, om[0]),
                _scan_name(toks, om[0], text, _NAME_SYLL_OF_KIND.get(owner_kind, _NAME_SYLL), owner_kind),
            )
            break
        if (
            t.is_cap
            and key in _HEAD_STARTS
            and (hm := HEADS.match(toks, k)) is not None
            and (le := _lower_name_end(toks, k, hm[0])) > hm[0]
        ):
            k = le  # "Chi nhánh Văn phòng đăng ký đất đai huyện …": the inner body's name, in lower case as the law's
            continue
        if t.text in ("&", "-", "–", "/"):
            if k > 0 and "\n" in text[toks[k - 1].end : t.start]:
                break  # a dash that opens a line is a bullet: "2.1. Phòng Kiểm định xe cơ giới⏎- Hướng dẫn …"
            if kind == "company" and k > j and (form_end := _company_form_end(toks, k)) > k:
                k = form_end  # "Tổng công ty Cảng hàng không Việt Nam - CTCP huy động …": the legal form closes the name
                break
            if (
                kind == "school"
                and k > j
                and t.text in ("-", "–")
                and (pu := PARENTS_AFTER_DASH.match(toks, k + 1)) is not None
            ):
                k = pu[0]  # "Trường Đại học Sư phạm - Đại học Huế": the university it is a member of
                break
            if t.text in ("-", "–") and (
                _role_after_dash(toks, k + 1)
                or (
                    k + 1 < len(toks)
                    and not toks[k + 1].is_cap
                    and toks[k + 1].key in APPOSITIVES.starts
                    and APPOSITIVES.match(toks, k + 1) is not None
                )
                or (
                    k + 1 < len(toks)
                    and (not toks[k + 1].is_cap or toks[k + 1].key in ("chủ", "phối", "đồng"))
                    and STOPS.match(toks, k + 1) is not None
                )
            ):
                # "Phó Giám đốc Sở Y tế - Ủy viên", "… Sở KH&CN - Chủ tịch Hội đồng": the member's role; "Sở KH&CN
                # - Chủ trì", "- phối hợp": the body's part in a task table
                break
            if (
                k > j
                and k + 1 < limit
                and toks[k + 1].is_cap
                and not toks[k + 1].is_upper
                and j > 0
                and len(toks[j - 1].text) > 1
                and all(x.is_upper for x in toks[j - 1 : k] if x.is_word)
            ):
                # a heading in capitals, then words in small letters after a dash: another thing ("SỞ Y TẾ QUẢNG NAM
                # - Cổng thông tin điện tử", a website's banner), not the name's next part
                break
            if k + 1 < limit and (_is_name_start(toks, k + 1) or toks[k + 1].key in _NAME_SYLL) and k > j:
                k += 1
                continue
            if k == j and _field_after_head_and_dash(toks, k):
                k += 1  # "Ban Tổ chức - Nhân sự": a unit named by two fields, the first of them its head's
                continue
            break
        if not t.is_word:
            if (
                t.text == ","
                and _two_fields(toks, j, k, kind)
                and (fe := UNIT_FIELDS.match(toks, k + 1)) is not None
            ):
                k = fe[0]  # "Phòng Thanh tra, Pháp chế", "Phòng Tổ chức, Hành chính": one unit of two fields
            elif (
                t.text == ","
                and kind in KINDS_NAMED_BY_FIELD_LISTS
                and (fl := _field_list_end(toks, j, k, text)) > k
            ):
                k = fl  # "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch": its fields listed, "và" closing them
                continue
            break
        if t.text.isdigit():
            if (code := _UNIT_CODE.match(text, t.start)) is not None:
                # a unit's code closes its name: "Trung tâm Đăng kiểm xe cơ giới 37-02D"
                while k < len(toks) and toks[k].start < code.end():
                    k += 1
                break
            # a numbered unit: "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1 (…)", "… 3 và …"
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            # "BCĐ 389", "Ban Chỉ đạo 138"; "Đoạn Quản lý đường bộ 2"
            numbered = k == j and (
                _numbered_head(toks, j) or _numbered_head(toks, j, _UNIT_NUMBERED_HEAD_KEYS)
            )
            if (
                (len(t.text) <= 2 or (len(t.text) <= 3 and (numbered or k > j + 1)))
                and (k > j or kind == "military" or numbered)  # "Hải đội Biên phòng 2", "BCĐ 389"
                and (
                    nxt is None
                    or not nxt.is_word
                    or nxt.key == "và"
                    or (kind == "military" and not nxt.is_cap)
                    # "BCĐ 389 huyện" (not "Sở KH&CN 34 tỉnh, thành phố": a count of bodies)
                    or (k == j and nxt.key in _LOCALITY_STARTS and LOCALITIES.match(toks, k + 1))
                    # "Trung tâm Cấp cứu 115 tỉnh": a unit's number of three digits, then its place (a count of
                    # bodies has two at most: "34 tỉnh")
                    or (
                        len(t.text) == 3
                        and k > j + 1
                        and nxt.key in _LOCALITY_STARTS
                        and LOCALITIES.match(toks, k + 1)
                    )
                    # "Ban Chỉ đạo 138 các huyện, thị xã, thành phố": the numbered board of each place
                    or (
                        numbered
                        and nxt.key in ("các", "cấp")
                        and k + 2 < len(toks)
                        and toks[k + 2].key in _LOCALITY_STARTS
                    )
                    or STOPS.match(toks, k + 1)
                    or STOP_VERBS.match(toks, k + 1)
                )
            ):
                k += 1
            elif _numbered_then_place(toks, j, k):
                k += 1  # "Công ty cổ phần Đầu tư Vành đai 4 Tây Ninh": the road's number, then the place, both named
                continue
            break
        if key == "và" and k > j and (za := _zones_added_to_an_economic_zone(toks, j, k)) > k:
            k = za  # "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp Thanh Hóa": one board of both
            continue
        cm = COMPOUNDS.match(toks, k) if key in _COMPOUND_STARTS else None
        if cm is not None and (
            k > j or t.key in ("các", "những") or t.is_cap or t.is_upper or kind in _ALWAYS_NAMED_KINDS
        ):  # ("Đồn Biên phòng cửa khẩu quốc tế Móng Cái": a border post's name may open in lower case)
            if k - 1 > j and not t.is_cap and toks[k - 1].is_cap and _ends_a_place_name(toks, k - 1):
                break  # "Kho bạc Nhà nước Long An kiểm soát chi …": the province closes the name, its task follows
            k = min(cm[0], limit)  # "… dự án đầu tư xây dựng", "Phòng Hành chính tổng hợp"
            continue
        if (
            key in LOWER_CASE_FIELDS.starts
            and t.is_cap
            and not t.is_upper
            and (k == j or toks[k - 1].key == "và")
            and (lf := LOWER_CASE_FIELDS.match(toks, k)) is not None
        ):
            k = min(
                lf[0], limit
            )  # "Phòng Đăng ký kinh doanh", "Tiểu ban An ninh, trật tự": a field written whole
            continue
        pc = COMMITTEES.match(toks, k) if key in _COMMITTEE_STARTS else None
        if pc is not None:
            k = pc[0]  # "Ban Tuyên giáo Tỉnh ủy", "Văn phòng Huyện ủy": the committee it belongs to
            if _lower_after_committee(toks, k):
                break  # "Ban Tuyên giáo Tỉnh ủy định hướng …": a committee of a level is named whole; a verb follows
            continue
        if (
            k > j
            and toks[k - 1].key == "và"
            and key in COMMA_NAMES_AFTER_AND.starts
            and (ca := COMMA_NAMES_AFTER_AND.match(toks, k)) is not None
        ):
            # "Phòng An ninh mạng và phòng, chống tội phạm …": a second field, its comma in it
            k = min(ca[0], limit)
            continue
        lm = LOCALITIES.match(toks, k) if key in _LOCALITY_STARTS and key not in ("tp", "tx") else None
        if lm and _village_word(toks, k, text):
            lm = None  # "Văn phòng Điều phối nông thôn mới": no village
        elif lm and _keyword_in_a_word(toks, k):
            lm = None  # "Phòng Bảo trợ xã hội": society, no commune
        elif lm and k > j and toks[k - 1].key == "cấp" and _level_closes_name(toks, lm[0]):
            # "BAN CHỈ ĐẠO SẮP XẾP ĐVHC CẤP XÃ": the level its work is at is the name's, no commune follows
            k = lm[0]
            continue
        if lm:
            # a capitalised "Xã" inside a name ("Kinh tế - Xã hội") is not a locality keyword; "Thành phố",
            # "Thị xã" (two words) always are: "Ủy ban nhân dân Thành phố Dương Anh Đức" (Hà Nội, TP.HCM style)
            if not (
                lm[0] == k + 1
                and t.is_cap
                and not t.is_upper
                and k + 1 < len(toks)
                and toks[k + 1].is_word
                and not toks[k + 1].is_cap
                and not toks[k + 1].text.isdigit()
            ):
                break
        if t.key in ("tp", "tx", "tp.", "tx.") and k > j:
            break
        if t.is_upper and key in UNTONED_LOCALITIES.starts and _untoned_locality(toks, k) is not None:
            break  # "ỦY BAN NHÂN DÂN XA HÀM MỸ": the commune, its "Ã" lost
        if (
            k > j
            and key in _HEAD_STARTS
            and t.is_cap
            and toks[k - 1].key not in NOT_AFTER_WORD.get(t.key, ())  # "MÔI TRƯỜNG" is no "Trường"
            and _opens_a_body(toks, k)
            and " ".join(x.key for x in toks[k : HEADS.match(toks, k)[0]]) not in _HEADS_INSIDE_NAMES  # type: ignore[index]
            and not _ends_a_place_name(toks, k)  # "Chi cục Thủy sản Hải Phòng"
            and not _closes_a_proper_name(toks, k)  # "Công ty cổ phần Đầu tư Tân Trường,"
            and not _field_after_dash(toks, k)  # "Trung tâm Thông tin - Thư viện cập nhật …"
            and not _object_of_a_field(toks, j, k)  # "Ban Tuyên truyền - Phát triển HTX chủ trì …"
            # "Phòng Lao động - Tiền lương và Bảo hiểm xã hội": the unit's last field
            and not _last_field_after_and(toks, j, k, kind)
        ):
            break
        if t.is_upper and len(t.text) > 1 or "&" in t.text:
            k += 1
            continue
        if t.is_cap:
            if (
                key in _TITLE_STARTS
                and (tm := TITLE_TABLE.match(toks, k)) is not None
                and k > j
                and key not in ("chủ", "ủy", "thư", "kế")
                # "Vụ Công chức - Viên chức": a title units are named by, after the dash, is the name's second field
                and not (str(tm[1]) in TITLES_IN_UNIT_NAMES and toks[k - 1].text in ("-", "–"))
            ):
                break
            if (
                k > j
                and _person_starts(toks, k)
                and not _inside_a_place_name(toks, k)
                # "Viện Khoa học Kỹ thuật Nông Lâm nghiệp …": a word of names, its syllables capitalised, no person
                and not ((w := WORDS_IN_NAMES.match(toks, k)) is not None and w[0] > k + 1)
                and toks[k - 1].key not in NAMED_PLACE_NOUNS  # "Ban Quản lý chợ Đồng Tâm"
                and not _place_after_kind_words(toks, k, kind)  # "Quỹ tín dụng nhân dân Yên Lư"
                and not _after_a_park(toks, k)  # "Hạt Kiểm lâm Vườn quốc gia Bạch Mã"
                # a company's proper name runs on over a syllable that is a family name too ("Công ty TNHH Đầu tư
                # Phát triển Hạ tầng Sao Mai Chơn Thành", "Công ty cổ phần Xây dựng Hoàng Long"); a person after it
                # has a middle name ("… Trần Văn Nam")
                and not (
                    kind == "company"
                    and not t.is_upper
                    and toks[k - 1].is_word
                    and toks[k - 1].end == t.start - 1
                    # (two syllables alone are the brand even when the second is a middle name elsewhere: "Công
                    # ty Cổ phần Giấy Hoàng Bình được mời"; an official is written with his full name)
                    and (not _has_middle_name(toks, k) or _capitalised_run(toks, k) == 2)
                )
            ):
                if not after_person or (
                    kind in _ALWAYS_NAMED_KINDS and toks[k - 1].is_cap and _person_starts(toks, k, shortest=3)
                ):
                    break  # (a border post's place, then the person: "Đồn Biên phòng Phan Rí Cửa Trần Văn Nam")
                after_person = False  # "Trường THPT Nguyễn Du": the person the body is named after
                k += 1
                while k < limit and toks[k].is_word and toks[k].is_cap and not toks[k].is_upper:
                    if _person_starts(toks, k, shortest=3):
                        break  # "Đồn Biên phòng Phan Rí Cửa Trần Văn Nam": the place, then a person
                    k += 1
                continue
            k += 1
            continue
        if t.key == "và":
            if (
                k + 1 < len(toks)
                and not toks[k + 1].is_cap
                and STOPS.match(toks, k) is not None
                # "Trung tâm Điều dưỡng thương binh và người có công": a field's word, no staff
                and _field_word_at(toks, k + 1) == 0
            ):
                break  # "Phòng Hành chính - Tổng hợp và công chức các phòng": the staff, not a second field
            if (
                k + 1 < limit
                and (
                    _is_name_start(toks, k + 1)
                    or toks[k + 1].key in _NAME_SYLL
                    or _field_word_at(toks, k + 1) > 0
                )
                and k > j
            ):
                if (
                    toks[k + 1].is_cap
                    and _opens_a_body(toks, k + 1)
                    and not _last_field_after_and(toks, j, k + 1, kind)
                ):
                    break  # "… và Sở Tài chính" starts another body; "… và Sở hữu trí tuệ" does not
                if _honorific_before_name(toks, k + 1):
                    break  # "Giám đốc Sở Khoa học và Công nghệ và đồng chí Nguyễn Thị Lan": a person ("đồng" no field)
                if (
                    toks[k + 1].key in _TITLE_STARTS
                    and (tm := TITLE_TABLE.match(toks, k + 1)) is not None
                    and tm[0] < len(toks)
                    and toks[tm[0]].is_cap
                    and (_opens_a_body(toks, tm[0]) or _person_starts(toks, tm[0]))
                ):
                    # "Trưởng phòng Kế hoạch - Tài chính và chuyên viên Phòng …": a second post, of another body or
                    # person ("Cục Nhà giáo và Cán bộ quản lý cơ sở giáo dục" goes on)
                    break
                if k + 1 < limit and toks[k + 1].key in ("các", "những"):
                    break
                k += 1
                continue
            break
        if (
            k > j
            and toks[k - 1].is_cap
            and toks[k - 1].key in CAPITALISED_WORDS_IN_NAMES.starts
            and (w := CAPITALISED_WORDS_IN_NAMES.match(toks, k - 1)) is not None
            and w[0] > k
        ):
            # "Khoa Nội tổng hợp", "Phòng Điều độ": a word a capitalised syllable opens ("tổng hợp" no verb)
            k = w[0]
            continue
        if (
            k > j
            and (toks[k - 1].is_cap or key in _STOP_STARTS or key in _STOP_VERB_STARTS)
            and (w := WORDS_IN_NAMES.match(toks, k - 1)) is not None
            and w[0] > k
        ):
            # "Phòng Tham mưu", "Phòng Hậu cần": a word the capitalised syllable opened ("cần" no verb); so does a
            # lower-case syllable of the name, whose word's next syllable is a verb elsewhere ("… chất lượng công
            # trình …": "trình" is no verb inside "công trình")
            k = w[0]
            continue
        if toks[k - 1].key == "và" and (fw := _field_word_at(toks, k)) > 0:
            k = fw  # "Phòng Quản lý vận tải và phương tiện": a second field, a word of names in lower case
            continue
        if k > j and (sw := _name_word_despite_tone_slip(toks, k - 1)) > k:
            k = sw  # a scan's "Văn phòng Liên mỉnh": "Liên minh", one syllable's mark wrong
            continue
        if k - 2 >= j and toks[k - 1].key == "và" and (sf := _second_field_despite_verb(toks, k)) > k:
            # "Phòng Quản lý quy hoạch và xây dựng đôn đốc …": the second field, then the verb
            k = min(sf, limit)
            continue
        if key in _STOP_STARTS and STOPS.match(toks, k):
            break
        if (
            key in _STOP_VERB_STARTS
            and STOP_VERBS.match(toks, k)
            and toks[k - 1].key not in ("và", ",", "-", "–")
        ):
            # "Sở Khoa học và Công nghệ hỗ trợ doanh nghiệp": the verb opens the predicate; so it does right
            # after a head ("Đảng ủy Khối vận động …")
            break
        if t.key in _STOPS_BEFORE_A_BODY and (
            k + 1 >= len(toks)
            or not toks[k + 1].is_word
            or ((toks[k + 1].is_cap or toks[k + 1].is_upper) and HEADS.match(toks, k + 1))
            # "Trưởng Ban Chỉ đạo giao đồng chí Lê Thị Ngọc …": the verb, then the person given the task
            or _honorific_before_name(toks, k + 1)
        ):
            break  # "… giao Sở Nội vụ", "kế hoạch BHXH Việt Nam giao;": the verb  # "Ban Thường vụ Tỉnh ủy giao Sở Nội vụ …": a verb, then the next body
        if key in _LOWER_WORD_STARTS and not t.is_cap and (we := _lower_word_end(toks, k, syllables)) > k + 1:
            # a word of names written in lower case goes on whole: its first syllable a name's ("… Kế hoạch hóa
            # gia đình": "đình" is no name syllable alone), or a word bodies are kinds of ("Bệnh viện đa khoa",
            # "Ban Chỉ đạo liên ngành về an toàn thực phẩm")
            k = min(we, limit)
            continue
        if t.key in syllables:
            if k - 1 > j and toks[k - 1].is_cap and _ends_a_place_name(toks, k - 1):
                break  # "Hội … tỏi Lý Sơn quản lý …": a district's name closes the body's, the verb follows
            if kind == "company" and _brand_after_trade(toks, j, k):
                break  # "Công ty Cổ phần Đầu tư hạ tầng Tiền Hải Phát chuyển …": the brand closed the name
            k += 1
            continue
        if k > j and (sw := _name_word_slipped_inside(toks, j, k)) > k:
            # a scan's "Chi cục Thi hành án dân sư": "dân sự", a later syllable's mark slipped
            k = min(sw, limit)
            continue
        if k > j and (sb := _words_before_short_name(toks, k)) is not None:
            k = sb  # "Trung tâm Thú y khẩn cấp (ECTAD)": the short name in brackets closes the whole name
        break
    # trim trailing connectors
    while k > j and toks[k - 1].key in ("và", "&", "-", "–", "/", "các"):
        k -= 1
    return k


def _after_a_park(toks: list[Tok], k: int) -> bool:
    """A national park's head ends right before ``toks[k]`` ("Vườn quốc gia", "VQG"): its place's name follows,
    whatever family name opens it ("Vườn quốc gia Bạch Mã", "VQG Hoàng Liên")."""
    return any(k >= n and tuple(t.key for t in toks[k - n : k]) in _PARK_HEADS for n in (1, 3))


def _words_before_short_name(toks: list[Tok], k: int) -> int | None:
    """The bracket's index when one to three lower-case words at ``k`` run straight into a short name in brackets
    ("… khẩn cấp (ECTAD)"), else None. A body's short name is given right after its full name, so the words
    before it are the name's own, even a word that is no name's syllable elsewhere ("khẩn cấp"); a verb or a
    word that opens a predicate right after the name is not (inside a word, "cấp" of "khẩn cấp" is no verb).
    Only a name already begun goes on so: a head with no name of its own ("Trạm cân tự động (WIM)") is a thing."""
    m = k
    while m < len(toks) and m < k + 3 and toks[m].is_word and not toks[m].is_cap and not toks[m].is_upper:
        t = toks[m]
        if (
            t.key in _NAME_TAIL_STOPS
            or (t.key in _STOP_STARTS and STOPS.match(toks, m))
            or (m == k and t.key in _STOP_VERB_STARTS and STOP_VERBS.match(toks, m))
        ):
            return None
        m += 1
    if (
        m > k
        and m + 2 < len(toks)
        and toks[m].text == "("
        and toks[m + 2].text == ")"
        and toks[m + 1].is_upper
        and _brand_word(toks[m + 1])
    ):
        return m
    return None


def _level_closes_name(toks: list[Tok], k: int) -> bool:
    """After "cấp" and a place keyword ending at ``k``, no place's name follows: the keyword is the level
    ("… cấp xã⏎Số: …", "… CẤP XÃ HUYỆN CHÂU THÀNH"), not the keyword of a place ("… cấp xã Tân Phú")."""
    return (
        k >= len(toks)
        or not toks[k].is_word
        or (toks[k].key in _LOCALITY_STARTS and LOCALITIES.match(toks, k) is not None)
        or not (toks[k].is_cap or toks[k].is_upper)
        or toks[k].key == "số"
    )


def _sentence_after_so(toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k``, after a Sở's whole name, is the sentence's: a word in lower case that is no
    place keyword ("… tỉnh", "… thành phố"), no conjunction ("… và Sở …") and no region ("… vùng …")."""
    if k >= len(toks):
        return False
    t = toks[k]
    return (
        t.is_word
        and not t.is_cap
        and not t.is_upper
        and not t.text[:1].isdigit()
        and t.key not in ("và", "các", "những", "cấp")
        and not (t.key in _LOCALITY_STARTS and LOCALITIES.match(toks, k) is not None)
        and t.key not in _REGION_STARTS
    )


def _company_place_end(toks: list[Tok], k: int) -> int:
    """Past the province or district a company's name ends with after its number, on the same line ("Công ty cổ
    phần Xây dựng số 6 Nghệ An", "Công ty Xây lắp điện số 1 Hà Nội"), or ``k``."""
    e = k
    while (
        e < len(toks)
        and e < k + 4
        and toks[e].is_word
        and toks[e].is_cap
        and not toks[e].is_upper
        and toks[e].start - toks[e - 1].end <= 1
    ):
        e += 1
    gz = load_gazetteer()
    for f in range(e, k, -1):
        name = " ".join(t.text for t in toks[k:f])
        if gz.province(name) or gz.districts_named(name):
            return f
    return k


def _brand_after_trade(toks: list[Tok], j: int, k: int) -> bool:
    """A company's name read from ``toks[j]`` ends at ``toks[k]`` after its brand: a run of two or more capitalised
    syllables right before ``k`` that follows a lower-case word of its trade ("… Đầu tư hạ tầng Tiền Hải Phát", "… Xây dựng
    công trình Hoàng Long"); a lower-case word after the brand is the predicate's."""
    r = k - 1
    if r <= j or not (toks[r].is_word and toks[r].is_cap and not toks[r].is_upper):
        return False
    while r > j and toks[r - 1].is_word and toks[r - 1].is_cap and not toks[r - 1].is_upper:
        r -= 1
    # (one capitalised syllable opens a word the next goes on with: "Xi măng", "Khu vực II")
    return (
        k - r >= 2
        and r > j
        and toks[r - 1].is_word
        and not toks[r - 1].is_cap
        and not toks[r - 1].text.isdigit()
    )


_NAME_WORDS_UNTONED: dict[tuple[str, ...], tuple[str, ...]] = {
    tuple(strip_diacritics(w) for w in phrase_keys(n)): tuple(phrase_keys(n)) for n in NAME_WORDS if " " in n
}
_NAME_WORD_MAX = max(len(k) for k in _NAME_WORDS_UNTONED)


def _name_word_despite_tone_slip(toks: list[Tok], k: int) -> int:
    """Past a word of names (`NAME_WORDS`) that a capitalised syllable at ``toks[k]`` opens and a scan wrote with
    one later syllable's mark wrong ("Liên mỉnh" for "Liên minh", "Chương trinh"), or ``k``: the first syllable as
    spelt, the others lower-case, and only one slipped."""
    if not (toks[k].is_cap and not toks[k].is_upper):
        return k
    window = toks[k : k + _NAME_WORD_MAX]
    words_end = next(
        (n for n, t in enumerate(window) if not (t.is_word and (n == 0 or not t.is_cap))), len(window)
    )
    untoned = tuple(_untoned_key(t.key) for t in window[:words_end])
    for n in range(words_end, 1, -1):
        keys = _NAME_WORDS_UNTONED.get(untoned[:n])
        if keys is None or keys[0] != window[0].key:
            continue
        if sum(t.key != w for t, w in zip(window[:n], keys, strict=True)) == 1:
            return k + n
        return k
    return k


# the words of names a scan may slip a later syllable's mark in, inside a name already begun: the name lists' and the
# compounds' and fields' that hold a predicate's word (three syllables or more: one slipped mark in a shorter word
# could make another word)
_INNER_WORDS_UNTONED: dict[tuple[str, ...], tuple[str, ...]] = {
    tuple(strip_diacritics(w) for w in phrase_keys(n)): tuple(phrase_keys(n))
    for n in NAME_WORDS | NAME_COMPOUNDS | FIELDS_WRITTEN_IN_LOWER_CASE
    if len(phrase_keys(n)) >= 3
}
_INNER_WORD_MAX = max(len(k) for k in _INNER_WORDS_UNTONED)
# the first three syllables of each of those words, unmarked: a name none of whose runs of three opens one holds no slip
# to spell back, which most names show at once
_INNER_WORD_OPENINGS: frozenset[tuple[str, ...]] = frozenset(k[:3] for k in _INNER_WORDS_UNTONED)


def _name_word_slipped_inside(toks: list[Tok], j: int, k: int) -> int:
    """Past a word of names (`_INNER_WORDS_UNTONED`) begun inside the name (from ``toks[j]``, before ``toks[k]``) whose
    syllable at ``toks[k]``, the one that would end the name, a scan wrote with its mark wrong or lost ("Chi cục Thi
    hành án dân sư huyện": "thi hành án dân sự"), or ``k``: the word's other syllables as spelt, the ones after its
    first in lower case, and only that one slipped (`_name_word_despite_tone_slip` reads a slip right after the
    word's capitalised first syllable)."""
    found = _inner_slip(toks, j, k)
    return found[0] if found is not None else k


def _inner_slip(toks: list[Tok], j: int, k: int) -> tuple[int, str] | None:
    """The end of the word `_name_word_slipped_inside` reads past and the slipped syllable's own spelling, or None."""
    if not (toks[k].is_word and not toks[k].is_cap and not toks[k].is_upper):
        return None
    for s in range(max(j, k - _INNER_WORD_MAX + 1), k):
        if tuple(_untoned_key(t.key) for t in toks[s : s + 3]) not in _INNER_WORD_OPENINGS:
            continue  # no word of three syllables or more opens here
        window = toks[s : s + _INNER_WORD_MAX]
        words_end = next(
            (n for n, t in enumerate(window) if not (t.is_word and (n == 0 or not t.is_cap))), len(window)
        )
        if words_end <= k - s:
            continue
        untoned = tuple(_untoned_key(t.key) for t in window[:words_end])
        for n in range(words_end, k - s, -1):
            keys = _INNER_WORDS_UNTONED.get(untoned[:n])
            if keys is None:
                continue
            slips = [m for m, (t, w) in enumerate(zip(window[:n], keys, strict=True)) if t.key != w]
            if slips == [k - s]:
                return s + n, keys[k - s]
    return None


def _inner_marks_restored(name_toks: list[Tok]) -> list[Tok]:
    """``name_toks`` with each syllable `_inner_slip` finds slipped spelt back ("… Thi hành án dân sư" → "sự")."""
    out = list(name_toks)
    untoned = [_untoned_key(t.key) for t in name_toks]
    if not any(tuple(untoned[s : s + 3]) in _INNER_WORD_OPENINGS for s in range(len(untoned) - 2)):
        return out
    for k in range(1, len(name_toks)):
        if (found := _inner_slip(name_toks, 0, k)) is not None:
            t = name_toks[k]
            out[k] = Tok(_as_written(found[1], t.text), t.start, t.end, found[1])
    return out


def _slips_spelt_back(surface: str, span_toks: list[Tok]) -> str:
    """``surface``, the text of ``span_toks``, with the syllables `_inner_marks_restored` spells back put in place: a
    collective has no name of its own but its words ("Các Chi cục Thi hành án dân sư huyện" → "… dân sự huyện")."""
    if len(span_toks) < 3:
        return surface
    base = span_toks[0].start
    for t, r in reversed(list(zip(span_toks, _inner_marks_restored(span_toks), strict=True))):
        if r.text != t.text and surface[t.start - base : t.end - base] == t.text:
            surface = surface[: t.start - base] + r.text + surface[t.end - base :]
    return surface


def _honorific_before_name(toks: list[Tok], k: int) -> bool:
    """Whether a form of address opens at ``toks[k]`` before a capitalised name ("đồng chí Nguyễn Thị Lan",
    "đ/c Hương"): a person follows, not a name's next field."""
    if k >= len(toks) or toks[k].key not in HONORIFIC_TABLE.starts:
        return False
    m = HONORIFIC_TABLE.match(toks, k)
    return m is not None and m[0] < len(toks) and toks[m[0]].is_word and toks[m[0]].is_cap


def _lower_word_end(toks: list[Tok], k: int, syllables: frozenset[str]) -> int:
    """Past a word of names written in lower case at ``toks[k]`` that a name goes on with, or ``k``: a word the
    name lists know (`NAME_WORDS`) whose first syllable is one of the name's ("gia đình"), or a word of the kinds
    bodies are (`LOWER_CASE_KIND_WORDS`: "đa khoa", "liên ngành"); one that ends in "về" ("liên ngành về") only
    when the field it names follows, a name's syllable or an abbreviation ("… về an toàn thực phẩm", "… về ATTP")."""
    key = toks[k].key
    if k > 1 and toks[k - 1].is_cap and _ends_a_place_name(toks, k - 1):
        return k  # "Xí nghiệp Cấp nước Trà Cú quan trắc …": the place closed the name, the verb follows
    if key in syllables and key in WORDS_IN_NAMES.starts and (w := WORDS_IN_NAMES.match(toks, k)) is not None:
        return w[0]
    if key in FIELD_NOUNS.starts and (fn := FIELD_NOUNS.match(toks, k)) is not None:
        return fn[0]  # "Ban Quản lý di tích …", "… bảo tồn di sản văn hóa": a field's noun
    if key not in KIND_WORDS.starts or (kw := KIND_WORDS.match(toks, k)) is None:
        return k
    e = kw[0]
    if toks[e - 1].key in _FIELD_OPENERS and not _field_follows(toks, e, syllables):
        return e - 1  # "Ban Chỉ đạo liên ngành về việc …": the preposition is the predicate's
    return e


#: the marks that close a body's name written before them ("Ban Quản lý dự án Hạ tầng Tả Ngạn;")
_CLOSING_MARKS = frozenset({",", ";", ".", ":", "(", ")"})


def _second_field_despite_verb(toks: list[Tok], k: int) -> int:
    """Past a second field after "và" at ``toks[k]`` that is a verb elsewhere ("xây dựng", "phát triển"), in a name
    written in sentence case ("Phòng Quản lý quy hoạch và xây dựng", "Phòng Quản lý đô thị và phát triển"), or
    ``k``: its words are all a name's, the field before "và" is in lower case too, and the name ends right after it
    (a closing mark, the predicate's verb or a locality keyword); a verb with its object after it ("… và xây dựng
    kế hoạch") is the sentence's."""
    before = toks[k - 2]
    if not (before.is_word and not before.is_cap and not before.is_upper) or not toks[k].is_word:
        return k
    key = toks[k].key
    m = STOPS.match(toks, k) if key in _STOP_STARTS else None
    if m is None and key in _STOP_VERB_STARTS:
        m = STOP_VERBS.match(toks, k)
    if m is None or m[0] <= k + 1 or not all(t.key in _NAME_SYLL for t in toks[k : m[0]]):
        return k
    e = m[0]
    if e >= len(toks) or toks[e].text in _CLOSING_MARKS:
        return e
    nxt = toks[e]
    if not nxt.is_word or nxt.is_cap or nxt.is_upper:
        return k
    if (
        (nxt.key in _STOP_STARTS and STOPS.match(toks, e))
        or (nxt.key in _STOP_VERB_STARTS and STOP_VERBS.match(toks, e))
        or (nxt.key in _LOCALITY_STARTS and LOCALITIES.match(toks, e))
    ):
        return e
    return k


def _field_follows(toks: list[Tok], k: int, syllables: frozenset[str]) -> bool:
    """A field a name is of at ``toks[k]``: a name's syllable or an abbreviation ("an toàn thực phẩm", "ATTP")."""
    return k < len(toks) and toks[k].is_word and (toks[k].is_upper or toks[k].key in syllables)


# syllables of one field in a listed name ("Đầu tư", "Thông tin", "Thể dục thể thao")
_FIELD_SYLLABLES_MAX = 4


def _field_list_end(toks: list[Tok], j: int, k: int, text: str) -> int:
    """The "và" that closes a comma list of capitalised fields from the comma at ``toks[k]`` ("… Đầu tư, Thương
    mại và Du lịch"), when another capitalised field follows it that opens no body, or ``k``."""
    if k <= j or not toks[j].is_cap or toks[j].is_upper:
        return k
    p = k
    while p + 1 < len(toks) and toks[p].text == ",":
        f = p + 1
        t = toks[f]
        # (a PDF's line may wrap after the comma, "Chi cục Biển,⏎Hải đảo và Thủy sản"; a blank line ends the name)
        if not (t.is_word and t.is_cap and not t.is_upper) or _BLANK_LINE.search(text, toks[p].end, t.start):
            return k
        if (t.key in _HEAD_STARTS and _opens_a_body(toks, f)) or (
            t.key in _LOCALITY_STARTS and LOCALITIES.match(toks, f)
        ):
            return k  # "Trung tâm Y tế, Phòng Y tế và …": a list of bodies
        q = f + 1
        while (
            q < len(toks)
            and q < f + _FIELD_SYLLABLES_MAX
            and toks[q].is_word
            and not toks[q].is_cap
            and not toks[q].is_upper
            and toks[q].key != "và"
            and not (toks[q].key in _STOP_STARTS and STOPS.match(toks, q))
            and not (toks[q].key in _STOP_VERB_STARTS and STOP_VERBS.match(toks, q))
        ):
            q += 1
        if q + 1 < len(toks) and toks[q].key == "và":
            n = toks[q + 1]
            if (
                n.is_word
                and n.is_cap
                and not n.is_upper
                and not (n.key in _HEAD_STARTS and _opens_a_body(toks, q + 1))
            ):
                return q
            return k
        p = q
    return k


def _field_word_at(toks: list[Tok], k: int) -> int:
    """Past a lower-case word of names at ``toks[k]`` (`NAME_WORDS`: "phương tiện", "người lái") that is no verb
    or preposition a predicate opens with, or 0."""
    if k >= len(toks) or not toks[k].is_word or toks[k].is_cap or toks[k].is_upper:
        return 0
    if toks[k].key in FIELD_NOUNS.starts and (fn := FIELD_NOUNS.match(toks, k)) is not None:
        return fn[0]  # "Ban Quản lý di tích và danh thắng tỉnh": a second field's noun
    w = WORDS_IN_NAMES.match(toks, k)
    if w is None or w[0] <= k + 1:
        return 0
    if (toks[k].key in _STOP_STARTS and STOPS.match(toks, k)) or (
        toks[k].key in _STOP_VERB_STARTS and STOP_VERBS.match(toks, k)
    ):
        return 0
    return w[0]


def _lower_after_committee(toks: list[Tok], k: int) -> bool:
    """Whether ``toks[k]`` is a lower-case word after a committee named by its level ("Tỉnh ủy", "Huyện ủy"),
    which is named whole: the word is no part of it (a place is: "Huyện ủy huyện Hàm Yên")."""
    return (
        2 <= k < len(toks)
        and toks[k].is_word
        and not (toks[k].is_cap or toks[k].is_upper or toks[k].text.isdigit())
        and " ".join(x.key for x in toks[k - 2 : k]) in _LEVEL_COMMITTEES
        and not (toks[k].key in _LOCALITY_STARTS and LOCALITIES.match(toks, k))
    )


def _two_fields(toks: list[Tok], j: int, k: int, kind: str) -> bool:
    """Whether the comma at ``toks[k]`` joins a unit's two fields ("Phòng Thanh tra, Pháp chế"): the name so far
    is one field, capitalised, and a capitalised field follows that ends the name (not a list of units)."""
    if kind not in UNIT_KINDS_NAMED_BY_FIELDS or k <= j or k + 1 >= len(toks):
        return False
    if not toks[j].is_cap or toks[j].is_upper or not toks[k + 1].is_cap or toks[k + 1].is_upper:
        return False
    first = UNIT_FIELDS.match(toks, j)
    if first is None or first[0] != k:
        return False
    second = UNIT_FIELDS.match(toks, k + 1)
    if second is None:
        return False
    e = second[0]
    if e < len(toks) and toks[e].is_word and (toks[e].is_cap or toks[e].is_upper or toks[e].key == "và"):
        return False  # "… Tài chính, Kế hoạch và Đầu tư", "… Tổ chức, Hành chính Sở": more than two fields
    return not (e + 1 < len(toks) and toks[e].text == "," and toks[e + 1].is_cap)  # "A, B, C": a list


_LINE_OPENING = re.compile(
    r"[\s#>*_•·+\-–—]*(?:(?:[IVXLC]+|[a-zđ]|\d{1,2}(?:\.\d{1,2})*)[.)/:]?[\s*_]*)?(?:đối với)?[\s*_]*",
    re.IGNORECASE,
)
_NUMBERED_OPENING = re.compile(
    r"(?:^|\s)(?:[IVXLC]+|[a-zđ]|\d{1,2}(?:\.\d{1,2})*)[.)/:]|#|đối với", re.IGNORECASE
)
_TAIL_MAX = 4  # lower-case syllables a bounded name may end with past the words the name lists know


def _bounded_tail(toks: list[Tok], i: int, k: int, text: str) -> int:
    """Past the lower-case words that end a body's name where the text bounds it, or ``k``.

    The lists of name words cannot hold every sector's ("Phòng Kiểm soát thuốc lá", "Trung tâm Giám định tư
    pháp"); a name is known to end where the writing ends it: a body that opens a line and fills it up to the
    line's end or a colon (a unit heading: "2.1. Phòng Kiểm định xe cơ giới", "**Phòng Cấp phép:**"), or a body
    that follows a post title and runs to a comma, semicolon, bracket or the line's end ("Phó Trưởng phòng Chỉ dẫn
    địa lý, Cục Sở hữu trí tuệ"). Up to four lower-case syllables are taken, none a verb, preposition or locality
    keyword; a sentence that goes on ("… thực hiện …") is never a bounded name.
    """
    if k >= len(toks) or k <= i:
        return k
    if (pe := _unit_before_parent_end(toks, i, k, text)) > k:
        return pe
    e = k
    while e < len(toks) and e < k + _TAIL_MAX:
        t = toks[e]
        if not (t.is_word and not t.is_cap and not t.is_upper and t.text.isalpha()):
            break
        if "\n" in text[toks[e - 1].end : t.start]:
            break
        if (sv := _trade_word_before_a_known_place(toks, e)) > e:
            return sv  # "Công ty Cổ phần Thương nghiệp tổng hợp Đồng Tháp": a known place closes it
        if (
            (t.key in _STOP_STARTS and STOPS.match(toks, e))
            or (t.key in _STOP_VERB_STARTS and STOP_VERBS.match(toks, e))
            or (t.key in _LOCALITY_STARTS and LOCALITIES.match(toks, e))
            or t.key in _NAME_TAIL_STOPS
        ):
            return k
        e += 1
    if e == k:
        return k
    after = text[toks[e - 1].end : toks[e].start if e < len(toks) else len(text)]
    line_end = e == len(toks) and not text[toks[e - 1].end :].strip(" \t*_") or "\n" in after
    nxt = toks[e].text if e < len(toks) else ""
    line_start = text.rfind("\n", 0, toks[i].start) + 1
    opening = text[line_start : toks[i].start]
    # the name stopped right after a capitalised syllable, which opens a word the next syllables end ("Phòng Chỉ
    # dẫn địa lý", "Khoa Ung bướu"); after a lower-case one ("Sở Y tế nhấn mạnh") the name was whole
    # (a lone capitalised syllable: the last of a run is a proper name's, "Đồn Biên phòng Cửa Việt tuần tra")
    mid_word = (
        toks[k - 1].is_cap
        and not toks[k - 1].is_upper
        and not (
            k - 2 > i and toks[k - 2].is_word and toks[k - 2].is_cap and toks[k - 2].end < toks[k - 1].start
        )
    )
    ok = False
    if (
        _LINE_OPENING.fullmatch(opening)
        and (mid_word or _NUMBERED_OPENING.search(opening))
        and not _proper_name_closes(toks, i, k)
    ):
        # a unit heading: the body and nothing else on its line, or before a colon
        ok = line_end or (nxt == ":" and "\n" not in after)
    if not ok and mid_word and _after_title(toks, i):
        # after a post title, also when a hard-wrapped line ("… - Trưởng⏎phòng Kế hoạch - Tài chinh;") puts the
        # body at a line's start
        ok = (
            line_end
            or nxt in (";", ")")
            or (nxt == "," and e + 1 < len(toks) and (HEADS.match(toks, e + 1) is not None))
            or (nxt in ("-", "–") and e + 1 < len(toks) and TITLE_TABLE.match(toks, e + 1) is not None)
        )
    return e if ok else k


def _proper_name_closes(toks: list[Tok], i: int, k: int) -> bool:
    """The name read from ``toks[i]`` to ``toks[k]`` ends in a proper name after its words in lower case: a place the
    gazetteer knows, or two capitalised syllables after a lower-case one ("3. Công ty TNHH MTV Khai thác công trình
    thủy lợi Xuân Thủy nạo vét …"). The name is closed there; lower-case words after it are the task's."""
    if k - 3 <= i:
        return False
    last, prev, before = toks[k - 1], toks[k - 2], toks[k - 3]
    if not (last.is_word and last.is_cap and not last.is_upper and prev.is_word and prev.is_cap):
        return False
    return _ends_a_place_name(toks, k - 1) or (
        not prev.is_upper and before.is_word and not before.is_cap and not before.is_upper
    )


_UNIT_TAIL_MAX = 6  # lower-case syllables of a unit's field between a post title and the unit's parent
_NOT_IN_UNIT_TAILS = _NAME_TAIL_STOPS | _PLACE_PREPOSITIONS


def _unit_before_parent_end(toks: list[Tok], i: int, k: int, text: str) -> int:
    """Past the lower-case words that end a unit's name written after a post title and before its parent body,
    or ``k``: "Phó Trưởng phòng Quản lý hoạt động xây dựng,⏎Sở Xây dựng;", "Trưởng phòng Kiểm soát thủ tục hành
    chính, Văn phòng UBND tỉnh". The comma and the parent's head bound the name, so its words may be ones that
    elsewhere open a predicate ("xây dựng", "kiểm soát"); no preposition, conjunction or locality keyword."""
    if toks[i].key not in _UNIT_HEAD_KEYS or not _after_title(toks, i):
        return k
    e = k
    while e < len(toks) and e < k + _UNIT_TAIL_MAX:
        t = toks[e]
        if not (t.is_word and not t.is_cap and not t.is_upper and t.text.isalpha()):
            break
        if (
            "\n" in text[toks[e - 1].end : t.start]
            or t.key in _NOT_IN_UNIT_TAILS
            or (t.key in _LOCALITY_STARTS and LOCALITIES.match(toks, e))
        ):
            return k
        e += 1
    if e == k or e + 1 >= len(toks) or toks[e].text != "," or "\n" in text[toks[e - 1].end : toks[e].start]:
        return k
    nxt = toks[e + 1]
    if not ((nxt.is_cap or nxt.is_upper) and nxt.key in _HEAD_STARTS and _opens_a_body(toks, e + 1)):
        return k
    return e


_TRADE_RUN_MAX = 6  # lower-case words of a trade between a body's head and its place


def _trade_and_place_end(toks: list[Tok], k: int, text: str) -> int:
    """Past the trade and the place that end the name of a body named by both (`NAMED_BY_TRADE_AND_PLACE`),
    or ``k``: lower-case words from ``toks[k]`` (a trade, or what the body manages: "sản xuất muối", "cảng
    cá"), then a capitalised place of up to four syllables ("Tri Hải", "Lạch Bạng") or "số" and a number.

    The trade's words are not listed (they are every product and service); none may be a preposition, a verb
    that opens a predicate (`NAME_STOP_PHRASES`, `NAME_STOP_VERBS`, save the trades `TRADE_VERBS_IN_NAMES`) or a
    locality keyword, and the place is no person ("HTX vận động xã viên", "Trạm Y tế xã A", "… chủ nhiệm Nguyễn
    Văn A" keep their name as it was)."""
    e = k
    trade_verb = False
    listed = 0  # words of listed trades and compounds, which do not count to the run's bound
    while e < len(toks) and e < k + _TRADE_RUN_MAX + listed:
        t = toks[e]
        if not (t.is_word and not t.is_cap and not t.is_upper and t.text.isalpha()):
            break
        if _BLANK_LINE.search(text, toks[e - 1].end, t.start) or "\t" in text[toks[e - 1].end : t.start]:
            return k
        if t.key == "số" and e > k and e + 1 < len(toks) and toks[e + 1].text.isdigit():
            break  # "Cửa hàng xăng dầu số 5": the number closes the name
        if (tv := TRADE_VERBS.match(toks, e)) is not None:
            listed += tv[0] - e
            e, trade_verb = tv[0], True
            continue
        if t.key in _COMPOUND_STARTS and (cm := COMPOUNDS.match(toks, e)) is not None:
            # a compound of the trade that holds a predicate's word ("… khai thác các công trình thủy lợi": "trình"
            # alone is a verb, "công trình" the works)
            listed += cm[0] - e
            e = cm[0]
            continue
        if (
            trade_verb
            and t.key in _LOCALITY_STARTS
            and LOCALITIES.match(toks, e)
            and not _village_word(toks, e, text)
        ):
            return (
                e  # "Ban Quản lý xây dựng nông thôn mới xã": the locality keyword closes it, and is read next
            )
        if (sv := _trade_word_before_a_known_place(toks, e)) > e:
            return sv  # "Công ty Cổ phần Thương nghiệp tổng hợp Đồng Tháp": a known place closes it
        if (
            (t.key in _STOP_STARTS and STOPS.match(toks, e))
            or (t.key in _STOP_VERB_STARTS and STOP_VERBS.match(toks, e))
            or (t.key in _LOCALITY_STARTS and LOCALITIES.match(toks, e))
            or t.key in _NAME_TAIL_STOPS
            or (t.key in _TITLE_STARTS and TITLE_TABLE.match(toks, e))
        ):
            return k
        e += 1
    if e == k or e >= len(toks) or "\t" in text[toks[e - 1].end : toks[e].start]:
        return k
    if _BLANK_LINE.search(text, toks[e - 1].end, toks[e].start):
        return k
    t = toks[e]
    if t.key == "số" and e + 1 < len(toks) and toks[e + 1].text.isdigit() and len(toks[e + 1].text) <= 3:
        return _company_place_end(toks, e + 2)  # "Cửa hàng xăng dầu số 5", "Công ty Xây lắp điện số 1 Hà Nội"
    if not (t.is_word and t.is_cap and not t.is_upper and t.text.isalpha()):
        return k
    if (t.key in _HEAD_STARTS and HEADS.match(toks, e)) or (
        t.key in _TITLE_STARTS and TITLE_TABLE.match(toks, e)
    ):
        return k  # "… HTX phối hợp Phòng Kinh tế", a post: another body or a person's title, not a place
    if _person_starts(toks, e, shortest=3) and _has_middle_name(toks, e):
        return k  # "… xã viên Nguyễn Văn Ba": a person
    f = e
    while f < len(toks) and f < e + 4 and toks[f].is_word and toks[f].is_cap and not toks[f].is_upper:
        # a PDF's or a scan's line wraps inside the place: "Ban Quản lý cảng cá Khánh⏎Hòa" (a known province)
        if f > e and "\n" in text[toks[f - 1].end : toks[f].start] and not _place_wraps(toks[e:f], toks, f):
            break
        f += 1
    return f


def _trade_word_before_a_known_place(toks: list[Tok], e: int) -> int:
    """Past a word of a trade at ``toks[e]`` that is a verb elsewhere ("tổng hợp", "dịch vụ") and the known
    province or district written right after it, or ``e``: "Công ty Thương nghiệp tổng hợp Đồng Tháp", "HTX Dịch
    vụ tổng hợp Tân Phú". A verb opens its object, never a province's name, so the place closes the name."""
    m = STOP_VERBS.match(toks, e) if toks[e].key in _STOP_VERB_STARTS else None
    if m is None:
        return e
    after = m[0]
    if after >= len(toks) or not (toks[after].is_cap and not toks[after].is_upper):
        return e
    if toks[after].start - toks[after - 1].end > 1:
        return e
    end = _company_place_end(toks, after)
    return end if end > after else e


def _zone_number_and_place_end(toks: list[Tok], k: int, text: str) -> int:
    """Past the zone's number at ``toks[k]`` and the place written after it with a dash, on the same line ("2 -
    Sơn Dương", "1 - Biên Hòa": up to four capitalised syllables, no title, body or person), or past the number
    alone; ``k`` when no number of one or two digits follows (`NUMBERED_ZONE_NAMES`)."""
    if not (k < len(toks) and toks[k].text.isdigit() and len(toks[k].text) <= 2):
        return k
    e = k + 1
    if not (
        e + 1 < len(toks) and toks[e].text in ("-", "–") and "\n" not in text[toks[k].end : toks[e + 1].start]
    ):
        return e
    f = e + 1
    while f < len(toks) and f < e + 5 and toks[f].is_word and toks[f].is_cap and not toks[f].is_upper:
        if (toks[f].key in _HEAD_STARTS and HEADS.match(toks, f)) or (
            toks[f].key in _TITLE_STARTS and TITLE_TABLE.match(toks, f)
        ):
            break
        if f > e + 1 and "\n" in text[toks[f - 1].end : toks[f].start]:
            break
        f += 1
    return f if f > e + 1 and not _person_starts(toks, e + 1, shortest=3) else e


def _after_title(toks: list[Tok], i: int) -> bool:
    """A post title ends right before ``toks[i]`` ("Phó Trưởng phòng" + "Chỉ dẫn …", "Giám đốc" + "Trung tâm …")."""
    for b in range(max(0, i - 6), i):
        if (
            toks[b].key in _TITLE_STARTS
            and (m := TITLE_TABLE.match(toks, b)) is not None
            and m[0] in (i, i + 1)
        ):
            return True
    return False


def _role_after_dash(toks: list[Tok], k: int) -> bool:
    """A post title at ``toks[k]``, after a dash that ends a body's name: a council member's role ("- Ủy viên",
    "- Chủ tịch Hội đồng", "- Thư ký"), unless the title is also a word units are named by ("Phòng Tài chính -
    Kế toán", "Phòng Tổ chức - Cán bộ")."""
    if k < len(toks) and toks[k].key in ROLES_AFTER.starts and ROLES_AFTER.match(toks, k) is not None:
        return True  # "- Thành viên": a member of the team the list is of
    if k >= len(toks) or toks[k].key not in _TITLE_STARTS:
        return False
    m = TITLE_TABLE.match(toks, k)
    return m is not None and str(m[1]) not in TITLES_IN_UNIT_NAMES


def _scan_locality(
    toks: list[Tok], k: int, text: str, bare_ok: bool = False
) -> tuple[str, str | None, int] | None:
    """ "huyện Long Hồ" / "tỉnh" / "TP. Cần Thơ" / "Tx Bình Minh" at toks[k]."""
    m = LOCALITIES.match(toks, k) or _untoned_locality(toks, k)
    if not m or _village_word(toks, k, text):
        return None
    if k >= 2 and toks[k - 1].key == _HOA and toks[k - 2].key == "cộng":
        # "CỘNG HÒA XÃ HỘI …", the motto (its "HỘI" misread by a scan: "XÃ HỘl"), holds no commune
        return None
    j, lt = m
    lt = str(lt)
    names: list[Tok] = []
    start_j = j
    while j < len(toks) and j < k + 6 and toks[j].is_word and toks[j].is_cap:
        if "\t" in text[toks[j - 1].end : toks[j].start]:
            break  # a table's cell boundary ("… xã Lịch Hội Thượng⇥⇥Vắng")
        if names and (
            (toks[j].is_upper != names[0].is_upper and len(toks[j].text) > 1 and len(names[0].text) > 1)
            or (
                len(names) >= 2
                and "\n" in text[toks[j - 1].end : toks[j].start]
                and not _place_wraps(names, toks, j)
            )
        ):
            break  # a header's "XÃ CAO DƯƠNG⏎Số: …", "xã Cao Dương⏎Email": the name ended with its line
        if not names and toks[j].key in NOT_PLACE_STARTS.starts and NOT_PLACE_STARTS.match(toks, j):
            break  # "BCĐ 389 huyện Thông báo kết luận số …": a document, not a place
        if (toks[j].key in _TITLE_STARTS and TITLE_TABLE.match(toks, j)) or (
            # communes and wards are often named after people ("thị trấn Ngô Mây", "phường Lê Lợi"): after
            # their keyword only a name of three syllables or more is taken for the person of a post
            not names
            and _person_starts(toks, j, 3 if fold(lt) in _COMMUNE_KINDS else 2)
            # (a commune named with a family name's syllable: "thị trấn Phan Rí Cửa", not "… Nguyễn Văn Hai")
            and (fold(lt) not in _COMMUNE_KINDS or _has_middle_name(toks, j))
            and not (
                fold(lt) in _COMMUNE_KINDS and (_ward_then_person(toks, j) or _ward_named_whole(toks, j))
            )
        ):
            break
        names.append(toks[j])
        j += 1
    # the longest run the gazetteer knows is the place ("tỉnh Thanh Hoá Nguyễn Văn Thuỷ", "thành phố Hội An"); a
    # commune's or ward's name may hold a head's syllable ("phường Bách Khoa", "xã Tân Hội")
    gz = load_gazetteer()
    commune = fold(lt) in _COMMUNE_KINDS
    known = next(
        (
            n
            for n in range(len(names), 0, -1)
            if gz.province(" ".join(t.text for t in names[:n]))
            or gz.districts_named(" ".join(t.text for t in names[:n]))
            or (commune and n > 1 and gz.is_ward(" ".join(t.text for t in names[:n])))
        ),
        0,
    )
    if known:
        names = names[:known]
    else:
        cut = next(
            (n for n, _ in enumerate(names) if _head_ends_place_name(toks, start_j, n, len(names))),
            len(names),
        )
        names = names[:cut]
    j = start_j + len(names)
    if known and j + 1 < len(toks) and toks[j].text in ("-", "–") and toks[j + 1].is_cap:
        # a province whose name holds a dash: "tỉnh Bà Rịa - Vũng Tàu" (its first half is no place)
        for e in range(j + 2, min(j + 4, len(toks)) + 1):
            if not toks[e - 1].is_cap:
                break
            if gz.province(join(text, toks[start_j:e])):
                names, j = toks[start_j:e], e
                break
    if commune and names and j + 1 < len(toks) and toks[j].text in ("-", "–") and toks[j + 1].is_cap:
        # a ward of 2025 named with its old city after a dash: "phường Xuân Hương - Đà Lạt", "phường Lâm Viên -
        # Đà Lạt" (the gazetteer knows the whole name)
        if (we := _ward_end(toks, start_j, j + 1)) is not None:
            return lt, join(text, toks[start_j:we]), we
    if not names and lt in _NUMBERED_PLACE_TYPES and j < len(toks) and _PLACE_NUMBER.fullmatch(toks[j].text):
        if commune:
            # a ward of 2025 numbered before its old city's name: "phường 1 Bảo Lộc", "Phường 2 Bảo Lộc"
            if (we := _ward_end(toks, j, j + 1)) is not None:
                return lt, join(text, toks[j:we]), we
        # "Quận 1", "Phường 12": districts and wards numbered, not named ("Quận 3." ends a sentence)
        return lt, toks[j].text.rstrip("."), j + 1
    if (not_names := _NAMED_ONLY_NOT.get(lt)) is not None and (
        not names
        or names[0].key in not_names
        or (start_j + 1 < len(toks) and f"{toks[start_j].key} {toks[start_j + 1].key}" in not_names)
    ):
        return None  # "bản sao", "bản Kế hoạch": a copy, a document; "bản Lở Thàng" is a village
    if names:
        name = " ".join(t.text for t in names)
        if (
            commune
            and j < len(toks)
            and _PLACE_NUMBER.fullmatch(num := toks[j].text)
            and toks[j].start - toks[j - 1].end <= 1
        ):
            # a commune or ward numbered after its name since 2025 ("phường Hà Giang 1", "xã Sơn Kim 2"): the
            # gazetteer knows it, or the number ends the mention ("phường Tân Lập 3;"), no count of things
            nxt = toks[j + 1].text if j + 1 < len(toks) else ""
            numbered = f"{name} {num.rstrip('.')}"
            if gz.is_ward(numbered) or (
                not num.endswith(".") and nxt in ("", ",", ";", ")", ":") and "\n" not in name
            ):
                return lt, numbered, j + 1
        return lt, name, j
    if toks[k].is_upper and len(toks[k].text) <= 3 and not bare_ok:
        return None  # "TP" alone is not a locality
    return lt, None, j


def _ward_then_person(toks: list[Tok], j: int) -> bool:
    """A commune or ward named after a person at ``toks[j]``, then the official's own name: "Chủ tịch UBND phường
    Trần Phú Tạ Quang Vinh" (the gazetteer knows the ward "Trần Phú"; a family name opens a name of three syllables
    or more right after it)."""
    gz = load_gazetteer()
    for n in (4, 3, 2):
        e = j + n
        if e + 2 >= len(toks) or not all(t.is_word and t.is_cap and t.text.isalpha() for t in toks[j:e]):
            continue
        if _person_starts(toks, e, 3) and gz.is_ward(" ".join(t.text for t in toks[j:e])):
            return True
    return False


def _capitalised_run(toks: list[Tok], k: int) -> int:
    """How many capitalised words (not in capitals) run from ``toks[k]``: a name's syllables."""
    e = k
    while (
        e < len(toks)
        and toks[e].is_word
        and toks[e].is_cap
        and not toks[e].is_upper
        and toks[e].text.isalpha()
    ):
        e += 1
    return e - k


def _ward_named_whole(toks: list[Tok], j: int) -> bool:
    """A commune or ward named after a person at ``toks[j]`` that nothing capitalised follows: "UBND phường Phan
    Đình Phùng, UBND phường …", "xã Hoàng Văn Thụ tuyên truyền …" (the gazetteer knows the ward, and the name runs
    to a comma, a bracket or the sentence's next word: no official's name comes after the place)."""
    gz = load_gazetteer()
    for n in (4, 3):
        e = j + n
        if e > len(toks) or not all(t.is_word and t.is_cap and t.text.isalpha() for t in toks[j:e]):
            continue
        if (e == len(toks) or not (toks[e].is_word and toks[e].is_cap)) and gz.is_ward(
            " ".join(t.text for t in toks[j:e])
        ):
            return True
    return False


def _place_wraps(names: list[Tok], toks: list[Tok], j: int) -> bool:
    """A place's name goes on over a line break at ``toks[j]``: the syllables before it and one or two after it
    are a province or district the gazetteer knows ("Thành phố Hồ Chí⏎Minh" in a PDF's running text)."""
    head = " ".join(t.text for t in names)
    gz = load_gazetteer()
    for n in (1, 2):
        if j + n > len(toks) or not all(t.is_word and t.is_cap for t in toks[j : j + n]):
            return False
        cand = f"{head} {' '.join(t.text for t in toks[j : j + n])}"
        if gz.province(cand) or gz.districts_named(cand):
            return True
    return False


def _village_word(toks: list[Tok], k: int, text: str) -> bool:
    """A village keyword at ``toks[k]`` that is part of another word: "nông thôn", "NÔNG THÔN", "văn bản"; a
    keyword that is a common word too, capitalised after a word, is a syllable of a name ("xã Bản Lầu")."""
    if k <= 0 or toks[k].key not in _VILLAGE_KINDS:
        return False
    prev = toks[k - 1]
    if prev.key in _NOT_VILLAGES_AFTER or prev.key in _NOT_VILLAGES_AFTER_OF.get(toks[k].key, ()):
        return True
    if (
        prev.text in ("-", "–")
        and "\n" not in text[prev.end : toks[k].start]
        and any(
            toks[s].key == toks[k].key and "\n" not in text[toks[s].end : prev.start]
            for s in range(max(0, k - 5), k - 2)
        )
    ):
        return True  # "tuyến đường liên thôn 5 - thôn 7": the far end of a road, one village to another
    return (
        toks[k].key in _NAMED_ONLY_NOT
        and toks[k].is_cap
        and not toks[k].is_upper
        and prev.key not in _VILLAGE_CAP_AFTER
        and prev.text not in ("-", "+", "*", "•", "(")
        and "\n" not in text[prev.end : toks[k].start]  # a line it opens: "Bản Nà Khum: Lò Văn Ơn"
    )


_COLLECTIVE_OPENING = re.compile(r"(?i)^(?:" + longest_first(COLLECTIVE_OPENERS) + r")\s")
_PLACES_LISTED_LAST = re.compile(
    r"(?i)\s((?:"
    + longest_first(COLLECTIVE_OPENERS)
    + r")\s+(?:"
    + longest_first(_COUNTED_PLACE_KINDS)
    + r")\b.*)$"
)


def _places_of_collective(name: str) -> str:
    """What a collective is of, for a body of each ("UBND" when "các xã, phường" are addressed): the collective
    itself when its name opens with "các" ("các xã, phường", "các địa phương"); the places a body's collective
    lists ("UBND cùng cấp" under "Ban Thường trực Ủy ban MTTQ Việt Nam các xã, phường" is "UBND các xã,
    phường", not the board's); else ""."""
    if _COLLECTIVE_OPENING.match(name):
        return name
    m = _PLACES_LISTED_LAST.search(name)
    return m.group(1) if m is not None else ""


def _keyword_in_a_word(toks: list[Tok], k: int) -> bool:
    """A locality keyword at ``toks[k]``, in lower case, that the lower-case word after it makes another word:
    "xã hội" (society), "xã viên"."""
    t = toks[k]
    return (
        not t.is_cap
        and k + 1 < len(toks)
        and not toks[k + 1].is_cap
        and toks[k + 1].key in _NOT_PLACES_AFTER.get(t.key, ())
    )


def _untoned_locality(toks: list[Tok], k: int) -> tuple[int, str] | None:
    """A locality keyword that lost its tone marks, written in capitals before a capitalised name ("XA HÀM MỸ")."""
    if k >= len(toks) or toks[k].key not in UNTONED_LOCALITIES.starts:
        return None
    m = UNTONED_LOCALITIES.match(toks, k)
    if m is None or m[0] >= len(toks) or not (toks[m[0]].is_word and toks[m[0]].is_cap):
        return None
    if not all(t.is_upper for t in toks[k : m[0]]):
        # "Cục Hải quan tinh Quảng Ninh": in lower case only before a place the gazetteer knows of that kind
        if toks[k].key not in _UNTONED_LOWER or m[0] != k + 1:
            return None
        gz = load_gazetteer()
        run = []
        for t in toks[m[0] : m[0] + 4]:
            if not (t.is_word and t.is_cap):
                break
            run.append(t.text)
        if not any(
            (gz.province(c) if m[1] == "tỉnh" else gz.districts_named(c))
            for n in range(1, len(run) + 1)
            if (c := " ".join(run[:n]))
        ):
            return None
    return m[0], str(m[1])


def _head_ends_place_name(toks: list[Tok], start: int, n: int, length: int) -> bool:
    """A head at the ``n``-th syllable of a place's name ends it ("xã Tân Phú Hội Nông dân …"), unless it is a
    one-syllable head place names hold, between two syllables of the name ("xã Lịch Hội Thượng")."""
    m = HEADS.match(toks, start + n)
    if m is None:
        return False
    return not (0 < n and m[0] == start + n + 1 and toks[start + n].key in _HEADS_IN_PLACE_NAMES)


def _scan_shared(
    toks: list[Tok], i: int, j: int, name_end: int, text: str, head: str, kind: str
) -> AgencyMatch | None:
    """ "Phòng TN&MT các huyện, thị xã", "Sở NN&PTNT các tỉnh Nghệ An, Hà Tĩnh": one body per locality."""
    k = name_end + 1
    members: list[str] = []
    while k < len(toks):
        m = SHARED_OVER.match(toks, k)
        if m is None:
            break
        members.append(str(m[1]))
        k = m[0]
        if (
            k + 1 < len(toks)
            and (toks[k].text == "," or toks[k].key == "và")
            and SHARED_OVER.match(toks, k + 1)
        ):
            k += 1
            continue
        break
    if not members:
        return None
    # the places named after them, when the gazetteer knows each: "các tỉnh Nghệ An, Hà Tĩnh, Quảng Bình"
    gz = load_gazetteer()
    while k < len(toks):
        s = k + 1 if toks[k].text in (",", ":") or toks[k].key == "và" else k
        e = s
        while e < len(toks) and e < s + 4 and toks[e].is_word and toks[e].is_cap:
            e += 1
        cand = " ".join(t.text for t in toks[s:e])
        if e == s or not (gz.province(cand) or gz.districts_named(cand)):
            break
        k = e
    k = _region_named_end(toks, k)  # "các tỉnh Đông Nam Bộ": the region its members lie in
    name = expand_name(toks[j:name_end], text)
    return AgencyMatch(
        i,
        k,
        Span(toks[i].start, toks[k - 1].end),
        join(text, toks[i:k]),
        kind,
        f"{head} {name}",
        join(text, toks[name_end:k]),
        collective=True,
        members=members,
    )


def _region_named_end(toks: list[Tok], k: int) -> int:
    """Past a region named at ``toks[k]`` after the kinds of place of a collective ("Tây Nguyên", "Đông Nam
    Bộ", "vùng Đồng bằng sông Cửu Long", "miền Trung"; `REGION_NAMES`, `REGION_WORDS`), or ``k``."""
    if k >= len(toks) or not toks[k].is_word:
        return k
    rm = REGION_NAMED.match(toks, k)
    if rm is not None and any(t.is_cap or t.is_upper for t in toks[k : rm[0]]):
        return rm[0]
    return _region_end(toks, k) if toks[k].key in _REGION_STARTS else k


def _opens_a_level_body(toks: list[Tok], k: int) -> bool:
    """Whether the locality keyword at ``toks[k]`` opens a body named by its level, whose head is longer than the
    keyword ("Huyện đoàn", "Tỉnh ủy", "Thành đoàn"): "Hội Nông dân huyện và Huyện đoàn" names two bodies, not the
    kinds "huyện và huyện"."""
    head, place = HEADS.match(toks, k), LOCALITIES.match(toks, k)
    return head is not None and place is not None and head[0] > place[0]


def _locality_kinds_end(toks: list[Tok], j: int) -> int:
    """Past a list of kinds of locality without names ("huyện, thị xã, thành phố") at ``toks[j]``, or ``j``."""
    m = LOCALITIES.match(toks, j)
    if m is None:
        return j
    e = m[0]
    while (
        e + 1 < len(toks)
        and (toks[e].text == "," or toks[e].key == "và")
        and LOCALITIES.match(toks, e + 1)
        and not _opens_a_level_body(toks, e + 1)
    ):
        e = LOCALITIES.match(toks, e + 1)[0]  # type: ignore[index]
    if e < len(toks) and toks[e].is_word and toks[e].is_cap:
        return j  # "… huyện Tuy Phước": one named locality, not the kinds
    return e


def _lower_level_kinds(toks: list[Tok], j: int) -> bool:
    """Two or more kinds of district or commune listed with no name after a head ("UBND xã, phường, thị trấn", "Phòng
    Văn hóa - Thông tin huyện, thị xã"): the body of every place of those kinds, as with "các" before them. A
    province's keyword first is the province's own body ("UBND tỉnh, huyện" names two levels of it)."""
    m = LOCALITIES.match(toks, j)
    if (
        m is None
        or toks[j].is_upper
        or str(m[1]) not in _COMMUNE_KINDS | (_UPPER_DISTRICT_TYPES - {"thành phố"})
    ):
        return False
    e = _locality_kinds_end(toks, j)
    return e > m[0] and COLLECTIVES.match(toks, j) is not None


def _names_one_place(toks: list[Tok], k: int) -> bool:
    """A locality keyword at ``k`` followed by a name: "… các quận, huyện và thành phố Thủ Đức" ends the
    collective before it (the named city is a body of its own, not a kind in the list)."""
    m = SHARED_OVER.match(toks, k)
    return (
        m is not None
        and m[0] < len(toks)
        and toks[m[0]].is_word
        and toks[m[0]].is_cap
        and REGION_NAMED.match(toks, m[0]) is None  # "các tỉnh, thành phố Tây Nguyên": the region
    )


def _scan_collective(
    toks: list[Tok], i: int, text: str, head: tuple[int, str, str] | None, opener: bool = True
) -> AgencyMatch | None:
    """A collective from its opener ("các", "những") at ``i``, or from its first noun when ``opener`` is
    false: "UBND cấp xã" names every commune's people's committee as much as "UBND các xã" does."""
    j = i + 1 if opener else i
    members: list[str] = []
    while j < len(toks):
        start = j
        m = COLLECTIVES.match(toks, j)
        if m is not None and toks[j].is_cap and (hm := HEADS.match(toks, j)) is not None and hm[0] > m[0]:
            m = None  # "các Ban Quản lý rừng phòng hộ": the longer head, capitalised, not the group word "ban"
        if m is None:
            m2 = HEADS.match(toks, j) if _opens_a_body(toks, j) else None
            if m2 is None or " ".join(t.key for t in toks[j : m2[0]]) in _NEVER_BARE:
                # not a body ("các bệnh viện, báo cáo Bộ trưởng": "báo cáo" is the verb); "các cửa hàng xăng
                # dầu trên địa bàn" are the trade's premises, which a notice regulates, not bodies it names
                break
            end_, m2_kind = m2
            members.append(join(text, toks[j:end_]))
            # the name's words are those of its kind of body: "các Tổng công ty Điện lực" (a company's trade)
            named = _scan_name(
                toks, end_, text, _NAME_SYLL_OF_KIND.get(str(m2_kind), _NAME_SYLL), str(m2_kind)
            )
            # "Các Cục Quản lý thị trường tỉnh, thành phố": a named head after the opener ("các", or an earlier
            # member: ``start > i``) is followed by the kinds of place its members are of
            j = _locality_kinds_end(toks, named) if start > i and named > end_ else named
            if (
                j == end_
                and j + 1 < len(toks)
                and toks[j].key in ("các", "những")
                and COLLECTIVES.match(toks, j + 1)
            ):
                # "Các Sở, ngành, UBND các quận, huyện": the head's own list of places belongs to it
                inner = _scan_collective(toks, j, text, head=None)
                j = inner.end if inner is not None else j
        else:
            end_, noun = m
            members.append(str(noun))
            j = end_
            head_here = HEADS.match(toks, start)
            if head_here is not None and head_here[0] == end_ and _is_name_start(toks, end_):
                # "Các Trung tâm Y tế huyện, thị xã, thành phố": the kind of body, named
                j = _locality_kinds_end(toks, _scan_name(toks, end_, text))
                # "Các trường MN, TH, THCS": the kind qualified by a list of levels written short
                while (
                    j + 1 < len(toks)
                    and toks[j - 1].is_upper
                    and (toks[j].text == "," or toks[j].key == "và")
                    and toks[j + 1].is_upper
                    and len(toks[j + 1].text) <= 6
                    and not HEADS.match(toks, j + 1)
                    and not LOCALITIES.match(toks, j + 1)
                    and toks[j + 1].key not in _STANDALONE_BY_KEY
                ):
                    j += 2
        if (
            j < len(toks)
            and toks[j].text in (",", "/")
            and j + 1 < len(toks)
            and (COLLECTIVES.match(toks, j + 1) or _opens_a_body(toks, j + 1))
            and not _names_one_place(toks, j + 1)
        ):
            j += 1
            continue
        if (
            j < len(toks)
            and toks[j].key == "và"
            and j + 1 < len(toks)
            and COLLECTIVES.match(toks, j + 1)
            and not _names_one_place(toks, j + 1)
        ):
            j += 1
            continue
        break
    if not members:
        return None
    if fold(members[-1]) in _SHARED_OVER_KEYS:
        j = _region_named_end(toks, j)  # "UBND các tỉnh Tây Nguyên": the region its members lie in
    # "thuộc Sở", "trực thuộc", "liên quan", "có liên quan", "trong tỉnh", "khác"
    tail_phrases = (
        ("thuộc", "sở"),
        ("trực", "thuộc"),
        ("có", "liên", "quan"),
        ("liên", "quan"),
        ("khác",),
        ("thuộc", "sở", "khác"),
        ("trên", "địa", "bàn", "tỉnh"),
        ("của", "tỉnh"),
        ("trong", "tỉnh"),
        ("trực", "thuộc", "trung", "ương"),  # "UBND các tỉnh, thành phố trực thuộc trung ương"
        ("trực", "thuộc", "tw"),
    ) + _LEVEL_TAILS
    changed = True
    while changed:
        changed = False
        for ph in sorted(tail_phrases, key=len, reverse=True):
            n = len(ph)
            if tuple(t.key for t in toks[j : j + n]) == ph:
                j += n
                changed = True
                break
        # "các Phòng chuyên môn thuộc Sở KH&CN"
        if (
            j < len(toks)
            and toks[j - 1].key == "sở"
            and j < len(toks)
            and (toks[j].is_upper or "&" in toks[j].text)
        ):
            j += 1
    start_i = head[0] if head else i
    # "Các Chi cục Thi hành án dân sư …": a scan's slip spelt back
    surface = _slips_spelt_back(join(text, toks[start_i:j]), toks[start_i:j])
    return AgencyMatch(
        start_i,
        j,
        Span(toks[start_i].start, toks[j - 1].end),
        surface,
        head[2] if head else "collective",
        head[1] if head else "",
        join(text, toks[i:j]) if head else "",  # "các huyện, thị xã, thành phố" after the head
        collective=True,
        members=members,
    )


def find_agencies(text: str, toks: list[Tok], province: str | None = None) -> list[AgencyMatch]:
    """Every non-overlapping body mention in ``toks``, left to right.

    A locality list shares its keyword: "quận Ninh Kiều, Cái Răng" names two districts; the
    names after the first are taken only when the gazetteer knows them as districts. A short name the text
    gives a body in brackets ("Công ty Cổ phần Nước - Môi trường Bình Dương (Biwase)") is that body wherever
    else it stands (`_short_names`).
    """
    out = _scan(text, toks, province)
    forms = _short_names(text, province)
    if forms and toks:
        out = _with_short_names(text, toks, out, forms)
    if out and toks:
        out = _bounded_by_closed_names(text, toks, out, _closed_names(text, province))
    return out


def _scan(text: str, toks: list[Tok], province: str | None) -> list[AgencyMatch]:
    """`_find_agencies`; for the whole text's tokens (the notice reader's first look, and `_closed_names`'), the scan
    one of them already made, as copies (a caller may set a match's fields)."""
    if toks and not text[: toks[0].start].strip() and not text[toks[-1].end :].strip():
        whole = tokenize(text)
        if len(whole) == len(toks) and all(a is b for a, b in zip(whole, toks, strict=True)):
            return [replace(m) for m in _whole_text_scan(text, province)]
    return _find_agencies(text, toks, province)


@lru_cache(maxsize=4)  # a notice and its copies, as `_closed_names`
def _whole_text_scan(text: str, province: str | None) -> tuple[AgencyMatch, ...]:
    """`_find_agencies` over the whole of ``text``, its tokens as `tokenize` cuts them."""
    return tuple(_find_agencies(text, tokenize(text), province))


def whole_name_cut_by_column(
    m: AgencyMatch, toks: list[Tok], matches: list[AgencyMatch]
) -> AgencyMatch | None:
    """The body ``m`` opens when it is written in capitals and its line ends inside its name, as a signature's or a
    header's column breaks a long name at any syllable ("PHÓ GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI / (đã ký)  TRƯỜNG"): the
    one body of ``matches`` (the notice's) with the same head whose words go on from all of ``m``'s with a word in
    lower case, inside the name ("Sở Tài nguyên và Môi trường"), or None (none, or several; a capital after them
    is the name's place or another word: "Sở KH&CN Thanh Hóa")."""
    words = [t for t in toks[m.start : m.end] if t.is_word]
    if not words or not all(t.is_upper for t in words) or m.collective:
        return None
    keys = tuple(t.key for t in toks[m.start : m.end])
    found: dict[str, AgencyMatch] = {}
    for o in matches:
        if o.collective or fold(o.head) != fold(m.head):
            continue
        otoks = tokenize(o.surface)
        okeys = tuple(t.key for t in otoks)
        if (
            len(okeys) > len(keys)
            and okeys[: len(keys)] == keys
            and otoks[len(keys)].is_word
            and not otoks[len(keys)].is_cap
            and not otoks[len(keys)].is_upper
            and LOCALITIES.match(otoks, len(keys)) is None  # "SỞ Y TẾ" of "Sở Y tế tỉnh …": whole
        ):
            found.setdefault(match_key(f"{o.head} {o.name}"), o)
    if len(found) != 1:
        return None
    # the whole name, where the capitals were written
    return replace(next(iter(found.values())), start=m.start, end=m.end, span=m.span, surface=m.surface)


_PREDICATE_MAX = 2  # lower-case syllables a name may have run into past where the notice closes it elsewhere
_CLOSED_NAMES_TEXTS = 4  # texts whose closed names are kept (a notice and its copies)


@lru_cache(maxsize=_CLOSED_NAMES_TEXTS)
def _closed_names(text: str, province: str | None) -> frozenset[tuple[str, ...]]:
    """The keys of the bodies ``text`` names with their end marked: a comma, semicolon, stop, colon or bracket
    after them, or the line's end ("Ban Quản lý dự án Hạ tầng Tả Ngạn;", "…, Trung tâm Quan trắc tài nguyên và
    môi trường, thành viên"). Kept for the last few texts."""
    toks = tokenize(text)
    closed: set[tuple[str, ...]] = set()
    for m in _whole_text_scan(text, province):
        if m.collective or m.kind == "locality" or m.end - m.start < 3:
            continue
        nxt = toks[m.end] if m.end < len(toks) else None
        broken = nxt is not None and "\n" in text[toks[m.end - 1].end : nxt.start]
        if nxt is None or (nxt.text in _CLOSING_MARKS and not broken):
            closed.add(tuple(t.key for t in toks[m.start : m.end]))
        elif broken and not all(t.is_upper for t in toks[m.start : m.end] if t.is_word):
            # (a name in capitals is a header's or a signature's, whose column breaks a long name at any syllable:
            # "PHÓ GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI / (đã ký)  TRƯỜNG" closes no "Sở Tài nguyên và Môi")
            closed.add(tuple(t.key for t in toks[m.start : m.end]))
    return frozenset(closed)


def _bounded_by_closed_names(
    text: str, toks: list[Tok], out: list[AgencyMatch], closed: frozenset[tuple[str, ...]]
) -> list[AgencyMatch]:
    """``out`` with each body that ran on into one or two lower-case words past a name the notice closes elsewhere
    cut back to that name: the words are the sentence's verb ("7. Ban Quản lý dự án Hạ tầng Tả Ngạn chuyển đủ kinh
    phí …", "Trung tâm Quan trắc tài nguyên và môi trường phân tích mẫu"), since the lists of name words hold
    verbs of other names ("chuyển đổi số", "phân tích"). A longer form closed somewhere too is a name of its own."""
    if not closed:
        return out
    for idx, m in enumerate(out):
        if m.collective or m.locality is not None or m.locality_type is not None:
            continue
        keys = tuple(t.key for t in toks[m.start : m.end])
        if keys in closed:
            continue
        for n in range(1, _PREDICATE_MAX + 1):
            tail = toks[m.end - n : m.end]
            words = m.name.split()
            if (
                m.end - n - m.start >= 3
                and keys[:-n] in closed
                and all(t.is_word and not t.is_cap and not t.is_upper for t in tail)
                and len(words) > n
                and [fold(w) for w in words[-n:]] == [t.key for t in tail]
            ):
                end = m.end - n
                out[idx] = replace(
                    m,
                    end=end,
                    span=Span(m.span.start, toks[end - 1].end),
                    surface=join(text, toks[m.start : end]),
                    name=" ".join(words[:-n]),
                )
                break
    return out


_SHORT_CUES = PhraseTable((c, True) for c in SHORT_NAME_CUES)
# a bracket on one line whose words open with a capital, after a cue or not: a short name's candidate
_SHORT_BRACKET = re.compile(r"\(([^()\n]{1,60})\)")
_SHORT_NAMES_TEXTS = 4  # texts whose short names are kept (a notice and its copies)


@lru_cache(maxsize=4096)
def _vowel_groups(key: str) -> int:
    """How many runs of vowels a word's letters hold, diacritics aside ("biwase": 3, "nguyễn": 1); a Vietnamese
    syllable has one ("qu", "gi" open it with their vowel letter)."""
    bare = "".join(c for c in unicodedata.normalize("NFD", key) if not unicodedata.combining(c))
    if bare[:2] in ("qu", "gi") and len(bare) > 2:
        bare = bare[2:]
    return len(re.findall(r"[aeiouy]+", bare))


def _brand_word(t: Tok) -> bool:
    """A word no Vietnamese syllable is, as a body's short name is written: capitals ("CDC", "PC07"), letters and
    digits, or several syllables run together ("Biwase", "Sawaco", "Vinaconex")."""
    w = t.text
    if not (w[0].isupper() and w.replace("&", "").replace("-", "").isalnum()):
        return False
    if t.is_upper and len(w) >= 2:
        return True
    return any(c.isdigit() for c in w) or _vowel_groups(t.key) >= 2


@lru_cache(maxsize=_SHORT_NAMES_TEXTS)
def _short_names(text: str, province: str | None) -> dict[tuple[str, ...], tuple[AgencyMatch, int]]:
    """The short names ``text`` gives bodies in brackets right after their full names: the short name's keys ->
    (the full name's match, the offset of the bracket that gives it). Only a word no Vietnamese syllable is
    (`_brand_word`) and no body, place or abbreviation of its own opens one. Kept for the last few texts."""
    found: dict[tuple[str, ...], tuple[AgencyMatch, int]] = {}
    if "(" in text:
        for bm in _SHORT_BRACKET.finditer(text):
            inner = tokenize(text, bm.start(1), bm.end(1))
            c = _SHORT_CUES.match(inner, 0)
            short = inner[c[0] if c is not None else 0 :]
            if not (
                short
                and len(short) <= SHORT_NAME_MAX_TOKENS
                and _brand_word(short[0])
                and all(t.is_word and (t.is_cap or t.text.isdigit()) for t in short)
                and short[0].key not in _AGENCY_STARTS
                and short[0].key not in _ABBREV_BY_KEY
            ):
                continue
            keys = tuple(t.key for t in short)
            if keys in found or scan_agency(short, 0, text) is not None:
                continue
            line = text.rfind("\n", 0, bm.start()) + 1
            before = tokenize(text, line, bm.start())
            ms = _find_agencies(text, before, province) if before else []
            if ms and ms[-1].end == len(before) and not ms[-1].collective and ms[-1].kind != "locality":
                found[keys] = (ms[-1], short[0].start)
    return found


def _branch_after_short_name(toks: list[Tok], k: int, text: str) -> tuple[int, str] | None:
    """A body's branch written after its name and the short name in brackets ("(VCCI) chi nhánh Đà Nẵng"), or
    after the short name alone ("VCCI chi nhánh Cần Thơ"): the end of the place that closes it and the branch's
    words ("chi nhánh Đà Nẵng"); None when no branch word (`BRANCH_WORDS_AFTER_ABBREVIATION`) and capitalised
    place follow on the same line. A branch is a body of its own, not its parent."""
    b = k
    if (
        k + 2 < len(toks)
        and toks[k].text == "("
        and _brand_word(toks[k + 1])  # "(VCCI)", "(KoCham)"
        and toks[k + 2].text == ")"
    ):
        b = k + 3
    if not (b < len(toks) and (ba := BRANCH_AFTER_ABBREVIATION.match(toks, b)) is not None):
        return None
    e = ba[0]
    f = e
    while f < len(toks) and f < e + 4 and toks[f].is_word and toks[f].is_cap and not toks[f].is_upper:
        if "\n" in text[toks[f - 1].end : toks[f].start] or (
            toks[f].key in _HEAD_STARTS and HEADS.match(toks, f) is not None
        ):
            break
        f += 1
    if f == e or not load_gazetteer().province(place := join(text, toks[e:f])):
        # the place is a province or a centrally-run city ("chi nhánh Đà Nẵng", "chi nhánh Khánh Hòa")
        return None
    return f, f"{join(text, toks[b:e]).lower()} {place}"


def _with_short_names(
    text: str, toks: list[Tok], out: list[AgencyMatch], forms: dict[tuple[str, ...], tuple[AgencyMatch, int]]
) -> list[AgencyMatch]:
    """``out`` with each short name in ``forms`` that stands in ``toks`` outside the bodies found (and outside
    the bracket that gives it) read as its body."""
    firsts = {k[0] for k in forms}
    taken = [(m.start, m.end) for m in out]
    # a short name in brackets right after another body's name qualifies it ("Công an tỉnh (PC03)"): no body more
    ends = {m.end for m in out}
    added: list[AgencyMatch] = []
    for i in compress(count(), map(firsts.__contains__, map(_KEY, toks))):
        t = toks[i]
        for keys, (full, given_at) in forms.items():
            n = len(keys)
            if (
                keys[0] == t.key
                and t.start != given_at
                and tuple(x.key for x in toks[i : i + n]) == keys
                and not any(a < i + n and i < b for a, b in taken)
                and not (i > 0 and toks[i - 1].text == "(" and i - 1 in ends)
            ):
                end, name = i + n, full.name
                if (branch := _branch_after_short_name(toks, i + n, text)) is not None:
                    # "VCCI chi nhánh Đà Nẵng": the branch of the body the short name stands for
                    end, name = branch[0], f"{full.name} {branch[1]}".strip()
                added.append(
                    replace(
                        full,
                        start=i,
                        end=end,
                        span=Span(t.start, toks[end - 1].end),
                        surface=join(text, toks[i:end]),
                        name=name,
                    )
                )
                break
    if not added:
        return out
    return sorted(out + added, key=attrgetter("start"))


def _numbered_siblings(toks: list[Tok], m: AgencyMatch, text: str) -> list[AgencyMatch]:
    """The bodies that share the head and name of ``m``, numbered "số N", and are written after it by their
    number alone ("Cơ sở cai nghiện ma túy số 1 và số 2", "Đội Quản lý thị trường số 3, số 5 và số 7"): Vietnamese
    writes the shared words once. Each number is a body of its own, named in full."""
    if m.collective or m.end < 2 or toks[m.end - 2].key != "số" or not toks[m.end - 1].text.isdigit():
        return []
    base = m.surface[: m.surface.rfind(toks[m.end - 1].text)].rstrip()
    name_base = (
        m.name[: m.name.rfind(toks[m.end - 1].text)].rstrip() if m.name.endswith(toks[m.end - 1].text) else ""
    )
    out: list[AgencyMatch] = []
    k = m.end
    while (
        k + 2 < len(toks)
        and toks[k].key in (",", "và")
        and toks[k + 1].key == "số"
        and toks[k + 2].text.isdigit()
        and "\n" not in text[toks[k].start : toks[k + 2].end]
    ):
        number = toks[k + 2].text
        out.append(
            replace(
                m,
                start=k + 1,
                end=k + 3,
                span=Span(toks[k + 1].start, toks[k + 2].end),
                surface=f"{base} {number}",
                name=f"{name_base} {number}" if name_base else m.name,
            )
        )
        k += 3
    return out


def _find_agencies(text: str, toks: list[Tok], province: str | None = None) -> list[AgencyMatch]:
    """`find_agencies` without the short names a text gives its bodies."""
    out: list[AgencyMatch] = []
    i = 0
    # only a token whose key can start a body is tried (`scan_agency` answers None at any other); the
    # tokens are sifted in one pass of C-level maps rather than a Python loop step per token
    for k in compress(count(), map(_AGENCY_STARTS.__contains__, map(_KEY, toks))):
        if k < i:
            continue  # inside a body already found
        i = k
        m = scan_agency(toks, i, text)
        if m is not None and m.end > i and (listed := _listed_under_head(toks, m, text)):
            out.extend(listed)  # "Các Sở: Tài chính, Kế hoạch và Đầu tư, Nội vụ": one body each
            i = listed[-1].end
            continue
        if m is not None and m.collective and (named := _named_members(toks, m, text, province)):
            out.extend(named)  # "Đảng ủy các xã Hòa Xuân Tây, Hòa Hiệp Bắc": one body in each place
            i = named[-1].end
            continue
        if m is not None and m.collective and (each := _bodies_of_named_villages(toks, m, text)):
            out.extend(each)  # "Các chi bộ khu dân cư Nam Ô, Xuân Dương": the body of each place named
            i = each[-1].end
            continue
        if m is not None and m.end > i:
            out.append(m)
            i = m.end
            if siblings := _numbered_siblings(toks, m, text):
                out.extend(siblings)  # "hai Cơ sở cai nghiện ma túy số 1 và số 2": one body each
                i = siblings[-1].end
                continue
            if (
                m.kind in _LISTED_BODY_KINDS
                and m.locality
                and (
                    m.locality_type in _LISTED_PLACE_TYPES
                    # a province's own city: "Phòng Kinh tế thành phố Thanh Hoá, thị xã Sầm Sơn" (each one's)
                    or (m.locality_type == "thành phố" and _district_level(m.locality_type, m.locality))
                )
            ):
                also = _same_body_of_next_places(toks, m, text, province)
                out.extend(also)  # "UBND xã An Hiệp, xã Tam Phước": the committee of each commune
                i = also[-1].end if also else i
                continue
            if m.kind == "locality" and m.locality_type in ("huyện", "quận", "thị xã", "thành phố"):
                while (
                    i + 1 < len(toks)
                    and toks[i].text in (",", "và")
                    or (i < len(toks) and toks[i].key == "và")
                ):
                    j = _place_name_end(toks, i + 1)
                    names = toks[i + 1 : j]
                    if not names:
                        break
                    cand = " ".join(t.text for t in names)
                    known = load_gazetteer().districts_named(cand, province)
                    if not known:
                        break
                    lt = known[0].kind
                    out.append(
                        AgencyMatch(
                            i + 1,
                            j,
                            Span(names[0].start, names[-1].end),
                            cand,
                            "locality",
                            _cap_head(lt),
                            cand,
                            lt,
                            cand,
                        )
                    )
                    i = j
    return _of_the_same_level(text, toks, _share_places(toks, out))


_PLACED_TAIL = re.compile(r"\b(?:chi nhánh|tại)\s+(.+)$")


def _placed_in_its_name(name: str) -> bool:
    """The name closes with the province its branch or office is in ("… chi nhánh Khánh Hòa", "… tại Bình
    Dương"): no province is added to it."""
    m = _PLACED_TAIL.search(name)
    return m is not None and load_gazetteer().province(m.group(1)) is not None


def _of_the_same_level(text: str, toks: list[Tok], out: list[AgencyMatch]) -> list[AgencyMatch]:
    """A bare head followed by "cùng cấp" (`SAME_LEVEL_WORDS`) is that body of the places the sentence named
    just before it: "UBND các xã, phường chỉ đạo Ủy ban bầu cử cùng cấp" is the election committee of each
    commune and ward, "UBND huyện Yên Phong chỉ đạo Ban Chỉ đạo cùng cấp" the district's board. Unread, the
    bare head would be the province's own body (the issuer's short form)."""
    for idx in range(1, len(out)):
        m = out[idx]
        if m.name or m.locality_type or m.collective or m.end >= len(toks):
            continue
        if (sl := _SAME_LEVEL.match(toks, m.end)) is None:
            continue
        prev = out[idx - 1]
        if any(t.text in (".", ";") or "\n" in text[t.start : t.end] for t in toks[prev.end : m.start]):
            continue  # another sentence named those places
        if prev.collective and prev.members:
            named = replace(m, name=prev.name, collective=True, members=list(prev.members))
        elif prev.locality_type and prev.locality:
            named = replace(m, locality_type=prev.locality_type, locality=prev.locality)
        else:
            continue
        end = sl[0]
        out[idx] = replace(
            named,
            end=end,
            span=Span(m.span.start, toks[end - 1].end),
            surface=join(text, toks[m.start : end]),
        )
    return out


_PLACE_SHARING_HEADS = frozenset(fold(h) for h in PLACE_SHARING_HEADS)


def _share_places(toks: list[Tok], out: list[AgencyMatch]) -> list[AgencyMatch]:
    """A bare head just before another body of a place shares that place: "Đảng ủy, UBND xã Hải Lý" (the Đảng
    ủy of xã Hải Lý), "Đảng ủy, UBND các xã, thị trấn" (of each commune and town)."""
    for idx in range(len(out) - 1):
        m, nxt = out[idx], out[idx + 1]
        if (
            not m.name
            and m.locality is None
            and m.locality_type is None
            and not m.collective
            and fold(m.head) in _PLACE_SHARING_HEADS
            and nxt.start == m.end + 1
            and (toks[m.end].text == "," or toks[m.end].key == "và")
            and nxt.kind != m.kind
            and fold(nxt.head) in _PLACE_SHARING_HEADS
            and (nxt.locality is not None or nxt.collective)
        ):
            out[idx] = replace(
                m,
                name=nxt.name if nxt.collective else m.name,
                locality_type=nxt.locality_type,
                locality=nxt.locality,
                collective=nxt.collective,
                members=list(nxt.members),
            )
    return out


def _place_name_end(toks: list[Tok], k: int) -> int:
    """Index after a place's name at ``toks[k]``: up to four capitalised words, none a head or a locality
    keyword ("Hòa Xuân Tây" in "các xã Hòa Xuân Tây, …", "Cái Răng" in "quận Ninh Kiều, Cái Răng")."""
    e = k
    while (
        e < len(toks)
        and e < k + 4
        and toks[e].is_word
        and toks[e].is_cap
        # a head that opens a place the gazetteer knows is the place's ("các phường Hội An, Hội An Đông": the
        # wards named after the old city of Hội An)
        and (
            not HEADS.match(toks, e) or _opens_a_place_name(toks, e) or _head_inside_a_place_name(toks, k, e)
        )
        and (not LOCALITIES.match(toks, e) or toks[e].key in _NAMED_ONLY_NOT)  # "các xã …, Bản Lầu"
    ):
        e += 1
    if e > k and e + 1 < len(toks) and toks[e].text in ("-", "–") and toks[e + 1].is_cap:
        # "các phường Xuân Hương - Đà Lạt, Cam Ly - Đà Lạt": wards of 2025 named with their old city
        return _ward_end(toks, k, e + 1) or e
    return e


def _head_inside_a_place_name(toks: list[Tok], k: int, e: int) -> bool:
    """A head's word after the first syllable of a place's name, with no name of its own after it, is a syllable
    of that name: "các phường Phước Long, Vĩnh Trường xóa bỏ …", "xã Tân Hội, Bình Cục" (a commune's or ward's
    name of two syllables whose second is a common noun elsewhere: "Trường", school; "Hội", association). A head
    that opens a body ("…, Vĩnh Long Trường THPT Lê Quý Đôn") has its own name after it."""
    if e == k:
        return False
    h = HEADS.match(toks, e)
    after = h[0] if h is not None else e + 1
    # a list of places goes on after it ("…, Bình Trường và Mỹ Phòng"): no body's name opens with "và"
    return (after < len(toks) and toks[after].key == "và") or _head_without_a_name(toks, e)


WARD_NAME_TAIL_MAX_WORDS = 3  # the old city's name after a 2025 ward's dash or number: "Đà Lạt", "Bảo Lộc"


def _ward_end(toks: list[Tok], start: int, tail: int) -> int | None:
    """The index after the longest run of capitalised words from ``toks[tail]`` (the old city's name after a
    dash or a number) that makes ``toks[start:]`` a ward the gazetteer knows ("Xuân Hương - Đà Lạt", "1 Bảo
    Lộc"); None if none does."""
    gz = load_gazetteer()
    for e in range(min(tail + WARD_NAME_TAIL_MAX_WORDS, len(toks)), tail, -1):
        if all(t.is_word and t.is_cap for t in toks[tail:e]) and gz.is_ward(
            " ".join(t.text for t in toks[start:e])
        ):
            return e
    return None


def _place_number_end(toks: list[Tok], e: int, numbered_list: bool = False) -> int:
    """Past the number a commune's or ward's name ends with ("Sơn Kim 1", "Hà Giang 2" since the 2025 mergers),
    when ``toks[e]`` is that number and a comma, "và" or the sentence's end follows it (or, in a list whose
    earlier places were numbered, ``numbered_list``, any lower-case word: "…, Hà Giang 2 chuẩn bị …"); else
    ``e``."""
    if (
        e < len(toks)
        and _PLACE_NUMBER.fullmatch(toks[e].text) is not None
        and not toks[e].text.endswith(".")
        and toks[e].start - toks[e - 1].end <= 1
        and (
            e + 1 >= len(toks)
            or toks[e + 1].key == "và"
            or not toks[e + 1].is_word
            or (numbered_list and not toks[e + 1].is_cap and not toks[e + 1].text[0].isdigit())
        )
        and (e + 1 >= len(toks) or toks[e + 1].text not in ("/", "-", "–", "%"))
    ):
        return e + 1
    return e


def _same_body_of_next_places(
    toks: list[Tok], m: AgencyMatch, text: str, province: str | None = None
) -> list[AgencyMatch]:
    """The same kind of body in the places listed right after ``m`` with the same keyword: "UBND xã An Hiệp,
    xã Tam Phước", "Đảng ủy phường 1 và phường 3" (a head written once for several places). A place of
    another level ("UBND huyện Châu Thành, tỉnh Tiền Giang") is where the body is, not another body."""
    out: list[AgencyMatch] = []
    k = m.end
    at = max((p for p in range(m.start, m.end) if LOCALITIES.match(toks, p)), default=m.end)
    written_head = join(text, toks[m.start : at]) or m.head
    last = m  # the last place written with its keyword: a bare name after it is of its kind ("…, các huyện A, B")
    while k + 1 < len(toks) and (toks[k].text == "," or toks[k].key == "và"):
        at = _past_plural_opener(toks, k + 1)
        loc = _scan_locality(toks, at, text)
        if loc is not None and loc[1]:
            last = replace(m, locality_type=loc[0], locality=loc[1])
        elif at == k + 1:
            loc = _bare_sibling_place(toks, at, last, province)
        if loc is None or not loc[1]:
            break
        if not (
            _same_level(loc[0], m.locality_type)
            or (_district_level(loc[0], loc[1]) and _district_level(m.locality_type, m.locality))
        ):
            break
        lt, ln, e = loc
        surface = f"{written_head} {join(text, toks[at:e])}"
        span = Span(toks[at].start, toks[e - 1].end)
        out.append(AgencyMatch(at, e, span, surface, m.kind, m.head, m.name, lt, ln))
        k = e
    return out


_PLURAL_OPENER_KEYS = frozenset(fold(w) for w in COLLECTIVE_OPENERS if " " not in w)


def _past_plural_opener(toks: list[Tok], k: int) -> int:
    """Past "các" when a locality keyword and a place's name follow it, else ``k``: "UBND thành phố Hạ Long, Cẩm
    Phả và các huyện Vân Đồn, Cô Tô" lists the committee of each place with the head written once, the second
    kind of place in the plural because two of them follow (a collective "các huyện, thị xã" names none)."""
    if (
        k + 2 < len(toks)
        and toks[k].key in _PLURAL_OPENER_KEYS
        and (lm := LOCALITIES.match(toks, k + 1)) is not None
        and lm[0] < len(toks)
        and toks[lm[0]].is_word
        and toks[lm[0]].is_cap
    ):
        return k + 1
    return k


def _district_level(place_type: str | None, name: str | None) -> bool:
    """A district-level place: a huyện, quận or thị xã, or a city that is no province ("UBND thị xã Hồng Ngự,
    huyện Thanh Bình": the district people's committee of each)."""
    if place_type not in _UPPER_DISTRICT_TYPES or not name:
        return False
    if place_type != "thành phố":
        return True
    # a city named as a province is that province's own city when the province is a tỉnh ("Phòng Kinh tế thành phố
    # Thanh Hoá, thị xã Sầm Sơn"); a centrally-governed city ("thành phố Đà Nẵng") is no district
    p = load_gazetteer().province(name)
    return p is None or p.kind == "tỉnh"


def _same_level(a: str | None, b: str | None) -> bool:
    """Two kinds of place of one level: the same kind, or a commune and a ward ("xã A, phường B")."""
    return a == b or (a in _COMMUNE_KINDS and b in _COMMUNE_KINDS)


def _bare_sibling_place(
    toks: list[Tok], k: int, m: AgencyMatch, province: str | None = None
) -> tuple[str, str, int] | None:
    """A district named without its keyword right after ``m``'s own, in the same province: "Phòng KT-HT
    huyện Ân Thi, Tiên Lữ" (the keyword written once, as "quận Ninh Kiều, Cái Răng")."""
    if m.locality_type in _COMMUNE_KINDS and m.locality and m.kind in ("ubnd", "hdnd", "party", "mttq"):
        return _bare_sibling_commune(toks, k, m, province)
    if not m.locality or not (
        m.locality_type in ("huyện", "quận", "thị xã")
        # a province's own city, a district-level unit ("UBND thành phố Hạ Long, Cẩm Phả": each city's committee)
        or (m.locality_type == "thành phố" and _district_level(m.locality_type, m.locality))
    ):
        return None
    e = _place_name_end(toks, k)
    if e == k:
        return None
    gz = load_gazetteer()
    provinces = {d.province for d in gz.districts_named(m.locality)}
    name = " ".join(t.text for t in toks[k:e])
    if gz.province(name) or not provinces:
        return None  # "UBND huyện Châu Thành, Bến Tre": the province it is in
    if not any(d.province in provinces for d in gz.districts_named(name)) and not _known_place_follows(
        toks, e, lambda n: any(d.province in provinces for d in gz.districts_named(n))
    ):
        return None
    return m.locality_type, name, e


def _known_place_follows(toks: list[Tok], e: int, known: Callable[[str], bool]) -> bool:
    """The next item of the list after ``toks[e]`` is a place the gazetteer knows ("các huyện Đại Lộc, Nông Sơn,
    Bắc Trà My"): a name it lacks (a district merged away or renamed since, one that reads like a person's name)
    between two of the list's places is one of them too, since a list of places does not break off for one
    item; a person, a title or a sentence after it is no known place."""
    if e + 1 >= len(toks) or not (toks[e].text == "," or toks[e].key == "và"):
        return False
    n = _place_name_end(toks, e + 1)
    return n > e + 1 and known(" ".join(t.text for t in toks[e + 1 : n]))


def _bare_sibling_commune(
    toks: list[Tok], k: int, m: AgencyMatch, province: str | None = None
) -> tuple[str, str, int] | None:
    """A commune named without its keyword right after a commune's committee: "Chủ tịch UBND xã Yên Trạch, Phú
    Đô kiểm điểm …" (the keyword written once). Communes are not in the gazetteer: the name is a run of two to
    four capitalised syllables that is no province or district, no person, and that a lower-case word or a
    punctuation mark ends (not a body's head, a title or a locality keyword)."""
    e = _place_name_end(toks, k)
    if e - k < 2 or e - k > 4 or (e < len(toks) and toks[e].is_word and toks[e].is_cap):
        return None
    e = _place_number_end(toks, e)  # "UBND xã Sơn Kim 1, Sơn Kim 2": a number ends each name
    if any(
        t.is_upper or (t.key in _TITLE_STARTS and TITLE_TABLE.match(toks, x))
        for x, t in enumerate(toks[k:e], k)
    ):
        return None
    name = " ".join(t.text for t in toks[k:e])
    gz = load_gazetteer()
    # a district of the notice's province is where the commune is; a district's name elsewhere in the country
    # that some commune or ward also bears is that commune ("UBND phường An Bình, Thới Bình" in Cần Thơ)
    elsewhere = (
        province is not None
        and gz.province(province) is not None
        and gz.is_ward(name)
        and not gz.districts_named(name, province)
    )
    district = () if elsewhere else gz.districts_named(name)
    if gz.province(name) or district or _person_starts(toks, k, shortest=3):
        return None  # "UBND xã Tân Phú, Châu Thành": the district it is in
    return m.locality_type or "xã", name, e


#: Markdown emphasis tokens, which may stand between a heading's words and its colon ("_" stays inside the
#: tokenizer's words, so only "*" is one).
_EMPHASIS_MARKS = frozenset({"*"})


def _past_emphasis(toks: list[Tok], k: int) -> int:
    """The first token from ``k`` on that is not an emphasis mark."""
    while k < len(toks) and toks[k].text in _EMPHASIS_MARKS:
        k += 1
    return k


def _bodies_of_named_villages(toks: list[Tok], m: AgencyMatch, text: str) -> list[AgencyMatch]:
    """One body per place when a collective of one kind of body is followed by the keyword of a place below a
    commune and two or more names: "Các chi bộ khu dân cư Nam Ô, Xuân Dương, Trung Sơn" are the Party cells of the
    three neighbourhoods ("Chi bộ khu dân cư Nam Ô", …), "các chi bộ thôn Đông, Tây" two villages' cells, as
    "UBND các xã A, B" names each commune's committee. The head must name a body (`AGENCY_HEADS`); a single
    name after the keyword is left to the collective as it was read."""
    if len(m.members) != 1 or m.start >= len(toks) or toks[m.start].key not in ("các", "những"):
        return []
    head_key = fold(m.members[0])
    kind = AGENCY_HEADS.get(head_key)
    if kind is None or m.end >= len(toks) or toks[m.end].is_cap:
        return []
    lk = LOCALITIES.match(toks, m.end)
    if lk is None or str(lk[1]) not in _VILLAGE_KINDS:
        return []
    lt = str(lk[1])
    names: list[tuple[int, int]] = []
    k = lk[0]
    while k < len(toks):
        e = _place_number_end(toks, _place_name_end(toks, k))
        if e == k:
            break
        names.append((k, e))
        if e + 1 < len(toks) and (toks[e].text == "," or toks[e].key == "và") and toks[e + 1].is_cap:
            k = e + 1
            continue
        break
    if len(names) < 2:
        return []
    head = _cap_head(m.members[0])
    keyword = join(text, toks[m.end : lk[0]])
    out: list[AgencyMatch] = []
    for n, (s, e) in enumerate(names):
        start = m.start if n == 0 else s
        place = " ".join(t.text for t in toks[s:e])
        out.append(
            AgencyMatch(
                start, e, Span(toks[start].start, toks[e - 1].end), f"{head} {keyword} {place}", kind, head, "",
                lt, place,
            )
        )  # fmt: skip
    return out


def _named_members(toks: list[Tok], m: AgencyMatch, text: str, province: str | None) -> list[AgencyMatch]:
    """One body per place a collective names: "Đảng ủy các xã Hòa Xuân Tây, Hòa Hiệp Bắc", "Sở NN&PTNT
    các tỉnh Nghệ An, Hà Tĩnh", "Phòng TN&MT các huyện Tuy An, Đồng Xuân" — each place's own body is
    meant, as "quận Ninh Kiều, Cái Răng" names two districts.

    Provinces and districts must be known to the gazetteer; communes, wards and townships are not in it,
    so any capitalised name of up to four syllables is taken after their keyword (the way such lists are
    written). Nothing is split when no name follows the keyword.
    """
    if len(m.members) != 1:
        return []
    member = m.members[0]
    if SHARED_OVER.match(toks, m.start) is None and not any(
        (sm := SHARED_OVER.match(toks, p)) is not None and str(sm[1]) == member for p in range(m.start, m.end)
    ):
        return []
    q = -1
    for p in range(m.start + 1, min(m.end + 1, len(toks))):
        sm = SHARED_OVER.match(toks, p)
        if sm is not None and str(sm[1]) == member and toks[p - 1].key in ("các", "những"):
            q = sm[0]
    if q < 0:
        return []
    commune = fold(member) in _COMMUNE_KINDS or fold(member) in _VILLAGE_KINDS
    # "Ủy ban nhân dân các tỉnh: Quảng Nam, Quảng Ngãi, …", "Cục Hải quan các tỉnh: Lạng Sơn, …": the places
    # listed after a colon (communes then only as a list of two or more: "UBND các xã: Tổ chức …" is a task)
    # bold or italic marks may stand on either side of the colon ("**Cục Hải quan các tỉnh:** Lạng Sơn, …")
    # "UBND các huyện (Mường Lát, Quan Sơn)": the places in brackets, listed the same way, and the bracket closed
    # right after the last of them
    c = _past_emphasis(toks, q)
    opener = toks[c].text if c < len(toks) and "\n" not in text[toks[q - 1].end : toks[c].start] else ""
    after_colon = opener in (":", "(")
    gz = load_gazetteer()
    names: list[tuple[int, int]] = []
    k = q
    if after_colon:
        k = _past_emphasis(toks, c + 1)
    while k < len(toks):
        e = _place_name_end(toks, k)
        if e == k:
            break
        if commune:
            # "UBND các xã Sơn Kim 1, Sơn Kim 2, Sơn Tây"
            e = _place_number_end(toks, e, any(toks[b - 1].text.isdigit() for _, b in names))
        cand = " ".join(t.text for t in toks[k:e])
        if (
            not commune
            and not (gz.province(cand) or gz.districts_named(cand, province))
            and not (names and _known_place_follows(toks, e, lambda n: bool(gz.districts_named(n, province))))
        ):
            break
        names.append((k, e))
        if e + 1 < len(toks) and (toks[e].text == "," or toks[e].key == "và") and toks[e + 1].is_cap:
            k = e + 1
            continue
        break
    if not names or (after_colon and commune and len(names) < 2):
        return []
    if opener == "(" and not (names[-1][1] < len(toks) and toks[names[-1][1]].text == ")"):
        return []  # "(Mường Lát, Quan Sơn và các xã biên giới)": not a bracket of places alone
    lt = fold(member).rstrip(".")
    lt = {"tp": "thành phố", "tx": "thị xã"}.get(lt, lt)
    # each body's name as the list implies it ("Sở NN&PTNT tỉnh Bạc Liêu"), its head as written; the span
    # is the words in the text (the head with the first place, then each further place's name)
    written_head = join(text, toks[m.start : q - 2]) if q - 2 > m.start else ""
    member_word = join(text, toks[q - 1 : q])
    out: list[AgencyMatch] = []
    for n, (s, e) in enumerate(names):
        start = m.start if n == 0 else s
        cand = " ".join(t.text for t in toks[s:e])
        kind, head = (m.kind, m.head) if m.head else ("locality", _cap_head(lt))
        surface = f"{written_head} {member_word.lower()} {cand}".strip()
        out.append(
            AgencyMatch(
                start, e, Span(toks[start].start, toks[e - 1].end), surface, kind, head,
                "" if m.head else cand, lt, cand,
            )
        )  # fmt: skip
    return out


def _listed_under_head(toks: list[Tok], m: AgencyMatch, text: str) -> list[AgencyMatch]:
    """The bodies of a shared head written once: "Các Sở: Tài chính, Nội vụ; …", "các Phòng: Tư pháp, Nội vụ".

    Each item is a name as `_scan_name` reads it after a head (it stops at a verb: "các Phòng: Tư pháp, Nội
    vụ thực hiện …"); items are joined by commas and must start with a capital or be an abbreviation.
    """
    if not (m.collective and m.members and m.end < len(toks) and toks[m.end].text in (":", "(")):
        return []
    # "các sở, ngành: Tài chính, Y tế, Công an tỉnh": the first word is the head of the bare names, and a body
    # with a head of its own is listed too
    mixed = len(m.members) > 1
    if mixed and not all(fold(w) in _GROUP_WORDS_BESIDE_A_HEAD for w in m.members[1:]):
        return []
    bracketed = toks[m.end].text == "("  # "Các Sở (Tài chính, Xây dựng)": the bracket holds the names alone
    member = m.members[0]
    kind = AGENCY_HEADS.get(fold(member))  # "các Bộ: Công Thương, Tài chính" as much as "Các sở: …"
    if kind is None or kind in ("collective",):
        return []
    out: list[AgencyMatch] = []
    k = m.end + 1
    while k < len(toks):
        e = _scan_name(toks, k, text) if toks[k].is_word else k
        item = toks[k:e]
        if not item or not item[0].is_word or not (item[0].is_cap or item[0].is_upper or "&" in item[0].text):
            break
        if _opens_a_clause(toks, k):
            break  # "Đối với các hiệp hội: Đề nghị Hiệp hội …": the heading's colon, then a request, no names
        if (
            mixed
            and _opens_a_body(toks, k)
            and (own := scan_agency(toks, k, text)) is not None
            and not own.collective
            and own.end > k
        ):
            out.append(own)  # "các sở, ngành: Tài chính, Công an tỉnh": a body with its own head
            if own.end < len(toks) and toks[own.end].text == ",":
                k = own.end + 1
                continue
            break
        if len(item) > 8 or _opens_a_body(toks, k) or LOCALITIES.match(toks, k):
            break  # a sentence, or a body with its own head: not a bare name under the shared head
        out.append(
            AgencyMatch(
                k, e, Span(item[0].start, item[-1].end), join(text, item), kind, _cap_head(member),
                expand_name(item, text, kind), None, None,
            )
        )  # fmt: skip
        if e < len(toks) and toks[e].text == ",":
            k = e + 1
            continue
        break
    if bracketed and not (out and out[-1].end < len(toks) and toks[out[-1].end].text == ")"):
        return []
    return out if len(out) >= 1 else []


def _opens_a_clause(toks: list[Tok], k: int) -> bool:
    """``toks[k]`` opens a clause, not a name: a request verb (`REQUEST_VERBS`: "Đề nghị", "Yêu cầu", capitalised
    after a heading's colon; "Giao" before a body's head). Not every verb that ends names: a Sở's name can be one
    ("Các sở: Tài chính, Xây dựng, Y tế")."""
    key = toks[k].key
    if key in _STOPS_BEFORE_A_BODY:
        return k + 1 < len(toks) and toks[k + 1].key in _HEAD_STARTS and HEADS.match(toks, k + 1) is not None
    return _REQUEST_VERBS.match(toks, k) is not None


# --- canonical names ------------------------------------------------------------------------------


@dataclass(slots=True)
class Place:
    """Where a mention sits: the notice's province and, under a district heading, the district."""

    province: str | None = None
    province_kind: str = "tỉnh"
    district: str | None = None
    district_type: str | None = None
    parent: Agency | None = None  # the body a sub-unit belongs to (a delegation heading's Sở)
    home: Agency | None = None  # the notice's own Sở/UBND, for bare "Sở"
    collective: Agency | None = None  # "các huyện, thị xã, thành phố" being addressed: bare "UBND" is theirs
    units_of: Agency | None = None  # the issuing Sở: a Phòng named with no parent and no district is its own


class AgencyBook:
    """The bodies of one notice, each once, keyed by the match key of its canonical name."""

    def __init__(self, province: str | None, province_kind: str = "tỉnh"):
        self.province = province
        self.province_kind = province_kind
        self.by_key: dict[str, Agency] = {}
        self._spans: dict[str, set[Span]] = {}
        self.named_districts: dict[str, dict[str, str]] = {}
        # the communes (xã, phường, thị trấn) the notice names bodies of, by kind ("xã" -> {"ea phê": "Ea Phê"})
        self.named_communes: dict[str, dict[str, str]] = {}

    def _province_suffix(self) -> str:
        if not self.province:
            return ""
        return f"{self.province_kind} {self.province}"

    def add(
        self,
        name: str,
        kind: str,
        surface: str,
        span: Span,
        *,
        district: str | None = None,
        parent: Agency | None = None,
        collective: bool = False,
        extra_labels: tuple[str, ...] = (),
    ) -> Agency:
        if "\n" in name or "\n" in surface:  # a name wrapped across lines reads as one line
            name, surface = " ".join(name.split()), " ".join(surface.split())
        key = match_key(name)
        ag = self.by_key.get(key)
        if ag is None and kind == "office":
            # "Văn phòng UBND huyện X" where the notice names "Văn phòng HĐND và UBND huyện X": the one office
            for one, joint in _JOINT_OFFICES:
                if key.startswith(one) and (found := self.by_key.get(joint + key[len(one) :])) is not None:
                    ag, extra_labels = found, (*extra_labels, name)
                    key = found.key
                    break
            else:
                # an office the notice does not write but is inferred (span 0, 0: a signature "TL. CHỦ TỊCH /
                # CHÁNH VĂN PHÒNG" under the UBND huyện; the closing "Văn phòng HĐND và UBND huyện thông báo …" is
                # read for no body): a district has no office of its People's Committee alone, so it is the joint
                # one; an office written "Văn phòng UBND huyện X" keeps the name it is written with
                joint_name = self._district_joint_office(name, key) if span == Span(0, 0) else None
                if joint_name is not None:
                    name, extra_labels = joint_name, (*extra_labels, name)
                    key = match_key(name)
                    ag = self.by_key.get(key)
        if ag is None and " chi nhánh " in key:
            # "Ngân hàng Nhà nước - Chi nhánh tỉnh X" and "NHNN CN tỉnh X": one branch, its dash written or not
            alt = key.replace(" - chi nhánh ", " chi nhánh ") if " - chi nhánh " in key else None
            alt = alt or key.replace(" chi nhánh ", " - chi nhánh ", 1)
            if (found := self.by_key.get(alt)) is not None:
                ag, extra_labels, key = found, (*extra_labels, name), found.key
        if ag is None:
            ag = Agency(
                key=match_key(name),
                name=name,
                kind=kind,
                province=self.province,
                district=district,
                parent=parent.key if parent else None,
                collective=collective,
            )
            self.by_key[key] = ag
        for label in (surface, *extra_labels):
            if label and label not in ag.surfaces and label != ag.name:
                ag.surfaces.append(label)
        seen = self._spans.setdefault(key, set())
        if span not in seen:  # a set beside the list: a body named 5,000 times stays linear
            seen.add(span)
            ag.spans.append(span)
        if parent is not None and ag.parent is None and parent.key != ag.key:
            ag.parent = parent.key
        return ag

    def note_districts(self, matches: list[AgencyMatch]) -> None:
        """Remember the districts a notice names, by kind ("huyện" -> {"Long Hồ"})."""
        for m in matches:
            lt, ln = m.locality_type, m.locality
            if lt in _UPPER_DISTRICT_TYPES and ln and _is_district(ln, self.province):
                if lt == "thành phố" and not self._is_city(ln, m.kind):
                    continue
                self.named_districts.setdefault(lt, {})[match_key(ln)] = _place_name(ln)
            elif lt in _COMMUNE_KINDS and ln and not m.collective:
                self.named_communes.setdefault(lt, {})[match_key(ln)] = _place_name(ln)

    def only_commune(self, lt: str) -> str | None:
        """The one commune the notice names, when it is of kind ``lt``: "UBND xã" in a district's dialogue with the
        citizens of xã Ea Phê is "UBND xã Ea Phê" (not when the notice names two communes, as bodies or places)."""
        if sum(len(v) for v in self.named_communes.values()) != 1:
            return None
        names = self.named_communes.get(lt, {})
        return next(iter(names.values())) if names else None

    def only_district(self, lt: str) -> str | None:
        names = self.named_districts.get(lt, {})
        return next(iter(names.values())) if len(names) == 1 else None

    def _upper_district(self) -> tuple[str, str] | None:
        """The one district (of any kind) the notice names, as (kind, name): a commune's district."""
        found = [(lt, n) for lt in _UPPER_DISTRICT_TYPES for n in self.named_districts.get(lt, {}).values()]
        return found[0] if len(found) == 1 else None

    def _district_joint_office(self, name: str, key: str) -> str | None:
        """ "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện X" for the office of a district's People's
        Committee or Council named alone ("Văn phòng Ủy ban nhân dân huyện X", as a signature "TL. CHỦ TỊCH /
        CHÁNH VĂN PHÒNG" under the UBND huyện builds it): districts, district towns and cities within a province
        have had only the joint office since Nghị định 172/2004/NĐ-CP (Nghị định 37/2014/NĐ-CP, Điều 8), until
        the districts ended in 2025; a province's and a centrally-governed city's offices are separate."""
        for one, joint in JOINT_OFFICE_NAMES.items():
            one_key = match_key(one) + " "
            if not key.startswith(one_key) or fold(name[: len(one)]) != fold(one):
                continue
            rest = name[len(one) :].strip()
            level = next((t for t in DISTRICT_LEVEL_OFFICE_OWNERS if fold(rest).startswith(fold(t))), None)
            if level is None:
                return None
            place = rest[len(level) :].strip()
            if level == "thành phố" and (not place or load_gazetteer().province(place) is not None):
                return None  # "Văn phòng UBND thành phố Cần Thơ": a centrally-governed city's own office
            return f"{joint} {rest}"
        return None

    def _is_city(self, name: str, kind: str) -> bool:
        """ "thành phố Kon Tum" in tỉnh Kon Tum is the city, a district, for bodies a district has."""
        return self.province_kind == "tỉnh" and kind != "so" and _is_district(name, self.province)

    def _owner(self, head: str, owner: str) -> Agency | None:
        """The body a "Văn phòng X" belongs to, when the notice names X."""
        rest = head.split(" ", 2)[2] if len(head.split()) > 2 else ""
        if not rest:
            return None
        for cand in (f"{rest} {owner}".strip(), rest):
            got = self.by_key.get(match_key(cand))
            if got is not None:
                return got
        return None

    def add_place(self, m: AgencyMatch, *, province_level: bool = False) -> Agency:
        """The body a place stands for ("Huyện Krông Pa", "Thôn Ba Bàu"; with ``province_level``, a province that
        took part, as a remote site of an online meeting: "Tỉnh Cà Mau")."""
        lt, ln = m.locality_type or "", _place_name(m.locality or "")
        # "Khóm 4", "thôn Ba Bàu", a province: no district
        no_district = province_level or lt in _VILLAGE_KINDS
        return self.add(
            f"{_cap_head(lt)} {ln}", "locality", m.surface, m.span, district=None if no_district else ln
        )

    def _the_brands_branch(self, head: str) -> Agency | None:
        """The one branch of a carrier the notice named by its brand and place ("Giám đốc MobiFone Hà Tĩnh"), which
        the brand written bare later speaks of; None for another head or when no branch, or several, were named."""
        brand = fold(head)
        if brand not in _BARE_BRANDS:
            return None
        named = [a for a in self.by_key.values() if fold(a.name).startswith(brand + " ") and not a.collective]
        return named[0] if len(named) == 1 else None

    def resolve(self, m: AgencyMatch, place: Place) -> Agency | None:
        """Canonical agency for a mention in its place."""
        prov = self._province_suffix()
        surface = m.surface
        if m.collective:
            # the head (and name) written out in full: "Ủy ban nhân dân các huyện, thị xã, thành phố"
            name = f"{m.head} {m.name}" if m.head and m.name else _cap_head(surface)
            return self.add(name, "collective", surface, m.span, collective=True)
        if m.kind == "standalone" and (branch := self._the_brands_branch(m.head)) is not None:
            return self.add(branch.name, branch.kind, surface, m.span)  # "MobiFone" after "MobiFone Hà Tĩnh"
        if m.kind == "standalone":
            name = m.head
            if m.head == "Liên hiệp các Hội Khoa học và Kỹ thuật" and prov:
                name = f"{name} {prov}"
            return self.add(
                name,
                _standalone_kind(m.head),
                surface,
                m.span,
                parent=place.home if m.head == "Ban Giám đốc" else None,
            )
        if m.kind == "locality":
            lt, ln = m.locality_type, m.locality
            if lt == "tỉnh" and ln and load_gazetteer().foreign_province(ln):
                # "Tỉnh trưởng tỉnh Takeo", "Đoàn đại biểu tỉnh Champasak": a neighbour's province, a body of its own
                return self.add_place(m, province_level=True)
            if lt in ("tỉnh",) or (
                lt == "thành phố"
                and ln
                and self.province
                and match_key(ln) == match_key(self.province)
                and place.district is None
                and not _is_district(ln, self.province)
            ):
                return None  # the province itself is not a participating body here
            return self.add_place(m)
        head, name = m.head, m.name
        name = _VARIANTS.get(fold(name), name)  # "Kinh tế - Hạ tầng" -> "Kinh tế và Hạ tầng"
        full = f"{head} {name}".strip()
        if m.locality:
            m.locality = _place_name(m.locality)
        loc = None
        district = None
        parent = None
        lt, ln = m.locality_type, m.locality
        if (
            m.kind == "party"
            and fold(head) == "thành ủy"
            and lt == "tỉnh"
            and ln
            and self.province_kind == "tỉnh"
            and _is_city_of_province(ln, ln)
        ):
            # "THÀNH ỦY NAM ĐỊNH": a province has a Tỉnh ủy, so the Thành ủy named by it is its capital city's,
            # which shares the province's name (a district-level committee)
            return self.add(f"{full} {ln}", m.kind, surface, m.span, district=ln, extra_labels=())
        if lt and ln:
            if (
                lt in ("tỉnh",)
                or (
                    lt == "thành phố"
                    and self.province
                    and match_key(ln) == match_key(self.province)
                    and not self._is_city(ln, m.kind)
                )
                or (lt == "thành phố" and _other_province_city(ln, self.province))
            ):
                gp = load_gazetteer().province(ln)
                loc = (
                    f"{self.province_kind} {ln}"
                    if self.province and match_key(ln) == match_key(self.province)
                    else f"{gp.kind if gp else lt} {gp.name if gp else ln}"
                )
                if _is_party(full):
                    loc = ln
            else:
                loc = f"{lt} {ln}"
                district = None if lt in _VILLAGE_KINDS else ln
        elif lt:  # "UBND huyện", "Viện ... thành phố" = this locality
            only = self.only_district(lt)
            if lt in ("tỉnh",) or (lt == "thành phố" and place.district is None and only is None):
                loc = prov or None
                if _is_party(head) and self.province:
                    loc = self.province
            elif place.district and _level(place.district_type) == _level(lt):
                loc = f"{place.district_type or lt} {place.district}"
                district = place.district
            elif place.district and _level(place.district_type) == "commune" and lt in _UPPER_DISTRICT_TYPES:
                # a commune's notice: "Trạm Bảo vệ thực vật huyện" is its district's, named when the notice names
                # the one district
                up = self.only_district(lt)
                loc = f"{lt} {up}" if up else lt
                district = up
            elif only is not None:
                # "UBND huyện" with no name: the one district of that kind the notice names
                loc = f"{lt} {only}"
                district = only
            elif lt in _COMMUNE_KINDS and (commune := self.only_commune(lt)) is not None:
                # "UBND xã" with no name: the one commune whose bodies the notice names
                loc = f"{lt} {commune}"
                district = commune
            else:
                loc = lt
        if m.kind == "board" and not name and lt is None and fold(head) == "ban":
            # "hỗ trợ Ban tổ chức lớp tập huấn": the board the notice is from ("Ban Quản lý các KCN"), or none
            home = place.home or place.units_of
            return (
                self.add(home.name, home.kind, surface, m.span)
                if home is not None and home.kind == "board"
                else None
            )
        # bare "Sở" / "Văn phòng Sở" / "Thanh tra Sở": the notice's own Sở
        if m.kind == "so" and not name and place.home is not None and place.home.kind == "so":
            return self.add(place.home.name, "so", surface, m.span)
        if name and fold(name) in ("sở",) and place.home is not None:
            full = f"{head} {place.home.name}"
            parent = place.home
            return self.add(full, m.kind, surface, m.span, parent=parent)
        if m.kind in ("office", "inspectorate") and not name and loc is None:
            if fold(head).endswith(" sở") and place.home is not None:
                bare = head.rsplit(" ", 1)[0]
                return self.add(
                    f"{bare} {place.home.name}",
                    m.kind,
                    surface,
                    m.span,
                    parent=place.home,
                    extra_labels=(head,),
                )
            if fold(head) not in _BARE_UNIT_HEADS:
                # the head names its parent: "Văn phòng Tỉnh ủy", "Văn phòng UBND", "Thanh tra tỉnh"
                owner = _owner_suffix(head, self.province, prov, place.district, place.district_type)
                full = f"{head} {owner}".strip() if owner else head
                return self.add(full, m.kind, surface, m.span, parent=self._owner(head, owner))
            if place.parent is not None and place.parent.kind == m.kind:
                # "Thanh tra Tổng cục (ông A, Chánh Thanh tra)": the unit named just before
                return self.add(place.parent.name, m.kind, surface, m.span)
            if place.parent is not None:
                return self.add(
                    f"{head} {place.parent.name}",
                    m.kind,
                    surface,
                    m.span,
                    parent=place.parent,
                )
            # "Văn phòng", "Thanh tra" bare: the issuer's own in a Cục's, a BHXH's, a hospital's notice (units_of),
            # else the notice's Sở
            unit_owner = place.units_of or place.home
            if unit_owner is not None:
                return self.add(f"{head} {unit_owner.name}", m.kind, surface, m.span, parent=unit_owner)
        if fold(name) == "ủy ban" and lt is None and m.kind in ("office", "inspectorate"):
            # "Văn phòng Ủy ban": the office of the one committee the notice names
            same = [
                a for a in self.by_key.values() if fold(a.name).startswith("ủy ban ") and not a.collective
            ]
            if len(same) == 1:
                return self.add(f"{head} {same[0].name}", m.kind, surface, m.span, parent=same[0])
        if not name and lt is None and m.kind == "committee":
            # "Chủ nhiệm Ủy ban", "Văn phòng Ủy ban": the one committee ("Ủy ban …") the notice names, or none
            same = [
                a for a in self.by_key.values() if fold(a.name).startswith("ủy ban ") and not a.collective
            ]
            return self.add(same[0].name, same[0].kind, surface, m.span) if len(same) == 1 else None
        if name and lt is None and m.kind == "bank":
            # "NHNN Chi nhánh" after "NHNN Chi nhánh tỉnh Quảng Bình": the one branch of that name the notice placed
            prefix = match_key(full) + " "
            same = [a for a in self.by_key.values() if a.kind == "bank" and a.key.startswith(prefix)]
            if len(same) == 1:
                return self.add(same[0].name, "bank", surface, m.span)
        if not name and lt is None and m.kind in _BACK_REFERENCE_KINDS:
            # a bare head after the full name: "Bệnh viện Đa khoa tỉnh …; … Giám đốc Bệnh viện", "Tổng cục
            # Tiêu chuẩn Đo lường Chất lượng …; phối hợp với Tổng cục": the one body of that head named
            prefix = fold(head) + " "
            if (
                place.parent is not None
                and place.parent.kind == m.kind
                and fold(place.parent.name).startswith(prefix)
            ):
                # "Xí nghiệp Cấp nước Trà Cú | … | Phó Giám đốc Xí nghiệp": the body the mention is listed under
                return self.add(place.parent.name, m.kind, surface, m.span)
            same = [a for a in self.by_key.values() if a.kind == m.kind and fold(a.name).startswith(prefix)]
            if len(same) == 1:
                return self.add(same[0].name, m.kind, surface, m.span)
        if m.kind == "phong" and loc is None:
            if place.district and place.district_type in _COMMUNES_WITH_PHONG:
                # "Phòng Kinh tế" in a special zone's notice: the zone's own (it has no district above it)
                loc = f"{place.district_type} {place.district}"
                district = place.district
            elif place.district and _level(place.district_type) == "commune":
                # a district's Phòng in a commune's notice: the district the notice names, if one
                upper = self._upper_district()
                if upper is not None:
                    loc, district = f"{upper[0]} {upper[1]}", upper[1]
            elif place.district:
                loc = f"{place.district_type or 'huyện'} {place.district}"
                district = place.district
            elif place.parent is not None:
                parent = place.parent
        # "Trung tâm Đo lường điện miền Bắc", "Viện Đo lường Việt Nam", "Trung tâm Khuyến nông Quốc gia": no province
        # (the MTTQ's name holds "Việt Nam" at every level: "Ủy ban MTTQ Việt Nam tỉnh")
        regional = bool(name) and (
            names_a_region(name)
            or (m.kind != "mttq" and names_the_nation(name))
            # "Hiệp hội Du lịch Nha Trang - Khánh Hòa": a route's or a pair's far end is the province, named already
            or (
                bool(self.province)
                and _DASHED_END.sub(" - ", fold(name)).endswith(f" - {fold(self.province or '')}")
            )
            # "Hiệp hội Doanh nghiệp Hàn Quốc tại Tây Ninh", "… chi nhánh Đồng Nai": the place is in the name
            or _placed_in_its_name(name)
        )
        issuer = place.units_of or place.home
        if (
            m.kind in ("center", "institute")
            and loc is None
            and not regional
            and issuer is not None
            and issuer.kind in _UNITS_OWN_NAMED_KINDS
            and match_key(full) != issuer.key
        ):
            # "Trung tâm Thí nghiệm", "Viện Cơ khí" in a university's or a hospital's notice: its own unit, no
            # province's centre
            parent = issuer
        elif m.kind in ("sub-department", "center", "institute") and loc is None and prov and not regional:
            loc = prov
            parent = place.parent if place.parent is not None and place.parent.kind == "so" else None
        if (
            m.kind in ("so", "mttq", "association")
            and loc is None
            and prov
            and (name or m.kind == "association")
            and not regional
        ):
            loc = prov
        if (
            m.kind in ("ubnd", "hdnd", "phong")
            and lt is None
            and loc is None
            and not place.district
            and place.collective is not None
            and (m.kind != "phong" or not name)
            and (members := _places_of_collective(place.collective.name))
        ):
            return self.add(
                f"{head} {members[:1].lower()}{members[1:]}", "collective", surface, m.span, collective=True
            )
        if (
            m.kind in ("board", "office")
            and loc is None
            and lt is None
            and not regional
            and _named_by_decision(full)
        ):
            # "BAN CHỈ ĐẠO 389" under "UBND TỈNH …", "Văn phòng BCĐ 389": the notice's own steering board (the
            # district's in a district's notice; the national one says so: "BCĐ 389 quốc gia")
            if place.district and _level(place.district_type) != "commune":
                loc = f"{place.district_type or 'huyện'} {place.district}"
                district = place.district
            elif prov:
                loc = prov
        if m.kind in ("ubnd", "hdnd") and loc is None:
            if place.district:
                loc = f"{place.district_type or 'huyện'} {place.district}"
                district = place.district
            elif prov:
                loc = prov
        city = (
            place.district
            if place.district_type == "thành phố" and self.province_kind == "tỉnh" and not lt
            else None
        )
        if city is not None and loc is None and _party_committee(full) == "thành ủy":
            # "Ban Tuyên giáo Thành ủy", "Thường trực Thành ủy" in the notice of a city under a province ("THÀNH
            # ỦY NAM ĐỊNH"): the city's committee, a district's
            loc = district = city
        if (
            m.kind == "party"
            and loc is None
            and self.province
            and fold(head) in ("tỉnh ủy", "thường trực tỉnh ủy", "ban thường vụ tỉnh ủy", "thành ủy")
        ):
            loc = self.province
        committee = _party_committee(full)
        if committee and loc is None and not lt:
            # "Ban Tuyên giáo Tỉnh ủy", "Huyện ủy": the committee of the notice's province or district
            if committee in _PROVINCE_COMMITTEES and self.province:
                loc = self.province
            elif committee in _DISTRICT_COMMITTEES and place.district:
                if _level(place.district_type) == "commune":
                    # "Ban Tổ chức Huyện ủy" in a commune's notice: its district's
                    upper = self._upper_district()
                    if upper is not None:
                        loc = district = upper[1]
                else:
                    loc = district = place.district
        if (
            m.kind == "party"
            and fold(head) in _DISTRICT_COMMITTEES
            and name
            and not lt
            and _is_district(name, self.province)
        ):
            district = _place_name(name)  # "Huyện ủy Đông Hòa" speaks for the district
        if (
            m.kind == "party"
            and fold(head) == "thành ủy"
            and name
            and not lt
            and self.province_kind == "tỉnh"
            and _is_city_of_province(name, self.province)
        ):
            # "Thành ủy Nam Định" in tỉnh Nam Định, "Thành ủy Vinh" in Nghệ An: a city under the province, whose
            # committee speaks for the city (its bodies are "UBND thành phố", "Phòng … thành phố"); a centrally-run
            # city's committee ("Thành ủy Đà Nẵng") leads a province
            district = _place_name(name)
        canonical = f"{full} {loc}".strip() if loc else full
        # the name without its place is a label ("Sở Y tế" of "Sở Y tế tỉnh Gia Lai"); a bare head is none: "Ủy ban
        # nhân dân", "Công an" would match every such body in a search
        labels = (full,) if loc and fold(full) != fold(head) else ()
        if m.kind == "phong" and parent is None and place.parent is not None and district is None:
            parent = place.parent
        if (
            m.kind == "phong"
            and parent is None
            and district is None
            and lt is None
            and place.units_of is not None
            and fold(name) not in _DISTRICT_PHONG
        ):
            parent = place.units_of
        if m.kind == "phong" and parent is None and district:
            # a district's Phòng belongs to that district's UBND when the notice names it
            parent = self.by_key.get(
                match_key(f"Ủy ban nhân dân {lt or place.district_type or 'huyện'} {district}")
            )
        return self.add(
            canonical, m.kind, surface, m.span, district=district, parent=parent, extra_labels=labels
        )


_BARE_UNIT_HEADS = frozenset({"văn phòng", "thanh tra"})
# issuers whose centres and institutes are their own units, named without a province ("Trung tâm Thí nghiệm" of a
# university, "Trung tâm Huyết học" of a hospital)
_UNITS_OWN_NAMED_KINDS = frozenset({"school", "hospital"})
# kinds whose bare head ("Bệnh viện", "Tổng cục", "Bộ") refers back to the one such body the notice named
_BACK_REFERENCE_KINDS = frozenset(
    {
        "company",  # "Công ty Cổ phần Cấp thoát nước Trà Vinh …; Giám đốc Công ty"
        "hospital",
        "general-department",
        "department",
        "sub-department",
        "center",
        "institute",
        "school",
        "ministry",
        "ministry-department",
        "association",  # "Đại diện Hội Sản xuất và Kinh doanh cam sành huyện X: ông A, Chủ tịch Hội"
    }
)
_PROVINCE_COMMITTEES = frozenset(fold(c) for c in ("tỉnh ủy", "thành ủy"))
_DISTRICT_COMMITTEES = frozenset(fold(c) for c in ("huyện ủy", "quận ủy", "thị ủy"))


def _level(place_type: str | None) -> str | None:
    """ "commune" for xã, phường, thị trấn; "district" for huyện, quận, thị xã, thành phố (and a place whose kind
    was not written, which a district's notice means)."""
    if place_type in _COMMUNE_KINDS:
        return "commune"
    if place_type in _VILLAGE_KINDS:
        return "village"
    return "district" if place_type is None or place_type in _UPPER_DISTRICT_TYPES else place_type


def _party_committee(full: str) -> str | None:
    """ "tỉnh ủy" for "Ban Tuyên giáo Tỉnh ủy": the Party committee a name ends with, if any."""
    words = fold(full).split()
    tail = " ".join(words[-2:])
    return tail if tail in _PROVINCE_COMMITTEES or tail in _DISTRICT_COMMITTEES else None


def _owner_suffix(
    head: str, province: str | None, prov: str, district: str | None = None, district_type: str | None = None
) -> str:
    """What follows "Văn phòng Tỉnh ủy" / "Văn phòng UBND" / "Thanh tra tỉnh" in the full name."""
    words = fold(head).split()
    if not province:
        return ""
    committee = _party_committee(head)
    if committee in _DISTRICT_COMMITTEES:
        return district or ""  # "Văn phòng Huyện ủy Đông Hòa"
    if words[-2:] == ["đảng", "ủy"]:
        # "Văn phòng Đảng ủy" in a commune's notice: that commune's Party committee (a province's is its Tỉnh ủy)
        return f"{district_type or 'xã'} {district}" if district else ""
    if _is_party(head):
        return province  # "Văn phòng Tỉnh ủy Vĩnh Long"
    if words[-1] == "tỉnh":
        return province  # "Thanh tra tỉnh Vĩnh Long"
    if fold(head).endswith(("ủy ban nhân dân", "hội đồng nhân dân", "ubnd", "hđnd")):
        return prov  # "Văn phòng Ủy ban nhân dân tỉnh Vĩnh Long"
    return ""


def _ends_a_place_name(toks: list[Tok], i: int) -> bool:
    """``toks[i]`` is the last syllable of a province or district the gazetteer knows ("Hải Phòng")."""
    gz = load_gazetteer()
    for n in (1, 2):
        if i - n < 0 or not all(t.is_word and t.is_cap for t in toks[i - n : i]):
            return False
        cand = " ".join(t.text for t in toks[i - n : i + 1])
        if gz.province(cand) or gz.districts_named(cand):
            return True
    return False


def _opens_a_place_name(toks: list[Tok], i: int) -> bool:
    """``toks[i]`` is the first syllable of a province or district the gazetteer knows ("Trạm Tấu", "Hội An")."""
    gz = load_gazetteer()
    for n in (1, 2):
        if i + n >= len(toks) or not all(t.is_word and t.is_cap for t in toks[i + 1 : i + n + 1]):
            return False
        cand = " ".join(t.text for t in toks[i : i + n + 1])
        if gz.province(cand) or gz.districts_named(cand):
            return True
    return False


def _inside_a_place_name(toks: list[Tok], i: int) -> bool:
    """``toks[i]`` is an inner syllable of a province or district the gazetteer knows, opened by the capitalised
    syllables before it ("Buôn Ma Thuột", "Phan Rang - Tháp Chàm"): no person's family name opens there."""
    gz = load_gazetteer()
    for n in (1, 2):
        if i - n < 0 or not all(t.is_word and t.is_cap for t in toks[i - n : i]):
            return False
        for e in range(i + 1, min(len(toks), i + 3) + 1):
            if not all(t.is_word and t.is_cap for t in toks[i:e]):
                break
            cand = " ".join(t.text for t in toks[i - n : e])
            if gz.province(cand) or gz.districts_named(cand):
                return True
    return False


def _ends_a_person_name(toks: list[Tok], i: int) -> bool:
    """``toks[i]`` closes a surname-led run of capitalised syllables ("Nguyễn Mạnh Khoa", "Cao Xuân Trường"); a
    one-letter syllable is a name's too (the Hmong middle names: "Sùng A Khoa", "Giàng A Dình")."""
    for k in range(max(0, i - 3), i):
        if all(
            t.is_word and t.is_cap and (not t.is_upper or len(t.text) == 1) for t in toks[k:i]
        ) and _person_starts(toks, k, i - k + 1):
            return True
    return False


def _has_middle_name(toks: list[Tok], k: int) -> bool:
    """The syllable after a family name at ``toks[k]`` is a common middle name ("Nguyễn Văn …", "Lê Thị …")."""
    return k + 1 < len(toks) and toks[k + 1].key in _MIDDLE_NAME_KEYS


def _inside_a_name_run(toks: list[Tok], k: int) -> bool:
    """``toks[k]`` is a family name that is also an inner syllable of places' names ("Kon Ka Kinh") and a
    capitalised syllable of a name, not a body's head, stands right before it: the name goes on."""
    if k == 0 or fold(toks[k].text) not in _SURNAME_NOT_INSIDE_NAME_KEYS:
        return False
    before = toks[k - 1]
    return before.is_word and before.is_cap and not before.is_upper and HEADS.match(toks, k - 1) is None


def _person_starts(toks: list[Tok], k: int, shortest: int = 2) -> bool:
    """A surname-led run of capitalised syllables that is not a place: "… Công nghệ Huỳnh Minh Tuấn"."""
    if fold(toks[k].text) not in _SURNAME_KEYS or _inside_a_name_run(toks, k):
        return False
    run = []
    for t in toks[k : k + 4]:
        if not (t.is_word and t.is_cap and t.text.isalpha()):
            break
        run.append(t.text)
    if len(run) < shortest:
        return False
    gz = load_gazetteer()
    for n in (len(run), 3, 2):
        cand = " ".join(run[:n])
        if gz.province(cand) or gz.districts_named(cand):
            return False
    return True


def _is_party(head: str) -> bool:
    """Party committees are named "Tỉnh ủy Bình Thuận", not "Tỉnh ủy tỉnh Bình Thuận"."""
    return fold(head).split()[-1:] == ["ủy"] or "ủy " in fold(head) and fold(head).endswith("ủy")


def _place_name(name: str) -> str:
    """The gazetteer's spelling of a place written in capitals ("BÌNH DƯƠNG" → "Bình Dương")."""
    if not any(c.isupper() for c in name[1:]):
        return name
    gz = load_gazetteer()
    p = gz.province(name)
    if p:
        return p.name
    ds = gz.districts_named(name)
    return ds[0].name if ds else " ".join(w.capitalize() for w in name.split())


def _other_province_city(name: str, province: str | None) -> bool:
    """ "thành phố Hà Nội" in another province's notice: a centrally-governed city, not a district of it."""
    gp = load_gazetteer().province(name)
    return gp is not None and gp.kind == "thành phố" and not _is_district(name, province)


def _is_district(name: str, province: str | None) -> bool:
    return bool(load_gazetteer().districts_named(name, province))


def _is_city_of_province(name: str, province: str | None) -> bool:
    """``name`` is a city (thành phố) under ``province``, a district-level unit the gazetteer knows."""
    return province is not None and any(
        d.kind == "thành phố" for d in load_gazetteer().districts_named(name, province)
    )
