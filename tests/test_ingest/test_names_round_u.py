"""Bodies, persons and posts in the ways round U's unseen notices wrote them (home affairs and organisation;
elected bodies and their oversight; investment, industrial parks and enterprises).

Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.tokens import tokenize


def _surfaces(sentence: str) -> list[str]:
    return [m.surface for m in find_agencies(sentence, tokenize(sentence))]


# 1. A unit's field written with its first word capitalised only runs on over words that are a verb or no name's
# syllables elsewhere, and over a comma inside it: a Sở KH&ĐT's and a Sở Nội vụ's units, an archive, a school of
# politics, an election committee's sub-committees.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Phòng Kinh tế đối ngoại tổng hợp danh mục dự án FDI.", "Phòng Kinh tế đối ngoại"),
        ("Giao Phòng Đăng ký kinh doanh hướng dẫn hồ sơ.", "Phòng Đăng ký kinh doanh"),
        (
            "Phòng Đấu thầu, thẩm định và giám sát đầu tư rà soát các gói thầu.",
            "Phòng Đấu thầu, thẩm định và giám sát đầu tư",
        ),
        ("Vắng: Phòng Công chức, viên chức (có lý do).", "Phòng Công chức, viên chức"),
        (
            "2. Phòng Tổ chức, biên chế và Tổ chức phi chính phủ: thẩm định đề án vị trí việc làm.",
            "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ",
        ),
        ("Trung tâm Lưu trữ lịch sử tỉnh tiếp nhận hồ sơ nộp lưu.", "Trung tâm Lưu trữ lịch sử tỉnh"),
        (
            "Trung tâm Bồi dưỡng chính trị huyện mở lớp cho cán bộ mới.",
            "Trung tâm Bồi dưỡng chính trị huyện",
        ),
        ("c) Tiểu ban An ninh, trật tự: bảo vệ các điểm bỏ phiếu.", "Tiểu ban An ninh, trật tự"),
        (
            "Tiểu ban Giải quyết khiếu nại, tố cáo tiếp nhận đơn của cử tri.",
            "Tiểu ban Giải quyết khiếu nại, tố cáo",
        ),
    ],
)
def test_field_written_in_lower_case_goes_on(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # the same words after a body written whole are its predicate
        ("UBND huyện giải quyết khiếu nại, tố cáo đúng hạn.", "UBND huyện"),
        ("Sở Kế hoạch và Đầu tư đăng ký kinh doanh cho hộ.", "Sở Kế hoạch và Đầu tư"),
    ],
)
def test_field_words_after_a_whole_name_are_its_predicate(sentence: str, surface: str) -> None:
    assert _surfaces(sentence)[0] == surface


_NOTICE_HEAD = """ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
VĂN PHÒNG
Số: 21/TB-VP
Hà Tĩnh, ngày 12 tháng 4 năm 2011

THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại buổi kiểm tra

"""


# 2. A market's name after "chợ" is a place, though it opens with a family name's syllable.
@pytest.mark.parametrize(
    "sentence",
    [
        "Sau khi kiểm tra chợ Kỳ Anh và chợ Thạch Hà, Phó Chủ tịch UBND tỉnh kết luận như sau:\n",
        "Đoàn đã đến chợ Vũ Quang, Giám đốc Sở Công Thương báo cáo tình hình.\n",
    ],
)
def test_market_name_is_no_person(sentence: str) -> None:
    assert not parse_notice(_NOTICE_HEAD + sentence, "x.txt").persons


# 3. A Party board written before "các" and a list of committees is that board of each ("Ban Tổ chức các huyện
# ủy, thành ủy"), not the board "Ban" and a verb "tổ chức" (as in "Ban tổ chức lớp tập huấn").
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "Ban Tổ chức các huyện ủy, thành ủy rà soát đề án vị trí việc làm.",
            "Ban Tổ chức các huyện ủy, thành ủy",
        ),
        ("Đề nghị Ban Tuyên giáo các huyện ủy, thị ủy tuyên truyền.", "Ban Tuyên giáo các huyện ủy, thị ủy"),
        ("Giao Ban Tổ chức các quận ủy hướng dẫn.", "Ban Tổ chức các quận ủy"),
    ],
)
def test_party_board_of_each_committee(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


def test_organising_board_before_a_verb_stays_short() -> None:
    assert "Ban" in _surfaces("Hỗ trợ Ban tổ chức lớp tập huấn cho cán bộ.")


# 4. A company's name ends with its brand, written capitalised after its trade in lower case: a lower-case word
# after the brand is the predicate's.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "Yêu cầu Công ty Cổ phần Đầu tư hạ tầng Minh Phát chuyển đủ kinh phí bồi thường.",
            "Công ty Cổ phần Đầu tư hạ tầng Minh Phát",
        ),
        (
            "Công ty TNHH Xây dựng công trình Hoàng Long chuyển hồ sơ về Sở.",
            "Công ty TNHH Xây dựng công trình Hoàng Long",
        ),
    ],
)
def test_company_name_ends_with_its_brand(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


# 5. A province's National Assembly delegation is a body; an elected delegate's title ("Đại biểu Quốc hội khóa
# XV", "Đại biểu") is a post, before another post in a table cell or before the delegate's name.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Đoàn đại biểu Quốc hội tỉnh tiếp thu ý kiến cử tri.", "Đoàn đại biểu Quốc hội tỉnh"),
        ("Đoàn ĐBQH tỉnh Hà Nam báo cáo kết quả kỳ họp.", "Đoàn ĐBQH tỉnh Hà Nam"),
    ],
)
def test_national_assembly_delegation_is_a_body(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


_VOTERS_HEAD = """ỦY BAN MTTQ VIỆT NAM
HUYỆN BÌNH LỤC
Số: 05/BB-MTTQ
Bình Lục, ngày 20 tháng 11 năm 2024

BIÊN BẢN
Hội nghị tiếp xúc cử tri của Đoàn đại biểu Quốc hội tỉnh Hà Nam

I. THÀNH PHẦN
"""


def _posts(text: str) -> dict[str, list[tuple[str, str | None]]]:
    n = parse_notice(text, "x.txt")
    names = {k: a.name for k, a in n.agencies.items()}
    out: dict[str, list[tuple[str, str | None]]] = {}
    for p in n.posts:
        out.setdefault(n.persons[p.person].name, []).append((p.role, names.get(p.agency or "")))
    return out


def test_delegate_title_before_another_post_in_a_cell() -> None:
    text = (
        _VOTERS_HEAD
        + "TT\tHọ và tên\tChức vụ, đơn vị\n"
        + "1\tĐinh Thị Ngọc Lan\tĐại biểu Quốc hội khóa XV, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Hà Nam\n"
        + "2\tVũ Minh Quang\tĐại biểu Quốc hội khóa XV, Giám đốc Sở Nội vụ tỉnh Hà Nam\n"
    )
    posts = _posts(text)
    assert ("Phó Trưởng đoàn chuyên trách", "Đoàn ĐBQH tỉnh Hà Nam") in posts["Đinh Thị Ngọc Lan"]
    assert ("Giám đốc", "Sở Nội vụ tỉnh Hà Nam") in posts["Vũ Minh Quang"]
    assert "Đại biểu Quốc hội" in [r for r, _ in posts["Vũ Minh Quang"]]


def test_delegate_before_the_name_is_a_person() -> None:
    text = (
        _VOTERS_HEAD
        + "Có 12 lượt đại biểu phát biểu. Đại biểu Trần Văn Khải (Tổ đại biểu huyện Bình Lục) đề nghị làm rõ "
        "trách nhiệm của UBND huyện.\n"
    )
    assert "Trần Văn Khải" in [p.name for p in parse_notice(text, "x.txt").persons.values()]


def test_office_of_the_delegation_written_short_is_the_office() -> None:
    assert _surfaces("- VP Đoàn ĐBQH và HĐND tỉnh;") == ["VP Đoàn ĐBQH và HĐND tỉnh"]


@pytest.mark.parametrize(
    "line",
    [
        # the word in a delegation's name, the attendees as a group: no delegate's post
        "Đồng chí Lò Văn Tấn, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh chủ trì hội nghị.\n",
        "**Đại biểu các huyện, thành phố:** Phòng Kinh tế thành phố (ông Lò Văn Tấn – Phó Trưởng phòng).\n",
    ],
)
def test_delegate_word_that_is_no_post(line: str) -> None:
    posts = _posts(_VOTERS_HEAD + line)
    assert not any(r.startswith("Đại biểu") for r, _ in posts.get("Lò Văn Tấn", [])), posts


# 6. A speaker's report opens with a verb of saying after the body's name, which a numbered item's colon bounds:
# the verb is no part of the name.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("2. Ban Quản lý các KCN Bắc Ninh phản ánh: quỹ đất sạch còn ít.", "Ban Quản lý các KCN Bắc Ninh"),
        ("3. Công ty Cổ phần Đầu tư Sài Gòn kiến nghị: gia hạn tiến độ.", "Công ty Cổ phần Đầu tư Sài Gòn"),
        (
            "4. Trung tâm Phát triển quỹ đất Long An cho biết: còn 12 hộ.",
            "Trung tâm Phát triển quỹ đất Long An",
        ),
    ],
)
def test_verb_of_saying_ends_the_name(sentence: str, surface: str) -> None:
    assert _surfaces(sentence)[0] == surface
