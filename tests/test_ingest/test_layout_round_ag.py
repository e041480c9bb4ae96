"""Reading and layout in the ways round AG's unseen notices wrote them (citizens' reception and complaints;
housing and urban development; labour relations, unions and youth).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

from notice_checks import notice_as_read as _notice

from ketluan.ingest.layout_repair import join_stray_spaced_words, repair_ocr_slips
from ketluan.ingest.records import Notice


def _signer(n: Notice) -> str | None:
    return n.persons[n.signer].name if n.signer else None


# 1. A scan's OCR sets a space inside the one word of a post title that the notice writes nowhere else whole
# ("Trưởng ph òng", "Giám đ ốc"): the onset alone before the rest of the syllable, which with the words before
# it makes a post title of the language data, is one word even when the notice never writes it whole.


def test_a_title_split_inside_its_last_syllable_is_joined() -> None:
    # "điểm đ khoản 2" names a point of a clause: "đ" stands for itself there, and "đ ông" makes no title
    text, n = join_stray_spaced_words(
        "- Bà Lò Thị Hoa - Giám đ ốc Trung tâm Dịch vụ việc làm tỉnh;\ntheo điểm đ khoản 2, ông Lê Văn An trình bày"
    )
    assert n == 1
    assert "Giám đốc Trung tâm Dịch vụ việc làm tỉnh" in text
    assert "điểm đ khoản 2, ông Lê" in text


def test_a_deputy_s_title_split_inside_its_syllable_is_joined() -> None:
    text, _ = join_stray_spaced_words("Ông Đỗ Văn Tâm - Trưởng ph òng Quản lý đô thị thị xã;")
    assert "Trưởng phòng Quản lý đô thị" in text


# 2. OCR reads the dot below of "huyện" as lost ("huyên"), a word that stands before no name of a place: before a
# capitalised place, and after a body the notice names elsewhere with the level word whole, it is "huyện".


def _marked(s: str) -> str:
    """``s`` in a notice that writes its marks (the repair needs a text that writes them elsewhere)."""
    return (
        "Ủy ban nhân dân tỉnh Hưng Yên, Sở Tài nguyên và Môi trường, Trưởng phòng Kinh tế hạ tầng.\n" * 3 + s
    )


def test_huyen_without_its_dot_before_a_place_is_the_district() -> None:
    # "huyên thuyên" (idle talk) is a word: no place and no body is named around it
    text, _ = repair_ocr_slips(
        _marked("3. Ông Vũ Đức Thịnh - Phó Trưởng Công an huyên Văn Giang;\nkhông nói huyên thuyên.")
    )
    assert "Công an huyện Văn Giang" in text
    assert "nói huyên thuyên" in text


def test_huyen_without_its_dot_after_a_body_named_whole_elsewhere_is_the_district() -> None:
    text, _ = repair_ocr_slips(
        _marked("- Thanh tra huyện;\nGiao Thanh tra huyên xác minh nội dung đơn tố cáo, báo cáo kết quả.")
    )
    assert "Giao Thanh tra huyện xác minh" in text


# 3. A working record between a province and an investor, signed in three columns by each party's representative
# and the secretary between them ("ĐẠI DIỆN CÔNG TY␣␣␣␣THƯ KÝ␣␣␣␣ĐẠI DIỆN UBND TỈNH"), with no "CHỦ TRÌ" and no
# KT./TL./TM., the signed marks written "(đã ký, đóng dấu)" (a PDF's text, the columns a few spaces apart): the
# representative of the body that issued the record (its header's) is the one who signs it.

RECORD = """ỦY BAN NHÂN DÂN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH {province}    Độc lập - Tự do - Hạnh phúc
Số: 12/BB-UBND    {place}, ngày 20 tháng 6 năm 2020
BIÊN BẢN LÀM VIỆC
Giữa UBND tỉnh {place} với Công ty cổ phần Phát triển Nhà Hồng Lam về dự án nhà ở xã hội
Hôm nay, vào lúc 8 giờ 00 phút, ngày 20 tháng 6 năm 2020, tại Văn phòng UBND tỉnh, chúng tôi gồm:
A. Về phía UBND tỉnh:
1. Ông Đặng Quốc Huy – Phó Chủ tịch UBND tỉnh, chủ trì;
2. Bà Lê Thị Thanh – Phó Giám đốc Sở Xây dựng.
B. Về phía chủ đầu tư – Công ty cổ phần Phát triển Nhà Hồng Lam:
1. Ông Cao Văn Lực – Giám đốc.
Thư ký: bà Phan Thị Yến – Chuyên viên Văn phòng UBND tỉnh.
I. KẾT LUẬN
1. Công ty cổ phần Phát triển Nhà Hồng Lam khởi công khối nhà A trước ngày 30/9/2020.
2. Sở Xây dựng hướng dẫn chủ đầu tư hoàn thiện hồ sơ thiết kế trong tháng 7/2020.
Buổi làm việc kết thúc vào lúc 11 giờ 00 phút cùng ngày. Biên bản được lập thành 04 bản.
{captions}
{posts}
{signed}
{names}
"""


def test_a_record_signed_by_the_parties_beside_the_secretary_is_signed_by_the_issuer_s_side() -> None:
    raw = RECORD.format(
        province="NGHỆ AN",
        place="Nghệ An",
        captions="ĐẠI DIỆN CHỦ ĐẦU TƯ    THƯ KÝ    ĐẠI DIỆN UBND TỈNH",
        posts="GIÁM ĐỐC    PHÓ CHỦ TỊCH",
        signed="(đã ký, đóng dấu)    (đã ký)    (đã ký)",
        names="Cao Văn Lực    Phan Thị Yến    Đặng Quốc Huy",
    )
    assert _signer(_notice(raw, "x.pdf.txt")) == "Đặng Quốc Huy"


def test_the_issuer_s_side_signs_first_among_the_parties_too() -> None:
    # the province's column on the left, the company's on the right, the secretary between
    raw = RECORD.format(
        province="HÀ TĨNH",
        place="Hà Tĩnh",
        captions="ĐẠI DIỆN UBND TỈNH        THƯ KÝ        ĐẠI DIỆN CÔNG TY",
        posts="PHÓ CHỦ TỊCH                           GIÁM ĐỐC",
        signed="(đã ký)        (đã ký)        (đã ký, đóng dấu)",
        names="Đặng Quốc Huy        Phan Thị Yến        Cao Văn Lực",
    )
    assert _signer(_notice(raw, "x.pdf.txt")) == "Đặng Quốc Huy"
