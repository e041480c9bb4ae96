"""The bundled sample notices (``ingest/samples``) as a ready store: for the demo, notebooks and tutorials.

    >>> from ketluan.graph.samples import sample_store
    >>> store = sample_store("/tmp/ketluan-samples")       # doctest: +SKIP
    >>> len(store.notices())                                # doctest: +SKIP
    6

The samples are fictional notices in real layouts (see ``ingest/samples/README.md``).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import weakref
from importlib import resources
from pathlib import Path

from ketluan.graph.errors import GraphError
from ketluan.graph.pipeline import IngestSummary, ingest_paths
from ketluan.graph.resolution import resolve_store
from ketluan.graph.store import Store

__all__ = ["SAMPLE_SUFFIXES", "sample_files", "sample_store"]

SAMPLE_SUFFIXES = (".txt", ".md", ".html", ".docx", ".pdf")


def sample_files() -> list[Path]:
    """The sample notices shipped with ketluan (their README excluded), sorted by name."""
    folder = resources.files("ketluan.ingest.samples")
    return sorted(
        Path(str(p))
        for p in folder.iterdir()
        if Path(str(p)).suffix.lower() in SAMPLE_SUFFIXES and Path(str(p)).stem.upper() != "README"
    )


def sample_store(path: str | os.PathLike[str] | None = None) -> Store:
    """Open (creating it) a store at ``path`` — default a new temporary folder — holding the samples, resolved.

    Re-running on the same folder changes nothing. The caller closes the store (``with`` works too).
    The temporary folder goes with the store (when it is garbage-collected, or at exit): a notebook run
    many times would otherwise leave a 7 MB store behind each time.
    Raises `GraphError` if a bundled sample is rejected (a broken installation).
    """
    scratch = Path(tempfile.mkdtemp(prefix="ketluan-samples-")) if path is None else None
    target = Path(path) if path is not None else scratch / "store"  # type: ignore[operator]
    store = Store.open(target)
    if scratch is not None:
        weakref.finalize(store, shutil.rmtree, scratch, ignore_errors=True)
    try:
        summary: IngestSummary = ingest_paths(sample_files(), store)
        if not summary.ok:
            raise GraphError(
                "a bundled sample notice was rejected: "
                + "; ".join(r.message for r in summary.rejected)
                + " — reinstall ketluan"
            )
        if summary.counts["ingested"] or summary.counts["replaced"]:
            resolve_store(store)
    except BaseException:
        store.close()
        raise
    return store
