"""Left over from rounds Y and Z (working visits, old notices, ODA and foreign-invested projects, internal notices of
institutes, schools and companies): posts written around a name in the ways those notices write them, the
assignee of a sentence under a heading of bodies, and deadlines.

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials and
the companies are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import posts_of

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice


def _notice(text: str) -> Notice:
    return parse_notice(text, "x.txt")


HEAD = """ỦY BAN NHÂN DÂN
TỈNH ĐỒNG NAI
Số: 512/TB-UBND
Đồng Nai, ngày 10 tháng 11 năm 2023
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc về dự án cụm công nghiệp
Ngày 05/11/2023, đồng chí Trần Văn Mạnh, Phó Chủ tịch UBND tỉnh chủ trì buổi làm việc về dự án.
Thành phần tham dự:
{attendees}
Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận:
1. Sở Xây dựng rà soát quy hoạch chi tiết của cụm công nghiệp.
"""


# 1. A body, then a person, then his title: "Chủ đầu tư: Công ty Cổ phần X, ông A, Tổng Giám đốc" — the title
# with no body of its own is in the body opening the list item.


@pytest.mark.parametrize(
    "line, body",
    [
        (
            "- Chủ đầu tư: Công ty Cổ phần Đầu tư Hạ tầng Tân Phú, ông Lê Hoàng Sơn, Tổng Giám đốc.",
            "Công ty Cổ phần Đầu tư Hạ tầng Tân Phú",
        ),
        (
            "- Đơn vị thi công: Công ty TNHH Xây dựng Minh Khang, bà Phạm Thị Thu, Giám đốc.",
            "Công ty TNHH Xây dựng Minh Khang",
        ),
        (
            "- Sở Công Thương; Ban Quản lý các khu công nghiệp, ông Đỗ Văn Tài, Phó Trưởng ban.",
            "Ban Quản lý các khu công nghiệp",
        ),
    ],
)
def test_body_then_person_then_title(line: str, body: str) -> None:
    n = _notice(HEAD.format(attendees=line))
    name = next(p.name for p in n.persons.values() if p.name.split()[-1] in line and p.name in line)
    found = posts_of(n, name)
    assert found and all(b is not None and b.lower() == body.lower() for _, b in found), found


def test_person_then_title_in_a_sentence_is_not_given_a_body_from_elsewhere() -> None:
    # the body is not the clause's opening: no body is guessed
    n = _notice(
        HEAD.format(
            attendees="- Mời Công ty Cổ phần Đầu tư Hạ tầng Tân Phú và ông Lê Hoàng Sơn, Chuyên viên."
        )
    )
    assert all(b is None or "Tân Phú" not in b for _, b in posts_of(n, "Lê Hoàng Sơn"))


# 2. A degree written short (or "đồng chí") between a title and the name: "Viện trưởng TS. Ngô Văn Quang" — the
# degree is no unit's name, and the person keeps the post (in the issuing institute).

INSTITUTE = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
VIỆN CÂY ĂN QUẢ MIỀN NAM
Số: 77/TB-VCAQMN
Tiền Giang, ngày 20 tháng 4 năm 2015
THÔNG BÁO
Ý kiến kết luận của Viện trưởng tại cuộc họp giao ban tháng 4 năm 2015
Sáng ngày 17/4/2015, {title} {degree} Trần Quốc Bảo đã chủ trì cuộc họp giao ban tháng 4/2015 của Viện.
Sau khi nghe các đơn vị báo cáo, Viện trưởng kết luận:
1. Phòng Kế hoạch - Tài chính hoàn thành quyết toán kinh phí năm 2014 trước ngày 30/4/2015.
"""


@pytest.mark.parametrize("degree", ["TS.", "PGS.TS.", "ThS.", "đồng chí"])
@pytest.mark.parametrize("title", ["Viện trưởng", "Phó Viện trưởng"])
def test_degree_between_title_and_name(title: str, degree: str) -> None:
    n = _notice(INSTITUTE.format(title=title, degree=degree))
    assert posts_of(n, "Trần Quốc Bảo") == [(title, "Viện Cây ăn quả miền Nam")] or [
        (t, (b or "").lower()) for t, b in posts_of(n, "Trần Quốc Bảo")
    ] == [(title, "viện cây ăn quả miền nam")]
    assert not any(
        a.name.lower().startswith(("viện ts", "viện pgs", "viện ths")) for a in n.agencies.values()
    )


# 3. One title after names joined by "và" or ",": a title several hold at once is all of theirs; a title one
# person holds is the last name's only.

SCHOOL = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BÌNH DƯƠNG
TRƯỜNG CAO ĐẲNG VIỆT NAM - SINGAPORE
Số: 41/TB-CĐVNS
Bình Dương, ngày 08 tháng 12 năm 2017
THÔNG BÁO
Kết luận của Hiệu trưởng tại cuộc họp giao ban tháng 12 năm 2017
Ngày 06/12/2017, Hiệu trưởng chủ trì cuộc họp giao ban. Dự họp có {people}; trưởng các đơn vị.
Hiệu trưởng kết luận:
1. Phòng Đào tạo xây dựng lịch thi học kỳ I trước ngày 20/12/2017.
"""


@pytest.mark.parametrize(
    "people, title",
    [
        ("ThS. Lý Thị Hồng Nhung và TS. Phạm Quốc Việt, Phó Hiệu trưởng", "Phó Hiệu trưởng"),
        ("bà Lý Thị Hồng Nhung và ông Phạm Quốc Việt, Chuyên viên Phòng Đào tạo", "Chuyên viên"),
    ],
)
def test_a_title_several_hold_is_shared_by_names_joined_before_it(people: str, title: str) -> None:
    n = _notice(SCHOOL.format(people=people))
    assert [t for t, _ in posts_of(n, "Lý Thị Hồng Nhung")] == [title]
    assert [t for t, _ in posts_of(n, "Phạm Quốc Việt")] == [title]


def test_a_title_one_holds_is_the_last_names_only() -> None:
    n = _notice(SCHOOL.format(people="ThS. Lý Thị Hồng Nhung và TS. Phạm Quốc Việt, Hiệu trưởng"))
    assert posts_of(n, "Lý Thị Hồng Nhung") == []
    assert [t for t, _ in posts_of(n, "Phạm Quốc Việt")] == ["Hiệu trưởng"]


def test_a_name_with_its_own_post_keeps_it() -> None:
    n = _notice(
        SCHOOL.format(
            people="ông Trần Đức Long, Chủ tịch Công đoàn trường và TS. Phạm Quốc Việt, Phó Hiệu trưởng"
        )
    )
    assert [t for t, _ in posts_of(n, "Trần Đức Long")] == ["Chủ tịch"]


# 6. A working group's leader ("Tổ trưởng") and a station's deputy head ("Phó Trưởng đài"): the group, the station
# named in the notice, or the one written after the title.

GROUP = """ỦY BAN NHÂN DÂN
TỈNH BÌNH DƯƠNG
Số: 301/TB-UBND
Bình Dương, ngày 15 tháng 6 năm 2022
THÔNG BÁO
Kết luận của Tổ công tác liên ngành tại buổi kiểm tra dự án khu dân cư
Ngày 10/6/2022, Tổ công tác liên ngành của tỉnh do đồng chí Nguyễn Lộc Hà, Phó Chủ tịch UBND tỉnh, Tổ trưởng chủ
trì đã kiểm tra hiện trường dự án và làm việc với Đài Phát thanh và Truyền hình Bình Dương về việc tuyên truyền.

Tham dự có ông Phan Văn Tín, {second}; bà Lê Thị Mai, Phó Trưởng đài.
Đồng chí Tổ trưởng kết luận:
1. Sở Xây dựng rà soát quy hoạch chi tiết của dự án.
"""


def test_a_lone_group_leader_leads_the_notices_one_group() -> None:
    n = _notice(GROUP.format(second="Tổ phó"))
    assert ("Tổ trưởng", "Tổ công tác liên ngành") in posts_of(n, "Nguyễn Lộc Hà")
    assert posts_of(n, "Phan Văn Tín") == [("Tổ phó", "Tổ công tác liên ngành")]
    assert posts_of(n, "Lê Thị Mai") == [("Phó Trưởng đài", "Đài Phát thanh và Truyền hình Bình Dương")]


def test_a_group_written_after_its_leaders_title() -> None:
    n = _notice(GROUP.format(second="Tổ trưởng Tổ giúp việc của Sở Xây dựng"))
    assert [b for _, b in posts_of(n, "Phan Văn Tín")] == ["Tổ giúp việc"] or all(
        b is not None and not b.startswith("Tổ Tổ") for _, b in posts_of(n, "Phan Văn Tín")
    )
    assert not any(a.name.startswith("Tổ Tổ") for a in n.agencies.values())


# 5. A title's English gloss in brackets, then its body: "Trưởng đại diện (Chief Representative) Văn phòng JICA
# Việt Nam", "chuyên gia tư vấn trưởng (Team Leader) của Ban Quản lý …".

FOREIGN = """UBND TỈNH HẢI DƯƠNG
SỞ NGOẠI VỤ
Số: 112/TB-SNV
Hải Dương, ngày 18 tháng 10 năm 2024
THÔNG BÁO
Kết luận buổi làm việc với đoàn chuyên gia
Tham dự có:
- Mr. Peter Jansen, Trưởng đại diện {g}Văn phòng JICA Việt Nam;
- ông Sato Hiroshi, chuyên gia tư vấn trưởng {h}Ban Quản lý các dự án ODA tỉnh Hải Dương.
Giám đốc Sở kết luận:
1. Sở Tài chính bố trí vốn đối ứng cho dự án trong quý IV/2024.
"""


@pytest.mark.parametrize(
    "g, h",
    [("(Chief Representative) ", "(Team Leader) của "), ("(Resident Representative) ", "(Project Manager) ")],
)
def test_a_titles_english_gloss_is_skipped_for_its_body(g: str, h: str) -> None:
    n = _notice(FOREIGN.format(g=g, h=h))
    assert [b for _, b in posts_of(n, "Peter Jansen")] == ["Văn phòng JICA Việt Nam"]
    assert [b for _, b in posts_of(n, "Sato Hiroshi")] == ["Ban Quản lý các dự án ODA tỉnh Hải Dương"]


# 4. A unit with no name of its own in a title ("Giám đốc Nhà máy"), the body next to it (in the next column of an
# attendee table, or after a comma): the post is in that body, and the bare unit is no body of the notice.

TABLE = """UBND TỈNH BÌNH DƯƠNG
SỞ KẾ HOẠCH VÀ ĐẦU TƯ
Số: 88/TB-SKHĐT
Bình Dương, ngày 26 tháng 8 năm 2022
THÔNG BÁO
Kết luận của Giám đốc Sở tại buổi đối thoại với doanh nghiệp FDI
Ngày 23/8/2022, Sở Kế hoạch và Đầu tư tổ chức đối thoại với doanh nghiệp có vốn đầu tư nước ngoài.
Thành phần tham dự:
STT\tHọ và tên\tChức vụ\tĐơn vị
1\tNguyễn Văn Hùng\tGiám đốc - chủ trì\tSở Kế hoạch và Đầu tư
2\tKenji Takahashi\t{role}\tCông ty TNHH Sanyo Bình Dương
3\tPark Ji-hoon\tTổng Giám đốc\tCông ty TNHH Taekwang Vina
Sau khi nghe các doanh nghiệp phản ánh, Giám đốc Sở kết luận:
1. Ban Quản lý các khu công nghiệp rà soát hồ sơ điều chỉnh dự án trong tháng 9/2022.
"""


@pytest.mark.parametrize("role", ["Giám đốc Nhà máy", "Phó Giám đốc Xí nghiệp"])
def test_a_nameless_unit_in_a_title_takes_the_next_columns_body(role: str) -> None:
    n = _notice(TABLE.format(role=role))
    assert [b for _, b in posts_of(n, "Kenji Takahashi")] == ["Công ty TNHH Sanyo Bình Dương"]
    assert not any(a.name.lower() in ("nhà máy", "xí nghiệp") for a in n.agencies.values())


def test_a_nameless_unit_in_a_title_then_its_body_after_a_comma() -> None:
    n = _notice(
        HEAD.format(attendees="- Ông Kenji Takahashi, Giám đốc Nhà máy, Công ty TNHH Sanyo Bình Dương.")
    )
    assert [b for _, b in posts_of(n, "Kenji Takahashi")] == ["Công ty TNHH Sanyo Bình Dương"]


# 9. A province merged into another by the notice's date (Hà Tây, into Hà Nội on 1 August 2008) is a former name the
# text recalls: a Hà Nội notice of 2010 that says "tỉnh Hà Tây (cũ)" more often than "Hà Nội" is Hà Nội's.

HATAY = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: 45/TB-UBND
Hà Nội, ngày {day}
THÔNG BÁO
Kết luận về việc giải quyết hồ sơ đất đai tồn đọng
Các hồ sơ do UBND tỉnh Hà Tây cấp trước đây, hồ sơ của các huyện thuộc tỉnh Hà Tây (cũ) và các dự án tỉnh Hà Tây
đã giao đất được rà soát lại.
1. Sở Tài nguyên và Môi trường chủ trì rà soát các hồ sơ trong quý II.
"""


def test_a_merged_province_votes_for_the_one_it_joined_after_the_merger() -> None:
    assert _notice(HATAY.format(day="05 tháng 3 năm 2010")).province == "Hà Nội"


def test_a_merged_province_before_the_merger_is_itself() -> None:
    text = HATAY.format(day="18 tháng 01 năm 2008").replace("THÀNH PHỐ HÀ NỘI", "TỈNH HÀ TÂY")
    assert _notice(text.replace("Hà Nội, ngày", "Hà Đông, ngày")).province == "Hà Tây"


# 8. A unit's field written with a capital then a lower-case syllable ("Chế biến", "Bảo quản") goes on whole, also
# before the unit's verb: "Bộ môn Bảo quản và Chế biến chủ trì …".


@pytest.mark.parametrize(
    "unit",
    ["Bộ môn Bảo quản và Chế biến", "Phòng Chế biến và Bảo quản nông sản", "Bộ môn Bảo quản sau thu hoạch"],
)
def test_a_field_with_a_lower_case_syllable_is_whole(unit: str) -> None:
    from notice_checks import task_of

    text = INSTITUTE.format(title="Viện trưởng", degree="TS.").replace(
        "1. Phòng Kế hoạch - Tài chính hoàn thành quyết toán",
        f"1. {unit} chủ trì xây dựng quy trình bảo quản lúa giống; Phòng Kế hoạch - Tài chính hoàn thành quyết toán",
    )
    acting, _, _ = task_of(_notice(text), unit)
    assert [a.lower() for a in acting] == [unit.lower()]


# 7. A sentence under a heading that names its own subject: a group of bodies of one kind ("UBND các huyện căn cứ
# … chủ động triển khai") under a heading of named bodies, or "Riêng X …" under a heading of a group.

HEADED = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
Số: 21/TB-UBND
Ninh Bình, ngày 20 tháng 01 năm 2009
THÔNG BÁO
Ý kiến kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về quản lý chợ dịp Tết
Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận:
1. Sở Công Thương chủ trì kiểm tra hoạt động kinh doanh tại các chợ trước ngày 10/02/2009.
2. {heading}
{body}
Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.
"""


def test_a_group_names_its_own_sentence_under_a_heading_of_bodies() -> None:
    from notice_checks import task_of

    n = _notice(
        HEADED.format(
            heading="UBND huyện Hoa Lư, UBND thị xã Tam Điệp: chỉ đạo Ban quản lý các chợ bố trí cân đối "
            "chứng; báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 15/3/2009. UBND các huyện căn cứ "
            "tình hình thực tế chủ động triển khai.",
            body="",
        )
    )
    acting, _, _ = task_of(n, "UBND các huyện căn cứ")
    assert [a.lower() for a in acting] == ["ủy ban nhân dân các huyện"]
    acting, _, _ = task_of(n, "chỉ đạo Ban quản lý")
    assert {"ủy ban nhân dân huyện hoa lư", "ủy ban nhân dân thị xã tam điệp"} <= {a.lower() for a in acting}


def test_rieng_names_its_sentences_own_subject_under_a_group_heading() -> None:
    from notice_checks import task_of

    n = _notice(
        HEADED.format(
            heading="Phòng Kinh tế, Phòng Kinh tế và Hạ tầng các huyện, thành phố",
            body="Thực hiện chế độ báo cáo định kỳ 6 tháng về tình hình kinh doanh tại các chợ. Riêng Phòng Kinh "
            "tế thành phố Tam Điệp và Phòng Kinh tế và Hạ tầng huyện Kim Sơn (vắng mặt tại cuộc họp) gửi báo "
            "cáo năm 2008 về Sở Công Thương trước ngày 31/3/2009.",
        )
    )
    acting, _, due = task_of(n, "Riêng Phòng Kinh tế")
    assert sorted(a.lower() for a in acting) == [
        "phòng kinh tế thành phố tam điệp",
        "phòng kinh tế và hạ tầng huyện kim sơn",
    ]
    assert due == "2009-03-31"


# 10. A plan's horizon is no deadline ("xây dựng Qui hoạch … đến năm 2010", its noun far back in the clause, in the
# older spelling too); the request after it, with a deadline of its own, is still a task of its own.

PLAN = """SỞ BƯU CHÍNH, VIỄN THÔNG
TỈNH HÀ TĨNH
Số: 55/TB-SBCVT
Hà Tĩnh, ngày 08 tháng 5 năm 2007
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 4 năm 2007
Giám đốc Sở kết luận:
1. Phòng Quản lý Bưu chính, Viễn thông: chủ trì, phối hợp với Sở Xây dựng và UBND các huyện xây dựng {plan} hạ tầng
mạng viễn thông thụ động (cột ăng ten) tỉnh Hà Tĩnh đến năm 2010; đề nghị Bưu điện tỉnh Hà Tĩnh cung cấp số liệu hạ
tầng mạng trước ngày 25/5/2007.
2. Thanh tra Sở tiếp tục thanh tra các đại lý Internet trong tháng 5/2007.
"""


@pytest.mark.parametrize("plan", ["Qui hoạch", "Quy hoạch"])
def test_a_plans_horizon_is_no_deadline_and_the_request_after_it_is_its_own_task(plan: str) -> None:
    from notice_checks import task_of

    n = _notice(PLAN.format(plan=plan))
    acting, _, due = task_of(n, "chủ trì, phối hợp với Sở Xây dựng")
    assert [a.lower() for a in acting] == ["phòng quản lý bưu chính, viễn thông"]
    assert due is None
    acting, _, due = task_of(n, "đề nghị Bưu điện")
    assert [a.lower() for a in acting] == ["bưu điện tỉnh hà tĩnh"]
    assert due == "2007-05-25"
