"""Bodies and posts in the ways round Q's unseen notices wrote them (natural resources and mining; transport,
vehicle inspection, roads and ports; the inspectorate and citizens' complaints; culture, sports and tourism).

Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.tokens import tokenize


def _surfaces(sentence: str) -> list[str]:
    return [m.surface for m in find_agencies(sentence, tokenize(sentence))]


# 1. The transport sector's port authorities, airports, road-maintenance units and bus stations are bodies.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Vắng mặt: Cảng vụ Hàng hải Quảng Ninh.", "Cảng vụ Hàng hải Quảng Ninh"),
        (
            "3. Giao Cảng vụ Đường thủy nội địa tỉnh Đồng Nai tăng cường kiểm tra bến khách ngang sông.",
            "Cảng vụ Đường thủy nội địa tỉnh Đồng Nai",
        ),
        ("Cảng hàng không quốc tế Phú Quốc bố trí thêm quầy thủ tục.", "Cảng hàng không quốc tế Phú Quốc"),
        ("Đoạn Quản lý đường bộ 3 thực hiện sửa chữa mặt đường.", "Đoạn Quản lý đường bộ 3"),
        ("Bến xe khách Long Xuyên bố trí thêm chuyến trong dịp Tết.", "Bến xe khách Long Xuyên"),
        ("Công ty Cổ phần Bến xe Quảng Nam rà soát lịch chạy xe.", "Công ty Cổ phần Bến xe Quảng Nam"),
    ],
)
def test_transport_bodies(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


def test_port_authority_is_not_a_ministry_department() -> None:
    assert not any(s.startswith("vụ") for s in _surfaces("Đề nghị Cảng vụ Hàng hải Quy Nhơn phối hợp."))


# 2. A unit's code "NN-NNX" is one token of its name.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "Giao Trung tâm Đăng kiểm xe cơ giới 29-05V khắc phục ngay tình trạng ùn tắc.",
            "Trung tâm Đăng kiểm xe cơ giới 29-05V",
        ),
        ("Trung tâm Đăng kiểm 51-03D tăng ca làm việc.", "Trung tâm Đăng kiểm 51-03D"),
        ("Yêu cầu TTĐK 43-02D báo cáo trước ngày 10/4.", "TTĐK 43-02D"),
    ],
)
def test_unit_code_in_name(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


def test_unit_code_name_is_written_as_in_the_text() -> None:
    s = "Giao Trung tâm Đăng kiểm xe cơ giới 29-05V khắc phục."
    (m,) = [m for m in find_agencies(s, tokenize(s)) if m.surface.startswith("Trung tâm")]
    assert m.name.endswith("29-05V")


# 3. Lower-case field words of unit names, a second field after "và", a centre's comma list of fields.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "Ban Quản lý dự án xây dựng công trình giao thông Quảng Ninh đẩy nhanh tiến độ.",
            "Ban Quản lý dự án xây dựng công trình giao thông Quảng Ninh",
        ),
        ("Phòng Quản lý vận tải và phương tiện rà soát hồ sơ.", "Phòng Quản lý vận tải và phương tiện"),
        (
            "Trung tâm Huấn luyện và Thi đấu thể thao tỉnh chuẩn bị lực lượng vận động viên.",
            "Trung tâm Huấn luyện và Thi đấu thể thao tỉnh",
        ),
        (
            "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh quảng bá sản phẩm.",
            "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh",
        ),
        (
            "Trung tâm Văn hóa, Thông tin và Thể thao huyện tổ chức giải chạy.",
            "Trung tâm Văn hóa, Thông tin và Thể thao huyện",
        ),
        (
            "Phòng Tiếp công dân và Xử lý đơn thư phân loại đơn theo quy định.",
            "Phòng Tiếp công dân và Xử lý đơn thư",
        ),
        ("Phòng Văn hóa và Thông tin trực thuộc UBND huyện tham mưu.", "Phòng Văn hóa và Thông tin"),
        ("Các phòng nghiệp vụ thuộc Thanh tra tỉnh báo cáo kết quả.", "Các phòng nghiệp vụ"),
        ("UBND các xã ven sông tăng cường tuần tra.", "UBND các xã ven sông"),
    ],
)
def test_names_not_cut_short(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


@pytest.mark.parametrize(
    ("sentence", "surfaces"),
    [
        ("Trung tâm Y tế, Phòng Y tế và UBND xã phối hợp.", ["Trung tâm Y tế", "Phòng Y tế"]),
        (
            "Trung tâm Khuyến nông, Chi cục Thủy lợi và Sở Tài chính",
            ["Trung tâm Khuyến nông", "Chi cục Thủy lợi"],
        ),
    ],
)
def test_list_of_bodies_is_no_field_list(sentence: str, surfaces: list[str]) -> None:
    found = _surfaces(sentence)
    for s in surfaces:
        assert s in found


def test_reception_room_is_no_body() -> None:
    assert _surfaces("Công dân được tiếp tại phòng tiếp dân của tỉnh.") == []


# 5. A dash-set appositive ("- cơ quan thường trực …") is no part of the body's name.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "Sở Văn hóa, Thể thao và Du lịch - cơ quan thường trực Ban Chỉ đạo - tổng hợp kết quả.",
            "Sở Văn hóa, Thể thao và Du lịch",
        ),
        ("Sở Y tế – đơn vị chủ trì – báo cáo UBND tỉnh.", "Sở Y tế"),
    ],
)
def test_appositive_after_dash(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


def test_dash_between_fields_stays() -> None:
    assert "Phòng Kinh tế - Hạ tầng" in _surfaces("Phòng Kinh tế - Hạ tầng báo cáo.")


# 6. "Thanh tra" before a collective of localities names the inspectorate of each; before other objects it is the
# activity.
def test_inspectorates_of_each_district() -> None:
    s = "Thanh tra các quận, huyện báo cáo kết quả."
    found = find_agencies(s, tokenize(s))
    assert [m.surface for m in found] == ["Thanh tra các quận, huyện"]
    assert found[0].collective and found[0].head == "Thanh tra"


def test_inspecting_is_no_body() -> None:
    assert _surfaces("Thanh tra các cơ sở kinh doanh xăng dầu.") == []


# 7. A district whose name is read as a person's ("Hồng Ngự": a family and a given name), a district listed by
# the package with its kind ("Hồng Ngự (Thành phố)"), and the same body of several districts of the district level.
def test_district_named_like_a_person() -> None:
    assert "UBND thị xã Hồng Ngự" in _surfaces("Giao UBND thị xã Hồng Ngự kiểm tra.")


def test_gazetteer_knows_districts_listed_with_their_kind() -> None:
    from ketluan.ingest.places import load_gazetteer

    kinds = {d.kind for d in load_gazetteer().districts_named("Cao Lãnh")}
    assert {"huyện", "thành phố"} <= kinds


def test_one_head_for_districts_of_several_kinds() -> None:
    from ketluan.ingest.extract import parse_notice

    text = (
        "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\nSố: 15/TB-UBND\nĐồng Tháp, ngày 12 tháng 3 năm 2018\nTHÔNG BÁO\n"
        "Kết luận của Phó Chủ tịch UBND tỉnh về khai thác cát\n"
        "Phó Chủ tịch UBND tỉnh kết luận:\n"
        "1. Yêu cầu Uỷ ban nhân dân thị xã Sa Đéc, huyện Lai Vung, huyện Tháp Mười kiểm tra các bến bãi.\n"
    )
    n = parse_notice(text, "t")
    (d,) = [d for d in n.directives if "Sa Đéc" in d.text]
    assert d.assignees == [
        "ủy ban nhân dân thị xã sa đéc",
        "ủy ban nhân dân huyện lai vung",
        "ủy ban nhân dân huyện tháp mười",
    ]


def test_place_name_after_a_line_break() -> None:
    s = "Yêu cầu UBND thị xã Sa Đéc, huyện\nTháp Mười kiểm tra."
    assert [m.locality for m in find_agencies(s, tokenize(s))] == ["Sa Đéc", "Tháp Mười"]


# After round Q's fixers: the cultural institutions, a shipping company's trade, a Sở's own teams.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("7. Bảo tàng Tổng hợp tỉnh tổ chức trưng bày chuyên đề về biển đảo.", "Bảo tàng Tổng hợp tỉnh"),
        ("Vắng: Trung tâm Văn hóa tỉnh, Thư viện tỉnh (đi công tác).", "Thư viện tỉnh"),
        (
            "Nhà hát Nghệ thuật truyền thống tỉnh xây dựng chương trình biểu diễn.",
            "Nhà hát Nghệ thuật truyền thống tỉnh",
        ),
        ("2. Công ty TNHH Vận tải biển Côn Sơn Express:", "Công ty TNHH Vận tải biển Côn Sơn Express"),
        ("SỞ GIAO THÔNG VẬN TẢI\nĐOÀN KIỂM TRA", "ĐOÀN KIỂM TRA"),
    ],
)
def test_cultural_institutions_shipping_and_teams(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Xây dựng bảo tàng tỉnh và thư viện điện tử.", "Sau đó đoàn kiểm tra đã làm việc với 12 cơ sở."],
)
def test_institutions_and_teams_in_lower_case_are_things(sentence: str) -> None:
    assert _surfaces(sentence) == []


def test_invited_but_not_there_is_absent() -> None:
    from ketluan.ingest.extract import parse_notice

    text = (
        "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG\nSố: 120/TB-UBND\nVĩnh Long, ngày 14 tháng 5 năm 2021\nTHÔNG BÁO\n"
        "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về an toàn giao thông\n"
        "Ngày 12/5/2021, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Tham dự có lãnh đạo Sở Giao thông vận tải, "
        "Công an tỉnh; UBND thị xã Bình Minh được mời nhưng không có mặt.\n"
        "Phó Chủ tịch UBND tỉnh kết luận:\n"
        "1. Sở Công Thương kiểm tra các cửa hàng không có mặt hàng bình ổn giá.\n"
    )
    notice = parse_notice(text, "x.txt")
    absent = [notice.agencies[k].name for k in notice.meeting.absent_agencies]
    assert absent == ["Ủy ban nhân dân thị xã Bình Minh"]


def test_head_of_a_coach_station_holds_a_post() -> None:
    from ketluan.ingest.extract import parse_notice

    text = (
        "SỞ GIAO THÔNG VẬN TẢI TỈNH KIÊN GIANG\nSố: 12/TB-SGTVT\nKiên Giang, ngày 15 tháng 5 năm 2020\nTHÔNG BÁO\n"
        "Kết luận của Giám đốc Sở tại cuộc họp giao ban\n"
        "Ngày 12/5/2020, ông Lâm Quốc Thái, Giám đốc Sở chủ trì cuộc họp. Tham dự có ông Lê Hoàng Nam, Trưởng Bến "
        "xe khách Rạch Giá.\nGiám đốc Sở kết luận:\n1. Bến xe khách Rạch Giá bố trí khu vực sát khuẩn.\n"
    )
    notice = parse_notice(text, "x.txt")
    posts = {notice.persons[p.person].name: p for p in notice.posts}
    post = posts["Lê Hoàng Nam"]
    assert post.role == "Trưởng bến"
    assert notice.agencies[post.agency].name == "Bến xe khách Rạch Giá"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "3. Bà Nguyễn Thị Thu Hà - Phó Trưởng phòng Quản lý kết cấu hạ tầng giao thông - Thành viên;",
            "phòng Quản lý kết cấu hạ tầng giao thông",
        ),
        ("Ông Lê Văn Ba - Phó Giám đốc Ban Quản lý dự án - Uỷ viên;", "Ban Quản lý dự án"),
        ("Phòng Tài chính - Kế toán báo cáo.", "Phòng Tài chính - Kế toán"),
    ],
)
def test_a_member_role_after_a_dash_ends_the_name(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


def test_a_company_chief_executive_holds_his_post_at_the_company() -> None:
    from ketluan.ingest.extract import parse_notice

    text = (
        "SỞ GIAO THÔNG VẬN TẢI TỈNH BÀ RỊA - VŨNG TÀU\nSố: 12/TB-SGTVT\nVũng Tàu, ngày 27 tháng 4 năm 2016\n"
        "THÔNG BÁO\nKết luận của Giám đốc Sở tại cuộc họp giao ban\nNgày 25/4/2016, ông Lê Văn An, Giám đốc Sở "
        "chủ trì cuộc họp. Tham dự có ông Võ Thanh Liêm, Giám đốc điều hành Công ty TNHH Vận tải biển Côn Sơn "
        "Express.\nGiám đốc Sở kết luận:\n1. Phòng Quản lý vận tải rà soát.\n"
    )
    notice = parse_notice(text, "x.txt")
    post = next(p for p in notice.posts if notice.persons[p.person].name == "Võ Thanh Liêm")
    assert post.role == "Giám đốc điều hành"
    assert notice.agencies[post.agency].name == "Công ty TNHH Vận tải biển Côn Sơn Express"
