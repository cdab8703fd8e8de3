"""A live blog's updates dated by their time stamps (codebook rule 11: earliest and latest
possible dates). A live blog is an article of timestamped updates, each opening a line
("**06:55 GMT** - ...", "09:40 - ...", "10.15am: ...", "[14:05] ..."). An update that reports a
strike in the present perfect with no date words of its own ("A missile strike on the city has
killed one person") happened by the update's time: at the earliest the night before the
update's day, at the latest that day (`range`, its text the time stamp). The update's day is
the day the stamp gives itself ("Mon 1 Dec 2026 06.55 GMT"), else the day of a heading above the
stamp ("Monday 1 December", "Tuesday"), else the publication day.

Only for an article with two stamped lines at least, and only when nothing between the stamp
and the record's evidence dates anything: a record with its own date words keeps them.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import find_date, resolve
from ..records import DatePrecision, DateSpan

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_ZONE = r"(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|ET|EST|EDT|PT|PST|Kyiv\s+time|Moscow\s+time|local(?:\s+time)?)"
# "06:55", "6.55am", "7 pm", and wire copy's "0655 GMT" (four digits only before a zone)
_CLOCK = (r"\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?|\d{1,2}[ \t]*[ap]\.?m\.?"
          rf"|(?:[01]\d|2[0-3])[0-5]\d(?=[ \t]*\(?{_ZONE})")
# a stamp's own day, before its clock: "Mon 1 Dec 2026 06.55 GMT", "December 1, 09:40"
_STAMP_DAY = (rf"(?:(?:{_WEEKDAY}|mon|tue|wed|thu|fri|sat|sun)\.?,?[ \t]+)?(?:\d{{1,2}}[ \t]+{_MONTH}|{_MONTH}[ \t]+\d{{1,2}})"
              r"(?:,?[ \t]+\d{4})?,?[ \t]+")
# a stamp opening a line, in bold, brackets or bare, then a dash, colon, bar or the line's end
STAMP = re.compile(
    rf"^[ \t]*(?:[*_]{{1,2}}|\[|\()?[ \t]*(?:(?:updated|update)(?:\s+at)?:?\s+)?"
    rf"(?P<stamp>(?P<day>{_STAMP_DAY})?(?:{_CLOCK})(?:[ \t]*\(?{_ZONE}\)?)?)"
    r"(?:(?:[*_]{1,2}|\]|\))[ \t]*(?:[-—–:|][ \t]*)?|[ \t]*(?:[-—–:|][ \t]*|$))", re.I | re.M)
# a line that is a day alone: "Monday 1 December", "**Tuesday, December 2, 2026**", "3 December", "Wednesday"
_DAY_HEADING = re.compile(
    rf"^[ \t]*[*_#]*[ \t]*(?P<day>{_WEEKDAY}(?:,?[ \t]+(?:\d{{1,2}}[ \t]+{_MONTH}|{_MONTH}[ \t]+\d{{1,2}})(?:,?[ \t]+\d{{4}})?)?"
    rf"|(?:\d{{1,2}}[ \t]+{_MONTH}|{_MONTH}[ \t]+\d{{1,2}})(?:,?[ \t]+\d{{4}})?)[ \t]*[*_]*[ \t]*$", re.I | re.M)
_MIN_STAMPS = 2


def is_live_blog(text: str) -> bool:
    """Does the article hold two timestamped updates at least?"""
    return sum(1 for _ in zip(range(_MIN_STAMPS), STAMP.finditer(text))) >= _MIN_STAMPS


def update_date(text: str, pos: int, published: dt.date | None) -> DateSpan | None:
    """The date of the update `pos` lies in (the night before its day to its day), when the
    article is a live blog and nothing from the stamp up to `pos`'s sentence end dates anything."""
    stamp = _update_stamp(text, pos) if published is not None else None
    if stamp is None or published is None:
        return None
    line_end = text.find("\n", pos)
    end = len(text) if line_end < 0 else line_end
    if find_date(text, stamp.end(), end, published) is not None:
        return None  # the update dates its own strike ("on Tuesday", "overnight"): its words decide
    day = _stamp_day(stamp, published) or _heading_day(text, stamp.start(), published) or published
    return DateSpan(start=day - dt.timedelta(days=1), end=day, text=stamp.group("stamp"), precision=DatePrecision.range)


def entry_day(text: str, pos: int, published: dt.date) -> dt.date | None:
    """The day of the update `pos` lies in (its stamp's own day, else the day heading above it,
    else publication), when the article is a live blog; None otherwise."""
    stamp = _update_stamp(text, pos)
    if stamp is None:
        return None
    return _stamp_day(stamp, published) or _heading_day(text, stamp.start(), published) or published


def _update_stamp(text: str, pos: int) -> re.Match[str] | None:
    """The time stamp of the live-blog update `pos` lies in (the last one before it); None when
    the article is no live blog or `pos` comes before its first stamp."""
    if not is_live_blog(text):
        return None
    stamp = None
    for stamp in STAMP.finditer(text, 0, pos + 1):
        pass
    return stamp


def stamp_date(words: str, published: dt.date | None, text: str, around: tuple[int, int]) -> DateSpan | None:
    """A model's `when` that is an update's time stamp itself ("06:55 GMT"): that update's date."""
    stamp = STAMP.match(text, text.rfind("\n", 0, around[0]) + 1)
    if stamp is None or not (stamp.start("stamp") <= around[0] and around[1] <= stamp.end("stamp")):
        return None
    if " ".join(words.split()).lower() != " ".join(stamp.group("stamp").split()).lower():
        return None
    return update_date(text, stamp.end(), published)


def _stamp_day(stamp: re.Match[str], published: dt.date) -> dt.date | None:
    """The day a stamp gives itself ("Mon 1 Dec 2026 06.55 GMT"), when no later than publication."""
    if not stamp.group("day"):
        return None
    day = resolve(stamp.group("day").strip(" ,"), published)
    return day.start if day.start is not None and day.precision is DatePrecision.day and day.start <= published else None


def _heading_day(text: str, pos: int, published: dt.date) -> dt.date | None:
    """The day of the last day heading above `pos`, when it is no later than the publication day."""
    heading = None
    for heading in _DAY_HEADING.finditer(text, 0, pos):
        pass
    if heading is None:
        return None
    day = resolve(heading.group("day"), published)
    if day.start is None or day.precision is not DatePrecision.day or day.start > published:
        return None
    return day.start


def stamped_day(written: DateSpan, words: str, text: str, near: int, published: dt.date | None,
                diplomacy: bool = False) -> DateSpan | None:
    """A model's calendar day (or the night ending on it) that is the day of the update `near`
    lies in: that day (a diplomatic event on a night is the day it ends), as the update's stamp
    dates it (codebook rule 11); None when it is another day or the article is no live blog."""
    day = entry_day(text, near, published) if published is not None else None
    if day is None or written.start is None or written.end != day or (day - written.start).days > 1:
        return None
    if diplomacy or written.start == day:
        return DateSpan(start=day, end=day, text=words, precision=DatePrecision.day)
    return DateSpan(start=written.start, end=day, text=words, precision=DatePrecision.range)
