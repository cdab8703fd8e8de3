"""Date words that name a part of a day, a part of a month or a season, read by grounding for a
model's `when` (`complete.resolve_when`) where the date code reads nothing:

- a clock time or a same-day clock span with no day word ("shortly before 6 a.m.", "just past
  9 p.m.", "from 10:00 to 15:30 Moscow time"): the day of the report, i.e. the live-blog entry's
  day (`live_blog.entry_day`), else the publication day;
- "the first / second half of March": the 1st to the 15th, or the 15th to the month's end;
- a season ("last autumn", "this summer", "in the winter", "spring 2025"): its three
  meteorological months (`data/seasons.yaml`), the coming one for a planned event.

Each returns None for words it does not know, so the next reader tries them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from importlib import resources

import yaml

from ..dates import MON, resolve
from ..records import DatePrecision, DateSpan

_CLOCK = (r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:a\.?m\.?|p\.?m\.?))?|(?:1[0-2]|[1-9])(?::[0-5]\d)?\s*(?:a\.?m\.?|p\.?m\.?)"
          r"|noon|midday")
_ZONE = r"(?:\s+(?:\(?(?:local|kyiv|kiev|moscow)\s+time\)?|gmt|utc|msk|cet|eet))?"
# "shortly before 6 a.m.", "just past 9 p.m.", "at about 14:20", "around noon"
_CLOCK_ALONE = re.compile(rf"^(?:at\s+)?(?:(?:just|shortly|soon|right|a\s+little)\s+)?(?:before|after|past|around|about"
                          rf"|approximately|roughly|at|by|until|till)?\s*(?:{_CLOCK}){_ZONE}$", re.I)
# "from 10:00 to 15:30", "between 08:00 and 14:00 Moscow time", "10:00-15:30"; optionally after a
# part of the day ("in the daytime hours, 10:00 to 15:30")
_CLOCK_SPAN = re.compile(rf"^(?:(?:in\s+|during\s+)?the\s+(?:daytime|morning|afternoon|evening)(?:\s+hours)?,?\s+)?"
                         rf"(?:(?:from|between)\s+)?(?:{_CLOCK}){_ZONE}\s*(?:-|–|—|to|and|until|till)\s*(?:{_CLOCK}){_ZONE}$",
                         re.I)
_HALF = re.compile(rf"^(?:in\s+|during\s+|by\s+|over\s+)?(?:the\s+)?(?P<half>first|second|latter|last)\s+half\s+of\s+"
                   rf"(?P<mon>{MON})(?:\s+(?P<y>(?:19|20)\d\d))?$", re.I)
_SEASON = re.compile(r"^(?:in\s+|during\s+|over\s+|through\s+|since\s+)?(?:the\s+)?(?:(?P<rel>last|this|next|past|coming)\s+)?"
                     r"(?P<season>[a-z]+)(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d))?$", re.I)


def day_words_date(words: str, published: dt.date, text: str = "", around: tuple[int, int] | None = None,
                   *, planned: bool = False) -> DateSpan | None:
    """The date of a clock time, half a month or a season, or None when the words are none of these."""
    low = " ".join(words.lower().strip(" .,").split())
    if _CLOCK_ALONE.fullmatch(low) or _CLOCK_SPAN.fullmatch(low):
        day = _report_day(text, around, published)
        if _CLOCK_SPAN.fullmatch(low) and _across_midnight(low):  # "from 22:00 to 04:00": the night ending that day
            return DateSpan(start=day - dt.timedelta(days=1), end=day, text=words, precision=DatePrecision.range)
        return DateSpan(start=day, end=day, text=words, precision=DatePrecision.day)
    if m := _HALF.fullmatch(low):
        return _half(m, words, published, planned)
    if (m := _SEASON.fullmatch(low)) and m.group("season") in _seasons():
        return _season(m, words, published, planned)
    return None


def _across_midnight(low: str) -> bool:
    """A clock span whose end comes before its start on the clock ("from 22:00 to 04:00")."""
    times = [_minutes(c.group(0)) for c in re.finditer(_CLOCK, low, re.I)]
    return len(times) == 2 and times[1] < times[0]


def _minutes(clock: str) -> int:
    if clock in ("noon", "midday"):
        return 12 * 60
    hour, minute = (int(x) for x in (re.findall(r"\d+", clock) + ["0"])[:2])
    if "p" in clock and hour < 12:
        hour += 12
    elif "a" in clock and hour == 12:
        hour = 0
    return hour * 60 + minute


def _report_day(text: str, around: tuple[int, int] | None, published: dt.date) -> dt.date:
    from .live_blog import entry_day

    return (entry_day(text, around[0], published) if text and around is not None else None) or published


def _half(m: re.Match[str], words: str, published: dt.date, planned: bool) -> DateSpan | None:
    month = resolve(f"in {m.group('mon').title()}" + (f" {m.group('y')}" if m.group("y") else ""), published)
    if month.start is None or month.end is None:
        return None
    start, end = month.start, month.end
    if planned and not m.group("y") and end < published:
        start, end = start.replace(year=start.year + 1), end.replace(year=end.year + 1, day=1)
        end = end.replace(day=calendar.monthrange(end.year, end.month)[1])
    first = m.group("half") == "first"
    return DateSpan(start=start if first else start.replace(day=15), end=start.replace(day=15) if first else end,
                    text=words, precision=DatePrecision.month)


@lru_cache(maxsize=1)
def _seasons() -> dict[str, int]:
    text = (resources.files(__package__) / "data" / "seasons.yaml").read_text(encoding="utf-8")
    return {name: int(month) for name, month in yaml.safe_load(text).items()}


def _occurrence(first_month: int, year: int) -> tuple[dt.date, dt.date]:
    """The season that starts in `first_month` of `year`, first to last day."""
    last_month, last_year = (first_month + 1) % 12 + 1, year + (first_month + 2 > 12)
    return dt.date(year, first_month, 1), dt.date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])


def _season(m: re.Match[str], words: str, published: dt.date, planned: bool) -> DateSpan:
    first = _seasons()[m.group("season")]
    years = [published.year + k for k in (-2, -1, 0, 1)]
    spans = [_occurrence(first, y) for y in years]
    if m.group("y"):
        start, end = _occurrence(first, int(m.group("y")))
    else:
        rel = m.group("rel")
        current = next((s for s in spans if s[0] <= published <= s[1]), None)
        past = [s for s in spans if s[1] < published]
        coming = [s for s in spans if s[0] > published]
        if rel in ("last", "past"):
            start, end = past[-1]
        elif rel in ("next", "coming"):
            start, end = coming[0]
        elif planned:
            start, end = current or coming[0]
        else:
            start, end = current or (past[-1] if rel is None or not coming else coming[0])
    return DateSpan(start=start, end=end, text=words, precision=DatePrecision.month)
