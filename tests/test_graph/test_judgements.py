"""The analyst's judgements file (judgements.csv in the store folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ketluan.graph.judgements import JudgementError, add_judgement, read_judgements

pytestmark = pytest.mark.issue(3)

A = "https://w3id.org/ketluan/id/person/2019-a/tran-van-hung"
B = "https://w3id.org/ketluan/id/person/2021-b/tran-van-hung"


def test_judgements_missing_file_is_no_judgements(tmp_path: Path) -> None:
    assert read_judgements(tmp_path / "judgements.csv") == []


def test_judgements_add_then_override_keeps_the_latest(tmp_path: Path) -> None:
    path = tmp_path / "judgements.csv"
    add_judgement(path, "same", A, B, "same man", author="lan")
    add_judgement(path, "different", B, A, "no: two men", author="minh")
    (j,) = read_judgements(path)
    assert (j.kind, j.note, j.author) == ("different", "no: two men", "minh")
    assert path.read_text("utf-8").splitlines()[0] == "judgement,left,right,note,author,date"


def test_judgements_hand_edited_file_with_bom_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "judgements.csv"
    path.write_text(f'\ufeffjudgement,left,right,note\nsame,{A},{B},"rotated, promoted"\n,,,\n', "utf-8")
    (j,) = read_judgements(path)
    assert (j.kind, j.left, j.right, j.note) == ("same", A, B, "rotated, promoted")


# fmt: off
BAD = [
    ("left,right\n",                          "header must name the columns"),
    (f"judgement,left,right\nmaybe,{A},{B}\n", ":2: judgement must be 'same' or 'different'"),
    (f"judgement,left,right\nsame,{A},\n",     ":2: a judgement needs two different IRIs"),
    (f"judgement,left,right\nsame,{A},{A}\n",  ":2: a judgement needs two different IRIs"),
]
# fmt: on


@pytest.mark.parametrize(("text", "message"), BAD)
def test_judgements_bad_file_is_one_clear_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "judgements.csv"
    path.write_text(text, "utf-8")
    with pytest.raises(JudgementError) as e:
        read_judgements(path)
    assert message in str(e.value) and str(path) in str(e.value)
    assert "\n" not in str(e.value)
