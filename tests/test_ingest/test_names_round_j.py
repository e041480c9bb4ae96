"""Round J: body names cut short or split, and post titles not known.

Each snippet uses other names, places and bodies than the notice that showed the error.
"""

from __future__ import annotations

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.people import match_title
from ketluan.ingest.places import load_gazetteer
from ketluan.ingest.tokens import tokenize


def _surfaces(text: str, province: str | None = None) -> list[str]:
    return [m.surface for m in find_agencies(text, tokenize(text), province)]


def test_two_syllable_words_of_hospital_and_school_names():
    # "Hữu nghị", "Sư phạm", "Đa khoa", "Y Dược": a capitalised syllable, then the word's lower-case one
    assert _surfaces("Bệnh viện Hữu nghị Việt Đức tiếp nhận bệnh nhân.")[0] == "Bệnh viện Hữu nghị Việt Đức"
    assert _surfaces("Trường Cao đẳng Sư phạm Kon Tum báo cáo.")[0].startswith("Trường Cao đẳng Sư phạm")
    assert _surfaces("Bệnh viện Đa khoa khu vực Cẩm Phả đề nghị")[0] == "Bệnh viện Đa khoa khu vực Cẩm Phả"


def test_member_university_keeps_its_university_after_the_dash():
    text = "Giao Trường Đại học Bách khoa - Đại học Đà Nẵng phối hợp với Sở Công Thương tổ chức tập huấn."
    ms = find_agencies(text, tokenize(text), "Đà Nẵng")
    assert ms[0].surface == "Trường Đại học Bách khoa - Đại học Đà Nẵng"
    assert ms[0].locality is None  # the parent university's city is no locality of the school
    text = "Trường Đại học Nông Lâm – Đại học Thái Nguyên chủ trì đề tài."
    assert _surfaces(text) == ["Trường Đại học Nông Lâm – Đại học Thái Nguyên"]
    # another body after a dash is still another body
    assert _surfaces("Trường Đại học Y Dược - Sở Y tế phối hợp") == ["Trường Đại học Y Dược", "Sở Y tế"]


def test_fisheries_and_urban_order_units_named_in_lower_case():
    text = "Chi cục Khai thác và Bảo vệ nguồn lợi thủy sản tỉnh Kiên Giang tăng cường tuần tra."
    assert _surfaces(text)[0] == "Chi cục Khai thác và Bảo vệ nguồn lợi thủy sản tỉnh Kiên Giang"
    text = "Đội Quản lý trật tự đô thị quận Bình Thạnh ra quân xử lý lấn chiếm vỉa hè."
    assert _surfaces(text)[0] == "Đội Quản lý trật tự đô thị quận Bình Thạnh"
    text = "Đội Kiểm tra quy tắc đô thị thành phố phối hợp với UBND các phường."
    assert _surfaces(text)[0] == "Đội Kiểm tra quy tắc đô thị thành phố"


def test_steering_board_keeps_the_number_of_its_decision():
    assert (
        _surfaces("Ban Chỉ đạo 138 huyện Châu Thành tổ chức sơ kết.")[0] == "Ban Chỉ đạo 138 huyện Châu Thành"
    )
    assert _surfaces("báo cáo Ban Chỉ đạo 127 tỉnh trước ngày 15/12")[0] == "Ban Chỉ đạo 127 tỉnh"
    # the board's standing office is named by the board
    text = "Văn phòng Thường trực Ban Chỉ đạo 814 tỉnh tổng hợp, báo cáo."
    assert _surfaces(text) == ["Văn phòng Thường trực Ban Chỉ đạo 814 tỉnh"]
    # a count of bodies after another head is no number of its name
    assert _surfaces("Sở Tư pháp 12 tỉnh, thành phố")[0] == "Sở Tư pháp"


def test_representative_office_is_named_by_its_owner_and_city():
    text = "phối hợp với Văn phòng đại diện Bộ Công Thương tại Đà Nẵng tổ chức hội nghị"
    assert _surfaces(text) == ["Văn phòng đại diện Bộ Công Thương tại Đà Nẵng"]
    text = "Văn phòng đại diện Cục Sở hữu trí tuệ tại thành phố Hồ Chí Minh hướng dẫn doanh nghiệp."
    assert _surfaces(text) == ["Văn phòng đại diện Cục Sở hữu trí tuệ tại thành phố Hồ Chí Minh"]


def test_ward_named_with_a_head_syllable_is_one_place():
    # "Khoa", "Hội", "Đội" are heads, but the gazetteer knows the ward
    assert load_gazetteer().is_ward("Bách Khoa")
    assert _surfaces("UBND phường Bách Khoa kiểm tra cân tại chợ.") == ["UBND phường Bách Khoa"]
    assert _surfaces("Vắng: UBND phường Bách Khoa, UBND phường Đồng Tâm.") == [
        "UBND phường Bách Khoa",
        "UBND phường Đồng Tâm",
    ]


def test_tbt_enquiry_point_is_a_body():
    assert _surfaces("Vắng: Điểm TBT Đà Nẵng (có lý do).") == ["Điểm TBT Đà Nẵng"]
    assert _surfaces("Điểm hỏi đáp TBT tỉnh cập nhật cảnh báo.")[0] == "Điểm hỏi đáp TBT tỉnh"
    assert _surfaces("Điểm mới của Thông tư là …") == []


def test_organising_board_and_the_verb_organise():
    # "Ban" (the body referred to), then the verb "tổ chức" and its object
    text = "Đề nghị Sở Công Thương hỗ trợ Ban tổ chức hội thảo về truy xuất nguồn gốc."
    assert _surfaces(text) == ["Sở Công Thương", "Ban"]
    assert _surfaces("Ban Tổ chức Huyện ủy thẩm định hồ sơ.") == ["Ban Tổ chức Huyện ủy"]
    # a capitalised name after it keeps the whole head: the organising board of an event
    assert _surfaces("cử cán bộ tham gia Ban tổ chức Hội nghị")[0].startswith("Ban tổ chức Hội")
    assert _surfaces("Ban tổ chức tỉnh")[0] == "Ban tổ chức tỉnh"


def test_dyke_warden_and_disaster_board_office():
    text = "Hạt Quản lý đê Nghĩa Hưng báo cáo các điểm xung yếu."
    assert _surfaces(text)[0] == "Hạt Quản lý đê Nghĩa Hưng"
    text = "Văn phòng Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh tổng hợp thiệt hại."
    assert _surfaces(text)[0] == "Văn phòng Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh"
    assert _surfaces("Liên minh HTX tỉnh hỗ trợ các hợp tác xã.")[0] == "Liên minh HTX tỉnh"


def _title(text: str) -> str | None:
    m = match_title(tokenize(text), 0)
    return None if m is None else str(m[1])


def test_district_party_committee_members_are_titles():
    assert _title("Quận ủy viên, Chủ tịch UBND quận") == "Quận ủy viên"
    assert _title("Thị ủy viên, Trưởng phòng") == "Thị ủy viên"
    assert _title("Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch") == "Ủy viên Ban Thường vụ"


NEWS = """Quận ủy Thanh Khê họp về công tác an toàn thực phẩm

Ngày 12/4/2022, Ban Thường vụ Quận ủy Thanh Khê họp nghe báo cáo công tác an toàn thực phẩm. Dự họp có đồng \
chí Nguyễn Thị Thu Hà, Quận ủy viên, Phó Chủ tịch UBND quận.

Kết luận cuộc họp, Ban Thường vụ Quận ủy giao Phòng Kinh tế quận kiểm tra các chợ trước ngày 30/5/2022.
"""


def test_post_after_a_party_committee_membership_is_read():
    n = parse_notice(NEWS, "news.txt")
    roles = {p.role for p in n.posts}
    assert "Phó Chủ tịch" in roles
    assert "Quận ủy viên" in roles


ROW = """SỞ NÔNG NGHIỆP VÀ PTNT
CHI CỤC THỦY LỢI
Số: 15/TB-CCTL
Nam Định, ngày 10 tháng 6 năm 2020

THÔNG BÁO
Kết luận cuộc họp kiểm tra đê điều trước mùa mưa bão

Ngày 08/6/2020, Chi cục Thủy lợi họp kiểm tra đê điều. Đồng chí Trần Văn Hùng, Hạt trưởng Hạt Quản lý đê \
Giao Thủy báo cáo các trọng điểm xung yếu.

Chi cục trưởng kết luận:
1. Hạt Quản lý đê Giao Thủy kiểm tra cống dưới đê trước ngày 30/6/2020.
"""


def test_dyke_warden_head_is_posted_in_the_warden():
    n = parse_notice(ROW, "row.txt")
    names = {a.key: a.name for a in (n.agencies.values() if isinstance(n.agencies, dict) else n.agencies)}
    posts = [(p.role, names.get(p.agency)) for p in n.posts]
    assert ("Hạt trưởng", "Hạt Quản lý đê Giao Thủy") in posts


BOARD = """UBND TỈNH BẠC LIÊU
BAN CHỈ ĐẠO 138
Số: 12/TB-BCĐ138
Bạc Liêu, ngày 05 tháng 4 năm 2016

THÔNG BÁO
Kết luận của Trưởng Ban Chỉ đạo 138 tỉnh tại cuộc họp quý I/2016

Ngày 01/4/2016, Ban Chỉ đạo 138 tỉnh họp đánh giá công tác phòng, chống tội phạm quý I/2016.

Trưởng Ban Chỉ đạo kết luận:
1. Công an tỉnh tăng cường tuần tra, kiểm soát trước ngày 30/6/2016.
"""


def test_header_steering_board_is_the_provinces():
    # "BAN CHỈ ĐẠO 138" under "UBND TỈNH BẠC LIÊU" and "Ban Chỉ đạo 138 tỉnh" in the text are one body
    n = parse_notice(BOARD, "board.txt")
    agencies = n.agencies.values() if isinstance(n.agencies, dict) else n.agencies
    boards = sorted({a.name for a in agencies if "138" in a.name})
    assert boards == ["Ban Chỉ đạo 138 tỉnh Bạc Liêu"]


def test_numbered_board_of_every_district_is_a_collective():
    text = "Chỉ đạo Ban Chỉ đạo 127 cấp huyện rà soát các điểm nóng."
    ms = find_agencies(text, tokenize(text))
    assert [m.surface for m in ms] == ["Ban Chỉ đạo 127 cấp huyện"]
    assert ms[0].collective
