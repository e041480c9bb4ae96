"""Words that mark the parts of a Vietnamese administrative document.

Source: Nghị định 30/2020/NĐ-CP, Phụ lục I (quốc hiệu, số và ký hiệu, địa danh và
thời gian, tên loại, nơi nhận, quyền hạn người ký) and the usual section headings
of "Thông báo kết luận" (thành phần, kết luận, nhiệm vụ).
"""

NATIONAL_MOTTO_LINES: tuple[str, ...] = (
    "cộng hòa xã hội chủ nghĩa việt nam",
    "độc lập - tự do - hạnh phúc",
    "đảng cộng sản việt nam",
)
# Lines that stand where the quốc hiệu stands in the header of a mass organisation's notice, when the whole
# column is the line ("ỦY BAN MTTQ VIỆT NAM TỈNH X␣␣␣MẶT TRẬN TỔ QUỐC VIỆT NAM", the Youth Union's "BCH TỈNH
# ĐOÀN X␣␣␣ĐOÀN TNCS HỒ CHÍ MINH" and the Pioneers' "ĐỘI TNTP HỒ CHÍ MINH", as the Union's rules on documents
# set them above the place and date): they name the whole organisation, not the issuer. Inside the issuer's
# own name ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH X", "BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH X") they are no motto.
YOUTH_UNION_MOTTOS: tuple[str, ...] = (
    "đoàn tncs hồ chí minh",
    "đoàn thanh niên cộng sản hồ chí minh",
    "đội tntp hồ chí minh",
    "đội thiếu niên tiền phong hồ chí minh",
)
MOTTO_CELLS: tuple[str, ...] = ("mặt trận tổ quốc việt nam", *YOUTH_UNION_MOTTOS)

# The standing bodies of a Party committee, a council or a mass organisation, written on the header line under
# the body they belong to ("LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI / BAN THƯỜNG VỤ", "HĐND TỈNH X / THƯỜNG TRỰC",
# "ỦY BAN MTTQ VIỆT NAM TỈNH X / BAN THƯỜNG TRỰC"): the notice is that body's, not the board's.
STANDING_BOARD_LINES: tuple[str, ...] = (
    "ban thường vụ",
    "ban chấp hành",
    "bch",
    "ban thường trực",
    "thường trực",
    "đoàn chủ tịch",
    "ban chủ nhiệm",
)

# Document types that open the title block ("THÔNG BÁO", "BÁO CÁO" ...), upper case in the source.
DOCUMENT_TYPES: tuple[str, ...] = (
    "thông báo",
    "báo cáo",
    "kết luận",
    "biên bản",
    "kế hoạch",
    "tin",
    "tin tức",
)
# The types of `DOCUMENT_TYPES` that open a document's title when written in capitals under its header (a news
# page's "TIN" is no title): a plan made after a meeting ("KẾ HOẠCH" / "Triển khai thực hiện kết luận của Giám
# đốc Sở tại cuộc họp …") has a notice's header and parts.
TITLE_HEAD_TYPES: tuple[str, ...] = DOCUMENT_TYPES[:5]

# A type line may name the record's kind after its type, in capitals ("BIÊN BẢN KIỂM TRA", "BIÊN BẢN LÀM VIỆC",
# "THÔNG BÁO KẾT LUẬN"), the subtitle under it in ordinary case: at most this many words.
TYPE_LINE_MAX_WORDS = 4

# A Công văn has no type line: its subject line under "Số: …/SCT-QLTM" names what it is about ("V/v triển khai
# thực hiện Thông báo số 98/TB-UBND …", "Về việc …") and stands where a notice's title stands.
DISPATCH_SUBJECT_OPENINGS: tuple[str, ...] = ("v/v", "v.v", "về việc")

# Lines that continue the title right after the document type.
TITLE_CONTINUATIONS: tuple[str, ...] = (
    "về việc",
    "v/v",
    "về",
    "kết luận",
    "ý kiến kết luận",
    "ý kiến chỉ đạo",  # "Ý kiến chỉ đạo của đồng chí …, Phó Chủ tịch UBND tỉnh tại cuộc họp …"
    "nội dung kết luận",
    "tại",
    "của",
)

# Last words of a title line that leave the title open: the next line continues it even when it
# starts with a capital ("… tại buổi làm việc với" / "Ủy ban nhân dân huyện Long Hồ về …").
TITLE_OPEN_ENDINGS: frozenset[str] = frozenset(
    {
        "với",
        "về",
        "của",
        "và",
        "tại",
        "cho",
        "trong",
        "đến",
        "giữa",
        "cùng",
        "tới",
        "các",
        "những",
        "việc",
        "nghe",
    }
)
# Words that open the body's first paragraph, never a title line ("Ngày 16/5/2022, tại …").
BODY_OPENINGS: tuple[str, ...] = (
    "ngày",
    "hôm nay",
    "sáng",
    "chiều",
    "tối",
    "vừa qua",
    "căn cứ",
    "thực hiện",
    "theo",
    "kính gửi",
    "sau khi",
    "vào",
    "trong",
    "nhằm",
    "thừa lệnh",
)

RECIPIENTS_HEADINGS: tuple[str, ...] = ("nơi nhận", "nơi gửi")

# A report's or letter's addressee line under its title ("Kính gửi: Ủy ban nhân dân tỉnh"): not the opening's
# description of the meeting.
ADDRESSEE_LABELS: tuple[str, ...] = ("kính gửi", "đồng kính gửi", "kính trình")

# Lines inside a signature block besides the titles.
SIGNED_MARKS: tuple[str, ...] = (
    "đã ký",
    "(đã ký)",
    "(đã ký và đóng dấu)",
    "đã ký và đóng dấu",
    # "(đã ký, đóng dấu)": the seal after a comma, as a signature of the investor's side is often marked
    "(đã ký,",
    "(ký tên",
    "(ký, ghi rõ",
    "ký thay",
)

# Section headings (any case) that open the attendee list.
ATTENDEE_HEADINGS: tuple[str, ...] = (
    "thành phần tham dự",
    "thành phần dự họp",
    "thành phần",
    "tham dự",
    "đại biểu tham dự",
    "thành phần tham gia",
    "đại biểu",
)

# Words in an opening sentence that make the bodies it names attendees ("Tham dự có …; lãnh đạo Sở Tài chính,
# Sở Kế hoạch và Đầu tư", "Dự hội nghị có đại diện Vụ Pháp chế, Văn phòng Bộ").
ATTENDANCE_CUES: tuple[str, ...] = (
    "tham dự",
    "dự họp",
    "dự hội nghị",
    "dự buổi làm việc",
    "dự cuộc họp",
    "cùng dự",
    "có mặt",
    "thành phần",
    # a record's parties, as its opening sentence lists them ("Hôm nay, vào lúc 8 giờ 30 phút ngày …, tại trụ sở
    # …, chúng tôi gồm:" over "1. Đoàn kiểm tra Sở X:" / "- Ông A, Phó Giám đốc Sở, Trưởng đoàn;"): those who took
    # part, group by group, not tasks
    "chúng tôi gồm",
)

# A column of an attendee table that holds each person's name and post together, each cell "Ông Phan Văn A -
# Trưởng phòng" ("STT | Đơn vị | Họ tên / chức vụ", a minutes' table of who came for each body).
NAME_AND_POST_HEADS: tuple[str, ...] = (
    "họ tên / chức vụ",
    "họ tên/chức vụ",
    "họ và tên / chức vụ",
    "họ và tên/chức vụ",
    "họ tên, chức vụ",
    "họ và tên, chức vụ",
    "họ tên - chức vụ",
    "họ và tên - chức vụ",
    "họ tên và chức vụ",
    "họ và tên và chức vụ",
    "họ tên / chức danh",
    "họ tên/chức danh",
    "họ và tên / chức danh",
    "họ và tên/chức danh",
    "họ tên, chức danh",
    "họ và tên, chức danh",
)
# Headings of a name column that say in brackets what its cells hold ("Người dự (họ tên, chức vụ)", "Đại biểu (họ
# và tên, chức danh)"): the word before the bracket names the column, the note in it says each cell is a name and
# its post.
NAME_COLUMN_LEADS: tuple[str, ...] = ("người dự", "đại biểu", "đại diện", "thành phần", "người tham dự")
NOTED_NAME_HEADS: tuple[str, ...] = tuple(
    f"{lead} ({note})" for lead in NAME_COLUMN_LEADS for note in NAME_AND_POST_HEADS
)

# The word that leaves a document's number open at a line's end ("… thực hiện Nghị quyết số" / "01/NQ-CP của Chính
# phủ"): the line after it, opening with the number, goes on with the sentence (no item numbered "01/").
NUMBER_OPEN_LINE_ENDS: tuple[str, ...] = ("số",)

# Column headings of an attendee table ("STT | Họ và tên | Chức vụ | Đơn vị"): which cell holds what.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": (
        "họ và tên",
        "họ tên",
        "họ, tên",
        "tên",
        "đại biểu",
        "đại diện",
        "người dự",
        *NAME_AND_POST_HEADS,
        *NOTED_NAME_HEADS,
        "đại biểu / chức vụ",
        "người dự / chức vụ",
    ),
    "role": (
        "chức vụ",
        "chức danh",
        "chức vụ, đơn vị",
        # the post and its body in one column ("Chức vụ, cơ quan công tác" in a council's members table)
        "chức vụ, cơ quan",
        "chức vụ, cơ quan công tác",
        "chức vụ, đơn vị công tác",
        "chức vụ, nơi công tác",
        "chức vụ và đơn vị công tác",
        "chức vụ và cơ quan công tác",
    ),
    "unit": ("đơn vị", "cơ quan", "đơn vị công tác", "cơ quan, đơn vị", "cơ quan công tác"),
    # a council's or a team's own duty of each member ("Chức danh trong HĐ": Chủ tịch HĐ, Phản biện 1, Ủy viên)
    "duty": (
        "chức danh trong hđ",
        "chức danh trong hội đồng",
        "nhiệm vụ trong hđ",
        "nhiệm vụ trong hội đồng",
        "chức danh trong đoàn",
        "nhiệm vụ trong đoàn",
        "vai trò",
    ),
}
# A member's duty in such a column that makes them the meeting's chair ("Chủ tịch HĐ", "Trưởng đoàn").
CHAIR_DUTIES: tuple[str, ...] = (
    "chủ tịch hđ",
    "chủ tịch hội đồng",
    "chủ trì",
    "đồng chủ trì",
    "trưởng đoàn",
    "chủ tọa",
)

# Columns of a table of tasks ("STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn
# thành"), the usual form of a "phân công nhiệm vụ" list or annex. A header cell names its column when it
# starts with one of these (lower case, tone marks as written).
TASK_TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "task": (
        "nội dung",
        "nhiệm vụ",
        "công việc",
        "tên nhiệm vụ",
        "nội dung nhiệm vụ",
        "nội dung công việc",
        # a programme's table of events or activities, each given to the body that leads it ("STT | Sự kiện |
        # Thời gian, địa điểm | Đơn vị chủ trì | Đơn vị phối hợp", the usual annex of a festival's, a tourism
        # year's or a campaign's plan): the event is the row's task
        "sự kiện",
        "tên sự kiện",
        "hoạt động",
        "tên hoạt động",
        # a donor's mission's action table ("STT | Hành động | Trách nhiệm | Thời hạn", the annex of an aide-memoire
        # or of the record of its wrap-up meeting): each action is the row's task
        "hành động",
        "nội dung hành động",
        # a table of the year's targets shared out ("TT | Chỉ tiêu | Kế hoạch năm 2019 | Đơn vị thực hiện", at a
        # review conference that launches the next year): each unit is given its row's target. A table of figures
        # ("Chỉ tiêu | Đơn vị tính | Kế hoạch | Ước thực hiện") is a review, by REVIEW_TABLE_COLUMNS
        "chỉ tiêu",
        "tên chỉ tiêu",
        "chỉ tiêu chủ yếu",
        "chỉ tiêu giao",
        "chỉ tiêu được giao",
    ),
    "lead": (
        "đơn vị chủ trì",
        "cơ quan chủ trì",
        "chủ trì",
        "đơn vị thực hiện",
        "cơ quan thực hiện",
        "đơn vị được giao",
        "đơn vị phụ trách",
        "cơ quan, đơn vị chủ trì",
        "đơn vị chịu trách nhiệm",
        "trách nhiệm thực hiện",
        # an action table's "Trách nhiệm" (who is responsible), "Trách nhiệm chính", "Đơn vị trách nhiệm"
        "trách nhiệm",
        "đơn vị trách nhiệm",
        "cơ quan trách nhiệm",
        # a bare "Đơn vị" beside a task column: the body each row's task is given to ("STT | Đơn vị | Thành phần
        # tham dự | Nhiệm vụ được giao | Thời hạn", a giao ban's table of who came and what each must do); after
        # the forms above, so that "Đơn vị phối hợp" after a lead column stays the supporters'
        "đơn vị",
        "cơ quan",
    ),
    "support": (
        "đơn vị phối hợp",
        "cơ quan phối hợp",
        "phối hợp",
        "cơ quan, đơn vị phối hợp",
        "trách nhiệm phối hợp",
    ),
    "due": (
        "thời gian hoàn thành",
        "thời hạn",
        "thời gian thực hiện",
        "tiến độ",
        "thời gian",
        "hạn hoàn thành",
    ),
    # what was concluded on the row's matter, beside it ("TT | Nội dung | Ý kiến kết luận | Cơ quan thực hiện |
    # Thời hạn"): the task's own words, read with the matter when it stands right after it
    "conclusion": ("ý kiến kết luận", "nội dung kết luận", "kết luận", "ý kiến chỉ đạo", "chỉ đạo"),
}
# The first column of a table of tasks that names what each row is about rather than the task: a place, a black
# spot, a project, a congestion point ("TT | Vị trí | Nguyên nhân | Đơn vị thực hiện | Thời gian", the annex of
# a traffic safety board's conclusions; "STT | Tên dự án | Tồn tại | Đơn vị thực hiện | Thời hạn"). With a lead
# and a deadline column the table is still one of tasks: each row's task is written in its lead cell ("Cục
# Quản lý đường bộ III chủ trì lắp đặt đèn tín hiệu; UBND thị xã An Nhơn giải tỏa hàng quán") or is to deal
# with its subject.
TASK_TABLE_SUBJECT_COLUMNS: tuple[str, ...] = (
    "vị trí",
    "địa điểm",
    "điểm đen",
    "tên điểm đen",
    "điểm ùn tắc",
    "điểm tiềm ẩn",
    "tuyến đường",
    "lý trình",
    "khu vực",
    "tên dự án",
    "dự án",
    "tên công trình",
    "công trình",
    "hạng mục",
    "tên cơ sở",
    "cơ sở",
)
# A column of such a table that states each row's problem, not its task ("Nguyên nhân", "Tồn tại"): read with
# the subject for the row's topic.
TASK_TABLE_PROBLEM_COLUMNS: tuple[str, ...] = (
    "nguyên nhân",
    "hiện trạng",
    "tồn tại",
    "tồn tại, vướng mắc",
    "khó khăn, vướng mắc",
    "vướng mắc",
    "nội dung tồn tại",
)
# A table of petitions and the answers given to them ("STT | Kiến nghị | Ý kiến giải quyết | Cơ quan thực hiện", "|
# Kiến nghị | Ý kiến của Bí thư Tỉnh ủy |", the usual form of a dialogue's or a working visit's conclusions): the
# petition column is what a district, a company or citizens asked, never a task; the answer column is the task,
# given to the body column's bodies or else to the bodies the answer names as acting ("Giao Ban cán sự đảng …
# chỉ đạo khảo sát …", "Sở Tài nguyên và Môi trường chủ trì …"). Checked before TASK_TABLE_COLUMNS, so that
# "Nội dung kiến nghị" is the petition's column, not the task's. Lower case, as the heading starts.
TASK_TABLE_PETITION_COLUMNS: tuple[str, ...] = (
    "kiến nghị",
    "nội dung kiến nghị",
    "ý kiến, kiến nghị",
    "kiến nghị, đề xuất",
    "đề xuất, kiến nghị",
    "nội dung đề xuất",
    "nội dung phản ánh",
    "phản ánh, kiến nghị",
    "ý kiến phản ánh",
    "đề nghị của",
    "kiến nghị của",
    "vướng mắc, kiến nghị",
)
TASK_TABLE_ANSWER_COLUMNS: tuple[str, ...] = (
    "ý kiến giải quyết",
    "ý kiến trả lời",
    "trả lời",
    "nội dung trả lời",
    "hướng giải quyết",
    "phương án giải quyết",
    "biện pháp giải quyết",
    "giải quyết",
    "ý kiến của",  # "Ý kiến của Bí thư Tỉnh ủy", "Ý kiến của Chủ tịch UBND tỉnh": the leader's answer
    "ý kiến chỉ đạo giải quyết",
)
# Columns that make a table a review of what was done, not a list of tasks.
REVIEW_TABLE_COLUMNS: tuple[str, ...] = (
    "kết quả",
    "kết quả thực hiện",
    "tình hình thực hiện",
    "đã thực hiện",
    # a table of figures ("Nội dung | Đơn vị tính | Kế hoạch | Ước thực hiện"): its unit column is no body
    "đơn vị tính",
    "đvt",
    # a table of targets and what was reached ("Chỉ tiêu | Kế hoạch năm 2018 | Ước thực hiện | Tỷ lệ so với kế
    # hoạch | Đơn vị thực hiện"): the year's results, no targets given
    "ước thực hiện",
    "thực hiện năm",
    "thực hiện 6 tháng",
    "ước đạt",
    "tỷ lệ đạt",
    "tỷ lệ so với",
    "so với kế hoạch",
    "so với cùng kỳ",
    # an awards table ("TT | Đơn vị | Hình thức khen thưởng | Thành tích"): honours, never tasks
    "hình thức khen thưởng",
    "khen thưởng",
    "danh hiệu",
    "danh hiệu thi đua",
    "thành tích",
)
# Read a deadline cell ("25/7/2022", "Tháng 8/2022", "Quý III/2022") as if these words came before it.
DEADLINE_CELL_CUES: tuple[str, ...] = ("hoàn thành trong ", "hoàn thành trước ngày ")

# Headings or lead-in phrases that open the conclusions (where directives live).
CONCLUSION_HEADINGS: tuple[str, ...] = (
    "kết luận",
    "ý kiến kết luận",
    "nội dung kết luận",
    "chỉ đạo",
    "nhiệm vụ",
    "giải pháp",
    "kiến nghị",
    "đề xuất",
    "thời gian tới",
    "triển khai",
    "phương hướng",
    "giao nhiệm vụ",
    "phân công",
)
CONCLUSION_LEADINS: tuple[str, ...] = (
    "kết luận như sau",
    "kết luận và chỉ đạo như sau",
    "kết luận, chỉ đạo",
    "có kết luận",
    "kết luận:",
    "chỉ đạo như sau",
    "ý kiến chỉ đạo",
    "kết luận chỉ đạo",
    "thống nhất như sau",
    # minutes (biên bản) write what the members agreed rather than a chair's conclusions: "Các thành viên Hội
    # đồng thảo luận, thống nhất các nội dung sau:", "Hội nghị thống nhất:", "Cuộc họp đã thống nhất một số
    # nội dung sau:"
    "thống nhất các nội dung sau",
    "thống nhất những nội dung sau",
    "thống nhất một số nội dung sau",
    "thống nhất các nội dung như sau",
    "thống nhất các vấn đề sau",
    "thống nhất những vấn đề sau",
    "thống nhất một số vấn đề sau",
    "thống nhất ý kiến như sau",
    "thống nhất:",
    "giao nhiệm vụ như sau",
    # "Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh có ý kiến như sau:" (a Thông báo ý kiến kết luận)
    "có ý kiến như sau",
    "có ý kiến chỉ đạo như sau",
    "phát biểu chỉ đạo",
    "chỉ đạo tại hội nghị",
    "kết luận cuộc họp",
    # news reports: "Phát biểu kết luận hội nghị, Giám đốc Sở … yêu cầu …"
    "phát biểu kết luận",
    "kết luận hội nghị",
    "kết luận tại hội nghị",
    "kết luận tại cuộc họp",
    "kết luận buổi làm việc",
    "kết luận tại buổi làm việc",
    # the chair concludes by asking the bodies to act: "…, đồng chí Trưởng Ban kết luận, đề nghị các cơ quan
    # trong khối tập trung thực hiện một số nội dung sau:", "Bí thư Đảng ủy kết luận và yêu cầu:"
    "kết luận, đề nghị",
    "kết luận và đề nghị",
    "kết luận, yêu cầu",
    "kết luận và yêu cầu",
    # a bare verb and its colon closing a paragraph: "Sau khi nghe …, Chủ tịch UBND thị trấn chỉ đạo:"
    "chỉ đạo:",
    "yêu cầu:",
)
# Headings that open a review of past results (no directives inside).
REVIEW_HEADINGS: tuple[str, ...] = (
    "đánh giá",
    "kết quả",
    "tình hình",
    "nhận xét",
    "ưu điểm",
    "hạn chế",
    "tồn tại",
    # the members' discussion in minutes ("2. Ý kiến của các thành viên dự họp:", "III. THẢO LUẬN"): what was
    # said and asked for, before the chair concludes ("ý kiến kết luận" is a conclusion and starts otherwise)
    "ý kiến của các",
    "ý kiến các đại biểu",
    "ý kiến các thành viên",
    "ý kiến thảo luận",
    "ý kiến tham gia",
    "ý kiến phát biểu",
    "các ý kiến",
    "thảo luận",
)

# Abbreviations written with a full stop that does not end a sentence: "P. Giám đốc" (Phó), "Ô. Lê Văn A"
# (Ông), "TS. Nguyễn …" (Tiến sĩ), "Tp. Vĩnh Long" (thành phố). A single capital letter before the stop is
# always taken as an initial or abbreviation.
SENTENCE_ABBREVIATIONS: frozenset[str] = frozenset(
    {"PGS", "GS", "TS", "ThS", "Th.S", "KS", "BS", "CN", "DS", "Tp", "TP", "TX", "Tx", "TT", "Ths", "Ts"}
    # doctors' and pharmacists' degrees, an architect, a PhD candidate: "BSCKII. Thái Văn Hòa", "NCS. Lê Văn A"
    | {"BSCKI", "BSCKII", "BSNT", "DSCKI", "DSCKII", "KTS", "NCS"}
)  # joined ones ("PGS.TS.", "ThS.BS.", "TS.BS.") are abbreviations too: each part is one of these

# Verbs by which an official handed a task is told to direct bodies that do the work: "Giao ông X, Phó Giám
# đốc Sở, trực tiếp chỉ đạo Chi cục TĐC và Trung tâm KT triển khai …" (the bodies are assignees too).
DIRECTING_VERBS: tuple[str, ...] = ("chỉ đạo", "đôn đốc", "hướng dẫn", "giao")

# Words that open a delegation inside a sentence: "Về phía huyện Long Hồ có ông …, Chủ tịch UBND
# huyện" (the persons after it, to the end of the sentence, belong to that body or district).
DELEGATION_SIDE_CUES: tuple[str, ...] = ("về phía", "phía", "đại diện phía")

# Connectives that open a clause after ";" without being its subject: "…; đồng thời giao Phòng X …" hands a task
# over as "…; giao Phòng X …" does.
CLAUSE_CONNECTIVES: tuple[str, ...] = (
    "đồng thời",
    "ngoài ra",
    "bên cạnh đó",
    "mặt khác",
    "cùng với đó",
    "và",
)

# Nouns for the papers a body sends up: before "đề nghị" they make it a noun ("lập hồ sơ đề nghị Tổng cục X
# mở rộng …" = prepare the request file to the Tổng cục), and the body named after it is asked by the one
# preparing the papers, not by the meeting.
REQUEST_DOCUMENT_NOUNS: tuple[str, ...] = ("hồ sơ", "văn bản", "tờ trình", "công văn", "giấy", "đơn")

# Words naming a remote site of an online meeting: "Điểm cầu tỉnh Điện Biên và tỉnh Cà Mau vắng mặt" — the
# places (a province, a district) named after them took part, or did not, as bodies do.
REMOTE_SITE_WORDS: tuple[str, ...] = ("điểm cầu", "đầu cầu")

# Words that open an appraisal of work done, not a task: "Ghi nhận Cục X đã chủ động tham mưu …; công tác hậu
# kiểm được tăng cường" (the bodies named are praised; the sentence hands nothing out unless it goes on to).
APPRAISAL_OPENERS: tuple[str, ...] = (
    "ghi nhận",
    "biểu dương",
    "đánh giá cao",
    "hoan nghênh",
    "khen ngợi",
    "ghi nhận và biểu dương",
    "ghi nhận, biểu dương",
    # a review of the period that opens an item of the conclusions: "1. Thời gian qua, Sở KH&CN đã tích cực triển
    # khai …; tuy nhiên …" (a request in the same sentence still counts)
    "thời gian qua",
    "trong thời gian qua",
    "thời gian vừa qua",
    "những năm qua",
    "trong những năm qua",
)

# Time phrases that may stand between a request verb and the body asked: "đề nghị thời gian tới UBND huyện X
# chỉ đạo …" asks the huyện as "đề nghị UBND huyện X …" does.
TIME_ADVERBIALS: tuple[str, ...] = (
    "thời gian tới",
    "trong thời gian tới",
    "thời gian tới đây",
    "trong thời gian tới đây",
    "sắp tới",
    "trong thời gian sắp tới",
    "từ nay đến cuối năm",
    "trong những tháng cuối năm",
    "trong năm tới",
)

# Words by which a news story's opening says its meeting was the whole country's ("Hội nghị trực tuyến toàn
# quốc"): the first province it names (a remote site, an example) is not the story's province. Not "cả nước"
# ("đứng đầu cả nước" ranks a province) nor "toàn ngành" (a province's own sector: "toàn ngành y tế tỉnh").
NATIONAL_EVENT_WORDS: tuple[str, ...] = ("toàn quốc",)

# Words that open a sentence reporting what someone else said or counted: "Theo báo cáo của UBND huyện, nhãn
# hiệu … được cấp văn bằng năm 2015, giao Hợp tác xã X quản lý" states facts, whatever verbs it holds.
# Not "theo kết quả": "Theo kết quả thẩm định, Sở Tài chính bố trí kinh phí …" goes on to a body's task.
REPORTED_OPENERS: tuple[str, ...] = ("theo báo cáo", "theo đánh giá", "theo thống kê", "theo số liệu")

# Words that open a participant's speech in a news story ("Phát biểu tại buổi làm việc, đồng chí X, Phó Chủ tịch
# UBND huyện đề nghị Sở hỗ trợ …"): what someone other than the chair asks for is a proposal, not a task the
# meeting gave ("Phát biểu kết luận, …" and "Phát biểu chỉ đạo, …" are the chair's and are not among them).
SPEECH_OPENERS: tuple[str, ...] = (
    "phát biểu tại buổi làm việc",
    "phát biểu tại hội nghị",
    "phát biểu tại cuộc họp",
    "phát biểu ý kiến",
    "tham gia ý kiến",
    "tại buổi làm việc",
    "tại hội nghị",
)

# Words that say a body did not attend.
ABSENCE_MARKS: tuple[str, ...] = (
    "vắng mặt",
    "vắng",
    "không cử cán bộ tham dự",
    "không cử cán bộ dự",
    "không cử người tham dự",
    "không cử người dự",
    "không cử đại diện",
    "không có đại diện tham dự",
    "không có đại diện dự",
    "không cử đại biểu tham dự",
    "không cử đại biểu dự",
    "không cử lãnh đạo tham dự",  # "UBND huyện Nam Trà My và UBND huyện Tây Giang không cử lãnh đạo dự họp"
    "không cử lãnh đạo dự",
    "không cử lãnh đạo đơn vị tham dự",
    "không cử lãnh đạo đơn vị dự",
    "không có đại biểu tham dự",
    "không có đại biểu dự",
    "báo vắng",
    "không kết nối tham dự",
    "không kết nối được",
    "không kết nối điểm cầu",  # "UBND xã Đất Mũi không kết nối điểm cầu và không có báo cáo"
    "không kết nối vào điểm cầu",
    "không tham gia điểm cầu",
    "không tham dự",
    "không dự",
    # "được mời nhưng không có mặt"; not a bare "không có mặt", which opens "không có mặt hàng …" (no goods)
    "nhưng không có mặt",
    # "Mời nhưng không đến: Phòng Nội vụ …", "được mời nhưng không đến dự"; not a bare "không đến", which opens
    # "không đến mức …", "không đến nơi"
    "nhưng không đến",
    "nhưng không đến dự",
    "nhưng không đến họp",
    "không có mặt tại cuộc họp",
    "không có mặt tại hội nghị",
)
# A denied attendance after the body: "không" + "có"/"cử" + who + attending ("Phòng Kinh tế huyện Thạnh Phú không
# có người dự", "… không có ai dự họp", "… không cử ai tham dự"), each way of writing it; the ways a mark above
# already opens ("không cử đại diện" before "dự họp") are read by it as before. Not "tham gia", which says "các hộ
# không có người tham gia bảo hiểm" as often.
NO_ONE_SENT_VERBS: tuple[str, ...] = ("có", "cử")
NO_ONE_SENT_WHO: tuple[str, ...] = ("người", "cán bộ", "đại biểu", "đại diện", "lãnh đạo", "ai", "thành viên")
NO_ONE_SENT_ATTENDING: tuple[str, ...] = (
    "dự", "tham dự", "đến dự", "dự họp", "đến họp", "tham dự họp", "dự hội nghị", "dự cuộc họp", "tham dự cuộc họp",
)  # fmt: skip
ABSENCE_MARKS += tuple(
    mark
    for verb in NO_ONE_SENT_VERBS
    for who in NO_ONE_SENT_WHO
    for attending in NO_ONE_SENT_ATTENDING
    if not (mark := f"không {verb} {who} {attending}").startswith(ABSENCE_MARKS)
)

# Words before a body and its absence mark that make the clause a reference to absences, not a statement of
# who missed this meeting: "đề xuất hình thức xử lý đối với các đơn vị vắng họp không có lý do", "phê bình
# các xã vắng mặt", "báo cáo Giám đốc Sở lý do vắng họp".
ABSENCE_REFERENCE_CUES: tuple[str, ...] = (
    "đối với",
    "xử lý",
    "phê bình",
    "nhắc nhở",
    "kiểm điểm",
    "rút kinh nghiệm",
    "lý do",
    "giải trình",
)

# Words that may follow an absence mark before the list of the absent: "Vắng có lý do: …", "Vắng (không lý
# do): …", "vắng mặt không có lý do".
ABSENCE_REASONS: tuple[str, ...] = (
    "có lý do",
    "không có lý do",
    "không lý do",
    "không báo lý do",
    "không báo cáo lý do",
    "có báo cáo",
    "có phép",
    "không phép",
)

# Words that make a person (or body) the chair of the meeting.
CHAIR_MARKS: tuple[str, ...] = ("đồng chủ trì", "chủ trì")

# A record's label over its chairs, alone on its line before a list of them ("Chủ trì:" / "- Ông A – Phó Chủ tịch
# UBND thành phố;" / "- Ông B – Giám đốc …, đồng chủ trì."), lower case: the label stands for "chủ trì" in each
# item, so the list is read as one paragraph with it.
CHAIR_LIST_LABELS: tuple[str, ...] = (
    "chủ trì", "chủ tọa", "chủ toạ", "đồng chủ trì", "chủ trì hội nghị", "chủ trì cuộc họp",
    "chủ trì buổi làm việc", "chủ tọa hội nghị", "chủ toạ hội nghị", "chủ tọa cuộc họp", "chủ toạ cuộc họp",
)  # fmt: skip

# Words after a person (and posts) that make them the head of a visiting team, who holds the working session
# as a chair does: "Đoàn công tác do ông X, Giám đốc Sở làm trưởng đoàn", "do đồng chí X, Phó Chủ tịch UBND
# tỉnh dẫn đầu".
LEADER_MARKS: tuple[str, ...] = (
    "làm trưởng đoàn",
    "làm trưởng đoàn công tác",
    "làm trưởng đoàn kiểm tra",
    "dẫn đầu",
)

# How a notice says a person gave the meeting's conclusions ("Phát biểu kết luận, Chủ tịch UBND tỉnh X …",
# "X phát biểu kết luận buổi làm việc"): with no chair written, the one who concludes held the meeting.
CONCLUDING_BEFORE_RE: str = r"\s*(?:phát biểu |trong phần |trong )?kết luận\b[^.;:!?]{0,80},\s*"
CONCLUDING_AFTER_RE: str = r"[\s,]*(?:(?:đã|cũng|khi|sau khi|trong)\s+)*(?:phát biểu\s+)?kết luận\b"

# Verbs by which a notice's opening says its first named person held the meeting or led the visit when no
# "chủ trì" is written: "đồng chí X, Phó Chủ tịch UBND tỉnh đã có buổi làm việc với …", "… đã đi kiểm tra
# thực địa …", "… đã thăm và làm việc tại …".
LEADING_VERBS: tuple[str, ...] = (
    "làm việc với",
    "làm việc tại",
    "thăm và làm việc",
    "tiếp và làm việc",
    "kiểm tra thực địa",
    "kiểm tra thực tế",  # "đồng chí X, Giám đốc Sở … đã kiểm tra thực tế Phòng kiểm định …": a field visit he led
    "kiểm tra hiện trường",
    "kiểm tra tình hình",
    "kiểm tra tiến độ",
    "khảo sát thực địa",
    "đối thoại với",
)

# Verbs by which one body hands a task to another: the object acts ("giao Sở Tài chính chủ trì").
DELEGATION_VERBS: tuple[str, ...] = (
    "giao cho",
    "giao",
    "đề nghị",
    "yêu cầu",
    "chỉ định",
    "phân công",
    "ủy quyền",
    "ủy quyền cho",
    "đề nghị cho",
    "chỉ đạo",
    "nhờ",
    # an approval that hands the work to the body approved for it: "Thống nhất để UBND huyện Lý Sơn chủ trì tổ chức
    # Lễ hội …", "Đồng ý để Sở Y tế tổ chức đợt cao điểm …" (an approval of a plan alone is no task: clauses'
    # APPROVAL_OPENERS)
    "thống nhất để",
    "nhất trí để",
    "đồng ý để",
    "đồng ý cho",
    "chấp thuận để",
    "chấp thuận cho",
)
# ...of which these, with an explicit subject, leave the subject as the actor ("Sở X sẽ đề nghị Sở Y cấp ...").
REQUEST_VERBS: tuple[str, ...] = ("đề nghị", "kiến nghị", "xin ý kiến", "báo cáo")

# Phrases that introduce the bodies to coordinate with or to help (kl:supports).
SUPPORT_MARKS: tuple[str, ...] = (
    "phối hợp với",
    "phối hợp cùng",
    "phối hợp chặt chẽ với",
    "phối hợp",
    "kết hợp với",
    "hỗ trợ",
    "giúp",
    "cùng với",
)

# Words after a body's name that make it the acting subject of a task.
ACTION_CUES: tuple[str, ...] = (
    # task verbs of budgets, personnel, works and training ("Sở Tài chính giải ngân …", "Phòng Nội vụ kiện
    # toàn …"); not "đánh giá", "quản lý", "làm việc": after a body they report or describe more often than
    # they task; not "cân đối": "các trạm cân đối chứng" are reference scales
    "nâng cao",
    "vận động",
    "sắp xếp",
    "kiện toàn",
    # a body (or its head) called to account: "Chủ tịch UBND xã A kiểm điểm, báo cáo giải trình …"
    "kiểm điểm",
    "giải trình",
    "bảo đảm",
    "đảm bảo",
    "khảo sát",
    "điều tra",
    "thống kê",
    "giải ngân",
    "quyết toán",
    "thanh toán",
    "bàn giao",
    "liên hệ",
    "nộp",
    "công bố",
    "áp dụng",
    "sơ kết",
    "tổng kết",
    "bồi dưỡng",
    "đào tạo",
    "tập huấn",
    "mua sắm",
    "sửa chữa",
    "nâng cấp",
    "di dời",
    "giải phóng",
    "thẩm tra",
    "củng cố",
    "mở rộng",
    "tạo điều kiện",
    "xác minh",
    "lựa chọn",
    "tuyển chọn",
    "đặt hàng",
    "ký kết",
    "vận hành",
    "tiến hành",
    "kêu gọi",
    "nghiêm túc",
    "tranh thủ",
    "tuyển dụng",
    "bổ nhiệm",
    "đưa",  # "Ủy ban Kiểm tra Tỉnh ủy đưa nội dung này vào chương trình kiểm tra"
    "cần",
    "phải",
    "tiếp tục",
    "khẩn trương",
    "chủ trì",
    "tích cực",
    "quan tâm",
    "sớm",
    "thực hiện",
    "triển khai",
    "có trách nhiệm",
    "chịu trách nhiệm",
    "phối hợp",
    "hỗ trợ",
    "tổ chức",
    "rà soát",
    "tham mưu",
    "xây dựng",
    "hướng dẫn",
    "giúp",
    "sẽ",
    "chủ động",
    "tập trung",
    "nghiên cứu",
    "tăng cường",
    "đẩy mạnh",
    "theo dõi",
    "bổ sung",
    "hoàn thành",
    "hoàn chỉnh",
    "hoàn thiện",
    "báo cáo",
    "chú ý",
    "chú trọng",
    "lưu ý",
    "đôn đốc",
    "kiểm tra",
    "thanh tra",
    "lãnh đạo, chỉ đạo",  # "Huyện ủy A, Huyện ủy B lãnh đạo, chỉ đạo cấp ủy …"
    "giám sát",
    "tiếp thu",
    "cung cấp",
    "trình",
    "đề xuất",
    "lập",
    "phân công",
    "rút kinh nghiệm",
    "quyết liệt",
    "nắm",
    "làm",
    "mở",
    "xem xét",
    "đề nghị",
    "chỉ định",
    "giao",
    "giải quyết",
    "thống nhất",
    "là đầu mối",
    "làm đầu mối",
    # task verbs that open a body's predicate ("Chi cục TĐC kiểm định …", "Trung tâm … chuyển giao …")
    "duy trì",
    "phát động",
    "nhân rộng",
    "đẩy nhanh",
    "chuẩn bị",
    "kết nối",
    "chuyển giao",
    "thẩm định",
    "kiểm định",
    "hiệu chuẩn",
    "bố trí",
    "đặt thêm",  # "UBND phường đặt thêm điểm cân đối chứng tại chợ"
    "lồng ghép",  # "Chi cục Khai thác và Bảo vệ nguồn lợi thủy sản lồng ghép nội dung này vào …"
    "ưu tiên",
    "thu thập",
    "thu hồi",
    "cập nhật",
    "cử",
    "xử lý",
    "tổng hợp",
    "chấn chỉnh",
    "khắc phục",
    "phân bổ",
    "điều chỉnh",
    "tuyên truyền",
    "phổ biến",
    "tiếp nhận",
    "ban hành",
    "tham gia",
    "cân đối, bố trí",  # not "cân đối" alone: "các trạm cân đối chứng"
    "cân đối kinh phí",
    "cân đối nguồn",
    "đăng tải",
    "đăng ký",
    "nghiệm thu",
)
# Words that make a sentence an instruction even without a named subject.
DEONTIC_CUES: tuple[str, ...] = (
    "cần",
    "phải",
    "đề nghị",
    "yêu cầu",
    "giao",
    "tiếp tục",
    "khẩn trương",
    "tập trung",
    "chú ý",
    "chú trọng",
    "quan tâm",
    "tăng cường",
    "đẩy mạnh",
    "sớm",
    "chủ động",
    "lưu ý",
    "phấn đấu",
    "bảo đảm",
    "đảm bảo",
)

# Those of them that are also plain verbs: after a clause in the past ("đã phối hợp kiểm tra, bảo đảm nguồn
# cung") they go on with the report of what was done, not with an instruction.
DEONTIC_PLAIN_VERBS: frozenset[str] = frozenset(
    {"tập trung", "chú trọng", "quan tâm", "tăng cường", "đẩy mạnh", "bảo đảm", "đảm bảo"}
)

# Closing formulas of a notice: no task in them.
CLOSING_FORMULAS: tuple[str, ...] = (
    "trên đây là",
    "rất mong",
    "trân trọng",
    "văn phòng thông báo",
    "xin thông báo",
    "thông báo để",
    "thông báo đến",
)
# ...and what the issuing office writes after its own name to close: "Văn phòng UBND thành phố thông báo để
# các cơ quan, đơn vị liên quan biết, thực hiện" (searched near the start of a short paragraph).
CLOSING_NOTICE_VERBS: tuple[str, ...] = (
    "thông báo để",
    "thông báo đến",
    "thông báo ý kiến kết luận",
    "thông báo kết luận",
)

# The mark that ends a document's text (Nghị định 30/2020/NĐ-CP, "./."; scans and hasty typists leave "/."): the
# paragraph it ends is the body's last, often a closing call to the units addressed ("Yêu cầu các phòng, đơn vị
# nghiêm túc triển khai thực hiện./."), which is theirs, not the last heading's unit's.
BODY_END_MARKS: tuple[str, ...] = ("./.", "/.")

# Headings of a news page that come after the story ("Các tin khác:", "Tin liên quan"): the lists under them
# are links to other stories, never conclusions.
NEWS_STORY_ENDS: tuple[str, ...] = (
    "các tin khác",
    "tin khác",
    "tin liên quan",
    "các tin liên quan",
    "tin cùng chuyên mục",
    "tin cùng loại",
    "bài viết liên quan",
    "các bài viết khác",
    "bài liên quan",
    "xem thêm",
    "tin đã đưa",
    "tin mới hơn",
    "tin cũ hơn",
    "tin mới nhất",
    "tin đọc nhiều",
)

# Labels of a web page's publication stamp and page tools, printed above or below a story or a notice
# posted on a website ("Cập nhật: 08/10/2019 15:32", "Đăng ngày: 14/05/2021 | Người đăng: Quản trị",
# "Lượt xem: 1.245", "Tin: Minh Thư"): a short line opened by one of them is page furniture — its date is when
# the page was posted, not when the meeting was held, and it is never the opening paragraph or a title.
PAGE_STAMP_LABELS: tuple[str, ...] = (
    "cập nhật",
    "ngày cập nhật",
    "cập nhật lúc",
    "đăng ngày",
    "ngày đăng",
    "ngày đăng tin",
    "đăng lúc",
    "thời gian đăng",
    "ngày xuất bản",
    "người đăng",
    "người viết",
    "tác giả",
    "lượt xem",
    "số lượt xem",
    "lượt truy cập",
    "chia sẻ",
    "in trang",
    "in bài",
    "bản in",
    "gửi email",
    "tin",
    "tin và ảnh",
    "tin, ảnh",
    "bài và ảnh",
    "nguồn",
)

# Words that may open a heading naming the body whose tasks are listed under it: "Đối với Sở Tài chính:",
# "Giao Sở Giao thông vận tải:", "Đề nghị Sở Nông nghiệp và Phát triển nông thôn:", "Riêng UBND huyện X:".
UNIT_HEADING_LEADS: tuple[str, ...] = (
    "đối với",
    "riêng",
    "giao",
    "giao cho",
    "đề nghị",
    "yêu cầu",
    "chỉ đạo",
)

# Words after the body that opens an item of the conclusions which make the item a report, not a task: "1.
# Sở Tài chính đã bố trí …", "2. Chi cục TĐC được giao …", "3. Phòng Kinh tế là đầu mối …". Any other word
# there opens the body's task, whether or not it is a known task verb ("Phòng Kinh tế thành phố gửi báo cáo
# …", "Sở Tài chính, Sở Kế hoạch và Đầu tư theo chức năng nhiệm vụ hướng dẫn …").
ITEM_REPORT_WORDS: tuple[str, ...] = (
    "đã",
    "được",
    "bị",
    "là",
    "có",
    "vẫn",
    "chưa",
    "đạt",
    "không",
    "cơ bản",
    "nhìn chung",
    # what a body said or where it lags, under an item's topic ("Về tình hình: Sở Y tế cho biết …", "… còn chậm")
    "cho biết",
    "còn chậm",
    # the meeting's stance on a body's proposal, not a task: "Ban Thường vụ Tỉnh ủy nhất trí với …"
    "nhất trí",
    "thống nhất",
    "đồng ý",
    "ghi nhận",
    "biểu dương",
    "đánh giá cao",
    "trong",
    "năm",
    "quý",
    "tháng",
)

# Words that make the person who opens an item of the conclusions responsible for it: "Bà Y Thương chịu trách
# nhiệm tổng hợp …" (a task of hers, as "Giao bà Y Thương tổng hợp …").
RESPONSIBILITY_CUES: tuple[str, ...] = (
    "chịu trách nhiệm",
    "có trách nhiệm",
    "trực tiếp chỉ đạo",
    "trực tiếp phụ trách",
)

# How a notice names the person who leads a research project or task when asking them to act: "Hội đồng đề
# nghị chủ nhiệm đề tài Đào Minh Hải và Viện Nghiên cứu Hải sản hoàn thiện báo cáo …" (the person acts, with the
# bodies after "và").
PROJECT_LEADERS: tuple[str, ...] = (
    "chủ nhiệm đề tài",
    "chủ nhiệm nhiệm vụ",
    "chủ nhiệm dự án",
    "chủ nhiệm đề án",
    "chủ nhiệm chương trình",
    "chủ nhiệm",
)

# Lead-ins that announce a list of separate tasks ("những nhiệm vụ sau:") rather than the details of one.
TASK_LIST_LEADINS: tuple[str, ...] = (
    "nhiệm vụ sau",
    "nội dung sau",
    "như sau",
    "sau đây",
    "một số nhiệm vụ",
    "các nhiệm vụ",
)

# Words that point back to bodies named earlier in the same sentence: "Phê bình Trung tâm Y tế A và Trung tâm
# Y tế B không cử cán bộ dự họp; yêu cầu hai đơn vị báo cáo …", "giao các đơn vị trên rà soát …". A count
# ("hai", "3") or a demonstrative after the noun ("này", "trên", "nêu trên") makes the phrase a reference;
# "các đơn vị" alone is the usual collective.
ANAPHOR_COUNTS: dict[str, int] = {
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "2": 2,
    "3": 3,
    "4": 4,
    "5": 5,
    "6": 6,
    "02": 2,
    "03": 3,
    "04": 4,
    "05": 5,
    "06": 6,
    "cả hai": 2,
    "cả ba": 3,
}
ANAPHOR_NOUNS: tuple[str, ...] = (
    "đơn vị",
    "cơ quan",
    "địa phương",
    "sở",
    "ngành",
    "sở, ngành",
    "huyện",
    "xã",
)
ANAPHOR_DEMONSTRATIVES: tuple[str, ...] = (
    "này",
    "trên",
    "nêu trên",
    "nói trên",
    "kể trên",
    "đó",
    "nói trên đây",
)

# Words before the signer's name on a signature's line: "(Đã ký)", and the stamp of a digital signature ("Ký
# bởi: Phạm Quốc Dũng", "Người ký: …"). The top-of-page stamp ("Người ký: Văn phòng UBND tỉnh") names an
# office, which is no name and so never a signer.
SIGNER_LABELS: tuple[str, ...] = ("đã ký", "ký bởi", "được ký bởi", "người ký", "ký số bởi")

# Words that number the items of a list in running prose ("Thứ nhất, UBND tỉnh chỉ đạo …", "Hai là, …"): each
# opens an item as "1." would. Not when a date follows ("Thứ hai, ngày 5/10": a weekday).
ORDINAL_ITEM_WORDS: dict[str, int] = {
    "thứ nhất": 1,
    "thứ hai": 2,
    "thứ ba": 3,
    "thứ tư": 4,
    "thứ năm": 5,
    "thứ sáu": 6,
    "thứ bảy": 7,
    "thứ tám": 8,
    "thứ chín": 9,
    "thứ mười": 10,
    "một là": 1,
    "hai là": 2,
    "ba là": 3,
    "bốn là": 4,
    "năm là": 5,
    "sáu là": 6,
    "bảy là": 7,
}

# Labels of the line that states when the meeting was held, in reports and minutes ("Thời gian: 08 giờ 00,
# ngày 05/7/2019."; "I. THỜI GIAN, ĐỊA ĐIỂM" then "- Thời gian: …"). A date after one is the meeting's.
MEETING_TIME_LABELS: tuple[str, ...] = (
    "thời gian",
    "thời gian họp",
    "thời gian tổ chức",
    "thời gian làm việc",
    "thời gian, địa điểm",
    "thời gian và địa điểm",
    # the forms of a council's or a team's record put the meeting's place with its time, named by what is held
    # ("5. Thời gian, địa điểm họp: 8 giờ 00 ngày 18/8/2016 tại …"): the day is the meeting's even when the
    # record is dated the day after
    "thời gian, địa điểm họp",
    "thời gian và địa điểm họp",
    "thời gian, địa điểm tổ chức",
    "thời gian, địa điểm làm việc",
    "thời gian, địa điểm kiểm tra",
    "thời gian, địa điểm hội nghị",
    "thời gian họp, địa điểm họp",
)

# Headings of an appendix printed after the signature ("PHỤ LỤC / PHÂN CÔNG NHIỆM VỤ … (Kèm theo Thông báo số
# …)"): its tasks are the notice's tasks, its lines are no part of the signature.
APPENDIX_HEADINGS: tuple[str, ...] = ("phụ lục", "danh mục nhiệm vụ", "bảng phân công nhiệm vụ")

# Kinds of issuer whose notice means its own units by a bare unit name ("Văn phòng", "Phòng Tổ chức cán bộ",
# "Thanh tra"): a Cục, a provincial BHXH, a hospital, a university, a Chi cục, a centre, a military command.
# For a UBND or its Văn phòng the bare units are those of the Sở the notice is most about, as before.
ISSUERS_OWNING_BARE_UNITS: frozenset[str] = frozenset(
    {
        "department",
        "general-department",
        "ministry",
        "sub-department",
        "treasury",
        "hospital",
        "school",
        "institute",
        "center",
        "military",
        "police",
        "fund",
        "company",
    }
)
# A sentence that only gives the time of the task before it ("Thời gian hoàn thành trong tháng 10/2010.",
# "Thời hạn: trước ngày 15/5.", "Tiến độ: quý IV/2020"): the deadline of that task, not a task of its own.
DEADLINE_SENTENCE_OPENERS: tuple[str, ...] = (
    "thời gian hoàn thành",
    "thời gian thực hiện",
    "thời hạn hoàn thành",
    "thời hạn thực hiện",
    "hạn hoàn thành",
    "thời gian",
    "thời hạn",
    "tiến độ",
    "tiến độ thực hiện",
    "tiến độ hoàn thành",
)
