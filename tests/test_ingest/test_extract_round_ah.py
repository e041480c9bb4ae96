"""The chair, the tasks and who acts on them, in the ways round AH's unseen notices (fisheries and the sea; press,
information and communications; science, technology and innovation) wrote them.

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

import pytest
from notice_checks import bodies_per_task as _assignees

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import read_notice_bytes
from ketluan.ingest.records import Notice


def _chairs(n: Notice) -> list[str]:
    return [n.persons[k].name for k in n.meeting.chairs]


# A deputy who chairs in the head's name says so between his post and the verb: "đồng chí X - Phó Giám đốc Sở, theo
# ủy quyền của Giám đốc Sở, chủ trì …", "…, thừa ủy quyền của Chủ tịch UBND tỉnh, đã chủ trì …". The clause is how
# he came to chair; he is still the one who chairs.

DELEGATED = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
TỈNH BÌNH THUẬN
Số: 415/TB-STNMT
Bình Thuận, ngày 22 tháng 3 năm 2021
THÔNG BÁO
Kết luận của Phó Giám đốc Sở tại buổi làm việc về quản lý khai thác cát ven biển
Ngày 19/3/2021, tại Sở Tài nguyên và Môi trường, đồng chí Huỳnh Văn Lợi - Phó Giám đốc Sở, {clause}, {verb} buổi
làm việc với UBND thị xã La Gi và UBND huyện Tuy Phong. Tham dự có đồng chí Trần Thị Kim Oanh - Chi cục trưởng
Chi cục Biển và Hải đảo.
Sau khi nghe báo cáo, Phó Giám đốc Sở kết luận:
1. Giao Chi cục Biển và Hải đảo kiểm tra các điểm khai thác cát, báo cáo trước ngày 15/4/2021.
"""


@pytest.mark.parametrize(
    ("clause", "verb"),
    [
        ("theo ủy quyền của Giám đốc Sở", "chủ trì"),
        ("thừa ủy quyền Giám đốc Sở", "đã chủ trì"),
        ("được sự phân công của Giám đốc Sở", "chủ trì"),
        ("theo uỷ quyền của Giám đốc", "chủ trì"),
        ("được Giám đốc Sở ủy quyền", "đã chủ trì"),
    ],
)
def test_a_deputy_chairing_in_the_heads_name_is_the_chair(clause: str, verb: str) -> None:
    n = parse_notice(DELEGATED.format(clause=clause, verb=verb), "x.txt")
    assert _chairs(n) == ["Huỳnh Văn Lợi"]


def test_a_delegation_clause_with_no_comma_before_the_verb_leaves_the_deputy_chair() -> None:
    # "…, theo sự phân công của Giám đốc Sở đã chủ trì …": the clause runs on to the verb
    n = parse_notice(
        DELEGATED.replace("{clause}, {verb}", "theo sự phân công của Giám đốc Sở đã chủ trì"), "x.txt"
    )
    assert _chairs(n) == ["Huỳnh Văn Lợi"]


def _persons_tasked(n: Notice) -> list[list[str]]:
    return [[n.persons[p].name for p in d.assignees if p in n.persons] for d in n.directives]


# A research council's record names the project's leader once, in a field ("2. Chủ nhiệm nhiệm vụ: ThS. X") or
# after the name ("TS. X, chủ nhiệm đề tài"), then asks "Chủ nhiệm nhiệm vụ và Trường Y tiếp thu …": the leader and
# the host body act together, the task opening with the role and no "giao" or "đề nghị".

ACCEPTANCE = """SỞ KHOA HỌC VÀ CÔNG NGHỆ
TỈNH LÂM ĐỒNG
HỘI ĐỒNG TƯ VẤN NGHIỆM THU
Lâm Đồng, ngày 09 tháng 11 năm 2019
BIÊN BẢN HỌP HỘI ĐỒNG NGHIỆM THU NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ CẤP TỈNH
1. Tên nhiệm vụ: Nghiên cứu chọn tạo giống hoa lan Hồ Điệp thích nghi với điều kiện Đà Lạt.
2. Chủ nhiệm nhiệm vụ: ThS. Đặng Thị Bích Ngọc.
3. Tổ chức chủ trì: Trường Đại học Đà Lạt.
4. Thời gian họp: 14 giờ 00 ngày 07/11/2019 tại Sở Khoa học và Công nghệ.
Chủ tịch Hội đồng: PGS.TS. Trương Văn Khải - Phó Hiệu trưởng Trường Đại học Nông Lâm.
C. Kết luận của Hội đồng
1. Nhiệm vụ được đánh giá ở mức Đạt.
2. Những việc cần làm tiếp:
{task}
- Phòng Quản lý khoa học thẩm định hồ sơ, trình Giám đốc Sở công nhận kết quả.
"""


def test_a_project_leader_and_host_body_opening_a_task_both_act() -> None:
    n = parse_notice(
        ACCEPTANCE.format(
            task="- Chủ nhiệm nhiệm vụ và Trường Đại học Đà Lạt tiếp thu ý kiến của Hội đồng, hoàn thiện báo cáo"
            " tổng kết, nộp về Sở trước ngày 30/11/2019."
        ),
        "x.txt",
    )
    first = n.directives[0]
    assert _assignees(n)[0] == ["Trường Đại học Đà Lạt"]
    assert _persons_tasked(n)[0] == ["Đặng Thị Bích Ngọc"]
    assert first.due is not None and first.due.value == "2019-11-30"


def test_a_project_leader_alone_opening_a_task_is_the_person_named_in_the_field() -> None:
    n = parse_notice(
        ACCEPTANCE.format(
            task="- Chủ nhiệm nhiệm vụ chỉnh sửa quy trình nhân giống theo góp ý của phản biện, hoàn thành trong"
            " tháng 12/2019."
        ),
        "x.txt",
    )
    assert _persons_tasked(n)[0] == ["Đặng Thị Bích Ngọc"]


def test_a_project_leader_asked_by_the_council_is_the_person_named_after_her_name() -> None:
    # the leader named in apposition in the record's opening ("…, chủ nhiệm đề tài, trình bày …")
    n = parse_notice(
        ACCEPTANCE.format(
            task="- Hội đồng đề nghị chủ nhiệm nhiệm vụ và Trường Đại học Đà Lạt bổ sung số liệu theo dõi vụ"
            " thứ hai trước ngày 15/12/2019."
        ).replace(
            "2. Chủ nhiệm nhiệm vụ: ThS. Đặng Thị Bích Ngọc.",
            "2. ThS. Đặng Thị Bích Ngọc, chủ nhiệm nhiệm vụ, trình bày báo cáo tóm tắt.",
        ),
        "x.txt",
    )
    assert _assignees(n)[0] == ["Trường Đại học Đà Lạt"]
    assert _persons_tasked(n)[0] == ["Đặng Thị Bích Ngọc"]


# A portal's story tells the leader's directions paragraph by paragraph: "Phó Chủ tịch giao Sở A …" and then, in a
# paragraph of its own, "Sở Tài chính cân đối, tham mưu bố trí kinh phí …" — the body and a verb the cues do not list
# before a comma and one they do. The directive mood goes on without "giao".

STORY = """<html><head><title>Phó Chủ tịch UBND tỉnh làm việc với Trường Đại học Quy Nhơn</title></head><body>
<div class="article-date">15/10/2020</div>
<h1>Phó Chủ tịch UBND tỉnh làm việc với Trường Đại học Quy Nhơn</h1>
<p>(BĐ) - Sáng 14/10, Phó Chủ tịch UBND tỉnh Bình Định Nguyễn Tuấn Thanh đã chủ trì buổi làm việc với Trường Đại học Quy
Nhơn về hợp tác nghiên cứu khoa học giai đoạn 2021 - 2025.</p>
<p>Cùng dự có ông Đào Đức Tuấn, Giám đốc Sở Khoa học và Công nghệ.</p>
<p>Phó Chủ tịch UBND tỉnh giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Trường Đại học Quy Nhơn xây dựng
danh mục đề tài đặt hàng năm 2021, hoàn thành trước ngày 30/11/2020.</p>
<p>{follow}</p>
<p>Hoài Thu</p>
</body></html>
"""


@pytest.mark.parametrize(
    ("follow", "body"),
    [
        (
            "Sở Tài chính cân đối, tham mưu bố trí kinh phí sự nghiệp khoa học cho các đề tài đặt hàng với Trường.",
            "Sở Tài chính tỉnh Bình Định",
        ),
        (
            "Sở Kế hoạch và Đầu tư cân nhắc, tham mưu bổ sung vốn cho phòng thí nghiệm trọng điểm của Trường.",
            "Sở Kế hoạch và Đầu tư tỉnh Bình Định",
        ),
    ],
)
def test_a_body_opening_the_next_paragraph_of_a_story_goes_on_with_the_tasks(follow: str, body: str) -> None:
    n = parse_notice(read_notice_bytes(STORY.format(follow=follow).encode("utf-8"), "x.html").text, "x.html")
    assert [body] in _assignees(n)


# A council that selects research tasks records its decision among the conclusions: "Hội đồng thống nhất chọn …",
# "Hội đồng nhất trí thông qua …". It decided; no one is told to do anything, though the words describing what was
# chosen hold a task's word ("tập trung vào …"). A task handed on in the same clause still counts.

SELECTION = """ỦY BAN NHÂN DÂN
TỈNH HẢI DƯƠNG
Số: 112/TB-UBND
Hải Dương, ngày 20 tháng 6 năm 2017
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp Hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ năm 2018
Ngày 16/6/2017, Phó Chủ tịch UBND tỉnh Nguyễn Dương Thái chủ trì cuộc họp. Sau khi nghe Sở Khoa học và Công nghệ
báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:
1. {decision}
2. Sở Khoa học và Công nghệ hoàn chỉnh danh mục, trình UBND tỉnh phê duyệt trước ngày 15/7/2017.
"""


@pytest.mark.parametrize(
    "decision",
    [
        "Hội đồng thống nhất chọn 18/41 đề xuất đưa vào danh mục nhiệm vụ năm 2018, tập trung vào nông nghiệp"
        " ứng dụng công nghệ cao và y tế.",
        "Hội đồng nhất trí lựa chọn 09 nhiệm vụ mở mới, tập trung vào y tế và giáo dục.",
        "Hội đồng thống nhất đánh giá 05 đề xuất đạt yêu cầu, đưa vào danh mục tuyển chọn năm 2018.",
    ],
)
def test_a_councils_decision_is_no_task(decision: str) -> None:
    n = parse_notice(SELECTION.format(decision=decision), "x.txt")
    assert _assignees(n) == [["Sở Khoa học và Công nghệ tỉnh Hải Dương"]]


def test_a_task_handed_on_with_the_councils_decision_still_counts() -> None:
    n = parse_notice(
        SELECTION.format(
            decision="Hội đồng thống nhất chọn 18/41 đề xuất đưa vào danh mục nhiệm vụ năm 2018; giao Sở Tài"
            " chính bố trí kinh phí thực hiện."
        ),
        "x.txt",
    )
    assert ["Sở Tài chính tỉnh Hải Dương"] in _assignees(n)


# The conclusions open with an appraisal that turns to what is wrong: "1. Ghi nhận …. Tuy nhiên, tiến độ còn chậm so
# với Kế hoạch …; việc bàn giao mặt bằng … còn vướng mắc." A finding behind a contrastive lead ("Tuy nhiên,",
# "Song,") is still a finding the tasks below answer, not a task of the body that reported it.

APPRAISED = """ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU
Số: 77/TB-VPUBND
Lai Châu, ngày 12 tháng 5 năm 2022
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc về phủ sóng di động tại các bản vùng cao
Ngày 10/5/2022, Phó Chủ tịch UBND tỉnh Hà Trọng Hải chủ trì buổi làm việc với Sở Thông tin và Truyền thông. Sau khi
nghe Sở Thông tin và Truyền thông báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:
1. Ghi nhận cố gắng của các doanh nghiệp viễn thông; năm 2021 đã phủ sóng cho 23 bản. {finding}
2. Giao Sở Thông tin và Truyền thông tổng hợp danh sách bản lõm sóng, báo cáo UBND tỉnh trước ngày 30/5/2022.
"""


@pytest.mark.parametrize(
    "finding",
    [
        "Tuy nhiên, tiến độ còn chậm so với Kế hoạch số 45/KH-UBND của UBND tỉnh; việc bàn giao mặt bằng xây dựng"
        " trạm còn vướng mắc.",
        "Song, việc chuyển giao mặt bằng xây dựng trạm BTS tại huyện Mường Tè còn chậm, chưa đáp ứng yêu cầu.",
    ],
)
def test_a_finding_behind_a_contrastive_lead_is_no_task(finding: str) -> None:
    n = parse_notice(APPRAISED.format(finding=finding), "x.txt")
    assert [d.text[:9] for d in n.directives] == ["Giao Sở T"]


# A record's conclusions may sit under a heading set off only by its capitals, no number or letter: "KẾT LUẬN CỦA HỘI
# ĐỒNG" right after the record's fields. It closes the record's opening and opens the conclusions.


@pytest.mark.parametrize("heading", ["KẾT LUẬN CỦA HỘI ĐỒNG", "KẾT LUẬN"])
def test_a_conclusions_heading_in_capitals_after_the_fields_opens_the_tasks(heading: str) -> None:
    n = parse_notice(
        ACCEPTANCE.replace("C. Kết luận của Hội đồng", heading).format(
            task="- Trường Đại học Đà Lạt hoàn thiện báo cáo tổng kết, nộp về Sở trước ngày 30/11/2019."
        ),
        "x.txt",
    )
    assert _assignees(n) == [["Trường Đại học Đà Lạt"], ["Phòng Quản lý khoa học"]]


def test_a_body_giving_its_view_in_the_next_paragraph_of_a_story_is_no_task() -> None:
    # a guard: "Sở Nội vụ đánh giá, đề xuất của Trường là phù hợp" says what the Sở thinks, not what it is to do
    follow = "Sở Nội vụ đánh giá, đề xuất bổ sung biên chế của Trường là phù hợp với quy định."
    n = parse_notice(read_notice_bytes(STORY.format(follow=follow).encode("utf-8"), "x.html").text, "x.html")
    assert ["Sở Nội vụ tỉnh Bình Định"] not in _assignees(n)
