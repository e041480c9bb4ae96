"""Who is given a task, attends or holds a post, in the ways round AC's unseen notices (and round AB's leftovers)
wrote it.

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

from notice_checks import bodies_per_task as _assignees

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

PROVINCE = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 215/TB-UBND
Quảng Ngãi, ngày 14 tháng 5 năm 2024
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh Đặng Văn Minh tại cuộc họp về tiến độ Dự án đường ven biển
"""


def _notice(text: str) -> Notice:
    return parse_notice(text, "x.txt")


def _posts(n: Notice) -> dict[str, list[tuple[str, str | None]]]:
    return {
        p.name: [
            (x.role, n.agencies[x.agency].name if x.agency in n.agencies else None)
            for x in n.posts
            if x.person == k
        ]
        for k, p in n.persons.items()
    }


# "a) Về <chủ đề>: <cơ quan> <động từ> …": an item that opens on its topic, then the body that acts. After the
# colon the body opens the item as it would without the topic, whatever its verb ("huy động", "tăng thời lượng"
# are in no list of task verbs); a body that only says or lags ("cho biết", "còn chậm") is reported.


def test_a_body_after_an_items_topic_takes_the_task_whatever_its_verb() -> None:
    n = _notice(
        PROVINCE
        + "Ngày 12/5/2024, Phó Chủ tịch UBND tỉnh Đặng Văn Minh chủ trì cuộc họp. Sau khi nghe báo cáo,"
        " Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "a) Về thi công: Tổng công ty Xây dựng Lũng Lô huy động thêm nhân lực, máy móc, bảo đảm hoàn thành nền đường"
        " trước ngày 30/9/2024.\n"
        "b) Về tuyên truyền: Đài Phát thanh - Truyền hình tỉnh tăng thời lượng đưa tin về dự án.\n"
        "c) Về tình hình giải ngân: Sở Tài chính cho biết đã giải ngân 45% kế hoạch vốn.\n"
    )
    assert _assignees(n) == [
        ["Tổng công ty Xây dựng Lũng Lô"],
        ["Đài Phát thanh - Truyền hình tỉnh Quảng Ngãi"],
    ]
    assert n.directives[0].due is not None and n.directives[0].due.value == "2024-09-30"


# "… chủ trì cuộc họp … . Tham dự cuộc họp có:" closing the opening paragraph, then a dashed list: the list is of the
# attendees (not of the body's text), so "- Lãnh đạo <công ty>: ông A, <chức vụ>; ông B, <chức vụ>" gives each
# of them a post in the company named before the colon.


def test_a_list_after_an_opening_that_ends_on_tham_du_co_is_of_attendees() -> None:
    n = _notice(
        PROVINCE
        + "Ngày 12/5/2024, tại công trường, Phó Chủ tịch UBND tỉnh Đặng Văn Minh chủ trì cuộc họp kiểm tra"
        " tiến độ Dự án. Tham dự cuộc họp có:\n"
        "- Lãnh đạo Sở Giao thông vận tải, Sở Tài chính;\n"
        "- Lãnh đạo Công ty Cổ phần Đầu tư Xây dựng Miền Trung: ông Hà Văn Khải, Chủ tịch Hội đồng quản trị;"
        " ông Lưu Quang Tiến, Tổng Giám đốc;\n"
        "Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Sở Giao thông vận tải kiểm tra chất lượng công trình.\n"
    )
    assert _posts(n)["Lưu Quang Tiến"] == [("Tổng Giám đốc", "Công ty Cổ phần Đầu tư Xây dựng Miền Trung")]
    assert _assignees(n) == [["Sở Giao thông vận tải tỉnh Quảng Ngãi"]]


CONCLUDING = (
    "Ngày 12/5/2024, Phó Chủ tịch UBND tỉnh Đặng Văn Minh chủ trì cuộc họp. Sau khi nghe báo cáo, Phó Chủ tịch UBND"
    " tỉnh kết luận như sau:\n"
)


# "4. Về thông tin, tuyên truyền:" over plain paragraphs: each paragraph is the item's text, so one that opens with
# its bodies is their task whatever its verb ("dành thời lượng", "tăng thời lượng" are in no list of task verbs),
# as it is after a numbered item's own number; a body that only reports there ("đã …") is given nothing.


def test_a_paragraph_under_an_items_topic_heading_is_the_task_of_the_bodies_it_opens_with() -> None:
    n = _notice(
        PROVINCE + CONCLUDING + "1. Về bảo đảm hàng hóa thiết yếu:\n"
        "Giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính hướng dẫn doanh nghiệp dự trữ hàng hóa.\n"
        "2. Về thông tin, tuyên truyền:\n"
        "Đài Phát thanh và Truyền hình tỉnh, Báo Quảng Ngãi dành thời lượng đưa tin về các điểm bán hàng bình ổn"
        " giá để người dân biết.\n"
        "Sở Thông tin và Truyền thông đã chỉ đạo các cơ quan báo chí đưa tin.\n"
    )
    assert _assignees(n) == [
        ["Sở Công Thương tỉnh Quảng Ngãi"],
        ["Báo Quảng Ngãi", "Đài Phát thanh và Truyền hình tỉnh Quảng Ngãi"],
    ]


# "8. Sở A, Sở B (cơ quan chuyên môn quản lý công trình xây dựng chuyên ngành): rút ngắn …": a label of two bodies'
# full names and a gloss in brackets runs past the length of a usual label; the gloss only says what they are, so
# the label still ends at the colon and both bodies take the task.


def test_a_label_naming_two_bodies_then_a_long_gloss_gives_both_the_task() -> None:
    n = _notice(
        PROVINCE
        + CONCLUDING
        + "1. **Sở Kế hoạch và Đầu tư**: tham mưu điều chuyển kế hoạch vốn của các dự án chậm giải ngân.\n"
        "2. **Sở Giao thông vận tải, Sở Nông nghiệp và Phát triển nông thôn** (cơ quan chuyên môn quản lý công trình"
        " xây dựng chuyên ngành): rút ngắn thời gian thẩm định thiết kế, dự toán, không quá 15 ngày.\n"
    )
    assert _assignees(n) == [
        ["Sở Kế hoạch và Đầu tư tỉnh Quảng Ngãi"],
        ["Sở Giao thông vận tải tỉnh Quảng Ngãi", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ngãi"],
    ]


# "I. Về …" alone on its line over a section: the section's subject, not a task of the bodies the opening names
# ("làm việc với các sở, ngành, địa phương").

WORKING_SESSION = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 24/TB-UBND
Quảng Trị, ngày 20 tháng 01 năm 2026
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc về giải ngân vốn đầu tư công
Ngày 16/01/2026, Phó Chủ tịch UBND tỉnh Hoàng Nam Hải chủ trì buổi làm việc với các sở, ngành, địa phương về tiến
độ giải ngân vốn đầu tư công năm 2025. Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:
I. Về giải phóng mặt bằng dự án đường ven biển
Đến nay đã bàn giao 92% mặt bằng. Phó Chủ tịch UBND tỉnh giao:
- UBND xã Gio Linh hoàn thành chi trả tiền bồi thường cho các hộ còn lại trước ngày 31/01/2026.
II. Về giải ngân kế hoạch vốn năm 2025
- Sở Tài chính tổng hợp danh sách dự án giải ngân dưới 80%, báo cáo UBND tỉnh trước ngày 25/01/2026.
{more}Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.
"""


def test_a_section_title_on_its_own_line_gives_no_task_to_the_group_the_opening_names() -> None:
    n = _notice(WORKING_SESSION.format(more=""))
    assert _assignees(n) == [["Ủy ban nhân dân xã Gio Linh"], ["Sở Tài chính tỉnh Quảng Trị"]]


# "- Các chủ đầu tư … phải …", "- Các nhà thầu … phải …": the sentence names its own subject, a group that is no
# body of the notice; it is not a task of the bodies the opening addressed.


def test_a_sentence_whose_subject_is_the_contractors_is_not_the_opening_groups_task() -> None:
    n = _notice(
        WORKING_SESSION.format(
            more="- Các nhà thầu thi công chậm tiến độ phải bổ sung ngay nhân lực, thiết bị.\n"
        )
    )
    assert _assignees(n)[-1] == ["Sở Tài chính tỉnh Quảng Trị"]


# "Chủ tịch UBND các xã, phường <qualifier>: phường A (đồng chí X), xã B, xã C (đồng chí Y)": one title over a list
# of places, each written with its own kind; a name in brackets after a place holds the title in that place's
# people's committee, and a place with no name in brackets is passed over.


def test_a_title_over_a_list_of_communes_and_wards_is_held_in_the_place_before_each_bracketed_name() -> None:
    n = _notice(
        PROVINCE
        + "Ngày 12/5/2024, Phó Chủ tịch UBND tỉnh Đặng Văn Minh chủ trì cuộc họp. Tham dự có đồng chí Lê Văn Thành,"
        " Giám đốc Sở Tài nguyên và Môi trường; Chủ tịch UBND các xã, phường có dự án đi qua: phường Trương Quang"
        " Trọng, xã Tịnh Phong (đồng chí Phạm Thị Lan), xã Bình Long (đồng chí Nguyễn Hữu Tài), xã Bình Chánh.\n"
        "Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Sở Tài nguyên và Môi trường kiểm tra hồ sơ thu hồi đất.\n"
    )
    posts = _posts(n)
    assert posts["Phạm Thị Lan"] == [("Chủ tịch", "Ủy ban nhân dân xã Tịnh Phong")]
    assert posts["Nguyễn Hữu Tài"] == [("Chủ tịch", "Ủy ban nhân dân xã Bình Long")]


def test_a_qualifier_the_group_name_runs_on_with_before_the_colon_does_not_hide_the_list() -> None:
    n = _notice(
        PROVINCE
        + "Ngày 12/5/2024, Phó Chủ tịch UBND tỉnh Đặng Văn Minh chủ trì cuộc họp. Tham dự có Chủ tịch UBND các xã,"
        " phường ven biển: phường Sa Huỳnh (đồng chí Trần Văn Dũng), xã Phổ Châu (đồng chí Võ Thị Hạnh).\n"
        "Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. UBND phường Sa Huỳnh di dời các hộ dân ra khỏi vùng sạt lở.\n"
    )
    posts = _posts(n)
    assert posts["Trần Văn Dũng"] == [("Chủ tịch", "Ủy ban nhân dân phường Sa Huỳnh")]
    assert posts["Võ Thị Hạnh"] == [("Chủ tịch", "Ủy ban nhân dân xã Phổ Châu")]


# Under a unit's heading ("2.1. Sở Tài nguyên và Môi trường:", "3. Công an huyện Bình Sơn:") an item "- Chỉ đạo X
# phối hợp với Y …" or "- Chỉ đạo Đội X, Công an các xã …" is the heading unit's task: the bodies it directs may act
# with it, but the unit is not lost. A parent written after a dash in the partner's name ("Phòng Cảnh sát PCTP về
# môi trường - Công an tỉnh") supports with the partner and is no subject.


def test_a_unit_that_directs_its_own_body_keeps_the_task_and_a_partners_parent_does_not_act() -> None:
    n = _notice(
        PROVINCE + CONCLUDING + "2.1. Sở Tài nguyên và Môi trường:\n"
        "- Chỉ đạo Chi cục Bảo vệ môi trường phối hợp với Phòng Cảnh sát PCTP về môi trường - Công an tỉnh tổ chức"
        " kiểm tra các cơ sở xả thải ra sông Trà Khúc; hoàn thành trong tháng 6/2024.\n"
        "- Lập danh sách các cơ sở gây ô nhiễm nghiêm trọng, đề xuất UBND tỉnh xử lý.\n"
    )
    assert _assignees(n)[0] == [
        "Chi cục Bảo vệ môi trường tỉnh Quảng Ngãi",
        "Sở Tài nguyên và Môi trường tỉnh Quảng Ngãi",
    ]
    assert n.directives[0].due is not None and n.directives[0].due.value == "2024-06"


def test_a_unit_that_directs_its_team_and_the_communes_police_keeps_the_task() -> None:
    n = _notice(
        PROVINCE + CONCLUDING + "3. Công an huyện Bình Sơn:\n"
        "- Chỉ đạo Đội Cảnh sát kinh tế, Công an các xã tăng cường tuần tra, xử lý các hành vi khai thác cát trái"
        " phép; hoàn thành trong quý III/2024.\n"
    )
    assert _assignees(n) == [["Công an huyện Bình Sơn", "Đội Cảnh sát kinh tế"]]


# A Biên bản records each party's reply under its label: "Ý kiến của Công ty …: Công ty thống nhất …, cam kết thực
# hiện …". What the company promises there answers the inspection's requests; it is no task the meeting gave (the
# requests to it above are).

INSPECTION_RECORD = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
TỈNH BÌNH DƯƠNG
BIÊN BẢN
Kết thúc kiểm tra việc chấp hành pháp luật về bảo vệ môi trường tại Công ty TNHH Dệt nhuộm Phú An
Hôm nay, ngày 12 tháng 6 năm 2020, tại trụ sở Công ty TNHH Dệt nhuộm Phú An, Đoàn kiểm tra của Sở Tài nguyên và Môi
trường tỉnh Bình Dương do ông Lâm Văn Phúc, Phó Chi cục trưởng Chi cục Bảo vệ môi trường làm Trưởng đoàn đã làm
việc với Công ty.
Kết luận của Đoàn kiểm tra:
1. Yêu cầu Công ty TNHH Dệt nhuộm Phú An vận hành thường xuyên hệ thống xử lý nước thải, hoàn thành lắp đặt trạm
quan trắc tự động trước ngày 30/8/2020.
2. Chi cục Bảo vệ môi trường tổng hợp kết quả, tham mưu Giám đốc Sở xử lý vi phạm theo quy định.
Ý kiến của Công ty TNHH Dệt nhuộm Phú An: Công ty thống nhất với kết quả kiểm tra, cam kết thực hiện đầy đủ các yêu
cầu của Đoàn.
Biên bản kết thúc vào lúc 11 giờ 30 phút cùng ngày.
"""


def test_a_partys_reply_under_its_label_in_a_record_is_no_task() -> None:
    n = _notice(INSPECTION_RECORD)
    assert _assignees(n) == [["Công ty TNHH Dệt nhuộm Phú An"], ["Chi cục Bảo vệ môi trường tỉnh Bình Dương"]]


# "Giao A …; giao B …; C … . Tổ chức bán đấu giá trong quý III/2024.": a sentence with no subject after one that
# shared tasks out among several bodies belongs to the item as a whole, not to the last body named; no one body is
# given it (a sentence after one body's task stays that body's).


def test_a_subjectless_sentence_after_tasks_shared_among_bodies_is_not_the_last_bodys() -> None:
    n = _notice(
        PROVINCE
        + CONCLUDING
        + "3. Về đấu giá quyền sử dụng đất: Giao Phòng Tài chính - Kế hoạch huyện Bình Sơn hoàn chỉnh hồ sơ xác định giá"
        " khởi điểm; giao Trung tâm Phát triển quỹ đất huyện Bình Sơn hoàn thiện hạ tầng các lô đất. Tổ chức bán đấu"
        " giá trong quý III/2024.\n"
        "4. Sở Xây dựng kiểm tra chất lượng hạ tầng khu tái định cư. Báo cáo kết quả trong tháng 7/2024.\n"
    )
    assert _assignees(n) == [
        ["Phòng Tài chính - Kế hoạch huyện Bình Sơn"],
        ["Trung tâm Phát triển quỹ đất huyện Bình Sơn"],
        ["Sở Xây dựng tỉnh Quảng Ngãi"],
        ["Sở Xây dựng tỉnh Quảng Ngãi"],
    ]
    assert n.directives[1].due is None


# Round AB's leftover: one person written twice, once by a scan that lost a mark ("Đinh") and once in full ("Định").
# The two are one person (a slip of one syllable's mark); the name kept is the one with more marks, whichever came
# first, and the other stays as a form the notice used.


def test_a_persons_two_spellings_keep_the_one_with_more_marks() -> None:
    n = _notice(
        PROVINCE
        + "Ngày 12/5/2024, Phó Chủ tịch UBND tỉnh Đặng Văn Minh chủ trì cuộc họp; tham dự có ông Trần"
        " Quốc Đinh, Giám đốc Sở Xây dựng. Sau khi nghe ông Trần Quốc Định, Giám đốc Sở Xây dựng báo cáo, Phó Chủ"
        " tịch UBND tỉnh kết luận như sau:\n"
        "1. Sở Xây dựng kiểm tra chất lượng công trình.\n"
    )
    names = {p.name for p in n.persons.values()}
    assert "Trần Quốc Định" in names
    assert "Trần Quốc Đinh" not in names
    [p] = [p for p in n.persons.values() if p.name == "Trần Quốc Định"]
    assert "Trần Quốc Đinh" in p.surfaces
