"""Names of bodies and posts left over by round AN's fixers, each a general way of writing: civil judgment
enforcement bodies written short or after their head's title, a long name a header's or signature's column breaks,
a head's title over a department of the body above, and cultural institutions named after a person.

Each case is a variant written here, not a copy of a test notice. The bodies' kinds and places are real; the
officials are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import bodies_found as _names
from notice_checks import names_of, posts_of, task_of

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

HEADER = """ỦY BAN NHÂN DÂN
TỈNH KIÊN GIANG
Số: 131/TB-UBND
Kiên Giang, ngày 14 tháng 10 năm 2019
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại hội nghị
Ngày 10/10/2019, đồng chí Lê Văn Nam, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.
Thành phần:
"""
CLOSING = """
Nơi nhận:
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Cầm Thị Hoa
"""


def _notice(attending: str, body: str) -> Notice:
    return parse_notice(HEADER + attending + "\nKết luận:\n" + body + "\n" + CLOSING, "x.txt")


# 1. The civil judgment enforcement bodies written short (Luật Thi hành án dân sự 2008: "Cục THADS tỉnh", "Chi cục
# THADS huyện", "Tổng cục THADS") and the procuracy ("Viện KSND tỉnh"): the same bodies as their names written out.


def test_a_judgment_enforcement_office_written_short_is_the_one_written_out() -> None:
    n = _notice(
        "- Đồng chí Trần Văn Bé, Cục trưởng Cục Thi hành án dân sự tỉnh;",
        "1. Cục THADS tỉnh chỉ đạo rà soát án có điều kiện thi hành trước ngày 30/11/2019.\n"
        "2. Chi cục THADS huyện Châu Thành phối hợp với Chi cục Thi hành án dân sự huyện Châu Thành xác minh.",
    )
    names = set(names_of(n).values())
    assert "Cục THADS tỉnh Kiên Giang" not in names
    assert task_of(n, "Cục THADS tỉnh")[0] == ["Cục Thi hành án dân sự tỉnh Kiên Giang"]
    assert task_of(n, "Chi cục THADS")[0] == ["Chi cục Thi hành án dân sự huyện Châu Thành"]


def test_a_procuracy_written_short_is_the_one_written_out() -> None:
    n = _notice(
        "- Ông Phạm Văn Hòa, Phó Viện trưởng Viện KSND tỉnh.",
        "1. Đề nghị Viện KSND tỉnh tăng cường kiểm sát việc kê biên tài sản.\n"
        "2. Viện Kiểm sát nhân dân tỉnh phối hợp với Cục THADS tỉnh.",
    )
    assert task_of(n, "Đề nghị Viện KSND")[0] == ["Viện Kiểm sát nhân dân tỉnh Kiên Giang"]
    assert posts_of(n, "Phạm Văn Hòa") == [("Phó Viện trưởng", "Viện Kiểm sát nhân dân tỉnh Kiên Giang")]


# 2. "Chi cục trưởng Chi cục THADS các huyện, thị xã, thành phố": the title's own unit is each district's, a
# collective named after it in full; no "Chi cục" is made of the next word ("Chi cục Chi").


def test_a_head_title_before_its_units_collective_makes_no_unit_of_the_next_word() -> None:
    n = _notice(
        "- Trưởng Ban Chỉ đạo THADS, Chi cục trưởng Chi cục Thi hành án dân sự các huyện, thị xã, thành phố.",
        "1. Cục Thi hành án dân sự tỉnh tổng hợp báo cáo trước ngày 05/10/2019.",
    )
    names = set(names_of(n).values())
    assert not any(x.startswith("Chi cục Chi") for x in names), names
    assert "Chi cục Thi hành án dân sự các huyện, thị xã, thành phố" in names


def test_a_head_title_before_its_own_unit_still_holds_the_post() -> None:
    """Guard (passes on the starting code too): the unit written in full after its head's title."""
    n = _notice(
        "- Ông Lâm Văn Út, Chi cục trưởng Chi cục Thi hành án dân sự huyện An Biên.",
        "1. Chi cục Thi hành án dân sự huyện An Biên tổ chức cưỡng chế trong tháng 11/2019.",
    )
    assert posts_of(n, "Lâm Văn Út") == [("Chi cục trưởng", "Chi cục Thi hành án dân sự huyện An Biên")]


def test_a_head_title_before_a_name_of_another_head_still_names_its_unit() -> None:
    """Guard (passes on the starting code too): "Trưởng Đài Viễn thông …": the title's unit is the Đài named by what
    follows, though "Viễn thông …" alone reads as a company."""
    n = _notice("- Ông Lê Văn Hùng, Trưởng Đài Viễn thông Tân Hiệp.", "1. Các đơn vị phối hợp thực hiện.")
    assert posts_of(n, "Lê Văn Hùng") == [("Trưởng đài", "Đài Viễn thông Tân Hiệp")]


# 3. A name in capitals that a header's or a signature's column breaks at its line's end ("PHÓ GIÁM ĐỐC SỞ NÔNG
# NGHIỆP VÀ MÔI / (đã ký)  TRƯỜNG") closes no name: the body's mentions in the text stay whole, and the signer's
# post is in the body the notice names whole.

RECORD = """UBND TỈNH CÀ MAU    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG    Độc lập - Tự do - Hạnh phúc
ĐOÀN KIỂM TRA
Cà Mau, ngày 12 tháng 8 năm 2025
BIÊN BẢN KIỂM TRA
Công tác quản lý chất thải tại Cụm công nghiệp Hòa Trung
Căn cứ Quyết định số 412/QĐ-SNNMT ngày 01/8/2025 của Giám đốc Sở Nông nghiệp và
Môi trường về việc thành lập Đoàn kiểm tra;
Hôm nay, ngày 12/8/2025, chúng tôi gồm:
- Ông Trần Minh Hải, Phó Giám đốc Sở Nông nghiệp và Môi trường - Trưởng đoàn;
- Ông Lê Văn Tư, Chủ tịch UBND xã Hòa Thành.
Kết luận:
1. Công ty TNHH Thủy sản Minh Phú lập hồ sơ đề nghị Sở Nông nghiệp và Môi trường cấp phép xả thải trước ngày 30/9/2025.
2. UBND xã Hòa Thành giám sát việc thu gom chất thải rắn.
ĐẠI DIỆN UBND XÃ HÒA THÀNH    TRƯỞNG ĐOÀN KIỂM TRA
CHỦ TỊCH    PHÓ GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI
(đã ký)    TRƯỜNG
(đã ký)
Lê Văn Tư
Trần Minh Hải
"""


def test_a_name_broken_by_a_signatures_column_closes_no_name() -> None:
    n = parse_notice(RECORD, "x.txt")
    names = set(names_of(n).values())
    assert [x for x in names if x.startswith("Sở")] == ["Sở Nông nghiệp và Môi trường tỉnh Cà Mau"]
    assert ("Phó Giám đốc", "Sở Nông nghiệp và Môi trường tỉnh Cà Mau") in posts_of(n, "Trần Minh Hải")
    assert all(body == "Sở Nông nghiệp và Môi trường tỉnh Cà Mau" or title == "Trưởng đoàn"
               for title, body in posts_of(n, "Trần Minh Hải"))  # fmt: skip


def test_a_name_closed_by_a_mark_still_bounds_a_running_name() -> None:
    """Guard (passes on the starting code too): a name the notice closes with a semicolon still stops a later
    mention before the task's verb."""
    n = _notice(
        "- Ban Quản lý dự án Hạ tầng Tả Ngạn;",
        "1. Ban Quản lý dự án Hạ tầng Tả Ngạn chuyển đủ kinh phí bồi thường trong tháng 11/2019.",
    )
    assert task_of(n, "Ban Quản lý dự án")[0] == ["Ban Quản lý dự án Hạ tầng Tả Ngạn"]


# 4. The head of a body signs under a header whose lowest line is one of its departments ("HỘI NÔNG DÂN TỈNH /
# BAN KINH TẾ - XÃ HỘI", "CHỦ TỊCH"): a department named by a bare "Ban" or "Phòng" has a Trưởng ban or Trưởng
# phòng, so the Chủ tịch is the body's above it.

UNIT_HEADER = """HỘI NÔNG DÂN TỈNH HẬU GIANG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN KINH TẾ - XÃ HỘI    Độc lập - Tự do - Hạnh phúc
Số: 15/BB-HND    Hậu Giang, ngày 05 tháng 6 năm 2021
BIÊN BẢN HỌP
Về triển khai mô hình liên kết sản xuất lúa
Chủ trì: ông Võ Văn Lành, Chủ tịch Hội Nông dân tỉnh.
Thư ký: bà Lý Thị Mai, Chuyên viên Ban Kinh tế - Xã hội.
Kết luận:
1. Ban Kinh tế - Xã hội hướng dẫn các Hội Nông dân huyện lập danh sách hộ tham gia trước ngày 30/6/2021.
THƯ KÝ    CHỦ TRÌ
    {title}
(đã ký)    (đã ký)
Lý Thị Mai    Võ Văn Lành
"""


def test_a_chair_signing_under_a_department_holds_the_post_in_the_body_above() -> None:
    n = parse_notice(UNIT_HEADER.format(title="CHỦ TỊCH"), "x.txt")
    assert n.issuer is not None and n.agencies[n.issuer].name == "Ban Kinh tế - Xã hội"
    assert posts_of(n, "Võ Văn Lành") == [("Chủ tịch", "Hội Nông dân tỉnh Hậu Giang")]


def test_a_department_head_signing_under_it_holds_the_post_in_it() -> None:
    """Guard (passes on the starting code too): its own head's title stays the department's."""
    n = parse_notice(UNIT_HEADER.format(title="TRƯỞNG BAN"), "x.txt")
    assert ("Trưởng ban", "Ban Kinh tế - Xã hội") in posts_of(n, "Võ Văn Lành")


# 5. Theatres, libraries and museums named after a person ("Nhà hát Tuồng Nguyễn Hiển Dĩnh", "Nhà hát Cải lương
# Trần Hữu Trang"): the person's name after the art form is the body's; a second person after it is not.


# fmt: off
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Nhà hát Cải lương Trần Hữu Trang dàn dựng vở mới.", ["Nhà hát Cải lương Trần Hữu Trang"]),
        ("Nhà hát Tuồng Nguyễn Hiển Dĩnh biểu diễn phục vụ Tết.", ["Nhà hát Tuồng Nguyễn Hiển Dĩnh"]),
        ("Đề nghị Nhà hát Cải lương Trần Hữu Trang, ông Nguyễn Văn Tâm phối hợp.",
         ["Nhà hát Cải lương Trần Hữu Trang"]),
    ],
)
# fmt: on
def test_theatres_named_after_a_person(text: str, names: list[str]) -> None:
    assert _names(text) == names


# fmt: off
@pytest.mark.parametrize(
    ("text", "names"),
    [
        # guards (pass on the starting code too): a person after the body's place, or after a bare head
        ("Giám đốc Thư viện tỉnh Nguyễn Thị Hoa báo cáo.", ["Thư viện tỉnh"]),
        ("Giám đốc Bảo tàng tỉnh Phạm Văn Đông báo cáo.", ["Bảo tàng tỉnh"]),
        ("Nhà hát Ca kịch Huế xây dựng chương trình.", ["Nhà hát Ca kịch Huế"]),
    ],
)
# fmt: on
def test_a_person_after_a_cultural_bodys_place_is_no_part_of_it(text: str, names: list[str]) -> None:
    assert _names(text) == names
