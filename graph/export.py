"""Exporters, looked up by name from one small registry and imported lazily (STYLE habit 4).

    >>> from ketluan.graph import export
    >>> export.names()
    ['jsonld', 'nquads', 'trig', 'turtle']
    >>> export.export(store, "nquads", "out.nq")            # doctest: +SKIP

An exporter is a callable ``(store, out: IO[bytes]) -> None``. Register a new one with
``register("name", "module.path", "attr")``; the module is imported only when the format is used.

- ``nquads``, ``trig``: the whole dataset, named graphs kept (one graph per notice);
- ``turtle``: the union of all graphs (graph names are lost), deduplicated;
- ``jsonld``: rdflib's JSON-LD serializer over the dataset, compacted with the CONTRACT prefixes.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ketluan.graph.errors import GraphError, StoreError
from ketluan.ontology.namespaces import PREFIXES

if TYPE_CHECKING:
    from ketluan.graph.store import Store

__all__ = ["JSONLD_CONTEXT", "Exporter", "export", "get", "names", "register"]

Exporter = Callable[["Store", IO[bytes]], None]

#: name -> (module, attribute); filled by `register`.
_REGISTRY: dict[str, tuple[str, str]] = {}

#: The JSON-LD ``@context``: the CONTRACT prefixes.
JSONLD_CONTEXT: dict[str, str] = dict(PREFIXES)


def register(name: str, module: str, attr: str) -> None:
    """Make ``module.attr`` (an `Exporter`) available as format ``name``; a later call replaces it."""
    _REGISTRY[name] = (module, attr)


def names() -> list[str]:
    """The registered format names, sorted."""
    return sorted(_REGISTRY)


def get(name: str) -> Exporter:
    """The exporter for ``name``; raises `GraphError` listing the valid names when there is none."""
    try:
        module, attr = _REGISTRY[name]
    except KeyError:
        raise GraphError(f"unknown export format {name!r} — use one of: {', '.join(names())}") from None
    return getattr(importlib.import_module(module), attr)


def export(store: Store, fmt: str, out: str | os.PathLike[str] | IO[bytes] | None = None) -> None:
    """Write ``store`` in format ``fmt`` to a file path, a binary stream, or stdout (``None`` or ``"-"``)."""
    exporter = get(fmt)
    if out is None or out == "-":
        stream = sys.stdout.buffer
        exporter(store, stream)
        stream.flush()
        return
    if isinstance(out, str | os.PathLike):
        path = Path(out)
        try:
            with path.open("wb") as fh:
                exporter(store, fh)
        except OSError as e:
            raise StoreError(
                f"cannot write {path}: {e.strerror or e} — check the folder exists and is writable"
            ) from None
        return
    exporter(store, out)


# -- the built-in exporters ----------------------------------------------------------------------------


def export_nquads(store: Store, out: IO[bytes]) -> None:
    store.dump("nquads", out)


def export_trig(store: Store, out: IO[bytes]) -> None:
    store.dump("trig", out)


def export_turtle(store: Store, out: IO[bytes]) -> None:
    """The union of all graphs as Turtle."""
    store.dump("turtle", out)


def export_jsonld(store: Store, out: IO[bytes]) -> None:
    """The dataset as JSON-LD (named graphs kept), compacted with `JSONLD_CONTEXT`."""
    ds = store.rdflib_dataset()
    with warnings.catch_warnings():  # rdflib's serializer uses its own deprecated Dataset API internally
        warnings.simplefilter("ignore", DeprecationWarning)
        text = ds.serialize(format="json-ld", context=JSONLD_CONTEXT, auto_compact=True, ensure_ascii=False)
    # rdflib returns str; make sure it is valid JSON before writing (cheap, and catches serializer bugs)
    json.loads(text)
    out.write(text.encode("utf-8"))


register("nquads", __name__, "export_nquads")
register("trig", __name__, "export_trig")
register("turtle", __name__, "export_turtle")
register("jsonld", __name__, "export_jsonld")
