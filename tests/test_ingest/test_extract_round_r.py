"""The meeting's day, who chairs, who acts and who is away, in the ways round R's unseen notices wrote them
(digital transformation and administrative reform; industry, energy, labour and social insurance; education,
health and food safety).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
and the companies are invented.
"""

from __future__ import annotations

from notice_checks import absent_of as _absent
from notice_checks import chairs_of as _chairs
from notice_checks import task_of as _task

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import read_notice_bytes
from ketluan.ingest.records import Notice

HEAD = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
Số: 112/TB-UBND
Quảng Nam, ngày 20 tháng 9 năm 2023
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về chuyển đổi số và cải cách hành chính
"""

OPENING = (
    "Ngày 15/9/2023, đồng chí Lê Văn Dũng, Chủ tịch UBND tỉnh chủ trì cuộc họp. Tham dự có lãnh đạo Sở Tài chính, "
    "Sở Nội vụ, Sở Thông tin và Truyền thông, Công an tỉnh.\n"
    "Sau khi nghe báo cáo và ý kiến của các đại biểu, đồng chí Chủ tịch UBND tỉnh kết luận:\n"
)


def _notice(body: str, opening: str = OPENING, head: str = HEAD) -> Notice:
    return parse_notice(head + opening + body, "kl.txt")


# 1. a date in a line citing the texts a record rests on ("Căn cứ Luật … ngày 17 tháng 6 năm 2010;") is the
# cited text's; the record's "Hôm nay, vào lúc … ngày …" is the meeting's
RECORD_HEAD = """UBND HUYỆN CHỢ GẠO
ĐOÀN KIỂM TRA LIÊN NGÀNH
Số: 07/BB-ĐKT                     Chợ Gạo, ngày 14 tháng 11 năm 2019
BIÊN BẢN
Kiểm tra điều kiện bảo đảm an toàn thực phẩm bếp ăn tập thể
"""


def test_date_in_a_citing_line_is_not_the_meeting_day() -> None:
    for law in (
        "Căn cứ Luật An toàn thực phẩm ngày 17 tháng 6 năm 2010;",
        "Căn cứ Luật Giáo dục ngày 14/6/2019;",
        "CĂN CỨ Luật Khám bệnh, chữa bệnh ngày 09 tháng 01 năm 2023;",
    ):
        n = parse_notice(
            RECORD_HEAD + law + "\n"
            "Căn cứ Quyết định số 1120/QĐ-UBND ngày 01/11/2019 của UBND huyện Chợ Gạo về việc thành lập Đoàn kiểm "
            "tra liên ngành,\n"
            "Hôm nay, vào lúc 14 giờ 00 phút ngày 13 tháng 11 năm 2019, tại bếp ăn Trường Tiểu học Long Bình Điền.\n"
            "I. THÀNH PHẦN\n"
            "- Ông Trần Văn Tâm, Trưởng phòng Y tế huyện - Trưởng đoàn;\n"
            "- Bà Lê Thị Hoa, Chuyên viên Phòng Giáo dục và Đào tạo huyện - Thành viên.\n",
            "bb.txt",
        )
        assert n.meeting.held_on is not None and n.meeting.held_on.startswith("2019-11-13"), law


# 2. a chair whose posts are joined by "kiêm" and end in a board's name ("…, Bí thư Tỉnh ủy, kiêm Trưởng Ban Chỉ đạo
# chủ trì"), or whose post names a long scheme before its short form in brackets, chairs
def test_chair_with_a_post_joined_by_kiem() -> None:
    for name in ("Phan Việt Cường", "**Phan Việt Cường**"):
        text = (
            HEAD
            + "Chiều ngày 15/9/2023, tại Hội trường Tỉnh ủy, Ban Chỉ đạo chuyển đổi số tỉnh tổ chức phiên họp "
            f"quý III. Đồng chí {name}, Bí thư Tỉnh ủy, kiêm Trưởng Ban Chỉ đạo chủ trì phiên họp.\n\n"
            "Sau khi nghe báo cáo, đồng chí Trưởng Ban Chỉ đạo kết luận:\n\n"
            "1. Sở Nội vụ rà soát bộ chỉ số cải cách hành chính.\n"
        )
        n = parse_notice(read_notice_bytes(text.encode(), "kl.md").text, "kl.md")
        assert _chairs(n) == ["Phan Việt Cường"], name


def test_chair_whose_post_names_a_long_scheme_with_its_short_form() -> None:
    n = _notice(
        "1. Công an tỉnh làm sạch dữ liệu dân cư.\n",
        opening=(
            "Ngày 15/9/2023, tại Hội trường UBND tỉnh, ông Lê Văn Dũng - Chủ tịch UBND tỉnh, Tổ trưởng Tổ công tác "
            "triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển "
            "đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 (Đề án 06) của tỉnh chủ trì cuộc họp "
            "đánh giá tiến độ thực hiện Đề án 06.\n"
            "Sau khi nghe Công an tỉnh báo cáo, Chủ tịch UBND tỉnh kết luận như sau:\n"
        ),
    )
    assert _chairs(n) == ["Lê Văn Dũng"]


# 3. a body opening an item, set off from its verb by an aside between dashes, acts
def test_body_before_an_aside_between_dashes_acts() -> None:
    n = _notice(
        "1. Sở Thông tin và Truyền thông chủ trì xây dựng Kế hoạch chuyển đổi số năm 2024.\n"
        "2. Công an tỉnh - cơ quan thường trực Tổ công tác Đề án 06 của tỉnh - tập trung kích hoạt tài khoản định "
        "danh điện tử mức 2; hoàn thành trong quý IV/2023.\n"
        "3. Sở Tài chính – cơ quan tổng hợp dự toán – bố trí kinh phí chuyển đổi số năm 2024.\n"
    )
    assert _task(n, "Công an tỉnh") == (["Công an tỉnh Quảng Nam"], [], "2023-12-31")
    assert _task(n, "Sở Tài chính")[0] == ["Sở Tài chính tỉnh Quảng Nam"]


def test_a_dash_before_a_capital_is_no_aside() -> None:
    # "Sở Lao động - Thương binh và Xã hội" is one name; a dash-set report is not a task
    n = _notice(
        "1. Sở Lao động - Thương binh và Xã hội chủ trì rà soát lao động nước ngoài.\n"
        "2. Công an tỉnh - cơ quan thường trực Tổ công tác - đã cấp 95% căn cước công dân.\n"
    )
    assert _task(n, "Sở Lao động")[0] == ["Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam"]
    assert not [d for d in n.directives if d.text.startswith("Công an tỉnh")]


NEWS_HEAD = """Cổng thông tin điện tử tỉnh Gia Lai

Nâng cao chỉ số cải cách hành chính năm 2024

Cập nhật: 12/04/2024 08:45

(gialai.gov.vn) - Sáng 11/4, Phó Chủ tịch UBND tỉnh Nguyễn Hữu Quế chủ trì hội nghị phân tích Chỉ số cải cách hành \
chính năm 2023 của tỉnh.

Kết luận hội nghị, Phó Chủ tịch UBND tỉnh Nguyễn Hữu Quế yêu cầu người đứng đầu các sở, ngành, địa phương nhận \
diện rõ các tiêu chí bị mất điểm để có giải pháp khắc phục.

"""


def _story(body: str) -> Notice:
    return parse_notice(NEWS_HEAD + body, "tin.txt")


# 4. "Đối với X (– an aside –), <leader> yêu cầu <verb> …": a request naming no one asks the bodies spoken of
def test_bodies_spoken_of_before_a_request_naming_no_one_are_asked() -> None:
    n = _story(
        "Đối với UBND huyện Chư Păh và UBND huyện Kông Chro - hai địa phương có tỷ lệ hồ sơ trễ hạn cao nhất - Phó "
        "Chủ tịch UBND tỉnh yêu cầu kiểm điểm trách nhiệm, báo cáo kết quả khắc phục về Sở Nội vụ trước ngày "
        "15/5/2024.\n\n"
        "Riêng đối với Sở Tài chính, Phó Chủ tịch đề nghị rà soát dự toán, báo cáo UBND tỉnh trong tháng 5/2024.\n"
    )
    assert _task(n, "Đối với UBND huyện") == (
        ["Ủy ban nhân dân huyện Chư Păh", "Ủy ban nhân dân huyện Kông Chro"],
        [],
        "2024-05-15",
    )
    assert _task(n, "Riêng đối với Sở Tài chính")[0] == ["Sở Tài chính tỉnh Gia Lai"]


def test_a_request_naming_its_own_object_after_doi_voi_asks_that_object() -> None:
    n = _story(
        "Đối với các dự án chậm tiến độ, Phó Chủ tịch UBND tỉnh yêu cầu Sở Kế hoạch và Đầu tư rà soát, báo cáo UBND "
        "tỉnh.\n"
    )
    assert _task(n, "Đối với các dự án")[0] == ["Sở Kế hoạch và Đầu tư tỉnh Gia Lai"]


# 5. after a task in a story, a sentence that opens with a body and a verb the cues do not list is a task too;
# what a body said is not
def test_a_body_and_its_verb_right_after_a_task_in_a_story() -> None:
    n = _story(
        "Phó Chủ tịch UBND tỉnh đề nghị Cục Thống kê tỉnh phối hợp với Sở Nội vụ cung cấp số liệu. Sở Thông tin và "
        "Truyền thông niêm yết đầy đủ thủ tục hành chính trên Cổng dịch vụ công của tỉnh.\n\n"
        "Phó Chủ tịch UBND tỉnh đề nghị Sở Nội vụ tổng hợp ý kiến. Sở Nội vụ cho biết sẽ hoàn thành trong tháng 6.\n"
    )
    assert _task(n, "Sở Thông tin và Truyền thông")[0] == ["Sở Thông tin và Truyền thông tỉnh Gia Lai"]
    assert not [d for d in n.directives if d.text.startswith("Sở Nội vụ cho biết")]


# 6. "Đối với <the group>, <a body of it> <verb> …; <another> <verb> …": the bodies named after the group act
def test_bodies_acting_after_the_group_spoken_of() -> None:
    n = _story(
        "Đối với các phòng chuyên môn của Sở, Phòng Quản lý năng lượng rà soát quy hoạch lưới điện, báo cáo Giám "
        "đốc Sở trước ngày 15/12/2024; Thanh tra Sở kiểm tra an toàn điện tại các khu công nghiệp.\n"
    )
    tasks = {tuple(_task(n, o)[0]) for o in ("Đối với các phòng", "Thanh tra Sở")}
    assert any("Phòng Quản lý năng lượng" in t[0] for t in tasks if t)
    assert any(t and t[0].startswith("Thanh tra Sở") for t in tasks)
    assert _task(n, "Đối với các phòng")[2] == "2024-12-15"


# 7. a request quoted after its colon: the body the quote opens with is asked
def test_a_quoted_request_after_a_colon() -> None:
    n = _story(
        'Đồng chí yêu cầu: "Sở Giáo dục và Đào tạo phải rà soát lại toàn bộ quy trình in sao, vận chuyển đề thi '
        'trước ngày 22/6."\n\n'
        "Đồng chí đề nghị: “Bố trí cán bộ y tế trực tại các điểm thi.”\n"
    )
    assert _task(n, "Đồng chí yêu cầu")[0] == ["Sở Giáo dục và Đào tạo tỉnh Gia Lai"]


# 8. the body before an absence mark is away, not the bodies of another clause before it ("Trung tâm sẽ báo cáo
# UBND tỉnh việc Sở X không cử người tham dự"); bodies joined into a list before the mark are all away
def test_only_the_body_of_the_marks_clause_is_absent() -> None:
    n = _notice(
        "1. Sở Nội vụ rà soát bộ chỉ số cải cách hành chính.\n"
        "2. Văn phòng UBND tỉnh sẽ báo cáo Chủ tịch UBND tỉnh việc Sở Giao thông vận tải không cử người tham dự "
        "cuộc họp mà không có lý do.\n",
    )
    assert _absent(n) == ["Sở Giao thông vận tải tỉnh Quảng Nam"]


def test_bodies_joined_before_the_mark_are_all_absent() -> None:
    n = _notice(
        "1. Sở Nội vụ rà soát bộ chỉ số cải cách hành chính.\n",
        opening=(
            "Ngày 15/9/2023, đồng chí Lê Văn Dũng, Chủ tịch UBND tỉnh chủ trì cuộc họp. Tham dự có lãnh đạo Sở Tài "
            "chính, Công an tỉnh. Sở Xây dựng và đại diện Sở Y tế không tham dự.\n"
            "Sau khi nghe báo cáo, đồng chí Chủ tịch UBND tỉnh kết luận:\n"
        ),
    )
    assert sorted(_absent(n)) == ["Sở Xây dựng tỉnh Quảng Nam", "Sở Y tế tỉnh Quảng Nam"]


# 9. a "Vắng:" list goes on over ";" and a line break to the end of its sentence
def test_an_absence_list_runs_over_line_breaks() -> None:
    n = _notice(
        "1. Sở Nội vụ rà soát bộ chỉ số cải cách hành chính.\n",
        opening=(
            "Ngày 15/9/2023, đồng chí Lê Văn Dũng, Chủ tịch UBND tỉnh chủ trì cuộc họp. Tham dự có lãnh đạo Sở Tài "
            "chính, Công an tỉnh.\n"
            "Vắng: Phòng Lao động - Thương binh và Xã hội huyện Đại Lộc;\n"
            "UBND huyện Duy Xuyên;\n"
            "UBND huyện Quế Sơn.\n\n"
            "Qua báo cáo của Sở Nội vụ, đến hết tháng 8/2023 toàn tỉnh có 12 thủ tục trễ hạn.\n"
            "Sau khi nghe báo cáo, đồng chí Chủ tịch UBND tỉnh kết luận:\n"
        ),
    )
    assert _absent(n) == [
        "Phòng Lao động - Thương binh và Xã hội huyện Đại Lộc",
        "Ủy ban nhân dân huyện Duy Xuyên",
        "Ủy ban nhân dân huyện Quế Sơn",
    ]


def test_a_body_with_its_short_form_and_parent_before_the_mark_is_absent() -> None:
    n = _notice(
        "1. Sở Nội vụ rà soát bộ chỉ số cải cách hành chính.\n",
        opening=(
            "Ngày 15/9/2023, đồng chí Lê Văn Dũng, Chủ tịch UBND tỉnh chủ trì cuộc họp. Tham dự có lãnh đạo Sở Tài "
            "chính. Phòng Cảnh sát giao thông (PC08), Công an tỉnh được mời nhưng vắng mặt.\n"
            "Sau khi nghe báo cáo, đồng chí Chủ tịch UBND tỉnh kết luận:\n"
        ),
    )
    assert "Công an tỉnh Quảng Nam" in _absent(n)
    assert any(a.startswith("Phòng Cảnh sát giao thông") for a in _absent(n))


SCHOOL_YEAR = (
    "Ngày 20/8/2019, đồng chí Lê Văn Dũng, Chủ tịch UBND tỉnh chủ trì hội nghị triển khai nhiệm vụ năm học. "
    "{dated}\nĐồng chí Chủ tịch UBND tỉnh kết luận:\n"
)


def test_a_deadline_set_by_an_event_the_notice_dates_is_that_day() -> None:
    opening = SCHOOL_YEAR.format(dated="Lễ khai giảng năm học mới tổ chức thống nhất vào ngày 05/9/2019.")
    n = _notice(
        "1. UBND huyện Nho Quan hoàn thành sửa chữa 12 phòng học xuống cấp trước ngày khai giảng.\n", opening
    )
    (d,) = n.directives
    assert d.due is not None and d.due.value == "2019-09-05"


def test_a_deadline_set_by_an_event_the_notice_does_not_date_has_none() -> None:
    opening = SCHOOL_YEAR.format(dated="Các trường chuẩn bị chu đáo cho năm học mới.")
    n = _notice(
        "1. UBND huyện Nho Quan hoàn thành sửa chữa 12 phòng học xuống cấp trước ngày khai giảng.\n", opening
    )
    (d,) = n.directives
    assert d.due is None
