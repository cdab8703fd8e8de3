"""The region a regional official's post is about: the one region its opening (a greeting, a title,
a heading: "Dear residents of the Tambov region!") names, when the article names no other region
anywhere (a second region makes "our region" ambiguous). One reader for both sides: the rules put a
place-less record told by "our region" on it (`backends/rules/post_region.py`), grounding keeps a
model's region for a record told only by "the region" (`grounding/post_region.py`).

The opening and "a region named" are read as each side has always read them, on purpose: the
rules take the first sentence and a region named with a region word as the rules' gazetteer view
reads it (`regions_named_as_such`); grounding takes the first lines and every region the gazetteer
finds (`region_keys`), since a model's region is checked against any way the text names it.
"""

from __future__ import annotations

import re
from typing import Callable, Optional, TypeVar

from ..records import LocationLevel
from . import views
from .gazetteer import find_places

Region = TypeVar("Region")
Window = tuple[int, int]
# how many opening lines hold the post's greeting, title or heading
OPENING_LINES = 3
_LINE = re.compile(r"[^\n]*\S[^\n]*")


def opening_lines(text: str, count: int = OPENING_LINES) -> Window:
    """The span of the text's first `count` non-empty lines."""
    lines = [m for m in _LINE.finditer(text)][:count]
    return (0, lines[-1].end()) if lines else (0, 0)


def regions_named_as_such(text: str, start: int = 0, end: Optional[int] = None) -> set[views.Place]:
    """The regions named with a region word ("the Kursk region", "Sumy Oblast") in text[start:end]."""
    found = set()
    for m in views.GAZETTEER_RE.finditer(text, start, len(text) if end is None else end):
        suffix = m.group("suffix")
        place = views.lookup(m.group("name") or "", suffix) if suffix else None
        if place is not None and place.level is LocationLevel.region:
            found.add(place)
    return found


def region_keys(text: str, start: int = 0, end: Optional[int] = None) -> set[str]:
    """The gazetteer keys of the regions the text names from `start` to `end` (mentions found in
    the whole text, so that one at the window's edge reads as it does in its sentence)."""
    stop = len(text) if end is None else end
    return {m.place.key for m in find_places(text) if start <= m.start < stop and m.place.level == "region"}


def post_region(text: str, opening: Window, regions: Callable[[str, int, int], set[Region]]) -> Optional[Region]:
    """The one region `regions` reads in the opening, when it reads no other in the whole text."""
    named = regions(text, *opening)
    return next(iter(named)) if len(named) == 1 and regions(text, 0, len(text)) == named else None
