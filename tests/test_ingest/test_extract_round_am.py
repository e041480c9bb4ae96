"""Who acts on a task and who only speaks, in the ways round AM's unseen notices (epidemics, vaccination and food
safety; schools, exams and vocational training; ethnic affairs, mass mobilisation, the Fatherland Front) wrote them.

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

import pytest
from notice_checks import bodies_per_task as _assignees
from notice_checks import bodies_tasked as _tasked

from ketluan.ingest.extract import parse_notice

# A board that runs a field day to day (a management board of industrial or economic zones, of a project, of a
# market; an ethnic affairs board) is told to act like a Sở: "Ban Quản lý … yêu cầu các doanh nghiệp …" is its task
# (it requires it of the firms under it), not the meeting's voice as "Ban Chỉ đạo yêu cầu …" is.

FOOD_SAFETY = """UBND TỈNH BÌNH DƯƠNG
BAN CHỈ ĐẠO LIÊN NGÀNH
VỀ AN TOÀN THỰC PHẨM
Số: 12/TB-BCĐ
Bình Dương, ngày 20 tháng 12 năm 2024
THÔNG BÁO
Kết luận của Trưởng Ban Chỉ đạo tại Hội nghị triển khai công tác bảo đảm an toàn thực phẩm Tết Nguyên đán
Ngày 18/12/2024, đồng chí Nguyễn Văn Lộc, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị. Trưởng Ban
Chỉ đạo kết luận như sau:
1. Sở Y tế chủ trì thành lập các đoàn kiểm tra liên ngành, báo cáo kết quả trước ngày 20/02/2025.
2. {text}
"""


# fmt: off
@pytest.mark.parametrize(
    ("text", "body", "due"),
    [
        ("Ban Quản lý các khu công nghiệp tỉnh yêu cầu các doanh nghiệp có bếp ăn tập thể tự kiểm tra, ký cam kết"
         " bảo đảm an toàn thực phẩm; hoàn thành trong tháng 01/2025.",
         "Ban Quản lý các khu công nghiệp tỉnh Bình Dương", "2025-01"),
        ("Ban Quản lý Khu kinh tế tỉnh yêu cầu các doanh nghiệp trong khu kinh tế tự kiểm tra bếp ăn tập thể, xong"
         " trước ngày 15/01/2025.", "Ban Quản lý Khu kinh tế tỉnh Bình Dương", "2025-01-15"),
    ],
)
# fmt: on
def test_extract_a_standing_board_that_requires_it_of_others_acts(text: str, body: str, due: str) -> None:
    n = parse_notice(FOOD_SAFETY.format(text=text), "x.txt")
    last = n.directives[-1]
    assert [n.agencies[a].name for a in last.assignees if a in n.agencies] == [body]
    assert last.due is not None and last.due.value == due


def test_extract_a_steering_board_asking_is_still_the_meetings_voice() -> None:
    """Guard (passes on the starting code too): a steering board asks in the meeting's voice; the body asked acts."""
    text = "Ban Chỉ đạo yêu cầu Sở Công Thương chỉ đạo Chi cục Quản lý thị trường tăng cường kiểm soát thị trường."
    n = parse_notice(FOOD_SAFETY.format(text=text), "x.txt")
    assert "Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Bình Dương" not in _assignees(n)[-1]
    assert "Sở Công Thương tỉnh Bình Dương" in _assignees(n)[-1]


# In a news story of a dialogue (with those of standing among an ethnic group, with voters), a citizen named by
# "Ông/Bà" and what he is ("Già làng", "người có uy tín", "cử tri", "trưởng thôn") who "đề nghị" the province
# something petitions: no task, and the commune in his description is his address, not a body asked.

DIALOGUE_NEWS = """Cổng Thông tin điện tử tỉnh Đắk Nông

Chủ tịch UBND tỉnh đối thoại với người có uy tín trong đồng bào dân tộc thiểu số

Thứ sáu, 16/09/2022 | 09:30

Sáng 15/9, đồng chí Hồ Văn Mười, Chủ tịch UBND tỉnh chủ trì hội nghị đối thoại với 150 người có uy tín trên địa bàn tỉnh.

Cùng dự có đồng chí Điểu Văn Lâm - Trưởng Ban Dân tộc tỉnh; lãnh đạo Ban Dân vận Tỉnh ủy và UBND các huyện, thành phố.

Tại hội nghị, các đại biểu phản ánh nhiều tâm tư, nguyện vọng. {text}

Phát biểu kết luận, Chủ tịch UBND tỉnh yêu cầu Ban Dân tộc tỉnh tổng hợp các kiến nghị, báo cáo UBND tỉnh trước ngày 30/9/2022.
"""


@pytest.mark.parametrize(
    "text",
    [
        "Ông Y Bhin Niê, già làng buôn Bu Đắk, xã Đắk Buk So đề nghị tỉnh sớm hỗ trợ kinh phí sửa nhà văn hóa.",
        "Bà Thị Hoa, người có uy tín bon Bu Prăng, xã Quảng Trực đề nghị tỉnh hỗ trợ kinh phí làm đường vào bon.",
    ],
)
def test_extract_a_citizens_request_at_a_dialogue_is_no_task(text: str) -> None:
    n = parse_notice(DIALOGUE_NEWS.format(text=text), "x.html")
    assert _tasked(n) == ["Ban Dân tộc tỉnh Đắk Nông"]


# The members' lines of a record's team end on the member's seat after a comma ("…, thành viên;"), though his
# post names a unit the post reader does not take whole ("Phòng Kế hoạch - Tài chính", "Phòng Giáo dục phổ thông -
# Giáo dục dân tộc"): a line of the list, no task for the team.

SCHOOL_CHECK = """UBND TỈNH ĐIỆN BIÊN
SỞ GIÁO DỤC VÀ ĐÀO TẠO
ĐOÀN KIỂM TRA
Số: 03/BB-ĐKT
Mường Nhé, ngày 10 tháng 11 năm 2025
BIÊN BẢN KIỂM TRA
Công tác bán trú tại Trường PTDTBT THCS Sín Thầu
Hôm nay, ngày 10/11/2025, tại Trường PTDTBT THCS Sín Thầu, Đoàn kiểm tra tiến hành kiểm tra, gồm:
A. ĐOÀN KIỂM TRA
1. Ông Lò Văn Pấng - Phó Giám đốc Sở GD&ĐT, Trưởng đoàn;
2. Bà Lường Thị Hoa - Chuyên viên Phòng Kế hoạch - Tài chính, thành viên;
3. Ông Cà Văn Khánh - Phó Trưởng phòng Giáo dục phổ thông - Giáo dục thường xuyên, thành viên;
B. ĐƠN VỊ ĐƯỢC KIỂM TRA
1. Ông Vừ A Dính - Hiệu trưởng Trường PTDTBT THCS Sín Thầu.
C. KẾT LUẬN VÀ KIẾN NGHỊ
1. Trường PTDTBT THCS Sín Thầu điều chỉnh thực đơn, công khai tài chính bữa ăn hằng tháng trước ngày 30/11/2025.
"""


def test_extract_a_members_line_ending_on_his_seat_is_no_task() -> None:
    n = parse_notice(SCHOOL_CHECK, "x.txt")
    assert _tasked(n) == ["Trường PTDTBT THCS Sín Thầu"]


# A visiting team received by a host named before it ("PCT X đã có buổi làm việc với Đoàn công tác của [body] do ông
# Y, [title] làm trưởng đoàn"): Y leads the team received, a guest; the host holds the meeting.

AUDIT_VISIT_NEWS = """Cổng Thông tin điện tử tỉnh Phú Yên

Phó Chủ tịch UBND tỉnh làm việc với Đoàn công tác của Kiểm toán Nhà nước khu vực III

Thứ ba, 15/06/2021 | 10:15

Chiều 14/6, Phó Chủ tịch UBND tỉnh Trần Hữu Thế đã có buổi làm việc với {team} do ông Phạm Văn Đông, Kiểm toán trưởng làm trưởng đoàn, về tình hình thực hiện kiến nghị kiểm toán.

Kết luận buổi làm việc, Phó Chủ tịch UBND tỉnh yêu cầu Sở Tài chính tổng hợp tình hình thực hiện kiến nghị kiểm toán, báo cáo UBND tỉnh trước ngày 30/6/2021.
"""


@pytest.mark.parametrize(
    "team", ["Đoàn công tác của Kiểm toán Nhà nước khu vực III", "Đoàn kiểm toán của Kiểm toán Nhà nước khu vực III"]
)
def test_extract_the_leader_of_a_team_received_is_no_chair(team: str) -> None:
    n = parse_notice(AUDIT_VISIT_NEWS.format(team=team), "x.html")
    assert [n.persons[c].name for c in n.meeting.chairs] == ["Trần Hữu Thế"]


def test_extract_a_team_leader_named_first_still_leads_the_visit() -> None:
    """Guard (passes on the starting code too): the team's leader named first, the team then works with others."""
    text = AUDIT_VISIT_NEWS.replace(
        "Phó Chủ tịch UBND tỉnh Trần Hữu Thế đã có buổi làm việc với {team} do ông Phạm Văn Đông, Kiểm toán trưởng"
        " làm trưởng đoàn,",
        "Đoàn công tác của Sở Tài chính do ông Phạm Văn Đông, Giám đốc Sở Tài chính làm trưởng đoàn đã làm việc với"
        " UBND huyện Sông Hinh",
    )
    n = parse_notice(text, "x.html")
    assert [n.persons[c].name for c in n.meeting.chairs] == ["Phạm Văn Đông"]
