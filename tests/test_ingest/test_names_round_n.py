"""Bodies, places and posts in the ways round N's unseen notices wrote them (social sectors, infrastructure and
land clearance, hard layouts).

Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.extract import parse_notice

SO_HEAD = """SỞ GIAO THÔNG VẬN TẢI TỈNH HÀ NAM
Số: 45/TB-SGTVT
Hà Nam, ngày 12 tháng 3 năm 2024
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 3
Ngày 10/3/2024, Giám đốc Sở Nguyễn Văn Bình chủ trì cuộc họp giao ban. Giám đốc Sở kết luận:
"""

PROVINCE_HEAD = """ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA
VĂN PHÒNG
Số: 88/TB-VPUB
Khánh Hòa, ngày 20 tháng 10 năm 2025
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về công tác giải phóng mặt bằng
Ngày 18/10/2025, Phó Chủ tịch UBND tỉnh Trần Văn Hòa chủ trì cuộc họp. Phó Chủ tịch UBND tỉnh kết luận:
"""


def _assignees(body: str, head: str = SO_HEAD) -> list[list[str]]:
    notice = parse_notice(head + body, "kl.txt")
    return [
        [notice.agencies[a].name if a in notice.agencies else a for a in d.assignees]
        for d in notice.directives
    ]


def _agency_names(body: str, head: str = SO_HEAD) -> list[str]:
    notice = parse_notice(head + body, "kl.txt")
    return [a.name for a in notice.agencies.values()]


# 1. A unit's name holds lower-case words of its field that are a verb or a common word elsewhere ("trình", "có",
# "xây dựng"): the name goes on over them.
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "1. Phòng Quản lý kết cấu hạ tầng giao thông chủ trì, phối hợp với UBND huyện Kim Bảng kiểm tra hành lang"
            " an toàn đường bộ.",
            "Phòng Quản lý kết cấu hạ tầng giao thông",
        ),
        (
            "1. Phòng Quản lý chất lượng công trình xây dựng tăng cường kiểm tra công tác nghiệm thu vật liệu.",
            "Phòng Quản lý chất lượng công trình xây dựng",
        ),
        (
            "1. Phòng Quản lý chất lượng công trình giao thông khẩn trương rà soát hồ sơ hoàn công.",
            "Phòng Quản lý chất lượng công trình giao thông",
        ),
        (
            "1. Trung tâm Quản lý công trình đô thị chủ trì kiểm tra hệ thống chiếu sáng.",
            "Trung tâm Quản lý công trình đô thị",
        ),
        (
            "1. Trung tâm Điều dưỡng người có công phối hợp tổ chức đón các đoàn điều dưỡng tập trung.",
            "Trung tâm Điều dưỡng người có công",
        ),
    ],
)
def test_a_units_name_goes_on_over_its_fields_words_that_are_verbs_elsewhere(
    sentence: str, name: str
) -> None:
    got = _assignees(sentence + "\n")
    assert got and got[0] and got[0][0].startswith(name), got


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "1. UBND huyện Ninh Hòa chỉ đạo Hội đồng bồi thường của dự án phối hợp với chủ đầu tư hoàn thành chi trả.",
            "Hội đồng bồi thường",
        ),
        (
            "1. Hội đồng bồi thường, hỗ trợ và tái định cư huyện Diên Khánh khẩn trương hoàn thành phương án.",
            "Hội đồng bồi thường, hỗ trợ và tái định cư",
        ),
    ],
)
def test_the_land_clearance_council_is_named_in_lower_case(sentence: str, name: str) -> None:
    got = _assignees(sentence + "\n", PROVINCE_HEAD)
    names = [n for d in got for n in d]
    assert any(n.startswith(name) for n in names), got
    assert "Hội đồng" not in names, got


def test_a_verb_after_a_whole_name_still_ends_it() -> None:
    got = _assignees("1. Sở Xây dựng trình UBND tỉnh phê duyệt quy hoạch trước ngày 30/4/2024.\n")
    assert got and got[0][0].startswith("Sở Xây dựng") and "trình" not in got[0][0], got


# 2. The special zone (đặc khu), a commune-level unit since 2025, beside xã and phường.
@pytest.mark.parametrize(
    "sentence",
    [
        "1. Đề nghị UBND các xã, phường, đặc khu chỉ đạo ban quản lý chợ duy trì cân đối chứng.",
        "1. Đề nghị Ủy ban nhân dân các phường, xã, đặc khu chỉ đạo ban quản lý chợ duy trì cân đối chứng.",
    ],
)
def test_the_special_zone_is_one_of_the_communes_a_collective_lists(sentence: str) -> None:
    got = _assignees(sentence + "\n", PROVINCE_HEAD)
    assert got and len(got[0]) == 1 and got[0][0].endswith("đặc khu"), got


def test_a_special_zone_named_is_a_place() -> None:
    names = _agency_names(
        "1. Giao UBND đặc khu Vân Đồn chủ trì, phối hợp với Đặc khu Phú Quốc trao đổi kinh nghiệm.\n"
    )
    assert any(n.endswith("đặc khu Vân Đồn") for n in names), names


LDTBXH_HEAD = """UBND TỈNH TRÀ VINH
SỞ LAO ĐỘNG - THƯƠNG BINH
VÀ XÃ HỘI
Số: 77/TB-SLĐTBXH
Trà Vinh, ngày 05 tháng 11 năm 2020
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban quý IV
Ngày 03/11/2020, Giám đốc Sở Nguyễn Văn Tâm chủ trì cuộc họp giao ban. Thành phần:
"""


def _posts(body: str, head: str = LDTBXH_HEAD) -> dict[str, str | None]:
    notice = parse_notice(head + body, "kl.txt")
    return {
        (notice.persons[p.person].name if p.person in notice.persons else p.person): (
            notice.agencies[p.agency].name if p.agency in notice.agencies else p.agency
        )
        for p in notice.posts
    }


# 3. A social-welfare facility headed "Cơ sở" and its kind is a body; "cơ sở" alone is premises.
@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("- Ông Kim Văn Sơn - Giám đốc Cơ sở Cai nghiện ma túy tỉnh.", "Cơ sở Cai nghiện ma túy"),
        (
            "- Bà Lê Thị Hoa - Phó Giám đốc Cơ sở Bảo trợ xã hội tổng hợp tỉnh.",
            "Cơ sở Bảo trợ xã hội tổng hợp",
        ),
        (
            "- Ông Thạch Văn Nô - Giám đốc Cơ sở Cai nghiện ma tuý Bình Đức.",
            "Cơ sở Cai nghiện ma tuý Bình Đức",
        ),
    ],
)
def test_a_facility_headed_co_so_is_a_posts_body(line: str, body: str) -> None:
    posts = _posts(line + "\n")
    assert any(a is not None and a.startswith(body) for a in posts.values()), posts


@pytest.mark.parametrize(
    "sentence",
    [
        "1. Phòng Bảo trợ xã hội rà soát cơ sở vật chất của các cơ sở cai nghiện tư nhân.",
        "1. Văn phòng Sở cập nhật Cơ sở dữ liệu ngành trước ngày 30/11/2020.",
    ],
)
def test_co_so_alone_is_no_body(sentence: str) -> None:
    names = _agency_names(sentence + "\n", LDTBXH_HEAD)
    assert not any(n.lower().startswith("cơ sở") for n in names), names


def test_a_header_in_capitals_keeps_xa_hoi_in_the_name() -> None:
    posts = _posts("- Ông Trần Văn Lâm - Phó Giám đốc Sở.\n")
    assert any(a is not None and "Thương binh và Xã hội" in a for a in posts.values()), posts


CITY_HEAD = """UBND THÀNH PHỐ UÔNG BÍ
Số: 301/TB-UBND
Uông Bí, ngày 20 tháng 12 năm 2021
THÔNG BÁO
Kết luận của Chủ tịch UBND thành phố tại cuộc họp giao ban giải phóng mặt bằng
Ngày 16/12/2021, đồng chí Phạm Văn Hùng - Chủ tịch UBND thành phố chủ trì cuộc họp. Tham dự có """


def _persons(body: str, head: str = CITY_HEAD) -> list[str]:
    notice = parse_notice(head + body, "kl.txt")
    return [p.name for p in notice.persons.values()]


# 4. The places a collective of localities lists after its colon are places, not persons.
@pytest.mark.parametrize(
    "attendees",
    [
        "Chủ tịch UBND các phường, xã: Lê Lợi, Trưng Vương, Thượng Yên Công; đại diện các hộ dân.",
        "Chủ tịch UBND các xã, thị trấn: Hà Lâm, Lý Nhân và Đỗ Động.",
        "Chủ tịch UBND các phường: **Vàng Danh, Hoàng Quế**.",
    ],
)
def test_places_listed_after_a_collectives_colon_are_no_persons(attendees: str) -> None:
    persons = _persons(attendees + "\n")
    assert [p for p in persons if "Hùng" not in p] == [], persons


def test_persons_listed_after_a_collectives_colon_stay_persons() -> None:
    persons = _persons("Chủ tịch UBND các xã: Nguyễn Văn Hai, Trần Thị Bình.\n")
    assert any("Nguyễn Văn Hai" == p for p in persons), persons


COUNCIL_HEAD = """HỘI ĐỒNG BỒI THƯỜNG, HỖ TRỢ VÀ TÁI ĐỊNH CƯ
DỰ ÁN KHU CÔNG NGHIỆP BẮC ĐỒNG PHÚ
BIÊN BẢN HỌP
Vào lúc 8 giờ ngày 03/6/2010, ông Lê Văn Thịnh - Chủ tịch Hội đồng chủ trì cuộc họp. Thành phần:
"""


# 5. A company's full name after a title is the post's body, though a syllable of its proper name is a family name.
@pytest.mark.parametrize(
    ("line", "company"),
    [
        (
            "**Đại diện Chủ đầu tư:** Ông Phạm Quốc Việt – Phó Giám đốc Công ty TNHH Đầu tư Phát triển Hạ tầng Sao"
            " Mai Đồng Phú.",
            "Công ty TNHH Đầu tư Phát triển Hạ tầng Sao Mai Đồng Phú",
        ),
        (
            "- Ông Phạm Quốc Việt - Giám đốc Công ty cổ phần Xây dựng Hoàng Long, đại diện nhà thầu.",
            "Công ty cổ phần Xây dựng Hoàng Long",
        ),
    ],
)
def test_a_companys_proper_name_runs_over_a_family_names_syllable(line: str, company: str) -> None:
    posts = _posts(line + "\n", COUNCIL_HEAD)
    assert posts.get("Phạm Quốc Việt") is not None and posts["Phạm Quốc Việt"].startswith(company), posts


def test_a_person_after_a_companys_name_is_still_a_person() -> None:
    notice = parse_notice(
        COUNCIL_HEAD + "- Đại diện Công ty cổ phần Xây dựng Hoàng Long Trần Văn Nam phát biểu ý kiến.\n",
        "kl.txt",
    )
    assert not any("Trần" in a.name for a in notice.agencies.values()), list(notice.agencies)


HOSPITAL_HEAD = """SỞ Y TẾ QUẢNG BÌNH
BỆNH VIỆN ĐA KHOA TỈNH
Số: 215/TB-BVĐK
Quảng Bình, ngày 06 tháng 10 năm 2018
THÔNG BÁO
Kết luận của Giám đốc Bệnh viện tại buổi giao ban tháng 9 năm 2018
Sáng ngày 05/10/2018, Bệnh viện Đa khoa tỉnh Quảng Bình tổ chức giao ban tháng 9. BSCKII. Hoàng Văn Minh -
Giám đốc Bệnh viện chủ trì buổi giao ban.
"""


# 6. A director written bare in a hospital's own internal meeting holds the post in that hospital.
def test_a_bare_directors_post_at_a_hospitals_own_meeting_is_in_the_hospital() -> None:
    posts = _posts(
        "Tham dự: ThS.BS. Lê Thị Thanh Hương - Phó Giám đốc; BSCKI. Đặng Quốc Bảo - Phó Giám đốc; Trưởng, Phó các"
        " khoa, phòng.\n",
        HOSPITAL_HEAD,
    )
    for person in ("Lê Thị Thanh Hương", "Đặng Quốc Bảo"):
        assert (posts.get(person) or "").startswith("Bệnh viện Đa khoa tỉnh"), posts


ZONE_HEAD = """ỦY BAN NHÂN DÂN
ĐẶC KHU CÔN ĐẢO
Số: 41/TB-UBND
Côn Đảo, ngày 10 tháng 9 năm 2025
THÔNG BÁO
Kết luận của Chủ tịch UBND đặc khu tại cuộc họp về phòng, chống thiên tai
Ngày 08/9/2025, Chủ tịch UBND đặc khu Lê Văn Hòa chủ trì cuộc họp. Chủ tịch UBND đặc khu kết luận:
"""


def test_a_special_zones_phong_is_its_own() -> None:
    got = _assignees(
        "1. Phòng Kinh tế rà soát kế hoạch phòng, chống thiên tai, hoàn thành trước ngày 30/9/2025.\n",
        ZONE_HEAD,
    )
    assert got and got[0] and got[0][0].startswith("Phòng Kinh tế") and "huyện" not in got[0][0], got
    assert got[0][0].endswith("đặc khu Côn Đảo"), got


PARTY_HEAD = """TỈNH ỦY PHÚ THỌ
Số: 512-TB/TU
Phú Thọ, ngày 02 tháng 3 năm 2015
THÔNG BÁO
Kết luận của Bí thư Tỉnh ủy tại buổi làm việc về phát triển vùng chè
Ngày 27/02/2015, đồng chí Bí thư Tỉnh ủy chủ trì buổi làm việc. Bí thư Tỉnh ủy kết luận:
"""


# A bare district Party committee listed with its district's other bodies shares their district.
@pytest.mark.parametrize(
    ("sentence", "committee"),
    [
        (
            "1. Huyện ủy, UBND huyện Thanh Sơn lãnh đạo, chỉ đạo các xã quản lý chặt chẽ nguồn giống.",
            "Huyện ủy Thanh Sơn",
        ),
        (
            "1. Huyện ủy, HĐND, UBND huyện Tân Sơn chỉ đạo các xã rà soát quy hoạch vùng chè.",
            "Huyện ủy Tân Sơn",
        ),
        ("1. Thị ủy, UBND thị xã Phú Thọ chỉ đạo các phường tuyên truyền.", "Thị ủy Phú Thọ"),
    ],
)
def test_a_bare_district_committee_shares_the_district_listed_after_it(sentence: str, committee: str) -> None:
    got = _assignees(sentence + "\n", PARTY_HEAD)
    assert got and committee in got[0], got


def test_a_bare_district_committee_keeps_no_district_of_another_kind() -> None:
    got = _assignees("1. Huyện ủy, UBND thành phố Việt Trì chỉ đạo các phường tuyên truyền.\n", PARTY_HEAD)
    assert got and not any(n.startswith("Huyện ủy Việt Trì") for n in got[0]), got


# A disease's code numbered after a hyphen is one word of the body's name ("… phòng, chống dịch COVID-19 huyện Cái
# Bè": the issuer had lost "-19").
@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Ban Chỉ đạo phòng, chống dịch COVID-19 huyện Cái Bè", "COVID-19"),
        ("Ban Chỉ đạo phòng, chống dịch bệnh SARS-CoV-2 tỉnh Long An", "SARS-CoV-2"),
    ],
)
def test_a_numbered_disease_code_stays_in_the_name(name: str, code: str) -> None:
    from ketluan.ingest.agencies import scan_agency
    from ketluan.ingest.tokens import tokenize

    toks = tokenize(name)
    assert code in [t.text for t in toks]
    m = scan_agency(toks, 0, name)
    assert m is not None and code in m.surface, m


@pytest.mark.parametrize("word", ["hoạch-Tài", "2019-2020", "Covid-19"])
def test_other_hyphenated_words_still_split(word: str) -> None:
    from ketluan.ingest.tokens import tokenize

    assert [t.text for t in tokenize(word)][1] == "-"
