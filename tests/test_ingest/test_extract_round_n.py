"""Tasks, chairs and absences in the ways round N's unseen notices wrote them (infrastructure, land clearance,
social sectors).

Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

HEAD = """ỦY BAN NHÂN DÂN
TỈNH BÌNH PHƯỚC
Số: 215/TB-UBND
Bình Phước, ngày 12 tháng 6 năm 2020
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại buổi kiểm tra tiến độ dự án đường ĐT 741
"""

OPENING = (
    "Ngày 08/6/2020, Phó Chủ tịch UBND tỉnh Trần Văn Mi chủ trì buổi kiểm tra tiến độ dự án. "
    "Tham dự có lãnh đạo Sở Giao thông vận tải, Sở Tài chính, UBND huyện Đồng Phú.\n"
)


def _notice(body: str, opening: str = OPENING, head: str = HEAD) -> Notice:
    return parse_notice(head + opening + body, "kl.txt")


def _tasks(n: Notice) -> list[tuple[list[str], list[str], str]]:
    names = {k: a.name for k, a in n.agencies.items()}
    return [
        ([names.get(a, a) for a in d.assignees], [names[a] for a in d.supports], d.text) for d in n.directives
    ]


def _task(n: Notice, start: str) -> tuple[list[str], list[str], str]:
    found = [t for t in _tasks(n) if t[2].startswith(start)]
    assert found, f"no task {start!r} in {_tasks(n)}"
    return found[0]


# -- the lettered items under a numbered lead-in are the conclusions ------------------------------------------


@pytest.mark.parametrize("verb", ["chỉ đạo", "yêu cầu", "kết luận như sau"])
def test_items_under_a_numbered_lead_in_are_tasks_whatever_their_verb(verb: str) -> None:
    """ "2. Để đẩy nhanh tiến độ dự án, Phó Chủ tịch UBND tỉnh chỉ đạo:" then "e) Công ty Điện lực X đầu tư tuyến
    …": no part of the notice is headed "Kết luận", yet the items are tasks even without a deontic word."""
    n = _notice(
        "Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh có ý kiến như sau:\n"
        "1. Dự án có tổng chiều dài 12 km, đến nay đã thi công được 7 km.\n"
        f"2. Để bảo đảm tiến độ, Phó Chủ tịch UBND tỉnh {verb}:\n"
        "a) Sở Giao thông vận tải chủ trì, phối hợp với UBND huyện Đồng Phú hướng dẫn nhà thầu lập hồ sơ.\n"
        "b) Công ty Điện lực Bình Phước di dời 22 trụ điện trung thế, đóng điện trong tháng 8/2020.\n"
        "c) Ban Quản lý Khu kinh tế tỉnh theo dõi, đôn đốc, định kỳ hằng tháng báo cáo UBND tỉnh.\n"
    )
    assert _task(n, "Công ty Điện lực")[0] == ["Công ty Điện lực Bình Phước"]
    assert _task(n, "Ban Quản lý Khu kinh tế")[0] == ["Ban Quản lý Khu kinh tế tỉnh Bình Phước"]
    assert not [t for t in _tasks(n) if t[2].startswith("Dự án có tổng")]


def test_items_under_a_numbered_heading_without_a_lead_in_still_need_a_task_word() -> None:
    # guard: "2. Kết quả thực hiện" over lettered facts is no list of tasks
    n = _notice(
        "1. Tình hình chung\n"
        "2. Kết quả thực hiện trong tháng 5/2020\n"
        "a) Công ty Điện lực Bình Phước di dời 22 trụ điện trung thế trên tuyến.\n"
    )
    assert not [t for t in _tasks(n) if t[2].startswith("Công ty Điện lực")]


# -- a paragraph under a numbered part's bare title ----------------------------------------------------------


def test_a_paragraph_under_a_numbered_title_is_that_items_task() -> None:
    """ "4. Về nguồn vốn" on its line, then "Phòng Tài chính - Kế hoạch cân đối, tham mưu bố trí …": the body opening
    the paragraph is the item's actor, whatever its verb (as it is right after the item's number)."""
    n = _notice(
        "Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Về công tác bồi thường\n"
        "Giao UBND huyện Đồng Phú chi trả tiền bồi thường cho 12 hộ còn lại trước ngày 30/6/2020.\n"
        "2. Về nguồn vốn\n"
        "Sở Tài chính cân đối, tham mưu bố trí 15 tỷ đồng từ nguồn tăng thu ngân sách trong tháng 7/2020.\n"
    )
    bodies, _, _ = _task(n, "Sở Tài chính cân đối")
    assert bodies == ["Sở Tài chính tỉnh Bình Phước"]


def test_a_report_under_a_numbered_title_is_no_task() -> None:
    # guard: "Sở Tài chính đã …" under the title reports what was done
    n = _notice(
        "Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Về nguồn vốn\n"
        "Sở Tài chính đã cân đối, bố trí 15 tỷ đồng từ nguồn tăng thu ngân sách.\n"
    )
    assert not [t for t in _tasks(n) if t[2].startswith("Sở Tài chính")]


# -- "lưu ý X làm …" -----------------------------------------------------------------------------------------


def test_a_body_reminded_to_act_is_given_the_task() -> None:
    n = _notice(
        "Phát biểu kết luận, Phó Chủ tịch UBND tỉnh yêu cầu Sở Giao thông vận tải đôn đốc nhà thầu tăng ca. "
        "Đồng chí cũng lưu ý UBND huyện Đồng Phú giải quyết dứt điểm 3 trường hợp khiếu nại về giá bồi thường.\n"
    )
    assert _task(n, "Đồng chí cũng lưu ý")[0] == ["Ủy ban nhân dân huyện Đồng Phú"]


def test_a_body_that_reminds_others_keeps_its_task() -> None:
    # guard: "Sở X lưu ý các đơn vị …" is the Sở's task
    n = _notice(
        "Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Sở Giao thông vận tải lưu ý các nhà thầu bảo đảm an toàn giao thông trên tuyến.\n"
    )
    assert _task(n, "Sở Giao thông vận tải lưu ý")[0] == ["Sở Giao thông vận tải tỉnh Bình Phước"]


# -- bodies that lead and direct ------------------------------------------------------------------------------


def test_bodies_that_lead_and_direct_others_keep_the_task() -> None:
    """ "Huyện ủy, UBND huyện A lãnh đạo, chỉ đạo các xã quản lý …": the bodies opening the clause answer for it,
    not the communes they direct."""
    n = _notice(
        "Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "2.6. Ban Thường vụ Huyện ủy Đồng Phú, UBND huyện Đồng Phú lãnh đạo, chỉ đạo các xã quản lý chặt chẽ "
        "nguồn giống; tuyên truyền, vận động nhân dân không trồng ngoài quy hoạch.\n"
    )
    bodies, _, _ = _task(n, "Ban Thường vụ Huyện ủy")
    assert "Ủy ban nhân dân huyện Đồng Phú" in bodies
    assert not any(b.lower().startswith("các xã") for b in bodies)


# -- the chair -----------------------------------------------------------------------------------------------


def test_a_chair_whose_long_board_title_holds_va() -> None:
    """ "đồng chí X - Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo thi tốt nghiệp THPT và tuyển sinh tỉnh đã chủ
    trì": the board's name runs on past "và" to "chủ trì"."""
    opening = (
        "Ngày 24/5/2020, tại Hội trường UBND tỉnh, đồng chí Trần Văn Mi - Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ "
        "đạo thi tốt nghiệp THPT và tuyển sinh tỉnh đã chủ trì cuộc họp Ban Chỉ đạo. Tham dự có đồng chí Lê Thị "
        "Hoa - Giám đốc Sở Giáo dục và Đào tạo.\n"
    )
    n = _notice(
        "Phó Chủ tịch UBND tỉnh kết luận:\n1. Sở Y tế bố trí cán bộ y tế tại các điểm thi.\n", opening
    )
    assert [n.persons[k].name for k in n.meeting.chairs] == ["Trần Văn Mi"]


def test_one_of_two_joined_persons_is_not_the_lone_chair() -> None:
    # guard: "… và Giám đốc Sở Y …" before "đồng chủ trì": a capital after "và" joins another person
    opening = (
        "Ngày 24/5/2020, đồng chí Trần Văn Mi - Phó Chủ tịch UBND tỉnh và Giám đốc Sở Y tế Lê Thị Hoa đồng chủ "
        "trì cuộc họp.\n"
    )
    n = _notice("Kết luận:\n1. Sở Y tế bố trí cán bộ y tế tại các điểm thi.\n", opening)
    assert "Lê Thị Hoa" in [n.persons[k].name for k in n.meeting.chairs]


@pytest.mark.parametrize("company", ["cùng đoàn công tác của tỉnh", "cùng với lãnh đạo các sở, ngành"])
def test_the_leader_of_a_field_visit_with_company_is_the_chair(company: str) -> None:
    opening = (
        f"Ngày 08/6/2020, Phó Chủ tịch UBND tỉnh Trần Văn Mi {company} đã đi kiểm tra thực địa tại dự án đường "
        "ĐT 741, huyện Đồng Phú.\n"
    )
    n = _notice("Phó Chủ tịch UBND tỉnh kết luận:\n1. Sở Y tế bố trí cán bộ y tế.\n", opening)
    assert [n.persons[k].name for k in n.meeting.chairs] == ["Trần Văn Mi"]


# -- absences ------------------------------------------------------------------------------------------------


def test_a_bracketed_reason_does_not_end_the_absent_list() -> None:
    opening = (
        "Ngày 08/6/2020, Phó Chủ tịch UBND tỉnh Trần Văn Mi chủ trì cuộc họp.\n"
        "Vắng mặt: Bộ Chỉ huy Quân sự tỉnh (đang làm nhiệm vụ tại khu cách ly); Sở Văn hóa, Thể thao và Du lịch "
        "(có lý do).\n"
    )
    n = _notice("Phó Chủ tịch UBND tỉnh kết luận:\n1. Sở Y tế bố trí cán bộ y tế.\n", opening)
    absent = [n.agencies[a].name for a in n.meeting.absent_agencies]
    assert any(a.startswith("Bộ Chỉ huy Quân sự") for a in absent)
    assert any(a.startswith("Sở Văn hóa, Thể thao và Du lịch") for a in absent)


def test_a_clause_after_the_absent_list_ends_it() -> None:
    # guard: a verb outside brackets still ends the list ("…; Sở Y tế làm việc với …" is no absence)
    opening = (
        "Ngày 08/6/2020, Phó Chủ tịch UBND tỉnh Trần Văn Mi chủ trì cuộc họp.\n"
        "Vắng mặt: Bộ Chỉ huy Quân sự tỉnh đang làm nhiệm vụ tại khu cách ly; Sở Y tế cử đại diện dự thay.\n"
    )
    n = _notice("Phó Chủ tịch UBND tỉnh kết luận:\n1. Sở Tài chính bố trí kinh phí.\n", opening)
    absent = [n.agencies[a].name for a in n.meeting.absent_agencies]
    assert not any(a.startswith("Sở Y tế") for a in absent)


# -- the project's investor ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "naming",
    [
        "2. Dự án Khu dân cư phường Tân Phú (Chủ đầu tư: Công ty cổ phần Đầu tư Xây dựng Phú Thịnh)\n",
        "2. Dự án Khu dân cư phường Tân Phú do Công ty cổ phần Đầu tư Xây dựng Phú Thịnh làm chủ đầu tư\n",
        "2. Dự án Khu dân cư phường Tân Phú: Công ty cổ phần Đầu tư Xây dựng Phú Thịnh (chủ đầu tư dự án) "
        "báo cáo đã san lấp 60% diện tích.\n",
    ],
)
def test_the_bare_investor_is_the_one_company_named_so(naming: str) -> None:
    n = _notice(
        "Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Giao Sở Tài chính bố trí kinh phí bồi thường trong tháng 7/2020.\n"
        + naming
        + "- Giao Ban Quản lý dự án đầu tư xây dựng tỉnh chủ trì, phối hợp với Công ty Điện lực Bình Phước và chủ "
        "đầu tư di dời tuyến đường dây 22kV, hoàn thành trong quý III/2020.\n"
    )
    _, supports, _ = _task(n, "Giao Ban Quản lý dự án")
    assert supports == ["Công ty Điện lực Bình Phước", "Công ty cổ phần Đầu tư Xây dựng Phú Thịnh"]


def test_the_bare_investor_of_two_named_is_no_one() -> None:
    # guard: two investors named, "chủ đầu tư" alone could be either
    n = _notice(
        "Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Dự án A (Chủ đầu tư: Công ty cổ phần Đầu tư Xây dựng Phú Thịnh)\n"
        "2. Dự án B (Chủ đầu tư: Công ty TNHH Xây dựng Hoàng Long)\n"
        "3. Giao UBND huyện Đồng Phú phối hợp với chủ đầu tư hoàn thành giải phóng mặt bằng trong tháng 8/2020.\n"
    )
    _, supports, _ = _task(n, "Giao UBND huyện Đồng Phú")
    assert supports == []


# -- the members' discussion in a review part is not a list of tasks ---------------------------------------------

SO_HEAD = """SỞ KHOA HỌC VÀ CÔNG NGHỆ
TỈNH QUẢNG TRỊ
Số: 45/TB-SKHCN
Quảng Trị, ngày 10 tháng 4 năm 2019

THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban quý I năm 2019

"""


@pytest.mark.parametrize(
    "heading", ["2. Ý kiến thảo luận:", "2. Ý kiến của các thành viên dự họp:", "2. Thảo luận"]
)
def test_the_members_opinions_under_a_review_are_no_tasks(heading: str) -> None:
    """ "I. ĐÁNH GIÁ … 2. Ý kiến thảo luận: - Bà A: đề nghị Chi cục X …": what a member asked for is said before
    the chair concludes; the next numbered heading of the review does not open the conclusions."""
    n = parse_notice(
        SO_HEAD + "Ngày 08/4/2019, Giám đốc Sở Lê Văn Hùng chủ trì cuộc họp giao ban quý I năm 2019.\n\n"
        "I. ĐÁNH GIÁ KẾT QUẢ QUÝ I\n"
        "1. Các đơn vị đã hoàn thành cơ bản kế hoạch quý I.\n"
        f"{heading}\n"
        "- Bà Trần Thị Lan, Chánh Văn phòng Sở: đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng bổ sung xe "
        "kiểm định lưu động.\n"
        "- Ông Võ Văn Nam: đề nghị Trung tâm Ứng dụng tiến bộ khoa học và công nghệ cho thuê thiết bị.\n\n"
        "II. KẾT LUẬN\n"
        "1. Giao Thanh tra Sở chủ trì kiểm tra đo lường xăng dầu trong quý II/2019.\n",
        "kl.txt",
    )
    tasks = _tasks(n)
    assert [t[0] for t in tasks] == [["Thanh tra Sở Khoa học và Công nghệ tỉnh Quảng Trị"]], tasks


# -- a director written bare in the notice of the body he directs ----------------------------------------------


def _posts(header: str, attendance: str) -> dict[str, str | None]:
    n = parse_notice(
        header + "\nSố: 45/TB-VP\nQuảng Trị, ngày 10 tháng 4 năm 2019\n\nTHÔNG BÁO\n"
        "Kết luận cuộc họp giao ban quý I năm 2019\n\n"
        "Ngày 08/4/2019, tại trụ sở cơ quan đã diễn ra cuộc họp giao ban quý I năm 2019.\n"
        f"Tham dự cuộc họp: {attendance}\n\nKẾT LUẬN\n1. Giao Văn phòng tổng hợp báo cáo quý I.\n",
        "kl.txt",
    )
    names = {k: a.name for k, a in n.agencies.items()}
    return {n.persons[p.person].name: names.get(p.agency) if p.agency else None for p in n.posts}


def test_a_bare_director_in_a_sos_own_notice_directs_that_so() -> None:
    posts = _posts(
        "UBND TỈNH QUẢNG TRỊ\nSỞ KHOA HỌC VÀ CÔNG NGHỆ",
        "ông Lê Văn Hùng - Giám đốc; bà Trần Thị Lan - Phó Giám đốc; ông Võ Văn Nam - Chánh Văn phòng.",
    )
    assert posts["Lê Văn Hùng"] == posts["Trần Thị Lan"] == "Sở Khoa học và Công nghệ tỉnh Quảng Trị"


def test_a_bare_director_in_a_centres_notice_directs_the_centre_not_its_so() -> None:
    posts = _posts(
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG TRỊ\nTRUNG TÂM THÔNG TIN VÀ THỐNG KÊ KHOA HỌC VÀ CÔNG NGHỆ",
        "ông Lê Văn Hùng - Giám đốc; bà Trần Thị Lan - Phó Giám đốc.",
    )
    assert posts["Trần Thị Lan"] is not None and posts["Trần Thị Lan"].startswith("Trung tâm")


def test_a_bare_director_in_a_peoples_committees_notice_gets_no_body() -> None:
    """A UBND directs no one as "Giám đốc": the body of a bare "Phó Giám đốc" there is unknown, not guessed."""
    posts = _posts(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ",
        "ông Lê Văn Hùng - Phó Chủ tịch UBND tỉnh; bà Trần Thị Lan - Phó Giám đốc.",
    )
    assert posts["Trần Thị Lan"] is None


@pytest.mark.parametrize("leadin", ["có ý kiến như sau:", "có ý kiến chỉ đạo như sau:"])
def test_a_chairs_opinion_lead_in_opens_the_conclusions(leadin: str) -> None:
    """ "Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh có ý kiến như sau:" closing the opening (a Thông báo ý kiến
    kết luận): the flat items after it are the conclusions, each unit's item a task even without a task word."""
    n = _notice(
        "1. Sở Giao thông vận tải hướng dẫn nhà thầu lập hồ sơ điều chỉnh thiết kế, xong trong tháng 7/2020.\n"
        "2. Công ty Điện lực Bình Phước di dời 22 trụ điện trung thế, đóng điện trong tháng 8/2020.\n",
        opening=OPENING.rstrip("\n") + f" Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh {leadin}\n",
    )
    assert _task(n, "Công ty Điện lực")[0] == ["Công ty Điện lực Bình Phước"]


def test_a_header_in_capitals_keeps_tien_bo_one_word() -> None:
    """ "TRUNG TÂM ỨNG DỤNG TIẾN BỘ KHOA HỌC VÀ CÔNG NGHỆ": written back in mixed case, the "BỘ" of "tiến bộ" is no
    ministry (the known name "Bộ Khoa học và Công nghệ" must not be matched inside it)."""
    n = parse_notice(
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG TRỊ\nTRUNG TÂM ỨNG DỤNG TIẾN BỘ KHOA HỌC VÀ CÔNG NGHỆ\n"
        "Số: 45/TB-TT\nQuảng Trị, ngày 10 tháng 4 năm 2019\n\nTHÔNG BÁO\nKết luận cuộc họp giao ban quý I năm 2019\n\n"
        "Ngày 08/4/2019, tại trụ sở Trung tâm đã diễn ra cuộc họp giao ban quý I năm 2019.\n\n"
        "KẾT LUẬN\n1. Giao Phòng Hành chính tổng hợp báo cáo quý I.\n",
        "kl.txt",
    )
    assert n.issuer is not None
    name = n.agencies[n.issuer].name
    assert "tiến bộ" in name.lower() and "Bộ Khoa học" not in name, name
