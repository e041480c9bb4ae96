"""The kind of place a Party committee's name says (Điều lệ Đảng; Quy định 01/QĐi-TW 2018 on the names of
committees): "Quận ủy Hải Châu" leads the quận Hải Châu, "Thị ủy Sơn Tây" the thị xã Sơn Tây. A notice issued
by such a committee calls its district's bodies by the bare kind ("Ủy ban nhân dân quận", "Phòng Y tế quận"),
so the district's own kind word must come from the committee's head noun.

Data only: lower case, today's tone placement.
"""

COMMITTEE_DISTRICT_TYPES: dict[str, str] = {
    "quận ủy": "quận",
    "huyện ủy": "huyện",
    "thị ủy": "thị xã",
    "thành ủy": "thành phố",  # a city under a province ("Thành ủy Bà Rịa"); a centrally-run city is a province
    "ban thường vụ quận ủy": "quận",
    "ban thường vụ huyện ủy": "huyện",
    "ban thường vụ thị ủy": "thị xã",
    "ban thường vụ thành ủy": "thành phố",
}

# Party bodies that a committee's standing body directs (Điều lệ Đảng, arts. 43-44: the Ban cán sự đảng and
# Đảng đoàn a committee appoints; the Party committees of its bodies): "Ban Thường vụ Tỉnh ủy đề nghị Ban cán sự
# đảng UBND tỉnh chỉ đạo …" asks down — the one asked does the work, unlike a request to the Tỉnh ủy itself.
DIRECTED_PARTY_HEADS: frozenset[str] = frozenset({"ban cán sự đảng", "đảng đoàn", "đảng ủy"})
