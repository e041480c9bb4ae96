"""Names of places and bodies in the ways round AE's blind notices wrote them (energy, water and dam safety;
foreign affairs and border gates; elections and censuses).

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

from notice_checks import assignees_of, posts_of

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice
from ketluan.ingest.tokens import tokenize

HEADER = """UBND TỈNH QUẢNG NAM
Số: 215/TB-UBND
Quảng Nam, ngày 20 tháng 9 năm 2014
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về công tác phòng chống lụt bão
Ngày 18/9/2014, ông Trần Văn Hưng, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Phó Chủ tịch UBND tỉnh kết luận:
"""
CLOSING = """Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Hưng
"""


def _notice(body: str) -> Notice:
    return parse_notice(HEADER + body + "\n" + CLOSING, "x.txt")


def _names(text: str, province: str | None = None) -> list[str]:
    return [m.surface for m in find_agencies(text, tokenize(text), province)]


# 1. A list of districts after one plural keyword ("UBND các huyện A, B, C"): a district merged away in the 2024-25
# district mergers is still named by notices of its years, and one whose name reads like a person's (the surname
# "Nông") must not end the list, nor lose the task of the districts after it.


def test_a_district_merged_away_in_2025_is_still_a_district_of_its_years() -> None:
    n = _notice(
        "1. UBND các huyện Tiên Phước, Nông Sơn, Hiệp Đức kiểm tra các hồ chứa nhỏ trước ngày 30/10/2014."
    )
    assert {"Ủy ban nhân dân huyện Nông Sơn", "Ủy ban nhân dân huyện Hiệp Đức"} <= assignees_of(n)


def test_a_name_the_gazetteer_lacks_between_two_districts_of_the_province_is_one_too() -> None:
    # "Lục Khu" stands for a district the gazetteer does not list (merged or renamed since); the list goes on with
    # a district of the same province, so the list does not break off at it
    assert _names("UBND các huyện Bảo Lâm, Lục Khu, Hà Quảng tổ chức diễn tập ứng phó sạt lở.") == [
        "UBND huyện Bảo Lâm",
        "UBND huyện Lục Khu",
        "UBND huyện Hà Quảng",
    ]
    # at the end of the list nothing vouches for it: the list stops before it, as before
    assert _names("UBND các huyện Bảo Lâm, Hà Quảng, Lục Khu tổ chức diễn tập.") == [
        "UBND huyện Bảo Lâm",
        "UBND huyện Hà Quảng",
    ]


# 2. A board named by what it runs, in lower case, up to its region ("Ban Quản lý khai thác các công trình thủy lợi
# khu vực X", since 2025 often the former province's name): "công trình" holds the verb "trình", and the name is
# longer than the usual run of trade words.


def test_a_board_running_irrigation_works_keeps_its_whole_name() -> None:
    for line, name in (
        (
            "Ban Quản lý khai thác các công trình thủy lợi khu vực Đắk Nông không cử người tham dự.",
            "Ban Quản lý khai thác các công trình thủy lợi khu vực Đắk Nông",
        ),
        (
            "Ban Quản lý khai thác công trình thuỷ lợi Ninh Sơn kiểm tra cống lấy nước.",
            "Ban Quản lý khai thác công trình thuỷ lợi Ninh Sơn",
        ),
    ):
        assert _names(line) == [name], line


# 3. Units of the police named by their field in lower case ("Phòng Quản lý xuất nhập cảnh", PA08 of every Công an
# tỉnh), with the parent after it and no comma: "xuất", "nhập" do not end the name.


def test_the_immigration_office_keeps_its_name_and_its_parent() -> None:
    assert _names("Công an tỉnh chỉ đạo Phòng Quản lý xuất nhập cảnh rút ngắn thời gian cấp hộ chiếu.") == [
        "Công an tỉnh",
        "Phòng Quản lý xuất nhập cảnh",
    ]
    assert _names("Phòng Quản lý Xuất nhập cảnh báo cáo số liệu.") == ["Phòng Quản lý Xuất nhập cảnh"]
    n = _notice(
        "Tham dự có: Trung tá Hà Văn Khải, Trưởng phòng Quản lý xuất nhập cảnh Công an tỉnh.\n"
        "1. Công an tỉnh rà soát hồ sơ trước ngày 30/10/2014."
    )
    [(role, body)] = posts_of(n, "Hà Văn Khải")
    assert role == "Trưởng phòng" and body is not None and body.startswith("Phòng Quản lý xuất nhập cảnh")


# 4. The army's regional defence command of 2025 ("Ban Chỉ huy phòng thủ khu vực"), written in lower case after
# its head: "phòng" there is "phòng thủ", not the head of a Phòng.


def test_a_regional_defence_command_is_not_cut_at_phong() -> None:
    assert _names(
        "Bộ Chỉ huy Quân sự tỉnh chỉ đạo Ban Chỉ huy phòng thủ khu vực bảo vệ các điểm bỏ phiếu."
    ) == [
        "Bộ Chỉ huy Quân sự tỉnh",
        "Ban Chỉ huy phòng thủ khu vực",
    ]
    assert _names("Ban Chỉ huy phòng thủ khu vực Krông Pắc tổ chức tuần tra.") == [
        "Ban Chỉ huy phòng thủ khu vực Krông Pắc"
    ]


# 5. The head of a border-gate customs office since the 2025 customs reform, titled "Trưởng" + the office's name
# ("Trưởng Hải quan cửa khẩu …", as "Trưởng Công an xã"): the title and the office both.


def test_the_head_of_a_border_gate_customs_office_holds_that_office() -> None:
    n = _notice(
        "Tham dự có:\n- Ông Vi Văn Hoàng - Trưởng Hải quan cửa khẩu quốc tế Nam Giang;\n"
        "- Bà Lục Thị Nga, Phó Trưởng Hải quan cửa khẩu Tây Giang.\n"
        "1. Sở Công Thương rà soát hồ sơ trước ngày 30/10/2014."
    )
    assert posts_of(n, "Vi Văn Hoàng") == [
        ("Trưởng Hải quan cửa khẩu", "Hải quan cửa khẩu quốc tế Nam Giang")
    ]
    assert posts_of(n, "Lục Thị Nga") == [("Phó Trưởng Hải quan cửa khẩu", "Hải quan cửa khẩu Tây Giang")]


# 6. A foreign official named with the diplomatic "ngài", a name with no Vietnamese surname, then a foreign title.


def test_a_foreign_official_addressed_as_ngai_is_a_person() -> None:
    n = _notice(
        "Thống nhất đón Đoàn công tác do ngài Bounmy Phommachanh, Phó Chủ tịch tỉnh Sekong (Lào) làm Trưởng "
        "đoàn.\n1. Sở Ngoại vụ chuẩn bị chương trình đón Đoàn trước ngày 30/10/2014."
    )
    assert "Bounmy Phommachanh" in {p.name for p in n.persons.values()}


# 7. A body of every place of the kinds listed, written without "các" ("UBND xã, phường, thị trấn", "UBND huyện, thị
# xã"): a group, not the body of one unnamed commune.


def test_a_head_before_kinds_of_place_without_cac_is_a_group() -> None:
    [m] = find_agencies(line := "UBND huyện, thị xã rà soát danh sách.", tokenize(line), None)
    assert m.collective and m.surface == "UBND huyện, thị xã"
    n = _notice("1. UBND xã, phường, thị trấn rà soát danh sách hộ cận nghèo trước ngày 30/10/2014.")
    assert assignees_of(n) == {"Ủy ban nhân dân xã, phường, thị trấn"}
    # a named place after the kinds makes it two bodies, and the province's keyword first its own body
    assert _names("UBND tỉnh, huyện báo cáo.") == ["UBND tỉnh"]
