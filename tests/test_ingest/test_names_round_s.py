"""Bodies, persons and posts in the ways round S's unseen notices wrote them (city and urban districts; forests,
livestock and fisheries; metrology, standards and quality).

Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.tokens import tokenize


def _surfaces(sentence: str) -> list[str]:
    return [m.surface for m in find_agencies(sentence, tokenize(sentence))]


# 1. Lower-case words of the names of a city's units run on: "địa bàn" (a Thanh tra Sở Xây dựng's team for one
# district), "công ích" (a public-utility company), "các chợ" (a district's market board: one body).
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Giao Đội Thanh tra địa bàn quận Gò Vấp chủ trì kiểm tra.", "Đội Thanh tra địa bàn quận Gò Vấp"),
        ("Đội Thanh tra địa bàn huyện phối hợp lập biên bản.", "Đội Thanh tra địa bàn huyện"),
        (
            "Giao Công ty TNHH MTV Dịch vụ công ích quận 3 nạo vét cống.",
            "Công ty TNHH MTV Dịch vụ công ích quận 3",
        ),
        ("Công ty Dịch vụ công ích huyện Nhà Bè thu gom rác.", "Công ty Dịch vụ công ích huyện Nhà Bè"),
        ("Ban Quản lý các chợ quận Ngô Quyền bố trí cân đối chứng.", "Ban Quản lý các chợ quận Ngô Quyền"),
        ("Giao Ban quản lý các chợ thành phố sắp xếp lại ki-ốt.", "Ban quản lý các chợ thành phố"),
        # the standard name of the forest boards
        (
            "Trưởng Ban Chỉ đạo các vấn đề cấp bách trong bảo vệ và phát triển rừng tỉnh chủ trì hội nghị.",
            "Ban Chỉ đạo các vấn đề cấp bách trong bảo vệ và phát triển rừng tỉnh",
        ),
        (
            "Trưởng Ban chỉ đạo các vấn đề cấp bách trong bảo vệ và PCCCR huyện phát biểu.",
            "Ban chỉ đạo các vấn đề cấp bách trong bảo vệ và PCCCR huyện",
        ),
    ],
)
def test_lower_case_words_of_city_units(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


# 1b. "công nhận" in lower case after a whole name is its verb (to accredit); a name written with it capitalised
# keeps it ("Văn phòng Công nhận Chất lượng"). ("chứng nhận" is left a word of names: "Phòng Cấp giấy chứng nhận".)
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "Hoàn thiện hồ sơ đề nghị Tổng cục Tiêu chuẩn Đo lường Chất lượng công nhận khả năng kiểm định.",
            "Tổng cục Tiêu chuẩn Đo lường Chất lượng",
        ),
        ("Giao Văn phòng Công nhận Chất lượng chủ trì.", "Văn phòng Công nhận Chất lượng"),
    ],
)
def test_accrediting_verb_after_a_name(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


# 1c. "và" then a form of address is a person next, not the name's next field ("đồng" of "đồng chí" is a name
# syllable: "đồng bằng").
@pytest.mark.parametrize(
    "sentence",
    [
        "Tham dự có Giám đốc Sở Khoa học và Công nghệ và đồng chí Nguyễn Thị Lan, Phó Chủ tịch UBND huyện.",
        "Làm việc với lãnh đạo Sở Khoa học và Công nghệ và đ/c Trần Văn Nam, Chánh Văn phòng.",
    ],
)
def test_a_person_after_and(sentence: str) -> None:
    surfaces = _surfaces(sentence)
    assert "Sở Khoa học và Công nghệ" in surfaces
    assert not any("đồng" in s or "đ/c" in s for s in surfaces)


DISTRICT = """ỦY BAN NHÂN DÂN QUẬN HOÀNG MAI
Số: 85/TB-UBND
Hoàng Mai, ngày 12 tháng 4 năm 2022
THÔNG BÁO
Kết luận của Chủ tịch UBND quận tại buổi làm việc về trật tự xây dựng
Ngày 10/4/2022, ông Lê Văn Minh, Chủ tịch UBND quận chủ trì buổi làm việc.
{body}
"""


def _persons_posts(body: str) -> tuple[list[str], list[tuple[str, str]]]:
    n = parse_notice(DISTRICT.format(body=body), "tb.txt")
    names = [p.name for p in n.persons.values()]
    posts = [(n.persons[p.person].name, n.agencies[p.agency].name if p.agency else "") for p in n.posts]
    return names, posts


# 2. A ward named after a person, then the official's own name: the gazetteer knows the ward, and a family name
# opening a name of three syllables follows it.
@pytest.mark.parametrize(
    ("body", "person", "ward"),
    [
        (
            "Chủ tịch UBND phường Trần Phú Tạ Quang Vinh báo cáo tình hình vi phạm.",
            "Tạ Quang Vinh",
            "phường Trần Phú",
        ),
        (
            "Phó Chủ tịch UBND xã Quang Trung Nguyễn Thị Hoa cho biết đã xử lý 5 trường hợp.",
            "Nguyễn Thị Hoa",
            "xã Quang Trung",
        ),
    ],
)
def test_ward_named_after_a_person_then_the_official(body: str, person: str, ward: str) -> None:
    names, posts = _persons_posts(body)
    assert person in names
    assert not any(len(p.split()) > 4 for p in names)
    assert any(p == person and a.endswith(ward) for p, a in posts)


def test_a_commune_that_reads_as_a_person_stays_a_person() -> None:
    # no known ward before a second family name: "phường Nguyễn Văn Hai" is still the official
    names, _ = _persons_posts("Chủ tịch UBND phường Nguyễn Văn Hai phát biểu.")
    assert "Nguyễn Văn Hai" in names


# 2b. After a street's word a capitalised "Ông"/"Bà" opens the street's name (after the person it honours).
@pytest.mark.parametrize(
    "body",
    [
        "1. Thu gom rác tại các tuyến Ông Ích Khiêm, Lê Duẩn trước 6 giờ sáng.",
        "1. Xử lý điểm ngập trên đường Ông Ích Đường và kiệt Ông Ích Khiêm.",
        "1. Kiểm tra công trình tại số 25 Bà Hạt Nguyễn, phường 4.",
    ],
)
def test_street_named_after_someone(body: str) -> None:
    names, _ = _persons_posts("Thành phần: Bà Lê Thị Hoa, Phó Chủ tịch UBND quận.\n" + body)
    assert sorted(names) == ["Lê Thị Hoa", "Lê Văn Minh"]


# 3. A ranger's, a fisheries inspector's or a quarantine officer's rank is his post in a list of attendees.
@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("- Bà Nguyễn Thị Lan — Kiểm lâm viên — *Thư ký*.", "Kiểm lâm viên"),
        ("- Ông Trần Văn Bình, Kiểm lâm viên chính, Hạt Kiểm lâm huyện.", "Kiểm lâm viên"),
        ("- Ông Lê Văn Nam, Kiểm dịch viên động vật, Chi cục Chăn nuôi và Thú y.", "Kiểm dịch viên"),
        ("- Ông Phạm Văn Tư, Kiểm ngư viên, Chi cục Thủy sản.", "Kiểm ngư viên"),
    ],
)
def test_rank_of_a_sector_force_is_a_post(line: str, role: str) -> None:
    n = parse_notice(DISTRICT.format(body="Thành phần:\n" + line), "tb.txt")
    assert role in [p.role for p in n.posts]


# 4. A body's alternative labels hold no bare head ("Ủy ban nhân dân" would match every People's Committee).
def test_no_bare_head_among_labels() -> None:
    n = parse_notice(
        DISTRICT.format(
            body="1. Giao UBND phường Tân Mai, UBND phường Giáp Bát kiểm tra.\n2. Công an quận phối hợp."
        ),
        "tb.txt",
    )
    labels = [s for a in n.agencies.values() for s in a.surfaces]
    assert labels
    assert "Ủy ban nhân dân" not in labels and "Công an" not in labels


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("1. UBND 14 phường:", "UBND 14 phường"),
        ("Giao UBND 15 xã, thị trấn rà soát.", "UBND 15 xã, thị trấn"),
        ("Công an 14 phường phối hợp.", "Công an 14 phường"),
        ("Chủ tịch UBMTTQ 23 xã, thị trấn dự họp.", "UBMTTQ 23 xã, thị trấn"),
    ],
)
def test_a_body_of_places_counted_in_digits_is_the_collective_of_them(sentence: str, surface: str) -> None:
    """ "UBND 14 phường" is each of the fourteen wards' committee, as "UBND các phường" or "UBND hai huyện" is."""
    (m,) = [m for m in find_agencies(sentence, tokenize(sentence)) if m.surface == surface]
    assert m.collective


@pytest.mark.parametrize(
    "sentence",
    ["Ban Chỉ đạo 389 tỉnh họp.", "Trưởng Ban Chỉ đạo 127 thành phố chủ trì.", "UBND 1 xã báo cáo."],
)
def test_a_number_naming_a_board_or_one_place_makes_no_collective(sentence: str) -> None:
    """A board a decision's number names ("Ban Chỉ đạo 389 tỉnh" is the province's 389 board) is one body."""
    assert not any(m.collective for m in find_agencies(sentence, tokenize(sentence)))
