"""A summary of a period over many places: "Daily summary for the X region: shelling hit 19
localities, leaving three dead and seven hurt altogether". Its total toll is the period's over the
region, not one strike's; so is a total told right after such a head ("Over the past day,
forces shelled 23 settlements. In all, two people were killed."). No record is made of it."""

from __future__ import annotations

from ...knowledge import cues
from .common import Facts

_PERIOD = cues.pattern("eventhood", "period_summary")
_MANY = cues.pattern("eventhood", "many_targets")
_TOTAL = cues.pattern("eventhood", "period_total")
_HEAD_WINDOW = 300  # the sentence before, within the paragraph


def _summary_in(text: str, start: int, end: int) -> bool:
    return _PERIOD.search(text, start, end) is not None and _MANY.search(text, start, end) is not None


def _head_before(text: str, start: int) -> tuple[int, int]:
    """The paragraph's text just before `start` (a blank line ends it)."""
    lo = max(0, start - _HEAD_WINDOW)
    gap = text.rfind("\n\n", lo, start)
    return (gap + 2 if gap >= 0 else lo), start


def mark_period_summary(text: str, f: Facts) -> None:
    """A total toll ("altogether", "in all") over a period and many places, told in the sentence
    or right after its head: no event."""
    s = f.sent
    if not f.counts or f.counted_weapons:
        return  # a head without a toll may still be a region's record (a digest: digest.py)
    if not _TOTAL.search(text, s.start, s.end):
        return  # a toll told plainly after a digest's head is often a strike of its own (digest.py)
    if _summary_in(text, s.start, s.end) or (not f.places and not f.attack_vocab and _summary_in(text, *_head_before(text, s.start))):
        f.cumulative = True
