"""News pages whose article block leaves the headline and the publication date outside it.

Old portals (table layouts, ASP.NET) print ``<h2 class="title">`` and ``<span class="date">`` as siblings of
the ``<div class="content">`` that holds the story, and the story writes the meeting's day without a year.
The reader keeps them as lines before the story so the meeting gets its year.
"""

from __future__ import annotations

from pathlib import Path

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import read_notice

STORY = (
    "<p>Ngày 14/9, Sở Giao thông vận tải tỉnh Sóc Trăng tổ chức hội nghị sơ kết công tác bảo đảm trật tự an "
    "toàn giao thông 9 tháng đầu năm. Ông Trương Minh Khải, Giám đốc Sở chủ trì hội nghị.</p>"
    "<p>Phát biểu kết luận, ông Trương Minh Khải yêu cầu Thanh tra Sở tăng cường kiểm tra xe quá tải trên "
    "các tuyến quốc lộ, hoàn thành trước ngày 30/10/2021.</p>"
)


def _page(tmp_path: Path, body: str, head: str = "") -> str:
    path = tmp_path / "tin.html"
    path.write_text(
        f"<html><head><meta charset='utf-8'><title>Tin tức</title>{head}</head><body>{body}</body></html>",
        encoding="utf-8",
    )
    return read_notice(path).text


def _table_page(inner: str) -> str:
    return (
        "<table><tr><td class='menu'><a href='/'>TRANG CHỦ</a></td></tr><tr><td>"
        "<table><tr><td class='left'><div class='boxtitle'>CHUYÊN MỤC</div><ul><li>Tin trong tỉnh</li></ul></td>"
        f"<td><div id='pnDetail'>{inner}</div></td></tr></table></td></tr></table>"
    )


def test_headline_and_date_beside_the_content_block_come_before_the_story(tmp_path):
    text = _page(
        tmp_path,
        _table_page(
            "<span class='path'>Trang chủ » Tin tức</span>"
            "<h2 class='title'>Sở Giao thông vận tải sơ kết công tác 9 tháng đầu năm</h2>"
            "<span class='date'>Cập nhật: 09:10 | 16/09/2021</span> <span class='view'>Lượt xem: 87</span>"
            f"<div class='content'>{STORY}</div>"
            "<div class='othernews'><b>Các tin khác:</b><ul><li>Ra quân lập lại trật tự hành lang an toàn "
            "giao thông đường bộ trên địa bàn tỉnh (02/09/2021)</li><li>Tổng kết công tác vận tải hành khách "
            "dịp Tết Nguyên đán năm 2021 (20/02/2021)</li></ul></div>"
        ),
    )
    assert text.startswith(
        "Sở Giao thông vận tải sơ kết công tác 9 tháng đầu năm\n\nCập nhật: 09:10 | 16/09/2021\n\nNgày 14/9, "
    )
    assert "CHUYÊN MỤC" not in text and "Các tin khác" not in text
    notice = parse_notice(text, "tin.html")
    assert notice.meeting.held_on == "2021-09-14"


def test_without_the_page_date_the_story_has_no_year(tmp_path):
    """The same story with its date stamp gone: the reader adds nothing, and the meeting's day gets no year
    (the extractor may still fall back on a later date of the story, never on 14/9/2021)."""
    text = _page(
        tmp_path,
        _table_page(
            "<h2 class='title'>Sở Giao thông vận tải sơ kết công tác 9 tháng đầu năm</h2>"
            f"<div class='content'>{STORY}</div>"
        ),
    )
    assert text.startswith("Sở Giao thông vận tải sơ kết công tác 9 tháng đầu năm\n\nNgày 14/9, ")
    assert parse_notice(text, "tin.html").meeting.held_on != "2021-09-14"


def test_published_time_meta_when_the_page_prints_no_date(tmp_path):
    text = _page(
        tmp_path,
        _table_page(
            "<h2 class='title'>Sở Giao thông vận tải sơ kết công tác 9 tháng đầu năm</h2>"
            f"<div class='content'>{STORY}</div>"
        ),
        head="<meta property='article:published_time' content='2021-09-16T09:10:00+07:00'>",
    )
    assert text.startswith(
        "Sở Giao thông vận tải sơ kết công tác 9 tháng đầu năm\n\n16/09/2021\n\nNgày 14/9, "
    )
    assert parse_notice(text, "tin.html").meeting.held_on == "2021-09-14"


def test_a_date_element_after_the_block_and_a_time_tag(tmp_path):
    text = _page(
        tmp_path,
        f"<div class='wrap'><div class='detail'>{STORY}</div>"
        "<div class='post-date'>16/09/2021</div><div class='tags'>Từ khóa: giao thông</div></div>",
    )
    assert text.startswith("16/09/2021\n\nNgày 14/9, ")
    text = _page(
        tmp_path,
        "<div class='wrap'><time datetime='2021-09-16T09:10'>Thứ Năm</time>"
        f"<div class='detail'>{STORY}</div></div>",
    )
    assert text.startswith("16/09/2021\n\nNgày 14/9, ")


def test_an_article_with_its_own_headline_and_date_gets_nothing_from_outside(tmp_path):
    story = (
        "<article class='news-detail'><h1>Sở Giao thông vận tải sơ kết công tác 9 tháng đầu năm</h1>"
        f"<div class='meta'><span class='date'>16/09/2021 09:10</span></div>{STORY}</article>"
    )
    text = _page(
        tmp_path,
        "<div class='col'><h2>Tin hoạt động của các sở, ban, ngành</h2>"
        f"<span class='time'>Cập nhật 20/09/2021</span>{story}</div>",
    )
    assert text.startswith("Sở Giao thông vận tải sơ kết công tác 9 tháng đầu năm\n\n16/09/2021 09:10\n\n")
    assert "Tin hoạt động" not in text and "20/09/2021" not in text


def test_a_long_list_of_dated_links_before_the_block_is_no_date_stamp(tmp_path):
    links = "".join(
        f"<li>Hội nghị triển khai nhiệm vụ bảo đảm an toàn giao thông đường thủy nội địa số {i} ({i + 1:02d}/08/2021)</li>"
        for i in range(2)
    )
    text = _page(
        tmp_path,
        f"<div class='wrap'><div class='list'><ul>{links}</ul></div><div class='detail'>{STORY}</div></div>",
    )
    assert "08/2021" not in text.split("Ngày 14/9")[0]


def test_a_column_of_other_stories_with_dates_is_no_date_stamp(tmp_path):
    """The left column before the story lists other stories, each with its date element."""
    items = "".join(
        f"<li><a href='#'>{title}</a> <span class='date'>{day}</span></li>"
        for title, day in (
            ("Khánh thành cầu Đại Ngãi trên quốc lộ 60", "10/09/2021"),
            ("Tập huấn nghiệp vụ đăng kiểm phương tiện thủy nội địa", "03/09/2021"),
            ("Kiểm tra tải trọng xe tại trạm cân lưu động Mỹ Xuyên", "28/08/2021"),
        )
    )
    text = _page(
        tmp_path,
        f"<table><tr><td class='left'><div class='boxtitle'>TIN MỚI</div><ul>{items}</ul></td>"
        f"<td><div class='detail'>{STORY}</div></td></tr></table>",
    )
    assert text.startswith("Ngày 14/9, ")


def test_the_date_element_inside_a_short_meta_line_is_taken_alone(tmp_path):
    text = _page(
        tmp_path,
        "<div class='wrap'><div class='meta'><span class='author'>Minh Khôi</span> "
        "<span class='date'>16/09/2021</span></div>"
        f"<div class='detail'>{STORY}</div></div>",
    )
    assert text.startswith("16/09/2021\n\nNgày 14/9, ")
