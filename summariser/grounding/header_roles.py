"""The role a list header gives its items, read with an air force's tally verbs as launches.

A header is often passive and tallies rather than launches: "The following were spotted by radar
units:", "Recorded overnight, as follows:", "Radar posts registered 33 missiles: 20 Kh-59 and 13
Iskander-M". Its items (bullets, or the split after a colon) are launched weapons. The role
cues alone (`counts._CUE_RE`) read no launch there, so the tally verbs (`launch_tally_verbs`,
`launch_tally_verbs_after`, `launch_verbs_weapon_only`) count as launch cues in a header; a
downing verb after them still wins ("spotted and destroyed:" is an interception).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary


@lru_cache(maxsize=1)
def _tally() -> re.Pattern[str]:
    words = "|".join(vocabulary.pattern(n) for n in ("launch_tally_verbs", "launch_tally_verbs_after",
                                                     "launch_verbs_weapon_only"))
    return re.compile(rf"\b(?:{words})\b", re.I)


def header_role(header: str, cues: dict[str, re.Pattern[str]],
                also_launch: re.Pattern[str] | None = None) -> str | None:
    """The role of the last cue in `header`, a tally verb (or a match of `also_launch`) being a
    launch."""
    found = [(m.end(), role) for role, cue in cues.items() for m in cue.finditer(header)]
    for launch in (_tally(), also_launch):
        found += [(m.end(), "launched") for m in launch.finditer(header)] if launch else []
    return max(found)[1] if found else None
