"""A later, wider toll of the same wave (round 19, dev35 A5): after a city's strike and toll,
"officials said later that seven had been killed across the X region", "by evening the toll across
the Y region stood at nine". The region is the city's own, the figure a later total over it: an
update of the wave told, not a strike of its own (codebook 6: the city's record keeps its first
figure, and the region's total makes no record). A region sentence with a hit of its own in the
toll's clause ("Across the X region, drones later hit four villages, killing two") stays a strike,
and so does a toll for a region no city just told lies in. Words: cues/eventhood.yaml
(wider_toll_later, wider_toll_scope)."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...records import LocationLevel
from .common import Facts, PlaceHit

_LATER = cues.pattern("eventhood", "wider_toll_later")
_SCOPE = re.compile(rf"\b(?:{cues.alternation('eventhood', 'wider_toll_scope')})\s+(?:the\s+)?$", re.I)
_HIT = cues.regex("anchoring", "separate_strike")
# "..., and that wreckage damaged a pumping station": a further thing the officials reported, after the toll
_MORE_REPORTED = re.compile(r",?\s+and\s+that\b|;", re.I)
_REACH = 3  # sentences back to the city's strike: the same or the next paragraph
_TOWNS = (LocationLevel.city, LocationLevel.district, LocationLevel.site)


def _in_region(town: PlaceHit, region: PlaceHit) -> bool:
    """The town lies in the region (by its admin1, or the region named after the town: Kyiv's)."""
    r = region.place.name
    return town.place.admin1 == r or r.split()[0] == town.place.name.split()[0]


def drop_wider_later_tolls(text: str, facts: list[Facts]) -> None:
    """Mark a later toll over the region of a city told just before as no record of its own."""
    for i, f in enumerate(facts):
        s = f.sent
        if not f.counts or not f.places or any(p.place.level is not LocationLevel.region for p in f.places):
            continue
        if not _LATER.search(text, s.start, s.end) or not all(_SCOPE.search(text, s.start, p.start) for p in f.places):
            continue
        first = min((h.count.evidence.end for h in f.counts if h.count.evidence), default=s.end)
        more = _MORE_REPORTED.search(text, first, s.end)
        if _HIT.search(text, s.start, more.start() if more else s.end):
            continue  # "Across the X region, drones later hit four villages, killing two": a strike
        towns = [p for g in facts[:i] if 0 < f.idx - g.idx <= _REACH and not g.cumulative
                 for p in g.places if p.place.level in _TOWNS]
        if towns and all(any(_in_region(t, p) for t in towns) for p in f.places):
            f.cumulative = True
