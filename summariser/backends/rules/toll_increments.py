"""A later find added to a toll already told (r13atk, dev23 B3): "In the X district, crews recovered
three more bodies", "On the western side of the city, rescuers pulled another two victims from the
ruins". The find updates the strike told before it (codebook
6: a later update is evidence, not a count): the sentence is read as a toll update (events.py then
joins it to the event whose toll it updates, and the record keeps its first figure), dated by that
strike rather than by the day of the find, and the place phrase that opens it (where the rubble
lay: a district, a side of the city) names no strike of its own. A sentence with no place phrase,
or one that names a town, is left as it was read (the update path, or that town's record): read as
an update, such sentences lowered an older set's counts (r13atk, measured and withdrawn).
Vocabulary: cues/eventhood.yaml toll_increments, toll_increment_finds."""

from __future__ import annotations

from ...knowledge import cues
from ...records import LocationLevel
from .common import Facts
from .strike_event import Event

_INCREMENT = cues.pattern("eventhood", "toll_increments")
_FIND = cues.pattern("eventhood", "toll_increment_finds")


def mark_toll_increments(text: str, f: Facts) -> None:
    """Read a sentence whose toll is a further find as an update of the strike told before."""
    s = f.sent
    if not f.counts or any(c.field != "killed" for c in f.counts):
        return  # a find adds dead; a sentence with the injured too tells a toll of its own
    if _INCREMENT.search(text, s.start, s.end) is None or _FIND.search(text, s.start, s.end) is None:
        return
    if not (f.places or f.districts) or any(p.place.level is LocationLevel.city and p.place.country is not None for p in f.places):
        return  # no place phrase, or a town named: read as before (the find's own town, or the update path)
    f.update = True
    f.date = None  # the day of the find, not of the strike
    f.places, f.districts = [], []  # where the rubble lay: the site of the strike told, no new place


def drop_unplaced_finds(events: list[Event], text: str) -> list[Event]:
    """Round 14: "Two more bodies were found on Tuesday" with no place, told after a strike, opened
    a record of its own with no place (or the country's), dated by the find. A find is no strike (codebook 6): such a
    record goes. A find that reached a placed record (by "the city", by the story's city) stays
    where it is; clearing the find's toll at the sentence lowered an older set's counts."""
    return [ev for ev in events if ev.places and ev.country_level is None or not ev.facts
            or not all(_find_only(text, f) for f in ev.facts)]


def _find_only(text: str, f: Facts) -> bool:
    s = f.sent
    return bool(f.counts) and all(c.field == "killed" for c in f.counts) and not (f.weapon_types or f.counted_weapons) \
        and _INCREMENT.search(text, s.start, s.end) is not None and _FIND.search(text, s.start, s.end) is not None
