"""The war's lasting damage is no strike (dev19 B3c): "many fields near X remain mined or burnt",
"vineyards were burned and mined during the occupation". The sentence tells a state of the land
with no act of striking, no weapon's count, no toll and no day: it opens no record, even in an
article that is otherwise not about any strike. Vocabulary: knowledge/data/cues/eventhood.yaml
(war_damage_marks, damage_states)."""

from __future__ import annotations

from ... import lexicon as lx
from ...knowledge import cues
from .common import Facts

_MARK = cues.pattern("eventhood", "war_damage_marks")
_STATE = cues.pattern("eventhood", "damage_states")


def drop_war_damage(text: str, f: Facts) -> None:
    """Mark a sentence that tells only the war's lasting damage as no event."""
    s = f.sent
    marks = [(m.start(), m.end()) for m in _MARK.finditer(text, s.start, s.end)]
    if f.counts or f.counted_weapons or f.attacker or f.enemy or not marks:
        return
    if f.date is not None and f.date.precision.value in ("day", "range"):
        return
    acts = [m for m in lx.ATTACK_WORDS.finditer(text, s.start, s.end) if not _STATE.fullmatch(m.group(0))
            and not any(a <= m.start() < b for a, b in marks)]  # "after months of shelling": the war's span
    if not acts:
        f.cumulative = True
