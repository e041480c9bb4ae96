"""Readers, round I: what a PDF's text keeps of its pages and typesetting.

- a page number between two halves of an item whose first half ends a clause ("…;" / "2" / "hoàn thành trước
  ngày …") goes, with the page break around it, so the item keeps its deadline;
- a hyphen the typesetting put at a line's end between two syllables ("phương tiện-" / "đo") goes: Vietnamese
  is not hyphenated; a dash set apart, a capital after the hyphen, and what is no syllable stay.

Snippets written for these tests (officials invented; bodies and places real).
"""

from __future__ import annotations

import pytest

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.layout_repair import drop_page_numbers, join_hyphenated_syllables
from ketluan.ingest.readers import read_notice_bytes


def _names(notice, keys: list[str]) -> list[str]:
    return [notice.agencies[k].name if k in notice.agencies else notice.persons[k].name for k in keys]


# --------------------------------------------------------------------------- page numbers after a clause

PAGE_AFTER_CLAUSE = """CỤC HẢI QUAN TỈNH BÌNH DƯƠNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                       Độc lập - Tự do - Hạnh phúc
Số: 214/TB-HQBD                        Bình Dương, ngày 12 tháng 5 năm 2022

THÔNG BÁO
Kết luận của Phó Cục trưởng tại cuộc họp giao ban tháng 5 năm 2022

Ngày 10/5/2022, đồng chí Trịnh Văn Khải, Phó Cục trưởng chủ trì cuộc họp giao ban. Phó Cục
trưởng kết luận như sau:
1. Chi cục Hải quan Sóng Thần rà soát các phương tiện đo dùng trong giám sát hàng hóa;
liên hệ tổ chức kiểm định được chỉ định để kiểm định lại các cân đã quá hạn kiểm định;

- 2 -

hoàn thành trước ngày 15/6/2022.
2. Văn phòng Cục theo dõi, đôn đốc việc thực hiện Thông báo này.
"""


def test_a_page_number_after_a_semicolon_keeps_the_item_whole() -> None:
    source = read_notice_bytes(PAGE_AFTER_CLAUSE.encode(), "tb_pdf.txt")
    assert "quá hạn kiểm định;\nhoàn thành trước ngày 15/6/2022." in source.text
    assert "- 2 -" not in source.text
    notice = parse_notice(source.text, "tb_pdf.txt")
    found = [d for d in notice.directives if "Sóng Thần" in d.text]
    assert len(found) == 1
    assert found[0].text.rstrip(".").endswith("hoàn thành trước ngày 15/6/2022")
    assert found[0].due is not None and found[0].due.value == "2022-06-15"


@pytest.mark.parametrize("end", [";", ":", ")"])
def test_a_page_number_after_a_clause_goes_with_its_page_break(end: str) -> None:
    text = f"Phòng Quản lý rủi ro cập nhật hồ sơ doanh nghiệp (quý II{end}\n\n3\n-----\n\nbáo cáo Cục trưởng."
    assert drop_page_numbers(text) == (
        f"Phòng Quản lý rủi ro cập nhật hồ sơ doanh nghiệp (quý II{end}\nbáo cáo Cục trưởng.",
        1,
    )


@pytest.mark.parametrize(
    "text",
    [
        # the sentence ended: what follows in lower case is left as written
        "Phòng Nghiệp vụ tổng hợp kết quả, báo cáo Cục trưởng.\n\n2\n\nđồng thời gửi Văn phòng.",
        # a new item opens after the clause: no continuation
        "Đội Kiểm soát hải quan tăng cường giám sát;\n\n2\n\nPhòng Quản lý rủi ro cập nhật hồ sơ.",
        # a column of numbers is no page number
        "Số phương tiện đo đã kiểm định:\n12\n35\n",
    ],
)
def test_page_numbers_after_a_clause_leave_other_lines(text: str) -> None:
    assert drop_page_numbers(text) == (text, 0)


# --------------------------------------------------------------------------- hyphens at line ends

HYPHENATED = """VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 88/TB-VPCP Hà Nội, ngày 20 tháng 3 năm 2024
THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về quản lý đo lường trong kinh doanh khí dầu mỏ hóa lỏng
Ngày 15 tháng 3 năm 2024, Phó Thủ tướng Chính phủ Lương Văn Định chủ trì cuộc họp. Phó Thủ tướng kết luận:
1. Bộ Khoa học và Công nghệ chủ trì, phối hợp với Bộ Công Thương rà soát quy định về cân dùng trong mua-
bán khí dầu mỏ hóa lỏng tại các trạm nạp; kiểm tra đột xuất việc kiểm định đồng hồ đo tại các trạm-
nạp trên địa bàn các tỉnh, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 6 năm 2024.
2. Bộ Tài chính bố trí kinh phí cho Phòng Kế hoạch -
Tài chính của các Chi cục thực hiện kiểm tra.
"""


def test_a_hyphen_between_syllables_at_a_line_end_goes() -> None:
    source = read_notice_bytes(HYPHENATED.encode(), "tb_pdf.txt")
    assert "mua\nbán khí" in source.text and "các trạm\nnạp trên" in source.text
    assert "Kế hoạch -\nTài chính" in source.text  # a dash set apart stays
    assert any("hyphens" in n for n in source.notes)
    notice = parse_notice(source.text, "tb_pdf.txt")
    task = next(d for d in notice.directives if "khí dầu mỏ" in d.text)
    assert "mua bán khí dầu mỏ hóa lỏng" in task.text
    assert "tại các trạm nạp trên địa bàn" in task.text
    assert "-" not in task.text.replace("Bộ Công Thương", "")


@pytest.mark.parametrize(
    "text",
    [
        "Phòng Kiểm định-\nHiệu chuẩn báo cáo",  # a capital: the parts of a name
        "gửi qua hộp thư e-\nmail của Sở",  # no Vietnamese syllable
        "Số: 15/TB-\nubnd",  # an abbreviation
        "giai đoạn 2021-\n2025",  # numbers
        "Phòng Kế hoạch -\nTài chính",  # a dash set apart
        "- Giao Phòng Nội vụ\n- theo dõi",  # list dashes
    ],
)
def test_other_hyphens_at_line_ends_stay(text: str) -> None:
    assert join_hyphenated_syllables(text) == (text, 0)


def test_hyphens_of_a_docx_or_web_page_are_left() -> None:
    """Only the text of a PDF (or a .txt/.md copied from one) is typeset with line ends."""
    body = "Giao Phòng Kinh tế kiểm tra cột-\nđo xăng dầu tại các cửa hàng.\n"
    assert "cột\nđo" in read_notice_bytes(body.encode(), "tb.md").text
    html = "<html><body><p>Giao Phòng Kinh tế kiểm tra cột-</p><p>đo xăng dầu.</p></body></html>"
    assert "cột-" in read_notice_bytes(html.encode(), "tb.html").text
