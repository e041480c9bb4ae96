"""Vietnamese orthography data: the alphabet, the tone marks and the two tone placements.

Sources: Unicode 15 code charts "Latin Extended Additional" (U+1EA0-U+1EF9) and
"Latin-1 Supplement"; the two tone-placement conventions for the open syllables
oa, oe, uy, described in Quyết định 240/QĐ (1984) and Quyết định 1989/QĐ-BGDĐT
(2018): "hòa, khỏe, thủy" (tone on the first vowel, what most government notices
use) and "hoà, khoẻ, thuỷ" (tone on the second vowel).

Data only: `ketluan.ingest.text` builds ``fold_tones`` and ``match_key`` on these
tables and the readers' garble check uses the alphabet.
"""

# Tone placement on the second vowel -> placement on the first vowel.
# Applied by `fold_tones` only at the end of a syllable and never after "q"
# ("quý" keeps its tone), so "hoàn", "khuỷu" and "quyết" are never touched.
TONE_PLACEMENT_FOLD: dict[str, str] = {
    "oà": "òa", "Oà": "Òa", "OÀ": "ÒA",
    "oá": "óa", "Oá": "Óa", "OÁ": "ÓA",
    "oả": "ỏa", "Oả": "Ỏa", "OẢ": "ỎA",
    "oã": "õa", "Oã": "Õa", "OÃ": "ÕA",
    "oạ": "ọa", "Oạ": "Ọa", "OẠ": "ỌA",
    "oè": "òe", "Oè": "Òe", "OÈ": "ÒE",
    "oé": "óe", "Oé": "Óe", "OÉ": "ÓE",
    "oẻ": "ỏe", "Oẻ": "Ỏe", "OẺ": "ỎE",
    "oẽ": "õe", "Oẽ": "Õe", "OẼ": "ÕE",
    "oẹ": "ọe", "Oẹ": "Ọe", "OẸ": "ỌE",
    "uỳ": "ùy", "Uỳ": "Ùy", "UỲ": "ÙY",
    "uý": "úy", "Uý": "Úy", "UÝ": "ÚY",
    "uỷ": "ủy", "Uỷ": "Ủy", "UỶ": "ỦY",
    "uỹ": "ũy", "Uỹ": "Ũy", "UỸ": "ŨY",
    "uỵ": "ụy", "Uỵ": "Ụy", "UỴ": "ỤY",
}  # fmt: skip

# The five tone marks as combining characters (NFD): huyền, sắc, hỏi, ngã, nặng.
TONE_MARKS: frozenset[str] = frozenset({"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"})

# The twelve vowels and đ, lower case, without tone.
BASE_VOWELS: tuple[str, ...] = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")

# Every letter of the Vietnamese alphabet that is not plain ASCII, both cases, NFC:
# ă â đ ê ô ơ ư and the 5 x 12 toned vowels (134 letters).
VIETNAMESE_NON_ASCII_LETTERS: frozenset[str] = frozenset(
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
)

# The toned letters among them (one tone mark each); a syllable carries at most one.
TONED_LETTERS: frozenset[str] = frozenset(
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ"
)

# The vowels that close a syllable's vowels as a glide ("tải", "đài", "bảo", "sáu", "hay"): after another vowel
# they never carry the tone, so OCR's second mark on one ("tảí", "Bảó") is the slip. Where the pair may carry
# its tone on either vowel ("uy": "thủy" / "thuỷ") a second mark is left, as neither can be told the slip.
CLOSING_GLIDES: frozenset[str] = frozenset("iyou")
EITHER_TONED_PAIRS: frozenset[str] = frozenset({"uy", "oo"})

# Letters of other alphabets that fonts, OCR and old converters put for a Vietnamese one: Icelandic eth
# "Ð"/"ð" (U+00D0/U+00F0) and the African D "Ɖ" (U+0189) drawn like "Đ"/"đ" ("Ðồn Biên phòng", "ðoàn").
# Replaced only at the start of a word followed by a Vietnamese letter (`ketluan.ingest.text`).
LOOKALIKE_LETTERS: dict[str, str] = {"\u00d0": "Đ", "\u00f0": "đ", "\u0189": "Đ"}

# Characters that legitimately appear in notices although they are outside the
# Vietnamese alphabet (units, footnote marks, ordinals, quotes, bullets); the garble check never counts them.
HARMLESS_SYMBOLS: frozenset[str] = frozenset("°±×÷¹²³º½¼¾·•«»©®§µ€£¥¢№…–—‘’“”„‹›")

# --------------------------------------------------------------------------- OCR slips

# What may follow "ươ" in a syllable ("trước", "người", "trường", "mượn", "bướm", "cướp", "được", "tươi",
# "rượu"). A scanned notice's OCR often drops the horn of the "ư" ("truớc", "nguời", "Truởng") or of the "ơ"
# ("trưóc"); "uơ" and "ưo" before one of these never make a Vietnamese syllable (after "q", "quơ" is one), so
# `ketluan.ingest.layout_repair.repair_ocr_slips` puts the horn back there. "thuở", "huơ" (no ending) are words
# and are not touched.
UO_RHYME_ENDINGS: tuple[str, ...] = ("ng", "c", "n", "m", "p", "t", "i", "u")
# "u" with each tone, and "ư" with the same tones in the same order: the rhyme "ưu" ("tham mưu", "ưu tiên",
# "nghiên cứu", "lưu trữ") read by OCR without its horn ("tham muu", "uu tiên", "nghiên cúu") is "uu", which no
# Vietnamese syllable writes, so the horn goes back on the first "u" (its tone kept).
U_PLAIN_TONES: str = "uùúủũụ"
U_HORN_TONES: str = "ưừứửữự"
# "ơ" with each tone, and "o" with the same tones in the same order (the OCR slip drops the horn only).
O_HORN_TONES: str = "ơờớởỡợ"
O_PLAIN_TONES: str = "oòóỏõọ"

# Words OCR reads without their marks in a notice's header, where they name the level of the issuing unit
# ("UỶ BAN NHÂN DÂN / XA HÀM MỸ", "UBND PHUONG AN LẠC"): after one of `OCR_UNIT_COUNCILS` in the same header
# cell, or heading the cell under it, and before the unit's name in capitals, each stands for the marked word.
# Only "XA" is itself a word ("far"), never there.
OCR_UNIT_WORDS: dict[str, str] = {
    "XA": "XÃ",
    "PHUONG": "PHƯỜNG",
    "THI TRAN": "THỊ TRẤN",
    "THI XA": "THỊ XÃ",
    "HUYEN": "HUYỆN",
    "TINH": "TỈNH",
}

# The document's type alone on its title line in capitals, as OCR misreads its marks ("THÔNG BẢO", "BAO CAO",
# "BIÊN BAN"): a line whose letters without marks are one of these is that type (no other Vietnamese words
# read so on a line of their own). Without marks (as `strip_diacritics` writes them, "đ" kept) -> as written.
OCR_TITLE_TYPES: dict[str, str] = {
    "THONG BAO": "THÔNG BÁO",
    "BAO CAO": "BÁO CÁO",
    "BIEN BAN": "BIÊN BẢN",
    "KET LUAN": "KẾT LUẬN",
}
# Digits OCR reads for a capital letter drawn like them, inside the title's type ("TH0NG BÁO", "B1ÊN BẢN"): in a
# word of capitals, a lone digit among letters is that letter. Only where the whole line then reads as one of
# `OCR_TITLE_TYPES` (`ketluan.ingest.layout_repair.repair_ocr_slips`).
OCR_TITLE_DIGIT_LETTERS: dict[str, str] = {"0": "O", "1": "I"}

# Letters OCR reads for a capital "I" drawn like them, inside a word of capitals ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ
# HỘl", "BAN CHỈ ĐẠO THl TỐT NGHIỆP"): a lower-case "l" among capitals is that letter where the word then reads
# as one syllable and follows another word of capitals (`ketluan.ingest.layout_repair.repair_ocr_slips`). A
# digit is left alone there: "KH1", "PA1" are codes.
OCR_CAPITAL_I_LETTERS: dict[str, str] = {"l": "I"}

# The councils and bodies, in capitals, whose header line the level and name of their unit follow ("UỶ BAN
# NHÂN DÂN" over "XÃ HÀM MỸ"); both tone placements.
OCR_UNIT_COUNCILS: tuple[str, ...] = (
    "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "UBND", "HỘI ĐỒNG NHÂN DÂN", "HĐND", "ĐẢNG ỦY", "ĐẢNG UỶ", "ĐẢNG BỘ",
    "CÔNG AN", "BAN CHỈ HUY QUÂN SỰ", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "UỶ BAN MẶT TRẬN TỔ QUỐC VIỆT NAM",
)  # fmt: skip

# Bodies whose name heads a header's cell, in capitals, that OCR or an old font without Vietnamese letters writes
# wholly without marks ("UY BAN NHAN DAN" over "TỈNH HÀ TĨNH", "SO KHOA HOC VA CONG NGHE"): a header cell whose
# letters carry no mark and that is one of these without its marks ("Đ" read "D" too), alone or before a level of
# `OCR_UNIT_WORDS` ("CUC THUE TINH …"), is that body (`ketluan.ingest.layout_repair.repair_ocr_slips`). Whole
# names of two words or more only: no other header cell reads so, and a name's unmarked tail is left unmarked.
# A Sở's name ("SỞ" and one of `ketluan.ingest.lang.vi.agencies.SO_FIELD_NAMES`) is added where it is used.
OCR_UNMARKED_BODIES: tuple[str, ...] = (
    "ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "ĐẢNG ỦY", "ĐẢNG BỘ", "CÔNG AN", "BAN CHỈ HUY QUÂN SỰ",
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "VĂN PHÒNG ỦY BAN NHÂN DÂN", "VĂN PHÒNG UBND", "VĂN PHÒNG HĐND VÀ UBND",
    "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "BAN QUẢN LÝ KHU KINH TẾ", "TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY",
    "BỘ KHOA HỌC VÀ CÔNG NGHỆ", "TỔNG CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG",
    "CỤC HẢI QUAN", "KHO BẠC NHÀ NƯỚC", "CỤC THUẾ", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
)  # fmt: skip

# Words a Roman numeral follows ("Quý I", "Phần II", "Khóa XV"), lower case, where OCR reads "I" as "l"
# ("Quý l", "Quý ll"); a heading numbered "l.", "ll.", "lV." at the start of a line is the same slip.
ROMAN_NUMERAL_WORDS: tuple[str, ...] = ("quý", "phần", "khóa", "khoá", "giai đoạn", "mục", "chương")

# The same words and the ordinal's "thứ" ("Festival Hoa lần thứ V.", "Đại hội lần thứ X."), lower case: a Roman
# numeral of one letter after one, with a full stop, ends the sentence (it is no initial of a name: "V. Thành
# phần tham dự gồm …" starts the next).
ROMAN_NUMERAL_ORDINALS: tuple[str, ...] = (*ROMAN_NUMERAL_WORDS, "thứ")
# The Roman numerals of one letter that a notice counts with.
ROMAN_ONE_LETTERS: frozenset[str] = frozenset("IVX")

# A locality's type that OCR read without its marks in running text ("Cục Hải quan tinh Quảng Ninh"), and the
# word it stands for: only before a capitalised name, in a text that writes marks elsewhere. "tinh" is a word of
# its own ("tinh thần", "tinh gọn"), but never one before a name in capitals; the others are no words unmarked.
# OCR also loses the dot below alone ("Công an huyên An Dương", "giao Thanh tra huyên thụ lý"): "huyên" is a word
# only in "huyên thuyên", "huyên náo", never before a place's name or after a body's.
OCR_LOCALITY_WORDS: dict[str, str] = {"tinh": "tỉnh", "huyen": "huyện", "huyên": "huyện", "phuong": "phường"}

# A party committee is written "<level> ủy" ("Tỉnh ủy", "Quận ủy", "Đảng ủy"; "uỷ" with the old tone placement): OCR
# misreads the hook of "ủ" as another tone mark ("Quận ùy", "Huyện ụy", "Tỉnh úy"), which makes no committee of the
# words. After these level words (lower case) "uy" with any other tone is "ủy" ("uỷ" where the mark sits on the
# "y"); "Đại úy", "Thượng úy" are ranks, after no such word.
PARTY_COMMITTEE_LEVELS: tuple[str, ...] = ("tỉnh", "thành", "huyện", "quận", "thị", "đảng")
# "uy" with a tone other than the hook, on either letter, as OCR reads it
OCR_UY_SLIPS: frozenset[str] = frozenset({"ùy", "úy", "ũy", "ụy", "uỳ", "uý", "uỹ", "uỵ"})

# A meeting notice's fixed phrases as OCR reads them with a mark lost (most often the dot below: "Thành phần tham
# dư gồm", "cuộc hop"), each damaged form no Vietnamese phrase (not "dư họp" alone: "thặng dư"), and the phrase
# it stands for, lower case and one character for one. The cues the reader goes by ("tham dự", "dự họp", "cuộc
# họp", "kết luận") must survive the scan.
OCR_PHRASE_SLIPS: dict[str, str] = {
    "tham dư": "tham dự", "cùng dư họp": "cùng dự họp", "cuộc hop": "cuộc họp", "buổi hop": "buổi họp",
    "phiên hop": "phiên họp", "kết luân": "kết luận", "thẩm đinh": "thẩm định",
    # the acute of "kết" lost ("đồng chí Chủ tịch kêt luận như sau"): a syllable closed by "t" carries a sắc or a
    # nặng tone, so "kêt" is no word; the cue must survive the scan
    "kêt luận": "kết luận", "kêt luân": "kết luận",
    # the hook of "chuyển" read as a grave ("tổ chức chuyền giao cho nông dân"): no phrase writes "chuyền giao"
    # ("chuyền" passes a thing hand to hand: "chuyền bóng", "dây chuyền"), nor "chuyễn" at all; not "chuyên
    # giao", which opens "chuyên giao dịch"
    "chuyền giao": "chuyển giao", "chuyễn giao": "chuyển giao",
    # the closing block's label with its horn lost ("Noi nhận:", "Noi nhan:"): "noi" is a word ("noi gương"),
    # never before "nhận"; the label must survive the scan, as it ends the body and heads the recipients
    "noi nhận": "nơi nhận", "noi nhan": "nơi nhận", "nơi nhan": "nơi nhận",
    # the dot below of "sự" lost in the names of the civil judgment bodies and of civil law ("Chi cục Thi hành án
    # dân sư huyện", "Bộ luật dân sư", "tố tụng dân sư"): "sư" (a monk, a teacher, "sư đoàn") follows no such word
    "án dân sư": "án dân sự", "luật dân sư": "luật dân sự", "tụng dân sư": "tụng dân sự",
    # the hook of "tỉnh" lost in the name of the province's committee of the Youth Union or of the Party ("Phó Bí
    # thư Tinh đoàn", "Ban Dân vận Tinh ủy"), the dot below of "huyện" in the district's ("Huyên đoàn"): "tinh"
    # ("tinh thần", "tinh gọn") and "huyên" ("huyên náo") go before no "đoàn" or "ủy"
    "tinh đoàn": "tỉnh đoàn", "tinh ủy": "tỉnh ủy", "tinh uỷ": "tỉnh uỷ",
    "huyên đoàn": "huyện đoàn", "huyên ủy": "huyện ủy", "huyên uỷ": "huyện uỷ",
    # the circumflex of "thể" lost ("Sở Văn hóa, Thẻ thao và Du lịch", "SỞ VĂN HÓA, THẺ THAO"): "thẻ" (a card)
    # goes before no "thao"
    "thẻ thao": "thể thao",
    # the head of a unit's title with its marks lost before the unit's word ("Bà Vũ Thị Lan - Truong phòng Quản lý
    # đê điều", "Phó Giám đôc Sở"): "truong" (unmarked "trương", "trường") and "đôc" go before no "phòng" or after
    # no "giám" as words of their own
    "truong phòng": "trưởng phòng", "giám đôc": "giám đốc",
}  # fmt: skip
# Characters OCR reads for a lower-case "l" drawn like them, opening a word of lower-case letters ("kết 1uận",
# "xử 1ý", "mưa 1ũ", "thời 1ượng", "Quốc Iộ 7", "nhất Ià"): where the rest of the word carries a Vietnamese mark
# and "l" and the rest make one syllable, the character is "l" (`ketluan.ingest.layout_repair.repair_ocr_slips`).
# No word opens with a digit before marked letters; a capital "I" opens words only before a consonant ("Ít",
# "Ích", "In") or an unmarked "a" (the Jarai place names "Ia Grai", "Ia Pa"), which stay as written.
OCR_L_LETTERS: dict[str, str] = {"1": "l", "I": "l"}
# Loanwords that open with a capital "I" before a marked vowel ("muối Iốt", iodised salt), lower case: as written.
OCR_L_SLIP_WORDS_KEPT: frozenset[str] = frozenset({"iốt"})
# Letters OCR reads for a digit they are drawn like ("3l/12/2017", "2O/1O/2O15", "ngày l5 tháng 3"): the digit
# each stands for. Put back only inside a date's digit groups (`ketluan.ingest.layout_repair.repair_ocr_slips`),
# where a group holding a real digit besides them can be nothing but a number.
OCR_DIGIT_LETTERS: dict[str, str] = {"l": "1", "I": "1", "O": "0", "o": "0"}
# The word a unit's number follows ("Đội Quản lý thị trường số 1", "Phòng Kiểm tra thuế số 1", "Cơ sở cai nghiện
# số 2"), lower case: OCR reads the digit "1" after it as the letter "l" ("số l"), which is no word of its own,
# or as "I" ("số I"), which is put back only where the notice writes the same words "số 1" elsewhere ("Phụ lục
# số I" is a Roman numeral) (`ketluan.ingest.layout_repair.repair_ocr_slips`).
UNIT_NUMBER_WORDS: tuple[str, ...] = ("số",)
# "Sở" as OCR misreads its mark ("Giám đốc Sớ Tài nguyên và Môi trường", "Sỡ Y tế"): before the capitalised
# field of a Sở (`ketluan.ingest.lang.vi.agencies.SO_FIELD_NAMES`) the word is "Sở". As written (capitalised).
OCR_SO_SLIPS: frozenset[str] = frozenset({"Sơ", "Sớ", "Sờ", "Sỡ", "Sợ", "Só", "Sò", "Sỏ", "Sõ", "Sọ"})
# The label of a notice's number, "Số:", as OCR reads it at the head of a header's line ("S0: 412/TB-SGTVT" with
# the letter read as a zero, "SO:", "Sô:" with its mark lost or misread): before a colon and the number's digits
# the word is "Số" (`ketluan.ingest.layout_repair.repair_ocr_slips`). As written, two characters each.
OCR_NUMBER_LABEL_SLIPS: frozenset[str] = frozenset(
    {"S0", "SO", "So", "Sô", "Sồ", "Sổ", "Sỗ", "Sộ", "Só", "Sò", "Sỏ", "Sõ", "Sọ", "Sơ", "Sớ", "Sờ", "Sỡ", "Sợ"}
)  # fmt: skip
# "ngày" as OCR misreads its mark ("Long Xuyên, ngảy 09 tháng 8 năm 2013", "ngáy 15 tháng 3"): before a day's
# number and "tháng" the word is "ngày" (`ketluan.ingest.layout_repair.repair_ocr_slips`). Lower case; the
# unmarked "ngay" is a word of its own ("thực hiện ngay") and is left as written.
OCR_DAY_WORD_SLIPS: frozenset[str] = frozenset({"ngảy", "ngáy", "ngạy", "ngãy"})

# --------------------------------------------------------------------------- the shape of a syllable

# A Vietnamese syllable is an onset (one of these consonants, or none), one to three vowels ("a", "oa", "ươi",
# "uyê"; `BASE_VOWELS` with their tones; a final "i", "y", "o", "u" is a vowel of the cluster) and a final
# consonant (one of `SYLLABLE_CODAS`, or none): "đo", "lẻ", "tiện", "nghiêng", "quyết". Vietnamese is not
# hyphenated, so a hyphen ending a line of a PDF's text between two such syllables ("phương tiện-" /
# "đo nhóm 2") is a break the typesetting put, which `ketluan.ingest.layout_repair.join_hyphenated_syllables`
# takes out; "e-" / "mail", "ISO-" / "9001" are no two syllables. Lower case, longest first.
SYLLABLE_ONSETS: tuple[str, ...] = (
    "ngh", "ng", "nh", "ch", "tr", "th", "ph", "kh", "gh", "gi", "qu",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
)  # fmt: skip
SYLLABLE_CODAS: tuple[str, ...] = ("ng", "nh", "ch", "c", "m", "n", "p", "t")
# The longest syllable ("nghiêng", "nghiệng"), in letters.
SYLLABLE_MAX_LETTERS = 7
# Rhymes no syllable opens on by itself, whatever its tone: "ơ" and "ê" take no "ng" or "c" after them ("ê"
# takes "nh", "ch"); they are the rest of "ươ" or "iê" cut after its first vowel ("trư" / "ớc", "Dư" / "ơng",
# "việ" is "vi" / "ệc"). A line of a scan's text that opens on one goes on with the word the line above ended:
# `ketluan.ingest.layout_repair.join_split_syllables`. Untoned, lower case.
SPLIT_SYLLABLE_TAILS: frozenset[str] = frozenset({"ơng", "ơc", "êng", "êc"})

# The vowel clusters a syllable's nucleus can be, without tones ("hiện" has "iê", "trước" "ươ", "thuế" "uê",
# "nguyên" "uyê"; a final "i", "y", "o", "u" belongs to the cluster: "ươi", "oai"). A word split inside a syllable
# at a line's end ("thực hi-" / "ện", "trư-" / "ớc vụ Xuân") joins again only into one of these
# (`ketluan.ingest.layout_repair.join_hyphenated_syllables`); two syllables a hyphen set apart ("bảo-" / "an")
# make none ("aoa"). Lower case.
VOWEL_NUCLEI: frozenset[str] = frozenset(
    {
        *BASE_VOWELS,
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi",
        "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "iêu", "oai", "oay", "oao", "oeo",
        "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu", "oo",
    }
)  # fmt: skip
