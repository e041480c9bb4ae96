"""Round U (blind sets on home affairs, elected bodies and their oversight, investment and industrial parks):
reading, layout, line joins, signatures and dates."""

from __future__ import annotations

from notice_checks import names_of, task_of

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 88/TB-UBND\tNam Định, ngày 12 tháng 9 năm 2016\nTHÔNG BÁO\n"
    "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về giải phóng mặt bằng\n"
)


def _signer(text: str) -> str | None:
    from ketluan.graph.pipeline import parse_notice

    n = parse_notice(text, "tb_ocr.txt")
    return names_of(n).get(n.signer or "", None)


def test_recipient_wrapped_beside_the_signers_name_is_no_signer() -> None:
    """ "Nơi nhận" on the left, the signature on the right: an entry left open on a comma ("- UBND các huyện:
    Ý Yên,") goes on at the left margin of the next line ("  Kim Sơn;"), beside the signer's name — a place
    of the list, not the signer."""
    body = (
        "Ngày 08/9/2016, tại UBND tỉnh, ông Trần Văn Bình - Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.\n"
        "Phó Chủ tịch UBND tỉnh kết luận:\n"
        "1. Sở Tài chính thẩm định phương án bồi thường trước ngày 30/9/2016.\n"
        "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.\n\n"
    )
    for left, name in (("  Kim Sơn;", "Lê Thị Hồng Nhung"), ("  Lý Nhân, Kim Bảng;", "Nguyễn Hữu Phước")):
        text = (
            HEAD
            + body
            + (
                "Nơi nhận:                           TL. CHỦ TỊCH\n"
                "- Chủ tịch, các PCT UBND tỉnh;      KT. CHÁNH VĂN PHÒNG\n"
                "- Các Sở: KH&ĐT, TN&MT,               PHÓ CHÁNH VĂN PHÒNG\n"
                "  XD;\n"
                "- UBND các huyện: Ý Yên,                  (Đã ký)\n"
                "- Các Sở: KH&ĐT, TN&MT,\n"
                f"{left}                            {name}\n"
                "- Lưu: VT.\n"
            )
        )
        assert _signer(text) == name


def test_wrapped_recipient_alone_on_its_line_stays_a_recipient() -> None:
    from ketluan.ingest.sections import parse_layout

    text = HEAD + (
        "Ngày 08/9/2016, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp và kết luận:\n"
        "1. Sở Tài chính thẩm định phương án bồi thường.\n"
        "Nơi nhận:                           KT. CHỦ TỊCH\n"
        "- UBND các huyện: Ý Yên,            PHÓ CHỦ TỊCH\n"
        "  Vụ Bản, Nam Trực;\n"
        "- Lưu: VT.                           Trần Văn Bình\n"
    )
    lay = parse_layout(text)
    assert any("Nam Trực" in ln.clean for ln in lay.recipients)
    assert not any("Nam Trực" in ln.clean for ln in lay.signature)


NARROW = HEAD + (
    "Ngày 08/9/2016, tại Trụ sở UBND tỉnh, đồng\n"
    "chí Trần Văn Bình, Phó Chủ tịch UBND tỉnh chủ\n"
    "trì cuộc họp nghe báo cáo tiến độ giải phóng\n"
    "mặt bằng dự án mở rộng Khu công nghiệp Bảo\n"
    "Minh. Sau khi nghe báo cáo của các sở, ngành\n"
    "và ý kiến của các đại biểu, Phó Chủ tịch UBND\n"
    "tỉnh kết luận:\n"
    "a) Sở Tài chính chủ trì thẩm định, trình UBND\n"
    "tỉnh điều chỉnh đơn giá bồi thường cây trồng,\n"
    "vật nuôi trên đất có mặt nước trước ngày\n"
    "15/10/2016.\n"
    "b) Công an tỉnh chỉ đạo Công an huyện Vụ\n"
    "Bản bảo đảm an ninh trật tự, sẵn sàng lực\n"
    "lượng hỗ trợ khi cưỡng chế thu hồi đất.\n"
    "c) Sở Tài nguyên và Môi trường hướng dẫn\n"
    "UBND huyện Vụ Bản trình tự thu hồi đất, thẩm\n"
    "định hồ sơ giao đất trong tháng 10/2016.\n"
    "UBND tỉnh thông báo để các cơ quan biết, thực hiện./.\n"
    "Nơi nhận:\n- Các Sở: TC, TN&MT;\n- Lưu: VT.\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nNguyễn Văn An\n"
)


def test_narrow_column_is_read_as_hard_wrapped() -> None:
    """A narrow column (a two-column PDF page, some 40 characters a line) breaks its sentences wherever the line
    is full, also inside a date ("trước ngày" / "15/10/2016") or a place's name ("Công an huyện Vụ" / "Bản"), and
    before a body's name opening the next line: each lettered item is one paragraph."""
    from ketluan.graph.pipeline import parse_notice

    n = parse_notice(NARROW, "tb_pdf.pdf")
    _, _, due = task_of(n, "Sở Tài chính chủ trì")
    assert due == "2016-10-15"
    names = names_of(n)
    bodies = {names[a] for d in n.directives for a in d.assignees}
    assert not any(b.endswith("huyện Vụ") for b in bodies), bodies
    assignees, _, due = task_of(n, "Sở Tài nguyên và Môi trường hướng dẫn")
    assert due == "2016-10"


def test_report_due_at_a_named_meeting_of_a_month_or_the_years_end() -> None:
    """A report due at a meeting named by its body ("báo cáo tại phiên họp Thường trực HĐND huyện tháng
    10/2012") is due in that month; one due at, or before, the year-end session ("tại kỳ họp cuối năm 2010",
    "trước kỳ họp thường lệ cuối năm 2018") by the year's last day, as "6 tháng cuối năm" is. Told in the past
    it is no deadline."""
    from ketluan.ingest.dates import find_deadline

    def due(s: str, year: int) -> str | None:
        d = find_deadline(s, year)
        return d.value if d is not None else None

    assert due(
        "Ban Pháp chế theo dõi; kết quả báo cáo tại phiên họp Thường trực HĐND huyện tháng 10/2012.", 2012
    ) == ("2012-10")
    assert (
        due("Ban Kinh tế - Ngân sách trình tại cuộc họp Thường trực HĐND tỉnh tháng 5/2021.", 2021)
        == "2021-05"
    )
    assert due(
        "Ban Văn hóa - Xã hội tiếp tục theo dõi, báo cáo Thường trực HĐND tỉnh tại kỳ họp cuối năm 2010.",
        2010,
    ) == ("2010-12-31")
    assert (
        due(
            "Sở Tài nguyên và Môi trường báo cáo kết quả với Thường trực HĐND tỉnh trước kỳ họp thường lệ cuối "
            "năm 2018.",
            2018,
        )
        == "2018-12-31"
    )
    assert due("Sở Nội vụ đã báo cáo tại kỳ họp cuối năm 2019.", 2019) is None
    assert due("Sở Tài chính báo cáo kết quả thực hiện 6 tháng đầu năm 2019.", 2019) is None


def test_project_table_flattened_one_cell_a_line_is_rebuilt() -> None:
    """The same table taken out one cell a line (a .doc's text): its headings are known columns, so its rows
    are put back."""
    from ketluan.ingest.layout_repair import rebuild_flattened_tables

    text = (
        "2. Xử lý đối với từng dự án\nSTT\nTên dự án\nNhà đầu tư\nTồn tại\nGiao\nThời hạn\n"
        "1\nNhà máy gạch không nung\nCông ty Cổ phần Vật liệu An Phú\nChậm khởi công 18 tháng\n"
        "Phòng Quản lý Đầu tư đôn đốc nhà đầu tư ký quỹ\nTrong tháng 6/2019\n"
        "2\nKho xăng dầu\nCông ty TNHH Năng lượng Bình An\nChưa có báo cáo ĐTM\n"
        "Phòng Quản lý Tài nguyên và Môi trường hướng dẫn nhà đầu tư\nTrước ngày 30/6/2019\n\n"
        "3. Nhiệm vụ khác\n"
    )
    out, n = rebuild_flattened_tables(text)
    assert n == 1
    assert "| STT | Tên dự án | Nhà đầu tư | Tồn tại | Giao | Thời hạn |" in out
    assert "| 2 | Kho xăng dầu |" in out


def test_subtitle_a_blank_line_under_the_document_type_is_the_title() -> None:
    """A markdown page sets the type and its subtitle as two headings a blank line apart ("# THÔNG BÁO" / "" /
    "## Kết quả tiếp công dân định kỳ tháng 8 …"): the subtitle is the title's, so the meeting's paragraph below
    opens the body and gives the meeting's day."""
    from ketluan.graph.pipeline import parse_notice
    from ketluan.ingest.sections import parse_layout

    text = (
        "| HỘI ĐỒNG NHÂN DÂN HUYỆN EA KAR<br>**THƯỜNG TRỰC** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>"
        "**Độc lập - Tự do - Hạnh phúc** |\n|---|---|\n"
        "| Số: 31/TB-HĐND | *Ea Kar, ngày 10 tháng 10 năm 2013* |\n\n"
        "# THÔNG BÁO\n\n"
        "## Kết quả tiếp công dân định kỳ tháng 9 năm 2013 của Thường trực HĐND huyện\n\n"
        "Thực hiện Quy chế tiếp công dân của Thường trực HĐND huyện khóa X, nhiệm kỳ 2011 - 2016, ngày **26/9/2013** "
        "tại Phòng tiếp công dân huyện, Thường trực HĐND huyện tổ chức tiếp công dân định kỳ tháng 9/2013.\n\n"
        "**1.** Giao UBND xã Ea Đar giải quyết đơn của công dân, báo cáo kết quả trước ngày 30/10/2013.\n\n"
        "**Nơi nhận:**\n- TT HĐND huyện;\n- Lưu: VT.\n\n**TM. THƯỜNG TRỰC HĐND**\n**PHÓ CHỦ TỊCH**\n\nLê Văn Hòa\n"
    )
    from ketluan.ingest.readers import strip_markdown

    plain = strip_markdown(text)[0]
    lay = parse_layout(plain)
    assert "Kết quả tiếp công dân" in plain[lay.title.start : lay.title.end]
    n = parse_notice(plain, "tb.md")
    assert n.meeting.held_on == "2013-09-26"


def test_date_or_place_name_broken_over_two_lines_stays_in_its_item() -> None:
    """Even where the text is not read as hard-wrapped (few lines run on), a line left open on a date's word
    ("… trước ngày" / "15/10/2016.") or on a place's first syllable ("… Công an huyện Vụ" / "Bản bảo đảm …",
    "Vụ Bản" a district the gazetteer knows) goes on with the item; a numbered item after "ngày" does not."""
    from ketluan.graph.pipeline import parse_notice
    from ketluan.ingest.sections import parse_layout

    text = HEAD + (
        "Ngày 08/9/2016, tại UBND tỉnh, ông Trần Văn Bình - Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Phó Chủ tịch "
        "UBND tỉnh kết luận:\n"
        "a) Sở Tài chính thẩm định phương án bồi thường trước ngày\n"
        "15/10/2016.\n"
        "b) Công an tỉnh chỉ đạo Công an huyện Vụ\n"
        "Bản bảo đảm an ninh trật tự khi cưỡng chế.\n"
        "c) Sở Xây dựng hoàn thành thẩm định trong tháng\n"
        "11/2016.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nNguyễn Văn An\n"
    )
    lay = parse_layout(text)
    items = [b.text for b in lay.body if b.marker == "letter"]
    assert len(items) == 3 and items[0].endswith("15/10/2016.") and "Vụ Bản bảo đảm" in items[1]
    n = parse_notice(text, "tb.txt")
    assert task_of(n, "Sở Tài chính thẩm định")[2] == "2016-10-15"
    assert task_of(n, "Sở Xây dựng hoàn thành")[2] == "2016-11"
    assignees = task_of(n, "Công an tỉnh chỉ đạo")[0]
    assert not any(a.endswith("huyện Vụ") for a in assignees), assignees
