"""Tasks and posts in the ways round M's unseen notices wrote them, and cases left over from round L.

Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.extract import parse_notice

PROVINCE_HEAD = """ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN
VĂN PHÒNG
Số: 212/TB-VPUB
Bình Thuận, ngày 14 tháng 9 năm 2011
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về phòng chống bão
Ngày 09/9/2011, Phó Chủ tịch UBND tỉnh Nguyễn Văn Minh chủ trì cuộc họp. Phó Chủ tịch UBND tỉnh kết luận:
"""


def _directives(body: str, head: str = PROVINCE_HEAD) -> list[tuple[list[str], str | None, str]]:
    notice = parse_notice(head + body, "kl.txt")
    out = []
    for d in notice.directives:
        names = [notice.agencies[a].name if a in notice.agencies else a for a in d.assignees]
        out.append((names, d.due.value if d.due else None, d.text))
    return out


@pytest.mark.parametrize(
    "heading",
    [
        "**5. Ủy ban nhân dân các huyện:** Tuy Phong, Bắc Bình, Hàm Thuận Bắc",
        "5. **Ủy ban nhân dân các huyện**: Tuy Phong, Bắc Bình, Hàm Thuận Bắc",
        "**5. Ủy ban nhân dân các huyện: Tuy Phong, Bắc Bình, Hàm Thuận Bắc**",
        "5. *Ủy ban nhân dân các huyện*: Tuy Phong, Bắc Bình, Hàm Thuận Bắc",
    ],
)
def test_a_bold_group_heading_whose_places_follow_the_colon_is_one_body_in_each_place(heading: str) -> None:
    ((bodies, due, text),) = _directives(
        heading + " khẩn trương thống kê thiệt hại, báo cáo UBND tỉnh trước ngày 12/10/2011.\n"
    )
    assert bodies == [
        "Ủy ban nhân dân huyện Tuy Phong",
        "Ủy ban nhân dân huyện Bắc Bình",
        "Ủy ban nhân dân huyện Hàm Thuận Bắc",
    ]
    assert text.startswith("khẩn trương") and due == "2011-10-12"


def test_a_bold_group_heading_before_a_task_names_no_commune() -> None:
    # guard: a capitalised task after a commune group's colon is no commune's name, bold or not
    ((bodies, _, text),) = _directives("**5. Ủy ban nhân dân các xã:** Tổ chức rà soát, báo cáo kết quả.\n")
    assert bodies == ["Ủy ban nhân dân các xã"] and text.startswith("Tổ chức")


@pytest.mark.parametrize("marker", ["a)", "-", "+", "*"])
def test_the_paragraphs_under_a_unit_heading_are_that_units_tasks(marker: str) -> None:
    """ "b) Sở Giao thông vận tải:" on a line of its own, its tasks in plain paragraphs under it (no marker): the
    paragraphs do not close the heading as a plain paragraph after a list does."""
    tasks = _directives(
        "2. Giao nhiệm vụ cụ thể:\n"
        f"{marker} Sở Giao thông vận tải:\n"
        "Khẩn trương khắc phục các điểm sạt lở trên Quốc lộ 28, bảo đảm thông tuyến trước ngày 30/9/2011.\n"
        "Bố trí lực lượng trực 24/24 giờ tại các điểm sạt lở.\n"
        f"{marker} Ủy ban nhân dân huyện Tuy Phong, Ủy ban nhân dân huyện Bắc Bình:\n"
        "Di dời ngay các hộ dân ở vùng có nguy cơ sạt lở đến nơi an toàn trước ngày 20/9/2011.\n"
    )
    assert [(t[0], t[1]) for t in tasks] == [
        (["Sở Giao thông vận tải tỉnh Bình Thuận"], "2011-09-30"),
        (["Sở Giao thông vận tải tỉnh Bình Thuận"], None),
        (["Ủy ban nhân dân huyện Tuy Phong", "Ủy ban nhân dân huyện Bắc Bình"], "2011-09-20"),
    ]


def test_a_plain_paragraph_after_a_list_of_tasks_still_closes_the_list() -> None:
    # guard: the items under "2." are whole tasks (no unit heading of their own), so a plain paragraph after
    # them is no longer theirs
    tasks = _directives(
        "2. Giao nhiệm vụ:\n"
        "a) Sở Tài chính bố trí kinh phí khắc phục hậu quả.\n"
        "b) Sở Y tế:\n"
        "- Chỉ đạo xử lý môi trường sau lũ.\n"
        "Các sở, ngành, địa phương báo cáo tình hình về UBND tỉnh trước 15 giờ hằng ngày.\n"
    )
    assert [t[0] for t in tasks] == [
        ["Sở Tài chính tỉnh Bình Thuận"],
        ["Sở Y tế tỉnh Bình Thuận"],
        ["Các sở, ngành, địa phương"],
    ]
