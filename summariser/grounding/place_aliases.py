"""A place the text names under another spelling the gazetteer knows: a town of occupied Ukraine
written in its Russian transliteration ("Kamenka-Dneprovskaya") resolves, through the gazetteer's
tolerant lookup, to the Ukrainian spelling; a model copying the article's spelling then has its
place completed to that spelling, which the exact scan of the text's place names never finds.

`alias_named` reads each capitalised name in the text through the same lookup: when one resolves
to the very place (same gazetteer key), the place is named. A name that resolves to another
place of the same spelling (another "Kamianka") names nothing here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .context import Window, _context

# A capitalised name of up to three words, hyphenated parts included ("Kamenka-Dneprovskaya",
# "Velikiye Luki", "Novaya Kakhovka").
_NAME = re.compile(r"\b[A-Z][\w'’]+(?:-[\w'’]+)*(?:\s+[A-Z][\w'’]+(?:-[\w'’]+)*){0,2}")
# a name before a region word names the region, which the text's place scan reads already
# ("the Dnipropetrovsk region" is no mention of the city once called Dnipropetrovsk)
_REGION_AFTER = re.compile(r"['’]?s?\s+(?:region|oblast|province|district|raion|krai|territory|area)\b", re.I)


def alias_named(place_key: str, text: str, window: Window) -> bool:
    """Does a name in text[window] resolve, through the gazetteer, to the place `place_key`?"""
    a, b = window
    return any(a <= start and end <= b for start, end in _named_keys(text).get(place_key, ()))


@lru_cache(maxsize=64)
def _named_keys(text: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """Gazetteer keys of the capitalised names in the (grounded) text, with where each stands."""
    from ..knowledge import lookup

    found: dict[str, list[tuple[int, int]]] = {}
    grounded = _context(text).grounded
    for m in _NAME.finditer(grounded):
        if _REGION_AFTER.match(grounded, m.end()):
            continue
        words = m.group(0).split()
        for i in range(len(words)):  # "Governor Kamenka-Dneprovskaya": the name may start later
            name = " ".join(words[i:])
            place = lookup(name)
            if place is not None and place.level != "country":
                start = m.start() + m.group(0).index(words[i])
                found.setdefault(place.key, []).append((start, m.end()))
                break
    return {k: tuple(v) for k, v in found.items()}


# A model's habit: a city word on a region's name ("Tatarstan city", "city of Bashkortostan").
_CITY_HABIT = re.compile(r"^\s*(?:(?:the\s+)?city\s+of\s+(?P<after>.+?)|(?P<before>.+?)\s+city)\s*$", re.I)


def region_for_city_habit(written: str) -> str | None:
    """"Tatarstan city" (a region no city of that name shares) -> "Tatarstan": the gazetteer knows
    no such city, so the name is the region, at the gazetteer's level. A real city ("Kharkiv
    city", "Moscow City") keeps its own reading; None when nothing changes."""
    from ..knowledge import lookup

    head, _, rest = written.partition(",")
    m = _CITY_HABIT.match(head)
    if m is None or lookup(written.strip()) is not None:
        return None
    name = (m.group("after") or m.group("before")).strip()
    place = lookup(name)
    if place is None or place.level != "region":
        return None
    return f"{name},{rest}" if rest.strip() else name
