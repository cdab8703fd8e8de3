"""A strike on several localities told in one list, then each locality's own details (dev31 A10):
"Artillery shelled A and the B community all morning. A man was wounded in B, while in A two houses
were damaged." Told only in aggregate, A and B are one record (codebook rule 2); once every
locality of the list has a record of its own told right after the list (rule 1), the list is no
record of its own: each locality's record takes the listing sentence, and so its kind, weapons,
attacker and night (the same strike). A list where some locality has no details of its own stays
one record (`listed_localities` handles the lists of blasts heard). A list told with a toll is the
list's own record unless every locality has its own record later and tells that toll again (a
lead summing up its paragraphs, r29)."""

from __future__ import annotations

from ...records import LocationLevel
from .common import Facts
from .strike_event import Event, dates_compatible

# how many sentences after the list its localities' details may come
_NEAR = 2


def _own_record(events: list[Event], listed: Event, name: str, at: int, reach: int | None = _NEAR) -> Event | None:
    """The record of this one locality told apart from the list, right after it (within `reach`
    sentences; None: anywhere after it), on its night."""
    return next((e for e in events if e is not listed and e.country_level is None and [p.name for p in e.places] == [name]
                 and e.facts and all(at < f.idx and (reach is None or f.idx <= at + reach) for f in e.facts)
                 and dates_compatible(e.date, listed.date)
                 and not (e.attacker and listed.attacker and e.attacker != listed.attacker)), None)


def split_listed_strikes(events: list[Event]) -> list[Event]:
    """Dissolve a listing record whose every locality has its own record right after it."""
    drop: list[Event] = []
    for ev in events:
        if ev.country_level is not None or len(ev.places) < 2 or len(ev.facts) != 1 \
                or any(p.level is not LocationLevel.city for p in ev.places):
            continue
        listing = ev.facts[0]
        if len(listing.places) != len(ev.places) or any(w.launched or w.intercepted for w in listing.counted_weapons):
            continue
        if listing.counts:  # a toll told with the list is the list's (codebook rule 2), unless told again
            told = [o for p in ev.places if (o := _own_record(events, ev, p.name, listing.idx, reach=None)) is not None]
            if len(told) == len(ev.places) and len({id(o) for o in told}) == len(told) and _tolls_told_again(listing, told):
                drop.append(ev)  # a lead summing up the paragraphs each town has (r29)
            continue
        owns = [_own_record(events, ev, p.name, listing.idx) for p in ev.places]
        if any(o is None for o in owns) or len({id(o) for o in owns}) != len(owns):
            continue
        for own in owns:
            assert own is not None
            own.facts = sorted([listing, *own.facts], key=lambda f: f.idx)
            own.date = own.date or ev.date
            own.attacker = own.attacker or ev.attacker
            own.target = own.target or ev.target
        drop.append(ev)
    return [e for e in events if not any(e is d for d in drop)]


def _tolls_told_again(listing: Facts, owns: list[Event]) -> bool:
    """Every toll of the list's sentence is told again, the same figure for the same role, by one of
    the localities' own records ("…, killing two people in A and damaging a ship in B. … In A, a
    missile hit a depot and two workers were killed"): the list sums up what they tell."""
    told = {(h.field, h.count.value) for own in owns for f in own.facts for h in f.counts}
    return all((h.field, h.count.value) in told for h in listing.counts)
