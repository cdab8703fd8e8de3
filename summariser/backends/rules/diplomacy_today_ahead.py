"""A gathering told in the present simple for "today" (dev29 class D9): "negotiators sit down in
Geneva today", "talks open in Riyadh this afternoon", in a paper of that day, are still to come at
press time, so planned. A past tense ("met in Istanbul today", "ended today"), a progressive ("are
meeting today") and a modal are read as before. Words in `cues/diplomacy_record_guards.yaml`."""

from __future__ import annotations

import datetime as dt
import re

from ...knowledge import cues
from ...records import DateSpan
from ...sentences import Sentence
from .diplomacy_modality import clause_start

_VERB = re.compile(rf"\b(?:{cues.alternation('diplomacy_record_guards', 'present_today_verbs')})\b", re.I)
_TODAY = re.compile(rf"\b(?:{cues.alternation('diplomacy_record_guards', 'present_today_words')})\b", re.I)
# what makes the word no present-tense verb of the clause: an auxiliary, modal or infinitive marker before
# it; or (r38) a determiner or preposition, with up to one adjective, before the noun ("on an official visit")
_NOT_FINITE = re.compile(r"\b(?:will|would|to|could|might|may|should|must|can|did|does|do|not|is|are|was|were|has|have|had|"
                         r"been|be|who|which|that)\s+(?:\w+\s+)?$"
                         r"|\b(?:a|an|the|its|his|her|their|our|this|that|on|of|for|after|before|during)\s+(?:[\w-]+\s+)?$", re.I)
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:but|while|after|as|when)\b|\s[\u2014\u2013]\s")


def today_still_ahead(text: str, s: Sentence, cue: re.Match[str], date: DateSpan | None,
                      published: dt.date | None) -> bool:
    """The event's clause tells it in the present simple with "today" and the event's day is the
    publication day: planned at press time."""
    if published is None or date is None or date.start != published:
        return False
    lo = clause_start(text, s.start, cue.start())
    stop = _CLAUSE_END.search(text, cue.end(), s.end)
    hi = stop.start() if stop else s.end
    if not _TODAY.search(text, lo, hi):
        return False
    for verb in _VERB.finditer(text, lo, hi):
        if verb.start() > lo and not _NOT_FINITE.search(text, lo, verb.start()):
            return True
    return False
