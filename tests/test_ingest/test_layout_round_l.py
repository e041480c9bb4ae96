"""Round L's layouts: a council's record (biên bản) in plain text — its members' pipe table with the post and
the body in one column, the fields of a form one a line, the secretary's and the chair's signatures side by
side far apart — an OCR'd chair across a line break, and a crop season's year as a deadline."""

from __future__ import annotations

from ketluan.graph.pipeline import parse_notice
from ketluan.ingest.sections import chair_signature, parse_layout

RECORD = """SỞ KHOA HỌC VÀ CÔNG NGHỆ HÀ TĨNH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI ĐỒNG TƯ VẤN NGHIỆM THU                   Độc lập - Tự do - Hạnh phúc

                     Hà Tĩnh, ngày 5 tháng 6 năm 2015

                                 BIÊN BẢN
          HỌP HỘI ĐỒNG ĐÁNH GIÁ, NGHIỆM THU ĐỀ TÀI KH&CN CẤP TỈNH

Tên đề tài: "Xây dựng mô hình trồng cam bù theo hướng VietGAP"
Mã số: ĐT-HT-2013-02
Chủ nhiệm đề tài: ThS. Trần Văn Bình
Cơ quan chủ trì: Trung tâm Khuyến nông Hà Tĩnh

B. THÀNH PHẦN

TT | Họ và tên             | Chức vụ, đơn vị công tác                     | Chức danh trong HĐ
1  | TS. Lê Quang Hải      | Phó Giám đốc Sở Khoa học và Công nghệ        | Chủ tịch HĐ
2  | ThS. Nguyễn Thị Lan   | Phó Chi cục trưởng Chi cục Trồng trọt        | Phản biện 1
3  | KS. Đặng Văn Sơn      | Trưởng phòng Nông nghiệp và PTNT huyện Hương Khê | Ủy viên

C. KẾT LUẬN
1. Đề tài được Hội đồng đánh giá: ĐẠT.
2. Chủ nhiệm đề tài hoàn thiện báo cáo tổng hợp, nộp về Sở trước ngày 30/6/2015.

        THƯ KÝ HỘI ĐỒNG                                   CHỦ TỊCH HỘI ĐỒNG
           (đã ký)                                             (đã ký)

        Hoàng Thị Thu                                        Lê Quang Hải
"""


def test_form_field_ending_on_a_name_ends_its_block():
    texts = [b.text for b in parse_layout(RECORD).body]
    assert any(t.endswith("Chủ nhiệm đề tài: ThS. Trần Văn Bình") for t in texts)
    assert any(t.startswith("Cơ quan chủ trì:") for t in texts)


def test_meeting_date_after_a_form_is_still_found():
    n = parse_notice(
        RECORD.replace("B. THÀNH PHẦN", "A. THỜI GIAN\nBắt đầu lúc 8 giờ, ngày 04/6/2015.\n\nB. THÀNH PHẦN"),
        "bb.txt",
    )
    assert n.meeting.held_on and n.meeting.held_on.startswith("2015-06-04")


def test_name_ending_a_form_line_does_not_take_the_next_label():
    n = parse_notice(RECORD, "bien-ban.txt")
    assert "trần văn bình" in n.persons
    assert not any("\n" in s for p in n.persons.values() for s in p.surfaces)
    assert not any(k.startswith("trần văn bình ") for k in n.persons)


def test_hard_wrapped_sentence_still_runs_on():
    text = (
        "THÔNG BÁO\nKết luận của Giám đốc Sở\n\n"
        "Ngày 3/4/2020, Giám đốc Sở chủ trì cuộc họp với các phòng về công tác\n"
        "Thanh tra: nội dung như sau.\n"
    )
    texts = [b.text for b in parse_layout(text).body]
    assert not any(t.startswith("Thanh tra:") for t in texts)


def test_members_table_with_post_and_body_in_one_column():
    n = parse_notice(RECORD, "bien-ban.txt")
    roles = {(p.person, p.role) for p in n.posts}
    assert ("lê quang hải", "Phó Giám đốc") in roles
    assert ("nguyễn thị lan", "Phó Chi cục trưởng") in roles
    agencies = {p.person: p.agency for p in n.posts if p.agency}
    assert agencies.get("đặng văn sơn", "").startswith("phòng nông nghiệp")


def test_council_record_signed_by_its_chair_columns_far_apart():
    lay = parse_layout(RECORD)
    assert [ln.clean for ln in lay.signature] == ["CHỦ TỊCH HỘI ĐỒNG", "(đã ký)", "Lê Quang Hải"]
    assert parse_notice(RECORD, "bien-ban.txt").signer == "lê quang hải"


def test_council_record_signatures_one_under_the_other():
    text = RECORD.split("        THƯ KÝ HỘI ĐỒNG")[0] + (
        "THƯ KÝ HỘI ĐỒNG\n(đã ký)\nHoàng Thị Thu\n\nCHỦ TỊCH HỘI ĐỒNG\n(đã ký)\nLê Quang Hải\n"
    )
    lay = parse_layout(text)
    assert [ln.clean for ln in chair_signature(lay.signature)][-1] == "Lê Quang Hải"


def test_season_of_a_year_after_a_cue_is_a_year_deadline():
    from ketluan.ingest.dates import find_deadline

    for text, year in (
        ("Phòng Nông nghiệp hỗ trợ nhân rộng mô hình trong vụ nuôi năm 2016.", "2016"),
        ("Chi cục kiểm tra việc ghi nhãn sản phẩm trong mùa vụ năm 2019.", "2019"),
        ("Các xã hoàn thành nạo vét kênh mương trong vụ Đông Xuân năm 2021.", "2021"),
        ("Bảo đảm đủ nước tưới trong vụ hè thu năm 2020.", "2020"),
    ):
        d = find_deadline(text, int(year) - 1)
        assert d is not None and (d.value, d.datatype) == (year, "gYear"), text


def test_season_without_a_cue_is_no_deadline():
    from ketluan.ingest.dates import find_deadline

    assert find_deadline("Sở báo cáo tình hình thu mua lúa vụ Hè Thu năm 2015.", 2015) is None
    assert find_deadline("Đánh giá kết quả sản xuất vụ Đông Xuân 2019-2020.", 2019) is None


def test_season_deadline_in_a_notice():
    text = RECORD.replace(
        "2. Chủ nhiệm đề tài",
        "2. Đề nghị Phòng Nông nghiệp và PTNT huyện Hương Khê nhân rộng mô hình trong vụ cam năm 2016.\n3. Chủ nhiệm đề tài",
    ).replace("trong vụ cam năm", "trong mùa vụ năm")
    n = parse_notice(text, "bien-ban.txt")
    assert any(d.due and d.due.value == "2016" for d in n.directives)


def test_word_vu_before_a_cue_is_not_taken_into_the_deadline():
    from ketluan.ingest.dates import find_deadline

    text = "Giao trực tiếp tổ chức chủ trì thực hiện các nhiệm vụ, hoàn thành trước 31/3/2022."
    d = find_deadline(text, 2022)
    assert d is not None and d.value == "2022-03-31"
    assert text[d.span.start : d.span.end].startswith("hoàn thành")
