"""Who speaks for a city (round 16, dev29 A1): "the city" of a strike sentence whose paragraph
names no city is the city its source heads. "In Y she met Mayor Ivan X ... (new paragraph) a drone
hit a depot in the city's north, X said": the mayor introduced beside Y is Y's, so "the city" is Y,
though the paragraph before also named the town the visitor came from. The titles live in
knowledge/data/cues/paragraph_carry.yaml (city_heads)."""

from __future__ import annotations

import re
from typing import Iterator

from ... import lexicon as lx
from ...knowledge import cues
from ...records import LocationLevel
from ...knowledge.views import PlaceMatch
from ...sentences import Sentence
from .person_places import names_a_government

_CITY_HEAD = cues.pattern("paragraph_carry", "city_heads")
# "Mayor Ivan X", "Mayor X": the surname after the title
_NAME_AFTER = re.compile(r"\s+(?:[A-Z][\w'’-]+\s+)?(?P<name>[A-Z][\w'’-]+)\b")
# "X, the city's mayor", "Ivan X, the mayor": the surname before the title
_NAME_BEFORE = re.compile(r"(?P<name>[A-Z][\w'’-]+),\s+(?:the\s+)?(?:[\w'’]+['’]s\s+)?$")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _towns(text: str, start: int, end: int) -> Iterator[tuple[lx.Place, PlaceMatch]]:
    """The towns text[start:end] names, never a capital named as its regime ("the Kyiv regime", r25)."""
    for m in lx.GAZETTEER_RE.finditer(text, start, end):
        place = lx.lookup(m.group("name") or "")
        if place is not None and place.level is LocationLevel.city and not names_a_government(text, m.end("name")):
            yield place, m


def any_city(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a town (any country's) the gazetteer holds."""
    return any(True for _ in _towns(text, start, end))


def one_city(text: str, start: int, end: int) -> lx.Place | None:
    """The one town of the war's sides named in text[start:end], if only one is."""
    found = {}
    for place, _ in _towns(text, start, end):
        if place.country in lx.OPPONENT:
            found[place.name] = place
    return next(iter(found.values())) if len(found) == 1 else None


def last_city(text: str, start: int, end: int) -> tuple[lx.Place, int, int] | None:
    """The last town of the war's sides named in text[start:end], with its span (r20: the antecedent
    of "that town", "the same city")."""
    found = None
    for place, m in _towns(text, start, end):
        if place.country in lx.OPPONENT:
            found = (place, m.start(), m.end())
    return found


def told_by_city_head(text: str, s: Sentence, start: int) -> tuple[bool, lx.Place | None]:
    """Whether the sentence's source heads a city ("the mayor said", or a surname text[start:s.start]
    gave a city head's title), and the one city named in the sentence that introduced that head."""
    if _CITY_HEAD.search(text, s.start, s.end):
        return True, None
    for m in _CITY_HEAD.finditer(text, start, s.start):
        after = _NAME_AFTER.match(text, m.end())
        ahead = _NAME_BEFORE.search(text, max(start, m.start() - 40), m.start())
        for name in (after and after.group("name"), ahead and ahead.group("name")):
            if name and re.search(rf"\b{re.escape(name)}\b", s.text):
                lo = max([start] + [e.end() for e in _SENTENCE_END.finditer(text, start, m.start())])
                hi = _SENTENCE_END.search(text, m.end(), s.start)
                return True, one_city(text, lo, hi.start() if hi else s.start)
    return False, None
