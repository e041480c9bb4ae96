"""Round V (the justice sector): its units' names, citizens named by an initial, and a period that dates what a
task is about rather than when it is due. Snippets written for these tests (officials invented; bodies real).
"""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.tokens import tokenize


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Vắng: Phòng Công chứng số 2 (có lý do).", "Phòng Công chứng số 2"),
        ("Chỉ đạo Phòng Hồ sơ nghiệp vụ tra cứu, xác minh thông tin.", "Phòng Hồ sơ nghiệp vụ"),
        ("Phòng Bổ trợ tư pháp kiểm tra việc hành nghề.", "Phòng Bổ trợ tư pháp"),
        ("Phòng Hành chính tư pháp hướng dẫn đăng ký hộ tịch.", "Phòng Hành chính tư pháp"),
    ],
)
def test_a_justice_units_field_in_lower_case_is_read_whole(sentence: str, name: str) -> None:
    assert [m.surface for m in find_agencies(sentence, tokenize(sentence), "Bình Định")][:1] == [name]


NOTICE = """UBND TỈNH BÌNH ĐỊNH
SỞ TƯ PHÁP
Số: 45/TB-STP
Bình Định, ngày 12 tháng 4 năm 2019
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 4/2019
Ngày 09/4/2019, ông Trần Văn Tâm, Giám đốc Sở chủ trì cuộc họp giao ban.
Giám đốc Sở kết luận:
1. Phòng Xây dựng và Kiểm tra văn bản QPPL kiểm tra các văn bản do UBND cấp huyện ban hành trong quý I/2019.
2. Phòng Hành chính tư pháp hướng dẫn UBND xã Phước Hòa cải chính hộ tịch cho ông Nguyễn Văn H. trong tháng 5/2019.
"""


def test_a_period_before_the_meeting_dates_the_work_not_its_deadline() -> None:
    n = parse_notice(NOTICE, "tb.txt")
    first, second = n.directives
    assert first.due is None  # documents issued in the first quarter: what to check, not by when
    assert second.due is not None and second.due.value == "2019-05"


def test_a_citizen_named_by_an_initial_is_no_person_of_the_notice() -> None:
    n = parse_notice(NOTICE, "tb.txt")
    assert [p.name for p in n.persons.values()] == ["Trần Văn Tâm"]


def test_a_day_written_out_before_the_meeting_is_kept_as_written() -> None:
    # "trước ngày 15/01/2019" in an April 2019 notice: most likely a slip of the year, kept as the notice wrote it
    text = NOTICE.replace("trong tháng 5/2019", "trước ngày 15/01/2019")
    second = parse_notice(text, "tb.txt").directives[1]
    assert second.due is not None and second.due.value == "2019-01-15"
