"""ketluan.graph.reason: HermiT over bounded slices, plain-English causes, date conversion, inferred graph."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest

from ketluan.graph import reason
from ketluan.graph.errors import StoreError
from ketluan.graph.pipeline import ingest_paths
from ketluan.graph.reason import (
    INFERRED_GRAPH,
    RESOLVED_GRAPH,
    IllTypedLiteral,
    ReasonError,
    explain_inconsistency,
    format_reason_report,
    hermit_literal,
    materialise_inferences,
    notice_slice,
    ontology_triples,
    reason_slice,
    reason_store,
    run_hermit,
)
from ketluan.graph.store import Store

pytestmark = pytest.mark.issue(3)

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seeds"
KL = "https://w3id.org/ketluan/ontology#"
KLI = "https://w3id.org/ketluan/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"
PREFIXES = f"""PREFIX kl: <{KL}>
PREFIX xsd: <{XSD}>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX org: <http://www.w3.org/ns/org#>
"""
#: The smallest seed notice (about 50 individuals): the one the inconsistent cases break.
SMALL = "004_1fda7fc030df2679.txt"
SMALL_ID = "004-1fda7fc030df2679"


@pytest.fixture(scope="session")
def seed_quads(tmp_path_factory: pytest.TempPathFactory) -> list[ox.Quad]:
    """Every quad of a store holding the five seed notices (ingested once per session)."""
    if not SEEDS.is_dir():
        pytest.skip(f"the shared seeds are not here: {SEEDS}")
    with Store.open(tmp_path_factory.mktemp("seeds") / "store") as store:
        summary = ingest_paths([SEEDS], store)
        assert summary.ok, summary.line()
        return list(store.ox)


@pytest.fixture
def store(tmp_path: Path, seed_quads: list[ox.Quad]):
    """A fresh store with the seeds (a copy per test: tests break it)."""
    with Store.open(tmp_path / "store", load_ontology=False) as s:
        s.ox.extend(seed_quads)
        yield s


def first_subject(store: Store, kind: str) -> str:
    """The first ``kli:{kind}/004-…/…`` node of the small notice, e.g. a person or an agency."""
    graph = ox.NamedNode(f"{KLI}notice/{SMALL_ID}")
    prefix = f"{KLI}{kind}/{SMALL_ID}"
    return sorted(
        q.subject.value
        for q in store.ox.quads_for_pattern(None, None, None, graph)
        if q.subject.value.startswith(prefix)
    )[0]


def short(iri: str) -> str:
    return iri.replace(KLI, "kli:")


def break_small_notice(store: Store, triples: str, graph: str | None = None) -> None:
    store.ox.update(
        f"{PREFIXES} INSERT DATA {{ GRAPH <{graph or KLI + 'notice/' + SMALL_ID}> {{ {triples} }} }}"
    )


# --------------------------------------------------------------------------------------------------------
# The seeds are consistent


@pytest.mark.slow
def test_reason_seeds_are_consistent(store: Store) -> None:
    report = reason_store(store)
    assert len(report.slices) == 5
    assert [s.status for s in report.slices] == ["consistent"] * 5, format_reason_report(report)
    assert report.consistent
    assert all(0 < s.individuals <= report.max_individuals for s in report.slices)
    lines = format_reason_report(report)
    assert lines[0].startswith("000_75893db409298154.txt: consistent (") and lines[0].endswith(" s)")
    assert lines[-1].startswith("OWL reasoning (HermiT): 5 consistent, 0 inconsistent")


@pytest.mark.slow
def test_reason_seeds_with_resolved_graph_are_consistent(store: Store) -> None:
    """The seeds plus what entity resolution writes (owl:sameAs to canonical nodes) stay consistent."""
    resolution = pytest.importorskip("ketluan.graph.resolution")
    resolution.resolve_store(store)
    assert store.ox.contains_named_graph(ox.NamedNode(RESOLVED_GRAPH))
    report = reason_store(store)
    assert [s.status for s in report.slices] == ["consistent"] * 5, format_reason_report(report)
    plain = {
        iri: sum(1 for _ in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(iri)))
        for iri, _, _ in store.notices()
    }
    assert all(s.triples > plain[s.notice] for s in report.slices), "the slices include the resolved links"


def test_reason_explain_finds_nothing_on_the_seeds(store: Store) -> None:
    """No false alarms: the targeted checks find no cause in slices HermiT calls consistent."""
    ontology = ontology_triples(store)
    for iri, source_file, _ in store.notices():
        assert explain_inconsistency(ontology, notice_slice(store, iri)) == [], source_file


# --------------------------------------------------------------------------------------------------------
# Inconsistencies, reported in plain words


def test_reason_person_typed_agency_is_inconsistent(store: Store) -> None:
    person = first_subject(store, "person")
    break_small_notice(store, f"<{person}> a kl:Agency .")
    report = reason_store(store, notices=[SMALL])
    (result,) = report.slices
    assert result.status == "inconsistent" and not report.consistent
    assert result.problems == [
        f"{short(person)} is typed both kl:Agency and kl:Person, which the ontology declares disjoint "
        "(owl:disjointWith)"
    ]
    assert format_reason_report(report)[0] == f"{SMALL}: INCONSISTENT — {result.problems[0]}"
    assert "0 consistent, 1 inconsistent" in format_reason_report(report)[-1]


# fmt: off
BROKEN = [
    # (case, triples added to the small notice (P = a person, A = an agency, M, D, N), words the problem must hold)
    ("chair-is-an-agency", "<M> kl:chair <A> .",
     ["kli:agency/", "kl:Person (as the object of kl:chair, whose range is kl:Person)", "disjoint"]),
    ("collective-person",  "<P> a kl:CollectiveAgency .",
     ["kli:person/", "typed kl:CollectiveAgency, a subclass of kl:Agency", "disjoint"]),
    ("two-source-files",   '<N> kl:sourceFile "other.txt" .',
     ['2 values for kl:sourceFile', '"other.txt"', "functional"]),
    ("issued-at-a-notice", "<D> kl:issuedAt <N> .",
     ["must be the same individual", "has both as its kl:issuedAt, a functional property",
      "kl:Meeting", "kl:Notice", "owl:AllDisjointClasses"]),
    ("held-on-a-word",     '<M> kl:heldOn "hôm qua" .',
     ['kl:heldOn "hôm qua", but the range of kl:heldOn is xsd:date or xsd:dateTime']),
    ("nothing",            "<P> a owl:Nothing .",
     ["is typed owl:Nothing"]),
    ("bad-date",           '<D> kl:dueBy "2019-13-01"^^xsd:date .',
     ['kl:dueBy "2019-13-01"^^xsd:date, which is not a valid xsd:date']),
]
# fmt: on


@pytest.mark.parametrize("case,triples,words", BROKEN, ids=[b[0] for b in BROKEN])
def test_reason_broken_notice_says_why(store: Store, case: str, triples: str, words: list[str]) -> None:
    nodes = {
        "P": first_subject(store, "person"),
        "A": first_subject(store, "agency"),
        "M": f"{KLI}meeting/{SMALL_ID}",
        "D": f"{KLI}directive/{SMALL_ID}/1",
        "N": f"{KLI}notice/{SMALL_ID}",
    }
    for letter, iri in nodes.items():
        triples = triples.replace(f"<{letter}>", f"<{iri}>")
    break_small_notice(store, triples)
    (result,) = reason_store(store, notices=[SMALL]).slices
    assert result.status == "inconsistent"
    text = " | ".join(result.problems)
    assert all(w in text for w in words), text
    assert "no simple cause" not in text and "Traceback" not in text


def test_reason_same_as_across_notices_is_in_the_slice(store: Store) -> None:
    """A person of one notice owl:sameAs a node another notice types as an agency (kli:graph/resolved)."""
    person = first_subject(store, "person")
    other = f"{KLI}notice/003-1bb04b93bebcb067"
    agency = sorted(
        q.subject.value
        for q in store.ox.quads_for_pattern(None, None, ox.NamedNode(KL + "Agency"), ox.NamedNode(other))
    )[0]
    break_small_notice(store, f"<{person}> owl:sameAs <{agency}> .", graph=RESOLVED_GRAPH)
    assert ox.Triple(ox.NamedNode(agency), ox.NamedNode(reason._TYPE), ox.NamedNode(KL + "Agency")) in set(
        notice_slice(store, f"{KLI}notice/{SMALL_ID}")
    )
    (result,) = reason_store(store, notices=[f"{KLI}notice/{SMALL_ID}"]).slices
    assert result.status == "inconsistent"
    assert (
        f"{short(agency)} and {short(person)} must be the same individual ({short(person)} owl:sameAs"
        in (result.problems[0])
    )


# --------------------------------------------------------------------------------------------------------
# What HermiT is given: dates, unreadable datatypes


# fmt: off
LITERALS = [
    # (lexical form, datatype, what HermiT gets: (lexical, datatype) | None = dropped | "ill-typed")
    ("2019-06-30",       "date",       ("2019-06-30T00:00:00", "dateTime")),
    ("2019-06-30+07:00", "date",       ("2019-06-30T00:00:00+07:00", "dateTime")),
    ("2018-02",          "gYearMonth", ("2018-02-01T00:00:00", "dateTime")),
    ("2021",             "gYear",      ("2021-01-01T00:00:00", "dateTime")),
    ("2021Z",            "gYear",      ("2021-01-01T00:00:00Z", "dateTime")),
    ("2019-06-30T08:00:00", "dateTime", ("2019-06-30T08:00:00", "dateTime")),
    ("42",               "integer",    ("42", "integer")),
    ("08:00:00",         "time",       None),
    ("P1D",              "duration",   None),
    ("--06",             "gMonth",     None),
    ("2019-13-01",       "date",       "ill-typed"),
    ("2019-02-30",       "date",       "ill-typed"),
    ("30/6/2019",        "date",       "ill-typed"),
    ("2019-06-31T00:00:00", "dateTime", "ill-typed"),
    ("abc",              "integer",    "ill-typed"),
    ("300",              "byte",       "ill-typed"),
    ("yes",              "boolean",    "ill-typed"),
]
# fmt: on


@pytest.mark.parametrize("lexical,datatype,expected", LITERALS, ids=[f"{d}:{v}" for v, d, _ in LITERALS])
def test_reason_hermit_literal(lexical: str, datatype: str, expected) -> None:
    literal = ox.Literal(lexical, datatype=ox.NamedNode(XSD + datatype))
    if expected == "ill-typed":
        with pytest.raises(IllTypedLiteral):
            hermit_literal(literal)
        return
    got = hermit_literal(literal)
    assert (None if got is None else (got.value, got.datatype.value.removeprefix(XSD))) == expected


def test_reason_strings_pass_unchanged() -> None:
    for literal in (ox.Literal("Sở Y tế", language="vi"), ox.Literal("000_x.txt")):
        assert hermit_literal(literal) == literal


def test_reason_hermit_rejects_xsd_date_unless_converted(store: Store) -> None:
    """Why the conversion exists: HermiT (owlready2 0.51) stops on the ontology's xsd:date ranges."""
    raw = ontology_triples(store)
    verdict, message = run_hermit(raw)
    assert verdict == "error"
    assert message.startswith("HermiT failed: UnsupportedDatatypeException") and "xsd:date" in message
    assert "\n" not in message
    converted = reason._prepare(raw, []).triples
    assert run_hermit(converted) == ("consistent", "")


def test_reason_dates_of_every_kind_are_consistent(store: Store) -> None:
    meeting, directive = f"{KLI}meeting/x", f"{KLI}directive/x/1"
    data = ox.parse(
        f"""{PREFIXES.replace("PREFIX ", "@prefix ").replace(">", "> .")}
        <{meeting}> a kl:Meeting ; kl:heldOn "2019-06-30"^^xsd:date .
        <{directive}> a kl:Directive ; kl:issuedAt <{meeting}> ; kl:dueBy "2019-07"^^xsd:gYearMonth .
        <{directive}2> a kl:Directive ; kl:issuedAt <{meeting}> ; kl:dueBy "2020"^^xsd:gYear .
        <{KLI}notice/x> a kl:Notice ; kl:issuedOn "2019-07-01"^^xsd:date ; kl:reportsOn <{meeting}> .
        <{meeting}> kl:location "08:00:00"^^xsd:time .
        """,
        format=ox.RdfFormat.TURTLE,
    )
    result = reason_slice(data, ontology_triples(store), notice="dates")
    assert result.status == "consistent", result.problems
    assert result.notes == ["left out 1 literal(s) of xsd:time, a datatype HermiT cannot read"]


def test_reason_leaves_no_temp_files(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """owlready2 forgets its temp file when HermiT says "inconsistent"; ours are all removed."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    break_small_notice(store, f"<{first_subject(store, 'person')}> a kl:Agency .")
    assert reason_store(store, notices=[SMALL]).slices[0].status == "inconsistent"
    assert list(scratch.iterdir()) == []


# --------------------------------------------------------------------------------------------------------
# The bound, and errors


def test_reason_refuses_a_slice_above_the_bound(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[int] = []

    def fake_hermit(triples):
        ran.append(len(triples))
        return "consistent", ""

    monkeypatch.setattr(reason, "run_hermit", fake_hermit)
    report = reason_store(store, notices=["000_75893db409298154.txt", SMALL], max_individuals=60)
    big, small = report.slices
    assert len(ran) == 1, "HermiT runs on the small slice only"
    assert big.status == "refused" and not report.consistent
    assert big.problems == [
        f"not reasoned over: its slice has {big.individuals:,} individuals, above the bound of 60 (HermiT's time "
        "grows superlinearly with individuals); check a smaller slice or raise the bound"
    ]
    assert small.individuals <= 60 and small.status == "consistent"
    lines = format_reason_report(report)
    assert lines[0].startswith("000_75893db409298154.txt: NOT CHECKED — not reasoned over: its slice has ")
    assert "1 not checked (too big)" in lines[-1] and "at most 60 individuals each" in lines[-1]


def test_reason_unknown_notice_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match=r"no notice 999_nope.txt in store .* stored notices: 000_"):
        reason_store(store, notices=["999_nope.txt"])


def test_reason_without_java_is_one_line(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    owlready2 = pytest.importorskip("owlready2")
    monkeypatch.setattr(owlready2, "JAVA_EXE", "/nonexistent/java")
    with pytest.raises(
        ReasonError, match=r"^Java \(/nonexistent/java\) not found — HermiT needs a Java runtime"
    ):
        reason_store(store)


def test_reason_empty_store_report() -> None:
    assert format_reason_report(reason.ReasonReport([], 2000)) == [
        "OWL reasoning (HermiT): no notices to check."
    ]


# --------------------------------------------------------------------------------------------------------
# The inferred graph


def inferred(store: Store) -> set[tuple[str, str, str]]:
    return {
        (q.subject.value, q.predicate.value, q.object.value)
        for q in store.ox.quads_for_pattern(None, None, None, ox.NamedNode(INFERRED_GRAPH))
    }


def test_reason_materialise_adds_participant_for_a_chair(store: Store) -> None:
    assert materialise_inferences(store) == 0, "the ingester asserts kl:participant for every chair"
    chair = next(store.ox.quads_for_pattern(None, ox.NamedNode(KL + "chair"), None, None))
    store.ox.remove(ox.Quad(chair.subject, ox.NamedNode(KL + "participant"), chair.object, chair.graph_name))
    collective = next(store.ox.quads_for_pattern(None, None, ox.NamedNode(KL + "CollectiveAgency"), None))
    store.ox.remove(
        ox.Quad(collective.subject, collective.predicate, ox.NamedNode(KL + "Agency"), collective.graph_name)
    )

    assert materialise_inferences(store) == 2
    assert inferred(store) == {
        (chair.subject.value, KL + "participant", chair.object.value),
        (collective.subject.value, reason._TYPE, KL + "Agency"),
    }
    assert materialise_inferences(store) == 2, "the graph is replaced, not appended to"
    asked = store.query(
        f"ASK {{ <{chair.subject.value}> kl:participant <{chair.object.value}> }}"  # the union default graph
    )
    assert asked


def test_reason_materialise_leaves_sub_organisation_to_property_paths(store: Store) -> None:
    a, b, c = (f"{KLI}agency/x/{n}" for n in "abc")
    break_small_notice(store, f"<{a}> org:subOrganizationOf <{b}> . <{b}> org:subOrganizationOf <{c}> .")
    materialise_inferences(store)
    assert not any(p.endswith("subOrganizationOf") for _, p, _ in inferred(store))
    assert store.query(f"ASK {{ <{a}> org:subOrganizationOf+ <{c}> }}")


@pytest.mark.slow
def test_reason_bundled_samples_with_resolution_are_consistent(tmp_path) -> None:
    """Runs wherever ketluan is installed: the six sample notices shipped in the package, resolved."""
    from importlib import resources

    from ketluan.graph.pipeline import ingest_paths
    from ketluan.graph.resolution import resolve_store

    with (
        resources.as_file(resources.files("ketluan.ingest.samples")) as folder,
        Store.open(tmp_path / "s") as st,
    ):
        assert ingest_paths([folder], st).ok
        resolve_store(st)
        report = reason_store(st)
    assert len(report.slices) == 6
    assert report.consistent, format_reason_report(report)
