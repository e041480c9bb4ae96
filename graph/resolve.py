"""Entity resolution: which per-notice nodes are the same real-world agency or person.

Every notice graph keeps its own nodes as extracted (``kli:person/{notice}/{name}``). Resolution groups them
into identities, each with a canonical IRI (``kli:person/resolved/{province}/{name}``,
``kli:agency/resolved/{name}``) that the per-notice nodes point to with ``owl:sameAs`` in the graph
``kli:graph/resolved``. It is a pure function of the mention records (`ketluan.graph.mentions`) and the
analyst's judgements (`ketluan.graph.judgements`), so it is re-run from scratch after every change and its
result is the same whatever order the notices came in.

The rules are conservative and each one is a sentence that ``ketluan explain`` prints:

Agencies
  A1  same name once abbreviations are expanded, tone spelling and case folded, punctuation and "và"
      ignored, in the same province and district (the locality is read from the name or the node).
  A2  inside one notice, a name without its district ("Phòng Tài chính - Kế hoạch") is the one body of that
      name with a district the same notice names ("… huyện Mỹ Tú").
  A3  a Phòng named bare in a notice issued by a Sở, which names no other Sở, is that Sở's Phòng ("Phòng
      Quản lý khoa học - Sở KH&CN tỉnh X"), not the Phòng of the same name in another Sở.
Persons (names compared with tone spelling and case folded, so "Hoà" = "Hòa")
  P0  an analyst said so (``ketluan merge``); ``ketluan split`` forbids a merge, and no rule overrides it.
  P1  same name and the same province (the province of the body they hold a post in, else the notice's),
      or the same national body — unless the two hold posts of the same title in two different bodies of
      the same kind within `CONCURRENT_POST_DAYS` days (nobody is Giám đốc of two Sở at once).
  P2  same name in different places, holding a post in the same body.
  P3  a spelling variant inside one notice ("Quân"/"Quán": the same letters once diacritics are stripped),
      unless their posts disagree.
  P4  a spelling variant (same letters, or one letter apart) holding the same title in the same body.
A same name in another province is a different person unless P2 or an analyst links them.

Blocking: persons are only ever compared inside a block of names that are equal once diacritics are
stripped (P1-P3), or inside the holders of one post (P4); agencies are grouped by key. Cost grows with
n log n (sorting), not n², unless one block is huge; a block of the same name and province is merged
greedily against at most `MAX_CANDIDATES` clusters.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from ketluan.graph.judgements import Judgement
from ketluan.graph.mentions import AgencyMention, Mentions, PersonMention
from ketluan.ingest.agencies import scan_agency
from ketluan.ingest.lang.vi.agencies import LOCALITY_TYPES
from ketluan.ingest.lang.vi.hierarchy import (
    CONCURRENT_POST_DAYS,
    CONCURRENT_POST_KINDS,
    NATIONAL_KINDS,
    OWNED_KINDS,
    OWNER_HEADS,
    OWNER_KINDS,
    PARENT_BY_KIND,
)
from ketluan.ingest.places import load_gazetteer
from ketluan.ingest.text import match_key, strip_diacritics
from ketluan.ingest.to_rdf import slugify
from ketluan.ingest.tokens import tokenize
from ketluan.ontology.namespaces import KLI

__all__ = [
    "AgencyIdentity",
    "Link",
    "PersonIdentity",
    "Resolution",
    "agency_key",
    "resolve",
]

#: How many existing clusters of the same name and place a mention is tried against.
MAX_CANDIDATES = 8

_PERSON_BASE = str(KLI["person/resolved/"])
# unit words a name may end with and still name no body of its own ("UBND huyện", "Phòng Kinh tế xã"): the
# state's administrative levels only; a hamlet's word also ends names ("Phát triển nông thôn")
_ADMINISTRATIVE_LEVELS = frozenset(
    {"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu"}
)
_BARE_UNITS = frozenset(
    match_key(k) for k, level in LOCALITY_TYPES.items() if level in _ADMINISTRATIVE_LEVELS
)
_AGENCY_BASE = str(KLI["agency/resolved/"])


# -- keys -------------------------------------------------------------------------------------------------

_PUNCT = re.compile(r"[\-–—,.;:()\"“”'‘’/&]+")
# localities that place a body (a commune, "xã X", stays part of the body's own name)
_PLACING = {"tỉnh": "tỉnh", "thành phố": "thành phố", "tp.": "thành phố", "tp": "thành phố",
            "huyện": "huyện", "quận": "quận", "thị xã": "thị xã", "tx.": "thị xã"}  # fmt: skip


def _words(key: str) -> str:
    """Punctuation and the conjunction "và" dropped: "kinh tế - hạ tầng" = "kinh tế và hạ tầng"."""
    key = _PUNCT.sub(" ", key.replace("&", " và "))
    return " ".join(w for w in key.split() if w != "và")


def place_key(name: str | None) -> str:
    return _words(match_key(name)) if name else ""


@dataclass(frozen=True, slots=True)
class AgencyKey:
    core: str  # the name without its trailing locality
    province: str
    district: str

    def __str__(self) -> str:
        return " / ".join(x for x in (self.core, self.district, self.province) if x)


def split_locality(name: str) -> tuple[str, list[tuple[str, str]]]:
    """``"Sở Tài chính tỉnh Vĩnh Long"`` -> ``("Sở Tài chính", [("tỉnh", "Vĩnh Long")])``.

    A locality is a lower-case unit word followed by a capitalised name, so "Lao động - Thương binh và Xã
    hội" keeps its "Xã hội", and a name ending in a bare unit word ("UBND huyện") keeps it.
    """
    words = name.split()
    shouting = name.isupper()  # "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA": unit words are upper case too
    cuts: list[tuple[int, int, str]] = []  # (start word, end of unit word, kind)
    i = 0
    while i < len(words):
        for n in (2, 1):
            unit = " ".join(words[i : i + n])
            lower = unit == unit.lower() or shouting or n == 1 and unit == "TP."
            kind = _PLACING.get(unit.casefold()) if lower else None
            if kind and i + n < len(words) and words[i + n][:1].isupper():
                cuts.append((i, i + n, kind))
                i += n
                break
        else:
            i += 1
    if not cuts:
        return name, []
    parts = []
    for k, (_start, after, kind) in enumerate(cuts):
        stop = cuts[k + 1][0] if k + 1 < len(cuts) else len(words)
        parts.append((kind, " ".join(words[after:stop])))
    return " ".join(words[: cuts[0][0]]), parts


@lru_cache(maxsize=65536)
def agency_key(name: str, province: str | None = None, district: str | None = None) -> AgencyKey:
    """The key under which two agency mentions are the same body (rule A1).

    The locality is taken from the end of the name, else from the node's kl:province / kl:district; a
    ``thành phố X`` in the name is a province-level city when X is one (Hà Nội, Cần Thơ), else a district-level
    city ("thành phố Vĩnh Long" in tỉnh Vĩnh Long).
    """
    core, parts = split_locality(name)
    prov, dist = place_key(province), place_key(district)
    gaz = load_gazetteer()
    for kind, where in parts:
        wkey = place_key(where)
        unit = gaz.province(where) if kind == "thành phố" else None
        if kind == "tỉnh" or (unit is not None and unit.kind == "thành phố"):
            prov = wkey
        else:
            dist = wkey
    return AgencyKey(_words(match_key(core)), prov, dist)


@lru_cache(maxsize=65536)
def agency_kind(name: str) -> str:
    """The kind of body a canonical name opens with ("so", "phong", "ubnd", …), or "" when unknown.

    Asked once or twice per agency mention, of ~15k distinct names at 100,000 notices: a cache of 4,096
    missed 128k times there (a `scan_agency` each, ~11 s of resolution's CPU)."""
    toks = tokenize(name)
    m = scan_agency(toks, 0, name) if toks else None
    return m.kind if m else ""


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Person names compared: tone spelling and case folded ("Hoà" = "Hòa")."""
    return match_key(name)


@lru_cache(maxsize=65536)
def loose_key(name: str) -> str:
    """Person names with diacritics stripped: the block inside which spelling variants are looked for."""
    return strip_diacritics(match_key(name)).replace("đ", "d")


def _date(s: str | None) -> dt.date | None:
    if not s:
        return None
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return None


# -- results ----------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Link:
    """Why two nodes were put together (``merged``) or kept apart (``refused``)."""

    a: str
    b: str
    rule: str  # "A1", "P0", "P1", …
    reason: str
    merged: bool = True

    def __post_init__(self) -> None:
        # one link per merged mention, and most reasons repeat ("same name and same place (Vĩnh Long)"):
        # one copy of each reason instead of one per link
        self.reason = sys.intern(self.reason)


@dataclass(slots=True)
class AgencyIdentity:
    iri: str
    key: AgencyKey
    name: str  # the canonical full name
    members: list[str] = field(default_factory=list)  # per-notice agency IRIs
    labels: list[str] = field(default_factory=list)  # every name and surface form seen
    province: str | None = None
    district: str | None = None
    kind: str = ""
    parent: str | None = None  # canonical IRI
    parent_reason: str = ""
    implied: bool = False  # not named by any notice; made to complete a hierarchy
    collective: bool = False
    notices: list[str] = field(default_factory=list)


@dataclass(slots=True)
class PostHeld:
    """One stated post of a person identity, merged over notices."""

    role: str
    role_iri: str
    agency: str | None  # canonical agency IRI
    dates: list[str] = field(default_factory=list)  # notice dates that state it
    notices: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # per-notice membership IRIs


@dataclass(slots=True)
class PersonIdentity:
    iri: str
    name: str
    members: list[str] = field(default_factory=list)  # per-notice person IRIs
    labels: list[str] = field(default_factory=list)
    place: str = ""  # the province (or national body) that placed the identity
    notices: list[str] = field(default_factory=list)
    posts: list[PostHeld] = field(default_factory=list)


@dataclass(slots=True)
class Resolution:
    agencies: dict[str, AgencyIdentity]  # canonical IRI -> identity
    agency_of: dict[str, str]  # per-notice agency IRI -> canonical IRI
    persons: dict[str, PersonIdentity]
    person_of: dict[str, str]
    links: list[Link]
    mentions: Mentions

    def identity_of(self, iri: str) -> PersonIdentity | AgencyIdentity | None:
        canon = self.person_of.get(iri) or self.agency_of.get(iri) or iri
        return self.persons.get(canon) or self.agencies.get(canon)

    def links_of(self, members: Iterable[str]) -> list[Link]:
        ms = set(members)
        return [lk for lk in self.links if lk.a in ms or lk.b in ms]


# -- clusters with cannot-links --------------------------------------------------------------------------


class _Clusters:
    """Union-find whose unions can be forbidden (an analyst's "different", or conflicting posts)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.members: dict[str, list[str]] = {}
        self.cannot: dict[str, set[str]] = defaultdict(set)  # root -> items it may not join

    def add(self, x: str) -> None:
        if x not in self.parent:
            self.parent[x] = x
            self.members[x] = [x]

    def find(self, x: str) -> str:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def forbid(self, a: str, b: str) -> None:
        self.cannot[self.find(a)].add(b)
        self.cannot[self.find(b)].add(a)

    def forbidden(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        return any(self.find(x) == rb for x in self.cannot.get(ra, ())) or any(
            self.find(x) == ra for x in self.cannot.get(rb, ())
        )

    def union(self, a: str, b: str) -> str:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        if rb in self.cannot:
            self.cannot[ra] |= self.cannot.pop(rb)
        return ra


# -- agencies ---------------------------------------------------------------------------------------------


def _best_name(names: Iterable[str]) -> str:
    """The most common spelling; ties go to the longest (the most complete name), then the first seen."""
    counts = Counter(names)
    return max(counts, key=lambda n: (counts[n], len(n), -list(counts).index(n)))


def _unit_full(kind_default: str, name: str, province: str | None = None) -> str:
    gaz = load_gazetteer()
    if province is None:
        p = gaz.province(name)
        return f"{p.kind if p else kind_default} {p.name if p else name}"
    found = gaz.districts_named(name, province)
    return f"{found[0].kind if found else kind_default} {found[0].name if found else name}"


def _display(key: str, mentions: list[str]) -> str | None:
    """The spelling of a place as written in some mention (the keys are case-folded)."""
    for m in mentions:
        if place_key(m) == key:
            return m
    return None


def _resolve_agencies(m: Mentions, links: list[Link]) -> tuple[dict[str, AgencyIdentity], dict[str, str]]:
    groups: dict[AgencyKey | str, list[AgencyMention]] = defaultdict(list)
    ordered = sorted(m.agencies.values(), key=lambda a: (m.date_of(a.notice) or "", a.iri))
    keys = {a.iri: agency_key(a.name, a.province, a.district) for a in ordered}
    # A2: inside one notice, "Phòng Tài chính - Kế hoạch" is the "Phòng Tài chính - Kế hoạch huyện Mỹ Tú"
    # the same notice names, when it names only one body of that name with a district
    with_district: dict[tuple[str, str, str], set[AgencyKey]] = defaultdict(set)
    for a in ordered:
        k = keys[a.iri]
        if k.district:
            with_district[(a.notice, k.core, k.province)].add(k)
    short_forms: dict[str, AgencyKey] = {}
    for a in ordered:
        k = keys[a.iri]
        if k.district:
            continue
        core, *unit = (
            k.core.rsplit(" ", 1) if k.core.split()[-1:] and k.core.split()[-1] in _BARE_UNITS else (k.core,)
        )
        if unit and unit[0] == "tỉnh":
            continue  # "UBND tỉnh" is the province's own body: A1 with the notice's province handles it
        full = with_district.get((a.notice, core, k.province), set())
        if len(full) == 1:  # "UBND huyện" / "Phòng TC-KH" where the notice names one "… huyện Mỹ Tú"
            short_forms[a.iri] = keys[a.iri] = next(iter(full))
    # A3: a Sở's notice names its own Phòng bare ("Phòng Quản lý khoa học"): that is the Phòng of that Sở,
    # not the Phòng of the same name in another Sở
    qualified: dict[str, str] = {}
    other_owners: dict[str, int] = defaultdict(int)  # notice -> how many bodies of an owner kind it names
    for a in ordered:
        if agency_kind(a.name) in OWNER_KINDS:
            other_owners[a.notice] += 1
    for a in ordered:
        k = keys[a.iri]
        if k.district or not k.province or a.iri in short_forms or agency_kind(a.name) not in OWNED_KINDS:
            continue
        if any(w in OWNER_HEADS for w in k.core.split()[1:]):
            continue  # the name already says whose it is ("Phòng Quản lý khoa học Sở KH&CN")
        info = m.notices.get(a.notice)
        owner = m.agencies.get(info.issuer or "") if info else None
        if owner is None or owner.iri == a.iri or agency_kind(owner.name) not in OWNER_KINDS:
            continue
        okey = keys.get(owner.iri) or agency_key(owner.name, owner.province, owner.district)
        if okey.province != k.province or okey.district:
            continue
        if a.parent or other_owners.get(a.notice, 0) > 1:
            continue  # the notice says whose it is, or names other Sở the Phòng could belong to
        qualified[a.iri] = f"{split_locality(a.name)[0]} - {owner.name}"
        keys[a.iri] = agency_key(qualified[a.iri], a.province)
    for a in ordered:
        key = keys[a.iri]
        core_words = key.core.split()
        if not core_words or core_words[-1] in _BARE_UNITS:
            groups["iri:" + a.iri].append(a)  # "UBND huyện" with no name: only itself
        else:
            groups[key].append(a)
    identities: dict[str, AgencyIdentity] = {}
    agency_of: dict[str, str] = {}
    used: set[str] = set()
    for key, members in groups.items():
        name = _best_name(qualified.get(a.iri, a.name) for a in members)
        iri = _unique(_AGENCY_BASE + slugify(name) if slugify(name) else _AGENCY_BASE + "x", used)
        provinces = [a.province for a in members if a.province]
        districts = [a.district for a in members if a.district]
        ident = AgencyIdentity(
            iri,
            key if isinstance(key, AgencyKey) else agency_key(name),
            name,
            members=[a.iri for a in members],
            labels=list(dict.fromkeys(lbl for a in members for lbl in (a.name, *a.alt_labels))),
            province=Counter(provinces).most_common(1)[0][0] if provinces else None,
            district=Counter(districts).most_common(1)[0][0] if districts else None,
            kind=agency_kind(name),
            collective=any(a.collective for a in members),
            notices=list(dict.fromkeys(a.notice for a in members)),
        )
        identities[iri] = ident
        for a in members:
            agency_of[a.iri] = iri
        first = members[0]
        for a in members[1:]:
            if a.iri in short_forms:
                reason = f"short form of the one '{key}' its notice names (A2)"
                links.append(Link(first.iri, a.iri, "A2", reason))
            elif a.iri in qualified or first.iri in qualified:
                reason = f"a unit named bare in a notice of its own body: {key} (A3)"
                links.append(Link(first.iri, a.iri, "A3", reason))
            else:
                links.append(Link(first.iri, a.iri, "A1", f"same body once names are normalised: {key}"))
    _agency_parents(m, identities, agency_of, used)
    return identities, agency_of


def _agency_parents(
    m: Mentions, identities: dict[str, AgencyIdentity], agency_of: dict[str, str], used: set[str]
) -> None:
    """org:subOrganizationOf between identities: what the notices say, else the rules of hierarchy.py."""
    by_key = {ident.key: iri for iri, ident in identities.items()}
    for ident in list(identities.values()):
        stated = Counter(
            agency_of[p]
            for a in ident.members
            if (p := m.agencies[a].parent) and p in agency_of and agency_of[p] != ident.iri
        )
        if stated:
            ident.parent, n = stated.most_common(1)[0]
            ident.parent_reason = f"stated in {n} notice{'s' if n > 1 else ''}"
            continue
        if ident.collective:
            continue
        level = "district" if ident.key.district else "province" if ident.key.province else ""
        if ident.kind in OWNED_KINDS and level == "province" and (owner := _owner_in_name(ident, by_key)):
            ident.parent = owner
            ident.parent_reason = f"its name says whose it is: {identities[owner].name}"
            continue
        template = PARENT_BY_KIND.get((ident.kind, level))
        if not template or not ident.province:
            continue
        prov_full = _unit_full("tỉnh", ident.province)
        dist_full = _unit_full("huyện", ident.district, ident.province) if ident.district else ""
        name = template.format(province=prov_full, district=dist_full)
        parent_district = ident.district if "{district}" in template else None
        pkey = agency_key(name, ident.province, parent_district)
        if pkey == ident.key:
            continue
        parent = by_key.get(pkey)
        if parent is None:
            parent = _unique(_AGENCY_BASE + slugify(name), used)
            identities[parent] = AgencyIdentity(
                parent,
                pkey,
                name,
                labels=[name],
                province=ident.province,
                district=parent_district,
                kind=agency_kind(name),
                implied=True,
            )
            by_key[pkey] = parent
        ident.parent = parent
        ident.parent_reason = f"a {ident.kind} of a {level} belongs to its UBND (lang/vi/hierarchy.py)"
    # implied parents may need parents of their own (UBND huyện -> UBND tỉnh)
    pending = [i for i in identities.values() if i.implied and i.parent is None]
    for ident in pending:
        if ident.key.district and ident.province:
            name = PARENT_BY_KIND[("ubnd", "district")].format(province=_unit_full("tỉnh", ident.province))
            pkey = agency_key(name, ident.province)
            parent = by_key.get(pkey)
            if parent is None:
                parent = _unique(_AGENCY_BASE + slugify(name), used)
                identities[parent] = AgencyIdentity(
                    parent, pkey, name, labels=[name], province=ident.province, kind="ubnd", implied=True
                )
                by_key[pkey] = parent
            ident.parent = parent
            ident.parent_reason = "a district's UBND belongs to the province's UBND (lang/vi/hierarchy.py)"


def _owner_in_name(ident: AgencyIdentity, by_key: dict[AgencyKey, str]) -> str | None:
    """The Sở a Phòng's name ends with ("Phòng Quản lý khoa học - Sở Khoa học và Công nghệ tỉnh X")."""
    words = ident.key.core.split()
    for i, w in enumerate(words[1:], start=1):
        if w in OWNER_HEADS:
            return by_key.get(AgencyKey(" ".join(words[i:]), ident.key.province, ""))
    return None


def _unique(iri: str, used: set[str]) -> str:
    out, n = iri, 2
    while out in used:
        out, n = f"{iri}-{n}", n + 1
    used.add(out)
    return out


# -- persons ----------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _P:
    """A person mention with what the rules look at."""

    m: PersonMention
    key: str
    loose: str
    date: dt.date | None
    place: str  # "p:<province key>", "a:<national agency IRI>" or "n:<notice IRI>"
    place_label: str
    posts: list[tuple[str, str | None, str]]  # (role key, canonical agency IRI or None, agency kind)


def _person_place(
    p: PersonMention, m: Mentions, res_agencies: dict[str, AgencyIdentity], agency_of: dict[str, str]
):
    provinces: dict[str, int] = {}
    national: list[str] = []
    labels: dict[str, str] = {}
    for post in p.posts:
        canon = agency_of.get(post.agency or "")
        if not canon:
            continue
        ident = res_agencies[canon]
        if ident.collective:
            continue
        if ident.key.province:
            provinces[ident.key.province] = provinces.get(ident.key.province, 0) + 1
            labels.setdefault(ident.key.province, ident.province or ident.key.province)
        elif ident.kind in NATIONAL_KINDS:
            national.append(canon)
    if provinces:
        key = max(provinces, key=provinces.__getitem__)  # the most posts; ties: the first stated
        return "p:" + key, labels[key]
    if national:
        return "a:" + national[0], res_agencies[national[0]].name
    info = m.notices.get(p.notice)
    if info and info.province:
        return "p:" + place_key(info.province), info.province
    if info and info.issuer and info.issuer in agency_of:
        issuer = res_agencies[agency_of[info.issuer]]
        return "a:" + issuer.iri, f"notices of {issuer.name}"
    return "n:" + p.notice, "unplaced"


class _PersonResolver:
    def __init__(self, m: Mentions, agencies: dict[str, AgencyIdentity], agency_of: dict[str, str]):
        self.m, self.agencies, self.agency_of = m, agencies, agency_of
        self.links: list[Link] = []
        self.c = _Clusters()
        self.ps: dict[str, _P] = {}
        # per cluster root: (role key, agency kind) -> [(date, agency IRI)] for the conflict check
        self.posts_of: dict[str, dict[tuple[str, str], list[tuple[dt.date, str]]]] = {}
        dates = {n: _date(info.date) for n, info in m.notices.items()}
        for p in m.persons.values():
            place, label = _person_place(p, m, agencies, agency_of)
            posts = []
            for post in p.posts:
                canon = agency_of.get(post.agency or "")
                kind = agencies[canon].kind if canon else ""
                posts.append((name_key(post.role), canon, kind))
            self.ps[p.iri] = _P(  # places and labels repeat: one copy each
                p,
                name_key(p.name),
                loose_key(p.name),
                dates.get(p.notice),
                sys.intern(place),
                sys.intern(label),
                posts,
            )
            self.c.add(p.iri)
            self.posts_of[p.iri] = self._index_posts(self.ps[p.iri])

    @staticmethod
    def _index_posts(p: _P) -> dict[tuple[str, str], list[tuple[dt.date, str]]]:
        out: dict[tuple[str, str], list[tuple[dt.date, str]]] = {}
        if p.date is None:
            return out
        for role, agency, kind in p.posts:
            if agency and kind and kind not in CONCURRENT_POST_KINDS:
                out.setdefault((role, kind), []).append((p.date, agency))
        return out

    def conflict(self, a: str, b: str) -> str | None:
        """Why the clusters of ``a`` and ``b`` cannot be one person (posts held at the same time)."""
        pa, pb = self.posts_of[self.c.find(a)], self.posts_of[self.c.find(b)]
        if len(pa) > len(pb):
            pa, pb = pb, pa
        for slot, held in pa.items():
            other = pb.get(slot)
            if not other:
                continue
            for d1, ag1 in held:
                for d2, ag2 in other:
                    if ag1 != ag2 and abs((d1 - d2).days) <= CONCURRENT_POST_DAYS:
                        role = slot[0]
                        return (
                            f"both hold the post '{role}' in two different bodies within "
                            f"{abs((d1 - d2).days)} days: {self.agencies[ag1].name} / {self.agencies[ag2].name}"
                        )
        return None

    def try_union(self, a: str, b: str, rule: str, reason: str, *, check_posts: bool = True) -> bool:
        if self.c.find(a) == self.c.find(b):
            return True
        if self.c.forbidden(a, b):
            self.links.append(Link(a, b, "P0", "an analyst said these are different (ketluan split)", False))
            return False
        if check_posts and (why := self.conflict(a, b)):
            self.links.append(Link(a, b, rule, why, False))
            return False
        ra, rb = self.c.find(a), self.c.find(b)
        root = self.c.union(a, b)
        merged = self.posts_of.pop(rb if root == ra else ra)
        for slot, held in merged.items():
            self.posts_of[root].setdefault(slot, []).extend(held)
        self.links.append(Link(a, b, rule, reason))
        return True

    def run(self, judgements: list[Judgement]) -> None:
        known = self.c.parent
        for j in judgements:
            if j.kind == "different" and j.left in known and j.right in known:
                self.c.forbid(j.left, j.right)
        for j in judgements:
            if j.kind == "same" and j.left in known and j.right in known:
                note = f": {j.note}" if j.note else ""
                self.try_union(
                    j.left, j.right, "P0", f"an analyst said these are the same{note}", check_posts=False
                )
        order = sorted(self.ps.values(), key=lambda p: (p.date or dt.date.max, p.m.iri))
        # P1: same name, same place
        groups: dict[tuple[str, str], list[_P]] = defaultdict(list)
        for p in order:
            groups[(p.key, p.place)].append(p)
        for (_, place), group in groups.items():
            if place.startswith("n:"):
                continue  # nothing places these mentions: each stays alone unless P2/P3 link it
            self._greedy(group)
        # P2: same name, other places, same body
        by_name: dict[str, list[_P]] = defaultdict(list)
        for p in order:
            by_name[p.key].append(p)
        for group in by_name.values():
            seen: dict[str, str] = {}
            for p in group:
                for _, agency, _ in p.posts:
                    if agency is None:
                        continue
                    if agency in seen and self.c.find(seen[agency]) != self.c.find(p.m.iri):
                        self.try_union(
                            seen[agency],
                            p.m.iri,
                            "P2",
                            f"same name, both hold a post in {self.agencies[agency].name}",
                        )
                    seen.setdefault(agency, p.m.iri)
        # P3: spelling variants inside one notice
        by_notice_loose: dict[tuple[str, str], list[_P]] = defaultdict(list)
        for p in order:
            by_notice_loose[(p.m.notice, p.loose)].append(p)
        for group in by_notice_loose.values():
            keys = {p.key for p in group}
            if len(keys) < 2:
                continue
            first = group[0]
            for p in group[1:]:
                if p.key != first.key and not self._posts_disagree(first, p):
                    self.try_union(
                        first.m.iri,
                        p.m.iri,
                        "P3",
                        f"spelling variant inside one notice: '{first.m.name}' / '{p.m.name}'",
                    )
        # P4: spelling variants holding the same title in the same body
        holders: dict[tuple[str, str], list[_P]] = defaultdict(list)
        for p in order:
            for role, agency, _ in p.posts:
                if agency:
                    holders[(role, agency)].append(p)
        for (role, agency), group in holders.items():
            reps: list[_P] = []
            for p in group:
                for r in reps:
                    if r.key == p.key or self.c.find(r.m.iri) == self.c.find(p.m.iri):
                        continue
                    if _variant(r, p):
                        self.try_union(
                            r.m.iri,
                            p.m.iri,
                            "P4",
                            f"spelling variant '{r.m.name}' / '{p.m.name}', both {role} of "
                            f"{self.agencies[agency].name}",
                        )
                if all(r.key != p.key for r in reps):
                    reps.append(p)

    @staticmethod
    def _posts_disagree(a: _P, b: _P) -> bool:
        sa = {(r, ag) for r, ag, _ in a.posts if ag}
        sb = {(r, ag) for r, ag, _ in b.posts if ag}
        return bool(sa and sb and not sa & sb)

    def _greedy(self, group: list[_P]) -> None:
        """Join each mention to the first compatible cluster of its name and place (P1)."""
        clusters: list[str] = []  # representatives, most recently grown first
        for p in group:
            agencies = {ag for _, ag, _ in p.posts if ag}
            cands = sorted(
                clusters,
                key=lambda r: (
                    not agencies
                    & {ag for (_, _), held in self.posts_of[self.c.find(r)].items() for _, ag in held}
                ),
            )[:MAX_CANDIDATES]
            joined = False
            for rep in cands:
                if self.try_union(rep, p.m.iri, "P1", f"same name and same place ({p.place_label})"):
                    joined = True
                    clusters.remove(rep)
                    clusters.insert(0, rep)
                    break
            if not joined:
                clusters.insert(0, p.m.iri)


def _variant(a: _P, b: _P) -> bool:
    """Same letters once diacritics are stripped, or one letter apart, with the same surname and length."""
    if a.loose == b.loose:
        return True
    wa, wb = a.loose.split(), b.loose.split()
    return len(wa) == len(wb) and wa[0] == wb[0] and Levenshtein.distance(a.loose, b.loose) <= 1


def _person_identities(
    r: _PersonResolver, agencies: dict[str, AgencyIdentity]
) -> tuple[dict[str, PersonIdentity], dict[str, str]]:
    m = r.m
    clusters: dict[str, list[str]] = defaultdict(list)
    for iri in r.ps:
        clusters[r.c.find(iri)].append(iri)
    out: dict[str, PersonIdentity] = {}
    person_of: dict[str, str] = {}
    used: set[str] = set()

    def first_seen(members: list[str]) -> tuple:
        ps = [r.ps[x] for x in members]
        return min((p.date or dt.date.max, p.m.iri) for p in ps)

    for members in sorted(clusters.values(), key=first_seen):
        ps = sorted((r.ps[x] for x in members), key=lambda p: (p.date or dt.date.max, p.m.iri))
        name = _best_name(p.m.name for p in ps)
        places = Counter(p.place for p in ps if not p.place.startswith("n:"))
        place = places.most_common(1)[0][0] if places else ps[0].place
        label = next(p.place_label for p in ps if p.place == place)
        if place.startswith("p:"):
            where = slugify(label) or "x"
        elif place.startswith("a:"):
            where = "vn"
        else:
            where = "notice-" + place.rsplit("/", 1)[-1]
        iri = _unique(f"{_PERSON_BASE}{where}/{slugify(name) or 'x'}", used)
        ident = PersonIdentity(
            iri,
            name,
            members=[p.m.iri for p in ps],
            labels=list(dict.fromkeys(p.m.name for p in ps)),
            place=label,
            notices=list(dict.fromkeys(p.m.notice for p in ps)),
        )
        posts: dict[tuple[str, str | None], PostHeld] = {}
        for p in ps:
            for post in p.m.posts:
                canon = r.agency_of.get(post.agency or "")
                held = posts.setdefault((post.role_iri, canon), PostHeld(post.role, post.role_iri, canon))
                held.sources.append(post.iri)
                if p.m.notice not in held.notices:
                    held.notices.append(p.m.notice)
                    if d := m.date_of(p.m.notice):
                        held.dates.append(d)
        ident.posts = sorted(posts.values(), key=lambda h: (min(h.dates) if h.dates else "9999", h.role))
        out[iri] = ident
        for x in ident.members:
            person_of[x] = iri
    return out, person_of


def resolve(mentions: Mentions, judgements: Iterable[Judgement] = ()) -> Resolution:
    """Resolve every agency and person mention into identities (see the module docstring for the rules)."""
    links: list[Link] = []
    agencies, agency_of = _resolve_agencies(mentions, links)
    judgements = list(judgements)
    # an analyst's judgement on agencies: same -> merge the two identities; different is advisory only,
    # since agencies are merged by key (a "different" pair with the same key is reported by explain)
    for j in judgements:
        if j.kind == "same" and j.left in agency_of and j.right in agency_of:
            _merge_agency_identities(agencies, agency_of, agency_of[j.left], agency_of[j.right], links, j)
    pr = _PersonResolver(mentions, agencies, agency_of)
    pr.run(judgements)
    links.extend(pr.links)
    persons, person_of = _person_identities(pr, agencies)
    return Resolution(agencies, agency_of, persons, person_of, links, mentions)


def _merge_agency_identities(
    agencies: dict[str, AgencyIdentity],
    agency_of: dict[str, str],
    keep: str,
    drop: str,
    links: list[Link],
    j: Judgement,
) -> None:
    if keep == drop:
        return
    a, b = agencies[keep], agencies.pop(drop)
    a.members.extend(b.members)
    a.labels.extend(x for x in b.labels if x not in a.labels)
    a.notices.extend(x for x in b.notices if x not in a.notices)
    for x in b.members:
        agency_of[x] = keep
    for ident in agencies.values():
        if ident.parent == drop:
            ident.parent = keep
    note = f": {j.note}" if j.note else ""
    links.append(Link(j.left, j.right, "P0", f"an analyst said these are the same{note}"))
