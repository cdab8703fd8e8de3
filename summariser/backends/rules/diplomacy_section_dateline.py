"""A dateline opening the sentence as the venue of the gathering it tells (dev29 class D10): in a
round-up each section opens "BERLIN - Merz hosted …", "BRUSSELS - EU ambassadors failed …"; the
section's city is where the gathering took place when the sentence names no other place (a wire
bureau's dateline only when the city's state is a side, or an organisation is). A measure
counts when a gathering body decides it ("EU ambassadors approved …"); a trip, a call, aid given
from a capital and a dateline with no gathering are read as before."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ... import lexicon as lx
from ...records import DiplomacyKind, Location, LocationLevel
from ...sentences import Sentence
from .common import city_location

_GATHERINGS = {DiplomacyKind.summit, DiplomacyKind.meeting, DiplomacyKind.talks, DiplomacyKind.agreement}
_BODY = re.compile(r"\b(?:ambassadors|envoys|ministers|leaders|heads\s+of\s+(?:state|government)|diplomats|negotiators|delegates)\b", re.I)
_WORDS = re.compile(r"\s*([A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+)*)")


def dateline_city(text: str, dateline: re.Match[str] | None) -> lx.Place | None:
    """The city a dateline names in capitals ("BERLIN - ", "RIGA, Sept 3 (Agency) - "), or None."""
    words = _WORDS.match(text, dateline.start(), dateline.end()) if dateline else None
    place = lx.lookup(words.group(1).title()) if words else None
    return place if place is not None and place.level is LocationLevel.city else None


def section_venue(text: str, s: Sentence, kind: DiplomacyKind, cue: re.Match[str],
                  sides: Sequence[str]) -> Location | None:
    """The city of the dateline that opens the sentence, for a gathering (or a measure a gathering
    body decides) the sentence places nowhere else; a wire bureau's dateline ("LONDON (Agency) -
    Merz received Tusk") only when its state is a side or an organisation is."""
    if (head := _place_head(text, s)) is not None and kind in (*_GATHERINGS, DiplomacyKind.visit):
        return city_location(head)  # a diary's or a bulletin's paragraph: "Ankara. Consultations of ..."
    if kind not in _GATHERINGS and not (kind is DiplomacyKind.sanctions and _BODY.search(text, s.start, cue.start())):
        return None
    dateline = lx.DATELINE.match(text, s.start, s.end)
    place = dateline_city(text, dateline)
    if dateline is None or place is None:
        return None
    if "(" in dateline.group(0) and place.country not in sides and not any(lx.canonical_org(p) for p in sides):
        return None  # a wire bureau's dateline ("LONDON (Agency) -") names where it filed, not a venue
    return city_location(place)


# r39: a line opened by a city's name alone, closed by a full stop or a colon ("Ankara. Consultations of the two
# foreign ministers ...", "Oslo: the envoy joins the donors' conference"): a diary's or a bulletin's paragraph, placed by its head
_HEAD = re.compile(r"[ \t]*(?:[*_#]+[ \t]*)?(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})(?:[*_]+)?[ \t]*[.:](?:[*_]+)?[ \t]+(?=\S)")


def _place_head(text: str, s: Sentence) -> lx.Place | None:
    """The city heading the line the sentence stands in, when the head is no part of the sentence."""
    line = text.rfind("\n", 0, s.start) + 1
    head = _HEAD.match(text, line, s.start + 1)
    if head is None or head.end() > s.start:
        return None
    place = lx.lookup(head.group("name"))
    return place if place is not None and place.level is LocationLevel.city else None
