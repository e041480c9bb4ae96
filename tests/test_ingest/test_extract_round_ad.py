"""Who is given a task, who is absent, in the ways round AD's unseen notices (administrative reform, transport and
urban order, social policy) wrote it.

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

from notice_checks import bodies_per_task as _assignees

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

PROVINCE = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 318/TB-UBND
Hà Tĩnh, ngày 21 tháng 8 năm 2023
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh Lê Ngọc Hải tại cuộc họp về trật tự xây dựng và an toàn giao thông
"""

CONCLUDING = (
    "Ngày 18/8/2023, Phó Chủ tịch UBND tỉnh Lê Ngọc Hải chủ trì cuộc họp. Sau khi nghe báo cáo, Phó Chủ tịch UBND"
    " tỉnh kết luận như sau:\n"
)


def _notice(text: str) -> Notice:
    return parse_notice(text, "x.txt")


def _absent(n: Notice) -> list[str]:
    return sorted(n.agencies[a].name for a in n.meeting.absent_agencies)


# "A <verb> …; B <verb> …; đề nghị C …": a conclusion that chains its tasks with ";", each clause opening with its
# own body and that body's verb (whatever the verb: "chỉnh lý", "kiểm soát" are in no list of task verbs), and a
# request to an outside body after them. Each body keeps its own clause; the request does not swallow the clause
# before it.


def test_a_body_that_opens_a_clause_after_a_semicolon_with_its_own_verb_has_a_task_of_its_own() -> None:
    n = _notice(
        PROVINCE
        + CONCLUDING
        + "1. Giao Sở Xây dựng hướng dẫn các huyện lập quy hoạch chi tiết khu tái định cư; Văn phòng đăng ký đất đai"
        " tỉnh chỉnh lý hồ sơ địa chính các thửa đất bị thu hồi.\n"
    )
    assert _assignees(n) == [["Sở Xây dựng tỉnh Hà Tĩnh"], ["Văn phòng đăng ký đất đai tỉnh Hà Tĩnh"]]


def test_a_group_of_bodies_of_one_kind_opening_a_clause_after_a_semicolon_has_a_task_of_its_own() -> None:
    n = _notice(
        PROVINCE
        + CONCLUDING
        + "1. Giao Công an tỉnh bố trí lực lượng phân luồng giao thông tại các nút giao trên Quốc lộ 1; UBND các huyện,"
        " thị xã kiểm soát chặt tải trọng xe ra vào các mỏ đất, đá trên địa bàn.\n"
    )
    assert _assignees(n) == [["Công an tỉnh Hà Tĩnh"], ["Ủy ban nhân dân các huyện, thị xã"]]


def test_a_body_acting_before_a_request_to_another_keeps_its_clause() -> None:
    n = _notice(
        PROVINCE
        + CONCLUDING
        + "Giám đốc Sở kết luận: Sở Giao thông vận tải rà soát các điểm đen tai nạn giao thông trong tháng 9/2023;"
        " Thanh tra Sở Xây dựng xử lý nghiêm các công trình xây dựng sai phép; đề nghị Công an tỉnh phối hợp tuần"
        " tra, xử lý xe quá tải.\n"
    )
    assert _assignees(n) == [
        ["Sở Giao thông vận tải tỉnh Hà Tĩnh"],
        ["Thanh tra Sở Xây dựng"],
        ["Công an tỉnh Hà Tĩnh"],
    ]


# "đ) Đối với UBND các huyện, thị xã: chỉ đạo UBND xã, phường, thị trấn phát hiện, ngăn chặn …": the group in the
# heading is the subject of the item's bare verb; "chỉ đạo" hands the work down to the tier below, written by its
# levels alone (no "các", no place's name), which is only its means. The heading's group is given the task, and so
# is the item's next sentence, not the tier it directs.


def test_a_group_heading_that_directs_the_tier_below_keeps_the_task() -> None:
    n = _notice(
        PROVINCE
        + CONCLUDING
        + "a) Về cấp giấy phép xây dựng: Sở Xây dựng rà soát quy trình cấp giấy phép, rút ngắn thời gian giải quyết.\n"
        "b) Đối với UBND các huyện, thị xã: chỉ đạo UBND xã, phường, thị trấn kiểm tra, ngăn chặn kịp thời các"
        " công trình xây dựng không phép. Báo cáo kết quả về Sở Xây dựng trước ngày 20 hằng tháng.\n"
    )
    assert _assignees(n)[1:] == [
        ["Ủy ban nhân dân các huyện, thị xã"],
        ["Ủy ban nhân dân các huyện, thị xã"],
    ]


def test_the_tier_below_directed_by_its_level_alone_does_not_act_beside_the_heading_group() -> None:
    n = _notice(
        PROVINCE
        + CONCLUDING
        + "a) Về cấp giấy phép xây dựng: Sở Xây dựng rà soát quy trình cấp giấy phép, rút ngắn thời gian giải quyết.\n"
        "b) Đối với UBND các huyện, thị xã: chỉ đạo UBND xã kiểm tra, ngăn chặn kịp thời các công trình xây dựng"
        " không phép.\n"
    )
    assert _assignees(n)[1:] == [["Ủy ban nhân dân các huyện, thị xã"]]


# "Giao UBND các xã A, B, C … ; hoàn thành trước ngày … . Chủ tịch UBND xã chịu trách nhiệm nếu …": a body written by
# its level alone right after the named bodies of that level points back to them; it states who answers for the
# task, it names no new body "UBND xã".


def test_a_level_written_alone_after_named_communes_points_back_to_them() -> None:
    n = _notice(
        PROVINCE
        + CONCLUDING
        + "1. Giao UBND các xã Thạch Hạ, Thạch Trung, Đồng Môn chủ trì, phối hợp với Công an huyện ra quân giải tỏa"
        " hành lang an toàn đường bộ trên Quốc lộ 1; hoàn thành trước ngày 15/9/2023. Chủ tịch UBND xã chịu trách"
        " nhiệm nếu để tái lấn chiếm.\n"
    )
    assert "Ủy ban nhân dân xã" not in [a for names in _assignees(n) for a in names]
    assert _assignees(n)[0] == [
        "Ủy ban nhân dân xã Thạch Hạ",
        "Ủy ban nhân dân xã Thạch Trung",
        "Ủy ban nhân dân xã Đồng Môn",
    ]


DEPARTMENT = """UBND TỈNH HÀ TĨNH
SỞ NỘI VỤ
Số: 52/TB-SNV
Hà Tĩnh, ngày 06 tháng 10 năm 2025
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 9 năm 2025
Ngày 03/10/2025, Giám đốc Sở Nội vụ Trần Minh Đức chủ trì cuộc họp giao ban. Tham dự có:
- Phó Giám đốc Sở: ông Lê Văn Hòa, bà Nguyễn Thị Hương;
- Chánh Văn phòng Sở: ông Phan Đình Tuấn;
"""


# "Phòng A: vắng (có lý do). Phòng B: vắng.": the absences of a Sở's own briefing written as "<body>: vắng" and
# chained on one line, each closed by its full stop or a ";", the reason in brackets or none. Each names a body
# away (the reason of one is no reference to the absence of the next).


def test_absences_chained_on_one_line_each_name_a_body() -> None:
    n = _notice(
        DEPARTMENT
        + "Phòng Tổ chức, biên chế: vắng (có lý do); Phòng Văn thư - Lưu trữ: vắng (có lý do). Phòng Cải"
        " cách hành chính: vắng.\n"
        "Sau khi nghe Văn phòng Sở báo cáo, Giám đốc Sở kết luận như sau:\n"
        "1. Văn phòng Sở tổng hợp kết quả cải cách hành chính quý III/2025.\n"
    )
    assert _absent(n) == ["Phòng Cải cách hành chính", "Phòng Tổ chức, biên chế", "Phòng Văn thư - Lưu trữ"]


# "Đồng chí Giám đốc Sở X vắng (đi công tác, ủy quyền Phó Giám đốc Y dự họp)": the head is away but sends a deputy,
# so his body takes part; only a body not represented at all is absent ("…, không ủy quyền người dự thay"). Either
# placement of the tone mark ("uỷ"/"ủy").


def test_a_head_away_who_sent_his_deputy_leaves_no_body_absent() -> None:
    n = _notice(
        PROVINCE
        + "Ngày 18/8/2023, Phó Chủ tịch UBND tỉnh Lê Ngọc Hải chủ trì cuộc họp với các sở, ngành. Đồng chí Giám đốc"
        " Sở Xây dựng vắng (bận công tác, uỷ quyền Phó Giám đốc Trần Văn Nam dự họp). Đồng chí Giám đốc Sở Tài chính"
        " vắng (đi công tác, không ủy quyền người dự thay). Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận"
        " như sau:\n"
        "1. Sở Giao thông vận tải rà soát các điểm đen tai nạn giao thông.\n"
    )
    assert _absent(n) == ["Sở Tài chính tỉnh Hà Tĩnh"]


# "6. Phòng A: Ông X, PGĐ Sở trực tiếp chỉ đạo phòng làm việc với …": a numbered item headed by a Phòng, whose text
# names the leader who is to direct it ("phòng" points back to the heading). The Phòng keeps the task; the leader
# shares it.


def test_a_leader_who_directs_the_headings_unit_shares_its_task() -> None:
    n = _notice(
        DEPARTMENT + "Sau khi nghe Văn phòng Sở báo cáo, Giám đốc Sở kết luận như sau:\n"
        "1. Văn phòng Sở: tổng hợp kết quả cải cách hành chính quý III/2025.\n"
        "2. Phòng Cải cách hành chính: Ông Lê Văn Hòa, PGĐ Sở trực tiếp chỉ đạo phòng phối hợp với UBND các xã rà"
        " soát thủ tục hành chính cấp xã, hoàn thành trước ngày 31/10/2025.\n"
    )
    d = n.directives[-1]
    assert sorted(n.agencies[a].name for a in d.assignees if a in n.agencies) == ["Phòng Cải cách hành chính"]
    assert [n.persons[p].name for p in d.assignees if p in n.persons] == ["Lê Văn Hòa"]
    assert d.due is not None and d.due.value == "2025-10-31"


# "Giao đồng chí X, Tổ phó, theo dõi, đôn đốc các cơ quan thực hiện; tổng hợp …": the bodies a person is to follow up
# and urge on are supervised, not given the task; the task is the person's.


def test_the_bodies_a_person_follows_up_and_urges_on_are_not_given_the_task() -> None:
    n = _notice(
        PROVINCE + CONCLUDING + "1. Sở Xây dựng rà soát quy trình cấp giấy phép xây dựng.\n"
        "2. Giao đồng chí Trần Văn Nam, Phó Giám đốc Sở Xây dựng, theo dõi, đôn đốc các cơ quan thực hiện; tổng hợp"
        " kết quả báo cáo Phó Chủ tịch UBND tỉnh.\n"
    )
    d = n.directives[-1]
    assert [n.agencies[a].name for a in d.assignees if a in n.agencies] == []
    assert [n.persons[p].name for p in d.assignees if p in n.persons] == ["Trần Văn Nam"]


# "Đối với hai huyện miền núi A và B, Phó Chủ tịch UBND tỉnh đề nghị UBND huyện …": the places are named once, by their
# level ("huyện", with a count and a qualifier before the names), and the body asked is written by its level alone.
# It is each named place's body that is asked, not a body "UBND huyện" of no place.


def test_a_body_asked_by_its_level_after_places_named_by_theirs_is_each_places() -> None:
    n = _notice(
        PROVINCE + CONCLUDING + "1. Sở Xây dựng rà soát quy trình cấp giấy phép xây dựng.\n"
        "2. Đối với hai huyện biên giới Hương Sơn và Hương Khê, Phó Chủ tịch UBND tỉnh đề nghị UBND huyện giải ngân"
        " dứt điểm kinh phí hỗ trợ nhà ở cho hộ nghèo trong quý IV/2023.\n"
    )
    assert _assignees(n)[-1] == ["Ủy ban nhân dân huyện Hương Khê", "Ủy ban nhân dân huyện Hương Sơn"]


def test_communes_named_after_their_level_then_asked_by_it_are_each_asked() -> None:
    # "Đối với các xã A, B và C, đề nghị UBND xã …": the places open the sentence after a comma; the meeting asks,
    # the places do not make the request
    n = _notice(
        PROVINCE + CONCLUDING + "1. Sở Xây dựng rà soát quy trình cấp giấy phép xây dựng.\n"
        "2. Đối với các xã Kỳ Sơn, Kỳ Lạc và Kỳ Thượng, đề nghị UBND xã rà soát danh sách hộ nghèo trước ngày"
        " 30/9/2023.\n"
    )
    assert _assignees(n)[-1] == [
        "Ủy ban nhân dân xã Kỳ Lạc",
        "Ủy ban nhân dân xã Kỳ Sơn",
        "Ủy ban nhân dân xã Kỳ Thượng",
    ]


def test_places_set_apart_by_rieng_then_asked_by_their_level_are_each_asked() -> None:
    # "Riêng hai thị xã A và B, yêu cầu UBND thị xã …": the same back-reference after "Riêng"
    n = _notice(
        PROVINCE + CONCLUDING + "1. Sở Xây dựng rà soát quy trình cấp giấy phép xây dựng.\n"
        "2. Riêng hai thị xã Kỳ Anh và Hồng Lĩnh, yêu cầu UBND thị xã báo cáo kết quả trước ngày 30/9/2023.\n"
    )
    assert _assignees(n)[-1] == ["Ủy ban nhân dân thị xã Hồng Lĩnh", "Ủy ban nhân dân thị xã Kỳ Anh"]


def test_a_leader_who_directs_the_unit_of_the_heading_above_shares_its_task() -> None:
    # "2. Phòng A:⏎- Ông X, PGĐ Sở trực tiếp chỉ đạo phòng …": the heading on its own line, the item below; "phòng"
    # (its kind word alone, in lower case) points back to it
    n = _notice(
        DEPARTMENT + "Sau khi nghe Văn phòng Sở báo cáo, Giám đốc Sở kết luận như sau:\n"
        "1. Văn phòng Sở: tổng hợp kết quả cải cách hành chính quý III/2025.\n"
        "2. Phòng Cải cách hành chính:\n"
        "- Ông Lê Văn Hòa, PGĐ Sở trực tiếp chỉ đạo phòng phối hợp với UBND các xã rà soát thủ tục hành chính cấp"
        " xã, hoàn thành trước ngày 31/10/2025.\n"
    )
    d = n.directives[-1]
    assert sorted(n.agencies[a].name for a in d.assignees if a in n.agencies) == ["Phòng Cải cách hành chính"]
    assert [n.persons[p].name for p in d.assignees if p in n.persons] == ["Lê Văn Hòa"]
