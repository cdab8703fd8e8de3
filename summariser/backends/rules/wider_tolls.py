"""A later, wider toll of the same wave (round 19, dev35 A5): after a city's strike and toll,
"officials said later that seven had been killed across the X region", "by evening the toll across
the Y region stood at nine". The region is the city's own, the figure a later total over it: an
update of the wave told, not a strike of its own (codebook 6: the city's record keeps its first
figure, and the region's total makes no record). A region sentence with a hit of its own in the
toll's clause ("Across the X region, drones later hit four villages, killing two") stays a strike,
and so does a toll for a region no city just told lies in. Words: cues/eventhood.yaml
(wider_toll_later, wider_toll_scope).

A country's toll of the wave told right after the wave and one of its hits (r21, dev40 A6): "The
vote followed a drone and missile barrage on several towns, which gutted a clinic in X. Nationwide,
at least 25 died that day": the toll is the country's record
(codebook 3), of the wave the sentence before told, so it takes that sentence's weapon kinds, and
the locality's record, dated by nothing of its own, takes the toll's day."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...records import LocationLevel
from .common import Facts, PlaceHit
from .lead_weapons import weapon_kinds
from .strike_event import Event, dates_compatible

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


_COUNTRY_SCOPE = cues.pattern("place_roles", "country_scope")  # "across the country", "nationwide"


def lend_wave_to_country_toll(events: list[Event]) -> None:
    """A country record that is only a toll told with a country scope, right after the sentence of a
    locality's record that names the wave's weapons: the toll's record takes those weapon kinds
    (no figures), and the locality, undated, takes the toll's day."""
    for total in events:
        tolls = [f for f in total.facts if f.counts]
        if total.country_level is None or not tolls or len(tolls) != len(total.facts) \
                or any(f.weapon_types or f.counted_weapons for f in total.facts) \
                or not all(_COUNTRY_SCOPE.search(f.sent.text) for f in tolls):
            continue
        first = tolls[0]
        wave = next(((e, g) for e in events if e.country_level is None and e.places for g in e.facts
                     if g.idx == first.idx - 1 and g.weapon_types and not g.counts and e.target in (None, total.target)
                     and not (e.attacker and total.attacker and e.attacker != total.attacker)), None)
        if wave is None:
            continue
        town, told = wave
        if town.date is not None and town.date.start is not None and not dates_compatible(town.date, total.date):
            continue  # a strike of another day: the toll is no figure of its wave
        first.weapon_types = weapon_kinds(told)
        total.attacker = total.attacker or town.attacker
        if (town.date is None or town.date.start is None) and total.date is not None and total.date.start is not None:
            town.date = total.date
