"""A planned event dated by a part of a month (dev20 class C6; dev17 A5 read the month-end phrase in
grounding): "will be held at the end of the month", "by the close of March", "towards the middle
of next month", "at March's end". The date is that month (month precision), as
`grounding/period_parts` reads the same words, the next such month when a named month has passed."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ...knowledge import cues
from ...records import DatePrecision, DateSpan

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MON = "|".join(calendar.month_name[1:])
_PART = rf"(?:{cues.alternation('diplomacy_nonevents', 'month_part_nouns')})"
_MONTH_PART = re.compile(
    rf"\b(?:at|by|towards?|around|before|until|for|in)\s+the\s+(?:very\s+)?{_PART}\s+of\s+"
    rf"(?:(?:the|this)\s+(?P<this>month)|(?P<next>next)\s+month|(?P<mon>{_MON})\b)"
    rf"|\b(?:at|by|towards?|around|before|until|for)\s+(?:(?P<mon2>{_MON})|the\s+(?P<this2>month))['’]s\s+{_PART}\b", re.I)


def month_part_ahead(text: str, lo: int, hi: int, published: dt.date) -> DateSpan | None:
    """The month a part-of-month phrase names, on or after the publication month; None without one."""
    m = _MONTH_PART.search(text, lo, hi)
    if m is None:
        return None
    year, month = _month_ahead(m.group("mon") or m.group("mon2"), bool(m.group("next")), published)
    last = calendar.monthrange(year, month)[1]
    return DateSpan(start=dt.date(year, month, 1), end=dt.date(year, month, last), text=m.group(0),
                    precision=DatePrecision.month)


_FIRST = cues.alternation("diplomacy_nonevents", "month_halves_first")
_SECOND = cues.alternation("diplomacy_nonevents", "month_halves_second")
_HALF = re.compile(
    rf"\b(?:in|during|for|by|over|within)\s+the\s+(?:(?P<first>{_FIRST})|(?P<second>{_SECOND}))\s+half\s+of\s+"
    rf"(?:(?:the|this)\s+(?P<this>month)|(?P<next>next)\s+month|(?P<mon>{_MON})\b)", re.I)


def month_half_ahead(text: str, lo: int, hi: int, published: dt.date) -> DateSpan | None:
    """"In the second half of May": days 16 to the month's end (the first half: 1 to 15) of that month,
    on or after the publication month (round 14, class C4)."""
    m = _HALF.search(text, lo, hi)
    if m is None:
        return None
    year, month = _month_ahead(m.group("mon"), bool(m.group("next")), published)
    last = calendar.monthrange(year, month)[1]
    start, end = (1, 15) if m.group("first") else (16, last)
    return DateSpan(start=dt.date(year, month, start), end=dt.date(year, month, end), text=m.group(0),
                    precision=DatePrecision.range)


def _month_ahead(name: str | None, following: bool, published: dt.date) -> tuple[int, int]:
    """(year, month) of a named month on or after the publication month, of "next month", or of
    the publication month itself."""
    if name:
        month = _MONTHS[name.lower()]
        return published.year + (1 if month < published.month else 0), month
    if following:
        return published.year + (published.month == 12), published.month % 12 + 1
    return published.year, published.month
