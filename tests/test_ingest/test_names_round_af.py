"""Names of persons, posts and bodies in the ways round AF's blind notices wrote them (national defence and the
militia; forests, national parks and fire prevention; investment, business dialogue and trade promotion), and
the leftovers of round AE (a border-gate economic zone, "cùng cấp", a neighbour's provincial governor).

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

from notice_checks import assignees_of, posts_of

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice
from ketluan.ingest.tokens import tokenize

HEADER = """UBND TỈNH ĐẮK NÔNG
Số: 87/TB-UBND
Đắk Nông, ngày 12 tháng 3 năm 2019
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại hội nghị triển khai công tác phòng cháy, chữa cháy rừng
Ngày 08/3/2019, ông Trương Văn Thắng, Phó Chủ tịch UBND tỉnh chủ trì hội nghị. Phó Chủ tịch UBND tỉnh kết luận:
"""
CLOSING = """Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trương Văn Thắng
"""


def _notice(body: str) -> Notice:
    return parse_notice(HEADER + body + "\n" + CLOSING, "x.txt")


def _names(text: str, province: str | None = None) -> list[str]:
    return [m.surface for m in find_agencies(text, tokenize(text), province)]


# 1. A national park is a body (a public service unit of the province or the ministry, Luật Lâm nghiệp 2017):
# its director's post is in it, as a Giám đốc Sở's is in the Sở, and it is given tasks by name. It is named by its
# place alone, written out or short ("VQG").


def test_a_national_parks_director_holds_his_post_in_the_park() -> None:
    n = _notice(
        "Tham dự có: ông Lê Văn Sáu, Giám đốc Vườn quốc gia Tà Đùng; bà Vũ Thị Nga, Phó Giám đốc VQG Yok Đôn.\n"
        "1. Sở Nông nghiệp và Phát triển nông thôn rà soát phương án trước ngày 30/3/2019."
    )
    assert posts_of(n, "Lê Văn Sáu") == [("Giám đốc", "Vườn quốc gia Tà Đùng")]
    assert posts_of(n, "Vũ Thị Nga") == [("Phó Giám đốc", "Vườn quốc gia Yok Đôn")]


def test_a_national_park_that_opens_a_task_is_its_assignee() -> None:
    n = _notice("1. Vườn quốc gia Chư Yang Sin tăng cường tuần tra, canh gác lửa trong mùa khô.")
    assert "Vườn quốc gia Chư Yang Sin" in assignees_of(n)
    # a park inside its board's or its rangers' name does not split it, nor its place read as a person
    assert _names("Hạt Kiểm lâm Vườn quốc gia Bạch Mã tuần tra.") == ["Hạt Kiểm lâm Vườn quốc gia Bạch Mã"]
    assert _names("Ban QL VQG Cát Tiên bố trí lực lượng trực.") == ["Ban QL VQG Cát Tiên"]
    assert _names("Ban Quản lý Vườn quốc gia Bù Gia Mập bố trí lực lượng trực.") == [
        "Ban Quản lý Vườn quốc gia Bù Gia Mập"
    ]


# 2. The forest owners' boards written short ("BQL rừng phòng hộ", "BQL RPH", "BQL KBTTN"): the abbreviation
# opens the body, and the head's title before it ("Trưởng ban BQL …") is no second "Ban".


def test_a_forest_board_written_short_is_that_board() -> None:
    n = _notice(
        "Tham dự có: ông Y Kông Niê, Trưởng ban BQL rừng phòng hộ Gia Nghĩa; ông Đàm Văn Hải, Giám đốc BQL KBTTN "
        "Nam Nung.\n1. BQL RPH Đắk R'Măng tăng cường tuần tra trước ngày 30/3/2019."
    )
    assert posts_of(n, "Y Kông Niê") == [("Trưởng ban", "Ban Quản lý rừng phòng hộ Gia Nghĩa")]
    assert posts_of(n, "Đàm Văn Hải") == [("Giám đốc", "Ban Quản lý Khu bảo tồn thiên nhiên Nam Nung")]


def test_a_short_board_with_nothing_after_it_is_no_body() -> None:
    # "- BQL cảng cá;" in a list of recipients: its lower-case name, as the board written out takes it
    assert _names("- BQL cảng cá;") == ["BQL cảng cá"]
    assert _names("Giao BQL thực hiện ngay.") == []


# 3. A collective narrowed by what its places have ("UBND các xã, thị trấn có rừng", the forest communes a fire
# plan addresses; "các xã, phường có khu công nghiệp" since the two-tier government of 2025): the qualifier is
# part of the collective, not dropped to leave one unnamed commune.


def test_the_communes_with_forest_are_one_collective_with_their_qualifier() -> None:
    n = _notice("2. UBND các xã, thị trấn có rừng: kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng.")
    assert "Ủy ban nhân dân các xã, thị trấn có rừng" in assignees_of(n)
    assert _names("UBND các xã, phường có khu công nghiệp bảo đảm an ninh trật tự.") == [
        "UBND các xã, phường có khu công nghiệp"
    ]


# 4. A Central Highlands name whose prefix "H'" is written apart from the name, with no honorific before it: a
# table's cell or a signature ("H' Bla Niê", "H' Duôn Êban").


def test_a_spaced_h_prefix_opens_a_name_in_a_table_cell() -> None:
    n = _notice(
        "Thành phần:\nTT | Họ và tên | Chức vụ\n1 | Nguyễn Văn Hòa | Chỉ huy trưởng Ban CHQS huyện\n"
        "2 | H' Bla Niê | Chủ tịch Hội Liên hiệp Phụ nữ huyện\n"
        "1. Ban Chỉ huy Quân sự huyện rà soát hồ sơ trước ngày 30/3/2019."
    )
    assert "H' Bla Niê" in {p.name for p in n.persons.values()}


def test_a_prefix_and_one_given_name_after_an_honorific_is_a_name() -> None:
    # a Cơ Ho or Mạ name is often the prefix "K'" and one given name ("ông K'Brơi"): no second word is needed
    n = _notice(
        "Thành phần gồm:\n1. Đại diện UBND xã Đạ Tông:\n- Ông K'Brơi, Phó Chủ tịch UBND xã;\n"
        "- Ông Lê Văn Tám, Trưởng Công an xã.\n1. UBND xã Đạ Tông rà soát hồ sơ trước ngày 30/3/2019."
    )
    assert "K'Brơi" in {p.name for p in n.persons.values()}


# 5. The regional defence commands of 2025, numbered within the province and named by their seat after a dash
# ("Ban Chỉ huy phòng thủ khu vực 3 - Chiêm Hóa"): number and place are the name, not a separator before a post.


def test_a_regional_defence_command_keeps_its_number_and_seat() -> None:
    assert _names("Ban Chỉ huy phòng thủ khu vực 3 - Chiêm Hóa tổ chức huấn luyện.") == [
        "Ban Chỉ huy phòng thủ khu vực 3 - Chiêm Hóa"
    ]
    assert _names("Ban Chỉ huy phòng thủ khu vực 1 bảo đảm lực lượng.") == ["Ban Chỉ huy phòng thủ khu vực 1"]
    n = _notice(
        "Mời dự: Thượng tá Hà Văn Quý - Chỉ huy trưởng Ban Chỉ huy phòng thủ khu vực 2 - Đắk Mil.\n"
        "1. Ban Chỉ huy Quân sự tỉnh rà soát hồ sơ trước ngày 30/3/2019."
    )
    assert posts_of(n, "Hà Văn Quý") == [("Chỉ huy trưởng", "Ban Chỉ huy phòng thủ khu vực 2 - Đắk Mil")]


# 6. The province's tax office since the 2025 reform has no head noun ("Thuế tỉnh X"), and its head is titled
# "Trưởng" + its name ("Phó Trưởng Thuế tỉnh Bình Phước", "Trưởng Thuế thành phố Hải Phòng").


def test_the_deputy_head_of_a_provincial_tax_office_holds_that_office() -> None:
    n = _notice(
        "Tham dự có:\n- Ông Lâm Văn Tài, Phó Trưởng Thuế tỉnh Bình Phước;\n"
        "- Bà Cao Thị Yến, Trưởng Thuế thành phố Hải Phòng.\n"
        "1. Sở Tài chính rà soát hồ sơ trước ngày 30/3/2019."
    )
    assert posts_of(n, "Lâm Văn Tài") == [("Phó Trưởng Thuế tỉnh", "Thuế tỉnh Bình Phước")]
    assert posts_of(n, "Cao Thị Yến") == [("Trưởng Thuế thành phố", "Thuế thành phố Hải Phòng")]


# 7. A topic heading that ends in a colon and names a group ("Đối với các hội:"), then the request that opens the
# task ("Đề nghị Hội …"): the request verb is no name listed under the group's head.


def test_a_request_after_a_groups_heading_is_no_member_of_the_group() -> None:
    assert _names("3. Đối với các hội: Đề nghị Hội Nông dân tỉnh phối hợp tổ chức hội chợ.") == [
        "các hội",
        "Hội Nông dân tỉnh",
    ]
    assert _names("Về các hiệp hội: Yêu cầu Hiệp hội Du lịch tỉnh xây dựng sản phẩm.") == [
        "các hiệp hội",
        "Hiệp hội Du lịch tỉnh",
    ]
    # a Sở whose field opens with the same syllable as the verb "giao" is still listed
    assert _names("Các sở: Giao thông vận tải, Xây dựng phối hợp.") == ["Giao thông vận tải", "Xây dựng"]


# 8. A board named by its purpose for each place of a collective ("Hội đồng khám sức khỏe nghĩa vụ quân sự các
# huyện, thị xã", Luật Nghĩa vụ quân sự 2015, Điều 40): the board of each place, not the bare "Hội đồng".


def test_a_purpose_named_board_of_each_district_keeps_its_purpose() -> None:
    assert _names("Sở Y tế chỉ đạo Hội đồng khám sức khỏe các huyện, thị xã khám đúng quy trình.") == [
        "Sở Y tế",
        "Hội đồng khám sức khỏe các huyện, thị xã",
    ]
    # the board's predicate opening with a verb keeps the board bare, as before
    assert _names("Ban Chỉ đạo kiểm tra các huyện, thị xã về công tác tuyển quân.") == [
        "Ban Chỉ đạo",
        "các huyện, thị xã",
    ]


# 9. A branch is a body of its own: "Phòng Thương mại và Công nghiệp Việt Nam (VCCI) chi nhánh Khánh Hòa", and
# the short name with the branch after it ("VCCI chi nhánh Khánh Hòa") stand for the branch, not the chamber.


def test_a_chambers_branch_after_its_short_name_is_the_branch() -> None:
    n = _notice(
        "Tham dự có: ông Phan Hữu Lộc, Giám đốc Phòng Thương mại và Công nghiệp Việt Nam (VCCI) chi nhánh Khánh "
        "Hòa.\n1. Đề nghị VCCI chi nhánh Khánh Hòa phối hợp tổ chức hội nghị đối thoại trước ngày 30/3/2019."
    )
    branch = "Phòng Thương mại và Công nghiệp Việt Nam chi nhánh Khánh Hòa"
    assert posts_of(n, "Phan Hữu Lộc") == [("Giám đốc", branch)]
    assert branch in assignees_of(n)


# 10. A foreign investors' business association in a province ("Hiệp hội Doanh nghiệp Nhật Bản tại Bình Dương"):
# the country and the place after "tại" are its name; it is not the province's own Hiệp hội Doanh nghiệp.


def test_a_foreign_business_association_is_not_the_provinces_own() -> None:
    assert _names("Hiệp hội Doanh nghiệp Đài Loan tại Long An kiến nghị gia hạn thuế.") == [
        "Hiệp hội Doanh nghiệp Đài Loan tại Long An"
    ]
    # its branch, after its short name in brackets, is the branch
    assert _names("Hiệp hội Doanh nghiệp Hàn Quốc (KoCham) chi nhánh Bắc Giang tham dự.") == [
        "Hiệp hội Doanh nghiệp Hàn Quốc (KoCham) chi nhánh Bắc Giang"
    ]
    n = _notice(
        "Tham dự có: ông Park Min Soo, Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc tại Bắc Ninh; ông Lê Văn Cần, "
        "Chủ tịch Hiệp hội Doanh nghiệp tỉnh.\n1. Sở Tài chính rà soát hồ sơ trước ngày 30/3/2019."
    )
    [(_, body)] = posts_of(n, "Park Min Soo")
    assert body is not None and body.startswith("Hiệp hội Doanh nghiệp Hàn Quốc tại")
    assert posts_of(n, "Lê Văn Cần") == [("Chủ tịch", "Hiệp hội Doanh nghiệp tỉnh Đắk Nông")]


# 11. (AE) "cùng cấp": the body of the level the sentence just named ("UBND các huyện chỉ đạo Ban Chỉ đạo cùng
# cấp"), not the province's own body of that head.


def test_a_body_of_the_same_level_is_that_of_the_places_just_named() -> None:
    n = _notice("1. UBND các huyện, thị xã chỉ đạo Ủy ban bầu cử cùng cấp niêm yết danh sách cử tri.")
    names = {a.name for a in n.agencies.values()}
    assert "Ủy ban bầu cử các huyện, thị xã" in names
    assert "Ủy ban bầu cử" not in names
    assert _names("UBND huyện Krông Nô chỉ đạo Ban Chỉ đạo cùng cấp rà soát.") == [
        "UBND huyện Krông Nô",
        "Ban Chỉ đạo cùng cấp",
    ]


# 12. (AE) A border-gate economic zone named by its gate, whose first syllable is a family name too ("Khu kinh tế
# cửa khẩu Hoàng Diệu - …"): "cửa khẩu" names a place, so no person opens there.


def test_a_border_gate_zone_named_by_its_gate_keeps_the_gate() -> None:
    assert _names("Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn kiểm tra hạ tầng.") == [
        "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"
    ]
    assert _names("Đồn Biên phòng cửa khẩu Hoàng Diệu tăng cường kiểm soát.") == [
        "Đồn Biên phòng cửa khẩu Hoàng Diệu"
    ]


# 13. (AE) A neighbour's provincial governor ("Tỉnh trưởng tỉnh Kampot", "Phó Tỉnh trưởng tỉnh Attapeu"): the
# title, and the foreign province as the body (no Vietnamese province's name, marks aside).


def test_a_neighbours_provincial_governor_holds_his_post_in_that_province() -> None:
    n = _notice(
        "Thống nhất đón Đoàn do ngài Sok Chenda, Tỉnh trưởng tỉnh Kampot làm Trưởng đoàn; cùng đi có ông "
        "Bounthong Keo, Phó Tỉnh trưởng tỉnh Attapeu.\n"
        "1. Sở Ngoại vụ chuẩn bị chương trình đón Đoàn trước ngày 30/3/2019."
    )
    assert ("Tỉnh trưởng", "Tỉnh Kampot") in posts_of(n, "Sok Chenda")
    assert posts_of(n, "Bounthong Keo") == [("Phó Tỉnh trưởng", "Tỉnh Attapeu")]


# 14. A collective of boards named by what they run ("các Ban Quản lý rừng phòng hộ", "các Ban Quản lý dự án"):
# the capitalised head is longer than the group word "ban" of "các sở, ban, ngành", and its name goes with it.


def test_a_collective_of_named_boards_keeps_their_name() -> None:
    n = _notice("3. Các Ban Quản lý rừng phòng hộ tăng cường tuần tra, hoàn thành trước ngày 15/01/2020.")
    assert "Các Ban Quản lý rừng phòng hộ" in assignees_of(n)
    assert _names("các Ban Quản lý dự án đẩy nhanh giải ngân.") == ["các Ban Quản lý dự án"]
    # the group word of "các sở, ban, ngành" stays a group word
    assert _names("các sở, ban, ngành thực hiện.") == ["các sở, ban, ngành"]
