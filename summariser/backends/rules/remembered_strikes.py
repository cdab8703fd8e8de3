"""A past strike remembered by its month (r13atk, dev23 B4): "residents still recall May 2024, when
guided bombs hit a store and killed 19", "the deadliest attack on the city since April 2025, when
two missiles killed 35". The "when"-clause after a month or year that ended before publication
tells one strike of that month, with its own toll: a background event of its own (codebook 5),
dated to that month, never a part of today's strike on the same city. ("In October 2023, missiles
hit the market, killing 50" is already dated by its "in": facts._event_date.)

r22 (dev42 A6): the month may be a bare one ("was shelled over and over since April, when a depot there
burned after a raid by two helicopters": the last April before publication), and a "when"-clause
with no toll still tells one strike when it names one ("a raid", "a strike by three jets", "a
missile destroyed ...") and the sentence names its place: a background attack with a place is a
record (codebook 5), though the sentence around it tells the place's history."""

from __future__ import annotations

import datetime as dt
import re

from ... import lexicon as lx
from ...dates import find_dates
from ...records import DatePrecision, DateSpan
from .common import Facts

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_QUICK = re.compile(rf"\b(?:(?:19|20)\d\d|{'|'.join(_MONTHS)})\s*,?\s+when\b", re.I)
_WHEN_AFTER = re.compile(r"\s*,?\s+when\b", re.I)
# what the date reader leaves unread: "the summer of 2024", "last May" (the last one before publication)
_SEASON_OF = re.compile(r"\b(?P<season>spring|summer|autumn|fall)\s+of\s+(?P<year>(?:19|20)\d\d)(?=\s*,?\s+when\b)", re.I)
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_LAST_MONTH = re.compile(rf"\blast\s+(?P<month>{'|'.join(_MONTHS)})(?=\s*,?\s+when\b)", re.I)
# a bare month after a preposition of time ("since April, when", "in May, when"): the last one before
# the month of publication (r22, dev42 A6)
_BARE_MONTH = re.compile(rf"\b(?:since|in|from|until|till|back\s+in)\s+(?P<month>{'|'.join(_MONTHS)})(?=\s*,?\s+when\b)", re.I)
_CLAUSE_END = re.compile(r"[;:]|\s[—–]\s")


def remembered_strike(text: str, f: Facts, published: dt.date | None) -> bool:
    """Date `f` by the past month or year a "when"-clause with a toll (or one strike, at a place
    told) follows; whether it did."""
    s = f.sent
    if f.date is not None or published is None or not _QUICK.search(text, s.start, s.end):
        return False
    if not f.counts and not (f.places and one_strike_when(text, s.start, s.end)):
        return False
    for d in find_dates(text, s.start, s.end, published):
        if d.kind in ("month_year", "year") and _ended(d.span.end, d.span.precision, published) \
                and remembered_when(text, d.end):
            f.date = d.span
            break
    else:
        f.date = _unread_span(text, s.start, s.end, published)
    if f.date is not None and not f.counts:
        f.background = False  # "under fire again and again since April, when ...": the when-clause's one strike
    return f.date is not None


def one_strike_when(text: str, start: int, end: int) -> bool:
    """A "when"-clause after a month or year that tells one strike ("when a missile hit the depot")."""
    m = _QUICK.search(text, start, end)
    if m is None:
        return False
    stop = _CLAUSE_END.search(text, m.end(), end)
    return lx.SINGLE_STRIKE.search(text, m.end(), stop.start() if stop else end) is not None


def _unread_span(text: str, start: int, end: int, published: dt.date) -> DateSpan | None:
    """'the summer of 2024, when ...' (its three months), 'last May, when ...' (the last May
    before the month of publication), if ended before publication."""
    if (m := _SEASON_OF.search(text, start, end)) is not None:
        year, (first, last) = int(m.group("year")), _SEASON_MONTHS[m.group("season").lower()]
        span = DateSpan(start=dt.date(year, first, 1), end=_month_end(year, last), text=m.group(0),
                        precision=DatePrecision.range)
    elif (m := _LAST_MONTH.search(text, start, end) or _BARE_MONTH.search(text, start, end)) is not None:
        month = _MONTHS.index(m.group("month").lower()) + 1
        if month == published.month and m.re is _BARE_MONTH:
            return None  # "since July, when" in July: this month, not ended
        year = published.year if month < published.month else published.year - 1
        span = DateSpan(start=dt.date(year, month, 1), end=_month_end(year, month), text=m.group(0),
                        precision=DatePrecision.month)
    else:
        return None
    return span if span.end is not None and span.end < published else None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


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
