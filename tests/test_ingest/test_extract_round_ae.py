"""Who chairs, who attends or is absent, and who is given a task, in the ways round AE's unseen notices (energy and
water, foreign affairs and border gates, elections and censuses) wrote it, and round AD's leftover (a steering
board's members listed after its name).

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

from notice_checks import bodies_per_task as _assignees

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

BOARD = """UBND TỈNH BẠC LIÊU
BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG
Số: 27/TB-BCĐ
Bạc Liêu, ngày 12 tháng 3 năm 2024
THÔNG BÁO
Kết luận của Trưởng Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh tại cuộc họp Ban Chỉ đạo
"""


def _notice(text: str) -> Notice:
    return parse_notice(text, "x.txt")


def _persons(n: Notice) -> list[str]:
    return sorted(p.name for p in n.persons.values())


# "… Cùng dự có các thành viên Ban Chỉ đạo:" (or "Tham dự có các thành viên Ban Chỉ đạo:") closing the opening
# paragraph: the bare verb "chỉ đạo:" right after the board's head word "Ban" is the board's name, not the chair's
# lead-in to the conclusions; the list under it is of the members who attended.


def test_the_members_listed_after_a_steering_boards_name_and_a_colon_are_attendees() -> None:
    n = parse_notice(
        BOARD
        + "\nSáng ngày 08/3/2024, tại Hội trường UBND tỉnh, đồng chí Lâm Văn Tuấn, Phó Chủ tịch UBND tỉnh, Trưởng"
        " Ban Chỉ đạo chủ trì cuộc họp sơ kết Chương trình giảm nghèo bền vững. Tham dự có các thành viên Ban"
        " Chỉ đạo:\n\n"
        "| Họ và tên | Chức vụ trong Ban Chỉ đạo | Đơn vị công tác |\n"
        "|---|---|---|\n"
        "| Huỳnh Thị Lan | Ủy viên | Giám đốc Sở Lao động - Thương binh và Xã hội |\n"
        "| Tô Minh Khải | Ủy viên | Giám đốc Sở Nông nghiệp và Phát triển nông thôn |\n"
        "| Dương Văn Phúc | Ủy viên | Phó Giám đốc Sở Tài chính |\n\n"
        "Sau khi nghe báo cáo, Trưởng Ban Chỉ đạo kết luận như sau:\n\n"
        "1. Sở Lao động - Thương binh và Xã hội rà soát danh sách hộ nghèo cần hỗ trợ nhà ở, báo cáo trước ngày"
        " 30/3/2024.\n",
        "x.md",
    )
    assert _persons(n) == ["Dương Văn Phúc", "Huỳnh Thị Lan", "Lâm Văn Tuấn", "Tô Minh Khải"]


def _chairs(n: Notice) -> list[str]:
    return [n.persons[c].name for c in n.meeting.chairs]


# "A, Phó Chủ tịch Ủy ban bầu cử huyện chủ trì cuộc họp (đồng chí B, Chủ tịch Ủy ban bầu cử huyện đi công tác)": a
# deputy chairs, and the bracket after the chair mark says why; the committee's head named there is away, not a
# second chair.


def test_a_committee_head_named_as_away_in_brackets_after_the_chair_mark_is_no_chair() -> None:
    n = _notice(
        """ỦY BAN BẦU CỬ
HUYỆN MƯỜNG CHÀ
Số: 12/TB-UBBC
Mường Chà, ngày 05 tháng 4 năm 2021
THÔNG BÁO
Kết luận của Phó Chủ tịch Ủy ban bầu cử huyện tại cuộc họp Ủy ban bầu cử huyện
Ngày 02/4/2021, Phó Chủ tịch UBND huyện Lò Văn Hùng, Phó Chủ tịch Ủy ban bầu cử huyện chủ trì cuộc họp Ủy ban bầu"""
        " cử huyện (đồng chí Sùng A Páo, Chủ tịch HĐND huyện, Chủ tịch Ủy ban bầu cử huyện đi công tác). Dự họp có"
        " các thành viên Ủy ban bầu cử huyện.\n"
        "Sau khi nghe báo cáo, đồng chí chủ trì kết luận như sau:\n"
        "1. Phòng Nội vụ huyện tổng hợp kết quả niêm yết danh sách cử tri, báo cáo trước ngày 20/4/2021.\n"
    )
    assert _chairs(n) == ["Lò Văn Hùng"]


CENSUS = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG BÌNH
Số: 55/TB-UBND
Quảng Bình, ngày 10 tháng 3 năm 2019
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp Ban Chỉ đạo Tổng điều tra dân số và nhà ở
Ngày 08/3/2019, Phó Chủ tịch UBND tỉnh Trần Tiến Dũng chủ trì cuộc họp. Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh
 kết luận như sau:
"""


# "A (capacity, naming a board) chỉ đạo B …": brackets after the subject say in what capacity it acts ("(Trưởng Ban
# Chỉ đạo cấp huyện)", "(cơ quan thường trực Ban Chỉ đạo)"); the board named inside is not the subject, so A
# directs, and the body directed is not the assignee.


def test_a_subject_with_its_capacity_in_brackets_keeps_the_task_it_directs() -> None:
    n = _notice(
        CENSUS
        + "1. Cục Thống kê tỉnh (cơ quan thường trực Ban Chỉ đạo) chỉ đạo Chi cục Thống kê các huyện rà soát địa"
        " bàn điều tra, hoàn thành trước ngày 25/3/2019.\n"
    )
    assert _assignees(n) == [["Cục Thống kê tỉnh Quảng Bình"]]
