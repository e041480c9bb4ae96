"""Rules prompted by the fifth round of unseen notices (central and Party bodies, other sectors, 2025 units).

Snippets written for these tests (officials invented; bodies and places real), each with other names than the
notice that showed the error.
"""

from __future__ import annotations

from ketluan.ingest.extract import parse_notice

HEAD = """SỞ Y TẾ TỈNH THÁI BÌNH
Số: 88/TB-SYT
Thái Bình, ngày 20 tháng 10 năm 2017
THÔNG BÁO
Kết luận của Giám đốc Sở tại Hội nghị giao ban quý III năm 2017
Ngày 18/10/2017, Sở Y tế tổ chức Hội nghị giao ban quý III năm 2017. Ông Đỗ Văn Minh, Giám đốc Sở chủ trì.
"""


def _assignees(notice):
    return [notice.agencies[a].name for d in notice.directives for a in d.assignees]


def test_a_long_heading_over_its_items_ends_the_review():
    text = HEAD + (
        "1. Đánh giá chung\n"
        "Trong quý III, các đơn vị đã hoàn thành cơ bản các chỉ tiêu đề ra.\n"
        "2. Nhiệm vụ trọng tâm quý IV và phân công thực hiện của các đơn vị\n"
        "- Giao Phòng Nghiệp vụ Dược kiểm tra các nhà thuốc trên địa bàn, hoàn thành trước ngày 15/12/2017.\n"
        "- Giao Văn phòng Sở tổng hợp báo cáo năm 2017 trước ngày 20/12/2017.\n"
    )
    notice = parse_notice(text, "giaoban.txt")
    assert [n.split(" Sở ")[0] for n in _assignees(notice)] == ["Phòng Nghiệp vụ Dược", "Văn phòng"]


def test_a_long_numbered_item_followed_by_the_next_item_is_a_task():
    text = HEAD + (
        "Giám đốc Sở kết luận như sau:\n"
        "1. Chỉ đạo Phòng Nghiệp vụ Y tăng cường kiểm tra công tác khám chữa bệnh tại các bệnh viện tuyến huyện\n"
        "2. Văn phòng Sở tổng hợp báo cáo kết quả trước ngày 20/12/2017.\n"
    )
    notice = parse_notice(text, "giaoban.txt")
    assert any(n.startswith("Phòng Nghiệp vụ Y") for n in _assignees(notice))
