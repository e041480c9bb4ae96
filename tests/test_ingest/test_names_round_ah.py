"""Names of persons, posts and bodies in the ways round AH's blind notices wrote them (fisheries and the sea;
press, post and telecoms; science, technology and innovation).

Each case is a variant written here, not a copy of a test notice. The bodies' kinds are real; the officials are
invented.
"""

from __future__ import annotations

from notice_checks import assignees_of, posts_of
from notice_checks import bodies_found as _names

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.records import Notice

HEADER = """UBND TỈNH THANH HÓA
Số: 118/TB-UBND
Thanh Hóa, ngày 14 tháng 5 năm 2019
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp giao ban báo chí tháng 5/2019
Ngày 12/5/2019, đồng chí Lê Đức Giang, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp giao ban báo chí.
"""
CLOSING = """Nơi nhận:
- Như trên;
- Lưu: VT.
TL. CHỦ TỊCH
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Mai Xuân Bình
"""


def _notice(body: str) -> Notice:
    return parse_notice(HEADER + body + "\n" + CLOSING, "x.txt")


def _persons(n: Notice) -> set[str]:
    return {p.name for p in n.persons.values()}


# 1. An association of a profession is named by the profession's word ("Hội Nhà báo", "Hội Nhà giáo", "Hội Luật
# gia"): "báo" there is neither a newspaper nor "báo cáo", so the name runs on to its place.


def test_the_journalists_association_is_named_whole() -> None:
    assert _names("Hội Nhà báo tỉnh chủ trì tổ chức Giải Báo chí tỉnh lần thứ X.") == ["Hội Nhà báo tỉnh"]
    assert _names("Giao Hội Nhà báo thành phố Hải Phòng mở lớp bồi dưỡng nghiệp vụ.") == [
        "Hội Nhà báo thành phố Hải Phòng"
    ]
    assert _names("HỘI NHÀ BÁO TỈNH QUẢNG TRỊ") == ["HỘI NHÀ BÁO TỈNH QUẢNG TRỊ"]


def test_a_post_in_the_journalists_association_and_its_task() -> None:
    n = _notice(
        "Tham dự có: ông Trịnh Văn Hải, Phó Chủ tịch Thường trực Hội Nhà báo tỉnh.\n"
        "Giao Hội Nhà báo tỉnh xây dựng kế hoạch tổ chức giải báo chí, hoàn thành trong tháng 7/2019."
    )
    assert posts_of(n, "Trịnh Văn Hải")[0][1] == "Hội Nhà báo tỉnh Thanh Hóa"
    assert "Hội Nhà báo tỉnh Thanh Hóa" in assignees_of(n)


# 2. The press's posts (Luật Báo chí 2016: "Tổng biên tập, Phó Tổng biên tập"), the deputy often "phụ trách" the
# paper alone; a magazine ("Tạp chí …") is a press body like a newspaper. In a list without honorifics the title
# is what shows the name is a person's.


def test_an_editor_in_chief_holds_the_post_in_his_newspaper() -> None:
    n = _notice(
        "Tham dự có các đồng chí: Hoàng Văn Tâm, Tổng Biên tập Báo Thanh Hóa; Lê Thị Huyền, Phó Tổng Biên tập "
        "phụ trách Tạp chí Xứ Thanh; Nguyễn Hữu Đức, Giám đốc Sở Thông tin và Truyền thông.\n"
        "Giao Báo Thanh Hóa mở chuyên mục về chuyển đổi số trong tháng 6/2019."
    )
    assert {"Hoàng Văn Tâm", "Lê Thị Huyền"} <= _persons(n)
    assert posts_of(n, "Hoàng Văn Tâm") == [("Tổng Biên tập", "Báo Thanh Hóa")]
    assert posts_of(n, "Lê Thị Huyền") == [("Phó Tổng Biên tập", "Tạp chí Xứ Thanh")]


def test_an_editor_in_chief_whose_title_a_line_break_splits() -> None:
    # an OCR copy breaks the line inside the title: "Tổng Biên⏎tập"
    n = _notice(
        "Dự họp có ông Phan Văn Lộc - Tổng Biên\ntập Báo Văn hóa và Đời sống;\nGiao Sở Tài chính bố trí kinh phí."
    )
    assert posts_of(n, "Phan Văn Lộc") == [("Tổng Biên tập", "Báo Văn hóa và Đời sống")]


# 3. A carrier is named by its brand alone when it is a party to the meeting or the subject of a task ("3.
# MobiFone làm việc với …", "giao Viettel, VNPT và MobiFone …"): the brand is the firm's own name, not a bare
# "Công ty" pointing back, and it means the one branch the notice named by brand and province. After another
# word the brand is the network ("hạ tầng Viettel", "thuê bao MobiFone").

BRAND_CONCLUSIONS = "Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:\n"


def test_a_bare_brand_opening_a_numbered_task_is_its_assignee() -> None:
    n = _notice(
        BRAND_CONCLUSIONS
        + "1. Viettel Thanh Hóa lắp đặt 06 trạm BTS tại các xã biên giới trong quý III/2019.\n"
        "2. MobiFone làm việc với Viettel Thanh Hóa để dùng chung cột ăng ten, báo cáo phương án trong tháng "
        "9/2019.\n3. VNPT phối hợp kéo cáp quang đến trụ sở các xã trong tháng 10/2019."
    )
    assert {"MobiFone", "VNPT", "Viettel Thanh Hóa"} <= assignees_of(n)


def test_a_bare_brand_is_the_branch_the_notice_named() -> None:
    n = _notice(
        "Tham dự có: ông Hồ Văn Tài, Giám đốc MobiFone Thanh Hóa.\n"
        + BRAND_CONCLUSIONS
        + "1. MobiFone phối hợp với Sở Thông tin và Truyền thông rà soát vùng lõm sóng trong tháng 8/2019."
    )
    assert "MobiFone Thanh Hóa" in assignees_of(n)


def test_a_brand_after_a_noun_is_the_network() -> None:
    assert _names("Giao Vietnamobile và MobiFone rà soát.") == ["Vietnamobile", "MobiFone"]
    assert _names("Sở theo dõi hạ tầng Viettel và thuê bao MobiFone.") == ["Sở"]


# 4. The bodies the 2025 reorganisation named after the fields it merged list them with commas and close the list
# with "và" ("Chi cục Biển, Hải đảo và Thủy sản", "Chi cục Chăn nuôi, Thú y và Thủy sản"): the comma is inside the
# name, also where a PDF wraps the line after it; a list of bodies repeats the head.


def test_a_chi_cuc_named_by_a_list_of_fields_is_whole() -> None:
    assert _names("Giao Chi cục Chăn nuôi, Thú y và Thủy sản chủ trì, phối hợp Sở Tài chính.") == [
        "Chi cục Chăn nuôi, Thú y và Thủy sản",
        "Sở Tài chính",
    ]
    assert _names("bà Lê Thị Hoa - Chi cục trưởng Chi cục Kiểm lâm, Bảo tồn\nvà Đa dạng sinh học;") == [
        "Chi cục Kiểm lâm, Bảo tồn\nvà Đa dạng sinh học"
    ]
    assert _names("Chi cục Thủy sản, Chi cục Kiểm lâm và Sở Tài chính") == [
        "Chi cục Thủy sản",
        "Chi cục Kiểm lâm",
        "Sở Tài chính",
    ]


def test_a_chi_cuc_named_by_fields_over_a_wrapped_line() -> None:
    # a PDF's line wraps right after the comma: "Chi cục Biển,⏎Hải đảo và Thủy sản"
    assert _names("đồng chí Trần Văn Hải - Chi cục trưởng Chi cục Biển,\nHải đảo và Thủy sản; đồng chí") == [
        "Chi cục Biển,\nHải đảo và Thủy sản"
    ]


# 5. A PDF's or a scan's line wraps inside the province that closes a body's name ("Ban Quản lý cảng cá Quảng⏎
# Ngãi"): the province is whole.


def test_a_port_board_whose_province_a_line_break_splits() -> None:
    assert _names("ông Võ Văn Tâm - Giám đốc Ban Quản lý cảng cá Quảng\nNgãi; ông") == [
        "Ban Quản lý cảng cá Quảng\nNgãi"
    ]


# 6. An inspection record lists its team in columns aligned with spaces: name, post and body, then the role in the
# team ("Thành viên", "Thư ký"). The run of spaces is a column boundary: the role is no word of the body's name.


def test_a_record_column_of_team_roles_is_no_part_of_the_body() -> None:
    n = _notice(
        "I. ĐOÀN KIỂM TRA\n"
        "1. Thiếu tá Lê Văn Bình   Phó Đồn trưởng Đồn Biên phòng Lạch Bạng     Thành viên\n"
        "2. Bà Hoàng Thị Nga       Chuyên viên Chi cục Thủy sản                Thư ký\n"
        "Giao Chi cục Thủy sản tổng hợp kết quả kiểm tra trong tháng 10/2019."
    )
    assert posts_of(n, "Lê Văn Bình")[0] == ("Phó Đồn trưởng", "Đồn Biên phòng Lạch Bạng")
    assert posts_of(n, "Hoàng Thị Nga")[0] == ("Chuyên viên", "Chi cục Thủy sản tỉnh Thanh Hóa")


# 7. A team set up for one task is named by the task in lower case, then by the body it works in ("Tổ kiểm soát
# nghề cá Cảng cá Lạch Quèn"); its leader's title "Tổ trưởng" opens with the team's head word.


def test_a_task_team_named_with_its_owner() -> None:
    n = _notice(
        "Tham dự có: bà Phạm Thị Lan, Tổ trưởng Tổ kiểm soát nghề cá Cảng cá Lạch Hới.\n"
        "Giao Sở Tài chính bố trí kinh phí."
    )
    assert posts_of(n, "Phạm Thị Lan") == [("Tổ trưởng", "Tổ kiểm soát nghề cá Cảng cá Lạch Hới")]
    assert _names("Tổ giám sát sản lượng Ban Quản lý cảng cá tỉnh theo dõi.") == [
        "Tổ giám sát sản lượng Ban Quản lý cảng cá tỉnh"
    ]
    assert _names("Tổ đề nghị Sở Y tế bổ sung.") == ["Sở Y tế"]


# 8. A collective keeps what narrows it after the list of its places' kinds: where they lie ("ven biển", "biên
# giới", "miền núi") or that they have fishing fleets ("có tàu cá").


def test_a_collective_keeps_its_qualifier_after_a_list_of_kinds() -> None:
    assert _names("UBND các xã, thị trấn ven biển tổ chức cho chủ tàu ký cam kết.") == [
        "UBND các xã, thị trấn ven biển"
    ]
    assert _names("UBND các huyện, thị xã biên\ngiới chỉ đạo các đồn.") == [
        "UBND các huyện, thị xã biên\ngiới"
    ]
    assert _names("UBND các xã, phường có tàu cá rà soát danh sách.") == ["UBND các xã, phường có tàu cá"]


# 9. A faculty named by a field whose first syllable is a given name too ("Khoa Nông Lâm nghiệp": "Nông" a family
# name, "Lâm" a given name), in a table cell after its head's title: the field, not a person.


def test_a_faculty_head_whose_field_reads_like_a_name() -> None:
    n = _notice(
        "| TT | Họ và tên | Chức vụ, cơ quan công tác |\n|---|---|---|\n"
        "| 1 | TS. Đào Văn Nam | Trưởng khoa Nông Lâm nghiệp, Trường Đại học Hồng Đức |\n"
        "Giao Sở Khoa học và Công nghệ tổng hợp ý kiến trong tháng 6/2019."
    )
    assert "Nông Lâm" not in _persons(n)
    assert posts_of(n, "Đào Văn Nam")[0] == ("Trưởng khoa", "Khoa Nông Lâm nghiệp")


# 10. An acceptance council's record states the project's leader as a field's label ("Chủ nhiệm đề tài: TS. A"):
# a post of its own, in no body the clause names; in running text, lower case, the words stay the project's
# "Chủ nhiệm" and the task's subject ("đề nghị chủ nhiệm đề tài A và Viện B hoàn thiện …").


def test_a_project_leader_given_as_a_records_label() -> None:
    n = _notice(
        'Tên đề tài: "Nghiên cứu chọn tạo giống lúa chịu mặn cho vùng ven biển".\n'
        "Chủ nhiệm đề tài: TS. Lê Văn Định.\n"
        "Cơ quan chủ trì: Viện Cây lương thực và Cây thực phẩm.\n"
        "Giao Sở Khoa học và Công nghệ hoàn thiện hồ sơ trong tháng 7/2019."
    )
    assert posts_of(n, "Lê Văn Định") == [("Chủ nhiệm đề tài", None)]


# 11. The army's firms are named "… Quân đội" ("Tập đoàn Công nghiệp - Viễn thông Quân đội", "Ngân hàng TMCP Quân
# đội"): "đội" there closes the name, no unit's head.


def test_an_army_firms_name_is_whole() -> None:
    assert _names("Giao Ngân hàng TMCP Quân đội chi nhánh Thanh Hóa giải ngân.") == [
        "Ngân hàng TMCP Quân đội chi nhánh Thanh Hóa"
    ]
    assert _names("Tập đoàn Công nghiệp - Viễn thông Quân đội phối hợp.") == [
        "Tập đoàn Công nghiệp - Viễn thông Quân đội"
    ]


# 12. The province's IUU steering board is named by its full purpose, whose commas are inside it (Quyết định
# 78/QĐ-TTg 2018: "chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định").


def test_the_iuu_steering_board_is_named_whole() -> None:
    assert _names(
        "Ban Chỉ đạo chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định tỉnh Phú Yên đề "
        "nghị các sở rà soát."
    ) == [
        "Ban Chỉ đạo chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định tỉnh Phú Yên",
        "các sở",
    ]


# 13. "Sở Nông nghiệp và PTNT" writes the second field short: the same Sở as "Sở Nông nghiệp và Phát triển nông
# thôn", one body with one post of its official.


def test_a_so_written_with_its_second_field_short_is_the_same_body() -> None:
    n = _notice(
        "Tham dự có: ông Lê Văn Hòa, Phó Giám đốc Sở Nông nghiệp và PTNT.\n"
        "Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì rà soát đội tàu cá trong tháng 6/2019."
    )
    assert posts_of(n, "Lê Văn Hòa") == [
        ("Phó Giám đốc", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Thanh Hóa")
    ]
    assert "Sở Nông nghiệp và Phát triển nông thôn tỉnh Thanh Hóa" in assignees_of(n)
