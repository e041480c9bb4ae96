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
