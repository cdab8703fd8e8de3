"""A strike told first with no place, then named by its toll (r42): "Before dawn on Friday a missile
tore into the hostel across the road. ... The council says nine died in Odesa in that attack."
The first sentence dates the strike and names its weapon and attacker but no place, so it makes no
record of its own; a later sentence that names a place and refers back to it ("in that attack",
"by the same strike") with no day of its own tells where it fell. The toll's sentence takes the strike's
day, attacker and weapon (as a date-only lead's sentences do, `lead_day.follow_lead`), and the
strike's own sentence is that record's evidence too (codebook 1, 8)."""

from __future__ import annotations

from ...knowledge import cues
from .common import Facts

# the sentences a reference back may lie after the strike (the aside about neighbours between them)
_WITHIN = 4
_REFERS_BACK = cues.pattern("eventhood", "strike_referred_back")


def unplaced_strike(f: Facts) -> bool:
    """A strike sentence with its own day and no place, that made no record."""
    return not f.places and not f.districts and not f.background and f.attack_vocab and bool(f.weapon_types) \
        and f.date is not None and f.date.start is not None and f.date.precision.value in ("day", "range")


def refers_to(f: Facts, told: Facts | None) -> bool:
    """The sentence names a place and refers back to the strike told with no place."""
    return told is not None and bool(f.places) and f.date is None and not f.background \
        and 0 < f.idx - told.idx <= _WITHIN and bool(_REFERS_BACK.search(f.sent.text)) \
        and not (f.attacker and told.attacker and f.attacker != told.attacker)

