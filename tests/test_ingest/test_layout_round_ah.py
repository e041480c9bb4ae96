"""Reading and layout in the ways round AH's unseen notices wrote them (fisheries and the sea; press, post and
telecoms; science, technology and innovation).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

import io

import docx
import pytest
from notice_checks import notice_as_read as _notice
from notice_checks import text_as_read as _text

from ketluan.ingest.errors import UnreadableNoticeError
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.layout_repair import repair_ocr_slips
from ketluan.ingest.readers import read_notice_bytes
from ketluan.ingest.records import Notice


def _signer(n: Notice) -> str | None:
    return n.persons[n.signer].name if n.signer else None


# 1. The short rule NĐ 30/2020 sets under the issuing body's name and under the tiêu ngữ, in a notice copied out
# of Word, is a run of one repeated glyph: often the macron "¯¯¯¯¯¯" (or "‾‾‾", "═══"), not only "___" or "---".
# It is layout: a notice whose words decode fine is read, however long its rules.

_BODY = (
    "Ngày 08/6/2023, đồng chí Giàng A Tồng, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp về hạ tầng viễn thông tại"
    " các bản chưa có sóng di động. Tham dự có: ông Lý Văn Pao, Giám đốc Sở Thông tin và Truyền thông.\n"
    "Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:\n"
    "1. Giao Sở Thông tin và Truyền thông tổng hợp danh sách bản chưa có sóng, báo cáo UBND tỉnh trước ngày"
    " 30/6/2023.\n"
)


def _stacked_header(rule: str) -> str:
    return (
        f"UBND TỈNH LAI CHÂU\nVĂN PHÒNG\n{rule * 9}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập - Tự do - Hạnh phúc\n{rule * 24}\nSố: 88/TB-VPUBND\nLai Châu, ngày 12 tháng 6 năm 2023\n\n"
        "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh về hạ tầng viễn thông\n\n"
        + _BODY
        + "\nTL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nSùng Thị Mỷ\n"
    )


def test_macron_rules_under_the_header_are_no_garbled_text() -> None:
    n = _notice(_stacked_header("¯"))
    assert n.meeting.held_on == "2023-06-08"
    assert _signer(n) == "Sùng Thị Mỷ"


@pytest.mark.parametrize("rule", ["‾", "═", "─", "_", "*"])
def test_rules_of_other_glyphs_under_the_header_are_read_alike(rule: str) -> None:
    # a guard: these glyphs were never counted as garbled, and must stay so
    assert _notice(_stacked_header(rule)).meeting.held_on == "2023-06-08"


def _word_header_table(rule: str) -> bytes:
    """A Word notice whose header is a borderless two-column table with a rule under each column's heads."""
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.text = f"UBND TỈNH HÀ GIANG\nVĂN PHÒNG\n{rule * 7}\nSố: 215/TB-VPUBND"
    right.text = (
        f"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{rule * 20}\n"
        "Hà Giang, ngày 12 tháng 6 năm 2023"
    )
    for line in (
        "THÔNG BÁO",
        "Kết luận của Phó Chủ tịch UBND tỉnh về hạ tầng viễn thông",
        *_BODY.splitlines(),
    ):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_header_table_ruled_with_macrons_is_read() -> None:
    text = read_notice_bytes(_word_header_table("¯"), "x.docx").text
    n = parse_notice(text, "x.docx")
    assert n.issuer == "văn phòng ủy ban nhân dân tỉnh hà giang"
    assert n.issued_on == "2023-06-12"
    assert n.meeting.held_on == "2023-06-08"


def test_bytes_that_did_not_decode_are_still_garbled_text() -> None:
    # a guard: a run of U+FFFD is what a failed decoding leaves, not a rule
    broken = "Th\ufffd\ufffd\ufffdng b\ufffd\ufffd\ufffdo k\ufffd\ufffd\ufffdt lu\ufffd\ufffd\ufffdn. " * 12
    with pytest.raises(UnreadableNoticeError):
        read_notice_bytes(broken.encode("utf-8"), "x.txt")


# 2. A record of a meeting with several parties (firms, a district) is countersigned by each party's
# representative ("ĐẠI DIỆN …" / "(đã ký)" / name, two or three to a row) above the row of the two who sign for the
# meeting ("THƯ KÝ␣␣␣␣CHỦ TRÌ"): the chair signs the record, not the last party above him.

_RECORD = """SỞ CÔNG THƯƠNG                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH SƠN LA                              Độc lập - Tự do - Hạnh phúc

                                      Sơn La, ngày 15 tháng 10 năm 2019

                                 BIÊN BẢN
         Cuộc họp về cấp điện cho các bản chưa có điện lưới quốc gia

Hôm nay, vào lúc 8 giờ 00 ngày 15/10/2019, tại Sở Công Thương, chúng tôi gồm:
- Ông Cầm Văn Chinh, Giám đốc Sở Công Thương, chủ trì;
- Ông Lường Văn Biên, Giám đốc Công ty Điện lực Sơn La;
- Ông Quàng Văn Thái, Phó Chủ tịch UBND huyện Sốp Cộp;
- Bà Lò Thị Vân, chuyên viên Sở Công Thương, thư ký.

Sau khi thảo luận, các bên thống nhất:
1. Công ty Điện lực Sơn La lập phương án cấp điện cho 12 bản, báo cáo Sở Công Thương trước ngày 30/11/2019.
2. UBND huyện Sốp Cộp hỗ trợ giải phóng mặt bằng.

Biên bản đã được thông qua, các bên nhất trí ký tên.
{parties}
{roles}"""

_PARTIES_IN_A_ROW = """
ĐẠI DIỆN CÔNG TY ĐIỆN LỰC SƠN LA        ĐẠI DIỆN UBND HUYỆN SỐP CỘP
         (đã ký)                                (đã ký)
     Lường Văn Biên                          Quàng Văn Thái
"""
_PARTIES_ONE_UNDER_ANOTHER = """
ĐẠI DIỆN CÔNG TY ĐIỆN LỰC SƠN LA
         (đã ký)
     Lường Văn Biên

ĐẠI DIỆN UBND HUYỆN SỐP CỘP
         (đã ký)
     Quàng Văn Thái
"""
_ROLES_SIDE_BY_SIDE = """
       THƯ KÝ                                 CHỦ TRÌ
       (đã ký)                        GIÁM ĐỐC SỞ CÔNG THƯƠNG
     Lò Thị Vân                               (đã ký)
                                           Cầm Văn Chinh
"""
_ROLES_ONE_UNDER_ANOTHER = """
THƯ KÝ
(đã ký)
Lò Thị Vân

CHỦ TRÌ
GIÁM ĐỐC SỞ CÔNG THƯƠNG
(đã ký)
Cầm Văn Chinh
"""


@pytest.mark.parametrize(
    "parties",
    [_PARTIES_IN_A_ROW, _PARTIES_ONE_UNDER_ANOTHER],
    ids=["in a row (a guard)", "one under another"],
)
def test_the_chair_signs_a_record_the_parties_countersigned_above(parties: str) -> None:
    assert _signer(_notice(_RECORD.format(parties=parties, roles=_ROLES_SIDE_BY_SIDE))) == "Cầm Văn Chinh"


def test_the_chair_signs_under_the_secretary_after_the_parties() -> None:
    n = _notice(_RECORD.format(parties=_PARTIES_ONE_UNDER_ANOTHER, roles=_ROLES_ONE_UNDER_ANOTHER))
    assert _signer(n) == "Cầm Văn Chinh"


# 3. The form of a council's record (an acceptance council, a selection council) gives the meeting's time and
# place in one numbered field named by what is held ("5. Thời gian, địa điểm họp: 14 giờ 00 ngày …"): its day is
# the meeting's, though the record is dated a day or more later.

_COUNCIL_RECORD = """UBND TỈNH GIA LAI
SỞ KHOA HỌC VÀ CÔNG NGHỆ
HỘI ĐỒNG TƯ VẤN
XÉT DUYỆT THUYẾT MINH NHIỆM VỤ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Gia Lai, ngày 24 tháng 5 năm 2018

BIÊN BẢN HỌP HỘI ĐỒNG

1. Tên nhiệm vụ: "Ứng dụng tiến bộ kỹ thuật trong trồng hồ tiêu bền vững".
2. Quyết định thành lập Hội đồng số 88/QĐ-SKHCN ngày 10/5/2018 của Giám đốc Sở Khoa học và Công nghệ.
3. {label}: 14 giờ 00 ngày 22/5/2018 tại phòng họp Sở Khoa học và Công nghệ.
4. Thành viên Hội đồng có mặt: 05/05.

Hội đồng thống nhất:
- Đơn vị chủ trì hoàn thiện thuyết minh, gửi Sở Khoa học và Công nghệ trước ngày 15/6/2018.

THƯ KÝ                                   CHỦ TỊCH HỘI ĐỒNG
(đã ký)                                      (đã ký)
Rơ Chăm Hiếu                                Đinh Văn Tâm
"""


@pytest.mark.parametrize(
    "label", ["Thời gian, địa điểm họp", "Thời gian và địa điểm họp", "Thời gian, địa điểm tổ chức"]
)
def test_a_record_s_time_and_place_field_dates_the_meeting(label: str) -> None:
    n = _notice(_COUNCIL_RECORD.format(label=label))
    assert (n.meeting.held_on or "").startswith("2018-05-22")
    assert n.issued_on == "2018-05-24"


# 4. An inspection team's or a council's members typed in plain text in three columns two spaces or more apart
# (name / post and body / role in the team: "Trưởng đoàn", "Thành viên", "Thư ký"), with no header row: each
# column is a cell, so the role in the team is never read into the body's name.

_TEAM = """SỞ NÔNG NGHIỆP VÀ PTNT QUẢNG TRỊ       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
   ĐOÀN KIỂM TRA LIÊN NGÀNH                 Độc lập - Tự do - Hạnh phúc

                                   Gio Linh, ngày 20 tháng 6 năm 2022

                                BIÊN BẢN
        Kiểm tra công tác chống khai thác IUU tại Cảng cá Cửa Việt

Hôm nay, vào lúc 08 giờ 00 ngày 20/6/2022, tại Cảng cá Cửa Việt, chúng tôi gồm:
1. Ông Lê Quang Hải        Phó Giám đốc Sở Nông nghiệp và PTNT       Trưởng đoàn
2. Trung tá Võ Văn Lâm     Đồn trưởng Đồn Biên phòng Cửa Việt        Thành viên
3. Bà Hoàng Thị Nga        Chuyên viên Chi cục Thủy sản               Thư ký

Kết luận của Đoàn kiểm tra:
1. Chi cục Thủy sản hướng dẫn chủ tàu ghi nhật ký khai thác, hoàn thành trong tháng 7/2022.
"""


def _post_body(n: Notice, person: str) -> list[str | None]:
    return [n.agencies[p.agency].name if p.agency else None for p in n.posts if p.person == person]


def test_a_member_s_role_in_the_team_is_no_part_of_the_body_s_name() -> None:
    n = _notice(_TEAM)
    assert "Đồn Biên phòng Cửa Việt" in _post_body(n, "võ văn lâm")
    assert not any("Thư ký" in (b or "") for b in _post_body(n, "hoàng thị nga"))
    assert any((b or "").startswith("Chi cục Thủy sản") for b in _post_body(n, "hoàng thị nga"))


def test_columns_of_a_team_typed_in_plain_text_become_the_cells_of_a_list() -> None:
    text = _text(_TEAM)
    assert "2. Trung tá Võ Văn Lâm, Đồn trưởng Đồn Biên phòng Cửa Việt, Thành viên" in text


def test_a_double_space_inside_a_running_sentence_makes_no_cells() -> None:
    # a guard: one line, and a lower-case word after the gap, is a sentence with a stray space, not a table
    text = _text(
        _TEAM.replace(
            "3. Bà Hoàng Thị Nga        Chuyên viên Chi cục Thủy sản               Thư ký\n", ""
        ).replace("2. Trung tá Võ Văn Lâm     Đồn trưởng", "2. Trung tá Võ Văn Lâm  cùng Đồn trưởng")
    )
    assert "Võ Văn Lâm  cùng Đồn trưởng" in text


# 5. A PDF's text (or a scan's) keeps the page's line breaks, and a wrapped line of running text may break
# between the syllables of a province's name ("… Trung tâm Khuyến nông Quảng⏎Ngãi; ông …"): the name is kept
# whole on the upper line, the break moved to the space after it.


def _wrapped(s: str) -> str:
    """``s`` as the reader gives the text of a scan typed out line by line (a PDF's text gets the same repair)."""
    return _text(s, "x.txt")


def test_a_province_name_a_pdf_line_broke_is_kept_on_one_line() -> None:
    text = _wrapped(
        "Tham dự có đồng chí Lê Văn Tám - Giám đốc Ban Quản lý cảng cá Quảng\n"
        "Ngãi; Trung tá Đỗ Minh Hòa - Chỉ huy trưởng Bộ đội Biên phòng tỉnh.\n"
    )
    assert "Ban Quản lý cảng cá Quảng Ngãi;\nTrung tá Đỗ Minh Hòa" in text


def test_a_three_syllable_province_broken_after_two_is_kept_whole() -> None:
    text = _wrapped(
        "Tham dự có đồng chí Lê Văn Tám - Phó Giám đốc Sở Khoa học và Công nghệ tỉnh Thừa Thiên\n"
        "Huế, đồng chí Trần Hữu Phước - Phó Hiệu trưởng Trường Đại học Nông Lâm.\n"
    )
    assert "tỉnh Thừa Thiên Huế,\nđồng chí Trần Hữu Phước" in text


def test_the_body_after_a_post_keeps_its_province_over_the_break() -> None:
    n = _notice(
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH QUẢNG NGÃI\nSố: 512/TB-SNNMT\nQuảng Ngãi, ngày 14 tháng 11 năm 2025\n"
        "THÔNG BÁO\nKết luận của Phó Giám đốc Sở tại buổi làm việc về neo đậu tàu cá\n\n"
        "Ngày 12/11/2025, đồng chí Lê Thanh Sơn - Phó Giám đốc Sở chủ trì buổi làm việc. Tham dự có đồng chí\n"
        "Nguyễn Văn Nam - Phó Chi cục trưởng Chi cục Thủy sản; đồng chí Trịnh Văn Hùng - Giám đốc Ban Quản lý cảng cá Quảng\n"
        "Ngãi; Trung tá Phạm Quốc Việt - Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh.\n"
        "Sau khi nghe báo cáo, Phó Giám đốc Sở kết luận:\n1. Giao Chi cục Thủy sản kiểm tra tàu cá.\n"
    )
    assert _post_body(n, "trịnh văn hùng") == ["Ban Quản lý cảng cá tỉnh Quảng Ngãi"]


@pytest.mark.parametrize(
    "s",
    [
        # a line that ends on a whole province, and a capital opening the next sentence
        "Tham dự có đại diện Sở Kế hoạch và Đầu tư, Sở Tài chính tỉnh Quảng Nam\nĐịnh kỳ hằng tháng, Sở báo cáo.\n",
        # a short item ending on a given name is no wrapped line
        "- Bà Trần Thị Hà\nNam Định là tỉnh bạn.\n",
    ],
    ids=["whole province above", "short line"],
)
def test_no_province_is_made_across_a_break_that_ends_its_line(s: str) -> None:
    # a guard
    assert _wrapped(s).split("\n")[0] == s.split("\n")[0]


# 6. OCR reads the hook of "chuyển" as a grave ("tổ chức chuyền giao quy trình cho nông dân"): "chuyền giao" is no
# phrase, so it is the technology transfer the notice means.


def test_chuyen_giao_with_its_hook_misread_is_put_back() -> None:
    text, n = repair_ocr_slips(
        "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ xây dựng quy trình nuôi hàu, tổ chức chuyền giao cho"
        " ngư dân xã Nhơn Lý. Chuyền giao kết quả đề tài cho hợp tác xã; chuyền bóng; dây chuyền sản xuất."
    )
    assert "tổ chức chuyển giao cho ngư dân" in text
    assert "Chuyển giao kết quả đề tài" in text
    assert "chuyền bóng; dây chuyền sản xuất" in text
    assert n == 2
