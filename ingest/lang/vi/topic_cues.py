"""Word lists the topic classifier uses besides the keywords of ``ontology/topics.ttl``.

Sources: the agency heads and name syllables of `agencies.py` (reused, not copied); the
predicate verbs that follow an agency name in the "giao X thực hiện ..." wording of
Nghị định 30/2020/NĐ-CP notices; the purpose connectives of Vietnamese grammar
(Diệp Quang Ban, *Ngữ pháp tiếng Việt*, "quan hệ từ chỉ mục đích").

Data only: `ketluan.ingest.topics` reads these constants.
"""

# Agency heads (keys of agencies.AGENCY_HEADS) that must NOT open a masked agency name for
# topic purposes: their "names" describe an activity that is usually the subject of the task
# ("Hội thi sáng tạo kỹ thuật", "Hội nghị Trung ương", "Trạm kiểm định phương tiện đo").
TOPIC_UNMASKED_HEADS: frozenset[str] = frozenset({"hội", "trạm", "đội", "báo", "công ty", "hợp tác xã"})
# Heads masked as ever, but a name under them that the caller passes and that is itself a strong keyword, read whole, is the
# activity: "bố trí nhân viên bưu chính tại bộ phận tiếp nhận và trả kết quả" (the one-stop desk, a unit the agency finder
# names; round AH W2); not in brackets after its body: "Văn phòng HĐND và UBND phường (bộ phận Một cửa) kiểm tra …" names the
# unit that acts (round 26).
TOPIC_ACTIVITY_NAME_HEADS: frozenset[str] = frozenset({"bộ phận"})

# Heads of names that are masked for topics though the agency finder does not take them for bodies: a
# periodical's title says what it covers, not what the task is ("tuyên truyền trên Tạp chí Quản lý ngân quỹ
# quốc gia" is communication, not finance).
# A zone written with a capital is a place's name ("các doanh nghiệp trong Khu công nghiệp Việt Nam - Singapore và Khu công
# nghiệp Mỹ Phước"): where the task is done, not investment in the zone (round Q1).
TOPIC_EXTRA_HEADS: frozenset[str] = frozenset(
    {"tạp chí", "chuyên san", "tập san", "khu công nghiệp", "khu kinh tế", "khu chế xuất"}
)

# Heads with at least this many syllables are masked even when no capitalised name follows
# ("Ban Chấp hành Trung ương Đảng", "Ủy ban nhân dân"); shorter ones ("Sở", "Phòng",
# "Thanh tra") need a capitalised word after them, so "phòng hiệu chuẩn", "thanh tra chuyên
# ngành" and "phòng, chống tham nhũng" are never taken for agency names.
HEAD_ALONE_MIN_SYLLABLES: int = 3

# Lower-case words that end an agency name in addition to agencies.NAME_STOP_PHRASES:
# task verbs that also occur inside some agency names ("Trung tâm Ứng dụng ...",
# "Trung tâm Kiểm định ...") but, written in lower case right after a name, start the predicate.
TOPIC_NAME_BREAKERS: frozenset[str] = frozenset(
    p.strip()
    for p in """
    đào tạo, bồi dưỡng, tập huấn, chuyển giao, kiểm định, hiệu chuẩn, kiểm nghiệm, thống kê, đổi mới,
    ứng dụng, hỗ trợ, nghiệm thu, tuyên truyền, đăng ký, công bố, quy hoạch, giải ngân, thanh tra,
    xử lý, cấp, cải cách, phổ biến, chuyển đổi, thu thập, điều tra, khảo sát, xét duyệt, bảo hộ,
    quản lý, thanh toán, quyết toán, tuyển dụng, bổ nhiệm, kiện toàn, áp dụng, mở, đưa, viết, lập,
    dự thảo, hoàn chỉnh, tiếp nhận, thu hồi, vận hành, sớm, nâng cao, nhân rộng, kiểm soát, kiểm dịch,
    phát hành, kiểm điểm, công khai,
    thông tin hằng ngày, thông tin hàng ngày, thông tin thường xuyên, thông tin liên tục, thông tin kịp thời
    """.split(",")
    if p.strip()
)
# ("kiểm điểm" opens a body's self-review of a failing: "Phòng Công Thương kiểm điểm việc vắng họp không lý do", round AD W1;
# "kiểm" is a syllable of names, "Viện Kiểm sát"; "công khai" makes public: "Sở Xây dựng công khai danh sách …", "công" being a
# syllable of names, "Sở Công Thương", round AG W2)
# (the last line: "thông tin" is also the verb "to inform", which a broadcaster's task opens with: "Đài Phát thanh và
# Truyền hình Bến Tre thông tin hằng ngày về độ mặn" — round W2; "Trung tâm Thông tin" keeps its capital)

# Connectives that open a purpose or goal clause ("..., nhằm nâng cao chất lượng ...",
# "... để làm cơ sở ...", "... phục vụ xây dựng Trạm ..."). Keywords inside such a clause
# say why the task is done, not what it is, so they only count as weak evidence.
PURPOSE_MARKERS: frozenset[str] = frozenset(
    {
        "nhằm",
        "để",
        "phục vụ",
        "góp phần",
        "bảo đảm",
        "đảm bảo",
        "hướng tới",
        "làm cơ sở",
        "tạo cơ sở",
        "tạo điều kiện",
    }
)

# Phrases that name a kind of work (the topic on the right) and open its object, up to the end of the clause:
# "tuyên truyền về quyền của người tiêu dùng, cách sử dụng cân đối chứng", "bố trí kinh phí cho việc kiểm định
# thiết bị", "ban hành nghị quyết chuyên đề về ứng dụng khoa học và công nghệ". When the task is that work (its
# topic fired), the keywords of other topics inside the object say what the work is about, not what the task is
# (rule 10 of ketluan.ingest.topics): a radio station broadcasting about scales does no calibration work, a
# finance office funding calibration does none either. A specialised body's own campaign ("Chi cục … tuyên
# truyền về đo lường") keeps its subject: there the propaganda is weak evidence and does not fire.
# The source of the money ("từ nguồn kinh phí khuyến nông", "từ nguồn khuyến công, khuyến nông") names a budget
# line, not what the funding task is about; what is bought with it ("kinh phí mua sắm thiết bị, chữ ký số, cân
# đối chứng") is equipment for others' work (gold of rounds W, G, I agrees). The subject of standards ("các tiêu
# chuẩn về đo lường, thiết bị đo") is what the standards cover.
WORK_OBJECT_MARKERS: dict[str, str] = {
    "tuyên truyền": "communication",
    "quảng bá": "communication",
    "đưa tin": "communication",
    "truyền thông về": "communication",
    # informing the public about something: "tăng cường thông tin cho khách hàng về … cách tra cứu chỉ số công tơ" is outreach,
    # not metrology (rounds 5, AD W2)
    "tăng cường thông tin": "communication",
    # what a share of the budget is set aside for is what it pays for, not what the funding task is (round T): "bố trí
    # tối thiểu 3% tổng chi ngân sách … cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"
    "chi ngân sách": "finance",
    # "thẩm định dự toán kinh phí tổ chức Lễ khai trương" pays for the event, it does not hold it
    "kinh phí tổ chức": "finance",
    # so does money named with what it settles, trains or carries out: "bố trí kinh phí giải quyết chế độ, chính sách cho cán
    # bộ dôi dư", "quyết toán kinh phí đào tạo nghề năm 2011", "lập dự toán kinh phí thực hiện sắp xếp đơn vị hành chính"
    # are budget work (seed 001: "cấp bổ sung kinh phí sự nghiệp khoa học" is finance alone; rounds W1, W3)
    "kinh phí giải quyết": "finance",
    "kinh phí đào tạo": "finance",
    "kinh phí thực hiện": "finance",
    # ... or with whose operations it pays for: "bố trí kinh phí hỗ trợ hoạt động của Ban Chỉ đạo và các lực lượng trực tiếp
    # làm nhiệm vụ chống buôn lậu" funds the forces, it fights no smuggling (round AJ W1). Not any "kinh phí hỗ trợ": the gold
    # of rounds 3, 4 and 5 keeps the field of what the support buys ("kinh phí hỗ trợ mua sắm 03 cân đối chứng" is metrology too)
    "kinh phí hỗ trợ hoạt động": "finance",
    "kinh phí hoạt động": "finance",
    # the device a radiation licence covers is what is licensed: "gia hạn giấy phép tiến hành công việc bức xạ đối với 03
    # thiết bị đo độ dày giấy" is no metrology work
    "bức xạ đối với": "radiation-safety",
    "cho việc": "finance",
    "cho nhiệm vụ": "finance",
    "cho các nhiệm vụ": "finance",
    "cho công tác": "finance",
    "từ nguồn": "finance",
    "từ các nguồn": "finance",
    "kinh phí mua sắm": "finance",
    "chi phí": "finance",
    "nghị quyết chuyên đề": "party-affairs",
    "tiêu chuẩn về": "standards-quality",
    "tcvn về": "standards-quality",
    # a fair that shows products says what is on show, not what the task is: "tổ chức các hội chợ, phiên chợ giới thiệu
    # sản phẩm OCOP" is an event, not product certification
    "hội chợ giới thiệu": "events",
    # what a review conference reviews is its object: "tổ chức tổng kết Kế hoạch giai đoạn 2011 - 2015" holds a conference, the
    # plan's name is no planning (round AJ W3)
    "tổ chức tổng kết": "events",
    "tổ chức sơ kết": "events",
    "phiên chợ giới thiệu": "events",
    "gian hàng giới thiệu": "events",
    # what a complaint or a denunciation is about says what is disputed, not what the inspectorate's task is: "giải quyết
    # dứt điểm vụ khiếu nại của bà X liên quan bồi thường khi thu hồi đất thực hiện dự án" is complaint work (round Q3)
    "vụ khiếu nại": "inspection",
    "đơn khiếu nại": "inspection",
    "vụ việc khiếu nại": "inspection",
    "nội dung khiếu nại": "inspection",
    "đơn tố cáo": "inspection",
    "vụ tố cáo": "inspection",
    "nội dung tố cáo": "inspection",
    # so is what a letter of complaint concerns: "giải quyết kịp thời đơn thư liên quan đến người ứng cử" is complaint work, not
    # the vetting of candidates (round U2)
    "đơn thư": "inspection",
    # what the loans a bank puts first are for is the borrowers' field, the bank's task is credit: "chỉ đạo các tổ chức tín
    # dụng ưu tiên cho vay phát triển nông nghiệp ứng dụng công nghệ cao" is finance alone (round AB W1); a fund's own loans
    # keep their field ("giải ngân vốn cho vay các dự án hạ tầng", "cho vay ưu đãi đối với dự án đổi mới công nghệ": rounds)
    "ưu tiên cho vay": "finance",
    # what a database is "về" is its content, not the unit's work: "nâng cấp cơ sở dữ liệu về giải ngân vốn đầu tư công" is
    # data work (round AB W1)
    "cơ sở dữ liệu về": "statistics",
    # what a false post says is its content, not the work of those who deal with it: "xác minh, xử lý các trường hợp đăng tải
    # thông tin sai sự thật về sắp xếp tổ chức bộ máy" is enforcement, no staffing (round AH W2)
    "thông tin sai sự thật": "inspection",
    "tin giả": "inspection",
    # what a fair shows is on show, as with "hội chợ giới thiệu": "tổ chức Hội chợ sản phẩm OCOP và hàng Việt" is an event,
    # not OCOP ranking (round AF W3)
    "tổ chức hội chợ": "events",
    "hội chợ sản phẩm": "events",
    # what a disaster response plan covers is what it protects, no works built: "rà soát, cập nhật phương án ứng phó thiên tai
    # cho công trình và vùng hạ du đập các hồ …" is planning alone (round AN W2)
    "phương án ứng phó": "planning",
}

# Heads of a body's name that a keyword may run into: the keyword gives to the body what it is named for (rule 2 of
# ketluan.ingest.topics). A fund receives money: "vận động các tổ chức, cá nhân ủng hộ Quỹ \"Đền ơn đáp nghĩa\"", "đóng góp Quỹ
# \"Vì người nghèo\"" are donations (finance: "ủng hộ quỹ", "đóng góp quỹ"), though the fund's name is masked (round AK W3).
# Other names a keyword runs into stay masked: "Giao Ban Kinh tế - Ngân sách …" holds no briefing.
NAME_HEADS_GIVEN_TO: frozenset[str] = frozenset({"quỹ"})

# A heading that opens with the occasion it prepares ("Để tổ chức các hoạt động kỷ niệm …, yêu cầu các sở, ngành thực hiện:",
# "Nhằm chuẩn bị tốt Lễ …, đề nghị:") says, up to its request, why the items below are done: the occasion's form of work (events)
# is not given to a neutral item, whose own words say what it is (rule 8 of ketluan.ingest.topics; round AK W3, round 21). A
# goal the items serve ("Để lễ hội … diễn ra an toàn, …") is not such an opener: its items are the festival's (round 13).
LEAD_IN_PURPOSE_OPENERS: tuple[str, ...] = ("để tổ chức", "nhằm tổ chức", "để chuẩn bị", "nhằm chuẩn bị")
LEAD_IN_REQUESTS: tuple[str, ...] = ("yêu cầu", "đề nghị", "giao", "chỉ đạo", "kết luận", "thống nhất")

# Characters that close a clause (and so a purpose clause).
CLAUSE_END: frozenset[str] = frozenset(";.!?\n")

# A purpose marker followed by one of these words states a requirement of the task itself, not why it is
# done: "bố trí công chức … bảo đảm đủ số lượng, đúng vị trí việc làm" is about staffing.
PURPOSE_NOT_BEFORE: frozenset[str] = frozenset({"đủ", "đúng"})
# ... only for these markers ("để đủ điều kiện cấp phép" is a purpose).
PURPOSE_MARKERS_OF_REQUIREMENT: frozenset[str] = frozenset({"bảo đảm", "đảm bảo"})

# Lower-case words that continue a body's name between its head and a capitalised word, like "và":
# "Công đoàn các KCN", "Ban Quản lý các Khu công nghiệp".
NAME_LINKERS: frozenset[str] = frozenset({"và", "các"})

# Words right before a body's name that make working with that body the task itself ("làm việc với Cục Sở
# hữu trí tuệ để được hướng dẫn …"): when nothing else in the task, nor its heading, says what it is about,
# the field in that body's name does (weak evidence, rule 9 of ketluan.ingest.topics). "phối hợp với" is not
# one: the partner's field is not the work ("phối hợp với Ban Quản lý các Khu công nghiệp rà soát quỹ đất").
NAME_FIELD_LINKS: frozenset[str] = frozenset({"làm việc với", "liên hệ với", "liên hệ", "trao đổi với"})
# ... and a dossier sent to a body (a word of `DOSSIER_WORDS` before one of `DOSSIER_FIELD_LINKS` and the name) is for
# that body's field when nothing else says what it is: "hoàn chỉnh hồ sơ, tờ trình, trình UBND tỉnh ký gửi Ban Thi đua -
# Khen thưởng Trung ương" is a reward's dossier (round AI W1). Other papers sent say nothing of their subject: "lập danh
# sách các doanh nghiệp nợ …, gửi Ban Quản lý các khu công nghiệp" (round 11), "giải trình … lý do vắng giao ban, gửi
# Phòng Tổ chức cán bộ" (round 3); a body of several fields, or one whose field is excluded ("Sở Tài chính"), gives none.
DOSSIER_FIELD_LINKS: frozenset[str] = frozenset({"gửi", "gửi về", "ký gửi"})
DOSSIER_WORDS: frozenset[str] = frozenset({"hồ sơ", "tờ trình"})

# Words right before a body's name that make the body what the task creates: its name is not masked, its field is what
# the task is about ("hoàn thiện Đề án thành lập Trung tâm Đổi mới sáng tạo tỉnh", "thành lập Trạm kiểm định"); so is a team
# the task is to lead, named for its work ("Sở Y tế chủ trì Đoàn kiểm tra liên ngành vệ sinh an toàn thực phẩm"), and one
# the task consolidates or runs ("kiện toàn Tổ công nghệ số cộng đồng ở 100% xã": digital transformation's grassroots teams;
# "vận hành Trung tâm Điều hành thông minh (IOC) tỉnh": round AD W1).
NAME_OF_CREATED: frozenset[str] = frozenset(
    {
        "thành lập",
        "thành lập mới",
        "thành lập ngay",
        "đề án thành lập",
        "tái thành lập",
        "chủ trì",
        "kiện toàn",
        "vận hành",
        # run well: "vận hành hiệu quả Trung tâm giám sát, điều hành thông minh của tỉnh" (round AH W2)
        "vận hành hiệu quả",
        "vận hành có hiệu quả",
    }
)

# Phrases after which the next words name the field a procedure or a body belongs to, not what the task
# is about: "cập nhật 26 thủ tục hành chính lĩnh vực tiêu chuẩn đo lường chất lượng" is administrative
# reform, not metrology; "phối hợp với cơ quan thanh tra chuyên ngành về đo lường kiểm tra …" names
# the partner by its field.
DOMAIN_OPENERS: frozenset[str] = frozenset(
    {
        "thủ tục hành chính lĩnh vực",
        "thủ tục hành chính thuộc lĩnh vực",
        "thủ tục hành chính trong lĩnh vực",
        "thủ tục hành chính về lĩnh vực",
        "tthc lĩnh vực",
        "tthc thuộc lĩnh vực",
        "tthc trong lĩnh vực",
        "cơ quan thanh tra chuyên ngành về",
        "cơ quan quản lý chuyên ngành về",
        # the field an official is put in charge of: "phân công công chức phụ trách khoa học và công nghệ, tiêu
        # chuẩn đo lường chất lượng" is staffing, not metrology
        "công chức phụ trách",
        "cán bộ phụ trách",
        "viên chức phụ trách",
        "người phụ trách",
        "công chức theo dõi",
        # the field an official works in full-time: "đào tạo đội ngũ công chức chuyên trách chuyển đổi số cấp xã"
        "công chức chuyên trách",
        "cán bộ chuyên trách",
        "cán bộ theo dõi",
        "phụ trách lĩnh vực",
        "theo dõi lĩnh vực",
        # what a software platform manages: "hoàn thiện Nền tảng số quản lý phương tiện đo" is digital work
        "nền tảng số quản lý",
        "nền tảng quản lý",
        # the field an official is trained in says whom a body sends, not what the task is: "điều động, biệt phái công
        # chức có chuyên môn xây dựng, tài chính về các xã còn thiếu" is staffing (round W1)
        "công chức có chuyên môn",
        "viên chức có chuyên môn",
        # what has an impact is the object assessed, not the work: "đánh giá tác động của đường nhập lậu đối với vùng nguyên
        # liệu mía" is no enforcement (round AJ W1)
        "tác động của",
        "ảnh hưởng của",
    }
)

# The occasion a task is done on is its time, not an event to organise nor the task's subject: "bảo đảm an ninh, trật
# tự trong dịp lễ Quốc khánh 2/9 và các sự kiện văn hóa, du lịch trên địa bàn" (round W1). Its words are masked like
# the field after a `DOMAIN_OPENERS` phrase, to the same stops.
OCCASION_OPENERS: frozenset[str] = frozenset({"trong dịp", "nhân dịp", "vào dịp", "trong thời gian diễn ra"})
# ... over these words too, and up to this many words: one occasion is often two ("lễ Quốc khánh 2/9 và các sự kiện")
OCCASION_LINKERS: frozenset[str] = frozenset({"và"})
OCCASION_MAX_WORDS: int = 12
# The field named after a `DOMAIN_OPENERS` phrase ends at punctuation other than a comma or a dash,
# at one of these words (prepositions and the verbs a task goes on with), or after this many words.
DOMAIN_STOPS: frozenset[str] = frozenset(
    {
        "trên",
        "tại",
        "cho",
        "của",
        "theo",
        "để",
        "nhằm",
        "đến",
        "lên",
        "với",
        "từ",
        "thuộc",
        "được",
        "đã",
        "đang",
        "sẽ",
        "còn",
        "kiểm tra",
        "phối hợp",
        "thực hiện",
        "triển khai",
        "trình",
        "gửi",
        "bảo đảm",
        "đảm bảo",
        "hoàn thành",
        "trước",
        "trong",
        # "bổ sung cán bộ chuyên trách làm công tác đảng": what the official does is the task's subject
        "làm",
    }
)
DOMAIN_MAX_WORDS: int = 8

# A legal document cited as the basis of the task ("xử phạt … theo Nghị định số 54/2009/NĐ-CP … quy định xử phạt vi
# phạm hành chính trong lĩnh vực đo lường và chất lượng sản phẩm, hàng hóa") says by which rules the task is done, not
# what it is about: the words of its title are masked like a body's name. Only a citation after one of
# `LEGAL_REFERENCE_OPENERS` is: "triển khai Luật Chất lượng sản phẩm, hàng hóa" makes the law the task's object, and its
# subject stays. The document is a `LEGAL_DOCUMENT_HEADS` word written with a capital (Nghị định 30/2020/NĐ-CP, Phụ lục
# I: "Nghị định", "Thông tư" … name a document; "quyết định" in lower case is a verb) followed by "số", a number or a
# capitalised name ("Luật Đo lường"). The title runs to the end of the clause, or to a comma after which the task goes
# on with one of `LEGAL_TITLE_STOPS`, a `DOMAIN_STOPS` word or a `TOPIC_NAME_BREAKERS` verb (", trình UBND tỉnh …",
# ", kiểm định cân …").
LEGAL_REFERENCE_OPENERS: frozenset[str] = frozenset(
    {
        "theo",
        "theo các",
        "theo quy định tại",
        "theo quy định của",
        "theo đúng",
        "căn cứ",
        "căn cứ vào",
        "quy định tại",
        "tại",
        "được quy định tại",
    }
)
LEGAL_DOCUMENT_HEADS: frozenset[str] = frozenset(
    {
        "luật",
        "bộ luật",
        "pháp lệnh",
        "nghị định",
        "thông tư",
        "thông tư liên tịch",
        "quyết định",
        "chỉ thị",
        "nghị quyết",
        "công văn",
    }
)
LEGAL_TITLE_STOPS: frozenset[str] = frozenset(
    {"báo cáo", "đồng thời", "kịp thời", "xử lý", "kiểm tra", "tổ chức"}
)

# Two-syllable words whose second syllable is an agency head (`agencies.AGENCY_HEADS`): written before a capitalised
# word, that syllable opens no body's name ("Chuẩn bị các điều kiện phục vụ Kỳ họp thứ ba" is about the session,
# "tại các cơ sở X-quang" about the X-ray rooms, "nhiệm vụ Khoa học" about the task). Folded to lower case.
HEAD_COMPOUNDS: frozenset[tuple[str, ...]] = frozenset(
    tuple(w.split())
    for w in """
    phục vụ, nhiệm vụ, dịch vụ, thời vụ, mùa vụ, nghĩa vụ, chức vụ, nghiệp vụ, sự vụ,
    cơ sở, trụ sở, dự phòng, đề phòng, tiêm phòng, bố cục, kết cục, đại cục,
    cán bộ, toàn bộ, đồng bộ, sơ bộ, tiến bộ, nội bộ, thị trường, môi trường, hiện trường, công trường,
    quảng trường, chiến trường, lập trường, chuyên khoa, đa khoa, nha khoa, giáo khoa, ngân quỹ
    """.replace("\n", " ").split(",")
    if w.strip()
)

# A ``kl:otherSenseCue`` that ends in one of these words asks people to refrain from what follows it ("vận động nhân dân
# không …"): in its clause even a strong keyword of the concept is the message, not the task ("… không tiếp tay cho các đối
# tượng buôn lậu" is outreach, round AE W2). Cues of a context ("xe cơ giới" beside "kiểm định") only drop weak keywords.
REFRAIN_WORDS: frozenset[str] = frozenset({"không"})

# A body's name found by the caller that ends in the first syllable of one of these words is no name: the word runs on past
# it. "tổ chức các hội nghị tiếp xúc cử tri" holds a meeting; the collective "các hội" (associations) the agency finder reads
# there ends inside "hội nghị" (round AE W3). Each entry is the head's last syllable and the syllable after it.
MASK_COMPOUND_TAILS: frozenset[tuple[str, str]] = frozenset(
    (w.split()[0], w.split()[1])
    for w in """
    hội nghị, hội thảo, hội chợ, hội thi, hội đàm, hội diễn, hội thao, hội khỏe, hội trại, hội ý
    """.replace("\n", " ").split(",")
    if w.strip()
)

# A purpose connective of `PURPOSE_MARKERS_OF_REQUIREMENT` right after one of these words, or opening a clause, is a
# second task joined to the first, not why it is done: "chỉ đạo công tác kiểm định, hiệu chuẩn trang thiết bị y tế và
# bảo đảm an toàn bức xạ" asks for radiation safety as much as for calibration.
# Nor is one after a negation: "kiên quyết xử lý trường hợp không bảo đảm điều kiện PCCC, báo cáo về Sở" names cases that fail
# a requirement, and the report after it closes the task (round AD W2).
PURPOSE_NOT_AFTER: frozenset[str] = frozenset({"và", "đồng thời", "không", "chưa"})

# How many words may stand between "bảo đảm"/"đảm bảo" and a `PURPOSE_NOT_BEFORE` word for the phrase to state a
# requirement of the task: "bảo đảm vải xuất khẩu đúng chỉ dẫn địa lý" is what the task must achieve.
PURPOSE_REQUIREMENT_WINDOW: int = 3

# Drafting a plan of action that is then submitted for approval ("rà soát, xây dựng Phương án phòng, chống hạn hán …,
# trình Ủy ban nhân dân tỉnh trước ngày 20/01/2026") is planning work: the phrase on the left counts as a weak keyword
# of the topic on the right when a `SUBMISSION_VERBS` word followed by a capitalised name or "cấp" (the approving body)
# comes later in the same clause. Without the submission the "phương án" is how a job will be done ("lập phương án xử lý
# dứt điểm các điểm sạt lở", "chuẩn bị phương án bảo vệ sản xuất lúa"), not a plan (gold of rounds 2-4 agrees).
SUBMITTED_DRAFTS: dict[str, str] = {
    "xây dựng phương án": "planning",
    "lập phương án": "planning",
    "chuẩn bị phương án": "planning",
    "bổ sung phương án": "planning",
    "xây dựng, bổ sung phương án": "planning",
    "xây dựng, ban hành phương án": "planning",
    "hoàn chỉnh phương án": "planning",
    "hoàn thiện phương án": "planning",
    "điều chỉnh phương án": "planning",
}
# A submitted draft named with the period it covers is a plan for that period, strong beside the task's subject: "hoàn chỉnh
# Phương án PCCCR mùa khô 2025 - 2026 của tỉnh, trình UBND tỉnh phê duyệt; tham mưu kiện toàn Ban Chỉ đạo" (round AF W2), as
# "kế hoạch năm" is. One of these words between the draft and the submission, in its clause, names the period.
SUBMITTED_DRAFT_PERIODS: tuple[str, ...] = ("mùa khô", "mùa mưa", "mùa mưa bão", "giai đoạn", "năm")
# ... but a unit's financial-autonomy scheme for its stable period is the finance instrument it asks for (Nghị định
# 60/2021/NĐ-CP, Điều 35-36: "phương án tự chủ tài chính" of a public service unit), no plan of activities: "xây dựng phương án
# tự chủ tài chính giai đoạn 2020 - 2022, trình Sở" (round 18's gold: finance). The draft followed by these stays weak.
SUBMITTED_DRAFT_NOT_PERIODIC: tuple[str, ...] = ("tự chủ", "giao quyền tự chủ")
SUBMISSION_VERBS: frozenset[str] = frozenset({"trình"})
# Rule 16 of ketluan.ingest.topics: a plan drafted and then submitted or sent to a body is planning work beside what the
# plan is of, whatever its kind: "xây dựng kế hoạch kiểm định, hiệu chuẩn năm 2019, trình Giám đốc Sở", "xây dựng kế hoạch
# thay thế, kiểm định lại các công tơ …, gửi về Sở", "xây dựng Kế hoạch thanh tra năm 2024, trình Giám đốc Sở phê duyệt"
# (gold of the notices, rounds 5, 8, 14, 16, Y3, Z2). A `SUBMITTED_PLANS` phrase followed in its clause by one of
# `PLAN_SUBMISSION_VERBS` and a capitalised name or "cấp" is a strong keyword of planning. A plan of one piece of work
# kept by the unit ("lập kế hoạch hiệu chuẩn các thiết bị đo …; hoàn thành trong quý II", "xây dựng kế hoạch thi tuyển
# viên chức năm 2012") is that work, as "kế hoạch kiểm tra" is (the excludes of klt:planning: rounds 3, 4, 5, Z1, Z2).
SUBMITTED_PLANS: tuple[str, ...] = (
    "xây dựng kế hoạch",
    "lập kế hoạch",
    "hoàn chỉnh kế hoạch",
    "hoàn thiện kế hoạch",
    "xây dựng hoàn chỉnh kế hoạch",
    "dự thảo kế hoạch",
    "ban hành kế hoạch",
    "xây dựng, ban hành kế hoạch",
    "điều chỉnh kế hoạch",
    "cập nhật kế hoạch",
)
PLAN_SUBMISSION_VERBS: tuple[str, ...] = ("trình", "gửi về", "gửi")
# A plan of checks or inspections submitted is the inspectorate's own programme of work, not planning ("xây dựng kế hoạch
# kiểm tra nhà nước về đo lường …, trình Chi cục trưởng", "hoàn chỉnh kế hoạch thanh tra năm 2016 trình Giám đốc Sở": gold of
# rounds 6, 7, 10, 12; round 5 and 8 count some as planning); so is an emergency response plan, the safety instrument of its
# field (Luật Năng lượng nguyên tử 2008, Điều 83: "kế hoạch ứng phó sự cố bức xạ": "xây dựng Kế hoạch ứng phó sự cố bức xạ
# và hạt nhân cấp tỉnh" is radiation safety alone, round 13): rule 16 leaves a plan named by these words to the excludes.
# The plan of an event takes its topic from the event, as "kế hoạch tổ chức hội nghị" is excluded from planning: "xây dựng
# Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện, trình Trưởng phòng" is the contest (round AB W3; seed 002 gives
# "Dự thảo kế hoạch tổ chức hội nghị sơ kết …, trình Lãnh đạo Sở" no planning). A recruitment plan submitted stays
# planning beside staffing (round 14's gold: "hoàn chỉnh Kế hoạch tuyển dụng công chức cấp xã năm 2010, trình UBND huyện").
SUBMITTED_PLAN_NOT_OF: tuple[str, ...] = (
    "kiểm tra",
    "thanh tra",
    "ứng phó",
    "tổ chức hội thi",
    "tổ chức cuộc thi",
    "tổ chức kỳ thi",
    "tổ chức lễ",
    "tổ chức hội nghị",
    "tổ chức hội thảo",
    "tổ chức ngày hội",
    "tổ chức hội diễn",
    "tổ chức liên hoan",
    "tổ chức hội chợ",
    "tổ chức triển lãm",
    "tổ chức giải",
    "tổ chức lễ hội",
)
# Syllables before "trình" that make it part of another word: "chương trình", "quy trình", "công trình", "lộ trình".
NOT_SUBMISSION_AFTER: frozenset[str] = frozenset(
    {"chương", "quy", "công", "lộ", "tiến", "hành", "giải", "đệ", "phiên", "hải", "hiển"}
)

# A periodic report is reporting work even inside a subject task (as "báo cáo quý", "báo cáo 6 tháng" are keywords): the
# word of `REPORT_NOUNS` followed, in its clause and within `REPORT_PERIOD_WINDOW` words, by a period of
# `REPORT_PERIODS` ("#" stands for a number): "Tổng hợp báo cáo CCHC quý I của thành phố gửi Sở Nội vụ", "hoàn thành
# báo cáo hoạt động chuyên môn 9 tháng đầu năm". The words between stop at a capitalised word (the body), at one of
# `REPORT_RECIPIENT_ACRONYMS`, and at a word of `REPORT_GAP_STOPS` (the date or the addressee follows): a report sent to
# a body is the closing report below. A meeting's name is no period: "báo cáo giao ban tháng 6" has none of these.
REPORT_NOUNS: tuple[str, ...] = ("báo cáo",)
REPORT_PERIODS: tuple[str, ...] = (
    "quý i",
    "quý ii",
    "quý iii",
    "quý iv",
    "quý #",
    "# tháng",
    "tháng đầu năm",
    "tháng cuối năm",
    "hằng tháng",
    "hằng quý",
    "hàng tháng",
    "hàng quý",
    # a weekly report is a regime too, as a monthly one is: "tổng hợp báo cáo tình hình giải ngân định kỳ hằng tuần" (round AC W1)
    "hằng tuần",
    "hàng tuần",
    # justice and enforcement bodies count their year from 1 October: "tổng hợp báo cáo kết quả năm công tác 2019 gửi UBND
    # tỉnh" is the year's report (round AB W2)
    "năm công tác",
)
REPORT_PERIOD_WINDOW: int = 8
# ... and written before the report noun, as a reporting regime is set up: "định kỳ hằng tuần báo cáo UBND Thành phố tiến độ
# GPMB", "định kỳ ngày 20 hằng tháng báo cáo kết quả về Sở", "hằng quý báo cáo Sở Nội vụ" (round AC W1). The period is one
# of `REPORT_RECURRENCE_EVERY` and a unit of `REPORT_RECURRENCE_UNITS`, or `REPORT_RECURRENCE_LEAD` and up to
# `REPORT_RECURRENCE_WINDOW` words ("định kỳ ngày 25 hằng thảng báo cáo", with an OCR copy's typo; "định kỳ 6 tháng một lần
# báo cáo"; "định kỳ 5 ngày một lần tổng hợp báo cáo UBND tỉnh", round AN W2); the report noun follows with no punctuation between: "… theo kế hoạch hằng năm, báo cáo …" names the plan's
# period, not the report's.
REPORT_RECURRENCE_LEAD: str = "định kỳ"
REPORT_RECURRENCE_WINDOW: int = 6
REPORT_RECURRENCE_EVERY: tuple[str, ...] = ("hằng", "hàng")
REPORT_RECURRENCE_UNITS: tuple[str, ...] = ("tuần", "tháng", "quý", "năm", "6 tháng")
REPORT_RECIPIENT_ACRONYMS: frozenset[str] = frozenset({"ubnd", "hđnd", "bcđ", "btv", "bch", "ttg"})
REPORT_GAP_STOPS: frozenset[str] = frozenset(
    {"gửi", "trình", "trước", "trong", "lên", "về", "cho", "tại", "ngày", "và"}
)

# A report that closes the task is reporting work beside the task's subject (strong): a clause opening with a report
# noun (after ";", ",", "và" or at the start, maybe after one of `CLOSING_REPORT_LEADS`), then maybe what is reported
# (`CLOSING_REPORT_OBJECTS`), then the body it goes to (a capitalised word, straight after or after one of
# `CLOSING_REPORT_TO` within `CLOSING_REPORT_WINDOW` words) or when (`CLOSING_REPORT_WHEN`): "…; báo cáo Giám đốc Sở
# trước ngày 15/6/2016", "…, báo cáo kết quả thí điểm về Tổng cục", "…, báo cáo kết quả trong quý IV/2013". The gold
# of rounds 3-4 left it out; every set written since (rounds 5-12, round W's three) has it, and so do analysts asking
# "what must be reported, and by when". A report that is the object of other work ("hoàn thiện báo cáo tự đánh
# giá", "nghe báo cáo") opens no clause, and a report for a purpose ("để báo cáo …") is no task.
CLOSING_REPORT_LEADS: tuple[str, ...] = ("tổng hợp", "gửi", "kịp thời", "tổng hợp và", "kết quả")
CLOSING_REPORT_OBJECTS: tuple[str, ...] = (
    "kết quả thực hiện",
    "kết quả",
    "tiến độ thực hiện",
    "tiến độ",
    "tình hình thực hiện",
    "tình hình",
    "số liệu",
    "bằng văn bản",
)
CLOSING_REPORT_TO: tuple[str, ...] = ("về", "lên", "gửi", "cho")
CLOSING_REPORT_WINDOW: int = 5
CLOSING_REPORT_WHEN: tuple[str, ...] = ("trước", "trong", "chậm nhất", "định kỳ", "hằng", "hàng")

# Rule 14 of ketluan.ingest.topics: following up a Kết luận — the document an inspection or a check ends with (Luật
# Thanh tra 2022, Điều 104-106: "theo dõi, đôn đốc, kiểm tra việc thực hiện kết luận thanh tra") — is inspection work:
# "Thanh tra Sở có trách nhiệm theo dõi, đôn đốc việc thực hiện Kết luận này" (round X1). The document is named with a
# capital ("Kết luận"); a meeting notice's own conclusions are written in lower case ("Văn phòng HĐND và UBND quận theo
# dõi, đôn đốc việc thực hiện kết luận này", round 12: reporting, no inspection), so only the capitalised name counts.
# A verb of follow-up (`CONCLUSION_FOLLOW_UP_VERBS`, several joined by commas or "và"), then `CONCLUSION_FOLLOW_UP_LINKS`,
# then the capitalised `CONCLUSION_DOCUMENT`.
CONCLUSION_FOLLOW_UP_VERBS: tuple[str, ...] = ("theo dõi", "đôn đốc", "kiểm tra", "giám sát")
CONCLUSION_FOLLOW_UP_LINKS: tuple[str, ...] = ("việc thực hiện", "thực hiện", "việc thực hiện các nội dung")
CONCLUSION_DOCUMENT: str = "Kết luận"

# Old spellings of a syllable, read as today's wherever topic words are matched (rule 1): notices before the 2010s, and
# some since, write "qui hoạch", "qui định", "qui chế", "quĩ", "kĩ thuật", "quản lí", "kì họp" for "quy hoạch", "quy định",
# "quy chế", "quỹ", "kỹ thuật", "quản lý", "kỳ họp" (Quy định về chính tả 1984 allowed both "i" and "y" after a consonant;
# after "qu" the "y" is the modern norm). Lower case, NFC; each pair has the same length, so offsets stay valid.
OLD_SPELLING_SYLLABLES: dict[str, str] = {
    "qui": "quy",
    "quí": "quý",
    "quì": "quỳ",
    "quỉ": "quỷ",
    "quĩ": "quỹ",
    "quị": "quỵ",
    "kĩ": "kỹ",
    "kí": "ký",
    "kì": "kỳ",
    "kỉ": "kỷ",
    "lí": "lý",
    "mĩ": "mỹ",
}

# Rule 15 of ketluan.ingest.topics: a sum of money allotted is finance work whatever it is spent on (Luật Ngân sách nhà
# nước 2015, Điều 4: "phân bổ", "bố trí" dự toán): "tham mưu UBND huyện bố trí 150 triệu đồng sửa chữa nhà lồng chợ",
# "cân đối, bố trí 150 triệu đồng từ nguồn kích cầu", "cấp bổ sung 2 tỷ đồng" (round Y). A verb of allotting
# (`MONEY_ALLOTTING_VERBS`), at most `MONEY_ALLOTTING_GAP` words, then an amount: a number and a unit of
# `MONEY_UNITS`. A fine of so much ("xử phạt 15 triệu đồng") has no such verb.
MONEY_ALLOTTING_VERBS: tuple[str, ...] = (
    "bố trí",
    "cân đối",
    "phân bổ",
    "cấp bổ sung",
    "cấp",
    "trích",
    "tạm ứng",
    "giải ngân",
    "chi",
    "hỗ trợ kinh phí",
)
MONEY_ALLOTTING_GAP: int = 2
# the unit says money: "triệu", "tỷ" alone count anything ("phân bổ 2 triệu liều vắc xin"), "đồng" alone may be a clock's
# first syllable ("cấp 05 đồng hồ nước")
MONEY_UNITS: tuple[str, ...] = ("triệu đồng", "tỷ đồng", "tỉ đồng", "nghìn đồng", "ngàn đồng")

# A keyword whose sense its clause decides: with one of these words in the same clause (`CLAUSE_END`) the keyword is read
# in its other sense and does not count. "cân, đo" beside children, their health or their growth chart is growth
# monitoring in a school or a clinic, not measuring instruments: "hướng dẫn các trường mầm non tổ chức cân, đo, theo dõi
# sức khỏe trẻ bằng biểu đồ tăng trưởng" (round AB W3); "kiểm tra việc cân, đo của tiểu thương" stays metrology.
# The fields of social and community work whose models ("mô hình", "nhân rộng mô hình") are ways of working with people, not
# results of science: beside one of these words in its clause a model is no technology (`KEYWORD_OTHER_SENSES_IN_CLAUSE`).
SOCIAL_MODEL_CUES: tuple[str, ...] = (
    "bạo lực",
    "bình đẳng giới",
    "trẻ em",
    "tệ nạn",
    "ma túy",
    "mua bán người",
    "địa chỉ tin cậy",
    "tự quản",
    "an ninh",
    "dân vận",
    "hòa giải",
    "người cao tuổi",
)

KEYWORD_OTHER_SENSES_IN_CLAUSE: dict[str, tuple[str, ...]] = {
    # records, assets and duties handed over between bodies (after the 2025 reorganisation, between the old districts and the
    # new communes) are no technology transferred: "tiếp nhận, rà soát hồ sơ bồi thường do các huyện (cũ) chuyển giao" (round AC
    # W1); "chuyển giao hồ sơ" written in that order is excluded in topics.ttl
    "chuyển giao": ("hồ sơ", "tài sản", "tài liệu", "con dấu", "trụ sở", "bàn giao", "đơn vị hành chính"),
    # the head named as the one who must act is accountability, not staffing work: "người đứng đầu cấp ủy, chính quyền phải trực
    # tiếp đối thoại với từng hộ dân" (round AC W1)
    "người đứng đầu": ("phải", "trực tiếp", "chịu trách nhiệm"),
    # a patrol of landslide and dyke sites is a disaster watch, not enforcement: "phân công lực lượng tuần tra ban đêm tại các
    # khu vực xung yếu" beside "khoanh vùng sạt lở" (round AC W3)
    "tuần tra": ("sạt lở", "xung yếu", "đê", "thiên tai", "mưa lũ", "bão, lũ", "triều cường"),
    # a discharge limit (QCVN … -MT) met or not is what the waste water must reach, not standards work: "ngừng ngay việc xả
    # nước thải chưa đạt quy chuẩn ra suối" (round AC W3)
    "quy chuẩn": ("nước thải", "khí thải", "xả thải", "chất thải", "nước rỉ rác"),
    "quy chuẩn kỹ thuật": ("nước thải", "khí thải", "xả thải", "chất thải", "nước rỉ rác"),
    # disbursement named as a yardstick of staff appraisal is the appraisal's criterion, not money work: "đưa kết quả giải ngân
    # vào tiêu chí đánh giá, xếp loại cán bộ, công chức" (round AC W1)
    "giải ngân": ("tiêu chí đánh giá", "tiêu chí xếp loại", "đánh giá, xếp loại"),
    # quality management checked at building works is a check of the works (inspection; "quản lý chất lượng công trình" is
    # excluded in topics.ttl), not a quality system: "kiểm tra công tác quản lý chất lượng tại 12 công trình chung cư đang thi
    # công" (round AD W2)
    "quản lý chất lượng": ("công trình", "thi công"),
    # households' own houses started with a grant are housing support, not public works: "khởi công ít nhất 50% số nhà" of
    # the poor (Chương trình xóa nhà tạm, nhà dột nát; round AD W3)
    "khởi công": (
        "số nhà",
        "căn nhà",
        "nhà tạm",
        "nhà dột nát",
        "nhà ở cho hộ",
        "hộ nghèo",
        "người có công",
        "làm nhà",
    ),
    # vocational lessons inside drug rehabilitation are part of its regime ("giáo dục, dạy nghề, lao động trị liệu", Luật Phòng,
    # chống ma túy 2021), not training of workers: "tổ chức dạy nghề cho học viên sau giai đoạn cắt cơn" (round AJ W3); after
    # rehabilitation they are a trade learnt for a job ("tổ chức dạy nghề, tạo việc làm cho người sau cai nghiện" is training,
    # round 16)
    "dạy nghề": ("cắt cơn", "lao động trị liệu", "cơ sở cai nghiện", "trung tâm cai nghiện"),
    # a model of social or community work spread is no science result transferred (the definition of klt:technology-transfer):
    # "nhân rộng mô hình \"Địa chỉ tin cậy\" ở cộng đồng" against domestic violence (round AJ W3); a farming model stays
    "nhân rộng mô hình": SOCIAL_MODEL_CUES,
    "nhân rộng": SOCIAL_MODEL_CUES,
    "mô hình": SOCIAL_MODEL_CUES,
    # offences named as what a medium carries or a list makes known are its content, no offence dealt with: "duy trì chuyên mục
    # …, phản ánh kịp thời các hành vi vi phạm", "đăng tải danh sách các xe, doanh nghiệp vi phạm trên Trang thông tin điện
    # tử" (round AK W1); the words that deal with them ("xử lý vi phạm", "xử phạt") are keywords of their own and stand
    "vi phạm": (
        "phản ánh",
        "đăng tải",
        "đưa tin",
        "công khai danh sách",
        "công bố danh sách",
        "thông báo danh sách",
    ),
    # a guard post at the forest's entrances in the dry season keeps fire out, it is no anti-smuggling checkpoint (round AJ W1's
    # "chốt chặn"): "bố trí lực lượng chốt chặn tại các cửa rừng, làm đường băng cản lửa" (round AK W2)
    "chốt chặn": ("cửa rừng", "cháy rừng", "cản lửa", "thực bì", "vật liệu cháy", "mùa khô"),
    # "nghiên cứu" paired with advising or reporting back is studying a matter for the superior, no research: "Sở … có ý kiến đề
    # xuất …; Chủ tịch ghi nhận, giao Sở nghiên cứu, báo cáo sau" (round AK W2), "nghiên cứu, tham mưu UBND tỉnh"; research
    # names its project ("đề tài", "nghiên cứu khoa học": keywords of their own)
    "nghiên cứu": (
        "báo cáo sau",
        "tham mưu",
        "xem xét",
        "báo cáo đề xuất",
        "đề xuất phương án",
        "đề xuất cấp có thẩm quyền",
    ),
    # an investigation of a crime is the police's and the procuracy's work on a case, no survey: "đẩy nhanh tiến độ điều tra
    # các vụ án còn tồn", "truy tìm tài sản ngay từ giai đoạn điều tra" (round AL W3); the statistical sense names its object
    # ("điều tra thống kê", "điều tra dân số", "điều tra, khảo sát": keywords of their own)
    "điều tra": (
        "vụ án",
        "vụ việc hình sự",
        "khởi tố",
        "truy tố",
        "xét xử",
        "bị can",
        "bị cáo",
        "tội phạm",
        "giai đoạn điều tra",
        "kê biên",
        # an outbreak or a poisoning investigated is the health service's epidemiological investigation (Luật Phòng, chống bệnh
        # truyền nhiễm 2007, Điều 35; Quyết định 39/2006/QĐ-BYT on food poisoning): "hoàn chỉnh hồ sơ điều tra vụ ngộ độc"
        # (round AM W1), "điều tra dịch tễ các ca bệnh", "điều tra, xử lý ổ dịch"
        "ngộ độc",
        "ổ dịch",
        "dịch tễ",
        "ca bệnh",
    ),
    # assets seized, frozen or traced in a criminal case or for a judgment's enforcement are the case's, no public money or
    # property managed: "áp dụng biện pháp kê biên, phong tỏa tài sản", "cấp giấy chứng nhận đối với tài sản kê biên" (round AL
    # W3; Bộ luật Tố tụng hình sự Điều 128, 129; Luật Thi hành án dân sự Điều 66); money recovered for the State keeps its own
    # keywords ("thu hồi tiền, tài sản", "thu hồi tài sản cho nhà nước")
    "tài sản": ("kê biên", "phong tỏa", "truy tìm", "tạm giữ", "bị can", "bị cáo", "vụ án", "thi hành án"),
    # a channel, a river bed or a seabed surveyed and sounded is hydrographic or topographic work for navigation and dredging,
    # no statistics: "khảo sát, đo sâu đoạn luồng bị bồi lắng" (round AL W1), "khảo sát, đo đạc địa hình lòng sông"
    "khảo sát": (
        "đo sâu",
        "đo đạc",
        "bồi lắng",
        "luồng tàu",
        "luồng hàng hải",
        "lòng sông",
        "nạo vét",
        "thông báo hàng hải",
        # a site surveyed before a work is invested in, repaired or designed prepares that work, no data is gathered: "khảo
        # sát, xem xét đầu tư kéo lưới điện hạ thế cho 35 hộ" (round AM W3), "khảo sát, đề xuất phương án tu sửa nhà rông"
        "đầu tư",
        "lưới điện",
        "tu sửa",
        "sửa chữa",
        "thiết kế",
    ),
    # a classroom cleaned or disinfected is a room, no class taught: "thực hiện vệ sinh lớp học, đồ chơi bằng Cloramin B",
    # "khử khuẩn lớp học, đồ chơi" against hand-foot-mouth disease (round AM W1)
    "lớp học": ("vệ sinh", "khử khuẩn", "khử trùng", "tiêu độc", "tiêu độc, khử trùng"),
    # cases settled by mediation at the grassroots are neighbours reconciled by community members (Luật Hòa giải ở cơ sở
    # 2013), no complaint the state settles: "phát huy vai trò hội viên tham gia hòa giải, giải quyết các vụ việc phức tạp
    # ngay tại cơ sở" (round AM W3). Not the commune's own mediation of a land dispute, the first step of its settlement
    # (Luật Đất đai, Điều 202): "Vụ việc của ông …: giao UBND xã tiếp tục tổ chức hòa giải tranh chấp" (round 14) stays
    "vụ việc": ("tham gia hòa giải", "hòa giải ở cơ sở", "tổ hòa giải", "các tổ hòa giải", "hòa giải viên"),
    # books rotated between libraries are the library's lending stock, no staff rotated: "Thư viện tỉnh luân chuyển 2.000 bản sách
    # về Thư viện huyện và các điểm bưu điện - văn hóa xã" (round AN W1; "luân chuyển cán bộ, công chức" stays personnel)
    "luân chuyển": ("sách", "bản sách", "đầu sách", "sách báo", "tài liệu", "hiện vật", "tủ sách"),
    # boats counted in a storm are a headcount for their safety, no land and property counted for compensation: "kiểm đếm,
    # hướng dẫn tàu thuyền vào nơi tránh trú an toàn" (round AN W2; "kiểm đếm tàu thuyền" written in that order is excluded in
    # topics.ttl)
    "kiểm đếm": ("tàu thuyền", "tàu, thuyền", "tàu cá", "phương tiện", "ngư dân", "tránh trú"),
    "cân, đo": (
        "trẻ",
        "trẻ em",
        "học sinh",
        "sức khỏe",
        "tăng trưởng",
        "suy dinh dưỡng",
        "dinh dưỡng",
        "chiều cao",
        "cân nặng",
        "thể lực",
        "mầm non",
    ),
}

# Rule 17 of ketluan.ingest.topics: making something public in a medium is communication work, a job of its own beside what is
# published (the definition of klt:communication: "trang thông tin điện tử", "báo chí"): a verb of `PUBLISHING_VERBS`, at most
# `PUBLISHING_WINDOW` words in its clause (what is published), then "trên" or "lên" and a medium of `PUBLISHING_MEDIA`:
# "đồng thời cập nhật danh mục dự án kêu
# gọi đầu tư bằng tiếng Anh, tiếng Nhật trên Cổng thông tin điện tử thành phố", "thông báo hàng ngày cấp dự báo cháy rừng trên
# Đài Phát thanh - Truyền hình tỉnh" (round AF W2, W3). A list posted at an office ("tại trụ sở UBND xã") names no medium.
# "Công khai" and "công bố" are left out: a body making its own results or procedures public is transparency about its
# subject ("công khai kết quả kiểm tra trên Cổng thông tin điện tử của Sở", "công khai quy trình trên Cổng thông tin điện
# tử của Ban": the gold of rounds 3, 4, 5, 8 and 12 has no communication there). A publication named as the means of the
# task (after one of `PUBLISHING_MEANS`) is how it is done, weak: "nâng cao công tác tuyên truyền cải cách hành chính thông
# qua cập nhật tin, bài về cải cách hành chính lên Trang thông tin điện tử của Sở" is administrative reform (seed 002).
PUBLISHING_VERBS: tuple[str, ...] = ("đăng tải", "đăng", "cập nhật", "thông báo")
PUBLISHING_MEANS: tuple[str, ...] = ("thông qua", "qua", "bằng việc", "bằng cách")
# A call for selection or recruitment posted is a step of that selection, which the law makes public (Thông tư
# 20/2015/TT-BKHCN, Điều 10: the call for S&T tasks "được đăng tải"; Nghị định 115/2020/NĐ-CP, Điều 9 for recruitment): "thông báo
# tuyển chọn tổ chức, cá nhân chủ trì trên Báo Thái Nguyên và trang thông tin điện tử" is research work (round 5). A verb followed
# by one of these posts no news.
PUBLISHING_NOT_OF: tuple[str, ...] = ("tuyển chọn", "tuyển dụng", "xét tuyển", "thi tuyển")
PUBLISHING_LINKS: tuple[str, ...] = ("trên", "lên")
PUBLISHING_MEDIA: tuple[str, ...] = (
    "trang thông tin điện tử",
    "trang thông tin",
    "cổng thông tin điện tử",
    "cổng thông tin",
    "website",
    "trang web",
    "mạng xã hội",
    "đài phát thanh",
    "đài truyền hình",
    "đài truyền thanh",
    "báo",
    "các báo",
    "các phương tiện thông tin",
)
PUBLISHING_WINDOW: int = 16

# Rule 18 of ketluan.ingest.topics: a programme of work drawn up for a year or a period is a plan (the definition of klt:planning:
# "kế hoạch hoạt động (năm, 5 năm), chương trình công tác"): a phrase of `PROGRAMME_DRAFTS`, then within
# `PROGRAMME_PERIOD_WINDOW` words with no punctuation between (its subject) "năm" or "giai đoạn" and a year: "xây dựng Chương
# trình kích cầu du lịch năm 2026" (round AF W3), "xây dựng Chương trình ứng dụng và chuyển giao khoa học công nghệ … giai đoạn
# 2015 - 2020" (round 5); the subject may be long, as in the housing programme a province must adopt (Luật Nhà ở 2014, Điều 15):
# "hoàn chỉnh Chương trình phát triển nhà ở cho công nhân các khu công nghiệp và người có thu nhập thấp giai đoạn 2009 - 2015"
# (round AG W2). A curriculum or an event's running order is no programme of work (`PROGRAMME_NOT_OF`): "xây dựng
# chương trình đào tạo, bồi dưỡng nghiệp vụ … năm 2013" is training (round 3), "chương trình chi tiết" an event's.
PROGRAMME_DRAFTS: tuple[str, ...] = (
    "xây dựng chương trình",
    "lập chương trình",
    "hoàn chỉnh chương trình",
    "hoàn thiện chương trình",
    "ban hành chương trình",
    "dự thảo chương trình",
)
PROGRAMME_NOT_OF: tuple[str, ...] = (
    "đào tạo",
    "bồi dưỡng",
    "tập huấn",
    "giáo dục",
    "học",
    "giảng dạy",
    "chi tiết",
    "nghệ thuật",
    "văn nghệ",
    "khai mạc",
    "hội nghị",
    "làm việc",
)
PROGRAMME_PERIOD_WINDOW: int = 30
PROGRAMME_PERIODS: tuple[str, ...] = ("năm", "giai đoạn")
# ... and so is a plan for a period of several years that the body drafts or has issued: "tham mưu UBND tỉnh ban hành Kế hoạch
# thực hiện Chương trình OCOP giai đoạn 2026 - 2030" is planning beside the programme's subject (round AJ W2). Only "giai đoạn":
# a plan of one year is often a plan of one piece of work ("xây dựng kế hoạch thi tuyển viên chức năm 2012" is staffing, round
# 14), and a plan of checks or of an event is left to the excludes as in rule 16 (`SUBMITTED_PLAN_NOT_OF`).
PERIOD_PLAN_DRAFTS: tuple[str, ...] = (
    "ban hành kế hoạch",
    "xây dựng, ban hành kế hoạch",
    "xây dựng kế hoạch",
    "dự thảo kế hoạch",
    "hoàn thiện kế hoạch",
    "hoàn chỉnh kế hoạch",
)
PERIOD_PLAN_PERIODS: tuple[str, ...] = ("giai đoạn",)

# Rule 19 of ketluan.ingest.topics: a programme or a market with a name in quotes that a body holds is an event (the definition
# of klt:events: "ngày hội, hội chợ … và các sự kiện khác"), beside the gifts or the money it hands out: "tổ chức \"Chợ Tết công
# đoàn\" và chương trình \"Tết sum vầy\" cho công nhân", "chủ trì tổ chức Chương trình \"Tết Sum vầy\" năm 2026, trao 5.000 suất
# quà" (round AG W3). The noun is written before the quotes or opens the name; a slogan in quotes is no event: "tổ chức \"đi
# từng ngõ, gõ từng nhà\"" (round 15).
NAMED_EVENT_VERBS: tuple[str, ...] = ("tổ chức", "tổ chức thành công", "phối hợp tổ chức")
NAMED_EVENT_NOUNS: tuple[str, ...] = (
    "chương trình",
    "chợ",
    "phiên chợ",
    "ngày hội",
    "đêm",
    "lễ",
    "hội thi",
    "cuộc thi",
    "giải",
    "liên hoan",
    "hội diễn",
    "hội chợ",
    "tuần lễ",
)
NAMED_EVENT_QUOTES: str = "\"“«'‘"

# Rule 20 of ketluan.ingest.topics: something made public so that the people it concerns know it is outreach, a job of its own
# beside what is published, even with no medium named (rule 17 needs one): "tham mưu UBND tỉnh công bố công khai danh mục các
# dự án nhà ở xã hội để người lao động biết, đăng ký" (round AG W2). A body making its own results public with no audience named
# stays transparency about its subject (`PUBLISHING_VERBS`' note).
MADE_KNOWN_VERBS: tuple[str, ...] = (
    "công bố công khai",
    "công khai",
    "công bố",
    "thông báo công khai",
    "niêm yết công khai",
)
MADE_KNOWN_AUDIENCES: tuple[str, ...] = (
    "người dân",
    "nhân dân",
    "người lao động",
    "công nhân",
    "doanh nghiệp",
    "các doanh nghiệp",
    "tổ chức, cá nhân",
    "các tổ chức, cá nhân",
    "mọi người",
    "cộng đồng",
)
MADE_KNOWN_ENDS: tuple[str, ...] = ("biết", "được biết", "nắm được", "theo dõi", "giám sát")
MADE_KNOWN_WINDOW: int = 20

# Rule 21 of ketluan.ingest.topics: a breach dealt with is enforcement (the definition of klt:inspection: "xử lý vi phạm"),
# also when the breach is written after what is dealt with, not as "vi phạm" right after the verb: a verb of
# `BREACH_HANDLING_VERBS`, at most `BREACH_WINDOW` words with no punctuation but commas between (who or what is dealt with), then a
# breach of `BREACH_MARKERS`: "kiên quyết xử lý các tàu cá xuất bến không đủ thủ tục" (round AH W1), "hoàn thiện Quy chế phối
# hợp xử lý thông tin sai sự thật trên không gian mạng" (round AH W2). Treating waste or an incident right after the verb
# (`BREACH_HANDLED_NOT_OF`) is no breach dealt with: "xử lý nước thải không đúng quy trình" is the plant's work.
BREACH_HANDLING_VERBS: tuple[str, ...] = ("xử lý",)
BREACH_HANDLED_NOT_OF: tuple[str, ...] = (
    "rác",
    "rác thải",
    "nước thải",
    "chất thải",
    "khí thải",
    "bùn",
    "nước",
    "sự cố",
    "ô nhiễm",
    "môi trường",
    "ngộ độc",
    "hồ sơ",
    "kỹ thuật",
)
BREACH_MARKERS: tuple[str, ...] = (
    "không đủ thủ tục",
    "không đủ giấy tờ",
    "không có giấy phép",
    "sai sự thật",
    "tin giả",
    "trái phép",
    "không phép",
    "sai phép",
    "vi phạm",
    "không đúng quy định",
    "sai quy định",
    "trái quy định",
    "bất hợp pháp",
    # goods or materials of no known or lawful origin (Nghị định 98/2020/NĐ-CP, Điều 17): "xử lý các bến tiếp nhận cát không
    # rõ nguồn gốc" (round AL W1)
    "không rõ nguồn gốc",
    "không rõ xuất xứ",
    "không có nguồn gốc hợp pháp",
    "không chứng minh được nguồn gốc",
)
BREACH_WINDOW: int = 8
