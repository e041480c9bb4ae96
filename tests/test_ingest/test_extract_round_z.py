"""Who acts, who supports, who is absent and by when, in the ways round Z's unseen notices wrote them (donors'
missions and their action tables, internal notices of public service units, review conferences with their target
tables and awards).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

from notice_checks import absent_of, assignees_of
from notice_checks import task_of as _task

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice


def _notice(text: str) -> Notice:
    return parse_notice(text, "x.md")


# 1. An action table ("Hành động | Trách nhiệm | Thời hạn") and a table of targets ("Chỉ tiêu | Kế hoạch năm … |
# Đơn vị thực hiện") give each row's body its task; a table of what was reached, or of awards, gives none.

MISSION_RECORD = """UBND TỈNH QUẢNG NGÃI
BAN QUẢN LÝ CÁC DỰ ÁN ODA
Số: 14/BB-BQL
Quảng Ngãi, ngày 20 tháng 5 năm 2018
BIÊN BẢN
Cuộc họp tổng kết Đoàn giám sát của Ngân hàng Thế giới
I. THỜI GIAN, ĐỊA ĐIỂM
Vào lúc 8 giờ 00 ngày 18/5/2018, tại Sở Kế hoạch và Đầu tư tỉnh Quảng Ngãi.
II. THÀNH PHẦN
1. Phía tỉnh:
   - Ông Lê Văn Tâm - Phó Giám đốc Sở Kế hoạch và Đầu tư - Chủ trì;
   - Ông Võ Minh Hải - Giám đốc Ban Quản lý các dự án ODA tỉnh.
2. Đại diện Sở Tài chính, Sở Giao thông vận tải.
III. NỘI DUNG
1. Trưởng đoàn trình bày dự thảo Biên bản ghi nhớ: tỷ lệ giải ngân đạt 48%, thấp hơn kế hoạch.
2. Các đại biểu trao đổi, thống nhất các nội dung của Biên bản ghi nhớ.
3. Kết luận của chủ trì: thống nhất với Biên bản ghi nhớ và đề nghị các đơn vị thực hiện các hành động sau:
{table}
4. Sở Kế hoạch và Đầu tư có trách nhiệm tổng hợp, báo cáo UBND tỉnh trước ngày 30/5/2018.
Cuộc họp kết thúc vào lúc 11 giờ 00 cùng ngày.
CHỦ TRÌ
Lê Văn Tâm
"""

ACTION_TABLE = """| STT | {action} | {resp} | Thời hạn |
|---|---|---|---|
| 1 | Trình hồ sơ điều chỉnh hợp đồng gói thầu QN-01 | Ban Quản lý các dự án ODA tỉnh | Trước ngày 15/6/2018 |
| 2 | Bố trí đủ vốn đối ứng năm 2018 | Sở Tài chính | Quý III/2018 |
"""


def test_action_table_rows_are_tasks_of_the_responsible_body() -> None:
    for action, resp in (("Hành động", "Trách nhiệm"), ("Nội dung hành động", "Đơn vị trách nhiệm")):
        n = _notice(MISSION_RECORD.format(table=ACTION_TABLE.format(action=action, resp=resp)))
        acting, _, due = _task(n, "Trình hồ sơ điều chỉnh")
        assert acting == ["Ban Quản lý các dự án ODA tỉnh Quảng Ngãi"]
        assert due == "2018-06-15"
        acting, _, due = _task(n, "Bố trí đủ vốn")
        assert acting == ["Sở Tài chính tỉnh Quảng Ngãi"]
        assert due == "2018-09-30"


def test_a_top_level_part_ends_the_attendees() -> None:
    # without a table, the item after "III. NỘI DUNG" is still read as a task, not as an attendee line
    n = _notice(MISSION_RECORD.format(table=""))
    acting, _, due = _task(n, "Sở Kế hoạch và Đầu tư có trách nhiệm")
    assert acting == ["Sở Kế hoạch và Đầu tư tỉnh Quảng Ngãi"]
    assert due == "2018-05-30"


REVIEW_CONFERENCE = """UBND TỈNH TRÀ VINH
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 15/TB-SNN
Trà Vinh, ngày 20 tháng 01 năm 2020
THÔNG BÁO
Kết luận của Giám đốc Sở tại Hội nghị tổng kết năm 2019 và triển khai kế hoạch năm 2020
Ngày 16/01/2020, Sở Nông nghiệp và Phát triển nông thôn tổ chức Hội nghị tổng kết năm 2019. Ông Trần Văn Nam,
Giám đốc Sở chủ trì Hội nghị.
I. KẾT QUẢ NĂM 2019
Tổng sản lượng lúa đạt 1,2 triệu tấn.
{before}
II. CHỈ TIÊU NĂM 2020 VÀ PHÂN CÔNG THỰC HIỆN
Giám đốc Sở giao các đơn vị thực hiện các chỉ tiêu sau:
{table}
Nơi nhận:
- Lưu: VT.
GIÁM ĐỐC
Trần Văn Nam
"""

TARGET_TABLE = """TT\tChỉ tiêu\tKế hoạch năm 2020\tĐơn vị thực hiện
1\tSản lượng lúa cả năm\t1,25 triệu tấn\tChi cục Trồng trọt và Bảo vệ thực vật
2\tTỷ lệ che phủ rừng\t4,2%\tChi cục Kiểm lâm
"""


def test_target_table_gives_each_unit_its_target() -> None:
    n = _notice(REVIEW_CONFERENCE.format(before="", table=TARGET_TABLE))
    acting = assignees_of(n)
    assert "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Trà Vinh" in acting
    assert "Chi cục Kiểm lâm tỉnh Trà Vinh" in acting


def test_tables_of_results_and_of_awards_give_no_task() -> None:
    results = """TT\tChỉ tiêu\tKế hoạch năm 2019\tƯớc thực hiện\tĐơn vị thực hiện
1\tSản lượng lúa cả năm\t1,2 triệu tấn\t1,21 triệu tấn\tChi cục Trồng trọt và Bảo vệ thực vật
"""
    awards = """TT\tĐơn vị\tHình thức khen thưởng\tNội dung
1\tChi cục Kiểm lâm\tCờ thi đua của UBND tỉnh\tHoàn thành xuất sắc nhiệm vụ năm 2019
"""
    n = _notice(REVIEW_CONFERENCE.format(before=results + awards, table=""))
    assert not assignees_of(n)


# 2. Minutes written as lists ("I. THỜI GIAN, ĐỊA ĐIỂM" / "- Thời gian: …"): a leader's directing speech, under
# a numbered part of its own after the discussion, gives tasks as the conclusions after it do.

REVIEW_MINUTES = """UBND TỈNH THÁI BÌNH
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 05/BB-SKHCN
Thái Bình, ngày 20 tháng 01 năm 2010
BIÊN BẢN
Hội nghị tổng kết công tác khoa học và công nghệ năm 2009
I. THỜI GIAN, ĐỊA ĐIỂM
- Thời gian: 8 giờ 00, ngày 18 tháng 01 năm 2010.
- Địa điểm: Hội trường Sở Khoa học và Công nghệ.
II. THÀNH PHẦN THAM DỰ
- Chủ trì: ông Lê Văn Bình, Giám đốc Sở.
- Dự và chỉ đạo: bà Phạm Thị Hoa, Phó Chủ tịch UBND tỉnh Thái Bình.
III. NỘI DUNG HỘI NGHỊ
1. Ông Trần Văn Hùng, Phó Giám đốc Sở trình bày báo cáo tổng kết năm 2009.
2. Ý kiến thảo luận:
- Ông Đỗ Văn Minh, Trưởng phòng Công Thương huyện Vũ Thư đề nghị Sở hỗ trợ kinh phí xây dựng nhãn hiệu.
3. {speech} của bà Phạm Thị Hoa, Phó Chủ tịch UBND tỉnh:
Ghi nhận kết quả ngành đạt được. Năm 2010, đề nghị Sở Khoa học và Công nghệ tham mưu UBND tỉnh ban hành Chương trình hành động phát triển khoa học và công nghệ, trình UBND tỉnh trong quý II/2010.
4. Kết luận của ông Lê Văn Bình, Giám đốc Sở:
- Văn phòng Sở hoàn chỉnh báo cáo tổng kết gửi Bộ Khoa học và Công nghệ trước ngày 30/01/2010.
Hội nghị kết thúc lúc 11 giờ 30 phút cùng ngày./.
THƯ KÝ
Nguyễn Thu Hà
"""


def test_leader_speech_in_minutes_gives_tasks() -> None:
    for speech in ("Phát biểu chỉ đạo", "Ý kiến chỉ đạo"):
        n = _notice(REVIEW_MINUTES.format(speech=speech))
        acting, _, due = _task(n, "Năm 2010, đề nghị Sở Khoa học và Công nghệ")
        assert acting == ["Sở Khoa học và Công nghệ tỉnh Thái Bình"]
        assert due == "2010-06-30"
        acting, _, _ = _task(n, "Văn phòng Sở hoàn chỉnh")
        assert acting == ["Văn phòng Sở Khoa học và Công nghệ tỉnh Thái Bình"]
        # the petition heard in the discussion stays no task
        assert not any(d.text.startswith("Ông Đỗ Văn Minh") for d in n.directives)


# 4. Absences: a count referring back to the sites just named ("lãnh đạo hai huyện không tham dự") makes them all
# away; an absent line of an institute's own units names them, not the ministry in the letterhead.

ONLINE_CONFERENCE = """UBND TỈNH GIA LAI
Số: 88/TB-UBND
Gia Lai, ngày 12 tháng 7 năm 2013
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại Hội nghị trực tuyến sơ kết 6 tháng đầu năm 2013
Ngày 09/7/2013, UBND tỉnh tổ chức Hội nghị trực tuyến sơ kết 6 tháng đầu năm 2013. Đồng chí Phạm Thế Dũng, Chủ
tịch UBND tỉnh chủ trì Hội nghị. Hội nghị được kết nối với 17 điểm cầu; điểm cầu huyện Chư Prông và điểm cầu
huyện Ia Grai không kết nối được do sự cố đường truyền, {subject} không tham dự Hội nghị.
Chủ tịch UBND tỉnh kết luận như sau:
1. Sở Kế hoạch và Đầu tư tổng hợp, báo cáo UBND tỉnh trước ngày 20/7/2013.
Nơi nhận:
- Lưu: VT.
CHỦ TỊCH
Phạm Thế Dũng
"""


def test_a_count_back_makes_every_site_named_absent() -> None:
    for subject in ("lãnh đạo hai huyện", "cả hai huyện"):
        absent = absent_of(_notice(ONLINE_CONFERENCE.format(subject=subject)))
        assert any("Chư Prông" in a for a in absent), absent
        assert any("Ia Grai" in a for a in absent), absent


def test_an_institutes_absent_units_are_its_own() -> None:
    text = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
VIỆN CÂY ĂN QUẢ MIỀN NAM
Số: 31/TB-VCAQ
Tiền Giang, ngày 28 tháng 3 năm 2014
THÔNG BÁO
Kết luận của Viện trưởng tại cuộc họp giao ban tháng 3/2014
Ngày 25/3/2014, Viện trưởng chủ trì cuộc họp giao ban tháng 3/2014.
- Vắng: Bộ môn Canh tác (đi công tác tại Bến Tre), Bộ môn Bảo vệ thực vật.
Viện trưởng kết luận như sau:
1. Phòng Kế hoạch tổng hợp tổng hợp báo cáo quý I/2014, gửi Bộ trước ngày 05/4/2014.
Nơi nhận:
- Lưu: VT.
VIỆN TRƯỞNG
Nguyễn Văn Hòa
"""
    absent = absent_of(_notice(text))
    assert any(a.startswith("Bộ môn Canh tác") for a in absent), absent
    assert any(a.startswith("Bộ môn Bảo vệ thực vật") for a in absent), absent
    assert not any(a.startswith("Bộ Nông nghiệp") for a in absent), absent


# 3. A paragraph headed by its unit in bold ("**1. Đối với Ban Quản lý Dự án … tỉnh (WB):** khẩn trương …") is that
# unit's task, the donor's bracket after the name or not. 5. The supporters end at a word that is no body ("phối
# hợp với Sở Ngoại vụ và chuyên gia KOICA": the experts are no body).

ODA_BRIEFING = """UBND TỈNH QUẢNG NGÃI
SỞ KẾ HOẠCH VÀ ĐẦU TƯ
Số: 102/TB-SKHĐT
Quảng Ngãi, ngày 28 tháng 11 năm 2009
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban các dự án ODA tháng 11/2009
Ngày 25/11/2009, Giám đốc Sở Kế hoạch và Đầu tư chủ trì cuộc họp giao ban các dự án ODA. Giám đốc Sở kết luận như
sau:

> **1. Đối với Ban Quản lý Dự án Giảm nghèo tỉnh{bracket}:** khẩn trương hoàn thành hồ sơ quyết toán các tiểu dự án năm 2008; gửi báo cáo kết thúc dự án trước ngày 31/12/2009.

> **2. Đối với Sở Tài chính:** phối hợp với Sở Ngoại vụ và chuyên gia KOICA rà soát vốn đối ứng năm 2010.

Nơi nhận:
- Lưu: VT.
GIÁM ĐỐC
Trần Văn Minh
"""


def test_bold_unit_heading_gives_its_paragraph_to_the_unit() -> None:
    for bracket in ("", " (WB)"):
        n = _notice(ODA_BRIEFING.format(bracket=bracket))
        acting, _, due = _task(n, "khẩn trương hoàn thành hồ sơ quyết toán")
        assert acting == ["Ban Quản lý Dự án Giảm nghèo tỉnh Quảng Ngãi"], (bracket, acting)
        assert due == "2009-12-31"
        acting, supports, _ = _task(n, "phối hợp với Sở Ngoại vụ")
        assert acting == ["Sở Tài chính tỉnh Quảng Ngãi"]
        assert supports == ["Sở Ngoại vụ tỉnh Quảng Ngãi"]


# 7a. The issuer's closing that reports up and tells its units ("Sở … báo cáo UBND tỉnh và thông báo đến các phòng,
# đơn vị để thực hiện./.") is no task; a unit asked at the close to inform others still is.

MONTHLY_REPORT = """UBND TỈNH HÀ TĨNH
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 45/BC-STTTT
Hà Tĩnh, ngày 08 tháng 5 năm 2012
BÁO CÁO
Kết quả giao ban tháng 4/2012
Ngày 05/5/2012, Giám đốc Sở chủ trì giao ban tháng 4/2012. Giám đốc Sở kết luận như sau:
1. Thanh tra Sở thanh tra các đại lý Internet trên địa bàn thành phố Hà Tĩnh trong tháng 5/2012.
2. Văn phòng Sở tổng hợp báo cáo sơ kết 6 tháng gửi UBND tỉnh trước ngày 15/6/2012.
{closing}
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
GIÁM ĐỐC
Lê Văn Hùng
"""


def test_issuers_closing_that_tells_the_notice_out_is_no_task() -> None:
    closing = (
        "Sở Thông tin và Truyền thông báo cáo UBND tỉnh và thông báo đến các phòng, đơn vị để thực hiện./."
    )
    n = _notice(MONTHLY_REPORT.format(closing=closing))
    assert not any(d.text.startswith("Sở Thông tin và Truyền thông báo cáo") for d in n.directives)
    assert "Thanh tra Sở Thông tin và Truyền thông tỉnh Hà Tĩnh" in assignees_of(n)
    asked = "Giao Văn phòng Sở thông báo đến các phòng, đơn vị để thực hiện./."
    acting, _, _ = _task(_notice(MONTHLY_REPORT.format(closing=asked)), "Giao Văn phòng Sở thông báo")
    assert [a.casefold() for a in acting] == ["văn phòng sở thông tin và truyền thông tỉnh hà tĩnh"]
