"""Sports reports: "Zorya Luhansk won 3-0, sealed by a long-range strike in the 88th minute".
A club named after a city is no place hit, and a strike, attack or counterattack in play is no
strike. A sentence with the words of a match and no weapon and no toll tells no event (a war
mention elsewhere in the article opens the gate, so the sentence itself must be read)."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...lexicon.weapons import WEAPON_WORD
from .common import Facts

_SPORTS = cues.pattern("nonstrike", "sports")
_PLAY_VERB = re.compile(rf"(?:{cues.alternation('nonstrike', 'sports_weapon_verbs')})", re.I)


def drop_sports(text: str, f: Facts) -> None:
    """Mark a match sentence as no event: its places are clubs, its strikes are shots."""
    s = f.sent
    if f.counts or f.counted_weapons or _names_weapon(text, f) or not _SPORTS.search(text, s.start, s.end):
        return
    f.places, f.cumulative, f.weapon_types = [], True, []


def _names_weapon(text: str, f: Facts) -> bool:
    """A weapon the sentence names; not a verb of war that play borrows ("shelled the goaltender"), unless
    a side at war does it ("Russian troops shelled a football stadium")."""
    if not f.weapon_types:
        return False
    s = f.sent
    return f.attacker is not None or any(_PLAY_VERB.fullmatch(w.group(0)) is None
                                         for w in WEAPON_WORD.finditer(text, s.start, s.end))
