"""Who chairs, who acts and who supports, in the ways round U's unseen notices wrote them (home affairs; elected
bodies, their questioning sessions and voters' meetings; investment, industrial parks and business dialogues).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
and the companies are invented.
"""

from __future__ import annotations

from notice_checks import assignees_of as _acting
from notice_checks import chairs_of as _chairs
from notice_checks import task_of as _task

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

HEAD = """UBND TỈNH PHÚ YÊN
VĂN PHÒNG
Số: 48/TB-VPUBND
Phú Yên, ngày 20 tháng 3 năm 2019
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về các dự án chậm tiến độ
"""

OPENING = (
    "Ngày 18/3/2019, Phó Chủ tịch UBND tỉnh Hồ Văn Tâm chủ trì cuộc họp về các dự án chậm tiến độ trong Khu kinh "
    "tế Nam Phú Yên. Tham dự có đại diện Sở Kế hoạch và Đầu tư, Sở Tài nguyên và Môi trường, UBND thị xã Đông "
    "Hòa.\n\n"
    "Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n"
)


def _notice(body: str, opening: str = OPENING, head: str = HEAD) -> Notice:
    return parse_notice(head + opening + body, "kl.txt")


# 1. The record of a delegation meeting voters: after the voters' requests, the delegation's paragraph closing on
# "… Đoàn đề nghị:" opens the conclusions, its dash items are tasks; the voters' own "đề nghị Sở …" are not.

VOTERS_HEAD = """ỦY BAN MTTQ VIỆT NAM
HUYỆN GIO LINH
BAN THƯỜNG TRỰC
Gio Linh, ngày 05 tháng 12 năm 2022
BIÊN BẢN
Hội nghị tiếp xúc cử tri của Đoàn đại biểu Quốc hội tỉnh Quảng Trị sau Kỳ họp thứ 4, Quốc hội khóa XV
"""

VOTERS_BODY = (
    "Vào lúc 14 giờ 00 ngày 05 tháng 12 năm 2022, tại Hội trường UBND thị trấn Gio Linh, Ban Thường trực Ủy ban "
    "MTTQ Việt Nam huyện Gio Linh phối hợp với Thường trực HĐND, UBND huyện tổ chức Hội nghị tiếp xúc cử tri.\n"
    "I. THÀNH PHẦN\n"
    "1. Chủ trì hội nghị: ông Trần Văn Lợi - Chủ tịch Ủy ban MTTQ Việt Nam huyện Gio Linh.\n"
    "2. Đại biểu Quốc hội và đại biểu mời:\n"
    "Ông Hoàng Đức Thắng, Đại biểu Quốc hội khóa XV; ông Lê Văn Dũng, Phó Chủ tịch UBND huyện Gio Linh.\n"
    "II. NỘI DUNG\n"
    "1. Ý kiến, kiến nghị của cử tri:\n"
    "- Cử tri Nguyễn Văn Sơn (thôn An Xuân): đề nghị Sở Giao thông vận tải sớm sửa chữa tuyến đường tỉnh ĐT.573.\n"
    "- Cử tri Lê Thị Hạnh (xã Gio Mai): đề nghị Bảo hiểm xã hội tỉnh giải quyết chế độ thai sản cho lao động.\n"
    "2. Ý kiến của Đoàn đại biểu Quốc hội tỉnh:\n"
    "Đoàn ĐBQH tỉnh tiếp thu các ý kiến của cử tri; đối với những nội dung thuộc thẩm quyền địa phương, Đoàn "
    "đề nghị:\n"
    "- UBND huyện Gio Linh chỉ đạo Phòng Tài nguyên và Môi trường giải quyết hồ sơ đất đai của 08 hộ xã Gio Mai, "
    "trả lời cử tri trước ngày 31/01/2023.\n"
    "- Sở Nông nghiệp và Phát triển nông thôn tỉnh kiểm tra hệ thống kênh mương nội đồng xã Gio Mai trong quý "
    "I/2023.\n"
    "Hội nghị kết thúc vào lúc 16 giờ 30 phút cùng ngày.\n"
)


def test_delegation_request_after_voters_opens_the_conclusions() -> None:
    n = parse_notice(VOTERS_HEAD + VOTERS_BODY, "bb.txt")
    acting, _, due = _task(n, "UBND huyện Gio Linh chỉ đạo")
    assert "Ủy ban nhân dân huyện Gio Linh" in acting
    assert due == "2023-01-31"
    acting, _, due = _task(n, "Sở Nông nghiệp")
    assert any(a.startswith("Sở Nông nghiệp và Phát triển nông thôn") for a in acting)
    assert due == "2023-03-31"
    # the voters asked; the meeting did not
    assert not any(a.startswith(("Sở Giao thông", "Bảo hiểm xã hội")) for a in _acting(n)), _acting(n)


def test_voters_own_request_paragraph_is_no_lead_in() -> None:
    body = VOTERS_BODY.replace(
        "- Cử tri Nguyễn Văn Sơn (thôn An Xuân): đề nghị Sở Giao thông vận tải",
        "Cử tri thôn An Xuân đề nghị:\n- Sở Giao thông vận tải",
    )
    n = parse_notice(VOTERS_HEAD + body, "bb.txt")
    assert not any(a.startswith("Sở Giao thông") for a in _acting(n)), _acting(n)


# 2. A part that reports what businesses or voters asked ("I. Ý KIẾN, KIẾN NGHỊ CỦA DOANH NGHIỆP") is no part of
# the conclusions, though it is headed "kiến nghị": the company that complained is given no task.


def test_part_of_businesses_requests_gives_no_tasks() -> None:
    n = _notice(
        "I. Ý KIẾN, KIẾN NGHỊ CỦA CÁC DOANH NGHIỆP\n\n"
        "1. Công ty Cổ phần Thủy sản Sông Cầu: thủ tục gia hạn thuê đất kéo dài hơn 5 tháng.\n\n"
        "2. Công ty TNHH Gạch men Hòa Vinh: đường vào nhà máy xuống cấp, đề nghị tỉnh đầu tư sửa chữa.\n\n"
        "II. KẾT LUẬN CỦA PHÓ CHỦ TỊCH UBND TỈNH\n\n"
        "1. Về gia hạn thuê đất của Công ty Cổ phần Thủy sản Sông Cầu: Sở Tài nguyên và Môi trường khẩn trương "
        "giải quyết, trả lời doanh nghiệp trước ngày 15/4/2019.\n\n"
        "2. Giao UBND thị xã Đông Hòa kiểm tra tuyến đường vào nhà máy, đề xuất phương án sửa chữa.\n\n",
        opening=(
            "Ngày 18/3/2019, Phó Chủ tịch UBND tỉnh Hồ Văn Tâm chủ trì hội nghị gặp gỡ doanh nghiệp.\n\n"
        ),
    )
    acting = _acting(n)
    assert not any(a.startswith("Công ty") for a in acting), acting
    got, _, due = _task(n, "Về gia hạn")
    assert got == ["Sở Tài nguyên và Môi trường tỉnh Phú Yên"]
    assert due == "2019-04-15"
    got, _, _ = _task(n, "Giao UBND thị xã")
    assert got == ["Ủy ban nhân dân thị xã Đông Hòa"]


# 3. A bare "Công ty" speaks of the company the item named: it is that company, never a body called "Công ty".


def test_bare_company_is_the_company_the_item_named() -> None:
    n = _notice(
        "1. Đối với từng dự án:\n\n"
        "a) Công ty TNHH Cơ khí Tuy An (dự án nhà máy cơ khí tại KCN Hòa Hiệp): yêu cầu Công ty hoàn thành xây dựng "
        "nhà xưởng trước ngày 30/9/2019. Quá thời hạn trên nếu Công ty không thực hiện, giao Ban Quản lý Khu kinh tế "
        "làm thủ tục thu hồi Giấy chứng nhận đầu tư.\n\n"
        "b) Công ty Cổ phần Đá Xuân Lộc (dự án tại KCN Đông Bắc Sông Cầu): Công ty phải khởi công xây dựng trước "
        "ngày 30/6/2019.\n\n"
    )
    acting = _acting(n)
    assert "Công ty" not in acting, acting
    got, _, due = _task(n, "yêu cầu Công ty")
    assert got == ["Công ty TNHH Cơ khí Tuy An"]
    assert due == "2019-09-30"
    got, _, _ = _task(n, "Công ty phải")
    assert got == ["Công ty Cổ phần Đá Xuân Lộc"]


# 4. A list's lead-in without its colon ("II. Đề nghị các đơn vị thực hiện một số nội dung sau") is a heading over
# the items, not a task of "các đơn vị".


def test_lead_in_without_colon_is_no_task() -> None:
    n = _notice(
        "I. Đánh giá chung\n\n"
        "Công tác quản lý vệ sinh an toàn thực phẩm tại các chợ có chuyển biến.\n\n"
        "II. Đề nghị các đơn vị thực hiện một số nội dung sau\n\n"
        "1. Sở Y tế: chủ trì, phối hợp với các ngành kiểm tra vệ sinh an toàn thực phẩm tại các chợ.\n\n"
        "2. Sở Công Thương: hướng dẫn các địa phương bố trí cân đối chứng tại các chợ hạng 1.\n\n"
    )
    acting = _acting(n)
    assert "Các đơn vị" not in acting, acting
    assert {"Sở Y tế tỉnh Phú Yên", "Sở Công Thương tỉnh Phú Yên"} <= acting
    assert not any(d.text.startswith("Đề nghị các đơn vị") for d in n.directives)


# 5. "UBND cùng cấp" after a group of bodies of several places acting ("Thường trực HĐND các xã, phường …") is the
# committees of those places, not the province's.


def test_same_level_partner_of_an_acting_group_is_of_its_places() -> None:
    n = _notice(
        "1. Thường trực HĐND các xã, phường chủ động phối hợp với UBND cùng cấp tổ chức tiếp xúc cử tri theo quy "
        "định.\n\n"
    )
    _, supporting, _ = _task(n, "Thường trực HĐND")
    assert "Ủy ban nhân dân tỉnh Phú Yên" not in supporting, supporting


# 6. A post with its body asked to "có giải pháp" (find a remedy) is a task of the body; "chủ tọa" chairs.


def test_post_asked_to_have_a_remedy_is_a_task() -> None:
    n = _notice(
        "1. Đề nghị Giám đốc Sở Y tế có giải pháp căn cơ giảm tải cho Bệnh viện Đa khoa tỉnh; rà soát các phương "
        "tiện đo dùng trong y tế, phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức kiểm định, hoàn thành "
        "trong quý IV/2019.\n\n"
    )
    acting, supporting, due = _task(n, "Đề nghị Giám đốc Sở Y tế")
    assert "Sở Y tế tỉnh Phú Yên" in acting
    assert any(s.startswith("Chi cục Tiêu chuẩn Đo lường Chất lượng") for s in supporting)
    assert due == "2019-12-31"


def test_presiding_official_chairs() -> None:
    opening = (
        "Sáng ngày 12/7/2019, Hội đồng nhân dân tỉnh tiến hành phiên chất vấn và trả lời chất vấn tại Kỳ họp thứ "
        "9. Ông Huỳnh Tấn Việt, Chủ tịch HĐND tỉnh chủ tọa phiên chất vấn; bà Lê Thị Hoa, Phó Chủ tịch HĐND tỉnh "
        "điều hành phần chất vấn nhóm vấn đề thứ hai.\n\n"
        "Kết thúc phiên chất vấn, Chủ tịch HĐND tỉnh kết luận như sau:\n\n"
    )
    head = HEAD.replace("UBND TỈNH PHÚ YÊN\nVĂN PHÒNG", "HỘI ĐỒNG NHÂN DÂN\nTỈNH PHÚ YÊN\nTHƯỜNG TRỰC")
    n = _notice("1. Văn phòng HĐND tỉnh tổng hợp kết quả phiên chất vấn.\n\n", opening, head)
    assert _chairs(n) == ["Huỳnh Tấn Việt"]


# 7. A table of projects whose "Giao" column holds who acts and what ("Phòng Quản lý Đầu tư và Doanh nghiệp đôn đốc
# nhà đầu tư ký quỹ"), beside a column of deadlines: each cell is a task of the body it opens with.


def test_table_column_holding_the_whole_order() -> None:
    n = _notice(
        "1. Xử lý đối với từng dự án\n\n"
        "STT\tTên dự án\tNhà đầu tư\tTồn tại\tGiao\tThời hạn\n"
        "1\tNhà máy gạch tuynel\tCông ty Cổ phần Gạch Hòa Xuân\tChậm khởi công 12 tháng\tSở Kế hoạch và Đầu tư "
        "đôn đốc nhà đầu tư ký quỹ bảo đảm thực hiện dự án\tTrong tháng 5/2019\n"
        "2\tKhu dịch vụ cảng Vũng Rô\tCông ty TNHH Cảng Vũng Rô Xanh\tVướng giải phóng mặt bằng\tUBND thị xã Đông "
        "Hòa chủ trì, phối hợp với Sở Tài nguyên và Môi trường hoàn thành bồi thường\tQuý III/2019\n"
    )
    acting, _, due = _task(n, "Sở Kế hoạch và Đầu tư đôn đốc")
    assert acting == ["Sở Kế hoạch và Đầu tư tỉnh Phú Yên"]
    assert due == "2019-05"
    acting, supporting, due = _task(n, "UBND thị xã Đông Hòa chủ trì")
    assert acting == ["Ủy ban nhân dân thị xã Đông Hòa"]
    assert supporting == ["Sở Tài nguyên và Môi trường tỉnh Phú Yên"]
    assert due == "2019-09-30"
    assert not any(a.startswith("Công ty") for a in _acting(n))
