"""Read what entity resolution needs from the notices' graphs: one record per per-notice node.

Resolution works on plain records, not on RDF, so that it is a pure function (`ketluan.graph.resolve`) that
tests and the benchmark can feed directly. This module is the one place that reads those records out of the
store; it only looks at notice graphs (``kli:notice/…``), never at ``kli:graph/resolved``, so a re-run sees
the notices as extracted and not its own earlier output.

Reading goes through `pyoxigraph.Store.quads_for_pattern` on a handful of predicates rather than one big
SPARQL join: on 10,000 notices that is a few seconds, and the joins are dictionary lookups here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from ketluan.ontology.namespaces import KL, KLI

__all__ = ["AgencyMention", "Mentions", "NoticeInfo", "PersonMention", "PostMention", "read_mentions"]

_NOTICE_PREFIX = str(KLI["notice/"])
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_FOAF_NAME = ox.NamedNode("http://xmlns.com/foaf/0.1/name")
_PREF = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
_ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
_ORG = "http://www.w3.org/ns/org#"


def _n(term: object) -> ox.NamedNode:
    return ox.NamedNode(str(term))


@dataclass(slots=True)
class NoticeInfo:
    iri: str
    source_file: str = ""
    date: str | None = None  # YYYY-MM-DD: the meeting's date, else the notice's own
    province: str | None = None
    issuer: str | None = None  # per-notice agency IRI (kl:issuedBy)


@dataclass(slots=True)
class AgencyMention:
    """One per-notice agency node."""

    iri: str
    notice: str
    name: str  # skos:prefLabel
    alt_labels: list[str] = field(default_factory=list)
    province: str | None = None
    district: str | None = None
    parent: str | None = None  # per-notice agency IRI (org:subOrganizationOf)
    collective: bool = False


@dataclass(slots=True)
class PostMention:
    """One per-notice org:Membership: the person held ``role`` in ``agency`` (a per-notice agency IRI)."""

    iri: str
    role: str  # the role's skos:prefLabel ("Phó Giám đốc")
    role_iri: str
    agency: str | None
    evidence: list[str] = field(default_factory=list)  # the membership's oa:TextPositionSelector IRIs


@dataclass(slots=True)
class PersonMention:
    """One per-notice person node, with the posts that notice states for it."""

    iri: str
    notice: str
    name: str  # foaf:name
    posts: list[PostMention] = field(default_factory=list)


@dataclass(slots=True)
class Mentions:
    notices: dict[str, NoticeInfo]
    agencies: dict[str, AgencyMention]
    persons: dict[str, PersonMention]

    def date_of(self, notice: str) -> str | None:
        info = self.notices.get(notice)
        return info.date if info else None


def _notice_quads(store: ox.Store, predicate: ox.NamedNode, obj: object = None) -> Iterator[ox.Quad]:
    """Quads with ``predicate`` that sit in a notice graph (not the ontology or resolved graphs)."""
    for q in store.quads_for_pattern(None, predicate, obj, None):
        g = q.graph_name
        if isinstance(g, ox.NamedNode) and g.value.startswith(_NOTICE_PREFIX):
            yield q


def read_mentions(store: ox.Store) -> Mentions:
    """Every per-notice person and agency node of ``store`` (a `pyoxigraph.Store`), with its context."""
    notices: dict[str, NoticeInfo] = {}
    for q in _notice_quads(store, _RDF_TYPE, _n(KL.Notice)):
        if q.subject == q.graph_name:
            notices[q.subject.value] = NoticeInfo(q.subject.value)

    def info(g: ox.NamedNode) -> NoticeInfo | None:
        return notices.get(g.value)

    for q in _notice_quads(store, _n(KL.sourceFile)):
        if (n := info(q.graph_name)) and q.subject == q.graph_name:
            n.source_file = q.object.value
    issued: dict[str, str] = {}
    for q in _notice_quads(store, _n(KL.issuedOn)):
        if q.subject == q.graph_name:
            issued[q.graph_name.value] = q.object.value[:10]
    held: dict[str, str] = {}
    for q in _notice_quads(store, _n(KL.heldOn)):
        held.setdefault(q.graph_name.value, q.object.value[:10])
    for q in _notice_quads(store, _n(KL.province)):
        if (n := info(q.graph_name)) and q.subject == q.graph_name:
            n.province = q.object.value
    for q in _notice_quads(store, _n(KL.issuedBy)):
        if (n := info(q.graph_name)) and q.subject == q.graph_name:
            n.issuer = q.object.value
    for iri, n in notices.items():
        n.date = held.get(iri) or issued.get(iri)

    agencies: dict[str, AgencyMention] = {}
    agency_types = {q.subject.value for q in _notice_quads(store, _RDF_TYPE, _n(KL.Agency))}
    collective = {q.subject.value for q in _notice_quads(store, _RDF_TYPE, _n(KL.CollectiveAgency))}
    for q in _notice_quads(store, _PREF):
        s = q.subject.value
        if s in agency_types and s not in agencies:
            agencies[s] = AgencyMention(s, q.graph_name.value, q.object.value, collective=s in collective)
    for q in _notice_quads(store, _ALT):
        if a := agencies.get(q.subject.value):
            a.alt_labels.append(q.object.value)
    for q in _notice_quads(store, _n(KL.province)):
        if a := agencies.get(q.subject.value):
            a.province = q.object.value
    for q in _notice_quads(store, _n(KL.district)):
        if a := agencies.get(q.subject.value):
            a.district = q.object.value
    for q in _notice_quads(store, ox.NamedNode(_ORG + "subOrganizationOf")):
        if a := agencies.get(q.subject.value):
            a.parent = q.object.value

    persons: dict[str, PersonMention] = {}
    person_types = {q.subject.value for q in _notice_quads(store, _RDF_TYPE, _n(KL.Person))}
    for q in _notice_quads(store, _FOAF_NAME):
        s = q.subject.value
        if s in person_types and s not in persons:
            persons[s] = PersonMention(s, q.graph_name.value, q.object.value)

    role_labels: dict[str, str] = {}
    for q in _notice_quads(store, _PREF):
        role_labels.setdefault(q.subject.value, q.object.value)
    member: dict[str, str] = {}
    for q in _notice_quads(store, ox.NamedNode(_ORG + "member")):
        member[q.subject.value] = q.object.value
    organization: dict[str, str] = {}
    for q in _notice_quads(store, ox.NamedNode(_ORG + "organization")):
        organization[q.subject.value] = q.object.value
    roles: dict[str, list[str]] = defaultdict(list)
    for q in _notice_quads(store, ox.NamedNode(_ORG + "role")):
        roles[q.subject.value].append(q.object.value)
    evidence: dict[str, list[str]] = defaultdict(list)
    for q in _notice_quads(store, _n(KL.evidence)):
        if q.subject.value in member:
            evidence[q.subject.value].append(q.object.value)
    for ms, person in sorted(member.items()):
        p = persons.get(person)
        if p is None:
            continue
        for role_iri in sorted(roles.get(ms, [])):
            label = role_labels.get(role_iri)
            if label:
                p.posts.append(PostMention(ms, label, role_iri, organization.get(ms), sorted(evidence[ms])))
    return Mentions(notices, agencies, persons)
