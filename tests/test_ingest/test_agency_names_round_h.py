"""Where a body's name ends, and which bodies are bodies at all (round H causes: lower-case words of the
standards and water sectors' names, a place's inner syllable read as a family name, "các" inside a project board's
name, a company's works and branches, the one-stop desk written in lower case, a district's joint office).

Snippets are written for these tests, with other bodies, people and places than the round-H notices that showed
each cause; the provinces and districts are real (Quảng Nam: Nam Trà My, Bắc Trà My; Đắk Lắk: Krông Năng, Buôn
Ma Thuột; An Giang: Châu Phú, Tịnh Biên; Cà Mau: Thới Bình).
"""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import AgencyBook, Place, find_agencies
from ketluan.ingest.records import Span
from ketluan.ingest.tokens import tokenize


def bodies(text: str, province: str | None = "Quảng Nam", place: Place | None = None):
    """(surface, canonical name) of every body found in ``text``."""
    toks = tokenize(text)
    book = AgencyBook(province)
    place = place or Place(province)
    out = []
    for m in find_agencies(text, toks, province):
        a = book.resolve(m, place)
        out.append((m.surface, a.name if a else None))
    return out


def surfaces(text: str, province: str | None = "Quảng Nam") -> list[str]:
    return [s for s, _ in bodies(text, province)]


# text, province, the bodies' surfaces as written
# fmt: off
NAME_CASES = [
    # the standards sector's units: certification, accreditation, barcodes, written with lower-case syllables
    ("Trung tâm Chứng nhận Phù hợp và Phòng Thử nghiệm Cơ khí thực hiện", "Quảng Nam",
     ["Trung tâm Chứng nhận Phù hợp", "Phòng Thử nghiệm Cơ khí"]),
    ("Giao Văn phòng Công nhận Năng lực đánh giá sự phù hợp rà soát hồ sơ", "Quảng Nam",
     ["Văn phòng Công nhận Năng lực đánh giá sự phù hợp"]),
    ("Trung tâm Tiêu chuẩn Đo lường Chất lượng và Mã số mã vạch hướng dẫn doanh nghiệp", "Quảng Nam",
     ["Trung tâm Tiêu chuẩn Đo lường Chất lượng và Mã số mã vạch"]),
    # rural water supply
    ("Trạm Cấp nước sinh hoạt xã Trà Mai kiểm tra đường ống", "Quảng Nam",
     ["Trạm Cấp nước sinh hoạt xã Trà Mai"]),
    # a district named without its keyword, whose inner syllable opens like a family name ("Trà", "Ma")
    ("Hạt Kiểm lâm Nam Trà My phối hợp tuần tra", "Quảng Nam", ["Hạt Kiểm lâm Nam Trà My"]),
    ("Hội Doanh nhân trẻ Buôn Ma Thuột tổ chức hội chợ", "Đắk Lắk", ["Hội Doanh nhân trẻ Buôn Ma Thuột"]),
    # a project board named for all its works: "các" is inside the name
    ("Ban Quản lý dự án đầu tư xây dựng các công trình huyện Krông Năng phối hợp", "Đắk Lắk",
     ["Ban Quản lý dự án đầu tư xây dựng các công trình huyện Krông Năng"]),
    # a company's works, plants and branches, named by their trade, their place and their company
    ("Xí nghiệp Thủy nông Châu Phú nạo vét kênh", "An Giang", ["Xí nghiệp Thủy nông Châu Phú"]),
    ("Nhà máy Thủy điện Sông Tranh 2 báo cáo", "Quảng Nam", ["Nhà máy Thủy điện Sông Tranh 2"]),
    ("Chi nhánh Công ty Cổ phần Giống cây trồng miền Nam tại Tịnh Biên cung ứng giống", "An Giang",
     ["Chi nhánh Công ty Cổ phần Giống cây trồng miền Nam"]),
    ("Công ty TNHH MTV Cao su Quảng Nam báo cáo", "Quảng Nam", ["Công ty TNHH MTV Cao su Quảng Nam"]),
    # the one-stop desk, whose name follows its head in lower case
    ("Văn phòng Sở rà soát quy trình; chỉ đạo bộ phận tiếp nhận và trả kết quả thủ tục hành chính niêm yết",
     "Quảng Nam", ["Văn phòng Sở", "bộ phận tiếp nhận và trả kết quả thủ tục hành chính"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "province", "expected"), NAME_CASES)
def test_names_run_to_their_end(text, province, expected):
    assert surfaces(text, province) == expected


# fmt: off
NOT_BODIES = [
    # the facility a project builds or extends is no body; a company's works after a project's word likewise
    "Sở Xây dựng nghiệm thu dự án Nhà máy xử lý rác thải Tam Xuân",
    "đẩy nhanh tiến độ xây dựng Nhà máy nước Điện Bàn giai đoạn 2",
    "hoàn thành hạng mục Xí nghiệp chế biến gỗ",
    # a lower-case head with no name after it is no body
    "các bộ phận chuyên môn rà soát",
    "xây dựng nhà máy chế biến",
]
# fmt: on


@pytest.mark.parametrize("text", NOT_BODIES)
def test_facilities_and_common_nouns_are_no_bodies(text):
    names = surfaces(text)
    assert not any(s.lower().startswith(("nhà máy", "xí nghiệp", "bộ phận")) for s in names), names


def test_a_district_office_named_for_one_council_is_its_joint_office():
    """A district's HĐND and UBND share one office: "Văn phòng UBND huyện X" is "Văn phòng HĐND và UBND huyện X"
    when the notice names the joint one (a signature "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG" resolves to it)."""
    book = AgencyBook("Cà Mau")
    joint = book.add(
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Thới Bình",
        "office",
        "Văn phòng HĐND và UBND huyện",
        Span(10, 40),
    )
    office = book.add(
        "Văn phòng Ủy ban nhân dân huyện Thới Bình", "office", "Văn phòng UBND huyện", Span(90, 110)
    )
    assert office is joint
    assert "Văn phòng Ủy ban nhân dân huyện Thới Bình" in joint.surfaces
    # another district's office, and one of a notice that names no joint office, stay their own
    other = book.add("Văn phòng Ủy ban nhân dân huyện Trần Văn Thời", "office", "", Span(200, 220))
    assert other is not joint
    alone = AgencyBook("Cà Mau").add("Văn phòng Ủy ban nhân dân huyện Thới Bình", "office", "", Span(0, 5))
    assert alone.name == "Văn phòng Ủy ban nhân dân huyện Thới Bình"


def test_a_bare_company_or_works_head_refers_back_to_the_one_named():
    """ "Giám đốc Công ty" after the company's full name is that company; "Giám đốc Xí nghiệp" in the row of one of
    several works is that row's works, and with no row and several works none of them."""
    text = "Công ty Cổ phần Cấp thoát nước Bến Tre báo cáo; Giám đốc Công ty chỉ đạo"
    assert bodies(text, "Bến Tre")[1] == ("Công ty", "Công ty Cổ phần Cấp thoát nước Bến Tre")
    book = AgencyBook("Bến Tre")
    works = [
        book.add(n, "company", n, Span(i, i + 5))
        for i, n in enumerate(("Xí nghiệp Cấp nước Ba Tri", "Xí nghiệp Cấp nước Thạnh Phú"))
    ]
    toks = tokenize("Phó Giám đốc Xí nghiệp")
    (m,) = find_agencies("Phó Giám đốc Xí nghiệp", toks, "Bến Tre")
    assert book.resolve(m, Place("Bến Tre", parent=works[1])).name == "Xí nghiệp Cấp nước Thạnh Phú"
    assert book.resolve(m, Place("Bến Tre")).name == "Xí nghiệp"
