"""Reading the files of round AC's unseen notices: a PDF whose attendees are a ruled table with no running
numbers (name in one column, post in the next).

Each case is a variant written here, not a copy of a test notice. The bodies are real; the officials are
invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from notice_checks import absent_of, posts_of

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import read_notice

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

OPENING = (
    "Ngày 08 tháng 4 năm 2025, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Nguyễn Hoàng Giang chủ trì cuộc họp về"
    " tiến độ giải phóng mặt bằng dự án đường ven biển Dung Quất - Sa Huỳnh. Thành phần tham dự gồm:"
)
CLOSING = (
    "Sau khi nghe báo cáo và ý kiến của các đại biểu, Phó Chủ tịch UBND tỉnh kết luận như sau:",
    "1. Sở Xây dựng chủ trì, phối hợp UBND huyện Đức Phổ đẩy nhanh công tác kiểm đếm, hoàn thành trước"
    " ngày 30/5/2025.",
    "2. Sở Tài chính thẩm định phương án bồi thường, hỗ trợ, tái định cư trong tháng 5/2025.",
)


def _pdf(
    tmp_path: Path, heads: list[str], rows: list[list[str]], note: str | None, widths: list[float]
) -> Path:
    """A one-page notice typeset by reportlab, its attendees a ruled table under ``heads``, a note across the
    table's last row (``note``) when given."""
    pytest.importorskip("reportlab")
    if not FONT.exists():
        pytest.skip("no DejaVu font")
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DVac", str(FONT)))
    body = ParagraphStyle("b", fontName="DVac", fontSize=11, leading=15, alignment=4, firstLineIndent=28)
    cell = ParagraphStyle("c", fontName="DVac", fontSize=9.5, leading=12)
    centre = ParagraphStyle("t", parent=body, alignment=1, firstLineIndent=0)
    header = Table(
        [
            [
                Paragraph("ỦY BAN NHÂN DÂN<br/>TỈNH QUẢNG NGÃI<br/>Số: 215/TB-UBND", centre),
                Paragraph(
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập - Tự do - Hạnh phúc<br/>"
                    "Quảng Ngãi, ngày 10 tháng 4 năm 2025",
                    centre,
                ),
            ]
        ],
        colWidths=[6.5 * cm, 10 * cm],
    )
    story = [header, Spacer(1, 8), Paragraph("THÔNG BÁO", centre)]
    story.append(Paragraph("Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về giải phóng mặt bằng", centre))
    story.append(Paragraph(OPENING, body))
    grid = [heads, *rows] + ([[note] + [""] * (len(heads) - 1)] if note else [])
    table = Table([[Paragraph(c, cell) for c in row] for row in grid], colWidths=[w * cm for w in widths])
    style = [
        ("GRID", (0, 0), (-1, -2 if note else -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if note:
        style.append(("SPAN", (0, -1), (-1, -1)))
    table.setStyle(TableStyle(style))
    story += [table, Spacer(1, 6), *(Paragraph(t, body) for t in CLOSING)]
    path = tmp_path / "tb.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


# 1. A PDF sets its attendance list as a ruled table of two columns with no running numbers ("Họ và tên |
# Chức vụ, đơn vị"), one person a row, a long post wrapped inside its cell. Laid out by position, the names
# stand in a narrow column beside the posts: each row is read as one line, name and post a cell apart, so a
# name never runs on into the next row's honorific, and each person keeps the post beside him.

PEOPLE = [
    ["Ông Võ Thanh Hải", "Giám đốc Sở Xây dựng"],
    ["Bà Lê Thị Kim Oanh", "Phó Giám đốc Sở Tài chính"],
    [
        "Ông Trương Công Định",
        "Giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Quảng Ngãi",
    ],
    ["Bà Phạm Thị Ngọc Hà", "Phó Chủ tịch UBND huyện Đức Phổ"],
    ["Ông Đinh Văn Lợi", "Giám đốc Trung tâm Phát triển quỹ đất tỉnh"],
    ["Bà Huỳnh Thị Mỹ Lệ", "Chủ tịch UBND xã Phổ Thạnh"],
]


@pytest.mark.parametrize(
    ("heads", "note"),
    [
        (["Họ và tên", "Chức vụ, đơn vị"], "Vắng: UBND huyện Mộ Đức (có lý do)."),
        (["Họ tên", "Chức vụ"], None),
    ],
)
def test_a_two_column_attendance_table_of_a_pdf_keeps_each_name_with_its_post(
    tmp_path: Path, heads: list[str], note: str | None
) -> None:
    text = read_notice(_pdf(tmp_path, heads, PEOPLE, note, [5, 11.5])).text
    assert "Ông Võ Thanh Hải\tGiám đốc Sở Xây dựng" in text, text
    assert (
        "Ông Trương Công Định\tGiám đốc Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"
        in text
    )
    n = parse_notice(text, "tb.pdf")
    names = {p.name for p in n.persons.values()}
    assert {row[0].split(" ", 1)[1] for row in PEOPLE} <= names, names
    assert posts_of(n, "Lê Thị Kim Oanh") == [("Phó Giám đốc", "Sở Tài chính tỉnh Quảng Ngãi")]
    assert posts_of(n, "Phạm Thị Ngọc Hà") == [("Phó Chủ tịch", "Ủy ban nhân dân huyện Đức Phổ")]
    if note:
        assert absent_of(n) == ["Ủy ban nhân dân huyện Mộ Đức"], absent_of(n)


# 2. The same table with a third column for the body ("Họ và tên | Chức vụ | Đơn vị"), still with no running
# numbers: each row is one line of three cells, read as an attendee table's row.


def test_a_three_column_attendance_table_without_numbers_is_read_row_by_row(tmp_path: Path) -> None:
    rows = [
        ["Ông Võ Thanh Hải", "Giám đốc", "Sở Xây dựng"],
        ["Bà Lê Thị Kim Oanh", "Phó Giám đốc", "Sở Tài chính"],
        ["Bà Phạm Thị Ngọc Hà", "Phó Chủ tịch", "UBND huyện Đức Phổ"],
    ]
    text = read_notice(_pdf(tmp_path, ["Họ và tên", "Chức vụ", "Đơn vị"], rows, None, [5, 4, 7.5])).text
    assert "Bà Lê Thị Kim Oanh\tPhó Giám đốc\tSở Tài chính" in text, text
    n = parse_notice(text, "tb.pdf")
    assert posts_of(n, "Phạm Thị Ngọc Hà") == [("Phó Chủ tịch", "Ủy ban nhân dân huyện Đức Phổ")]
