"""Posts of universities and hospitals, names in table rows, capitals that are no name.

Snippets are written for these tests in the style of a faculty's or a hospital's attendee list.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.people import match_title, scan_name
from ketluan.ingest.readers import CELL_SEPARATOR
from ketluan.ingest.tokens import tokenize

# fmt: off
ACADEMIC_TITLES = [
    ("Trưởng khoa Khoa Thủy sản",                 "Trưởng khoa",         "Trưởng khoa"),
    ("Phó Trưởng khoa Khoa Hồi sức tích cực",     "Phó Trưởng khoa",     "Phó Trưởng khoa"),
    ("P. Trưởng khoa Dược",                       "Phó Trưởng khoa",     "P. Trưởng khoa"),
    ("Phó khoa Ngoại tổng hợp",                   "Phó Trưởng khoa",     "Phó khoa"),
    ("Trưởng bộ môn Kỹ thuật điện",               "Trưởng bộ môn",       "Trưởng bộ môn"),
    ("Phó Trưởng bộ môn Hóa phân tích",           "Phó Trưởng bộ môn",   "Phó Trưởng bộ môn"),
    ("Chủ nhiệm khoa Luật",                       "Chủ nhiệm khoa",      "Chủ nhiệm khoa"),
    ("Phó Chủ nhiệm khoa Kinh tế",                "Phó Chủ nhiệm khoa",  "Phó Chủ nhiệm khoa"),
    ("Điều dưỡng trưởng Bệnh viện",               "Điều dưỡng trưởng",   "Điều dưỡng trưởng"),
    ("TRƯỞNG KHOA",                               "Trưởng khoa",         "TRƯỞNG KHOA"),
    # the shorter titles still read as before
    ("Chủ nhiệm Ủy ban Kiểm tra",                 "Chủ nhiệm",           "Chủ nhiệm"),
    ("Phó Hiệu trưởng Trường Cao đẳng Y tế",      "Phó Hiệu trưởng",     "Phó Hiệu trưởng"),
]
# fmt: on


@pytest.mark.parametrize(("text", "canonical", "covered"), ACADEMIC_TITLES)
def test_titles_of_faculties_and_hospital_wards(text, canonical, covered):
    toks = tokenize(text)
    m = match_title(toks, 0)
    assert m is not None
    end, canon = m
    assert canon == canonical
    assert text[: toks[end - 1].end] == covered


HOSPITAL = """SỞ Y TẾ TỈNH PHÚ THỌ
BỆNH VIỆN ĐA KHOA TỈNH
Số: 215/TB-BVĐK

THÔNG BÁO
Kết luận của Giám đốc Bệnh viện tại cuộc họp chuyên môn tháng 9/2022

Ngày 12/9/2022, tại Hội trường Bệnh viện Đa khoa tỉnh Phú Thọ, ông Hà Quang Vinh, Giám đốc Bệnh viện chủ trì \
cuộc họp. Tham dự có bà Đinh Thị Lan, Trưởng khoa Khoa Dược; ông Kiều Văn Sáng, Phó Trưởng khoa Khoa Hồi sức \
tích cực; bà Tạ Thu Hằng, Điều dưỡng trưởng Bệnh viện.

Giám đốc Bệnh viện kết luận như sau:

1. Khoa Dược rà soát cơ số thuốc cấp cứu, báo cáo trước ngày 30/9/2022.
"""


def test_ward_heads_of_a_hospital_keep_their_names_and_titles():
    notice = parse_notice(HOSPITAL, "bv.txt")
    posts = {notice.persons[p.person].name: p.role for p in notice.posts}
    assert posts == {
        "Hà Quang Vinh": "Giám đốc",
        "Đinh Thị Lan": "Trưởng khoa",
        "Kiều Văn Sáng": "Phó Trưởng khoa",
        "Tạ Thu Hằng": "Điều dưỡng trưởng",
    }


def _row(*cells: str) -> str:
    return CELL_SEPARATOR.join(cells)


@pytest.mark.parametrize(
    ("row", "name"),
    [
        # the role cell opens with a capitalised word that is no known title
        (_row("5", "TS. Phan Minh Đức", "Giảng viên chính Khoa Thủy sản"), "Phan Minh Đức"),
        (_row("6", "ThS. Âu Thị Trâm", "Giáo vụ Khoa Luật"), "Âu Thị Trâm"),
        (_row("7", "Lục Văn Tài", "Nghiên cứu viên Viện Lúa"), "Lục Văn Tài"),
    ],
)
def test_a_name_never_runs_into_the_next_table_cell(row, name):
    toks = tokenize(row)
    k = next(i for i, t in enumerate(toks) if t.text[0].isalpha())
    nm = scan_name(toks, k, need_surname=True, allow_honorific=True, text=row)
    assert nm is not None and nm.name == name
    # a space is no cell: the same words on a line of prose run on as one capitalised run
    prose = row.replace(CELL_SEPARATOR, " ")
    spaced = scan_name(tokenize(prose), k, need_surname=True, allow_honorific=True, text=prose)
    assert spaced is not None and spaced.name != name


# ------------------------------------------------------------------ capitals that are no name

ATTENDANCE_THEN_HEADING = """UBND TỈNH QUẢNG BÌNH
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 41/TB-SKHCN

THÔNG BÁO
Kết luận của Giám đốc Sở tại buổi làm việc với UBND huyện Bố Trạch

I. THỜI GIAN, THÀNH PHẦN

Thời gian: 8 giờ 30, ngày 09/11/2021.
Chủ trì: Đ/c Hoàng Minh Tuệ - Giám đốc Sở.
Thành phần:
Về phía huyện Bố Trạch: Đ/c Lâm Thị Hiền - Phó Chủ tịch UBND huyện; Đ/c Mạc Văn Toản - Trưởng phòng Kinh tế \
và Hạ tầng; lãnh đạo Phòng Tài chính - Kế hoạch.

II. NỘI DUNG

Sau khi nghe UBND huyện báo cáo, Giám đốc Sở kết luận như sau:

1. Phòng Kinh tế và Hạ tầng huyện rà soát các cơ sở kinh doanh xăng dầu, báo cáo trước ngày 15/11/2021.
"""


def test_a_numbered_capital_heading_after_the_attendance_is_no_person():
    notice = parse_notice(ATTENDANCE_THEN_HEADING, "tb.txt")
    names = sorted(p.name for p in notice.persons.values())
    assert names == ["Hoàng Minh Tuệ", "Lâm Thị Hiền", "Mạc Văn Toản"]


@pytest.mark.parametrize(
    ("line", "at", "name"),
    [
        ("III. TỒN TẠI", "TỒN", None),  # capitals without a family name
        ("NỘI DUNG LÀM VIỆC", "NỘI", None),
        ("II. ĐÀO TẠO", "ĐÀO", None),  # a family name ("Đào"), but the line is a numbered heading
        ("2.3. HỒ SƠ", "HỒ", None),
        ("B. PHAN CÔNG", "PHAN", None),
        ("ĐÀO TẠO", "ĐÀO", "Đào Tạo"),  # no number before it: capitals led by a family name may be a signer
        ("NGUYỄN THỊ HOA", "NGUYỄN", "Nguyễn Thị Hoa"),
        ("KSOR PHƯỚC HÀ", "KSOR", "Ksor Phước Hà"),
        ("QUÀNG VĂN SƠN", "QUÀNG", "Quàng Văn Sơn"),
        ("1. NGUYỄN THỊ HOA, Phó Giám đốc Sở", "NGUYỄN", "Nguyễn Thị Hoa"),  # a numbered attendee
    ],
)
def test_capitals_are_a_name_only_when_led_by_a_family_name(line, at, name):
    toks = tokenize(line)
    k = next(i for i, t in enumerate(toks) if t.text == at)
    nm = scan_name(toks, k, need_surname=False, allow_honorific=True, text=line)
    assert (nm.name if nm else None) == name


def test_capitals_after_an_honorific_keep_their_name():
    toks = tokenize("Đồng chí H'MOAN BYĂ, Phó Bí thư Huyện ủy")
    nm = scan_name(toks, 0, need_surname=False, allow_honorific=True)
    assert nm is not None and nm.name == "H'moan Byă"


UPLAND_ATTENDEES = """UBND TỈNH LAI CHÂU
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 77/TB-SNN

THÔNG BÁO
Kết luận của Giám đốc Sở tại buổi làm việc với UBND huyện Mường Tè

Ngày 06/4/2020, tại UBND huyện Mường Tè, Giám đốc Sở chủ trì buổi làm việc. Tham dự có Lường Văn Pản, \
Phó Chủ tịch UBND huyện Mường Tè; Sùng A Dê, Trưởng phòng Nông nghiệp và PTNT huyện; Điêu Thị Xuân, \
Chi cục trưởng Chi cục Kiểm lâm.

Giám đốc Sở kết luận như sau:

1. Chi cục Kiểm lâm tăng cường tuần tra bảo vệ rừng đầu nguồn.
"""


def test_family_names_of_the_uplands_open_a_name_without_an_honorific():
    notice = parse_notice(UPLAND_ATTENDEES, "tb.txt")
    posts = {notice.persons[p.person].name: p.role for p in notice.posts}
    assert posts == {
        "Lường Văn Pản": "Phó Chủ tịch",
        "Sùng A Dê": "Trưởng phòng",
        "Điêu Thị Xuân": "Chi cục trưởng",
    }


# ------------------------------------------------------------------ military branches, deputies in charge

# fmt: off
COMMAND_TITLES = [
    ("Chủ nhiệm Chính trị;",                      "Chủ nhiệm Chính trị",             "Chủ nhiệm Chính trị"),
    ("Phó Chủ nhiệm Chính trị Bộ Chỉ huy",         "Phó Chủ nhiệm Chính trị",         "Phó Chủ nhiệm Chính trị"),
    ("Chủ nhiệm Hậu cần - Kỹ thuật;",             "Chủ nhiệm Hậu cần - Kỹ thuật",    "Chủ nhiệm Hậu cần - Kỹ thuật"),
    ("Chủ nhiệm Hậu cần-Kỹ thuật",                "Chủ nhiệm Hậu cần - Kỹ thuật",    "Chủ nhiệm Hậu cần-Kỹ thuật"),
    ("Chủ nhiệm Hậu cần Sư đoàn 316",             "Chủ nhiệm Hậu cần",               "Chủ nhiệm Hậu cần"),
    ("Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh",   "Tham mưu trưởng",                 "Tham mưu trưởng"),
    ("Phó Tham mưu trưởng,",                      "Phó Tham mưu trưởng",             "Phó Tham mưu trưởng"),
    # other "Chủ nhiệm" posts stay the plain title, with their body after it
    ("Chủ nhiệm Ủy ban Kiểm tra Huyện ủy",        "Chủ nhiệm",                       "Chủ nhiệm"),
    ("Chủ nhiệm Hợp tác xã Nông nghiệp Tân Hòa",  "Chủ nhiệm",                       "Chủ nhiệm"),
    # the deputy in charge of a unit whose head's post is vacant is its deputy
    ("PHÓ CHÁNH VĂN PHÒNG PHỤ TRÁCH",             "Phó Chánh Văn phòng",             "PHÓ CHÁNH VĂN PHÒNG PHỤ TRÁCH"),
    ("Phó Trưởng phòng phụ trách Phòng Tư pháp",  "Phó Trưởng phòng",                "Phó Trưởng phòng phụ trách"),
    ("Phó Giám đốc phụ trách",                    "Phó Giám đốc phụ trách",          "Phó Giám đốc phụ trách"),
]
# fmt: on


@pytest.mark.parametrize(("text", "canonical", "covered"), COMMAND_TITLES)
def test_titles_of_a_military_command_and_deputies_in_charge(text, canonical, covered):
    toks = tokenize(text)
    end, canon = match_title(toks, 0)
    assert (canon, text[: toks[end - 1].end]) == (canonical, covered)


def test_every_branch_head_names_a_unit_of_its_branch():
    from ketluan.ingest.lang.vi.titles import TITLE_BRANCH_UNIT, TITLES

    for title, unit in TITLE_BRANCH_UNIT.items():
        assert title.lower() in TITLES
        branch = unit.removeprefix("Phòng ")
        assert unit.startswith("Phòng ") and (branch in title or title.endswith("Tham mưu trưởng"))


MINISTRY_SIGNATURE = """BỘ CÔNG THƯƠNG
Số: 58/TB-BCT

THÔNG BÁO
Kết luận của Thứ trưởng Phan Đức Hiếu tại cuộc họp về quản lý thị trường xăng dầu

Ngày 04/5/2016, tại trụ sở Bộ Công Thương, Thứ trưởng Phan Đức Hiếu chủ trì cuộc họp về quản lý thị trường \
xăng dầu.

Thứ trưởng Phan Đức Hiếu kết luận như sau:

1. Vụ Thị trường trong nước rà soát, báo cáo Bộ trưởng trong tháng 5/2016.

Văn phòng Bộ thông báo để các đơn vị biết, thực hiện./.

Nơi nhận:
- Lưu: VT, VP.

TL. BỘ TRƯỞNG
PHÓ CHÁNH VĂN PHÒNG PHỤ TRÁCH

Hồ Thị Kim Liên
"""


def test_a_deputy_in_charge_who_signs_for_the_minister_is_the_office_deputy():
    notice = parse_notice(MINISTRY_SIGNATURE, "tb.txt")
    signer = notice.persons[notice.signer].name
    posts = [(p.role, notice.agencies[p.agency].name) for p in notice.posts if p.person == notice.signer]
    assert signer == "Hồ Thị Kim Liên"
    assert posts == [("Phó Chánh Văn phòng", "Văn phòng Bộ Công Thương")]
