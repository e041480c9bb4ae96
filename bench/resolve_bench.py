"""Benchmark: entity resolution across N notices (issue 3: 10,000 notices in under a minute, ~n log n).

    python bench/resolve_bench.py                 # 1k, 2k, 5k, 10k notices
    python bench/resolve_bench.py --sizes 500 1000 --keep /tmp/rb

For each size it builds an on-disk store of N synthetic notices (records written straight through
`Store.add_notice`, so extraction is not timed), then times the steps of `resolve_store` and samples this
process's resident memory (peak RSS per step, issue 7: < 4 GB at 100,000 notices):

- read:    reading the person/agency mentions out of the store (`Store.mentions`);
- resolve: the pure rules (`resolve`);
- write:   making the quads of kli:graph/resolved and writing them into the empty graph, a batch at a time
           (`iter_resolution_quads` into `Store.sync_graph`);
- rerun:   a whole `resolve_store` on the unchanged store (the diff is empty, nothing is written).

``--keep DIR --build-only`` builds the stores and stops; ``--keep DIR --reuse`` resolves them again (the
resolved graph dropped first), e.g. before and after a change. ``--tracemalloc N`` prints the N biggest
allocation sites after resolving (slow: its timings mean nothing).

The synthetic notices are shaped like real ones: 63 pre-2025 provinces with their real districts (from
vietnamadminunits), officials with common Vietnamese names (so many namesakes across provinces), who hold
posts in Sở/Phòng/UBND, move up over the years and are replaced every five-year term; 6-10 officials and
2-5 people named once (delegates, experts) and 5-10 agencies per notice, dates over 15 years. Figures are printed with the machine (CPU model, cores) and the ratio time / (n log n).
"""

from __future__ import annotations

import argparse
import hashlib
import math
import multiprocessing
import os
import platform
import random
import shutil
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from ketluan.graph.judgements import read_judgements
from ketluan.graph.resolution import default_place_of, resolve_store
from ketluan.graph.resolve import resolve
from ketluan.graph.resolved_rdf import RESOLVED_GRAPH, iter_resolution_quads
from ketluan.graph.store import Store
from ketluan.ingest import records as r
from ketluan.ingest.places import load_gazetteer

SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()
MIDDLE = "Văn Thị Hữu Minh Thanh Quốc Ngọc Đức Công Hoàng Kim Thành".split()
GIVEN = (
    "Hùng Hòa Hoà Thành Phong Lan Hương Tâm Dũng Hải Bình Tuấn Nam Hạnh Thủy Thuỷ Quân Long Sơn Trung "
    "Phúc Lộc Hiếu Nghĩa Hiền Mai Yến Linh Khoa Tài Đạt Vinh Duyên Xuyến Thạnh Việt Hân Oanh Diễm"
).split()
SO = [
    "Sở Khoa học và Công nghệ",
    "Sở Tài chính",
    "Sở Kế hoạch và Đầu tư",
    "Sở Nội vụ",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Sở Xây dựng",
    "Sở Công Thương",
    "Sở Tài nguyên và Môi trường",
    "Sở Nông nghiệp và Phát triển nông thôn",
]
PHONG = [
    "Phòng Kinh tế và Hạ tầng",
    "Phòng Tài chính - Kế hoạch",
    "Phòng Nội vụ",
    "Phòng Tài nguyên và Môi trường",
]
ROLES_SO = ["Giám đốc", "Phó Giám đốc", "Chánh Văn phòng", "Trưởng phòng"]
ROLES_UB = ["Chủ tịch", "Phó Chủ tịch"]


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"reference loop {reference_loop_us():.1f} µs"
    )


def reference_loop_us() -> float:
    """µs this interpreter takes for ``sum(range(1000))``, best of five. The same bench on the same code
    (`extract_bench.py`, ``2ba8646``) gave about 140 notices/s per core on 2026-12-06 and 45 on 2026-12-07, on
    machines that print the same CPU model: a figure of another day means something only beside this one."""
    import timeit

    return min(timeit.repeat("sum(range(1000))", number=5000, repeat=5)) / 5000 * 1e6


class World:
    """Provinces with officials who keep their names and climb posts over the years."""

    def __init__(self, rng: random.Random) -> None:
        gaz = load_gazetteer()
        provinces = sorted({p.name for p in gaz.provinces.values() if not p.current or True})
        self.rng = rng
        self.provinces = provinces[:63]
        self.districts: dict[str, list[str]] = {}
        for ds in gaz.districts.values():
            for d in ds:
                self.districts.setdefault(d.province, []).append(d.name)
        # per province and 5-year term: officials (name, body, district) -> a population that turns over
        # every term, with namesakes across provinces and terms
        self.officials: dict[tuple[str, int], list[tuple[str, str, str | None]]] = {}
        for p in self.provinces:
            for term in range(3):
                people = []
                for so in SO:
                    for _ in range(3):
                        people.append((self.name(), so, None))
                for d in sorted(self.districts.get(p, []))[:6]:
                    for _ in range(2):
                        people.append((self.name(), "Ủy ban nhân dân", d))
                self.officials[(p, term)] = people

    def name(self) -> str:
        rng = self.rng
        return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def synthetic_notice(world: World, i: int) -> r.Notice:
    rng = world.rng
    province = rng.choice(world.provinces)
    year = 2010 + rng.randrange(15)
    date = f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 28):02d}"
    text = f"THÔNG BÁO số {i} tỉnh {province} ngày {date}\n"
    notice = r.Notice(f"{i:06d}_synthetic.txt", "", text, title=f"Thông báo {i}", issued_on=date)
    notice.province = province
    notice.meeting.held_on = date
    span = r.Span(0, min(8, len(text)))
    pool = world.officials[(province, (year - 2010) // 5)]
    people = rng.sample(pool, k=min(len(pool), rng.randint(6, 10)))
    # people named once: delegates of companies and communes, experts
    people += [(world.name(), "", None) for _ in range(rng.randint(2, 5))]
    agencies: dict[str, r.Agency] = {}

    def agency(name: str, district: str | None = None) -> str:
        full = f"{name} {'huyện ' + district if district else 'tỉnh ' + province}"
        key = full
        if key not in agencies:
            surface = name.replace("Khoa học và Công nghệ", "KH&CN") if rng.random() < 0.3 else name
            agencies[key] = r.Agency(key, full, "so", [surface], [span], province, district)
        return key

    for so in rng.sample(SO, k=rng.randint(3, 8)):
        agency(so)
    for d in rng.sample(sorted(world.districts.get(province, [])) or [None], k=1):
        for ph in rng.sample(PHONG, k=2):
            agency(ph, d)
    for j, (name, body, district) in enumerate(people):
        key = f"p{j}"
        notice.persons[key] = r.Person(key, name, [name], [span])
        seniority = (year - 2010) // 5
        if body:
            roles = ROLES_UB if district else ROLES_SO
            role = roles[max(0, len(roles) - 1 - seniority - (sum(map(ord, name)) % 2))]
            notice.posts.append(r.Post(key, role, role, agency(body, district), span))
        if j < 2:
            notice.meeting.chairs.append(key)
        notice.meeting.participants.append(key)
    notice.agencies = agencies
    notice.content_hash = hashlib.sha256(f"{i}{text}{sorted(agencies)}".encode()).hexdigest()
    return notice


def build_store(path: Path, n: int, seed: int) -> float:
    world = World(random.Random(seed))
    t0 = time.perf_counter()
    with Store.open(path) as store:
        for i in range(n):
            store.add_notice(synthetic_notice(world, i))
    return time.perf_counter() - t0


def drop_resolved_graph(path: Path) -> None:
    with Store.open(path) as store:
        store.ox.remove_graph(ox.NamedNode(str(RESOLVED_GRAPH)))


def rss_mb() -> float:
    """This process's resident set size now, in MB (Linux /proc; 0 elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class PeakRSS:
    """Samples the RSS every few ms in a thread: the peak of each phase (ru_maxrss only knows the process's)."""

    def __init__(self, every: float = 0.005) -> None:
        self.every, self.peak, self._stop = every, 0.0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, rss_mb())
            time.sleep(self.every)

    @contextmanager
    def phase(self, out: dict[str, float], name: str) -> Iterator[None]:
        """Time the block into ``out[name]`` and its peak RSS (MB) into ``out[name + "_mb"]``."""
        self.peak = rss_mb()
        t = time.perf_counter()
        yield
        out[name] = time.perf_counter() - t
        out[name + "_mb"] = max(self.peak, rss_mb())

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def time_resolution(path: Path, top: int = 0) -> dict[str, float]:
    """The phases of one resolution of the store at ``path`` (first write, then a re-run on it unchanged).

    ``top`` > 0: also trace Python allocations and print the ``top`` biggest sites at the highest point
    (tracemalloc slows everything down several times: the timings of such a run mean nothing).
    """
    out: dict[str, float] = {"start_mb": rss_mb()}
    sampler = PeakRSS()
    if top:
        tracemalloc.start()
    try:
        with Store.open(path) as store:
            with sampler.phase(out, "read"):
                mentions = store.mentions()
            with sampler.phase(out, "resolve"):
                res = resolve(mentions, read_judgements(path / "judgements.csv"))
            if top:
                snapshot = tracemalloc.take_snapshot()
                print(f"-- tracemalloc after resolving: top {top} allocation sites")
                for stat in snapshot.statistics("lineno")[:top]:
                    print(f"   {stat.size / 2**20:8.1f} MB {stat.count:>10,} blocks  {stat.traceback}")
                tracemalloc.stop()
            with sampler.phase(out, "write"):  # quads made, compared and written a batch at a time
                removed, added = store.sync_graph(
                    str(RESOLVED_GRAPH), iter_resolution_quads(res, default_place_of())
                )
            out["persons"] = len(res.person_of)
            out["identities"] = len(res.persons)
            out["added"] = added
            assert removed == 0
            del mentions, res
            with sampler.phase(out, "rerun"):
                again = resolve_store(store, path / "judgements.csv")
            assert (again.removed, again.added) == (0, 0)
    finally:
        sampler.stop()
    out["total"] = out["read"] + out["resolve"] + out["write"]
    out["peak_mb"] = max(out[k] for k in out if k.endswith("_mb"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000, 10000])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", type=Path, help="folder for the stores (default: a temporary one, deleted)")
    ap.add_argument(
        "--reuse", action="store_true", help="with --keep: resolve a store built by an earlier run again"
    )
    ap.add_argument(
        "--tracemalloc", type=int, default=0, metavar="N", help="print the N biggest allocation sites"
    )
    ap.add_argument(
        "--build-only", action="store_true", help="with --keep: build the stores, resolve nothing"
    )
    args = ap.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="ketluan-resolve-bench-"))
    print(f"machine: {machine()}")
    print(f"{'notices':>8} {'mentions':>9} {'persons':>8} {'quads':>9} {'build s':>8} {'read s':>7} "
          f"{'resolve s':>9} {'write s':>8} {'total s':>8} {'rerun s':>8} {'µs/(n log n)':>13}")  # fmt: skip
    peaks = []
    try:
        for n in args.sizes:
            path = root / f"store-{n}"
            if args.reuse and args.keep and path.exists():
                build = float("nan")
                # the timed first write starts from an empty graph again; dropped by another process, whose
                # memory (dropping a big graph takes a lot) would be counted in this one's
                with multiprocessing.get_context("spawn").Pool(1) as pool:
                    pool.apply(drop_resolved_graph, (path,))
            else:
                shutil.rmtree(path, ignore_errors=True)
                build = build_store(path, n, args.seed)
                if args.build_only:
                    print(f"built {path}: {n:,} notices in {build:.0f} s", flush=True)
                    continue
            t = time_resolution(path, args.tracemalloc)
            m = t["persons"]
            ratio = t["total"] / (m * math.log2(max(m, 2))) * 1e6
            print(f"{n:>8} {int(m):>9} {int(t['identities']):>8} {int(t['added']):>9} {build:>8.1f} "
                  f"{t['read']:>7.2f} {t['resolve']:>9.2f} {t['write']:>8.2f} {t['total']:>8.2f} "
                  f"{t['rerun']:>8.2f} {ratio:>13.2f}")  # fmt: skip
            peaks.append((n, t))
        print("peak RSS (MB) of this process by phase, each including what earlier phases still hold:")
        print(f"{'notices':>8} {'start':>7} {'read':>7} {'resolve':>8} {'write':>7} {'rerun':>7} {'peak':>7}")
        for n, t in peaks:
            print(f"{n:>8} {t['start_mb']:>7.0f} {t['read_mb']:>7.0f} {t['resolve_mb']:>8.0f} "
                  f"{t['write_mb']:>7.0f} {t['rerun_mb']:>7.0f} {t['peak_mb']:>7.0f}")  # fmt: skip
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
