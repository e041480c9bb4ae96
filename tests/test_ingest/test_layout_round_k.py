"""Round K's layouts: an e-mail whose message is the notice, a post's pictograph lead-in, page breaks, a PDF's
table and two-column signatures, an issuer's name wrapped over two header lines."""

from __future__ import annotations

from ketluan.graph.pipeline import parse_notice
from ketluan.ingest.layout_repair import pictograph_bullets, repair_layout
from ketluan.ingest.sections import parse_layout

MAIL = """From: Van phong So KH&CN Ben Tre <vanphong.skhcn@bentre.gov.vn>
Sent: Tuesday, May 7, 2019 8:02 AM
To: cacphong.skhcn@bentre.gov.vn
Subject: Ket luan giao ban thang 4

Kính gửi: Lãnh đạo các phòng, đơn vị thuộc Sở.

Văn phòng Sở gửi kết luận của đồng chí Giám đốc Sở tại cuộc họp giao ban tháng 4/2019 (họp sáng thứ Hai, \
ngày 06/5/2019 tại phòng họp Sở) để các đơn vị thực hiện.

*** THÀNH PHẦN ***
- Đ/c Trần Văn Minh - Giám đốc Sở (chủ trì);
- Đ/c Lê Thị Hoa - PGĐ Sở.

*** KẾT LUẬN CỦA GIÁM ĐỐC SỞ ***

1. Thanh tra Sở: xây dựng kế hoạch thanh tra về đo lường trong kinh doanh xăng dầu, hoàn thành trước ngày 20/5.
2. Văn phòng Sở: tổng hợp báo cáo tháng gửi UBND tỉnh trước 10/5.

Trân trọng./.

--
Nguyễn Thị Thu
Chánh Văn phòng - Sở Khoa học và Công nghệ tỉnh Bến Tre
ĐT: 0275.3822.xxx
Địa chỉ: số 5 đường Lê Lợi, TP. Bến Tre

Lưu ý: Thư điện tử này có thể chứa thông tin nội bộ.
"""


def test_mail_message_is_the_notice():
    lay = parse_layout(MAIL)
    assert lay.kind == "notice"
    texts = [b.text for b in lay.body]
    assert any("Trần Văn Minh" in t for t in texts)  # the attendees are the body's, not a header's
    assert [ln.clean for ln in lay.header] == ["Sở Khoa học và Công nghệ tỉnh Bến Tre"]
    assert [ln.clean for ln in lay.signature] == ["Nguyễn Thị Thu", "Chánh Văn phòng"]
    assert not any("From:" in ln.clean or "Lưu ý" in ln.clean for ln in lay.header + lay.signature)


def test_mail_message_read_as_a_notice():
    n = parse_notice(MAIL, "mail.txt")
    assert n.issuer and n.issuer.startswith("sở khoa học và công nghệ")
    assert n.signer == "nguyễn thị thu"
    assert n.meeting.held_on == "2019-05-06"
    assert "trần văn minh" in n.meeting.chairs
    assert any(d.due and d.due.value == "2019-05-20" for d in n.directives)


def test_mail_header_in_vietnamese_and_closing_without_delimiter():
    text = MAIL.replace("From:", "Người gửi:").replace("Subject:", "Chủ đề:").replace("--\n", "")
    lay = parse_layout(text)
    assert [ln.clean for ln in lay.signature] == ["Nguyễn Thị Thu", "Chánh Văn phòng"]


def test_forwarded_notice_in_a_mail_keeps_its_own_header():
    text = (
        "From: Van phong <vp@x.gov.vn>\nTo: a@x.gov.vn\nSubject: TB ket luan\n\nKính gửi các đơn vị,\n\n"
        "Văn phòng gửi Thông báo số 12/TB-SKHCN.\n\n-------- Nội dung văn bản --------\n\n"
        "UBND TỈNH VĨNH LONG\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 12/TB-SKHCN        Vĩnh Long, ngày 3 tháng 4 năm 2020\n\n"
        "THÔNG BÁO\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\n"
        "1. Chi cục TĐC kiểm tra đo lường xăng dầu trước ngày 30/4/2020.\n"
    )
    lay = parse_layout(text)
    assert lay.number is not None and lay.title is not None


def test_pictograph_lead_in_is_a_paragraph():
    text = "📌 Phát biểu kết luận, đồng chí Chủ tịch đề nghị:\n1️⃣ Phòng Kinh tế tham mưu.\n👉 Công an xã tuần tra."
    out = pictograph_bullets(text)[0]
    assert out.splitlines() == ["Phát biểu kết luận, đồng chí Chủ tịch đề nghị:", "1. Phòng Kinh tế tham mưu.",
                                "- Công an xã tuần tra."]  # fmt: skip
    lay = parse_layout(repair_layout("Tin hoạt động\n\n" + text, "txt")[0])
    assert [b.marker for b in lay.body][-2:] == ["digit", "dash"]


# a PDF page's text as pypdf lays it out by position: a task table whose cells wrap over several lines, going
# on over a page break, then the two signatures of a meeting record side by side
LAID_PDF = """
KẾT LUẬN CỦA GIÁM ĐỐC
Giám đốc giao nhiệm vụ như sau:

TT   Nội dung công việc                           Đơn vị thực hiện          Thời hạn
1    Lập danh mục phương tiện đo đến hạn;         Phòng Hành chính -        Trước
     phối hợp tổ chức kiểm định, hiệu chuẩn.      Quản trị                  15/12/2016
2    Tổ chức tự đánh giá chất lượng năm 2016       Phòng Quản lý chất        Trước
     theo Bộ tiêu chí.                             lượng                     10/12/2016
   3    Đối chiếu, quyết toán chi phí khám        Phòng Tài chính - Kế      Quý IV/2016
        chữa bệnh bảo hiểm y tế.                  toán

Các khoa thực hiện nghiêm quy chế chuyên môn, quy chế thường trực.


                THƯ KÝ                                         CHỦ TRÌ
                                                             GIÁM ĐỐC

             Trần Thị Mơ                                     Hà Văn Lực
Nơi nhận:
- Ban Giám đốc;
- Lưu: VT.
"""


def test_pdf_table_rows_rebuilt_from_positions():
    from ketluan.ingest.readers import pdf_layout_text

    lines = pdf_layout_text(LAID_PDF).splitlines()
    rows = [ln.split("\t") for ln in lines if "\t" in ln]
    assert rows[0] == ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời hạn"]
    assert rows[1] == [
        "1",
        "Lập danh mục phương tiện đo đến hạn; phối hợp tổ chức kiểm định, hiệu chuẩn.",
        "Phòng Hành chính - Quản trị",
        "Trước 15/12/2016",
    ]
    assert (
        rows[3][2] == "Phòng Tài chính - Kế toán" and len(rows) == 4
    )  # a row shifted on its page still fits
    assert (
        "Các khoa thực hiện nghiêm quy chế chuyên môn, quy chế thường trực." in lines
    )  # the table has ended
    assert "THƯ KÝ    CHỦ TRÌ" in lines  # the signatures keep their columns


def test_record_signed_above_recipients_is_the_chairs():
    from ketluan.ingest.readers import pdf_layout_text

    text = "SỞ Y TẾ\nBỆNH VIỆN ĐA KHOA TỈNH\nSố: 5/BB-BV\nBIÊN BẢN\nHọp giao ban\n" + pdf_layout_text(
        LAID_PDF
    )
    lay = parse_layout(text)
    assert [ln.clean for ln in lay.signature] == ["CHỦ TRÌ", "GIÁM ĐỐC", "Hà Văn Lực"]
    n = parse_notice(text, "bb.pdf")
    assert n.signer == "hà văn lực"


def test_page_break_with_running_header_inside_a_task_is_joined():
    from ketluan.ingest.layout_repair import drop_page_numbers

    text = (
        "2.1. Giao Phòng Kinh tế chủ trì, phối hợp với Trạm Thú y xây dựng kế hoạch, tham mưu UBND huyện ban\n"
        "hành trước ngày\n\n\n                          - 1 -\n"
        "________________________________________________\n"
        "HUYỆN ỦY VĨNH LỢI                            TB 35-TB/HU\n\n"
        "30/4/2015; phối hợp tổ chức tập huấn kỹ thuật cho nông dân.\n"
    )
    out, n = drop_page_numbers(text)
    assert n == 1
    assert "hành trước ngày\n30/4/2015; phối hợp" in out
    assert "TB 35-TB/HU" not in out and "- 1 -" not in out


def test_running_header_between_items_goes_and_items_stay():
    from ketluan.ingest.layout_repair import drop_page_numbers

    text = (
        "báo cáo Giám đốc Sở trong tháng 9/2012.\n\n                    - 2 -\n"
        "Sở KH&CN Nam Định - TB kết luận giao ban T8/2012\n     3. Phòng Quản lý khoa học\n"
        "hoàn thành trước ngày 15/9.\n\nCục Hải quan tỉnh Lạng Sơn - TB kết luận PTCT             3\n\n"
        "    4. Chi cục TĐC kiểm tra xăng dầu.\n"
    )
    out, n = drop_page_numbers(text)
    assert n == 2
    assert "TB kết luận" not in out and "- 2 -" not in out
    assert "trong tháng 9/2012.\n" in out and "     3. Phòng Quản lý khoa học" in out
    assert "    4. Chi cục TĐC kiểm tra xăng dầu." in out


def test_page_break_without_running_header_keeps_its_rule():
    from ketluan.ingest.layout_repair import drop_page_numbers

    # no running header: the day after "trước ngày" may as well open a line of its own (a table's cell)
    text = "trước ngày\n- 2 -\n\n20/8/2025, báo cáo"
    assert drop_page_numbers(text) == (text, 0)


def test_locality_type_without_marks_before_a_name():
    from ketluan.ingest.layout_repair import repair_ocr_slips

    prose = (
        "Tham dự có đại diện Văn phòng Tổng cục, Cục Giám sát quản lý về hải quan và các đơn vị liên quan. "
        * 2
    )
    text = prose + "Bà Triệu Thị Hoà, Phó Cục trưởng Cục Hải quan tinh Quảng Ninh; giữ tinh thần chủ động."
    out, n = repair_ocr_slips(text)
    assert "Cục Hải quan tỉnh Quảng Ninh" in out and "giữ tinh thần" in out and n == 1
    unmarked = "Cuc Hai quan tinh Quang Ninh"  # a text written without marks spells it so
    assert repair_ocr_slips(unmarked) == (unmarked, 0)
