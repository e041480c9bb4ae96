"""Who chairs, who is absent and who acts, in the ways round AA's unseen notices wrote them (emergency meetings
on storms, epidemics and incidents; the 2025 two-tier local government; elected bodies and the Front).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

from notice_checks import absent_of, chairs_of, posts_of
from notice_checks import task_of as _task

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice


def _notice(text: str) -> Notice:
    return parse_notice(text, "x.txt")


# 1. Co-chairs: the first named by title then name, the second with a post and its ministry in brackets, before
# "đồng chủ trì". 2. A body in brackets right after an absent body is the body it belongs to, not a second absent.

INCIDENT_MEETING = """UBND TỈNH KHÁNH HÒA
VĂN PHÒNG
Số: 88/TB-VP
Khánh Hòa, ngày 20 tháng 5 năm 2019
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh Đào Công Thiên tại cuộc họp về sự cố tràn dầu tại vịnh Vân Phong
Chiều ngày 18/5/2019, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh Đào Công Thiên và bà Trần Thu Mai - Phó Cục \
trưởng Cục Hàng hải Việt Nam (Bộ Giao thông vận tải) đồng chủ trì cuộc họp về sự cố tràn dầu tại vịnh Vân Phong. \
Tham dự cuộc họp có đại diện lãnh đạo Sở Tài nguyên và Môi trường, Sở Nông nghiệp và Phát triển nông thôn, UBND \
thị xã Ninh Hòa. {absent}
Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:
1. Sở Tài nguyên và Môi trường chủ trì thu gom dầu tràn, hoàn thành trước ngày 25/5/2019.
2. UBND thị xã Ninh Hòa hỗ trợ ngư dân bị thiệt hại.
{item}
Văn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện./.
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Lê Văn Hòa
"""


def test_co_chairs_joined_by_va_when_the_second_has_a_post_with_its_ministry() -> None:
    n = _notice(INCIDENT_MEETING.format(absent="", item=""))
    assert chairs_of(n) == ["Đào Công Thiên", "Trần Thu Mai"]


def test_the_body_in_brackets_after_an_absent_body_is_its_owner() -> None:
    for absent in (
        "Chi cục Thủy sản (Sở Nông nghiệp và Phát triển nông thôn) được mời nhưng không cử đại diện dự họp.",
        "Cảng vụ Hàng hải Nha Trang (Cục Hàng hải Việt Nam) vắng mặt có lý do.",
        # the mark after a dash, past the brackets: the body before them is away
        "Mời dự: đại diện Trạm Kiểm dịch động vật Vạn Giã (Chi cục Chăn nuôi và Thú y tỉnh) - vắng.",
    ):
        n = _notice(INCIDENT_MEETING.format(absent=absent, item=""))
        away = absent_of(n)
        assert len(away) == 1, away
        assert away[0].startswith(absent.split(" (")[0].removeprefix("Mời dự: đại diện "))


# 3. "Đối với <places> - an aside - <leader> yêu cầu UBND huyện …": the bare "UBND huyện" asked is each place's
# UBND. 4. "Đối với UBND huyện A, B: <task>" inside an item: a colon closes the bodies addressed, as a comma does.


def test_a_bare_ubnd_asked_after_dui_voi_places_is_each_places_ubnd() -> None:
    item = (
        "3. Đối với huyện Vạn Ninh và thị xã Ninh Hòa - hai địa phương bị ảnh hưởng nặng nhất - Phó Chủ tịch UBND "
        "tỉnh yêu cầu UBND huyện tổ chức thu gom dầu trên bờ biển, hoàn thành trước ngày 22/5/2019."
    )
    n = _notice(INCIDENT_MEETING.format(absent="", item=item.replace("thị xã Ninh Hòa", "huyện Cam Lâm")))
    acting, _, due = _task(n, "Đối với huyện Vạn Ninh")
    assert acting == ["Ủy ban nhân dân huyện Vạn Ninh", "Ủy ban nhân dân huyện Cam Lâm"]
    assert due == "2019-05-22"


def test_dui_voi_bodies_then_a_colon_inside_an_item_gives_them_the_task() -> None:
    item = (
        "3. UBND các huyện, thị xã, thành phố chỉ đạo UBND các xã ven biển tăng cường tuần tra bờ biển. Đối với UBND "
        "huyện Vạn Ninh, Cam Lâm: tổ chức thu gom dầu trên bờ biển, hoàn thành trước ngày 22/5/2019."
    )
    n = _notice(INCIDENT_MEETING.format(absent="", item=item))
    acting, _, due = _task(n, "Đối với UBND huyện Vạn Ninh")
    assert acting == ["Ủy ban nhân dân huyện Vạn Ninh", "Ủy ban nhân dân huyện Cam Lâm"]
    assert due == "2019-05-22"


# 5. "Sở X (cơ quan thường trực) chỉ đạo Chi cục Y …": the aside naming the body's part does not stop X from
# directing its unit; both act (as without the aside).


def test_a_body_with_its_part_in_brackets_directs_its_unit_and_acts() -> None:
    item = (
        "3. Sở Nông nghiệp và Phát triển nông thôn (cơ quan thường trực) chỉ đạo Chi cục Thủy lợi vận hành an toàn "
        "các hồ chứa; tổng hợp tình hình thiệt hại, báo cáo UBND tỉnh."
    )
    n = _notice(INCIDENT_MEETING.format(absent="", item=item))
    acting, _, _ = _task(n, "Sở Nông nghiệp và Phát triển nông thôn (cơ quan")
    assert acting == [
        "Sở Nông nghiệp và Phát triển nông thôn tỉnh Khánh Hòa",
        "Chi cục Thủy lợi tỉnh Khánh Hòa",
    ]


# 6. An attendee table's remarks column ("Ghi chú") marking a person away: the person is no participant and the
# body of the post is absent; the other rows attend.

TABLE_RECORD = """UBND XÃ ĐỨC HÒA
Số: 21/BB-UBND
Đức Hòa, ngày 12 tháng 9 năm 2025
BIÊN BẢN
Cuộc họp triển khai Đề án 06 trên địa bàn xã
I. THỜI GIAN, ĐỊA ĐIỂM
Vào lúc 14 giờ 00 ngày 11/9/2025, tại Hội trường UBND xã Đức Hòa, tỉnh Tây Ninh.
II. THÀNH PHẦN
| STT | Họ và tên | Chức vụ | Ghi chú |
|---|---|---|---|
| 1 | Ông Trần Văn Lực | Chủ tịch UBND xã | Chủ trì |
| 2 | Bà Võ Thị Kim Loan | Trưởng Công an xã | |
| 3 | Ông Lê Văn Dũng | Trưởng phòng Văn hóa - Xã hội | {remark} |
III. NỘI DUNG
Chủ tịch UBND xã kết luận: giao Công an xã hoàn thành thu nhận hồ sơ căn cước trước ngày 30/9/2025.
CHỦ TRÌ
Trần Văn Lực
"""


def test_a_remark_marking_the_person_away_makes_his_body_absent() -> None:
    for remark in ("Vắng, có lý do", "Vắng (đi công tác)", "Vắng mặt"):
        n = _notice(TABLE_RECORD.format(remark=remark))
        away = absent_of(n)
        assert len(away) == 1 and away[0].startswith("Phòng Văn hóa - Xã hội"), (remark, away)
        names = {p.key: p.name for p in n.persons.values()}
        assert "Lê Văn Dũng" not in [names[k] for k in n.meeting.participants]
        assert "Võ Thị Kim Loan" in [names[k] for k in n.meeting.participants]


# 7. A question session's conclusions address a body through its head: "Đề nghị (đồng chí) Giám đốc Sở X:" over
# dash items. Each item is the Sở's task, as under "Đề nghị Sở X:".


def test_a_heading_addressing_the_head_of_a_body_gives_the_body_the_items() -> None:
    for lead in (
        "Đề nghị Giám đốc Sở Tài nguyên và Môi trường:",
        "Đề nghị đồng chí Giám đốc Sở Tài nguyên và Môi trường:",
    ):
        item = (
            f"{lead}\n- Chủ trì, phối hợp với UBND các huyện đẩy nhanh tiến độ cấp giấy chứng nhận quyền sử dụng đất, "
            "hoàn thành trước ngày 31/12/2019.\n- Tăng cường thanh tra, kiểm tra hoạt động khai thác cát trái phép."
        )
        n = _notice(INCIDENT_MEETING.format(absent="", item=item))
        acting, _, due = _task(n, "Chủ trì, phối hợp với UBND các huyện")
        assert acting == ["Sở Tài nguyên và Môi trường tỉnh Khánh Hòa"]
        assert due == "2019-12-31"
        acting, _, _ = _task(n, "Tăng cường thanh tra")
        assert acting == ["Sở Tài nguyên và Môi trường tỉnh Khánh Hòa"]


def test_the_address_that_closes_a_paragraph_of_findings_gives_the_body_the_items() -> None:
    # a question session's conclusion on one field: what was found, then in the same paragraph the head addressed
    item = (
        "3. Về lĩnh vực y tế\nTình trạng quá tải tại các bệnh viện tuyến tỉnh còn phổ biến; việc kiểm định thiết bị "
        "y tế chưa kịp thời. Đề nghị Giám đốc Sở Y tế:\n- Chỉ đạo các bệnh viện rà soát, kiểm định thiết bị y tế, "
        "hoàn thành trước ngày 30/9/2019.\n- Tăng cường kiểm tra việc thực hiện quy tắc ứng xử của nhân viên y tế."
    )
    n = _notice(INCIDENT_MEETING.format(absent="", item=item))
    acting, _, due = _task(n, "Chỉ đạo các bệnh viện rà soát")
    assert acting == ["Sở Y tế tỉnh Khánh Hòa"]
    assert due == "2019-09-30"
    acting, _, _ = _task(n, "Tăng cường kiểm tra việc thực hiện quy tắc")
    assert acting == ["Sở Y tế tỉnh Khánh Hòa"]


def test_a_heading_of_places_of_two_kinds_gives_each_places_committee_the_items() -> None:
    # "UBND thành phố A, B và các huyện C, D:": one UBND for each place, "các" before the second kind's places
    item = (
        "3. UBND thành phố Nha Trang, Cam Ranh và các huyện Vạn Ninh, Cam Lâm:\n- Tổ chức đưa toàn bộ người trên "
        "các lồng bè vào bờ, hoàn thành trước 17 giờ ngày 21/5/2019.\n- Kiểm đếm tàu thuyền, báo cáo hằng ngày."
    )
    n = _notice(INCIDENT_MEETING.format(absent="", item=item))
    acting, _, due = _task(n, "Tổ chức đưa toàn bộ người")
    assert acting == [
        "Ủy ban nhân dân thành phố Nha Trang",
        "Ủy ban nhân dân thành phố Cam Ranh",
        "Ủy ban nhân dân huyện Vạn Ninh",
        "Ủy ban nhân dân huyện Cam Lâm",
    ]
    assert due == "2019-05-21"


# 8. A body's own commitment in reported speech, in answer to a petition: "Giám đốc Sở cho biết Sở sẽ phối hợp
# …" is the Sở's task; what it did ("đã") is not.

NEWS_STORY = """Sở Y tế làm việc với UBND phường Nha Trang về y tế cơ sở
Sáng 14/10, ông Nguyễn Văn Hải, Giám đốc Sở Y tế tỉnh Khánh Hòa có buổi làm việc với UBND phường Nha Trang về \
công tác y tế cơ sở sau sắp xếp.
Báo cáo tại buổi làm việc, bà Lê Thị Hồng, Chủ tịch UBND phường cho biết trạm y tế phường còn thiếu 03 bác sĩ. \
UBND phường kiến nghị Sở bổ sung nhân lực cho trạm y tế.
Phát biểu kết luận, Giám đốc Sở đề nghị UBND phường chỉ đạo trạm y tế rà soát hồ sơ sức khỏe điện tử của người dân.
Về kiến nghị bổ sung nhân lực, Giám đốc Sở cho biết Sở {tense} phối hợp với Sở Nội vụ tham mưu UBND tỉnh xem xét, \
bố trí bác sĩ cho trạm y tế phường.
Minh Anh
"""


def test_a_body_saying_it_will_act_in_reported_speech_takes_the_task() -> None:
    n = _notice(NEWS_STORY.format(tense="sẽ"))
    acting, supporting, _ = _task(n, "Về kiến nghị bổ sung nhân lực")
    assert acting == ["Sở Y tế tỉnh Khánh Hòa"]
    assert supporting == ["Sở Nội vụ tỉnh Khánh Hòa"]
    n = _notice(NEWS_STORY.format(tense="đã"))
    assert not [d for d in n.directives if d.text.startswith("Về kiến nghị bổ sung nhân lực")]


# 9. No one is written as chairing, and the lead-in to the conclusions names who gave them ("Sau khi nghe …, đồng
# chí Phó Chủ tịch UBND tỉnh X kết luận như sau:"): that person chaired.

STORM_MEETING = """UBND TỈNH PHÚ YÊN
Số: 301/TB-UBND
Phú Yên, ngày 10 tháng 10 năm 2017
THÔNG BÁO
Kết luận tại cuộc họp khẩn triển khai ứng phó với cơn bão số 11
Vào lúc 20 giờ ngày 09/10/2017, tại Văn phòng thường trực Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn \
tỉnh, UBND tỉnh họp khẩn triển khai ứng phó với cơn bão số 11. Tham dự có đại diện lãnh đạo Bộ Chỉ huy Quân sự \
tỉnh, Công an tỉnh, Sở Nông nghiệp và Phát triển nông thôn.
Sau khi nghe ông Lê Văn Bình - Phó Giám đốc Đài Khí tượng thủy văn tỉnh báo cáo diễn biến của bão và ý kiến của \
các thành viên, đồng chí Phó Chủ tịch UBND tỉnh Trần Hữu Thế kết luận như sau:
1. Bộ Chỉ huy Quân sự tỉnh chuẩn bị lực lượng, phương tiện sẵn sàng cứu hộ, cứu nạn.
2. Công an tỉnh bảo đảm an ninh trật tự tại các khu vực sơ tán dân.
UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Nguyễn Văn Hòa
"""


def test_the_one_who_concludes_in_the_lead_in_chairs_when_none_is_written() -> None:
    assert chairs_of(_notice(STORM_MEETING)) == ["Trần Hữu Thế"]


# 10. A group asked with its members in brackets ("các tổ chức chính trị - xã hội (Hội Nông dân tỉnh, …)"): each
# member takes the task in the group's place; a bracket that excepts a body lists no members.


def test_the_members_bracketed_after_a_group_take_its_task() -> None:
    item = (
        "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội (Hội Nông dân tỉnh, Hội "
        "Liên hiệp Phụ nữ tỉnh) tăng cường tuyên truyền, vận động hội viên tham gia thu gom dầu tràn."
    )
    n = _notice(INCIDENT_MEETING.format(absent="", item=item))
    acting, _, _ = _task(n, "Đề nghị Ủy ban Mặt trận")
    assert acting == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Khánh Hòa",
        "Hội Nông dân tỉnh Khánh Hòa",
        "Hội Liên hiệp Phụ nữ tỉnh Khánh Hòa",
    ]
    n = _notice(
        INCIDENT_MEETING.format(absent="", item="3. Các sở, ngành (trừ Sở Tài chính) rà soát kinh phí.")
    )
    acting, _, _ = _task(n, "Các sở, ngành")
    assert acting == ["Các sở, ngành"]


# 11. A group asked, then a colon opening on one of its members with a verb ("đề nghị các tổ chức thành viên tập
# trung một số nội dung: Hội Nông dân tỉnh tiếp tục vận động …"): the member acts, the group only leads in.

FRONT_STORY = """Ủy ban MTTQ Việt Nam tỉnh Bến Tre giao ban quý III
Sáng 10/9, Ủy ban MTTQ Việt Nam tỉnh Bến Tre tổ chức giao ban quý III với các tổ chức chính trị - xã hội tỉnh. Bà \
Trần Thị Thanh Lam, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì buổi giao ban.
Phát biểu kết luận, bà Trần Thị Thanh Lam đề nghị các tổ chức thành viên tập trung một số nội dung: Hội Nông dân \
tỉnh tiếp tục vận động hội viên chuyển giao kỹ thuật trồng dừa hữu cơ cho nông dân. Hội Liên hiệp Phụ nữ tỉnh đẩy \
mạnh tuyên truyền cuộc vận động xây dựng gia đình hạnh phúc.
Ngọc Hân
"""


def test_the_member_named_after_the_colon_acts_not_the_group_asked() -> None:
    n = _notice(FRONT_STORY)
    acting, _, _ = _task(n, "Phát biểu kết luận")
    assert acting == ["Hội Nông dân tỉnh Bến Tre"]


# 12. One title over a list of places with each holder in brackets ("Chủ tịch UBND các phường: Mỹ Tho (ông A), Cao
# Lãnh (bà B)"): each person holds the title in the body of his own place.

PROVINCE_MEETING = """UBND TỈNH VĨNH LONG
VĂN PHÒNG
Số: 15/TB-VP
Vĩnh Long, ngày 12 tháng 1 năm 2026
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh Nguyễn Văn Hải tại cuộc họp về giải ngân vốn đầu tư công
Ngày 09/01/2026, Phó Chủ tịch UBND tỉnh Nguyễn Văn Hải chủ trì cuộc họp về giải ngân vốn đầu tư công. Tham dự có:
- Sở Tài chính: ông Lê Văn An, Phó Giám đốc Sở;
- {title}: Trà Vinh (ông Thạch Sa Rươl), Long Châu (bà Nguyễn Thị Ngọc Hân);
Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:
1. Sở Tài chính tham mưu điều chuyển kế hoạch vốn, hoàn thành trước ngày 31/01/2026.
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Trần Thị Lan
"""


def test_a_title_over_places_with_holders_in_brackets_gives_each_his_places_body() -> None:
    for title, body in (
        ("Chủ tịch UBND các phường", "Ủy ban nhân dân phường"),
        ("Chủ tịch UBND các xã", "Ủy ban nhân dân xã"),
    ):
        n = _notice(PROVINCE_MEETING.format(title=title))
        assert posts_of(n, "Thạch Sa Rươl") == [("Chủ tịch", f"{body} Trà Vinh")]
        assert posts_of(n, "Nguyễn Thị Ngọc Hân") == [("Chủ tịch", f"{body} Long Châu")]


# 13. Delegates named after "Các đại biểu", each with a note in brackets on the group they were elected in: each is
# a delegate of the council whose record it is; "các đại biểu dự họp" names no one.

QUESTION_SESSION = """HĐND TỈNH HÀ TĨNH
THƯỜNG TRỰC
Số: 41/TB-HĐND
Hà Tĩnh, ngày 15 tháng 7 năm 2016
THÔNG BÁO
Kết luận của Chủ tọa kỳ họp tại phiên chất vấn
{sentence}
Chủ tọa kỳ họp kết luận như sau:
1. Đề nghị UBND tỉnh chỉ đạo Sở Giao thông vận tải hoàn thành sửa chữa Quốc lộ 8 trước ngày 30/9/2016.
TM. THƯỜNG TRỰC HĐND
CHỦ TỊCH
Lê Đình Sơn
"""


def test_delegates_named_after_cac_dai_bieu_with_their_groups_in_brackets() -> None:
    for names in (
        "Các đại biểu Phan Thị Hồng Nhung (Tổ đại biểu huyện Kỳ Anh), Trần Văn Quý (Tổ đại biểu thành phố Hà Tĩnh)",
        "Các đại biểu Phan Thị Hồng Nhung, Trần Văn Quý",
    ):
        n = _notice(QUESTION_SESSION.format(sentence=f"{names} đã chất vấn Giám đốc Sở Giao thông vận tải."))
        assert posts_of(n, "Phan Thị Hồng Nhung") == [("Đại biểu", "Hội đồng nhân dân tỉnh Hà Tĩnh")]
        assert posts_of(n, "Trần Văn Quý") == [("Đại biểu", "Hội đồng nhân dân tỉnh Hà Tĩnh")]
    n = _notice(
        QUESTION_SESSION.format(sentence="Các đại biểu dự họp đã chất vấn Giám đốc Sở Giao thông vận tải.")
    )
    assert sorted(p.name for p in n.persons.values()) == ["Lê Đình Sơn"]


# 14. An attendee list grouped by body: the deputies under "Đoàn ĐBQH tỉnh:" hold their posts in that delegation
# ("ĐBQH chuyên trách", "Phó Trưởng đoàn chuyên trách" name no body of their own).

DELEGATION_MEETING = """ĐOÀN ĐBQH TỈNH QUẢNG NGÃI
Số: 52/TB-ĐĐBQH
Quảng Ngãi, ngày 20 tháng 10 năm 2018
THÔNG BÁO
Kết luận buổi làm việc của Đoàn đại biểu Quốc hội tỉnh với UBND tỉnh về kiến nghị cử tri
Chiều ngày 18/10/2018, Đoàn ĐBQH tỉnh làm việc với UBND tỉnh về việc giải quyết kiến nghị của cử tri.
Thành phần tham dự:
- Đoàn ĐBQH tỉnh: đồng chí Trần Văn Minh – Phó Trưởng đoàn chuyên trách, chủ trì; đồng chí Phạm Thị Lan – ĐBQH \
chuyên trách.
- UBND tỉnh: đồng chí Đặng Ngọc Huy – Phó Chủ tịch UBND tỉnh.
Kết luận:
1. Đề nghị UBND tỉnh chỉ đạo Sở Nông nghiệp và Phát triển nông thôn trả lời kiến nghị cử tri trước ngày 30/11/2018.
TL. TRƯỞNG ĐOÀN
CHÁNH VĂN PHÒNG
Võ Văn Hùng
"""


def test_deputies_listed_under_their_delegation_hold_their_posts_in_it() -> None:
    n = _notice(DELEGATION_MEETING)
    assert posts_of(n, "Trần Văn Minh") == [("Phó Trưởng đoàn chuyên trách", "Đoàn ĐBQH tỉnh Quảng Ngãi")]
    assert posts_of(n, "Phạm Thị Lan") == [("Đại biểu Quốc hội", "Đoàn ĐBQH tỉnh Quảng Ngãi")]
