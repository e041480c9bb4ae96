"""Names of bodies, persons and posts in the ways round X's unseen notices wrote them (inspections and working
records, notices passing conclusions down, provincial and city giao ban).

Each case is a variant written here, not a copy of a test notice. Provinces, wards and bodies are real; the
officials are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import names_of as _names
from notice_checks import posts_of as _posts
from notice_checks import task_of as _task

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice
from ketluan.ingest.tokens import tokenize


def _bodies(text: str, province: str | None = "Hà Tĩnh") -> list[str]:
    return [m.surface for m in find_agencies(text, tokenize(text), province)]


HEAD = """UBND TỈNH HÀ TĨNH
VĂN PHÒNG
Số: 212/TB-VPUBND
Hà Tĩnh, ngày 12 tháng 8 năm 2019
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về xây dựng nông thôn mới
Ngày 09/8/2019, Phó Chủ tịch UBND tỉnh Đặng Quốc Vinh chủ trì cuộc họp. Sau khi nghe báo cáo, Phó Chủ tịch UBND
tỉnh kết luận như sau:

"""


def _notice(body: str, head: str = HEAD) -> Notice:
    return parse_notice(head + body, "kl.txt")


# 1. A name stops at the verb after it, not before a word of its own ("Chương trình" is no "trình", the verb), and a
# Sở's name is whole once its official name is read.


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Trực tiếp phụ trách: Văn phòng Điều phối Chương trình nông thôn mới huyện, Trạm Khuyến nông huyện.",
            "Văn phòng Điều phối Chương trình nông thôn mới huyện",
        ),
        (
            "Giao Văn phòng Điều phối Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh tham mưu.",
            "Văn phòng Điều phối Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh",
        ),
        (
            "Giao Văn phòng Điều phối Chương trình MTQG xây dựng nông thôn mới tỉnh chủ trì.",
            "Văn phòng Điều phối Chương trình MTQG xây dựng nông thôn mới tỉnh",
        ),
    ],
)
def test_a_programme_office_is_named_by_its_programme(text: str, body: str) -> None:
    assert body in _bodies(text)


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Phối hợp với Sở Khoa học và Công nghệ quản lý, cấp quyền sử dụng nhãn hiệu.",
            "Sở Khoa học và Công nghệ",
        ),
        ("Phối hợp với Sở Tài chính dự trù kinh phí tổ chức.", "Sở Tài chính"),
        ("Sở KH&CN quản lý chặt chẽ các tổ chức kiểm định.", "Sở KH&CN"),
        ("Sở Tài nguyên và môi trường quản lý chặt việc khai thác cát.", "Sở Tài nguyên và môi trường"),
        ("Giao Sở Giao thông vận tải quản lý tuyến đường.", "Sở Giao thông vận tải"),
        ("Phòng Tài chính - Kế hoạch dự trù kinh phí cho hội nghị.", "Phòng Tài chính - Kế hoạch"),
    ],
)
def test_a_departments_name_ends_before_its_verb(text: str, body: str) -> None:
    assert _bodies(text)[0] == body


@pytest.mark.parametrize(
    "text, body",
    [
        ("Sở Tài chính tỉnh Hà Tĩnh chủ trì.", "Sở Tài chính tỉnh Hà Tĩnh"),
        ("Sở Y tế thành phố Hà Nội thực hiện.", "Sở Y tế thành phố Hà Nội"),
        ("Sở Văn hóa, Thể thao và Du lịch quản lý di tích.", "Sở Văn hóa, Thể thao và Du lịch"),
    ],
)
def test_a_departments_place_still_goes_with_its_name(text: str, body: str) -> None:
    assert _bodies(text) == [body]


def test_the_sentence_after_a_department_keeps_its_task() -> None:
    n = _notice("1. Sở Tài chính dự trù kinh phí tổ chức hội nghị, báo cáo UBND tỉnh trước ngày 30/9/2019.\n")
    assert _task(n, "Sở Tài chính dự trù")[0] == ["Sở Tài chính tỉnh Hà Tĩnh"]


# 2. The wards of 2025 named with their old city after a dash (Nghị quyết 1671/NQ-UBTVQH15: "phường Xuân Hương -
# Đà Lạt"), and numbered before it ("phường 1 Bảo Lộc").

LAM_DONG = """UBND TỈNH LÂM ĐỒNG
VĂN PHÒNG
Số: 88/TB-VPUBND
Lâm Đồng, ngày 14 tháng 10 năm 2025
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban tuần
Ngày 13/10/2025, Chủ tịch UBND tỉnh Trần Văn Hiệp chủ trì cuộc họp giao ban. Tham dự có Chủ tịch UBND phường
Lâm Viên - Đà Lạt Phạm Quốc Hưng. Chủ tịch UBND tỉnh kết luận như sau:

"""


@pytest.mark.parametrize(
    "text, body",
    [
        ("UBND phường Xuân Hương - Đà Lạt tiếp tục sắp xếp trật tự.", "UBND phường Xuân Hương - Đà Lạt"),
        ("UBND phường Cam Ly-Đà Lạt chủ trì.", "UBND phường Cam Ly-Đà Lạt"),
        ("UBND phường 2 Bảo Lộc chủ trì.", "UBND phường 2 Bảo Lộc"),
    ],
)
def test_a_ward_named_with_its_old_city(text: str, body: str) -> None:
    assert _bodies(text, "Lâm Đồng") == [body]


def test_wards_named_with_their_old_city_listed_by_a_collective() -> None:
    text = "UBND các phường Xuân Hương - Đà Lạt, Lang Biang - Đà Lạt khẩn trương rà soát."
    assert _bodies(text, "Lâm Đồng") == ["UBND phường Xuân Hương - Đà Lạt", "UBND phường Lang Biang - Đà Lạt"]


def test_a_wards_task_and_its_chair_with_the_dashed_name() -> None:
    n = _notice(
        "1. UBND phường Xuân Hương - Đà Lạt tiếp tục sắp xếp trật tự kinh doanh tại chợ Đà Lạt.\n",
        head=LAM_DONG,
    )
    assert _task(n, "UBND phường Xuân Hương")[0] == ["Ủy ban nhân dân phường Xuân Hương - Đà Lạt"]
    assert _posts(n, "Phạm Quốc Hưng") == [("Chủ tịch", "Ủy ban nhân dân phường Lâm Viên - Đà Lạt")]


# 4. A city's Party committee named by the city, which shares its province's name ("THÀNH ỦY NAM ĐỊNH" under
# "ĐẢNG BỘ TỈNH NAM ĐỊNH"): the bodies "of the city" it names are the city's, not the province's.

CITY_HEAD = """ĐẢNG BỘ TỈNH HÀ TĨNH          ĐẢNG CỘNG SẢN VIỆT NAM
THÀNH ỦY HÀ TĨNH
Số 41-TB/TU                   Hà Tĩnh, ngày 10 tháng 5 năm 2012
THÔNG BÁO
kết luận của Thường trực Thành ủy tại cuộc họp ngày 08 tháng 5 năm 2012
Ngày 08/5/2012, Thường trực Thành ủy họp dưới sự chủ trì của đồng chí Lê Văn Hòa, Ủy viên Ban Thường vụ Tỉnh ủy,
Bí thư Thành ủy. Dự họp có đồng chí Phan Đức Tâm, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố. Thường trực Thành
ủy kết luận như sau:

"""


def test_a_city_committees_bodies_of_the_city_are_the_citys() -> None:
    n = _notice(
        "1. Giao UBND thành phố chỉ đạo Phòng Tài chính - Kế hoạch thành phố bố trí kinh phí, báo cáo trong "
        "tháng 6/2012.\n",
        head=CITY_HEAD,
    )
    names = set(_names(n).values())
    assert "Ủy ban nhân dân thành phố Hà Tĩnh" in names
    assert "Phòng Tài chính - Kế hoạch thành phố Hà Tĩnh" in names
    assert "Ủy ban nhân dân tỉnh Hà Tĩnh" not in names
    assert ("Chủ tịch", "Ủy ban nhân dân thành phố Hà Tĩnh") in _posts(n, "Phan Đức Tâm")


def test_a_standing_committee_member_of_the_province_stays_the_provinces() -> None:
    n = _notice("1. Giao UBND thành phố chỉ đạo thực hiện.\n", head=CITY_HEAD)
    posts = _posts(n, "Lê Văn Hòa")
    assert ("Ủy viên Ban Thường vụ", "Tỉnh ủy Hà Tĩnh") in posts
    assert ("Bí thư", "Thành ủy Hà Tĩnh") in posts


# 5. Posts: an inspector of the sector's checks; the national motto a scan misread is no commune.


def test_an_inspector_of_checks_is_a_post() -> None:
    head = """SỞ NÔNG NGHIỆP VÀ PTNT TRÀ VINH    CỘNG HOÀ XÃ HỘl CHỦ NGHĨA VIỆT NAM
CHI CỤC QUẢN LÝ CHẤT LƯỢNG NÔNG LÂM SẢN VÀ THỦY SẢN
Trà Vinh, ngày 10 tháng 5 năm 2011
BIÊN BẢN LÀM VIỆC
Hôm nay, ngày 10/5/2011, tại Công ty TNHH Thủy sản Long Toàn, chúng tôi gồm:
BÊN A: CHI CỤC QUẢN LÝ CHẤT LƯỢNG NÔNG LÂM SẢN VÀ THỦY SẢN
- Ông Huỳnh Văn Tài, Phó Chi cục trưởng, Trưởng đoàn;
- Ông Thạch Minh Đức, Kiểm tra viên.

"""
    n = _notice("Kết luận: Công ty khắc phục các tồn tại trước ngày 30/6/2011.\n", head=head)
    assert [r for r, _ in _posts(n, "Thạch Minh Đức")] == ["Kiểm tra viên"]
    assert not any(a.name.lower().startswith("xã") for a in n.agencies.values())


def test_an_inspector_written_bare_is_of_the_issuing_department() -> None:
    head = """UBND TỈNH QUẢNG NGÃI
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 15/KL-SKHCN
Quảng Ngãi, ngày 20 tháng 3 năm 2016
KẾT LUẬN THANH TRA
Về việc chấp hành pháp luật về đo lường trong kinh doanh xăng dầu
Từ ngày 07/3/2016 đến ngày 11/3/2016, Đoàn thanh tra do ông Nguyễn Văn Bình - Chánh Thanh tra Sở làm Trưởng
đoàn, thành viên gồm ông Trần Quang Hiếu - Thanh tra viên, đã tiến hành thanh tra tại 03 cửa hàng xăng dầu.

"""
    n = _notice("Yêu cầu Công ty khắc phục các tồn tại trước ngày 30/4/2016.\n", head=head)
    [(role, body)] = _posts(n, "Trần Quang Hiếu")
    assert role == "Thanh tra viên"
    assert body is not None and "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi" in body


def test_the_document_number_on_the_next_line_is_no_part_of_the_header_body() -> None:
    text = "UBND TỈNH THÁI BÌNH\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 512/KH-STNMT\n"
    assert _bodies(text, "Thái Bình") == ["UBND TỈNH THÁI BÌNH", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"]
    text = "UBND TỈNH THÁI BÌNH\nCHI CỤC THỦY LỢI\nSố: 88/TB-CCTL\n"
    assert _bodies(text, "Thái Bình") == ["UBND TỈNH THÁI BÌNH", "CHI CỤC THỦY LỢI"]
