"""Vietnamese family names (họ), used to recognise a person's name without an honorific.

Source: the common family names of Vietnam (Lê Trung Hoa, "Họ và tên người Việt Nam",
and the lists of surnames in civil-status statistics). Both tone placements
are accepted by the matcher, so each name is written once.
"""

SURNAMES: frozenset[str] = (
    frozenset(
        """
    Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh
    Trương Lâm Phùng Mai Tô Hà Tạ Lương Lưu Thái Châu Quách Hứa Cao Kiều Triệu Đinh Văn Tăng
    Lại Mạc Khổng Tôn Thân Từ Chu Diệp Giang Nghiêm Kim Quan Ông Âu La Hồng Lữ Lò Lục Mã Nông Ninh
    Phí Phó Quang Sầm Tiêu Trang Trà Triệu Ung Vi Viên Ân Bạch Bế Cù Cung Doãn Đàm Đậu Đồng Hàn
    Hầu Hoa Kha Khúc Khương Khuất Lã Lạc Lều Liêu Lục Mạch Mẫn Nhâm Nhữ Ôn Quản Sơn Thạch Thiều
    Thịnh Thông Tiết Trình Trịnh Từ Văn Vưu Yên Âu Dư Hoàng Nhan Lỗ Ma Y
    """.split()
    )
    | frozenset(
        # family names of the northern uplands (Thái, Hmông, Dao) and of the Central Highlands (Gia Rai, Ê Đê):
        # "Quàng Văn Tiến", "Vì Văn Luân", "Giàng A Chu", "Ksor Phước Hà", "Niê Thuật"
        """
    Quàng Vì Lường Cầm Điêu Tòng Khằm Sùng Giàng Thào Mùa Vừ Lầu Chảo Phàn Tẩn
    Vàng Lù Ly Hạng Tráng Sình Cứ Lồ Hờ Bàn Lự Lành Lộc
    Pờ Tao Sần Lỳ
    Ksor Siu Rơ Rah Kpă Niê Mlô Êban Byă Hdơk
    Ka
    """.split()
    )
    | frozenset(
        # leading words of Stiêng, M'nông, Cơ Ho, Chăm and Khmer names, written where a surname stands: "Điểu Lé",
        # "Điểu K'Ré", "Nay Phi La", "Danh Út", "Chamaléa Tiến", "Katơr Nhiên", "Pinăng Thị Ha"
        """
    Điểu Nay Danh Chamaléa Katơr Pinăng Kpuih Rcom Bdap Liêng Đàm
    Chau Néang Puih
    """.split()
    )
)
# (the second line of the uplands' names: Hmông "Vàng Seo Chúng", "Lù Chấn Phìn", "Ly Mí Dình", "Sình Dúng Xá", Dao
# "Bàn Văn Tiến", Tày "Lành", "Lộc", Thái "Lự"; the third: Hà Nhì "Pờ Thị Mé", "Sần Lao Chừ", "Lỳ Thị Mố", Dao
# "Tao Văn Pành"; the Cơ Ho and Chu Ru women's leading "Ka" of Lâm Đồng ("Ka Thủy", "Ka Sô Ha Lim", as "K'" for men);
# the Khmer "Chau" (men) and "Néang" (women) of An Giang and Trà Vinh, Jrai "Puih")

# Family names that are inner syllables of the Central Highlands' place names too ("Vườn quốc gia Kon Ka Kinh",
# Gia Lai): one opens a person's name only where no capitalised syllable of a name stands before it (after a head,
# "Phó Giám đốc Sở Ka Sô Ha Lim", or a lower-case word).
SURNAMES_NOT_INSIDE_NAMES: frozenset[str] = frozenset({"Ka"})

# Khmer family names that are other words too, read as a name's first word only after an honorific and before a
# capitalised given name: "bà Thị Sóc Na" (Khmer women of Kiên Giang, Sóc Trăng, Trà Vinh bear "Thị" as a family
# name), never "Thị xã", "Thị trấn", "Thị ủy" (the words after it in `NOT_GIVEN_NAMES_AFTER`).
SURNAMES_AFTER_HONORIFIC_ONLY: frozenset[str] = frozenset({"Thị"})
NOT_GIVEN_NAMES_AFTER: dict[str, frozenset[str]] = {
    "Thị": frozenset({"Xã", "Trấn", "Ủy", "Uỷ", "Đoàn", "Trường"})
}

# Prefixes written joined to the given name by an apostrophe where a family name stands: Ê Đê women "H'Hoa Byă",
# "H'Yim Kđoh"; Cơ Ho "K'Bròi".
APOSTROPHE_NAME_PREFIXES: tuple[str, ...] = ("H'", "H’", "K'", "K’")

# Words after which a capitalised name is a place, not a person, though it starts with a family name: a street
# always ("đường Lê Lợi", "hẻm Trần Phú"; not "thôn", "bản": "Giám đốc Sở NN&PTNT Trần Nhật Hùng" ends in
# "nông thôn", "văn bản"); the last word of an administrative unit when the gazetteer knows the place ("huyện
# Yên Mô", "thành phố Hồ Chí Minh"), since "Chủ tịch UBND huyện Lê Văn Hòa" names a person.
# "tuyến" (a route: "các tuyến Nguyễn Văn Linh, Lê Duẩn") and "kiệt" (an alley in Huế and Đà Nẵng) likewise; and
# a market, named after its place or a person ("chợ Cẩm Xuyên và chợ Thạch Hà, Phó Chủ tịch …", "chợ Bà Chiểu").
STREET_WORDS_BEFORE_NAMES: frozenset[str] = frozenset("đường ngõ ngách hẻm tuyến kiệt chợ".split())
# Words after which a capitalised "Ông"/"Bà" opens a street's or place's name after the person it honours, not a
# form of address ("đường Bà Triệu", "phố Bà Huyện Thanh Quan", "tuyến Ông Ích Khiêm"); "số" before a house
# number likewise ("số 25 Bà Triệu").
# The deities and the honoured dead of the south and centre are called "Ông"/"Bà" too, and so are the shrines,
# festivals and places named after them: the whale god of the fishing villages ("Lễ hội Nghinh Ông", "lễ rước cá
# Ông", "Dinh Ông"), the Lady of the Realm ("Miếu Bà Chúa Xứ", "Vía Bà", "Núi Bà Đen", "Điện Bà"), "Lăng Ông Bà
# Chiểu"; and waterways and markets named after someone ("rạch Ông Lớn", "kênh Ông Kèo", "chợ Bà Chiểu", "Hòn Bà").
# Not "cầu" ("yêu cầu Ông A") nor "phủ" ("Thủ tướng Chính phủ Ông A"): words that end a verb or a body too.
WORDS_BEFORE_HONOURED_NAMES: frozenset[str] = frozenset(
    "nghinh rước cá dinh miếu đền lăng vía núi điện chùa hòn rạch kênh vàm chợ".split()
)
STREET_WORDS_BEFORE_HONOURED_NAMES: frozenset[str] = (
    STREET_WORDS_BEFORE_NAMES | frozenset({"phố"}) | WORDS_BEFORE_HONOURED_NAMES
)
HONORIFICS_IN_STREET_NAMES: frozenset[str] = frozenset({"ông", "bà"})
LOCALITY_WORDS_BEFORE_NAMES: frozenset[str] = frozenset("tỉnh huyện quận xã phường trấn phố".split())
# Prepositions of place: a province or district the gazetteer knows after one is where something happens, not a
# person whose family name its first syllable happens to be ("tại Hà Nội, Bộ trưởng …", "ở Quảng Ninh").
PLACE_PREPOSITIONS: frozenset[str] = frozenset("tại ở về đến từ khắp".split())

# Middle names (tên đệm) common enough that a family name, one of them and a third syllable after a commune's
# keyword are taken for a person ("UBND thị trấn Nguyễn Văn Hai"), while a place named with a family name's
# syllable is not ("thị trấn Phan Rí Cửa", "xã Lý Hòa Hải"). Source: the usual middle names of Vietnamese
# civil-status records; both tone placements are accepted by the matcher.
COMMON_MIDDLE_NAMES: frozenset[str] = frozenset(
    """
    Văn Thị Hữu Đức Minh Quốc Thanh Công Xuân Ngọc Hoàng Anh Trọng Tấn Thành Quang Duy Đình Hồng Mạnh Việt
    Chí Bá Phước Kim Thế Trung Hải Nhật Sỹ Sĩ Viết Khắc Tuấn Hoài Thái Bích Thu Mỹ Thúy Ánh Tuyết Lan Diệu
    Phương Cẩm Như Gia Bảo Đăng Huy Khánh Phú Tiến Vĩnh Cao Tuệ Hoa Mai Trúc Quý Nguyên Tường Lệ Kiều Hà
    Bình Phúc Thiên Trí Nam Hùng Vân Diễm Yến Seo Đắc Doãn Hiền
    """.split()
)

# Historical figures whose names a notice writes in a commemoration, a slogan or a campaign ("kỷ niệm 126 năm Ngày
# sinh Chủ tịch Hồ Chí Minh", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Ngày sinh Đại tướng
# Võ Nguyên Giáp"), never as an attendee. Only revolutionary and pen names, and the names of kings and generals of
# old, which no official bears: a name built like anyone's is left out, as officials share it (a Phó Chủ tịch
# "Lê Hồng Phong" of a district, a "Nguyễn Đức Cảnh", a "Trần Phú"). After "ông"/"bà" (`PLAIN_HONORIFICS`) the
# name is a living person's all the same: "ông Trần Quốc Tuấn, Phó Giám đốc Sở" (the given name of Hưng Đạo Đại
# vương is an ordinary one today).
HISTORICAL_FIGURES: frozenset[str] = frozenset(
    n.strip()
    for n in """
    Hồ Chí Minh|Nguyễn Ái Quốc|Nguyễn Tất Thành|Võ Nguyên Giáp|Tôn Đức Thắng|Kim Đồng|Phan Bội Châu|Phan Châu Trinh
    Trần Hưng Đạo|Trần Quốc Tuấn|Lý Thường Kiệt|Hai Bà Trưng|Lý Công Uẩn|Lý Thái Tổ|Trần Nhân Tông|Lê Thánh Tông
    """.replace("\n", "|").split("|")
    if n.strip()
)

# The honorifics a living person is written with, never a figure commemorated ("ông", "bà"): after them a name of
# `HISTORICAL_FIGURES` is a person at the meeting.
PLAIN_HONORIFICS: frozenset[str] = frozenset({"ông", "bà"})

# The column heads of an attendance table ("Họ và tên | Chức vụ, đơn vị | Ghi chú"), which a reader that gives one
# cell a line puts right after the last name of the column before: they open a line and never continue a name
# ("Ông Phạm Công Danh⏎Chức vụ, đơn vị"), though a syllable of them is a given name elsewhere ("Lê Văn Chức").
TABLE_COLUMN_HEADS: frozenset[str] = frozenset({"chức vụ", "đơn vị", "ghi chú", "cơ quan", "họ và tên"})

# Fields of study and of trade whose first syllable is also a given name: written after a family name with no
# honorific, the syllable goes on with the field's lower-case second one and no person is named ("Trưởng khoa
# Nông Lâm nghiệp": forestry, not a "Nông Lâm"; "Khoa Lê Văn hóa" never is a name).
FIELD_WORDS_OPENED_BY_GIVEN_NAMES: frozenset[str] = frozenset(
    {
        "lâm nghiệp",
        "lâm sản",
        "công nghiệp",
        "công nghệ",
        "thủy sản",
        "thủy lợi",
        "hải sản",
        "văn hóa",
        "văn học",
        "hóa học",
        "sinh học",
        "dược học",
        "nông nghiệp",
        "ngư nghiệp",
        "thương mại",
        "kinh tế",
        "điện tử",
        "cơ khí",
    }
)
