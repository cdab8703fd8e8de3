"""Date forms `summariser.dates` matches and resolves here: dates in figures ("01.12.2026",
"2026-12-01"), a range of days in one month ("Nov 28-29", "28-29 November") and a day of the
month alone ("on the 1st", "on the 28th of last month"), a range across months ("28 November to
1 December").
"""

from __future__ import annotations

import datetime as dt
import re

from .calendar_days import MONTHS, day_span, range_span, year_for
from .records import DateSpan


def resolve_form(kind: str, m: re.Match[str], text: str, p: dt.date | None) -> DateSpan | None:
    if kind == "numeric":
        return _numeric_day(m, text)
    if kind == "day_range":
        return _day_range(m, text, p)
    if kind == "month_range":
        return _month_range(m, text, p)
    return _ordinal_day(int(m.group("d")), text, p, last="last" in text.lower()) if p else None


def _numeric_day(m: re.Match[str], text: str) -> DateSpan | None:
    try:
        return day_span(dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))), text)
    except ValueError:
        return None


def _day_range(m: re.Match[str], text: str, published: dt.date | None) -> DateSpan | None:
    """"Nov 28-29": from the first day to the last, in the year the last one falls (as a date alone)."""
    month, first, last = MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("d")), int(m.group("d2"))
    year = int(m.group("y")) if m.group("y") else year_for(month, last, published)
    if year is None or last <= first:
        return None
    try:
        return range_span(dt.date(year, month, first), dt.date(year, month, last), text)
    except ValueError:
        return None


def _month_range(m: re.Match[str], text: str, published: dt.date | None) -> DateSpan | None:
    """"28 November to 1 December": the first day in the year before the last's when its month is later."""
    first_month, last_month = (MONTHS[m.group(g).lower().rstrip(".")] for g in ("mon", "mon2"))
    last_day = int(m.group("d2"))
    year = int(m.group("y")) if m.group("y") else year_for(last_month, last_day, published)
    if year is None:
        return None
    try:
        last = dt.date(year, last_month, last_day)
        first = dt.date(year - (first_month > last_month), first_month, int(m.group("d")))
    except ValueError:
        return None
    return range_span(first, last, text) if first < last else None


def _ordinal_day(day: int, text: str, p: dt.date, last: bool = False) -> DateSpan | None:
    """"On the 3rd": that day of the publication's month, or of the month before when it is still
    to come (or the words say "of last month")."""
    first = p.replace(day=1)
    if last or day > p.day:
        first = (first - dt.timedelta(days=1)).replace(day=1)
    try:
        return day_span(first.replace(day=day), text)
    except ValueError:
        return None
