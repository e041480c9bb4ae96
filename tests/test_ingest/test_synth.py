"""The synthetic corpus generator (`ketluan.ingest.synth`): determinism, file/gold pairing, gold
true to the text, the mix of layouts, cross-notice identities, and an end-to-end check that the
extractor reads generated notices."""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from datetime import date

import pytest

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.lang.vi import synth_data as D
from ketluan.ingest.places import load_gazetteer
from ketluan.ingest.synth import LAYOUTS, generate, old_tones, write_corpus
from ketluan.ingest.text import match_key

pytestmark = pytest.mark.issue(7)

TOPICS = {
    "metrology", "standards-quality", "intellectual-property", "radiation-safety", "inspection",
    "research-projects", "technology-transfer", "innovation", "finance", "planning", "reporting",
    "communication", "training", "administrative-reform", "personnel", "statistics", "events",
    "party-affairs", "investment",
}  # fmt: skip
GOLD_KEYS = {
    "file",
    "province",
    "meeting",
    "signer",
    "issuer",
    "persons",
    "absent",
    "assignments",
    "supports",
    "optional_assignees",
    "optional_metrology",
}
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


@pytest.fixture(scope="module")
def corpus():
    return list(generate(400, 11))


def _key(s: str) -> str:
    """Case- and tone-placement-insensitive comparison key."""
    return match_key(s)


def _in_text(alias: str, text: str) -> bool:
    """``text`` is already a `_key`."""
    return _key(alias) in text


def _deadline_values(text: str, meeting: date) -> set[str]:
    """Canonical values (CONTRACT.md kl:dueBy) of every deadline phrase in the text, computed independently."""
    out: set[str] = set()
    for d, m, y in re.findall(r"(?:trước|chậm nhất) ngày (\d{1,2})/(\d{1,2})/(\d{4})", text):
        out.add(f"{y}-{int(m):02d}-{int(d):02d}")
    for d, m in re.findall(r"chậm nhất ngày (\d{1,2})/(\d{1,2})(?![/\d])", text):
        out.add(f"{meeting.year}-{int(m):02d}-{int(d):02d}")
    for d, m, y in re.findall(r"trước ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", text):
        out.add(f"{y}-{int(m):02d}-{int(d):02d}")
    for m, y in re.findall(r"trong tháng (\d{1,2})/(\d{4})", text):
        out.add(f"{y}-{int(m):02d}")
    for q, y in re.findall(r"trong quý (IV|III|II|I)/(\d{4})", text):
        end = {1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31"}[ROMAN[q]]
        out.add(f"{y}-{end}")
    for half, y in re.findall(r"trong 6 tháng (đầu|cuối) năm (\d{4})", text):
        out.add(f"{y}-06-30" if half == "đầu" else f"{y}-12-31")
    for y in re.findall(r"trong năm (\d{4})", text):
        out.add(y)
    return out


# ------------------------------------------------------------------------------ determinism


def test_same_seed_same_corpus_and_prefix_stable():
    a = [(x.filename, x.text, json.dumps(x.gold, ensure_ascii=False), x.mentions) for x in generate(25, 5)]
    b = [(x.filename, x.text, json.dumps(x.gold, ensure_ascii=False), x.mentions) for x in generate(25, 5)]
    assert a == b
    # notice i depends only on (seed, i): a smaller corpus is a prefix of a larger one
    c = [(x.filename, x.text) for x in generate(10, 5)]
    assert c == [(f, t) for f, t, _, _ in a[:10]]


def test_other_seed_other_corpus():
    a = [x.text for x in generate(10, 5)]
    b = [x.text for x in generate(10, 6)]
    assert sum(x != y for x, y in zip(a, b, strict=True)) >= 9


# ------------------------------------------------------------------------------ files


def test_write_corpus_pairs_every_notice_with_its_gold(tmp_path):
    summary = write_corpus(tmp_path / "syn", 30, 3)
    out = tmp_path / "syn"
    notices = sorted(p for p in out.iterdir() if p.suffix in (".txt", ".md", ".html"))
    golds = sorted((out / "gold").glob("*.json"))
    assert len(notices) == len(golds) == 30 == summary.n
    assert [p.stem for p in notices] == [g.stem for g in golds]
    for n, g in zip(notices, golds, strict=True):
        gold = json.loads(g.read_text(encoding="utf-8"))
        assert gold["file"] == n.name
    readme = (out / "README").read_text(encoding="utf-8")
    assert "synthetic" in readme.lower()
    # the identities live beside gold/, where score.py does not read them as a notice's answer
    ids = json.loads((out / "identities.json").read_text(encoding="utf-8"))
    assert not (out / "gold" / "identities.json").exists()
    assert {m["file"] for m in ids["mentions"]} == {p.name for p in notices}
    assert summary.persons == len(ids["persons"])
    assert sum(summary.layouts.values()) == sum(summary.formats.values()) == 30
    for g in golds:  # every gold person is a mention with a person id
        gold = json.loads(g.read_text(encoding="utf-8"))
        names = {m["name"] for m in ids["mentions"] if m["file"] == gold["file"]}
        assert {p["name"] for p in gold["persons"]} <= names


# ------------------------------------------------------------------------------ gold


def test_gold_has_the_scorers_fields(corpus):
    for sn in corpus:
        g = sn.gold
        assert GOLD_KEYS <= set(g), sn.filename
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["meeting"]["date"])
        assert g["meeting"]["chairs"], sn.filename
        names = {p["name"] for p in g["persons"]}
        assert set(g["meeting"]["chairs"]) <= names
        assert g["signer"] is None or g["signer"] in names
        for p in g["persons"]:
            assert p["roles"] and p["agency"], (sn.filename, p)
        for a in g["assignments"]:
            assert a["agency"] and a["topics"], (sn.filename, a)
            assert set(a["topics"]) <= TOPICS, a["topics"]
            if "due" in a:
                assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", a["due"]), a["due"]
        for pa in g.get("person_assignments", []):
            assert pa["name"] in names and set(pa["topics"]) <= TOPICS


def test_gold_is_true_to_the_text(corpus):
    for sn in corpus:
        g, text = sn.gold, html.unescape(sn.text) if sn.suffix == ".html" else sn.text
        keyed = _key(text)
        for p in g["persons"]:
            assert p["name"] in text, (sn.filename, p["name"])
            for a in p.get("aliases", []):
                assert a in text
            # the post's body is named in the text, unless the post is only the signature's
            # ("TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG": the office of the issuer)
            assert any(_in_text(a, keyed) for a in p["agency"]) or p["name"] == g["signer"], (sn.filename, p)
        for name in g.get("optional_persons", []):
            assert name in text
        # agency aliases: the canonical full name first, then only forms the notice writes
        lists = (
            [a["agency"] for a in g["assignments"]] + g["supports"] + g["absent"] + g["optional_assignees"]
        )
        for aliases in lists:
            for a in aliases[1:]:
                assert _in_text(a, keyed), (sn.filename, a)
            assert any(_in_text(a, keyed) for a in aliases), (sn.filename, aliases)
        if g["issuer"]:
            for a in g["issuer"][1:]:
                assert _in_text(a, keyed), (sn.filename, a)


def test_whoever_the_text_says_chairs_is_a_chair(corpus):
    for sn in corpus:
        chairs = set(sn.gold["meeting"]["chairs"])
        for segment in re.split(r"[;\n]|\. ", sn.text):
            if "chủ trì" in segment and "phối hợp" not in segment:
                for p in sn.gold["persons"]:
                    if p["name"] in segment and not re.search(r"Giao (đồng chí|ông|bà) ", segment):
                        assert p["name"] in chairs, (sn.filename, segment)


def test_every_due_is_the_value_of_a_deadline_phrase_in_the_text(corpus):
    n = 0
    for sn in corpus:
        values = _deadline_values(sn.text, date.fromisoformat(sn.gold["meeting"]["date"]))
        for a in sn.gold["assignments"]:
            if "due" in a:
                n += 1
                assert a["due"] in values, (sn.filename, a["agency"][0], a["due"], sorted(values))
                assert a["due"] >= sn.gold["meeting"]["date"][: len(a["due"])], (sn.filename, a)
    assert n > 200


def test_one_gold_entry_per_body(corpus):
    # a body given several tasks is one assignment (topics merged, the first deadline kept); a body
    # may support one directive and be assigned another, but is never both assigned and optional
    for sn in corpus:
        g = sn.gold
        assignees = {a["agency"][0] for a in g["assignments"]}
        assert len(assignees) == len(g["assignments"]), sn.filename
        assert len({s[0] for s in g["supports"]}) == len(g["supports"])
        assert not assignees & {o[0] for o in g["optional_assignees"]}


def test_task_wordings_carry_no_date_phrases_and_contract_topics():
    # deadlines are added by the generator with their canonical value; a wording with its own
    # "trong năm 2020" would be a deadline the gold does not know
    date_like = re.compile(r"trước ngày|chậm nhất|trong tháng|trong năm|quý [IV]|6 tháng|hằng tháng")
    for topic, tasks in D.TASKS.items():
        assert topic in TOPICS
        for wording, extra, tags in tasks:
            assert not date_like.search(wording), wording
            assert set(extra) <= TOPICS and tags
            assert wording[0].islower()


def test_old_tone_placement():
    assert (
        old_tones("Nguyễn Thị Hòa, Lê Thanh Thủy, CỘNG HÒA, Ủy ban")
        == "Nguyễn Thị Hoà, Lê Thanh Thuỷ, CỘNG HOÀ, Uỷ ban"
    )
    assert old_tones("quý, hoàng, Huỳnh, thuyết") == "quý, hoàng, Huỳnh, thuyết"


# ------------------------------------------------------------------------------ mix


def test_layouts_formats_places_and_years_mix(corpus):
    layouts = Counter(sn.layout for sn in corpus)
    assert set(layouts) == set(LAYOUTS)
    formats = Counter(sn.suffix for sn in corpus)
    assert formats[".txt"] > formats[".html"] > 0 and formats[".md"] > 0
    assert len({sn.province for sn in corpus}) >= 40
    assert len({sn.date[:4] for sn in corpus}) >= 14
    texts = "\n".join(sn.text for sn in corpus)
    for marker in (
        "Số:",
        "Nơi nhận:",
        "KT. GIÁM ĐỐC",
        "TL. CHỦ TỊCH",
        "Vắng",
        "giao ban tháng",
        "Phát biểu",
        "THÔNG BÁO",
        "<html",
        "| Họ và tên |",
        "phối hợp với",
    ):
        assert marker in texts, marker


def test_places_fit_the_date(corpus):
    gz = load_gazetteer()
    current = {p.name for p in gz.provinces.values() if p.current}
    for sn in corpus:
        d = date.fromisoformat(sn.date)
        if d >= date(2025, 7, 1):  # the 34 provinces, no districts any more
            assert sn.gold["province"] in current, sn.filename
            assert not re.search(r"UBND (huyện|quận|thị xã) |cấp huyện", sn.text), sn.filename
        if sn.gold["province"] == "Thừa Thiên Huế":
            assert d < date(2025, 1, 1)


def test_officials_persist_across_notices_and_namesakes_exist():
    sns = list(generate(600, 2))
    by_person: dict[str, set[str]] = {}
    by_name: dict[str, set[str]] = {}
    for sn in sns:
        for name, pid in sn.mentions:
            by_person.setdefault(pid, set()).add(sn.filename)
            by_name.setdefault(match_key(name), set()).add(pid)
    assert sum(len(f) >= 2 for f in by_person.values()) >= 50  # the same official in several notices
    assert sum(len(p) >= 2 for p in by_name.values()) >= 5  # different officials sharing a name
    # posts change over the years: some official is named with two different titles
    roles: dict[str, set[str]] = {}
    for sn in sns:
        written = {p["name"]: p["roles"][0] for p in sn.gold["persons"]}
        for name, pid in sn.mentions:
            if name in written:
                roles.setdefault(pid, set()).add(written[name])
    assert any(len(r) >= 2 for r in roles.values())


def test_a_thousand_notices(corpus):
    # speed sanity without a timed assertion: generating 1,000 notices just works
    n = sum(1 for _ in generate(1000, 4))
    assert n == 1000


# ------------------------------------------------------------------------------ end to end


def test_extractor_reads_generated_formal_notices():
    """parse_notice on formal notices finds the chair and most assignees (recall, aggregated)."""
    picked = [sn for sn in generate(120, 21) if sn.layout in ("so_notice", "ubnd_notice", "district_notice")][
        :15
    ]
    assert len(picked) == 15
    chairs_found = assignees_found = assignees_total = 0
    for sn in picked:
        n = parse_notice(sn.text, sn.filename)
        people = {match_key(p.name) for p in n.persons.values()}
        chairs = {match_key(n.persons[k].name) for k in n.meeting.chairs if k in n.persons}
        chairs_found += all(match_key(c) in chairs for c in sn.gold["meeting"]["chairs"])
        assert {match_key(p["name"]) for p in sn.gold["persons"]} & people
        assigned = set()
        for d in n.directives:
            for k in d.assignees:
                if k in n.agencies:
                    a = n.agencies[k]
                    assigned |= {match_key(x) for x in [a.name, *a.surfaces]}
        for a in sn.gold["assignments"]:
            assignees_total += 1
            assignees_found += any(match_key(x) in assigned for x in a["agency"])
    assert chairs_found >= 12
    assert assignees_found / assignees_total >= 0.75
