"""A ministry's per-region tally (round 15, dev27 B1; codebook 3, ruling of 2 December 2026): "air
defences destroyed 40 drones overnight: 25 over the A region, 10 over the B region and 5 over the
C region". The total stays on the country record; each region told with its own figure is a record
of its own carrying its share (intercepted), and a region whose one struck town the article tells
puts its share on that town's record instead (the region is the town's frame).

Read only where the list is plainly a breakdown of the sentence's one counted total: two regions
or more, each with its number right before it, the shares summing to no more than the total. A
figure over several regions at once ("41 over the A, B and C regions") stays the country's."""

from __future__ import annotations

import re

from ...numbers import NUMBER, parse_number
from ...records import Count, LocationLevel
from .common import Facts, PlaceHit, WeaponHit, span_of
from .strike_event import Event, dates_compatible

# "25 over the", "10 of them were downed above the", "and 5 in the": a share's number right before its region
_SHARE_BEFORE = re.compile(
    rf"(?:^|[,:;(\-–—]\s*|\s(?:and|including|with)\s+)(?P<n>{NUMBER})\s+(?:(?:of\s+them|of\s+these|UAVs?|drones?)\s+)?"
    r"(?:(?:were|was|had\s+been)\s+(?:\w+\s+)?(?:shot\s+down|downed|destroyed|intercepted)\s+)?"
    r"(?:over|above|in)\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?$", re.I)


def region_shares(text: str, f: Facts) -> list[tuple[PlaceHit, Count]]:
    """The regions of the sentence each told with its own share of its one intercepted total."""
    totals = [w for w in f.counted_weapons if w.intercepted is not None and w.intercepted.value]
    regions = [p for p in f.places if p.place.level is LocationLevel.region]
    if len(totals) != 1 or len(regions) < 2 or len(regions) != len(f.places):
        return []
    shares = []
    for p in regions:
        m = _SHARE_BEFORE.search(text, max(f.sent.start, p.start - 60), p.start)
        value = parse_number(m.group("n")) if m is not None else None
        if m is None or not value:
            return []
        shares.append((p, Count(value=value, evidence=span_of(text, m.start("n"), m.end("n")))))
    total = totals[0].intercepted.value  # type: ignore[union-attr]
    return shares if sum(c.value or 0 for _, c in shares) <= total else []


def share_facts(f: Facts, shares: list[tuple[PlaceHit, Count]]) -> list[Facts]:
    """One reading per region share: the region, its share intercepted, the total's weapon."""
    if not shares:
        return []
    total = next(w for w in f.counted_weapons if w.intercepted is not None)
    out = []
    for place, share in shares:
        weapon = WeaponHit(total.type, total.model, intercepted=share, classes=total.classes)
        out.append(Facts(**{**f.__dict__, "places": [place], "districts": [], "counts": [], "damage": [],
                            "counted_weapons": [weapon], "weapon_types": [], "nationwide": False, "shares": []}))
        out[-1].shares = [(place, share)]  # marks the reading as a share (shares_onto_towns)
    return out


def shares_onto_towns(events: list[Event]) -> list[Event]:
    """A region share whose region has exactly one struck town of the same attacker and night goes
    onto that town's record (codebook 3); with none, or two or more, it stays the region's."""
    out = []
    for ev in events:
        share = _share_only(ev)
        towns = [e for e in events if share is not None and e is not ev and _town_of(e, share, ev)]
        if len(towns) != 1:
            out.append(ev)
            continue
        for f in ev.facts:
            f.places = []
            towns[0].facts.append(f)
    return out


def _share_only(ev: Event) -> PlaceHit | None:
    if len(ev.facts) != 1 or not ev.facts[0].shares:
        return None
    return ev.facts[0].shares[0][0]


def _town_of(e: Event, region: PlaceHit, share: Event) -> bool:
    admin1 = region.place.admin1 or region.place.name
    return e.country_level is None and bool(e.places) and all(
        p.level is LocationLevel.city and p.admin1 == admin1 for p in e.places) \
        and not (e.attacker and share.attacker and e.attacker != share.attacker) and dates_compatible(e.date, share.date)
