"""Hostile text: long runs of names, dashes, brackets, heads and list items finish, and yield nothing absurd.

Speed is measured in bench/, not here; this only guards against super-linear blow-ups (a backtracking regex
on 100,000 dashes never finishes) with a generous watchdog, and checks the result is sane.
"""

from __future__ import annotations

import signal

import pytest

from ketluan.ingest.extract import parse_notice
from ketluan.ingest.text import normalise_text

pytestmark = pytest.mark.issue(6)

# fmt: off
HOSTILE = {
    "names":    "THÔNG BÁO\nKết luận\n" + "Nguyễn Văn Thành, " * 5000,
    "dashes":   "THÔNG BÁO\n" + "-" * 100_000,
    "brackets": "THÔNG BÁO\n" + "(" * 50_000 + ")" * 50_000,
    "heads":    "THÔNG BÁO\n" + "Sở Sở Phòng Chi cục " * 5000,
    "upper":    "THÔNG BÁO\n" + "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG " * 4000,
    "dates":    "THÔNG BÁO\n" + "ngày 12 tháng 3 năm 2019 " * 5000,
    "spaces":   "THÔNG BÁO\n" + ("Sở Tài chính" + " " * 50) * 3000,
    "markers":  "THÔNG BÁO\n" + "1.1.1.1.1.1.1.1.1.1. a) - + * " * 5000,
    "one_line": "THÔNG BÁO Kết luận " + "Giao Sở Tài chính chủ trì, phối hợp Sở Xây dựng; " * 3000,
}
# fmt: on


class Watchdog:
    def __init__(self, seconds: int) -> None:
        self.seconds = seconds

    def __enter__(self) -> None:
        def fire(*_: object) -> None:
            raise TimeoutError(f"still running after {self.seconds} s: super-linear on hostile input?")

        self.old = signal.signal(signal.SIGALRM, fire)
        signal.alarm(self.seconds)

    def __exit__(self, *exc: object) -> None:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, self.old)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_finishes_and_is_sane(name: str) -> None:
    text = normalise_text(HOSTILE[name])
    with Watchdog(60):
        notice = parse_notice(text, f"{name}.txt")
    # nobody is invented out of punctuation, and every span stays inside the text
    assert all(p.name.strip() and len(p.name) < 80 for p in notice.persons.values())
    for a in notice.agencies.values():
        assert len(a.name) < 300
        assert all(0 <= s.start <= s.end <= len(text) for s in a.spans)
    for d in notice.directives:
        assert 0 <= d.span.start <= d.span.end <= len(text)
