"""Localities where blasts were heard, then told one by one: "Explosions were heard in A and B. A's
mayor said two were hurt. In B, a fire broke out at a plant." Listed only in aggregate, A and B
are one record (codebook rule 2); once a locality of the list has details of its own (its own
record), it is a record of its own (rule 1): it leaves the list's record and takes the listing
sentence with it, so it keeps that clause's night, attacker and weapons (the lead's weapons the
listing sentence took, codebook rule 8: the same wave). A list whose every locality has its own
record leaves no record of its own."""

from __future__ import annotations

from ...knowledge import cues
from ...records import LocationLevel
from .common import Facts
from .strike_event import Event, dates_compatible


_BLASTS = cues.pattern("anchoring", "blast_reports")


def _own_record(events: list[Event], listed: Event, name: str) -> Event | None:
    """The record of this one locality told apart from the list, on the list's night."""
    return next((e for e in events if e is not listed and e.country_level is None and [p.name for p in e.places] == [name]
                 and dates_compatible(e.date, listed.date)
                 and not (e.attacker and listed.attacker and e.attacker != listed.attacker)), None)


def _listing(listed: Event, name: str) -> list[Facts]:
    """The sentences of the list's record that report blasts heard at this locality and give no
    toll (a toll told with the list stays with the list; "drones attacked A and B" is an aggregate
    strike, one record, codebook rule 2)."""
    return [f for f in listed.facts if not f.counts and any(p.place.name == name for p in f.places)
            and _BLASTS.search(f.sent.text)]


def split_listed_localities(events: list[Event]) -> list[Event]:
    """Give each listed locality that has a record of its own its record; drop emptied lists."""
    out: list[Event] = []
    for ev in events:
        if ev.country_level is None and len(ev.places) >= 2 and \
                all(p.level is not LocationLevel.country for p in ev.places):
            for place in list(ev.places):
                own = _own_record(events, ev, place.name)
                listing = _listing(ev, place.name)
                if own is None or not listing or len(ev.places) == 1 and any(f not in listing for f in ev.facts):
                    continue  # the last locality keeps the list's own details
                ev.places.remove(place)
                own.facts = sorted(own.facts + [f for f in listing if f not in own.facts], key=lambda f: f.idx)
                own.date = own.date or ev.date
                own.attacker = own.attacker or ev.attacker
            if not ev.places:
                continue
        out.append(ev)
    return out
