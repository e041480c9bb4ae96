"""Layouts, headers, signatures and dates in the ways round X's unseen notices wrote them (inspection
conclusions and working records between two sides; letters passing a conclusion down; routine giao ban).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

from notice_checks import names_of as _names
from notice_checks import posts_of as _posts

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.sections import parse_layout

# --- a Công văn: the header of a notice, no type line, a subject line "V/v …" under its number -----------------

LETTER_SO = """UBND TỈNH BÌNH ĐỊNH                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG                 Độc lập - Tự do - Hạnh phúc
     -------                                      ---------------

Số: 1520/STNMT-MT                          Bình Định, ngày 12 tháng 6 năm 2018
V/v triển khai thực hiện Thông báo
số 201/TB-UBND ngày 05/6/2018 của
UBND tỉnh

                Kính gửi:
                - Chi cục Bảo vệ môi trường;
                - Phòng Tài nguyên nước.

Thực hiện Thông báo số 201/TB-UBND ngày 05/6/2018 của UBND tỉnh Bình Định về kết luận của Phó Chủ tịch UBND
tỉnh tại cuộc họp ngày 01/6/2018 về xử lý ô nhiễm tại các cụm công nghiệp, Giám đốc Sở yêu cầu:

1. Chi cục Bảo vệ môi trường kiểm tra việc xử lý nước thải tại Cụm công nghiệp Phú Tài, hoàn thành trước
ngày 30/6/2018.

2. Phòng Tài nguyên nước rà soát giấy phép xả thải của các cơ sở trong cụm công nghiệp.

                                                  KT. GIÁM ĐỐC
                                                  PHÓ GIÁM ĐỐC
                                                  (Đã ký)
                                                  Trần Văn Bình
"""

LETTER_UBND = """ỦY BAN NHÂN DÂN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN PHÚ TÂN    Độc lập - Tự do - Hạnh phúc
Số: 845 /UBND-KT    Phú Tân, ngày 02 tháng 10 năm 2013
Về việc thực hiện ý kiến kết luận
của Phó Chủ tịch UBND tỉnh
Kính gửi:
- Phòng Nông nghiệp và Phát triển nông thôn;
- UBND các xã, thị trấn.
Thực hiện Thông báo số 300/TB-VPUBND ngày 25/9/2013 của Văn phòng UBND tỉnh An Giang, Chủ tịch UBND huyện
chỉ đạo như sau:
1. Giao Phòng Nông nghiệp và Phát triển nông thôn kiểm tra các cơ sở kinh doanh phân bón trên địa bàn huyện.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Võ Thành Long
"""


def test_a_letters_subject_line_stands_for_its_title_and_its_header_is_read():
    lay = parse_layout(LETTER_SO)
    assert lay.kind == "notice"
    assert [ln.clean for ln in lay.header] == ["UBND TỈNH BÌNH ĐỊNH", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"]
    assert lay.title is not None
    title = LETTER_SO[lay.title.start : lay.title.end]
    assert title.startswith("V/v triển khai") and title.rstrip().endswith("UBND tỉnh")


def test_a_sos_letter_is_issued_by_the_so_and_signed_for_it():
    n = parse_notice(LETTER_SO, "cv.txt")
    names = _names(n)
    # (the name's case as the header's capitals are recased is no concern here)
    assert n.issuer is not None and names[n.issuer].lower() == "sở tài nguyên và môi trường tỉnh bình định"
    assert [(role, (body or "").lower()) for role, body in _posts(n, "Trần Văn Bình")] == [
        ("Phó Giám đốc", "sở tài nguyên và môi trường tỉnh bình định")
    ]


def test_a_district_letters_two_column_header_names_its_committee():
    n = parse_notice(LETTER_UBND, "cv.txt")
    names = _names(n)
    assert n.issuer is not None and names[n.issuer] == "Ủy ban nhân dân huyện Phú Tân"
    assert not any("cộng hòa" in name.lower() for name in names.values())


# --- a working record signed by its two sides: the issuing side's representative signs for it -------------------

RECORD_HEAD = """SỞ Y TẾ TỈNH CÀ MAU                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM              Độc lập - Tự do - Hạnh phúc
Số: 21/BB-CCATTP                          Cà Mau, ngày 14 tháng 8 năm 2014

BIÊN BẢN LÀM VIỆC
(V/v kiểm tra điều kiện an toàn thực phẩm tại Công ty TNHH Thủy sản Năm Căn)

Hôm nay, lúc 8 giờ 30 ngày 14/8/2014, tại văn phòng Công ty TNHH Thủy sản Năm Căn, chúng tôi gồm:

BÊN A: CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM TỈNH CÀ MAU
 - Ông Trịnh Văn Khoa, Phó Chi cục trưởng, Trưởng đoàn;
 - Bà Lý Thị Mai, chuyên viên.

BÊN B: CÔNG TY TNHH THỦY SẢN NĂM CĂN
 - Ông Hồ Minh Tâm, Giám đốc.

Hai bên thống nhất: Công ty khắc phục các tồn tại về điều kiện vệ sinh nhà xưởng trước ngày 30/9/2014.

Biên bản được lập thành 02 bản, mỗi bên giữ 01 bản, các bên thống nhất ký tên.

"""

SIDES_IN_COLUMNS = """ ĐẠI DIỆN BÊN B                          ĐẠI DIỆN BÊN A
 GIÁM ĐỐC                                 TRƯỞNG ĐOÀN
 (đã ký, đóng dấu)                        (đã ký)

 Hồ Minh Tâm                              Trịnh Văn Khoa
"""

SIDES_TABLE_READ_IN_TURN = """ĐẠI DIỆN BÊN A
KT. CHI CỤC TRƯỞNG
PHÓ CHI CỤC TRƯỞNG
ĐẠI DIỆN BÊN B
GIÁM ĐỐC CÔNG TY
| (đã ký) | (đã ký) |
| Trịnh Văn Khoa | Hồ Minh Tâm |
"""


def _signer_lines(text: str) -> list[str]:
    return [ln.clean.strip() for ln in parse_layout(text).signature]


def test_a_two_sided_record_in_columns_is_signed_by_the_issuing_sides_representative():
    sig = _signer_lines(RECORD_HEAD + SIDES_IN_COLUMNS)
    assert "Trịnh Văn Khoa" in sig and "Hồ Minh Tâm" not in sig
    assert "GIÁM ĐỐC" not in sig


def test_a_two_sided_records_flattened_table_keeps_the_issuing_sides_cells():
    sig = _signer_lines(RECORD_HEAD + SIDES_TABLE_READ_IN_TURN)
    assert "Trịnh Văn Khoa" in sig and "Hồ Minh Tâm" not in sig
    assert "PHÓ CHI CỤC TRƯỞNG" in sig and "GIÁM ĐỐC CÔNG TY" not in sig
    n = parse_notice(RECORD_HEAD + SIDES_TABLE_READ_IN_TURN, "bb.txt")
    assert ("Phó Chi cục trưởng", "chi cục an toàn vệ sinh thực phẩm tỉnh cà mau") in [
        (role, (body or "").lower()) for role, body in _posts(n, "Trịnh Văn Khoa")
    ]


def test_the_side_the_issuer_is_signs_even_when_it_is_side_b():
    head = RECORD_HEAD.replace("BÊN A: CHI CỤC", "BÊN X: CHI CỤC").replace("BÊN B: CÔNG TY", "BÊN A: CÔNG TY")
    head = head.replace("BÊN X: CHI CỤC", "BÊN B: CHI CỤC")
    swapped = (
        SIDES_IN_COLUMNS.replace("BÊN B  ", "BÊN Z  ").replace("BÊN A", "BÊN B").replace("BÊN Z", "BÊN A")
    )
    sig = _signer_lines(head + swapped)
    # the Chi cục is now Bên B, and its representative signs in the right column, under "ĐẠI DIỆN BÊN B"
    assert "Trịnh Văn Khoa" in sig and "Hồ Minh Tâm" not in sig


# --- a plan made after a meeting: "KẾ HOẠCH" under a notice's header, its subtitle, its parts ------------------

PLAN = """UBND TỈNH THÁI BÌNH
SỞ CÔNG THƯƠNG
Số: 215/KH-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 20 tháng 10 năm 2021
KẾ HOẠCH
Triển khai thực hiện kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về quản lý đo lường, chất lượng trong kinh doanh xăng dầu trên địa bàn tỉnh
Căn cứ Thông báo số 120/TB-UBND ngày 12/10/2021 của UBND tỉnh Thái Bình về kết luận của Phó Chủ tịch UBND tỉnh;
Sở Công Thương xây dựng Kế hoạch triển khai thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Cụ thể hóa các nội dung kết luận; phân công rõ đơn vị chủ trì, thời gian hoàn thành.
- Bảo đảm 100% cột đo xăng dầu trên địa bàn tỉnh được kiểm định đúng hạn.
II. NHIỆM VỤ CỤ THỂ
1. Phòng Quản lý thương mại rà soát danh sách cửa hàng xăng dầu, hoàn thành trước ngày 30/11/2021.
2. Thanh tra Sở kiểm tra việc chấp hành quy định về đo lường tại các cửa hàng xăng dầu trong quý IV/2021.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
(Đã ký)
Phạm Văn Hòa
"""


def test_a_plan_under_a_notices_header_is_read_as_one():
    lay = parse_layout(PLAN)
    assert lay.kind == "notice"
    assert [ln.clean for ln in lay.header] == ["UBND TỈNH THÁI BÌNH", "SỞ CÔNG THƯƠNG"]
    assert lay.title is not None
    # the subtitle, one long line with no blank line around it, is the title's; the body opens with "Căn cứ"
    assert PLAN[lay.title.start : lay.title.end].endswith("trên địa bàn tỉnh")
    assert lay.body and lay.body[0].text.startswith("Căn cứ")


def test_a_plans_purpose_and_requirements_are_no_tasks():
    n = parse_notice(PLAN, "kh.docx")
    texts = [d.text for d in n.directives]
    assert not any(t.startswith(("MỤC ĐÍCH", "Bảo đảm 100%", "Cụ thể hóa")) for t in texts), texts
    assert any(
        t.startswith("Phòng Quản lý thương mại rà soát") or t.startswith("rà soát") for t in texts
    ) or any("rà soát danh sách" in t for t in texts)


# --- an e-mail passing a notice on, signed by an office's desk, not by a person ------------------------------------

MAIL = """From: Phong Tong hop - VP UBND tinh <tonghop.vpubnd@kiengiang.gov.vn>
Sent: Monday, April 6, 2026 9:12 AM
To: cacso@kiengiang.gov.vn
Subject: Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban tuần ngày 03/4/2026

Kính gửi: Thủ trưởng các sở, ngành tỉnh.

Văn phòng UBND tỉnh xin gửi đến Quý cơ quan nội dung Thông báo số 75/TB-VPUBND ngày 04/4/2026. Tóm tắt như sau:

Ngày 03/4/2026, Chủ tịch UBND tỉnh Đỗ Minh Tâm chủ trì cuộc họp giao ban tuần. Tham dự có Giám đốc Sở Khoa học
và Công nghệ Lê Thị Hạnh; lãnh đạo các sở: Tài chính, Xây dựng.

Chủ tịch UBND tỉnh kết luận:

(1) Sở Tài chính tổng hợp danh mục dự án giải ngân chậm, trình UBND tỉnh trước ngày 20/4/2026.

(2) Sở Khoa học và Công nghệ kiểm tra đo lường tại các cửa hàng xăng dầu trong quý II/2026.

Trân trọng.
--
{signature}
ĐT: 0297.3xxx.xxx
"""


def test_a_mail_signed_by_an_offices_desk_is_the_offices():
    n = parse_notice(MAIL.format(signature="Phòng Tổng hợp - Văn phòng UBND tỉnh Kiên Giang"), "mail.txt")
    names = _names(n)
    assert n.issuer is not None and names[n.issuer].lower() == "văn phòng ủy ban nhân dân tỉnh kiên giang"


def test_a_mail_signed_by_a_person_keeps_the_name_as_its_signer():
    lay = parse_layout(MAIL.format(signature="Nguyễn Thị Thu\nChuyên viên - Văn phòng UBND tỉnh Kiên Giang"))
    assert [ln.clean for ln in lay.signature][:1] == ["Nguyễn Thị Thu"]
    assert [ln.clean for ln in lay.header] == ["Văn phòng UBND tỉnh Kiên Giang"]


def test_a_scans_quoc_hieu_with_a_capital_i_read_as_l_is_no_header_body():
    text = RECORD_HEAD.replace("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "CỘNG HOÀ XÃ HỘl CHỦ NGHĨA").replace(
        "Độc lập - Tự do", "Độc Iập - Tự do"
    )
    text = text.replace("SỞ Y TẾ TỈNH CÀ MAU                     ", "SỞ Y TẾ TỈNH CÀ MAU\n")
    lay = parse_layout(text)
    assert [ln.clean for ln in lay.header] == ["SỞ Y TẾ TỈNH CÀ MAU", "CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM"]


def test_a_sides_members_listed_at_the_opening_are_no_signature():
    text = RECORD_HEAD.replace(
        "BÊN A: CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM TỈNH CÀ MAU", "ĐẠI DIỆN BÊN A:"
    ).replace("BÊN B: CÔNG TY TNHH THỦY SẢN NĂM CĂN", "ĐẠI DIỆN BÊN B:")
    lay = parse_layout(text + SIDES_IN_COLUMNS)
    assert any("Hai bên thống nhất" in b.text for b in lay.body)
    assert "Trịnh Văn Khoa" in [ln.clean.strip() for ln in lay.signature]
