"""Bodies, persons and posts in the ways round T's unseen notices wrote them (national target programmes; the
Sở KH&CN's radiation safety, intellectual property and startups; tourism, festivals and foreign affairs).

Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.tokens import tokenize


def _surfaces(sentence: str) -> list[str]:
    return [m.surface for m in find_agencies(sentence, tokenize(sentence))]


# 1. A body's name runs on over the words that make it: lower-case "xã hội" (society, no commune), the fields of
# the employment and startup centres, a clinic's head; a verb after a council ends its name.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Phòng Bảo trợ xã hội hướng dẫn nghiệp vụ cho các xã.", "Phòng Bảo trợ xã hội"),
        ("Giao Trung tâm Công tác xã hội tỉnh tiếp nhận đối tượng.", "Trung tâm Công tác xã hội tỉnh"),
        ("Phòng Chính sách xã hội: tổng hợp danh sách hộ nghèo.", "Phòng Chính sách xã hội"),
        ("Trung tâm Giới thiệu việc làm tổ chức dạy nghề.", "Trung tâm Giới thiệu việc làm"),
        ("Giao Trung tâm Dịch vụ việc làm tỉnh tư vấn cho lao động.", "Trung tâm Dịch vụ việc làm tỉnh"),
        (
            "Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh chủ trì cuộc thi.",
            "Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh",
        ),
        ("Yêu cầu Phòng khám đa khoa Minh Tâm niêm yết nội quy.", "Phòng khám đa khoa Minh Tâm"),
        (
            "Phòng khám chuyên khoa Răng hàm mặt Sài Gòn ngừng sử dụng máy.",
            "Phòng khám chuyên khoa Răng hàm mặt Sài Gòn",
        ),
        ("Chủ tịch Hội đồng điều khiển phiên họp.", "Hội đồng"),
    ],
)
def test_name_runs_over_its_words(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


def test_lower_case_xa_before_a_name_is_still_a_commune() -> None:
    # a commune written after a body is its place: "Trạm Y tế xã Hội Xuân", "UBND xã Tân Hội"
    assert "Trạm Y tế xã Hội Xuân" in _surfaces("Trạm Y tế xã Hội Xuân báo cáo số liệu.")


_NOTICE_HEAD = """ỦY BAN MTTQ VIỆT NAM TỈNH HÀ GIANG
BAN THƯỜNG TRỰC
Số: 15/TB-MTTQ-BTT
Hà Giang, ngày 10 tháng 3 năm 2024

THÔNG BÁO
Kết luận của Chủ tịch Ủy ban MTTQ Việt Nam tỉnh tại hội nghị giao ban

"""


def test_same_level_committee_is_of_the_places_the_board_listed() -> None:
    text = (
        _NOTICE_HEAD
        + "1. Sở Xây dựng hướng dẫn thiết kế mẫu nhà.\n\n2. Ban Thường trực Ủy ban MTTQ Việt Nam các "
        "huyện, thành phố: phối hợp với UBND cùng cấp giám sát việc hỗ trợ làm nhà, bàn giao nhà cho các hộ trước "
        "ngày 30/6/2024.\n"
    )
    names = [a.lower() for a in parse_notice(text, "x.txt").agencies]
    assert not any(n.startswith("ủy ban nhân dân ban") for n in names), names
    assert "ủy ban nhân dân các huyện, thành phố" in names


# 2. "Ông"/"Bà" in the name of a festival, a shrine or a place named after a deity is no form of address.
@pytest.mark.parametrize(
    "sentence",
    [
        "Tổ chức Lễ hội Nghinh Ông Phan Thiết vào tháng 8.",
        "Bảo đảm an ninh tại Lễ hội Vía Bà Chúa Xứ Núi Sam.",
        "Tu bổ Dinh Vạn Thủy Tú, nơi thờ cá Ông Nam Hải.",
    ],
)
def test_deity_names_are_no_persons(sentence: str) -> None:
    text = _NOTICE_HEAD + "1. Sở Văn hóa, Thể thao và Du lịch: " + sentence + "\n"
    assert not parse_notice(text, "x.txt").persons


def test_honorific_before_a_person_still_reads() -> None:
    text = _NOTICE_HEAD + "Dự họp có Ông Nguyễn Văn Hùng - Phó Chủ tịch.\n"
    assert [p.lower() for p in parse_notice(text, "x.txt").persons] == ["nguyễn văn hùng"]


# 3. Each name of a commune's land-and-building civil servant is its own title; a science council's reviewers are
# written by their number.
@pytest.mark.parametrize(
    "role",
    [
        "Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường",
        "Công chức Địa chính - Xây dựng - Đô thị và Môi trường",
    ],
)
def test_commune_land_civil_servant_titles(role: str) -> None:
    text = _NOTICE_HEAD + f"Dự họp có Ông Đỗ Văn Lợi - {role}; Bà Ngô Thị Sen - Phó Chủ tịch.\n"
    assert role in [p.role for p in parse_notice(text, "x.txt").posts]


def test_council_reviewer_by_number() -> None:
    text = (
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG NGÃI\nBIÊN BẢN\nHọp Hội đồng nghiệm thu đề tài\n\nI. THÀNH PHẦN\n"
        "- TS. Nguyễn Văn An, Phó Viện trưởng Viện Nghiên cứu Hải sản - Phản biện 2;\n"
    )
    roles = [p.role for p in parse_notice(text, "x.txt").posts]
    assert "Ủy viên phản biện" in roles
