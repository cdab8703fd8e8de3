"""The weekday of an event called off or put off, told by the day it was set for: "a visit to
Moscow, scheduled for Monday, was called off" (published on a Saturday) is the coming Monday, as
are "talks due on Tuesday ... were postponed" and "set for Thursday ... cancelled": a plan
called off before its day lies ahead of the report. A weekday told in the past stays: "was to
have taken place last Monday", "On Monday, talks scheduled for that day were cancelled" (the
weekday is not the one the plan was set for). The set-for words live in
`data/vocabulary.yaml` `plan_set_words`.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..records import DatePrecision, DateSpan
from . import vocabulary

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# How far before the date words the set-for words may start ("scheduled for" + "this").
_LOOK_BACK = 40


@lru_cache(maxsize=1)
def _set_for_weekday() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{vocabulary.pattern('plan_set_words')})\s+(?:this\s+(?:coming\s+)?|on\s+)?(?P<day>{_WEEKDAY})\b",
                      re.I)


def called_off_weekday(found: DateSpan, words: str, published: dt.date, text: str,
                       around: tuple[int, int] | None) -> DateSpan:
    """`found` moved to the coming weekday when it is a past weekday the plan was set for; else
    `found` unchanged."""
    if found.start is None or found.precision is not DatePrecision.day or found.start >= published \
            or not re.search(rf"\b{_WEEKDAY}\b", words, re.I) or re.search(r"\b(?:last|past|previous)\b", words, re.I):
        return found
    lo, hi = _located(words, text, around)
    if lo < 0:
        return found
    for m in _set_for_weekday().finditer(text, max(0, lo - _LOOK_BACK), hi):
        if lo <= m.start("day") < hi:
            later = found.start
            while later < published:
                later += dt.timedelta(days=7)
            return DateSpan(start=later, end=later, text=found.text, precision=found.precision)
    return found


def _located(words: str, text: str, around: tuple[int, int] | None) -> tuple[int, int]:
    """Where the date words stand in the text near `around`; (-1, -1) when they are not there."""
    if not text or around is None:
        return -1, -1
    flat = " ".join(words.lower().split())
    at = text.lower().find(flat, max(0, around[0] - 200), around[1] + 200)
    return (at, at + len(flat)) if at >= 0 else (-1, -1)
