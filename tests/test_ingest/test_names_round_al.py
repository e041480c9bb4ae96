"""Names of bodies and posts in the ways round AL's blind notices wrote them (seaports, waterways and border gates;
medicines, hospitals and the elderly; courts, judgment enforcement and audits).

Each case is a variant written here, not a copy of a test notice. The bodies' kinds and places are real; the
officials are invented.
"""

from __future__ import annotations

from notice_checks import assignees_of, posts_of
from notice_checks import bodies_found as _names

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

HEADER = """ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
Số: 112/TB-UBND
Hà Tĩnh, ngày 14 tháng 3 năm 2019
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc
Ngày 11/3/2019, đồng chí Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh chủ trì buổi làm việc.
"""
CLOSING = """Nơi nhận:
- Như trên;
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Lê Minh Tâm
"""
CONCLUSIONS = "Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:\n"


def _notice(attending: str, body: str) -> Notice:
    return parse_notice(HEADER + attending + "\n" + CONCLUSIONS + body + "\n" + CLOSING, "x.txt")


# 1. Under Nghị định 30/2020/NĐ-CP only the head and the first syllable of a body's own name are capitalised, so
# the rest of the name is ordinary lower-case words, some of them words that elsewhere end a name ("tuổi",
# "diện"): "Hội Người cao tuổi", "Ban Đại diện" are whole names.


def test_the_association_of_the_elderly_is_named_whole() -> None:
    assert _names("Giao Hội Người cao tuổi tỉnh tổ chức mừng thọ cho hội viên tròn 100 tuổi.") == [
        "Hội Người cao tuổi tỉnh"
    ]


def test_the_office_of_a_representative_board_is_named_whole() -> None:
    # "Ban Đại diện" (a board of the association) after the office's head; the verb after it ends the name
    assert _names("Văn phòng Ban Đại diện rà soát danh sách người cao tuổi tròn 90 tuổi.") == [
        "Văn phòng Ban Đại diện"
    ]


def test_the_chair_of_the_association_of_the_elderly_posts_there() -> None:
    n = _notice(
        "Tham dự có bà Phan Thị Lụa, Chủ tịch Hội Người cao tuổi tỉnh.",
        "1. Hội Người cao tuổi tỉnh chỉ đạo các chi hội thăm hỏi, tặng quà người cao tuổi.",
    )
    assert posts_of(n, "Phan Thị Lụa") == [("Chủ tịch", "Hội Người cao tuổi tỉnh Hà Tĩnh")]


# 2. A unit's field may be a list written with commas and "và" ("thuốc, mỹ phẩm, thực phẩm"; "chăm sóc, nuôi
# dưỡng và phục hồi chức năng"; "kiểm tra, giải quyết khiếu nại, tố cáo"): the comma there does not end the name.


def test_a_testing_centre_named_by_a_list_of_goods() -> None:
    assert _names(
        "Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm tỉnh lấy mẫu thuốc tại các nhà thuốc."
    ) == ["Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm tỉnh"]


def test_a_care_unit_of_a_social_work_centre() -> None:
    # the unit's name after the title "Trưởng phòng", with "và" inside it
    assert _names("Bà Kim Thị Sa Rây, Trưởng phòng Chăm sóc, nuôi dưỡng và phục hồi chức năng;") == [
        "phòng Chăm sóc, nuôi dưỡng và phục hồi chức năng"
    ]


def test_a_complaints_unit_of_an_enforcement_department() -> None:
    # the verb "kiểm tra" after the name is the task; the same word inside the name is not
    assert _names(
        "Phòng Kiểm tra, giải quyết khiếu nại, tố cáo kiểm tra việc thu, chi tiền thi hành án."
    ) == ["Phòng Kiểm tra, giải quyết khiếu nại, tố cáo"]


def test_the_hospitals_and_health_centres_as_one_subject() -> None:
    # a collective of two kinds of health body; "y tế" names the centres' kind, and a level after it stays
    assert _names("Giao các bệnh viện, trung tâm y tế tuyến huyện rà soát nhu cầu thuốc.") == [
        "các bệnh viện, trung tâm y tế tuyến huyện"
    ]


def test_regional_health_centres_stay_whole() -> None:
    """Guard (passes on the starting code too): the capitalised "Các Trung tâm Y tế khu vực" is not cut by the
    new collective of hospitals and health centres."""
    assert _names("Các Trung tâm Y tế khu vực báo cáo kết quả tiêm chủng.") == ["Các Trung tâm Y tế khu vực"]


def test_a_health_department_unit_named_by_the_one_letter_field() -> None:
    # "Y" (medicine) is a whole word closing the unit's name, its parent Sở right after it
    assert _names("Ông Phan Văn Lộc, Trưởng phòng Nghiệp vụ Y Sở Y tế;") == ["phòng Nghiệp vụ Y", "Sở Y tế"]
    assert _names("Phòng Nghiệp vụ Y tổ chức tập huấn về giá dịch vụ.") == ["Phòng Nghiệp vụ Y"]


# 3. The customs and border guard units at a border gate are named after the gate, written in lower case and then
# its place: "cửa khẩu cảng X", "cửa khẩu quốc tế X", "cửa khẩu sân bay quốc tế X". Companies run on in lower case
# too, up to their region's number ("Công ty Hoa tiêu hàng hải khu vực II").


def test_customs_at_a_seaport_gate() -> None:
    assert _names(
        "Cục Hải quan tỉnh chỉ đạo Chi cục Hải quan cửa khẩu cảng Vũng Áng rút ngắn thời gian thông quan."
    ) == [
        "Cục Hải quan tỉnh",
        "Chi cục Hải quan cửa khẩu cảng Vũng Áng",
    ]


def test_customs_at_an_airport_gate_and_a_border_post_at_a_seaport() -> None:
    assert _names(
        "Chi cục Hải quan cửa khẩu sân bay quốc tế Phú Bài và Đồn Biên phòng cửa khẩu cảng Chân Mây phối hợp."
    ) == [
        "Chi cục Hải quan cửa khẩu sân bay quốc tế Phú Bài",
        "Đồn Biên phòng cửa khẩu cảng Chân Mây",
    ]


def test_customs_at_a_land_gate_still_whole() -> None:
    """Guard (passes on the starting code too): a gate named by its place alone, or as an international gate."""
    assert _names("Chi cục Hải quan cửa khẩu Lao Bảo báo cáo.") == ["Chi cục Hải quan cửa khẩu Lao Bảo"]
    assert _names("Chi cục Hải quan cửa khẩu quốc tế Cầu Treo báo cáo.") == [
        "Chi cục Hải quan cửa khẩu quốc tế Cầu Treo"
    ]


def test_a_pilotage_company_of_a_numbered_region_is_absent() -> None:
    assert _names("Vắng mặt: Công ty TNHH MTV Hoa tiêu hàng hải khu vực II (có giấy mời).") == [
        "Công ty TNHH MTV Hoa tiêu hàng hải khu vực II"
    ]


# 4. Bodies named by their function and a level, with no Cục or Chi cục: "Thi hành án dân sự tỉnh/huyện" (the
# ordinances to 2009, again from 2025) and the State Audit's regional offices ("Kiểm toán Nhà nước khu vực IV");
# their heads are "Trưởng Thi hành án dân sự" + the level (as "Trưởng Công an huyện") and the fused "Kiểm toán
# trưởng".


def test_civil_judgment_enforcement_of_a_district_is_a_body() -> None:
    assert _names("Giao Thi hành án dân sự huyện tổ chức cưỡng chế dứt điểm các vụ việc tồn đọng.") == [
        "Thi hành án dân sự huyện"
    ]


def test_enforcement_in_lower_case_is_no_body() -> None:
    """Guard (passes on the starting code too): the work ("công tác thi hành án dân sự") and a board named by it
    keep their reading."""
    assert _names("Kết quả công tác thi hành án dân sự tỉnh năm 2025 còn thấp.") == []
    assert _names("Ban Chỉ đạo thi hành án dân sự tỉnh họp định kỳ.") == [
        "Ban Chỉ đạo thi hành án dân sự tỉnh"
    ]


def test_head_of_a_district_enforcement_office_and_its_task() -> None:
    n = _notice(
        "Tham dự có ông Bùi Văn Quế, Trưởng Thi hành án dân sự huyện Hương Khê.",
        "1. Thi hành án dân sự huyện Hương Khê rà soát, phân loại các việc còn tồn, xong trước ngày 30/6/2019.",
    )
    assert posts_of(n, "Bùi Văn Quế") == [("Trưởng Thi hành án dân sự", "Thi hành án dân sự huyện Hương Khê")]
    assert "Thi hành án dân sự huyện Hương Khê" in assignees_of(n)


def test_deputy_head_of_the_province_enforcement_office_with_the_level_only() -> None:
    # the level after the title, the province the notice's own
    n = _notice(
        "Tham dự có bà Trần Thị Hoa, Phó Trưởng Thi hành án dân sự tỉnh; đại diện Sở Tư pháp.",
        "1. Sở Tư pháp phối hợp tuyên truyền Luật Thi hành án dân sự.",
    )
    assert posts_of(n, "Trần Thị Hoa") == [
        ("Phó Trưởng Thi hành án dân sự", "Thi hành án dân sự tỉnh Hà Tĩnh")
    ]


def test_a_regional_state_audit_office_and_its_deputy_head() -> None:
    assert _names("Đoàn kiểm toán của Kiểm toán Nhà nước khu vực IV làm việc với tỉnh.") == [
        "Kiểm toán Nhà nước khu vực IV"
    ]
    n = _notice(
        "Tham dự có ông Đặng Văn Khôi, Phó Kiểm toán trưởng Kiểm toán Nhà nước khu vực II.",
        "1. Sở Tài chính tổng hợp kết quả.",
    )
    assert posts_of(n, "Đặng Văn Khôi") == [("Phó Kiểm toán trưởng", "Kiểm toán Nhà nước khu vực II")]


# 5. "các + a body's head + the keyword of a place below a commune + names" gives that body of each place, as
# "UBND các xã A, B" does; "khu dân cư" is the law's name of a village or street group (Luật Thực hiện dân chủ ở cơ
# sở 2022, Điều 2), which cities give their neighbourhoods.


def test_party_cells_of_named_neighbourhoods_one_each() -> None:
    assert _names("Các chi bộ khu dân cư Hòa Phước, Tân An và Phú Thượng tổ chức sinh hoạt chuyên đề.") == [
        "Chi bộ khu dân cư Hòa Phước",
        "Chi bộ khu dân cư Tân An",
        "Chi bộ khu dân cư Phú Thượng",
    ]


def test_party_cells_of_named_villages_are_assignees() -> None:
    n = _notice(
        "Tham dự có đại diện các chi bộ thôn.",
        "1. Các chi bộ thôn Trung Lộc, Đông Lộc quán triệt chủ trương đến đảng viên trong tháng 4/2019.",
    )
    got = assignees_of(n)
    assert {"Chi bộ thôn Trung Lộc", "Chi bộ thôn Đông Lộc"} <= got, got


def test_a_party_cell_of_one_neighbourhood() -> None:
    assert _names("Chi bộ khu dân cư Thanh Vinh tổ chức hội nghị.") == ["Chi bộ khu dân cư Thanh Vinh"]


def test_party_cells_without_names_stay_a_collective() -> None:
    """Guard (passes on the starting code too): no names after the keyword, no members split."""
    assert _names("Các chi bộ trực thuộc tổ chức sinh hoạt chuyên đề.") == ["Các chi bộ trực thuộc"]
