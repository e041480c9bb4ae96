"""Dates, times of day and deadlines in Vietnamese notices.

Pure functions, text in and records out; every span is a character range into
the text that was passed in, shifted by ``offset`` so that callers can pass a
slice of a larger text. The words themselves live in
`ketluan.ingest.lang.vi.date_words`; this module only holds the grammar.

Matching runs on a *folded* copy of the text that has exactly the same length
(so offsets carry over): lower case, and each syllable's tone mark moved to one
fixed vowel, so "hoà"/"hòa", "qúy"/"quý" and "QUÝ" all read alike. Every regex
is compiled at import and uses only bounded repetition, so no input can make
it backtrack more than a constant amount per character.

Deadlines (``kl:dueBy``, see CONTRACT.md) are canonicalised as follows; "through"
cues are chậm nhất, hạn chót, thời hạn, đến (hết), trong, vào, xong, hoàn thành …:

====================================  ================================  ==========
written                               value                             datatype
====================================  ================================  ==========
(any cue) ngày 30/6/2019              2019-06-30 (the day as written)   date
through tháng 02/2018                 2018-02                           gYearMonth
through quý III/2020                  2020-09-30 (quarter's last day)   date
6 tháng đầu / cuối năm 2020           2020-06-30 / 2020-12-31           date
cuối tháng 6 / quý II / năm 2021      the period's last day             date
through năm 2021, đến năm 2012        2021, 2012                        gYear
trước tháng 9/2020, trước quý III     the day before it starts          date
15 ngày kể từ ngày ký / ngày họp      the notice's / meeting's date+15  date
10 ngày kể từ ngày kiểm tra           the inspection record's day+10    date
10 ngày làm việc kể từ ngày ký        + 10 weekdays (holidays unknown)  date
đầu …, giữa …, Tết, "kể từ ngày       no deadline                       --
nhận được" (receipt is not known)
====================================  ================================  ==========

A period counted from the notice or the meeting is read only where no calendar
deadline is (`find_relative_deadline`).

>>> [m.iso_date for m in find_dates("Ngày 25/01/2018, tại Hội trường")]
['2018-01-25']
>>> find_deadline("gửi về Sở trong tháng 02/2018 để theo dõi", 2018).value
'2018-02'
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from ketluan.ingest.lang.vi import date_words as _w
from ketluan.ingest.records import Deadline, Span

__all__ = [
    "DateMention",
    "TimeMention",
    "find_dates",
    "find_deadline",
    "find_relative_days",
    "find_relative_deadline",
    "find_time",
    "parse_place_and_date",
]

_MIN_YEAR, _MAX_YEAR = 1900, 2100


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class DateMention:
    """One calendar date written in the text, with the time of day when one is attached."""

    year: int | None
    month: int | None
    day: int | None
    hour: int | None
    minute: int | None
    span: Span

    @property
    def iso_date(self) -> str | None:
        """``YYYY-MM-DD`` when year, month and day are all known and form a real date."""
        if self.year is None or self.month is None or self.day is None:
            return None
        if not _valid(self.year, self.month, self.day):
            return None
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def iso_datetime(self) -> str | None:
        """``YYYY-MM-DDTHH:MM:00`` when the date is complete and an hour is attached."""
        date = self.iso_date
        if date is None or self.hour is None:
            return None
        return f"{date}T{self.hour:02d}:{self.minute or 0:02d}:00"


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time of day ("14g00", "8 giờ 30 phút sáng", "14:30")."""

    hour: int
    minute: int | None
    span: Span


# --------------------------------------------------------------------------- folding

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_VOWELS = frozenset("aăâeêioôơuưy")
_SPLIT_CACHE: dict[str, tuple[str, str]] = {}


def _split_tone(ch: str) -> tuple[str, str]:
    """``"ố"`` -> ``("ô", "\\u0301")``; characters without a tone mark come back unchanged."""
    hit = _SPLIT_CACHE.get(ch)
    if hit is None:
        hit = (ch, "")
        if not ch.isascii():
            nfd = unicodedata.normalize("NFD", ch)
            marks = [c for c in nfd if c in _TONE_MARKS]
            if marks:
                base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONE_MARKS))
                if len(base) == 1:
                    hit = (base, marks[0])
        _SPLIT_CACHE[ch] = hit
    return hit


@lru_cache(maxsize=1 << 15)
def _fold_letters(word: str) -> str:
    """One run of lower-case letters with its tone on the first vowel (cached: notices reuse few words)."""
    if word.isascii():
        return word
    tone = ""
    bases = []
    for ch in word:
        base, mark = _split_tone(ch)
        bases.append(base)
        tone = tone or mark
    if not tone:
        return word
    for i, base in enumerate(bases):
        if base in _VOWELS:
            toned = unicodedata.normalize("NFC", base + tone)
            if len(toned) == 1:
                bases[i] = toned
            break
    return "".join(bases)


_LETTER_SPLIT = re.compile(r"([^\W\d_]+)")


def _fold(text: str) -> str:
    """Lower-case ``text`` and put each syllable's tone on its first vowel; same length as ``text``."""
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" and a few others grow when lower-cased
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # each run of letters folded (the odd pieces of the split), through the cache: no Python call per word
    pieces = _LETTER_SPLIT.split(lowered)
    pieces[1::2] = map(_fold_letters, pieces[1::2])
    return "".join(pieces)


# --------------------------------------------------------------------------- grammar

_H = r"[ \t\u00a0\u202f]"
_S1 = _H + "{1,4}"
_S0 = _H + "{0,4}"
_BLANK = r"[ \t\u00a0\u202f._…]"  # the dotted/blank day of "ngày …… tháng 6 năm 2020"


def _alt(words: Iterable[str]) -> str:
    """A non-capturing alternation of folded phrases, longest first, spaces matching 1-4 blanks."""
    folded = {_fold(w) for w in words}
    parts = [_S1.join(re.escape(p) for p in w.split()) for w in sorted(folded, key=lambda w: (-len(w), w))]
    return "(?:" + "|".join(parts) + ")"


def _key(phrase: str) -> str:
    """Folded phrase with single spaces, for dictionary look-ups of matched text."""
    return " ".join(_fold(phrase).split())


_NGAY = _alt(_w.DAY_WORDS)
_MUNG = _alt(_w.DAY_PREFIXES)
_THANG = _alt(_w.MONTH_WORDS)
_NAM = _alt(_w.YEAR_WORDS)
_QUY = _alt(_w.QUARTER_WORDS)
_THIS = _alt(_w.THIS_WORDS)
_ROMAN = _alt(_w.ROMAN_NUMERALS)
_MODS = _alt(_w.PERIOD_MODIFIERS)
_SIDES = _alt(_w.YEAR_HALF_SIDES)
_HALF = _alt(_w.HALF_WORDS)
_COUNTS = _alt(_w.MONTH_COUNT_WORDS)
_HOURW = _alt(_w.HOUR_WORDS)
_MINW = _alt(_w.MINUTE_WORDS)
_POD = _alt(_w.PARTS_OF_DAY)
_WEEKDAY = _alt(_w.WEEKDAYS)
_AT = _alt(_w.AT_WORDS)
_NOT_LETTER = r"(?![^\W\d_])"

_ROMAN_VALUES = {_key(k): v for k, v in _w.ROMAN_NUMERALS.items()}
_MOD_VALUES = {_key(k): v for k, v in _w.PERIOD_MODIFIERS.items()}
_SIDE_VALUES = {_key(k): v for k, v in _w.YEAR_HALF_SIDES.items()}
_COUNT_VALUES = {_key(k): v for k, v in _w.MONTH_COUNT_WORDS.items()}
_POD_VALUES = {_key(k): v for k, v in _w.PARTS_OF_DAY.items()}
_CUE_VALUES = {_key(k): v for k, v in _w.DEADLINE_CUES.items()}
_COVERAGE_CUES = frozenset(_key(k) for k in _w.COVERAGE_CUES)


def _year_tail(a: str, b: str) -> str:
    """``/2018``, ``-2018``, ``.2018``, ``năm 2018`` or ``, năm 2018`` after a month or quarter; not a range."""
    return (
        rf"(?:{_S0}[/.-]{_S0}(?P<{a}>\d{{4}})|{_S0},?{_S0}{_NAM}{_S1}(?P<{b}>\d{{4}}))"
        rf"(?!\d)(?!{_S0}[-–—]{_S0}\d)"
    )


_DAY_LEAD = rf"(?:(?<!\w)(?P<ngay>{_NGAY}){_S1}(?:{_MUNG}{_S1})?)?(?<![\w/.,:-])"

# 25/01/2018, 25-01-2018, 25.01.2018, ngày 3/6; never a document number (12/2018/TB) nor a fraction
_DAY_NUMERIC = re.compile(
    rf"{_DAY_LEAD}(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?:(?P=sep)(?P<y>\d{{4}}))?"
    rf"(?![\w/]|[.,:-]\d)"
)
# 15/ 11/2008, 30 / 6 / 2021, 31/12/⏎2019, 15 - 10 - 2016, 15-10- 2016: a scanned or typed date with blanks
# around its slashes or dashes (a line break is a blank to the reader); only a whole day, month and year, the
# same mark twice, so that "3 / 4", "2/ 3" and "01 - 02" stay no date
_HN = r"[ \t\u00a0\u202f\n]"
_DAY_SPACED = re.compile(
    rf"{_DAY_LEAD}(?P<d>\d{{1,2}}){_HN}{{0,2}}(?P<sep>[/-]){_HN}{{0,2}}(?P<m>\d{{1,2}}){_HN}{{0,2}}(?P=sep)"
    rf"{_HN}{{0,2}}(?P<y>\d{{4}})(?![\w/]|[.,:-]\d)"
)
# what every match of `_DAY_SPACED` holds
_DIGIT_SPACED_SEP = re.compile(rf"\d{_HN}{{1,2}}[/-]|[/-]{_HN}{{1,2}}\d")
# ngày 21 tháng 04 năm 2010, ngày 21 tháng 4/2010
_DAY_WORDED = re.compile(
    rf"{_DAY_LEAD}(?P<d>\d{{1,2}}){_S1}{_THANG}{_S1}(?P<m>\d{{1,2}})(?!\d)(?:{_year_tail('y', 'y2')})?"
)
# Đồng Tháp, ngày    tháng 6 năm 2020 (the day is filled in by hand when signing)
_DAY_BLANK = re.compile(
    rf"(?<!\w)(?P<ngay>{_NGAY}){_BLANK}{{1,40}}{_THANG}{_S1}(?P<m>\d{{1,2}}){_S0},?{_S0}{_NAM}{_S1}"
    rf"(?P<y>\d{{4}})(?!\d)"
)
# tháng 02/2018, tháng 2 năm 2018, tháng 9
_MONTH = re.compile(rf"(?<!\w){_THANG}{_S1}(?P<m>\d{{1,2}}|{_ROMAN})(?!\w)(?:{_year_tail('y', 'y2')})?")
# tháng 5 và tháng 6, tháng 5, 6, tháng 5-6/2019, các tháng 10, 11 và 12 năm 2019: a span of months, read as its
# last month (the months ascending); a month written without "tháng" closes the span at a stop, a bracket or the
# line's end, or before the year ("trong tháng 5, 6 hộ dân …" counts households)
_MONTH_JOIN = rf"{_S0}(?:{_alt(_w.MONTH_LIST_JOINERS)}|[{re.escape(_w.RANGE_DASHES)}]){_S0}"
_MONTH_SPAN = re.compile(
    rf"(?<!\w){_THANG}{_S1}(?P<m1>\d{{1,2}})"
    rf"(?:{_MONTH_JOIN}(?:{_THANG}{_S1})?\d{{1,2}}(?!\d)){{0,2}}"
    rf"(?:{_MONTH_JOIN}{_THANG}{_S1}(?P<m>\d{{1,2}})(?!\w)"
    rf"|{_MONTH_JOIN}(?P<mb>\d{{1,2}})(?=[/.-]\d{{4}}|{_S0}(?:[.;:)\n]|,?{_S0}{_NAM}{_S1}\d|$)))"
    rf"(?:{_year_tail('y', 'y2')})?"
)
_MONTH_NUMBER = re.compile(r"\d{1,2}")
# các ngày 26 - 28/6/2024, ngày 26, 27 và 28/6/2024, ngày 26 đến 28/6: a span of days of one month, read as its
# last day (the days ascending), as a span of months is; "ngày" must open it ("26 - 28/6" alone may count things)
_DAY_JOIN = rf"{_S0}(?:{_alt(_w.DAY_LIST_JOINERS)}|[{re.escape(_w.RANGE_DASHES)}]){_S0}"
_DAY_SPAN = re.compile(
    rf"(?<!\w)(?P<ngay>{_NGAY}){_S1}(?P<d1>\d{{1,2}})(?:{_DAY_JOIN}\d{{1,2}}(?![\d/.]|-\d)){{0,5}}"
    rf"{_DAY_JOIN}(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?:(?P=sep)(?P<y>\d{{4}}))?(?![\w/]|[.,:-]\d)"
)
# quý III/2020, quý 3 năm 2020, quí I năm 2010, quý I, năm 2018, quý I
_QUARTER = re.compile(rf"(?<!\w){_QUY}{_S1}(?P<q>[1-4]|{_ROMAN})(?!\w)(?:{_year_tail('y', 'y2')})?")
# 6 tháng đầu năm 2020, 6 tháng cuối năm, nửa đầu năm 2021
_MONTHS = re.compile(
    rf"(?<!\w)(?:(?P<n>\d{{1,2}}|{_COUNTS}){_S1}{_THANG}|(?P<half>{_HALF})){_S1}(?P<side>{_SIDES}){_S1}{_NAM}"
    rf"(?:{_S1}(?P<y>\d{{4}})(?!\d)|{_S1}(?P<this>{_THIS}))?(?!\w)(?!{_S0}[-–—]{_S0}\d)"
)
# năm 2021, năm nay; never a range (năm 2021-2025)
_YEAR = re.compile(
    rf"(?<!\w){_NAM}(?:{_S1}(?P<y>\d{{4}})(?!\d)(?!{_S0}[-–—]{_S0}\d)|{_S1}(?P<this>{_THIS})(?!\w))"
)
# cuối năm (no number: the year is the meeting's)
_BARE_YEAR = re.compile(rf"(?<!\w)(?P<mod>{_MODS}){_S1}{_NAM}(?!\w)(?!{_S1}(?:\d|{_THIS}(?!\w)))")
# "cuối " / "đầu " right before a month, quarter or year
_MOD_BEFORE = re.compile(rf"(?<!\w)(?P<mod>{_MODS}){_S1}\Z")


def _time_re(p: str) -> str:
    return (
        rf"(?<![\w.,:/])(?P<{p}h>\d{{1,2}}){_S0}"
        rf"(?:{_HOURW}{_NOT_LETTER}(?:{_S0}(?P<{p}mi>\d{{1,2}})(?!\d)(?:{_S0}{_MINW}{_NOT_LETTER})?)?"
        rf"|:(?P<{p}mc>\d{{2}})(?!\d))"
        rf"(?:{_S1}(?P<{p}pod>{_POD})(?!\w))?"
    )


_TIME = re.compile(_time_re(""))
# what may stand right before a date: "14g00, ", "sáng ", "8 giờ 30 phút, sáng thứ Hai, "
_BEFORE_DATE = re.compile(
    rf"(?:(?<!\w)(?P<pod1>{_POD}){_S1})?(?:{_time_re('t')}{_S0},?{_S0})?"
    rf"(?:(?<!\w)(?P<pod2>{_POD}){_S1})?(?:(?<!\w){_WEEKDAY}{_S0},?{_S0})?\Z"
)
# a part of the day or a weekday right before a day written without "ngày" or a year: "Sáng 14-3", "chiều 14/3"
_POD_JUST_BEFORE = re.compile(rf"(?<!\w)(?:{_POD}|{_WEEKDAY}){_S0},?{_S0}\Z")
# what may follow a date: ", lúc 14 giờ", " (thứ Ba) vào lúc 8h30"
_AFTER_DATE = re.compile(rf"{_S0}[,(]?{_S0}(?:{_WEEKDAY}\)?{_S0},?{_S0})?(?:{_AT}{_S1})?{_time_re('t')}")

_CUE_BEFORE = re.compile(rf"(?<!\w)(?P<cue>{_alt(_w.DEADLINE_CUES)})(?!\w){_S0}[:,]?{_S0}\Z")
# a weak cue right after a verb in the past ("đã phát hiện trong quý I", "đã kiểm tra trong tháng 3"): the period
# says when it was done
_DONE_BEFORE = re.compile(rf"(?<!\w){_alt(_w.PAST_MARKERS)}\s+\w+(?:\s+\w+)?\s*$")
# "vừa" as a firm's size ("doanh nghiệp nhỏ và vừa"), not the past
_SIZE_WITH_VUA = re.compile(rf"(?<!\w){_alt(_w.SIZE_PHRASES_WITH_VUA)}(?!\w)")
_REPORT = re.compile(rf"(?<!\w){_alt(_w.REPORT_WORDS)}(?!\w)")
_HORIZON = re.compile(rf"(?<!\w){_alt(_w.HORIZON_WORDS)}(?!\w)")
_DOCUMENT = re.compile(rf"(?<!\w){_alt(_w.DOCUMENT_WORDS)}(?!\w)")
_RECURRING = re.compile(rf"(?<!\w){_alt(_w.RECURRING_WORDS)}(?!\w)")
_DOC_NUMBER = re.compile(r"(?<![\w/])\d{1,5}(?:/\d{4})?[/-][^\W\d_]")
# a season right before a year ("trong vụ nuôi năm 2013"): the cue is looked for before it
_SEASON_BEFORE = re.compile(rf"(?<!\w){_alt(_w.SEASON_WORDS)}{_S1}\Z")
# an occasion right before an un-cued period ("trong đợt cao điểm cuối năm"): the period names the occasion
_OCCASION_BEFORE = re.compile(rf"(?<!\w){_alt(_w.OCCASION_WORDS)}{_S1}\Z")
# the event of a time of extra care, named after its opening words, right before an un-cued period ("nhất là
# trong thời gian diễn ra kỳ họp HĐND tỉnh cuối năm 2016"): the period dates the event
_DURING_EVENT_BEFORE = re.compile(
    rf"(?<!\w){_alt(_w.DURING_EVENT_WORDS)}(?:{_S1}[^\s.;:!?]+){{1,{_w.DURING_EVENT_NAME_MAX_WORDS}}}{_S1}\Z"
)
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]")
# the dash of a range between two periods ("tháng 12/2020 - tháng 02/2021"), and a word opening the range
_RANGE_DASH = re.compile(rf"{_S0}[{re.escape(_w.RANGE_DASHES)}]{_S0}")
_RANGE_OPENER = re.compile(rf"(?<!\w){_alt(_w.RANGE_OPENERS)}{_S1}\Z")
# "báo cáo … tại cuộc họp giao ban (thường kỳ) " right before a month: the meeting the report is due at
_MEETING_DUE = re.compile(
    rf"(?<!\w)(?:{_alt(_w.MEETING_DUE_PLACES)})(?:{_S1}(?:{_alt(_w.MEETING_DUE_KINDS)}))?"
    # the meeting's body or kind in words ("phiên họp Thường trực HĐND huyện tháng 10/2012")
    rf"(?:{_S1}[^\W\d_]+){{0,{_w.MEETING_DUE_NAME_MAX_WORDS}}}?{_S1}\Z"
)
_MEETING_DUE_VERB = re.compile(rf"(?<!\w){_alt(_w.MEETING_DUE_VERBS)}(?!\w)")
_PAST_RIGHT_BEFORE = re.compile(rf"(?<!\w){_alt(_w.PAST_MARKERS)}{_S1}\Z")
_PLACE_SPLIT = re.compile(r"\s{2,}|\t|\|")

_WINDOW = 80  # characters looked at before a date for a time, cue or clause context
# characters looked back in a clause for the plan a weak "đến năm 2010" is the horizon of
_HORIZON_REACH = 160

_RELATIVE_UNITS = {_key(k): v for k, v in _w.RELATIVE_UNITS.items()}
_RELATIVE_ANCHORS = {_key(k): v for k, v in _w.RELATIVE_ANCHORS.items()}
# "15 (mười lăm) ngày làm việc kể từ ngày ký", "02 tháng, tính từ ngày họp", "05 ngày sau cuộc họp"
_RELATIVE = re.compile(
    rf"(?<![\w/.,-])(?P<n>\d{{1,3}})(?:{_S0}\([^()\d\n]{{1,30}}\))?{_S1}(?P<unit>{_alt(_w.RELATIVE_UNITS)})"
    rf"(?!\w){_S0},?{_S0}(?:{_alt(_w.RELATIVE_FROM)}){_S1}(?:(?:{_NGAY}|khi){_S1})?"
    rf"(?P<anchor>{_alt(k for k in _w.RELATIVE_ANCHORS)})(?!\w)"
)


# --------------------------------------------------------------------------- periods


@dataclass(slots=True)
class _Period:
    """One time expression found in the folded text (offsets without ``offset``)."""

    kind: str  # "day" | "month" | "quarter" | "months" | "year"
    start: int
    end: int
    year: int | None = None  # as written; None when left out
    this_year: bool = False  # "năm nay"
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    months: int | None = None  # "6 tháng …"
    side: str | None = None  # "start" | "end" for "6 tháng đầu/cuối năm"
    mod: str | None = None  # "end" | "start" | "middle" for "cuối/đầu/giữa …"
    ngay: bool = False  # introduced by "ngày"
    bare: bool = False  # "15/10" with neither "ngày" nor a year: only after a deadline cue

    def bounds(self, year: int) -> tuple[_dt.date, _dt.date] | None:
        """First and last day of the period in ``year``."""
        try:
            if self.kind == "day":
                assert self.month is not None and self.day is not None
                d = _dt.date(year, self.month, self.day)
                return d, d
            if self.kind == "month":
                assert self.month is not None
                return _dt.date(year, self.month, 1), _month_end(year, self.month)
            if self.kind == "quarter":
                assert self.quarter is not None
                return _dt.date(year, 3 * self.quarter - 2, 1), _month_end(year, 3 * self.quarter)
            if self.kind == "months":
                assert self.months is not None
                if self.side == "start":
                    return _dt.date(year, 1, 1), _month_end(year, self.months)
                return _dt.date(year, 13 - self.months, 1), _dt.date(year, 12, 31)
            return _dt.date(year, 1, 1), _dt.date(year, 12, 31)
        except ValueError:
            return None


def _month_end(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if year is not None and not _MIN_YEAR <= year <= _MAX_YEAR:
        return False
    if day is None:
        return True
    try:
        _dt.date(2000 if year is None else year, month, day)  # 2000 is a leap year: 29/02 is fine
    except ValueError:
        return False
    return True


def _year_of(m: re.Match[str], *names: str) -> int | None:
    for name in names:
        value = m.groupdict().get(name)
        if value:
            return int(value)
    return None


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return _ROMAN_VALUES.get(_key(text))


def _first_syllables(words: Iterable[str]) -> tuple[str, ...]:
    """The folded first syllable of each phrase: one of them is in any text that `_alt(words)` matches."""
    return tuple(sorted({_fold(w).split()[0] for w in words}))


def _holds(folded: str, firsts: tuple[str, ...]) -> bool:
    return any(f in folded for f in firsts)


_DIGIT = re.compile(r"\d")
_DIGIT_SEP = re.compile(r"\d[/.-]\d")  # what every match of `_DAY_NUMERIC` holds
_NGAY_FIRST = _first_syllables(_w.DAY_WORDS)
_THANG_FIRST = _first_syllables(_w.MONTH_WORDS)
_NAM_FIRST = _first_syllables(_w.YEAR_WORDS)
_QUY_FIRST = _first_syllables(_w.QUARTER_WORDS)
_SIDES_FIRST = _first_syllables(_w.YEAR_HALF_SIDES)
_MODS_FIRST = _first_syllables(_w.PERIOD_MODIFIERS)


def _scan(folded: str) -> list[_Period]:
    """Every time expression in ``folded``, left to right, without overlaps (longest first)."""
    found: list[_Period] = []
    # each expression is run only when the text holds what every match of it needs (a digit, its words):
    # a regex whose leading part is optional is tried at every character, and most texts (a directive,
    # a clause) hold no month, quarter or year at all; the order of `found` is set by the sort below
    digit = _DIGIT.search(folded) is not None
    thang, nam = _holds(folded, _THANG_FIRST), _holds(folded, _NAM_FIRST)
    numeric = digit and _DIGIT_SEP.search(folded) is not None  # "25/01", "3-6", "25.01"
    spaced = digit and _DIGIT_SPACED_SEP.search(folded) is not None  # "15/ 11/2008"
    day_rxs = (
        *((_DAY_NUMERIC,) if numeric else ()),
        *((_DAY_SPACED,) if spaced else ()),
        *((_DAY_WORDED,) if digit and thang else ()),
    )
    for rx in day_rxs:
        for m in rx.finditer(folded):
            day, month, year = int(m["d"]), int(m["m"]), _year_of(m, "y", "y2")
            ngay = m["ngay"] is not None
            # "Sáng 14-3, …", "chiều thứ Năm 14/3": a part of the day or a weekday says a date follows
            timed = (
                not ngay
                and year is None
                and _POD_JUST_BEFORE.search(folded, max(0, m.start() - 24), m.start())
            )
            bare = not ngay and year is None and not timed
            if bare and (rx is _DAY_WORDED or m["sep"] != "/"):
                continue  # "01-02 buổi", "3 tháng 6 …": only "ngày 3/6" or a cued "15/10"
            if _valid(year, month, day):
                found.append(
                    _Period("day", m.start(), m.end(), year, month=month, day=day, ngay=ngay, bare=bare)
                )
    for m in _DAY_SPAN.finditer(folded) if numeric else ():
        days = [int(x) for x in _MONTH_NUMBER.findall(folded, m.start("d1"), m.end("d"))]
        year = _year_of(m, "y")
        if all(a < b for a, b in zip(days, days[1:], strict=False)) and _valid(year, int(m["m"]), days[-1]):
            found.append(_Period("day", m.start(), m.end(), year, month=int(m["m"]), day=days[-1], ngay=True))
    for m in _DAY_BLANK.finditer(folded) if digit and thang and _holds(folded, _NGAY_FIRST) else ():
        if _valid(int(m["y"]), int(m["m"]), None):
            found.append(_Period("day", m.start(), m.end(), int(m["y"]), month=int(m["m"]), ngay=True))
    for m in _MONTH.finditer(folded) if thang else ():
        month_n, year = _number(m["m"]), _year_of(m, "y", "y2")
        if month_n is not None and _valid(year, month_n, None):
            found.append(_Period("month", m.start(), m.end(), year, month=month_n))
    for m in _MONTH_SPAN.finditer(folded) if thang else ():
        head = m.end("m") if m["m"] is not None else m.end("mb")
        months = [int(x) for x in _MONTH_NUMBER.findall(folded, m.start("m1"), head)]
        year = _year_of(m, "y", "y2")
        if all(a < b for a, b in zip(months, months[1:], strict=False)) and _valid(year, months[-1], None):
            found.append(_Period("month", m.start(), m.end(), year, month=months[-1]))
    for m in _QUARTER.finditer(folded) if _holds(folded, _QUY_FIRST) else ():
        quarter, year = _number(m["q"]), _year_of(m, "y", "y2")
        if quarter is not None and 1 <= quarter <= 4 and _valid(year, 1, None):
            found.append(_Period("quarter", m.start(), m.end(), year, quarter=quarter))
    for m in _MONTHS.finditer(folded) if nam and _holds(folded, _SIDES_FIRST) else ():
        count = 6 if m["half"] else (int(m["n"]) if m["n"].isdigit() else _COUNT_VALUES.get(_key(m["n"])))
        year = _year_of(m, "y")
        if count is not None and 1 <= count <= 11 and _valid(year, 1, None):
            side = _SIDE_VALUES[_key(m["side"])]
            found.append(
                _Period("months", m.start(), m.end(), year, m["this"] is not None, months=count, side=side)
            )
    for m in _YEAR.finditer(folded) if nam else ():
        year = _year_of(m, "y")
        if _valid(year, 1, None):
            found.append(_Period("year", m.start(), m.end(), year, m["this"] is not None))
    for m in _BARE_YEAR.finditer(folded) if nam and _holds(folded, _MODS_FIRST) else ():
        found.append(_Period("year", m.start(), m.end(), None, mod=_MOD_VALUES[_key(m["mod"])]))

    found.sort(key=lambda p: (p.start, -(p.end - p.start)))
    kept: list[_Period] = []
    for p in found:
        if kept and p.start < kept[-1].end:
            continue
        if p.kind in ("month", "quarter", "year") and p.mod is None:
            floor = kept[-1].end if kept else 0
            m = _MOD_BEFORE.search(folded, max(floor, p.start - 12), p.start)
            if m:
                p.mod = _MOD_VALUES[_key(m["mod"])]
                p.start = m.start()
        kept.append(p)
    return kept


# --------------------------------------------------------------------------- dates and times


def _hour(m: re.Match[str], p: str) -> tuple[int, int | None] | None:
    """(hour, minute) from a `_time_re(p)` match, or None when out of range."""
    hour = int(m[p + "h"])
    minute_text = m[p + "mi"] or m[p + "mc"]
    minute = int(minute_text) if minute_text else None
    if hour > 24 or (minute is not None and minute > 59) or (hour == 24 and minute):
        return None
    pod = m[p + "pod"]
    return _shift_hour(hour, _POD_VALUES[_key(pod)] if pod else None), minute


def _shift_hour(hour: int, part: str | None) -> int:
    if part == "pm" and hour < 12:
        return hour + 12
    if part == "noon" and 1 <= hour <= 4:
        return hour + 12
    if part == "night" and 6 <= hour < 12:
        return hour + 12
    return hour


def find_time(text: str, offset: int = 0) -> list[TimeMention]:
    """Every time of day in ``text``: "14g00", "8 giờ 30 phút", "14h30", "2 giờ chiều", "14:30".

    >>> [(t.hour, t.minute) for t in find_time("Lúc 14g00, ngày 21 tháng 04 năm 2010")]
    [(14, 0)]
    """
    folded = _fold(text)
    out: list[TimeMention] = []
    for m in _TIME.finditer(folded):
        hm = _hour(m, "")
        if hm is not None:
            out.append(TimeMention(hm[0], hm[1], Span(m.start() + offset, m.end() + offset)))
    return out


def _mention(folded: str, p: _Period, floor: int, ceiling: int) -> DateMention:
    """Turn a day period into a `DateMention`, taking a time or part of day written next to it."""
    start, end = p.start, p.end
    hour = minute = None
    before = _BEFORE_DATE.search(folded, max(floor, start - _WINDOW), start)
    if before and before.start() < start:
        start = before.start()
        if before["th"] is not None:
            hm = _hour(before, "t")
            if hm is not None:
                hour, minute = hm
        pod = before["pod1"] or before["pod2"]
        if hour is not None and pod:
            hour = _shift_hour(hour, _POD_VALUES[_key(pod)])
    if hour is None:
        after = _AFTER_DATE.match(folded, end, ceiling)
        if after:
            hm = _hour(after, "t")
            if hm is not None:
                hour, minute = hm
                end = after.end()
    return DateMention(p.year, p.month, p.day, hour, minute, Span(start, end))


def _day_mentions(folded: str, periods: list[_Period]) -> list[tuple[_Period, DateMention]]:
    out = []
    for i, p in enumerate(periods):
        if p.kind != "day" or p.bare:
            continue
        floor = periods[i - 1].end if i else 0
        ceiling = periods[i + 1].start if i + 1 < len(periods) else len(folded)
        out.append((p, _mention(folded, p, floor, ceiling)))
    return out


def find_dates(text: str, offset: int = 0) -> list[DateMention]:
    """Every calendar date written in ``text``, in order, with an attached time of day if any.

    Numeric (25/01/2018, 25-01-2018, 25.01.2018, "ngày 3/6"), worded ("ngày 21 tháng 4 năm
    2010") and blank-day header dates ("ngày    tháng 6 năm 2020": day None). A month, quarter
    or year alone is not a date here (see `find_deadline`). Document numbers, fractions,
    ranges, versions and ISO years are not dates.

    >>> m = find_dates("vào lúc 8 giờ 30 phút ngày 12/3/2019")[0]
    >>> m.iso_datetime
    '2019-03-12T08:30:00'
    """
    # a line break is a space to the reader ("… vào lúc 8 giờ ngày 15⏎tháng 02 năm 2023"); same length
    folded = _fold(text.replace("\n", " "))
    return [
        DateMention(m.year, m.month, m.day, m.hour, m.minute, m.span.shift(offset))
        for _, m in _day_mentions(folded, _scan(folded))
    ]


_RELATIVE_DAY_VALUES = {_key(k): v for k, v in _w.RELATIVE_DAYS.items()}
_RELATIVE_AFTER_PART_VALUES = {_key(k): v for k, v in _w.RELATIVE_DAYS_AFTER_PART.items()}
# "sáng nay", "chiều hôm qua", "hôm nay", "tối ngày hôm qua": a part of the day before a day word, or a day word
_RELATIVE_DAY = re.compile(
    rf"(?<!\w)(?:(?P<pod>{_POD}){_S1})?(?:(?P<day>{_alt(_w.RELATIVE_DAYS)})"
    rf"|(?P<short>{_alt(_w.RELATIVE_DAYS_AFTER_PART)})){_NOT_LETTER}"
)
_RELATIVE_DAY_FIRST = _first_syllables([*_w.RELATIVE_DAYS, *_w.RELATIVE_DAYS_AFTER_PART])


def find_relative_days(text: str, published: str, offset: int = 0) -> list[DateMention]:
    """The days a news story tells from the day it was published ("Sáng nay, Cục Thuế tỉnh … tổ chức hội
    nghị", "chiều hôm qua", "hôm nay"), as dates: ``published`` is that day (``YYYY-MM-DD``, the page's
    byline: "Cập nhật lúc 16:20, thứ Tư, 14/06/2023"). The words are `date_words.RELATIVE_DAYS`; "nay" and
    "qua" count only after a part of the day ("sáng nay"; "vừa qua", "năm nay" are no day). A time written
    right after it ("sáng nay (14/6) lúc 8 giờ") is not read here.

    >>> [d.iso_date for d in find_relative_days("Sáng nay, Cục Thuế tỉnh tổ chức hội nghị", "2023-06-14")]
    ['2023-06-14']
    >>> [d.iso_date for d in find_relative_days("Chiều hôm qua (13/6), Sở họp", "2023-06-14")]
    ['2023-06-13']
    """
    try:
        base = _dt.date.fromisoformat(published[:10])
    except ValueError:
        return []
    folded = _fold(text)
    if not _holds(folded, _RELATIVE_DAY_FIRST):
        return []
    out: list[DateMention] = []
    for m in _RELATIVE_DAY.finditer(folded):
        if m["short"] is not None:
            if m["pod"] is None:
                continue  # "vừa qua", "năm nay": no day
            back = _RELATIVE_AFTER_PART_VALUES[_key(m["short"])]
        else:
            back = _RELATIVE_DAY_VALUES[_key(m["day"])]
        day = base + _dt.timedelta(days=back)
        out.append(
            DateMention(day.year, day.month, day.day, None, None, Span(m.start() + offset, m.end() + offset))
        )
    return out


def parse_place_and_date(line: str, offset: int = 0) -> tuple[str | None, DateMention | None, Span | None]:
    """Split a header line "Vĩnh Long, ngày 25 tháng 01 năm 2018" into place and date.

    Returns ``(place, date, place_span)``; the place is None when the line has none (the date is
    then the line's first date), and everything is None when the line has no date.

    >>> place, date, span = parse_place_and_date("TP. Hồ Chí Minh, ngày 5 tháng 3 năm 2021")
    >>> place, date.iso_date
    ('TP. Hồ Chí Minh', '2021-03-05')
    """
    folded = _fold(line)
    mentions = _day_mentions(folded, _scan(folded))
    if not mentions:
        return None, None, None
    first = mentions[0][1]
    for period, mention in mentions:
        if not period.ngay:
            continue
        head = line[: period.start].rstrip(" \t\u00a0*_")
        if not head.endswith(","):
            continue
        head = head[:-1]
        seg_start = 0
        for gap in _PLACE_SPLIT.finditer(head):
            seg_start = gap.end()
        seg = head[seg_start:]
        lead = len(seg) - len(seg.lstrip(" \t\u00a0*_#>-"))
        place = seg[lead:].rstrip(" \t\u00a0*_")
        words = place.split()
        if (
            place
            and place[0].isalpha()
            and place[0].isupper()
            and len(words) <= 7
            and not any(c.isdigit() or c in ":;/()" for c in place)
        ):
            start = seg_start + lead
            shifted = DateMention(*_fields(mention), mention.span.shift(offset))
            return place, shifted, Span(start + offset, start + len(place) + offset)
    return None, DateMention(*_fields(first), first.span.shift(offset)), None


def _fields(m: DateMention) -> tuple[int | None, int | None, int | None, int | None, int | None]:
    return m.year, m.month, m.day, m.hour, m.minute


# --------------------------------------------------------------------------- deadlines


@dataclass(slots=True)
class _Cue:
    start: int
    meaning: str | None  # "before" | "through" | None (no cue: a quarter or half-year on its own)
    strength: int  # 2 strong, 1 weak, 0 none
    kind: str  # innermost cue's kind: "prep", "verb" or ""
    coverage: bool  # innermost cue is "đến"/"tới": may describe how far a report reaches


def _cue_before(folded: str, start: int, floor: int) -> _Cue:
    """Read deadline cue phrases right-to-left from ``start`` ("thời hạn hoàn thành trước ")."""
    pos, meaning, strength, kind, coverage, first = start, None, 0, "", False, True
    for _ in range(5):
        m = _CUE_BEFORE.search(folded, max(floor, pos - 40), pos)
        if not m:
            break
        key = _key(m["cue"])
        cue_meaning, cue_strength, cue_kind = _CUE_VALUES[key]
        if cue_kind == "stop":
            return _Cue(start, None, 0, "stop", False)
        if cue_strength and first:
            kind, coverage, first = cue_kind, key in _COVERAGE_CUES, False
        meaning = meaning or cue_meaning
        strength = max(strength, cue_strength)
        pos = m.start()
    return _Cue(pos, meaning if strength else None, strength, kind, coverage)


# A deadline named in words, its day given in brackets after the name: "thanh toán … đến hết thời gian chỉnh lý
# quyết toán ngân sách (31/01/2013)", "hoàn thành trước Tết Nguyên đán (ngày 10/02/2013)".
_BRACKET_OPEN = re.compile(rf"\({_S0}(?:{_alt(_w.DAY_WORDS)}{_S1})?\Z")
_BRACKET_CLOSE = re.compile(rf"{_S0}\)")
_STRONG_CUE = re.compile(rf"(?<!\w){_alt(k for k, v in _w.DEADLINE_CUES.items() if v[1] == 2)}(?!\w)")
_NAMED_DEADLINE_MAX = 70  # characters of the name between the cue and the bracket


def _bracketed_cue(folded: str, p: _Period, floor: int) -> _Cue | None:
    """The cue of a period written in brackets after the words that name it ("đến hết thời gian chỉnh lý quyết
    toán ngân sách (31/01/2013)"): the last strong cue of the clause before the bracket, when the words between
    them hold no number or bracket of their own (the date explains the words, it is not an aside); else None."""
    m = _BRACKET_OPEN.search(folded, max(floor, p.start - 12), p.start)
    if m is None or _BRACKET_CLOSE.match(folded, p.end) is None:
        return None
    window_start = max(floor, m.start() - _WINDOW)
    cut = window_start
    for brk in _CLAUSE_BREAK.finditer(folded, window_start, m.start()):
        cut = brk.end()
    last: re.Match[str] | None = None
    for c in _STRONG_CUE.finditer(folded, cut, m.start()):
        last = c
    if last is None:
        return None
    named = folded[last.end() : m.start()].strip()
    if not named or len(named) > _NAMED_DEADLINE_MAX or re.search(r"[\d()]", named):
        return None
    cue = _cue_before(folded, last.end(), floor)
    return cue if cue.strength == 2 else None


def _meeting_due(folded: str, start: int, floor: int) -> _Cue | None:
    """The cue of a month a report is due at the meeting of ("báo cáo Chủ tịch UBND xã tại cuộc họp giao ban
    tháng 02/2026"): a meeting right before the month, and a verb of reporting earlier in its clause that is not
    told in the past ("đã báo cáo tại cuộc họp tháng 3"); else None."""
    m = _MEETING_DUE.search(folded, max(floor, start - _WINDOW), start)
    if m is None:
        return None
    clause = _clause(folded, m.start())
    base = m.start() - len(clause)
    verbs = list(_MEETING_DUE_VERB.finditer(clause))
    if not verbs or _PAST_RIGHT_BEFORE.search(
        folded, max(0, base + verbs[-1].start() - 12), base + verbs[-1].start()
    ):
        return None
    return _Cue(m.start(), "through", 1, "", False)


def _done_before(folded: str, start: int, end: int) -> bool:
    """Whether a past marker and its verb end right at ``end`` ("đã phát hiện trong quý I"): the period after it
    says when something was done. A "vừa" inside a firm's size ("doanh nghiệp nhỏ và vừa tỉnh trong quý II") is
    the adjective "medium" and puts nothing in the past."""
    m = _DONE_BEFORE.search(folded, start, end)
    if m is None:
        return False
    around = folded[max(0, m.start() - 16) : min(len(folded), m.start() + 16)]
    offset = max(0, m.start() - 16)
    return not any(
        s.start() + offset <= m.start() < s.end() + offset for s in _SIZE_WITH_VUA.finditer(around)
    )


def _clause(folded: str, start: int, reach: int = 0) -> str:
    """The words of the clause that ends at ``start``, at most `_WINDOW` characters (or ``reach``)."""
    window_start = max(0, start - (reach or _WINDOW))
    window = folded[window_start:start]
    cut = 0
    for brk in _CLAUSE_BREAK.finditer(window):
        cut = brk.end()
    return window[cut:]


def _canonical(p: _Period, cue: _Cue, year: int) -> tuple[str, str] | None:
    bounds = p.bounds(year)
    if bounds is None:
        return None
    first, last = bounds
    if p.mod is not None:
        return (last.isoformat(), "date") if p.mod == "end" else None
    if p.kind == "day":
        return last.isoformat(), "date"
    if cue.meaning == "before":
        return (first - _dt.timedelta(days=1)).isoformat(), "date"
    if p.kind == "month":
        return f"{year:04d}-{p.month:02d}", "gYearMonth"
    if p.kind == "year":
        return f"{year:04d}", "gYear"
    return last.isoformat(), "date"


_SPECIFICITY = {"day": 3, "month": 2, "quarter": 2, "months": 2, "year": 1}


def _add_workdays(day: _dt.date, n: int) -> _dt.date:
    while n > 0:
        day += _dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def _add_months(day: _dt.date, n: int) -> _dt.date:
    month = day.month - 1 + n
    year, month = day.year + month // 12, month % 12 + 1
    return _dt.date(year, month, min(day.day, _month_end(year, month).day))


def find_relative_deadline(
    text: str, counted_from: Mapping[str, _dt.date], offset: int = 0
) -> Deadline | None:
    """A deadline written as a period counted from the notice or the meeting ("trong vòng 15 ngày kể từ ngày
    ký", "10 ngày làm việc sau cuộc họp"), placed on the calendar from ``counted_from`` ("issued": the
    notice's date, "meeting": the meeting's). The first such period whose event is known wins.

    A period of days ends N days after its event (Bộ luật Dân sự 2015, Điều 147: the count starts the next
    day); working days skip Saturdays and Sundays but not public holidays, which are not known here.

    >>> import datetime as dt
    >>> find_relative_deadline("báo cáo trong vòng 15 ngày kể từ ngày ký", {"issued": dt.date(2020, 6, 25)}).value
    '2020-07-10'
    """
    folded = _fold(text.replace("\n", " "))
    for m in _RELATIVE.finditer(folded):
        event = _RELATIVE_ANCHORS.get(_key(m["anchor"]))
        start = counted_from.get(event) if event else None
        if start is None and event == "meeting":
            start = counted_from.get("issued")  # the meeting's date left out: the notice follows it closely
        n = int(m["n"])
        if start is None or not 0 < n <= 366:
            continue
        unit = _RELATIVE_UNITS[_key(m["unit"])]
        if unit == "workday":
            due = _add_workdays(start, n)
        elif unit == "month":
            due = _add_months(start, n)
        else:
            due = start + _dt.timedelta(days=n * (7 if unit == "week" else 1))
        return Deadline(due.isoformat(), "date", Span(m.start() + offset, m.end() + offset))
    return None


_EVENT = re.compile(rf"(?<!\w)(?P<event>{_alt(_w.DATED_EVENTS)})(?!\w)")
_EVENT_CUES = _alt(k for k, v in _w.DEADLINE_CUES.items() if v[1] == 2 and v[2] == "prep")
# "trước ngày khai giảng", "chậm nhất trước lễ khai mạc", "trước khi khai giảng năm học mới"
_EVENT_DEADLINE = re.compile(
    rf"(?<!\w)(?P<cue>{_EVENT_CUES}){_S1}(?:(?:{_alt(_w.EVENT_LEADS)}){_S1}){{0,2}}"
    rf"(?P<event>{_alt(_w.DATED_EVENTS)})(?!\w)"
)


# the same, on the text as written (lower case): none of these words has a tone a typist may place otherwise, so a
# notice without one is passed over without folding it
def _raw_alt(words: Iterable[str]) -> str:
    """A non-capturing alternation of phrases as written, longest first, spaces matching any blanks."""
    return (
        "(?:"
        + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))
        + ")"
    )


_EVENT_DEADLINE_RAW = re.compile(
    rf"(?<!\w){_raw_alt(k for k, v in _w.DEADLINE_CUES.items() if v[1] == 2 and v[2] == 'prep')}\s+"
    rf"(?:{_raw_alt(_w.EVENT_LEADS)}\s+){{0,2}}{_raw_alt(_w.DATED_EVENTS)}(?!\w)"
)
_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)")
EVENT_KEY_PREFIX = "event:"
_EVENT_NAMES = {_key(w): w for w in _w.DATED_EVENTS}


def event_days(text: str, default_year: int | None) -> dict[str, _dt.date]:
    """The days of the events a notice dates ("Lễ khai giảng năm học mới tổ chức vào ngày 05/9/2019", "Ngày
    10/10/2020, khai mạc Đại hội …"), keyed ``"event:" + the event`` (`DATED_EVENTS`, folded), for
    `find_deadline`'s ``counted_from``: a sentence naming the event and one day, not as a deadline ("trước ngày
    …", "hoàn thành …"). An event dated twice over, to two days, is left out; a day without its year takes
    ``default_year``. An inspection record's own day is keyed ``"inspection"`` (`_inspection_day`).

    >>> event_days("Lễ khai giảng tổ chức vào ngày 05/9/2019. Các trường chuẩn bị trước ngày khai giảng.", None)
    {'event:khai giảng': datetime.date(2019, 9, 5)}
    """
    out: dict[str, _dt.date] = {}
    inspected = _inspection_day(text, default_year)
    if inspected is not None:
        out["inspection"] = inspected
    if _EVENT_DEADLINE_RAW.search(text.lower()) is None:
        return out  # no deadline in the notice is set by an event
    folded = _fold(text.replace("\n", " "))
    found: dict[str, set[_dt.date]] = {}
    for m in _EVENT.finditer(folded):
        if _EVENT_DEADLINE.match(folded, max(0, m.start() - 40)) and _cue_before_event(folded, m.start()):
            continue  # "trước ngày khai giảng": the event sets a deadline here, it is not dated
        a = max(
            (e.end() for e in _SENTENCE_END.finditer(folded, max(0, m.start() - 300), m.start())), default=0
        )
        b_m = _SENTENCE_END.search(folded, m.end())
        b = b_m.start() if b_m is not None else len(folded)
        days = [p for p in _scan(folded[a:b]) if p.kind == "day"]
        if len(days) != 1:
            continue
        p = days[0]
        if _cue_before(folded, a + p.start, a).strength == 2:
            continue  # "hoàn thành trước ngày 30/8 để kịp khai giảng": a deadline, not the event's day
        year = p.year if p.year is not None else default_year
        month, day = p.month, p.day
        if year is None or month is None or day is None or not _valid(year, month, day):
            continue
        found.setdefault(EVENT_KEY_PREFIX + _EVENT_NAMES[_key(m["event"])], set()).add(
            _dt.date(year, month, day)
        )
    out.update({k: next(iter(v)) for k, v in found.items() if len(v) == 1})
    return out


_INSPECTION_RECORD_TITLE = re.compile(rf"(?<!\w){_alt(_w.INSPECTION_RECORD_TITLES)}(?!\w)")
_RECORD_DAY_LEAD = re.compile(rf"(?<!\w){_alt(_w.RECORD_DAY_LEADS)}(?!\w)")


def _inspection_day(text: str, default_year: int | None) -> _dt.date | None:
    """The day an inspection record was made on the spot ("BIÊN BẢN KIỂM TRA … hôm nay, hồi 8 giờ 30 phút ngày
    11 tháng 5 năm 2016, tại khu vực mỏ …"): the inspection's day, which "kể từ ngày kiểm tra" counts from. None
    for any other notice, whose inspection is held on a day it does not give."""
    folded = _fold(text[: _w.INSPECTION_TITLE_REACH].replace("\n", " "))
    title = _INSPECTION_RECORD_TITLE.search(folded)
    if title is None:
        return None
    lead = _RECORD_DAY_LEAD.search(folded, title.end())
    if lead is None:
        return None
    window = folded[lead.end() : lead.end() + _w.RECORD_DAY_REACH]
    p = next((p for p in _scan(window) if p.kind == "day"), None)
    if p is None or p.month is None or p.day is None:
        return None
    year = p.year if p.year is not None else default_year
    if year is None or not _valid(year, p.month, p.day):
        return None
    return _dt.date(year, p.month, p.day)


def _cue_before_event(folded: str, start: int) -> bool:
    """A deadline cue and its leads end right at ``start``, where an event is named ("… trước ngày |khai
    giảng")."""
    return any(
        m.end("event") > start >= m.start("event")
        for m in _EVENT_DEADLINE.finditer(folded, max(0, start - 40), start + 40)
    )


_BRANCH_INDEX = {_key(w): i for i, ws in enumerate(_w.EARTHLY_BRANCHES) for w in ws}
_STEM_INDEX = {_key(w): i for i, w in enumerate(_w.HEAVENLY_STEMS)}
_TET_WORD = _fold("tết")
# "trước Tết Nguyên đán Giáp Thìn 2024", "chậm nhất trước dịp Tết Nguyên đán năm 2019", "trước Tết Canh Tý"
_TET_DEADLINE = re.compile(
    rf"(?<!\w)(?P<cue>{_EVENT_CUES}){_S1}(?:(?:{_alt(_w.EVENT_LEADS)}){_S1}){{0,2}}(?:{_alt(_w.TET_NAMES)})"
    rf"(?:{_S1}(?P<stem>{_alt(_w.HEAVENLY_STEMS)}){_S1}(?P<branch>{_alt(_BRANCH_INDEX)}))?"
    rf"(?:{_S1}(?:{_NAM}{_S1})?(?P<year>\d{{4}}))?(?![\w/])"
)
# the years a stem-branch name is looked for in, from the meeting's year: that year and the next
_TET_YEARS_AHEAD = 2


def _tet_deadline(folded: str, default_year: int | None, offset: int) -> tuple[int, Deadline] | None:
    """The first day of the lunar New Year a deadline is set by ("hoàn thành trước Tết Nguyên đán Giáp Thìn
    2024" -> 2024-02-10; `TET_DAYS`), with where its cue starts; None where the Tết has no year or stem-branch
    name, or its year is before ``default_year``."""
    if _TET_WORD not in folded:
        return None
    for m in _TET_DEADLINE.finditer(folded):
        year: int | None = None
        if m["year"]:
            year = int(m["year"])
        elif m["stem"] and default_year is not None:
            stem, branch = _STEM_INDEX[_key(m["stem"])], _BRANCH_INDEX[_key(m["branch"])]
            year = next(
                (
                    y
                    for y in range(default_year, default_year + _TET_YEARS_AHEAD)
                    if (y - 4) % 10 == stem and (y - 4) % 12 == branch
                ),
                None,
            )
        if year is None or (default_year is not None and year < default_year) or year not in _w.TET_DAYS:
            continue
        month, day = _w.TET_DAYS[year]
        return m.start(), Deadline(
            _dt.date(year, month, day).isoformat(), "date", Span(m.start() + offset, m.end() + offset)
        )
    return None


def find_event_deadline(text: str, counted_from: Mapping[str, _dt.date], offset: int = 0) -> Deadline | None:
    """A deadline set by an event the notice dates elsewhere ("trước ngày khai giảng", the notice saying "Lễ
    khai giảng … vào ngày 05/9/2019"): that day, from ``counted_from`` (`event_days`). None for an event the
    notice does not date.

    >>> import datetime as dt
    >>> find_event_deadline("sửa chữa xong trước ngày khai giảng", {"event:khai giảng": dt.date(2019, 9, 5)}).value
    '2019-09-05'
    """
    folded = _fold(text.replace("\n", " "))
    for m in _EVENT_DEADLINE.finditer(folded):
        day = counted_from.get(EVENT_KEY_PREFIX + _EVENT_NAMES[_key(m["event"])])
        if day is not None:
            return Deadline(day.isoformat(), "date", Span(m.start() + offset, m.end() + offset))
    return None


def find_deadline(
    text: str,
    default_year: int | None,
    offset: int = 0,
    counted_from: Mapping[str, _dt.date] | None = None,
) -> Deadline | None:
    """The last day a task may be done, canonicalised as ``kl:dueBy`` wants it (see CONTRACT.md).

    Only a period introduced by a deadline cue ("trước", "chậm nhất", "hạn chót", "trong",
    "đến", "xong", "hoàn thành" …) counts, except that a quarter, a half-year or "cuối …" may
    stand alone when nothing in its clause says it is being reported on or cited. A year left
    out is ``default_year`` (the meeting's); without one such a period is skipped. Periods
    whose written year is before ``default_year`` describe the past and are skipped too.
    Strong cues beat weak ones ("trong", "đến", "vào"), which beat un-cued periods; then a
    day beats a month or quarter, which beats a year; then the first one wins.

    >>> d = find_deadline("Báo cáo kết quả về Sở trước ngày 30/6/2019.", 2019)
    >>> d.value, d.datatype
    ('2019-06-30', 'date')
    >>> find_deadline("hoàn thành trong năm 2021", 2021).datatype
    'gYear'
    """
    # a line break is a space to the reader ("hoàn thành trước ngày⏎31 tháng 12 năm 2006"); same length
    folded = _fold(text.replace("\n", " "))
    periods = _scan(folded)
    best: tuple[tuple[int, int, int], Deadline] | None = None
    range_cue: _Cue | None = None  # the cue before a range whose start was the last period
    for i, p in enumerate(periods):
        floor = periods[i - 1].end if i else 0
        opened, range_cue = range_cue, None
        if i + 1 < len(periods) and _RANGE_DASH.fullmatch(folded, p.end, periods[i + 1].start):
            # "Tháng 12/2020 - tháng 02/2021": the range runs through its end, under the cue before its start
            lead = p.start
            opener = _RANGE_OPENER.search(folded, max(floor, lead - 8), lead)
            range_cue = _cue_before(folded, opener.start() if opener else lead, floor)
            continue
        lead = p.start
        if p.kind == "day":  # "trước 17 giờ ngày 30/6": the cue stands before the time of day
            before = _BEFORE_DATE.search(folded, max(floor, p.start - _WINDOW), p.start)
            if before:
                lead = before.start()
        elif p.kind == "year":
            season = _SEASON_BEFORE.search(folded, max(floor, p.start - _WINDOW), p.start)
            if season:
                lead = season.start()
        cue = _cue_before(folded, lead, floor)
        if cue.kind == "stop":
            continue
        if cue.strength == 0 and opened is not None and opened.kind != "stop":
            cue = opened
        if cue.strength == 0 and p.kind == "day":
            named = _bracketed_cue(folded, p, floor)
            if named is not None:
                cue = named
        if cue.strength == 0 and (p.kind == "month" or p.mod == "end"):
            # "báo cáo … tại phiên họp tháng 10/2012", "… tại kỳ họp cuối năm 2010": due at that meeting
            due = _meeting_due(folded, p.start, floor)
            if due is not None:
                cue = due
        if cue.strength == 0:
            if not (p.kind in ("quarter", "months") or p.mod == "end"):
                continue
            if _OCCASION_BEFORE.search(folded, max(floor, p.start - _WINDOW), p.start):
                continue  # "xử lý nghiêm xe quá tải trong đợt cao điểm cuối năm": when, not by when
            if _DURING_EVENT_BEFORE.search(folded, max(floor, p.start - _WINDOW), p.start):
                continue  # "nhất là trong thời gian diễn ra kỳ họp HĐND tỉnh cuối năm 2016": the event's time
            clause = _clause(folded, p.start)
            if any(rx.search(clause) for rx in (_REPORT, _HORIZON, _DOCUMENT, _DOC_NUMBER)):
                continue
        else:
            if p.bare and cue.kind != "prep":
                continue  # "hoàn thành 2/3 khối lượng" is a fraction
            if cue.strength == 1 and cue.coverage:
                clause = _clause(folded, cue.start)
                if _REPORT.search(clause) or _HORIZON.search(_clause(folded, cue.start, _HORIZON_REACH)):
                    # "xây dựng Quy hoạch hạ tầng mạng viễn thông thụ động (cột ăng ten) tỉnh Nghệ An đến năm
                    # 2010": the plan's horizon, its noun often far back in the clause
                    continue
            if cue.strength == 1 and _done_before(folded, max(floor, cue.start - 24), cue.start):
                continue  # "các vi phạm đã phát hiện trong quý I": when something was done, not a deadline
        if p.year is not None:
            if default_year is not None and p.year < default_year:
                continue  # "trong năm 2017" in a 2018 notice reports on the past
            year = p.year
        else:
            if default_year is None:
                continue
            if not p.this_year and _RECURRING.search(_clause(folded, cue.start)):
                continue  # "hằng quý, trước ngày 15/3" repeats every year
            year = default_year
        value = _canonical(p, cue, year)
        if value is None:
            continue
        rank = (-cue.strength, -_SPECIFICITY[p.kind], p.start)
        if best is None or rank < best[0]:
            span = Span(min(cue.start, lead) + offset, p.end + offset)
            best = (rank, Deadline(value[0], value[1], span))
    tet = _tet_deadline(folded, default_year, offset)
    if tet is not None:
        rank = (-2, -_SPECIFICITY["day"], tet[0])
        if best is None or rank < best[0]:
            best = (rank, tet[1])
    if best is None and counted_from:
        return find_relative_deadline(text, counted_from, offset) or find_event_deadline(
            text, counted_from, offset
        )
    return best[1] if best else None
