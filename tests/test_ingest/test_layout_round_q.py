"""Reading scanned notices, two-column headers, page breaks and tables as round Q's blind sets showed them.

Snippets written for these tests (officials invented; provinces and bodies real: Quảng Ngãi, Bình Định,
Kiên Giang, Thừa Thiên Huế).
"""

from __future__ import annotations

from ketluan.graph.pipeline import parse_notice
from ketluan.ingest.layout_repair import drop_page_numbers, repair_layout
from ketluan.ingest.sections import parse_layout


def _notice(text: str, fmt: str = "txt"):
    repaired, _ = repair_layout(text, fmt)
    return repaired, parse_notice(repaired, "q.txt")


# --------------------------------------------------------------------------- the type's marks misread by OCR

_OCR_NOTICE = """UBND TỈNH BÌNH ĐỊNH          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ TƯ PHÁP                    Độc lập - Tự do - Hạnh phúc
Số: 17 /TB-STP                Quy Nhơn, ngày 12 tháng 3 năm 2015

                    {title}
  Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 3 năm 2015

     Ngày 10/3/2015, tại Phòng họp Sở Tư pháp, ông Trần Minh Đức - Giám đốc Sở chủ trì cuộc họp giao ban.
Thành phần dự họp gồm: bà Lê Thị Hồng - Phó Giám đốc Sở; ông Võ Văn An - Chánh Văn phòng Sở.

     Giám đốc Sở kết luận như sau:

     1. Phòng Hành chính tư pháp rà soát hồ sơ chứng thực; báo cáo Giám đốc Sở trước ngày 25/3/2015.

     Văn phòng Sở thông báo để các phòng biết, thực hiện./.

Nơi nhận:                                        TL. GIÁM ĐỐC
- Giám đốc, các PGĐ Sở;                          CHÁNH VĂN PHÒNG
- Lưu: VT.
                                               Võ Văn An
"""


def test_title_type_with_a_misread_mark_is_still_the_title():
    for title in ("THÔNG BẢO", "THONG BAO", "THÔNG BẤO"):
        text, n = _notice(_OCR_NOTICE.format(title=title))
        layout = parse_layout(text)
        assert layout.kind == "notice", title
        assert layout.title is not None and text[layout.title.start :].startswith("THÔNG BÁO")
        # the opening's own day is the meeting's, not the notice's
        assert n.meeting is not None and n.meeting.held_on == "2015-03-10", title


def test_title_repair_leaves_words_that_are_no_type():
    text = "UBND TỈNH BÌNH ĐỊNH\n\n   BẢO VỆ\nTHÔNG BÁO\n"
    repaired, _ = repair_layout(text, "txt")
    assert "BẢO VỆ" in repaired and repaired.count("THÔNG BÁO") == 1


# --------------------------------------------------------------------------- a header name wrapped beside the motto

_WRAPPED_HEADER = """UBND TỈNH QUẢNG NGÃI          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
{upper}              Độc lập - Tự do - Hạnh phúc
     {lower}
                                   Quảng Ngãi, ngày 25 tháng 5 năm 2012
Số: 41 /TB-SX

                    THÔNG BÁO
  Kết luận của Giám đốc Sở tại cuộc họp giao ban

     Ngày 23/5/2012, tại Phòng họp Sở, ông Võ Duy Hải - Giám đốc Sở chủ trì cuộc họp giao ban.

     1. Văn phòng Sở tổng hợp báo cáo sơ kết 6 tháng đầu năm; hoàn thành trước ngày 20/6/2012.

Nơi nhận:                                        TL. GIÁM ĐỐC
- Lưu: VT.                                       CHÁNH VĂN PHÒNG
                                               Trần Thị Lan
"""


def test_header_name_broken_after_a_comma_beside_the_motto_is_one_name():
    for upper, lower, want in (
        ("SỞ VĂN HOÁ, THỂ THAO", "VÀ DU LỊCH", "văn hóa, thể thao và du lịch"),
        ("SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI", "lao động - thương binh và xã hội"),
        ("SỞ NÔNG NGHIỆP VÀ", "PHÁT TRIỂN NÔNG THÔN", "nông nghiệp và phát triển nông thôn"),
    ):
        _, n = _notice(_WRAPPED_HEADER.format(upper=upper, lower=lower))
        assert n.issuer is not None and want in n.issuer, (upper, n.issuer)


def test_two_bodies_on_two_lines_beside_the_motto_stay_two():
    _, n = _notice(_WRAPPED_HEADER.format(upper="UBND TỈNH QUẢNG NGÃI", lower="SỞ TƯ PHÁP"))
    assert n.issuer is not None and "tư pháp" in n.issuer and "ủy ban" not in n.issuer


# --------------------------------------------------------------------------- a running header naming the type


def test_running_header_naming_the_type_in_words_goes_and_the_item_goes_on():
    text = (
        "     4. Phòng Nghiệp vụ Du lịch tổ chức kiểm tra các cơ sở lưu trú du lịch tại\n"
        "                                                                      - 2 -\n"
        "Sở VHTTDL Quảng Ngãi - Thông báo kết luận giao ban tháng 5/2012\n"
        "khu vực Sa Huỳnh và huyện đảo Lý Sơn; hoàn thành trong tháng 6/2012.\n"
    )
    out, n = drop_page_numbers(text)
    assert n == 1
    assert "Thông báo kết luận giao ban" not in out and "- 2 -" not in out
    assert "lưu trú du lịch tại\nkhu vực Sa Huỳnh" in out


def test_running_header_of_a_report_or_minutes_goes_too():
    for head in ("Sở GTVT Kiên Giang - Biên bản kiểm tra hiện trường", "Thanh tra tỉnh | Báo cáo quý III"):
        text = f"kiểm tra việc chấp hành quy định tại\n- 3 -\n{head}\nbến xe khách Rạch Giá.\n"
        out, n = drop_page_numbers(text)
        assert n == 1 and head not in out, head


def test_a_line_of_text_after_a_number_is_no_running_header():
    # a sentence (ends with a full stop) or a line with no dash before the type is kept
    for line in ("Sở Tư pháp - Thông báo kết quả thẩm định.", "Thông báo kết luận của Giám đốc Sở"):
        text = f"các đơn vị thực hiện:\n2\n{line}\n"
        out, _ = drop_page_numbers(text)
        assert line in out, line


# --------------------------------------------------------------------------- signature blocks

_RECORD = """UBND TỈNH THỪA THIÊN HUẾ          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIAO THÔNG VẬN TẢI                 Độc lập - Tự do - Hạnh phúc
                                  Thừa Thiên Huế, ngày 08 tháng 10 năm 2019

                        BIÊN BẢN
      KIỂM TRA HIỆN TRƯỜNG tuyến Quốc lộ 49

Hôm nay, ngày 08/10/2019, tại hiện trường Km 12+300 Quốc lộ 49, Đoàn kiểm tra tiến hành kiểm tra, gồm:
1. Ông Trần Văn Hùng - Phó Giám đốc Sở GTVT - Trưởng đoàn;
2. Ông Ngô Văn Tâm - Chuyên viên Phòng Quản lý kết cấu hạ tầng giao thông - Thư ký.

Trên cơ sở kết quả kiểm tra, đồng chí Trưởng đoàn yêu cầu:
1. Thanh tra Sở tăng cường kiểm soát tải trọng xe trên QL49; báo cáo trước ngày 20/10/2019.

Biên bản kết thúc lúc 11 giờ 15 cùng ngày, đã đọc lại cho các thành phần cùng nghe và thống nhất ký tên./.

{roles}
   GIÁM ĐỐC
  (đã ký)                 (đã ký)              (đã ký)
Phan Văn Lộc            Ngô Văn Tâm          Trần Văn Hùng
"""


def test_head_of_an_inspection_team_signs_its_record_in_three_columns():
    for roles in (
        "ĐẠI DIỆN ĐƠN VỊ BẢO TRÌ    THƯ KÝ          TRƯỞNG ĐOÀN KIỂM TRA",
        "ĐẠI DIỆN ĐƠN VỊ BẢO TRÌ    THƯ KÝ          TRƯỞNG ĐOÀN",
    ):
        text, n = _notice(_RECORD.format(roles=roles))
        sig = [ln.clean for ln in parse_layout(text).signature]
        assert sig[-1] == "Trần Văn Hùng" and "GIÁM ĐỐC" not in sig, sig
        assert n.signer == "trần văn hùng"


_JOINT_MD = """| ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH | ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|---|---|---|
| Số: 02/TBLT-UBND | | Độc lập - Tự do - Hạnh phúc |

Quảng Ninh - Hải Phòng, ngày 23 tháng 9 năm 2014

THÔNG BÁO LIÊN TỊCH

Kết luận Hội nghị liên tịch về kết nối hạ tầng giao thông

Ngày 19/9/2014, tại Nhà khách Hải Phòng, đồng chí Phạm Ngọc Hải, Phó Chủ tịch UBND tỉnh Quảng Ninh và đồng chí \
Đỗ Trung Sơn, Phó Chủ tịch UBND thành phố Hải Phòng đồng chủ trì Hội nghị.

1. Giao Sở Giao thông vận tải tỉnh Quảng Ninh hoàn thành hồ sơ dự án trong quý I/2015.

---

| TM. ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH | TM. ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG |
|---|---|
| KT. CHỦ TỊCH | KT. CHỦ TỊCH |
| PHÓ CHỦ TỊCH | PHÓ CHỦ TỊCH |
| (đã ký) | (đã ký) |
| Phạm Ngọc Hải | Đỗ Trung Sơn |

Nơi nhận:
- Bộ Giao thông vận tải;
- Lưu: VT.
"""


def test_joint_notice_signed_in_a_table_side_by_side_has_its_first_signer():
    text, n = _notice(_JOINT_MD, "md")
    layout = parse_layout(text)
    assert [ln.clean for ln in layout.signature][-1] == "Phạm Ngọc Hải"
    assert not any("Phạm Ngọc Hải |" in b.text for b in layout.body)  # the signatures are no part of the body
    assert n.signer == "phạm ngọc hải"


def test_joint_notice_signed_in_columns_a_gap_apart_has_its_first_signer():
    lines = _JOINT_MD.split("\n")
    start = lines.index("| TM. ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH | TM. ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG |")
    block = [
        "TM. ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH        TM. ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
        "KT. CHỦ TỊCH                                        KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH                                        PHÓ CHỦ TỊCH",
        "(đã ký)                                             (đã ký)",
        "Phạm Ngọc Hải                                       Đỗ Trung Sơn",
    ]
    text = "\n".join(lines[:start] + block + lines[start + 6 :])
    _, n = _notice(text)
    assert n.signer == "phạm ngọc hải"


def test_a_record_signed_by_secretary_and_chair_keeps_the_chair():
    # two columns, as before: the chair's column is kept
    head = _RECORD.split("{roles}")[0]
    text = (
        head
        + "THƯ KÝ                  CHỦ TRÌ\n(đã ký)                 (đã ký)\nNgô Văn Tâm             Trần Văn Hùng\n"
    )
    _, n = _notice(text)
    assert n.signer == "trần văn hùng"


# --------------------------------------------------------------------------- one table of who came and what each must do

_GIAO_BAN = (
    "UBND TỈNH KIÊN GIANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "SỞ GIAO THÔNG VẬN TẢI\tĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 301/TB-SGTVT\tKiên Giang, ngày 15 tháng 4 năm 2021\n"
    "THÔNG BÁO\n"
    "Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 4 năm 2021\n"
    "Ngày 13 tháng 4 năm 2021, tại Hội trường Sở, ông Phan Minh Tâm - Giám đốc Sở chủ trì cuộc họp giao ban. "
    "Thành phần tham dự và nhiệm vụ được giao cho từng đơn vị được tổng hợp tại bảng dưới đây.\n"
    "Giám đốc Sở kết luận, các đơn vị thực hiện các nhiệm vụ sau:\n"
    "STT\t{unit}\tThành phần tham dự\tNhiệm vụ được giao\tThời hạn\n"
    "1\tThanh tra Sở\tÔng Lý Văn Bảy - Chánh Thanh tra\tKiểm tra việc niêm yết giá cước tại các bến xe.\tTrong tháng 5/2021\n"
    "2\tBan Quản lý dự án Giao thông\tÔng Đỗ Văn Hai - Phó Giám đốc\tHoàn thiện hồ sơ sửa chữa cầu Cái Lớn.\t"
    "Trước ngày 30/6/2021\n"
    "3\tHợp tác xã Vận tải Gò Quao\tVắng\n"
    "Văn phòng Sở thông báo để các đơn vị biết, thực hiện./.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    "TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\n(Đã ký)\nNguyễn Thị Hoa\n"
)


def test_bare_unit_column_beside_tasks_gives_each_row_its_task():
    for unit in ("Đơn vị", "Cơ quan"):
        n = parse_notice(_GIAO_BAN.format(unit=unit), "q.docx")
        due = {tuple(d.assignees): d.due.value if d.due else None for d in n.directives}
        assert due.get(("thanh tra sở giao thông vận tải tỉnh kiên giang",)) == "2021-05", (unit, due)
        assert any("ban quản lý dự án" in a[0] and v == "2021-06-30" for a, v in due.items() if a), due


def test_table_of_figures_with_a_unit_of_measure_gives_no_tasks():
    text = _GIAO_BAN.format(unit="Đơn vị").split("Giám đốc Sở kết luận")[0] + (
        "Kết quả tháng 3:\n"
        "STT\tNội dung\tĐơn vị tính\tKế hoạch năm\tƯớc thực hiện\n"
        "1\tSản lượng hành khách vận chuyển\tNghìn lượt\t1.200\t310\n"
        "2\tKiểm tra xe tại Bến xe khách Rạch Giá\tLượt\t40\t12\n"
        "Văn phòng Sở thông báo để các đơn vị biết, thực hiện./.\n"
    )
    n = parse_notice(text, "q.docx")
    assert not any("Sản lượng" in d.text or "Lượt" in d.text for d in n.directives)
    # its header is no task table's: the unit of measure is no body
    from ketluan.ingest.extract import _task_table_columns

    assert _task_table_columns(["stt", "nội dung", "đơn vị tính", "kế hoạch năm", "ước thực hiện"]) == {}
    assert _task_table_columns(["stt", "nội dung", "đvt", "thời hạn"]) == {}
    assert _task_table_columns(["stt", "đơn vị", "nhiệm vụ được giao", "thời hạn"]) == {
        "lead": 1,
        "task": 2,
        "due": 3,
    }


def test_supporters_column_after_the_lead_stays_the_supporters():
    text = (
        _GIAO_BAN.format(unit="Đơn vị")
        .replace(
            "STT\tĐơn vị\tThành phần tham dự\tNhiệm vụ được giao\tThời hạn",
            "STT\tĐơn vị chủ trì\tĐơn vị phối hợp\tNhiệm vụ được giao\tThời hạn",
        )
        .replace("\tÔng Lý Văn Bảy - Chánh Thanh tra\t", "\tCông an tỉnh Kiên Giang\t")
    )
    n = parse_notice(text, "q.docx")
    (d,) = [d for d in n.directives if "niêm yết" in d.text]
    assert d.assignees == ["thanh tra sở giao thông vận tải tỉnh kiên giang"]
    assert d.supports == ["công an tỉnh kiên giang"]
