"""Diplomacy dates: a diplomatic event is a day; a planned event's weekday or day-month is the
next one; a decision is dated by its announcement; an event done weeks before is background."""

from __future__ import annotations

import datetime as dt
import re

from ...dates import find_dates
from ...records import DatePrecision, DateSpan, DiplomacyKind, DiplomacyStatus


# A day-month date without a year: news tells an event of ten months ago with its year or "last
# June", so such a date two months ahead at most is this year's, still to come.
_LAST_YEAR, _SOON = dt.timedelta(days=300), dt.timedelta(days=62)
_NEXT = re.compile(r"\b(?:next\s+(?P<unit>week|month)|(?P<tomorrow>tomorrow))\b", re.I)
_NIGHT_KINDS = {"overnight", "night_into", "between", "night_of", "wd_night", "previous_night"}


# Decisions whose announcement is the event: "Germany announced on Tuesday a new aid package".
_ANNOUNCED = {DiplomacyKind.military_aid, DiplomacyKind.sanctions, DiplomacyKind.statement,
              DiplomacyKind.proposal, DiplomacyKind.diplomatic_protest}


def diplomacy_date(text: str, lo: int, hi: int, published: dt.date | None,
                    status: DiplomacyStatus, kind: DiplomacyKind | None = None) -> DateSpan | None:
    """A diplomatic event is a day: a night range ("shortly after the overnight attacks") gives
    the day it ends; a weekday of a planned event is the next such day, not the last one; a
    decision is dated by its announcement."""
    found = find_dates(text, lo, hi, published)
    mentions = [d for d in found if d.role == "event"]
    if not mentions and kind in _ANNOUNCED and status is DiplomacyStatus.held:
        mentions = [d for d in found if d.role == "report" and d.span.start]
    if not mentions:
        if status is DiplomacyStatus.planned and published:
            m = _NEXT.search(text, lo, hi)
            if m and m.group("tomorrow"):
                d = published + dt.timedelta(days=1)
                return DateSpan(start=d, end=d, text=m.group(0), precision=DatePrecision.day)
            if m and m.group("unit").lower() == "week":
                monday = published + dt.timedelta(days=7 - published.weekday())
                return DateSpan(start=monday, end=monday + dt.timedelta(days=6), text=m.group(0),
                                precision=DatePrecision.week)
            if m:
                first = dt.date(published.year + (published.month == 12), published.month % 12 + 1, 1)
                last = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1) - dt.timedelta(days=1)
                return DateSpan(start=first, end=last, text=m.group(0), precision=DatePrecision.month)
        return None
    first_mention = mentions[0]
    span: DateSpan = first_mention.span
    if status is DiplomacyStatus.planned and published and first_mention.kind == "month" and span.start and span.end \
            and span.end < published:  # "will meet in April", said in March: next April
        return DateSpan(start=span.start.replace(year=span.start.year + 1), end=span.end.replace(year=span.end.year + 1),
                        text=span.text, precision=span.precision)
    if status is DiplomacyStatus.planned and published and first_mention.kind in ("dmy", "mdy") and span.start \
            and span.end and span.start < published and not re.search(r"\d{4}", span.text or ""):
        ahead = span.start.replace(year=published.year)  # "meet in Brussels on 23 October", said on 16 October
        if ahead >= published:
            return DateSpan(start=ahead, end=ahead, text=span.text, precision=span.precision)
    if status is not DiplomacyStatus.planned and published and first_mention.kind in ("dmy", "mdy") and span.start \
            and span.end and not re.search(r"\d{4}", span.text or "") and span.start < published - _LAST_YEAR:
        ahead = span.start.replace(year=published.year)  # "travels to Berlin on 12 June", said on 10 May
        if published <= ahead <= published + _SOON:
            return DateSpan(start=ahead, end=ahead, text=span.text, precision=span.precision)
    if first_mention.kind in _NIGHT_KINDS and span.end:
        return DateSpan(start=span.end, end=span.end, text=span.text, precision=DatePrecision.day)
    if status is DiplomacyStatus.planned and first_mention.kind == "wd" and published and span.start and span.start < published \
            and not re.match(r"last\b", span.text or "", re.I):
        nxt = span.start + dt.timedelta(days=7)
        return DateSpan(start=nxt, end=nxt, text=span.text, precision=span.precision)
    return span


def is_background(date: DateSpan | None, published: dt.date | None, status: DiplomacyStatus) -> bool:
    """An event done weeks before the article ("talks in Istanbul in 2022", "the summit in
    August"): scene-setting, not news (codebook rule 17 codes it only as optional)."""
    return bool(status is DiplomacyStatus.held and date and date.end and published
                and date.end < published - _BACKGROUND_AGE)


_BACKGROUND_AGE = dt.timedelta(days=28)
