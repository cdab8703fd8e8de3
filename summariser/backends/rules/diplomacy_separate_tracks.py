"""Two parallel tracks told in one sentence (r19, dev36 D5): "Ukrainian and American delegations
meet in X on Sunday; B's envoys will see C's delegation separately there", "…, while the
Americans see Moscow's envoys separately the next day". The later clause, marked as a track of its
own (`cues/diplomacy_sequence.yaml` `separate_track_markers`) and naming a counterpart the first
clause does not, is a second event of its own sides; it is held where the first is when it says
so ("there", "in the same city"), and on the first's day unless it gives its own. "The teams will
first sit down separately with their Saudi hosts" names no new counterpart: the same talks."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from ... import lexicon as lx
from ...knowledge import cues
from ...records import Diplomacy, DiplomacyKind, DiplomacyStatus
from ...sentences import Sentence
from .common import span_of
from .diplomacy_dates import diplomacy_date
from .participants import participants_of

_TRACKS = {DiplomacyKind.talks, DiplomacyKind.meeting}
_BREAK = re.compile(rf"\s*(?:{cues.alternation('diplomacy_sequence', 'separate_track_breaks')})\s*", re.I)
_MARKER = cues.pattern("diplomacy_sequence", "separate_track_markers")
_SAME_VENUE = re.compile(rf"\b(?:{cues.alternation('diplomacy_sequence', 'same_venue_anaphors')})", re.I)

Found = list[tuple[int, Diplomacy]]
Record = Callable[[Any, Sentence, DiplomacyKind, re.Match[str], Found], Diplomacy | None]


def track_cut(ctx: Any, s: Sentence, kinds_cues: list[tuple[DiplomacyKind, re.Match[str]]]
              ) -> tuple[int, DiplomacyKind, re.Match[str]] | None:
    """Where the second track's clause starts, with the first track's cue: the first clause break
    after a gathering cue whose clause says it is a separate track and names a state the sentence
    before the break does not (and two sides, or one held "there"); else None."""
    for brk in _BREAK.finditer(ctx.text, s.start, s.end):
        first = next(((k, c) for k, c in kinds_cues if k in _TRACKS and c.end() <= brk.start()), None)
        if first is None:
            continue
        clause_end = _clause_end(ctx.text, brk.end(), s.end)
        if not _MARKER.search(ctx.text, brk.end(), clause_end):
            continue
        before = set(participants_of(ctx.text, _part(ctx.text, s.start, brk.start()), ctx.people, ctx.actors()))
        after = participants_of(ctx.text, _part(ctx.text, brk.end(), clause_end), ctx.people, ctx.actors())
        enough = len(after) >= 2 or (len(after) == 1 and _SAME_VENUE.search(ctx.text, brk.end(), clause_end))
        if enough and any(p not in before for p in after):
            return brk.start(), first[0], first[1]
    return None


def track_records(ctx: Any, s: Sentence, kind: DiplomacyKind, cue: re.Match[str], cut: int, found: Found,
                  record: Record) -> Iterator[Diplomacy]:
    """The first track read from the sentence up to `cut` by `record`; the second with the sides of
    its own clause (the first's host too when it is held there), on its own day or the first's."""
    first = record(ctx, _part(ctx.text, s.start, cut), kind, cue, found)
    if first is None:
        return
    evidence = [span_of(ctx.text, s.start, s.end)]
    yield first.model_copy(update={"evidence": evidence, "description": s.text[:240]})
    brk = _BREAK.match(ctx.text, cut)
    start = brk.end() if brk else cut
    end = _clause_end(ctx.text, start, s.end)
    sides = participants_of(ctx.text, _part(ctx.text, start, end), ctx.people, ctx.actors())
    same_venue = bool(_SAME_VENUE.search(ctx.text, start, end))
    location = first.location if same_venue else None
    host = _host(first) if same_venue else None
    if host and host not in sides:
        sides.append(host)
    if len(sides) < 2:
        return
    day = diplomacy_date(ctx.text, start, end, ctx.published, first.status, kind) or first.date
    status = first.status
    if day and day.start and ctx.published and day.start > ctx.published:
        status = DiplomacyStatus.planned
    yield first.model_copy(update={"participants": sides, "location": location, "date": day, "status": status,
                                   "evidence": evidence, "description": s.text[:240]})


def _host(rec: Diplomacy) -> str | None:
    """The state of the first track's venue, when the first track counts it among its sides."""
    loc = rec.location
    if loc is None:
        return None
    for name in (loc.country, loc.name):
        state = lx.canonical_country(name) if name else None
        if state and state in rec.participants:
            return state
    return None


def _clause_end(text: str, start: int, end: int) -> int:
    nxt = _BREAK.search(text, start, end)
    return nxt.start() if nxt else end


def _part(text: str, start: int, end: int) -> Sentence:
    return Sentence(start, end, text[start:end])


def second_track(ctx: Any, s: Sentence, rec: Diplomacy, found: Found) -> Diplomacy | None:
    """A gathering read from the later clause of a sentence cut in two (`own_clauses`) that says it is
    a separate track and names a counterpart the first clause's gathering lacks: that record, held
    where the first is when it says so ("there") and on the first's day unless it gives its own,
    to stand apart from the first (never merged into it); else None."""
    whole = ctx.whole.get(s.start)
    if rec.kind not in _TRACKS or whole is None or whole.start == s.start or not _MARKER.search(ctx.text, s.start, s.end):
        return None
    told = [r for _, r in found if r.kind in _TRACKS and any(e.start == whole.start for e in r.evidence)]
    if not told or not any(p not in told[-1].participants for p in rec.participants):
        return None
    first = told[-1]
    sides = list(rec.participants)
    location = rec.location
    if _SAME_VENUE.search(ctx.text, s.start, s.end):
        location = location or first.location
        host = _host(first)
        if host and host not in sides:
            sides.append(host)
    if len(sides) < 2:
        return None
    return rec.model_copy(update={"participants": sides, "location": location, "date": rec.date or first.date})
