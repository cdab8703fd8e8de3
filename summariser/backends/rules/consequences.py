"""What a strike left behind, told in a sentence of its own: "rolling blackouts will run in the A
and B regions after the night's damage", "outage schedules will be applied in C as a result of
the strike". The regions named are where the consequence falls, not places hit, and the strike
words name the cause, told elsewhere. A sentence that also tells a hit of its own ("a drone hit
the substation, and blackouts followed") or a toll keeps its strike. The words live in
knowledge/data/cues/nonstrike.yaml."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from .common import Facts, clause_at

_CONSEQUENCE = cues.pattern("nonstrike", "consequences")
_CAUSE = cues.pattern("nonstrike", "consequence_causes")


def drop_consequences(text: str, f: Facts) -> None:
    """Mark a sentence that tells only a strike's consequence as no event."""
    s = f.sent
    _drop_alert_places(text, f)
    if f.counts or f.counted_weapons or not _CONSEQUENCE.search(text, s.start, s.end):
        return
    causes = [(m.start(), m.end()) for m in _CAUSE.finditer(text, s.start, s.end)]
    own = [m for m in lx.ATTACK_WORDS.finditer(text, s.start, s.end) if not any(a <= m.start() < b for a, b in causes)
           and not lx.NOT_A_STRIKE_AFTER.match(text, m.end(), s.end)]  # "air raid sirens sounded": a warning (r46)
    if own:
        # "A drone hit a substation in X, and power cuts followed in the Y region": Y is where the
        # consequence fell, X the place hit; the places of a clause of consequence alone go
        f.places = [p for p in f.places if not _in_consequence_clause(text, f, p.start, own)]
        return
    f.places, f.cumulative, f.damage = [], True, []


def _in_consequence_clause(text: str, f: Facts, pos: int, own: list[re.Match[str]]) -> bool:
    c0, c1 = clause_at(text, f.sent, pos)
    return bool(_CONSEQUENCE.search(text, c0, c1)) and not any(c0 <= m.start() < c1 for m in own)


_ALERT = cues.pattern("nonstrike", "alert_consequences")


def _drop_alert_places(text: str, f: Facts) -> None:
    """r46 (dev68): "Russian missiles hit power plants across Ukraine; sirens sounded in the X region until noon":
    the alert's clause names no place hit, where another clause tells the strike's own place or
    country; alone, the alert's town is where the strike fell ("minutes later a drone hit a depot on its edge")."""
    s = f.sent
    if not _ALERT.search(text, s.start, s.end):
        return
    kept = [p for p in f.places if not _ALERT.search(text, *clause_at(text, s, p.start))]
    if kept != f.places and (kept or lx.STRIKE_ON_COUNTRY.search(text, s.start, s.end) or lx.NATIONWIDE_RE.search(text, s.start, s.end)):
        f.places = kept
