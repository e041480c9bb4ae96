"""Round O's layouts: a notice copied into an HTML <pre> block (hard line breaks, the "Nơi nhận" column beside
the signature), a chair who concludes by asking the bodies to act ("kết luận, đề nghị … như sau:"), a minutes'
signature table in a .docx, header names stacked over several lines, deadlines written as a range or as the
meeting of a named month."""

from __future__ import annotations

import pytest

from ketluan.graph.pipeline import parse_notice, read_notice

PRE_NOTICE = """\
  TỈNH ỦY {prov_up}                      ĐẢNG CỘNG SẢN VIỆT NAM
   BAN TUYÊN GIÁO
        *                         {prov}, ngày 14 tháng 10 năm 2022
   Số 15-TB/BTGTU

                           THÔNG BÁO
      kết luận của đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy tại hội nghị
          giao ban quý III năm 2022
                            -----

    Chiều ngày 12/10/2022, tại Hội trường Ban Tuyên giáo Tỉnh ủy, Ban Tuyên
giáo Tỉnh ủy tổ chức hội nghị giao ban quý III năm 2022. Đồng chí Lê Văn Hùng,
Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị.

    Sau khi nghe báo cáo kết quả công tác quý III, phương hướng nhiệm vụ quý IV
năm 2022 và ý kiến phát biểu của các đại biểu, đồng chí Trưởng Ban Tuyên giáo
Tỉnh ủy {verb} các cơ quan tập trung thực hiện một số nội dung sau:

    1. Sở Thông tin và Truyền thông chủ trì, phối hợp với các cơ quan báo chí
tỉnh tuyên truyền kết quả thực hiện Nghị quyết Đại hội Đảng bộ tỉnh; báo cáo
Ban Tuyên giáo Tỉnh ủy trước ngày 15/12/2022.

    2. Tỉnh đoàn tổ chức đợt sinh hoạt chính trị về chủ quyền biển, đảo cho
đoàn viên, thanh niên trên địa bàn tỉnh.

                                           K/T TRƯỞNG BAN
  Nơi nhận:                                PHÓ TRƯỞNG BAN
  - Thường trực Tỉnh ủy (b/c),
  - Các cơ quan khối tuyên giáo,                (đã ký)
  - Lưu Ban Tuyên giáo.
                                           {signer}
"""


def _pre_page(body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Thông báo kết luận</title></head>'
        '<body><div class="header"><a href="/">Trang chủ</a> | <a href="/van-ban">Văn bản</a></div>'
        "<h3>Thông báo kết luận giao ban quý III năm 2022</h3>"
        f'<pre>\n{body}</pre><div class="footer">Bản quyền thuộc Ban Tuyên giáo Tỉnh ủy</div></body></html>'
    )


@pytest.mark.parametrize(
    ("prov", "signer", "verb"),
    [
        ("Tây Ninh", "Trần Văn Lộc", "kết luận, đề nghị"),
        ("Long An", "Phạm Thị Hòa", "kết luận và yêu cầu"),
    ],
)
def test_notice_in_a_pre_block_reads_as_its_text_copy(tmp_path, prov, signer, verb):
    body = PRE_NOTICE.format(prov=prov, prov_up=prov.upper(), signer=signer, verb=verb)
    page = tmp_path / "tb.html"
    page.write_text(_pre_page(body), encoding="utf-8")
    copy = tmp_path / "tb.txt"
    copy.write_text(body, encoding="utf-8")
    n = parse_notice(read_notice(page).text, "tb.html")
    t = parse_notice(read_notice(copy).text, "tb.txt")
    assert n.signer == t.signer == signer.lower()
    for m in (n, t):
        assignees = [a for d in m.directives for a in d.assignees]
        assert any("thông tin và truyền thông" in a for a in assignees)
        assert any("tỉnh đoàn" in a for a in assignees)
        assert any(d.due is not None and d.due.value == "2022-12-15" for d in m.directives)


def test_pre_block_keeps_its_indents_and_columns(tmp_path):
    page = tmp_path / "tb.html"
    body = "  UBND TỈNH A\t\tCỘNG HÒA\n\n    1. Việc một\n"
    page.write_text(_pre_page(body), encoding="utf-8")
    text = read_notice(page).text
    assert "\n    1. Việc một" in text
    assert "\n  UBND TỈNH A" in text
    assert "\n\n\n" not in text


MINUTES_BODY = [
    "UBND HUYỆN BA TRI",
    "UBND XÃ AN HÒA",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "An Hòa, ngày 08 tháng 3 năm 2016",
    "BIÊN BẢN",
    "Họp Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn xã",
    "Hôm nay, vào lúc 8 giờ 00 ngày 08/3/2016, tại Hội trường UBND xã An Hòa, Ban Chỉ huy Phòng chống thiên tai "
    "và Tìm kiếm cứu nạn xã tổ chức họp triển khai ứng phó hạn hán.",
    "Chủ trì: ông {chair} - Chủ tịch UBND xã.",
    "Thư ký: bà {sec} - Công chức Văn phòng - Thống kê xã.",
    "Chủ tịch UBND xã kết luận, giao nhiệm vụ như sau:",
    "1. Công an xã tuần tra, bảo vệ các cống ngăn mặn.",
    "2. Hội Nông dân xã thống kê diện tích lúa bị thiệt hại, báo cáo UBND xã trước ngày 15/3/2016.",
    "Cuộc họp kết thúc vào lúc 10 giờ 30 cùng ngày.",
]


def _minutes_docx(path, rows: list[list[list[str]]], sec: str, chair: str):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in MINUTES_BODY:
        document.add_paragraph(line.format(sec=sec, chair=chair))
    table = document.add_table(rows=len(rows), cols=2)
    for r, row in enumerate(rows):
        for c, lines in enumerate(row):
            cell = table.cell(r, c)
            cell.paragraphs[0].text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    document.add_paragraph("Nơi nhận:")
    document.add_paragraph("- Lưu: VT.")
    document.save(str(path))
    return path


@pytest.mark.parametrize(
    ("sec", "chair", "rows", "chair_title"),
    [
        # roles' row (the chair's post under its role), then the signatures' row; secretary left
        (
            "Trần Thị Thu",
            "Lê Văn Phúc",
            [[["THƯ KÝ"], ["CHỦ TRÌ", "CHỦ TỊCH UBND XÃ"]], [["(đã ký)", "{sec}"], ["(đã ký)", "{chair}"]]],
            True,
        ),
        # the chair left, his post in the signatures' row
        (
            "Nguyễn Thị Hạnh",
            "Võ Minh Đức",
            [[["CHỦ TRÌ"], ["THƯ KÝ"]], [["CHỦ TỊCH UBND XÃ", "(đã ký)", "{chair}"], ["(đã ký)", "{sec}"]]],
            True,
        ),
        # no post: the roles, the marks and the names each a row
        (
            "Phạm Thị Lan",
            "Huỳnh Văn Tài",
            [[["THƯ KÝ"], ["CHỦ TỌA"]], [["(Đã ký)"], ["(Đã ký)"]], [["{sec}"], ["{chair}"]]],
            False,
        ),
    ],
)
def test_minutes_signature_table_in_docx_is_signed_by_the_chair(tmp_path, sec, chair, rows, chair_title):
    filled = [[[x.format(sec=sec, chair=chair) for x in cell] for cell in row] for row in rows]
    path = _minutes_docx(tmp_path / "bb.docx", filled, sec, chair)
    n = parse_notice(read_notice(path).text, "bb.docx")
    assert n.signer == chair.lower()
    if chair_title:
        assert not any(p.person == sec.lower() and p.role == "Chủ tịch" for p in n.posts)


def test_minutes_signature_table_in_html_is_signed_by_the_chair(tmp_path):
    body = "".join(f"<p>{x.format(sec='Trần Thị Thu', chair='Lê Văn Phúc')}</p>" for x in MINUTES_BODY)
    table = (
        "<table><tr><td><p>THƯ KÝ</p></td><td><p>CHỦ TRÌ</p><p>CHỦ TỊCH UBND XÃ</p></td></tr>"
        "<tr><td><p>(đã ký)</p><p>Trần Thị Thu</p></td><td><p>(đã ký)</p><p>Lê Văn Phúc</p></td></tr></table>"
    )
    page = tmp_path / "bb.html"
    page.write_text(f"<html><body><article>{body}{table}<p>Nơi nhận:</p></article></body></html>", "utf-8")
    n = parse_notice(read_notice(page).text, "bb.html")
    assert n.signer == "lê văn phúc"


HEADER_NOTICE = """{header}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 21/TB-MT
Lạng Giang, ngày 02 tháng 7 năm 2009

THÔNG BÁO
Kết luận hội nghị giao ban quý II năm 2009

Ngày 30 tháng 6 năm 2009, cơ quan tổ chức hội nghị giao ban quý II. Đồng chí Ngô Văn Bình chủ trì hội nghị.

Đồng chí Chủ tịch kết luận như sau:

1. Hội Nông dân huyện vận động hội viên tham gia bảo hiểm y tế.

2. Huyện đoàn tổ chức chiến dịch thanh niên tình nguyện hè.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Ngô Văn Bình
"""


@pytest.mark.parametrize(
    ("header", "issuer"),
    [
        (
            "UỶ BAN MTTQ VIỆT NAM\nHUYỆN LẠNG GIANG\nBAN THƯỜNG TRỰC",
            ("mttq", "mặt trận"),
        ),
        ("LIÊN ĐOÀN LAO ĐỘNG\nTỈNH HÀ NAM", ("liên đoàn lao động",)),
        ("HỘI NÔNG DÂN VIỆT NAM\nTỈNH BẮC GIANG", ("hội nông dân",)),
    ],
)
def test_header_place_line_ends_the_name_above(header, issuer):
    n = parse_notice(HEADER_NOTICE.format(header=header), "tb.txt")
    place = header.split("\n")[1].split(" ", 1)[1].lower()
    assert n.issuer is not None
    assert any(w in n.issuer for w in issuer) and place in n.issuer


def test_header_party_committee_line_is_no_place():
    n = parse_notice(HEADER_NOTICE.format(header="ĐẢNG BỘ TỈNH BẮC GIANG\nHUYỆN ỦY LẠNG GIANG"), "tb.txt")
    assert n.issuer is not None and "huyện ủy" in n.issuer


@pytest.mark.parametrize(
    ("text", "year", "due"),
    [
        ("hoàn thành trong Tháng 12/2020 - tháng 02/2021", 2020, "2021-02"),
        ("Ra quân cao điểm chống hàng giả. Thời hạn: từ tháng 12/2020 – tháng 01/2021.", 2020, "2021-01"),
        ("hoàn thành trong Từ 15/12/2019 - 15/01/2020", 2019, "2020-01-15"),
        ("Tổ chức kiểm tra, hoàn thành 01/11/2022 — 30/11/2022.", 2022, "2022-11-30"),
    ],
)
def test_a_range_is_due_at_its_end(text, year, due):
    from ketluan.ingest.dates import find_deadline

    d = find_deadline(text, year)
    assert d is not None and d.value == due


def test_a_dash_after_a_deadline_opens_no_range():
    from ketluan.ingest.dates import find_deadline

    d = find_deadline("báo cáo UBND xã trước ngày 15/3/2016 - Hội Nông dân xã phối hợp", 2016)
    assert d is not None and d.value == "2016-03-15"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Văn phòng tổng hợp kết quả, báo cáo Chủ tịch UBND xã tại cuộc họp giao ban tháng 02/2026.",
            "2026-02",
        ),
        ("Phòng Tài chính - Kế hoạch trình UBND huyện tại phiên họp thường kỳ tháng 3/2026.", "2026-03"),
        ("Các đơn vị báo cáo kết quả tại hội nghị giao ban tháng 4 năm 2026.", "2026-04"),
        ("Sở Y tế đã báo cáo tại cuộc họp giao ban tháng 02/2026 về tình hình dịch.", None),
        ("Tổ chức tuyên truyền tại hội nghị giao ban tháng 02/2026.", None),
    ],
)
def test_a_report_due_at_the_meeting_of_a_month(text, due):
    from ketluan.ingest.dates import find_deadline

    d = find_deadline(text, 2026)
    assert (d.value if d is not None else None) == due


def test_task_table_range_cell_gives_the_end(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in (
        "UBND TỈNH ĐỒNG NAI",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/TB-UBND",
        "Đồng Nai, ngày 24 tháng 11 năm 2020",
        "THÔNG BÁO",
        "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp Ban Chỉ đạo 389 tỉnh",
        "Ngày 20/11/2020, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp Ban Chỉ đạo 389 tỉnh.",
        "Phó Chủ tịch UBND tỉnh kết luận, giao nhiệm vụ như sau:",
    ):
        document.add_paragraph(line)
    rows = [
        ("STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"),
        (
            "1",
            "Kiểm tra hàng giả, hàng nhập lậu",
            "Cục Quản lý thị trường tỉnh",
            "Công an tỉnh",
            "Tháng 12/2020 - tháng 02/2021",
        ),
        ("2", "Kiểm tra an toàn thực phẩm", "Sở Y tế", "Sở Công Thương", "Tháng 01/2021"),
    ]
    table = document.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "tb.docx"
    document.save(str(path))
    n = parse_notice(read_notice(path).text, "tb.docx")
    dues = {a: d.due.value for d in n.directives for a in d.assignees if d.due is not None}
    assert any("quản lý thị trường" in a and v == "2021-02" for a, v in dues.items())
    assert any("y tế" in a and v == "2021-01" for a, v in dues.items())
