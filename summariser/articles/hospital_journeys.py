"""A casualty's journey to treatment, as reports tell it after the strike: "the driver was taken to
hospital in X", "two were brought to X's regional hospital", "taken to the X central hospital, then
transferred to the clinic in Y", "both were evacuated to Z for surgery".

The town of the hospital is where the wounded are treated, not where the strike fell: the rules'
place roles drop a place that stands inside such a journey (`backends/rules/place_roles.py`).
One reader of the concept; vocabulary in knowledge/data/cues/hospital_injuries.yaml
(`treatment_moves`, `treatment_places`). A hit on a hospital ("a missile hit the hospital in X")
has no verb of moving the wounded and is no journey.
"""

from __future__ import annotations

import re

from ..knowledge import cues

_MOVES = cues.alternation("hospital_injuries", "treatment_moves")
_PLACES = cues.alternation("hospital_injuries", "treatment_places")
# "taken to", "rushed by ambulance to", "flown by helicopter to", "taken straight to"
_MOVE = re.compile(rf"\b(?:{_MOVES})\s+(?:(?:by|on|in)\s+(?:an?\s+)?[\w-]+\s+|straight\s+|immediately\s+|later\s+)?to\s+", re.I)
# the destination runs to the clause's end: a comma or "then"/"and" that starts the next leg
_END = re.compile(r"[,;:.!?()\u2014]|\s(?:then|and|where|but|after|before|while)\s")
_TREATED = re.compile(rf"\b(?:{_PLACES})\b", re.I)
# "X's hospital" / "the X regional hospital": the place names the hospital, before its noun
_LIMIT = 90


def journey_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the treatment destinations between `start` and `end`: from just after "taken
    to" to the end of its leg, when the leg names a hospital or treatment."""
    out = []
    for m in _MOVE.finditer(text, start, end):
        stop_at = min(end, m.end() + _LIMIT)
        close = _END.search(text, m.end(), stop_at)
        leg_end = close.start() if close else stop_at
        if _TREATED.search(text, m.end(), leg_end):
            out.append((m.end(), leg_end))
    return out
