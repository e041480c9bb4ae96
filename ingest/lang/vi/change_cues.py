"""Words that state a change in how bodies are organised: mergers, renames, splits, new and dissolved bodies.

Sources: the wording of Nghị định 158/2018/NĐ-CP (thành lập, tổ chức lại, giải thể tổ chức
hành chính: "tổ chức lại" covers hợp nhất, sáp nhập, chia, tách), Nghị định 120/2020/NĐ-CP
(the same for đơn vị sự nghiệp công lập), Nghị định 107/2020/NĐ-CP and 108/2020/NĐ-CP, and the
2025 reorganisation texts (Nghị quyết 18-NQ/TW follow-up, Nghị định 45/2025/NĐ-CP, provincial
"Đề án sắp xếp"): "Hợp nhất Sở A và Sở B thành Sở C", "Thành lập Sở C trên cơ sở hợp nhất Sở A
và Sở B", "Sáp nhập Trung tâm A vào Trung tâm B", "Đổi tên Chi cục A thành Chi cục B",
"Chuyển Trung tâm A về trực thuộc Sở B", "kể từ ngày 01/3/2025".

Deliberately *not* cues: "kiện toàn" (filling posts of an existing body: personnel, not
structure), "sắp xếp" alone (usually a plan: "phương án sắp xếp"), "củng cố".

Every phrase is matched on folded syllables (`ketluan.ingest.tokens.fold`), so case and tone
placement ("hoà"/"hòa", "uỷ"/"ủy") do not matter.
"""

# Verbs that state a change, phrase -> verb class. "reorganise" becomes merge, split or
# rename by how many bodies go in and come out; "transfer" moves a body under another.
CHANGE_VERBS: dict[str, str] = {
    "hợp nhất": "merge",
    "sáp nhập": "merge",
    "nhập": "merge",  # "nhập xã A và xã B thành xã C"
    "đổi tên": "rename",
    "tổ chức lại": "reorganise",
    "sắp xếp lại": "reorganise",
    "chia tách": "split",
    "tách": "split",
    "thành lập": "establish",
    "giải thể": "dissolve",
    "chấm dứt hoạt động": "dissolve",
    "chuyển": "transfer",
    "chuyển giao": "transfer",
    "điều chuyển": "transfer",
}

# Verb classes whose words never belong to a body's name: agency names are cut where they start
# ("Sở TN&MT hợp nhất" is not "Sở Tài nguyên và Môi trường hợp"). Transfer verbs are left out:
# "Trung tâm Ứng dụng và Chuyển giao công nghệ" is a name.
NAME_BREAKING_CLASSES: frozenset[str] = frozenset(
    {"merge", "rename", "reorganise", "split", "establish", "dissolve"}
)
# Other phrases that end a name: "trực" is a name syllable ("Thường trực"), "trực thuộc" is not.
NAME_BREAKERS: tuple[str, ...] = ("trực thuộc", "trên cơ sở")

# A verb preceded by one of these syllables is part of another word: "thu nhập", "cập nhập",
# "đăng nhập", "xuất nhập khẩu", "hoàn thành lập đồ án" (hoàn thành + lập), "luân chuyển".
NOT_A_VERB_AFTER: dict[str, frozenset[str]] = {
    "nhập": frozenset({"thu", "cập", "đăng", "xuất", "sáp", "hợp"}),
    "thành lập": frozenset({"hoàn"}),
    "chuyển": frozenset({"luân", "vận", "di", "lưu"}),
    "chuyển giao": frozenset({"luân"}),
    "tách": frozenset({"chia"}),
}

# Words that link the bodies of a change, phrase -> role.
#   into   : what comes out ("thành Sở Tài chính")
#   absorb : the body merged into, which remains ("sáp nhập A vào B")
#   to     : a transferred body's new superior ("về trực thuộc Sở B", "sang Sở B")
#   under  : "trực thuộc"/"thuộc": the superior of the body just named
#   from   : a transferred body's former superior ("từ Sở A")
#   basis  : "trên cơ sở" + a verb: what an established body was made from
#   with   : the partner of a subject that merges ("Sở A hợp nhất với Sở B")
CONNECTORS: dict[str, str] = {
    "thành": "into",
    "để thành lập": "into",
    "thành lập": "into",  # only right after merged/split bodies: "hợp nhất A và B thành lập C"
    "vào": "absorb",
    "về trực thuộc": "to",
    "sang trực thuộc": "to",
    "về thuộc": "to",
    "về": "to",
    "sang": "to",
    "trực thuộc": "under",
    "thuộc": "under",
    "từ": "from",
    "trên cơ sở": "basis",
    "trên cơ sở của": "basis",
    "với": "with",  # "Sở A hợp nhất với Sở B"
}

# Joiners inside a list of bodies: "Sở A, Sở B và Sở C", "Sở A với Sở B".
LIST_JOINERS: frozenset[str] = frozenset({",", "và", "với", "cùng", "&"})

# Between the object verb and its first body: "chuyển nguyên trạng Trung tâm A", "thành lập mới".
OBJECT_FILLERS: frozenset[str] = frozenset({"nguyên", "trạng", "toàn", "bộ", "mới", "gọi", "của", ":"})
# Between a subject and its verb: "Sở A và Sở B được hợp nhất", "Phòng A đã chính thức sáp nhập".
SUBJECT_FILLERS: frozenset[str] = frozenset({"được", "bị", "đã", "sẽ", "chính", "thức", "cũng", "vừa"})
# Between a list of bodies and the connector after it: "Sở A (cũ) thành Sở B", "Sở A hiện nay".
BETWEEN_FILLERS: frozenset[str] = frozenset({"(", ")", "hiện", "nay", "cũ", "nguyên", "trạng", "lại"})
# A subject-first change ("Sở A và Sở B hợp nhất …") needs its verb to be intransitive there:
# the next word is a connector, a date cue or the end of the clause, not an object
# ("Sở Tài chính hợp nhất các báo cáo" is not a merger).
AFTER_INTRANSITIVE: frozenset[str] = frozenset(
    {"thành", "vào", "về", "sang", "trực", "thuộc", "từ", "kể", "trên", "theo", "lại", "với", "nhau", "để"}
)
# A body's name often runs on in lower case past where `find_agencies` stops ("Trung tâm Dịch vụ
# đấu giá tài sản", "Ban Quản lý dự án đầu tư xây dựng huyện …"). In a change clause such a tail
# is taken into the name when it ends at a connector, a place, punctuation or the verb; these
# function words end it instead (the tail is then left out).
NAME_TAIL_STOPS: frozenset[str] = frozenset(
    """
    để nhằm của theo có là cho tại trong trên từ kể với khi sau trước nhưng thì mà do bởi ngày
    năm tháng nếu hoặc như cùng đồng thời gồm bao gồm các những này đó đây hiện nay xong
    """.split()
)

# Words after a transfer target that close it: "về Sở B quản lý".
TRANSFER_TAIL: tuple[str, ...] = ("quản lý",)

# Earlier in the same clause (no comma between), these make a change a plan, a proposal or a
# task, not a stated change: "tham mưu phương án sáp nhập", "đề xuất thành lập Trung tâm …",
# "thống nhất chủ trương hợp nhất", "hỗ trợ thành lập Hợp tác xã".
PLAN_CUES: tuple[str, ...] = (
    "tham mưu",
    "đề xuất",
    "đề nghị",
    "kiến nghị",
    "nghiên cứu",
    "dự kiến",
    "dự thảo",
    "đề án",
    "phương án",
    "chuẩn bị",
    "xem xét",
    "trình",
    "chủ trương",
    "định hướng",
    "lộ trình",
    "kế hoạch",
    "hồ sơ",
    "thủ tục",
    "hỗ trợ",
    "hướng dẫn",
    "vận động",
    "khuyến khích",
    "tiến tới",
    "nếu",
    "trường hợp",
    "điều kiện",
)
# Right before the verb, these deny it: "không sáp nhập", "chưa thành lập".
NEGATORS: frozenset[str] = frozenset({"không", "chưa", "chẳng", "chớ", "đừng"})

# Bodies set up for a task are not part of the administrative structure: councils, steering
# committees, organising committees, working groups, inspection teams. Matched as the first
# syllables of the canonical name. ("Hội đồng nhân dân" is exempt: see EXEMPT_BODIES.)
TASK_BODIES: tuple[str, ...] = (
    "hội đồng",
    "ban chỉ đạo",
    "ban tổ chức",
    "ban biên tập",
    "ban soạn thảo",
    "ban giám khảo",
    "ban điều hành",
    "ban vận động",
    "ban kiểm phiếu",
    "ban công tác",
    "ban thi đua",
    "ban chỉ huy phòng",
    "tiểu ban",
    "tổ",
    "đoàn",
    "nhóm",
)
EXEMPT_BODIES: tuple[str, ...] = ("hội đồng nhân dân",)
# A name ending in a party committee is a standing party body ("Ban Tổ chức Tỉnh ủy"), not a task body.
PARTY_OWNERS: tuple[str, ...] = (
    "tỉnh ủy",
    "thành ủy",
    "huyện ủy",
    "quận ủy",
    "thị ủy",
    "đảng ủy",
    "trung ương",
)

# An effective date is introduced by these ("kể từ ngày 01/7/2025", "có hiệu lực từ ngày …").
# A date after a document number ("Quyết định số 12/QĐ-UBND ngày 05/3/2025") is that
# document's date, not the change's.
EFFECTIVE_CUES: tuple[str, ...] = (
    "kể từ",
    "từ",
    "bắt đầu từ",
    "có hiệu lực",
    "hiệu lực từ",
    "tính từ",
    "chính thức",
)
# Words that may sit between an effective cue and the date ("kể từ ngày", "từ ngày").
DATE_LEADERS: frozenset[str] = frozenset({"ngày", "vào", "lúc"})

# One-letter short forms written with a full stop that does not end a sentence
# ("h. Long Hồ", "x. An Bình", "p. 5", "q. 1", "t. Vĩnh Long"); any other "ý." does ("lưu ý.").
DOTTED_SHORT_FORMS: frozenset[str] = frozenset({"h.", "p.", "q.", "x.", "t."})

# The first tokens of an item in a list ("- Hợp nhất …", "+ …", "• …").
LIST_BULLETS: frozenset[str] = frozenset({"-", "–", "—", "+", "•", "*", "·"})
