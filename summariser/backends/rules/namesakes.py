"""A town whose name another town of its country shares ("Zolochiv" of the Lviv region and of the
Kharkiv region): the gazetteer gives a bare name its most populous bearer, and the article's other
places say which one it tells of. A record's town is moved to the namesake whose region the article's
other places lie in, when no other place lies in the first one's region and the two towns are of a size
(a city of 100,000 keeps its name against a village's: "Nikopol" in a Kharkiv story is still the city)."""

from __future__ import annotations

from collections import Counter

from ...knowledge import gazetteer
from ...records import Attack, Location, LocationLevel

# how many times larger the gazetteer's choice may be than the namesake it gives way to: the population
# prior a bare name carries (Zolochiv of the Lviv region is three times Zolochiv of the Kharkiv region's)
_PRIOR = 4


def local_namesakes(attacks: list[Attack], text: str) -> list[Attack]:
    """The records, each town among its places that has a namesake read as the article's own."""
    mentions = gazetteer.find_places(text)
    out = []
    for attack in attacks:
        places = [_local(loc, mentions) for loc in attack.locations]
        out.append(attack if places == attack.locations else attack.model_copy(update={"locations": places}))
    return out


def _local(loc: Location, mentions: list[gazetteer.PlaceMention]) -> Location:
    if loc.level is not LocationLevel.city or not loc.admin1:
        return loc
    place = gazetteer.lookup(f"{loc.name}, {loc.admin1}")
    if place is None or place.name != loc.name:
        return loc
    others = [p for p in gazetteer.namesakes(place) if p.admin1]
    if not others:
        return loc
    # the regions of the article's other places (a region counts as its own), never the town's own mentions
    regions = Counter(m.place.admin1 for m in mentions if m.place.name != loc.name and m.place.admin1)
    best = max(others, key=lambda p: regions[p.admin1 or ""])
    if regions[loc.admin1] or not regions[best.admin1 or ""] or (place.population or 0) > _PRIOR * (best.population or 0):
        return loc
    return loc.model_copy(update={"admin1": best.admin1})
