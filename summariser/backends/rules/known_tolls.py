"""A toll told in the "known to" frame (dev19): "at least five people are known to have died",
"three are known to have been killed", "30 are now known to be injured" — the epistemic frame of
"believed to have", a toll of the strike told just before. The same frame is the verified minimum
of a monitor or a wire's war-long tally ("at least 12 aid workers are known to have been killed"):
told with no place and no weapon, after no sentence that tells a strike's place or weapon, it
opens no record."""

from __future__ import annotations

import re

from .common import Facts

_KNOWN_TO = re.compile(r"\bknown\s+to\s+(?:have|be)\b", re.I)


def _strike_told(f: Facts) -> bool:
    """A strike with its place or weapon ("a missile hit the city"); an attack word alone ("the
    attack") tells none."""
    return bool(f.places or f.counted_weapons or f.weapon_types)


def drop_unanchored_known_tolls(facts: list[Facts]) -> None:
    """Mark as a tally a "known to" toll whose sentence and the sentence before tell no strike."""
    told = {f.idx for f in facts if _strike_told(f) and not f.cumulative}
    for f in facts:
        if not f.counts or _strike_told(f) or not _KNOWN_TO.search(f.sent.text):
            continue
        if f.idx - 1 not in told:
            f.counts, f.cumulative = [], True
