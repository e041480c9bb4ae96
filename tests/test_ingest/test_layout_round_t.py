"""Round T (blind sets on national target programmes, the Sở KH&CN's other sectors, tourism and sport):
reading, layout and date rules."""

from __future__ import annotations

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 12/TB-UBND\tNinh Thuận, ngày 05 tháng 3 năm 2024\nTHÔNG BÁO\n"
    "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp Ban Tổ chức Lễ hội\n"
    "Ngày 01/3/2024, tại UBND tỉnh, ông Trần Văn Bình - Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. "
    "Phó Chủ tịch UBND tỉnh kết luận:\n"
)


def test_event_table_rows_are_tasks_of_their_lead_unit() -> None:
    """A table of events ("STT | Sự kiện | Thời gian | Đơn vị chủ trì | Đơn vị phối hợp"): each event is a task
    of its lead unit, the units in the support column its supporters."""
    from ketluan.graph.pipeline import parse_notice

    text = HEAD + (
        "1. Phân công tổ chức các hoạt động\n"
        "STT\tTên hoạt động\tThời gian\tĐơn vị chủ trì\tĐơn vị phối hợp\n"
        "1\tLễ hội Nho - Vang\tTháng 6/2024\tUBND huyện Ninh Hải\tSở Công Thương\n"
        "2\tGiải đua thuyền truyền thống\tTháng 9/2024\tSở Văn hóa, Thể thao và Du lịch\tBan Dân tộc tỉnh\n"
        "2. Sở Tài chính bố trí kinh phí tổ chức.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nNguyễn Văn An\n"
    )
    n = parse_notice(text, "tb.docx")
    by_lead = {d.assignees[0]: d for d in n.directives if d.assignees}
    ninh_hai = next(d for k, d in by_lead.items() if "ninh hải" in k)
    assert any("công thương" in s for s in ninh_hai.supports)
    assert ninh_hai.due is not None and ninh_hai.due.value == "2024-06"
    vhttdl = next(d for k, d in by_lead.items() if "văn hóa" in k)
    assert any("dân tộc" in s for s in vhttdl.supports)


def test_roman_letter_joined_to_a_lower_case_word_is_no_heading() -> None:
    """A wrapped line that opens with "X-quang" goes on with the item above; "II- KẾT LUẬN" is still a heading."""
    from ketluan.ingest.sections import parse_layout

    text = (
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTHANH TRA SỞ\nSố: 15/TB-TTr\n\nTHÔNG BÁO\nKết luận thanh tra an toàn bức xạ\n\n"
        "Ngày 20/5/2015, tại Phòng họp Sở Khoa học và Công nghệ, ông Lê Văn Hùng - Chánh Thanh\n"
        "tra Sở chủ trì buổi công bố dự thảo kết luận thanh tra. Tham dự có đại diện các cơ sở được\n"
        "thanh tra. Chánh Thanh tra Sở kết luận như sau:\n\n"
        "I. KẾT QUẢ KIỂM TRA\n\n"
        "1. Phòng khám Hòa Hảo: đang sử dụng 01 máy chụp răng chưa có giấy phép tiến hành công việc bức\n"
        "xạ; nhân viên bức xạ chưa được trang bị liều kế cá nhân theo quy định của pháp luật hiện hành.\n\n"
        "II- YÊU CẦU\n\n"
        "1. Yêu cầu Phòng khám Hòa Hảo dừng ngay việc sử dụng máy chụp răng và máy chụp toàn cảnh loại\n"
        "X-quang; hoàn thiện hồ sơ đề nghị cấp giấy phép tiến hành công việc bức xạ theo quy định hiện\n"
        "hành và báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 30/6/2015.\n"
    )
    blocks = parse_layout(text).body
    item = next(b for b in blocks if b.text.startswith("Yêu cầu Phòng khám"))
    assert "X-quang; hoàn thiện hồ sơ" in item.text
    assert not any(b.marker == "roman" and b.text.startswith("quang") for b in blocks)
    assert any(b.marker == "roman" and b.text.startswith("YÊU CẦU") for b in blocks)


WRAPPED_HEAD = (
    "UBND TỈNH YÊN BÁI\nBAN DÂN TỘC\nSố: 41/TB-BDT\nYên Bái, ngày 10 tháng 8 năm 2015\n\nTHÔNG BÁO\n"
    "Kết luận của Trưởng Ban Dân tộc tỉnh tại Hội nghị giao ban\n\n"
)


def test_post_after_a_dash_on_the_next_line_before_a_semicolon() -> None:
    """A wrapped paragraph broken before the dash that sets a post apart, the post closed by a semicolon
    ("… đồng chí Hoàng Thị Mai⏎- Phó Trưởng ban; đồng chí …"): the post stays the person's."""
    from ketluan.graph.pipeline import parse_notice

    text = WRAPPED_HEAD + (
        "Ngày 05/8/2015, tại Hội trường Ban Dân tộc tỉnh, Ban Dân tộc tỉnh tổ chức Hội nghị\n"
        "giao ban công tác dân tộc 7 tháng đầu năm. Đồng chí Lường Văn Thắng - Trưởng Ban Dân\n"
        "tộc tỉnh chủ trì Hội nghị. Tham dự Hội nghị có: đồng chí Hoàng Thị Mai, đồng chí Nông Văn Tài\n"
        "- Phó Trưởng ban; đồng chí Sầm Văn Hải - Chánh Văn phòng Ban; đại diện Sở Tài chính,\n"
        "Sở Kế hoạch và Đầu tư; lãnh đạo Phòng Dân tộc các huyện trên địa bàn tỉnh.\n\n"
        "Sau khi nghe báo cáo kết quả thực hiện chính sách dân tộc 7 tháng đầu năm và ý kiến của\n"
        "các đại biểu, đồng chí Trưởng Ban Dân tộc tỉnh kết luận như sau:\n\n"
        "1. Văn phòng Ban tổng hợp, báo cáo kết quả thực hiện chính sách dân tộc 7 tháng đầu năm\n"
        "trên địa bàn tỉnh, trình Trưởng Ban trước ngày 20/8/2015.\n"
    )
    n = parse_notice(text, "tb.pdf")
    roles = {p.person: p.role for p in n.posts}
    assert roles.get("nông văn tài") == "Phó Trưởng ban"


def test_report_due_at_a_named_months_meeting_written_with_vao() -> None:
    """ "báo cáo … vào kỳ giao ban tháng 10/2022": due that month, as "tại cuộc họp giao ban tháng …" is; an event
    merely held "vào kỳ giao ban tháng …" and a report already made are no deadline."""
    from ketluan.ingest.dates import find_deadline

    d = find_deadline(
        "Văn phòng Điều phối tiếp tục đôn đốc; báo cáo Ban Chỉ đạo kết quả vào kỳ giao ban tháng 11/2023.",
        2023,
    )
    assert d is not None and d.value == "2023-11"
    d = find_deadline("Phòng Nội vụ trình UBND huyện vào phiên họp thường kỳ tháng 4/2024.", 2024)
    assert d is not None and d.value == "2024-04"
    assert find_deadline("Hội nghị sơ kết sẽ tổ chức vào kỳ giao ban tháng 11/2023.", 2023) is None
    assert find_deadline("Sở đã báo cáo vào phiên họp tháng 3/2024.", 2024) is None


def test_deadline_set_by_the_lunar_new_year_of_a_named_year() -> None:
    """ "trước Tết Nguyên đán <stem-branch> <year>": Tết's first day; a Tết named by its stem and branch alone is
    the one in or after the meeting's year; a Tết without a year, "Tết Dương lịch" and "trong dịp Tết" give none."""
    from ketluan.ingest.dates import find_deadline

    d = find_deadline("kiểm tra các cơ sở lưu trú; hoàn thành trước Tết Nguyên đán Ất Tỵ 2025.", 2024)
    assert d is not None and (d.value, d.datatype) == ("2025-01-29", "date")
    d = find_deadline("chi trả xong tiền hỗ trợ chậm nhất trước Tết Nguyên đán năm 2018;", 2017)
    assert d is not None and d.value == "2018-02-16"
    d = find_deadline("hoàn thành việc sửa chữa nhà cho hộ nghèo trước Tết Bính Ngọ.", 2025)
    assert d is not None and d.value == "2026-02-17"
    assert find_deadline("hoàn thành trước Tết Nguyên đán.", 2024) is None
    assert find_deadline("hoàn thành trước Tết Dương lịch 2025.", 2024) is None
    assert find_deadline("tăng cường kiểm tra trong dịp Tết Nguyên đán 2025.", 2024) is None
