"""Names of bodies, persons and posts in the ways round AA's unseen notices wrote them (communes and wards after the
two-tier reform, emergencies and steering committees, elected bodies, the Front and mass organisations).

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice
from ketluan.ingest.tokens import tokenize

PROVINCE = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 142/TB-UBND
Hà Tĩnh, ngày 10 tháng 9 năm 2021
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp
"""

FRONT = """ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM
TỈNH BẾN TRE
Số: 35/TB-MTTQ-BTT
Bến Tre, ngày 05 tháng 4 năm 2020
THÔNG BÁO
Kết luận của Chủ tịch Ủy ban MTTQ Việt Nam tỉnh tại hội nghị giao ban
"""

YOUTH = """BCH TỈNH ĐOÀN QUẢNG BÌNH
Số: 120-TB/TĐTN-VP
Quảng Bình, ngày 20 tháng 6 năm 2022
THÔNG BÁO
Kết luận của Ban Thường vụ Tỉnh đoàn
"""


def _notice(text: str) -> Notice:
    return parse_notice(text, "x.txt")


def _bodies(text: str) -> set[str]:
    return {a.name for a in _notice(text).agencies.values()}


# 1. A collective's members named by the level they work at: the tier after the kind ("tuyến tỉnh", "tuyến huyện",
# "cấp xã") says which of them, so it is the collective's name, not the sentence's.


@pytest.mark.parametrize(
    "line, name",
    [
        ("Sở Y tế chỉ đạo các bệnh viện tuyến huyện rà soát thiết bị y tế.", "các bệnh viện tuyến huyện"),
        ("Đề nghị các trường học cấp huyện tổ chức diễn tập phòng cháy.", "các trường học cấp huyện"),
        ("Giao các bệnh viện tuyến tỉnh bố trí giường điều trị.", "các bệnh viện tuyến tỉnh"),
    ],
)
def test_collective_named_with_its_tier(line: str, name: str) -> None:
    assert name.lower() in {b.lower() for b in _bodies(PROVINCE + line + "\n")}


# 2. The Front's member organisations named as a whole ("các tổ chức thành viên"), as "các đơn vị thành viên" of a
# steering committee are: not "các tổ chức", any organisation at all.


def test_front_member_organisations_named_whole() -> None:
    bodies = _bodies(
        FRONT
        + "Đồng chí Chủ tịch đề nghị các tổ chức thành viên tăng cường vận động hội viên tham gia bảo hiểm y tế.\n"
    )
    assert "các tổ chức thành viên" in {b.lower() for b in bodies}
    assert "các tổ chức" not in {b.lower() for b in bodies}


# 3. "Thanh thiếu nhi", "thanh thiếu niên" (youth and children) is one word that a capitalised "Thanh" opens: the
# youth union's activity centres and houses are named by it, whether or not a line wraps inside it.


@pytest.mark.parametrize(
    "line, name",
    [
        (
            "Trung tâm Hoạt động Thanh thiếu nhi tỉnh tổ chức trại hè cho đội viên.",
            "Trung tâm Hoạt động Thanh thiếu nhi",
        ),
        (
            "Trung tâm Hoạt động Thanh\nthiếu nhi tỉnh tổ chức lớp bồi dưỡng kỹ năng cho phụ trách Đội.",
            "Trung tâm Hoạt động Thanh thiếu nhi",
        ),
        (
            "Trung tâm Hoạt động Thanh thiếu niên tỉnh chuẩn bị cơ sở vật chất cho trại hè.",
            "Trung tâm Hoạt động Thanh thiếu niên",
        ),
    ],
)
def test_youth_centre_named_by_thanh_thieu_nhi(line: str, name: str) -> None:
    assert any(" ".join(b.split()).startswith(name) for b in _bodies(YOUTH + line + "\n"))


# 4. Several district-level committees with the head written once: the place keyword also said once for bare names
# after it ("thành phố Vinh, Cửa Lò" as "huyện Ân Thi, Tiên Lữ"), and a second kind of place in the plural because
# two of its names follow ("… và các huyện Quỳnh Lưu, Diễn Châu"): each place's committee, of its own kind.


def _found(text: str, province: str) -> set[tuple[str, str | None, str | None]]:
    """The bodies `find_agencies` reads in ``text``: (kind, place keyword, place name)."""
    return {(m.kind, m.locality_type, m.locality) for m in find_agencies(text, tokenize(text), province)}


def test_committees_of_a_province_city_and_its_bare_sibling() -> None:
    text = "2. UBND thành phố Hà Tĩnh, Hồng Lĩnh khẩn trương di dời người dân khỏi vùng ngập sâu."
    assert {("ubnd", "thành phố", "Hà Tĩnh"), ("ubnd", "thành phố", "Hồng Lĩnh")} <= _found(text, "Hà Tĩnh")


def test_committees_of_districts_listed_after_a_plural_keyword() -> None:
    text = "3. UBND thành phố Hà Tĩnh và các huyện Cẩm Xuyên, Thạch Hà:\n- Tổ chức sơ tán người dân vùng ven biển."
    assert {
        ("ubnd", "thành phố", "Hà Tĩnh"),
        ("ubnd", "huyện", "Cẩm Xuyên"),
        ("ubnd", "huyện", "Thạch Hà"),
    } <= _found(text, "Hà Tĩnh")


# 5. "giao" after a board's name is the verb even when a person, not a body, is given the task: "Trưởng Ban Chỉ đạo
# giao đồng chí …", "Ban Chỉ đạo giao ông …" (a board's name does not run on into the form of address).


@pytest.mark.parametrize(
    "text",
    [
        "Đồng chí Trưởng Ban Chỉ đạo giao đồng chí Hoàng Văn Lợi, Phó Chủ tịch UBND huyện theo dõi việc bàn giao.",
        "Ban Chỉ đạo giao bà Đinh Thị Hạnh, Trưởng phòng Nội vụ tổng hợp danh sách cán bộ nghỉ việc.",
    ],
)
def test_board_name_ends_before_giao_and_a_person(text: str) -> None:
    boards = [m.surface for m in find_agencies(text, tokenize(text), "Hà Tĩnh") if m.kind == "board"]
    assert boards == ["Ban Chỉ đạo"]


# 6. A youth union's header: its right-hand column is the organisation's motto ("ĐOÀN TNCS HỒ CHÍ MINH"), flattened
# onto the issuer's line by a PDF or a copied text; the issuer's name ends with its place, and "Hồ Chí Minh" there
# is no city.


@pytest.mark.parametrize(
    "first_line, issuer",
    [
        ("BCH TỈNH ĐOÀN QUẢNG BÌNH    ĐOÀN TNCS HỒ CHÍ MINH", "tỉnh đoàn quảng bình"),
        ("BCH HUYỆN ĐOÀN QUẢNG NINH    ĐOÀN TNCS HỒ CHÍ MINH", "huyện đoàn quảng ninh"),
    ],
)
def test_youth_union_issuer_ends_before_the_motto(first_line: str, issuer: str) -> None:
    n = _notice(first_line + "\n" + YOUTH.split("\n", 1)[1])
    assert n.issuer is not None and "hồ chí minh" not in n.issuer
    assert n.issuer.startswith(issuer)


# 7. A board named by the level of its work, written in capitals in a header: "CẤP XÃ" after "cấp" is the level
# ("Ban Chỉ đạo sắp xếp ĐVHC cấp xã", Nghị quyết 76/2025/UBTVQH15), not a commune whose name would follow; a
# district after it is the board's place.


@pytest.mark.parametrize(
    "text, name, place",
    [
        ("BAN CHỈ ĐẠO SẮP XẾP ĐVHC CẤP XÃ\nSố: 31/TB-BCĐ", "SẮP XẾP ĐVHC CẤP XÃ", None),
        (
            "BAN CHỈ ĐẠO SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ HUYỆN CAN LỘC",
            "SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ",
            ("huyện", "CAN LỘC"),
        ),
    ],
)
def test_board_named_by_its_level_in_capitals(text: str, name: str, place: tuple[str, str] | None) -> None:
    boards = [m for m in find_agencies(text, tokenize(text), "Hà Tĩnh") if m.kind == "board"]
    assert [m.name for m in boards] == [name]
    assert ((boards[0].locality_type, boards[0].locality) if place else boards[0].locality) == (place or None)


# 8. A scan's tone slip inside a Sở's name ("Sở Giao thông vận tảí", "… nông thốn"): the Sở names are a closed list,
# so the same letters without their marks are that name, spelt officially (not "Sở Giao thông vận" of the province).


@pytest.mark.parametrize(
    "line, name",
    [
        ("- Ông Trần Văn Hải, Giám đốc Sở Giao thông vận tảí;", "Giao thông vận tải"),
        (
            "Sở Nông nghiệp và Phát triển nông thốn chủ trì rà soát đê điều.",
            "Nông nghiệp và Phát triển nông thôn",
        ),
    ],
)
def test_so_name_read_through_a_tone_slip(line: str, name: str) -> None:
    sos = [m.name for m in find_agencies(line, tokenize(line), "Hà Tĩnh") if m.kind == "so"]
    assert sos == [name]
