"""A facility named after its city: "Video from the Syzran refinery shows flames" after "drones
attacked the Samara region". The sentence has no strike verb, but its facility names the city
the strike fell on, which then stands for the region (event_folds.region_into_city). Only a sentence
that tells visible damage at the facility counts: the name alone is often just a landmark."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues, gazetteer
from ...knowledge.views import WAR_COUNTRIES
from ...records import LocationLevel
from ...sentences import Sentence
from .common import Facts, PlaceHit

_FACILITY = re.compile(rf"\s+(?:{cues.alternation('strike', 'facility_after_city')})\b", re.I)
_DAMAGE = cues.pattern("strike", "visible_damage")


# r41: "the X Chemical Plant in Y", "the X Refinery near Y": the facility bears X's name but stands in Y
_NAMED_FACILITY_IN = re.compile(rf"(?:\s+(?-i:[A-Z])[\w'’-]*){{0,3}}?\s+(?:{cues.alternation('strike', 'facility_after_city')})"
                                r"\s+(?:in|at|near|outside)\s+(?:the\s+(?:town|city|village|settlement)\s+of\s+)?", re.I)


def strike_at_facility(text: str, f: Facts) -> None:
    """Read a damaged or struck facility named after a city as a strike on that city."""
    if not f.places or not (f.attack_vocab or _DAMAGE.search(text, f.sent.start, f.sent.end)):
        return
    if any(p.place.level is LocationLevel.city and _FACILITY.match(text, p.end, f.sent.end) for p in f.places):
        f.attack_vocab = f.facility = True


# dev32 B5: "the outage at X, where loadings stopped after drones struck the port", "traffic through Y,
# where a drone attack on the terminal started a fire": a "where" / "which" clause after a place tells a
# strike on a facility by its anaphor ("the port", "the refinery"): the strike fell at that place
_FACILITY_NOUN = cues.alternation("strike", "facility_after_city")
_STRUCK_SITE = f'{_FACILITY_NOUN}|{cues.alternation("strike", "where_struck_sites")}'  # r51: a clinic, a school too
_WHERE_STRUCK = re.compile(
    rf",\s+(?:where|which)\b(?P<clause>[^.;:!?]{{0,140}}?)\b(?:the|its)\s+(?:[\w-]+\s+){{0,2}}?(?:{_STRUCK_SITE})\b", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no)\b", re.I)
_PLACE_NAME = re.compile(r"\b[A-Z][a-z][\w'’]*(?:[- ][A-Z][a-z][\w'’]*)?$")
# "Ukrainian drones struck ...": the attacking side says which country a town shared by both lies in
_ATTACKER = re.compile(r"\b(?P<side>Ukrain|Russi)\w*\s+(?:[\w-]+\s+)?(?:drones?|missiles?|strikes?|attacks?|forces|aircraft|navy)\b")


def where_struck(text: str, name_end: int, end: int) -> bool:
    """Whether the place ending at `name_end` is followed by a "where" clause telling a strike on its facility."""
    m = _WHERE_STRUCK.match(text, name_end, end)
    if m is None:
        return False
    clause = text[m.start("clause"):m.end()]
    return lx.ATTACK_WORDS.search(clause) is not None and _NEGATED.search(clause) is None


def where_struck_places(text: str, s: Sentence, known: list[PlaceHit]) -> list[PlaceHit]:
    """The towns outside the rules' gazetteer told before a "where" clause that strikes their facility."""
    out = []
    for m in _WHERE_STRUCK.finditer(text, s.start, s.end):
        nm = _PLACE_NAME.search(text, max(s.start, m.start() - 40), m.start())
        if nm is None or any(p.start <= nm.start() < p.end for p in known) or not where_struck(text, nm.end(), s.end):
            continue
        side = _ATTACKER.search(text, s.start, s.end)
        country = None if side is None else "Russia" if side.group("side") == "Ukrain" else "Ukraine"
        found = gazetteer.geocode(nm.group(0), country=country) if country else None
        found = found or gazetteer.lookup(nm.group(0))
        if found is None or found.level != "city" or found.country_code not in WAR_COUNTRIES:
            continue
        out.append(PlaceHit(lx.Place(found.name, found.admin1, found.country, LocationLevel.city), nm.start(), nm.end()))
    return out


def without_namesakes(text: str, places: list[PlaceHit]) -> list[PlaceHit]:
    """The places less those that only name a facility told to stand in another of them."""
    return [p for p in places if not _namesake_elsewhere(text, p, places)]


def _namesake_elsewhere(text: str, p: PlaceHit, places: list[PlaceHit]) -> bool:
    named = _NAMED_FACILITY_IN.match(text, p.end)
    return named is not None and any(q.start == named.end() for q in places)
