"""Wreckage found is no strike (dev20 B3): "Parts of a Geran were discovered on a farm close to
the village of X", "drone debris turned up outside Y", "police found fragments of a missile". The
sentence tells where pieces of a weapon lie, not a hit; in a neighbouring state it is a matter for
diplomacy. A find told with a hit ("debris crashed into a house", "damaging a roof") or a toll
stays a strike. Vocabulary: cues/nonstrike.yaml (debris_nouns, debris_found, debris_hits)."""

from __future__ import annotations

from ...knowledge import cues
from .common import Facts

_DEBRIS = cues.pattern("nonstrike", "debris_nouns")
_FOUND = cues.pattern("nonstrike", "debris_found")
_HIT = cues.pattern("nonstrike", "debris_hits")


def drop_found_debris(text: str, f: Facts) -> None:
    """Mark a sentence that only tells wreckage found as no strike."""
    s = f.sent
    if f.counts or f.damage or not (_DEBRIS.search(text, s.start, s.end) and _FOUND.search(text, s.start, s.end)):
        return
    if not _HIT.search(text, s.start, s.end):
        f.cumulative = True
