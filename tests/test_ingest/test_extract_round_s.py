"""Who acts, who supports and by when, in the ways round S's unseen notices wrote them (city and urban districts;
forests, livestock disease and fisheries; metrology, standards and quality).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
and the companies are invented.
"""

from __future__ import annotations

from notice_checks import task_of as _task

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

HEAD = """UBND TỈNH PHÚ YÊN
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 88/TB-SKHCN
Phú Yên, ngày 12 tháng 6 năm 2020
THÔNG BÁO
Kết luận của Giám đốc Sở Khoa học và Công nghệ tại buổi làm việc với Công ty Cổ phần Cấp nước Phú Yên
"""

OPENING = (
    "Ngày 08/6/2020, ông Trần Văn Hòa - Giám đốc Sở Khoa học và Công nghệ đã đến làm việc với Công ty Cổ phần "
    "Cấp nước Phú Yên về công tác quản lý đo lường đối với đồng hồ đo nước.\n\n"
    "Sau khi nghe Công ty báo cáo, Giám đốc Sở kết luận như sau:\n\n"
)


def _notice(body: str, opening: str = OPENING, head: str = HEAD) -> Notice:
    return parse_notice(head + opening + body, "kl.txt")


# 1. A review part ("1. Đánh giá chung") ends at the next part as high as it that is headed by a body: "2. Đối
# với Công ty …", "3. Giao Chi cục …" hold that body's tasks, however long the body's name.


def test_unit_heading_after_review_part_gives_items_to_the_body() -> None:
    n = _notice(
        "1. Đánh giá chung\n\n"
        "Công ty đang quản lý trên 40.000 đồng hồ nước; số đồng hồ quá chu kỳ kiểm định còn nhiều.\n\n"
        "2. Đối với Công ty Cổ phần Cấp nước Phú Yên\n\n"
        "a) Rà soát toàn bộ đồng hồ nước đang sử dụng, lập danh sách đồng hồ hết chu kỳ kiểm định trước "
        "ngày 30/6/2020.\n\n"
        "b) Công khai quy trình giải quyết khiếu nại của khách hàng về sai số đồng hồ nước.\n\n"
        "3. Giao Chi cục Tiêu chuẩn Đo lường Chất lượng\n\n"
        "- Hướng dẫn Công ty thủ tục đăng ký tổ chức kiểm định phương tiện đo.\n"
        "- Định kỳ 6 tháng kiểm tra việc chấp hành quy định về đo lường tại Công ty.\n\n"
        "4. Giao Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng\n\n"
        "Kiểm định xác suất 100 đồng hồ nước tại phường 1 để đối chứng, hoàn thành trong tháng 8/2020.\n"
    )
    who, _, due = _task(n, "Rà soát toàn bộ")
    assert who == ["Công ty Cổ phần Cấp nước Phú Yên"] and due == "2020-06-30"
    assert _task(n, "Công khai quy trình")[0] == ["Công ty Cổ phần Cấp nước Phú Yên"]
    assert _task(n, "Hướng dẫn Công ty")[0][0].startswith("Chi cục Tiêu chuẩn Đo lường Chất lượng")
    assert _task(n, "Định kỳ 6 tháng")[0][0].startswith("Chi cục Tiêu chuẩn Đo lường Chất lượng")
    who, _, due = _task(n, "Kiểm định xác suất")
    assert who[0].startswith("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng") and due == "2020-08"


def test_lower_unit_heading_inside_review_stays_review() -> None:
    # "I. Kết quả" over "1. Đối với Trung tâm …" reviewing each body's results: not tasks
    n = _notice(
        "I. Kết quả thực hiện\n\n"
        "1. Đối với Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng\n\n"
        "Đã kiểm định 1.200 phương tiện đo, phát hiện 02 cơ sở vi phạm.\n\n"
        "II. Nhiệm vụ thời gian tới\n\n"
        "1. Sở Công Thương kiểm tra các cửa hàng xăng dầu trước ngày 30/9/2020.\n"
    )
    assert not [d for d in n.directives if d.text.startswith("Đã kiểm định")]
    assert _task(n, "Sở Công Thương")[0] == ["Sở Công Thương tỉnh Phú Yên"]


# 2. A post opening the clause stands for the person who holds it: "Phó Chủ tịch UBND tỉnh đề nghị UBND các
# huyện …", "Bí thư Huyện ủy đề nghị UBND huyện chỉ đạo …" — the ones asked act, as after a named speaker.

NEWS_HEAD = """Cổng thông tin điện tử tỉnh Trà Vinh
Phó Chủ tịch UBND tỉnh chỉ đạo khống chế dịch tả lợn châu Phi
Cập nhật: 12/3/2020 10:15
(travinh.gov.vn) - Sáng 11/3/2020, đồng chí Lê Văn Hẳn, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp Ban Chỉ đạo \
phòng, chống dịch bệnh gia súc, gia cầm tỉnh.
Cùng dự có đại diện Sở Nông nghiệp và Phát triển nông thôn, Chi cục Chăn nuôi và Thú y, Trung tâm Khuyến nông và \
lãnh đạo UBND các huyện.
"""


def _news(body: str) -> Notice:
    return parse_notice(NEWS_HEAD + body + "\nThanh Hòa\n", "tin.html")


def test_post_of_the_speaker_asks_the_district_committees() -> None:
    n = _news(
        "Đối với các địa phương, Phó Chủ tịch UBND tỉnh đề nghị UBND các huyện, thị xã chỉ đạo quyết liệt việc "
        "thống kê đàn lợn; UBND huyện Cầu Kè khoanh vùng, lập chốt kiểm soát vận chuyển lợn, báo cáo kết quả "
        "về Ban Chỉ đạo tỉnh trước ngày 20/3/2020. Trung tâm Khuyến nông phối hợp Chi cục Chăn nuôi và Thú y tổ "
        "chức tập huấn an toàn sinh học cho nông dân.\n"
    )
    assert _task(n, "Đối với các địa phương")[0] == ["Ủy ban nhân dân các huyện, thị xã"]
    who, _, due = _task(n, "UBND huyện Cầu Kè")
    assert who == ["Ủy ban nhân dân huyện Cầu Kè"] and due == "2020-03-20"
    assert _task(n, "Trung tâm Khuyến nông")[0] == ["Trung tâm Khuyến nông tỉnh Trà Vinh"]


def test_party_secretary_asks_the_district_committee() -> None:
    n = _news(
        "Phát biểu kết luận, Bí thư Huyện ủy đề nghị UBND huyện chỉ đạo các phòng, ban chuyên môn rà soát toàn "
        "bộ quỹ đất nông nghiệp, xử lý dứt điểm các trường hợp vi phạm.\n"
    )
    assert _task(n, "Phát biểu kết luận")[0] == ["Ủy ban nhân dân huyện"]


def test_body_asking_upward_keeps_the_task() -> None:
    n = _notice("1. Sở Công Thương đề nghị UBND tỉnh bổ sung kinh phí mua sắm thiết bị kiểm định.\n")
    assert _task(n, "Sở Công Thương")[0] == ["Sở Công Thương tỉnh Phú Yên"]


# 3. The body handed a task goes on, directing its unit: "Giao Sở X chủ trì …; chỉ đạo Chi cục Y hướng dẫn …" —
# Chi cục Y acts too (as after a body opening the clause). A body only guided ("hướng dẫn Công ty thủ tục") does not.


def test_body_directed_by_the_one_given_the_task_acts_too() -> None:
    n = _notice(
        "1. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Công Thương tổ chức kiểm tra đo lường xăng dầu "
        "trên địa bàn tỉnh; chỉ đạo Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm định cân đối chứng cho Ban quản lý "
        "các chợ; tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/8/2020.\n"
    )
    who, supports, due = _task(n, "Giao Sở Khoa học")
    assert who[0] == "Sở Khoa học và Công nghệ tỉnh Phú Yên"
    assert any(w.startswith("Chi cục Tiêu chuẩn Đo lường Chất lượng") for w in who)
    assert supports == ["Sở Công Thương tỉnh Phú Yên"] and due == "2020-08-15"


def test_body_guided_by_the_one_given_the_task_does_not_act() -> None:
    n = _notice(
        "1. Giao Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đồng hồ nước tại các điểm giao dịch, hướng dẫn "
        "Công ty Cổ phần Cấp nước Phú Yên thủ tục đăng ký kiểm định.\n"
    )
    who = _task(n, "Giao Chi cục")[0]
    assert len(who) == 1 and who[0].startswith("Chi cục Tiêu chuẩn Đo lường Chất lượng")


# 4. A group named with its owner ("Các đơn vị trực thuộc Sở") is the one that acts; the owner does not. A
# table's cell of who acts may mark some of its bodies as taking part only: "… (chủ trì); A, B (phối hợp)".


def test_group_with_its_owner_acts_alone() -> None:
    n = _notice("5. Các đơn vị trực thuộc Sở khẩn trương hoàn thành các chỉ tiêu quý III/2020.\n")
    who, _, due = _task(n, "Các đơn vị trực thuộc")
    assert who == ["Các đơn vị trực thuộc"] and due == "2020-09-30"


def test_task_table_cell_notes_the_supports() -> None:
    n = _notice(
        "1. Phân công xử lý các điểm ùn tắc\n"
        "TT\tĐịa điểm\tNội dung thực hiện\tĐơn vị thực hiện\tThời gian hoàn thành\n"
        "1\tNgã ba Phú Lâm\tLập phương án phân luồng giao thông, bổ sung biển báo\tPhòng Quản lý đô thị (chủ trì); "
        "Công an thành phố, UBND phường 9 (phối hợp)\tTrước ngày 15/8/2020\n"
        "2\tVòng xoay Lê Duẩn\tBố trí lực lượng điều tiết giao thông giờ cao điểm\tCông an thành phố\tThường xuyên\n",
        head=HEAD.replace(
            "UBND TỈNH PHÚ YÊN\nSỞ KHOA HỌC VÀ CÔNG NGHỆ", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ TUY HÒA"
        ),
    )
    who, supports, due = _task(n, "Lập phương án")
    assert who == ["Phòng Quản lý đô thị thành phố Tuy Hòa"] and due == "2020-08-15"
    assert supports == ["Công an thành phố Tuy Hòa", "Ủy ban nhân dân phường 9"]
    assert _task(n, "Bố trí lực lượng")[0] == ["Công an thành phố Tuy Hòa"]


# 5. Papers named after the request they carry ("hồ sơ đề nghị Tổng cục X công nhận …") are the task of the one
# preparing them, not a request to X.


def test_request_papers_are_the_preparers_task() -> None:
    n = _notice(
        "**Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng:**\n\n"
        "- Hoàn thiện hồ sơ đề nghị Tổng cục Tiêu chuẩn Đo lường Chất lượng công nhận khả năng kiểm định cột đo "
        "nhiên liệu trong quý III/2020.\n"
    )
    who, _, due = _task(n, "Hoàn thiện hồ sơ")
    assert len(who) == 1 and who[0].startswith("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng")
    assert due == "2020-09-30"


def test_roman_part_after_review_headed_by_a_group_or_handing_a_task() -> None:
    n = _notice(
        "I. Kết quả đạt được\n\n"
        "Trong 5 tháng đầu năm, Chi cục đã kiểm tra 45 cơ sở kinh doanh xăng dầu.\n\n"
        "II. Đối với các đơn vị trực thuộc Sở\n\n"
        "1. Rà soát kế hoạch công tác năm 2020, hoàn thành trước ngày 30/6/2020.\n\n"
        "III. Giao Văn phòng Sở tổng hợp, theo dõi việc thực hiện các nội dung trên\n"
    )
    who, _, due = _task(n, "Rà soát kế hoạch")
    assert who == ["Các đơn vị trực thuộc"] and due == "2020-06-30"
    assert _task(n, "Giao Văn phòng Sở")[0] == ["Văn phòng Sở Khoa học và Công nghệ tỉnh Phú Yên"]
    assert not [d for d in n.directives if d.text.startswith("Trong 5 tháng")]


def _cell(cell: str) -> tuple[list[str], list[str], str | None]:
    n = _notice(
        "1. Phân công xử lý\n"
        "TT\tNội dung thực hiện\tĐơn vị thực hiện\tThời gian hoàn thành\n"
        f"1\tLập phương án phân luồng giao thông\t{cell}\tTrước ngày 15/8/2020\n",
        head=HEAD.replace(
            "UBND TỈNH PHÚ YÊN\nSỞ KHOA HỌC VÀ CÔNG NGHỆ", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ TUY HÒA"
        ),
    )
    return _task(n, "Lập phương án")


def test_task_table_cell_roles_written_other_ways() -> None:
    lead, police, ward = (
        "Phòng Quản lý đô thị thành phố Tuy Hòa",
        "Công an thành phố Tuy Hòa",
        "Ủy ban nhân dân phường 9",
    )
    assert _cell("Phòng Quản lý đô thị chủ trì; Công an thành phố, UBND phường 9 phối hợp")[:2] == (
        [lead],
        [police, ward],
    )
    assert _cell("Phòng Quản lý đô thị (chủ trì), Công an thành phố (phối hợp)")[:2] == ([lead], [police])
    assert _cell("Phòng Quản lý đô thị (CT); Công an thành phố (PH)")[:2] == ([lead], [police])
    assert _cell("Phòng Quản lý đô thị chủ trì, phối hợp với Công an thành phố")[:2] == ([lead], [police])
    # no lead named: those who take part carry it out; no note: all lead
    assert _cell("Công an thành phố, UBND phường 9 (phối hợp)")[:2] == ([police, ward], [])
    assert _cell("Phòng Quản lý đô thị; Công an thành phố")[:2] == ([lead, police], [])


ATTENDANCE_TABLE = """SỞ NÔNG NGHIỆP VÀ PTNT
TỈNH YÊN BÁI
Số: 45/TB-SNN
Yên Bái, ngày 05 tháng 3 năm 2021
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp về tiêm phòng bệnh viêm da nổi cục
Ngày 03/3/2021, Sở Nông nghiệp và PTNT tổ chức cuộc họp. Thành phần tham dự:
STT\tHọ và tên\tChức vụ\tĐơn vị
1\tNguyễn Văn Bình\tGiám đốc\tSở Nông nghiệp và PTNT
2\tĐại diện\tVắng mặt\tSở Tài chính
3\tĐào Xuân Hùng\tPhó Chủ tịch UBND huyện\tUBND huyện Văn Chấn
Giám đốc Sở kết luận:
1. Chi cục Chăn nuôi và Thú y tổ chức tiêm phòng trong tháng 3/2021.
"""


def test_a_representative_row_of_an_attendance_table_is_a_row_not_a_new_header() -> None:
    """A row whose only name-like cell is "Đại diện" does not replace the table's columns: the rows after it keep
    their post and body, and the row itself says who was away."""
    n = parse_notice(ATTENDANCE_TABLE, "kl.docx")
    (post,) = [p for p in n.posts if n.persons[p.person].name == "Đào Xuân Hùng"]
    assert post.role == "Phó Chủ tịch" and n.agencies[post.agency].name == "Ủy ban nhân dân huyện Văn Chấn"
    assert any(n.agencies[k].name.startswith("Sở Tài chính") for k in n.meeting.absent_agencies)
