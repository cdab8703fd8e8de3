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
from .common import Facts

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
