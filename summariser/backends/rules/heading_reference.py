"""A heading that names the city a village below it lies beside (dev31 A3): "Drone over Y" heads
a paragraph that tells a drone hitting "X, a village just outside Y". The paragraph's village is
the place hit and Y only locates it (codebook 1); the heading names the same strike by its
nearest city, so it is no record of its own: its sentence joins the village's record."""

from __future__ import annotations

import re

from ...articles.section_headings import heading_of
from ...records import LocationLevel
from .strike_event import Event

_NEAR = 3  # the paragraph's opening sentences: a scene-setting line may stand between


def _heading_only(text: str, ev: Event) -> bool:
    return ev.country_level is None and len(ev.places) == 1 and ev.places[0].level is LocationLevel.city \
        and bool(ev.facts) and all(not f.counts and heading_of(text, f.sent.start, f.sent.end) is not None for f in ev.facts)


def heading_into_located_place(events: list[Event], text: str) -> list[Event]:
    """Fold a heading's city record into the record right below it whose place the city only locates."""
    drop: list[Event] = []
    for ev in events:
        if not _heading_only(text, ev):
            continue
        city, last = ev.places[0], max(f.idx for f in ev.facts)
        after = [e for e in events if e is not ev and e.facts and min(f.idx for f in e.facts) > last]
        below = min(after, key=lambda e: min(f.idx for f in e.facts), default=None)  # the next record told
        if below is None or below.country_level is not None or not below.places or below.places == ev.places \
                or min(f.idx for f in below.facts) > last + _NEAR or any(p.admin1 != city.admin1 for p in below.places):
            continue
        first = min(below.facts, key=lambda f: f.idx)
        if not re.search(rf"\b{re.escape(city.name)}\b", first.sent.text):
            continue  # the heading's city named below only as where the place lies
        below.facts = sorted(ev.facts + below.facts, key=lambda f: f.idx)
        below.attacker = below.attacker or ev.attacker
        drop.append(ev)
    return [e for e in events if not any(e is d for d in drop)]
