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
