"""The command line, through typer's CliRunner (exit codes, one-line errors, summary lines)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib.namespace import RDF
from typer.testing import CliRunner

from ketluan.graph import pipeline
from ketluan.graph.cli import app
from ketluan.ingest import records as r
from ketluan.ingest.errors import NoticeParseError

GOOD = (
    "THÔNG BÁO\nKết luận của Giám đốc Sở Khoa học và Công nghệ tỉnh Vĩnh Long tại cuộc họp ngày 10/4/2018\n"
    "Chủ trì: ông Phạm Văn Hùng, Giám đốc Sở.\n"
    "1. Chi cục Tiêu chuẩn Đo lường Chất lượng hiệu chuẩn phương tiện đo trước ngày 30/6/2018.\n"
)
DATA = Path(__file__).parent / "data" / "notices"
KL = "https://w3id.org/ketluan/ontology#"


def fake_parse_notice(text: str, source_file: str) -> r.Notice:
    """A tiny stand-in for ketluan.ingest.extract.parse_notice: one chair, one agency, one directive."""
    if "THÔNG BÁO" not in text:
        raise NoticeParseError(
            source_file, 1, text[:40], "is this a meeting notice?", reason="no THÔNG BÁO heading"
        )
    n = r.Notice(source_file, hashlib.sha256(text.encode()).hexdigest(), text, title=text.splitlines()[1])
    n.province = "Vĩnh Long" if "Vĩnh Long" in text else None
    if "Phạm Văn Hùng" in text:
        at = text.index("Phạm Văn Hùng")
        n.persons["p"] = r.Person("p", "Phạm Văn Hùng", spans=[r.Span(at, at + 13)])
        n.meeting.chairs = ["p"]
        if m := re.search(r"ngày (\d+)/(\d+)/(\d{4})", text):
            n.meeting.held_on = f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    if "Chi cục" in text:
        at = text.index("Chi cục")
        end = text.index(".", at)
        n.agencies["a"] = r.Agency("a", text[at : text.index(" hiệu")], "chicuc", spans=[r.Span(at, at + 7)])
        n.directives.append(r.Directive(text[at:end], r.Span(at, end), ["a"], topics=["metrology"]))
    return n


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def fake_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "parse_notice", fake_parse_notice)


@pytest.fixture
def notices(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "001_good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "sub" / "002_also-good.md").write_text(GOOD.replace("10/4/2018", "11/4/2018"), encoding="utf-8")
    (folder / "003.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)  # a legacy Word file
    (folder / "004_not-a-notice.txt").write_text("Danh sách cán bộ\nkhông phải thông báo\n", encoding="utf-8")
    (folder / "notes.json").write_text("{}", encoding="utf-8")  # not a notice suffix: ignored
    return folder


def test_cli_help_lists_only_working_commands(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    section = result.output.replace("│", " ").split("Commands")[-1]  # plain or rich-boxed help
    listed = {line.split()[0] for line in section.splitlines() if line.startswith("  ") and line.strip()}
    expected = {
        "ingest",
        "export",
        "query",
        "validate",
        "demo",
        "remove",
        "resolve",
        "explain",
        "merge",
        "split",
    }
    expected |= {"check", "serve", "viz", "analytics", "synth"}
    assert expected <= listed, expected - listed
    # every listed command answers --help (none is a placeholder that fails on use)
    for command in listed:
        assert runner.invoke(app, [command, "--help"]).exit_code == 0, command


def test_cli_ingest_reports_rejections_and_goes_on(
    runner: CliRunner, fake_parser: None, notices: Path, tmp_path: Path
) -> None:
    store, report = tmp_path / "store", tmp_path / "report.json"
    result = runner.invoke(app, ["ingest", str(notices), "--store", str(store), "--report", str(report)])
    # the good files went in: exit 0 (a script stopping on a non-zero exit would lose the run)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[-1] == "2 ingested, 0 unchanged, 0 replaced, 2 rejected"
    rejected = [line for line in lines if line.startswith("rejected ")]
    assert len(rejected) == 2
    assert rejected[0].startswith("rejected 003.doc: E10")
    assert rejected[1].startswith("rejected 004_not-a-notice.txt:1: E120 no THÔNG BÁO heading")
    assert all(" — " in line for line in rejected)
    assert "Traceback" not in result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["counts"] == {"ingested": 2, "unchanged": 0, "replaced": 0, "rejected": 2}

    # the good notices are in the export
    out = tmp_path / "out.nq"
    result = runner.invoke(app, ["export", "--store", str(store), "--format", "nquads", "-o", str(out)])
    assert result.exit_code == 0, result.output
    quads = list(ox.parse(path=out, format=ox.RdfFormat.N_QUADS))
    files = {q.object.value for q in quads if q.predicate.value.endswith("#sourceFile")}
    assert files == {"001_good.txt", "002_also-good.md"}

    # re-ingest: unchanged; --strict exits 3 because of the bad files
    result = runner.invoke(app, ["ingest", str(notices), "--store", str(store), "--strict"])
    assert result.exit_code == 3
    assert result.output.splitlines()[-1] == "0 ingested, 2 unchanged, 0 replaced, 2 rejected"


def test_cli_ingest_exits_3_when_nothing_went_in(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 legacy Word")
    result = runner.invoke(app, ["ingest", str(folder), "--store", str(tmp_path / "store")])
    assert result.exit_code == 3, result.output
    assert result.output.splitlines()[-1] == "0 ingested, 0 unchanged, 0 replaced, 2 rejected"


def test_cli_ingest_all_good_exits_0_then_replaced(
    runner: CliRunner, fake_parser: None, tmp_path: Path
) -> None:
    f = tmp_path / "001_good.txt"
    f.write_text(GOOD, encoding="utf-8")
    store = str(tmp_path / "store")
    result = runner.invoke(app, ["ingest", str(f), "--store", store])
    assert result.exit_code == 0, result.output
    first, last = result.output.splitlines()
    assert first.startswith("resolved 1 person mentions -> 1 persons, 1 agency mentions -> 1 agencies")
    assert last == "1 ingested, 0 unchanged, 0 replaced, 0 rejected"
    f.write_text(GOOD.replace("30/6/2018", "31/7/2018"), encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(f), "--store", store])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "0 ingested, 0 unchanged, 1 replaced, 0 rejected"
    # unchanged content: nothing to resolve again, and the summary is the only line
    result = runner.invoke(app, ["ingest", str(f), "--store", store])
    assert (result.exit_code, result.output) == (0, "0 ingested, 1 unchanged, 0 replaced, 0 rejected\n")


def test_cli_ingest_missing_path_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path / "nope"), "--store", str(tmp_path / "s")])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"Error: path {tmp_path / 'nope'} does not exist — check the spelling, or give a file or folder"
    ]


def test_cli_store_from_environment(runner: CliRunner, fake_parser: None, tmp_path: Path) -> None:
    f = tmp_path / "001_good.txt"
    f.write_text(GOOD, encoding="utf-8")
    env = {"KETLUAN_STORE": str(tmp_path / "env-store")}
    assert runner.invoke(app, ["ingest", str(f)], env=env).exit_code == 0
    assert (tmp_path / "env-store").is_dir()
    result = runner.invoke(app, ["export", "--format", "turtle"], env=env)
    assert result.exit_code == 0
    assert "Phạm Văn Hùng" in result.output


def test_cli_query_list(runner: CliRunner) -> None:
    result = runner.invoke(app, ["query", "--list"])
    assert result.exit_code == 0
    names = [line.split()[0] for line in result.output.splitlines()]
    assert "units_assigned_topic" in names
    assert len(names) == len(set(names))


def test_cli_query_runs_a_named_query(runner: CliRunner, fake_parser: None, tmp_path: Path) -> None:
    f = tmp_path / "001_good.txt"
    f.write_text(GOOD, encoding="utf-8")
    store = str(tmp_path / "store")
    runner.invoke(app, ["ingest", str(f), "--store", store])
    args = [
        "query",
        "units_assigned_topic",
        "--param",
        "topic=metrology",
        "--store",
        store,
        "--format",
        "json",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["results"]["bindings"]
    assert rows and rows[0]["agency"]["value"] == "Chi cục Tiêu chuẩn Đo lường Chất lượng"
    result = runner.invoke(app, ["query", "no_such_query", "--store", store])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1 and result.output.startswith("Error: ")


def test_cli_export_nquads_to_stdout(runner: CliRunner, fake_parser: None, tmp_path: Path) -> None:
    f = tmp_path / "001_good.txt"
    f.write_text(GOOD, encoding="utf-8")
    store = str(tmp_path / "store")
    runner.invoke(app, ["ingest", str(f), "--store", store])
    result = runner.invoke(app, ["export", "--store", store, "--format", "nquads"])
    assert result.exit_code == 0
    quads = list(ox.parse(result.stdout_bytes, format=ox.RdfFormat.N_QUADS))
    assert any(q.predicate.value.endswith("#sourceFile") and q.object.value == "001_good.txt" for q in quads)


def test_cli_export_unknown_format_lists_the_valid_ones(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--store", str(tmp_path / "s"), "--format", "xml"])
    assert result.exit_code == 1
    assert (
        result.output.strip()
        == "Error: unknown export format 'xml' — use one of: jsonld, nquads, trig, turtle"
    )


def test_cli_store_in_use_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    from ketluan.graph.store import Store

    with Store.open(tmp_path / "s"):
        result = runner.invoke(app, ["export", "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: store {tmp_path / 's'} is already open in this process — close the other Store first"
    ]


def test_cli_remove(runner: CliRunner, fake_parser: None, tmp_path: Path) -> None:
    f = tmp_path / "001_good.txt"
    f.write_text(GOOD, encoding="utf-8")
    store = str(tmp_path / "store")
    runner.invoke(app, ["ingest", str(f), "--store", store])
    result = runner.invoke(app, ["remove", "001_good.txt", "--store", store])
    assert result.exit_code == 0
    assert result.output.startswith("removed 001_good.txt (https://w3id.org/ketluan/id/notice/001-good)")
    result = runner.invoke(app, ["remove", "001_good.txt", "--store", store])
    assert result.exit_code == 1
    assert result.output.startswith("Error: no notice 001_good.txt in store")


@pytest.mark.slow
@pytest.mark.skipif(
    importlib.util.find_spec("ketluan.ingest.extract") is None,
    reason="ketluan.ingest.extract (the real parser) is not written yet",
)
def test_cli_ingest_with_the_real_parser(runner: CliRunner, tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    files = sorted(DATA.glob("*.txt"))
    result = runner.invoke(app, ["ingest", *map(str, files), "--store", store])
    assert result.exit_code in (0, 3), result.output
    assert "Traceback" not in result.output
    out = tmp_path / "out.nq"
    assert runner.invoke(app, ["export", "--store", store, "-o", str(out)]).exit_code == 0
    quads = list(ox.parse(path=out, format=ox.RdfFormat.N_QUADS))
    ingested = {q.object.value for q in quads if q.predicate.value.endswith("#sourceFile")}
    assert ingested, result.output


def test_cli_validate_conforms(runner: CliRunner, fake_parser: None, tmp_path: Path) -> None:
    f = tmp_path / "001_good.txt"
    f.write_text(GOOD, encoding="utf-8")
    store = str(tmp_path / "store")
    runner.invoke(app, ["ingest", str(f), "--store", store])
    result = runner.invoke(app, ["validate", "--store", store])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("conforms: 1 notices, ")
    assert result.output.strip().endswith("0 violations")


@pytest.mark.issue(3)
def test_cli_validate_reason_reports_a_person_typed_as_an_agency(
    runner: CliRunner, fake_parser: None, tmp_path: Path
) -> None:
    import pyoxigraph as ox

    (tmp_path / "001_good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "002_good.txt").write_text(GOOD.replace("10/4/2018", "3/5/2019"), encoding="utf-8")
    store = tmp_path / "store"
    runner.invoke(
        app, ["ingest", str(tmp_path / "001_good.txt"), str(tmp_path / "002_good.txt"), "--store", str(store)]
    )
    result = runner.invoke(app, ["validate", "--reason", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "001_good.txt: consistent" in result.output and "002_good.txt: consistent" in result.output
    # break one notice: its chair becomes an agency too (kl:Person and kl:Agency are disjoint)
    s = ox.Store(str(store))
    g = ox.NamedNode("https://w3id.org/ketluan/id/notice/002-good")
    person = ox.NamedNode("https://w3id.org/ketluan/id/person/002-good/p")
    s.add(ox.Quad(person, ox.NamedNode(str(RDF.type)), ox.NamedNode(KL + "Agency"), g))
    s.flush()
    del s
    result = runner.invoke(app, ["validate", "--reason", "--notice", "002_good.txt", "--store", str(store)])
    assert result.exit_code == 1, result.output
    line = next(x for x in result.output.splitlines() if x.startswith("002_good.txt"))
    assert "INCONSISTENT" in line and "kli:person/002-good/p" in line and "disjoint" in line
    assert "001_good.txt" not in result.output


def test_cli_query_table(runner: CliRunner, fake_parser: None, tmp_path: Path) -> None:
    (tmp_path / "001_good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "002_good.txt").write_text(GOOD.replace("10/4/2018", "3/5/2019"), encoding="utf-8")
    store = str(tmp_path / "store")
    runner.invoke(app, ["ingest", str(tmp_path), "--store", store])
    result = runner.invoke(app, ["query", "chairs_across_years", "--store", store])
    assert result.exit_code == 0, result.output
    assert "Phạm Văn Hùng" in result.output


@pytest.mark.slow
@pytest.mark.skipif(
    importlib.util.find_spec("ketluan.ingest.extract") is None,
    reason="ketluan.ingest.extract (the real parser) is not written yet",
)
def test_cli_demo(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["demo", "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert "0 rejected" in result.output.splitlines()[0]
    for heading in ("calibration", "chaired", "absent", "per agency and topic"):
        assert heading in result.output
    assert "not available" not in result.output


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample notices, ingested and resolved by the real pipeline."""
    from importlib import resources

    store = tmp_path_factory.mktemp("samples") / "store"
    samples = str(resources.files("ketluan.ingest.samples"))
    result = CliRunner().invoke(app, ["ingest", samples, "--store", str(store)])
    assert result.exit_code == 0, result.output
    return store


def test_cli_viz_writes_an_offline_page(runner: CliRunner, sample_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    result = runner.invoke(app, ["viz", "-o", str(out), "--store", str(sample_store)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {out}")
    m = re.search(r"(\d[\d,]*) nodes \(", result.output)
    assert m and int(m.group(1).replace(",", "")) > 10
    html = out.read_text(encoding="utf-8")
    assert "<script" in html and "vis-network" in html.lower()
    assert not re.search(r"""(src|href)=["']https?://""", html)  # every asset inlined: no CDN


def test_cli_viz_focus_and_bad_filters(runner: CliRunner, sample_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.html"
    result = runner.invoke(
        app, ["viz", "-o", str(out), "--store", str(sample_store), "--focus", "Không Có Ai"]
    )
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error: no person or agency named 'Không Có Ai'")
    assert "Traceback" not in result.output
    result = runner.invoke(
        app, ["viz", "-o", str(out), "--store", str(sample_store), "--year-from", "2022", "--year-to", "2020"]
    )
    assert result.exit_code == 1 and "after --year-to" in result.output
    result = runner.invoke(app, ["viz", "-o", str(out), "--store", str(tmp_path / "none")])
    assert result.exit_code == 1 and "no store at" in result.output


def test_cli_analytics_prints_rankings(runner: CliRunner, sample_store: Path) -> None:
    result = runner.invoke(app, ["analytics", "--store", str(sample_store), "--top", "3"])
    assert result.exit_code == 0, result.output
    assert "Bodies with the most directives assigned" in result.output
    assert "Who chairs most" in result.output
    table = result.output.split("Bodies with the most directives assigned (kl:assignedTo):")[1].split("\n\n")[
        0
    ]
    rows = [line for line in table.splitlines() if line.strip()]
    assert 1 <= len(rows) <= 3
    counts = [int(line.split()[0]) for line in rows]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 1


def test_cli_synth_writes_notices_the_pipeline_reads(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "synth"
    result = runner.invoke(app, ["synth", "--n", "6", "--seed", "3", "-o", str(out)])
    assert result.exit_code == 0, result.output
    notices = sorted(p for p in out.iterdir() if p.suffix in {".txt", ".md", ".html"})
    assert len(notices) == 6
    assert len(list((out / "gold").glob("*.json"))) == 6
    store = tmp_path / "store"
    result = runner.invoke(app, ["ingest", str(out), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].startswith("6 ingested")
    again = runner.invoke(app, ["synth", "--n", "2", "-o", str(out)])  # never writes over a folder in use
    assert again.exit_code == 2 and "not an empty folder" in again.output
