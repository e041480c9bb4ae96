"""Reading, layout, headers, signatures and tables in the ways round AC's unseen notices wrote them (land, site
clearance and public investment; public finance, revenue and markets; natural resources and environment).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

import re

import pytest
from notice_checks import names_of, posts_of, task_of

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import read_notice_bytes
from ketluan.ingest.records import Notice
from ketluan.ingest.sections import parse_layout


def _text(raw: str, name: str = "x.txt") -> str:
    """The notice text the reader makes of ``raw`` written as file ``name`` (with the reader's repairs)."""
    return read_notice_bytes(raw.encode("utf-8"), name).text


def _notice(raw: str, name: str = "x.txt") -> Notice:
    return parse_notice(_text(raw, name), name)


# 1. An attendance table whose column of people says in brackets what each cell holds ("Người dự (họ tên, chức
# vụ)", "Đại biểu (họ và tên, chức danh)"), beside a column of bodies ("Cơ quan, đơn vị"): the bracketed heading
# names the column of names and posts, so each person's post is of the body in his own row.

ROSTER = """| SỞ TÀI CHÍNH TỈNH NINH BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|:---:|:---:|
| Số: 318/TB-STC | *Ninh Bình, ngày 12 tháng 8 năm 2022* |

# THÔNG BÁO

## Kết luận của Giám đốc Sở tại cuộc họp về quyết toán vốn đầu tư dự án hoàn thành

Ngày 10/8/2022, tại Sở Tài chính, ông Đinh Quang Huy, Giám đốc Sở chủ trì cuộc họp. Thành phần tham dự gồm:

| TT | Cơ quan, đơn vị | {people} | Ghi chú |
|---|---|---|---|
| 1 | Sở Tài chính | Ông Đinh Quang Huy, Giám đốc Sở | Chủ trì |
| 2 | Kho bạc Nhà nước Ninh Bình | Bà Phạm Thị Thu Hằng, Phó Giám đốc | Có mặt |
| 3 | Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh | Ông Trần Văn Khởi, Giám đốc | Có mặt |
| 4 | UBND huyện Gia Viễn | Ông Lưu Đức Thịnh, Phó Chủ tịch UBND huyện | Có mặt |
| 5 | Phòng Tài chính - Kế hoạch huyện Yên Mô | | Vắng |

Sau khi nghe báo cáo, Giám đốc Sở kết luận:

1. Kho bạc Nhà nước Ninh Bình kiểm soát chặt chẽ hồ sơ thanh toán, hoàn thành trước ngày 30/9/2022.
2. UBND huyện Gia Viễn hoàn thiện hồ sơ quyết toán các công trình đã đưa vào sử dụng trong quý IV/2022.
"""


@pytest.mark.parametrize(
    "people",
    ["Người dự (họ tên, chức vụ)", "Đại biểu (họ và tên, chức danh)", "Người dự (họ tên/chức vụ)"],
)
def test_a_bracketed_name_and_post_column_gives_each_person_the_body_of_his_row(people: str) -> None:
    n = _notice(ROSTER.format(people=people), "x.md")
    assert posts_of(n, "Phạm Thị Thu Hằng") == [("Phó Giám đốc", "Kho bạc Nhà nước Ninh Bình")], posts_of(
        n, "Phạm Thị Thu Hằng"
    )
    assert posts_of(n, "Trần Văn Khởi")[0][1].startswith(
        "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"
    )
    assert posts_of(n, "Lưu Đức Thịnh") == [("Phó Chủ tịch", "Ủy ban nhân dân huyện Gia Viễn")]


# 2. OCR loses the marks of some words of a header line and keeps others: "UY BAN NHAN DAN TINH SÓC TRĂNG" over
# "VĂN PHÒNG", the province's name marked, the council's words and the level word not. The fixed words are put
# back, so the issuer is the council's office, not a "Văn phòng Ban nhan dan".

OCR_HEADER = """{left}        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
   VĂN PHÒNG                          Độc lập - Tự do - Hạnh phúc
Số: 87/TB-VPUBND               {place}, ngày 14 tháng 4 năm 2016

             THÔNG BÁO
 Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về phòng, chống hạn hán
Ngày 12/4/2016, ông Lâm Hoàng Nghiệp - Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Sau khi nghe báo cáo,
Phó Chủ tịch UBND tỉnh kết luận:
1. Sở Nông nghiệp và Phát triển nông thôn vận hành các cống ngăn mặn, hoàn thành trước ngày 20/4/2016.
Nơi nhận:                                  KT. CHÁNH VĂN PHÒNG
- Như trên;                                PHÓ CHÁNH VĂN PHÒNG
- Lưu: VT.
                                           Trần Thị Mỹ Dung
"""


@pytest.mark.parametrize(
    ("left", "place", "issuer"),
    [
        ("UY BAN NHAN DAN TINH SÓC TRĂNG", "Sóc Trăng", "Văn phòng Ủy ban nhân dân tỉnh Sóc Trăng"),
        ("UY BAN NHAN DAN TINH BẠC LIÊU", "Bạc Liêu", "Văn phòng Ủy ban nhân dân tỉnh Bạc Liêu"),
    ],
)
def test_an_ocr_header_with_the_council_unmarked_and_the_place_marked_is_the_council(
    left: str, place: str, issuer: str
) -> None:
    raw = OCR_HEADER.format(left=left, place=place)
    assert _text(raw, "x_ocr.txt").startswith(left.replace("UY BAN NHAN DAN TINH", "ỦY BAN NHÂN DÂN TỈNH"))
    n = _notice(raw, "x_ocr.txt")
    assert n.issuer is not None and names_of(n)[n.issuer] == issuer, names_of(n).get(n.issuer or "")
    assert not any("nhan dan" in a.name.lower() for a in n.agencies.values())


# 3. A biên bản of an inspection or a working visit is signed by each party beside the team's head, with no
# secretary: "ĐẠI DIỆN CÔNG TY | ĐẠI DIỆN UBND XÃ … | TRƯỞNG ĐOÀN KIỂM TRA", the posts, "(đã ký)" and the names
# in the rows under it. The head's column is the signature of the record (the one who chaired the meeting).

RECORD = """| SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH BÌNH DƯƠNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|---|---|
| **ĐOÀN KIỂM TRA** | **Độc lập - Tự do - Hạnh phúc** |

# BIÊN BẢN

## Làm việc về việc chấp hành pháp luật bảo vệ môi trường tại Công ty TNHH Dệt may Phú An

Hôm nay, vào lúc 8 giờ 30 phút ngày 16 tháng 5 năm 2025, tại Công ty TNHH Dệt may Phú An, Đoàn kiểm tra tổ chức
họp thông qua kết quả kiểm tra.

Thành phần: Ông Huỳnh Văn Tài — Phó Chi cục trưởng Chi cục Bảo vệ môi trường, Trưởng đoàn; ông Đỗ Minh Khang —
Giám đốc Công ty; bà Lý Thị Hồng — Phó Chủ tịch UBND xã Phú An.

Trưởng đoàn kết luận và yêu cầu:

1. Công ty TNHH Dệt may Phú An nạo vét hệ thống thu gom nước mưa, hoàn thành trước ngày 30/6/2025.

{table}
"""

TABLE_BY_ROWS = """| ĐẠI DIỆN CÔNG TY | {second} | {head} |
|---|---|---|
| GIÁM ĐỐC | PHÓ CHỦ TỊCH | |
| *(đã ký)* | *(đã ký)* | *(đã ký)* |
| **Đỗ Minh Khang** | **Lý Thị Hồng** | **Huỳnh Văn Tài** |"""


@pytest.mark.parametrize(
    ("second", "head"),
    [
        ("ĐẠI DIỆN UBND XÃ PHÚ AN", "TRƯỞNG ĐOÀN KIỂM TRA"),
        ("ĐẠI DIỆN CHÍNH QUYỀN ĐỊA PHƯƠNG", "TRƯỞNG ĐOÀN"),
    ],
)
def test_a_record_signed_by_the_parties_beside_the_teams_head_is_signed_by_the_head(
    second: str, head: str
) -> None:
    raw = RECORD.format(table=TABLE_BY_ROWS.format(second=second, head=head))
    layout = parse_layout(_text(raw, "x.md"))
    assert [ln.clean for ln in layout.signature] == [head, "(đã ký)", "Huỳnh Văn Tài"], layout.signature
    n = _notice(raw, "x.md")
    assert n.signer is not None and names_of(n)[n.signer] == "Huỳnh Văn Tài"


# 4. A PDF's line may open with a document's number that the line above left open on "số" ("… triển khai Kế
# hoạch thực hiện Nghị quyết số" / "02/NQ-CP của Chính phủ, …"): a number before "/" and a document's code is
# no item's number, so the item's task goes on to its end.

NUMBER_WRAPPED = """UBND TỈNH HẬU GIANG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ CÔNG THƯƠNG    Độc lập - Tự do - Hạnh phúc
Số: 52/TB-SCT    Hậu Giang, ngày 12 tháng 3 năm 2022
THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 3 năm 2022
Ngày 10/3/2022, ông Trần Văn Út - Giám đốc Sở chủ trì cuộc họp giao ban. Giám đốc Sở kết luận:
1. Phòng Quản lý thương mại triển khai Kế hoạch thực hiện {kind} số
{number} của {issuer}, hoàn thành trước ngày 30/4/2022.
2. Văn phòng Sở theo dõi, đôn đốc các phòng thực hiện.
"""


@pytest.mark.parametrize(
    ("kind", "number", "issuer"),
    [
        ("Nghị quyết", "02/NQ-CP", "Chính phủ"),
        ("Chỉ thị", "15/CT-TTg", "Thủ tướng Chính phủ"),
        ("Quyết định", "07/QĐ-UBND", "UBND tỉnh"),
    ],
)
def test_a_line_opening_with_a_documents_number_goes_on_with_the_item(
    kind: str, number: str, issuer: str
) -> None:
    n = _notice(NUMBER_WRAPPED.format(kind=kind, number=number, issuer=issuer), "x.pdf.txt")
    assignees, _, due = task_of(n, "Phòng Quản lý thương mại")
    assert due == "2022-04-30", task_of(n, "Phòng Quản lý thương mại")
    layout = parse_layout(_text(NUMBER_WRAPPED.format(kind=kind, number=number, issuer=issuer)))
    assert any(f"số {number} của {issuer}" in b.text for b in layout.body), [b.text for b in layout.body]
    # an item numbered "1/" before its text stays an item
    assert "Phòng Quản lý thương mại" in [
        b.text[:24]
        for b in parse_layout("Giám đốc Sở kết luận:\n1/ Phòng Quản lý thương mại rà soát.\n").body
    ]


# 5. OCR drops the marks of a locality's word after a body's name that no capitalised place follows ("6. Giao
# Thanh tra tinh phối hợp …", "Công an huyen chủ trì …"), and the notice writes the same name with its marks
# elsewhere (its "Nơi nhận": "- Thanh tra tỉnh;"): the word is put back, so the body is the province's own
# Inspectorate, not one guessed from a bare "Thanh tra".

OCR_BODY = """UBND TỈNH QUẢNG NGÃI          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
  VĂN PHÒNG                     Độc lập - Tự do - Hạnh phúc
Số: 96 /TB-VP                Quảng Ngãi, ngày 12 tháng 6 năm 2015
                         THÔNG BÁO
   Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về giải phóng mặt bằng dự án đường ven biển
   Ngày 10/6/2015, Chủ tịch UBND tỉnh Lê Viết Chữ chủ trì cuộc họp. Sau khi nghe Sở Giao thông vận tải báo
cáo, Chủ tịch UBND tỉnh kết luận:
   1. Sở Giao thông vận tải theo dõi, tổng hợp tiến độ giải phóng mặt bằng, báo cáo UBND tỉnh hằng tuần.
   2. Giao {body} {slip} phối hợp UBND huyện Bình Sơn giải quyết dứt điểm các đơn thư khiếu nại của
các hộ dân trong tháng 7/2015.
Nơi nhận:                                 KT. CHÁNH VĂN PHÒNG
- CT, các PCT UBND tỉnh;                  PHÓ CHÁNH VĂN PHÒNG
- {body} {marked};
- Lưu: VT, KTN.                           Phan Văn Hòa
"""


@pytest.mark.parametrize(
    ("body", "slip", "marked", "name"),
    [
        ("Thanh tra", "tinh", "tỉnh", "Thanh tra tỉnh Quảng Ngãi"),
        ("Công an", "tinh", "tỉnh", "Công an tỉnh Quảng Ngãi"),
    ],
)
def test_a_locality_word_ocr_left_unmarked_after_a_body_named_elsewhere_is_put_back(
    body: str, slip: str, marked: str, name: str
) -> None:
    raw = OCR_BODY.format(body=body, slip=slip, marked=marked)
    assert f"2. Giao {body} {marked} phối hợp" in _text(raw, "x_ocr.txt")
    assert task_of(_notice(raw, "x_ocr.txt"), f"Giao {body}")[0] == [name]
    # the same words written nowhere else with the marks stay as OCR read them ("tinh thần" is a word)
    kept = raw.replace(f"- {body} {marked};", "- Sở Tài chính;")
    assert f"Giao {body} {slip} phối hợp" in _text(kept, "x_ocr.txt")
    # … and so does a line written wholly without marks (a mail's subject typed so)
    subject = "V/v ket luan cua Chu tich ve Thanh tra tinh giai quyet don thu\n"
    assert subject in _text(
        subject + OCR_BODY.format(body="Thanh tra", slip=slip, marked=marked), "x_ocr.txt"
    )


# 6. OCR sets a space between the digits of the document's number ("Số: 1 45/TB-VPUBND"): a number is one run
# of digits, so they are joined (the space moved before "/", as a number typed into the form's blank reads);
# a number typed so ("Số: 215 /TB-VP") stays as it is.


@pytest.mark.parametrize(
    ("written", "number"),
    [("Số: 8 7/TB-VPUBND", "87"), ("Số: 1 08/TB-VPUBND", "108")],
)
def test_a_documents_number_ocr_cut_between_its_digits_is_one_number(written: str, number: str) -> None:
    raw = OCR_HEADER.format(left="ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG", place="Sóc Trăng").replace(
        "Số: 87/TB-VPUBND", written
    )
    n = _notice(raw, "x_ocr.txt")
    assert n.document_number is not None
    assert re.fullmatch(rf"Số: {number} ?/TB-VPUBND ?", n.document_number), n.document_number
    typed = OCR_HEADER.format(left="ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG", place="Sóc Trăng").replace(
        "Số: 87/TB-VPUBND", "Số: 215 /TB-VPUBND"
    )
    assert "\nSố: 215 /TB-VPUBND " in _text(typed, "x_ocr.txt")
