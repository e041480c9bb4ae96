"""Reading the files of round AA's unseen notices: a portal story whose body is named only in the page's
<title>.

Each case is a variant written here, not a copy of a test notice. The bodies are real; the officials are
invented.
"""

from __future__ import annotations

import pytest
from notice_checks import posts_of

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import read_notice_bytes

# 1. A story on a school's or a hospital's own site calls its body by the head alone ("Hiệu trưởng Nhà trường",
# "Giám đốc Bệnh viện"); the full name, with no province in it, is written only in the page's <title> ("… -
# Trường Đại học Sư phạm Kỹ thuật Vinh"). The title's site name is kept as the page's first line, so the posts
# have their body.

SITE_STORY = """<html><head><meta charset="utf-8"><title>{headline} - {site}</title></head><body>
<div class="menu"><a href="/">Trang chủ</a> | <a href="/tin-tuc">Tin tức</a></div>
<div class="article">
<h1>{headline}</h1>
<p>Sáng 06/3/2023, tại Phòng họp số 1, {opening} đã chủ trì cuộc họp giao ban tháng 3/2023 với lãnh đạo các
phòng, khoa, trung tâm.</p>
<p>Dự họp có ThS. Lê Thị Hồng Vân, Phó {head_title}; trưởng các đơn vị trực thuộc.</p>
<p>Kết luận cuộc họp, {head_title} giao Phòng Đào tạo hoàn thiện kế hoạch đào tạo học kỳ II, xong trước ngày
20/3/2023; Phòng Kế hoạch - Tài chính rà soát dự toán kinh phí năm 2023.</p>
<p>Tin, ảnh: Thu Hà</p>
</div></body></html>
"""


@pytest.mark.parametrize(
    ("site", "opening", "head_title"),
    [
        (
            "Trường Đại học Sư phạm Kỹ thuật Vinh",
            "TS. Trần Văn Hải - Hiệu trưởng Nhà trường",
            "Hiệu trưởng",
        ),
        ("Bệnh viện Đa khoa Đức Giang", "BSCKII. Trần Văn Hải - Giám đốc Bệnh viện", "Giám đốc"),
    ],
)
def test_a_site_named_only_in_the_pages_title_is_the_body_of_its_posts(
    site: str, opening: str, head_title: str
) -> None:
    page = SITE_STORY.format(
        headline="Giao ban tháng 3: tập trung chuẩn bị kiểm định chất lượng",
        site=site,
        opening=opening,
        head_title=head_title,
    )
    text = read_notice_bytes(page.encode("utf-8"), "x.html").text
    assert text.startswith(site + "\n"), text[:200]
    n = parse_notice(text, "x.html")
    assert (head_title, site) in posts_of(n, "Trần Văn Hải"), posts_of(n, "Trần Văn Hải")
