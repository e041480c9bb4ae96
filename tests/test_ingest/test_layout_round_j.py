"""Round J: a notice's layout read wrong — lines cut inside a date, a name or a bracket, OCR letters in dates,
a portal's page furniture read as the story, signature blocks side by side with other columns.

Each snippet uses other names, places and dates than the notice that showed the error.
"""

from __future__ import annotations

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.layout_repair import repair_ocr_slips
from ketluan.ingest.readers import read_notice
from ketluan.ingest.sections import build_blocks, parse_layout, split_lines


def _blocks(text: str) -> list[tuple[str, str, str]]:
    """The body's blocks of a piece of a notice's body."""
    return [(b.marker, b.label, b.text) for b in build_blocks(text, split_lines(text))]


def _read(tmp_path, name: str, text: str) -> str:
    """The text as the reader gives it (its repairs done) of a file ``name`` holding ``text``."""
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return read_notice(p).text


# --------------------------------------------------------------------------- a quarter cut over a line

WRAPPED_QUARTER = """UBND TỈNH PHÚ YÊN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN CHỈ ĐẠO 389                      Độc lập - Tự do - Hạnh phúc
Số: 17/TB-BCĐ389
                                   Phú Yên, ngày 08 tháng 7 năm 2019

                         THÔNG BÁO
   Kết luận của Trưởng Ban Chỉ đạo 389 tỉnh tại cuộc họp quý II/2019

Ngày 05/7/2019, tại Sở Công Thương, Ban Chỉ đạo 389 tỉnh họp giao ban quý II
năm 2019, đánh giá công tác chống buôn lậu và gian lận thương mại.

Đồng chí Trưởng Ban Chỉ đạo kết luận như sau:

1. Cục Quản lý thị trường
Chủ trì, phối hợp với Công an tỉnh kiểm tra các cơ sở kinh doanh phân bón
trên các tuyến quốc lộ 1A, 25 và 29; xử lý nghiêm các vi phạm về nhãn hàng
hóa, đo lường và chất lượng sản phẩm. Thời gian thực hiện trong quý
III/2019.

2. Sở Khoa học và Công nghệ
Lấy mẫu phân bón tại các đại lý cấp 1 để thử nghiệm chất lượng, báo cáo kết
quả về Ban Chỉ đạo trong quý
IV/2019.
"""


def test_a_quarter_broken_over_a_line_is_no_roman_heading():
    blocks = [(b.marker, b.label, b.text) for b in parse_layout(WRAPPED_QUARTER).body]
    assert not any(marker == "roman" for marker, _, _ in blocks)
    assert any(text.endswith("Thời gian thực hiện trong quý III/2019.") for _, _, text in blocks)


def test_a_quarter_broken_over_a_line_is_the_tasks_deadline():
    n = parse_notice(WRAPPED_QUARTER, "quarter.txt")
    dues = {d.due.value for d in n.directives if d.due}
    assert {"2019-09-30", "2019-12-31"} <= dues
    assert not any(d.text.rstrip(".").endswith("trong quý") for d in n.directives)


def test_a_roman_heading_with_a_dash_or_a_stop_is_still_one():
    blocks = _blocks("Phần mở đầu.\n\nII- NHIỆM VỤ TRỌNG TÂM\nIII. TỔ CHỨC THỰC HIỆN\nIV/ KIẾN NGHỊ\n")
    assert [(m, label) for m, label, _ in blocks[1:]] == [("roman", "II"), ("roman", "III"), ("roman", "IV")]


# --------------------------------------------------------------------------- letters OCR reads for digits


def test_ocr_letters_inside_a_dates_digit_groups_are_digits():
    assert repair_ocr_slips("gửi báo cáo trước ngày 2l/11/2018.")[0] == "gửi báo cáo trước ngày 21/11/2018."
    assert repair_ocr_slips("Ngày O4/O9/2O15, tại")[0] == "Ngày 04/09/2015, tại"
    assert repair_ocr_slips("hoàn thành trước ngày l0 tháng 5 năm 2O19")[0] == (
        "hoàn thành trước ngày 10 tháng 5 năm 2019"
    )
    assert repair_ocr_slips("chậm nhất ngày 3l/3 hằng năm")[0] == "chậm nhất ngày 31/3 hằng năm"


def test_ocr_letters_are_left_where_no_date_is_sure():
    for text in (
        "Số: 1l/TB-UBND",  # a document number
        "mã hiệu l2/5",  # a day and month without "ngày" or a year
        "ngày l/12/2017",  # a group without a real digit
        "ngày 3l/13/2017",  # no month 13
        "xe biển số 5l-A1 234",
        "ISO 9001:2015",
    ):
        assert repair_ocr_slips(text) == (text, 0), text


def test_an_ocr_deadline_with_a_letter_in_its_day_is_read(tmp_path):
    text = _read(
        tmp_path, "ocr.txt", WRAPPED_QUARTER.replace("trong quý\nIV/2019.", "trước ngày 2l/12/2019.")
    )
    n = parse_notice(text, "ocr.txt")
    assert "2019-12-21" in {d.due.value for d in n.directives if d.due}


# --------------------------------------------------------------------------- a portal's page around a story

NEWS_PAGE = """SỞ CÔNG THƯƠNG TỈNH QUẢNG TRỊ
Trang chủ
Giới thiệu
Tin tức - Sự kiện
Quản lý thị trường
Văn bản pháp quy
Liên hệ
Tìm kiếm...

Trang chủ > Tin tức > Hoạt động của Sở

Tăng cường kiểm tra đo lường tại các cửa hàng xăng dầu dịp cao điểm
12/08/2024 09:10
Cỡ chữ: A- A A+   In bài   Gửi email

Sáng 9/8, Sở Công Thương phối hợp với Sở Khoa học và Công nghệ tổ chức cuộc họp triển khai kế hoạch kiểm tra đo lường, chất lượng xăng dầu trên địa bàn tỉnh trong dịp cao điểm du lịch hè, với sự tham dự của các doanh nghiệp đầu mối.

Ông Lê Văn Tâm, Phó Giám đốc Sở Công Thương chủ trì cuộc họp. Kết luận cuộc họp, ông Lê Văn Tâm đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đột xuất các cột đo xăng dầu, hoàn thành trước ngày 30/9.

Tin cùng chuyên mục
- Hội nghị tập huấn an toàn hóa chất cho doanh nghiệp (05/08/2024)
- Kiểm tra chất lượng phân bón vụ Hè Thu 2024 (28/07/2024)
- Sở Công Thương làm việc với Điện lực tỉnh về cấp điện mùa khô (20/07/2024)

Lượt truy cập: 98.114
"""


def test_a_sites_menu_is_no_paragraph_and_the_story_starts_after_the_headline():
    lay = parse_layout(NEWS_PAGE)
    assert lay.kind == "news"
    assert lay.title is not None
    assert NEWS_PAGE[lay.title.start : lay.title.end].startswith("Tăng cường kiểm tra đo lường")
    assert lay.body[0].text.startswith("Sáng 9/8, Sở Công Thương")


def test_a_news_day_without_a_year_takes_the_pages_date():
    n = parse_notice(NEWS_PAGE, "news.txt")
    assert n.meeting.held_on and n.meeting.held_on.startswith("2024-08-09")


def test_related_headlines_are_cut_from_the_story():
    texts = [b.text for b in parse_layout(NEWS_PAGE).body]
    assert not any("(05/08/2024)" in t or "(28/07/2024)" in t or "Tin cùng chuyên mục" in t for t in texts)
    n = parse_notice(NEWS_PAGE, "news.txt")
    assert not any("2024)" in d.text for d in n.directives)


def test_a_run_of_dated_headlines_without_a_heading_is_cut_too():
    page = NEWS_PAGE.replace("Tin cùng chuyên mục\n", "")
    texts = [b.text for b in parse_layout(page).body]
    assert not any(t.endswith("(28/07/2024)") for t in texts)


def test_a_single_dated_list_item_in_a_story_stays():
    text = (
        "Sáng 3/4, Sở Y tế tổ chức hội nghị triển khai công tác kiểm định thiết bị y tế, với sự tham dự của "
        "lãnh đạo các bệnh viện tuyến tỉnh và trung tâm y tế các huyện trên địa bàn.\n\n"
        "Các nội dung đã thống nhất:\n"
        "- Rà soát thiết bị đến hạn kiểm định (15/04/2024)\n"
        "Hội nghị kết thúc cùng ngày.\n"
    )
    assert any(t.startswith("Rà soát thiết bị") for _, _, t in _blocks(text))


# --------------------------------------------------------------------------- a unit's heading and its first task

UNIT_HEADINGS = """     II. NHIỆM VỤ THÁNG 5/2012

     1. Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Quảng Bình
     Phối hợp với Công ty Điện lực Quảng Bình kiểm định công tơ điện lắp mới
cho các hộ dân vùng nông thôn, hoàn thành trong tháng 6/2012; báo cáo kết
quả về Sở trước ngày 30/6/2012 để tổng hợp chung.
     2. Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Quảng Bình
     Tổng kết mô hình trồng nấm linh chi, nấm bào ngư của các hộ gia đình ở
huyện Lệ Thủy; xây dựng kế hoạch nhân rộng mô hình trong năm 2013 cho các
xã có điều kiện tương tự.
"""


def _headings(text: str) -> dict[str, str]:
    return {label: t for marker, label, t in _blocks(text) if marker == "digit"}


def test_an_indented_task_under_a_unit_heading_is_not_read_into_the_name():
    heads = _headings(UNIT_HEADINGS)
    assert heads["1"] == "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Quảng Bình"
    assert heads["2"] == "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Quảng Bình"


def test_a_task_verb_under_a_unit_heading_starts_a_block_without_indents():
    flush = "\n".join(line.lstrip() for line in UNIT_HEADINGS.splitlines())
    heads = _headings(flush)
    assert heads["1"] == "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Quảng Bình"
    assert heads["2"] == "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Quảng Bình"


def test_a_wrapped_item_that_goes_on_with_a_name_is_still_joined():
    text = UNIT_HEADINGS.replace(
        "     1. Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Quảng Bình\n     Phối hợp",
        "1. Giao Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh chủ trì và\nPhối hợp",
    )
    assert _headings(text)["1"].startswith(
        "Giao Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh chủ trì và"
    )
    assert "Phối hợp với Công ty Điện lực" in _headings(text)["1"]


# --------------------------------------------------------------------------- a line cut at a dash or in a bracket

ATTENDEES = """     Ngày 14 tháng 3 năm 2018, tại Hội trường UBND huyện, UBND huyện Châu Thành
tổ chức cuộc họp về công tác quản lý đo lường trong kinh doanh xăng dầu trên
địa bàn huyện do ông Trần Minh Khoa - Chủ tịch UBND huyện Châu Thành chủ trì.
Cùng dự có: bà Lê Thị Thu - Phó Chủ tịch UBND huyện; ông Nguyễn Văn Bảy - Trưởng
phòng Kinh tế và Hạ tầng; đại diện Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh
và Phòng Tài chính - Kế hoạch huyện; đại diện Công an huyện; ông Phạm Hữu Đức
- Phó Giám đốc Công ty Cổ phần Xăng dầu Dầu khí Tiền Giang và đại diện lãnh
đạo UBND 20/23 xã, thị trấn (vắng:
UBND xã Bình Đức, xã Long Định).
"""


def test_a_dash_that_sets_a_post_apart_at_a_lines_start_is_no_list_item():
    blocks = _blocks(ATTENDEES)
    assert not any(marker == "dash" for marker, _, _ in blocks)
    assert "ông Phạm Hữu Đức - Phó Giám đốc Công ty Cổ phần Xăng dầu" in blocks[-1][2]


def test_a_bracket_left_open_at_a_lines_end_goes_on_on_the_next():
    blocks = _blocks(ATTENDEES)
    assert blocks[-1][2].endswith("(vắng: UBND xã Bình Đức, xã Long Định).")


def test_a_list_after_a_closed_sentence_keeps_its_dashes():
    text = "Thành phần tham dự gồm các đồng chí sau đây, theo danh sách đã được gửi kèm giấy mời:\n- Ông A;\n- Bà B.\n"
    assert [m for m, _, _ in _blocks(text)] == ["", "dash", "dash"]


# --------------------------------------------------------------------------- signature blocks

RECORD_TABLE = """# BIÊN BẢN LÀM VIỆC

Hôm nay, ngày 12/9/2019, tại Công ty Cổ phần Cấp nước Nam Định, Chi cục Tiêu chuẩn Đo lường Chất lượng làm
việc với Công ty về việc kiểm định đồng hồ đo nước.

Các bên thống nhất: Công ty thay thế các đồng hồ quá chu kỳ kiểm định trong quý IV/2019.

Biên bản kết thúc lúc 11 giờ cùng ngày.

| ĐẠI DIỆN CÔNG TY | THƯ KÝ | CHỦ TRÌ<br>PHÓ CHI CỤC TRƯỞNG |
|---|---|---|
| *(đã ký)* | *(đã ký)* | *(đã ký)* |
| **Trần Văn Hùng** | **Lê Thị Mai** | **Vũ Quốc Toản** |
"""


def test_a_records_signatures_in_a_table_of_three_give_the_chairs_column(tmp_path):
    text = _read(tmp_path, "bien-ban.md", RECORD_TABLE)
    lay = parse_layout(text)
    assert "Vũ Quốc Toản" in [ln.clean.strip() for ln in lay.signature]
    assert not any("Trần Văn Hùng" in ln.clean or "Lê Thị Mai" in ln.clean for ln in lay.signature)
    assert not any("ĐẠI DIỆN" in b.text for b in lay.body)
    assert parse_notice(text, "bien-ban.md").signer == "vũ quốc toản"


SIDE_BY_SIDE = """SỞ NỘI VỤ TỈNH NINH BÌNH              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                       Độc lập - Tự do - Hạnh phúc
Số: 55/TB-SNV                           Ninh Bình, ngày 03 tháng 6 năm 2021

THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 5/2021

Ngày 01/6/2021, Giám đốc Sở chủ trì cuộc họp giao ban tháng 5/2021.
Giám đốc Sở kết luận: Văn phòng Sở tổng hợp báo cáo trước ngày 10/6/2021.
Văn phòng Sở thông báo để các đơn vị biết, thực hiện./.
Nơi nhận: TL. GIÁM ĐỐC
- GĐ, các PGĐ Sở; Q. CHÁNH VĂN PHÒNG
- Các phòng thuộc Sở;
- Lưu: VT, VP. (đã ký)
Đỗ Thị Hạnh
"""


def test_an_authoritys_mark_beside_a_recipient_is_the_signatures_line():
    lay = parse_layout(SIDE_BY_SIDE)
    sig = [ln.clean.strip() for ln in lay.signature]
    assert "Q. CHÁNH VĂN PHÒNG" in sig
    assert not any("CHÁNH VĂN PHÒNG" in ln.clean for ln in lay.recipients)
    n = parse_notice(SIDE_BY_SIDE, "side.txt")
    assert any(p.person == "đỗ thị hạnh" and p.role == "Quyền Chánh Văn phòng" for p in n.posts)


# --------------------------------------------------------------------------- the issuer's header


TEAM_HEADER = """UBND TỈNH BÌNH PHƯỚC
ĐOÀN KIỂM TRA LIÊN NGÀNH
(Quyết định số 812/QĐ-UBND
ngày 02/3/2016 của UBND tỉnh)
Số: 03/TB-ĐKTLN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Xoài, ngày 20 tháng 4 năm 2016

THÔNG BÁO
Kết luận cuộc họp Đoàn kiểm tra liên ngành về đo lường trong thu mua hạt điều

Ngày 18/4/2016, tại Sở Khoa học và Công nghệ, Đoàn kiểm tra liên ngành họp đánh giá kết quả kiểm tra.
Trưởng đoàn kết luận: Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra cân tại các điểm thu mua trước ngày 30/5/2016.
"""


def test_the_decision_cited_under_a_teams_name_is_no_header_body():
    lay = parse_layout(TEAM_HEADER)
    assert [ln.clean for ln in lay.header] == ["UBND TỈNH BÌNH PHƯỚC", "ĐOÀN KIỂM TRA LIÊN NGÀNH"]
    assert lay.number is not None and lay.place_date is not None


def test_the_team_under_the_province_issues_the_notice():
    n = parse_notice(TEAM_HEADER, "team.docx")
    assert n.issuer is not None and n.issuer.startswith("đoàn kiểm tra liên ngành")


# --------------------------------------------------------------------------- a table's row under a merged cell

MERGED_ROWS = (
    "SỞ Y TẾ TỈNH HÀ TĨNH\n"
    "Số: 31/TB-SYT\n"
    "Hà Tĩnh, ngày 10 tháng 4 năm 2015\n"
    "THÔNG BÁO\n"
    "Kết luận của Giám đốc Sở tại hội nghị về kiểm định phương tiện đo trong y tế\n"
    "Ngày 08/4/2015, Sở Y tế tổ chức hội nghị. Thành phần tham dự như sau:\n"
    "STT\tĐơn vị\tHọ và tên\tChức vụ\tGhi chú\n"
    "1\tSở Y tế\tBSCKII. Phan Văn Lộc\tGiám đốc Sở\tChủ trì\n"
    "\t\tThS. Đặng Thị Hải Yến\tTrưởng phòng Nghiệp vụ Y\n"
    "\t\tNguyễn Quang Vinh\tChánh Thanh tra Sở\n"
    "2\tBệnh viện Đa khoa tỉnh\tTrần Đức Minh\tPhó Giám đốc\n"
    "Giám đốc Sở kết luận: Bệnh viện Đa khoa tỉnh kiểm định các phương tiện đo trước ngày 30/6/2015.\n"
)


def test_a_rows_empty_first_cells_keep_its_cells_under_their_headings():
    n = parse_notice(MERGED_ROWS, "bang.docx")
    names = {p.name for p in (n.persons.values() if isinstance(n.persons, dict) else n.persons)}
    assert {"Đặng Thị Hải Yến", "Nguyễn Quang Vinh"} <= names
    roles = {p.person: p.role for p in n.posts}
    assert roles.get("nguyễn quang vinh") == "Chánh Thanh tra"


def test_a_list_item_indented_with_a_tab_is_no_table_row():
    text = "2.\tNhiệm vụ trọng tâm năm 2016:\n\ta)\tPhòng Nghiệp vụ trình Tổng cục trước ngày 15/12/2015.\n\tb)\tVăn phòng Viện rà soát nhân sự.\n"
    assert [(m, label) for m, label, _ in _blocks(text)] == [("digit", "2"), ("letter", "a"), ("letter", "b")]


def test_a_list_under_a_full_line_without_a_colon_keeps_its_dashes():
    text = ATTENDEES.replace(
        "đạo UBND 20/23 xã, thị trấn (vắng:\nUBND xã Bình Đức, xã Long Định).\n",
        "đạo UBND các xã, thị trấn. Các đơn vị được giao nhiệm vụ trong đợt kiểm tra này gồm\n"
        "- Phòng Kinh tế và Hạ tầng huyện;\n- Công an huyện.\n",
    )
    assert [m for m, _, _ in _blocks(text)][-2:] == ["dash", "dash"]
