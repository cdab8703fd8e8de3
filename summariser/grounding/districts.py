"""A district (raion) written as such keeps the district level.

"the Belorechensky district", "Nikopol raion", "Bilhorod-Dnistrovskyi district" name a district, not
the town it is named after: the gazetteer's nearest match is that town, at city level, which
would move the strike into the town. The district keeps its name as written and the level
`district`; the oblast and country come from the town the gazetteer matched (a raion lies in its
centre's oblast), when it matched one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Optional

from ..records import Location, LocationLevel

if TYPE_CHECKING:
    from ..knowledge import Place

_DISTRICT = re.compile(r"^(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:district|raion|rayon)$")


def district_as_written(written: str, lookup: Callable[[str], Optional["Place"]]) -> tuple[Location, bool] | None:
    """The district these words name, or None when they name no district (or the gazetteer
    knows the district itself)."""
    m = _DISTRICT.match(" ".join(written.split()))
    if m is None:
        return None
    place = lookup(written.strip())
    if place is not None and place.level == "district":
        return None  # the gazetteer's own district: its entry decides
    name = f"{m.group('name')} district"
    if place is None:
        return Location(name=name, level=LocationLevel.district), False
    return Location(name=name, admin1=place.admin1, country=place.country, level=LocationLevel.district), True
