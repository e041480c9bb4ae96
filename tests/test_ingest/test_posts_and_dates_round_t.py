"""Round T's leftovers read by rules: a council member's workplace before his place in the council, a commune
civil servant's committee, the office a "K/T" line names, a unit header ending with its owner's first word, a
meeting date after a title that ends with a decision's number, and "không cử lãnh đạo dự họp".

Snippets written for these tests (officials invented; bodies and places real).
"""

from __future__ import annotations

import pytest
from notice_checks import posts_of

from ketluan.ingest.extract import _unit_of_owner, parse_notice


def _posts(notice, name):
    return posts_of(notice, name, as_written=True)


COUNCIL = """UBND TỈNH QUẢNG NAM
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Quảng Nam, ngày 06 tháng 12 năm 2018
BIÊN BẢN
Họp Hội đồng đánh giá, nghiệm thu đề tài
I. THÀNH PHẦN
1. Thành viên Hội đồng có mặt:
- PGS.TS. Phan Văn Lộc, Trường Đại học Nông Lâm, Đại học Huế - Chủ tịch Hội đồng;
- TS. Ngô Thị Hồng Vân, Viện Nghiên cứu khoa học Miền Trung - Phản biện 1;
- ThS. Phạm Thị Thu, Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Nam - Ủy viên;
- ThS. Lê Văn Tâm, chuyên viên Phòng Quản lý khoa học - Ủy viên thư ký.
II. NỘI DUNG
Hội đồng thảo luận, đánh giá đề tài.
"""


def test_a_council_members_workplace_then_his_place_in_the_council() -> None:
    n = parse_notice(COUNCIL, "bb.txt")
    assert _posts(n, "Ngô Thị Hồng Vân") == [("Phản biện 1", "Viện Nghiên cứu khoa học Miền Trung")]
    assert _posts(n, "Phạm Thị Thu") == [("Ủy viên", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Nam")]
    # the university of two names: the first is the workplace, the second its parent
    ((role, body),) = _posts(n, "Phan Văn Lộc")
    assert (role, body) == ("Chủ tịch", "Trường Đại học Nông Lâm")
    unit = next(a for a in n.agencies.values() if a.name == "Trường Đại học Nông Lâm")
    assert n.agencies[unit.parent].name == "Đại học Huế"


def test_a_body_after_a_name_with_no_title_after_it_is_no_post() -> None:
    text = COUNCIL.replace(" - Phản biện 1;", "; có ý kiến về phương pháp;")
    n = parse_notice(text, "bb.txt")
    assert _posts(n, "Ngô Thị Hồng Vân") == []


COMMUNE = """ỦY BAN NHÂN DÂN
XÃ HÒA AN
Hòa An, ngày 18 tháng 6 năm 2021
BIÊN BẢN
Họp rà soát các tiêu chí xã nông thôn mới nâng cao
Hôm nay, ngày 18 tháng 6 năm 2021, tại Hội trường UBND xã Hòa An, huyện Phụng Hiệp, tỉnh Hậu Giang.
Thành phần:
- Chủ trì: Ông Trần Văn Hậu - Chủ tịch UBND xã.
- Thư ký: Bà Lê Thị Ngọc Hân - Công chức Văn phòng - Thống kê.
- Ông Huỳnh Thanh Phong - Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường.
Nội dung: rà soát các tiêu chí.
"""


def test_a_commune_civil_servant_holds_his_post_in_the_communes_committee() -> None:
    n = parse_notice(COMMUNE, "bb.txt")
    assert ("Công chức Văn phòng - Thống kê", "Ủy ban nhân dân xã Hòa An") in _posts(n, "Lê Thị Ngọc Hân")
    assert _posts(n, "Huỳnh Thanh Phong") == [
        ("Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường", "Ủy ban nhân dân xã Hòa An")
    ]


def test_a_commune_civil_servant_with_two_communes_named_gets_no_body() -> None:
    # a joint meeting of two communes: the clerk's commune is not known
    text = COMMUNE.replace(
        "tỉnh Hậu Giang.", "tỉnh Hậu Giang, UBND xã Hòa An và UBND xã Hòa Mỹ họp liên tịch."
    )
    n = parse_notice(text, "bb.txt")
    assert ("Công chức Văn phòng - Thống kê", None) in _posts(n, "Lê Thị Ngọc Hân")


BOARD = """TỈNH ỦY NGHỆ AN
BAN CHỈ ĐẠO VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ
Số 45-TB/BCĐ
Nghệ An, ngày 16 tháng 01 năm 2026
THÔNG BÁO KẾT LUẬN
của đồng chí Trưởng Ban Chỉ đạo tại phiên họp quý IV năm 2025
Ngày 13/01/2026, đồng chí Nguyễn Đức Trung, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì phiên họp.
1. Giao Sở Khoa học và Công nghệ tham mưu kế hoạch năm 2026.
Nơi nhận:
- Lưu Văn phòng Tỉnh ủy.
{mark}
{title}

Trần Thị Thanh Xuân
"""


@pytest.mark.parametrize(
    ("mark", "title", "role", "body"),
    [
        (
            "T/L BAN CHỈ ĐẠO\nK/T CHÁNH VĂN PHÒNG TỈNH ỦY",
            "PHÓ CHÁNH VĂN PHÒNG",
            "Phó Chánh Văn phòng",
            "Văn phòng Tỉnh ủy Nghệ An",
        ),
        (
            "KT. GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ",
            "PHÓ GIÁM ĐỐC",
            "Phó Giám đốc",
            "Sở Khoa học và Công nghệ tỉnh Nghệ An",
        ),
    ],
)
def test_the_body_a_kt_line_names_is_the_signers(mark: str, title: str, role: str, body: str) -> None:
    n = parse_notice(BOARD.format(mark=mark, title=title), "tb.txt")
    assert (role, body) in [
        (po.role, n.agencies[po.agency].name if po.agency else None)
        for po in n.posts
        if po.person == n.signer
    ]


def test_a_kt_line_naming_only_the_title_leaves_the_issuer() -> None:
    n = parse_notice(
        BOARD.format(mark="T/L BAN CHỈ ĐẠO\nK/T CHÁNH VĂN PHÒNG", title="PHÓ CHÁNH VĂN PHÒNG"), "tb.txt"
    )
    bodies = [n.agencies[po.agency].name for po in n.posts if po.person == n.signer and po.agency]
    assert bodies and all(b.startswith("Văn phòng Ban Chỉ đạo") for b in bodies)


@pytest.mark.parametrize(
    ("head", "owner", "name"),
    [
        (
            "Thanh tra Sở",
            "Sở Khoa học và Công nghệ tỉnh Thanh Hóa",
            "Thanh tra Sở Khoa học và Công nghệ tỉnh Thanh Hóa",
        ),
        ("Thanh tra Bộ", "Bộ Công Thương", "Thanh tra Bộ Công Thương"),
        ("Văn phòng Tỉnh ủy", "Tỉnh ủy Nghệ An", "Văn phòng Tỉnh ủy Nghệ An"),
        ("Văn phòng", "Ủy ban nhân dân huyện Củ Chi", "Văn phòng Ủy ban nhân dân huyện Củ Chi"),
        ("Ban Tuyên giáo", "Tỉnh ủy Nam Định", "Ban Tuyên giáo Tỉnh ủy Nam Định"),
    ],
)
def test_a_unit_header_ending_with_its_owners_first_word_names_it_once(
    head: str, owner: str, name: str
) -> None:
    assert _unit_of_owner(head, owner) == name


DATED = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
TỈNH SÓC TRĂNG
Số: 215/TB-SLĐTBXH
Sóc Trăng, ngày 12 tháng 9 năm 2011
THÔNG BÁO
Ý kiến kết luận của Giám đốc Sở về rà soát hộ nghèo theo Quyết định số 09/2011/QĐ-TTg

Ngày 08/9/2011, tại phòng họp Sở, ông Thạch Ngọc Sang - Giám đốc Sở chủ trì cuộc họp.
1. Phòng Bảo trợ xã hội hướng dẫn rà soát hộ nghèo.
"""


def test_a_meeting_date_after_a_title_ending_with_a_decisions_number() -> None:
    # the decision's number closes the title; the blank line ends it, so "Ngày 08/9/2011" is the meeting's
    assert parse_notice(DATED, "tb.txt").meeting.held_on == "2011-09-08"
    cited = DATED.replace("QĐ-TTg\n\nNgày 08/9/2011, tại", "QĐ-TTg ngày 30/01/2011.\n\nNgày 08/9/2011, tại")
    assert parse_notice(cited, "tb.txt").meeting.held_on == "2011-09-08"


@pytest.mark.parametrize("mark", ["không cử lãnh đạo dự họp", "không cử lãnh đạo tham dự"])
def test_bodies_that_sent_no_leader_are_absent(mark: str) -> None:
    text = DATED.replace(
        "1. Phòng Bảo trợ xã hội",
        f"UBND huyện Cù Lao Dung và UBND huyện Ngã Năm {mark}.\n1. Phòng Bảo trợ xã hội",
    )
    absent = parse_notice(text, "tb.txt").meeting.absent_agencies
    assert sorted(absent) == ["ủy ban nhân dân huyện cù lao dung", "ủy ban nhân dân huyện ngã năm"]


DISTRICT_OFFICE = """UBND HUYỆN TAM NÔNG
VĂN PHÒNG HĐND VÀ UBND
Số: 88/TB-VP
Tam Nông, ngày 14 tháng 6 năm 2024
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND huyện tại cuộc họp về công tác đo lường
Ngày 12/6/2024, ông Hà Văn Long - Phó Chủ tịch UBND huyện chủ trì cuộc họp.
Phó Chủ tịch UBND huyện kết luận:
1. Phòng Tài chính - Kế hoạch bố trí kinh phí kiểm định cân đối chứng trước ngày 30/6/2024.
"""


def test_a_unit_under_a_districts_committee_speaks_for_that_district() -> None:
    # the office of the district's council and committee issues: a bare "Phòng Tài chính - Kế hoạch" is Tam Nông's
    n = parse_notice(DISTRICT_OFFICE, "tb.txt")
    (task,) = n.directives
    assert [n.agencies[k].name for k in task.assignees] == ["Phòng Tài chính - Kế hoạch huyện Tam Nông"]


def test_a_board_under_a_communes_committee_speaks_for_that_commune() -> None:
    text = COMMUNE.replace("XÃ HÒA AN\n", "XÃ HÒA AN\nBAN QUẢN LÝ XÂY DỰNG NTM\n")
    n = parse_notice(text, "bb.txt")
    # "Chủ tịch UBND xã" in the commune's own record is Hòa An's chairman
    assert "Ủy ban nhân dân xã Hòa An" in [body for _, body in _posts(n, "Trần Văn Hậu")]
