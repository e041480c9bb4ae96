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
