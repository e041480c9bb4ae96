"""Round U's leftovers: a Party committee's board under its committee in the header, and the places in a team or
an elected body that are no posts in the body the clause happens to name.

Snippets written for these tests (officials invented; bodies and places real).
"""

from __future__ import annotations

from notice_checks import posts_of as _posts

from ketluan.ingest.extract import parse_notice

PARTY_BOARD = """TỈNH ỦY LÀO CAI                    ĐẢNG CỘNG SẢN VIỆT NAM
BAN TỔ CHỨC
*
Số 112-TB/BTCTU                    Lào Cai, ngày 12 tháng 6 năm 2015
THÔNG BÁO
Kết luận của đồng chí Trưởng Ban Tổ chức Tỉnh ủy về tinh giản biên chế
Ngày 10/6/2015, đồng chí Lý Văn Pao, Trưởng Ban Tổ chức Tỉnh ủy chủ trì cuộc họp.
1. Ban Tổ chức Huyện ủy Bảo Thắng báo cáo phương án tinh giản biên chế trong tháng 7/2015.
"""


def test_a_party_committees_board_under_it_in_the_header_is_the_committees() -> None:
    n = parse_notice(PARTY_BOARD, "tb.txt")
    assert n.agencies[n.issuer].name == "Ban Tổ chức Tỉnh ủy Lào Cai"


MONITORING = """HĐND TỈNH HÀ TĨNH                CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
  THƯỜNG TRỰC                         Độc lập - Tự do - Hạnh phúc

Số: 46/TB-HĐND                    Hà Tĩnh, ngày 27 tháng 9 năm 2010

                           THÔNG BÁO
        Kết luận của Phó Chủ tịch HĐND tỉnh tại buổi làm việc
   của Đoàn giám sát Ban Văn hoá - Xã hội HĐND tỉnh về công tác
  bảo đảm vệ sinh an toàn thực phẩm và quản lý đo lường tại các chợ

Thực hiện Chương trình giám sát năm 2010 của Thường trực HĐND tỉnh, ngày 22/9/2010 tại Hội trường Sở Y tế, Đoàn giám sát của Ban Văn hoá - Xã hội HĐND tỉnh do ông Nguyễn Hữu Thiện, Phó Chủ tịch HĐND tỉnh làm Trưởng đoàn đã làm việc với các sở, ngành và địa phương về công tác bảo đảm vệ sinh an toàn thực phẩm và quản lý đo lường tại các chợ trên địa bàn tỉnh.

Tham gia Đoàn giám sát có bà Lê Thị Thanh Hương, Trưởng Ban Văn hoá - Xã hội HĐND tỉnh, Phó Trưởng đoàn; các thành viên Ban Văn hoá - Xã hội. Về phía các đơn vị chịu sự giám sát có: ông Đặng Quốc Bảo, Giám đốc Sở Y tế; ông Trần Văn Lĩnh, Phó Giám đốc Sở Khoa học và Công nghệ; ông Hoàng Minh Đức, Chi cục trưởng Chi cục Tiêu chuẩn Đo lường Chất lượng; ông Võ Tá Hùng, Phó Giám đốc Sở Công Thương; đại diện lãnh đạo UBND thành phố Hà Tĩnh và các huyện Cẩm Xuyên, Thạch Hà, Kỳ Anh. UBND thị xã Hồng Lĩnh vắng mặt.
"""


def test_a_place_in_a_monitoring_team_is_no_post_in_the_sở_it_met_in() -> None:
    posts = _posts(parse_notice(MONITORING, "tb.txt"), "Lê Thị Thanh Hương")
    assert ("Phó Trưởng đoàn", None) in posts
    assert not any(body == "Sở Y tế tỉnh Hà Tĩnh" for _, body in posts)


TEAM = """UBND HUYỆN CHÂU THÀNH
ĐOÀN KIỂM TRA LIÊN NGÀNH
Số: 14/BB-ĐKTLN                     Châu Thành, ngày 18 tháng 10 năm 2016
BIÊN BẢN
Kiểm tra điều kiện bảo đảm an toàn thực phẩm
I. THÀNH PHẦN
1. Đoàn kiểm tra liên ngành gồm:
- Ông Nguyễn Văn Hai, Phó Trưởng phòng Y tế huyện - Trưởng đoàn;
- Bà Võ Thị Ngọc Hân, chuyên viên Phòng Y tế huyện - Thư ký.
Kết luận: bếp ăn bảo đảm điều kiện.
"""


def test_the_head_of_the_issuing_team_is_still_its_head() -> None:
    n = parse_notice(TEAM, "bb.txt")
    assert ("Trưởng đoàn", "Đoàn kiểm tra liên ngành") in _posts(n, "Nguyễn Văn Hai")


def test_a_body_named_after_a_part_of_the_country_gets_no_province() -> None:
    from ketluan.ingest.agencies import names_a_region

    assert names_a_region("Viện Nghiên cứu khoa học Miền Trung")
    assert names_a_region("Viện Lúa Đồng bằng sông Cửu Long")
    assert not names_a_region("Viện Nghiên cứu khoa học tỉnh Quảng Nam")


QUESTIONING = """HỘI ĐỒNG NHÂN DÂN
TỈNH QUẢNG NAM
Số: 52/TB-HĐND                    Quảng Nam, ngày 23 tháng 7 năm 2018
THÔNG BÁO
Kết luận phiên chất vấn tại kỳ họp thứ 7, HĐND tỉnh khóa IX
Ngày 19/7/2018, ông Phan Văn Lộc, Chủ tịch HĐND tỉnh chủ tọa phiên chất vấn. Đại biểu Trương Công Bình (Tổ đại
biểu huyện Đại Lộc) nêu nhiều trường hợp khai thác cát trái phép. Ông Lê Văn Dũng, Giám đốc Sở Tài nguyên và Môi
trường đã trả lời.
1. Đề nghị Giám đốc Sở Tài nguyên và Môi trường kiểm tra các mỏ cát trước ngày 30/9/2018.
"""


def test_a_delegate_in_a_councils_notice_is_that_councils() -> None:
    posts = _posts(parse_notice(QUESTIONING, "tb.txt"), "Trương Công Bình")
    assert posts == [("Đại biểu", "Hội đồng nhân dân tỉnh Quảng Nam")]
