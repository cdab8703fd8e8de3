"""A strike told with no weapon, then a quote that says how the place was hit: "Russian troops
attacked X on Monday, wounding two. 'The village was shelled from across the river,' the head
wrote." A quote's weapon words are as a rule no weapon of the record (quotes speak of the war in
general: "they shell us every day"), but a past passive "was shelled" / "came under mortar fire"
in the sentence right after the record's own is how that strike was done: artillery (codebook 8,
dev34-B6). Only for a record that names no weapon of its own, and a quote that names no other place."""

from __future__ import annotations

import dataclasses
import re

from ...records import WeaponType
from .common import Facts
from .strike_event import Event

_SHELLED = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?shelled\b"
                      r"|\b(?:came|had\s+come|has\s+come)\s+under\s+(?:heavy\s+|intense\s+|enemy\s+)?"
                      r"(?:artillery|mortar|tank|MLRS|rocket)\s+(?:fire|attack)\b", re.I)


def lend_quoted_shelling(events: list[Event], facts: list[Facts]) -> None:
    """Give a record with no weapon the artillery of the quote right after its last own sentence."""
    quotes = {f.idx: f for f in facts if f.quote and f.weapon_types}
    for ev in events:
        own = [f for f in ev.facts if not f.quote]
        if not own or any(f.weapon_types or f.counted_weapons for f in ev.facts if not f.quote):
            continue
        last = max(own, key=lambda f: f.idx)
        q = quotes.get(last.idx + 1)
        if q is None or not _SHELLED.search(q.sent.text) or q.hypothetical:
            continue
        names = {p.name for p in ev.places}
        if any(p.place.name not in names for p in q.places):
            continue  # the quote tells another place
        last.weapon_types += [dataclasses.replace(w) for w in q.weapon_types if w.type is WeaponType.artillery][:1]
