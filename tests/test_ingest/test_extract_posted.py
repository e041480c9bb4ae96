"""Notices as they reach us from the web and from two-column headers: page stamps, companies, provinces.

Sở KH&CN websites post their conclusions as pages with a publication stamp ("Cập nhật: 08/10/2019 15:32")
between the title and the meeting's paragraph, and page tools ("Lượt xem", "Chia sẻ") around them; a Chi cục
TĐC's notices name the utilities it tasks ("Công ty Điện lực Thanh Hóa"); a header flattened onto one line
puts the place-date beside "Số:". The snippets are written for these tests (officials and numbers invented;
provinces, districts and bodies real).
"""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import detect_province, parse_notice
from ketluan.ingest.sections import parse_layout
from ketluan.ingest.tokens import tokenize

POSTED = """Trang chủ » Tin tức - Sự kiện » Hoạt động KH&CN

Chia sẻ | In trang | Lượt xem: 1.245

THÔNG BÁO KẾT LUẬN HỘI NGHỊ GIAO BAN KHOA HỌC VÀ CÔNG NGHỆ CÁC HUYỆN, THÀNH PHỐ QUÝ III NĂM 2019

Cập nhật: 08/10/2019 15:32

Chiều ngày 03/10/2019, tại Hội trường UBND huyện Mỏ Cày Nam, Sở Khoa học và Công nghệ tỉnh Bến Tre tổ chức \
Hội nghị giao ban khoa học và công nghệ các huyện, thành phố quý III năm 2019. Chủ trì hội nghị có ông Huỳnh \
Quang Đức - Phó Giám đốc Sở KH&CN. Phòng Kinh tế - Hạ tầng huyện Thạnh Phú và huyện Ba Tri vắng mặt.

Phó Giám đốc Sở Huỳnh Quang Đức kết luận như sau:

1. Chi cục Tiêu chuẩn Đo lường Chất lượng chủ trì, phối hợp với Phòng Kinh tế - Hạ tầng các huyện tổ chức \
kiểm tra đo lường đối với cột đo xăng dầu, hoàn thành trước ngày 15/12/2019.

Tin: Minh Thư - Phòng QLCN&TT
"""


def _names(notice, keys):
    return [notice.agencies[k].name for k in keys]


def test_publication_stamp_is_not_the_meeting():
    notice = parse_notice(POSTED, "posted.txt")
    assert notice.meeting.held_on == "2019-10-03"  # not the page's "Cập nhật: 08/10/2019 15:32"
    assert notice.meeting.location == "Hội trường UBND huyện Mỏ Cày Nam"


def test_page_stamps_are_no_body_blocks():
    texts = [b.text for b in parse_layout(POSTED).body]
    assert not any(t.startswith(("Cập nhật", "Tin:")) for t in texts)
    assert texts[0].startswith("Chiều ngày 03/10/2019")


def test_news_headline_is_not_the_stamp():
    page = """Tin tức > Tin hoạt động ngành

Phó Chủ tịch UBND tỉnh Đào Mỹ làm việc với Sở Khoa học và Công nghệ

Đăng ngày: 14/05/2021 | Người đăng: Quản trị

Sáng 12/5, đồng chí Đào Mỹ - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Phú Yên có buổi làm việc với Sở Khoa học \
và Công nghệ về tình hình thực hiện nhiệm vụ 4 tháng đầu năm 2021.
"""
    notice = parse_notice(page, "tin.txt")
    assert notice.title == "Phó Chủ tịch UBND tỉnh Đào Mỹ làm việc với Sở Khoa học và Công nghệ"
    assert notice.meeting.held_on == "2021-05-12"  # the day takes the stamp's year


def test_a_district_phong_written_once_for_two_districts_is_absent_in_each():
    notice = parse_notice(POSTED, "posted.txt")
    assert _names(notice, notice.meeting.absent_agencies) == [
        "Phòng Kinh tế và Hạ tầng huyện Thạnh Phú",
        "Phòng Kinh tế và Hạ tầng huyện Ba Tri",
    ]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (
            "Đề nghị Công ty Điện lực Thanh Hóa và Công ty Cổ phần Cấp nước Thanh Hóa lập kế hoạch",
            ["Công ty Điện lực Thanh Hóa", "Công ty Cổ phần Cấp nước Thanh Hóa"],
        ),
        (
            "Công ty TNHH Một thành viên Xổ số kiến thiết Phú Yên nộp ngân sách",
            ["Công ty TNHH Một thành viên Xổ số kiến thiết Phú Yên"],
        ),
        ("Công ty Xăng dầu Khu vực II phối hợp", ["Công ty Xăng dầu Khu vực II"]),
        # a province whose name holds a dash is one place
        (
            "Sở Khoa học và Công nghệ tỉnh Bà Rịa - Vũng Tàu giao",
            ["Sở Khoa học và Công nghệ tỉnh Bà Rịa - Vũng Tàu"],
        ),
        # a company's trade words go on with its name only: a Sở's name stops before them
        ("Sở Công Thương phần lớn đã hoàn thành", ["Sở Công Thương"]),
    ],
)
def test_company_names_hold_their_legal_form_and_trade(text, surfaces):
    assert [m.surface for m in find_agencies(text, tokenize(text), "Thanh Hóa")] == surfaces


@pytest.mark.parametrize(
    ("text", "province"),
    [
        # the place-date in the right column beside "Số:", nothing else naming the province
        (
            "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG\nSố: 45/TB-TĐC                 Thanh Hóa, ngày 20 tháng 3 năm 2022\n",
            "Thanh Hóa",
        ),
        ("| Số: 624/TB-SKHCN | Bà Rịa - Vũng Tàu, ngày 21 tháng 7 năm 2024 |\n", "Bà Rịa - Vũng Tàu"),
        # a province whose name holds a dash, after its keyword, with or without spaces
        ("UBND TỈNH BÀ RỊA - VŨNG TÀU\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n", "Bà Rịa - Vũng Tàu"),
        ("Ủy ban nhân dân tỉnh Bà Rịa-Vũng Tàu giao", "Bà Rịa - Vũng Tàu"),
        ("UBND tỉnh Thừa Thiên - Huế", "Thừa Thiên Huế"),
    ],
)
def test_province_of_the_notice(text, province):
    assert detect_province(text)[0] == province


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # a place whose last syllable is a head noun is the place ("Hải Phòng" holds no Phòng)
        ("phối hợp với Chi cục Thủy sản Hải Phòng kiểm tra", ["Chi cục Thủy sản Hải Phòng"]),
        ("SỞ KHOA HỌC VÀ CÔNG NGHỆ HẢI PHÒNG", ["SỞ KHOA HỌC VÀ CÔNG NGHỆ HẢI PHÒNG"]),
        # official names that hold a comma
        (
            "Trung tâm Thông tin, Ứng dụng tiến bộ KH&CN phối hợp với",
            ["Trung tâm Thông tin, Ứng dụng tiến bộ KH&CN"],
        ),
        (
            "Cục Quản lý Khám, chữa bệnh chỉ đạo các bệnh viện",
            ["Cục Quản lý Khám, chữa bệnh", "các bệnh viện"],
        ),
    ],
)
def test_names_of_this_round(text, surfaces):
    assert [m.surface for m in find_agencies(text, tokenize(text), "Hải Phòng")] == surfaces


def test_a_province_named_without_its_keyword():
    text = "Sáng 26/12, Sở Khoa học và Công nghệ Hà Nội tổ chức hội nghị tổng kết năm 2013. Dự có Công an Hà Nội."
    assert detect_province(text)[0] == "Hà Nội"


def test_a_former_province_named_beside_its_later_name_is_the_province_then():
    # before 2025 Huế was the city of the province Thừa Thiên Huế, now a city of the centre's rank
    text = "Công an tỉnh Thừa Thiên Huế phối hợp với Công an các huyện, thị xã và thành phố Huế."
    assert detect_province(text)[0] == "Thừa Thiên Huế"


MARKDOWN_HEADER = """**SỞ KHOA HỌC VÀ CÔNG NGHỆ KHÁNH HÒA** **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG** **Độc lập - Tự do - Hạnh phúc**

**Số: 41/TB-TTKT** *Khánh Hòa, ngày 12 tháng 4 năm 2021*

**THÔNG BÁO**
**Kết luận giao ban quý I năm 2021**

Sáng ngày 09/4/2021, tại Trung tâm, Giám đốc Trung tâm chủ trì họp giao ban quý I năm 2021.

| STT | Họ và tên | Chức vụ | Đơn vị |
|---|---|---|---|
| 1 | Ông Trần Văn Hậu | Giám đốc | Trung tâm |
| 2 | Bà Lê Thị Na - TP. Kiểm định - Hiệu chuẩn | | |
| 3 | Phòng Kinh tế thị xã Ninh Hòa | Vắng | |

Giám đốc Trung tâm kết luận như sau:

1. Phòng Kiểm định - Hiệu chuẩn phối hợp với Điện lực Ninh Hòa kiểm định công tơ điện trước ngày 30/6/2021.
"""


def test_a_markdown_header_in_bold_cells():
    from ketluan.ingest.readers import read_notice_bytes

    text = read_notice_bytes(MARKDOWN_HEADER.encode(), "kh.md").text
    notice = parse_notice(text, "kh.md")
    issuer = notice.agencies[notice.issuer].name  # the quốc hiệu's cell is no part of it
    assert issuer.lower() == "trung tâm kỹ thuật tiêu chuẩn đo lường chất lượng tỉnh khánh hòa"
    assert (notice.document_number, notice.issued_on) == ("Số: 41/TB-TTKT", "2021-04-12")


def test_a_body_marked_away_in_a_table_row_is_absent():
    from ketluan.ingest.readers import read_notice_bytes

    notice = parse_notice(read_notice_bytes(MARKDOWN_HEADER.encode(), "kh.md").text, "kh.md")
    assert [notice.agencies[k].name for k in notice.meeting.absent_agencies] == [
        "Phòng Kinh tế thị xã Ninh Hòa"
    ]


def test_tp_before_a_unit_that_is_no_place_is_truong_phong():
    from ketluan.ingest.readers import read_notice_bytes

    notice = parse_notice(read_notice_bytes(MARKDOWN_HEADER.encode(), "kh.md").text, "kh.md")
    na = next(p for p in notice.persons.values() if p.name == "Lê Thị Na")
    post = next(po for po in notice.posts if po.person == na.key)
    assert (post.role, notice.agencies[post.agency].name) == ("Trưởng phòng", "Phòng Kiểm định - Hiệu chuẩn")


def test_a_power_company_branch_is_a_body():
    notice = parse_notice(read_notice_bytes_text(MARKDOWN_HEADER), "kh.md")
    task = next(d for d in notice.directives if "công tơ" in d.text)
    assert [notice.agencies[k].name for k in task.supports][0].startswith("Điện lực Ninh Hòa")


def read_notice_bytes_text(md: str) -> str:
    from ketluan.ingest.readers import read_notice_bytes

    return read_notice_bytes(md.encode(), "kh.md").text
