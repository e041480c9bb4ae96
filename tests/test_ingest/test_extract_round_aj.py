"""Who acts on a task, who signs and who was away, in the ways round AJ's unseen notices (taxes, customs and
anti-smuggling; cooperatives, OCOP and markets; social evils, drug rehabilitation and children) wrote them.

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

import pytest
from notice_checks import bodies_per_task as _assignees
from notice_checks import bodies_tasked as _tasked

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice


def _absent(n: Notice) -> list[str]:
    return sorted(n.agencies[a].name for a in n.meeting.absent_agencies)


def _signer(n: Notice) -> str | None:
    return n.persons[n.signer].name if n.signer else None


# One item may hold two bodies' tasks: "A <verb …>; giao UBND các huyện X, Y <verb …>". The group after "giao" is
# of one kind of body, its members named: a task of its own (not "…; giao các đơn vị trên …", which points back at
# the bodies already named), and A keeps the first clause.

GIVEN_TO_A_GROUP = """UBND TỈNH NGHỆ AN
VĂN PHÒNG
Số: 214/TB-VPUB
Nghệ An, ngày 12 tháng 9 năm 2014
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại hội nghị về phòng, chống mua bán người
Ngày 09/9/2014, đồng chí Lê Minh Thông, Phó Chủ tịch UBND tỉnh chủ trì hội nghị. Tham dự có đại diện Công an
tỉnh, Sở Lao động - Thương binh và Xã hội, Tỉnh đoàn và UBND các huyện biên giới.
Phó Chủ tịch UBND tỉnh kết luận:
1. Về truyền thông: {text}
2. Công an tỉnh chủ trì điều tra, triệt phá các đường dây mua bán người trong quý IV/2014.
"""


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Tỉnh đoàn phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức tuyên truyền tại các trường học; giao"
            " UBND các huyện Kỳ Sơn, Tương Dương rà soát, lập danh sách người lao động đi làm ăn xa, gửi Công an"
            " tỉnh trước ngày 30/10/2014.",
            ["Tỉnh đoàn"],
            ["Ủy ban nhân dân huyện Kỳ Sơn", "Ủy ban nhân dân huyện Tương Dương"],
        ),
        (
            "Sở Lao động - Thương binh và Xã hội tiếp nhận, hỗ trợ nạn nhân trở về; giao UBND các huyện, thị xã"
            " thống kê số phụ nữ vắng mặt dài ngày ở địa phương trong tháng 10/2014.",
            ["Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An"],
            ["Ủy ban nhân dân các huyện, thị xã"],
        ),
    ],
)
def test_a_group_of_bodies_given_a_task_after_a_semicolon_has_its_own_task(
    text: str, first: list[str], second: list[str]
) -> None:
    n = parse_notice(GIVEN_TO_A_GROUP.format(text=text), "x.txt")
    assert _assignees(n)[:2] == [first, second]


# A body singled out by what it is before its duty, "X là đơn vị có tỷ lệ … thấp nhất phải báo cáo …": the
# obligation after the description tasks X. Without a duty word the sentence only evaluates.

SINGLED_OUT = """CỤC THUẾ TỈNH NINH BÌNH
Số: 55/TB-CT
Ninh Bình, ngày 20 tháng 6 năm 2022
THÔNG BÁO
Kết luận của Cục trưởng tại cuộc họp triển khai hóa đơn điện tử
Ngày 17/6/2022, đồng chí Trần Văn Định, Cục trưởng Cục Thuế chủ trì cuộc họp với các phòng và Chi cục Thuế.
Cục trưởng kết luận:
1. Phòng Kê khai và Kế toán thuế đôn đốc người nộp thuế chuyển đổi hóa đơn trước ngày 30/6/2022.
2. {text}
"""


@pytest.mark.parametrize(
    "text",
    [
        "Chi cục Thuế khu vực Tam Điệp - Yên Mô là đơn vị có tỷ lệ chuyển đổi thấp nhất (58%) phải báo cáo tiến độ"
        " về Cục Thuế hằng tuần.",
        "Chi cục Thuế khu vực Tam Điệp - Yên Mô là địa phương còn nhiều hộ kinh doanh chưa chuyển đổi cần khẩn"
        " trương rà soát, hướng dẫn từng hộ.",
        "Chi cục Thuế khu vực Tam Điệp - Yên Mô là đơn vị chậm nhất, có trách nhiệm báo cáo Cục trưởng nguyên nhân.",
    ],
)
def test_a_body_singled_out_by_what_it_is_then_told_its_duty_acts(text: str) -> None:
    n = parse_notice(SINGLED_OUT.format(text=text), "x.txt")
    assert _assignees(n)[-1] == ["Chi cục Thuế khu vực Tam Điệp - Yên Mô"]


def test_a_body_singled_out_by_what_it_is_with_no_duty_is_no_task() -> None:
    # guard: an evaluation only
    text = "Chi cục Thuế khu vực Tam Điệp - Yên Mô là đơn vị có tỷ lệ chuyển đổi cao nhất tỉnh (98%)."
    n = parse_notice(SINGLED_OUT.format(text=text), "x.txt")
    assert "Chi cục Thuế khu vực Tam Điệp - Yên Mô" not in _tasked(n)


# A record closes with blocks side by side, one per party, then the secretary's: the signer who answers for it is
# the team's head or the chair, or the issuing party's representative; not the secretary who signs last, nor the
# inspected unit's representative.

TWO_PARTIES = """CỤC HẢI QUAN TỈNH ĐỒNG THÁP
Số: 18/BB-HQĐT
Đồng Tháp, ngày 21 tháng 4 năm 2018
BIÊN BẢN LÀM VIỆC
Giữa Cục Hải quan tỉnh Đồng Tháp và UBND huyện Hồng Ngự về công tác quản lý tại cửa khẩu
Hôm nay, ngày 21/4/2018, tại UBND huyện Hồng Ngự, hai bên gồm:
1. Cục Hải quan tỉnh Đồng Tháp: ông Lê Quang Vinh, Phó Cục trưởng, Trưởng đoàn.
2. UBND huyện Hồng Ngự: ông Trần Minh Sang, Phó Chủ tịch UBND huyện.
Thư ký: bà Nguyễn Thị Diễm, công chức Văn phòng Cục.
CÁC NỘI DUNG HAI BÊN THỐNG NHẤT
1. Chi cục Hải quan cửa khẩu Thường Phước rút ngắn thời gian thông quan hàng hóa trong quý II/2018.
Biên bản kết thúc lúc 11 giờ cùng ngày, đã đọc lại cho các bên cùng nghe và thống nhất thông qua./.

{signatures}
"""

_PARTIES_AND_SECRETARY = """  ĐẠI DIỆN UBND HUYỆN HỒNG NGỰ           ĐẠI DIỆN CỤC HẢI QUAN TỈNH ĐỒNG THÁP
        PHÓ CHỦ TỊCH                                 PHÓ CỤC TRƯỞNG
          (đã ký)                                       (đã ký)
       Trần Minh Sang                                Lê Quang Vinh

                              THƯ KÝ
                             (đã ký)
                          Nguyễn Thị Diễm"""

_ISSUER_LEFT = """  ĐẠI DIỆN CỤC HẢI QUAN TỈNH ĐỒNG THÁP          ĐẠI DIỆN UBND HUYỆN HỒNG NGỰ
        PHÓ CỤC TRƯỞNG                                 PHÓ CHỦ TỊCH
          (đã ký)                                       (đã ký)
       Lê Quang Vinh                                 Trần Minh Sang

                              THƯ KÝ
                             (đã ký)
                          Nguyễn Thị Diễm"""

# a PDF table's text: the team head's heading, one line longer than the other's, comes out on a line of its own
_TEAM_AND_INSPECTED = """TRƯỞNG ĐOÀN KIỂM TRA
ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA    PHÓ CỤC TRƯỞNG CỤC HẢI QUAN
PHÓ CHỦ TỊCH UBND HUYỆN    TỈNH ĐỒNG THÁP
(đã ký, đóng dấu)    (đã ký)
Trần Minh Sang    Lê Quang Vinh
THƯ KÝ
(đã ký)
Nguyễn Thị Diễm"""


@pytest.mark.parametrize("signatures", [_PARTIES_AND_SECRETARY, _ISSUER_LEFT, _TEAM_AND_INSPECTED])
def test_a_records_signer_is_the_issuing_partys_head_not_the_secretary(signatures: str) -> None:
    n = parse_notice(TWO_PARTIES.format(signatures=signatures), "x.txt")
    assert _signer(n) == "Lê Quang Vinh"


# A body that sent no one is written as a negated attendance after its name, in more words than a fixed list holds:
# "không" + (có / cử) + who + the attending verb ("Phòng Kinh tế huyện A không có người dự").

MARKET_MEETING = """SỞ CÔNG THƯƠNG TỈNH TRÀ VINH
Số: 31/TB-SCT
Trà Vinh, ngày 14 tháng 12 năm 2012
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp triển khai bình ổn giá dịp Tết
Sáng ngày 12/12/2012, đ/c Thạch Văn Hùng - Giám đốc Sở Công Thương chủ trì cuộc họp. Tham dự có đ/c Lê Thị Hoa,
Phó Giám đốc Sở; Chi cục Quản lý thị trường và Phòng Kinh tế các huyện. {absence}
Giám đốc Sở kết luận:
1. Chi cục Quản lý thị trường tăng cường kiểm tra giá cả hàng hóa trước ngày 20/12/2012.
"""


@pytest.mark.parametrize(
    "absence",
    [
        "Phòng Kinh tế huyện Cầu Ngang không có người dự.",
        "Phòng Kinh tế huyện Cầu Ngang không có cán bộ đến dự.",
        "Phòng Kinh tế huyện Cầu Ngang không cử ai dự họp.",
    ],
)
def test_a_body_that_sent_no_one_is_away(absence: str) -> None:
    n = parse_notice(MARKET_MEETING.format(absence=absence), "x.txt")
    assert _absent(n) == ["Phòng Kinh tế huyện Cầu Ngang"]


# A council's member sits for his body: listed away by name and post, "Vắng mặt: ông A, Phó Giám đốc Sở X - Ủy
# viên (có lý do, …)", his body is away, deputy though he is (a deputy away from an ordinary meeting is not).

RATING_COUNCIL = """UBND TỈNH HẢI DƯƠNG
HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP CẤP TỈNH
Số: 07/BB-HĐ
Hải Dương, ngày 20 tháng 9 năm 2020
BIÊN BẢN
Họp Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đợt 2 năm 2020
I. THÀNH PHẦN
1. Có mặt: ông Lương Văn Cầu, Phó Chủ tịch UBND tỉnh - Chủ tịch Hội đồng; bà Phạm Thị Thúy, Giám đốc Sở Công
Thương - Ủy viên.
2. Vắng mặt: {absent}
II. KẾT LUẬN
1. Sở Công Thương đưa các sản phẩm đạt 4 sao vào hội chợ trong quý IV/2020.
"""


@pytest.mark.parametrize(
    "absent",
    [
        "Ông Đặng Văn Hải, Phó Giám đốc Sở Y tế - Ủy viên (có lý do, đã gửi phiếu chấm bằng văn bản).",
        "Bà Vũ Thị Nga, Phó Giám đốc Sở Y tế, Thành viên Hội đồng (đi công tác).",
    ],
)
def test_a_council_member_away_leaves_his_body_away_deputy_though_he_is(absent: str) -> None:
    n = parse_notice(RATING_COUNCIL.format(absent=absent), "x.txt")
    assert _absent(n) == ["Sở Y tế tỉnh Hải Dương"]


# A news story reports the chair's tasks paragraph by paragraph; after one that gave tasks, a sentence that opens with
# a body and its task verb is a task wherever it stands in its paragraph, with no "giao"/"yêu cầu" before it
# ("Lực lượng X cũng cần … . Tỉnh đoàn phối hợp Sở Y tập huấn … trong tháng 6/2021.").

DROWNING_STORY = """Cổng thông tin điện tử tỉnh Bến Tre
Phòng, chống đuối nước trẻ em dịp hè 2021
25/05/2021 10:15
(Bến Tre) - Sáng 24/5, Phó Chủ tịch UBND tỉnh Nguyễn Minh Cảnh chủ trì cuộc họp về phòng, chống đuối nước trẻ em.
Dự họp có lãnh đạo Sở Lao động - Thương binh và Xã hội, Sở Giáo dục và Đào tạo, Tỉnh đoàn và UBND các huyện.
Kết luận cuộc họp, Phó Chủ tịch UBND tỉnh giao Sở Lao động - Thương binh và Xã hội chủ trì tổ chức Lễ phát động
Tháng hành động vì trẻ em, hoàn thành trước ngày 01/6/2021.
{opening} Tỉnh đoàn phối hợp Sở Văn hóa, Thể thao và Du lịch tập huấn cho đội ngũ tình nguyện viên dạy bơi tại cơ sở
trong tháng 6/2021.
"""


@pytest.mark.parametrize(
    "opening",
    [
        "Ngành Giáo dục cũng phải nhắc nhở học sinh không tắm sông một mình.",
        "Mỗi gia đình cần quản lý chặt trẻ em trong mùa nước nổi.",
    ],
)
def test_a_body_acting_in_a_later_sentence_of_a_story_paragraph_is_tasked(opening: str) -> None:
    n = parse_notice(DROWNING_STORY.format(opening=opening), "x.html")
    assert ["Tỉnh đoàn"] in _assignees(n)


def test_a_body_reporting_in_a_later_sentence_of_a_story_paragraph_is_not_tasked() -> None:
    # guard: what the body did is no task
    text = DROWNING_STORY.format(opening="Mỗi gia đình cần quản lý chặt trẻ em.").replace(
        "Tỉnh đoàn phối hợp", "Năm 2020, Tỉnh đoàn đã phối hợp"
    )
    n = parse_notice(text, "x.html")
    assert ["Tỉnh đoàn"] not in _assignees(n)


# "vắng mặt" also describes the people a task is about ("rà soát, lập danh sách phụ nữ, trẻ em vắng mặt dài ngày tại
# địa phương"): the body whose own task verb follows it is not away.


def test_people_absent_from_home_in_a_task_leave_its_body_present() -> None:
    text = GIVEN_TO_A_GROUP.format(
        text="Tỉnh đoàn tổ chức tuyên truyền tại các trường học; giao UBND các huyện Kỳ Sơn, Tương Dương rà soát,"
        " lập danh sách phụ nữ, trẻ em vắng mặt dài ngày tại địa phương, gửi Công an tỉnh trước ngày 30/10/2014."
    )
    n = parse_notice(text, "x.txt")
    assert _absent(n) == []


# "A <its own task>, giao B <B's task>; <bare verb …>": A does the first part, B the part handed to it, and the bare
# verb clause after the ";" goes back to A, the sentence's subject, not to B, the last body named.

REHAB = """SỞ Y TẾ TỈNH HÀ GIANG
Số: 92/TB-SYT
Hà Giang, ngày 05 tháng 11 năm 2025
THÔNG BÁO
Kết luận của Giám đốc Sở Y tế tại hội nghị về công tác cai nghiện ma túy
Ngày 03/11/2025, bà Lý Thị Hoa, Giám đốc Sở Y tế chủ trì hội nghị.
Giám đốc Sở kết luận:
1. Về cai nghiện tại cộng đồng: UBND các xã, phường bố trí địa điểm cai nghiện tự nguyện, giao Trạm Y tế xã thực
hiện điều trị cắt cơn; tổ chức tập huấn cho công chức làm công tác cai nghiện trong quý I/2026.
2. Văn phòng Sở tổng hợp, báo cáo kết quả thực hiện Thông báo này trước ngày 31/12/2025.
"""


def test_a_body_that_acts_then_hands_a_task_over_keeps_its_own() -> None:
    n = parse_notice(REHAB, "x.txt")
    communes = ["Ủy ban nhân dân các xã, phường"]
    assert _assignees(n)[:3] == [communes, ["Trạm Y tế xã"], communes]


def test_a_bare_verb_clause_after_a_task_handed_over_goes_back_to_the_sentences_subject() -> None:
    # "A <verb …>; giao B <verb …>; <bare verb …>": the third clause is A's, not B's, the last body named
    text = GIVEN_TO_A_GROUP.format(
        text="Sở Lao động - Thương binh và Xã hội tiếp nhận, hỗ trợ nạn nhân trở về; giao UBND các huyện Kỳ Sơn,"
        " Tương Dương rà soát, lập danh sách người lao động đi làm ăn xa; phối hợp với Sở Tài chính đề xuất kinh phí"
        " hỗ trợ nạn nhân năm 2015."
    )
    n = parse_notice(text, "x.txt")
    assert _assignees(n)[2] == ["Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An"]
