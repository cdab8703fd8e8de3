"""A commitment to meet again with nothing fixed is no event (round 17, dev31 D7): "The delegations
pledged to keep talking and to reconvene; no day has been fixed", "Both ministers promised to
reconvene, without saying when". The sides say what they mean to do (codebook 13: a stance); no
meeting is planned until a day or a place is named. "Settled on a new round in Vienna on 3 June" is a
planned event and stays. Words in `cues/diplomacy_nonevents.yaml` (open_ended_*)."""

from __future__ import annotations

import re

from ...calendar_days import WD_NAMES
from ...knowledge import cues
from ...sentences import Sentence

_COMMITTED = re.compile(rf"\b(?:{cues.alternation('diplomacy_nonevents', 'open_ended_commitment')})$", re.I)
_AGAIN = re.compile(rf"\b(?:{cues.alternation('diplomacy_nonevents', 'open_ended_again')})\b|\b(?:reconven|resum)\w*", re.I)
_UNDATED = re.compile(rf"\b(?:{cues.alternation('diplomacy_nonevents', 'open_ended_undated')})\b", re.I)
_DAY = re.compile(r"\b(?:" + WD_NAMES + r"|tomorrow|next\s+(?:week|month))\b"
                  r"|\b\d{1,2}\s+(?-i:[A-Z])[a-z]+\b|\b(?-i:[A-Z])[a-z]+\s+\d{1,2}\b")


def open_ended(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """The cue is what the sides committed to do again, and the sentence says nothing is fixed."""
    lo = max(s.start, cue.start() - 120)
    if not _COMMITTED.search(text, lo, cue.start()) or not _UNDATED.search(text, cue.end(), s.end):
        return False
    again = _AGAIN.search(text, cue.start(), min(s.end, cue.end() + _NEAR))  # "meet again", "reconvene", "talk at some point"
    return again is not None and not _DAY.search(text, s.start, s.end)


_NEAR = 30


def open_ended_agreement(text: str, start: int, end: int) -> bool:
    """The agreement clause ("… and pledged to hold another round, but no day is fixed yet") fixes nothing: no
    planned event beside the one held."""
    return bool(_AGAIN.search(text, start, min(end, start + 3 * _NEAR)) and _UNDATED.search(text, start, end)) \
        and not _DAY.search(text, start, end)
