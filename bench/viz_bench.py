"""Benchmark: `ketluan viz` on big stores (issue 5: 10,000 notices aggregated in under 30 s, page open < 10 s).

    python bench/viz_bench.py                        # 1k, 10k notices; browser timing when Chromium is there
    python bench/viz_bench.py --sizes 2000 --keep /tmp/vb --no-browser

For each size it builds an on-disk store with `resolve_bench.build_store` (the same synthetic world: 63
provinces, officials who climb posts, namesakes), with every notice given a meeting that bodies attend and
2-6 directives assigned to them (topics, deadlines, the sentence as evidence) — `resolve_bench`'s notices
have none — then resolves it with `resolve_store` and times:

- viz:   `viz_command` with the default budget (1,500 nodes), i.e. load + filter + aggregate + layout + write;
- page:  opening the HTML in headless Chromium (Debian's /usr/bin/chromium through Playwright) until
         vis-network has drawn (the `afterDrawing` event), with every non-file/data request counted;
- also `viz --max-nodes 5000` (aggregated less), a province-filtered view and an ego view (both small
  enough to draw unaggregated, so persons are read too).

Figures are printed with the machine (CPU model, cores), the CPU time of the process next to the wall time,
and the load average when the run started (on a shared 2-core machine, other work inflates the wall time).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import resolve_bench  # noqa: E402  (the sibling benchmark: its synthetic world and build_store)

from ketluan.graph.resolution import resolve_store  # noqa: E402
from ketluan.graph.store import Store  # noqa: E402
from ketluan.ingest import records as r  # noqa: E402

TOPICS = [
    "metrology",
    "standards-quality",
    "intellectual-property",
    "inspection",
    "research-projects",
    "technology-transfer",
    "innovation",
    "finance",
    "planning",
    "reporting",
    "training",
    "administrative-reform",
    "personnel",
    "statistics",
]
VERBS = [
    "chủ trì, phối hợp các đơn vị liên quan hoàn thiện",
    "tham mưu UBND tỉnh ban hành",
    "rà soát, tổng hợp và báo cáo kết quả thực hiện",
    "khẩn trương triển khai",
    "xây dựng kế hoạch và dự toán kinh phí cho",
]
OBJECTS = [
    "kế hoạch kiểm định phương tiện đo",
    "đề án hỗ trợ doanh nghiệp đổi mới công nghệ",
    "danh mục nhiệm vụ khoa học và công nghệ",
    "báo cáo tình hình thực hiện nhiệm vụ",
    "phương án đào tạo, bồi dưỡng cán bộ",
    "chương trình phát triển tài sản trí tuệ",
]

_plain_notice = resolve_bench.synthetic_notice
SKHCN = "Sở Khoa học và Công nghệ tỉnh Vĩnh Long"


def synthetic_notice_with_directives(world: resolve_bench.World, i: int) -> r.Notice:
    """`resolve_bench.synthetic_notice`, plus a meeting attended by bodies and 2-6 directives to them."""
    notice = _plain_notice(world, i)
    rng = world.rng
    keys = list(notice.agencies)
    meeting = notice.meeting
    meeting.organizers = keys[:1]
    meeting.participating_agencies = rng.sample(keys, k=min(len(keys), rng.randint(3, 6)))
    if rng.random() < 0.2 and len(keys) > 6:
        meeting.absent_agencies = [k for k in keys[-1:] if k not in meeting.participating_agencies]
    meeting.province = notice.province
    text = notice.text
    year = int((meeting.held_on or "2015")[:4])
    for _ in range(rng.randint(2, 6)):
        to = rng.sample(keys, k=1 if rng.random() < 0.8 else min(2, len(keys)))
        sentence = (
            f"Giao {', '.join(notice.agencies[k].name for k in to)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
        )
        due = None
        if rng.random() < 0.6:
            sentence += f" trước ngày 30/6/{year + 1}"
            due = r.Deadline(f"{year + 1}-06-30", "date", r.Span(len(text), len(text) + 1))
        sentence += "."
        span = r.Span(len(text), len(text) + len(sentence))
        text += sentence + "\n"
        topics = rng.sample(TOPICS, k=1 if rng.random() < 0.7 else 2)
        notice.directives.append(r.Directive(sentence, span, assignees=to, topics=topics, due=due))
    notice.text = text
    notice.content_hash = notice.content_hash[:32] + f"{len(text):032x}"
    return notice


def build_viz_store(path: Path, n: int, seed: int) -> tuple[float, float]:
    """Build (with `resolve_bench.build_store`) and resolve a store of ``n`` notices; (build s, resolve s)."""
    resolve_bench.synthetic_notice = synthetic_notice_with_directives
    try:
        build = resolve_bench.build_store(path, n, seed)
    finally:
        resolve_bench.synthetic_notice = _plain_notice
    t = time.perf_counter()
    with Store.open(path) as store:
        resolve_store(store)
    return build, time.perf_counter() - t


def time_page(html: Path) -> tuple[float, int, int]:
    """Open ``html`` in headless Chromium: (seconds until drawn, nodes drawn, requests that left the machine)."""
    from playwright.sync_api import sync_playwright

    outside: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium")
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on(
            "request",
            lambda req: None if req.url.startswith(("file:", "data:", "about:")) else outside.append(req.url),
        )
        t = time.perf_counter()
        page.goto(html.resolve().as_uri())
        page.wait_for_function("window.ketluanDrawn === true", timeout=60_000)
        seconds = time.perf_counter() - t
        nodes = page.evaluate("network.body.data.nodes.length")
        browser.close()
    return seconds, nodes, len(outside)


def main() -> None:
    from ketluan.graph.viz import viz_command

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", type=Path, help="folder for the stores (default: a temporary one, deleted)")
    ap.add_argument("--reuse", action="store_true", help="reuse a store already in --keep")
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args()
    browser = not args.no_browser and Path("/usr/bin/chromium").exists()
    root = args.keep or Path(tempfile.mkdtemp(prefix="ketluan-viz-bench-"))
    print(f"machine: {resolve_bench.machine()}")
    try:
        for n in args.sizes:
            path = root / f"store-{n}"
            if not (args.reuse and path.exists()):
                shutil.rmtree(path, ignore_errors=True)
                build, resolve = build_viz_store(path, n, args.seed)
                print(f"{n} notices: build {build:.1f} s, resolve {resolve:.1f} s")
            runs = [
                ("default (budget 1,500)", {}),
                ("--max-nodes 5000", {"max_nodes": 5000}),
                ("--province 'Vĩnh Long' --year-from 2020", {"province": "Vĩnh Long", "year_from": 2020}),
                ("--focus 'Sở KH&CN tỉnh Vĩnh Long' --depth 1", {"focus": SKHCN, "depth": 1}),
            ]
            for name, kw in runs:
                out = root / f"viz-{n}-{runs.index((name, kw))}.html"
                load_avg = os.getloadavg()[0]
                t, cpu = time.perf_counter(), time.process_time()
                s = viz_command(path, out, **kw)
                wall, cpu = time.perf_counter() - t, time.process_time() - cpu
                line = (
                    f"{n:>6} {name:<42} full graph {s.full_nodes:>7} nodes -> drawn {s.nodes:>5} nodes "
                    f"{s.edges:>6} edges, aggregated={'+'.join(s.aggregation) or 'no'}; viz {wall:5.1f} s "
                    f"[cpu {cpu:.1f} s, load avg {load_avg:.1f}] "
                    f"(load {s.timings['load']:.1f}, build {s.timings['build']:.1f}, "
                    f"aggregate {s.timings['aggregate']:.1f}, layout {s.timings['layout']:.1f}, "
                    f"write {s.timings['write']:.1f}); {out.stat().st_size / 1e6:.1f} MB"
                )
                if browser:
                    secs, drawn, outside = time_page(out)
                    line += f"; page {secs:.2f} s, {drawn} nodes drawn, {outside} outside requests"
                print(line, flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
