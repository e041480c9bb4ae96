"""Layout problems of ordinary notices that the extractor used to miss.

Each case is a common way a notice laid out per Nghị định 30/2020/NĐ-CP reaches
us: a two-column header flattened onto one line, "Số:" and the place-date on one
line, a title that wraps onto a capitalised line, a delegation given by a
heading or by the phrase before the names, a post title that ends with the head
noun of its body, and body names that run into the verb after them. The snippets
are written for these tests (officials and numbers invented; the provinces,
districts and bodies are real: Cà Mau with Cái Nước and Thới Bình, Tiền Giang
with Cái Bè).
"""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import AgencyBook, Place, find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.sections import parse_layout
from ketluan.ingest.text import match_key
from ketluan.ingest.tokens import tokenize

pytestmark = pytest.mark.issue(3)

GAP = " " * 22


def notice(
    header: str, body: str, title: str = "THÔNG BÁO\nKết luận của Giám đốc Sở tại cuộc họp giao ban"
) -> str:
    """A whole notice around ``body``: header, title, the body, recipients and a signature."""
    return (
        f"{header}\n\n{title}\n\n{body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(đã ký)\n\nNguyễn Văn Tâm\n"
    )


SO_HEADER_2COL = (
    f"UBND TỈNH CÀ MAU{GAP}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    f"SỞ KHOA HỌC VÀ CÔNG NGHỆ{GAP}Độc lập - Tự do - Hạnh phúc\n\n"
    f"Số: 45/TB-SKHCN{GAP}Cà Mau, ngày 14 tháng 5 năm 2021"
)


def posts_of(n, name: str) -> set[tuple[str, str | None]]:
    p = n.persons[match_key(name)]
    return {(x.role, n.agencies[x.agency].name if x.agency else None) for x in n.posts if x.person == p.key}


# --- 1, 2: a two-column header flattened onto one line ------------------------------------------

# header lines, [issuer cells], number, place and date
# fmt: off
COLUMN_CASES = [
    (SO_HEADER_2COL,
     ["UBND TỈNH CÀ MAU", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"], "Số: 45/TB-SKHCN", "Cà Mau, ngày 14 tháng 5 năm 2021"),
    ("ĐẢNG BỘ TỈNH TIỀN GIANG\tĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY CÁI BÈ\n*\nSố 41-TB/HU\t\tCái Bè, ngày 3 tháng 6 năm 2019",
     ["ĐẢNG BỘ TỈNH TIỀN GIANG", "HUYỆN ỦY CÁI BÈ"], "Số 41-TB/HU", "Cái Bè, ngày 3 tháng 6 năm 2019"),
    ("| ỦY BAN NHÂN DÂN<br>HUYỆN CÁI NƯỚC | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |\n"
     "|---|---|\n| Số: 77/TB-UBND | Cái Nước, ngày 9 tháng 8 năm 2022 |",
     ["ỦY BAN NHÂN DÂN", "HUYỆN CÁI NƯỚC"], "Số: 77/TB-UBND", "Cái Nước, ngày 9 tháng 8 năm 2022"),
    (f"SỞ Y TẾ{GAP}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố:   12/TB-SYT{GAP}Cà Mau, ngày 2 tháng 3 năm 2020",
     ["SỞ Y TẾ"], "Số:   12/TB-SYT", "Cà Mau, ngày 2 tháng 3 năm 2020"),
]
# fmt: on


@pytest.mark.parametrize(("header", "cells", "number", "place_date"), COLUMN_CASES)
def test_two_column_header_is_split_into_its_cells(header, cells, number, place_date):
    text = notice(header, "Ngày 10/5/2021, Sở tổ chức cuộc họp giao ban.")
    lay = parse_layout(text)
    assert [ln.clean for ln in lay.header] == cells
    assert lay.number.clean == number
    assert lay.place_date.clean == place_date
    for ln in (*lay.header, lay.number, lay.place_date):  # spans stay those of the notice text
        assert text[ln.clean_start : ln.clean_start + len(ln.clean)] == ln.clean


# header, issuer, issue date
# fmt: off
ISSUER_CASES = [
    (SO_HEADER_2COL, "Sở Khoa học và Công nghệ tỉnh Cà Mau", "2021-05-14"),
    (f"ỦY BAN NHÂN DÂN{GAP}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN THỚI BÌNH{GAP}Độc lập - Tự do - Hạnh phúc\n\n"
     f"Số: 150/TB-UBND{GAP}Thới Bình, ngày 20 tháng 7 năm 2021",
     "Ủy ban nhân dân huyện Thới Bình", "2021-07-20"),
    (f"ỦY BAN NHÂN DÂN{GAP}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH CÀ MAU{GAP}Độc lập - Tự do - Hạnh phúc\n\n"
     f"Số: 150/TB-UBND{GAP}Cà Mau, ngày 20 tháng 7 năm 2021",
     "Ủy ban nhân dân tỉnh Cà Mau", "2021-07-20"),
    (f"UBND TỈNH CÀ MAU{GAP}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVĂN PHÒNG{GAP}Độc lập - Tự do - Hạnh phúc\n\n"
     f"Số: 98/TB-VPUBND{GAP}Cà Mau, ngày 20 tháng 7 năm 2021",
     "Văn phòng Ủy ban nhân dân tỉnh Cà Mau", "2021-07-20"),
    # a name wrapped onto the next line of its column
    (f"BỘ NÔNG NGHIỆP{GAP}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVÀ PHÁT TRIỂN NÔNG THÔN{GAP}Độc lập - Tự do - Hạnh phúc\n\n"
     f"Số: 310/TB-BNN-VP{GAP}Hà Nội, ngày 20 tháng 7 năm 2021",
     "Bộ Nông nghiệp và Phát triển nông thôn", "2021-07-20"),
    (f"UBND TỈNH TIỀN GIANG{GAP}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG{GAP}Độc lập - Tự do - Hạnh phúc\n\n"
     f"Số: 31/TB-STNMT{GAP}Tiền Giang, ngày 20 tháng 7 năm 2021",
     "Sở Tài nguyên và Môi trường tỉnh Tiền Giang", "2021-07-20"),
]
# fmt: on


@pytest.mark.parametrize(("header", "issuer", "issued"), ISSUER_CASES)
def test_issuer_and_issue_date_from_a_flattened_header(header, issuer, issued):
    n = parse_notice(notice(header, "Ngày 16/7/2021, tại phòng họp, Giám đốc Sở chủ trì cuộc họp."), "x.txt")
    assert n.agencies[n.issuer].name == issuer
    assert n.issued_on == issued
    names = " ".join(a.name for a in n.agencies.values())
    assert "Độc" not in names and "chủ nghĩa" not in names.lower() and "CỘNG" not in names


def test_party_header_gives_no_ministry():
    header = f"ĐẢNG BỘ TỈNH TIỀN GIANG{GAP}ĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY CÁI BÈ\n*\nSố 41-TB/HU{GAP}Cái Bè, ngày 3 tháng 6 năm 2019"
    n = parse_notice(notice(header, "Ngày 30/5/2019, Ban Thường vụ Huyện ủy họp."), "x.txt")
    assert n.agencies[n.issuer].name == "Huyện ủy Cái Bè"
    assert not any(a.kind == "ministry" for a in n.agencies.values())


# --- 3: a title that wraps onto a capitalised line ----------------------------------------------

# title lines, the whole title
# fmt: off
TITLE_CASES = [
    ("THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi làm việc với\nỦy ban nhân dân huyện Cái Nước về xây dựng nông thôn mới",
     "THÔNG BÁO Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Ủy ban nhân dân huyện Cái Nước về xây dựng nông thôn mới"),
    ("THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về\nChương trình phát triển tài sản trí tuệ giai đoạn 2021 - 2025",
     "THÔNG BÁO Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về Chương trình phát triển tài sản trí tuệ giai đoạn 2021 - 2025"),
    ("THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp về tình hình thực hiện\nĐề án chuyển đổi số\nvà kinh phí năm 2022",
     "THÔNG BÁO Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về tình hình thực hiện Đề án chuyển đổi số và kinh phí năm 2022"),
]
# fmt: on


@pytest.mark.parametrize(("title", "whole"), TITLE_CASES)
def test_title_wrapping_onto_a_capitalised_line_is_kept_whole(title, whole):
    body = "Ngày 02/3/2022, tại Hội trường Ủy ban nhân dân huyện Cái Nước, ông Lê Văn Hải, Chủ tịch UBND tỉnh chủ trì."
    n = parse_notice(notice(SO_HEADER_2COL, body, title=title), "x.txt")
    assert n.title == whole
    assert n.meeting.held_on == "2022-03-02"


def test_title_stops_before_an_unspaced_body_opening():
    title = "THÔNG BÁO\nKết luận của Giám đốc Sở tại cuộc họp giao ban tháng 3"
    text = notice(SO_HEADER_2COL, "", title=title).replace(
        "tháng 3\n\n", "tháng 3\nNgày 5/3/2021, Sở tổ chức họp giao ban tháng 3.\n"
    )
    n = parse_notice(text, "x.txt")
    assert n.title == "THÔNG BÁO Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 3"
    assert n.meeting.held_on == "2021-03-05"


def test_meeting_date_found_under_a_cut_title():
    # a title line the layout cannot join (a long one) stays in the body: the dated paragraph still gives the date
    title = "THÔNG BÁO\nKết luận của Giám đốc Sở tại buổi làm việc với"
    body = "Ủy ban nhân dân huyện Cái Nước về kết quả thực hiện các nhiệm vụ khoa học và công nghệ cấp huyện năm 2021 và kế hoạch năm 2022 trên địa bàn\n\nNgày 18/3/2022, tại phòng họp, Giám đốc Sở chủ trì."
    n = parse_notice(notice(SO_HEADER_2COL, body, title=title), "x.txt")
    assert n.meeting.held_on == "2022-03-18"


# --- 4, 5: the body a post belongs to, given by the context ----------------------------------

# header, body, person, expected posts
# fmt: off
CONTEXT_CASES = [
    pytest.param(SO_HEADER_2COL,
     "Ngày 10/5/2021, Giám đốc Sở chủ trì buổi làm việc với UBND huyện Cái Nước. Về phía huyện Cái Nước có ông Trần Văn Lực, "
     "Chủ tịch UBND huyện; bà Lý Thị Hoa, Trưởng phòng Kinh tế và Hạ tầng.",
     "Lý Thị Hoa", {("Trưởng phòng", "Phòng Kinh tế và Hạ tầng huyện Cái Nước")}, id="ve-phia-huyen-phong"),
    pytest.param(SO_HEADER_2COL,
     "Ngày 10/5/2021, Giám đốc Sở chủ trì buổi làm việc với UBND huyện Cái Nước. Về phía huyện Cái Nước có ông Trần Văn Lực, "
     "Chủ tịch UBND huyện; bà Lý Thị Hoa, Trưởng phòng Kinh tế và Hạ tầng.",
     "Trần Văn Lực", {("Chủ tịch", "Ủy ban nhân dân huyện Cái Nước")}, id="ve-phia-huyen-chu-tich"),
    pytest.param(SO_HEADER_2COL,
     "Ngày 10/5/2021, Giám đốc Sở chủ trì cuộc họp.\n\nTham dự cuộc họp có:\n"
     "- UBND huyện Thới Bình: ông Đỗ Văn Nam - Phó Chủ tịch UBND huyện; bà Lâm Thị Thu - Trưởng phòng Tài chính - Kế hoạch.\n"
     "- Sở Tài chính: ông Phạm Quốc Bảo - Phó Giám đốc Sở.\n\nSau khi nghe báo cáo, Giám đốc Sở kết luận như sau:\n\n1. Giao Phòng Quản lý khoa học theo dõi.",
     "Đỗ Văn Nam", {("Phó Chủ tịch", "Ủy ban nhân dân huyện Thới Bình")}, id="inline-heading-ubnd-huyen"),
    pytest.param(SO_HEADER_2COL,
     "Ngày 10/5/2021, Giám đốc Sở chủ trì cuộc họp.\n\nTham dự cuộc họp có:\n"
     "- UBND huyện Thới Bình: ông Đỗ Văn Nam - Phó Chủ tịch UBND huyện; bà Lâm Thị Thu - Trưởng phòng Tài chính - Kế hoạch.\n"
     "- Sở Tài chính: ông Phạm Quốc Bảo - Phó Giám đốc Sở.\n\nSau khi nghe báo cáo, Giám đốc Sở kết luận như sau:\n\n1. Giao Phòng Quản lý khoa học theo dõi.",
     "Lâm Thị Thu", {("Trưởng phòng", "Phòng Tài chính - Kế hoạch huyện Thới Bình")}, id="inline-heading-phong"),
    pytest.param(SO_HEADER_2COL,
     "Ngày 10/5/2021, Giám đốc Sở chủ trì cuộc họp.\n\nTham dự cuộc họp có:\n"
     "- UBND huyện Thới Bình: ông Đỗ Văn Nam - Phó Chủ tịch UBND huyện.\n"
     "- Sở Tài chính: ông Phạm Quốc Bảo - Phó Giám đốc Sở.\n\nSau khi nghe báo cáo, Giám đốc Sở kết luận như sau:\n\n1. Giao Phòng Quản lý khoa học theo dõi.",
     "Phạm Quốc Bảo", {("Phó Giám đốc", "Sở Tài chính tỉnh Cà Mau")}, id="inline-heading-so"),
    pytest.param(SO_HEADER_2COL,
     "Ngày 10/5/2021, ông Nguyễn Văn Tâm, Phó Giám đốc Sở chủ trì cuộc họp; đại diện lãnh đạo: Sở Khoa học và Công nghệ "
     "(ông Lê Quốc Huy, Giám đốc Sở), Sở Tài chính (bà Đặng Thị Lan, Giám đốc Sở), Sở Công Thương.",
     "Đặng Thị Lan", {("Giám đốc", "Sở Tài chính tỉnh Cà Mau")}, id="parenthesis-after-so"),
    pytest.param(
     f"ỦY BAN NHÂN DÂN{GAP}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN THỚI BÌNH{GAP}Độc lập - Tự do - Hạnh phúc\n\n"
     f"Số: 150/TB-UBND{GAP}Thới Bình, ngày 20 tháng 7 năm 2021",
     "Ngày 16/7/2021, tại phòng họp UBND huyện, đồng chí Võ Minh Khoa – Phó Chủ tịch UBND huyện chủ trì cuộc họp. Tham dự có "
     "đồng chí Huỳnh Thị Xuân – Trưởng phòng Tài chính - Kế hoạch; đồng chí Tạ Văn Tuấn – Phó Trưởng phòng Quản lý ngân sách, "
     "Sở Tài chính tỉnh Cà Mau.",
     "Võ Minh Khoa", {("Phó Chủ tịch", "Ủy ban nhân dân huyện Thới Bình")}, id="issuer-district-ubnd"),
    pytest.param(
     f"ỦY BAN NHÂN DÂN{GAP}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN THỚI BÌNH{GAP}Độc lập - Tự do - Hạnh phúc\n\n"
     f"Số: 150/TB-UBND{GAP}Thới Bình, ngày 20 tháng 7 năm 2021",
     "Ngày 16/7/2021, tại phòng họp UBND huyện, đồng chí Võ Minh Khoa – Phó Chủ tịch UBND huyện chủ trì cuộc họp. Tham dự có "
     "đồng chí Huỳnh Thị Xuân – Trưởng phòng Tài chính - Kế hoạch; đồng chí Tạ Văn Tuấn – Phó Trưởng phòng Quản lý ngân sách, "
     "Sở Tài chính tỉnh Cà Mau.",
     "Huỳnh Thị Xuân", {("Trưởng phòng", "Phòng Tài chính - Kế hoạch huyện Thới Bình")}, id="issuer-district-phong"),
]
# fmt: on


@pytest.mark.parametrize(("header", "body", "person", "posts"), CONTEXT_CASES)
def test_post_agency_from_the_delegation_context(header, body, person, posts):
    n = parse_notice(notice(header, body), "x.txt")
    assert posts_of(n, person) == posts


def test_a_unit_followed_by_its_parent_is_the_parents():
    header = (
        f"ỦY BAN NHÂN DÂN{GAP}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN THỚI BÌNH{GAP}Độc lập - Tự do - Hạnh phúc\n\n"
        f"Số: 150/TB-UBND{GAP}Thới Bình, ngày 20 tháng 7 năm 2021"
    )
    body = (
        "Ngày 16/7/2021, đồng chí Võ Minh Khoa – Phó Chủ tịch UBND huyện chủ trì cuộc họp. Tham dự có đồng chí Tạ Văn Tuấn – "
        "Phó Trưởng phòng Quản lý ngân sách, Sở Tài chính tỉnh Cà Mau."
    )
    n = parse_notice(notice(header, body), "x.txt")
    ((role, agency),) = posts_of(n, "Tạ Văn Tuấn")
    a = next(x for x in n.agencies.values() if x.name == agency)
    assert (role, agency, a.district) == ("Phó Trưởng phòng", "Phòng Quản lý ngân sách", None)
    assert n.agencies[a.parent].name == "Sở Tài chính tỉnh Cà Mau"


# --- 6: a title that ends with the head noun of its body --------------------------------------

# attendee line, person, expected posts
# fmt: off
UNIT_TITLE_CASES = [
    ("- Ông Lê Hoàng Phi - Chi cục trưởng Chi cục Tiêu chuẩn Đo lường Chất lượng;", "Lê Hoàng Phi",
     {("Chi cục trưởng", "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Cà Mau")}),
    ("- Ông Lê Hoàng Phi, Phó Chi cục trưởng Chi cục TĐC;", "Lê Hoàng Phi",
     {("Phó Chi cục trưởng", "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Cà Mau")}),
    ("- Bà Vũ Thị Nga - Trưởng phòng Phòng Quản lý khoa học;", "Vũ Thị Nga",
     {("Trưởng phòng", "Phòng Quản lý khoa học")}),
]
# fmt: on


@pytest.mark.parametrize(("line", "person", "posts"), UNIT_TITLE_CASES)
def test_unit_head_title_then_its_body(line, person, posts):
    body = f"Ngày 10/5/2021, Giám đốc Sở chủ trì cuộc họp.\n\nThành phần tham dự:\n{line}\n\nGiám đốc Sở kết luận như sau:\n\n1. Tiếp tục theo dõi."
    n = parse_notice(notice(SO_HEADER_2COL, body), "x.txt")
    assert posts_of(n, person) == posts
    assert not any(match_key(a.name).startswith(("chi cục chi", "cục ")) for a in n.agencies.values())


def test_unit_head_title_alone_under_a_unit_heading_takes_no_other_body():
    body = (
        "Ngày 10/5/2021, Giám đốc Sở chủ trì cuộc họp giao ban; tham dự có ông Lê Hoàng Phi - Chi cục trưởng Chi cục TĐC.\n\n"
        "Giám đốc Sở kết luận như sau:\n\n1. Chi cục Tiêu chuẩn Đo lường Chất lượng\n\n"
        "- Giao ông Lê Hoàng Phi, Chi cục trưởng, chủ trì xây dựng kế hoạch kiểm tra đo lường năm 2022."
    )
    n = parse_notice(notice(SO_HEADER_2COL, body), "x.txt")
    assert posts_of(n, "Lê Hoàng Phi") == {
        ("Chi cục trưởng", "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Cà Mau")
    }


# --- 7-10: where a body's name begins and ends ---------------------------------------------------

# text, [(surface, canonical name)]
# fmt: off
NAME_CASES = [
    # 7: "Hội trường", "Phòng họp" are rooms
    ("tại Hội trường UBND huyện Cái Nước", [("UBND huyện Cái Nước", "Ủy ban nhân dân huyện Cái Nước")]),
    ("tại Phòng họp số 2 UBND tỉnh", [("UBND tỉnh", "Ủy ban nhân dân tỉnh Cà Mau")]),
    ("nghiên cứu thị trường Trung Quốc", []),
    # 8: "Hiệp hội" keeps its head
    ("Hiệp hội Doanh nghiệp tỉnh tham gia", [("Hiệp hội Doanh nghiệp tỉnh", "Hiệp hội Doanh nghiệp tỉnh Cà Mau")]),
    # 9: a name ends before the verb of its clause
    ("Sở Khoa học và Công nghệ hỗ trợ doanh nghiệp tham gia Chương trình",
     [("Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ tỉnh Cà Mau")]),
    ("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng kiểm định, hiệu chuẩn phương tiện đo",
     [("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng", "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh Cà Mau")]),
    ("Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ doanh nghiệp công bố tiêu chuẩn cơ sở",
     [("Chi cục Tiêu chuẩn Đo lường Chất lượng", "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Cà Mau")]),
    # ...but a verb after "và" or inside a known compound is part of the name
    ("Trung tâm Tư vấn và hỗ trợ doanh nghiệp tổ chức hội thảo",
     [("Trung tâm Tư vấn và hỗ trợ doanh nghiệp", "Trung tâm Tư vấn và hỗ trợ doanh nghiệp tỉnh Cà Mau")]),
    ("Ban Quản lý dự án đầu tư xây dựng huyện Cái Nước báo cáo",
     [("Ban Quản lý dự án đầu tư xây dựng huyện Cái Nước", "Ban Quản lý dự án đầu tư xây dựng huyện Cái Nước")]),
    # 10: Party bodies
    ("ĐẢNG BỘ TỈNH CÀ MAU", [("ĐẢNG BỘ TỈNH CÀ MAU", "Đảng bộ tỉnh Cà Mau")]),
    ("cán bộ Sở Tư pháp", [("Sở Tư pháp", "Sở Tư pháp tỉnh Cà Mau")]),
    ("Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc", [("Văn phòng Tỉnh ủy", "Văn phòng Tỉnh ủy Cà Mau")]),
    # a post title opening with a head noun is no body
    ("ông Lê Hoàng Phi, Chi cục trưởng, chủ trì", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), NAME_CASES)
def test_where_a_body_name_begins_and_ends(text, expected):
    book = AgencyBook("Cà Mau")
    got = []
    for m in find_agencies(text, tokenize(text), "Cà Mau"):
        a = book.resolve(m, Place("Cà Mau", home=book.add("Sở Tư pháp tỉnh Cà Mau", "so", "", m.span)))
        got.append((m.surface, a.name if a else None))
    assert got == expected


def test_party_office_is_not_the_home_sos():
    body = (
        "Ngày 15/8/2021, Ban Thường vụ Tỉnh ủy họp; dự họp có đồng chí Lê Quốc Huy, Giám đốc Sở Khoa học và Công nghệ.\n\n"
        "Ban Thường vụ Tỉnh ủy kết luận:\n\n1. Sở Khoa học và Công nghệ chủ trì xây dựng đề án.\n\n"
        "2. Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Thông báo này."
    )
    header = "TỈNH ỦY CÀ MAU\n*\nSố 12-TB/TU\nCà Mau, ngày 18 tháng 8 năm 2021"
    n = parse_notice(notice(header, body, title="THÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY"), "x.txt")
    office = next(a for a in n.agencies.values() if a.kind == "office")
    assert office.name == "Văn phòng Tỉnh ủy Cà Mau"
    assert n.agencies[office.parent].name == "Tỉnh ủy Cà Mau"


def test_district_phong_names_are_not_the_issuing_sos():
    body = (
        "Ngày 10/5/2021, Giám đốc Sở chủ trì cuộc họp. Tham dự có bà Vũ Thị Nga, Trưởng phòng Quản lý khoa học; "
        "ông Hồ Văn Bé, Trưởng phòng Kinh tế - Hạ tầng."
    )
    n = parse_notice(notice(SO_HEADER_2COL, body), "x.txt")
    parents = {
        a.name: (n.agencies[a.parent].name if a.parent else None)
        for a in n.agencies.values()
        if a.kind == "phong"
    }
    assert parents["Phòng Quản lý khoa học"] == "Sở Khoa học và Công nghệ tỉnh Cà Mau"
    assert parents["Phòng Kinh tế và Hạ tầng"] is None  # a district's Phòng, spelled officially


# --- more of the same kind: the footer, tables, acting heads, districts named once ----------------

FOOTER_2COL = """Nơi nhận:                                KT. GIÁM ĐỐC
- Như trên;                              PHÓ GIÁM ĐỐC
- UBND tỉnh (b/c);
- Lưu: VT.                                   (đã ký)

                                         Trần Minh Luân
"""


def test_recipients_and_signature_side_by_side():
    text = (
        notice(SO_HEADER_2COL, "Ngày 10/5/2021, Sở tổ chức cuộc họp giao ban.").split("Nơi nhận:")[0]
        + FOOTER_2COL
    )
    n = parse_notice(text, "x.txt")
    assert n.persons[n.signer].name == "Trần Minh Luân"
    assert posts_of(n, "Trần Minh Luân") == {("Phó Giám đốc", "Sở Khoa học và Công nghệ tỉnh Cà Mau")}
    assert [n.agencies[k].name for k in n.recipients] == ["Ủy ban nhân dân tỉnh Cà Mau"]


# signature lines, signer, title
# fmt: off
SIGNER_CASES = [
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(đã ký)\n\nVàng Seo Páo\n", "Vàng Seo Páo", "Phó Giám đốc"),
    ("Q. GIÁM ĐỐC\n\n(đã ký)\n\nY Hiên\n", "Y Hiên", "Quyền Giám đốc"),
]
# fmt: on


@pytest.mark.parametrize(("block", "signer", "title"), SIGNER_CASES)
def test_signer_without_a_kinh_family_name_and_acting_heads(block, signer, title):
    text = (
        notice(SO_HEADER_2COL, "Ngày 10/5/2021, Sở tổ chức cuộc họp giao ban.").split("KT. GIÁM ĐỐC")[0]
        + block
    )
    n = parse_notice(text, "x.txt")
    assert n.persons[n.signer].name == signer
    assert posts_of(n, signer) == {(title, "Sở Khoa học và Công nghệ tỉnh Cà Mau")}


def test_attendee_table_flattened_to_text():
    body = (
        "Ngày 10/5/2021, Sở tổ chức buổi làm việc với Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng.\n\n"
        "Thành phần tham dự:\n\n"
        "STT | Họ và tên | Chức vụ | Đơn vị\n"
        "1 | Ông Nguyễn Văn Tâm | Phó Giám đốc Sở, chủ trì | Sở Khoa học và Công nghệ\n"
        "2 | Bà Hứa Thị Lệ | Giám đốc | Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng\n"
        "3 | Ông Lò Văn Pọng | Kiểm định viên | Phòng Kiểm định - Hiệu chuẩn, Trung tâm Kỹ thuật TĐC\n\n"
        "Sau khi nghe báo cáo, Phó Giám đốc Sở kết luận như sau:\n\n1. Trung tâm tiếp tục theo dõi."
    )
    n = parse_notice(notice(SO_HEADER_2COL, body), "x.txt")
    assert [n.persons[c].name for c in n.meeting.chairs] == ["Nguyễn Văn Tâm"]
    assert posts_of(n, "Hứa Thị Lệ") == {
        ("Giám đốc", "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh Cà Mau")
    }
    ((role, unit),) = posts_of(n, "Lò Văn Pọng")
    a = next(x for x in n.agencies.values() if x.name == unit)
    assert (role, unit) == ("Kiểm định viên", "Phòng Kiểm định - Hiệu chuẩn")
    assert n.agencies[a.parent].name == "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh Cà Mau"


# text, [(surface, canonical name)], districts the notice names
# fmt: off
DISTRICT_CASES = [
    # "thành phố Cà Mau" in tỉnh Cà Mau is the city; "UBND TP." after it is that city's
    ("- UBND TP. Cà Mau: ông A", [("UBND TP. Cà Mau", "Ủy ban nhân dân thành phố Cà Mau")], []),
    ("Sở Khoa học và Công nghệ thành phố Cà Mau", [("Sở Khoa học và Công nghệ thành phố Cà Mau", "Sở Khoa học và Công nghệ tỉnh Cà Mau")], []),
    ("PCT UBND TP. chủ trì", [("UBND TP.", "Ủy ban nhân dân thành phố Cà Mau")], [("thành phố", "Cà Mau")]),
    # a bare "UBND huyện" is the one district of that kind the notice names...
    ("UBND huyện báo cáo", [("UBND huyện", "Ủy ban nhân dân huyện Cái Nước")], [("huyện", "Cái Nước")]),
    # ...and stays bare when it names several
    ("UBND huyện báo cáo", [("UBND huyện", "Ủy ban nhân dân huyện")], [("huyện", "Cái Nước"), ("huyện", "Thới Bình")]),
    # a body shared out over localities is one collective
    ("Phòng TN&MT các huyện, thị xã tổ chức",
     [("Phòng TN&MT các huyện, thị xã", "Phòng Tài nguyên và Môi trường các huyện, thị xã")], []),
    ("Chi cục TĐC các tỉnh, thành phố kiểm tra",
     [("Chi cục TĐC các tỉnh, thành phố", "Chi cục Tiêu chuẩn Đo lường Chất lượng các tỉnh, thành phố")], []),
    # a collective that names its places is one body in each place, as "quận Ninh Kiều, Cái Răng" is two
    ("Sở NN&PTNT các tỉnh Cà Mau, Bạc Liêu tham mưu",
     [("Sở NN&PTNT tỉnh Cà Mau", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Cà Mau"),
      ("Sở NN&PTNT tỉnh Bạc Liêu", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bạc Liêu")], []),
    ("Đảng ủy các xã Hòa Xuân Tây, Hòa Hiệp Bắc ban hành nghị quyết",
     [("Đảng ủy xã Hòa Xuân Tây", "Đảng ủy xã Hòa Xuân Tây"), ("Đảng ủy xã Hòa Hiệp Bắc", "Đảng ủy xã Hòa Hiệp Bắc")],
     []),
    ("UBND các xã, thị trấn rà soát", [("UBND các xã, thị trấn", "Ủy ban nhân dân các xã, thị trấn")], []),
    # Party bodies named by their committee get its province
    ("Ban Tuyên giáo Tỉnh ủy phối hợp", [("Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy Cà Mau")], []),
    # numbered units
    ("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 3 tập trung kiểm định",
     [("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 3", "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 3 tỉnh Cà Mau")], []),
    ("Sở Y tế 6 tháng đầu năm", [("Sở Y tế", "Sở Y tế tỉnh Cà Mau")], []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected", "named"), DISTRICT_CASES)
def test_districts_cities_and_shared_bodies(text, expected, named):
    book = AgencyBook("Cà Mau")
    for lt, name in named:
        book.named_districts.setdefault(lt, {})[match_key(name)] = name
    got = [
        (m.surface, book.resolve(m, Place("Cà Mau")).name)
        for m in find_agencies(text, tokenize(text), "Cà Mau")
    ]
    assert got == expected


def test_district_party_committee_gives_its_district():
    header = (
        f"ĐẢNG BỘ TỈNH TIỀN GIANG{GAP}ĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY CÁI BÈ\n*\n"
        f"Số 41-TB/HU{GAP}Cái Bè, ngày 3 tháng 6 năm 2019"
    )
    body = (
        "Ngày 30/5/2019, Ban Thường vụ Huyện ủy họp dưới sự chủ trì của đồng chí Lê Hữu Tài, Bí thư Huyện ủy. "
        "Dự họp có đồng chí Phan Văn Lợi, Phó Chủ tịch UBND huyện.\n\nBan Thường vụ Huyện ủy kết luận:\n\n"
        "- Ban Tuyên giáo Huyện ủy chủ trì tuyên truyền về chuyển đổi số trong quý III/2019."
    )
    n = parse_notice(notice(header, body, title="THÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY"), "x.txt")
    assert posts_of(n, "Lê Hữu Tài") == {("Bí thư", "Huyện ủy Cái Bè")}
    assert posts_of(n, "Phan Văn Lợi") == {("Phó Chủ tịch", "Ủy ban nhân dân huyện Cái Bè")}
    assert [n.agencies[k].name for d in n.directives for k in d.assignees] == [
        "Ban Tuyên giáo Huyện ủy Cái Bè"
    ]


def test_a_ministry_notice_has_no_province_and_its_own_titles():
    header = (
        f"BỘ KHOA HỌC VÀ CÔNG NGHỆ{GAP}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC TIÊU CHUẨN{GAP}Độc lập - Tự do - Hạnh phúc\n"
        f"ĐO LƯỜNG CHẤT LƯỢNG\nSố: 88/TB-TĐC{GAP}Hà Nội, ngày 9 tháng 10 năm 2019"
    )
    body = (
        "Ngày 4/10/2019, Phó Tổng cục trưởng Trịnh Quang Vũ đã chủ trì cuộc họp với Chi cục Tiêu chuẩn Đo lường "
        "Chất lượng tỉnh Cà Mau; tham dự có Thanh tra Tổng cục (ông Mạc Văn Sơn, Chánh Thanh tra)."
    )
    n = parse_notice(notice(header, body), "x.txt")
    assert n.agencies[n.issuer].name == "Tổng cục Tiêu chuẩn Đo lường Chất lượng"
    assert n.province is None
    assert [n.persons[c].name for c in n.meeting.chairs] == ["Trịnh Quang Vũ"]
    assert posts_of(n, "Trịnh Quang Vũ") == {
        ("Phó Tổng cục trưởng", "Tổng cục Tiêu chuẩn Đo lường Chất lượng")
    }
    assert posts_of(n, "Mạc Văn Sơn") == {("Chánh Thanh tra", "Thanh tra Tổng cục")}


def test_absent_list_runs_to_its_end():
    body = "Ngày 10/5/2021, Sở tổ chức cuộc họp.\n\nVắng: Phòng Tài nguyên và Môi trường (có lý do), UBND xã Tân Hưng."
    n = parse_notice(notice(SO_HEADER_2COL, body), "x.txt")
    names = [n.agencies[k].name for k in n.meeting.absent_agencies]
    assert len(names) == 2 and names[1].startswith("Ủy ban nhân dân xã Tân Hưng")
