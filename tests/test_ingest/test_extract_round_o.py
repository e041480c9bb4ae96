"""Chairs, tasks and absences in the ways round O's unseen notices wrote them (emergency steering bodies, trade
and market control, elected councils and mass organisations).

Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

HEAD = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG BÌNH
Số: 88/TB-UBND
Quảng Bình, ngày 14 tháng 5 năm 2021
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về công tác phòng, chống thiên tai
"""

TAIL = "Tham dự có lãnh đạo Sở Tài chính, Sở Nông nghiệp và Phát triển nông thôn.\n"


def _notice(body: str, head: str = HEAD) -> Notice:
    return parse_notice(head + body, "kl.txt")


def _tasks(n: Notice) -> list[tuple[list[str], str]]:
    names = {k: a.name for k, a in n.agencies.items()}
    names.update({k: p.name for k, p in n.persons.items()})
    return [([names.get(a, a) for a in d.assignees], d.text) for d in n.directives]


# 1. a long post — several posts, a board's long name, its abbreviation, "(sau đây gọi tắt là …)" — between the
# chair's name and "chủ trì"
@pytest.mark.parametrize(
    ("opening", "chair"),
    [
        (
            "Ngày 10/5/2021, đồng chí Trần Phong - Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo các vấn đề cấp bách "
            "trong bảo vệ và phòng cháy, chữa cháy rừng (BCĐ PCCCR) tỉnh chủ trì cuộc họp trực tuyến.\n",
            "trần phong",
        ),
        (
            "Ngày 10/5/2021, đồng chí Hồ An Phong, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, Phó Trưởng ban "
            "Thường trực Ban Chỉ đạo phòng, chống dịch bệnh động vật tỉnh (sau đây gọi tắt là Ban Chỉ đạo) chủ trì "
            "cuộc họp.\n",
            "hồ an phong",
        ),
        (
            "Ngày 10/5/2021, đồng chí Lê Văn Bình - Chủ tịch UBND huyện, Trưởng Ban Chỉ huy Phòng chống thiên tai "
            "và Tìm kiếm cứu nạn (PCTT và TKCN) huyện chủ trì cuộc họp.\n",
            "lê văn bình",
        ),
        (
            "Ngày 10/5/2021, đồng chí Phan Thị Hoà - Giám đốc Sở, Phó Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh chủ "
            "trì giao ban trực tuyến với các địa phương.\n",
            "phan thị hoà",
        ),
        (
            "Ngày 10/5/2021, Đoàn giám sát do đồng chí Võ Văn Cường, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh, "
            "Trưởng đoàn chủ trì đã làm việc với Sở Tài chính.\n",
            "võ văn cường",
        ),
    ],
)
def test_chair_after_a_long_post(opening: str, chair: str) -> None:
    n = _notice(opening + TAIL)
    assert [n.persons[c].name.lower() for c in n.meeting.chairs] == [chair]


def test_one_who_attends_a_meeting_another_chairs_is_no_chair() -> None:
    n = _notice(
        "Ngày 10/5/2021, đồng chí Trần Phong, Phó Chủ tịch UBND tỉnh dự buổi làm việc của đoàn kiểm tra liên ngành "
        "về phòng cháy, chữa cháy rừng tại các huyện miền núi do Sở Nông nghiệp chủ trì cuộc họp.\n" + TAIL
    )
    assert "trần phong" not in [n.persons[c].name.lower() for c in n.meeting.chairs]


# 2. a member of the board labels his own item as a body does: "- Đồng chí X, Phó Trưởng ban: xây dựng …"
def test_tasks_of_named_members_after_their_label() -> None:
    n = _notice(
        "Ngày 10/5/2021, đồng chí Trần Phong, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.\n"
        + TAIL
        + "Kết luận của đồng chí Phó Chủ tịch UBND tỉnh:\n"
        "1. Đối với các thành viên Ban Chỉ huy\n"
        "- **Đồng chí Đoàn Thị Lựu**, Phó Trưởng ban thường trực: chỉ đạo việc phân phối hàng cứu trợ; tổng hợp, "
        "báo cáo UBND tỉnh hằng tuần.\n"
        "- Đồng chí Cao Văn Toàn, Phó Trưởng ban: xây dựng kế hoạch huy động dân quân giúp nhân dân dọn dẹp nhà "
        "cửa.\n"
        "2. Đối với các cơ quan, đơn vị\n"
        "- Sở Tài chính: tham mưu bố trí kinh phí hỗ trợ khẩn cấp.\n"
    )
    tasks = _tasks(n)
    assert any(a == ["Đoàn Thị Lựu"] and "phân phối hàng cứu trợ" in t for a, t in tasks)
    assert any(a == ["Cao Văn Toàn"] and "huy động dân quân" in t for a, t in tasks)
    assert any(a == ["Sở Tài chính tỉnh Quảng Bình"] for a, _ in tasks)
