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
    }
)
