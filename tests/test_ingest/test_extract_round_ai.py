"""The chair, the absent and who acts on a task, in the ways round AI's unseen notices (emulation and rewards,
archives and religious affairs; minerals and sand mining; banking and the social policy bank) wrote them.

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

import pytest
from notice_checks import bodies_per_task as _assignees

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice


def _chairs(n: Notice) -> list[str]:
    return [n.persons[k].name for k in n.meeting.chairs]


def _absent(n: Notice) -> list[str]:
    return sorted(n.agencies[a].name for a in n.meeting.absent_agencies)


def _persons_tasked(n: Notice) -> list[list[str]]:
    return [[n.persons[p].name for p in d.assignees if p in n.persons] for d in n.directives]


# A notice may list the invited who did not come under a label of its own, "Mời nhưng không đến: …", or say it of
# a body, "… được mời nhưng không đến dự": the bodies so named are away, as after "Vắng mặt: …".

ARCHIVES = """SỞ NỘI VỤ TỈNH THÁI BÌNH
CHI CỤC VĂN THƯ - LƯU TRỮ
Số: 12/TB-CCVTLT
Thái Bình, ngày 10 tháng 6 năm 2016
THÔNG BÁO
Kết luận của Giám đốc Sở Nội vụ tại buổi làm việc về công tác lưu trữ
Sáng ngày 08/6/2016, ông Lê Văn Hùng, Giám đốc Sở Nội vụ chủ trì buổi làm việc với Chi cục Văn thư - Lưu trữ.
Tham dự: bà Trần Thị Mai, Chi cục trưởng Chi cục Văn thư - Lưu trữ; ông Nguyễn Văn Bình, Phó Chi cục trưởng Chi
cục Văn thư - Lưu trữ; đại diện Phòng Nội vụ huyện Vũ Thư.
{absence}
Giám đốc Sở kết luận:
1. Chi cục Văn thư - Lưu trữ xây dựng kế hoạch chỉnh lý tài liệu, trình Giám đốc Sở trong quý III/2016.
2. {person_task}
"""
_PERSON_TASK = "Giao Chi cục Văn thư - Lưu trữ hướng dẫn các cơ quan lập hồ sơ nộp lưu."


@pytest.mark.parametrize(
    ("absence", "absent"),
    [
        ("Mời nhưng không đến: Phòng Nội vụ huyện Kiến Xương.", ["Phòng Nội vụ huyện Kiến Xương"]),
        ("Phòng Nội vụ huyện Kiến Xương được mời nhưng không đến dự.", ["Phòng Nội vụ huyện Kiến Xương"]),
        (
            "Mời nhưng không đến: ông Lê Văn Hải, Trưởng phòng Nội vụ huyện Kiến Xương.",
            ["Phòng Nội vụ huyện Kiến Xương"],
        ),
        (
            "Được mời nhưng không đến: Phòng Nội vụ huyện Kiến Xương, Phòng Nội vụ huyện Tiền Hải.",
            ["Phòng Nội vụ huyện Kiến Xương", "Phòng Nội vụ huyện Tiền Hải"],
        ),
    ],
)
def test_the_invited_who_did_not_come_are_away(absence: str, absent: list[str]) -> None:
    n = parse_notice(ARCHIVES.format(absence=absence, person_task=_PERSON_TASK), "x.txt")
    assert _absent(n) == absent


# A council's member away "ủy quyền bằng văn bản" gave his vote in writing: no one sat in his place, so the body of
# his post is away ("Vắng mặt: ông A, Giám đốc Sở Xây dựng (có lý do, ủy quyền bằng văn bản)"). Written to the one he
# sent ("… bằng văn bản cho Phó Giám đốc Sở dự họp"), someone did.

COUNCIL = """UBND TỈNH HÀ TĨNH
HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG
Số: 05/BB-HĐTĐKT
Hà Tĩnh, ngày 10 tháng 11 năm 2024
BIÊN BẢN
Họp Hội đồng Thi đua - Khen thưởng tỉnh xét danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2024
Hôm nay, ngày 08 tháng 11 năm 2024, tại UBND tỉnh, Hội đồng Thi đua - Khen thưởng tỉnh họp xét khen thưởng.
I. THÀNH PHẦN
1. Chủ tọa: ông Trần Văn Long, Phó Chủ tịch UBND tỉnh, Phó Chủ tịch Thường trực Hội đồng.
2. Thành viên có mặt: ông Lê Minh Đức, Giám đốc Sở Nội vụ; bà Nguyễn Thị Hạnh, Phó Giám đốc Sở Tài chính.
Vắng mặt: ông Phạm Quang Vinh, Giám đốc Sở Xây dựng (có lý do, {proxy}); đại diện Sở Y tế.
3. Thư ký: bà Hồ Thị Lan, Trưởng ban Ban Thi đua - Khen thưởng.
II. KẾT LUẬN CỦA CHỦ TỌA
1. Ban Thi đua - Khen thưởng hoàn thiện hồ sơ, trình Chủ tịch UBND tỉnh trước ngày 20/11/2024.
"""


@pytest.mark.parametrize("proxy", ["ủy quyền bằng văn bản", "uỷ quyền bằng văn bản"])
def test_a_member_away_who_voted_in_writing_leaves_his_body_away(proxy: str) -> None:
    n = parse_notice(COUNCIL.format(proxy=proxy), "x.txt")
    assert _absent(n) == ["Sở Xây dựng tỉnh Hà Tĩnh", "Sở Y tế tỉnh Hà Tĩnh"]


def test_a_member_away_who_sent_someone_in_writing_leaves_his_body_represented() -> None:
    # guard: the proxy goes on to the one sent
    n = parse_notice(COUNCIL.format(proxy="ủy quyền bằng văn bản cho Phó Giám đốc Sở dự họp"), "x.txt")
    assert _absent(n) == ["Sở Y tế tỉnh Hà Tĩnh"]


# A lettered or numbered item may open with the person who does it and an adverb of manner before his verb ("d) Ông
# A trực tiếp theo dõi, đôn đốc …", "2. Bà B thường xuyên kiểm tra …"): the task is his, as with no adverb, not his
# post's body's.


@pytest.mark.parametrize(
    ("task", "person"),
    [
        (
            "Ông Nguyễn Văn Bình trực tiếp theo dõi, đôn đốc các cơ quan giao nộp hồ sơ, báo cáo Giám đốc Sở hằng quý.",
            "Nguyễn Văn Bình",
        ),
        ("Bà Trần Thị Mai thường xuyên kiểm tra việc chỉnh lý tài liệu tại các cơ quan.", "Trần Thị Mai"),
    ],
)
def test_a_person_opening_an_item_with_an_adverb_before_his_verb_acts(task: str, person: str) -> None:
    n = parse_notice(ARCHIVES.format(absence="", person_task=task), "x.txt")
    assert _persons_tasked(n)[-1] == [person]
    assert _assignees(n)[-1] == []


# Two leaders of different bodies chair together, "A, <post> (<short form>) và B, <post> đồng chủ trì": the short
# form of A's body in brackets closes A's post, and A chairs as B does.

CO_CHAIRED = """NGÂN HÀNG NHÀ NƯỚC VIỆT NAM
CHI NHÁNH KHU VỰC 5
Số: 45/TB-KV5
Cần Thơ, ngày 20 tháng 02 năm 2026
THÔNG BÁO
Kết luận tại buổi làm việc về tín dụng phục vụ xây dựng nông thôn mới
Ngày 17/02/2026, tại trụ sở UBND tỉnh, ông Trần Quốc Bảo, Giám đốc Ngân hàng Nhà nước Chi nhánh Khu vực 5 {short}
và bà Lê Thị Thu Hà, Phó Chủ tịch UBND tỉnh Vĩnh Long đồng chủ trì buổi làm việc với các tổ chức tín dụng.
Tham dự có ông Nguyễn Văn Tâm, Giám đốc Sở Tài chính tỉnh Vĩnh Long.
Kết luận buổi làm việc:
1. Sở Tài chính tham mưu UBND tỉnh bố trí vốn ủy thác qua Ngân hàng Chính sách xã hội trong quý II/2026.
"""


@pytest.mark.parametrize("short", ["(NHNN Khu vực 5)", "(NHNN KV5)"])
def test_a_co_chair_whose_post_ends_in_a_short_form_chairs(short: str) -> None:
    n = parse_notice(CO_CHAIRED.format(short=short), "x.txt")
    assert _chairs(n) == ["Trần Quốc Bảo", "Lê Thị Thu Hà"]


# An older Văn phòng notice names its chair as the one who "đã họp với" the bodies in its opening, with no "chủ trì"
# ("đồng chí A - Phó Chủ tịch UBND tỉnh đã họp với Sở …, Công an tỉnh, UBND huyện …"), as "làm việc với" does.

MET_WITH = """UBND TỈNH BẮC NINH
VĂN PHÒNG
Số: 88/TB-VP
Bắc Ninh, ngày 12 tháng 5 năm 2008
THÔNG BÁO
Ý kiến kết luận của đồng chí Trần Văn Lâm - Phó Chủ tịch UBND tỉnh về quản lý khai thác cát sông Đuống
Sáng ngày 09/5/2008, đồng chí Trần Văn Lâm - Phó Chủ tịch UBND tỉnh {verb} Sở Tài nguyên và Môi trường, Công an
tỉnh, UBND huyện Gia Bình về công tác quản lý khai thác cát. Ông Nguyễn Văn Hải, Giám đốc Sở Tài nguyên và Môi
trường báo cáo tình hình.
Sau khi nghe báo cáo, đồng chí Phó Chủ tịch UBND tỉnh kết luận:
Sở Tài nguyên và Môi trường phối hợp Công an tỉnh kiểm tra, xử lý các bến bãi trái phép trong tháng 5/2008.
"""


@pytest.mark.parametrize("verb", ["đã họp với", "họp với", "đã họp bàn với"])
def test_the_leader_who_met_with_the_bodies_chairs(verb: str) -> None:
    n = parse_notice(MET_WITH.format(verb=verb), "x.txt")
    assert _chairs(n) == ["Trần Văn Lâm"]


# A news story reports what a participant asked for before the chair concludes: "Bà A, Phó Cục trưởng Cục Thuế tỉnh
# đề nghị các huyện …" opens with a named person who is not the chair and his verb of proposing. His proposal is no
# task; the chair's own "đề nghị" after it is.

STORY = """Cổng thông tin điện tử tỉnh Gia Lai
Tháo gỡ vướng mắc trong đấu giá quyền khai thác khoáng sản
22/05/2024 16:10
(Gia Lai) - Sáng 22/5, Phó Chủ tịch UBND tỉnh Nguyễn Hữu Quế chủ trì cuộc họp về đấu giá quyền khai thác khoáng
sản làm vật liệu xây dựng thông thường.
Dự cuộc họp có lãnh đạo Sở Tài nguyên và Môi trường, Sở Xây dựng, Cục Thuế tỉnh và UBND các huyện.
{speaker} {verb} các huyện phối hợp đôn đốc doanh nghiệp nộp tiền cấp quyền khai thác khoáng sản còn nợ đọng.
Kết luận cuộc họp, Phó Chủ tịch UBND tỉnh Nguyễn Hữu Quế đề nghị Sở Tài nguyên và Môi trường khẩn trương hoàn thiện
hồ sơ đấu giá 3 mỏ còn lại, hoàn thành trong quý III/2024.
"""


@pytest.mark.parametrize(
    ("speaker", "verb"),
    [
        ("Ông Trần Văn Hòa, Phó Cục trưởng Cục Thuế tỉnh", "đề nghị"),
        ("Ông Lê Văn Nam - Chủ tịch UBND huyện Chư Prông", "đề nghị"),
    ],
)
def test_a_participants_proposal_in_a_story_is_no_task(speaker: str, verb: str) -> None:
    n = parse_notice(STORY.format(speaker=speaker, verb=verb), "x.txt")
    assert _assignees(n) == [["Sở Tài nguyên và Môi trường tỉnh Gia Lai"]]


def test_the_chairs_own_proposal_in_a_story_is_a_task() -> None:
    # guard: the chair named at the sentence's head asks
    n = parse_notice(
        STORY.format(speaker="Ông Nguyễn Hữu Quế, Phó Chủ tịch UBND tỉnh", verb="đề nghị"), "x.txt"
    )
    assert len(n.directives) == 2


# A record of an inspection lists its team under a heading of the team ("I. ĐOÀN KIỂM TRA") one member a line: "2.
# Ông A - Trưởng phòng Khoáng sản - Phó Trưởng đoàn;". A line that is only a person, his posts and his place in the
# team gives no one a task.

TEAM = """UBND TỈNH NINH BÌNH
SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
ĐOÀN KIỂM TRA
Ninh Bình, ngày 14 tháng 9 năm 2017
BIÊN BẢN KIỂM TRA
Hoạt động khai thác khoáng sản tại mỏ đá vôi xã Gia Thanh, huyện Gia Viễn
Hôm nay, hồi 9 giờ ngày 14 tháng 9 năm 2017, tại mỏ đá vôi xã Gia Thanh, chúng tôi gồm:
I. ĐOÀN KIỂM TRA
1. Ông Đinh Văn Toàn - Phó Giám đốc Sở Tài nguyên và Môi trường - Trưởng đoàn;
2. Ông Lã Văn Quang - Trưởng phòng Khoáng sản - Phó Trưởng đoàn;
3. Bà Phạm Thị Nga - Chuyên viên Chi cục Bảo vệ môi trường - Thành viên.
II. KẾT LUẬN VÀ YÊU CẦU
1. Phòng Khoáng sản tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 30/9/2017.
"""


def test_the_lines_of_a_teams_members_are_no_tasks() -> None:
    n = parse_notice(TEAM, "x.txt")
    assert _assignees(n) == [["Phòng Khoáng sản"]]


def test_a_host_leaders_proposal_after_the_conclusions_have_begun_is_a_task() -> None:
    # guard: once the chair has handed out a task, a leader of the host body asking its unit goes on with them
    text = STORY.replace(
        "{speaker} {verb} các huyện phối hợp đôn đốc doanh nghiệp nộp tiền cấp quyền khai thác khoáng sản còn nợ đọng.\n",
        "",
    )
    text += "Ông Trần Văn Hòa, Phó Giám đốc Sở Tài nguyên và Môi trường đề nghị Phòng Khoáng sản rà soát hồ sơ các mỏ.\n"
    n = parse_notice(text, "x.txt")
    assert len(n.directives) == 2
