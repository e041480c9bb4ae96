"""Round K: lists of places after a colon, body names cut short, heads and bodies written short, places read
as persons.

Each snippet uses other names, places and bodies than the notice that showed the error.
"""

from __future__ import annotations

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.people import scan_name
from ketluan.ingest.tokens import tokenize


def _surfaces(text: str, province: str | None = None) -> list[str]:
    return [m.surface for m in find_agencies(text, tokenize(text), province)]


def _names(text: str) -> list[str]:
    toks = tokenize(text)
    return [m.name for k in range(len(toks)) if (m := scan_name(toks, k, text=text)) is not None]


# --- a collective's places listed after a colon: one body in each ---------------------------------------------


def test_places_listed_after_a_colon_are_one_body_each():
    text = "Sở Nông nghiệp và Phát triển nông thôn các tỉnh: Sóc Trăng, Bạc Liêu, Cà Mau tăng cường kiểm tra."
    assert _surfaces(text) == [
        "Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng",
        "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bạc Liêu",
        "Sở Nông nghiệp và Phát triển nông thôn tỉnh Cà Mau",
    ]
    # the list may wrap
    text = "UBND các tỉnh: Hà Tĩnh, Quảng Bình,\nQuảng Trị khẩn trương thống kê thiệt hại."
    assert [m.locality for m in find_agencies(text, tokenize(text))] == ["Hà Tĩnh", "Quảng Bình", "Quảng Trị"]
    text = "Chi cục Thuế các huyện: Tuy An, Đồng Xuân báo cáo."
    assert _surfaces(text, "Phú Yên") == ["Chi cục Thuế huyện Tuy An", "Chi cục Thuế huyện Đồng Xuân"]


def test_a_task_after_a_colon_is_no_list_of_communes():
    # communes are not in the gazetteer: a capitalised task after the colon is no commune's name
    (m,) = find_agencies(t := "UBND các xã: Tổ chức rà soát, báo cáo kết quả.", tokenize(t))
    assert m.collective and m.surface == "UBND các xã"
    assert len(_surfaces("Đảng ủy các xã: Ea Tul, Cư Mốt thực hiện.")) == 2


# --- names cut short ------------------------------------------------------------------------------------------


def test_lower_case_words_that_end_names():
    assert _surfaces("Phòng Kiểm soát ô nhiễm có ý kiến.") == ["Phòng Kiểm soát ô nhiễm"]
    assert _surfaces("Trung tâm Quan trắc phía Nam báo cáo.") == ["Trung tâm Quan trắc phía Nam"]
    assert _surfaces("Vắng: Trung tâm Kỹ thuật phía Bắc.") == ["Trung tâm Kỹ thuật phía Bắc"]
    text = "Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Nghệ An tuyên truyền"
    assert _surfaces(text) == ["Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Nghệ An"]
    assert _surfaces("Cục Cạnh tranh và Bảo vệ người tiêu dùng kiểm tra") == [
        "Cục Cạnh tranh và Bảo vệ người tiêu dùng"
    ]


def test_a_sentence_ending_on_a_one_letter_syllable():
    # "y." ends the sentence: the full stop is no initial's
    assert _surfaces("Dự họp có đại diện Trạm Chăn nuôi và Thú y. Sau đó") == ["Trạm Chăn nuôi và Thú y"]
    assert [t.text for t in tokenize("Thú y.")] == ["Thú", "y", "."]
    assert [t.text for t in tokenize("P. Giám đốc")][0] == "P."  # an initial keeps its stop


def test_names_that_hold_commas():
    text = "Ban Chỉ huy phòng, chống lụt, bão tỉnh Quảng Trị báo cáo"
    assert _surfaces(text) == ["Ban Chỉ huy phòng, chống lụt, bão tỉnh Quảng Trị"]
    assert _surfaces("ông Hà Văn Bình, Vụ trưởng Vụ Quản lý, bảo trì đường bộ;") == [
        "Vụ Quản lý, bảo trì đường bộ"
    ]


def test_collectives_named_by_a_lower_case_qualifier():
    assert _surfaces("UBND các xã biên giới tăng cường tuần tra.") == ["UBND các xã biên giới"]
    assert _surfaces("các đơn vị chủ rừng phát dọn đường băng") == ["các đơn vị chủ rừng"]
    assert _surfaces("Các khoa chuyên môn: tổ chức dự giờ.") == ["Các khoa chuyên môn"]
    assert _surfaces("chỉ đạo các công ty than xử lý nước thải") == ["các công ty than"]
    # a company's trade goes on with a collective of companies as with one company
    assert _surfaces("giao các Công ty Điện lực kiểm tra") == ["các Công ty Điện lực"]


def test_an_authority_for_the_industrial_zones_is_one_body():
    (m,) = find_agencies(t := "Ban Quản lý các khu kinh tế tỉnh Hà Tĩnh báo cáo.", tokenize(t))
    assert not m.collective and m.locality == "Hà Tĩnh"
    (m,) = find_agencies(t := "Ban Quản lý các KCN chủ trì kiểm tra.", tokenize(t))
    assert not m.collective and m.name == "các khu công nghiệp"


def test_province_keyword_that_lost_its_marks_in_lower_case():
    (m,) = find_agencies(t := "Phó Cục trưởng Cục Hải quan tinh Lào Cai báo cáo", tokenize(t))
    assert (m.locality_type, m.locality) == ("tỉnh", "Lào Cai")
    assert _surfaces("giữ vững tinh thần Hà Nội") == []  # no province keyword


# --- heads and bodies written short ---------------------------------------------------------------------------


def test_departments_and_centres_written_short():
    for text, name in (
        ("3. P. KH-TC: bố trí kinh phí.", "Kế hoạch - Tài chính"),
        ("5. P.QLCN&CN: thẩm định hồ sơ.", "Quản lý Công nghệ và Chuyên ngành"),
        ("2. P.QLKH: đôn đốc các đề tài.", "Quản lý Khoa học"),
    ):
        (m,) = find_agencies(text, tokenize(text))
        assert (m.head, m.name) == ("Phòng", name)
    (m,) = find_agencies(t := "TT Ứng dụng tiến bộ KH&CN: kiểm định cân.", tokenize(t))
    assert (m.head, m.name) == ("Trung tâm", "Ứng dụng tiến bộ Khoa học và Công nghệ")
    # "TT" a circular, a standing committee, a town; "P." a deputy's title
    assert _surfaces("theo TT số 15 và ý kiến của TT HĐND huyện") == ["HĐND huyện"]
    assert _surfaces("P. Giám đốc Trần Văn Tâm chủ trì") == []
    assert [t.text for t in tokenize("P.GĐ")] == ["P.GĐ"]


def test_state_groups_written_short():
    (m,) = find_agencies(t := "EVN chỉ đạo các đơn vị", tokenize(t))[:1]
    assert m.head == "Tập đoàn Điện lực Việt Nam"
    (m,) = find_agencies(t := "TKV rà soát lộ trình di dời.", tokenize(t))
    assert m.head.startswith("Tập đoàn Công nghiệp Than")


# --- persons --------------------------------------------------------------------------------------------------


def test_a_city_after_a_preposition_is_no_person():
    text = "Sáng 5/1, tại Đà Nẵng, Thứ trưởng Bộ Công Thương Lê Văn Thành chủ trì hội nghị."
    assert _names(text) == ["Lê Văn Thành"]
    assert "Hà Giang" not in _names("Đoàn công tác làm việc ở Hà Giang, Lào Cai.")
    # with an honorific a person's name that is a province's stays a name
    assert _names("bà Hà Giang phát biểu.") == ["Hà Giang"]


# --- a university's or a hospital's own units -----------------------------------------------------------------

_UNIVERSITY_NOTICE = """ĐẠI HỌC HUẾ
TRƯỜNG ĐẠI HỌC NÔNG LÂM
Số: 45/TB-ĐHNL
Thừa Thiên Huế, ngày 10 tháng 4 năm 2015

THÔNG BÁO
Kết luận của Hiệu trưởng tại cuộc họp giao ban tháng 4

1. Trung tâm Thực hành thí nghiệm rà soát thiết bị đo, lập kế hoạch hiệu chuẩn trước ngày 30/5/2015.
2. Phòng Đào tạo tổ chức tập huấn cho giảng viên.

HIỆU TRƯỞNG
Lê Văn An
"""


def test_a_universitys_centre_is_its_own_unit_not_the_provinces():
    from ketluan.ingest.extract import parse_notice

    n = parse_notice(_UNIVERSITY_NOTICE, "x")
    (centre,) = [a for a in n.agencies.values() if a.kind == "center"]
    assert centre.name == "Trung tâm Thực hành thí nghiệm"  # no "tỉnh Thừa Thiên Huế"
    assert centre.parent is not None and "nông lâm" in centre.parent


def test_a_schools_leadership_is_named_whole():
    (m,) = find_agencies(t := "Ban Giám hiệu chỉ đạo các khoa triển khai.", tokenize(t))[:1]
    assert m.surface == "Ban Giám hiệu"


def test_a_short_head_without_a_name_does_not_continue_a_collective():
    # "TT" here is the townships ("các xã, TT") or a centre left unnamed: the collective ends before it
    assert _surfaces("- UBND các xã, TT;") == ["UBND các xã"]
    assert _surfaces("- Các phòng, TT thuộc Viện;")[0] == "Các phòng"


def test_a_units_team_named_with_capitals():
    text = "2. Giao Tổ Hành chính - Tổng hợp của Hạt xây dựng kế hoạch trước ngày 15/4."
    assert _surfaces(text)[0] == "Tổ Hành chính - Tổng hợp"
    # "Tổ chức", "Tổ quốc", a bare "Tổ" or a numbered residential group are no team; "tổ dân phố" stays a place
    assert _surfaces("Tổ chức hội nghị sơ kết; bảo vệ Tổ quốc.") == []
    assert _surfaces("Tổ 5 và Tổ đã họp") == []
    (m,) = find_agencies(t := "tổ dân phố Hòa Bình báo cáo", tokenize(t))
    assert m.kind == "locality"


def test_corporations_written_short_are_companies():
    # "To: EVNNPC; EVNCPC; …": each abbreviation is a company of its own (a "board" was named after the body
    # before it: "Tổng công ty Điện lực miền Trung Tổng công ty Điện lực miền Bắc")
    from ketluan.ingest.agencies import AgencyBook, Place

    book = AgencyBook("Hà Nội", "thành phố")
    text = "To: EVNNPC; EVNCPC; TKV"
    got = [book.resolve(m, Place(province="Hà Nội")) for m in find_agencies(text, tokenize(text))]
    assert [(a.name, a.kind) for a in got if a is not None] == [
        ("Tổng công ty Điện lực miền Bắc", "company"),
        ("Tổng công ty Điện lực miền Trung", "company"),
        ("Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam", "company"),
    ]
