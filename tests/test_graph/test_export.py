"""ketluan.graph.export: every format parses back to the same number of quads (or union triples)."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from ketluan.graph import export
from ketluan.graph.errors import GraphError
from ketluan.graph.store import Store
from ketluan.ingest import records as r


def _notice(source_file: str, agency: str) -> r.Notice:
    text = (
        f"THÔNG BÁO Kết luận. {agency} hiệu chuẩn phương tiện đo trước ngày 30/6/2019. Giám đốc Lê Văn Tâm."
    )
    n = r.Notice(source_file, hashlib.sha256(text.encode()).hexdigest(), text, title="Thông báo Kết luận")
    at, pat = text.index(agency), text.index("Lê Văn Tâm")
    n.agencies["a"] = r.Agency("a", agency, "so", surfaces=[agency], spans=[r.Span(at, at + len(agency))])
    n.persons["p"] = r.Person("p", "Lê Văn Tâm", spans=[r.Span(pat, pat + 10)])
    n.posts.append(r.Post("p", "Giám đốc", "Giám đốc", "a", r.Span(pat - 9, pat + 10)))
    n.meeting.held_on = "2019-05-02T08:00:00"
    due = r.Deadline("2019-06-30", "date", r.Span(at, at + 5))
    n.directives.append(r.Directive(text[at:pat], r.Span(at, pat), ["a"], topics=["metrology"], due=due))
    return n


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    with Store.open(tmp_path_factory.mktemp("export") / "store") as s:
        s.add_notice(_notice("001_a.txt", "Sở Khoa học và Công nghệ"))
        s.add_notice(_notice("002_b.txt", "Chi cục Tiêu chuẩn Đo lường Chất lượng"))
        yield s


def _union_triples(store: Store) -> int:
    return len({(q.subject, q.predicate, q.object) for q in store.quads()})


def test_export_names() -> None:
    assert export.names() == ["jsonld", "nquads", "trig", "turtle"]


def test_export_unknown_format_lists_the_valid_ones() -> None:
    with pytest.raises(
        GraphError, match="unknown export format 'xml' — use one of: jsonld, nquads, trig, turtle"
    ):
        export.get("xml")


# fmt: off
DATASET_FORMATS = [
    ("nquads", ox.RdfFormat.N_QUADS),
    ("trig", ox.RdfFormat.TRIG),
]
# fmt: on


@pytest.mark.parametrize("name,fmt", DATASET_FORMATS)
def test_export_dataset_formats_keep_every_quad(store: Store, name: str, fmt: ox.RdfFormat) -> None:
    buf = io.BytesIO()
    export.export(store, name, buf)
    back = list(ox.parse(buf.getvalue(), format=fmt))
    assert len(back) == len(store)
    assert set(back) == set(store.quads())


def test_export_turtle_is_the_union(store: Store) -> None:
    buf = io.BytesIO()
    export.export(store, "turtle", buf)
    g = rdflib.Graph().parse(data=buf.getvalue(), format="turtle")
    assert len(g) == _union_triples(store)
    assert _union_triples(store) < len(store)  # the shared role is in both notice graphs


def test_export_jsonld_keeps_the_graphs(store: Store) -> None:
    buf = io.BytesIO()
    export.export(store, "jsonld", buf)
    doc = json.loads(buf.getvalue())
    assert doc["@context"]["kl"] == "https://w3id.org/ketluan/ontology#"
    ds = rdflib.Dataset()
    ds.parse(data=buf.getvalue(), format="json-ld")
    assert len(list(ds.quads((None, None, None, None)))) == len(store)


def test_export_to_a_file(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "out.nq"
    export.export(store, "nquads", out)
    assert len(list(ox.parse(path=out, format=ox.RdfFormat.N_QUADS))) == len(store)


def test_export_to_a_missing_folder_is_one_line(store: Store, tmp_path: Path) -> None:
    with pytest.raises(GraphError, match="cannot write .* check the folder exists"):
        export.export(store, "nquads", tmp_path / "missing" / "out.nq")


def test_export_register_is_lazy() -> None:
    export.register("test-nt", "ketluan.graph.export", "export_nquads")
    try:
        assert export.get("test-nt") is export.export_nquads
        export.register("test-missing", "ketluan.graph.no_such_module", "x")
        with pytest.raises(ModuleNotFoundError):
            export.get("test-missing")
    finally:
        export._REGISTRY.pop("test-nt", None)
        export._REGISTRY.pop("test-missing", None)
