"""Body names round J's notices wrote that the scan cut or missed: a market named like a person, a ward whose
name is a district's elsewhere, and a bare Party committee that shares the next body's place."""

from __future__ import annotations

import pytest

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.tokens import tokenize


def _found(text: str, province: str | None) -> list[tuple[str, str | None, str | None, bool]]:
    toks = tokenize(text, 0, len(text))
    return [
        (text[toks[m.start].start : toks[m.end - 1].end], m.locality_type, m.locality, m.collective)
        for m in find_agencies(text, toks, province)
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ban Quản lý chợ Đồng Tâm bố trí lại cân đối chứng.", "Ban Quản lý chợ Đồng Tâm"),
        ("Ban Quản lý cảng cá Lạch Bạng kiểm tra cân.", "Ban Quản lý cảng cá Lạch Bạng"),
        ("Ban Quản lý chợ Đinh Tiên Hoàng niêm yết giá.", "Ban Quản lý chợ Đinh Tiên Hoàng"),
    ],
)
def test_a_named_place_inside_a_bodys_name_may_open_like_a_family_name(text: str, name: str):
    assert _found(text, "Hà Nội")[0][0] == name


def test_a_person_after_a_market_board_is_still_a_person():
    assert _found("Ban Quản lý chợ Hàn Nguyễn Văn An phát biểu.", "Đà Nẵng")[0][0] == "Ban Quản lý chợ Hàn"


def test_a_ward_written_bare_after_another_is_a_ward_even_if_a_district_elsewhere_bears_its_name():
    found = _found("Vắng: UBND phường An Bình, Thới Bình.", "Cần Thơ")
    assert [(f[1], f[2]) for f in found] == [("phường", "An Bình"), ("phường", "Thới Bình")]


def test_a_district_of_the_notices_province_after_a_commune_is_where_the_commune_is():
    found = _found("UBND xã Tân Phú, Châu Thành kiểm tra.", "Tiền Giang")
    assert [(f[1], f[2]) for f in found] == [("xã", "Tân Phú")]


def test_a_bare_party_committee_shares_the_next_bodys_place():
    found = _found(
        "Đảng ủy, UBND xã Hải Lý tổ chức thực hiện; Đảng ủy, UBND các xã, thị trấn quán triệt.", "Nam Định"
    )
    assert found[0][1:3] == ("xã", "Hải Lý") and found[2][3]  # the second Đảng ủy is one in each commune


def test_a_province_committee_before_the_provinces_ubnd_keeps_its_own_name():
    found = _found("Tỉnh ủy, UBND tỉnh chỉ đạo các sở, ngành.", "Nam Định")
    assert found[0] == ("Tỉnh ủy", None, None, False)
