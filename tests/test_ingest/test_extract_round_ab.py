"""Who is given a task, chairs or is absent, in the ways round AB's unseen notices wrote it, and the leftovers of
round AA.

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

PROVINCE = """ỦY BAN NHÂN DÂN
TỈNH GIA LAI
Số: 412/TB-UBND
Gia Lai, ngày 10 tháng 10 năm 2025
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh Phan Văn Tư tại cuộc họp về giải ngân vốn đầu tư công
Ngày 08/10/2025, Phó Chủ tịch UBND tỉnh Phan Văn Tư chủ trì cuộc họp. Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh
kết luận như sau:
"""


def _notice(text: str) -> Notice:
    return parse_notice(text, "x.txt")


def _assignees(n: Notice) -> list[list[str]]:
    return [sorted(n.agencies[a].name for a in d.assignees if a in n.agencies) for d in n.directives]


def test_the_members_named_after_giao_cac_so_and_its_colon_each_take_the_task() -> None:
    n = _notice(
        PROVINCE
        + "1. Giao các Sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường rà soát hồ sơ các dự án chậm giải ngân,"
        " báo cáo UBND tỉnh trước ngày 20/10/2025.\n"
        "2. Giao các sở: TC, NV phối hợp với UBND các xã kiểm tra công tác bồi thường.\n"
        "3. Giao các sở, ngành: Xây dựng, Công an tỉnh kiểm tra an toàn công trình.\n"
    )
    assert _assignees(n) == [
        [
            "Sở Nông nghiệp và Môi trường tỉnh Gia Lai",
            "Sở Tài chính tỉnh Gia Lai",
            "Sở Xây dựng tỉnh Gia Lai",
        ],
        ["Sở Nội vụ tỉnh Gia Lai", "Sở Tài chính tỉnh Gia Lai"],
        ["Công an tỉnh Gia Lai", "Sở Xây dựng tỉnh Gia Lai"],
    ]
    assert n.directives[0].due is not None and n.directives[0].due.value == "2025-10-20"
