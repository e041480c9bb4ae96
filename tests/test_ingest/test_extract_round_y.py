"""Who acts, who supports, who is absent and by when, in the ways round Y's unseen notices wrote them (working
visits and dialogues: a leader hears a district, a company or citizens, then answers point by point; tables of
petitions and answers; refusals).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
and the companies are invented.
"""

from __future__ import annotations

from notice_checks import assignees_of as _acting
from notice_checks import task_of as _task

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice


def _notice(text: str) -> Notice:
    return parse_notice(text, "x.md")


HEAD = """UBND TỈNH {prov_up}
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 210/TB-SKHCN
{prov}, ngày 12 tháng 7 năm 2023
THÔNG BÁO
Kết luận của Giám đốc Sở tại buổi đối thoại với doanh nghiệp
Ngày 10/7/2023, Sở Khoa học và Công nghệ tổ chức đối thoại với doanh nghiệp. Ông Phan Văn Lực, Giám đốc Sở chủ
trì. Sau khi nghe các doanh nghiệp kiến nghị, Giám đốc Sở kết luận như sau:

"""
TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Phan Văn Lực
"""


# 1. A table of petitions and answers: the answer is the task, to the body column's bodies; the petition is never
# a task; a refusal gives none.

PETITION_TABLE = (
    HEAD
    + """| STT | {petition} | {answer} | Đơn vị thực hiện |
|---|---|---|---|
| 1 | Công ty TNHH Nhựa Tân Phú đề nghị rút ngắn thời gian kiểm định cân | Bố trí kiểm định ngoài giờ hành chính; trả giấy chứng nhận trong 03 ngày làm việc | Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng |
| 2 | Hiệp hội đề nghị giảm phí kiểm định | Không chấp thuận, do phí thực hiện theo quy định của Bộ Tài chính | Chi cục Tiêu chuẩn Đo lường Chất lượng |
| 3 | Doanh nghiệp đề nghị hỗ trợ đổi mới công nghệ | Tổng hợp nhu cầu hỗ trợ đổi mới công nghệ, trình Giám đốc Sở trước ngày 15/8/2023 | Phòng Kế hoạch - Tài chính |
"""
    + TAIL
)


def test_petition_table_answers_are_tasks_of_the_body_column() -> None:
    for petition, answer in (("Kiến nghị", "Ý kiến giải quyết"), ("Nội dung kiến nghị", "Ý kiến trả lời")):
        n = _notice(
            PETITION_TABLE.format(prov_up="ĐỒNG NAI", prov="Đồng Nai", petition=petition, answer=answer)
        )
        who, _, due = _task(n, "Tổng hợp nhu cầu hỗ trợ")
        assert who == ["Phòng Kế hoạch - Tài chính"]
        assert due == "2023-08-15"
        who, _, _ = _task(n, "Bố trí kiểm định ngoài giờ")
        assert who and who[0].startswith("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng")
        # the petitions are no tasks, and the refusal gives none
        assert not any("đề nghị" in d.text for d in n.directives)
        assert not any(d.text.startswith("Không chấp thuận") for d in n.directives)


TWO_COLUMNS = """TỈNH ỦY BẮC GIANG
Số: 88-TB/TU
Bắc Giang, ngày 05 tháng 10 năm 2017
THÔNG BÁO
Kết luận của đồng chí Bí thư Tỉnh ủy tại buổi làm việc với Đảng ủy xã Tân Sơn
Ngày 02/10/2017, đồng chí Lê Văn Quang, Bí thư Tỉnh ủy làm việc với Đảng ủy xã Tân Sơn. Về các kiến nghị của xã,
đồng chí Bí thư Tỉnh ủy kết luận như sau:

| Kiến nghị | Ý kiến của Bí thư Tỉnh ủy |
|---|---|
| Nâng cấp đường liên xã Tân Sơn - Lệ Viễn | Giao Ban cán sự đảng UBND tỉnh chỉ đạo khảo sát, xem xét đưa vào kế hoạch đầu tư công trung hạn. |
| Bàn giao đất của lâm trường | Sở Tài nguyên và Môi trường chủ trì rà soát, lập phương án bàn giao đất về địa phương; báo cáo Thường trực Tỉnh ủy trước ngày 31/12/2017. |
| Xây dựng nhà văn hóa thôn | Chưa xem xét trong năm 2017. |

Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị liên quan biết, thực hiện.
"""


def test_two_column_petition_table_answers_name_their_bodies() -> None:
    n = _notice(TWO_COLUMNS)
    who, _, _ = _task(n, "Giao Ban cán sự đảng")
    assert who and who[0].startswith("Ban cán sự đảng")
    who, _, due = _task(n, "Sở Tài nguyên và Môi trường chủ trì")
    assert who and who[0].startswith("Sở Tài nguyên và Môi trường")
    assert due == "2017-12-31"
    assert not any(d.text.startswith(("Nâng cấp", "Bàn giao", "Chưa xem xét")) for d in n.directives)


# 3. A refusal in the answers to a district's petitions gives no task, and its year is no deadline.

REFUSALS = """UBND TỈNH HÀ TĨNH
Số: 301/TB-UBND
Hà Tĩnh, ngày 15 tháng 8 năm 2015
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với UBND huyện Hương Khê
Ngày 12/8/2015, Chủ tịch UBND tỉnh làm việc với UBND huyện Hương Khê. Chủ tịch UBND tỉnh kết luận như sau:
I. VỀ CÁC KIẾN NGHỊ CỦA HUYỆN
1. Về chuyển đổi đất lúa: {refusal} đề nghị của huyện, vì chưa phù hợp với quy hoạch sử dụng đất.
2. Về hỗ trợ xây dựng trường học: {who_refuses} chưa xem xét hỗ trợ trong năm 2015; huyện tự cân đối ngân sách để thực hiện.
3. Về kinh phí nâng cấp đường: Giao Sở Kế hoạch và Đầu tư tham mưu bố trí vốn; báo cáo UBND tỉnh trước ngày 30/9/2015.
Văn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện./.
"""


def test_refusals_give_no_task_and_no_deadline() -> None:
    for refusal, who_refuses in (("Không chấp thuận", "Tỉnh"), ("Không đồng ý", "UBND tỉnh")):
        n = _notice(REFUSALS.format(refusal=refusal, who_refuses=who_refuses))
        assert not any(d.text.startswith("Về chuyển đổi đất lúa") for d in n.directives)
        refused = [d for d in n.directives if "chưa xem xét" in d.text]
        assert refused and all(d.due is None for d in refused)
        who, _, due = _task(n, "Về kinh phí nâng cấp")
        assert who == ["Sở Kế hoạch và Đầu tư tỉnh Hà Tĩnh"] and due == "2015-09-30"


def test_a_body_told_not_to_approve_keeps_its_task() -> None:
    n = _notice(
        REFUSALS.format(refusal="Không chấp thuận", who_refuses="Tỉnh").replace(
            "3. Về kinh phí",
            "3. Yêu cầu UBND các xã không chấp thuận việc san lấp đất lúa trái phép, báo cáo trước ngày 30/9/2015.\n4. Về kinh phí",
        )
    )
    assert any(d.text.startswith("Yêu cầu UBND các xã không chấp thuận") for d in n.directives)
    assert _acting(n)


# 2. What those heard ask (a centre, a company, citizens: "… đề nghị …", "… có một số kiến nghị: …") is no task;
# the leader's conclusions after it are.

NEWS = """Cổng thông tin điện tử Sở Khoa học và Công nghệ Nam Định
Giám đốc Sở làm việc với Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng
Cập nhật: 20/5/2020 09:30
Ngày 18/5/2020, đồng chí Vũ Đức Hải, Giám đốc Sở Khoa học và Công nghệ làm việc với Trung tâm Kỹ thuật Tiêu chuẩn \
Đo lường Chất lượng.
Báo cáo tại buổi làm việc, Giám đốc Trung tâm cho biết quý I/2020, Trung tâm đã kiểm định 5.100 phương tiện đo.

Phó Giám đốc Trung tâm nêu một số khó khăn: thiết bị chuẩn đã cũ, nhân lực kỹ thuật thiếu. {petition}

Phát biểu kết luận, Giám đốc Sở yêu cầu Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng xây dựng phương án tự \
chủ tài chính, trình Sở trước ngày 30/6/2020. Phòng Kế hoạch - Tài chính rà soát nhu cầu đầu tư thiết bị, đưa vào \
kế hoạch năm 2021.
"""


def test_petitions_of_those_heard_give_no_task() -> None:
    for petition in (
        "Trung tâm đề nghị Sở đầu tư 01 bộ chuẩn lưu lượng kế và bổ sung 03 chỉ tiêu biên chế.",
        "Cử tri thôn 4 đề nghị huyện nâng cấp tuyến đường liên thôn; đề nghị Điện lực kéo điện cho khu sản xuất.",
        "Công ty có một số kiến nghị: (1) Sở hỗ trợ kinh phí mua chuẩn; (2) đề nghị Trung tâm hiệu chuẩn miễn phí.",
    ):
        n = parse_notice(NEWS.replace("{petition}", petition), "tin.html")
        assert not any("đề nghị" in d.text or "kiến nghị" in d.text for d in n.directives), petition
        who, _, due = _task(n, "Phát biểu kết luận")
        assert due == "2020-06-30"
        who, _, _ = _task(n, "Phòng Kế hoạch - Tài chính rà soát")
        assert who == ["Phòng Kế hoạch - Tài chính"]


def test_an_item_of_the_conclusions_asking_upward_is_the_bodys_task() -> None:
    n = _notice(
        REFUSALS.format(refusal="Không chấp thuận", who_refuses="Tỉnh").replace(
            "3. Về kinh phí", "3. Sở Tài chính đề nghị Bộ Tài chính bổ sung kinh phí hỗ trợ.\n4. Về kinh phí"
        )
    )
    assert "Sở Tài chính tỉnh Hà Tĩnh" in _acting(n)


# 5. A body absent from the meeting still gets its task, also when it is asked to report in writing ("có báo cáo
# bằng văn bản …"), under a heading of the bodies in general.

ABSENT = """UBND TỈNH YÊN BÁI
VĂN PHÒNG
Số: 12/TB-VPUBND
Yên Bái, ngày 11 tháng 10 năm 2024
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về khắc phục hậu quả bão số 3
Ngày 09/10/2024, đồng chí Trần Huy Tuấn, Chủ tịch UBND tỉnh chủ trì cuộc họp. Vắng mặt: Sở Xây dựng.
Chủ tịch UBND tỉnh kết luận như sau:
1. Các sở, ngành, địa phương:
- Tập trung khôi phục sản xuất nông nghiệp sau bão, hoàn thành trước ngày 30/10/2024.
- Sở Xây dựng{aside} có báo cáo bằng văn bản về tiến độ sửa chữa nhà ở bị hư hỏng gửi UBND tỉnh trước ngày 15/10/2024.
"""


def test_absent_body_asked_to_report_in_writing_takes_the_task() -> None:
    for aside in ("", " (vắng mặt)"):
        n = _notice(ABSENT.format(aside=aside))
        who, _, due = _task(n, "Sở Xây dựng")
        assert who == ["Sở Xây dựng tỉnh Yên Bái"] and due == "2024-10-15"
