"""Bodies listed in a bracket after a shared head: "UBND các huyện (Mường Lát, Quan Sơn)", "Các Sở (Tài chính,
Xây dựng)", "Các Công ty TNHH MTV thủy lợi (Sông Chu, Bắc Sông Mã)". Each name is one body, as a list after a
colon already was; a bracket that holds anything but the names ("(trừ Sở Tài chính)", "(theo danh sách)") leaves
the collective as it is. Variants written here; the places are real, the companies invented.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.tokens import tokenize


def _surfaces(sentence: str, province: str | None) -> list[str]:
    return [m.surface for m in find_agencies(sentence, tokenize(sentence), province)]


@pytest.mark.parametrize(
    ("sentence", "province", "surfaces"),
    [
        (
            "UBND các huyện (Mường Lát, Quan Sơn) rà soát.",
            "Thanh Hóa",
            ["UBND huyện Mường Lát", "UBND huyện Quan Sơn"],
        ),
        ("UBND các xã (Đồng Văn, Hải Lạng) báo cáo.", "Quảng Ninh", ["UBND xã Đồng Văn", "UBND xã Hải Lạng"]),
        (
            "Sở NN&PTNT các tỉnh (Nghệ An, Hà Tĩnh) phối hợp.",
            None,
            ["Sở NN&PTNT tỉnh Nghệ An", "Sở NN&PTNT tỉnh Hà Tĩnh"],
        ),
        ("Các Sở (Tài chính, Xây dựng) phối hợp.", None, ["Tài chính", "Xây dựng"]),
        ("Giao các Phòng (Tư pháp, Nội vụ) thực hiện.", None, ["Tư pháp", "Nội vụ"]),
        ("Các Công ty thủy lợi (Sông Chu, Bắc Sông Mã) lắp thước đo.", None, ["Sông Chu", "Bắc Sông Mã"]),
    ],
)
def test_names_in_a_bracket_after_a_shared_head_are_one_body_each(
    sentence: str, province: str | None, surfaces: list[str]
) -> None:
    assert _surfaces(sentence, province) == surfaces


@pytest.mark.parametrize(
    ("sentence", "province", "surfaces"),
    [
        # the bracket holds more than the names, or no name: the collective stays whole
        (
            "UBND các huyện (Mường Lát, Quan Sơn và các xã biên giới) rà soát.",
            "Thanh Hóa",
            ["UBND các huyện"],
        ),
        ("UBND các xã (theo danh sách) báo cáo.", "Quảng Ninh", ["UBND các xã"]),
        ("Các Sở (trừ Sở Tài chính) phối hợp.", None, ["Các Sở", "Sở Tài chính"]),
        # a place the gazetteer does not know in that province is no district of it
        ("UBND các huyện (Tiên Yên, Bình Liêu) rà soát.", "Thanh Hóa", ["UBND các huyện"]),
    ],
)
def test_a_bracket_with_more_than_names_keeps_the_collective(
    sentence: str, province: str | None, surfaces: list[str]
) -> None:
    assert _surfaces(sentence, province)[: len(surfaces)] == surfaces


NOTICE = """SỞ NÔNG NGHIỆP VÀ PTNT
TỈNH THANH HÓA
Số: 77/TB-SNN
Thanh Hóa, ngày 20 tháng 3 năm 2015
THÔNG BÁO
Kết luận của Phó Giám đốc Sở tại cuộc họp về đo đếm nước tưới
Ngày 17/3/2015, ông Nguyễn Văn Thành, Phó Giám đốc Sở chủ trì cuộc họp. Tham dự có:
- Chi cục Thủy lợi;
- Công ty TNHH MTV Sông Chu: ông Lê Văn Hải, Phó Giám đốc;
- Công ty TNHH MTV Thủy lợi Bắc Sông Mã: ông Trịnh Văn Tú, Trưởng phòng Kỹ thuật.
Phó Giám đốc Sở kết luận như sau:
1. Chi cục Thủy lợi
Rà soát thiết bị đo mực nước tại các trạm bơm; hoàn thành trước ngày 30/6/2015.
2. Các Công ty TNHH MTV thủy lợi (Sông Chu, Bắc Sông Mã)
Đưa thiết bị đo lưu lượng đi hiệu chuẩn trước ngày 15/5/2015.
"""


def test_a_unit_heading_listing_companies_in_a_bracket_gives_the_task_to_each_named_before() -> None:
    n = parse_notice(NOTICE, "kl.txt")
    task = next(d for d in n.directives if "hiệu chuẩn" in d.text)
    names = sorted(n.agencies[k].name for k in task.assignees)
    # the companies named in the attendance, not new bodies "Công ty Sông Chu"
    assert names == ["Công ty TNHH MTV Sông Chu", "Công ty TNHH MTV Thủy lợi Bắc Sông Mã"]
    assert not any(a.name in ("Công ty Sông Chu", "Công ty Bắc Sông Mã") for a in n.agencies.values())


def test_a_unit_heading_listing_names_of_no_body_named_before_keeps_the_head() -> None:
    text = NOTICE.replace("(Sông Chu, Bắc Sông Mã)", "(Sông Lam, Nam Đàn)")
    n = parse_notice(text, "kl.txt")
    task = next(d for d in n.directives if "hiệu chuẩn" in d.text)
    assert sorted(n.agencies[k].name for k in task.assignees) == ["Công ty Nam Đàn", "Công ty Sông Lam"]


@pytest.mark.parametrize(
    "heading",
    [
        "2. Các Công ty TNHH MTV thủy lợi: Sông Chu, Bắc Sông Mã",
        "2. Các Công ty TNHH MTV thủy lợi: Sông Chu, Bắc Sông Mã:",
    ],
)
def test_a_unit_heading_listing_companies_after_its_colon_gives_the_task_to_each(heading: str) -> None:
    # before, the names after the colon were read as the heading's own task and the item below it was lost
    text = NOTICE.replace("2. Các Công ty TNHH MTV thủy lợi (Sông Chu, Bắc Sông Mã)", heading)
    n = parse_notice(text, "kl.txt")
    task = next(d for d in n.directives if "hiệu chuẩn" in d.text)
    names = sorted(n.agencies[k].name for k in task.assignees)
    assert names == ["Công ty TNHH MTV Sông Chu", "Công ty TNHH MTV Thủy lợi Bắc Sông Mã"]
    assert not any(d.text.startswith("Sông Chu") for d in n.directives)


def test_a_collective_heading_with_its_task_after_the_colon_keeps_the_task() -> None:
    heading = "2. Các Công ty TNHH MTV thủy lợi: rà soát phương án tưới vụ Hè Thu"
    text = NOTICE.replace("2. Các Công ty TNHH MTV thủy lợi (Sông Chu, Bắc Sông Mã)", heading)
    n = parse_notice(text, "kl.txt")
    task = next(d for d in n.directives if "Hè Thu" in d.text)
    assert [n.agencies[k].name for k in task.assignees] == ["Các Công ty TNHH MTV thủy lợi"]
