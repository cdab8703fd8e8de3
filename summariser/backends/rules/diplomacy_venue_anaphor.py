"""A venue told by a copula and taken up by a locative anaphor (dev20 class C7; dev17 A2/C7 read a
venue after "for"; `diplomacy_sides.there_venue` reads "there" after "in/at <City>"): "The venue is
Vienna. The ministers meet there on the 12th", "Next on the calendar is Doha. Envoys will gather
in that city on Friday", and the copula in the event's own sentence ("The venue for the next round
of talks is Tbilisi"). The city must be one the gazetteer knows as a city."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import partial

from ... import lexicon as lx
from ...knowledge import cues
from ...records import Location, LocationLevel
from ...sentences import Sentence
from .common import city_location


_alt = partial(cues.alternation, "diplomacy_nonevents")


_CITY = r"(?P<n>(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+)?)"
# "The venue ... is Vienna", "Next on the calendar is Doha", "The one set for Friday was Abu Dhabi"
_COPULA_TAIL = rf"\b[^.;:]{{0,90}}?\b(?:{_alt('venue_copula_verbs')})\s+{_CITY}"
_COPULA = re.compile(rf"\b(?:{_alt('venue_copula_subjects')}){_COPULA_TAIL}", re.I)
_COPULA_BEFORE = re.compile(
    rf"\b(?:{_alt('venue_copula_subjects')}|{_alt('venue_copula_subjects_before_anaphor')}){_COPULA_TAIL}", re.I)
_ANAPHOR = re.compile(rf"\b(?:{_alt('locative_anaphors')})\b(?!\s+(?:is|are|was|were|will|would|has|have|had)\b)", re.I)
# the place the sentence before names last, for an anaphor "there" does not cover ("in that city")
_PLACE_IN = re.compile(rf"\b(?:in|at)\s+(?:the\s+)?{_CITY}")
_REACH = 100


def venue_by_anaphor(text: str, sents: list[Sentence], idx: int, cue: re.Match[str]) -> Location | None:
    """The city a copula names as the venue: in the event's sentence, or in the sentence before
    when the event's sentence takes it up by "there" / "in that city"; None otherwise."""
    s = sents[idx]
    own = _city_of(_COPULA.finditer(text, s.start, s.end))
    if own is not None:
        return own
    if idx == 0 or not _ANAPHOR.search(text, cue.start(), min(s.end, cue.end() + _REACH)):
        return None
    before = sents[idx - 1]
    return _city_of(_COPULA_BEFORE.finditer(text, before.start, before.end)) \
        or _city_of(reversed(list(_PLACE_IN.finditer(text, before.start, before.end))))


def _city_of(found: Iterable[re.Match[str]]) -> Location | None:
    """The first match naming a city the gazetteer knows."""
    for m in found:
        place = lx.lookup(m.group("n"))
        if place and place.level is LocationLevel.city:
            return city_location(place)
    return None
