"""Kinds of bodies (cơ quan, đơn vị), their abbreviations and the words their names are made of.

Sources: Nghị định 24/2014/NĐ-CP and 107/2020/NĐ-CP (Sở and their Phòng/Chi cục/Trung tâm),
Nghị định 37/2014/NĐ-CP (Phòng of district People's Committees), Điều lệ Đảng (Tỉnh ủy,
Huyện ủy, Ban Thường vụ), and the abbreviations of Phụ lục III, Nghị định 30/2020/NĐ-CP.
"""

# Head nouns that open an agency name, longest first when matching.
# value: a short kind code used by the parser and for IRIs.
AGENCY_HEADS: dict[str, str] = {
    "ủy ban nhân dân": "ubnd",
    "ubnd": "ubnd",
    "hội đồng nhân dân": "hdnd",
    "hđnd": "hdnd",
    "ủy ban mặt trận tổ quốc": "mttq",
    "ủy ban mttq": "mttq",
    "mặt trận tổ quốc": "mttq",
    "thường trực tỉnh ủy": "party",
    "thường trực thành ủy": "party",
    "thường trực huyện ủy": "party",
    "thường trực hội đồng nhân dân": "hdnd",
    "thường trực hđnd": "hdnd",
    "ban thường vụ tỉnh ủy": "party",
    "ban thường vụ thành ủy": "party",
    "ban thường vụ huyện ủy": "party",
    "ban chấp hành trung ương đảng": "party",
    "ban chấp hành trung ương": "party",
    "bộ chính trị": "party",
    "ban bí thư": "party",
    "tỉnh ủy": "party",
    "thành ủy": "party",
    "huyện ủy": "party",
    "quận ủy": "party",
    "thị ủy": "party",
    "đảng ủy khối": "party",
    "đảng ủy": "party",
    "chính phủ": "government",
    "văn phòng chính phủ": "office",
    "văn phòng ubnd": "office",
    "văn phòng ủy ban nhân dân": "office",
    "văn phòng tỉnh ủy": "office",
    "văn phòng huyện ủy": "office",
    "văn phòng thành ủy": "office",
    "văn phòng hđnd": "office",
    "văn phòng đoàn đại biểu quốc hội": "office",
    "văn phòng sở": "office",
    "văn phòng": "office",
    "thanh tra sở": "inspectorate",
    "thanh tra tỉnh": "inspectorate",
    "thanh tra huyện": "inspectorate",
    "thanh tra": "inspectorate",
    "bộ chỉ huy quân sự": "military",
    "bộ chỉ huy bộ đội biên phòng": "military",
    "bộ": "ministry",
    "tổng cục": "general-department",
    "chi cục": "sub-department",
    "cục thuế": "department",
    "cục thống kê": "department",
    "cục hải quan": "department",
    "cục": "department",
    "vụ": "ministry-department",
    "sở": "so",
    "phòng": "phong",
    "trung tâm": "center",
    "viện": "institute",
    "trường đại học": "school",
    "trường cao đẳng": "school",
    "trường": "school",
    "đại học": "school",
    "bệnh viện": "hospital",
    "ban quản lý": "board",
    "ban tuyên giáo": "party-board",
    "ban tổ chức": "party-board",
    "ban dân vận": "party-board",
    "ban nội chính": "party-board",
    "ban kinh tế và ngân sách": "council-board",
    "ban pháp chế": "council-board",
    "ban văn hóa - xã hội": "council-board",
    "ban dân tộc": "board",
    "ban giám đốc": "leadership",
    "ban chỉ đạo": "board",
    "ban": "board",
    "liên hiệp các hội khoa học và kỹ thuật": "association",
    "liên hiệp các hội": "association",
    "liên hiệp hội": "association",
    "liên minh hợp tác xã": "association",
    "hội nông dân": "association",
    "hội liên hiệp phụ nữ": "association",
    "hội": "association",
    "tỉnh đoàn": "mass-org",
    "công an": "police",
    "kho bạc nhà nước": "treasury",
    "kho bạc": "treasury",
    "ngân hàng": "bank",
    "quỹ": "fund",
    "đài phát thanh và truyền hình": "media",
    "đài phát thanh - truyền hình": "media",
    "báo": "media",
    "công ty": "company",
    "hợp tác xã": "coop",
    "trạm": "station",
    "đội": "team",
    "hội đồng": "council",
}

# A head noun followed by these words names a place or an event, not a body
# ("Hội trường", "Hội nghị", "Hội chợ Thương mại").
NOT_BODIES_AFTER_HEAD: dict[str, frozenset[str]] = {
    "hội": frozenset({"trường", "nghị", "thi", "thảo", "chợ", "diễn"}),
}

# Administrative-unit words that name a locality as a whole ("Huyện Long Hồ" as a body).
LOCALITY_TYPES: dict[str, str] = {
    "tỉnh": "tỉnh",
    "thành phố": "thành phố",
    "tp.": "thành phố",
    "tp": "thành phố",
    "huyện": "huyện",
    "h.": "huyện",
    "quận": "quận",
    "thị xã": "thị xã",
    "tx.": "thị xã",
    "tx": "thị xã",
    "xã": "xã",
    "phường": "phường",
    "thị trấn": "thị trấn",
    "đặc khu": "đặc khu",
}
DISTRICT_TYPES: frozenset[str] = frozenset({"huyện", "quận", "thị xã", "thành phố"})

# Collective bodies: "các huyện, thị xã, thành phố", "các sở, ban, ngành" ...
COLLECTIVE_OPENERS: tuple[str, ...] = ("các", "những", "toàn bộ các")
COLLECTIVE_NOUNS: frozenset[str] = frozenset(
    {
        "huyện",
        "thị xã",
        "thành phố",
        "quận",
        "xã",
        "phường",
        "thị trấn",
        "địa phương",
        "sở",
        "ban",
        "ngành",
        "đoàn thể",
        "phòng",
        "đơn vị",
        "cơ quan",
        "hội",
        "viện",
        "trường",
        "trung tâm",
        "chi cục",
        "doanh nghiệp",
        "tổ chức",
        "hợp tác xã",
        "tx",
        "tp",
        "phòng chuyên môn",
        "tx.",
        "tp.",
        "ban ngành",
        "sở ngành",
        "cấp huyện",
        "cấp xã",
    }
)

# Abbreviations inside agency names -> expansion. Applied to whole tokens, longest first.
ABBREVIATIONS: dict[str, str] = {
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "MTTQ": "Mặt trận Tổ quốc",
    "KH&CN": "Khoa học và Công nghệ",
    "KHCN": "Khoa học và Công nghệ",
    "KH-CN": "Khoa học và Công nghệ",
    "KH và CN": "Khoa học và Công nghệ",
    "KH&KT": "Khoa học và Kỹ thuật",
    "KHKT": "Khoa học và Kỹ thuật",
    "KH&ĐT": "Kế hoạch và Đầu tư",
    "KHĐT": "Kế hoạch và Đầu tư",
    "KH-ĐT": "Kế hoạch và Đầu tư",
    "TN&MT": "Tài nguyên và Môi trường",
    "TNMT": "Tài nguyên và Môi trường",
    "TN-MT": "Tài nguyên và Môi trường",
    "NN&PTNT": "Nông nghiệp và Phát triển nông thôn",
    "NNPTNT": "Nông nghiệp và Phát triển nông thôn",
    "NN-PTNT": "Nông nghiệp và Phát triển nông thôn",
    "NN&MT": "Nông nghiệp và Môi trường",
    "LĐ-TB&XH": "Lao động - Thương binh và Xã hội",
    "LĐTB&XH": "Lao động - Thương binh và Xã hội",
    "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "VH-TT&DL": "Văn hóa, Thể thao và Du lịch",
    "VHTT&DL": "Văn hóa, Thể thao và Du lịch",
    "VHTTDL": "Văn hóa, Thể thao và Du lịch",
    "VH,TT&DL": "Văn hóa, Thể thao và Du lịch",
    "GD&ĐT": "Giáo dục và Đào tạo",
    "GDĐT": "Giáo dục và Đào tạo",
    "GD-ĐT": "Giáo dục và Đào tạo",
    "TT&TT": "Thông tin và Truyền thông",
    "TTTT": "Thông tin và Truyền thông",
    "TT-TT": "Thông tin và Truyền thông",
    "GTVT": "Giao thông vận tải",
    "KT-HT": "Kinh tế và Hạ tầng",
    "KT&HT": "Kinh tế và Hạ tầng",
    "KTHT": "Kinh tế và Hạ tầng",
    "KT và HT": "Kinh tế và Hạ tầng",
    "KH-TC": "Kế hoạch - Tài chính",
    "TC-KH": "Tài chính - Kế hoạch",
    "KT-XH": "Kinh tế - Xã hội",
    "KTXH": "Kinh tế - Xã hội",
    "TĐC": "Tiêu chuẩn Đo lường Chất lượng",
    "TCĐLCL": "Tiêu chuẩn Đo lường Chất lượng",
    "TC-ĐL-CL": "Tiêu chuẩn Đo lường Chất lượng",
    "TCĐL": "Tiêu chuẩn Đo lường",
    "UDTB": "Ứng dụng Tiến bộ",
    "ƯDTB": "Ứng dụng Tiến bộ",
    "QLKH&CN": "Quản lý Khoa học và Công nghệ",
    "QLKH": "Quản lý Khoa học",
    "QLCN": "Quản lý Công nghệ",
    "QL": "Quản lý",
    "CN": "Công nghệ",
    "KT": "Kinh tế",
    "CT": "Công Thương",
    "ĐBSCL": "Đồng bằng sông Cửu Long",
    "LHH": "Liên hiệp các Hội Khoa học và Kỹ thuật",
    "LHHKHKT": "Liên hiệp các Hội Khoa học và Kỹ thuật",
    "VP": "Văn phòng",
    "BGĐ": "Ban Giám đốc",
    "BGD": "Ban Giám đốc",
    "TT": "Trung tâm",
    "BQL": "Ban Quản lý",
    "CNTT": "Công nghệ thông tin",
    "SHTT": "Sở hữu trí tuệ",
    "ATBX": "An toàn bức xạ",
    "BCH": "Ban Chấp hành",
    "BTV": "Ban Thường vụ",
    "KBNN": "Kho bạc Nhà nước",
}

# Abbreviations that are whole agency names on their own (the prefix is implied).
STANDALONE_ABBREVIATIONS: dict[str, str] = {
    "LHH": "Liên hiệp các Hội Khoa học và Kỹ thuật",
    "BGĐ": "Ban Giám đốc",
    "BGD": "Ban Giám đốc",
    "VPUBND": "Văn phòng Ủy ban nhân dân",
}

# Prefixes of document codes ("Số: 12/TB-SKHCN") -> the issuing body's name.
DOCUMENT_CODE_ISSUERS: dict[str, str] = {
    "SKHCN": "Sở Khoa học và Công nghệ",
    "SKH&CN": "Sở Khoa học và Công nghệ",
    "SYT": "Sở Y tế",
    "STC": "Sở Tài chính",
    "SKHĐT": "Sở Kế hoạch và Đầu tư",
    "SNN": "Sở Nông nghiệp và Phát triển nông thôn",
    "SNNPTNT": "Sở Nông nghiệp và Phát triển nông thôn",
    "SNNMT": "Sở Nông nghiệp và Môi trường",
    "STNMT": "Sở Tài nguyên và Môi trường",
    "SGDĐT": "Sở Giáo dục và Đào tạo",
    "SCT": "Sở Công Thương",
    "SXD": "Sở Xây dựng",
    "SGTVT": "Sở Giao thông vận tải",
    "SNV": "Sở Nội vụ",
    "STP": "Sở Tư pháp",
    "STTTT": "Sở Thông tin và Truyền thông",
    "SLĐTBXH": "Sở Lao động - Thương binh và Xã hội",
    "SVHTTDL": "Sở Văn hóa, Thể thao và Du lịch",
    "UBND": "Ủy ban nhân dân",
    "VPUBND": "Văn phòng Ủy ban nhân dân",
    "TU": "Tỉnh ủy",
    "VPTU": "Văn phòng Tỉnh ủy",
    "HU": "Huyện ủy",
    "BKHCN": "Bộ Khoa học và Công nghệ",
    "BYT": "Bộ Y tế",
    "BTC": "Bộ Tài chính",
    "BNN": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "VPCP": "Văn phòng Chính phủ",
}

# Lower-case syllables that may continue an agency name (names are not reliably
# capitalised: "Sở Nông nghiệp và Phát triển nông thôn", "Phòng Quản lý khoa học").
NAME_SYLLABLES: frozenset[str] = frozenset(
    """
    và khoa học công nghệ quản lý kỹ thuật kinh tế hạ tầng nông nghiệp thôn phát triển chất lượng
    đo lường tiêu chuẩn cơ sở chuyên ngành thị trường xã hội môi trường đầu tư tài chính kế hoạch
    thông tin tư liệu truyền đào tạo giáo dục y dân nhân ứng dụng tiến bộ kiểm định nghiệm
    thống kê hành văn thanh tra an toàn bức xạ hạt năng suất đô thị vận tải giao pháp lao động
    thương binh du lịch thể thao hóa nội vụ ngoại xây dựng trí tuệ sở hữu nguyên tài
    lúa đồng bằng sông cửu long vấn tư chính phòng tổng hợp dịch nghiên cứu bảo vệ thực vật
    chăn nuôi thú thủy lợi lâm kiểm sản nước sạch vệ sinh dự án quy hoạch
    tuyên giáo tổ chức mặt trận tổ quốc phụ nữ nông dân cựu chiến binh thanh niên
    chỉ huy quân sự biên phòng khuyến công xúc tiến thương mại thuế hải quan bạc kho
    tỉnh huyện quận phường trấn dân tộc tôn giáo thường trực vụ ngân sách
    thị điện tử số hóa chuyển đổi sáng tạo đổi mới hỗ trợ cộng đồng doanh nghiệp
    công thương lượng cao kiểm nghiệm thí nghiệm bệnh viện dược phẩm mỹ phẩm thực phẩm
    tế bào sinh học chuyển giao phân tích trắc địa bản đồ đất đai
    """.split()
)

# Lower-case phrases that end an agency name when they follow it (verbs, modals, prepositions).
# Checked before NAME_SYLLABLES, so "phòng Quản lý khoa học nghiên cứu, làm đầu mối" stops at the verb.
NAME_STOP_PHRASES: frozenset[str] = frozenset(
    p.strip()
    for p in """
    tích cực, quan tâm, phối hợp, thực hiện, triển khai, chủ trì, tiếp tục, sớm, giúp, cần, sẽ, đã, có,
    là, được, đề nghị, gửi, để, theo, khẩn trương, rà soát, tham mưu, chủ động, báo cáo, hướng dẫn,
    kiểm tra, tăng cường, đẩy mạnh, hoàn thành, hoàn thiện, nghiên cứu, xem xét, chịu trách nhiệm,
    với, cho, của, về, tại, trong, trên, từ, đến, do, bởi, mà, nhằm, nhưng, vẫn, còn, chưa, không, đang,
    vắng, tổ chức, xây dựng, lựa chọn, cung cấp, phân công, đôn đốc, theo dõi, giám sát, thẩm định,
    bổ sung, cập nhật, liên hệ, làm việc, nắm, thống nhất, đánh giá, trình, ban hành, chỉ đạo, quản lý tốt,
    hỗ trợ huyện, hỗ trợ các, tập trung, phấn đấu, lưu ý, chuẩn bị, giải quyết, tiếp thu, duy trì, ứng dụng các,
    nên, phải, và các, và người, cùng, hoặc, như, nhất là, thì, thanh tra việc, thanh tra, kiểm tra việc
    """.split(",")
    if p.strip()
)
