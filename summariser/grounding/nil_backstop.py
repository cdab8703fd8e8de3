"""A nil interception the model left null (dev13 class A5a): a weapon entry with a launched count
whose evidence says none of that wave was stopped ("none of the four was intercepted", "neither
missile was downed", "air defences could not stop the two missiles", "all six hit their targets")
gets intercepted 0, `implied` (the codebook: an explicit zero is 0). The nil is read by
`counts.count_support`, as for a 0 the model writes. It must be of this weapon: a nil that names a
weapon of the other family ("neither missile", for the drones) fills nothing, and one that names no
weapon ("none of the four", "neither was") only the record's single weapon entry.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..records import Count, Span, Support, WeaponType
from . import vocabulary
from .context import Window
from .counts import count_support


@lru_cache(maxsize=1)
def _family_words() -> dict[str, re.Pattern[str]]:
    return {family: re.compile(rf"\b(?:{vocabulary.pattern(f'{family}_kind_words')})\b", re.I)
            for family in ("drone", "missile")}


def _family(kind: WeaponType) -> str | None:
    if kind in (WeaponType.drone, WeaponType.decoy_drone):
        return "drone"
    if kind in (WeaponType.cruise_missile, WeaponType.ballistic_missile, WeaponType.missile):
        return "missile"
    return None


def nil_interception(text: str, windows: Sequence[Window], kind: WeaponType, alone: bool) -> Count | None:
    """intercepted = 0 for a weapon of `kind` (the record's only weapon entry when `alone`), from
    an explicit nil in the windows; None when there is none of this weapon."""
    own = _family(kind)
    for hit in count_support(0, "intercepted", text, list(windows)):
        named = {f for f, words in _family_words().items() if words.search(hit.text)}
        if (named and own in named) or (not named and alone):
            return Count(value=0, qualifier=hit.qualifier, support=Support.implied,
                         evidence=Span(text=hit.text, start=hit.start, end=hit.end))
    return None
