"""Weapons counted as the subject of their hit ("three drones struck the depot") are launched only
when no larger figure is told for the wave (codebook 9, ruling of 2 December, afternoon): a city's
"five missiles hit X" under a night's "Russia fired 40 missiles" is no launch of its own."""

from __future__ import annotations

import re

from ...records import Attack, Span
from .common import weapon_class
from .count_cues import hit_as_subject

# the weapon phrase between the number and its verb: "drones", "attack drones", "Russian cruise missiles"
_WEAPON_PHRASE = re.compile(r"(?:\s+[\w'’-]+){1,3}?(?=\s)")


def drop_hits_under_totals(attacks: list[Attack], text: str) -> None:
    """Unset each launch read from a hit whose family has a larger launch figure in the article."""
    launched = [(weapon_class(w.type), w.launched.value) for a in attacks for w in a.weapons if w.launched]
    for a in attacks:
        for w in a.weapons:
            if w.launched and _told_by_hit(text, w.launched.evidence) and any(
                    family == weapon_class(w.type) and value > w.launched.value for family, value in launched):
                w.launched = None


def _told_by_hit(text: str, ev: Span | None) -> bool:
    if ev is None:
        return False
    return any(hit_as_subject(text, m.end()) for m in _WEAPON_PHRASE.finditer(text, ev.end, min(len(text), ev.end + 60))
               if m.start() == ev.end)
