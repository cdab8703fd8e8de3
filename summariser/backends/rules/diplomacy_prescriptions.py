"""Talks named inside a prescription are no event (round 15, dev28 C4): an opinion column's "It is time
for Berlin to start talks with Moscow", "Only pressure will bring the Kremlin to real negotiations",
"The right answer is talks once its army is pushed back" say what should happen. A day told in the
sentence keeps the event ("it is time to meet on Friday" is left to the other readers). Words in
`cues/diplomacy_nonevents.yaml` (prescription_before)."""

from __future__ import annotations

import re

from ...calendar_days import WD_NAMES
from ...knowledge import cues
from ...records import DiplomacyKind
from ...sentences import Sentence

_PRESCRIPTION = re.compile(
    rf"\b(?:{cues.alternation('diplomacy_nonevents', 'prescription_before')})\s+(?:[\w'’-]+\s+){{0,4}}?$", re.I)
_DAY = re.compile(r"\b(?:" + WD_NAMES + r"|yesterday|today|tomorrow"
                  r"|next\s+(?:week|month))\b|\b\d{1,2}\s+[A-Z][a-z]+\b")
_KINDS = {DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.summit, DiplomacyKind.phone_call,
          DiplomacyKind.proposal}


def prescribed(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """The cue follows a prescription in its clause and the sentence names no day."""
    return kind in _KINDS and _PRESCRIPTION.search(text, max(s.start, cue.start() - 90), cue.start()) is not None \
        and not _DAY.search(text, s.start, s.end)
