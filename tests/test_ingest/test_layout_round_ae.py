"""Reading and OCR repair in the ways round AE's unseen notices wrote them (energy, water and dam safety;
foreign affairs and border gates; elections and censuses).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.layout_repair import repair_ocr_slips
from ketluan.ingest.readers import read_notice_bytes
from ketluan.ingest.records import Notice
from ketluan.ingest.sections import parse_layout


def _text(raw: str, name: str = "x_ocr.txt") -> str:
    """The notice text the reader makes of ``raw`` written as file ``name`` (with the reader's repairs)."""
    return read_notice_bytes(raw.encode("utf-8"), name).text


def _notice(raw: str, name: str = "x_ocr.txt") -> Notice:
    return parse_notice(_text(raw, name), name)


def _assignees(n: Notice) -> list[str]:
    return sorted(n.agencies[a].name for d in n.directives for a in d.assignees if a in n.agencies)


SCANNED = """UỶ BAN NHÂN DÂN
TỈNH QUẢNG BÌNH
Số: 88/TB-UBND
Quảng Bình, ngày 12 tháng 9 năm 2014

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về vận hành các hồ chứa thủy lợi mùa mưa lũ

Ngày 10/9/2014, đồng chí Trần Văn Tuân, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch UBND tỉnh kết luận:
1. {first}
2. Sở Nông nghiệp và Phát triển nông thôn kiểm tra an toàn các hồ chứa, báo cáo trước ngày 30/9/2014.

Nơi nhận:
- Như trên;
- Lưu: VT.
CHỦ TỊCH
Trần Văn Tuân
"""


# 1. A scanned notice whose OCR lost the horn of "ư" in the rhyme "ưu" ("tham muu", "Uu tiên", "nghiên cúu"):
# "uu" is no Vietnamese syllable, so the horn goes back and the directive verb is read.


@pytest.mark.parametrize(
    ("slip", "fixed"),
    [
        ("Sở Tài chính tham muu bố trí kinh phí", "Sở Tài chính tham mưu bố trí kinh phí"),
        ("Uu tiên nguồn vốn cho hồ chứa", "Ưu tiên nguồn vốn cho hồ chứa"),
        ("nghiên cúu phương án, BUU ĐIỆN TỈNH", "nghiên cứu phương án, BƯU ĐIỆN TỈNH"),
    ],
)
def test_the_horn_ocr_lost_in_the_rhyme_uu_is_put_back(slip: str, fixed: str) -> None:
    assert repair_ocr_slips(slip)[0] == fixed


# 2. "Sở" misread by OCR ("Sớ", "Sờ") at the end of a line, the Sở's field opening the next line: OCR breaks
# lines inside a body's name, and the field still says the word is "Sở".


@pytest.mark.parametrize("slip", ["Sớ", "Sờ", "Sỡ"])
def test_a_so_misread_at_a_line_end_before_its_field_is_so(slip: str) -> None:
    assert repair_ocr_slips(f"giao {slip}\nTư pháp chủ trì")[0] == "giao Sở\nTư pháp chủ trì"


def test_a_misread_word_at_a_line_end_before_no_field_is_left() -> None:
    assert repair_ocr_slips("giao Sớ\nngành liên quan")[0] == "giao Sớ\nngành liên quan"


def test_a_so_broken_over_a_line_by_ocr_is_assigned() -> None:
    first = "Giao Sớ\nTư pháp chủ trì, phối hợp các đơn vị rà soát hồ sơ pháp lý các hồ chứa trước ngày 25/9/2014."
    n = _notice(SCANNED.format(first=first))
    assert "Sở Tư pháp tỉnh Quảng Bình" in _assignees(n)


def test_a_word_with_the_rhyme_uu_written_right_is_left() -> None:
    # "lưu trữ", "Hữu": the horn is there, nothing to repair
    assert repair_ocr_slips("lưu trữ hồ sơ, ông Nguyễn Hữu Phước")[1] == 0


# 3. A census steering committee's name wrapped in the header's left cell right after "TỔNG ĐIỀU TRA", its
# subject and year on the next line and its province on the one after ("BAN CHỈ ĐẠO TỔNG ĐIỀU TRA" / "DÂN SỐ VÀ
# NHÀ Ở NĂM 2019" / "TỈNH QUẢNG NGÃI"): a census is always named by what it counts, so the lines are one name.


def _header_names(text: str) -> list[str]:
    return [" ".join(h.clean.split()) for h in parse_layout(text).header]


@pytest.mark.parametrize(
    ("subject", "place"),
    [
        ("DÂN SỐ VÀ NHÀ Ở NĂM 2019", "TỈNH QUẢNG NGÃI"),
        ("NÔNG THÔN, NÔNG NGHIỆP NĂM 2025", "TỈNH ĐỒNG THÁP"),
        ("KINH TẾ NĂM 2026", "THÀNH PHỐ CẦN THƠ"),
    ],
)
def test_a_census_committee_wrapped_over_header_lines_is_one_name(subject: str, place: str) -> None:
    # a .docx header table's left cell as its reader gives it: one paragraph a line, before the right cell
    raw = (
        f"BAN CHỈ ĐẠO TỔNG ĐIỀU TRA\n{subject}\n{place}\n_______\nSố: 12/TB-BCĐ\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "ngày 20 tháng 3 năm 2019\n\n"
        "THÔNG BÁO\nKết luận của Trưởng Ban Chỉ đạo tại cuộc họp triển khai Tổng điều tra\n\n"
        "Ngày 18/3/2019, đồng chí Trần Phước Hiền, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì cuộc họp.\n"
    )
    assert f"BAN CHỈ ĐẠO TỔNG ĐIỀU TRA {subject} {place}" in _header_names(_text(raw, "x.txt"))
