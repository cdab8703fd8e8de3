"""A past strike remembered by its month (r13atk, dev23 B4): "residents still recall May 2024, when
guided bombs hit a store and killed 19", "the deadliest attack on the city since April 2025, when
two missiles killed 35". The "when"-clause after a month or year that ended before publication
tells one strike of that month, with its own toll: a background event of its own (codebook 5),
dated to that month, never a part of today's strike on the same city. ("In October 2023, missiles
hit the market, killing 50" is already dated by its "in": facts._event_date.)"""

from __future__ import annotations

import datetime as dt
import re

from ...dates import find_dates
from ...records import DatePrecision
from .common import Facts

_QUICK = re.compile(r"\b(?:19|20)\d\d\s*,?\s+when\b", re.I)
_WHEN_AFTER = re.compile(r"\s*,?\s+when\b", re.I)


def remembered_strike(text: str, f: Facts, published: dt.date | None) -> bool:
    """Date `f` by the past month or year a "when"-clause with a toll follows; whether it did."""
    s = f.sent
    if f.date is not None or published is None or not f.counts or not _QUICK.search(text, s.start, s.end):
        return False
    for d in find_dates(text, s.start, s.end, published):
        if d.kind in ("month_year", "year") and _ended(d.span.end, d.span.precision, published) \
                and remembered_when(text, d.end):
            f.date = d.span
            return True
    return False


def remembered_when(text: str, pos: int) -> bool:
    """A "when"-clause right after `pos` (the end of a past date): "since April 2025, when ..." names
    the strike of that month to compare with, not a span of time to tally over."""
    return _WHEN_AFTER.match(text, pos) is not None


def _ended(end: dt.date | None, precision: DatePrecision, published: dt.date) -> bool:
    if end is None:
        return False
    if precision is DatePrecision.year:
        return end.year < published.year
    return end < published.replace(day=1)
