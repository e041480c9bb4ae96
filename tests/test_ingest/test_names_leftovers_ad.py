"""Posts whose title and body share a word, left over from round AC: a steering board's deputy written "Phó
trưởng ban Chỉ đạo tỉnh" (the board's "Ban" written once, in the title), and the 2025 tax offices' heads titled by
the office's name and number ("Trưởng Thuế cơ sở 3").

Each case is a variant written here, not a copy of a test notice; the officials are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import posts_of

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

HEADER = """ỦY BAN NHÂN DÂN
TỈNH ĐẮK LẮK
Số: 12/TB-UBND
Đắk Lắk, ngày 10 tháng 3 năm 2024
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về thu ngân sách
Ngày 05/3/2024, Phó Chủ tịch UBND tỉnh Nguyễn Văn An chủ trì cuộc họp. Tham dự có:
"""
CLOSING = """Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:
1. Sở Tài chính khẩn trương rà soát hồ sơ trước ngày 20/3/2024.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
"""


def _notice(attendance: str) -> Notice:
    return parse_notice(HEADER + attendance + "\n" + CLOSING, "x.txt")


# 1. "Trưởng ban" closes with the board's own head word, written once for both: when the board's name goes on in
# capitals ("Chỉ đạo", "Chỉ huy", "Quản lý"), the body is "Ban" + that name, with its place.


@pytest.mark.parametrize(
    ("post", "role", "body"),
    [
        ("Phó trưởng ban Chỉ đạo tỉnh", "Phó Trưởng ban", "Ban Chỉ đạo tỉnh Đắk Lắk"),
        (
            "Phó Trưởng ban Chỉ đạo giảm nghèo bền vững tỉnh",
            "Phó Trưởng ban",
            "Ban Chỉ đạo giảm nghèo bền vững tỉnh Đắk Lắk",
        ),
        ("Trưởng ban Chỉ đạo 389 tỉnh", "Trưởng ban", "Ban Chỉ đạo 389 tỉnh Đắk Lắk"),
        ("Trưởng ban Chỉ huy Quân sự huyện Krông Pắc", "Trưởng ban", "Ban Chỉ huy Quân sự huyện Krông Pắc"),
        (
            "Trưởng ban Quản lý dự án đầu tư xây dựng tỉnh",
            "Trưởng ban",
            "Ban Quản lý dự án đầu tư xây dựng tỉnh Đắk Lắk",
        ),
    ],
)
def test_a_boards_head_word_written_once_in_the_title(post: str, role: str, body: str) -> None:
    n = _notice(f"- Ông Lê Văn Bình, {post};")
    assert posts_of(n, "Lê Văn Bình") == [(role, body)]


def test_the_title_still_ends_before_a_board_written_in_full() -> None:
    n = _notice("- Ông Lê Văn Bình, Trưởng ban Ban Quản lý dự án giao thông tỉnh;")
    assert posts_of(n, "Lê Văn Bình") == [("Trưởng ban", "Ban Quản lý dự án giao thông tỉnh Đắk Lắk")]


# 2. A tax office since 2025 has no head noun: "Trưởng Thuế cơ sở 3" heads "Thuế cơ sở 3", whose number is written
# after the title; under the office's label the title alone is enough.


def test_the_number_after_a_tax_offices_title_closes_the_offices_name() -> None:
    n = _notice(
        "- Ông Lê Văn Bình, Trưởng Thuế cơ sở 3; bà Lê Thị Mai, Phó Trưởng Thuế cơ sở 12 tỉnh Đắk Lắk;"
    )
    assert posts_of(n, "Lê Văn Bình") == [("Trưởng Thuế cơ sở", "Thuế cơ sở 3")]
    assert posts_of(n, "Lê Thị Mai") == [("Phó Trưởng Thuế cơ sở", "Thuế cơ sở 12 tỉnh Đắk Lắk")]


def test_a_tax_offices_title_under_its_label() -> None:
    n = _notice("- Thuế cơ sở 5: bà Lê Thị Mai, Phó Trưởng Thuế cơ sở;")
    assert posts_of(n, "Lê Thị Mai") == [("Phó Trưởng Thuế cơ sở", "Thuế cơ sở 5")]
