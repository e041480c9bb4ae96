"""Honorifics and forms of address that precede a person's name in notices.

Source: usage in provincial notices and press reports (Ông/Bà, the abbreviated
Ô./B. of attendee lists, "đồng chí" and its abbreviations in Party documents).
Matched case-insensitively; the longest form wins.
"""

HONORIFICS: frozenset[str] = frozenset(
    {
        "ông",
        "bà",
        "ô.",
        "b.",
        "ô",
        "anh",
        "chị",
        "đồng chí",
        "đ/c",
        "đ/ c",
        "đc.",
        "đc",
        "các đồng chí",
        "ts.",
        "ths.",
        "ks.",
        "bs.",
        "pgs.ts.",
        "pgs.",
        "gs.",
        "gs.ts.",
        "ts",
        "ths",
        "ks",
        "bs",
        "tiến sĩ",
        "thạc sĩ",
        "kỹ sư",
        "bác sĩ",
        "luật sư",
        "pgs.ts",
        "gs.ts",
        # degrees and medical qualifications written before a name in attendance lists and signatures (Thông tư
        # 32/2023/TT-BYT: bác sĩ chuyên khoa cấp I/II, dược sĩ, điều dưỡng; cử nhân, nghiên cứu sinh, TSKH)
        "bscki.",
        "bsckii.",
        "bscki",
        "bsckii",
        "bs.cki",
        "bs.ckii",
        "bs. cki",
        "bs. ckii",
        "bs.cki.",
        "bs.ckii.",
        "ths.bs.",
        "ths.bs",
        "ts.bs.",
        "ts.bs",
        "pgs.ts.bs.",
        "dscki.",
        "dsckii.",
        "ds.",
        "ths.ds.",
        # a nurse (điều dưỡng, a bachelor of nursing) in a hospital's attendance list: "ĐD. Phạm Thị Thu"
        "đd.",
        "cnđd.",
        "cn.",
        "ncs.",
        "tskh.",
        "gs.tskh.",
        "pgs.tskh.",
        "ts.ks.",
        "ths.ks.",
        "kts.",
        "ls.",
        # English forms of address before a foreign delegate's name in bilingual notices and minutes ("Mr. David
        # Whitaker - chuyên gia …", "Ms. Sarah Collins, Trưởng đoàn", "Dr. Rajesh Kumar")
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "mr",
        "mrs",
        "ms",
        # the diplomatic form of address before a foreign official's name in foreign-affairs notices ("đón Đoàn do
        # ngài Sok Chenda, Tỉnh trưởng tỉnh Kampot làm Trưởng đoàn", "Ngài Đại sứ …"): the name is Khmer, Lao or
        # Chinese, with no Vietnamese surname
        "ngài",
        # ranks of the army and the police, written before the name like an honorific ("Đại tá Lê Văn
        # Cường, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")
        "thiếu úy",
        "trung úy",
        "thượng úy",
        "đại úy",
        "thiếu tá",
        "trung tá",
        "thượng tá",
        "đại tá",
        "thiếu tướng",
        "trung tướng",
        "thượng tướng",
        "đại tướng",
        # the clergy's ranks, written before the name as a rank is (Hiến chương Giáo hội Phật giáo Việt Nam: "Hòa
        # thượng", "Thượng tọa", "Đại đức", the nuns' "Ni trưởng", "Ni sư", "Sư cô", before the Dharma name "Thích
        # Minh Đạo", which stands where a surname would; the Catholic and Protestant clergy: "Linh mục Giuse Nguyễn
        # Văn Hòa", "Mục sư …", "Giám mục Giuse …"; "Tòa Giám mục Xuân Lộc", the see, is a body's name:
        # `BODY_WORDS_BEFORE_RANK`).
        "hòa thượng",
        "hoà thượng",
        "thượng tọa",
        "thượng toạ",
        "đại đức",
        "ni trưởng",
        "ni sư",
        "sư cô",
        "linh mục",
        "mục sư",
        "giám mục",
    }
)

# A clergy's rank that is also the last word of a body's name after the words here: "Tòa Giám mục Xuân Lộc" is
# the diocese's see (a body; its name runs on to the diocese), while "Giám mục Giuse Đỗ Mạnh Hùng" is a bishop.
BODY_WORDS_BEFORE_RANK: dict[str, frozenset[str]] = {"giám mục": frozenset({"tòa", "toà"})}

# forms of address that may stand between a person's title and the name, as a degree written short with its stop
# does ("Viện trưởng TS. Ngô Văn Quang"): "Bí thư Tỉnh ủy đồng chí Nguyễn Văn B", "Giám đốc Sở đ/c Lê Văn C"
HONORIFICS_AFTER_TITLE: frozenset[str] = frozenset({"đồng chí", "đ/c", "đ/ c", "đc."})

# A private citizen at a reception of citizens or in a complaint (Luật Tiếp công dân 2013, Luật Khiếu nại, Luật
# Tố cáo) is addressed as "ông"/"bà" (or "anh"/"chị", "cụ"), never "đồng chí", and is no person of the graph
# (officials and delegates only). The notice introduces him by where he lives, right after his name ("Bà Lê Thị
# Hoa, trú tại thôn 2 …", "ông Siu Đen (ngụ làng Kép)"). Lower case.
CITIZEN_HONORIFICS: frozenset[str] = frozenset({"ông", "bà", "anh", "chị", "cụ"})
RESIDENCE_AFTER_A_CITIZEN: frozenset[str] = frozenset(
    {
        "trú tại",
        "trú ở",
        "trú",
        "thường trú",
        "tạm trú",
        "cư trú",
        "cư trú tại",
        "ngụ",
        "ngụ tại",
        "ngụ ở",
        "địa chỉ",
        "có địa chỉ",
        "sinh sống tại",
        "nơi cư trú",
        "hộ khẩu thường trú",
    }
)
# ... or as the spokesman of households who petition together: "(do ông X làm đại diện)", "(do bà X đại diện)",
# "ông X và 6 hộ dân …", "bà X cùng các hộ …" (the word after "và"/"cùng" names households or citizens).
SPOKESMAN_AFTER_A_CITIZEN: frozenset[str] = frozenset({"làm đại diện", "đại diện", "là đại diện"})
HOUSEHOLDS_AFTER_A_CITIZEN: frozenset[str] = frozenset({"hộ", "hộ dân", "công dân", "người dân", "người"})
# ... or by his petition or his household, right before the honorific: "đơn của bà X", "kiến nghị của ông X",
# "hộ ông X", "gia đình bà X". (Not a petitioning verb after the name alone: officials "trình bày" and "phản ánh"
# at meetings too, "Bà X trình bày dự thảo …".)
PETITION_BEFORE_A_CITIZEN: frozenset[str] = frozenset(
    {
        "đơn của",
        "đơn thư của",
        "kiến nghị của",
        "phản ánh của",
        "khiếu nại của",
        "tố cáo của",
        "hộ",
        "hộ gia đình",
        "gia đình",
    }
)
