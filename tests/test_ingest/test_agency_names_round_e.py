"""Where a body's name starts and ends, its head and the titles of its people (round E causes).

Snippets are written for these tests, with other bodies, people and places than the round-E notices that
showed each cause; the provinces, districts and communes are real (Hà Tĩnh: Cầu Treo; Quảng Trị: Cửa Việt;
Đồng Tháp: xã Tân Hội Trung; Quảng Ninh: Trường Chính trị Nguyễn Văn Cừ; Thanh Hóa: Mường Lát).
"""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import AgencyBook, Place, find_agencies
from ketluan.ingest.people import match_title
from ketluan.ingest.tokens import tokenize


def bodies(text: str, province: str | None = "Hà Tĩnh") -> list[tuple[str, str | None]]:
    """(surface, canonical name) of every body found in ``text``."""
    toks = tokenize(text)
    book = AgencyBook(province)
    out = []
    for m in find_agencies(text, toks, province):
        a = book.resolve(m, Place(province))
        out.append((m.surface, a.name if a else None))
    return out


def surfaces(text: str, province: str | None = "Hà Tĩnh") -> list[str]:
    return [s for s, _ in bodies(text, province)]


# text, the bodies' surfaces as written
# fmt: off
NAME_CASES = [
    # MTTQ boards and the Văn phòng of the Ủy ban MTTQ (the lower-case words "chủ", "trào"; the owner in the name)
    ("Giao Ban Dân chủ - Pháp luật, Ban Phong trào chủ trì tổng hợp ý kiến",
     ["Ban Dân chủ - Pháp luật", "Ban Phong trào"]),
    ("Văn phòng Ủy ban MTTQ Việt Nam tỉnh bố trí kinh phí", ["Văn phòng Ủy ban MTTQ Việt Nam tỉnh"]),
    ("2. Ban Tổ chức - Kiểm tra: hướng dẫn kiện toàn", ["Ban Tổ chức - Kiểm tra"]),
    # official names that hold a comma or "các"
    ("Giao Chi cục Chăn nuôi, Thú y và Thủy sản chủ trì", ["Chi cục Chăn nuôi, Thú y và Thủy sản"]),
    ("Báo và Phát thanh, Truyền hình Quảng Trị tăng thời lượng", ["Báo và Phát thanh, Truyền hình Quảng Trị"]),
    ("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh rà soát",
     ["Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh"]),
    ("Phó Bí thư Đảng ủy các cơ quan Đảng tỉnh phát biểu", ["Đảng ủy các cơ quan Đảng tỉnh"]),
    # a body named after a person
    ("Trường Chính trị Nguyễn Văn Cừ mở lớp bồi dưỡng", ["Trường Chính trị Nguyễn Văn Cừ"]),
    ("Hiệu trưởng Trường THPT Phan Đình Phùng, ông Lê Văn An", ["Trường THPT Phan Đình Phùng"]),
    # a verb right after the name, or right after the head
    ("Giao Sở Tài chính thống kê nhu cầu vốn", ["Sở Tài chính"]),
    ("phối hợp Hạt Kiểm lâm huyện Mường Lát ứng dụng ảnh vệ tinh", ["Hạt Kiểm lâm huyện Mường Lát"]),
    ("Giám đốc Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng điều hành chung", [
        "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng"]),
    ("Phó Giám đốc Sở trực tiếp chỉ đạo", ["Sở"]),
    ("Đảng ủy Khối vận động đảng viên", ["Đảng ủy Khối"]),
    ("Ban Quản lý các Khu kinh tế tạo điều kiện cho nhà đầu tư", ["Ban Quản lý các Khu kinh tế"]),
    ("đề nghị Giám đốc Sở lý do vắng họp", ["Sở"]),
    # lower-case words of official names by sector
    ("Phòng Cảnh sát điều tra tội phạm về ma túy chủ trì", ["Phòng Cảnh sát điều tra tội phạm về ma túy"]),
    ("Phòng Cảnh sát giao thông đường bộ - đường sắt tuần tra",
     ["Phòng Cảnh sát giao thông đường bộ - đường sắt"]),
    ("Vụ Thị trường ngoài nước, Vụ Ngân sách nhà nước", ["Vụ Thị trường ngoài nước", "Vụ Ngân sách nhà nước"]),
    ("Công ty cổ phần Cấp nước Hà Tĩnh báo cáo", ["Công ty cổ phần Cấp nước Hà Tĩnh"]),
    ("Trung tâm Khuyến nông - Khuyến ngư hướng dẫn", ["Trung tâm Khuyến nông - Khuyến ngư"]),
    ("Phòng Xây dựng chính quyền và Công tác thanh niên tham mưu",
     ["Phòng Xây dựng chính quyền và Công tác thanh niên"]),
    ("Ban Chỉ huy Phòng thủ dân sự huyện", ["Ban Chỉ huy Phòng thủ dân sự huyện"]),
    ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh",
     ["Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh"]),
    ("Trạm kiểm tra tải trọng xe lưu động phối hợp kiểm tra", ["Trạm kiểm tra tải trọng xe lưu động"]),
    ("Giao Thanh tra tỉnh định kỳ rà soát đơn thư", ["Thanh tra tỉnh"]),
    # not a verb joined to a name: "Chất lượng xây dựng lộ trình" is the name, then the verb
    ("giao Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng xây dựng lộ trình",
     ["Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng"]),
    # a unit named by its owner is one body
    ("Ban Tuyên giáo Liên đoàn Lao động tỉnh tổ chức", ["Ban Tuyên giáo Liên đoàn Lao động tỉnh"]),
    ("Phòng Kỹ thuật Công ty Điện lực Quảng Bình kiểm tra", ["Phòng Kỹ thuật Công ty Điện lực Quảng Bình"]),
    # heads of bodies outside the ministries' own lines
    ("Giao Đồn Biên phòng Cửa Việt tuần tra", ["Đồn Biên phòng Cửa Việt"]),
    ("phối hợp Bộ đội Biên phòng tỉnh, Hải quan cửa khẩu Cầu Treo",
     ["Bộ đội Biên phòng tỉnh", "Hải quan cửa khẩu Cầu Treo"]),
    ("Bưu điện tỉnh, VNPT Quảng Trị, Viễn thông Quảng Trị",
     ["Bưu điện tỉnh", "VNPT Quảng Trị", "Viễn thông Quảng Trị"]),
    ("Khu Quản lý đường bộ IV phối hợp", ["Khu Quản lý đường bộ IV"]),
    ("Đài Khí tượng Thủy văn tỉnh cung cấp bản tin", ["Đài Khí tượng Thủy văn tỉnh"]),
    # a head that is no body: a trade, a service, troops, a hazard's prevention
    ("hoàn thành thủ tục hải quan Cầu Treo", []),
    ("điều động bộ đội và dân quân", []),
    # a commune whose name holds a head; a table's cell boundary
    ("Vắng: Trung tâm PVHCC xã Tân Hội Trung.", ["Trung tâm PVHCC xã Tân Hội Trung"]),
    ("Phó Giám đốc Bệnh viện\tTrực tuyến", ["Bệnh viện"]),
    ("3\tUBND xã Tân Hội Trung\t\tVắng", ["UBND xã Tân Hội Trung"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), NAME_CASES)
def test_where_a_name_ends(text, expected):
    assert surfaces(text) == expected


def test_a_commune_and_a_ward_after_one_head_are_two_bodies():
    got = bodies("Trung tâm phục vụ hành chính công xã Tân Hội Trung, phường Mỹ Phú: báo cáo", "Đồng Tháp")
    assert [n for _, n in got] == [
        "Trung tâm phục vụ hành chính công xã Tân Hội Trung",
        "Trung tâm phục vụ hành chính công phường Mỹ Phú",
    ]


def test_a_regional_body_takes_no_province():
    got = dict(
        bodies("Trung tâm Quan trắc môi trường miền Nam, Trung tâm Chất lượng Nông lâm thủy sản vùng 4")
    )
    assert got == {
        "Trung tâm Quan trắc môi trường miền Nam": "Trung tâm Quan trắc môi trường miền Nam",
        "Trung tâm Chất lượng Nông lâm thủy sản vùng 4": "Trung tâm Chất lượng Nông lâm thủy sản vùng 4",
    }
    # a provincial centre still takes the notice's province
    assert bodies("Trung tâm Khuyến nông tổ chức") == [
        ("Trung tâm Khuyến nông", "Trung tâm Khuyến nông tỉnh Hà Tĩnh")
    ]


def test_a_board_of_the_union_is_named_with_its_owner():
    got = bodies("Ban Tài chính Liên đoàn Lao động tỉnh bố trí kinh phí")
    assert got == [("Ban Tài chính Liên đoàn Lao động tỉnh", "Ban Tài chính Liên đoàn Lao động tỉnh Hà Tĩnh")]


def test_a_header_head_in_capitals_is_spelled_from_its_words():
    toks = tokenize("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")
    (m,) = find_agencies("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", toks)
    assert m.head == "Trung tâm Phục vụ hành chính công"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Đồn trưởng Đồn Biên phòng Cửa Việt", "Đồn trưởng"),
        ("Trạm trưởng Trạm Khí tượng Hải văn", "Trạm trưởng"),
        ("Hạt trưởng Hạt Kiểm lâm", "Hạt trưởng"),
        ("Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Ủy viên Đoàn Chủ tịch"),
    ],
)
def test_titles_of_heads_outside_the_sở(text, title):
    got = match_title(tokenize(text), 0)
    assert got is not None and got[1] == title
