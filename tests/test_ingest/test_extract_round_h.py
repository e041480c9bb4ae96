"""Rules prompted by the eighth round of unseen notices (mountain provinces, the Mekong and the Highlands,
the metrology sector's own bodies).

Snippets written for these tests (officials invented; bodies and places real), each with other names than the
notice that showed the error.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.extract import parse_notice

HEAD = """UBND TỈNH HÀ GIANG
BAN DÂN TỘC
Số: 27/TB-BDT
Hà Giang, ngày 18 tháng 7 năm 2013
THÔNG BÁO
Kết luận của Trưởng ban tại Hội nghị sơ kết 6 tháng đầu năm 2013
Ngày 15/7/2013, Ban Dân tộc tỉnh tổ chức Hội nghị sơ kết 6 tháng. Đồng chí Sùng Mí Dình, Trưởng ban chủ trì.
"""
TASK = "Đồng chí Trưởng ban kết luận:\n1. Phòng Chính sách báo cáo kết quả trước ngày 30/7/2013.\n"


def _absent(body: str) -> list[str]:
    notice = parse_notice(HEAD + body + "\n" + TASK, "vang.txt")
    return [notice.agencies[a].name for a in notice.meeting.absent_agencies]


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        (
            "Phòng Dân tộc huyện Xín Mần không có đại biểu dự Hội nghị và không báo cáo lý do.",
            ["Phòng Dân tộc huyện Xín Mần"],
        ),
        (
            "Vắng mặt (không báo lý do): Phòng Dân tộc huyện Đồng Văn, Phòng Dân tộc huyện Mèo Vạc.",
            ["Phòng Dân tộc huyện Đồng Văn", "Phòng Dân tộc huyện Mèo Vạc"],
        ),
        ("Huyện Quản Bạ, huyện Yên Minh báo vắng.", ["Huyện Quản Bạ", "Huyện Yên Minh"]),
        ("Xã Lũng Cú và xã Sủng Là không cử đại biểu dự.", ["Xã Lũng Cú", "Xã Sủng Là"]),
        (
            # a body that reported in writing instead of coming is away too
            "Vắng mặt không có đại biểu: UBND xã Phố Bảng, UBND xã Lũng Táo; UBND xã Thài Phìn Tủng có báo cáo "
            "bằng văn bản.",
            [
                "Ủy ban nhân dân xã Phố Bảng",
                "Ủy ban nhân dân xã Lũng Táo",
                "Ủy ban nhân dân xã Thài Phìn Tủng",
            ],
        ),
    ],
)
def test_more_ways_of_saying_a_body_stayed_away(body, absent):
    assert _absent(body) == absent


NEWS = """Sở Khoa học và Công nghệ làm việc với huyện Bảo Lâm về sản phẩm OCOP
Cập nhật: 14/06/2022
Ngày 13/6/2022, {opening}
Tại buổi làm việc, ông Ma Văn Dũng, Chủ tịch UBND huyện Bảo Lâm báo cáo tình hình triển khai Chương trình OCOP.
{closing}
"""


def _chairs(opening: str, closing: str = "") -> list[str]:
    notice = parse_notice(NEWS.format(opening=opening, closing=closing), "tin.html")
    return [notice.persons[p].name for p in notice.meeting.chairs]


def test_the_head_of_a_visiting_team_chairs_the_working_session():
    assert _chairs(
        "Đoàn công tác Sở Khoa học và Công nghệ tỉnh Cao Bằng do ông Nông Văn Sằn, Giám đốc Sở làm trưởng đoàn "
        "đã có buổi làm việc với UBND huyện Bảo Lâm."
    ) == ["Nông Văn Sằn"]
    assert _chairs(
        "đoàn kiểm tra của Sở Khoa học và Công nghệ do Phó Giám đốc Sở Lương Thị Nhàn dẫn đầu đã đến làm việc "
        "với UBND huyện Bảo Lâm."
    ) == ["Lương Thị Nhàn"]


def test_with_no_chair_written_the_one_who_concludes_chairs():
    opening = "lãnh đạo Sở Khoa học và Công nghệ tỉnh Cao Bằng đã về làm việc với huyện Bảo Lâm."
    closing = (
        "Phát biểu kết luận, Giám đốc Sở Khoa học và Công nghệ Nông Văn Sằn đề nghị huyện tập trung hoàn thiện "
        "hồ sơ các sản phẩm OCOP trước ngày 30/9/2022."
    )
    assert _chairs(opening, closing) == ["Nông Văn Sằn"]
    closing = "Giám đốc Sở Khoa học và Công nghệ Nông Văn Sằn phát biểu kết luận buổi làm việc."
    assert _chairs(opening, closing) == ["Nông Văn Sằn"]


def test_the_one_who_concludes_does_not_displace_a_written_chair():
    opening = (
        "Phó Giám đốc Sở Khoa học và Công nghệ Lương Thị Nhàn chủ trì buổi làm việc với UBND huyện Bảo Lâm."
    )
    closing = "Kết luận buổi làm việc, Chủ tịch UBND huyện Ma Văn Dũng đề nghị các phòng phối hợp."
    assert _chairs(opening, closing) == ["Lương Thị Nhàn"]
    # a report on the review is no conclusion
    assert _chairs("lãnh đạo Sở đã về làm việc với huyện Bảo Lâm.") == []


BRIEFING = """UBND TỈNH ĐẮK NÔNG
SỞ CÔNG THƯƠNG
Số: 112/TB-SCT
Đắk Nông, ngày 12 tháng 10 năm 2021
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban trực tuyến quý III năm 2021
Ngày 08/10/2021, Sở Công Thương tổ chức giao ban trực tuyến quý III. Ông Y Điêng Niê, Giám đốc Sở chủ trì.
Giám đốc Sở kết luận:
{item}
"""


def _tasks(item: str) -> list[tuple[str, list[str]]]:
    notice = parse_notice(BRIEFING.format(item=item), "giaoban.txt")
    return [(d.text.split()[0], [notice.agencies[a].name for a in d.assignees]) for d in notice.directives]


def test_a_clause_opened_by_a_connective_hands_its_task_over():
    tasks = _tasks(
        "1. Phòng Quản lý Thương mại đề nghị các thương nhân phân phối xăng dầu báo cáo tồn kho trước ngày "
        "20/10/2021; đồng thời giao Phòng Kế hoạch - Tài chính cân đối kinh phí kiểm tra năm 2022."
    )
    assert len(tasks) == 2
    opener, names = tasks[-1]
    assert opener == "đồng" and len(names) == 1 and names[0].startswith("Phòng Kế hoạch - Tài chính")


def test_a_body_that_acts_then_a_request_to_others_keeps_its_task():
    tasks = _tasks(
        "1. Văn phòng Sở tổng hợp, báo cáo UBND tỉnh kết quả giao ban; đề nghị UBND huyện Tuy Đức, UBND huyện "
        "Đắk Song chấn chỉnh việc tham dự giao ban."
    )
    assert [names for _, names in tasks] == [
        ["Văn phòng Sở Công Thương tỉnh Đắk Nông"],
        ["Ủy ban nhân dân huyện Tuy Đức", "Ủy ban nhân dân huyện Đắk Song"],
    ]


def test_a_past_clause_going_on_with_plain_verbs_is_a_report_not_a_task():
    tasks = _tasks(
        "1. Quý III/2021, giá phân bón tăng cao. Các phòng chuyên môn đã phối hợp kiểm tra, bảo đảm nguồn cung.\n"
        "2. Phòng Quản lý Thương mại kiểm tra các đại lý phân bón trước ngày 30/11/2021."
    )
    assert [names for _, names in tasks] == [["Phòng Quản lý Thương mại"]]
    # a modal word after the past clause still gives the task
    tasks = _tasks("1. Huyện Cư Jút đã được công nhận đạt chuẩn, sớm đưa chợ mới vào hoạt động.")
    assert [names for _, names in tasks] == [["Huyện Cư Jút"]]


def test_the_body_named_after_request_papers_is_not_given_the_task():
    tasks = _tasks(
        "1. Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng lập hồ sơ đề nghị Tổng cục Tiêu chuẩn Đo lường "
        "Chất lượng mở rộng phạm vi được chỉ định kiểm định, hoàn thành trong quý IV/2021.\n"
        "2. Phòng Kế hoạch - Tài chính hoàn thiện tờ trình đề nghị Sở Tài chính bổ sung kinh phí.\n"
        "3. Đề nghị Sở Tài chính thẩm định dự toán kinh phí kiểm định năm 2022."
    )
    assert [len(names) for _, names in tasks] == [1, 1, 1]
    assert tasks[0][1][0].startswith("Trung tâm Kỹ thuật")
    assert tasks[1][1][0].startswith("Phòng Kế hoạch - Tài chính")
    assert tasks[2][1] == ["Sở Tài chính tỉnh Đắk Nông"]


def test_a_board_under_a_peoples_committee_is_named_by_its_place():
    text = (
        "UBND TỈNH ĐIỆN BIÊN\nBAN DÂN TỘC\nSố: 19/TB-BDT\nĐiện Biên, ngày 02 tháng 4 năm 2015\nTHÔNG BÁO\n"
        "Kết luận của Trưởng ban tại cuộc họp giao ban quý I năm 2015\n"
        "Ngày 30/3/2015, Ban Dân tộc tỉnh họp giao ban. Ông Lầu Văn Chứ, Trưởng ban chủ trì.\n"
        "Trưởng ban kết luận:\n1. Phòng Chính sách báo cáo kết quả trước ngày 15/4/2015.\n"
    )
    notice = parse_notice(text, "giaoban.txt")
    assert notice.agencies[notice.issuer].name == "Ban Dân tộc tỉnh Điện Biên"


def test_an_official_made_to_direct_bodies_has_the_task_with_them():
    text = BRIEFING.format(
        item="Bà H'Yâm Niê - Phó Giám đốc Sở trực tiếp chỉ đạo Chi cục Quản lý thị trường và Phòng Kỹ thuật an "
        "toàn - Môi trường thực hiện kế hoạch kiểm tra cửa hàng xăng dầu 6 tháng cuối năm."
    )
    notice = parse_notice(text, "giaoban.txt")
    (d,) = notice.directives
    names = [(notice.persons.get(k) or notice.agencies[k]).name for k in d.assignees]
    assert names[-1] == "H'Yâm Niê"
    assert any(n.startswith("Phòng Kỹ thuật an toàn - Môi trường") for n in names)


def test_an_attendee_table_after_labelled_lines_is_read_as_a_table():
    text = (
        "CÔNG TY CỔ PHẦN CẤP NƯỚC SÓC TRĂNG\nSố: 41/TB-CN\nSóc Trăng, ngày 06 tháng 11 năm 2018\n"
        "THÔNG BÁO KẾT LUẬN của Giám đốc Công ty tại cuộc họp giao ban tháng 10 năm 2018\n\n"
        "- Thời gian: 7 giờ 30, ngày 05/11/2018\n- Chủ trì: ông Lâm Văn Sóc - Giám đốc Công ty\n\n"
        "| Đơn vị | Người dự | Chức vụ | Ghi chú |\n|---|---|---|---|\n"
        "| Phòng Kỹ thuật | Thạch Thị Mỹ Linh | Trưởng phòng | |\n"
        "| Phòng Kinh doanh | Trần Quốc Bửu | Phó Trưởng phòng | |\n\n"
        "Giám đốc Công ty kết luận:\n1. Phòng Kỹ thuật thay đồng hồ nước quá hạn kiểm định trước ngày 30/11/2018.\n"
    )
    notice = parse_notice(text, "giaoban.md")
    names = [notice.persons[p].name for p in notice.meeting.participants]
    assert {"Thạch Thị Mỹ Linh", "Trần Quốc Bửu", "Lâm Văn Sóc"} <= set(names)


def test_a_header_name_broken_by_the_motto_column_is_one_body():
    text = (
        "UBND TỈNH TRÀ VINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐOÀN KIỂM TRA LIÊN\nĐộc lập - Tự do - Hạnh phúc\n"
        "NGÀNH\nSố: 07/BC-ĐKTLN\nTrà Vinh, ngày 14 tháng 9 năm 2015\n\nBÁO CÁO\n"
        "Kết quả kiểm tra liên ngành về đo lường tại các chợ\n\n"
        "Ngày 10/9/2015, Đoàn kiểm tra liên ngành làm việc với Ban Quản lý chợ Trà Vinh.\n"
        "Đoàn kiến nghị:\n1. Ban Quản lý chợ Trà Vinh bố trí cân đối chứng trước ngày 30/9/2015.\n"
    )
    notice = parse_notice(text, "baocao.txt")
    assert notice.agencies[notice.issuer].name.startswith("Đoàn kiểm tra liên ngành")


def test_an_addressee_line_does_not_use_up_the_openings_look_ahead():
    text = (
        "UBND TỈNH BẠC LIÊU\nĐOÀN KIỂM TRA LIÊN NGÀNH\nSố: 05/BC-ĐKT\nBạc Liêu, ngày 28 tháng 10 năm 2015\n\n"
        "BÁO CÁO\nKết quả kiểm tra đo lường, chất lượng xăng dầu năm 2015\n\n"
        "Kính gửi: Ủy ban nhân dân tỉnh Bạc Liêu\n\n"
        "Căn cứ Kế hoạch số 88/KH-UBND ngày 02/3/2015 của Ủy ban nhân dân tỉnh về kiểm tra nhà nước về đo lường, "
        "chất lượng năm 2015.\n\n"
        "Thực hiện Quyết định số 1520/QĐ-UBND, từ ngày 05/10 đến ngày 16/10/2015, Đoàn đã kiểm tra 24 cửa hàng "
        "xăng dầu trên địa bàn tỉnh.\n\n"
        "Ngày 23/10/2015, Đoàn tổ chức họp đánh giá kết quả kiểm tra. Ông Lý Văn Sang, Trưởng đoàn chủ trì.\n\n"
        "Đoàn kiến nghị:\n1. Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra lại cột đo trước ngày 30/11/2015.\n"
    )
    notice = parse_notice(text, "baocao.txt")
    assert str(notice.meeting.held_on)[:10] == "2015-10-23"


def test_a_bare_military_title_holds_its_post_in_the_issuing_command():
    text = (
        "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH LAI CHÂU\nSố: 88/TB-BCH\nLai Châu, ngày 30 tháng 5 năm 2019\n"
        "THÔNG BÁO\nKết luận của Chỉ huy trưởng tại hội nghị giao ban tháng 5 năm 2019\n"
        "Ngày 28/5/2019, Bộ Chỉ huy tổ chức giao ban tháng 5. Đại tá Lò Văn Pao, Chỉ huy trưởng chủ trì; dự có "
        "Thượng tá Tẩn Văn Chiêu, Phó Chính ủy.\n"
        "Chỉ huy trưởng kết luận:\n1. Đồn Biên phòng Ma Ly Pho tuần tra biên giới, báo cáo trước ngày 15/6/2019.\n"
    )
    notice = parse_notice(text, "giaoban.txt")
    posts = {notice.persons[po.person].name: po for po in notice.posts}
    for name in ("Lò Văn Pao", "Tẩn Văn Chiêu"):
        assert notice.agencies[posts[name].agency].name.startswith("Bộ Chỉ huy Bộ đội Biên phòng"), name


def test_the_remote_site_of_a_province_that_stayed_away_is_absent():
    assert _absent("Điểm cầu tỉnh Sơn La và tỉnh Yên Bái vắng mặt do sự cố đường truyền.") == [
        "Tỉnh Sơn La",
        "Tỉnh Yên Bái",
    ]
    # a province named without a remote site is no absent body
    assert _absent("Đoàn công tác tỉnh Sơn La vắng mặt, có lý do.") == []


def test_a_news_paragraph_opened_by_a_kind_of_body_of_every_place_is_a_task():
    text = NEWS.format(
        opening="Sở Khoa học và Công nghệ tỉnh Cao Bằng tổ chức hội nghị trực tuyến về đo lường trong thương mại.",
        closing=(
            "Kết luận hội nghị, Giám đốc Sở Nông Văn Sằn đề nghị:\n"
            "Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn các xã quản lý cân đối chứng.\n"
            "Ủy ban nhân dân các xã, phường rà soát, thống kê phương tiện đo tại chợ, gửi Sở trước ngày 15/11/2022.\n"
        ),
    )
    notice = parse_notice(text, "tin.html")
    names = [notice.agencies[a].name for d in notice.directives for a in d.assignees]
    assert any(n.startswith("Ủy ban nhân dân các xã") for n in names), names


def test_an_appraisal_is_no_task():
    text = (
        "BỘ Y TẾ\nSố: 812/TB-BYT\nHà Nội, ngày 14 tháng 9 năm 2017\nTHÔNG BÁO\n"
        "Kết luận của Thứ trưởng tại buổi làm việc với Cục Quản lý Khám, chữa bệnh\n"
        "Ngày 08/9/2017, Thứ trưởng Nguyễn Viết Tiến chủ trì buổi làm việc với Cục Quản lý Khám, chữa bệnh.\n"
        "Sau khi nghe Cục Quản lý Khám, chữa bệnh báo cáo, Thứ trưởng kết luận như sau:\n"
        "1. Ghi nhận Cục Quản lý Khám, chữa bệnh đã chủ động tham mưu ban hành các văn bản hướng dẫn; công tác "
        "kiểm tra chất lượng bệnh viện được tăng cường, tỷ lệ bệnh viện đạt chuẩn năm 2016 là 61%. Tuy nhiên, "
        "nhiều thiết bị chưa được hiệu chuẩn định kỳ.\n"
        "2. Nhiệm vụ thời gian tới:\na) Cục Quản lý Khám, chữa bệnh:\n"
        "- Chủ trì xây dựng kế hoạch kiểm định thiết bị y tế, trình Bộ trưởng trước ngày 30/10/2017.\n"
    )
    notice = parse_notice(text, "kl.txt")
    assert [d.text.split()[0] for d in notice.directives] == ["Chủ"]


def test_a_time_phrase_between_the_request_and_the_body_asked():
    tasks = _tasks(
        "1. Giám đốc Sở đề nghị thời gian tới UBND huyện Cư Jút chỉ đạo UBND xã Tâm Thắng rà soát các chợ, hoàn "
        "thành trong quý IV/2021.\n"
    )
    assert tasks and tasks[0][1][0] == "Ủy ban nhân dân huyện Cư Jút"


def test_a_news_story_of_a_national_meeting_speaks_for_no_province():
    text = (
        "Tin tức - Sự kiện\n\n"
        "Ngày 18/9/2025, Bộ Công Thương tổ chức Hội nghị trực tuyến toàn quốc về quản lý xăng dầu. Thứ trưởng "
        "Phan Thị Thắng chủ trì hội nghị.\n\n"
        "Điểm cầu tỉnh Lào Cai và tỉnh Cao Bằng vắng mặt do sự cố đường truyền.\n\n"
        "Kết luận hội nghị, Thứ trưởng đề nghị:\n"
        "Cục Quản lý thị trường các tỉnh tăng cường kiểm tra cột đo xăng dầu trước ngày 15/11/2025.\n"
    )
    notice = parse_notice(text, "tin.html")
    assert notice.province is None


def test_a_sentence_reporting_facts_is_no_task_unless_it_asks():
    tasks = _tasks(
        "1. Theo báo cáo của Phòng Kinh tế, nhãn hiệu tập thể được cấp năm 2015, giao Hợp tác xã Đắk Mâm quản lý.\n"
        "2. Theo kết quả kiểm tra, đề nghị Phòng Quản lý Thương mại xử lý 3 cửa hàng vi phạm trước ngày "
        "30/11/2021.\n"
        "3. Theo kết quả thẩm định, Sở Tài chính bố trí kinh phí kiểm định năm 2022.\n"
    )
    assert [names for _, names in tasks] == [["Phòng Quản lý Thương mại"], ["Sở Tài chính tỉnh Đắk Nông"]]


def test_a_short_name_in_brackets_between_the_post_and_the_name():
    text = (
        "TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG 2\nSố: 45/TB-TT2\nĐà Nẵng, ngày 06 tháng 6 năm 2024\n"
        "THÔNG BÁO\nKết luận giao ban tháng 5 năm 2024\n"
        "Ngày 04/6/2024, Giám đốc Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 2 (QUATEST 2) Phan Văn Khải "
        "chủ trì họp giao ban tháng 5.\n"
        "Giám đốc Trung tâm kết luận:\n1. Phòng Đo lường hoàn thành kiểm định cân ô tô trước ngày 30/6/2024.\n"
    )
    notice = parse_notice(text, "giaoban.txt")
    assert [notice.persons[p].name for p in notice.meeting.chairs] == ["Phan Văn Khải"]


def test_a_person_task_with_no_subject_of_its_own_takes_the_one_before_it():
    tasks_text = BRIEFING.format(
        item="1. Chi cục Quản lý thị trường:\n"
        "- Xây dựng kế hoạch kiểm tra đo lường cột đo xăng dầu năm 2022, hoàn thành trong tháng 12/2021.\n"
        "Giao Phó Giám đốc Sở Nguyễn Hữu Thắng trực tiếp chỉ đạo việc hoàn thiện dự thảo và chịu trách nhiệm về "
        "tiến độ.\n"
        "2. Văn phòng Sở:\n"
        "- Tổng hợp báo cáo năm 2021.\n"
        "Giao Chánh Văn phòng Sở Lê Thị Hằng chịu trách nhiệm về tiến độ.\n"
    )
    notice = parse_notice(tasks_text, "giaoban.txt")
    by_person = {
        notice.persons[k].name: d.topics
        for d in notice.directives
        for k in d.assignees
        if k in notice.persons
    }
    assert by_person["Nguyễn Hữu Thắng"] == ["metrology"]
    assert by_person["Lê Thị Hằng"] == []  # a procedural topic is not passed on


def test_a_participants_proposal_in_a_news_story_is_no_task():
    text = NEWS.format(
        opening="ông Nông Văn Sằn, Giám đốc Sở Khoa học và Công nghệ tỉnh Cao Bằng chủ trì buổi làm việc với UBND "
        "huyện Bảo Lâm.",
        closing=(
            "Phát biểu tại buổi làm việc, ông Ma Văn Dũng, Chủ tịch UBND huyện Bảo Lâm đề nghị Sở Khoa học và Công "
            "nghệ hỗ trợ kinh phí xây dựng nhãn hiệu chứng nhận.\n"
            "Kết luận buổi làm việc, ông Nông Văn Sằn đề nghị UBND huyện Bảo Lâm hoàn thiện hồ sơ sản phẩm OCOP "
            "trước ngày 30/9/2022.\n"
        ),
    )
    notice = parse_notice(text, "tin.html")
    names = [notice.agencies[a].name for d in notice.directives for a in d.assignees if a in notice.agencies]
    assert names == ["Ủy ban nhân dân huyện Bảo Lâm"]


def test_a_provincial_story_that_ranks_the_province_in_the_country_keeps_its_province():
    text = (
        "Tin tức - Sự kiện\n\n"
        "Ngày 12/3/2024, Sở Y tế tỉnh Bình Định tổ chức hội nghị triển khai nhiệm vụ năm 2024 của toàn ngành; "
        "tỉnh đứng đầu cả nước về tỷ lệ trạm y tế đạt chuẩn. Giám đốc Sở Lê Quang Hùng chủ trì hội nghị.\n\n"
        "Kết luận hội nghị, Giám đốc Sở đề nghị:\n"
        "Trung tâm Kiểm soát bệnh tật tỉnh tăng cường giám sát dịch bệnh trước ngày 30/4/2024.\n"
    )
    assert parse_notice(text, "tin.html").province == "Bình Định"
