"""Pre-Unicode Vietnamese font encodings: TCVN3 (ABC) and VNI-Windows.

Sources: TCVN 5712:1993 "VN3" table (the .VnTime/.VnArial "ABC" fonts), as
published by the Vietnamese standards body and reproduced in the converters
of UniKey and vietnamese-conversion; VNI-Windows as implemented in xvnkb
(``vni.h``) and UniKey. Both encodings put their letters on the Latin-1 /
Windows-1252 code points, so a file in these encodings, read as cp1252 (or a
.docx/.html typed with those fonts), shows "Th«ng b¸o" (TCVN3) or
"Thoâng baùo" (VNI) instead of "Thông báo".

Data only. Keys are the characters as they appear once the bytes are read as
Latin-1/cp1252; `ketluan.ingest.readers` does the detection and the conversion.

TCVN3 has one code per letter. Upper-case toned letters do not exist in VN3
(documents used the separate ".VnTimeH" capitals font, whose text is stored in
the lower-case codes), so only the seven upper-case base letters are listed.
"""

# TCVN3 (ABC, VN3): one character -> one Vietnamese letter.
TCVN3_TO_UNICODE: dict[str, str] = {
    "\u00a1": "Ă", "\u00a2": "Â", "\u00a3": "Ê", "\u00a4": "Ô", "\u00a5": "Ơ", "\u00a6": "Ư", "\u00a7": "Đ",
    "\u00a8": "ă", "\u00a9": "â", "\u00aa": "ê", "\u00ab": "ô", "\u00ac": "ơ", "\u00ad": "ư", "\u00ae": "đ",
    "\u00b5": "à", "\u00b6": "ả", "\u00b7": "ã", "\u00b8": "á", "\u00b9": "ạ",
    "\u00bb": "ằ", "\u00bc": "ẳ", "\u00bd": "ẵ", "\u00be": "ắ", "\u00c6": "ặ",
    "\u00c7": "ầ", "\u00c8": "ẩ", "\u00c9": "ẫ", "\u00ca": "ấ", "\u00cb": "ậ",
    "\u00cc": "è", "\u00ce": "ẻ", "\u00cf": "ẽ", "\u00d0": "é", "\u00d1": "ẹ",
    "\u00d2": "ề", "\u00d3": "ể", "\u00d4": "ễ", "\u00d5": "ế", "\u00d6": "ệ",
    "\u00d7": "ì", "\u00d8": "ỉ", "\u00dc": "ĩ", "\u00dd": "í", "\u00de": "ị",
    "\u00df": "ò", "\u00e1": "ỏ", "\u00e2": "õ", "\u00e3": "ó", "\u00e4": "ọ",
    "\u00e5": "ồ", "\u00e6": "ổ", "\u00e7": "ỗ", "\u00e8": "ố", "\u00e9": "ộ",
    "\u00ea": "ờ", "\u00eb": "ở", "\u00ec": "ỡ", "\u00ed": "ớ", "\u00ee": "ợ",
    "\u00ef": "ù", "\u00f1": "ủ", "\u00f2": "ũ", "\u00f3": "ú", "\u00f4": "ụ",
    "\u00f5": "ừ", "\u00f6": "ử", "\u00f7": "ữ", "\u00f8": "ứ", "\u00f9": "ự",
    "\u00fa": "ỳ", "\u00fb": "ỷ", "\u00fc": "ỹ", "\u00fd": "ý", "\u00fe": "ỵ",
}  # fmt: skip

# VNI-Windows: a base letter followed by one mark character, or a single
# character for the letters VNI draws in one glyph (ơ ư đ and the toned i / ỵ).
# Marks, lower case (upper case uses the upper-case mark, "AÙ" = "Á"):
#   tone:        ù sắc   ø huyền   û hỏi   õ ngã   ï nặng
#   circumflex:  â (plain)  á ấ  à ầ  å ẩ  ã ẫ  ä ậ      (after a, e, o)
#   breve:       ê (plain)  é ắ  è ằ  ú ẳ  ü ẵ  ë ặ      (after a)
VNI_TONE_MARKS: dict[str, str] = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
VNI_CIRCUMFLEX_MARKS: dict[str, str] = {
    "â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323",
}  # fmt: skip
VNI_BREVE_MARKS: dict[str, str] = {
    "ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323",
}  # fmt: skip

# Single characters that stand for a whole letter in VNI.
VNI_SINGLE_CHARACTERS: dict[str, str] = {
    "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ñ": "đ", "Ñ": "Đ",
    "í": "í", "Í": "Í", "ì": "ì", "Ì": "Ì", "æ": "ỉ", "Æ": "Ỉ", "ó": "ĩ", "Ó": "Ĩ", "ò": "ị", "Ò": "Ị",
    "î": "ỵ", "Î": "Ỵ",
}  # fmt: skip

# Letters that take marks: plain vowels and the VNI single-character ơ / ư.
VNI_TONE_BASES: str = "aeouyAEOUYôÔöÖ"
VNI_CIRCUMFLEX_BASES: str = "aeoAEO"
VNI_BREVE_BASES: str = "aA"
