"""The day head of a list item dates every sentence of that item (dev13 class C7): in a timeline
"- **Tuesday, 3 March.** Sandu phoned Macron. Later, Romania signed a gas deal." both events are
of the 3rd, not only the one glued to the head. The item ends at its line's end."""

from __future__ import annotations

import datetime as dt
import re

from ...dates import find_dates
from ...records import DateSpan

# "- **Tuesday, 3 March.** …", "* **9 May** – …", "1. **Friday:** …": a list item opened by a bold head
_ITEM_HEAD = re.compile(r"^[ \t]*(?:[-*\u2022\u2013]|\d{1,2}[.)])[ \t]+(?:\*\*|__)(?P<head>[^*_\n]{1,40})(?:\*\*|__)", re.M)

ItemHead = tuple[int, int, DateSpan]  # item start, item end, the head's day


def item_heads(text: str, published: dt.date | None) -> list[ItemHead]:
    """Every list item whose bold head is a day."""
    out = []
    for m in _ITEM_HEAD.finditer(text):
        head = m.group("head")  # read alone: "__2 March__" glues the day to the markup's word characters
        found = [d for d in find_dates(head, 0, len(head), published) if d.span.start]
        if found:
            best = next((d for d in found if d.kind in ("dmy", "mdy")), found[0])
            end = text.find("\n", m.end())
            out.append((m.start(), len(text) if end < 0 else end, best.span))
    return out


def item_day(items: list[ItemHead], pos: int) -> DateSpan | None:
    """The day of the dated list item holding `pos`, if any."""
    return next((span for start, end, span in items if start <= pos < end), None)
