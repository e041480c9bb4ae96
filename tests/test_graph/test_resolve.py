"""Entity resolution rules (ketluan.graph.resolve) on small hand-made mention sets.

Each case builds the records `ketluan.graph.mentions.read_mentions` would read from notices: a notice with
its date and province, the persons it names and the posts it states. The cross-notice fixtures in
tests/data/resolution run the same code end to end (test_resolution_fixtures.py).
"""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL

from ketluan.graph.judgements import Judgement
from ketluan.graph.mentions import AgencyMention, Mentions, NoticeInfo, PersonMention, PostMention
from ketluan.graph.resolve import agency_key, resolve, split_locality
from ketluan.graph.resolved_rdf import resolution_quads
from ketluan.ingest.to_rdf import role_iri

pytestmark = pytest.mark.issue(3)

KLI = "https://w3id.org/ketluan/id/"


class Corpus:
    """Builds a `Mentions` the way notices would state things."""

    def __init__(self) -> None:
        self.m = Mentions({}, {}, {})

    def notice(self, slug: str, date: str, province: str | None) -> str:
        iri = f"{KLI}notice/{slug}"
        self.m.notices[iri] = NoticeInfo(iri, f"{slug}.txt", date, province)
        return iri

    def agency(self, notice: str, name: str, province: str | None = None, district: str | None = None) -> str:
        slug = notice.rsplit("/", 1)[-1]
        iri = f"{KLI}agency/{slug}/{len(self.m.agencies)}"
        self.m.agencies[iri] = AgencyMention(iri, notice, name, province=province, district=district)
        return iri

    def person(self, notice: str, name: str, *posts: tuple[str, str | None]) -> str:
        slug = notice.rsplit("/", 1)[-1]
        iri = f"{KLI}person/{slug}/{len(self.m.persons)}"
        p = PersonMention(iri, notice, name)
        for i, (role, agency) in enumerate(posts):
            p.posts.append(PostMention(f"{iri}/ms{i}", role, str(role_iri(role)), agency))
        self.m.persons[iri] = p
        return iri


def same(res, a: str, b: str) -> bool:
    return res.person_of[a] == res.person_of[b]


# -- agencies ---------------------------------------------------------------------------------------------

# fmt: off
SAME_BODY = [
    (("Sở Khoa học và Công nghệ tỉnh Vĩnh Long", None, None), ("Sở Khoa học và Công nghệ", "Vĩnh Long", None)),
    (("Sở Khoa học và Công nghệ tỉnh Vĩnh Long", None, None), ("Sở Khoa học & Công nghệ", "Vĩnh Long", None)),
    (("Phòng Kinh tế - Hạ tầng huyện Long Hồ", "Vĩnh Long", None), ("Phòng Kinh tế và Hạ tầng", "Vĩnh Long", "Long Hồ")),
    (("Ủy ban nhân dân tỉnh Khánh Hoà", None, None), ("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", None, None)),
    (("Phòng Lao động - Thương binh và Xã hội huyện Mang Thít", "Vĩnh Long", None),
     ("Phòng Lao động, Thương binh và Xã hội", "Vĩnh Long", "Mang Thít")),
]
DIFFERENT_BODIES = [
    (("Sở Tài chính tỉnh Bến Tre", None, None), ("Sở Tài chính tỉnh Sóc Trăng", None, None)),
    (("Ủy ban nhân dân huyện Long Hồ", "Vĩnh Long", None), ("Ủy ban nhân dân tỉnh Vĩnh Long", None, None)),
    (("Ủy ban nhân dân huyện", "Vĩnh Long", None), ("Ủy ban nhân dân tỉnh Vĩnh Long", None, None)),
    (("Phòng Quản lý đô thị thành phố Vĩnh Long", "Vĩnh Long", None), ("Phòng Quản lý đô thị", "Vĩnh Long", None)),
    (("Sở Tài chính", "Vĩnh Long", None), ("Sở Tài nguyên và Môi trường", "Vĩnh Long", None)),
]
# fmt: on


@pytest.mark.parametrize(("a", "b"), SAME_BODY)
def test_resolve_agency_key_same_body(a, b):
    assert agency_key(*a) == agency_key(*b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT_BODIES)
def test_resolve_agency_key_different_bodies(a, b):
    assert agency_key(*a) != agency_key(*b)


def test_resolve_split_locality_keeps_xa_hoi_and_bare_units():
    assert split_locality("Phòng Lao động - Thương binh và Xã hội huyện Trà Ôn") == (
        "Phòng Lao động - Thương binh và Xã hội",
        [("huyện", "Trà Ôn")],
    )
    assert split_locality("Ủy ban nhân dân huyện") == ("Ủy ban nhân dân huyện", [])
    assert split_locality("Ủy ban nhân dân huyện Long Hồ, tỉnh Vĩnh Long")[1] == [
        ("huyện", "Long Hồ,"),
        ("tỉnh", "Vĩnh Long"),
    ]


def test_resolve_agencies_across_notices_and_implied_parents():
    c = Corpus()
    n1 = c.notice("n1", "2019-03-08", "Vĩnh Long")
    n2 = c.notice("n2", "2021-04-16", "Vĩnh Long")
    a1 = c.agency(n1, "Sở Khoa học và Công nghệ tỉnh Vĩnh Long", "Vĩnh Long")
    a2 = c.agency(n2, "Sở Khoa học và Công nghệ", "Vĩnh Long")
    phong = c.agency(n2, "Phòng Kinh tế và Hạ tầng huyện Long Hồ", "Vĩnh Long", "Long Hồ")
    res = resolve(c.m)
    assert res.agency_of[a1] == res.agency_of[a2]
    sokhcn = res.agencies[res.agency_of[a1]]
    assert sokhcn.name == "Sở Khoa học và Công nghệ tỉnh Vĩnh Long"
    assert set(sokhcn.labels) == {"Sở Khoa học và Công nghệ tỉnh Vĩnh Long", "Sở Khoa học và Công nghệ"}
    # Sở -> UBND tỉnh; Phòng of a district -> UBND huyện -> UBND tỉnh (the UBND named by no notice: implied)
    ubnd_tinh = res.agencies[sokhcn.parent]
    assert (ubnd_tinh.name, ubnd_tinh.implied) == ("Ủy ban nhân dân tỉnh Vĩnh Long", True)
    ubnd_huyen = res.agencies[res.agencies[res.agency_of[phong]].parent]
    assert ubnd_huyen.name == "Ủy ban nhân dân huyện Long Hồ"
    assert ubnd_huyen.parent == ubnd_tinh.iri


def test_resolve_agency_parent_stated_in_a_notice_wins():
    c = Corpus()
    n1 = c.notice("n1", "2019-03-08", "Vĩnh Long")
    so = c.agency(n1, "Sở Khoa học và Công nghệ tỉnh Vĩnh Long", "Vĩnh Long")
    chicuc = c.agency(n1, "Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Vĩnh Long", "Vĩnh Long")
    c.m.agencies[chicuc].parent = so
    res = resolve(c.m)
    ident = res.agencies[res.agency_of[chicuc]]
    assert ident.parent == res.agency_of[so]
    assert ident.parent_reason == "stated in 1 notice"


# -- persons ----------------------------------------------------------------------------------------------


def test_resolve_tone_spellings_in_one_province_are_one_person():
    c = Corpus()
    n1, n2 = c.notice("n1", "2019-03-08", "Vĩnh Long"), c.notice("n2", "2021-04-16", "Vĩnh Long")
    a = c.person(n1, "Trần Thị Bích Hoà")
    b = c.person(n2, "Trần Thị Bích Hòa")
    res = resolve(c.m)
    assert same(res, a, b)
    ident = res.persons[res.person_of[a]]
    assert ident.iri == f"{KLI}person/resolved/vinh-long/tran-thi-bich-hoa"
    assert set(ident.labels) == {"Trần Thị Bích Hoà", "Trần Thị Bích Hòa"}
    assert any(lk.rule == "P1" and lk.merged for lk in res.links)


def test_resolve_namesakes_in_other_provinces_stay_apart():
    c = Corpus()
    bt, st = c.notice("bt", "2017-05-19", "Bến Tre"), c.notice("st", "2021-09-10", "Sóc Trăng")
    a = c.person(bt, "Nguyễn Văn Thành", ("Giám đốc", c.agency(bt, "Sở Tài chính tỉnh Bến Tre", "Bến Tre")))
    b = c.person(
        st, "Nguyễn Văn Thành", ("Phó Chủ tịch", c.agency(st, "Ủy ban nhân dân huyện Mỹ Tú", "Sóc Trăng"))
    )
    res = resolve(c.m)
    assert not same(res, a, b)
    assert res.person_of[a].endswith("/ben-tre/nguyen-van-thanh")
    assert res.person_of[b].endswith("/soc-trang/nguyen-van-thanh")


def test_resolve_a_post_in_one_body_links_two_provinces():
    """P2: a central official seen in two provinces' notices, both times as Thứ trưởng of the same Bộ."""
    c = Corpus()
    n1, n2 = c.notice("n1", "2019-03-08", "Vĩnh Long"), c.notice("n2", "2019-10-01", "Bến Tre")
    a = c.person(n1, "Lê Xuân Định", ("Thứ trưởng", c.agency(n1, "Bộ Khoa học và Công nghệ")))
    b = c.person(n2, "Lê Xuân Định", ("Thứ trưởng", c.agency(n2, "Bộ Khoa học và Công nghệ")))
    res = resolve(c.m)
    assert same(res, a, b)
    assert res.person_of[a].endswith("/vn/le-xuan-dinh")


def test_resolve_same_name_two_concurrent_heads_are_two_people():
    c = Corpus()
    n1, n2 = c.notice("n1", "2020-03-02", "Vĩnh Long"), c.notice("n2", "2020-03-20", "Vĩnh Long")
    a = c.person(
        n1, "Nguyễn Văn Hùng", ("Giám đốc", c.agency(n1, "Sở Tài chính tỉnh Vĩnh Long", "Vĩnh Long"))
    )
    b = c.person(n2, "Nguyễn Văn Hùng", ("Giám đốc", c.agency(n2, "Sở Xây dựng tỉnh Vĩnh Long", "Vĩnh Long")))
    res = resolve(c.m)
    assert not same(res, a, b)
    refused = [lk for lk in res.links if not lk.merged]
    assert refused and "Giám đốc" in refused[0].reason or "giám đốc" in refused[0].reason


def test_resolve_a_transfer_years_later_is_the_same_person():
    c = Corpus()
    n1, n2 = c.notice("n1", "2016-03-02", "Vĩnh Long"), c.notice("n2", "2021-03-20", "Vĩnh Long")
    a = c.person(
        n1, "Nguyễn Văn Hùng", ("Giám đốc", c.agency(n1, "Sở Tài chính tỉnh Vĩnh Long", "Vĩnh Long"))
    )
    b = c.person(n2, "Nguyễn Văn Hùng", ("Giám đốc", c.agency(n2, "Sở Xây dựng tỉnh Vĩnh Long", "Vĩnh Long")))
    assert same(resolve(c.m), a, b)


def test_resolve_a_mention_joins_the_namesake_that_shares_its_body():
    """Two same-named Giám đốc of two Sở at once, then a third mention naming one of the Sở."""
    c = Corpus()
    ns = [c.notice(f"n{i}", d, "Vĩnh Long") for i, d in enumerate(["2020-03-02", "2020-03-05", "2020-04-01"])]
    tc = c.agency(ns[0], "Sở Tài chính tỉnh Vĩnh Long", "Vĩnh Long")
    xd = c.agency(ns[1], "Sở Xây dựng tỉnh Vĩnh Long", "Vĩnh Long")
    xd2 = c.agency(ns[2], "Sở Xây dựng", "Vĩnh Long")
    a = c.person(ns[0], "Nguyễn Văn Hùng", ("Giám đốc", tc))
    b = c.person(ns[1], "Nguyễn Văn Hùng", ("Giám đốc", xd))
    d = c.person(ns[2], "Nguyễn Văn Hùng", ("Giám đốc", xd2))
    res = resolve(c.m)
    assert same(res, b, d) and not same(res, a, d)


def test_resolve_typo_inside_one_notice_is_merged():
    c = Corpus()
    n = c.notice("n", "2019-03-08", "Vĩnh Long")
    cc = c.agency(n, "Chi cục Tiêu chuẩn Đo lường Chất lượng", "Vĩnh Long")
    a = c.person(n, "Lê Minh Quân", ("Chi cục trưởng", cc))
    b = c.person(n, "Lê Minh Quán")
    res = resolve(c.m)
    assert same(res, a, b)
    assert res.persons[res.person_of[a]].name in {"Lê Minh Quân", "Lê Minh Quán"}
    assert any(lk.rule == "P3" for lk in res.links)


def test_resolve_close_spellings_with_different_posts_in_one_notice_stay_apart():
    c = Corpus()
    n = c.notice("n", "2019-03-08", "Vĩnh Long")
    a = c.person(
        n, "Nguyễn Văn Tâm", ("Trưởng phòng", c.agency(n, "Phòng Kinh tế huyện Trà Ôn", "Vĩnh Long"))
    )
    b = c.person(n, "Nguyễn Văn Tám", ("Trưởng phòng", c.agency(n, "Phòng Nội vụ huyện Trà Ôn", "Vĩnh Long")))
    assert not same(resolve(c.m), a, b)


def test_resolve_one_letter_variant_in_the_same_post_is_merged():
    c = Corpus()
    n1, n2 = c.notice("n1", "2019-03-08", "Vĩnh Long"), c.notice("n2", "2019-06-08", "Vĩnh Long")
    a = c.person(
        n1, "Phạm Văn Thành", ("Chánh Văn phòng", c.agency(n1, "Văn phòng Sở Tài chính", "Vĩnh Long"))
    )
    b = c.person(
        n2, "Phạm Văn Thàng", ("Chánh Văn phòng", c.agency(n2, "Văn phòng Sở Tài chính", "Vĩnh Long"))
    )
    x = c.person(n2, "Phạm Văn Thanh")  # no post: different spelling, nothing links it
    res = resolve(c.m)
    assert same(res, a, b)
    assert not same(res, a, x)


def test_resolve_unplaced_mentions_are_not_merged():
    c = Corpus()
    n1, n2 = c.notice("n1", "2019-03-08", None), c.notice("n2", "2019-06-08", None)
    a, b = c.person(n1, "Trần Văn Hùng"), c.person(n2, "Trần Văn Hùng")
    res = resolve(c.m)
    assert not same(res, a, b)
    assert "/notice-n1/" in res.person_of[a]


# -- judgements ---------------------------------------------------------------------------------------------


def test_resolve_split_judgement_beats_the_province_rule():
    c = Corpus()
    n1, n2 = c.notice("n1", "2019-03-08", "Vĩnh Long"), c.notice("n2", "2021-04-16", "Vĩnh Long")
    a, b = c.person(n1, "Trần Văn Hùng"), c.person(n2, "Trần Văn Hùng")
    assert same(resolve(c.m), a, b)
    res = resolve(c.m, [Judgement("different", a, b, "two men, one name")])
    assert not same(res, a, b)
    assert any(lk.rule == "P0" and not lk.merged for lk in res.links)


def test_resolve_merge_judgement_links_provinces():
    c = Corpus()
    n1, n2 = c.notice("n1", "2015-03-08", "Trà Vinh"), c.notice("n2", "2021-04-16", "Vĩnh Long")
    a, b = c.person(n1, "Trần Văn Hùng"), c.person(n2, "Trần Văn Hùng")
    assert not same(resolve(c.m), a, b)
    assert same(resolve(c.m, [Judgement("same", a, b, "rotated to Vĩnh Long")]), a, b)


def test_resolve_split_holds_through_a_chain():
    """a~b and b~c by the province rule, but an analyst split a and c: c must not end up with a."""
    c = Corpus()
    ns = [c.notice(f"n{i}", f"20{18 + i}-01-01", "Vĩnh Long") for i in range(3)]
    a, b, d = (c.person(n, "Trần Văn Hùng") for n in ns)
    res = resolve(c.m, [Judgement("different", a, d)])
    assert not same(res, a, d)


# -- posts over time and RDF ---------------------------------------------------------------------------------


def promotion() -> tuple[Corpus, str]:
    c = Corpus()
    dates = ["2018-03-28", "2019-07-22", "2021-04-16", "2023-06-23"]
    roles = ["Phó Giám đốc", "Phó Giám đốc", "Giám đốc", "Giám đốc"]
    first = ""
    for i, (d, role) in enumerate(zip(dates, roles, strict=True)):
        n = c.notice(f"n{i}", d, "Vĩnh Long")
        so = c.agency(n, "Sở Khoa học và Công nghệ tỉnh Vĩnh Long", "Vĩnh Long")
        p = c.person(n, "Trần Thị Bích Hoà" if i % 2 else "Trần Thị Bích Hòa", (role, so))
        first = first or p
    return c, first


def test_resolve_promotion_is_two_posts_in_sequence():
    c, p = promotion()
    res = resolve(c.m)
    ident = res.persons[res.person_of[p]]
    assert [(h.role, min(h.dates), max(h.dates)) for h in ident.posts] == [
        ("Phó Giám đốc", "2018-03-28", "2019-07-22"),
        ("Giám đốc", "2021-04-16", "2023-06-23"),
    ]
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in resolution_quads(res)]
    g = Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    rows = list(
        g.query(
            """PREFIX org: <http://www.w3.org/ns/org#> PREFIX time: <http://www.w3.org/2006/time#>
               PREFIX schema: <http://schema.org/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
               SELECT ?role ?start ?end ?next WHERE {
                 ?ms org:member ?p ; org:role ?role ; schema:startDate ?start ; schema:endDate ?end ;
                     org:memberDuring ?i .
                 ?i time:hasBeginning/time:inXSDDate ?start .
                 OPTIONAL { ?i time:intervalBefore ?next }
               } ORDER BY ?start"""
        )
    )
    assert [str(r[0]) for r in rows] == [str(role_iri("Phó Giám đốc")), str(role_iri("Giám đốc"))]
    assert rows[0][3] is not None and rows[1][3] is None
    members = set(g.subjects(OWL.sameAs, URIRef(ident.iri)))
    assert len(members) == 4


def test_resolve_is_independent_of_input_order():
    c, _ = promotion()
    n = c.notice("x", "2020-01-01", "Bến Tre")
    c.person(n, "Trần Thị Bích Hòa")
    baseline = set(resolution_quads(resolve(c.m)))
    for seed in range(3):
        shuffled = Mentions(
            dict(random.Random(seed).sample(list(c.m.notices.items()), len(c.m.notices))),
            dict(random.Random(seed).sample(list(c.m.agencies.items()), len(c.m.agencies))),
            dict(random.Random(seed).sample(list(c.m.persons.items()), len(c.m.persons))),
        )
        assert set(resolution_quads(resolve(shuffled))) == baseline


def test_resolve_a_bare_phong_belongs_to_the_so_that_issues_its_notices():
    c = Corpus()
    n1, n2 = c.notice("n1", "2019-01-01", "Vĩnh Long"), c.notice("n2", "2020-01-01", "Vĩnh Long")
    for n in (n1, n2):
        c.m.notices[n].issuer = c.agency(n, "Sở Khoa học và Công nghệ tỉnh Vĩnh Long", "Vĩnh Long")
    ph = [c.agency(n, "Phòng Quản lý khoa học", "Vĩnh Long") for n in (n1, n2)]
    res = resolve(c.m)
    phong = res.agencies[res.agency_of[ph[0]]]
    assert res.agency_of[ph[1]] == phong.iri
    assert phong.name == "Phòng Quản lý khoa học - Sở Khoa học và Công nghệ tỉnh Vĩnh Long"
    assert res.agencies[phong.parent].name == "Sở Khoa học và Công nghệ tỉnh Vĩnh Long"
    # and the Sở belongs to the UBND tỉnh: Phòng -> Sở -> UBND tỉnh
    assert res.agencies[res.agencies[phong.parent].parent].name == "Ủy ban nhân dân tỉnh Vĩnh Long"


def test_resolve_bare_phong_of_the_same_name_in_two_so_are_two_bodies():
    c = Corpus()
    n1, n2 = c.notice("n1", "2019-01-01", "Vĩnh Long"), c.notice("n2", "2020-01-01", "Vĩnh Long")
    c.m.notices[n1].issuer = c.agency(n1, "Sở Khoa học và Công nghệ tỉnh Vĩnh Long", "Vĩnh Long")
    c.m.notices[n2].issuer = c.agency(n2, "Sở Tài chính tỉnh Vĩnh Long", "Vĩnh Long")
    ph = [c.agency(n, "Phòng Kế hoạch - Tài chính", "Vĩnh Long") for n in (n1, n2)]
    res = resolve(c.m)
    a, b = (res.agencies[res.agency_of[x]] for x in ph)
    assert a.iri != b.iri
    assert {res.agencies[a.parent].name, res.agencies[b.parent].name} == {
        "Sở Khoa học và Công nghệ tỉnh Vĩnh Long",
        "Sở Tài chính tỉnh Vĩnh Long",
    }
