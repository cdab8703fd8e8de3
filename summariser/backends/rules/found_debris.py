"""Reports of traces, not of a strike (dev20 B3): wreckage found ("Parts of a Geran were
discovered on a farm close to the village of X", "drone debris turned up outside Y", "police found
fragments of a missile") and blasts heard by monitors or observers ("inspectors said they had heard
blasts around the station", "observers logged a run of detonations close to Z"). The sentence
tells where pieces lie or where sounds came from, not a hit; a find in a neighbouring state is a
matter for diplomacy. A report told with a hit ("debris crashed into a house", "damaging a roof")
or a toll stays a strike. Vocabulary: cues/nonstrike.yaml (debris_nouns, debris_found,
debris_hits, monitor_nouns, monitor_heard)."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...records import WeaponType
from .common import Facts, WeaponHit
from .strike_event import Event
from .weapon_anaphora import refines_generic

_DEBRIS = cues.pattern("nonstrike", "debris_nouns")
_FOUND = cues.pattern("nonstrike", "debris_found")
_HIT = cues.pattern("nonstrike", "debris_hits")
# the monitors, then (within a few words: "said they", "stationed at the plant") what they heard
_MONITORS_HEARD = re.compile(rf"\b(?:{cues.alternation('nonstrike', 'monitor_nouns')})\b[^.;:!?]{{0,60}}?"
                             rf"\b(?:{cues.alternation('nonstrike', 'monitor_heard')})\b", re.I)


def drop_found_debris(text: str, f: Facts) -> None:
    """Mark a sentence that only tells wreckage found or blasts heard by monitors as no strike."""
    s = f.sent
    if f.counts:
        return
    found = not f.damage and bool(_DEBRIS.search(text, s.start, s.end) and _FOUND.search(text, s.start, s.end))
    # monitors name the site they watch ("the plant", "the power station"): a damage noun, no damage
    if (found or _MONITORS_HEARD.search(text, s.start, s.end)) and not _HIT.search(text, s.start, s.end):
        f.cumulative = True


def _found(text: str, f: Facts) -> bool:
    s = f.sent
    return bool(_DEBRIS.search(text, s.start, s.end) and _FOUND.search(text, s.start, s.end))


def lend_forensic_models(events: list[Event], facts: list[Facts], text: str) -> None:
    """r19 (dev35 A8): a find that names the weapon's model right after a strike told with a generic
    missile ("investigators recovered fragments of an Iskander-M missile", "debris of a Kh-101 was
    found at the scene") refines that strike's weapon. The find stays no strike of its own; one
    with a place of its own ("fragments of a Kh-101 were found in a field near X") lends nothing."""
    for f in facts:
        if f.places or f.counts or not f.cumulative or not _found(text, f) or not any(w.model for w in f.weapon_types):
            continue
        before = [e for e in events if e.country_level is None and e.facts and e.last_idx < f.idx]
        if not before:
            continue
        ev = max(before, key=lambda e: e.last_idx)
        if not refines_generic(ev.facts, ev.last_idx, f):
            continue
        precise = [WeaponHit(w.type, w.model, classes=w.classes) for w in f.weapon_types if w.model]
        for g in ev.facts:
            if any(w.type is WeaponType.missile for w in g.weapon_types):
                g.weapon_types = [w for w in g.weapon_types if w.type is not WeaponType.missile] + precise
