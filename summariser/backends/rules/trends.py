"""A trend of strikes is a tally, not a strike (dev18 B2): "Kyiv has stepped up its raids on
refineries since the summer", "drone attacks have grown in range and frequency", "Russia has been
increasing the pace of its attacks". The sentence tells how strikes went over a stretch of time;
it opens no record and lends no place or damage to the strike told before it. A trend told with a
day and no stretch ("has intensified its shelling of X overnight") or with a toll of its own is a
strike. Vocabulary: knowledge/data/cues/eventhood.yaml (trend_verbs, trend_periods)."""

from __future__ import annotations

from ...knowledge import cues
from .common import Facts

_TREND = cues.pattern("eventhood", "trend_verbs")
_PERIOD = cues.pattern("eventhood", "trend_periods")


def drop_trends(text: str, f: Facts) -> None:
    """Mark a sentence that tells a trend of strikes as a tally."""
    s = f.sent
    if any(c.count.value for c in f.counts) or not _TREND.search(text, s.start, s.end):
        return
    dated = f.date is not None and f.date.precision.value in ("day", "range")
    if dated and not _PERIOD.search(text, s.start, s.end):
        return
    f.cumulative = True
