"""Reading and layout in the ways round AI's unseen notices wrote them (emulation, archives and religious affairs;
minerals and quarries; banking and credit).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

import pytest

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import read_notice_bytes
from ketluan.ingest.records import Notice
from ketluan.ingest.sections import parse_layout


def _notice(raw: str, name: str = "x.txt") -> Notice:
    return parse_notice(read_notice_bytes(raw.encode("utf-8"), name).text, name)


# 1. The list of those invited who did not come, under its own label after the attendees: "Mời nhưng không đến:",
# "Được mời nhưng không đến dự:", like "Mời tham dự nhưng không có mặt:". The bodies after the colon are absent.

_ATTENDED = """SỞ NỘI VỤ TỈNH THÁI BÌNH
CHI CỤC VĂN THƯ - LƯU TRỮ

THÔNG BÁO
Kết luận của Giám đốc Sở Nội vụ tại cuộc họp về nộp lưu hồ sơ, tài liệu

Ngày 12/6/2015, tại Sở Nội vụ, ông Trần Văn Khoa, Giám đốc Sở Nội vụ chủ trì cuộc họp về việc nộp lưu hồ sơ,
tài liệu vào Lưu trữ lịch sử tỉnh. Tham dự có:
- Bà Phạm Thị Nga, Chi cục trưởng Chi cục Văn thư - Lưu trữ;
- Đại diện Phòng Nội vụ huyện Vũ Thư, Phòng Nội vụ huyện Kiến Xương.

{absence}

Sau khi nghe báo cáo, Giám đốc Sở kết luận:
1. Chi cục Văn thư - Lưu trữ hướng dẫn các cơ quan thuộc nguồn nộp lưu lập danh mục hồ sơ trong quý III/2015.
"""


@pytest.mark.parametrize(
    "absence",
    [
        "Mời nhưng không đến: Phòng Nội vụ huyện Tiền Hải.",
        "Được mời nhưng không đến dự: Phòng Nội vụ huyện Tiền Hải.",
        "Phòng Nội vụ huyện Tiền Hải được mời nhưng không đến.",
    ],
)
def test_invited_but_did_not_come_marks_the_body_absent(absence: str) -> None:
    n = _notice(_ATTENDED.format(absence=absence))
    assert n.meeting.absent_agencies == ["phòng nội vụ huyện tiền hải"]


# 2. A record's type line with its kind in capitals ("BIÊN BẢN KIỂM TRA", "BIÊN BẢN LÀM VIỆC") heads a subtitle in
# ordinary case, as a type alone does; in a PDF's text, which keeps no blank line, the subtitle's lines end where a
# line opens the body ("Thực hiện Quyết định …", "Căn cứ …", "Hôm nay, …").

_PDF_RECORD = """UBND TỈNH PHÚ YÊN
SỞ CÔNG THƯƠNG    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ĐOÀN KIỂM TRA    Độc lập - Tự do - Hạnh phúc
{type}
Việc chấp hành quy định về an toàn hóa chất tại Công ty TNHH Hóa chất
Sông Cầu, thị xã Sông Cầu, tỉnh Phú Yên
{opening} Quyết định số 120/QĐ-SCT ngày 02/10/2018 của Giám đốc Sở Công Thương, hôm
nay, hồi 8 giờ 00 ngày 09 tháng 10 năm 2018, tại Công ty, chúng tôi gồm:
1. Ông Lê Văn Hiếu - Phó Giám đốc Sở Công Thương - Trưởng đoàn;
2. Ông Trần Đức Mạnh - Giám đốc Công ty TNHH Hóa chất Sông Cầu.
"""


@pytest.mark.parametrize(
    ("kind", "opening"),
    [("BIÊN BẢN KIỂM TRA", "Thực hiện"), ("BIÊN BẢN LÀM VIỆC", "Căn cứ"), ("BIÊN BẢN KIỂM TRA", "Theo")],
)
def test_a_record_s_subtitle_under_its_kind_ends_where_the_body_opens(kind: str, opening: str) -> None:
    text = _PDF_RECORD.format(type=kind, opening=opening)
    layout = parse_layout(text)
    title = " ".join(text[layout.title.start : layout.title.end].split())
    assert title.endswith("thị xã Sông Cầu, tỉnh Phú Yên")
    assert layout.body[0].text.startswith(opening)


def test_a_record_s_first_numbered_part_is_no_part_of_its_title() -> None:
    # "BIÊN BẢN CUỘC HỌP" / "Về việc …" / "I. THỜI GIAN, ĐỊA ĐIỂM": the part heading opens the body
    text = (
        "SỞ Y TẾ TỈNH LẠNG SƠN\nBIÊN BẢN CUỘC HỌP\nVề việc rà soát cơ số thuốc phòng, chống dịch tại các trạm y tế xã\n"
        "I. THỜI GIAN, ĐỊA ĐIỂM\n- Thời gian: 8 giờ 00 ngày 04/4/2019.\n- Địa điểm: Hội trường Sở Y tế.\n"
    )
    layout = parse_layout(text)
    title = " ".join(text[layout.title.start : layout.title.end].split())
    assert title == "BIÊN BẢN CUỘC HỌP Về việc rà soát cơ số thuốc phòng, chống dịch tại các trạm y tế xã"


def test_a_rule_of_box_drawing_glyphs_ends_the_title() -> None:
    # a guard: "──────" under the title, then the body's first paragraph
    text = (
        "UBND TỈNH ĐIỆN BIÊN\nVĂN PHÒNG\nTHÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về giải ngân"
        " vốn đầu tư công\n──────\nNgày 05/3/2024, đồng chí Lò Văn Cương, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.\n"
    )
    layout = parse_layout(text)
    assert text[layout.title.start : layout.title.end].rstrip().endswith("vốn đầu tư công")
