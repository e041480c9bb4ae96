"""Bodies named by reference, by level, by place list and by abbreviated post, read from whole notices.

The notices are written for these tests in layouts the seeds lack: a Sở's notice whose tasks sit under
unit headings (items opening with a directing verb), a criticism followed by "yêu cầu hai đơn vị …", a
district Party committee's notice naming communes, an attendance list with "TP." for Trưởng phòng.
Provinces, bodies and posts are real; the officials are invented.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.people import match_title
from ketluan.ingest.text import match_key
from ketluan.ingest.tokens import tokenize

SO_GD = """UBND TỈNH TRÀ VINH
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 12/TB-SGDĐT
Trà Vinh, ngày 30 tháng 10 năm 2018
THÔNG BÁO
Kết luận của Giám đốc Sở tại hội nghị triển khai công tác kiểm định chất lượng giáo dục

Ngày 26/10/2018, bà Thạch Thị Sa Ry, Giám đốc Sở chủ trì hội nghị. Dự có ông Đinh Văn Kha - TP. Kinh tế \
thành phố Trà Vinh. Trung tâm Y tế thị xã Duyên Hải và Phòng Giáo dục và Đào tạo huyện Cầu Ngang vắng mặt.

Giám đốc Sở kết luận như sau:

1. Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố
- Chỉ đạo các trường mầm non, tiểu học hoàn thành báo cáo tự đánh giá, gửi về Sở trước ngày 31/3/2019.
- Chỉ đạo Trường Tiểu học Long Đức hoàn thiện hồ sơ trong tháng 12/2018.
- Phối hợp với UBND cấp xã rà soát quỹ đất xây dựng phòng học.

2. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan báo chí của tỉnh tuyên truyền về đổi mới giáo dục.

3. Phê bình Trung tâm Y tế thị xã Duyên Hải và Phòng Giáo dục và Đào tạo huyện Cầu Ngang không cử cán bộ \
tham dự hội nghị; yêu cầu hai đơn vị báo cáo bằng văn bản về Sở trước ngày 05/11/2018.

4. Chỉ đạo Trung tâm Giáo dục thường xuyên tỉnh rà soát hồ sơ trước ngày 15/11/2018.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Kim Ngọc Thái
"""

HUYEN_UY = """ĐẢNG BỘ TỈNH PHÚ YÊN
HUYỆN ỦY ĐÔNG HÒA
Số 85-TB/HU
Đông Hòa, ngày 27 tháng 5 năm 2011
THÔNG BÁO
Kết luận của Ban Thường vụ Huyện ủy về xây dựng nông thôn mới

Ngày 24/5/2011, Ban Thường vụ Huyện ủy họp dưới sự chủ trì của đồng chí Nguyễn Hòa Bình, Bí thư Huyện ủy. \
Dự họp có đồng chí Đỗ Minh Hòa, Trưởng Ban Tuyên giáo Huyện ủy.

Ban Thường vụ Huyện ủy kết luận:

- Đảng ủy các xã Hòa Xuân Tây, Hòa Hiệp Bắc ban hành nghị quyết chuyên đề về xây dựng nông thôn mới, xong \
trước ngày 30/6/2011.

- Ban Tuyên giáo Huyện ủy đẩy mạnh tuyên truyền, vận động nhân dân hiến đất làm đường.

Nơi nhận:                                        T/M BAN THƯỜNG VỤ
- Lưu Văn phòng Huyện ủy.                        BÍ THƯ
                                                 Nguyễn Hòa Bình
"""


@pytest.fixture(scope="module")
def so_gd():
    return parse_notice(SO_GD, "so_gd.txt")


@pytest.fixture(scope="module")
def huyen_uy():
    return parse_notice(HUYEN_UY, "huyen_uy.txt")


def _task(notice, words: str):
    found = [d for d in notice.directives if words in d.text]
    assert len(found) == 1, [d.text for d in notice.directives]
    return found[0]


def _names(notice, keys) -> list[str]:
    return [notice.agencies[k].name if k in notice.agencies else notice.persons[k].name for k in keys]


def test_unit_that_directs_collective_schools_keeps_its_task(so_gd):
    task = _task(so_gd, "các trường mầm non")
    assert _names(so_gd, task.assignees) == ["Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố"]


def test_unit_that_directs_a_named_school_acts_with_it(so_gd):
    task = _task(so_gd, "Trường Tiểu học Long Đức")
    assert _names(so_gd, task.assignees) == [
        "Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố",
        "Trường Tiểu học Long Đức",
    ]


def test_directing_verb_without_a_unit_hands_the_task_over(so_gd):
    task = _task(so_gd, "Giáo dục thường xuyên")
    assert _names(so_gd, task.assignees) == ["Trung tâm Giáo dục thường xuyên tỉnh Trà Vinh"]


def test_bodies_of_a_level_are_one_collective(so_gd):
    task = _task(so_gd, "UBND cấp xã")
    assert _names(so_gd, task.supports) == ["Ủy ban nhân dân cấp xã"]


def test_kind_of_body_named_by_its_work(so_gd):
    task = _task(so_gd, "cơ quan báo chí")
    assert _names(so_gd, task.supports) == ["Các cơ quan báo chí của tỉnh"]


def test_two_units_named_before_are_the_two_asked(so_gd):
    task = _task(so_gd, "hai đơn vị")
    assert _names(so_gd, task.assignees) == [
        "Trung tâm Y tế thị xã Duyên Hải",
        "Phòng Giáo dục và Đào tạo huyện Cầu Ngang",
    ]
    assert task.due is not None and task.due.value == "2018-11-05"


@pytest.mark.parametrize(
    ("text", "assignees"),
    [
        # a demonstrative makes "các đơn vị" a reference to the last list of bodies
        (
            "Chi cục Thủy lợi và Trung tâm Khuyến nông chưa nộp báo cáo; giao các đơn vị trên hoàn thành trong "
            "tháng 6/2021.",
            ["Chi cục Thủy lợi", "Trung tâm Khuyến nông"],
        ),
        # a count that the bodies named do not match refers to no one: the task is not guessed
        ("Chi cục Thủy lợi chưa nộp báo cáo; giao ba đơn vị hoàn thành trong tháng 6/2021.", []),
    ],
)
def test_reference_to_bodies_named_before(text, assignees):
    notice = parse_notice(
        "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nTHÔNG BÁO\nKết luận của Giám đốc Sở\n\nGiám đốc Sở kết luận như "
        f"sau:\n\n1. {text}\n",
        "ref.txt",
    )
    got = [_names(notice, d.assignees) for d in notice.directives if "đơn vị" in d.text]
    assert [n for names in got for n in names if "Chi cục" in n or "Trung tâm" in n] == assignees


def test_communes_named_after_a_shared_head_are_one_body_each(huyen_uy):
    task = _task(huyen_uy, "nghị quyết chuyên đề")
    assert _names(huyen_uy, task.assignees) == ["Đảng ủy xã Hòa Xuân Tây", "Đảng ủy xã Hòa Hiệp Bắc"]
    assert task.due is not None and task.due.value == "2011-06-30"


def test_head_of_a_party_board_belongs_to_the_board(huyen_uy):
    posts = [
        (huyen_uy.persons[p.person].name, p.role, huyen_uy.agencies[p.agency].name) for p in huyen_uy.posts
    ]
    assert ("Đỗ Minh Hòa", "Trưởng ban", "Ban Tuyên giáo Huyện ủy Đông Hòa") in posts


def test_tp_before_a_district_phong_is_its_head(so_gd):
    posts = {(so_gd.persons[p.person].name, p.role) for p in so_gd.posts}
    assert ("Đinh Văn Kha", "Trưởng phòng") in posts


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("TP. Kinh tế", "Trưởng phòng"),
        ("TP. Tư pháp", "Trưởng phòng"),
        ("TP. QLKH", "Trưởng phòng"),  # a Sở's Phòng by its abbreviation
        ("TP. Kon Tum", None),
        ("TP. Hồ Chí Minh", None),
        ("TP. HCM", None),
    ],
)
def test_tp_alone_is_a_city_unless_a_phong_follows(text, title):
    m = match_title(tokenize(text), 0)
    assert (m[1] if m else None) == title


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (
            "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Cầu Kè rà soát",
            ["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Cầu Kè"],
        ),
        ("Trung tâm Dịch vụ việc làm tỉnh làm thủ tục", ["Trung tâm Dịch vụ việc làm tỉnh"]),
        ("UBND cấp huyện, cấp xã rà soát", ["UBND cấp huyện, cấp xã"]),
        ("kiểm tra các cơ sở y tế tư nhân", []),
    ],
)
def test_agency_names_of_this_round(text, surfaces):
    assert [m.surface for m in find_agencies(text, tokenize(text), "Trà Vinh")] == surfaces


HUYEN_GIAO_BAN = """ỦY BAN NHÂN DÂN
HUYỆN CHÂU THÀNH
Số: 245/TB-UBND                    Châu Thành, ngày 12 tháng 4 năm 2021

THÔNG BÁO
Ý kiến kết luận của Chủ tịch UBND huyện tại cuộc họp giao ban tháng 3 năm 2021

Ngày 08/4/2021, UBND huyện tổ chức họp giao ban tháng 3 năm 2021. Chủ trì cuộc họp: ông Trần Văn Lĩnh - Chủ \
tịch UBND huyện. Vắng: Chủ tịch UBND xã An Khánh, Chủ tịch UBND xã Phú Túc (có lý do).

Chủ tịch UBND huyện kết luận như sau:

1. Giao Phòng Tài nguyên và Môi trường phối hợp với UBND xã An Hiệp, xã Tam Phước kiểm tra, xử lý các trường \
hợp khai thác cát trái phép.

Nơi nhận:                                        TL. CHỦ TỊCH
- Lưu: VT.                                        CHÁNH VĂN PHÒNG
                                                  Huỳnh Thanh Tâm
"""


def test_posts_listed_as_away_make_each_body_absent():
    notice = parse_notice(HUYEN_GIAO_BAN, "giao_ban.txt")
    assert _names(notice, notice.meeting.absent_agencies) == [
        "Ủy ban nhân dân xã An Khánh",
        "Ủy ban nhân dân xã Phú Túc",
    ]


def test_head_written_once_for_several_places():
    notice = parse_notice(HUYEN_GIAO_BAN, "giao_ban.txt")
    task = _task(notice, "khai thác cát")
    assert _names(notice, task.supports) == ["Ủy ban nhân dân xã An Hiệp", "Ủy ban nhân dân xã Tam Phước"]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("UBND huyện Tuy An, huyện Đồng Xuân rà soát", ["UBND huyện Tuy An", "UBND huyện Đồng Xuân"]),
        # a place of another level says where the body is
        ("UBND huyện Châu Thành, tỉnh Tiền Giang báo cáo", ["UBND huyện Châu Thành", "tỉnh Tiền Giang"]),
    ],
)
def test_places_after_a_body(text, surfaces):
    assert [m.surface for m in find_agencies(text, tokenize(text), "Phú Yên")] == surfaces


MINISTRY_NEWS = """Thông báo kết luận của Thứ trưởng Đỗ Thắng Hải tại cuộc họp về quản lý chất lượng sản phẩm, hàng hóa

Thứ Hai, 15/03/2021 - 10:20

Ngày 10 tháng 3 năm 2021, tại trụ sở Bộ Công Thương, Thứ trưởng Đỗ Thắng Hải đã chủ trì cuộc họp về công tác \
quản lý chất lượng sản phẩm, hàng hóa. Tham dự cuộc họp có đại diện lãnh đạo Vụ Khoa học và Công nghệ, Vụ Pháp \
chế, Cục Hóa chất.

Sau khi nghe Vụ Khoa học và Công nghệ báo cáo, Thứ trưởng Đỗ Thắng Hải kết luận như sau:

1. Vụ Khoa học và Công nghệ chủ trì, phối hợp với Vụ Pháp chế rà soát, sửa đổi Thông tư số 36/2019/TT-BCT, \
trình Bộ trưởng trong quý II năm 2021.

2. Cục Hóa chất khẩn trương xây dựng quy chuẩn kỹ thuật quốc gia về an toàn hóa chất.

Nguồn: Văn phòng Bộ
"""


def test_numbered_conclusions_of_a_news_story_are_tasks_without_a_deontic_word():
    notice = parse_notice(MINISTRY_NEWS, "bct.html")
    assert notice.layout == "news"
    task = _task(notice, "Thông tư số 36/2019")
    assert _names(notice, task.assignees) == ["Vụ Khoa học và Công nghệ"]
    assert _names(notice, task.supports) == ["Vụ Pháp chế"]
    assert task.due is not None and task.due.value == "2021-06-30"


def test_vice_minister_of_a_story_without_issuer_belongs_to_its_ministry():
    notice = parse_notice(MINISTRY_NEWS, "bct.html")
    posts = [(notice.persons[p.person].name, p.role, notice.agencies[p.agency].name) for p in notice.posts]
    assert posts == [("Đỗ Thắng Hải", "Thứ trưởng", "Bộ Công Thương")]


@pytest.mark.parametrize(
    ("item", "acts"),
    [
        ("Phòng Nội vụ kiện toàn tổ chức bộ máy các đơn vị sự nghiệp, xong trong quý III/2024.", True),
        ("Kho bạc Nhà nước huyện giải ngân vốn đầu tư công theo tiến độ.", True),
        # a reference scale, not a task verb
        ("Việc theo dõi các trạm cân đối chứng còn hạn chế.", False),
    ],
)
def test_task_verbs_after_a_body(item, acts):
    notice = parse_notice(
        f"UBND HUYỆN KRÔNG PẮC\nTHÔNG BÁO\nKết luận của Chủ tịch UBND huyện\n\nChủ tịch UBND huyện kết luận:\n\n"
        f"1. {item}\n",
        "cues.txt",
    )
    assert bool([d for d in notice.directives if d.assignees]) == acts


TASK_TABLE = """UBND TỈNH LONG AN
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 318/TB-SKHCN
Long An, ngày 20 tháng 7 năm 2022
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 7 năm 2022

Ngày 18/7/2022, Sở Khoa học và Công nghệ họp giao ban tháng 7. Chủ trì: ông Đặng Minh Trí, Giám đốc Sở.

I. KẾT QUẢ THÁNG 7
| STT | Nội dung | Đơn vị thực hiện | Kết quả |
|---|---|---|---|
| 1 | Kiểm định 1.200 công tơ điện | Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng | Đã hoàn thành |

II. Giám đốc Sở kết luận và phân công nhiệm vụ như sau:

| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Tổng hợp báo cáo sơ kết 6 tháng đầu năm 2022 | Văn phòng Sở | Các phòng, đơn vị | 25/7/2022 |
| 2 | Kiểm tra đo lường xăng dầu tại các cửa hàng | Chi cục Tiêu chuẩn Đo lường Chất lượng | Thanh tra Sở | Quý III/2022 |
| 3 | Xây dựng kế hoạch tập huấn về sở hữu trí tuệ | Phòng Quản lý chuyên ngành | | Tháng 8/2022 |

Nơi nhận:
- Lưu: VT, VP.
GIÁM ĐỐC
Đặng Minh Trí
"""


def test_rows_of_a_task_table_are_tasks_with_their_lead_supporters_and_deadline():
    notice = parse_notice(TASK_TABLE, "table.md")
    got = [
        (
            d.text,
            _names(notice, d.assignees),
            _names(notice, d.supports),
            d.due.value if d.due else None,
            d.topics,
        )
        for d in notice.directives
    ]
    assert got == [
        (
            "Tổng hợp báo cáo sơ kết 6 tháng đầu năm 2022",
            ["Văn phòng Sở Khoa học và Công nghệ tỉnh Long An"],
            ["Các phòng, đơn vị"],
            "2022-07-25",
            ["reporting"],
        ),
        (
            "Kiểm tra đo lường xăng dầu tại các cửa hàng",
            ["Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Long An"],
            ["Thanh tra Sở Khoa học và Công nghệ tỉnh Long An"],
            "2022-09-30",
            ["metrology"],
        ),
        (
            "Xây dựng kế hoạch tập huấn về sở hữu trí tuệ",
            ["Phòng Quản lý chuyên ngành"],
            [],
            "2022-08",
            ["training", "intellectual-property"],
        ),
    ]
    # each task's evidence is its row in the text: the task, the lead and the deadline are in it
    row = notice.text[notice.directives[1].span.start : notice.directives[1].span.end]
    assert row.startswith("Kiểm tra đo lường") and row.endswith("Quý III/2022")


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # a hospital's departments
        ("Phòng Kế hoạch tổng hợp báo cáo", ["Phòng Kế hoạch tổng hợp"]),
        ("Phòng Hành chính tổng hợp báo cáo", ["Phòng Hành chính tổng hợp"]),
        ("Phòng Tài chính kế toán bố trí kinh phí", ["Phòng Tài chính kế toán"]),
        ("Các khoa lâm sàng phối hợp bố trí thời gian", ["Các khoa lâm sàng"]),
        # a lower-case word after "Văn phòng Sở" is still the verb
        ("Văn phòng Sở tổng hợp báo cáo", ["Văn phòng Sở"]),
    ],
)
def test_hospital_units(text, surfaces):
    assert [m.surface for m in find_agencies(text, tokenize(text), "Nghệ An")] == surfaces


CITY_NOTICE = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH
Số: 512/TB-VP                    Thành phố Hồ Chí Minh, ngày 16 tháng 8 năm 2023

THÔNG BÁO
Kết luận của Phó Chủ tịch Ủy ban nhân dân Thành phố Dương Anh Đức tại cuộc họp về chuyển đổi số

Ngày 10 tháng 8 năm 2023, Phó Chủ tịch Ủy ban nhân dân Thành phố Dương Anh Đức chủ trì cuộc họp về chuyển \
đổi số. Tham dự có lãnh đạo Sở Thông tin và Truyền thông, Ủy ban nhân dân Quận 1, Quận 3.

Phó Chủ tịch Ủy ban nhân dân Thành phố Dương Anh Đức kết luận như sau:

1. Ủy ban nhân dân Quận 1 và Ủy ban nhân dân thành phố Thủ Đức triển khai thí điểm dịch vụ công trực tuyến \
toàn trình, báo cáo kết quả trong tháng 11 năm 2023.

2. Ủy ban nhân dân các quận, huyện và thành phố Thủ Đức rà soát, cập nhật dữ liệu dân cư.

Nơi nhận:                                        KT. CHÁNH VĂN PHÒNG
- Lưu: VT.                                        PHÓ CHÁNH VĂN PHÒNG
                                                  Nguyễn Văn Dũng
"""


def test_city_style_capitalised_thanh_pho_is_the_city_and_the_chair_is_found():
    notice = parse_notice(CITY_NOTICE, "hcm.txt")
    assert _names(notice, notice.meeting.chairs) == ["Dương Anh Đức"]
    posts = [(notice.persons[p.person].name, p.role, notice.agencies[p.agency].name) for p in notice.posts]
    assert ("Dương Anh Đức", "Phó Chủ tịch", "Ủy ban nhân dân thành phố Hồ Chí Minh") in posts


def test_numbered_districts_and_a_named_city_after_a_collective():
    notice = parse_notice(CITY_NOTICE, "hcm.txt")
    assert "Ủy ban nhân dân quận 3" in _names(notice, notice.meeting.participating_agencies)
    assert _names(notice, _task(notice, "thí điểm").assignees) == [
        "Ủy ban nhân dân quận 1",
        "Ủy ban nhân dân thành phố Thủ Đức",
    ]
    assert _names(notice, _task(notice, "dữ liệu dân cư").assignees) == [
        "Ủy ban nhân dân các quận, huyện",
        "Thành phố Thủ Đức",
    ]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Sở Kinh tế - Xã hội báo cáo", ["Sở Kinh tế - Xã hội"]),  # a capitalised "Xã" inside a name
        ("UBND phường 5, Quận 3 rà soát", ["UBND phường 5", "Quận 3"]),
        ("UBND các huyện, thị xã, thành phố rà soát", ["UBND các huyện, thị xã, thành phố"]),
    ],
)
def test_city_places(text, surfaces):
    assert [m.surface for m in find_agencies(text, tokenize(text), "Hồ Chí Minh")] == surfaces


HIGHLANDS = """UBND TỈNH ĐẮK LẮK
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 88/TB-SKHCN
Đắk Lắk, ngày 12 tháng 5 năm 2022
THÔNG BÁO
Kết luận của Giám đốc Sở tại buổi làm việc với UBND huyện Krông Búk

Ngày 10/5/2022, đồng chí Y Gia Bá Niê, Giám đốc Sở Khoa học và Công nghệ chủ trì buổi làm việc. Tham dự có: \
bà H'Yim Kđoh, Phó Chủ tịch UBND huyện Krông Búk; Đại tá Lê Văn Cường, Chỉ huy trưởng Ban Chỉ huy Quân sự \
huyện; ông Lò Văn Mừng, chuyên viên Phòng Quản lý khoa học.

Giám đốc Sở kết luận như sau:
1. Giao Phòng Quản lý khoa học theo dõi, đôn đốc việc thực hiện.

Nơi nhận:
- Lưu: VT.
GIÁM ĐỐC
Y Gia Bá Niê
"""


def test_highland_names_and_military_ranks():
    notice = parse_notice(HIGHLANDS, "daklak.txt")
    posts = {(notice.persons[p.person].name, p.role, notice.agencies[p.agency].name) for p in notice.posts}
    assert ("H'Yim Kđoh", "Phó Chủ tịch", "Ủy ban nhân dân huyện Krông Búk") in posts
    assert ("Lê Văn Cường", "Chỉ huy trưởng", "Ban Chỉ huy Quân sự huyện Krông Búk") in posts
    assert notice.persons[match_key("Lê Văn Cường")].honorific == "Đại tá"


def test_standing_committee_member_without_a_body_is_of_the_notices_party_committee():
    notice = parse_notice(
        "UBND TỈNH NINH THUẬN\nTHÔNG BÁO\nKết luận hội nghị\n\nHội nghị do đồng chí Lê Văn Dũng, Ủy viên Ban "
        "Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy chủ trì.\n\nKết luận như sau:\n1. Sở Tài chính bố trí kinh phí.\n",
        "btv.txt",
    )
    posts = {(p.role, notice.agencies[p.agency].name) for p in notice.posts}
    assert posts == {
        ("Ủy viên Ban Thường vụ", "Tỉnh ủy Ninh Thuận"),
        ("Trưởng ban", "Ban Tổ chức Tỉnh ủy Ninh Thuận"),
    }


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Chánh Văn phòng HĐND và UBND huyện Bảo Thắng", ["Văn phòng HĐND và UBND huyện Bảo Thắng"]),
        # a blank line: a capital opens a new paragraph, a lower-case word goes on with a name a page cut
        ("làm việc với Sở Khoa học và Công nghệ\n\nThứ Hai, 13/09/2021", ["Sở Khoa học và Công nghệ"]),
        (
            "Trung tâm Kỹ thuật và Tiêu\n\nchuẩn Đo lường Chất lượng phối hợp",
            ["Trung tâm Kỹ thuật và Tiêu\n\nchuẩn Đo lường Chất lượng"],
        ),
    ],
)
def test_office_of_both_councils_and_names_over_blank_lines(text, surfaces):
    assert [m.surface for m in find_agencies(text, tokenize(text), "Lào Cai")] == surfaces


THANH_UY = """ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG                    ĐẢNG CỘNG SẢN VIỆT NAM
THÀNH ỦY
*                                            Đà Nẵng, ngày 20 tháng 10 năm 2021
Số 1205-TB/TU

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ THÀNH ỦY
về công tác chuyển đổi số

Ngày 15/10/2021, Ban Thường vụ Thành ủy họp. Đồng chí Nguyễn Văn Quảng, Bí thư Thành ủy chủ trì hội nghị. \
Ban Thường vụ Thành ủy kết luận:

1. Đảng đoàn HĐND thành phố chỉ đạo các Ban HĐND tăng cường giám sát việc thực hiện chuyển đổi số.

2. Đảng đoàn Ủy ban MTTQ Việt Nam thành phố và các đoàn thể chính trị - xã hội đẩy mạnh tuyên truyền, vận \
động nhân dân sử dụng dịch vụ công trực tuyến.

3. Ủy ban Kiểm tra Thành ủy đưa nội dung này vào chương trình kiểm tra, giám sát năm 2022.

Nơi nhận:                                    T/M BAN THƯỜNG VỤ
- Lưu Văn phòng Thành ủy.                    PHÓ BÍ THƯ THƯỜNG TRỰC
                                             Lương Nguyễn Minh Triết
"""


def test_party_groups_of_a_body_and_the_check_committee_act():
    notice = parse_notice(THANH_UY, "thanh_uy.txt")
    assert [_names(notice, d.assignees) for d in notice.directives] == [
        ["Đảng đoàn Hội đồng nhân dân thành phố Đà Nẵng"],
        ["Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Đà Nẵng", "Các đoàn thể chính trị - xã hội"],
        ["Ủy ban Kiểm tra Thành ủy Đà Nẵng"],
    ]


VPCP = """VĂN PHÒNG CHÍNH PHỦ                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
-------                                  Độc lập - Tự do - Hạnh phúc
Số: 245/TB-VPCP                         Hà Nội, ngày 22 tháng 6 năm 2023

THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ Trần Hồng Hà tại cuộc họp về công tác tiêu chuẩn, đo lường, chất lượng

Ngày 15 tháng 6 năm 2023, Phó Thủ tướng Chính phủ Trần Hồng Hà chủ trì cuộc họp. Tham dự cuộc họp có đại diện \
lãnh đạo các Bộ: Công Thương, Tài chính, Y tế. Phó Thủ tướng Chính phủ Trần Hồng Hà kết luận như sau:

1. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tăng cường kiểm tra đo lường, chất lượng hàng hóa \
tại các tỉnh Bắc Trung Bộ.

Nơi nhận:                                  KT. BỘ TRƯỞNG, CHỦ NHIỆM
- Lưu: VT, KGVX (2).                       PHÓ CHỦ NHIỆM
                                           Nguyễn Sỹ Hiệp
"""


def test_government_office_notice():
    notice = parse_notice(VPCP, "vpcp.txt")
    assert notice.agencies[notice.issuer].name == "Văn phòng Chính phủ"
    assert _names(notice, notice.meeting.participating_agencies)[-3:] == [
        "Bộ Công Thương",
        "Bộ Tài chính",
        "Bộ Y tế",
    ]
    assert [_names(notice, d.assignees) for d in notice.directives] == [
        ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    ]
    assert not any(a.name == "Bộ" for a in notice.agencies.values())  # "Bắc Trung Bộ" is a region


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        ("BAN TUYÊN GIÁO TRUNG ƯƠNG", "Ban Tuyên giáo Trung ương"),
        ("KHO BẠC NHÀ NƯỚC TỈNH AN GIANG", "Kho bạc Nhà nước tỉnh An Giang"),
    ],
)
def test_headers_in_capitals_keep_the_capitals_of_proper_names(header, issuer):
    notice = parse_notice(
        f"{header}\n-------\nSố: 1/TB\nLong Xuyên, ngày 2 tháng 3 năm 2023\nTHÔNG BÁO\nKết luận\n\nBộ Tài chính bố trí "
        "kinh phí.\n",
        "caps.txt",
    )
    assert notice.agencies[notice.issuer].name == issuer


@pytest.mark.parametrize(
    "signature",
    [
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nKý bởi: Phạm Quốc Dũng\nNgày ký: 12/3/2024",  # a digital signature's stamp
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nPhạm Quốc Dũng",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n[đã ký] Phạm Quốc Dũng",
    ],
)
def test_signer_after_a_signature_label(signature):
    notice = parse_notice(
        "UBND TỈNH BẾN TRE\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 12/TB-SKHCN\nBến Tre, ngày 12 tháng 3 năm 2024\nTHÔNG BÁO\n"
        "Kết luận của Giám đốc Sở\n\nGiám đốc Sở kết luận:\n1. Phòng Quản lý chuyên ngành tăng cường kiểm tra đo "
        f"lường.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n{signature}\n",
        "sig.txt",
    )
    assert notice.persons[notice.signer].name == "Phạm Quốc Dũng"
    posts = [(p.role, notice.agencies[p.agency].name) for p in notice.posts if p.person == notice.signer]
    assert posts == [("Phó Giám đốc", "Sở Khoa học và Công nghệ tỉnh Bến Tre")]


@pytest.mark.parametrize(
    ("opening", "held_on"),
    [
        ("Sáng 14-3, ông Lê Văn Hải, Giám đốc Sở chủ trì cuộc họp.", "2024-03-14"),
        ("Chiều thứ Năm 14/3, ông Lê Văn Hải, Giám đốc Sở chủ trì cuộc họp.", "2024-03-14"),
        # a day after the notice's date is last year's
        ("Ngày 28/12, ông Lê Văn Hải, Giám đốc Sở chủ trì cuộc họp.", "2023-12-28"),
    ],
)
def test_meeting_day_without_a_year_takes_the_notices(opening, held_on):
    notice = parse_notice(
        "UBND TỈNH BẾN TRE\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 12/TB-SKHCN\nBến Tre, ngày 18 tháng 3 năm 2024\nTHÔNG BÁO\n"
        f"Kết luận của Giám đốc Sở\n\n{opening}\n\nGiám đốc Sở kết luận:\n1. Phòng Quản lý chuyên ngành tăng cường "
        "kiểm tra đo lường.\n",
        "day.txt",
    )
    assert notice.meeting.held_on == held_on


CHI_DAO = """ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH NGHỆ AN                               Độc lập - Tự do - Hạnh phúc
Số: 455/TB-UBND                      Nghệ An, ngày 05 tháng 7 năm 2024

THÔNG BÁO
Ý kiến chỉ đạo của đồng chí Bùi Thanh An, Phó Chủ tịch UBND tỉnh tại cuộc họp về đo lường xăng dầu

Ngày 02/7/2024, đồng chí Bùi Thanh An - Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Tham dự có: đại diện lãnh \
đạo các Sở: Khoa học và Công nghệ, Công Thương; Công an tỉnh. Đồng chí Phó Chủ tịch UBND tỉnh chỉ đạo như sau:

1. Giao Sở Công Thương rà soát quy hoạch hệ thống cửa hàng xăng dầu, báo cáo UBND tỉnh trong quý III năm 2024.
"""


def test_title_opened_by_y_kien_chi_dao_and_the_attendance_after_it():
    notice = parse_notice(CHI_DAO, "chi_dao.txt")
    assert notice.title is not None and "Ý kiến chỉ đạo của đồng chí Bùi Thanh An" in notice.title
    assert _names(notice, notice.meeting.participating_agencies)[-3:] == [
        "Sở Khoa học và Công nghệ tỉnh Nghệ An",
        "Sở Công Thương tỉnh Nghệ An",
        "Công an tỉnh Nghệ An",
    ]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # the head is what comes before the place's keyword, whatever its case
        ("Giao UBND Xã An Hiệp, xã Tam Phước kiểm tra", ["UBND Xã An Hiệp", "UBND xã Tam Phước"]),
        ("Kính gửi: UBND XÃ AN HIỆP, XÃ TAM PHƯỚC", ["UBND XÃ AN HIỆP", "UBND XÃ TAM PHƯỚC"]),
        ("Đảng ủy phường 1 và phường 3 báo cáo", ["Đảng ủy phường 1", "Đảng ủy phường 3"]),
    ],
)
def test_head_written_once_keeps_its_own_words(text, surfaces):
    assert [m.surface for m in find_agencies(text, tokenize(text), "Trà Vinh")] == surfaces
