"""Readers, round H: what the extractor is given from layouts unseen before.

- .docx, .html, .md: a row of a data table (a table of tasks, of attendees) keeps its cells on one line also
  where a cell holds several paragraphs; a cell's paragraphs are joined, by ", " between items (a paragraph
  left open before one opening with a capital: "Sở Tài chính" / "Sở Xây dựng"), else by a space. A layout
  table ("Nơi nhận" / signature) still gives one line per paragraph.
- an e-mail quoting a quoted notice ("> > …") is read without its quote marks.

Snippets written for these tests (officials invented; bodies and places real).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import CELL_SEPARATOR, read_notice, read_notice_bytes


def _names(notice, keys: list[str]) -> list[str]:
    return [notice.agencies[k].name if k in notice.agencies else notice.persons[k].name for k in keys]


def _tasks(notice) -> dict[tuple[str, ...], str | None]:
    return {tuple(sorted(_names(notice, d.assignees))): d.due and d.due.value for d in notice.directives}


def _due(notice, body: str) -> str | None:
    """The deadline of the task of ``body`` alone (its name as resolved may add the province)."""
    return next(due for names, due in _tasks(notice).items() if len(names) == 1 and names[0].startswith(body))


HEAD = [
    "UBND TỈNH NINH THUẬN",
    "SỞ XÂY DỰNG",
    "Số: 88/TB-SXD",
    "THÔNG BÁO",
    "Kết luận của Giám đốc Sở Xây dựng tại cuộc họp về quản lý chất lượng công trình",
    "Ngày 09/6/2022, tại Sở Xây dựng, ông Đặng Quốc Huy, Giám đốc Sở chủ trì cuộc họp.",
    "Giám đốc Sở kết luận và giao nhiệm vụ như sau:",
]
# a table of tasks whose cells hold several paragraphs, as typed in Word
ROWS = [
    [["TT"], ["Đơn vị thực hiện"], ["Nội dung nhiệm vụ"], ["Thời hạn"]],
    [
        ["1"],
        ["Trung tâm Kiểm định chất lượng xây dựng"],
        ["Kiểm tra công tác nghiệm thu các công trình giao thông nông thôn.", "Tổng hợp, báo cáo kết quả"],
        ["Quý III/2022"],
    ],
    [
        ["2"],
        ["Sở Tài chính", "Sở Kế hoạch và Đầu tư"],
        ["Tham mưu bố trí kinh phí kiểm định chất lượng công trình năm 2023"],
        ["Trước ngày", "30/9/2022"],
    ],
]


def _docx(path: Path) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in HEAD:
        document.add_paragraph(line)
    table = document.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for row, values in zip(table.rows, ROWS, strict=True):
        for cell, paragraphs in zip(row.cells, values, strict=True):
            cell.text = paragraphs[0]
            for p in paragraphs[1:]:
                cell.add_paragraph(p)
    sign = document.add_table(rows=1, cols=2)
    left, right = sign.rows[0].cells
    left.text = "Nơi nhận:"
    for p in ("- Như trên;", "- Lưu: VT."):
        left.add_paragraph(p)
    right.text = "GIÁM ĐỐC"
    for p in ("(Đã ký)", "Đặng Quốc Huy"):
        right.add_paragraph(p)
    document.save(path)
    return path


def _check_rows(text: str) -> None:
    lines = text.split("\n")
    row1 = next(line for line in lines if line.startswith("1" + CELL_SEPARATOR))
    assert row1.split(CELL_SEPARATOR) == [
        "1",
        "Trung tâm Kiểm định chất lượng xây dựng",
        "Kiểm tra công tác nghiệm thu các công trình giao thông nông thôn. Tổng hợp, báo cáo kết quả",
        "Quý III/2022",
    ]
    row2 = next(line for line in lines if line.startswith("2" + CELL_SEPARATOR))
    assert row2.split(CELL_SEPARATOR)[1] == "Sở Tài chính, Sở Kế hoạch và Đầu tư"  # two items
    assert row2.split(CELL_SEPARATOR)[3] == "Trước ngày 30/9/2022"  # one phrase


def test_docx_task_table_cells_with_several_paragraphs_stay_in_their_row(tmp_path: Path) -> None:
    text = read_notice(_docx(tmp_path / "tb.docx")).text
    _check_rows(text)
    lines = text.split("\n")
    # the signature table is a layout: a line for each paragraph
    assert "- Như trên;" in lines and "Đặng Quốc Huy" in lines
    notice = parse_notice(text, "tb.docx")
    tasks = _tasks(notice)
    assert _due(notice, "Trung tâm Kiểm định chất lượng xây dựng") == "2022-09-30"
    two = next(k for k in tasks if len(k) == 2)
    assert any(n.startswith("Sở Tài chính") for n in two) and any(n.startswith("Sở Kế hoạch") for n in two)
    assert tasks[two] == "2022-09-30"
    assert notice.signer is not None and notice.persons[notice.signer].name == "Đặng Quốc Huy"


def _html_cell(paragraphs: list[str], tag: str = "td") -> str:
    if len(paragraphs) == 1:
        return f"<{tag}>{paragraphs[0]}</{tag}>"
    return f"<{tag}>" + "".join(f"<p>{p}</p>" for p in paragraphs) + f"</{tag}>"


def test_html_task_table_cells_with_several_paragraphs_stay_in_their_row() -> None:
    rows = "".join("<tr>" + "".join(_html_cell(c) for c in row) + "</tr>" for row in ROWS)
    page = (
        "<html><body><article>"
        "<table><tr><td>UBND TỈNH NINH THUẬN<br>SỞ XÂY DỰNG</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>"
        "Độc lập - Tự do - Hạnh phúc</td></tr></table>"
        + "".join(f"<p>{line}</p>" for line in HEAD[2:])
        + f"<table>{rows}</table>"
        + "<table><tr><td><p>Nơi nhận:</p><p>- Như trên;</p></td><td><p>GIÁM ĐỐC</p><p>Đặng Quốc Huy</p></td></tr>"
        "</table></article></body></html>"
    )
    text = read_notice_bytes(page.encode(), "tb.html").text
    _check_rows(text)
    lines = text.split("\n")
    # a header table's lines are joined by a space, as before; the signature table stays a layout
    assert (
        lines[0]
        == f"UBND TỈNH NINH THUẬN SỞ XÂY DỰNG{CELL_SEPARATOR}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
    )
    assert "- Như trên;" in lines and "Đặng Quốc Huy" in lines


def test_markdown_task_table_cells_with_breaks_stay_in_their_row() -> None:
    rows = "\n".join("| " + " | ".join("<br>".join(c) for c in row) + " |" for row in ROWS)
    rule = "|---|---|---|---|"
    first, rest = rows.split("\n", 1)
    md = (
        "\n\n".join(HEAD)
        + f"\n\n{first}\n{rule}\n{rest}\n\n"
        + "| Nơi nhận:<br>- Như trên; | **GIÁM ĐỐC**<br>Đặng Quốc Huy |\n|:---|:---:|\n"
    )
    text = read_notice_bytes(md.encode(), "tb.md").text
    lines = text.split("\n")
    row1 = next(line for line in lines if line.startswith("| 1 |"))
    assert [c.strip() for c in row1.strip("| ").split("|")] == [
        "1",
        "Trung tâm Kiểm định chất lượng xây dựng",
        "Kiểm tra công tác nghiệm thu các công trình giao thông nông thôn. Tổng hợp, báo cáo kết quả",
        "Quý III/2022",
    ]
    assert "| 2 | Sở Tài chính, Sở Kế hoạch và Đầu tư |" in text
    assert "- Như trên;" in lines and "Đặng Quốc Huy" in lines  # a layout row still becomes lines
    notice = parse_notice(text, "tb.md")
    assert _due(notice, "Trung tâm Kiểm định chất lượng xây dựng") == "2022-09-30"


NOTICE = """UBND TỈNH LÂM ĐỒNG
SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Số: 55/TB-STNMT
Lâm Đồng, ngày 12 tháng 8 năm 2021

THÔNG BÁO
Kết luận của Phó Giám đốc Sở tại cuộc họp về quan trắc môi trường

Ngày 10/8/2021, tại Sở Tài nguyên và Môi trường, ông Đinh Văn Tuấn, Phó Giám đốc Sở chủ trì cuộc họp.

Phó Giám đốc Sở kết luận như sau:

1. Chi cục Bảo vệ môi trường rà soát, kiểm định các trạm quan trắc nước thải tự động, hoàn thành trước ngày 30/9/2021.
2. Văn phòng Sở tổng hợp, báo cáo kết quả trong tháng 10/2021.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Đinh Văn Tuấn
"""


def test_email_quoting_a_quoted_notice_is_read_as_the_notice() -> None:
    quoted = "\n".join(("> > " + line).rstrip() for line in NOTICE.split("\n"))
    mail = (
        "Gửi anh Hòa,\n\nEm chuyển tiếp thông báo kết luận để anh triển khai.\n\n"
        "Vào Th 6, 13 thg 8, 2021 lúc 10:02 Văn phòng <vanphong@lamdong.gov.vn> đã viết:\n"
        "> ---------- Forwarded message ---------\n"
        "> From: Văn thư Sở <vanthu@lamdong.gov.vn>\n"
        "> Date: Th 5, 12 thg 8, 2021\n"
        "> Subject: Thông báo kết luận\n>\n" + quoted + "\n"
    )
    text = read_notice_bytes(mail.encode(), "mail.txt").text
    assert not any(line.startswith(">") for line in text.split("\n")) and "> >" not in text
    notice = parse_notice(text, "mail.txt")
    plain = parse_notice(NOTICE, "tb.txt")
    assert notice.layout == plain.layout == "notice"
    assert notice.meeting.held_on == plain.meeting.held_on == "2021-08-10"
    assert _names(notice, notice.meeting.chairs) == ["Đinh Văn Tuấn"]
    assert _tasks(notice) == _tasks(plain)
    assert len(notice.directives) == 2
