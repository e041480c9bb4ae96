"""Reading and layout in the ways round AN's unseen notices wrote them (culture and heritage; natural disasters
and weather; industrial clusters and waste).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import names_of, posts_of, text_as_read
from notice_checks import notice_as_read as _notice

from ketluan.ingest.layout_repair import repair_ocr_slips
from ketluan.ingest.sections import parse_layout
from ketluan.ingest.text import match_key

# 1. A scanned header copied line by line: the issuer's name fills its column over two lines ("CHI CỤC THỦY LỢI" /
# "VÀ PHÒNG CHỐNG THIÊN TAI"), and OCR runs the quốc hiệu's second line onto the name's first line one space
# apart, its marks lost ("Độc lập - Tự do - Hanh phuc", "Doc lap - Tu do - Hanh phuc"). The motto is still the
# other column: it is cut off the name, the name's second line joins its first, and the issuer is the whole body.

_OCR_HEADER = """{left1} CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
{left2} {motto}
{left3}

Số: 52 /TB-{code}            {place}, ngày 14 tháng 9 năm 2015

                    THÔNG BÁO
  Kết luận của lãnh đạo tại cuộc họp giao ban tháng 9 năm 2015

Ngày 11/9/2015, tại hội trường, đồng chí Trần Văn Hải chủ trì cuộc họp giao ban.
Kết luận:
1. Các phòng chuyên môn rà soát kế hoạch quý IV, báo cáo trước ngày 30/9/2015.

                                        KT. {sign}
                                        PHÓ {sign}
                                        Lê Thị Thu
"""

# fmt: off
_HEADERS = [
    # (first header line, the name's first line, its second line, code, place, signer's title, issuer)
    ("SỞ NÔNG NGHIỆP VÀ PTNT QUẢNG TRỊ", "CHI CỤC THỦY LỢI", "VÀ PHÒNG CHỐNG THIÊN TAI", "CCTL", "Đông Hà",
     "CHI CỤC TRƯỞNG", "Chi cục Thủy lợi và Phòng chống thiên tai tỉnh Quảng Trị"),
    ("UBND TỈNH THANH HÓA", "SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", "SVHTTDL", "Thanh Hóa", "GIÁM ĐỐC",
     "Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa"),
    ("UBND TỈNH QUẢNG BÌNH", "SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI", "SLĐTBXH", "Đồng Hới", "GIÁM ĐỐC",
     "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Bình"),
]
# fmt: on
_MOTTOS = ["Độc lập - Tự do - Hanh phuc", "Doc lap - Tu do - Hanh phuc", "Độc lập – Tự do – Hạnh phuc"]


@pytest.mark.parametrize("motto", _MOTTOS)
@pytest.mark.parametrize(("left1", "left2", "left3", "code", "place", "sign", "issuer"), _HEADERS)
def test_an_ocr_header_s_name_on_two_lines_beside_a_motto_without_marks_is_one_issuer(
    left1: str, left2: str, left3: str, code: str, place: str, sign: str, issuer: str, motto: str
) -> None:
    n = _notice(
        _OCR_HEADER.format(
            left1=left1, left2=left2, left3=left3, motto=motto, code=code, place=place, sign=sign
        )
    )
    # (the name's case as the body writes it, which here names it nowhere: compared as `match_key` writes it)
    assert n.issuer is not None and match_key(names_of(n)[n.issuer]) == match_key(issuer)


def test_a_motto_without_marks_is_no_line_of_the_issuer_s_name() -> None:
    """The motto read without its marks, in a column of its own, is dropped from the header's lines like the
    marked one: no header line holds "Hanh phuc"."""
    text = text_as_read(
        _OCR_HEADER.format(
            left1="UBND TỈNH BẮC GIANG",
            left2="BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP",
            left3="",
            motto="     Độc lập - Tự do - Hanh phuc",
            code="BQL",
            place="Bắc Giang",
            sign="TRƯỞNG BAN",
        )
    )
    header = [ln.clean for ln in parse_layout(text).header]
    assert header == ["UBND TỈNH BẮC GIANG", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP"], header


def test_a_marked_motto_beside_a_name_on_two_lines_reads_as_before() -> None:
    """Guard (passes before too): the motto with its marks, two columns apart, leaves the same issuer."""
    n = _notice(
        _OCR_HEADER.format(
            left1="SỞ NÔNG NGHIỆP VÀ PTNT QUẢNG TRỊ",
            left2="CHI CỤC THỦY LỢI   ",
            left3="VÀ PHÒNG CHỐNG THIÊN TAI",
            motto="Độc lập - Tự do - Hạnh phúc",
            code="CCTL",
            place="Đông Hà",
            sign="CHI CỤC TRƯỞNG",
        )
    )
    assert n.issuer is not None
    assert match_key(names_of(n)[n.issuer]) == match_key(
        "Chi cục Thủy lợi và Phòng chống thiên tai tỉnh Quảng Trị"
    )


# 2. OCR loses the circumflex of "thể" in the name of the culture Sở ("SỞ VĂN HÓA, THẺ THAO", "Sở Văn hóa, Thẻ
# thao và Du lịch"); "thẻ" (a card) goes before no "thao", so the phrase is put back, in capitals too.

# fmt: off
_THE_THAO = [
    ("SỞ VĂN HÓA, THẺ THAO VÀ DU LỊCH", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"),
    ("Giám đốc Sở Văn hóa, Thẻ thao và Du lịch", "Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
    ("Trung tâm Huấn luyện và Thi đấu thẻ thao tỉnh", "Trung tâm Huấn luyện và Thi đấu thể thao tỉnh"),
]
# fmt: on


@pytest.mark.parametrize(("scanned", "repaired"), _THE_THAO)
def test_the_culture_sector_s_the_thao_with_its_circumflex_lost_is_put_back(
    scanned: str, repaired: str
) -> None:
    assert repair_ocr_slips(scanned)[0] == repaired


# 3. OCR loses the marks of the head word of a unit's title before the unit's word ("Truong phòng Kế hoạch - Tài
# chính", "Phó Giám đôc Sở"): "truong" and "đôc" are no words there, so the title is put back and the post reads.

_OCR_RECORD = """SỞ NÔNG NGHIỆP VÀ PTNT THÁI BÌNH      CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
CHI CỤC THỦY LỢI                       Độc lập - Tự do - Hạnh phúc

Số: 21 /BB-CCTL                        Thái Bình, ngày 15 tháng 5 năm 2013

                    BIÊN BẢN KIỂM TRA
       Công tác chuẩn bị phòng, chống lụt bão năm 2013

Hôm nay, ngày 15/5/2013, tại UBND huyện Tiền Hải, Đoàn kiểm tra gồm:
- Ông Phạm Văn Đông - Chi cục trưởng, Trưởng đoàn;
- Bà Ngô Thị Lan - {title} Quản lý công trình, thành viên;
- Ông Vũ Văn Hòa - Chuyên viên, thư ký.
Kết luận:
1. UBND huyện Tiền Hải rà soát phương án hộ đê, hoàn thành trước ngày 30/5/2013.

                                        TRƯỞNG ĐOÀN
                                        Phạm Văn Đông
"""


@pytest.mark.parametrize(
    ("title", "post"), [("Truong phòng", "Trưởng phòng"), ("Phó Giám đôc Trung tâm", "Phó Giám đốc")]
)
def test_a_title_s_head_word_read_without_marks_is_put_back(title: str, post: str) -> None:
    n = _notice(_OCR_RECORD.format(title=title))
    assert [p for p, _ in posts_of(n, "Ngô Thị Lan")] == [post]


def test_a_card_is_still_a_card() -> None:
    """Guard (passes before too): "thẻ" before another word ("thẻ bảo hiểm y tế", "THẺ CĂN CƯỚC") stays."""
    text = "Cấp thẻ bảo hiểm y tế; THẺ CĂN CƯỚC"
    assert repair_ocr_slips(text)[0] == text


# 4. A portal prints its stamps under the headline on one line, the dateline first and a page tool after it with
# no bar between ("15/11/2019 - 09:12 Lượt xem: 1.204", "Thứ Sáu, 20/3/2020 08:30 Lượt xem: 512"): page furniture,
# never the headline.

_PAGE = """<html><head><title>{headline} - Cổng thông tin điện tử tỉnh Quảng Bình</title></head><body>
<div class="menu"><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></div>
<div class="news">
<h1>{headline}</h1>
<div class="meta">{stamp}</div>
<p>(TTĐT) - Chiều 19/3, Phó Chủ tịch UBND tỉnh Hoàng Văn Minh chủ trì buổi làm việc với Sở Văn hóa và Thể thao về \
công tác tu bổ các di tích quốc gia trên địa bàn tỉnh, tiến độ giải ngân vốn năm 2020.</p>
<p>Phó Chủ tịch UBND tỉnh yêu cầu Sở Văn hóa và Thể thao hoàn thành hồ sơ tu bổ di tích trước ngày 30/4/2020.</p>
</div></body></html>
"""
_HEADLINE = "Đẩy nhanh tiến độ tu bổ các di tích quốc gia trên địa bàn tỉnh"


@pytest.mark.parametrize(
    "stamp", ["20/3/2020 - 08:30 Lượt xem: 512", "Thứ Sáu, 20/03/2020 08:30 Lượt xem: 1.204"]
)
def test_a_portal_s_dateline_and_page_tools_on_one_line_are_no_headline(stamp: str) -> None:
    text = text_as_read(_PAGE.format(headline=_HEADLINE, stamp=stamp), "x.html")
    layout = parse_layout(text)
    assert layout.title is not None
    assert text[layout.title.start : layout.title.end] == _HEADLINE


def test_a_portal_s_stamps_set_apart_by_bars_are_still_furniture() -> None:
    """Guard (passes before too): "20/03/2020 | 08:30 | Lượt xem: 512" leaves the same headline."""
    text = text_as_read(
        _PAGE.format(headline=_HEADLINE, stamp="20/03/2020 | 08:30 | Lượt xem: 512"), "x.html"
    )
    layout = parse_layout(text)
    assert layout.title is not None
    assert text[layout.title.start : layout.title.end] == _HEADLINE
