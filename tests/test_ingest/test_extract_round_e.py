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


BODY = """
THÔNG BÁO
Kết luận tại hội nghị giao ban
Ngày 8/7/2019, tại hội trường đã diễn ra hội nghị giao ban. Ông Lê Văn Hải chủ trì.
1. Ban Tổ chức rà soát danh sách cán bộ trước ngày 30/7/2019.
"""


def _issuer(header: str) -> str | None:
    notice = parse_notice(header + BODY, "header.txt")
    return notice.agencies[notice.issuer].name if notice.issuer else None


def test_the_standing_board_under_a_body_issues_for_that_body():
    header = (
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "BAN THƯỜNG VỤ          Độc lập - Tự do - Hạnh phúc\n"
        "Số: 31/TB-LĐLĐ          Bắc Ninh, ngày 10 tháng 7 năm 2019"
    )
    assert _issuer(header) == "Liên đoàn Lao động tỉnh Bắc Ninh"


def test_the_front_s_own_line_stands_where_the_motto_does():
    header = (
        "ỦY BAN MTTQ VIỆT NAM          MẶT TRẬN TỔ QUỐC VIỆT NAM\n"
        "TỈNH QUẢNG TRỊ\n"
        "BAN THƯỜNG TRỰC\n"
        "Số: 12/TB-MTTQ-BTT          Quảng Trị, ngày 10 tháng 7 năm 2019"
    )
    assert _issuer(header) == "Ủy ban MTTQ Việt Nam tỉnh Quảng Trị"


def test_an_attendee_table_with_name_and_post_in_one_cell_and_absences_in_its_notes():
    text = HEAD + (
        "Thành phần tham dự:\n"
        "| TT | Đơn vị | Đại diện | Ghi chú |\n"
        "|---|---|---|---|\n"
        "| 1 | Phòng Nghiệp vụ Dược | Bà Trần Thị Hạnh, Trưởng phòng | |\n"
        "| 2 | Các bệnh viện tuyến huyện | Giám đốc | Vắng: Bệnh viện Đa khoa huyện Tiền Hải; "
        "Bệnh viện Đa khoa huyện Vũ Thư |\n"
        "| 3 | Trung tâm Kiểm nghiệm tỉnh | | Vắng |\n"
        "Giám đốc Sở kết luận như sau:\n"
        "1. Phòng Nghiệp vụ Dược kiểm tra các nhà thuốc trước ngày 15/12/2017.\n"
    )
    notice = parse_notice(text, "bang.md")
    people = {p.name: p for p in notice.persons.values()}
    assert "Trần Thị Hạnh" in people
    assert [notice.agencies[a].name for a in notice.meeting.absent_agencies] == [
        "Bệnh viện Đa khoa huyện Tiền Hải",
        "Bệnh viện Đa khoa huyện Vũ Thư",
        "Trung tâm Kiểm nghiệm tỉnh Thái Bình",
    ]
