"""Compact per-record features the reconciler blocks and scores on (places folded, dates as day
numbers, nights marked)."""

from __future__ import annotations

import datetime as dt
from typing import Hashable, Iterable, Optional, TypeVar

from ..places import normalise_actor, normalise_participant, resolve
from .settings import MAX_SPAN_DAYS


class Rec:
    """The lightweight view of one record that blocking and scoring work on."""

    __slots__ = ("idx", "art", "typ", "start", "end", "pub", "blocks", "bset", "wild", "cities", "admins",
                 "countries", "actor", "kind", "weapons", "killed", "injured", "launched", "parts", "place",
                 "days", "night")

    idx: int  # position in the key-sorted record list
    art: int  # article number: two records of one article never merge
    typ: str  # "attack" | "diplomacy"
    start: Optional[int]  # date range as day ordinals (None: undated)
    end: Optional[int]
    pub: int  # publication day ordinal, 0 when unknown
    blocks: tuple[str, ...]  # blocking keys, sorted ("city:kharkiv", "party:russia", ...)
    bset: frozenset[str]
    wild: frozenset[str]  # regions named without a town of theirs
    cities: frozenset[str]
    admins: frozenset[str]
    countries: frozenset[str]
    actor: Optional[str]
    kind: str
    weapons: int  # bit mask of weapon classes
    killed: int  # -1 when not stated
    injured: int
    launched: int
    parts: frozenset[str]  # diplomacy participants, normalised
    place: Optional[str]  # diplomacy meeting place
    days: tuple[Optional[int], ...]  # the days blocked on; (None,) for vague or unknown dates
    night: bool  # an overnight range (two consecutive dates)

    def __repr__(self) -> str:
        return f"Rec({self.idx}, {self.typ}, {self.blocks}, {self.start}-{self.end})"


WEAPON_BITS = {"drone": 1, "decoy_drone": 1, "cruise_missile": 2, "ballistic_missile": 2, "missile": 2,
                "glide_bomb": 4, "artillery": 8}


def _days(start: Optional[int], end: Optional[int], pub: int) -> tuple[Optional[int], ...]:
    """Days a record is blocked on: its date range; undated, the day before publication and that day."""
    if start is None or end is None:
        return (pub - 1, pub) if pub else (None,)
    if end - start > MAX_SPAN_DAYS - 1:
        return (None,)
    return tuple(range(start, end + 1))


def _span(start: Optional[dt.date], end: Optional[dt.date]) -> tuple[Optional[int], Optional[int]]:
    first, last = start or end, end or start
    return (first.toordinal(), last.toordinal()) if first and last else (None, None)


_EMPTY: frozenset[str] = frozenset()
_SHARED: dict[Hashable, Hashable] = {}
H = TypeVar("H", bound=Hashable)


def _shared(value: H) -> H:
    """One object per distinct small set or tuple: most records name the same few towns,
    so a million records hold thousands of sets, not millions."""
    if len(_SHARED) > 1_000_000:  # bounded: distinct values only, but never a leak
        _SHARED.clear()
    return _SHARED.setdefault(value, value)  # type: ignore[return-value]  # the key is the value: same type


_Places = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]]
_PLACES: dict[tuple[tuple[str, Optional[str], Optional[str], str], ...], _Places] = {}


def _places(locations: tuple[tuple[str, Optional[str], Optional[str], str], ...]) -> _Places:
    """(cities, admins, countries, wild, blocks, bset) of a record's locations, computed once per
    distinct list: an archive names the same few places again and again."""
    found = _PLACES.get(locations)
    if found is not None:
        return found
    cities: set[str] = set()
    admins: set[str] = set()
    with_city: set[str] = set()
    countries: set[str] = set()
    for name, admin1, country, level in locations:
        p = resolve(name, admin1, country, level)
        if p.city:
            cities.add(p.city)
            if p.admin1:
                with_city.add(p.admin1)
        if p.admin1:
            admins.add(p.admin1)
        if p.country:
            countries.add(p.country)
    keys = ["city:" + c for c in cities] + ["region:" + a for a in admins]
    if not keys and countries:
        keys = ["country:" + c for c in countries]
    blocks = _shared(tuple(sorted(keys)))
    # regions named without a town meet every town in them
    found = (_shared(frozenset(cities)), _shared(frozenset(admins)), _shared(frozenset(countries)),
             _shared(frozenset(admins - with_city)), blocks, _shared(frozenset(blocks)))
    if len(_PLACES) > 100_000:  # bounded: distinct lists only, but never a leak
        _PLACES.clear()
    _PLACES[locations] = found
    return found


def make_attack_rec(idx: int, art: int, *, start: Optional[dt.date], end: Optional[dt.date],
                    locations: Iterable[tuple[str, Optional[str], Optional[str], str]], attacker: Optional[str], kind: str,
                    weapons: Iterable[str] = (), killed: Optional[int] = None,
                    injured: Optional[int] = None, launched: Optional[int] = None,
                    published: Optional[dt.date] = None, night: bool = False) -> Rec:
    """Features of an attack. `locations` holds (name, admin1, country, level) tuples; `night`
    marks a date range that is one night (an overnight strike), not a span of days."""
    first, last = _span(start, end)
    return attack_rec(idx, art, first, last, published.toordinal() if published else 0, tuple(locations), attacker,
                      kind, weapon_mask(tuple(weapons)), killed, injured, launched, night)


def weapon_mask(types: tuple[str, ...]) -> int:
    """The bit mask of weapon classes of a record's weapon types."""
    mask = 0
    for w in types:
        mask |= WEAPON_BITS.get(w, 0)
    return mask


_DAYS: dict[tuple[Optional[int], Optional[int], int], tuple[Optional[int], ...]] = {}


def _days_of(start: Optional[int], end: Optional[int], pub: int) -> tuple[Optional[int], ...]:
    """`_days`, one shared tuple per distinct (start, end, publication): an archive has a few
    thousand days, not a million."""
    key = (start, end, pub)
    found = _DAYS.get(key)
    if found is None:
        if len(_DAYS) > 200_000:  # bounded: distinct values only, but never a leak
            _DAYS.clear()
        found = _DAYS[key] = _shared(_days(start, end, pub))
    return found


def attack_rec(idx: int, art: int, start: Optional[int], end: Optional[int], pub: int,
               locations: tuple[tuple[str, Optional[str], Optional[str], str], ...], attacker: Optional[str],
               kind: str, weapons: int, killed: Optional[int], injured: Optional[int], launched: Optional[int],
               night: bool) -> Rec:
    """`make_attack_rec` from day ordinals (`start` and `end` both set or both None, as `_span`
    gives them) and a weapon mask: what the first pass computes from a line's plain values."""
    r = rec_from(art, attack_row(start, end, pub, locations, attacker, kind, weapons, killed, injured, launched, night))
    r.idx = idx
    return r


def attack_row(start: Optional[int], end: Optional[int], pub: int,
               locations: tuple[tuple[str, Optional[str], Optional[str], str], ...], attacker: Optional[str],
               kind: str, weapons: int, killed: Optional[int], injured: Optional[int], launched: Optional[int],
               night: bool) -> "RecRow":
    """`attack_rec`'s slots as the plain tuple `rec_row` gives: what the first pass's helper
    sends without making the object at all."""
    cities, admins, countries, wild, blocks, bset = _places(locations)
    return ("attack", start, end, pub, blocks, bset, wild, cities, admins, countries, normalise_actor(attacker), kind,
            weapons, -1 if killed is None else killed, -1 if injured is None else injured,
            -1 if launched is None else launched, _EMPTY, None, _days_of(start, end, pub),
            night and start is not None and end is not None and end - start == 1)


def make_diplomacy_rec(idx: int, art: int, *, start: Optional[dt.date], end: Optional[dt.date],
                       participants: Iterable[str], kind: str, place: Optional[str] = None,
                       published: Optional[dt.date] = None) -> Rec:
    first, last = _span(start, end)
    return diplomacy_rec(idx, art, first, last, published.toordinal() if published else 0, tuple(participants),
                         kind, place)


_Parties = tuple[frozenset[str], Optional[str], tuple[str, ...], frozenset[str]]
_PARTIES: dict[tuple[tuple[str, ...], Optional[str]], _Parties] = {}


def _parties(participants: tuple[str, ...], place: Optional[str]) -> _Parties:
    """(parts, place, blocks, bset) of a meeting, once per distinct (participants, place)."""
    found = _PARTIES.get((participants, place))
    if found is not None:
        return found
    parts = _shared(frozenset(normalise_participant(p) for p in participants if p and p.strip()))
    resolved = resolve(place) if place else None
    where = (resolved.city or resolved.admin1 or resolved.country) if resolved else None
    keys = ["party:" + p for p in parts] or (["place:" + where] if where else ["party:?"])
    blocks = _shared(tuple(sorted(keys)))
    if len(_PARTIES) > 100_000:  # bounded: distinct values only, but never a leak
        _PARTIES.clear()
    found = _PARTIES[(participants, place)] = (parts, where, blocks, _shared(frozenset(blocks)))
    return found


def diplomacy_rec(idx: int, art: int, start: Optional[int], end: Optional[int], pub: int,
                  participants: tuple[str, ...], kind: str, place: Optional[str]) -> Rec:
    """`make_diplomacy_rec` from day ordinals (see `attack_rec`)."""
    r = rec_from(art, diplomacy_row(start, end, pub, participants, kind, place))
    r.idx = idx
    return r


def diplomacy_row(start: Optional[int], end: Optional[int], pub: int, participants: tuple[str, ...], kind: str,
                  place: Optional[str]) -> "RecRow":
    """`diplomacy_rec`'s slots as a plain tuple (see `attack_row`)."""
    parts, where, blocks, bset = _parties(participants, place)
    return ("diplomacy", start, end, pub, blocks, bset, _EMPTY, _EMPTY, _EMPTY, _EMPTY, None, kind, 0, -1, -1, -1,
            parts, where, _days_of(start, end, pub), False)


# a Rec's slots after idx and art, in order: how a helper process sends one (marshal keeps shared sets shared)
RecRow = tuple[str, Optional[int], Optional[int], int, tuple[str, ...], frozenset[str], frozenset[str], frozenset[str],
               frozenset[str], frozenset[str], Optional[str], str, int, int, int, int, frozenset[str], Optional[str],
               tuple[Optional[int], ...], bool]


def rec_row(r: Rec) -> RecRow:
    """The features of `r` as a plain tuple (marshal-able), without its idx and art."""
    return (r.typ, r.start, r.end, r.pub, r.blocks, r.bset, r.wild, r.cities, r.admins, r.countries, r.actor,
            r.kind, r.weapons, r.killed, r.injured, r.launched, r.parts, r.place, r.days, r.night)


def rec_from(art: int, row: RecRow) -> Rec:
    """The Rec `rec_row` sent, in article `art` (numbered by the receiving process)."""
    r = Rec()
    r.idx, r.art = -1, art
    (r.typ, r.start, r.end, r.pub, r.blocks, r.bset, r.wild, r.cities, r.admins, r.countries, r.actor,
     r.kind, r.weapons, r.killed, r.injured, r.launched, r.parts, r.place, r.days, r.night) = row
    return r
