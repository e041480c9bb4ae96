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
