"""Reading, layout and headers in the ways round AD's unseen notices wrote them (administrative reform and the
2024-2025 reorganisation; transport, construction and urban order; social policy).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import read_notice, read_notice_bytes
from ketluan.ingest.records import Notice
from ketluan.ingest.sections import parse_layout


def _text(raw: str, name: str = "x.txt") -> str:
    """The notice text the reader makes of ``raw`` written as file ``name`` (with the reader's repairs)."""
    return read_notice_bytes(raw.encode("utf-8"), name).text


def _notice(raw: str, name: str = "x.txt") -> Notice:
    return parse_notice(_text(raw, name), name)


# 1. A title whose subtitle ends on the number of the text the meeting carries out ("… thực hiện Kế hoạch số
# 45/KH-UBND", "… theo Nghị quyết số 57-NQ/TW"), the body's first paragraph on the very next line with no blank
# line between them, as a .docx (one paragraph a line) or a PDF's text gives it: "Ngày 15/3/2024, …" opens the
# meeting's paragraph, it is not the date of the text cited at the title's end.

TITLE_ON_A_NUMBER = [
    "UBND TỈNH PHÚ THỌ",
    "SỞ NỘI VỤ",
    "Số: 112/TB-SNV",
    "Phú Thọ, ngày 20 tháng 3 năm 2024",
    "THÔNG BÁO",
    "Kết luận của Giám đốc Sở tại cuộc họp triển khai sắp xếp đơn vị sự nghiệp công lập",
    "{cited}",
    "{opening}, đồng chí Hà Văn Toàn, Giám đốc Sở Nội vụ chủ trì cuộc họp. Tham dự có lãnh đạo các phòng thuộc Sở.",
    "Sau khi nghe báo cáo, Giám đốc Sở kết luận:",
    "1. Phòng Tổ chức, biên chế rà soát vị trí việc làm, báo cáo Giám đốc Sở trước ngày 30/4/2024.",
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu: VT.",
    "GIÁM ĐỐC",
    "Hà Văn Toàn",
]


@pytest.mark.parametrize(
    ("cited", "opening", "held"),
    [
        ("thực hiện Kế hoạch số 45/KH-UBND", "Ngày 15/3/2024", "2024-03-15"),
        ("theo Nghị quyết số 57-NQ/TW", "Ngày 15 tháng 3 năm 2024", "2024-03-15"),
        ("theo Quyết định số 1215/QĐ-UBND", "Sáng ngày 14/3/2024", "2024-03-14"),
    ],
)
def test_a_meeting_date_on_the_line_under_a_title_ending_on_a_cited_number_is_the_meetings(
    cited: str, opening: str, held: str
) -> None:
    raw = "\n".join(TITLE_ON_A_NUMBER).format(cited=cited, opening=opening)
    n = _notice(raw)
    assert n.meeting.held_on == held


def test_a_docx_title_ending_on_a_cited_number_keeps_the_meetings_date(tmp_path: Path) -> None:
    # python-docx writes each paragraph on a line of its own, with no empty paragraph between title and body
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for s in TITLE_ON_A_NUMBER:
        d.add_paragraph(s.format(cited="thực hiện Kế hoạch số 45/KH-UBND", opening="Ngày 15/3/2024"))
    path = tmp_path / "tb.docx"
    d.save(str(path))
    n = parse_notice(read_notice(path).text, path.name)
    assert n.meeting.held_on == "2024-03-15"


# 2. The issuer's name of a working group or a steering committee wraps over two lines of the header's left
# column, its first line ending on a word that leaves the name unfinished: a verb still waiting for its object
# ("TỔ CÔNG TÁC TRIỂN KHAI" / "ĐỀ ÁN 06 TỈNH", "TRUNG TÂM PHỤC VỤ" / "HÀNH CHÍNH CÔNG") or a noun still waiting
# for its field ("BAN CHỈ ĐẠO THỰC HIỆN CHÍNH SÁCH" / "DÂN TỘC, TÔN GIÁO"). The two lines are one header line,
# whether each is a .docx cell's paragraph or a text column's line beside the quốc hiệu.


def _header_names(text: str) -> list[str]:
    return [" ".join(h.clean.split()) for h in parse_layout(text).header]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("TỔ CÔNG TÁC TRIỂN KHAI", "ĐỀ ÁN 06 TỈNH"),
        ("TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG TỈNH"),
        ("BAN CHỈ ĐẠO THỰC HIỆN CHÍNH SÁCH", "DÂN TỘC, TÔN GIÁO"),
        ("HỘI ĐỒNG QUẢN LÝ", "QUỸ BẢO VỆ MÔI TRƯỜNG TỈNH"),
    ],
)
def test_a_board_name_wrapped_in_a_docx_header_cell_is_one_header_line(first: str, second: str) -> None:
    # a .docx header table's left cell as its reader gives it: one paragraph a line, before the right cell
    raw = (
        f"UBND TỈNH QUẢNG TRỊ\n{first}\n{second}\n_______\nSố: 41/TB-TCT\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Trị, ngày 05 tháng 6 năm 2023\n\n"
        "THÔNG BÁO\nKết luận của Tổ trưởng tại cuộc họp tháng 5\n\n"
        "Ngày 02/6/2023, đồng chí Hoàng Nam, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.\n"
    )
    assert f"{first} {second}" in _header_names(_text(raw))


def test_a_board_name_wrapped_beside_the_motto_in_a_text_header_is_one_header_line() -> None:
    # a two-column header typed in text: the name's second line stands alone, centred under the first
    raw = (
        "ỦY BAN NHÂN DÂN TỈNH BẾN TRE            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "BAN CHỈ ĐẠO THỰC HIỆN CHÍNH SÁCH               Độc lập - Tự do - Hạnh phúc\n"
        "       DÂN TỘC, TÔN GIÁO\n\n"
        "                                BIÊN BẢN\n"
        "          Họp Ban Chỉ đạo thực hiện chính sách dân tộc, tôn giáo quý III năm 2020\n\n"
        "Vào lúc 8 giờ 00 phút, ngày 10 tháng 9 năm 2020, tại Hội trường UBND tỉnh.\n"
    )
    names = _header_names(_text(raw))
    assert "BAN CHỈ ĐẠO THỰC HIỆN CHÍNH SÁCH DÂN TỘC, TÔN GIÁO" in names, names


# 3. A short notice laid out as a letter with its two header columns stacked, not side by side: the issuer, "Số:"
# and the subject line ("V/v thông báo kết luận …"), then, after a blank line, the quốc hiệu, the motto and the
# place and date. The subject line is the title; the quốc hiệu and the place-date under it are the header's, so
# the notice is dated and its body opens with "Kính gửi" or the meeting's paragraph.

STACKED = """UBND TỈNH HÀ TĨNH
SỞ GIAO THÔNG VẬN TẢI
Số: 518/TB-SGTVT
V/v thông báo kết luận của Giám đốc Sở tại buổi kiểm tra các bến khách ngang sông
{blank}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place_date}

Kính gửi: Các đơn vị có tên tại Nơi nhận.

Ngày 10/3/2021, đ/c Trần Văn Lâm - GĐ Sở Giao thông vận tải chủ trì buổi kiểm tra các bến khách ngang sông trên \
sông Lam. Đ/c Giám đốc Sở kết luận: Thanh tra Sở kiểm tra điều kiện an toàn của các bến, báo cáo về Sở trước \
ngày 31/3/2021.

Nơi nhận:
- Như trên;
- Lưu: VT.

GIÁM ĐỐC
Trần Văn Lâm
"""


@pytest.mark.parametrize("blank", ["", "\n"])
@pytest.mark.parametrize(
    ("place_date", "issued"),
    [("Hà Tĩnh, ngày 12 tháng 3 năm 2021", "2021-03-12"), ("Hà Tĩnh, ngày 12/3/2021", "2021-03-12")],
)
def test_a_stacked_header_puts_the_motto_and_the_place_date_under_the_subject_line(
    blank: str, place_date: str, issued: str
) -> None:
    text = _text(STACKED.format(blank=blank, place_date=place_date))
    lay = parse_layout(text)
    assert lay.title is not None
    title = text[lay.title.start : lay.title.end]
    assert title.startswith("V/v thông báo kết luận") and "CỘNG HÒA" not in title, title
    assert lay.place_date is not None and lay.place_date.clean == place_date
    assert lay.body[0].text.startswith("Kính gửi")
    assert parse_notice(text, "x.txt").issued_on == issued


# 4. A scan's OCR reads the mark of "ngày" wrongly in the place-date line ("Long Xuyên, ngảy 09 tháng 8 năm 2013",
# "ngáy", "ngạy"): before a day's number and "tháng", the word can be nothing but "ngày", so the notice is dated
# and the line is no header body's name.

OCR_DATE = """UỶ BAN NHÂN DÂN                    CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH ĐỒNG THÁP                      Độc lập - Tự do - Hạnh phúc
Số: 215 /TB-VPUBND
                                     Cao Lãnh, {day} 21 tháng 10 năm 2014

THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về an toàn giao thông đường thủy

Ngày 17/10/2014, đồng chí Nguyễn Văn Dương, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.
"""


@pytest.mark.parametrize("day", ["ngảy", "ngáy", "ngạy", "ngãy"])
def test_a_place_date_whose_day_word_ocr_misread_still_dates_the_notice(day: str) -> None:
    text = _text(OCR_DATE.format(day=day))
    lay = parse_layout(text)
    assert lay.place_date is not None and lay.place_date.clean == "Cao Lãnh, ngày 21 tháng 10 năm 2014"
    assert parse_notice(text, "x.txt").issued_on == "2014-10-21"
