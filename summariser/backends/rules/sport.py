"""Sport told in war reporting: "a club struck twice in the second half to beat a rival 2-1".
The strike words are a match's, and the cities in the clubs' names ("Dynamo Kyiv", "Zorya
Luhansk") are no places hit. A sentence with a club or a score and the words of a match tells no
strike unless it also gives a toll ("a missile hit the stadium, killing two"). The words live in
knowledge/data/cues/nonstrike.yaml."""

from __future__ import annotations

import re

from ...knowledge import cues
from .common import Facts

_CLUB = cues.pattern("nonstrike", "sports_clubs")
_SPORT = cues.pattern("nonstrike", "sports_words")
_SCORE = re.compile(r"(?<![\d/.:-])\d{1,2}\s*[-–]\s*\d{1,2}(?![\d/.:-])")


def drop_sport(text: str, f: Facts) -> None:
    """Mark a sentence about a match as no event: no place, no strike."""
    s = f.sent
    if f.counts or not _SPORT.search(text, s.start, s.end):
        return
    if _CLUB.search(text, s.start, s.end) or _SCORE.search(text, s.start, s.end):
        f.places, f.cumulative = [], True
