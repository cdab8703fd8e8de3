"""A gathering told in the progressive on the day of publication is under way at press time (round 17,
dev32 B6, codebook 16 `ongoing`): "delegations of the two states were meeting in Riyadh on Monday" in
Monday's paper, "envoys are sitting down in Geneva today". A progressive on an earlier day ("were
meeting on Friday when the sirens sounded") is a gathering held."""

from __future__ import annotations

import datetime as dt
import re

from ...knowledge import cues
from ...records import DateSpan, DiplomacyKind
from ...sentences import Sentence

_PROGRESSIVE = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'progressive_gathering')})\b", re.I)
_GATHERINGS = {DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.summit}
_REACH = 60


def under_way(text: str, s: Sentence, kind: DiplomacyKind, cue: re.Match[str], date: DateSpan | None,
              published: dt.date | None) -> bool:
    """The gathering's own verb is a progressive (in the cue or just before it) and its day is the
    publication day."""
    if kind not in _GATHERINGS or published is None or date is None or date.start != published or date.end != published:
        return False
    return _PROGRESSIVE.search(text, max(s.start, cue.start() - _REACH), min(s.end, cue.end() + 10)) is not None
