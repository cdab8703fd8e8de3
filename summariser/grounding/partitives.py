"""Parts told side by side under one verb: "150 of the drones and 9 of the missiles had been
brought down". The verb after the last part governs every part, so each is read with the role of the
last one. The cue reader gives the first part the role of any verb before it instead ("fired 212
drones and 19 missiles, and 190 of the drones and 12 of the missiles were downed" read 190 as
fired), which `count_support` falls back on this module to correct for the field asked.

Only parts written "N of the <noun>" joined by "and" or commas count: "fired 212 drones and 19
missiles" is no list of parts, and a number alone is never moved. Bare parts "N <weapon noun>" count
after a partitive opener right before the first ("of which 90 drones and three missiles were downed",
`part_list_openers`, r17 dev31-N2); never a part told with its own verb ("of which 60 drones were
downed and 4 missiles hit targets": the words between two parts end on a weapon noun).
"""

from __future__ import annotations

import re
from typing import Sequence

from ..numbers import NumberMention
from . import vocabulary
from .context import Window, _Context
from .cues import _Mention
from .role_cues import DOWNED_AFTER

# what follows a part's number up to the next part's number: "of the drones and", "of them,"
_PART_TAIL = re.compile(r"\s+of\s+(?:the|its|their|these|those|them)(?:\s+[\w-]+){0,3}?\s*(?:,\s*and|,|and)\s+", re.I)
# the last part's number is a part too ("... and 12 of the missiles")
_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|these|those|them)\b", re.I)
# r17 (dev31-N2): a bare part "176 drones and", "15 Kh-101 missiles," up to the next part's number
_NOUN = rf"(?:{vocabulary.pattern('part_weapon_nouns')})"
_BARE_TAIL = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{_NOUN}\s*(?:,\s*and|,|and)\s+", re.I)
_BARE_LAST = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{_NOUN}\b", re.I)
# r50 (dev75): a part beside a whole quantifier under one downing verb ("nine of the missiles and all the Shaheds
# were downed", "six of them and both Iskanders had been destroyed")
_ALL_TAIL = re.compile(r"\s+of\s+(?:the|its|their|these|those|them)(?:\s+[\w-]+){0,3}?\s*,?\s*and\s+(?:all|both|every\s+one)"
                       r"(?:\s+of)?(?:\s+(?:the|its|their|these|those|them))?(?:\s+[\w-]+){0,3}?\s+"
                       rf"(?:were|was|had\s+been|have\s+been|got)\s+(?:all\s+)?(?:{DOWNED_AFTER})\b", re.I)
# the opener right before the first bare part ("..., of which 88", "Of these, 40")
_OPENER = re.compile(rf"\b(?:{vocabulary.pattern('part_list_openers')})\s*,?\s*$", re.I)


def coordinated_part(value: int, role: str, ctx: _Context, windows: Sequence[Window]) -> list[NumberMention]:
    """Mentions of `value` that open a list of parts whose last part the text reads as `role`."""
    mentions = list(ctx.mentions)
    out = []
    for i, x in enumerate(mentions):
        if x.m.value != value or x.role == role or not any(a <= x.m.start and x.m.end <= b for a, b in windows):
            continue
        j = i
        while j + 1 < len(mentions) and _PART_TAIL.fullmatch(ctx.grounded, mentions[j].m.end, mentions[j + 1].m.start):
            j += 1
        if j > i and mentions[j].role == role and _PART_OF.match(ctx.grounded, mentions[j].m.end):
            out.append(x.m)
        elif x.role is None and _bare_parts_end(ctx, mentions, i, role):
            out.append(x.m)
        elif role == "intercepted" and _ALL_TAIL.match(ctx.grounded, x.m.end):
            out.append(x.m)
    return out


def _bare_parts_end(ctx: _Context, mentions: Sequence[_Mention], i: int, role: str) -> bool:
    """Does mention i open a list of bare parts after a partitive opener ("of which 88 drones and 7
    missiles were destroyed") whose last part the text reads as `role`?"""
    if not _OPENER.search(ctx.grounded[max(0, mentions[i].m.start - 24):mentions[i].m.start]):
        return False
    j = i
    while j + 1 < len(mentions) and _BARE_TAIL.fullmatch(ctx.grounded, mentions[j].m.end, mentions[j + 1].m.start):
        j += 1
    return j > i and mentions[j].role == role and _BARE_LAST.match(ctx.grounded, mentions[j].m.end) is not None
