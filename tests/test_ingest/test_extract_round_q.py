"""Who acts, who supports, who chairs and who is away, in the ways round Q's unseen notices wrote them (natural
resources and mining; transport and vehicle inspection; the inspectorate, citizens' complaints, culture, sports and
tourism).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
and the companies are invented.
"""

from __future__ import annotations

from notice_checks import task_of as _task

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 45/TB-UBND
Hà Tĩnh, ngày 12 tháng 6 năm 2022
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về công tác giao thông và giải quyết khiếu nại
"""

OPENING = (
    "Ngày 08/6/2022, đồng chí Võ Trọng Hải, Chủ tịch UBND tỉnh chủ trì cuộc họp. Tham dự có lãnh đạo Sở Tài chính, "
    "Sở Giao thông vận tải, Thanh tra tỉnh, Công an tỉnh.\n"
    "Sau khi nghe báo cáo và ý kiến của các đại biểu, đồng chí Chủ tịch UBND tỉnh kết luận:\n"
)


def _notice(body: str, opening: str = OPENING, head: str = HEAD) -> Notice:
    return parse_notice(head + opening + body, "kl.txt")


# 1. an aside in brackets after the bodies that open an item leaves them the item's subjects, whatever the verb
def test_bodies_opening_an_item_before_an_aside_act() -> None:
    n = _notice(
        "1. Sở Giao thông vận tải chủ trì kiểm tra hoạt động kinh doanh taxi.\n"
        "2. Công ty Cổ phần Taxi Hồng Lĩnh và Công ty TNHH Vận tải Thiên Cầm (hai đơn vị có nhiều xe vi phạm) thay "
        "thế taximet đã bị can thiệp, đưa đi kiểm định trước khi hoạt động trở lại; hoàn thành trong tháng 7/2022.\n"
        "3. Công ty TNHH Taxi Cầu Treo (đơn vị có xe vi phạm) thay thế taximet trước ngày 30/6/2022.\n"
    )
    assert _task(n, "Công ty Cổ phần Taxi Hồng Lĩnh") == (
        ["Công ty Cổ phần Taxi Hồng Lĩnh", "Công ty TNHH Vận tải Thiên Cầm"],
        [],
        "2022-07",
    )
    assert _task(n, "Công ty TNHH Taxi Cầu Treo")[0] == ["Công ty TNHH Taxi Cầu Treo"]


# 2. "có ý kiến", "có văn bản": a body's task, though a body followed by bare "có" is described
def test_a_body_to_give_its_opinion_has_a_task() -> None:
    n = _notice(
        "1. Thanh tra tỉnh có ý kiến đối với việc thụ lý, giải quyết khiếu nại lần đầu của Chủ tịch UBND huyện Kỳ "
        "Anh, tham mưu Chủ tịch UBND tỉnh nếu công dân tiếp tục khiếu nại lần hai.\n"
        "2. Sở Tư pháp có văn bản hướng dẫn UBND các huyện về thủ tục hòa giải ở cơ sở.\n"
        "3. Sở Tài chính có 12 cán bộ làm công tác thẩm định giá.\n"
    )
    assert _task(n, "Thanh tra tỉnh có ý kiến")[0] == ["Thanh tra tỉnh Hà Tĩnh"]
    assert _task(n, "Sở Tư pháp có văn bản")[0] == ["Sở Tư pháp tỉnh Hà Tĩnh"]
    assert not any(d.text.startswith("Sở Tài chính có 12") for d in n.directives)


# 3. a body that acts with a verb the cues do not list, then "; chỉ đạo <its unit> …": both act, the body first
def test_a_body_acting_then_directing_its_unit_keeps_the_task() -> None:
    n = _notice(
        "1. Ủy ban nhân dân huyện Kỳ Anh tạm dừng việc thi hành quyết định cưỡng chế cho đến khi có kết quả rà "
        "soát; chỉ đạo Phòng Tài nguyên và Môi trường huyện phối hợp với Ủy ban nhân dân xã Kỳ Hoa kiểm tra hiện "
        "trạng sử dụng đất.\n"
        "2. UBND huyện Hương Khê tạm dừng cấp phép, yêu cầu các doanh nghiệp khai thác đá lắp đặt cân.\n"
    )
    who, supports, _ = _task(n, "Ủy ban nhân dân huyện Kỳ Anh")
    assert who[0] == "Ủy ban nhân dân huyện Kỳ Anh"
    assert "Ủy ban nhân dân xã Kỳ Hoa" in supports
    # "…, yêu cầu các doanh nghiệp …": the body acts, and requires it of those below it
    assert _task(n, "UBND huyện Hương Khê")[0] == ["Ủy ban nhân dân huyện Hương Khê"]


# 4. "A cùng B <verb>": both act (B's task, topic and deadline too); after the verb, "cùng B" makes B a supporter
def test_bodies_linked_by_cung_both_act() -> None:
    n = _notice(
        "1. Sở Khoa học và Công nghệ cùng Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng thuộc Sở tổ chức kiểm "
        "định, hiệu chuẩn các phương tiện đo mức âm, hướng dẫn các cơ sở karaoke tự kiểm soát độ ồn trong quý "
        "IV/2022; Sở Tài nguyên và Môi trường và Công an tỉnh tăng cường kiểm tra.\n"
        "2. Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Công an tỉnh rà soát các cơ sở karaoke, đồng "
        "thời cùng Sở Xây dựng kiểm tra điều kiện về an toàn công trình, hoàn thành trước ngày 30/9/2022.\n"
    )
    assert _task(n, "Sở Khoa học và Công nghệ cùng") == (
        [
            "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh",
            "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh Hà Tĩnh",
        ],
        [],
        "2022-12-31",
    )
    who, supports, due = _task(n, "Giao Sở Văn hóa")
    assert who == ["Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh"]
    assert supports == ["Công an tỉnh Hà Tĩnh", "Sở Xây dựng tỉnh Hà Tĩnh"]


NEWS = """Bí thư Tỉnh ủy làm việc với Ban Tổ chức Lễ hội Đường sách Hà Tĩnh

Thứ Năm, 16/03/2023 - 17:20

Chiều 15/3, đồng chí Hoàng Trung Dũng, Bí thư Tỉnh ủy chủ trì buổi làm việc với Ban Tổ chức Lễ hội Đường sách Hà \
Tĩnh năm 2023. Cùng dự có đồng chí Y Bhim Niê, Phó Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức Lễ hội; ông Nguyễn Văn \
Hà, Giám đốc Sở Văn hóa, Thể thao và Du lịch; lãnh đạo các sở: Công Thương, Khoa học và Công nghệ, Y tế, Tài chính.

Bà Trần Thị Mai cho biết, khó khăn lớn nhất hiện nay là nguồn kinh phí xã hội hóa mới đạt khoảng 60% dự kiến.

Phát biểu kết luận, Bí thư Tỉnh ủy Hoàng Trung Dũng ghi nhận sự chủ động của Ban Tổ chức và các sở, ngành.

Bí thư Tỉnh ủy yêu cầu Sở Văn hóa, Thể thao và Du lịch rà soát, hoàn thiện kịch bản các hoạt động chính, trình \
Trưởng Ban Tổ chức phê duyệt trước ngày 28/3/2023.

"Sở Công Thương phối hợp với Cục Quản lý thị trường tỉnh tăng cường kiểm tra việc niêm yết giá tại khu vực hội \
chợ. Sở Khoa học và Công nghệ kiểm tra về đo lường, bố trí cân đối chứng tại các khu vực bán hàng", Bí thư Tỉnh \
ủy nói.

Đồng chí cũng đề nghị Sở Y tế bảo đảm an toàn thực phẩm và công tác cấp cứu; Sở Tài chính cùng Sở Văn hóa, Thể \
thao và Du lịch cân đối, bố trí kinh phí cho các hoạt động còn thiếu.

Trả lời kiến nghị của Ban Tổ chức, Bí thư Tỉnh ủy đồng ý chủ trương mời các nhà xuất bản tham gia và giao Trưởng \
Ban Tổ chức Y Bhim Niê quyết định số lượng gian hàng cụ thể.

Minh Anh
"""


# 5. a news story: the concluding leader's words in quotes are tasks; the clause after ";" that names bodies of its
# own ("Sở Tài chính cùng Sở X cân đối …") is theirs; a person given a task by post, then a name the notice met
def test_news_quoted_tasks_joint_actors_and_a_person_by_post_then_name() -> None:
    n = parse_notice(NEWS, "tin.html")
    assert _task(n, '"Sở Công Thương')[:2] == (
        ["Sở Công Thương tỉnh Hà Tĩnh"],
        ["Cục Quản lý thị trường tỉnh Hà Tĩnh"],
    )
    assert _task(n, "Sở Khoa học và Công nghệ kiểm tra")[0] == ["Sở Khoa học và Công nghệ tỉnh Hà Tĩnh"]
    assert _task(n, "Đồng chí cũng đề nghị Sở Y tế")[0] == ["Sở Y tế tỉnh Hà Tĩnh"]
    assert _task(n, "Sở Tài chính cùng")[0] == [
        "Sở Tài chính tỉnh Hà Tĩnh",
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh",
    ]
    assert _task(n, "Trả lời kiến nghị")[0] == ["Y Bhim Niê"]


# 6. a list of supporters goes on past a bracketed aside naming a unit of the first one
def test_supporters_listed_past_a_bracketed_aside() -> None:
    n = _notice(
        "1. Thanh tra Sở phối hợp với Công an tỉnh (Phòng PC64) và Sở Xây dựng kiểm tra các cơ sở kinh doanh "
        "karaoke, hoàn thành trước ngày 15/6/2022.\n"
    )
    assert _task(n, "Thanh tra Sở phối hợp")[1] == ["Công an tỉnh Hà Tĩnh", "Sở Xây dựng tỉnh Hà Tĩnh"]


TEAM_RECORD = """UBND TỈNH HÀ TĨNH
SỞ GIAO THÔNG VẬN TẢI
ĐOÀN KIỂM TRA
Hà Tĩnh, ngày 08 tháng 10 năm 2022
BIÊN BẢN
KIỂM TRA HIỆN TRƯỜNG công tác bảo trì đường bộ trước mùa mưa bão năm 2022 trên tuyến Quốc lộ 8

Hôm nay, vào lúc 8 giờ 30 phút ngày 08/10/2022, tại hiện trường Km 25+300 Quốc lộ 8, Đoàn kiểm tra tiến hành \
kiểm tra hiện trường, thành phần gồm:

I. ĐOÀN KIỂM TRA
1. Ông Nguyễn Văn Bình - Phó Giám đốc Sở GTVT - Trưởng đoàn;
2. Ông Trần Đức Long - Chánh Thanh tra Sở - Phó Trưởng đoàn;
3. Bà Lê Thị Hoa - Phó Trưởng phòng Quản lý kết cấu hạ tầng giao thông - Thành viên.

II. KẾT QUẢ KIỂM TRA
1. Mặt đường đoạn Km 20 - Km 22 xuất hiện ổ gà, bong bật.

III. Ý KIẾN KẾT LUẬN CỦA TRƯỞNG ĐOÀN
1. Thanh tra Sở kiểm tra tải trọng xe trên tuyến, hoàn thành trong tháng 10/2022.
"""


# 7. an inspection team's record names no chair: the team's one head (not the deputy) leads its visit
def test_the_head_of_an_inspection_team_chairs_its_visit() -> None:
    n = parse_notice(TEAM_RECORD, "bien_ban.txt")
    assert [n.persons[c].name for c in n.meeting.chairs] == ["Nguyễn Văn Bình"]
