"""Readers and layout repair, round F: what the extractor is given from layouts unseen before.

- .html: a list item keeps a marker ("- ", "1. "), as a text copy of the page shows it;

Snippets written for these tests (officials invented; bodies and places real).
"""

from __future__ import annotations

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import read_notice_bytes


def _html(body: str) -> str:
    return read_notice_bytes(f"<html><body><article>{body}</article></body></html>".encode(), "tb.html").text


def _names(notice, keys: list[str]) -> list[str]:
    return [notice.agencies[k].name if k in notice.agencies else notice.persons[k].name for k in keys]


def _assignees(notice) -> list[list[str]]:
    return [_names(notice, d.assignees) for d in notice.directives]


# --------------------------------------------------------------------------- .html: list items

NEWS_PAGE = """<html><head><title>Hội nghị triển khai công tác quản lý thị trường dịp Tết</title></head><body>
<div class="wrap"><article class="news-detail">
<h1>Hội nghị triển khai công tác kiểm tra thị trường dịp Tết Nguyên đán 2018</h1>
<p>Sáng 12/12/2017, tại Hà Tĩnh, Sở Công Thương tỉnh Hà Tĩnh tổ chức hội nghị triển khai công tác kiểm tra
thị trường dịp Tết. Ông Trần Quốc Bảo, Phó Giám đốc Sở chủ trì hội nghị.</p>
<p>Kết luận hội nghị, Phó Giám đốc Sở Trần Quốc Bảo yêu cầu các đơn vị tập trung thực hiện:</p>
<ul>
<li>Chi cục Quản lý thị trường chủ trì thành lập 03 đoàn kiểm tra liên ngành, phối hợp với Công an tỉnh kiểm tra
các cơ sở kinh doanh xăng dầu, cân tại các chợ đầu mối trước ngày 10/02/2018.</li>
<li>Phòng Kỹ thuật an toàn - Môi trường hướng dẫn các cửa hàng bán lẻ xăng dầu kiểm tra an toàn phòng cháy.</li>
</ul>
<div class="other-news"><div class="title">Tin khác</div><ul>
<li><a href="/tin/1">Sở Công Thương tổ chức hội nghị tổng kết công tác năm 2017</a> (08/12/2017)</li>
<li><a href="/tin/2">UBND tỉnh họp bàn phương án bình ổn giá dịp Tết</a> (05/12/2017)</li>
</ul></div>
</article></div></body></html>"""


def test_html_list_items_keep_a_dash_and_links_lists_do_not() -> None:
    text = read_notice_bytes(NEWS_PAGE.encode(), "tin.html").text
    lines = text.split("\n")
    assert any(line.startswith("- Chi cục Quản lý thị trường chủ trì") for line in lines)
    assert any(line.startswith("- Phòng Kỹ thuật an toàn") for line in lines)
    # the page's own list of other stories is not made into points of the notice
    assert "Sở Công Thương tổ chức hội nghị tổng kết công tác năm 2017 (08/12/2017)" in lines


def test_html_list_item_without_deontic_word_is_a_directive() -> None:
    """The first item opens with a body and "chủ trì": a point of the conclusions once it is an item."""
    notice = parse_notice(read_notice_bytes(NEWS_PAGE.encode(), "tin.html").text, "tin.html")
    assert any(a and a[0].startswith("Chi cục Quản lý thị trường") for a in _assignees(notice))
    assert not any(a and "bình ổn giá" in " ".join(a) for a in _assignees(notice))


def test_html_ordered_lists_are_numbered_and_own_markers_kept() -> None:
    text = _html(
        "<p>Kết luận:</p><ol><li>Phòng Nội vụ rà soát biên chế.<ol><li>Trường Mầm non Hoa Sen báo cáo.</li>"
        "<li>Trường Tiểu học Kim Đồng báo cáo.</li></ol></li><li>Văn phòng tổng hợp.</li></ol>"
        '<ol start="3"><li>Phòng Tài chính - Kế hoạch bố trí kinh phí.</li></ol>'
        '<ol type="I"><li>Đánh giá chung</li><li>Nhiệm vụ</li></ol>'
        "<ul><li>a) Phòng Y tế kiểm tra.</li><li>- Trạm Y tế xã báo cáo.</li></ul>"
    )
    lines = [line for line in text.split("\n") if line]
    assert lines[1] == "1. Phòng Nội vụ rà soát biên chế."
    assert lines[2:4] == ["a) Trường Mầm non Hoa Sen báo cáo.", "b) Trường Tiểu học Kim Đồng báo cáo."]
    assert lines[4] == "2. Văn phòng tổng hợp."
    assert lines[5] == "3. Phòng Tài chính - Kế hoạch bố trí kinh phí."
    assert lines[6:8] == ["I. Đánh giá chung", "II. Nhiệm vụ"]
    assert lines[8:10] == ["a) Phòng Y tế kiểm tra.", "- Trạm Y tế xã báo cáo."]
