"""Dates, times and deadlines (`ketluan.ingest.dates`).

Phrases are taken from the seed notices in ``shared/corpus/seeds`` where they exist
(quoted as written) and otherwise follow the wording of provincial kết luận notices.
"""

from __future__ import annotations

import time

import pytest

from ketluan.ingest.dates import DateMention, find_dates, find_deadline, find_time, parse_place_and_date
from ketluan.ingest.records import Span

# --------------------------------------------------------------------------- find_dates

# text, [(year, month, day, hour, minute, words the span covers), ...]
# fmt: off
DATE_CASES = [
    ("Ngày 25/01/2018, tại Hội trường UBND huyện Long Hồ", [(2018, 1, 25, None, None, "Ngày 25/01/2018")]),
    ("họp ngày 25-01-2018 tại Sở", [(2018, 1, 25, None, None, "ngày 25-01-2018")]),
    ("họp ngày 25.01.2018 tại Sở", [(2018, 1, 25, None, None, "ngày 25.01.2018")]),
    ("25/01/2018", [(2018, 1, 25, None, None, "25/01/2018")]),
    ("(15/01/2018) Sở Khoa học và Công nghệ vừa tổ chức", [(2018, 1, 15, None, None, "15/01/2018")]),
    ("ngày 21 tháng 04 năm 2010 tại Hội trường", [(2010, 4, 21, None, None, "ngày 21 tháng 04 năm 2010")]),
    ("ngày 21 tháng 4 năm 2010", [(2010, 4, 21, None, None, "ngày 21 tháng 4 năm 2010")]),
    ("ngày 21 tháng 4/2010", [(2010, 4, 21, None, None, "ngày 21 tháng 4/2010")]),
    ("ngày 21 tháng 4, năm 2010", [(2010, 4, 21, None, None, "ngày 21 tháng 4, năm 2010")]),
    ("21 tháng 4 năm 2010", [(2010, 4, 21, None, None, "21 tháng 4 năm 2010")]),
    ("ngày mồng 5 tháng 3 năm 2021", [(2021, 3, 5, None, None, "ngày mồng 5 tháng 3 năm 2021")]),
    ("họp vào ngày 3/6 tới", [(None, 6, 3, None, None, "ngày 3/6")]),
    ("ngày 3 tháng 6", [(None, 6, 3, None, None, "ngày 3 tháng 6")]),
    ("ngày 29/02/2020", [(2020, 2, 29, None, None, "ngày 29/02/2020")]),
    ("Đồng Tháp, ngày    tháng 6 năm 2020", [(2020, 6, None, None, None, "ngày    tháng 6 năm 2020")]),
    ("Đồng Tháp, ngày tháng 6 năm 2020", [(2020, 6, None, None, None, "ngày tháng 6 năm 2020")]),
    ("Vĩnh Long, ngày ..... tháng 01 năm 2018", [(2018, 1, None, None, None, "ngày ..... tháng 01 năm 2018")]),
    ("Hà Nội, ngày … tháng 3 năm 2021", [(2021, 3, None, None, None, "ngày … tháng 3 năm 2021")]),
    ("Chỉ thị 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị", [(2016, 5, 15, None, None, "ngày 15/5/2016")]),
    ("Chỉ thị số 01/CT-UBND ngày 03/6/2020 về xây dựng", [(2020, 6, 3, None, None, "ngày 03/6/2020")]),
    ("Chương trình hành động số 14-NQ/TU, ngày 08/01/2013", [(2013, 1, 8, None, None, "ngày 08/01/2013")]),
    ("từ ngày 1/7/2020 đến ngày 30/7/2020", [
        (2020, 7, 1, None, None, "ngày 1/7/2020"), (2020, 7, 30, None, None, "ngày 30/7/2020"),
    ]),
    ("NGÀY 25 THÁNG 01 NĂM 2018", [(2018, 1, 25, None, None, "NGÀY 25 THÁNG 01 NĂM 2018")]),
    # time of day before or after the date
    ("Lúc 14g00, ngày 21 tháng 04 năm 2010 tại Hội trường", [(2010, 4, 21, 14, 0, "14g00, ngày 21 tháng 04 năm 2010")]),
    ("vào lúc 8 giờ 30 phút ngày 12/3/2019", [(2019, 3, 12, 8, 30, "8 giờ 30 phút ngày 12/3/2019")]),
    ("14h30 ngày 5/5/2021", [(2021, 5, 5, 14, 30, "14h30 ngày 5/5/2021")]),
    ("14h ngày 5/5/2021", [(2021, 5, 5, 14, None, "14h ngày 5/5/2021")]),
    ("sáng ngày 15/01/2018", [(2018, 1, 15, None, None, "sáng ngày 15/01/2018")]),
    ("Chiều ngày 15/01/2018", [(2018, 1, 15, None, None, "Chiều ngày 15/01/2018")]),
    ("2 giờ chiều thứ Hai, ngày 5/5/2021", [(2021, 5, 5, 14, None, "2 giờ chiều thứ Hai, ngày 5/5/2021")]),
    ("Thứ Sáu, ngày 15/01/2018", [(2018, 1, 15, None, None, "Thứ Sáu, ngày 15/01/2018")]),
    ("ngày 12/3/2019, lúc 8h30", [(2019, 3, 12, 8, 30, "ngày 12/3/2019, lúc 8h30")]),
    ("ngày 12/3/2019 (thứ Ba) vào lúc 14 giờ", [(2019, 3, 12, 14, None, "ngày 12/3/2019 (thứ Ba) vào lúc 14 giờ")]),
    ("ngày 12/3/2019 lúc 14:30", [(2019, 3, 12, 14, 30, "ngày 12/3/2019 lúc 14:30")]),
    ("7 giờ 30 tối ngày 12/3/2019", [(2019, 3, 12, 19, 30, "7 giờ 30 tối ngày 12/3/2019")]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", DATE_CASES)
def test_dates_find_dates_forms(text: str, expected: list[tuple]) -> None:
    got = [
        (m.year, m.month, m.day, m.hour, m.minute, text[m.span.start : m.span.end]) for m in find_dates(text)
    ]
    assert got == expected


# fmt: off
NOT_DATES = [
    "Số: 12/2018/TB-UBND",
    "Số: /TB-SKHCN",
    "theo đúng tinh thần Thông tư 29/2014/TTLT-BKH&CN-BNV.",
    "Quyết định số 15/01/2018/QĐ-UBND",          # a number shaped like a date, glued to /QĐ
    "đạt tiêu chuẩn quốc tế ISO/IEC 17025:2017",
    "áp dụng HTQLCL theo TCVN ISO 9001:2015",
    "tăng tiền thu thuế lên 16,5% so với",
    "tổ chức luân phiên 2 lần/năm Hội nghị giao ban",
    "kế hoạch 5 năm giai đoạn 2021-2025",
    "kế hoạch hoạt động 5 năm (2021-2025)",
    "triển khai thực hiện 01-02 buổi trong năm 2020",
    "phiên bản 1.2.3 của phần mềm",
    "tổng kinh phí 1.500.000 đồng",
    "ngày 31/02/2018",                            # impossible
    "ngày 30/2",
    "ngày 12/13/2019",
    "ngày 25/01/18",                              # two-digit year: not trusted
    "giảm 1/3 thủ tục hành chính",
    "hoàn thành 2/3 khối lượng",
    "tháng 6/2020",                               # a month is not a date
    "quý III/2020",
    "năm 2021",
    "6 tháng đầu năm 2020",
    "ngày ngày ngày",
    "",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_DATES)
def test_dates_find_dates_rejects(text: str) -> None:
    assert find_dates(text) == []


def test_dates_iso_properties() -> None:
    full = DateMention(2019, 3, 12, 8, 30, Span(0, 1))
    assert full.iso_date == "2019-03-12"
    assert full.iso_datetime == "2019-03-12T08:30:00"
    assert DateMention(2019, 3, 12, 14, None, Span(0, 1)).iso_datetime == "2019-03-12T14:00:00"
    assert DateMention(2019, 3, 12, None, None, Span(0, 1)).iso_datetime is None
    assert DateMention(None, 6, 3, None, None, Span(0, 1)).iso_date is None
    assert DateMention(2020, 6, None, None, None, Span(0, 1)).iso_date is None
    assert DateMention(2019, 2, 29, None, None, Span(0, 1)).iso_date is None


def test_dates_seed_dates_in_order() -> None:
    text = (
        "Ngày 22/6/2020, tại Hội trường Sở Khoa học và Công nghệ, Giám đốc Sở đã chủ trì cuộc họp báo "
        "tháng 6 năm 2020 … theo nội dung tại Chỉ thị số 01/CT-UBND ngày 03/6/2020 về xây dựng Kế hoạch "
        "phát triển kinh tế - xã hội 5 năm (2021-2025) … tiêu chuẩn quốc tế ISO/IEC 17025:2017"
    )
    assert [m.iso_date for m in find_dates(text)] == ["2020-06-22", "2020-06-03"]


# --------------------------------------------------------------------------- find_time

# fmt: off
TIME_CASES = [
    ("Lúc 14g00, ngày 21", [(14, 0, "14g00")]),
    ("vào lúc 8 giờ 30 phút", [(8, 30, "8 giờ 30 phút")]),
    ("14h30", [(14, 30, "14h30")]),
    ("8h30' sáng", [(8, 30, "8h30' sáng")]),
    ("2 giờ chiều", [(14, None, "2 giờ chiều")]),
    ("10 GIỜ ĐÊM", [(22, None, "10 GIỜ ĐÊM")]),
    ("1 giờ trưa", [(13, None, "1 giờ trưa")]),
    ("lúc 14:30 tại", [(14, 30, "14:30")]),
    ("ISO/IEC 17025:2017", []),
    ("TCVN ISO 9001:2015", []),
    ("25 giờ", []),
    ("8 giờ 75 phút", []),
    ("cân 500kg", []),
    ("5 ha lúa", []),
]
# fmt: on


@pytest.mark.parametrize("text,expected", TIME_CASES)
def test_dates_find_time(text: str, expected: list[tuple]) -> None:
    got = [(t.hour, t.minute, text[t.span.start : t.span.end]) for t in find_time(text)]
    assert got == expected


# --------------------------------------------------------------------------- parse_place_and_date

# fmt: off
PLACE_CASES = [
    ("Vĩnh Long, ngày 25 tháng 01 năm 2018", "Vĩnh Long", "2018-01-25", "ngày 25 tháng 01 năm 2018"),
    ("TP. Hồ Chí Minh, ngày 5 tháng 3 năm 2021", "TP. Hồ Chí Minh", "2021-03-05", "ngày 5 tháng 3 năm 2021"),
    ("Hà Nội, ngày 5 tháng 3 năm 2021", "Hà Nội", "2021-03-05", "ngày 5 tháng 3 năm 2021"),
    ("  *Cần Thơ, ngày 21 tháng 4 năm 2010*", "Cần Thơ", "2010-04-21", "ngày 21 tháng 4 năm 2010"),
    ("Bình Thuận, ngày 24/7/2017", "Bình Thuận", "2017-07-24", "ngày 24/7/2017"),
    ("Số: 12/TB-SKHCN          Vĩnh Long, ngày 25 tháng 01 năm 2018", "Vĩnh Long", "2018-01-25",
     "ngày 25 tháng 01 năm 2018"),
]
# fmt: on


@pytest.mark.parametrize("line,place,iso,date_words", PLACE_CASES)
def test_dates_place_and_date(line: str, place: str, iso: str, date_words: str) -> None:
    got_place, date, span = parse_place_and_date(line)
    assert got_place == place
    assert span is not None and line[span.start : span.end] == place
    assert date is not None and date.iso_date == iso
    assert line[date.span.start : date.span.end] == date_words


def test_dates_place_and_date_blank_day() -> None:
    line = "Đồng Tháp, ngày    tháng 6 năm 2020"
    place, date, span = parse_place_and_date(line)
    assert place == "Đồng Tháp" and span == Span(0, 9)
    assert date is not None and (date.year, date.month, date.day) == (2020, 6, None)


# fmt: off
NO_PLACE_CASES = [
    ("Ngày 25/01/2018, tại Hội trường", "2018-01-25"),
    ("Số: 12/TB-SKHCN, ngày 25/01/2018", "2018-01-25"),   # a document number is not a place
    ("THÔNG BÁO", None),
    ("", None),
]
# fmt: on


@pytest.mark.parametrize("line,iso", NO_PLACE_CASES)
def test_dates_place_and_date_without_place(line: str, iso: str | None) -> None:
    place, date, span = parse_place_and_date(line)
    assert place is None and span is None
    assert (date.iso_date if date else None) == iso


# --------------------------------------------------------------------------- find_deadline

# text, default_year, value, datatype, words the span covers
# fmt: off
DEADLINE_CASES = [
    # a day
    ("Báo cáo kết quả về Sở trước ngày 30/6/2019.", 2019, "2019-06-30", "date", "trước ngày 30/6/2019"),
    ("trước ngày 30/6", 2019, "2019-06-30", "date", "trước ngày 30/6"),
    ("trước 30/6", 2019, "2019-06-30", "date", "trước 30/6"),
    ("chậm nhất ngày 15/10/2021", 2021, "2021-10-15", "date", "chậm nhất ngày 15/10/2021"),
    ("Chậm nhất là ngày 5/3", 2020, "2020-03-05", "date", "Chậm nhất là ngày 5/3"),
    ("chậm nhất vào ngày 5/3/2020", 2020, "2020-03-05", "date", "chậm nhất vào ngày 5/3/2020"),
    ("hạn chót 15/10", 2021, "2021-10-15", "date", "hạn chót 15/10"),
    ("Thời hạn: 15/10/2021", 2021, "2021-10-15", "date", "Thời hạn: 15/10/2021"),
    ("xong trước 31/12/2020", 2020, "2020-12-31", "date", "xong trước 31/12/2020"),
    ("hoàn thành trong ngày 20/5/2020", 2020, "2020-05-20", "date", "hoàn thành trong ngày 20/5/2020"),
    ("đến hết ngày 31/3/2022", 2022, "2022-03-31", "date", "đến hết ngày 31/3/2022"),
    ("thời hạn hoàn thành: trước ngày 15/7/2020", 2020, "2020-07-15", "date",
     "thời hạn hoàn thành: trước ngày 15/7/2020"),
    ("Hồ sơ gửi trước 16 giờ 00 ngày 15/10/2021.", 2021, "2021-10-15", "date", "trước 16 giờ 00 ngày 15/10/2021"),
    ("chậm nhất 17h ngày 30/6", 2021, "2021-06-30", "date", "chậm nhất 17h ngày 30/6"),
    ("trước thứ Sáu, ngày 15/10/2021", 2021, "2021-10-15", "date", "trước thứ Sáu, ngày 15/10/2021"),
    ("hạn\u00a0chót\u00a0ngày\u00a015/10/2021", 2021, "2021-10-15", "date", "hạn\u00a0chót\u00a0ngày\u00a015/10/2021"),
    ("gửi về Sở trước ngày 21 tháng 4 năm 2010", 2010, "2010-04-21", "date", "trước ngày 21 tháng 4 năm 2010"),
    ("nộp hồ sơ trước 25.01.2018", 2018, "2018-01-25", "date", "trước 25.01.2018"),
    # a month
    ("gửi về Sở KH&CN trong tháng 02/2018 để theo dõi", 2018, "2018-02", "gYearMonth", "trong tháng 02/2018"),
    ("trong tháng 2 năm 2018", 2018, "2018-02", "gYearMonth", "trong tháng 2 năm 2018"),
    ("trong tháng 9", 2020, "2020-09", "gYearMonth", "trong tháng 9"),
    ("hoàn thành tháng 9/2020", 2020, "2020-09", "gYearMonth", "hoàn thành tháng 9/2020"),
    ("đến hết tháng 6/2020", 2020, "2020-06", "gYearMonth", "đến hết tháng 6/2020"),
    ("sẽ được tổ chức tại quận Cái Răng vào tháng 9 năm 2010./.", 2010, "2010-09", "gYearMonth",
     "vào tháng 9 năm 2010"),
    ("trước tháng 9/2020", 2020, "2020-08-31", "date", "trước tháng 9/2020"),    # before September
    ("trước tháng 1/2021", 2020, "2020-12-31", "date", "trước tháng 1/2021"),
    ("trước cuối tháng 6/2020", 2020, "2020-06-30", "date", "trước cuối tháng 6/2020"),
    ("cuối tháng 2 năm 2020", 2020, "2020-02-29", "date", "cuối tháng 2 năm 2020"),
    # a quarter
    ("quý III/2020", 2020, "2020-09-30", "date", "quý III/2020"),
    ("hoàn thành trong quý III/2020", 2020, "2020-09-30", "date", "hoàn thành trong quý III/2020"),
    ("trong quý 3 năm 2020", 2020, "2020-09-30", "date", "trong quý 3 năm 2020"),
    ("trong quý I", 2020, "2020-03-31", "date", "trong quý I"),
    ("trong QUÝ IV", 2020, "2020-12-31", "date", "trong QUÝ IV"),
    ("trong qúy II năm 2021", 2021, "2021-06-30", "date", "trong qúy II năm 2021"),     # old tone placement
    ("trong quí I năm 2010", 2010, "2010-03-31", "date", "trong quí I năm 2010"),       # old spelling
    ("Trong Quí II/2010", 2010, "2010-06-30", "date", "Trong Quí II/2010"),
    ("trước quý III/2020", 2020, "2020-06-30", "date", "trước quý III/2020"),
    ("cuối quý II/2020", 2020, "2020-06-30", "date", "cuối quý II/2020"),
    # months at one end of the year
    ("trong 6 tháng đầu năm 2020", 2020, "2020-06-30", "date", "trong 6 tháng đầu năm 2020"),
    ("6 tháng đầu năm 2020", 2020, "2020-06-30", "date", "6 tháng đầu năm 2020"),
    ("6 tháng cuối năm 2010", 2010, "2010-12-31", "date", "6 tháng cuối năm 2010"),
    ("cấp bổ sung kinh phí sự nghiệp khoa học 6 tháng cuối năm 2010 cho quận Thốt Nốt", 2010,
     "2010-12-31", "date", "6 tháng cuối năm 2010"),
    ("trong 9 tháng đầu năm", 2021, "2021-09-30", "date", "trong 9 tháng đầu năm"),
    ("trong nửa đầu năm 2021", 2021, "2021-06-30", "date", "trong nửa đầu năm 2021"),
    ("SÁU THÁNG CUỐI NĂM 2021", 2021, "2021-12-31", "date", "SÁU THÁNG CUỐI NĂM 2021"),
    # a year
    ("cuối năm 2021", 2021, "2021-12-31", "date", "cuối năm 2021"),
    ("đến cuối năm 2021", 2021, "2021-12-31", "date", "đến cuối năm 2021"),
    ("hoàn thành trước cuối năm", 2021, "2021-12-31", "date", "hoàn thành trước cuối năm"),
    ("hoàn thành trong năm 2021", 2021, "2021", "gYear", "hoàn thành trong năm 2021"),
    ("trong năm 2021", 2021, "2021", "gYear", "trong năm 2021"),
    ("trong năm nay", 2021, "2021", "gYear", "trong năm nay"),
    ("đến hết năm 2020", 2020, "2020", "gYear", "đến hết năm 2020"),
    ("trước năm 2021", 2020, "2020-12-31", "date", "trước năm 2021"),
    ("Về xây dựng nhiệm vụ KH&CN quận, huyện từ nay đến năm 2012 và định hướng đến năm 2015;", 2010,
     "2012", "gYear", "từ nay đến năm 2012"),
    ("(triển khai thực hiện 01-02 buổi trong năm 2020).", 2020, "2020", "gYear", "trong năm 2020"),
    # the cue beats a cited document, a reported period and a framing year
    ("+ Xây dựng và gửi kế hoạch hoạt động KH&CN cấp huyện năm 2018 đã được UBND cấp huyện phê duyệt về Sở "
     "KH&CN trong tháng 02/2018 để theo dõi, làm cơ sở kiểm tra, đánh giá kết quả hoạt động cuối năm.", 2018,
     "2018-02", "gYearMonth", "trong tháng 02/2018"),
    ("Triển khai Chỉ thị số 01/CT-UBND ngày 03/6/2020, báo cáo UBND tỉnh trước ngày 30/7/2020.", 2020,
     "2020-07-30", "date", "trước ngày 30/7/2020"),
    ("Trong năm 2018, các huyện gửi kế hoạch về Sở trong tháng 3/2018.", 2018, "2018-03", "gYearMonth",
     "trong tháng 3/2018"),
    ("Trong năm 2020, hoàn thành báo cáo trước ngày 15/7/2020", 2020, "2020-07-15", "date",
     "trước ngày 15/7/2020"),
    ("hoàn thành trong tháng 6/2020 và báo cáo trước ngày 15/7/2020", 2020, "2020-07-15", "date",
     "trước ngày 15/7/2020"),
    ("Hạn chót: trước ngày 15/10/2021 (theo Kế hoạch số 12/KH-UBND ngày 5/3/2021)", 2021, "2021-10-15", "date",
     "Hạn chót: trước ngày 15/10/2021"),
    # both tone placements, upper case
    ("HOÀN THÀNH TRƯỚC NGÀY 30/6/2019", 2019, "2019-06-30", "date", "HOÀN THÀNH TRƯỚC NGÀY 30/6/2019"),
    ("hoàn thành trứơc ngày 30/6/2019", 2019, "2019-06-30", "date", "hoàn thành trứơc ngày 30/6/2019"),
    ("hòan thành trong tháng 02/2018", 2018, "2018-02", "gYearMonth", "hòan thành trong tháng 02/2018"),
    ("chậm nhất ngày 15/10/2021", 2021, "2021-10-15", "date", "chậm nhất ngày 15/10/2021"),
]
# fmt: on


@pytest.mark.parametrize("text,year,value,datatype,words", DEADLINE_CASES)
def test_dates_deadline_canonical(text: str, year: int, value: str, datatype: str, words: str) -> None:
    due = find_deadline(text, year)
    assert due is not None, text
    assert (due.value, due.datatype) == (value, datatype)
    assert text[due.span.start : due.span.end] == words


# text, default_year
# fmt: off
NOT_DEADLINES = [
    ("trước Tết Nguyên đán", 2020),                                   # don't guess the lunar calendar
    ("Cần thiết phải xây dựng kế hoạch hoạt động các dự án, đề tài KH&CN cấp quận, huyện trước 1 năm kế hoạch.",
     2010),
    ("các huyện nhất trí duy trì cuộc họp giao ban cấp huyện hàng quý.", 2018),
    ("báo cáo hằng tháng về Văn phòng", 2020),
    ("Định kỳ hàng quý, trước ngày 15 tháng cuối quý, gửi báo cáo", 2020),
    ("hàng năm, trước ngày 15/12 gửi báo cáo về Sở", 2020),           # recurring, no year written
    ("theo nội dung tại Chỉ thị số 01/CT-UBND ngày 03/6/2020 về xây dựng Kế hoạch", 2020),
    ("thực hiện Chương trình hành động số 14-NQ/TU, ngày 08/01/2013 của Ban Thường vụ Tỉnh ủy", 2017),
    ("gắn với thực hiện Chỉ thị 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị", 2017),
    ("triển khai theo Kế hoạch năm 2018", 2018),
    ("theo Kế hoạch số 202/KH-UBND quý III/2020", 2020),
    ("Sau khi nghe Văn phòng thông qua báo cáo tháng 5 năm 2020, kết quả thực hiện nhiệm vụ trọng tâm đến "
     "tháng 6/2020, các nội dung chỉ đạo", 2020),
    ("kết quả năm 2017", 2018),
    ("Hoàn chỉnh kế hoạch hoạt động và kinh phí năm 2021 và kế hoạch 5 năm giai đoạn 2021-2025", 2020),
    ("kế hoạch năm 2021", 2020),
    ("Dự thảo kế hoạch tổ chức hội nghị sơ kết về hoạt động khoa học và công nghệ 6 tháng đầu năm 2020 trình "
     "Lãnh đạo Sở ký ban hành.", 2020),
    ("tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2017 và nhiệm vụ trọng tâm", 2017),
    ("Hội nghị đã thông qua báo cáo Tóm tắt tình hình hoạt động KH&CN quận, huyện quí I năm 2010 và kế hoạch "
     "hoạt động đến cuối năm 2010.", 2010),
    ("định hướng đến năm 2015", 2010),
    ("Chiến lược phát triển KH&CN giai đoạn 2021-2030, tầm nhìn đến năm 2045", 2021),
    ("số liệu tính đến ngày 30/6/2020", 2020),
    ("Hoạt động KH&CN cấp huyện trong năm 2017 đã được triển khai theo kế hoạch.", 2018),  # the past
    ("Ngày 25/01/2018, tại Hội trường UBND huyện Long Hồ", 2018),      # the meeting date, no cue
    ("có hiệu lực kể từ ngày 01/7/2020", 2020),
    ("hoàn thành 2/3 khối lượng công việc", 2020),                    # a fraction
    ("giảm 1/3 thủ tục trong năm", 2020),
    ("trong 2 lần/năm", 2020),
    ("đạt tiêu chuẩn ISO/IEC 17025:2017 trước", 2017),
    ("tăng 16,5% trong năm", 2020),
    ("trong vòng 10 ngày", 2020),                                     # relative: no calendar day
    ("trong thời gian tới", 2020),
    ("đầu năm 2021", 2021),                                           # no defensible last day
    ("trước đầu tháng 7/2021", 2021),
    ("giữa tháng 6/2020", 2020),
    ("trước ngày 31/02/2020", 2020),                                  # impossible
    ("Số: 12/2018/TB-UBND", 2018),
    ("", 2020),
]
# fmt: on


@pytest.mark.parametrize("text,year", NOT_DEADLINES)
def test_dates_deadline_none(text: str, year: int) -> None:
    assert find_deadline(text, year) is None


# fmt: off
NO_DEFAULT_YEAR = [
    ("trước ngày 30/6", None),
    ("trong quý I", None),
    ("trong tháng 9", None),
    ("cuối năm", None),
    ("trước ngày 30/6/2019", "2019-06-30"),
    ("trong quý I, chậm nhất ngày 15/3/2020", "2020-03-15"),
]
# fmt: on


@pytest.mark.parametrize("text,value", NO_DEFAULT_YEAR)
def test_dates_deadline_without_default_year(text: str, value: str | None) -> None:
    due = find_deadline(text, None)
    assert (due.value if due else None) == value


# --------------------------------------------------------------------------- offsets

OFFSET_TEXT = (
    "Đồng Tháp, ngày    tháng 6 năm 2020\n"
    "Lúc 14g00, ngày 21 tháng 04 năm 2010, tại Hội trường, các đơn vị báo cáo trước ngày 30/6/2010."
)


@pytest.mark.parametrize("cut", [0, 5, 36, 40])
def test_dates_offset_shifts_every_span(cut: int) -> None:
    piece = OFFSET_TEXT[cut:]
    whole = find_dates(piece)
    shifted = find_dates(piece, offset=cut)
    assert [m.span.shift(cut) for m in whole] == [m.span for m in shifted]
    for m in shifted:
        assert OFFSET_TEXT[m.span.start : m.span.end] == piece[m.span.start - cut : m.span.end - cut]
    due = find_deadline(piece, 2010, offset=cut)
    assert due is not None and OFFSET_TEXT[due.span.start : due.span.end] == "trước ngày 30/6/2010"
    for t in find_time(piece, offset=cut):
        assert OFFSET_TEXT[t.span.start : t.span.end] == "14g00"


def test_dates_offset_place_and_date() -> None:
    line = "Vĩnh Long, ngày 25 tháng 01 năm 2018"
    place, date, span = parse_place_and_date(line, offset=100)
    assert place == "Vĩnh Long" and span == Span(100, 109)
    assert date is not None and date.span == Span(111, 136)


def test_dates_spans_round_trip_on_seed_text() -> None:
    text = (
        "Lúc 14g00, ngày 21 tháng 04 năm 2010 tại Hội trường Ủy ban nhân dân quận Bình Thủy … "
        "thông qua báo cáo Tóm tắt tình hình hoạt động KH&CN quận, huyện quí I năm 2010 … "
        "cấp bổ sung kinh phí sự nghiệp khoa học 6 tháng cuối năm 2010 cho quận Thốt Nốt."
    )
    for m in find_dates(text):
        assert 0 <= m.span.start < m.span.end <= len(text)
        assert text[m.span.start : m.span.end] == m.span.text(text)
    due = find_deadline(text, 2010)
    assert due is not None and due.span.text(text) == "6 tháng cuối năm 2010"


# --------------------------------------------------------------------------- hostile input

# fmt: off
HOSTILE = [
    "1/" * 50_000,
    "ngày " * 20_000,
    "ngày" + " " * 100_000 + "tháng",
    "1" * 100_000,
    "1." * 50_000,
    "1-" * 50_000,
    "tháng " * 20_000,
    "quý I/" * 20_000,
    "6 tháng đầu năm " * 7_000,
    "trước " * 20_000 + "ngày 30/6",
    "trước 1/1 " * 10_000,
    "14g" * 30_000,
    "ngày 1/1/2020 " * 7_000,
    "ngày ..." * 15_000,
    "Vĩnh Long, " * 10_000 + "ngày 25 tháng 01 năm 2018",
]
# fmt: on


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:12]))
def test_dates_hostile_input_is_fast(text: str) -> None:
    # a guard against catastrophic backtracking (minutes on these 100k-character texts), not a speed
    # target: CPU time, so that a loaded machine (the wall clock went past 3 s at load 9 on 2 cores) does
    # not fail it
    began = time.process_time()
    find_dates(text)
    find_deadline(text, 2020)
    find_time(text)
    parse_place_and_date(text)
    assert time.process_time() - began < 3.0


# --------------------------------------------------------------------------- the scan's shortcuts


def _notice_lines() -> list[str]:
    """Every line and every whole text of the test notices, seeds and samples (realistic, varied)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    texts = [
        f.read_text("utf-8")
        for folder in (root / "tests" / "data" / "notices", root / "ingest" / "samples")
        for f in sorted(folder.glob("*.txt"))
    ]
    return texts + [ln for t in texts for ln in t.splitlines() if ln.strip()]


SCAN_SNIPPETS = [
    "Đến cuối năm 2024 hoàn thành",
    "trong quý III/2020 và 6 tháng cuối năm",
    "nửa đầu năm nay",
    "Đồng Tháp, ngày    tháng 6 năm 2020",
    "trước ngày 15/10",
    "giữa năm",
    "Giao Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan",
    "Quí I năm 2010",
]


def test_dates_scan_shortcuts_find_what_every_expression_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    """`_scan` skips an expression when the text lacks what each of its matches needs (a digit, its words);
    with the shortcuts turned off (every expression run on every text) it finds exactly the same."""
    from ketluan.ingest import dates

    folded = [dates._fold(t) for t in SCAN_SNIPPETS + _notice_lines()]
    fast = [dates._scan(f) for f in folded]
    assert any(fast) and not all(fast)  # texts with and without time expressions
    monkeypatch.setattr(dates, "_holds", lambda text, firsts: True)
    monkeypatch.setattr(dates, "_DIGIT", __import__("re").compile(""))
    monkeypatch.setattr(dates, "_DIGIT_SEP", __import__("re").compile(""))
    assert [dates._scan(f) for f in folded] == fast


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Sáng 14-3, ông Lê Văn Hải chủ trì", [(None, 3, 14)]),
        ("Chiều 14.3, đoàn công tác làm việc", [(None, 3, 14)]),
        ("chiều thứ Năm 14/3 họp", [(None, 3, 14)]),
        ("có 14/3 đơn vị đạt", []),  # a bare fraction without a part of the day is no date
        ("trong 01-02 buổi", []),
    ],
)
def test_dates_day_after_a_part_of_the_day(text, found):
    from ketluan.ingest.dates import find_dates

    assert [(d.year, d.month, d.day) for d in find_dates(text)] == found


def test_a_period_after_a_verb_in_the_past_is_no_deadline():
    """ "các vi phạm đã phát hiện trong quý I" says when they were found; the task's deadline comes after."""
    d = find_deadline(
        "Xử lý dứt điểm các vi phạm đã phát hiện trong quý I; hoàn thành trong quý II/2019.", 2019
    )
    assert d is not None and d.value == "2019-06-30"
    assert find_deadline("Hoàn thành trong quý I/2019.", 2019).value == "2019-03-31"
