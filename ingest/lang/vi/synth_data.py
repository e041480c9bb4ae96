"""Vietnamese building blocks of the synthetic corpus (`ketluan.ingest.synth`).

Data only: name parts, post titles, kinds of bodies and their units, directive wordings per
topic, deadline phrasings, opening/closing formulas and the chrome of news pages. The
generator combines them; every string here is the way real notices write it.

Sources: surname frequencies of the population census as summarised by Lê Trung Hoa, *Họ và
tên người Việt Nam*; the organisation of Sở and their units (Nghị định 24/2014/NĐ-CP,
107/2020/NĐ-CP, Thông tư liên tịch 29/2014/TTLT-BKHCN-BNV for Sở Khoa học và Công nghệ), of
district People's Committees (Nghị định 37/2014/NĐ-CP, 108/2020/NĐ-CP) and the 2025
reorganisation (Nghị quyết 202/2025/QH15, Nghị định 45/2025/NĐ-CP); the notice layout of
Nghị định 30/2020/NĐ-CP (quốc hiệu, "Số:", "Nơi nhận:", "KT."/"TL."/"TM." signature blocks).
Officials, numbers and events produced from these tables are invented.
"""

from ketluan.ingest.lang.vi import provinces as _provinces

# ------------------------------------------------------------------------------------ places

# Region of each pre-2025 province (gazetteer short names): drives the surname mix.
REGION_OF_PROVINCE: dict[str, str] = {
    **dict.fromkeys(
        "Hà Nội, Hải Phòng, Quảng Ninh, Bắc Ninh, Bắc Giang, Hải Dương, Hưng Yên, Thái Bình, Hà Nam, "
        "Nam Định, Ninh Bình, Vĩnh Phúc, Phú Thọ, Thái Nguyên, Tuyên Quang, Hòa Bình".split(", "),
        "north",
    ),
    **dict.fromkeys(
        "Hà Giang, Cao Bằng, Bắc Kạn, Lào Cai, Điện Biên, Lai Châu, Sơn La, Yên Bái, Lạng Sơn".split(", "),
        "northwest",
    ),
    **dict.fromkeys(
        "Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị, Huế, Đà Nẵng, Quảng Nam, Quảng Ngãi, "
        "Bình Định, Phú Yên, Khánh Hòa, Ninh Thuận, Bình Thuận".split(", "),
        "central",
    ),
    **dict.fromkeys("Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông, Lâm Đồng".split(", "), "highlands"),
    **dict.fromkeys(
        "Bình Phước, Tây Ninh, Bình Dương, Đồng Nai, Bà Rịa - Vũng Tàu, Hồ Chí Minh, Long An, Tiền Giang, "
        "Bến Tre, Trà Vinh, Vĩnh Long, Đồng Tháp, An Giang, Kiên Giang, Cần Thơ, Hậu Giang, Sóc Trăng, "
        "Bạc Liêu, Cà Mau".split(", "),
        "south",
    ),
}

# Names a province went by before a date: (name, level, first day of the current name).
FORMER_PROVINCE_NAMES = _provinces.FORMER_PROVINCE_NAMES

# The 2025 reorganisation: districts are abolished and the 34 provinces take over on this day.
PROVINCE_MERGER_DAY = "2025-07-01"
# Sở mergers of March 2025 (Nghị định 45/2025/NĐ-CP).
SO_MERGER_DAY = "2025-03-01"

# ------------------------------------------------------------------------------------ names

_S = list[tuple[str, float]]

SURNAMES_BY_REGION: dict[str, _S] = {
    "north": [
        ("Nguyễn", 38), ("Trần", 10), ("Lê", 9), ("Phạm", 7), ("Hoàng", 6), ("Vũ", 5), ("Đỗ", 3),
        ("Bùi", 3), ("Đặng", 2.5), ("Ngô", 2), ("Đinh", 2), ("Phan", 1.5), ("Dương", 1.5), ("Lưu", 1),
        ("Trịnh", 1.2), ("Đào", 1.2), ("Lương", 1), ("Tạ", 0.6), ("Mai", 0.6), ("Cao", 0.6),
        ("Phùng", 0.5), ("Đoàn", 0.8), ("Hà", 0.8), ("Tô", 0.4), ("Khúc", 0.2), ("Nghiêm", 0.3),
        ("Kiều", 0.3), ("Lại", 0.3), ("Chu", 0.4), ("Triệu", 0.3),
    ],
    "northwest": [
        ("Nguyễn", 20), ("Hoàng", 8), ("Lò", 5), ("Nông", 5), ("Hà", 5), ("Vàng", 3), ("Giàng", 3),
        ("Sùng", 2), ("Lường", 2), ("Cầm", 1.5), ("Ma", 2), ("Triệu", 2), ("Bế", 1.5), ("Lục", 1.5),
        ("Trần", 6), ("Lê", 5), ("Phạm", 4), ("Vũ", 3), ("Đỗ", 2), ("Đặng", 2), ("Lương", 1.5),
        ("Lý", 1.5), ("Đinh", 1.5),
    ],
    "central": [
        ("Nguyễn", 36), ("Trần", 11), ("Lê", 11), ("Phạm", 5), ("Hoàng", 3), ("Võ", 5), ("Phan", 4),
        ("Huỳnh", 2.5), ("Hồ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 1.5), ("Ngô", 1.5), ("Trương", 1.5),
        ("Đinh", 1), ("Đào", 1), ("Dương", 1), ("Lương", 1), ("Thái", 0.8), ("Mai", 0.6), ("Cao", 0.6),
        ("Đoàn", 0.8), ("Tôn", 0.3), ("Châu", 0.4),
    ],
    "highlands": [
        ("Nguyễn", 30), ("Trần", 9), ("Lê", 9), ("Phạm", 5), ("Võ", 3), ("Đinh", 3), ("Hồ", 2),
        ("Huỳnh", 2), ("Phan", 3), ("Đỗ", 2), ("Hoàng", 3), ("Bùi", 2), ("Y", 2), ("Ksor", 1.5),
        ("Rơ Mah", 1), ("Siu", 1), ("Nay", 0.8), ("A", 1),
    ],
    "south": [
        ("Nguyễn", 37), ("Trần", 12), ("Lê", 8), ("Phạm", 5), ("Huỳnh", 6), ("Võ", 5), ("Phan", 4),
        ("Trương", 2.5), ("Lâm", 2), ("Đặng", 2), ("Bùi", 1.5), ("Đỗ", 1.5), ("Hồ", 1.5), ("Ngô", 1.5),
        ("Dương", 1.5), ("Lý", 1.2), ("Đoàn", 1), ("Châu", 1), ("Mai", 1), ("Tô", 0.8), ("Thạch", 0.8),
        ("Lưu", 0.8), ("Cao", 0.8), ("La", 0.4), ("Quách", 0.4), ("Diệp", 0.3), ("Sơn", 0.4),
        ("Kim", 0.3), ("Tăng", 0.3),
    ],
}  # fmt: skip

# Surnames that are a whole ethnic name prefix: "Y Hiên", "A Thuyên", "Ksor Phước" (no middle name).
NO_MIDDLE_SURNAMES: frozenset[str] = frozenset({"Y", "A", "Ksor", "Rơ Mah", "Siu", "Nay"})
# Middle names of the Hmông and Dao naming systems of the northwest.
NORTHWEST_MIDDLE: dict[str, tuple[str, ...]] = {
    "Vàng": ("Seo", "A", "Văn"),
    "Giàng": ("A", "Seo", "Văn"),
    "Sùng": ("A", "Seo"),
}

MIDDLE_MALE: _S = [
    ("Văn", 30), ("Hữu", 5), ("Đức", 6), ("Minh", 7), ("Quốc", 5), ("Thanh", 6), ("Công", 4),
    ("Xuân", 3), ("Ngọc", 3), ("Hoàng", 2), ("Anh", 2), ("Trọng", 2), ("Tấn", 3), ("Thành", 2),
    ("Quang", 3), ("Duy", 1.5), ("Đình", 3), ("Hồng", 1.5), ("Mạnh", 1), ("Việt", 1), ("Chí", 1.5),
    ("Bá", 1), ("Phước", 1), ("Kim", 1), ("Thế", 1.5), ("Trung", 1), ("Hải", 1), ("Nhật", 0.8),
    ("Sỹ", 0.8), ("Viết", 0.8), ("Khắc", 0.6), ("Tuấn", 0.6), ("Hoài", 0.6), ("Thái", 0.6),
    ("Văn Minh", 0.6), ("Ngọc Anh", 0.3), ("Thanh Hải", 0.3),
]  # fmt: skip
MIDDLE_FEMALE: _S = [
    ("Thị", 28), ("Thị Thanh", 6), ("Thị Kim", 5), ("Thị Ngọc", 5), ("Thị Bích", 3), ("Thị Thu", 5),
    ("Thị Hồng", 4), ("Thị Mỹ", 3), ("Thị Thúy", 2), ("Thị Minh", 3), ("Thị Hải", 1.5),
    ("Thị Xuân", 2), ("Thị Ánh", 1.5), ("Thị Tuyết", 1), ("Thị Lan", 1), ("Thị Diệu", 1),
    ("Thị Phương", 1.5), ("Thị Hoài", 1), ("Thị Mai", 1), ("Thị Cẩm", 1), ("Ngọc", 2), ("Thanh", 2),
    ("Kim", 1.5), ("Minh", 1), ("Thu", 1), ("Hồng", 1), ("Phương", 0.8), ("Diệu", 0.5),
]  # fmt: skip
GIVEN_MALE: tuple[str, ...] = tuple(
    """Thành Tâm Phong Hùng Dũng Tuấn Minh Hải Long Nam Sơn Quân Bình Hòa Thắng Khánh Phúc Lộc Thọ
    Trung Hiếu Nghĩa Việt Cường Hưng Tài Trí Đức Thuận Thạnh Bảo Khoa Huy Hoàng Tiến Lợi Toàn
    Vinh Quý Hiển Chiến Lâm Thái Sang Hậu Nhân Phương Khải Tùng Dương Thủy Tụy Liêm Danh Nô Năm
    Vũ Thường Tào Cảnh Kiên Hiệp Quang Trọng Vĩnh Thịnh Tân Đạt Hào Chính Tuệ Tín Triều Khôi
    Lực Nhơn Được Út Sáu Bé Tường Hiền Hạnh Luận Định Đông Hà Khang Mạnh Thông Hoan Thuyết
    Tuyên Công Hợp Ninh Duy Châu Xuân Quyết Trường Tú Phát Thiện Hậu""".split()
)
GIVEN_FEMALE: tuple[str, ...] = tuple(
    """Hoa Hòa Thủy Thúy Lan Hương Mai Hằng Trang Nga Hạnh Dung Liên Loan Vân Yến Phượng Diễm Ngân
    Xuyến Hiền Nguyệt Thảo Nhung Oanh Tuyết Duyên Hà Linh Huyền Quyên Trâm Thoa Hồng Lệ Châu
    Thu Hân Lụa Sương Mỹ Uyên Tâm Phương Anh Giang Hiếu Huệ Thơ Xuân Dịu Nhàn Vy Loan Thanh
    Khuê Đào Ly Trinh Nhi Thắm""".split()
)
# Given names of the ethnic naming systems (after "Y", "A", "Ksor" ... of NO_MIDDLE_SURNAMES).
HIGHLAND_GIVEN: tuple[str, ...] = (
    "Hiên",
    "Thuyên",
    "Phước",
    "Tuân",
    "Hương",
    "Blin",
    "Kha",
    "Djang",
    "Nhuân",
)

# Full names that many officials share (so that namesakes occur across provinces): (name, "m"/"f").
COMMON_FULL_NAMES: tuple[tuple[str, str], ...] = (
    ("Nguyễn Văn Thành", "m"), ("Nguyễn Văn Hùng", "m"), ("Nguyễn Thanh Hải", "m"),
    ("Nguyễn Văn Dũng", "m"), ("Nguyễn Minh Tuấn", "m"), ("Trần Văn Hòa", "m"), ("Lê Minh Quân", "m"),
    ("Nguyễn Văn Bình", "m"), ("Phạm Văn Long", "m"), ("Nguyễn Hữu Phước", "m"), ("Lê Văn Thắng", "m"),
    ("Trần Quốc Bảo", "m"), ("Nguyễn Văn Tâm", "m"), ("Nguyễn Thanh Phong", "m"), ("Võ Văn Hùng", "m"),
    ("Huỳnh Văn Tài", "m"), ("Nguyễn Đức Thuận", "m"), ("Lê Văn Tuấn", "m"), ("Phạm Minh Hải", "m"),
    ("Nguyễn Văn Thủy", "m"), ("Hoàng Văn Nam", "m"), ("Vũ Đức Thắng", "m"), ("Đặng Văn Sơn", "m"),
    ("Trần Thị Bích Hòa", "f"), ("Nguyễn Thị Thu Hương", "f"), ("Lê Thị Thanh Thủy", "f"),
    ("Nguyễn Thị Hồng Nhung", "f"), ("Trần Thị Thu Hà", "f"), ("Nguyễn Thị Mai", "f"),
    ("Phạm Thị Ngọc Hân", "f"), ("Nguyễn Thị Kim Loan", "f"), ("Lê Thị Hồng Vân", "f"),
    ("Nguyễn Thị Thúy", "f"), ("Võ Thị Kim Xuyến", "f"), ("Huỳnh Thị Mỹ Lệ", "f"),
)  # fmt: skip

FEMALE_SHARE = 0.3  # of officials named in notices

# Forms of address before a name in lists and prose.
HONORIFIC_FORMS: dict[str, tuple[tuple[str, float], ...]] = {
    "m": (
        ("Ông ", 5),
        ("ông ", 0),
        ("đồng chí ", 3),
        ("Đồng chí ", 0),
        ("đ/c ", 0.4),
        ("Ô. ", 0.2),
        ("", 1.2),
    ),
    "f": (("Bà ", 5), ("bà ", 0), ("đồng chí ", 3), ("Đồng chí ", 0), ("đ/c ", 0.4), ("B. ", 0.2), ("", 1.2)),
}

# ------------------------------------------------------------------------------------ posts

# Canonical title -> written forms besides itself (with weights relative to the canonical one, 1.0).
ROLE_SURFACES: dict[str, tuple[tuple[str, float], ...]] = {
    "Phó Giám đốc": (("P. Giám đốc", 0.12), ("PGĐ", 0.08)),
    "Phó Trưởng phòng": (("P. Trưởng phòng", 0.15),),
    "Phó Chủ tịch": (("PCT", 0.06),),
    "Chuyên viên": (("CV", 0.15),),
    "Phó Chánh Văn phòng": (("P. Chánh Văn phòng", 0.08),),
    "Phó Chi cục trưởng": (("P. Chi cục trưởng", 0.1),),
}

# Head and deputy titles of each unit type (unit "kind" below).
UNIT_TITLES: dict[str, tuple[str, str]] = {
    "so": ("Giám đốc", "Phó Giám đốc"),
    "office": ("Chánh Văn phòng", "Phó Chánh Văn phòng"),
    "inspectorate": ("Chánh Thanh tra", "Phó Chánh Thanh tra"),
    "phong": ("Trưởng phòng", "Phó Trưởng phòng"),
    "chicuc": ("Chi cục trưởng", "Phó Chi cục trưởng"),
    "center": ("Giám đốc", "Phó Giám đốc"),
    "hospital": ("Giám đốc", "Phó Giám đốc"),
    "ubnd": ("Chủ tịch", "Phó Chủ tịch"),
    "association": ("Chủ tịch", "Phó Chủ tịch"),
    "cuc": ("Cục trưởng", "Phó Cục trưởng"),
}

# Signature-block title lines (upper case) of a title.
SIGNATURE_TITLES: dict[str, str] = {
    "Giám đốc": "GIÁM ĐỐC",
    "Phó Giám đốc": "PHÓ GIÁM ĐỐC",
    "Chánh Văn phòng": "CHÁNH VĂN PHÒNG",
    "Phó Chánh Văn phòng": "PHÓ CHÁNH VĂN PHÒNG",
    "Chủ tịch": "CHỦ TỊCH",
    "Phó Chủ tịch": "PHÓ CHỦ TỊCH",
}

# ------------------------------------------------------------------------------------ bodies

# A unit of a Sở (or of a district UBND): key -> spec.
#   names: the ways provinces name it (one is chosen per province, then kept)
#   short: abbreviated written forms (used sometimes, after the first mention)
#   kind: a UNIT_TITLES key; topics: topic -> weight for the tasks it gets
#   valid: ISO (from, until) with "" open; tags: which task wordings fit (see TASKS)
UNITS: dict[str, dict] = {
    # --- any Sở
    "vp": dict(
        names=("Văn phòng Sở",),
        short=(),
        kind="office",
        topics={
            "administrative-reform": 3,
            "reporting": 3,
            "communication": 2,
            "events": 2,
            "personnel": 2,
            "party-affairs": 1,
        },
        tags="G",
    ),
    "tt": dict(names=("Thanh tra Sở",), short=(), kind="inspectorate", topics={"inspection": 1}, tags="G"),
    "khtc": dict(
        names=("Phòng Kế hoạch - Tài chính", "Phòng Kế hoạch - Tài chính"),
        short=("Phòng KH-TC",),
        kind="phong",
        topics={"finance": 3, "planning": 2},
        tags="G",
    ),
    # --- Sở Khoa học và Công nghệ
    "qlkh": dict(
        names=("Phòng Quản lý khoa học", "Phòng Quản lý Khoa học"),
        short=("Phòng QLKH",),
        kind="phong",
        topics={"research-projects": 4, "planning": 1},
        tags="K",
    ),
    "qlcn": dict(
        names=(
            "Phòng Quản lý công nghệ và thị trường công nghệ",
            "Phòng Quản lý Công nghệ và Thị trường Công nghệ",
            "Phòng Quản lý công nghệ",
        ),
        short=(),
        kind="phong",
        topics={"technology-transfer": 3, "innovation": 2, "intellectual-property": 1},
        tags="K",
    ),
    "qlcng": dict(
        names=("Phòng Quản lý chuyên ngành", "Phòng Quản lý công nghệ và chuyên ngành"),
        short=(),
        kind="phong",
        topics={"intellectual-property": 2, "radiation-safety": 2, "innovation": 1},
        tags="K",
    ),
    "qlcs": dict(
        names=("Phòng Quản lý khoa học và công nghệ cơ sở",),
        short=("Phòng QLKH&CN cơ sở",),
        kind="phong",
        topics={"research-projects": 2, "technology-transfer": 1, "reporting": 1},
        tags="K",
        valid=("", "2021-12-31"),
    ),
    "cctdc": dict(
        names=("Chi cục Tiêu chuẩn Đo lường Chất lượng",),
        short=("Chi cục TĐC",),
        kind="chicuc",
        topics={"metrology": 4, "standards-quality": 3},
        tags="K",
        valid=("", "2025-06-30"),
        provincial=True,
    ),
    "ptdc": dict(
        names=("Phòng Tiêu chuẩn Đo lường Chất lượng", "Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng"),
        short=(),
        kind="phong",
        topics={"metrology": 3, "standards-quality": 3},
        tags="K",
        valid=("2025-07-01", ""),
    ),
    "ttkt": dict(
        names=(
            "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng",
            "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng",
        ),
        short=("Trung tâm Kỹ thuật TĐC",),
        kind="center",
        topics={"metrology": 5, "standards-quality": 1, "finance": 1},
        tags="K",
        provincial=True,
    ),
    "ttud": dict(
        names=(
            "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
            "Trung tâm Ứng dụng Tiến bộ Khoa học và Công nghệ",
        ),
        short=("Trung tâm Ứng dụng tiến bộ KH&CN",),
        kind="center",
        topics={"technology-transfer": 4, "research-projects": 1},
        tags="K",
        provincial=True,
    ),
    "tttk": dict(
        names=(
            "Trung tâm Thông tin và Thống kê khoa học và công nghệ",
            "Trung tâm Thông tin và Thống kê Khoa học và Công nghệ",
        ),
        short=("Trung tâm Thông tin và Thống kê KH&CN",),
        kind="center",
        topics={"statistics": 3, "communication": 2},
        tags="K",
        valid=("2015-01-01", ""),
        provincial=True,
    ),
    # --- Sở Y tế
    "nvy": dict(
        names=("Phòng Nghiệp vụ Y",),
        short=(),
        kind="phong",
        topics={"standards-quality": 1, "training": 2, "statistics": 1},
        tags="H",
    ),
    "cdc": dict(
        names=("Trung tâm Kiểm soát bệnh tật",),
        short=(),
        kind="center",
        topics={"radiation-safety": 2, "metrology": 1, "communication": 1},
        tags="H",
        valid=("2018-01-01", ""),
        provincial=True,
    ),
    "bvdk": dict(
        names=("Bệnh viện Đa khoa tỉnh",),
        short=(),
        kind="hospital",
        topics={"radiation-safety": 2, "metrology": 1, "administrative-reform": 1},
        tags="H",
    ),
    # --- Sở Công Thương
    "qlcnghiep": dict(
        names=("Phòng Quản lý Công nghiệp",),
        short=(),
        kind="phong",
        topics={"investment": 3, "planning": 2},
        tags="T",
    ),
    "qltm": dict(
        names=("Phòng Quản lý Thương mại",),
        short=(),
        kind="phong",
        topics={"events": 2, "planning": 1, "standards-quality": 1},
        tags="T",
    ),
    "ktat": dict(
        names=("Phòng Kỹ thuật an toàn - Môi trường",),
        short=(),
        kind="phong",
        topics={"inspection": 2, "training": 1},
        tags="T",
    ),
    "ttkc": dict(
        names=("Trung tâm Khuyến công và Xúc tiến thương mại",),
        short=(),
        kind="center",
        topics={"finance": 1, "events": 2, "technology-transfer": 1},
        tags="T",
        provincial=True,
    ),
    # --- Sở Nông nghiệp
    "cctt": dict(
        names=("Chi cục Trồng trọt và Bảo vệ thực vật",),
        short=(),
        kind="chicuc",
        topics={"technology-transfer": 2, "standards-quality": 2, "training": 1},
        tags="A",
        valid=("2017-01-01", ""),
        provincial=True,
    ),
    "cctl": dict(
        names=("Chi cục Thủy lợi",),
        short=(),
        kind="chicuc",
        topics={"investment": 2, "communication": 1, "statistics": 1},
        tags="A",
        provincial=True,
    ),
    "ttkn": dict(
        names=("Trung tâm Khuyến nông",),
        short=(),
        kind="center",
        topics={"training": 3, "technology-transfer": 3},
        tags="A",
        provincial=True,
    ),
    "ccqlcl": dict(
        names=("Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản",),
        short=(),
        kind="chicuc",
        topics={"standards-quality": 3, "inspection": 1},
        tags="A",
        provincial=True,
    ),
    # --- Sở Tài chính
    "qlns": dict(
        names=("Phòng Quản lý ngân sách",),
        short=("Phòng QLNS",),
        kind="phong",
        topics={"finance": 3},
        tags="F",
    ),
    "tcdt": dict(
        names=("Phòng Tài chính đầu tư",),
        short=(),
        kind="phong",
        topics={"finance": 2, "investment": 2},
        tags="F",
    ),
    "qlgcs": dict(
        names=("Phòng Quản lý giá và công sản",),
        short=(),
        kind="phong",
        topics={"finance": 2, "statistics": 1},
        tags="F",
    ),
}

# Sở kinds: key -> spec. name (after "Sở "), written abbreviations, document-number code,
# validity, the units it has, and what it is given in UBND conclusions.
SO_KINDS: dict[str, dict] = {
    "khcn": dict(
        name="Khoa học và Công nghệ",
        abbr=("Sở KH&CN", "Sở KHCN"),
        code="SKHCN",
        tags="K",
        units=("vp", "tt", "qlkh", "qlcn", "qlcng", "khtc", "qlcs", "cctdc", "ptdc", "ttkt", "ttud", "tttk"),
        topics={
            "research-projects": 3,
            "technology-transfer": 2,
            "metrology": 2,
            "standards-quality": 2,
            "intellectual-property": 2,
            "innovation": 2,
            "radiation-safety": 1,
        },
    ),
    "yte": dict(
        name="Y tế",
        abbr=(),
        code="SYT",
        tags="H",
        units=("vp", "tt", "nvy", "khtc", "cdc", "bvdk"),
        topics={"radiation-safety": 2, "metrology": 1, "standards-quality": 1, "training": 1},
    ),
    "congthuong": dict(
        name="Công Thương",
        abbr=(),
        code="SCT",
        tags="T",
        units=("vp", "tt", "qlcnghiep", "qltm", "ktat", "ttkc"),
        topics={"investment": 2, "events": 1, "inspection": 1, "planning": 1},
    ),
    "nnptnt": dict(
        name="Nông nghiệp và Phát triển nông thôn",
        abbr=("Sở NN&PTNT",),
        code="SNN",
        tags="A",
        valid=("", "2025-02-28"),
        units=("vp", "tt", "khtc", "cctt", "cctl", "ttkn", "ccqlcl"),
        topics={"technology-transfer": 2, "standards-quality": 1, "intellectual-property": 1},
    ),
    "nnmt": dict(
        name="Nông nghiệp và Môi trường",
        abbr=("Sở NN&MT",),
        code="SNNMT",
        tags="A",
        valid=("2025-03-01", ""),
        units=("vp", "tt", "khtc", "cctt", "cctl", "ttkn", "ccqlcl"),
        topics={"technology-transfer": 2, "standards-quality": 1, "planning": 1},
    ),
    "taichinh": dict(
        name="Tài chính",
        abbr=(),
        code="STC",
        tags="F",
        units=("vp", "tt", "qlns", "tcdt", "qlgcs"),
        topics={"finance": 3},
    ),
    "khdt": dict(
        name="Kế hoạch và Đầu tư",
        abbr=("Sở KH&ĐT",),
        code="SKHĐT",
        tags="G",
        valid=("", "2025-02-28"),
        units=("vp", "tt"),
        topics={"investment": 3, "planning": 2},
    ),
    "tnmt": dict(
        name="Tài nguyên và Môi trường",
        abbr=("Sở TN&MT",),
        code="STNMT",
        tags="G",
        valid=("", "2025-02-28"),
        units=("vp", "tt", "khtc"),
        topics={"investment": 2, "planning": 1},
    ),
    "noivu": dict(
        name="Nội vụ",
        abbr=(),
        code="SNV",
        tags="G",
        units=("vp", "tt"),
        topics={"personnel": 3, "administrative-reform": 2},
    ),
    "tttt": dict(
        name="Thông tin và Truyền thông",
        abbr=("Sở TT&TT",),
        code="STTTT",
        tags="G",
        valid=("", "2025-02-28"),
        units=("vp", "tt"),
        topics={"communication": 2, "innovation": 2, "administrative-reform": 1},
    ),
    "gddt": dict(
        name="Giáo dục và Đào tạo",
        abbr=("Sở GD&ĐT",),
        code="SGDĐT",
        tags="G",
        units=("vp", "tt"),
        topics={"training": 2, "personnel": 1},
    ),
    "tuphap": dict(
        name="Tư pháp",
        abbr=(),
        code="STP",
        tags="G",
        units=("vp", "tt"),
        topics={"communication": 1, "administrative-reform": 1},
    ),
}

# Sở kinds that issue notices of their own (with their weights); the others appear in UBND notices.
ISSUING_SO_KINDS: tuple[tuple[str, float], ...] = (
    ("khcn", 10),
    ("yte", 1.2),
    ("congthuong", 1.2),
    ("nnptnt", 1.2),
    ("nnmt", 0.4),
    ("taichinh", 1),
)

# Province-level bodies other than Sở: key -> spec (name is followed by the province).
PROVINCE_BODIES: dict[str, dict] = {
    "lhh": dict(
        name="Liên hiệp các Hội Khoa học và Kỹ thuật",
        short=("Liên hiệp các Hội KH&KT",),
        kind="association",
        topics={"innovation": 3, "research-projects": 1},
        tags="K",
    ),
    "cts": dict(
        name="Cục Thống kê",
        short=(),
        kind="cuc",
        topics={"statistics": 1},
        tags="G",
        valid=("", "2025-02-28"),
    ),
    "ccts": dict(
        name="Chi cục Thống kê",
        short=(),
        kind="chicuc",
        topics={"statistics": 1},
        tags="G",
        valid=("2025-03-01", ""),
    ),
    "dai": dict(
        name="Đài Phát thanh và Truyền hình",
        short=(),
        kind="center",
        topics={"communication": 1},
        tags="G",
        valid=("", "2025-02-28"),
    ),
    "bqlkcn": dict(
        name="Ban Quản lý các khu công nghiệp", short=(), kind="center", topics={"investment": 2}, tags="T"
    ),
}

# Units of a district UBND (Nghị định 37/2014/NĐ-CP): key -> spec; "level" restricts the kind of
# district ("huyện" only, or towns and cities only).
DISTRICT_UNITS: dict[str, dict] = {
    "kthtr": dict(
        name="Phòng Kinh tế và Hạ tầng",
        variants=("Phòng Kinh tế - Hạ tầng",),
        short=("Phòng KT-HT",),
        level="rural",
        topics={"metrology": 2, "technology-transfer": 2, "research-projects": 2, "investment": 1},
    ),
    "kt": dict(
        name="Phòng Kinh tế",
        variants=(),
        short=(),
        level="urban",
        topics={"metrology": 2, "technology-transfer": 1, "research-projects": 2, "standards-quality": 1},
    ),
    "qldt": dict(
        name="Phòng Quản lý đô thị",
        variants=(),
        short=(),
        level="urban",
        topics={"investment": 2, "planning": 1},
    ),
    "tckh": dict(
        name="Phòng Tài chính - Kế hoạch",
        variants=(),
        short=("Phòng TC-KH",),
        level="",
        topics={"finance": 3, "planning": 1, "investment": 1},
    ),
    "nn": dict(
        name="Phòng Nông nghiệp và Phát triển nông thôn",
        variants=(),
        short=("Phòng NN&PTNT",),
        level="rural",
        topics={"technology-transfer": 3, "standards-quality": 1, "intellectual-property": 1},
    ),
    "tnmt": dict(
        name="Phòng Tài nguyên và Môi trường",
        variants=(),
        short=("Phòng TN&MT",),
        level="",
        topics={"investment": 2, "planning": 1},
    ),
    "vhtt": dict(
        name="Phòng Văn hóa và Thông tin",
        variants=(),
        short=(),
        level="",
        topics={"communication": 3, "events": 1},
    ),
    "noivu": dict(
        name="Phòng Nội vụ",
        variants=(),
        short=(),
        level="",
        topics={"personnel": 3, "administrative-reform": 2},
    ),
    "yte": dict(
        name="Phòng Y tế", variants=(), short=(), level="", topics={"standards-quality": 1, "inspection": 1}
    ),
    "vp": dict(
        name="Văn phòng HĐND và UBND",
        variants=(),
        short=(),
        level="",
        office=True,
        topics={"administrative-reform": 2, "reporting": 2},
    ),
}

# Collectives that are given tasks ("UBND các huyện, thị xã, thành phố").
DISTRICT_COLLECTIVES: dict[str, str] = {
    "UBND các huyện, thị xã, thành phố": "Ủy ban nhân dân các huyện, thị xã, thành phố",
    "UBND các huyện, thành phố": "Ủy ban nhân dân các huyện, thành phố",
    "UBND các quận, huyện": "Ủy ban nhân dân các quận, huyện",
}
# What the Văn phòng UBND tỉnh and a district UBND as a whole are given.
VP_UBND_TOPICS: dict[str, float] = {"administrative-reform": 2, "reporting": 1, "events": 1}
UBND_HUYEN_TOPICS: dict[str, float] = {
    "research-projects": 1,
    "technology-transfer": 1,
    "metrology": 1,
    "reporting": 1,
    "planning": 1,
    "administrative-reform": 1,
    "investment": 1,
}

# What the district units are given at a giao ban of the Sở Khoa học và Công nghệ with the districts.
CONFERENCE_DISTRICT_TOPICS: dict[str, float] = {
    "research-projects": 2,
    "technology-transfer": 2,
    "metrology": 2,
    "planning": 1,
    "personnel": 0.5,
}
COLLECTIVE_TOPICS: dict[str, float] = {
    "reporting": 2,
    "administrative-reform": 2,
    "planning": 1,
    "research-projects": 1,
    "communication": 1,
}

# ------------------------------------------------------------------------------------ tasks

# Task wordings per topic. Each entry: (wording, extra topics, tags). The wording starts with a
# lower-case verb so that it follows an agency name ("Chi cục TĐC tổ chức ..."). Tags say who
# is given such a task: K science and technology units, H health, T trade and industry,
# A agriculture, F finance, D district bodies, P provincial bodies in UBND conclusions,
# G anyone. Placeholders: {y} the meeting's year, {ny} the next year, {prov} "tỉnh Vĩnh Long",
# {dist} "huyện Long Hồ", {product} a local product, {n} an ordinal, {p5} "2026 - 2030".
# No wording holds a date phrase of its own ("trong năm", "quý", "trước ngày"): deadlines are
# added by the generator, which knows their canonical value.
TASKS: dict[str, tuple[tuple[str, tuple[str, ...], str], ...]] = {
    "metrology": (
        (
            "tổ chức kiểm định, hiệu chuẩn phương tiện đo phục vụ quản lý nhà nước về đo lường trên địa bàn {prov}",
            (),
            "K",
        ),
        ("tổ chức kiểm định ban đầu, kiểm định định kỳ cân đối chứng cho các chợ", (), "KD"),
        ("hiệu chuẩn quả cân chuẩn của các trạm cân đối chứng cấp huyện", (), "K"),
        ("lập hồ sơ đưa chuẩn đo lường khối lượng, áp suất đi hiệu chuẩn theo quy định", (), "K"),
        ("duy trì hoạt động của trạm cân đối chứng tại chợ trung tâm {dist}", (), "DK"),
        ("rà soát danh mục phương tiện đo nhóm 2 dùng trong y tế chưa được kiểm định", (), "KH"),
        (
            "ưu tiên kiểm định, hiệu chuẩn nhiệt kế điện tử, huyết áp kế tại các cơ sở khám bệnh, chữa bệnh",
            (),
            "KH",
        ),
        ("mở rộng phạm vi hiệu chuẩn thiết bị đo cho các doanh nghiệp trên địa bàn", (), "K"),
        ("kiểm định, niêm phong 100% cột đo xăng dầu tại các cửa hàng bán lẻ trên địa bàn", (), "KT"),
        (
            "hướng dẫn các đơn vị cấp nước, điện lực đăng ký kiểm định đồng hồ nước, công tơ điện theo quy định",
            (),
            "KT",
        ),
        ("thu hồi, thay thế cân không đạt yêu cầu về đo lường tại các chợ trên địa bàn", (), "D"),
        ("bố trí người trực trạm cân đối chứng tại chợ trung tâm {dist}", (), "D"),
        ("lập danh mục máy đo huyết áp, cân sức khỏe, nhiệt kế y học cần kiểm định, hiệu chuẩn", (), "H"),
    ),
    "standards-quality": (
        ("hướng dẫn các doanh nghiệp xây dựng, công bố tiêu chuẩn cơ sở đối với sản phẩm OCOP", (), "KAD"),
        (
            "hướng dẫn, duy trì áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 "
            "tại các cơ quan hành chính nhà nước trên địa bàn {prov}",
            ("administrative-reform",),
            "KP",
        ),
        (
            "kiểm tra chất lượng, nhãn hàng hóa đối với mũ bảo hiểm, đồ chơi trẻ em lưu thông trên thị trường",
            (),
            "KT",
        ),
        (
            "triển khai Chương trình nâng cao năng suất và chất lượng sản phẩm, hàng hóa của doanh nghiệp",
            (),
            "KT",
        ),
        ("hướng dẫn doanh nghiệp áp dụng mã số mã vạch và truy xuất nguồn gốc sản phẩm {product}", (), "KAT"),
        ("tổ chức đánh giá sự phù hợp, chứng nhận hợp quy đối với sản phẩm {product}", (), "KA"),
        (
            "hỗ trợ các tổ hợp tác áp dụng quy trình VietGAP và tiêu chuẩn chất lượng cho sản phẩm {product}",
            (),
            "AD",
        ),
        ("kiểm tra chất lượng xăng dầu lưu thông trên địa bàn", (), "KT"),
        ("hướng dẫn các bệnh viện áp dụng Bộ tiêu chí chất lượng bệnh viện Việt Nam", (), "H"),
    ),
    "intellectual-property": (
        ("hướng dẫn, hỗ trợ các cơ sở sản xuất đăng ký bảo hộ nhãn hiệu cho sản phẩm {product}", (), "KAD"),
        ("hoàn thiện hồ sơ đề nghị cấp quyền sử dụng chỉ dẫn địa lý cho sản phẩm {product}", (), "KAD"),
        ("xây dựng phương án quản lý và phát triển nhãn hiệu chứng nhận cho sản phẩm {product}", (), "KA"),
        ("triển khai Chương trình phát triển tài sản trí tuệ {prov}", (), "KP"),
        ("hỗ trợ doanh nghiệp nhỏ và vừa xác lập, khai thác quyền sở hữu trí tuệ", (), "K"),
        (
            "hướng dẫn doanh nghiệp xử lý các hành vi xâm phạm quyền sở hữu công nghiệp đối với nhãn hiệu {product}",
            (),
            "K",
        ),
    ),
    "radiation-safety": (
        ("rà soát, cập nhật danh mục nguồn phóng xạ, thiết bị X-quang đang sử dụng trên địa bàn", (), "KH"),
        ("xây dựng Kế hoạch ứng phó sự cố bức xạ và hạt nhân cấp tỉnh", (), "KP"),
        ("hướng dẫn các cơ sở y tế làm thủ tục cấp, gia hạn giấy phép tiến hành công việc bức xạ", (), "KH"),
        ("tổ chức diễn tập ứng phó sự cố bức xạ tại cơ sở sử dụng nguồn phóng xạ", (), "K"),
        ("trang bị liều kế cá nhân cho nhân viên bức xạ tại các khoa chẩn đoán hình ảnh", (), "H"),
        ("bảo đảm an toàn bức xạ đối với các máy X-quang, máy CT đang vận hành", (), "H"),
    ),
    "inspection": (
        (
            "tổ chức thanh tra chuyên ngành theo kế hoạch, tập trung vào các cơ sở có dấu hiệu vi phạm",
            (),
            "G",
        ),
        ("giải quyết dứt điểm các đơn khiếu nại, tố cáo thuộc thẩm quyền", (), "GD"),
        ("thực hiện tốt công tác tiếp công dân và phòng, chống tham nhũng tại đơn vị", (), "G"),
        ("xử lý nghiêm các trường hợp vi phạm hành chính đã phát hiện qua thanh tra", (), "G"),
        ("tổ chức kiểm tra đột xuất việc chấp hành quy định về kinh doanh hàng hóa", (), "T"),
        ("thanh tra việc chấp hành quy định về an toàn hóa chất tại các doanh nghiệp", (), "T"),
        ("chủ trì đoàn kiểm tra liên ngành về an toàn thực phẩm tại các chợ, bếp ăn tập thể", (), "D"),
    ),
    "research-projects": (
        ("hướng dẫn hoàn thiện thuyết minh các nhiệm vụ khoa học và công nghệ cấp tỉnh năm {ny}", (), "K"),
        (
            "tổ chức họp hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ cấp tỉnh thực hiện từ năm {ny}",
            (),
            "K",
        ),
        ("đôn đốc các chủ nhiệm đề tài đẩy nhanh tiến độ, tổ chức nghiệm thu các đề tài đã hết hạn", (), "K"),
        ("theo dõi tiến độ thực hiện các đề tài, dự án khoa học và công nghệ đang triển khai", (), "K"),
        (
            "đề xuất đặt hàng nhiệm vụ khoa học và công nghệ cấp tỉnh gắn với nhu cầu thực tiễn của địa phương",
            (),
            "KDAHP",
        ),
        ("xây dựng danh mục đề tài, dự án khoa học và công nghệ cấp huyện năm {ny}", (), "D"),
        ("đề xuất các nhiệm vụ khoa học cấp quốc gia thuộc Chương trình nông thôn mới", (), "KA"),
    ),
    "technology-transfer": (
        (
            "triển khai các mô hình ứng dụng tiến bộ khoa học và công nghệ vào sản xuất nông nghiệp tại các xã "
            "nông thôn mới",
            (),
            "KAD",
        ),
        ("chuyển giao quy trình kỹ thuật canh tác {crop} tiết kiệm nước cho nông dân", (), "AKD"),
        ("nhân rộng mô hình trồng nấm, nuôi cá lồng đã cho hiệu quả", (), "KAD"),
        ("hỗ trợ doanh nghiệp đổi mới công nghệ, làm chủ công nghệ sản xuất tiên tiến", (), "KT"),
        ("kết nối cung - cầu, đưa sản phẩm công nghệ lên sàn giao dịch công nghệ của tỉnh", (), "K"),
        ("xây dựng mô hình trình diễn ứng dụng công nghệ cao trong sản xuất {crop}", (), "KAD"),
        ("hỗ trợ hình thành doanh nghiệp khoa học và công nghệ từ các kết quả đã được chuyển giao", (), "K"),
    ),
    "innovation": (
        ("xây dựng Đề án hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo {prov}", (), "KP"),
        ("tổ chức Hội thi sáng tạo kỹ thuật {prov} lần thứ {n}", (), "K"),
        ("phát động phong trào sáng kiến, cải tiến kỹ thuật trong cán bộ, công chức, viên chức", (), "GK"),
        ("tham mưu đẩy mạnh chuyển đổi số trong hoạt động của ngành", (), "GP"),
        ("hỗ trợ các ý tưởng khởi nghiệp tham gia Ngày hội khởi nghiệp đổi mới sáng tạo", (), "K"),
        ("xét công nhận sáng kiến có phạm vi ảnh hưởng cấp tỉnh", (), "K"),
    ),
    "finance": (
        ("rà soát các nhiệm vụ chưa giải ngân, đẩy nhanh tiến độ giải ngân kinh phí được giao", (), "G"),
        ("lập dự toán ngân sách năm {ny} của đơn vị", (), "G"),
        ("thẩm định dự toán mua sắm trang thiết bị chuyên môn năm {ny}", (), "GF"),
        ("hoàn thiện hồ sơ quyết toán kinh phí các nhiệm vụ đã kết thúc", (), "G"),
        ("xây dựng phương án tự chủ tài chính giai đoạn {p3}", (), "G"),
        ("bố trí kinh phí đối ứng cho các dự án năm {ny}", (), "DF"),
        ("cân đối, bổ sung kinh phí sự nghiệp khoa học cho cấp huyện", (), "F"),
        ("thẩm định, bố trí kinh phí thuê dịch vụ công nghệ thông tin cho các đơn vị", (), "F"),
    ),
    "planning": (
        ("xây dựng kế hoạch hoạt động khoa học và công nghệ năm {ny}", (), "KD"),
        ("rà soát, xây dựng kế hoạch 5 năm giai đoạn {p5}", (), "G"),
        ("tham mưu xây dựng chương trình công tác năm {ny} của đơn vị", (), "G"),
        ("hoàn chỉnh dự thảo phương án phát triển ngành tích hợp vào quy hoạch tỉnh", (), "TP"),
        ("rà soát các chỉ tiêu kế hoạch năm {y}, đề xuất điều chỉnh cho phù hợp", (), "G"),
        (
            "xây dựng Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo {prov} đến năm 2030",
            ("innovation",),
            "K",
        ),
    ),
    "reporting": (
        ("xây dựng báo cáo tổng kết hoạt động năm {y}", (), "G"),
        ("thực hiện nghiêm chế độ báo cáo định kỳ theo quy định", (), "GD"),
        ("hoàn chỉnh dự thảo báo cáo kết quả thực hiện nhiệm vụ năm {y}", (), "G"),
        ("báo cáo bằng văn bản kết quả thực hiện các nhiệm vụ được giao", (), "GD"),
        ("tổng hợp báo cáo tiến độ thực hiện các nhiệm vụ trọng tâm", (), "G"),
    ),
    "communication": (
        ("cập nhật tin, bài về hoạt động của ngành lên trang thông tin điện tử của đơn vị", (), "G"),
        ("đẩy mạnh tuyên truyền, phổ biến pháp luật trên các phương tiện thông tin đại chúng", (), "GD"),
        (
            "tổ chức họp báo cung cấp thông tin cho các cơ quan báo chí về kết quả hoạt động của ngành",
            (),
            "G",
        ),
        ("xây dựng các video, tờ rơi, pa nô tuyên truyền về hoạt động của ngành", (), "G"),
        ("phát triển chuyên mục khoa học và công nghệ trên sóng phát thanh, truyền hình", (), "K"),
    ),
    "training": (
        ("tổ chức tập huấn nghiệp vụ quản lý khoa học và công nghệ cho cán bộ cấp huyện, cấp xã", (), "K"),
        ("cử công chức tham gia các lớp bồi dưỡng nghiệp vụ theo kế hoạch", (), "G"),
        ("mở lớp tập huấn kỹ thuật canh tác {crop} thích ứng biến đổi khí hậu cho nông dân", (), "AD"),
        ("xây dựng kế hoạch đào tạo, bồi dưỡng công chức, viên chức năm {ny}", (), "G"),
        ("tổ chức lớp tập huấn về an toàn bức xạ cho nhân viên bức xạ", ("radiation-safety",), "KH"),
        ("tổ chức cho cán bộ làm công tác quản lý đi học tập kinh nghiệm tại các tỉnh bạn", (), "G"),
        (
            "đào tạo nghiệp vụ đo lường cho cán bộ phụ trách khoa học và công nghệ cấp huyện",
            ("metrology",),
            "K",
        ),
    ),
    "administrative-reform": (
        ("rà soát, đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý", (), "GD"),
        ("nâng cao tỷ lệ hồ sơ giải quyết qua dịch vụ công trực tuyến", (), "GD"),
        ("thực hiện nghiêm quy chế tiếp nhận và trả kết quả tại bộ phận một cửa", (), "GD"),
        ("tham mưu giải pháp nâng cao Chỉ số cải cách hành chính của đơn vị", (), "G"),
        ("triển khai áp dụng chữ ký số, văn bản điện tử trong quản lý, điều hành", (), "G"),
        ("khắc phục các hạn chế được chỉ ra qua đánh giá chỉ số hài lòng của người dân", (), "G"),
    ),
    "personnel": (
        ("tham mưu kiện toàn tổ chức bộ máy của đơn vị theo quy định mới", (), "G"),
        ("rà soát vị trí việc làm, xây dựng đề án tuyển dụng viên chức năm {ny}", (), "G"),
        ("hoàn thành việc đánh giá, xếp loại công chức, viên chức năm {y}", (), "G"),
        ("thực hiện quy trình bổ nhiệm lại đối với các chức danh lãnh đạo hết thời hạn", (), "G"),
        ("tổng hợp hồ sơ đề nghị khen thưởng tập thể, cá nhân có thành tích xuất sắc", (), "G"),
        ("bố trí cán bộ chuyên trách theo dõi hoạt động khoa học và công nghệ", (), "D"),
    ),
    "statistics": (
        ("thu thập, cập nhật số liệu thống kê khoa học và công nghệ năm {y}", (), "K"),
        ("tổ chức điều tra thống kê tiềm lực khoa học và công nghệ của các tổ chức trên địa bàn", (), "K"),
        (
            "xây dựng cơ sở dữ liệu chuyên ngành, bảo đảm kết nối, chia sẻ với hệ thống chung của tỉnh",
            (),
            "G",
        ),
        ("cung cấp số liệu thống kê kinh tế - xã hội phục vụ công tác chỉ đạo, điều hành", (), "G"),
        (
            "triển khai điều tra, khảo sát nhu cầu đổi mới công nghệ của doanh nghiệp",
            ("technology-transfer",),
            "K",
        ),
    ),
    "events": (
        ("chuẩn bị nội dung, tổ chức {conf} của ngành", (), "G"),
        ("tổ chức Lễ kỷ niệm {n} năm ngày thành lập ngành", (), "G"),
        ("chuẩn bị các điều kiện tham gia Hội chợ Thương mại - Công nghiệp khu vực", (), "T"),
        ("chuẩn bị các điều kiện tổ chức Triển lãm thành tựu khoa học và công nghệ", (), "K"),
        ("chuẩn bị nội dung hội thảo, tọa đàm chuyên đề của ngành", (), "G"),
    ),
    "party-affairs": (
        ("tổ chức cho đảng viên học tập, quán triệt Nghị quyết Hội nghị Trung ương", (), "G"),
        ("đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", (), "G"),
        ("chuẩn bị tốt các điều kiện tổ chức đại hội chi bộ nhiệm kỳ {p5}", (), "G"),
    ),
    "investment": (
        ("đẩy nhanh tiến độ giải phóng mặt bằng các dự án trọng điểm trên địa bàn", (), "DP"),
        ("tham mưu xúc tiến đầu tư, thu hút nhà đầu tư vào các cụm công nghiệp", (), "TP"),
        ("đôn đốc các chủ đầu tư hạ tầng cụm công nghiệp đẩy nhanh tiến độ xây dựng", (), "T"),
        ("hoàn thiện hồ sơ chủ trương đầu tư dự án nâng cao năng lực thử nghiệm của ngành", (), "KP"),
        ("rà soát danh mục dự án đầu tư công trung hạn giai đoạn {p5}", (), "PF"),
        ("hoàn thành đầu tư xây dựng các công trình cấp nước sinh hoạt cho vùng ven biển", (), "A"),
    ),
}

# A task given to a named person: "Giao đồng chí X, Phó Giám đốc Sở trực tiếp chỉ đạo ..."
PERSON_TASK_OPENERS: tuple[str, ...] = ("trực tiếp chỉ đạo", "chịu trách nhiệm chỉ đạo", "theo dõi, chỉ đạo")

# Local products for {product} (goods that are branded, certified, labelled) and crops for {crop}.
PRODUCTS: tuple[str, ...] = (
    "bưởi", "gạo", "chè", "cà phê", "mật ong", "nước mắm", "thanh long", "hồ tiêu", "xoài", "nhãn",
    "vải thiều", "cam", "dừa", "sầu riêng", "hạt điều", "quế", "nấm linh chi", "tỏi", "miến dong",
)  # fmt: skip
CROPS: tuple[str, ...] = (
    "lúa", "bưởi", "chè", "cà phê", "thanh long", "hồ tiêu", "xoài", "nhãn", "vải thiều", "cam", "dừa",
    "sầu riêng", "chuối", "rau an toàn", "ngô", "sắn",
)  # fmt: skip

# ------------------------------------------------------------------------------------ deadlines

# Deadline phrasings: (form, canonical kind). Kinds: "date" (d/m/y), "date_noyear" (a year left
# out: the meeting's year), "date_words" ("ngày 15 tháng 12 năm 2019"), "month", "quarter",
# "h1"/"h2" (6 tháng đầu/cuối năm), "year". {d} {m} {y} {q} are filled by the generator.
DEADLINE_FORMS: tuple[tuple[str, str, float], ...] = (
    ("hoàn thành trước ngày {d}/{m}/{y}", "date", 4),
    ("trước ngày {d}/{m}/{y}", "date", 3),
    ("xong trước ngày {d}/{m}/{y}", "date", 0.5),
    ("chậm nhất ngày {d}/{m}/{y}", "date", 1),
    ("hoàn thành chậm nhất ngày {d}/{m}", "date_noyear", 0.7),
    ("trước ngày {d} tháng {m} năm {y}", "date_words", 0.6),
    ("trong tháng {m}/{y}", "month", 3),
    ("hoàn thành trong tháng {m}/{y}", "month", 1),
    ("trong quý {q}/{y}", "quarter", 2),
    ("hoàn thành trong quý {q}/{y}", "quarter", 1),
    ("trong 6 tháng cuối năm {y}", "h2", 0.6),
    ("trong 6 tháng đầu năm {y}", "h1", 0.4),
    ("hoàn thành trong năm {y}", "year", 1),
    ("trong năm {y}", "year", 1),
)
ROMAN_QUARTERS: tuple[str, ...] = ("I", "II", "III", "IV")
# A recurring time that is no deadline (the gold gives none).
RECURRING_PHRASES: tuple[str, ...] = ("định kỳ trước ngày 20 hằng tháng", "định kỳ vào thứ Sáu hằng tuần")

# Who a finished piece of work goes to: "…, trình UBND tỉnh trước ngày …".
HANDOVER_VERBS: tuple[str, ...] = ("trình", "gửi")

# ------------------------------------------------------------------------------------ formulas

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"

# Meeting subjects by sector tag ({y} year, {q} quarter, {m} month).
MEETING_SUBJECTS: dict[str, tuple[str, ...]] = {
    "K": (
        "về công tác quản lý đo lường, chất lượng trên địa bàn tỉnh",
        "về tình hình thực hiện các nhiệm vụ khoa học và công nghệ năm {y}",
        "triển khai kế hoạch kiểm tra đo lường, chất lượng xăng dầu và phương tiện đo năm {y}",
        "về công tác kiểm định, hiệu chuẩn phương tiện đo và an toàn bức xạ",
        "về phát triển tài sản trí tuệ và hệ sinh thái khởi nghiệp đổi mới sáng tạo",
        "về tiến độ triển khai các nhiệm vụ trọng tâm quý {q} năm {qy}",
    ),
    "H": (
        "về công tác quản lý trang thiết bị y tế và an toàn bức xạ",
        "về công tác khám bệnh, chữa bệnh quý {q} năm {qy}",
    ),
    "T": (
        "về công tác quản lý thị trường xăng dầu và phát triển cụm công nghiệp",
        "về kết quả thực hiện nhiệm vụ quý {q} năm {qy} của ngành Công Thương",
    ),
    "A": (
        "về sản xuất nông nghiệp và xây dựng nông thôn mới năm {y}",
        "về ứng dụng tiến bộ kỹ thuật trong sản xuất vụ Hè Thu năm {y}",
    ),
    "F": (
        "về tình hình thu, chi ngân sách và giải ngân vốn đầu tư công năm {y}",
        "về công tác quản lý tài chính, tài sản công quý {q} năm {qy}",
    ),
    "P": (
        "về hoạt động khoa học và công nghệ và đổi mới sáng tạo của tỉnh năm {y}",
        "về triển khai Chính quyền điện tử và cải cách thủ tục hành chính năm {y}",
        "về quản lý, phát triển chỉ dẫn địa lý và sản phẩm OCOP của tỉnh",
        "về công tác quản lý đo lường, chất lượng trên địa bàn tỉnh",
        "về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội quý {q} năm {qy}",
    ),
    "D": (
        "về hoạt động khoa học và công nghệ và quản lý đo lường tại các chợ trên địa bàn huyện",
        "về công tác quản lý đo lường, chất lượng hàng hóa và an toàn thực phẩm tại các chợ",
        "về xây dựng nông thôn mới và ứng dụng tiến bộ kỹ thuật vào sản xuất năm {y}",
    ),
}

# Where the meeting is held ({so} the Sở as written, {ubnd} "UBND tỉnh", {dist} "huyện Long Hồ").
LOCATIONS_SO: tuple[str, ...] = (
    "Hội trường {so}",
    "phòng họp {so}",
    "phòng họp tầng 3 {so}",
    "Hội trường Sở",
)
LOCATIONS_UBND: tuple[str, ...] = ("Phòng họp số 2 {ubnd}", "Trụ sở {ubnd}", "Phòng họp {ubnd}")
LOCATIONS_DISTRICT: tuple[str, ...] = (
    "Hội trường UBND {dist}",
    "Phòng họp UBND {dist}",
    "Trụ sở UBND {dist}",
)

# Openings of the conclusion part: who speaks then "kết luận" ({who} = "Giám đốc Sở", ...).
CONCLUSION_LEADS: tuple[str, ...] = (
    "Sau khi nghe {reporter} báo cáo và ý kiến của các đại biểu dự họp, {who} kết luận như sau:",
    "Sau khi nghe {reporter} báo cáo, ý kiến trao đổi của các thành viên dự họp, {who} kết luận:",
    "Sau khi nghe báo cáo của {reporter} và ý kiến thảo luận, {who} kết luận và chỉ đạo như sau:",
)
# Headings of the task part: (wording, the collective it addresses, "" if none).
TASK_SECTION_HEADINGS: tuple[tuple[str, str], ...] = (
    ("Giao nhiệm vụ:", ""),
    ("Nhiệm vụ thời gian tới:", ""),
    ("Nhiệm vụ trọng tâm thời gian tới:", ""),
    (
        "Để thực hiện tốt nhiệm vụ thời gian tới, giao các cơ quan, đơn vị thực hiện các nội dung sau:",
        "các cơ quan, đơn vị",
    ),
)
# Closing formulas: (wording, the collective it addresses). The collective is the notice's
# audience, not an assignee: the gold lists it among the optional assignees.
CLOSINGS: tuple[tuple[str, str], ...] = (
    ("{issuer} thông báo để các đơn vị biết, thực hiện./.", "các đơn vị"),
    (
        "{issuer} thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.",
        "các cơ quan, đơn vị liên quan",
    ),
    ("{issuer} thông báo để các đơn vị biết, phối hợp thực hiện./.", "các đơn vị"),
    ("{issuer} thông báo để các cơ quan, đơn vị biết, thực hiện./.", "các cơ quan, đơn vị"),
)

# Assessment sentences (no names, no tasks) by sector tag: what was done, then the shortcomings.
ASSESS_GOOD: dict[str, tuple[str, ...]] = {
    "K": (
        "Năm {py}, ngành khoa học và công nghệ đã triển khai {a} nhiệm vụ khoa học và công nghệ cấp tỉnh, "
        "nghiệm thu {b} nhiệm vụ đúng tiến độ.",
        "Công tác quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng có chuyển biến; {a} phương tiện đo "
        "đã được kiểm định.",
        "Hoạt động sở hữu trí tuệ được quan tâm, {b} sản phẩm đặc trưng của địa phương đã được cấp văn bằng "
        "bảo hộ.",
        "Các mô hình ứng dụng tiến bộ kỹ thuật từng bước đi vào chiều sâu, đáp ứng nhu cầu của người dân.",
    ),
    "H": (
        "Các đơn vị đã quan tâm hơn đến việc lập hồ sơ quản lý, bảo dưỡng thiết bị y tế; tỷ lệ hài lòng "
        "của người bệnh tăng.",
        "Việc liên thông kết quả xét nghiệm giữa các bệnh viện được triển khai, giảm thời gian chờ khám.",
    ),
    "T": (
        "Chỉ số sản xuất công nghiệp tăng {c}% so với cùng kỳ; tổng mức bán lẻ hàng hóa và doanh thu "
        "dịch vụ tiêu dùng ước tăng {d}%.",
        "Thị trường xăng dầu, hàng hóa thiết yếu trên địa bàn cơ bản ổn định.",
    ),
    "A": (
        "Toàn tỉnh đã gieo trồng {a} ha lúa đúng lịch thời vụ; nhiều mô hình sản xuất theo chuỗi giá trị "
        "được nhân rộng.",
        "Số xã đạt chuẩn nông thôn mới tăng {b} xã so với năm trước.",
    ),
    "F": ("Thu ngân sách nhà nước trên địa bàn đạt {c}% dự toán; chi thường xuyên cơ bản bảo đảm.",),
    "D": (
        "Năm {py}, huyện đã triển khai {b} dự án ứng dụng tiến bộ kỹ thuật; {b} chợ đã có trạm cân đối chứng.",
        "Công tác quản lý chợ trên địa bàn có nhiều chuyển biến; nhiều chợ đã được đầu tư nâng cấp.",
    ),
    "G": (
        "Các đơn vị đã nỗ lực triển khai các nhiệm vụ được giao, cơ bản bảo đảm tiến độ đề ra.",
        "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt {e}%.",
    ),
}
ASSESS_BAD: dict[str, tuple[str, ...]] = {
    "K": (
        "Tuy nhiên, việc giải ngân kinh phí sự nghiệp khoa học còn chậm; một số đề tài phải gia hạn nhiều lần.",
        "Tuy nhiên, nhiều cân của tiểu thương tại các chợ nông thôn chưa được kiểm định; một số trạm cân "
        "đối chứng hoạt động chưa hiệu quả.",
        "Tuy nhiên, năng lực hiệu chuẩn chưa đáp ứng nhu cầu của doanh nghiệp; một số chuẩn đo lường đã "
        "quá hạn hiệu chuẩn.",
    ),
    "H": (
        "Tuy nhiên, nhiều máy X-quang, huyết áp kế tại tuyến huyện đã quá hạn kiểm định; việc báo cáo "
        "tình hình sử dụng thiết bị chưa đầy đủ.",
    ),
    "T": (
        "Tuy nhiên, giải ngân vốn khuyến công còn chậm; một số cụm công nghiệp chưa hoàn thành hạ tầng kỹ "
        "thuật theo cam kết.",
    ),
    "A": (
        "Tuy nhiên, tình trạng xâm nhập mặn diễn biến phức tạp; việc liên kết tiêu thụ sản phẩm còn hạn chế.",
    ),
    "F": ("Tuy nhiên, tiến độ giải ngân vốn đầu tư công còn thấp; một số đơn vị chậm quyết toán.",),
    "D": (
        "Tuy nhiên, tình trạng cân thiếu tại chợ vẫn còn xảy ra; việc theo dõi hoạt động khoa học và công "
        "nghệ cấp huyện còn chậm.",
    ),
    "G": (
        "Tuy nhiên, một số nhiệm vụ còn chậm so với kế hoạch; việc phối hợp giữa các đơn vị có lúc chưa chặt "
        "chẽ.",
    ),
}

# Recipients ("Nơi nhận") besides the bodies of the notice.
RECIPIENTS_SO: tuple[str, ...] = (
    "Giám đốc Sở (b/c);",
    "Các PGĐ Sở;",
    "Các phòng, đơn vị thuộc Sở;",
    "Ban Giám đốc Sở;",
)
RECIPIENTS_UBND: tuple[str, ...] = ("CT, các PCT UBND tỉnh;", "LĐVP;", "Các sở, ban, ngành liên quan;")
RECIPIENTS_DISTRICT: tuple[str, ...] = (
    "TT.HU, TT.HĐND huyện (b/c);",
    "CT, PCT UBND huyện;",
    "UBND các xã, thị trấn;",
)
ARCHIVE_LINES: tuple[str, ...] = ("Lưu: VT.", "Lưu: VT, VP.", "Lưu VT.", "- Lưu: VT, QLKH.")

# ------------------------------------------------------------------------------------ news

# News events by the months they are held in: (first month, last month, wording).
NEWS_EVENTS: tuple[tuple[int, int, str], ...] = (
    (1, 2, "hội nghị tổng kết công tác năm {py} và triển khai nhiệm vụ năm {y}"),
    (12, 12, "hội nghị tổng kết công tác năm {y} và triển khai nhiệm vụ năm {ny}"),
    (6, 7, "hội nghị sơ kết công tác 6 tháng đầu năm {y}"),
    (1, 12, "hội nghị giao ban quý {q} năm {qy}"),
    (1, 3, "hội nghị triển khai kế hoạch công tác năm {y}"),
    (3, 11, "hội nghị đánh giá tiến độ thực hiện nhiệm vụ trọng tâm năm {y}"),
)
NEWS_MENUS: tuple[str, ...] = (
    "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ",
    "Trang chủ | Tin tức | Văn bản | Dịch vụ công | Hỏi đáp",
)
NEWS_BYLINE_FORMS: tuple[str, ...] = ("Tin, ảnh: {name}", "{name}", "Tin và ảnh: {name}")
# First parts of the two-word pen names of news bylines ("Thanh Tâm", "Hồng Nhung").
BYLINE_FIRST: tuple[str, ...] = (
    "Thanh",
    "Hồng",
    "Phương",
    "Minh",
    "Ngọc",
    "Thu",
    "Hải",
    "Quang",
    "Kim",
    "Bảo",
    "Anh",
    "Mai",
    "Thùy",
    "Việt",
    "Hoàng",
    "Diệu",
)
NEWS_OTHER_TITLES: tuple[str, ...] = (
    "Tập huấn nghiệp vụ quản lý khoa học và công nghệ cấp cơ sở",
    "Kiểm tra đo lường tại các cửa hàng bán lẻ xăng dầu",
    "Hội thảo chuyển giao kỹ thuật nuôi tôm hai giai đoạn",
    "Công bố Chỉ số đổi mới sáng tạo cấp tỉnh",
    "Triển khai kế hoạch phòng, chống thiên tai",
    "Hội nghị tổng kết phong trào thi đua yêu nước",
)
WEEKDAYS: tuple[str, ...] = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")

# Districts a province had before a date, where the gazetteer gives the newer ones:
# province -> (first day of the newer ones, newer districts, older districts).
FORMER_DISTRICTS: dict[str, tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]]] = {
    "Huế": ("2025-01-01", ("Thuận Hóa", "Phú Xuân"), (("Huế", "thành phố"),)),
}
