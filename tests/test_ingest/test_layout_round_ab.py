"""Reading, layout and headers in the ways round AB's unseen notices wrote them (the central government; security,
defence and public order; education, culture, labour and social affairs).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import assignees_of, task_of

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
