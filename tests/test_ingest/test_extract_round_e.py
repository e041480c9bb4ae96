"""Rules prompted by the fifth round of unseen notices (central and Party bodies, other sectors, 2025 units).

Snippets written for these tests (officials invented; bodies and places real), each with other names than the
notice that showed the error.
"""

from __future__ import annotations

from ketluan.ingest.extract import parse_notice

HEAD = """SỞ Y TẾ TỈNH THÁI BÌNH
Số: 88/TB-SYT
Thái Bình, ngày 20 tháng 10 năm 2017
THÔNG BÁO
Kết luận của Giám đốc Sở tại Hội nghị giao ban quý III năm 2017
Ngày 18/10/2017, Sở Y tế tổ chức Hội nghị giao ban quý III năm 2017. Ông Đỗ Văn Minh, Giám đốc Sở chủ trì.
"""


def _assignees(notice):
    return [notice.agencies[a].name for d in notice.directives for a in d.assignees]


def test_a_long_heading_over_its_items_ends_the_review():
    text = HEAD + (
        "1. Đánh giá chung\n"
        "Trong quý III, các đơn vị đã hoàn thành cơ bản các chỉ tiêu đề ra.\n"
        "2. Nhiệm vụ trọng tâm quý IV và phân công thực hiện của các đơn vị\n"
        "- Giao Phòng Nghiệp vụ Dược kiểm tra các nhà thuốc trên địa bàn, hoàn thành trước ngày 15/12/2017.\n"
        "- Giao Văn phòng Sở tổng hợp báo cáo năm 2017 trước ngày 20/12/2017.\n"
    )
    notice = parse_notice(text, "giaoban.txt")
    assert [n.split(" Sở ")[0] for n in _assignees(notice)] == ["Phòng Nghiệp vụ Dược", "Văn phòng"]


def test_a_long_numbered_item_followed_by_the_next_item_is_a_task():
    text = HEAD + (
        "Giám đốc Sở kết luận như sau:\n"
        "1. Chỉ đạo Phòng Nghiệp vụ Y tăng cường kiểm tra công tác khám chữa bệnh tại các bệnh viện tuyến huyện\n"
        "2. Văn phòng Sở tổng hợp báo cáo kết quả trước ngày 20/12/2017.\n"
    )
    notice = parse_notice(text, "giaoban.txt")
    assert any(n.startswith("Phòng Nghiệp vụ Y") for n in _assignees(notice))


def _absent(body: str) -> list[str]:
    notice = parse_notice(HEAD + body + "\n", "vang.txt")
    return [notice.agencies[a].name for a in notice.meeting.absent_agencies]


def test_an_absence_list_goes_on_over_semicolons():
    assert _absent(
        "Vắng mặt: Phòng Y tế huyện Kiến Xương (có lý do); Trung tâm Y tế huyện Vũ Thư (không có lý do)."
    ) == [
        "Phòng Y tế huyện Kiến Xương",
        "Trung tâm Y tế huyện Vũ Thư",
    ]


def test_an_absence_list_stops_at_a_new_clause():
    absent = _absent(
        "Vắng: Phòng Y tế huyện Kiến Xương; đề nghị Trung tâm Y tế huyện Vũ Thư báo cáo kết quả."
    )
    assert absent == ["Phòng Y tế huyện Kiến Xương"]


def test_bodies_joined_before_the_mark_are_all_away():
    absent = _absent(
        "Trung tâm Y tế huyện Quỳnh Phụ và Trung tâm Y tế huyện Hưng Hà không cử đại diện tham dự."
    )
    assert absent == ["Trung tâm Y tế huyện Quỳnh Phụ", "Trung tâm Y tế huyện Hưng Hà"]


def test_the_absent_listed_in_brackets_not_the_bodies_before_them():
    absent = _absent(
        "Tham dự có Trưởng phòng Y tế các huyện (vắng Phòng Y tế huyện Đông Hưng và huyện Thái Thụy, "
        "có lý do)."
    )
    assert absent == ["Phòng Y tế huyện Đông Hưng", "Phòng Y tế huyện Thái Thụy"]


def test_a_place_in_the_reason_is_not_away():
    assert _absent("Vắng: Phòng Y tế huyện Tiền Hải (bận công tác tại xã Nam Thịnh).") == [
        "Phòng Y tế huyện Tiền Hải"
    ]


def test_asking_for_the_reason_of_an_absence_states_none():
    assert _absent("Đề nghị Trung tâm Y tế huyện Kiến Xương báo cáo Giám đốc Sở lý do vắng họp.") == []


def test_a_district_named_like_a_person_is_a_place():
    notice = parse_notice(
        HEAD + "Tham dự có Trưởng phòng Y tế các huyện (vắng Phòng Y tế huyện Vũ Thư, có lý do).\n", "x.txt"
    )
    assert "Vũ Thư" not in [p.name for p in notice.persons.values()]
    notice = parse_notice(HEAD + "Tham dự có Chủ tịch UBND huyện Vũ Văn Thành.\n", "x.txt")
    assert "Vũ Văn Thành" in [p.name for p in notice.persons.values()]
