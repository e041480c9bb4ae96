"""The signer's own post, and posts of a military command written without their body.

Snippets written for these tests (officials invented; bodies real).
"""

from __future__ import annotations

from ketluan.ingest.extract import parse_notice

BODY = """
Ngày 02/3/2010, Thứ trưởng Nguyễn Văn Công chủ trì cuộc họp về công tác đăng kiểm. Thứ trưởng kết luận như sau:

1. Cục Đăng kiểm Việt Nam rà soát quy trình kiểm định xe cơ giới, báo cáo trước ngày 30/3/2010.
"""


def _posts(notice, name):
    person = next(p for p in notice.persons.values() if p.name == name)
    return [
        (po.role, notice.agencies[po.agency].name if po.agency else None)
        for po in notice.posts
        if po.person == person.key
    ]


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
