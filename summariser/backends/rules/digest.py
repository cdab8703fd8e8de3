"""A region's daily digest: "over the past day the enemy attacked 14 settlements of the X region
92 times with artillery, mortars, FPV drones and guided bombs". The localities told after it, each
with its own weapon or damage ("In A, a drone hurt a driver"; "B community was hit by two bombs"),
are strikes of their own in that region, not more places of the digest's record (r9, A1)."""

from __future__ import annotations

from ... import lexicon as lx
from ...records import LocationLevel
from .common import Facts, weapon_class

# A digest names at least this many weapon classes (artillery, drones, bombs...): a day's summary.
_MIXED = 3


def is_digest(facts: list[Facts]) -> bool:
    """Whether the sentences of a region's record sum up a day of mixed attacks."""
    return any(len({weapon_class(w.type) for w in f.weapon_types}) >= _MIXED for f in facts)


def own_strike(f: Facts) -> bool:
    """A sentence after a digest that tells its own strike: a weapon or damage of its own."""
    return bool(f.weapon_types or f.damage or f.counts)


def in_region(places: list[lx.Place], region: lx.Place) -> list[lx.Place]:
    """Towns the gazetteer lacks, told inside a region's digest: localities of that region."""
    return [lx.Place(p.name, region.admin1 or region.name, region.country, p.level)
            if p.country is None and p.level is LocationLevel.city else p for p in places]


def towns_of_title(places: list[lx.Place], last_idx: int, f: Facts) -> list[lx.Place] | None:
    """r3: "Attackers hit the X community. Two were hurt, the Y governor said": the towns of the
    record told just before, which the gazetteer lacks, placed in the one region of the official's
    title, when the sentence tells no weapon of its own (its toll continues that record)."""
    regions = {p.place.admin1 or p.place.name for p in f.places}
    if f.weapon_types or f.idx - last_idx > 1 or not places or len(regions) != 1 \
            or not all(q.level is LocationLevel.city and q.admin1 is None for q in places):
        return None
    region = f.places[0].place
    return [lx.Place(q.name, region.admin1 or region.name, region.country, q.level) for q in places]
