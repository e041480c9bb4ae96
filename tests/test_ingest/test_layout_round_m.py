"""Round M's layouts: UTF-8 text with footnote marks taken for a legacy font, …"""

from __future__ import annotations

import pytest

from ketluan.ingest.readers import repair_legacy_text

UTF8_WITH_SYMBOLS = [
    "Sở Nông nghiệp và Phát triển nông thôn¹ chủ trì, phối hợp với Sở Khoa học và Công nghệ² và Sở Công Thương³",
    "Bảo quản ở nhiệt độ 2-8 °C ± 0,5; trộn ½ liều, diện tích 3 × 4 m, hạt 5 µm; Công ty chủ trì thực hiện.",
    "Công ty Müller (CHLB Đức) chủ trì, phối hợp với Văn phòng Köln và Sở Công Thương tổ chức hội chợ.",
    "Nghị định số 15/2018/NĐ-CP¹, Thông tư 1º; Cục Quản lý thị trường chủ trì kiểm tra hàng giả¹.",
]


@pytest.mark.parametrize("text", UTF8_WITH_SYMBOLS)
def test_utf8_vietnamese_with_latin1_symbols_is_not_converted(text):
    assert repair_legacy_text(text) == (text, ())


def test_utf8_notice_with_footnote_marks_reads_as_written(tmp_path):
    from ketluan.graph.pipeline import read_notice

    body = (
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\n\nTHÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh\n\n"
        "1. Sở Công Thương¹ chủ trì, phối hợp với Công an tỉnh² kiểm tra hàng giả³.\n"
        "2. Sở Nông nghiệp và Phát triển nông thôn¹ tăng cường công tác quản lý.\n"
    )
    p = tmp_path / "tb.txt"
    p.write_bytes(body.encode("utf-8"))
    src = read_notice(p)
    assert "Sở Công Thương" in src.text and "Phát triển nông thôn" in src.text
    assert not any("TCVN3" in n or "VNI" in n for n in src.notes)


@pytest.mark.parametrize(
    ("legacy", "unicode", "note"),
    [
        (
            "Th«ng b¸o kÕt luËn cña Gi¸m ®èc Së vÒ ®Ò ¸n",
            "Thông báo kết luận của Giám đốc Sở về đề án",
            "TCVN3",
        ),
        ("Thoâng baùo keát luaän cuûa Giaùm ñoác Sôû", "Thông báo kết luận của Giám đốc Sở", "VNI"),
        # a Unicode header over a body typed in a .VnTime font is still converted
        (
            "ĐẢNG ỦY KHỐI\nSë N«ng nghiÖp vµ Ph¸t triÓn n«ng th«n chñ tr×, phèi hîp víi c¸c ®¬n vÞ liªn quan",
            "Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các đơn vị liên quan",
            "TCVN3",
        ),
    ],
)
def test_legacy_font_text_still_converted(legacy, unicode, note):
    text, notes = repair_legacy_text(legacy)
    assert text.endswith(unicode)
    assert any(note in n for n in notes)


# --------------------------------------------------------------------------- a page set in two columns

LEFT = [
    "Ngày 12/3/2024, tại trụ sở Sở Công Thương, ông",
    "Nguyễn Văn Hùng, Giám đốc Sở đã chủ trì cuộc họp",
    "về công tác quản lý thị trường. Tham dự có bà Trần",
    "Thị Mai, Phó Giám đốc Sở; ông Lê Văn Bình, Chi cục",
    "trưởng Chi cục Quản lý thị trường; đại diện các",
    "phòng chuyên môn thuộc Sở. Giám đốc Sở kết luận:",
    "1. Chi cục Quản lý thị trường chủ trì, phối hợp với",
    "Công an tỉnh kiểm tra hàng giả, hoàn thành trước",
]
RIGHT = [
    "ngày 30/4/2024.",
    "2. Phòng Quản lý thương mại tổng hợp, báo cáo kết",
    "quả thực hiện gửi Sở trước ngày 15/5/2024.",
    "3. Văn phòng Sở theo dõi, đôn đốc thực hiện các",
    "nhiệm vụ nêu trên, báo cáo Giám đốc Sở hằng tháng.",
    "Sở Công Thương thông báo để các đơn vị biết, thực",
    "hiện./.",
    "",
]


def _laid_two_columns(left, right, at=62):
    head = [
        "     SỞ CÔNG THƯƠNG TỈNH NAM ĐỊNH                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "          Số: 45/TB-SCT                         Nam Định, ngày 15 tháng 3 năm 2024",
        "",
        "                                 THÔNG BÁO",
        "Kết luận của Giám đốc Sở tại cuộc họp về công tác quản lý thị trường quý I năm 2024",
        "",
    ]
    body = [(a.ljust(at) + b).rstrip() for a, b in zip(left, right, strict=True)]
    return "\n".join(head + body)


def test_two_column_page_reads_left_column_then_right():
    from ketluan.ingest.readers import _pdf_two_columns, pdf_layout_text

    text = pdf_layout_text(_pdf_two_columns(_laid_two_columns(LEFT, RIGHT)))
    lines = text.split("\n")
    # the header's two blocks side by side stay side by side, the title over the full width stays first
    assert lines[0].startswith("SỞ CÔNG THƯƠNG TỈNH NAM ĐỊNH") and "CỘNG HÒA" in lines[0]
    body = lines[4:]
    assert body == LEFT + [r for r in RIGHT if r]
    # the same page with the columns moved keeps working (no position is fixed)
    assert pdf_layout_text(_pdf_two_columns(_laid_two_columns(LEFT, RIGHT, at=58))).split("\n")[4:] == body


def test_two_column_page_names_across_a_line_break_are_whole():
    from ketluan.graph.pipeline import parse_notice
    from ketluan.ingest.readers import _pdf_two_columns, pdf_layout_text

    text = pdf_layout_text(_pdf_two_columns(_laid_two_columns(LEFT, RIGHT)))
    n = parse_notice(text, "tb.pdf")
    assert "trần thị mai" in n.persons and "lê văn bình" in n.persons


def test_side_by_side_blocks_are_not_two_columns():
    from ketluan.ingest.readers import _pdf_two_columns

    laid = "\n".join(
        [
            "Nơi nhận:                                                 KT. GIÁM ĐỐC",
            "- Như trên;                                               PHÓ GIÁM ĐỐC",
            "- UBND tỉnh (để b/c);",
            "- Lưu: VT, VP.                                            (Đã ký)",
            "",
            "                                                          Trần Văn An",
        ]
    )
    assert _pdf_two_columns(laid) == laid
    table = "\n".join(
        f"{i}   Chi cục Quản lý thị trường kiểm tra      Công an tỉnh phối hợp kiểm tra     Trước {i}/6/2024"
        for i in range(1, 9)
    )
    assert _pdf_two_columns(table) == table


def test_two_column_pdf_made_by_a_typesetter(tmp_path):
    reportlab = pytest.importorskip("reportlab")
    del reportlab
    from pathlib import Path

    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.exists():
        pytest.skip("no DejaVu font")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    from ketluan.graph.pipeline import read_notice

    pdfmetrics.registerFont(TTFont("DVt", str(font)))
    style = ParagraphStyle("n", fontName="DVt", fontSize=9, leading=12, alignment=4, spaceAfter=4)
    w, h = A4
    m = 18 * mm
    col = (w - 2 * m - 10 * mm) / 2
    p = tmp_path / "tb.pdf"
    doc = BaseDocTemplate(str(p), pagesize=A4)
    doc.addPageTemplates(
        [PageTemplate(frames=[Frame(m, m, col, h - 2 * m), Frame(m + col + 10 * mm, m, col, h - 2 * m)])]
    )
    paras = [
        "Ngày 12/3/2024, tại trụ sở Sở Công Thương, ông Nguyễn Văn Hùng, Giám đốc Sở đã chủ trì cuộc họp về "
        "công tác quản lý thị trường. Tham dự có bà Trần Thị Mai, Phó Giám đốc Sở; ông Lê Văn Bình, Chi cục "
        "trưởng Chi cục Quản lý thị trường; đại diện các phòng chuyên môn thuộc Sở.",
    ] * 14 + ["Văn phòng Sở theo dõi, đôn đốc các đơn vị thực hiện nhiệm vụ nêu trên. Hết trang."]
    doc.build([Paragraph(t, style) for t in paras])
    text = read_notice(p).text
    flat = " ".join(text.split())
    # every paragraph reads whole: no line of the right column cuts into the left one's sentences
    assert flat.count("Tham dự có bà Trần Thị Mai, Phó Giám đốc Sở; ông Lê Văn Bình, Chi cục trưởng") == 14
    assert flat.endswith("Hết trang.")


# --------------------------------------------------------------------------- tables typed in text, cells wrapped

NOTICE_HEAD = """SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
THÔNG BÁO
Kết luận của Phó Giám đốc Sở tại cuộc họp giao ban tháng 3

Ngày 05/3/2026, tại Sở, đồng chí Nguyễn Văn Tâm, Phó Giám đốc Sở chủ trì cuộc họp. Đồng chí Phó Giám đốc Sở kết
luận, giao nhiệm vụ cụ thể như sau:

"""
NOTICE_FOOT = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"

PIPE_NO_OUTER = """STT | Đơn vị chủ trì        | Nội dung                                    | Thời hạn
----+-----------------------+---------------------------------------------+-------------
1   | Chi cục Kiểm lâm      | Kiểm tra, xử lý các vụ vi phạm lâm luật     | Trước 30/4/2026
    | tỉnh                  | trên địa bàn các xã miền núi.               |
2   | Trung tâm Khuyến nông | Tổ chức tập huấn kỹ thuật cho nông dân về  | Quý II/2026
    |                       | phòng trừ sâu bệnh hại lúa.                 |
3   | UBND xã Yên Mô        | Báo cáo tình hình thiệt hại do hạn hán.     | Trước 15/4/2026
"""

PIPE_MD = """| STT | Đơn vị chủ trì | Nội dung | Thời hạn |
|---|---|---|---|
| 1 | Chi cục Kiểm lâm | Kiểm tra, xử lý các vụ vi phạm lâm luật | Trước 30/4/2026 |
|  | tỉnh | trên địa bàn các xã miền núi. |  |
| 2 | Trung tâm Khuyến nông | Tổ chức tập huấn kỹ thuật cho nông dân về | Quý II/2026 |
|  |  | phòng trừ sâu bệnh hại lúa. |  |
| 3 | UBND xã Yên Mô | Báo cáo tình hình thiệt hại do hạn hán. | Trước 15/4/2026 |
"""

GRID = """+-----+-----------------------+---------------------------------------------+-----------------+
| STT | Đơn vị chủ trì        | Nội dung                                    | Thời hạn        |
+=====+=======================+=============================================+=================+
| 1   | Chi cục Kiểm lâm      | Kiểm tra, xử lý các vụ vi phạm lâm luật     | Trước 30/4/2026 |
|     | tỉnh                  | trên địa bàn các xã miền núi.               |                 |
+-----+-----------------------+---------------------------------------------+-----------------+
| 2   | Trung tâm Khuyến nông | Tổ chức tập huấn kỹ thuật cho nông dân về   | Quý II/2026     |
|     |                       | Phòng trừ sâu bệnh hại lúa.                 |                 |
+-----+-----------------------+---------------------------------------------+-----------------+
| 3   | UBND xã Yên Mô        | Báo cáo tình hình thiệt hại do hạn hán.     | Trước 15/4/2026 |
+-----+-----------------------+---------------------------------------------+-----------------+
"""

ALIGNED = """TT  Nội dung                                      Đơn vị thực hiện       Thời hạn
1   Kiểm tra, xử lý các vụ vi phạm lâm luật trên  Chi cục Kiểm lâm       Trước 30/4/2026
    địa bàn các xã miền núi                       tỉnh
2   Tổ chức tập huấn kỹ thuật cho nông dân về     Trung tâm Khuyến       Quý II/2026
    phòng trừ sâu bệnh hại lúa                    nông
3   Báo cáo tình hình thiệt hại do hạn hán        UBND xã Yên Mô         Trước 15/4/2026
"""


@pytest.mark.parametrize(
    "table", [PIPE_NO_OUTER, PIPE_MD, GRID, ALIGNED], ids=["pipes", "md", "grid", "aligned"]
)
def test_wrapped_table_rows_are_rebuilt(table):
    from ketluan.ingest.layout_repair import repair_layout

    text, _ = repair_layout(NOTICE_HEAD + table + NOTICE_FOOT, "txt")
    rows = [ln for ln in text.split("\n") if ln.startswith("| ") and ln[2:3].isdigit()]
    assert len(rows) == 3
    assert "Chi cục Kiểm lâm tỉnh" in rows[0]
    assert "trên địa bàn các xã miền núi" in rows[0] and "lâm luật" in rows[0]
    assert "phòng trừ sâu bệnh hại lúa" in rows[1].lower() and "Trung tâm Khuyến nông" in rows[1]


@pytest.mark.parametrize(
    "table", [PIPE_NO_OUTER, PIPE_MD, GRID, ALIGNED], ids=["pipes", "md", "grid", "aligned"]
)
def test_wrapped_table_rows_give_tasks(table):
    from ketluan.graph.pipeline import parse_notice
    from ketluan.ingest.layout_repair import repair_layout

    text, _ = repair_layout(NOTICE_HEAD + table + NOTICE_FOOT, "txt")
    n = parse_notice(text, "tb.txt")
    by_unit = {a: d for d in n.directives for a in d.assignees}
    assert any(k.startswith("chi cục kiểm lâm") for k in by_unit)
    assert any(k.startswith("ủy ban nhân dân xã yên mô") for k in by_unit)
    kiem_lam = next(d for k, d in by_unit.items() if k.startswith("chi cục kiểm lâm"))
    assert kiem_lam.due is not None and kiem_lam.due.value == "2026-04-30"
    assert "miền núi" in kiem_lam.text


def test_side_by_side_blocks_in_pipes_are_left_alone():
    from ketluan.ingest.layout_repair import rebuild_text_tables

    sig = "| Nơi nhận: | KT. GIÁM ĐỐC |\n| - Như trên; | PHÓ GIÁM ĐỐC |\n|  | (Đã ký) |\n|  | Trần Văn An |"
    assert rebuild_text_tables(sig) == (sig, 0)
    members = "| Họ và tên | Chức vụ |\n|---|---|\n| Ông A | Giám đốc |\n|  | kiêm Bí thư |"
    assert rebuild_text_tables(members) == (members, 0)


# --------------------------------------------------------------------------- a running page footer with its page


@pytest.mark.parametrize(
    "footer",
    [
        "Sở NN&PTNT Nam Định                                         Trang 1/2",
        "UBND HUYỆN GIAO THỦY          trang 1",
        "Chi cục Thủy lợi tỉnh Ninh Bình    Trang 2/3",
    ],
)
def test_running_footer_with_page_word_between_two_halves_of_a_sentence_goes(footer):
    from ketluan.ingest.layout_repair import repair_layout

    text = (
        "- Chi cục Bảo vệ thực vật tăng cường kiểm tra, xử lý nghiêm vi phạm; hướng dẫn nông dân phòng\n\n"
        f"{footer}\n---------------------------------------------\n                 2\n"
        "trừ rầy nâu, sâu cuốn lá nhỏ trên mạ mùa.\n"
    )
    out, _ = repair_layout(text, "txt")
    assert "hướng dẫn nông dân phòng\ntrừ rầy nâu" in out
    assert "Trang" not in out and "trang 1" not in out


def test_line_ending_with_a_page_word_in_a_sentence_stays():
    from ketluan.ingest.layout_repair import repair_layout

    text = (
        "Đăng tải kết quả lên cổng thông tin của Sở    tại trang 2\nvà gửi báo cáo về Sở trước ngày 30/6.\n"
    )
    # a sentence's words before the page word: no gap of a footer, the line ends no sentence — kept
    out, _ = repair_layout("Kế hoạch chi tiết xem tại\ntrang 2\ncủa Phụ lục.\n", "txt")
    assert "xem tại" in out
    out2, _ = repair_layout(text.replace("    tại", " tại"), "txt")
    assert "tại trang 2" in out2


@pytest.mark.parametrize(
    "line",
    [
        " " * 50_000 + "x",
        "| " + "-- " * 20_000 + "|",
        "|" + " |" * 30_000,
        "TT  " + "a  " * 20_000,
        "+-" * 30_000,
    ],
)
def test_text_tables_repair_does_not_run_away_on_hostile_lines(line):
    # a guard against super-linear matching, not a speed target (bench/ measures speed): far above a loaded machine
    import time

    from ketluan.ingest.layout_repair import rebuild_text_tables

    started = time.perf_counter()
    rebuild_text_tables("THÔNG BÁO\n" + line + "\nNơi nhận:")
    assert time.perf_counter() - started < 20.0
