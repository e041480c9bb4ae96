"""Who is given a task, chairs or is absent, in the ways round AB's unseen notices wrote it, and the leftovers of
round AA.

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

from notice_checks import task_of as _task

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


# 1. "Sau khi nghe ý kiến của các đại biểu (dự họp), <người>, <chức vụ> kết luận như sau:" after the attendee list:
# the delegates are whose views were heard; the line is the conclusions' lead-in, not a second list of attendees,
# and the numbered items after it are tasks.

DEPARTMENT = """UBND TỈNH LONG AN
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 145/TB-SGDĐT
Long An, ngày 08 tháng 3 năm 2021
THÔNG BÁO
Kết luận cuộc họp về công tác chuẩn bị kỳ thi tuyển sinh lớp 10 năm học 2021 - 2022
Sáng ngày 05/3/2021, Sở Giáo dục và Đào tạo tổ chức cuộc họp về công tác chuẩn bị kỳ thi tuyển sinh lớp 10.
Thành phần tham dự gồm:
- Bà Võ Thị Hồng Nhung, Giám đốc Sở (chủ trì);
- Ông Trần Quốc Việt, Trưởng phòng Khảo thí và Quản lý chất lượng giáo dục;
- Đại diện Công an tỉnh, Sở Y tế.
{lead}
1. Giao Phòng Khảo thí và Quản lý chất lượng giáo dục xây dựng kế hoạch tổ chức kỳ thi, trình Giám đốc Sở trước
ngày 20/3/2021.
2. Đề nghị Công an tỉnh bảo đảm an ninh, an toàn tại các điểm thi.
Sở Giáo dục và Đào tạo thông báo để các đơn vị biết, thực hiện./.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Văn Hải
"""


def test_the_delegates_heard_before_the_lead_in_make_no_attendee_list() -> None:
    for lead in (
        "Sau khi nghe ý kiến của các đại biểu, bà Võ Thị Hồng Nhung, Giám đốc Sở kết luận như sau:",
        "Sau khi nghe báo cáo và ý kiến phát biểu của các đại biểu dự họp, Giám đốc Sở kết luận và chỉ đạo như sau:",
    ):
        n = _notice(DEPARTMENT.format(lead=lead))
        acting, _, due = _task(n, "Giao Phòng Khảo thí")
        assert acting == ["Phòng Khảo thí và Quản lý chất lượng giáo dục"], lead
        assert due == "2021-03-20"
        assert _task(n, "Đề nghị Công an tỉnh")[0] == ["Công an tỉnh Long An"]
