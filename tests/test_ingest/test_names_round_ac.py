"""Names of persons, posts and bodies in the ways round AC's blind notices wrote them (land and public investment,
public finance, natural resources and environment), and the leftovers of round AB.

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials and the
companies are invented.
"""

from __future__ import annotations

from notice_checks import posts_of

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice
from ketluan.ingest.tokens import tokenize

HEADER = """ỦY BAN NHÂN DÂN
TỈNH GIA LAI
Số: 31/TB-UBND
Gia Lai, ngày 10 tháng 10 năm 2025
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về thu ngân sách
Ngày 08/10/2025, Phó Chủ tịch UBND tỉnh Nguyễn Văn An chủ trì cuộc họp. Tham dự có:
"""
CLOSING = """Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:
1. Sở Tài chính khẩn trương rà soát hồ sơ trước ngày 20/10/2025.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
"""


def _notice(attendance: str) -> Notice:
    return parse_notice(HEADER + attendance + "\n" + CLOSING, "x.txt")


def _names(text: str, province: str | None = "Gia Lai") -> list[str]:
    return [m.surface for m in find_agencies(text, tokenize(text), province)]


# 1. Since the 2025 reform the tax offices have no head noun of their own ("Thuế tỉnh Gia Lai", "Thuế cơ sở 3"): their
# heads are titled "Trưởng" + the office's name, written after the person under the office's label.


def test_the_head_of_a_tax_office_is_titled_by_the_offices_name() -> None:
    n = _notice(
        "- Thuế tỉnh Gia Lai: ông Đặng Văn Hòa - Trưởng Thuế tỉnh; bà Lê Thị Mai - Phó Trưởng Thuế tỉnh;"
    )
    assert posts_of(n, "Đặng Văn Hòa") == [("Trưởng Thuế tỉnh", "Thuế tỉnh Gia Lai")]
    assert posts_of(n, "Lê Thị Mai") == [("Phó Trưởng Thuế tỉnh", "Thuế tỉnh Gia Lai")]


# 2. A company's council (Luật Doanh nghiệp 2020: "Hội đồng thành viên", "Hội đồng quản trị") is the company's organ:
# its chair's title is the whole phrase, and the post's body the company after it.


def test_the_chair_of_a_companys_council_holds_a_post_in_the_company() -> None:
    n = _notice(
        "- Ông Phan Quốc Huy, Chủ tịch Hội đồng thành viên Công ty TNHH MTV Cấp thoát nước Gia Lai;\n"
        "- Bà Hồ Thị Lan - Chủ tịch HĐQT Công ty cổ phần Cao su Chư Păh;"
    )
    assert posts_of(n, "Phan Quốc Huy") == [
        ("Chủ tịch Hội đồng thành viên", "Công ty TNHH MTV Cấp thoát nước Gia Lai")
    ]
    assert posts_of(n, "Hồ Thị Lan") == [("Chủ tịch Hội đồng quản trị", "Công ty cổ phần Cao su Chư Păh")]


# 3. "Phó Ban Quản lý dự án …": the deputy's title fused with the board's name, "Ban" said once for both; the board
# named by a route keeps the route's far end after the dash ("Quy Nhơn - Pleiku"), no province of its own.


def test_pho_ban_before_a_boards_name_is_its_deputy_head() -> None:
    n = _notice("- Ông Rơ Mah Tuấn - Phó Ban Quản lý dự án Quy Nhơn - Pleiku (Bộ Xây dựng);")
    assert posts_of(n, "Rơ Mah Tuấn") == [("Phó Trưởng ban", "Ban Quản lý dự án Quy Nhơn - Pleiku")]


def test_a_route_after_a_dash_is_the_boards_name_not_its_province() -> None:
    line = "Ban Quản lý dự án Mỹ Thuận - Cần Thơ rà soát khối lượng."
    [board] = find_agencies(line, tokenize(line), None)
    assert (board.name, board.locality) == ("dự án Mỹ Thuận - Cần Thơ", None)


# 4. The land registration office and the land fund centre, written in lower case as the Land Law writes them,
# their name running to the district that closes it, also as a branch's owner.


def test_a_land_registration_branch_named_in_lower_case_runs_to_its_district() -> None:
    line = "Chi nhánh Văn phòng đăng ký đất đai huyện Chư Sê chỉnh lý biến động các thửa đất."
    assert _names(line)[0] == "Chi nhánh Văn phòng đăng ký đất đai huyện Chư Sê"
    fund = "Trung tâm phát triển quỹ đất huyện Đak Đoa bàn giao mặt bằng sạch."
    assert _names(fund)[0] == "Trung tâm phát triển quỹ đất huyện Đak Đoa"


# 5. A number inside a name, then a place: the number of what the company is named by (a ring road, a unit), and the
# place after it are both the name's.


def test_a_number_then_a_place_stay_in_a_companys_name() -> None:
    line = "Đề nghị Công ty cổ phần Đầu tư Vành đai 3 Bình Dương thu xếp vốn tín dụng."
    assert _names(line, None) == ["Công ty cổ phần Đầu tư Vành đai 3 Bình Dương"]
    assert _names("Công ty TNHH MTV Xây dựng 1 Hà Nội thi công gói thầu.", None)[0] == (
        "Công ty TNHH MTV Xây dựng 1 Hà Nội"
    )


# 6. Wards and communes named after people (more of them since the 2025 renaming): after the keyword, a name the
# gazetteer knows that runs to a comma or a verb is the ward's, not an official's.


def test_a_ward_named_after_a_person_keeps_its_name() -> None:
    line = "Đề nghị UBND phường Hoàng Văn Thụ, UBND phường Trần Hưng Đạo tăng cường tuyên truyền."
    assert _names(line, None) == ["UBND phường Hoàng Văn Thụ", "UBND phường Trần Hưng Đạo"]
    # the person after a bare ward's committee is still a person
    assert _names("Chủ tịch UBND phường Nguyễn Thị Thanh phát biểu.", None) == ["UBND phường"]


# 7. A company's brand of two syllables may read as a family name and a given name ("Giấy Hoàng Bình"): an official is
# written with his full name, so two syllables alone are the brand.


def test_a_two_syllable_brand_like_a_persons_name_is_the_companys() -> None:
    line = "Công ty TNHH Thép Trần Bình được mời nhưng không có mặt."
    assert _names(line, None) == ["Công ty TNHH Thép Trần Bình"]
    # a full name after the company is its officer's
    assert _names("Giám đốc Công ty cổ phần Môi trường Lê Văn Hải phát biểu.", None) == [
        "Công ty cổ phần Môi trường"
    ]


# 8. A name the notice closes in one place (before a comma or a semicolon, at the line's end) bounds the same body
# elsewhere: the lower-case words it runs on into there are the sentence's verb ("chuyển", "phân tích").


def _by_line(text: str) -> list[list[str]]:
    out = []
    start = 0
    for line in text.split("\n"):
        toks = tokenize(text, start, start + len(line))
        out.append([m.surface for m in find_agencies(text, toks, None)])
        start += len(line) + 1
    return out


def test_a_name_closed_elsewhere_in_the_notice_bounds_a_mention_running_into_its_verb() -> None:
    text = (
        "Tham dự có Ban Quản lý dự án Hạ tầng Sông Hồng; Trung tâm Kiểm định chất lượng công trình xây dựng, Sở"
        " Xây dựng.\n"
        "2. Ban Quản lý dự án Hạ tầng Sông Hồng chuyển kinh phí bồi thường cho huyện.\n"
        "3. Trung tâm Kiểm định chất lượng công trình xây dựng phân tích mẫu bê tông."
    )
    lines = _by_line(text)
    assert lines[1] == ["Ban Quản lý dự án Hạ tầng Sông Hồng"]
    assert lines[2] == ["Trung tâm Kiểm định chất lượng công trình xây dựng"]


# 9. Round AB's leftover: a border gate's customs written bare is the unit a "Đội trưởng" heads (a team of a regional
# Chi cục since 2025), not a "Đội" of its own put in front of it.


def test_the_head_of_a_border_gates_customs_heads_that_unit() -> None:
    n = _notice("- Ông Kpă Văn Thu - Đội trưởng Hải quan cửa khẩu quốc tế Lệ Thanh;")
    assert posts_of(n, "Kpă Văn Thu") == [("Đội trưởng", "Hải quan cửa khẩu quốc tế Lệ Thanh")]


# 10. Round AB's leftover: "Trưởng ban X huyện A" is the head of the board X of that district (the title says "ban"
# once for both, in lower case); a district's board listed with several districts is each one's board.


def test_the_head_of_a_districts_board_written_after_truong_ban_keeps_its_district() -> None:
    n = _notice("- Ông Siu Văn Lâm, Trưởng ban An toàn giao thông huyện Chư Sê;")
    assert posts_of(n, "Siu Văn Lâm") == [("Trưởng ban", "Ban An toàn giao thông huyện Chư Sê")]
    # the title's "ban" opens no board when the board is written in full after it, or the title goes on
    for line in (
        "Ông Đinh Văn Lực, Trưởng ban Ban Quản lý các khu công nghiệp tỉnh phát biểu.",
        "Ông Đinh Văn Lực, Phó Trưởng ban Thường trực Ban Chỉ huy Phòng thủ dân sự tỉnh phát biểu.",
    ):
        assert [m.surface.split()[0] for m in find_agencies(line, tokenize(line), "Gia Lai")] == ["Ban"]


def test_a_districts_board_listed_with_several_districts_is_each_ones() -> None:
    line = "Ban An toàn giao thông huyện Chư Sê, huyện Chư Prông tổ chức ra quân."
    found = find_agencies(line, tokenize(line), "Gia Lai")
    assert [(m.kind, m.locality) for m in found] == [("board", "Chư Sê"), ("board", "Chư Prông")]


# 11. A scanned header that lost its marks ("UY BAN NHAN DAN TINH …"): the People's Committee, not a "Ban" named "NHAN
# DAN"; its office under it is the committee's office.


def test_an_untoned_peoples_committee_in_a_header_is_the_committee() -> None:
    line = "UY BAN NHAN DAN TINH TRÀ VINH"
    [m] = find_agencies(line, tokenize(line), None)
    assert (m.kind, m.head, m.locality) == ("ubnd", "Ủy ban nhân dân", "TRÀ VINH")


# 12. An attendance table read one cell a line (a PDF's columns): the next line's honorific opens the next person, and
# the next column's head ("Chức vụ, đơn vị") is no syllable of the last name; a name hard-wrapped in running text
# still goes on over the line's end.


def test_a_name_never_runs_into_the_next_lines_honorific_or_column_head() -> None:
    n = _notice(
        "Họ và tên\nÔng Trần Hữu Nghĩa\nBà Lê Thị Hồng Nhung\nÔng Võ Văn Tài\nChức vụ, đơn vị\nGiám đốc Sở Tài chính"
    )
    assert {"Trần Hữu Nghĩa", "Lê Thị Hồng Nhung", "Võ Văn Tài"} <= {p.name for p in n.persons.values()}
    assert not any("\n" in p.name for p in n.persons.values())
    wrapped = _notice(
        "Ông Trương Minh Tuấn, Giám đốc Sở Xây dựng; bà Võ Thị\nHồng - Phó Giám đốc Sở Tài chính."
    )
    assert "Võ Thị Hồng" in {p.name for p in wrapped.persons.values()}
