"""A region written for a strike whose own sentences name one city of that region, and never the
region itself, is that city's strike: the answer widened the place.

    answer "Voronezh Oblast, Russia"; evidence "Wreckage hit a warehouse in Voronezh; nobody was hurt."
        -> Voronezh (the city)
    answer "Krasnodar Krai"; evidence "A fuel depot in Tikhoretsk caught fire after the drone attack."
        -> Tikhoretsk
    answer "Tula region"; evidence "Eleven drones were downed over the Tula region." -> stays the region

Two or more cities of the region in the sentences leave the region (a regional round-up), and so
does a city the strike came from ("drones launched from Kursk"). A region named only in an
official's title ("the Ryazan region's governor said ...") is the speaker's, not the strike's place.
"""

from __future__ import annotations

import re

from ..records import Location, LocationLevel

_NOT_HIT_BEFORE = re.compile(r"\b(?:from|towards?|toward)\s+(?:the\s+)?$", re.I)
# a region named only in an official's title is the speaker's, not the place of the strike:
# "the Ryazan region's governor", "Governor of the Kursk region", "Belgorod regional administration"
_TITLE_AFTER = re.compile(r"(?:['’]s)?\s+(?:regional\s+)?(?:gov\.?|governor|head|chief|administration|authorities|officials?"
                          r"|military\s+administration|emergency\s+services|leadership)\b", re.I)
_TITLE_BEFORE = re.compile(r"\b(?:governor|head|chief|administration|authorities|leader)\s+of\s+(?:the\s+)?$", re.I)


def city_of_region(loc: Location, text: str, windows: list[tuple[int, int]]) -> Location | None:
    """The one city of region `loc` the windows name, when they never name the region itself."""
    from ..knowledge.gazetteer import find_places

    if loc.level is not LocationLevel.region or not windows:
        return None
    cities: dict[str, Location] = {}
    for a, b in windows:
        for m in find_places(text[a:b]):
            p = m.place
            if p.country != loc.country or p.admin1 != loc.admin1:
                continue
            if p.level == "region" and not _in_title(text, a + m.start, a + m.end):
                return None  # the region is named as a place: a region's record
            if p.level == "city" and not _NOT_HIT_BEFORE.search(text, max(0, a + m.start - 12), a + m.start):
                cities[p.name] = Location(name=p.name, admin1=p.admin1, country=p.country, level=LocationLevel.city)
    return next(iter(cities.values())) if len(cities) == 1 else None


def _in_title(text: str, start: int, end: int) -> bool:
    """Is the region mention part of an official's title ("the Ryazan region's governor")?"""
    return bool(_TITLE_AFTER.match(text, end) or _TITLE_BEFORE.search(text, max(0, start - 30), start))
