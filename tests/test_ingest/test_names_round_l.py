"""Round L: body names cut short or run on (flood boards, fishing-port boards, branches at a place, regional
institutes, breeders' associations), a second post after "và", telecom carriers by brand, verbs after a body.

Each snippet uses other names, places and bodies than the notice that showed the error.
"""

from __future__ import annotations

from ketluan.ingest.agencies import find_agencies, names_a_region
from ketluan.ingest.people import scan_name
from ketluan.ingest.tokens import tokenize


def _surfaces(text: str, province: str | None = None) -> list[str]:
    return [m.surface for m in find_agencies(text, tokenize(text), province)]


# --- names cut short ------------------------------------------------------------------------------------------


def test_flood_and_storm_units_keep_their_hazard():
    assert _surfaces("Giao Chi cục Thủy lợi và Phòng chống lụt bão theo dõi mặn.") == [
        "Chi cục Thủy lợi và Phòng chống lụt bão"
    ]
    assert _surfaces("Ban Chỉ huy phòng chống lụt bão huyện Mỏ Cày báo cáo.")[0].startswith(
        "Ban Chỉ huy phòng chống lụt bão"
    )


def test_fishing_port_boards():
    # the board named by what it manages, written in lower case, bare or with its port's place
    assert _surfaces("ông Trần Văn Lộc - Giám đốc Ban Quản lý cảng cá; đại diện Sở Tài chính") == [
        "Ban Quản lý cảng cá",
        "Sở Tài chính",
    ]
    assert _surfaces("Giao Ban Quản lý cảng cá Tắc Cậu kiểm tra.") == ["Ban Quản lý cảng cá Tắc Cậu"]
    # one board for all the province's ports: "các" inside its name is no collective
    (m,) = find_agencies(t := "3. Ban Quản lý các cảng cá tỉnh Bình Định thông báo lịch.", tokenize(t))
    assert not m.collective and m.surface == "Ban Quản lý các cảng cá tỉnh Bình Định"
    # its full name holds a comma
    assert _surfaces("2. Ban Quản lý Cảng cá, Bến cá và Khu neo đậu tránh trú bão lập phương án nạo vét") == [
        "Ban Quản lý Cảng cá, Bến cá và Khu neo đậu tránh trú bão"
    ]


def test_a_branch_is_named_by_the_place_after_tai():
    assert _surfaces("Vắng: Chi nhánh Quatest 3 tại Đồng Nai.") == ["Chi nhánh Quatest 3 tại Đồng Nai"]
    assert _surfaces("Chi nhánh Công ty Cấp nước tại huyện Châu Thành báo cáo.") == [
        "Chi nhánh Công ty Cấp nước tại huyện Châu Thành"
    ]
    # "tại" before no place is where something happens
    assert _surfaces("Chi nhánh Quatest 3 tại hội nghị báo cáo.") == ["Chi nhánh Quatest 3"]


def test_a_national_institute_named_by_its_region():
    text = "ông Lê Văn Hải, Viện trưởng Viện Khoa học Kỹ thuật Nông Lâm nghiệp miền núi phía Bắc; bà Hà Thu"
    assert _surfaces(text, "Phú Thọ") == ["Viện Khoa học Kỹ thuật Nông Lâm nghiệp miền núi phía Bắc"]
    assert names_a_region("Viện Khoa học Kỹ thuật Nông Lâm nghiệp miền núi phía Bắc")
    # the region's body in one province keeps the province
    (m,) = find_agencies(
        t := "bà Lò Thị Hoa, Phó Giám đốc Bệnh viện Đa khoa khu vực miền núi phía Bắc Nghệ An;", tokenize(t)
    )
    assert m.surface == "Bệnh viện Đa khoa khu vực miền núi phía Bắc Nghệ An" and m.locality == "Nghệ An"


def test_a_breeders_association_named_by_its_animal_and_place():
    text = "UBND huyện chỉ đạo Hội Chăn nuôi bò sữa Mộc Châu kiểm soát việc dùng nhãn hiệu."
    assert "Hội Chăn nuôi bò sữa Mộc Châu" in _surfaces(text)


# --- names that run on ----------------------------------------------------------------------------------------


def test_a_verb_after_a_body_ends_its_name():
    assert _surfaces("Trung tâm Thông tin và Thống kê tra cứu cơ sở dữ liệu đề tài.") == [
        "Trung tâm Thông tin và Thống kê"
    ]
    # "giao nhiệm vụ": the director hands out tasks, no "Sở giao"
    assert _surfaces("Giám đốc Sở giao nhiệm vụ cho các phòng.")[0] == "Sở"
    assert "Sở Giao thông vận tải" in _surfaces("Giám đốc Sở Giao thông vận tải chủ trì.")


def test_a_second_post_after_va_ends_the_body():
    text = "ông Lò Văn Hùng, Trưởng phòng Tổ chức - Hành chính và chuyên viên Phòng Quản lý công nghệ."
    assert _surfaces(text) == ["phòng Tổ chức - Hành chính", "Phòng Quản lý công nghệ"]
    # a title's words inside a name, no person or body after them
    assert _surfaces("Giao Cục Nhà giáo và Cán bộ quản lý giáo dục phối hợp") == [
        "Cục Nhà giáo và Cán bộ quản lý giáo dục"
    ]


def test_police_departments_are_named_by_their_police():
    assert _surfaces("Đại diện Phòng Cảnh sát kinh tế Công an tỉnh, Sở Tài chính.") == [
        "Phòng Cảnh sát kinh tế Công an tỉnh",
        "Sở Tài chính",
    ]


# --- telecom carriers by brand --------------------------------------------------------------------------------


def test_telecom_carriers_in_a_province():
    assert _surfaces(
        "Đề nghị Viễn thông Hà Giang, Viettel Hà Giang, MobiFone Hà Giang lắp đặt trạm BTS."
    ) == [
        "Viễn thông Hà Giang",
        "Viettel Hà Giang",
        "MobiFone Hà Giang",
    ]
    # the brand alone is the network, not a body
    assert _surfaces("phủ sóng hạ tầng Viettel ở vùng lõm sóng") == []


# --- persons --------------------------------------------------------------------------------------------------


def _names(text: str) -> list[str]:
    toks = tokenize(text)
    return [m.name for k in range(len(toks)) if (m := scan_name(toks, k, text=text)) is not None]


def test_a_khmer_family_name_that_is_another_word_too():
    assert "Thị Sa Rươne" in _names("bà Thị Sa Rươne - Phó Trưởng phòng Văn hóa và Thông tin;")
    # without an honorific, or before a locality's word, "Thị" opens no name
    assert _names("Thị Sa Rươne báo cáo") == []
    assert _names("ông Thị Xã Vĩnh Châu") == []
    assert _names("UBND Thị trấn Trà Cú") == []


# --- a collective's places listed after it --------------------------------------------------------------------


def test_wards_named_after_a_place_whose_first_word_is_a_head():
    # "Hội" opens "Hội An" (a place the gazetteer knows), so the wards named after it are places, one body each
    text = "phối hợp với UBND các phường Hội An Đông, Hội An Tây tổ chức dọn dẹp"
    assert _surfaces(text, "Đà Nẵng") == ["UBND phường Hội An Đông", "UBND phường Hội An Tây"]


def test_a_research_centre_named_by_its_crops_with_commas():
    text = "UBND huyện Đức Trọng; Trung tâm Nghiên cứu khoai tây,\nrau và hoa (Viện Khoa học kỹ thuật Nông nghiệp)."
    assert "Trung tâm Nghiên cứu khoai tây,\nrau và hoa" in _surfaces(text, "Lâm Đồng")
