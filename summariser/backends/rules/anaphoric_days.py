"""A strike dated by reference to the day told before it (dev16 B10, dev17 B11): "On the same day,
shelling wounded two in X", "That same night, 40 drones were downed", "Later that day a drone hit
Y". The phrase names the last day the article dated before its sentence, whatever event that day
belonged to (a swap, a strike, a meeting) and however far back it was told; an event its own
words date keeps its date. A phrase with a year back ("the same day last year") dates nothing.
Vocabulary: knowledge/data/cues/anchoring.yaml (same_day_anaphors)."""

from __future__ import annotations

import re

from ...knowledge import cues
from .common import Facts
from .events import Event

_ANAPHOR = cues.pattern("anchoring", "same_day_anaphors")
_YEAR_BACK = re.compile(r"^\s*(?:,\s*)?(?:last|a|one|the\s+previous)\s+year\b|^\s*in\s+(?:19|20)\d\d\b", re.I)


def date_day_anaphors(events: list[Event], facts: list[Facts], text: str) -> None:
    """Give each undated event whose sentence refers to "the same day / that night" the date of
    the last dated sentence before it."""
    for ev in events:
        if ev.date is not None:
            continue
        told = next((f for f in ev.facts if _refers(text, f)), None)
        if told is None:
            continue
        before = [f for f in facts if f.idx < told.idx and f.date is not None and f.date.start is not None]
        if before:
            ev.date = max(before, key=lambda f: f.idx).date


def _refers(text: str, f: Facts) -> bool:
    m = _ANAPHOR.search(text, f.sent.start, f.sent.end)
    return m is not None and not _YEAR_BACK.match(text, m.end(), f.sent.end)
