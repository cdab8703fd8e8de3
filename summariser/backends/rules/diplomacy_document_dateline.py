"""An official document's own dateline (r35, dev57 R7): a joint statement, communiqué or declaration
opens with a line of its own, "Riga, 3 September 2026", then tells what the parties did ("made a
state visit to Latvia", "the sides further signed a protocol on …"). The acts
held that the document tells with no day or place of their own took place where and when it was
issued: its city when that city's state is a side, its day when the day is a whole calendar date."""

from __future__ import annotations

import datetime as dt
import re

from ... import lexicon as lx
from ...dates import find_date
from ...records import DatePrecision, Diplomacy, DiplomacyKind, DiplomacyStatus, LocationLevel
from .common import city_location
from .diplomacy_section_dateline import dateline_city

# the first line of the body: a city, a comma and a date, and nothing else
_LINE = re.compile(r"\s*(?P<city>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+)?),\s+(?P<date>[^\n]{6,30}?)\s*\n")
_ACTS = {DiplomacyKind.visit, DiplomacyKind.agreement, DiplomacyKind.talks, DiplomacyKind.summit,
         DiplomacyKind.meeting}


def with_document_dateline(text: str, published: dt.date | None, records: list[Diplomacy]) -> list[Diplomacy]:
    """The held acts placed and dated by the document's dateline where they have no place or day."""
    records = _wire_visits(text, records)
    m = _LINE.match(text)
    place = lx.lookup(m.group("city")) if m else None
    day = find_date(m.group("date"), published=published) if m else None
    if place is None or place.level is not LocationLevel.city or day is None or day.precision is not DatePrecision.day:
        return records
    out = []
    for rec in records:
        elsewhere = rec.location is not None and rec.location.level is not LocationLevel.country \
            and rec.location.name != place.name  # "the negotiations in Istanbul": not the document's own act
        if rec.kind in _ACTS and rec.status is DiplomacyStatus.held and place.country in rec.participants \
                and not elsewhere:
            # "a state visit to Latvia" under "Riga, …": the city of the dateline
            rec = rec.model_copy(update={"date": rec.date or day, "location": city_location(place)})
        out.append(rec)
    return out


def _wire_visits(text: str, records: list[Diplomacy]) -> list[Diplomacy]:
    """A visit told with no place ("landed for a short visit") under a wire dateline ("RIGA - "):
    the dateline's city, when its state is a side of the visit (the host)."""
    place = dateline_city(text, lx.DATELINE.match(text))
    if place is None:
        return records
    return [rec.model_copy(update={"location": city_location(place)})
            if rec.kind is DiplomacyKind.visit and rec.location is None and place.country in rec.participants
            and rec.status is DiplomacyStatus.held else rec for rec in records]
