"""Calendar primitives of the date reader: weekday and month names, the day a weekday names, the
year of a date written without one, and date spans. Kept apart from `dates` (which finds date
expressions in text) so that other readers (`date_forms`, the rules' day headings) share them."""

from __future__ import annotations

import datetime as dt

from .records import DatePrecision, DateSpan

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# the weekday names as written, capitalised, as a bare alternation (for case-sensitive patterns)
WD_NAMES = "|".join(w.capitalize() for w in WEEKDAYS)
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MON = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"


def recent_weekday(name: str, on_or_before: dt.date) -> dt.date:
    """The most recent `name` day on or before the given date."""
    target = WEEKDAYS.index(name.lower())
    return on_or_before - dt.timedelta(days=(on_or_before.weekday() - target) % 7)


def weekday_day(name: str, words: str, published: dt.date) -> dt.date:
    """The day a weekday names from the publication day: "last Tuesday" in a Tuesday's or a
    Wednesday's paper is the week before (never the day itself nor the day before); "this past
    Tuesday" in a Tuesday's paper too; "next Tuesday" the first one after it; "this Tuesday" the one
    in the publication's week (Monday to Sunday); a bare or "on" weekday the most recent one on or
    before publication."""
    day = recent_weekday(name, published)
    lead = " ".join(words.lower().split()[:2])
    if lead.startswith(("next", "this coming")):
        return published + dt.timedelta(days=(WEEKDAYS.index(name.lower()) - published.weekday() - 1) % 7 + 1)
    if lead.startswith("last"):  # r27: nor the day before it ("last Friday" in a Saturday's paper:
        # the day before is "Friday" or "yesterday", so "last" reaches into the week before)
        return day - dt.timedelta(days=7) if (published - day).days <= 1 else day
    if lead.startswith("this past"):
        return day - dt.timedelta(days=7) if day == published else day
    if lead.startswith("this"):
        monday = published - dt.timedelta(days=published.weekday())
        return monday + dt.timedelta(days=WEEKDAYS.index(name.lower()))
    return day


def year_for(month: int, day: int, published: dt.date | None) -> int | None:
    """A date written without a year is the most recent one on or before publication (events are
    reported after they happen; a coming one is read ahead where the record says so:
    `dates.looking_ahead`, the rules' diplomacy dates)."""
    if published is None:
        return None
    year = published.year
    try:
        if dt.date(year, month, day) > published:
            year -= 1
    except ValueError:
        return None
    return year


def weekday_under_heads(name: str, before: dt.date | None, published: dt.date) -> dt.date:
    """r39: the day a weekday heading names in a run of day headings: the first such weekday after the
    heading above it where that heading lies ahead of publication (a week-ahead diary: "MONDAY 2
    FEBRUARY", then "TUESDAY") or the day reached is no later than publication (a digest told in
    order); else, as a bare weekday is read, the latest one by publication."""
    if before is not None:
        ahead = before + dt.timedelta(days=(WEEKDAYS.index(name.lower()) - before.weekday() - 1) % 7 + 1)
        if before > published or ahead <= published:
            return ahead
    return recent_weekday(name, published)


def year_by_weekday(month: int, day: int, weekday: str, published: dt.date) -> int | None:
    """r39: a date written with its weekday and no year ("Monday 2 February") is in the year, of the
    publication's and the ones either side, whose such date falls on that weekday, the one nearest
    publication: a diary's coming Monday is not last year's 2 February. None when no year or more
    than one fits equally."""
    target = WEEKDAYS.index(weekday.lower())
    fits = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d.weekday() == target:
            fits.append((abs((d - published).days), year))
    fits.sort()
    if not fits or len(fits) > 1 and fits[0][0] == fits[1][0]:
        return None
    return fits[0][1]


def day_span(d: dt.date, text: str) -> DateSpan:
    return DateSpan(start=d, end=d, text=text, precision=DatePrecision.day)


def range_span(a: dt.date, b: dt.date, text: str | None, precision: DatePrecision = DatePrecision.range) -> DateSpan:
    return DateSpan(start=a, end=b, text=text, precision=precision)


def month_span(year: int, month: int, text: str) -> DateSpan:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return range_span(dt.date(year, month, 1), nxt - dt.timedelta(days=1), text, DatePrecision.month)
