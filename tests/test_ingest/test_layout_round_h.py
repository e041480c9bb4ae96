"""Layout, round H: title lines the layout reader did not take for a title.

- a one-line title whose document type is in capitals and the rest in lower case ("THÔNG BÁO KẾT LUẬN của
  Chủ tịch … tại …", as a wiki page or an e-mail writes it) is the notice's title, not a news page's line;
- the subtitle right under a document type written alone ("BÁO CÁO" / "Kết quả kiểm tra …") belongs to the
  title, so the body starts after it (and the meeting's paragraph is found past "Kính gửi" and a period);
- "Số: 15/TB-UBND — Cam Lộ, ngày …": the number keeps no dash.

Snippets written for these tests (officials invented; bodies and places real).
"""

from __future__ import annotations

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import read_notice_bytes
from ketluan.ingest.sections import parse_layout


def _names(notice, keys: list[str]) -> list[str]:
    return [notice.agencies[k].name if k in notice.agencies else notice.persons[k].name for k in keys]


WIKI_PAGE = """---
title: "Kết luận họp giao ban tháng 4/2021"
author: vanthu
---

[Trang chủ](/wiki) › [Giao ban](/wiki/giao-ban) › Kết luận họp giao ban tháng 4/2021

# Kết luận họp giao ban tháng 4/2021

> **ỦY BAN NHÂN DÂN HUYỆN CAM LỘ**
> Số: 15/TB-UBND — Cam Lộ, ngày 28/4/2021
> THÔNG BÁO KẾT LUẬN của Chủ tịch UBND huyện tại cuộc họp giao ban tháng 4 năm 2021

## 1. Thời gian, thành phần

- **Thời gian:** 14 giờ 00, ngày 26/4/2021
- **Chủ trì:** ông Hoàng Văn Lực - Chủ tịch UBND huyện

## 2. Nội dung kết luận

Sau khi nghe các phòng báo cáo, Chủ tịch UBND huyện kết luận:

1. **Phòng Tài chính - Kế hoạch** tham mưu bố trí kinh phí sửa chữa trụ sở xã Cam Tuyền, trình UBND huyện trong tháng 5/2021.
2. **Phòng Nông nghiệp và Phát triển nông thôn** hướng dẫn các xã xuống giống vụ Hè Thu đúng lịch thời vụ.
"""


def test_title_with_a_lower_case_tail_makes_a_notice() -> None:
    text = read_notice_bytes(WIKI_PAGE.encode(), "kl.md").text
    layout = parse_layout(text)
    assert layout.kind == "notice"
    title = text[layout.title.start : layout.title.end]
    assert title.startswith("THÔNG BÁO KẾT LUẬN của Chủ tịch UBND huyện")
    assert title.endswith("tháng 4 năm 2021")
    notice = parse_notice(text, "kl.md")
    assert notice.meeting.held_on == "2021-04-26T14:00:00"
    assert _names(notice, notice.meeting.chairs) == ["Hoàng Văn Lực"]
    assert notice.issuer is not None and "Cam Lộ" in notice.agencies[notice.issuer].name
    assert notice.document_number == "Số: 15/TB-UBND"  # the dash before the place is no part of it
    assert notice.issued_on == "2021-04-28"
    assert len(notice.directives) == 2


def test_document_type_in_lower_case_opens_no_title() -> None:
    # a news page's headline written in sentence case is no notice's title
    page = (
        "Trang chủ › Tin tức\n\n"
        "Thông báo kết luận của Chủ tịch UBND huyện Cam Lộ tại cuộc họp giao ban tháng 4\n\n"
        "Chiều 26/4/2021, ông Hoàng Văn Lực, Chủ tịch UBND huyện Cam Lộ chủ trì cuộc họp giao ban tháng 4 với "
        "các phòng, ban chuyên môn của huyện để đánh giá tình hình kinh tế - xã hội.\n"
    )
    assert parse_layout(page).kind == "news"
    # a line that only opens with a capital type word inside running text is no title either
    assert parse_layout("Thông báo số 15 của UBND huyện nêu rõ các việc phải làm.\n").kind == "news"


INSPECTION_REPORT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ĐOÀN KIỂM TRA LIÊN NGÀNH
Độc lập - Tự do - Hạnh phúc
Số: 07/BC-ĐKT
Đông Hà, ngày 18 tháng 11 năm 2016

BÁO CÁO
Kết quả kiểm tra liên ngành về an toàn thực phẩm tại các chợ
trên địa bàn thành phố Đông Hà và huyện Gio Linh

Kính gửi: Ủy ban nhân dân tỉnh Quảng Trị.

Thực hiện Quyết định số 2210/QĐ-UBND ngày 05/10/2016 của Chủ tịch UBND tỉnh, từ ngày 20/10 đến ngày 04/11/2016 Đoàn đã kiểm tra 38 cơ sở kinh doanh tại 05 chợ.

Ngày 15/11/2016, tại phòng họp Chi cục Quản lý thị trường, Đoàn tổ chức họp đánh giá kết quả kiểm tra. Ông Lê Đình Thuận, Phó Chi cục trưởng Chi cục Quản lý thị trường, Trưởng đoàn chủ trì.

I. KẾT QUẢ KIỂM TRA
1. Có 09 cơ sở kinh doanh thực phẩm không rõ nguồn gốc.

II. KIẾN NGHỊ
1. Đề nghị UBND thành phố Đông Hà chỉ đạo Ban quản lý chợ bố trí khu kinh doanh thực phẩm tươi sống riêng.
"""


def test_subtitle_under_a_type_alone_is_the_title() -> None:
    layout = parse_layout(INSPECTION_REPORT)
    title = INSPECTION_REPORT[layout.title.start : layout.title.end]
    assert title.startswith("BÁO CÁO\nKết quả kiểm tra liên ngành")
    assert title.endswith("huyện Gio Linh")
    assert layout.body[0].text.startswith("Kính gửi")
    # the meeting's own paragraph, after "Kính gửi" and the period of the inspection, gives its date
    notice = parse_notice(INSPECTION_REPORT, "bc.txt")
    assert notice.meeting.held_on == "2016-11-15"


def test_type_alone_over_the_body_takes_no_paragraph() -> None:
    text = (
        "SỞ NỘI VỤ TỈNH QUẢNG TRỊ\nSố: 30/TB-SNV\n\nTHÔNG BÁO\n"
        "Ngày 12/5/2020, Giám đốc Sở Nội vụ chủ trì cuộc họp về công tác cải cách hành chính.\n"
        "Giám đốc Sở kết luận như sau:\n"
    )
    layout = parse_layout(text)
    assert text[layout.title.start : layout.title.end] == "THÔNG BÁO"
    assert layout.body[0].text.startswith("Ngày 12/5/2020")
