"""Reading and layout: what earlier fixers of round AN left, each a general way of writing.

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import names_of, text_as_read
from notice_checks import notice_as_read as _notice

from ketluan.ingest.layout_repair import repair_ocr_slips
from ketluan.ingest.sections import parse_layout

# 1. A steering board's header that writes the board's kind on a line of its own beside its full name ("BAN CHỈ ĐẠO
# CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA HUYỆN TUY PHƯỚC" / "BAN CHỈ ĐẠO", or the other way round): the short line
# repeats the name's head, it names no unit of the board ("Ban Chỉ đạo Ban Chỉ đạo …") nor a body above it. The
# issuer is the board named in full, the short line one of its labels.

_BOARD = """{header}
Số: 07/TB-BCĐ                               {place}, ngày 11 tháng 3 năm 2022

THÔNG BÁO
Kết luận của Trưởng Ban Chỉ đạo tại phiên họp quý I

Ngày 09/3/2022, Ban Chỉ đạo họp phiên quý I. Ông Lê Văn Hải, Chủ tịch UBND {level}, Trưởng Ban Chỉ đạo chủ trì.

1. Phòng Nông nghiệp và Phát triển nông thôn tổng hợp báo cáo kết quả, xong trước ngày 30/3/2022.

Nơi nhận:
- Như trên;
- Lưu: VT.
                                          KT. TRƯỞNG BAN
                                          PHÓ TRƯỞNG BAN
                                          Nguyễn Văn Hùng
"""

# fmt: off
_BOARD_HEADERS = [
    # (header lines, place, level, issuer, the body above it or None)
    ("BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "BAN CHỈ ĐẠO                                       Độc lập - Tự do - Hạnh phúc",
     "Tuy Phước", "huyện", "Ban Chỉ đạo các chương trình mục tiêu quốc gia", None),
    ("BAN CHỈ ĐẠO                                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "BAN CHỈ ĐẠO 389 TỈNH LONG AN                      Độc lập - Tự do - Hạnh phúc",
     "Tân An", "tỉnh", "Ban Chỉ đạo 389 tỉnh Long An", None),
    ("UBND TỈNH QUẢNG BÌNH                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "BAN CHỈ ĐẠO                                       Độc lập - Tự do - Hạnh phúc\n"
     "BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI",
     "Đồng Hới", "tỉnh", "Ban Chỉ đạo phòng, chống thiên tai", "Ủy ban nhân dân tỉnh Quảng Bình"),
]
# fmt: on


@pytest.mark.parametrize(("header", "place", "level", "issuer", "above"), _BOARD_HEADERS)
def test_leftovers_an_board_s_kind_on_its_own_header_line_labels_the_board_named_in_full(
    header: str, place: str, level: str, issuer: str, above: str | None
) -> None:
    n = _notice(_BOARD.format(header=header, place=place, level=level))
    assert n.issuer is not None
    board = n.agencies[n.issuer]
    assert board.name == issuer
    assert "BAN CHỈ ĐẠO" in board.surfaces
    assert (n.agencies[board.parent].name if board.parent else None) == above
    assert not any("Ban Chỉ đạo Ban Chỉ đạo" in a.name for a in n.agencies.values())


_MARKDOWN_BOARD = """| BAN CHỈ ĐẠO PHONG TRÀO THI ĐUA "CẢ NƯỚC CHUNG TAY VÌ NGƯỜI NGHÈO" TỈNH KON TUM | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
|---|---|
| **BAN CHỈ ĐẠO** | **Độc lập - Tự do - Hạnh phúc** |
| Số: 11/TB-BCĐ | *Kon Tum, ngày 20 tháng 6 năm 2021* |

# THÔNG BÁO

## Kết luận của Trưởng Ban Chỉ đạo tại hội nghị sơ kết

Ngày 18/6/2021, Ban Chỉ đạo tổ chức hội nghị sơ kết. Bà Y Ngọc, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì.

1. **Sở Lao động - Thương binh và Xã hội** tổng hợp kết quả, báo cáo trước ngày 15/7/2021.
"""


def test_leftovers_an_markdown_board_header_repeating_its_kind_gives_no_doubled_name() -> None:
    n = _notice(_MARKDOWN_BOARD, "x.md")
    board = n.agencies[n.issuer] if n.issuer else None
    assert board is not None
    assert board.name.startswith("Ban Chỉ đạo phong trào") and board.parent is None
    assert "BAN CHỈ ĐẠO" in board.surfaces
    assert not any("Ban Chỉ đạo Ban Chỉ đạo" in a.name for a in n.agencies.values())


# 2. A header line of one column that quotes a movement's or a programme's name and breaks inside the quotation
# ("BAN CHỈ ĐẠO CUỘC VẬN ĐỘNG “NGƯỜI VIỆT NAM ƯU TIÊN" / "DÙNG HÀNG VIỆT NAM” TỈNH BÌNH ĐỊNH"): the quotation left
# open goes on below, so the two lines are one name.

_STACKED = """BAN CHỈ ĐẠO CUỘC VẬN ĐỘNG {open}NGƯỜI VIỆT NAM ƯU TIÊN
DÙNG HÀNG VIỆT NAM{close} TỈNH BÌNH ĐỊNH
BAN CHỈ ĐẠO
Số: 03/TB-BCĐ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 05 tháng 8 năm 2019

THÔNG BÁO
Kết luận của Trưởng Ban Chỉ đạo tại hội nghị sơ kết

Ngày 02/8/2019, Ban Chỉ đạo tổ chức hội nghị sơ kết.
"""


@pytest.mark.parametrize(("open_", "close"), [("“", "”"), ('"', '"')])
def test_leftovers_an_header_line_broken_inside_a_quotation_joins_the_next(open_: str, close: str) -> None:
    lay = parse_layout(text_as_read(_STACKED.format(open=open_, close=close)))
    assert [h.clean.split()[-1] for h in lay.header] == ["ĐỊNH", "ĐẠO"]
    assert lay.header[0].clean.startswith("BAN CHỈ ĐẠO CUỘC VẬN ĐỘNG")


# 3. OCR slips in the words the layout keys on. A digit "1" or a capital "I" read for the "l" opening a word ("kết
# 1uận như sau", "KẾT 1UẬN", "xử 1ý", "Quốc Iộ 1A") is "l" where the rest carries a mark and makes a syllable
# after "l"; "kêt luận" lost the acute a syllable closed by "t" must carry. The closing block's label with a mark
# lost, misread or its "o" read as a zero ("Nơi nhân:", "Noi nhặn:", "N0i nhận:") or two blanks inside it is the
# label. Words that open with "I" or a digit as written stay ("Ia Grai", "Ít nhất", "In ấn", "1ha", "muối Iốt").

# fmt: off
_SLIPS = [
    ("đồng chí Chủ tịch UBND huyện kết 1uận như sau:", "đồng chí Chủ tịch UBND huyện kết luận như sau:"),
    ("Giám đốc Sở kết Iuận:", "Giám đốc Sở kết luận:"),
    ("Phó Chủ tịch tỉnh kêt luận như sau:", "Phó Chủ tịch tỉnh kết luận như sau:"),
    ("THÔNG BÁO KẾT 1UẬN CỦA", "THÔNG BÁO KẾT LUẬN CỦA"),
    ("lập biên bản, xử 1ý vi phạm", "lập biên bản, xử lý vi phạm"),
    ("tuyến Quốc Iộ 1A và", "tuyến Quốc lộ 1A và"),
    ("mùa mưa 1ũ năm 2016", "mùa mưa lũ năm 2016"),
    ("Nơi nhân:\n- Như trên;", "Nơi nhận:\n- Như trên;"),
    ("NOI NHÂN:\n- Như trên;", "NƠI NHẬN:\n- Như trên;"),
    ("| N0i nhận: | KT. GIÁM ĐỐC |", "| Nơi nhận: | KT. GIÁM ĐỐC |"),
    ("**Nơi nhặn:**\n- Như trên;", "**Nơi nhận:**\n- Như trên;"),
    ("Nơi  nhận:\n- Như trên;", "Nơi nhận :\n- Như trên;"),
    # guards (pass before the change): words written so
    ("UBND xã Ia Grai, Ia Pa", "UBND xã Ia Grai, Ia Pa"),
    ("Ít nhất 1ha đất; In ấn tài liệu", "Ít nhất 1ha đất; In ấn tài liệu"),
    ("cấp muối Iốt cho hộ nghèo", "cấp muối Iốt cho hộ nghèo"),
    ("nơi nhân dân sinh sống: thôn 3", "nơi nhân dân sinh sống: thôn 3"),
]
# fmt: on


@pytest.mark.parametrize(("raw", "fixed"), _SLIPS)
def test_leftovers_an_ocr_slips_in_the_layout_s_key_words(raw: str, fixed: str) -> None:
    out = repair_ocr_slips(raw)[0]
    assert out == fixed
    assert len(out) == len(raw)


_SCANNED = """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN KRÔNG NĂNG                       Độc lập - Tự do - Hạnh phúc
Số: 45/TB-UBND                     Krông Năng, ngày 12 tháng 5 năm 2016

THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp về công tác phòng chống hạn

Ngày 10/5/2016, ông Nguyễn Văn Hòa, Chủ tịch UBND huyện chủ trì cuộc họp. Tham dự có ông Lê Văn Minh,
Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện.

Sau khi nghe báo cáo, Chủ tịch UBND huyện {cue} như sau:

1. Phòng Nông nghiệp và Phát triển nông thôn tổng hợp tình hình hạn hán, báo cáo UBND huyện trước ngày 20/5/2016.
2. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí hỗ trợ nông dân.

{label}
- Như trên;
- Phòng Nông nghiệp và PTNT;
- Lưu: VT.
                                          TL. CHỦ TỊCH
                                          CHÁNH VĂN PHÒNG
                                          Trần Thị Mai
"""


@pytest.mark.parametrize(
    ("cue", "label"),
    [
        ("kết 1uận", "Nơi nhân:"),
        ("kết Iuận", "Noi nhân:"),
        ("kêt luận", "N0i nhận:"),
        ("kết luận", "Nơi  nhận:"),
    ],
)
def test_leftovers_an_scanned_cue_and_recipients_label_still_frame_the_notice(cue: str, label: str) -> None:
    raw = _SCANNED.format(cue=cue, label=label)
    n = _notice(raw)
    names = names_of(n)
    assert [sorted(names[a] for a in d.assignees) for d in n.directives] == [
        ["Phòng Nông nghiệp và Phát triển nông thôn huyện Krông Năng"],
        ["Phòng Tài chính - Kế hoạch huyện Krông Năng"],
    ]
    lay = parse_layout(text_as_read(raw))
    assert [r.clean for r in lay.recipients] == ["- Như trên;", "- Phòng Nông nghiệp và PTNT;", "- Lưu: VT."]
    assert [s.clean for s in lay.signature] == ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Trần Thị Mai"]
