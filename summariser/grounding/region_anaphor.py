""""Over the region" in a record's evidence, told after the sentences that named the region
(dev24 class A3): "Kupiansk, in the Kharkiv region, was hit ... The governor said 11 drones were
downed over the region." A model's region record keeps that region as its place.

Only the last region named before the evidence (in its paragraph, or the paragraph before when
the evidence opens its own), alone in its sentence, with no other region in the evidence: two
regions make "the region" ambiguous. A post whose opening names the region is `post_region`'s.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from . import vocabulary
from .context import Window

# "over the region", "across the oblast", "throughout our region": the region as where it happened
_AT = r"(?:over|across|in|throughout|around|above|within)\s+"
_PARAGRAPH = re.compile(r"\n\s*\n")
_STOP = re.compile(r"[.!?](?:\s|$)")


@lru_cache(maxsize=1)
def _placed_anaphor() -> re.Pattern[str]:
    nouns = vocabulary.pattern("region_anaphor_nouns")
    return re.compile(rf"\b{_AT}(?:the|our|this)\s+(?:whole\s+|entire\s+)?(?:{nouns})\b(?!\s*['’]s)", re.I)


def region_told_before(key: str, text: str, evidence: Sequence[Window]) -> bool:
    """Is the region `key` the one "over the region" in the evidence refers back to?"""
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


def city_told_before(key: str, text: str, evidence: Sequence[Window]) -> bool:
    """r21 (dev39 L1): is the city `key` the one "the city" / "the town" / "the city's" in the
    evidence refers back to ("... kept shelling the recently retaken town of X. Rescuers said the
    town's hospital was hit again")? The same reading as "over the region" above, a level down:
    the evidence names no other town, and the towns named before it in its paragraph (or in the
    paragraph before, when its own names none) are that one city, a capital written as its
    government aside ("Kyiv said"). Two towns before it make "the city" ambiguous: no place read."""
    from .. import lexicon as lx
    from ..knowledge import find_places
    from .names import not_a_town

    if not evidence or not any(lx.CITY_ANAPHOR.search(text, a, b) for a, b in evidence):
        return False
    start = min(a for a, _ in evidence)
    towns = [m for m in find_places(text) if m.place.level == "city" and not not_a_town(text, m)]
    if any(a <= m.start < b and m.place.key != key for m in towns for a, b in evidence):
        return False
    starts = [0] + [m.end() for m in _PARAGRAPH.finditer(text, 0, start)]
    before = [m for m in towns if starts[-1] <= m.start and m.end <= start]
    if not before and len(starts) > 1:  # the paragraph names none: the one before's
        before = [m for m in towns if starts[-2] <= m.start < starts[-1]]
    return bool(before) and {m.place.key for m in before} == {key}



def part_told_before(name: str, text: str, evidence: Sequence[Window]) -> bool:
    """r22 (dev42 L1/A3): is `name` the place a possessive part anaphor in the evidence ("its grounds",
    "their outskirts", `lexicon.PART_ANAPHOR`) points back at: the first place the sentence before names
    (in its paragraph), the sentence's subject ("Vovchansk lies 5 km from the border. Its eastern
    outskirts were shelled"; "The Kursk plant is run at half power. Drones fell inside its perimeter")?
    Never a country ("its territory" is no part noun), never a capital
    written as its government, and not when the anaphor's own sentence names a place before it."""
    from .. import lexicon as lx
    from ..knowledge import find_places, lookup
    from .names import not_a_town
    from .site_names import site_short_named

    place = lookup(name)
    if place is None or place.level == "country":
        return False
    found = [m for m in find_places(text) if m.place.level != "country"]
    for a, b in evidence:
        for m in lx.PART_ANAPHOR.finditer(text, a, b):
            lo, hi = lx.antecedent_scope(text, m.start())
            if lo >= hi or any(hi <= p.start < m.start() for p in found):
                continue
            named = [p for p in found if lo <= p.start < hi and not not_a_town(text, p)]
            if not named:
                continue
            first = named[0]
            if first.place.key == place.key or (place.level == "site" and site_short_named(name, text, first.start, first.end)):
                return True
    return False


# r30 (dev52): a facility named again by its noun ("Drones struck the X oil refinery on 14 April. ...
# The refinery was previously struck on 2 March"): the place of the facility told before
@lru_cache(maxsize=1)
def _site_again() -> re.Pattern[str]:
    """"The refinery", "that depot", "the same plant" (`cues/locative.yaml` facility_nouns), not "the plant in X"."""
    from ..knowledge import cues

    nouns = cues.alternation("locative", "facility_nouns")
    return re.compile(rf"\b(?:the|that|this)\s+(?:same\s+)?(?P<noun>{nouns})\b(?!\s+(?:of|in|at|near)\b)", re.I)


def site_told_before(key: str, text: str, evidence: Sequence[Window]) -> bool:
    """Is `key` the place of the facility "the refinery" / "the plant" in the evidence names again: the
    one place named with that noun earlier in the evidence's paragraph ("the X oil refinery", "a plant in
    X", "the port of X"), the evidence naming no place of its own? Two places with that noun make it
    ambiguous: no place read."""
    from ..knowledge import find_places

    if not evidence:
        return False
    start = min(a for a, _ in evidence)
    nouns = {re.escape(" ".join(m.group("noun").lower().split())) for a, b in evidence for m in _site_again().finditer(text, a, b)}
    if not nouns:
        return False
    places = [m for m in find_places(text) if m.place.level != "country"]
    if any(a <= m.start < b for m in places for a, b in evidence):
        return False
    lo = _scope_start(text, start)
    noun = "|".join(nouns)
    told = set()
    for m in places:
        if not lo <= m.start < start:
            continue
        after = re.search(rf"^[\w'’ -]{{0,40}}?\b(?:{noun})\b", text[m.end:m.end + 45], re.I)  # "the X oil refinery"
        before = re.search(rf"\b(?:{noun})\s+(?:in|at|near|outside|of)\s+(?:the\s+)?$", text[max(lo, m.start - 30):m.start], re.I)
        if after or before:  # ("a depot in X", "the port of X")
            told.add((m.place.key, m.place.level))
    towns = {k for k, level in told if level == "city"}  # "the X refinery in the Y region": the town, its region aside
    return (towns or {k for k, _ in told}) == {key}
