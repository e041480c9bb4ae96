"""Names of bodies and places in the ways round AK's blind notices wrote them (traffic safety and road order; fire
prevention and rescue; people with merit, martyrs and veterans).

Each case is a variant written here, not a copy of a test notice. The bodies' kinds and places are real; the
officials are invented.
"""

from __future__ import annotations

from notice_checks import assignees_of
from notice_checks import bodies_found as _names

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

HEADER = """SỞ GIAO THÔNG VẬN TẢI TỈNH TIỀN GIANG
Số: 57/TB-SGTVT
Tiền Giang, ngày 09 tháng 5 năm 2016
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp về trật tự hành lang an toàn đường bộ
Ngày 06/5/2016, đồng chí Trần Văn Phúc, Giám đốc Sở chủ trì cuộc họp.
"""
CLOSING = """Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Trần Văn Phúc
"""
CONCLUSIONS = "Sau khi nghe báo cáo, Giám đốc Sở kết luận như sau:\n"


def _notice(body: str) -> Notice:
    return parse_notice(HEADER + CONCLUSIONS + body + "\n" + CLOSING, "x.txt")


# 1. A list of communes or wards after "các xã/phường" with the committee's head written once: a name of two
# syllables whose second is a body's head elsewhere ("Trường", a school; "Hội", an association; "Phòng", an office)
# is one place's name, not a place cut short and a body with no name. Only a head with a name of its own after it
# opens a body.


def test_a_ward_whose_name_ends_with_school() -> None:
    # the last ward of the list, a verb after it
    assert _names("Giao UBND các phường Tân Định, Long Trường lập lại trật tự vỉa hè.") == [
        "UBND phường Tân Định",
        "UBND phường Long Trường",
    ]


def test_communes_whose_names_end_with_heads_joined_by_and() -> None:
    # a comma and then "và" between the communes; each of the three is whole
    assert _names("Đề nghị UBND các xã Tân Hội, Bình Trường và Mỹ Phòng rà soát lối đi tự mở.") == [
        "UBND xã Tân Hội",
        "UBND xã Bình Trường",
        "UBND xã Mỹ Phòng",
    ]


def test_a_school_after_a_list_of_communes_is_still_a_body() -> None:
    # the head opens its own name ("Trường Tiểu học …") right after the list: it is a body, not a commune
    assert _names("Giao UBND các xã Hòa Bình, An Phú và Trường Tiểu học Kim Đồng phối hợp thực hiện.") == [
        "UBND xã Hòa Bình",
        "UBND xã An Phú",
        "Trường Tiểu học Kim Đồng",
    ]


def test_a_commune_list_ending_with_a_head_word_gives_a_task_to_each() -> None:
    # the notice: each commune is an assignee, and no body called "Trường" appears
    n = _notice(
        "1. UBND các xã Tân Lập, Phước Trường tháo dỡ các lều quán lấn chiếm hành lang an toàn đường bộ."
    )
    got = assignees_of(n)
    assert not any(a.strip() == "Trường" or a.endswith(" Phước") for a in got), got
    assert any(a.endswith("Phước Trường") for a in got), got


# 2. The Cơ Ho and Chu Ru women of Lâm Đồng write "Ka" where a family name stands ("Ka Thủy", as the men's "K'"):
# a name after a post's bare "Sở" is a person's, not the rest of the Sở's name. "Ka" is also an inner syllable of
# places' names ("Kon Ka Kinh"), where it opens no person.

LAM_DONG = """SỞ NỘI VỤ TỈNH LÂM ĐỒNG
Số: 12/TB-SNV
Lâm Đồng, ngày 20 tháng 3 năm 2026
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp về công tác thi đua, khen thưởng
Ngày 18/3/2026, đồng chí Lê Minh Tâm, Giám đốc Sở chủ trì cuộc họp.
"""


def _lam_dong(body: str) -> Notice:
    return parse_notice(
        LAM_DONG + body + "\n" + CONCLUSIONS + "1. Phòng Thi đua - Khen thưởng tổng hợp.\n" + CLOSING, "x.txt"
    )


def test_a_name_led_by_ka_after_a_bare_so_is_a_person() -> None:
    # the post before the name, its body the notice's own Sở written bare
    n = _lam_dong("Cùng dự có Phó Giám đốc Sở Ka Bông Liêng; Trưởng phòng Thi đua - Khen thưởng Đỗ Văn Sang.")
    assert "Ka Bông Liêng" in {p.name for p in n.persons.values()}


def test_ka_inside_a_national_parks_name_opens_no_person() -> None:
    # the park's name runs on over "Ka": one body, no person
    assert _names("Giao Ban Quản lý Vườn quốc gia Kon Ka Kinh phối hợp kiểm tra.") == [
        "Ban Quản lý Vườn quốc gia Kon Ka Kinh"
    ]


# 3. A bishop is written as the other clergy are, his rank before his name ("Giám mục Phêrô Nguyễn Văn Khảm"), while
# "Tòa Giám mục" before a diocese's seat is the see, a body: no person is read there.


def test_a_bishop_before_his_name_is_a_person() -> None:
    n = _lam_dong("Cùng dự có Giám mục Phêrô Trần Văn Toản; ông Đỗ Văn Sang, Trưởng Ban Tôn giáo.")
    assert "Phêrô Trần Văn Toản" in {p.name for p in n.persons.values()}


def test_the_see_of_a_diocese_is_no_person() -> None:
    n = _lam_dong(
        "Cùng dự có Giám mục Phêrô Trần Văn Toản; đại diện Tòa Giám mục Hà Tĩnh và Toà Giám mục Phan Thiết."
    )
    names = {p.name for p in n.persons.values()}
    assert "Hà Tĩnh" not in names and "Phan Thiết" not in names, names


# 4. A people's credit fund is named by its commune after "Quỹ tín dụng nhân dân", and a commune's name may open like
# a family name ("Yên", "Lê", "Đồng"): the name runs on to the commune's last syllable.


def test_a_credit_fund_named_after_a_commune_that_opens_like_a_surname() -> None:
    assert _names(
        "Đề nghị Quỹ tín dụng nhân dân Đồng Tiến, Quỹ tín dụng nhân dân Lê Lợi rà soát nợ xấu."
    ) == [
        "Quỹ tín dụng nhân dân Đồng Tiến",
        "Quỹ tín dụng nhân dân Lê Lợi",
    ]


def test_a_person_after_a_credit_funds_commune_is_still_a_person() -> None:
    # the post, the fund with its commune, then the director's full name
    assert _names("Giám đốc Quỹ tín dụng nhân dân Yên Lạc Nguyễn Văn An báo cáo.") == [
        "Quỹ tín dụng nhân dân Yên Lạc"
    ]
