"""A nil limited to the people of the struck site (dev30 A8; codebook rule 6, ruling of 3 December):
"there were no casualties among the staff" at a plant struck at night, "none of the crew was hurt",
"no passengers were injured", "the workers on shift escaped unhurt" are that strike's zero. A nil
limited to part of those a strike could hurt ("no children among the injured", "no casualties
among the rescuers", "among the troops") fills nothing: its group is no site's own people.
Vocabulary: knowledge/data/cues/casualties.yaml site_people_nouns."""

from __future__ import annotations

import re
from typing import Sequence

from ...knowledge import cues
from ...records import Count, Span, Support

_PEOPLE = rf"(?:(?:the|its|their|his|her)\s+)?(?:[\w'’-]+\s+)?(?:{cues.alternation('casualties', 'site_people_nouns')})"
_HARM_WORDS = r"casualties|injuries|injured|victims|deaths|dead|hurt|wounded|killed|harmed"


def _harm(k: int) -> str:
    return rf"(?P<h{k}>{_HARM_WORDS})"


def _verb(k: int) -> str:
    return r"(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+(?:\w+ly\s+)?" + _harm(k)


_SITE_NIL = re.compile(
    rf"\bno\s+(?:reported\s+)?{_harm(1)}\s+(?:were\s+reported\s+|was\s+reported\s+)?among\s+{_PEOPLE}\b"
    rf"|\b(?:none|no\s+one|nobody)\s+(?:of|among)\s+{_PEOPLE}\s+{_verb(2)}\b"
    rf"|\bno\s+(?:[\w-]+\s+)?(?:{cues.alternation('casualties', 'site_people_nouns')})\s+{_verb(3)}\b"
    rf"|\b{_PEOPLE}\s+(?:on\s+(?:duty|shift)\s+)?(?:escaped|were\s+left|was\s+left|came\s+out)\s+"
    rf"(?P<h4>unhurt|uninjured|unharmed|without\s+(?:any\s+)?(?:injuries|injury|a\s+scratch))\b", re.I)
_DEATH = re.compile(r"casualties|victims|deaths|dead|killed|harmed", re.I)
_INJURY = re.compile(r"casualties|injuries|injured|victims|hurt|wounded|harmed|unhurt|uninjured|unharmed|without", re.I)


def site_zero(field: str, text: str, windows: Sequence[tuple[int, int]]) -> Count | None:
    """0 for `field` (killed or injured) when a sentence of `windows` tells the site's people's nil."""
    for a, b in windows:
        for m in _SITE_NIL.finditer(text, a, b):
            harm = next(g for g in (m.group(f"h{k}") for k in range(1, 5)) if g)
            if (_DEATH if field == "killed" else _INJURY).match(harm):
                return Count(value=0, support=Support.implied,
                             evidence=Span(text=text[m.start():m.end()], start=m.start(), end=m.end()))
    return None
