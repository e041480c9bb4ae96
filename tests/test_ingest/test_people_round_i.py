"""Round I: deputies "in charge" (phụ trách) as post titles, and the office a district's Chánh Văn phòng heads.

Each snippet uses other names, places and bodies than the notice that showed the error.
"""

from __future__ import annotations

from ketluan.ingest.agencies import AgencyBook
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.people import match_title
from ketluan.ingest.records import Span
from ketluan.ingest.tokens import tokenize

NEWS = """Hội nghị trực tuyến về quản lý đo lường tại chợ

Ngày 12/3/2025, Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia tổ chức hội nghị trực tuyến về quản lý đo lường \
tại chợ. Phó Chủ tịch phụ trách Ủy ban Nguyễn Hoàng Linh chủ trì hội nghị.

Kết luận hội nghị, Phó Chủ tịch phụ trách Ủy ban Nguyễn Hoàng Linh đề nghị Ban Đo lường hướng dẫn các địa \
phương kiểm tra cân tại chợ trước ngày 30/6/2025.
"""

DISTRICT = """ỦY BAN NHÂN DÂN
HUYỆN TƯ NGHĨA
Số: 52/TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tư Nghĩa, ngày 14 tháng 5 năm 2018

THÔNG BÁO
Kết luận của Phó Chủ tịch UBND huyện tại cuộc họp về quản lý chợ Thu Xà

Ngày 10/5/2018, đồng chí Trần Quốc Bảo - Phó Chủ tịch UBND huyện chủ trì cuộc họp về quản lý chợ Thu Xà.

Sau khi nghe báo cáo, Phó Chủ tịch UBND huyện kết luận:
1. Phòng Kinh tế và Hạ tầng chủ trì kiểm tra cân tại chợ Thu Xà, báo cáo UBND huyện trước ngày 30/5/2018.

Nơi nhận:
- Như trên;
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG

Phạm Thị Hồng Vân
"""


def test_deputies_in_charge_are_deputies():
    for text, role in (
        ("Phó Chủ tịch phụ trách Ủy ban", "Phó Chủ tịch"),
        ("Phó Viện trưởng phụ trách Viện", "Phó Viện trưởng"),
        ("Phó Tổng cục trưởng phụ trách Tổng cục", "Phó Tổng cục trưởng"),
        ("Phó Hiệu trưởng phụ trách Trường", "Phó Hiệu trưởng"),
    ):
        toks = tokenize(text)
        end, canon = match_title(toks, 0)
        # the title takes "phụ trách" and stops at the body
        assert canon == role and toks[end - 1].text == "trách" and toks[end].is_cap


def test_chair_named_after_a_deputy_in_charge_and_the_committee():
    n = parse_notice(NEWS, "2025-03-13_tin-uybantdc_hoi-nghi.txt")
    chairs = [n.persons[k].name for k in n.meeting.chairs]
    assert chairs == ["Nguyễn Hoàng Linh"]
    posts = [(p.role, n.agencies[p.agency].name) for p in n.posts if p.agency]
    assert ("Phó Chủ tịch", "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia") in posts


def test_district_chanh_van_phong_heads_the_joint_office():
    n = parse_notice(DISTRICT, "2018-05-14_ubnd-tunghia_tb-kl.txt")
    signer = n.persons[n.signer]
    post = next(p for p in n.posts if p.person == signer.key)
    assert n.agencies[post.agency].name == "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Tư Nghĩa"


def test_inferred_joint_office_only_below_the_province():
    book = AgencyBook("Quảng Ngãi")
    town = book.add("Văn phòng Ủy ban nhân dân thị xã Đức Phổ", "office", "", Span(0, 0))
    assert town.name == "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã Đức Phổ"
    assert "Văn phòng Ủy ban nhân dân thị xã Đức Phổ" in town.surfaces
    # an office the notice writes by one council's name keeps it (unless the notice names the joint one)
    written = book.add(
        "Văn phòng Ủy ban nhân dân huyện Sơn Tịnh", "office", "Văn phòng UBND huyện", Span(40, 60)
    )
    assert written.name == "Văn phòng Ủy ban nhân dân huyện Sơn Tịnh"
    # a province's and a centrally-governed city's People's Committee have an office of their own
    assert book.add("Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi", "office", "", Span(0, 0)).name == (
        "Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi"
    )
    city = AgencyBook("Đà Nẵng", "thành phố").add(
        "Văn phòng Ủy ban nhân dân thành phố Đà Nẵng", "office", "", Span(0, 0)
    )
    assert city.name == "Văn phòng Ủy ban nhân dân thành phố Đà Nẵng"
