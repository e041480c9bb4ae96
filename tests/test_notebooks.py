"""Every analyst notebook in notebooks/ runs top to bottom on a fresh kernel (nbclient), without errors.

The notebooks use only the public API (ketluan.graph, ketluan.ingest) and the named queries, on the sample
notices bundled with ketluan; the endpoint notebook starts and stops `ketluan serve` itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


def test_notebooks_there_are_four_stories():
    assert len(NOTEBOOKS) >= 4


@pytest.mark.slow
@pytest.mark.issue(5)
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_run_top_to_bottom(path: Path, tmp_path: Path) -> None:
    book = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        book, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()  # raises CellExecutionError, with the cell and traceback, on any error
    outputs = [o for cell in book.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    # each story shows something: at least one table or figure
    assert any("text/html" in o.get("data", {}) or "image/png" in o.get("data", {}) for o in outputs)
