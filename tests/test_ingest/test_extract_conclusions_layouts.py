"""Chairs, absences and task lists as councils, district briefings and site visits write them.

Snippets written for these tests (officials invented; provinces, districts and bodies real: Kon Tum with Đắk
Hà and Ngọc Hồi, Bình Định with Phù Cát).
"""

from __future__ import annotations

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.topics import classify_topics

HEAD = """ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN PHÙ CÁT                               Độc lập - Tự do - Hạnh phúc

Số: 118/TB-UBND                              Phù Cát, ngày 14 tháng 11 năm 2017

THÔNG BÁO
Ý kiến kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tuần

"""

SIGN = """
Nơi nhận:                                      TL. CHỦ TỊCH
- Lưu: VT.                                     CHÁNH VĂN PHÒNG
                                               Đặng Văn Hòa
"""


def _names(notice, keys):
    return [notice.agencies[k].name if k in notice.agencies else notice.persons[k].name for k in keys]


def _task(notice, words):
    return next(d for d in notice.directives if words in d.text)


def test_chairs_listed_after_a_label_across_semicolons():
    text = (
        HEAD
        + "Ngày 13/11/2017, tại UBND huyện, Sở Khoa học và Công nghệ làm việc với UBND huyện Phù Cát.\n\n"
        + "Chủ trì: Đ/c Lê Văn Tùng - Phó Giám đốc Sở KH&CN; Đ/c Trần Thị Hạnh - Phó Chủ tịch UBND huyện.\n\n"
        + "Tham dự: ông Võ Minh Quang - Trưởng phòng Kinh tế và Hạ tầng; ông Đào Văn Sĩ - Chuyên viên.\n\n"
        + "1. Phòng Kinh tế và Hạ tầng rà soát các cân tại chợ Cát Tiến, báo cáo trước ngày 30/11/2017.\n"
        + SIGN
    )
    notice = parse_notice(text, "a.txt")
    assert _names(notice, notice.meeting.chairs) == ["Lê Văn Tùng", "Trần Thị Hạnh"]


def test_chair_label_with_the_meeting_named():
    text = (
        HEAD
        + "Ngày 13/11/2017, Thường trực HĐND tỉnh làm việc với Sở Nông nghiệp và Phát triển nông thôn. "
        + "Chủ trì buổi làm việc: ông Nguyễn Văn Hòa - Chủ tịch HĐND tỉnh. Tham dự có: bà Lê Thị Mai - Phó "
        + "Chủ tịch HĐND tỉnh.\n\n1. Sở Nông nghiệp và Phát triển nông thôn rà soát các hồ chứa.\n"
        + SIGN
    )
    notice = parse_notice(text, "b.txt")
    assert _names(notice, notice.meeting.chairs) == ["Nguyễn Văn Hòa"]


def test_the_official_on_a_site_visit_chairs_it():
    text = (
        HEAD
        + "Ngày 10/11/2017, đồng chí Nguyễn Hữu Tháp, Phó Chủ tịch UBND tỉnh đã đi kiểm tra thực địa tình hình "
        + "sạt lở trên Quốc lộ 40. Cùng đi kiểm tra có: đồng chí Lê Văn Định - Giám đốc Sở Giao thông vận tải.\n\n"
        + "1. Giao Sở Giao thông vận tải khắc phục các điểm sạt lở trước ngày 30/11/2017.\n"
        + SIGN
    )
    notice = parse_notice(text, "c.txt")
    assert _names(notice, notice.meeting.chairs) == ["Nguyễn Hữu Tháp"]


ABSENT_LIST = (
    HEAD
    + "Sáng ngày 13/11/2017, đồng chí Trần Văn Hưng - Chủ tịch UBND huyện chủ trì cuộc họp giao ban tuần. Dự "
    + "họp có Thủ trưởng các phòng, ban thuộc UBND huyện; Chủ tịch UBND các xã, thị trấn.\n\n"
    + "Các đơn vị vắng mặt không có lý do:\n1. Phòng Văn hóa và Thông tin;\n2. UBND xã Cát Hải;\n"
    + "3. UBND thị trấn Ngô Mây.\n\n"
    + "Chủ tịch UBND huyện kết luận như sau:\n\n"
    + "1. Phòng Nội vụ đề xuất hình thức xử lý đối với các đơn vị vắng họp không có lý do.\n"
    + SIGN
)


def test_bodies_listed_under_an_absence_heading_are_absent():
    notice = parse_notice(ABSENT_LIST, "d.txt")
    assert _names(notice, notice.meeting.absent_agencies) == [
        "Phòng Văn hóa và Thông tin huyện Phù Cát",
        "Ủy ban nhân dân xã Cát Hải",
        "Ủy ban nhân dân thị trấn Ngô Mây",
    ]  # and not "các đơn vị": neither the heading's nor the task's "xử lý đối với các đơn vị vắng họp"


def test_items_under_a_request_heading_are_the_bodys_tasks_each():
    text = (
        HEAD
        + "Ngày 13/11/2017, Thường trực HĐND tỉnh làm việc với Sở Nông nghiệp và Phát triển nông thôn.\n\n"
        + "Thường trực HĐND tỉnh kết luận như sau:\n\n"
        + "1. Đề nghị Sở Nông nghiệp và Phát triển nông thôn:\n\n"
        + "a) Chủ trì, phối hợp với UBND huyện Đắk Hà rà soát các tiêu chí nông thôn mới; báo cáo kết quả "
        + "trước ngày 10 tháng 12 năm 2017.\n\n"
        + "b) Kiểm tra an toàn các hồ chứa trước mùa mưa bão, hoàn thành trong tháng 12/2017.\n"
        + SIGN
    )
    notice = parse_notice(text, "e.txt")
    first, second = _task(notice, "tiêu chí nông thôn mới"), _task(notice, "hồ chứa")
    assert first is not second
    assert _names(notice, first.assignees) == ["Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Định"]
    assert _names(notice, first.supports) == ["Ủy ban nhân dân huyện Đắk Hà"]
    assert (first.due.value, second.due.value) == ("2017-12-10", "2017-12")


def test_council_boards_and_the_joint_office_are_one_body_each():
    text = (
        HEAD
        + "Ngày 13/11/2017, Thường trực HĐND tỉnh làm việc với Sở Nông nghiệp và Phát triển nông thôn.\n\n"
        + "Chủ tịch HĐND tỉnh kết luận như sau:\n\n"
        + "1. Giao Ban Kinh tế - Ngân sách HĐND tỉnh chủ trì, phối hợp với Ban Dân tộc HĐND tỉnh tổ chức "
        + "giám sát chuyên đề trong quý IV/2017.\n\n"
        + "2. Văn phòng Đoàn ĐBQH và HĐND tỉnh theo dõi, đôn đốc việc thực hiện.\n"
        + SIGN
    )
    notice = parse_notice(text, "f.txt")
    board, office = _task(notice, "giám sát"), _task(notice, "theo dõi")
    assert [notice.agencies[k].name.startswith("Ban Kinh tế - Ngân sách") for k in board.assignees] == [True]
    assert "events" not in board.topics  # "Giao Ban …" is no "giao ban" (a briefing)
    assert [notice.agencies[k].name.startswith("Văn phòng Đoàn ĐBQH và") for k in office.assignees] == [True]


def test_a_topic_keyword_does_not_run_into_a_capitalised_name():
    hits = classify_topics("Giao Ban Kinh tế - Ngân sách HĐND tỉnh chủ trì", masked=[(5, 47)])
    assert "events" not in {h.topic for h in hits}
    # an abbreviation inside a keyword is the keyword's own word
    hits = classify_topics("xây dựng nhiệm vụ KH&CN quận, huyện", masked=[(18, 23)])
    assert "research-projects" in {h.topic for h in hits}


ITEMS = (
    HEAD
    + "Ngày 13/11/2017, Sở Khoa học và Công nghệ tổ chức giao ban với các huyện. Chủ tịch UBND huyện kết luận "
    + "như sau:\n\n"
    + "1. Phòng Kinh tế và Hạ tầng gửi báo cáo kết quả kiểm tra đo lường về Sở trước ngày 05/12/2017.\n"
    + "2. Phòng Tài chính - Kế hoạch, Phòng Nội vụ theo chức năng nhiệm vụ hướng dẫn các xã lập dự toán kinh "
    + "phí năm 2018.\n"
    + "3. Phòng Tư pháp đã hoàn thành việc rà soát văn bản.\n"
    + "4. Ban Thường vụ Huyện ủy cơ bản nhất trí với nội dung Đề án do UBND huyện trình.\n"
    + "5. Trung tâm Văn hóa - Thông tin huyện phát triển chuyên mục khoa học trên sóng phát thanh.\n"
    + "6. Báo cáo kết quả về UBND huyện trước ngày 20/12/2017.\n"
    + SIGN
)


def test_a_body_opening_an_item_of_the_conclusions_has_the_task_whatever_its_verb():
    notice = parse_notice(ITEMS, "items.txt")
    sent = _task(notice, "gửi báo cáo")
    assert _names(notice, sent.assignees) == ["Phòng Kinh tế và Hạ tầng huyện Phù Cát"]
    assert sent.due.value == "2017-12-05" and sent.topics == ["metrology"]  # reporting is procedural
    guide = _task(notice, "theo chức năng")
    assert _names(notice, guide.assignees) == [
        "Phòng Tài chính - Kế hoạch huyện Phù Cát",
        "Phòng Nội vụ huyện Phù Cát",
    ]


def test_an_item_that_reports_or_agrees_is_no_task():
    notice = parse_notice(ITEMS, "items.txt")
    assert not any("đã hoàn thành" in d.text or "nhất trí" in d.text for d in notice.directives)


def test_phat_trien_after_a_whole_name_opens_its_task():
    notice = parse_notice(ITEMS, "items.txt")
    task = _task(notice, "chuyên mục")
    assert _names(notice, task.assignees) == ["Trung tâm Văn hóa - Thông tin huyện Phù Cát"]


def test_bao_cao_is_a_verb_not_a_newspaper():
    notice = parse_notice(ITEMS, "items.txt")
    assert not any(a.name.startswith("Báo") for a in notice.agencies.values())


def test_a_request_to_the_units_in_general_opens_a_list_of_tasks():
    text = (
        HEAD
        + "Ngày 13/11/2017, Sở Khoa học và Công nghệ làm việc với UBND huyện. Chủ tịch kết luận như sau:\n\n"
        + "1. Để quản lý tốt chỉ dẫn địa lý, đề nghị các đơn vị thực hiện:\n\n"
        + "1.1. Phòng Kinh tế và Hạ tầng rà soát vùng trồng, lập danh sách hộ sản xuất.\n\n"
        + "1.2. Phòng Tài chính - Kế hoạch phối hợp với Phòng Nông nghiệp và Phát triển nông thôn bố trí kinh "
        + "phí quảng bá sản phẩm trước ngày 31/12/2017.\n"
        + SIGN
    )
    notice = parse_notice(text, "g.txt")
    second = _task(notice, "quảng bá")
    assert second is not _task(notice, "vùng trồng")
    assert _names(notice, second.assignees) == ["Phòng Tài chính - Kế hoạch huyện Phù Cát"]
    assert second.due.value == "2017-12-31"


def test_a_co_chair_after_dong_chu_tri_co():
    text = (
        HEAD
        + "Ngày 13/11/2017, tại UBND huyện Phù Cát, Sở Khoa học và Công nghệ tổ chức giao ban. Đ/c Lê Văn Tùng - "
        + "PGĐ Sở chủ trì Hội nghị; đồng chủ trì có đ/c Trần Thị Hạnh - Phó Chủ tịch UBND huyện Phù Cát.\n\n"
        + "Chủ tịch kết luận như sau:\n\n1. Phòng Kinh tế và Hạ tầng rà soát các cân tại chợ.\n"
        + SIGN
    )
    notice = parse_notice(text, "h.txt")
    assert _names(notice, notice.meeting.chairs) == ["Lê Văn Tùng", "Trần Thị Hạnh"]


def test_a_council_asks_a_project_leader_and_an_institute():
    text = (
        HEAD
        + "Ngày 13/11/2017, Hội đồng khoa học và công nghệ tỉnh họp nghiệm thu đề tài. Chủ tịch Hội đồng kết "
        + "luận như sau:\n\n"
        + "1. Hội đồng đề nghị chủ nhiệm đề tài Phan Văn Lộc và Viện Khoa học Nông nghiệp duyên hải Nam Trung Bộ "
        + "tiếp thu ý kiến, hoàn thiện báo cáo tổng hợp, nộp hồ sơ về Sở KH&CN trước ngày 30/11/2017.\n"
        + "2. Sở Tài chính sẽ đề nghị Bộ Tài chính bổ sung kinh phí sự nghiệp khoa học.\n"
        + SIGN
    )
    notice = parse_notice(text, "i.txt")
    asked = _task(notice, "hoàn thiện báo cáo")
    assert [notice.persons[k].name for k in asked.assignees if k in notice.persons] == ["Phan Văn Lộc"]
    bodies = [notice.agencies[k].name for k in asked.assignees if k in notice.agencies]
    assert len(bodies) == 1 and bodies[0].startswith("Viện Khoa học Nông nghiệp")
    # a request up to a ministry is the asker's own task
    up = _task(notice, "Bộ Tài chính")
    assert _names(notice, up.assignees) == ["Sở Tài chính tỉnh Bình Định"]


def test_a_body_that_acts_and_then_asks_businesses_keeps_its_task():
    text = (
        HEAD
        + "Ngày 13/11/2017, Sở Tài nguyên và Môi trường họp về quan trắc tự động. Giám đốc Sở kết luận như sau:\n\n"
        + "1. Chi cục Bảo vệ môi trường rà soát, yêu cầu các doanh nghiệp có trạm quan trắc chưa được kiểm định "
        + "phải hoàn thành việc kiểm định chậm nhất ngày 15/12/2017.\n"
        + SIGN
    )
    notice = parse_notice(text, "j.txt")
    task = _task(notice, "rà soát")
    assert _names(notice, task.assignees) == ["Chi cục Bảo vệ môi trường tỉnh Bình Định"]
    assert task.due.value == "2017-12-15" and "metrology" in task.topics


def test_a_second_delegation_after_a_semicolon_is_a_task_of_its_own():
    text = (
        HEAD
        + "Ngày 13/11/2017, Bộ Khoa học và Công nghệ họp giao ban vùng. Thứ trưởng kết luận như sau:\n\n"
        + "Thứ trưởng giao Vụ Phát triển khoa học và công nghệ địa phương chủ trì trả lời các kiến nghị của địa "
        + "phương trong quý IV/2017; giao Tổng cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn các Trung tâm Kỹ thuật "
        + "nâng cao năng lực kiểm định, hiệu chuẩn phương tiện đo.\n"
        + SIGN
    )
    notice = parse_notice(text, "k.txt")
    first, second = _task(notice, "kiến nghị"), _task(notice, "hiệu chuẩn")
    assert first is not second
    assert [notice.agencies[k].name for k in second.assignees] == ["Tổng cục Tiêu chuẩn Đo lường Chất lượng"]
    assert "metrology" in second.topics and "metrology" not in first.topics


def test_a_person_asks_and_the_body_of_his_post_is_not_the_asker():
    text = (
        "Sở Khoa học và Công nghệ Quảng Ngãi\n\nHội nghị sơ kết khoa học và công nghệ huyện Sơn Tịnh\n\n"
        "(12/7/2019) Sáng 10/7, Sở Khoa học và Công nghệ phối hợp với UBND huyện Sơn Tịnh tổ chức hội nghị sơ kết "
        "hoạt động khoa học và công nghệ 6 tháng đầu năm 2019 của huyện.\n\n"
        "Phát biểu kết luận, Giám đốc Sở KH&CN Lê Văn Trung đề nghị UBND huyện Sơn Tịnh kiểm tra đo lường tại các "
        "chợ trong quý III/2019.\n"
    )
    notice = parse_notice(text, "tin.txt")
    task = _task(notice, "đo lường")
    assert _names(notice, task.assignees) == ["Ủy ban nhân dân huyện Sơn Tịnh"]


def test_stieng_and_mnong_names_after_a_title():
    text = (
        HEAD
        + "Ngày 13/11/2017, Giám đốc Sở Khoa học và Công nghệ Điểu Lé chủ trì cuộc họp giao ban. Dự họp có bà Nay "
        + "H'Blim, Phó Giám đốc Sở.\n\nGiám đốc Sở kết luận như sau:\n\n1. Phòng Quản lý khoa học rà soát các đề tài.\n"
        + SIGN
    )
    notice = parse_notice(text, "l.txt")
    assert _names(notice, notice.meeting.chairs) == ["Điểu Lé"]
    assert "Nay H'Blim" in [p.name for p in notice.persons.values()]


def test_a_task_whose_details_follow_takes_their_topic_and_deadline():
    text = (
        HEAD
        + "Ngày 13/11/2017, UBND huyện họp về quản lý đo lường. Chủ tịch UBND huyện kết luận như sau:\n\n"
        + "1. Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Chi cục Quản lý thị trường số 3 thực hiện:\n"
        + "- Kiểm tra việc kiểm định cân tại các chợ trên địa bàn, hoàn thành trước ngày 20/12/2017;\n"
        + "- Hướng dẫn các hộ kinh doanh đăng ký kiểm định cân.\n"
        + SIGN
    )
    notice = parse_notice(text, "m.txt")
    task = _task(notice, "Phòng Kinh tế và Hạ tầng chủ trì")
    assert "metrology" in task.topics and task.due.value == "2017-12-20"


def test_a_person_made_responsible_for_an_item_has_the_task():
    text = (
        HEAD
        + "Ngày 13/11/2017, UBND huyện họp về khoa học và công nghệ. Chủ tịch UBND huyện kết luận như sau:\n\n"
        + "1. Bà Y Thương chịu trách nhiệm tổng hợp đề xuất nhiệm vụ khoa học và công nghệ năm 2018, gửi Sở trước "
        + "ngày 30/11/2017.\n"
        + SIGN
    )
    notice = parse_notice(text, "n.txt")
    task = _task(notice, "đề xuất nhiệm vụ")
    assert [notice.persons[k].name for k in task.assignees] == ["Y Thương"]
    assert task.due.value == "2017-11-30"


def test_district_party_committees_as_a_collective_and_directing_stays_with_its_actor():
    text = (
        HEAD
        + "Ngày 13/11/2017, Ban Thường vụ Huyện ủy họp. Ban Thường vụ kết luận như sau:\n\n"
        + "1. Các huyện uỷ, thị uỷ, thành uỷ lãnh đạo cấp uỷ cơ sở đưa nội dung ứng dụng khoa học vào nghị quyết.\n"
        + "2. UBND huyện Phù Cát hoàn thành các tiêu chí nông thôn mới trong năm 2018; chỉ đạo Phòng Kinh tế và "
        + "Hạ tầng hướng dẫn hợp tác xã đăng ký nhãn hiệu tập thể.\n"
        + SIGN
    )
    notice = parse_notice(text, "o.txt")
    party = _task(notice, "nghị quyết")
    assert [notice.agencies[k].name for k in party.assignees] == ["Các huyện uỷ, thị uỷ, thành uỷ"]
    # "…; chỉ đạo Phòng X …" goes on with the same actor: one task, not two
    assert _task(notice, "nông thôn mới") is _task(notice, "nhãn hiệu")
