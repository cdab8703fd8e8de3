"""A gathering's status told by the relative clause that names its host (r50): "the conference on Gaza
which Egypt will host" (planned), "the talks which Turkey convened" (held), "the meeting that
Qatar offered to host" (proposed). The clause is the gathering's own; the sentence's main verb often
belongs to something else ("roads will close during the talks that ...")."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...records import DiplomacyStatus
from ...sentences import Sentence

RELATIVE_HOST = re.compile(rf"(?:{cues.alternation('diplomacy', 'relative_host')})\b")
_OFFERED = re.compile(r"\b(?:offered|proposed)\s+to\b")
_AHEAD = re.compile(r"\b(?:is|are|was|were)\s+(?:set\s+)?to\b|\bwill\b|\bwould\b|\bplans\s+to\b|\bagreed\s+to\b")
_DONE = re.compile(r"\b(?:has|had)\b|(?:hosted|convened|organi[sz]ed|chaired)$")
_REACH = 60  # the host's clause follows the noun and its topic ("the summit on regional security that …")


def relative_host_status(text: str, s: Sentence, cue: re.Match[str]) -> DiplomacyStatus | None:
    """The status the host's relative clause right after the gathering's noun gives, or None."""
    m = RELATIVE_HOST.search(text, cue.end(), min(s.end, cue.end() + _REACH))
    if m is None or re.search(r"[,;:()\u2014\u2013]", text[cue.end():m.start()]):
        return None  # (another clause comes between: not the gathering's own relative)
    said = m.group(0)
    if _OFFERED.search(said):
        return DiplomacyStatus.proposed
    if _AHEAD.search(said):
        return DiplomacyStatus.planned
    return DiplomacyStatus.held if _DONE.search(said) else None
