""""This weekend" of an event not held is the weekend to come (dev21 classes A1 and C7): "Witkoff has
dropped plans to fly on to Baku this weekend", "the Vienna summit planned for this weekend has been
called off" — a planned, cancelled or stalled event is dated by the day it was planned for (codebook
11, ruling of 1 December 2026), and a weekday's "this weekend" is the Saturday and Sunday after it.
A held event's weekend is the one before (`diplomacy_context.weekend_before`). The words live in
`cues/diplomacy_sequence.yaml`."""

from __future__ import annotations

import datetime as dt

from ...knowledge import cues
from ...records import DatePrecision, DateSpan, DiplomacyStatus
from ...sentences import Sentence

_COMING_WEEKEND = cues.pattern("diplomacy_sequence", "coming_weekend")
_NOT_HELD = {DiplomacyStatus.planned, DiplomacyStatus.cancelled, DiplomacyStatus.stalled}


def coming_weekend(text: str, s: Sentence, status: DiplomacyStatus, published: dt.date | None) -> DateSpan | None:
    """The Saturday and Sunday on or after `published` for an event not held told "this weekend"."""
    m = _COMING_WEEKEND.search(text, s.start, s.end)
    if m is None or published is None or status not in _NOT_HELD:
        return None
    ahead = (5 - published.weekday()) % 7  # days to the next Saturday (0 on a Saturday)
    sat = published + dt.timedelta(days=ahead) if published.weekday() != 6 else published - dt.timedelta(days=1)
    return DateSpan(start=sat, end=sat + dt.timedelta(days=1), text=m.group(0), precision=DatePrecision.range)
