"""The day head of a list item dates every sentence of that item (dev13 class C7): in a timeline
"- **Tuesday, 3 March.** Sandu phoned Macron. Later, Romania signed a gas deal." both events are
of the 3rd, not only the one glued to the head. The item ends at its line's end. The heads are
read by `articles.day_stamps`, the reader grounding's dated items use too."""

from __future__ import annotations

import datetime as dt

from ...articles.day_stamps import day_stamps
from ...dates import find_dates
from ...records import DateSpan

ItemHead = tuple[int, int, DateSpan]  # item start, item end, the head's day


def item_heads(text: str, published: dt.date | None) -> list[ItemHead]:
    """Every line opened by a day stamp, with its day."""
    out = []
    for stamp in day_stamps(text):
        found = [d for d in find_dates(stamp.date, 0, len(stamp.date), published) if d.span.start]
        if found:
            best = next((d for d in found if d.kind in ("dmy", "mdy")), found[0])
            out.append((stamp.start, stamp.line_end, best.span))
    return out


def item_day(items: list[ItemHead], pos: int) -> DateSpan | None:
    """The day of the dated list item holding `pos`, if any."""
    return next((span for start, end, span in items if start <= pos < end), None)
