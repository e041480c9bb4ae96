"""Reading and layout in the ways round AL's unseen notices wrote them (seaports, waterways and airports;
medicines, hospitals and social protection; courts, judgment enforcement, legal aid and audits).

Each case is a variant written here, not a copy of a test notice. Provinces and bodies are real; the officials
are invented.
"""

from __future__ import annotations

import pytest
from notice_checks import names_of
from notice_checks import notice_as_read as _notice
from notice_checks import text_as_read as _text

from ketluan.ingest.layout_repair import repair_ocr_slips
from ketluan.ingest.sections import parse_layout
from ketluan.ingest.text import match_key

# 1. A working record signed by its parties' representatives, its secretary and the head of the body that held
# the meeting, who signs by his post ("GIÁM ĐỐC", "CHI CỤC TRƯỞNG") and not by a chair's role: in Word, and so in
# Markdown, a table with the titles in its first row and the names in its last, the parties' cell left unnamed.
# The post beside the secretary is the chair's column, and its name the record's signer.

_RECORD_SIGNED_BY_POST = """**CỤC HẢI QUAN TỈNH BÌNH ĐỊNH**
**CHI CỤC HẢI QUAN CỬA KHẨU CẢNG QUY NHƠN**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Quy Nhơn, ngày 12 tháng 3 năm 2021

# BIÊN BẢN LÀM VIỆC

## Về thủ tục hải quan đối với hàng hóa xuất khẩu qua cảng Quy Nhơn

Hôm nay, vào lúc 14 giờ 00 ngày 12/3/2021, tại trụ sở Chi cục, chúng tôi gồm:

1. Ông **Đặng Văn Lực** - Chi cục trưởng, chủ trì;
2. Bà **Phan Thị Ngọc** - công chức, thư ký;
3. Ông **Hồ Minh Khải** - Phó Giám đốc Công ty cổ phần Cảng Quy Nhơn.

## KẾT LUẬN

1. **Công ty cổ phần Cảng Quy Nhơn** bố trí khu vực kiểm tra hàng hóa tập trung **trước ngày 31/3/2021**.

Biên bản kết thúc lúc 16 giờ 00 cùng ngày./.

| ĐẠI DIỆN DOANH NGHIỆP | THƯ KÝ | {post} |
|---|---|---|
| *(đã ký)* | *(đã ký)* | *(đã ký)* |
| | **Phan Thị Ngọc** | **Đặng Văn Lực** |
"""


@pytest.mark.parametrize("post", ["CHI CỤC TRƯỞNG", "GIÁM ĐỐC"])
def test_the_post_beside_the_secretary_signs_a_record_s_table(post: str) -> None:
    n = _notice(_RECORD_SIGNED_BY_POST.format(post=post), "x.md")
    assert n.signer is not None and match_key(n.signer) == match_key("Đặng Văn Lực")


def test_the_chair_s_column_of_a_signature_table_keeps_its_own_cells() -> None:
    text = _text(_RECORD_SIGNED_BY_POST.format(post="CHI CỤC TRƯỞNG"), "x.md")
    signature = [ln.clean.strip(" |") for ln in parse_layout(text).signature]
    assert signature == ["CHI CỤC TRƯỞNG", "(đã ký)", "Đặng Văn Lực"]


_TWO_COLUMN_RECORD = """UBND HUYỆN CẦN GIỜ
PHÒNG KINH TẾ

BIÊN BẢN HỌP
Về phương án bố trí bến thủy nội địa tại xã Thạnh An

Hôm nay, ngày 04/6/2020, tại Phòng Kinh tế huyện, chúng tôi gồm:
- Ông Võ Tấn Phát - Trưởng phòng Kinh tế, chủ trì;
- Bà Lý Thu Sương - chuyên viên, thư ký.
Kết luận:
1. Ủy ban nhân dân xã Thạnh An rà soát các bến khách ngang sông, báo cáo trước ngày 20/6/2020.

THƯ KÝ                                        TRƯỞNG PHÒNG
(đã ký)                                       (đã ký)
Lý Thu Sương                                  Võ Tấn Phát
"""


def test_the_post_beside_the_secretary_signs_two_columns() -> None:
    """Guard (passes before too): two columns, the secretary's and the post's, side by side (the rule of the
    table above reads them the same way)."""
    n = _notice(_TWO_COLUMN_RECORD)
    assert n.signer is not None and match_key(n.signer) == match_key("Võ Tấn Phát")


def test_a_notice_signed_by_a_post_alone_keeps_its_signer() -> None:
    """Guard (passes before too): a notice's signature without a secretary beside it is read as before."""
    text = _TWO_COLUMN_RECORD.replace("BIÊN BẢN HỌP", "THÔNG BÁO").replace(
        "THƯ KÝ                                        TRƯỞNG PHÒNG\n"
        "(đã ký)                                       (đã ký)\n"
        "Lý Thu Sương                                  Võ Tấn Phát\n",
        "TRƯỞNG PHÒNG\n(đã ký)\nVõ Tấn Phát\n",
    )
    n = _notice(text)
    assert n.signer is not None and match_key(n.signer) == match_key("Võ Tấn Phát")


# 2. A record's opening "Hôm nay, … tại …, chúng tôi gồm:" lists its parties as numbered groups, each a body with
# a dash list of its people under it: the groups and their lines are those who took part, not tasks, and a bare
# post under a group's heading is at that group's body. The tasks come under the conclusions.

_PARTIES = """UBND TỈNH BẾN TRE
SỞ Y TẾ
ĐOÀN KIỂM TRA

BIÊN BẢN KIỂM TRA
Công tác cung ứng, quản lý và sử dụng thuốc tại Bệnh viện Đa khoa Minh Đức

Thực hiện Quyết định số 318/QĐ-SYT ngày 02/5/2022 của Giám đốc Sở Y tế, hôm nay, lúc 8 giờ 30 ngày
10/5/2022, tại Bệnh viện Đa khoa Minh Đức, chúng tôi gồm:
1. Đoàn kiểm tra Sở Y tế:
- Ông Nguyễn Thành Tâm, Phó Giám đốc Sở, Trưởng đoàn;
- Bà Huỳnh Thị Lệ, chuyên viên Phòng Nghiệp vụ Dược, thành viên kiêm thư ký.
2. Bệnh viện Đa khoa Minh Đức:
- Ông Trần Văn Phúc, Giám đốc Bệnh viện;
- Bà Lê Ngọc Yến, Kế toán trưởng;
- Ông Phạm Hữu Lộc, Trưởng khoa Dược.
I. KẾT QUẢ KIỂM TRA
Bệnh viện đã xây dựng danh mục thuốc năm 2022; còn 12 thuốc chưa có kết quả lựa chọn nhà thầu.
II. KIẾN NGHỊ
1. Bệnh viện Đa khoa Minh Đức hoàn thành lựa chọn nhà thầu các thuốc còn thiếu trước ngày 30/6/2022.
2. Phòng Nghiệp vụ Dược theo dõi việc khắc phục, báo cáo Giám đốc Sở trước ngày 15/7/2022.

TRƯỞNG ĐOÀN
PHÓ GIÁM ĐỐC SỞ
Nguyễn Thành Tâm
"""


def test_a_record_s_parties_after_chung_toi_gom_are_no_tasks() -> None:
    n = _notice(_PARTIES)
    openings = [d.text[:12] for d in n.directives]
    assert openings == ["Bệnh viện Đa", "Phòng Nghiệp"], openings


def test_a_bare_post_under_a_party_s_heading_is_at_that_party() -> None:
    n = _notice(_PARTIES)
    names = names_of(n)
    posts = {(names[p.person], p.role): names.get(p.agency or "", "") for p in n.posts}
    assert match_key(posts[("Lê Ngọc Yến", "Kế toán trưởng")]).startswith(
        match_key("Bệnh viện Đa khoa Minh Đức")
    )


# 3. A scanned notice's closing block: OCR loses the horn of "Nơi nhận" ("Noi nhận:") and runs the two columns
# together, the title at the end of the label's line and the signer's name after the last recipient's ";". The
# label must still end the body and head the recipients, so the signer is read.

_OCR_CLOSING = """UBND TỈNH THÁI BÌNH
SỞ TƯ PHÁP
Số: 77/TB-STP Thái Bình, ngày 10 tháng 4 năm 2015

THÔNG BÁO
Kết luận của Giám đốc Sở tại hội nghị giao ban công tác trợ giúp pháp lý quý I năm 2015

Ngày 07/4/2015, tại phòng họp Sở Tư pháp, đồng chí Vũ Đức Hạnh, Giám đốc Sở chủ trì hội nghị.
Giám đốc Sở kết luận:
1. Trung tâm Trợ giúp pháp lý nhà nước tỉnh tổ chức trợ giúp pháp lý lưu động tại 04 xã, xong trước ngày
30/6/2015.

{label} GIÁM ĐỐC
- UBND tỉnh (b/c);
- Trung tâm TGPL tỉnh; Vũ Đức Hạnh
- Luu: VT.
"""


@pytest.mark.parametrize("label", ["Noi nhận:", "Noi nhan:"])
def test_an_ocr_d_recipients_label_still_closes_the_body(label: str) -> None:
    n = _notice(_OCR_CLOSING.format(label=label))
    assert n.signer is not None and match_key(n.signer) == match_key("Vũ Đức Hạnh")


# 4. OCR losing the dot below of "sự" in the name of a civil judgment body or of civil law ("Chi cục Thi hành án
# dân sư huyện", "Bộ luật dân sư"): "sư" follows no such word, so the mark goes back, one character for one.


@pytest.mark.parametrize(
    ("slip", "fixed"),
    [
        ("Chi cục Thi hành án dân sư huyện Kim Thành", "Chi cục Thi hành án dân sự huyện Kim Thành"),
        ("theo Bộ luật dân sư năm 2015", "theo Bộ luật dân sự năm 2015"),
        ("hồ sơ tố tụng dân sư", "hồ sơ tố tụng dân sự"),
    ],
)
def test_the_mark_of_su_in_civil_names_is_put_back(slip: str, fixed: str) -> None:
    assert repair_ocr_slips(slip)[0] == fixed


def test_a_monk_or_a_division_keeps_its_su() -> None:
    """Guard (passes before too): "sư" after other words stays as written."""
    s = "Nhà sư trụ trì chùa; sư đoàn 320; nhân dân sư đoàn"
    assert repair_ocr_slips(s)[0] == s


# 5. A portal's line of stamps under the headline: the dateline and, after a bar, the view count ("Thứ tư,
# 19/05/2021 - 16:42 | Lượt xem: 318"): no headline, so the story's title is the line above it.

_PORTAL = """Cổng Thông tin điện tử tỉnh Kon Tum

Phó Chủ tịch UBND tỉnh làm việc với Kiểm toán Nhà nước khu vực XII về kết quả kiểm toán năm 2022

{stamp}

(Kontum.gov.vn) - Chiều 14/6, Phó Chủ tịch UBND tỉnh Y Ngọc đã có buổi làm việc với Đoàn Kiểm toán Nhà nước
khu vực XII về kết quả kiểm toán ngân sách địa phương năm 2022.

Kết luận buổi làm việc, Phó Chủ tịch UBND tỉnh yêu cầu Sở Tài chính tổng hợp tình hình thực hiện kiến nghị kiểm
toán, báo cáo UBND tỉnh trước ngày 30/6/2023.
"""


@pytest.mark.parametrize(
    "stamp",
    [
        "Thứ tư, 15/06/2023 - 16:42 | Lượt xem: 318",
        "Thứ Năm, 15/06/2023 09:35 | Lượt xem: 1.204",
    ],
)
def test_a_stamp_row_under_the_headline_is_no_title(stamp: str) -> None:
    text = _text(_PORTAL.format(stamp=stamp))
    layout = parse_layout(text)
    assert layout.title is not None
    assert text[layout.title.start : layout.title.end].startswith(
        "Phó Chủ tịch UBND tỉnh làm việc với Kiểm toán"
    )
