"""Words that write dates, times, periods and deadlines in Vietnamese notices.

Sources: the date line of Nghị định 30/2020/NĐ-CP (Phụ lục I: "Địa danh, ngày …
tháng … năm …"), the seed notices in the corpus (ngày 25/01/2018, quí I năm
2010, 6 tháng cuối năm 2010, Lúc 14g00, trong tháng 02/2018) and the usual
wording of deadlines in kết luận/thông báo ("chậm nhất ngày …", "hạn chót …",
"xong trước …", "từ nay đến năm …").

Everything is written in lower case with today's tone placement; the parser in
`ketluan.ingest.dates` folds case and tone placement (hoà/hòa, qúy/quý) on
both sides, so only genuinely different spellings (quí/quý) are listed twice.
Data only: no parsing here.
"""

# --- the date itself -------------------------------------------------------

DAY_WORDS: frozenset[str] = frozenset({"ngày"})
DAY_PREFIXES: frozenset[str] = frozenset({"mùng", "mồng"})  # "ngày mồng 5 tháng 3"
MONTH_WORDS: frozenset[str] = frozenset({"tháng"})
YEAR_WORDS: frozenset[str] = frozenset({"năm"})
QUARTER_WORDS: frozenset[str] = frozenset({"quý", "quí"})  # seed 001 writes "quí I năm 2010"
THIS_WORDS: frozenset[str] = frozenset({"nay", "này"})  # "năm nay", "cuối năm nay"

# Roman numerals used for quarters (quý I-IV) and, rarely, months (tháng XII).
# fmt: off
ROMAN_NUMERALS: dict[str, int] = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6,
    "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12,
}
# fmt: on

# Which end of a period a modifier points at.  Only "end" can be canonicalised
# to a last day; "start"/"middle" periods are recognised (so that their numbers
# are not misread) but never become a deadline.
PERIOD_MODIFIERS: dict[str, str] = {
    "cuối": "end",
    "đầu": "start",
    "giữa": "middle",
}

# "6 tháng đầu năm", "6 tháng cuối năm", "nửa đầu năm": a run of months at one
# end of the year.  Number words are the spelled-out counts seen in notices.
HALF_WORDS: frozenset[str] = frozenset({"nửa"})  # nửa đầu năm = 6 tháng đầu năm
# fmt: off
MONTH_COUNT_WORDS: dict[str, int] = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6,
    "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11,
}
# fmt: on
YEAR_HALF_SIDES: dict[str, str] = {"đầu": "start", "cuối": "end"}

# --- time of day -----------------------------------------------------------

HOUR_WORDS: frozenset[str] = frozenset({"giờ", "g", "h"})  # "8 giờ 30", "14g00", "14h30"
MINUTE_WORDS: frozenset[str] = frozenset({"phút", "p", "'", "’"})  # "30 phút", "8h30'"
AT_WORDS: frozenset[str] = frozenset({"lúc", "vào lúc", "vào hồi", "hồi"})  # not part of the span

# part of day -> how it shifts a 12-hour clock reading
#   "am": no change; "pm": +12 when the hour is below 12;
#   "noon": +12 when the hour is 1-4 ("1 giờ trưa" = 13:00);
#   "night": +12 when the hour is 6-11 ("10 giờ đêm" = 22:00, "2 giờ đêm" = 02:00)
PARTS_OF_DAY: dict[str, str] = {
    "sáng": "am",
    "trưa": "noon",
    "chiều": "pm",
    "tối": "pm",
    "đêm": "night",
}

# A day a news story tells from the day it was published ("Sáng nay, Cục Thuế tỉnh … tổ chức hội nghị" under
# "Cập nhật lúc 16:20, thứ Tư, 14/06/2023"; "chiều hôm qua", "tối qua"): the days back from the publication
# date. The first are days on their own ("hôm nay", "ngày hôm qua"); the second only after a part of the day
# (`PARTS_OF_DAY`: "sáng nay", "chiều qua"), since alone they are other words ("nay" is "now", "vừa qua" is
# "recently"). Read only against a page's publication date (`ketluan.ingest.dates.find_relative_days`).
RELATIVE_DAYS: dict[str, int] = {
    "hôm nay": 0,
    "ngày hôm nay": 0,
    "hôm qua": -1,
    "ngày hôm qua": -1,
    "hôm kia": -2,
}
RELATIVE_DAYS_AFTER_PART: dict[str, int] = {"nay": 0, "qua": -1}

# fmt: off
WEEKDAYS: dict[str, int] = {  # ISO weekday numbers
    "thứ hai": 1, "thứ 2": 1,
    "thứ ba": 2, "thứ 3": 2,
    "thứ tư": 3, "thứ 4": 3,
    "thứ năm": 4, "thứ 5": 4,
    "thứ sáu": 5, "thứ 6": 5,
    "thứ bảy": 6, "thứ 7": 6,
    "chủ nhật": 7,
}
# fmt: on

# --- deadlines -------------------------------------------------------------

# Cue phrases that introduce a deadline, read right-to-left from the date:
# "thời hạn hoàn thành trước ngày 30/6" = thời hạn + hoàn thành + trước + <date>.
#
#   meaning  "before":  the last day before the period starts (a bare day is kept as written:
#                        "trước ngày 30/6/2019" -> 2019-06-30, per CONTRACT.md)
#            "through": the period itself is the limit
#            None:      a connector that only joins cues ("là", "từ nay", "ngay")
#   strength 2 strong cue, 1 weak cue ("trong", "đến", "vào": also used for mere framing),
#            0 connector (never a cue on its own)
#   kind     "prep" a preposition-like cue that may introduce a bare "15/10" with no "ngày",
#            "verb" a verb of completion, "stop" a phrase that rules a deadline out, "" otherwise
DEADLINE_CUES: dict[str, tuple[str | None, int, str]] = {
    "trước": ("before", 2, "prep"),
    "chậm nhất": ("through", 2, "prep"),
    "muộn nhất": ("through", 2, "prep"),
    "trễ nhất": ("through", 2, "prep"),
    "hạn chót": ("through", 2, "prep"),
    "hạn cuối": ("through", 2, "prep"),
    "thời hạn": ("through", 2, "prep"),
    "hạn": ("through", 2, "prep"),
    "đến hết": ("through", 2, "prep"),
    "tới hết": ("through", 2, "prep"),
    "cho đến hết": ("through", 2, "prep"),
    "hoàn thành": ("through", 2, "verb"),
    "hoàn tất": ("through", 2, "verb"),
    "xong": ("through", 2, "verb"),
    "kết thúc": ("through", 2, "verb"),
    "trong": ("through", 1, ""),
    "ngay trong": ("through", 1, ""),
    "trong các": ("through", 1, ""),  # "trong các tháng 5, 6 năm 2019"
    # "tuyên truyền … trong suốt tháng 7/2009": done throughout the period, so by its end, as "trong tháng 7/2009"
    "trong suốt": ("through", 1, ""),
    "suốt": ("through", 1, ""),
    "đến": ("through", 1, ""),
    "tới": ("through", 1, ""),
    "cho đến": ("through", 1, ""),
    "vào": ("through", 1, ""),
    # "niêm yết danh sách cử tri đúng ngày 12/4/2016": a day the law fixes (elections, censuses), due that day
    "đúng": ("through", 1, ""),
    "là": (None, 0, ""),
    "tính đến": (None, 0, "stop"),  # "số liệu tính đến ngày 30/6": a cut-off date, not a deadline
    "tính tới": (None, 0, "stop"),
    "từ nay": (None, 0, ""),
    "từ nay cho": (None, 0, ""),
    "ngay": (None, 0, ""),
}

# A farming or fishing season of a year ("trong vụ nuôi năm 2013", "trong mùa vụ năm 2019", "hoàn thành trong vụ
# Đông Xuân năm 2020"): written right between a cue and the year, the season's year is the deadline; with no cue
# before it, the year stays none.
SEASON_WORDS: tuple[str, ...] = (
    "vụ", "mùa vụ", "vụ mùa", "vụ nuôi", "vụ nuôi trồng", "vụ sản xuất", "vụ trồng", "vụ thu hoạch",
    "mùa thu hoạch", "vụ đông xuân", "vụ hè thu", "vụ thu đông", "vụ đông", "vụ xuân", "vụ chiêm", "vụ chiêm xuân",
    "vụ lúa", "vụ lúa đông xuân", "vụ lúa hè thu", "vụ lúa mùa", "vụ đông xuân và hè thu",
    "mùa vụ thu hoạch", "mùa sản xuất",
)  # fmt: skip

# Nouns of an occasion or a campaign that a period right after them names ("trong đợt cao điểm cuối năm", "dịp
# cuối năm", "đợt cao điểm quý IV"): un-cued there, the period says when the occasion falls, not by when a task
# must be done.
OCCASION_WORDS: tuple[str, ...] = (
    "đợt", "đợt cao điểm", "cao điểm", "dịp", "đợt ra quân", "tháng cao điểm", "mùa cao điểm",
)  # fmt: skip

# Words that open the time of an event during which a standing task asks for extra care ("thường xuyên theo dõi
# …, nhất là trong thời gian diễn ra kỳ họp HĐND tỉnh cuối năm 2016", "đặc biệt trong thời gian tổ chức Đại hội
# quý IV/2020"): an un-cued period after the event's name, within `DURING_EVENT_NAME_MAX_WORDS` words, dates the
# event, not a day by which the task is done.
DURING_EVENT_WORDS: tuple[str, ...] = (
    "trong thời gian diễn ra", "thời gian diễn ra", "trong thời gian tổ chức", "trong suốt thời gian",
    "trước, trong và sau", "trước, trong và sau khi diễn ra",
)  # fmt: skip
DURING_EVENT_NAME_MAX_WORDS = 8

# Weak cues that also say how far a report reaches ("kết quả … đến tháng 6/2020"):
# they are not a deadline when the clause holds a REPORT_WORDS or HORIZON_WORDS word.
COVERAGE_CUES: frozenset[str] = frozenset({"đến", "tới", "cho đến"})

# Words in the same clause that make a weak "đến"/"tới" describe coverage of a
# report rather than a deadline ("kết quả thực hiện … đến tháng 6/2020"), or a
# planning horizon ("định hướng đến năm 2015"), and that stop an un-cued
# quarter or half-year from being read as a deadline ("báo cáo quý I/2020").
REPORT_WORDS: frozenset[str] = frozenset(
    {
        "báo cáo",
        "kết quả",
        "tình hình",
        "sơ kết",
        "tổng kết",
        "đánh giá",
        "số liệu",
        "lũy kế",
        "luỹ kế",
        "thống kê",
        "kế hoạch",
        "giao ban",
        "họp báo",
    }
)
HORIZON_WORDS: frozenset[str] = frozenset(
    # "qui hoạch": the older spelling, in notices before the 2010s
    {"định hướng", "tầm nhìn", "giai đoạn", "nhiệm kỳ", "quy hoạch", "qui hoạch", "chiến lược"}
)

# A date right after one of these cites a document, not a deadline.
DOCUMENT_WORDS: frozenset[str] = frozenset(
    {
        "chỉ thị",
        "nghị quyết",
        "nghị định",
        "quyết định",
        "thông tư",
        "thông báo",
        "công văn",
        "kế hoạch",
        "chương trình",
        "chương trình hành động",
        "đề án",
        "tờ trình",
        "luật",
        "văn bản",
        "hướng dẫn",
        "kết luận",
    }
)

# Recurring schedules: a date without a year in such a clause repeats, it is not one deadline.
RECURRING_WORDS: frozenset[str] = frozenset(
    {
        "hàng ngày",
        "hằng ngày",
        "hàng tuần",
        "hằng tuần",
        "hàng tháng",
        "hằng tháng",
        "hàng quý",
        "hằng quý",
        "hàng quí",
        "hằng quí",
        "hàng năm",
        "hằng năm",
        "định kỳ",
    }
)

# Words that put the verb after them in the past: a period right after "đã <verb>" ("các vi phạm đã phát hiện
# trong quý I") says when something was done, not by when it must be.
PAST_MARKERS: tuple[str, ...] = ("đã", "vừa")
# "vừa" is also the adjective "medium" of a firm's or a farm's size ("doanh nghiệp nhỏ và vừa", "vừa và nhỏ",
# "siêu nhỏ, nhỏ và vừa", "quy mô vừa"): inside one of these it puts nothing in the past, and the period after a
# long object phrase ("… cho Quỹ Bảo lãnh tín dụng cho doanh nghiệp nhỏ và vừa tỉnh trong quý II/2023") is the
# task's deadline.
SIZE_PHRASES_WITH_VUA: tuple[str, ...] = (
    "nhỏ và vừa",
    "vừa và nhỏ",
    "vừa và lớn",
    "lớn và vừa",
    "nhỏ, vừa",
    "vừa, nhỏ",
    "quy mô vừa",
    "qui mô vừa",
    "cỡ vừa",
    "loại vừa",
)

# --- deadlines counted from the notice or the meeting ------------------------
# "trong vòng 15 ngày kể từ ngày ký", "chậm nhất 10 ngày làm việc sau khi ban hành Thông báo này",
# "trong thời hạn 02 tháng kể từ ngày họp". Under the Civil Code (Bộ luật Dân sự 2015, Điều 147) a period
# in days starts the day after its event, so "15 ngày kể từ ngày ký" ends 15 days after the signing date.

# How long: the unit and its kind ("workday" skips Saturdays and Sundays; public holidays are not known here).
RELATIVE_UNITS: dict[str, str] = {
    "ngày làm việc": "workday",
    "ngày": "day",
    "tuần": "week",
    "tuần lễ": "week",
    "tháng": "month",
}

# What the period is counted from: "ký"/"ban hành" the notice (its date line), "họp" the meeting. Only
# events whose date the notice itself gives are here; "kể từ ngày nhận được" (receipt) is not known.
RELATIVE_FROM: tuple[str, ...] = ("kể từ", "tính từ", "sau khi", "từ", "sau")
RELATIVE_ANCHORS: dict[str, str | None] = {
    "ký": "issued",
    "ký ban hành": "issued",
    "ký thông báo": "issued",
    "ban hành": "issued",
    "ban hành thông báo": "issued",
    "phát hành": "issued",
    "thông báo": "issued",  # "kể từ ngày Thông báo này"
    "họp": "meeting",
    "cuộc họp": "meeting",
    "kết thúc cuộc họp": "meeting",
    "hội nghị": "meeting",
    "kết thúc hội nghị": "meeting",
    "buổi làm việc": "meeting",
    "làm việc": "meeting",
    # counted from an inspection: its day is known only in the inspection's own record (`INSPECTION_RECORD_TITLES`)
    "kiểm tra": "inspection",
    "thanh tra": "inspection",
    "nhận được": None,
}

# A record made on the spot of an inspection ("BIÊN BẢN KIỂM TRA …") opens with the day it is made ("hôm nay,
# hồi 8 giờ 30 phút ngày 11 tháng 5 năm 2016, tại khu vực mỏ …, chúng tôi gồm"): that day is the inspection's, and
# "trong thời hạn 10 ngày kể từ ngày kiểm tra" in its conclusions is counted from it. Lower case; the title is
# looked for in the record's opening (`INSPECTION_TITLE_REACH` characters), the day within
# `RECORD_DAY_REACH` characters after the lead.
INSPECTION_RECORD_TITLES: tuple[str, ...] = (
    "biên bản kiểm tra",
    "biên bản thanh tra",
    "biên bản làm việc và kiểm tra",
    "biên bản kiểm tra, làm việc",
)
RECORD_DAY_LEADS: tuple[str, ...] = ("hôm nay", "vào hồi", "vào lúc")
INSPECTION_TITLE_REACH = 700
RECORD_DAY_REACH = 80

# --- events the notice dates -------------------------------------------------
# A deadline set by an event rather than a day ("hoàn thành sửa chữa trước ngày khai giảng", "trước lễ khai
# mạc"): the event's day is known only where the notice itself dates the event elsewhere ("Lễ khai giảng năm học
# mới tổ chức vào ngày 05/9/2019"); then the deadline is that day, as "trước ngày 05/9/2019" would be. Without
# such a sentence (a "mùa mưa bão" the notice does not date) there is no deadline; the lunar New Year of a named year
# is dated by the calendar (`TET_DAYS` below). Lower
# case; the words that may stand between the cue and the event ("trước [ngày] [lễ] khai giảng", "trước khi khai
# mạc", "trước dịp lễ hội").
DATED_EVENTS: tuple[str, ...] = (
    "khai giảng", "bế giảng", "khai mạc", "bế mạc", "lễ hội", "ngày hội", "hội chợ", "hội thi", "hội diễn",
    "đại hội", "tổng kết năm học", "lễ kỷ niệm", "lễ ra quân", "lễ tốt nghiệp", "kỳ thi", "khai trương",
)  # fmt: skip
EVENT_LEADS: tuple[str, ...] = ("ngày", "khi", "lễ", "dịp", "buổi", "thời điểm", "đợt", "tổ chức")

# --- the lunar New Year ------------------------------------------------------
# A deadline set by the lunar New Year of a named year ("hoàn thành trước Tết Nguyên đán Giáp Thìn 2024", "trước
# Tết Nguyên đán năm 2019", "chậm nhất trước Tết Canh Tý"): Tết's first day (mùng 1 tháng Giêng), from the
# calendar (the Vietnamese lunar calendar, UTC+7: Tết Đinh Hợi 2007 is 17/02, a day before China's). A Tết
# without its year or its stem-branch name is left undated (the next one after the meeting, which the deadline
# reader does not know). Names of the festival as notices write them, lower case.
TET_NAMES: tuple[str, ...] = (
    "tết nguyên đán", "tết âm lịch", "tết cổ truyền", "tết nguyên đán cổ truyền", "tết cổ truyền của dân tộc",
    "tết",
)  # fmt: skip
# The ten heavenly stems and twelve earthly branches that name a lunar year ("Giáp Thìn" = 2024): a year's stem is
# (year - 4) mod 10 and its branch (year - 4) mod 12 in these orders ("mẹo" is the southern "mão").
HEAVENLY_STEMS: tuple[str, ...] = ("giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý")
EARTHLY_BRANCHES: tuple[tuple[str, ...], ...] = (
    ("tý",), ("sửu",), ("dần",), ("mão", "mẹo"), ("thìn",), ("tỵ", "tị"), ("ngọ",), ("mùi",), ("thân",),
    ("dậu",), ("tuất",), ("hợi",),
)  # fmt: skip
# The first day of each lunar year, (month, day) by the Gregorian year it falls in.
TET_DAYS: dict[int, tuple[int, int]] = {
    2000: (2, 5), 2001: (1, 24), 2002: (2, 12), 2003: (2, 1), 2004: (1, 22), 2005: (2, 9), 2006: (1, 29),
    2007: (2, 17), 2008: (2, 7), 2009: (1, 26), 2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10),
    2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25),
    2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6),
    2028: (1, 26), 2029: (2, 13), 2030: (2, 3), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31), 2034: (2, 19),
    2035: (2, 8),
}  # fmt: skip

# --- ranges and meetings ----------------------------------------------------
# A range written with a dash ("Tháng 12/2020 - tháng 02/2021", "15/12/2020 – 15/01/2021", "Từ tháng 12/2020 -
# tháng 02/2021"): the task runs through its end, which is the deadline, under the cue written before the
# range's start. A word opening the range is read through when the cue is looked for.
RANGE_DASHES: str = "-–—"
# Words that join the months of a span written as a list ("trong tháng 5 và tháng 6", "tháng 5, 6", "các tháng
# 10, 11 và 12 năm 2019"; a dash between them, "tháng 5-6", is in RANGE_DASHES): the span runs through its
# last month.
MONTH_LIST_JOINERS: tuple[str, ...] = ("và", ",", "&")
RANGE_OPENERS: tuple[str, ...] = ("từ",)
# Words that join the days of a span of one month ("các ngày 26, 27 và 28/6/2024", "ngày 26 đến 28/6/2024"; a dash,
# "ngày 26 - 28/6/2024", is in RANGE_DASHES): the task is done over those days, so by the last one.
DAY_LIST_JOINERS: tuple[str, ...] = ("và", ",", "&", "đến", "tới", "đến hết")

# A report due at a meeting of a named month ("báo cáo Chủ tịch UBND xã tại cuộc họp giao ban tháng 02/2026",
# "trình UBND huyện tại phiên họp thường kỳ tháng 3/2024"): due in that month. Only after a verb of reporting
# in the same clause; "tại hội nghị tháng 3" alone says when something happens, not when it is due.
MEETING_DUE_PLACES: tuple[str, ...] = (
    "tại cuộc họp", "tại phiên họp", "tại buổi họp", "tại hội nghị", "tại kỳ họp",
    "tại cuộc họp giao ban", "tại phiên họp giao ban", "tại buổi họp giao ban", "tại hội nghị giao ban",
    "tại buổi giao ban", "tại giao ban", "tại kỳ giao ban", "tại phiên giao ban",
    "trong cuộc họp giao ban", "trong phiên họp", "trong cuộc họp",
    # "vào" names the meeting as the time the report is due ("báo cáo … kết quả thực hiện vào kỳ giao ban tháng
    # 10/2022")
    "vào cuộc họp", "vào phiên họp", "vào buổi họp", "vào kỳ họp", "vào hội nghị",
    "vào cuộc họp giao ban", "vào phiên họp giao ban", "vào buổi họp giao ban", "vào hội nghị giao ban",
    "vào buổi giao ban", "vào kỳ giao ban", "vào phiên giao ban", "trong kỳ giao ban", "tại kỳ họp giao ban",
    # due before the meeting: "báo cáo kết quả với Thường trực HĐND tỉnh trước kỳ họp thường lệ cuối năm 2018"
    "trước kỳ họp", "trước phiên họp", "trước cuộc họp", "trước hội nghị",
)  # fmt: skip
# The meeting may be named by its body and kind between the place and the month, in at most this many words:
# "báo cáo tại phiên họp Thường trực HĐND huyện tháng 10/2012", "tại kỳ họp thường lệ cuối năm 2018" (a
# session at the year's end: due by the year's last day, as "6 tháng cuối năm" is).
MEETING_DUE_NAME_MAX_WORDS = 6
MEETING_DUE_KINDS: tuple[str, ...] = (
    "thường kỳ",
    "định kỳ",
    "thường lệ",
    "giao ban",
    "của ubnd",
    "của ủy ban",
)
MEETING_DUE_VERBS: tuple[str, ...] = ("báo cáo", "trình", "đề xuất", "tổng hợp báo cáo")

# A date broken across two lines after its word ("… trước ngày" / "20/10/2017.", "… trong tháng" / "10/2016",
# "… trong quý" / "IV/2017"): the words that leave a date open at a line's end. The line after it goes on with
# the sentence, however short the line before it (a narrow column, a fax).
DATE_OPEN_LINE_ENDS: tuple[str, ...] = ("ngày", "mùng", "mồng", "tháng", "năm", "quý", "quí")
