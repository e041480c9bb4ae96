"""Words that open the clause of a task before the body that carries it out.

"Riêng UBND huyện Tân Châu rà soát …" (of all the bodies just named, this one alone), "Trong đó, Sở Y tế
chủ trì …": the body after the word is the clause's subject all the same. Data only, lower case.
"""

SUBJECT_LEAD_WORDS: tuple[str, ...] = ("riêng", "trong đó")

# How often a task recurs, opening its clause before the body that does it: "…; định kỳ hằng tháng Công an quận tổng
# hợp, báo cáo UBND quận", "…; hằng quý, Sở Tài chính báo cáo …". The body after it opens the clause as its subject,
# as one after "Riêng" does. Both spellings "hằng"/"hàng". Lower case.
PERIODIC_LEADS: tuple[str, ...] = tuple(
    f"{lead}{every} {period}"
    for lead in ("", "định kỳ ")
    for every in ("hằng", "hàng")
    for period in ("tuần", "tháng", "quý", "năm", "ngày")
) + ("định kỳ",)

# Labels of the account a record (biên bản) gives before what the parties agreed: "1. Diễn biến: Từ ca sáng ngày
# 13/3, khoảng 1.800 công nhân … ngừng việc, yêu cầu Công ty tăng lương …", "2. Ý kiến các bên: - Đại diện công đoàn
# đề nghị Công ty …". What happened and what each party asked for are no tasks; the agreed items come after.
RECORD_ACCOUNT_LABELS: tuple[str, ...] = (
    "diễn biến",
    "diễn biến sự việc",
    "diễn biến vụ việc",
    "diễn biến vụ ngừng việc",
    "diễn biến vụ đình công",
    "ý kiến các bên",
    "ý kiến của các bên",
)

# What opens the fallback clause of a task, after a ";": what happens if the actor fails ("Công ty X nộp ngay …;
# quá hạn 30 ngày mà không thực hiện, giao Sở Xây dựng tham mưu …", "…; quá thời hạn trên, Sở Xây dựng sẽ đề nghị
# …", "…; nếu không thực hiện, UBND huyện báo cáo …"). The body named after its comma acts in a task of its own;
# it does not take the first clause's task from the sentence's subject. Lower case.
FALLBACK_LEADS: tuple[str, ...] = (
    "quá hạn",
    "quá thời hạn",
    "quá thời hạn trên",
    "nếu quá hạn",
    "nếu quá thời hạn",
    "sau thời hạn trên",
    "hết thời hạn",
    "hết thời hạn trên",
    "nếu không",
    "nếu không thực hiện",
    "trường hợp không",
    "trường hợp không thực hiện",
    "trường hợp quá hạn",
)

# Words for the staff of the body right after them, which opens the clause as its subject: "…; Cơ quan UBMTTQ huyện
# tổng hợp, báo cáo Thường trực HĐND huyện …" (the committee acts through its office). Lower case.
APPARATUS_WORDS: tuple[str, ...] = ("cơ quan",)

# An agreement that the tasks after its colon were settled on: "Hai bên thống nhất: UBND phường A đặt thêm …",
# "Hội nghị nhất trí: …". What follows is a task even in a news story, like what follows "đề nghị".
AGREEMENT_CUES: tuple[str, ...] = ("thống nhất", "nhất trí", "thống nhất như sau", "nhất trí như sau")

# Adverbs that may come before a unit's directing verb under its heading: "6. UBND các huyện: Tăng cường chỉ
# đạo Ban Chỉ đạo 389 cấp huyện …" is the heading unit directing, as "- Chỉ đạo …" is.
DIRECTING_ADVERBS: tuple[str, ...] = (
    "tăng cường",
    "tiếp tục",
    "thường xuyên",
    "chủ động",
    "trực tiếp",
    "kịp thời",
    "khẩn trương",
    "quyết liệt",
    "tập trung",
)

# Words that open an aside singling out some of the bodies of a subject before its verb: "UBND các huyện, thành
# phố, nhất là UBND huyện A, B, tập trung chỉ đạo các xã …", "Các sở, ngành, đặc biệt là Sở Y tế, chỉ đạo …". The
# subject is the whole group before the aside; the verb comes after it. Lower case.
EMPHASIS_ASIDE_WORDS: tuple[str, ...] = (
    "nhất là",
    "đặc biệt là",
    "trong đó có",
    "trong đó nhất là",
    "kể cả",
)

# Adverbs of manner between a body and its verb that the cues do not list: "…; Trung tâm Thông tin kịp thời đăng tải
# các văn bản …", "Công an xã thường xuyên tuần tra …" — the body still acts. Lower case.
MANNER_ADVERBS: tuple[str, ...] = (
    "kịp thời",
    "thường xuyên",
    "trực tiếp",
    "quyết liệt",
    "nghiêm túc",
    "tích cực",
)

# A body given a task in the passive: "Ban Quản lý cảng cá X được đề nghị bố trí …", "Bệnh viện X được chọn làm
# đơn vị điểm: mở sổ theo dõi …" — the body acts.
PASSIVE_TASK_MARKS: tuple[str, ...] = (
    "được đề nghị",
    "được yêu cầu",
    "được giao",
    "được phân công",
    "được chọn làm",
    "được lựa chọn làm",
)

# A task that points back at everything concluded above: "Giao đồng chí X, Phó Giám đốc Sở theo dõi, chỉ đạo các
# nội dung trên" is about what those tasks were about.
BACK_REFERENCES: tuple[str, ...] = (
    "các nội dung trên",
    "các nội dung nêu trên",
    "những nội dung trên",
    "các nhiệm vụ trên",
    "các nhiệm vụ nêu trên",
    "các nội dung kết luận",
    "nội dung thông báo này",
    "các nội dung tại thông báo này",
    "các nội dung của thông báo này",
)

# A body singled out by what it is, then told what it must do: "Chi cục Thuế khu vực A là đơn vị có tỷ lệ chuyển
# đổi thấp nhất (61%) phải báo cáo tiến độ …", "UBND huyện B là địa phương còn nhiều hồ sơ tồn đọng cần khẩn trương
# …". The words that open the description ("là" + what kind of body) and the duty words that close it: the body
# acts. (Without a duty word it is an evaluation: "Sở X là đơn vị dẫn đầu …".)
IDENTIFIED_AS_LEADS: tuple[str, ...] = (
    "là đơn vị",
    "là cơ quan",
    "là địa phương",
    "là một trong những đơn vị",
    "là một trong những địa phương",
    "là một trong các đơn vị",
    "là một trong các địa phương",
)
# A body singled out by its absence, the same way: "Phòng LĐTBXH huyện A không dự giao ban phải có văn bản giải
# trình với Giám đốc Sở", "UBND xã B vắng họp có trách nhiệm báo cáo …". The duty word closes it as above.
ABSENT_DESCRIPTION_LEADS: tuple[str, ...] = (
    "không dự",
    "không tham dự",
    "không dự họp",
    "không có mặt",
    "không cử đại diện",
    "không cử người",
    "vắng họp",
    "vắng mặt",
)
DUTY_AFTER_DESCRIPTION: tuple[str, ...] = ("phải", "cần", "có trách nhiệm")
IDENTIFIED_DESCRIPTION_MAX_TOKENS = 24  # "có tỷ lệ chuyển đổi hóa đơn điện tử thấp nhất toàn tỉnh (61%)"

# What a body is named as before its task: "Chi cục TĐC là đơn vị thường trực, chủ trì, phối hợp với …" — the
# body acts all the same. (Not "là cơ quan tham mưu": "Sở X là cơ quan tham mưu giúp UBND tỉnh …" describes.)
SUBJECT_ROLE_PHRASES: tuple[str, ...] = (
    "là đơn vị thường trực",
    "là cơ quan thường trực",
    "là đơn vị đầu mối",
    "là cơ quan đầu mối",
    "là đầu mối",
    "là đơn vị chủ trì",
    "là cơ quan chủ trì",
    # whose unit it is: "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng thuộc Sở tổ chức kiểm định …", "Phòng
    # Văn hóa và Thông tin trực thuộc tăng cường …"
    "thuộc sở",
    "trực thuộc sở",
    "trực thuộc",
)

# The word that opens which members of a group closing a task's subject are meant: "UBND xã Đức Hòa và các xã,
# phường có khu công nghiệp phối hợp …", "UBND các huyện có biên giới …" (those that have one); the verb comes after
# at most this many words.
GROUP_HAVING_WORDS: tuple[str, ...] = ("có",)
GROUP_HAVING_MAX_TOKENS = 6

# A sentence of these words and a deadline only says when the task before it is due: "Hoàn thành trước ngày
# 20/10/2025.", "Thực hiện xong trong tháng 11/2025."; or with a time that has no date: "Thực hiện ngay.", "Thực
# hiện thường xuyên." (not "Hoàn thành việc rà soát … trước ngày …": a task of its own).
TIMING_ONLY_WORDS: tuple[str, ...] = (
    "hoàn thành",
    "hoàn tất",
    "thực hiện xong",
    "thực hiện",
    "triển khai thực hiện",
    "triển khai",
    "xong",
    "trước",
    "trong",
    "chậm nhất",
    "chậm nhất là",
)
TIMES_WITHOUT_DATE: tuple[str, ...] = ("ngay", "thường xuyên", "ngay sau cuộc họp", "ngay sau hội nghị")

# Nouns that open what a unit heading's body is named as, after a comma: "a) Bộ Lao động - Thương binh và Xã hội, cơ
# quan thường trực của Chương trình:", "2. Sở Y tế, đơn vị đầu mối:" — the items under it are still the body's.
HEADING_APPOSITION_NOUNS: tuple[str, ...] = ("cơ quan", "đơn vị", "là cơ quan", "là đơn vị")
HEADING_APPOSITION_MAX_TOKENS = 16

# An item that opens on its topic before the bodies that act: "a) Về thi công các hạng mục chính: Tổng công ty Cảng
# hàng không Việt Nam - CTCP huy động …". After the colon the bodies open the item as they would without the topic,
# whatever their verb; a topic longer than this many tokens is read as a sentence, not a lead.
ITEM_TOPIC_LEADS: tuple[str, ...] = ("về",)
ITEM_TOPIC_MAX_TOKENS = 20

# Places whose people's committee a lead-in means when it tells the place to act: "…; tỉnh Sóc Trăng cần tập trung
# thực hiện tốt các nhiệm vụ sau:" (a Government notice after a working visit) is the province's UBND. Lower case.
ACTING_PLACE_TYPES: tuple[str, ...] = (
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "thị xã",
    "xã",
    "phường",
    "thị trấn",
)

# "chủ trì" after these nouns names the body that leads a task or a project, not the meeting's chair: "Cơ quan
# chủ trì: Trung tâm X" (a research project's host), "đơn vị chủ trì", "ngành chủ trì".
TASK_LEAD_NOUNS: tuple[str, ...] = ("cơ quan", "đơn vị", "ngành", "cơ quan, đơn vị")

# Adverbials that open a sentence before its speaker: "Ngoài ra, Giám đốc Sở giao Phó Giám đốc A …; Phó Giám đốc
# B …" still speaks in the meeting's voice.
SENTENCE_ADVERBIALS: tuple[str, ...] = (
    "ngoài ra",
    "bên cạnh đó",
    "mặt khác",
    "cùng với đó",
    "đồng thời",
    "riêng",
)

# Words before a handing-on verb that make it part of another word or a past fact, not a task handed out:
# "chuyển giao" (transfer), "bàn giao" (handover), "được giao" / "đã giao" (given before), "nhiệm vụ giao", "đạt yêu
# cầu", "đáp ứng yêu cầu" (meets the requirements: a verdict, a finding).
NOT_HANDING_ON_BEFORE: tuple[str, ...] = ("chuyển", "bàn", "được", "đã", "nhiệm", "vụ", "đạt", "ứng")

# A Party body's charge over the State body it leads: "1. Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh:" over items
# "a) Ban hành Kế hoạch …", "Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo UBND tỉnh:" — the items are the tasks of
# the body led (it carries them out; the Party body only leads it).
PARTY_LEADING_VERBS: tuple[str, ...] = ("lãnh đạo", "lãnh đạo, chỉ đạo", "lãnh đạo và chỉ đạo")

# What a participant named at the head of a news story's sentence does when he asks for something ("Bà A, Phó Cục
# trưởng Cục Thuế tỉnh đề nghị các huyện phối hợp truy thu …"): his proposal, heard before the conclusions, is no task
# of the meeting's (the chair's own "đề nghị" is). Lower case.
PARTICIPANT_PROPOSING_VERBS: tuple[str, ...] = ("đề nghị", "kiến nghị", "đề xuất")

# How a host is said to receive a visiting team, before the team and its leader: "Phó Chủ tịch UBND tỉnh Lê Văn A đã
# có buổi làm việc với Đoàn công tác của Kiểm toán Nhà nước khu vực XII do ông Nguyễn Văn B, Kiểm toán trưởng làm
# trưởng đoàn" — B leads the team received, a guest; the host named before him holds the meeting. (A team whose
# leader comes first and then goes to work with others, "Đoàn … do ông B làm trưởng đoàn đã làm việc với UBND
# tỉnh", is led by B as before.) Lower case.
RECEIVING_TEAM_VERBS: tuple[str, ...] = (
    "làm việc với",
    "tiếp và làm việc với",
    "tiếp đoàn",
    "đón tiếp",
    "họp với",
    "hội đàm với",
)

# The word for a team, capitalised before the body the team is of ("Đoàn công tác của Kiểm toán Nhà nước khu vực XII
# do ông A, Kiểm toán trưởng làm trưởng đoàn", "Đoàn kiểm tra liên ngành của Sở Y tế do …"): a title its leader holds
# with no body written is held in that body. At most TEAM_OWNER_MAX_GAP words stand between. Lower case.
TEAM_WORDS: tuple[str, ...] = ("đoàn",)
TEAM_OWNER_MAX_GAP = 5
# …the word after the body that names the leader ("… do ông A, … làm trưởng đoàn"). Lower case.
TEAM_LED_BY: tuple[str, ...] = ("do",)

# Beside structure.LEADING_VERBS: what the first person of an opening does when he holds the meeting with the bodies
# ("Chiều ngày 02/4/2007, đồng chí A - Phó Chủ tịch UBND tỉnh đã họp với Sở Tài nguyên và Môi trường, …"), the older
# Văn phòng notices' way of naming the chair with no "chủ trì". Lower case.
MEETING_WITH_VERBS: tuple[str, ...] = ("họp với", "họp bàn với")


# How such a record (or a meeting's minutes) closes: "Biên bản kết thúc vào hồi 11 giờ 15 phút cùng ngày, được lập
# thành 04 bản …" — the close ends the list of tasks above it and hands out none.
RECORD_CLOSING_LEADS: tuple[str, ...] = (
    "biên bản kết thúc",
    "biên bản được lập",
    "biên bản này được lập",
    "biên bản được thông qua",
    "biên bản đã được",
    "buổi làm việc kết thúc",
    "cuộc họp kết thúc",
    "hội nghị kết thúc",
    "cuộc kiểm tra kết thúc",
)

# A clause that only approves what was proposed, handing no one a task: "Về phương án cải tạo chợ Rồng: Thường trực
# Thành uỷ thống nhất chủ trương.", "Thống nhất chủ trương đầu tư xây dựng Trường Mầm non X." (a task handed in the
# same clause — "…, giao Sở X …", "đề nghị …" — still counts).
APPROVAL_OPENERS: tuple[str, ...] = (
    "thống nhất chủ trương",
    "đồng ý chủ trương",
    "nhất trí chủ trương",
    "chấp thuận chủ trương",
    "thống nhất về chủ trương",
    "đồng ý về chủ trương",
    "nhất trí về chủ trương",
    "thống nhất với đề xuất",
    "đồng ý với đề xuất",
    "nhất trí với đề xuất",
    "thống nhất với đề nghị",
    "đồng ý với đề nghị",
    "nhất trí với đề nghị",
    "thống nhất với phương án",
    "đồng ý với phương án",
    "nhất trí với phương án",
    "thống nhất phương án",
    "đồng ý phương án",
)

# A council's decision on what was put to it, opening the clause or after the council's name: "Hội đồng thống nhất
# chọn 27/64 nhiệm vụ đưa vào danh mục …, tập trung vào các lĩnh vực …", "Hội đồng nhất trí thông qua danh mục …",
# "Hội đồng thống nhất đánh giá đề tài đạt yêu cầu". What it decided, no one's task; the words describing what was
# chosen may hold a task's word ("tập trung vào …"), only a task handed on in the clause ("…, giao Sở X …") counts.
DECISION_OPENERS: tuple[str, ...] = (
    "thống nhất chọn",
    "thống nhất lựa chọn",
    "thống nhất tuyển chọn",
    "thống nhất thông qua",
    "thống nhất đánh giá",
    "thống nhất xếp loại",
    "nhất trí chọn",
    "nhất trí lựa chọn",
    "nhất trí tuyển chọn",
    "nhất trí thông qua",
    "nhất trí đánh giá",
    "nhất trí xếp loại",
)

# A notice sharing out a leadership's work ("Thông báo phân công nhiệm vụ Chủ tịch, các Phó Chủ tịch"): under a
# leader's heading ("1. Ông Nguyễn Văn A - Chủ tịch UBND huyện"), an item that opens with one of these names the
# fields in that person's charge (a task of the person, its topics from the fields) …
PERSON_FIELD_LEADS: tuple[str, ...] = (
    "giúp chủ tịch",
    "giúp giám đốc",
    "giúp bí thư",
    "giúp trưởng ban",
    "giúp cục trưởng",
    "giúp chi cục trưởng",
    "trực tiếp chỉ đạo",
    "trực tiếp lãnh đạo",
    "trực tiếp phụ trách các lĩnh vực",
    "trực tiếp phụ trách lĩnh vực",
    "phụ trách các lĩnh vực",
    "phụ trách lĩnh vực",
    "chỉ đạo các lĩnh vực",
    "chỉ đạo, điều hành các lĩnh vực",
    "lãnh đạo, quản lý, điều hành",
    "lãnh đạo, chỉ đạo, điều hành",
    "lãnh đạo, điều hành",
    "quản lý, điều hành",
)
# … and one that opens with one of these lists the units he looks after or what he stands in for, no task of
# theirs: "Trực tiếp phụ trách: Phòng Nội vụ, Thanh tra huyện", "Theo dõi, chỉ đạo các xã: …", "Được Chủ tịch ủy
# quyền điều hành … khi Chủ tịch đi vắng".
PERSON_CHARGE_LEADS: tuple[str, ...] = (
    "trực tiếp phụ trách",
    "phụ trách",
    "theo dõi",
    "được chủ tịch ủy quyền",
    "được giám đốc ủy quyền",
    "được ủy quyền",
    "thay mặt",
)
# Words that make an absence mark after them a condition, not a fact: "… điều hành công việc của UBND huyện khi
# Chủ tịch đi vắng".
CONDITIONAL_ABSENCE_WORDS: tuple[str, ...] = ("khi", "lúc", "nếu")

# A sentence that opens by citing a paper issued before and tells what it already did ("Tại Thông báo số
# 178/TB-UBND, Chủ tịch UBND tỉnh đã giao Sở NN&PTNT …; giao Sở Tài chính …") reports that paper's tasks: they
# are background, not this document's (a request in the same sentence still counts).
CITED_PAPER_OPENERS: tuple[str, ...] = (
    "tại thông báo",
    "tại văn bản",
    "tại công văn",
    "tại kết luận",
    "tại quyết định",
    "tại chỉ thị",
    "tại kế hoạch",
    "theo thông báo",
    "theo kết luận",
)
CITED_PAST_MARKS: tuple[str, ...] = ("đã",)

# Task verbs beside structure.ACTION_CUES that open a body's predicate: "Chi cục Chăn nuôi và Thú y cấp phát hóa
# chất tiêu độc khử trùng cho các địa phương vùng lũ", "Cục Dự trữ xuất cấp gạo …", "Trung tâm Y tế phun hóa
# chất …". (structure.py's owner may move them into ACTION_CUES.) "Tăng" with the measure of an effort to step up:
# "Báo X, Đài Phát thanh và Truyền hình X tăng thời lượng tuyên truyền …", "Công an huyện tăng tần suất tuần tra …"
# (not a bare "tăng": "doanh thu tăng 5%" reports; a report's "đã tăng thời lượng" is one by its "đã").
MORE_ACTION_CUES: tuple[str, ...] = (
    "cấp phát",
    "xuất cấp",
    "phun",
    "tăng thời lượng",
    "tăng tần suất",
    "tăng thời gian",
    "tăng số lượng",
    # "Sở Công Thương thông tin kịp thời tình hình cửa khẩu tới …, khuyến cáo thương nhân …" (to inform, with the
    # manner that makes it a verb; a bare "thông tin" is a noun as often: "Trung tâm Thông tin", "thông tin về …")
    "thông tin kịp thời",
    "thông tin rộng rãi",
    "thông tin đầy đủ",
    "khuyến cáo",
)

# Words right before a person's name that make him the one who concluded the meeting, its chair: "… về kết luận của
# đồng chí Phạm Đức Long, Giám đốc Sở tại cuộc họp ngày 25/8/2022" (a document passing those conclusions down
# names the meeting's chair so). The honorific between is optional.
CONCLUSION_OF_LEADS: tuple[str, ...] = ("kết luận của", "ý kiến kết luận của", "kết luận chỉ đạo của")
CONCLUSION_OF_HONORIFICS: tuple[str, ...] = ("đồng chí", "ông", "bà")

# The header fields of an e-mail that forwards a notice ("From:", "Từ:", "To:", "Đến:", "Subject:" …): the wrapper
# runs to its separator line ("---------- Nội dung văn bản ----------"); its lines ("Kính gửi: Các đơn vị", the
# sender's signature) are no part of the notice's header.
EMAIL_HEADER_FIELDS: tuple[str, ...] = (
    "from",
    "to",
    "cc",
    "sent",
    "date",
    "subject",
    "từ",
    "đến",
    "người gửi",
    "người nhận",
    "ngày gửi",
    "tiêu đề",
    "chủ đề",
)

# Part headings of such a record that hold what the parties agreed to do (its conclusions): "III. NỘI DUNG HAI
# BÊN THỐNG NHẤT", "Các nội dung đã thống nhất"; and of a field record (biên bản kiểm tra), what the inspecting team
# settled on: "Ý kiến thống nhất của đoàn kiểm tra:", "IV. Ý KIẾN THỐNG NHẤT".
AGREED_PART_HEADINGS: tuple[str, ...] = (
    "ý kiến thống nhất",
    "hai bên thống nhất",
    "các bên thống nhất",
    "hai bên đã thống nhất",
    "các bên đã thống nhất",
    "nội dung thống nhất",
    "nội dung đã thống nhất",
)

# An aside between the bodies opening a sentence and their verb, which leaves them its subject: "Sở Kế hoạch và Đầu
# tư, Sở Tài chính theo chức năng, nhiệm vụ phối hợp chặt chẽ với Ban Dân tộc tỉnh thẩm định …".
SUBJECT_ASIDES: tuple[str, ...] = (
    "theo chức năng, nhiệm vụ được giao",
    "theo chức năng, nhiệm vụ",
    "theo chức năng nhiệm vụ",
    "theo chức năng, nhiệm vụ, quyền hạn",
    "theo chức năng, nhiệm vụ và quyền hạn",
    "trong phạm vi chức năng, nhiệm vụ",
    "trong phạm vi chức năng, nhiệm vụ được giao",
    "căn cứ chức năng, nhiệm vụ",
    "theo thẩm quyền",
    "theo lĩnh vực phụ trách",
    "theo lĩnh vực quản lý",
)

# Verbs that tell the body after them to act, as "đề nghị" does, in a leader's words: "Đồng chí cũng lưu ý UBND
# TP. Tân Uyên giải quyết dứt điểm …" (UBND TP. Tân Uyên is told). After a body of its own ("Sở X lưu ý các đơn
# vị …") the body keeps the task, the verb being its action.
ADVISING_VERBS: tuple[str, ...] = ("lưu ý",)

# Words by which those going with the leader of a visit are named between the leader and the visit: "Phó Chủ tịch
# UBND tỉnh Lê Hoàng Nhân cùng đoàn công tác của tỉnh đã đi kiểm tra thực địa …" (the leader leads it).
VISIT_COMPANION_WORDS: tuple[str, ...] = ("cùng với", "cùng")

# The investor of the project the notice is about, named once ("Dự án Khu dân cư A (Chủ đầu tư: Công ty B)",
# "Công ty B (Chủ đầu tư dự án)", "do Công ty B làm chủ đầu tư", "Công ty B là chủ đầu tư") and later written bare:
# "… phối hợp với Điện lực Hạ Long và chủ đầu tư …" is Công ty B. Lower case.
INVESTOR_WORDS: tuple[str, ...] = ("chủ đầu tư",)
# words between the investor's name and the noun: "Công ty B là chủ đầu tư", "do Công ty B làm chủ đầu tư"
INVESTOR_NAMING_VERBS: tuple[str, ...] = ("là", "làm")
# words after the noun before the investor's name: "Chủ đầu tư dự án: Công ty B", "chủ đầu tư là Công ty B"
INVESTOR_NOUN_FOLLOWERS: tuple[str, ...] = ("dự án", "công trình")

# Words after "chủ trì" that make it the chair of the meeting, beside the ones the code lists (punctuation,
# "cuộc", "hội", "buổi" …): "đồng chí X, Giám đốc Sở chủ trì giao ban trực tuyến", "Đoàn giám sát do đồng chí X,
# Trưởng đoàn chủ trì đã làm việc với …". Lower case.
CHAIR_MARK_FOLLOWERS: tuple[str, ...] = ("giao ban", "đã")

# The opening words of a clause between a chair's name and posts and "chủ trì" that says in whose name he chairs:
# "đồng chí X - Phó Giám đốc Sở, theo ủy quyền của Giám đốc Sở, chủ trì …", "…, thừa ủy quyền Chủ tịch UBND tỉnh,
# đã chủ trì …", "…, được sự phân công của Thường trực Tỉnh ủy, chủ trì …". The clause is how he came to chair; the
# subject of "chủ trì" is still the person before it. Lower case; "uỷ"/"ủy" match alike.
CHAIR_DELEGATION_OPENERS: tuple[str, ...] = (
    "theo ủy quyền",
    "thừa ủy quyền",
    "được ủy quyền",
    "được sự ủy quyền",
    "theo sự ủy quyền",
    "theo phân công",
    "theo sự phân công",
    "được phân công",
    "được sự phân công",
)
# … and the passive form, the one who delegates between "được" and the verb: "…, được Giám đốc Sở ủy quyền, chủ trì".
CHAIR_DELEGATION_PASSIVE: str = "được"
CHAIR_DELEGATION_VERBS: tuple[str, ...] = ("ủy quyền", "phân công")

# Words between a body and the mark of its absence that leave the body the one away: "Công ty TNHH X (đang sử dụng
# 02 nguồn Cs-137) được mời nhưng không cử đại diện tham dự". Lower case.
# Words in an absent person's item that say someone stood in for him: "Vắng: đồng chí A, Giám đốc Trung tâm B (đi
# công tác, có đồng chí Phó Giám đốc dự thay)" — his body was represented. After one of STAND_IN_REFUSALS they say
# that no one did ("không cử người dự thay"). Lower case; "uỷ"/"ủy" match alike.
STAND_IN_WORDS: tuple[str, ...] = ("dự thay", "họp thay", "tham dự thay", "ủy quyền")
STAND_IN_REFUSALS: tuple[str, ...] = ("không cử", "không có người", "không ủy quyền")
# A member of a council who "ủy quyền bằng văn bản" gave his vote or view in writing: no one came in his place, unless
# the words go on to the one he sent ("ủy quyền bằng văn bản cho Phó Giám đốc A dự họp": see WRITTEN_PROXY_TO).
WRITTEN_PROXY_WORDS: tuple[str, ...] = ("ủy quyền bằng văn bản",)
WRITTEN_PROXY_TO: tuple[str, ...] = ("cho",)

# The first word of a deputy's title ("Phó Chủ tịch Thường trực HĐND tỉnh", "Phó Giám đốc Sở Y tế"): a deputy away
# says nothing of his body, which its head or another of it may represent. Lower case.
DEPUTY_TITLE_WORDS: tuple[str, ...] = ("phó",)

# A council member's role after his post in a list of the absent ("Vắng mặt: ông A, Phó Giám đốc Sở Y tế - Ủy viên
# (có lý do, đã gửi phiếu chấm bằng văn bản)"): he sits for his body, so even a deputy away leaves it away. Lower
# case; "uỷ"/"ủy" match alike.
COUNCIL_MEMBER_ROLES: tuple[str, ...] = ("ủy viên", "thành viên")

# Absence marks beside the ones in structure.ABSENCE_MARKS: "Phòng Kinh tế và Hạ tầng huyện Quế Sơn được mời
# nhưng không cử cán bộ tham gia (Đoàn)" — a body that sent no one to take part in a delegation or a meeting.
ABSENCE_MARKS_TAKING_PART: tuple[str, ...] = (
    "không cử cán bộ tham gia",
    "không cử người tham gia",
    "không cử đại diện tham gia",
    "không cử lãnh đạo tham gia",
    "không cử thành viên tham gia",
)

# … and the label of a list of the invited who did not come ("Mời nhưng không đến: Phòng Nội vụ thành phố A.") or its
# clause after a body ("UBND xã B được mời nhưng không đến tham dự"). "nhưng không đến" and its "dự"/"họp" forms are
# `structure.ABSENCE_MARKS`; these are the longer marks read beside them (from "mời", so that the longest mark is read
# whole: "Được mời nhưng không đến dự: …"). Lower case.
ABSENCE_MARKS_INVITED: tuple[str, ...] = (
    "mời nhưng không đến",
    "mời nhưng không đến dự",
    "mời nhưng không đến họp",
    "mời nhưng không đến tham dự",
    "nhưng không đến tham dự",
)

# Nouns that make an absence mark right after them a thing spoken of, not a statement that someone was away: "làm
# việc với Đảng uỷ phường về việc chậm triển khai Nghị quyết Đại hội Đảng bộ phường và việc không cử cán bộ dự họp"
# (the body before is no subject of the mark).
ABSENCE_NOMINALISERS: tuple[str, ...] = ("việc",)  # one word: the token right before the mark

INVITED_BUT_WORDS: tuple[str, ...] = (
    "được mời nhưng",
    "được mời, nhưng",
    "đã được mời nhưng",
    "dù được mời nhưng",
    "mặc dù được mời nhưng",
    "được mời song",
)

# What the chair of a council or a meeting is said to do instead of "chủ trì", right after his name and posts:
# "PGS.TS. X, Chủ tịch Hội đồng điều khiển phiên họp" (he chairs it). With the meeting named, so that "điều hành"
# of other work is not read as chairing; "chủ tọa" (to preside: "Ông X, Chủ tịch HĐND tỉnh chủ tọa phiên chất vấn")
# names nothing else. Lower case.
PRESIDING_MARKS: tuple[str, ...] = (
    "chủ tọa",
    "điều khiển phiên họp",
    "điều khiển cuộc họp",
    "điều khiển buổi họp",
    "điều khiển hội nghị",
    "điều khiển buổi làm việc",
    "điều hành phiên họp",
    "điều hành cuộc họp",
    "điều hành buổi họp",
    "điều hành hội nghị",
)

# What the official who presides over a citizens' reception (tiếp công dân) is said to do, right after his name and
# posts: "Chủ tịch UBND tỉnh X đã tiếp đột xuất đoàn công dân …", "… trực tiếp tiếp và đối thoại với các hộ dân".
# Receiving the citizens is chairing the reception; read only in lower case, so that the "Ban Tiếp công dân" or
# the "Trụ sở Tiếp công dân" of a post is no mark. Lower case.
RECEPTION_MARKS: tuple[str, ...] = (
    "tiếp công dân",
    "tiếp dân",
    "tiếp đột xuất",
    "tiếp định kỳ",
    "tiếp đoàn công dân",
    "tiếp đoàn đông người",
    "tiếp và đối thoại",
    "tiếp, đối thoại",
    "trực tiếp tiếp",
)

# ... not when a noun before it makes it the name of the work: "Phó Chánh Văn phòng phụ trách công tác tiếp công
# dân", "dự buổi tiếp công dân", "lịch tiếp công dân". Lower case.
RECEPTION_WORK_NOUNS: tuple[str, ...] = (
    "công tác",
    "buổi",
    "việc",
    "lịch",
    "kỳ",
    "phiên",
    "hoạt động",
    "trụ sở",
    "ban",
    "phòng",
    "bộ phận",
    "nơi",
    "địa điểm",
    "phụ trách",
    "về",
    "tại",
    "trong",
    "sau",
    "khi",
    "và",
    "quy chế",
    "quy định",
    "nội quy",
    "kế hoạch",
    "kết quả",
)

# Words that make the bodies after them the agent of a passive: "Công tác PCCCR năm 2019 đã được các cấp, các
# ngành triển khai sớm" (after "đã": what was done, not a task; the bodies are not the clause's subject). Lower case.
PASSIVE_AGENT_MARKS: tuple[str, ...] = ("được", "bị")

# Words after a group of bodies that still name the group: "UBND các huyện, thành phố, thị xã còn lại chủ động giám
# sát …" (the others: the group acts, not the bodies of the sentence before). Lower case.
GROUP_QUALIFIERS: tuple[str, ...] = ("còn lại", "khác", "có liên quan", "liên quan")

# An aside that leads a quoted motto between a subject and its verb: "Chủ tịch UBND các huyện, thành phố theo
# phương châm "bốn tại chỗ" chỉ đạo các xã …" (the aside runs to the closing quote). Lower case.
QUOTED_ASIDE_LEADS: tuple[str, ...] = (
    "theo phương châm",
    "với phương châm",
    "theo tinh thần",
    "với tinh thần",
)

# Adverbs between the one who asks and the request verb, which leave the request as it is: "Giám đốc Công an tỉnh
# cũng đề nghị Ban An toàn giao thông tỉnh hỗ trợ kinh phí …" asks as "Giám đốc Công an tỉnh đề nghị …" does (the
# body asked acts). Lower case.
REQUEST_ADVERBS: tuple[str, ...] = ("cũng", "còn", "đồng thời")

# Verbs that criticise the bodies after them before a request with no one named: "Phê bình UBND huyện Tân Hưng và
# Sở Xây dựng không cử đại diện dự hội nghị; yêu cầu báo cáo giải trình …" — those criticised are asked. Lower case.
CRITICISM_VERBS: tuple[str, ...] = ("phê bình", "nhắc nhở", "nghiêm khắc phê bình", "khiển trách")
# the requests that then ask them ("…; yêu cầu báo cáo giải trình …", "…; đề nghị rút kinh nghiệm")
ASKING_AFTER_CRITICISM: tuple[str, ...] = ("yêu cầu", "đề nghị")

# Verbs whose object is guided rather than tasked unless a verb of its own follows it: "Đề nghị Kho bạc Nhà nước
# tỉnh hướng dẫn Quỹ thủ tục mở tài khoản …" (the Quỹ learns a procedure; the Kho bạc acts), beside "hướng dẫn
# Trung tâm X hoàn thiện hồ sơ …" (Trung tâm X acts too). Lower case.
GUIDING_VERBS: tuple[str, ...] = ("hướng dẫn",)

# Verbs of following up on others' work: the bodies a person is told to follow up, urge on or check on are
# supervised, not given the task ("Giao đồng chí X, Tổ phó Thường trực, theo dõi, đôn đốc các cơ quan thực hiện":
# the task is X's), unlike those he is to direct ("…, trực tiếp chỉ đạo Chi cục Y thực hiện": Y acts too). Lower
# case.
SUPERVISING_VERBS: tuple[str, ...] = ("đôn đốc", "theo dõi", "giám sát", "kiểm tra", "hướng dẫn")

# "Có" with a noun that makes it a task: "4. Thanh tra tỉnh có ý kiến đối với việc thụ lý, giải quyết khiếu nại lần
# đầu …", "Sở Tư pháp có văn bản hướng dẫn …" (to give one's opinion, to put it in writing). A body followed by
# bare "có" is described ("Sở X có 12 cán bộ"), so "có" stays a word of reports otherwise; "Đề nghị Giám đốc Sở Y
# tế có giải pháp căn cơ giảm tải …" (to find a remedy) is a task as well. Lower case.
TASK_HAVE_PHRASES: tuple[str, ...] = (
    # "(10) Sở Y tế có báo cáo giải trình việc vắng họp, gửi Văn phòng UBND tỉnh trong tuần" (not a bare "có báo
    # cáo", which reports what a body did)
    "có báo cáo giải trình",
    # "Sở Giao thông vận tải (vắng mặt) có báo cáo bằng văn bản về tiến độ … gửi UBND tỉnh trước ngày 15/10": a
    # report in writing asked for
    "có báo cáo bằng văn bản",
    "có báo cáo cụ thể",
    "có giải trình",
    "có ý kiến",
    "có văn bản",
    "có phương án",
    "có kế hoạch",
    "có giải pháp",
    "có biện pháp",
    # "Bộ Chỉ huy Quân sự tỉnh là cơ quan thường trực của Hội đồng, có trách nhiệm hướng dẫn …": the duty given
    "có trách nhiệm",
)

# Heads of boards that run a field or a service day to day, under a People's Committee or a ministry, rather than
# steer or organise: a management board ("Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ", "BQL dự án đầu tư
# xây dựng", "Ban Quản lý rừng phòng hộ", "Ban Quản lý chợ"), an ethnic affairs board, a national park. Told to act
# like a Sở: "6. Ban Quản lý các khu công nghiệp tỉnh yêu cầu các doanh nghiệp có bếp ăn tập thể tự kiểm tra …" is
# the Ban's task (it requires it of the firms), not the meeting's voice as "Ban Chỉ đạo yêu cầu …" is. Lower case.
STANDING_BOARD_HEADS: tuple[str, ...] = ("ban quản lý", "bql", "bqlda", "ban dân tộc", "vườn quốc gia", "vqg")

# Words for the head of each body of a group, by which a conclusion addresses the bodies themselves: "1. Thủ trưởng
# các sở, ban, ngành và Chủ tịch UBND các huyện, thành phố phải trực tiếp chỉ đạo …", "Yêu cầu người đứng đầu các cơ
# quan, đơn vị …" (the bodies act, as after a post such as "Giám đốc các sở"). Lower case.
GROUP_HEAD_WORDS: tuple[str, ...] = ("thủ trưởng", "người đứng đầu")
# …and words for the head that name the head of each only right before a plural mark ("các", "những"): "g) Trưởng
# các thôn thông tin rộng rãi đến người dân …", "Trưởng các xóm, tổ dân phố …", "yêu cầu Trưởng các khoa, phòng …" (the
# villages or units act); before one body's name it is that body's own title ("giao Trưởng Ban Tổ chức Y Khâm Byă
# quyết định …": a person). Lower case.
GROUP_HEAD_WORDS_BEFORE_PLURAL: tuple[str, ...] = ("trưởng",)
# …but not when the heads are only held to account to a superior: "Thủ trưởng các cơ quan, đơn vị được giao chủ trì
# chịu trách nhiệm trước Chủ tịch UBND tỉnh về tiến độ …", "người đứng đầu các cơ quan, địa phương phải chịu trách
# nhiệm trước Chủ tịch UBND tỉnh về chỉ số …" (the accountability for tasks given elsewhere, no task of its own).
HEADS_ACCOUNTABLE_PHRASES: tuple[str, ...] = ("chịu trách nhiệm trước",)

# A prohibition after a body is a task like any other: "4. Sở Kế hoạch và Đầu tư không bố trí vốn năm 2011 cho các chủ
# đầu tư chưa thực hiện xong kết luận thanh tra", "Sở Tài chính không tham mưu tạm ứng vốn cho …" (the meeting forbids
# it; a bare "không" stays a word of reports: "UBND huyện A không cử người dự họp", "… không thực hiện chế độ báo cáo").
# "không" with a verb a conclusion forbids a body to do with money, permits or advice; not "không được", an admonition
# as often as a passive report ("Các ngành không được chủ quan, lơ là", "… không được bố trí kinh phí"). Lower case.
PROHIBITION_PHRASES: tuple[str, ...] = (
    "không bố trí",
    "không tham mưu",
    "không cấp phép",
    "không phê duyệt",
    "không giải ngân",
    "không tạm ứng",
    "không chấp thuận",
    "không gia hạn",
    "không xem xét",
    "không để",
)

# Lower-case words after a body that do not make it the subject of a verb: links to another body ("Sở A và …",
# "Sở A cùng …", "Phòng A thuộc Sở …", "… của …") or a place or standard ("tại", "theo"). Any other lower-case word
# right after the bodies opening a clause is their verb, listed among the cues or not: "Ủy ban nhân dân huyện
# Thoại Sơn tạm dừng việc thi hành quyết định …; chỉ đạo Phòng Tài nguyên và Môi trường huyện phối hợp …" (the
# body acts, and directs its unit). Lower case.
NOT_A_VERB_AFTER_BODY: tuple[str, ...] = ("và", "với", "cùng", "của", "thuộc", "tại", "theo", "hoặc", "là")

# Words linking two bodies that open a clause and act together: "Sở Khoa học và Công nghệ cùng Trung tâm Kỹ thuật
# Tiêu chuẩn Đo lường Chất lượng thuộc Sở tổ chức kiểm định …", "Sở Tài chính cùng Sở Văn hóa, Thể thao và Du lịch
# cân đối, bố trí kinh phí …" (both act, as with "và"; after a verb, "phối hợp cùng Sở X" makes X a supporter).
# Lower case.
CO_ACTOR_LINKS: tuple[str, ...] = ("cùng", "cùng với")

# The post of the head of a team (an inspection team, a working delegation), which leads the team's visit when the
# record names no chair: "1. Ông Lê Văn Tuấn - Phó Giám đốc Sở GTVT - Trưởng đoàn; 2. … - Phó Trưởng đoàn".
TEAM_HEAD_POSTS: tuple[str, ...] = ("trưởng đoàn", "trưởng đoàn kiểm tra", "trưởng đoàn công tác")

# Words opening a line that cites the texts a record rests on: "Căn cứ Luật An toàn thực phẩm ngày 17 tháng 6 năm
# 2010;" — a date in that line is the cited text's, never the meeting's (the record's own day comes after, in
# "Hôm nay, vào lúc 09 giờ 30 phút ngày 18 tháng 10 năm 2016, …"); so is "Xét Báo cáo kết quả thanh tra ngày …"
# before an inspection's conclusion (the report's day, not the inspection's). Lower case.
CITATION_LINE_LEADS: tuple[str, ...] = ("căn cứ", "xét")

# Verbs of speaking or reporting after a body that opens a sentence: "Sở Y tế cho biết …", "Đại diện Sở X trình bày
# …" tell what was said, no task, even right after a sentence that gave one. Lower case.
SPEAKING_VERBS: tuple[str, ...] = (
    "cho biết",
    "cho rằng",
    "phát biểu",
    "trình bày",
    "nêu",
    "khẳng định",
    "thông tin",
    "chia sẻ",
    "đề xuất",
    "kiến nghị",
    "giải trình",
    "tiếp thu",
    "bày tỏ",
    "nhấn mạnh",
)

# Verbs of a body's view, before a comma, that report what it thinks rather than open its task: "Sở Nội vụ đánh giá,
# đề xuất của Trường là phù hợp" (beside SPEAKING_VERBS: "Sở Tài chính cho biết, …"). Lower case.
# (Not "ghi nhận": "Hội đồng ghi nhận, tổng hợp trình UBND huyện xem xét" takes the request on.)
VIEW_VERBS: tuple[str, ...] = ("đánh giá", "nhận định", "nhận xét", "thừa nhận")

# Words opening a sentence with the bodies it is about, before a request that names no one: "Đối với UBND huyện
# Krông Bông và UBND huyện Ea Súp - hai địa phương có tỷ lệ hồ sơ trễ hạn cao nhất - Phó Chủ tịch UBND tỉnh yêu
# cầu kiểm điểm trách nhiệm …" — the bodies are asked. Lower case.
CONCERNING_LEADS: tuple[str, ...] = ("đối với", "riêng đối với")

# Words that end a group's name and point at the body it belongs to, right after: "Các đơn vị trực thuộc | Sở khẩn
# trương hoàn thành …" — the Sở owns the group; it is not a second subject beside it. Lower case.
GROUP_OWNER_LINKS: tuple[str, ...] = ("thuộc", "trực thuộc")

# A note after the bodies in a table's cell of who carries a task out, in brackets or not, saying they only take
# part: "Phòng Quản lý đô thị (chủ trì); Công an thành phố, UBND phường Tân Phong (phối hợp)", "… ; Công an thành
# phố phối hợp", "(PH)". Lower case.
CELL_SUPPORT_NOTES: tuple[str, ...] = (
    "phối hợp",
    "phối hợp thực hiện",
    "cùng phối hợp",
    "tham gia",
    "hỗ trợ",
    "ph",
)
# ... and the note that marks the one who leads: "Phòng Quản lý đô thị (chủ trì)", "(CT)".
CELL_LEAD_NOTES: tuple[str, ...] = ("chủ trì", "chủ trì thực hiện", "ct")

# A paragraph closing on a request and its colon opens the meeting's conclusions, as "… kết luận như sau:" does:
# "…; đối với những nội dung thuộc thẩm quyền địa phương, Đoàn đề nghị:" over "- UBND huyện A chỉ đạo …" in the
# record of a delegation meeting voters. The words the paragraph ends on before its colon, lower case.
REQUEST_LEADIN_ENDS: tuple[str, ...] = ("đề nghị", "kính đề nghị", "đề nghị như sau", "kính đề nghị như sau")

# Those who ask but give no task: what voters, citizens or businesses ask ("Cử tri phường 2 đề nghị:", "Các doanh
# nghiệp đề nghị:") are their petitions, not the meeting's conclusions. Lower case.
PETITIONER_WORDS: tuple[str, ...] = (
    "cử tri",
    "công dân",
    "người dân",
    "nhân dân",
    "hộ dân",
    "doanh nghiệp",
    "nhà đầu tư",
)

# What a citizen heard at a dialogue or a meeting with voters is, written after his name: "Ông A Lâm, Già làng làng
# Kon Trang Long Loi, xã Hà Mòn đề nghị tỉnh sớm hỗ trợ kinh phí …", "Bà Thạch Thị Sa Ni, người có uy tín ấp Tà Ân
# đề nghị …" (a news story of a dialogue, a meeting with those of standing or with voters): his request, no task;
# the commune in his description is his address, not a body asked. An official's post there ("Ông X, Giám đốc Sở Y
# đề nghị UBND huyện …") leaves the request a task for the body asked. Lower case.
CITIZEN_ROLE_WORDS: tuple[str, ...] = (
    "già làng",
    "người có uy tín",
    "trưởng thôn",
    "trưởng bản",
    "trưởng buôn",
    "trưởng làng",
    "trưởng ấp",
    "trưởng khóm",
    "cử tri",
    "chức sắc",
    "nghệ nhân",
    "hộ dân",
    "người dân",
    "nông dân",
    "đại diện hộ",
)

# A column of a table of tasks whose cell holds the whole order, who and what: "STT | Tên dự án | Nhà đầu tư | Tồn
# tại | Giao | Thời hạn" with "Phòng Quản lý Đầu tư và Doanh nghiệp đôn đốc nhà đầu tư ký quỹ …" in the "Giao"
# cell. Each cell is read as an item of the conclusions. Lower case, the heading's words as written.
ORDER_TABLE_COLUMNS: tuple[str, ...] = (
    "giao",
    "giao nhiệm vụ",
    "ý kiến chỉ đạo",
    "chỉ đạo xử lý",
    "hướng xử lý",
    "biện pháp xử lý",
    "phương án xử lý",
    "ý kiến kết luận",
)

# Words that ask the body right after them when they open an item or a clause of the conclusions, as "đề nghị"
# does: "7. Kiến nghị Sở Xây dựng tổ chức kiểm tra công tác nghiệm thu …" (the meeting asks a body it cannot
# order; the body acts). After a body of its own ("Sở X kiến nghị UBND tỉnh …") the body speaks. Lower case.
OPENING_REQUEST_VERBS: tuple[str, ...] = ("kiến nghị", "kính kiến nghị", "kiến nghị với")

# The part a body plays in a project or a committee, by which a notice names it beside its name or instead of it:
# "Nhà thầu thi công: Công ty cổ phần X", "3. Đối với nhà thầu thi công (Công ty cổ phần X)", "Cơ quan Thường trực
# Ban Chỉ đạo (Công an tỉnh)", "Đối với tư vấn giám sát (Công ty TNHH Y)". Written with the body in brackets, the
# part is that body; written bare ("Cơ quan Thường trực Ban Chỉ đạo 138 tỉnh theo dõi, đôn đốc …"), it is the one
# body the notice named so. Lower case.
PARTY_ROLE_NOUNS: tuple[str, ...] = (
    "nhà thầu",
    "nhà thầu thi công",
    "nhà thầu xây lắp",
    "đơn vị thi công",
    "tư vấn giám sát",
    "đơn vị tư vấn giám sát",
    "đơn vị giám sát",
    "tư vấn thiết kế",
    "đơn vị tư vấn thiết kế",
    "đơn vị thiết kế",
    "đơn vị tư vấn",
    "tư vấn lập dự án",
    "đơn vị tư vấn lập quy hoạch",
    "cơ quan thường trực",
    "đơn vị thường trực",
)

# A finding, not a task: a sentence that opens with a matter (`FINDING_SUBJECTS`: "Việc kiểm định, hiệu chuẩn thiết
# bị y tế …", "Tình trạng …") and says how it stands (`FINDING_PREDICATES`: "… còn chậm, ảnh hưởng đến …"), with no
# word of duty ("cần", "phải") nor a request. Written among a conclusion's tasks it states what is wrong, which the
# tasks after it answer; "Việc kiểm định … cần được đẩy mạnh" is a task. Lower case.
FINDING_SUBJECTS: tuple[str, ...] = ("việc", "tình trạng", "tình hình", "công tác", "kết quả", "tiến độ")
FINDING_PREDICATES: tuple[str, ...] = (
    "còn chậm",
    "còn hạn chế",
    "còn nhiều hạn chế",
    "còn thấp",
    "còn yếu",
    "còn bất cập",
    "còn lúng túng",
    "còn tồn tại",
    "còn xảy ra",
    "còn diễn ra",
    "chưa được",
    "chưa đạt",
    "chưa đáp ứng",
    "chưa kịp thời",
    "chưa đầy đủ",
    "chưa quyết liệt",
    "chưa nghiêm",
    "chưa hiệu quả",
    "chưa cao",
    "chậm được",
    "đạt thấp",
    "còn vướng mắc",
    "còn khó khăn",
)
# Contrastive leads before a finding's matter, turning from what went well to what is wrong: "Tuy nhiên, tiến độ còn
# chậm so với Kế hoạch …", "Song, việc bàn giao mặt bằng còn vướng mắc". Lower case.
FINDING_LEADS: tuple[str, ...] = ("tuy nhiên", "tuy vậy", "song", "nhưng", "bên cạnh đó")

# Words before a title that make it several persons' ("các Phó Chủ tịch UBND tỉnh Nguyễn Thanh Nhàn, Trần Minh
# Khôi"): the names after the first, joined by a comma or "và", share its post. Lower case.
PLURAL_TITLE_MARKS: tuple[str, ...] = ("các", "những", "hai", "ba", "bốn", "02", "03", "04")

# A leader's refusal of what was asked, opening a clause of the conclusions or a table's answer ("Về chuyển mục
# đích sử dụng đất: Không chấp thuận đề nghị của huyện, vì …", "Tỉnh chưa xem xét hỗ trợ trong năm 2012; huyện
# tự cân đối …", "Chưa xem xét; giá dịch vụ … thực hiện theo quy định"): the clause gives no task, and a date in it
# is no deadline; a clause after it may still give one. Lower case, the words the clause opens with (after its
# subject, "Tỉnh", "UBND tỉnh", if any).
REFUSAL_PHRASES: tuple[str, ...] = (
    "không chấp thuận",
    "chưa chấp thuận",
    "không đồng ý",
    "chưa đồng ý",
    "không thống nhất",
    "chưa thống nhất",
    "không xem xét",
    "chưa xem xét",
    "chưa xem xét, giải quyết",
    "không giải quyết",
    "không hỗ trợ",
)
# Who refuses, when the refusal names it ("Tỉnh chưa xem xét …", "UBND tỉnh không chấp thuận …"): the deciding
# level, not a body told to refuse others ("UBND các huyện không chấp thuận đầu tư dự án gây ô nhiễm" is a task).
# Lower case.
REFUSING_SUBJECTS: tuple[str, ...] = (
    "tỉnh",
    "thành phố",
    "ubnd tỉnh",
    "ủy ban nhân dân tỉnh",
    "ubnd thành phố",
    "ủy ban nhân dân thành phố",
    "chủ tịch ubnd tỉnh",
    "chủ tịch ủy ban nhân dân tỉnh",
    "thường trực tỉnh ủy",
    "ban thường vụ tỉnh ủy",
    "lãnh đạo tỉnh",
    "lãnh đạo sở",
    "giám đốc sở",
    "sở",
)

# The verbs by which those heard at a visit or a dialogue ask ("Trung tâm đề nghị Sở đầu tư …", "Cử tri thôn 4 đề
# nghị huyện nâng cấp …", "Công ty có một số kiến nghị: …"): said by a petitioner (PETITIONER_WORDS) or by a body
# other than the one that issues the notice, opening the sentence, it is their petition, not a task. Not bare "đề
# xuất": "Phòng Quản lý khoa học đề xuất đặt hàng nhiệm vụ …" is a unit's task (to put proposals forward). Lower
# case.
PETITION_VERBS: tuple[str, ...] = (
    "đề nghị",
    "kiến nghị",
    "kiến nghị, đề xuất",
    "đề xuất, kiến nghị",
    "phản ánh",
    "xin",
    "mong muốn",
    "có kiến nghị",
    "có đề nghị",
    "có đề xuất",
    "có một số kiến nghị",
    "có một số đề xuất",
    "có một số đề nghị",
    "có một số kiến nghị, đề xuất",
    "có ý kiến đề nghị",
    "có ý kiến",
    "cũng đề nghị",
    "tiếp tục đề nghị",
)
# At most this many words between a petitioner's word and its verb ("Cử tri thôn 4, xã Ea Phê đề nghị …").
PETITIONER_QUALIFIER_MAX_WORDS = 8

# A numbered part of minutes that gives a leader's speech or the conclusions ("3. Phát biểu chỉ đạo của bà X, Phó Chủ
# tịch UBND tỉnh:", "3. Kết luận của chủ trì: … đề nghị các đơn vị thực hiện các hành động sau:"), its title ending
# in a colon: what follows directs, as the conclusions do, though a review part ("2. Ý kiến thảo luận:") came
# before it. Lower case, as the part's title opens.
LEADER_SPEECH_PARTS: tuple[str, ...] = (
    "phát biểu chỉ đạo",
    "ý kiến chỉ đạo",
    "phát biểu kết luận",
    "ý kiến kết luận",
    "kết luận của",
    "kết luận chỉ đạo",
    "kết luận:",
)

# A count that refers back to the bodies just named, as the subject of an absence mark: "điểm cầu huyện Ea Súp và
# điểm cầu huyện M'Đrắk không kết nối được …, lãnh đạo hai huyện không tham dự Hội nghị" — both are away, not only
# the one nearest the mark. Lower case; a count word, a kind of body, and maybe "này" / "trên" after it.
ABSENT_BACK_COUNTS: tuple[str, ...] = ("hai", "ba", "bốn", "cả hai", "cả ba", "cả bốn")
ABSENT_BACK_KINDS: tuple[str, ...] = (
    "huyện",
    "xã",
    "phường",
    "thị xã",
    "địa phương",
    "đơn vị",
    "điểm cầu",
    "sở",
    "cơ quan",
    "ngành",
    "khoa",
    "phòng",
    "bộ môn",
    "công ty",
)
ABSENT_BACK_REFERENCES: tuple[str, ...] = tuple(
    f"{c} {k}{tail}"
    for c in ABSENT_BACK_COUNTS
    for k in ABSENT_BACK_KINDS
    for tail in ("", " này", " trên", " nói trên")
) + (
    "các đơn vị trên",
    "các đơn vị này",
    "các huyện trên",
    "các huyện này",
    "các địa phương trên",
    "cả hai",
    "cả ba",
)

# Those a sentence may name as its own subject though they are no body of the notice: "- Các chủ đầu tư không giải
# ngân hết kế hoạch vốn phải làm rõ trách nhiệm …", "Các nhà thầu phải bố trí đủ nhân lực …". The sentence is
# theirs, not a task of the bodies the opening addressed ("làm việc với các sở, ngành, địa phương") nor of the body
# named in the sentence before. Lower case, after an optional plural word (PLURAL_SUBJECT_WORDS).
GROUP_SUBJECT_NOUNS: tuple[str, ...] = (
    "chủ đầu tư",
    "nhà thầu",
    "nhà đầu tư",
    "đơn vị thi công",
    "doanh nghiệp",
    "hộ dân",
    "hộ gia đình",
    "tổ chức, cá nhân",
)
PLURAL_SUBJECT_WORDS: tuple[str, ...] = ("các", "những", "mọi")

# A record's paragraph of what a party said, labelled with its name: "Ý kiến của Công ty: Công ty thống nhất với kết
# quả kiểm tra, cam kết thực hiện đúng các yêu cầu của Đoàn." (a Biên bản of an inspection). The party's reply or
# promise is not a task the meeting gave; the label is followed by the body and a colon. Lower case.
PARTY_VIEW_LABELS: tuple[str, ...] = ("ý kiến của", "ý kiến giải trình của", "ý kiến tiếp thu của")

# A conclusions' lead-in that is a bare verb and its colon ("Chủ tịch UBND thị trấn chỉ đạo:") is also the tail of
# a board's name: "Ban Chỉ đạo", "Tiểu ban chỉ đạo". Right after such a head word the verb is the name ("Cùng dự có
# các thành viên Ban Chỉ đạo:" lists the board's members), not the chair directing. Lower case.
BARE_VERB_LEADINS: tuple[str, ...] = ("chỉ đạo:",)
BOARD_NAME_HEADS: tuple[str, ...] = ("ban", "tiểu ban")

# Words a bracket after "… chủ trì cuộc họp" uses to say why the committee's head is not the one chairing:
# "(đồng chí A, Chủ tịch Ủy ban bầu cử huyện đi họp tại tỉnh)", "(đồng chí B, Giám đốc Sở đi công tác)". The
# person named there is away, not a second chair. Lower case.
AWAY_FROM_MEETING_CUES: tuple[str, ...] = (
    "vắng",
    "đi công tác",
    "đi họp",
    "bận công tác",
    "bận việc",
    "nghỉ phép",
    "nghỉ ốm",
    "đi học",
)

# A record (biên bản) closes with side-by-side signature blocks, one per party and the secretary's, with no KT./TL.:
# "ĐẠI DIỆN UBND HUYỆN A / PHÓ CHỦ TỊCH / … ĐẠI DIỆN CỤC HẢI QUAN TỈNH B / PHÓ CỤC TRƯỞNG / …", then "THƯ KÝ / …".
# The one who answers for the record heads the block of the team or the chair, or of the issuing party; the
# secretary signs for the minutes' accuracy, and the inspected unit for having been told. Headings, folded, that a
# block opens with.
SECRETARY_SIGNATURE_HEADS: tuple[str, ...] = (
    "thư ký",
    "người ghi biên bản",
    "người lập biên bản",
    "người ghi",
    "cán bộ lập biên bản",
    "cán bộ ghi biên bản",
)
INSPECTED_SIGNATURE_HEADS: tuple[str, ...] = (
    "đại diện đơn vị được kiểm tra",
    "đại diện đơn vị được thanh tra",
    "đại diện cơ sở được kiểm tra",
    "đại diện cơ quan được kiểm tra",
    "đại diện bên được kiểm tra",
    "đại diện địa phương được kiểm tra",
    "đơn vị được kiểm tra",
    "đơn vị được thanh tra",
    "cơ sở được kiểm tra",
)
LEADING_SIGNATURE_HEADS: tuple[str, ...] = (
    "trưởng đoàn",
    "chủ trì",
    "chủ tọa",
    "chủ toạ",
    "chủ tịch hội đồng",
    "tm. đoàn",
    "tm đoàn",
)
REPRESENTATIVE_SIGNATURE_HEAD = "đại diện"
