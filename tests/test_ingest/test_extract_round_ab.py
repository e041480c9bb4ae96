"""Who is given a task, chairs or is absent, in the ways round AB's unseen notices wrote it, and the leftovers of
round AA.

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

from notice_checks import absent_of
from notice_checks import bodies_per_task as _assignees
from notice_checks import task_of as _task

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

PROVINCE = """ỦY BAN NHÂN DÂN
TỈNH GIA LAI
Số: 412/TB-UBND
Gia Lai, ngày 10 tháng 10 năm 2025
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh Phan Văn Tư tại cuộc họp về giải ngân vốn đầu tư công
Ngày 08/10/2025, Phó Chủ tịch UBND tỉnh Phan Văn Tư chủ trì cuộc họp. Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh
kết luận như sau:
"""


def _notice(text: str) -> Notice:
    return parse_notice(text, "x.txt")


def test_the_members_named_after_giao_cac_so_and_its_colon_each_take_the_task() -> None:
    n = _notice(
        PROVINCE
        + "1. Giao các Sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường rà soát hồ sơ các dự án chậm giải ngân,"
        " báo cáo UBND tỉnh trước ngày 20/10/2025.\n"
        "2. Giao các sở: TC, NV phối hợp với UBND các xã kiểm tra công tác bồi thường.\n"
        "3. Giao các sở, ngành: Xây dựng, Công an tỉnh kiểm tra an toàn công trình.\n"
    )
    assert _assignees(n) == [
        [
            "Sở Nông nghiệp và Môi trường tỉnh Gia Lai",
            "Sở Tài chính tỉnh Gia Lai",
            "Sở Xây dựng tỉnh Gia Lai",
        ],
        ["Sở Nội vụ tỉnh Gia Lai", "Sở Tài chính tỉnh Gia Lai"],
        ["Công an tỉnh Gia Lai", "Sở Xây dựng tỉnh Gia Lai"],
    ]
    assert n.directives[0].due is not None and n.directives[0].due.value == "2025-10-20"


# 1. "Sau khi nghe ý kiến của các đại biểu (dự họp), <người>, <chức vụ> kết luận như sau:" after the attendee list:
# the delegates are whose views were heard; the line is the conclusions' lead-in, not a second list of attendees,
# and the numbered items after it are tasks.

DEPARTMENT = """UBND TỈNH LONG AN
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 145/TB-SGDĐT
Long An, ngày 08 tháng 3 năm 2021
THÔNG BÁO
Kết luận cuộc họp về công tác chuẩn bị kỳ thi tuyển sinh lớp 10 năm học 2021 - 2022
Sáng ngày 05/3/2021, Sở Giáo dục và Đào tạo tổ chức cuộc họp về công tác chuẩn bị kỳ thi tuyển sinh lớp 10.
Thành phần tham dự gồm:
- Bà Võ Thị Hồng Nhung, Giám đốc Sở (chủ trì);
- Ông Trần Quốc Việt, Trưởng phòng Khảo thí và Quản lý chất lượng giáo dục;
- Đại diện Công an tỉnh, Sở Y tế.
{lead}
1. Giao Phòng Khảo thí và Quản lý chất lượng giáo dục xây dựng kế hoạch tổ chức kỳ thi, trình Giám đốc Sở trước
ngày 20/3/2021.
2. Đề nghị Công an tỉnh bảo đảm an ninh, an toàn tại các điểm thi.
Sở Giáo dục và Đào tạo thông báo để các đơn vị biết, thực hiện./.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Văn Hải
"""


def test_the_delegates_heard_before_the_lead_in_make_no_attendee_list() -> None:
    for lead in (
        "Sau khi nghe ý kiến của các đại biểu, bà Võ Thị Hồng Nhung, Giám đốc Sở kết luận như sau:",
        "Sau khi nghe báo cáo và ý kiến phát biểu của các đại biểu dự họp, Giám đốc Sở kết luận và chỉ đạo như sau:",
    ):
        n = _notice(DEPARTMENT.format(lead=lead))
        acting, _, due = _task(n, "Giao Phòng Khảo thí")
        assert acting == ["Phòng Khảo thí và Quản lý chất lượng giáo dục"], lead
        assert due == "2021-03-20"
        assert _task(n, "Đề nghị Công an tỉnh")[0] == ["Công an tỉnh Long An"]


# 2. "Vắng: <honorific or degree> <name>, <post> <unit> (reason)": at a briefing units attend through their heads, so
# with the head away and no one standing in the unit is absent. Not the body that holds the meeting ("Thứ trưởng Bộ
# Tư pháp"), nor a unit whose deputy stood in ("có … dự thay"; "không cử người dự thay" says no one did), nor the
# unit of a deputy away.

BRIEFING = """BỘ TƯ PHÁP
Số: 31/TB-BTP
Hà Nội, ngày 14 tháng 02 năm 2024
THÔNG BÁO
Kết luận của Thứ trưởng Lê Văn Hòa tại cuộc họp giao ban tháng 01 năm 2024
Ngày 09/02/2024, Thứ trưởng Lê Văn Hòa chủ trì cuộc họp giao ban tháng 01 năm 2024 của các đơn vị thuộc Bộ.
Tham dự có lãnh đạo Vụ Pháp luật hình sự - hành chính, Vụ Tổ chức cán bộ, Cục Kiểm tra văn bản quy phạm pháp luật.
{away}
Sau khi nghe báo cáo, Thứ trưởng kết luận như sau:
1. Vụ Tổ chức cán bộ rà soát vị trí việc làm, báo cáo Thứ trưởng trước ngày 28/02/2024.
Văn phòng Bộ thông báo để các đơn vị biết, thực hiện./.
TL. BỘ TRƯỞNG
CHÁNH VĂN PHÒNG
Trần Minh Sơn
"""


def test_a_unit_whose_head_is_listed_away_is_absent_unless_it_holds_the_meeting_or_sent_a_stand_in() -> None:
    for away, unit in (
        (
            "Vắng: đồng chí Hoàng Minh Tuấn, Cục trưởng Cục Bổ trợ tư pháp (đi công tác, không cử người dự thay).",
            ["Cục Bổ trợ tư pháp"],
        ),
        (
            "Vắng: TS. Nguyễn Thị Hoa - Vụ trưởng Vụ Hợp tác quốc tế (đi học); Vụ Thi đua - Khen thưởng.",
            ["Vụ Hợp tác quốc tế", "Vụ Thi đua - Khen thưởng"],
        ),
        ("Vắng: đồng chí Phan Chí Hiếu, Thứ trưởng Bộ Tư pháp (đi công tác nước ngoài).", []),
        # a deputy away: the head or another of the unit may be there
        ("Vắng: đồng chí Đỗ Thị Lan, Phó Cục trưởng Cục Bổ trợ tư pháp (đi công tác).", []),
        (
            "Vắng: đồng chí Hoàng Minh Tuấn, Cục trưởng Cục Bổ trợ tư pháp (đi công tác, có đồng chí Phó Cục trưởng"
            " dự thay).",
            [],
        ),
    ):
        n = _notice(BRIEFING.format(away=away))
        assert sorted(absent_of(n)) == unit, (away, absent_of(n))


# 3. Two tasks in one item or one sentence, cut at ";": "…; Trung tâm Thông tin kịp thời đăng tải …" (a body, an
# adverb of manner, then its verb), and "<speaker's post> cũng giao X …; đề nghị Y …" in a news story (the speaker's
# post runs longer than the few words the meeting's voice is looked for in).


def test_a_body_with_an_adverb_before_its_verb_after_a_semicolon_is_a_task_of_its_own() -> None:
    item = (
        "2. Văn phòng Bộ chủ trì tổ chức Hội nghị tổng kết công tác năm 2023, hoàn thành trước ngày 30/01/2024;"
        " Trung tâm Lý lịch tư pháp quốc gia thường xuyên cập nhật cơ sở dữ liệu lý lịch tư pháp.\n"
    )
    n = _notice(BRIEFING.format(away="").replace("Văn phòng Bộ thông báo", item + "Văn phòng Bộ thông báo"))
    assert _task(n, "Trung tâm Lý lịch")[0] == ["Trung tâm Lý lịch tư pháp quốc gia"]
    assert _task(n, "Văn phòng Bộ chủ trì")[0] == ["Văn phòng Bộ"]


STORY_SENTENCE = (
    "Đồng chí Phó Chủ tịch UBND huyện Nguyễn Văn Tâm cũng giao Phòng Văn hóa và Thông tin tăng cường tuyên truyền"
    " trên hệ thống loa truyền thanh cơ sở; đề nghị Đội Quản lý thị trường số 3 tăng cường kiểm tra, xử lý hành vi"
    " buôn bán hàng giả trên địa bàn huyện.\n"
)


def test_a_request_after_a_semicolon_in_the_speakers_voice_is_a_task_of_its_own() -> None:
    n = _notice(PROVINCE.replace("kết luận như sau:", "kết luận như sau:\n" + STORY_SENTENCE))
    assert _task(n, "đề nghị Đội Quản lý thị trường số 3")[0] == ["Đội Quản lý thị trường số 3"]


# 4. "a) <Body>, cơ quan thường trực của <X>:" over dash items with no subject: what the body is named as, after a
# comma, leaves the heading a unit heading; the items are the body's (not a group named inside an item's object).


def test_a_unit_heading_with_what_its_body_is_named_as_gives_the_items_to_the_body() -> None:
    items = (
        "a) Sở Nội vụ, cơ quan thường trực của Hội đồng Thi đua - Khen thưởng tỉnh:\n"
        "- Chủ trì, phối hợp với các sở, ngành liên quan hướng dẫn các địa phương đăng ký thi đua năm 2025.\n"
        "- Tổng hợp kết quả thi đua của các sở, ngành, địa phương, báo cáo UBND tỉnh trước ngày 15/12/2025.\n"
    )
    n = _notice(PROVINCE + items)
    assert _task(n, "Chủ trì, phối hợp")[0] == ["Sở Nội vụ tỉnh Gia Lai"]
    acting, _, due = _task(n, "Tổng hợp kết quả")
    assert acting == ["Sở Nội vụ tỉnh Gia Lai"]
    assert due == "2025-12-15"


# 5. "<Body> (<short name>): chủ trì rà soát, điều chỉnh kế hoạch …, giao cho các đơn vị trước ngày …": after a comma
# in a clause a task's verb has opened, "giao cho" with no verb after its bodies hands over the product; the run-in
# heading's body keeps the task and its deadline.


def test_giao_cho_the_units_after_the_task_hands_over_the_product_not_the_task() -> None:
    item = (
        "1. Phòng Kế hoạch - Tài chính (KHTC): chủ trì lập, phân bổ dự toán ngân sách năm 2022 của Sở, giao cho các"
        " đơn vị trực thuộc trước ngày 25/12/2021.\n"
    )
    n = _notice(
        DEPARTMENT.format(lead="Giám đốc Sở kết luận như sau:").replace(
            "1. Giao Phòng Khảo thí", item + "3. Giao Phòng Khảo thí"
        )
    )
    acting, _, due = _task(n, "chủ trì lập, phân bổ")
    assert acting == ["Phòng Kế hoạch - Tài chính"]
    assert due == "2021-12-25"


# 6. An annex "Phân công xử lý các kiến nghị" as a table "STT | Kiến nghị của Tỉnh | Cơ quan chủ trì | Cơ quan phối
# hợp | Thời hạn": with no column answering the petition, each row is a task of its lead body, with its deadline.


def test_a_table_of_petitions_with_a_lead_column_gives_each_row_to_its_lead_body() -> None:
    table = (
        "PHỤ LỤC\nPHÂN CÔNG XỬ LÝ CÁC KIẾN NGHỊ CỦA TỈNH\n"
        "| STT | Kiến nghị của Tỉnh | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Hỗ trợ vốn xây dựng hồ chứa nước Ia Mơr | Bộ Nông nghiệp và Môi trường | Bộ Tài chính | Quý IV/2025 |\n"
        "| 2 | Điều chỉnh quy hoạch tỉnh thời kỳ 2021 - 2030 | Bộ Tài chính | UBND tỉnh Gia Lai | Trước 30/11/2025 |\n"
    )
    n = _notice(PROVINCE + "1. Các Bộ, ngành xử lý các kiến nghị của Tỉnh theo Phụ lục kèm theo.\n" + table)
    acting, supports, due = _task(n, "Hỗ trợ vốn")
    assert (acting, supports, due) == (["Bộ Nông nghiệp và Môi trường"], ["Bộ Tài chính"], "2025-12-31")
    acting, _, due = _task(n, "Điều chỉnh quy hoạch")
    assert (acting, due) == (["Bộ Tài chính"], "2025-11-30")


# 7. A list's lead-in that tells a place to act ("Thống nhất với các mục tiêu Tỉnh đã đề ra; tỉnh X cần tập trung
# thực hiện tốt các nhiệm vụ sau:", as a Government notice after a working visit writes): the items below, with no
# subject of their own, are the place's UBND's — also under a part's title ("II. NHIỆM VỤ THỜI GIAN TỚI").


def test_a_lead_in_telling_a_province_to_act_gives_the_items_below_to_its_ubnd() -> None:
    lead_in = "Thống nhất với các mục tiêu Tỉnh đã đề ra; tỉnh Gia Lai cần tập trung thực hiện tốt các nhiệm vụ sau:\n"
    items = (
        "- Rà soát, hoàn thiện quy hoạch tỉnh thời kỳ 2021 - 2030.\n"
        "- Đẩy mạnh cải cách thủ tục hành chính, cải thiện môi trường đầu tư kinh doanh.\n"
    )
    for part in ("", "II. NHIỆM VỤ THỜI GIAN TỚI\n"):
        n = _notice(PROVINCE + part + lead_in + items)
        assert _task(n, "Rà soát, hoàn thiện")[0] == ["Ủy ban nhân dân tỉnh Gia Lai"], part
        assert _task(n, "Đẩy mạnh cải cách")[0] == ["Ủy ban nhân dân tỉnh Gia Lai"], part
