"""The place an official's title serves (dev18 B3): "In X, regional head Y said ..." frames the
region X; a governor's or regional head's title alone names the region when it says so, frames it
or spells the region's own name ("Dnipropetrovsk Gov." is not the city Dnipro); a mayor's title
names the city. Vocabulary: knowledge/data/cues/anchoring.yaml (title_after, regional_titles,
city_titles)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...records import LocationLevel
from .common import PlaceHit

# dev18 B3: "In X, regional head Y said ...", "In X, Gov. Y said": X frames the official's region
_FRAME_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*)In\s+(?:the\s+)?$")
_FRAMED_TITLE_AFTER = re.compile(rf",\s+(?:the\s+)?(?:{cues.alternation('anchoring', 'title_after')})\b", re.I)
_REGIONAL_TITLE = cues.regex("anchoring", "regional_titles")
_CITY_TITLE = cues.regex("anchoring", "city_titles")


# "..., said a drone hit a barn in the X district": a district of the region the frame names
_NAMED_DISTRICT_AFTER = re.compile(r"[^.!?]*?\b[A-Z][\w'’-]+\s+(?:district|raion|community|hromada)\b")


def framed_title(text: str, p: PlaceHit) -> bool:
    """The place opens the sentence as "In X, <title> Y ..."."""
    return bool(_FRAME_OPENING.search(text[max(0, p.start - 12):p.start])) and _FRAMED_TITLE_AFTER.match(text, p.end) is not None


def served_place(text: str, p: PlaceHit) -> lx.Place:
    """The place an official's title serves: the region when the title says so ("Kharkiv regional
    head"), frames it ("In X, Gov. Y said") or spells the region's own name ("Dnipropetrovsk
    Gov.", not the city Dnipro); a mayor's is the city; "the X governor" keeps X as read."""
    framed = framed_title(text, p)
    m = _FRAMED_TITLE_AFTER.match(text, p.end) if framed else lx.PLACE_TITLE_AFTER.match(text, p.end)
    place = p.place
    if m is None or place.level is not LocationLevel.city or place.admin1 is None or _CITY_TITLE.search(m.group(0)):
        return place
    spelled = text[p.start:p.end].split("'")[0].split("’")[0].strip()
    if framed or _REGIONAL_TITLE.search(m.group(0)) or spelled != place.name and place.admin1.startswith(spelled):
        return lx.Place(place.admin1, place.admin1, place.country, LocationLevel.region)
    return place


def named_district_after(text: str, pos: int) -> bool:
    """A named district follows in the sentence ("... a barn in the X district")."""
    return _NAMED_DISTRICT_AFTER.match(text, pos) is not None
