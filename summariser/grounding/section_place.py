"""A place given by the heading of the section a record's sentences sit in.

A wire factbox, a digest or a live page heads its sections with a place ("KHERSON",
"## Zaporizhzhia", "**Mykolaiv region**", "Sumy:") and then tells what happened there without
naming it again, or by "the city", "the port". A record told in such a section is at the
heading's place, as long as its own sentences name no other town or region (a place named in
the section's sentences is another strike there, the heading does not override it).

A heading is a line of its own: a few words, no sentence end; any heading ends the section of the
one before it ("ECONOMY" after "KHERSON" closes Kherson's section), and so does a heading that is
no place.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from .context import Window

if TYPE_CHECKING:
    from ..knowledge import Place

# a line alone: markdown marks, bold, a bullet and a final colon allowed; no sentence inside it
_HEADING_LINE = re.compile(r"^[ \t]*(?:#{1,6}[ \t]*|[•·▪►*\-–—][ \t]+)?(?:\*\*|__)?(?P<words>[^\n.!?;]{2,48}?)"
                           r"(?:\*\*|__)?[ \t]*:?[ \t]*$", re.M)
_MAX_HEADING_WORDS = 5


@lru_cache(maxsize=64)
def _headings(text: str) -> tuple[tuple[int, int, "Place | None"], ...]:
    """(start, end, place or None) of each heading line, in order."""
    from ..knowledge import lookup

    out = []
    for m in _HEADING_LINE.finditer(text):
        words = m.group("words").strip()
        if not words or len(words.split()) > _MAX_HEADING_WORDS or not words[0].isalpha():
            continue
        out.append((m.start(), m.end(), lookup(words)))
    return tuple(out)


def section_heading_place(text: str, at: int) -> "Place | None":
    """The place heading the section `at` lies in, or None (no heading above it, or one that is
    no town or region)."""
    above = [h for h in _headings(text) if h[1] <= at]
    if not above:
        return None
    place = above[-1][2]
    return place if place is not None and place.level not in ("country", "site") else None


def place_from_section(name: str, text: str, evidence: Sequence[Window]) -> bool:
    """Is `name` the place heading the section of every evidence window, with no other town or
    region named in those windows?"""
    from ..knowledge import find_places, lookup
    from .context import _context

    place = lookup(name)
    if place is None or not evidence:
        return False
    heads = {h.key if (h := section_heading_place(text, a)) is not None else None for a, _ in evidence}
    if heads != {place.key}:
        return False
    grounded = _context(text).grounded
    return not any(m.place.key != place.key and m.place.level not in ("district", "site", "country")
                   for m in find_places(grounded) if any(a <= m.start < b for a, b in evidence))
