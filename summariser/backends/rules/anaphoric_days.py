"""A strike dated by reference to the day told before it (dev16 B10, dev17 B11): "On the same day,
shelling wounded two in X", "That same night, 40 drones were downed", "Later that day a drone hit
Y". The phrase names the last day the article dated before its sentence, whatever event that day
belonged to (a swap, a strike, a meeting) and however far back it was told; an event its own
words date keeps its date. A night anaphor names a night, passing over a recalled older day
(`summariser.night_anaphors`, r14: "Drones hit X overnight. X was last hit on 2 April. During the
same night ..."). A phrase with a year back ("the same day last year") dates nothing.
Vocabulary: knowledge/data/cues/anchoring.yaml (same_day_anaphors)."""

from __future__ import annotations

import datetime as dt
import re

from ...calendar_days import WEEKDAYS
from ...dates import find_dates
from ...knowledge import cues
from ...night_anaphors import is_night_anaphor, main_date, night_antecedent
from ...records import DateSpan
from .common import Facts
from .events import Event

_ANAPHOR = cues.pattern("anchoring", "same_day_anaphors")
_SCENE_SHIFT = cues.pattern("anchoring", "scene_shift_openers")
_YEAR_BACK = re.compile(r"^\s*(?:,\s*)?(?:last|a|one|the\s+previous)\s+year\b|^\s*in\s+(?:19|20)\d\d\b", re.I)
_OPENING = re.compile(r"[\s\"'“‘(*-]*")


def date_night_anaphors(facts: list[Facts], text: str, published: dt.date | None) -> None:
    """Date each undated sentence that says "the same night" / "that night" by the night it names
    (`night_anaphors`), before the sentences are grouped, where that differs from the last date a
    sentence before it gives: grouped, the sentence would take the record told just before it (a
    strike recalled by its older day). One that says "that afternoon" / "the same day" takes the
    last day told before it (r39), for the same reason."""
    for f in facts:
        m = _ANAPHOR.search(text, f.sent.start, f.sent.end) if f.date is None else None
        if m is None or _YEAR_BACK.match(text, m.end(), f.sent.end):
            continue
        if not is_night_anaphor(m.group(0)):
            if _POINTING.search(m.group(0)):  # r39: "He was killed on 29 January. That afternoon a bomb ...": that
                f.date = _day_told_last(text, f, published)  # day, before grouping lends an older strike's day
            continue  # ("during the day" points at no day told: the event's own reading dates it)
        night = night_antecedent(_told_before(text, f, published))
        last = max((b for b in facts if b.idx < f.idx and b.date is not None and b.date.start is not None),
                   key=lambda b: b.idx, default=None)
        if night is not None and last is not None and last.date is not None \
                and (night.start, night.end) != (last.date.start, last.date.end):
            f.date = night


_POINTING = re.compile(r"\b(?:that|same)\b", re.I)
_THAT_WEEKDAY = cues.pattern("anchoring", "told_weekday_anaphors")  # "that Friday evening" (r34)


def date_weekday_anaphors(facts: list[Facts], text: str, published: dt.date | None) -> None:
    """Date a sentence that says "that Friday" by the day the article told last before it, where that day
    is a Friday: read alone, the weekday would be the last one before publication."""
    for f in facts:
        m = _THAT_WEEKDAY.search(text, f.sent.start, f.sent.end) if f.date is not None else None
        if m is None:
            continue
        told = [d for d in _told_before(text, f, published) if d.start is not None and d.start == d.end]
        if told and told[-1].start is not None and WEEKDAYS[told[-1].start.weekday()] == m.group(0).split()[-1].lower():
            f.date = told[-1]


def date_scene_shifts(facts: list[Facts], text: str, published: dt.date | None) -> None:
    """An undated sentence opened by a change of scene ("Elsewhere, ...", "Meanwhile ...") right
    after a recalled older strike: the story's own date before that look back, not the old day."""
    for f in facts:
        opening = _OPENING.match(text, f.sent.start, f.sent.end)
        if f.date is None and _SCENE_SHIFT.match(text, opening.end() if opening else f.sent.start):
            f.date = main_date(_told_before(text, f, published))


def _day_told_last(text: str, f: Facts, published: dt.date | None) -> DateSpan | None:
    """The last date told before the sentence, where it is one day (a night or a span names no one day)."""
    told = _told_before(text, f, published)
    return told[-1] if told and told[-1].start is not None and told[-1].start == told[-1].end else None


def _told_before(text: str, f: Facts, published: dt.date | None) -> list[DateSpan]:
    """The dates the article's words give before the sentence (event role), in text order."""
    return [d.span for d in find_dates(text, 0, f.sent.start, published) if d.role == "event"]


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
