"""Who acts, in the ways round W's unseen notices wrote it (health and food safety; public order and safety
committees; construction, housing and urban utilities).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
and the companies are invented.
"""

from __future__ import annotations

from notice_checks import assignees_of as _acting
from notice_checks import task_of as _task

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

HEAD = """UBND TỈNH HÀ TĨNH
BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÔNG TRÌNH GIAO THÔNG
Số: 21/TB-BQLDA
Hà Tĩnh, ngày 12 tháng 5 năm 2022
THÔNG BÁO
Kết luận của Giám đốc Ban tại cuộc họp giao ban tiến độ các công trình
"""

OPENING = (
    "Ngày 10/5/2022, ông Lê Văn Hùng - Giám đốc Ban chủ trì cuộc họp giao ban tiến độ thi công công trình cầu "
    "Cửa Sót. Tham dự có các phòng thuộc Ban, các nhà thầu và đơn vị tư vấn.\n\n"
    "Giám đốc Ban kết luận:\n\n"
)


def _notice(body: str, opening: str = OPENING, head: str = HEAD) -> Notice:
    return parse_notice(head + opening + body, "kl.txt")


# --- a part a body plays, with the body in brackets, heads its tasks ------------------------------------------


def test_a_contractor_named_in_brackets_under_a_heading_has_the_tasks_below() -> None:
    n = _notice(
        "1. Đối với Phòng Kỹ thuật\n"
        "Kiểm tra, nghiệm thu chặt chẽ từng hạng mục công việc.\n\n"
        "2. Đối với nhà thầu thi công (Công ty TNHH Xây dựng Hoàng Phát)\n"
        "Tăng cường nhân lực, thiết bị; hoàn thành trụ cầu T3 trước ngày 30/6/2022.\n\n"
        "3. Đối với tư vấn giám sát (Công ty cổ phần Tư vấn Giao thông Hồng Lĩnh)\n"
        "Bố trí đủ cán bộ giám sát thường trực tại hiện trường.\n"
    )
    assignees, _, due = _task(n, "Tăng cường nhân lực")
    assert assignees == ["Công ty TNHH Xây dựng Hoàng Phát"]
    assert due == "2022-06-30"
    assert _task(n, "Bố trí đủ cán bộ")[0] == ["Công ty cổ phần Tư vấn Giao thông Hồng Lĩnh"]


def test_a_designer_named_in_brackets_with_a_place_closing_its_name() -> None:
    n = _notice(
        "1. Đối với đơn vị thiết kế (Công ty cổ phần Tư vấn Thiết kế Xây dựng số 2 Hà Tĩnh)\n"
        "Hoàn thiện hồ sơ thiết kế điều chỉnh, gửi Ban trong tháng 6/2022.\n"
    )
    (who,) = _task(n, "Hoàn thiện hồ sơ")[0]
    assert who.startswith("Công ty cổ phần Tư vấn Thiết kế Xây dựng số 2")


def test_a_part_with_anything_but_a_body_in_brackets_names_no_one() -> None:
    n = _notice(
        "1. Đối với nhà thầu thi công (các gói thầu số 3, số 4)\nTăng cường nhân lực, thiết bị thi công.\n"
    )
    assert not any(a.startswith("Công ty") for a in _acting(n))


# --- "kiến nghị" opening an item asks the body after it -------------------------------------------------------


def test_an_item_opening_with_kien_nghi_asks_the_body_after_it() -> None:
    n = _notice(
        "1. Phòng Kỹ thuật kiểm tra, nghiệm thu chặt chẽ từng hạng mục công việc.\n\n"
        "2. Kiến nghị Sở Giao thông vận tải tổ chức kiểm tra công tác nghiệm thu trước khi đưa công trình vào sử "
        "dụng.\n"
    )
    assert _task(n, "Kiến nghị Sở Giao thông")[0] == ["Sở Giao thông vận tải tỉnh Hà Tĩnh"]


def test_a_body_that_kien_nghi_keeps_its_request() -> None:
    n = _notice("1. Phòng Kế hoạch tổng hợp hồ sơ, kiến nghị Sở Tài chính bố trí vốn năm 2022.\n")
    assert "Sở Tài chính tỉnh Hà Tĩnh" not in _acting(n)


# --- a part named bare acts as the body the notice named so -----------------------------------------------------

BCD_HEAD = """UBND TỈNH YÊN BÁI
VĂN PHÒNG
Số: 35/TB-VPUBND
Yên Bái, ngày 14 tháng 7 năm 2021
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại hội nghị sơ kết Ban Chỉ đạo 138 tỉnh
"""

BCD_OPENING = (
    "Ngày 12/7/2021, đồng chí Hoàng Văn Nam, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 138 tỉnh chủ trì hội "
    "nghị.\n\n"
    "Theo báo cáo của Cơ quan Thường trực Ban Chỉ đạo (Công an tỉnh), 6 tháng đầu năm đã bắt giữ 120 vụ.\n\n"
    "Phó Chủ tịch UBND tỉnh kết luận:\n\n"
)


def test_a_second_subject_after_a_semicolon_is_the_standing_body_named_before() -> None:
    n = _notice(
        "1. Yêu cầu UBND các huyện, thị xã, thành phố rà soát, lập hồ sơ quản lý người nghiện trên địa bàn; Cơ "
        "quan Thường trực Ban Chỉ đạo 138 tỉnh theo dõi, đôn đốc, tổng hợp báo cáo định kỳ 6 tháng.\n",
        opening=BCD_OPENING,
        head=BCD_HEAD,
    )
    assert "Công an tỉnh Yên Bái" not in _task(n, "Yêu cầu UBND các huyện")[0]
    assert _task(n, "Cơ quan Thường trực")[0] == ["Công an tỉnh Yên Bái"]


def test_a_standing_body_opening_an_item_acts() -> None:
    n = _notice(
        "1. Cơ quan Thường trực Ban Chỉ đạo tỉnh tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2021.\n",
        opening=BCD_OPENING,
        head=BCD_HEAD,
    )
    assert _task(n, "Cơ quan Thường trực")[:3:2] == (["Công an tỉnh Yên Bái"], "2021-12-15")


def test_a_part_the_notice_never_named_gives_no_body() -> None:
    n = _notice(
        "1. Cơ quan Thường trực Ban Chỉ đạo tỉnh tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2021.\n",
        opening=BCD_OPENING.replace(" (Công an tỉnh)", ""),
        head=BCD_HEAD,
    )
    assert "Công an tỉnh Yên Bái" not in _acting(n)


def test_kien_nghi_a_body_that_hands_the_task_on_leaves_it_to_the_one_handed_it() -> None:
    n = _notice(
        "1. Kiến nghị Sở Giao thông vận tải giao Thanh tra Sở kiểm tra công tác nghiệm thu trước ngày 30/6/2022.\n"
    )
    assert "Sở Giao thông vận tải tỉnh Hà Tĩnh" not in _task(n, "Kiến nghị Sở Giao thông")[0]
