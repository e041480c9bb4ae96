"""Who acts, who supports, who is absent and by when, in the ways round X's unseen notices wrote them (inspection
conclusions and records between two bodies; documents that pass conclusions down; the provincial leadership's
routine giao ban).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
and the companies are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import absent_of as _absent
from notice_checks import assignees_of as _acting
from notice_checks import chairs_of as _chairs
from notice_checks import names_of as _names
from notice_checks import task_of as _task

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice


def _notice(text: str) -> Notice:
    return parse_notice(text, "x.txt")


# 1. A record of work between two bodies ("Biên bản làm việc"): the sides are named in the record's head ("BÊN A:
# …", "BÊN B: …"); "1. Bên B có trách nhiệm:" and "2. Bên A (Sở …) có trách nhiệm:" head each side's tasks, under a
# part headed with what the two sides agreed; the record's closing line is no task.

RECORD = """UBND TỈNH QUẢNG NINH
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 45/BB-SNN
Hạ Long, ngày 12 tháng 9 năm 2018
BIÊN BẢN LÀM VIỆC
Về việc kiểm tra an toàn thực phẩm tại Công ty cổ phần Thủy sản Vân Đồn
Hôm nay, vào hồi 8 giờ 00 ngày 12 tháng 9 năm 2018, tại trụ sở Công ty cổ phần Thủy sản Vân Đồn, chúng tôi gồm:
BÊN A: SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NINH
1. Ông Phạm Văn Tuấn - Phó Giám đốc Sở, Trưởng đoàn;
2. Bà Lê Thị Hoa - Chi cục trưởng Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản.
BÊN B: {side_b}
1. Ông Trần Minh Đức - {title_b}.
I. KẾT QUẢ KIỂM TRA
Cơ sở chưa bố trí khu sơ chế riêng; 02 cân bàn chưa được kiểm định.
II. Ý KIẾN CỦA BÊN B
Bên B thống nhất với kết quả kiểm tra; đề nghị Sở hướng dẫn thủ tục cấp giấy chứng nhận.
III. NỘI DUNG HAI BÊN THỐNG NHẤT
1. {heading_b} có trách nhiệm:
- Khắc phục các tồn tại nêu trên, báo cáo kết quả về Bên A trước ngày 30/10/2018;
- Tổ chức tập huấn kiến thức an toàn thực phẩm cho người lao động trong quý IV/2018.
2. Bên A (Sở Nông nghiệp và Phát triển nông thôn) có trách nhiệm:
- Giao Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản kiểm tra lại việc khắc phục trong tháng 11/2018;
- Thanh tra Sở tổng hợp, báo cáo UBND tỉnh kết quả kiểm tra.
Biên bản kết thúc vào hồi 11 giờ 00 cùng ngày, được lập thành 02 bản, mỗi bên giữ 01 bản.
"""


def test_record_sides_named_in_the_head_take_their_tasks() -> None:
    n = _notice(
        RECORD.format(
            side_b="CÔNG TY CỔ PHẦN THỦY SẢN VÂN ĐỒN", title_b="Giám đốc Công ty", heading_b="Bên B"
        )
    )
    who, _, due = _task(n, "Khắc phục các tồn tại")
    assert [w.lower() for w in who] == ["công ty cổ phần thủy sản vân đồn"] and due == "2018-10-30"
    who, _, due = _task(n, "Tổ chức tập huấn")
    assert [w.lower() for w in who] == ["công ty cổ phần thủy sản vân đồn"] and due == "2018-12-31"
    who, _, due = _task(n, "Giao Chi cục Quản lý chất lượng")
    assert who == ["Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản tỉnh Quảng Ninh"] and due == "2018-11"
    who, _, _ = _task(n, "Thanh tra Sở tổng hợp")
    assert who == ["Thanh tra Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ninh"]
    assert not any(d.text.startswith("Biên bản kết thúc") for d in n.directives)
    assert not any(d.text.startswith("Bên B thống nhất") for d in n.directives)


@pytest.mark.parametrize(
    "line_b",
    [
        "BÊN B - CÔNG TY CỔ PHẦN THỦY SẢN VÂN ĐỒN",
        "**Bên B:** Công ty cổ phần Thủy sản Vân Đồn",
        "- Bên B: Công ty cổ phần Thủy sản Vân Đồn",
    ],
)
def test_a_side_named_with_a_dash_or_emphasis_takes_its_tasks(line_b: str) -> None:
    """The side's line is read where the signature's side is chosen too (``sections.record_sides``), so a dash
    after the letter, or markdown around it, names the side for both."""
    n = _notice(
        RECORD.format(side_b="X", title_b="Giám đốc Công ty", heading_b="Bên B").replace("BÊN B: X", line_b)
    )
    who, _, _ = _task(n, "Khắc phục các tồn tại")
    assert [w.lower() for w in who] == ["công ty cổ phần thủy sản vân đồn"]


def test_record_side_named_in_brackets() -> None:
    n = _notice(
        RECORD.format(
            side_b="ỦY BAN NHÂN DÂN HUYỆN TIÊN YÊN",
            title_b="Phó Chủ tịch UBND huyện",
            heading_b="Bên B (UBND huyện Tiên Yên)",
        )
    )
    who, _, due = _task(n, "Khắc phục các tồn tại")
    assert who == ["Ủy ban nhân dân huyện Tiên Yên"] and due == "2018-10-30"


# 2. A Party body's notice hands the items under "X lãnh đạo (, chỉ đạo) Y:" to Y too, which carries them out (X answers for them).

PARTY = """ĐẢNG BỘ TỈNH BẮC GIANG
HUYỆN ỦY YÊN THẾ
*
Số: 112-TB/HU
Yên Thế, ngày 10 tháng 4 năm 2016
THÔNG BÁO
Kết luận của Ban Thường vụ Huyện ủy về phát triển chăn nuôi gà đồi
Ngày 08/4/2016, Ban Thường vụ Huyện ủy họp nghe báo cáo về phát triển chăn nuôi gà đồi. Sau khi thảo luận, Ban
Thường vụ Huyện ủy kết luận như sau:
1. Giao Ban cán sự Đảng UBND huyện lãnh đạo, chỉ đạo UBND huyện:
- Chỉ đạo Phòng Nông nghiệp và Phát triển nông thôn hướng dẫn các hộ chăn nuôi bảo đảm an toàn sinh học;
- Tổ chức Lễ hội gà đồi Yên Thế năm 2016 trước ngày 30/6/2016.
2. Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện, báo cáo Thường trực Huyện ủy.
"""


def test_items_under_party_body_leading_go_to_the_body_led() -> None:
    n = _notice(PARTY)
    who, _, due = _task(n, "Tổ chức Lễ hội")
    assert "Ủy ban nhân dân huyện Yên Thế" in who and due == "2016-06-30"
    who, _, _ = _task(n, "Chỉ đạo Phòng Nông nghiệp")
    assert "Ủy ban nhân dân huyện Yên Thế" in who


# 3. Absences: a body "được mời nhưng không cử cán bộ tham gia (Đoàn)" is away; an absence spoken of in a task
# ("làm việc với Đảng ủy xã A về việc … và việc không cử cán bộ dự họp") makes no body before it absent.

INSPECTION = """UBND TỈNH QUẢNG NAM
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 21/KL-SKHCN
Quảng Nam, ngày 27 tháng 02 năm 2016
KẾT LUẬN THANH TRA
Về việc chấp hành pháp luật về đo lường trong kinh doanh xăng dầu trên địa bàn huyện Duy Xuyên
Từ ngày 01/02/2016 đến ngày 05/02/2016, Đoàn thanh tra do ông Trần Văn Minh, Chánh Thanh tra Sở làm Trưởng đoàn
đã thanh tra 10 cửa hàng xăng dầu. {absence}
KẾT LUẬN VÀ KIẾN NGHỊ
1. UBND huyện Duy Xuyên chỉ đạo Phòng Kinh tế và Hạ tầng huyện phối hợp kiểm tra thường xuyên các cửa hàng.
2. Thanh tra Sở theo dõi việc khắc phục, báo cáo Giám đốc Sở trước ngày 30/4/2016.
"""


def test_invited_body_sending_no_one_to_take_part_is_absent() -> None:
    for tail in ("tham gia.", "tham gia Đoàn."):
        n = _notice(
            INSPECTION.format(
                absence="Phòng Kinh tế và Hạ tầng huyện Duy Xuyên được mời nhưng không cử cán bộ " + tail
            )
        )
        assert _absent(n) == ["Phòng Kinh tế và Hạ tầng huyện Duy Xuyên"]


def test_absence_spoken_of_in_a_task_names_no_one_absent() -> None:
    n = _notice(
        INSPECTION.format(absence="Cửa hàng xăng dầu số 5 được mời nhưng vắng mặt.").replace(
            "2. Thanh tra Sở theo dõi",
            "2. Giao Thanh tra Sở làm việc với Đảng ủy xã Duy Phước về việc chậm triển khai Nghị quyết Đại hội "
            "Đảng bộ xã và việc không cử cán bộ dự họp; theo dõi",
        )
    )
    assert not any("Đảng bộ" in a or "Đảng ủy" in a for a in _absent(n))


# 4. A giao ban's items: an approval hands no task ("Thường trực Thành ủy thống nhất chủ trương.", "Thống nhất chủ
# trương đầu tư …"), a task handed in the same item still counts; "Sở Y tế có báo cáo giải trình …" is a task.

GIAO_BAN = """UBND TỈNH NINH BÌNH
VĂN PHÒNG
Số: 61/TB-VPUBND
Ninh Bình, ngày 14 tháng 3 năm 2022
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban tuần
Ngày 12/3/2022, Chủ tịch UBND tỉnh Phạm Quang Ngọc chủ trì cuộc họp giao ban tuần. Chủ tịch UBND tỉnh kết luận:
1. Về phương án cải tạo chợ Rồng: UBND tỉnh thống nhất chủ trương.
2. Thống nhất chủ trương đầu tư xây dựng Trường Mầm non Hoa Sen tại phường Nam Bình.
3. Đồng ý với đề xuất của Sở Xây dựng; giao Sở Tài chính cân đối kinh phí trước ngày 30/4/2022.
4. Sở Y tế có báo cáo giải trình việc vắng họp, gửi Văn phòng UBND tỉnh trong tuần.
"""


def test_approval_hands_no_task_but_a_task_beside_it_counts() -> None:
    n = _notice(GIAO_BAN)
    assert not any(d.text.startswith(("Về phương án", "Thống nhất chủ trương")) for d in n.directives)
    assert "Sở Tài chính tỉnh Ninh Bình" in _acting(n)


def test_body_to_report_its_explanation_is_tasked() -> None:
    who, _, _ = _task(_notice(GIAO_BAN), "Sở Y tế có báo cáo giải trình")
    assert who == ["Sở Y tế tỉnh Ninh Bình"]


# 5. A notice sharing out a leadership's work: the fields under each leader's heading are that person's task, with
# the fields' topics; the units he "trực tiếp phụ trách" are not tasked by that line; "khi Chủ tịch đi vắng" makes
# no one absent.

SHARING = """ỦY BAN NHÂN DÂN
HUYỆN CAN LỘC
Số: 902/TB-UBND
Can Lộc, ngày 05 tháng 6 năm 2020
THÔNG BÁO
Phân công nhiệm vụ Chủ tịch, các Phó Chủ tịch UBND huyện
Ủy ban nhân dân huyện thông báo phân công nhiệm vụ của Chủ tịch, các Phó Chủ tịch UBND huyện như sau:
1. Ông Trần Văn Hòa - Chủ tịch UBND huyện
- Lãnh đạo, điều hành chung; trực tiếp chỉ đạo công tác tổ chức bộ máy, công tác cán bộ.
- Trực tiếp phụ trách: Phòng Nội vụ, Thanh tra huyện, Công an huyện.
2. Bà Nguyễn Thị Thu - Phó Chủ tịch UBND huyện
- Giúp Chủ tịch chỉ đạo các lĩnh vực: khoa học và công nghệ, tiêu chuẩn, đo lường, chất lượng; sở hữu trí tuệ.
- Trực tiếp phụ trách: Phòng Kinh tế và Hạ tầng, Phòng Y tế.
- Được Chủ tịch ủy quyền điều hành công việc của UBND huyện khi Chủ tịch đi vắng.
"""


def test_leaders_fields_are_their_tasks_and_units_in_charge_are_not_tasked() -> None:
    n = _notice(SHARING)
    names = _names(n)
    by_person = {names[a]: d.topics for d in n.directives for a in d.assignees if a in n.persons}
    assert "personnel" in by_person["Trần Văn Hòa"]
    assert {"standards-quality", "intellectual-property"} <= set(by_person["Nguyễn Thị Thu"])
    assert not any(a in n.agencies for d in n.directives for a in d.assignees)
    assert _absent(n) == []


# 6. Passing a higher notice down: its tasks quoted as background ("Tại Thông báo số …, Chủ tịch UBND tỉnh đã giao
# …; giao Sở Tài chính …") are not this document's; a unit's own paragraph opening with its verb ("Chi cục … cấp
# phát hóa chất …") is.

PASSING_DOWN = """UBND TỈNH QUẢNG BÌNH
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 1502/SNN-VP
Quảng Bình, ngày 22 tháng 10 năm 2020
V/v triển khai kết luận của Chủ tịch UBND tỉnh về khắc phục hậu quả mưa lũ
Ngày 21/10/2020, Giám đốc Sở Nguyễn Văn Bình chủ trì cuộc họp triển khai khắc phục hậu quả mưa lũ.

Theo báo cáo của Văn phòng Ban Chỉ huy phòng chống thiên tai tỉnh, đợt mưa lũ đã làm ngập hơn 3.000 ha lúa. Tại Thông
báo số 201/TB-UBND, Chủ tịch UBND tỉnh đã giao Sở Nông nghiệp và PTNT tổng hợp thiệt hại; giao Sở Tài chính cân đối
ngân sách dự phòng để hỗ trợ khẩn cấp cho người dân.

Kết luận cuộc họp, Giám đốc Sở yêu cầu các đơn vị khẩn trương triển khai các nhiệm vụ, trong đó:
Chi cục Thủy lợi kiểm tra, đánh giá mức độ hư hỏng các công trình đê điều, báo cáo trước ngày 28/10/2020.
Chi cục Chăn nuôi và Thú y cấp phát hóa chất tiêu độc khử trùng cho các địa phương vùng lũ; giám sát dịch bệnh.
"""


def test_tasks_quoted_from_a_higher_notice_are_background() -> None:
    n = _notice(PASSING_DOWN)
    acting = _acting(n)
    assert "Sở Tài chính tỉnh Quảng Bình" not in acting
    assert "Chi cục Thủy lợi tỉnh Quảng Bình" in acting
    who, _, _ = _task(n, "Chi cục Chăn nuôi và Thú y cấp phát")
    assert who == ["Chi cục Chăn nuôi và Thú y tỉnh Quảng Bình"]


# 7. A plan passing a Giám đốc's conclusions down names the meeting's chair as "kết luận của đồng chí X, Giám đốc
# Sở tại cuộc họp …".

PLAN = """UBND TỈNH THÁI BÌNH
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 612/KH-SKHCN
Thái Bình, ngày 12 tháng 6 năm 2023
KẾ HOẠCH
Triển khai thực hiện kết luận của Giám đốc Sở tại cuộc họp về quản lý đo lường tại các chợ
Căn cứ Thông báo số 41/TB-SKHCN ngày 05/6/2023 của Sở Khoa học và Công nghệ về kết luận của đồng chí Lê Văn Thành,
Giám đốc Sở tại cuộc họp ngày 01/6/2023 về quản lý đo lường tại các chợ. Tham dự cuộc họp có lãnh đạo Chi cục Tiêu
chuẩn Đo lường Chất lượng, Thanh tra Sở.
Sở Khoa học và Công nghệ ban hành Kế hoạch thực hiện như sau:
1. Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra cân tại các chợ trong quý III/2023.
2. Thanh tra Sở tổng hợp, báo cáo kết quả trước ngày 15/10/2023.
"""


def test_chair_named_by_whose_conclusions_are_passed_down() -> None:
    assert _chairs(_notice(PLAN)) == ["Lê Văn Thành"]


# 8. One item, two tasks of the same actor, each with its deadline: the item is cut at ";" and each clause keeps its
# own; a time frame opening the sentence ("Trong năm 2026, đề nghị …; …; … trước ngày …") cuts nothing.

DEADLINES = """UBND THÀNH PHỐ HÀ NỘI
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 1288/TB-SNNMT
Hà Nội, ngày 20 tháng 3 năm 2026
THÔNG BÁO
Kết luận kiểm tra công tác bảo vệ môi trường tại Cụm công nghiệp Thanh Oai
Ngày 10/3/2026, Phó Giám đốc Sở Trần Văn Hưng chủ trì cuộc họp. Phó Giám đốc Sở kết luận như sau:
1. Yêu cầu Công ty TNHH Hạ tầng Thanh Oai lắp đặt, kiểm định thiết bị quan trắc nước thải tự động trong quý II/2026;
lập hồ sơ điều chỉnh Giấy phép môi trường trước ngày 30/4/2026.
2. Trong năm 2026, đề nghị UBND huyện Thanh Oai rà soát các cơ sở trong Cụm; đôn đốc các cơ sở lập hồ sơ môi trường;
kiểm tra việc khắc phục, báo cáo Sở trước ngày 15/5/2026.
"""


def test_each_clause_keeps_its_own_deadline() -> None:
    n = _notice(DEADLINES)
    names = _names(n)
    dues = {
        d.due.value
        for d in n.directives
        if d.due and "Công ty TNHH Hạ tầng Thanh Oai" in {names[a] for a in d.assignees}
    }
    assert dues == {"2026-06-30", "2026-04-30"}
    # "trong năm 2026" opens the item: the time frame of both clauses, no deadline of the first
    dues = [
        d.due.value
        for d in n.directives
        if "Ủy ban nhân dân huyện Thanh Oai" in {names[a] for a in d.assignees}
    ]
    assert dues == ["2026-05-15"]


# 9. An e-mail forwarding a notice: its own lines ("From: …", "Kính gửi: Các cơ quan, đơn vị") are no part of the
# notice's header and make no bodies (the sender's signature after "Trân trọng." still names his unit).

EMAIL = """From: Van phong UBND tinh Ha Giang <vanphong@hagiang.gov.vn>
To: congantinh@hagiang.gov.vn; soxaydung@hagiang.gov.vn
Subject: Thong bao ket luan cua PCT UBND tinh Lo Van Minh
Kính gửi: Các cơ quan, đơn vị,
Văn phòng UBND tỉnh gửi Thông báo số 19/TB-VPUBND (file đính kèm, nội dung chép dưới đây).
Trân trọng.
Nguyễn Thu Hà - Chuyên viên Phòng Nội chính
---------- Nội dung văn bản ----------
ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
VĂN PHÒNG
Số: 19/TB-VPUBND
Hà Giang, ngày 12 tháng 01 năm 2024
THÔNG BÁO
Kết luận của đồng chí Lò Văn Minh, Phó Chủ tịch UBND tỉnh tại Hội nghị triển khai công tác bảo đảm trật tự an
toàn giao thông dịp Tết
Ngày 10/01/2024, tại trụ sở UBND tỉnh, đồng chí Lò Văn Minh, Phó Chủ tịch UBND tỉnh chủ trì Hội nghị. Phó Chủ
tịch UBND tỉnh kết luận như sau:
1. Công an tỉnh tăng cường tuần tra, kiểm soát, xử lý vi phạm trật tự an toàn giao thông.
2. Sở Xây dựng kiểm tra an toàn phòng cháy tại các chợ trước ngày 25/01/2024.
"""


def test_an_emails_own_lines_make_no_header_bodies() -> None:
    n = parse_notice(EMAIL, "email.txt")
    names = {a.name for a in n.agencies.values()}
    assert not any(nm.startswith("Các cơ quan") for nm in names), names  # "Kính gửi: Các cơ quan, đơn vị"
    issuer = n.agencies[n.issuer].name if isinstance(n.issuer, str) else str(n.issuer)
    assert "Văn phòng Ủy ban nhân dân tỉnh Hà Giang" in issuer


# A letter's closing call to the units it addresses, after the last unit's heading and its items: the paragraph
# the end mark ("./.") closes is the units', not the last heading's unit's.

LETTER = """UBND TỈNH QUẢNG NGÃI
SỞ CÔNG THƯƠNG
Số: 512/SCT-QLTM
Quảng Ngãi, ngày 06 tháng 4 năm 2017
V/v triển khai Thông báo kết luận
Kính gửi: Các phòng, đơn vị thuộc Sở.
Thực hiện Thông báo số 120/TB-UBND ngày 30/3/2017 của UBND tỉnh, Giám đốc Sở yêu cầu các phòng, đơn vị thực hiện
các nội dung sau:
1. Phòng Quản lý thương mại

Rà soát danh sách cửa hàng xăng dầu, báo cáo trước ngày 20/4/2017.

2. Văn phòng Sở

Theo dõi, đôn đốc các phòng, đơn vị; tổng hợp kết quả thực hiện, báo cáo UBND tỉnh trước ngày 30/6/2017{end}

{closing}

Nơi nhận:                                          KT. GIÁM ĐỐC
- Như trên;                                        PHÓ GIÁM ĐỐC
- Lưu: VT.
                                                   Nguyễn Văn An
"""


@pytest.mark.parametrize("verb", ["Yêu cầu", "Đề nghị"])
def test_the_closing_call_to_the_units_is_theirs_not_the_last_units(verb: str) -> None:
    n = _notice(
        LETTER.format(end=".", closing=f"{verb} các phòng, đơn vị nghiêm túc triển khai thực hiện./.")
    )
    assert _task(n, "Theo dõi, đôn đốc")[0] == ["Văn phòng Sở Công Thương tỉnh Quảng Ngãi"]
    assert _task(n, f"{verb} các phòng")[0] == ["Các phòng, đơn vị"]


def test_the_last_units_own_paragraph_with_the_end_mark_stays_its_own() -> None:
    n = _notice(LETTER.format(end="./.", closing=""))
    assert _task(n, "Theo dõi, đôn đốc")[0] == ["Văn phòng Sở Công Thương tỉnh Quảng Ngãi"]


# A leader's reminder: "Chủ tịch UBND tỉnh lưu ý các sở …" tells the bodies after it, as "đề nghị" does; the body
# in the leader's post does not act ("Sở X lưu ý các đơn vị …" stays the Sở's own task).

REMINDER_HEAD = """UBND TỈNH THANH HÓA
Số: 210/TB-UBND
Thanh Hóa, ngày 19 tháng 11 năm 2019
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban tuần 47
Ngày 18/11/2019, đồng chí Nguyễn Đình Xứng, Chủ tịch UBND tỉnh chủ trì cuộc họp giao ban. Chủ tịch UBND tỉnh kết
luận như sau:
"""


@pytest.mark.parametrize("leader", ["Chủ tịch UBND tỉnh", "Phó Chủ tịch Thường trực UBND tỉnh"])
def test_a_leader_reminding_bodies_tells_them(leader: str) -> None:
    n = _notice(
        REMINDER_HEAD
        + f"1. Các nội dung khác: {leader} lưu ý các sở, ngành, địa phương chuẩn bị tốt các điều kiện phục vụ "
        "Nhân dân đón Tết Nguyên đán Canh Tý 2020.\n"
    )
    assert _task(n, "Các nội dung khác")[0] == ["Các sở, ngành, địa phương"]


def test_a_body_reminding_its_units_keeps_the_task() -> None:
    n = _notice(
        REMINDER_HEAD + "1. Sở Y tế lưu ý các cơ sở khám, chữa bệnh bảo đảm đủ thuốc, vật tư trong dịp Tết.\n"
    )
    assert _task(n, "Sở Y tế lưu ý")[0] == ["Sở Y tế tỉnh Thanh Hóa"]


def test_the_closing_call_to_the_units_heads_is_not_the_last_units() -> None:
    n = _notice(
        LETTER.format(end=".", closing="Yêu cầu Thủ trưởng các phòng, đơn vị nghiêm túc thực hiện./.")
    )
    assert _task(n, "Theo dõi, đôn đốc")[0] == ["Văn phòng Sở Công Thương tỉnh Quảng Ngãi"]
    names = _names(n)
    closing = [d for d in n.directives if d.text.startswith("Yêu cầu Thủ trưởng")]
    assert all(
        "Văn phòng Sở Công Thương tỉnh Quảng Ngãi" not in [names[a] for a in d.assignees] for d in closing
    )
