"""Falling debris after a downed tally (dev32-A7, codebook 8: the weapon from the sentences before):
"Eleven drones were shot down over the X region. ... Falling wreckage damaged a school in Y, the
governor said." The struck sentence names no weapon, only the debris of the weapons the tally
just counted; the record takes the tally's weapon kinds (no figures: the tally's counts are
placed by `regional_shares` / `region_totals`). Only a locality record with no weapon of its own,
told by debris that hit something, within a few sentences after a sentence that counts weapons
downed. Vocabulary: cues/nonstrike.yaml (debris_nouns, debris_hits)."""

from __future__ import annotations

from ...knowledge import cues
from .common import Facts, WeaponHit
from .strike_event import Event

_DEBRIS = cues.pattern("nonstrike", "debris_nouns")
_HIT = cues.pattern("nonstrike", "debris_hits")
_NEAR = 4  # sentences between the tally and the debris: the next paragraph or two, not the article's end


def _tells_debris(text: str, f: Facts) -> bool:
    s = f.sent
    return bool(_DEBRIS.search(text, s.start, s.end) and _HIT.search(text, s.start, s.end))


def _tally_before(facts: list[Facts], idx: int) -> Facts | None:
    """The nearest sentence before `idx` that counts weapons downed."""
    before = [f for f in facts if idx - _NEAR <= f.idx < idx and any(w.intercepted for w in f.counted_weapons)]
    return before[-1] if before else None


def lend_tally_weapons(events: list[Event], facts: list[Facts], text: str) -> None:
    """Give a weaponless record told by falling debris the weapon kinds of the tally just before."""
    for ev in events:
        if ev.country_level is not None or not ev.places or any(f.weapon_types or f.counted_weapons for f in ev.facts):
            continue
        first = next((f for f in ev.facts if _tells_debris(text, f)), None)
        if first is None or (tally := _tally_before(facts, first.idx)) is None:
            continue
        kinds = [WeaponHit(w.type, w.model, classes=w.classes) for w in tally.counted_weapons if w.intercepted]
        first.weapon_types = [w for i, w in enumerate(kinds) if all(v.type is not w.type for v in kinds[:i])]
