"""Names of bodies and posts in the ways round AN's blind notices wrote them (culture and heritage; disasters and
weather; industrial clusters and waste).

Each case is a variant written here, not a copy of a test notice. The bodies' kinds and places are real; the
officials are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import assignees_of, posts_of, task_of
from notice_checks import bodies_found as _names

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

HEADER = """ỦY BAN NHÂN DÂN
HUYỆN BẮC YÊN
Số: 88/TB-UBND
Bắc Yên, ngày 14 tháng 9 năm 2019
THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp
Ngày 12/9/2019, đồng chí Lò Văn Quyết, Chủ tịch UBND huyện chủ trì cuộc họp.
Tham dự:
"""
CLOSING = """
Nơi nhận:
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Cầm Thị Hoa
"""


def _notice(attending: str, body: str) -> Notice:
    return parse_notice(HEADER + attending + "\nKết luận:\n" + body + "\n" + CLOSING, "x.txt")


# 1. Names of public bodies are written in sentence case: the head's first field capitalised, the rest in lower case,
# two fields joined by "và" ("Phòng Quản lý quy hoạch và xây dựng" of an industrial-parks board, "Phòng Quản lý đô
# thị và phát triển"). The second field's words are a verb elsewhere ("xây dựng kế hoạch"); where the name ends right
# after them (the task's verb, a mark, a place keyword) they are the field's.


# fmt: off
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Phòng Quản lý quy hoạch và xây dựng chủ trì thẩm định hồ sơ thiết kế nhà xưởng.",
         ["Phòng Quản lý quy hoạch và xây dựng"]),
        ("ông Hoàng Văn Tư, Trưởng phòng Quản lý quy hoạch và xây dựng; bà Đỗ Thị Yến",
         ["phòng Quản lý quy hoạch và xây dựng"]),
        ("Phòng Quản lý đô thị và phát triển huyện Đức Hòa rà soát hồ sơ.",
         ["Phòng Quản lý đô thị và phát triển huyện Đức Hòa"]),
    ],
)
# fmt: on
def test_a_second_field_after_and_that_is_a_verb_elsewhere(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_verb_with_its_object_after_and_is_the_sentences() -> None:
    """Guard (passes on the starting code too): "và xây dựng kế hoạch" is a second predicate, not a field."""
    assert _names("Phòng Quản lý đô thị và xây dựng kế hoạch chỉnh trang.") == ["Phòng Quản lý đô thị"]


def test_the_planning_and_building_unit_is_tasked_and_holds_the_post() -> None:
    n = _notice(
        "- Ông Hoàng Văn Tư - Trưởng phòng Quản lý quy hoạch và xây dựng;",
        "1. Phòng Quản lý quy hoạch và xây dựng đôn đốc nhà đầu tư hoàn thành hạ tầng trước ngày 30/10/2019.",
    )
    assert posts_of(n, "Hoàng Văn Tư") == [("Trưởng phòng", "Phòng Quản lý quy hoạch và xây dựng huyện Bắc Yên")]
    assert task_of(n, "Phòng Quản lý quy hoạch")[0] == ["Phòng Quản lý quy hoạch và xây dựng huyện Bắc Yên"]


# 2. A heritage body's field is named by nouns written in lower case whose first syllable is no name's ("di tích",
# "danh thắng", "di sản văn hóa"): the name runs over them to its place or level, then the task's verb.


# fmt: off
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ban Quản lý di tích và danh thắng tỉnh phối hợp với UBND thành phố Ninh Bình tổ chức lễ hội.",
         ["Ban Quản lý di tích và danh thắng tỉnh", "UBND thành phố Ninh Bình"]),
        ("Trung tâm Quản lý bảo tồn di sản văn hóa Mỹ Sơn lập hồ sơ tu bổ tháp.",
         ["Trung tâm Quản lý bảo tồn di sản văn hóa Mỹ Sơn"]),
        ("Ban Quản lý di tích tỉnh Quảng Ngãi kiểm kê hiện vật.", ["Ban Quản lý di tích tỉnh Quảng Ngãi"]),
        ("Phòng Quản lý di sản hướng dẫn lập hồ sơ xếp hạng.", ["Phòng Quản lý di sản"]),
    ],
)
# fmt: on
def test_heritage_bodies_named_in_sentence_case(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_moving_households_still_ends_a_name() -> None:
    """Guard (passes on the starting code too): "di dời" opens no field ("di" alone is no name's syllable)."""
    assert _names("Phòng Kinh tế di dời các hộ ra khỏi vùng sạt lở.") == ["Phòng Kinh tế"]


# 3. A province's performing-arts troupes are public bodies named "Đoàn" + the art form + the place ("Đoàn Chèo Thái
# Bình", "Đoàn Cải lương Tây Đô", "Đoàn Nghệ thuật Khmer …"), headed by a "Trưởng đoàn"; a theatre's name holds the
# art form's words ("Nhà hát Ca kịch Huế").


# fmt: off
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Đoàn Chèo Thái Bình dàn dựng vở mới tham dự liên hoan.", ["Đoàn Chèo Thái Bình"]),
        ("Đoàn Cải lương Tây Đô biểu diễn phục vụ nhân dân.", ["Đoàn Cải lương Tây Đô"]),
        ("Đoàn Nghệ thuật Khmer Ánh Bình Minh tập luyện chương trình.", ["Đoàn Nghệ thuật Khmer Ánh Bình Minh"]),
        ("Nhà hát Ca kịch Huế xây dựng chương trình biểu diễn.", ["Nhà hát Ca kịch Huế"]),
    ],
)
# fmt: on
def test_performing_arts_troupes_and_theatres(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_an_inspection_team_is_still_no_troupe() -> None:
    """Guard (passes on the starting code too): a lower-case "đoàn kiểm tra" is the team's people, no body."""
    assert _names("đoàn kiểm tra đã làm việc tại xã.") == []


def test_the_head_of_a_troupe_and_its_task() -> None:
    n = _notice(
        "- Bà Lê Thị Thu - Trưởng đoàn Đoàn Chèo Thái Bình;",
        "1. Đoàn Chèo Thái Bình lập dự toán kinh phí dàn dựng, gửi Phòng Tài chính - Kế hoạch trước ngày 25/9/2019.",
    )
    assert posts_of(n, "Lê Thị Thu")[0][1] is not None
    assert task_of(n, "Đoàn Chèo")[2] == "2019-09-25"


# 4. A company's name opening a numbered task ends with its proper name (a district, a brand); the words after it, to
# the line's end, are its task's ("3. Công ty TNHH MTV Khai thác công trình thủy lợi Ý Yên nạo vét⏎kênh …").


def test_a_company_opening_a_numbered_line_ends_at_its_place() -> None:
    text = "3. Công ty TNHH MTV Khai thác công trình thủy lợi Nam Sách nạo vét\nkênh tưới, vận hành thử trạm bơm."
    assert _names(text) == ["Công ty TNHH MTV Khai thác công trình thủy lợi Nam Sách"]


def test_a_company_ending_at_its_brand_on_a_numbered_line() -> None:
    text = "2. Công ty CP Môi trường đô thị Sao Mai thu gom\nrác tồn đọng tại các chợ."
    assert _names(text) == ["Công ty CP Môi trường đô thị Sao Mai"]


def test_a_unit_heading_still_takes_its_lower_case_words() -> None:
    """Guard (passes on the starting code too): a unit heading alone on its line keeps its words in lower case."""
    assert _names("2.1. Phòng Kiểm định xe cơ giới\n- Hướng dẫn thủ tục") == ["Phòng Kiểm định xe cơ giới"]


# 5. Posts: a scan loses the marks of the most frequent titles ("Truong phòng", "Pho Giam doc"); the military writes
# a deputy commander "Chỉ huy phó" (Luật Dân quân tự vệ 2019) as often as "Phó Chỉ huy trưởng".


def test_titles_without_their_marks_and_the_deputy_commander() -> None:
    n = _notice(
        "- Bà Vũ Thị Lan - Truong phòng Quản lý đê điều, thành viên;\n"
        "- Ông Lò Văn Ích - Pho Giam doc Trung tâm Y tế huyện;\n"
        "- Thiếu tá Sùng A Páo - Chỉ huy phó Ban Chỉ huy Quân sự huyện;",
        "1. Phòng Nông nghiệp và PTNT tổng hợp thiệt hại trước ngày 20/9/2019.",
    )
    assert posts_of(n, "Vũ Thị Lan") == [("Trưởng phòng", "Phòng Quản lý đê điều huyện Bắc Yên")]
    assert posts_of(n, "Lò Văn Ích") == [("Phó Giám đốc", "Trung tâm Y tế huyện Bắc Yên")]
    assert posts_of(n, "Sùng A Páo") == [("Phó Chỉ huy trưởng", "Ban Chỉ huy Quân sự huyện Bắc Yên")]
    assert posts_of(n, "Sùng A Páo", as_written=True)[0][0] == "Chỉ huy phó"


def test_a_village_heads_other_marks_make_no_title() -> None:
    """Only marks lost make a title: "Trưởng bản" (a village's head) stays itself, no "Trưởng ban" misspelt."""
    from ketluan.ingest.lang.vi.titles import TITLES

    assert TITLES["truong phòng"] == "Trưởng phòng"
    assert TITLES["trưởng bản"] == "Trưởng bản"


# 6. A conclusion addresses villages through their heads: "Trưởng các thôn thông tin …", "Trưởng các xóm tuyên
# truyền …"; the villages act (as after "Thủ trưởng các sở"), not a group borrowed from the closing line. A bare
# "Trưởng" before a body is one person's post ("giao Trưởng Ban Tổ chức Y Khâm Byă").


def test_heads_of_villages_as_a_tasks_subject() -> None:
    n = _notice(
        "- Ông Hà Văn Ba - Trưởng phòng Kinh tế và Hạ tầng.",
        "1. Phòng Kinh tế và Hạ tầng tổng hợp thiệt hại trước ngày 20/9/2019.\n"
        "2. Trưởng các xóm tuyên truyền đến người dân về nguy cơ sạt lở đất.\n"
        "UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện./.",
    )
    assert task_of(n, "Trưởng các xóm")[0] == ["Các xóm"]
    assert "Các cơ quan, đơn vị" not in assignees_of(n)


def test_the_head_of_one_board_given_a_task_is_the_person() -> None:
    """Guard (passes on the starting code too): "giao Trưởng Ban Tổ chức <name>" names the person, by his post."""
    n = _notice(
        "- Ông Nông Văn Dũng - Phó Chủ tịch UBND huyện, Trưởng Ban Tổ chức Lễ hội.",
        "1. Giao Trưởng Ban Tổ chức Nông Văn Dũng quyết định số lượng đoàn nghệ thuật tham gia.",
    )
    assert task_of(n, "Giao Trưởng Ban")[0] == ["Nông Văn Dũng"]
