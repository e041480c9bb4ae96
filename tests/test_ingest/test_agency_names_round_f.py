"""Where a body's name starts and ends, its head, the level of its place, and the titles of its people
(round F causes: commune bodies and posts, lower-case words of official names, council roles after a dash).

Snippets are written for these tests, with other bodies, people and places than the round-F notices that
showed each cause; the provinces, districts and communes are real (Quảng Ngãi: huyện Bình Sơn, xã Bình Hải;
Kiên Giang: Hà Tiên, Kiên Lương; Lào Cai: Bát Xát; Sóc Trăng: Trần Đề).
"""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import AgencyBook, Place, find_agencies
from ketluan.ingest.tokens import tokenize


def bodies(text: str, place: Place | None = None, province: str | None = "Quảng Ngãi"):
    """(surface, canonical name) of every body found in ``text``."""
    toks = tokenize(text)
    book = AgencyBook(province)
    place = place or Place(province)
    out = []
    for m in find_agencies(text, toks, province):
        a = book.resolve(m, place)
        out.append((m.surface, a.name if a else None))
    return out


def surfaces(text: str, province: str | None = "Quảng Ngãi") -> list[str]:
    return [s for s, _ in bodies(text, province=province)]


# text, the bodies' surfaces as written
# fmt: off
NAME_CASES = [
    # grassroots bodies: a cooperative written short, with its trade; the one-stop desk; a congress's
    # sub-committees; the commune broadcaster; a tax team of several communes; a standing board for disasters
    ("HTX Nông nghiệp Bình Hải tổ chức tiêu thụ", ["HTX Nông nghiệp Bình Hải"]),
    ("Giao HTX Sản xuất và kinh doanh rau an toàn Bình Hải đăng ký", [
        "HTX Sản xuất và kinh doanh rau an toàn Bình Hải"]),
    ("Bộ phận Tiếp nhận và trả kết quả xã niêm yết công khai", ["Bộ phận Tiếp nhận và trả kết quả xã"]),
    ("Tiểu ban Văn kiện tổng hợp ý kiến; Tiểu ban Nhân sự rà soát", ["Tiểu ban Văn kiện", "Tiểu ban Nhân sự"]),
    ("Phòng Văn hóa và Thông tin, Đài Truyền thanh huyện tuyên truyền", [
        "Phòng Văn hóa và Thông tin", "Đài Truyền thanh huyện"]),
    ("Đội Thuế liên xã Bình Hải - Bình Trị đôn đốc thu nộp", ["Đội Thuế liên xã Bình Hải - Bình Trị"]),
    ("Chi cục Thuế khu vực Hà Tiên - Kiên Lương rà soát", ["Chi cục Thuế khu vực Hà Tiên - Kiên Lương"]),
    ("Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn xã kiểm tra đê",
     ["Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn xã"]),
    ("Ban Chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả tỉnh họp",
     ["Ban Chỉ đạo chống buôn lậu, gian lận thương mại và hàng giả tỉnh"]),
    ("Ngân hàng Chính sách xã hội chi nhánh huyện Bình Sơn giải ngân", [
        "Ngân hàng Chính sách xã hội chi nhánh huyện Bình Sơn"]),
    # border guard units named after places that open like a family name, and numbered sea units
    ("Đồn Biên phòng Lý Hòa Hải phối hợp tuần tra", ["Đồn Biên phòng Lý Hòa Hải"]),
    ("Đồn trưởng Đồn Biên phòng Lý Hòa Hải Trần Văn Nam phát biểu", ["Đồn Biên phòng Lý Hòa Hải"]),
    ("Hải đội Biên phòng 3 tuần tra vùng biển", ["Hải đội Biên phòng 3"]),
    ("Hợp tác xã Rau sạch Lương Văn Chánh tổ chức thu mua", ["Hợp tác xã Rau sạch Lương Văn Chánh"]),
    # lower-case words of official names, by sector: intellectual property, radiation, crop institutes,
    # metrology labs, the treasury, hospital wards, vehicle inspection, trade
    ("Trưởng phòng Nhãn hiệu, Phòng Sáng chế, Phòng Chỉ dẫn địa lý", [
        "phòng Nhãn hiệu", "Phòng Sáng chế", "Phòng Chỉ dẫn địa lý"]),
    ("Phó Trưởng phòng Cấp phép, Cục An toàn bức xạ và hạt nhân", [
        "phòng Cấp phép", "Cục An toàn bức xạ và hạt nhân"]),
    ("Viện Cây ăn quả miền Nam và Viện Cây lương thực và Cây thực phẩm", [
        "Viện Cây ăn quả miền Nam", "Viện Cây lương thực và Cây thực phẩm"]),
    ("Phòng Đo lường Khối lượng, Phòng Đo lường Áp suất, Phòng Đo lường Điện - Điện từ", [
        "Phòng Đo lường Khối lượng", "Phòng Đo lường Áp suất", "Phòng Đo lường Điện - Điện từ"]),
    ("Vụ Kiểm soát chi, Vụ Kế toán nhà nước và Cục Quản lý ngân quỹ", [
        "Vụ Kiểm soát chi", "Vụ Kế toán nhà nước", "Cục Quản lý ngân quỹ"]),
    ("Khoa Ung bướu, Khoa Y học cổ truyền, Khoa Hồi sức tích cực", [
        "Khoa Ung bướu", "Khoa Y học cổ truyền", "Khoa Hồi sức tích cực"]),
    ("Phòng Kiểm định xe cơ giới hướng dẫn các đơn vị", ["Phòng Kiểm định xe cơ giới", "các đơn vị"]),
    ("Cục Quản lý và Phát triển thị trường trong nước (Bộ Công Thương)", [
        "Cục Quản lý và Phát triển thị trường trong nước", "Bộ Công Thương"]),
    ("Trung tâm Truyền thông - Giáo dục sức khỏe tỉnh", ["Trung tâm Truyền thông - Giáo dục sức khỏe tỉnh"]),
    ("phối hợp Văn phòng các Chương trình trọng điểm cấp nhà nước", [
        "Văn phòng các Chương trình trọng điểm cấp nhà nước"]),
    ("BỆNH VIỆN ĐA KHOA TỈNH LÀO CAI", ["BỆNH VIỆN ĐA KHOA TỈNH LÀO CAI"]),
    # a verb after the name is its predicate
    ("Phòng Tài chính - Kế toán dự kiến kinh phí", ["Phòng Tài chính - Kế toán"]),
    ("Quỹ thông báo kết quả xét duyệt", ["Quỹ"]),
    ("Văn phòng Cục điều động xe", ["Văn phòng Cục"]),
    # a council member's role after a dash ends the body's name; a title that is a unit's word does not
    ("Phó Giám đốc Sở Tư pháp - Ủy viên", ["Sở Tư pháp"]),
    ("Phó Giám đốc Sở KH&CN - Phó Chủ tịch Hội đồng", ["Sở KH&CN", "Hội đồng"]),
    ("Phòng Tổ chức - Cán bộ tham mưu", ["Phòng Tổ chức - Cán bộ"]),
    # the executive and control board of a fund are named by it
    ("Cơ quan điều hành Quỹ phối hợp Ban Kiểm soát Quỹ", ["Cơ quan điều hành Quỹ", "Ban Kiểm soát Quỹ"]),
    # abbreviations: social insurance, a regional university
    ("Giám đốc BHXH tỉnh chủ trì", ["BHXH tỉnh"]),
    ("Giám đốc ĐHTN chủ trì; Ban Đào tạo tổng hợp", ["ĐHTN", "Ban Đào tạo"]),
    # a national committee in a header under its ministry: two bodies
    ("BỘ KHOA HỌC VÀ CÔNG NGHỆ ỦY BAN TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG QUỐC GIA", [
        "BỘ KHOA HỌC VÀ CÔNG NGHỆ", "ỦY BAN TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG QUỐC GIA"]),
    # villages and neighbourhoods of a commune are bodies that attend and are given tasks
    ("Vắng mặt: thôn An Phú, xóm 5 và Khóm 2", ["thôn An Phú", "xóm 5", "Khóm 2"]),
]
# fmt: on


@pytest.mark.parametrize("text,want", NAME_CASES)
def test_body_names(text: str, want: list[str]) -> None:
    assert surfaces(text) == want


def test_canonical_names_of_abbreviated_heads() -> None:
    got = dict(bodies("HTX Nông nghiệp Bình Hải; BHXH tỉnh; ĐHTN"))
    assert got["HTX Nông nghiệp Bình Hải"] == "Hợp tác xã Nông nghiệp Bình Hải"
    assert got["BHXH tỉnh"] == "Bảo hiểm xã hội tỉnh Quảng Ngãi"
    assert got["ĐHTN"] == "Đại học Thái Nguyên"


def test_village_is_no_district() -> None:
    book = AgencyBook("Quảng Ngãi")
    text = "Trưởng thôn An Phú"
    toks = tokenize(text)
    (m,) = find_agencies(text, toks, "Quảng Ngãi")
    a = book.resolve(m, Place("Quảng Ngãi"))
    assert a is not None and a.name == "Thôn An Phú" and a.district is None


# a commune's notice: its own units named with "xã" are the commune's, its district's with "huyện"
COMMUNE = Place("Quảng Ngãi", district="Bình Hải", district_type="xã")


@pytest.mark.parametrize(
    "text,want",
    [
        ("Trạm Y tế xã", "Trạm Y tế xã Bình Hải"),
        ("Công an xã", "Công an xã Bình Hải"),
        ("Chủ tịch UBND xã", "Ủy ban nhân dân xã Bình Hải"),
        ("Đảng ủy xã", "Đảng ủy xã Bình Hải"),
        ("Văn phòng Đảng ủy", "Văn phòng Đảng ủy xã Bình Hải"),
    ],
)
def test_commune_units_belong_to_the_commune(text: str, want: str) -> None:
    (got,) = bodies(text, COMMUNE)
    assert got[1] == want


def test_district_units_in_a_commune_notice_are_the_district_s() -> None:
    book = AgencyBook("Quảng Ngãi")
    text = "Trạm Khuyến nông huyện Bình Sơn hướng dẫn; Trạm Bảo vệ thực vật huyện theo dõi; Phòng Tư pháp"
    toks = tokenize(text)
    ms = find_agencies(text, toks, "Quảng Ngãi")
    book.note_districts(ms)
    names = [book.resolve(m, COMMUNE).name for m in ms]
    assert names == [
        "Trạm Khuyến nông huyện Bình Sơn",
        "Trạm Bảo vệ thực vật huyện Bình Sơn",
        "Phòng Tư pháp huyện Bình Sơn",
    ]


def test_commune_unit_in_a_district_notice_is_not_the_district() -> None:
    place = Place("Quảng Ngãi", district="Bình Sơn", district_type="huyện")
    ((_, name),) = bodies("Chủ tịch UBND xã", place)
    assert name == "Ủy ban nhân dân xã"
    ((_, name),) = bodies("Phó Chủ tịch UBND huyện", place)
    assert name == "Ủy ban nhân dân huyện Bình Sơn"


# --- titles, prefixes and the acting head ----------------------------------------------------------------


def posts_of(text: str) -> list[tuple[str, str, str | None]]:
    from ketluan.ingest.extract import parse_notice
    from ketluan.ingest.text import normalise_text

    n = parse_notice(normalise_text(text), "x.txt")
    people, bodies_ = n.persons, n.agencies
    return [(people[p.person].name, p.role, bodies_[p.agency].name if p.agency else None) for p in n.posts]


def test_commune_posts_after_a_bare_name() -> None:
    got = posts_of(
        "Dự họp có các đồng chí: Hồ Văn Tâm - Trưởng Công an xã; Đinh Văn Hai - Xã đội trưởng; "
        "Lê Thị Ba - Trưởng thôn Phước Thiện; Trương Văn Bốn - Đảng ủy viên, Phó Trưởng Công an huyện."
    )
    assert ("Hồ Văn Tâm", "Trưởng Công an", "Công an xã") in got
    assert ("Đinh Văn Hai", "Xã đội trưởng", "Ban Chỉ huy Quân sự xã") in got
    assert ("Lê Thị Ba", "Trưởng thôn", "Thôn Phước Thiện") in got
    assert ("Trương Văn Bốn", "Đảng ủy viên", "Đảng ủy") in got
    assert ("Trương Văn Bốn", "Phó Trưởng Công an", "Công an huyện") in got


def test_commune_civil_servant_by_field() -> None:
    got = posts_of("Giao ông Lò Văn Pếnh - Công chức Địa chính - Xây dựng rà soát hồ sơ đất đai.")
    assert got == [("Lò Văn Pếnh", "Công chức Địa chính - Xây dựng", None)]


@pytest.mark.parametrize("prefix", ["BSCKI.", "BSCKII.", "CN.", "DSCKI.", "ThS.BS."])
def test_degree_prefixes_before_a_name(prefix: str) -> None:
    got = posts_of(f"Thành phần: {prefix} Võ Thị Hạnh, Trưởng khoa Dược.")
    assert [p[:2] for p in got] == [("Võ Thị Hạnh", "Trưởng khoa")]


@pytest.mark.parametrize(
    "text,role",
    [
        ("Quyền Vụ trưởng Đặng Quốc Khánh chủ trì cuộc họp.", "Quyền Vụ trưởng"),
        ("Ông Đặng Quốc Khánh, Q. Chi cục trưởng, chủ trì cuộc họp.", "Quyền Chi cục trưởng"),
    ],
)
def test_acting_head_keeps_quyen(text: str, role: str) -> None:
    assert [p[:2] for p in posts_of(text)] == [("Đặng Quốc Khánh", role)]


def test_untoned_commune_keyword_in_a_scanned_header() -> None:
    ((surface, name),) = bodies("UỶ BAN NHÂN DÂN XA BÌNH HẢI")
    assert name == "Uỷ ban nhân dân xã Bình Hải"
    assert surfaces("Các hộ ở xa Trung tâm Y tế huyện") == ["Trung tâm Y tế huyện"]


@pytest.mark.parametrize(
    "text,want",
    [
        ("Trung tâm Khuyến nông Quốc gia", "Trung tâm Khuyến nông Quốc gia"),
        ("Viện Kiểm nghiệm thuốc Trung ương", "Viện Kiểm nghiệm thuốc Trung ương"),
        ("Viện Khoa học Lâm nghiệp Việt Nam", "Viện Khoa học Lâm nghiệp Việt Nam"),
        # a province's own bodies keep the province; a company's name keeps its place as written
        ("Trung tâm Khuyến nông", "Trung tâm Khuyến nông tỉnh Quảng Ngãi"),
        ("Công ty Điện lực Quảng Ngãi", "Công ty Điện lực Quảng Ngãi"),
        ("Ủy ban MTTQ Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi"),
    ],
)
def test_national_bodies_take_no_province(text: str, want: str) -> None:
    ((_, name),) = bodies(text)
    assert name == want


@pytest.mark.parametrize(
    "text,want",
    [
        ("Các trường MN, TH, THCS rà soát cân sức khỏe", ["Các trường MN, TH, THCS"]),
        ("Các trường TH và THCS tổ chức Hội khỏe Phù Đổng", ["Các trường TH và THCS"]),
        # one level: the collective ends at its name
        ("Các trường THPT báo cáo Sở GD&ĐT", ["Các trường THPT", "Sở GD&ĐT"]),
    ],
)
def test_school_levels_written_short_after_a_collective(text: str, want: list[str]) -> None:
    assert surfaces(text) == want


# fmt: off
@pytest.mark.parametrize(
    "text,want",
    [
        # units of social insurance, border guards, the treasury and a university, and a cooperative's product
        ("Phòng Tiếp nhận và Trả kết quả thủ tục hành chính, Phòng Chế độ BHXH, Phòng Cấp sổ, thẻ chủ trì", [
            "Phòng Tiếp nhận và Trả kết quả thủ tục hành chính", "Phòng Chế độ BHXH", "Phòng Cấp sổ, thẻ"]),
        ("Phòng Phòng chống ma túy và tội phạm chủ trì", ["Phòng Phòng chống ma túy và tội phạm"]),
        ("Đồn Biên phòng cửa khẩu quốc tế Lào Cai phối hợp", ["Đồn Biên phòng cửa khẩu quốc tế Lào Cai"]),
        ("Trường Nghiệp vụ Kho bạc mở lớp", ["Trường Nghiệp vụ Kho bạc"]),
        ("Ban Tổ chức cán bộ tham mưu", ["Ban Tổ chức cán bộ"]),
        ("Hợp tác xã bưởi không hạt Tân Triều đăng ký", ["Hợp tác xã bưởi không hạt Tân Triều"]),
        # a room is no body; a committee is named after its head
        ("Tiếp công dân tại phòng tiếp dân của UBND tỉnh", ["UBND tỉnh"]),
        ("Ủy ban An toàn giao thông Quốc gia chỉ đạo", ["Ủy ban An toàn giao thông Quốc gia"]),
    ],
)
# fmt: on
def test_unit_names_round_f(text: str, want: list[str]) -> None:
    assert surfaces(text) == want


def test_bare_committee_refers_back_to_the_one_named() -> None:
    text = "ỦY BAN TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG QUỐC GIA; Phó Chủ nhiệm Ủy ban; Văn phòng Ủy ban"
    names = [n for _, n in bodies(text, province=None)]
    assert names == [
        "Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia",
        "Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia",
        "Văn phòng Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia",
    ]
    # with no committee named, a bare "Ủy ban" is no body
    assert bodies("Phó Chủ nhiệm Ủy ban phát biểu") == [("Ủy ban", None)]


def test_committee_chair_before_a_bare_name() -> None:
    got = posts_of(
        "BỘ KHOA HỌC VÀ CÔNG NGHỆ\nỦY BAN TIÊU CHUẨN ĐO LƯỜNG\nCHẤT LƯỢNG QUỐC GIA\n"
        "Số: 41/TB-UBTĐC\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Hà Nội, ngày 12 tháng 11 năm 2025\n\nTHÔNG BÁO\nKết luận của Chủ nhiệm Ủy ban tại cuộc họp giao ban\n\n"
        "Ngày 10/11/2025, Chủ nhiệm Ủy ban Trịnh Văn Hòa chủ trì cuộc họp giao ban tháng 10.\n"
    )
    assert ("Trịnh Văn Hòa", "Chủ nhiệm", "Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia") in got, got


# fmt: off
@pytest.mark.parametrize(
    "text,want",
    [
        # the other header column's motto is no part of a body's name
        ("SỞ Y TẾ LÀO CAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ["SỞ Y TẾ LÀO CAI"]),
        # a set of criteria, a crop season, a district, a document's title: no body
        ("Bộ Y tế ban hành Bộ tiêu chí quốc gia về y tế xã", ["Bộ Y tế"]),
        ("gieo cấy vụ Hè Thu và vụ Mùa năm 2024", []),
        ("Trạm Tấu và Bát Xát hoàn thành", []),
        ("UBND huyện gửi thành viên BCĐ huyện Thông báo kết luận số 12", ["UBND huyện", "BCĐ huyện"]),
        # national and military bodies
        ("Thanh tra Chính phủ, Bộ Tư lệnh Vùng Cảnh sát biển 4", [
            "Thanh tra Chính phủ", "Bộ Tư lệnh Vùng Cảnh sát biển 4"]),
    ],
)
# fmt: on
def test_no_body_or_whole_body(text: str, want: list[str]) -> None:
    assert surfaces(text) == want


def test_motto_column_leaves_the_province() -> None:
    ((_, name),) = bodies("SỞ Y TẾ LÀO CAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", province="Lào Cai")
    assert name is not None and name.lower() == "sở y tế tỉnh lào cai"  # (recased by the header reader)


# a name the word lists do not know to its end, where the writing bounds it: a unit heading alone on its line
# or before a colon, or a unit after a post title up to a comma before its parent, a semicolon or the line's end
# fmt: off
BOUNDED_CASES = [
    ("2.3. Phòng Kiểm soát thuốc lá\n- Hướng dẫn các cơ sở", ["Phòng Kiểm soát thuốc lá"]),
    ("**Phòng Cấp giấy chứng nhận:** tổng hợp hồ sơ", ["Phòng Cấp giấy chứng nhận"]),
    ("- Bà Mai Thị Tư, Phó Trưởng phòng Nuôi trồng thủy sản, Chi cục Thủy sản;", [
        "phòng Nuôi trồng thủy sản", "Chi cục Thủy sản"]),
    ("- Ông Hà Văn Năm, Phó Giám đốc Trung tâm Ngoại ngữ;", ["Trung tâm Ngoại ngữ"]),
    # a sentence is not bounded: the verb after a whole name stays out of it
    ("- Trạm Y tế tiêm phòng cho trẻ\n- Trạm Thú y tiêm phòng\n", ["Trạm Y tế", "Trạm Thú y"]),
    ("Trưởng phòng Tư pháp nhấn mạnh;", ["phòng Tư pháp"]),
    ("Giám đốc Sở Y tế nhấn mạnh, các đơn vị cần chủ động", ["Sở Y tế", "các đơn vị"]),
    # a dash before the body's part in a task table ends its name; a unit's second word does not
    ("Sở Khoa học và Công nghệ - Chủ trì", ["Sở Khoa học và Công nghệ"]),
    ("Phòng Nghiệp vụ - Tổng hợp chủ trì", ["Phòng Nghiệp vụ - Tổng hợp"]),
]
# fmt: on


@pytest.mark.parametrize("text,want", BOUNDED_CASES)
def test_names_bounded_by_the_writing(text: str, want: list[str]) -> None:
    assert surfaces(text) == want


def test_steering_board_by_its_number_and_its_standing_deputy() -> None:
    assert surfaces("Ông Võ Văn Sáu - Phó Trưởng ban Thường trực BCĐ 138 tỉnh chủ trì") == ["BCĐ 138 tỉnh"]
    got = posts_of("Dự họp có: Trung tá Hồ Văn Bảy - Phó Trưởng Công an huyện, Phó Trưởng ban Thường trực.")
    assert any(p[:2] == ("Hồ Văn Bảy", "Phó Trưởng ban Thường trực") for p in got), got


def test_head_of_a_commune_post_office() -> None:
    got = posts_of("Thành phần: ông Đào Văn Chín - Trưởng Bưu điện văn hóa xã Bình Hải.")
    assert got == [("Đào Văn Chín", "Trưởng Bưu điện văn hóa xã", "Bưu điện văn hóa xã Bình Hải")]


@pytest.mark.parametrize(
    "text,want",
    [
        ("Sở Giao thông vận tải Hà Nội", "Sở Giao thông vận tải thành phố Hà Nội"),
        ("Sở Y tế Cần Thơ", "Sở Y tế thành phố Cần Thơ"),
        ("Sở Y tế Bắc Ninh", "Sở Y tế tỉnh Bắc Ninh"),
    ],
)
def test_centrally_governed_city_is_a_thanh_pho(text: str, want: str) -> None:
    ((_, name),) = bodies(text)  # a Quảng Ngãi notice naming another province's Sở
    assert name == want


@pytest.mark.parametrize(
    "text,want",
    [
        # the keyword written once for two communes
        ("Chủ tịch UBND xã Bình Hải, Bình Trị kiểm điểm", ["UBND xã Bình Hải", "UBND Bình Trị"]),
        # the district or province it is in, a person, another body: no second commune
        ("UBND xã Bình Hải, Bình Sơn, Quảng Ngãi", ["UBND xã Bình Hải"]),
        ("UBND xã Bình Hải, Nguyễn Văn Mười", ["UBND xã Bình Hải"]),
        ("UBND xã Bình Hải, Phòng Nội vụ", ["UBND xã Bình Hải", "Phòng Nội vụ"]),
    ],
)
def test_second_commune_without_its_keyword(text: str, want: list[str]) -> None:
    assert surfaces(text) == want


def test_second_commune_is_named_in_full() -> None:
    names = [n for _, n in bodies("UBND xã Bình Hải, Bình Trị kiểm điểm")]
    assert names == ["Ủy ban nhân dân xã Bình Hải", "Ủy ban nhân dân xã Bình Trị"]


# fmt: off
@pytest.mark.parametrize(
    "text,want",
    [
        # words that hold a head's syllable: no body
        ("II. NHIỆM VỤ TRỌNG TÂM THÁNG 11\n1. Sở Tài chính", ["Sở Tài chính"]),
        ("triển khai các nhiệm vụ KH&CN cấp tỉnh; phục vụ Đại hội", []),
        ("THÔNG BÁO\n\nKết luận của Giám đốc Sở", ["Sở"]),
        ("Văn phòng Điều phối nông thôn mới tỉnh rà soát", ["Văn phòng Điều phối nông thôn mới tỉnh"]),
        ("BỘ NÔNG NGHIỆP\nVÀ PHÁT TRIỂN NÔNG THÔN    Độc lập - Tự do - Hạnh phúc", [
            "BỘ NÔNG NGHIỆP\nVÀ PHÁT TRIỂN NÔNG THÔN"]),
        # a bullet under a unit heading is not part of its name; nor is a blank line's next paragraph
        ("2.2. Phòng Kế hoạch - Tài chính\n- Hoàn thành quyết toán", ["Phòng Kế hoạch - Tài chính"]),
        ("ỦY BAN NHÂN DÂN\n\nSố: 12/TB-UBND", ["ỦY BAN NHÂN DÂN"]),
        # verbs and trades inside names
        ("kế hoạch BHXH Việt Nam giao; số người tham gia", ["BHXH Việt Nam"]),
        ("Sở Thông tin và Truyền thông báo cáo", ["Sở Thông tin và Truyền thông"]),
        ("các Công ty đầu tư kinh doanh hạ tầng khu công nghiệp", [
            "các Công ty đầu tư kinh doanh hạ tầng khu công nghiệp"]),
        ("Trường Đại học Kinh tế và Quản trị kinh doanh tuyển sinh", [
            "Trường Đại học Kinh tế và Quản trị kinh doanh"]),
        ("Bộ Tư lệnh Bộ đội Biên phòng chỉ đạo", ["Bộ Tư lệnh Bộ đội Biên phòng"]),
    ],
)
# fmt: on
def test_words_and_lines_that_end_names(text: str, want: list[str]) -> None:
    assert surfaces(text) == want


@pytest.mark.parametrize(
    "text,want",
    [
        ("Hướng dẫn các đơn vị đăng kiểm xe cơ giới bố trí", ["các đơn vị đăng kiểm xe cơ giới"]),
        ("Các doanh nghiệp viễn thông phủ sóng", ["Các doanh nghiệp viễn thông"]),
        ("các phòng thí nghiệm chuyên ngành xây dựng rà soát", ["các phòng thí nghiệm chuyên ngành xây dựng"]),
        # a producers' association by its trade; the district that ends its name ends it
        ("Hội Sản xuất và Kinh doanh tỏi Lý Sơn quản lý nhãn hiệu", ["Hội Sản xuất và Kinh doanh tỏi Lý Sơn"]),
    ],
)
def test_bodies_named_by_their_trade(text: str, want: list[str]) -> None:
    assert surfaces(text) == want


def test_standing_agency_is_a_role_not_a_body() -> None:
    # "(cơ quan thường trực Hội đồng)": the Phòng's role on the council, the council is the only other body
    assert surfaces("1. Phòng Kinh tế và Hạ tầng (cơ quan thường trực Hội đồng): tổng hợp") == [
        "Phòng Kinh tế và Hạ tầng",
        "Hội đồng",
    ]


@pytest.mark.parametrize(
    "text,want",
    [
        # a commune named with a family name's syllable; a person has a middle name
        ("UBND thị trấn Phan Rí Cửa chỉ đạo Ban Quản lý chợ", ["UBND thị trấn Phan Rí Cửa", "Ban Quản lý chợ"]),
        ("Chủ tịch UBND thị trấn Nguyễn Văn Hai phát biểu", ["UBND thị trấn"]),
        # a place's name ends with its line or its case
        ("ỦY BAN NHÂN DÂN\nXÃ CAO PHONG\nSố: 15/TB-UBND", ["ỦY BAN NHÂN DÂN\nXÃ CAO PHONG"]),
        ("UBND xã Thanh Điền\n\nNgày 12/7, đoàn công tác", ["UBND xã Thanh Điền"]),
        ("UBND xã Vĩnh Hậu A; xã Y Tý", ["UBND xã Vĩnh Hậu A", "xã Y Tý"]),
    ],
)
def test_where_a_commune_s_name_ends(text: str, want: list[str]) -> None:
    assert surfaces(text) == want
