"""Readers and layout repair, round F: what the extractor is given from layouts unseen before.

- .html: a list item keeps a marker ("- ", "1. "), as a text copy of the page shows it;
- .html, .docx: a cell merged down (``rowspan``, ``vMerge``) or across (``colspan``, ``gridSpan``) is laid
  out on the table's grid;

Snippets written for these tests (officials invented; bodies and places real).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import CELL_SEPARATOR, read_notice, read_notice_bytes


def _html(body: str) -> str:
    return read_notice_bytes(f"<html><body><article>{body}</article></body></html>".encode(), "tb.html").text


def _names(notice, keys: list[str]) -> list[str]:
    return [notice.agencies[k].name if k in notice.agencies else notice.persons[k].name for k in keys]


def _assignees(notice) -> list[list[str]]:
    return [_names(notice, d.assignees) for d in notice.directives]


# --------------------------------------------------------------------------- .html: list items

NEWS_PAGE = """<html><head><title>Hội nghị triển khai công tác quản lý thị trường dịp Tết</title></head><body>
<div class="wrap"><article class="news-detail">
<h1>Hội nghị triển khai công tác kiểm tra thị trường dịp Tết Nguyên đán 2018</h1>
<p>Sáng 12/12/2017, tại Hà Tĩnh, Sở Công Thương tỉnh Hà Tĩnh tổ chức hội nghị triển khai công tác kiểm tra
thị trường dịp Tết. Ông Trần Quốc Bảo, Phó Giám đốc Sở chủ trì hội nghị.</p>
<p>Kết luận hội nghị, Phó Giám đốc Sở Trần Quốc Bảo yêu cầu các đơn vị tập trung thực hiện:</p>
<ul>
<li>Chi cục Quản lý thị trường chủ trì thành lập 03 đoàn kiểm tra liên ngành, phối hợp với Công an tỉnh kiểm tra
các cơ sở kinh doanh xăng dầu, cân tại các chợ đầu mối trước ngày 10/02/2018.</li>
<li>Phòng Kỹ thuật an toàn - Môi trường hướng dẫn các cửa hàng bán lẻ xăng dầu kiểm tra an toàn phòng cháy.</li>
</ul>
<div class="other-news"><div class="title">Tin khác</div><ul>
<li><a href="/tin/1">Sở Công Thương tổ chức hội nghị tổng kết công tác năm 2017</a> (08/12/2017)</li>
<li><a href="/tin/2">UBND tỉnh họp bàn phương án bình ổn giá dịp Tết</a> (05/12/2017)</li>
</ul></div>
</article></div></body></html>"""


def test_html_list_items_keep_a_dash_and_links_lists_do_not() -> None:
    text = read_notice_bytes(NEWS_PAGE.encode(), "tin.html").text
    lines = text.split("\n")
    assert any(line.startswith("- Chi cục Quản lý thị trường chủ trì") for line in lines)
    assert any(line.startswith("- Phòng Kỹ thuật an toàn") for line in lines)
    # the page's own list of other stories is not made into points of the notice
    assert "Sở Công Thương tổ chức hội nghị tổng kết công tác năm 2017 (08/12/2017)" in lines


def test_html_list_item_without_deontic_word_is_a_directive() -> None:
    """The first item opens with a body and "chủ trì": a point of the conclusions once it is an item."""
    notice = parse_notice(read_notice_bytes(NEWS_PAGE.encode(), "tin.html").text, "tin.html")
    assert any(a and a[0].startswith("Chi cục Quản lý thị trường") for a in _assignees(notice))
    assert not any(a and "bình ổn giá" in " ".join(a) for a in _assignees(notice))


def test_html_ordered_lists_are_numbered_and_own_markers_kept() -> None:
    text = _html(
        "<p>Kết luận:</p><ol><li>Phòng Nội vụ rà soát biên chế.<ol><li>Trường Mầm non Hoa Sen báo cáo.</li>"
        "<li>Trường Tiểu học Kim Đồng báo cáo.</li></ol></li><li>Văn phòng tổng hợp.</li></ol>"
        '<ol start="3"><li>Phòng Tài chính - Kế hoạch bố trí kinh phí.</li></ol>'
        '<ol type="I"><li>Đánh giá chung</li><li>Nhiệm vụ</li></ol>'
        "<ul><li>a) Phòng Y tế kiểm tra.</li><li>- Trạm Y tế xã báo cáo.</li></ul>"
    )
    lines = [line for line in text.split("\n") if line]
    assert lines[1] == "1. Phòng Nội vụ rà soát biên chế."
    assert lines[2:4] == ["a) Trường Mầm non Hoa Sen báo cáo.", "b) Trường Tiểu học Kim Đồng báo cáo."]
    assert lines[4] == "2. Văn phòng tổng hợp."
    assert lines[5] == "3. Phòng Tài chính - Kế hoạch bố trí kinh phí."
    assert lines[6:8] == ["I. Đánh giá chung", "II. Nhiệm vụ"]
    assert lines[8:10] == ["a) Phòng Y tế kiểm tra.", "- Trạm Y tế xã báo cáo."]


# --------------------------------------------------------------------------- merged cells

MERGED_TABLE = """<p>Giám đốc Sở kết luận, giao nhiệm vụ theo bảng sau:</p>
<table border="1">
<tr><th>TT</th><th>Nội dung</th><th>Đơn vị chủ trì</th><th>Đơn vị phối hợp</th><th>Thời hạn</th></tr>
<tr><td>1</td><td>Kiểm định cân đối chứng tại các chợ</td><td rowspan="2">Chi cục Tiêu chuẩn Đo lường Chất lượng</td>
<td>UBND thành phố Long Xuyên</td><td>Quý II/2022</td></tr>
<tr><td>2</td><td>Kiểm tra cột đo xăng dầu</td><td>Cục Quản lý thị trường tỉnh</td><td>30/6/2022</td></tr>
<tr><td colspan="5">Nhiệm vụ thường xuyên</td></tr>
<tr><td>3</td><td>Báo cáo kết quả</td><td colspan="2">Văn phòng Sở</td><td>15/12/2022</td></tr>
</table>"""


def test_html_cell_merged_down_is_repeated_in_each_row_it_covers() -> None:
    rows = [line.split(CELL_SEPARATOR) for line in _html(MERGED_TABLE).split("\n") if CELL_SEPARATOR in line]
    assert rows[1][2] == rows[2][2] == "Chi cục Tiêu chuẩn Đo lường Chất lượng"
    assert rows[2][3:] == ["Cục Quản lý thị trường tỉnh", "30/6/2022"]
    # merged across: the next cell stays under its heading; a heading row across the table stays one cell
    assert rows[3][2:] == ["Văn phòng Sở", "", "15/12/2022"]
    assert "Nhiệm vụ thường xuyên" in _html(MERGED_TABLE).split("\n")


def _merged_docx(path: Path) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Giám đốc Sở kết luận, giao nhiệm vụ theo bảng sau:")
    rows = [
        ("TT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"),
        ("1", "Kiểm định cân đối chứng tại các chợ", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "Quý II/2022"),
        ("2", "Kiểm tra cột đo xăng dầu", "", "30/6/2022"),
        ("3", "Báo cáo kết quả", "Văn phòng Sở", ""),
    ]
    table = document.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    table.cell(1, 2).merge(table.cell(2, 2))  # one body for two tasks
    table.cell(3, 2).merge(table.cell(3, 3))
    document.save(path)
    return path


def test_docx_cell_merged_down_is_repeated(tmp_path: Path) -> None:
    text = read_notice(_merged_docx(tmp_path / "kl.docx")).text
    rows = [line.split(CELL_SEPARATOR) for line in text.split("\n") if CELL_SEPARATOR in line]
    assert rows[2] == ["2", "Kiểm tra cột đo xăng dầu", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "30/6/2022"]
    assert rows[3][:3] == ["3", "Báo cáo kết quả", "Văn phòng Sở"]


# --------------------------------------------------------------------------- Word's blanks around a date

WORD_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8"></head><body lang=VI>
<div class=WordSection1>
<table class=MsoNormalTable border=0><tr>
<td><p class=MsoNormal align=center><span style='font-size:13.0pt'>UBND TỈNH PHÚ THỌ<o:p></o:p></span></p>
<p class=MsoNormal align=center><b><span style='font-size:13.0pt'>SỞ TƯ PHÁP<o:p></o:p></span></b></p>
<p class=MsoNormal align=center><span>Số:&nbsp; 27 /TB-STP<o:p></o:p></span></p></td>
<td><p class=MsoNormal align=center><b><span>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<o:p></o:p></span></b></p>
<p class=MsoNormal align=center><b><span>Độc lập - Tự do - Hạnh phúc<o:p></o:p></span></b></p>
<p class=MsoNormal align=center><i><span>Phú Thọ, ngày&nbsp; 07&nbsp; tháng&nbsp; 5 năm 2019<o:p></o:p></span></i></p>
</td></tr></table>
<p class=MsoNormal align=center><b><span>THÔNG BÁO<o:p></o:p></span></b></p>
<p class=MsoNormal align=center><b><span>Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 4/2019<o:p></o:p></span></b></p>
<p class=MsoBodyText>Ngày 03/5/2019, ông Hà Văn Tuấn, Giám đốc Sở chủ trì cuộc họp giao ban tháng 4/2019.<o:p></o:p></p>
<p class=MsoBodyText>Giám đốc Sở kết luận: Phòng Bổ trợ tư pháp rà soát hồ sơ công chứng, báo cáo trước ngày
20/5/2019.<o:p></o:p></p>
</div></body></html>"""


def test_word_web_page_date_with_blanks_gives_issue_date_and_issuer() -> None:
    text = read_notice_bytes(WORD_PAGE.encode(), "tb.htm").text
    assert "Phú Thọ, ngày 07 tháng 5 năm 2019" in text
    notice = parse_notice(text, "tb.htm")
    assert notice.issued_on == "2019-05-07"
    assert notice.agencies[notice.issuer].name.lower() == "sở tư pháp tỉnh phú thọ"


@pytest.mark.parametrize(
    ("line", "closed"),
    [
        ("Thái Bình, ngày  25  tháng  3 năm 2014", "Thái Bình, ngày 25 tháng 3 năm 2014"),
        (
            "Số: 15/TB-UBND\tLạng Sơn, ngày 9\t tháng 7 năm 2010",
            "Số: 15/TB-UBND\tLạng Sơn, ngày 9 tháng 7 năm 2010",
        ),
        # columns, a date without blanks and a date left blank are not touched
        ("Số: 15/TB-UBND      Lạng Sơn, ngày 9 tháng 7 năm 2010", None),
        ("Lạng Sơn, ngày      tháng 7 năm 2010", None),
    ],
)
def test_close_date_blanks(line: str, closed: str | None) -> None:
    from ketluan.ingest.layout_repair import close_date_blanks

    assert close_date_blanks(line) == ((closed, 1) if closed else (line, 0))


# --------------------------------------------------------------------------- pictographs as bullets

FACEBOOK_POST = """UBND xã Tân Phú - huyện Đồng Phú
15 tháng 3, 2021 lúc 16:05 · 🌏

🔴 HỘI NGHỊ GIAO BAN THÁNG 3/2021 🔴

📅 Chiều 15/3/2021, UBND xã Tân Phú tổ chức hội nghị giao ban tháng 3. Đ/c Điểu Thị Hạnh - Chủ tịch UBND xã chủ trì hội nghị.

🗣️ Phát biểu kết luận, đ/c Chủ tịch UBND xã chỉ đạo:
👉 Ban Quản lý chợ Tân Phú kiểm tra cân của các hộ kinh doanh, đưa cân đối chứng đi kiểm định trước ngày 30/4/2021.
👉🏻 Trạm Y tế xã tiếp tục tiêm chủng mở rộng cho trẻ em trong tháng 4 💉
➡️ Công chức Tư pháp - Hộ tịch số hóa sổ hộ tịch, hoàn thành trong quý II/2021.

👍❤️ 21 · 3 bình luận
"""


def test_facebook_post_pointing_hands_are_points_of_the_conclusions() -> None:
    text = read_notice_bytes(FACEBOOK_POST.encode(), "fb.txt").text
    assert "\n- Ban Quản lý chợ Tân Phú kiểm tra cân" in text
    assert "\n- Trạm Y tế xã tiếp tục" in text
    assert "\n🔴 HỘI NGHỊ" in text and "\n📅 Chiều 15/3/2021" in text  # decorations stay as written
    notice = parse_notice(text, "fb.txt")
    market = [d for d in notice.directives if _names(notice, d.assignees)[:1] == ["Ban Quản lý chợ Tân Phú"]]
    assert market and market[0].due is not None and market[0].due.value == "2021-04-30"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("✅ Hoàn thành số hóa hồ sơ", "- Hoàn thành số hóa hồ sơ"),
        ("  📌Phòng Văn hóa kiểm tra", "  - Phòng Văn hóa kiểm tra"),
        ("1️⃣ Phòng Nội vụ\n2⃣ Phòng Tư pháp\n🔟 Văn phòng", "1. Phòng Nội vụ\n2. Phòng Tư pháp\n10. Văn phòng"),
        ("100% hồ sơ đúng hạn ✅; 👉 xem thêm", None),  # not at the start of a line
        ("👉", None),  # nothing after it
        ("📅 Sáng nay (28/10)", None),  # a decoration, not a bullet
    ],
)
def test_pictograph_bullets(text: str, expected: str | None) -> None:
    from ketluan.ingest.layout_repair import pictograph_bullets

    out, n = pictograph_bullets(text)
    assert out == (expected if expected is not None else text)
    assert (n > 0) == (expected is not None)


# --------------------------------------------------------------------------- OCR slips

OCR_NOTICE = """ỦY BAN NHÂN DÂN                      CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
  PHUONG ĐÔNG THỌ                          Độc lập - Tự do - Hạnh phúc
Số: 18 /TB-UBND                         Đông Thọ, ngày 12 tháng 4 năm 2013

                                THÔNG BÁO
     Kết luận của Chủ tịch UBND phường tại cuộc họp giao ban Quý l năm 2013

     Ngày 10/4/2013, tại Hội trường UBND phường Đông Thọ, ông Lê Đình Khải - Chủ tịch
UBND phường chủ trì cuộc họp giao ban. Dự họp có: bà Hoàng Thị Thu - Phó Chủ tịch
UBND phường; đại diện Trạm Y tế phường và các tổ dân phố.

     ll. NHIỆM VỤ TRỌNG TÂM QUÝ ll/2013
     1. Trạm Y tế phường phối hợp kiểm tra vệ sinh an toàn thực phẩm tại các bếp ăn tập
thể, báo cáo kết quả về UBND phường truớc ngày 30/4/2013.
     2. Ban Quản lý chợ Đông Thọ kiểm tra cân của các hộ kinh doanh, đưa cân đối chứng đi
kiểm định, hoàn thành trưóc ngày 15/5/2013.

Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN
- Như trên;                                             CHỦ TỊCH
- Lưu: VP.
                                                      Lê Đình Khải
"""


def test_ocr_slips_repaired_give_issuer_and_deadlines() -> None:
    text = read_notice_bytes(OCR_NOTICE.encode(), "tb_ocr.txt").text
    assert "PHƯỜNG ĐÔNG THỌ" in text and "Quý I năm 2013" in text and "QUÝ II/2013" in text
    assert "\nII. NHIỆM VỤ" in text.replace("     ", "")
    notice = parse_notice(text, "tb_ocr.txt")
    assert "phường Đông Thọ" in notice.agencies[notice.issuer].name
    due = {
        _names(notice, d.assignees)[0].split(" phường")[0]: d.due.value for d in notice.directives if d.due
    }
    assert due.get("Trạm Y tế") == "2013-04-30"
    assert any(v == "2013-05-15" for v in due.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nguời dân, được, truờng hợp, TRUỚC, huớng dẫn", "người dân, được, trường hợp, TRƯỚC, hướng dẫn"),
        ("nưóc sạch, trưòng học", "nước sạch, trường học"),
        ("Phần l, Khóa ll, giai đoạn lll", "Phần I, Khóa II, giai đoạn III"),
        (
            "UBND THI TRAN PHONG ĐIỀN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "UBND THỊ TRẤN PHONG ĐIỀN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        ),
        # words, and what is not a slip, stay as written
        ("thuở ấy, huơ tay, quờ quạng, quơ lấy", None),
        ("cấp 200 l xăng; quý lại; tuổi thơ", None),
        ("XA LỘ HÀ NỘI THÔNG XE", None),  # a headline: "XA" not under a council
        ("UY BAN NHAN DAN\nXA HAM MY", None),  # a text without marks: not repaired word by word
    ],
)
def test_repair_ocr_slips(text: str, expected: str | None) -> None:
    from ketluan.ingest.layout_repair import repair_ocr_slips

    out, n = repair_ocr_slips(text)
    assert out == (expected if expected is not None else text)
    assert len(out) == len(text)
    assert (n > 0) == (expected is not None)


# --------------------------------------------------------------------------- "Nơi nhận" wrapped in a PDF's text

WRAPPED_RECIPIENTS = """UBND TỈNH BÌNH PHƯỚC
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 96/TB-SKHCN
Bình Phước, ngày 11 tháng 9 năm 2024
THÔNG BÁO
Kết luận của Hội đồng tư vấn tuyển chọn nhiệm vụ khoa học và công nghệ cấp tỉnh
Ngày 06/9/2024, tại Sở Khoa học và Công nghệ, ông Vũ Đình Trọng, Phó Giám đốc Sở, Chủ tịch Hội đồng
chủ trì phiên họp. Hội đồng kết luận như sau:
- Phòng Quản lý khoa học trình Giám đốc Sở phê duyệt tổ chức chủ trì trong tháng 10/2024.
Sở Khoa học và Công nghệ thông báo để các tổ chức, cá nhân có liên quan biết, thực hiện./.
Nơi nhận: - Giám đốc Sở (b/c); - Thành viên Hội đồng; - Các tổ chức đăng ký;
- Phòng KH-TC; - Lưu: VT, QLKH. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Vũ Đình Trọng
"""


def test_recipients_wrapped_onto_a_second_line_then_the_signature() -> None:
    from ketluan.ingest.layout_repair import break_flattened_lines

    text, n = break_flattened_lines(WRAPPED_RECIPIENTS)
    assert len(text) == len(WRAPPED_RECIPIENTS) and n == 6
    tail = text.split("Nơi nhận:")[1].split("\n")
    assert tail[1:7] == [
        "- Giám đốc Sở (b/c);",
        "- Thành viên Hội đồng;",
        "- Các tổ chức đăng ký;",
        "- Phòng KH-TC;",
        "- Lưu: VT, QLKH.",
        "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC",
    ]
    notice = parse_notice(read_notice_bytes(WRAPPED_RECIPIENTS.encode(), "tb_pdf.txt").text, "tb_pdf.txt")
    assert notice.signer is not None and notice.persons[notice.signer].name == "Vũ Đình Trọng"


def test_recipient_lines_of_their_own_are_left_alone() -> None:
    from ketluan.ingest.layout_repair import break_flattened_lines

    text = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nVũ Đình Trọng"
    assert break_flattened_lines(text) == (text, 0)
    # a dash line after a recipients line that is not flattened is no continuation
    text = "Nơi nhận: Như trên.\n- Phòng A thực hiện; - Phòng B phối hợp."
    assert break_flattened_lines(text) == (text, 0)


# --------------------------------------------------------------------------- attendees lined up with tabs

TAB_ATTENDEES = [
    "1.\tÔng Phạm Quang Huy\tPhó Chủ tịch UBND huyện\tChủ tịch Hội đồng, chủ trì",
    "2.\tBà Lục Thị Hằng\tTrưởng phòng Kinh tế và Hạ tầng\tPhó Chủ tịch Hội đồng",
    "3.\tÔng Hà Văn Nghĩa\tTrưởng phòng Nông nghiệp và Phát triển nông thôn\tỦy viên",
    "4.\tBà Nông Thị Mai\tChuyên viên Phòng Kinh tế và Hạ tầng\tThư ký Hội đồng",
]


def _tab_attendees_docx(path: Path) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in (
        "UBND HUYỆN CHỢ ĐỒN",
        "HỘI ĐỒNG KHOA HỌC VÀ CÔNG NGHỆ",
        "Số: 05/TB-HĐKHCN",
        "Chợ Đồn, ngày 20 tháng 12 năm 2022",
        "THÔNG BÁO",
        "Kết luận phiên họp Hội đồng Khoa học và Công nghệ huyện năm 2022",
        "Ngày 16/12/2022, Hội đồng Khoa học và Công nghệ huyện Chợ Đồn họp phiên cuối năm.",
        "Thành phần gồm:",
        *TAB_ATTENDEES,
        "Chủ tịch Hội đồng kết luận:",
        "1. Phòng Kinh tế và Hạ tầng tổng hợp đề xuất nhiệm vụ năm 2023, trình Hội đồng trước ngày 15/01/2023.",
    ):
        document.add_paragraph(line)
    document.save(path)
    return path


def test_docx_attendees_lined_up_with_tabs_are_read(tmp_path: Path) -> None:
    text = read_notice(_tab_attendees_docx(tmp_path / "kl.docx")).text
    assert "\n1. Ông Phạm Quang Huy, Phó Chủ tịch UBND huyện, Chủ tịch Hội đồng, chủ trì\n" in text
    notice = parse_notice(text, "kl.docx")
    names = {p.name for p in notice.persons.values()}
    assert {"Phạm Quang Huy", "Lục Thị Hằng", "Hà Văn Nghĩa", "Nông Thị Mai"} <= names
    assert [notice.persons[k].name for k in notice.meeting.chairs] == ["Phạm Quang Huy"]


def test_tab_rows_under_a_header_row_stay_a_table() -> None:
    from ketluan.ingest.layout_repair import tab_aligned_attendees

    table = "\n".join(["TT\tHọ và tên\tChức vụ\tNhiệm vụ trong Hội đồng", *TAB_ATTENDEES])
    assert tab_aligned_attendees(table) == (table, 0)
    one = "Dự họp:\n" + TAB_ATTENDEES[0]
    assert tab_aligned_attendees(one) == (one, 0)  # one line is not a list
