"""r51 (dev77): a strike told of "the city" right after a sentence of the same paragraph that names
that one city and a day ("Our bus could not reach Sumy on Friday. The town came under fire all
morning, ..."): the strike falls on that day and in that city, not on the day of the event told
before it. Only a sentence that tells a strike, names no town of its own and no day (a part of the
day at most) is dated so."""

from __future__ import annotations

import datetime as dt
import re

from ...dates import find_dates
from ...records import DatePrecision
from ...sentences import Sentence
from .city_heads import one_city
from .common import Facts, PlaceHit
from .verdict_heads import ANAPHOR_DETERMINER

_CITY = re.compile(rf"\b(?:{ANAPHOR_DETERMINER})\b(?!\s+of\b)", re.I)


def date_by_city_sentence(text: str, facts: list[Facts], sents: list[Sentence], published: dt.date | None) -> None:
    """Date each such strike sentence by the day its city's sentence just before it names."""
    for f in facts:
        if f.idx == 0 or f.background or not (f.weapon_types or f.attack_vocab) or not _undated(text, f, published):
            continue
        anaphor = _CITY.match(text, _first_word(text, f.sent))
        if anaphor is None or any(p.place.level.value != "city" for p in f.places):
            continue
        before = sents[f.idx - 1]
        if "\n" in text[before.end:f.sent.start]:
            continue  # another paragraph
        city = one_city(text, before.start, before.end)
        if city is None or any(p.place.name != city.name for p in f.places):
            continue
        days = [d for d in find_dates(text, before.start, before.end, published)
                if d.role == "event" and d.span.precision is DatePrecision.day]
        if len(days) == 1:
            f.date, f.time_of_day = days[0].span, False  # (a part of the day is now of that day)
            f.places = f.places or [PlaceHit(city, anaphor.start(), anaphor.end())]


def _undated(text: str, f: Facts, published: dt.date | None) -> bool:
    """No date of the sentence's own, or only a part of a day ("through the morning"): no day named."""
    return f.date is None or all(d.kind == "part_of_day" for d in find_dates(text, f.sent.start, f.sent.end, published)
                                 if d.role == "event")


def _first_word(text: str, s: Sentence) -> int:
    """Where the sentence's words begin (past quotes, brackets and spaces)."""
    m = re.match(r"[\s\"'“‘(*]*", text[s.start:s.end])
    return s.start + (m.end() if m else 0)
