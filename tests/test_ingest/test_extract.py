"""Whole notices through `ketluan.ingest.extract.parse_notice`.

The five notices are written for these tests (real provinces, districts and
body names; invented officials) in the layouts seen in the corpus: a Sở notice
with an attendee list by delegation, a UBND tỉnh conclusion with "2.1. Sở X:"
unit headings, a Tỉnh ủy notice, a news report, and a notice in old tone
spellings ("Thanh Hoá", "Thuỷ").
"""

from __future__ import annotations

import hashlib

import pytest

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.text import match_key

SO_NOTICE = """UBND TỈNH QUẢNG NAM
SỞ KHOA HỌC VÀ CÔNG NGHỆ

Số: 25/TB-SKHCN

Quảng Nam, ngày 20 tháng 4 năm 2019

THÔNG BÁO
KẾT LUẬN CUỘC HỌP GIAO BAN HOẠT ĐỘNG KH&CN CẤP HUYỆN QUÝ I NĂM 2019

Ngày 15/4/2019, tại Hội trường UBND huyện Núi Thành, Sở Khoa học và Công nghệ tỉnh Quảng Nam phối hợp với UBND huyện Núi Thành tổ chức cuộc họp giao ban hoạt động KH&CN cấp huyện quý I năm 2019.

I. Thành phần tham dự:

1. Đại biểu Sở KH&CN:

1. Ông Lê Văn Hùng - P. Giám đốc Sở - Chủ trì cuộc họp.
2. Bà Trần Thị Mai - Trưởng phòng Quản lý khoa học.
3. Ông Phạm Minh Đức - Chánh Thanh tra.

2. Đại biểu các huyện:

- Huyện Núi Thành:

4. Ông Võ Văn Tâm - Phó Chủ tịch UBND huyện - đồng chủ trì cuộc họp.
5. Bà Nguyễn Thị Lan - Trưởng phòng KT-HT.

- Huyện Duy Xuyên: Vắng

II. Kết luận:

1. Giao Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường xăng dầu trên địa bàn huyện Núi Thành, hoàn thành trước ngày 30/6/2019.

2. Phòng KT-HT huyện Núi Thành phối hợp với Phòng Quản lý khoa học xây dựng kế hoạch ứng dụng tiến bộ kỹ thuật trong năm 2019.

Nơi nhận:
- UBND tỉnh (b/c);
- UBND huyện Núi Thành;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
(đã ký)
Lê Văn Hùng
"""

UBND_NOTICE = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM

Số: 88/TB-UBND

Quảng Nam, ngày 12 tháng 6 năm 2020

THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh Nguyễn Hồng Quang
tại cuộc họp về công tác chuyển đổi số

Ngày 08/6/2020, Phó Chủ tịch UBND tỉnh Nguyễn Hồng Quang chủ trì cuộc họp về công tác chuyển đổi số. Tham dự có lãnh đạo các Sở: Thông tin và Truyền thông, Tài chính, Kế hoạch và Đầu tư.

II. KẾT LUẬN:

1. Thống nhất chủ trương xây dựng Đề án chuyển đổi số tỉnh Quảng Nam.

2. Giao nhiệm vụ cụ thể:

2.1. Sở Thông tin và Truyền thông: chủ trì, phối hợp với Sở Tài chính xây dựng Đề án chuyển đổi số, trình UBND tỉnh trong tháng 8/2020.

2.2. Sở Kế hoạch và Đầu tư: tham mưu bố trí vốn đầu tư hạ tầng công nghệ thông tin, hoàn thành trong năm 2020.

Nơi nhận:
- Sở Thông tin và Truyền thông;
- Sở Tài chính;
- Sở Kế hoạch và Đầu tư;
- Lưu: VT.

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
(đã ký)
Phan Văn Định
"""

PARTY_NOTICE = """TỈNH ỦY QUẢNG NAM

Số: 310-TB/TU

Quảng Nam, ngày 18 tháng 9 năm 2020

THÔNG BÁO
KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY
về công tác phòng, chống dịch Covid-19

Ngày 15/9/2020, đồng chí Phan Việt Cường – Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì cuộc họp Thường trực Tỉnh ủy về công tác phòng, chống dịch Covid-19. Tham dự có đồng chí Lê Trí Thanh – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.

Thường trực Tỉnh ủy kết luận như sau:

1. Sở Y tế chủ trì, phối hợp với các địa phương tiếp tục giám sát chặt chẽ người nhập cảnh.

2. Các huyện, thị xã, thành phố tăng cường tuyên truyền phòng, chống dịch.

Nơi nhận:
- Các đồng chí Tỉnh ủy viên;
- Lưu Văn phòng Tỉnh ủy.

T/M TỈNH ỦY
PHÓ BÍ THƯ
(đã ký)
Lê Văn Dũng
"""

NEWS = """Trang chủ

Tin tức sự kiện

Sở Y tế triển khai nhiệm vụ phòng chống dịch bệnh năm 2021

(12/03/2021) Sáng ngày 11/3/2021, Sở Y tế tỉnh Quảng Nam tổ chức hội nghị triển khai nhiệm vụ phòng chống dịch bệnh năm 2021. Đồng chí Trần Văn Tân, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.

Phát biểu chỉ đạo, đồng chí Trần Văn Tân yêu cầu Trung tâm Kiểm soát bệnh tật tỉnh tăng cường giám sát dịch bệnh, hoàn thành tiêm chủng trước ngày 30/6/2021.

Thu Hà

Liên kết website
"""

OLD_TONES = """UBND TỈNH THANH HOÁ
SỞ KHOA HỌC VÀ CÔNG NGHỆ

Số: 40/TB-SKHCN

Thanh Hoá, ngày 10 tháng 5 năm 2018

THÔNG BÁO
KẾT LUẬN CỦA GIÁM ĐỐC SỞ TẠI CUỘC HỌP GIAO BAN THÁNG 4

Ngày 08/5/2018, tại Sở Khoa học và Công nghệ, Giám đốc Sở Khoa học và Công nghệ tỉnh Thanh Hoá Nguyễn Văn Thuỷ chủ trì cuộc họp giao ban tháng 4 năm 2018.

Giám đốc Sở kết luận:

1. Giao Chi cục Tiêu chuẩn Đo lường Chất lượng tăng cường kiểm tra hàng hoá đóng gói sẵn, hoàn thành trong tháng 6/2018.

Nơi nhận:
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT.

GIÁM ĐỐC
(đã ký)
Nguyễn Văn Thuỷ
"""
# the same conclusion with its numbered tasks after a prose lead-in instead of a heading
UBND_LEADIN_NOTICE = UBND_NOTICE.replace(
    "II. KẾT LUẬN:",
    "Sau khi nghe báo cáo và ý kiến của các đại biểu, Phó Chủ tịch UBND tỉnh kết luận như sau:",
)

SO = "sở khoa học và công nghệ tỉnh quảng nam"


@pytest.fixture(scope="module")
def so():
    return parse_notice(SO_NOTICE, "so.txt")


@pytest.fixture(scope="module")
def ubnd():
    return parse_notice(UBND_NOTICE, "ubnd.txt")


@pytest.fixture(scope="module")
def party():
    return parse_notice(PARTY_NOTICE, "party.txt")


@pytest.fixture(scope="module")
def news():
    return parse_notice(NEWS, "news.txt")


@pytest.fixture(scope="module")
def old():
    return parse_notice(OLD_TONES, "old.txt")


def posts_of(n):
    """(person, role, role as written, agency's canonical name) of every post."""
    return [
        (p.person, p.role, p.role_surface, n.agencies[p.agency].name if p.agency else None) for p in n.posts
    ]


def span_text(n, span):
    return n.text[span.start : span.end]


# --------------------------------------------------------------------------- the Sở notice


def test_extract_so_header(so):
    assert so.layout == "notice"
    assert so.province == "Quảng Nam"
    assert so.document_number == "Số: 25/TB-SKHCN"
    assert span_text(so, so.document_number_span) == "Số: 25/TB-SKHCN"
    assert (so.issued_on, so.place) == ("2019-04-20", "Quảng Nam")
    assert so.title == "THÔNG BÁO KẾT LUẬN CUỘC HỌP GIAO BAN HOẠT ĐỘNG KH&CN CẤP HUYỆN QUÝ I NĂM 2019"
    assert so.issuer == SO


def test_extract_so_issuer_name_keeps_proper_case(so):
    assert so.agencies[SO].name == "Sở Khoa học và Công nghệ tỉnh Quảng Nam"


def test_extract_so_meeting_hall_is_not_an_agency(so):
    assert not any(match_key(a.name).startswith("hội trường") for a in so.agencies.values())


def test_extract_so_meeting_date_and_place(so):
    m = so.meeting
    assert m.held_on == "2019-04-15"
    assert span_text(so, m.held_on_span) == "Ngày 15/4/2019"
    assert m.location == "Hội trường UBND huyện Núi Thành"
    assert span_text(so, m.location_span) == m.location
    assert m.organizers == [SO, "ủy ban nhân dân huyện núi thành"]


def test_extract_so_chair_and_co_chair(so):
    assert so.meeting.chairs == ["lê văn hùng", "võ văn tâm"]
    assert so.meeting.participants == [
        "lê văn hùng",
        "trần thị mai",
        "phạm minh đức",
        "võ văn tâm",
        "nguyễn thị lan",
    ]


def test_extract_so_persons_and_honorifics(so):
    assert {k: (p.name, p.honorific) for k, p in so.persons.items()} == {
        "lê văn hùng": ("Lê Văn Hùng", "Ông"),
        "trần thị mai": ("Trần Thị Mai", "Bà"),
        "phạm minh đức": ("Phạm Minh Đức", "Ông"),
        "võ văn tâm": ("Võ Văn Tâm", "Ông"),
        "nguyễn thị lan": ("Nguyễn Thị Lan", "Bà"),
    }
    for p in so.persons.values():
        assert all(span_text(so, s) == p.name for s in p.spans)


def test_extract_so_posts_by_delegation(so):
    # the district delegation's "Phòng KT-HT" is the district's; "Chánh Thanh tra" under the Sở is the Sở's
    assert [p for p in posts_of(so) if p[0] != "lê văn hùng"] == [
        ("trần thị mai", "Trưởng phòng", "Trưởng phòng", "Phòng Quản lý khoa học"),
        (
            "phạm minh đức",
            "Chánh Thanh tra",
            "Chánh Thanh tra",
            "Thanh tra Sở Khoa học và Công nghệ tỉnh Quảng Nam",
        ),
        ("võ văn tâm", "Phó Chủ tịch", "Phó Chủ tịch", "Ủy ban nhân dân huyện Núi Thành"),
        ("nguyễn thị lan", "Trưởng phòng", "Trưởng phòng", "Phòng Kinh tế và Hạ tầng huyện Núi Thành"),
    ]
    hung = [p for p in so.posts if p.person == "lê văn hùng"]
    assert {(p.role, p.agency) for p in hung} == {("Phó Giám đốc", SO)}
    assert span_text(so, hung[0].span) == "P. Giám đốc Sở"


def test_extract_so_post_spans_start_with_role(so):
    for p in so.posts:
        assert span_text(so, p.span).startswith(p.role_surface)


def test_extract_so_absent_delegation(so):
    assert so.meeting.absent_agencies == ["huyện duy xuyên"]
    assert "huyện duy xuyên" not in so.meeting.participating_agencies
    assert "phòng kinh tế và hạ tầng huyện núi thành" in so.meeting.participating_agencies


def test_extract_so_directives(so):
    d1, d2 = so.directives
    assert d1.assignees == ["chi cục tiêu chuẩn đo lường chất lượng tỉnh quảng nam"]
    assert d1.supports == []
    assert "metrology" in d1.topics
    assert (d1.due.value, d1.due.datatype) == ("2019-06-30", "date")
    assert "30/6/2019" in span_text(so, d1.due.span)
    assert d2.assignees == ["phòng kinh tế và hạ tầng huyện núi thành"]
    assert d2.supports == ["phòng quản lý khoa học"]
    assert (d2.due.value, d2.due.datatype) == ("2019", "gYear")
    assert span_text(so, d2.due.span).endswith("năm 2019")
    for d in so.directives:
        assert span_text(so, d.span).strip() == d.text
    assert d1.text.startswith("Giao Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra")
    assert d2.text.startswith("Phòng KT-HT huyện Núi Thành phối hợp")


def test_extract_so_signer_and_recipients(so):
    assert so.signer == "lê văn hùng"
    assert span_text(so, so.signer_span) == "Lê Văn Hùng"
    assert so.signer_span.start > SO_NOTICE.index("(đã ký)")
    assert so.recipients == ["ủy ban nhân dân tỉnh quảng nam", "ủy ban nhân dân huyện núi thành"]


def test_extract_agency_spans_slice_their_surfaces(so):
    for a in so.agencies.values():
        for s in a.spans:
            assert match_key(span_text(so, s)) in {match_key(x) for x in [a.name, *a.surfaces]}


# --------------------------------------------------------------------------- the UBND tỉnh conclusion


def test_extract_ubnd_issuer_chair_signer(ubnd):
    assert ubnd.issuer == "ủy ban nhân dân tỉnh quảng nam"
    assert ubnd.meeting.held_on == "2020-06-08"
    assert ubnd.meeting.chairs == ["nguyễn hồng quang"]
    assert (
        "nguyễn hồng quang",
        "Phó Chủ tịch",
        "Phó Chủ tịch",
        "Ủy ban nhân dân tỉnh Quảng Nam",
    ) in posts_of(ubnd)
    assert ubnd.signer == "phan văn định"
    assert (
        "phan văn định",
        "Chánh Văn phòng",
        "Chánh Văn phòng",
        "Văn phòng Ủy ban nhân dân tỉnh Quảng Nam",
    ) in posts_of(ubnd)
    assert ubnd.recipients == [
        "sở thông tin và truyền thông tỉnh quảng nam",
        "sở tài chính tỉnh quảng nam",
        "sở kế hoạch và đầu tư tỉnh quảng nam",
    ]


def check_ubnd_unit_tasks(n):
    d1, d2 = n.directives
    assert d1.assignees == ["sở thông tin và truyền thông tỉnh quảng nam"]
    assert d1.supports == ["sở tài chính tỉnh quảng nam"]
    assert (d1.due.value, d1.due.datatype) == ("2020-08", "gYearMonth")
    assert "8/2020" in span_text(n, d1.due.span)
    # the unit heading "Sở …:" is not part of the task's text
    assert span_text(n, d1.span).startswith("chủ trì, phối hợp với Sở Tài chính")
    assert d2.assignees == ["sở kế hoạch và đầu tư tỉnh quảng nam"]
    assert d2.supports == []
    assert (d2.due.value, d2.due.datatype) == ("2020", "gYear")
    assert span_text(n, d2.span).startswith("tham mưu bố trí vốn")


def test_extract_ubnd_inline_unit_headings(ubnd):
    check_ubnd_unit_tasks(ubnd)


def test_extract_ubnd_inline_unit_headings_after_prose_leadin():
    check_ubnd_unit_tasks(parse_notice(UBND_LEADIN_NOTICE, "ubnd-leadin.txt"))


# --------------------------------------------------------------------------- the Tỉnh ủy notice


def test_extract_party_chair_with_dash_posts(party):
    assert party.issuer == "tỉnh ủy quảng nam"
    assert party.meeting.held_on == "2020-09-15"
    assert party.meeting.chairs == ["phan việt cường"]
    assert party.meeting.participants == ["phan việt cường", "lê trí thanh"]
    assert persons_posts(party, "phan việt cường") == [
        ("Bí thư", "Tỉnh ủy Quảng Nam"),
        ("Chủ tịch", "Hội đồng nhân dân tỉnh Quảng Nam"),
    ]
    assert persons_posts(party, "lê trí thanh") == [
        ("Phó Bí thư", "Tỉnh ủy Quảng Nam"),
        ("Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Nam"),
    ]
    assert party.persons["phan việt cường"].honorific == "đồng chí"


def persons_posts(n, key):
    return [(role, agency) for person, role, _, agency in posts_of(n) if person == key]


def test_extract_party_signer(party):
    assert party.signer == "lê văn dũng"
    assert persons_posts(party, "lê văn dũng") == [("Phó Bí thư", "Tỉnh ủy Quảng Nam")]


def test_extract_party_directives(party):
    d1, d2 = party.directives
    assert d1.assignees == ["sở y tế tỉnh quảng nam"]
    assert d1.due is None
    assert d2.assignees == ["các huyện, thị xã, thành phố"]
    assert party.agencies["các huyện, thị xã, thành phố"].collective is True
    assert span_text(party, d2.span).startswith("Các huyện, thị xã, thành phố tăng cường")


# --------------------------------------------------------------------------- the news report


def test_extract_news_chair_and_post(news):
    assert news.layout == "news"
    assert news.document_number is None and news.signer is None
    assert news.meeting.chairs == ["trần văn tân"]
    assert persons_posts(news, "trần văn tân") == [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Nam")]
    assert "sở y tế tỉnh quảng nam" in news.meeting.participating_agencies


def test_extract_news_meeting_date_is_the_meeting_day(news):
    assert news.meeting.held_on == "2021-03-11"
    # the publication date "(12/03/2021)" that opens the paragraph is not the meeting's
    assert span_text(news, news.meeting.held_on_span).endswith("ngày 11/3/2021")


def test_extract_news_directive_from_speech(news):
    (d,) = news.directives
    assert d.assignees == ["trung tâm kiểm soát bệnh tật tỉnh quảng nam"]
    assert (d.due.value, d.due.datatype) == ("2021-06-30", "date")


# --------------------------------------------------------------------------- old tone spellings


NEW_TONES = OLD_TONES.replace("Thanh Hoá", "Thanh Hóa").replace("Thuỷ", "Thủy").replace("hoá", "hóa")


def test_extract_old_tones_resolve_like_new_tones(old):
    new = parse_notice(NEW_TONES, "new.txt")
    assert old.province == new.province == "Thanh Hóa"
    assert old.issuer == new.issuer == "sở khoa học và công nghệ tỉnh thanh hóa"
    assert old.signer == new.signer == "nguyễn văn thủy"
    assert (
        [d.assignees for d in old.directives]
        == [d.assignees for d in new.directives]
        == [["chi cục tiêu chuẩn đo lường chất lượng tỉnh thanh hóa"]]
    )
    # the text is kept as written
    assert old.persons["nguyễn văn thủy"].name == "Nguyễn Văn Thuỷ"
    assert old.place == "Thanh Hoá"
    assert (old.issued_on, old.meeting.held_on) == ("2018-05-10", "2018-05-08")
    (d,) = old.directives
    assert (d.due.value, d.due.datatype) == ("2018-06", "gYearMonth")


def test_extract_chair_named_after_province(old):
    assert old.meeting.chairs == ["nguyễn văn thủy"]
    assert not any("nguyễn" in k for k in old.agencies)


# --------------------------------------------------------------------------- content hash


@pytest.mark.parametrize("text", [SO_NOTICE, PARTY_NOTICE, OLD_TONES])
def test_extract_content_hash_is_stable(text):
    a = parse_notice(text, "a.txt")
    b = parse_notice(text, "b.txt")
    assert a.content_hash == b.content_hash == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert parse_notice(text + "\n", "a.txt").content_hash != a.content_hash


# fmt: off
PERSON_DELEGATIONS = [
    ("3. Giao đồng chí Lê Văn Hùng, Phó Giám đốc Sở chịu trách nhiệm chỉ đạo việc đề xuất các nhiệm vụ khoa học "
     "cấp tỉnh năm 2020.", "Lê Văn Hùng", "Phó Giám đốc"),
    ("3. Giao bà Trần Thị Mai (Trưởng phòng Quản lý khoa học) theo dõi, đôn đốc việc thực hiện các kết luận trên.",
     "Trần Thị Mai", "Trưởng phòng"),
    ("3. Giao ông Phạm Minh Đức theo dõi việc kiểm tra đo lường tại các chợ.", "Phạm Minh Đức", None),
    # "P." (Phó) does not end the sentence
    ("3. Giao ông Lê Văn Hùng, P. Giám đốc Sở theo dõi, chỉ đạo việc diễn tập ứng phó sự cố bức xạ.",
     "Lê Văn Hùng", "Phó Giám đốc"),
]
# fmt: on


@pytest.mark.parametrize("sentence, name, role", PERSON_DELEGATIONS)
def test_extract_directive_to_a_person_after_an_honorific(sentence, name, role):
    """ "Giao đồng chí/ông/bà <name>[, <post>] <verb> …" assigns the task to that person (a common way to
    hand work to one official), with the post, when written, taken as theirs."""
    text = SO_NOTICE.replace(
        "2. Phòng KT-HT huyện Núi Thành phối hợp với Phòng Quản lý khoa học xây dựng kế hoạch ứng dụng tiến bộ kỹ "
        "thuật trong năm 2019.",
        sentence,
    )
    notice = parse_notice(text, "so-person.txt")
    directive = next(d for d in notice.directives if name in d.text)
    person = next(p for p in notice.persons.values() if p.name == name)
    assert person.key in directive.assignees
    assert directive.text == sentence[3:]
    if role:
        assert any(post.person == person.key and post.role == role for post in notice.posts)


def test_extract_person_told_to_direct_bodies_assigns_them_too():
    sentence = (
        "3. Giao ông Lê Văn Hùng, Phó Giám đốc Sở, trực tiếp chỉ đạo Chi cục Tiêu chuẩn Đo lường Chất lượng và "
        "Phòng Quản lý khoa học triển khai kế hoạch kiểm tra đo lường vàng trang sức; báo cáo trước ngày 30/11/2019."
    )
    text = SO_NOTICE.replace(
        "2. Phòng KT-HT huyện Núi Thành phối hợp với Phòng Quản lý khoa học xây dựng kế hoạch ứng dụng tiến bộ kỹ "
        "thuật trong năm 2019.",
        sentence,
    )
    notice = parse_notice(text, "so-direct.txt")
    (d,) = [d for d in notice.directives if "Lê Văn Hùng" in d.text]
    assert d.assignees == [
        "chi cục tiêu chuẩn đo lường chất lượng tỉnh quảng nam",
        "phòng quản lý khoa học",
        "lê văn hùng",
    ]
    assert "metrology" in d.topics


# fmt: off
PAST_OR_TASK = [
    ("2. Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng đã hiệu chuẩn 640 nhiệt kế điện tử cho các chốt.", False),
    ("2. Năm 2018, Chi cục Tiêu chuẩn Đo lường Chất lượng đã phối hợp kiểm tra 86 cửa hàng xăng dầu.", False),
    ("2. Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm định, niêm phong 100% cột đo xăng dầu trong quý III/2019.", True),
    ("2. Văn phòng Sở cập nhật tin, bài về hoạt động khoa học và công nghệ cấp huyện lên Cổng thông tin.", True),
]
# fmt: on


@pytest.mark.parametrize("sentence, is_task", PAST_OR_TASK)
def test_extract_body_with_a_task_verb_is_a_task_unless_already_done(sentence, is_task):
    text = SO_NOTICE.replace(
        "2. Phòng KT-HT huyện Núi Thành phối hợp với Phòng Quản lý khoa học xây dựng kế hoạch ứng dụng tiến bộ kỹ "
        "thuật trong năm 2019.",
        sentence,
    )
    notice = parse_notice(text, "so-past.txt")
    assert any(d.text == sentence[3:] for d in notice.directives) is is_task
