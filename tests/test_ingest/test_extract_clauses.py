"""Who is away, who acts, and one task per actor, read from the clauses of whole notices.

The notices are written for these tests in two layouts the seeds do not have: a Tỉnh ủy conclusion
("Thông báo kết luận của Ban Thường vụ Tỉnh ủy", Party honorific "đồng chí", "Vắng có lý do:") and a news
report that runs several conclusions into one sentence. Provinces, bodies and posts are real; the officials
are invented.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.extract import absent_mentions, find_absence_marks, parse_notice
from ketluan.ingest.tokens import tokenize

TINH_UY = """ĐẢNG BỘ TỈNH QUẢNG NGÃI                         ĐẢNG CỘNG SẢN VIỆT NAM
TỈNH ỦY
*                                               Quảng Ngãi, ngày 14 tháng 3 năm 2023
Số 512-TB/TU

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY
về tình hình thực hiện Đề án phát triển khoa học và công nghệ giai đoạn 2021 - 2025

Ngày 08/3/2023, Ban Thường vụ Tỉnh ủy họp dưới sự chủ trì của đồng chí Phạm Thị Hồng Vân, Bí thư Tỉnh ủy. \
Tham dự có đồng chí Đặng Văn Khánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Trần Phước Hòa, Phó \
Chủ tịch UBND tỉnh; lãnh đạo Sở Khoa học và Công nghệ, Sở Tài chính. Vắng có lý do: đồng chí Đinh Thị Hồng Nga, Phó Chủ tịch Thường trực HĐND tỉnh.

Ban Thường vụ Tỉnh ủy kết luận như sau:

1. Giao Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài \
chính rà soát, bố trí kinh phí sự nghiệp khoa học và công nghệ năm 2023, hoàn thành trước ngày 30/6/2023.

2. Ban Tuyên giáo Tỉnh ủy chỉ đạo các cơ quan báo chí tuyên truyền kết quả ứng dụng khoa học và công nghệ.

Nơi nhận:                                        T/M BAN THƯỜNG VỤ
- Các đồng chí Tỉnh ủy viên,                     PHÓ BÍ THƯ THƯỜNG TRỰC
- Lưu Văn phòng Tỉnh ủy.                         Đặng Ngọc Dũng
"""

NEWS = """Hội nghị sơ kết công tác khoa học và công nghệ 6 tháng đầu năm 2022

Sáng ngày 14/7/2022, Sở Khoa học và Công nghệ tỉnh Đắk Lắk tổ chức Hội nghị sơ kết công tác khoa học và \
công nghệ 6 tháng đầu năm 2022. Ông Nguyễn Thiên Phúc, Giám đốc Sở chủ trì hội nghị.

Phát biểu kết luận hội nghị, Giám đốc Sở Nguyễn Thiên Phúc yêu cầu Chi cục Tiêu chuẩn Đo lường Chất lượng \
tăng cường kiểm tra đo lường đối với cột đo xăng dầu, hoàn thành trước 30/9/2022; Trung tâm Ứng dụng tiến \
bộ khoa học và công nghệ đẩy mạnh chuyển giao công nghệ cho nông dân; Thanh tra Sở xây dựng kế hoạch thanh \
tra năm 2023, trình Giám đốc Sở trong quý IV/2022.
"""


@pytest.fixture(scope="module")
def tinh_uy():
    return parse_notice(TINH_UY, "tinh_uy.txt")


@pytest.fixture(scope="module")
def news():
    return parse_notice(NEWS, "news.txt")


def test_named_as_away_is_no_participant(tinh_uy):
    assert "đinh thị hồng nga" in tinh_uy.persons  # still a person of the notice, with her post
    assert "đinh thị hồng nga" not in tinh_uy.meeting.participants
    assert tinh_uy.meeting.participants == ["phạm thị hồng vân", "đặng văn khánh", "trần phước hòa"]
    # the absent official's council is not an absent body: the list names her, not the HĐND
    assert tinh_uy.meeting.absent_agencies == []


@pytest.mark.parametrize(
    ("clause", "absent"),
    [
        ("Vắng có lý do: ông Lê Văn An, ông Đỗ Văn Bình.", ["Lê Văn An", "Đỗ Văn Bình"]),
        ("Tham dự có ông Lê Văn An; ông Đỗ Văn Bình vắng mặt.", ["Đỗ Văn Bình"]),
        ("Tham dự có ông Lê Văn An, ông Đỗ Văn Bình (vắng mặt), ông Hồ Văn Cường.", ["Đỗ Văn Bình"]),
        ("Tham dự có ông Lê Văn An, ông Đỗ Văn Bình.", []),
    ],
)
def test_absent_mentions_by_clause(clause, absent):
    toks = tokenize(clause)
    names = []
    for i, t in enumerate(toks):  # the mentions are the "ông X Y Z" runs
        if t.key == "ông":
            names.append((i + 1, i + 4))

    class Mention:  # only the token positions matter here
        def __init__(self, start: int, end: int) -> None:
            self.tok_start, self.tok_end = start, end

    mentions = [Mention(a, b) for a, b in names]
    got = sorted(absent_mentions(toks, mentions))  # type: ignore[arg-type]
    assert [" ".join(t.text for t in toks[names[i][0] : names[i][1]]) for i in got] == absent


def test_absence_mark_with_a_reason_opens_a_list():
    marks = find_absence_marks(tokenize("Vắng có lý do: UBND huyện Ba Tơ"))
    assert [(m.listed, m.bracketed) for m in marks] == [(True, False)]
    # a table's answer ("Huyện Bình Tân: Vắng") names the body before it
    marks = find_absence_marks(tokenize("Huyện Bình Tân: Vắng"))
    assert [m.listed for m in marks] == [False]


def test_absent_bodies_after_a_reason(tinh_uy):
    text = TINH_UY.replace(
        "Vắng có lý do: đồng chí Đinh Thị Hồng Nga, Phó Chủ tịch Thường trực HĐND tỉnh.",
        "Vắng có lý do: UBND huyện Ba Tơ, UBND huyện Sơn Hà.",
    )
    notice = parse_notice(text, "tinh_uy.txt")
    assert notice.meeting.absent_agencies == ["ủy ban nhân dân huyện ba tơ", "ủy ban nhân dân huyện sơn hà"]


def test_body_told_to_direct_another_acts_with_it(tinh_uy):
    first, second = tinh_uy.directives
    # "Giao Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo Sở KH&CN chủ trì, phối hợp với Sở Tài chính"
    assert first.assignees == [
        "ban cán sự đảng ủy ban nhân dân tỉnh quảng ngãi",
        "sở khoa học và công nghệ tỉnh quảng ngãi",
    ]
    assert first.supports == ["sở tài chính tỉnh quảng ngãi"]
    # "Ban Tuyên giáo Tỉnh ủy chỉ đạo các cơ quan báo chí …": the Ban acts; "các cơ quan" names no one
    assert second.assignees == ["ban tuyên giáo tỉnh ủy quảng ngãi"]


def test_body_that_hands_a_task_over_does_not_act():
    text = TINH_UY.replace(
        "2. Ban Tuyên giáo Tỉnh ủy chỉ đạo các cơ quan báo chí",
        "2. Ban Thường vụ Tỉnh ủy giao Ban Tuyên giáo Tỉnh ủy chỉ đạo các cơ quan báo chí",
    )
    notice = parse_notice(text, "tinh_uy.txt")
    assert notice.directives[1].assignees == ["ban tuyên giáo tỉnh ủy quảng ngãi"]


def test_one_sentence_several_actors_gives_one_task_each(news):
    got = [(d.assignees, d.due.value if d.due else None, d.topics) for d in news.directives]
    assert got == [
        (["chi cục tiêu chuẩn đo lường chất lượng tỉnh đắk lắk"], "2022-09-30", ["metrology"]),
        (["trung tâm ứng dụng tiến bộ khoa học và công nghệ tỉnh đắk lắk"], None, ["technology-transfer"]),
        (["thanh tra sở khoa học và công nghệ tỉnh đắk lắk"], "2022-12-31", ["inspection"]),
    ]
    for d in news.directives:  # each task's span is its own clause, without the ";"
        assert " ".join(NEWS[d.span.start : d.span.end].split()) == d.text
        assert ";" not in d.text


def test_clause_without_a_new_subject_stays_with_its_task():
    text = NEWS.replace(
        "; Trung tâm Ứng dụng tiến bộ khoa học và công nghệ đẩy mạnh chuyển giao công nghệ cho nông dân",
        "; phối hợp với Trung tâm Ứng dụng tiến bộ khoa học và công nghệ kiểm tra cân tại chợ",
    )
    notice = parse_notice(text, "news.txt")
    first = notice.directives[0]
    assert "phối hợp với Trung tâm Ứng dụng" in first.text
    assert first.supports == ["trung tâm ứng dụng tiến bộ khoa học và công nghệ tỉnh đắk lắk"]


def test_bodies_in_the_attendance_sentence_take_part(tinh_uy):
    got = tinh_uy.meeting.participating_agencies
    assert "sở khoa học và công nghệ tỉnh quảng ngãi" in got and "sở tài chính tỉnh quảng ngãi" in got
    # the absent official's council is not taken part through her post
    assert "hội đồng nhân dân tỉnh quảng ngãi" not in got


def test_bodies_after_an_absence_mark_do_not_take_part():
    text = TINH_UY.replace(
        "; lãnh đạo Sở Khoa học và Công nghệ, Sở Tài chính.",
        "; lãnh đạo Sở Khoa học và Công nghệ; vắng mặt Sở Tài chính.",
    )
    meeting = parse_notice(text, "tinh_uy.txt").meeting
    assert "sở khoa học và công nghệ tỉnh quảng ngãi" in meeting.participating_agencies
    assert "sở tài chính tỉnh quảng ngãi" not in meeting.participating_agencies
    assert meeting.absent_agencies == ["sở tài chính tỉnh quảng ngãi"]


def test_later_sentences_of_a_reported_speech_with_their_own_actor_are_tasks():
    text = NEWS.replace("; Thanh tra Sở xây dựng", ". Thanh tra Sở xây dựng").replace(
        "trong quý IV/2022.", "trong quý IV/2022. Hội nghị kết thúc lúc 11 giờ cùng ngày."
    )
    notice = parse_notice(text, "news.txt")
    assert [d.assignees for d in notice.directives] == [
        ["chi cục tiêu chuẩn đo lường chất lượng tỉnh đắk lắk"],
        ["trung tâm ứng dụng tiến bộ khoa học và công nghệ tỉnh đắk lắk"],
        ["thanh tra sở khoa học và công nghệ tỉnh đắk lắk"],
    ]
    assert notice.directives[-1].due.value == "2022-12-31"


BO_NOTICE = """BỘ KHOA HỌC VÀ CÔNG NGHỆ                  CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                 Độc lập - Tự do - Hạnh phúc
Số: 145/TB-BKHCN                          Hà Nội, ngày 02 tháng 8 năm 2019

THÔNG BÁO
Kết luận của Thứ trưởng Lê Văn Định tại cuộc họp về công tác đo lường năm 2019

Ngày 26 tháng 7 năm 2019, tại trụ sở Bộ Khoa học và Công nghệ, Thứ trưởng Lê Văn Định đã chủ trì cuộc họp về \
hoạt động đo lường. Tham dự cuộc họp có ông Trần Văn Vĩnh, Tổng cục trưởng Tổng cục Tiêu chuẩn Đo lường Chất \
lượng; bà Nguyễn Thị Mai Hoa, Phó Tổng cục trưởng; đại diện Vụ Kế hoạch - Tài chính, Vụ Pháp chế, Văn phòng Bộ.

Sau khi nghe báo cáo, Thứ trưởng Lê Văn Định kết luận như sau:

1. Tổng cục Tiêu chuẩn Đo lường Chất lượng khẩn trương hoàn thiện dự thảo Thông tư về phương tiện đo nhóm 2, \
trình Bộ trưởng trước ngày 15/9/2019.
2. Vụ Kế hoạch - Tài chính chủ trì, phối hợp với Tổng cục bố trí kinh phí năm 2020.

Văn phòng Bộ thông báo để các đơn vị liên quan biết và thực hiện./.

Nơi nhận:                                   TL. BỘ TRƯỞNG
- Như trên;                                 KT. CHÁNH VĂN PHÒNG
- Lưu: VT, VP.                              PHÓ CHÁNH VĂN PHÒNG

                                            Nguyễn Hoàng Long
"""


def test_ministry_notice_bodies_by_reference():
    notice = parse_notice(BO_NOTICE, "bo.txt")
    tcdl = "tổng cục tiêu chuẩn đo lường chất lượng"
    posts = {(p.person, p.role): p.agency for p in notice.posts}
    # "Phó Tổng cục trưởng" with no body written: the one Tổng cục the notice named
    assert posts[("nguyễn thị mai hoa", "Phó Tổng cục trưởng")] == tcdl
    # the bodies "đại diện" names attend, "Vụ Pháp chế" whole
    assert {"vụ kế hoạch - tài chính", "vụ pháp chế"} <= set(notice.meeting.participating_agencies)
    # "phối hợp với Tổng cục": the same Tổng cục, not a second, nameless one
    assert notice.directives[1].supports == [tcdl]
    assert tcdl in notice.agencies and "tổng cục" not in notice.agencies


SO_BRIEFING = """UBND TỈNH BÌNH PHƯỚC
SỞ KHOA HỌC VÀ CÔNG NGHỆ

Số: 112/TB-SKHCN                       Bình Phước, ngày 13 tháng 11 năm 2012

THÔNG BÁO
Kết luận của Phó Giám đốc Sở Lê Quốc Hùng tại cuộc họp giao ban tháng 10 năm 2012

Ngày 09/11/2012, Phó Giám đốc Sở Lê Quốc Hùng chủ trì cuộc họp giao ban tháng 10 năm 2012. Dự họp có các \
đồng chí Phó Giám đốc Sở: Nguyễn Kim Loan, Nguyễn Thị Thu Thắm; Trưởng, Phó các phòng, đơn vị thuộc Sở.

Phó Giám đốc Sở kết luận như sau:

1. Chi cục Tiêu chuẩn Đo lường Chất lượng tăng cường kiểm tra đo lường xăng dầu.
"""


def test_bare_so_before_a_full_name_is_the_post_not_the_body():
    notice = parse_notice(SO_BRIEFING, "so.txt")
    # "Phó Giám đốc Sở Lê Quốc Hùng": not a body called "Sở Lê Quốc Hùng"
    assert notice.meeting.chairs == ["lê quốc hùng"]
    assert not any("lê quốc" in key for key in notice.agencies)


def test_names_listed_after_a_shared_post_and_a_colon():
    notice = parse_notice(SO_BRIEFING, "so.txt")
    posts = {p.person: (p.role, p.agency) for p in notice.posts}
    for name in ("nguyễn kim loan", "nguyễn thị thu thắm"):
        assert name in notice.meeting.participants
        assert posts[name] == ("Phó Giám đốc", "sở khoa học và công nghệ tỉnh bình phước")


VP_UBND = """ỦY BAN NHÂN DÂN                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LÂM ĐỒNG                                 Độc lập - Tự do - Hạnh phúc
VĂN PHÒNG
Số: 215/TB-VP                          Lâm Đồng, ngày 18 tháng 9 năm 2022

THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh Phạm Văn S tại buổi làm việc
với Sở Khoa học và Công nghệ về tình hình thực hiện nhiệm vụ năm 2022

Ngày 14/9/2022, Phó Chủ tịch UBND tỉnh Phạm Văn S đã làm việc với Sở Khoa học và Công nghệ. Cùng dự có \
lãnh đạo: Sở Tài chính, Sở Nội vụ. Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:

1. Đánh giá chung
Năm 2022, Sở Khoa học và Công nghệ đã chủ động tham mưu UBND tỉnh ban hành nhiều cơ chế, chính sách.

2. Nhiệm vụ thời gian tới
a) Sở Khoa học và Công nghệ:
- Tăng cường kiểm tra nhà nước về đo lường đối với hàng đóng gói sẵn.
b) Sở Tài chính: cân đối, bố trí kinh phí sự nghiệp khoa học năm 2023 theo quy định.
c) Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ thẩm định đề án vị trí việc làm trong tháng 10/2022.

Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.
"""


def test_conclusions_opened_at_the_end_of_the_opening_paragraph():
    notice = parse_notice(VP_UBND, "vp.txt")
    got = [(d.assignees, d.due.value if d.due else None) for d in notice.directives]
    assert got == [
        (["sở khoa học và công nghệ tỉnh lâm đồng"], None),
        (
            ["sở tài chính tỉnh lâm đồng"],
            None,
        ),  # "b) Sở Tài chính: cân đối …": the unit and its task on one line
        (["sở nội vụ tỉnh lâm đồng"], "2022-10"),
    ]
    # "1. Đánh giá chung" is a review: its past results are no task
    assert not any("đã chủ động" in d.text for d in notice.directives)


HUE_2018 = """ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ
VĂN PHÒNG
Số: 391/TB-VPUBND
Thừa Thiên Huế, ngày 3 tháng 5 năm 2018

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về cải cách hành chính

Ngày 27/4/2018, Chủ tịch UBND tỉnh chủ trì cuộc họp. Tham dự có đại diện UBND huyện Phú Lộc, Sở Tư pháp.

Chủ tịch UBND tỉnh kết luận như sau:

1. UBND huyện Phú Lộc tham mưu giải pháp nâng cao Chỉ số cải cách hành chính của đơn vị.
2. Sở Công Thương thanh tra việc chấp hành quy định về an toàn hóa chất, hoàn thành trước ngày 31/10/2018.

Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.
"""


def test_province_under_its_name_of_the_time():
    # Thừa Thiên Huế became Thành phố Huế on 1 January 2025; the data package knows only the new name
    notice = parse_notice(HUE_2018, "hue.txt")
    assert notice.province == "Thừa Thiên Huế"
    assert "sở tư pháp tỉnh thừa thiên huế" in notice.agencies
    assert "ủy ban nhân dân huyện phú lộc" in notice.agencies  # its districts are still found


def test_the_offices_closing_line_is_no_task():
    text = HUE_2018.replace("Văn phòng UBND tỉnh thông báo", "Văn phòng UBND thành phố thông báo")
    notice = parse_notice(text, "hue.txt")
    assert len(notice.directives) == 2
    assert "inspection" in notice.directives[1].topics  # "thanh tra việc …" is the activity, not a body


def test_the_next_numbered_part_ends_a_review():
    text = VP_UBND.replace("2. Nhiệm vụ thời gian tới", "2. Về xây dựng dự toán năm 2023")
    notice = parse_notice(text, "vp.txt")
    assert [d.assignees for d in notice.directives] == [
        ["sở khoa học và công nghệ tỉnh lâm đồng"],
        ["sở tài chính tỉnh lâm đồng"],
        ["sở nội vụ tỉnh lâm đồng"],
    ]


MINING = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NINH
Số: 145/TB-UBND
Quảng Ninh, ngày 12 tháng 6 năm 2022
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về quản lý khai thác cát
Ngày 08/6/2022, đồng chí Cao Tường Huy, Chủ tịch UBND tỉnh chủ trì cuộc họp. Tham dự có lãnh đạo Sở Tài nguyên \
và Môi trường, Công an tỉnh, UBND huyện Tiên Yên.
Sau khi nghe báo cáo, đồng chí Chủ tịch UBND tỉnh kết luận:
1. {item}
"""


@pytest.mark.parametrize(
    ("item", "actors"),
    [
        # a body with a verb the cue list lacks, then the meeting asks another: each keeps a task
        (
            "UBND huyện Tiên Yên tạm dừng cấp phép khai thác cát tại sông Tiên Yên; đề nghị Sở Tài nguyên và Môi "
            "trường hướng dẫn thủ tục đóng cửa mỏ.",
            [["Ủy ban nhân dân huyện Tiên Yên"], ["Sở Tài nguyên và Môi trường tỉnh Quảng Ninh"]],
        ),
        (
            "Công an tỉnh và UBND huyện Tiên Yên ngăn chặn khai thác cát trái phép; đề nghị Sở Tài nguyên và Môi "
            "trường hướng dẫn thủ tục đóng cửa mỏ.",
            [
                ["Công an tỉnh Quảng Ninh", "Ủy ban nhân dân huyện Tiên Yên"],
                ["Sở Tài nguyên và Môi trường tỉnh Quảng Ninh"],
            ],
        ),
        # what the body did or has is a report: the request alone is a task
        (
            "UBND huyện Tiên Yên đã tạm dừng cấp phép khai thác cát; đề nghị Sở Tài nguyên và Môi trường hướng "
            "dẫn thủ tục đóng cửa mỏ.",
            [["Sở Tài nguyên và Môi trường tỉnh Quảng Ninh"]],
        ),
        (
            "UBND huyện Tiên Yên có 12 mỏ cát; đề nghị Sở Tài nguyên và Môi trường hướng dẫn thủ tục đóng cửa mỏ.",
            [["Sở Tài nguyên và Môi trường tỉnh Quảng Ninh"]],
        ),
    ],
)
def test_a_body_acting_with_an_unlisted_verb_keeps_its_task_before_a_request(
    item: str, actors: list[list[str]]
) -> None:
    n = parse_notice(MINING.format(item=item), "kl.txt")
    assert [sorted(n.agencies[k].name for k in d.assignees) for d in n.directives] == actors
