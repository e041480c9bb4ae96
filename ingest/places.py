"""Vietnam's provinces and districts, read from the `vietnamadminunits` data package.

Why a package and not a hand list: notices from 2010-2024 name the 63 pre-2025
provinces and their districts, newer ones the 34 provinces of 2025; the package
keeps both. We only *look up* names that the parser has already found next to an
administrative keyword (tỉnh, huyện, quận, thị xã, thành phố ...): free-text
address matching turns person names into places ("Nguyễn Đức Hòa" → huyện Đức Hòa).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import as_file, files

from ketluan.ingest.lang.vi.provinces import (
    DISTRICT_SPELLINGS,
    FORMER_DISTRICTS,
    FORMER_PROVINCE_NAMES,
    FORMER_PROVINCES,
)
from ketluan.ingest.text import match_key, strip_diacritics


@lru_cache(maxsize=2)
def _untoned_keys(keys: frozenset[str]) -> frozenset[str]:
    """The keys with their marks stripped ("quảng nam" -> "quang nam")."""
    return frozenset(_untoned(k) for k in keys)


def _untoned(name: str) -> str:
    """A name's key with no marks and "đ" as "d" ("Đắk Lắk" -> "dak lak")."""
    return match_key(strip_diacritics(name)).replace("đ", "d")


# Province-level cities (thành phố trực thuộc trung ương) are "thành phố X", the rest "tỉnh X".


@dataclass(frozen=True, slots=True)
class Province:
    name: str  # short name, "Vĩnh Long"
    kind: str  # "tỉnh" | "thành phố"
    current: bool  # one of the 34 units of 2025

    @property
    def full(self) -> str:
        return f"{self.kind} {self.name}"


@dataclass(frozen=True, slots=True)
class District:
    name: str  # "Long Hồ"
    kind: str  # "huyện" | "quận" | "thị xã" | "thành phố"
    province: str  # short province name


@dataclass(frozen=True, slots=True)
class Gazetteer:
    provinces: dict[str, Province]  # match_key(short name) -> Province
    districts: dict[str, tuple[District, ...]]  # match_key(short name) -> districts of that name

    # match_key(former province name) -> match_key(its current name): "thừa thiên huế" -> "huế"
    renamed: dict[str, str] = field(default_factory=dict)
    # match_key of every commune's, ward's and town's short name, before and after 2025 ("bách khoa", "cửa nam")
    wards: frozenset[str] = frozenset()
    # match_key(short name) -> districts of a merged province (Hà Tây's Hà Đông, Sơn Tây ...), found only when that
    # province is asked for: without one, "Hà Đông" is Hà Nội's as the package lists it
    former_districts: dict[str, tuple[District, ...]] = field(default_factory=dict)

    def province(self, name: str) -> Province | None:
        key = match_key(name)
        found = self.provinces.get(key)
        if found is None and "-" in key:
            # "Bà Rịa-Vũng Tàu", "Thừa Thiên - Huế": the hyphen is written with or without spaces, or not at all
            spaced = _HYPHEN.sub(" - ", key)
            found = self.provinces.get(spaced) or self.provinces.get(spaced.replace(" - ", " "))
        return found

    def foreign_province(self, name: str) -> bool:
        """``name`` is a province of another country, romanised ("Takeo", "Champasak", "Sekong"): written in plain
        Latin letters and, marks aside, no Vietnamese province's name, past or present (a name a scan lost its
        marks in, "Quang Nam", is Quảng Nam's)."""
        if (
            not name
            or not name.replace(" ", "").replace("-", "").isascii()
            or self.province(name) is not None
        ):
            return False
        return _untoned(name) not in self._untoned_provinces()

    def _untoned_provinces(self) -> frozenset[str]:
        return _untoned_keys(frozenset(self.provinces))

    def is_ward(self, name: str) -> bool:
        """Some commune, ward or town (xã, phường, thị trấn) is named ``name`` ("Bách Khoa", "Tân Phú")."""
        key = match_key(name)
        if "-" in key:
            # "Xuân Hương - Đà Lạt" (a ward of 2025 named with its old city): the dash with spaces or without
            key = _HYPHEN.sub(" - ", key)
        return key in self.wards

    def districts_named(self, name: str, province: str | None = None) -> tuple[District, ...]:
        found = self.districts.get(match_key(name), ())
        if province is not None:
            key = match_key(province)
            key = self.renamed.get(key, key)  # a district of Thừa Thiên Huế is listed under Huế
            found = tuple(
                d
                for d in (*found, *self.former_districts.get(match_key(name), ()))
                if match_key(d.province) == key
            )
        return found


_HYPHEN = re.compile(r"\s*-\s*")
_KIND_AFTER_NAME = re.compile(r"\s*\([^()]*\)$")


def _kind(official: str) -> str:
    return "thành phố" if official.lower().startswith("thành phố") else "tỉnh"


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    resource = files("vietnamadminunits").joinpath("data", "dataset.db")
    with as_file(resource) as path:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            legacy = con.execute("SELECT DISTINCT province, provinceShort FROM admin_units_legacy").fetchall()
            current = con.execute("SELECT DISTINCT province, provinceShort FROM admin_units").fetchall()
            rows = con.execute(
                "SELECT DISTINCT districtShort, districtType, provinceShort FROM admin_units_legacy"
            ).fetchall()
            ward_rows = con.execute(
                "SELECT wardShort FROM admin_units_legacy UNION SELECT wardShort FROM admin_units"
            ).fetchall()
        finally:
            con.close()
    current_names = {short for _, short in current}
    provinces: dict[str, Province] = {}
    for official, short in [*legacy, *current]:
        provinces[match_key(short)] = Province(short, _kind(official), short in current_names)
    districts: dict[str, list[District]] = {}
    for listed, kind, province in rows:
        if not listed:
            continue
        # two districts of one province with one name are listed with their kind: "Hồng Ngự (Thành phố)", "Hồng Ngự
        # (Huyện)", "Cao Lãnh (Huyện)"; notices write the name and the kind word before it
        short = _KIND_AFTER_NAME.sub("", listed)
        districts.setdefault(match_key(short), []).append(District(short, kind.lower(), province))
    for name, (kind, province, _dissolved) in FORMER_DISTRICTS.items():
        known = districts.setdefault(match_key(name), [])
        if not any(d.province == province for d in known):
            known.append(District(name, kind, province))
    for written, listed in DISTRICT_SPELLINGS.items():
        same = tuple(District(written, d.kind, d.province) for d in districts.get(match_key(listed), ()))
        districts.setdefault(match_key(written), []).extend(same)  # "Mù Cang Chải" as the notices write it
    renamed: dict[str, str] = {}
    for now, (former, kind, _since) in FORMER_PROVINCE_NAMES.items():
        if match_key(now) in provinces and match_key(former) not in provinces:
            provinces[match_key(former)] = Province(former, kind, False)
            renamed[match_key(former)] = match_key(now)
    former_districts: dict[str, list[District]] = {}
    for former, (kind, _joined, _until, units) in FORMER_PROVINCES.items():
        provinces.setdefault(match_key(former), Province(former, kind, False))
        for unit_kind, unit in units:
            former_districts.setdefault(match_key(unit), []).append(District(unit, unit_kind, former))
    wards = frozenset(match_key(w) for (w,) in ward_rows if w and not w.isdigit())
    return Gazetteer(
        provinces,
        {k: tuple(v) for k, v in districts.items()},
        renamed,
        wards,
        {k: tuple(v) for k, v in former_districts.items()},
    )
