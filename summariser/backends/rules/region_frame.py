"""A region that frames the town its sentence then names (atk7): "a drone attack on Russia's X
region killed a man in the village of Y", "shelling of the X region wounded two in Y". One
locality, Y in X (codebook: a region named beside its town is no second place)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...records import LocationLevel
from ...knowledge import gazetteer
from .common import Facts, PlaceHit

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


# --------------------------------------------------------------------------- dev16 B1: one rule for a containing region
# Two places told side by side as two ("X and the Y region", "X; in the Y region ...", "X, while
# in the Y region ...", "X and other parts of the Y region"): both were hit, neither contains the other.
_COORDINATED = re.compile(r"(?:^|[^\w])(?:and|or|as\s+well\s+as|plus|while|whereas|but|also|elsewhere|meanwhile|separately"
                          r"|other|another|rest)(?:[^\w]|$)|;", re.I)
# An unknown locality inside a region frame: "In the X region, debris hit a barn in Y", "... at the
# edge of Y", "on the outskirts of Y", "the village of Y".
_LOCALITY_IN_FRAME = re.compile(
    r"\b(?:in|near|outside|at\s+the\s+edge\s+of|on\s+the\s+(?:outskirts|edge)\s+of)\s+"
    r"(?:the\s+(?:village|town|settlement|city|hamlet)\s+of\s+)?"
    r"(?P<name>[A-Z][a-z]\w*(?:[-'’][A-Za-z]\w+)*)(?!\w|['’]s\b|\s+(?:[A-Z]|region|oblast|province|district|raion|krai))")
_SMALL = (LocationLevel.city, LocationLevel.district, LocationLevel.site)


def fold_containing_region(text: str, f: Facts) -> None:
    """A region the sentence names beside a smaller place of its own (a frame before it, an
    apposition after it, an official's title) only says where that place lies: the place keeps
    the region as its `admin1` and the region is no second location, whatever the words between
    them, unless the two are told as two ("X and the Y region"). A region frame around a locality
    the gazetteer lacks ("In the X region, ... in Y") makes Y a town of X."""
    for r in [p for p in f.places if p.place.level is LocationLevel.region]:
        admin1 = r.place.admin1 or r.place.name
        inside = [p for p in f.places if p.place.level in _SMALL and _within(p, admin1)
                  and not _COORDINATED.search(text[min(p.end, r.end):max(p.start, r.start)])]
        if not inside and len(f.places) == 1:
            inside = _unknown_locality(text, f, r)
            f.places += inside
        for p in inside:
            p.place = lx.Place(p.place.name, admin1, r.place.country or p.place.country, p.place.level)
        # a locality the gazetteer does not know may be misread (a farm, a hamlet coded by its
        # district): the region stays beside it as the wider place, so the record stays placed
        # ... except in a fronted frame ("In the central X region, ... near Y"), which tells where
        # its clause's locality lies and nothing else (dev20 B10)
        if any(lx.lookup(p.place.name) is not None for p in inside) or (inside and _fronted(text, f, r)):
            f.places = [p for p in f.places if p is not r]
        f.places.sort(key=lambda p: p.start)


def _fronted(text: str, f: Facts, r: PlaceHit) -> bool:
    """The region opens its sentence as a frame: "In (the) (central) X region, ..."."""
    return lx.REGION_FRAME_OPENING.fullmatch(text, f.sent.start, r.start) is not None


def _within(p: PlaceHit, admin1: str) -> bool:
    """The place lies in the region: the gazetteer says so, does not know its region, or holds a
    town of that name in that region too (Zolochiv of Kharkiv, not of Lviv)."""
    if p.place.admin1 in (None, admin1):
        return True
    return p.place.level is LocationLevel.city and gazetteer_in(p.place.name, admin1)


def gazetteer_in(name: str, admin1: str) -> bool:
    found = gazetteer.lookup(f"{name}, {admin1}")
    return found is not None and found.admin1 == admin1 and found.name == name


def _unknown_locality(text: str, f: Facts, r: PlaceHit) -> list[PlaceHit]:
    found = [m for m in _LOCALITY_IN_FRAME.finditer(text, f.sent.start, f.sent.end)
             if not r.start <= m.start("name") < r.end and m.group("name").lower() not in lx.NOT_PLACE_WORDS
             and lx.lookup(m.group("name")) is None and not lx.canonical_country(m.group("name"))
             and m.group("name") not in lx.WORLD_CITIES]
    if len(found) != 1:
        return []
    m = found[0]
    return [PlaceHit(lx.Place(m.group("name"), None, r.place.country, LocationLevel.city), m.start("name"), m.end("name"))]
