"""Reading, layout and headers in the ways round AB's unseen notices wrote them (the central government; security,
defence and public order; education, culture, labour and social affairs).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import assignees_of, chairs_of, posts_of, task_of

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import read_notice_bytes
from ketluan.ingest.records import Notice
from ketluan.ingest.sections import parse_layout


def _text(raw: str, name: str = "x.txt") -> str:
    """The notice text the reader makes of ``raw`` written as file ``name`` (with the reader's repairs)."""
    return read_notice_bytes(raw.encode("utf-8"), name).text


def _notice(raw: str, name: str = "x.txt") -> Notice:
    return parse_notice(_text(raw, name), name)


# 1. A PDF's text is hard-wrapped, headings too: a part's heading that names its period in brackets ("2. Nhiệm vụ
# trong đợt cao điểm (từ ngày 15/12/2023 đến hết ngày" / "15/02/2024)") breaks before the date that closes it. The
# lower line, a date alone, is the heading's end, not a web page's dateline standing on its own: the items under
# the heading are the conclusions' tasks.

WRAPPED_PERIOD = """UBND TỈNH LẠNG SƠN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VĂN PHÒNG    Độc lập - Tự do - Hạnh phúc
Số: 88/TB-VPUBND    Lạng Sơn, ngày 12 tháng 12 năm 2023
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp Ban Chỉ đạo 389 tỉnh
Ngày 10/12/2023, đồng chí Hoàng Văn Nam, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 389 tỉnh chủ trì cuộc
họp triển khai cao điểm chống buôn lậu dịp Tết Nguyên đán Giáp Thìn. Sau khi nghe Công an tỉnh báo cáo và ý
kiến của các thành viên, Phó Chủ tịch UBND tỉnh kết luận như sau:
1. Tình hình chung
Năm 2023, các lực lượng chức năng đã bắt giữ, xử lý 1.204 vụ vi phạm; tình trạng vận chuyển hàng lậu qua các
đường mòn, lối mở biên giới vẫn diễn biến phức tạp.
2. Nhiệm vụ trọng tâm trong đợt cao điểm ({opening} 15/12/2023 đến hết {closing}
{date})
a) Công an tỉnh chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh đấu tranh, triệt phá các đường dây
buôn lậu qua biên giới, kết thúc đợt cao điểm trước ngày 28/02/2024.
b) Cục Hải quan tỉnh tăng cường kiểm soát hàng hóa tạm nhập tái xuất tại các cửa khẩu.
"""


@pytest.mark.parametrize(
    ("opening", "closing", "date"),
    [
        ("từ ngày", "ngày", "15/02/2024"),
        ("từ ngày", "ngày", "15-02-2024"),
        ("từ", "ngày", "15.02.2024"),
    ],
)
def test_a_heading_wrapped_before_the_date_that_closes_it_keeps_its_tasks(
    opening: str, closing: str, date: str
) -> None:
    raw = WRAPPED_PERIOD.format(opening=opening, closing=closing, date=date)
    layout = parse_layout(_text(raw))
    heading = next(b for b in layout.body if b.text.startswith("Nhiệm vụ trọng tâm"))
    assert heading.text.endswith(f"{date})"), heading.text
    n = _notice(raw)
    assert task_of(n, "Công an tỉnh chủ trì")[0] == ["Công an tỉnh Lạng Sơn"], task_of(n, "Công an")
    assert "Cục Hải quan tỉnh Lạng Sơn" in assignees_of(n), assignees_of(n)

    # the dateline of a page under its breadcrumb (a line not left open on a date's word) stays a line of its own
    page = "Trang chủ » Tin tức\n15/03/2023 08:42\nSáng 14/3, Sở Tư pháp tổ chức hội nghị giao ban.\n"
    assert "15/03/2023 08:42" in [b.text for b in parse_layout(page).body]


# 2. A scan's OCR reads a letter for a digit of a number standing alone, not only of a date ("Công an 1l phường",
# "kiểm tra l00% cơ sở", "hoàn thành trong tháng l1/2022", "Số: 4l2/TB-UBND"), and "l." for the "1." that opens a
# list numbered in digits under a Roman part ("II. Giao nhiệm vụ:" / "l. Công an huyện: …" / "2. Phòng …"): a word
# of digits and such letters, a real digit among them, is that number; "l." before "2." is the list's first item.

OCR_SWEEP = """UỶ BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN GIA LÂM                    Độc lập - Tự do - Hạnh phúc
Số: 4l2 /TB-UBND          Gia Lâm, ngày 1l tháng 10 năm 2022
                    THÔNG BÁO
Kết luận của Chủ tịch UBND huyện tại cuộc họp rà soát an toàn phòng cháy, chữa cháy
Ngày 10/10/2022, đồng chí Nguyễn {name} Tâm - Chủ tịch UBND huyện chủ trì cuộc họp. Dự họp có Trung tá Lê
Quang Huy - {team} trưởng Đội Cảnh sát {pccc} và CNCH Công an huyện; Chủ tịch UBND 1l xã, thị trấn.
Sau khi nghe báo cáo, đồng chí Chủ tịch UBND huyện kết luận như sau:
I. Tình hình chung
Qua rà soát có 2l3 cơ sở kinh doanh chưa bảo đảm an toàn PCCC.
II. Giao nhiệm vụ cụ thể:
l. Phòng Kinh tế và Hạ tầng chủ trì kiểm tra l00% nhà trọ trên địa bàn, hoàn thành trong tháng l1/2022.
2. Đội Cảnh sát PCCC và CNCH Công an huyện tổ chức tập huấn kỹ năng thoát nạn cho chủ cơ sở.
Nơi nhận:                                  KT. CHỦ TỊCH
- Như trên;                                PHÓ CHỦ TỊCH
- Lưu: VT.
                                           Trần Văn Bình
"""


def test_a_number_ocr_read_a_letter_into_is_put_back() -> None:
    text = _text(OCR_SWEEP.format(name="Văn", team="Đội", pccc="PCCC"), "x_ocr.txt")
    for written in (
        "Số: 412 /TB-UBND",
        "Chủ tịch UBND 11 xã",
        "có 213 cơ sở",
        "kiểm tra 100% nhà trọ",
        "tháng 11/2022",
    ):
        assert written in text, written
    assert "\n1. Phòng Kinh tế và Hạ tầng" in text and "\nI. Tình hình chung" in text, text
    n = _notice(OCR_SWEEP.format(name="Văn", team="Đội", pccc="PCCC"), "x_ocr.txt")
    assert task_of(n, "Phòng Kinh tế và Hạ tầng")[2] == "2022-11", task_of(n, "Phòng Kinh tế")
    # a Roman heading misread "l." before "ll." stays a Roman numeral
    assert _text("l. ĐÁNH GIÁ CHUNG\nNăm 2022 tốt.\nll. NHIỆM VỤ\n").startswith("I. ĐÁNH GIÁ CHUNG\n")


# 3. OCR sets a space inside a word where the letters of a scanned line sit apart: a name's syllable ("Nguyễn V ăn
# Tâm"), a title's ("Đ ội trưởng"), an acronym's last letter ("PCC C"). Neither half is a word then (an onset's
# consonants alone; an acronym cut before its last capital), and the notice writes the whole word elsewhere: the
# space goes, so the person, the post and the body are read.


@pytest.mark.parametrize(
    ("name", "team", "pccc"),
    [("V ăn", "Đội", "PCCC"), ("Văn", "Đ ội", "PCCC"), ("Văn", "Đội", "PCC C")],
)
def test_a_space_ocr_set_inside_a_word_is_taken_out(name: str, team: str, pccc: str) -> None:
    raw = OCR_SWEEP.format(name=name, team=team, pccc=pccc)
    text = _text(raw, "x_ocr.txt")
    assert "Nguyễn Văn Tâm" in text and "Đội trưởng Đội Cảnh sát PCCC và CNCH" in text, text
    n = _notice(raw, "x_ocr.txt")
    assert {p.name for p in n.persons.values()} >= {"Nguyễn Văn Tâm", "Lê Quang Huy"}
    # a capital standing for itself before a word, the whole word written nowhere else, stays
    assert "nhóm C ưu tiên" in _text(raw.replace("cho chủ cơ sở", "cho nhóm C ưu tiên"), "x_ocr.txt")


# 4. A ministry's working session with a province lists who came as a two-column table in Markdown, a body and the
# people it sent, several to a cell ("| Cơ quan, đơn vị | Thành phần |" over "| Bộ Giáo dục và Đào tạo | GS.TS.
# Trần Văn A, Thứ trưởng (chủ trì); TS. Lê Thị B, Phó Vụ trưởng … |"): each row is a delegation, its people read
# with their posts and the one marked "(đồng chủ trì)" a chair, as a "- Body: person, post; …" line is read.

ROSTER = """| BỘ GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|:---:|:---:|
| Số: 215/TB-BGDĐT | *Hà Nội, ngày 18 tháng 4 năm 2016* |

# THÔNG BÁO

## Kết luận của Thứ trưởng Nguyễn Văn Phúc tại buổi làm việc với tỉnh Hà Giang

Ngày 12/4/2016, tại Ủy ban nhân dân tỉnh Hà Giang, Thứ trưởng Nguyễn Văn Phúc đã làm việc với tỉnh về công tác
phát triển giáo dục vùng dân tộc thiểu số.

**Tham dự có:**

| {number}{body_head} | {people_head} |
|---|---|{rule}
| {n1}Bộ Giáo dục và Đào tạo | PGS.TS. Nguyễn Văn Phúc, Thứ trưởng (chủ trì); TS. Lê Thị Mai, Phó Vụ trưởng Vụ Giáo dục Dân tộc |
| {n2}UBND tỉnh Hà Giang | Bà Hà Thị Minh Hạnh, Phó Chủ tịch UBND tỉnh (đồng chủ trì); ông Vàng Seo Cốn, Giám đốc Sở Giáo dục và Đào tạo |

Sau khi nghe Sở Giáo dục và Đào tạo báo cáo, Thứ trưởng Nguyễn Văn Phúc kết luận như sau:

1. Sở Giáo dục và Đào tạo rà soát mạng lưới trường phổ thông dân tộc bán trú, báo cáo Bộ trước ngày 30/6/2016.
"""


@pytest.mark.parametrize(
    ("number", "body_head", "people_head"),
    [
        ("", "Cơ quan, đơn vị", "Thành phần"),
        ("TT | ", "Đơn vị", "Thành phần tham dự"),
        ("", "Cơ quan", "Đại biểu"),
    ],
)
def test_a_table_of_bodies_and_the_people_each_sent_is_read_as_delegations(
    number: str, body_head: str, people_head: str
) -> None:
    raw = ROSTER.format(
        number=number,
        body_head=body_head,
        people_head=people_head,
        rule="---|" if number else "",
        n1="1 | " if number else "",
        n2="2 | " if number else "",
    )
    n = _notice(raw, "x.md")
    people = {p.name for p in n.persons.values()}
    assert people >= {"Nguyễn Văn Phúc", "Lê Thị Mai", "Hà Thị Minh Hạnh", "Vàng Seo Cốn"}, people
    assert sorted(chairs_of(n)) == ["Hà Thị Minh Hạnh", "Nguyễn Văn Phúc"], chairs_of(n)
    posts = posts_of(n, "Vàng Seo Cốn")
    assert any(r == "Giám đốc" and (b or "").startswith("Sở Giáo dục và Đào tạo") for r, b in posts), posts


# 5. OCR misreads the hook of "ủ" in a party committee's name as another tone mark ("Phó Bí thư Huyện ùy", "Tỉnh
# ụy", "THÀNH ÚY"): after the committee's level word the word is "ủy", so the committee and the posts after it
# are read. "Đại úy", "Thượng úy" are ranks and stay.


@pytest.mark.parametrize("slip", ["ùy", "ụy", "úy", "ũy"])
def test_a_party_committees_misread_tone_is_put_back(slip: str) -> None:
    raw = OCR_SWEEP.format(name="Văn", team="Đội", pccc="PCCC").replace(
        "Chủ tịch UBND huyện chủ trì", f"Phó Bí thư Huyện {slip}, Chủ tịch UBND huyện chủ trì"
    )
    text = _text(raw, "x_ocr.txt")
    assert "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện" in text, text
    posts = posts_of(_notice(raw, "x_ocr.txt"), "Nguyễn Văn Tâm")
    assert ("Phó Bí thư", "Huyện ủy Gia Lâm") in posts and any(r == "Chủ tịch" for r, _ in posts), posts
    assert "Đại úy Lê Văn Hòa" in _text(
        raw.replace("Trung tá Lê", "Đại úy Lê Văn Hòa, Trung tá Lê"), "x_ocr.txt"
    )
