"""The region a regional official's post is about, for a record whose sentences say only "the
region": "Good morning, people of Oryol region! ... Today air defence downed 12 drones across
the region." A post opens on its greeting, title or heading, and the bare "the region" / "our
region" / "the oblast" in its body is the region those opening lines name.

Only when the opening lines name that one region, the article names no other region anywhere,
and the record's sentences name no other town or region: a second region makes "the region"
ambiguous, and a town told in the record is that record's place. Which region a post is about is
read by `knowledge/post_region.py`, the same reader the rules ask; the anaphor and the town told
are grounding's own checks.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..knowledge.post_region import opening_lines, post_region, region_keys
from . import vocabulary
from .context import Window


@lru_cache(maxsize=1)
def _anaphor() -> re.Pattern[str]:
    nouns = vocabulary.pattern("region_anaphor_nouns")
    return re.compile(rf"\b(?:the|our|this)\s+(?:whole\s+|entire\s+)?(?:{nouns})\b", re.I)


def region_of_post(key: str, text: str, evidence: Sequence[Window]) -> bool:
    """Is the region `key` the one a post's opening names, told in the evidence as "the region"?"""
    from ..knowledge import find_places

    if not any(_anaphor().search(text, a, b) for a, b in evidence):
        return False
    if post_region(text, opening_lines(text), region_keys) != key:
        return False
    told = [m for m in find_places(text) if any(s <= m.start < e for s, e in evidence)
            and m.place.level not in ("district", "site", "country")]
    return not told
