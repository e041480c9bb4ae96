"""Tasks, assignees and absences in the ways round P's unseen notices wrote them (public security, the army and
justice; state finance and tax; agriculture, ethnic-minority programmes and older layouts).

Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 45/TB-UBND
Hà Tĩnh, ngày 12 tháng 6 năm 2022
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về công tác quốc phòng, an ninh
"""

OPENING = (
    "Ngày 08/6/2022, đồng chí Võ Trọng Hải, Chủ tịch UBND tỉnh chủ trì cuộc họp. Tham dự có lãnh đạo Sở Tài chính, "
    "Sở Kế hoạch và Đầu tư, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh.\n"
    "Sau khi nghe báo cáo và ý kiến của các đại biểu, đồng chí Chủ tịch UBND tỉnh kết luận:\n"
)


def _notice(body: str, opening: str = OPENING) -> Notice:
    return parse_notice(HEAD + opening + body, "kl.txt")


def _names(n: Notice) -> dict[str, str]:
    names = {k: a.name for k, a in n.agencies.items()}
    names.update({k: p.name for k, p in n.persons.items()})
    return names


def _tasks(n: Notice) -> list[tuple[list[str], str]]:
    names = _names(n)
    return [([names.get(a, a) for a in d.assignees], d.text) for d in n.directives]


def _task(n: Notice, opening: str) -> tuple[list[str], list[str], str | None]:
    names = _names(n)
    (d,) = [d for d in n.directives if d.text.startswith(opening)]
    return (
        [names.get(a, a) for a in d.assignees],
        [names.get(a, a) for a in d.supports],
        d.due.value if d.due is not None else None,
    )


# 1. an officer with a rank before the name, then the post, then the task's verb, opens an item: the officer acts
def test_an_officer_named_with_his_rank_opening_an_item_acts() -> None:
    n = _notice(
        "1. Phân công nhiệm vụ:\n"
        "a) Thượng tá Đặng Văn Hùng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh chỉ đạo xây dựng kế hoạch huấn luyện "
        "lực lượng dân quân, hoàn thành trước ngày 15/7/2022.\n"
        "b) Trung tá Phạm Quốc Bảo, Phó Giám đốc Công an tỉnh tổ chức diễn tập phương án chữa cháy tại các chợ, "
        "chậm nhất ngày 30/7/2022.\n"
        "c) Đồng chí Võ Trọng Hải, Chủ tịch UBND tỉnh chỉ đạo chung các nội dung trên.\n"
        "d) Sở Tài chính thẩm định dự toán kinh phí diễn tập.\n"
    )
    assert _task(n, "Thượng tá Đặng Văn Hùng") == (["Đặng Văn Hùng"], [], "2022-07-15")
    assert _task(n, "Trung tá Phạm Quốc Bảo") == (["Phạm Quốc Bảo"], [], "2022-07-30")
    # the chair directing in general is not a member's task
    assert not any(t.startswith("Đồng chí Võ Trọng Hải") and a == ["Võ Trọng Hải"] for a, t in _tasks(n))
    assert _task(n, "Sở Tài chính")[0] == ["Sở Tài chính tỉnh Hà Tĩnh"]


def test_an_officer_who_asks_another_body_gives_that_body_the_task() -> None:
    n = _notice(
        "1. Các nhiệm vụ:\n"
        "a) Đại tá Nguyễn Đình Lâm, Giám đốc Công an tỉnh đề nghị Sở Tài chính bố trí kinh phí mua sắm phương "
        "tiện chữa cháy.\n"
    )
    assert _task(n, "Đại tá Nguyễn Đình Lâm")[0] == ["Sở Tài chính tỉnh Hà Tĩnh"]


# 2. an aside in brackets after the body that opens the item — its standing role, a programme's long name, another
# body it serves — leaves the body the subject; the bodies inside the aside or directed after it do not take over
def test_an_aside_naming_another_body_leaves_the_subject() -> None:
    n = _notice(
        "1. Bộ Chỉ huy Quân sự tỉnh (cơ quan thường trực của Hội đồng Nghĩa vụ quân sự) tham mưu cho Hội đồng "
        "xây dựng kế hoạch tuyển quân, chỉ đạo các huyện, thành phố hoàn thành trước ngày 30/9/2022. Tổng hợp, "
        "báo cáo kết quả về UBND tỉnh hằng tháng.\n"
        "2. Sở Tài chính bố trí kinh phí.\n"
    )
    assert _task(n, "Bộ Chỉ huy Quân sự tỉnh")[0] == ["Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh"]
    assert _task(n, "Bộ Chỉ huy Quân sự tỉnh")[2] == "2022-09-30"
    assert _task(n, "Tổng hợp, báo cáo")[0] == ["Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh"]


def test_a_long_aside_naming_a_programme_leaves_the_subject() -> None:
    n = _notice(
        "1. Sở Lao động - Thương binh và Xã hội (cơ quan thường trực Chương trình mục tiêu quốc gia giảm nghèo "
        "bền vững giai đoạn 2021 - 2025 của tỉnh) chủ trì, phối hợp với Sở Kế hoạch và Đầu tư hướng dẫn các "
        "huyện lập kế hoạch thực hiện, hoàn thành trước ngày 30/6/2022.\n"
        "2. Sở Kế hoạch và Đầu tư (cơ quan thường trực Chương trình mục tiêu quốc gia xây dựng nông thôn mới) "
        "tổng hợp, báo cáo UBND tỉnh trong tháng 7/2022.\n"
    )
    assert _task(n, "Sở Lao động") == (
        ["Sở Lao động - Thương binh và Xã hội tỉnh Hà Tĩnh"],
        ["Sở Kế hoạch và Đầu tư tỉnh Hà Tĩnh"],
        "2022-06-30",
    )
    assert _task(n, "Sở Kế hoạch và Đầu tư (")[0] == ["Sở Kế hoạch và Đầu tư tỉnh Hà Tĩnh"]


# 4. "riêng X (phải) V" after ";" is X's own task; a post-holder who "cũng đề nghị Y V" asks Y; a request naming no
# one after a criticism of bodies asks the bodies criticised
def test_one_body_singled_out_after_a_semicolon_has_its_own_task() -> None:
    n = _notice(
        "Đồng chí yêu cầu UBND các huyện, thị xã rà soát danh sách đối tượng; riêng UBND huyện Kỳ Anh phải báo "
        "cáo kết quả xử lý các điểm nóng về Công an tỉnh trước ngày 25/6/2022.\n"
    )
    assert _task(n, "riêng UBND huyện Kỳ Anh") == (["Ủy ban nhân dân huyện Kỳ Anh"], [], "2022-06-25")


def test_a_post_holder_who_also_asks_a_body_gives_it_the_task() -> None:
    n = _notice(
        "1. Sở Tài chính bố trí kinh phí.\n"
        "2. Giám đốc Công an tỉnh cũng đề nghị Sở Giao thông vận tải hỗ trợ phương tiện tuần tra trên các tuyến "
        "quốc lộ.\n"
    )
    assert _task(n, "Giám đốc Công an tỉnh")[0] == ["Sở Giao thông vận tải tỉnh Hà Tĩnh"]


def test_a_request_after_a_criticism_asks_those_criticised() -> None:
    n = _notice(
        "1. Sở Tài chính bố trí kinh phí.\n"
        "2. Phê bình UBND huyện Hương Khê và Sở Công Thương không cử đại diện dự họp; yêu cầu báo cáo giải trình "
        "bằng văn bản gửi UBND tỉnh trước ngày 20/6/2022.\n"
        "3. Nhắc nhở UBND huyện Vũ Quang chậm gửi báo cáo; đề nghị rút kinh nghiệm.\n"
    )
    assert _task(n, "Phê bình") == (
        ["Ủy ban nhân dân huyện Hương Khê", "Sở Công Thương tỉnh Hà Tĩnh"],
        [],
        "2022-06-20",
    )
    assert _task(n, "Nhắc nhở")[0] == ["Ủy ban nhân dân huyện Vũ Quang"]


# 5. a body guided by the one asked, with no verb of its own after it, is not given the task
def test_a_body_only_guided_is_no_assignee() -> None:
    n = _notice(
        "1. Đề nghị Kho bạc Nhà nước Hà Tĩnh hướng dẫn Quỹ Phát triển đất tỉnh thủ tục mở tài khoản, tạm ứng kinh "
        "phí.\n"
        "2. Giao Sở Tài chính hướng dẫn Trung tâm Phát triển quỹ đất tỉnh hoàn thiện hồ sơ quyết toán.\n"
    )
    assert _task(n, "Đề nghị Kho bạc")[0] == ["Kho bạc Nhà nước Hà Tĩnh"]
    assert "Trung tâm Phát triển quỹ đất tỉnh Hà Tĩnh" in _task(n, "Giao Sở Tài chính")[0]


# 6. a mark of absence in brackets names only what is inside them, or the one body right before them
def _absent(opening: str) -> list[str]:
    n = _notice("1. Sở Tài chính bố trí kinh phí.\n", opening=opening)
    names = _names(n)
    return [names.get(a, a) for a in n.meeting.absent_agencies]


def test_an_absence_in_brackets_names_only_what_is_inside() -> None:
    assert _absent(
        "Ngày 08/6/2022, đồng chí Võ Trọng Hải, Chủ tịch UBND tỉnh chủ trì cuộc họp. Tham dự có lãnh đạo Sở Tài "
        "chính; lãnh đạo UBND, Phòng Lao động - Thương binh và Xã hội các huyện Hương Sơn, Đức Thọ và thị xã Hồng "
        "Lĩnh (UBND huyện Vũ Quang vắng mặt không có lý do).\nĐồng chí Chủ tịch UBND tỉnh kết luận:\n"
    ) == ["Ủy ban nhân dân huyện Vũ Quang"]
    assert _absent(
        "Ngày 08/6/2022, đồng chí Võ Trọng Hải, Chủ tịch UBND tỉnh chủ trì cuộc họp. Tham dự có lãnh đạo Sở Tài "
        "chính, UBND huyện Hương Khê (vắng mặt), Công an tỉnh.\nĐồng chí Chủ tịch UBND tỉnh kết luận:\n"
    ) == ["Ủy ban nhân dân huyện Hương Khê"]


def test_brackets_closing_a_list_of_bodies_name_them_all_absent() -> None:
    assert _absent(
        "Ngày 08/6/2022, đồng chí Võ Trọng Hải, Chủ tịch UBND tỉnh chủ trì cuộc họp. Tham dự có lãnh đạo Sở Tài "
        "chính.\nTrung tâm Y tế huyện Hương Khê, Trung tâm Y tế huyện Vũ Quang (vắng mặt).\n"
        "Đồng chí Chủ tịch UBND tỉnh kết luận:\n"
    ) == ["Trung tâm Y tế huyện Hương Khê", "Trung tâm Y tế huyện Vũ Quang"]


def test_bodies_directed_still_act_without_a_listed_verb() -> None:
    n = _notice(
        "1. Đề nghị UBND huyện Kỳ Anh chỉ đạo UBND xã Kỳ Lợi, Hợp tác xã Nông nghiệp Kỳ Lợi sửa đổi quy chế quản lý "
        "nhãn hiệu tập thể.\n"
        "2. Đề nghị Sở Tài chính hướng dẫn Phòng Tài chính - Kế hoạch (Phòng Tài chính đối với thị xã) hoàn thiện "
        "hồ sơ quyết toán.\n"
    )
    assert "Ủy ban nhân dân xã Kỳ Lợi" in _task(n, "Đề nghị UBND huyện Kỳ Anh")[0]
    assert "Phòng Tài chính - Kế hoạch" in _task(n, "Đề nghị Sở Tài chính")[0]


# 7. A news story that tells its meeting's day from the day it was published ("Sáng nay", "chiều hôm qua").
NEWS = """Hội nghị đối thoại với doanh nghiệp kinh doanh xăng dầu

Cập nhật lúc 09:05, thứ Năm, 05/10/2023 | Lượt xem: 210

(QBP) – {opening}, Cục Thuế tỉnh Quảng Bình tổ chức hội nghị đối thoại với các doanh nghiệp kinh doanh xăng dầu.

Ông Nguyễn Văn Hùng, Cục trưởng Cục Thuế tỉnh chủ trì hội nghị.

Phát biểu kết luận, Cục trưởng đề nghị các doanh nghiệp hoàn thành kết nối dữ liệu trước ngày 31/10/2023.
"""


def test_news_meeting_day_told_from_the_publication() -> None:
    for opening, day in (("Sáng nay", "2023-10-05"), ("Chiều hôm qua", "2023-10-04")):
        notice = parse_notice(NEWS.format(opening=opening), "tin.html")
        assert notice.meeting.held_on == day, opening


def test_news_with_its_own_date_keeps_it() -> None:
    notice = parse_notice(NEWS.format(opening="Sáng ngày 03/10/2023"), "tin.html")
    assert notice.meeting.held_on == "2023-10-03"
