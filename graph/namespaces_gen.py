"""Generate ``ontology/namespaces.py`` from ``ontology/ketluan.ttl``.

The generated module holds a closed rdflib ``DefinedNamespace`` ``KL`` (one typed ``URIRef`` attribute per
class and property the ontology declares, ``_fail = True`` so a mistyped term raises), the open namespaces
``KLI`` and ``KLT``, and ``PREFIXES``. ``tests/test_ontology`` regenerates it and compares, so the ontology
and the code cannot drift. Regenerate after editing the ontology::

    python -m ketluan.graph.namespaces_gen          # rewrite ontology/namespaces.py
    python -m ketluan.graph.namespaces_gen --check  # exit 1 if it is out of date

Modelled on ``rdflib/tools/defined_namespace_creator.py``, but deterministic (no timestamp) and grouped by kind.
"""

from __future__ import annotations

import argparse
import keyword
import sys
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from ketluan.graph.errors import GraphError

KL_IRI = "https://w3id.org/ketluan/ontology#"
KLI_IRI = "https://w3id.org/ketluan/id/"
KLT_IRI = "https://w3id.org/ketluan/topic/"
ONTOLOGY_IRI = "https://w3id.org/ketluan/ontology"

#: prefix -> namespace IRI, in the order written to ``PREFIXES``.
PREFIXES: dict[str, str] = {
    "kl": KL_IRI,
    "kli": KLI_IRI,
    "klt": KLT_IRI,
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "http://schema.org/",
    "time": "http://www.w3.org/2006/time#",
    "oa": "http://www.w3.org/ns/oa#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
}

HEADER = "# Generated from: ontology/ketluan.ttl by ketluan.graph.namespaces_gen — do not edit"

# (rdf:type, heading) in output order; a term goes under the first kind it has.
_KINDS: tuple[tuple[URIRef, str], ...] = (
    (OWL.Class, "Classes (owl:Class)"),
    (OWL.ObjectProperty, "Object properties (owl:ObjectProperty)"),
    (OWL.DatatypeProperty, "Datatype properties (owl:DatatypeProperty)"),
    (OWL.AnnotationProperty, "Annotation properties (owl:AnnotationProperty)"),
    (RDF.Property, "Other properties (rdf:Property)"),
)


def _english(graph: Graph, subject: URIRef, predicate: URIRef) -> str:
    """The ``@en`` value of ``predicate`` (else an untagged one), on one line; ``""`` if there is none."""
    values = [o for o in graph.objects(subject, predicate) if isinstance(o, Literal)]
    chosen = [v for v in values if v.language == "en"] or [v for v in values if v.language is None]
    return " ".join(str(chosen[0]).split()) if chosen else ""


def render_namespaces(ttl_text: str) -> str:
    """Return the source of ``ontology/namespaces.py`` for the ontology in ``ttl_text`` (Turtle)."""
    graph = Graph()
    try:
        graph.parse(data=ttl_text, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise GraphError(
            f"Cannot parse ontology/ketluan.ttl as Turtle: {exc}; fix the file and rerun."
        ) from exc

    groups: dict[URIRef, list[tuple[str, str]]] = {kind: [] for kind, _ in _KINDS}
    for subject in sorted({s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef)}):
        if not str(subject).startswith(KL_IRI):
            continue
        name = str(subject)[len(KL_IRI) :]
        if not name.isidentifier() or keyword.iskeyword(name):
            raise GraphError(
                f"kl:{name} is not a valid Python identifier; rename it in ontology/ketluan.ttl "
                "(terms must be usable as KL.<name>)."
            )
        types = set(graph.objects(subject, RDF.type))
        kind = next((k for k, _ in _KINDS if k in types), None)
        if kind is None:
            raise GraphError(
                f"kl:{name} has no owl:Class/owl:ObjectProperty/owl:DatatypeProperty type; "
                "declare one in ontology/ketluan.ttl."
            )
        label = _english(graph, subject, RDFS.label)
        comment = _english(graph, subject, RDFS.comment)
        groups[kind].append((name, f"{label}: {comment}" if label and comment else label or comment))

    doc = _english(graph, URIRef(ONTOLOGY_IRI), RDFS.comment)
    lines = [
        HEADER,
        '"""The ketluan vocabulary as Python names: the closed ``KL`` namespace, ``KLI``, ``KLT`` and ``PREFIXES``."""',
        "",
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "from rdflib.term import URIRef",
        "",
        '__all__ = ["KL", "KLI", "KLT", "PREFIXES"]',
        "",
        "",
        "class KL(DefinedNamespace):",
        '    """',
        f"    {doc}" if doc else "    The ketluan ontology.",
        "",
        f"    Generated from: {ONTOLOGY_IRI} (ontology/ketluan.ttl)",
        '    """',
        "",
        "    _fail = True",
        f'    _NS = Namespace("{KL_IRI}")',
    ]
    for kind, heading in _KINDS:
        if not groups[kind]:
            continue
        lines += ["", f"    # {heading}"]
        for name, text in groups[kind]:
            # Comment above, not trailing: ruff format would wrap a long trailing comment.
            lines += [f"    # {text}", f"    {name}: URIRef"] if text else [f"    {name}: URIRef"]
    lines += [
        "",
        "",
        "#: Individuals: kli:person/…, kli:agency/…, kli:meeting/…, kli:directive/…, kli:notice/…, kli:graph/…",
        f'KLI = Namespace("{KLI_IRI}")',
        "#: The SKOS topic scheme (klt:scheme) and its concepts.",
        f'KLT = Namespace("{KLT_IRI}")',
        "",
        "#: prefix -> namespace IRI for every vocabulary the ketluan graph uses.",
        "PREFIXES: dict[str, str] = {",
        *(f'    "{prefix}": "{iri}",' for prefix, iri in PREFIXES.items()),
        "}",
        "",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Rewrite (or with ``--check``, compare) ``ontology/namespaces.py``; return the exit status."""
    ontology_dir = files("ketluan.ontology")
    parser = argparse.ArgumentParser(
        prog="python -m ketluan.graph.namespaces_gen", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--ttl", type=Path, default=None, help="ontology to read (default: ontology/ketluan.ttl)"
    )
    parser.add_argument(
        "-o", "--output", type=Path, default=None, help="file to write (default: ontology/namespaces.py)"
    )
    parser.add_argument(
        "--check", action="store_true", help="do not write; exit 1 if the file is out of date"
    )
    args = parser.parse_args(argv)

    ttl_text = (
        args.ttl.read_text("utf-8") if args.ttl else ontology_dir.joinpath("ketluan.ttl").read_text("utf-8")
    )
    output = args.output or Path(str(ontology_dir.joinpath("namespaces.py")))
    source = render_namespaces(ttl_text)
    current = output.read_text("utf-8") if output.exists() else None
    if args.check:
        if current != source:
            print(f"{output} is out of date; run: python -m ketluan.graph.namespaces_gen", file=sys.stderr)
            return 1
        return 0
    if current != source:
        output.write_text(source, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
