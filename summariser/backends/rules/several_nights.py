"""A lead that announces strikes on one place over several nights or days: "X was hit two nights in
a row", "drones attacked X for a second straight night", "X came under fire twice in 24 hours".
The nights are then told one by one, often in paragraphs of their own that name no place ("On the
night of 1 March, a missile hit a college ...", "The next night, drones struck a depot in the
city"), or only a city district the gazetteer does not know. Each such dated strike sentence is a
strike on the lead's place; `events.segment_events` then gives each night its own record (an
undated lead takes the first night's date). The lead's scope ends at a sentence that names
another locality or another attacker. The words live in knowledge/data/cues/anchoring.yaml
(several_nights)."""

from __future__ import annotations

from ...knowledge import cues
from ...records import LocationLevel
from .common import Facts, PlaceHit

_SEVERAL_NIGHTS = cues.pattern("anchoring", "several_nights")
_FEW = 5  # more weapons than this in one placeless sentence are a barrage's figures


def _lead_place(f: Facts) -> list[PlaceHit] | None:
    """The one locality a lead announcing several nights names, or None."""
    if not _SEVERAL_NIGHTS.search(f.sent.text) or not f.attack_vocab:
        return None
    places = [p for p in f.places if not p.title and p.place.level is not LocationLevel.district]
    cities = [p for p in places if p.place.level is LocationLevel.city]  # "Sumy, in the Sumy region": the city
    places = cities or places
    return places if len({p.place.name for p in places}) == 1 else None


def _within(f: Facts, lead: list[PlaceHit]) -> bool:
    """Whether the sentence names no locality but the lead's own, a district of it or its region."""
    names = {p.place.name for p in lead} | {p.place.admin1 for p in lead}
    admins = {p.place.admin1 for p in lead} | {None}
    countries = {p.place.country for p in lead}
    return all(p.title or p.place.name in names or p.place.level is LocationLevel.district and p.place.admin1 in admins
               or p.place.level is LocationLevel.country and p.place.name in countries for p in f.places)


def _night_strike(f: Facts) -> bool:
    """A strike told with its own date and weapon: one of the nights the lead announced."""
    return f.date is not None and f.date.start is not None and bool(f.weapon_types) and f.attack_vocab \
        and not (f.background or f.nationwide or f.country_strike or f.cumulative or _barrage(f))


def _barrage(f: Facts) -> bool:
    """A night's barrage figures ("Russia launched 90 drones, 70 were downed"): the country's
    night, not the lead's place; a few weapons that hit ("two missiles struck") are the place's."""
    return any(w.intercepted is not None or w.launched is not None and w.launched.value > _FEW
               for w in f.counted_weapons)


def place_nights_under_lead(facts: list[Facts]) -> None:
    """Give every dated strike sentence under a several-nights lead the lead's place."""
    lead: list[PlaceHit] | None = None
    attacker: str | None = None
    for f in facts:
        if (told := _lead_place(f)) is not None:
            lead, attacker = told, f.attacker
            continue
        if lead is None:
            continue
        if not _within(f, lead) or f.attack_vocab and f.attacker and attacker and f.attacker != attacker:
            lead = None  # another locality or attacker: the nights announced are told
            continue
        if _night_strike(f):
            f.places = [PlaceHit(p.place, p.start, p.end) for p in lead[:1]]
