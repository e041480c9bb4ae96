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


def test_a_news_page_dateline_gives_the_year_not_the_day():
    page = (
        "BÁO HÀ TĨNH ĐIỆN TỬ\n"
        "Chính trị | Kinh tế | Xã hội | Văn hóa\n"
        "Kinh tế > Khoa học - Công nghệ\n"
        "Thứ Sáu, 21/04/2017 | 07:15\n"
        "Tăng cường quản lý đo lường trong kinh doanh xăng dầu trên địa bàn tỉnh\n"
        "(HTO) - Chiều 20/4, Sở Khoa học và Công nghệ tổ chức hội nghị triển khai kiểm tra đo lường xăng dầu năm "
        "2017. Giám đốc Sở Khoa học và Công nghệ Trần Văn Phúc chủ trì hội nghị.\n"
        "Kết luận hội nghị, Giám đốc Sở đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra các cửa hàng xăng "
        "dầu trong quý II/2017.\n"
    )
    notice = parse_notice(page, "tin.txt")
    assert notice.meeting.held_on == "2017-04-20"


def test_a_line_labelled_with_the_time_gives_the_meeting_date():
    report = (
        "UBND TỈNH THÁI BÌNH\nSỞ Y TẾ\nSố: 91/BC-SYT\nThái Bình, ngày 28 tháng 7 năm 2017\n"
        "BÁO CÁO\nKết quả Hội nghị sơ kết công tác y tế 6 tháng đầu năm 2017\n"
        "Kính gửi: Ủy ban nhân dân tỉnh Thái Bình.\n"
        "I. THÔNG TIN CHUNG VỀ HỘI NGHỊ\n"
        "Thời gian: 14 giờ 00, ngày 25/7/2017.\n"
        "Địa điểm: Hội trường Sở Y tế.\n"
        "Chủ trì Hội nghị: ông Đỗ Văn Minh, Giám đốc Sở Y tế.\n"
    )
    assert parse_notice(report, "bc.txt").meeting.held_on.startswith("2017-07-25")


def test_the_days_of_a_period_of_field_work_are_not_the_meeting():
    text = HEAD.replace(
        "Ngày 18/10/2017, Sở Y tế tổ chức Hội nghị giao ban quý III năm 2017. Ông Đỗ Văn Minh, Giám đốc Sở chủ trì.\n",
        "Thực hiện Quyết định số 512/QĐ-SYT ngày 01/8/2017 của Giám đốc Sở, từ ngày 15/8 đến ngày 10/10/2017, Đoàn "
        "kiểm tra đã kiểm tra 40 cơ sở hành nghề dược.\n"
        "Chiều ngày 16/10/2017, tại phòng họp Sở Y tế, Đoàn kiểm tra họp tổng kết. Ông Đỗ Văn Minh, Giám đốc Sở chủ "
        "trì.\n",
    )
    assert parse_notice(text, "doan.txt").meeting.held_on == "2017-10-16"


def test_a_unit_heading_naming_several_bodies_gives_each_the_items():
    text = HEAD + (
        "Giám đốc Sở kết luận như sau:\n"
        "1. Trung tâm Y tế huyện Kiến Xương, Trung tâm Y tế huyện Vũ Thư:\n"
        "- Rà soát danh mục trang thiết bị y tế cần kiểm định, hoàn thành trước ngày 30/11/2017.\n"
        "2. Ban Quản lý chợ Tiền Hải, Ban Quản lý chợ Đông Hưng: bố trí cân đối chứng tại chợ trong tháng 11/2017.\n"
    )
    notice = parse_notice(text, "units.txt")
    tasks = {tuple(notice.agencies[a].name for a in d.assignees): d for d in notice.directives}
    assert ("Trung tâm Y tế huyện Kiến Xương", "Trung tâm Y tế huyện Vũ Thư") in tasks
    markets = next(d for names, d in tasks.items() if names[0].startswith("Ban Quản lý chợ Tiền Hải"))
    assert len(markets.assignees) == 2 and markets.due.value == "2017-11"


APPENDIX = """BẢO HIỂM XÃ HỘI VIỆT NAM
BẢO HIỂM XÃ HỘI TỈNH HẢI DƯƠNG
Số: 512/TB-BHXH
Hải Dương, ngày 20 tháng 7 năm 2018
THÔNG BÁO
Kết luận của Giám đốc tại Hội nghị sơ kết 6 tháng đầu năm 2018
Ngày 17/7/2018, BHXH tỉnh tổ chức Hội nghị sơ kết. Ông Phạm Văn Long, Giám đốc chủ trì.
Giám đốc kết luận như sau:
1. Các phòng nghiệp vụ tập trung hoàn thành kế hoạch năm 2018.
Nhiệm vụ cụ thể của từng đơn vị có Phụ lục kèm theo.
Nơi nhận:
- BHXH Việt Nam (b/c);
- Lưu: VT.
GIÁM ĐỐC
Phạm Văn Long

PHỤ LỤC
PHÂN CÔNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2018
(Kèm theo Thông báo số 512/TB-BHXH ngày 20/7/2018)
| TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Thanh tra việc đóng BHXH tại 20 doanh nghiệp | Phòng Thanh tra - Kiểm tra | Sở Lao động - Thương binh và Xã hội | Quý III/2018 |
| 2 | Rà soát vị trí việc làm của viên chức | Phòng Tổ chức cán bộ | | Trước 30/9/2018 |
"""


def test_an_appendix_after_the_signature_holds_tasks_of_the_issuer_s_units():
    notice = parse_notice(APPENDIX, "phuluc.md")
    assert notice.persons[notice.signer].name == "Phạm Văn Long"
    tasks = {notice.agencies[d.assignees[0]].name: d for d in notice.directives if d.assignees}
    assert tasks["Phòng Tổ chức cán bộ"].due.value == "2018-09-30"
    inspection = tasks["Phòng Thanh tra - Kiểm tra"]
    assert inspection.due.value == "2018-09-30" and "inspection" in inspection.topics
    # the issuer's own units
    assert notice.agencies[inspection.assignees[0]].parent == notice.issuer


def test_conclusions_in_the_meeting_s_own_paragraph():
    text = HEAD.replace(
        "Ông Đỗ Văn Minh, Giám đốc Sở chủ trì.\n",
        "Ông Đỗ Văn Minh, Giám đốc Sở chủ trì; sau khi nghe các đơn vị báo cáo, Giám đốc Sở kết luận: tỷ lệ "
        "tiêm chủng mới đạt 80% kế hoạch, do đó giao Phòng Nghiệp vụ Y đôn đốc các trung tâm y tế hoàn thành "
        "trước ngày 30/11/2017; Thanh tra Sở kiểm tra các phòng khám tư nhân trong tháng 11/2017.\n",
    )
    notice = parse_notice(text, "mot-doan.txt")
    tasks = {
        notice.agencies[d.assignees[0]].name.split(" Sở")[0]: d for d in notice.directives if d.assignees
    }
    assert tasks["Phòng Nghiệp vụ Y"].due.value == "2017-11-30"
    assert "Thanh tra" in tasks and tasks["Thanh tra"].due.value == "2017-11"
    assert notice.meeting.held_on == "2017-10-18"


TASK_TABLE = (
    "| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Kiểm định các cột đo xăng dầu trên địa bàn | Chi cục Tiêu chuẩn Đo lường Chất lượng | "
    "Phòng Kinh tế thành phố Thái Bình | Trước 30/11/2017 |\n"
)


def test_a_task_table_under_a_long_heading_after_a_review():
    text = HEAD + (
        "1. Đánh giá chung\n"
        "Trong quý III, các đơn vị đã hoàn thành cơ bản các chỉ tiêu đề ra.\n"
        "2. Nhiệm vụ trọng tâm của các đơn vị trong quý IV năm 2017\n" + TASK_TABLE
    )
    notice = parse_notice(text, "bang.md")
    assert [notice.agencies[a].name.split(" tỉnh")[0] for d in notice.directives for a in d.assignees] == [
        "Chi cục Tiêu chuẩn Đo lường Chất lượng"
    ]


def test_a_task_table_after_a_lead_in_that_names_attendance():
    text = (
        HEAD
        + "Giám đốc Sở kết luận: các đơn vị tham dự thống nhất thực hiện các nhiệm vụ theo bảng sau:\n"
        + TASK_TABLE
    )
    notice = parse_notice(text, "bang.md")
    assert len(notice.directives) == 1 and notice.directives[0].due.value == "2017-11-30"


def test_a_list_of_bodies_that_direct_another_all_act():
    text = HEAD + (
        "Giám đốc Sở kết luận như sau:\n"
        "1. Trước mùa mưa, Trung tâm Y tế huyện Kiến Xương, Trung tâm Y tế huyện Tiền Hải chỉ đạo Trạm Y tế xã kiểm tra "
        "nhiệt kế, huyết áp kế, hoàn thành trước ngày 30/11/2017.\n"
    )
    notice = parse_notice(text, "chi-dao.txt")
    assert [notice.agencies[a].name for a in notice.directives[0].assignees][:2] == [
        "Trung tâm Y tế huyện Kiến Xương",
        "Trung tâm Y tế huyện Tiền Hải",
    ]


def test_more_ways_of_saying_a_body_stayed_away():
    assert _absent("UBND xã Vũ Tây được mời nhưng không cử người tham dự.") == ["Ủy ban nhân dân xã Vũ Tây"]
    assert _absent("Điểm cầu Trung tâm Y tế huyện Hưng Hà không kết nối tham dự.") == [
        "Trung tâm Y tế huyện Hưng Hà"
    ]


def test_a_bare_chi_dao_colon_opens_the_conclusions():
    text = HEAD.replace(
        "chủ trì.\n", "chủ trì.\nSau khi nghe ý kiến các thành viên, Giám đốc Sở chỉ đạo:\n"
    ) + ("1. Trung tâm Y tế huyện Vũ Thư kiểm tra các phòng khám tư nhân trong tháng 11/2017.\n")
    notice = parse_notice(text, "chi-dao.txt")
    assert [notice.agencies[a].name for d in notice.directives for a in d.assignees] == [
        "Trung tâm Y tế huyện Vũ Thư"
    ]


def test_a_chair_whose_post_runs_on_past_what_was_read():
    for opening in (
        "Ngày 18/10/2017, ông Đỗ Văn Minh - Giám đốc Sở, Trưởng Đoàn kiểm tra liên ngành (thành lập theo Quyết "
        "định số 512/QĐ-UBND ngày 01/8/2017 của UBND tỉnh) chủ trì cuộc họp.",
        "Ngày 18/10/2017, ông Đỗ Văn Minh - Giám đốc Sở, Tổ trưởng Tổ công tác triển khai Đề án 06 tỉnh chủ trì "
        "cuộc họp.",
    ):
        text = HEAD.replace(
            "Ngày 18/10/2017, Sở Y tế tổ chức Hội nghị giao ban quý III năm 2017. Ông Đỗ Văn Minh, Giám đốc Sở chủ trì.",
            opening,
        )
        notice = parse_notice(text, "chair.txt")
        assert [notice.persons[c].name for c in notice.meeting.chairs] == ["Đỗ Văn Minh"], opening
    # another person's report in between is not the rest of a post
    text = HEAD.replace(
        "Ông Đỗ Văn Minh, Giám đốc Sở chủ trì.",
        "Ông Đỗ Văn Minh, Giám đốc Sở báo cáo, giao Phòng Nghiệp vụ Y chủ trì thực hiện.",
    )
    assert parse_notice(text, "chair.txt").meeting.chairs == []


def test_a_post_opening_an_item_names_the_body_that_acts():
    text = HEAD + (
        "Giám đốc Sở kết luận như sau:\n"
        "1. Giám đốc Trung tâm Y tế huyện Vũ Thư kiểm điểm việc vắng họp, báo cáo trước ngày 25/10/2017.\n"
        "2. Giao ông Trần Văn Bình, Phó Giám đốc Sở trực tiếp theo dõi công tác tiêm chủng.\n"
    )
    notice = parse_notice(text, "post.txt")
    first, second = notice.directives
    assert [notice.agencies[a].name for a in first.assignees] == ["Trung tâm Y tế huyện Vũ Thư"]
    assert first.due.value == "2017-10-25"
    # a person named before his post is the one who acts, not his Sở
    assert [notice.persons[p].name for p in second.assignees] == ["Trần Văn Bình"]


def test_a_person_named_after_the_post_is_given_the_task():
    for item in (
        "1. Giao đồng chí Phó Giám đốc Sở Trần Văn Bình trực tiếp chỉ đạo công tác tiêm chủng.",
        "1. Phó Giám đốc Sở Trần Văn Bình chịu trách nhiệm chỉ đạo công tác tiêm chủng.",
    ):
        notice = parse_notice(HEAD + "Giám đốc Sở kết luận như sau:\n" + item + "\n", "nguoi.txt")
        assert [notice.persons[p].name for d in notice.directives for p in d.assignees] == [
            "Trần Văn Bình"
        ], item


def test_a_body_that_acts_then_asks_past_a_partner_keeps_its_task():
    item = (
        "1. Trạm Y tế xã lập danh mục các phương tiện đo, phối hợp Trung tâm Y tế huyện Vũ Thư đề nghị Trung tâm "
        "Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh kiểm định trước ngày 30/11/2017."
    )
    notice = parse_notice(HEAD + "Giám đốc Sở kết luận như sau:\n" + item + "\n", "hoi.txt")
    (task,) = notice.directives
    assert [notice.agencies[a].name for a in task.assignees] == ["Trạm Y tế xã"]
    assert [notice.agencies[a].name for a in task.supports] == ["Trung tâm Y tế huyện Vũ Thư"]


def test_a_news_paragraph_after_the_chair_s_request_that_opens_with_a_body_is_a_task():
    page = (
        "Ủy ban nhân dân huyện Đông Hưng họp giao ban tháng 9\n"
        "Ngày 28/9/2017, UBND huyện Đông Hưng tổ chức họp giao ban tháng 9/2017. Ông Nguyễn Văn Tuấn, Chủ tịch UBND "
        "huyện chủ trì.\n"
        "Kết luận cuộc họp, Chủ tịch UBND huyện yêu cầu Phòng Tài chính - Kế hoạch rà soát nguồn vốn đầu tư công.\n"
        "Phòng Nội vụ hướng dẫn các xã kiện toàn đội ngũ công chức trong tháng 10/2017.\n"
    )
    notice = parse_notice(page, "tin.txt")
    names = [notice.agencies[a].name for d in notice.directives for a in d.assignees]
    assert any(n.startswith("Phòng Nội vụ") for n in names)


def test_those_the_chair_meets_with_are_not_chairs():
    text = HEAD.replace(
        "Ông Đỗ Văn Minh, Giám đốc Sở chủ trì.",
        "Ông Đỗ Văn Minh, Giám đốc Sở chủ trì cuộc họp với các đồng chí Phó Giám đốc Sở (Trần Văn Bình, Lê Thị Hoa).",
    )
    notice = parse_notice(text, "voi.txt")
    assert [notice.persons[c].name for c in notice.meeting.chairs] == ["Đỗ Văn Minh"]
    assert {"Trần Văn Bình", "Lê Thị Hoa"} <= {notice.persons[p].name for p in notice.meeting.participants}


def test_each_request_of_the_meeting_after_a_semicolon_is_a_task():
    item = (
        "1. Đề nghị Trung tâm Y tế huyện Vũ Thư rà soát trang thiết bị y tế trước ngày 30/11/2017; đề nghị Chi cục "
        "An toàn vệ sinh thực phẩm kiểm tra các bếp ăn tập thể trong quý IV/2017."
    )
    notice = parse_notice(HEAD + "Giám đốc Sở kết luận như sau:\n" + item + "\n", "hai.txt")
    assert [(len(d.assignees), d.due.value) for d in notice.directives] == [
        (1, "2017-11-30"),
        (1, "2017-12-31"),
    ]


def test_an_attendee_table_right_after_the_opening_paragraph():
    text = HEAD.replace("Giám đốc Sở chủ trì.", "Giám đốc Sở chủ trì. Thành phần dự Hội nghị gồm:") + (
        "STT\tHọ và tên\tHọc hàm, học vị\tChức vụ, đơn vị\n"
        "1\tNguyễn Thị Lan\tBác sĩ CKII\tGiám đốc Bệnh viện Đa khoa tỉnh\n"
        "2\tPhạm Văn Hùng\tThạc sĩ\tTrưởng phòng Nghiệp vụ Y\n"
        "Giám đốc Sở kết luận như sau:\n"
        "1. Phòng Nghiệp vụ Y kiểm tra các phòng khám tư nhân trong tháng 11/2017.\n"
    )
    notice = parse_notice(text, "bang.txt")
    people = {notice.persons[p].name for p in notice.meeting.participants}
    assert {"Nguyễn Thị Lan", "Phạm Văn Hùng"} <= people
    bodies = [notice.agencies[a].name for a in notice.meeting.participating_agencies]
    assert any(b.startswith("Bệnh viện Đa khoa tỉnh") for b in bodies)


def test_a_cuc_under_a_ministry_speaks_for_no_province():
    text = (
        "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "CỤC CHĂN NUÔI          Độc lập - Tự do - Hạnh phúc\n"
        "Số: 88/TB-CN          Hà Nội, ngày 20 tháng 5 năm 2018\n"
        "THÔNG BÁO\nKết luận của Cục trưởng tại hội nghị về quản lý thức ăn chăn nuôi\n"
        "Ngày 18/5/2018, tại tỉnh Thái Bình, Cục Chăn nuôi tổ chức hội nghị. Ông Nguyễn Văn Trọng, Cục trưởng chủ "
        "trì.\n"
        "Cục trưởng kết luận như sau:\n"
        "1. Phòng Thức ăn chăn nuôi kiểm tra chất lượng thức ăn chăn nuôi trong quý III/2018.\n"
    )
    notice = parse_notice(text, "cuc.txt")
    assert notice.province is None
    assert notice.agencies[notice.issuer].name == "Cục Chăn nuôi"


def _person_tasks(item: str) -> list[str]:
    notice = parse_notice(HEAD + "Giám đốc Sở kết luận như sau:\n" + item + "\n", "nguoi.txt")
    return [notice.persons[p].name for d in notice.directives for p in d.assignees if p in notice.persons]


def test_person_tasks_written_in_more_ways():
    # a sentence of its own, the post before the name, no "giao"
    assert _person_tasks(
        "1. Các đơn vị thực hiện theo bảng. Phó Giám đốc Sở Trần Văn Bình trực tiếp chỉ đạo việc kiểm định."
    ) == ["Trần Văn Bình"]
    # a rank after the honorific
    assert _person_tasks(
        "1. Giao đồng chí Thượng tá Trần Văn Bình, Phó Chỉ huy trưởng trực tiếp chỉ đạo việc kiểm soát biên giới."
    ) == ["Trần Văn Bình"]
    # a second person after ";" in a sentence that hands out tasks
    assert _person_tasks(
        "1. Giao đồng chí Lê Văn An, Phó Giám đốc Sở trực tiếp chỉ đạo công tác tiêm chủng; đồng chí Trần Văn "
        "Bình, Phó Giám đốc Sở chỉ đạo công tác thi đua."
    ) == ["Lê Văn An", "Trần Văn Bình"]


def test_a_part_named_with_its_period_ends_the_review():
    text = HEAD + (
        "1. Kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2017\n"
        "Các đơn vị đã hoàn thành cơ bản các chỉ tiêu.\n"
        "2. Nhiệm vụ trọng tâm 3 tháng cuối năm 2017\n"
        "Các đơn vị tập trung hoàn thành kế hoạch. Giao đồng chí Phó Giám đốc Trần Văn Bình trực tiếp chỉ đạo "
        "công tác tiêm chủng mở rộng.\n"
        "3. Giám đốc Sở giao đồng chí Lê Văn An, Phó Giám đốc Sở chỉ đạo công tác khám chữa bệnh; đồng chí Lê Thị "
        "Hoa, Phó Giám đốc Sở chỉ đạo công tác thi đua, khen thưởng.\n"
    )
    notice = parse_notice(text, "phan.txt")
    people = [notice.persons[p].name for d in notice.directives for p in d.assignees if p in notice.persons]
    assert people == ["Trần Văn Bình", "Lê Văn An", "Lê Thị Hoa"]


def test_a_bare_van_phong_in_a_national_body_s_notice_is_its_own():
    text = APPENDIX.replace(
        "1. Các phòng nghiệp vụ tập trung hoàn thành kế hoạch năm 2018.",
        "1. Văn phòng tổng hợp báo cáo kết quả thực hiện trước ngày 15/12/2018.",
    )
    notice = parse_notice(text, "vp.md")
    names = [notice.agencies[a].name for d in notice.directives for a in d.assignees]
    assert "Văn phòng Bảo hiểm xã hội tỉnh Hải Dương" in names


def test_the_office_of_a_district_s_council_and_committee_under_its_header():
    header = (
        "ỦY BAN NHÂN DÂN HUYỆN KIẾN XƯƠNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "VĂN PHÒNG HĐND VÀ UBND          Độc lập - Tự do - Hạnh phúc\n"
        "Số: 31/TB-VP          Kiến Xương, ngày 10 tháng 7 năm 2019"
    )
    assert _issuer(header) == "Văn phòng HĐND và UBND huyện Kiến Xương"
    assert _issuer(header.replace("VĂN PHÒNG HĐND VÀ UBND", "VĂN PHÒNG")) == (
        "Văn phòng Ủy ban nhân dân huyện Kiến Xương"
    )


def test_a_sentence_that_opens_by_addressing_a_body_is_its_task():
    item = "Đối với Trung tâm Y tế huyện Vũ Thư, Giám đốc Sở yêu cầu rà soát trang thiết bị y tế trước ngày 30/11/2017."
    notice = parse_notice(HEAD + "Giám đốc Sở kết luận như sau:\n" + item + "\n", "doi-voi.txt")
    (task,) = notice.directives
    assert [notice.agencies[a].name for a in task.assignees] == ["Trung tâm Y tế huyện Vũ Thư"]
    assert task.due.value == "2017-11-30"


def test_units_of_a_so_tu_phap_and_a_so_xay_dung_named_after_their_field():
    from ketluan.ingest.agencies import find_agencies
    from ketluan.ingest.tokens import tokenize

    for text, name in (
        (
            "Giao Trung tâm Trợ giúp pháp lý nhà nước tỉnh rà soát hồ sơ.",
            "Trung tâm Trợ giúp pháp lý nhà nước tỉnh",
        ),
        (
            "Phòng Quản lý nhà và thị trường bất động sản báo cáo.",
            "Phòng Quản lý nhà và thị trường bất động sản",
        ),
    ):
        assert [m.surface for m in find_agencies(text, tokenize(text), "Phú Yên")][0] == name
