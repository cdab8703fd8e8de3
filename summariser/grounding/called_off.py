"""The weekday of an event called off or put off, told by the day it was set for: "a visit to
Moscow, scheduled for Monday, has been called off" (published on a Saturday) is the coming Monday,
as are "talks set for Tuesday are off" and "a meeting due on Thursday will not take place": a plan
called off now, before its day, lies ahead of the report.

A calling-off told in the past ("was scrapped", "were postponed", "Warsaw cancelled the visit
planned for Thursday") may be told before the day or after it, as a weekly piece does: the weekday
is the nearer one, the past one when it lies at most three days back ("set for Thursday, was
called off", published on a Sunday: the Thursday just gone), the coming one otherwise ("scheduled
for Monday, was cancelled", published on a Sunday: tomorrow). In a piece looking back on "this
week" it is always the past one (dev13 class A3; the codebook dates a cancelled event by its
planned day). A weekday told in the
past stays too: "was to have taken place last Monday", "On Monday, talks scheduled for that day
were cancelled". The set-for and calling-off words live in `data/vocabulary.yaml`.
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
# A past-tense calling-off keeps a weekday this many days back at most; further back, the coming one is nearer.
_NEARER_BACK = 3


@lru_cache(maxsize=1)
def _set_for_weekday() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{vocabulary.pattern('plan_set_words')})\s+(?:this\s+(?:coming\s+)?|on\s+)?(?P<day>{_WEEKDAY})\b",
                      re.I)


@lru_cache(maxsize=1)
def called_off_now() -> re.Pattern[str]:
    """A calling-off told as now or ahead: "has been postponed", "have called off", "is off", "are
    being delayed", "will not take place"."""
    verbs = vocabulary.pattern("called_off_verbs")
    return re.compile(rf"\b(?:(?:ha(?:s|ve)|['’]s)\s+(?:now\s+|also\s+|just\s+)?(?:been\s+)?(?:\w+\s+)?(?:{verbs})"
                      rf"|(?:is|are|['’]re)(?:\s+(?:now|being|also))?\s+(?:{verbs})"
                      rf"|{vocabulary.pattern('not_happening_phrases')})\b", re.I)


@lru_cache(maxsize=1)
def _looking_back() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{vocabulary.pattern('looking_back_frames')})\b", re.I)


def looking_back(words: str) -> bool:
    """Words of a piece looking back on the week ("What fell through this week: ...")."""
    return _looking_back().search(words) is not None


def called_off_weekday(found: DateSpan, words: str, published: dt.date, text: str,
                       around: tuple[int, int] | None) -> DateSpan:
    """`found` moved to the coming weekday when it is a past weekday the plan was set for, and the
    plan is called off now or the coming weekday is the nearer; else `found` unchanged."""
    if found.start is None or found.precision is not DatePrecision.day or found.start >= published \
            or not re.search(rf"\b{_WEEKDAY}\b", words, re.I) or re.search(r"\b(?:last|past|previous)\b", words, re.I):
        return found
    lo, hi = _located(words, text, around)
    if lo < 0:
        return found
    sentence = _sentence(text, lo, hi)
    if looking_back(sentence) or (called_off_now().search(sentence) is None
                                  and (published - found.start).days <= _NEARER_BACK):
        return found
    for m in _set_for_weekday().finditer(text, max(0, lo - _LOOK_BACK), hi):
        if lo <= m.start("day") < hi:
            later = found.start
            while later < published:
                later += dt.timedelta(days=7)
            return DateSpan(start=later, end=later, text=found.text, precision=found.precision)
    return found


def _sentence(text: str, lo: int, hi: int) -> str:
    """The sentence around text[lo:hi]."""
    start = max(text.rfind(stop, 0, lo) for stop in (". ", "! ", "? ", "\n")) + 1
    ends = [i for i in (text.find(stop, hi) for stop in (". ", "! ", "? ", "\n")) if i >= 0]
    return text[start:min(ends) if ends else len(text)]


def _located(words: str, text: str, around: tuple[int, int] | None) -> tuple[int, int]:
    """Where the date words stand in the text near `around`; (-1, -1) when they are not there."""
    if not text or around is None:
        return -1, -1
    flat = " ".join(words.lower().split())
    at = text.lower().find(flat, max(0, around[0] - 200), around[1] + 200)
    return (at, at + len(flat)) if at >= 0 else (-1, -1)
