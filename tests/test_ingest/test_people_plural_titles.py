"""Names after a plural title share its post: "các Phó Chủ tịch UBND tỉnh A, B". Variants written here."""

from __future__ import annotations

import pytest
from notice_checks import posts_of

from ketluan.ingest.extract import parse_notice

_NOTICE = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
Số: 112/TB-VPUBND

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban tuần

Ngày 09/3/2026, Chủ tịch UBND tỉnh Hồ Văn Mừng chủ trì cuộc họp giao ban; dự họp có {attending} và lãnh đạo các
sở, ngành.
Chủ tịch UBND tỉnh kết luận:
1. Sở Tài chính tham mưu bố trí kinh phí, báo cáo UBND tỉnh trước ngày 20/3/2026.

TL. CHỦ TỊCH
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Lê Thị Thu
"""


@pytest.mark.parametrize(
    "attending",
    [
        "các Phó Chủ tịch UBND tỉnh Nguyễn Thanh Nhàn, Trần Minh Khôi",
        "hai Phó Chủ tịch UBND tỉnh Nguyễn Thanh Nhàn và Trần Minh Khôi",
    ],
)
def test_names_after_a_plural_title_share_its_post(attending: str) -> None:
    n = parse_notice(_NOTICE.format(attending=attending), "plural.txt")
    for name in ("Nguyễn Thanh Nhàn", "Trần Minh Khôi"):
        assert ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh An Giang") in posts_of(n, name), name


def test_a_name_with_a_post_of_its_own_keeps_it() -> None:
    text = _NOTICE.format(
        attending="các Phó Chủ tịch UBND tỉnh Nguyễn Thanh Nhàn, Trần Minh Khôi - Giám đốc Sở Tài chính"
    )
    n = parse_notice(text, "plural.txt")
    assert ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh An Giang") not in posts_of(n, "Trần Minh Khôi")
