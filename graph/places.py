"""Vietnam's administrative units, before and after the 2025 reorganisation, as RDF.

Agencies and meetings are tied (``kl:place``) to the unit a notice names — a pre-2025
province or district for the notices of 2010-2024, a 2025 province for newer ones — and
every pre-2025 unit is linked (``kl:currentUnit``) to the 2025 province that now covers it.

Where the data comes from
-------------------------
Everything is read from the ``vietnamadminunits`` data package, never from a hand list:

* ``data/dataset.db`` table ``admin_units_legacy``: the 63 provinces and their 696 districts
  (huyện, quận, thị xã, thành phố) as they stood on 30 June 2025, with GSO codes and, in
  ``districtAlias``, the ASCII keys of districts merged into them earlier ("huyennamdong" →
  huyện Phú Lộc), which is how names from older notices still resolve;
* table ``admin_units``: the 34 provinces of 2025 (no districts any more);
* ``data/converter_2025.json`` key ``DICT_PROVINCE``: each 2025 province → the legacy provinces
  merged into it. It is the table ``vietnamadminunits.convert_address`` itself uses. The 2025
  mergers took whole provinces, so every legacy province appears in exactly one list; `_load`
  checks that and fails loudly if a new package version breaks it. The tests cross-check the
  mapping against the ward codes the two tables share and against ``convert_address``.

Only ``SELECT DISTINCT`` over the province and district columns is read (the ward rows are
skipped) and the package's Python modules are not imported (importing them takes ~1 s and
loads every parser table): loading takes ~30 ms, lookups are dict look-ups.

Dates
-----
* Nghị quyết 202/2025/QH15 (12 June 2025) on the arrangement of provincial-level units took
  effect when passed, but the local governments of the 23 merged provinces "chính thức hoạt
  động từ ngày 01/7/2025" and the old ones carried on until then. Nghị quyết 203/2025/QH15
  (amending the 2013 Constitution, in force 1 July 2025) ended the district level
  (đơn vị hành chính cấp huyện kết thúc hoạt động) from the same day. So a legacy province or
  district has ``schema:endDate 2025-06-30`` and a 2025 province ``schema:startDate 2025-07-01``;
  a notice dated before 1 July 2025 names legacy units (`REFORM_DATE`).
* Legacy units get no start date: the package does not record when each was created.
* Thừa Thiên Huế became the centrally-governed city Huế on 1 January 2025 (Nghị quyết
  175/2024/QH15). The package lists the legacy unit (code 46) only under its last name,
  "Thành phố Huế"; notices of 2010-2024 say "tỉnh Thừa Thiên Huế", so that former name is
  accepted and written as an ``skos:altLabel`` (`_FORMER_PROVINCE_NAMES`, the one hand-written
  fact, kept in `ketluan.ingest.lang.vi.provinces` — a name, not a mapping). The former district-level "thành phố Huế" was split into
  quận Phú Xuân and quận Thuận Hóa and so resolves to no single district.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Literal, Union

from rdflib import Literal as RDFLiteral
from rdflib import Namespace, URIRef
from rdflib.namespace import RDF, SKOS, XSD

from ketluan.ingest.lang.vi.provinces import FORMER_PROVINCE_NAMES
from ketluan.ingest.text import match_key, strip_diacritics

__all__ = [
    "KLI_PLACE",
    "LEGACY_END",
    "REFORM_DATE",
    "AdminUnits",
    "DistrictUnit",
    "PlaceRef",
    "ProvinceUnit",
    "Unit",
    "admin_units",
    "place_of",
    "place_triples",
    "slugify",
]

KL = Namespace("https://w3id.org/ketluan/ontology#")  # open: kl:Province etc. are not in the ontology yet
KLI_PLACE = Namespace("https://w3id.org/ketluan/id/place/")
SCHEMA = Namespace("http://schema.org/")

#: First day of the 34 provinces and of the two-tier local government (no districts).
REFORM_DATE = date(2025, 7, 1)
#: Last day of the 63 provinces and their districts.
LEGACY_END = date(2025, 6, 30)

Era = Literal["legacy", "2025"]

#: short name -> former short names the package does not carry (see the module docstring); the data lives
#: with the ingest gazetteer's, which reads the same table
_FORMER_PROVINCE_NAMES: dict[str, tuple[str, ...]] = {
    current: (former,) for current, (former, _kind, _since) in FORMER_PROVINCE_NAMES.items()
}


# --------------------------------------------------------------------------- keys and slugs

_DASH_RE = re.compile(r"\s*-\s*")
_PROVINCE_PREFIX_RE = re.compile(r"^(?:tỉnh|thành phố|t\.\s?p\.?|tp\.?)\s*")
_DISTRICT_PREFIX_RE = re.compile(
    r"^(?:huyện|quận|thị xã|thành phố|t\.\s?p\.?|tp\.?|t\.\s?x\.?|tx\.?|h\.|q\.)\s*"
)
_NON_ALNUM_RE = re.compile(r"[^a-z0-9]+")


def _name_key(name: str) -> str:
    """`match_key`, with "Bà Rịa - Vũng Tàu", "Bà Rịa–Vũng Tàu" and "Bà Rịa Vũng Tàu" made equal."""
    return _DASH_RE.sub(" ", match_key(name)).strip(" .,;:")


def _ascii_key(name: str) -> str:
    """The package's own key style: no marks, đ → d, lower case, letters and digits only ("daklak")."""
    return _NON_ALNUM_RE.sub("", strip_diacritics(name).replace("đ", "d").replace("Đ", "D").lower())


def slugify(name: str) -> str:
    """ASCII slug for IRIs: "Bà Rịa - Vũng Tàu" → "ba-ria-vung-tau", "Đắk Lắk" → "dak-lak"."""
    s = strip_diacritics(name).replace("đ", "d").replace("Đ", "D").lower()
    return _NON_ALNUM_RE.sub("-", s).strip("-")


def _as_date(on: date | str | None) -> date | None:
    """``on`` as a date: a `datetime` or an ISO string ("2019-05-02T08:00:00") is cut to its day."""
    if on is None or on == "":
        return None
    if isinstance(on, datetime):
        return on.date()
    if isinstance(on, date):
        return on
    return date.fromisoformat(on[:10])


def _variants(name: str, prefix: re.Pattern[str]) -> tuple[list[str], list[str]]:
    """Name keys and ASCII keys to try for ``name``: as written, then without its kind word."""
    key = _name_key(name)
    keys = [key]
    bare = prefix.sub("", key, count=1)
    if bare and bare != key:
        keys.append(bare)
    ascii_keys: list[str] = []
    for k in keys:
        a = _ascii_key(k)
        if a and a not in ascii_keys:
            ascii_keys.append(a)
    return keys, ascii_keys


# --------------------------------------------------------------------------- units


@dataclass(frozen=True, slots=True)
class ProvinceUnit:
    """A province-level unit (tỉnh or thành phố trực thuộc trung ương) of one era."""

    name: str  # short name as the package gives it: "Vĩnh Long", "Hồ Chí Minh", "Bà Rịa - Vũng Tàu"
    kind: str  # "tỉnh" | "thành phố"
    code: str  # GSO code ("86"); a 2025 province reuses the code of one of its legacy parts
    key: str  # the package's provinceKey ("tinhvinhlong"), the same in both eras for the same name
    era: Era
    former_names: tuple[str, ...] = ()
    #: the package's ASCII lookup keys ("hochiminh", "hcm"); not part of the unit's identity
    keywords: tuple[str, ...] = field(default=(), compare=False, repr=False)

    @property
    def full(self) -> str:
        return f"{self.kind} {self.name}"

    @property
    def slug(self) -> str:
        return slugify(self.name)

    @property
    def iri(self) -> URIRef:
        return KLI_PLACE[f"province/{self.slug}" if self.era == "legacy" else f"province-2025/{self.slug}"]

    @property
    def is_current(self) -> bool:
        return self.era == "2025"

    @property
    def start(self) -> date | None:
        return REFORM_DATE if self.era == "2025" else None

    @property
    def end(self) -> date | None:
        return LEGACY_END if self.era == "legacy" else None


@dataclass(frozen=True, slots=True)
class DistrictUnit:
    """A pre-2025 district-level unit (huyện, quận, thị xã, thành phố thuộc tỉnh)."""

    name: str  # short name: "Long Hồ", "Quận 1", "Phan Rang - Tháp Chàm"
    kind: str  # "huyện" | "quận" | "thị xã" | "thành phố"
    code: str  # GSO code ("857")
    province: ProvinceUnit  # the legacy province
    #: the package's ASCII keys of districts merged into this one ("huyennamdong", "namdong")
    former_keys: tuple[str, ...] = field(default=(), compare=False, repr=False)

    @property
    def era(self) -> Era:
        return "legacy"

    @property
    def full(self) -> str:
        """ "huyện Long Hồ", "quận 1" (the kind written once even when the short name repeats it)."""
        rest = self.name
        if _name_key(rest).startswith(self.kind + " "):
            rest = rest[len(self.kind) + 1 :]
        return f"{self.kind} {rest}"

    @property
    def slug(self) -> str:
        return slugify(self.name)

    @property
    def iri(self) -> URIRef:
        return KLI_PLACE[f"district/{self.province.slug}/{self.slug}"]

    @property
    def is_current(self) -> bool:
        return False

    @property
    def start(self) -> date | None:
        return None

    @property
    def end(self) -> date | None:
        return LEGACY_END


Unit = Union[ProvinceUnit, DistrictUnit]  # noqa: UP007 - a runtime alias usable in isinstance checks


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """The unit a notice's place names resolve to, and the 2025 province that covers it now."""

    unit: Unit
    current: ProvinceUnit

    @property
    def iri(self) -> URIRef:
        return self.unit.iri


# --------------------------------------------------------------------------- the table


class AdminUnits:
    """All 63 legacy provinces, their 696 districts and the 34 provinces of 2025, indexed by name.

    Build it with `admin_units()` (or `AdminUnits.load()`), which reads the package once.
    """

    def __init__(
        self,
        legacy: Iterable[ProvinceUnit],
        current: Iterable[ProvinceUnit],
        districts: Iterable[DistrictUnit],
        current_of: dict[ProvinceUnit, ProvinceUnit],
    ) -> None:
        self.legacy_provinces: tuple[ProvinceUnit, ...] = tuple(legacy)
        self.current_provinces: tuple[ProvinceUnit, ...] = tuple(current)
        self.districts: tuple[DistrictUnit, ...] = tuple(districts)
        self._current_of = dict(current_of)
        self._predecessors: dict[ProvinceUnit, tuple[ProvinceUnit, ...]] = {
            p: tuple(lp for lp in self.legacy_provinces if self._current_of[lp] == p)
            for p in self.current_provinces
        }
        self._province_index: dict[Era, tuple[dict[str, ProvinceUnit], dict[str, ProvinceUnit]]] = {
            "legacy": _province_index(self.legacy_provinces),
            "2025": _province_index(self.current_provinces),
        }
        by_province: dict[ProvinceUnit, list[DistrictUnit]] = {}
        for d in self.districts:
            by_province.setdefault(d.province, []).append(d)
        self._districts_of = {p: tuple(ds) for p, ds in by_province.items()}
        self._district_index = _district_index(self.districts)

    @classmethod
    def load(cls) -> AdminUnits:
        """The shared, cached table (same as `admin_units()`)."""
        return admin_units()

    # ---- provinces

    def province(self, name: str, on: date | str | None = None) -> ProvinceUnit | None:
        """The province called ``name`` as of ``on``.

        Any spelling: "Khánh Hoà"/"Khánh Hòa", "tỉnh Vĩnh Long", "TP. Hồ Chí Minh", "TP.HCM",
        "Đăk Lăk", "Bà Rịa–Vũng Tàu", "Thừa Thiên Huế". Before `REFORM_DATE`, or with no
        date, the legacy unit of that name is preferred; from 1 July 2025 the 2025 unit. A name
        that exists in one era only ("Bến Tre", or a post-2025 notice recalling it) gives that
        era's unit whatever the date. ``on`` may be a date, a datetime or an ISO string.
        """
        if not name or not name.strip():
            return None
        on = _as_date(on)
        eras: tuple[Era, Era] = (
            ("2025", "legacy") if on is not None and on >= REFORM_DATE else ("legacy", "2025")
        )
        keys, ascii_keys = _variants(name, _PROVINCE_PREFIX_RE)
        for era in eras:
            by_name, by_ascii = self._province_index[era]
            for k in keys:
                if k in by_name:
                    return by_name[k]
            for a in ascii_keys:
                if a in by_ascii:
                    return by_ascii[a]
        return None

    def current_of(self, unit: Unit | PlaceRef) -> ProvinceUnit:
        """The 2025 province that covers ``unit`` now (a 2025 province is its own)."""
        if isinstance(unit, PlaceRef):
            return unit.current
        if isinstance(unit, DistrictUnit):
            unit = unit.province
        if unit.era == "2025":
            return unit
        return self._current_of[unit]

    def predecessors(self, unit: ProvinceUnit) -> tuple[ProvinceUnit, ...]:
        """The legacy provinces merged into 2025 province ``unit`` (a legacy province: itself)."""
        if unit.era == "legacy":
            return (unit,)
        return self._predecessors[unit]

    # ---- districts

    def districts_of(self, province: ProvinceUnit) -> tuple[DistrictUnit, ...]:
        """The districts of a legacy province, or of all the legacy parts of a 2025 province."""
        return tuple(d for p in self.predecessors(province) for d in self._districts_of.get(p, ()))

    def district(self, name: str, province: str | ProvinceUnit | None = None) -> DistrictUnit | None:
        """The district called ``name`` in ``province``.

        ``province`` is a `ProvinceUnit` or a name (looked up with no date, so the legacy unit).
        A 2025 province searches the districts of all its legacy parts and answers only when
        the name is unique among them; with no province the name must be unique nationwide
        ("Long Hồ" is, "Châu Thành" is not). Former district names the package keeps as aliases
        resolve to the district that absorbed them ("Nam Đông" → huyện Phú Lộc, Huế).
        """
        if not name or not name.strip():
            return None
        if isinstance(province, str):
            found = self.province(province)
            if found is None:
                return None
            province = found
        within = None if province is None else frozenset(self.predecessors(province))
        return _find_district(self._district_index, name, within)

    # ---- places

    def place_of(
        self, province: str | None, district: str | None = None, on: date | str | None = None
    ) -> PlaceRef | None:
        """The most specific unit for an agency's or meeting's place names.

        The district when one is named and found in that province (or, with no province,
        unique nationwide), else the province as of ``on``; None when nothing resolves.
        """
        prov = self.province(province, on) if province else None
        if province and prov is None:
            return None
        unit: Unit | None = None
        if district:
            unit = self.district(district, prov)
        if unit is None:
            unit = prov
        if unit is None:
            return None
        return PlaceRef(unit, self.current_of(unit))

    def all_units(self) -> Iterator[Unit]:
        """Every unit: legacy provinces, their districts, 2025 provinces (for a full dump)."""
        yield from self.legacy_provinces
        yield from self.districts
        yield from self.current_provinces


def _province_index(units: Iterable[ProvinceUnit]) -> tuple[dict[str, ProvinceUnit], dict[str, ProvinceUnit]]:
    by_name: dict[str, ProvinceUnit] = {}
    ascii_hits: dict[str, set[ProvinceUnit]] = {}
    for u in units:
        for n in (u.name, *u.former_names):
            by_name.setdefault(_name_key(n), u)
        for a in (_ascii_key(u.name), *(_ascii_key(n) for n in u.former_names), *u.keywords):
            ascii_hits.setdefault(a, set()).add(u)
    by_ascii = {a: next(iter(us)) for a, us in ascii_hits.items() if len(us) == 1 and a}
    return by_name, by_ascii


_DistrictIndex = tuple[dict[str, tuple[DistrictUnit, ...]], dict[str, tuple[DistrictUnit, ...]]]


def _district_index(units: Iterable[DistrictUnit]) -> _DistrictIndex:
    by_name: dict[str, list[DistrictUnit]] = {}
    by_ascii: dict[str, list[DistrictUnit]] = {}
    for d in units:
        k = _name_key(d.name)
        for key in {k, _DISTRICT_PREFIX_RE.sub("", k, count=1)}:
            by_name.setdefault(key, []).append(d)
        a = _ascii_key(k)
        for key in {a, _ascii_key(d.kind) + a, *d.former_keys}:
            by_ascii.setdefault(key, []).append(d)
    return ({k: tuple(v) for k, v in by_name.items()}, {k: tuple(v) for k, v in by_ascii.items()})


def _find_district(
    index: _DistrictIndex, name: str, within: frozenset[ProvinceUnit] | None
) -> DistrictUnit | None:
    """The one district ``name`` names (in one of the provinces ``within``); None if none or several."""
    by_name, by_ascii = index
    keys, ascii_keys = _variants(name, _DISTRICT_PREFIX_RE)
    for table, candidates in ((by_name, keys), (by_ascii, ascii_keys)):
        for k in candidates:
            hits = [d for d in table.get(k, ()) if within is None or d.province in within]
            if hits:
                return hits[0] if len(hits) == 1 else None
    return None


# --------------------------------------------------------------------------- loading


def _province_kind(official: str) -> str:
    return "thành phố" if match_key(official).startswith("thành phố") else "tỉnh"


def _json_list(s: str | None) -> tuple[str, ...]:
    return tuple(json.loads(s)) if s else ()


@lru_cache(maxsize=1)
def admin_units() -> AdminUnits:
    """Read the package once (cached)."""
    return _load()


def _data_dir() -> Path:
    """The package's ``data`` folder, found without importing the package (its import takes ~1 s)."""
    spec = find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("vietnamadminunits is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _load() -> AdminUnits:
    package = _data_dir()
    con = sqlite3.connect(f"{(package / 'dataset.db').as_uri()}?mode=ro", uri=True)
    try:
        legacy_rows = con.execute(
            "SELECT DISTINCT province, provinceShort, provinceCode, provinceKey, provinceKeywords "
            "FROM admin_units_legacy ORDER BY provinceCode"
        ).fetchall()
        current_rows = con.execute(
            "SELECT DISTINCT province, provinceShort, provinceCode, provinceKey, provinceKeywords "
            "FROM admin_units ORDER BY provinceCode"
        ).fetchall()
        district_rows = con.execute(
            "SELECT DISTINCT provinceKey, district, districtShort, districtType, districtCode, districtAlias "
            "FROM admin_units_legacy ORDER BY districtCode"
        ).fetchall()
    finally:
        con.close()
    merged: dict[str, list[str]] = json.loads((package / "converter_2025.json").read_text("utf-8"))[
        "DICT_PROVINCE"
    ]

    legacy = {
        key: ProvinceUnit(
            short,
            _province_kind(official),
            code,
            key,
            "legacy",
            _FORMER_PROVINCE_NAMES.get(short, ()),
            _json_list(keywords),
        )
        for official, short, code, key, keywords in legacy_rows
    }
    current = {
        key: ProvinceUnit(short, _province_kind(official), code, key, "2025", (), _json_list(keywords))
        for official, short, code, key, keywords in current_rows
    }

    current_of: dict[ProvinceUnit, ProvinceUnit] = {}
    for new_key, old_keys in merged.items():
        if new_key not in current:
            raise ValueError(f"vietnamadminunits: converter names an unknown 2025 province {new_key!r}")
        for old_key in old_keys:
            old = legacy.get(old_key)
            if old is None:
                raise ValueError(f"vietnamadminunits: converter names an unknown legacy province {old_key!r}")
            if old in current_of:
                raise ValueError(
                    f"vietnamadminunits: legacy province {old.name!r} is split across 2025 provinces"
                )
            current_of[old] = current[new_key]
    if missing := [p.name for p in legacy.values() if p not in current_of]:
        raise ValueError(f"vietnamadminunits: no 2025 province for {missing}")

    districts = [
        DistrictUnit(
            short,
            kind.lower(),
            code,
            legacy[pkey],
            former_keys=tuple(a for a in _json_list(alias) if a),
        )
        for pkey, _, short, kind, code, alias in district_rows
        if short
    ]
    return AdminUnits(legacy.values(), current.values(), districts, current_of)


# --------------------------------------------------------------------------- module-level helpers


def place_of(
    province: str | None, district: str | None = None, on: date | str | None = None
) -> PlaceRef | None:
    """`AdminUnits.place_of` on the shared table: the unit an agency record's place names resolve to.

    >>> ref = place_of("Vĩnh Long", "Long Hồ", date(2019, 5, 2))
    >>> ref.unit.full, str(ref.iri).rsplit("/id/", 1)[1], ref.current.full
    ('huyện Long Hồ', 'place/district/vinh-long/long-ho', 'tỉnh Vĩnh Long')
    """
    return admin_units().place_of(province, district, on)


def _date(d: date) -> RDFLiteral:
    return RDFLiteral(d.isoformat(), datatype=XSD.date)


def _describe(unit: Unit, current: ProvinceUnit | None) -> list[tuple]:
    s = unit.iri
    cls = KL.Province if isinstance(unit, ProvinceUnit) else KL.District
    out: list[tuple] = [
        (s, RDF.type, KL.AdministrativeUnit),
        (s, RDF.type, cls),
        (s, RDF.type, SCHEMA.AdministrativeArea),
        (s, SKOS.prefLabel, RDFLiteral(unit.full, lang="vi")),
        (s, SKOS.altLabel, RDFLiteral(unit.name, lang="vi")),
        (s, KL.unitCode, RDFLiteral(unit.code)),
    ]
    if isinstance(unit, ProvinceUnit):
        out += [(s, SKOS.altLabel, RDFLiteral(n, lang="vi")) for n in unit.former_names]
    else:
        out.append((s, SCHEMA.containedInPlace, unit.province.iri))
    if current is not None and current is not unit:
        out.append((s, KL.currentUnit, current.iri))
    if unit.start is not None:
        out.append((s, SCHEMA.startDate, _date(unit.start)))
    if unit.end is not None:
        out.append((s, SCHEMA.endDate, _date(unit.end)))
    return out


def place_triples(units: Iterable[Unit | PlaceRef], table: AdminUnits | None = None) -> list[tuple]:
    """Triples describing ``units`` and the units they point to (a district's province, the 2025 provinces).

    Plain (s, p, o) rdflib terms, no graph name — they belong in ``kli:graph/resolved``. Each
    unit once, in a stable order. Pass ``admin_units().all_units()`` for the whole gazetteer.
    """
    table = table or admin_units()
    wanted: dict[Unit, None] = {}
    for u in units:
        unit = u.unit if isinstance(u, PlaceRef) else u
        if isinstance(unit, DistrictUnit):
            wanted[unit] = None
            unit = unit.province
        wanted[unit] = None
        wanted[table.current_of(unit)] = None
    seen: set[tuple] = set()
    out: list[tuple] = []
    for unit in wanted:
        for t in _describe(unit, table.current_of(unit) if unit.era == "legacy" else None):
            if t not in seen:
                seen.add(t)
                out.append(t)
    return out
