"""Names of bodies and posts in the ways round AM's blind notices wrote them (epidemics, vaccination and food
safety; schools, exams and vocational training; ethnic affairs, mass mobilisation and the Fatherland Front).

Each case is a variant written here, not a copy of a test notice. The bodies' kinds and places are real; the
officials are invented.
"""

from __future__ import annotations

from notice_checks import assignees_of, posts_of
from notice_checks import bodies_found as _names

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice
from ketluan.ingest.tokens import tokenize

HEADER = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN
Số: 45/TB-SGDĐT
Điện Biên, ngày 20 tháng 9 năm 2024
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban
Ngày 18/9/2024, đồng chí Lò Văn Thắng, Giám đốc Sở chủ trì cuộc họp giao ban.
"""
CLOSING = """Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Quàng Thị Mai
"""
CONCLUSIONS = "Sau khi nghe báo cáo, Giám đốc Sở kết luận như sau:\n"


def _notice(attending: str, body: str, header: str = HEADER) -> Notice:
    return parse_notice(header + attending + "\n" + CONCLUSIONS + body + "\n" + CLOSING, "x.txt")


# 1. A Sở GD&ĐT's units join two fields with a spaced hyphen (Thông tư 12/2020/TT-BNV and the provinces' decisions
# on a Sở's organisation): "Phòng Giáo dục phổ thông - Giáo dục dân tộc", "Phòng Giáo dục phổ thông - Giáo dục
# thường xuyên", and the ministry's "Vụ Giáo dục phổ thông". "phổ thông" (general education) is a word of the
# field's name, and the field after the hyphen belongs to the unit too.


def test_a_general_education_unit_joined_with_ethnic_education() -> None:
    assert _names(
        "Phòng Giáo dục phổ thông - Giáo dục dân tộc hướng dẫn rà soát danh sách học sinh bán trú."
    ) == ["Phòng Giáo dục phổ thông - Giáo dục dân tộc"]


def test_a_general_education_unit_joined_with_quality_management() -> None:
    assert _names("Phòng Giáo dục phổ thông - Quản lý chất lượng tổng hợp kết quả thi học kỳ I.") == [
        "Phòng Giáo dục phổ thông - Quản lý chất lượng"
    ]
    assert _names("Vụ Giáo dục phổ thông hướng dẫn thực hiện chương trình năm học.") == [
        "Vụ Giáo dục phổ thông"
    ]


def test_the_deputy_head_of_the_general_education_unit_and_its_task() -> None:
    n = _notice(
        "Tham dự có ông Giàng A Chứ, Phó Trưởng phòng Giáo dục phổ thông - Giáo dục dân tộc.",
        "1. Phòng Giáo dục phổ thông - Giáo dục dân tộc tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 30/9/2024.",
    )
    assert posts_of(n, "Giàng A Chứ") == [("Phó Trưởng phòng", "Phòng Giáo dục phổ thông - Giáo dục dân tộc")]
    assert "Phòng Giáo dục phổ thông - Giáo dục dân tộc" in assignees_of(n)


def test_spreading_the_law_still_ends_a_name() -> None:
    """Guard (passes on the starting code too): "phổ biến" after a body is its task, not its name."""
    assert _names("Phòng Giáo dục phổ biến kế hoạch năm học mới đến giáo viên.") == ["Phòng Giáo dục"]
    assert _names("Sở Tư pháp phổ biến, giáo dục pháp luật cho đồng bào vùng cao.") == ["Sở Tư pháp"]


# 2. A scanned notice loses the marks of the most frequent administrative words first: "tinh" for "tỉnh". The Youth
# Union's provincial committee, "Tỉnh đoàn", is then written "Tinh đoàn"; no other word is spelt so, and it is the
# body of the post before it ("Phó Bí thư Tinh đoàn").


def test_the_provincial_youth_union_without_its_mark_is_a_body() -> None:
    assert _names("chị Lò Thị Hương, Phó Bí thư Tinh đoàn; ông Quàng Văn Dũng") == ["Tinh đoàn"]


def test_the_post_of_a_deputy_secretary_of_the_provincial_youth_union_from_a_scan() -> None:
    n = _notice(
        "Tham dự có anh Lường Văn Phong, Phó Bí thư Tinh đoàn; đại diện Hội Liên hiệp Phụ nữ tỉnh.",
        "1. Tinh đoàn huy động đoàn viên tham gia sửa chữa phòng ở bán trú cho học sinh, xong trước ngày 15/10/2024.",
    )
    # spelled back with its mark, as the committee written in full would be
    assert posts_of(n, "Lường Văn Phong") == [("Phó Bí thư", "Tỉnh đoàn")]
    assert "Tỉnh đoàn" in assignees_of(n)


def test_the_spirit_of_solidarity_is_no_body() -> None:
    """Guard (passes on the starting code too): "tinh thần đoàn kết" holds "tinh" and "đoàn" but not together."""
    assert _names("Phát huy tinh thần đoàn kết các dân tộc trên địa bàn.") == []


# 3. (Round AL's leftover.) A scan slips the mark of a later syllable inside a body's lower-case field words as
# often as right after its capitalised first word: "Chi cục Thi hành án dân sư huyện" ("dân sự"). The field's word
# is known whole, its other syllables are as spelt, and only one slipped, so the name goes on to its place and is
# spelt back; a collective of such bodies keeps its whole list of levels.


def test_a_district_enforcement_office_with_a_slipped_last_syllable() -> None:
    text = "Chi cục Thi hành án dân sư huyện Bình Giang rà soát các việc có điều kiện thi hành."
    ms = find_agencies(text, tokenize(text), None)
    assert [m.surface for m in ms] == ["Chi cục Thi hành án dân sư huyện Bình Giang"]
    assert ms[0].name == "Thi hành án dân sự"


def test_the_enforcement_offices_of_every_district_with_a_slipped_syllable() -> None:
    text = "Các Chi cục Thi hành án dân sư huyện, thị xã phân loại án có điều kiện và chưa có điều kiện thi hành."
    assert _names(text) == ["Các Chi cục Thi hành án dân sự huyện, thị xã"]


def test_a_slipped_syllable_spelt_as_another_word_still_ends_the_name() -> None:
    """Guard (passes on the starting code too): a whole word after the name, not one syllable of a known field
    word with its mark slipped, still ends it ("… dân sự" then the verb)."""
    assert _names("Chi cục Thi hành án dân sự huyện Tứ Kỳ tổ chức cưỡng chế.") == [
        "Chi cục Thi hành án dân sự huyện Tứ Kỳ"
    ]
