"""A named part of a city told as the place hit: its city (codebook 1, districts of one city stay on the
city's record; r34, dev56). "a block in Saltivka", "a courtyard in the Kyivskyi district" in a story on
Kharkiv are Kharkiv. The parts are data (`knowledge/data/city_parts.yaml`): a part is read as the one city
of its own that the article names; with none named, or two, it stays as written."""

from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicon as lx
from ...knowledge._data import load
from .common import Facts, PlaceHit


@lru_cache(maxsize=1)
def _parts() -> tuple[dict[str, list[str]], re.Pattern[str]]:
    cities: dict[str, list[str]] = {}
    for city, parts in load("city_parts.yaml").items():
        for part in parts:
            cities.setdefault(str(part), []).append(str(city))
    names = "|".join(re.escape(p) for p in sorted(cities, key=len, reverse=True))
    return cities, re.compile(rf"\b(?P<part>{names})(?:\s+(?:district|raion|neighbourhood|neighborhood|quarter))?\b")


def parts_as_cities(text: str, f: Facts) -> None:
    """Each part of a city the sentence names as a place: a place hit on its city."""
    cities, pattern = _parts()
    for m in pattern.finditer(text, f.sent.start, f.sent.end):
        city = _city_of(text, cities[m.group("part")])
        if city is None:
            continue
        hits = [p for p in f.places if p.start < m.end() and m.start() < p.end]
        if any(p.place.name == city.name for p in f.places):
            f.places = [p for p in f.places if p not in hits]  # the city is told in the sentence already
        elif hits:
            f.places = [PlaceHit(city, p.start, p.end, p.title) if p in hits else p for p in f.places]
        elif not f.places and (not f.districts or f.date is not None or f.weapon_types):
            # (a toll told by its district alone goes to the city's record told last: `placeless_events`)
            f.places = [PlaceHit(city, m.start(), m.end())]


def _city_of(text: str, candidates: list[str]) -> lx.Place | None:
    """The one city of the candidates the article names (a part read as a city the article never names would
    be a place the article does not support)."""
    named = [c for c in candidates if re.search(rf"\b{re.escape(c)}\b", text)]
    return lx.lookup(named[0]) if len(named) == 1 else None


def told_as_cities(text: str, told: list[lx.Place]) -> list[lx.Place]:
    """The article's places with each part of a city read as that city (a story on Kharkiv that names
    Saltivka names one city, `sections.sole_city`)."""
    cities, _ = _parts()
    out = []
    for place in told:
        city = _city_of(text, cities[place.name]) if place.name in cities else None
        out.append(city or place)
    return out
