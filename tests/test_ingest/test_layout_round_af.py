"""Reading and layout in the ways round AF's unseen notices wrote them (national defence and the militia; forests,
forest fire and national parks; investment, business dialogue and tourism).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import notice_as_read as _notice
from notice_checks import text_as_read as _text

from ketluan.ingest.layout_repair import lift_header_continuations, repair_ocr_slips
from ketluan.ingest.records import Notice
from ketluan.ingest.sections import parse_layout
from ketluan.ingest.text import match_key
from ketluan.ingest.tokens import tokenize


def _persons(n: Notice) -> list[str]:
    return sorted(p.name for p in n.persons.values())


def _signer(n: Notice) -> str | None:
    return n.persons[n.signer].name if n.signer else None


def _chairs(n: Notice) -> list[str]:
    return sorted(n.persons[k].name for k in n.meeting.chairs) if n.meeting else []


# 1. An attendance table typed in plain text as a grid ruled only above and under its heading row and at its
# foot ("+----+------+" lines), one attendee a line: a Word table saved as text. The lines between the two last
# rules are rows each, not one row whose cells wrapped.

GRID = """+----+----------------------------+------------------------------------------+
| TT | Họ và tên                  | Chức vụ, đơn vị                          |
+----+----------------------------+------------------------------------------+
| 1  | đ/c Hoàng Văn Sinh         | Phó Giám đốc Sở Nông nghiệp và Môi trường |
| 2  | Thiếu tá Lò Văn Pấn        | Đồn trưởng Đồn Biên phòng Pha Long       |
| 3  | đ/c Vàng Thị Mỷ            | Chủ tịch UBND xã Pha Long                |
+----+----------------------------+------------------------------------------+"""


def test_a_grid_ruled_only_at_its_head_and_foot_keeps_a_row_a_line() -> None:
    rows = [ln for ln in _text(GRID).split("\n") if "Sinh" in ln or "Pấn" in ln or "Mỷ" in ln]
    assert len(rows) == 3
    assert all(ln.count("|") == 4 for ln in rows)


def test_the_attendees_of_a_grid_ruled_at_its_head_and_foot_are_read() -> None:
    raw = (
        "UBND TỈNH LÀO CAI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 45/TB-SNNMT\nLào Cai, ngày 12 tháng 3 năm 2026\n\n"
        "THÔNG BÁO\nKết luận của Giám đốc Sở tại cuộc họp về bảo vệ rừng biên giới\n\n"
        "Ngày 10/3/2026, đồng chí Lương Văn Tú, Giám đốc Sở chủ trì cuộc họp.\n\nThành phần tham dự:\n\n"
        f"{GRID}\n\nGiám đốc Sở kết luận:\n\n"
        "1. Chi cục Kiểm lâm tăng cường tuần tra rừng biên giới trong tháng 3/2026.\n\n"
        "Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nLương Văn Tú\n"
    )
    assert {"Hoàng Văn Sinh", "Lò Văn Pấn", "Vàng Thị Mỷ"} <= set(_persons(_notice(raw)))


# 2. A body's name that holds a comma ("Sở Văn hóa, Thể thao và Du lịch"), broken at the comma in the left
# column of a two-column header where the other column goes on beside both parts ("SỞ VĂN HÓA, THỂ THAO␣␣␣␣CỘNG
# HÒA …" / "VÀ DU LỊCH␣␣␣␣Độc lập - …", a PDF's text or a .txt laid out with spaces): one name, not "Sở Văn hóa".

HEADED = """UBND TỈNH {province}
{upper}    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
{lower}    Độc lập - Tự do - Hạnh phúc
Số: 21/TB-SVHTTDL    {place}, ngày 06 tháng 3 năm 2024

THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp chuẩn bị lễ hội du lịch

Ngày 04/3/2024, ông Phan Văn Hòa - Giám đốc Sở chủ trì cuộc họp. Giám đốc Sở kết luận:
1. Phòng Quản lý Du lịch xây dựng kế hoạch quảng bá lễ hội, hoàn thành trước ngày 20/3/2024.

Nơi nhận:
- Lưu: VT.
GIÁM ĐỐC
Phan Văn Hòa
"""


@pytest.mark.parametrize(
    ("province", "place", "upper", "lower", "issuer"),
    [
        (
            "KHÁNH HÒA",
            "Khánh Hòa",
            "SỞ VĂN HÓA, THỂ THAO",
            "VÀ DU LỊCH",
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa",
        ),
        (
            "QUẢNG NINH",
            "Quảng Ninh",
            "SỞ VĂN HOÁ, THỂ THAO",
            "VÀ DU LỊCH",
            "Sở Văn hoá, Thể thao và Du lịch tỉnh Quảng Ninh",
        ),
    ],
)
def test_a_header_name_broken_at_its_comma_beside_the_motto_is_one_body(
    province: str, place: str, upper: str, lower: str, issuer: str
) -> None:
    n = _notice(HEADED.format(province=province, place=place, upper=upper, lower=lower), "x.pdf.txt")
    assert n.issuer == match_key(issuer)


def test_the_motto_beside_the_name_s_second_part_goes_down_a_line() -> None:
    text, joined = lift_header_continuations(
        "SỞ VĂN HÓA, THỂ THAO    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVÀ DU LỊCH    Độc lập - Tự do - Hạnh phúc\nSố: 4"
    )
    assert joined == 1
    assert text.split("\n")[:2] == [
        "SỞ VĂN HÓA, THỂ THAO",
        "VÀ DU LỊCH              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ]


# 3. A record's signatures in a markdown table whose heading row names the roles ("| **THƯ KÝ** | **CHỦ TRÌ HỘI
# NGHỊ**<br>**PHÓ CHỦ TỊCH UBND TỈNH** |") over rows of both signatures ("| (đã ký) | (đã ký) |", "| Name | Name
# |"): the chair's column signs.

RECORD = """| UBND TỈNH BÌNH DƯƠNG<br>**SỞ KẾ HOẠCH VÀ ĐẦU TƯ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
|---|---|
| Số: 88/BB-SKHĐT | *Bình Dương, ngày 10 tháng 10 năm 2019* |

# BIÊN BẢN
## Hội nghị gặp gỡ doanh nghiệp có vốn đầu tư nước ngoài năm 2019

**Thời gian:** 8 giờ 00, ngày 09/10/2019.

{chair}

**Thư ký:** Bà Võ Thị Hạnh – Chuyên viên Phòng Đăng ký kinh doanh.

### KẾT LUẬN

1. Giao Sở Kế hoạch và Đầu tư tổng hợp các kiến nghị của doanh nghiệp, báo cáo UBND tỉnh trước ngày 30/10/2019.

Biên bản kết thúc lúc 11 giờ 30 cùng ngày.

{signature}
"""

CHAIR_LINE = "**Chủ trì:** Ông Mai Hùng Dũng – Phó Chủ tịch UBND tỉnh."
SIGNATURES = """| **THƯ KÝ** | **CHỦ TRÌ HỘI NGHỊ**<br>**PHÓ CHỦ TỊCH UBND TỈNH** |
|---|---|
| *(đã ký)* | *(đã ký)* |
| **Võ Thị Hạnh** | **Mai Hùng Dũng** |"""


def test_a_record_s_signature_table_headed_by_its_roles_is_signed_by_the_chair() -> None:
    n = _notice(RECORD.format(chair=CHAIR_LINE, signature=SIGNATURES), "x.md")
    assert _signer(n) == "Mai Hùng Dũng"


def test_a_record_s_html_signature_table_with_role_and_post_in_one_cell_is_signed_by_the_chair() -> None:
    # an HTML table's cell read as one line, the break between the role and the post lost: "CHỦ TRÌ HỘI NGHỊ PHÓ
    # CHỦ TỊCH UBND TỈNH" beside "THƯ KÝ"
    raw = (
        "<html><body><p>UBND TỈNH BÌNH DƯƠNG</p><p><b>SỞ KẾ HOẠCH VÀ ĐẦU TƯ</b></p><p>Số: 88/BB-SKHĐT</p>"
        "<p>Bình Dương, ngày 10 tháng 10 năm 2019</p><h1>BIÊN BẢN</h1>"
        "<h2>Hội nghị gặp gỡ doanh nghiệp có vốn đầu tư nước ngoài năm 2019</h2>"
        "<p>Thời gian: 8 giờ 00, ngày 09/10/2019. Chủ trì: Ông Mai Hùng Dũng – Phó Chủ tịch UBND tỉnh.</p>"
        "<p>Thư ký: Bà Võ Thị Hạnh – Chuyên viên Phòng Đăng ký kinh doanh.</p><h3>KẾT LUẬN</h3>"
        "<p>1. Giao Sở Kế hoạch và Đầu tư tổng hợp các kiến nghị, báo cáo UBND tỉnh trước ngày 30/10/2019.</p>"
        "<p>Biên bản kết thúc lúc 11 giờ 30 cùng ngày.</p>"
        "<table><tr><td><b>THƯ KÝ</b></td><td><b>CHỦ TRÌ HỘI NGHỊ</b><br><b>PHÓ CHỦ TỊCH UBND TỈNH</b></td></tr>"
        "<tr><td><i>(đã ký)</i></td><td><i>(đã ký)</i></td></tr>"
        "<tr><td><b>Võ Thị Hạnh</b></td><td><b>Mai Hùng Dũng</b></td></tr></table></body></html>"
    )
    n = _notice(raw, "x.html")
    assert _signer(n) == "Mai Hùng Dũng"
    assert "Võ Thị Hạnh" not in _chairs(n)


# 4. A record's chairs listed under a "Chủ trì:" label alone on its line ("**Chủ trì:**" / "- Ông A – post;" / "-
# Ông B – post, đồng chủ trì."): the label stands for "chủ trì" in every item, so each person listed chairs.

CHAIR_LIST = """**Chủ trì:**

- Ông Mai Hùng Dũng – Phó Chủ tịch UBND tỉnh;
- Ông Nguyễn Văn Lộc – Giám đốc Sở Kế hoạch và Đầu tư, đồng chủ trì."""


@pytest.mark.parametrize("label", ["**Chủ trì:**", "Chủ trì:", "**Chủ trì hội nghị:**"])
def test_every_person_under_a_chair_label_chairs(label: str) -> None:
    chair = CHAIR_LIST.replace("**Chủ trì:**", label)
    n = _notice(RECORD.format(chair=chair, signature=SIGNATURES), "x.md")
    assert _chairs(n) == ["Mai Hùng Dũng", "Nguyễn Văn Lộc"]


# 5. A field record signed by each party present, two to a row, the parties' captions in capitals over their
# signers ("ĐẠI DIỆN HẠT KIỂM LÂM␣␣␣␣ĐẠI DIỆN UBND XÃ …" / "TRƯỞNG ĐOÀN␣␣␣␣PHÓ CHỦ TỊCH" / "(đã ký)␣␣␣␣(đã ký)" /
# names), then more rows: the team's head signs; the names side by side are two people, and the captions no one.

FIELD_RECORD = """CHI CỤC KIỂM LÂM ĐẮK NÔNG
HẠT KIỂM LÂM HUYỆN TUY ĐỨC
Số: 12/BB-HKL

BIÊN BẢN
Kiểm tra hiện trường vụ phá rừng tại tiểu khu 1512

Hôm nay, vào hồi 9 giờ 00, ngày 15 tháng 5 năm 2022, tại tiểu khu 1512, xã Quảng Trực, huyện Tuy Đức.
Chúng tôi gồm:
- Ông Phạm Đình Khôi, Phó Hạt trưởng Hạt Kiểm lâm huyện Tuy Đức - Trưởng đoàn;
- Ông Điểu Brông, Phó Chủ tịch UBND xã Quảng Trực;
- Ông Lưu Văn Tài, Kiểm lâm viên.

Ý kiến thống nhất của đoàn kiểm tra:
1. Hạt Kiểm lâm huyện Tuy Đức lập hồ sơ xử lý vi phạm theo quy định.

Biên bản được lập thành 04 bản, đã đọc lại cho những người có mặt cùng nghe và ký tên dưới đây.

ĐẠI DIỆN HẠT KIỂM LÂM               ĐẠI DIỆN UBND XÃ QUẢNG TRỰC
   TRƯỞNG ĐOÀN                        PHÓ CHỦ TỊCH
    (đã ký)                              (đã ký)
  Phạm Đình Khôi                        Điểu Brông

ĐẠI DIỆN CHỦ RỪNG                   NGƯỜI LẬP BIÊN BẢN
    (đã ký)                              (đã ký)
  Trần Văn Bảy                          Lưu Văn Tài
"""


def test_a_field_record_signed_two_to_a_row_is_signed_by_the_team_s_head() -> None:
    assert _signer(_notice(FIELD_RECORD)) == "Phạm Đình Khôi"


def test_the_team_s_head_signs_from_the_right_hand_column_too() -> None:
    # the commune's representative on the left, the team's head on the right
    left = "ĐẠI DIỆN HẠT KIỂM LÂM               ĐẠI DIỆN UBND XÃ QUẢNG TRỰC\n   TRƯỞNG ĐOÀN                        PHÓ CHỦ TỊCH"
    right = "ĐẠI DIỆN UBND XÃ QUẢNG TRỰC         ĐẠI DIỆN HẠT KIỂM LÂM\n   PHÓ CHỦ TỊCH                        TRƯỞNG ĐOÀN"
    names = "  Phạm Đình Khôi                        Điểu Brông"
    swapped = "  Điểu Brông                            Phạm Đình Khôi"
    raw = FIELD_RECORD.replace(left, right).replace(names, swapped)
    assert _signer(_notice(raw)) == "Phạm Đình Khôi"


def test_names_signed_side_by_side_are_no_one_person() -> None:
    names = _persons(_notice(FIELD_RECORD))
    assert not any(" " * 3 in name or "Brông" in name and "Khôi" in name for name in names)


def test_the_parties_captions_open_the_signature_block() -> None:
    layout = parse_layout(_text(FIELD_RECORD))
    assert not any("ĐẠI DIỆN" in b.text for b in layout.body)


# 6. A Roman numeral of one letter after the word it counts ("Festival Hoa lần thứ V.", "Quý I.") ends the
# sentence: it is no initial of a name, so what follows ("Thành phần tham dự gồm: ông X") is read apart from the
# chair's sentence before it.


@pytest.mark.parametrize(
    "sentence",
    ["lễ hội Đền Hùng lần thứ V.", "kế hoạch xúc tiến đầu tư Quý I.", "Đại hội Thể dục thể thao lần thứ X."],
)
def test_a_one_letter_roman_numeral_after_its_word_ends_the_sentence(sentence: str) -> None:
    toks = tokenize(sentence + " Thành phần")
    assert [t.text for t in toks[-4:]] == [sentence.split()[-1][:-1], ".", "Thành", "phần"]


def test_an_attendee_after_a_roman_numeral_sentence_is_no_chair() -> None:
    raw = (
        "UBND TỈNH PHÚ THỌ\nVĂN PHÒNG\nSố: 77/TB-VPUBND\nPhú Thọ, ngày 20 tháng 3 năm 2014\n\nTHÔNG BÁO\n"
        "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp chuẩn bị Giỗ Tổ Hùng Vương\n\n"
        "Ngày 18/3/2014, Phó Chủ tịch UBND tỉnh Hà Kế San đã chủ trì cuộc họp chuẩn bị Lễ hội Đền Hùng và Tuần "
        "Văn hóa - Du lịch Đất Tổ lần thứ V. Thành phần tham dự gồm: ông Nguyễn Đắc Thủy - Giám đốc Sở Văn hóa, "
        "Thể thao và Du lịch; ông Lê Văn Bình - Giám đốc Sở Tài chính.\n\n"
        "Phó Chủ tịch UBND tỉnh kết luận:\n1. Sở Tài chính bố trí kinh phí tổ chức lễ hội trước ngày 30/3/2014.\n\n"
        "Nơi nhận:\n- Lưu: VT.\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nĐỗ Văn Hòa\n"
    )
    assert _chairs(_notice(raw)) == ["Hà Kế San"]


# 7. A plain-text notice with one name in strong emphasis ("đồng chí **Trần Minh Khoa**, Phó Chủ tịch …") and
# no other markup: too little to read the file as markdown, but the doubled marks around words are markup all
# the same.

PLAIN = """UBND TỈNH NINH BÌNH
VĂN PHÒNG
Số: 12/TB-VP
Ninh Bình, ngày 12 tháng 9 năm 2024

THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về phòng, chống lụt bão

Ngày 10/9/2024, đồng chí {name}, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Phó Chủ tịch UBND tỉnh kết luận:

1. Sở Nông nghiệp và Phát triển nông thôn kiểm tra an toàn các hồ chứa, báo cáo trước ngày 30/9/2024.

Nơi nhận:
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Đỗ Văn Lâm
"""


@pytest.mark.parametrize("name", ["**Trần Minh Khoa**", "__Trần Minh Khoa__"])
def test_a_name_in_strong_emphasis_in_a_plain_text_notice_chairs(name: str) -> None:
    assert _chairs(_notice(PLAIN.format(name=name))) == ["Trần Minh Khoa"]


# 8. A scanned notice whose OCR lost a mark in one of a meeting notice's fixed phrases ("Tham dư có:", "Thành phần
# tham dư gồm", "cuộc hop"): the damaged form is no Vietnamese phrase, and the cue it carries is put back.


@pytest.mark.parametrize(
    ("slip", "fixed"),
    [
        ("Tham dư có: ông Lê Văn Bình", "Tham dự có: ông Lê Văn Bình"),
        ("Thành phần tham dư gồm:", "Thành phần tham dự gồm:"),
        ("đã chủ trì cuộc hop nghe báo cáo", "đã chủ trì cuộc họp nghe báo cáo"),
        ("Phó Chủ tịch UBND tỉnh kết luân:", "Phó Chủ tịch UBND tỉnh kết luận:"),
    ],
)
def test_a_mark_ocr_lost_in_a_meeting_phrase_is_put_back(slip: str, fixed: str) -> None:
    assert repair_ocr_slips(slip)[0] == fixed


def test_the_bodies_after_an_ocr_damaged_attendance_cue_attend() -> None:
    raw = (
        "UY BAN NHAN DAN TINH GIA LAI\nVĂN PHÒNG\nSố: 77/TB-VPUBND\nGia Lai, ngày 20 tháng 3 năm 2014\n\n"
        "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về xúc tiến đầu tư\n\n"
        "Ngày 18/3/2014, Phó Chủ tịch UBND tỉnh Phạm Thế Dũng chủ trì cuộc họp về xúc tiến đầu tư. Tham dư có: "
        "ông Nguyễn Văn Hùng - Giám đốc Sở Kế hoạch và Đầu tư; đại diện Sở Công Thương.\n\n"
        "Phó Chủ tịch UBND tỉnh kết luận:\n1. Sở Tài chính bố trí kinh phí tổ chức hội nghị trước ngày 30/3/2014.\n\n"
        "Nơi nhận:\n- Lưu: VT.\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nĐỗ Văn Hòa\n"
    )
    assert "sở công thương tỉnh gia lai" in _notice(raw, "x_ocr.txt").meeting.participating_agencies
