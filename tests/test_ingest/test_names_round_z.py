"""Names of bodies, persons and posts in the ways round Z's unseen notices wrote them (internal notices of public
service units and state companies, whose tasks go to the issuer's own units; international cooperation).

Each case is a variant written here, not a copy of a test notice. The units' kinds are real; the officials are
invented.
"""

from __future__ import annotations

import pytest
from notice_checks import absent_of as _absent
from notice_checks import names_of as _names
from notice_checks import posts_of as _posts

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

SCHOOL = """TRƯỜNG ĐẠI HỌC VINH
Số: 88/TB-ĐHV
Nghệ An, ngày 14 tháng 10 năm 2022
THÔNG BÁO
Kết luận của Hiệu trưởng tại cuộc họp giao ban tháng 10 năm 2022
"""

HOSPITAL = """SỞ Y TẾ TỈNH HÀ TĨNH
BỆNH VIỆN ĐA KHOA TỈNH HÀ TĨNH
Số: 215/TB-BV
Hà Tĩnh, ngày 20 tháng 6 năm 2024
THÔNG BÁO
Kết luận giao ban chuyên môn tháng 6 năm 2024
"""


def _notice(text: str) -> Notice:
    return parse_notice(text, "x.txt")


def _bodies(text: str) -> set[str]:
    return {a.name for a in _notice(text).agencies.values()}


# 1. A unit is named by its own words, written in lower case after a capitalised syllable: a hospital's wards by
# their speciality, a faculty's trade, a power company's dispatch room; the verb after the name is not the name's.


@pytest.mark.parametrize(
    "line, name",
    [
        ("Khoa Nội tổng hợp bố trí đủ giường bệnh.", "Khoa Nội tổng hợp"),
        ("Khoa Ngoại chấn thương rà soát danh mục phẫu thuật.", "Khoa Ngoại chấn thương"),
        ("Khoa Ngoại tiết niệu lập kế hoạch trong tháng 7.", "Khoa Ngoại tiết niệu"),
        ("Khoa Công nghệ Nhiệt lạnh rà soát chương trình đào tạo.", "Khoa Công nghệ Nhiệt lạnh"),
        ("Phòng Điều độ rà soát phương thức vận hành lưới điện.", "Phòng Điều độ"),
        ("Trung tâm Dịch vụ tổng hợp chuẩn bị hội trường.", "Trung tâm Dịch vụ tổng hợp"),
        ("Ban Quản lý Dự án Giảm nghèo rà soát hồ sơ.", "Ban Quản lý Dự án Giảm nghèo"),
    ],
)
def test_unit_named_by_words_its_capital_opens(line: str, name: str) -> None:
    assert name in _bodies(HOSPITAL + "Các đơn vị thực hiện như sau:\n1. " + line + "\n")


def test_lower_case_verb_after_a_name_still_ends_it() -> None:
    # "tổng hợp" after a field written in lower case is the verb
    bodies = _bodies(HOSPITAL + "Phòng Kinh tế đối ngoại tổng hợp danh mục dự án.\n")
    assert "Phòng Kinh tế đối ngoại" in bodies


def test_absent_wards_named_whole() -> None:
    n = _notice(HOSPITAL + "- Vắng: Khoa Nội tổng hợp (trực cấp cứu); Khoa Ngoại chấn thương (đi học).\n")
    assert set(_absent(n)) == {"Khoa Nội tổng hợp", "Khoa Ngoại chấn thương"}


def test_water_meter_centre() -> None:
    bodies = _bodies(
        HOSPITAL + "2. Trung tâm Kiểm định đồng hồ nước: kiểm định định kỳ đồng hồ nước trong quý IV/2024.\n"
    )
    assert "Trung tâm Kiểm định đồng hồ nước" in bodies


# 2. A unit named by two fields joined by a dash: the second may be a word that heads a body elsewhere ("Thư
# viện"), or follow a head that holds the first ("Ban Tổ chức - Nhân sự").


@pytest.mark.parametrize(
    "line, name",
    [
        ("Trung tâm Thông tin - Thư viện cập nhật tin, bài lên website.", "Trung tâm Thông tin - Thư viện"),
        ("Ban Tổ chức - Nhân sự rà soát quy hoạch cán bộ quản lý.", "Ban Tổ chức - Nhân sự"),
        ("Ban Tổ chức - Hành chính chuẩn bị hội nghị viên chức.", "Ban Tổ chức - Hành chính"),
    ],
)
def test_two_fields_over_a_dash(line: str, name: str) -> None:
    bodies = _bodies(SCHOOL + line + "\n")
    assert name in bodies and "Thư viện" not in bodies


def test_two_bodies_over_a_dash_stay_two() -> None:
    bodies = _bodies(SCHOOL + "Thư viện tỉnh - Bảo tàng tỉnh phối hợp tổ chức triển lãm.\n")
    assert not any("Thư viện tỉnh - Bảo tàng" in b for b in bodies)


# 3. A research institute's or university's department ("Bộ môn") is a unit, no ministry.


def test_bo_mon_is_a_unit() -> None:
    n = _notice(
        "VIỆN CÂY ĂN QUẢ MIỀN NAM\nSố: 21/TB-VCAQ\nTiền Giang, ngày 3 tháng 4 năm 2015\nTHÔNG BÁO\n"
        "Kết luận của Viện trưởng tại cuộc họp giao ban\n"
        "Vắng: Bộ môn Canh tác (đi công tác), Bộ môn Bảo vệ thực vật.\n"
        "1. Bộ môn Di truyền và Chọn giống hoàn thiện hồ sơ công nhận giống trước ngày 30/4/2015.\n"
    )
    names = set(_names(n).values())
    assert {"Bộ môn Canh tác", "Bộ môn Bảo vệ thực vật", "Bộ môn Di truyền và Chọn giống"} <= names
    assert set(_absent(n)) == {"Bộ môn Canh tác", "Bộ môn Bảo vệ thực vật"}
    assert not any(a.name.startswith("Bộ ") and a.kind == "ministry" for a in n.agencies.values())


# 4. Where a unit's name ends: the staff after "và toàn thể", a meeting the unit attends, a verb of investing.


def test_staff_after_toan_the_is_no_field() -> None:
    bodies = _bodies(
        SCHOOL + "Dự họp có bà Trần Thị Mai - Phụ trách Phòng Hành chính - Tổng hợp và toàn thể viên chức.\n"
    )
    assert "Phòng Hành chính - Tổng hợp" in bodies
    assert not any("toàn thể" in b for b in bodies)


def test_investing_after_a_centre_is_the_verb() -> None:
    bodies = _bodies(
        HOSPITAL + "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng đầu tư nâng cao năng lực thử nghiệm.\n"
    )
    assert any(b.startswith("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng") for b in bodies)
    assert not any("đầu tư" in b for b in bodies)
    assert "Ban Quản lý dự án đầu tư xây dựng tỉnh Hà Tĩnh" in _bodies(
        HOSPITAL + "Ban Quản lý dự án đầu tư xây dựng tỉnh báo cáo tiến độ.\n"
    )


def test_region_of_a_province_inside_a_name() -> None:
    bodies = _bodies(HOSPITAL + "Bệnh viện Đa khoa khu vực Tây Hà Tĩnh cử 02 bác sĩ tham gia.\n")
    assert "Bệnh viện Đa khoa khu vực Tây Hà Tĩnh" in bodies
    assert not any("Tây tỉnh" in b for b in bodies)


# 5. Posts: the school that issues is the body of "Hiệu trưởng Nhà trường"; one in charge of a ward is its
# "Phụ trách khoa"; a company's leaders written bare are the issuing company's.


def test_head_of_the_school_that_issues() -> None:
    n = _notice(
        SCHOOL
        + "Sáng ngày 12/10/2022, ThS. Lê Văn Hòa - Hiệu trưởng Nhà trường đã chủ trì cuộc họp giao ban.\n"
    )
    # (the header's capitals leave the name's case to the reader)
    assert [(t, (b or "").lower()) for t, b in _posts(n, "Lê Văn Hòa")] == [
        ("Hiệu trưởng", "trường đại học vinh")
    ]


def test_in_charge_of_a_ward() -> None:
    n = _notice(HOSPITAL + "Tham dự: CN. Đỗ Thị Lan - Phụ trách khoa Xét nghiệm.\n")
    assert _posts(n, "Đỗ Thị Lan") == [("Phụ trách khoa", "Khoa Xét nghiệm")]


def test_company_leaders_written_bare() -> None:
    n = _notice(
        "TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG\nSố: 45/TB-EVNCPC\nĐà Nẵng, ngày 8 tháng 5 năm 2020\nTHÔNG BÁO\n"
        "Kết luận của Tổng Giám đốc tại cuộc họp giao ban\n"
        "Ông Ngô Văn Tâm - Tổng Giám đốc chủ trì; dự họp có bà Lê Thị Quý - Phó Tổng Giám đốc; ông Phan Đức Hải"
        " - Kiểm soát viên.\n"
    )
    company = "tổng công ty điện lực miền trung"
    for person in ("Ngô Văn Tâm", "Lê Thị Quý", "Phan Đức Hải"):
        assert [(b or "").lower() for _, b in _posts(n, person)] == [company]


# 6. Foreign persons read by their honorific and their shape: a Korean given name's two syllables joined by a
# hyphen, English forms of address, an Ê Đê name's prefix written apart; a donor's people by their posts.

MINUTES = """UBND TỈNH QUẢNG NGÃI
SỞ KẾ HOẠCH VÀ ĐẦU TƯ
Số: 77/TB-SKHĐT
Quảng Ngãi, ngày 9 tháng 3 năm 2023
THÔNG BÁO
Kết luận cuộc họp với Đoàn công tác của nhà tài trợ
"""


def test_korean_given_names_with_a_hyphen() -> None:
    n = _notice(
        MINUTES
        + "Tham dự có: ông Kim Dong-hyun - Trưởng Đại diện Văn phòng KOICA tại Việt Nam; bà Jung Su-bin -"
        " Điều phối viên dự án; ông Nguyễn Văn Tùng - Trưởng phòng Kinh tế đối ngoại.\n"
    )
    persons = {p.name for p in n.persons.values()}
    assert {"Kim Dong-hyun", "Jung Su-bin", "Nguyễn Văn Tùng"} <= persons
    assert _posts(n, "Kim Dong-hyun") == [("Trưởng Đại diện", "Văn phòng KOICA tại Việt Nam")]
    assert [t for t, _ in _posts(n, "Jung Su-bin")] == ["Điều phối viên"]


def test_a_dash_before_a_title_is_no_given_name() -> None:
    n = _notice(MINUTES + "Ông Trần Văn Hùng - Phó Giám đốc Sở chủ trì.\n")
    assert "Trần Văn Hùng" in {p.name for p in n.persons.values()}


@pytest.mark.parametrize(
    "line, name, title",
    [
        ("Mr. Thomas Becker - Chuyên gia tư vấn giám sát của WB.", "Thomas Becker", "Chuyên gia"),
        ("Ms. Anna Schmidt, Cố vấn trưởng dự án.", "Anna Schmidt", "Cố vấn trưởng"),
        ("Bà Maria Lopez - Chuyên gia quản lý tài chính.", "Maria Lopez", "Chuyên gia"),
        ("Bà Ito Keiko, Phó Trưởng Đại diện Văn phòng JICA Việt Nam.", "Ito Keiko", "Phó Trưởng Đại diện"),
    ],
)
def test_foreign_delegates_and_their_posts(line: str, name: str, title: str) -> None:
    n = _notice(MINUTES + "Phía nhà tài trợ có: " + line + "\n")
    assert title in [t for t, _ in _posts(n, name)]


def test_e_de_name_prefix_written_apart() -> None:
    n = _notice(
        "UBND TỈNH ĐẮK LẮK\nSố: 90/TB-UBND\nĐắk Lắk, ngày 10 tháng 7 năm 2012\nTHÔNG BÁO\nKết luận hội nghị\n"
        "Dự hội nghị có đồng chí H' Mai Niê, Phó Chủ tịch UBND tỉnh.\n"
    )
    assert [t for t, _ in _posts(n, "H' Mai Niê")] == ["Phó Chủ tịch"]


def test_experts_after_a_body_are_no_part_of_its_name() -> None:
    bodies = _bodies(
        MINUTES
        + "1. Sở Ngoại vụ chủ trì, phối hợp với Sở Tài chính và chuyên gia KOICA hoàn thiện hồ sơ dự án.\n"
    )
    assert not any("chuyên gia" in b for b in bodies)


def test_nurse_abbreviation_before_a_name_in_a_table() -> None:
    n = _notice(
        HOSPITAL + "- Tham dự:\n\n| TT | Họ và tên | Chức vụ | Đơn vị |\n|---|---|---|---|\n"
        "| 1 | ĐD. Trương Thị Hằng | Điều dưỡng trưởng | Khoa Nhi |\n"
        "| 2 | BS. Lê Văn Tâm | Phó Trưởng khoa | Khoa Nhi |\n\n"
    )
    assert {"Trương Thị Hằng", "Lê Văn Tâm"} <= {p.name for p in n.persons.values()}


def test_community_driven_project_board_named_whole() -> None:
    n = _notice(
        MINUTES
        + "Dự họp có ông Đặng Văn Hiếu, Giám đốc Ban Quản lý Dự án Phát triển cơ sở hạ tầng nông thôn dựa vào"
        " cộng đồng (ADB); ông Lê Văn Bình, Phó Giám đốc Sở Tài chính.\n"
    )
    board = "Ban Quản lý Dự án Phát triển cơ sở hạ tầng nông thôn dựa vào cộng đồng"
    assert [b for _, b in _posts(n, "Đặng Văn Hiếu")] in ([board], [board + " tỉnh Quảng Ngãi"])
