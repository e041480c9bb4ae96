"""A portal's banner above a notice's header names the issuer first; the header under it says whose unit it is.

"SỞ Y TẾ QUẢNG NAM - Cổng thông tin điện tử" over "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM / SỞ Y TẾ" made the province's
committee a unit of its own Sở (and, read on, each the other's unit). A variant written here, not a test notice.
"""

from __future__ import annotations

from ketluan.ingest.extract import parse_notice

_NOTICE = """SỞ Y TẾ QUẢNG NAM - Cổng thông tin điện tử
Trang chủ | Tin tức
ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM
SỞ Y TẾ
Số: 112/TB-SYT
Quảng Nam, ngày 05 tháng 6 năm 2019

THÔNG BÁO
Kết luận của Giám đốc Sở Y tế tại cuộc họp giao ban tháng 5/2019

Ngày 03/6/2019, Giám đốc Sở Y tế Nguyễn Văn Minh chủ trì cuộc họp giao ban.
Giám đốc Sở kết luận:
1. Phòng Nghiệp vụ Y rà soát danh mục trang thiết bị, báo cáo Giám đốc Sở trước ngày 20/6/2019.

GIÁM ĐỐC
Nguyễn Văn Minh
"""


def test_a_banner_above_the_header_does_not_make_the_committee_a_unit_of_the_sở() -> None:
    n = parse_notice(_NOTICE, "banner.txt")
    by_name = {a.name: a for a in n.agencies.values()}
    committee = by_name["Ủy ban nhân dân tỉnh Quảng Nam"]
    health = by_name["Sở Y tế tỉnh Quảng Nam"]
    assert n.issuer == health.key
    assert committee.parent is None
    assert health.parent == committee.key
