"""Abbreviations written as several words, and the export-processing zones' authority written short.

Hồ Chí Minh City's "Ban Quản lý các Khu chế xuất và công nghiệp" (HEPZA) is written "các KCX và CN", "các
KCX-KCN", "các KCX&CN": its "CN" is công nghiệp, where a Sở KH&CN's is Công nghệ. A district's "Phòng KT và HT"
is its Phòng Kinh tế và Hạ tầng. Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

import pytest
from notice_checks import task_of

from ketluan.ingest.extract import parse_notice

_HEADER = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH
Số: 512/TB-VP

THÔNG BÁO
Kết luận của Phó Chủ tịch Ủy ban nhân dân Thành phố tại buổi họp về nhà ở công nhân

Ngày 10 tháng 3 năm 2022, Phó Chủ tịch UBND Thành phố Võ Văn Hoan chủ trì cuộc họp.

Kết luận:
1. Giao {body} chủ trì, phối hợp Liên đoàn Lao động Thành phố rà soát nhu cầu nhà ở của công nhân, báo cáo trước
ngày 30/4/2022.
2. Giao UBND huyện Củ Chi kiểm tra việc cho thuê nhà trọ công nhân.

KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Nguyễn Văn Dũng
"""


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Ban Quản lý các KCX và CN Thành phố", "Ban Quản lý các khu chế xuất và công nghiệp"),
        ("Ban Quản lý các KCX&CN Thành phố", "Ban Quản lý các khu chế xuất và công nghiệp"),
        ("Ban Quản lý các KCX-KCN Thành phố", "Ban Quản lý các khu chế xuất và khu công nghiệp"),
        (
            "Ban Quản lý các Khu chế xuất và công nghiệp Thành phố",
            "Ban Quản lý các Khu chế xuất và công nghiệp",
        ),
    ],
)
def test_export_processing_zones_authority_written_short(written: str, name: str) -> None:
    n = parse_notice(_HEADER.format(body=written), "hepza.txt")
    assignees, supports, due = task_of(n, "Giao Ban Quản lý")
    assert len(assignees) == 1 and assignees[0].startswith(name), assignees
    assert "Công nghệ" not in assignees[0]
    assert supports == ["Liên đoàn Lao động thành phố Hồ Chí Minh"]
    assert due == "2022-04-30"


def test_abbreviation_of_several_words_is_expanded_whole() -> None:
    text = _HEADER.format(body="Phòng KT và HT huyện Củ Chi")
    assignees, _, _ = task_of(parse_notice(text, "ktht.txt"), "Giao Phòng")
    assert assignees == ["Phòng Kinh tế và Hạ tầng huyện Củ Chi"]


def test_words_of_an_abbreviation_in_lower_case_are_left_alone() -> None:
    """Only the abbreviation as written in capitals is expanded: "kt và ht" in running text is no name."""
    from ketluan.ingest.agencies import expand_name
    from ketluan.ingest.tokens import tokenize

    toks = tokenize("Phòng Kt và ht")
    assert expand_name(toks, "Phòng Kt và ht") == "Phòng Kt và ht"
