"""Day headings of a timeline or a digest (atk8): "Monday, 3 November", "3 November:", "Nov. 4 —",
"November 4, 2025" opening a line (markdown "## 3 November" or "**3 November**" alike). The events under such a heading happened on its day: the
day is read with the shared date reader (`find_date`), so the year and the forms are the ones the
rest of the package reads. A weekday alone ("Tuesday") stays with `sections._WEEKDAY_HEAD`."""

from __future__ import annotations

import datetime as dt
import re

from ...dates import find_date
from ...records import DatePrecision

_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.?"
_DAY_OF_MONTH = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
_HEAD = re.compile(
    rf"\s*(?:[•·▪►‣◦]\s*|#{{1,6}}\s*)?(?:\*\*|__|\*|_)?(?P<head>(?:{_WEEKDAY},?\s+)?{_DAY_OF_MONTH}(?:,?\s+(?:19|20)\d{{2}})?)"
    r"(?:\*\*|__|\*|_)?(?:\s*(?P<mark>[:—–]|\s-\s)(?:\*\*|__|\*|_)?\s*(?P<rest>\S)?|\s*\.?(?:\*\*|__|\*|_)?\s*$)")


def day_head(sentence: str, published: dt.date | None) -> tuple[dt.date, bool] | None:
    """The day a paragraph's opening sentence heads, and whether the heading stands alone (a line
    of its own) rather than opening the paragraph's first sentence ("Nov. 4 — Drones hit ...").
    None when the sentence opens with no day of the month followed by a mark or the line's end."""
    m = _HEAD.match(sentence)
    if m is None:
        return None
    span = find_date(m.group("head"), published=published)
    if span is None or span.start is None or span.precision is not DatePrecision.day:
        return None
    return span.start, m.group("rest") is None
