"""Round W (blind sets on health and food safety, public order and safety, construction and urban utilities):
reading, layout, tables, line joins and dates."""

from __future__ import annotations

from pathlib import Path

from notice_checks import absent_of, names_of, posts_of

from ketluan.ingest.records import Notice


def _parse_file(tmp_path: Path, name: str, text: str) -> Notice:
    from ketluan.graph.pipeline import parse_notice, read_notice

    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return parse_notice(read_notice(p).text, name)


MINUTES_HEAD = (
    "UBND TỈNH HẢI DƯƠNG                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "SỞ Y TẾ                                       Độc lập - Tự do - Hạnh phúc\n"
    "Số: 41/BB-SYT                           Hải Dương, ngày 14 tháng 8 năm 2024\n\n"
    "BIÊN BẢN HỌP\nVề việc phòng, chống dịch bệnh tay chân miệng\n\n"
    "I. THỜI GIAN, ĐỊA ĐIỂM\n- Thời gian: 08 giờ 00, ngày 13/8/2024.\n- Địa điểm: Phòng họp Sở Y tế.\n\n"
    "II. THÀNH PHẦN\n- Chủ trì: ông Vũ Văn Hùng - Phó Giám đốc Sở Y tế.\n- Thành viên tham dự:\n\n"
)


def test_pipe_table_with_the_name_and_post_in_one_column(tmp_path: Path) -> None:
    """ "STT | Đơn vị | Họ tên / chức vụ": each row's name cell holds the person and their post ("Ông A -
    Trưởng phòng"); a row whose cell says "Vắng" names a body that did not come."""
    for head in ("Họ tên / chức vụ", "Họ và tên, chức vụ", "Họ tên/Chức danh"):
        text = MINUTES_HEAD + (
            f"| STT | Đơn vị                      | {head}                    |\n"
            "|-----|-----------------------------|-------------------------------------|\n"
            "| 1   | Phòng Nghiệp vụ Y           | Ông Trần Quang Minh - Trưởng phòng  |\n"
            "| 2   | UBND phường Tứ Minh         | Bà Đỗ Thị Hạnh - Phó Chủ tịch       |\n"
            "| 3   | UBND phường Ngọc Châu       | Vắng                                |\n\n"
            "III. KẾT LUẬN\nPhó Giám đốc Sở Y tế kết luận:\n"
            "1. Phòng Nghiệp vụ Y tổ chức tập huấn phác đồ điều trị trước ngày 30/8/2024.\n"
        )
        for suffix in ("txt", "md"):
            n = _parse_file(tmp_path, f"bb.{suffix}", text)
            names = set(names_of(n).values())
            assert {"Trần Quang Minh", "Đỗ Thị Hạnh"} <= names, (head, suffix)
            assert ("Trưởng phòng", "Phòng Nghiệp vụ Y") in posts_of(n, "Trần Quang Minh")
            assert any("Ngọc Châu" in a for a in absent_of(n)), (head, suffix)


def test_long_subtitle_under_a_type_alone_is_the_title() -> None:
    """ "BIÊN BẢN" alone, a blank line, then its subtitle on one long unpunctuated line ("Họp Hội đồng thẩm định
    đồ án … tỷ lệ 1/2000 …, thành phố …"), a blank line: the subtitle is the title's, and the body opens after
    it; a first paragraph that ends in a full stop stays the body's."""
    from ketluan.ingest.sections import parse_layout

    head = (
        "UBND TỈNH PHÚ YÊN\nHỘI ĐỒNG THẨM ĐỊNH QUY HOẠCH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 12/BB-HĐTĐ\tTuy Hòa, ngày 05 tháng 3 năm 2021\n\nBIÊN BẢN\n\n"
    )
    subtitle = (
        "Họp Hội đồng thẩm định đồ án Quy hoạch chi tiết tỷ lệ 1/500 Khu dân cư phía Tây đường Hùng Vương, "
        "phường 9, thành phố Tuy Hòa, tỉnh Phú Yên"
    )
    body = "Căn cứ Luật Quy hoạch đô thị ngày 17/6/2009;\n\nHôm nay, vào lúc 08 giờ 00 ngày 04/3/2021, Hội đồng họp.\n"
    text = head + subtitle + "\n\n" + body
    lay = parse_layout(text)
    assert lay.title is not None
    assert text[lay.title.start : lay.title.end].endswith("tỉnh Phú Yên")
    assert lay.body[0].text.startswith("Căn cứ")
    # prose under the type is the body's
    prose = (
        "Sáng nay Hội đồng thẩm định đồ án Quy hoạch chi tiết tỷ lệ 1/500 Khu dân cư phía Tây đường Hùng Vương "
        "đã họp. Các thành viên thống nhất thông qua đồ án."
    )
    lay = parse_layout(head + prose + "\n\n" + body)
    assert lay.title is not None
    assert (head + prose)[lay.title.start : lay.title.end] == "BIÊN BẢN"


def test_written_out_date_broken_over_a_line_is_one_date() -> None:
    """ "ngày 15⏎tháng 02 năm 2023", "ngày 12⏎tháng 11 năm 2018": a written-out date that a line break splits
    is read whole, as a deadline already was."""
    from ketluan.ingest.dates import find_dates

    for text, want in (
        ("Hôm nay, vào lúc 08 giờ 00 ngày 12\ntháng 11 năm 2018, tại Phòng họp tầng 3", "2018-11-12"),
        ("tổ chức Lễ giao nhận quân, hoàn thành trước ngày 15\ntháng 02 năm 2023.", "2023-02-15"),
        ("Ngày 03 tháng\n4 năm 2019, Sở Y tế tổ chức họp", "2019-04-03"),
    ):
        assert [d.iso_date for d in find_dates(text)] == [want], text


def test_period_naming_an_occasion_is_no_deadline() -> None:
    """ "trong đợt cao điểm cuối năm", "dịp cuối năm": un-cued, the period says when the occasion falls (the
    work goes on during it), not by when the task is done; cued ("hoàn thành trước cuối năm") it still is."""
    from ketluan.ingest.dates import find_deadline

    for text in (
        "Thanh tra Sở phối hợp tổ chức trạm kiểm tra tải trọng xe lưu động trong đợt cao điểm cuối năm.",
        "Công an xã tăng cường tuần tra, trấn áp trộm cắp tài sản dịp cuối năm.",
        "Đội Quản lý thị trường số 2 kiểm tra hàng hóa trong đợt cao điểm quý IV.",
    ):
        assert find_deadline(text, 2016) is None, text
    for text, want in (
        ("Sở Giao thông vận tải lắp đặt biển báo, hoàn thành trước cuối năm.", "2016-12-31"),
        ("Sở Y tế tổng kết đợt cao điểm, hoàn thành trong quý IV/2016.", "2016-12-31"),
        ("UBND huyện hoàn thành giải phóng mặt bằng cuối năm 2016.", "2016-12-31"),
    ):
        d = find_deadline(text, 2016)
        assert d is not None and d.value == want, text


def test_task_table_whose_first_column_is_a_place() -> None:
    """ "TT | Vị trí | Nguyên nhân | Đơn vị thực hiện | Thời gian": an acting-body column and a time column make a
    table of tasks whatever its first column names; the task is in the lead cell, or is the row's subject."""
    from ketluan.graph.pipeline import parse_notice

    text = (
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG NAM\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 210/TB-UBND\tQuảng Nam, ngày 10 tháng 6 năm 2019\nTHÔNG BÁO\n"
        "Kết luận của Phó Chủ tịch UBND tỉnh tại buổi kiểm tra các điểm đen tai nạn giao thông\n"
        "Ngày 05/6/2019, Phó Chủ tịch UBND tỉnh Trần Văn Tân đã kiểm tra các điểm đen tai nạn giao thông "
        "và kết luận như sau:\n"
        "1. Phân công xử lý các điểm đen như sau:\n"
        "TT\tVị trí\tNguyên nhân\tĐơn vị thực hiện\tThời gian\n"
        "1\tKm950+100 QL1, xã Tam Xuân\tNút giao thiếu đèn tín hiệu\tSở Giao thông vận tải chủ trì lắp đặt "
        "đèn tín hiệu\tTrước ngày 30/8/2019\n"
        "2\tKm12+300 ĐT.609, huyện Đại Lộc\tChợ tạm lấn chiếm lòng đường\tUBND huyện Đại Lộc\tQuý III/2019\n"
        "2. Giao Công an tỉnh tăng cường tuần tra, kiểm soát tại các điểm đen.\n"
    )
    n = parse_notice(text, "tb.docx")
    names = names_of(n)
    dues = {names.get(a, a): d.due.value if d.due else None for d in n.directives for a in d.assignees}
    assert dues.get("Sở Giao thông vận tải tỉnh Quảng Nam") == "2019-08-30"
    assert dues.get("Ủy ban nhân dân huyện Đại Lộc") == "2019-09-30"


def test_meeting_day_after_the_legal_bases_of_minutes(tmp_path: Path) -> None:
    """Minutes that cite the texts they rest on ("Căn cứ Luật …;", "Căn cứ Nghị định …;", "Căn cứ Quyết định …")
    before "Hôm nay, vào lúc 08 giờ 00 ngày …": the meeting's day is that paragraph's."""
    text = (
        "UBND TỈNH PHÚ YÊN\nHỘI ĐỒNG THẨM ĐỊNH QUY HOẠCH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n| Số: 12/BB-HĐTĐ | Tuy Hòa, ngày 05 tháng 3 năm 2021 |\n\nBIÊN BẢN\n\n"
        "Họp Hội đồng thẩm định đồ án Quy hoạch chi tiết tỷ lệ 1/500 Khu dân cư phía Tây đường Hùng Vương, "
        "phường 9, thành phố Tuy Hòa, tỉnh Phú Yên\n\n"
        "Căn cứ Luật Quy hoạch đô thị ngày 17/6/2009;\n\n"
        "Căn cứ Nghị định số 37/2010/NĐ-CP ngày 07/4/2010 của Chính phủ về lập, thẩm định quy hoạch đô thị;\n\n"
        "Căn cứ Quyết định số 88/QĐ-UBND ngày 20/01/2021 của UBND tỉnh về việc thành lập Hội đồng.\n\n"
        "Hôm nay, vào lúc 08 giờ 00 ngày 04/3/2021, tại Phòng họp Sở Xây dựng, Hội đồng thẩm định tổ chức họp.\n\n"
        "I. THÀNH PHẦN\n1. Ông Nguyễn Văn Hải – Giám đốc Sở Xây dựng – Chủ tịch Hội đồng.\n"
    )
    n = _parse_file(tmp_path, "bb.md", text)
    assert (n.meeting.held_on or "")[:10] == "2021-03-04"
