"""Names of bodies outside the Sở/Phòng vocabulary: army commands, police, ministries' Vụ, faculties, Party cells.

A name goes on past a lower-case syllable only when the syllable belongs to names; sectors other than science
and planning write words whose second syllable is no name syllable on its own ("Phòng Tham mưu", "Phòng Hậu
cần - Kỹ thuật", "Vụ Trang thiết bị và Công trình y tế"). Snippets written for these tests; bodies real.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.tokens import tokenize


def _surfaces(text: str, province: str | None = "Lai Châu") -> list[str]:
    return [m.surface for m in find_agencies(text, tokenize(text), province)]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Phòng Tham mưu chủ trì, phối hợp với Phòng Chính trị", ["Phòng Tham mưu", "Phòng Chính trị"]),
        # "cần" is the modal verb after a whole name, a syllable of "Hậu cần" after its capital
        ("Phòng Hậu cần - Kỹ thuật bảo đảm xăng dầu", ["Phòng Hậu cần - Kỹ thuật"]),
        ("Phòng Kinh tế cần tập trung", ["Phòng Kinh tế"]),
        ("Vụ Trang thiết bị và Công trình y tế chủ trì", ["Vụ Trang thiết bị và Công trình y tế"]),
        ("Phòng Quản trị - Thiết bị lập dự toán", ["Phòng Quản trị - Thiết bị"]),
        ("Phòng Hợp tác Quốc tế tổ chức đón đoàn", ["Phòng Hợp tác Quốc tế"]),
        (
            "Giao Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh khẩn trương",
            ["Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"],
        ),
    ],
)
def test_words_of_other_sectors_continue_a_name(text, surfaces):
    assert _surfaces(text) == surfaces


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Đề nghị Bảo hiểm xã hội tỉnh phối hợp với Sở Y tế", ["Bảo hiểm xã hội tỉnh", "Sở Y tế"]),
        ("Khoa Kỹ thuật Công nghệ tổ chức tập huấn", ["Khoa Kỹ thuật Công nghệ"]),
        ("Khoa học và công nghệ là động lực phát triển", []),  # science, not a faculty
        # a Party cell or youth union of a body is one body, not two (and "bộ" of "Chi bộ" is no ministry)
        (
            "Vắng: Bí thư Chi bộ Trường Trung học cơ sở Mường So, Chi bộ Công an xã",
            ["Chi bộ Trường Trung học cơ sở Mường So", "Chi bộ Công an xã"],
        ),
        ("Đề nghị Đoàn Thanh niên xã tổ chức ra quân", ["Đoàn Thanh niên xã"]),
        ("Đảng ủy Sở Y tế lãnh đạo", ["Đảng ủy Sở Y tế"]),
    ],
)
def test_heads_of_other_sectors(text, surfaces):
    assert _surfaces(text) == surfaces


@pytest.mark.parametrize(
    "text",
    [
        "ông Lò Văn Khoa - Trưởng phòng Nội vụ",  # a given name that is also a head noun
        "Phó Giám đốc Sở Tư pháp Đinh Xuân Trường; lãnh đạo các sở",
    ],
)
def test_a_given_name_is_no_body(text):
    assert not any(s in ("Khoa", "Trường") for s in _surfaces(text))


def test_listed_names_under_a_head_keep_khoa_hoc():
    text = "lãnh đạo các sở: Tài chính, Khoa học và Công nghệ; Cục Thống kê tỉnh"
    assert _surfaces(text) == ["Tài chính", "Khoa học và Công nghệ", "Cục Thống kê tỉnh"]
