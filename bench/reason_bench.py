"""Time HermiT (through owlready2) on slices of growing size, to choose the bound of ``ketluan validate --reason``.

    python bench/reason_bench.py                         # seeds from ../shared/corpus/seeds, default sizes
    python bench/reason_bench.py --sizes 250 1000 4000   # target slice sizes, in individuals
    python bench/reason_bench.py --seeds DIR --repeat 3

A slice of N individuals is the ontology plus copies of the seed notices' triples, each copy with its own IRIs
(``…/x`` -> ``…/x-c3``), taken until N individuals are reached; that is what a slice of one large notice (or of
several resolved notices) looks like to HermiT. Each row reports the whole `reason_slice` time (conversion,
owlready2 load, Java start-up, HermiT) and the time of a slice with no data (the fixed cost: JVM + ontology).
Numbers and the chosen bound are written up in bench/REASON.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from ketluan.graph.pipeline import ingest_paths
from ketluan.graph.reason import count_individuals, materialise_inferences, ontology_triples, reason_slice
from ketluan.graph.store import Store

DEFAULT_SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
DEFAULT_SIZES = (50, 250, 500, 1000, 1500, 2000, 3000)
KLI = "https://w3id.org/ketluan/id/"


def machine() -> str:
    """``nproc``, CPU model, Python, Java and owlready2 versions, on one line."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        java = subprocess.run(["java", "-version"], capture_output=True, text=True, check=False).stderr
        java = java.splitlines()[0] if java else "no java"
    except OSError:
        java = "no java"
    import owlready2

    return (
        f"nproc={os.cpu_count()}, {model}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, {java}, owlready2 {owlready2.VERSION}"
    )


def seed_quads(seeds: Path) -> tuple[list[ox.Triple], list[ox.Quad]]:
    """(ontology triples, the quads of every seed notice graph) after ingesting ``seeds`` into a temp store."""
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "store") as store:
        summary = ingest_paths([seeds], store)
        if not summary.ok:
            sys.exit(f"ingesting {seeds} failed: {summary.line()}")
        quads = []
        for iri, _, _ in store.notices():
            quads += store.ox.quads_for_pattern(None, None, None, ox.NamedNode(iri))
        return ontology_triples(store), quads


#: IRIs of entities that entity resolution links across notices (persons, agencies, roles).
ENTITIES = tuple(KLI + kind for kind in ("person/", "agency/", "role/"))


def _copy(term: ox.NamedNode | ox.BlankNode | ox.Literal, k: int):
    if isinstance(term, ox.NamedNode) and term.value.startswith(KLI):
        return ox.NamedNode(f"{term.value}-c{k}") if k else term
    if isinstance(term, ox.BlankNode):
        return ox.BlankNode(f"{term.value}c{k}")
    return term


def grown_slice(data: list[ox.Triple], target: int, shape: str = "separate") -> list[ox.Triple]:
    """Copies of ``data`` until ``target`` individuals; the last copy is cut short.

    ``shape``: ``separate`` — every copy has its own IRIs (one big notice, or unrelated notices);
    ``sameas`` — the same, plus ``owl:sameAs`` from each copy's persons, agencies and roles to copy 0's (what
    ``kli:graph/resolved`` adds once entity resolution links notices);
    ``untyped`` — ``separate`` without its rdf:type triples: the worst case, where HermiT must choose a disjunct
    of the ``owl:unionOf`` domains (``kl:mentionedIn``, ``kl:evidence``, ``kl:province``) for every individual.
    The ingester asserts every type, so real slices look like ``separate``/``sameas``.
    """
    out: list[ox.Triple] = []
    nodes: set = set()
    same_as = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
    k = 0
    while len(nodes) < target and data:
        for t in data:
            copied = [ox.Triple(_copy(t.subject, k), t.predicate, _copy(t.object, k))]
            if (
                shape == "sameas"
                and k
                and t.predicate.value.endswith("#type")
                and t.subject.value.startswith(ENTITIES)
            ):
                copied.append(ox.Triple(copied[0].subject, same_as, t.subject))
            for c in copied:
                if shape == "untyped" and c.predicate.value.endswith("#type"):
                    continue
                out.append(c)
                nodes.add(c.subject)
                if not isinstance(c.object, ox.Literal) and not c.predicate.value.endswith("#type"):
                    nodes.add(c.object)
            if len(nodes) >= target:
                break
        k += 1
    return out


def time_materialise(quads: list[ox.Quad], copies: int) -> None:
    """Time `materialise_inferences` on ``copies`` renamed copies of the seed graphs (chairs' kl:participant
    removed from every other copy, so there is something to infer)."""
    participant = "https://w3id.org/ketluan/ontology#participant"
    chairs = {(q.subject, q.object) for q in quads if q.predicate.value.endswith("#chair")}
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "store") as store:
        for k in range(copies):
            store.ox.extend(
                ox.Quad(_copy(q.subject, k), q.predicate, _copy(q.object, k), _copy(q.graph_name, k))
                for q in quads
                if not (k % 2 and q.predicate.value == participant and (q.subject, q.object) in chairs)
            )
        started = time.perf_counter()
        inferred = materialise_inferences(store)
        seconds = time.perf_counter() - started
        print(
            f"materialise_inferences: {len(store):,} quads in store, {inferred:,} inferred, {seconds:.2f} s"
        )


def time_slice(ontology: list[ox.Triple], data: list[ox.Triple], repeat: int) -> tuple[float, str]:
    """Median seconds of `reason_slice` on ``data`` over ``repeat`` runs, and its status."""
    times, status = [], ""
    for _ in range(repeat):
        started = time.perf_counter()
        result = reason_slice(data, ontology, notice="bench", max_individuals=10**9)
        times.append(time.perf_counter() - started)
        status = result.status
    return statistics.median(times), status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder of seed notices")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES), help="individuals")
    parser.add_argument("--repeat", type=int, default=1, help="runs per size (median reported)")
    parser.add_argument(
        "--materialise",
        type=int,
        default=0,
        metavar="COPIES",
        help="also time materialise_inferences on COPIES x seeds",
    )
    parser.add_argument(
        "--shape", choices=("separate", "sameas", "untyped"), default="separate", help="see grown_slice"
    )
    args = parser.parse_args(argv)
    if not args.seeds.is_dir():
        sys.exit(f"no seeds folder {args.seeds} — pass --seeds DIR")

    print(f"machine: {machine()}")
    ontology, quads = seed_quads(args.seeds)
    if args.materialise:
        time_materialise(quads, args.materialise)
    data = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    print(
        f"seeds: {count_individuals(data)} individuals, {len(data)} triples; ontology {len(ontology)} triples"
    )
    fixed, _ = time_slice(ontology, [], args.repeat)
    print(f"fixed cost (ontology only: JVM start, owlready2 load, HermiT): {fixed:.2f} s\n")
    print(f"{'individuals':>11}  {'triples':>8}  {'seconds':>8}  {'minus fixed':>11}  status")
    for size in args.sizes:
        sliced = grown_slice(data, size, args.shape)
        seconds, status = time_slice(ontology, sliced, args.repeat)
        print(
            f"{count_individuals(sliced):>11,}  {len(sliced):>8,}  {seconds:>8.2f}  {seconds - fixed:>11.2f}  {status}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
