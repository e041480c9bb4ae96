"""Reading and layout in the ways round AM's unseen notices wrote them (epidemics, vaccination and food safety;
schools, exams and vocational training; ethnic affairs, mass mobilisation and the Fatherland Front).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import names_of, posts_of, task_of
from notice_checks import notice_as_read as _notice

from ketluan.ingest.layout_repair import join_wrapped_date_year, repair_ocr_slips
from ketluan.ingest.text import match_key

# 1. A record's subject under "BIÊN BẢN" names the programme, the year and the place, and so wraps onto four or
# five short centred lines ("Kiểm tra việc thực hiện Chương trình …" / "… vùng đồng bào dân tộc thiểu số" / "năm
# 2024 …" / "tại xã …"); the body's first sentence under it gives the legal basis and then the record's own day
# ("Thực hiện Quyết định số … ngày 02/9/2024 …, hôm nay, vào hồi 14 giờ 00 ngày 10/9/2024, …"). The subject's
# lines are the title, so that sentence opens the body and its second date is the meeting's.

_RECORD = """   UBND TỈNH GIA LAI                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    BAN DÂN TỘC                          Độc lập - Tự do - Hạnh phúc
   ------------                        ----------------------------
 Số: 17/BB-ĐKT                        Ia Grai, ngày 10 tháng 9 năm 2024

                               BIÊN BẢN
{subject}

Thực hiện Quyết định số 95/QĐ-BDT ngày 02/9/2024 của Trưởng ban Ban Dân tộc tỉnh về việc thành lập Đoàn kiểm \
tra, hôm nay, vào hồi 14 giờ 00 ngày 10/9/2024, tại trụ sở UBND huyện Ia Grai, chúng tôi gồm:

A. ĐOÀN KIỂM TRA
1. Ông Rơ Châm Tuấn, Phó Trưởng ban Ban Dân tộc tỉnh - Trưởng đoàn;
2. Bà Lê Thị Hoa, chuyên viên Phòng Chính sách - Thư ký.

B. ĐẠI DIỆN UBND HUYỆN IA GRAI
1. Ông Nguyễn Văn Sơn, Phó Chủ tịch UBND huyện.

C. KẾT LUẬN
1. UBND huyện Ia Grai hoàn thành hỗ trợ nhà ở cho hộ nghèo trước ngày 30/11/2024.

Biên bản kết thúc vào hồi 16 giờ 30 cùng ngày./.
"""

_SUBJECTS = [
    # four lines
    """      Kiểm tra việc thực hiện Chương trình mục tiêu quốc gia phát triển
        kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi
             năm 2024 và chính sách hỗ trợ người có uy tín
                         tại huyện Ia Grai""",
    # five lines
    """         Kiểm tra tình hình triển khai Dự án 1 giải quyết tình trạng
                thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt
            thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội
                 vùng đồng bào dân tộc thiểu số và miền núi năm 2024
                         tại huyện Ia Grai""",
]


@pytest.mark.parametrize("subject", _SUBJECTS)
def test_a_record_s_subject_on_four_or_five_lines_is_its_title(subject: str) -> None:
    n = _notice(_RECORD.format(subject=subject))
    assert n.meeting.held_on is not None and n.meeting.held_on.startswith("2024-09-10"), n.meeting.held_on


def test_a_record_s_subject_on_two_lines_still_ends_at_the_blank_line() -> None:
    """Guard (passes before too): a two-line subject is the title as before, and the day is the record's."""
    subject = """          Kiểm tra việc chi trả chính sách đối với người có uy tín
                         tại huyện Ia Grai"""
    n = _notice(_RECORD.format(subject=subject))
    assert n.meeting.held_on is not None and n.meeting.held_on.startswith("2024-09-10")


# 2. A scanned header copied line by line: OCR reads the final capital "I" of a word in capitals as "l" ("XÃ HỘl",
# "HỘl NÔNG DÂN"), and the issuer's name no longer reads. In a word of capitals after another, a lower-case "l"
# that makes the word one syllable as "I" is that letter.

_OCR_HEADER = """UBND TỈNH HÀ TĨNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘl Độc lập - Tự do - Hạnh phúc

Số: 88 /TB-SLĐTBXH           Hà Tĩnh, ngày 15 tháng 9 năm 2012

THÔNG BÁO
Kết luận của Giám đốc Sở tại cuộc giao ban công tác giảm nghèo tháng 8 năm 2012

Ngày 12/9/2012, tại phòng họp Sở, ông Trần Quốc Huy, Giám đốc Sở chủ trì cuộc giao ban. Giám đốc Sở kết luận:
1. Phòng Bảo trợ xã hội tổng hợp danh sách hộ nghèo, báo cáo Giám đốc Sở trước ngày 30/9/2012.

Noi nhận:                                     GIÁM ĐỐC
- UBND tỉnh (b/c);
- Lưu: VT.                                   Trần Quốc Huy
"""


def test_an_ocr_d_final_i_in_the_issuer_s_capitals_is_put_back() -> None:
    n = _notice(_OCR_HEADER)
    assert n.issuer is not None
    assert match_key(names_of(n)[n.issuer]).startswith(match_key("Sở Lao động - Thương binh và Xã hội"))


@pytest.mark.parametrize(
    ("slip", "fixed"),
    [
        ("BAN THƯỜNG TRỰC UBMTTQ TỈNH\nHỘI CỰU CHIẾN BINH VÀ HỘl NÔNG DÂN", "HỘI NÔNG DÂN"),
        ("BAN CHỈ ĐẠO THl TỐT NGHIỆP THPT", "BAN CHỈ ĐẠO THI TỐT NGHIỆP THPT"),
    ],
)
def test_an_l_for_i_in_a_word_of_capitals_is_put_back(slip: str, fixed: str) -> None:
    assert fixed in repair_ocr_slips(slip)[0]


def test_codes_and_a_lone_capital_keep_their_l_and_1() -> None:
    """Guard (passes before too): a code with a digit, a lone capital before "l", a line's first word stay."""
    s = "Phương án KH1 và PA1; ký hiệu Hl\nĐỘl THANH NIÊN"
    assert repair_ocr_slips(s)[0] == s


# 3. A plain-text notice wraps its lines at a fixed width; a list item's wrapped lines hang under its text, deeper
# than the notice's paragraphs. A line that goes on with a range of years the line above left open ("… giai đoạn
# 2026 -" / "     2030, trình UBND tỉnh trước ngày …") belongs to the item, not to a task of its own.

_HANGING = """HUYỆN ỦY CHÂU THÀNH                        ĐẢNG CỘNG SẢN VIỆT NAM

Số 112-TB/HU                               Châu Thành, ngày 20 tháng 5 năm 2025

THÔNG BÁO
kết luận của Ban Thường vụ Huyện ủy về sắp xếp trường, lớp

Ngày 16/5/2025, Ban Thường vụ Huyện ủy họp, nghe Đảng ủy các xã báo cáo tình hình sắp xếp trường, lớp học
trên địa bàn huyện và ý kiến của các cơ quan tham mưu. Sau khi thảo luận, Ban Thường vụ Huyện ủy kết luận
như sau:
1. Thời gian qua, việc sắp xếp, sáp nhập trường, lớp được các cấp ủy, chính quyền quan tâm lãnh đạo, chỉ đạo;
từ năm 2020 đến nay toàn huyện giảm 14 trường, 31 điểm trường lẻ. Tuy nhiên, cơ sở vật chất ở một số trường
sau sáp nhập còn thiếu, đội ngũ giáo viên chưa đồng bộ, nhất là giáo viên tiếng Anh, tin học và giáo viên
mầm non ở các xã vùng sâu.
2. Đảng ủy các xã lãnh đạo chính quyền thực hiện các nhiệm vụ sau:
   - Chỉ đạo Phòng Giáo dục và Đào tạo huyện chủ trì, phối hợp với UBND các xã, thị trấn rà soát,
     xây dựng phương án sắp xếp các điểm trường lẻ, trường mầm non, tiểu học giai đoạn 2026 -
     2030, trình UBND huyện trước ngày 31/7/2025; bảo đảm không ảnh hưởng việc học tập của
     học sinh;
   - Chỉ đạo Phòng Nội vụ huyện bố trí đủ giáo viên cho các trường sau sáp nhập, hoàn thành trước
     ngày khai giảng năm học 2025 - 2026.
3. Giao Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Thông báo này, báo cáo Ban Thường vụ
Huyện ủy trong tháng 12/2025.

                                               T/M BAN THƯỜNG VỤ
                                               PHÓ BÍ THƯ THƯỜNG TRỰC

                                               Trương Thị Ngọc
"""


def test_an_item_s_hanging_line_opening_with_a_year_goes_on_with_the_item() -> None:
    n = _notice(_HANGING)
    assert not [d for d in n.directives if d.text.startswith("2030")], [d.text[:30] for d in n.directives]
    _assignees, _supporters, due = task_of(n, "Chỉ đạo Phòng Giáo dục")
    assert due == "2025-07-31"


# 4. OCR loses the hook of "tỉnh" in the name of the province's Youth Union committee ("Phó Bí thư Tinh đoàn") and
# the dot below of "huyện" in the district's ("Huyên đoàn"): "tinh" and "huyên" go before no "đoàn" or "ủy" in
# Vietnamese, so the mark goes back and the post keeps its body.

_YOUTH = """ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG TRỊ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN THƯỜNG TRỰC Độc lập - Tự do - Hạnh phúc

Số: 41 /TB-MTTQ-BTT           Đông Hà, ngày 08 tháng 7 năm 2014

THÔNG BÁO
Kết luận của Ban Thường trực tại hội nghị giao ban quý II năm 2014

Ngày 05/7/2014, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức giao ban quý II. Dự hội nghị có: ông Lê Văn \
Hùng, Chủ tịch Hội Nông dân tỉnh; chị Hồ Thị Mai, Phó Bí thư Tinh đoàn; ông Phan Đức Thọ, Chủ tịch Hội Cựu chiến \
binh tỉnh.
Ông Nguyễn Văn Cường, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị và kết luận:
1. Hội Nông dân tỉnh vận động hội viên ủng hộ Quỹ "Vì người nghèo" trước ngày 30/9/2014.

TM. BAN THƯỜNG TRỰC
PHÓ CHỦ TỊCH

Nguyễn Văn Cường
"""


def test_a_youth_union_s_provincial_committee_read_without_its_hook_keeps_the_post() -> None:
    n = _notice(_YOUTH)
    posts = posts_of(n, "Hồ Thị Mai")
    assert any(body and match_key(body).startswith(match_key("Tỉnh đoàn")) for _role, body in posts), posts


@pytest.mark.parametrize(
    ("slip", "fixed"),
    [
        ("Phó Bí thư Huyên đoàn Tuy Phước", "Phó Bí thư Huyện đoàn Tuy Phước"),
        ("Ban Tổ chức Tinh ủy", "Ban Tổ chức Tỉnh ủy"),
    ],
)
def test_the_mark_of_a_level_before_doan_or_uy_is_put_back(slip: str, fixed: str) -> None:
    assert repair_ocr_slips(slip)[0] == fixed


def test_tinh_than_doan_ket_keeps_its_tinh() -> None:
    """Guard (passes before too): "tinh" before other words stays as written."""
    s = "phát huy tinh thần đoàn kết, tinh gọn bộ máy"
    assert repair_ocr_slips(s)[0] == s


# 5. A copy whose place and date line, set in the right column, ran past the page's edge: the year falls onto a
# line of its own ("Số: 215/TB-CCT      Quảng Ngãi, ngày 14 tháng 10 năm" / "2015"). A line of four digits alone
# under a date closed by "năm" is that date's year, and the notice keeps its date.

_WRAPPED_YEAR = """CỤC THUẾ TỈNH QUẢNG NGÃI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
Số: 215/TB-CT                                   Quảng Ngãi, ngày 14 tháng 10 năm
2015

THÔNG BÁO
Kết luận của Cục trưởng tại hội nghị giao ban công tác thu ngân sách quý III/2015

Ngày 12/10/2015, tại Cục Thuế tỉnh, ông Lê Văn Thành, Cục trưởng chủ trì hội nghị và kết luận:
1. Phòng Tổng hợp - Nghiệp vụ - Dự toán tổng hợp kết quả thu, báo cáo Cục trưởng trước ngày 20/10/2015.

CỤC TRƯỞNG

Lê Văn Thành
"""


def test_a_year_wrapped_onto_its_own_line_stays_with_the_notice_s_date() -> None:
    n = _notice(_WRAPPED_YEAR)
    assert n.issued_on == "2015-10-14"


def test_a_year_opening_a_sentence_is_not_joined() -> None:
    """Guard against over-reach of the new repair: a line that goes on after the year is no year alone."""
    s = "xong trước ngày 30 tháng 6 năm\n2016, báo cáo UBND tỉnh."
    assert join_wrapped_date_year(s)[0] == s


# 6. OCR reading the label of the notice's number with the letter "o" as a zero or without its mark ("S0: 57/TB-
# SNN", "So: 57/TB-SNN"): at the head of a header's line, before a colon and digits, the word is "Số", and the
# number is the notice's, not a part of the issuer's name.

_NUMBER_LABEL = """UBND TỈNH THANH HÓA     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NÔNG NGHIỆP VÀ PTNT Độc lập - Tự do - Hạnh phúc
{label}: 57/TB-SNN          Thanh Hóa, ngày 18 tháng 3 năm 2013

THÔNG BÁO
Kết luận của Giám đốc Sở tại hội nghị giao ban phòng, chống dịch bệnh gia súc, gia cầm

Ngày 15/3/2013, tại Sở Nông nghiệp và PTNT, ông Lê Đức Giang, Giám đốc Sở chủ trì hội nghị và kết luận:
1. Chi cục Thú y tổ chức tiêm phòng vắc xin cúm gia cầm đợt 1, xong trước ngày 30/4/2013.

GIÁM ĐỐC

Lê Đức Giang
"""


@pytest.mark.parametrize("label", ["S0", "So"])
def test_an_ocr_d_number_label_still_gives_the_notice_s_number(label: str) -> None:
    n = _notice(_NUMBER_LABEL.format(label=label))
    assert n.document_number is not None and "57/TB-SNN" in n.document_number, n.document_number
