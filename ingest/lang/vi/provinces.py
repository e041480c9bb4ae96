"""Names Vietnam's provinces went by before the data package's lists were taken.

`vietnamadminunits` keeps the 63 provinces as they stood just before the 2025 reorganisation and the 34 after
it; a province renamed before that (Thừa Thiên Huế became the centrally-governed city Huế on 1 January 2025,
Nghị quyết 175/2024/QH15) appears only under its new name, while its notices of 2010-2024 use the old one.
"""

from __future__ import annotations

# current short name -> (former name, its level, the first day of the current name)
FORMER_PROVINCE_NAMES: dict[str, tuple[str, str, str]] = {
    "Huế": ("Thừa Thiên Huế", "tỉnh", "2025-01-01"),
}

# Districts dissolved before the package's pre-2025 list was taken, which notices of their years still name: the
# Ủy ban Thường vụ Quốc hội's 2019-2020 arrangements of district-level units (Cao Bằng: Phục Hòa and Quảng Uyên
# became Quảng Hòa, Trà Lĩnh joined Trùng Khánh, Thông Nông joined Hà Quảng, from 2020; Quảng Ninh: Hoành Bồ
# joined Hạ Long; Hòa Bình: Kỳ Sơn joined the city of Hòa Bình), and of 2023-2025 (Bắc Giang: Yên Dũng joined the
# city of Bắc Giang, Nghị quyết 1189/NQ-UBTVQH15, 2024; Nam Định: Mỹ Lộc joined the city of Nam Định, 2025).
# name -> (its level, its province, the year it was dissolved)
FORMER_DISTRICTS: dict[str, tuple[str, str, int]] = {
    "Phục Hòa": ("huyện", "Cao Bằng", 2020),
    "Quảng Uyên": ("huyện", "Cao Bằng", 2020),
    "Trà Lĩnh": ("huyện", "Cao Bằng", 2020),
    "Thông Nông": ("huyện", "Cao Bằng", 2020),
    "Hoành Bồ": ("huyện", "Quảng Ninh", 2020),
    "Kỳ Sơn": ("huyện", "Hòa Bình", 2020),
    "Yên Dũng": ("huyện", "Bắc Giang", 2024),
    "Mỹ Lộc": ("huyện", "Nam Định", 2025),
    # Quảng Nam's huyện Nông Sơn joined Quế Sơn (Nghị quyết 1243/NQ-UBTVQH15, from 1 January 2025); its name reads
    # like a person's (the surname Nông), so a list "các huyện …, Nông Sơn, …" needs it known
    "Nông Sơn": ("huyện", "Quảng Nam", 2025),
    # Hà Nội's huyện Từ Liêm was split into the quận Bắc Từ Liêm and Nam Từ Liêm (Nghị quyết 132/NQ-CP, 2013)
    "Từ Liêm": ("huyện", "Hà Nội", 2014),
}

# Provinces merged into another before the package's pre-2025 list was taken, which notices of their years still
# name: Hà Tây joined Hà Nội on 1 August 2008 (Nghị quyết 15/2008/QH12). A notice of "UBND tỉnh Hà Tây" is Hà
# Tây's, its bodies are "… tỉnh Hà Tây", and its districts are read as Hà Tây's (the names the package lists under
# Hà Nội now). name -> (its level, the province it joined, the first day it no longer existed, its districts as
# (level, name) on the eve of the merger)
FORMER_PROVINCES: dict[str, tuple[str, str, str, tuple[tuple[str, str], ...]]] = {
    "Hà Tây": (
        "tỉnh",
        "Hà Nội",
        "2008-08-01",
        (
            ("thành phố", "Hà Đông"),
            ("thành phố", "Sơn Tây"),
            ("huyện", "Ba Vì"),
            ("huyện", "Chương Mỹ"),
            ("huyện", "Đan Phượng"),
            ("huyện", "Hoài Đức"),
            ("huyện", "Mỹ Đức"),
            ("huyện", "Phú Xuyên"),
            ("huyện", "Phúc Thọ"),
            ("huyện", "Quốc Oai"),
            ("huyện", "Thạch Thất"),
            ("huyện", "Thanh Oai"),
            ("huyện", "Thường Tín"),
            ("huyện", "Ứng Hòa"),
        ),
    ),
}

# Districts the data package spells otherwise than the official name the notices write (Nghị định 72/2002/NĐ-CP
# names the Yên Bái district "Mù Cang Chải"; the package has "Mù Căng Chải"). notices' spelling -> the package's
DISTRICT_SPELLINGS: dict[str, str] = {
    "Mù Cang Chải": "Mù Căng Chải",
    # Đắk Lắk's district is written with "D" as often as with "Đ" (the commune of 2025 is "M'Drắk")
    "M'Drắk": "M'Đrắk",
}

# Directions written before a province's name make another proper name, of a part of it ("Ban Quản lý rừng phòng
# hộ Nam Hà Tĩnh", "Khu kinh tế Đông Nam Nghệ An", "Bắc Quảng Nam", "Tây Nghệ An"): the province is no place
# of the body there.
DIRECTIONS_BEFORE_PROVINCES: frozenset[str] = frozenset({"bắc", "nam", "đông", "tây"})
