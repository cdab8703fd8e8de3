""""Both missiles hit the town": two weapons counted by "both" as the subject of their hit, a
launch of two (codebook 9: "both missiles" is counted, as "two missiles" is). Only as the
subject of a hit verb: "both missiles were shot down" is read by `whole_counts.all_downed`,
"both buildings" and "both Russia and Ukraine" count no weapon."""

from __future__ import annotations

import re

from ...grounding.hit_counts import SUBJECT_HIT
from ...numbers import NumberMention
from ...records import Qualifier
from ...sentences import Sentence
from .weapon_phrases import weapon_phrase

_BOTH = re.compile(r"\bboth(?:\s+of\s+the)?(?=\s)", re.I)


def both_weapons(text: str, s: Sentence) -> list[NumberMention]:
    """A count of two for each "both <weapons> <hit verb>" in the sentence; the weapon phrase
    after it is read as after any count (`weapon_phrase`, models included: "both Kh-59 missiles")."""
    out = []
    for b in _BOTH.finditer(text, s.start, s.end):
        found, pend = weapon_phrase(text, b.end(), s.end)
        if found and SUBJECT_HIT.match(text, pend, s.end):
            out.append(NumberMention(2, Qualifier.exact, b.start(), b.end(), b.start(), b.group(0)))
    return out
