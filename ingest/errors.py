"""Errors raised by `ketluan.ingest`: one base class, actionable one-line messages.

Every message reads ``"<file name>: <problem> — <what to do>"`` on a single
line, optionally with a code such as ``E104`` after the file name, so the CLI
can print ``str(error)`` as it is and the endpoint can return it as JSON.
Nothing in ``ketluan.ingest`` prints or exits; the boundary (CLI, server)
translates these exceptions.

Codes used by the readers:

====  ==========================================================
E101  unsupported file type (lists the supported suffixes)
E102  file not found / not a regular file
E103  file larger than the ``max_bytes`` limit
E104  file is empty or holds only whitespace
E105  binary content, or a different format under a text suffix
E106  text encoding cannot be decoded, or the result is garbled
E107  legacy Word .doc (by suffix, or OLE2 content under .docx)
E108  corrupt or non-Word .docx package
E109  corrupt PDF
E110  encrypted PDF
E111  PDF without a text layer (scanned)
E120  notice text could not be parsed (`NoticeParseError`)
====  ==========================================================
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["IngestError", "NoticeParseError", "UnreadableNoticeError"]


def _one_line(s: object) -> str:
    return " ".join(str(s).split())


class IngestError(Exception):
    """Base class of every error raised while reading or parsing a notice.

    ``path`` is the file (or a label such as ``"<string>"``), ``reason`` says
    what is wrong and ``hint`` what to do about it.

    >>> str(IngestError("in/a.rtf", "unsupported file type '.rtf'", "save it as .docx", code="E101"))
    "a.rtf: E101 unsupported file type '.rtf' — save it as .docx"
    """

    def __init__(
        self, path: str | Path | None, reason: str, hint: str = "", *, code: str | None = None
    ) -> None:
        self.path = str(path) if path is not None else None
        self.reason = reason
        self.hint = hint
        self.code = code
        super().__init__(self._message())

    @property
    def file_name(self) -> str:
        """Base name of ``path`` (the whole label when it is not a path)."""
        if not self.path:
            return "<input>"
        return Path(self.path).name or self.path

    def _message(self) -> str:
        problem = _one_line(self.reason)
        if self.code:
            problem = f"{self.code} {problem}"
        message = f"{_one_line(self.file_name)}: {problem}"
        if self.hint:
            message += f" — {_one_line(self.hint)}"
        return message

    def __str__(self) -> str:
        return self._message()

    def __reduce__(self):  # keep pickling (multiprocessing) working with keyword-only code
        return (_rebuild, (type(self), self.__dict__.copy()))


def _rebuild(cls: type[IngestError], state: dict) -> IngestError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    Exception.__init__(error, error._message())
    return error


class UnreadableNoticeError(IngestError):
    """The file cannot be turned into text: wrong format, binary, corrupt, encrypted,
    scanned without a text layer, empty, too large, or in an undecodable encoding."""


class NoticeParseError(IngestError):
    """The text was read but a required part of the notice could not be parsed.

    ``line`` is 1-based (see `ketluan.ingest.text.line_of`); ``snippet`` is the
    text near the problem, shortened to one line of at most 60 characters.

    >>> str(NoticeParseError("tb.txt", 12, "Ngày   tháng 6 năm 2020", "write the day of the meeting",
    ...                      reason="no meeting date"))
    "tb.txt:12: E120 no meeting date near 'Ngày tháng 6 năm 2020' — write the day of the meeting"
    """

    def __init__(
        self,
        path: str | Path | None,
        line: int | None,
        snippet: str,
        hint: str = "",
        *,
        reason: str = "could not parse the notice",
        code: str | None = "E120",
    ) -> None:
        self.line = line
        self.snippet = snippet
        super().__init__(path, reason, hint, code=code)

    def _message(self) -> str:
        where = _one_line(self.file_name)
        if self.line is not None:
            where += f":{self.line}"
        problem = _one_line(self.reason)
        if self.code:
            problem = f"{self.code} {problem}"
        snippet = _one_line(self.snippet)
        if len(snippet) > 60:
            snippet = snippet[:57] + "..."
        message = f"{where}: {problem}"
        if snippet:
            message += f" near {snippet!r}"
        if self.hint:
            message += f" — {_one_line(self.hint)}"
        return message
