"""Tasks and posts in the ways round M's unseen notices wrote them, and cases left over from round L.

Each case is a variant written here, not a copy of a test notice.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.extract import parse_notice

PROVINCE_HEAD = """ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN
VĂN PHÒNG
Số: 212/TB-VPUB
Bình Thuận, ngày 14 tháng 9 năm 2011
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về phòng chống bão
Ngày 09/9/2011, Phó Chủ tịch UBND tỉnh Nguyễn Văn Minh chủ trì cuộc họp. Phó Chủ tịch UBND tỉnh kết luận:
"""


def _directives(body: str, head: str = PROVINCE_HEAD) -> list[tuple[list[str], str | None, str]]:
    notice = parse_notice(head + body, "kl.txt")
    out = []
    for d in notice.directives:
        names = [notice.agencies[a].name if a in notice.agencies else a for a in d.assignees]
        out.append((names, d.due.value if d.due else None, d.text))
    return out


@pytest.mark.parametrize(
    "heading",
    [
        "**5. Ủy ban nhân dân các huyện:** Tuy Phong, Bắc Bình, Hàm Thuận Bắc",
        "5. **Ủy ban nhân dân các huyện**: Tuy Phong, Bắc Bình, Hàm Thuận Bắc",
        "**5. Ủy ban nhân dân các huyện: Tuy Phong, Bắc Bình, Hàm Thuận Bắc**",
        "5. *Ủy ban nhân dân các huyện*: Tuy Phong, Bắc Bình, Hàm Thuận Bắc",
    ],
)
def test_a_bold_group_heading_whose_places_follow_the_colon_is_one_body_in_each_place(heading: str) -> None:
    ((bodies, due, text),) = _directives(
        heading + " khẩn trương thống kê thiệt hại, báo cáo UBND tỉnh trước ngày 12/10/2011.\n"
    )
    assert bodies == [
        "Ủy ban nhân dân huyện Tuy Phong",
        "Ủy ban nhân dân huyện Bắc Bình",
        "Ủy ban nhân dân huyện Hàm Thuận Bắc",
    ]
    assert text.startswith("khẩn trương") and due == "2011-10-12"


def test_a_bold_group_heading_before_a_task_names_no_commune() -> None:
    # guard: a capitalised task after a commune group's colon is no commune's name, bold or not
    ((bodies, _, text),) = _directives("**5. Ủy ban nhân dân các xã:** Tổ chức rà soát, báo cáo kết quả.\n")
    assert bodies == ["Ủy ban nhân dân các xã"] and text.startswith("Tổ chức")


@pytest.mark.parametrize("marker", ["a)", "-", "+", "*"])
def test_the_paragraphs_under_a_unit_heading_are_that_units_tasks(marker: str) -> None:
    """ "b) Sở Giao thông vận tải:" on a line of its own, its tasks in plain paragraphs under it (no marker): the
    paragraphs do not close the heading as a plain paragraph after a list does."""
    tasks = _directives(
        "2. Giao nhiệm vụ cụ thể:\n"
        f"{marker} Sở Giao thông vận tải:\n"
        "Khẩn trương khắc phục các điểm sạt lở trên Quốc lộ 28, bảo đảm thông tuyến trước ngày 30/9/2011.\n"
        "Bố trí lực lượng trực 24/24 giờ tại các điểm sạt lở.\n"
        f"{marker} Ủy ban nhân dân huyện Tuy Phong, Ủy ban nhân dân huyện Bắc Bình:\n"
        "Di dời ngay các hộ dân ở vùng có nguy cơ sạt lở đến nơi an toàn trước ngày 20/9/2011.\n"
    )
    assert [(t[0], t[1]) for t in tasks] == [
        (["Sở Giao thông vận tải tỉnh Bình Thuận"], "2011-09-30"),
        (["Sở Giao thông vận tải tỉnh Bình Thuận"], None),
        (["Ủy ban nhân dân huyện Tuy Phong", "Ủy ban nhân dân huyện Bắc Bình"], "2011-09-20"),
    ]


def test_a_plain_paragraph_after_a_list_of_tasks_still_closes_the_list() -> None:
    # guard: the items under "2." are whole tasks (no unit heading of their own), so a plain paragraph after
    # them is no longer theirs
    tasks = _directives(
        "2. Giao nhiệm vụ:\n"
        "a) Sở Tài chính bố trí kinh phí khắc phục hậu quả.\n"
        "b) Sở Y tế:\n"
        "- Chỉ đạo xử lý môi trường sau lũ.\n"
        "Các sở, ngành, địa phương báo cáo tình hình về UBND tỉnh trước 15 giờ hằng ngày.\n"
    )
    assert [t[0] for t in tasks] == [
        ["Sở Tài chính tỉnh Bình Thuận"],
        ["Sở Y tế tỉnh Bình Thuận"],
        ["Các sở, ngành, địa phương"],
    ]


def _absent(sentence: str) -> list[str]:
    notice = parse_notice(
        PROVINCE_HEAD.replace("chủ trì cuộc họp.", "chủ trì cuộc họp. " + sentence), "kl.txt"
    )
    return [notice.agencies[a].name for a in notice.meeting.absent_agencies]


def test_a_list_of_absent_bodies_goes_on_past_a_place_whose_name_is_a_cue_word() -> None:
    # "Cần" of "Cần Thơ" is the cue "cần" (need) only outside a body's name
    assert _absent("Vắng: Sở Y tế thành phố Cần Thơ; Sở Y tế tỉnh Gia Lai.") == [
        "Sở Y tế thành phố Cần Thơ",
        "Sở Y tế tỉnh Gia Lai",
    ]
    # guard: a clause with a verb after the ";" still ends the list
    assert _absent("Vắng: Sở Y tế thành phố Cần Thơ; đề nghị Sở Y tế tỉnh Gia Lai báo cáo lý do.") == [
        "Sở Y tế thành phố Cần Thơ"
    ]


def test_a_unit_heading_with_a_note_in_brackets_gives_its_items_to_the_body() -> None:
    tasks = _directives(
        "1. Sở Khoa học và Công nghệ (sau hợp nhất):\n"
        "- Chủ trì kiểm tra đột xuất về đo lường đối với cột đo xăng dầu; hoàn thành trước ngày 30/9/2011.\n"
        "- Hướng dẫn nghiệp vụ quản lý đo lường cho công chức các xã.\n"
    )
    assert [(t[0], t[1]) for t in tasks] == [
        (["Sở Khoa học và Công nghệ tỉnh Bình Thuận"], "2011-09-30"),
        (["Sở Khoa học và Công nghệ tỉnh Bình Thuận"], None),
    ]
    # the same heading in bold, without a colon, over a plain paragraph (a report's per-unit parts)
    tasks = _directives(
        "**1. Phòng Quản lý Đo lường (thuộc Chi cục)**\n\n"
        "Chủ trì kiểm tra đột xuất taximet tại 03 doanh nghiệp; hoàn thành trước ngày 30/6/2011.\n"
    )
    assert tasks and tasks[0][0] == ["Phòng Quản lý Đo lường"] and tasks[0][1] == "2011-06-30"


def test_a_group_described_by_its_business_heads_its_tasks() -> None:
    """ "4. Các doanh nghiệp kinh doanh vận tải taxi" over a paragraph: the heading names who, the paragraph what."""
    ((bodies, _, text),) = _directives(
        "**4. Các doanh nghiệp kinh doanh vận tải taxi**\n\n"
        "Tự kiểm tra, niêm phong taximet; không tự ý sửa chữa bộ phận của taximet.\n"
    )
    assert bodies == ["Các doanh nghiệp"] and text.startswith("Tự kiểm tra")


def test_a_parts_heading_closes_the_unit_heading_of_the_part_before() -> None:
    tasks = _directives(
        "2. Nhiệm vụ thời gian tới\n\n"
        "**2.1. Sở Công Thương**\n\n"
        "- Chủ trì kiểm tra chất lượng xăng dầu trước ngày 30/10/2011.\n\n"
        "#### 3. Kiến nghị của các huyện\n\n"
        "Về đề nghị hỗ trợ kinh phí mua cân đối chứng, sẽ xem xét bố trí trong năm 2012.\n"
    )
    # the paragraph under "3." names no one: it is not Sở Công Thương's
    assert [t[0] for t in tasks] == [["Sở Công Thương tỉnh Bình Thuận"]]


@pytest.mark.parametrize("verb", ["lãnh đạo", "lãnh đạo, chỉ đạo"])
def test_the_items_under_a_party_body_leading_a_state_body_are_both_bodies(verb: str) -> None:
    """The Party body answers for them and the body it leads does them (round X: the gold of a Party notice wants
    the state body; rounds 2 and 6 want the Party body)."""
    tasks = _directives(
        f"1. Ban cán sự đảng UBND tỉnh {verb} UBND tỉnh:\n"
        "a) Xây dựng kế hoạch thực hiện Nghị quyết, hoàn thành trước ngày 31/12/2011.\n"
        "b) Bố trí kinh phí cho khoa học và công nghệ từ năm 2012.\n"
    )
    both = ["Ban cán sự đảng Ủy ban nhân dân tỉnh Bình Thuận", "Ủy ban nhân dân tỉnh Bình Thuận"]
    assert [t[0] for t in tasks] == [both] * 2
    assert tasks[0][1] == "2011-12-31"


@pytest.mark.parametrize("sep", [";", ","])
def test_a_unit_that_directs_its_own_office_after_its_task_keeps_the_task(sep: str) -> None:
    """ "2. Sở Công Thương: Rà soát …; chỉ đạo Chi cục QLTT kiểm tra …": the Sở goes on acting and directs the
    Chi cục, which acts with it (as when the Sở is the sentence's subject)."""
    for body in (
        f"2. Sở Công Thương: Rà soát quy hoạch mạng lưới cửa hàng xăng dầu{sep} chỉ đạo Chi cục Quản lý thị "
        "trường kiểm tra chất lượng xăng dầu, báo cáo UBND tỉnh trước ngày 15/10/2011.\n",
        f"2. Sở Công Thương:\n- Rà soát quy hoạch mạng lưới cửa hàng xăng dầu{sep} chỉ đạo Chi cục Quản lý thị "
        "trường kiểm tra chất lượng xăng dầu, báo cáo UBND tỉnh trước ngày 15/10/2011.\n",
    ):
        ((bodies, due, _),) = _directives(body)
        assert bodies == ["Sở Công Thương tỉnh Bình Thuận", "Chi cục Quản lý thị trường tỉnh Bình Thuận"]
        assert due == "2011-10-15"


CAO_BANG_HEAD = """ỦY BAN NHÂN DÂN TỈNH CAO BẰNG
Số: 12/TB-UBND
Cao Bằng, ngày 25 tháng 3 năm 2016
THÔNG BÁO
Ý kiến kết luận của đồng chí Chủ tịch UBND tỉnh
"""


@pytest.mark.parametrize(
    ("opening", "chair", "day"),
    [
        # the head of an inspection visit
        (
            "Ngày 22 tháng 3 năm 2016, đồng chí Hà Văn Lộc - Chủ tịch UBND tỉnh đã chủ trì đoàn kiểm tra công tác "
            "quản lý xuất nhập khẩu tại cửa khẩu Tà Lùng.",
            "hà văn lộc",
            "2016-03-22",
        ),
        # a deputy's portfolio, fields joined by "và", between the post and "chủ trì"
        (
            "Ngày 09/3/2016, tại Hội trường Sở, đồng chí Trịnh Quang Vinh, Phó Giám đốc Sở phụ trách lĩnh vực đất "
            "đai và môi trường đã chủ trì Hội nghị giao ban.",
            "trịnh quang vinh",
            "2016-03-09",
        ),
        # the opening begins "Tại hội nghị ngày …," right under the title: it is the body, not the title's end
        (
            "Tại hội nghị ngày 20/3/2016, dưới sự chủ trì của đồng chí Vũ Thị Kim Hoa, Phó Bí thư Thường trực Tỉnh "
            "ủy, Ban Thường vụ Tỉnh ủy đã thảo luận.",
            "vũ thị kim hoa",
            "2016-03-20",
        ),
    ],
)
def test_the_chair_written_as_real_notices_write_it(opening: str, chair: str, day: str) -> None:
    notice = parse_notice(CAO_BANG_HEAD + opening + "\n1. Sở Tài chính bố trí kinh phí.\n", "kl.txt")
    assert notice.meeting.chairs == [chair]
    assert notice.meeting.held_on == day


def test_a_title_that_lists_a_year_after_a_comma_stays_the_title() -> None:
    # guard: "… năm 2023, định hướng nhiệm vụ năm 2024" is the title's own list, not a dated clause
    title = "Kết luận phiên họp đánh giá các mô hình năm 2023, định hướng nhiệm vụ năm 2024"
    notice = parse_notice(
        CAO_BANG_HEAD.replace("Ý kiến kết luận của đồng chí Chủ tịch UBND tỉnh", title)
        + "Ngày 14/12/2023, đồng chí Hà Văn Lộc, Chủ tịch UBND tỉnh chủ trì phiên họp.\n"
        + "1. Sở Tài chính bố trí kinh phí.\n",
        "kl.txt",
    )
    assert notice.title.endswith("nhiệm vụ năm 2024")


def test_ban_hanh_opening_an_item_is_the_verb_not_a_board() -> None:
    tasks = _directives(
        "1. Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh:\n"
        "a) Ban hành Kế hoạch thực hiện Nghị quyết, hoàn thành trước ngày 31/12/2011.\n"
    )
    assert tasks == [
        (
            ["Ban cán sự đảng Ủy ban nhân dân tỉnh Bình Thuận", "Ủy ban nhân dân tỉnh Bình Thuận"],
            "2011-12-31",
            "Ban hành Kế hoạch thực hiện Nghị quyết, hoàn thành trước ngày 31/12/2011.",
        )
    ]


PARTY_HEAD = """TỈNH ỦY BÌNH THUẬN
Số: 212-TB/TU
Bình Thuận, ngày 14 tháng 9 năm 2011
THÔNG BÁO
Kết luận của Ban Thường vụ Tỉnh ủy về khoa học và công nghệ
Ngày 09/9/2011, Ban Thường vụ Tỉnh ủy họp dưới sự chủ trì của đồng chí Nguyễn Văn Minh, Bí thư Tỉnh ủy.
Ban Thường vụ Tỉnh ủy kết luận:
"""


@pytest.mark.parametrize("asked", ["Ban cán sự đảng UBND tỉnh", "Đảng đoàn HĐND tỉnh"])
def test_a_standing_committee_asking_a_party_body_it_directs_hands_the_task_down(asked: str) -> None:
    ((bodies, due, _),) = _directives(
        f"Ban Thường vụ Tỉnh ủy đề nghị {asked} chỉ đạo tổng hợp kết quả thực hiện, báo cáo Ban Thường vụ Tỉnh ủy "
        "trước ngày 15/12/2011.\n",
        PARTY_HEAD,
    )
    assert not any(b.startswith("Ban Thường vụ") for b in bodies) and len(bodies) == 1 and due == "2011-12-15"


def test_a_district_dissolved_in_2020_is_still_a_place_in_notices_of_its_years() -> None:
    head = CAO_BANG_HEAD + "Ngày 22/3/2016, đồng chí Hà Văn Lộc, Chủ tịch UBND tỉnh chủ trì cuộc họp. UBND\n"
    notice = parse_notice(
        head + "huyện Thông Nông vắng mặt, không báo cáo.\n"
        "1. UBND huyện Quảng Uyên tập trung giải phóng mặt bằng; UBND huyện Thông Nông báo cáo lý do vắng mặt "
        "trước ngày 31/3/2016.\n",
        "kl.txt",
    )
    names = {a.key: a.name for a in notice.agencies.values()}
    assert [names[a] for a in notice.meeting.absent_agencies] == ["Ủy ban nhân dân huyện Thông Nông"]
    assert [[names[a] for a in d.assignees] for d in notice.directives] == [
        ["Ủy ban nhân dân huyện Quảng Uyên"],
        ["Ủy ban nhân dân huyện Thông Nông"],
    ]


NEWS_HEAD = """Phó Chủ tịch UBND tỉnh làm việc về Chương trình mục tiêu quốc gia
24/08/2011 10:15
Chiều 23/8/2011, đồng chí Nguyễn Văn Minh, Phó Chủ tịch UBND tỉnh Bình Thuận làm việc với Ban Dân tộc tỉnh.
Phát biểu kết luận, Phó Chủ tịch UBND tỉnh đề nghị Ban Dân tộc tỉnh khẩn trương rà soát kế hoạch vốn năm 2011.
"""


@pytest.mark.parametrize(
    "aside", ["theo chức năng, nhiệm vụ", "trong phạm vi chức năng, nhiệm vụ được giao,"]
)
def test_bodies_with_an_aside_before_their_verb_act_in_a_news_story(aside: str) -> None:
    tasks = _directives(
        f"Sở Kế hoạch và Đầu tư, Sở Tài chính {aside} phối hợp chặt chẽ với Ban Dân tộc tỉnh thẩm định, tham mưu "
        "phân bổ, điều chuyển vốn bảo đảm đúng quy định.\n",
        NEWS_HEAD,
    )
    notice = parse_notice(NEWS_HEAD, "x.txt")  # the story's own task before the paragraph
    assert len(tasks) == len(notice.directives) + 1
    bodies, _, text = tasks[-1]
    assert bodies == ["Sở Kế hoạch và Đầu tư tỉnh Bình Thuận", "Sở Tài chính tỉnh Bình Thuận"]
    # the aside names no topic ("chức năng, nhiệm vụ" is an organisation's, not this task's); moving funds does
    d = parse_notice(NEWS_HEAD + text + "\n", "x.txt").directives[-1]
    assert d.topics == ["finance"]


RECORD = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ GIANG
BIÊN BẢN HỌP
V/v quản lý đo lường tại các điểm thu mua cam

A. THỜI GIAN, ĐỊA ĐIỂM
Bắt đầu lúc 8 giờ 30 phút, ngày 18/11/2014, tại Hội trường UBND huyện Bắc Quang.

B. THÀNH PHẦN
1. Sở Khoa học và Công nghệ:
- Ông Sùng Mí Páo, Phó Giám đốc Sở - Chủ trì;
2. UBND huyện Bắc Quang:
- Ông Nông Văn Quý, Phó Chủ tịch UBND huyện - đồng chủ trì;
- Ông Hoàng Đình Tân, Trưởng phòng Nông nghiệp và PTNT.

C. KẾT LUẬN
1. Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm định các cân tại điểm thu mua cam trước ngày 15/12/2014.
"""


def test_a_record_in_lettered_parts_reads_its_day_and_its_delegations() -> None:
    """ "A. THỜI GIAN, ĐỊA ĐIỂM", "B. THÀNH PHẦN", "C. KẾT LUẬN": parts lettered in capitals stand as Roman
    numerals do; the people under "2. UBND huyện Bắc Quang:" are the district's."""
    notice = parse_notice(RECORD, "bb.txt")
    assert notice.meeting.held_on.startswith("2014-11-18")
    posts = {
        (notice.persons[p.person].name, p.role): notice.agencies[p.agency].name
        for p in notice.posts
        if p.agency
    }
    assert posts[("Nông Văn Quý", "Phó Chủ tịch")] == "Ủy ban nhân dân huyện Bắc Quang"
    assert posts[("Hoàng Đình Tân", "Trưởng phòng")].endswith("huyện Bắc Quang")
    assert not any(p.name.isupper() for p in notice.persons.values())  # no "NỘI DUNG" person
    assert [notice.agencies[a].name for d in notice.directives for a in d.assignees] == [
        "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Hà Giang"
    ]


def test_an_initial_after_a_capital_letter_is_no_part() -> None:
    from ketluan.ingest.sections import parse_layout

    layout = parse_layout("THÔNG BÁO\nKết luận cuộc họp\n\nA. Nguyễn Văn Bình báo cáo kết quả.\n")
    assert [b.marker for b in layout.body] == [""]


def test_a_body_of_each_place_counted_is_a_group_not_the_provinces_own() -> None:
    from ketluan.ingest.agencies import find_agencies
    from ketluan.ingest.tokens import tokenize

    for text, surface in (
        ("Phối hợp với UBND hai huyện thực hiện hỗ trợ các gia đình.", "UBND hai huyện"),
        ("Thứ trưởng yêu cầu UBND 02 tỉnh báo cáo.", "UBND 02 tỉnh"),
    ):
        (m,) = find_agencies(text, tokenize(text), "Lai Châu")
        assert m.surface == surface and m.collective
    # guard: a count that is no place ("hai lần") leaves the body as it was
    (m,) = find_agencies(t := "UBND huyện hai lần báo cáo.", tokenize(t), "Lai Châu")
    assert m.surface == "UBND huyện" and not m.collective


def test_the_numbered_national_centres_named_short_are_bodies() -> None:
    from ketluan.ingest.agencies import find_agencies
    from ketluan.ingest.tokens import tokenize

    text = "Đề nghị Quatest 1 và QUATEST 3 ưu tiên thử nghiệm mẫu hàng đóng gói sẵn."
    assert [m.head + " " + m.name for m in find_agencies(text, tokenize(text))] == [
        "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1",
        "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 3",
    ]
    # the short form in brackets after the full name is that name's, not a second body
    text = "Giám đốc Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 3 (QUATEST 3) Huỳnh Thanh Sơn chủ trì."
    assert len(find_agencies(text, tokenize(text))) == 1
    # a word alone, or with a number that is no centre's, is none
    text = "Quatest đã kiểm định 12 cân."
    assert find_agencies(text, tokenize(text)) == []
