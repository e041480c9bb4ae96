"""Changes in how bodies are organised, as a notice states them (`org:ChangeEvent`).

A change is a verb (hợp nhất, sáp nhập, đổi tên, chia tách, tổ chức lại, thành lập, giải
thể, chuyển … về trực thuộc) with named bodies around it, in one clause:

=========================================================  ==========  =========  =======  ==========================
written                                                    kind        originals  results  also
=========================================================  ==========  =========  =======  ==========================
Hợp nhất A và B thành C; A và B (được) hợp nhất thành C    merge       A, B       C
Hợp nhất A với B (no result named)                         merge       A, B       --
Sáp nhập A vào B; A được sáp nhập vào B                    merge       A, B       B
Thành lập C trên cơ sở hợp nhất A và B                     merge       A, B       C
A và B được tổ chức lại thành C                            merge       A, B       C
Chia tách A thành B và C; tổ chức lại A thành B và C       split       A          B, C
Đổi tên A thành B; tổ chức lại A thành B                   rename      A          B
Thành lập A; thành lập A trực thuộc P                      establish   --         A        parent P
Giải thể A; A bị giải thể                                  dissolve    A          --
Chuyển A (thuộc Q) về trực thuộc P / sang P quản lý        transfer    A          A        parent P, former_parent Q
=========================================================  ==========  =========  =======  ==========================

"Sáp nhập A vào B" lists B among the originals *and* the results: B existed before and goes
on, A does not; originals that are not results are the bodies that ceased.

Not changes: bodies set up for a task (Hội đồng, Ban Chỉ đạo, Tổ công tác, Đoàn kiểm tra;
`TASK_BODIES`), "kiện toàn" (personnel), plans and proposals ("tham mưu phương án sáp nhập",
"đề xuất thành lập Trung tâm …": a `PLAN_CUES` phrase earlier in the clause with no comma
between), negated verbs ("chưa sáp nhập"), and clauses whose bodies are not named ("sáp nhập
các đơn vị sự nghiệp", "hợp nhất các báo cáo").

Bodies are found with `find_agencies` and named with `AgencyBook.resolve`, as the notice
extractor does, with two widenings that `find_agencies` does not make (yet) and change
statements need: a comma inside a name ("Phòng Kinh tế, Hạ tầng và Đô thị", "Sở Văn hóa,
Thể thao và Du lịch") and "… và Sở hữu trí tuệ" (not a Sở). Names are cut where a change
verb starts ("Sở TN&MT hợp nhất …" is not "Sở Tài nguyên và Môi trường hợp").

Linear time: the text is tokenised once; only clauses holding a change verb are parsed; each
verb reads a bounded number of bodies and fillers around it.

>>> [(e.kind, [a.name for a in e.originals], [a.name for a in e.results])
...  for e in find_change_events("Sáp nhập Sở Giao thông vận tải vào Sở Xây dựng.")]
[('merge', ['Sở Giao thông vận tải', 'Sở Xây dựng'], ['Sở Xây dựng'])]
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace

from ketluan.ingest.agencies import (
    HEADS,
    LOCALITIES,
    AgencyBook,
    AgencyMatch,
    Place,
    _scan_locality,
    _scan_name,
    expand_name,
    find_agencies,
)
from ketluan.ingest.dates import DateMention, find_dates
from ketluan.ingest.lang.vi.change_cues import (
    AFTER_INTRANSITIVE,
    BETWEEN_FILLERS,
    CHANGE_VERBS,
    CONNECTORS,
    DATE_LEADERS,
    DOTTED_SHORT_FORMS,
    EFFECTIVE_CUES,
    EXEMPT_BODIES,
    LIST_BULLETS,
    LIST_JOINERS,
    NAME_BREAKERS,
    NAME_BREAKING_CLASSES,
    NAME_TAIL_STOPS,
    NEGATORS,
    NOT_A_VERB_AFTER,
    OBJECT_FILLERS,
    PARTY_OWNERS,
    PLAN_CUES,
    SUBJECT_FILLERS,
    TASK_BODIES,
    TRANSFER_TAIL,
)
from ketluan.ingest.places import load_gazetteer
from ketluan.ingest.records import Span
from ketluan.ingest.text import match_key
from ketluan.ingest.tokens import PhraseTable, Tok, fold, join, phrase_keys, tokenize

__all__ = ["KINDS", "AgencyRef", "ChangeEvent", "find_change_events"]

KINDS = ("merge", "rename", "split", "establish", "dissolve", "transfer")

_VERBS = PhraseTable(CHANGE_VERBS.items())
_BREAKERS = PhraseTable(
    [(p, c) for p, c in CHANGE_VERBS.items() if c in NAME_BREAKING_CLASSES]
    + [(p, "breaker") for p in NAME_BREAKERS]
)
_CONNECTORS = PhraseTable(CONNECTORS.items())
_PLANS = PhraseTable((p, p) for p in PLAN_CUES)
_EFFECTIVE = PhraseTable((p, p) for p in EFFECTIVE_CUES)
_TAIL = PhraseTable((p, p) for p in TRANSFER_TAIL)
_TAIL_KEYS = tuple(phrase_keys(p) for p in TRANSFER_TAIL)
_NOT_AFTER = {phrase_keys(v): frozenset(fold(w) for w in ws) for v, ws in NOT_A_VERB_AFTER.items()}
_TASK_KEYS = tuple(phrase_keys(p) for p in TASK_BODIES)
_EXEMPT_KEYS = tuple(phrase_keys(p) for p in EXEMPT_BODIES)
_PARTY_KEYS = tuple(phrase_keys(p) for p in PARTY_OWNERS)

# which connectors each verb class reads after its bodies (grammar, not vocabulary)
_ROLES: dict[str, frozenset[str]] = {
    "merge": frozenset({"into", "absorb", "with"}),
    "rename": frozenset({"into"}),
    "reorganise": frozenset({"into"}),
    "split": frozenset({"into"}),
    "establish": frozenset({"under", "basis"}),
    "dissolve": frozenset(),
    "transfer": frozenset({"to", "from"}),
}

_MAX_LIST = 12  # bodies in one list
_MAX_FILLERS = 4  # filler words skipped in one place
_MAX_RESOLVED = 1000  # bodies named per text; a real notice names far fewer
_PLAN_WINDOW = 30  # tokens before a change searched for a plan cue
_MAX_TAIL = 8  # lower-case words taken into a name after where find_agencies stopped
_MAX_CONNECTORS = 4  # connectors read after one verb
_SENTENCE_END = frozenset({".", "!", "?"})
_CLAUSE_END = frozenset({";", ":"})
_CLAUSE_MARKS = frozenset({",", "(", "-", "–", ":", ";"})


# ----------------------------------------------------------------------------------------------
# records


@dataclass(frozen=True, slots=True)
class AgencyRef:
    """A body taking part in a change: as written, its canonical full name, and where."""

    surface: str
    name: str  # canonical, as `AgencyBook.resolve` names it ("Sở Tài chính tỉnh Vĩnh Long")
    span: Span

    @property
    def key(self) -> str:
        """The `AgencyBook` key of the body (``match_key`` of its name), i.e. `Agency.key`."""
        return match_key(self.name)


@dataclass(slots=True)
class ChangeEvent:
    """One stated change (`org:ChangeEvent`).

    ``originals`` → `org:originalOrganization`, ``results`` → `org:resultingOrganization`,
    ``effective`` → `prov:startedAtTime` (``YYYY-MM-DD``). ``parent`` is the body the result
    belongs to afterwards (transfers, "thành lập … trực thuộc …"), ``former_parent`` the one a
    transferred body left.
    """

    kind: str  # one of KINDS
    originals: list[AgencyRef]
    results: list[AgencyRef]
    span: Span  # the clause stating it
    effective: str | None = None
    effective_span: Span | None = None
    parent: AgencyRef | None = None
    former_parent: AgencyRef | None = None


# ----------------------------------------------------------------------------------------------
# entry point


def find_change_events(
    text: str,
    *,
    province: str | None = None,
    book: AgencyBook | None = None,
    place: Place | None = None,
    toks: list[Tok] | None = None,
) -> list[ChangeEvent]:
    """Every organisational change stated in ``text`` (a notice's normalised NFC text), in order.

    ``province`` completes names as the extractor does ("Sở Tài chính" → "Sở Tài chính tỉnh
    Vĩnh Long"). To name bodies exactly as the rest of a notice, pass the extractor's own
    ``book`` (its `AgencyBook`; the bodies of each change are added to it) and ``place``. ``toks`` are
    ``tokenize(text)`` when the caller has them already (the extractor: they are the tokens of the body,
    which is all a masked notice has).

    >>> e = find_change_events(
    ...     "Kể từ ngày 01/3/2025, Phòng Kinh tế và Phòng Quản lý đô thị được tổ chức lại "
    ...     "thành Phòng Kinh tế, Hạ tầng và Đô thị.")[0]
    >>> e.kind, [a.name for a in e.results], e.effective
    ('merge', ['Phòng Kinh tế, Hạ tầng và Đô thị'], '2025-03-01')
    """
    if book is None:
        p = load_gazetteer().province(province) if province else None
        book = AgencyBook(province, p.kind if p else "tỉnh")
    if place is None:
        place = Place(book.province, book.province_kind)
    if toks is None:
        toks = tokenize(text)
    if not any(_verb_at(toks, i) for i in _VERBS.positions(toks)):
        return []
    return _Parser(text, toks, book, place).run()


# ----------------------------------------------------------------------------------------------
# sentences and clauses


@dataclass(slots=True)
class _Sentence:
    clauses: list[tuple[int, int]]  # token ranges, split at ";" and ":"
    lead_in: bool  # ends with ":" (its date carries to the list items that follow)
    item: bool  # starts with a bullet or an enumerator ("-", "a)", "2.")


def _sentences(text: str, toks: list[Tok]) -> list[_Sentence]:
    """Sentences end at . ! ? and at a line break not followed by a lower-case word."""
    out: list[_Sentence] = []
    clauses: list[tuple[int, int]] = []
    start = lo = 0

    def close(hi: int, last: int) -> None:
        nonlocal clauses
        if lo < hi:
            clauses.append((lo, hi))
        if clauses:
            out.append(_Sentence(clauses, toks[last].text == ":", _is_item(toks, start)))
        clauses = []

    for i, t in enumerate(toks):
        if i > start and "\n" in text[toks[i - 1].end : t.start] and not (t.is_word and t.text[0].islower()):
            close(i, i - 1)
            start = lo = i
        if t.text in _SENTENCE_END or _dotted_end(t):
            close(i, i)
            start = lo = i + 1
        elif t.text in _CLAUSE_END:
            if lo < i:
                clauses.append((lo, i))
            lo = i + 1
    if toks and start < len(toks):
        close(len(toks), len(toks) - 1)
    return out


def _dotted_end(t: Tok) -> bool:
    """The tokenizer keeps the full stop of a one-letter word ("P.", "ý."); lower-case ones end a sentence."""
    return len(t.text) == 2 and t.text[1] == "." and t.text[0].islower() and t.key not in DOTTED_SHORT_FORMS


def _is_item(toks: list[Tok], i: int) -> bool:
    """A list item opens with a bullet, "a)" / "1)" or "1."."""
    if i >= len(toks):
        return False
    t = toks[i]
    if t.text in LIST_BULLETS:
        return True
    if t.text.endswith(".") and t.text[:-1].isdigit():
        return True
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    return nxt in (")", ".") and (t.text.isdigit() or (len(t.text) == 1 and t.text.isalpha()))


def _verb_at(toks: list[Tok], i: int, table: PhraseTable = _VERBS) -> tuple[int, str] | None:
    """``(end, verb class)`` of a change verb at ``toks[i]``, unless it is part of another word."""
    m = table.match(toks, i)
    if m is None:
        return None
    end, cls = m
    keys = tuple(t.key for t in toks[i:end])
    if i > 0 and toks[i - 1].key in _NOT_AFTER.get(keys, ()):
        return None
    return end, str(cls)


# ----------------------------------------------------------------------------------------------
# the parser


@dataclass(slots=True)
class _Body:
    start: int  # token indices into the whole text's tokens
    end: int
    match: AgencyMatch
    ref: AgencyRef | None = None
    resolved: bool = False


@dataclass(slots=True)
class _List:
    bodies: list[_Body] = field(default_factory=list)
    under: dict[int, _Body] = field(default_factory=dict)  # index in bodies -> its superior ("thuộc X")
    end: int = 0


@dataclass(slots=True)
class _Parts:
    """What a verb's clause names, by role."""

    obj: _List
    into: _List | None = None
    absorb: _List | None = None
    to: _List | None = None
    from_: _List | None = None
    under: _List | None = None
    with_: _List | None = None
    basis: tuple[str, _List, _List | None] | None = None  # verb class, its bodies, "vào" bodies


class _Parser:
    def __init__(self, text: str, toks: list[Tok], book: AgencyBook, place: Place):
        self.text = text
        self.toks = toks
        self.book = book
        self.place = place
        self.starts = [t.start for t in toks]
        self.at: dict[int, _Body] = {}  # first token -> body (this clause)
        self.ending: dict[int, _Body] = {}  # token just past the body -> body
        self.inside: set[int] = set()  # tokens strictly inside a body
        self.resolved = 0  # bodies named so far (AgencyBook.add is quadratic in one body's mentions)
        self._dates: list[DateMention] | None = None
        self._date_starts: list[int] = []

    # -- driver ----------------------------------------------------------------------------
    def run(self) -> list[ChangeEvent]:
        out: list[ChangeEvent] = []
        listed: tuple[str, Span] | None = None  # a lead-in's date, for the list items after it
        for sent in _sentences(self.text, self.toks):
            if not sent.item:
                listed = None
            carry = listed
            for lo, hi in sent.clauses:
                events, date = self.clause(lo, hi, carry)
                out.extend(events)
                carry = date or carry
            if sent.lead_in:
                listed = carry
        return out

    def clause(
        self, lo: int, hi: int, carry: tuple[str, Span] | None
    ) -> tuple[list[ChangeEvent], tuple[str, Span] | None]:
        """The changes of one clause and the effective date it states, if any."""
        toks = self.toks
        own = self.date_in(Span(toks[lo].start, toks[hi - 1].end))
        verbs: list[tuple[int, int, str]] = []
        i, n, starts = lo, len(toks), _VERBS.starts
        while i < hi:
            # a token that starts no verb phrase is passed over without a call
            v = _verb_at(toks, i) if i >= n or toks[i].key in starts else None
            if v is not None:
                verbs.append((i, v[0], v[1]))
                i = v[0]
            else:
                i += 1
        if not verbs:
            return [], own
        self.find_bodies(lo, hi)
        found: list[tuple[int, int, ChangeEvent]] = []
        consumed = lo
        for n, (vs, ve, cls) in enumerate(verbs):
            if vs < consumed or vs in self.inside:
                continue
            limit = next(
                (verbs[m][0] for m in range(n + 1, len(verbs)) if not self.after_basis(verbs[m][0])), hi
            )
            parsed = self.event(vs, ve, cls, consumed, hi, limit)
            if parsed is not None:
                found.append(parsed)
                consumed = parsed[1]
        events = []
        for k, (first, last, ev) in enumerate(found):
            a = lo if k == 0 else first
            b = found[k + 1][0] if k + 1 < len(found) else hi
            ev.span = self.trim(a, max(b, last))
            date = self.date_in(ev.span) or own or carry
            if date is not None:
                ev.effective, ev.effective_span = date
            events.append(ev)
        return events, own

    # -- bodies ----------------------------------------------------------------------------
    def find_bodies(self, lo: int, hi: int) -> None:
        """Named bodies of the clause; names are cut where a change verb starts."""
        toks = self.toks
        cuts = [lo]
        i, n, starts = lo, len(toks), _BREAKERS.starts
        while i < hi:
            v = _verb_at(toks, i, _BREAKERS) if i >= n or toks[i].key in starts else None
            if v is not None:
                cuts.extend((i, v[0]))
                i = v[0]
            else:
                i += 1
        cuts.append(hi)
        self.at, self.ending, self.inside = {}, {}, set()
        for a, b in zip(cuts[::2], cuts[1::2], strict=True):
            if a >= b:
                continue
            seg = toks[a:b]
            covered = a
            for m in find_agencies(self.text, seg, self.place.province):
                if a + m.start < covered or m.collective:
                    continue
                body = self.widen(m, seg, a)
                self.at[body.start] = body
                self.ending[body.end] = body
                self.inside.update(range(body.start + 1, body.end))
                covered = body.end

    def widen(self, m: AgencyMatch, seg: list[Tok], off: int) -> _Body:
        """Mend a name for a change clause.

        Take in ", Hạ tầng và Đô thị" (an enumerated name), "và Sở hữu trí tuệ" and a lower-case
        tail before a connector or the clause's end ("Trung tâm Dịch vụ đấu giá tài sản vào …");
        drop a trailing "quản lý" ("về Sở KH&CN quản lý").
        """
        body = _Body(off + m.start, off + m.end, m)
        if m.kind in ("locality", "standalone") or m.locality_type is not None:
            return body
        head = HEADS.match(seg, m.start)
        if head is None:
            return body
        e = m.end
        for tail in _TAIL_KEYS:
            n = len(tail)
            if e - head[0] > n and tuple(t.key for t in seg[e - n : e]) == tail:
                if not any(t.is_cap for t in seg[e - n : e]):
                    e -= n
                    break
        for _ in range(3):
            nxt = None
            if e + 1 < len(seg) and seg[e].text == "," and _name_word(seg, e + 1):
                c = _scan_name(seg, e + 1, self.text)
                if any(t.key == "và" for t in seg[e + 1 : c]):
                    nxt = c  # an enumerated name "A, B và C"
            elif (
                e + 2 < len(seg) and seg[e].key == "và" and (seg[e + 1].key, seg[e + 2].key) == ("sở", "hữu")
            ):
                nxt = _scan_name(seg, e + 1, self.text)
            if nxt is None or nxt <= e + 1:
                break
            e = nxt
        e = self.tail(seg, e)
        if e == m.end:
            return body
        loc = _scan_locality(seg, e, self.text)
        lt, ln, end = loc if loc else (None, None, e)
        wide = AgencyMatch(
            m.start,
            end,
            Span(seg[m.start].start, seg[end - 1].end),
            join(self.text, seg[m.start : end]),
            m.kind,
            m.head,
            expand_name(seg[head[0] : e], self.text),
            lt,
            ln,
        )
        return _Body(off + m.start, off + end, wide)

    def tail(self, seg: list[Tok], e: int) -> int:
        """End of the lower-case words after a name when they end where a name may end."""
        k = e
        while (
            k < len(seg)
            and k - e < _MAX_TAIL
            and seg[k].is_word
            and seg[k].text.isalpha()
            and not seg[k].is_cap
            and seg[k].key not in NAME_TAIL_STOPS
            and seg[k].key not in SUBJECT_FILLERS
            and seg[k].key != "và"
            and _CONNECTORS.match(seg, k) is None
            and _TAIL.match(seg, k) is None
            and _verb_at(seg, k) is None
            and LOCALITIES.match(seg, k) is None
        ):
            k += 1
        if k == e:
            return e
        ends_here = (
            k == len(seg)
            or not seg[k].is_word
            or seg[k].key in SUBJECT_FILLERS
            or _CONNECTORS.match(seg, k) is not None
            or _TAIL.match(seg, k) is not None
            or _EFFECTIVE.match(seg, k) is not None
            or _verb_at(seg, k) is not None
            or (LOCALITIES.match(seg, k) is not None and _scan_locality(seg, k, self.text) is not None)
        )
        return k if ends_here else e

    def ref(self, body: _Body) -> AgencyRef | None:
        """The body's canonical name (resolved once, when a change uses it); None for task bodies."""
        if body.resolved:
            return body.ref
        body.resolved = True
        self.resolved += 1
        if self.resolved > _MAX_RESOLVED:
            return None
        m = body.match
        if _is_upper(m.name):  # a heading in capitals: "THÀNH LẬP TRUNG TÂM PHÁT TRIỂN QUỸ ĐẤT"
            m = replace(m, name=m.name[:1] + m.name[1:].lower())
        agency = self.book.resolve(m, self.place)
        if agency is None and m.kind == "locality" and m.locality:
            # a province as a whole ("hợp nhất tỉnh A và tỉnh B"), which the book leaves out
            agency = self.book.add(f"{m.head} {m.locality}", "locality", m.surface, m.span)
        if agency is None or agency.collective or _is_task_body(agency.name):
            return None
        body.ref = AgencyRef(m.surface, agency.name, m.span)
        return body.ref

    # -- one change --------------------------------------------------------------------------
    def event(
        self, vs: int, ve: int, cls: str, lo: int, hi: int, limit: int
    ) -> tuple[int, int, ChangeEvent] | None:
        """``(first token, token past the last, event)`` for the verb at ``vs:ve``."""
        toks = self.toks
        if any(toks[k].key in NEGATORS for k in range(max(lo, vs - 2), vs)):
            return None
        obj = self.list_at(self.skip(ve, limit, OBJECT_FILLERS), limit)
        first = vs
        if obj is None:  # "Sở A và Sở B được hợp nhất thành …"
            after = self.skip(ve, limit, BETWEEN_FILLERS)
            if after < hi and toks[after].is_word and toks[after].key not in AFTER_INTRANSITIVE:
                return None  # an unnamed object: "Sở Tài chính hợp nhất các báo cáo"
            obj = self.subject_before(vs, lo)
            if obj is None:
                return None
            first = obj.bodies[0].start
            obj.end = ve
        if self.planned(first, lo):
            return None
        parts = _Parts(obj)
        last = j = obj.end
        for _ in range(_MAX_CONNECTORS):
            j = self.skip(j, hi, BETWEEN_FILLERS)
            c = _CONNECTORS.match(toks, j) if j < hi else None
            if c is None or c[1] not in _ROLES[cls]:
                break
            cend, role = c[0], str(c[1])
            if role == "basis":
                got = self.basis(cend, hi)
                if got is None:
                    break
                parts.basis, j = got
            else:
                lst = self.list_at(cend, hi if role in ("into", "to", "with") else limit)
                if lst is None or getattr(parts, _ATTR[role]) is not None:
                    break
                setattr(parts, _ATTR[role], lst)
                j = lst.end
                tail = _TAIL.match(toks, j) if role == "to" else None
                j = tail[0] if tail else j
            last = j
        ev = self.build(cls, parts)
        return None if ev is None else (first, last, ev)

    def basis(self, j: int, hi: int) -> tuple[tuple[str, _List, _List | None], int] | None:
        """After "trên cơ sở": a verb and its bodies ("hợp nhất A và B", "sáp nhập A vào B")."""
        v = _verb_at(self.toks, j)
        if v is None:
            return None
        inner = self.list_at(self.skip(v[0], hi, OBJECT_FILLERS), hi)
        if inner is None:
            return None
        c = _CONNECTORS.match(self.toks, inner.end)
        extra = self.list_at(c[0], hi) if c is not None and c[1] == "absorb" else None
        return (v[1], inner, extra), (extra.end if extra else inner.end)

    def build(self, cls: str, p: _Parts) -> ChangeEvent | None:
        refs = self.refs
        span = Span(0, 0)  # the clause sets it
        if cls == "establish":
            results = refs(p.obj)
            if not results:
                return None
            parent = self.first_ref(p.under) or self.under_ref(p.obj)
            originals = _unique(refs(p.basis[1]) + refs(p.basis[2])) if p.basis else []
            if not originals:
                return ChangeEvent("establish", [], results, span, parent=parent)
            kind = _reorganised(p.basis[0] if p.basis else cls, originals, results)
            return ChangeEvent(kind, originals, results, span, parent=parent)
        originals = _unique(refs(p.obj) + refs(p.with_))
        if not originals:
            return None
        if cls == "dissolve":
            return ChangeEvent("dissolve", originals, [], span)
        if cls == "transfer":
            parent = self.first_ref(p.to)
            if parent is None:
                return None  # "chuyển Sở Tài chính thẩm định": a file is sent, nothing moves
            former = self.first_ref(p.from_) or self.under_ref(p.obj)
            return ChangeEvent(
                "transfer", originals, list(originals), span, parent=parent, former_parent=former
            )
        if cls == "merge" and p.absorb is not None:
            results = refs(p.absorb)
            return ChangeEvent("merge", _unique(originals + results), results, span) if results else None
        results = refs(p.into)
        if cls == "merge":
            return ChangeEvent("merge", originals, results, span) if results or len(originals) > 1 else None
        if not results:
            return None  # "đổi tên A", "chia tách A", "tổ chức lại A": nothing named after
        return ChangeEvent(_reorganised(cls, originals, results), originals, results, span)

    # -- helpers -----------------------------------------------------------------------------
    def skip(self, j: int, limit: int, words: frozenset[str]) -> int:
        n = 0
        while j < limit and n < _MAX_FILLERS and self.toks[j].key in words:
            j += 1
            n += 1
        return j

    def list_at(self, j: int, limit: int) -> _List | None:
        """Bodies joined by "," / "và" / "với" from token ``j``; "thuộc X" after one is its superior."""
        toks = self.toks
        body = self.at.get(j)
        if body is None or body.end > limit:
            return None
        out = _List()
        while body is not None and len(out.bodies) < _MAX_LIST:
            out.bodies.append(body)
            k = body.end
            c = _CONNECTORS.match(toks, k) if k < limit else None
            if c is not None and c[1] == "under" and c[0] in self.at and self.at[c[0]].end <= limit:
                out.under[len(out.bodies) - 1] = self.at[c[0]]
                k = self.at[c[0]].end
            out.end = k
            body = None
            if k < limit and toks[k].key in LIST_JOINERS:
                k += 2 if k + 1 < limit and toks[k].text == "," and toks[k + 1].key == "và" else 1
                nxt = self.at.get(k)
                if nxt is not None and nxt.end <= limit:
                    body = nxt
        return out

    def subject_before(self, vs: int, lo: int) -> _List | None:
        """The bodies opening the clause just before a verb ("Sở A và Sở B được hợp nhất")."""
        toks = self.toks
        k = vs
        while k > lo and vs - k < _MAX_FILLERS and toks[k - 1].key in SUBJECT_FILLERS:
            k -= 1
        body = self.ending.get(k)
        if body is None or body.start < lo:
            return None
        under: dict[int, _Body] = {}
        # "Trung tâm A thuộc Sở B được chuyển …": Sở B is A's superior, A the subject
        for p in (body.start - 2, body.start - 1):
            c = _CONNECTORS.match(toks, p) if p >= lo else None
            owner = self.ending.get(p)
            if c == (body.start, "under") and owner is not None and owner.start >= lo:
                under[0] = body
                body = owner
                break
        bodies = [body]
        while len(bodies) < _MAX_LIST:
            p = bodies[0].start - 1
            if p > lo and toks[p].key == "và" and toks[p - 1].text == ",":
                p -= 1
            prev = self.ending.get(p)
            if p <= lo or toks[p].key not in LIST_JOINERS or prev is None or prev.start < lo:
                break
            bodies.insert(0, prev)
            under = {i + 1: b for i, b in under.items()}
        s = bodies[0].start
        if s > lo and toks[s - 1].is_word:
            return None  # "phối hợp với Sở A giải thể …": not the subject of the clause
        return _List(bodies, under, k)

    def after_basis(self, s: int) -> bool:
        """Is the verb at ``s`` the one after "trên cơ sở" (part of an establishment)?"""
        for p in (s - 3, s - 4):
            if p >= 0 and _CONNECTORS.match(self.toks, p) == (s, "basis"):
                return True
        return False

    def planned(self, first: int, lo: int) -> bool:
        """A plan cue earlier in the clause, with no comma between it and the change."""
        toks = self.toks
        k = first - 1
        floor = max(lo, first - _PLAN_WINDOW)
        while k >= floor and toks[k].text not in _CLAUSE_MARKS:
            k -= 1
        return any(
            _PLANS.match(toks, p) is not None
            for p in range(k + 1, first)
            if p not in self.at and p not in self.inside  # "Phòng Kế hoạch - Tài chính" is a name
        )

    def refs(self, lst: _List | None) -> list[AgencyRef]:
        if lst is None:
            return []
        return _unique([r for b in lst.bodies if (r := self.ref(b)) is not None])

    def first_ref(self, lst: _List | None) -> AgencyRef | None:
        rs = self.refs(lst)
        return rs[0] if rs else None

    def under_ref(self, lst: _List) -> AgencyRef | None:
        b = lst.under.get(len(lst.bodies) - 1)
        return self.ref(b) if b is not None else None

    def trim(self, a: int, b: int) -> Span:
        """The span of tokens ``a:b`` without a leading bullet or trailing commas and "và"."""
        toks = self.toks
        while a < b and not toks[a].is_word and toks[a].text != "(":
            a += 1
        while b > a and (
            toks[b - 1].text in _CLAUSE_MARKS or toks[b - 1].text == "." or toks[b - 1].key == "và"
        ):
            b -= 1
        if a >= b:
            return Span(toks[a].start, toks[a].start) if a < len(toks) else Span(0, 0)
        return Span(toks[a].start, toks[b - 1].end)

    # -- dates -------------------------------------------------------------------------------
    def date_in(self, span: Span) -> tuple[str, Span] | None:
        """The first date in ``span`` that an effective cue introduces ("kể từ ngày 01/7/2025")."""
        if self._dates is None:
            self._dates = [d for d in find_dates(self.text) if d.iso_date]
            self._date_starts = [d.span.start for d in self._dates]
        for n in range(bisect_left(self._date_starts, span.start), len(self._dates)):
            d = self._dates[n]
            if d.span.end > span.end:
                break
            if self.effective_cue(d, span):
                return str(d.iso_date), d.span
        return None

    def effective_cue(self, d: DateMention, span: Span) -> bool:
        """An effective cue just before the date, or the date opening its clause ("Ngày 01/3/2025, …")."""
        toks = self.toks
        k = bisect_left(self.starts, d.span.start)
        while k > 0 and toks[k - 1].key in DATE_LEADERS and toks[k - 1].start >= span.start:
            k -= 1
        if k == 0 or toks[k - 1].end <= span.start or toks[k - 1].text in _CLAUSE_MARKS:
            return True
        for p in (k - 1, k - 2, k - 3):
            if p >= 0 and toks[p].start >= span.start:
                m = _EFFECTIVE.match(toks, p)
                if m is not None and m[0] == k:
                    return True
        return False


_ATTR = {"into": "into", "absorb": "absorb", "to": "to", "from": "from_", "under": "under", "with": "with_"}


# ----------------------------------------------------------------------------------------------
# small functions


def _name_word(toks: list[Tok], k: int) -> bool:
    """A capitalised word that continues a name after a comma, not a new body or a place."""
    t = toks[k]
    return t.is_word and t.is_cap and HEADS.match(toks, k) is None and LOCALITIES.match(toks, k) is None


def _is_upper(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _is_task_body(name: str) -> bool:
    """A council, steering committee, working group … set up for a task (see `TASK_BODIES`)."""
    keys = phrase_keys(name)
    if any(keys[: len(p)] == p for p in _EXEMPT_KEYS):
        return False
    if not any(keys[: len(p)] == p for p in _TASK_KEYS):
        return False
    return not any(keys[i : i + len(p)] == p for p in _PARTY_KEYS for i in range(1, len(keys)))


def _reorganised(cls: str, originals: list[AgencyRef], results: list[AgencyRef]) -> str:
    """The kind of a change by its verb and how many bodies go in and come out."""
    if cls in ("merge", "split", "rename"):
        return cls
    if len(originals) > 1:
        return "merge"
    if len(results) > 1:
        return "split"
    return "rename"


def _unique(refs: list[AgencyRef]) -> list[AgencyRef]:
    seen: set[str] = set()
    out = []
    for r in refs:
        if r.key not in seen:
            seen.add(r.key)
            out.append(r)
    return out
