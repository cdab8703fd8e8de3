"""A facility named after its city: "Video from the Syzran refinery shows flames" after "drones
attacked the Samara region". The sentence has no strike verb, but its facility names the city
the strike fell on, which then stands for the region (event_folds.region_into_city). Only a sentence
that tells visible damage at the facility counts: the name alone is often just a landmark."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...records import LocationLevel
from .common import Facts

_FACILITY = re.compile(rf"\s+(?:{cues.alternation('strike', 'facility_after_city')})\b", re.I)
_DAMAGE = cues.pattern("strike", "visible_damage")


def strike_at_facility(text: str, f: Facts) -> None:
    """Read a damaged or struck facility named after a city as a strike on that city."""
    if not f.places or not (f.attack_vocab or _DAMAGE.search(text, f.sent.start, f.sent.end)):
        return
    if any(p.place.level is LocationLevel.city and _FACILITY.match(text, p.end, f.sent.end) for p in f.places):
        f.attack_vocab = f.facility = True
