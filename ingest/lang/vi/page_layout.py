"""Words of a notice's page layout that a text copy keeps: table headings written one cell per line, page
numbers.

Used by `ketluan.ingest.layout_repair`, which puts back the rows of a table copied one cell per line and
drops the page numbers of a PDF's text that split a sentence. The other column headings a table of tasks
or of attendees has are in `ketluan.ingest.lang.vi.structure` (TABLE_COLUMNS, TASK_TABLE_COLUMNS,
REVIEW_TABLE_COLUMNS).
"""

# The heading of a table's first column, which numbers its rows ("TT", "STT", "Số TT"), lower case.
RUNNING_NUMBER_COLUMNS: tuple[str, ...] = ("tt", "stt", "số tt", "số thứ tự", "thứ tự")

# Other column headings of a table of tasks or of attendees, matched whole, by which a table flattened one cell a
# line is known (`layout_repair.rebuild_flattened_tables`): columns the extractor reads no cell of ("Ghi chú"), or
# reads by other words.
OTHER_TABLE_COLUMNS: tuple[str, ...] = (
    "ghi chú",
    # a review of projects, one a row, with what holds each back and who must act ("STT / Tên dự án / Nhà đầu
    # tư / Tồn tại / Giao / Thời hạn"; the extractor reads the "Giao" cell as an item of the conclusions)
    "giao",
    "giao nhiệm vụ",
    "ý kiến chỉ đạo",
    "hướng xử lý",
    "tên dự án",
    "dự án",
    "nhà đầu tư",
    "chủ đầu tư",
    "tồn tại",
    "vướng mắc",
    "tồn tại, vướng mắc",
    "khó khăn, vướng mắc",
)

# The glyphs a decorative rule is drawn with: the short rule under the issuing body's name and under the tiêu ngữ
# (NĐ 30/2020/NĐ-CP's layout), under a title, above a signature. Typed or copied out of Word it is a run of one
# of them: "_____", "-----", "¯¯¯¯¯¯" (a macron rule, common in notices copied out of Word), "‾‾‾", "═══", "───",
# "~~~", "***". Such a run is layout, never a sign of text decoded in the wrong encoding (`ketluan.ingest.readers`
# does not count it as garbled). U+FFFD, the mark of bytes that did not decode, is not one of them.
RULE_GLYPHS: str = "-_=~*¯‾ˉ─━═―⎯"

# The stamp a scanner app prints at the foot of each page it scans, kept by a PDF's text layer or its OCR on a
# line of its own ("Scanned with CamScanner"): no text of the notice. Matched whole, any case, the words one
# space or more apart.
SCANNER_STAMPS: tuple[str, ...] = (
    "scanned with camscanner", "scanned by camscanner", "scanned with cs camscanner", "camscanner",
    "scanned with adobe scan", "scanned with genius scan", "scanned with tapscanner", "scanned with vflat scan",
    "scanned with microsoft lens", "scanned with office lens", "được quét bằng camscanner",
)  # fmt: skip

# The word before a page number in a page's header or footer ("Trang 2/3"), lower case.
PAGE_WORDS: tuple[str, ...] = ("trang",)

# What ends a clause but not the item at the end of a line: an item of a notice runs on over a page after one
# of these when its next line opens in lower case ("… kiểm định lại cân quá hạn;" / page 2 / "hoàn thành trước
# ngày 30/4/2021."), so the page number and the page break between them are no break of the item. A full stop,
# "!" or "?" ends the sentence: what follows it in lower case is left as it is.
CLAUSE_ENDS: tuple[str, ...] = (";", ":", ")", "…")

# Upper-case document types that open a notice's title ("THÔNG BÁO"), for putting back the line breaks of a
# notice flattened into running text ("… ngày 26 tháng 8 năm 2011 THÔNG BÁO KẾT LUẬN …").
TITLE_TYPE_WORDS: tuple[str, ...] = ("THÔNG BÁO", "BÁO CÁO", "BIÊN BẢN", "KẾT LUẬN")

# The letters that number the items of a list in Vietnamese administrative writing (a), b), c), d), đ), e) …:
# the Vietnamese alphabet without f, j, w, z, as Nghị định 30/2020/NĐ-CP numbers a point), for a web page's
# numbered list nested in another (<ol> in <ol>), whose text copy shows no numbers of its own.
ITEM_LETTERS: tuple[str, ...] = tuple("abcdđeghiklmnopqrstuvxy")

# The words of a written date, lower case: "ngày 19 tháng 3 năm 2018". A notice typed in Word leaves blanks
# around the day and month to fill in by hand ("ngày  19  tháng 3 năm 2018", "ngày&nbsp; 19&nbsp; tháng" in
# Word's web page), which `ketluan.ingest.layout_repair.close_date_blanks` closes.
DATE_WORDS: tuple[str, str, str] = ("ngày", "tháng", "năm")

# Pictographs that a social-media post (a commune's Facebook page, a Zalo message) puts where a notice puts a
# dash: at the start of a line, before each point ("👉 Công an phường tăng cường tuần tra …"). Each stands for
# the marker "- " once the text is read. Decorations that open other lines ("📅 Sáng nay …", "🔴🔴 HỘI NGHỊ …")
# are not here: they do not make a line a point. Emoji variation selectors and skin tones after them are
# taken with them.
BULLET_PICTOGRAPHS: frozenset[str] = frozenset(
    "👉☞☛➡→⇒➔➜➤➢▶►▸▹⏩"  # pointing hands and arrows
    "✅☑✔✓"  # check marks
    "📌📍🔹🔸🔷🔶◆◇❖♦"  # pins and diamonds
    "⭐★☆✳❇"  # stars
)

# Keycap digits ("1️⃣ Phòng Văn hóa …") numbering the points of a post, read as "1. ", "2. " …; "🔟" is ten.
KEYCAP_TEN: str = "🔟"

# The signatures a meeting record (biên bản) ends with: the secretary's and the chair's, side by side in two
# columns ("THƯ KÝ⇥CHỦ TRÌ" / "(Đã ký)⇥(Đã ký)" / two names, or flattened one space apart in a PDF's text) or one
# under the other. The chair signs for the meeting and is the record's signer; the secretary only wrote it.
# Lower case, as `ketluan.ingest.text.match_key` writes them.
RECORD_CHAIR_SIGNATURES: tuple[str, ...] = (
    "chủ trì", "chủ tọa", "chủ trì cuộc họp", "chủ tọa cuộc họp", "chủ trì hội nghị", "chủ tọa hội nghị",
    "người chủ trì", "chủ tịch hội nghị", "đại diện chủ trì",
    # a council's record (biên bản of an evaluation council): its chair signs for it, beside its secretary
    "chủ tịch hội đồng", "chủ tịch hđ", "chủ tịch hội đồng nghiệm thu", "chủ tịch hội đồng tư vấn",
    # a team's record (biên bản kiểm tra of an inspection or working team): its head signs for it
    "trưởng đoàn", "trưởng đoàn kiểm tra", "trưởng đoàn thanh tra", "trưởng đoàn công tác", "trưởng đoàn khảo sát",
    "trưởng đoàn liên ngành", "trưởng đoàn kiểm tra liên ngành", "trưởng đoàn giám sát",
)  # fmt: skip
# A working record between two sides (biên bản làm việc: "BÊN A: SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG" / "BÊN B: UBND
# HUYỆN …") is signed by each side's representative ("ĐẠI DIỆN BÊN A⇥ĐẠI DIỆN BÊN B"); the record is the issuing
# side's; and "1. Bên B (UBND huyện Yên Phong) có trách nhiệm:" or a bare "2. Bên A có trách nhiệm:" heads that
# side's tasks. Lower case: the words naming a side, the letters a side goes by, and the words before a signing
# side.
RECORD_SIDE_WORDS: tuple[str, ...] = ("bên",)
RECORD_SIDE_LETTERS: tuple[str, ...] = ("a", "b", "c")
RECORD_SIDE_REPRESENTATIVE: tuple[str, ...] = ("đại diện", "đd")

RECORD_SECRETARY_SIGNATURES: tuple[str, ...] = (
    "thư ký", "thư ký cuộc họp", "thư ký hội nghị", "người ghi biên bản", "người lập biên bản", "người ghi",
    "thư ký ghi biên bản", "thư ký hội đồng", "thư ký hđ", "ủy viên thư ký",
    # an inspection team's recorder signs beside the team's head and the inspected party ("ĐẠI DIỆN CƠ SỞ␣␣␣
    # CÁN BỘ LẬP BIÊN BẢN␣␣␣TRƯỞNG ĐOÀN KIỂM TRA")
    "cán bộ lập biên bản", "cán bộ ghi biên bản", "cán bộ ghi", "thư ký đoàn", "thư ký đoàn kiểm tra",
)  # fmt: skip

# Labels of a news page's reading tools under its headline ("Cỡ chữ: A- A A+ | In bài | Gửi email", "Từ khóa:
# …"), lower case: like the stamps of `ketluan.ingest.lang.vi.structure.PAGE_STAMP_LABELS`, a short line they
# open is no part of the story.
PAGE_TOOL_LABELS: tuple[str, ...] = ("cỡ chữ", "phông chữ", "từ khóa", "từ khoá", "tags", "lượt thích")

# Headings of a portal's lists of other stories under (or beside) the one shown ("Tin cùng chuyên mục", "Các
# tin khác", "Tin liên quan"), lower case: the list under one is headlines, each often with its date
# ("Kiểm tra chất lượng xăng dầu dịp Tết (10/02/2026)"), and no part of the story.
RELATED_NEWS_HEADINGS: tuple[str, ...] = (
    "tin liên quan", "các tin liên quan", "tin tức liên quan", "tin bài liên quan", "bài liên quan",
    "bài viết liên quan", "các bài viết liên quan", "tin cùng chuyên mục", "các tin cùng chuyên mục",
    "tin cùng loại", "tin khác", "các tin khác", "bài viết khác", "các bài viết khác", "tin đã đưa",
    "các tin đã đưa", "tin mới", "tin mới nhất", "tin mới hơn", "tin cũ hơn", "các tin cũ hơn", "tin đọc nhiều",
    "tin xem nhiều", "đọc nhiều nhất", "xem nhiều nhất", "xem thêm", "có thể bạn quan tâm",
)  # fmt: skip

# The fields of an e-mail's header, lower case, as a mail client prints them above the message ("From:",
# "Sent:", "To:", "Cc:", "Subject:", "Attachments:"; Outlook and Gmail in Vietnamese: "Người gửi:", "Đến:",
# "Chủ đề:", "Tệp đính kèm:"). A run of them opening the text, one with the sender, makes it an e-mail: the
# office that mails a notice copies it into the message, or writes the conclusions in the message itself.
MAIL_HEADER_FIELDS: tuple[str, ...] = (
    "from", "sent", "to", "cc", "bcc", "date", "subject", "attachments", "attachment", "reply-to", "importance",
    "từ", "người gửi", "gửi", "gửi lúc", "đến", "tới", "người nhận", "ngày", "ngày gửi", "thời gian", "chủ đề",
    "tiêu đề", "tệp đính kèm", "đính kèm", "tệp tin đính kèm", "cc/bcc",
)  # fmt: skip
MAIL_SENDER_FIELDS: tuple[str, ...] = ("from", "từ", "người gửi")

# The line that sets a mail's signature off from its message: "--" (the sender's client writes "-- ").
MAIL_SIGNATURE_DELIMITERS: tuple[str, ...] = ("--", "—", "---")

# The closing words of a mail before the sender's name ("Trân trọng./.", "Trân trọng cảm ơn!"), lower case.
MAIL_CLOSINGS: tuple[str, ...] = (
    "trân trọng", "xin trân trọng cảm ơn", "thân ái", "thân mến", "best regards", "regards", "kind regards",
)  # fmt: skip

# Labels of the contact lines of a mail's signature, after the sender's name and post ("ĐT: 0299.3822.xxx |
# DĐ: …", "Địa chỉ: số 4 đường Lê Lợi …"), lower case: they name no body and no post.
MAIL_CONTACT_LABELS: tuple[str, ...] = (
    "đt", "điện thoại", "dđ", "di động", "tel", "mobile", "fax", "email", "e-mail", "địa chỉ", "website", "web",
    "zalo", "hotline",
)  # fmt: skip

# Abbreviated document types a page's running header names the notice by, beside its number or short title
# ("ĐẢNG BỘ TỈNH BẠC LIÊU␣␣␣TB 214-TB/HU", "Sở KH&CN Thái Bình - TB kết luận giao ban T8/2009"), as written
# (upper case): the line under a page number and its rule that holds one is the next page's header, no text.
RUNNING_HEAD_TYPES: tuple[str, ...] = ("TB", "BB", "BC", "KL")
# A running header may name the type in words after the issuer and a dash ("Sở VHTTDL Quảng Ngãi - Thông báo
# kết luận giao ban tháng 5/2012"): a short line under a page number that does so is the next page's header.
# Lower case, as `match_key` writes them.
RUNNING_HEAD_TYPE_NAMES: tuple[str, ...] = ("thông báo", "báo cáo", "biên bản", "kết luận")

# A body's name in the header broken over two lines of its column ("SỞ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI",
# "BAN CHỈ ĐẠO PHÒNG, CHỐNG" / "DỊCH COVID-19"): the lower line goes on with the name above when it opens on a
# joining word, or when the line above ends on a word or mark that leaves a name unfinished (a joining word, a
# verb waiting for its object: "phòng, chống …", "xúc tiến …", a steering committee's "sắp xếp …", "thực hiện
# …": "BAN CHỈ ĐẠO SẮP XẾP" / "ĐVHC CẤP XÃ"). Lower case, as `match_key` writes them.
# A working group's, a board's or a centre's name says what it does, and wraps most often right after the verb
# of its task ("TỔ CÔNG TÁC TRIỂN KHAI" / "ĐỀ ÁN 06 TỈNH", "TRUNG TÂM PHỤC VỤ" / "HÀNH CHÍNH CÔNG", "HỘI ĐỒNG QUẢN
# LÝ" / "QUỸ …", "BAN CHỈ ĐẠO" / "CÁC CHƯƠNG TRÌNH …") or after the noun of the policy or programme it carries
# out, which names its field on the next line ("BAN CHỈ ĐẠO THỰC HIỆN CHÍNH SÁCH" / "BẢO HIỂM XÃ HỘI, BẢO HIỂM Y
# TẾ"): no body's name ends on one of them. (Not "kiểm tra", "giám sát", "đầu tư", "hỗ trợ": "ĐOÀN KIỂM TRA",
# "ĐOÀN GIÁM SÁT", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "BAN KẾ HOẠCH - HỖ TRỢ" are names whole.)
HEADER_NAME_CONTINUATIONS: tuple[str, ...] = ("và ", "& ")
HEADER_NAME_OPEN_ENDS: tuple[str, ...] = (
    " và", "&", "-", ",", " chống", " của", " về", " cho", " sắp xếp", " thực hiện", " xúc tiến",
    # a task's verb waiting for its object
    " triển khai", " phục vụ", " quản lý", " phát triển", " chỉ đạo",
    # a policy's or a programme's noun waiting for its field
    " chính sách", " chương trình", " đề án",
    # a census's steering committee, its subject on the next line ("BAN CHỈ ĐẠO TỔNG ĐIỀU TRA" / "DÂN SỐ VÀ NHÀ Ở
    # NĂM 2019", "… / KINH TẾ NĂM 2021"): a census is always named by what it counts
    " tổng điều tra",
)  # fmt: skip

# A header line naming only a place under a body's name that names none ("UỶ BAN MTTQ VIỆT NAM" / "HUYỆN LẠNG
# GIANG" / "BAN THƯỜNG TRỰC", "LIÊN ĐOÀN LAO ĐỘNG" / "TỈNH HÀ NAM"): the place ends the name above. The
# administrative unit opening such a line, lower case as `match_key` writes it; a word right after it that makes
# the line a body of that place ("TỈNH ỦY …", "HUYỆN ĐOÀN …", "HUYỆN ĐỘI …") keeps the line a name of its own.
HEADER_PLACE_UNITS: tuple[str, ...] = (
    "tỉnh", "thành phố", "tp.", "tp", "huyện", "quận", "thị xã", "tx.", "tx", "xã", "phường", "thị trấn",
    "đặc khu",
)  # fmt: skip
HEADER_PLACE_BODY_WORDS: tuple[str, ...] = ("ủy", "đoàn", "đội", "hội", "bộ")
HEADER_PLACE_MAX_WORDS = 6

# A news page's publisher written on its first line, above the headline, as a text capture of the page or
# `ketluan.ingest.readers` puts it ("Sở Công Thương Đồng Nai", "Cổng thông tin điện tử Sở Khoa học và Công nghệ
# tỉnh Thái Nguyên"): a line naming one body is the page's issuer. The words naming the site before the body,
# lower case as `match_key` writes them, longest first.
SITE_NAME_PREFIXES: tuple[str, ...] = (
    "cổng thông tin điện tử", "trang thông tin điện tử", "cổng thông tin", "trang thông tin", "trang tin điện tử",
    "cổng tttđt", "cổng ttđt", "trang ttđt", "website", "trang web", "bản tin",
)  # fmt: skip
# Heads of a press outlet, not a body that issues notices ("Báo Đắk Lắk", "Đài Phát thanh - Truyền hình …"):
# a news page it publishes reports another body's meeting.
PRESS_HEADS: tuple[str, ...] = ("báo", "tạp chí", "đài", "thông tấn", "truyền hình")
# Bodies a story on their own site calls by their head alone ("Nhà trường", "Hiệu trưởng Nhà trường", "Bệnh
# viện", "Viện"), their full name written only in the page's <title> ("Hiệu trưởng chủ trì giao ban tháng 12 -
# Trường Cao đẳng Kỹ thuật Cao Thắng"): a part of the <title> that opens on one of these heads names the site's
# owner even without a province. Lower case, as `match_key` writes them.
SITE_OWN_BODY_HEADS: tuple[str, ...] = (
    "trường", "học viện", "đại học", "bệnh viện", "viện",
)  # fmt: skip
# A publisher's line is short: at most this many words.
SITE_NAME_MAX_WORDS = 16

# The words of a page's footer before the body that owns the site ("Bản quyền thuộc Sở Công Thương tỉnh Đồng
# Nai.", "Cơ quan chủ quản: Sở Y tế tỉnh Nghệ An", "© 2019 Sở Khoa học và Công nghệ …"), lower case: the body
# named after one is the page's publisher when its <title> names none.
COPYRIGHT_CUES: tuple[str, ...] = (
    "bản quyền thuộc về", "bản quyền thuộc", "bản quyền của", "cơ quan chủ quản", "đơn vị chủ quản",
    "cơ quan quản lý", "copyright", "©",
)  # fmt: skip
# Owners of a locality's portal ("Bản quyền thuộc UBND tỉnh Lâm Đồng"), lower case: the portal reports the
# meetings of every body of the place, so its owner is no story's publisher.
PORTAL_OWNER_HEADS: tuple[str, ...] = (
    "ủy ban nhân dân",
    "ubnd",
    "ub nhân dân",
    "văn phòng ubnd",
    "văn phòng ủy ban nhân dân",
)

# An attendance table of two columns, a body and the people who came for it, several to a cell ("| Cơ quan, đơn vị
# | Thành phần |" over "| Bộ Y tế | PGS.TS. Trịnh Văn A, Thứ trưởng (chủ trì); TS. Lê Văn B, Phó Cục trưởng … |"):
# the headings of its body column and of its people column (lower case, matched whole). Each row says what a
# delegation line says ("- Bộ Y tế: PGS.TS. Trịnh Văn A, …"), and is written so
# (`layout_repair.roster_tables_as_delegations`).
ROSTER_BODY_COLUMNS: tuple[str, ...] = (
    "cơ quan, đơn vị", "cơ quan", "đơn vị", "cơ quan/đơn vị", "cơ quan / đơn vị", "đơn vị, địa phương",
    "cơ quan, địa phương", "phía", "thành phần đoàn",
)  # fmt: skip
ROSTER_PEOPLE_COLUMNS: tuple[str, ...] = (
    "thành phần", "thành phần tham dự", "thành phần dự họp", "thành phần dự", "người tham dự", "người dự",
    "đại biểu tham dự", "đại biểu dự", "đại biểu", "họ tên, chức vụ", "họ và tên, chức vụ", "họ tên và chức vụ",
    "họ tên - chức vụ", "họ và tên - chức vụ", "họ tên/chức vụ", "họ tên / chức vụ",
)  # fmt: skip
# the running number's column such a table may open with ("TT", "STT")
ROSTER_NUMBER_COLUMNS: tuple[str, ...] = ("tt", "stt", "số tt")
