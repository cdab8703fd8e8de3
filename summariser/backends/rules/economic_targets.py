"""Economic measures told in the words of a strike (r9, A10): "EU leaders agreed penalties targeting
Moscow's energy revenues", "the measures hit Russia's oil income hard". A place whose economy is
aimed at ("Moscow's oil income"), or any place of a sentence whose subject is sanctions, penalties
or tariffs, is no place hit; a sentence left with no place is no event. A weapon or a toll in the
sentence keeps it ("drones targeted an oil terminal near Moscow"). The words live in
knowledge/data/cues/nonstrike.yaml (economic_measures, economic_objects)."""

from __future__ import annotations

import re

from ...knowledge import cues
from .common import Facts

_MEASURES = cues.pattern("nonstrike", "economic_measures")
_ECONOMY_AFTER = re.compile(
    rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{cues.alternation('nonstrike', 'economic_objects')})\b", re.I)


def drop_economic_targets(text: str, f: Facts) -> None:
    """Drop the places an economic measure aims at; no place left, no event."""
    if f.counts or f.counted_weapons or f.weapon_types or not f.places:
        return
    s = f.sent
    measures = _MEASURES.search(text, s.start, s.end) is not None
    kept = [p for p in f.places if not measures and not _ECONOMY_AFTER.match(text, p.end, s.end)]
    if len(kept) < len(f.places):
        f.places = kept
        if not kept:
            f.cumulative = True
