"""Weapons none of which was stopped: "None of the three Iskander-M missiles was intercepted",
"Not a single Kinzhal was brought down". The figure is how many were launched, and the
interception is nil; read as a plain downing it would claim every one of them stopped."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...records import Count
from ...sentences import Sentence
from .common import WeaponHit, clause_at, span_of, weapon_class

# "none of the", "not one of these", "not a single", "no": the nil that opens the weapon's phrase
_NONE_OF = re.compile(r"\b(?:none|not\s+(?:a\s+single|one|any))(?:\s+of\s+(?:the|these|those|its|their))?\s+", re.I)
# "None of the drones reached the city; all were shot down": another verb governs the nil
_OTHER_VERB = re.compile(r"\b(?:reach|hit|struck|strik|land|got|get|made|make|managed|fail|caus|damag|explod)\w*", re.I)


def mark_none_downed(text: str, s: Sentence, hits: list[WeaponHit]) -> None:
    """Turn 'None of the N <weapons> was <downed>' from N intercepted into N launched, 0 intercepted;
    add a nil interception for 'Not a single <weapon> was <downed>' (no figure)."""
    for mark in _NONE_OF.finditer(text, s.start, s.end):
        c0, c1 = clause_at(text, s, mark.start())
        cue = lx.INTERCEPT_CUES.search(text, mark.end(), c1)
        if cue is None or lx.NOT_INTERCEPTED.search(text, mark.end(), c1) or _OTHER_VERB.search(text, mark.end(), cue.start()):
            continue
        nil = Count(value=0, evidence=span_of(text, mark.start(), cue.end()))
        counted = next((h for h in hits if h.intercepted is not None and h.intercepted.evidence is not None
                        and mark.end() <= h.intercepted.evidence.start < cue.start()), None)
        if counted is not None:
            counted.launched = counted.launched or counted.intercepted
            counted.intercepted = nil
            continue
        weapon = lx.weapon_at(text, mark.end(), cue.start())
        if weapon is not None and weapon[1] is not None:
            hits.append(WeaponHit(weapon[1], weapon[2], intercepted=nil, classes=frozenset({weapon_class(weapon[1])})))
