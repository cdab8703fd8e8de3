"""A strike told again on "the same" site, on a day of its own (dev30 B9): "It was hit
once before, in January, when drones set the same depot ablaze", "The depot had been hit
before, in March, when missiles set the same depot's tanks ablaze". The site is the one the
story's strike hit: the sentence takes the city of the latest city record told just before, on its
own date. Undated ("the depot had been hit before") it is no record (codebook 5).
Vocabulary: cues/strike.yaml facility_after_city."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...records import DatePrecision, LocationLevel
from .common import Facts, PlaceHit
from .post_streams import gap
from .strike_event import Event, dated_event, dates_compatible, vague

_SAME_SITE = re.compile(rf"\bthe\s+same\s+(?:{cues.alternation('strike', 'facility_after_city')})\b", re.I)
_REACH = 3  # sentences back to the record of the site: told just before (6 took a farther town, dev30 ye03)


def told_same_site(text: str, start: int, end: int) -> bool:
    """The sentence strikes "the same <site>" (read by eventhood: a month-dated strike on it is no background)."""
    return _SAME_SITE.search(text, start, end) is not None


def same_site_event(events: list[Event], f: Facts, target: str | None) -> Event | None:
    """The record of a dated strike on "the same <site>" at the city of the site's record."""
    if not (f.attack_vocab or f.weapon_types) or f.date is None or f.date.start is None \
            or vague(f.date) or f.date.precision not in (DatePrecision.day, DatePrecision.month) \
            or not _SAME_SITE.search(f.sent.text):
        return None
    city = next((e for e in reversed(events) if e.places and e.country_level is None and gap(e.last_idx, f.idx) <= _REACH
                 and e.places[0].level is LocationLevel.city), None)
    if city is None or dates_compatible(city.date, f.date) or (f.attacker and city.attacker and f.attacker != city.attacker):
        return None
    site = _SAME_SITE.search(f.sent.text)
    if site is not None:  # "the same plant" stands for the city's site: the sentence's place
        f.places = [PlaceHit(p, f.sent.start + site.start(), f.sent.start + site.end()) for p in city.places]
    return dated_event(events, city.places, f, target or city.target)
