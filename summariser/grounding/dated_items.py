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

from ..articles.day_stamps import day_stamps
from ..dates import resolve
from ..records import DatePrecision

_MIN_ITEMS = 2


def item_day(text: str, around: tuple[int, int] | None, published: dt.date | None) -> dt.date | None:
    """The day of the dated item the words at `around` lie in (the last stamp before them), when
    the article has two dated items at least and the stamp's day is no later than publication;
    None otherwise."""
    if published is None or not text or around is None:
        return None
    pos = around[0]
    stamps = [m for m in day_stamps(text) if not m.inline]  # an inline item head dates its own line only
    if len(stamps) < _MIN_ITEMS:
        return None
    before = [m for m in stamps if m.start <= pos]
    if not before:
        return None
    day = resolve(before[-1].date, published)
    if day.start is None or day.precision is not DatePrecision.day or day.start > published:
        return None
    return day.start
