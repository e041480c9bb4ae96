"""Benchmark (issue 7): `ketluan ingest --dask` on a local Dask cluster against `ketluan ingest --workers`.

    python bench/dask_ingest_bench.py                    # 1,000 notices, 2 Dask workers vs --workers 2
    python bench/dask_ingest_bench.py --n 200 --keep /tmp/dib

Both runs are the real command line (``ketluan ingest DIR --store S --no-resolve``), on the same
``ketluan synth --n N --seed 7`` folder, into new on-disk stores; the Dask run's cluster is a
`distributed.LocalCluster` of 2 worker processes with 1 thread each on loopback, started (and warmed up)
before the clock starts, as a standing cluster would be. Resolution is left out: it runs in the writing process
either way. The two stores are checked to hold the same quads (the ontology graph aside). Nothing leaves the
machine.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from distributed import Client, LocalCluster

from ketluan.graph.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
import resolve_bench  # noqa: E402  (the sibling benchmark: machine())


def _ingest(corpus: Path, store: Path, *options: str) -> float:
    """Seconds for one ``ketluan ingest`` of ``corpus`` into a new store."""
    t0 = time.perf_counter()
    subprocess.run(
        ["ketluan", "ingest", str(corpus), "--store", str(store), "--no-resolve", *options],
        check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return time.perf_counter() - t0


def _quads(store: Path) -> set[str]:
    with Store.open(store) as st:
        return {str(q) for q in st.ox if not str(q.graph_name).endswith("/graph/ontology>")}


def _warm(_: int) -> bool:
    """Import the extractor on a worker, as a cluster that has already run a job has."""
    import ketluan.ingest.extract  # noqa: F401

    return True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2, help="Dask workers, and --workers of the local run")
    ap.add_argument("--keep", type=Path, help="Work in this folder and keep it")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="dask-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus"
    if not corpus.exists():
        subprocess.run(
            ["ketluan", "synth", "-o", str(corpus), "--n", str(args.n), "--seed", "7"],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    for name in ("local", "dask"):
        shutil.rmtree(work / name, ignore_errors=True)
    print(f"machine: {resolve_bench.machine()}")
    local_s = _ingest(corpus, work / "local", "--workers", str(args.workers))
    with (
        LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):  # fmt: skip
        client.gather(client.map(_warm, range(4 * args.workers), pure=False))
        dask_s = _ingest(corpus, work / "dask", "--dask", cluster.scheduler_address)
    same = _quads(work / "local") == _quads(work / "dask")
    print(f"{args.n} notices: --workers {args.workers}: {local_s:.1f} s = {args.n / local_s:.1f} notices/s")
    print(
        f"{args.n} notices: --dask ({args.workers} workers x 1 thread): {dask_s:.1f} s = {args.n / dask_s:.1f} notices/s"
    )
    print(f"same quads in both stores: {same}")
    if not args.keep:
        shutil.rmtree(work)
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
