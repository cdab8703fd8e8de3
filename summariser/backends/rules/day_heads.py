"""Day headings of a timeline or a digest (atk8): "Monday, 3 November", "3 November:", "Nov. 4 —",
"November 4, 2025" opening a line (markdown "## 3 November" or "**3 November**" alike). The events
under such a heading happened on its day. The heading is read by `articles.day_stamps` (the reader
grounding's dated items use too) and its day with the shared date reader (`find_date`), so the
year and the forms are the ones the rest of the package reads. A weekday alone ("Tuesday") stays
with `sections._WEEKDAY_HEAD`."""

from __future__ import annotations

import datetime as dt

from ...articles.day_stamps import day_stamp
from ...dates import find_date
from ...records import DatePrecision


def day_head(sentence: str, published: dt.date | None) -> tuple[dt.date, bool] | None:
    """The day a paragraph's opening sentence heads, and whether the heading stands alone (the
    sentence holds nothing else) rather than opening the paragraph's first sentence ("Nov. 4 —
    Drones hit ..."). None when the sentence opens with no day stamp, or with a timeline item's
inline head, which governs no section."""
    words = sentence.lstrip()
    stamp = day_stamp(words)
    if stamp is None or stamp.inline:
        return None  # an inline head ("- **3 March.** Talks ...") dates its own item only (diplomacy_item_heads)
    span = find_date(stamp.date, published=published)
    if span is None or span.start is None or span.precision is not DatePrecision.day:
        return None
    return span.start, not words[stamp.end:].strip()
