"""Boards named by their purpose whose names hold a comma (round AH's council record; round AD's steering board).

Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.tokens import tokenize


def _bodies(text: str, province: str = "Gia Lai") -> list[str]:
    return [m.surface for m in find_agencies(text, tokenize(text, 0, len(text)), province)]


# A research council named by its two purposes (Thông tư 02/2015/TT-BKHCN): "đánh giá" opens a board's predicate
# elsewhere ("Hội đồng đánh giá cao …"), but in the pair it is the council's name.
def test_a_council_named_by_a_purpose_pair_keeps_it():
    assert _bodies("Hội đồng Khoa học và Công nghệ đánh giá, nghiệm thu đề tài cấp tỉnh đã họp.") == [
        "Hội đồng Khoa học và Công nghệ đánh giá, nghiệm thu đề tài cấp tỉnh"
    ]


def test_a_board_s_predicate_is_still_no_name():
    assert _bodies("Hội đồng đánh giá cao kết quả thực hiện đề tài.") == ["Hội đồng"]


# A header names the board in capitals, on a line of its own; the comma inside the name is no end of it.
def test_a_board_in_capitals_runs_to_the_end_of_its_header_line():
    header = "BAN CHỈ ĐẠO THỰC HIỆN CHÍNH SÁCH BẢO HIỂM XÃ HỘI, BẢO HIỂM Y TẾ TỈNH\nSố: 12/TB-BCĐ"
    assert _bodies(header) == ["BAN CHỈ ĐẠO THỰC HIỆN CHÍNH SÁCH BẢO HIỂM XÃ HỘI, BẢO HIỂM Y TẾ TỈNH"]


def test_a_council_s_name_broken_over_two_header_lines_is_whole():
    header = "HỘI ĐỒNG KHOA HỌC VÀ CÔNG NGHỆ\nĐÁNH GIÁ, NGHIỆM THU NHIỆM VỤ CẤP TỈNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert [b.replace("\n", " ") for b in _bodies(header)][0] == (
        "HỘI ĐỒNG KHOA HỌC VÀ CÔNG NGHỆ ĐÁNH GIÁ, NGHIỆM THU NHIỆM VỤ CẤP TỈNH"
    )


def test_a_second_body_after_the_comma_is_its_own():
    assert _bodies("BAN CHỈ ĐẠO TỈNH, UBND TỈNH") == ["BAN CHỈ ĐẠO TỈNH", "UBND TỈNH"]
