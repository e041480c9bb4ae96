"""Say in words why resolution merged some nodes and kept others apart (``ketluan explain``).

Input is an IRI (canonical or per-notice, full or ``kli:…``) or a name; output is plain lines: the identity,
its mentions with notice, date and posts, the rule that joined each mention, and the look-alikes it was not
merged with and why. The reasons are the rule sentences of `ketluan.graph.resolve`.
"""

from __future__ import annotations

from ketluan.graph.resolve import (
    AgencyIdentity,
    PersonIdentity,
    Resolution,
    loose_key,
    name_key,
)
from ketluan.ingest.text import match_key
from ketluan.ontology.namespaces import KLI

__all__ = ["expand_iri", "explain", "find_identities"]

_KLI = str(KLI)


def expand_iri(text: str) -> str:
    """``kli:person/x/y`` or ``<https://…>`` -> the full IRI; anything else unchanged."""
    text = text.strip()
    if text.startswith("<") and text.endswith(">"):
        return text[1:-1]
    if text.startswith("kli:"):
        return _KLI + text[4:]
    return text


def _short(iri: str) -> str:
    return "kli:" + iri[len(_KLI) :] if iri.startswith(_KLI) else iri


def find_identities(res: Resolution, query: str) -> list[PersonIdentity | AgencyIdentity]:
    """Identities that ``query`` names: an IRI (canonical or per-notice) or a person/agency name."""
    iri = expand_iri(query)
    if (found := res.identity_of(iri)) is not None:
        return [found]
    key = match_key(query)
    persons = [p for p in res.persons.values() if any(match_key(x) == key for x in p.labels)]
    if persons:
        return list(persons)
    return [a for a in res.agencies.values() if any(match_key(x) == key for x in a.labels)]


def _notice_line(res: Resolution, notice: str) -> str:
    info = res.mentions.notices.get(notice)
    if info is None:
        return _short(notice)
    return f"{info.date or '????-??-??'}  {info.source_file or _short(notice)}"


def explain(res: Resolution, query: str) -> list[str]:
    """Plain lines explaining the identity (or identities) that ``query`` names."""
    found = find_identities(res, query)
    if not found:
        return [
            f"nothing in the store is called {query!r} — give an IRI from `ketluan export` or a full name"
        ]
    out: list[str] = []
    for ident in found:
        if out:
            out.append("")
        out.extend(
            _explain_person(res, ident) if isinstance(ident, PersonIdentity) else _explain_agency(res, ident)
        )
    return out


def _explain_person(res: Resolution, p: PersonIdentity) -> list[str]:
    n = len(p.members)
    out = [
        f"{_short(p.iri)} — {p.name} ({p.place}); {n} mention{'s' if n != 1 else ''} in "
        f"{len(p.notices)} notice{'s' if len(p.notices) != 1 else ''}",
    ]
    if len(p.labels) > 1:
        out.append(f"  spellings: {', '.join(p.labels)}")
    out.append("  mentions:")
    for m in p.members:
        pm = res.mentions.persons[m]
        posts = "; ".join(
            f"{post.role}{' — ' + res.agencies[res.agency_of[post.agency]].name if post.agency in res.agency_of else ''}"
            for post in pm.posts
        )
        out.append(
            f"    {_notice_line(res, pm.notice)}  “{pm.name}”{'  ' + posts if posts else ''}  <{_short(m)}>"
        )
    if p.posts:
        out.append("  posts over time:")
        for h in p.posts:
            where = f" — {res.agencies[h.agency].name}" if h.agency else ""
            span = f"{min(h.dates)} … {max(h.dates)}" if h.dates else "undated"
            out.append(
                f"    {span}  {h.role}{where}  ({len(h.notices)} notice{'s' if len(h.notices) != 1 else ''})"
            )
    members = set(p.members)
    merged = [lk for lk in res.links if lk.merged and lk.a in members and lk.b in members]
    if merged:
        out.append("  merged because:")
        for lk in merged:
            out.append(f"    [{lk.rule}] {_short(lk.a)} = {_short(lk.b)}: {lk.reason}")
    out.extend(_person_lookalikes(res, p))
    return out


def _person_lookalikes(res: Resolution, p: PersonIdentity) -> list[str]:
    """Other identities whose names match once diacritics are stripped, and why they stay apart."""
    members = set(p.members)
    loose = {loose_key(x) for x in p.labels}
    keys = {name_key(x) for x in p.labels}
    lines: list[str] = []
    for other in res.persons.values():
        if other.iri == p.iri or not loose & {loose_key(x) for x in other.labels}:
            continue
        om = set(other.members)
        refused = [
            lk
            for lk in res.links
            if not lk.merged and (lk.a in members and lk.b in om or lk.b in members and lk.a in om)
        ]
        if refused:
            reason = f"[{refused[0].rule}] {refused[0].reason}"
        elif keys & {name_key(x) for x in other.labels}:
            if other.place != p.place:
                reason = (
                    f"same name, but placed in {other.place}, not {p.place}, and no post in a common body"
                )
            else:
                reason = "same name and place, but no rule joined them (see the posts)"
        else:
            reason = f"a different spelling ({', '.join(other.labels)}) with no post in common"
        lines.append(f"    {_short(other.iri)} — {other.name} ({other.place}): {reason}")
    if lines:
        return ["  not merged with:", *lines]
    return ["  not merged with: no other identity has a name that close"]


def _explain_agency(res: Resolution, a: AgencyIdentity) -> list[str]:
    out = [f"{_short(a.iri)} — {a.name}" + (" (implied parent, named by no notice)" if a.implied else "")]
    out.append(f"  key: {a.key}  (rule A1: same key = same body)")
    if a.parent:
        out.append(f"  part of: {res.agencies[a.parent].name} — {a.parent_reason}")
    if len(a.labels) > 1:
        out.append(f"  names seen: {', '.join(a.labels)}")
    if a.members:
        out.append(f"  mentions ({len(a.members)}):")
        for m in a.members:
            am = res.mentions.agencies[m]
            out.append(f"    {_notice_line(res, am.notice)}  “{am.name}”  <{_short(m)}>")
    others = [
        o
        for o in res.agencies.values()
        if o.iri != a.iri and o.key.core == a.key.core and (o.key.province, o.key.district) != ("", "")
    ]
    if others:
        out.append("  same name elsewhere (not merged: another province or district):")
        for o in others[:20]:
            out.append(f"    {_short(o.iri)} — {o.name} [{o.key}]")
    return out
