"""Deadlines counted from the notice or the meeting ("trong vòng 15 ngày kể từ ngày ký Thông báo này").

Offices write them as often as calendar dates in tasks that follow an inspection or a complaint; an analyst
asking "what was due last month" needs them placed on the calendar from the notice's own dates.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ketluan.ingest.dates import find_deadline, find_relative_deadline
from ketluan.ingest.extract import parse_notice

SIGNED = dt.date(2020, 6, 25)  # a Thursday
MET = dt.date(2020, 6, 19)  # a Friday
FROM = {"issued": SIGNED, "meeting": MET}


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("báo cáo UBND tỉnh trong vòng 15 ngày kể từ ngày ký Thông báo này", "2020-07-10"),
        ("trong thời hạn 15 (mười lăm) ngày, kể từ ngày ban hành", "2020-07-10"),
        ("hoàn thành chậm nhất 10 ngày làm việc kể từ ngày họp", "2020-07-03"),  # two weekends skipped
        ("gửi Sở 05 ngày sau cuộc họp", "2020-06-24"),
        ("trong 02 tháng tính từ ngày Thông báo này", "2020-08-25"),
        ("trong 1 tuần kể từ ngày ký", "2020-07-02"),
        ("TRONG VÒNG 30 NGÀY KỂ TỪ NGÀY KÝ", "2020-07-25"),
    ],
)
def test_a_period_counted_from_the_notice_or_the_meeting_is_placed_on_the_calendar(text: str, due: str):
    d = find_relative_deadline(text, FROM)
    assert d is not None and (d.value, d.datatype) == (due, "date")
    written = text[d.span.start : d.span.end].lower()
    assert written[0].isdigit() and any(w in written for w in ("kể từ", "tính từ", "sau"))


@pytest.mark.parametrize(
    "text",
    [
        "trong vòng 7 ngày kể từ ngày nhận được Thông báo này",  # the day of receipt is not known
        "thẩm định hồ sơ trong thời hạn 30 ngày kể từ ngày nhận đủ hồ sơ",
        "kiểm định lại trong thời hạn 15 ngày kể từ ngày có biên bản",
        "Quyết định số 15/2020/QĐ-UBND ngày ký 10/6/2020",
    ],
)
def test_a_period_counted_from_an_event_the_notice_does_not_date_is_no_deadline(text: str):
    assert find_relative_deadline(text, FROM) is None


def test_a_meeting_not_dated_counts_from_the_notice():
    d = find_relative_deadline("báo cáo trong 10 ngày kể từ ngày họp", {"issued": SIGNED})
    assert d is not None and d.value == "2020-07-05"


def test_a_calendar_deadline_in_the_same_task_wins():
    d = find_deadline("trước ngày 30/6/2020; trong vòng 15 ngày kể từ ngày ký", 2020, 0, FROM)
    assert d is not None and d.value == "2020-06-30"


def test_months_end_on_the_last_day_of_a_shorter_month():
    d = find_relative_deadline("trong 01 tháng kể từ ngày ký", {"issued": dt.date(2021, 1, 31)})
    assert d is not None and d.value == "2021-02-28"


NOTICE = """UBND TỈNH HẬU GIANG
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 41/TB-SKHCN
Hậu Giang, ngày 25 tháng 6 năm 2020
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp về kiểm tra đo lường xăng dầu
Ngày 19/6/2020, Sở Khoa học và Công nghệ tổ chức cuộc họp. Ông Trần Văn Hùng, Giám đốc Sở chủ trì.
Giám đốc Sở kết luận:
1. Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra các cột đo xăng dầu, báo cáo kết quả trong vòng 15 ngày kể từ ngày ký Thông báo này.
2. Văn phòng Sở tổng hợp kinh phí kiểm tra, trình Giám đốc Sở trong 10 ngày làm việc kể từ ngày họp.
3. Thanh tra Sở xử lý các cơ sở vi phạm trong 07 ngày kể từ ngày nhận được Thông báo.
"""


def test_a_notice_dates_its_tasks_counted_from_its_signing_and_its_meeting():
    notice = parse_notice(NOTICE, "xang-dau.txt")
    dues = [(d.due.value if d.due else None) for d in notice.directives]
    assert dues == ["2020-07-10", "2020-07-03", None]
    first = notice.directives[0].due
    assert notice.text[first.span.start : first.span.end] == "15 ngày kể từ ngày ký Thông báo"
