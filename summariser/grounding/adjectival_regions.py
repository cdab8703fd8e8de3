"""A Russian region a model writes in its Russian adjectival form ("Bryanskaya oblast",
"Belgorodskaya oblast", "Kurskaya obl."), as Ukrainian ones are written "Kharkivska oblast" (which
the gazetteer knows already): the same region as "Bryansk Oblast". The form is read back to the
region's name only when the gazetteer knows that region; grounding then checks that the article
names it, as for any place.
"""

from __future__ import annotations

import re

_ADJECTIVAL = re.compile(r"^\s*(?P<stem>[A-Z][a-z'’-]+?)(?P<sk>s?k)aya\s+obl(?:ast['’]?|\.)?\s*$", re.I)


def region_name(written: str) -> str | None:
    """"Bryanskaya oblast" -> "Bryansk Oblast", "Belgorodskaya oblast" -> "Belgorod Oblast"; None
    for anything else or a region the gazetteer does not know."""
    from ..knowledge import lookup

    m = _ADJECTIVAL.match(written)
    if m is None:
        return None
    stem = m.group("stem")
    for name in (f"{stem}{m.group('sk')}", stem):  # "Bryan|sk|aya" -> Bryansk, "Belgorod|sk|aya" -> Belgorod
        place = lookup(f"{name} Oblast")
        if place is not None and place.level == "region":
            return place.name
    return None
