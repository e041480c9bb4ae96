"""Round S (blind sets on city order, forests and fisheries, metrology): reading and layout rules."""

from __future__ import annotations


def _laid(rows: list[tuple[str, str, str, str, str]], widths: tuple[int, ...] = (7, 44, 26, 25)) -> str:
    """A table as pypdf lays out a page by position: each cell's lines at its column."""
    out = []
    for row in rows:
        line = ""
        for cell, width in zip(row, (*widths, 0), strict=True):
            line += cell.ljust(width) if width else cell
        out.append(line.rstrip())
    return "\n".join(out)


# a task table whose cells are centred in height: a row's running number on its middle line, the rows apart by
# a blank line, and the lead cell of rows 2-4 merged (its name written once, in row 3)
CENTRED = [
    (" STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"),
    ("", "", "", "", ""),
    ("", "Rà soát, lập danh sách cơ sở kinh doanh", "Chi cục Quản lý thị", "UBND các huyện", "Trước"),
    (" 1", "xăng dầu trên địa bàn tỉnh", "trường", "", "30/9/2021"),
    ("", "", "", "", ""),
    ("", "Kiểm tra đo lường cột đo xăng dầu tại", "", "Công an tỉnh", "Tháng"),
    (" 2", "các cửa hàng bán lẻ", "", "", "10/2021"),
    ("", "", "", "", ""),
    ("", "Kiểm định, hiệu chuẩn chuẩn đo lường", "Chi cục Tiêu chuẩn", "", ""),
    (" 3", "dùng cho cột đo xăng dầu", "Đo lường Chất lượng", "", "Quý IV/2021"),
    ("", "", "", "", ""),
    ("", "Tập huấn quy định đo lường cho các", "", "Hiệp hội Xăng dầu", "Tháng"),
    (" 4", "doanh nghiệp kinh doanh xăng dầu", "", "", "11/2021"),
    ("", "", "", "", ""),
    (" 5", "Tổng hợp, báo cáo kết quả", "Văn phòng Sở", "Các đơn vị", "15/12/2021"),
    ("", "", "", "", ""),
]


def test_pdf_task_table_centred_rows_and_merged_lead() -> None:
    from ketluan.ingest.readers import pdf_layout_text

    text = pdf_layout_text(
        _laid(CENTRED) + "\n\n4. Giao Văn phòng Sở theo dõi, đôn đốc các đơn vị thực hiện nội dung trên."
    )
    lines = text.split("\n")
    rows = [line.split("\t") for line in lines if "\t" in line]
    assert [r[0] for r in rows] == ["STT", "1", "2", "3", "4", "5"]
    assert rows[1][1] == "Rà soát, lập danh sách cơ sở kinh doanh xăng dầu trên địa bàn tỉnh"
    assert rows[1][2] == "Chi cục Quản lý thị trường" and rows[1][4] == "Trước 30/9/2021"
    # the merged lead cell applies to each row it covers
    assert [r[2] for r in rows[2:5]] == ["Chi cục Tiêu chuẩn Đo lường Chất lượng"] * 3
    assert rows[2][3] == "Công an tỉnh" and rows[2][4] == "Tháng 10/2021"
    assert rows[5] == ["5", "Tổng hợp, báo cáo kết quả", "Văn phòng Sở", "Các đơn vị", "15/12/2021"]
    # the paragraph after the table stays a paragraph
    assert lines[-1].startswith("4. Giao Văn phòng Sở")


def test_pdf_task_table_a_block_without_number_ends_the_table() -> None:
    from ketluan.ingest.readers import pdf_layout_text

    rows = [
        (" TT", "Nội dung", "Đơn vị thực hiện", "Phối hợp", "Thời hạn"),
        ("", "", "", "", ""),
        (" 1", "Kiểm tra cân tại chợ", "Chi cục TĐC", "UBND thành phố", "Tháng 3"),
        ("", "", "", "", ""),
        (" 2", "Kiểm tra xăng dầu", "Thanh tra Sở", "Công an tỉnh", "Tháng 4"),
        ("", "", "", "", ""),
        ("Nơi nhận:", "", "", "KT. GIÁM ĐỐC", ""),
        ("- Như trên;", "", "", "PHÓ GIÁM ĐỐC", ""),
    ]
    lines = pdf_layout_text(_laid(rows, (12, 39, 26, 25))).split("\n")
    assert lines[:3] == [
        "TT\tNội dung\tĐơn vị thực hiện\tPhối hợp\tThời hạn",
        "1\tKiểm tra cân tại chợ\tChi cục TĐC\tUBND thành phố\tTháng 3",
        "2\tKiểm tra xăng dầu\tThanh tra Sở\tCông an tỉnh\tTháng 4",
    ]
    assert "\t" not in "".join(lines[3:]) and lines[3].startswith("Nơi nhận:")


def test_pdf_task_table_rows_read_as_tasks() -> None:
    from ketluan.graph.pipeline import parse_notice
    from ketluan.ingest.readers import pdf_layout_text

    head = (
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 12/TB-SKHCN    Bình Phước, ngày 20 tháng 8 năm 2021\n"
        "THÔNG BÁO\nKết luận của Giám đốc Sở tại cuộc họp về đo lường xăng dầu\n"
        "Ngày 18/8/2021, ông Trần Văn Bình - Giám đốc Sở chủ trì cuộc họp. Giám đốc Sở kết luận:\n"
        "1. Giao các đơn vị thực hiện các nhiệm vụ sau:\n"
    )
    n = parse_notice(head + pdf_layout_text(_laid(CENTRED)), "tb.pdf")
    assert len(n.directives) == 5, [d.text for d in n.directives]
    leads = [d.assignees[0] if d.assignees else "" for d in n.directives]
    assert leads[0].startswith("chi cục quản lý thị trường") and leads[4].startswith("văn phòng sở")
    assert all(lead.startswith("chi cục tiêu chuẩn đo lường chất lượng") for lead in leads[1:4]), leads
    assert [d.due.value if d.due else None for d in n.directives][:2] == ["2021-09-30", "2021-10"]


# ---------------------------------------------------------------- page furniture: footers, running headers, stamps

WEB_COPY = """Sở Tài nguyên và Môi trường tỉnh Bến Tre - Văn bản chỉ đạo, điều hành
Trang chủ > Văn bản > Thông báo
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 5/2019
Giám đốc Sở kết luận:
1. Chi cục Bảo vệ môi trường:
- Kiểm tra các cơ sở xả thải ra sông Hàm Luông, hoàn thành trong tháng 6/2019.
- Tổng hợp kết quả quan trắc nước mặt quý II, báo cáo Sở trước ngày 15/7/2019.

-- Trang 1/2 --
Sở Tài nguyên và Môi trường tỉnh Bến Tre - Văn bản chỉ đạo, điều hành

2. Văn phòng Đăng ký đất đai rà soát hồ sơ tồn đọng, báo cáo trước ngày 30/6/2019.
"""


def test_page_footer_between_dashes_and_the_repeated_running_header_go() -> None:
    from ketluan.ingest.layout_repair import drop_page_numbers

    text, pages = drop_page_numbers(WEB_COPY)
    assert pages == 1
    assert "Trang 1/2" not in text
    # the header stays where the page opens, and goes where it repeats under the footer
    assert text.count("Văn bản chỉ đạo, điều hành") == 1 and text.startswith("Sở Tài nguyên")
    assert "ngày 15/7/2019.\n2. Văn phòng" in text.replace("\n\n", "\n")
    # other converters' marks: "— 2 —", "- Trang 2 -"
    for mark in ("— 2 —", "- Trang 2 -", "--Trang 2/3--"):
        assert mark not in drop_page_numbers(WEB_COPY.replace("-- Trang 1/2 --", mark))[0]


def test_page_furniture_is_no_task() -> None:
    from ketluan.graph.pipeline import parse_notice
    from ketluan.ingest.layout_repair import repair_layout

    text, _ = repair_layout(WEB_COPY, "txt")
    n = parse_notice(text, "tb.txt")
    assert len(n.directives) == 3, [d.text for d in n.directives]
    assert not any("Trang" in d.text or "Văn bản chỉ đạo" in d.text for d in n.directives)


def test_scanner_stamp_goes() -> None:
    from ketluan.ingest.layout_repair import drop_scanner_stamps, repair_layout

    text = (
        "1. Phòng Kinh tế rà soát các điểm ngập úng;\n- Theo dõi việc thu gom rác thải sinh hoạt.\n"
        "Scanned with CamScanner\n2. Công an phường tăng cường tuần tra.\n  SCANNED  BY CAMSCANNER  \n"
    )
    out, count = drop_scanner_stamps(text)
    assert count == 2 and "CamScanner" not in out and "CAMSCANNER" not in out
    assert "sinh hoạt.\n2. Công an" in out
    # in a pdf's text too, and a sentence about a scanner stays
    kept = "Trang bị máy scan cho bộ phận một cửa, scanned with CamScanner trên điện thoại."
    assert repair_layout(kept, "pdf")[0] == kept


# ---------------------------------------------------------------- a record's signatures in a markdown table

RECORD_MD = """**HẠT KIỂM LÂM HUYỆN ĐẮK GLONG**

**BIÊN BẢN HỌP**

Về công tác bảo vệ rừng mùa khô năm 2017

Hôm nay, vào lúc 8 giờ 00 ngày 14/02/2017, tại Hạt Kiểm lâm huyện Đắk Glong, chủ trì: ông Lê Văn Dũng, Phó Hạt trưởng.

### KẾT LUẬN

1. **Trạm Kiểm lâm Quảng Sơn** tổ chức tuần tra rừng 02 lần/tuần trong mùa khô.

Biên bản kết thúc lúc 10 giờ 30 cùng ngày.

| THƯ KÝ | ĐẠI DIỆN BAN QUẢN LÝ RỪNG PHÒNG HỘ ĐẮK R'MĂNG | CHỦ TRÌ<br>PHÓ HẠT TRƯỞNG |
|---|---|---|
| *(đã ký)* | *(đã ký)* | *(đã ký)* |
| **Nguyễn Thị Hoa** | **Phạm Văn Tâm** | **Lê Văn Dũng** |
"""


def test_record_signature_table_with_a_long_body_name_gives_the_chair() -> None:
    from ketluan.graph.pipeline import parse_notice
    from ketluan.ingest.readers import read_notice_bytes

    text = read_notice_bytes(RECORD_MD.encode(), "bb.md").text
    assert parse_notice(text, "bb.md").signer == "lê văn dũng"
    # the chair's column wherever it stands
    swapped = RECORD_MD.replace(
        "| THƯ KÝ | ĐẠI DIỆN BAN QUẢN LÝ RỪNG PHÒNG HỘ ĐẮK R'MĂNG | CHỦ TRÌ<br>PHÓ HẠT TRƯỞNG |",
        "| CHỦ TRÌ<br>PHÓ HẠT TRƯỞNG | ĐẠI DIỆN BAN QUẢN LÝ RỪNG PHÒNG HỘ ĐẮK R'MĂNG | THƯ KÝ |",
    ).replace(
        "| **Nguyễn Thị Hoa** | **Phạm Văn Tâm** | **Lê Văn Dũng** |",
        "| **Lê Văn Dũng** | **Phạm Văn Tâm** | **Nguyễn Thị Hoa** |",
    )
    text = read_notice_bytes(swapped.encode(), "bb.md").text
    assert parse_notice(text, "bb.md").signer == "lê văn dũng"
