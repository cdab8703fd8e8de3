"""A topic told as what leads or fills an event's agenda is no event of its own (round 15, dev28 C4):
"Sybiha goes to Ankara next week, with prisoner swaps high on the agenda" is the visit, not a swap
planned; "A swap of detainees will also be on the table" tells no swap. The event whose agenda it is
keeps its own cue. Words in `cues/diplomacy_nonevents.yaml` (agenda_after, agenda_before)."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...sentences import Sentence

_AFTER = re.compile(rf"[^.;:,]{{0,40}}?\b(?:{cues.alternation('diplomacy_nonevents', 'agenda_after')})\b", re.I)
_BEFORE = re.compile(rf"\b(?:{cues.alternation('diplomacy_nonevents', 'agenda_before')})\s+(?:[\w'’-]+\s+){{0,4}}?$", re.I)


def agenda_topic(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """The cue is the subject of an agenda predicate after it, or the object of one before it."""
    return bool(_AFTER.match(text, cue.end(), s.end) or _BEFORE.search(text, max(s.start, cue.start() - 90), cue.start()))
