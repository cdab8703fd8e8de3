"""A place given by the heading of the section a record's sentences sit in.

A wire factbox, a digest or a live page heads its sections with a place ("KHERSON",
"## Zaporizhzhia", "**Mykolaiv region**", "Sumy:") and then tells what happened there without
naming it again, or by "the city", "the port". A record told in such a section is at the
heading's place, as long as its own sentences name no other town or region (a place named in
the section's sentences is another strike there, the heading does not override it).

A heading is a line of its own: a few words, no sentence end (`articles.section_headings`, the
reader the rules use too); any heading ends the section of the one before it ("ECONOMY" after
"KHERSON" closes Kherson's section), and so does a heading that is no place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ..articles.section_headings import heading_above
from .context import Window

if TYPE_CHECKING:
    from ..knowledge import Place


def section_heading_place(text: str, at: int) -> "Place | None":
    """The place heading the section `at` lies in, or None (no heading above it, or one that is
    no town or region)."""
    from ..knowledge import lookup

    heading = heading_above(text, at)
    place = lookup(heading.words) if heading is not None else None
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
