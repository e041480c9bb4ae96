"""Who acts on a task and who the people listed belong to, in the ways round AL's unseen notices (seaports,
logistics, waterways; medicines, hospitals' money, the elderly; courts, judgment enforcement, audits) wrote them.

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

import pytest
from notice_checks import bodies_per_task as _assignees
from notice_checks import bodies_tasked as _tasked

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice


def _post_bodies(n: Notice) -> dict[str, str | None]:
    return {
        n.persons[p.person].name: (n.agencies[p.agency].name if p.agency in n.agencies else None)
        for p in n.posts
        if p.person in n.persons
    }


# A prohibition is a task: "Sở Kế hoạch và Đầu tư không bố trí vốn … cho các chủ đầu tư chưa thực hiện xong kết
# luận thanh tra". The body before "không" + the verb forbidden acts, in a numbered item as in a news story.

AUDIT_FOLLOW_UP = """UBND TỈNH HÀ NAM
VĂN PHÒNG
Số: 45/TB-VP
Hà Nam, ngày 10 tháng 3 năm 2015
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh về thực hiện kết luận thanh tra, kiến nghị kiểm toán
Ngày 08/3/2015, đồng chí Lê Văn Hai, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Phó Chủ tịch UBND tỉnh kết luận:
1. Thanh tra tỉnh tổng hợp danh sách các đơn vị chưa nộp tiền sai phạm, báo cáo UBND tỉnh trước ngày 30/4/2015.
2. {text}
"""


# fmt: off
@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Sở Kế hoạch và Đầu tư không bố trí vốn năm 2016 cho các chủ đầu tư chưa thực hiện xong kết luận thanh"
         " tra.", "Sở Kế hoạch và Đầu tư tỉnh Hà Nam"),
        ("Sở Tài chính không tham mưu tạm ứng vốn cho các dự án chưa hoàn thành thủ tục quyết toán.",
         "Sở Tài chính tỉnh Hà Nam"),
        ("Sở Tài nguyên và Môi trường không gia hạn giao đất đối với các dự án chậm tiến độ quá 24 tháng.",
         "Sở Tài nguyên và Môi trường tỉnh Hà Nam"),
    ],
)
# fmt: on
def test_extract_a_prohibition_after_a_body_is_its_task(text: str, body: str) -> None:
    n = parse_notice(AUDIT_FOLLOW_UP.format(text=text), "x.txt")
    assert _assignees(n)[-1] == [body]


def test_extract_a_body_that_did_not_come_is_no_prohibition() -> None:
    """Guard (passes on the starting code too): a bare "không" after a body reports what it failed to do."""
    text = "Trong kỳ, UBND huyện Lý Nhân không cử người dự họp, không gửi báo cáo theo yêu cầu."
    n = parse_notice(AUDIT_FOLLOW_UP.format(text=text), "x.txt")
    assert _assignees(n) == [["Thanh tra tỉnh Hà Nam"]]


AUDIT_NEWS = """Cổng Thông tin điện tử tỉnh Bình Phước

Phó Chủ tịch UBND tỉnh làm việc với Kiểm toán Nhà nước khu vực XIII

Thứ năm, 20/05/2021 | 10:15

Chiều 19/5, đồng chí Trần Văn Mi, Phó Chủ tịch UBND tỉnh chủ trì buổi làm việc với Đoàn công tác của Kiểm toán Nhà nước khu vực XIII về thực hiện kiến nghị kiểm toán.

Kết luận buổi làm việc, Phó Chủ tịch UBND tỉnh yêu cầu Sở Tài chính chủ trì tổng hợp tình hình thực hiện kiến nghị kiểm toán, báo cáo UBND tỉnh trước ngày 10/6/2021.

Thanh tra tỉnh được giao đưa nội dung này vào kế hoạch thanh tra năm 2022. Sở Kế hoạch và Đầu tư không tham mưu bố trí vốn đầu tư công cho các chủ đầu tư chưa thực hiện xong kiến nghị.

Minh Anh
"""


def test_extract_a_prohibition_in_a_news_story_is_a_task() -> None:
    n = parse_notice(AUDIT_NEWS, "x.html")
    assert "Sở Kế hoạch và Đầu tư tỉnh Bình Phước" in _tasked(n)


# Conclusions address bodies through their heads: "Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các huyện,
# thành phố phải trực tiếp chỉ đạo …", "Yêu cầu người đứng đầu các cơ quan, đơn vị …". Each body (group) the heads
# stand for acts, also when two heads are joined by "và".


# fmt: off
@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các huyện, thành phố phải trực tiếp chỉ đạo việc nộp tiền"
         " sai phạm vào tài khoản tạm giữ trước ngày 30/6/2015.",
         ["Các sở, ban, ngành", "Ủy ban nhân dân các huyện, thành phố"]),
        ("Giám đốc các sở, ngành và Chủ tịch UBND các huyện, thành phố có trách nhiệm thu hồi dứt điểm các khoản"
         " tạm ứng quá hạn.", ["Các sở, ngành", "Ủy ban nhân dân các huyện, thành phố"]),
        ("Thủ trưởng các sở, ban, ngành phải kiểm điểm trách nhiệm cá nhân để xảy ra sai phạm.",
         ["Các sở, ban, ngành"]),
        ("Yêu cầu người đứng đầu các cơ quan, đơn vị chịu trách nhiệm nộp trả ngân sách các khoản sai phạm.",
         ["Các cơ quan, đơn vị"]),
    ],
)
# fmt: on
def test_extract_bodies_addressed_through_their_heads_act(text: str, bodies: list[str]) -> None:
    n = parse_notice(AUDIT_FOLLOW_UP.format(text=text), "x.txt")
    assert _assignees(n)[-1] == sorted(bodies)


# A body's task in a news story whose verb is "thông tin" with its manner ("thông tin kịp thời … tới …"), or
# "khuyến cáo", then a second body's after ";": both are tasks.

BORDER_NEWS = """Cổng Thông tin điện tử tỉnh Cao Bằng

Phó Chủ tịch UBND tỉnh kiểm tra tình hình xuất khẩu hàng hóa tại cửa khẩu Trà Lĩnh

Thứ ba, 15/02/2022 | 17:05

Sáng 14/02/2022, đồng chí Lê Hải Hòa, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp về tình trạng ùn ứ xe hàng tại cửa khẩu Trà Lĩnh.

Kết luận cuộc họp, Phó Chủ tịch UBND tỉnh yêu cầu Ban Quản lý Khu kinh tế tỉnh chủ trì làm việc với phía Trung Quốc để tăng số xe thông quan mỗi ngày.

{text}; Sở Giao thông vận tải phối hợp Công an tỉnh phân luồng phương tiện từ xa.

Ngọc Lan
"""


@pytest.mark.parametrize(
    "text",
    [
        "Sở Công Thương thông tin kịp thời tình hình cửa khẩu tới Bộ Công Thương và các tỉnh có nông sản",
        "Sở Công Thương khuyến cáo thương nhân tạm dừng đưa nông sản lên cửa khẩu",
    ],
)
def test_extract_a_news_clause_that_informs_or_advises_is_a_task(text: str) -> None:
    n = parse_notice(BORDER_NEWS.format(text=text), "x.html")
    assert "Sở Công Thương tỉnh Cao Bằng" in _tasked(n)
    assert "Sở Giao thông vận tải tỉnh Cao Bằng" in _tasked(n)


# A record opens with its parties: "… chúng tôi gồm:" over numbered groups ("1. Cảng vụ Hàng hải X", "2. Các cơ quan,
# đơn vị") with their members' lines. The groups and lines give no task; a bare post under a group's heading is
# the post of the body the heading names.

PORT_RECORD = """CỤC HÀNG HẢI VIỆT NAM
CẢNG VỤ HÀNG HẢI QUY NHƠN
BIÊN BẢN LÀM VIỆC
Về tình hình luồng hàng hải và tàu chờ cầu tại cảng Quy Nhơn
Hôm nay, vào lúc 14 giờ ngày 05/9/2020, tại trụ sở Cảng vụ Hàng hải Quy Nhơn, chúng tôi gồm:
1. Cảng vụ Hàng hải Quy Nhơn
- Ông Phan Văn Lực - Giám đốc, chủ trì;
- Ông Đặng Minh Tiến - Phó Giám đốc;
2. Các cơ quan, đơn vị
- Ông Trần Quốc Bảo - Giám đốc Công ty cổ phần Cảng Quy Nhơn;
- Đại diện Đồn Biên phòng Cửa khẩu cảng Quy Nhơn.
I. KẾT LUẬN
1. Công ty cổ phần Cảng Quy Nhơn xây dựng kế hoạch điều độ cầu bến, gửi Cảng vụ trước ngày 20/9/2020.
"""


def test_extract_a_records_parties_give_no_task() -> None:
    n = parse_notice(PORT_RECORD, "x.txt")
    assert _assignees(n) == [["Công ty cổ phần Cảng Quy Nhơn"]]


def test_extract_a_bare_post_under_a_numbered_party_is_that_bodys() -> None:
    n = parse_notice(PORT_RECORD, "x.txt")
    bodies = _post_bodies(n)
    assert bodies["Phan Văn Lực"] is not None and bodies["Phan Văn Lực"].startswith("Cảng vụ Hàng hải Quy Nhơn")
    assert bodies["Đặng Minh Tiến"] == bodies["Phan Văn Lực"]
    assert bodies["Trần Quốc Bảo"] == "Công ty cổ phần Cảng Quy Nhơn"


def test_extract_heads_only_held_to_account_get_no_task() -> None:
    """Guard (passes on the starting code too): the heads held to account to a superior for tasks given elsewhere
    ("… chịu trách nhiệm trước Chủ tịch UBND tỉnh về tiến độ …") give their group no task of its own."""
    text = (
        "Thủ trưởng các cơ quan, đơn vị được giao chủ trì chịu trách nhiệm trước Chủ tịch UBND tỉnh về tiến độ thực"
        " hiện các nhiệm vụ trên."
    )
    n = parse_notice(AUDIT_FOLLOW_UP.format(text=text), "x.txt")
    assert _assignees(n) == [["Thanh tra tỉnh Hà Nam"]]
