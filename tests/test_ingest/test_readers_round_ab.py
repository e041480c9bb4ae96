"""Reading the files of round AB's unseen notices: a Word notice whose parts and tasks are Word's own numbered
list.

Each case is a variant written here, not a copy of a test notice. The bodies are real; the officials are
invented.
"""

from __future__ import annotations

import io

import docx
import pytest
from notice_checks import task_of

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import read_notice_bytes

# 1. A notice typed in Word numbers its items with Word's automatic list ("List Number", "List Bullet"): the
# numbers are drawn by Word and are not in the paragraphs' text. Each item is given back the marker Word shows
# ("1.", "2.", "-"), so the items stay items of a list, numbered as the reader sees them.

OPENING = (
    "Ngày 14/5/2024, đồng chí Lâm Hải Giang, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp Ban Chỉ đạo thi tốt nghiệp"
    " THPT năm 2024. Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:"
)
ITEMS = (
    "Sở Giáo dục và Đào tạo rà soát danh sách thí sinh, hoàn thành trước ngày 31/5/2024.",
    "Công an tỉnh bảo đảm an ninh, an toàn tại các điểm thi.",
    "Sở Y tế bố trí cán bộ y tế trực tại các điểm thi.",
)


def _word_notice(style: str) -> bytes:
    document = docx.Document()
    for line in (
        "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG",
        "Số: 120/TB-VP",
        "Kiên Giang, ngày 16 tháng 5 năm 2024",
        "THÔNG BÁO",
        "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp Ban Chỉ đạo thi tốt nghiệp THPT năm 2024",
        OPENING,
    ):
        document.add_paragraph(line)
    for item in ITEMS:
        document.add_paragraph(item, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("style", "markers"), [("List Number", ["1.", "2.", "3."]), ("List Bullet", ["-"] * 3)]
)
def test_an_item_of_a_word_list_keeps_the_marker_word_draws(style: str, markers: list[str]) -> None:
    text = read_notice_bytes(_word_notice(style), "x.docx").text
    for marker, item in zip(markers, ITEMS, strict=True):
        assert f"\n{marker} {item}" in text, text
    n = parse_notice(text, "x.docx")
    assert task_of(n, "Sở Giáo dục và Đào tạo")[2] == "2024-05-31", task_of(n, "Sở Giáo dục")
