"""The signer's own post, and posts of a military command written without their body.

Snippets written for these tests (officials invented; bodies real).
"""

from __future__ import annotations

from notice_checks import posts_of as _posts

from ketluan.ingest.extract import parse_notice

BODY = """
Ngày 02/3/2010, Thứ trưởng Nguyễn Văn Công chủ trì cuộc họp về công tác đăng kiểm. Thứ trưởng kết luận như sau:

1. Cục Đăng kiểm Việt Nam rà soát quy trình kiểm định xe cơ giới, báo cáo trước ngày 30/3/2010.
"""


def test_the_title_after_tl_is_the_one_signed_for_not_the_signer():
    text = (
        "BỘ GIAO THÔNG VẬN TẢI\nSố: 61/TB-BGTVT                Hà Nội, ngày 05 tháng 3 năm 2010\n\nTHÔNG BÁO\n"
        "Kết luận của Thứ trưởng Nguyễn Văn Công\n"
        + BODY
        + "\nNơi nhận:                                TL. BỘ TRƯỞNG\n"
        "- Lưu: VT.                               KT. CHÁNH VĂN PHÒNG\n"
        "                                         PHÓ CHÁNH VĂN PHÒNG\n\n"
        "                                         Trần Thị Lan\n"
    )
    notice = parse_notice(text, "bgtvt.txt")
    assert notice.persons[notice.signer].name == "Trần Thị Lan"
    roles = [role for role, _ in _posts(notice, "Trần Thị Lan")]
    assert "Bộ trưởng" not in roles and roles == ["Phó Chánh Văn phòng"]


def test_a_branch_head_of_a_military_command_heads_its_phong():
    text = (
        "BỘ CHỈ HUY QUÂN SỰ TỈNH LAI CHÂU\nSố: 95/TB-BCH                Lai Châu, ngày 20 tháng 11 năm 2019\n\n"
        "THÔNG BÁO\nKết luận của Chỉ huy trưởng tại hội nghị triển khai công tác tuyển quân năm 2020\n\n"
        "Ngày 18/11/2019, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị triển khai công tác tuyển quân năm 2020. "
        "Đại tá Lò Văn Thành, Chỉ huy trưởng chủ trì hội nghị. Tham dự có: Thượng tá Điêu Văn Hùng, Chủ nhiệm "
        "Chính trị; Trung tá Phạm Văn Tú, Chủ nhiệm Hậu cần - Kỹ thuật.\n\n"
        "Chỉ huy trưởng kết luận như sau:\n\n1. Phòng Tham mưu chủ trì tổ chức giao nhận quân.\n"
        "\nNơi nhận:                                CHỈ HUY TRƯỞNG\n- Lưu: VT.\n\n"
        "                                         Lò Văn Thành\n"
    )
    notice = parse_notice(text, "bchqs.txt")
    assert [r for r, a in _posts(notice, "Điêu Văn Hùng")] == ["Chủ nhiệm Chính trị"]
    unit = _posts(notice, "Điêu Văn Hùng")[0][1]
    assert unit is not None and unit.startswith("Phòng Chính trị")
    assert _posts(notice, "Phạm Văn Tú")[0][1].startswith("Phòng Hậu cần - Kỹ thuật")


BOARD_NOTICE = """UBND TỈNH QUẢNG TRỊ
BAN CHỈ ĐẠO PHÒNG CHỐNG THIÊN TAI
Số: 12/TB-BCĐ
Quảng Trị, ngày 10 tháng 9 năm 2020
THÔNG BÁO
Kết luận của Trưởng Ban Chỉ đạo tại cuộc họp ứng phó bão số 5
Ngày 09/9/2020, đồng chí Hà Sỹ Đồng, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì cuộc họp.
Trưởng Ban Chỉ đạo kết luận:
1. Sở Nông nghiệp và PTNT kiểm tra an toàn hồ đập trước ngày 15/9/2020.
Nơi nhận:
- Như trên;
- Lưu: VT.
{mark}
{title}
Lê Quang Chiến
"""


def test_a_title_line_naming_its_body_puts_the_post_in_that_body():
    # a board's notice signed for its head by the provincial office's head: his office, not the board's
    text = BOARD_NOTICE.format(mark="TL. TRƯỞNG BAN", title="CHÁNH VĂN PHÒNG UBND TỈNH")
    assert _posts(parse_notice(text, "bcd.txt"), "Lê Quang Chiến") == [
        ("Chánh Văn phòng", "Văn phòng Ủy ban nhân dân tỉnh Quảng Trị")
    ]


def test_a_department_head_signing_for_a_board_holds_his_post_in_the_department():
    text = BOARD_NOTICE.format(mark="KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN", title="GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ PTNT")
    posts = _posts(parse_notice(text, "bcd.txt"), "Lê Quang Chiến")
    assert ("Giám đốc", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Trị") in posts
    assert not any(role == "Giám đốc" and "Ban Chỉ đạo" in (body or "") for role, body in posts)


def test_a_title_line_naming_only_the_kind_of_body_is_the_issuer():
    # "CHÁNH VĂN PHÒNG" alone, and a bare "TỔ TRƯỞNG TỔ CÔNG TÁC"-like line, keep the issuer's office
    text = BOARD_NOTICE.format(mark="TL. TRƯỞNG BAN", title="CHÁNH VĂN PHÒNG")
    assert _posts(parse_notice(text, "bcd.txt"), "Lê Quang Chiến") == [
        ("Chánh Văn phòng", "Văn phòng Ban Chỉ đạo phòng chống thiên tai")
    ]
    text = BOARD_NOTICE.format(mark="TM. BAN CHỈ ĐẠO", title="TRƯỞNG BAN CHỈ ĐẠO")
    assert _posts(parse_notice(text, "bcd.txt"), "Lê Quang Chiến") == [
        ("Trưởng ban", "Ban Chỉ đạo phòng chống thiên tai")
    ]
