"""Who is given a task, in the ways round AF's unseen notices (national defence and the militia; forests and forest
fire; investment, business dialogue and tourism) wrote it.

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

from notice_checks import bodies_per_task as _assignees

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

CONCLUDED = """ỦY BAN NHÂN DÂN
TỈNH {upper}
Số: 41/TB-UBND
{place}, ngày 14 tháng 3 năm 2022
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp
Ngày 10/3/2022, Phó Chủ tịch UBND tỉnh Nguyễn Văn Thắng chủ trì cuộc họp. Sau khi nghe báo cáo, Phó Chủ tịch UBND
tỉnh kết luận như sau:
"""


def _notice(text: str, place: str = "Hà Tĩnh", name: str = "x.txt") -> Notice:
    return parse_notice(CONCLUDED.format(upper=place.upper(), place=place) + text, name)


# A field record (biên bản kiểm tra hiện trường) has no chair's conclusions: what the inspecting team settled on is
# headed "Ý kiến thống nhất của đoàn kiểm tra:" (or "Ý KIẾN THỐNG NHẤT"), and each numbered item under it is a task.


def test_the_items_under_an_inspection_teams_agreed_views_are_tasks() -> None:
    n = parse_notice(
        """HẠT KIỂM LÂM HUYỆN HƯƠNG SƠN
Số: 12/BB-HKL
BIÊN BẢN
KIỂM TRA HIỆN TRƯỜNG VỤ KHAI THÁC RỪNG TRÁI PHÉP
Hôm nay, ngày 06 tháng 9 năm 2022, tại tiểu khu 118, xã Sơn Kim 1, huyện Hương Sơn, tỉnh Hà Tĩnh.
Chúng tôi gồm:
1. Đại diện Hạt Kiểm lâm huyện Hương Sơn: ông Phan Đình Lộc, Hạt trưởng.
2. Đại diện UBND xã Sơn Kim 1: ông Trần Văn Vinh, Chủ tịch UBND xã.
Tiến hành kiểm tra hiện trường, kết quả như sau:
- Diện tích bị khai thác: 0,8 ha rừng tự nhiên.

Ý kiến thống nhất của đoàn kiểm tra:

1. Hạt Kiểm lâm huyện Hương Sơn lập hồ sơ xử lý vi phạm theo quy định.

2. UBND xã Sơn Kim 1 chủ trì tuyên truyền cho người dân ven rừng, hoàn thành trước ngày 30/9/2022.
""",
        "x.txt",
    )
    assert _assignees(n) == [["Hạt Kiểm lâm huyện Hương Sơn"], ["Ủy ban nhân dân xã Sơn Kim 1"]]


# "Về tuyên truyền: Báo X, Đài Phát thanh và Truyền hình X tăng thời lượng …": "tăng" with the measure of the effort
# stepped up ("thời lượng", "tần suất") is the bodies' task verb, after a topic lead as anywhere.


def test_stepping_up_airtime_after_a_topic_lead_is_the_media_bodies_task() -> None:
    n = _notice(
        "\nVề công tác tuyên truyền: Báo Hà Tĩnh, Đài Phát thanh và Truyền hình Hà Tĩnh tăng thời lượng phát sóng về"
        " phòng cháy, chữa cháy rừng trong mùa khô.\n"
    )
    assert _assignees(n) == [["Báo Hà Tĩnh", "Đài Phát thanh và Truyền hình Hà Tĩnh"]]


def test_stepping_up_the_frequency_of_patrols_is_a_task() -> None:
    n = _notice(
        "\nCông an tỉnh tăng tần suất tuần tra, kiểm soát trên các tuyến đường vào khu rừng phòng hộ.\n"
    )
    assert _assignees(n) == [["Công an tỉnh Hà Tĩnh"]]


# "X là cơ quan thường trực của Hội đồng, có trách nhiệm …": what the body is named as, with whose standing body it
# is, comes between the body and its verb; the body is the task's subject, not the collective of the lead-in.


def test_a_standing_body_of_a_named_council_then_its_duty_is_the_subject() -> None:
    n = _notice(
        "\n1. Sở Nội vụ là cơ quan thường trực của Hội đồng Thi đua - Khen thưởng tỉnh, có trách nhiệm hướng dẫn"
        " các địa phương xét khen thưởng, hoàn thành trước ngày 30/4/2022.\n"
    )
    assert _assignees(n) == [["Sở Nội vụ tỉnh Hà Tĩnh"]]
    assert n.directives[0].due is not None and n.directives[0].due.value == "2022-04-30"


def test_a_standing_body_of_a_board_whose_name_holds_a_comma_is_the_subject() -> None:
    n = _notice(
        "\n2. Sở Y tế là cơ quan thường trực của Ban Chỉ đạo phòng, chống dịch bệnh tỉnh, chủ trì theo dõi tình"
        " hình dịch sốt xuất huyết.\n"
    )
    assert _assignees(n) == [["Sở Y tế tỉnh Hà Tĩnh"]]


# "UBND xã A và các xã, phường có khu công nghiệp phối hợp …": the group closing the subject says which of its
# members are meant ("có" and a few words); the verb comes after them, and the named commune acts.


def test_a_named_commune_and_a_group_qualified_by_what_it_has_act() -> None:
    n = _notice(
        "\n5. UBND xã Kỳ Trinh và các xã, phường có cụm công nghiệp phối hợp Công an tỉnh giải quyết dứt điểm"
        " bồi thường, giải phóng mặt bằng.\n"
    )
    assert "Ủy ban nhân dân xã Kỳ Trinh" in _assignees(n)[0]


# "1. Sở X: chủ trì … . Hoàn thành trước ngày 20/10/2025.": a sentence of a completion word and a deadline only says
# when the task before it is due; it is no task of its own ("Thực hiện ngay." neither).


def test_a_sentence_that_only_gives_the_deadline_dates_the_task_before_it() -> None:
    n = _notice(
        "\n1. Sở Tài chính: rà soát, bố trí kinh phí phòng cháy, chữa cháy rừng năm 2023. Hoàn thành trước ngày"
        " 25/3/2022.\n"
    )
    assert _assignees(n) == [["Sở Tài chính tỉnh Hà Tĩnh"]]
    assert n.directives[0].due is not None and n.directives[0].due.value == "2022-03-25"


def test_a_sentence_that_only_says_do_it_at_once_is_no_task() -> None:
    n = _notice(
        "\n2. Sở Nội vụ: tham mưu kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng tỉnh. Thực hiện ngay.\n"
    )
    assert _assignees(n) == [["Sở Nội vụ tỉnh Hà Tĩnh"]]


# "2.6. A, B và các Ban Quản lý rừng phòng hộ: làm …": several lead bodies label one item, and the group that closes
# the list runs to the colon (its head's words after "các"); each of them leads the task.


def test_a_group_closing_a_labels_list_of_lead_bodies_runs_to_the_colon() -> None:
    n = _notice(
        "\n2.6. Trung tâm Y tế huyện Hương Khê, Công ty TNHH MTV Lâm nghiệp Hương Sơn và các Ban Quản lý rừng phòng"
        " hộ: phát dọn thực bì, làm đường băng cản lửa, hoàn thành trước ngày 15/01/2023.\n"
    )
    assert _assignees(n) == [
        [
            "Các Ban Quản lý rừng phòng hộ",
            "Công ty TNHH MTV Lâm nghiệp Hương Sơn",
            "Trung tâm Y tế huyện Hương Khê",
        ]
    ]


# "Sở X chỉ đạo Hội đồng thi các trường …": a body directed is written by its kind word alone when the rest of its
# name is not read ("Hội đồng"); it names no one, so the directing body alone is assigned.


def test_a_directed_body_read_as_its_kind_word_alone_is_no_assignee() -> None:
    n = _notice(
        "\n3. Sở Giáo dục và Đào tạo chỉ đạo Hội đồng thi các trường tổ chức coi thi nghiêm túc, đúng quy chế.\n"
    )
    assert _assignees(n) == [["Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh"]]


# "2.8. UBND các xã, phường: kiện toàn …; Chủ tịch UBND xã chịu trách nhiệm …": a committee written by its level
# alone inside the item of a group of that level is each member of the group, not a new body "UBND xã".


def test_a_committee_named_by_its_level_under_a_group_heading_is_the_group() -> None:
    n = _notice(
        "\n2.8. UBND các xã, phường: kiện toàn Ban Chỉ huy phòng cháy rừng cấp xã ngay sau hội nghị; Chủ tịch UBND"
        " xã chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra cháy rừng lớn.\n"
    )
    assert _assignees(n) == [["Ủy ban nhân dân các xã, phường"]]
