"""Notices whose columns reached us one space apart, PDF-like rules and separators, and names of 2025 units.

Text copied out of a PDF or a Word table often loses the gap between the header's two columns and between
"Nơi nhận" and the signature. Snippets written for these tests (officials invented; bodies real).
"""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.tokens import tokenize

FLAT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ HẢI DƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG Độc lập - Tự do - Hạnh phúc
Số: 52/TB-TĐC Hải Dương, ngày 18 tháng 7 năm 2012
THÔNG BÁO
Kết luận của Chi cục trưởng tại Hội nghị triển khai kiểm tra đo lường xăng dầu năm 2012
-----
Ngày 16/7/2012, Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức Hội nghị triển khai kiểm tra đo lường xăng \
dầu. Ông Phạm Văn Tài - Chi cục trưởng và bà Lê Thị Hòa - Phó Giám đốc Sở Công Thương đồng chủ trì Hội nghị.
Chi cục trưởng kết luận:
1. Phòng Quản lý Đo lường chủ trì kiểm tra các cửa hàng xăng dầu trong quý III/2012.
2. Phòng Kinh tế và Hạ tầng huyện Kim Thành, Thanh Hà báo cáo danh sách cửa hàng xăng dầu chậm nhất ngày 30/7.
Nơi nhận: KT. CHI CỤC TRƯỞNG
- Sở KH&CN (b/c); PHÓ CHI CỤC TRƯỞNG
- UBND TP. Hải Dương;
- Lưu: VT, QLĐL. Nguyễn Văn Quang
"""


def _names(notice, keys):
    return [notice.agencies[k].name if k in notice.agencies else notice.persons[k].name for k in keys]


@pytest.fixture(scope="module")
def flat():
    return parse_notice(FLAT, "flat.txt")


def test_the_issuer_ends_where_the_quoc_hieu_begins(flat):
    assert flat.agencies[flat.issuer].name == "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Hải Dương"


def test_the_signer_beside_the_recipients(flat):
    assert flat.persons[flat.signer].name == "Nguyễn Văn Quang"
    # and a recipient whose name holds an abbreviation's stop stays whole
    assert "Ủy ban nhân dân thành phố Hải Dương" in _names(flat, flat.recipients)


def test_a_rule_under_the_title_hides_nothing(flat):
    assert flat.meeting.held_on == "2012-07-16"


def test_two_persons_joined_before_dong_chu_tri_both_chair(flat):
    assert _names(flat, flat.meeting.chairs) == ["Phạm Văn Tài", "Lê Thị Hòa"]


def test_a_phong_of_two_districts_with_the_keyword_written_once(flat):
    task = next(d for d in flat.directives if "danh sách cửa hàng" in d.text)
    assert _names(flat, task.assignees) == [
        "Phòng Kinh tế và Hạ tầng huyện Kim Thành",
        "Phòng Kinh tế và Hạ tầng huyện Thanh Hà",
    ]
    assert task.due.value == "2012-07-30"


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("3. Phòng Tiêu chuẩn, Đo lường, Chất lượng:", ["Phòng Tiêu chuẩn, Đo lường, Chất lượng"]),
        (
            "4. Phòng Bưu chính, Viễn thông và Chuyển đổi số: Tham mưu",
            ["Phòng Bưu chính, Viễn thông và Chuyển đổi số"],
        ),
        (
            "giao Vụ Phát triển khoa học và công nghệ địa phương chủ trì",
            ["Vụ Phát triển khoa học và công nghệ địa phương"],
        ),
        ("phối hợp với Văn phòng Bộ tổng hợp, trả lời", ["Văn phòng Bộ"]),
        ("Phối hợp với Sở Tài chính điều chỉnh dự toán", ["Sở Tài chính"]),
        ("Phối hợp với Chi cục Hải quan cửa khẩu Lào Cai kiểm tra", ["Chi cục Hải quan cửa khẩu Lào Cai"]),
        # a ward where equipment stands is a place, the faculty is written with its capital
        ("hiệu chuẩn các thiết bị đo tại khoa Hồi sức tích cực - Chống độc", []),
        # a district named after another's keyword, in another province, is where it is
        ("UBND huyện Châu Thành, Bến Tre", ["UBND huyện Châu Thành"]),
    ],
)
def test_names(text, surfaces):
    assert [m.surface for m in find_agencies(text, tokenize(text), "Lào Cai")] == surfaces


PAGE_WITH_NOTICE = """Sở Khoa học và Công nghệ Ninh Thuận

THÔNG BÁO KẾT LUẬN CỦA GIÁM ĐỐC TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TẠI CUỘC HỌP GIAO BAN THÁNG 3

Ngày đăng: 09/4/2018

SỞ KHOA HỌC VÀ CÔNG NGHỆ NINH THUẬN
TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Số: 12/TB-TTKT

Ninh Thuận, ngày 09 tháng 4 năm 2018

Căn cứ Quyết định số 215/QĐ-SKHCN ngày 20/02/2018 của Giám đốc Sở Khoa học và Công nghệ về chương trình công tác năm 2018.

Ngày 05/4/2018, Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tổ chức họp giao ban tháng 3. Ông Chamaléa Thị Hồng - Giám đốc Trung tâm chủ trì cuộc họp.

Giám đốc Trung tâm kết luận như sau:

1. Phòng Kiểm định - Hiệu chuẩn kiểm định công tơ điện trước ngày 30/4/2018.

Nơi nhận
Sở KH&CN
Lưu VT
GIÁM ĐỐC

Chamaléa Thị Hồng
"""


def test_a_notice_under_a_web_pages_headline_keeps_its_own_header():
    notice = parse_notice(PAGE_WITH_NOTICE, "page.txt")
    assert notice.agencies[notice.issuer].name.startswith("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng")
    assert (notice.document_number, notice.issued_on) == ("Số: 12/TB-TTKT", "2018-04-09")


def test_the_meeting_date_is_not_a_cited_documents():
    notice = parse_notice(PAGE_WITH_NOTICE, "page.txt")
    assert notice.meeting.held_on == "2018-04-05"  # not 20/02/2018 of the Quyết định, nor the page's date


def test_the_archive_line_is_no_signer():
    notice = parse_notice(PAGE_WITH_NOTICE, "page.txt")
    assert notice.signer is None or notice.persons[notice.signer].name != "Lưu Vt"


def test_tp_without_its_stop_after_a_name_is_truong_phong_and_before_a_city_is_the_city():
    from ketluan.ingest.people import match_title

    toks = tokenize("Đ/c Quàng Văn Hải - TP Quản lý khoa học")
    assert match_title(toks, 5) == (6, "Trưởng phòng")
    assert not any(match_title(tokenize("UBND TP Sơn La"), i) for i in range(4))
    assert not any(match_title(tokenize("Đ/c Lò Văn A - TP Sơn La"), i) for i in range(5, 7))


def test_a_news_storys_deadline_is_not_its_meeting_date():
    text = (
        "Sở Khoa học và Công nghệ tỉnh Phú Thọ\n\nSơ kết hoạt động khoa học và công nghệ 9 tháng\n\n"
        "Sáng 14/9, Sở Khoa học và Công nghệ tổ chức hội nghị sơ kết hoạt động khoa học và công nghệ 9 tháng.\n\n"
        "Giám đốc Sở đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hoàn thành kiểm định phương tiện đo trước "
        "ngày 30/10/2021.\n"
    )
    notice = parse_notice(text, "tin.txt")
    assert notice.meeting.held_on != "2021-10-30"  # no year for 14/9 anywhere: better none than the deadline
