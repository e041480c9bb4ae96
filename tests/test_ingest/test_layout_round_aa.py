"""Reading, layout and headers in the ways round AA's unseen notices wrote them (communes and wards after the
2025 two-tier reform; storms, floods and steering committees; elected bodies, the Front and mass organisations).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import chairs_of, names_of

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import read_notice_bytes
from ketluan.ingest.records import Notice
from ketluan.ingest.sections import parse_layout


def _text(raw: str, name: str = "x.txt") -> str:
    """The notice text the reader makes of ``raw`` written as file ``name`` (with the reader's repairs)."""
    return read_notice_bytes(raw.encode("utf-8"), name).text


def _notice(raw: str, name: str = "x.txt") -> Notice:
    return parse_notice(_text(raw, name), name)


def _header(raw: str) -> list[str]:
    return [ln.clean for ln in parse_layout(_text(raw)).header]


# 1. The Youth Union's heading line in the header's right-hand column ("ĐOÀN TNCS HỒ CHÍ MINH", in full "ĐOÀN
# THANH NIÊN CỘNG SẢN HỒ CHÍ MINH"; the Pioneers' "ĐỘI TNTP HỒ CHÍ MINH"): it stands where the quốc hiệu stands
# and names the whole organisation, not the issuer, which is the left-hand column alone.

YOUTH_UNION_HEADER = """{left}          {motto}
          ***
Số: 208-TB/TĐTN-VP              Quảng Bình, ngày 18 tháng 4 năm 2024
                         THÔNG BÁO
Kết luận của đồng chí Bí thư Tỉnh đoàn tại hội nghị giao ban quý I năm 2024
Ngày 15/4/2024, đồng chí Hoàng Văn Nam - Bí thư Tỉnh đoàn chủ trì hội nghị. Đồng chí Bí thư kết luận như sau:
1. Ban Tổ chức - Kiểm tra hướng dẫn các cơ sở Đoàn thu, nộp đoàn phí trước ngày 30/4/2024.
2. Văn phòng Tỉnh đoàn tổng hợp báo cáo quý II trước ngày 20/6/2024./.
Nơi nhận:                              TM. BAN THƯỜNG VỤ TỈNH ĐOÀN
- Như trên;                            BÍ THƯ
- Lưu VP.
                                       Hoàng Văn Nam
"""


@pytest.mark.parametrize(
    "motto", ["ĐOÀN TNCS HỒ CHÍ MINH", "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH", "ĐỘI TNTP HỒ CHÍ MINH"]
)
def test_the_youth_unions_heading_line_is_no_part_of_the_header(motto: str) -> None:
    raw = YOUTH_UNION_HEADER.format(left="BCH TỈNH ĐOÀN QUẢNG BÌNH", motto=motto)
    assert _header(raw) == ["BCH TỈNH ĐOÀN QUẢNG BÌNH"]
    n = _notice(raw)
    assert n.issuer is not None and names_of(n)[n.issuer] == "Tỉnh đoàn Quảng Bình", names_of(n).get(n.issuer)
    # inside the issuer's own name, over the province, the words are the issuer's
    raw = YOUTH_UNION_HEADER.format(left="BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH QUẢNG BÌNH", motto=motto)
    assert _header(raw) == ["BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH QUẢNG BÌNH"]


# 2. A scan's text wrapped at a fixed width breaks a word inside its syllable with no hyphen ("đồng chí Trư⏎ơng
# Văn Lâm", "các bước⏎" / "phải thực hiện trư⏎ớc ngày"): the lower half opens on a rhyme no Vietnamese syllable
# stands on alone ("ơng", "ớc", "ợc": "ươ" cut after its "ư"), so the two halves are one word again.

SPLIT_NAME = """ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH PHÚ YÊN                        Độc lập - Tự do - Hạnh phúc
Số: 132 /TB-UBND               Phú Yên, ngày 04 tháng 11 năm 2010
                              THÔNG BÁO
   Ý kiến kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp khẩn ứng phó với áp thấp nhiệt đới
     Vào lúc 20 giờ ngày 03/11/2010, tại Văn phòng thường trực Ban Chỉ huy Phòng chống lụt bão tỉnh, đồng chí Dư
ơng Văn Lâm - Phó Chủ tịch UBND tỉnh, Trưởng ban Chỉ huy PCLB tỉnh đã chủ trì cuộc họp khẩn. Tham dự có lãnh
đạo các sở, ngành và UBND các huyện ven biển. Sau khi nghe báo cáo, đồng chí Phó Chủ tịch kết luận như sau:
     1. Bộ Chỉ huy Bộ đội Biên phòng tỉnh kêu gọi tàu thuyền vào nơi tránh trú an toàn, hoàn thành trư
ớc 17 giờ ngày 04/11/2010.
     2. Sở Nông nghiệp và Phát triển nông thôn theo dõi mực nước các hồ chứa, báo cáo kết quả về Ban Chỉ huy.
"""


def test_a_name_split_inside_its_syllable_at_a_wrapped_line_is_one_name() -> None:
    n = _notice(SPLIT_NAME)
    assert chairs_of(n) == ["Dương Văn Lâm"], chairs_of(n)


def test_a_word_split_inside_its_syllable_at_a_wrapped_line_is_joined() -> None:
    text = _text(SPLIT_NAME)
    assert "đồng chí Dương\nVăn Lâm" in text and "hoàn thành trước\n17 giờ" in text, text
    # a lower line opening on a word of its own ("ở", "ơn", "ớt") splits no syllable
    for raw in ("các hộ dân như\nở vùng trũng", "xin cảm\nơn các đồng chí", "giá rau và\nớt tăng"):
        assert raw in _text("Ngày 03/11/2010, UBND tỉnh họp.\n" + raw + " thấp.\n")


# 3. OCR puts a second tone mark on a syllable, on the glide that closes its vowels ("vận tảí", "Đàì Phát
# thanh", "Nguyễn Văn Bảó"): no Vietnamese syllable carries two, and a closing "i", "y", "o", "u" after another
# vowel never carries the tone, so that mark goes and the word is whole again.

QUESTION_SESSION = """HỘI ĐỒNG NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH THANH HÓA                        Độc lập - Tự do - Hạnh phúc
Số: 41 /TB-HĐND               Thanh Hóa, ngày 12 tháng 7 năm 2014
                              THÔNG BÁO
   Kết luận của Chủ tọa kỳ họp tại phiên chất vấn và trả lời chất vấn
     Chiều ngày 11/7/2014, đồng chí Trịnh Văn Chiến - Chủ tịch HĐND tỉnh chủ trì phiên chất vấn. Trả lời chất
vấn có ông Lê Văn Hào, Giám đốc Sở Giao thông vận tảí; ông Phạm Văn Bảó, Giám đốc Sở Y tế.
     Sau khi nghe các đại biểu chất vấn và các thành viên UBND tỉnh trả lời, đồng chí Chủ tọa kết luận:
     1. Đề nghị Sở Giao thông vận tải chủ trì, phối hợp với Công an tỉnh tăng cường kiểm tra tải trọng xe trên
các tuyến đường tỉnh, xử lý nghiêm các trường hợp vi phạm; báo cáo kết quả tại kỳ họp cuối năm.
     2. Đề nghị Sở Y tế chỉ đạo các bệnh viện tuyến tỉnh cải cách thủ tục hành chính trong khám, chữa bệnh,
giảm thời gian chờ của người bệnh; xử lý nghiêm cán bộ, nhân viên y tế vi phạm quy tắc ứng xử.
     3. Đề nghị UBND tỉnh chỉ đạo các ngành rà soát, thu hồi các dự án chậm triển khai, hoàn thành trong quý
IV/2014; Thường trực HĐND tỉnh sẽ giám sát việc thực hiện các kết luận này.
"""


def test_a_second_tone_mark_on_a_closing_glide_is_taken_off() -> None:
    text = _text(QUESTION_SESSION, "x_ocr.txt")
    assert "Sở Giao thông vận tải;" in text and "ông Phạm Văn Bảo," in text, text
    n = _notice(QUESTION_SESSION, "x_ocr.txt")
    people = {p.name for p in n.persons.values()}
    assert "Phạm Văn Bảo" in people, people
    # one mark on the vowel of "oa", "oe", "uy" written either way stays as written
    for word in ("hoà", "hòa", "khoẻ", "thuỷ", "thủy", "Tảo"):
        assert f"về {word}." in _text(
            QUESTION_SESSION.replace("chất vấn.", f"chất vấn về {word}."), "x_ocr.txt"
        )


# 4. A title that wraps onto a line opening on a name ("… tại hội nghị sơ kết công tác" / "Hội và phong trào
# nông dân 6 tháng đầu năm 2024"), closed by the short rule under it ("-----", "————") rather than a blank line
# (a PDF's text keeps no blank lines): the rule ends the title block, and the lower line is the title's.

RULED_TITLE = """BAN CHẤP HÀNH HỘI NÔNG DÂN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH NINH BÌNH                           Độc lập - Tự do - Hạnh phúc
Số: 96-TB/HND                   Ninh Bình, ngày 15 tháng 7 năm 2024
THÔNG BÁO
Kết luận của đồng chí Chủ tịch Hội Nông dân tỉnh tại hội nghị sơ kết công tác
Hội và phong trào nông dân 6 tháng đầu năm 2024
{rule}
Ngày 12/7/2024, tại Hội trường Hội Nông dân tỉnh, đồng chí Đinh Văn Hùng - Chủ tịch Hội Nông dân tỉnh
chủ trì hội nghị. Sau khi nghe báo cáo, đồng chí Chủ tịch kết luận như sau:
1. Ban Kinh tế - Xã hội hướng dẫn các cơ sở Hội xây dựng mô hình kinh tế tập thể, xong trong tháng 9/2024.
"""


@pytest.mark.parametrize("rule", ["-----", "————————", "========"])
def test_a_title_closed_by_its_rule_keeps_its_capitalised_last_line(rule: str) -> None:
    text = _text(RULED_TITLE.format(rule=rule))
    layout = parse_layout(text)
    assert layout.title is not None
    title = text[layout.title.start : layout.title.end]
    assert title.endswith("6 tháng đầu năm 2024"), title
    assert layout.body[0].text.startswith("Ngày 12/7/2024"), layout.body[0].text


# 5. A steering committee's name in the header's left column wrapped after its verb ("BAN CHỈ ĐẠO SẮP XẾP" /
# "ĐVHC CẤP XÃ", "BAN CHỈ ĐẠO THỰC HIỆN" / "CUỘC VẬN ĐỘNG …", "TRUNG TÂM XÚC TIẾN" / "ĐẦU TƯ VÀ THƯƠNG MẠI"): a
# verb waiting for its object leaves the name open, so the lower line is the same name's.

WRAPPED_COMMITTEE = """ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN HÒA VANG                      Độc lập - Tự do - Hạnh phúc
{upper}
{lower}
Số: 45/TB-BCĐ                   Hòa Vang, ngày 20 tháng 5 năm 2025
                          THÔNG BÁO
Kết luận của Trưởng Ban tại cuộc họp ngày 19/5/2025
Ngày 19/5/2025, đồng chí Lê Văn Tùng - Chủ tịch UBND huyện chủ trì cuộc họp. Đồng chí kết luận như sau:
1. Phòng Nội vụ hoàn chỉnh phương án bố trí cán bộ, công chức trước ngày 25/5/2025./.
"""


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("BAN CHỈ ĐẠO SẮP XẾP", "ĐVHC CẤP XÃ"),
        ("BAN CHỈ ĐẠO THỰC HIỆN", "CUỘC VẬN ĐỘNG NGƯỜI VIỆT NAM ƯU TIÊN DÙNG HÀNG VIỆT NAM"),
        ("TRUNG TÂM XÚC TIẾN", "ĐẦU TƯ VÀ THƯƠNG MẠI"),
    ],
)
def test_a_header_name_wrapped_after_its_verb_is_one_line(upper: str, lower: str) -> None:
    header = _header(WRAPPED_COMMITTEE.format(upper=upper, lower=lower))
    assert header == ["ỦY BAN NHÂN DÂN", "HUYỆN HÒA VANG", f"{upper} {lower}"], header


# 6. OCR misreads the mark of "Sở" before a department's field ("Giám đốc Sớ Tài nguyên và Môi trường", "Sỡ Y
# tế", "Sờ Nội vụ"): before a field of a Sở, capitalised, the word is "Sở", so the department and its head's
# post are read.

OCR_SO = """HỘI ĐỒNG NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÀ TĨNH                          Độc lập - Tự do - Hạnh phúc
Số: 52 /TB-HĐND               Hà Tĩnh, ngày 18 tháng 7 năm 2015
                              THÔNG BÁO
   Kết luận của Chủ tọa kỳ họp tại phiên chất vấn và trả lời chất vấn
     Chiều ngày 16/7/2015, đồng chí Lê Đình Sơn - Chủ tịch HĐND tỉnh chủ trì phiên chất vấn. Trả lời chất vấn
có ông Nguyễn Văn Sang, Giám đốc {so} Tài nguyên và Môi trường; bà Trần Thị Lan, Giám đốc {so} Y tế.
     Sau khi nghe các đại biểu chất vấn và các thành viên UBND tỉnh trả lời, đồng chí Chủ tọa kết luận:
     1. Đề nghị UBND tỉnh chỉ đạo đẩy nhanh tiến độ cấp giấy chứng nhận quyền sử dụng đất, hoàn thành trước
ngày 31/12/2015; công khai quy trình giải quyết thủ tục hành chính về đất đai tại bộ phận một cửa.
"""


@pytest.mark.parametrize("so", ["Sớ", "Sỡ", "Sờ", "Sợ"])
def test_a_misread_mark_of_so_before_its_field_is_put_back(so: str) -> None:
    text = _text(OCR_SO.format(so=so), "x_ocr.txt")
    assert "Giám đốc Sở Tài nguyên và Môi trường;" in text and "Giám đốc Sở Y tế." in text, text
    # the word before a field in lower case, or before another word, stays
    for written in ("bản sớ tài nguyên", "Sớ Táo quân"):
        assert written in _text(OCR_SO.format(so="Sở").replace("chất vấn.", f"chất vấn về {written}."))
