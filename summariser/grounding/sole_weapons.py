"""Counts a wave tells by its weapons' fate rather than by a numeral, for the LLM path:

- one weapon told as the only one launched: "the lone missile launched at Odesa", "a single drone
  fired overnight", "only a single missile was launched" -> launched 1;
- a wave told as unstoppable in the passive: "the missiles could not be stopped", "the drones
  couldn't be intercepted" -> intercepted 0 (never "some of the drones could not be stopped").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge import cues
from ..records import Qualifier
from . import vocabulary
from .context import Window, _Context
from .derived import WEAPON_WORDS

_WEAPONS = rf"(?:{WEAPON_WORDS}|kh-\d+\w*)"
_SOLE = cues.alternation("weapons", "sole_weapon_words")  # the rules' weapon_nils reads the same words


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    launch = r"launched|fired|sent|used"
    sole = re.compile(rf"\b(?:the|a|an|only\s+a|only\s+one)\s+(?:{_SOLE})?\s*(?<!\bthe\s)"
                      rf"(?:[\w-]+\s+){{0,2}}?{_WEAPONS}\s+(?:was\s+|had\s+been\s+)?(?:{launch})\b", re.I)
    stopped = cues.words_alternation("weapons", "none_downed_verbs")
    unstoppable = re.compile(rf"(?<!\bof\s)\b(?:the|its|their|these|those|both)\s+(?:[\w-]+\s+){{0,2}}?"
                             rf"{_WEAPONS}\s+(?:all\s+)?(?:could|can)\s*(?:not|n['’]t)\s+be\s+(?:{stopped})\b", re.I)
    return sole, unstoppable


def _lone(words: str) -> bool:
    """The weapon is told as the only one: a lone / single / sole / only, or "only a / one"."""
    return re.match(rf"(?:the|a|an)\s+(?:{_SOLE})\b|only\s+(?:a|one)\b", words, re.I) is not None


def sole_weapon_hits(ctx: _Context, windows: list[Window]) -> list[tuple[int, int, Qualifier]]:
    """(start, end, qualifier) of each weapon told as the only one launched (launched 1)."""
    return [(m.start(), m.end(), Qualifier.exact) for a, b in windows
            for m in _patterns()[0].finditer(ctx.grounded, a, b) if _lone(m.group(0))]


def unstoppable_hits(ctx: _Context, windows: list[Window]) -> list[tuple[int, int, Qualifier]]:
    """(start, end, qualifier) of each wave told as not stoppable (intercepted 0); its subject
    opens on a determiner not after "of", so "some of the drones could not be stopped" is none."""
    return [(m.start(), m.end(), Qualifier.exact) for a, b in windows
            for m in _patterns()[1].finditer(ctx.grounded, a, b)]
