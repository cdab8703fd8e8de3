"""Items that carry their own date: a photo gallery's captions, a digest's or a briefing's
entries, each line opening with a dated stamp and no clock ("KHARKIV, Ukraine – October 9, 2026:
...", "**3.** SUMY — 14 February 2026: ...", "Photo 5 · DNIPRO, Ukraine, 2 April 2026: ...",
"9 October 2026 — ..."). The relative words of an item ("overnight", "in the morning", "on
Tuesday") are told from its stamp's day, not from the publication day, as a live blog's update is
told from its time stamp (`live_blog.entry_day`, which falls back to this when it finds no clock).

Only in an article with two such lines at least (one dateline at the top of a story is the
publication's own), and only for a stamp's day no later than publication.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import resolve
from ..records import DatePrecision

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?" \
         r"|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
_DATE = rf"{_WEEKDAY}(?:\d{{1,2}}[ \t]+{_MONTH}(?:,?[ \t]+\d{{4}})?|{_MONTH}[ \t]+\d{{1,2}}(?:,[ \t]*\d{{4}}|[ \t]+\d{{4}})?)"
# what may open the line before the place: bold or heading marks, "3.", "Photo 5 ·", "Slide 2:"
_LEAD = r"(?:[*_#]+[ \t]*)?(?:(?i:photo|picture|image|slide|caption)[ \t]*\d+[ \t]*[·•|:.)\-–—]?[ \t]*|\d{1,2}[.)][ \t]*)?(?:[*_]+[ \t]*)?"
# "KHARKIV, Ukraine", "Sloviansk", "NEW YORK": capitalised words, a country after a comma
_PLACE = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}(?:,[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?)?"
DATED_STAMP = re.compile(rf"^[ \t]*{_LEAD}(?:{_PLACE}[ \t]*(?:[,–—]|[ \t]-)[ \t]*)?(?P<date>{_DATE})[ \t]*(?:[*_]+[ \t]*)?"
                         r"(?::|[ \t]*[—–-](?=[ \t]))", re.M)
_MIN_ITEMS = 2


def item_day(text: str, around: tuple[int, int] | None, published: dt.date | None) -> dt.date | None:
    """The day of the dated item the words at `around` lie in (the last stamp before them), when
    the article has two dated items at least and the stamp's day is no later than publication;
    None otherwise."""
    if published is None or not text or around is None:
        return None
    pos = around[0]
    stamps = list(DATED_STAMP.finditer(text))
    if len(stamps) < _MIN_ITEMS:
        return None
    before = [m for m in stamps if m.start() <= pos]
    if not before:
        return None
    day = resolve(before[-1].group("date"), published)
    if day.start is None or day.precision is not DatePrecision.day or day.start > published:
        return None
    return day.start
