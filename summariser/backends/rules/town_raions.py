"""A district named for a town the article already told (r18, dev34-B1, dev33-A3): "drones hit a
depot in X overnight ... 'Air defence destroyed 14 UAVs over the X district. No one was hurt,'
the governor wrote." A raion takes its centre town's name; when the article has told that town
before, the district is the town's frame (codebook 1 and 3: a region's or district's tally with
one struck locality goes on the locality's record), so the district's figures and nils are the
town's, not a second record and not the country's. A district whose town the article has not
named ("over the Y district" when only X was hit) stays a district of its own. r48: a district told
first, its town named as a place later in the same paragraph, is that town too."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...records import LocationLevel
from .common import Facts, PlaceHit

_DISTRICT_NAME = re.compile(r"(?P<name>[A-Z][\w'’-]+)\s+(?:district|raion)$")
_CITY_DISTRICT = re.compile(r"(?:sk|tsk|ck|zk)(?:yi|iy|ij|yy|y|i|ii|aya|ij)$|^(?:Central|Old|New|Lenin|Soviet)", re.I)


def district_as_told_town(text: str, f: Facts) -> None:
    """'over the X district' where X was told before the sentence as a place: the town X."""
    for d in [*f.places, *f.districts]:
        if d.place.level is not LocationLevel.district or d.title:
            continue
        m = _DISTRICT_NAME.fullmatch(text, d.start, d.end)
        if m is None or _CITY_DISTRICT.search(m.group("name")):
            continue  # "the Shevchenkivskyi district": a city's own district, not a raion
        town = _town_told_before(text, m.group("name"), f.sent.start) or _town_told_next(text, m.group("name"), f.sent.end)
        if town is None:
            continue
        known = lx.lookup(town)
        place = known if known is not None and known.name == town and known.level is LocationLevel.city else \
            lx.Place(town, d.place.admin1, d.place.country, LocationLevel.city)
        # the town is the place hit: a place named only in an official's title ("the Y governor") goes, as it
        # would have had the town been read first (`places._without_titles`)
        f.places = [p for p in f.places if p is not d and not p.title] + [PlaceHit(place, d.start, d.end)]
        f.districts = [p for p in f.districts if p is not d]
    f.places.sort(key=lambda p: p.start)


def _town_told_before(text: str, name: str, start: int) -> str | None:
    """The town's name in the article before `start`, itself and not as its district's name."""
    before = re.compile(rf"\b{re.escape(name)}\b(?!['’]?s?\s+(?:district|raion)\b)")
    return name if before.search(text, 0, start) is not None else None


def _town_told_next(text: str, name: str, end: int) -> str | None:
    """r48: "Drones hit the X district again. ... the rest struck the harbour in X": the town itself,
    named in the sentences after it in the same paragraph, is the place the district frames."""
    stop = text.find("\n\n", end)
    after = re.compile(rf"\b(?:in|at|on|near|over|of|hit|struck)\s+{re.escape(name)}\b(?!['’]?s?\s+(?:district|raion)\b)")
    return name if after.search(text, end, stop if stop >= 0 else len(text)) is not None else None
