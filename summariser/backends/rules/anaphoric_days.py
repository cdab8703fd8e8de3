"""A strike dated by reference to the day told before it (dev16 B10, dev17 B11): "On the same day,
shelling wounded two in X", "That same night, 40 drones were downed", "Later that day a drone hit
Y". The phrase names the last day the article dated before its sentence, whatever event that day
belonged to (a swap, a strike, a meeting) and however far back it was told; an event its own
words date keeps its date. A night anaphor names a night, passing over a recalled older day
(`summariser.night_anaphors`, r14: "Drones hit X overnight. X was last hit on 2 April. During the
same night ..."). A phrase with a year back ("the same day last year") dates nothing.
Vocabulary: knowledge/data/cues/anchoring.yaml (same_day_anaphors)."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...night_anaphors import is_night_anaphor, main_date, night_antecedent
from ...records import DateSpan
from .common import Facts
from .events import Event

_ANAPHOR = cues.pattern("anchoring", "same_day_anaphors")
_SCENE_SHIFT = cues.pattern("anchoring", "scene_shift_openers")
_YEAR_BACK = re.compile(r"^\s*(?:,\s*)?(?:last|a|one|the\s+previous)\s+year\b|^\s*in\s+(?:19|20)\d\d\b", re.I)


def date_night_anaphors(facts: list[Facts], text: str) -> None:
    """Date each undated sentence that says "the same night" / "that night" by the night it names,
    before the sentences are grouped: the sentence must not take the date of the record told just
    before it (a recalled older strike) when it is grouped."""
    for f in facts:
        if f.date is not None:
            continue
        before = sorted((b for b in facts if b.idx < f.idx and b.date is not None and b.date.start is not None),
                        key=lambda b: b.idx)
        night = _night(text, f, before) if before else None
        if night is not None and before[-1].date is not None \
                and (night.start, night.end) != (before[-1].date.start, before[-1].date.end):
            f.date = night  # only where it differs from the last day told, which the grouping gives it


def date_scene_shifts(facts: list[Facts], text: str) -> None:
    """An undated sentence opened by a change of scene ("Elsewhere, ...", "Meanwhile ...") right
    after a recalled older strike: the story's own date before that look back, not the old day."""
    for f in facts:
        if f.date is not None or not _SCENE_SHIFT.match(text, _first_word(text, f)):
            continue
        before = sorted((b for b in facts if b.idx < f.idx and b.date is not None and b.date.start is not None),
                        key=lambda b: b.idx)
        f.date = main_date([(b.date, text[b.sent.start:b.sent.end]) for b in before if b.date is not None])


def _first_word(text: str, f: Facts) -> int:
    m = re.compile(r"[\s\"'“‘(*-]*").match(text, f.sent.start, f.sent.end)
    return m.end() if m else f.sent.start


def date_day_anaphors(events: list[Event], facts: list[Facts], text: str) -> None:
    """Give each undated event whose sentence refers to "the same day / that night" the date of
    the last dated sentence before it."""
    for ev in events:
        if ev.date is not None:
            continue
        told = next((f for f in ev.facts if _refers(text, f)), None)
        if told is None:
            continue
        before = sorted((f for f in facts if f.idx < told.idx and f.date is not None and f.date.start is not None),
                        key=lambda f: f.idx)
        if not before:
            continue
        ev.date = _night(text, told, before) or before[-1].date


def _night(text: str, told: Facts, before: list[Facts]) -> DateSpan | None:
    """A night anaphor's night (`night_anaphors`): never a one-day date, never a recalled day."""
    m = _ANAPHOR.search(text, told.sent.start, told.sent.end)
    if m is None or not is_night_anaphor(m.group(0)):
        return None
    return night_antecedent([(f.date, text[f.sent.start:f.sent.end]) for f in before if f.date is not None])


def _refers(text: str, f: Facts) -> bool:
    m = _ANAPHOR.search(text, f.sent.start, f.sent.end)
    return m is not None and not _YEAR_BACK.match(text, m.end(), f.sent.end)
