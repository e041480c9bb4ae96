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


# 3. tasks in prose conclusions: the body named as the standing body still acts when it also directs others; an
# unlisted verb before a comma; what was done (a passive after "đã được") is no task; a body's office after ";"
CONCLUDES = (
    "Ngày 10/5/2021, đồng chí Trần Phong, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.\n"
    + TAIL
    + "Sau khi nghe báo cáo và ý kiến của các đại biểu, Phó Chủ tịch UBND tỉnh kết luận:\n"
)


def test_a_standing_body_that_directs_its_units_keeps_its_task() -> None:
    n = _notice(
        CONCLUDES
        + "Chi cục Thú y là đơn vị đầu mối, chủ trì phối hợp với Trung tâm Khuyến nông tỉnh theo dõi "
        "diễn biến dịch bệnh hằng ngày; chỉ đạo các Trạm Thú y tăng cường kiểm soát vận chuyển gia cầm.\n"
    )
    (task,) = [a for a, t in _tasks(n) if t.startswith("Chi cục Thú y")]
    assert "Chi cục Thú y tỉnh Quảng Bình" in task


def test_an_unlisted_verb_before_a_comma_leaves_the_body_its_subject() -> None:
    n = _notice(
        CONCLUDES
        + "Sở Kế hoạch và Đầu tư cân đối, tham mưu UBND tỉnh bố trí vốn sửa chữa đê kè, báo cáo UBND "
        "tỉnh trước ngày 30/5/2021.\n"
    )
    tasks = _tasks(n)
    assert any(a == ["Sở Kế hoạch và Đầu tư tỉnh Quảng Bình"] for a, _ in tasks)


def test_what_was_done_by_the_bodies_in_the_passive_is_no_task() -> None:
    n = _notice(
        CONCLUDES
        + "Công tác phòng chống thiên tai năm 2021 đã được các cấp, các ngành triển khai sớm; tuy nhiên "
        "lực lượng tại chỗ còn mỏng.\n"
        "Sở Tài chính tham mưu bố trí kinh phí mua sắm trang thiết bị.\n"
    )
    assert [a for a, _ in _tasks(n)] == [["Sở Tài chính tỉnh Quảng Bình"]]


def test_a_body_through_its_office_after_a_semicolon() -> None:
    n = _notice(
        CONCLUDES
        + "3. Ban Thường trực UBMTTQ các xã chỉ đạo các Ban công tác Mặt trận tổng hợp ý kiến cử tri; "
        "Cơ quan UBMTTQ huyện tổng hợp, báo cáo Thường trực HĐND huyện trước ngày 10/7/2021.\n"
    )
    assert any(t.startswith("Cơ quan UBMTTQ huyện") and a and "MTTQ huyện" in a[0] for a, t in _tasks(n))


# 4. the group, not the bodies before it: "… còn lại" are the others; the heads of a group told to direct others
def test_the_remaining_group_is_not_the_bodies_named_before() -> None:
    n = _notice(
        CONCLUDES
        + "d) UBND các huyện Lệ Thủy, Quảng Ninh: khoanh vùng, xử lý triệt để ổ dịch. UBND các huyện, thị "
        "xã, thành phố còn lại chủ động giám sát, không để dịch lây lan.\n"
    )
    (task,) = [a for a, t in _tasks(n) if t.startswith("UBND các huyện, thị xã")]
    assert not any("Lệ Thủy" in a or "Quảng Ninh" in a for a in task)


def test_the_heads_of_a_group_direct_those_below_them() -> None:
    n = _notice(
        CONCLUDES
        + "5. Chủ tịch UBND các huyện, thị xã theo phương châm \u201cbốn tại chỗ\u201d chỉ đạo các xã, "
        "phường, thị trấn triển khai phương án sơ tán dân.\n"
    )
    (task,) = [a for a, t in _tasks(n) if "sơ tán" in t]
    assert task and all("các huyện, thị xã" in a for a in task)


# 5. absences: a table under "Vắng mặt:"; a head away through his post while his deputy attends
def _absent(n: Notice) -> list[str]:
    return [n.agencies[k].name for k in n.meeting.absent_agencies]


def test_absent_bodies_in_a_table_under_the_heading() -> None:
    n = _notice(
        "Ngày 10/5/2021, đồng chí Trần Phong, Chủ tịch UBND xã chủ trì cuộc họp.\n"
        "Vắng mặt:\n"
        "STT\tĐơn vị vắng\tLý do\n"
        "1\tHội Nông dân xã\tĐi tập huấn tại huyện\n"
        "2\tĐoàn Thanh niên xã\tKhông rõ lý do\n"
        "II. NỘI DUNG CUỘC HỌP\n"
        "Trạm Y tế xã tổ chức phun hóa chất khử trùng.\n",
        head=HEAD.replace("TỈNH QUẢNG BÌNH", "XÃ QUẢNG HÒA"),
    )
    absent = _absent(n)
    assert any(a.startswith("Hội Nông dân xã") for a in absent)
    assert any(a.startswith("Đoàn Thanh niên xã") for a in absent)
    assert len(absent) == 2


def test_a_head_away_through_his_post_leaves_his_attending_body_present() -> None:
    n = _notice(
        "Ngày 10/5/2021, Thường trực HĐND tỉnh họp phiên thường kỳ dưới sự chủ trì của đồng chí Trần Phong, Chủ "
        "tịch HĐND tỉnh. Tham dự có các đồng chí: Lê Văn Hải, Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh; Võ Thị "
        "Na, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh.\n"
        "Vắng: đồng chí Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh (đi công tác); Sở Nội vụ không cử đại diện dự "
        "họp.\n"
    )
    absent = _absent(n)
    assert not any(a.startswith("Ban Kinh tế - Ngân sách") for a in absent)
    assert any(a.startswith("Sở Nội vụ") for a in absent)
    # with no one of the body there, the body named by its absent head's post is away
    n = _notice(
        "Ngày 10/5/2021, đồng chí Trần Phong, Bí thư Huyện ủy chủ trì cuộc họp.\n"
        "Vắng: đồng chí Bí thư Đảng ủy xã Quảng Hòa (có lý do).\n"
    )
    assert any(a.startswith("Đảng ủy xã Quảng Hòa") for a in _absent(n))
