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
    }
)
