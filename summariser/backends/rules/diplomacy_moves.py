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
from ...records import DatePrecision, DateSpan, Diplomacy, DiplomacyKind, DiplomacyStatus

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



# Round 15 (dev28 C5): a gathering told as planned with its venue, then moved by a mediator or a side
# in a sentence of its own ("Negotiators were to meet in Doha on 5 March. Qatar, mediating with Egypt,
# said the talks had been moved to 12 March."): one event, planned at the new day, still at the venue
# told before, with the sides of both sentences (codebook 13, 15, 16).
_MOVED = re.compile(
    rf"\b(?:the|this|that|their|these)\s+(?:[\w'’-]+\s+){{0,2}}?(?:talks|round|meeting|negotiations|summit|session)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{cues.alternation('diplomacy', 'rescheduled')})", re.I)
_GATHERINGS = {DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.summit}
_REACH = 2  # sentences between the plan and its move


def moved_gathering(found: list[tuple[int, Diplomacy]], idx: int, rec: Diplomacy) -> int | None:
    """The index in `found` of the planned gathering `rec` moves to a new day, or None."""
    if rec.kind not in _GATHERINGS or rec.status is not DiplomacyStatus.planned or rec.date is None \
            or rec.location is not None or not any(_MOVED.search(e.text) for e in rec.evidence):
        return None
    for i in sorted(range(len(found)), key=lambda k: found[k][0], reverse=True):
        j, old = found[i]
        if idx - j > _REACH or old.kind not in _GATHERINGS or old.status is not DiplomacyStatus.planned \
                or old.location is None or old.date == rec.date:
            continue
        if set(rec.participants) & (set(old.participants) | {old.location.country}) \
                or (idx - j <= 1 and any(_MEDIATING.search(e.text) for e in rec.evidence)):
            return i  # a shared side or host, or the mediators of the talks just told
    return None


# The mover told as a mediator ("Oman, mediating with Switzerland, said…"): a third party of the talks.
_MEDIATING = re.compile(r"\b(?:co-?)?mediat(?:es|ed|ing|ors?)\b|\bbroker(?:s|ed|ing)\b|\bgo-between\b", re.I)
