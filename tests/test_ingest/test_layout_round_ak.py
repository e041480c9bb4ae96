"""Reading and layout in the ways round AK's unseen notices wrote them (traffic safety and road order; fire
prevention, rescue and civil protection; people with merit, war martyrs and veterans).

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
from ketluan.ingest.text import match_key


def _text(raw: str, name: str = "x.txt") -> str:
    """The notice text the reader makes of ``raw`` written as file ``name`` (with the reader's repairs)."""
    return read_notice_bytes(raw.encode("utf-8"), name).text


def _notice(raw: str, name: str = "x.txt") -> Notice:
    return parse_notice(_text(raw, name), name)


# 1. An anniversary's title closed by the span it commemorates, in brackets on a line of its own ("kỷ niệm 70 năm
# Ngày Thương binh - Liệt sĩ" / "(27/7/1947 - 27/7/2017)", "(1945 - 2020)"): the span is the title's, and the
# meeting's day is the one the body's first sentence gives.

_ANNIVERSARY = """UỶ BAN NHÂN DÂN TỈNH HÀ TĨNH
VĂN PHÒNG
Số: 88/TB-VP                                  Hà Tĩnh, ngày 14 tháng 7 năm 2017

THÔNG BÁO
Kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại cuộc họp chuẩn bị
kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ
{span}

Ngày 12/7/2017, đồng chí Đặng Quốc Vinh - Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Tham dự có đồng chí Hồ Thị
Mai - Giám đốc Sở Lao động - Thương binh và Xã hội.
Phó Chủ tịch UBND tỉnh kết luận:
1. Sở Lao động - Thương binh và Xã hội tổ chức thăm, tặng quà gia đình chính sách trước ngày 25/7/2017.
"""


@pytest.mark.parametrize("span", ["(27/7/1947 - 27/7/2017)", "(27.7.1947 – 27.7.2017)"])
def test_an_anniversary_s_span_under_the_title_is_not_the_meeting_s_day(span: str) -> None:
    n = _notice(_ANNIVERSARY.format(span=span))
    assert n.meeting.held_on == "2017-07-12"


def test_the_bracketed_span_closes_the_title() -> None:
    text = _text(_ANNIVERSARY.format(span="(27/7/1947 - 27/7/2017)"))
    layout = parse_layout(text)
    assert layout.title is not None
    assert text[layout.title.start : layout.title.end].endswith("(27/7/1947 - 27/7/2017)")


# 2. OCR reading a capital of the title's type as the digit drawn like it ("TH0NG BÁO", "B1ÊN BẢN"): the line is
# still the title, so the body's "Ngày …, … chủ trì" gives the meeting's day, not the notice's own date.


@pytest.mark.parametrize(
    ("slip", "fixed"),
    [("   TH0NG BÁO\n", "   THÔNG BÁO\n"), ("B1ÊN BẢN\n", "BIÊN BẢN\n"), ("TH0NG BAO\n", "THÔNG BÁO\n")],
)
def test_a_digit_for_a_letter_in_the_title_s_type_is_put_back(slip: str, fixed: str) -> None:
    assert repair_ocr_slips(slip)[0] == fixed


_OCR_TITLE = """UBND TỈNH QUẢNG BÌNH                  CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI         Độc lập - Tự do - Hạnh phúc
Số: 712/TB-SLĐTBXH                 Quảng Bình, ngày 25 tháng 10 năm 2014


                    TH0NG BÁO
Kết luận của Giám đốc Sở tại buổi giao ban công tác bảo trợ xã hội
quý III/2014


Ngày 22/10/2014, tại phòng họp Sở, đồng chí Nguyễn Văn Tám - Giám đốc Sở đã chủ
trì buổi giao ban. Tham dự có đ/c Trần Thị Hoa - Phó Giám đốc Sở.
Giám đốc Sở kết luận:
1. Phòng Bảo trợ xã hội rà soát hồ sơ, báo cáo Giám đốc Sở trước ngày 15/11/2014.
"""


def test_the_meeting_s_day_is_read_under_an_ocr_d_title() -> None:
    n = _notice(_OCR_TITLE)
    assert n.meeting.held_on == "2014-10-22"


# 3. A Word table of attendees copied to text as a grid ruled only around its heading row and at its foot
# ("+-----+-----+" / "| Họ và tên | Chức vụ, đơn vị |" / "+-----+-----+" / one line a person / "+-----+-----+"):
# each line with its name cell filled is a row of its own; a line with the name cell empty carries on the long
# post above it ("| Ông A | Giám đốc Công ty TNHH MTV Cấp thoát nước |" / "|  | Quảng Ngãi |").

_GRID_ATTENDEES = """ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
VĂN PHÒNG
Số: 41/TB-VP                                  Quảng Ngãi, ngày 18 tháng 3 năm 2022

THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh Trần Phước Hiền tại cuộc họp về công tác cứu nạn, cứu hộ

Ngày 15 tháng 3 năm 2022, Phó Chủ tịch UBND tỉnh Trần Phước Hiền chủ trì cuộc họp.
Tham dự có:
+-----------------------+----------------------------------------------+
| Họ và tên             | Chức vụ, đơn vị                              |
+=======================+==============================================+
| Thượng tá Võ Văn Lâm  | Phó Giám đốc Công an tỉnh                    |
| Bà Đỗ Thị Hạnh        | Phó Giám đốc Sở Xây dựng                     |
| Ông Nguyễn Đình Quý   | Giám đốc Công ty Cổ phần Cấp thoát nước và   |
|                       | Xây dựng Quảng Ngãi                          |
+-----------------------+----------------------------------------------+

Phó Chủ tịch UBND tỉnh kết luận:
1. Công an tỉnh kiểm tra an toàn phòng cháy các chợ, hoàn thành trước ngày 30/4/2022.
"""


def test_each_line_of_a_grid_ruled_around_its_heading_is_an_attendee() -> None:
    n = _notice(_GRID_ATTENDEES)
    names = {p.name for p in n.persons.values()}
    assert {"Võ Văn Lâm", "Đỗ Thị Hạnh", "Nguyễn Đình Quý"} <= names


def test_a_grid_line_with_its_name_cell_empty_carries_on_the_post_above() -> None:
    text = _text(_GRID_ATTENDEES)
    assert "| Ông Nguyễn Đình Quý | Giám đốc Công ty Cổ phần Cấp thoát nước và Xây dựng Quảng Ngãi |" in text
    assert "| Bà Đỗ Thị Hạnh | Phó Giám đốc Sở Xây dựng |" in text


# 4. An inspection record signed side by side by the inspected party, the team's recorder ("CÁN BỘ LẬP BIÊN
# BẢN", "CÁN BỘ GHI BIÊN BẢN") and the team's head, with a witness's block below: the recorder is the record's
# secretary, so the line is read as the record's roles and the head's column signs for the team.

_RECORD_SIGNED_BY_PARTIES = """CÔNG AN TỈNH HÀ TĨNH
PHÒNG CẢNH SÁT PC&CC VÀ CNCH

BIÊN BẢN KIỂM TRA
An toàn phòng cháy, chữa cháy tại Nhà hàng Hương Sen

Hôm nay, hồi 9 giờ 00 ngày 21/9/2017, tại Nhà hàng Hương Sen, thành phố Hà Tĩnh, chúng tôi gồm:
1. Đoàn kiểm tra: Thiếu tá Bùi Văn Hưng - Phó Trưởng phòng, Trưởng đoàn; Đại úy Trần Minh Khoa - cán bộ.
2. Đại diện cơ sở: Ông Lê Văn Tuấn - Chủ nhà hàng.
Kết quả kiểm tra:
1. Cơ sở chưa trang bị đủ bình chữa cháy.
2. Chủ cơ sở bổ sung bình chữa cháy trước ngày 30/9/2017.

Biên bản kết thúc hồi 11 giờ cùng ngày, đã đọc lại cho mọi người cùng nghe và nhất trí ký tên.

ĐẠI DIỆN CƠ SỞ             {recorder}            TRƯỞNG ĐOÀN KIỂM TRA
 (Ký, ghi rõ họ tên)          (Ký, ghi rõ họ tên)            (Ký, ghi rõ họ tên)

   Lê Văn Tuấn                  Trần Minh Khoa                 Bùi Văn Hưng

                  ĐẠI DIỆN UBND PHƯỜNG NAM HÀ
                       (Ký, ghi rõ họ tên)
                         Phạm Quốc Toản
"""


@pytest.mark.parametrize("recorder", ["CÁN BỘ LẬP BIÊN BẢN", "CÁN BỘ GHI BIÊN BẢN"])
def test_the_team_s_head_signs_beside_the_party_and_the_recorder(recorder: str) -> None:
    n = _notice(_RECORD_SIGNED_BY_PARTIES.format(recorder=recorder))
    assert n.signer is not None and match_key(n.signer) == match_key("Bùi Văn Hưng")
