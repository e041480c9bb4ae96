"""Names of persons, posts and bodies in the ways round AD's blind notices wrote them (administrative reform and
digital transformation, transport and urban order, social policy and ethnic affairs).

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

from notice_checks import names_of, posts_of

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice
from ketluan.ingest.tokens import tokenize

HEADER = """UBND TỈNH ĐỒNG THÁP
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 42/TB-SKHCN
Đồng Tháp, ngày 12 tháng 11 năm 2025
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 10/2025
Ngày 10/11/2025, ông Trần Văn Phúc - Giám đốc Sở Khoa học và Công nghệ chủ trì cuộc họp giao ban. Tham dự có:
"""
CLOSING = """Giám đốc Sở kết luận như sau:
1. Văn phòng Sở khẩn trương rà soát hồ sơ trước ngày 20/11/2025.
Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Trần Văn Phúc
"""


def _notice(attendance: str, header: str = HEADER) -> Notice:
    return parse_notice(header + attendance + "\n" + CLOSING, "x.txt")


def _names(text: str, province: str | None = None) -> list[str]:
    return [m.surface for m in find_agencies(text, tokenize(text), province)]


# 1. A Sở's own attendance list writes the post first, then a colon, then the person with "ông/bà/ThS.": "TP. X"
# is the head of the Phòng X (the word "Phòng" left out), not a city; "P.TP X (phụ trách phòng)" its deputy in
# charge; a unit whose name ends in "số" ("Chuyển đổi số") keeps it before the label's colon.


def test_a_post_first_label_with_tp_gives_the_head_of_the_phong() -> None:
    n = _notice(
        "- TP. Tổ chức cán bộ: ông Lê Quang Vinh;\n- TP. Kế hoạch - Tài chính: bà Nguyễn Thị Hạnh;\n"
        "- TP. Cao Lãnh: ông Huỳnh Văn Lợi, Phó Chủ tịch UBND thành phố;"
    )
    assert posts_of(n, "Lê Quang Vinh") == [("Trưởng phòng", "Phòng Tổ chức cán bộ")]
    assert posts_of(n, "Nguyễn Thị Hạnh") == [("Trưởng phòng", "Phòng Kế hoạch - Tài chính")]
    # "TP." before a city the gazetteer knows, in a list of localities, is the city
    assert all(role != "Trưởng phòng" for role, _ in posts_of(n, "Huỳnh Văn Lợi"))


def test_a_deputy_in_charge_noted_in_brackets_before_the_colon_still_holds_the_post() -> None:
    n = _notice(
        "- P.TP Quản lý khoa học (phụ trách phòng): bà Võ Thị Thu;\n- PTP. Quản lý công nghệ: ông Mai Văn Lộc;"
    )
    # the note is the unit's charge, held in the unit just named
    assert posts_of(n, "Võ Thị Thu") == [
        ("Phó Trưởng phòng", "Phòng Quản lý khoa học"),
        ("Phụ trách phòng", "Phòng Quản lý khoa học"),
    ]
    assert posts_of(n, "Mai Văn Lộc") == [("Phó Trưởng phòng", "Phòng Quản lý công nghệ")]


def test_a_name_ending_in_so_keeps_it_before_a_labels_colon() -> None:
    n = _notice(
        "- Giám đốc Trung tâm Chuyển đổi số: ông Đặng Văn Tú;\n- Trưởng phòng Kinh tế số: bà Lý Thị Ngân."
    )
    assert posts_of(n, "Đặng Văn Tú") == [("Giám đốc", "Trung tâm Chuyển đổi số tỉnh Đồng Tháp")]
    assert posts_of(n, "Lý Thị Ngân") == [("Trưởng phòng", "Phòng Kinh tế số")]
    # the document's number on the header's next line still ends the issuer's name
    assert _names("SỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 12/TB-STTTT")[0] == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"


# 2. A head absent who sends his deputy ("Giám đốc Sở X vắng, ủy quyền Phó Giám đốc A dự họp", "Chủ tịch UBND huyện
# Y bận công tác, cử Phó Chủ tịch B dự"): the deputy's bare title is in the head's body.


def test_a_deputy_standing_in_for_an_absent_head_is_in_the_heads_body() -> None:
    n = _notice(
        "- Bà Phan Thị Mỹ, Phó Giám đốc Sở Tài chính.\n"
        "Giám đốc Sở Nội vụ đi công tác, ủy quyền Phó Giám đốc Hồ Văn Thắng dự họp. "
        "Chủ tịch UBND huyện Tháp Mười bận công tác, cử Phó Chủ tịch Ngô Thị Lài dự.\n"
    )
    assert posts_of(n, "Hồ Văn Thắng") == [("Phó Giám đốc", "Sở Nội vụ tỉnh Đồng Tháp")]
    assert posts_of(n, "Ngô Thị Lài") == [("Phó Chủ tịch", "Ủy ban nhân dân huyện Tháp Mười")]


# 3. A scanned copy that lost or changed one syllable's marks inside a long head ("hành chinh công"): the head is
# still known by its letters, and the name is not cut at the slipped syllable.


def test_a_long_head_with_one_slipped_mark_is_still_that_head() -> None:
    for line in (
        "Trung tâm Phục vụ hành chinh công tỉnh tiếp nhận hồ sơ.",
        "Trung tâm Phuc vụ hành chính công tỉnh tiếp nhận hồ sơ.",
        "TRUNG TÂM PHỤC VỤ HANH CHÍNH CÔNG TỈNH",
    ):
        [m] = find_agencies(line, tokenize(line), "Bắc Giang")
        assert (m.kind, m.head) == ("center", "Trung tâm Phục vụ hành chính công"), line
    # two slips are too many to tell the head apart: the scan stays as it was
    line = "Trung tâm Phục vu hanh chính công tỉnh tiếp nhận hồ sơ."
    assert find_agencies(line, tokenize(line), "Bắc Giang")[0].head == "Trung tâm"


# 4. Unit names that hold a word read as a verb or a dash elsewhere: the Luật Xây dựng's "hoạt động xây dựng" in a
# Sở Xây dựng's Phòng, and the district police's "Đội Cảnh sát giao thông - trật tự" (Hà Nội, TP.HCM), whose owner
# after it is part of its name.


def test_a_phong_named_by_construction_works_keeps_its_whole_name() -> None:
    assert _names("Phòng Quản lý hoạt động xây dựng thẩm định hồ sơ cấp phép.") == [
        "Phòng Quản lý hoạt động xây dựng"
    ]


def test_a_traffic_and_order_team_keeps_its_second_field_and_its_police() -> None:
    line = "Đội Cảnh sát giao thông - trật tự Công an huyện Gia Lâm ra quân xử lý lấn chiếm."
    assert _names(line, "Hà Nội") == ["Đội Cảnh sát giao thông - trật tự Công an huyện Gia Lâm"]
    line = "Ông Phùng Văn Hải - Đội trưởng Đội CSGT - trật tự, Công an quận;"
    assert _names(line, "Hà Nội")[0] == "Đội CSGT - trật tự"


# 5. One head for two places ("Đội Quản lý trật tự đô thị phường A và phường B"): the second place's team too, not
# the bare ward.


def test_a_wards_team_written_once_for_two_wards_is_each_wards() -> None:
    line = "Đội Quản lý trật tự đô thị phường Hải Châu và phường Thanh Khê kiểm tra hằng ngày."
    found = find_agencies(line, tokenize(line), "Đà Nẵng")
    assert [(m.kind, m.locality) for m in found] == [("team", "Hải Châu"), ("team", "Thanh Khê")]


# 6. A bank's or the social insurance's unit named by its owner's full name ("Phòng giao dịch Ngân hàng Chính sách
# xã hội huyện X", "Phòng Khai thác và Thu nợ Bảo hiểm xã hội tỉnh"): one body, not a Phòng and a bank.


def test_a_banks_transaction_office_named_by_the_bank_is_one_body() -> None:
    line = "Đề nghị Phòng giao dịch Ngân hàng Chính sách xã hội huyện Lắk giải ngân vốn vay."
    assert _names(line, "Đắk Lắk") == ["Phòng giao dịch Ngân hàng Chính sách xã hội huyện Lắk"]
    line = "Phòng Khai thác và Thu nợ Bảo hiểm xã hội tỉnh đôn đốc thu nợ."
    assert _names(line, "Đắk Lắk") == ["Phòng Khai thác và Thu nợ Bảo hiểm xã hội tỉnh"]


# 7. Ethnic-affairs notices introduce people by their standing in the village, in lower case, before the name, the
# village after it in brackets ("già làng, người có uy tín A (thôn B)").

BAN_HEADER = """UBND XÃ MƯỜNG KHƯƠNG
Số: 12/TB-UBND
Mường Khương, ngày 12 tháng 11 năm 2025
THÔNG BÁO
Kết luận của Chủ tịch UBND xã
Ngày 10/11/2025, đồng chí Lù Văn Hùng, Chủ tịch UBND xã chủ trì hội nghị. Tham dự có:
"""


def test_a_village_standing_before_a_name_gives_a_person_in_the_village() -> None:
    n = _notice(
        "đồng chí Tráng A Sử, Phó Chủ tịch UBND xã; già làng, người có uy tín Vàng Seo Dìn (thôn Lùng Vai); "
        "già làng Sùng A Chá (bản Sín Chải); Trưởng thôn các thôn.\n"
        "Phát huy vai trò của già làng, người có uy tín trong vận động đồng bào.",
        BAN_HEADER,
    )
    assert posts_of(n, "Vàng Seo Dìn") == [("Người có uy tín", "Thôn Lùng Vai")]
    assert posts_of(n, "Sùng A Chá") == [("Già làng", "Bản Sín Chải")]
    # the standing with no name after it is no person ("phát huy vai trò của già làng, người có uy tín.")
    assert {p.name for p in n.persons.values()} == {
        "Lù Văn Hùng",
        "Sùng A Chá",
        "Trần Văn Phúc",
        "Tráng A Sử",
        "Vàng Seo Dìn",
    }


# 8. A unit word written once before two districts ("hai huyện miền núi A và B, Phó Chủ tịch …"): the second
# district, a name like a person's ("Quan Sơn", "Như Xuân"), is a place, and the title after the comma opens the
# next clause.

PROVINCE_HEADER = """UBND TỈNH HÀ GIANG
Số: 88/TB-UBND
Hà Giang, ngày 12 tháng 11 năm 2023
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh
Ngày 10/11/2023, đồng chí Hoàng Gia Long, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Tham dự có:
"""


def test_a_second_district_after_va_is_no_person_before_a_title() -> None:
    n = _notice(
        "ông Lê Văn Nam, Giám đốc Sở Tài chính.\n"
        "Riêng hai huyện vùng cao Xín Mần và Hoàng Su Phì, Giám đốc Sở Tài chính đề nghị bố trí vốn đối ứng.",
        PROVINCE_HEADER,
    )
    assert "Hoàng Su Phì" not in names_of(n).values()


# 9. A centrally-run city's fire police, named on its own without "Phòng" or "Sở" ("Cảnh sát Phòng cháy và chữa
# cháy Thành phố", "Cảnh sát PCCC và CNCH Thành phố Hà Nội"): a body, and still part of a unit's name after its head.


def test_a_citys_fire_police_named_on_its_own_is_a_body() -> None:
    line = "Đề nghị Cảnh sát PCCC và CNCH Thành phố Hà Nội phối hợp kiểm tra các chung cư mini."
    [m] = find_agencies(line, tokenize(line), "Hà Nội")
    assert (m.surface, m.kind) == ("Cảnh sát PCCC và CNCH Thành phố Hà Nội", "police")
    line = "Đội Cảnh sát phòng cháy và chữa cháy quận Ba Đình kiểm tra các cơ sở karaoke."
    assert _names(line, "Hà Nội") == ["Đội Cảnh sát phòng cháy và chữa cháy quận Ba Đình"]
