"""Readers, round E: what a file's layout loses on the way to text, put back.

- .docx: an empty cell of a data table keeps its column ("| 3 | … | Phòng X | (empty) | Tháng 7/2019 |");
- .md: ``<br>`` inside pipe-table cells (pandoc) becomes lines, as the .docx reader writes such cells;
- .html: a "header" class inside the article (the notice's own header table) is kept; the story's lead
  paragraph (``<p class="sapo">``) printed beside the content block is kept;
- text: a table copied one cell per line is rebuilt into pipe rows; a PDF's page number between two halves
  of a sentence is removed.

Snippets written for these tests (officials invented; bodies and places real).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.layout_repair import drop_page_numbers, rebuild_flattened_tables
from ketluan.ingest.readers import CELL_SEPARATOR, read_notice, read_notice_bytes, strip_markdown


def _names(notice, keys: list[str]) -> list[str]:
    return [notice.agencies[k].name if k in notice.agencies else notice.persons[k].name for k in keys]


def _due_of(notice, name: str) -> str | None:
    for d in notice.directives:
        if any(n == name or n.startswith(name + " tỉnh") for n in _names(notice, d.assignees)):
            return d.due.value if d.due else None
    raise AssertionError(
        f"no directive for {name}: {[_names(notice, d.assignees) for d in notice.directives]}"
    )


# --------------------------------------------------------------------------- .docx: empty cells

TASKS = [
    ("TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"),
    ("1", "Kiểm định cột đo xăng dầu tại các cửa hàng trên Quốc lộ 6", "Chi cục Tiêu chuẩn Đo lường Chất lượng",
     "Thanh tra Sở", "Quý III/2019"),
    ("2", "Rà soát danh mục thiết bị đo của các phòng thí nghiệm", "Phòng Quản lý công nghệ", "",
     "Tháng 8/2019"),
]  # fmt: skip


def _tasks_docx(path: Path) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    header = document.add_table(rows=1, cols=3)
    left, spacer, right = header.rows[0].cells
    left.text, spacer.text, right.text = "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "", "Độc lập - Tự do - Hạnh phúc"
    for line in (
        "Số: 41/TB-SKHCN",
        "THÔNG BÁO",
        "Kết luận của Giám đốc Sở Khoa học và Công nghệ tỉnh Sơn La tại cuộc họp giao ban tháng 7/2019",
        "Ngày 22/7/2019, ông Lò Văn Thắng, Giám đốc Sở chủ trì cuộc họp giao ban tháng 7/2019.",
        "Giám đốc Sở kết luận và giao nhiệm vụ như sau:",
    ):
        document.add_paragraph(line)
    table = document.add_table(rows=len(TASKS), cols=len(TASKS[0]))
    for row, values in zip(table.rows, TASKS, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_paragraph("Sở Khoa học và Công nghệ thông báo để các đơn vị biết, thực hiện./.")
    document.save(path)
    return path


def test_docx_empty_cell_of_a_task_table_keeps_its_column(tmp_path: Path) -> None:
    text = read_notice(_tasks_docx(tmp_path / "tb.docx")).text
    row = next(line for line in text.split("\n") if line.startswith("2" + CELL_SEPARATOR))
    assert row.split(CELL_SEPARATOR) == list(TASKS[2])  # the empty "phối hợp" cell stays in its place
    notice = parse_notice(text, "tb.docx")
    assert _due_of(notice, "Phòng Quản lý công nghệ") == "2019-08"  # not read as a supporting body
    assert _due_of(notice, "Chi cục Tiêu chuẩn Đo lường Chất lượng") == "2019-09-30"


def test_docx_layout_table_drops_its_empty_spacer_cell(tmp_path: Path) -> None:
    # a header table of one-line cells is no data table: its empty spacer column makes no extra cell
    text = read_notice(_tasks_docx(tmp_path / "tb.docx")).text
    assert text.split("\n")[0] == f"SỞ KHOA HỌC VÀ CÔNG NGHỆ{CELL_SEPARATOR}Độc lập - Tự do - Hạnh phúc"


# --------------------------------------------------------------------------- .md: <br> in cells

MARKDOWN = """| UBND TỈNH CÀ MAU<br>**SỞ Y TẾ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
|:---:|:---:|
| Số: 207/TB-SYT | *Cà Mau, ngày 14 tháng 5 năm 2018* |

# THÔNG BÁO

## Kết luận của Phó Giám đốc Sở Y tế tại cuộc họp về kiểm định thiết bị y tế

Ngày 10/5/2018, tại Phòng họp Sở Y tế, bà Quách Thị Diễm, Phó Giám đốc Sở chủ trì cuộc họp.

| TT | Nội dung công việc | Đơn vị thực hiện | Thời hạn |
|---|---|---|---|
| 1 | Kiểm định máy đo huyết áp, nhiệt kế y học tại các trạm y tế xã | Trung tâm Kiểm nghiệm | Trước ngày 30/6/2018 |

Sở Y tế thông báo để các đơn vị biết, thực hiện./.

| *Nơi nhận:*<br>- Giám đốc Sở (b/c);<br>- Các đơn vị trực thuộc;<br>- Lưu: VT, NVY. | **KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br><br>*(Đã ký)*<br><br>**Quách Thị Diễm** |
|:---|:---:|
"""


def test_markdown_layout_cells_with_breaks_become_lines() -> None:
    text = read_notice_bytes(MARKDOWN.encode(), "tb.md").text
    lines = text.split("\n")
    assert "<br>" not in text and "|:---" not in text
    assert lines[:4] == [
        "UBND TỈNH CÀ MAU",
        "SỞ Y TẾ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    tail = lines[lines.index("Nơi nhận:") :]
    assert tail == [
        "Nơi nhận:", "- Giám đốc Sở (b/c);", "- Các đơn vị trực thuộc;", "- Lưu: VT, NVY.",
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Quách Thị Diễm",
    ]  # fmt: skip
    # a row without breaks stays a row
    assert (
        "| 1 | Kiểm định máy đo huyết áp, nhiệt kế y học tại các trạm y tế xã | Trung tâm Kiểm nghiệm |"
        in text
    )


def test_markdown_signature_in_a_table_is_read() -> None:
    notice = parse_notice(read_notice_bytes(MARKDOWN.encode(), "tb.md").text, "tb.md")
    assert _names(notice, [notice.signer]) == ["Quách Thị Diễm"]


def test_markdown_breaks_one_line_per_cell_and_outside_tables() -> None:
    text, count = strip_markdown("| Số: 12/TB-UBND<br> | Bạc Liêu, ngày 3/4/2019 |\nDòng một<br/>dòng hai")
    assert text == "| Số: 12/TB-UBND | Bạc Liêu, ngày 3/4/2019 |\nDòng một\ndòng hai"
    assert count == 2
    quoted = "header as a table with `<br>`, `#` headings"  # a code span shows the tag, it is no break
    assert strip_markdown(quoted)[0] == quoted


# --------------------------------------------------------------------------- .html

HTML_HEADER = """<html><head><meta charset="utf-8"><title>Sở Y tế Hà Giang</title></head><body>
<div class="header"><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ SỞ Y TẾ HÀ GIANG</div>
<ul class="menu"><li>Trang chủ</li><li>Giới thiệu</li></ul></div>
<div class="news-detail"><h1 class="title">Thông báo kết luận giao ban tháng 9</h1>
<div class="content">
<table class="header"><tr><td><b>UBND TỈNH HÀ GIANG<br>SỞ Y TẾ</b></td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></td></tr>
<tr><td>Số: 388/TB-SYT</td><td><i>Hà Giang, ngày 05 tháng 10 năm 2015</i></td></tr></table>
<p><b>THÔNG BÁO</b><br><b>Kết luận của Giám đốc Sở Y tế tại cuộc họp giao ban tháng 9 năm 2015</b></p>
<p>Ngày 02/10/2015, tại Hội trường Sở Y tế, ông Hoàng Văn Lực, Giám đốc Sở chủ trì cuộc họp giao ban.
Tham dự có lãnh đạo các phòng chức năng và thủ trưởng các đơn vị trực thuộc Sở.</p>
<p>Giao Trung tâm Kiểm nghiệm lấy mẫu thuốc lưu hành trên thị trường để kiểm tra chất lượng, báo cáo
Giám đốc Sở trước ngày 30/10/2015. Giao Phòng Nghiệp vụ Y tổng hợp danh sách thiết bị đo dùng trong
khám, chữa bệnh đã quá hạn kiểm định, đề xuất phương án kiểm định trong quý IV/2015.</p>
<table class="sign"><tr><td>Nơi nhận:<br>- Như trên;<br>- Lưu: VT.</td>
<td>GIÁM ĐỐC<br><br>Hoàng Văn Lực</td></tr></table>
</div></div>
<div class="footer">Bản quyền thuộc Sở Y tế tỉnh Hà Giang. Địa chỉ: số 338 đường Nguyễn Trãi.</div>
</body></html>"""


def test_html_header_class_inside_the_article_is_the_notices_header() -> None:
    text = read_notice_bytes(HTML_HEADER.encode(), "tb.html").text
    assert "Số: 388/TB-SYT" in text and "UBND TỈNH HÀ GIANG" in text
    # the page's own header and footer (chrome outside the article) still go
    assert "CỔNG THÔNG TIN ĐIỆN TỬ" not in text and "Trang chủ" not in text and "Bản quyền" not in text
    notice = parse_notice(text, "tb.html")
    assert notice.issued_on == "2015-10-05"
    assert _names(notice, [notice.issuer])[0].startswith("Sở Y tế")


def test_html_empty_cell_of_a_data_table_keeps_its_column() -> None:
    page = """<html><body><div class="content">
<table><tr><td>UBND TỈNH LAI CHÂU<br>SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH</td><td></td>
<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr></table>
<p>Thành phần tham dự:</p>
<table>
<tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th><th>Đơn vị</th></tr>
<tr><td>1</td><td>Ông Tẩn Văn Páo</td><td>Trưởng phòng</td><td>Phòng Quản lý văn hóa</td></tr>
<tr><td>2</td><td>Bà Lò Thị Hoa</td><td></td><td>Trung tâm Văn hóa tỉnh</td></tr>
</table></div></body></html>"""
    lines = read_notice_bytes(page.encode(), "tb.html").text.split("\n")
    sep = CELL_SEPARATOR
    assert f"2{sep}Bà Lò Thị Hoa{sep}{sep}Trung tâm Văn hóa tỉnh" in lines  # not read as her post
    # a layout table's empty spacer cell makes no cell
    assert (
        f"UBND TỈNH LAI CHÂU SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH{sep}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines
    )


HTML_SAPO = """<html><head><meta charset="utf-8"><title>Báo Hà Tĩnh</title></head><body>
<nav class="main-nav"><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a></nav>
<main><article class="detail">
<h1 class="detail-title">Phó Chủ tịch UBND tỉnh kiểm tra công tác phòng, chống hạn hán tại Hương Khê</h1>
<div class="detail-meta"><span class="date">Thứ Sáu, 12/6/2020 | 17:40</span></div>
<h2 class="detail-sapo">(HTO) - Sáng 11/6, ông Lê Ngọc Châu - Phó Chủ tịch UBND tỉnh dẫn đầu đoàn công tác
kiểm tra công tác phòng, chống hạn hán tại huyện Hương Khê.</h2>
<div class="detail-content">
<p>Cùng đi với đoàn có ông Nguyễn Văn Việt - Giám đốc Sở Nông nghiệp và Phát triển nông thôn; đại diện
lãnh đạo Sở Tài chính, Công ty TNHH MTV Thủy lợi Nam Hà Tĩnh.</p>
<p>Theo báo cáo của UBND huyện Hương Khê, nắng nóng kéo dài làm 1.200 ha lúa hè thu thiếu nước tưới;
nhiều hồ chứa xuống dưới mực nước chết, một số trạm bơm phải dừng hoạt động.</p>
<p>Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Lê Ngọc Châu đề nghị Sở Nông nghiệp và Phát triển nông
thôn chỉ đạo Công ty TNHH MTV Thủy lợi Nam Hà Tĩnh điều tiết nước hợp lý, ưu tiên nước sinh hoạt cho
người dân; UBND huyện Hương Khê rà soát diện tích không đủ nước tưới, chuyển đổi sang cây trồng cạn.</p>
<p class="author">Bài, ảnh: THU PHƯƠNG</p>
</div></article></main>
<aside class="related"><div class="description">Tin cùng chuyên mục: các bài viết khác về thời sự.</div></aside>
</body></html>"""


def test_html_sapo_beside_the_content_block_is_kept() -> None:
    text = read_notice_bytes(HTML_SAPO.encode(), "tin.html").text
    sapo = "Sáng 11/6, ông Lê Ngọc Châu - Phó Chủ tịch UBND tỉnh dẫn đầu đoàn công tác"
    assert text.count(sapo) == 1
    assert text.index("Thứ Sáu, 12/6/2020") < text.index(sapo) < text.index("Cùng đi với đoàn")
    assert "Tin cùng chuyên mục" not in text  # a "description" outside the story is not its lead
    notice = parse_notice(text, "tin.html")
    assert notice.meeting.held_on == "2020-06-11"  # the lead's day, not the page's


def test_html_sapo_inside_the_content_block_is_not_repeated() -> None:
    inside = HTML_SAPO.replace('<div class="detail-content">\n', "").replace(
        '<h2 class="detail-sapo">', '<div class="detail-content">\n<h2 class="detail-sapo">'
    )
    text = read_notice_bytes(inside.encode(), "tin.html").text
    assert text.count("Sáng 11/6, ông Lê Ngọc Châu") == 1


# --------------------------------------------------------------------------- text: one cell per line

ANNEX = """PHỤ LỤC
DANH MỤC NHIỆM VỤ
(Kèm theo Thông báo số 95/TB-SCT ngày 20/3/2023 của Sở Công Thương)
STT
Nội dung công việc
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
1
Kiểm tra đo lường đối với cân tại các chợ đầu mối
Chi cục Quản lý thị trường
Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng
Quý II/2023
2
Tổng hợp tình hình cung ứng xăng dầu trên địa bàn
Phòng Quản lý thương mại

30/4/2023
3
Xây dựng kế hoạch khuyến công năm 2024
Trung tâm Khuyến công
Phòng Kế hoạch - Tài chính
Tháng 9/2023

Nơi nhận:
- Lưu: VT."""


def test_table_one_cell_per_line_becomes_rows() -> None:
    text, tables = rebuild_flattened_tables(ANNEX)
    assert tables == 1
    lines = text.split("\n")
    assert (
        lines[3] == "| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |"
    )
    assert (
        lines[5]
        == "| 2 | Tổng hợp tình hình cung ứng xăng dầu trên địa bàn | Phòng Quản lý thương mại |  | 30/4/2023 |"
    )
    assert lines[6].startswith("| 3 | Xây dựng kế hoạch khuyến công") and lines[6].endswith(
        "| Tháng 9/2023 |"
    )
    assert lines[7:] == ["", "Nơi nhận:", "- Lưu: VT."]


NOTICE_WITH_ANNEX = """UBND TỈNH NGHỆ AN
SỞ CÔNG THƯƠNG
Số: 95/TB-SCT
Nghệ An, ngày 20 tháng 3 năm 2023

THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 3 năm 2023

Ngày 17/3/2023, ông Phạm Văn Hóa, Giám đốc Sở chủ trì cuộc họp giao ban tháng 3 năm 2023.
Giám đốc Sở kết luận:
1. Các phòng, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo Thông báo này.

Sở Công Thương thông báo để các phòng, đơn vị biết, thực hiện./.

GIÁM ĐỐC
Phạm Văn Hóa

""" + ANNEX.rsplit("\n\nNơi nhận:", 1)[0]


def test_notice_reads_the_tasks_of_a_table_written_one_cell_per_line() -> None:
    source = read_notice_bytes(NOTICE_WITH_ANNEX.encode(), "tb.txt")
    assert any("one cell per line" in n for n in source.notes)
    notice = parse_notice(source.text, "tb.txt")
    assert _due_of(notice, "Phòng Quản lý thương mại") == "2023-04-30"
    assert _due_of(notice, "Trung tâm Khuyến công") == "2023-09"


def test_table_rebuild_is_conservative() -> None:
    # no running-number heading: a list of words, not a table
    words = "Nội dung\nĐơn vị chủ trì\nThời hạn\n1\nGiao ban\nSở Y tế\n30/6"
    assert rebuild_flattened_tables(words) == (words, 0)
    # headings the extractor does not know (a price list) stay as written
    prices = "STT\nMặt hàng\nĐơn giá\nSố lượng\n1\nXăng RON 95\n23.000\n10"
    assert rebuild_flattened_tables(prices) == (prices, 0)
    # rows are numbered from 1; a heading run followed by prose stays as written
    prose = "TT\nNội dung\nĐơn vị chủ trì\nThời hạn\nGiao Sở Y tế báo cáo."
    assert rebuild_flattened_tables(prose) == (prose, 0)


def test_table_rebuild_stops_at_a_row_that_does_not_fit() -> None:
    # row 2's task is wrapped over two lines: where its cells go is not known, so it stays as written
    wrapped = ANNEX.replace(
        "Tổng hợp tình hình cung ứng xăng dầu trên địa bàn",
        "Tổng hợp tình hình cung ứng xăng dầu\ntrên địa bàn",
    )
    text, tables = rebuild_flattened_tables(wrapped)
    assert tables == 1
    lines = text.split("\n")
    assert lines[4].startswith("| 1 | Kiểm tra đo lường đối với cân") and lines[4].endswith("| Quý II/2023 |")
    assert lines[5:8] == ["2", "Tổng hợp tình hình cung ứng xăng dầu", "trên địa bàn"]


# --------------------------------------------------------------------------- text: page numbers


@pytest.mark.parametrize("number", ["2", "- 2 -", "– 2 –", "Trang 2/3", "trang 2", "2/3"])
def test_page_number_inside_a_sentence_is_dropped(number: str) -> None:
    text = f"Giao đồng chí Vi Văn Sơn, Phó Giám đốc Sở chỉ đạo\n{number}\nviệc rà soát hồ sơ cấp phép."
    assert drop_page_numbers(text) == (
        "Giao đồng chí Vi Văn Sơn, Phó Giám đốc Sở chỉ đạo\nviệc rà soát hồ sơ cấp phép.",
        1,
    )


def test_page_number_with_a_page_rule_and_blank_lines() -> None:
    text = "trạm y tế xã, nhiều phương tiện đo dùng trong\n\n3\n-----------\nkhám, chữa bệnh đã quá hạn."
    assert (
        drop_page_numbers(text)[0]
        == "trạm y tế xã, nhiều phương tiện đo dùng trong\n\n-----------\nkhám, chữa bệnh đã quá hạn."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Sở Y tế thông báo để các đơn vị biết, thực hiện./.\n2\nnơi nhận",  # the sentence ended
        "Phòng Kế hoạch - Tài chính\n2\nTrung tâm Kiểm nghiệm",  # the next line opens its own line
        "Số lượng phương tiện đo\n12\n35\n",  # numbers of a column
        "Đoàn kiểm tra làm việc tại\n15/10\nvới Sở Y tế",  # a day of the month, no page of a document
    ],
)
def test_page_number_rule_leaves_other_lines(text: str) -> None:
    assert drop_page_numbers(text) == (text, 0)


def test_read_notice_drops_page_numbers_of_a_pdfs_text() -> None:
    body = (
        "Giao Phòng Nghiệp vụ Dược tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Ban Chỉ huy Phòng\n"
        "2\n"
        "thủ dân sự tỉnh trước ngày 20/9/2019.\n"
    )
    source = read_notice_bytes(body.encode(), "tb_pdf.txt")
    assert source.text == body.replace("\n2\n", "\n").rstrip()
    assert any("page numbers" in n for n in source.notes)
    # .docx and .html never hold a PDF's page numbers; .md and .pdf text may
    assert read_notice_bytes(body.encode(), "tb.md").text == source.text


def test_a_post_with_hashtags_of_joined_syllables_is_not_garbled(tmp_path):
    """Hashtags run syllables together ("#HộPhòng"): two tones in one 'word', but a capital starts each."""
    from ketluan.ingest.readers import read_notice

    post = tmp_path / "post.txt"
    post.write_text(
        "UBND PHƯỜNG 1 - THỊ XÃ GIÁ RAI\n"
        "📢 Sáng 28/10/2019, UBND phường tổ chức giao ban tháng 10. Ông Lý Văn Hòa, Chủ tịch UBND phường chủ "
        "trì.\n✅ Giao Công an phường kiểm tra các điểm kinh doanh xăng dầu trước ngày 15/11/2019.\n"
        "#GiáRai #BạcLiêu #HộPhòng #ChuyểnĐổiSố #CảiCáchHànhChính #ĐôThịVănMinh\n",
        encoding="utf-8",
    )
    assert "#ChuyểnĐổiSố" in str(
        read_notice(post).text if hasattr(read_notice(post), "text") else read_notice(post)
    )
