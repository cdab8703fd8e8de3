"""A district named after its centre town (atk8): "the Kremenchuk district", "in Nikopol district".
A raion takes the name of the town at its centre, so a known town's name followed by "district"
or "raion" is that district, in the town's region: a place hit of its own (level district), the
way a post's "Kupiansk district:" heading already reads (`sections._head_place`). A city's own
districts ("the Shevchenkivskyi district of Kyiv") carry names the gazetteer does not hold as towns."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import gazetteer
from ...records import LocationLevel
from .common import Facts, PlaceHit
from .community_places import frames_community
from .places import TITLE_OF_BEFORE
from .town_raions import district_as_told_town

_ADJECTIVE = re.compile(r"(?:sk|tsk|ck|zk)(?:yi|iy|ij|yy|y|i|ii|aya|ij)$", re.I)
_WHEREABOUTS = re.compile(r",?\s+(?:in|of)\s+(?:the\s+)?")
# r18 dev34-B7: "X, a village near the border in the Y district": where the village lies
_APPOSED_WHERE = re.compile(r",\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:village|hamlet|settlement|town)\b[^,.;:]{0,50}?\b(?:in|of)\s+(?:the\s+)?")
# (a word before the name may be the name's first: "the Bila Tserkva district", r29)
_RAION = re.compile(r"\b(?:(?P<first>[A-Z][\w'’-]+)\s+)?(?P<name>[A-Z][\w'’-]+)\s+(?:district|raion)\b"
                    r"(?!\s+of\s+(?:the\s+)?(?:city|town)\b)")


def add_named_raions(text: str, f: Facts) -> None:
    """Add 'X district' where X is a known town of the war's sides and no place covers it yet; the
    town itself, when read from the same words, gives way to its district."""
    s = f.sent
    for found in _RAION.finditer(text, s.start, s.end):
        name, start = _named(found)
        end = found.end()
        town = lx.lookup(name)
        if town is None or town.level is not LocationLevel.city or town.country not in lx.OPPONENT \
                or town.name != name or _ADJECTIVE.search(name):
            continue  # "the Kyivskyi district", "Oktyabrsky district": a city's own district, an adjective
        if any(p.start <= start < p.end and p.place.level is not LocationLevel.city for p in f.places):
            continue
        if lx.PLACE_TITLE_AFTER.match(text, end) or TITLE_OF_BEFORE.search(text, max(s.start, start - 60), start):
            continue  # "Nikopol district chief X said", r18 dev33-A3 "the head of the X district": the official's seat (dev20 B4)
        if any(p.end <= start and (_WHEREABOUTS.fullmatch(text, p.end, start) or frames_community(text, p, start)
                                       or _APPOSED_WHERE.fullmatch(text, p.end, start) or _apposed_raion(text, p, start, town))
               for p in f.places):
            continue  # "the village of X in the Nikopol district", "the X community, Nikopol district": where X lies
        f.places = [p for p in f.places if not (start <= p.start < end)]
        f.districts = [d for d in f.districts if not (start <= d.start < end)]
        place = lx.Place(f"{name} district", town.admin1, town.country, LocationLevel.district)
        f.places.append(PlaceHit(place, start, end))
        f.places.sort(key=lambda p: p.start)
    district_as_told_town(text, f)  # r18 dev34-B1: "over the X district" after a strike on X: X's frame


def _apposed_raion(text: str, p: PlaceHit, start: int, centre: lx.Place) -> bool:
    """r34 (dev56): "in the village of X, Y district": a locality with its raion after a bare comma, both in one
    region."""
    return p.place.level is LocationLevel.city and text[p.end:start].strip() == "," and p.place.admin1 == centre.admin1


def _named(m: re.Match[str]) -> tuple[str, int]:
    """The district's name as told and where it starts: one word, or two when the town's name has two
    ("the Bila Tserkva district")."""
    first, name = m.group("first"), m.group("name")
    two = f"{first} {name}" if first else None
    town = lx.lookup(two) if two else None
    if two and town is not None and town.name == two:
        return two, m.start()
    return name, m.start("name")


# r9: "the Kamensky district of the X region": a raion named by the adjective of its centre town
_ADJECTIVAL_RAION = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+?(?:sk|tsk|zk|ck)(?:yi|iy|ij|yy|y|ii|i))\s+(?:district|raion)\b"
    r"(?!\s+(?:of|in)\s+(?:the\s+)?(?:city|town|[A-Z][\w'’-]+\b(?!\s+(?:region|oblast|province|Oblast|Region)\b)))")
def add_adjectival_raions(text: str, f: Facts) -> None:
    """'The Kamensky district of the Rostov region': a raion named by an adjective, told with its
    region, is the locality hit, in that region, and replaces the region. Told alone, such a name
    may be a city's own district ("the Kyivskyi district" of Odesa), so it is left as it is."""
    s = f.sent
    regions = [p for p in f.places if p.place.level is LocationLevel.region]
    for m in _ADJECTIVAL_RAION.finditer(text, s.start, s.end):
        if any(p.start <= m.start() < p.end for p in f.places):
            continue
        own = next((r for r in regions if r.start >= m.end() and _WHEREABOUTS.fullmatch(text, m.end(), r.start)), None)
        centre = _centre_told_before(text, m, s.end) if own is None else None
        if own is None and centre is None:
            continue
        # the raion is the place hit: a place named only in an official's title ("the Rostov governor") goes
        f.places = [p for p in f.places if p is not own and not p.title]
        f.districts = [d for d in f.districts if not (m.start() <= d.start < m.end())]
        admin1, country = (own.place.admin1 or own.place.name, own.place.country) if own is not None else \
            (centre.admin1, centre.country) if centre is not None else (None, None)
        place = lx.Place(f"{m.group('name')} district", admin1, country, LocationLevel.district)
        f.places.append(PlaceHit(place, m.start(), m.end()))
        f.places.sort(key=lambda p: p.start)


# r4atk B5: the centre town an adjectival raion is named after: "Millerovsky" -> Millerovo,
# "Rylsky" -> Rylsk, "Engelssky" -> Engels, "Shebekinsky" -> Shebekino
_ADJECTIVE_ENDING = re.compile(r"(?:sk|tsk|zk|ck)(?:yi|iy|ij|yy|y|ii|i)$", re.I)
_STEM_ENDINGS = ("", "o", "a", "e", "y", "i", "sk", "ki", "ky")
_LOOK_BACK = 1200  # the paragraphs before: the town named there (its air base, its refinery)


def _centre_told_before(text: str, raion: re.Match[str], end: int) -> lx.Place | None:
    """The town a raion's adjective names, when that town is a known town of the war's sides other
    than a capital (city districts are named after capitals: "the Kyivskyi district" of Odesa) and
    the article names it, or its region, around the raion ("the Millerovo air base", "the Rostov
    governor said"): a raion of its own, not a district of the city in focus."""
    adjective = raion.group("name")
    ending = _ADJECTIVE_ENDING.search(adjective)
    if ending is None or _known_city_district(adjective):
        return None
    around = text[max(0, raion.start() - _LOOK_BACK):raion.start()] + " " + text[raion.end():end]  # not the raion's own words
    for name in _centre_names(adjective[:ending.start()], ending.group(0).lower().startswith("tsk")):
        town = lx.lookup(name)
        if town is not None and town.name == name and town.level is LocationLevel.city \
                and town.country in lx.OPPONENT and town.name not in lx.METONYMS and _told(around, town):
            return town
    return None


def _known_city_district(adjective: str) -> bool:
    """City districts share their names across cities ("Dniprovskyi" in Kyiv, Kherson and
    Zaporizhzhia, after the river): a name the gazetteer holds as a district is a city's district."""
    known = gazetteer.lookup(adjective)
    return known is not None and known.level == "district"


def _told(around: str, town: lx.Place) -> bool:
    region = re.sub(r"\s+(?:Oblast|Region|Krai|Republic)$", "", town.admin1 or "")
    return bool(re.search(rf"\b{re.escape(town.name)}\b", around)
                or region and re.search(rf"\b{re.escape(region)}\s+(?:region|oblast|governor|authorities)\b", around, re.I))


def _centre_names(stem: str, tsk: bool) -> list[str]:
    """Town names an adjective's stem can come from: the stem with a town's ending ("Millerov" ->
    Millerovo, "Valuy" -> Valuyki), a possessive "-ov/-ev" dropped ("Klintsov" -> Klintsy), and
    "-tsk-" from a town in "-k" ("Kremenchu-tskyi" -> Kremenchuk)."""
    stems = [stem + "t", stem + "k", stem + "ts"] if tsk else [stem]
    if re.search(r"[oe]v$", stem):
        stems.append(stem[:-2])
    return [s + tail for s in stems for tail in _STEM_ENDINGS]
