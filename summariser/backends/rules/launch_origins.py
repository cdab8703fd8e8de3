"""Where the weapons came from or flew over (r18, dev33 A1): "fired two missiles from launch sites
beyond the border near X", "the Shaheds came in from the north-east, over Y", "approached via the Z
region towards the capital". Such a place was not hit and never decides the target country: the
path runs from its launch or flight cue to the first stop (a target "at"/"towards", a hit verb, a
clause break that starts no further leg), and its places are dropped. "Missiles fired from the
sea hit X" keeps X. Vocabulary: knowledge/data/cues/place_roles.yaml (launch_origins, launch_path_stops,
launch_path_legs)."""

from __future__ import annotations

import re

from ...knowledge import cues
from .common import Facts

_ORIGIN = cues.pattern("place_roles", "launch_origins")
_STOP = re.compile(rf"\b(?:{cues.alternation('place_roles', 'launch_path_stops')})\b|[;:()\u2014\u2013]|\s-\s", re.I)
_LEG = re.compile(rf"\s*(?:and\s+)?(?:{cues.alternation('place_roles', 'launch_path_legs')})\b", re.I)


def drop_origin_places(text: str, f: Facts) -> None:
    """Take out the places named on a launch origin or flight path."""
    s = f.sent
    paths = [(m.end(), _path_end(text, m.end(), s.end)) for m in _ORIGIN.finditer(text, s.start, s.end)]
    if not paths:
        return
    f.places = [p for p in f.places if not any(a <= p.start < b for a, b in paths)]
    f.districts = [p for p in f.districts if not any(a <= p.start < b for a, b in paths)]


def _path_end(text: str, pos: int, end: int) -> int:
    """Where the path that begins at `pos` ends: the first stop, or a comma not followed by a further leg."""
    while True:
        stop = _STOP.search(text, pos, end)
        comma = text.find(",", pos, stop.start() if stop else end)
        if comma < 0:
            return stop.start() if stop else end
        if not _LEG.match(text, comma + 1, end):
            return comma
        pos = comma + 1
