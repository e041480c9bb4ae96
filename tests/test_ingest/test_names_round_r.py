"""Bodies and posts in the ways round R's unseen notices wrote them (digital transformation and administrative
reform; industry, energy, labour and technical safety; education, health and food safety).

Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.tokens import tokenize


def _surfaces(sentence: str) -> list[str]:
    return [m.surface for m in find_agencies(sentence, tokenize(sentence))]


# 1. A name goes on over a lower-case word of names: one whose first syllable is a name's ("gia đình"), or a
# word of the kind the body is ("đa khoa", "liên ngành"), and a board of several sectors over the field it is
# "về" (about).
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "Giao Chi cục Dân số - Kế hoạch hóa gia đình phối hợp tuyên truyền.",
            "Chi cục Dân số - Kế hoạch hóa gia đình",
        ),
        ("Phòng Văn hóa và gia đình huyện tổ chức hội thi.", "Phòng Văn hóa và gia đình huyện"),
        ("Bệnh viện đa khoa tỉnh Hà Giang bố trí giường bệnh.", "Bệnh viện đa khoa tỉnh Hà Giang"),
        ("Bệnh viện chuyên khoa Tâm thần báo cáo số ca.", "Bệnh viện chuyên khoa Tâm thần"),
        ("- Các bệnh viện đa khoa huyện chuẩn bị thuốc.", "Các bệnh viện đa khoa huyện"),
        (
            "Sở Y tế phối hợp với Ban Chỉ đạo liên ngành về an toàn thực phẩm kiểm tra bếp ăn tập thể.",
            "Ban Chỉ đạo liên ngành về an toàn thực phẩm",
        ),
        (
            "Ban Chỉ đạo liên ngành về ATTP tỉnh Gia Lai chủ trì.",
            "Ban Chỉ đạo liên ngành về ATTP tỉnh Gia Lai",
        ),
    ],
)
def test_lower_case_words_of_names(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


def test_about_what_is_the_predicate_after_an_interagency_board() -> None:
    # "về việc …" is what the board reports on, not its field
    assert "Ban Chỉ đạo liên ngành" in _surfaces("Ban Chỉ đạo liên ngành về việc chấp hành quy định.")


def test_a_place_closes_the_name_before_a_lower_case_word() -> None:
    # "quan trắc" is the verb after the works' place, not a word of its name
    assert "Xí nghiệp Cấp nước Trà Cú" in _surfaces("Xí nghiệp Cấp nước Trà Cú quan trắc độ mặn hằng tuần.")


# 1b. A company's trade whose first syllable alone is capitalised runs on to the place that closes the name.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "Công ty cổ phần Gốm sứ Chu Đậu khẩn trương nộp số tiền còn nợ.",
            "Công ty cổ phần Gốm sứ Chu Đậu",
        ),
        ("Ông Lê Văn Hòa - Giám đốc Công ty TNHH Gạch men Hải Dương;", "Công ty TNHH Gạch men Hải Dương"),
    ],
)
def test_company_trade_in_lower_case(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Công ty TNHH Gạch nộp tiền cho ông Trần Văn Ba.", "Công ty TNHH Gạch"),
        ("Công ty cổ phần Xi măng phối hợp với Sở Xây dựng.", "Công ty cổ phần Xi măng"),
    ],
)
def test_company_name_stops_at_its_predicate(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


# 2. A unit's name written after a post title runs to the comma before its parent body, over words that
# elsewhere open a predicate ("xây dựng"); a word of names in lower case ("công cộng") goes on with it.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "- Ông Hoàng Văn Minh - Phó Trưởng phòng Quản lý hoạt động xây dựng,\nSở Xây dựng;",
            "phòng Quản lý hoạt động xây dựng",
        ),
        (
            "- Bà Lê Thị Thu - Trưởng phòng Kiểm soát thủ tục hành chính, Văn phòng UBND tỉnh;",
            "phòng Kiểm soát thủ tục hành chính",
        ),
        ("Khoa Y tế công cộng tổ chức tập huấn cho cộng tác viên.", "Khoa Y tế công cộng"),
    ],
)
def test_unit_before_its_parent(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


def test_unit_tail_needs_the_parent_after_the_comma() -> None:
    # no parent after the comma: the verb is the unit's predicate
    found = _surfaces("Trưởng phòng Kế hoạch phát biểu, đề nghị các đơn vị khẩn trương.")
    assert not any("phát biểu" in s for s in found)


def test_public_employee_is_a_post() -> None:
    from ketluan.graph.pipeline import parse_notice

    text = (
        "SỞ Y TẾ TỈNH VĨNH LONG\nBIÊN BẢN KIỂM TRA\n\nThành phần đoàn kiểm tra:\n"
        "- Bà Trương Thị Mỹ Lệ, Viên chức Trung tâm Y tế huyện Long Hồ - Thư ký.\n"
    )
    posts = parse_notice(text, "x.txt").posts
    assert any(p.role == "Viên chức" and p.agency and "trung tâm y tế" in p.agency for p in posts)


def test_publicising_is_the_predicate() -> None:
    # "công khai" (make public) opens the predicate; "công" alone would go on with the name
    assert "Sở Tài chính" in _surfaces("Sở Tài chính công khai đầy đủ, kịp thời dự toán ngân sách tỉnh.")


HEALTH_CENTRE = """SỞ Y TẾ BẾN TRE
TRUNG TÂM Y TẾ HUYỆN CHÂU THÀNH
Số: 12/TB-TTYT
Châu Thành, ngày 20 tháng 10 năm 2016
THÔNG BÁO
Kết luận giao ban tháng 10
Ngày 18/10/2016, ông Phạm Văn Bảy, Giám đốc Trung tâm Y tế huyện Châu Thành chủ trì giao ban. Tham dự có:
{line}
Giám đốc kết luận:
1. Khoa Dược rà soát danh mục thuốc.
"""


@pytest.mark.parametrize(
    ("line", "person", "body"),
    [
        (
            "- Ông Lê Hoàng Nam, Phó Trưởng khoa Y tế công cộng, Trung tâm Y tế huyện;",
            "Lê Hoàng Nam",
            "Khoa Y tế công cộng",
        ),
        ("- Bà Trần Thị Hoa, Trưởng khoa Khoa Dược;", "Trần Thị Hoa", "Khoa Dược"),
        ("- Ông Nguyễn Văn Tư, Quyền Trưởng khoa Nội.", "Nguyễn Văn Tư", "Khoa Nội"),
    ],
)
def test_the_head_of_a_khoa_holds_his_post_in_that_khoa(line: str, person: str, body: str) -> None:
    """A hospital's or a health centre's department ("Trưởng khoa Y tế công cộng") is the post's body, not the issuer."""
    n = parse_notice(HEALTH_CENTRE.format(line=line), "kl.txt")
    (post,) = [p for p in n.posts if n.persons[p.person].name == person]
    assert n.agencies[post.agency].name == body


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "Đoàn kiểm tra công tác bảo trì đường bộ đã kiểm tra tuyến QL18.",
            "Đoàn kiểm tra công tác bảo trì đường bộ",
        ),
        (
            "Phòng Quản lý bảo trì kết cấu hạ tầng giao thông phối hợp.",
            "Phòng Quản lý bảo trì kết cấu hạ tầng giao thông",
        ),
    ],
)
def test_maintenance_is_a_word_of_names(sentence: str, surface: str) -> None:
    """ "bảo trì" (maintenance) opens with a name's syllable ("bảo") and is a field a unit or a team is of."""
    assert _surfaces(sentence)[0] == surface
