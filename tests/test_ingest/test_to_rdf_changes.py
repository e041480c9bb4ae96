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


NOTICE = """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH VĨNH LONG                      Độc lập - Tự do - Hạnh phúc
Số: 45/TB-UBND                      Vĩnh Long, ngày 20 tháng 6 năm 2025

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh về việc sáp nhập các đơn vị sự nghiệp thuộc Sở Khoa học và Công nghệ

Ngày 18/6/2025, tại Hội trường UBND tỉnh, ông Nguyễn Văn A, Chủ tịch UBND tỉnh chủ trì cuộc họp về sắp xếp
các đơn vị sự nghiệp. Sau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận như sau:
1. Kể từ ngày 01/7/2025, sáp nhập Trung tâm Thông tin và Thống kê khoa học và công nghệ vào Trung tâm Ứng dụng tiến bộ khoa học và công nghệ.
2. Giao Sở Nội vụ tham mưu phương án sáp nhập các đơn vị sự nghiệp còn lại, báo cáo trước ngày 30/9/2025.

Nơi nhận:
- Sở Khoa học và Công nghệ;
- Lưu: VT.
                                                    CHỦ TỊCH
                                                    Nguyễn Văn A
"""


def test_to_rdf_changes_from_a_whole_notice():
    from ketluan.ingest.extract import parse_notice

    n = parse_notice(NOTICE, "2025-06-20_ubnd-vinhlong.txt")
    # the title's "về việc sáp nhập …" is the subject, the plan in item 2 is a plan: one stated change
    assert [(c.kind, c.effective) for c in n.changes] == [("merge", "2025-07-01")]
    (c,) = n.changes
    assert [a.key in n.agencies for a in (*c.originals, *c.results)] == [True, True, True]
    quads = notice_to_quads(n)
    assert any(p == ORG.originalOrganization for _, p, _, _ in quads)
    assert "sáp nhập Trung tâm Thông tin" in NOTICE[c.span.start : c.span.end]
