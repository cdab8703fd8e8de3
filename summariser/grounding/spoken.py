"""Date words the date code (`summariser.dates`) does not read, or reads too narrowly for a
model's `when`, read by grounding only (`complete.resolve_when`):

- a holiday: "on Christmas Day", "on New Year's Eve", "at Easter" (`knowledge/data/holidays.yaml`, the
  table the date code reads too): the most recent one on or before publication, the coming one for a
  planned event;
- "N days ago" anywhere in the words (`days_ago`: up to sixty; a weekday told with it checks it):
  that day; "a week ago", "two weeks ago" stay vague (no day is told);
- "over the past week", "in the last seven days": the seven days up to publication; "over the past
  two days", "in the last 48 hours": those days; "for the third night in a row": the night just past;
- "since Saturday": from that day to publication (a tally over a period, not one day);
- a planned event "this weekend": the coming Saturday and Sunday;
- "at the end of November", "at the start of the month": the month (as "in late November" is read);
  a deadline "by the end of the month", "before year-end": that period (`deadlines`);
- "from 18:00 on Tuesday to 08:00 on Wednesday": from the first day to the last;
- a time of day with no day of its own ("in the early hours", "before dawn", "shortly after
  midnight", "at around 2 am"): the publication day, as the date code reads "in the morning".
"""

from __future__ import annotations

import datetime as dt
import re
from ..dates import MON, WD, looking_ahead, recent_weekday, resolve
from ..knowledge import holidays
from ..numbers import parse_number
from ..records import DatePrecision, DateSpan
from .days_ago import days_ago_date
from .deadlines import deadline_period

_ONE = dt.timedelta(days=1)
_MAX_DAYS_AGO = 10
_PAST_WEEK = re.compile(r"^(?:(?:over|in|during|within|for)\s+)?the\s+(?:past|last|previous)\s+(?:week|seven\s+days|7\s+days)$", re.I)
_COMING_WEEKEND = re.compile(r"^(?:(?:over|during|at|on|for)\s+)?(?:this|the|this\s+coming|the\s+coming)\s+weekend$", re.I)
_THIS_MONTH = re.compile(r"^(?:(?:in|during|within|for|by|over)\s+)?(?:this|the\s+current)\s+month$", re.I)
_PAST_DAYS = re.compile(r"^(?:(?:over|in|during|within|for)\s+)?the\s+(?:past|last|previous)\s+(?P<n>\w+)\s+"
                        r"(?P<unit>days|nights|hours)$", re.I)
_NIGHT_IN_A_ROW = re.compile(r"^(?:for\s+)?(?:the|a)\s+(?:second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+"
                             r"(?:night\s+in\s+a\s+row|night\s+running|consecutive\s+night|straight\s+night)$", re.I)
_PART_OF_PERIOD = re.compile(rf"^(?:at|towards?|around|in)\s+the\s+(?:start|beginning|end|middle|close)\s+of\s+"
                             rf"(?P<what>{MON}|the\s+month|this\s+month|the\s+week|this\s+week)$", re.I)
_SINCE = re.compile(rf"^since\s+(?:last\s+)?(?P<wd>{WD})(?:\s+(?:morning|evening|night))?$", re.I)
_TIME_OF_DAY = re.compile(
    r"^(?:(?:in|during)\s+the\s+(?:early|small|pre-dawn|predawn)\s+hours|(?:just\s+|shortly\s+)?(?:before|after|at)\s+"
    r"(?:dawn|daybreak|sunrise|midnight)|around\s+midnight|pre-?dawn|"
    r"(?:at\s+)?(?:around|about|approximately|roughly)\s+(?:1[0-2]|[1-9])(?::[0-5]\d)?\s*(?:a\.?m\.?|p\.?m\.?)"
    # a report's hour ("as of 08:00", "as of 9 a.m."): the day it is given
    r"|as\s+of\s+(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s+(?:local|kyiv|moscow)\s+time)?)$", re.I)


def spoken_date(words: str, published: dt.date, *, planned: bool = False, forward: bool = False) -> DateSpan | None:
    """The date the words name read as above, or None when they are none of these phrases."""
    low = " ".join(words.lower().strip(" .,").replace("’", "'").split())
    if (period := deadline_period(low, published)) is not None:  # "by the end of the month": that month (`deadlines`)
        found = spoken_date(period, published, planned=planned, forward=forward) or resolve(period, published)
        return found.model_copy(update={"text": words}) if found.start is not None else None
    if planned and _COMING_WEEKEND.match(low):  # "talks this weekend": the coming one, not the last
        return coming_weekend(words, published)
    if (day := _holiday(low, published, planned or forward)) is not None:
        return DateSpan(start=day, end=day, text=words, precision=DatePrecision.day)
    if (ago := days_ago_date(low, published)) is not None:  # "nineteen days ago, on a Sunday night"
        return ago.model_copy(update={"text": words})
    if m := _PAST_DAYS.match(low):  # "over the past two days", "in the last 48 hours"
        n = parse_number(m.group("n"))
        if n and m.group("unit").startswith("hour"):
            n = n // 24 if n % 24 == 0 else 0
        if n and n <= _MAX_DAYS_AGO:
            return DateSpan(start=published - n * _ONE, end=published, text=words, precision=DatePrecision.range)
    if _NIGHT_IN_A_ROW.match(low):  # "for the second night in a row": the night just past
        return DateSpan(start=published - _ONE, end=published, text=words, precision=DatePrecision.range)
    if _PAST_WEEK.match(low):
        return DateSpan(start=published - 7 * _ONE, end=published, text=words, precision=DatePrecision.week)
    if m := _SINCE.match(low):
        first = recent_weekday(m.group("wd"), published - _ONE)
        return DateSpan(start=first, end=published, text=words, precision=DatePrecision.range)
    if m := _PART_OF_PERIOD.match(low):  # "at the end of November": the month, as "in late November" is read
        what = m.group("what")
        if what in ("the week", "this week"):
            return resolve("this week", published).model_copy(update={"text": words})
        month = resolve("this month" if what in ("the month", "this month") else f"in {what.title()}", published) \
            if what not in ("the month", "this month") else _this_month(published)
        if month.start is None or month.end is None:
            return None
        if planned and month.end < published:  # "talks at the end of January", planned in December
            month = resolve(f"in {what.title()}", dt.date(published.year + 1, published.month, 1))  # the 1st: a 29 February has no day a year on
        elif forward:
            month = looking_ahead(month, what, published)
        return month.model_copy(update={"text": words})
    if _THIS_MONTH.match(low):  # a bare "this month" (a plan's too): the publication's month
        return _this_month(published).model_copy(update={"text": words})
    if (span := _from_to(words, published)) is not None:
        return span
    if _TIME_OF_DAY.match(low):
        return DateSpan(start=published, end=published, text=words, precision=DatePrecision.day)
    return None


def coming_weekend(words: str, published: dt.date) -> DateSpan:
    """The coming Saturday and Sunday (Sunday alone when published on a Sunday): a plan's weekend."""
    saturday = published + ((5 - published.weekday()) % 7) * _ONE
    start = published if published.weekday() == 6 else saturday
    return DateSpan(start=start, end=saturday + _ONE if start == saturday else start, text=words,
                    precision=DatePrecision.range)


# "from 18:00 on Tuesday to 08:00 on Wednesday", "between 1 December and 07:00 on 2 December"
_FROM_TO = re.compile(r"^(?:from|between)\b.+\b(?:to|and|until|till)\b", re.I)


def _from_to(words: str, published: dt.date) -> DateSpan | None:
    """A period told by its first and last day: from the first's start to the last's end."""
    from ..dates import find_dates

    if not _FROM_TO.match(words.strip()):
        return None
    days = [d.span for d in find_dates(words, 0, len(words), published) if d.span.start and d.span.end]
    if len(days) != 2 or days[0].start is None or days[1].end is None or days[1].end <= days[0].start:
        return None
    return DateSpan(start=days[0].start, end=days[1].end, text=words, precision=DatePrecision.range)


def _this_month(published: dt.date) -> DateSpan:
    first = published.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - _ONE
    return DateSpan(start=first, end=last, precision=DatePrecision.month)


def _holiday(low: str, published: dt.date, planned: bool) -> dt.date | None:
    name = re.sub(r"^(?:on|over|during|at)\s+", "", low)  # never "before Christmas": a deadline, no day
    name = re.sub(r"^(?:this|last|this\s+year's|last\s+year's)\s+", "", name)
    return holidays.holiday_day(name, published, ahead=planned)
