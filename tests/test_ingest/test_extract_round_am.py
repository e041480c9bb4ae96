"""Who acts on a task and who only speaks, in the ways round AM's unseen notices (epidemics, vaccination and food
safety; schools, exams and vocational training; ethnic affairs, mass mobilisation, the Fatherland Front) wrote them.

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice


def _assignees(n: Notice) -> list[list[str]]:
    return [sorted(n.agencies[a].name for a in d.assignees if a in n.agencies) for d in n.directives]


def _tasked(n: Notice) -> list[str]:
    return sorted({n.agencies[a].name for d in n.directives for a in d.assignees if a in n.agencies})


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
