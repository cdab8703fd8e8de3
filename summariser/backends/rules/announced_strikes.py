"""A place announced as attacked, then the strike told (r17, dev31 A1).

Roundup copy opens a paragraph with a one-clause announcement ("Zaporizhzhia was targeted too.",
"The Sumy district again came under fire.") and tells the strike itself in the next sentence or
two, often with a later or more precise time ("Missiles hit a depot there in the afternoon"). The
announcement has no weapon, toll or damage: it is that strike, not one of its own. An event built
only from such a sentence folds into the event told within the next two sentences on the same city
(a district named after the city, or lying in it, counts as the city), which keeps its own day.
A different city told next, or an announcement with a toll of its own, keeps its record.
Vocabulary: knowledge/data/cues/eventhood.yaml (announced_strike, announced_strike_fillers)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...records import LocationLevel
from .common import Facts
from .strike_event import Event

_ANNOUNCED = cues.pattern("eventhood", "announced_strike")
_FILLERS = cues.pattern("eventhood", "announced_strike_fillers")
_REACH = 2  # sentences after the announcement in which the strike is told
_AREA_WORD = re.compile(r"\s+(?:district|raion|community|hromada)$", re.I)


def _bare(text: str, f: Facts) -> bool:
    """Only a place and 'came under attack' (with 'also', 'again', a day word): nothing else told."""
    if f.has_numbers or f.counts or f.counted_weapons or f.weapon_types or f.damage or len(f.places) != 1:
        return False
    s = f.sent
    verb = _ANNOUNCED.search(text, s.start, s.end)
    if verb is None:
        return False
    p = f.places[0]
    rest = text[s.start:p.start] + " " + text[p.end:verb.start()] + " " + text[verb.end():s.end]
    return re.search(r"[^\W\d_]", _FILLERS.sub(" ", rest)) is None


def _city_key(place: lx.Place) -> str:
    """The city a place stands for: "the X district" named after its centre is X."""
    return _AREA_WORD.sub("", place.name) if place.level is LocationLevel.district else place.name


def _on_city(host: Event, key: str) -> bool:
    return key in {_city_key(p) for p in host.places}


def fold_announcements(events: list[Event], text: str) -> list[Event]:
    """Fold each announcement-only event into the strike told right after it on the same city."""
    gone: set[int] = set()
    for i, ev in enumerate(events):
        if ev.country_level is not None or len(ev.facts) != 1 or not _bare(text, ev.facts[0]):
            continue
        f = ev.facts[0]
        key = _city_key(f.places[0].place)
        host = next((h for j, h in enumerate(events) if j != i and j not in gone and h.country_level is None
                     and any(f.idx < g.idx <= f.idx + _REACH for g in h.facts)
                     and (h.attacker is None or ev.attacker is None or h.attacker == ev.attacker)
                     and _on_city(h, key)), None)
        if host is None:
            continue
        f.date = host.date or f.date  # the strike's own day, not the announcement's
        host.facts = sorted([*host.facts, f], key=lambda g: g.idx)
        gone.add(i)
    return [e for i, e in enumerate(events) if i not in gone]
