"""Round N's layouts: minutes whose tasks follow what the members agreed ("thống nhất các nội dung sau:"), a
minutes' signature table whose cells hold several lines, header names broken over two lines, wrapped lines of
a PDF, a deadline in brackets."""

from __future__ import annotations

import pytest

from ketluan.graph.pipeline import parse_notice, read_notice

MINUTES_HEAD = (
    "UBND HUYỆN ĐỒNG PHÚ\nHỘI ĐỒNG THẨM ĐỊNH GIÁ ĐẤT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n\nĐồng Phú, ngày 12 tháng 4 năm 2015\n\nBIÊN BẢN HỌP\n"
    "Hội đồng thẩm định giá đất dự án Khu dân cư Tân Lập\n\n"
    "Thời gian: 14 giờ 00, ngày 12/4/2015.\n\nĐịa điểm: Hội trường UBND huyện.\n\n"
    "I. THÀNH PHẦN\n\nChủ trì: Ông Nguyễn Văn Hải – Phó Chủ tịch UBND huyện.\n\n"
    "Thư ký: Bà Lê Thị Hoa – Chuyên viên Phòng Tài nguyên và Môi trường.\n\n"
    "II. NỘI DUNG\n\nPhòng Tài nguyên và Môi trường báo cáo kết quả khảo sát giá đất tại xã Tân Lập.\n\n"
)


@pytest.mark.parametrize(
    "leadin",
    [
        "Các thành viên Hội đồng thảo luận, thống nhất các nội dung sau:",
        "Sau khi thảo luận, Hội nghị thống nhất:",
        "Cuộc họp đã thống nhất một số nội dung sau:",
        "Các thành viên dự họp thống nhất những vấn đề sau:",
    ],
)
def test_minutes_tasks_follow_what_the_members_agreed(leadin):
    text = (
        MINUTES_HEAD + leadin + "\n\n"
        "1. Giao Phòng Tài chính – Kế hoạch chủ trì, phối hợp với UBND xã Tân Lập xây dựng giá đất cụ thể, "
        "trình UBND huyện trước ngày 30/5/2015.\n\n"
        "2. UBND xã Tân Lập niêm yết công khai phương án tại trụ sở UBND xã.\n\n"
        "Cuộc họp kết thúc lúc 16 giờ 30 cùng ngày./.\n"
    )
    n = parse_notice(text, "bb.txt")
    assignees = [a for d in n.directives for a in d.assignees]
    assert any("tài chính" in a for a in assignees)
    assert any("tân lập" in a for a in assignees)


SIGNATURE_TABLE = (
    "| THƯ KÝ | CHỦ TRÌ |\n|---|---|\n| *(đã ký)* | *(đã ký)* |\n"
    "| **{sec}** | **PHÓ CHỦ TỊCH UBND HUYỆN<br>CHỦ TỊCH HỘI ĐỒNG<br>{chair}** |\n"
)


@pytest.mark.parametrize(
    ("sec", "chair"), [("Trịnh Thị Ngọc", "Lê Văn Thịnh"), ("Phạm Minh Tuấn", "Hoàng Thị Thu Hà")]
)
def test_minutes_signed_in_a_table_of_several_line_cells_is_signed_by_the_chair(tmp_path, sec, chair):
    body = (
        "**UBND HUYỆN ĐỒNG PHÚ**\n**HỘI ĐỒNG THẨM ĐỊNH GIÁ ĐẤT**\n\n# BIÊN BẢN HỌP\n\n"
        "Thời gian: 14 giờ 00, ngày 12/4/2015.\n\n"
        "Cuộc họp thống nhất giao Phòng Tài nguyên và Môi trường hoàn thiện hồ sơ.\n\n"
        "Cuộc họp kết thúc lúc 16 giờ 30 cùng ngày./.\n\n" + SIGNATURE_TABLE.format(sec=sec, chair=chair)
    )
    p = tmp_path / "bb.md"
    p.write_text(body, encoding="utf-8")
    n = parse_notice(read_notice(p).text, "bb.md")
    assert n.signer is not None and n.persons[n.signer].name == chair


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI"], "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
        (["BAN CHỈ ĐẠO PHÒNG, CHỐNG", "DỊCH COVID-19"], "BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19"),
        (["SỞ NÔNG NGHIỆP", "VÀ PHÁT TRIỂN NÔNG THÔN"], "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"),
        (["HỘI ĐỒNG BỒI THƯỜNG, HỖ TRỢ", "VÀ TÁI ĐỊNH CƯ"], "HỘI ĐỒNG BỒI THƯỜNG, HỖ TRỢ VÀ TÁI ĐỊNH CƯ"),
    ],
)
def test_a_header_name_broken_over_two_lines_is_one_line(lines, joined):
    from ketluan.ingest.sections import parse_layout

    text = (
        "UBND TỈNH SÓC TRĂNG\n"
        + "\n".join(lines)
        + "\nSố: 98/TB-SLĐTBXH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSóc Trăng, ngày 08 tháng 10 năm 2019\n\nTHÔNG BÁO\n"
        "Kết luận của Giám đốc tại cuộc họp giao ban\n\nChiều ngày 07/10/2019, Giám đốc chủ trì cuộc họp.\n"
    )
    header = [ln.clean for ln in parse_layout(text).header]
    assert header == ["UBND TỈNH SÓC TRĂNG", joined]


def test_header_lines_naming_two_bodies_stay_apart():
    from ketluan.ingest.sections import parse_layout

    text = (
        "UBND TỈNH VĨNH LONG\nSỞ Y TẾ\n\nTHÔNG BÁO\nKết luận của Giám đốc Sở\n\n"
        "Sáng ngày 07/10/2019, Giám đốc chủ trì cuộc họp.\n"
    )
    assert [ln.clean for ln in parse_layout(text).header] == ["UBND TỈNH VĨNH LONG", "SỞ Y TẾ"]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            "Kho bạc Nhà nước tỉnh thanh toán kịp thời cho các dự án đến hết thời gian chỉnh lý quyết toán "
            "ngân sách (31/01/2013).",
            "2013-01-31",
        ),
        ("Sở Tài chính hoàn thành việc cấp phát vốn trước Tết Nguyên đán (ngày 08/02/2013).", "2013-02-08"),
        ("Các huyện nộp hồ sơ chậm nhất trước phiên họp thường kỳ của UBND tỉnh (15/01/2013).", "2013-01-15"),
    ],
)
def test_a_deadline_named_in_words_with_its_day_in_brackets(sentence, due):
    from ketluan.ingest.dates import find_deadline

    d = find_deadline(sentence, 2012)
    assert d is not None and d.value == due


@pytest.mark.parametrize(
    "sentence",
    [
        # the bracket cites a document or a figure: no deadline
        "Sở Tài chính báo cáo kết quả giải ngân vốn (31/01/2013).",
        "Ban Quản lý dự án đã bàn giao mặt bằng (ngày 15/12/2012) cho nhà thầu.",
    ],
)
def test_a_bracketed_day_without_a_cue_is_no_deadline(sentence):
    from ketluan.ingest.dates import find_deadline

    assert find_deadline(sentence, 2012) is None
