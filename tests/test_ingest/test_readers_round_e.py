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
from ketluan.ingest.readers import CELL_SEPARATOR, read_notice


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
