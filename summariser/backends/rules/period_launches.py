"""A period's launch total told as one sentence (dev19 B2/B10): "Last week, the enemy launched
about 1,200 drones, 900 glide bombs and 40 missiles at Ukraine", "Over the previous month Russia
fired 5,000 drones", "In the week between 23 February and 1 March, 1,400 drones were launched".
It is a statistic over the period: it opens no record and lends no figure or date to the night's
record beside it. A strike told with a week's date keeps its record ("Last week a missile hit a
school in Sumy, killing four": a place hit, a toll, a single strike)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...records import LocationLevel
from .common import Facts

# "last week", "the past month", "the previous seven days", "in the week between X and Y"
_PERIOD_WORDS = re.compile(
    r"\b(?:(?:last|past|previous|preceding)\s+(?:week|month|(?:seven|ten|fourteen|thirty|\d+)\s+days)"
    r"|(?:the|a)\s+week\s+(?:between|from)|(?:weekly|monthly)\b)", re.I)


def drop_period_launches(text: str, f: Facts) -> None:
    """A week's or a month's launch figures with no toll and no place below the country: no event."""
    s = f.sent
    launches = [w for w in f.counted_weapons if w.launched is not None]
    if not launches or f.counts or any(p.place.level is not LocationLevel.country for p in f.places):
        return
    if not _PERIOD_WORDS.search(text, s.start, s.end):
        return
    if lx.SINGLE_STRIKE.search(text, s.start, s.end):
        return  # "last week's attack used 400 drones": one wave, told with its week
    f.counted_weapons, f.places, f.cumulative = [], [], True
