"""Foreign donors and international organisations as bodies: named in Vietnamese with lower-case words inside
("Ngân hàng Phát triển châu Á", "Tổ chức Y tế Thế giới") or by their abbreviation ("Đoàn ADB", "của WB").

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import posts_of
from notice_checks import task_of as _task

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice


def _notice(text: str) -> Notice:
    return parse_notice(text, "x.txt")


MISSION_RECORD = """UBND TỈNH QUẢNG TRỊ
BAN QUẢN LÝ CÁC DỰ ÁN ODA
Số: 21/BB-BQL
Quảng Trị, ngày 12 tháng 6 năm 2019
BIÊN BẢN
Cuộc họp tổng kết Đoàn công tác giám sát dự án
I. THÀNH PHẦN
1. Đoàn {mission}:
   - Bà Anna Schmidt - Chuyên gia phát triển đô thị, Trưởng đoàn;
   - Ông Nguyễn Văn Bình - Chuyên gia tái định cư.
2. Phía tỉnh:
   - Ông Lê Văn Tâm - Phó Chủ tịch UBND tỉnh - Chủ trì;
   - Ông Hoàng Văn Hải - Giám đốc Sở Kế hoạch và Đầu tư;
   - Mr. John Smith - chuyên gia tư vấn giám sát của {adviser}.
II. KẾT LUẬN
1. Sở Kế hoạch và Đầu tư phối hợp với {partner} hoàn thiện hồ sơ điều chỉnh dự án trước ngày 30/6/2019.
2. Sở Tài chính bố trí vốn đối ứng năm 2019.
CHỦ TRÌ
Lê Văn Tâm
"""


@pytest.mark.parametrize(
    ("mission", "body"),
    [
        ("WB", "Ngân hàng Thế giới"),
        ("ADB", "Ngân hàng Phát triển châu Á"),
        ("Ngân hàng Thế giới", "Ngân hàng Thế giới"),
        ("JICA", "Cơ quan Hợp tác Quốc tế Nhật Bản"),
    ],
)
def test_a_missions_experts_listed_under_it_hold_their_posts_in_the_donor(mission: str, body: str) -> None:
    n = _notice(MISSION_RECORD.format(mission=mission, adviser="ADB", partner="JICA"))
    assert posts_of(n, "Anna Schmidt")[0] == ("Chuyên gia", body)
    assert posts_of(n, "Nguyễn Văn Bình") == [("Chuyên gia", body)]


@pytest.mark.parametrize(
    ("adviser", "body"),
    [("ADB", "Ngân hàng Phát triển châu Á"), ("Tổ chức Y tế Thế giới", "Tổ chức Y tế Thế giới")],
)
def test_a_title_then_cua_then_the_donor(adviser: str, body: str) -> None:
    # "chuyên gia tư vấn giám sát của WB": the body after "của", right after the title
    n = _notice(MISSION_RECORD.format(mission="WB", adviser=adviser, partner="JICA"))
    assert posts_of(n, "John Smith") == [("Chuyên gia", body)]


@pytest.mark.parametrize(
    ("partner", "body"),
    [
        ("JICA", "Cơ quan Hợp tác Quốc tế Nhật Bản"),
        ("Ngân hàng Phát triển châu Á (ADB)", "Ngân hàng Phát triển châu Á"),
        ("Quỹ Nhi đồng Liên hợp quốc", "Quỹ Nhi đồng Liên hợp quốc"),
    ],
)
def test_a_donor_named_in_a_task_supports_it_under_its_whole_name(partner: str, body: str) -> None:
    n = _notice(MISSION_RECORD.format(mission="WB", adviser="ADB", partner=partner))
    acting, supporting, due = _task(n, "Sở Kế hoạch và Đầu tư phối hợp")
    assert acting == ["Sở Kế hoạch và Đầu tư tỉnh Quảng Trị"]
    assert supporting == [body]
    assert due == "2019-06-30"


def test_a_market_or_a_treaty_written_short_is_no_body() -> None:
    # "EU" and "WTO" are left out as abbreviations: notices write the market and the commitments by them
    n = _notice(MISSION_RECORD.format(mission="WB", adviser="ADB", partner="doanh nghiệp xuất khẩu sang EU"))
    acting, supporting, _ = _task(n, "Sở Kế hoạch và Đầu tư phối hợp")
    assert acting == ["Sở Kế hoạch và Đầu tư tỉnh Quảng Trị"]
    assert supporting == []
