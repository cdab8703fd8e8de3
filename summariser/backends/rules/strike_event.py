"""One attack event as the rules build it (places, night, sides, the sentences told of it), when
a sentence may join one, and finding or making the event of a place or a country on a date."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ... import lexicon as lx
from ...records import DateSpan, LocationLevel
from .common import Facts
from .day_parts import daytime_after_night, daytime_before_night, evening_after_night, night_before_night


@dataclass
class Event:
    places: list[lx.Place]
    country_level: str | None = None  # target country of a nationwide record
    date: DateSpan | None = None
    attacker: str | None = None
    target: str | None = None
    facts: list[Facts] = field(default_factory=list)
    last_idx: int = -10
    followed: bool = False  # its last sentence took a date-only lead's night and weapons
    day_part: str | None = None  # the part of day of its strike (night, evening...), once a sentence told it


def dates_compatible(a: DateSpan | None, b: DateSpan | None) -> bool:
    if a is None or b is None:
        return True
    if a.start is None or b.start is None:  # words only: same words or nothing
        return (a.text or "").lower() == (b.text or "").lower() or (a.start is None and b.start is None
                                                                  and not vague(a) and not vague(b))
    precisions = {a.precision.value, b.precision.value}
    if precisions & {"week", "month", "year"} or precisions == {"range"}:
        return a.start == b.start and a.end == b.end  # two nights sharing a day are two nights
    if evening_after_night(a, b) or night_before_night(a, b) or daytime_before_night(a, b):
        return False  # "on Tuesday evening" is no part of "Monday night" (r27), nor "Tuesday's early hours" of "Tuesday night"
        # (r31), nor "Monday afternoon" of the night into Tuesday (r33)
    return a.start <= (b.end or b.start) and b.start <= (a.end or a.start)


def vague(d: DateSpan) -> bool:
    return bool(re.search(r"\b(?:ago|earlier|before|after|previous)\b", d.text or "", re.I))  # not "afternoon"


def compatible(ev: Event, f: Facts, target: str | None) -> bool:
    if f.attacker and ev.attacker and f.attacker != ev.attacker:
        return False
    if target and ev.target and target != ev.target:
        return False
    return f.update or dates_compatible(ev.date, f.date)  # an update is dated when the figure changed


def contributes(f: Facts) -> bool:
    """A sentence without a place joins an event only if it adds a fact to it."""
    named_model = any(w.model for w in f.weapon_types) and not (f.quote or f.hypothetical)  # "used Geran-2 drones"
    return bool(f.counts or f.counted_weapons or named_model or f.refines or (f.damage and not f.background))


def weapon_counted(f: Facts) -> bool:
    return any(w.launched or w.intercepted for w in f.counted_weapons)


def dated_event(events: list[Event], places: list[lx.Place], f: Facts, target: str | None) -> Event:
    """The event at these places on the sentence's own date (a new one unless already told)."""
    key = [p.name for p in places]
    ev = next((e for e in events if [p.name for p in e.places] == key and e.country_level is None
               and e.date is not None and f.date is not None and dates_compatible(e.date, f.date)
               and not daytime_after_night(e.date, f)), None)
    if ev is None:
        ev = Event(places=list(places), date=f.date, attacker=f.attacker, target=target)
        events.append(ev)
    return ev


def country_event(events: list[Event], f: Facts, country: str, last: Event | None) -> Event:
    date = f.date or (last.date if last else None)
    for e in events:
        if e.country_level == country and dates_compatible(e.date, date) and \
                not (f.attacker and e.attacker and f.attacker != e.attacker):
            return e
    ev = Event(places=[lx.Place(country, None, country, LocationLevel.country)], country_level=country,
                date=date, attacker=f.attacker, target=country)
    events.append(ev)
    return ev
