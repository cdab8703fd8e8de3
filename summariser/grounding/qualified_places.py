"""A place a model writes with an admin qualifier the article does not give: "Nikolskoye (Moscow,
Russia)" or "Nikolskoye, Moscow Oblast" for a village the article places "in the Belgorod
region". The name the article gives is kept and its region is read from the article (the
region named beside it in the same sentence: "in the Belgorod region", "Belgorod Oblast's ...",
"the region of Belgorod"), or else read as the bare name would be; the model's qualifier is never
kept. A head name the article never gives is still refused (the caller grounds the head as any
other place).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Optional, Sequence

from ..records import Location

if TYPE_CHECKING:
    from ..knowledge.gazetteer import Place
from .names import unbracket

_REGION_WORD = r"(?:region|oblast|province|krai|republic)"
# How far from the place, in its sentence, its region may be named.
_REGION_REACH = 90


def head_name(raw: str) -> str | None:
    """The name before a model's qualifiers ("Nikolskoye" for "Nikolskoye (Moscow, Russia)" or
    "Nikolskoye, Moscow Oblast"); None when the raw name has no qualifier."""
    head = unbracket(raw.strip()).split(",")[0].strip()
    return head if head and head != raw.strip() else None


def qualifier_agrees(raw: str, loc: Location) -> bool:
    """Does every part of a model's qualifier ("Kharkiv Oblast", "Ukraine") name the place's own
    region or country, as the gazetteer reads the place? "Kramatorsk (Kharkiv Oblast)" does not."""
    from ..knowledge import lookup

    head = head_name(raw)
    if head is None:
        return False
    qualifier = raw.strip()[len(head):]
    for part in re.split(r"[(),;]", qualifier):
        part = part.strip()
        if not part:
            continue
        if part.lower() in {(loc.country or "").lower(), (loc.admin1 or "").lower()}:
            continue
        place = lookup(part) or lookup(f"{part} region")
        if place is None or place.name not in {loc.admin1, loc.country}:
            return False
    return True


def located_as_written(head: str, text: str, windows: Sequence[tuple[int, int]]) -> Location:
    """The head name, with the region the article names beside it (or none)."""
    from ..knowledge import lookup

    from .complete import resolve_location

    loc, known = resolve_location(head)
    region = _region_beside(head, text, windows, lookup)
    if region is not None:
        return Location(name=loc.name if known else head, admin1=region.name, country=region.country, level=loc.level)
    return loc  # no region beside it: the bare name's reading, as if the model had written only that


def _region_beside(head: str, text: str, windows: Sequence[tuple[int, int]],
                   lookup: Callable[[str], Optional["Place"]]) -> Optional["Place"]:
    """The gazetteer's region the article names within reach of the head name, in its sentence."""
    for a, b in windows:
        for m in re.finditer(rf"(?<![\w-]){re.escape(head)}(?![\w-])", text[a:b], re.I):
            at = a + m.start()
            lo, hi = max(a, at - _REGION_REACH), min(b, a + m.end() + _REGION_REACH)
            before = re.split(r"[.!?]\s", text[lo:at])[-1]
            after = re.split(r"[.!?]\s", text[a + m.end():hi])[0]
            for part in (after, before):
                for r in re.finditer(rf"\b([A-Z][\w'’-]+)(?:['’]s)?\s+{_REGION_WORD}\b|\b{_REGION_WORD}\s+of\s+([A-Z][\w'’-]+)", part):
                    place = lookup(f"{r.group(1) or r.group(2)} region")
                    if place is not None and place.level == "region":
                        return place
    return None
