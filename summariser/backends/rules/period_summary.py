"""A summary of a period over many places: "Daily summary for the X region: shelling hit 19
localities, leaving three dead and seven hurt altogether". Its total toll is the period's over the
region, not one strike's; so is a total told right after such a head ("Over the past day,
forces shelled 23 settlements. In all, two people were killed."). No record is made of it."""

from __future__ import annotations

from ... import lexicon as lx
from ...knowledge import cues
from ...records import LocationLevel
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


def mark_day_totals(facts: list[Facts]) -> None:
    """Round 14: "Altogether today 5 people were wounded in the oblast" closing a summary that told
    strikes on two or more towns of that region is the sum of those items, not a strike: no event,
    and no toll lent to the last town told. A total after a single town stays that town's toll (the
    sum is its own), and a sentence that tells a strike of its own ("in the region, a drone killed a
    man in X") keeps it."""
    for i, f in enumerate(facts):
        if f.cumulative or not f.counts or f.counted_weapons or f.weapon_types or not _day_total(f):
            continue
        regions = {p.place.admin1 for p in f.places}
        towns = {p.place.name for g in facts[:i] if g.attack_vocab and not g.cumulative for p in g.places
                 if p.place.level is LocationLevel.city and (not regions or p.place.admin1 in regions)}
        if len(towns) >= 2:
            f.cumulative = True


def _day_total(f: Facts) -> bool:
    """A toll over the region or the day as a whole: its only places are regions (or none, with the
    region said by anaphor), with a word of totality or of the whole period."""
    text = f.sent.text
    if any(p.place.level is not LocationLevel.region for p in f.places):
        return False
    if not f.places and not lx.REGION_ANAPHOR.search(text) and not _TOTAL.search(text):
        return False
    return bool(_TOTAL.search(text) or _PERIOD.search(text))
