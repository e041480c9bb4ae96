"""A merger a notice states becomes an org:ChangeEvent between the notice's agency nodes (to_rdf)."""

from __future__ import annotations

import hashlib

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import ORG, RDF, XSD

from ketluan.ingest import records
from ketluan.ingest.agencies import AgencyBook
from ketluan.ingest.changes import find_change_events
from ketluan.ingest.to_rdf import notice_iri, notice_to_quads
from ketluan.ontology.namespaces import KL, KLI

pytestmark = pytest.mark.issue(3)

TEXT = (
    "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh về sắp xếp tổ chức bộ máy\n"
    "1. Kể từ ngày 01/3/2025, hợp nhất Sở Kế hoạch và Đầu tư và Sở Tài chính thành Sở Tài chính.\n"
)


def test_to_rdf_changes_merger_links_the_notice_agencies():
    book = AgencyBook("Vĩnh Long")
    events = find_change_events(TEXT, province="Vĩnh Long", book=book)
    assert [e.kind for e in events] == ["merge"]
    notice = records.Notice("2025_tb.txt", hashlib.sha256(TEXT.encode()).hexdigest(), TEXT, title="Thông báo")
    notice.agencies = dict(book.by_key)
    notice.changes = events
    ds = Dataset()
    for s, p, o, g in notice_to_quads(notice):
        ds.graph(g).add((s, p, o))
    g = ds.graph(notice_iri("2025_tb.txt"))
    change = KLI["change/2025-tb/1"]
    assert (change, RDF.type, ORG.ChangeEvent) in g
    assert (change, KL.changeKind, Literal("merge")) in g
    names = {
        str(g.value(a, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")))
        for a in g.objects(change, ORG.originalOrganization)
    }
    assert names == {"Sở Kế hoạch và Đầu tư tỉnh Vĩnh Long", "Sở Tài chính tỉnh Vĩnh Long"}
    (result,) = g.objects(change, ORG.resultingOrganization)
    assert (result, ORG.resultedFrom, change) in g
    assert (change, URIRef("http://schema.org/startDate"), Literal("2025-03-01", datatype=XSD.date)) in g
    (evidence,) = g.objects(change, KL.evidence)
    exact = str(g.value(evidence, URIRef("http://www.w3.org/ns/oa#exact")))
    assert "hợp nhất Sở Kế hoạch và Đầu tư" in exact
