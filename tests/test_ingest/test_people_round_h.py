"""Persons of the uplands and highlands, and names that are no attendees (round H causes: family names of the
Hmông, Dao, Hà Nhì, Khmer and Ê Đê missing from the list; a historical figure in a commemoration read as a person;
a commune listed after a collective read as a person).

Snippets are written for these tests, with other people, bodies and places than the round-H notices that showed
each cause; the province, district and communes are real (Lai Châu: huyện Mường Tè, xã Vàng San, xã Pa Ủ, xã Thu
Lũm).
"""

from __future__ import annotations

import pytest

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.people import scan_name
from ketluan.ingest.tokens import tokenize

# a name at the head of an attendee item, with no honorific of its own
# fmt: off
UPLAND_NAMES = [
    ("Sần Thị Dung, Phó Chủ tịch UBND huyện", "Sần Thị Dung"),       # Hà Nhì
    ("Pờ Văn Sinh, Trưởng phòng Dân tộc", "Pờ Văn Sinh"),             # Hà Nhì
    ("Lỳ Thị Mố, Chủ tịch Hội Phụ nữ", "Lỳ Thị Mố"),                  # Hà Nhì
    ("Hờ A Chư, Phó Trưởng phòng", "Hờ A Chư"),                       # Hmông
    ("Vàng A Tủa, Bí thư Đảng ủy xã", "Vàng A Tủa"),                  # Hmông
    ("Lù Văn Phúc, Chủ nhiệm Hậu cần", "Lù Văn Phúc"),                # Hmông, Giáy
    ("Bàn Văn Lìu, Trưởng thôn", "Bàn Văn Lìu"),                      # Dao
    ("Tao Thị Chẻo, Phó Chủ tịch Hội Nông dân", "Tao Thị Chẻo"),      # Dao
    ("Chau Sóc Thanh, Phó Chủ tịch UBND xã", "Chau Sóc Thanh"),       # Khmer (men)
    ("Néang Thị Sa Phol, cán bộ Văn hóa", "Néang Thị Sa Phol"),       # Khmer (women)
    ("H'Yăo Knul, Phó Giám đốc Sở", "H'Yăo Knul"),                    # Ê Đê (women)
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), UPLAND_NAMES)
def test_family_names_of_the_uplands_open_a_name(text, name):
    m = scan_name(tokenize(text), 0, text=text)
    assert m is not None and m.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch Hồ Chí Minh",  # a figure commemorated
        "Đại tướng Võ Nguyên Giáp",
        "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Ngày sinh Đại tướng Võ Nguyên Giáp",
    ],
)
def test_no_person_is_read_where_none_attends(text):
    toks = tokenize(text)
    assert all(scan_name(toks, i, text=text) is None for i in range(len(toks)))


NOTICE = """UBND TỈNH LAI CHÂU
BAN DÂN TỘC
Số: 52/TB-BDT

THÔNG BÁO
Kết luận của Trưởng Ban Dân tộc tại hội nghị giao ban công tác dân tộc quý II năm 2015

Ngày 10/7/2015, tại Hội trường Ban Dân tộc tỉnh, đồng chí Lò Văn Hặc, Trưởng ban chủ trì hội nghị. Tham dự có \
các đồng chí: Sần Thị Dung, Phó Chủ tịch UBND huyện Mường Tè; Pờ Văn Sinh, Trưởng phòng Dân tộc huyện Mường Tè; \
Chánh Văn phòng Ban Lỳ Văn Phạ; Chủ tịch UBND các xã Vàng San, Pa Ủ, Thu Lũm.

Trưởng ban kết luận như sau:

1. Văn phòng Ban phối hợp với UBND huyện Mường Tè tổ chức kỷ niệm 125 năm Ngày sinh Chủ tịch Hồ Chí Minh; \
tiếp tục học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong đồng bào dân tộc, hoàn thành trước \
ngày 30/8/2015.

2. Phòng Dân tộc huyện Mường Tè rà soát danh sách hộ nghèo, báo cáo Ban Dân tộc tỉnh trước ngày 20/7/2015.

TRƯỞNG BAN
(Đã ký)
Lò Văn Hặc
"""


def test_attendees_of_an_ethnic_affairs_board():
    n = parse_notice(NOTICE, "2015-07-12_bandantoc-laichau_tb-kl-giao-ban.txt")
    names = {p.name for p in n.persons.values()}
    # the Hà Nhì attendees, one of them written after his post and unit ("Chánh Văn phòng Ban Lỳ Văn Phạ")
    assert {"Sần Thị Dung", "Pờ Văn Sinh", "Lỳ Văn Phạ"} <= names
    # the communes after "UBND các xã" and the figure of the commemoration attend no meeting
    assert "Vàng San" not in names
    assert "Hồ Chí Minh" not in names
    posts = {(n.persons[p.person].name, p.role) for p in n.posts}
    assert ("Lỳ Văn Phạ", "Chánh Văn phòng") in posts
    assert not any(role == "Chủ tịch" and name in ("Vàng San", "Hồ Chí Minh") for name, role in posts)
