"""How Vietnamese state bodies sit inside one another, and which posts one person cannot hold twice at once.

Sources: Luật Tổ chức chính quyền địa phương 2015 (UBND tỉnh/huyện and their specialised bodies);
Nghị định 24/2014/NĐ-CP and 107/2020/NĐ-CP (the Sở are "cơ quan chuyên môn thuộc UBND cấp tỉnh");
Nghị định 37/2014/NĐ-CP and 108/2020/NĐ-CP (the Phòng of a district are "cơ quan chuyên môn thuộc UBND
cấp huyện"); Luật Thanh tra 2010 (Thanh tra tỉnh/huyện under the UBND of that level).

Only rules that hold everywhere are listed: a Chi cục or Trung tâm may sit under different Sở from
province to province, so its parent is taken only from what a notice says ("Chi cục TĐC thuộc Sở KH&CN").
Kinds are the agency kinds of `ketluan.ingest.lang.vi.agencies.AGENCY_HEADS`.
"""

#: (agency kind, level) -> the parent's name, as a template over the agency's locality. Level is
#: "district" when the body belongs to a district (huyện, quận, thị xã, thành phố thuộc tỉnh), "province"
#: when it belongs to a province and no district. ``{province}`` / ``{district}`` are the full unit names
#: with their kind ("tỉnh Vĩnh Long", "huyện Long Hồ").
PARENT_BY_KIND: dict[tuple[str, str], str] = {
    ("so", "province"): "Ủy ban nhân dân {province}",
    ("inspectorate", "province"): "Ủy ban nhân dân {province}",
    ("phong", "district"): "Ủy ban nhân dân {district}",
    ("inspectorate", "district"): "Ủy ban nhân dân {district}",
    ("ubnd", "district"): "Ủy ban nhân dân {province}",
}

#: Units that a body's own notices name bare, without their owner: a Sở's notice says "Phòng Quản lý khoa
#: học", meaning its own Phòng. Such a unit, named in a notice issued by a body of an `OWNER_KINDS` kind in
#: the same province (and no district), is that body's unit: "Phòng Quản lý khoa học - Sở Khoa học và Công
#: nghệ tỉnh X". `OWNER_HEADS` are the (case-folded) head words that name such an owner inside a unit's name.
OWNED_KINDS: frozenset[str] = frozenset({"phong"})
OWNER_KINDS: frozenset[str] = frozenset({"so"})
OWNER_HEADS: frozenset[str] = frozenset({"sở"})

#: Agency kinds where one person commonly holds the same title in several bodies at once (a Phó Chủ tịch
#: UBND is "Trưởng ban" of many Ban Chỉ đạo; Party and council posts are held alongside state posts). Two
#: posts in bodies of these kinds never count as evidence that two same-named mentions are two people.
CONCURRENT_POST_KINDS: frozenset[str] = frozenset(
    {"board", "council", "council-board", "party", "party-board", "leadership", "collective", "association"}
)

#: How far apart (in days) two posts may be stated and still be taken as held at the same time: a person
#: does not head two Sở within this span, though a transfer can happen within a year.
CONCURRENT_POST_DAYS = 120

#: Agency kinds that are central (national) bodies when no province is named: a Bộ, Tổng cục, Cục, Vụ, the
#: Government. A post in one of them places a person nationally, not in the notice's province. Any other body
#: without a province ("Ủy ban nhân dân huyện" whose district was not written) places nobody.
NATIONAL_KINDS: frozenset[str] = frozenset(
    {"ministry", "general-department", "department", "ministry-department", "government"}
)
