"""Bodies and posts in the ways round P's unseen notices wrote them (public security and justice, state finance,
treasury and banking, agriculture and ethnic-minority programmes).

Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.tokens import tokenize

UB_HEAD = """ỦY BAN NHÂN DÂN TỈNH VĨNH LONG
Số: 120/TB-UBND
Vĩnh Long, ngày 14 tháng 5 năm 2021
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về thu ngân sách
Ngày 12/5/2021, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Phó Chủ tịch UBND tỉnh kết luận:
"""


def _surfaces(sentence: str) -> list[str]:
    return [m.surface for m in find_agencies(sentence, tokenize(sentence))]


# 1. A body's name ends at the province that closes it; the lower-case words of a task after it are not its name.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "2.1. Yêu cầu Kho bạc Nhà nước Vĩnh Long kiểm soát chi chặt chẽ các khoản tạm ứng.",
            "Kho bạc Nhà nước Vĩnh Long",
        ),
        ("Đề nghị Kho bạc Nhà nước Bến Tre kiểm soát chi theo đúng quy định.", "Kho bạc Nhà nước Bến Tre"),
    ],
)
def test_task_after_a_place_is_not_the_name(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


# 2. Official names that hold a word which ends other names as a verb ("phát triển", "bán", "thi hành").
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "3. Quỹ Đầu tư phát triển Vĩnh Long đẩy nhanh giải ngân vốn cho vay.",
            "Quỹ Đầu tư phát triển Vĩnh Long",
        ),
        (
            "Mời đại diện Trung tâm Dịch vụ bán đấu giá tài sản tỉnh tham dự buổi cưỡng chế.",
            "Trung tâm Dịch vụ bán đấu giá tài sản",
        ),
        (
            "Trung tâm Dịch vụ đấu giá tài sản chủ trì tổ chức phiên đấu giá.",
            "Trung tâm Dịch vụ đấu giá tài sản",
        ),
        (
            "Ông Lê Văn Tư - Phó Trưởng phòng Kiểm sát thi hành án dân sự, Viện Kiểm sát nhân dân tỉnh.",
            "Phòng Kiểm sát thi hành án dân sự",
        ),
        (
            "Chi cục Thi hành án dân sự huyện Long Hồ tổ chức cưỡng chế.",
            "Chi cục Thi hành án dân sự huyện Long Hồ",
        ),
    ],
)
def test_names_holding_a_verb(sentence: str, surface: str) -> None:
    # the surface may go on with the level ("… tỉnh"); a title's "phòng" may stay in lower case
    assert any(s.lower().startswith(surface.lower()) for s in _surfaces(sentence))


# 3. A steering board named by its decision's number, then the places it is set up in, is one collective body.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "Ban Chỉ đạo 138 các huyện, thị xã, thành phố tăng cường kiểm tra địa bàn.",
            "Ban Chỉ đạo 138 các huyện, thị xã, thành phố",
        ),
        ("BCĐ 389 các xã, phường xây dựng kế hoạch cao điểm.", "BCĐ 389 các xã, phường"),
    ],
)
def test_numbered_board_of_each_place(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


# 4. The member bodies of a board are one collective, not "các đơn vị".
def test_member_bodies() -> None:
    sentence = "Các đơn vị thành viên Ban An toàn giao thông tỉnh chủ động rà soát thiết bị đo."
    assert any(s.startswith("Các đơn vị thành viên") for s in _surfaces(sentence))
    assert "Các cơ quan thành viên" in _surfaces("Các cơ quan thành viên báo cáo kết quả trước ngày 20/6.")


# 5. A bank written short, then its branch: a body that is given tasks and to which a post belongs.
def test_abbreviated_bank_branch_takes_its_task() -> None:
    text = UB_HEAD + (
        "1. NHCSXH chi nhánh tỉnh tập trung giải ngân nguồn vốn cho vay hộ nghèo trước ngày 30/6/2021.\n"
        "2. NHNN chi nhánh tỉnh chỉ đạo các ngân hàng thương mại giảm lãi suất.\n"
    )
    n = parse_notice(text, "x.txt")
    keys = [a for d in n.directives for a in d.assignees]
    assert any(k.startswith("ngân hàng chính sách xã hội") and "chi nhánh" in k for k in keys)
    assert any(k.startswith("ngân hàng nhà nước") and "chi nhánh" in k for k in keys)


def test_post_of_an_abbreviated_branch() -> None:
    text = UB_HEAD.replace(
        "Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.", "Phó Chủ tịch UBND tỉnh chủ trì cuộc họp."
    ) + (
        "Tham dự có đồng chí Lê Văn Hai - Phó Giám đốc Sở Tài chính; đồng chí Phạm Thị Ba - Giám đốc NHCSXH chi "
        "nhánh tỉnh Vĩnh Long.\n1. Sở Tài chính bố trí vốn.\n"
    )
    n = parse_notice(text, "x.txt")
    posts = {(p.person, p.role): p.agency for p in n.posts}
    agency = posts.get(("phạm thị ba", "Giám đốc"))
    assert agency is not None and agency.startswith("ngân hàng chính sách xã hội")


# 6. Districts dissolved in the 2024-2025 arrangements, and districts the data package spells otherwise, are
# still places of the notices that name them.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("UBND huyện Yên Dũng được mời nhưng không cử cán bộ tham dự.", "UBND huyện Yên Dũng"),
        ("Phòng Nông nghiệp huyện Mỹ Lộc báo cáo kết quả vụ xuân.", "Phòng Nông nghiệp huyện Mỹ Lộc"),
        ("UBND huyện Mù Cang Chải chỉ đạo các xã rà soát hộ nghèo.", "UBND huyện Mù Cang Chải"),
    ],
)
def test_district_names_the_package_lacks(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


# 7. A unit's head written once for several districts named after it (the keyword written once).
def test_unit_head_shared_by_listed_districts() -> None:
    sentence = "Đơn vị phối hợp: Phòng Dân tộc huyện Trạm Tấu, Mù Cang Chải."
    surfaces = _surfaces(sentence)
    assert "Phòng Dân tộc huyện Trạm Tấu" in surfaces
    assert any(s.endswith("Mù Cang Chải") and s.startswith("Phòng Dân tộc") for s in surfaces)


# 8. The officers of the judgment enforcement bodies, procuracies and courts hold posts.
@pytest.mark.parametrize("title", ["Chấp hành viên", "Kiểm sát viên", "Thẩm tra viên"])
def test_justice_officers_hold_a_post(title: str) -> None:
    text = UB_HEAD + (
        f"Tham dự có ông Lê Văn Hai - Chi cục trưởng Chi cục Thi hành án dân sự huyện Long Hồ; bà Lâm Thị Ba - {title}"
        " - Thư ký cuộc họp.\n1. Chi cục Thi hành án dân sự huyện Long Hồ tổ chức cưỡng chế.\n"
    )
    n = parse_notice(text, "x.txt")
    assert ("lâm thị ba", title) in {(p.person, p.role) for p in n.posts}


# 8. The people's courts are bodies, like the procuracies beside them; either tone placement of "Tòa".
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Vắng: Tòa án nhân dân tỉnh (có giấy mời nhưng không cử người dự).", "Tòa án nhân dân tỉnh"),
        ("Viện Kiểm sát nhân dân tỉnh, Toà án nhân dân tỉnh phối hợp chặt chẽ.", "Toà án nhân dân tỉnh"),
        ("Đề nghị Tòa án nhân dân huyện Hồng Dân đẩy nhanh xét xử.", "Tòa án nhân dân huyện Hồng Dân"),
    ],
)
def test_people_courts_are_bodies(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


def test_absent_court_is_read() -> None:
    text = (
        UB_HEAD
        + "Tham dự có đại diện Viện Kiểm sát nhân dân tỉnh, Công an tỉnh.\n"
        + "Vắng: Tòa án nhân dân tỉnh (có giấy mời nhưng không cử người dự).\n"
        + "1. Sở Tài chính rà soát các khoản thu.\n"
    )
    notice = parse_notice(text, "x.txt")
    absent = [notice.agencies[k].name for k in notice.meeting.absent_agencies]
    assert absent == ["Tòa án nhân dân tỉnh Vĩnh Long"]


# 9. A given name that is also a head ends a person's name even after a one-letter Hmong middle name.
@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 27/5/2010, ông Sùng A Khoa, Chủ tịch UBND huyện Bắc Quang chủ trì cuộc họp.",
        "Tham dự có ông Giàng A Phòng, Phó Chủ tịch UBND xã.",
    ],
)
def test_hmong_given_name_is_not_a_body(sentence: str) -> None:
    assert not [s for s in _surfaces(sentence) if s.split()[0] in {"Khoa", "Phòng"}]


# 10. The tax offices' taxpayer-service unit keeps its whole name; after a whole body the words are its task.
@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "Phòng Tuyên truyền – Hỗ trợ người nộp thuế được giao đẩy mạnh tuyên truyền.",
            "Phòng Tuyên truyền – Hỗ trợ người nộp thuế",
        ),
        ("Giao Phòng Tuyên truyền - Hỗ trợ NNT hướng dẫn doanh nghiệp.", "Phòng Tuyên truyền - Hỗ trợ NNT"),
        ("Cục Thuế tỉnh hỗ trợ người nộp thuế kê khai qua mạng.", "Cục Thuế tỉnh"),
    ],
)
def test_taxpayer_service_unit(sentence: str, surface: str) -> None:
    assert surface in _surfaces(sentence)


# 11. A historical figure's name after "ông"/"bà" and before a post is a living official's.
def test_official_named_like_a_historical_figure() -> None:
    text = UB_HEAD + (
        "Dự họp có bà Thạch Thị Sa Ni, Chánh Văn phòng Điều phối nông thôn mới tỉnh; ông Trần Quốc Tuấn, Phó Giám "
        "đốc Sở Nông nghiệp và PTNT.\n1. Sở Tài chính rà soát các khoản thu.\n"
    )
    names = {p.name for p in parse_notice(text, "x.txt").persons.values()}
    assert "Trần Quốc Tuấn" in names


def test_figure_commemorated_is_no_attendee() -> None:
    text = UB_HEAD + (
        "Nhân kỷ niệm ngày sinh Anh hùng dân tộc Trần Quốc Tuấn và Chủ tịch Hồ Chí Minh, ông Lê Văn Hai, Giám đốc "
        "Sở Văn hóa báo cáo.\n1. Sở Tài chính rà soát các khoản thu.\n"
    )
    names = {p.name for p in parse_notice(text, "x.txt").persons.values()}
    assert "Trần Quốc Tuấn" not in names and "Hồ Chí Minh" not in names
