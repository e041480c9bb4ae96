"""Reading headers, news pages and dates as round R's blind sets showed them.

Snippets written for these tests (officials invented; provinces and bodies real: Quảng Bình, Nghệ An,
Đồng Nai, Ninh Bình, Long An).
"""

from __future__ import annotations

from ketluan.graph.pipeline import parse_notice
from ketluan.ingest.layout_repair import repair_layout


def _notice(text: str, fmt: str = "txt"):
    repaired, _ = repair_layout(text, fmt)
    return repaired, parse_notice(repaired, "r.txt")


# ------------------------------------------------ a body's name continued by its place beside the motto

_HEADER = """{parent}          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
{name}                  Độc lập - Tự do - Hạnh phúc
{place}
                                   {town}, ngày 08 tháng 5 năm 2017
Số: 112 /TB-TTYT

                 THÔNG BÁO
  Kết luận của Giám đốc tại cuộc họp giao ban tháng 4 năm 2017

    Sáng ngày 05/5/2017, tại Hội trường, ông Nguyễn Văn Hùng - Giám đốc chủ trì cuộc họp giao ban.

    Giám đốc kết luận như sau:

    1. Phòng Tổ chức - Hành chính rà soát hồ sơ nhân sự, báo cáo trước ngày 31/5/2017.

Nơi nhận:                                        GIÁM ĐỐC
- Như trên;
- Lưu: VT.
                                               Nguyễn Văn Hùng
"""


def _issuer(parent: str, name: str, place: str, town: str) -> str | None:
    _, n = _notice(_HEADER.format(parent=parent, name=name, place=place, town=town))
    return n.agencies[n.issuer].name if n.issuer else None


def test_header_name_continued_by_its_district_under_the_parent_is_one_issuer():
    assert _issuer("SỞ Y TẾ QUẢNG BÌNH", "TRUNG TÂM Y TẾ", "HUYỆN BỐ TRẠCH", "Bố Trạch") == (
        "Trung tâm Y tế huyện Bố Trạch"
    )
    assert (
        _issuer("SỞ Y TẾ NGHỆ AN", "TRUNG TÂM Y TẾ", "THỊ XÃ CỬA LÒ", "Cửa Lò")
        == "Trung tâm Y tế thị xã Cửa Lò"
    )


def test_header_name_continued_by_its_province_is_one_issuer():
    got = _issuer("BỘ CÔNG THƯƠNG", "CỤC QUẢN LÝ THỊ TRƯỜNG", "TỈNH NGHỆ AN", "Vinh")
    assert (got or "").lower() == "cục quản lý thị trường tỉnh nghệ an"


def test_place_line_under_a_name_beside_the_rule_or_after_trailing_blanks_is_one_issuer():
    text = _HEADER.format(
        parent="SỞ Y TẾ QUẢNG BÌNH", name="TRUNG TÂM Y TẾ", place="HUYỆN BỐ TRẠCH", town="Bố Trạch"
    )
    with_rule = text.replace("HUYỆN BỐ TRẠCH\n", "HUYỆN BỐ TRẠCH                  ----------------\n", 1)
    no_motto = text.replace("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "").replace(
        "Độc lập - Tự do - Hạnh phúc", ""
    )
    centred = no_motto.replace("\nTRUNG TÂM Y TẾ", "\n  TRUNG TÂM Y TẾ", 1).replace("\nHUYỆN", "\n  HUYỆN", 1)
    for variant in (with_rule, no_motto, centred):
        _, n = _notice(variant)
        assert n.issuer and n.agencies[n.issuer].name == "Trung tâm Y tế huyện Bố Trạch", variant[:200]


def test_two_bodies_each_with_its_place_beside_the_motto_stay_two():
    # the lower line opens a body of its own: the issuer is that body, the one above its parent
    got = _issuer("UBND TỈNH QUẢNG BÌNH", "SỞ Y TẾ", "BỆNH VIỆN ĐA KHOA", "Đồng Hới")
    assert got != "Sở Y tế Bệnh viện đa khoa"


# ------------------------------------------------------------------ a news page's publisher is its issuer

_NEWS = """{first}

Tăng cường kiểm tra cửa hàng xăng dầu dịp cuối năm 2019

Thứ năm, 14/11/2019 - 09:35

Chiều ngày 12/11/2019, Sở Công Thương tổ chức cuộc họp triển khai kế hoạch kiểm tra hoạt động kinh doanh xăng \
dầu trên địa bàn tỉnh dịp cuối năm. Ông Phan Văn Lộc, Phó Giám đốc Sở Công Thương chủ trì cuộc họp.

Dự họp có ông Trần Văn Mến, Phó Cục trưởng Cục Quản lý thị trường tỉnh; đại diện Công an tỉnh.

Phát biểu kết luận, ông Lộc đề nghị Cục Quản lý thị trường tỉnh chủ động kiểm tra chất lượng xăng dầu, báo \
cáo kết quả trước ngày 15/12/2019.
"""


def _news_issuer(first: str) -> str | None:
    _, n = _notice(_NEWS.format(first=first), "html")
    return n.agencies[n.issuer].name.lower() if n.issuer else None


def test_news_page_under_its_publishers_name_has_that_body_for_issuer():
    assert _news_issuer("Sở Công Thương Đồng Nai") == "sở công thương tỉnh đồng nai"
    assert _news_issuer("SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI") == "sở công thương tỉnh đồng nai"
    assert _news_issuer("Cổng thông tin điện tử Sở Y tế tỉnh Nghệ An") == "sở y tế tỉnh nghệ an"


def test_news_page_publisher_written_with_its_town_after_a_dash_is_the_body():
    assert _news_issuer("UBND Phường Hộ Phòng - TX Giá Rai") == "ủy ban nhân dân phường hộ phòng"


def test_province_portal_paper_or_menu_above_a_story_is_no_issuer():
    assert _news_issuer("Cổng thông tin điện tử tỉnh Đồng Nai") is None
    assert _news_issuer("Báo Đồng Nai") is None
    assert _news_issuer("Trang chủ | Sở Công Thương | Sở Tài chính | Liên hệ") is None


# --------------------------------------------------------- a deadline set by an event the notice dates itself

_SCHOOL_YEAR = """Năm học 2019 - 2020 có nhiều nhiệm vụ mới.
{event_sentence}
- Đề nghị UBND huyện Gia Viễn hoàn thành sửa chữa 08 phòng học xuống cấp trước ngày khai giảng.
- Các trường rà soát đội ngũ giáo viên trước khi khai giảng năm học mới.
"""


def _event_due(event_sentence: str, task: str) -> str | None:
    from ketluan.ingest import dates

    notice = _SCHOOL_YEAR.format(event_sentence=event_sentence)
    counted = dates.event_days(notice, 2019)
    d = dates.find_deadline(task, 2019, 0, counted)
    return d.value if d else None


def test_deadline_before_an_event_the_notice_dates_is_that_day():
    task = "hoàn thành sửa chữa 08 phòng học xuống cấp trước ngày khai giảng."
    said = "Lễ khai giảng năm học mới được tổ chức thống nhất trong toàn tỉnh vào ngày 05/9/2019."
    assert _event_due(said, task) == "2019-09-05"
    # the date before the event, without its year; "trước khi" and "trước lễ" as cues
    said = "Ngày 05/9, toàn tỉnh tổ chức khai giảng năm học mới."
    assert _event_due(said, "rà soát đội ngũ giáo viên trước khi khai giảng năm học mới") == "2019-09-05"
    assert _event_due(said, "trang trí khuôn viên trường trước lễ khai giảng") == "2019-09-05"


def test_event_the_notice_does_not_date_sets_no_deadline():
    task = "hoàn thành sửa chữa 08 phòng học trước ngày khai giảng."
    assert _event_due("Các trường chuẩn bị tốt cho năm học mới.", task) is None
    # a deadline in the event's sentence is not the event's day
    said = "Các trường hoàn thành tu sửa trước ngày 30/8/2019 để kịp khai giảng."
    assert _event_due(said, task) is None
    # Tết, a rainy season: not dated in the notice, no deadline
    from ketluan.ingest import dates

    assert dates.find_deadline("hoàn thành trước Tết Nguyên đán", 2019, 0, {}) is None
    assert dates.find_deadline("gia cố trước mùa mưa bão", 2019, 0, {}) is None


def test_event_dated_twice_to_two_days_sets_no_deadline():
    said = "Khai giảng ở các trường mầm non vào ngày 03/9/2019; khai giảng ở các trường phổ thông vào ngày 05/9/2019."
    assert _event_due(said, "sửa chữa phòng học trước ngày khai giảng.") is None


# ----------------------------------------------------------- a list after "Vắng:" wrapped onto the next line

_ROLL = """Ngày 17/6/2014, tại Hội trường BHXH tỉnh, bà Lê Thị Hoa - Giám đốc BHXH tỉnh chủ trì cuộc họp.
{label}: Phòng Lao động - Thương binh và Xã hội huyện Đức Hòa;
UBND huyện Bến Lức.

Qua báo cáo của Phòng Thu, đến hết tháng 5/2014 toàn tỉnh có 1.036 đơn vị nợ BHXH.
"""


def _blocks(text: str) -> list[str]:
    from ketluan.ingest.sections import build_blocks, split_lines

    return [b.text for b in build_blocks(text, split_lines(text))]


def test_absent_list_wrapped_after_a_semicolon_is_one_block():
    for label in ("Vắng", "Vắng mặt", "Vắng có lý do", "Thành phần"):
        blocks = _blocks(_ROLL.format(label=label))
        assert any(b.startswith(label + ":") and b.rstrip().endswith("Bến Lức.") for b in blocks), blocks


def test_line_after_a_list_leading_into_what_follows_starts_anew():
    text = _ROLL.format(label="Vắng").replace("UBND huyện Bến Lức.", "Giám đốc BHXH tỉnh kết luận như sau:")
    assert "Giám đốc BHXH tỉnh kết luận như sau:" in _blocks(text)
    # a paragraph that merely ends on a semicolon, with no list label, is left as it was
    text = "Các đơn vị đã tích cực thu nợ;\nUBND huyện Bến Lức chưa báo cáo.\n"
    assert len(_blocks(text)) == 2


# ------------------------------------------------------- a news page's publisher named only in its footer

_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Tăng cường kiểm tra cửa hàng xăng dầu dịp cuối năm</title></head><body>
<div class="header"><a href="/">Trang chủ</a> | <a href="/tin-tuc">Tin tức - Sự kiện</a></div>
<article><h1>Tăng cường kiểm tra cửa hàng xăng dầu dịp cuối năm 2019</h1>
<p class="date">Thứ năm, 14/11/2019 - 09:35</p>
<p>Chiều ngày 12/11/2019, Sở tổ chức cuộc họp triển khai kế hoạch kiểm tra hoạt động kinh doanh xăng dầu trên địa
bàn tỉnh dịp cuối năm. Ông Phan Văn Lộc, Phó Giám đốc Sở chủ trì cuộc họp.</p>
<p>Phát biểu kết luận, ông Lộc đề nghị Cục Quản lý thị trường tỉnh chủ động kiểm tra chất lượng xăng dầu, báo cáo
kết quả trước ngày 15/12/2019.</p>
</article>
<div class="footer">{footer}</div>
</body></html>"""


def _page_issuer(tmp_path, footer: str) -> str | None:
    from ketluan.graph.pipeline import read_notice

    p = tmp_path / "2019-11-14_tin.html"
    p.write_text(_PAGE.format(footer=footer), encoding="utf-8")
    n = parse_notice(read_notice(p).text, p.name)
    return n.agencies[n.issuer].name.lower() if n.issuer else None


def test_page_owned_by_one_body_named_in_its_copyright_line_has_it_for_issuer(tmp_path):
    footer = "Bản quyền thuộc Sở Công Thương tỉnh Đồng Nai. Địa chỉ: 2 Nguyễn Văn Trị, TP. Biên Hòa."
    assert _page_issuer(tmp_path, footer) == "sở công thương tỉnh đồng nai"
    footer = "Cơ quan chủ quản: Sở Công Thương tỉnh Đồng Nai<br>Chịu trách nhiệm nội dung: Chánh Văn phòng Sở"
    assert _page_issuer(tmp_path, footer) == "sở công thương tỉnh đồng nai"


def test_footer_listing_several_bodies_or_a_locality_portal_names_no_publisher(tmp_path):
    footer = "Liên kết: Sở Tài chính tỉnh Đồng Nai | Sở Y tế tỉnh Đồng Nai | Sở Xây dựng tỉnh Đồng Nai"
    assert _page_issuer(tmp_path, footer) is None
    footer = "Bản quyền thuộc Sở Tài chính tỉnh Đồng Nai. © 2019 Sở Y tế tỉnh Đồng Nai"
    assert _page_issuer(tmp_path, footer) is None
    footer = "Bản quyền thuộc UBND tỉnh Đồng Nai. Cổng thông tin điện tử tỉnh Đồng Nai."
    assert _page_issuer(tmp_path, footer) is None
