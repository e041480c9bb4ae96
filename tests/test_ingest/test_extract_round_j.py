"""Tasks and posts in the ways round J's unseen notices wrote them (big cities, the delta, the south-east).

Each case is a variant written here, not a copy of a test notice: the subject of an item that directs its own
unit after a semicolon, an item's later sentence without an actor, a sentence that only gives the time, a body
told to require something of businesses, "Riêng X …", the passive "X được đề nghị …", "hai bên thống nhất:",
a person handed a team to lead, a unit heading with its working unit in brackets, "Tăng cường chỉ đạo …" under a
unit, the bodies of a Quận ủy's notice, and delegation headings and "Đại diện X, bà A, Phó Giám đốc Sở".
"""

from __future__ import annotations

from ketluan.ingest.extract import parse_notice

PROVINCE_HEAD = """ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN
VĂN PHÒNG
Số: 212/TB-VPUB
Bình Thuận, ngày 14 tháng 9 năm 2011
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về kiểm soát tải trọng xe
Ngày 09/9/2011, Phó Chủ tịch UBND tỉnh Nguyễn Văn Minh chủ trì cuộc họp. Phó Chủ tịch UBND tỉnh kết luận:
"""


def _bodies_of_posts(notice) -> dict[str, str]:
    """Each person's name and the body of their (last) post that has one."""
    return {notice.persons[p.person].name: notice.agencies[p.agency].name for p in notice.posts if p.agency}


def _directives(body: str, head: str = PROVINCE_HEAD) -> list[tuple[list[str], str | None, str]]:
    notice = parse_notice(head + body, "kl.txt")
    out = []
    for d in notice.directives:
        names = [notice.agencies[a].name if a in notice.agencies else a for a in d.assignees]
        out.append((names, d.due.value if d.due else None, d.text))
    return out


def test_an_item_that_directs_its_own_unit_after_a_semicolon_keeps_its_subject():
    tasks = _directives(
        "a) Sở Giao thông vận tải chủ trì, phối hợp với Công an tỉnh duy trì Trạm cân lưu động; chỉ đạo "
        "Thanh tra Sở bố trí lực lượng kiểm tra tại các mỏ đá.\n"
    )
    names = tasks[0][0]
    assert names[0].startswith("Sở Giao thông vận tải") and any(n.startswith("Thanh tra Sở") for n in names)


def test_a_later_sentence_of_an_item_belongs_to_the_items_actor_not_the_lead_ins_collective():
    tasks = _directives(
        "2. Yêu cầu các sở, ngành, địa phương thực hiện tốt các nội dung sau:\n"
        "a) Sở Tài nguyên và Môi trường rà soát giấy phép khai thác các mỏ cát. Tổng hợp kết quả, báo cáo "
        "UBND tỉnh trước ngày 30/10/2011.\n"
        "b) Sở Khoa học và Công nghệ kiểm định lại các cân ô tô tại các mỏ đá. Thời gian hoàn thành trong "
        "tháng 11/2011.\n"
    )
    by_text = {t[2].split()[0]: t for t in tasks}
    assert by_text["Tổng"][0][0].startswith("Sở Tài nguyên và Môi trường")
    assert by_text["Tổng"][1] == "2011-10-30"
    # the time-only sentence is the deadline of the task before it, not a task of its own
    assert "Thời" not in by_text
    science = next(t for t in tasks if t[0] and "Khoa học" in t[0][0])
    assert science[1] == "2011-11"


def test_a_body_told_to_require_something_of_businesses_carries_the_task():
    tasks = _directives(
        "1. UBND thị xã La Gi yêu cầu các doanh nghiệp khai thác cát lắp đặt cân tại cổng mỏ, đưa cân đi "
        "kiểm định trước khi sử dụng.\n"
    )
    assert tasks[0][0] == ["Ủy ban nhân dân thị xã La Gi"]


def test_the_meetings_own_voice_still_hands_the_task_to_the_one_it_requires():
    head = PROVINCE_HEAD.replace("VĂN PHÒNG", "ĐOÀN KIỂM TRA LIÊN NGÀNH").replace("212/TB-VPUB", "05/TB-ĐKT")
    tasks = _directives(
        "1. Đoàn kiểm tra liên ngành yêu cầu Công ty TNHH Xăng dầu Phan Thiết kiểm định lại 02 cột đo.\n",
        head,
    )
    assert tasks and tasks[0][0] == ["Công ty TNHH Xăng dầu Phan Thiết"]


def test_a_body_singled_out_with_rieng_is_the_subject_of_its_sentence():
    tasks = _directives(
        "3. UBND các huyện, thị xã, thành phố:\n"
        "- Tăng cường kiểm tra các điểm thu mua thanh long.\n"
        "- Riêng UBND huyện Hàm Thuận Nam rà soát, lập danh sách các điểm thu mua tự phát trong tháng 10/2011.\n"
    )
    riêng = next(t for t in tasks if t[2].startswith("Riêng"))
    assert riêng[0] == ["Ủy ban nhân dân huyện Hàm Thuận Nam"]


def test_tang_cuong_chi_dao_under_a_unit_keeps_the_unit():
    tasks = _directives(
        "4. Sở Công Thương:\n- Tăng cường chỉ đạo Chi cục Quản lý thị trường kiểm tra các cửa hàng xăng dầu.\n"
    )
    names = tasks[0][0]
    assert names[0].startswith("Sở Công Thương") and any(
        n.startswith("Chi cục Quản lý thị trường") for n in names
    )


def test_a_unit_heading_with_its_working_unit_in_brackets_gives_the_heading_its_task():
    tasks = _directives(
        "**1. Liên minh Hợp tác xã tỉnh** (Ban Kế hoạch - Hỗ trợ): chủ trì hoàn thiện hồ sơ đăng ký nhãn hiệu "
        "tập thể, nộp Cục Sở hữu trí tuệ trước ngày 30/10/2011.\n"
    )
    assert tasks[0][0] == ["Liên minh Hợp tác xã tỉnh Bình Thuận"] and tasks[0][1] == "2011-10-30"


NEWS = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BÌNH ĐỊNH
Tăng cường quản lý đo lường tại cảng cá Quy Nhơn
12/05/2016 09:10
Sáng 10/5/2016, Sở Khoa học và Công nghệ phối hợp với UBND thành phố Quy Nhơn tổ chức cuộc họp về quản lý cân tại cảng cá. Ông Trần Văn Phúc, Phó Giám đốc Sở chủ trì cuộc họp.
Phát biểu kết luận, Phó Giám đốc Sở Trần Văn Phúc đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra cân tại các vựa cá trước ngày 30/6/2016.
{para}
"""


def _news(para: str) -> list[tuple[list[str], str | None, str]]:
    return _directives("", NEWS.format(para=para))


def test_a_body_asked_in_the_passive_in_a_news_story_is_given_the_task():
    tasks = _news(
        "Ban Quản lý cảng cá Quy Nhơn được đề nghị bố trí mặt bằng đặt cân đối chứng trước ngày 15/6/2016."
    )
    assert any(t[0] == ["Ban Quản lý cảng cá Quy Nhơn"] for t in tasks)


def test_what_both_sides_agreed_after_a_colon_are_tasks_in_a_news_story():
    tasks = _news(
        "Đối với các chợ, hai bên thống nhất: UBND phường Lê Lợi đặt thêm điểm cân đối chứng tại chợ Lớn "
        "trong tháng 6/2016. Ban Quản lý chợ Khu 6 phối hợp với UBND phường Trần Phú kiểm tra cân của tiểu thương."
    )
    actors = [t[0] for t in tasks]
    assert ["Ủy ban nhân dân phường Lê Lợi"] in actors and ["Ban Quản lý chợ Khu 6"] in actors


def test_without_an_agreement_a_news_storys_plain_sentence_is_not_a_task():
    tasks = _news("UBND phường Lê Lợi đã đặt thêm điểm cân đối chứng tại chợ Lớn từ tháng 3.")
    assert not any("Lê Lợi" in n for t in tasks for n in t[0])


def test_a_person_handed_a_team_to_lead_is_not_the_meetings_chair():
    notice = parse_notice(
        """ỦY BAN NHÂN DÂN PHƯỜNG HÀNG BÔNG
Số: 15/TB-UBND
Hà Nội, ngày 22 tháng 1 năm 2026
THÔNG BÁO
Kết luận của Chủ tịch UBND phường tại cuộc họp về an toàn thực phẩm dịp Tết
Ngày 20/01/2026, đồng chí Nguyễn Văn Quý, Chủ tịch UBND phường chủ trì cuộc họp.
Chủ tịch UBND phường kết luận:
1. Giao đồng chí Trần Văn Bình - Phó Chủ tịch UBND phường làm Trưởng đoàn, trực tiếp chỉ đạo Đoàn kiểm tra liên ngành về an toàn thực phẩm của phường.
""",
        "hb.txt",
    )
    chairs = [notice.persons[p].name for p in notice.meeting.chairs]
    assert chairs == ["Nguyễn Văn Quý"]
    assert any("trần văn bình" in d.assignees for d in notice.directives)


def test_a_quan_uys_notice_names_its_districts_bodies_as_the_quans():
    notice = parse_notice(
        """ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY GÒ VẤP
Số 120-TB/QU
Gò Vấp, ngày 05 tháng 6 năm 2019
THÔNG BÁO
Kết luận của Ban Thường vụ Quận ủy về công tác quản lý chợ
Ngày 03/6/2019, Ban Thường vụ Quận ủy họp dưới sự chủ trì của đồng chí Lê Văn Hòa, Bí thư Quận ủy.
Ban Thường vụ Quận ủy kết luận:
1. Ủy ban nhân dân quận xây dựng kế hoạch sắp xếp chợ tạm, ban hành trước ngày 30/6/2019.
2. Phòng Kinh tế quận phối hợp Ban Quản lý chợ Hạnh Thông Tây kiểm tra cân của tiểu thương.
""",
        "gv.txt",
    )
    names = {notice.agencies[a].name for d in notice.directives for a in d.assignees}
    assert "Ủy ban nhân dân quận Gò Vấp" in names and "Phòng Kinh tế quận Gò Vấp" in names
    assert not any(
        "huyện Gò Vấp" in a.name or a.name.startswith("Huyện ủy") for a in notice.agencies.values()
    )


MINUTES = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NAM ĐỊNH
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 11/BB-TĐC
Nam Định, ngày 12 tháng 3 năm 2019
# BIÊN BẢN LÀM VIỆC
**Về việc kiểm định đồng hồ nước**
Hôm nay, ngày 12/3/2019, tại trụ sở Chi cục, chúng tôi gồm:
## I. THÀNH PHẦN
**1. Đại diện Chi cục Tiêu chuẩn Đo lường Chất lượng Nam Định**
- Ông Trần Văn Hưng – Chi cục trưởng – Chủ trì;
**2. Đại diện Công ty Cổ phần Nước sạch Nam Định**
- Ông Vũ Văn Sơn – Phó Tổng Giám đốc;
**3. Đại diện Phòng Kinh tế thành phố Nam Định**
- Bà Đỗ Thị Mai – Phó Trưởng phòng.
## II. NỘI DUNG
Hai bên thống nhất như sau:
1. Công ty Cổ phần Nước sạch Nam Định đưa 2.000 đồng hồ nước đi kiểm định trong quý II/2019.
"""


def test_a_delegation_heading_without_a_colon_gives_its_people_their_body():
    notice = parse_notice(MINUTES, "bb.md")
    posts = _bodies_of_posts(notice)
    assert posts["Vũ Văn Sơn"] == "Công ty Cổ phần Nước sạch Nam Định"
    assert posts["Đỗ Thị Mai"].startswith("Phòng Kinh tế thành phố Nam Định")


def test_dai_dien_a_so_then_a_person_with_the_bare_so_is_that_sos():
    notice = parse_notice(
        PROVINCE_HEAD.replace(
            "chủ trì cuộc họp.",
            "chủ trì cuộc họp. Tham dự có đại diện Sở Tài chính, bà "
            "Lê Thị Hoa, Phó Giám đốc Sở; đại diện Sở Xây dựng, ông Phan Văn Tư, Phó Giám đốc Sở.",
        )
        + "1. Sở Tài chính bố trí kinh phí sửa chữa Trạm cân.\n",
        "kl.txt",
    )
    posts = _bodies_of_posts(notice)
    assert posts["Lê Thị Hoa"] == "Sở Tài chính tỉnh Bình Thuận"
    assert posts["Phan Văn Tư"] == "Sở Xây dựng tỉnh Bình Thuận"


def test_yeu_cau_under_a_unit_heading_is_the_units_task():
    tasks = _directives(
        "#### 3. Đề nghị Sở Giao thông vận tải\n- Yêu cầu các doanh nghiệp kinh doanh vận tải bằng xe taxi chỉ đưa vào khai thác xe có taximet đã "
        "được kiểm định, báo cáo trước ngày 25/9/2011.\n"
    )
    assert tasks[0][0] == ["Sở Giao thông vận tải tỉnh Bình Thuận"] and tasks[0][1] == "2011-09-25"


def test_a_body_chosen_as_the_pilot_is_given_what_follows():
    tasks = _directives(
        "3. Bệnh viện Đa khoa tỉnh Bình Thuận được chọn làm đơn vị điểm: mở sổ theo dõi, dán tem kiểm định "
        "cho huyết áp kế và cân y tế.\n"
    )
    assert tasks and tasks[0][0] == ["Bệnh viện Đa khoa tỉnh Bình Thuận"]


def test_a_person_told_to_follow_up_everything_above_gets_what_the_tasks_were_about():
    notice = parse_notice(
        PROVINCE_HEAD
        + "1. Sở Khoa học và Công nghệ kiểm định lại các cân ô tô tại trạm cân.\n"
        + "2. Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường cân tại các mỏ đá.\n"
        + "3. Sở Tài chính bố trí kinh phí mua cân mới.\n"
        + "4. Giao đồng chí Lê Văn Tám, Phó Giám đốc Sở Khoa học và Công nghệ theo dõi, chỉ đạo các nội dung trên.\n",
        "kl.txt",
    )
    last = notice.directives[-1]
    assert last.assignees == ["lê văn tám"] and "metrology" in last.topics and "finance" not in last.topics


def test_a_delegation_line_with_the_body_above_in_brackets_gives_its_person_the_body():
    notice = parse_notice(
        """| UBND TỈNH BÌNH PHƯỚC<br>**LIÊN MINH HỢP TÁC XÃ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
|---|---|
| Số: 45/BB-LMHTX | *Bình Phước, ngày 20 tháng 8 năm 2020* |

# BIÊN BẢN HỌP

**Về việc đăng ký nhãn hiệu tập thể "Hạt điều Bù Đăng"**

**Chủ trì:** Ông Nguyễn Văn Phúc – Chủ tịch Liên minh Hợp tác xã tỉnh.

**Thành phần tham dự:**

- Chi cục Tiêu chuẩn Đo lường Chất lượng: bà Lê Thu Hà – Phó Chi cục trưởng;
- Chi cục Phát triển nông thôn (Sở Nông nghiệp và PTNT): ông Đỗ Văn Khánh – Phó Chi cục trưởng.

**Kết luận:**

1. Đề nghị Chi cục Phát triển nông thôn: hỗ trợ các HTX xây dựng phương án sản xuất năm 2021.
""",
        "bb.md",
    )
    posts = _bodies_of_posts(notice)
    assert posts["Đỗ Văn Khánh"].startswith("Chi cục Phát triển nông thôn")


def test_a_post_without_a_body_takes_the_body_written_after_a_comma():
    notice = parse_notice(
        MINUTES.replace(
            "- Ông Trần Văn Hưng – Chi cục trưởng – Chủ trì;",
            "- Ông Trần Văn Hưng – Chi cục trưởng – Chủ trì;\n- Ông Lê Văn Bảo – Kiểm định viên, Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Nam Định;",
        ),
        "bb.md",
    )
    posts = _bodies_of_posts(notice)
    assert posts["Lê Văn Bảo"].startswith("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng")


def test_a_quan_uy_vien_in_a_quan_uys_notice_sits_in_that_quan_uy():
    notice = parse_notice(
        """ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
QUẬN ỦY GÒ VẤP
Số 121-TB/QU
Gò Vấp, ngày 06 tháng 6 năm 2019
THÔNG BÁO
Kết luận của Thường trực Quận ủy về công tác quản lý chợ
Ngày 04/6/2019, đồng chí Lê Văn Hòa, Bí thư Quận ủy chủ trì cuộc họp; dự họp có đồng chí Trần Thị Lan, Quận ủy viên, Phó Chủ tịch UBND quận.
Thường trực Quận ủy kết luận:
1. Phòng Kinh tế quận kiểm tra cân của tiểu thương tại các chợ.
""",
        "gv2.txt",
    )
    posts = {
        (notice.persons[p.person].name, p.role): notice.agencies[p.agency].name
        for p in notice.posts
        if p.agency
    }
    assert posts[("Trần Thị Lan", "Quận ủy viên")] == "Quận ủy Gò Vấp"


# round K's forms (the Highlands and the far south-west)


def test_a_body_named_as_the_standing_unit_before_its_task_acts():
    tasks = _directives(
        "1. Chi cục Tiêu chuẩn Đo lường Chất lượng là đơn vị thường trực, chủ trì, phối hợp với Chi cục Quản lý "
        "thị trường kiểm tra cân tại các điểm thu mua thanh long, báo cáo trước ngày 20/11/2011.\n"
    )
    assert tasks[0][0] == ["Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Bình Thuận"]


def test_a_body_described_as_the_advisory_body_is_not_given_a_task():
    tasks = _directives(
        "1. Sở Công Thương là cơ quan tham mưu giúp UBND tỉnh quản lý nhà nước về hóa chất; việc kiểm tra sau cấp "
        "phép còn chậm.\n"
    )
    assert not any("Sở Công Thương" in n for t in tasks for n in t[0])


def test_an_aside_in_brackets_between_a_body_and_its_verb():
    tasks = _directives(
        "3. UBND các huyện, thị xã tăng cường kiểm tra các điểm thu mua. Riêng UBND huyện Tuy Phong (vắng họp) "
        "báo cáo bằng văn bản trước ngày 30/9/2011.\n"
    )
    assert any(t[0] == ["Ủy ban nhân dân huyện Tuy Phong"] and t[1] == "2011-09-30" for t in tasks)


def test_bodies_put_first_with_doi_voi_are_the_ones_asked():
    tasks = _directives(
        "4. Đối với Phòng Kinh tế và Hạ tầng huyện Bắc Bình và huyện Hàm Tân, đề nghị gửi báo cáo số lượng cân "
        "về Sở Công Thương trước ngày 25/9/2011.\n"
    )
    assert tasks[0][0] == [
        "Phòng Kinh tế và Hạ tầng huyện Bắc Bình",
        "Phòng Kinh tế và Hạ tầng huyện Hàm Tân",
    ]


def test_a_commune_that_did_not_connect_to_the_online_meeting_was_absent():
    notice = parse_notice(
        PROVINCE_HEAD.replace(
            "Phó Chủ tịch UBND tỉnh kết luận:",
            "Hội nghị được tổ chức trực tuyến đến các xã. Ủy ban nhân dân xã Hòa Thắng không kết nối điểm cầu và "
            "không có báo cáo gửi trước cuộc họp.\nPhó Chủ tịch UBND tỉnh kết luận:",
        )
        + "1. Sở Tài chính bố trí kinh phí sửa chữa Trạm cân.\n",
        "kl.txt",
    )
    assert [notice.agencies[a].name for a in notice.meeting.absent_agencies] == [
        "Ủy ban nhân dân xã Hòa Thắng"
    ]


def test_bodies_each_with_a_short_name_in_brackets_act_together():
    tasks = _directives(
        "5. Công ty Điện lực Bình Thuận (PC Bình Thuận) và Công ty Cổ phần Cấp thoát nước Bình Thuận (Biwase) "
        "phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm định công tơ, đồng hồ nước trong quý IV/2011.\n"
    )
    assert tasks[0][0] == ["Công ty Điện lực Bình Thuận", "Công ty Cổ phần Cấp thoát nước Bình Thuận"]


def test_a_site_absent_in_the_next_sentence_does_not_make_the_bodies_before_it_absent():
    notice = parse_notice(
        """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Hội nghị trực tuyến phòng, chống dịch bệnh gia súc
05/06/2021
Sáng 04/6/2021, Thứ trưởng Phùng Đức Tiến chủ trì hội nghị trực tuyến với 63 tỉnh, thành phố. Tham dự có lãnh đạo Sở NN&PTNT, Chi cục Chăn nuôi và Thú y. Điểm cầu tỉnh Điện Biên vắng mặt.
Thứ trưởng yêu cầu Cục Thú y tăng cường kiểm tra vận chuyển gia súc.
""",
        "tin.md",
    )
    assert [notice.agencies[a].name for a in notice.meeting.absent_agencies] == ["Tỉnh Điện Biên"]


def test_a_bulleted_lead_in_opens_the_numbered_conclusions_of_a_post():
    notice = parse_notice(
        """ỦY BAN NHÂN DÂN XÃ MƯỜNG BÁNG
Tin hoạt động
Sáng 06/10/2025, UBND xã Mường Báng tổ chức giao ban khắc phục mưa lũ. Ông Lò Văn Sơn, Chủ tịch UBND xã chủ trì.
- Phát biểu kết luận, Chủ tịch UBND xã đề nghị:
1. Phòng Kinh tế tham mưu phương án hỗ trợ các hộ bị thiệt hại, hoàn thành trước ngày 15/10/2025.
2. Phòng Văn hóa - Xã hội rà soát danh sách hộ nghèo bị ảnh hưởng.
""",
        "post.txt",
    )
    actors = [[notice.agencies[a].name for a in d.assignees] for d in notice.directives]
    assert actors == [["Phòng Kinh tế"], ["Phòng Văn hóa - Xã hội"]]


def test_a_units_item_that_requires_a_group_stays_the_units_task():
    tasks = _directives(
        "2. Chi cục Tiêu chuẩn Đo lường Chất lượng:\n"
        "a) Chủ trì kiểm tra cân tại các cảng cá trước ngày 30/10/2011.\n"
        "b) Chủ trì rà soát toàn bộ cân ô tô đang sử dụng; yêu cầu các đơn vị quản lý cân thực hiện kiểm định "
        "định kỳ.\n"
    )
    assert [t[0] for t in tasks] == [["Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Bình Thuận"]] * 2


def test_a_group_whose_places_follow_the_colon_is_one_body_in_each_place():
    tasks = _directives(
        "5. Ủy ban nhân dân các huyện: Tuy Phong, Bắc Bình, Hàm Thuận Bắc khẩn trương thống kê thiệt hại, báo "
        "cáo UBND tỉnh trước ngày 12/10/2011.\n"
    )
    assert tasks[0][0] == [
        "Ủy ban nhân dân huyện Tuy Phong",
        "Ủy ban nhân dân huyện Bắc Bình",
        "Ủy ban nhân dân huyện Hàm Thuận Bắc",
    ]
    assert tasks[0][2].startswith("khẩn trương") and tasks[0][1] == "2011-10-12"


def test_a_post_after_a_comma_that_a_name_follows_is_the_next_persons():
    notice = parse_notice(
        PROVINCE_HEAD.replace(
            "Phó Chủ tịch UBND tỉnh kết luận:",
            "Dự họp có Giám đốc Sở Thông tin và Truyền thông Lê Sơn Phong, Phó Giám đốc Sở Nội vụ Võ Ngọc Đồng và "
            "lãnh đạo các sở.\nPhó Chủ tịch UBND tỉnh kết luận:",
        )
        + "1. Sở Tài chính bố trí kinh phí sửa chữa Trạm cân.\n",
        "kl.txt",
    )
    posts = {
        (notice.persons[p.person].name, p.role): notice.agencies[p.agency].name
        for p in notice.posts
        if p.agency
    }
    assert posts[("Võ Ngọc Đồng", "Phó Giám đốc")] == "Sở Nội vụ tỉnh Bình Thuận"
    assert ("Lê Sơn Phong", "Phó Giám đốc") not in posts


def test_a_person_handed_a_task_with_joined_degrees_before_the_name():
    tasks = _directives(
        "1. Giao PGS.TS. Ma Văn Sình - Phó Hiệu trưởng trực tiếp chỉ đạo công tác tự đánh giá.\n"
    )
    assert tasks and tasks[0][0] == ["ma văn sình"]


def test_co_chairs_listed_after_chu_tri_buoi_lam_viec_co():
    notice = parse_notice(
        """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ YÊN
Làm việc với Ban Quản lý Khu kinh tế
28/10/2021
Sáng 27/10/2021, Sở Khoa học và Công nghệ làm việc với Ban Quản lý Khu kinh tế tỉnh. Đồng chủ trì buổi làm việc có ông Lê Văn Phi, Giám đốc Sở KH&CN và ông Trần Minh Quang, Phó Trưởng ban Ban Quản lý Khu kinh tế tỉnh.
Ông Lê Văn Phi đề nghị Ban Quản lý Khu kinh tế tỉnh rà soát nhu cầu đổi mới công nghệ.
""",
        "tin.html",
    )
    assert [notice.persons[p].name for p in notice.meeting.chairs] == ["Lê Văn Phi", "Trần Minh Quang"]


def test_the_body_that_leads_a_project_is_not_the_meetings_chair():
    notice = parse_notice(
        """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ TĨNH
HỘI ĐỒNG KHOA HỌC VÀ CÔNG NGHỆ
BIÊN BẢN HỌP HỘI ĐỒNG
Đánh giá, nghiệm thu đề tài khoa học và công nghệ cấp tỉnh
Tên đề tài: Ứng dụng tiến bộ kỹ thuật nuôi cá rô đồng
Chủ nhiệm đề tài: ThS. Nguyễn Văn Lục
Cơ quan chủ trì: Trung tâm Ứng dụng tiến bộ KH&CN Hà Tĩnh
A. THỜI GIAN, ĐỊA ĐIỂM
Bắt đầu lúc 8 giờ 30 phút, ngày 16/10/2012, tại Sở Khoa học và Công nghệ Hà Tĩnh.
B. KẾT LUẬN
Hội đồng đề nghị chủ nhiệm đề tài hoàn thiện báo cáo tổng kết trước ngày 30/10/2012.
""",
        "bb.txt",
    )
    assert notice.meeting.chairs == []


def test_a_sentence_opened_by_ngoai_ra_hands_out_a_task_to_each_person():
    notice = parse_notice(
        PROVINCE_HEAD
        + "1. Sở Tài chính bố trí kinh phí sửa chữa Trạm cân.\n"
        + "Ngoài ra, Phó Chủ tịch UBND tỉnh giao Giám đốc Sở Khoa học và Công nghệ Lê Văn Sang trực tiếp chỉ đạo "
        + "Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra cân; Giám đốc Sở Công Thương Trần Thị Lan chỉ đạo chuẩn "
        + "bị Hội chợ thương mại.\n",
        "kl.txt",
    )
    by_person = {a: d.topics for d in notice.directives for a in d.assignees if a in notice.persons}
    assert set(by_person) == {"lê văn sang", "trần thị lan"}
    assert "events" not in by_person["lê văn sang"]


def test_an_issuers_name_split_after_va_over_two_header_lines():
    notice = parse_notice(
        """UBND TỈNH VĨNH LONG                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NÔNG NGHIỆP VÀ                        Độc lập - Tự do - Hạnh phúc
PHÁT TRIỂN NÔNG THÔN
Số: 88/TB-SNN                            Vĩnh Long, ngày 14 tháng 8 năm 2009
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban
Ngày 11/8/2009, ông Lê Văn Khiêm, Giám đốc Sở chủ trì cuộc họp.
Giám đốc Sở kết luận:
1. Chi cục Thủy lợi rà soát các cống ngăn mặn, báo cáo trước ngày 20/8/2009.
""",
        "tb.txt",
    )
    assert notice.agencies[notice.issuer].name == "Sở Nông nghiệp và Phát triển nông thôn tỉnh Vĩnh Long"


def test_a_review_of_the_period_opening_an_item_is_not_a_task():
    head = PROVINCE_HEAD.replace(
        "Phó Chủ tịch UBND tỉnh kết luận:",
        "Sau khi nghe Sở Khoa học và Công nghệ báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:",
    )
    tasks = _directives(
        "1. Thời gian qua, Sở Khoa học và Công nghệ đã tích cực triển khai nhiều đề tài, dự án ứng dụng công nghệ "
        "cao trong nông nghiệp, nhất là công nghệ nuôi cấy mô; nhiều kết quả đã được chuyển giao vào sản xuất, góp "
        "phần nâng cao giá trị sản xuất. Tuy nhiên, năng lực sản xuất cây giống còn thấp.\n"
        "2. Giao Sở Khoa học và Công nghệ chủ trì xây dựng đề án phát triển cây giống, trình UBND tỉnh trong quý "
        "IV/2011.\n",
        head,
    )
    assert len(tasks) == 1 and tasks[0][2].startswith("Giao")


def test_the_issuer_of_a_cited_document_is_not_at_the_meeting():
    notice = parse_notice(
        PROVINCE_HEAD.replace(
            "Ngày 09/9/2011, Phó Chủ tịch UBND tỉnh Nguyễn Văn Minh chủ trì cuộc họp.",
            "Thực hiện Quyết định số 4667/QĐ-BYT ngày 07/11/2014 của Bộ Y tế, ngày 09/9/2011, Sở Y tế tổ chức cuộc "
            "họp. Phó Chủ tịch UBND tỉnh Nguyễn Văn Minh chủ trì cuộc họp.",
        )
        + "1. Sở Y tế rà soát các trạm y tế xã.\n",
        "kl.txt",
    )
    names = [notice.agencies[a].name for a in notice.meeting.participating_agencies]
    assert "Sở Y tế tỉnh Bình Thuận" in names and not any(n.startswith("Bộ Y tế") for n in names)


def test_a_meeting_role_label_then_the_persons_own_post():
    notice = parse_notice(
        MINUTES.replace(
            "## II. NỘI DUNG", "Thư ký: Bà Lê Thị Mận, chuyên viên Văn phòng Chi cục.\n## II. NỘI DUNG"
        ),
        "bb.md",
    )
    roles = {(notice.persons[p.person].name, p.role) for p in notice.posts}
    assert ("Lê Thị Mận", "Thư ký") in roles and ("Lê Thị Mận", "Chuyên viên") in roles


def test_a_members_table_names_the_councils_chair_in_its_duty_column():
    notice = parse_notice(
        """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ TĨNH
BIÊN BẢN HỌP HỘI ĐỒNG NGHIỆM THU
Hôm nay, ngày 16/10/2012, tại Sở Khoa học và Công nghệ Hà Tĩnh, Hội đồng nghiệm thu đề tài họp.
I. THÀNH PHẦN HỘI ĐỒNG
TT | Họ và tên | Chức vụ, cơ quan công tác | Chức danh trong HĐ
1 | TS. Lê Văn Thuận | Phó Giám đốc Sở KH&CN Hà Tĩnh | Chủ tịch HĐ
2 | ThS. Cao Thị Mai | Phó Chi cục trưởng Chi cục Thủy sản Hà Tĩnh | Phản biện 1
II. KẾT LUẬN
Hội đồng đề nghị chủ nhiệm đề tài hoàn thiện báo cáo tổng kết trước ngày 30/10/2012.
""",
        "bb.txt",
    )
    assert [notice.persons[p].name for p in notice.meeting.chairs] == ["Lê Văn Thuận"]
