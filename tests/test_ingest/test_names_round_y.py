"""Names of bodies and places as round Y's unseen notices wrote them: old notices (2005-2014) of provinces and
districts that no longer exist and of bodies whose official names hold a comma; bodies named bare in a dialogue
with the citizens of one commune; words after a name that are the sentence's, not the name's.

Each case is a variant written here, not a copy of a test notice. Provinces, districts and bodies are real; the
officials are invented.
"""

from __future__ import annotations

from notice_checks import absent_of as _absent
from notice_checks import assignees_of as _acting
from notice_checks import task_of as _task

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.places import load_gazetteer
from ketluan.ingest.records import Notice
from ketluan.ingest.tokens import tokenize


def _notice(text: str) -> Notice:
    return parse_notice(text, "x.txt")


def _bodies(text: str, province: str | None = None) -> list[tuple[str, str]]:
    """(kind, name after the head) of every body read in ``text``."""
    return [(m.kind, m.name) for m in find_agencies(text, tokenize(text), province)]


# 1. Provinces and districts that no longer exist: Hà Tây (joined Hà Nội on 1 August 2008) and Hà Nội's huyện Từ
# Liêm (split in 2013). A notice of their time is theirs, its bodies named with them.

HA_TAY = """UBND TỈNH HÀ TÂY                    CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
   SỞ CÔNG NGHIỆP                        Độc lập - Tự do - Hạnh phúc
Số: 112/TB-SCN                        Hà Đông, ngày 14 tháng 5 năm 2007
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp về quản lý cụm công nghiệp
Ngày 10/5/2007, tại Sở Công nghiệp, đồng chí Lê Văn Thanh - Giám đốc Sở chủ trì cuộc họp. Dự họp có đại diện
UBND thị xã Sơn Tây, UBND huyện Thạch Thất, Sở Tài nguyên và Môi trường.
Giám đốc Sở kết luận:
1. UBND huyện Thạch Thất rà soát quy hoạch cụm công nghiệp Bình Phú, báo cáo Sở trước ngày 30/6/2007.
2. Sở Tài nguyên và Môi trường hướng dẫn thủ tục giao đất cho các doanh nghiệp.
3. UBND thị xã Sơn Tây kiểm tra việc xả thải của các cơ sở sản xuất.
"""


def test_a_notice_of_ha_tay_before_the_merger_is_ha_tays():
    n = _notice(HA_TAY)
    assert n.province == "Hà Tây"
    names = {a.name for a in n.agencies.values()}
    assert "Sở Tài nguyên và Môi trường tỉnh Hà Tây" in names
    assert not any("Hà Nội" in x for x in names), names
    assert _task(n, "UBND huyện Thạch Thất")[0] == ["Ủy ban nhân dân huyện Thạch Thất"]
    thach_that = next(a for a in n.agencies.values() if a.name == "Ủy ban nhân dân huyện Thạch Thất")
    assert thach_that.province == "Hà Tây"


def test_ha_tays_districts_are_ha_nois_without_a_province_asked():
    gz = load_gazetteer()
    assert gz.province("Hà Tây") is not None
    assert {d.province for d in gz.districts_named("Thạch Thất")} == {"Hà Nội"}
    assert {d.province for d in gz.districts_named("Thạch Thất", "Hà Tây")} == {"Hà Tây"}
    assert {d.province for d in gz.districts_named("Hà Đông", "Hà Nội")} == {"Hà Nội"}


def test_a_notice_of_ha_noi_naming_its_districts_stays_ha_nois():
    n = _notice(
        "UBND QUẬN HÀ ĐÔNG\nSố: 21/TB-UBND\nHà Đông, ngày 3 tháng 4 năm 2019\nTHÔNG BÁO\nKết luận của Chủ tịch "
        "UBND quận Hà Đông\nGiao Phòng Quản lý đô thị quận Hà Đông kiểm tra trật tự xây dựng trên địa bàn "
        "thành phố Hà Nội.\n"
    )
    assert n.province == "Hà Nội"


def test_a_former_district_keeps_its_province():
    n = _notice(
        "UBND HUYỆN TỪ LIÊM\nSố: 55/TB-UBND\nTừ Liêm, ngày 9 tháng 6 năm 2011\nTHÔNG BÁO\nKết luận của Chủ tịch "
        "UBND huyện tại buổi làm việc với UBND xã Tây Tựu\n1. Phòng Kinh tế huyện hướng dẫn xã lập đề án trồng "
        "hoa.\n"
    )
    assert n.province == "Hà Nội"
    assert {d.province for d in load_gazetteer().districts_named("Từ Liêm")} == {"Hà Nội"}


# 2. Official names that hold a comma (old bodies and their units): read whole, not cut at the comma.


def test_old_names_with_a_comma_are_read_whole():
    assert ("committee", "Dân số, Gia đình và Trẻ em") in _bodies(
        "Vắng: Sở Thủy sản, Ủy ban Dân số, Gia đình và Trẻ em tỉnh.\n"
    )
    assert ("committee", "Dân số, Gia đình và Trẻ em") in _bodies(
        "Vắng mặt: Uỷ ban Dân số, Gia đình và Trẻ em tỉnh có lý do.\n"
    )
    assert _bodies("3. Phòng Quản lý Bưu chính, Viễn thông: chủ trì, phối hợp với Sở Xây dựng rà soát.") == [
        ("phong", "Quản lý Bưu chính, Viễn thông"),
        ("so", "Xây dựng"),
    ]
    assert ("so", "Văn hóa, Thông tin") in _bodies("Giao Sở Văn hóa, Thông tin phối hợp với Sở Y tế.")


def test_a_land_registration_office_is_named_whole_across_a_line_break():
    for text in (
        "Phòng Tài nguyên và Môi trường phối hợp với Văn phòng Đăng ký quyền sử\ndụng đất huyện cấp giấy.",
        "Văn phòng Đăng ký quyền sử dụng đất tỉnh rà soát hồ sơ.",
    ):
        assert ("office", "Đăng ký quyền sử dụng đất") in _bodies(text), _bodies(text)


def test_an_old_committee_absent_then_tasked_is_one_body():
    n = _notice(
        "UBND TỈNH HẢI DƯƠNG\nVĂN PHÒNG\nSố: 80/TB-VP\nHải Dương, ngày 5 tháng 12 năm 2005\nTHÔNG BÁO\nÝ kiến "
        "kết luận của Chủ tịch UBND tỉnh\nNgày 1/12/2005, đồng chí Trần Văn Hà - Chủ tịch UBND tỉnh chủ trì họp. "
        "Vắng: Sở Thuỷ sản, Uỷ ban Dân số, Gia đình và Trẻ em tỉnh.\nChủ tịch UBND tỉnh kết luận:\n1. Tuy không "
        "có mặt tại cuộc họp, Uỷ ban Dân số, Gia đình và Trẻ em tỉnh\ncó trách nhiệm tuyên truyền phòng dịch.\n"
    )
    assert any("Dân số, Gia đình và Trẻ em" in a for a in _absent(n)), _absent(n)
    assert not any(a.endswith("Dân số") for a in _acting(n)), _acting(n)


# 3. Words after a head that are the sentence's: a verb after a bare "Sở", an adverb after a name, a village at
# the far end of a road.


def test_a_bare_so_before_a_verb_is_the_so():
    assert ("so", "") in _bodies("Trung tâm đề nghị Sở đầu tư 01 bộ chuẩn để kiểm định.")
    assert ("so", "tài chính") in _bodies("Sở tài chính thẩm định dự toán.")
    assert ("so", "kế hoạch và đầu tư") in _bodies("Sở kế hoạch và đầu tư tham mưu.")


def test_an_adverb_after_a_name_ends_it():
    assert _bodies("Chi cục Đê điều và Phòng chống lụt bão thường xuyên kiểm\ntra các tuyến đê.") == [
        ("sub-department", "Đê điều và Phòng chống lụt bão")
    ]
    assert _bodies("Sở Y tế kịp thời báo cáo.") == [("so", "Y tế")]


def test_a_road_between_villages_names_no_body():
    assert _bodies("nhiều ý kiến đề nghị nâng cấp tuyến đường liên thôn 5 - thôn 7 đã xuống cấp") == []
    assert _bodies("kênh liên xóm Đông - xóm Tây bị bồi lấp") == []


# 4. A district's dialogue with the citizens of one commune: its bare "UBND xã" is that commune's.

DIALOGUE = """UBND HUYỆN CƯ M'GAR
Số: 77/TB-UBND
Cư M'gar, ngày 20 tháng 10 năm 2022
THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại hội nghị đối thoại với Nhân dân xã Ea Tar
Ngày 15/10/2022, tại Hội trường UBND xã Ea Tar, đồng chí Nguyễn Văn Hải - Chủ tịch UBND huyện chủ trì hội nghị.
Cử tri thôn 3 đề nghị sửa chữa tuyến đường liên thôn 3 - thôn 5.
Chủ tịch UBND huyện kết luận:
1. Giao Phòng Kinh tế và Hạ tầng khảo sát tuyến đường, báo cáo trước ngày 30/11/2022.
2. UBND xã tiếp tục vận động Nhân dân hiến đất làm đường.
"""


def test_a_bare_commune_body_is_the_one_commune_named():
    n = _notice(DIALOGUE)
    assert _task(n, "UBND xã tiếp tục")[0] == ["Ủy ban nhân dân xã Ea Tar"]
    assert not any(a.name.startswith("Thôn") for a in n.agencies.values()), [
        a.name for a in n.agencies.values()
    ]


def test_a_bare_commune_body_stays_bare_when_two_communes_are_named():
    n = _notice(
        DIALOGUE.replace(
            "tại Hội trường UBND xã Ea Tar", "tại Hội trường UBND xã Ea Tar, có đại diện UBND xã Ea Kpam"
        )
    )
    assert _task(n, "UBND xã tiếp tục")[0] != ["Ủy ban nhân dân xã Ea Tar"]


# 5. Posts: the head of a district's radio station; a body's staff after its name.


def _posts(n: Notice) -> list[tuple[str, str | None]]:
    return [(po.role, n.agencies[po.agency].name if po.agency else None) for po in n.posts]


def test_the_head_of_a_radio_station_is_a_title():
    n = _notice(
        "UBND HUYỆN QUẾ SƠN\nTHÔNG BÁO\nDự họp: ông Trần Văn Bình - Trưởng Đài Truyền thanh huyện Quế Sơn; bà Lê "
        "Thị Hoa - Phó Chủ tịch UBND huyện.\n"
    )
    assert ("Trưởng đài", "Đài Truyền thanh huyện Quế Sơn") in _posts(n), _posts(n)


def test_a_bodys_staff_after_its_name_is_no_part_of_it():
    assert _bodies("bà Mai Thị Hạnh - Trưởng phòng Hành chính - Tổng hợp và công chức các phòng.")[0] == (
        "phong",
        "Hành chính - Tổng hợp",
    )
    assert _bodies("Mời lãnh đạo Phòng Kế hoạch - Tài chính và chuyên viên phụ trách dự họp.")[0] == (
        "phong",
        "Kế hoạch - Tài chính",
    )
    # a field after "và" goes on
    assert _bodies("Sở Lao động - Thương binh và Xã hội chủ trì.") == [
        ("so", "Lao động - Thương binh và Xã hội")
    ]


# 6. One unit's head written once for a province's own city and its towns: the unit of each.


def test_a_unit_of_a_provinces_city_and_its_towns_is_one_in_each():
    found = find_agencies(
        "5. Phòng Kinh tế thành phố Thanh Hoá, thị xã Sầm Sơn, thị xã\nBỉm Sơn thống kê các cửa hàng xăng dầu.",
        tokenize(
            "5. Phòng Kinh tế thành phố Thanh Hoá, thị xã Sầm Sơn, thị xã\nBỉm Sơn thống kê các cửa hàng xăng dầu."
        ),
        "Thanh Hóa",
    )
    assert [(m.kind, m.name, m.locality) for m in found] == [
        ("phong", "Kinh tế", "Thanh Hoá"),
        ("phong", "Kinh tế", "Sầm Sơn"),
        ("phong", "Kinh tế", "Bỉm Sơn"),
    ]
    # a centrally-governed city is no district: the place after it is a place of its own
    found = find_agencies(
        "UBND thành phố Đà Nẵng, huyện Hòa Vang báo cáo.",
        tokenize("UBND thành phố Đà Nẵng, huyện Hòa Vang báo cáo."),
        None,
    )
    assert [(m.kind, m.locality) for m in found] == [("ubnd", "Đà Nẵng"), ("locality", "Hòa Vang")]


def test_a_special_working_group_is_named_whole():
    text = "đồng chí Hồ Văn Tâm, Phó Chủ tịch UBND tỉnh, Tổ trưởng Tổ công\ntác đặc biệt của tỉnh tại buổi khảo sát"
    assert ("team", "đặc biệt") in _bodies(text, "Đồng Nai")
    assert ("team", "liên ngành") in _bodies("Tổ công tác liên ngành kiểm tra các cửa hàng.")


def test_a_city_or_town_written_short_after_its_committee():
    assert [
        (m.kind, m.locality_type, m.locality) for m in find_agencies(*_tt("- UBND TP Hà Đông, TX Sơn Tây;"))
    ] == [
        ("ubnd", "thành phố", "Hà Đông"),
        ("ubnd", "thị xã", "Sơn Tây"),
    ]
    assert [(m.kind, m.locality) for m in find_agencies(*_tt("Giao UBND Tp Vinh kiểm tra."))] == [
        ("ubnd", "Vinh")
    ]
    # "Phòng TP" is the Phòng Tư pháp
    assert [(m.kind, m.name) for m in find_agencies(*_tt("Giao Phòng TP huyện thẩm định."))] == [
        ("phong", "TP")
    ]


def _tt(text: str) -> tuple[str, list]:
    return text, tokenize(text)
