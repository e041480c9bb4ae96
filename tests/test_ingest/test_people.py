"""Person names and post titles (`ketluan.ingest.people`).

Snippets are written for these tests in the style of attendee lists and
opening paragraphs of provincial kết luận notices.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.people import match_title, scan_name
from ketluan.ingest.tokens import tokenize

# Genuinely wrong current behaviour, kept visible in one place (STYLE habit 9).
XFAILS = {}

# text, honorific as written, name, words the name span covers
# fmt: off
HONORIFIC_CASES = [
    ("Ông Nguyễn Văn An - Phó Giám đốc Sở",     "Ông",      "Nguyễn Văn An",  "Nguyễn Văn An"),
    ("Bà Trần Thị Mai - Chuyên viên",           "Bà",       "Trần Thị Mai",   "Trần Thị Mai"),
    ("Ô. Lê Văn Hùng - Trưởng phòng",           "Ô.",       "Lê Văn Hùng",    "Lê Văn Hùng"),
    ("B. Phạm Thị Hoa - CV phòng KT-HT",        "B.",       "Phạm Thị Hoa",   "Phạm Thị Hoa"),
    ("đồng chí Võ Văn Tâm, Phó Chủ tịch UBND",  "đồng chí", "Võ Văn Tâm",     "Võ Văn Tâm"),
    ("đ/c Huỳnh Tấn Lộc phát biểu",             "đ/c",      "Huỳnh Tấn Lộc",  "Huỳnh Tấn Lộc"),
    ("Đ/c Đặng Minh Quân tham dự",              "Đ/c",      "Đặng Minh Quân", "Đặng Minh Quân"),
    ("Ông NGUYỄN VĂN AN",                       "Ông",      "Nguyễn Văn An",  "NGUYỄN VĂN AN"),
]
# fmt: on


@pytest.mark.parametrize(("text", "honorific", "name", "covered"), HONORIFIC_CASES)
def test_people_name_after_honorific(text, honorific, name, covered):
    toks = tokenize(text)
    nm = scan_name(toks, 0)
    assert nm is not None
    assert (nm.honorific, nm.name) == (honorific, name)
    assert text[toks[nm.start].start : toks[nm.end - 1].end] == covered


# text, need_surname, name (None: no person here)
# fmt: off
SURNAME_CASES = [
    ("Nguyễn Văn An, Phó Giám đốc Sở",  True,  "Nguyễn Văn An"),
    ("Trần Văn Bình Phó Giám đốc",      True,  "Trần Văn Bình"),
    ("Nguyễn Văn Phong Sở Y tế",        True,  "Nguyễn Văn Phong"),
    ("Minh Tuấn báo cáo",               True,  None),
    ("Minh Tuấn báo cáo",               False, "Minh Tuấn"),
    ("Hội An tổ chức lễ hội",           True,  None),
    ("Đồng chí Giám đốc Sở phát biểu",  True,  None),
    ("Sở Y tế báo cáo",                 False, None),
]
# fmt: on


@pytest.mark.parametrize(("text", "need_surname", "name"), SURNAME_CASES)
def test_people_name_without_honorific_needs_surname(text, need_surname, name):
    nm = scan_name(tokenize(text), 0, need_surname=need_surname)
    assert (nm.name if nm else None) == name


# surface, canonical title, words the title covers
# fmt: off
TITLE_CASES = [
    ("P. Giám đốc Sở",         "Phó Giám đốc",     "P. Giám đốc"),
    ("P. GĐ Trung tâm",        "Phó Giám đốc",     "P. GĐ"),
    ("PGĐ Sở",                 "Phó Giám đốc",     "PGĐ"),
    ("GĐ Sở",                  "Giám đốc",         "GĐ"),
    ("P.TP Tư vấn",            "Phó Trưởng phòng", "P.TP"),
    ("P.Trưởng phòng KT-HT",   "Phó Trưởng phòng", "P.Trưởng phòng"),
    ("PCT UBND huyện",         "Phó Chủ tịch",     "PCT"),
    ("CV phòng KT-HT",         "Chuyên viên",      "CV"),
    ("TUV, Giám đốc Sở",       "Tỉnh ủy viên",     "TUV"),
    ("Tỉnh ủy viên",           "Tỉnh ủy viên",     "Tỉnh ủy viên"),
    ("Chánh Văn phòng Sở",     "Chánh Văn phòng",  "Chánh Văn phòng"),
    ("Phó Bí thư Tỉnh ủy",     "Phó Bí thư",       "Phó Bí thư"),
    ("Bí thư Tỉnh ủy",         "Bí thư",           "Bí thư"),
    ("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch",     "Phó Chủ tịch"),
]
# fmt: on


@pytest.mark.parametrize(("text", "canonical", "covered"), TITLE_CASES)
def test_people_title_canonical(text, canonical, covered):
    toks = tokenize(text)
    m = match_title(toks, 0)
    assert m is not None
    end, role = m
    assert role == canonical
    assert text[toks[0].start : toks[end - 1].end] == covered


@pytest.mark.parametrize("text", ["TP. Tam Kỳ", "TP Hội An", pytest.param("Tp. Hồ Chí Minh")])
def test_people_tp_alone_is_not_a_title(text):
    assert match_title(tokenize(text), 0) is None


def test_people_ho_chi_minh_in_tu_tuong_is_not_a_person():
    text = (
        "THÔNG BÁO\nKẾT LUẬN HỘI NGHỊ\n\n"
        "Ngày 05/3/2019, Sở Y tế tỉnh Quảng Nam tổ chức hội nghị học tập và làm theo tư tưởng, đạo đức, "
        "phong cách Hồ Chí Minh. Ông Lê Văn Hùng, Giám đốc Sở Y tế chủ trì hội nghị.\n"
    )
    n = parse_notice(text, "hcm.txt")
    assert list(n.persons) == ["lê văn hùng"]
    assert all("Hồ Chí Minh" not in p.name for p in n.persons.values())
