"""A town and the one region its sentence names: one locality, the town in that region.

    "the village of X in the Y region", "In the Y region, ... the town of X" -> X, admin1 Y
    "In the Dnipropetrovsk region, a drone hit Samar" -> Samar (Ukraine), not the Russian Samara
    whose alias it also spells
"""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import gazetteer
from ...records import LocationLevel
from .common import Facts, PlaceHit, clause_at


# "the X refinery in Russia's Y region", "a plant outside X in the Y region": a few words, then "in"
_IN_ITS_REGION = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s+(?:in|of)\s+(?:the\s+|Russia['’]s\s+|Ukraine['’]s\s+)?"
                            r"(?:neighbou?ring\s+|southern\s+|northern\s+|eastern\s+|western\s+)?")


def fold_region_into_town(text: str, f: Facts) -> None:
    """'the village of X in the Y region', 'In the Y region, ... the town of X': one locality, X in Y."""
    regions = [p for p in f.places if p.place.level is LocationLevel.region]
    towns = [p for p in f.places if p.place.level is LocationLevel.city]
    if len(regions) != 1 or not towns:
        return
    r, s = regions[0], f.sent
    _homonyms_into_region(text, towns, r.place.admin1 or r.place.name)
    lead0, lead1 = clause_at(text, s, s.start)
    in_lead = lead0 <= r.start < lead1 and lx.REGION_FRAME_OPENING.fullmatch(text[lead0:r.start]) \
        and all(t.start >= lead1 for t in towns)
    admin1 = r.place.admin1 or r.place.name
    hosts = [t for t in towns if t.place.admin1 in (None, admin1) and (
        in_lead or re.fullmatch(r",?\s+(?:in\s+(?:the\s+)?(?:neighbou?ring\s+)?)?", text[t.end:r.start])
        or (t.place.admin1 == admin1 and _IN_ITS_REGION.fullmatch(text, t.end, r.start) is not None))]
    if not hosts:
        return
    for t in hosts:
        t.place = lx.Place(t.place.name, admin1, r.place.country or t.place.country, t.place.level)
    f.places = [p for p in f.places if p is not r]


def _homonyms_into_region(text: str, towns: list[PlaceHit], admin1: str) -> None:
    """A town name the gazetteer gives first to a bigger namesake elsewhere ("Samar" is also an
    alias of the Russian Samara) is the town of that name in the one region its sentence names."""
    for t in towns:
        if t.place.admin1 in (None, admin1):
            continue
        # the gazetteer itself, not the rules' scope of big towns: the region vouches for the town
        found = gazetteer.lookup(f"{text[t.start:t.end]}, {admin1}")
        if found is not None and found.admin1 == admin1 and found.level == "city":
            t.place = lx.Place(found.name, found.admin1, found.country, LocationLevel.city)
