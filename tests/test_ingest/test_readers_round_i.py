"""Readers, round I: what a PDF's text keeps of its pages and typesetting.

- a page number between two halves of an item whose first half ends a clause ("…;" / "2" / "hoàn thành trước
  ngày …") goes, with the page break around it, so the item keeps its deadline;

Snippets written for these tests (officials invented; bodies and places real).
"""

from __future__ import annotations

import pytest

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.layout_repair import drop_page_numbers
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
