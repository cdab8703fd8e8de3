"""A launch count told in a verbless fragment after the sentence that tells the launch: "Russian
jets dropped glide bombs on the town at noon. Three of them, the mayor says." / "The enemy fired
missiles at the port. Four ballistic missiles, according to the military." / "Drones came in
over the river. Twelve Shaheds in all, the governor reports." The fragment's only verb is its
attribution; its count takes `launched` from the sentence before when that sentence tells a
launch (a launch or drop verb) of a weapon of the same family and counts no weapon itself.
A fragment that counts people or objects ("Three ambulances, the mayor says"), or a sentence
with a verb of its own, is read by the cues as before. `counts.count_support` falls back on
`fragment_hits` when no cue reads the value.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..numbers import NumberMention
from . import vocabulary
from .context import Window, _Context

# the attribution the fragment may carry: ", the mayor says", "according to the air force"
_ATTRIBUTION = re.compile(r"(?:,|\s[—–-])\s*(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w'’.-]+\s+){0,4}?"
                          r"(?:says?|said|reports?|reported|claims?|claimed|estimates?|estimated|tells\s+\w+|told\s+\w+)\b[^,]*"
                          r"|(?:,\s*|^\s*)according\s+to\b[^,]*,?", re.I | re.S)
# any verb left once the attribution is gone makes it a sentence, not a fragment
_VERB = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|did|does|do"
                   r"|\w+(?:ed|ing)|hit|struck|fell|shot|sent|came|flew|got|made|went|took)\b", re.I)
_ADJECTIVE_ED = re.compile(r"\b(?:guided|unguided|armed|modified|upgraded|attack|combined|unmanned)\b", re.I)
_LAUNCH_WORDS = r"launch(?:ed|es)?|fired|dropped|unleashed|sent|came\s+in|flew\s+in"


@lru_cache(maxsize=1)
def _launch() -> re.Pattern[str]:
    """A launch, drop or strike verb: the weapons the sentence tells were used."""
    verbs = "|".join(vocabulary.pattern(n) for n in ("launch_verbs_weapon_only", "impact_verbs"))
    return re.compile(rf"\b(?:{_LAUNCH_WORDS}|{verbs})\b", re.I)


@lru_cache(maxsize=1)
def _families() -> dict[str, re.Pattern[str]]:
    bombs = r"bombs?|kabs?|fabs?"
    return {"drone": re.compile(rf"\b(?:{vocabulary.pattern('drone_kind_words')})\b", re.I),
            "missile": re.compile(rf"\b(?:{vocabulary.pattern('missile_kind_words')})\b", re.I),
            "bomb": re.compile(rf"\b(?:{bombs})\b", re.I)}


def fragment_hits(value: int, ctx: _Context, windows: Sequence[Window]) -> list[NumberMention]:
    """Mentions of `value` that count the previous sentence's launch in a verbless fragment."""
    out = []
    for x in ctx.mentions:
        if x.m.value != value or x.role is not None or x.sentence == 0 or x.noun not in ("weapon", None):
            continue
        if not any(a <= x.m.start and x.m.end <= b for a, b in windows):
            continue
        s, prev = ctx.sentences[x.sentence], ctx.sentences[x.sentence - 1]
        words = ctx.grounded[s.start:s.end]
        rest = _ATTRIBUTION.sub("", words)
        named = _named_families(rest)
        if x.noun is None and not re.search(r"\bof\s+(?:them|these|those)\b", rest, re.I):
            continue  # "Three, the mayor says": no weapon and no "of them"
        if _VERB.search(_ADJECTIVE_ED.sub("", rest)) or rest == words:
            continue  # a sentence with a verb of its own, or no attribution: the cues read it
        before = ctx.grounded[prev.start:prev.end]
        told = _named_families(before)
        counted = any(y.sentence == x.sentence - 1 and y.noun == "weapon" for y in ctx.mentions)
        if _launch().search(before) and told and not counted and (not named or named & told):
            out.append(x.m)
    return out


def _named_families(words: str) -> set[str]:
    return {family for family, pattern in _families().items() if pattern.search(words)}
