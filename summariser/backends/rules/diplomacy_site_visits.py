"""A leader's tour of a site at home is no visit (round 17, dev31 D8): "He made the appeal after
visiting one of the shelled buildings", "The president toured the damaged substation", "Zelensky
visited troops near the front". The object of the visit verb is a site, a unit or the people hit;
the record names one side only, so no state went to another (codebook 13-14). A foreign leader's
tour ("Macron visited a damaged hospital in Kyiv") names two sides and stays, and so does a tour in
a sentence that names a state ("The French president toured the shelled school"): the visitor may
have come from abroad. Words in
`cues/diplomacy_visits.yaml` (site_visit_objects)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...lexicon.actors import COUNTRY_ADJECTIVES
from ...records import Diplomacy, DiplomacyKind, Location, LocationLevel
from ...sentences import Sentence
from .common import city_location

_SITE = re.compile(
    r"\s+(?:(?:one|some|several|many|most|each|two|three|four|five|a\s+few)\s+of\s+)?"
    r"(?:the|a|an|some|several|two|three|four|five|his|her|its|their|our|local|frontline|front-line)?\s*"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{cues.alternation('diplomacy_visits', 'site_visit_objects')})\b", re.I)

_WORD = re.compile(r"[\w'’]+")


def own_site_visit(text: str, s: Sentence, cue: re.Match[str], rec: Diplomacy) -> bool:
    """The visit's object right after its verb is a site, the record names a single side and the
    sentence no state."""
    if rec.kind is not DiplomacyKind.visit or len(set(rec.participants)) > 1:
        return False
    if any(w.lower() in COUNTRY_ADJECTIVES for w in _WORD.findall(text, s.start, s.end)):
        return False
    if rec.location is not None and rec.participants and rec.location.country not in (None, rec.participants[0]):
        return False  # a visitor at a site abroad
    return bool(_SITE.match(text, cue.end()))


# r34: a city named as a visit's or trip's destination ("visited Odesa", "a brief visit to Kharkiv"); never before
# "region" ("travelled on to the Sumy region": a stop of a visit told before)
# r48: the visitor named between the visit's noun and its town ("the visit of the Dutch premier to Odesa");
# `participants._VISIT_TO` reads it too
VISITOR_BEFORE_TOWN = r"(?:\s+(?:of|by)(?:\s+[\w'’.-]+){1,6}?(?=\s+to\s))?"
_VISITED_TOWN = re.compile(r"(?:[Vv]isit(?:s|ed|ing)?|[Tt]rip)" + VISITOR_BEFORE_TOWN + r"\s+(?:to\s+)?[A-Z][\w.]+(?![\w.])(?:\s+[A-Z][a-z]+(?![\w.]))?"
                           r"(?!\s+(?:region|oblast|province|district)\b)")


def visited_town(text: str, visit: re.Match[str] | None, cue: re.Match[str]) -> Location | None:
    """The city a visit's words name as where it went, from the match of a journey's verb and its place, where
    those words are the event's own cue ("after the visit to Sofia, the talks in X were called off": not the talks')."""
    if visit is None or not (visit.start() < cue.end() and cue.start() < visit.end()) \
            or not _VISITED_TOWN.match(text, visit.start(), visit.end() + 12):
        return None
    town = lx.lookup(visit.group("n"))
    return city_location(town) if town is not None and town.level is LocationLevel.city else None
