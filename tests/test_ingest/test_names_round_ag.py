"""Names of persons, posts and bodies in the ways round AG's blind notices wrote them (citizens' reception,
complaints and anti-corruption; housing and urban development; labour, trade unions and youth).

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials and
the citizens are invented.
"""

from __future__ import annotations

from notice_checks import bodies_found as _names
from notice_checks import posts_of

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

HEADER = """UBND TỈNH NGHỆ AN
Số: 215/TB-UBND
Nghệ An, ngày 20 tháng 4 năm 2018
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại buổi tiếp công dân định kỳ tháng 4/2018
Ngày 18/4/2018, tại Trụ sở Tiếp công dân tỉnh, ông Lê Quang Huy, Chủ tịch UBND tỉnh chủ trì buổi tiếp công dân.
Tham dự có: ông Phan Đức Toàn, Chánh Thanh tra tỉnh; bà Cao Thị Hiền, Giám đốc Sở Tài nguyên và Môi trường.
"""
CLOSING = """Nơi nhận:
- Như trên;
- Lưu: VT.
TL. CHỦ TỊCH
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Đặng Văn Nam
"""


def _notice(body: str) -> Notice:
    return parse_notice(HEADER + body + "\n" + CLOSING, "x.txt")


def _persons(n: Notice) -> set[str]:
    return {p.name for p in n.persons.values()}


# 1. A private citizen who petitions at a reception is no person of the graph (the graph holds officials and
# delegates). The notice introduces him by where he lives ("trú tại", "ngụ", "thường trú"), as the spokesman of
# households ("do ông X làm đại diện", "ông X và 5 hộ dân"), or by his petition ("đơn của bà X"); the officials
# who answer him stay.


def test_a_petitioner_introduced_by_where_he_lives_is_no_person() -> None:
    n = _notice(
        "I. NỘI DUNG\n"
        "1. Ông Hồ Văn Lương, trú tại xóm 3, xã Nghi Phong, huyện Nghi Lộc khiếu nại việc bồi thường đất.\n"
        "2. Bà Trần Thị Mai (thường trú tại khối 5, phường Hưng Dũng) phản ánh việc xây dựng trái phép.\n"
        "3. Ông Võ Đình Khang, ngụ xóm Bắc, xã Diễn Kỷ tố cáo cán bộ xã.\n"
        "4. Bà H' Nga Mlô, trú tại buôn Ea Kmát, phản ánh việc cấp nước.\n"
        "II. KẾT LUẬN\n"
        "1. Đối với khiếu nại của ông Hồ Văn Lương: giao Thanh tra tỉnh xác minh trước ngày 30/5/2018.\n"
        "2. Giao Sở Tài nguyên và Môi trường kiểm tra, trả lời bà Trần Thị Mai trong tháng 5/2018."
    )
    assert not {"Hồ Văn Lương", "Trần Thị Mai", "Võ Đình Khang", "H' Nga Mlô"} & _persons(n)
    assert {"Lê Quang Huy", "Phan Đức Toàn", "Cao Thị Hiền"} <= _persons(n)


def test_the_spokesman_of_households_is_no_person() -> None:
    # "(do ông X làm đại diện)", "(do bà X đại diện)", "ông X và 7 hộ dân": households petition together
    n = _notice(
        "1. Các hộ dân xóm Đông, xã Hưng Lộc (do ông Nguyễn Hữu Tình làm đại diện) khiếu nại việc thu hồi đất.\n"
        "2. 9 hộ dân khối Tân Phúc (do bà Lê Thị Quế đại diện) kiến nghị cấp giấy chứng nhận.\n"
        "3. Ông Lương Văn Kiên và 7 hộ dân bản Khe Nằn kiến nghị làm đường.\n"
        "Giao UBND huyện Nghi Lộc giải quyết trước ngày 30/6/2018."
    )
    assert not {"Nguyễn Hữu Tình", "Lê Thị Quế", "Lương Văn Kiên"} & _persons(n)


def test_a_citizens_short_name_is_no_second_person() -> None:
    # Vietnamese shortens a name to its last syllables after the first mention ("bà Thị Sa Ry" → "bà Sa Ry")
    n = _notice(
        "1. Bà Lâm Thị Sô Phi, trú tại ấp Trà Kha, kiến nghị cấp lại giấy chứng nhận.\n"
        "Giao Sở Tài nguyên và Môi trường kiểm tra, thông báo cho bà Sô Phi trước ngày 15/5/2018."
    )
    assert not {"Lâm Thị Sô Phi", "Sô Phi"} & _persons(n)


def test_an_official_accused_by_a_citizen_stays_a_person() -> None:
    # the one accused has a post: he is an official named in the notice
    n = _notice(
        "1. Ông Đậu Văn Hà, trú tại xã Nghi Thạch, tố cáo ông Trần Văn Bình, cán bộ địa chính xã Nghi Thạch nhận "
        "tiền của dân.\nGiao Thanh tra tỉnh xác minh trước ngày 30/5/2018."
    )
    assert "Trần Văn Bình" in _persons(n)
    assert "Đậu Văn Hà" not in _persons(n)


# 2. An economic zone's board that runs the province's industrial zones too is named after both ("Ban Quản lý Khu
# kinh tế X và các khu công nghiệp Y", Nghị định 35/2022/NĐ-CP): "và các" inside it joins no second body.


def test_an_economic_zone_board_named_with_the_industrial_zones_is_one_body() -> None:
    assert _names(
        "Giao Ban Quản lý Khu kinh tế Vũng Áng và các khu công nghiệp Hà Tĩnh rà soát danh sách."
    ) == ["Ban Quản lý Khu kinh tế Vũng Áng và các khu công nghiệp Hà Tĩnh"]
    assert _names("BQL KKT Vân Phong và các KCN Khánh Hòa chủ trì.") == [
        "BQL KKT Vân Phong và các KCN Khánh Hòa"
    ]
    # after another body the same words are a second thing
    assert _names("Sở Công Thương và các khu công nghiệp rà soát.") == ["Sở Công Thương"]


# 3. A Sở Xây dựng's housing units are named in sentence case after their head ("Phòng Quản lý nhà và công sở",
# "Phòng Phát triển nhà và thị trường bất động sản"): the name does not end at "nhà".


def test_a_housing_unit_named_in_sentence_case_is_whole() -> None:
    assert _names("Phòng Quản lý nhà và công sở chủ trì kiểm tra.") == ["Phòng Quản lý nhà và công sở"]
    assert _names("Phòng Phát triển nhà và thị trường bất động sản tổng hợp danh sách.") == [
        "Phòng Phát triển nhà và thị trường bất động sản"
    ]


# 4. A commune's land officer named in a denunciation ("ông X, cán bộ địa chính xã Y"): his post is in the commune
# written after it, not in a Sở the notice names nearby.


def test_a_commune_land_officer_holds_his_post_in_the_commune() -> None:
    n = _notice(
        "1. Ông Đậu Văn Hà, trú tại xã Nghi Thạch, tố cáo ông Trần Văn Bình, cán bộ địa chính xã Nghi Thạch nhận "
        "tiền của dân. Giao Sở Tài nguyên và Môi trường kiểm tra trước ngày 30/5/2018.\n"
        "2. Bà Lê Thị Vân, công chức địa chính phường Quán Bàu, báo cáo hồ sơ."
    )
    assert posts_of(n, "Trần Văn Bình") == [("Cán bộ địa chính", "Xã Nghi Thạch")]
    assert posts_of(n, "Lê Thị Vân") == [("Cán bộ địa chính", "Phường Quán Bàu")]


# 5. A Youth Union body named by its level alone ("Tỉnh đoàn", "Huyện đoàn") is whole; "huy động" after it is the
# task's verb, though "huy" (chỉ huy) and "động" (lao động) are syllables of other names.


def test_a_youth_union_named_by_its_level_ends_before_huy_dong() -> None:
    assert _names("Thành đoàn huy động đoàn viên tham gia tình nguyện.") == ["Thành đoàn"]
    assert _names("Ban Chỉ huy Quân sự huyện huy động lực lượng dân quân.") == ["Ban Chỉ huy Quân sự huyện"]


# 6. A company's general director listed bare after a Sở's officials ("Về phía chủ đầu tư – Công ty …: ông A – Tổng
# Giám đốc"): a Tổng Giám đốc heads a company, a bank or a treasury, never a Sở, so the Sở just named is not his.


def test_a_general_director_listed_bare_is_no_post_of_the_so() -> None:
    # a working session's record, its parties listed after "chúng tôi gồm:"
    n = parse_notice(
        "UBND TỈNH NGHỆ AN\nSố: 31/BB-UBND\nNghệ An, ngày 12 tháng 6 năm 2018\nBIÊN BẢN LÀM VIỆC\n"
        "Hôm nay, ngày 12 tháng 6 năm 2018, tại Văn phòng UBND tỉnh, chúng tôi gồm:\n"
        "A. Về phía các cơ quan nhà nước:\n"
        "1. Ông Hồ Sỹ Lâm – Phó Giám đốc Sở Xây dựng;\n"
        "B. Về phía chủ đầu tư – Công ty cổ phần Phát triển Nhà Vinh Tân:\n"
        "1. Ông Phùng Văn Kha – Tổng Giám đốc;\n"
        "2. Bà Lữ Thị Ngân – Phó Tổng Giám đốc.\n"
        "Giao Sở Xây dựng kiểm tra tiến độ dự án trước ngày 30/6/2018.\n" + CLOSING,
        "x.txt",
    )
    for name in ("Phùng Văn Kha", "Lữ Thị Ngân"):
        assert not [p for p in posts_of(n, name) if p[1] and p[1].startswith("Sở")]


# 7. A standing committee's membership written short before the member's post ("UV BTV", "UVBTV"): it is a title
# of its own, so the post after it is still read with its body.


def test_a_short_standing_committee_membership_keeps_the_post_after_it() -> None:
    n = _notice(
        "Dự họp có: đồng chí Lò Văn Quý, UV BTV, Trưởng Ban Tổ chức Tỉnh đoàn; đồng chí Mè Thị Hoa, UVBTV, Chánh "
        "Văn phòng Tỉnh đoàn.\nGiao Tỉnh đoàn tổ chức lễ ra quân trong tháng 6/2018."
    )
    assert ("Trưởng ban", "Ban Tổ chức Tỉnh đoàn") in posts_of(n, "Lò Văn Quý")
    assert any(role == "Chánh Văn phòng" for role, _ in posts_of(n, "Mè Thị Hoa"))
