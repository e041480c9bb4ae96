"""A synthetic corpus of Vietnamese meeting notices with their gold answers.

`generate(n, seed)` yields `SynthNotice` objects: the text of one notice (a formal notice in the
Nghị định 30/2020/NĐ-CP layout, a conference or monthly-briefing conclusion, or a news page) and
the gold answer for it in the JSON format of ``shared/eval/score.py``. Text and gold come from the
same choices, so the gold is true to the text by construction: every name in the gold is written
in the notice, every agency alias is a form the notice uses (after the canonical full name), every
deadline's canonical value is the one of the phrase written.

Officials persist: each province has a population of posts (Chủ tịch, Giám đốc Sở, Chi cục
trưởng, Trưởng phòng …) whose holders serve terms, are promoted (Phó Giám đốc → Giám đốc,
Chi cục trưởng → Phó Giám đốc Sở) and replaced over 2010–2025. Notices of the same province name
the same people, and namesakes occur across provinces, so that cross-notice resolution can be
measured too (`SynthNotice.mentions` maps each name written to a stable person id).

Everything is a pure function of ``(n, seed)``: notice ``i`` depends only on the seed and ``i``
(so a corpus of 100 notices is the first 100 of a corpus of 1,000 with the same seed), and the
population of a province is simulated from the seed alone. `write_corpus` writes the files.

The Vietnamese building blocks are data, in `ketluan.ingest.lang.vi.synth_data`.
"""

from __future__ import annotations

import json
import random
import re
import time
import unicodedata
import zlib
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from html import escape
from pathlib import Path

from ketluan.ingest.lang.vi import synth_data as D
from ketluan.ingest.lang.vi.orthography import TONE_PLACEMENT_FOLD
from ketluan.ingest.places import load_gazetteer
from ketluan.ingest.text import fold_tones

__all__ = ["LAYOUTS", "Official", "SynthNotice", "SynthSummary", "World", "generate", "write_corpus"]

FIRST_DAY = date(2010, 1, 4)
LAST_DAY = date(2025, 12, 19)
_SIM_START = date(2006, 1, 1).toordinal()
_SIM_END = date(2027, 1, 1).toordinal()
_MERGER = date.fromisoformat(D.PROVINCE_MERGER_DAY)
_DEADLINE_TABLE = tuple(((f, k), w) for f, k, w in D.DEADLINE_FORMS)
_DIRECTIVE_FORMS = (("plain", 4), ("colon", 2), ("giao", 2), ("denghi", 0.6))

# layout -> weight; each notice draws one (then falls back when the date rules it out).
LAYOUTS: dict[str, float] = {
    "so_notice": 30,  # formal notice of a Sở (NĐ 30/2020 layout)
    "ubnd_notice": 14,  # conclusion of the provincial Chủ tịch / Phó Chủ tịch (Văn phòng UBND or UBND)
    "district_notice": 9,  # notice of a district UBND
    "conference": 7,  # Sở KH&CN giao ban with the districts, attendees by delegation
    "briefing": 15,  # monthly giao ban of a Sở, tasks under unit headings
    "news": 25,  # a news page (txt or html)
}

# --------------------------------------------------------------------------------- helpers


def _wpick(rng: random.Random, items):
    """One item of a sequence of (item, weight) pairs."""
    total = 0.0
    for _, w in items:
        total += w
    r = rng.random() * total
    for it, w in items:
        r -= w
        if r < 0:
            return it
    return items[-1][0]


# Float-based draws: cheaper than Random.choice/randint/sample and as deterministic.
def _rr(rng: random.Random, n: int) -> int:
    return int(rng.random() * n)


def _ri(rng: random.Random, a: int, b: int) -> int:
    return a + int(rng.random() * (b - a + 1))


def _ch(rng: random.Random, seq):
    return seq[int(rng.random() * len(seq))]


def _smp(rng: random.Random, seq, k: int) -> list:
    pool = list(seq)
    n = len(pool)
    for i in range(min(k, n)):
        j = i + int(rng.random() * (n - i))
        pool[i], pool[j] = pool[j], pool[i]
    return pool[:k]


_CUMS: dict[int, tuple[tuple, list[float]]] = {}


def _wconst(rng: random.Random, table):
    """`_wpick` for tables that live as long as the program (module constants, a World's tables): the
    cumulative weights are cached by the table's id, and the table is kept so that the id is never reused."""
    c = _CUMS.get(id(table))
    if c is None:
        pairs = list(table.items()) if isinstance(table, dict) else list(table)
        cum, t = [], 0.0
        for _, w in pairs:
            t += w
            cum.append(t)
        c = _CUMS[id(table)] = (tuple(x for x, _ in pairs), cum)
        _KEEP.append(table)
    items, cum = c
    return items[bisect_right(cum, rng.random() * cum[-1])]


_KEEP: list = []  # keeps cached tables alive so that their ids are never reused


def _stable(*parts: object) -> int:
    return zlib.crc32("|".join(map(str, parts)).encode())


def _mid(s: str) -> str:
    """A line's leading honorific as written inside a sentence ("Ông X" -> "ông X")."""
    for h in ("Ông ", "Bà ", "Đồng chí "):
        if s.startswith(h):
            return h.lower() + s[len(h) :]
    return s


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _unique(xs) -> list:
    out: list = []
    for x in xs:
        if x and x not in out:
            out.append(x)
    return out


def _dmy(d: date, pad: bool) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if pad else f"{d.day}/{d.month}/{d.year}"


_TO_OLD = {v: k for k, v in TONE_PLACEMENT_FOLD.items()}
_OLD_RE = re.compile(r"(?<![qQ])[òóỏõọùúủũụÒÓỎÕỌÙÚỦŨỤ][aeyAEY](?!\w)")


def old_tones(s: str) -> str:
    """The old tone placement on open syllables ("hòa" -> "hoà", "Ủy" -> "Uỷ"), as some issuers write."""
    return _OLD_RE.sub(lambda m: _TO_OLD.get(m.group(0), m.group(0)), s)


# --------------------------------------------------------------------------------- the world


@dataclass(frozen=True, slots=True)
class Official:
    pid: str
    name: str  # canonical spelling (tone on the first vowel of oa/oe/uy)
    gender: str  # "m" | "f"


class _Cluster:
    """The holders of the seats (posts) of one body over the years, computed seat by seat on demand.

    Each seat has a renewal process of terms drawn from its own random stream. When a term
    starts, the new holder is, with the seat's promotion probability, the current holder of one
    of its source seats (Phó Giám đốc -> Giám đốc, Chi cục trưởng -> Phó Giám đốc Sở); that
    person leaves the source seat on that day and someone new serves the rest of the source's
    term. A seat is computed after every seat that may promote from it, so that all the days its
    holders are promoted away are known; asking for one seat never computes the whole body.
    """

    __slots__ = ("seed", "prov", "ckey", "slug", "spec", "parents", "records", "starts", "pending")

    def __init__(self, seed: int, prov: str, ckey: str):
        self.seed, self.prov, self.ckey = seed, prov, ckey
        head, _, rest = ckey.partition(":")
        self.slug = f"{_slug(prov)}/{head}-{_slug(rest)}" if rest else f"{_slug(prov)}/{head}"
        self.spec, self.parents = _cluster_spec(ckey)
        self.records: dict[str, list[list]] = {}
        self.starts: dict[str, list[int]] = {}
        self.pending: dict[str, set[int]] = {}

    def holder(self, seat: str, day: int) -> str:
        if seat not in self.records:
            self._compute(seat)
        recs = self.records[seat]
        rec = recs[max(bisect_right(self.starts[seat], day) - 1, 0)]
        who = rec[2]
        if who.__class__ is tuple:  # promoted from a source seat on that day
            who = rec[2] = self.holder(who[0], who[1] - 1)
        return who

    def _compute(self, seat: str) -> None:
        for parent in self.parents.get(seat, ()):
            if parent not in self.records:
                self._compute(parent)
        sources, p, tmin, tmax = self.spec[seat]
        rng = random.Random(f"{self.seed}|{self.prov}|{self.ckey}|{seat}")
        lo, hi = int(tmin * 365), int(tmax * 365)
        t = _SIM_START - lo // 2 - int(rng.random() * (hi - lo // 2))
        cuts = [t]
        while t < _SIM_END:
            t += lo + int(rng.random() * (hi - lo))
            cuts.append(t)
        away = self.pending.get(seat)
        if away:
            cuts = sorted(set(cuts) | away)
        records, n = [], 0
        for i in range(len(cuts) - 1):
            start = cuts[i]
            who = None
            if i and sources and rng.random() < p:
                cands = [r for r in sources if start not in self.pending.get(r, ())]
                if cands:
                    src = cands[int(rng.random() * len(cands))]
                    self.pending.setdefault(src, set()).add(start)
                    who = (src, start)
            if who is None:
                n += 1
                who = f"{self.slug}/{seat}/{n}"
            records.append([start, cuts[i + 1], who])
        self.records[seat] = records
        self.starts[seat] = [r[0] for r in records]


@cache
def _cluster_spec(ckey: str) -> tuple[dict, dict]:
    """Seat -> (sources, p(promotion), min and max term in years); seat -> seats that promote from it."""
    kind = ckey.split(":")[0] + (":" + ckey.split(":")[1] if ckey.startswith("so:") else "")
    spec = {seat: (src, p, tmin, tmax) for seat, src, p, tmin, tmax in _seats(kind)}
    parents: dict[str, list[str]] = {}
    for seat, (src, *_rest) in spec.items():
        for r in src:
            parents.setdefault(r, []).append(seat)
    return spec, {k: tuple(v) for k, v in parents.items()}


def _seats(ckey: str) -> list[tuple[str, tuple[str, ...], float, float, float]]:
    """(seat, seats it may be filled from by promotion, p(promotion), min and max term in years)."""
    out: list = []

    def unit(u: str) -> None:
        out.append((f"{u}.head", (f"{u}.dep#0",), 0.5, 3, 8))
        out.append((f"{u}.dep#0", (), 0.0, 3, 8))

    if ckey == "ubnd":
        out.append(("head", ("dep#0", "dep#1", "dep#2"), 0.55, 4, 7))
        out += [(f"dep#{i}", (), 0.0, 3, 7) for i in range(3)]
        unit("vp")
    elif ckey.startswith("so:"):
        units = D.SO_KINDS[ckey[3:]]["units"]
        out.append(("head", ("dep#0", "dep#1", "dep#2"), 0.55, 4, 9))
        heads = tuple(f"{u}.head" for u in units)
        out += [(f"dep#{i}", heads, 0.45, 3, 8) for i in range(3)]
        for u in units:
            unit(u)
    elif ckey.startswith("dist"):
        out.append(("head", ("dep#0", "dep#1"), 0.5, 3, 7))
        heads = tuple(f"{u}.head" for u in D.DISTRICT_UNITS)
        out += [(f"dep#{i}", heads, 0.4, 3, 7) for i in range(2)]
        for u in D.DISTRICT_UNITS:
            unit(u)
    else:  # a province body: head, deputies
        out.append(("head", ("dep#0", "dep#1"), 0.5, 4, 8))
        out += [(f"dep#{i}", (), 0.0, 3, 8) for i in range(2)]
    return out


class World:
    """The provinces, their districts and the officials who hold posts over the years (lazily simulated)."""

    def __init__(self, seed: int):
        self.seed = seed
        gz = load_gazetteer()
        provs = sorted(gz.provinces.values(), key=lambda p: p.name)
        self.level = {p.name: p.kind for p in provs}
        self.legacy = [p.name for p in provs]
        self.current = [p.name for p in provs if p.current]
        dists: dict[str, list[tuple[str, str]]] = {p: [] for p in self.legacy}
        for group in gz.districts.values():
            for d in group:
                if (
                    d.province in dists
                ):  # "Kỳ Anh (Huyện)" / "Kỳ Anh (Thị xã)": the gazetteer's disambiguation
                    dists[d.province].append((d.name.split(" (")[0], d.kind))
        self.districts = {p: sorted(set(v)) for p, v in dists.items()}
        order = list(self.legacy)
        random.Random(f"{seed}|province-weights").shuffle(order)
        self.weight = {p: 1.0 / (i + 1) ** 0.6 for i, p in enumerate(order)}
        self._tables = {
            False: tuple((p, self.weight[p]) for p in self.legacy),
            True: tuple((p, self.weight[p]) for p in self.current),
        }
        _KEEP.append(self._tables)
        self._clusters: dict[tuple[str, str], _Cluster] = {}
        self._people: dict[str, Official] = {}
        self._agencies: dict[tuple[str, str], dict] = {}
        self._region_of_slug = {_slug(p): D.REGION_OF_PROVINCE.get(p, "south") for p in self.legacy}

    # -- places
    def province_table(self, d: date) -> tuple[tuple[str, float], ...]:
        """(province, weight) pairs of that day: a few provinces get many notices, most get some."""
        return self._tables[d >= _MERGER]

    def province_name(self, prov: str, d: date) -> tuple[str, str]:
        """(name, level) as written on that day: ("Thừa Thiên Huế", "tỉnh") before 2025."""
        former = D.FORMER_PROVINCE_NAMES.get(prov)
        if former and d < date.fromisoformat(former[2]):
            return former[0], former[1]
        return prov, self.level[prov]

    def districts_on(self, prov: str, d: date) -> list[tuple[str, str]]:
        if d >= _MERGER:
            return []
        ds = self.districts.get(prov, [])
        former = D.FORMER_DISTRICTS.get(prov)
        if former and d < date.fromisoformat(former[0]):
            ds = [x for x in ds if x[0] not in former[1]] + list(former[2])
        return ds

    # -- people
    def holder(self, prov: str, ckey: str, seat: str, d: date) -> Official:
        c = self._clusters.get((prov, ckey))
        if c is None:
            c = self._clusters[(prov, ckey)] = _Cluster(self.seed, prov, ckey)
        return self.official(c.holder(seat, d.toordinal()))

    def official(self, pid: str) -> Official:
        """The person with this id; names are drawn from the id, only when first needed."""
        off = self._people.get(pid)
        if off is None:
            rng = random.Random(_stable(self.seed, pid) << 20 | self.seed & 0xFFFFF)
            off = self._people[pid] = _make_official(rng, pid, self._region_of_slug[pid.split("/", 1)[0]])
        return off


@lru_cache(maxsize=4096)
def _slug(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "", s)


def _make_official(rng: random.Random, pid: str, region: str) -> Official:
    if rng.random() < 0.03:
        name, g = D.COMMON_FULL_NAMES[_rr(rng, len(D.COMMON_FULL_NAMES))]
        return Official(pid, name, g)
    g = "f" if rng.random() < D.FEMALE_SHARE else "m"
    surname = _wconst(rng, D.SURNAMES_BY_REGION[region])
    if surname in D.NO_MIDDLE_SURNAMES:
        return Official(pid, f"{surname} {_ch(rng, D.HIGHLAND_GIVEN)}", g)
    if g == "m" and surname in D.NORTHWEST_MIDDLE:
        middle = _ch(rng, D.NORTHWEST_MIDDLE[surname])
    else:
        middle = _wconst(rng, D.MIDDLE_FEMALE if g == "f" else D.MIDDLE_MALE)
    given_pool = D.GIVEN_FEMALE if g == "f" else D.GIVEN_MALE
    given = _ch(rng, given_pool)
    while given == middle.split()[-1]:
        given = _ch(rng, given_pool)
    return Official(pid, f"{surname} {middle} {given}", g)


# --------------------------------------------------------------------------------- agencies


@dataclass(slots=True)
class _Ag:
    key: str
    canonical: str
    forms: tuple[str, ...]  # written forms; forms[0] first
    kind: str  # UNIT_TITLES key, or "collective"
    topics: dict
    tags: str
    cluster: str = ""  # population cluster of its officials ("" = none)
    seat: str = ""  # seat prefix in the cluster ("" = the cluster's own head/deputies)
    parent: _Ag | None = None
    title_tail: tuple[str, ...] = ()  # what follows a head's title: "Sở", "UBND tỉnh" ...
    level_word: str = ""  # "tỉnh" / "huyện" / "thành phố": for UBND roles "Phó Chủ tịch UBND tỉnh"
    district: str = ""
    equiv: tuple[str, ...] = ()  # other official names of the body, accepted for a post stated without it

    def head_seat(self) -> str:
        return f"{self.seat}.head" if self.seat else "head"

    def dep_seat(self, i: int) -> str:
        return f"{self.seat}.dep#{i}" if self.seat else f"dep#{i}"


_RANGES: dict[int, tuple[date, date]] = {}


def _valid(spec: dict, d: date) -> bool:
    """Whether a body of this spec exists on that day (its "valid" = ISO from/until, "" open)."""
    r = _RANGES.get(id(spec))
    if r is None:
        lo, hi = spec.get("valid", ("", ""))
        r = _RANGES[id(spec)] = (
            date.fromisoformat(lo) if lo else date.min,
            date.fromisoformat(hi) if hi else date.max,
        )
        _KEEP.append(spec)
    return r[0] <= d <= r[1]


class _Scope:
    """The bodies of one province on one day, named as a notice of that province writes them."""

    def __init__(self, world: World, prov: str, d: date):
        self.world, self.prov, self.d = world, prov, d
        self.pname, self.level = world.province_name(prov, d)
        self.pfull = f"{self.level} {self.pname}"
        self.districts = world.districts_on(prov, d)
        self._cache: dict[str, _Ag] = world._agencies.setdefault((prov, self.pname), {})

    def _variant(self, key: str, options: tuple[str, ...]) -> str:
        return options[_stable(self.world.seed, self.prov, key) % len(options)]

    def so(self, kind: str) -> _Ag:
        k = f"so:{kind}"
        if k in self._cache:
            return self._cache[k]
        spec = D.SO_KINDS[kind]
        full = f"Sở {spec['name']}"
        forms = (full, *spec["abbr"], f"{full} {self.pfull}")
        ag = _Ag(
            key=f"{self.prov}|{k}",
            canonical=f"{full} {self.pfull}",
            forms=forms,
            kind="so",
            topics=spec["topics"],
            tags=spec["tags"] + "P",
            cluster=k,
            title_tail=("Sở", *forms[:2]),
        )
        self._cache[k] = ag
        return ag

    def so_units(self, kind: str) -> list[str]:
        return [u for u in D.SO_KINDS[kind]["units"] if _valid(D.UNITS[u], self.d)]

    def unit(self, kind: str, u: str, own: bool = True) -> _Ag:
        k = f"so:{kind}/{u}/{own}"
        if k in self._cache:
            return self._cache[k]
        so = self.so(kind)
        spec = D.UNITS[u]
        name = self._variant(u, spec["names"])
        if name.endswith(" tỉnh"):
            name = name[: -len(" tỉnh")] + " " + self.level
        if u in ("vp", "tt"):
            head = name.split(" Sở")[0]  # "Văn phòng" / "Thanh tra"
            canonical = f"{head} {so.canonical}"
            forms = (name, f"{head} {so.forms[1] if len(so.forms) > 2 else so.forms[0]}")
            tail = (" Sở",)
        elif spec.get("provincial"):
            canonical = f"{name} {self.pname}" if name.endswith(" " + self.level) else f"{name} {self.pfull}"
            forms = (name, *spec["short"]) if own else (canonical, name, *spec["short"])
            tail = ()
        else:
            canonical = name
            forms = (name, *spec["short"])
            tail = ()
        ag = _Ag(
            key=f"{self.prov}|so:{kind}|{u}",
            canonical=canonical,
            forms=forms,
            kind=spec["kind"],
            topics=spec["topics"],
            tags=spec["tags"],
            cluster=f"so:{kind}",
            seat=u,
            parent=so,
            title_tail=tail,
        )
        self._cache[k] = ag
        return ag

    def ubnd(self) -> _Ag:
        if "ubnd" not in self._cache:
            self._cache["ubnd"] = _Ag(
                key=f"{self.prov}|ubnd",
                canonical=f"Ủy ban nhân dân {self.pfull}",
                forms=(f"UBND {self.level}", f"UBND {self.pfull}", f"Ủy ban nhân dân {self.level}"),
                kind="ubnd",
                topics={},
                tags="P",
                cluster="ubnd",
                level_word=self.level,
            )
        return self._cache["ubnd"]

    def vp_ubnd(self) -> _Ag:
        if "vp_ubnd" not in self._cache:
            self._cache["vp_ubnd"] = _Ag(
                key=f"{self.prov}|ubnd|vp",
                canonical=f"Văn phòng Ủy ban nhân dân {self.pfull}",
                forms=(f"Văn phòng UBND {self.level}", f"Văn phòng UBND {self.pfull}"),
                kind="office",
                topics=D.VP_UBND_TOPICS,
                tags="GP",
                cluster="ubnd",
                seat="vp",
                parent=self.ubnd(),
                title_tail=(f" UBND {self.level}",),
            )
        return self._cache["vp_ubnd"]

    def body(self, key: str) -> _Ag | None:
        spec = D.PROVINCE_BODIES[key]
        if not _valid(spec, self.d):
            return None
        k = f"body:{key}"
        if k not in self._cache:
            name = spec["name"]
            self._cache[k] = _Ag(
                key=f"{self.prov}|{k}",
                canonical=f"{name} {self.pfull}",
                forms=(f"{name} {self.level}", f"{name} {self.pfull}", *spec["short"]),
                kind=spec["kind"],
                topics=spec["topics"],
                tags=spec["tags"] + "P",
                cluster=k,
            )
        return self._cache[k]

    @staticmethod
    def dname(dist: tuple[str, str]) -> str:
        name, kind = dist
        return name if name.lower().startswith(kind) else f"{kind} {name}"

    def ubnd_huyen(self, dist: tuple[str, str]) -> _Ag:
        k = f"dist:{self.dname(dist)}"
        if k not in self._cache:
            dn = self.dname(dist)
            self._cache[k] = _Ag(
                key=f"{self.prov}|{k}",
                canonical=f"Ủy ban nhân dân {dn}",
                forms=(f"UBND {dn}", f"Ủy ban nhân dân {dn}"),
                kind="ubnd",
                topics=D.UBND_HUYEN_TOPICS,
                tags="DP",
                cluster=k,
                level_word=dist[1],
                district=self.dname(dist),
            )
        return self._cache[k]

    def district_units(self, dist: tuple[str, str]) -> list[str]:
        rural = dist[1] == "huyện"
        out = []
        for u, spec in D.DISTRICT_UNITS.items():
            if spec["level"] == "rural" and not rural or spec["level"] == "urban" and rural:
                continue
            out.append(u)
        return out

    def dist_unit(self, dist: tuple[str, str], u: str, own: bool) -> _Ag:
        k = f"dist:{self.dname(dist)}/{u}/{own}"
        if k in self._cache:
            return self._cache[k]
        spec = D.DISTRICT_UNITS[u]
        dn = self.dname(dist)
        name = spec["name"]
        if spec.get("office"):
            kwd = dist[1]
            full = f"{name} {dn}"
            forms = (f"{name} {kwd}", full) if own else (full,)
            ag_kind, tail = "office", (f" HĐND và UBND {kwd if own else dn}",)
            equiv = (f"Văn phòng Ủy ban nhân dân {dn}", f"Văn phòng UBND {dn}")
        else:
            variants = (name, *spec["variants"])
            written = self._variant(f"{self.dname(dist)}/{u}", variants)
            full = f"{written} {dn}"
            short = tuple(f"{s} {dn}" for s in spec["short"])
            forms = (written, *spec["short"], full) if own else (full, *short)
            ag_kind, tail, equiv = "phong", (), ()
        ag = _Ag(
            key=f"{self.prov}|dist:{self.dname(dist)}|{u}",
            canonical=f"{name} {dn}",
            forms=forms,
            kind=ag_kind,
            topics=spec["topics"],
            tags="D",
            cluster=f"dist:{self.dname(dist)}",
            seat=u,
            parent=self.ubnd_huyen(dist),
            title_tail=tail,
            district=self.dname(dist),
            equiv=equiv,
        )
        self._cache[k] = ag
        return ag

    def collective(self, form: str) -> _Ag:
        k = f"coll:{form}"
        if k not in self._cache:
            full = _cap(D.DISTRICT_COLLECTIVES.get(form, form))
            self._cache[k] = _Ag(
                key=f"{self.prov}|{k}",
                canonical=full,
                forms=(form,),
                kind="collective",
                topics=D.COLLECTIVE_TOPICS,
                tags="DG",
            )
        return self._cache[k]


# --------------------------------------------------------------------------------- one notice


@cache
def _task_options(topic: str, tags: str, districts: bool) -> tuple:
    """The wordings of a topic that fit a body with these tags (and need no district when there are none)."""
    every = D.TASKS[topic]
    options = [t for t in every if any(c in tags for c in t[2]) or "G" in t[2]] or list(every)
    if not districts:
        options = [t for t in options if "{dist}" not in t[0]] or [t for t in every if "{dist}" not in t[0]]
    return tuple(options)


@dataclass(slots=True)
class _PersonGold:
    off: Official
    written: str
    roles: list[str] = field(default_factory=list)
    agency: _Ag | None = None
    aliases: list[str] = field(default_factory=list)


_TONE_MARKS = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")


def _tone_slip(name: str, rng: random.Random) -> str | None:
    """The name with another tone mark on its last syllable ("Lê Minh Quân" has none; "Nguyễn Văn Hùng" ->
    "Nguyễn Văn Húng"): the typing slip that notices make in a second mention. None when the last syllable
    carries no tone mark."""
    *head, last = name.split()
    nfd = unicodedata.normalize("NFD", last)
    marks = [c for c in nfd if c in _TONE_MARKS]
    if not head or not marks:
        return None
    # a syllable closed by p/t/c/ch takes only sắc or nặng
    allowed = ("\u0301", "\u0323") if re.search(r"(p|t|c|ch)$", last.lower()) else _TONE_MARKS
    options = [m for m in allowed if m != marks[0]]
    if not options:
        return None
    other = _ch(rng, options)
    return " ".join([*head, unicodedata.normalize("NFC", nfd.replace(marks[0], other))])


class _Doc:
    """What one notice writes and, from the same choices, its gold answer."""

    def __init__(self, world: World, rng: random.Random, prov: str, d: date):
        self.world, self.rng, self.d = world, rng, d
        self.sc = _Scope(world, prov, d)
        self.prov = prov
        self.surf: dict[str, list[str]] = {}
        self.ags: dict[str, _Ag] = {}
        self.people: dict[str, _PersonGold] = {}
        self.mentions: list[tuple[str, str]] = []
        self.assign: dict[str, dict] = {}
        self.supports: list[str] = []
        self.optional: list[str] = []
        self.absent: list[str] = []
        self.chairs: list[str] = []
        self.signer: str | None = None
        self.issuer: _Ag | None = None
        self.optional_persons: list[str] = []
        self.person_tasks: list[tuple[str, list[str]]] = []
        self.product = _ch(rng, D.PRODUCTS)
        self.crop = _ch(rng, D.CROPS)
        self.dl_days = (12, 150)
        self.used_tasks: set[str] = set()
        self.date_pad = rng.random() < 0.5
        self.ordinal = _ri(rng, 3, 15)
        reviewed = d - timedelta(days=20)
        self.q, self.qy = D.ROMAN_QUARTERS[(reviewed.month - 1) // 3], reviewed.year

    # -- agencies
    def say(self, ag: _Ag, form: int | None = None) -> str:
        """A written form of the agency, recorded for the gold aliases."""
        seen = self.surf.get(ag.key)
        if form is None:
            if not seen or len(ag.forms) == 1:
                form = 0
            else:
                form = 0 if self.rng.random() < 0.55 else _rr(self.rng, len(ag.forms))
        s = ag.forms[min(form, len(ag.forms) - 1)]
        self.ags[ag.key] = ag
        if seen is None:
            self.surf[ag.key] = [s]
        elif s not in seen:
            seen.append(s)
        return s

    def note(self, ag: _Ag, surface: str) -> None:
        self.ags[ag.key] = ag
        seen = self.surf.setdefault(ag.key, [])
        if surface not in seen:
            seen.append(surface)

    def aliases(self, ag: _Ag) -> list[str]:
        return _unique([ag.canonical, *self.surf.get(ag.key, [])])

    # -- people
    def hon(self, off: Official, weights=None, mid: bool = False) -> str:
        h = _wconst(self.rng, weights or D.HONORIFIC_FORMS[off.gender])
        return _mid(h) if mid else h

    def role_surface(self, role: str) -> str:
        alts = D.ROLE_SURFACES.get(role)
        if not alts:
            return role
        r = self.rng.random()
        for form, w in alts:
            if r < w:
                return form
            r -= w
        return role

    def post(self, ag: _Ag, role: str, bare_ok: bool = True) -> str:
        """ "Phó Giám đốc Sở", "Chi cục trưởng Chi cục TĐC", "Trưởng phòng Quản lý khoa học" … (recorded)."""
        rs = self.role_surface(role)
        rng = self.rng
        if ag.kind == "so":
            if bare_ok and rng.random() < 0.5:
                return f"{rs} Sở"
            return f"{rs} {self.say(ag)}"
        if ag.kind == "office":
            # "Chánh Văn phòng Sở" / "Chánh Văn phòng UBND tỉnh" / "Chánh Văn phòng HĐND và UBND huyện"
            tail = ag.title_tail[0] if ag.title_tail else ""
            self.note(ag, "Văn phòng" + tail)
            return rs + tail
        if ag.kind == "inspectorate":
            self.note(ag, "Thanh tra Sở")
            return f"{rs} Sở"
        if ag.kind == "phong":
            s = self.say(ag)
            return f"{rs} {s[len('Phòng ') :] if s.startswith('Phòng ') else s}"
        if ag.kind == "ubnd":
            if ag.district:
                return f"{rs} {self.say(ag, 0)}"
            return f"{rs} {self.say(ag, 0 if rng.random() < 0.8 else 2)}"
        return f"{rs} {self.say(ag)}"

    def roles_for(self, ag: _Ag, role: str) -> list[str]:
        if ag.kind == "ubnd":
            lw = ag.level_word or "tỉnh"
            return [role, f"{role} UBND {lw}", f"{role} Ủy ban nhân dân {lw}"]
        return [role]

    def person(
        self, off: Official, role: str | None, ag: _Ag | None, hon: str | None = None, mid: bool = False
    ) -> str:
        """The name as written (with its honorific), recorded with its post."""
        if hon is None:
            hon = self.hon(off, mid=mid)
        pg = self.people.get(off.pid)
        if pg is None:
            pg = self.people[off.pid] = _PersonGold(off, off.name)
        if role and ag is not None:
            for r in self.roles_for(ag, role):
                if r not in pg.roles:
                    pg.roles.append(r)
            if pg.agency is None:
                pg.agency = ag
        self.mentions.append((off.name, off.pid))
        return f"{hon}{off.name}"

    def official(self, ag: _Ag, head: bool = True, i: int | None = None) -> Official:
        if head:
            seat = ag.head_seat()
        else:
            if ag.seat:
                n = 1
            else:
                n = 3 if ag.cluster == "ubnd" or ag.cluster.startswith("so:") else 2
            seat = ag.dep_seat(_rr(self.rng, n) if i is None else i % n)
        return self.world.holder(self.prov, ag.cluster, seat, self.d)

    def title_of(self, ag: _Ag, head: bool) -> str:
        h, dep = D.UNIT_TITLES[ag.kind]
        return h if head else dep

    # -- dates and deadlines
    def dstr(self, d: date) -> str:
        return _dmy(d, self.date_pad)

    def deadline(self) -> tuple[str, str] | None:
        """A deadline phrase after the meeting and its canonical value (CONTRACT.md kl:dueBy)."""
        rng, md = self.rng, self.d
        lo_days, hi_days = self.dl_days
        form, kind = _wconst(rng, _DEADLINE_TABLE)
        due = md + timedelta(days=_ri(rng, lo_days, hi_days))
        pad = self.date_pad
        if kind in ("date", "date_words"):
            if rng.random() < 0.5:  # month ends are common deadlines
                nxt = date(due.year + (due.month == 12), due.month % 12 + 1, 1)
                due = nxt - timedelta(days=1)
            d_, m_ = (
                (f"{due.day:02d}", f"{due.month:02d}") if pad and kind == "date" else (due.day, due.month)
            )
            return form.format(d=d_, m=m_, y=due.year), due.isoformat()
        if kind == "date_noyear":
            if due.year != md.year:
                due = date(md.year, 12, _ch(rng, (15, 20, 25, 31)))
                if due <= md:
                    return None
            return form.format(d=due.day, m=due.month), due.isoformat()
        if kind == "month":
            m_ = f"{due.month:02d}" if pad else str(due.month)
            return form.format(m=m_, y=due.year), f"{due.year}-{due.month:02d}"
        if kind == "quarter":
            q = (due.month - 1) // 3
            end = date(due.year + (q == 3), (q * 3 + 3) % 12 + 1, 1) - timedelta(days=1)
            return form.format(q=D.ROMAN_QUARTERS[q], y=due.year), end.isoformat()
        if kind == "h1":
            if md.month > 3:
                return None
            return form.format(y=md.year), f"{md.year}-06-30"
        if kind == "h2":
            if md.month > 6:
                return None
            return form.format(y=md.year), f"{md.year}-12-31"
        # year
        y = md.year if md.month <= 9 or rng.random() < 0.3 else md.year + 1
        return form.format(y=y), str(y)

    # -- tasks
    def task_text(self, topic: str, tags: str, district: str = "") -> tuple[str, list[str]]:
        rng = self.rng
        options = _task_options(topic, tags, bool(self.sc.districts))
        text, extra, _ = options[_rr(rng, len(options))]
        y = self.d.year
        dist = ""
        if "{dist}" in text:
            own = [x for x in self.sc.districts if self.sc.dname(x) == district]
            dist = self.sc.dname(own[0] if own else _ch(rng, self.sc.districts))
        m = self.d.month
        conf = (
            f"Hội nghị tổng kết công tác năm {y}"
            if m >= 10
            else f"Hội nghị tổng kết công tác năm {y - 1}"
            if m <= 2
            else "Hội nghị giao ban mở rộng"
        )
        text = text.format(
            conf=conf,
            y=y,
            ny=y + 1,
            prov=self.sc.pfull,
            dist=dist,
            product=self.product,
            crop=self.crop,
            n=self.ordinal,
            p5=f"{(y // 5) * 5 + 1} - {(y // 5) * 5 + 5}" if y % 5 else f"{y + 1} - {y + 5}",
            p3=f"{y + 1} - {y + 3}",
        )
        if not self.sc.districts:  # after the 2025 reorganisation there is no district level
            text = text.replace("cấp huyện, cấp xã", "cấp xã").replace("cấp huyện", "cấp xã")
        return text, [topic, *extra]

    def tasks_for(self, ag: _Ag, k: int | None = None) -> tuple[list[str], list[str]]:
        """One or two task wordings for a body, with the union of their topics."""
        rng = self.rng
        if k is None:
            k = 1 if rng.random() < 0.78 else 2
        texts, topics = [], []
        for attempt in range(k + 6):
            if len(texts) == k:
                break
            t = _wconst(rng, ag.topics) if ag.topics else "reporting"
            if t in topics:
                continue
            text, tops = self.task_text(t, ag.tags, ag.district)
            if text in texts or (text in self.used_tasks and (texts or attempt < k + 5)):
                continue  # the same wording twice in one notice only as a last resort
            self.used_tasks.add(text)
            texts.append(text)
            topics += [x for x in tops if x not in topics]
        return texts, topics

    def assign_to(self, ag: _Ag, topics: list[str], due: str | None) -> None:
        a = self.assign.get(ag.key)
        if a is None:
            self.assign[ag.key] = {"topics": list(topics), "due": due}
            self.ags[ag.key] = ag
        else:
            a["topics"] += [t for t in topics if t not in a["topics"]]
            if a["due"] is None:
                a["due"] = due

    def directive(
        self,
        actors: list[_Ag],
        form: str,
        supports: list[_Ag] = (),
        handover: _Ag | None = None,
        k: int | None = None,
        with_deadline: float = 0.55,
        tasks: tuple[list[str], list[str]] | None = None,
        subject: bool = True,
    ) -> str:
        """One directive sentence; records assignees, supports, topics and the deadline."""
        rng = self.rng
        texts, topics = tasks or self.tasks_for(actors[0], k)
        body = "; ".join(texts)
        tail = ""
        if handover is not None:
            verb = _ch(rng, D.HANDOVER_VERBS)
            tail = f", {verb} {self.say(handover)}"
            self._optional(handover)
        due = None
        if rng.random() < with_deadline:
            dl = self.deadline()
            if dl is not None:
                phrase, due = dl
                if tail and phrase.startswith(("trước", "chậm nhất")):
                    tail += f" {phrase}"
                else:
                    tail += f", {phrase}" if rng.random() < 0.7 else f"; {phrase}"
        elif "reporting" in topics and rng.random() < 0.15:
            tail += f", {_ch(rng, D.RECURRING_PHRASES)}"
        subj = ""
        if subject:
            names = [self.say(a) for a in actors]
            subj = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " và " + names[-1]
        sup = ""
        if supports:
            sn = [self.say(s) for s in supports]
            sup = ", ".join(sn[:-1]) + (" và " if len(sn) > 1 else "") + sn[-1]
            for s in supports:
                if s.key not in self.supports:
                    self.supports.append(s.key)
                    self.ags[s.key] = s
        for a in actors:
            self.assign_to(a, topics, due)
        if form == "colon":
            if supports:
                return f"{subj}: chủ trì, phối hợp với {sup} {body}{tail}."
            return f"{subj}: {_cap(body)}{tail}."
        if form == "giao":
            if supports:
                return f"Giao {subj} chủ trì, phối hợp với {sup} {body}{tail}."
            return f"Giao {subj} {body}{tail}."
        if form == "denghi":
            lead = _ch(rng, ("Đề nghị", "Yêu cầu"))
            if supports:
                return f"{lead} {subj} phối hợp với {sup} {body}{tail}."
            return f"{lead} {subj} {body}{tail}."
        if not subject:
            if supports:
                return f"{_cap(_ch(rng, ('chủ trì, phối hợp với', 'phối hợp với')))} {sup} {body}{tail}."
            return f"{_cap(body)}{tail}."
        # plain
        if supports:
            return f"{subj} {_ch(rng, ('chủ trì, phối hợp với', 'phối hợp với'))} {sup} {body}{tail}."
        return f"{subj} {body}{tail}."

    def audience(self, form: str) -> str:
        """A collective the notice addresses ("các đơn vị", "Các huyện, thị xã, thành phố"): optional in the gold."""
        self._optional(self.sc.collective(form))
        self.say(self.sc.collective(form))
        return form

    def _optional(self, ag: _Ag) -> None:
        if ag.key not in self.optional:
            self.optional.append(ag.key)
            self.ags[ag.key] = ag

    # -- gold
    def gold(self, file: str) -> dict:
        persons = []
        for pg in self.people.values():
            ag = pg.agency
            agency = self.aliases(ag) if ag is not None else []
            if ag is not None:
                agency += [a for a in ag.equiv if a not in agency]
            if ag is not None and ag.kind in ("office", "inspectorate") and ag.parent is not None:
                agency += [a for a in self.aliases(ag.parent) if a not in agency]
            entry = {"name": pg.written, "roles": pg.roles, "agency": agency}
            if pg.aliases:
                entry["aliases"] = list(pg.aliases)
            persons.append(entry)
        assignments = []
        for key, a in self.assign.items():
            x = {"agency": self.aliases(self.ags[key]), "topics": a["topics"]}
            if a["due"]:
                x["due"] = a["due"]
            assignments.append(x)
        optional = [k for k in self.optional if k not in self.assign]
        g = {
            "file": file,
            "synthetic": True,
            "province": self.sc.pname,
            "meeting": {"date": self.d.isoformat(), "chairs": [self.people[p].written for p in self.chairs]},
            "signer": self.people[self.signer].written if self.signer else None,
            "issuer": self.aliases(self.issuer) if self.issuer else None,
            "persons": persons,
            "absent": [self.aliases(self.ags[k]) for k in self.absent],
            "assignments": assignments,
            "supports": [self.aliases(self.ags[k]) for k in self.supports],
            "optional_assignees": [self.aliases(self.ags[k]) for k in optional],
            "optional_metrology": [],
        }
        if self.person_tasks:
            g["person_assignments"] = [
                {"name": self.people[p].written, "topics": t} for p, t in self.person_tasks
            ]
        if self.optional_persons:
            g["optional_persons"] = list(self.optional_persons)
        return g


# --------------------------------------------------------------------------------- rendering


def _wrap_title(rng: random.Random, title: str) -> list[str]:
    if len(title) < 70 or rng.random() < 0.35:
        return [title]
    cut = title.rfind(" ", 40, 75)
    if cut < 0:
        return [title]
    return [title[:cut], title[cut + 1 :]]


def _header(
    rng: random.Random, top: list[str], number: str, place_date: str, md: bool, issued_upper: bool = True
) -> list[str]:
    """The two-column quốc hiệu header, flattened the ways real files show it."""
    if md:
        left = "<br>".join(f"**{x}**" if i == len(top) - 1 else x for i, x in enumerate(top))
        return [
            f"| {left} | **{D.QUOC_HIEU}**<br>**{D.TIEU_NGU}** |",
            "|---|---|",
            f"| {number} | *{place_date}* |",
            "",
        ]
    style = rng.random()
    if style < 0.4 and len(top) == 2:
        w = _ch(rng, (38, 42, 46))
        return [
            top[0].ljust(w) + D.QUOC_HIEU,
            top[1].ljust(w + 4) + D.TIEU_NGU,
            "",
            number.ljust(w) + place_date,
            "",
        ]
    if style < 0.75:
        return [
            *top,
            "--------" if rng.random() < 0.4 else "",
            number,
            "",
            D.QUOC_HIEU,
            D.TIEU_NGU,
            "",
            place_date,
            "",
        ]
    return [*top, number, D.QUOC_HIEU, D.TIEU_NGU, place_date, ""]


def _signature(lines: list[str], name: str, md: bool, rng: random.Random) -> list[str]:
    signed = rng.random()
    out = [f"**{x}**" if md else x for x in lines]
    if signed < 0.45:
        out += ["", "(đã ký)" if rng.random() < 0.7 else "(Đã ký)", "", f"**{name}**" if md else name]
    elif signed < 0.55:
        out += ["", f"Đã ký: {name}"]
    else:
        out += ["", f"**{name}**" if md else name]
    return out


def _to_html(
    title: str, site: str, menu: str, date_line: str, paragraphs: list[str], author: str, others: list[str]
) -> str:
    p = "\n".join(f"<p>{escape(x, quote=False)}</p>" for x in paragraphs)
    items = "".join(f'<a href="#">{escape(m.strip())}</a> ' for m in menu.split("|"))
    rel = "\n".join(f'    <li><a href="#">{escape(o, quote=False)}</a></li>' for o in others)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{escape(title, quote=False)} | {escape(site, quote=False)}</title>
<script src="/js/analytics.js"></script>
<style>.menu{{display:flex}}.footer{{font-size:12px}}</style>
</head>
<body>
<div class="banner">{escape(site.upper(), quote=False)}</div>
<nav class="menu">{items}</nav>
<div class="content">
<div class="breadcrumb">Trang chủ › Tin tức - Sự kiện</div>
<h1 class="title">{escape(title, quote=False)}</h1>
<div class="date">{escape(date_line, quote=False)}</div>
<div class="body">
{p}
<p class="author">{escape(author, quote=False)}</p>
</div>
<aside class="related">
  <h3>Tin liên quan</h3>
  <ul>
{rel}
  </ul>
</aside>
</div>
<div class="footer">
  <p>Bản quyền thuộc {escape(site, quote=False)}</p>
</div>
<script>document.querySelectorAll('a').forEach(a=>a.rel='noopener');</script>
</body>
</html>
"""


# --------------------------------------------------------------------------------- layouts


@dataclass(slots=True)
class SynthNotice:
    index: int
    stem: str
    suffix: str  # ".txt" | ".md" | ".html"
    layout: str
    province: str
    date: str  # the meeting's date
    text: str
    gold: dict
    mentions: list[tuple[str, str]]  # (name as written, person id), in text order

    @property
    def filename(self) -> str:
        return self.stem + self.suffix


class _Builder:
    def __init__(self, world: World, index: int):
        self.world = world
        self.index = index
        self.rng = random.Random(f"{world.seed}/notice/{index}")

    # -- choices shared by the layouts
    def draw_day(self) -> date:
        span = (LAST_DAY - FIRST_DAY).days
        d = FIRST_DAY + timedelta(days=_rr(self.rng, span))
        while d.weekday() > 4:
            d -= timedelta(days=1)
        return d

    def draw_province(self, d: date) -> str:
        return _wconst(self.rng, self.world.province_table(d))

    def build(self) -> SynthNotice:
        rng = self.rng
        layout = _wconst(rng, LAYOUTS)
        d = self.draw_day()
        if layout == "briefing":  # the briefing on a month is held in the first days of the next one
            d = d.replace(day=2 + _rr(rng, 8))
            while d.weekday() > 4:
                d += timedelta(days=1)
        prov = self.draw_province(d)
        doc = _Doc(self.world, rng, prov, d)
        if layout in ("district_notice", "conference") and not doc.sc.districts:
            layout = "so_notice"
        if layout == "news":
            suffix = ".html" if rng.random() < 0.5 else ".txt"
        else:
            suffix = ".md" if rng.random() < 0.12 else ".txt"
        md = suffix == ".md"
        text, slug = getattr(self, f"_{layout}")(doc, md, suffix)
        old = rng.random() < 0.12
        issued = getattr(doc, "issued", d)
        stem = f"syn{self.index:06d}_{issued.isoformat()}_{slug}"
        gold = doc.gold(stem + suffix)
        mentions = doc.mentions
        if old:
            text = old_tones(text)
            gold = json.loads(old_tones(json.dumps(gold, ensure_ascii=False)))
            mentions = [(old_tones(n), p) for n, p in mentions]
        return SynthNotice(
            self.index, stem, suffix, layout, doc.sc.pname, d.isoformat(), text, gold, mentions
        )

    # -- pieces
    def issued(self, doc: _Doc) -> date:
        doc.issued = doc.d + timedelta(days=_ri(self.rng, 1, 7))
        return doc.issued

    def number(self, doc: _Doc, code: str) -> str:
        n = doc.issued.timetuple().tm_yday * _ri(self.rng, 1, 4) + _ri(self.rng, 0, 30)
        return f"Số: {n}/TB-{code}"

    def place_date(self, doc: _Doc, place: str) -> str:
        i = doc.issued
        day = f"{i.day:02d}" if doc.date_pad or i.day < 10 and self.rng.random() < 0.5 else str(i.day)
        month = f"{i.month:02d}" if i.month < 3 and self.rng.random() < 0.5 else str(i.month)
        return f"{place}, ngày {day} tháng {month} năm {i.year}"

    def place_name(self, doc: _Doc) -> str:
        return "Thành phố Hồ Chí Minh" if doc.sc.pname == "Hồ Chí Minh" else doc.sc.pname

    def assessment(self, doc: _Doc, tag: str) -> str:
        rng = self.rng
        tag = tag if tag in D.ASSESS_GOOD else "G"
        good = _ch(rng, D.ASSESS_GOOD[tag])
        bad = _ch(rng, D.ASSESS_BAD.get(tag, D.ASSESS_BAD["G"]))
        fill = dict(
            py=doc.d.year - 1,
            a=_ri(rng, 12, 900),
            b=_ri(rng, 2, 14),
            c=f"{_ri(rng, 3, 14)},{_ri(rng, 1, 9)}",
            d=f"{_ri(rng, 8, 16)},{_ri(rng, 1, 9)}",
            e=_ri(rng, 92, 100),
        )
        return f"{good.format(**fill)} {bad}"

    def markers(self, style: str, i: int) -> str:
        if style == "letter":
            return "abcdđeghiklmn"[i] + ")"
        if style == "num":
            return f"{i + 1}."
        if style == "sub":
            return f"2.{i + 1}."
        return style  # "-", "+"

    def attendee_line(
        self,
        doc: _Doc,
        ag: _Ag,
        head: bool,
        seat_i: int | None = None,
        sep: str = " - ",
        chair: bool = False,
        off: Official | None = None,
        table: bool = False,
        mark: str | None = None,
    ) -> tuple[str, Official]:
        """ "Ông X - Phó Giám đốc Sở" (or a table row "Ông X | Phó Giám đốc | Sở Khoa học và Công nghệ")."""
        off = off or doc.official(ag, head, seat_i)
        role = doc.title_of(ag, head)
        who = doc.person(off, role, ag)
        if not chair:
            mark = ""
        elif mark is None:
            mark = _ch(self.rng, (", chủ trì", " - Chủ trì cuộc họp", ", chủ trì cuộc họp"))
        if chair:
            doc.chairs.append(off.pid)
        if table:
            return f"{who} | {doc.role_surface(role)}{mark} | {self.unit_cell(doc, ag)}", off
        return f"{who}{sep}{doc.post(ag, role)}{mark}", off

    def unit_cell(self, doc: _Doc, ag: _Ag) -> str:
        """The body as the "Đơn vị" column of an attendee table writes it."""
        if ag.kind == "office" and ag.cluster.startswith("so:"):
            doc.note(ag, "Văn phòng Sở")
            return "Văn phòng Sở"
        if ag.kind == "inspectorate":
            doc.note(ag, "Thanh tra Sở")
            return "Thanh tra Sở"
        return doc.say(ag, 0) if ag.kind in ("ubnd", "office") else doc.say(ag)

    def recipients(self, doc: _Doc, base: tuple[str, ...], ags: list[_Ag]) -> list[str]:
        rng = self.rng
        lines = [f"- {x}" for x in _smp(rng, base, k=min(len(base), _ri(rng, 1, 3)))]
        for ag in ags[:3]:
            lines.append(f"- {ag.forms[-1] if ag.kind != 'collective' else ag.forms[0]};")
        arch = _ch(rng, D.ARCHIVE_LINES)
        lines.append(arch if arch.startswith("-") else f"- {arch}")
        return lines

    def task_block(
        self, doc: _Doc, plan: list[tuple[_Ag, list[_Ag], _Ag | None]], style: str, md: bool
    ) -> list[str]:
        """Directives, one per planned body: lettered/numbered items or unit headings with bullets."""
        rng = self.rng
        out: list[str] = []
        if style == "units":
            bullet = _ch(rng, ("-", "+"))
            numbering = _ch(rng, ("num", "sub"))
            for i, (ag, sups, hand) in enumerate(plan):
                head = f"{self.markers(numbering, i)} {doc.say(ag)}"
                head = f"**{head}**" if md else head + (":" if rng.random() < 0.6 else "")
                out.append(head)
                texts, topics = doc.tasks_for(ag, 2 if rng.random() < 0.5 else 1)
                for j, t in enumerate(texts):
                    # under its heading a task starts with the verb
                    sub = doc.directive(
                        [ag],
                        "plain",
                        sups if j == 0 else (),
                        hand if j == 0 else None,
                        tasks=([t], topics),
                        subject=False,
                    )
                    out.append(f"{bullet} {sub}")
                out.append("")
            return out
        mark = {"letter": "letter", "num": "num", "dash": "-", "plus": "+"}[style]
        for i, (ag, sups, hand) in enumerate(plan):
            form = _wconst(rng, _DIRECTIVE_FORMS)
            actors = [ag]
            out.append(f"{self.markers(mark, i)} {doc.directive(actors, form, sups, hand)}")
            if rng.random() < 0.5:
                out.append("")
        return out

    def plan_tasks(
        self, doc: _Doc, pool: list[_Ag], n: int, support_pool: list[_Ag], handover_pool: list[_Ag]
    ) -> list[tuple[_Ag, list[_Ag], _Ag | None]]:
        rng = self.rng
        chosen = _smp(rng, pool, k=min(n, len(pool)))
        keys = {a.key for a in chosen}
        plan = []
        for ag in chosen:
            sups: list[_Ag] = []
            if support_pool and rng.random() < 0.3:
                cands = [s for s in support_pool if s.key not in keys]
                if cands:
                    sups = _smp(rng, cands, k=1 if rng.random() < 0.8 or len(cands) < 2 else 2)
            hand = None
            if handover_pool and rng.random() < 0.2:
                cands = [h for h in handover_pool if h.key != ag.key and h.key not in {s.key for s in sups}]
                hand = _ch(rng, cands) if cands else None
            plan.append((ag, sups, hand))
        return plan

    def task_heading(self, doc: _Doc) -> str:
        heading, audience = _ch(self.rng, D.TASK_SECTION_HEADINGS)
        if audience:
            doc.audience(audience)
        return heading

    def closing(self, doc: _Doc, issuer: _Ag) -> str:
        form, audience = _ch(self.rng, D.CLOSINGS)
        doc.audience(audience)
        return form.format(issuer=doc.say(issuer, 0))

    def person_task(self, doc: _Doc, off: Official, role: str, ag: _Ag) -> str:
        """ "Giao đồng chí X, Phó Giám đốc Sở trực tiếp chỉ đạo việc …": a task given to a person."""
        texts, topics = doc.tasks_for(ag, 1)
        doc.person_tasks.append((off.pid, topics))
        who = doc.person(
            off, role, ag, hon=_ch(self.rng, ("đồng chí ", "ông " if off.gender == "m" else "bà "))
        )
        return f"Giao {who}, {doc.post(ag, role)} {_ch(self.rng, D.PERSON_TASK_OPENERS)} việc {texts[0]}."

    # ================================================================ layout: Sở notice
    def _so_notice(self, doc: _Doc, md: bool, suffix: str) -> tuple[str, str]:
        rng, sc = self.rng, doc.sc
        kinds = [(k, w) for k, w in D.ISSUING_SO_KINDS if _valid(D.SO_KINDS[k], doc.d)]
        kind = _wpick(rng, kinds)
        spec = D.SO_KINDS[kind]
        so = sc.so(kind)
        doc.issuer = so
        self.issued(doc)
        units = [sc.unit(kind, u) for u in sc.so_units(kind)]
        working = bool(sc.districts) and rng.random() < 0.35
        dist = _ch(rng, sc.districts) if working else None
        chair_is_head = rng.random() < 0.5
        chair = doc.official(so, chair_is_head)
        chair_role = doc.title_of(so, chair_is_head)
        tag = spec["tags"]
        subject = self.subject(doc, "D" if working else tag)
        # header, title
        head_so = f"Sở {spec['name']}".upper()
        lines = _header(
            rng,
            [
                f"UBND {sc.pfull.upper()}" if rng.random() < 0.8 else f"ỦY BAN NHÂN DÂN {sc.pfull.upper()}",
                head_so,
            ],
            self.number(doc, spec["code"]),
            self.place_date(doc, self.place_name(doc)),
            md,
        )
        who_title = f"{chair_role} Sở" if rng.random() < 0.5 else f"{chair_role} {so.forms[0]}"
        name_in_title = rng.random() < 0.35
        if name_in_title:
            doc.person(chair, chair_role, so, hon="")
        ubnd_d = sc.ubnd_huyen(dist) if dist else None
        if working:
            title = (
                f"Kết luận của {who_title}{' ' + chair.name if name_in_title else ''} tại buổi làm việc "
                f"với {doc.say(ubnd_d)} {subject}"
            )
        else:
            title = (
                f"Kết luận của {who_title}{' ' + chair.name if name_in_title else ''} tại cuộc họp {subject}"
            )
        lines += [
            "# THÔNG BÁO" if md else "THÔNG BÁO",
            *([f"## {title}"] if md else _wrap_title(rng, title)),
            "",
        ]
        # opening
        when = self.when(doc)
        loc = _ch(rng, D.LOCATIONS_SO).format(so=doc.say(so))
        if working:
            loc = _ch(rng, D.LOCATIONS_DISTRICT).format(dist=sc.dname(dist))
        att_units = _smp(rng, units, k=min(len(units), _ri(rng, 2, 5)))
        style = _wpick(rng, [("prose", 3), ("dash", 3), ("numbered", 2), ("table", 0.7)])
        chair_in_list = style in ("numbered", "table") and rng.random() < 0.6
        opening = ""
        if not chair_in_list:
            who = doc.person(chair, chair_role, so, mid=True)
            post = doc.post(so, chair_role)
            doc.chairs.append(chair.pid)
            if rng.random() < 0.25:
                opening = f"{when}, tại {loc}, {post} {chair.name} chủ trì "
                doc.mentions.append((chair.name, chair.pid))
            else:
                opening = f"{when}, tại {loc}, {who}{_ch(rng, (' - ', ', '))}{post} chủ trì "
            opening += (
                f"buổi làm việc với {doc.say(ubnd_d)} về hoạt động khoa học và công nghệ năm {doc.d.year}."
                if working
                else f"cuộc họp {subject}."
            )
        else:
            opening = f"{when}, tại {loc}, {doc.say(so)} tổ chức " + (
                f"buổi làm việc với {doc.say(ubnd_d)}." if working else f"cuộc họp {subject}."
            )
        lines += [opening, ""]
        # attendees
        att: list[str] = []
        tbl = style == "table"
        if chair_in_list:
            att.append(self.attendee_line(doc, so, chair_is_head, chair=True, off=chair, table=tbl)[0])
        if rng.random() < 0.5:
            dep = doc.official(so, False, _rr(rng, 3))
            if dep.pid != chair.pid:
                att.append(self.attendee_line(doc, so, False, off=dep, table=tbl)[0])
        for u in att_units:
            att.append(self.attendee_line(doc, u, rng.random() < 0.7, table=tbl)[0])
        district_att: list[str] = []
        if working:
            cochair = rng.random() < 0.3
            line, off = self.attendee_line(
                doc, ubnd_d, rng.random() < 0.4, chair=cochair, mark=" - đồng chủ trì", table=tbl
            )
            district_att.append(line)
            for u in _smp(rng, sc.district_units(dist), k=2):
                district_att.append(
                    self.attendee_line(doc, sc.dist_unit(dist, u, False), rng.random() < 0.6, table=tbl)[0]
                )
        lines += self.attendees(doc, style, att, district_att, so, ubnd_d, md)
        # absent
        absent_ags: list[_Ag] = []
        if working and rng.random() < 0.4:
            u = sc.dist_unit(dist, _ch(rng, [x for x in sc.district_units(dist) if x != "vp"]), False)
            absent_ags.append(u)
            lines += [f"{doc.say(u)} không cử cán bộ tham dự.", ""]
        elif not working and rng.random() < 0.2:
            u = _ch(rng, [x for x in units if x not in att_units] or units)
            absent_ags.append(u)
            lines += [f"Vắng: {doc.say(u)}" + (" (có lý do)." if rng.random() < 0.5 else "."), ""]
        doc.absent += [a.key for a in absent_ags]
        for a in absent_ags:
            doc.ags[a.key] = a
        # conclusions
        reporter = _ch(rng, units)
        if rng.random() < 0.6:
            who_c = f"{chair_role} Sở"
        elif rng.random() < 0.15 and (slip := _tone_slip(chair.name, rng)):
            # a typing slip in the second mention of the chair's name ("Quân" / "Quán"): an alias in the gold
            doc.person(chair, chair_role, so)
            doc.people[chair.pid].aliases.append(slip)
            doc.mentions.append((slip, chair.pid))
            who_c = f"{_ch(rng, ('đồng chí ', 'ông ' if chair.gender == 'm' else 'bà '))}{slip} - {doc.post(so, chair_role)}"
        else:
            who_c = f"{doc.person(chair, chair_role, so, mid=True)} - {doc.post(so, chair_role)}"
        lines += [_ch(rng, D.CONCLUSION_LEADS).format(reporter=doc.say(reporter), who=who_c), ""]
        lines += [f"1. {self.assessment(doc, 'D' if working else tag)}", ""]
        lines += [f"2. {self.task_heading(doc)}", ""]
        pool = [u for u in units if u.key != reporter.key or rng.random() < 0.5]
        if working:
            pool += [ubnd_d, sc.dist_unit(dist, "kthtr" if dist[1] == "huyện" else "kt", False)]
        plan = self.plan_tasks(
            doc, pool, _ri(rng, 3, 6), units + ([ubnd_d] if ubnd_d else []), [so, sc.ubnd()]
        )
        lines += self.task_block(
            doc, plan, _wpick(rng, [("letter", 3), ("dash", 2), ("plus", 1), ("units", 2)]), md
        )
        if rng.random() < 0.2:
            dep = doc.official(so, False, 2)
            lines += [f"3. {self.person_task(doc, dep, 'Phó Giám đốc', so)}", ""]
        # closing, recipients, signature
        lines += [self.closing(doc, so), ""]
        lines += [
            "*Nơi nhận:*" if md else "Nơi nhận:",
            *self.recipients(doc, D.RECIPIENTS_SO, [u for u, _, _ in plan]),
            "",
        ]
        lines += self.so_signature(doc, so, chair, chair_is_head, md)
        slug = f"{_slug('so' + kind)}-{_slug(sc.pname)}_tb-ket-luan"
        return "\n".join(lines) + "\n", slug

    def subject(self, doc: _Doc, tag: str) -> str:
        return _ch(self.rng, D.MEETING_SUBJECTS[tag]).format(y=doc.d.year, q=doc.q, qy=doc.qy)

    def when(self, doc: _Doc) -> str:
        rng = self.rng
        ds = doc.dstr(doc.d)
        r = rng.random()
        if r < 0.6:
            return f"Ngày {ds}"
        if r < 0.8:
            return f"{_ch(rng, ('Sáng', 'Chiều'))} ngày {ds}"
        if r < 0.9:
            return f"Vào lúc {_ch(rng, (8, 9, 14))} giờ 00, ngày {ds}"
        return f"Ngày {doc.d.day:02d} tháng {doc.d.month:02d} năm {doc.d.year}"

    def attendees(
        self,
        doc: _Doc,
        style: str,
        att: list[str],
        district_att: list[str],
        so: _Ag,
        ubnd_d: _Ag | None,
        md: bool,
    ) -> list[str]:
        rng = self.rng
        if style == "prose":
            people = "; ".join(_mid(x) for x in att + district_att)
            extra = ""
            if rng.random() < 0.4:
                extra = "; lãnh đạo các phòng, đơn vị thuộc Sở"
            return [
                f"{_ch(rng, ('Tham dự cuộc họp có: ', 'Cùng dự có ', 'Dự họp có: '))}{people}{extra}.",
                "",
            ]
        if style == "table":
            rows = ["STT | Họ và tên | Chức vụ | Đơn vị"]
            rows += [f"{i + 1} | {line}" for i, line in enumerate(att + district_att)]
            return ["Thành phần tham dự:", "", *rows, ""]
        head = (
            "**Thành phần dự họp:**"
            if md
            else _ch(rng, ("Thành phần tham dự:", "Tham dự cuộc họp gồm:", "I. THÀNH PHẦN THAM DỰ"))
        )
        out = [head, ""]
        if style == "numbered":
            n = 0
            if district_att:
                out.append(f"1. {doc.say(so)}:")
            for line in att:
                n += 1
                out.append(f"{n}. {line};")
            if district_att:
                out.append(f"2. {doc.say(ubnd_d)}:")
                for line in district_att:
                    n += 1
                    out.append(f"{n}. {line};")
        else:
            for line in att + district_att:
                out.append(f"- {line};")
        out.append("")
        return out

    def so_signature(self, doc: _Doc, so: _Ag, chair: Official, chair_is_head: bool, md: bool) -> list[str]:
        rng = self.rng
        r = rng.random()
        if r < 0.7:
            doc.signer = chair.pid
            doc.mentions.append((chair.name, chair.pid))
            block = (
                ["GIÁM ĐỐC"] if chair_is_head else [_ch(rng, ("KT. GIÁM ĐỐC", "KT.GIÁM ĐỐC")), "PHÓ GIÁM ĐỐC"]
            )
            return _signature(block, chair.name, md, rng)
        vp = doc.sc.unit(so.cluster[3:], "vp")
        off = doc.official(vp, True)
        doc.person(off, "Chánh Văn phòng", vp, hon="")
        doc.note(vp, "Văn phòng Sở")
        doc.signer = off.pid
        return _signature(["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"], off.name, md, rng)

    # ================================================================ layout: UBND conclusion
    def _ubnd_notice(self, doc: _Doc, md: bool, suffix: str) -> tuple[str, str]:
        rng, sc = self.rng, doc.sc
        ubnd, vp = sc.ubnd(), sc.vp_ubnd()
        self.issued(doc)
        chair_is_head = rng.random() < 0.4
        chair = doc.official(ubnd, chair_is_head)
        role = doc.title_of(ubnd, chair_is_head)
        as_ubnd = not chair_is_head and rng.random() < 0.3  # UBND issues, the Phó Chủ tịch signs
        doc.issuer = ubnd if as_ubnd else vp
        subject = self.subject(doc, "P")
        lw = sc.level.upper()
        if as_ubnd:
            top = ["ỦY BAN NHÂN DÂN", f"{lw} {sc.pname.upper()}"]
            code = "UBND"
        else:
            top = [
                f"UBND {lw} {sc.pname.upper()}"
                if rng.random() < 0.6
                else f"ỦY BAN NHÂN DÂN {lw} {sc.pname.upper()}",
                "VĂN PHÒNG",
            ]
            code = "VPUBND"
        lines = _header(rng, top, self.number(doc, code), self.place_date(doc, self.place_name(doc)), md)
        name_in_title = rng.random() < 0.6
        if name_in_title:
            doc.person(chair, role, ubnd, hon="")
        rs = _ch(rng, (f"UBND {sc.level}", f"Ủy ban nhân dân {sc.level}"))
        doc.note(ubnd, rs)
        title = (
            f"Kết luận của {_ch(rng, ('', 'đồng chí '))}{role} {rs}{' ' + chair.name if name_in_title else ''} "
            f"tại cuộc họp {subject}"
        )
        lines += [
            "# THÔNG BÁO" if md else "THÔNG BÁO",
            *([f"## {title}"] if md else _wrap_title(rng, title)),
            "",
        ]
        # the bodies of the province
        so_kinds = [k for k in D.SO_KINDS if _valid(D.SO_KINDS[k], doc.d)]
        picked = _smp(rng, so_kinds, k=min(len(so_kinds), _ri(rng, 3, 6)))
        if "khcn" not in picked and rng.random() < 0.7:
            picked[0] = "khcn"
        sos = [sc.so(k) for k in picked]
        bodies = [b for b in (sc.body(k) for k in D.PROVINCE_BODIES) if b is not None]
        bodies = _smp(rng, bodies, k=min(len(bodies), _ri(rng, 0, 2)))
        dists = _smp(rng, sc.districts, k=min(len(sc.districts), _ri(rng, 0, 2)))
        dubnds = [sc.ubnd_huyen(x) for x in dists]
        # opening
        when = self.when(doc)
        loc = _ch(rng, D.LOCATIONS_UBND).format(ubnd=doc.say(ubnd, 0))
        who = doc.person(chair, role, ubnd, mid=True)
        doc.chairs.append(chair.pid)
        if rng.random() < 0.3:
            opening = f"{when}, tại {loc}, {role} {doc.say(ubnd, 0)} {chair.name} chủ trì cuộc họp {subject}."
        else:
            opening = f"{when}, tại {loc}, {who}{_ch(rng, (' - ', ', '))}{doc.post(ubnd, role)} chủ trì cuộc họp {subject}."
        parts = []
        if not chair_is_head and rng.random() < 0.2:
            other = doc.official(ubnd, False, 2)
            if other.pid != chair.pid:
                parts.append(
                    f"{doc.person(other, 'Phó Chủ tịch', ubnd, mid=True)}, {doc.post(ubnd, 'Phó Chủ tịch')}"
                )
        for so in sos[: _ri(rng, 1, 3)]:
            head = rng.random() < 0.5
            off = doc.official(so, head)
            r = doc.title_of(so, head)
            if rng.random() < 0.3:
                doc.person(off, r, so, hon="")
                parts.append(f"{r} {doc.say(so)} {off.name}")
            else:
                parts.append(f"{doc.person(off, r, so, mid=True)}, {r} {doc.say(so)}")
        for ub in dubnds[:1]:
            ub_head = rng.random() < 0.5
            off = doc.official(ub, ub_head)
            r = doc.title_of(ub, ub_head)
            parts.append(f"{doc.person(off, r, ub, mid=True)}, {doc.post(ub, r)}")
        reps = [doc.say(x) for x in sos[3:] + bodies]
        tail = f"; đại diện lãnh đạo {', '.join(reps)}" if reps else ""
        lines += [opening + f" Tham dự cuộc họp có: {'; '.join(parts)}{tail}.", ""]
        absent = None
        if rng.random() < 0.15 and len(sos) > 1:
            absent = sos[-1]
            lines += [f"{doc.say(absent)} vắng mặt{' có lý do' if rng.random() < 0.5 else ''}.", ""]
            doc.absent.append(absent.key)
        reporter = sos[0]
        lines += [
            _ch(rng, D.CONCLUSION_LEADS).format(reporter=doc.say(reporter), who=f"{role} {doc.say(ubnd, 0)}"),
            "",
        ]
        lines += [f"1. {self.assessment(doc, 'G')}", ""]
        lines += [f"2. {self.task_heading(doc)}", ""]
        pool = sos + bodies + dubnds
        if sc.districts and rng.random() < 0.4:
            form = (
                "UBND các quận, huyện"
                if sc.level == "thành phố"
                else _ch(rng, ("UBND các huyện, thị xã, thành phố", "UBND các huyện, thành phố"))
            )
            pool.append(sc.collective(form))
        plan = self.plan_tasks(doc, pool, _ri(rng, 3, 7), sos, [ubnd])
        style = _wpick(rng, [("letter", 2), ("units", 2), ("num", 1)])
        lines += self.task_block(doc, plan, style, md)
        closing_ag = vp if not as_ubnd else ubnd
        lines += [self.closing(doc, closing_ag), ""]
        lines += ["*Nơi nhận:*" if md else "Nơi nhận:", *self.recipients(doc, D.RECIPIENTS_UBND, sos), ""]
        if as_ubnd:
            doc.signer = chair.pid
            doc.mentions.append((chair.name, chair.pid))
            lines += _signature(
                [_ch(rng, ("TM. ỦY BAN NHÂN DÂN", "TM. UỶ BAN NHÂN DÂN")), "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                chair.name,
                md,
                rng,
            )
        else:
            head = rng.random() < 0.5
            off = doc.official(vp, head)
            r = doc.title_of(vp, head)
            doc.person(off, r, vp, hon="")
            doc.signer = off.pid
            block = (
                ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]
                if head
                else (
                    ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]
                    if rng.random() < 0.6
                    else ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]
                )
            )
            lines += _signature(block, off.name, md, rng)
        slug = (
            f"{'ubnd' if as_ubnd else 'vpubnd'}-{_slug(sc.pname)}_kl-{'chu-tich' if chair_is_head else 'pct'}"
        )
        return "\n".join(lines) + "\n", slug

    # ================================================================ layout: district notice
    def _district_notice(self, doc: _Doc, md: bool, suffix: str) -> tuple[str, str]:
        rng, sc = self.rng, doc.sc
        dist = _ch(rng, sc.districts)
        ub = sc.ubnd_huyen(dist)
        doc.issuer = ub
        self.issued(doc)
        kw = dist[1]
        dn = sc.dname(dist)
        chair_is_head = rng.random() < 0.55
        chair = doc.official(ub, chair_is_head)
        role = doc.title_of(ub, chair_is_head)
        subject = _ch(rng, D.MEETING_SUBJECTS["D"]).format(y=doc.d.year)
        top = ["ỦY BAN NHÂN DÂN", dn.upper()]
        lines = _header(rng, top, self.number(doc, "UBND"), self.place_date(doc, dist[0]), md)
        title = f"Kết luận của {role} UBND {kw} tại cuộc họp {subject}"
        lines += [
            "# THÔNG BÁO" if md else "THÔNG BÁO",
            *([f"## {title}"] if md else _wrap_title(rng, title)),
            "",
        ]
        units = [sc.dist_unit(dist, u, True) for u in sc.district_units(dist)]
        vp = next(u for u in units if u.kind == "office")
        work_units = [u for u in units if u is not vp]
        when = self.when(doc)
        loc = _ch(rng, ("phòng họp UBND {kw}", "Hội trường UBND {kw}")).format(kw=kw)
        who = doc.person(chair, role, ub, mid=True)
        doc.chairs.append(chair.pid)
        opening = f"{when}, tại {loc}, {who}{_ch(rng, (' - ', ', '))}{role} {doc.say(ub, 0)} chủ trì cuộc họp {subject}."
        lines += [opening, _ch(rng, ("Tham dự cuộc họp có:", "Dự họp có:")), ""]
        att_units = _smp(rng, work_units, k=min(len(work_units), _ri(rng, 2, 4)))
        att = []
        if rng.random() < 0.5:
            off = doc.official(ub, False, 1 if chair_is_head else 0)
            if off.pid != chair.pid:
                att.append(f"{doc.person(off, 'Phó Chủ tịch', ub)} - Phó Chủ tịch UBND {kw}")
        for u in att_units:
            att.append(self.attendee_line(doc, u, rng.random() < 0.65)[0])
        ext: list[_Ag] = []
        if rng.random() < 0.5 and _valid(D.UNITS["cctdc"], doc.d):
            cc = sc.unit("khcn", "cctdc", own=False)
            ext.append(cc)
            att.append(self.attendee_line(doc, cc, rng.random() < 0.6)[0])
        for line in att:
            lines.append(f"- {line};")
        lines += [f"- Đại diện lãnh đạo UBND các xã, thị trấn{' có chợ' if rng.random() < 0.5 else ''}.", ""]
        if rng.random() < 0.25:
            u = _ch(rng, [x for x in work_units if x not in att_units] or work_units)
            lines += [f"Vắng: {doc.say(u)} (có lý do).", ""]
            doc.absent.append(u.key)
        reporter = att_units[0]
        lines += [
            _ch(rng, D.CONCLUSION_LEADS).format(reporter=doc.say(reporter), who=f"{role} UBND {kw}"),
            "",
        ]
        lines += [f"1. {self.assessment(doc, 'D')}", ""]
        lines += [f"2. {self.task_heading(doc)}", ""]
        pool = att_units + ext + _smp(rng, work_units, k=min(2, len(work_units)))
        pool = _unique(pool)
        plan = self.plan_tasks(doc, pool, _ri(rng, 3, 5), work_units + ext, [])
        lines += self.task_block(doc, plan, _wpick(rng, [("letter", 3), ("dash", 1)]), md)
        closing = (
            self.closing(doc, vp)
            if rng.random() < 0.5
            else f"UBND {kw} thông báo để {doc.audience('các cơ quan, đơn vị')} biết, thực hiện./."
        )
        lines += [closing, ""]
        lines += ["*Nơi nhận:*" if md else "Nơi nhận:", *self.recipients(doc, D.RECIPIENTS_DISTRICT, []), ""]
        if rng.random() < 0.5:
            off = doc.official(vp, True)
            doc.person(off, "Chánh Văn phòng", vp, hon="")
            doc.signer = off.pid
            lines += _signature(["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], off.name, md, rng)
        else:
            doc.signer = chair.pid
            doc.mentions.append((chair.name, chair.pid))
            block = (
                ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
                if chair_is_head
                else ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
            )
            lines += _signature(block, chair.name, md, rng)
        slug = f"ubnd-{_slug(dist[0])}-{_slug(sc.pname)}_tb-ket-luan"
        return "\n".join(lines) + "\n", slug

    # ================================================================ layout: conference with districts
    def _conference(self, doc: _Doc, md: bool, suffix: str) -> tuple[str, str]:
        rng, sc = self.rng, doc.sc
        so = sc.so("khcn")
        doc.issuer = so
        self.issued(doc)
        q, qy = doc.q, doc.qy
        dists = _smp(rng, sc.districts, k=min(len(sc.districts), _ri(rng, 3, 6)))
        host = dists[0]
        host_ub = sc.ubnd_huyen(host)
        head_so = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
        lines = _header(
            rng,
            [f"UBND {sc.pfull.upper()}", head_so],
            self.number(doc, "SKHCN"),
            self.place_date(doc, self.place_name(doc)),
            md,
        )
        title = f"Kết luận giao ban hoạt động khoa học và công nghệ cấp huyện quý {q} năm {qy}"
        lines += [
            "# THÔNG BÁO" if md else "THÔNG BÁO",
            *([f"## {title}"] if md else _wrap_title(rng, title)),
            "",
        ]
        lines += [
            f"{self.when(doc)}, tại Hội trường {doc.say(host_ub)}, Ban Giám đốc {doc.say(so, 0)} "
            f"{sc.pfull} phối hợp với {doc.say(host_ub)} tổ chức cuộc họp giao ban hoạt động khoa học và "
            f"công nghệ cấp huyện quý {q} năm {qy}.",
            "",
        ]
        doc.note(so, f"{so.forms[0]} {sc.pfull}")
        lines += ["I. Thành phần tham dự:", "", f"1. Đại biểu {doc.say(so)}:", ""]
        n = 0
        chair = doc.official(so, False, 0)
        units = [sc.unit("khcn", u) for u in sc.so_units("khcn")]
        n += 1
        lines.append(
            f"{n}. {doc.person(chair, 'Phó Giám đốc', so)} - {doc.post(so, 'Phó Giám đốc')} - Chủ trì cuộc họp."
        )
        doc.chairs.append(chair.pid)
        for u in _smp(rng, units, k=min(len(units), _ri(rng, 2, 5))):
            n += 1
            lines.append(f"{n}. {self.attendee_line(doc, u, rng.random() < 0.6)[0]}.")
        lines += ["", "2. Đại biểu các huyện, thị xã, thành phố:", ""]
        present = dists[: max(2, len(dists) - _ri(rng, 0, 2))]
        absent = [x for x in dists if x not in present]
        econ = {}
        for i, dist in enumerate(present):
            ub = sc.ubnd_huyen(dist)
            lines.append(f"- {_cap(sc.dname(dist))}:")
            if i == 0 and rng.random() < 0.5:
                n += 1
                off = doc.official(ub, False, 0)
                lines.append(
                    f"{n}. {doc.person(off, 'Phó Chủ tịch', ub)} - Phó Chủ tịch UBND {dist[1]} - đồng chủ trì cuộc họp."
                )
                doc.chairs.append(off.pid)
            eu = replace(
                sc.dist_unit(dist, "kthtr" if dist[1] == "huyện" else "kt", False),
                topics=D.CONFERENCE_DISTRICT_TOPICS,
            )
            econ[dist] = eu
            for head in (True, False) if rng.random() < 0.4 else (rng.random() < 0.5,):
                n += 1
                line, _o = self.attendee_line(doc, eu, head)
                lines.append(f"{n}. {line}")
        lines.append("")
        for dist in absent:
            ub = sc.ubnd_huyen(dist)
            form = f"{_cap(sc.dname(dist))}"
            doc.note(ub, form)
            lines.append(f"- {form}: Vắng")
            doc.absent.append(ub.key)
        lines += ["", "II. Kết luận:", ""]
        lines += [
            f"Sau khi đánh giá và thảo luận kết quả hoạt động khoa học và công nghệ cấp huyện quý {q}, "
            f"{doc.person(chair, 'Phó Giám đốc', so, mid=True)} - {doc.post(so, 'Phó Giám đốc')} kết luận:",
            "",
        ]
        lines += [f"1. {self.assessment(doc, 'D')}", ""]
        lines += [
            f"2. {self.task_heading(doc)}",
            "",
            f"* {doc.audience('Các phòng, đơn vị thuộc Sở')}:",
            "",
        ]
        plan = self.plan_tasks(doc, units, _ri(rng, 2, 4), [], [])
        lines += self.task_block(doc, plan, "dash", md)
        lines += ["", f"* {doc.audience('Các huyện, thị xã, thành phố')}:", ""]
        plan2 = self.plan_tasks(doc, list(econ.values()), _ri(rng, 1, 2), units, [so])
        lines += self.task_block(doc, plan2, "plus", md)
        if absent and rng.random() < 0.6:
            ags = [sc.ubnd_huyen(x) for x in absent]
            lines.append(
                "+ "
                + doc.directive(
                    ags,
                    "plain",
                    tasks=(
                        ["báo cáo bằng văn bản kết quả hoạt động khoa học và công nghệ cấp huyện"],
                        ["reporting"],
                    ),
                )
            )
        lines += [
            "",
            "Nơi nhận:",
            "- BGD (b/c).",
            "- Các Phòng, đơn vị thuộc Sở.",
            "- UBND các huyện, TX, TP.",
            "- Lưu VT.",
            "",
        ]
        doc.signer = chair.pid
        doc.mentions.append((chair.name, chair.pid))
        lines += _signature(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], chair.name, md, rng)
        slug = f"sokhcn-{_slug(sc.pname)}_giao-ban-cap-huyen"
        return "\n".join(lines) + "\n", slug

    # ================================================================ layout: monthly briefing
    def _briefing(self, doc: _Doc, md: bool, suffix: str) -> tuple[str, str]:
        rng, sc = self.rng, doc.sc
        kinds = [(k, w) for k, w in D.ISSUING_SO_KINDS if _valid(D.SO_KINDS[k], doc.d)]
        kind = _wpick(rng, kinds)
        spec = D.SO_KINDS[kind]
        so = sc.so(kind)
        doc.issuer = so
        # the briefing on month m is held early in month m+1
        self.issued(doc)
        prev = doc.d.replace(day=1) - timedelta(days=1)
        m, y = prev.month, prev.year
        nm, ny = doc.d.month, doc.d.year
        doc.dl_days = (10, 40)
        lines = _header(
            rng,
            [f"UBND {sc.pfull.upper()}", f"Sở {spec['name']}".upper()],
            self.number(doc, spec["code"]),
            self.place_date(doc, self.place_name(doc)),
            md,
        )
        title = f"Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng {m}/{y}"
        lines += ["# THÔNG BÁO" if md else "THÔNG BÁO", *([f"## {title}"] if md else [title]), ""]
        chair = doc.official(so, True)
        deps = []
        for i in range(_ri(rng, 1, 3)):
            off = doc.official(so, False, i)
            if off.pid not in [o.pid for o in deps] and off.pid != chair.pid:
                deps.append(off)
        who = doc.person(chair, "Giám đốc", so, hon=_ch(rng, ("đồng chí ", "")))
        doc.chairs.append(chair.pid)
        dep_names = ", ".join(doc.person(o, "Phó Giám đốc", so, hon="") for o in deps)
        lines += [
            f"{self.when(doc)}, {who}, Giám đốc {doc.say(so)} chủ trì cuộc họp giao ban tháng {m} năm {y}. "
            + (
                f"Dự họp có các đồng chí Phó Giám đốc Sở: {dep_names}; "
                if len(deps) > 1
                else f"Dự họp có đồng chí {dep_names}, Phó Giám đốc Sở; "
                if deps
                else "Dự họp có "
            )
            + "Trưởng, Phó các phòng, đơn vị thuộc Sở.",
            "",
        ]
        units = [sc.unit(kind, u) for u in sc.so_units(kind)]
        vp = next(u for u in units if u.seat == "vp")
        lines += [
            f"Sau khi nghe {doc.say(vp)} báo cáo kết quả công tác tháng {m}, nhiệm vụ trọng tâm tháng {nm}/{ny} "
            f"và ý kiến của các thành viên dự họp, Giám đốc Sở kết luận:",
            "",
        ]
        h1 = f"I. KẾT QUẢ THỰC HIỆN THÁNG {m}/{y}"
        h2 = f"II. NHIỆM VỤ TRỌNG TÂM THÁNG {nm}/{ny}"
        lines += [
            f"**{h1}**" if md else h1,
            "",
            self.assessment(doc, spec["tags"]),
            "",
            f"**{h2}**" if md else h2,
            "",
        ]
        plan = self.plan_tasks(doc, units, _ri(rng, 3, 6), units, [so, sc.ubnd()])
        lines += self.task_block(doc, plan, "units", md)
        lines += [f"{doc.say(vp, 0)} thông báo để {doc.audience('các phòng, đơn vị')} biết, thực hiện./.", ""]
        lines += ["Nơi nhận:", "- Ban Giám đốc Sở;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, VP.", ""]
        off = doc.official(vp, True)
        doc.person(off, "Chánh Văn phòng", vp, hon="")
        doc.signer = off.pid
        lines += _signature(["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"], off.name, md, rng)
        slug = f"{_slug('so' + kind)}-{_slug(sc.pname)}_giao-ban-thang"
        return "\n".join(lines) + "\n", slug

    # ================================================================ layout: news page
    def _news(self, doc: _Doc, md: bool, suffix: str) -> tuple[str, str]:
        rng, sc = self.rng, doc.sc
        kinds = [(k, w) for k, w in D.ISSUING_SO_KINDS if _valid(D.SO_KINDS[k], doc.d)]
        kind = _wpick(rng, kinds)
        spec = D.SO_KINDS[kind]
        so = sc.so(kind)
        ubnd = sc.ubnd()
        pub = doc.d + timedelta(days=_ri(rng, 0, 3))
        doc.issued = pub
        m = doc.d.month
        events = [e for lo, hi, e in D.NEWS_EVENTS if lo <= m <= hi]
        event = _ch(rng, events).format(
            py=doc.d.year - 1, y=doc.d.year, ny=doc.d.year + 1, q=doc.q, qy=doc.qy
        )
        visit = rng.random() < 0.4  # a provincial leader visits and gives directions
        chair_is_head = rng.random() < 0.75
        chair = doc.official(so, chair_is_head)
        chair_role = doc.title_of(so, chair_is_head)
        units = [sc.unit(kind, u, own=True) for u in sc.so_units(kind)]
        site = f"Sở {spec['name']} {sc.pfull}"
        day = f"{doc.d.day}/{doc.d.month}" if rng.random() < 0.5 else doc.dstr(doc.d)
        leader = doc.official(ubnd, False, _rr(rng, 3)) if visit else None
        if visit:
            headline = f"Phó Chủ tịch UBND {sc.level} {leader.name} làm việc với {so.forms[0]}"
            lead = f"{_ch(rng, ('Sáng', 'Chiều'))} ngày {day}, "
            lead += (
                f"{doc.person(leader, 'Phó Chủ tịch', ubnd, hon='đồng chí ')}, Phó Chủ tịch {doc.say(ubnd, 0)} "
                f"chủ trì buổi làm việc với {doc.say(so)} về tình hình thực hiện nhiệm vụ năm {doc.d.year}. "
            )
            lead += f"Về phía Sở có {doc.person(chair, chair_role, so, hon='đồng chí ')}, {chair_role} Sở"
        else:
            headline = f"{so.forms[0]} tổ chức {event}"
            tod = _ch(rng, ("Sáng ngày", "Chiều ngày", "Ngày"))
            lead = f"{tod} {day}, {doc.say(so)} tổ chức {event}. "
            lead += f"{doc.person(chair, chair_role, so, hon='Đồng chí ')}, {chair_role} {doc.say(so)}, chủ trì hội nghị."
        doc.chairs.append(leader.pid if visit else chair.pid)
        # attendees
        parts = []
        for i in range(_ri(rng, 0, 2)):
            off = doc.official(so, False, i)
            if off.pid != chair.pid and off.pid not in [p for p, _ in doc.mentions]:
                parts.append(f"{doc.person(off, 'Phó Giám đốc', so, hon='đồng chí ')}, Phó Giám đốc Sở")
        if visit:
            p1 = lead + "".join(f"; {x}" for x in parts) + " cùng lãnh đạo các phòng, đơn vị trực thuộc."
        else:
            reps = [doc.say(u) for u in _smp(rng, units, k=min(len(units), _ri(rng, 1, 3)))]
            p1 = lead + (
                f" Cùng dự có {'; '.join(parts)}; đại diện {', '.join(reps)}."
                if parts
                else f" Cùng dự có đại diện {', '.join(reps)}."
            )
        paragraphs = [p1, self.assessment(doc, spec["tags"])]
        if rng.random() < 0.5:
            u = _ch(rng, units)
            off = doc.official(u, True)
            r = doc.title_of(u, True)
            paragraphs.append(
                f"{doc.person(off, r, u, hon='Ông ' if off.gender == 'm' else 'Bà ')}, {doc.post(u, r)} "
                f"cho biết, đơn vị đã hoàn thành các chỉ tiêu chuyên môn được giao; tuy nhiên, nguồn "
                f"nhân lực còn thiếu, trang thiết bị chưa được đầu tư đồng bộ."
            )
        # directions
        speaker, srole, sag = (leader, "Phó Chủ tịch", ubnd) if visit else (chair, chair_role, so)
        pool = units + ([so] if visit else [])
        plan = self.plan_tasks(doc, pool, _ri(rng, 2, 4), units, [ubnd] if not visit else [])
        sents = []
        for ag, sups, hand in plan:
            sents.append(doc.directive([ag], "plain", sups, hand))
        verb = _ch(rng, ("đề nghị", "yêu cầu"))
        spk = f"{srole} {doc.say(sag, 0) if visit else 'Sở'} {speaker.name}"
        doc.mentions.append((speaker.name, speaker.pid))
        p3 = (
            f"Phát biểu {_ch(rng, ('chỉ đạo', 'kết luận'))}, {spk} ghi nhận những kết quả đạt được và "
            f"{verb} {sents[0]}"
        )
        rest = " ".join(sents[1:-1]) if len(sents) > 2 else (sents[1] if len(sents) == 2 else "")
        paragraphs.append(p3 + (" " + rest if rest else ""))
        if len(sents) > 2:
            last = sents[-1]
            paragraphs.append(f"{_ch(rng, ('Đồng chí cũng yêu cầu', f'{srole} cũng đề nghị'))} {last}")
        # byline and page chrome
        if rng.random() < 0.6:
            given = D.GIVEN_FEMALE if rng.random() < 0.6 else D.GIVEN_MALE
            author = f"{_ch(rng, D.BYLINE_FIRST)} {_ch(rng, given)}"
        else:
            region = D.REGION_OF_PROVINCE.get(doc.prov, "south")
            author = _make_official(rng, "byline", region).name
        doc.optional_persons.append(author)
        others = []
        for t in _smp(rng, D.NEWS_OTHER_TITLES, k=2):
            od = pub - timedelta(days=_ri(rng, 3, 40))
            others.append(f"{t} ({od.day:02d}/{od.month:02d}/{od.year})")
        pub_line = (
            f"({pub.day:02d}/{pub.month:02d}/{pub.year})"
            if rng.random() < 0.5
            else f"{D.WEEKDAYS[pub.weekday()]}, {pub.day:02d}/{pub.month:02d}/{pub.year}"
        )
        if suffix == ".html":
            text = _to_html(headline, site, _ch(rng, D.NEWS_MENUS), pub_line, paragraphs, author, others)
        else:
            lines = [
                f"Cổng thông tin điện tử {site}",
                _ch(rng, D.NEWS_MENUS),
                "Tin tức - Sự kiện > Hoạt động của Sở",
                "",
                headline,
                "",
            ]
            if pub_line.startswith("("):
                paragraphs[0] = f"{pub_line} {paragraphs[0]}"
            else:
                lines += [pub_line, ""]
            for p in paragraphs:
                lines += [p, ""]
            lines += [_ch(rng, D.NEWS_BYLINE_FORMS).format(name=author), "", "Các tin khác:"]
            lines += [f"- {o}" for o in others]
            lines += [
                "",
                f"Lượt truy cập: {_ri(rng, 100_000, 2_000_000):,}".replace(",", "."),
                f"Bản quyền thuộc {site}",
            ]
            text = "\n".join(lines) + "\n"
        slug = f"tin-{_slug('so' + kind)}-{_slug(sc.pname)}"
        return text, slug


# --------------------------------------------------------------------------------- public API


def generate(n: int, seed: int, world: World | None = None) -> Iterator[SynthNotice]:
    """``n`` synthetic notices for ``seed``; notice ``i`` depends only on ``(seed, i)``."""
    world = world or World(seed)
    for i in range(n):
        yield _Builder(world, i).build()


@dataclass(slots=True)
class SynthSummary:
    out_dir: Path
    n: int
    seed: int
    layouts: dict[str, int]
    formats: dict[str, int]
    provinces: int
    persons: int  # distinct officials named
    mentions: int
    first_date: str
    last_date: str
    seconds: float


README = """# Synthetic notices

**Every notice in this folder is synthetic.** It was generated by `ketluan synth`
(`ketluan.ingest.synth`, seed {seed}) from templates of real Vietnamese administrative
layouts (Nghị định 30/2020/NĐ-CP notices, conference and monthly-briefing conclusions,
news pages). Provinces, districts, kinds of bodies and legal references are real; the
officials, numbers, meetings and directives are invented. Any likeness to a real person
is accidental.

- `gold/<stem>.json`: the answer for `<stem>.txt|.md|.html`, in the format of
  `shared/eval/score.py` (it is produced from the same choices as the text).
- `identities.json`: who is who across the notices: each name as written in each file,
  mapped to a stable person id, with the posts each person was named in. It lives beside
  `gold/`, not in it, because the scorer reads every `gold/*.json` as one notice's answer.

Score the project on this folder:

    python shared/eval/score.py --docs {name} --gold {name}/gold
"""


def write_corpus(out_dir: Path, n: int, seed: int) -> SynthSummary:
    """Write ``n`` notices, one gold JSON per notice in ``out_dir/gold/``, ``identities.json`` and a README."""
    t0 = time.perf_counter()
    out_dir = Path(out_dir)
    gold_dir = out_dir / "gold"
    gold_dir.mkdir(parents=True, exist_ok=True)
    world = World(seed)
    layouts: dict[str, int] = {}
    formats: dict[str, int] = {}
    provinces: set[str] = set()
    mentions: list[dict] = []
    posts: dict[str, list] = {}
    first = last = None
    for sn in generate(n, seed, world):
        (out_dir / sn.filename).write_text(sn.text, encoding="utf-8")
        (gold_dir / f"{sn.stem}.json").write_text(
            json.dumps(sn.gold, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        layouts[sn.layout] = layouts.get(sn.layout, 0) + 1
        formats[sn.suffix] = formats.get(sn.suffix, 0) + 1
        provinces.add(sn.province)
        first = sn.date if first is None or sn.date < first else first
        last = sn.date if last is None or sn.date > last else last
        seen: set[tuple[str, str]] = set()
        for name, pid in sn.mentions:
            if (name, pid) in seen:
                continue
            seen.add((name, pid))
            mentions.append({"file": sn.filename, "name": name, "person": pid})
        by_name = {p["name"]: p for p in sn.gold["persons"]}
        for name, pid in seen:
            p = by_name.get(name)
            if p and p["roles"]:
                # posts in the canonical spelling, whatever tone placement the notice used
                agency = fold_tones(p["agency"][0]) if p["agency"] else None
                posts.setdefault(pid, []).append((sn.date, fold_tones(p["roles"][0]), agency))
    persons = []
    for pid in sorted({m["person"] for m in mentions}):
        off = world.official(pid)
        merged: list[dict] = []
        for d, role, agency in sorted(posts.get(pid, []), key=lambda x: x[0]):
            if merged and merged[-1]["role"] == role and merged[-1]["agency"] == agency:
                merged[-1]["last"] = d
            else:
                merged.append({"role": role, "agency": agency, "first": d, "last": d})
        persons.append({"id": pid, "name": off.name, "gender": off.gender, "posts": merged})
    by_name: dict[str, list[str]] = {}
    for p in persons:
        by_name.setdefault(p["name"], []).append(p["id"])
    identities = {
        "synthetic": True,
        "seed": seed,
        "persons": persons,
        "namesakes": [ids for ids in by_name.values() if len(ids) > 1],
        "mentions": mentions,
    }
    (out_dir / "identities.json").write_text(
        json.dumps(identities, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    # no notice suffix, so `ketluan ingest DIR` does not take the README for a notice
    (out_dir / "README").write_text(README.format(seed=seed, name=out_dir.name), encoding="utf-8")
    return SynthSummary(
        out_dir,
        n,
        seed,
        layouts,
        formats,
        len(provinces),
        len(persons),
        len(mentions),
        first or "",
        last or "",
        time.perf_counter() - t0,
    )
