"""A city an official's post sizes up or greets at the top of a paragraph (dev19 B1): "A restless
night for Kharkiv.", "The night was difficult for Poltava", "Dear residents of Sumy, ...",
"Zaporizhzhia, good morning." The strike told after it with no place ("The enemy struck the
city with drones", "Around 2 a.m. a missile hit an industrial site") happened there: the city is
the paragraph's head, as a run-in head ("Kharkiv.") would be. A live blog's entry that opens on one
city and nothing else tells what "the city" means in that entry ("06:50 - Kharkiv woke to sirens.
Drones hit the city before dawn"; dev20 B6).

A verdict is a word of how it went and a word of when ("hard" + "night"), in any order, or a
greeting; the sentence names one city and no other place (words in cues/post_heads.yaml).
"""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...records import LocationLevel
from ...sentences import Sentence
from .common import PlaceHit

_VERDICT = cues.pattern("post_heads", "verdict_words")
_TIME = cues.pattern("post_heads", "verdict_times")
_GREETING = cues.pattern("post_heads", "greetings")
_STAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\b")
# "the city", "that town", "the city's": one reader, the lexicon's (grounding reads it too, r21)
ANAPHOR_DETERMINER = lx.ANAPHOR_DETERMINER
CITY_ANAPHOR = lx.CITY_ANAPHOR


def sized_up(sentence: str) -> bool:
    """The sentence sizes up a span of time ("a hard night") or greets the people of a place."""
    return bool(_VERDICT.search(sentence) and _TIME.search(sentence) or _GREETING.search(sentence))


def verdict_place(text: str, s: Sentence) -> PlaceHit | None:
    """The one city a paragraph's opening verdict or greeting names; None otherwise."""
    return _one_city(text, s) if sized_up(s.text) else None


def stamped_city(text: str, s: Sentence) -> PlaceHit | None:
    """The one city a live blog's entry opens on ("06:50 - Kharkiv woke to sirens.")."""
    return _one_city(text, s) if _STAMP.match(s.text) else None


def _one_city(text: str, s: Sentence) -> PlaceHit | None:
    found = list(lx.GAZETTEER_RE.finditer(text, s.start, s.end))
    places = [lx.lookup(m.group("name") or "", m.group("suffix")) for m in found]
    if len(places) != 1 or places[0] is None or places[0].level is not LocationLevel.city:
        return None
    return PlaceHit(places[0], found[0].start("name"), found[0].end("name"))
