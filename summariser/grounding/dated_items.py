"""Items that carry their own date: a photo gallery's captions, a digest's or a briefing's
entries, each line opening with a dated stamp and no clock ("KHARKIV, Ukraine – October 9, 2026:
...", "**3.** SUMY — 14 February 2026: ...", "Photo 5 · DNIPRO, Ukraine, 2 April 2026: ...",
"9 October 2026 — ..."). The relative words of an item ("overnight", "in the morning", "on
Tuesday") are told from its stamp's day, not from the publication day, as a live blog's update is
told from its time stamp (`live_blog.entry_day`, which falls back to this when it finds no clock).

The stamps are read by `articles.day_stamps`, the reader the rules' day heads use too. Only in an
article with two such lines at least (one dateline at the top of a story is the
publication's own), and only for a stamp's day no later than publication.
"""

from __future__ import annotations

import datetime as dt
import re

from ..articles.day_stamps import day_stamps
from ..calendar_days import MON
from ..dates import resolve
from ..records import DatePrecision

_MIN_ITEMS = 2
# A calendar day named in full ("July 23", "23rd of July"): it carries its own day, which no
# item's stamp re-anchors ("April 9 and May 14 - Geneva again" under a "March 3" item).
CALENDAR_DAY = re.compile(rf"\b(?:{MON}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MON}\b)", re.I)


def names_calendar_day(words: str) -> bool:
    """True when the words name a month and a day of it."""
    return CALENDAR_DAY.search(words) is not None


def one_of_listed_days(words: str, listed: str) -> bool:
    """True when `listed` names more calendar days than the words do ("June 2" out of "June 2 and
    July 23"): the words keep their own day, not the list's span."""
    return names_calendar_day(words) and len(CALENDAR_DAY.findall(listed)) > len(CALENDAR_DAY.findall(words))


def item_day(text: str, around: tuple[int, int] | None, published: dt.date | None) -> dt.date | None:
    """The day of the dated item the words at `around` lie in (the last stamp before them), when
    the article has two dated items at least and the stamp's day is no later than publication;
    None otherwise."""
    if published is None or not text or around is None:
        return None
    pos = around[0]
    every = day_stamps(text)
    # an inline item head dates its own line only ("**Card 3 - Odesa, Monday 5 May.** ... during the night": r44)
    own = [m for m in every if m.inline and m.start <= pos <= m.line_end]
    stamps = [m for m in every if not m.inline]
    if len(every if own else stamps) < _MIN_ITEMS:
        return None
    before = own or [m for m in stamps if m.start <= pos]
    if not before:
        return None
    day = resolve(before[-1].date, published)
    if day.start is None or day.precision is not DatePrecision.day or day.start > published:
        return None
    return day.start
