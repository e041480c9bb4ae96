"""The full-text index of directive texts (ketluan.graph.textindex / textsync): matching, hostile input, kept
in step with the store through add/replace/remove, crashes between the two databases, and the
``search_directives`` named query answering the same with and without it."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import unicodedata
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from ketluan.graph.check import check_store
from ketluan.graph.cli import app
from ketluan.graph.errors import StoreError
from ketluan.graph.pipeline import ingest_paths
from ketluan.graph.queries import fulltext_text, load_query, parse_query, run_query
from ketluan.graph.store import Store
from ketluan.graph.textindex import INDEX_FILE, DirectiveRow, NoticeRow, TextIndex, fts_phrase, spellings
from ketluan.ingest import records as r
from ketluan.ingest.text import fold_tones, unfold_tones

SAMPLES = Path(str(files("ketluan.ingest.samples")))

# directive snippets in the words of real notices
DIRECTIVES = [
    "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tổ chức kiểm định cân đối chứng cho các chợ, "
    "hoàn thành trước ngày 30/6/2018.",
    "UBND huyện Hoà Vang phối hợp kiểm tra đo lường đối với cân tại các chợ và cột đo xăng dầu.",
    "Phòng Quản lý chuyên ngành rà soát hồ sơ căn hộ chung cư; báo cáo Giám đốc Sở trước ngày 15/7/2019.",
    "Chi cục Thuỷ lợi cần khẩn trương sửa chữa cống; cơ sở y tế đăng ký kiểm định trong tháng 10/2021.",
    'Văn phòng Sở đăng tải "Quy chế làm việc" (bản sửa đổi) lên cổng thông tin; khoẻ mạnh -30% NEAR: ok*.',
]


def _notice(
    source_file: str, directives: list[str], *, extra: str = "", held_on: str | None = "2019-05-14"
) -> r.Notice:
    """A notice of one meeting (``held_on``, or no date) whose directives are ``directives``, each with its
    span in the text, as extraction writes it (test_queries_indexes builds its notices with it too)."""
    head = f"THÔNG BÁO Kết luận của Giám đốc Sở Khoa học và Công nghệ. {extra}"
    text, spans = head, []
    for d in directives:
        spans.append(r.Span(len(text), len(text) + len(d)))
        text += d + "\n"
    n = r.Notice(
        source_file=source_file,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        text=text,
        title="Thông báo kết luận",
    )
    n.meeting.held_on = held_on
    n.agencies["so"] = r.Agency("so", "Sở Khoa học và Công nghệ", "so", spans=[r.Span(40, 64)])
    for d, span in zip(directives, spans, strict=True):
        n.directives.append(r.Directive(d, span, ["so"], topics=["metrology"]))
    return n


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "store") as st:
        st.add_notice(_notice("001_tb.txt", DIRECTIVES[:3]))
        st.add_notice(_notice("002_tb.txt", DIRECTIVES[3:]))
        yield st


def _texts(index: TextIndex, q: str) -> list[str]:
    hits, total = index.search(q, limit=100)
    assert total == len(hits)
    return sorted(h.directive.text for h in hits)


def _reference(store: Store, q: str) -> list[str]:
    """What the old pure-SPARQL filter keeps: the texts containing either tone placement, ignoring case."""
    forms = {fold_tones(q).lower(), unfold_tones(q).lower()}
    out = []
    for quad in store.ox.quads_for_pattern(
        None, ox.NamedNode("https://w3id.org/ketluan/ontology#text"), None
    ):
        if any(f in quad.object.value.lower() for f in forms):
            out.append(quad.object.value)
    return sorted(out)


# -- matching ----------------------------------------------------------------------------------------------


def test_spellings_are_both_tone_placements_lower_cased() -> None:
    assert spellings("Hoà Bình") == ["hòa bình", "hoà bình"]
    assert spellings("kiểm định") == ["kiểm định"]
    decomposed = unicodedata.normalize("NFD", "THUỶ")
    assert spellings(decomposed) == ["thủy", "thuỷ"]


def test_fts_phrase_quotes_everything() -> None:
    assert fts_phrase('a "b" NEAR(c) -d:*') == '"a ""b"" NEAR(c) -d:*"'


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("kiểm định", [0, 3]),
        ("KIỂM ĐỊNH", [0, 3]),  # case folded
        ("kiểm định cân", [0]),  # a phrase: the words in this order
        ("cân", [0, 1]),  # a substring: "cân đối", "cân tại" — not "căn hộ"
        ("căn", [2]),  # diacritics must match
        ("kiem dinh", []),
        ("đo lường", [0, 1]),
        ("do luong", []),
        ("hòa vang", [1]),  # the text writes "Hoà": either tone placement
        ("thủy lợi", [3]),  # the text writes "Thuỷ"
        ("khỏe", [4]),
        ("Sở", [2, 3, 4]),  # two characters: found by a scan, same rule ("cơ sở" too)
        ("ỹ", [0]),  # one character, its marks matching
    ],
)
def test_search_matches_like_the_sparql_filter(store: Store, q: str, expected: list[int]) -> None:
    assert _texts(store.text_index(), q) == sorted(DIRECTIVES[i] for i in expected)
    assert _texts(store.text_index(), q) == _reference(store, q)


@pytest.mark.parametrize(
    "q",
    [
        '"',
        '""',
        '"Quy chế',
        "NEAR:",
        "-30%",
        "ok*",
        "*",
        "(bản",
        "a OR b",
        "sửa) lên",
        "NOT",
        "^Văn",
        "'",
        ":",
    ],
)
def test_hostile_input_is_text_not_syntax(store: Store, q: str) -> None:
    index = store.text_index()
    assert _texts(index, q) == _reference(store, q)
    assert sorted(index.candidates(q).iris) == sorted(
        {h.directive.iri for h in index.search(q, limit=100)[0]}
    )


def test_every_vietnamese_capital_is_folded_and_no_diacritic_is(tmp_path: Path) -> None:
    """FTS5's trigram tokenizer folds case like str.lower() on every Vietnamese letter, and keeps marks."""
    letters = sorted(
        {
            unicodedata.normalize("NFC", base + tone)
            for base in "aăâeêioôơuưy"
            for tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
        }
        | {"đ"}
    )
    with Store.open(tmp_path / "s") as st:
        texts = [f"xx{c.upper()}yy và zz{c}ww." for c in letters]
        st.add_notice(_notice("001_letters.txt", texts))
        index = st.text_index()
        for c in letters:
            assert _texts(index, f"x{c}y") == [f"xx{c.upper()}yy và zz{c}ww."], c
            assert _texts(index, f"z{c.upper()}w") == [f"xx{c.upper()}yy và zz{c}ww."], c
        assert _texts(index, "xaayy") == []  # "a" is not "ă", "â", "á", ...


def test_search_snippet_marks_the_match(store: Store) -> None:
    hits, total = store.text_index().search("hòa vang")
    assert total == 1
    assert "«Hoà Vang»" in hits[0].snippet()
    assert hits[0].notice.source_file == "001_tb.txt"
    assert hits[0].directive.agencies == "Sở Khoa học và Công nghệ"
    assert hits[0].directive.topics == "metrology" and hits[0].directive.meeting_date == "2019-05-14"


# -- kept in step with the store -----------------------------------------------------------------------------


def test_replace_and_remove_follow_the_store(store: Store) -> None:
    index = store.text_index()
    assert len(_texts(index, "kiểm định")) == 2
    assert store.add_notice(_notice("001_tb.txt", DIRECTIVES[:3])) == "unchanged"
    assert store.add_notice(_notice("001_tb.txt", [DIRECTIVES[2]], extra="Bản sửa.")) == "replaced"
    assert _texts(index, "kiểm định") == [DIRECTIVES[3]]
    assert _texts(index, "căn hộ") == [DIRECTIVES[2]]  # the new version's rows, once
    store.remove_notice("002_tb.txt")
    assert _texts(index, "kiểm định") == []
    assert sorted(index.notices()) == [n for n, _, _ in store.notices()]
    assert [p for p in check_store(store).problems if "resolved" not in p] == []


def test_a_store_without_index_gets_one_on_first_use(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with Store.open(path) as st:
        st.add_notice(_notice("001_tb.txt", DIRECTIVES))
    (path / INDEX_FILE).unlink()  # as a store written by a ketluan before the index
    for suffix in ("-wal", "-shm"):
        (path / (INDEX_FILE + suffix)).unlink(missing_ok=True)
    out = CliRunner().invoke(app, ["search", "kiểm định", "--store", str(path)])
    assert out.exit_code == 0, out.output
    assert "built the text index of 1 notices (no text index yet)" in out.stderr
    assert out.stdout.startswith("2 of 2 directives containing 'kiểm định'")
    with Store.open(path) as st:
        st.text_index()
        assert st.text_sync is not None and not st.text_sync.changed


def test_an_index_of_another_version_is_rebuilt(store: Store) -> None:
    path = store.path
    store.text_index().db.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
    store.close()
    assert TextIndex.open(path) is None  # readers do not use it
    with Store.open(path) as st:
        assert _texts(st.text_index(), "cân") == sorted(DIRECTIVES[:2])
        assert st.text_sync is not None and st.text_sync.rebuilt


def test_a_notice_written_behind_the_journal_is_found_by_its_hash(store: Store) -> None:
    """A notice replaced by something that bypassed Store.add_notice (an older ketluan): its content hash no
    longer matches the one indexed. A search only counts notices (same number: not seen); the first write
    of a process compares every hash and re-reads it; `ketluan check` reports it meanwhile."""
    path = store.path
    store.text_index().db.execute("UPDATE notices SET content_hash = 'old' WHERE source_file = '002_tb.txt'")
    store.text_index().db.execute("DELETE FROM directives WHERE text LIKE 'Chi cục%'")
    assert any("text index holds another version" in p for p in check_store(store).problems)
    store.close()
    with Store.open(path) as st:
        assert _texts(st.text_index(), "thủy lợi") == []
        assert st.add_notice(_notice("001_tb.txt", DIRECTIVES[:3])) == "unchanged"
        assert _texts(st.text_index(), "thủy lợi") == [DIRECTIVES[3]]
        assert st.text_sync is not None and len(st.text_sync.reread) == 1
        assert [p for p in check_store(st).problems if "resolved" not in p] == []


def test_a_notice_removed_behind_its_back_is_found_by_a_search(store: Store) -> None:
    """A notice graph dropped without Store.remove_notice: the numbers of notices differ, so even a search's
    cheap check compares the hashes and forgets it."""
    graph = next(n for n, f, _ in store.notices() if f == "002_tb.txt")
    path = store.path
    store.ox.remove_graph(ox.NamedNode(graph))
    store.close()
    with Store.open(path) as st:
        assert _texts(st.text_index(), "thủy lợi") == []
        assert st.text_sync is not None and st.text_sync.dropped == [graph]
        assert sorted(n.source_file for n in st.text_index().notices().values()) == ["001_tb.txt"]


def test_reading_only_the_needed_predicates_gives_the_same_rows(samples: Store) -> None:
    from ketluan.graph.textsync import _read, notice_rows

    for graph, _, _ in samples.notices():
        everything = samples.ox.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        assert _read(samples.ox, graph) == notice_rows(graph, everything)
        assert _read(samples.ox, graph)[1]  # every sample notice has directives


def test_stale_mark_stops_readers_and_the_next_writer_rebuilds(store: Store) -> None:
    path = store.path
    store.close()
    TextIndex.mark_stale(path, "the store was written through the endpoint")
    assert TextIndex.open(path) is None
    with Store.open(path) as st:
        assert any(
            p.startswith("the text index is stale: the store was written") for p in check_store(st).problems
        )
        assert _texts(st.text_index(), "kiểm định") == sorted([DIRECTIVES[0], DIRECTIVES[3]])
        assert (
            st.text_sync is not None and st.text_sync.rebuilt == "the store was written through the endpoint"
        )
    assert TextIndex.open(path) is not None


def test_an_index_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with Store.open(path) as st:
        st.add_notice(_notice("001_tb.txt", DIRECTIVES))
    for name in (INDEX_FILE, INDEX_FILE + "-wal", INDEX_FILE + "-shm"):
        (path / name).unlink(missing_ok=True)
    (path / INDEX_FILE).mkdir()  # something in the way
    out = CliRunner().invoke(app, ["search", "kiểm định", "--store", str(path)])
    assert out.exit_code == 1
    assert out.stderr.startswith("Error: cannot open the text index ") and "Traceback" not in out.output
    assert len(out.stderr.strip().splitlines()) == 1
    # the named query still answers, from the store alone
    q = CliRunner().invoke(
        app, ["query", "search_directives", "-p", "q=kiểm định", "--store", str(path), "--format", "csv"]
    )
    assert q.exit_code == 0 and len(q.stdout.splitlines()) == 3
    with Store.open(path) as st, pytest.raises(StoreError, match="cannot open the text index"):
        st.add_notice(_notice("002_tb.txt", DIRECTIVES[:1]))


# -- crashes between the two transactions ------------------------------------------------------------------

_CRASH = textwrap.dedent(
    """
    import importlib.util, os, signal
    from ketluan.graph.store import Store
    from ketluan.graph.textindex import TextIndex
    spec = importlib.util.spec_from_file_location("tti", {test_file!r})
    tti = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tti)
    DIRECTIVES, _notice = tti.DIRECTIVES, tti._notice
    where = {where!r}
    original = getattr(TextIndex, where)
    def crash(self, *args, **kwargs):
        if where == "begin":
            original(self, *args, **kwargs)  # journalled; the store write never happens
        os.kill(os.getpid(), signal.SIGKILL)  # "put_many"/"drop": the store was written, the index not
    st = Store.open({path!r})
    st.text_index()
    setattr(TextIndex, where, crash)
    {action}
    """
)


@pytest.mark.parametrize(
    ("where", "action", "expected"),
    [
        (
            "put_many",
            "st.add_notice(_notice('003_tb.txt', [DIRECTIVES[0]]))",
            ["001_tb.txt", "002_tb.txt", "003_tb.txt"],
        ),
        (
            "put_many",
            "st.add_notice(_notice('002_tb.txt', [DIRECTIVES[0]], extra='v2'))",
            ["001_tb.txt", "002_tb.txt"],
        ),
        (
            "begin",
            "st.add_notice(_notice('002_tb.txt', [DIRECTIVES[0]], extra='v2'))",
            ["001_tb.txt", "002_tb.txt"],
        ),
        ("drop", "st.remove_notice('002_tb.txt')", ["001_tb.txt"]),
    ],
)
def test_killed_between_store_and_index_then_repaired(
    tmp_path: Path, where: str, action: str, expected: list[str]
) -> None:
    """SIGKILL the writing process between the two databases (after the store's transaction and before the
    index's, or after the journal and before the store's): the next opening sees the journal and re-reads
    those notices, so searches answer as the store does."""
    path = tmp_path / "store"
    with Store.open(path) as st:
        st.add_notice(_notice("001_tb.txt", DIRECTIVES[:3]))
        st.add_notice(_notice("002_tb.txt", DIRECTIVES[3:]))
    code = _CRASH.format(test_file=__file__, where=where, path=str(path), action=action)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    with Store.open(path) as st:
        problems = check_store(st).problems
        assert any("a write to the text index was interrupted" in p for p in problems), problems
        index = st.text_index()  # the writer's first use repairs
        assert st.text_sync is not None and st.text_sync.changed
        assert index.pending() == []
        assert sorted(n.source_file for n in index.notices().values()) == expected
        for q in ("kiểm định", "cân", "thủy lợi", "Sở", "quy chế"):
            assert _texts(index, q) == _reference(st, q), q
        assert [p for p in check_store(st).problems if "resolved" not in p] == []


@pytest.mark.slow
@pytest.mark.issue(7)
def test_ingest_killed_at_any_moment_then_rerun_keeps_the_index_in_step(tmp_path: Path) -> None:
    """SIGKILL a real `ketluan ingest` of 40 notices at two moments; after a re-run the index holds every notice
    exactly as stored (check), and search_directives answers as the store alone does."""
    folder = tmp_path / "notices"
    folder.mkdir()
    sources = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md", ".html"))
    for i in range(40):
        src = sources[i % len(sources)]
        shutil.copy(src, folder / f"{i:03d}_{src.name}")
    store_path = tmp_path / "store"
    cmd = [sys.executable, "-m", "ketluan.graph.cli", "ingest", str(folder), "--store", str(store_path)]
    cmd += ["--no-resolve"]
    import time

    for delay in (2.0, 3.5):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    with Store.open(store_path) as st:
        assert [p for p in check_store(st).problems if "resolved" not in p] == []
        q = load_query("search_directives")
        for term in ("kiểm định", "hoà", "đo lường", "an"):
            assert sorted(map(str, run_query(st, q, {"q": term}).rows)) == sorted(
                map(str, run_query(st.ox, q, {"q": term}).rows)
            )


# -- the named query -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def samples_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fts") / "store"
    with Store.open(path) as st:
        assert ingest_paths([SAMPLES], st).ok
    return path


@pytest.fixture
def samples(samples_path: Path):
    with Store.open(samples_path) as st:
        yield st


TERMS = ["kiểm định", "hoà", "hòa", "cân", "đo lường", "kiểm định cân", "báo cáo", "Sở", "an", "thuỷ", "KẾ HOẠCH",
         "trước ngày", "", "ủy ban", 'x"*NEAR-:', "30/6"]  # fmt: skip


@pytest.mark.parametrize("term", TERMS)
def test_search_directives_same_answers_with_and_without_the_index(samples: Store, term: str) -> None:
    q = load_query("search_directives")
    with_index = run_query(samples, q, {"q": term})
    plain = run_query(samples.ox, q, {"q": term})  # a bare pyoxigraph store: the query as written
    assert with_index.variables == plain.variables
    assert sorted(map(str, with_index.rows)) == sorted(map(str, plain.rows))
    assert {row[1].value for row in plain.rows} == set(_reference(samples, term))


def test_the_index_narrows_the_query_to_candidates(samples: Store) -> None:
    q = load_query("search_directives")
    assert q.fulltext is not None and (q.fulltext.param, q.fulltext.variable) == ("q", "directive")
    from ketluan.graph.queries import bind_params

    text = fulltext_text(q, bind_params(q, {"q": "kiểm định"}), samples.text_index())
    assert "VALUES ?fulltextCandidate { <https://w3id.org/ketluan/id/directive/" in text
    assert text.count("<https://w3id.org/ketluan/id/directive/") == len(_reference(samples, "kiểm định"))
    assert "kiểm định" not in text.split("WHERE", 1)[1]  # the user's text is bound, never pasted
    # without a usable index (a plain server, a stale index) the text is the file as written
    assert fulltext_text(q, bind_params(q, {"q": "kiểm định"}), None) == q.text


def test_pending_notices_stay_candidates_for_readers(store: Store) -> None:
    """A reader beside a running ingest: a notice journalled as being written (its rows not yet in the
    index) is searched in full, so the answers are still the store's."""
    q = load_query("search_directives")
    graph = next(n for n, f, _ in store.notices() if f == "002_tb.txt")
    index = store.text_index()
    index.begin([graph])
    index.db.execute("DELETE FROM directives WHERE graph = ?", (graph,))
    from ketluan.graph.queries import bind_params

    text = fulltext_text(q, bind_params(q, {"q": "kiểm định"}), index)
    assert f"VALUES ?fulltextPending {{ <{graph}> }}" in text
    for term in ("kiểm định", "thủy lợi", "cân"):
        with_index = run_query(store, q, {"q": term})
        assert sorted(map(str, with_index.rows)) == sorted(map(str, run_query(store.ox, q, {"q": term}).rows))
    assert len(run_query(store, q, {"q": "thủy lợi"}).rows) == 1  # only in the pending notice


def test_fulltext_header_is_checked() -> None:
    from ketluan.graph.errors import QueryError

    with pytest.raises(QueryError, match="not a string parameter"):
        parse_query("x", "# params: y=2000 (year: a year)\n# fulltext: y -> ?d\nSELECT * WHERE {}")
    with pytest.raises(QueryError, match="PARAM -> \\?variable"):
        parse_query("x", "# params: q= (string: text)\n# fulltext: q ?d\nSELECT * WHERE {}")


def test_cli_search_prints_agency_topic_due_snippet_and_file(samples_path: Path) -> None:
    path = str(samples_path)
    out = CliRunner().invoke(app, ["search", "kiểm định cân", "--store", path])
    assert out.exit_code == 0, out.output
    lines = out.stdout.splitlines()
    assert lines[0] == "1 of 1 directives containing 'kiểm định cân'"
    assert any("to: " in line and "topic: metrology" in line and "due 20" in line for line in lines)
    assert sum("«kiểm định cân»" in line for line in lines) == 1
    assert any(".txt" in line and line[:4].isdigit() for line in lines)
    js = CliRunner().invoke(app, ["search", "hoà", "--store", path, "-f", "json", "-n", "1"])
    doc = json.loads(js.stdout)
    with Store.open(path) as st:
        assert doc["total"] == len(_reference(st, "hoà")) > 1
    assert len(doc["directives"]) == 1 and "hoà" in doc["directives"][0]["text"].lower().replace("hòa", "hoà")
    bad = CliRunner().invoke(app, ["search", "--store", path])
    assert bad.exit_code == 2 and bad.stderr.startswith("Error: give the words")


def test_directive_rows_carry_what_search_prints() -> None:
    row = DirectiveRow("d", "g", "x")
    assert (row.topics, row.agencies, row.due) == ("", "", None)
    assert NoticeRow("g", "f", "h").title is None


def test_endpoint_gallery_query_uses_the_index_with_the_same_answers(
    samples_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """/api/query/search_directives (the gallery) reads the index read-only and gets the store's answers; a
    stale index (an update through the endpoint) is not used, and the answers stay the same."""
    import ketluan.graph.endpoint.app as endpoint
    from ketluan.graph.endpoint.settings import Settings

    texts: list[str] = []
    real = endpoint._fulltext_text

    def spy(*args: object) -> str:
        texts.append(real(*args))
        return texts[-1]

    monkeypatch.setattr(endpoint, "_fulltext_text", spy)
    store = tmp_path / "store"
    shutil.copytree(samples_path, store, ignore=shutil.ignore_patterns("LOCK"))

    def answers(q: str) -> list[str]:
        status, _, body = endpoint.get(
            Settings(store=store, workers=1), f"/api/query/search_directives?q={q}"
        )
        assert status == 200, body
        rows = json.loads(body)["results"]["bindings"]
        return sorted(json.dumps(row, sort_keys=True, ensure_ascii=False) for row in rows)

    with_index = answers("kiểm định")
    assert "VALUES ?fulltextCandidate { <https://w3id.org/ketluan/id/directive/" in texts[-1]
    with Store.open(store) as st:
        assert len(with_index) == len(
            run_query(st.ox, load_query("search_directives"), {"q": "kiểm định"}).rows
        )
    TextIndex.mark_stale(store, "the store was written through the endpoint")
    assert answers("kiểm định") == with_index
    assert texts[-1] == load_query("search_directives").text  # as written
