"""A weekday used as an adjective of the event (round 17, dev31 D3): "Warsaw is hosting a Saturday
meeting of defence chiefs", "the envoy flies to Rome for Friday's talks". With a verb of the clause
that tells the event still to come (a progressive, a present of travel or hosting, a future), the
weekday is the coming one and the event is planned; "hosted a Tuesday summit" stays held (its
weekday the last one). Cues in `cues/diplomacy.yaml` (weekday_attributive, weekday_ahead_verbs)."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...records import DiplomacyKind, DiplomacyStatus
from ...sentences import Sentence

_WEEKDAY_BEFORE = re.compile(rf"(?:{cues.alternation('diplomacy', 'weekday_attributive')})", re.I)
_AHEAD_VERB = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'weekday_ahead_verbs')})", re.I)
_PAST = re.compile(r"\b(?:had|has|have|was|were|did)\b|\b(?!(?:need|speed|feed|proceed)\b)\w+ed\b(?!\s+(?:to|for|by)\b)", re.I)
_GATHERINGS = {DiplomacyKind.summit, DiplomacyKind.meeting, DiplomacyKind.talks, DiplomacyKind.visit,
               DiplomacyKind.phone_call}
_CLAUSE_MARK = re.compile(r"[;:,\u2014\u2013]|\s-\s|\b(?:where|when|while|as|after|before)\b")
_VERB_REACH = 80


def weekday_ahead(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind | None) -> DiplomacyStatus | None:
    """Planned for an event named with a weekday adjective under a verb of the event still to come,
    else None (the ordinary reading)."""
    if kind not in _GATHERINGS:
        return None
    day = _WEEKDAY_BEFORE.search(text, max(s.start, cue.start() - 40), cue.start())
    if day is None:
        return None
    lo = max(s.start, day.start() - _VERB_REACH)
    marks = list(_CLAUSE_MARK.finditer(text, lo, day.start()))
    lo = marks[-1].end() if marks else lo  # the verb of the weekday's own clause
    verb = None
    for verb in _AHEAD_VERB.finditer(text, lo, day.start()):
        pass
    if verb is None or _PAST.search(text, verb.end(), day.start()):
        return None
    return DiplomacyStatus.planned
