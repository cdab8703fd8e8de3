"""A regional official's total over the region after several localities (dev19 B6): "In all, air
defence destroyed 16 UAVs over the region during the night" at the end of a governor's post that
told a strike on each of several towns is the region's own record (the interceptions over the
whole region), not figures of the last town told.

The region is the post's when the article names it as a region (a greeting, a title, a heading:
"Dear residents of the Vladimir region"), whatever the number of towns; or when it tells two or
more towns of that region and names it at all. After a post about one town that never names its
region as such ("The occupiers attacked Nikopol ... air defence downed 14 UAVs over the region")
the figures stay on that town, as before: the region's night is that town's strike.
"""

from __future__ import annotations

from ... import lexicon as lx
from ...grounding.names import ground_place
from ...knowledge.post_region import regions_named_as_such
from ...records import LocationLevel
from .common import Facts
from .events import Event


def _region_total(f: Facts) -> bool:
    """Weapon figures "over the region" with no toll: the region's interceptions."""
    return f.has_numbers and not f.counts and not f.places and bool(lx.REGION_ANAPHOR.search(f.sent.text))


def _post_region(events: list[Event], host: Event, f: Facts, text: str) -> lx.Place | None:
    """The one region of the towns told before `f`: when the article names it as a region (a
    greeting, a title, a heading: the post's region), or when they are two or more and the
    article names it at all; None otherwise."""
    towns = {(p.name, p.admin1, p.country) for e in events if e.country_level is None and e.facts
             and e.facts[0].idx < f.idx and (e is host or _same_side(e, host)) for p in e.places
             if p.level is not LocationLevel.region}
    regions = {(admin1, country) for _, admin1, country in towns if admin1 and country}
    if not towns or len(regions) != 1:
        return None
    admin1, country = regions.pop()
    region = lx.Place(admin1, admin1, country, LocationLevel.region)
    if any(p.admin1 == admin1 for p in regions_named_as_such(text)) or len(towns) >= 2 and ground_place(admin1, text):
        return region
    return None


def _same_side(a: Event, b: Event) -> bool:
    return not (a.attacker and b.attacker and a.attacker != b.attacker) and not (a.target and b.target and a.target != b.target)


def split_region_totals(events: list[Event], text: str) -> list[Event]:
    """Move each region total told after several towns of one region out of the last town's
    record into a record of the region, when the article names that region."""
    out = list(events)
    for host in events:
        if host.country_level is not None or not host.places:
            continue
        for f in [g for g in host.facts if _region_total(g)]:
            region = _post_region(events, host, f, text)
            if region is None:
                continue
            host.facts.remove(f)
            out.append(Event(places=[region], date=f.date or host.date, attacker=host.attacker,
                             target=host.target or region.country, facts=[f], last_idx=f.idx))
    return out

