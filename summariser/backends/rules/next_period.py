"""Time told relative to the strike told before. A fresh anchor one night or day on: "The next night, drones
hit the city again", "Kherson was shelled again the following evening", "a day later". The
sentence dates itself from the last event: the same span one day later, so that it starts an
event of its own even for the same city (a second night of strikes on one town is a second
record). The words live in knowledge/data/cues/anchoring.yaml (next_period). And "two days
after" a strike told: that strike, that many days before the one told last."""

from __future__ import annotations

import datetime as dt
import re

from ...knowledge import cues
from ...numbers import parse_number
from ...records import DatePrecision, DateSpan
from .common import Facts

_NEXT_PERIOD = cues.pattern("anchoring", "next_period")
_DAY = dt.timedelta(days=1)
_BY_BEFORE = re.compile(r"\b(?:by|until|till)\s+$", re.I)


def next_period(f: Facts, last_date: DateSpan | None) -> DateSpan | None:
    """The date of a sentence told 'the next night' or 'three days later' after an event dated
    `last_date`, or None."""
    if f.date is not None and f.date.start is not None or last_date is None or last_date.start is None:
        return None  # (a vague "three days earlier" has no day of its own: counted back here)
    m = _NEXT_PERIOD.search(f.sent.text) if f.date is None else None
    if m is not None and _BY_BEFORE.search(f.sent.text, 0, m.start()):
        m = None  # r51: "five dead were counted by the following morning": when the toll stood, no new day's strike
    days = 1 if m is not None else None
    if m is None and (m := _DAYS_LATER.search(f.sent.text)) is not None:
        days = _days_counted(m)
    if m is None or days is None:
        return None
    shift = dt.timedelta(days=days)
    end = last_date.end + shift if last_date.end is not None else None
    return DateSpan(start=last_date.start + shift, end=end, text=m.group(0), precision=last_date.precision)


# r15 (dev28 A2/B2): "Two days later", "a week later": that many days on, "three days earlier" back
# (up to a month; a larger count is a look far off that no day of the story anchors)
_DAYS_LATER = re.compile(rf"\b(?:(?:{cues.alternation('anchoring', 'days_count_hedges')})\s+)?(?P<n>[a-z]+|\d{{1,2}})"
                         r"\s+(?P<unit>days?|nights?|weeks?)\s+"
                         rf"(?:(?P<later>{cues.alternation('anchoring', 'days_count_later')})"
                         rf"|{cues.alternation('anchoring', 'days_count_earlier')})\b", re.I)
_MAX_DAYS_LATER = 31


def _days_counted(m: re.Match[str]) -> int | None:
    n = parse_number(m.group("n"))
    if n is None or n < 1:
        return None
    days = n * (7 if m.group("unit").lower().startswith("week") else 1)
    return None if days > _MAX_DAYS_LATER else days if m.group("later") else -days


_DAYS_AFTER = re.compile(r"^(?:just\s+|only\s+)?(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+after$", re.I)
_NUMBER = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def days_after(date: DateSpan | None, last_date: DateSpan | None) -> DateSpan | None:
    """'The strike came two days after a drone hit X': X's strike, two days before the one told last."""
    m = _DAYS_AFTER.match((date.text or "").strip()) if date is not None and date.start is None else None
    if m is None or last_date is None or last_date.start is None:
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else _NUMBER[m.group("n").lower()]
    day = last_date.start - dt.timedelta(days=n)
    return DateSpan(start=day, end=day, text=date.text if date else None, precision=DatePrecision.day)


# r49: "It was the second night in a row. The night before, drones had hit the docks": the night before the one told
_NIGHT_BEFORE = re.compile(r"^(?:(?:on|during|in)\s+)?(?:the\s+(?:previous|preceding)\s+night|the\s+night\s+before"
                           r"|a\s+night\s+earlier)$", re.I)


def night_before(date: DateSpan | None, last_date: DateSpan | None) -> DateSpan | None:
    """The night before the night the strike told last ran (read from publication by the date code, "the
    night before" is the night before the report's)."""
    if date is None or not _NIGHT_BEFORE.match((date.text or "").strip()) or last_date is None or last_date.start is None \
            or last_date.end is None or (last_date.end - last_date.start).days != 1:
        return None  # only after a night told (a day told, often the report's, leaves the date code's reading)
    return DateSpan(start=last_date.start - _DAY, end=last_date.start, text=date.text, precision=DatePrecision.range)


def day_of(told: DateSpan | None) -> DateSpan | None:
    """The day "in the afternoon" or "at 14:20" falls on, after a report of `told`: that day, or the
    day a night ends (an afternoon strike after "last night" is the next day, a new event)."""
    if told is None or told.start is None or told.precision.value not in ("day", "range"):
        return None
    if told.end is None or (told.precision.value == "range" and told.end - told.start != dt.timedelta(days=1)):
        return None
    return DateSpan(start=told.end, end=told.end, text=told.text, precision=DatePrecision.day)
