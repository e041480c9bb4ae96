"""The acceptance test of issue 2: the shared black-box scorer (``../shared/eval/score.py``) and its thresholds.

The scorer never imports ketluan: it calls the ``ketluan`` command line (``ingest``, then ``export --format
nquads``) on a folder of notices and compares the graph with hand-made gold files. These tests run it the same
way, with the interpreter running pytest, so they measure the installed package.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORER = SHARED / "eval" / "score.py"
SEEDS = SHARED / "corpus" / "seeds"
SEEDS_GOLD = SHARED / "eval" / "gold"
OUR_NOTICES = ROOT / "tests" / "data" / "notices"
OUR_GOLD = ROOT / "tests" / "data" / "gold"

# fmt: off
#: Issue 2, "Done when" (metric, minimum). chairs_f1 is 1.0 in the issue; held at 0.90 until the lead raises it
#: (measured 1.000 on the seeds when this test was written).
SEED_THRESHOLDS: dict[str, float] = {
    "overall":      0.90,
    "persons_f1":   0.95,
    "chairs_f1":    0.90,
    "date_acc":     1.0,
    "assignees_f1": 0.90,
    "topics_f1":    0.85,
    "metrology_f1": 0.90,
    "roles_acc":    0.90,
}
# fmt: on

#: Our own notices in layouts the seeds do not have (tests/data/notices). Measured overall 0.743 when this
#: test was written (persons 0.972, chairs 0.880, assignees 0.729, topics 0.635, metrology 0.643, issuer
#: 0.417, deadlines 0.660): a floor against regressions, raised as extraction improved (0.925 on 2026-12-04,
#: 0.974 on 2026-12-05: held at 0.95, a margin for the rules' tie-breaks, not for a lost rule).
OUR_NOTICES_MIN_OVERALL = 0.95

#: Each later round of blind notices (tests/data/roundN, each folder's README says what it holds) and its floor on
#: the overall score: what each scored blind when written, and together after the rules it prompted.
ROUND_FLOORS: dict[str, float] = {
    # The second round (tests/data/round2): 46 notices written by engineers who had not seen the rules, scored
    # 0.821–0.882 per set when written and 0.977 together on 2026-12-05 after the rules they prompted.
    "round2": 0.95,
    # The third round (tests/data/round3): 88 notices of eight more engineers (2025–2026 reorganised units, central
    # and Party bodies, other sectors, communes and markets, the S&T sector's own units, national agencies and
    # hospitals; then ordinary departmental notices and the big cities), scored 0.71–0.82 per set when written
    # (0.94 and 0.90 for the last two, written after the others' fixes) and 0.950 together on 2026-12-05.
    "round3": 0.93,
    # The fourth round (tests/data/round4): 40 notices of five more engineers (mountain provinces and ethnic
    # names, the Mekong and the Highlands, the metrology sector's own bodies, central bodies, coastal districts),
    # scored 0.85–0.95 per set when written and about 0.97 together on 2026-12-05 after the rules they prompted.
    "round4": 0.94,
    # The fifth round (tests/data/round5): 72 notices of nine more engineers (rounds J, K and L of 2026-12-05: the
    # big cities, the delta and north-central, the south-east, the Highlands and far south-west, ministries and state
    # companies, the northern midlands and communes, the Mekong again, the central coast, S&T work itself), scored
    # 0.84–0.95 per set when written and 0.967 together after the rules they prompted.
    "round5": 0.93,
    # The sixth round (tests/data/round6): 24 notices of three more engineers (round M of 2026-12-06: the 2025
    # reorganisation and Party committees, the northern border provinces, sector agencies outside the usual Sở),
    # scored 0.78–0.91 per set when written and 0.967 together after the rules they prompted.
    "round6": 0.93,
    # The seventh round (tests/data/round7): 24 notices of three more engineers (round N of 2026-12-06: social
    # sectors and steering committees, infrastructure and land clearance, hard layouts), scored 0.86–0.98 per set
    # when written and 0.990 together after the rules they prompted.
    "round7": 0.95,
    # The eighth round (tests/data/round8): 24 notices of three more engineers (round O of 2026-12-06: emergency
    # steering bodies, trade and market control, councils, Party and mass organisations), scored 0.85–0.92 per set
    # when written and 0.980 together after the rules they prompted.
    "round8": 0.95,
    # The ninth round (tests/data/round9): 24 notices of three more engineers (round P of 2026-12-06: public
    # security, the army and justice; state finance, tax and banking; agriculture, ethnic-minority programmes and
    # the 2008-2012 layouts), scored 0.87-0.95 per set when written and 0.939 together after the rules they
    # prompted (person tasks 2 of 5 and topics 0.85 hold it under 0.95).
    "round9": 0.93,
    # The tenth round (tests/data/round10): 24 notices of three more engineers (round Q of 2026-12-06: natural
    # resources and environment; transport, vehicle inspection and ports; the inspectorate, citizens' complaints,
    # culture, sports and tourism), scored 0.78-0.92 per set when written and 0.952 together after the rules they
    # prompted.
    "round10": 0.94,
    # The eleventh round (tests/data/round11): 24 notices of three more engineers (round R of 2026-12-06: digital
    # transformation and administrative reform; industry, energy, labour and social insurance; education and
    # health), scored 0.93-0.95 per set when written and 0.987 together after the rules they prompted.
    "round11": 0.97,
    # The twelfth round (tests/data/round12): 24 notices of three more engineers (round S of 2026-12-06: city
    # districts and wards; forests, livestock disease and fisheries; metrology, standards and quality), scored
    # 0.91-0.97 per set when written and 0.990 together after the rules they prompted.
    "round12": 0.975,
    # The thirteenth round (tests/data/round13): 24 notices of three more engineers (round T of 2026-12-06:
    # national target programmes; radiation safety, IP, technology transfer and research councils; tourism,
    # sport, festivals, press and foreign affairs), scored 0.79-0.93 per set when written and 0.989 together after
    # the rules they prompted.
    "round13": 0.975,
    # The fourteenth round (tests/data/round14): 24 notices of three more engineers (round U of 2026-12-06: home
    # affairs and organisation; elected bodies and their oversight; investment, industrial parks and enterprises),
    # scored 0.84-0.93 per set when written and 0.989 together after the rules they prompted.
    "round14": 0.975,
    # The fifteenth round (tests/data/round15): 6 notices of one more engineer (round V of 2026-12-06: the justice
    # sector), scored 0.878 when written and 0.894 after the rules it prompted; its topics' conventions are open.
    "round15": 0.88,
    # The sixteenth round (tests/data/round16): 24 notices of three more engineers (round W of 2026-12-06: health and
    # food safety; public order and safety committees; construction, housing and utilities), scored 0.945-0.956 per
    # set when written and 0.984 together after the rules they prompted.
    "round16": 0.97,
    # The seventeenth round (tests/data/round17): 24 notices of three more engineers (round X of 2026-12-06: kinds of
    # document — inspection conclusions and records between two bodies; letters, Party conclusions and the sharing
    # out of leaders' fields; routine briefings of many short items), scored 0.78-0.96 per set when written and
    # 0.976 together after the rules they prompted.
    "round17": 0.96,
    # The eighteenth round (tests/data/round18): 24 notices of three more engineers (round Y of 2026-12-06: text
    # damaged on its way to an analyst; working visits and dialogues where petitions are heard and answered; old
    # notices of 2005-2014 from bodies and provinces that no longer exist), scored 0.92-0.96 per set when written and
    # 0.990 together after the rules they prompted.
    "round18": 0.97,
    # The nineteenth round (tests/data/round19): 24 notices of three more engineers (round Z of 2026-12-06: ODA and
    # foreign-invested projects with foreign persons; internal notices of hospitals, universities, institutes and
    # state companies; conferences reviewing a period), scored 0.89-0.97 per set when written and 0.985 together
    # after the rules they prompted.
    "round19": 0.97,
    # The twentieth round (tests/data/round20): 24 notices of three more engineers (round AA of 2026-12-06: communes
    # and wards after the 2025 two-tier local government and the merged provinces and Sở; emergencies and steering
    # committees; elected bodies, the Front, mass organisations and Party committees), scored 0.81-0.92 per set when
    # written and 0.987 together after the rules they prompted.
    "round20": 0.97,
    # The twenty-first round (tests/data/round21): 24 notices of three more engineers (round AB of 2026-12-06: the
    # central government, ministries and state groups; security, defence and public order; education, culture,
    # labour and social affairs), scored 0.87-0.92 per set when written and 0.991 together after the rules they
    # prompted.
    "round21": 0.97,
    # The twenty-second round (tests/data/round22): 24 notices of three more engineers (round AC of 2026-12-07: land,
    # site clearance and public investment; public finance, revenue, banking and markets; natural resources and the
    # environment), scored 0.94-0.98 per set when written and 0.996 together after the rules they prompted.
    "round22": 0.97,
    # The twenty-third round (tests/data/round23): 24 notices of three more engineers (round AD of 2026-12-07:
    # administrative reform, digital transformation and the reorganisation of the apparatus; transport, construction
    # and urban order; social policy, ethnic affairs and social insurance), scored 0.92-0.96 per set when written and
    # 0.983 together after the rules they prompted.
    "round23": 0.96,
    # The twenty-fourth round (tests/data/round24): 24 notices of three more engineers (round AE of 2026-12-07:
    # energy, water and dams; foreign affairs, border gates and labour abroad; elections and censuses), scored
    # 0.94-0.96 per set when written and 0.990 together after the rules they prompted.
    "round24": 0.96,
    # The twenty-fifth round (tests/data/round25): 24 notices of three more engineers (round AF of 2026-12-07:
    # national defence, military service and the militia; forests, forest fire, national parks and wildlife;
    # investment attraction, business dialogue, trade promotion and tourism), scored 0.93-0.97 per set when written
    # and 0.994 together after the rules they prompted.
    "round25": 0.97,
    # The twenty-sixth round (tests/data/round26): 24 notices of three more engineers (round AG of 2026-12-07:
    # citizens' reception, complaints and anti-corruption; housing and real estate; labour relations, unions, youth
    # and sport), scored 0.93-0.97 per set when written and 0.961 together after the rules they prompted.
    "round26": 0.95,
    # The twenty-seventh round (tests/data/round27): 24 notices of three more engineers (round AH of 2026-12-07:
    # fisheries, IUU fishing and fishing ports; press, information and telecoms; science, technology and
    # innovation), scored 0.84-0.97 per set when written and 0.994 together after the rules they prompted.
    "round27": 0.97,
    # The twenty-eighth round (tests/data/round28): 24 notices of three more engineers (round AI of 2026-12-07:
    # emulation, archives and religious affairs; minerals and sand mining; banking, credit and the social policy
    # bank), scored 0.91-0.97 per set when written and 0.989 together after the rules they prompted.
    "round28": 0.97,
    # The twenty-ninth round (tests/data/round29): 24 notices of three more engineers (round AJ of 2026-12-07:
    # taxes, customs and anti-smuggling; cooperatives, OCOP and trade promotion; social evils, drug rehabilitation,
    # children and gender equality), scored 0.93-0.97 per set when written and 0.994 together after the rules
    # they prompted.
    "round29": 0.97,
    # The thirtieth round (tests/data/round30): 24 notices of three more engineers (round AK of 2026-12-07:
    # traffic safety; fire prevention and rescue; people with merit, war martyrs and veterans), scored 0.88-0.97
    # per set when written and 0.997 together after the rules they prompted.
    "round30": 0.97,
    # The thirty-first round (tests/data/round31): 24 notices of three more engineers (round AL of 2026-12-07:
    # seaports, waterways and airports; medicines, hospitals' money and the elderly; courts, judgment enforcement,
    # legal aid and audits), scored 0.93-0.94 per set when written and 0.985 together after the rules they
    # prompted.
    "round31": 0.97,
    # The thirty-second round (tests/data/round32): 24 notices of three more engineers (round AM of 2026-12-07:
    # epidemics, vaccination and food safety; schools, exams and vocational training; ethnic affairs, mass
    # mobilisation and the Fatherland Front), scored 0.95-0.97 per set when written and 0.981 together after the
    # rules they prompted.
    "round32": 0.97,
    # The thirty-third round (tests/data/round33): 24 notices of three more engineers (round AN of 2026-12-07:
    # culture, heritage and festivals; disasters, dykes and weather; industrial clusters and urban waste), scored
    # 0.955-0.987 per set when written and 0.996 together after the rules they prompted.
    "round33": 0.97,
}

pytestmark = [pytest.mark.slow, pytest.mark.issue(2)]


def _cli_command() -> str:
    """How the scorer should call ketluan (``--cmd``; the scorer splits it on whitespace).

    The console script next to this interpreter first (so a stale ``ketluan`` elsewhere on PATH is not
    measured), then ``ketluan`` on PATH, then ``python -m ketluan.graph.cli`` when that module runs its
    ``main()`` under ``if __name__ == "__main__"``.
    """
    for name in ("ketluan", "ketluan.exe"):
        script = Path(sys.executable).parent / name
        if script.is_file():
            return str(script)
    on_path = shutil.which("ketluan")
    if on_path:
        return on_path
    spec = importlib.util.find_spec("ketluan.graph.cli")
    origin = Path(spec.origin) if spec and spec.origin else None
    if origin and re.search(r"""if\s+__name__\s*==\s*["']__main__["']\s*:""", origin.read_text("utf-8")):
        return f"{sys.executable} -m ketluan.graph.cli"
    pytest.skip(
        "no `ketluan` console script next to the interpreter or on PATH, and ketluan/graph/cli.py has no "
        '`if __name__ == "__main__": main()` guard for `python -m ketluan.graph.cli` — run `pip install .`'
    )


def _score(docs: Path, gold: Path, tmp_path: Path) -> dict[str, float]:
    """Run the scorer; return its metrics plus ``overall`` (the mean it prints last)."""
    if not SCORER.is_file():
        pytest.skip(f"the shared scorer is not here: {SCORER} (it lives in ../shared/eval/ next to the repo)")
    for folder in (docs, gold):
        if not folder.is_dir():
            pytest.skip(f"scorer input folder missing: {folder}")
    report = tmp_path / "report.json"
    cmd = [
        sys.executable, str(SCORER),
        "--docs", str(docs), "--gold", str(gold), "--json", str(report), "--cmd", _cli_command(),
    ]  # fmt: skip
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=900)
    assert done.returncode == 0, (
        f"score.py failed (exit {done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    )
    metrics: dict[str, float] = json.loads(report.read_text("utf-8"))["metrics"]
    last = done.stdout.strip().splitlines()[-1]
    match = re.fullmatch(r"overall\s+([0-9.]+)", last)
    assert match, f"score.py's last line is not `overall <score>`: {last!r}"
    metrics["overall"] = float(match.group(1))
    return metrics


def _below(metrics: dict[str, float], thresholds: dict[str, float]) -> list[str]:
    return [
        f"{name} = {metrics[name]:.3f} < {minimum}" if name in metrics else f"{name} missing from the report"
        for name, minimum in thresholds.items()
        if name not in metrics or metrics[name] < minimum
    ]


def test_scorer_seeds_meet_issue_2_thresholds(tmp_path: Path) -> None:
    metrics = _score(SEEDS, SEEDS_GOLD, tmp_path)
    failing = _below(metrics, SEED_THRESHOLDS)
    table = ", ".join(f"{k} {v:.3f}" for k, v in metrics.items())
    assert not failing, f"below issue 2's thresholds on the seeds: {'; '.join(failing)}\n(all: {table})"


# each folder of notices with its gold and its floor on the overall score (the constants above say where each
# figure comes from)
FOLDER_FLOORS = [
    pytest.param(OUR_NOTICES, OUR_GOLD, OUR_NOTICES_MIN_OVERALL, id="notices"),
    *(
        pytest.param(
            ROOT / "tests" / "data" / name / "notices",
            ROOT / "tests" / "data" / name / "gold",
            floor,
            id=name,
        )
        for name, floor in ROUND_FLOORS.items()
    ),
]


#: How many scorer runs go at once. Each run is one ``ketluan`` process that parses a small folder on one core, so
#: two at a time use a two-core machine (CI's) and halve this module's wall time (about four minutes of the suite).
PARALLEL_RUNS = 2


@pytest.fixture(scope="module")
def folder_scores(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Future[dict[str, float]]]]:
    """The scorer's runs on every folder this session selected, started together, PARALLEL_RUNS at a time.

    Each test waits for its own folder's run; a run that fails or skips raises in that test only.
    """
    selected = {
        item.callspec.id
        for item in request.session.items
        if getattr(item, "originalname", "") == "test_scorer_folder_meets_floor" and hasattr(item, "callspec")
    }
    pool = ThreadPoolExecutor(max_workers=PARALLEL_RUNS)
    yield {
        p.id: pool.submit(_score, p.values[0], p.values[1], tmp_path_factory.mktemp(f"score-{p.id}"))
        for p in FOLDER_FLOORS
        if p.id in selected
    }
    pool.shutdown(cancel_futures=True)  # after `-x` stopped the session early: the runs not yet started


@pytest.mark.parametrize(("notices", "gold", "floor"), FOLDER_FLOORS)
def test_scorer_folder_meets_floor(
    notices: Path,
    gold: Path,
    floor: float,
    request: pytest.FixtureRequest,
    folder_scores: dict[str, Future[dict[str, float]]],
) -> None:
    metrics = folder_scores[request.node.callspec.id].result()
    table = ", ".join(f"{k} {v:.3f}" for k, v in metrics.items())
    assert metrics["overall"] >= floor, (
        f"overall {metrics['overall']:.3f} < {floor} on {notices.relative_to(ROOT)}\n(all: {table})"
    )


#: Issue 7, "Done when": the scorer on synthetic notices (`ketluan synth`, many layouts, 63 provinces, 15 years)
#: gives overall >= 0.95. Measured 0.968 on 1,000 notices (seed 7); this test scores 300 (seed 11) to stay quick.
SYNTH_MIN_OVERALL = 0.95


@pytest.mark.issue(7)
def test_scorer_synthetic_notices_meet_issue_7_bar(tmp_path: Path) -> None:
    from ketluan.ingest.synth import write_corpus

    corpus = tmp_path / "synthetic"
    write_corpus(corpus, n=300, seed=11)
    metrics = _score(corpus, corpus / "gold", tmp_path)
    table = ", ".join(f"{k} {v:.3f}" for k, v in metrics.items())
    assert metrics["overall"] >= SYNTH_MIN_OVERALL, (
        f"overall {metrics['overall']:.3f} < {SYNTH_MIN_OVERALL} on 300 synthetic notices\n(all: {table})"
    )
