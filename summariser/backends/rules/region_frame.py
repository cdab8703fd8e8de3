"""A region that frames the town its sentence then names (atk7): "a drone attack on Russia's X
region killed a man in the village of Y", "shelling of the X region wounded two in Y". One
locality, Y in X (codebook: a region named beside its town is no second place)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...records import LocationLevel
from .common import Facts

# between the region and its town: a verb of the strike or its toll, then "in / near" the town
_REGION_THEN_TOWN = re.compile(
    r"^[^.;:]{0,60}?\b(?:killed|killing|injured|injuring|wounded|wounding|hit|hitting|struck|striking|damaged|damaging"
    r"|destroyed|set)\b[^.;:,]{0,50}?\b(?:in|near|on|at|outside)\s+(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?$",
    re.I)


def fold_framing_region(text: str, f: Facts) -> None:
    regions = [p for p in f.places if p.place.level is LocationLevel.region]
    towns = [p for p in f.places if p.place.level is LocationLevel.city]
    if len(regions) != 1 or len(towns) != 1:
        return
    r, t = regions[0], towns[0]
    admin1 = r.place.admin1 or r.place.name
    if t.start < r.end or t.place.admin1 not in (None, admin1) or not _REGION_THEN_TOWN.match(text[r.end:t.start]):
        return
    t.place = lx.Place(t.place.name, admin1, r.place.country or t.place.country, t.place.level)
    f.places = [p for p in f.places if p is not r]


# "... over the X region, Crimea and the Black Sea": the named areas end on a sea
_SEA_AFTER = re.compile(r"^(?:\s*,\s*|\s+)(?:and\s+)?(?:over\s+)?the\s+(?:(?:Black|Azov|Caspian|Baltic)\s+Sea|Sea\s+of\s+Azov)\b")


def sea_theatre(text: str, f: Facts) -> bool:
    """Interceptions told over a few named areas that end on a sea ("over the X region, Crimea and
    the Black Sea") are the figures of that theatre, a regional record (atk7), not a breakdown of a
    nationwide total ("over the A, B and C regions" is one)."""
    return bool(f.places) and bool(_SEA_AFTER.match(text[f.places[-1].end:f.sent.end]))
