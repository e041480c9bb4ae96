"""Text hard-wrapped at a page's width (PDF, fax, e-mail) and lists numbered in words.

A PDF's text breaks each sentence wherever the line is full, also before a capital or a digit; news pages and
speeches number their points "Thứ nhất, … Thứ hai, …". Snippets written for these tests (officials invented;
bodies and places real).
"""

from __future__ import annotations

import pytest

from ketluan.ingest.dates import find_deadline
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.sections import build_blocks, hard_wrap_width, split_lines

WRAPPED = """BỘ KHOA HỌC VÀ CÔNG NGHỆ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 214/TB-BKHCN Hà Nội, ngày 12 tháng 9 năm 2011

THÔNG BÁO
Kết luận của Thứ trưởng Trần Văn Bình tại cuộc họp về quản lý đo lường đối với
công tơ điện

Ngày 8 tháng 9 năm 2011, tại trụ sở Bộ Khoa học và Công nghệ, Thứ trưởng Trần Văn
Bình đã chủ trì cuộc họp về quản lý đo lường đối với công tơ điện. Tham dự cuộc họp
có đại diện Bộ Công Thương, Tập đoàn Điện lực Việt Nam và các đơn vị thuộc Bộ. Sau
khi nghe báo cáo và ý kiến của các đại biểu, Thứ trưởng kết luận như sau:

1. Tổng cục Tiêu chuẩn Đo lường Chất lượng chủ trì, phối hợp với Tập đoàn Điện lực
Việt Nam rà soát quy trình kiểm định công tơ điện, trình Bộ trưởng trước ngày
31 tháng 10 năm 2011.

2. Công ty Điện lực Hà Nam thay thế các công tơ đã hết chu kỳ kiểm định, báo cáo kết
quả về Tổng cục Tiêu chuẩn Đo lường Chất lượng trong quý IV năm 2011.

3. Văn phòng Bộ theo dõi, đôn đốc việc thực hiện các nội dung trên, tổng hợp báo
cáo Bộ trưởng.

Bộ Khoa học và Công nghệ thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.
"""


@pytest.fixture(scope="module")
def wrapped():
    return parse_notice(WRAPPED, "wrapped.txt")


def test_a_wrapped_text_is_known_by_its_sentences_broken_mid_way():
    lines = split_lines(WRAPPED)
    assert 75 <= hard_wrap_width(lines) <= 90


def test_one_paragraph_per_line_is_no_wrapped_text():
    text = "\n".join(" ".join(line.split("\n")) for line in WRAPPED.split("\n\n"))
    assert hard_wrap_width(split_lines(text)) is None


def test_an_item_broken_before_a_capital_or_a_digit_stays_one_item(wrapped):
    by_assignee = {wrapped.agencies[d.assignees[0]].name: d for d in wrapped.directives}
    first = by_assignee["Tổng cục Tiêu chuẩn Đo lường Chất lượng"]
    assert first.due is not None and first.due.value == "2011-10-31"
    assert first.text.endswith("trước ngày 31 tháng 10 năm 2011.")
    company = next(d for name, d in by_assignee.items() if name.startswith("Công ty Điện lực"))
    assert company.due.value == "2011-12-31"
    assert len(wrapped.directives) == 3


def test_a_short_heading_line_is_no_wrap():
    """A numbered heading without a stop, then a paragraph: two blocks even in a wrapped text."""
    text = WRAPPED.replace(
        "3. Văn phòng Bộ",
        "3. Về tổ chức thực hiện\nVăn phòng Bộ",
    )
    lines = split_lines(text)
    blocks = build_blocks(text, lines)
    assert any(b.text == "Về tổ chức thực hiện" for b in blocks)


def test_a_date_after_a_line_break_is_still_the_deadline():
    d = find_deadline("báo cáo Ủy ban nhân dân tỉnh trước ngày\n15/8/2020.", 2020)
    assert d is not None and d.value == "2020-08-15"


NEWS = """Thứ trưởng Bộ Tài nguyên và Môi trường làm việc với tỉnh Lào Cai về quản lý khoáng sản

Ngày 14/5/2016, Thứ trưởng Bộ Tài nguyên và Môi trường Lê Văn Hòa đã có buổi làm việc với UBND tỉnh Lào Cai \
về công tác quản lý nhà nước về khoáng sản.

Kết luận buổi làm việc, Thứ trưởng Lê Văn Hòa đề nghị:

Thứ nhất, UBND tỉnh Lào Cai chỉ đạo các ngành chức năng kiểm tra, xử lý nghiêm các trường hợp khai thác \
khoáng sản trái phép, hoàn thành trong quý III/2016.

Thứ hai, Sở Tài nguyên và Môi trường tỉnh Lào Cai rà soát quy hoạch khoáng sản, báo cáo trước ngày 30/9/2016.

Thứ ba, Tổng cục Địa chất và Khoáng sản Việt Nam hướng dẫn tỉnh thực hiện đấu giá quyền khai thác khoáng sản.
"""


def test_points_numbered_in_words_are_items():
    notice = parse_notice(NEWS, "news.txt")
    names = [notice.agencies[d.assignees[0]].name for d in notice.directives if d.assignees]
    assert "Sở Tài nguyên và Môi trường tỉnh Lào Cai" in names
    assert "Tổng cục Địa chất và Khoáng sản Việt Nam" in names
    sotnmt = next(d for d in notice.directives if "Sở Tài nguyên" in notice.agencies[d.assignees[0]].name)
    assert sotnmt.due.value == "2016-09-30"


def test_a_weekday_is_no_numbered_point():
    text = "Thứ hai, ngày 5/10/2020, Sở Y tế tổ chức hội nghị giao ban.\nThứ ba, Sở Tài chính báo cáo."
    blocks = build_blocks(text, split_lines(text))
    assert [(b.marker, b.label) for b in blocks][:1] == [("", "")]
    assert blocks[-1].marker == "digit" and blocks[-1].label == "3"
