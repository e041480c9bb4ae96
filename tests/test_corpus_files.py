"""Consistency of the hand-written corpus: test notices, their gold answers and the demo samples.

The gold files follow the format read by ``shared/eval/score.py``; these tests keep them
loadable by it and keep every name in a gold file traceable to the words of its notice.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTICES = ROOT / "tests" / "data" / "notices"
GOLD = ROOT / "tests" / "data" / "gold"
SAMPLES = ROOT / "ingest" / "samples"
CONTRACT = ROOT.parent / "shared" / "CONTRACT.md"

NOTICE_SUFFIXES = {".txt", ".md", ".html"}
NOT_NOTICES = {"README.md"}

# The 19 topics of CONTRACT.md (`klt:` concepts). More may be added there; none may be renamed.
TOPICS = frozenset(
    {
        "metrology",
        "standards-quality",
        "intellectual-property",
        "radiation-safety",
        "inspection",
        "research-projects",
        "technology-transfer",
        "innovation",
        "finance",
        "planning",
        "reporting",
        "communication",
        "training",
        "administrative-reform",
        "personnel",
        "statistics",
        "events",
        "party-affairs",
        "investment",
    }
)

REQUIRED = {
    "file",
    "province",
    "meeting",
    "signer",
    "issuer",
    "persons",
    "absent",
    "assignments",
    "optional_assignees",
    "optional_metrology",
}
OPTIONAL = {"optional_persons", "supports", "person_assignments"}
DUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")

# Old-style tone placement -> new style, as the scorer does (hoà -> hòa, thuỷ -> thủy).
_TONES = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uỳ": "ùy",
    "uý": "úy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}


def _fold(s: str) -> str:
    """Case-, tone-placement-, dash- and whitespace-insensitive form for 'does it occur' checks."""
    s = unicodedata.normalize("NFC", s).lower().replace("\xa0", " ")
    for old, new in _TONES.items():
        s = s.replace(old, new)
    s = re.sub(r"[–—‐]", "-", s)
    s = re.sub(r"\s*-\s*", " - ", s)
    s = re.sub(r"[*_`|]", " ", s)  # Markdown emphasis and table bars
    return re.sub(r"\s+", " ", s).strip()


def _notice_files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in NOTICE_SUFFIXES and p.name not in NOT_NOTICES
    )


def _gold_files() -> list[Path]:
    return sorted(GOLD.glob("*.json"))


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _is_iso_date(s: str) -> bool:
    try:
        dt.date.fromisoformat(s)
    except ValueError:
        return False
    return len(s) == 10


def _is_alias_list(x) -> bool:
    return isinstance(x, list) and bool(x) and all(isinstance(a, str) and a.strip() for a in x)


# --- pairing -----------------------------------------------------------------------------------


def test_corpus_is_not_empty():
    assert len(_notice_files(NOTICES)) >= 12
    assert len(_gold_files()) >= 12


def test_every_notice_has_gold_and_every_gold_has_notice():
    notices = {p.stem for p in _notice_files(NOTICES)}
    golds = {p.stem for p in _gold_files()}
    assert notices - golds == set(), "notices without gold"
    assert golds - notices == set(), "gold files without a notice"
    stems = [p.stem for p in _notice_files(NOTICES)]
    assert len(stems) == len(set(stems)), "two notices share a base name"


@pytest.mark.parametrize(
    ("round_", "size"),
    [
        ("round2", 30),
        ("round3", 30),
        ("round4", 40),
        ("round5", 72),
        ("round6", 24),
        ("round7", 24),
        ("round8", 24),
        ("round9", 24),
        ("round10", 24),
        ("round11", 24),
        ("round12", 24),
        ("round13", 24),
        ("round14", 24),
        ("round15", 6),
        ("round16", 24),
        ("round17", 24),
        ("round18", 24),
        ("round19", 24),
        ("round20", 24),
        ("round21", 24),
        ("round22", 24),
        ("round23", 24),
        ("round24", 24),
        ("round25", 24),
        ("round26", 24),
        ("round27", 24),
        ("round28", 24),
        ("round29", 24),
        ("round30", 24),
        ("round31", 24),
        ("round32", 24),
        ("round33", 24),
    ],
)
def test_later_rounds_pair_every_notice_with_gold(round_: str, size: int):
    folder = ROOT / "tests" / "data" / round_
    suffixes = {".txt", ".md", ".html", ".htm", ".docx", ".pdf"}  # what the scorer ingests
    notices = {p.stem for p in folder.joinpath("notices").iterdir() if p.suffix.lower() in suffixes}
    golds = {p.stem for p in folder.joinpath("gold").glob("*.json")}
    assert len(notices) >= size and notices == golds
    for g in folder.joinpath("gold").glob("*.json"):
        assert _load(g)["file"] in {p.name for p in folder.joinpath("notices").iterdir()}, g.name


@pytest.mark.parametrize("path", _notice_files(NOTICES) + _notice_files(SAMPLES), ids=lambda p: p.name)
def test_file_names_are_ascii_slugs(path: Path):
    assert SLUG.match(path.name), path.name


# --- gold format -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: p.name)
def test_gold_format(path: Path):
    g = _load(path)
    assert REQUIRED <= set(g), f"missing keys: {sorted(REQUIRED - set(g))}"
    assert set(g) <= REQUIRED | OPTIONAL, f"unknown keys: {sorted(set(g) - REQUIRED - OPTIONAL)}"

    assert g["file"] == next(p.name for p in _notice_files(NOTICES) if p.stem == path.stem)
    assert g["province"] is None or (isinstance(g["province"], str) and g["province"])

    m = g["meeting"]
    assert set(m) <= {"date", "date_acceptable", "chairs", "optional_chairs"}
    assert m["date"] is None or _is_iso_date(m["date"]), m["date"]
    assert all(_is_iso_date(d) for d in m.get("date_acceptable", []))
    assert m["date"] or m.get("date_acceptable"), "a meeting date or acceptable dates"
    assert isinstance(m["chairs"], list) and all(isinstance(c, str) for c in m["chairs"])

    assert g["signer"] is None or isinstance(g["signer"], str)
    assert g["issuer"] is None or _is_alias_list(g["issuer"])

    names = set()
    for p in g["persons"]:
        assert set(p) <= {"name", "aliases", "roles", "agency"}, p
        assert isinstance(p["name"], str) and p["name"] == p["name"].strip()
        assert not re.match(r"(?i)^(ông|bà|đồng chí|đ/c)\s", p["name"]), "names carry no honorific"
        assert isinstance(p["roles"], list) and all(isinstance(r, str) for r in p["roles"])
        assert isinstance(p["agency"], list) and all(isinstance(a, str) for a in p["agency"])
        assert all(isinstance(a, str) for a in p.get("aliases", []))
        names |= {_fold(p["name"]), *(_fold(a) for a in p.get("aliases", []))}
    assert len(g["persons"]) == len({_fold(p["name"]) for p in g["persons"]}), "duplicate persons"
    for c in m["chairs"]:
        assert _fold(c) in names, f"chair {c} is not among the persons"
    if g["signer"] is not None:
        assert _fold(g["signer"]) in names, f"signer {g['signer']} is not among the persons"
    assert all(isinstance(n, str) for n in g.get("optional_persons", []))

    assert all(_is_alias_list(a) for a in g["absent"])
    for a in g["assignments"]:
        assert set(a) <= {"agency", "topics", "due"}, a
        assert _is_alias_list(a["agency"])
        assert a["topics"] and set(a["topics"]) <= TOPICS, f"bad topics {a['topics']}"
        assert len(a["topics"]) == len(set(a["topics"]))
        if "due" in a:
            assert DUE.match(a["due"]), a["due"]
            if len(a["due"]) == 10:
                assert _is_iso_date(a["due"]), a["due"]
            elif len(a["due"]) == 7:
                assert 1 <= int(a["due"][5:]) <= 12, a["due"]
    for key in ("supports", "optional_assignees", "optional_metrology"):
        assert all(_is_alias_list(a) for a in g.get(key, [])), key
    for pa in g.get("person_assignments", []):
        assert _fold(pa["name"]) in names
        assert pa["topics"] and set(pa["topics"]) <= TOPICS


def test_topic_list_matches_contract():
    if not CONTRACT.exists():
        pytest.skip("shared/CONTRACT.md is not beside the checkout")
    text = CONTRACT.read_text(encoding="utf-8")
    section = text.split("## Topics", 1)[1].split("##", 1)[0]
    assert TOPICS <= set(re.findall(r"`([a-z-]+)`", section))


# --- gold against the notice text --------------------------------------------------------------


def _occurs(aliases: list[str], text: str) -> bool:
    return any(_fold(a) in text for a in aliases)


@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: p.name)
def test_gold_names_occur_in_notice(path: Path):
    g = _load(path)
    text = _fold((NOTICES / g["file"]).read_text(encoding="utf-8"))
    missing = []
    for p in g["persons"]:
        if not _occurs([p["name"], *p.get("aliases", [])], text):
            missing.append(f"person {p['name']}")
        if p["agency"] and not _occurs(p["agency"], text):
            missing.append(f"agency of {p['name']}: {p['agency'][0]}")
    for n in g.get("optional_persons", []):
        if not _occurs([n], text):
            missing.append(f"optional person {n}")
    for a in g["absent"]:
        if not _occurs(a, text):
            missing.append(f"absent {a[0]}")
    for a in g["assignments"]:
        if not _occurs(a["agency"], text):
            missing.append(f"assignee {a['agency'][0]}")
    for key in ("supports", "optional_assignees", "optional_metrology"):
        for a in g.get(key, []):
            if not _occurs(a, text):
                missing.append(f"{key} {a[0]}")
    if g["issuer"] and not _occurs(g["issuer"], text):
        missing.append(f"issuer {g['issuer'][0]}")
    assert not missing, missing


@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: p.name)
def test_gold_dates_are_plausible(path: Path):
    """The meeting falls within a month before the notice date (from the file name), and deadlines after it."""
    g = _load(path)
    issued = dt.date.fromisoformat(path.stem[:10])
    held = dt.date.fromisoformat(g["meeting"]["date"] or g["meeting"]["date_acceptable"][0])
    assert dt.timedelta(0) <= issued - held <= dt.timedelta(days=31)
    for a in g["assignments"]:
        if "due" in a:
            assert a["due"] >= held.isoformat()[: len(a["due"])], a


# --- encoding ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    sorted(
        p
        for p in [*SAMPLES.iterdir(), *NOTICES.iterdir(), *GOLD.iterdir()]
        if p.suffix in {".txt", ".md", ".html", ".json"}
    ),
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_utf8_nfc(path: Path):
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "no byte-order mark"
    text = raw.decode("utf-8")  # strict: raises on invalid UTF-8
    assert unicodedata.is_normalized("NFC", text)
    assert "\r" not in text


def test_samples_readme_lists_every_sample():
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    samples = _notice_files(SAMPLES)
    assert len(samples) == 6
    assert {p.suffix for p in samples} >= {".txt", ".md", ".html"}
    for p in samples:
        assert p.name in readme, p.name
    assert "fictional" in readme.lower()


def test_notices_readme_lists_every_notice():
    readme = (NOTICES / "README.md").read_text(encoding="utf-8")
    for p in _notice_files(NOTICES):
        assert p.name in readme, p.name
