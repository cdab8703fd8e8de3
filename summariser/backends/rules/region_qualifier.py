"""A region told after a smaller place only says where that place lies: "a substation in the
Myrhorod district, Poltava oblast", "the <X> district of the <Y> region", "the Syzran
refinery, Samara oblast", "the Novokuibyshevsk refinery in the Samara region". The region is no
second place hit; the district or town keeps it as its region. A town the gazetteer does not
hold (or holds under another spelling), named as a facility's modifier before its region ("<Town> refinery in the <Y> region"), is
the place hit, a town of that region. Two places joined by "and" stay two ("Poltava and the
Kremenchuk district"). Vocabulary: knowledge/data/cues/locative.yaml (facility_nouns, owners)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...records import LocationLevel
from .common import Facts, PlaceHit

_FACILITY = cues.alternation("locative", "facility_nouns")
# ", Samara oblast", " in the Samara region", ", in Russia's Voronezh region" (a country's possessive before it)
_LINK = r"(?:\s*,\s*(?:in\s+)?|\s+(?:of|in)\s+)(?:the\s+|(?-i:[A-Z])[\w]+['’]s\s+)?"
_QUALIFIED = re.compile(rf"(?:\s+(?:district|raion|community|hromada))?(?:\s+(?:{_FACILITY}))?{_LINK}", re.I)
_FACILITY_TOWN = re.compile(
    rf"\b(?:the\s+)?(?P<town>(?!(?:{cues.alternation('locative', 'facility_owners')})\b)[A-Z][\w'’]+(?:-[A-Za-z][\w'’]+)*)"
    rf"\s+(?:{_FACILITY}){_LINK}$")
_SMALLER = (LocationLevel.site, LocationLevel.district, LocationLevel.city)
# r49: a town that only locates the place, between it and the region ("in Pisochyn, just outside Kharkiv, in the
# Kharkiv region": the region is where both lie, no second place hit)
_LOCATED_BY = re.compile(rf"\s*,?\s+(?:{cues.alternation('locative', 'relative_before')})\s+(?:the\s+)?(?:city\s+of\s+)?"
                         r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?", re.I)


def _qualifies(text: str, end: int, region_start: int) -> bool:
    """Whether the words between a place and a region make the region where the place lies."""
    if _QUALIFIED.fullmatch(text, end, region_start):
        return True
    located = _LOCATED_BY.match(text, end, region_start)
    return located is not None and _QUALIFIED.fullmatch(text, located.end(), region_start) is not None


def fold_qualifying_regions(text: str, f: Facts) -> None:
    """Drop each region that qualifies the smaller place before it; a facility's unknown town
    named before its region replaces that region."""
    for r in [p for p in f.places if p.place.level is LocationLevel.region]:
        admin1 = r.place.admin1 or r.place.name
        host = next((p for p in f.places if p.place.level in _SMALLER and p.end <= r.start
                     and p.place.admin1 in (None, admin1) and _qualifies(text, p.end, r.start)), None)
        if host is not None:
            host.place = lx.Place(host.place.name, admin1, host.place.country or r.place.country, host.place.level)
            f.places = [p for p in f.places if p is not r]
            continue
        town = _FACILITY_TOWN.search(text, max(f.sent.start, r.start - 60), r.start)
        if town is None:
            continue
        known = lx.lookup(town.group("town"))
        if known is None:
            place = lx.Place(town.group("town"), admin1, r.place.country, LocationLevel.city)
        elif known.level is LocationLevel.city and known.admin1 == admin1:
            place = known  # a town of that region the place finder left as a facility's name
        else:
            continue
        f.places = [PlaceHit(place, town.start("town"), town.end("town")) if p is r else p for p in f.places]
