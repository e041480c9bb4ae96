"""The OWL ontology (ontology/ketluan.ttl) declares the whole contract, labelled and aligned."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD, Namespace

from ketluan.ontology.namespaces import KL

SCHEMA = Namespace("http://schema.org/")
ONTOLOGY_IRI = URIRef("https://w3id.org/ketluan/ontology")
CONTRACT = Path(__file__).resolve().parents[3] / "shared" / "CONTRACT.md"

# fmt: off
CLASSES = [
    "Notice", "Meeting", "Person", "Agency", "CollectiveAgency", "Directive",
    "ResolvedIdentity", "AdministrativeUnit", "Province", "District",
    "Summary", "Tally", "AgencyTopicTally", "AbsenceTally", "ProvinceYearTally", "ChairTally",
    "DueMonthTally", "PersonTally", "MeetingChairTally",
]
OBJECT_PROPERTIES = [
    "issuedBy", "signedBy", "recipient", "reportsOn", "organizer", "chair", "participant",
    "participatingAgency", "absentAgency", "issuedAt", "assignedTo", "supports", "topic",
    "mentionedIn", "statedIn", "evidence", "place", "currentUnit", "covers", "tallyTopic",
    "tallyIdentity", "tallyMeeting", "tallyDirective", "personTallyIdentity",
]
DATATYPE_PROPERTIES = [
    "sourceFile", "contentHash", "documentNumber", "issuedOn", "heldOn", "location", "dueBy", "text",
    "province", "district", "layout", "mentionCount", "unitCode", "changeKind",
    "tallyAgency", "tallyProvince", "tallyDistrict", "tallyYear", "tallyDates", "directiveCount",
    "noticeCount", "meetingCount", "rank", "tallyKey", "tallyName", "tallyMonth",
    "tallyFirstDate", "tallyLastDate", "tallyPosts", "tallyFiles", "tallyDate", "tallyLabel",
    "personTallyName", "personTallyNotices", "personTallyRank", "personTallyPosts", "personTallyFiles",
]
SUBCLASS_AXIOMS = [
    (KL.Notice, PROV.Entity), (KL.Notice, SCHEMA.DigitalDocument),
    (KL.Meeting, SCHEMA.Event), (KL.Meeting, PROV.Activity),
    (KL.Person, FOAF.Person), (KL.Person, SCHEMA.Person),
    (KL.Agency, ORG.Organization),
    (KL.CollectiveAgency, KL.Agency),
    (KL.AdministrativeUnit, SCHEMA.AdministrativeArea),
    (KL.Province, KL.AdministrativeUnit), (KL.District, KL.AdministrativeUnit),
    (KL.Directive, SCHEMA.AssignAction), (KL.Directive, PROV.Entity),
]
# property -> (domain, range); a tuple stands for an owl:unionOf
DOMAINS_RANGES = {
    KL.sourceFile: (KL.Notice, XSD.string),
    KL.contentHash: (KL.Notice, XSD.string),
    KL.issuedOn: (KL.Notice, XSD.date),
    KL.issuedBy: (KL.Notice, KL.Agency),
    KL.signedBy: (KL.Notice, KL.Person),
    KL.recipient: (KL.Notice, KL.Agency),
    KL.reportsOn: (KL.Notice, KL.Meeting),
    KL.heldOn: (KL.Meeting, (XSD.date, XSD.dateTime)),
    KL.organizer: (KL.Meeting, KL.Agency),
    KL.chair: (KL.Meeting, KL.Person),
    KL.participant: (KL.Meeting, KL.Person),
    KL.participatingAgency: (KL.Meeting, KL.Agency),
    KL.absentAgency: (KL.Meeting, KL.Agency),
    KL.issuedAt: (KL.Directive, KL.Meeting),
    KL.assignedTo: (KL.Directive, (KL.Agency, KL.Person)),
    KL.supports: (KL.Directive, KL.Agency),
    KL.topic: (KL.Directive, SKOS.Concept),
    KL.dueBy: (KL.Directive, (XSD.date, XSD.gYearMonth, XSD.gYear)),
    KL.text: (KL.Directive, RDF.langString),
    KL.mentionedIn: ((KL.Person, KL.Agency), KL.Notice),
    KL.statedIn: (ORG.Membership, KL.Notice),
}
# fmt: on
ALL_TERMS = [KL[name] for name in CLASSES + OBJECT_PROPERTIES + DATATYPE_PROPERTIES]


def _resolve(graph: Graph, node) -> object:
    """A named class/datatype as is; an owl:unionOf blank node as a tuple of its members."""
    if isinstance(node, BNode):
        members = graph.value(node, OWL.unionOf)
        assert members is not None, f"{node} is a blank node without owl:unionOf"
        return tuple(Collection(graph, members))
    return node


def test_ketluan_ttl_is_an_owl_ontology_without_imports(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert not list(ontology.objects(None, OWL.imports)), "owl:imports breaks offline machines"


@pytest.mark.parametrize("name", CLASSES)
def test_ketluan_ttl_declares_class(ontology: Graph, name: str) -> None:
    assert (KL[name], RDF.type, OWL.Class) in ontology


@pytest.mark.parametrize("name", OBJECT_PROPERTIES)
def test_ketluan_ttl_declares_object_property(ontology: Graph, name: str) -> None:
    assert (KL[name], RDF.type, OWL.ObjectProperty) in ontology
    assert (KL[name], RDF.type, OWL.DatatypeProperty) not in ontology


@pytest.mark.parametrize("name", DATATYPE_PROPERTIES)
def test_ketluan_ttl_declares_datatype_property(ontology: Graph, name: str) -> None:
    assert (KL[name], RDF.type, OWL.DatatypeProperty) in ontology
    assert (KL[name], RDF.type, OWL.ObjectProperty) not in ontology


def test_ketluan_ttl_declares_nothing_unexpected(ontology: Graph) -> None:
    declared = {
        s for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(str(KL))
    }
    assert declared == set(ALL_TERMS)


@pytest.mark.parametrize("term", ALL_TERMS, ids=lambda t: t.split("#")[-1])
def test_ketluan_ttl_term_has_vi_and_en_label_and_comment(ontology: Graph, term: URIRef) -> None:
    for predicate in (RDFS.label, RDFS.comment):
        languages = [o.language for o in ontology.objects(term, predicate) if isinstance(o, Literal)]
        assert sorted(languages) == ["en", "vi"], f"{term} {predicate}: one @vi and one @en, got {languages}"
        assert all(str(o).strip() for o in ontology.objects(term, predicate))
    assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in ontology


@pytest.mark.parametrize("name", OBJECT_PROPERTIES + DATATYPE_PROPERTIES)
def test_ketluan_ttl_property_has_domain_and_range(ontology: Graph, name: str) -> None:
    domains = list(ontology.objects(KL[name], RDFS.domain))
    ranges = list(ontology.objects(KL[name], RDFS.range))
    assert len(domains) == 1 and len(ranges) == 1, f"kl:{name}: exactly one rdfs:domain and one rdfs:range"
    for node in domains + ranges:  # every class or datatype used is declared or a known datatype
        for member in _resolve(ontology, node) if isinstance(node, BNode) else (node,):
            assert (
                (member, RDF.type, OWL.Class) in ontology
                or str(member).startswith(str(XSD))
                or member == RDF.langString
            ), f"kl:{name} uses undeclared {member}"


@pytest.mark.parametrize("prop", list(DOMAINS_RANGES), ids=lambda t: t.split("#")[-1])
def test_ketluan_ttl_domain_and_range_follow_contract(ontology: Graph, prop: URIRef) -> None:
    domain, range_ = DOMAINS_RANGES[prop]
    assert _resolve(ontology, ontology.value(prop, RDFS.domain)) == domain
    assert _resolve(ontology, ontology.value(prop, RDFS.range)) == range_


@pytest.mark.parametrize(("sub", "sup"), SUBCLASS_AXIOMS, ids=lambda t: t.n3().rsplit("/", 1)[-1])
def test_ketluan_ttl_class_is_aligned(ontology: Graph, sub: URIRef, sup: URIRef) -> None:
    assert (sub, RDFS.subClassOf, sup) in ontology
    assert (sup, RDF.type, OWL.Class) in ontology, f"external class {sup} must be declared"


def test_ketluan_ttl_chair_is_a_participant(ontology: Graph) -> None:
    assert (KL.chair, RDFS.subPropertyOf, KL.participant) in ontology


def test_ketluan_ttl_person_and_agency_are_disjoint(ontology: Graph) -> None:
    assert (KL.Person, OWL.disjointWith, KL.Agency) in ontology


def test_ketluan_ttl_external_super_terms_are_declared(ontology: Graph) -> None:
    for predicate in (RDFS.subClassOf, RDFS.subPropertyOf):
        for sup in ontology.objects(None, predicate):
            assert list(ontology.objects(sup, RDF.type)), f"{sup} is used but not declared"


@pytest.mark.skipif(not CONTRACT.exists(), reason="../shared/CONTRACT.md is not next to this checkout")
def test_ketluan_ttl_covers_every_kl_term_in_contract(ontology: Graph) -> None:
    mentioned = set(re.findall(r"`kl:([A-Za-z]+)`", CONTRACT.read_text("utf-8")))
    missing = sorted(name for name in mentioned if not list(ontology.objects(KL[name], RDF.type)))
    assert not missing, f"CONTRACT.md terms missing from ketluan.ttl: {missing}"


OWLRL_ERROR = URIRef("http://www.daml.org/2002/03/agents/agent-ont#ErrorMessage")
OWLRL_TEXT = URIRef("http://www.daml.org/2002/03/agents/agent-ont#error")


def _owl_rl_errors(graph: Graph) -> list[str]:
    owlrl = pytest.importorskip("owlrl")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    return [str(graph.value(e, OWLRL_TEXT)) for e in graph.subjects(RDF.type, OWLRL_ERROR)]


def test_ketluan_ttl_is_consistent_under_owl_rl(ontology: Graph) -> None:
    assert _owl_rl_errors(Graph() + ontology) == []


def test_ketluan_ttl_reasoner_catches_person_typed_agency(ontology: Graph) -> None:
    graph = Graph() + ontology
    node = URIRef("https://w3id.org/ketluan/id/person/x/nguyen-van-a")
    graph.add((node, RDF.type, KL.Person))
    graph.add((node, RDF.type, KL.Agency))
    errors = _owl_rl_errors(graph)
    assert any("Disjoint classes" in e and str(node) in e for e in errors), errors
