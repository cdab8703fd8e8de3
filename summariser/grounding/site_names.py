"""A site named through its city in another transliteration: a model writes "Zaporozhye NPP"
or "Nikolaev shipyard" where the article has the Zaporizhzhia nuclear plant or the Mykolaiv
shipyard. The gazetteer folds city names ("Kharkov" is Kharkiv) but a site's name is compared as
written; here it is split into its city part and its facility noun: the site is named when the
city part is a gazetteer place named in the window and a noun of the same facility group
(`data/site_nouns.yaml`: NPP, nuclear plant, nuclear power station ...) is there too.

"Kherson port" is not the Mykolaiv port (another city), nor "Kursk NPP" the Kurakhove plant.

A site the gazetteer knows under its city's other spelling ("Zaporozhye NPP" is the Zaporizhzhia
Nuclear Power Plant) is read as that site (`gazetteer_site`), so it is grounded as the article's
own spelling would be, also where the record's sentences say only "the plant".
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from .context import Window, _context


@lru_cache(maxsize=1)
def _groups() -> dict[str, tuple[str, ...]]:
    data = yaml.safe_load((resources.files(__package__) / "data" / "site_nouns.yaml").read_text(encoding="utf-8"))
    return {group: tuple(sorted(nouns, key=len, reverse=True)) for group, nouns in data.items()}


def _phrase(noun: str) -> str:
    return r"\b" + re.escape(noun).replace(r"\ ", r"\s+") + r"\b"


@lru_cache(maxsize=1)
def _site_patterns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(group, noun, the site-name pattern of that noun), in `_split`'s order: compiled once
    rather than escaped and looked up in `re`'s cache for every noun of every name."""
    return tuple((group, noun, re.compile(rf"(?:the\s+)?(?P<city>.+?)\s+{re.escape(noun)}"
                                          rf"|(?:the\s+)?{re.escape(noun)}\s+(?:of\s+|in\s+)?(?P<city2>.+)"))
                 for group, nouns in _groups().items() for noun in nouns)


# a record's place names repeat within an article and across a batch (grounding asks per window)
@lru_cache(maxsize=2048)
def _split(name: str) -> tuple[str, str] | None:
    """(city part, facility group) of a site name ("Zaporozhye NPP" -> ("Zaporozhye", "nuclear")),
    the facility noun at its end or its start ("the port of Odessa")."""
    low = " ".join(name.lower().split())
    for group, noun, pattern in _site_patterns():
        if noun not in low:  # the pattern holds the noun as written: no match without it
            continue
        m = pattern.fullmatch(low)
        if m is not None:
            return (m.group("city") or m.group("city2")).strip(), group
    return None


def site_named(name: str, text: str, window: Window | None) -> bool:
    """Is the site `name` named in the window through its city (any spelling the gazetteer folds)
    and a facility noun of its group?"""
    from ..knowledge import lookup
    from .names import ground_place

    parts = _split(name)
    if parts is None:
        return False
    city, group = parts
    place = lookup(city)
    if place is None or place.level not in ("city", "region"):
        return False
    a, b = window or (0, len(text))
    if not ground_place(place.name, text, (a, b)):
        return False
    lower = _context(text).lower
    return any(re.search(_phrase(noun), lower[a:b]) for noun in _groups()[group])


def gazetteer_site(name: str) -> str | None:
    """The gazetteer's name of the site `name` writes with another spelling of its city, or None
    (no site, or one the gazetteer knows as written)."""
    from ..knowledge import lookup

    parts = _split(name)
    if parts is None or lookup(name) is not None:
        return None
    city, group = parts
    place = lookup(city)
    if place is None or place.level != "city" or place.name.lower() == city:
        return None
    for noun in _groups()[group]:
        site = lookup(f"{place.name} {noun}")
        if site is not None and site.level == "site":
            return site.name
    return None


def site_short_named(name: str, text: str, start: int, end: int) -> bool:
    """r22 (dev42 L1): is the place mentioned at text[start:end] the city part of the site `name`,
    written in the short form "<city> <head>" ("the Zaporizhzhia plant" for the Zaporizhzhia nuclear
    power plant, "the Odesa harbour" for the port of Odesa): the head is the last word of one of the
    facility nouns of the site's group. Read only where an anaphor points back at the mention."""
    from ..knowledge import find_places, lookup

    parts = _split(name)
    if parts is None:
        return False
    city, group = parts
    place = lookup(city)
    if place is None or not any(m.start == start and m.place.key == place.key for m in find_places(text)):
        return False
    heads = sorted({noun.split()[-1] for noun in _groups()[group]}, key=len, reverse=True)
    return re.match(rf"\s+(?:{'|'.join(re.escape(h) for h in heads)})\b", text[end:], re.I) is not None
