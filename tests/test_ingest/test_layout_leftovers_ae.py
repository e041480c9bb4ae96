"""Round AE's leftovers on reading: a PDF task table whose headings are centred over their columns."""

from __future__ import annotations

# A task table as pypdf lays out a Word table exported to PDF: the headings centred over their columns (so a
# task's text starts nearer the "STT" than its own heading), two headings wrapped ("ST/T", "Đơn vị phối/hợp"),
# and the heading row repeated at the top of the next page.
LAID = """\
    2. Giao các sở, ngành, địa phương thực hiện các nhiệm vụ sau:

 ST          Nội dung công việc              Đơn vị chủ trì        Đơn vị phối          Thời gian
 T                                                                     hợp
1      Rà soát quy hoạch khu kinh tế cửa     Ban Quản lý Khu      Sở Xây dựng; UBND      Trước ngày
       khẩu, đề xuất điều chỉnh phạm vi      kinh tế tỉnh         huyện Văn Lãng         30/11/2023
2      Xây dựng phương án phân luồng xe      Sở Giao thông        Công an tỉnh           Tháng
       chở hàng hóa xuất khẩu                vận tải                                     10/2023

3      Kiểm tra, xử lý hoạt động vận         Công an tỉnh         Bộ Chỉ huy Bộ đội      Thường
       chuyển hàng lậu qua đường mòn                              Biên phòng tỉnh        xuyên
 ST          Nội dung công việc              Đơn vị chủ trì        Đơn vị phối          Thời gian
 T                                                                     hợp
4      Bố trí kinh phí duy tu đường          Sở Tài chính         Sở Kế hoạch và         Quý IV/2023
       tuần tra biên giới                                         Đầu tư

    3. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc các cơ quan thực hiện, báo cáo kết quả.
"""


def test_pdf_task_table_with_centred_headings_keeps_its_columns() -> None:
    from ketluan.ingest.readers import pdf_layout_text

    lines = pdf_layout_text(LAID).split("\n")
    rows = [line.split("\t") for line in lines if "\t" in line]
    assert rows[0] == ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
    assert [r[0] for r in rows[1:]] == ["1", "2", "3", "4"]
    assert rows[1] == [
        "1",
        "Rà soát quy hoạch khu kinh tế cửa khẩu, đề xuất điều chỉnh phạm vi",
        "Ban Quản lý Khu kinh tế tỉnh",
        "Sở Xây dựng; UBND huyện Văn Lãng",
        "Trước ngày 30/11/2023",
    ]
    assert rows[2][2] == "Sở Giao thông vận tải" and rows[2][4] == "Tháng 10/2023"
    # the heading row repeated on the next page is no part of row 3
    assert rows[3] == [
        "3",
        "Kiểm tra, xử lý hoạt động vận chuyển hàng lậu qua đường mòn",
        "Công an tỉnh",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
        "Thường xuyên",
    ]
    assert rows[4][1:3] == ["Bố trí kinh phí duy tu đường tuần tra biên giới", "Sở Tài chính"]
    assert lines[-1].startswith("3. Giao Văn phòng UBND tỉnh")


def test_pdf_task_table_with_centred_headings_reads_as_one_task_a_row() -> None:
    from ketluan.graph.pipeline import parse_notice
    from ketluan.ingest.readers import pdf_layout_text

    head = (
        "ỦY BAN NHÂN DÂN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LẠNG SƠN    Độc lập - Tự do - Hạnh phúc\n"
        "Số: 310/TB-UBND    Lạng Sơn, ngày 12 tháng 9 năm 2023\n"
        "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp về quản lý các cửa khẩu\n"
        "Ngày 08/9/2023, đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch UBND tỉnh kết"
        " luận như sau:\n1. Các cơ quan đã chủ động phối hợp bảo đảm thông quan hàng hóa.\n"
    )
    n = parse_notice(head + pdf_layout_text(LAID), "tb.pdf")
    leads = [d.assignees[0] for d in n.directives if d.assignees]
    assert leads[:4] == [
        "ban quản lý khu kinh tế tỉnh lạng sơn",
        "sở giao thông vận tải tỉnh lạng sơn",
        "công an tỉnh lạng sơn",
        "sở tài chính tỉnh lạng sơn",
    ], [d.text for d in n.directives]
    assert [d.due.value if d.due else None for d in n.directives][:2] == ["2023-11-30", "2023-10"]
