"""A live blog's entry tells one wave (dev21 B10): "**11:20** The ministry said 45 drones were
downed over six regions. A fuel depot caught fire in Klintsy." The consequence (a fire, debris,
damage) at a place with no weapon word of its own is the entry's wave (codebook rule 8) and takes
the weapon kinds the entry told before it, without figures (a tally's launched/intercepted stay on
its own record), as a date-only lead lends its kinds to the localities of its night
(`lead_weapons`). Only within one stamped entry: the next stamp opens another story."""

from __future__ import annotations

import bisect

from ... import lexicon as lx
from .common import Facts, WeaponHit
from .events import Event


def _entry_starts(text: str) -> list[int]:
    """Offsets where a stamped live-blog entry opens (a clock stamp at the start of a line)."""
    starts = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if lx.LIVE_STAMP.match(line):
            starts.append(pos)
        pos += len(line)
    return starts


def _kinds(facts: list[Facts]) -> list[WeaponHit]:
    """The weapon kinds told in `facts`, one per type, without figures; a combined total lends none."""
    seen: list[WeaponHit] = []
    for f in facts:
        for w in [*f.counted_weapons, *f.weapon_types]:
            if w.type.value != "other" and all(v.type is not w.type for v in seen):
                seen.append(WeaponHit(w.type, w.model, classes=w.classes))
    return seen


def lend_entry_weapons(events: list[Event], facts: list[Facts], text: str) -> None:
    """Give each weaponless locality record the weapon kinds its live-blog entry told before it."""
    starts = _entry_starts(text)
    if not starts:
        return
    for ev in events:
        if ev.country_level is not None or not ev.places or any(f.weapon_types or f.counted_weapons for f in ev.facts):
            continue
        first = ev.facts[0]
        i = bisect.bisect_right(starts, first.sent.start) - 1
        if i < 0:
            continue  # above the first stamp: no entry
        entry = [f for f in facts if starts[i] <= f.sent.start < first.sent.start and not (f.quote or f.hypothetical)]
        kinds = _kinds(entry)
        if kinds:
            first.weapon_types = kinds
