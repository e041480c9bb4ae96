"""Who acts on a task, who signs and who was away, in the ways round AK's unseen notices (traffic safety; fire
prevention and rescue; people with merit and veterans) wrote them.

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

import pytest
from notice_checks import bodies_per_task as _assignees
from notice_checks import bodies_tasked as _tasked

from ketluan.ingest.extract import parse_notice

# A record's team, listed by member: "name - posts - place in the team". The posts may be long, hold a dash of their
# own ("đường bộ - đường sắt") and a unit's code in brackets; the line still ends on the member's place in the
# team, and gives no one a task.

TEAM_RECORD = """SỞ GIAO THÔNG VẬN TẢI TỈNH QUẢNG BÌNH
ĐOÀN KIỂM TRA LIÊN NGÀNH
BIÊN BẢN KIỂM TRA
Về việc kiểm tra các điểm giao cắt giữa đường bộ và đường sắt trên địa bàn huyện Lệ Thủy
Hôm nay, ngày 10/5/2019, tại UBND xã Mỹ Thủy, huyện Lệ Thủy, chúng tôi gồm:
A. ĐOÀN KIỂM TRA LIÊN NGÀNH
1. Ông Hoàng Văn Minh - Phó Giám đốc Sở Giao thông vận tải - Trưởng đoàn;
2. {member}
B. ĐẠI DIỆN ĐỊA PHƯƠNG
1. Ông Trần Văn Lộc - Phó Chủ tịch UBND huyện Lệ Thủy.
KẾT LUẬN VÀ KIẾN NGHỊ CỦA ĐOÀN
1. Đề nghị UBND huyện Lệ Thủy chỉ đạo UBND xã Mỹ Thủy đặt biển cảnh báo tại các lối đi tự mở trước ngày 30/6/2019.
ĐẠI DIỆN ĐỊA PHƯƠNG          TRƯỞNG ĐOÀN
Trần Văn Lộc                 Hoàng Văn Minh
"""


@pytest.mark.parametrize(
    "member",
    [
        "Đại úy Lê Quang Huy - Đội trưởng Đội Cảnh sát giao thông đường sắt, Phòng Cảnh sát giao thông đường bộ -"
        " đường sắt (PC08) Công an tỉnh - Thành viên;",
        "Bà Võ Thị Lan - Chuyên viên Phòng Quản lý vận tải (Sở Giao thông vận tải) - Thư ký.",
    ],
)
def test_a_team_members_line_with_long_posts_is_no_task(member: str) -> None:
    n = parse_notice(TEAM_RECORD.format(member=member), "x.txt")
    assert _assignees(n) == [["Ủy ban nhân dân huyện Lệ Thủy", "Ủy ban nhân dân xã Mỹ Thủy"]]


# A subject with an aside singling some of its bodies out, then a directing verb after an adverb: "UBND các huyện,
# nhất là UBND huyện A, B, tập trung chỉ đạo các xã …". The group before the aside directs and answers for the task;
# the communes it directs are not given it in its place.

HOUSING = """UBND TỈNH TRÀ VINH
VĂN PHÒNG
Số: 88/TB-VP
Trà Vinh, ngày 05 tháng 9 năm 2020
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh về hỗ trợ nhà ở cho người có công
Ngày 02/9/2020, đồng chí Lê Văn Hẳn, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp với các sở, ngành và UBND các huyện.
Phó Chủ tịch UBND tỉnh kết luận:
1. Sở Lao động - Thương binh và Xã hội rà soát danh sách hộ người có công khó khăn về nhà ở trước ngày 30/9/2020.
2. {text}
"""


@pytest.mark.parametrize(
    "text",
    [
        "Về tiến độ: UBND các huyện, thị xã, nhất là UBND huyện Cầu Ngang, Trà Cú, tập trung chỉ đạo các xã hoàn"
        " thành việc hỗ trợ trước ngày 31/12/2020.",
        "UBND các huyện, thị xã, đặc biệt là huyện Cầu Ngang, tập trung chỉ đạo các xã hoàn thành việc hỗ trợ trước"
        " ngày 31/12/2020.",
        "UBND các huyện, thị xã tập trung chỉ đạo các xã hoàn thành việc hỗ trợ trước ngày 31/12/2020.",
    ],
)
def test_a_group_singled_out_in_an_aside_directs_and_keeps_its_task(text: str) -> None:
    n = parse_notice(HOUSING.format(text=text), "x.txt")
    assert _assignees(n)[-1] == ["Ủy ban nhân dân các huyện, thị xã"]
    assert n.directives[-1].due is not None and n.directives[-1].due.value == "2020-12-31"


# A record's team asks in its own name: "Đoàn kiểm tra kiến nghị Phòng X xem xét …". The team is the record's author
# and never its own assignee; the body it asks is.

FIRE_RECORD = """CÔNG AN TỈNH HÀ TĨNH
PHÒNG CẢNH SÁT PC&CC
Số: 45/BB-PC07
BIÊN BẢN KIỂM TRA
Về an toàn phòng cháy và chữa cháy tại cơ sở kinh doanh karaoke Ánh Dương
Hôm nay, ngày 12/8/2019, tại phường Nam Hà, thành phố Hà Tĩnh, chúng tôi gồm:
1. Thiếu tá Nguyễn Văn Tâm - Đội trưởng Đội Cảnh sát PCCC - Trưởng đoàn;
2. Ông Lê Văn Quý - Phó Trưởng Công an phường Nam Hà.
Kết quả kiểm tra: cơ sở chưa trang bị đủ bình chữa cháy, lối thoát nạn bị che chắn.
KIẾN NGHỊ:
1. Chủ cơ sở khắc phục các tồn tại trên trước ngày 30/8/2019.
2. {text}
"""


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Đoàn kiểm tra kiến nghị Phòng Văn hóa và Thông tin thành phố Hà Tĩnh xem xét việc tạm đình chỉ hoạt"
            " động kinh doanh nếu cơ sở không khắc phục.",
            "Phòng Văn hóa và Thông tin thành phố Hà Tĩnh",
        ),
        (
            "Đoàn kiểm tra kiến nghị UBND phường Nam Hà giám sát việc khắc phục của cơ sở.",
            "Ủy ban nhân dân phường Nam Hà",
        ),
    ],
)
def test_a_records_team_asking_a_body_is_not_its_own_assignee(text: str, asked: str) -> None:
    n = parse_notice(FIRE_RECORD.format(text=text), "x.txt")
    assert _tasked(n) == [asked]


# One sentence hands a person a task, then after ";" a body has one of its own, its clause opened by how often it
# recurs: "Giao đồng chí A …; định kỳ hằng tháng Công an quận tổng hợp báo cáo UBND quận." The body acts in the
# second clause (and is not made the person's partner in the first).

DISTRICT_FIRE = """UBND QUẬN HẢI CHÂU
Số: 120/TB-UBND
Hải Châu, ngày 20 tháng 3 năm 2021
THÔNG BÁO
Kết luận của Chủ tịch UBND quận về công tác phòng cháy, chữa cháy đối với nhà trọ
Ngày 18/3/2021, đồng chí Nguyễn Văn Bình, Chủ tịch UBND quận chủ trì cuộc họp. Tham dự có Công an quận, Phòng Quản
lý đô thị quận và UBND các phường.
Chủ tịch UBND quận kết luận:
1. Công an quận chủ trì kiểm tra an toàn PCCC các nhà trọ trên địa bàn trong quý II/2021.
2. Giao đồng chí Lê Văn Hải, Phó Chủ tịch UBND quận trực tiếp chỉ đạo đợt kiểm tra; {second}
"""


@pytest.mark.parametrize(
    "second",
    [
        "định kỳ hằng tháng Phòng Quản lý đô thị quận tổng hợp báo cáo UBND quận.",
        "hàng quý, Phòng Quản lý đô thị quận tổng hợp kết quả, báo cáo UBND quận.",
    ],
)
def test_a_body_after_how_often_its_clause_recurs_has_a_task_of_its_own(second: str) -> None:
    n = parse_notice(DISTRICT_FIRE.format(second=second), "x.txt")
    assert _assignees(n)[-2:] == [[], ["Phòng Quản lý đô thị quận Hải Châu"]]


# The assessment opening the conclusions counts the files still waiting, named by what they ask for: "toàn tỉnh còn
# 640 hồ sơ đề nghị công nhận liệt sĩ tồn đọng". That "đề nghị" names papers; it asks no one, so the item is no task
# for the issuing Sở (here the title is garbled as an OCR copy gives it, so the item is read without a lead-in).

MERIT_BRIEFING = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH NAM ĐỊNH
Số: 310/TB-SLĐTBXH
Nam Định, ngày 15 tháng 10 năm 2015
TH0NG BÁO
Kết luận của Giám đốc Sở tại buổi giao ban công tác người có công quý III/2015
Ngày 12/10/2015, đồng chí Trần Văn Bình, Giám đốc Sở chủ trì buổi giao ban với Phòng LĐTBXH các huyện.
Giám đốc Sở kết luận:
1. {text}
2. Phòng Người có công rà soát, phân loại các hồ sơ tồn đọng, báo cáo Giám đốc Sở trước ngày 30/11/2015.
"""


@pytest.mark.parametrize(
    "text",
    [
        "Đến hết tháng 9/2015, toàn tỉnh còn 640 hồ sơ đề nghị công nhận liệt sĩ tồn đọng, trong đó 210 hồ sơ thiếu"
        " giấy tờ gốc. Một số huyện chưa thẩm định kịp thời, để hồ sơ kéo dài.",
        "Đến hết quý III/2015, toàn tỉnh còn 85 hồ sơ đề nghị hưởng chế độ chưa được giải quyết.",
    ],
)
def test_files_named_by_their_request_in_an_assessment_give_no_task(text: str) -> None:
    n = parse_notice(MERIT_BRIEFING.format(text=text), "x.txt")
    assert _assignees(n) == [["Phòng Người có công"]]


def test_a_body_told_to_speed_up_request_files_still_acts() -> None:
    # guard: the instruction word of its own ("cần") still makes a task
    text = "Phòng LĐTBXH các huyện cần đẩy nhanh việc thẩm định hồ sơ đề nghị công nhận liệt sĩ."
    n = parse_notice(MERIT_BRIEFING.format(text=text), "x.txt")
    assert len(n.directives) == 2


# A body singled out by its absence, then its duty: "Phòng LĐTBXH huyện A không dự giao ban phải có văn bản giải
# trình …". The absent body acts (the duty word closes the description, as after "là đơn vị …").


@pytest.mark.parametrize(
    "text",
    [
        "Phòng LĐTBXH huyện Xuân Trường không dự giao ban phải có văn bản giải trình với Giám đốc Sở.",
        "Phòng LĐTBXH huyện Xuân Trường không tham dự buổi giao ban phải báo cáo Giám đốc Sở lý do trước ngày 20/10/2015.",
    ],
)
def test_a_body_away_then_told_its_duty_acts(text: str) -> None:
    n = parse_notice(MERIT_BRIEFING.format(text=text), "x.txt")
    assert _assignees(n)[0] == ["Phòng Lao động - Thương binh và Xã hội huyện Xuân Trường"]


def test_the_meeting_a_body_missed_gives_its_duty_no_topic() -> None:
    # "không dự giao ban" says why the body is told; the briefing it missed is no event it is to organise
    text = "Phòng LĐTBXH huyện Xuân Trường không dự giao ban phải có văn bản giải trình với Giám đốc Sở."
    n = parse_notice(MERIT_BRIEFING.format(text=text), "x.txt")
    assert _assignees(n)[0] == ["Phòng Lao động - Thương binh và Xã hội huyện Xuân Trường"]
    assert not any("event" in t for t in n.directives[0].topics)


# A record signed by blocks side by side (the inspected party, the recorder, the team's head), then a witness's block
# alone below them: "ĐẠI DIỆN UBND PHƯỜNG …". The local authority countersigns; the one who answers for the record is
# in the row above, not the last name on the page.

WITNESSED = """CÔNG AN TỈNH HÀ TĨNH
PHÒNG CẢNH SÁT PC&CC VÀ CNCH
BIÊN BẢN KIỂM TRA
Về an toàn phòng cháy và chữa cháy tại nhà nghỉ Hoa Sen
Hôm nay, ngày 20/9/2019, tại nhà nghỉ Hoa Sen, phường Bắc Hà, thành phố Hà Tĩnh, chúng tôi gồm:
1. Thiếu tá Đặng Văn Phú - Đội trưởng - Trưởng đoàn;
2. Đại úy Trần Quốc Bảo - Cán bộ - Người lập biên bản;
3. Ông Nguyễn Văn Sơn - Phó Chủ tịch UBND phường Bắc Hà.
KIẾN NGHỊ
1. Chủ cơ sở trang bị bổ sung bình chữa cháy trước ngày 30/9/2019.
2. Công an phường Bắc Hà theo dõi, đôn đốc cơ sở khắc phục, báo cáo kết quả trước ngày 15/10/2019.
Biên bản kết thúc hồi 11 giờ cùng ngày, đã đọc lại cho mọi người cùng nghe và nhất trí ký tên dưới đây.

ĐẠI DIỆN CƠ SỞ              CÁN BỘ LẬP BIÊN BẢN            TRƯỞNG ĐOÀN KIỂM TRA
  (Ký, ghi rõ họ tên)          (Ký, ghi rõ họ tên)              (Ký, ghi rõ họ tên)

   Lê Thị Hoa                   Trần Quốc Bảo                    Đặng Văn Phú

                  ĐẠI DIỆN UBND PHƯỜNG BẮC HÀ
                        (Ký, ghi rõ họ tên)
                          Nguyễn Văn Sơn
"""


def test_a_witness_countersigning_below_the_row_is_not_the_records_signer() -> None:
    n = parse_notice(WITNESSED, "x.txt")
    assert n.persons[n.signer].name == "Đặng Văn Phú"


def test_a_leader_directing_past_an_adverb_leaves_his_posts_body_out() -> None:
    # guard: "đồng chí A - Phó Giám đốc Sở trực tiếp chỉ đạo Chi cục X …": the leader directs, not the Sở of his post
    text = (
        "Đồng chí Vũ Văn Hòa - Phó Giám đốc Sở trực tiếp chỉ đạo Chi cục Bảo trợ xã hội rà soát hồ sơ tồn đọng trước"
        " ngày 30/11/2015."
    )
    n = parse_notice(MERIT_BRIEFING.format(text=text), "x.txt")
    assert "Sở Lao động - Thương binh và Xã hội tỉnh Nam Định" not in _assignees(n)[0]
