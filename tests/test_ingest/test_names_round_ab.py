"""Names of persons, posts and bodies in the ways round AB's unseen notices wrote them, and the leftovers of round AA.

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from notice_checks import posts_of

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import read_notice
from ketluan.ingest.records import Notice
from ketluan.ingest.tokens import tokenize

PORTAL_STORY = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TIỀN GIANG
Chiều ngày 14/9/2021, Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh họp trực tuyến với các huyện.
"""


def _notice(text: str) -> Notice:
    return parse_notice(text, "x.txt")


def test_posts_then_a_dash_then_the_name_closing_the_clause_is_the_holder() -> None:
    n = _notice(
        PORTAL_STORY
        + "Tham dự tại điểm cầu tỉnh có Phó Chủ tịch UBND tỉnh, Phó Trưởng Ban Thường trực Ban Chỉ đạo - Trần"
        " Thị Kim Hoa; Đại tá Lê Minh Sơn, Giám đốc Công an tỉnh; Giám đốc Sở Y tế - Phạm Quốc Bảo cùng lãnh"
        " đạo các sở, ngành.\n"
    )
    hoa = posts_of(n, "Trần Thị Kim Hoa")
    assert ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Tiền Giang") in hoa
    assert any(title.startswith("Phó Trưởng ban") for title, _ in hoa)
    assert posts_of(n, "Phạm Quốc Bảo") == [("Giám đốc", "Sở Y tế tỉnh Tiền Giang")]


def test_a_place_after_a_dash_is_not_a_holder() -> None:
    n = _notice(PORTAL_STORY + "Dự họp có Phó Giám đốc Sở Tư pháp - Hà Nội và đại diện các sở, ngành.\n")
    assert not any(p.name == "Hà Nội" for p in n.persons.values())


def test_words_running_into_a_short_name_in_brackets_belong_to_the_name() -> None:
    def names(text: str) -> list[str]:
        return [m.surface for m in find_agencies(text, tokenize(text), None)]

    assert "Trung tâm Thú y khẩn cấp" in names(
        "- Bà Anna Berg, Điều phối viên Trung tâm Thú y khẩn cấp (ECTAD);"
    )
    # a verb right after the name is the predicate, bracket or not; a head with no name of its own is a thing
    assert "Trung tâm Thú y" in names("Trung tâm Thú y phối hợp (ECTAD) kiểm tra.")
    assert not any(n.startswith("Trạm cân") for n in names("Trạm cân tự động (WIM) tại Km 12 hỏng."))


def _found(text: str) -> list:
    return find_agencies(text, tokenize(text), "Gia Lai")


def _names(text: str) -> list[str]:
    return [m.name for m in _found(text)]


def test_a_sos_field_in_one_or_two_letters_is_that_so() -> None:
    assert _names("- Các sở: TC, XD, NN&MT, NV;") == [
        "Tài chính",
        "Xây dựng",
        "Nông nghiệp và Môi trường",
        "Nội vụ",
    ]
    assert _names("Sở TC chủ trì, phối hợp Sở YT.") == ["Tài chính", "Y tế"]


def test_a_group_of_so_and_nganh_lists_bare_names_and_bodies_with_heads() -> None:
    text = "Tham dự có lãnh đạo các sở, ngành: Tài chính, Y tế, Công an tỉnh, Cục Hải quan tỉnh."
    found = [(m.kind, m.surface) for m in find_agencies(text, tokenize(text), "Gia Lai")]
    assert found[:2] == [("so", "Tài chính"), ("so", "Y tế")]
    assert [s for _, s in found[2:]] == ["Công an tỉnh", "Cục Hải quan tỉnh"]
    # a group word that is no head of bare names beside another ("các sở, huyện: …") is not read so
    assert not any(m == "Tài chính" for m in _names("Ý kiến các sở, huyện: Tài chính, Xây dựng."))


# Round AB's blind notices (central bodies, security and order, education and social affairs): the names below were
# cut at a lower-case word or a dash, or their posts were not read. Each case is a variant written here.

MINISTRY = """BỘ NỘI VỤ
Số: 12/TB-BNV
Hà Nội, ngày 15 tháng 3 năm 2026
THÔNG BÁO
Kết luận của Thứ trưởng tại cuộc họp giao ban
"""


# 1. A central body's name holds ordinary lower-case words of its field ("hàng không", "tiền lương", "chính quyền
# địa phương", "quản lý nợ … tài chính đối ngoại"): the name runs on over them to the verb.


@pytest.mark.parametrize(
    "line, name",
    [
        ("Cục Hàng không Việt Nam rà soát quy trình cấp phép bay.", "Cục Hàng không Việt Nam"),
        ("Vụ Tiền lương tổng hợp nhu cầu điều chỉnh lương cơ sở.", "Vụ Tiền lương"),
        ("Giao Vụ Chính quyền địa phương hướng dẫn sắp xếp thôn, tổ dân phố.", "Vụ Chính quyền địa phương"),
        (
            "Cục Quản lý nợ và Tài chính đối ngoại theo dõi các khoản vay ODA.",
            "Cục Quản lý nợ và Tài chính đối ngoại",
        ),
    ],
)
def test_a_central_bodys_name_runs_over_its_fields_lower_case_words(line: str, name: str) -> None:
    assert name in [m.surface for m in find_agencies(line, tokenize(line), None)]


# 2. A company's legal form after a dash ("- CTCP", a corporation equitised) closes its name: the verb after it is
# the sentence's, not the name's.


def test_a_companys_legal_form_after_a_dash_closes_its_name() -> None:
    line = "Tổng công ty Cảng hàng không Việt Nam - CTCP huy động vốn đối ứng cho nhà ga T3."
    names = [m.surface for m in find_agencies(line, tokenize(line), None)]
    assert names == ["Tổng công ty Cảng hàng không Việt Nam - CTCP"]


# 3. A unit named by fields joined by dashes, the last after "và", even when that field is the name of a body of
# its own ("Bảo hiểm xã hội", "Thư viện"): with no place or name after it, it is the unit's field.


def test_the_last_field_after_va_closes_a_units_dashed_name() -> None:
    line = "c) Phòng Việc làm - Tiền lương và Bảo hiểm xã hội tổng hợp số lao động nghỉ Tết."
    assert [m.surface for m in find_agencies(line, tokenize(line), "Hải Phòng")] == [
        "Phòng Việc làm - Tiền lương và Bảo hiểm xã hội"
    ]
    # a body with its place after "và" is another body
    two = "Phòng Tài chính - Kế hoạch và Bảo hiểm xã hội huyện rà soát."
    assert len(find_agencies(two, tokenize(two), "Hải Phòng")) == 2
    # a Sở's own office, written bare in its notice, is its own body too
    office = "Phòng Kế hoạch - Tài chính và Văn phòng tham mưu Giám đốc Sở."
    assert [m.surface for m in find_agencies(office, tokenize(office), "Hải Phòng")][:2] == [
        "Phòng Kế hoạch - Tài chính",
        "Văn phòng",
    ]


def test_a_field_after_a_dash_then_a_verb_a_name_syllable_opens() -> None:
    # "thực hiện": "thực" opens names too ("thực phẩm"), but here the verb follows the field "Thư viện"
    line = "Trung tâm Học liệu - Thư viện thực hiện số hóa giáo trình."
    assert [m.surface for m in find_agencies(line, tokenize(line), None)] == ["Trung tâm Học liệu - Thư viện"]


def test_a_title_units_are_named_by_after_a_dash_is_the_names_second_field() -> None:
    line = "Phòng Công chức - Viên chức hướng dẫn đánh giá, xếp loại năm 2025."
    assert [m.surface for m in find_agencies(line, tokenize(line), None)] == ["Phòng Công chức - Viên chức"]


# 4. "và" before a lower-case field of names ("người có công", the policy field of war invalids and people with merit)
# goes on with the name; before the staff ("và công chức các phòng") it still stops.


def test_va_before_a_lower_case_field_goes_on_with_the_name() -> None:
    line = "Trung tâm Nuôi dưỡng thương binh và người có công Kim Bảng đón 30 đối tượng."
    assert "Trung tâm Nuôi dưỡng thương binh và người có công Kim Bảng" in [
        m.surface for m in find_agencies(line, tokenize(line), "Hà Nam")
    ]
    staff = "Trưởng phòng Hành chính - Tổng hợp và công chức các phòng dự họp."
    assert "phòng Hành chính - Tổng hợp" in [m.surface for m in find_agencies(staff, tokenize(staff), None)]


# 5. A geopark's management board is named by the park, its UNESCO title and its plateau, in lower case between.


def test_a_geoparks_board_is_named_whole() -> None:
    line = "Ban Quản lý Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng tập huấn cho hướng dẫn viên."
    names = [m.surface for m in find_agencies(line, tokenize(line), "Cao Bằng")]
    assert names[0].startswith("Ban Quản lý Công viên địa chất toàn cầu UNESCO")


# 6. A court's president and vice-president are posts, written as a procuracy's Viện trưởng is.


def test_court_presidents_are_posts() -> None:
    n = _notice(
        PORTAL_STORY
        + "Dự họp có ông Trương Văn Lực, Phó Chánh án Tòa án nhân dân tỉnh; bà Đỗ Thị Lan - Chánh án"
        " Tòa án nhân dân huyện Chợ Gạo.\n"
    )
    assert posts_of(n, "Trương Văn Lực") == [("Phó Chánh án", "Tòa án nhân dân tỉnh Tiền Giang")]
    assert posts_of(n, "Đỗ Thị Lan") == [("Chánh án", "Tòa án nhân dân huyện Chợ Gạo")]


# 7. The Youth Union with its name written short ("Đoàn TNCS Hồ Chí Minh xã") is a body at every level.


def test_the_youth_union_written_short_is_a_body() -> None:
    line = "4. Đoàn TNCS Hồ Chí Minh xã phối hợp Hội Liên hiệp Phụ nữ xã tổ chức lễ tiễn tân binh."
    assert "Đoàn TNCS Hồ Chí Minh xã" in [m.surface for m in find_agencies(line, tokenize(line), "Lào Cai")]


# 8. A police team named with its police ("Đội Cảnh sát giao thông Công an huyện") is one body, as a police Phòng is.


def test_a_police_team_named_with_its_police_is_one_body() -> None:
    line = "Đội Cảnh sát giao thông - Trật tự Công an huyện tổ chức tuần tra."
    assert [m.surface for m in find_agencies(line, tokenize(line), "Nghệ An")] == [
        "Đội Cảnh sát giao thông - Trật tự Công an huyện"
    ]


# 9. A unit's three-digit number closes its name ("Trung tâm Cấp cứu 115", the emergency line it answers).


def test_a_units_three_digit_number_is_in_its_name() -> None:
    line = "Sở Y tế chỉ đạo Trung tâm Cấp cứu 115 bố trí xe cứu thương."
    assert "Trung tâm Cấp cứu 115" in [m.surface for m in find_agencies(line, tokenize(line), "Nghệ An")]
    placed = "Trung tâm Cấp cứu 115 tỉnh trực 24/24 giờ."
    assert [m.surface for m in find_agencies(placed, tokenize(placed), "Nghệ An")] == [
        "Trung tâm Cấp cứu 115 tỉnh"
    ]


# 10. What a collective's places have narrows it ("các tỉnh có huyện nghèo", "các xã đặc biệt khó khăn"): part of
# its name.


@pytest.mark.parametrize(
    "line, name",
    [
        ("UBND các tỉnh có huyện nghèo rà soát danh mục công trình.", "UBND các tỉnh có huyện nghèo"),
        ("Giao UBND các xã đặc biệt khó khăn rà soát hộ nghèo.", "UBND các xã đặc biệt khó khăn"),
        ("UBND các xã có đường biên giới tổ chức tuần tra.", "UBND các xã có đường biên giới"),
    ],
)
def test_a_collective_narrowed_by_what_its_places_have(line: str, name: str) -> None:
    assert name in [m.surface for m in find_agencies(line, tokenize(line), "Điện Biên")]


# 11. An expert's free field after the title ("Chuyên gia phát triển nông thôn, Trưởng đoàn"): the post after the
# comma is the second one (the round AA leftover).


def test_a_free_field_after_a_title_then_a_second_post() -> None:
    n = _notice(
        PORTAL_STORY
        + "Tham dự có Đoàn chuyên gia Ngân hàng Phát triển châu Á:\n- Ông Peter Brown, Chuyên gia phát"
        " triển nông thôn, Trưởng đoàn;\n- Bà Lê Thị Mai, Chuyên gia quản lý đất đai, Phó Trưởng đoàn.\n"
    )
    assert [t for t, _ in posts_of(n, "Peter Brown")] == ["Chuyên gia", "Trưởng đoàn"]
    assert [t for t, _ in posts_of(n, "Lê Thị Mai")] == ["Chuyên gia", "Phó Trưởng đoàn"]


# 12. A border post's control station is a body, named by the river mouth or port it controls ("Trạm kiểm soát Biên
# phòng cửa biển …"), not a bare "Trạm" before the verb "kiểm soát".


def test_a_border_control_station_is_named_whole() -> None:
    line = "Giao Trạm kiểm soát Biên phòng cửa biển Tam Quan kiểm tra tàu cá xuất bến."
    assert "Trạm kiểm soát Biên phòng cửa biển Tam Quan" in [
        m.surface for m in find_agencies(line, tokenize(line), "Bình Định")
    ]


# 13. A scan's slip in the mark of a unit's field ("Tài chinh" for "Tài chính") is spelt back in the unit's name: the
# pair is no field as written, one with the marks stripped.


def test_a_units_field_spelt_back_after_a_scans_slip() -> None:
    line = "đồng chí Lê Văn Hòa - Trưởng phòng Tổ chức - Hành chinh; đồng chí"
    assert [m.name for m in find_agencies(line, tokenize(line), "Nam Định")] == ["Tổ chức - Hành chính"]


# 14. A post title at a line's end and its unit on the next line (a scan's hard wrap: "… - Phó Trưởng⏎phòng Đền bù
# tái định cư;"): the unit's name runs to the semicolon as it does on one line.


def test_a_unit_after_a_title_wrapped_onto_the_next_line() -> None:
    line = "ông Đỗ Văn Lâm - Phó Trưởng\nphòng Đền bù tái định cư; bà Lê Thị Hoa - Chuyên viên."
    assert [m.surface for m in find_agencies(line, tokenize(line), "Hà Nội")] == ["phòng Đền bù tái định cư"]


# 15. A level's Party committee whose "ủy" a scan misread ("Quận ùy", "Huyện úy") is that committee, and the post
# after it is still read: the reading repairs the slip (`layout_repair.repair_ocr_slips`), before the names.


def test_a_committee_with_a_scans_slip_in_uy(tmp_path: Path) -> None:
    def posts(committee: str) -> list[tuple[str, str | None]]:
        line = f"Dự họp có đồng chí Đỗ Minh Tâm - Phó Bí thư {committee}, Chủ tịch UBND huyện Cái Bè.\n"
        path = tmp_path / "tin.txt"
        path.write_text(PORTAL_STORY + line, encoding="utf-8")
        return posts_of(parse_notice(read_notice(path).text, path.name), "Đỗ Minh Tâm")

    assert posts("Huyện ùy") == posts("Huyện úy") == posts("Huyện ủy")
    assert ("Chủ tịch", "Ủy ban nhân dân huyện Cái Bè") in posts("Huyện ùy")


def test_an_incident_opening_a_heading_is_no_ministrys_department() -> None:
    # (the ward or commune where it happened is a place, read as such)
    assert [m.kind for m in _found("I. Vụ cháy nhà xưởng tại phường Phú Lợi và bài học rút ra")] == [
        "locality"
    ]
    assert _names("Vụ nổ kho pháo hoa đã được xử lý.") == []
    assert _names("Giao Vụ Pháp chế chủ trì thẩm định.") == ["Pháp chế"]
