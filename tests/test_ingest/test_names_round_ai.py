"""Names of persons, posts and bodies in the ways round AI's blind notices wrote them (emulation, archives and
religious affairs; minerals and sand mining; banking, credit and the social policy bank).

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

from notice_checks import assignees_of, posts_of
from notice_checks import bodies_found as _names

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

HEADER = """UBND TỈNH NINH THUẬN
Số: 77/TB-VPUB
Ninh Thuận, ngày 9 tháng 6 năm 2020
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc về tín dụng chính sách
Ngày 5/6/2020, đồng chí Trần Quốc Nam, Phó Chủ tịch UBND tỉnh chủ trì buổi làm việc.
"""
CLOSING = """Nơi nhận:
- Như trên;
- Lưu: VT.
TL. CHỦ TỊCH
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Đỗ Thị Mai
"""
CONCLUSIONS = "Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:\n"


def _notice(body: str) -> Notice:
    return parse_notice(HEADER + body + "\n" + CLOSING, "x.txt")


# 1. Religious and mass bodies whose names hold a two-syllable word written with only its first syllable
# capitalised ("Đoàn kết", "Đại diện", "Tin lành"): the second syllable is no sentence's word, so the name runs on.


def test_the_catholic_solidarity_committee_is_named_whole() -> None:
    assert _names("Đề nghị Ủy ban Đoàn kết Công giáo tỉnh vận động giáo dân.") == [
        "Ủy ban Đoàn kết Công giáo tỉnh"
    ]


def test_a_religious_representative_board_is_named_whole() -> None:
    assert _names("Giao Ban Đại diện Cộng đồng Hồi giáo tỉnh phối hợp tổ chức lễ.") == [
        "Ban Đại diện Cộng đồng Hồi giáo tỉnh"
    ]
    assert _names("Mời Hội Thánh Tin lành Việt Nam tham dự.") == ["Hội Thánh Tin lành Việt Nam"]


def test_a_post_in_the_catholic_solidarity_committee() -> None:
    n = _notice(
        "Tham dự có: ông Phạm Văn Lộc, Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh.\n"
        + CONCLUSIONS
        + "1. Đề nghị Ủy ban Đoàn kết Công giáo tỉnh vận động giáo dân tham gia vay vốn đúng mục đích."
    )
    assert posts_of(n, "Phạm Văn Lộc")[0][1] == "Ủy ban Đoàn kết Công giáo tỉnh Ninh Thuận"


# 2. A body named by what it manages in lower case ("Chi cục Quản lý đê điều và Phòng chống lụt bão", the dyke
# offices of the Sở NN&PTNT before 2017): "đê" continues the name.


def test_a_dyke_office_is_named_whole() -> None:
    assert _names("Sở Nông nghiệp và PTNT giao Chi cục Quản lý đê điều và Phòng chống lụt bão kiểm tra.") == [
        "Sở Nông nghiệp và PTNT",
        "Chi cục Quản lý đê điều và Phòng chống lụt bão",
    ]


# 3. A police unit named by its code: "điều tra" after it is the task ("Phòng PC02 điều tra …"), while the
# investigating bodies keep it in their name ("Phòng Cảnh sát điều tra tội phạm về ma túy").


def test_a_police_unit_code_is_not_run_on_into_the_verb() -> None:
    assert _names("Công an tỉnh giao Phòng PA03 điều tra, làm rõ vụ việc.") == ["Công an tỉnh", "Phòng PA03"]
    assert _names("Phòng Cảnh sát điều tra tội phạm về ma túy phối hợp.") == [
        "Phòng Cảnh sát điều tra tội phạm về ma túy"
    ]


# 4. Credit institutions, a term of the banking law, are one collective subject, not any "tổ chức"; a people's
# credit fund is written in lower case after its head.


def test_the_credit_institutions_are_a_collective() -> None:
    assert _names("Các tổ chức tín dụng trên địa bàn công khai lãi suất cho vay.") == [
        "Các tổ chức tín dụng trên địa bàn"
    ]


def test_a_peoples_credit_fund_is_named_whole() -> None:
    assert _names("Giao Quỹ tín dụng nhân dân Phước Hải xử lý nợ xấu.") == ["Quỹ tín dụng nhân dân Phước Hải"]


# 5. A State Bank branch's units whose names join two fields with a comma ("Phòng Tổng hợp, Kiểm soát nội bộ",
# "Phòng Thanh tra, giám sát").


def test_a_bank_unit_named_by_two_fields_with_a_comma() -> None:
    assert _names("Ông Lê Văn Hùng, Trưởng Phòng Tổng hợp, Kiểm soát nội bộ;") == [
        "Phòng Tổng hợp, Kiểm soát nội bộ"
    ]
    assert _names("2. Phòng Thanh tra, giám sát thuộc NHNN Chi nhánh tỉnh kiểm tra việc cho vay.") == [
        "Phòng Thanh tra, giám sát",
        "NHNN Chi nhánh tỉnh",
    ]


# 6. Commercial banks named by their brand and branch ("Agribank Chi nhánh tỉnh …", "BIDV Chi nhánh …"); the
# brand alone after a verb is the bank as a lender, no body of the notice.


def test_a_bank_branch_named_by_its_brand() -> None:
    assert _names(
        "1. Vietcombank Chi nhánh Ninh Thuận và VietinBank Chi nhánh tỉnh Ninh Thuận giảm lãi suất."
    ) == [
        "Vietcombank Chi nhánh Ninh Thuận",
        "VietinBank Chi nhánh tỉnh Ninh Thuận",
    ]
    assert _names("Các hộ đã vay vốn Agribank từ năm 2018.") == []


def test_a_bank_directors_post_is_in_the_brands_branch() -> None:
    n = _notice(
        "Tham dự có: ông Võ Minh Khoa, Giám đốc BIDV Chi nhánh Ninh Thuận; ông Lê Bá Tùng, Giám đốc NHNN Chi "
        "nhánh tỉnh Ninh Thuận.\n"
        + CONCLUSIONS
        + "1. BIDV Chi nhánh Ninh Thuận đẩy mạnh cho vay doanh nghiệp nhỏ và vừa trong quý III/2020."
    )
    # (the province's name gets its kind, as every body's named by its place does)
    assert posts_of(n, "Võ Minh Khoa")[0][1] == "BIDV Chi nhánh tỉnh Ninh Thuận"
    assert "BIDV Chi nhánh tỉnh Ninh Thuận" in assignees_of(n)


# 7. The social policy bank's district office written with the bank short in the middle of its name.


def test_a_transaction_office_of_the_social_policy_bank_is_one_body() -> None:
    assert _names("Phòng giao dịch NHCSXH huyện Ninh Sơn phối hợp Công an huyện xử lý.") == [
        "Phòng giao dịch NHCSXH huyện Ninh Sơn",
        "Công an huyện",
    ]


# 8. A body of the district's level after "và", named by the level ("Huyện đoàn", "Huyện ủy"): two bodies, not the
# kinds of locality "huyện và huyện".


def test_a_union_and_the_district_youth_union_are_two_bodies() -> None:
    assert _names("Hội Nông dân huyện và Huyện đoàn thường xuyên tuyên truyền.") == [
        "Hội Nông dân huyện",
        "Huyện đoàn",
    ]


# 9. A sole proprietorship written short ("DNTN …") in a list of firms after a heading's colon.


def test_a_sole_proprietorship_written_short_is_a_firm() -> None:
    assert _names(
        "3. Các doanh nghiệp: Công ty TNHH Minh Phát, DNTN Hòa Bình khẩn trương nộp tiền ký quỹ."
    ) == [
        "Các doanh nghiệp",
        "Công ty TNHH Minh Phát",
        "DNTN Hòa Bình",
    ]


# 10. The clergy are persons, their rank written before the name as an officer's is: a Buddhist monk's Dharma name
# takes "Thích" where a surname would stand ("Hòa thượng Thích …", "Thượng tọa Thích …", "Đại đức Thích …"), a
# priest's may open with his saint's name ("Linh mục Phêrô …"); both tone-mark placements of "hòa", "tọa".


def test_a_buddhist_monk_is_a_person_with_his_post() -> None:
    n = _notice(
        "Tham dự có: Thượng toạ Thích Quảng Tâm, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; Hòa thượng "
        "Thích Giác Minh, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.\n"
        + CONCLUSIONS
        + "1. Giao Sở Nội vụ theo dõi."
    )
    assert {"Thích Quảng Tâm", "Thích Giác Minh"} <= {p.name for p in n.persons.values()}
    assert posts_of(n, "Thích Giác Minh")[0][1].startswith("Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")


def test_a_priest_is_a_person() -> None:
    n = _notice(
        "Tham dự có: Linh mục Phêrô Trần Văn Khải, Chánh văn phòng Tòa Giám mục Phan Thiết.\n"
        + CONCLUSIONS
        + "1. Giao Sở Nội vụ theo dõi."
    )
    (priest,) = [p for p in n.persons.values() if p.name.endswith("Trần Văn Khải")]
    assert priest.honorific == "Linh mục"
