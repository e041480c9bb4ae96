"""Round I: body names cut short by the closed lists of name words, and bodies not known.

Each snippet uses other names, places and bodies than the notice that showed the error.
"""

from __future__ import annotations

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.tokens import tokenize


def _surfaces(text: str, province: str | None = None) -> list[str]:
    return [m.surface for m in find_agencies(text, tokenize(text), province)]


def test_cooperative_named_by_its_trade_runs_to_its_place():
    # the trade words are not on any list ("chế biến", "hải sản"); the place closes the name
    text = "4. HTX chế biến hải sản Cửa Khe, HTX muối Sa Huỳnh: tổ chức thu mua muối cho xã viên."
    assert _surfaces(text, "Quảng Ngãi") == ["HTX chế biến hải sản Cửa Khe", "HTX muối Sa Huỳnh"]


def test_cooperative_name_over_a_line_break_and_a_trade_verb():
    text = "Chủ nhiệm Hợp tác xã sản xuất\nnước mắm truyền thống Cửa Việt (xã Gio Việt) báo cáo"
    assert _surfaces(text, "Quảng Trị")[0] == "Hợp tác xã sản xuất\nnước mắm truyền thống Cửa Việt"


def test_station_named_by_what_it_manages_and_its_place():
    text = "Đề nghị Đội QLTT số 3 phối hợp Trạm Quản lý cảng cá Cửa Hội kiểm tra cân tại bến."
    assert "Trạm Quản lý cảng cá Cửa Hội" in _surfaces(text, "Nghệ An")


def test_trade_words_followed_by_a_verb_or_a_locality_keep_the_name_as_it_was():
    # a predicate ("hướng dẫn …"), a commune keyword or a person after the head is not part of the name
    assert _surfaces("Trạm Khuyến nông hướng dẫn nông dân Hải Lý làm muối sạch") == ["Trạm Khuyến nông"]
    assert _surfaces("Trạm Y tế xã Phổ Thạnh tuyên truyền", "Quảng Ngãi")[0] == "Trạm Y tế xã Phổ Thạnh"
    assert _surfaces("HTX Dịch vụ nông nghiệp vận động xã viên Nguyễn Văn Bảy") == ["HTX Dịch vụ nông nghiệp"]


def test_fishing_port_and_fuel_shop_are_bodies_when_named():
    assert _surfaces("3. Cảng cá Quảng Phúc: bố trí 02 cân đối chứng tại nhà phân loại cá.") == [
        "Cảng cá Quảng Phúc"
    ]
    assert _surfaces("5. Cửa hàng xăng dầu cảng cá Sa Huỳnh: thay thế cột đo không đạt.") == [
        "Cửa hàng xăng dầu cảng cá Sa Huỳnh"
    ]
    assert _surfaces("Cửa hàng xăng dầu số 12 niêm yết giá bán lẻ.") == ["Cửa hàng xăng dầu số 12"]


def test_shops_and_port_grounds_in_general_are_no_bodies():
    # a shop as premises, the shops of a trade, a port as a place
    assert _surfaces("Cửa hàng xăng dầu tại cảng có 3 cột đo nhiên liệu.") == []
    assert _surfaces("rà soát các cửa hàng xăng dầu trên địa bàn") == []
    assert _surfaces("kiểm tra cân tại cảng cá Quảng Phúc") == []


def test_customs_units_named_by_their_field():
    text = "Phòng Quản lý rủi ro chủ trì, phối hợp Chi cục Kiểm tra sau thông quan rà soát hồ sơ."
    assert _surfaces(text) == ["Phòng Quản lý rủi ro", "Chi cục Kiểm tra sau thông quan"]


def test_collective_over_the_provinces_of_a_region_keeps_the_region():
    text = "Phối hợp với Sở NN&PTNT các tỉnh Tây Nguyên kiểm tra vật tư nông nghiệp."
    assert _surfaces(text) == ["Sở NN&PTNT các tỉnh Tây Nguyên"]
    text = "Đề nghị UBND các tỉnh, thành phố Đồng bằng sông Cửu Long chỉ đạo"
    assert _surfaces(text) == ["UBND các tỉnh, thành phố Đồng bằng sông Cửu Long"]
    # a named province after the kind is still a province of its own
    assert _surfaces("Sở Y tế các tỉnh Nghệ An, Hà Tĩnh báo cáo") == [
        "Sở Y tế tỉnh Nghệ An",
        "Sở Y tế tỉnh Hà Tĩnh",
    ]


def test_programme_boards_are_named_by_their_programme_and_place():
    text = "Đồng chí Lò Văn Pấng, Trưởng Ban Chỉ đạo xây dựng nông thôn mới huyện Mường Lay báo cáo"
    assert "Ban Chỉ đạo xây dựng nông thôn mới huyện Mường Lay" in _surfaces(text, "Điện Biên")
    text = "2. Đối với Ban Quản lý xây dựng nông thôn mới xã: rà soát các tiêu chí"
    assert _surfaces(text, "Quảng Nam") == ["Ban Quản lý xây dựng nông thôn mới xã"]
    # without a trade or programme word a locality does not close the name: the station's predicate
    assert _surfaces("Trạm Khuyến nông tập huấn nông dân xã Tam Hải", "Quảng Nam")[0] == "Trạm Khuyến nông"
