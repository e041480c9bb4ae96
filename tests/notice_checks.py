"""What the extraction tests read back from a parsed notice, by name: a directive's assignees, supporters and
deadline, the meeting's chairs and absent bodies. Records refer to persons and bodies by key; the tests assert on
the names a reader sees.

On the test path (``pythonpath`` in pyproject.toml): ``from notice_checks import task_of``.
"""

from __future__ import annotations

from ketluan.ingest.agencies import find_agencies
from ketluan.ingest.extract import parse_notice
from ketluan.ingest.readers import read_notice_bytes
from ketluan.ingest.records import Notice
from ketluan.ingest.tokens import tokenize


def text_as_read(raw: str, name: str = "x.txt") -> str:
    """The notice text the reader makes of ``raw`` written as file ``name`` (with the reader's repairs)."""
    return read_notice_bytes(raw.encode("utf-8"), name).text


def notice_as_read(raw: str, name: str = "x.txt") -> Notice:
    """``raw`` written as file ``name``, read and parsed as ``ketluan ingest`` would."""
    return parse_notice(text_as_read(raw, name), name)


def names_of(n: Notice) -> dict[str, str]:
    """Every person's and body's key, to its name."""
    names = {k: a.name for k, a in n.agencies.items()}
    names.update({k: p.name for k, p in n.persons.items()})
    return names


def task_of(n: Notice, opening: str) -> tuple[list[str], list[str], str | None]:
    """The first directive whose text opens with ``opening`` (bold marks aside): its assignees', its
    supporters' names and its deadline's value. Fails, listing the directives read, when there is none."""
    names = names_of(n)
    found = [d for d in n.directives if d.text.lstrip("*").startswith(opening)]
    assert found, [d.text[:60] for d in n.directives]
    d = found[0]
    return (
        [names.get(a, a) for a in d.assignees],
        [names.get(a, a) for a in d.supports],
        d.due.value if d.due is not None else None,
    )


def assignees_of(n: Notice) -> set[str]:
    """The names of every person and body a directive of the notice is assigned to."""
    names = names_of(n)
    return {names.get(a, a) for d in n.directives for a in d.assignees}


def chairs_of(n: Notice) -> list[str]:
    names = names_of(n)
    return [names.get(c, c) for c in n.meeting.chairs]


def absent_of(n: Notice) -> list[str]:
    names = names_of(n)
    return [names.get(a, a) for a in n.meeting.absent_agencies]


def posts_of(n: Notice, name: str, *, as_written: bool = False) -> list[tuple[str, str | None]]:
    """The posts of the person called ``name``: (title, its body's name or None); the title as written
    (``role_surface``: "Phản biện 1") with ``as_written``, else its canonical form ("Ủy viên phản biện")."""
    person = next(p for p in n.persons.values() if p.name == name)
    return [
        (po.role_surface if as_written else po.role, n.agencies[po.agency].name if po.agency else None)
        for po in n.posts
        if po.person == person.key
    ]


def bodies_per_task(n: Notice) -> list[list[str]]:
    """Each directive's assigned bodies' names, sorted, in the directives' order (persons assigned left out)."""
    return [sorted(n.agencies[a].name for a in d.assignees if a in n.agencies) for d in n.directives]


def bodies_tasked(n: Notice) -> list[str]:
    """The names of every body some directive is assigned to, sorted, once each."""
    return sorted({n.agencies[a].name for d in n.directives for a in d.assignees if a in n.agencies})


def bodies_found(text: str) -> list[str]:
    """The bodies' names as written (surfaces) that the agency reader finds in ``text``, in order."""
    return [m.surface for m in find_agencies(text, tokenize(text), None)]
