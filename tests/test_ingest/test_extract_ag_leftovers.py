"""Round AG's leftovers taken up after the round: how a group under a heading that names its members is read.

Each case is a variant written here (Bình Thuận, Hà Tĩnh), not a copy of a test notice.
"""

from __future__ import annotations

from notice_checks import bodies_per_task as _assignees

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

HEAD = """ỦY BAN NHÂN DÂN
TỈNH {upper}
Số: 212/TB-UBND
{place}, ngày 14 tháng 5 năm 2018
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về công tác giải quyết khiếu nại, tố cáo
Ngày 10/5/2018, Phó Chủ tịch UBND tỉnh Nguyễn Đức Hòa chủ trì cuộc họp. Sau khi nghe báo cáo, Phó Chủ tịch UBND
tỉnh kết luận như sau:
"""


def _notice(body: str, place: str = "Bình Thuận") -> Notice:
    return parse_notice(HEAD.format(upper=place.upper(), place=place) + body, "x.txt")


# "Chủ tịch UBND các huyện, thành phố" under a heading that names the districts and the city: the group is those
# bodies (Quảng Ngãi 2016 in round AG had it as one collective "UBND các huyện, thành phố").
NAMED_HEADING = """1. Thanh tra tỉnh
Tiếp tục theo dõi, đôn đốc việc thực hiện các quyết định giải quyết khiếu nại đã có hiệu lực pháp luật.
2. UBND các huyện Hàm Thuận Bắc, Bắc Bình và UBND thành phố Phan Thiết
Chủ tịch UBND các huyện, thành phố trực tiếp tổ chức đối thoại với công dân, giải quyết dứt điểm các vụ việc thuộc
thẩm quyền; không để phát sinh khiếu kiện đông người, vượt cấp.
"""


def test_group_by_levels_under_a_heading_is_the_bodies_it_named():
    n = _notice(NAMED_HEADING)
    assert _assignees(n)[1] == [
        "Ủy ban nhân dân huyện Bắc Bình",
        "Ủy ban nhân dân huyện Hàm Thuận Bắc",
        "Ủy ban nhân dân thành phố Phan Thiết",
    ]


def test_group_wider_than_its_heading_stays_a_group():
    # the heading names districts only; "các huyện, thị xã, thành phố" reaches past them: every one of the province
    n = _notice(
        NAMED_HEADING.replace(
            "UBND các huyện Hàm Thuận Bắc, Bắc Bình và UBND thành phố Phan Thiết",
            "UBND các huyện Hàm Thuận Bắc, Bắc Bình",
        ).replace("Chủ tịch UBND các huyện, thành phố", "Chủ tịch UBND các huyện, thị xã, thành phố")
    )
    assert _assignees(n)[1] == ["Ủy ban nhân dân các huyện, thị xã, thành phố"]


def test_group_under_a_heading_of_one_body_stays_a_group():
    n = _notice(
        NAMED_HEADING.replace(
            "UBND các huyện Hàm Thuận Bắc, Bắc Bình và UBND thành phố Phan Thiết", "UBND huyện Bắc Bình"
        ).replace("Chủ tịch UBND các huyện, thành phố", "Chủ tịch UBND các huyện")
    )
    assert _assignees(n)[1] == ["Ủy ban nhân dân các huyện"]


# "UBND xã A lập …; Chủ tịch UBND xã nghiêm túc kiểm điểm …": the commune written by its level alone in the same
# sentence is the one just named, not a second body "UBND xã" (Lào Cai 2026 in round AG; a notice that names a
# ward's body as well no longer knows which commune a bare "xã" is).
def test_level_alone_points_back_within_its_sentence():
    n = _notice(
        """1. Đối với khiếu nại của 09 hộ dân thôn Đông Hà: giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với
UBND xã Kỳ Phú kiểm tra lại nguồn gốc đất, tham mưu UBND tỉnh giải quyết dứt điểm trong tháng 6. UBND xã Kỳ Phú
lập phương án hỗ trợ bổ sung, chi trả cho các hộ trước ngày 30/6/2018; Chủ tịch UBND xã nghiêm túc kiểm điểm việc
vắng mặt tại buổi tiếp công dân.
2. Ban Thường vụ Đảng ủy phường Thành Sen có trách nhiệm cung cấp đầy đủ hồ sơ.
""",
        place="Hà Tĩnh",
    )
    assert _assignees(n)[:2] == [["Sở Tài nguyên và Môi trường tỉnh Hà Tĩnh"], ["Ủy ban nhân dân xã Kỳ Phú"]]


# A provincial trade union's and Youth Union's own bodies (Bắc Giang's LĐLĐ and Đắk Lắk's Tỉnh đoàn in round AG).
UNION = """LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ THỌ
Số: 15/TB-LĐLĐ
Phú Thọ, ngày 12 tháng 01 năm 2015
THÔNG BÁO
Kết luận của đồng chí Chủ tịch LĐLĐ tỉnh tại buổi giao ban
Ngày 09/01/2015, đồng chí Hà Văn Minh, Chủ tịch LĐLĐ tỉnh chủ trì buổi giao ban. Đồng chí kết luận như sau:
1. Ban Tuyên giáo - Nữ công đẩy mạnh tuyên truyền Bộ luật Lao động năm 2012 cho công nhân lao động.
2. Đoàn Trường Đại học Hùng Vương thành lập 03 đội hình tình nguyện tham gia chăm lo Tết cho công nhân.
3. Thành đoàn Việt Trì, các Huyện đoàn, Thị đoàn chủ động huy động nguồn lực xã hội hóa tại địa phương.
"""


def test_a_union_board_named_by_two_fields_keeps_both():
    n = parse_notice(UNION, "x.txt")
    assert _assignees(n)[0] == ["Ban Tuyên giáo - Nữ công"]


def test_a_university_youth_union_is_a_body_of_its_own():
    n = parse_notice(UNION, "x.txt")
    assert [a.lower() for a in _assignees(n)[1]] == ["đoàn trường đại học hùng vương"]


def test_the_district_youth_unions_are_one_group():
    n = parse_notice(UNION, "x.txt")
    assert _assignees(n)[2] == ["Các Huyện đoàn, Thị đoàn", "Thành đoàn Việt Trì"]
