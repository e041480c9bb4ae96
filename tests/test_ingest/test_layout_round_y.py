"""Reading, layout and dates in the ways round Y's unseen notices wrote them (damaged text on its way to an
analyst; working visits; old notices of bodies that no longer exist).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

import io

import pytest
from notice_checks import names_of as _names
from notice_checks import posts_of as _posts

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import read_notice_bytes
from ketluan.ingest.text import normalise_text

# 1. An attendance table in Word whose last column ("Ghi chú") is filled in one row only: a row whose last cells
# are empty is still a row of the table, and its person is read with the post beside the name.

ATTENDANCE_HEAD = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH LÀO CAI",
    "Số: 210/TB-UBND",
    "Lào Cai, ngày 14 tháng 10 năm 2024",
    "THÔNG BÁO",
    "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc về khôi phục sản xuất sau mưa lũ",
    "Ngày 10/10/2024, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh chủ trì buổi làm việc với các sở, ngành."
    " Thành phần tham dự như sau:",
]
ATTENDANCE_TAIL = [
    "Sau khi nghe báo cáo, đồng chí Chủ tịch UBND tỉnh kết luận, chỉ đạo:",
    "1. Sở Tài chính tham mưu phân bổ kinh phí hỗ trợ khắc phục hậu quả mưa lũ.",
    "Nơi nhận:",
    "- Lưu: VT.",
    "KT. CHÁNH VĂN PHÒNG",
    "PHÓ CHÁNH VĂN PHÒNG",
    "Hoàng Thị Thu",
]


def _attendance_docx(rows: list[list[str]]) -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in ATTENDANCE_HEAD:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).paragraphs[0].text = value
    for line in ATTENDANCE_TAIL:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "columns",
    [
        ("Họ và tên", "Chức vụ", "Ghi chú"),
        ("Họ và tên", "Chức vụ", "Ghi chú", "Ký tên"),
    ],
)
def test_attendance_rows_whose_last_cells_are_empty_are_read(columns: tuple[str, ...]) -> None:
    blank = [""] * (len(columns) - 2)
    rows = [
        list(columns),
        ["Trịnh Xuân Trường", "Chủ tịch UBND tỉnh", "Chủ trì", *blank[1:]],
        ["Phạm Ngọc Bích", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn", *blank],
        ["Lục Văn Tài", "Phó Giám đốc Sở Tài chính", *blank],
        ["Sở Giao thông vận tải", "", "Vắng mặt (có lý do)", *blank[1:]],
    ]
    n = parse_notice(read_notice_bytes(_attendance_docx(rows), "tb.docx").text, "tb.docx")
    assert _posts(n, "Phạm Ngọc Bích") == [
        ("Giám đốc", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Lào Cai")
    ]
    assert _posts(n, "Lục Văn Tài") == [("Phó Giám đốc", "Sở Tài chính tỉnh Lào Cai")]
    assert "Trịnh Xuân Trường" in _names(n).values()


# 2. Dates as a PDF's or a typist's text spells them: blanks (a space, a non-breaking space, a line break) around
# the dashes or slashes of a whole day, month and year; and a span of months, due at its last month.


@pytest.mark.parametrize(
    "written",
    [
        "15\u00a0-\u00a010\u00a0-\u00a02016",
        "15 - 10 - 2016",
        "15-10- 2016",
        "15 / 10 / 2016",
        "15/10/\n2016",
    ],
)
def test_a_day_with_blanks_around_its_dashes_is_a_deadline(written: str) -> None:
    from ketluan.ingest.dates import find_deadline

    text = normalise_text(
        f"Thanh tra Sở xây dựng kế hoạch thanh tra năm 2017, trình Giám đốc Sở trước ngày {written}."
    )
    d = find_deadline(text, 2016)
    assert d is not None and (d.value, d.datatype) == ("2016-10-15", "date")


def test_dashes_between_two_numbers_alone_are_no_date() -> None:
    from ketluan.ingest.dates import find_dates

    assert find_dates(normalise_text("tổ chức 01 - 02 lớp tập huấn, mỗi lớp 3 - 4 ngày")) == []


@pytest.mark.parametrize(
    ("written", "due"),
    [
        ("trong tháng 5 và tháng 6", "2019-06"),
        ("trong tháng 5, 6", "2019-06"),
        ("trong tháng 5-6", "2019-06"),
        ("trong tháng 5 - 6/2019", "2019-06"),
        ("trong các tháng 10, 11 và 12 năm 2019", "2019-12"),
    ],
)
def test_a_span_of_months_is_due_at_its_last(written: str, due: str) -> None:
    from ketluan.ingest.dates import find_deadline

    d = find_deadline(f"Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra cột đo xăng dầu {written}.", 2019)
    assert d is not None and d.value == due


def test_a_number_after_a_month_that_counts_something_ends_no_span() -> None:
    from ketluan.ingest.dates import find_deadline

    d = find_deadline("UBND huyện hỗ trợ giống trong tháng 5, 6 hộ dân chưa nhận được giống.", 2019)
    assert d is not None and d.value == "2019-05"


# 3. Pandoc's markdown of a Word notice: the signature block is a simple table whose borders are rows of dashes
# over each column, and a footnote's mark stands in the running text.

PANDOC_TAIL = """
5. Văn phòng Sở

Đăng tải Thông báo này trên Cổng thông tin điện tử của Sở.

  ---------------------------------- ----------------------------------
  Nơi nhận:                          KT. GIÁM ĐỐC
  - Lưu: VT, QLTM.                   PHÓ GIÁM ĐỐC
                                     Phan Văn Lộc
  ---------------------------------- ----------------------------------
"""

PANDOC_HEAD = """**UBND TỈNH QUẢNG TRỊ**

**SỞ CÔNG THƯƠNG**

Số: 41/TB-SCT

**THÔNG BÁO**

**Kết luận của Giám đốc Sở tại Hội nghị triển khai công tác quản lý kinh doanh xăng dầu**

Ngày 23/3/2021, Giám đốc Sở chủ trì Hội nghị triển khai công tác quản lý nhà nước về kinh doanh xăng dầu
năm 2021[^1]. Giám đốc Sở kết luận như sau:

1. Phòng Quản lý thương mại rà soát danh sách cửa hàng bán lẻ xăng dầu.
"""


def test_a_pandoc_tables_border_is_no_task_and_a_footnote_mark_goes() -> None:
    source = read_notice_bytes((PANDOC_HEAD + PANDOC_TAIL).encode(), "tb.md")
    assert "[^1]" not in source.text
    n = parse_notice(source.text, "tb.md")
    assert [d.text for d in n.directives if "---" in d.text] == []
    assert any(d.text.startswith("Đăng tải Thông báo") for d in n.directives)
