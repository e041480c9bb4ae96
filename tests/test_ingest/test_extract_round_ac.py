"""Who is given a task, attends or holds a post, in the ways round AC's unseen notices (and round AB's leftovers)
wrote it.

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

PROVINCE = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 215/TB-UBND
Quảng Ngãi, ngày 14 tháng 5 năm 2024
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh Đặng Văn Minh tại cuộc họp về tiến độ Dự án đường ven biển
"""


def _notice(text: str) -> Notice:
    return parse_notice(text, "x.txt")


def _assignees(n: Notice) -> list[list[str]]:
    return [sorted(n.agencies[a].name for a in d.assignees if a in n.agencies) for d in n.directives]


def _posts(n: Notice) -> dict[str, list[tuple[str, str | None]]]:
    return {
        p.name: [
            (x.role, n.agencies[x.agency].name if x.agency in n.agencies else None)
            for x in n.posts
            if x.person == k
        ]
        for k, p in n.persons.items()
    }


# "a) Về <chủ đề>: <cơ quan> <động từ> …": an item that opens on its topic, then the body that acts. After the
# colon the body opens the item as it would without the topic, whatever its verb ("huy động", "tăng thời lượng"
# are in no list of task verbs); a body that only says or lags ("cho biết", "còn chậm") is reported.


def test_a_body_after_an_items_topic_takes_the_task_whatever_its_verb() -> None:
    n = _notice(
        PROVINCE
        + "Ngày 12/5/2024, Phó Chủ tịch UBND tỉnh Đặng Văn Minh chủ trì cuộc họp. Sau khi nghe báo cáo,"
        " Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "a) Về thi công: Tổng công ty Xây dựng Lũng Lô huy động thêm nhân lực, máy móc, bảo đảm hoàn thành nền đường"
        " trước ngày 30/9/2024.\n"
        "b) Về tuyên truyền: Đài Phát thanh - Truyền hình tỉnh tăng thời lượng đưa tin về dự án.\n"
        "c) Về tình hình giải ngân: Sở Tài chính cho biết đã giải ngân 45% kế hoạch vốn.\n"
    )
    assert _assignees(n) == [
        ["Tổng công ty Xây dựng Lũng Lô"],
        ["Đài Phát thanh - Truyền hình tỉnh Quảng Ngãi"],
    ]
    assert n.directives[0].due is not None and n.directives[0].due.value == "2024-09-30"


# "… chủ trì cuộc họp … . Tham dự cuộc họp có:" closing the opening paragraph, then a dashed list: the list is of the
# attendees (not of the body's text), so "- Lãnh đạo <công ty>: ông A, <chức vụ>; ông B, <chức vụ>" gives each
# of them a post in the company named before the colon.


def test_a_list_after_an_opening_that_ends_on_tham_du_co_is_of_attendees() -> None:
    n = _notice(
        PROVINCE
        + "Ngày 12/5/2024, tại công trường, Phó Chủ tịch UBND tỉnh Đặng Văn Minh chủ trì cuộc họp kiểm tra"
        " tiến độ Dự án. Tham dự cuộc họp có:\n"
        "- Lãnh đạo Sở Giao thông vận tải, Sở Tài chính;\n"
        "- Lãnh đạo Công ty Cổ phần Đầu tư Xây dựng Miền Trung: ông Hà Văn Khải, Chủ tịch Hội đồng quản trị;"
        " ông Lưu Quang Tiến, Tổng Giám đốc;\n"
        "Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
        "1. Sở Giao thông vận tải kiểm tra chất lượng công trình.\n"
    )
    assert _posts(n)["Lưu Quang Tiến"] == [("Tổng Giám đốc", "Công ty Cổ phần Đầu tư Xây dựng Miền Trung")]
    assert _assignees(n) == [["Sở Giao thông vận tải tỉnh Quảng Ngãi"]]
