"""A live blog's entry tells one wave (dev21 B10): "**11:20** The ministry said 45 drones were
downed over six regions. A fuel depot caught fire in Klintsy." The consequence (a fire, debris,
damage) at a place with no weapon word of its own is the entry's wave (codebook rule 8) and takes
the weapon kinds the entry told before it, without figures (a tally's launched/intercepted stay on
its own record), as a date-only lead lends its kinds to the localities of its night
(`lead_weapons`). Only within one stamped entry: the next stamp opens another story."""

from __future__ import annotations

import bisect
from dataclasses import replace

from ... import lexicon as lx
from ...knowledge import cues
from .common import Facts, WeaponHit, weapon_class
from .events import Event
from .sections import _paragraph_of, paragraph_starts


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


# --------------------------------------------------------------------------- round 14 (dev25 B4)
# A wire lead tells a wide wave with mixed weapons and one city's toll ("Drones and missiles
# pounded the south overnight, killing three in Odesa"); the city's own paragraph further down says
# what hit it ("In Odesa, a ballistic missile destroyed a warehouse"). The city's weapons are its
# paragraph's (codebook 8, 9): the lead's kinds belong to the wave. A city paragraph naming no
# weapon keeps the lead's (codebook 8), and a lead about the city alone ("drones and missiles hit
# Odesa") is the city's own mix.

_WIDE_AREA = cues.pattern("place_roles", "wide_area")


def own_paragraph_weapons(events: list[Event], text: str) -> None:
    """Drop a wide mixed lead's weapon kinds from a city record whose own paragraph names its weapon."""
    starts = paragraph_starts(text)
    for ev in events:
        if ev.country_level is not None or len(ev.places) != 1 or len(ev.facts) < 2:
            continue
        name = ev.places[0].name
        first_par = _paragraph_of(starts, ev.facts[0].sent.start)
        own = [f for f in ev.facts if _paragraph_of(starts, f.sent.start) > first_par
               and any(p.place.name == name for p in f.places) and f.weapon_types]
        if not own:
            continue
        for i, f in enumerate(ev.facts):
            if _paragraph_of(starts, f.sent.start) == first_par and _wide_mixed(f, name):
                ev.facts[i] = replace(f, weapon_types=[])  # a copy: another city's record keeps the lead's kinds


def _wide_mixed(f: Facts, name: str) -> bool:
    """A sentence naming two or more weapon classes for a wave wider than the city `name`."""
    classes = {weapon_class(w.type) for w in f.weapon_types if w.type.value != "other"}
    wide = bool(f.target_hint) or any(p.place.name != name for p in f.places) \
        or _WIDE_AREA.search(f.sent.text) is not None
    return len(classes) >= 2 and wide and not f.counted_weapons
