"""Names of bodies in the ways round AJ's blind notices wrote them (taxes, customs and market surveillance;
cooperatives, OCOP and trade; social evils, drug rehabilitation, children and gender equality).

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

from notice_checks import assignees_of, posts_of
from notice_checks import bodies_found as _names

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

HEADER = """SỞ CÔNG THƯƠNG TỈNH VĨNH LONG
Số: 41/TB-SCT
Vĩnh Long, ngày 14 tháng 1 năm 2022
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp về bình ổn thị trường Tết
Ngày 12/01/2022, đồng chí Nguyễn Văn Tâm, Giám đốc Sở chủ trì cuộc họp.
"""
CLOSING = """Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Nguyễn Văn Tâm
"""
CONCLUSIONS = "Sau khi nghe báo cáo, Giám đốc Sở kết luận như sau:\n"


def _notice(body: str) -> Notice:
    return parse_notice(HEADER + body + "\n" + CLOSING, "x.txt")


# 1. The social-evils offices name their fields with "Phòng, chống", a fixed pair with a comma inside, and join
# several fields with commas and "và" ("Chi cục Phòng, chống tệ nạn xã hội" of a Sở LĐTBXH until 2025, its units
# under the Sở Y tế after): the comma is no end of the name.


def test_a_social_evils_office_is_named_whole() -> None:
    assert _names("2. Giao Chi cục Phòng, chống tệ nạn xã hội hướng dẫn rà soát người nghiện.") == [
        "Chi cục Phòng, chống tệ nạn xã hội"
    ]


def test_a_unit_named_by_three_fields_with_commas_and_and() -> None:
    assert _names(
        "Sở Y tế giao Phòng Bảo trợ xã hội, Trẻ em và Phòng, chống tệ nạn xã hội tổng hợp số liệu."
    ) == [
        "Sở Y tế",
        "Phòng Bảo trợ xã hội, Trẻ em và Phòng, chống tệ nạn xã hội",
    ]


# 2. A field whose first word is also the first word of places ("Bình đẳng giới": Bình Định, Bình Phước) written
# after a dash in a unit's name: the name runs on over "đẳng giới".


def test_gender_equality_after_a_dash_is_the_units_last_field() -> None:
    assert _names("- Bà Đinh Thị Hoa, Phó Trưởng phòng Trẻ em - Bình đẳng giới, thành viên;") == [
        "phòng Trẻ em - Bình đẳng giới"
    ]


def test_a_post_in_the_gender_equality_unit() -> None:
    n = _notice(
        "Thành phần Đoàn kiểm tra gồm:\n- Bà Lâm Thị Ngọc, Phó Giám đốc Sở, Trưởng đoàn;\n- Ông Tạ Văn Lực - Trưởng "
        "phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới, Phó Trưởng đoàn;\n"
        + CONCLUSIONS
        + "1. Giao Sở Lao động - Thương binh và Xã hội theo dõi."
    )
    assert posts_of(n, "Tạ Văn Lực")[0][1] == "Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới"


# 3. An office that serves a programme is named by the programme, abbreviated as the press writes it ("Chương
# trình xây dựng NTM", "Chương trình OCOP"), up to the place it serves.


def test_the_office_of_the_new_rural_programme_is_named_whole() -> None:
    assert _names(
        "Bà Trần Thị Lệ, Phó Chánh Văn phòng Điều phối Chương trình xây dựng NTM huyện Long Hồ;"
    ) == ["Văn phòng Điều phối Chương trình xây dựng NTM huyện Long Hồ"]
    assert _names("Giao Văn phòng Điều phối Chương trình OCOP tỉnh tổng hợp hồ sơ.") == [
        "Văn phòng Điều phối Chương trình OCOP tỉnh"
    ]


# 4. A firm's trade written in lower case with a word that is a verb elsewhere ("tổng hợp", general trading), then
# the province it is of: the known place closes the name, so the verb is the name's.


def test_a_general_trading_firm_is_named_to_its_province() -> None:
    assert _names("Ông Lý Văn Quý, Phó Giám đốc Công ty Cổ phần Thương mại tổng hợp Vĩnh Long;") == [
        "Công ty Cổ phần Thương mại tổng hợp Vĩnh Long"
    ]


def test_a_firm_that_sums_up_keeps_its_name() -> None:
    # a guard for the rule above (passes before it too): "tổng hợp" followed by no place is the predicate
    assert _names("Công ty Xăng dầu Vĩnh Long tổng hợp nhu cầu hàng Tết.") == ["Công ty Xăng dầu Vĩnh Long"]


# 5. A union's unit named by a field verb and the kind of body it serves ("Ban Kiểm tra - Hỗ trợ HTX"): the kind
# after the verb, with no name of its own, is no second body.


def test_a_cooperative_unions_unit_keeps_the_kind_it_serves() -> None:
    assert _names("3. Ban Kiểm tra - Hỗ trợ HTX chủ trì hướng dẫn chuyển đổi.") == [
        "Ban Kiểm tra - Hỗ trợ HTX"
    ]


# 6. A supermarket chain's store is named by the brand and its town ("WinMart Vĩnh Long", "Co.opmart Trà Vinh"):
# a body, and a second body after "và"; the brand alone is the chain as an outlet.


def test_two_firms_joined_by_and_are_two_bodies() -> None:
    assert _names("Công ty TNHH Thương mại Cửu Long và Co.opmart Vĩnh Long đăng ký hàng bình ổn.") == [
        "Công ty TNHH Thương mại Cửu Long",
        "Co.opmart Vĩnh Long",
    ]


def test_a_store_managers_post_is_in_the_store() -> None:
    n = _notice(
        "Tham dự có: ông Phan Minh Trí, Giám đốc WinMart Vĩnh Long; bà Lê Thu Hà, Phó Giám đốc Sở.\n"
        + CONCLUSIONS
        + "1. Giao Phòng Quản lý thương mại theo dõi."
    )
    assert posts_of(n, "Phan Minh Trí")[0][1] == "WinMart Vĩnh Long"


def test_the_brand_alone_is_no_body() -> None:
    # a guard for the brands as heads (passes before them too)
    assert _names("Hỗ trợ hợp tác xã đưa sản phẩm vào Co.opmart, WinMart và sàn thương mại điện tử.") == []


# 7. Bodies that share their head and name and differ by number are written once, then by their numbers ("hai
# Trung tâm … số 1 và số 2", "các Đội … số 3, số 5"): one body each.


def test_bodies_numbered_after_one_head_are_each_a_body() -> None:
    assert _names("Giao ba Đội Quản lý thị trường số 2, số 4 và số 6 kiểm tra chợ.") == [
        "Đội Quản lý thị trường số 2",
        "Đội Quản lý thị trường số 4",
        "Đội Quản lý thị trường số 6",
    ]
    assert _names("Cơ sở cai nghiện ma túy số 1 và số lượng học viên") == ["Cơ sở cai nghiện ma túy số 1"]


def test_each_numbered_body_gets_the_task() -> None:
    n = _notice(
        CONCLUSIONS + "1. Giao Trung tâm Xúc tiến thương mại số 1 và số 2 tổ chức hội chợ trong tháng 12."
    )
    assert {
        "Trung tâm Xúc tiến thương mại số 1 tỉnh Vĩnh Long",
        "Trung tâm Xúc tiến thương mại số 2 tỉnh Vĩnh Long",
    } <= assignees_of(n)


# 8. A council named by a pair of purposes with a comma ("đánh giá, phân hạng": the OCOP rating councils) and the
# level it works at; in a header the name wraps in capitals onto a second line that closes with the level.


def test_an_ocop_rating_council_is_named_whole() -> None:
    assert _names("Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện đã chấm điểm 12 sản phẩm.") == [
        "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện"
    ]


def test_a_council_wrapped_in_the_header_is_the_issuer() -> None:
    n = parse_notice(
        "UBND TỈNH BẮC KẠN\nHỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG\nSẢN PHẨM OCOP CẤP TỈNH\nSố: 05/BB-HĐ\n"
        "Bắc Kạn, ngày 20 tháng 9 năm 2021\nBIÊN BẢN\nHọp Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh\n"
        "Ngày 20/9/2021, đồng chí Hà Văn Sơn, Chủ tịch Hội đồng chủ trì cuộc họp.\n"
        "Kết luận:\n1. Giao Sở Nông nghiệp và Phát triển nông thôn hoàn thiện hồ sơ.\n"
        "THƯ KÝ\nNông Thị Hằng\nCHỦ TỊCH HỘI ĐỒNG\nHà Văn Sơn\n",
        "x.txt",
    )
    assert n.agencies[n.issuer].name.startswith("Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh")


# 9. A union's own office written with the union's head alone ("Văn phòng Liên minh", "Văn phòng Liên đoàn"), or
# with the kind it unites and its place ("Văn phòng Liên minh HTX tỉnh"): one body, not "Văn phòng Liên".


def test_the_office_of_a_union_is_named_whole() -> None:
    assert _names("3. Văn phòng Liên đoàn tham mưu Thường trực dự thảo quy chế.") == ["Văn phòng Liên đoàn"]
    assert _names("Giao Văn phòng Liên minh HTX tỉnh tổng hợp số liệu.") == ["Văn phòng Liên minh HTX tỉnh"]


# 10. A scan writes one syllable of a name's word with the wrong mark ("Liên mỉnh", "Chương trinh"): the word is
# still the name's when its capitalised first syllable is as spelt.


def test_a_union_named_with_a_slipped_mark_in_a_scan() -> None:
    assert _names("2.4. Văn phòng Liên mỉnh tham mưu dự thảo quy chế phối hợp.") == ["Văn phòng Liên mỉnh"]
