"""A notice run together into long lines (copied out of a PDF or a web page) gets its line breaks back.

Snippets written for these tests (officials invented; bodies and places real).
"""

from __future__ import annotations

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.layout_repair import break_flattened_lines

FLAT = (
    "UBND TỈNH HÀ NAM          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ Y TẾ          Độc lập - Tự do - Hạnh phúc "
    "Số: 215/TB-SYT          Hà Nam, ngày 12 tháng 3 năm 2019\n"
    "THÔNG BÁO Kết luận của Giám đốc Sở Y tế tại Hội nghị giao ban công tác khám, chữa bệnh quý I năm 2019\n"
    "Ngày 08/3/2019, tại hội trường Sở Y tế, đồng chí Trần Văn Tĩnh, Giám đốc Sở chủ trì Hội nghị giao ban.\n"
    "Giám đốc Sở kết luận như sau:\n"
    "1. Bệnh viện Đa khoa tỉnh rà soát quy trình khám bệnh, báo cáo trước ngày 30/3/2019.\n"
    "Sở Y tế thông báo để các đơn vị biết, thực hiện./. Nơi nhận: - UBND tỉnh (b/c); - Các đơn vị trực thuộc; "
    "- Lưu: VT, NVY. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (Đã ký) Nguyễn Thị Hằng\n"
)

PARTY = (
    "ĐẢNG BỘ TỈNH NAM ĐỊNH ĐẢNG CỘNG SẢN VIỆT NAM HUYỆN ỦY HẢI HẬU * Số 92-TB/HU Hải Hậu, ngày 14 tháng 6 năm "
    "2012 THÔNG BÁO KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY về công tác xây dựng nông thôn mới ----- Ngày "
    "11/6/2012, Ban Thường vụ Huyện ủy họp nghe báo cáo. Đồng chí Vũ Văn Lâm, Bí thư Huyện ủy chủ trì.\n"
    "1. Giao Phòng Nông nghiệp và Phát triển nông thôn rà soát tiêu chí, báo cáo trước ngày 30/6/2012.\n"
    "Nơi nhận: - Thường trực Tỉnh ủy (b/c), - Các đồng chí Huyện ủy viên, - Lưu Văn phòng Huyện ủy. "
    "T/M BAN THƯỜNG VỤ BÍ THƯ Vũ Văn Lâm\n"
)


def test_only_spaces_change():
    for text in (FLAT, PARTY):
        fixed, n = break_flattened_lines(text)
        assert n > 5 and len(fixed) == len(text)
        assert [i for i, (a, b) in enumerate(zip(fixed, text, strict=True)) if a != b] == [
            i for i, ch in enumerate(fixed) if ch == "\n" and text[i] == " "
        ]


def test_the_header_title_and_signature_of_a_flattened_notice():
    notice = parse_notice(break_flattened_lines(FLAT)[0], "flat.txt")
    assert notice.agencies[notice.issuer].name == "Sở Y tế tỉnh Hà Nam"
    assert notice.persons[notice.signer].name == "Nguyễn Thị Hằng"
    assert notice.issued_on == "2019-03-12" and notice.meeting.held_on == "2019-03-08"


def test_a_party_notice_run_into_one_paragraph():
    notice = parse_notice(break_flattened_lines(PARTY)[0], "party.txt")
    assert notice.agencies[notice.issuer].name == "Huyện ủy Hải Hậu"
    assert notice.persons[notice.signer].name == "Vũ Văn Lâm"
    assert notice.meeting.held_on == "2012-06-11"


def test_a_notice_laid_out_line_by_line_is_left_alone():
    laid_out = (
        "UBND TỈNH HÀ NAM          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ Y TẾ          Độc lập - Tự do - Hạnh phúc\n"
        "Số: 215/TB-SYT          Hà Nam, ngày 12 tháng 3 năm 2019\n"
        "THÔNG BÁO\n"
        "Kết luận của Giám đốc Sở Y tế tại Hội nghị giao ban công tác khám, chữa bệnh quý I năm 2019\n"
        "Căn cứ Thông báo số 12/TB-UBND ngày 5/3/2019 của UBND tỉnh về kết luận của Chủ tịch UBND tỉnh, Sở Y tế đã "
        "tổ chức hội nghị; Số liệu báo cáo cho thấy các đơn vị đã hoàn thành kế hoạch năm 2018 theo đúng tiến độ.\n"
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.\n"
    )
    assert break_flattened_lines(laid_out) == (laid_out, 0)
