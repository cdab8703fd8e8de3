"""The weekday of an event called off or put off, told by the day it was set for: "a visit to
Moscow, scheduled for Monday, has been called off" (published on a Saturday) is the coming Monday,
as are "talks set for Tuesday are off" and "a meeting due on Thursday will not take place": a plan
called off now, before its day, lies ahead of the report.

A calling-off told in the past ("was scrapped", "were postponed", "Warsaw cancelled the visit
planned for Thursday") may be told after the day had passed, as a weekly piece does, and so may
one in a piece looking back on "this week": the weekday stays the one on or before publication
(dev13 class A3; the codebook dates a cancelled event by its planned day). A weekday told in the
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
    """`found` moved to the coming weekday when it is a past weekday the plan was set for and the
    plan is called off now; else `found` unchanged."""
    if found.start is None or found.precision is not DatePrecision.day or found.start >= published \
            or not re.search(rf"\b{_WEEKDAY}\b", words, re.I) or re.search(r"\b(?:last|past|previous)\b", words, re.I):
        return found
    lo, hi = _located(words, text, around)
    if lo < 0 or not _told_as_now(text, lo, hi):
        return found
    for m in _set_for_weekday().finditer(text, max(0, lo - _LOOK_BACK), hi):
        if lo <= m.start("day") < hi:
            later = found.start
            while later < published:
                later += dt.timedelta(days=7)
            return DateSpan(start=later, end=later, text=found.text, precision=found.precision)
    return found


def _told_as_now(text: str, lo: int, hi: int) -> bool:
    """The sentence of the date words calls the plan off as now, outside a look back on the week."""
    start = max(text.rfind(stop, 0, lo) for stop in (". ", "! ", "? ", "\n")) + 1
    ends = [i for i in (text.find(stop, hi) for stop in (". ", "! ", "? ", "\n")) if i >= 0]
    sentence = text[start:min(ends) if ends else len(text)]
    return called_off_now().search(sentence) is not None and not looking_back(sentence)


def _located(words: str, text: str, around: tuple[int, int] | None) -> tuple[int, int]:
    """Where the date words stand in the text near `around`; (-1, -1) when they are not there."""
    if not text or around is None:
        return -1, -1
    flat = " ".join(words.lower().split())
    at = text.lower().find(flat, max(0, around[0] - 200), around[1] + 200)
    return (at, at + len(flat)) if at >= 0 else (-1, -1)
