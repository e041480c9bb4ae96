"""Bodies and posts in the ways round O's unseen notices wrote them (emergency steering bodies, trade and market
control, elected councils, the Party and mass organisations at commune level).

Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.tokens import tokenize

SO_HEAD = """SỞ CÔNG THƯƠNG TỈNH QUẢNG NGÃI
Số: 45/TB-SCT
Quảng Ngãi, ngày 12 tháng 3 năm 2024
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 3
Ngày 10/3/2024, Giám đốc Sở Nguyễn Văn Bình chủ trì cuộc họp giao ban. Giám đốc Sở kết luận:
"""


def _surfaces(sentence: str) -> list[str]:
    return [m.surface for m in find_agencies(sentence, tokenize(sentence))]


def _names(sentence: str) -> list[str]:
    return [f"{m.head} {m.name}".strip() for m in find_agencies(sentence, tokenize(sentence))]


# 1. A unit named by two fields joined by a comma is one unit; so is a second field "phòng, chống …" after "và".
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "2. Giao Phòng Thanh tra, Pháp chế chủ trì kiểm tra các cơ sở kinh doanh.",
            "Phòng Thanh tra, Pháp chế",
        ),
        ("3. Phòng Tổ chức, Hành chính rà soát nhân sự trước ngày 15/4/2024.", "Phòng Tổ chức, Hành chính"),
        ("Đề nghị Phòng Kế hoạch, Tài chính tham mưu bố trí kinh phí.", "Phòng Kế hoạch, Tài chính"),
        ("Bà Trần Thị Hoa - Trưởng phòng Tổ chức, Cán bộ; ông Lê Văn Bảy.", "phòng Tổ chức, Cán bộ"),
        (
            "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao phối hợp xử lý.",
            "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
        ),
        (
            "Đội Cảnh sát giao thông và cứu nạn, cứu hộ tuần tra trên tuyến.",
            "Đội Cảnh sát giao thông và cứu nạn, cứu hộ",
        ),
    ],
)
def test_comma_inside_a_unit_name(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        # a list of bodies stays a list
        ("Giao Sở Tài chính, Kế hoạch và Đầu tư tham mưu.", "Sở Tài chính"),
        ("Các phòng Tổ chức, Hành chính, Kế toán rà soát.", None),
        ("Giao Phòng Tổ chức, Hành chính, Kế toán rà soát.", "Phòng Tổ chức"),
        ("Giao Phòng Nội vụ, Tư pháp rà soát.", "Phòng Nội vụ"),
    ],
)
def test_a_list_is_not_one_unit(sentence: str, first: str | None) -> None:
    surfaces = _surfaces(sentence)
    if first is not None:
        assert surfaces[0] == first


# 2. After a committee named by its level ("Tỉnh ủy", "Huyện ủy") nothing lower-case continues the name.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "Ban Tuyên giáo Tỉnh ủy định hướng công tác tuyên truyền về khắc phục hậu quả.",
            "Ban Tuyên giáo Tỉnh ủy",
        ),
        ("Ban Dân vận Huyện ủy nắm tình hình nhân dân vùng lũ.", "Ban Dân vận Huyện ủy"),
        ("Văn phòng Thành ủy bố trí phòng họp.", "Văn phòng Thành ủy"),
    ],
)
def test_nothing_lower_case_after_a_level_committee(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


def test_a_committee_keeps_its_place() -> None:
    assert "Ban Tuyên giáo Tỉnh ủy tỉnh Yên Bái" in _surfaces("Ban Tuyên giáo Tỉnh ủy tỉnh Yên Bái chỉ đạo.")


# 5. A direction before a province's name makes another proper name, the body's.
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Giao Ban Quản lý rừng phòng hộ Nam Hà Tĩnh kiểm tra.", "Ban Quản lý rừng phòng hộ Nam Hà Tĩnh"),
        ("Ban Quản lý rừng phòng hộ Bắc Quảng Nam tuần tra.", "Ban Quản lý rừng phòng hộ Bắc Quảng Nam"),
        ("Ban Quản lý Khu kinh tế Đông Nam Nghệ An báo cáo.", "Ban Quản lý Khu kinh tế Đông Nam Nghệ An"),
    ],
)
def test_direction_before_a_province_is_in_the_name(sentence: str, name: str) -> None:
    matches = find_agencies(sentence, tokenize(sentence))
    assert matches[0].surface == name
    assert matches[0].locality is None


def test_a_province_after_a_name_is_still_its_place() -> None:
    matches = find_agencies("Sở Công Thương Hà Tĩnh kiểm tra.", tokenize("Sở Công Thương Hà Tĩnh kiểm tra."))
    assert matches[0].locality == "Hà Tĩnh"


# 6. "các tổ chức cơ sở đảng" is the collective, not "các tổ chức".
def test_grassroots_party_organisations() -> None:
    notice = parse_notice(
        SO_HEAD
        + "1. Các tổ chức cơ sở đảng trực thuộc tổ chức quán triệt Nghị quyết trước ngày 30/6/2024.\n",
        "kl.txt",
    )
    names = [
        notice.agencies[a].name if a in notice.agencies else a for d in notice.directives for a in d.assignees
    ]
    assert names
    assert all("cơ sở đảng" in n.lower() for n in names)


# 3. The mass organisations written short, and their units and bodies.
@pytest.mark.parametrize(
    ("sentence", "surface", "head"),
    [
        ("4. LĐLĐ huyện vận động đoàn viên tham gia ủng hộ.", "LĐLĐ huyện", "Liên đoàn Lao động"),
        ("Cơ quan UBMTTQ xã tổng hợp ý kiến cử tri.", "UBMTTQ xã", "Ủy ban MTTQ"),
        ("UBKT LĐLĐ tỉnh chủ trì kiểm tra tài chính công đoàn.", "UBKT LĐLĐ tỉnh", "Ủy ban Kiểm tra"),
        (
            "Đoàn Khối các cơ quan tỉnh tổ chức hội thao.",
            "Đoàn Khối các cơ quan tỉnh",
            "Đoàn Khối các cơ quan",
        ),
        (
            "Công đoàn Viên chức tỉnh phối hợp tổ chức hội thao.",
            "Công đoàn Viên chức tỉnh",
            "Công đoàn Viên chức",
        ),
    ],
)
def test_mass_organisations_written_short(sentence: str, surface: str, head: str) -> None:
    matches = {m.surface: m for m in find_agencies(sentence, tokenize(sentence))}
    assert surface in matches
    assert matches[surface].head == head


def test_a_union_member_is_no_union() -> None:
    assert _surfaces("Vận động công đoàn viên tham gia hiến máu.") == []


def test_a_post_in_a_mass_organisation_written_short() -> None:
    notice = parse_notice(
        SO_HEAD.replace("SỞ CÔNG THƯƠNG TỈNH QUẢNG NGÃI", "LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NGÃI")
        + "Dự họp có đồng chí Lê Văn Tám - Phó Chủ tịch LĐLĐ tỉnh; đồng chí Trần Thị Mai - Chủ tịch UBMTTQ huyện"
        " Sơn Tịnh.\n1. LĐLĐ huyện Sơn Tịnh vận động đoàn viên trước ngày 30/4/2024.\n",
        "kl.txt",
    )
    posts = {
        notice.persons[p.person].name if p.person in notice.persons else p.person: notice.agencies[
            p.agency
        ].name
        for p in notice.posts
        if p.agency in notice.agencies
    }
    assert "Liên đoàn Lao động" in posts.get("Lê Văn Tám", "")
    assert "MTTQ" in posts.get("Trần Thị Mai", "") or "Mặt trận" in posts.get("Trần Thị Mai", "")


def test_a_level_committee_then_its_predicate() -> None:
    sentence = "Đồng chí Thân Văn Hưởng - Phó Bí thư Thường trực Huyện uỷ dự và phát biểu chỉ đạo."
    assert [m.name for m in find_agencies(sentence, tokenize(sentence)) if "dự" in m.surface] == []


# 4. A village of the mountain provinces ("bản") named after a village head's title is the post's body; "bản" the
# copy or document is no village.
COMMUNE_HEAD = """ỦY BAN NHÂN DÂN XÃ MƯỜNG KIM
Số: 12/TB-UBND
Mường Kim, ngày 16 tháng 01 năm 2026
THÔNG BÁO
Kết luận của Chủ tịch UBND xã tại hội nghị giao ban
Ngày 15/01/2026, đồng chí Lò Văn Thanh, Chủ tịch UBND xã chủ trì hội nghị. Chủ tịch UBND xã kết luận:
"""


def test_a_village_head_holds_the_post_in_the_village() -> None:
    notice = parse_notice(
        COMMUNE_HEAD
        + "1. Giao ông Lường Văn Pản, Trưởng bản Nậm Cưởm phối hợp Công an xã kiểm tra điểm sạt lở.\n",
        "kl.txt",
    )
    posts = [p for p in notice.posts if p.person == "lường văn pản"]
    assert posts and posts[0].agency is not None and "nậm cưởm" in posts[0].agency


@pytest.mark.parametrize(
    "sentence",
    [
        "1. Văn phòng gửi Sở Tư pháp bản sao văn bản trước ngày 20/01/2026.",
        "2. Công an xã ký bản Cam kết với các hộ kinh doanh.",
        "3. Đoàn khảo sát khu vực thác Bản Giốc.",
        "4. Hợp tác với Nhật Bản trong đào tạo.",
        "5. Gửi bản PDF của báo cáo về Văn phòng.",
        "6. UBND các xã Bát Xát, Mường Khương, Bản Lầu, Pha Long rà soát.",
    ],
)
def test_a_copy_is_no_village(sentence: str) -> None:
    assert not [m for m in find_agencies(sentence, tokenize(sentence)) if m.locality_type == "bản"]


def test_a_commune_named_with_ban_stays_in_its_list() -> None:
    sentence = "UBND các xã Y Tý, Bản Xèo, Mường Hum rà soát các điểm sạt lở."
    assert [m.surface for m in find_agencies(sentence, tokenize(sentence))] == [
        "UBND xã Y Tý",
        "UBND xã Bản Xèo",
        "UBND xã Mường Hum",
    ]


def test_a_village_opening_a_line_of_the_attendance() -> None:
    sentence = "+ Trưởng bản các bản:\n   Bản Nậm Cưởm: Lường Văn Pản\n   Bản Huổi Khoang: Giàng A Chá\n"
    surfaces = [m.surface for m in find_agencies(sentence, tokenize(sentence))]
    assert "Bản Nậm Cưởm" in surfaces and "Bản Huổi Khoang" in surfaces
