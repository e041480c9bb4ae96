"""Bodies, persons and posts in the ways round W's unseen notices wrote them (health and food safety; public order,
fire prevention and military service; construction, housing and urban utilities).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
and the companies are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import absent_of, posts_of, task_of

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice
from ketluan.ingest.tokens import tokenize


def _surfaces(sentence: str) -> list[str]:
    return [m.surface for m in find_agencies(sentence, tokenize(sentence))]


HEAD = """UBND TỈNH HÀ TĨNH
VĂN PHÒNG
Số: 31/TB-VP
Hà Tĩnh, ngày 12 tháng 5 năm 2025
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về công tác phòng cháy, chữa cháy
"""


def _notice(body: str, head: str = HEAD) -> Notice:
    return parse_notice(head + body, "kl.txt")


# 1. A number ends a unit's or a commune's name: "Đội Quản lý thị trường số 5", "Đội Cảnh sát giao thông số 2",
# communes and wards numbered since the 2025 mergers ("xã Sơn Kim 1", "phường Hà Giang 2") — also when the number
# closes the sentence, and in a list of communes written after one keyword.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "Vắng mặt: Phòng Kinh tế huyện Cẩm Xuyên, Đội Quản lý thị trường số 3.",
            "Đội Quản lý thị trường số 3",
        ),
        ("Đội Cảnh sát giao thông số 2 tuần tra trên Quốc lộ 1A.", "Đội Cảnh sát giao thông số 2"),
        ("Giao Đội Quản lý thị trường số 12, Công an huyện kiểm tra.", "Đội Quản lý thị trường số 12"),
        ("Vắng: UBND phường Hà Giang 2.", "UBND phường Hà Giang 2"),
        ("- Thư ký: bà Lê Thị Hà - Chuyên viên Phòng Nghiệp vụ Y.", "Phòng Nghiệp vụ Y"),
    ],
)
def test_number_ending_a_name_is_kept(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


@pytest.mark.parametrize(
    ("sentence", "surfaces"),
    [
        (
            "UBND các xã Kỳ Lạc 1, Kỳ Lạc 2, Kỳ Thượng chuẩn bị lực lượng dân quân.",
            ["UBND xã Kỳ Lạc 1", "UBND xã Kỳ Lạc 2", "UBND xã Kỳ Thượng"],
        ),
        (
            "UBND các phường Hà Giang 1, Hà Giang 2 rà soát các cơ sở karaoke.",
            ["UBND phường Hà Giang 1", "UBND phường Hà Giang 2"],
        ),
        (
            "Lãnh đạo UBND các xã Sơn Kim 1, Sơn\nKim 2, Sơn Hồng.",
            ["UBND xã Sơn Kim 1", "UBND xã Sơn Kim 2", "UBND xã Sơn Hồng"],
        ),
    ],
)
def test_numbered_communes_in_a_list(sentence: str, surfaces: list[str]) -> None:
    assert _surfaces(sentence) == surfaces


@pytest.mark.parametrize(
    "sentence",
    [
        "1. Sở Y tế chủ trì, phối hợp Công an tỉnh.",  # a list's number, no name's
        "Sở Xây dựng ban hành văn bản số 12/SXD-QLN.",  # a document's number
    ],
)
def test_other_numbers_stay_out_of_names(sentence: str) -> None:
    assert not any(s.endswith(("1", "12", ".")) for s in _surfaces(sentence))


def test_absent_numbered_unit_whole() -> None:
    n = _notice(
        "Ngày 10/5/2025, Phó Chủ tịch UBND tỉnh Trần Văn Hùng chủ trì cuộc họp. Tham dự có đại diện Công an "
        "tỉnh, Sở Xây dựng.\n"
        "Vắng mặt không có lý do: UBND huyện Kỳ Anh, Đội Quản lý thị trường số 4.\n\n"
        "Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Công an tỉnh kiểm tra các cơ sở karaoke trước ngày 30/5/2025.\n"
    )
    assert "Đội Quản lý thị trường số 4" in absent_of(n)
    assert "Đội Quản lý thị trường số" not in absent_of(n)


# 2. A company's trade written in lower case runs on to its brand, over a word that is a verb elsewhere ("suất ăn":
# "ăn"); without a brand after it, a verb still opens the predicate.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "Công ty TNHH Dịch vụ suất ăn công nghiệp Hoàng Gia tạm dừng cung cấp suất ăn.",
            "Công ty TNHH Dịch vụ suất ăn công nghiệp Hoàng Gia",
        ),
        (
            "Công ty cổ phần Chế biến thức ăn chăn nuôi Tân Long khắc phục ngay các tồn tại.",
            "Công ty cổ phần Chế biến thức ăn chăn nuôi Tân Long",
        ),
        ("Công ty cổ phần Dược phẩm dừng cung cấp thuốc.", "Công ty cổ phần Dược phẩm"),
    ],
)
def test_company_trade_runs_on_to_its_brand(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


FOOD_HEAD = """UBND TỈNH BÌNH DƯƠNG
BAN CHỈ ĐẠO LIÊN NGÀNH VỆ SINH AN TOÀN THỰC PHẨM
Số: 15/TB-BCĐ
Bình Dương, ngày 10 tháng 7 năm 2017
THÔNG BÁO
Kết luận của Trưởng đoàn kiểm tra liên ngành về vụ ngộ độc thực phẩm
"""


def test_company_task_and_director_post() -> None:
    n = _notice(
        "Thành phần:\n"
        "- Ông Nguyễn Văn Bình - Phó Giám đốc Sở Y tế;\n"
        "- Ông Phạm Văn Lâm - Giám đốc Công ty TNHH Dịch vụ suất ăn công nghiệp Hoàng Gia.\n"
        "Trưởng đoàn kết luận như sau:\n"
        "1. Công ty TNHH Dịch vụ suất ăn công nghiệp Hoàng Gia tạm dừng ngay việc cung cấp suất ăn cho các doanh "
        "nghiệp.\n",
        FOOD_HEAD,
    )
    company = "Công ty TNHH Dịch vụ suất ăn công nghiệp Hoàng Gia"
    assert posts_of(n, "Phạm Văn Lâm") == [("Giám đốc", company)]
    assert task_of(n, "Công ty TNHH Dịch vụ suất ăn")[0] == [company]


# 3. A company director's title with the function he directs after it ("Phó Giám đốc nhân sự", "Giám đốc kỹ
# thuật") is still a post of the company named next, not of the notice's issuer.
def test_director_of_a_function_is_the_company_s() -> None:
    n = _notice(
        "Thành phần:\n"
        "- Ông Nguyễn Văn Bình - Phó Giám đốc Sở Y tế;\n"
        "- Bà Lê Thị Hoa - Phó Giám đốc nhân sự Công ty TNHH May Tân Phú;\n"
        "- Ông Trần Văn Cường - Giám đốc kỹ thuật Công ty cổ phần Thực phẩm An Bình.\n"
        "Trưởng đoàn kết luận như sau:\n"
        "1. Công ty TNHH May Tân Phú rà soát hợp đồng cung cấp suất ăn.\n",
        FOOD_HEAD,
    )
    assert posts_of(n, "Lê Thị Hoa") == [("Phó Giám đốc", "Công ty TNHH May Tân Phú")]
    assert posts_of(n, "Lê Thị Hoa", as_written=True) == [
        ("Phó Giám đốc nhân sự", "Công ty TNHH May Tân Phú")
    ]
    assert posts_of(n, "Trần Văn Cường") == [("Giám đốc", "Công ty cổ phần Thực phẩm An Bình")]


# 4. A short name the notice gives a body in brackets after its full name ("(Biwase)", "(sau đây gọi tắt là
# Sawaco)", "(CDC)") is that body where it stands later: the task given to it is the body's. A place or a body of
# its own in the brackets teaches nothing.
@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "Tham dự có Công ty Cổ phần Cấp thoát nước Quảng Ngãi (Quawaco).\nGiao Quawaco lập phương án.",
            "Quawaco",
        ),
        (
            "Làm việc với Tổng công ty Cấp nước Sài Gòn (sau đây gọi tắt là Sawaco).\nĐề nghị Sawaco báo cáo.",
            "Sawaco",
        ),
        ("Trung tâm Kiểm soát bệnh tật tỉnh (CDC) giám sát ổ dịch. CDC báo cáo hằng tuần.", "CDC"),
    ],
)
def test_short_name_in_brackets_is_the_body(text: str, short: str) -> None:
    found = find_agencies(text, tokenize(text))
    full = found[0]
    later = [m for m in found if m.surface == short]
    assert len(later) == 1
    assert (later[0].kind, later[0].head, later[0].name) == (full.kind, full.head, full.name)


@pytest.mark.parametrize(
    ("text", "bracketed"),
    [
        ("Công ty TNHH Xây dựng Hòa Bình (TP.HCM) báo cáo. TP.HCM có 22 quận, huyện.", "TP.HCM"),
        ("Sở Y tế (Hà Nội) kiểm tra. Hà Nội có 30 quận.", "Hà Nội"),
        ("Kế hoạch của Sở Y tế (Kế hoạch 12) được triển khai. Kế hoạch 12 có 5 nội dung.", "Kế hoạch 12"),
    ],
)
def test_no_short_name_from_a_place_or_a_plan(text: str, bracketed: str) -> None:
    found = find_agencies(text, tokenize(text))
    assert not any(m.surface == bracketed and m.kind == found[0].kind for m in found)


def test_short_name_after_another_body_qualifies_it() -> None:
    text = "Phòng Cảnh sát kinh tế (PC03), Công an tỉnh dự họp. Giao Công an tỉnh (PC03) kiểm tra. Giao PC03 xử lý."
    surfaces = [m.surface for m in find_agencies(text, tokenize(text))]
    assert surfaces == ["Phòng Cảnh sát kinh tế", "Công an tỉnh", "Công an tỉnh", "PC03"]


def test_task_to_a_short_name_is_the_company_s() -> None:
    head = """UBND TỈNH BÌNH DƯƠNG
UBND THÀNH PHỐ THỦ DẦU MỘT
Số: 88/TB-UBND
Thủ Dầu Một, ngày 20 tháng 4 năm 2024
THÔNG BÁO
Kết luận của Chủ tịch UBND thành phố tại cuộc họp về thoát nước đô thị
"""
    n = _notice(
        "Ngày 18/4/2024, Chủ tịch UBND thành phố Lê Văn Hòa chủ trì cuộc họp; dự họp có Phòng Quản lý đô thị, "
        "Công ty Cổ phần Nước - Môi trường Bình Dương (Biwase).\n\n"
        "Chủ tịch UBND thành phố kết luận như sau:\n\n"
        "1. Phòng Quản lý đô thị rà soát các điểm ngập trước ngày 30/4/2024.\n\n"
        "2. Đề nghị Biwase nạo vét tuyến cống trên đường Yersin, báo cáo UBND thành phố trước ngày 15/5/2024.\n",
        head,
    )
    assignees, _, due = task_of(n, "Đề nghị Biwase")
    assert assignees == ["Công ty Cổ phần Nước - Môi trường Bình Dương"]
    assert due == "2024-05-15"


# 5. A company's name keeps the province it ends with after its number ("Công ty cổ phần Xây dựng số 6 Nghệ An"),
# and a person after it is no part of it.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "+ Nhà thầu thi công: Công ty cổ phần Xây dựng số 4 Thanh Hóa (ông Lê Văn Nam - Giám đốc);",
            "Công ty cổ phần Xây dựng số 4 Thanh Hóa",
        ),
        ("Công ty cổ phần Xây dựng số 4 Lê Văn Nam chỉ đạo thi công.", "Công ty cổ phần Xây dựng số 4"),
    ],
)
def test_company_number_then_province(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


# 6. A military command's staff officer ("Trợ lý quân lực Ban CHQS huyện") holds a post in the command named after
# the title; "trợ lý" alone before a lower-case word is no post ("xây dựng trợ lý ảo").
MILITARY_HEAD = """UBND HUYỆN NGA SƠN
HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ
Số: 05/BB-HĐNVQS
Nga Sơn, ngày 06 tháng 01 năm 2024
BIÊN BẢN
Họp xét duyệt công dân nhập ngũ năm 2024
"""


def test_staff_officer_of_a_command() -> None:
    n = _notice(
        "I. THÀNH PHẦN\n"
        "Chủ trì: Ông Mai Văn Tùng - Chủ tịch UBND huyện, Chủ tịch Hội đồng.\n"
        "Thư ký: Ông Phạm Văn Đức - Trợ lý tác chiến Ban CHQS huyện.\n"
        "II. NỘI DUNG\n"
        "Hội đồng thống nhất giao Ban CHQS huyện hoàn chỉnh hồ sơ trước ngày 20/01/2024.\n",
        MILITARY_HEAD,
    )
    posts = posts_of(n, "Phạm Văn Đức", as_written=True)
    assert ("Trợ lý tác chiến", "Ban Chỉ huy Quân sự huyện Nga Sơn") in posts


def test_virtual_assistant_is_no_post() -> None:
    n = _notice(
        "Ngày 10/5/2025, ông Trần Văn Hùng - Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.\n"
        "Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Sở Khoa học và Công nghệ xây dựng trợ lý ảo phục vụ người dân trước ngày 30/6/2025.\n"
    )
    assert all(p.role != "Trợ lý" for p in n.posts)


# 7. A heading in capitals ends at a dash followed by words in small letters: a web portal's banner ("SỞ Y TẾ
# QUẢNG NAM - Cổng thông tin điện tử") names the body, not a body called after the portal; a name that goes on in
# the same style keeps its dash ("PHÒNG KT - HẠ TẦNG", "Phòng KT - Hạ tầng").
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("SỞ XÂY DỰNG QUẢNG NGÃI - Cổng thông tin điện tử\nTrang chủ | Tin tức", "SỞ XÂY DỰNG QUẢNG NGÃI"),
        ("Kính gửi: PHÒNG KT - HẠ TẦNG HUYỆN", "PHÒNG KT - HẠ TẦNG HUYỆN"),
        ("Giao Phòng KT - Hạ tầng huyện kiểm tra.", "Phòng KT - Hạ tầng huyện"),
    ],
)
def test_capital_heading_ends_at_a_dash(text: str, surface: str) -> None:
    assert _surfaces(text)[0] == surface
