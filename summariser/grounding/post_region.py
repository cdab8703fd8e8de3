"""The region a regional official's post is about, for a record whose sentences say only "the
region": "Good morning, people of Oryol region! ... Today air defence downed 12 drones across
the region." A post opens on its greeting, title or heading, and the bare "the region" / "our
region" / "the oblast" in its body is the region those opening lines name.

Only when the opening lines name that one region, the article names no other region anywhere,
and the record's sentences name no other town or region: a second region makes "the region"
ambiguous, and a town told in the record is that record's place.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from . import vocabulary
from .context import Window

# how many opening lines hold the post's greeting, title or heading
_OPENING_LINES = 3


@lru_cache(maxsize=1)
def _anaphor() -> re.Pattern[str]:
    nouns = vocabulary.pattern("region_anaphor_nouns")
    return re.compile(rf"\b(?:the|our|this)\s+(?:whole\s+|entire\s+)?(?:{nouns})\b", re.I)


def _opening(text: str) -> Window:
    """The span of the text's first non-empty lines."""
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text)][:_OPENING_LINES]
    return (0, lines[-1].end()) if lines else (0, 0)


def region_of_post(key: str, text: str, evidence: Sequence[Window]) -> bool:
    """Is the region `key` the one a post's opening names, told in the evidence as "the region"?"""
    from ..knowledge import find_places

    if not any(_anaphor().search(text, a, b) for a, b in evidence):
        return False
    places = find_places(text)
    regions = {m.place.key for m in places if m.place.level == "region"}
    a, b = _opening(text)
    opening = {m.place.key for m in places if a <= m.start < b and m.place.level == "region"}
    told = [m for m in places if any(s <= m.start < e for s, e in evidence)
            and m.place.level not in ("district", "site", "country")]
    return regions == {key} and opening == {key} and not told


# "over the region", "across the oblast", "throughout our region": the region as where it happened
_AT = r"(?:over|across|in|throughout|around|above|within)\s+"
_PARAGRAPH = re.compile(r"\n\s*\n")
_STOP = re.compile(r"[.!?](?:\s|$)")


@lru_cache(maxsize=1)
def _placed_anaphor() -> re.Pattern[str]:
    nouns = vocabulary.pattern("region_anaphor_nouns")
    return re.compile(rf"\b{_AT}(?:the|our|this)\s+(?:whole\s+|entire\s+)?(?:{nouns})\b(?!\s*['’]s)", re.I)


def region_told_before(key: str, text: str, evidence: Sequence[Window]) -> bool:
    """Is the region `key` the one "over the region" in the evidence refers back to? "Kupiansk, in
    the Kharkiv region, was hit ... The governor said 11 drones were downed over the region."
    The last region named before the evidence, in its paragraph (or the one before when its own
    names none), must be `key`, alone in its sentence; the evidence names no other region."""
    from ..knowledge import find_places

    if not evidence or not any(_placed_anaphor().search(text, a, b) for a, b in evidence):
        return False
    start = min(a for a, _ in evidence)
    regions = [m for m in find_places(text) if m.place.level == "region"]
    if any(a <= m.start < b and m.place.key != key for m in regions for a, b in evidence):
        return False
    before = [m for m in regions if m.end <= start and m.start >= _scope_start(text, start)]
    if not before or before[-1].place.key != key:
        return False
    last = before[-1]
    lo = max((m.end() for m in _STOP.finditer(text, 0, last.start)), default=0)
    hi = _STOP.search(text, last.end)
    same_sentence = {m.place.key for m in regions if lo <= m.start < (hi.end() if hi else len(text))}
    return same_sentence == {key}


def _scope_start(text: str, pos: int) -> int:
    """The start of `pos`'s paragraph, or of the paragraph before when its own opens at `pos`'s
    sentence (a quote told as a paragraph of its own)."""
    starts = [0] + [m.end() for m in _PARAGRAPH.finditer(text, 0, pos)]
    return starts[-2] if len(starts) > 1 and not _STOP.search(text, starts[-1], pos) else starts[-1]
