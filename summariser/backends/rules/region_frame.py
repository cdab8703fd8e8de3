"""A region that frames the town its sentence then names (atk7): "a drone attack on Russia's X
region killed a man in the village of Y", "shelling of the X region wounded two in Y". One
locality, Y in X (codebook: a region named beside its town is no second place)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...records import LocationLevel
from ...knowledge import gazetteer
from .common import Facts, PlaceHit
from .strike_event import Event, dates_compatible

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
_SEA_AFTER = re.compile(r"^(?:\s*,\s*|\s+)(?:(?:and|as\s+well\s+as)\s+)?(?:over\s+)?the\s+(?:(?:Black|Azov|Caspian|Baltic)\s+Sea|Sea\s+of\s+Azov)\b")


def sea_theatre(text: str, f: Facts) -> bool:
    """Interceptions told over a few named areas that end on a sea ("over the X region, Crimea and
    the Black Sea") are the figures of that theatre, a regional record (atk7), not a breakdown of a
    nationwide total ("over the A, B and C regions" is one). Round 14 (dev26 B2): a tally over a
    list of regions keeps its nationwide reading when a sea is added to it ("over the A, B and C
    regions and over the Black Sea", "over A, B, Crimea and the Caspian Sea"): the sea is one more
    item of the ministry's list, not the theatre of a regional record (codebook 3)."""
    if not f.places or not _SEA_AFTER.match(text[f.places[-1].end:f.sent.end]):
        return False
    return not _region_list(text, f)


# "the A, B and C regions", "the regions of A and B": a list told with the plural class noun
_PLURAL_AFTER = re.compile(r"\s*(?:border\s+)?(?:regions|oblasts|provinces)\b", re.I)
_PLURAL_BEFORE = re.compile(r"\b(?:regions|oblasts|provinces)\s+of\s+(?:the\s+)?$", re.I)


def _region_list(text: str, f: Facts) -> bool:
    """The areas before the sea are a list of regions: three or more named areas, or two regions
    told with the plural "regions" (a region and Crimea before a sea stay a theatre, atk7)."""
    if len(f.places) >= 3:  # "over Lipetsk, Oryol, Crimea and the Caspian Sea": named by their seats too
        return True
    areas = [p for p in f.places if p.place.level is LocationLevel.region]
    if len(areas) != len(f.places) or len(areas) < 2:
        return False
    plural = any(_PLURAL_AFTER.match(text, p.end, f.sent.end) or "regions" in text[p.start:p.end].lower() for p in areas)
    return plural or bool(_PLURAL_BEFORE.search(text, max(f.sent.start, areas[0].start - 30), areas[0].start))


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
        # dev22 B7 / dev21 B9: and in an apposition right after the locality ("in Y, in the X region,",
        # "on the outskirts of Y, X region", "Y (X region)"): one order more of the same frame
        if any(lx.lookup(p.place.name) is not None for p in inside) or (inside and (_fronted(text, f, r) or _apposed(text, inside, r))):
            f.places = [p for p in f.places if p is not r]
        f.places.sort(key=lambda p: p.start)


# r19 (dev36 A5): a run-in head in bold that names the region ("**X region.** A bomb hit Y ...")
_RUN_IN_HEAD = re.compile(r"\s*(?:\*\*|__)\s*(?:the\s+)?", re.I)
_RUN_IN_CLOSE = re.compile(r"(?:\s+(?:region|oblast|province))?\s*[.:]?\s*(?:\*\*|__)", re.I)


def _fronted(text: str, f: Facts, r: PlaceHit) -> bool:
    """The region opens its sentence as a frame: "In (the) (central) X region, ...", or as the
    paragraph's run-in head ("**X region.** ...")."""
    return lx.REGION_FRAME_OPENING.fullmatch(text, f.sent.start, r.start) is not None \
        or (_RUN_IN_HEAD.fullmatch(text, f.sent.start, r.start) is not None
            and _RUN_IN_CLOSE.match(text, r.end, f.sent.end) is not None)


# between a locality and the region that follows it as its apposition: ", in the (southern) ", " (", ", "
_APPOSITION = re.compile(r"\s*(?:,|\(|\u2014|\u2013|-)?\s*(?:in\s+)?(?:the\s+|Russia['’]s\s+|Ukraine['’]s\s+)?"
                         r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?", re.I)


def _apposed(text: str, inside: list[PlaceHit], r: PlaceHit) -> bool:
    """The region follows one of its localities as its apposition: "in Y, in the X region,"."""
    return any(p.end <= r.start and _APPOSITION.fullmatch(text, p.end, r.start) is not None for p in inside)


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


# --------------------------------------------------------------------------- r18: a region beside its one locality
_LOCALITIES = (LocationLevel.city, LocationLevel.district, LocationLevel.site)


def region_frames_of_towns(events: list[Event]) -> list[Event]:
    """Round 18 (dev34-B7, dev33-A8): a record whose sentences named a region and, in other
    sentences, the one locality of that region that was struck ("Drones attacked the X region
    overnight. In Y, a depot burned") is that locality's record: the region is its frame, no second
    place (codebook 1 and 3). A record of the locality alone, the same night and attacker (the
    district tally "over the Y district"), is then the same record and joins it."""
    out = list(events)
    for ev in events:
        if ev not in out or ev.country_level is not None:
            continue
        regions = [p for p in ev.places if p.level is LocationLevel.region]
        towns = [p for p in ev.places if p.level in _LOCALITIES]
        if len(regions) != 1 or len(towns) != 1 or len(ev.places) != 2 \
                or towns[0].admin1 != (regions[0].admin1 or regions[0].name) \
                or any(f.has_numbers and any(p.place.name == regions[0].name for p in f.places) for f in ev.facts):
            continue  # "64 drones were downed over the X region and the sea": the region's own tally (atk7)
        if towns[0].level is LocationLevel.city and lx.lookup(towns[0].name) is None and gazetteer.lookup(towns[0].name) is None:
            continue  # a hamlet the gazetteer lacks may be misread: the region stays as the wider place (dev16 B1)
        ev.places = towns
        twin = next((e for e in out if e is not ev and e.country_level is None and [p.name for p in e.places] == [towns[0].name]
                     and dates_compatible(e.date, ev.date) and not (e.attacker and ev.attacker and e.attacker != ev.attacker)), None)
        if twin is not None:
            ev.facts = sorted(ev.facts + twin.facts, key=lambda f: f.idx)
            ev.date, ev.attacker, ev.target = ev.date or twin.date, ev.attacker or twin.attacker, ev.target or twin.target
            ev.last_idx = max(ev.last_idx, twin.last_idx)
            out.remove(twin)
    return out
