"""Reading, layout, headers, signatures, sections and tables in the ways round Z's unseen notices wrote them
(international cooperation and ODA projects; internal notices of public service units; review conferences).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import chairs_of, names_of

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.layout_repair import repair_ocr_slips
from ketluan.ingest.readers import read_notice_bytes
from ketluan.ingest.records import Notice


def _notice(text: str) -> Notice:
    """The notice as a .txt file of ``text`` is read (with the reader's repairs) and parsed."""
    return parse_notice(read_notice_bytes(text.encode("utf-8"), "x.txt").text, "x.txt")


# 1. A header line that OCR or an old font without Vietnamese letters wrote without marks ("UY BAN NHAN DAN" over
# "HUYỆN ĐIỆN BIÊN", "SO KHOA HOC VA CONG NGHE"): the cell is the body it names, not a "Ban nhan dan".

UNMARKED_HEADER = """{left1}          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
   {left2}               Độc lập - Tự do - Hạnh phúc
Số: 52/TB-{code}
                                   {place}, ngày 14 tháng 3 năm 2014
                        THÔNG BÁO
Kết luận của đồng chí Lò Văn Sơn tại cuộc họp giao ban tháng 3 năm 2014
Ngày 12/3/2014, đồng chí Lò Văn Sơn, {post}, chủ trì cuộc họp giao ban.
1. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí trước ngày 30/3/2014.
2. Các đơn vị báo cáo kết quả thực hiện trong tháng 4/2014./.
Nơi nhận:                              {sign}
- Như trên;
- Lưu: VT.                             Lò Văn Sơn
"""


@pytest.mark.parametrize(
    ("left1", "left2", "code", "place", "post", "sign", "issuer"),
    [
        (
            "UY BAN NHAN DAN",
            "HUYỆN ĐIỆN BIÊN",
            "UBND",
            "Điện Biên",
            "Chủ tịch UBND huyện",
            "CHỦ TỊCH",
            "Ủy ban nhân dân huyện Điện Biên",
        ),
        (
            "UBND TỈNH QUẢNG TRỊ",
            "SO KHOA HOC VA CONG NGHE",
            "SKHCN",
            "Quảng Trị",
            "Giám đốc Sở Khoa học và Công nghệ",
            "GIÁM ĐỐC",
            "Sở Khoa học và Công nghệ",
        ),
    ],
)
def test_an_unmarked_body_in_the_header_is_that_body(
    left1: str, left2: str, code: str, place: str, post: str, sign: str, issuer: str
) -> None:
    n = _notice(
        UNMARKED_HEADER.format(left1=left1, left2=left2, code=code, place=place, post=post, sign=sign)
    )
    assert n.issuer is not None
    assert names_of(n)[n.issuer].startswith(issuer), names_of(n)[n.issuer]
    assert not any("nhan dan" in a.name.lower() or "khoa hoc" in a.name.lower() for a in n.agencies.values())


# a notice's running text, which writes marks
_BODY = (
    "\nNgày 12/3/2014, đồng chí Chủ tịch chủ trì cuộc họp nghe báo cáo tiến độ giải phóng mặt bằng dự án đường"
    " tỉnh. Các phòng, ban chuyên môn và Ủy ban nhân dân các xã có liên quan tham dự đầy đủ, đúng thành phần."
    " Sau khi nghe báo cáo, đồng chí Chủ tịch kết luận như sau:"
)


def test_unmarked_header_repair_keeps_length_and_leaves_other_cells() -> None:
    for line in ("UY BAN NHAN DAN          CỘNG HÒA XÃ HỘI", "DANG UY XA AN PHU", "CUC THUE TINH NGHE AN"):
        fixed, n = repair_ocr_slips(line + _BODY)
        assert (
            n >= 1 and len(fixed) == len(line + _BODY) and "NHAN DAN" not in fixed and "DANG" not in fixed
        ), fixed
    # the level word after it, and the province's name when it is one
    assert repair_ocr_slips("CUC THUE TINH NGHE AN" + _BODY)[0].startswith("CỤC THUẾ TỈNH NGHỆ AN\n")
    assert repair_ocr_slips("UY BAN NHAN DAN TINH DAK LAK" + _BODY)[0].startswith(
        "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK\n"
    )
    assert repair_ocr_slips("SO Y TE TINH QUANG NAM XYZ" + _BODY)[0].startswith(
        "SỞ Y TẾ TỈNH QUANG NAM XYZ\n"
    )
    # a marked cell, a cell in lower case, a name that is not the whole cell, a line below the header, and a
    # text written wholly without marks
    for text in (
        "ỦY BAN NHÂN DÂN\nHUYỆN X" + _BODY,
        "Uy ban nhan dan huyen" + _BODY,
        "UY BAN NHAN DAN CAC CAP" + _BODY,
        "\n" * 9 + "UY BAN NHAN DAN" + _BODY,
        "UY BAN NHAN DAN\nHUYEN DIEN BIEN\nNgay 12/3/2014, dong chi Chu tich chu tri cuoc hop giao ban.",
    ):
        assert repair_ocr_slips(text) == (text, 0), text


# 2. An attendance table lined up with spaces, a name that fills its column one space before the title
# ("ThS.BS. Nguyễn Công Sơn Trưởng khoa"): the name and the title are two cells, so the person is read.

ALIGNED_ATTENDANCE = """SỞ Y TẾ TỈNH NGHỆ AN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BỆNH VIỆN ĐA KHOA TỈNH NGHỆ AN       Độc lập - Tự do - Hạnh phúc
                                     Vinh, ngày 05 tháng 6 năm 2024
BIÊN BẢN
Cuộc họp giao ban chuyên môn tháng 6 năm 2024
I. THÀNH PHẦN
- Chủ trì: BSCKII. Trần Văn Hòa - Giám đốc Bệnh viện.
- Tham dự:

  TT  Họ và tên              Chức vụ                 Đơn vị
  1   BSCKI. Lê Văn Hùng      Trưởng khoa             Khoa Nội tim mạch
  2   ThS.BS. Nguyễn Thị Mỹ Hạnh Phó Trưởng khoa      Khoa Nhi
  3   CN. Đinh Văn Toàn       Trưởng phòng            Phòng Vật tư - Thiết bị y tế

II. NỘI DUNG
1. Khoa Nhi rà soát danh mục thuốc trước ngày 20/6/2024.
"""


def test_a_name_filling_its_column_is_not_joined_to_the_title() -> None:
    n = _notice(ALIGNED_ATTENDANCE)
    people = {p.name for p in n.persons.values()}
    assert {"Lê Văn Hùng", "Nguyễn Thị Mỹ Hạnh", "Đinh Văn Toàn"} <= people, people


def test_aligned_table_cells_cut_at_their_columns() -> None:
    text = read_notice_bytes(ALIGNED_ATTENDANCE.encode("utf-8"), "x.txt").text
    assert "| 2 | ThS.BS. Nguyễn Thị Mỹ Hạnh | Phó Trưởng khoa | Khoa Nhi |" in text, text
    # a row whose cells are each in their column is cut as before
    assert "| 1 | BSCKI. Lê Văn Hùng | Trưởng khoa | Khoa Nội tim mạch |" in text


# 3. A field visit its leader made ("đồng chí X, Giám đốc Sở … đã kiểm tra thực tế Phòng kiểm định …"): with no
# "chủ trì" written, the one who checked on the spot led it.

FIELD_VISIT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BÌNH PHƯỚC
Kính gửi: Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng.
Ngày 08/5/2025, đồng chí Trịnh Văn Long, Giám đốc Sở Khoa học và Công nghệ đã {verb} Phòng thử nghiệm
của Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng. Tham dự có lãnh đạo Chi cục Tiêu chuẩn Đo lường Chất lượng.
Sau khi nghe báo cáo, Giám đốc Sở kết luận:
1. Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng hoàn thiện hồ sơ đăng ký thử nghiệm trước ngày 30/6/2025.
"""


def test_the_one_who_checked_on_the_spot_led_the_visit() -> None:
    assert chairs_of(_notice(FIELD_VISIT.format(verb="kiểm tra thực tế"))) == ["Trịnh Văn Long"]
    assert chairs_of(_notice(FIELD_VISIT.format(verb="kiểm tra thực tế tại"))) == ["Trịnh Văn Long"]
