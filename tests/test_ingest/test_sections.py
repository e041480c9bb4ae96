"""Layout of a notice (`ketluan.ingest.sections.parse_layout`).

The snippets are written for these tests in the shape of a notice laid out per
Nghị định 30/2020/NĐ-CP (quốc hiệu, issuer, number, place and date, title,
body, "Nơi nhận", signature) and of a provincial news page.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.sections import parse_layout

FORMAL = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

UBND TỈNH QUẢNG NAM
SỞ Y TẾ

Số: 12/TB-SYT

Quảng Nam, ngày 5 tháng 3 năm 2019

THÔNG BÁO
KẾT LUẬN CỦA GIÁM ĐỐC SỞ Y TẾ
tại cuộc họp giao ban tháng 02 năm 2019

Ngày 28/02/2019, Sở Y tế tổ chức họp giao ban công tác y tế tháng 02 năm 2019.

I. Đánh giá chung:

1. Các đơn vị đã hoàn thành kế hoạch tiêm chủng mở rộng.

a) Trung tâm Y tế huyện Núi Thành thực hiện tốt công tác phòng chống dịch.

- Tiếp tục giám sát dịch sốt xuất huyết.

+ Báo cáo kết quả trước ngày 15/3/2019.

Nơi nhận:
- UBND tỉnh (b/c);
- Các phòng chức năng Sở;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
(đã ký)
Trần Văn Bình
"""


@pytest.fixture(scope="module")
def formal():
    return parse_layout(FORMAL)


def test_sections_formal_notice_kind(formal):
    assert formal.kind == "notice"


def test_sections_number_line(formal):
    assert formal.number is not None
    assert formal.number.clean == "Số: 12/TB-SYT"
    assert (
        FORMAL[formal.number.clean_start : formal.number.clean_start + len(formal.number.clean)]
        == "Số: 12/TB-SYT"
    )


def test_sections_place_date_line(formal):
    assert formal.place_date is not None
    assert formal.place_date.clean == "Quảng Nam, ngày 5 tháng 3 năm 2019"


def test_sections_header_keeps_issuer_drops_motto(formal):
    assert [ln.clean for ln in formal.header] == ["UBND TỈNH QUẢNG NAM", "SỞ Y TẾ"]


def test_sections_title_spans_type_and_continuation_lines(formal):
    assert formal.title is not None
    title = FORMAL[formal.title.start : formal.title.end]
    assert title.split("\n") == [
        "THÔNG BÁO",
        "KẾT LUẬN CỦA GIÁM ĐỐC SỞ Y TẾ",
        "tại cuộc họp giao ban tháng 02 năm 2019",
    ]


# marker, label, text of the block
# fmt: off
FORMAL_BLOCKS = [
    ("",      "",  "Ngày 28/02/2019, Sở Y tế tổ chức họp giao ban công tác y tế tháng 02 năm 2019."),
    ("roman", "I", "Đánh giá chung:"),
    ("digit", "1", "Các đơn vị đã hoàn thành kế hoạch tiêm chủng mở rộng."),
    ("letter", "a", "Trung tâm Y tế huyện Núi Thành thực hiện tốt công tác phòng chống dịch."),
    ("dash",  "-", "Tiếp tục giám sát dịch sốt xuất huyết."),
    ("plus",  "+", "Báo cáo kết quả trước ngày 15/3/2019."),
]
# fmt: on


def test_sections_body_block_markers_and_labels(formal):
    assert [(b.marker, b.label, b.text) for b in formal.body] == FORMAL_BLOCKS


def test_sections_block_span_excludes_marker(formal):
    for b in formal.body:
        assert FORMAL[b.span.start : b.span.end] == b.text


def test_sections_recipients_are_the_bullets_after_noi_nhan(formal):
    assert [ln.clean for ln in formal.recipients] == [
        "- UBND tỉnh (b/c);",
        "- Các phòng chức năng Sở;",
        "- Lưu: VT.",
    ]


def test_sections_signature_lines(formal):
    assert [ln.clean for ln in formal.signature] == [
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "(đã ký)",
        "Trần Văn Bình",
    ]


PAGE_BREAK = """THÔNG BÁO
KẾT LUẬN GIAO BAN

Ngày 02/4/2020, Sở Khoa học và Công nghệ họp bàn công tác quý II.

1. Giao Chi cục Tiêu

chuẩn Đo lường Chất lượng kiểm tra đo lường xăng dầu.

2.1. Phòng Quản lý khoa học tham mưu kế hoạch năm 2021.

2. Văn phòng Sở tổng hợp báo cáo.
"""


def test_sections_page_break_inside_sentence_stays_one_block():
    lay = parse_layout(PAGE_BREAK)
    item = [b for b in lay.body if b.label == "1"]
    assert len(item) == 1
    assert (
        item[0].text.split()
        == "Giao Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường xăng dầu.".split()
    )
    # the block's text keeps the span's length: line breaks became spaces
    assert len(item[0].text) == item[0].span.end - item[0].span.start
    assert not any(b.text.startswith("chuẩn") for b in lay.body)


# line, marker kind, label
# fmt: off
MARKER_CASES = [
    ("2.1. Phòng Quản lý khoa học tham mưu kế hoạch.", "digit2", "2.1"),
    ("3.2.1 Sở Tài chính bố trí kinh phí.",            "digit2", "3.2.1"),
    ("II. Kết luận của Giám đốc Sở:",                  "roman",  "II"),
    ("4) Sở Nội vụ thẩm định hồ sơ.",                  "digit",  "4"),
    ("b) Phòng Kinh tế hướng dẫn thủ tục.",            "letter", "b"),
    ("c. Trung tâm Y tế huyện kiểm tra.",              "letter", "c"),
    ("– Tiếp tục rà soát danh mục.",                   "dash",   "–"),
    ("• Lưu hồ sơ theo quy định.",                     "dot",    "•"),
]
# fmt: on


@pytest.mark.parametrize(("line", "marker", "label"), MARKER_CASES)
def test_sections_list_marker_kind_and_label(line, marker, label):
    text = f"THÔNG BÁO\nKẾT LUẬN HỌP\n\nNgày 02/4/2020, Sở Tài chính họp bàn.\n\n{line}\n"
    lay = parse_layout(text)
    assert (lay.body[-1].marker, lay.body[-1].label) == (marker, label)
    assert not lay.body[-1].text[:1].isdigit()


NEWS = """Trang chủ

Tin tức sự kiện

Sở Y tế họp giao ban công tác phòng chống dịch bệnh quý I

(12/03/2021) Sáng ngày 11/3/2021, Sở Y tế tỉnh Quảng Nam tổ chức họp giao ban công tác phòng chống dịch \
bệnh quý I năm 2021. Đồng chí Trần Văn Bình, Phó Giám đốc Sở Y tế chủ trì cuộc họp. Tham dự có đại diện \
lãnh đạo các phòng chức năng và các đơn vị trực thuộc Sở.

Phát biểu kết luận, đồng chí Trần Văn Bình yêu cầu Trung tâm Kiểm soát bệnh tật tỉnh tăng cường giám sát dịch.

Thu Hà

Liên kết website
"""


def test_sections_news_page_kind():
    assert parse_layout(NEWS).kind == "news"


def test_sections_news_page_drops_furniture_lines():
    lay = parse_layout(NEWS)
    texts = [b.text for b in lay.body]
    assert len(texts) == 2
    assert texts[0].startswith("(12/03/2021) Sáng ngày 11/3/2021")
    assert texts[1].startswith("Phát biểu kết luận")
    for chrome in ("Trang chủ", "Tin tức sự kiện", "Liên kết website", "Thu Hà"):
        assert all(chrome not in t for t in texts)


def test_sections_news_page_headline_is_title():
    lay = parse_layout(NEWS)
    assert lay.title is not None
    assert (
        NEWS[lay.title.start : lay.title.end] == "Sở Y tế họp giao ban công tác phòng chống dịch bệnh quý I"
    )
    assert lay.number is None and lay.place_date is None


@pytest.mark.parametrize(
    "line",
    [
        "THÔNG BÁO",
        "KẾT LUẬN CỦA PHÓ CHỦ TỊCH UBND TỈNH",
        "Kết luận của Phó Chủ tịch UBND tỉnh",
        "UBND TỈNH VĨNH LONG Độc lập",  # 19 capitals, 3 small letters: not > 90 %
        "SỞ KH&CN – 12/TB-SKHCN",
        "Ⅷ. AB",  # a Roman-numeral sign counts as a capital for isupper() but is no letter
        "",
    ],
)
def test_is_upper_line_equals_the_letter_list_reference(line):
    """`_is_upper_line` counts with C-level filter/map; the same answer as the list of letters."""
    from ketluan.ingest.sections import _is_upper_line

    letters = [c for c in line if c.isalpha()]
    want = len(letters) >= 3 and sum(c.isupper() for c in letters) / len(letters) > 0.9
    assert _is_upper_line.__wrapped__(line) == want
