"""A day told as a count of days back from the day of writing, anywhere in a model's `when`:
"19 days ago", "nineteen days ago, on a Sunday night", "it was twenty-three days ago",
"on Tuesday, 12 days ago". The day is the publication day less N; a weekday told with the count
is a check: when it agrees the day stands, when it does not the day of that weekday nearest to
the count is meant (a writer rounds the count, never the weekday).

Left alone (the date code's vague past, no day told): "a few days ago", "some days ago", "days
ago", "about 20 days ago" (an approximate count beyond `MAX_ROUNDED`: "about three days ago" is
still that day, as it always was read), weeks ("two weeks ago": a week is a loose
unit in speech), and counts beyond `MAX_DAYS_AGO` (a count that long is background, not a date
a reporter computes).
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import WD
from ..numbers import parse_number
from ..records import DatePrecision, DateSpan

MAX_DAYS_AGO = 60
MAX_ROUNDED = 10
_ONE = dt.timedelta(days=1)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# the count: digits, a number word, or a hyphenated / spaced compound ("twenty-three", "twenty three")
_COUNT_AGO = re.compile(r"(?:(?P<approx>\b(?:some|about|around|roughly|nearly|almost|over|more\s+than|approximately)\s+)"
                        r"|\b)(?P<n>\d{1,3}|[a-z]+(?:[- ][a-z]+)?)\s+days\s+ago\b", re.I)
_WEEKDAY = re.compile(rf"\b(?P<wd>{WD})\b", re.I)


def days_ago_date(words: str, published: dt.date) -> DateSpan | None:
    """The day "N days ago" in the words names (checked against a weekday told with it), or None."""
    m = _COUNT_AGO.search(words)
    if m is None or (n := _count(m.group("n"))) is None:
        return None
    if not 0 < n <= (MAX_ROUNDED if m.group("approx") else MAX_DAYS_AGO):
        return None
    day = published - n * _ONE
    if (told := _WEEKDAY.search(words)) is not None:
        day = _nearest_weekday(day, told.group("wd"))
    return DateSpan(start=day, end=day, text=words, precision=DatePrecision.day)


def _count(written: str) -> int | None:
    """The count as a number: the whole compound, else its last word ("it was nineteen": 19)."""
    for candidate in (written, written.replace("-", " ").split()[-1]):
        n = parse_number(candidate)
        if n is not None and float(n).is_integer():
            return int(n)
    return None


def _nearest_weekday(day: dt.date, weekday: str) -> dt.date:
    """The day of that weekday nearest to `day` (itself when it falls on it)."""
    target = next(i for i, name in enumerate(_WEEKDAYS) if name.startswith(weekday.lower()[:3]))
    shift = (target - day.weekday()) % 7
    return day + (shift if shift <= 3 else shift - 7) * _ONE


# the phrase as an article writes it, with a weekday told beside it ("19 days ago, on a Sunday
# night", "on Sunday, 19 days ago"): one mention, so that a calendar date is checked against both
_DAY_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_MENTION = re.compile(rf"(?:\b(?:on\s+)?(?:a\s+)?{WD}{_DAY_PART}\s*,\s*)?"
                      rf"\b(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?)\s+days\s+ago\b"
                      rf"(?:\s*,?\s*(?:early\s+|late\s+)?(?:on\s+)?(?:a\s+)?{WD}{_DAY_PART}\b)?", re.I)


def days_ago_mentions(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of each "N days ago" phrase in text[lo:hi] that tells a day (`days_ago_date`)."""
    published = dt.date(2000, 1, 31)  # any day: only whether the phrase tells one matters here
    return [(m.start(), m.end()) for m in _MENTION.finditer(text, lo, hi) if days_ago_date(m.group(0), published)]


def days_ago_around(words: str, text: str, around: tuple[int, int], published: dt.date) -> DateSpan | None:
    """The day of an "N days ago" phrase of the text that holds the words a model copied of it
    ("Sunday night" of "nineteen days ago, on a Sunday night"): the phrase's day, not the last
    Sunday's."""
    low = " ".join(words.lower().split())
    if not low:
        return None
    lo, hi = max(0, around[0] - 80), min(len(text), around[1] + 80)
    for m in _MENTION.finditer(text, lo, hi):
        if m.start() <= around[0] and around[1] <= m.end() and low in " ".join(m.group(0).lower().split()):
            day = days_ago_date(m.group(0), published)
            return day.model_copy(update={"text": words}) if day is not None else None
    return None
