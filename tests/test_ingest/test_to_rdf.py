"""ketluan.ingest.to_rdf: records -> quads, as docs/model.md specifies."""

from __future__ import annotations

import hashlib
import unicodedata

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD

from ketluan.ingest import records as r
from ketluan.ingest.to_rdf import (
    KL,
    KLI,
    KLT,
    OA,
    SCHEMA,
    notice_iri,
    notice_to_nquads,
    notice_to_ox_quads,
    notice_to_quads,
    role_iri,
    slugify,
)

TEXT = (
    "SỞ KHOA HỌC VÀ CÔNG NGHỆ\n"
    "Số: 12/TB-SKHCN\n"
    "THÔNG BÁO Kết luận của Phó Giám đốc Nguyễn Thanh Phong tại cuộc họp giao ban\n"
    "Ngày 25/01/2018, tại Hội trường Sở, ông Nguyễn Thanh Phong, P. Giám đốc Sở KH&CN chủ trì. "
    "Vắng: UBND huyện Long Hồ.\n"
    "1. Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm định, hiệu chuẩn phương tiện đo trước ngày 30/6/2019.\n"
    "2. Các huyện, thị xã, thành phố báo cáo trong tháng 02/2018.\n"
    "3. Phòng Quản lý khoa học hoàn thành trong năm 2021.\n"
)


def _span(needle: str, nth: int = 0) -> r.Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return r.Span(start, start + len(needle))


def make_notice(source_file: str = "000_Thông báo kết luận.txt") -> r.Notice:
    text = unicodedata.normalize("NFC", TEXT)
    n = r.Notice(
        source_file=source_file,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        text=text,
        title="Thông báo Kết luận của Phó Giám đốc Nguyễn Thanh Phong",
        title_span=_span("THÔNG BÁO Kết luận"),
        document_number="Số: 12/TB-SKHCN",
        issued_on="2018-01-26",
        issuer="so-khcn",
        signer="nguyen-thanh-phong",
        recipients=["chi-cuc", "ubnd-long-ho"],
        province="Vĩnh Long",
    )
    n.persons["nguyen-thanh-phong"] = r.Person(
        "nguyen-thanh-phong",
        "Nguyễn Thanh Phong",
        surfaces=["Nguyễn Thanh Phong", "ông Nguyễn Thanh Phong"],
        spans=[_span("Nguyễn Thanh Phong"), _span("Nguyễn Thanh Phong", 1)],
        honorific="ông",
    )
    n.agencies["so-khcn"] = r.Agency(
        "so-khcn",
        "Sở Khoa học và Công nghệ tỉnh Vĩnh Long",
        "so",
        surfaces=["Sở KH&CN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
        spans=[_span("Sở KH&CN"), _span("SỞ KHOA HỌC VÀ CÔNG NGHỆ")],
        province="Vĩnh Long",
    )
    n.agencies["chi-cuc"] = r.Agency(
        "chi-cuc",
        "Chi cục Tiêu chuẩn Đo lường Chất lượng",
        "chicuc",
        surfaces=["Chi cục Tiêu chuẩn Đo lường Chất lượng"],
        spans=[_span("Chi cục Tiêu chuẩn Đo lường Chất lượng")],
        parent="so-khcn",
    )
    n.agencies["ubnd-long-ho"] = r.Agency(
        "ubnd-long-ho",
        "Ủy ban nhân dân huyện Long Hồ",
        "ubnd",
        surfaces=["UBND huyện Long Hồ"],
        spans=[_span("UBND huyện Long Hồ")],
        district="Long Hồ",
    )
    n.agencies["cac-huyen"] = r.Agency(
        "cac-huyen",
        "Các huyện, thị xã, thành phố",
        "collective",
        surfaces=["Các huyện, thị xã, thành phố"],
        spans=[_span("Các huyện, thị xã, thành phố")],
        collective=True,
    )
    n.agencies["phong-qlkh"] = r.Agency(
        "phong-qlkh",
        "Phòng Quản lý khoa học",
        "phong",
        spans=[_span("Phòng Quản lý khoa học")],
        parent="so-khcn",
    )
    n.meeting = r.Meeting(
        held_on="2018-01-25",
        held_on_span=_span("Ngày 25/01/2018"),
        location="Hội trường Sở",
        location_span=_span("Hội trường Sở"),
        organizers=["so-khcn"],
        chairs=["nguyen-thanh-phong"],
        participants=["nguyen-thanh-phong"],
        participating_agencies=["so-khcn"],
        absent_agencies=["ubnd-long-ho"],
        province="Vĩnh Long",
        span=_span("Ngày 25/01/2018, tại Hội trường Sở"),
    )
    n.posts.append(
        r.Post("nguyen-thanh-phong", "Phó Giám đốc", "P. Giám đốc", "so-khcn", _span("P. Giám đốc Sở KH&CN"))
    )
    n.directives = [
        r.Directive(
            "Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm định, hiệu chuẩn phương tiện đo trước ngày 30/6/2019.",
            _span(
                "Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm định, hiệu chuẩn phương tiện đo trước ngày 30/6/2019."
            ),
            assignees=["chi-cuc"],
            supports=["so-khcn"],
            topics=["metrology"],
            due=r.Deadline("2019-06-30", "date", _span("trước ngày 30/6/2019")),
        ),
        r.Directive(
            "Các huyện, thị xã, thành phố báo cáo trong tháng 02/2018.",
            _span("Các huyện, thị xã, thành phố báo cáo trong tháng 02/2018."),
            assignees=["cac-huyen", "nguyen-thanh-phong"],
            topics=["reporting"],
            due=r.Deadline("2018-02", "gYearMonth", _span("trong tháng 02/2018")),
        ),
        r.Directive(
            "Phòng Quản lý khoa học hoàn thành trong năm 2021.",
            _span("Phòng Quản lý khoa học hoàn thành trong năm 2021."),
            assignees=["phong-qlkh"],
            due=r.Deadline("2021", "gYear", _span("trong năm 2021")),
        ),
    ]
    return n


@pytest.fixture(scope="module")
def notice() -> r.Notice:
    return make_notice()


@pytest.fixture(scope="module")
def ds(notice: r.Notice) -> Dataset:
    d = Dataset()
    for q in notice_to_quads(notice):
        d.add(q)
    return d


@pytest.fixture(scope="module")
def g(ds: Dataset, notice: r.Notice):
    return ds.graph(notice_iri(notice.source_file))


def _node(g, cls: URIRef) -> list[URIRef]:
    return sorted(g.subjects(RDF.type, cls))


# fmt: off
SLUGS = [
    ("000_75893db409298154", "000-75893db409298154"),
    ("Sở Khoa học và Công nghệ", "so-khoa-hoc-va-cong-nghe"),
    ("ĐẮK LẮK – Đồng Tháp", "dak-lak-dong-thap"),
    ("Phó Giám đốc", "pho-giam-doc"),
]
# fmt: on


@pytest.mark.parametrize("text,slug", SLUGS)
def test_to_rdf_slugify_is_ascii(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_to_rdf_notice_iri_from_file_stem() -> None:
    assert notice_iri("000_75893db409298154.txt") == KLI["notice/000-75893db409298154"]
    assert notice_iri("a/b/Thông báo số 1.docx") == KLI["notice/thong-bao-so-1"]


def test_to_rdf_all_quads_in_the_notice_graph(notice: r.Notice) -> None:
    quads = notice_to_quads(notice)
    assert quads
    assert {q[3] for q in quads} == {notice_iri(notice.source_file)}


def test_to_rdf_is_deterministic(notice: r.Notice) -> None:
    assert notice_to_quads(notice) == notice_to_quads(make_notice())


# fmt: off
CLASSES = [
    (KL.Notice, [PROV.Entity, SCHEMA.DigitalDocument], 1),
    (KL.Meeting, [SCHEMA.Event, PROV.Activity], 1),
    (KL.Person, [FOAF.Person, SCHEMA.Person], 1),
    (KL.Agency, [ORG.Organization], 5),
    (KL.Directive, [SCHEMA.AssignAction, PROV.Entity], 3),
    (ORG.Membership, [], 1),
    (ORG.Role, [SKOS.Concept], 1),
]
# fmt: on


@pytest.mark.parametrize("cls,also,count", CLASSES)
def test_to_rdf_classes_are_asserted(g, cls: URIRef, also: list[URIRef], count: int) -> None:
    nodes = _node(g, cls)
    assert len(nodes) == count
    for node in nodes:
        for extra in also:
            assert (node, RDF.type, extra) in g


def test_to_rdf_collective_agency(g) -> None:
    assert _node(g, KL.CollectiveAgency) == [KLI["agency/000-thong-bao-ket-luan/cac-huyen"]]


def test_to_rdf_person_labels(g, notice: r.Notice) -> None:
    (p,) = _node(g, KL.Person)
    assert p == KLI["person/000-thong-bao-ket-luan/nguyen-thanh-phong"]
    assert set(g.objects(p, FOAF.name)) == {Literal("Nguyễn Thanh Phong")}
    assert set(g.objects(p, RDFS.label)) == {Literal("Nguyễn Thanh Phong")}
    assert set(g.objects(p, SKOS.altLabel)) == {Literal("ông Nguyễn Thanh Phong")}
    assert (p, KL.mentionedIn, notice_iri(notice.source_file)) in g
    assert len(set(g.objects(p, KL.evidence))) == 2


def test_to_rdf_agency_labels(g, notice: r.Notice) -> None:
    a = KLI["agency/000-thong-bao-ket-luan/so-khcn"]
    assert set(g.objects(a, SKOS.prefLabel)) == {
        Literal("Sở Khoa học và Công nghệ tỉnh Vĩnh Long", lang="vi")
    }
    assert set(g.objects(a, SKOS.altLabel)) == {
        Literal("Sở KH&CN", lang="vi"),
        Literal("SỞ KHOA HỌC VÀ CÔNG NGHỆ", lang="vi"),
    }
    assert set(g.objects(a, KL.province)) == {Literal("Vĩnh Long")}
    chi_cuc = KLI["agency/000-thong-bao-ket-luan/chi-cuc"]
    assert (chi_cuc, ORG.subOrganizationOf, a) in g
    for agency in _node(g, KL.Agency):
        assert (agency, KL.mentionedIn, notice_iri(notice.source_file)) in g


def test_to_rdf_role_and_membership(g, notice: r.Notice) -> None:
    role = role_iri("Phó Giám đốc")
    assert role == KLI["role/pho-giam-doc"]
    assert set(g.objects(role, SKOS.prefLabel)) == {Literal("Phó Giám đốc", lang="vi")}
    assert set(g.objects(role, SKOS.altLabel)) == {Literal("P. Giám đốc", lang="vi")}
    (ms,) = _node(g, ORG.Membership)
    assert (ms, ORG.member, KLI["person/000-thong-bao-ket-luan/nguyen-thanh-phong"]) in g
    assert (ms, ORG.organization, KLI["agency/000-thong-bao-ket-luan/so-khcn"]) in g
    assert (ms, ORG.role, role) in g
    assert (ms, KL.statedIn, notice_iri(notice.source_file)) in g
    assert g.value(ms, KL.evidence) is not None


def test_to_rdf_every_selector_quotes_the_text(g, notice: r.Notice) -> None:
    selectors = _node(g, OA.TextPositionSelector)
    assert selectors
    for sel in selectors:
        start, end = g.value(sel, OA.start), g.value(sel, OA.end)
        assert start.datatype == XSD.integer and end.datatype == XSD.integer
        assert str(g.value(sel, OA.exact)) == notice.text[int(start) : int(end)]
        assert str(sel).endswith(f"/{int(start)}-{int(end)}")
        assert g.value(sel, OA.hasSource) == notice_iri(notice.source_file)


@pytest.mark.parametrize("cls", [KL.Person, KL.Agency, KL.Meeting, KL.Directive, ORG.Membership])
def test_to_rdf_extracted_nodes_carry_evidence(g, cls: URIRef) -> None:
    for node in _node(g, cls):
        assert list(g.objects(node, KL.evidence)), node


def test_to_rdf_meeting(g, notice: r.Notice) -> None:
    (m,) = _node(g, KL.Meeting)
    assert (notice_iri(notice.source_file), KL.reportsOn, m) in g
    assert g.value(m, KL.heldOn) == Literal("2018-01-25", datatype=XSD.date)
    assert (m, KL.chair, KLI["person/000-thong-bao-ket-luan/nguyen-thanh-phong"]) in g
    assert (m, KL.participant, KLI["person/000-thong-bao-ket-luan/nguyen-thanh-phong"]) in g
    assert (m, KL.absentAgency, KLI["agency/000-thong-bao-ket-luan/ubnd-long-ho"]) in g
    assert g.value(m, KL.location) == Literal("Hội trường Sở")


def test_to_rdf_held_on_datetime() -> None:
    n = make_notice()
    n.meeting.held_on = "2010-04-21T14:00:00"
    quads = notice_to_quads(n)
    assert any(
        p == KL.heldOn and o == Literal("2010-04-21T14:00:00", datatype=XSD.dateTime) for _, p, o, _ in quads
    )


def test_to_rdf_notice_fields(g, notice: r.Notice) -> None:
    N = notice_iri(notice.source_file)
    assert g.value(N, KL.sourceFile) == Literal("000_Thông báo kết luận.txt")
    assert g.value(N, KL.contentHash) == Literal(notice.content_hash)
    assert g.value(N, SCHEMA.text) == Literal(notice.text)
    assert g.value(N, KL.issuedOn) == Literal("2018-01-26", datatype=XSD.date)
    assert g.value(N, KL.issuedBy) == KLI["agency/000-thong-bao-ket-luan/so-khcn"]
    assert g.value(N, KL.signedBy) == KLI["person/000-thong-bao-ket-luan/nguyen-thanh-phong"]
    assert len(set(g.objects(N, KL.recipient))) == 2
    assert g.value(N, KL.layout) == Literal("notice")
    assert g.value(N, RDFS.label).language == "vi"


# fmt: off
DUES = [
    (1, Literal("2019-06-30", datatype=XSD.date)),
    (2, Literal("2018-02", datatype=XSD.gYearMonth)),
    (3, Literal("2021", datatype=XSD.gYear)),
]
# fmt: on


@pytest.mark.parametrize("n,due", DUES)
def test_to_rdf_due_by_datatypes(g, n: int, due: Literal) -> None:
    d = KLI[f"directive/000-thong-bao-ket-luan/{n}"]
    (got,) = g.objects(d, KL.dueBy)
    assert got == due and got.datatype == due.datatype


def test_to_rdf_directive_links(g, notice: r.Notice) -> None:
    d1, d2 = KLI["directive/000-thong-bao-ket-luan/1"], KLI["directive/000-thong-bao-ket-luan/2"]
    assert g.value(d1, KL.topic) == KLT.metrology
    assert g.value(d1, KL.text).language == "vi"
    assert (d1, KL.supports, KLI["agency/000-thong-bao-ket-luan/so-khcn"]) in g
    assert (d1, PROV.wasDerivedFrom, notice_iri(notice.source_file)) in g
    assert (d1, KL.issuedAt, KLI["meeting/000-thong-bao-ket-luan"]) in g
    # one kl:assignedTo per agent, agencies and persons alike
    assert set(g.objects(d2, KL.assignedTo)) == {
        KLI["agency/000-thong-bao-ket-luan/cac-huyen"],
        KLI["person/000-thong-bao-ket-luan/nguyen-thanh-phong"],
    }


def test_to_rdf_literals_are_nfc() -> None:
    n = make_notice()
    n.agencies["so-khcn"].name = unicodedata.normalize("NFD", n.agencies["so-khcn"].name)
    for _, _, o, _ in notice_to_quads(n):
        if isinstance(o, Literal) and isinstance(o.value, str):
            assert unicodedata.is_normalized("NFC", str(o))


def test_to_rdf_colliding_key_slugs_stay_distinct() -> None:
    n = make_notice()
    n.persons["Nguyễn Văn An"] = r.Person("Nguyễn Văn An", "Nguyễn Văn An", spans=[r.Span(0, 3)])
    n.persons["Nguyễn Văn Ân"] = r.Person("Nguyễn Văn Ân", "Nguyễn Văn Ân", spans=[r.Span(0, 3)])
    persons = {s for s, p, o, _ in notice_to_quads(n) if p == RDF.type and o == KL.Person}
    assert len(persons) == 3


def test_to_rdf_bad_span_is_reported() -> None:
    n = make_notice()
    n.directives[0].span = r.Span(0, len(n.text) + 5)
    with pytest.raises(ValueError, match="outside the text"):
        notice_to_quads(n)


def test_to_rdf_unknown_deadline_datatype_lists_the_valid_ones() -> None:
    n = make_notice()
    assert n.directives[0].due is not None
    n.directives[0].due.datatype = "quarter"
    with pytest.raises(ValueError, match="date, gYearMonth, gYear"):
        notice_to_quads(n)


# -- notice_to_ox_quads: the same quads as pyoxigraph terms -------------------------------------------------

_NOTICE_DIRS = ("tests/data/notices", "ingest/samples")


def _ox_of_rdflib(notice: r.Notice) -> list:
    to_ox_quads = pytest.importorskip("ketluan.graph.store").to_ox_quads
    return to_ox_quads(notice_to_quads(notice))


def test_to_rdf_ox_quads_equal_the_converted_rdflib_quads(notice: r.Notice) -> None:
    got = notice_to_ox_quads(notice)
    assert got == _ox_of_rdflib(notice)  # same quads, same order, same literals
    assert len(got) == len(notice_to_quads(notice))


# fmt: off
HELD_ON = [
    "2010-04-21T14:00:00",
    "2010-04-21T14:00",   # rdflib writes this one as ...T14:00:00: the pyoxigraph writer must too
    "2010-04-21",
    "2010-4-21",          # not a valid xsd:date: kept as written by both
]
# fmt: on


@pytest.mark.parametrize("held_on", HELD_ON)
def test_to_rdf_ox_quads_keep_rdflib_lexical_forms(held_on: str) -> None:
    n = make_notice()
    n.meeting.held_on = held_on
    assert notice_to_ox_quads(n) == _ox_of_rdflib(n)


def test_to_rdf_ox_quads_of_extracted_notices() -> None:
    """Every test notice and sample, parsed, gives the same quads both ways."""
    from pathlib import Path

    from ketluan.ingest.extract import parse_notice
    from ketluan.ingest.readers import read_notice

    root = Path(__file__).resolve().parents[2]
    files = [
        f
        for d in _NOTICE_DIRS
        for f in sorted((root / d).iterdir())
        if f.suffix in (".txt", ".md", ".html") and not f.stem.upper().startswith("README")
    ]
    assert len(files) >= 15
    for f in files:
        notice = parse_notice(read_notice(f).text, f.name)
        assert notice_to_ox_quads(notice) == _ox_of_rdflib(notice), f.name


def test_to_rdf_ox_quads_report_the_same_errors() -> None:
    n = make_notice()
    n.directives[0].span = r.Span(0, len(n.text) + 5)
    with pytest.raises(ValueError, match="outside the text"):
        notice_to_ox_quads(n)


# -- notice_to_nquads: the same quads as N-Quads text ---------------------------------------------------------


def _serialized(notice: r.Notice) -> tuple[bytes, int]:
    quads = notice_to_ox_quads(notice)
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS), len(quads)


def _values(quads: list) -> dict[str, dict[str, list[str]]]:
    props: dict[str, dict[str, list[str]]] = {}
    for q in quads:
        props.setdefault(q.subject.value, {}).setdefault(q.predicate.value, []).append(q.object.value)
    return props


def test_to_rdf_nquads_are_the_bytes_pyoxigraph_writes(notice: r.Notice) -> None:
    text, count, props = notice_to_nquads(notice)
    assert (text.encode("utf-8"), count) == _serialized(notice)
    assert props == _values(notice_to_ox_quads(notice))


@pytest.mark.parametrize(
    "quoted",
    [
        'Chủ tịch nói: "Phải làm ngay" \\ hết.',  # a quote and a backslash
        "cột\tđo\r\nxăng\x0bdầu\x7f\x00\x1f\x08\x0c",  # controls with a short escape and without
        "Hoà Bình — “dấu” ’ \u00a0 \u2028 \ufeff",  # no escape: typographic marks, odd spaces
    ],
)
@pytest.mark.parametrize("held_on", HELD_ON)
def test_to_rdf_nquads_escape_literals_as_pyoxigraph_does(quoted: str, held_on: str) -> None:
    n = make_notice()
    n.meeting.held_on = held_on
    n.text = quoted + n.text  # the spans' quoted words and the notice's text hold the characters
    n.directives[0].text = quoted
    n.directives[0].span = r.Span(0, len(quoted))
    text, count, _ = notice_to_nquads(n)
    assert (text.encode("utf-8"), count) == _serialized(n)
    assert ox.Dataset(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)) == ox.Dataset(
        notice_to_ox_quads(n)
    )
