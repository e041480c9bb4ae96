"""Who chairs, who acts, who supports and who stayed away, in the ways round T's unseen notices wrote them (national
target programmes; the Sở KH&CN's other sectors; tourism, sport, festivals, press and foreign affairs).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
and the companies are invented.
"""

from __future__ import annotations

from notice_checks import absent_of as _absent
from notice_checks import chairs_of as _chairs
from notice_checks import names_of as _names
from notice_checks import task_of as _task

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

HEAD = """UBND TỈNH NINH THUẬN
VĂN PHÒNG
Số: 215/TB-VPUBND
Ninh Thuận, ngày 14 tháng 12 năm 2023
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về công tác phục vụ khách du lịch dịp Tết
"""

OPENING = (
    "Ngày 12/12/2023, Phó Chủ tịch UBND tỉnh Trần Quốc Nam chủ trì cuộc họp về công tác phục vụ khách du lịch "
    "dịp Tết Nguyên đán. Tham dự cuộc họp có: ông Nguyễn Văn Bình - Giám đốc Sở Văn hóa, Thể thao và Du lịch; "
    "ông Lê Hữu Tài - Giám đốc Sở Giao thông vận tải; đại diện UBND thành phố Phan Rang - Tháp Chàm.\n\n"
    "Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n"
)


def _notice(body: str, opening: str = OPENING, head: str = HEAD) -> Notice:
    return parse_notice(head + opening + body, "kl.txt")


# 1. A task handed to a post written with its body ("Giao đồng chí Giám đốc Sở X chủ trì …") is the body's, and
# the task of the one the notice names in that post.


def test_task_handed_to_a_post_goes_to_its_body_and_its_holder() -> None:
    n = _notice(
        "1. Giao đồng chí Giám đốc Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Công an tỉnh kiểm tra "
        "các cơ sở lưu trú du lịch; báo cáo UBND tỉnh trước ngày 15/01/2024.\n\n"
        "2. Giao Giám đốc Sở Giao thông vận tải chỉ đạo Thanh tra Sở tăng cường kiểm tra phương tiện chở khách.\n\n"
        "3. Giao Chủ tịch UBND huyện Ninh Hải chỉ đạo rà soát các bến thuyền du lịch.\n\n"
    )
    acting, supporting, due = _task(n, "Giao đồng chí")
    assert "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Thuận" in acting
    assert "Nguyễn Văn Bình" in acting
    assert "Công an tỉnh Ninh Thuận" in supporting
    assert due == "2024-01-15"
    acting, _, _ = _task(n, "Giao Giám đốc")
    assert "Sở Giao thông vận tải tỉnh Ninh Thuận" in acting
    assert "Lê Hữu Tài" in acting
    acting, _, _ = _task(n, "Giao Chủ tịch")
    assert acting == ["Ủy ban nhân dân huyện Ninh Hải"]


def test_post_without_its_body_is_not_read_as_a_body() -> None:
    n = _notice("1. Giao Phó Giám đốc Sở phụ trách chỉ đạo kiểm tra các cơ sở lưu trú du lịch.\n\n")
    assert not any(
        "Sở" in name for d in n.directives for name in (_names(n).get(a, a) for a in d.assignees)
    ), [d.assignees for d in n.directives]


# 2. Chairs. A post that runs on into a board's long name joining two events with "và" still ends before "chủ
# trì"; "(chủ trì)" in a list of a delegation's members marks its own member only; a council's chair who
# "điều khiển phiên họp" chairs it.


def test_post_running_on_into_a_board_of_two_events_still_chairs() -> None:
    opening = (
        "Ngày 05/4/2019, tại Trụ sở UBND thành phố Phan Rang - Tháp Chàm, đồng chí Trần Quốc Nam, Phó Chủ tịch "
        "UBND tỉnh, Trưởng Ban Tổ chức Lễ khai mạc Tuần Văn hóa - Du lịch Ninh Thuận và Lễ hội Nho - Vang năm 2019 (sau "
        "đây gọi tắt là Ban Tổ chức) đã chủ trì cuộc họp nghe báo cáo công tác chuẩn bị.\n\n"
        "Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n"
    )
    n = _notice(
        "1. Sở Văn hóa, Thể thao và Du lịch hoàn thành kịch bản chương trình trước ngày 15/4/2019.\n\n",
        opening,
    )
    assert _chairs(n) == ["Trần Quốc Nam"]


def test_chair_mark_in_a_delegation_list_is_its_own_members() -> None:
    opening = (
        "Ngày 20/8/2011, Đoàn công tác của Cục An toàn bức xạ và hạt nhân đã làm việc với Sở Khoa học và Công nghệ "
        "tỉnh Ninh Thuận.\n\n"
        "Thành phần tham dự:\n\n"
        "- Cục An toàn bức xạ và hạt nhân: ông Trương Văn Hải, Phó Cục trưởng (chủ trì); bà Đỗ Thị Mai, Trưởng "
        "phòng Cấp phép; ông Vũ Minh Quang, chuyên viên Phòng Thanh tra.\n\n"
        "- Sở Khoa học và Công nghệ: ông Phạm Văn Lợi, Phó Giám đốc Sở.\n\n"
        "Kết luận buổi làm việc như sau:\n\n"
    )
    n = _notice(
        "1. Sở Khoa học và Công nghệ rà soát các cơ sở sử dụng nguồn phóng xạ trước ngày 30/9/2011.\n\n",
        opening,
    )
    assert _chairs(n) == ["Trương Văn Hải"]


def test_council_chair_presiding_the_session_chairs_it() -> None:
    opening = (
        "Ngày 05/12/2018, tại Sở Khoa học và Công nghệ, Hội đồng tư vấn đánh giá, nghiệm thu đề tài đã họp.\n\n"
        "1. Ủy viên thư ký công bố Quyết định thành lập Hội đồng. Hội đồng có đủ 07/07 thành viên. PGS.TS. Lưu "
        "Văn Khải, Chủ tịch Hội đồng điều khiển phiên họp.\n\n"
        "2. Kết luận của Hội đồng:\n\n"
    )
    n = _notice("Đề nghị chủ nhiệm đề tài hoàn thiện báo cáo tổng kết trước ngày 20/12/2018.\n\n", opening)
    assert _chairs(n) == ["Lưu Văn Khải"]


# 3. Who stayed away. Bodies a criticism names as not sending anyone are away; so is a company "được mời nhưng
# không cử đại diện"; a clinic's address in brackets is not; nor are the bodies of an absent person's posts.


def test_bodies_criticised_for_not_sending_anyone_are_away_and_asked() -> None:
    n = _notice(
        "4. Các sở, ngành, địa phương\n\n"
        "- Sở Tài chính: thẩm định, tham mưu phân bổ kinh phí thực hiện các Chương trình.\n\n"
        "- Phê bình UBND huyện Ninh Hải, UBND huyện Ninh Sơn không cử cán bộ tham dự; yêu cầu hai huyện báo cáo "
        "giải trình bằng văn bản về UBND tỉnh trước ngày 22/12/2023.\n\n"
    )
    assert set(_absent(n)) == {"Ủy ban nhân dân huyện Ninh Hải", "Ủy ban nhân dân huyện Ninh Sơn"}
    acting, _, due = _task(n, "Phê bình")
    assert set(acting) == {"Ủy ban nhân dân huyện Ninh Hải", "Ủy ban nhân dân huyện Ninh Sơn"}
    assert due == "2023-12-22"


def test_invited_company_that_sent_no_one_is_away_and_an_address_is_not() -> None:
    opening = (
        "Ngày 12/5/2014, Đoàn thanh tra Sở Khoa học và Công nghệ đã làm việc với các cơ sở X-quang y tế.\n\n"
        "Công ty TNHH Thép Phước Hưng (đang sử dụng 02 nguồn phóng xạ trong thiết bị đo mức) được mời nhưng không "
        "cử đại diện tham dự. Phòng khám đa khoa An Phước (xã Phước Dân, huyện Ninh Phước) không cử người tham dự.\n\n"
        "Kết luận như sau:\n\n"
    )
    n = _notice("1. Các cơ sở rà soát hồ sơ cấp phép trước ngày 30/6/2014.\n\n", opening)
    away = _absent(n)
    assert "Công ty TNHH Thép Phước Hưng" in away
    assert "Phòng khám đa khoa An Phước" in away
    assert not any(a.startswith(("Xã", "Huyện", "Ủy ban")) for a in away), away


def test_absent_person_does_not_make_the_bodies_of_his_posts_away() -> None:
    opening = (
        "Ngày 10/01/2026, Sở Văn hóa, Thể thao và Du lịch tổ chức họp giao ban tháng 1. Giám đốc Sở Nguyễn Văn "
        "Bình chủ trì.\n\n"
        "Vắng: Phó Giám đốc Sở Trần Văn Dũng (đi công tác tại Hà Nội); Trung tâm Văn hóa tỉnh (không có lý do).\n\n"
        "Vắng mặt: TS. Đặng Hữu Lợi, Trường Đại học Nha Trang - Ủy viên (có lý do).\n\n"
        "Giám đốc Sở kết luận như sau:\n\n"
    )
    n = _notice("1. Phòng Quản lý Du lịch kiểm tra các điểm du lịch dịp Tết.\n\n", opening)
    away = _absent(n)
    assert any(a.startswith("Trung tâm Văn hóa") for a in away), away
    assert not any(a.startswith(("Sở", "Trường")) for a in away), away


# 4. Tasks. The project's leader (named elsewhere) asked with the host body: the body acts. A later sentence of an
# item opening with "Đồng thời" is the item's actor's. In a news story, a paragraph that opens with a body and its
# verb right after the leader's directions goes on with them. A unit guiding a group ("hướng dẫn …, UBND các huyện
# xây dựng …") keeps its task.


def test_project_leader_asked_with_the_host_body_gives_the_body_the_task() -> None:
    opening = (
        "Ngày 05/12/2018, Hội đồng tư vấn đánh giá, nghiệm thu đề tài đã họp. Chủ nhiệm đề tài: ThS. Hồ Văn An. "
        "Cơ quan chủ trì: Trường Đại học Phan Thiết.\n\n"
        "III. KẾT LUẬN VÀ KIẾN NGHỊ CỦA HỘI ĐỒNG\n\n"
    )
    n = _notice(
        "1. Đề nghị chủ nhiệm đề tài và Trường Đại học Phan Thiết tiếp thu ý kiến của Hội đồng, hoàn thiện báo cáo "
        "tổng hợp, nộp về Sở Khoa học và Công nghệ trước ngày 20/12/2018.\n\n",
        opening,
    )
    acting, _, due = _task(n, "Đề nghị chủ nhiệm")
    assert "Trường Đại học Phan Thiết" in acting
    assert due == "2018-12-20"


def test_sentence_opening_with_also_keeps_the_items_actor() -> None:
    n = _notice(
        "2. Nhiệm vụ trọng tâm năm 2024:\n\n"
        "2.1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Tài chính tham mưu UBND tỉnh ban hành chính "
        "sách kích cầu du lịch, hoàn thành trước ngày 31/3/2024. Đồng thời tổ chức thu thập, cập nhật số liệu "
        "thống kê về khách du lịch của tỉnh.\n\n"
        "2.2. Sở Tài chính bảo đảm bố trí kinh phí.\n\n"
    )
    acting, _, _ = _task(n, "Đồng thời")
    assert acting == ["Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Thuận"]


def test_unit_guiding_a_group_keeps_its_task() -> None:
    n = _notice(
        "2.1. Sở Văn hóa, Thể thao và Du lịch (cơ quan thường trực Ban Chỉ đạo): hướng dẫn các Ban Quản lý di tích, "
        "UBND các huyện xây dựng kế hoạch tổ chức lễ hội; chủ trì kiểm tra các di tích trong tháng 02/2024.\n\n"
    )
    acting, _, _ = _task(n, "hướng dẫn")
    assert "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Thuận" in acting


NEWS = """Cổng thông tin điện tử tỉnh Ninh Thuận
Họp báo định kỳ tháng 5/2024
Cập nhật: 26/05/2024
Chiều 25/5, UBND tỉnh tổ chức họp báo định kỳ tháng 5/2024 về công tác chuẩn bị Festival Biển.

Giám đốc Sở Văn hóa, Thể thao và Du lịch Nguyễn Văn Bình cho biết đã có 20 đơn vị nghệ thuật đăng ký tham gia.

Kết luận buổi họp báo, Phó Chủ tịch UBND tỉnh Trần Quốc Nam đề nghị Công an tỉnh xây dựng phương án bảo đảm an ninh trật tự trong các đêm diễn.

Sở Giao thông vận tải bố trí thêm các tuyến xe buýt miễn phí đưa đón khách.

Sở Văn hóa, Thể thao và Du lịch hoàn thành các chương trình nghệ thuật đường phố trước đêm khai mạc (05/6).

MINH AN
"""


def test_news_paragraph_of_a_body_and_its_verb_after_directions_is_a_task() -> None:
    n = parse_notice(NEWS, "tin.html")
    acting, _, due = _task(n, "Sở Văn hóa, Thể thao và Du lịch hoàn thành")
    assert acting and acting[0].startswith("Sở Văn hóa, Thể thao và Du lịch")
    assert due == "2024-06-05"


# 5. A partner named in the task's own cell of a table ("Phối hợp Trạm Khuyến nông huyện mở 02 lớp …") supports.


def test_partner_in_a_task_cell_supports() -> None:
    body = (
        "Ông Trần Văn Hậu kết luận, phân công như sau:\n"
        "STT\tNội dung công việc\tĐơn vị thực hiện\tThời gian hoàn thành\n"
        "1\tRà soát danh sách người chưa tham gia BHYT, báo cáo UBND xã\tTrạm Y tế xã\tTrong tháng 7/2021\n"
        "2\tPhối hợp Trạm Khuyến nông huyện mở 02 lớp tập huấn kỹ thuật trồng khóm\tHội Nông dân xã\tQuý III/2021\n"
    )
    head = (
        "UBND HUYỆN PHỤNG HIỆP\nUBND XÃ HÒA AN\nBIÊN BẢN\nHọp rà soát các tiêu chí nông thôn mới nâng cao\n"
        "Hôm nay, ngày 18/6/2021, tại UBND xã Hòa An, Ban Quản lý xây dựng nông thôn mới xã họp, ông Trần Văn Hậu, "
        "Chủ tịch UBND xã chủ trì.\n"
    )
    n = parse_notice(head + body, "bb.docx")
    acting, supporting, _ = _task(n, "Phối hợp Trạm")
    assert any(a.startswith("Hội Nông dân") for a in acting), acting
    assert any(a.startswith("Trạm Khuyến nông") for a in supporting), supporting
