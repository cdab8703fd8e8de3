"""The venue told right beside a diplomatic event's cue: a trip's destination ("will head on to Lviv",
"flew into Odesa"), a gazetteer place just after the cue ("met Merz in Lviv", "a summit in Alaska"),
and the event's own relative clause that says where it is held, however long its noun phrase (r47,
dev69: "talks between A's and B's deputy ministers on rebuilding, which were to be held in Lviv on 12
May, were postponed"; "a meeting of the two ministers that will take place in Odesa"). Any city or
region the gazetteer knows, but only this close to the cue, where it is the venue and not a place the
sentence talks about."""

from __future__ import annotations

import re
from typing import Callable

from ... import lexicon as lx
from ...records import Location, LocationLevel
from ...sentences import Sentence

_NAME_WORD = r"[A-Z][\w'’.-]+"


def place_name(more: int) -> str:
    """A capitalised name of one word and up to `more` more (the venue readers' one pattern)."""
    return rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,{more}}}"


_NAME = place_name(1)
_NEAR_PLACE = re.compile(rf"\b(?:in|at)\s+(?P<n>{_NAME})")
_TRIP_END = re.compile(r"\b(?:to|into)\s*$")  # a trip cue that ends on its direction ("travel to", "pulled into")
_DESTINATION = re.compile(rf"\s*(?P<n>{_NAME})")
_HELD_IN = re.compile(rf",?\s*(?:which|that)\s+(?:[\w'’-]+\s+){{0,4}}?(?:held|hold|take\s+place|convene|meet)"
                      rf"\s+(?:here\s+|there\s+)?in\s+(?P<n>{_NAME})")  # r51: "which were held here in Lviv"
_HELD_REACH = 160
# the trip told before the event it is for: "the chancellor is due in Oslo on Friday for talks with Støre", "flies to
# Lviv tomorrow for a meeting with" (r47, dev70); nothing but a day between the place and "for"
_TRIP_BEFORE = re.compile(rf"\b(?:due|arriv(?:es?|ed|ing)|(?:is|was|will\s+be)|(?:travel(?:s|led|ling)?|fl(?:y|ies|ew)|head(?:s|ed)?|went|go(?:es)?)\s+to)"
                          rf"\s+(?:in\s+)?(?P<n>{_NAME})(?:\s+(?:on|this|next|early|late)(?:\s+[\w-]+){{1,2}})?\s+for\s+(?:a\s+|an\s+|the\s+)?$")
# r50 (dev75): the city that hosts the event, as its subject ("Riga will host an EU-Moldova summit in May",
# "Warsaw hosted the talks"): a city is where it hosts (a state's name is a side, read by participants)
_HOST_SUBJECT = re.compile(rf"\b(?P<n>{_NAME})\s+(?:(?:will|would|is\s+to|is\s+set\s+to|is\s+due\s+to|plans\s+to|offered\s+to|"
                           r"agreed\s+to)\s+)?(?:host|hosts|hosted|is\s+hosting|was\s+hosting)\s+(?:a|an|the|its|this)\s+"
                           r"(?:[\w'’-]+\s+){0,3}$")
_SITE_AT = re.compile(rf"\bat\s+the\s+(?P<n>{_NAME})")
_SITE_NOUNS = r"resort|palace|castle|estate|villa|air\s+base"
_SITE_ANAPHOR = re.compile(rf"\b(?:to|at|in)\s+the\s+(?P<noun>{_SITE_NOUNS})\b", re.I)
_NAMED_SITE = re.compile(rf"\bthe\s+(?P<n>{_NAME})\s+(?P<noun>{_SITE_NOUNS})\b")


def near_place(text: str, s: Sentence, cue: re.Match[str], venue: Callable[[re.Match[str]], bool]) -> Location | None:
    """The venue beside the cue, each candidate passing `venue` (no speaker's seat, no route)."""
    to = _TRIP_END.search(cue.group(0)) and _DESTINATION.match(text, cue.end(), s.end)
    place = lx.lookup(to.group("n")) if to else None
    if place:
        return _location(place)
    near = list(_NEAR_PLACE.finditer(text, cue.start(), min(s.end, cue.end() + 40)))
    # "met Merz after strikes in Odesa": a place the sentence tells of, not the venue
    near = near[:next((i for i, x in enumerate(near) if lx.VENUE_GAP_BREAK.search(text, cue.end(), x.start())), len(near))]
    held = _held_in_clause(text, s.end, cue.end()) or _TRIP_BEFORE.search(text, max(s.start, cue.start() - 90), cue.start())
    for x in near + ([held] if held else []):
        place = lx.lookup(x.group("n")) if venue(x) else None
        if place:
            return _location(place)
    host = _HOST_SUBJECT.search(text, max(s.start, cue.start() - 80), cue.start())
    place = lx.lookup(host.group("n")) if host and venue(host) else None
    if place is not None and place.level is LocationLevel.city:
        return _location(place)
    return _site_at(text, s, cue, venue)


def _site_at(text: str, s: Sentence, cue: re.Match[str], venue: Callable[[re.Match[str]], bool]) -> Location | None:
    """A gazetteer site told "at the" in the event's clause ("a leaders' summit on the war, at the Bürgenstock
    resort", "met at the Vatican"): a site is a venue wherever its clause names it (r47)."""
    clause = re.search(r"[;:]", text[cue.end():s.end])
    stop = min(cue.end() + clause.start() if clause else s.end, cue.end() + _HELD_REACH)
    for x in _SITE_AT.finditer(text, cue.end(), stop):
        place = lx.lookup(x.group("n")) if venue(x) else None
        if place and place.level is LocationLevel.site:
            return _location(place)
    return _site_named_before(text, s, cue.end(), stop)


def _site_named_before(text: str, s: Sentence, lo: int, hi: int) -> Location | None:
    """ "The ministers' trip to the castle set for that day was scrapped": the site the article named
    before with that noun ("the Elmau castle"), the last one told (r47, dev69)."""
    noun = _SITE_ANAPHOR.search(text, lo, hi)
    if noun is None:
        return None
    named = [m for m in _NAMED_SITE.finditer(text, 0, s.start) if m.group("noun").lower() == noun.group("noun").lower()]
    place = lx.lookup(named[-1].group("n")) if named else None
    return _location(place) if place is not None and place.level is LocationLevel.site else None


def _held_in_clause(text: str, end: int, cue_end: int) -> re.Match[str] | None:
    """The relative clause after the event noun that names where it is held (before any ; or :)."""
    clause = re.search(r"[;:]", text[cue_end:end])
    stop = min(cue_end + clause.start() if clause else end, cue_end + _HELD_REACH)
    return _HELD_IN.search(text, cue_end, stop)


def _location(place: lx.Place) -> Location:
    return Location(name=place.name, admin1=place.admin1, country=place.country, level=place.level)
