"""Sentences that use the words of a strike but tell no new one (atk8).

Talk about a strike told elsewhere ("the minister condemned the attack on X", "they discussed the
strike on Y in a call"), a stretch of strikes told as the cause or setting of something else ("the
visit was called off after a week of heavy strikes on Z"), and a market figure that "hit a record"
in a city. The place after such words is no place hit by a new strike; a sentence left with no place
is no event. A toll in the sentence keeps it (the strike is told, not just named). The words live
in knowledge/data/cues/nonstrike.yaml."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...dates import find_dates
from .clause_days import cause_clause, topic_clause
from .common import Facts, clause_at

_TALK = cues.pattern("nonstrike", "talk_about_strike")
_CAUSE = cues.pattern("nonstrike", "strikes_as_cause")
_MARKET = cues.pattern("nonstrike", "market_record")
_DISCLOSURE = cues.pattern("nonstrike", "disclosure_of_hits")
_GENERIC = cues.regex("nonstrike", "generic_strikes")  # r27: "after Russian missile strikes"
_NON_CLAIM = cues.pattern("nonstrike", "non_claims")  # r22 (dev42 A4): "officials did not claim the attack"
# what may follow the strike words before the place: "on", "against", "in", "of the city of"
_OBJECT_GAP = re.compile(r"(?:\s+(?:by\s+\w+(?:\s+\w+)?\s+)?(?:on|against|in|of|at|near)\s+(?:the\s+)?"
                         r"(?:(?:city|town|village|port|region)\s+of\s+)?|\s+)$", re.I)


def drop_talk_of_strikes(text: str, f: Facts) -> None:
    """Drop the places that talk, a cause clause or a market figure names; no place left, no event."""
    s = f.sent
    if f.counts:
        return
    if _strikes_in_general(text, f):
        f.places, f.damage, f.cumulative = [], [], True  # "... to rebuild homes damaged by drone attacks" (r27)
        return
    if _only_disclosure(text, f) or _only_disclosure(text, f, _NON_CLAIM):
        f.places, f.cumulative = [], True  # "officials no longer disclose where drones hit" (r13atk, dev24 B2a)
        return
    marks = [m for rx in (_TALK, _CAUSE) for m in rx.finditer(text, s.start, s.end)]
    market = list(_MARKET.finditer(text, s.start, s.end))
    if not marks and not market:
        return
    kept = [p for p in f.places if not any(_names(text, m, p.start) for m in marks)
            and not any(clause_at(text, s, m.start()) == clause_at(text, s, p.start) for m in market)]
    dropped = len(kept) < len(f.places)
    f.places = kept
    if (dropped or market) and not kept and not f.counted_weapons:
        f.cumulative = True


def _strikes_in_general(text: str, f: Facts) -> bool:
    """The sentence tells a diplomatic event, and its only strike words name strikes in general in
    the event's cause or subject clause: no day and no weapon count of their own (r27)."""
    s = f.sent
    at = cause_clause(text, s) or topic_clause(text, s)
    if at is None or f.counted_weapons:
        return False
    mark = lx.CLAUSE_MARK.search(text, at, s.end)  # r45: a day of the event after the clause is not the strikes'
    if find_dates(text, at, mark.start() if mark else s.end, None):  # ("..., to negotiate a halt to attacks on
        return False  # ports, had been pencilled in for June": the talks' month)
    generic = [(m.start(), m.end()) for m in _GENERIC.finditer(text, at, s.end)]
    told = [m.start() for rx in (lx.ATTACK_WORDS, lx.WEAPON_WORD) for m in rx.finditer(text, at, s.end)]
    return bool(generic) and all(any(a <= pos < b for a, b in generic) for pos in told)


def _names(text: str, mark: re.Match[str], pos: int) -> bool:
    """The place follows the strike words within a few words ("the attack on the city of X"), or
    stands before the strike noun inside them ("declined to comment on the X strike", r17)."""
    if mark.start() <= pos < mark.end():
        return True
    return mark.end() <= pos and pos - mark.end() <= 40 and bool(_OBJECT_GAP.search(text[mark.end():pos]))


def _only_disclosure(text: str, f: Facts, phrases: re.Pattern[str] = _DISCLOSURE) -> bool:
    """Every strike word of the sentence lies in talk of what is disclosed about hits (or, r22, in a
    side's non-claim or denial of a strike told elsewhere: `non_claims`)."""
    s = f.sent
    spans = [(m.start(), m.end()) for m in phrases.finditer(text, s.start, s.end)]
    return bool(spans) and not f.counted_weapons and all(
        any(a <= m.start() < b for a, b in spans) for m in lx.ATTACK_WORDS.finditer(text, s.start, s.end))
