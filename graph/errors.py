"""Errors raised by ``ketluan.graph``: one base class, one subclass per kind of failure.

Messages are one line and say what to do next. The command line turns any :class:`GraphError` into a
``click.ClickException`` and the endpoint into an HTTP error; nothing in this package prints or exits.
"""

from __future__ import annotations

from typing import Any


class GraphError(Exception):
    """Base class for every error raised by ``ketluan.graph``."""


class ValidationError(GraphError):
    """The graph does not conform to the ketluan SHACL shapes (or the shapes/ontology could not be loaded).

    ``report`` holds the :class:`ketluan.graph.validate.ValidationReport` when there is one.
    """

    def __init__(self, message: str, report: Any = None) -> None:
        super().__init__(message)
        self.report = report


class StoreError(GraphError):
    """The store could not be opened, read or written."""


class QueryError(GraphError):
    """A named query is unknown, or a query could not be parsed, bound or run."""


class RemoteError(GraphError):
    """A remote SPARQL server (``--endpoint``) could not be reached, refused a request or answered badly.

    ``status`` is the server's HTTP status, or 502 when it gave no answer and 504 when it took too long, so
    that ``ketluan serve --endpoint`` can pass the failure on with the right status.
    """

    def __init__(self, message: str, status: int = 502) -> None:
        super().__init__(message)
        self.status = status
