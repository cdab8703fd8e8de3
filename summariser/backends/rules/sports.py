"""Sports reports: "Zorya Luhansk won 3-0, sealed by a long-range strike in the 88th minute".
A club named after a city is no place hit, and a strike, attack or counterattack in play is no
strike. A sentence with the words of a match and no weapon and no toll tells no event (a war
mention elsewhere in the article opens the gate, so the sentence itself must be read)."""

from __future__ import annotations

from ...knowledge import cues
from .common import Facts

_SPORTS = cues.pattern("nonstrike", "sports")


def drop_sports(text: str, f: Facts) -> None:
    """Mark a match sentence as no event: its places are clubs, its strikes are shots."""
    s = f.sent
    if f.counts or f.counted_weapons or f.weapon_types or not _SPORTS.search(text, s.start, s.end):
        return
    f.places, f.cumulative = [], True
