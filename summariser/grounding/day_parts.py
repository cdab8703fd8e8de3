"""The part of its day an event is dated to (night, morning, afternoon, evening), read from the
date words a record keeps (`DateSpan.text`), so that two strikes on one place on one day are told
apart: a city hit overnight and again in the evening is two events, even though the night (D-1..D)
and the evening (D) overlap as dates. Words and hours from `knowledge/data/day_parts.yaml`."""

from __future__ import annotations

import datetime as dt

from ..knowledge.day_parts import PARTS, clock_hour, named_in_date_words, night_starts_before, part_of_hour
from ..records import DateSpan

_ORDER = {part: place for place, part in enumerate(PARTS)}  # the night that ends on a day comes first


def day_slot(span: DateSpan | None) -> int | None:
    """The part of day a dated record falls in, as a count of quarter days (four a day, the night
    ending on a day first), or None when its words say no part or it is no single day or night."""
    if span is None or span.start is None or span.end is None or not span.text:
        return None
    days = (span.end - span.start).days
    part = _part(span.text)
    if days == 1 and part in (None, "night"):
        return _slot(span.end, "night")  # a night range: the night ending on its last day
    if days != 0 or part is None:
        return None
    hour = clock_hour(span.text)
    if part == "night" and hour is not None and night_starts_before(hour):
        return _slot(span.start + dt.timedelta(days=1), "night")  # 23:00: the night ending the next day
    return _slot(span.start, part)


def apart_in_the_day(a: DateSpan | None, b: DateSpan | None) -> bool:
    """Two records dated to different parts of a day, the night not running into the morning after
    it or the evening before it ("hit overnight" and "again in the evening" are two events)."""
    sa, sb = day_slot(a), day_slot(b)
    if sa is None or sb is None or sa == sb:
        return False
    low, high = sorted((sa, sb))
    night_next_to = high - low == 1 and (high % 4 == 0 or (low % 4 == 0 and high % 4 == 1))
    return not night_next_to and abs(sa - sb) < 8  # more than a day apart: the dates decide


def _slot(day: dt.date, part: str) -> int:
    return day.toordinal() * 4 + _ORDER[part]


def _part(words: str) -> str | None:
    hour = clock_hour(words)
    if hour is not None:
        return part_of_hour(hour)
    found = named_in_date_words(words)
    return found[0] if len(found) == 1 else ("night" if "night" in found and "evening" not in found else None)

