"""A village whose name the gazetteer knows in another country than the one the article frames
(a Russian governor's post about "Ivanovka", read by the gazetteer as a Crimean Ivanovka) is
the frame's village: the region the record's sentence, its paragraph or the article's first line
names, in the country the answer says was hit.

    "Kursk region.\\nIn Ivanovka, a transformer caught fire after a UAV strike."
        answer Ivanovka, target Russia -> Ivanovka, Kursk Oblast, Russia (not Crimea, Ukraine)
    "In Ivanivka, Kherson region, a shell hit a school."  answer target Ukraine -> unchanged

Only a contradiction of countries the text cannot settle moves the place: the answer's target
country must be the frame region's, not the gazetteer's reading of the name, and the article must
name that country in no form (an article that names Russia settles a Russian target by name, and
"missiles struck Dnipro" in a Belgorod post keeps Dnipro in Ukraine).
"""

from __future__ import annotations

import re

from ..knowledge.gazetteer import Place, find_places, geocode
from ..records import Location, LocationLevel
from .names import canonical_actor, ground_actor
from .region_city import city_of_region

_PARAGRAPH = re.compile(r"\n\s*\n")


def framed_place(loc: Location, target: str | None, text: str, windows: list[tuple[int, int]],
                 written: str | None = None) -> Location:
    """The place an answer's `loc` names once the record's sentences are read: the one city of a
    region they name (`region_city`), the town of the written name in the region they name
    (`homonym_in_told_region`), or a homonym moved into the frame region."""
    loc = city_of_region(loc, text, windows) or loc
    if written and (told := homonym_in_told_region(loc, written, text, windows)) is not None:
        return told
    return framed_homonym(loc, target, text, windows, written) or loc


def homonym_in_told_region(loc: Location, written: str, text: str, windows: list[tuple[int, int]]) -> Location | None:
    """A name the gazetteer gives first to a town elsewhere (an alias of a bigger town: "Dubno" is
    also a spelling of a Russian Dubna) is the town of that name in the region the record's own
    sentences name: "a drone hit Dubno, in the Rivne region" -> Dubno, Rivne Oblast, whatever
    countries the article names. Only one such region with one such town moves the place."""
    if loc.level is not LocationLevel.city or not windows:
        return None
    regions = {m.place.key: m.place for a, b in windows for m in find_places(text[a:b]) if m.place.level == "region"}
    if not regions or any(r.admin1 == loc.admin1 for r in regions.values()):
        return None
    name = written.split(",")[0].split(" (")[0].strip()
    found = {p.key: p for r in regions.values()
             if (p := geocode(name, r.admin1, r.country)) is not None and p.level == "city"}
    if len(found) != 1:
        return None
    place = next(iter(found.values()))
    return Location(name=place.name, admin1=place.admin1, country=place.country, level=LocationLevel.city)


def framed_homonym(loc: Location, target: str | None, text: str, windows: list[tuple[int, int]],
                   written: str | None = None) -> Location | None:
    """`loc` moved into the frame region of the target's country, or None to keep it. Only when
    the article names that country in no form (its own officials' posts seldom do). The frame's
    town is looked up by the name as `written` ("Rovenki"), not by the gazetteer's name of the
    other town it was read as ("Rovenky")."""
    country = (canonical_actor(target) or target) if target else None
    if loc.level is not LocationLevel.city or not country or loc.country in (None, country) or not windows \
            or ground_actor(country, text) is not None:
        return None
    region = next((r for r in _frame_regions(text, windows) if r.country == country), None)
    if region is None:
        return None
    name = written.split(",")[0].split(" (")[0].strip() if written else loc.name
    found = geocode(name, region.admin1, region.country) or geocode(loc.name, region.admin1, region.country)
    if found is not None and found.level == "city":
        return Location(name=found.name, admin1=found.admin1, country=found.country, level=LocationLevel.city)
    return Location(name=loc.name, admin1=region.admin1, country=region.country, level=LocationLevel.city)


def _frame_regions(text: str, windows: list[tuple[int, int]]) -> list[Place]:
    """The regions named around the windows, nearest first: their sentences, their paragraphs,
    then the article's first line (a post's or a story's heading)."""
    a, b = min(w[0] for w in windows), max(w[1] for w in windows)
    starts = [m.end() for m in _PARAGRAPH.finditer(text, 0, a)]
    lo = starts[-1] if starts else 0
    after = _PARAGRAPH.search(text, b)
    hi = after.start() if after else len(text)
    first_line = text[:text.find("\n")] if "\n" in text else text[:200]
    out: list[Place] = []
    for piece in (text[a:b], text[lo:hi], first_line):
        out += [m.place for m in find_places(piece) if m.place.level == "region"]
    return out


_TOWN_OF = re.compile(r"^(?:the\s+)?(?:city|town|village|settlement|port)\s+of\s+", re.I)  # "city of Primorsk"


def target_namesake(loc: Location, written: str, target: str | None) -> Location:
    """A town whose own name is the name as written, in the record's target country, rather than
    a town elsewhere that only holds that spelling as an alias: "Primorsk" struck by Ukraine is the
    Baltic port, not Zaporizhzhia's Prymorsk, which the gazetteer also spells so (round 17)."""
    country = (canonical_actor(target) or target) if target else None
    if loc.level is not LocationLevel.city or not country or loc.country in (None, country):
        return loc
    name = _TOWN_OF.sub("", written.split(",")[0].split(" (")[0].strip())
    found = geocode(name, None, country)
    if found is None or found.level != "city" or found.name.casefold() != name.casefold():
        return loc
    return Location(name=found.name, admin1=found.admin1, country=found.country, level=LocationLevel.city)
