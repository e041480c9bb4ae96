"""Round M: bodies named since 2025 without a head noun ("Thuế tỉnh X", "Thống kê tỉnh X"), numbered wards, the
State Bank's branches, names cut short (a crop's variety, "Chữ thập đỏ", "Dự toán", a Phòng's name that holds a
comma) and words read as bodies (a verb after a Sở's name, "Thanh tra, giám sát" as verbs, a crop season).

Each snippet uses other names, places and bodies than the notice that showed the error.
"""

from __future__ import annotations

from ketluan.ingest.agencies import AgencyBook, find_agencies
from ketluan.ingest.records import Span
from ketluan.ingest.tokens import tokenize


def _surfaces(text: str, province: str | None = None) -> list[str]:
    return [m.surface for m in find_agencies(text, tokenize(text), province)]


# --- bodies without a head noun (2025) ------------------------------------------------------------------------


def test_tax_and_statistics_offices_named_by_their_place():
    assert _surfaces("2. Đề nghị Thuế tỉnh Nghệ An rà soát hóa đơn của các cửa hàng.") == [
        "Thuế tỉnh Nghệ An"
    ]
    assert _surfaces("- Thống kê tỉnh Lào Cai: vắng mặt;") == ["Thống kê tỉnh Lào Cai"]
    assert _surfaces("Giao Thuế thành phố Hải Phòng kiểm tra.") == ["Thuế thành phố Hải Phòng"]
    (m,) = find_agencies(t := "ông Hà Văn Tâm, Phó Trưởng Thuế cơ sở 3 tỉnh Nghệ An;", tokenize(t))
    assert m.surface == "Thuế cơ sở 3 tỉnh Nghệ An" and m.locality == "Nghệ An"
    # the words themselves are the tax and the statistics
    assert _surfaces("các hộ kinh doanh nộp thuế đầy đủ; số liệu thống kê tỉnh Nghệ An cho thấy") == [
        "tỉnh Nghệ An"
    ]
    assert _surfaces("Theo niên giám Thống kê tỉnh Lào Cai năm 2024") == ["tỉnh Lào Cai"]
    assert _surfaces("Thuế năm nay thu vượt dự toán.") == []
    # inside other names they stay words of the name
    assert _surfaces("Cục Thuế tỉnh Nghệ An và Trung tâm Thông tin và Thống kê tỉnh báo cáo") == [
        "Cục Thuế tỉnh Nghệ An",
        "Trung tâm Thông tin và Thống kê tỉnh",
    ]


# --- numbered wards ------------------------------------------------------------------------------------------


def test_a_ward_numbered_after_its_name_keeps_its_number():
    (m,) = find_agencies(t := "Phó Chủ tịch UBND phường Móng Cái 2 báo cáo kết quả.", tokenize(t))
    assert m.surface == "UBND phường Móng Cái 2" and m.locality == "Móng Cái 2"
    t = "Vắng: UBND xã Sơn Kim 1, xã Tân Lập 3;"
    assert [m.locality for m in find_agencies(t, tokenize(t))] == [
        "Sơn Kim 1",
        "Tân Lập 3",
    ]
    # a count after a commune's name is no number of it
    (m,) = find_agencies(t := "UBND xã Tân Phú 2 lần kiểm tra cửa hàng", tokenize(t))
    assert m.locality == "Tân Phú"


# --- the State Bank's branches ----------------------------------------------------------------------------------


def test_the_state_banks_branch_written_short():
    (m,) = find_agencies(t := "bà Lê Thu Hà - Phó Giám đốc NHNN Chi nhánh tỉnh Hà Tĩnh;", tokenize(t))
    assert (
        m.kind == "bank"
        and m.head == "Ngân hàng Nhà nước"
        and m.name == "Chi nhánh"
        and m.locality == "Hà Tĩnh"
    )
    (m,) = find_agencies(t := "- NHNN CN tỉnh Hà Tĩnh;", tokenize(t))
    assert m.name == "Chi nhánh"  # a bank's "CN" is its branch, not "Công nghệ"
    (m,) = find_agencies(t := "Đề nghị NHNN Khu vực 7 kiểm tra việc mua bán vàng miếng.", tokenize(t))
    assert m.surface == "NHNN Khu vực 7"
    assert _surfaces("Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Hà Tĩnh báo cáo") == [
        "Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Hà Tĩnh"
    ]


def test_a_branch_written_with_and_without_its_dash_is_one_body():
    book = AgencyBook("Hà Tĩnh")
    a = book.add("Ngân hàng Nhà nước - Chi nhánh tỉnh Hà Tĩnh", "bank", "x", Span(0, 1))
    b = book.add("Ngân hàng Nhà nước Chi nhánh tỉnh Hà Tĩnh", "bank", "y", Span(5, 6))
    assert a is b and len(book.by_key) == 1


# --- names cut short ------------------------------------------------------------------------------------------


def test_a_producers_association_named_by_a_fruits_variety_and_place():
    assert _surfaces("Hội Sản xuất và Kinh doanh vải thiều huyện Lục Ngạn báo cáo.") == [
        "Hội Sản xuất và Kinh doanh vải thiều huyện Lục Ngạn"
    ]
    assert _surfaces("Hợp tác xã cam sành Hàm Yên") == ["Hợp tác xã cam sành Hàm Yên"]


def test_red_cross_and_estimates_are_words_of_a_name():
    assert _surfaces("Vắng: Hội Nông dân tỉnh; Hội Chữ thập đỏ tỉnh.") == [
        "Hội Nông dân tỉnh",
        "Hội Chữ thập đỏ tỉnh",
    ]
    assert _surfaces("Phòng Kế hoạch - Dự toán báo cáo") == ["Phòng Kế hoạch - Dự toán"]


def test_a_justice_departments_unit_whose_name_holds_a_comma():
    text = "bà Vũ Thị Lan - Phó Trưởng phòng Phổ biến, giáo dục pháp luật, Sở Tư pháp;"
    assert _surfaces(text) == ["phòng Phổ biến, giáo dục pháp luật", "Sở Tư pháp"]
    text = "ông Đỗ Văn Sơn - Trưởng phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật;"
    assert _surfaces(text) == ["phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật"]


# --- words read as bodies, or names that run on ------------------------------------------------------------------


def test_a_verb_after_a_departments_name_ends_it():
    assert _surfaces("Phó Giám đốc Sở Khoa học và Công nghệ thông tin về tiến độ dự án.") == [
        "Sở Khoa học và Công nghệ"
    ]
    assert _surfaces("Phó Giám đốc Sở phụ trách lĩnh vực môi trường chủ trì.") == ["Sở"]
    assert "Trung tâm Công nghệ thông tin và Truyền thông" in _surfaces(
        "Trung tâm Công nghệ thông tin và Truyền thông báo cáo."
    )


def test_inspect_and_supervise_as_verbs_name_no_inspectorate():
    assert _surfaces("Ông đề nghị Thanh tra, kiểm tra các cơ sở kinh doanh xăng dầu.") == []
    assert _surfaces("Thanh tra, Văn phòng Sở báo cáo") == ["Thanh tra", "Văn phòng Sở"]


def test_a_crop_season_or_a_case_is_no_ministry_department():
    assert _surfaces("1. Vụ thu hoạch vải năm nay dự kiến sớm hơn.") == []
    assert _surfaces("Vụ việc đã được chuyển cơ quan điều tra.") == []
    assert _surfaces("Vụ Pháp chế báo cáo.") == ["Vụ Pháp chế"]


def test_a_branch_named_again_without_its_place_is_the_one_placed_before():
    from ketluan.ingest.agencies import Place

    book = AgencyBook("Hà Tĩnh")
    place = Place("Hà Tĩnh", "tỉnh")
    t = "Giám đốc NHNN Chi nhánh tỉnh Hà Tĩnh chủ trì; theo báo cáo của NHNN Chi nhánh, 4 doanh nghiệp"
    first, again = find_agencies(t, tokenize(t), "Hà Tĩnh")
    assert book.resolve(first, place) is book.resolve(again, place)


def test_a_bare_association_refers_back_to_the_one_named():
    from ketluan.ingest.agencies import Place

    book = AgencyBook("Bắc Giang")
    place = Place("Bắc Giang", "tỉnh")
    t = "Đại diện Hội Sản xuất và Kinh doanh vải thiều huyện Lục Ngạn: ông Lê Văn Tư, Chủ tịch Hội."
    named, bare = find_agencies(t, tokenize(t), "Bắc Giang")
    hoi = book.resolve(named, place)
    assert book.resolve(bare, place) is hoi


# --- a place's name wrapped over a line ---------------------------------------------------------------------------


def test_a_citys_name_wrapped_over_a_line_break_is_whole():
    (m,) = find_agencies(t := "2.4. Sở Tài chính Thành phố Hồ Chí\nMinh chủ trì kiểm tra", tokenize(t))
    assert m.locality == "Hồ Chí Minh"
    # a header's place ends with its line
    ms = find_agencies(t := "UBND XÃ CAO DƯƠNG\nSố: 12/TB-UBND", tokenize(t))
    assert ms[0].locality == "CAO DƯƠNG"
