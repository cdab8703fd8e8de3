"""Parts of a day (night, morning, afternoon, evening): the one table of `data/day_parts.yaml`,
read for a running sentence (the rules) and for a record's date words (grounding), and a clock
hour's part. The night that ends on a day comes first in it."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ._data import load

PARTS = ("night", "morning", "afternoon", "evening")  # in the order of a day


def _table() -> dict[str, Any]:
    table: dict[str, Any] = load("day_parts.yaml")
    return table


def _first_hours() -> dict[str, int]:
    hours: dict[str, int] = _table()["hours"]
    return hours


def _plain(phrase: str) -> str:
    return re.escape(phrase).replace(r"\ ", r"\s+")


def _words(part: str, kind: str) -> list[str]:
    return [_plain(w) for w in _table()["parts"][part][kind]]


@lru_cache(maxsize=1)
def _in_sentence() -> dict[str, re.Pattern[str]]:
    """A part's alone words, and its nouns inside a frame ("in the evening", "at dawn")."""
    frames: list[str] = _table()["frames"]
    patterns = {}
    for part in PARTS:
        nouns = "(?:" + "|".join(_words(part, "nouns")) + ")"
        alternatives = _words(part, "alone") + [frame.replace("{noun}", nouns) for frame in frames]
        patterns[part] = re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I)
    return patterns


@lru_cache(maxsize=1)
def _in_date_words() -> dict[str, re.Pattern[str]]:
    """A part's words, each alone: a record's date words are all time words."""
    return {part: re.compile(r"\b(?:" + "|".join(_words(part, "alone") + _words(part, "nouns")) + r")\b", re.I)
            for part in PARTS}


def first_in_sentence(text: str, start: int = 0, end: int | None = None) -> str | None:
    """The part of day a sentence (`text[start:end]`) names first, or None."""
    end = len(text) if end is None else end
    found = [(m.start(), part) for part, rx in _in_sentence().items() if (m := rx.search(text, start, end))]
    return min(found)[1] if found else None


def named_in_date_words(words: str) -> list[str]:
    """The parts of day a record's date words name ("late on Friday evening": evening), in day order; a
    word inside a longer phrase of another part names nothing of its own ("between dusk and dawn": the
    night, not the evening of its "dusk")."""
    spans = [(m.start(), m.end(), part) for part, rx in _in_date_words().items() for m in rx.finditer(words)]
    named = {part for lo, hi, part in spans
             if not any(lo2 <= lo and hi <= hi2 and hi2 - lo2 > hi - lo for lo2, hi2, _ in spans)}
    return [part for part in PARTS if part in named]


def part_of_hour(hour: int) -> str:
    """The part of day an hour (0-23) falls in; from the night's first hour on, the night that
    runs into the next day."""
    starts = _first_hours()
    if hour >= starts["night"] or hour < starts["morning"]:
        return "night"
    return "morning" if hour < starts["afternoon"] else "afternoon" if hour < starts["evening"] else "evening"


def night_starts_before(hour: int) -> bool:
    """Whether an hour of the night falls before midnight (22:30 belongs to the night ending the next day)."""
    return hour >= _first_hours()["night"]


# A clock time: "14:30", "6.45", "3 p.m.", "9:15 am" (the minutes or an am/pm make it one; a bare
# number is no time).
_CLOCK = re.compile(r"\b(?P<h>[01]?\d|2[0-3])(?:(?P<sep>[:.])[0-5]\d)?(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?(?!\d)", re.I)


def clock_hour(text: str, start: int = 0, end: int | None = None, *, dotted: bool = True) -> int | None:
    """The hour (0-23) of the first clock time in `text[start:end]`, or None. `dotted=False` for
    running prose, where "2.50" is more often a sum than a time: a dotted time then needs its am/pm."""
    end = len(text) if end is None else end
    for m in _CLOCK.finditer(text, start, end):
        ampm = m.group("ampm")
        if ampm is None and (m.group("sep") is None or (m.group("sep") == "." and not dotted)):
            continue
        return hour_on_dial(int(m.group("h")), ampm)
    return None


def hour_on_dial(hour: int, ampm: str | None) -> int:
    """An hour on the 24-hour dial ("3" with "p" is 15, "12" with "a" is 0)."""
    if not ampm:
        return hour
    return hour % 12 + (12 if ampm.lower() == "p" else 0)
