"""An event moved to a month named without a day ("the summit was moved to December", "pushed
back to early June"): planned in the next such month from the reference day. The day-level
moves are read by `diplomacy_dates.rescheduled_date`; this covers the month the date reader
leaves alone. An event postponed with no new day is called off (codebook 16, ruling of 2 December
2026)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ...knowledge import cues
from ...records import DatePrecision, DateSpan

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MOVED_TO_MONTH = re.compile(
    rf"\b(?:{cues.alternation('diplomacy', 'rescheduled')})\s+(?:early\s+|late\s+|mid-?)?"
    rf"(?P<month>{'|'.join(calendar.month_name[1:])})\b(?!\s+\d)", re.I)


def moved_to_month(text: str, lo: int, hi: int, reference: dt.date | None) -> DateSpan | None:
    """The month an event was moved to, as a month-precision span on or after the reference
    month; None when no bare month follows a word of moving."""
    m = _MOVED_TO_MONTH.search(text, lo, hi)
    if m is None or reference is None:
        return None
    month = _MONTHS[m.group("month").lower()]
    year = reference.year + (1 if month < reference.month else 0)
    last = calendar.monthrange(year, month)[1]
    return DateSpan(start=dt.date(year, month, 1), end=dt.date(year, month, last), text=m.group("month"),
                    precision=DatePrecision.month)

