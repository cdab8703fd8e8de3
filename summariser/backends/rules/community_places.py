"""A locality told through its community (hromada) with its district as frame (dev23 B2):

    "a barn in the Talne community of Uman district"      -> Talne (Cherkasy Oblast), not Uman
    "in the Khrystynivka hromada of the Uman raion"       -> Khrystynivka
    "a school in the Vilniansk community, Zaporizhzhia district" -> Vilniansk (Zaporizhzhia Oblast)

A district (raion) is named after its centre town, so the district's name is no place hit: it
only says which region the community lies in. The community is the locality (codebook rule 10: a
hromada is coded at level city under its town's name), read through the whole gazetteer (a small
town the rules' own scope leaves out) or kept as written, in the district's region.
"""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import gazetteer
from ...records import LocationLevel
from .common import PlaceHit

_COMMUNITY = r"(?:(?:territorial|rural|urban|settlement|village)\s+)?(?:community|hromada)"
_COMMUNITY_END = re.compile(rf"\b{_COMMUNITY}$", re.I)  # the hit itself read "the X community"
_COMMUNITY_AFTER = re.compile(rf"\s+{_COMMUNITY}", re.I)
_OF_DISTRICT = re.compile(r"(?:\s+of|\s*,)\s+(?:the\s+)?(?P<district>[A-Z][\w'’-]+)\s+(?:district|raion|rayon)\b")


def community_in_district(text: str, places: list[PlaceHit], districts: list[PlaceHit]) -> list[PlaceHit]:
    """`places` with each "X community of the Y district" read as X in Y's region: the hits on Y
    (as a town or as a district) leave both lists."""
    framing: list[tuple[int, int]] = []
    for p in places:
        m = _of_district(text, p) if p.place.level is LocationLevel.city else None
        if m is None:
            continue
        centre = gazetteer.lookup(m.group("district"))
        if centre is None or centre.country_code != "UA":
            continue  # a raion of Ukraine; another country's district words are read elsewhere
        framing.append((m.start("district"), m.end()))
        p.place = _locality(text[p.start:p.end], p.place, centre)
    if not framing:
        return places
    districts[:] = [d for d in districts if not any(a <= d.start < b for a, b in framing)]
    return [p for p in places if not any(a <= p.start < b for a, b in framing)]


def _of_district(text: str, p: PlaceHit) -> re.Match[str] | None:
    """"of the Y district" after the community the hit names ("the X community" or "X" + "community")."""
    if _COMMUNITY_END.search(text, p.start, p.end):
        return _OF_DISTRICT.match(text, p.end)
    after = _COMMUNITY_AFTER.match(text, p.end)
    return _OF_DISTRICT.match(text, after.end()) if after else None


def _locality(written: str, place: lx.Place, centre: gazetteer.Place) -> lx.Place:
    name = re.sub(rf"\s+{_COMMUNITY}$", "", written, flags=re.I)
    name = re.sub(r"^(?:the\s+)?", "", name, flags=re.I)
    found = gazetteer.lookup(f"{name}, {centre.admin1}")  # any romanisation ("Kobeliaky", "Kobelyaky")
    if found is not None and found.level == "city":
        return lx.Place(found.name, found.admin1, found.country, LocationLevel.city)
    if place.admin1 == centre.admin1:
        return place
    return lx.Place(place.name, centre.admin1, centre.country, LocationLevel.city)


def frames_community(text: str, hit: PlaceHit, district_start: int) -> bool:
    """Is the district at `district_start` the frame of the community `hit` names ("the X
    community, Y district")? Then the district is no place hit of its own."""
    m = _of_district(text, hit)
    return m is not None and m.start("district") == district_start
