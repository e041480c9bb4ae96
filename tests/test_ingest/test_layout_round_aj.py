"""Reading and layout in the ways round AJ's unseen notices wrote them (taxes, customs and market surveillance;
cooperatives, OCOP and trade promotion; social evils, children and gender equality).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import notice_as_read as _notice
from notice_checks import text_as_read as _text

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.layout_repair import repair_ocr_slips
from ketluan.ingest.records import Notice


def _assignees(n: Notice) -> list[str]:
    return sorted(n.agencies[a].name for d in n.directives for a in d.assignees if a in n.agencies)


def _post_body(n: Notice, person: str) -> list[str | None]:
    return [n.agencies[p.agency].name if p.agency else None for p in n.posts if p.person == person]


# 1. A unit numbered "số 1" ("Đội Quản lý thị trường số 1", "Phòng Kiểm tra thuế số 1", "Cơ sở cai nghiện số 1"),
# the digit read by OCR as the letter it is drawn like ("số l"): no Vietnamese word is a lone "l" after "số". A
# lone "I" is put back only where the notice writes the same unit "số 1" elsewhere ("Phụ lục số I" stays).


@pytest.mark.parametrize(
    ("slip", "fixed"),
    [
        ("Đội Quản lý thị trường số l kiểm tra", "Đội Quản lý thị trường số 1 kiểm tra"),
        (
            "giao Chi cục Hải quan cửa khẩu số l, Đội Kiểm soát",
            "giao Chi cục Hải quan cửa khẩu số 1, Đội Kiểm soát",
        ),
        ("Trạm Kiểm soát liên hợp Số l.", "Trạm Kiểm soát liên hợp Số 1."),
    ],
)
def test_a_unit_s_number_one_read_as_the_letter_l_is_put_back(slip: str, fixed: str) -> None:
    assert repair_ocr_slips(slip)[0] == fixed


def test_a_capital_i_after_so_is_one_where_the_notice_writes_the_unit_so() -> None:
    text = (
        "Tham dự: Đội trưởng Đội Kiểm tra thuế số 1.\n2. Đội Kiểm tra thuế số I kiểm tra hồ sơ; Phụ lục số I."
    )
    out = repair_ocr_slips(text)[0]
    assert "2. Đội Kiểm tra thuế số 1 kiểm tra" in out
    assert "Phụ lục số I." in out


def test_the_ocr_d_unit_number_names_the_assignee_whole() -> None:
    n = _notice(
        "CỤC THUẾ TỈNH BÌNH ĐỊNH\n\nTHÔNG BÁO\nKết luận của Cục trưởng tại cuộc họp giao ban công tác quản lý nợ"
        " thuế\n\nNgày 04/11/2014, ông Lê Văn Tâm, Cục trưởng Cục Thuế chủ trì cuộc họp. Tham dự có ông Phạm"
        " Hữu Lộc - Trưởng phòng Kiểm tra thuế số 1.\nCục trưởng kết luận:\n1. Phòng Kiểm tra thuế số l kiểm tra"
        " tại trụ sở người nộp thuế các doanh nghiệp nợ thuế lớn, hoàn thành trước ngày 15/12/2014.\n"
    )
    assert any(a.startswith("Phòng Kiểm tra thuế số 1") for a in _assignees(n))


# 2. A scan's wrapped line that broke a unit's name at its hyphen ("Phòng Tuyên truyền⏎- Hỗ trợ người nộp thuế"):
# the lower line opens on "- " like a list's item, but it stands alone among lines of running text (the line
# above ends with no clause mark and opens no item; the line below goes on in lower case), so it is the rest of
# the sentence above, not an item.

_WRAPPED_AT_HYPHEN = """CỤC THUẾ TỈNH PHÚ YÊN

THÔNG BÁO
Kết luận của Cục trưởng tại cuộc họp về hóa đơn điện tử

     Ngày 10/3/2015, ông Huỳnh Văn Sang, Cục trưởng chủ trì cuộc họp. Tham dự có ông Đỗ Văn Hiền - Trưởng
phòng Kê khai và Kế toán thuế; bà Trần Thị Lệ - Phó Trưởng phòng Tuyên truyền
- Hỗ trợ người nộp thuế và lãnh
đạo các Chi cục Thuế huyện, thị xã.
     Cục trưởng kết luận:
     1. Các Chi cục Thuế rà soát doanh nghiệp chưa đăng ký, báo cáo trước ngày 30/3/2015.
"""


def test_a_name_wrapped_at_its_hyphen_is_no_list_item() -> None:
    assert "Phó Trưởng phòng Tuyên truyền - Hỗ trợ người nộp thuế và lãnh" in _text(_WRAPPED_AT_HYPHEN)


def test_the_post_keeps_the_unit_s_name_across_the_wrapped_hyphen() -> None:
    n = _notice(_WRAPPED_AT_HYPHEN)
    assert _post_body(n, "trần thị lệ") == ["Phòng Tuyên truyền - Hỗ trợ người nộp thuế"]


@pytest.mark.parametrize(
    "lines",
    [
        # a list of one item under its lead-in, the lead-in's colon lost: the item ends its sentence
        "Thành phần tham dự gồm\n- Đại diện Phòng Kê khai và Kế toán thuế.\nCục trưởng kết luận:",
        # items that follow one another
        "Tham dự có:\n- Ông Đỗ Văn Hiền, Trưởng phòng\n- Bà Trần Thị Lệ, Phó Trưởng phòng\nCục trưởng kết luận:",
    ],
)
def test_a_dash_line_in_a_list_stays_an_item(lines: str) -> None:
    assert _text(lines) == lines


# 3. A council or board named by its task, stacked in one column of the header in capitals, wraps its name over
# two or three lines, its fields listed with commas ("HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG" / "SẢN PHẨM OCOP CẤP
# TỈNH"): the lines under its first, up to the type's line, are the rest of the issuer's name.

_COUNCIL_RECORD = """UBND TỈNH {province}
{name}

BIÊN BẢN
Họp Hội đồng đợt 1 năm 2021

I. THỜI GIAN, ĐỊA ĐIỂM
- Thời gian: 08 giờ 00 ngày 20/7/2021.
II. THÀNH PHẦN
1) Ông Nguyễn Văn Tùng, Phó Chủ tịch UBND tỉnh - Chủ tịch Hội đồng;
2) Bà Lê Thị Hạnh, Phó Giám đốc Sở Công Thương - Ủy viên.
"""


@pytest.mark.parametrize(
    ("province", "name", "issuer"),
    [
        (
            "BẮC GIANG",
            "HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG\nSẢN PHẨM OCOP CẤP TỈNH",
            "hội đồng đánh giá, phân hạng sản phẩm ocop cấp tỉnh",
        ),
        (
            "LÂM ĐỒNG",
            "HỘI ĐỒNG TUYỂN CHỌN, GIAO TRỰC TIẾP\nNHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ",
            "hội đồng tuyển chọn, giao trực tiếp nhiệm vụ khoa học và công nghệ",
        ),
        (
            "BÌNH ĐỊNH",
            "HỘI ĐỒNG ĐÁNH GIÁ, XẾP HẠNG\nSẢN PHẨM CÔNG NGHIỆP NÔNG THÔN\nTIÊU BIỂU CẤP TỈNH",
            "hội đồng đánh giá, xếp hạng sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh",
        ),
    ],
)
def test_a_council_s_name_wrapped_over_stacked_header_lines_is_the_issuer(
    province: str, name: str, issuer: str
) -> None:
    assert _notice(_COUNCIL_RECORD.format(province=province, name=name)).issuer == issuer


def test_a_body_on_the_line_under_its_parent_is_no_wrapped_name() -> None:
    # a guard: "UBND TỈNH BẮC GIANG" / "SỞ CÔNG THƯƠNG" are two bodies, the lower one the issuer
    text = _text(_COUNCIL_RECORD.format(province="BẮC GIANG", name="SỞ CÔNG THƯƠNG"))
    assert text.startswith("UBND TỈNH BẮC GIANG\nSỞ CÔNG THƯƠNG\n")


# 4. A record's signatures in a PDF, two blocks side by side in a table, one of them a line taller (its title
# wrapped: "PHÓ GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ PHÁT" / "TRIỂN NÔNG THÔN"): laid out by position, the taller block's
# first line stands alone above the row that opens both, so the rows pair no cells of one signature. Each
# block is read whole, the left one, then the right one, each up to its signer's name.

_RAGGED_SIGNATURES = """Biên bản kết thúc lúc 10 giờ 30 cùng ngày, đã được đọc lại cho các thành viên cùng nghe và thống

                                                                   TRƯỞNG ĐOÀN KIỂM TRA
       ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA                      PHÓ GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ PHÁT
          PHÓ CHỦ TỊCH UBND XÃ                                        TRIỂN NÔNG THÔN

                (đã ký, đóng dấu)                                             (đã ký)

                  Hà Văn Quý                                         Lường Thị Thu Hà

                      THƯ KÝ

                      (đã ký)

                 Lò Thị Mến"""


def test_a_taller_signature_block_beside_another_is_read_block_after_block() -> None:
    from ketluan.ingest.readers import pdf_layout_text

    text = pdf_layout_text(_RAGGED_SIGNATURES)
    assert (
        "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA\nPHÓ CHỦ TỊCH UBND XÃ\n(đã ký, đóng dấu)\nHà Văn Quý\n"
        "TRƯỞNG ĐOÀN KIỂM TRA\nPHÓ GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ PHÁT\nTRIỂN NÔNG THÔN\n(đã ký)\nLường Thị Thu Hà\n"
        "THƯ KÝ\n(đã ký)\nLò Thị Mến"
    ) in text


def test_the_team_s_head_signs_the_record_whose_blocks_were_ragged() -> None:
    from ketluan.ingest.readers import pdf_layout_text

    body = (
        "SỞ NÔNG NGHIỆP VÀ PTNT TỈNH SƠN LA\nĐOÀN KIỂM TRA\n\nBIÊN BẢN KIỂM TRA\nCông tác phòng, chống dịch bệnh"
        " gia súc tại xã Chiềng Mung\n\nHôm nay, hồi 8 giờ 00 ngày 12/5/2023, tại UBND xã Chiềng Mung, chúng tôi"
        " gồm:\n1. Bà Lường Thị Thu Hà - Phó Giám đốc Sở Nông nghiệp và PTNT - Trưởng đoàn;\n2. Bà Lò Thị Mến -"
        " Chuyên viên Chi cục Chăn nuôi và Thú y - Thư ký.\nIII. KẾT LUẬN\n1. UBND xã Chiềng Mung tổ chức tiêm"
        " phòng bổ sung cho đàn gia súc trong tháng 6/2023.\n"
    )
    n = parse_notice(body + pdf_layout_text(_RAGGED_SIGNATURES) + "\n", "x.pdf")
    assert n.signer is not None and n.persons[n.signer].name == "Lường Thị Thu Hà"


def test_a_taller_left_block_is_read_first_and_whole() -> None:
    # the same table the other way round: the team's head on the left, the title wrapped there
    from ketluan.ingest.readers import pdf_layout_text

    laid = (
        "Biên bản kết thúc lúc 10 giờ 30 cùng ngày, đã được đọc lại cho các thành viên cùng nghe và thống\n\n"
        "            TRƯỞNG ĐOÀN KIỂM TRA\n"
        "   PHÓ GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI                        ĐẠI DIỆN CÔNG TY\n"
        "          TRƯỜNG                                               GIÁM ĐỐC\n\n"
        "             (đã ký)                                     (đã ký, đóng dấu)\n\n"
        "          Vi Văn Đức                                       Hoàng Thị Lụa"
    )
    assert pdf_layout_text(laid).endswith(
        "TRƯỞNG ĐOÀN KIỂM TRA\nPHÓ GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI\nTRƯỜNG\n(đã ký)\nVi Văn Đức\n"
        "ĐẠI DIỆN CÔNG TY\nGIÁM ĐỐC\n(đã ký, đóng dấu)\nHoàng Thị Lụa"
    )


def test_side_by_side_signatures_of_one_height_keep_their_rows() -> None:
    # a guard: "THƯ KÝ␣␣␣CHỦ TRÌ" / … / names, the blocks level: the rows stay two cells a gap apart
    from ketluan.ingest.readers import pdf_layout_text

    laid = "       THƯ KÝ                          CHỦ TRÌ\n\n      (đã ký)                          (đã ký)\n\n   Lò Thị Mến                   Lường Thị Thu Hà"
    assert pdf_layout_text(laid) == "THƯ KÝ    CHỦ TRÌ\n(đã ký)    (đã ký)\nLò Thị Mến    Lường Thị Thu Hà"


# 5. A scan's OCR gives one mention of a body's name a wrong tone on a lower-case word ("Văn phòng Liên mỉnh" where
# the notice writes "Liên minh" again and again; "Ban Thường vụ" as "Ban Thường vũ"): the word, found nowhere
# else, is the name's own word, written right elsewhere after the same capitalised word. A person's name (all
# its words capitalised) and a word the notice uses more than once are left as written.

_UNION = """LIÊN MINH HỢP TÁC XÃ TỈNH HÀ TĨNH

THÔNG BÁO
Kết luận của Chủ tịch Liên minh Hợp tác xã tỉnh tại cuộc họp triển khai Luật Hợp tác xã

Ngày 12/9/2014, tại Hội trường Liên minh HTX, ông Trần Văn Tiến, Chủ tịch Liên minh HTX tỉnh chủ trì cuộc
họp. Tham dự có ông Nguyễn Văn Tiền, Phó Chủ tịch Liên minh HTX tỉnh.
Chủ tịch Liên minh HTX kết luận:
1. Văn phòng Liên mỉnh tham mưu dự thảo Quy chế phối hợp, trình Thường trực trong tháng 10/2014.
"""


def test_a_tone_slip_in_a_name_written_right_elsewhere_is_put_back() -> None:
    text = _text(_UNION)
    assert "1. Văn phòng Liên minh tham mưu" in text
    assert "ông Nguyễn Văn Tiền, Phó Chủ tịch" in text  # a person's name: as written


def test_two_words_of_one_letters_the_notice_both_uses_are_left_alone() -> None:
    # a guard: "các bên" and "các bến" are two words, each written in its own place
    s = "Sở Giao thông vận tải họp các bên liên quan. Các bên thống nhất. Các bên ký biên bản. Kiểm tra Các bến"
    assert repair_ocr_slips(s)[0] == s
    assert _text(s) == s


# 6. Absence said as a denied attendance after the body, "không" + "có"/"cử" + who ("người", "cán bộ", "đại
# biểu", "lãnh đạo", "ai") + attending ("dự", "tham dự", "dự họp"): "Phòng Kinh tế huyện Giồng Trôm không có
# người dự" as much as "… không cử người tham dự".

_DENIED = """SỞ CÔNG THƯƠNG TỈNH TRÀ VINH

THÔNG BÁO
Kết luận của Giám đốc Sở về chuẩn bị hàng hóa phục vụ Tết

Ngày 05/12/2009, ông Thạch Sô Phal, Giám đốc Sở chủ trì cuộc họp. Tham dự có đại diện Phòng Kinh tế và Hạ tầng
thành phố Trà Vinh, Phòng Công Thương huyện Càng Long. {absence}
Giám đốc Sở kết luận:
1. Phòng Công Thương huyện Càng Long tổ chức phiên chợ hàng Việt trước ngày 20/12/2009.
"""


@pytest.mark.parametrize(
    "absence",
    [
        "Phòng Công Thương huyện Cầu Kè không có người dự.",
        "Phòng Công Thương huyện Cầu Kè không có cán bộ tham dự.",
        "Phòng Công Thương huyện Cầu Kè không có ai dự họp.",
        "Phòng Công Thương huyện Cầu Kè không cử ai tham dự.",
    ],
)
def test_a_denied_attendance_after_the_body_marks_it_absent(absence: str) -> None:
    n = _notice(_DENIED.format(absence=absence))
    assert n.meeting.absent_agencies == ["phòng công thương huyện cầu kè"]
