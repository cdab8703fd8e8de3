"""A strike told again on "the same" site, on a day of its own (dev30 B9): "It was hit
once before, in January, when drones set the same depot ablaze", "The depot had been hit
before, in March, when missiles set the same depot's tanks ablaze", "It was last struck in March, when a
drone attack stopped two units" after a sentence on the plant. The site is the one the
story's strike hit: the sentence takes the city of the latest city record told just before, on its
own date. Undated ("the depot had been hit before") it is no record (codebook 5).
Vocabulary: cues/strike.yaml facility_after_city."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...records import DatePrecision, LocationLevel
from .city_heads import any_city
from .common import Facts, PlaceHit
from .post_streams import gap
from .strike_event import Event, dated_event, dates_compatible, vague

_SITES = cues.alternation('strike', 'facility_after_city')
_SAME_SITE = re.compile(rf"\bthe\s+same\s+(?:{_SITES})\b", re.I)
# r17 (dev31 A2): the site recalled by its bare definite noun ("In March drones set the refinery
# alight") or by "there" ("in June a strike there wounded two"): the site of the record told just
# before, when that record's sentences name such a site (never "there was", "there were")
_DEFINITE_SITE = re.compile(rf"\b(?i:the\s+(?P<site>{_SITES}))\b(?!\s+of\b)")
_THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|seems?|appears?|remains?)\b)")
# r33: the site told just before as the pronoun subject of its earlier hit ("The plant supplies the region's fuel ...
# It was last struck in March, when a drone attack stopped two units"), read as "there" is
_IT_HIT = re.compile(r"\W*It\s+(?:was|had\s+been|has\s+been)\s+(?:(?:last|already|first|previously|also|once)\s+)?"
                     r"(?:hit|struck|attacked|targeted|shelled)\b")
_ANY_SITE = re.compile(rf"\b(?:{_SITES})\b", re.I)
_SAME_DAY = cues.pattern("anchoring", "same_day_anaphors")
_THAT_WEEKDAY = cues.pattern("anchoring", "told_weekday_anaphors")
_REACH = 3  # sentences back to the record of the site: told just before (6 took a farther town, dev30 ye03)


def told_same_site(text: str, start: int, end: int) -> bool:
    """The sentence strikes "the same <site>", or a weapon named strikes "the <site>" (read by
    eventhood: a month-dated strike on it is no background; `same_site_event` then needs the
    record of such a site told just before, else the sentence stays background)."""
    return _SAME_SITE.search(text, start, end) is not None or _IT_HIT.match(text, start, end) is not None or (
        _DEFINITE_SITE.search(text, start, end) is not None and next(lx.iter_weapons(text, start, end), None) is not None
        and not any_city(text, start, end))  # "the plant in X was struck in April": its own place, read as told


def same_site_event(events: list[Event], f: Facts, target: str | None) -> Event | None:
    """The record of a dated strike on "the same <site>" at the city of the site's record."""
    if not (f.attack_vocab or f.weapon_types) or f.date is None or f.date.start is None \
            or vague(f.date) or f.date.precision not in (DatePrecision.day, DatePrecision.month):
        return None
    site = _SAME_SITE.search(f.sent.text)
    recalled = None if site is not None else _DEFINITE_SITE.search(f.sent.text) or _THERE.search(f.sent.text) \
        or _IT_HIT.match(f.sent.text)
    if site is None and recalled is None:
        return None
    city = next((e for e in reversed(events) if e.places and e.country_level is None and gap(e.last_idx, f.idx) <= _REACH
                 and e.places[0].level is LocationLevel.city), None)
    if recalled is not None:
        word = recalled.group("site").split()[-1].lower() if recalled.groupdict().get("site") else None
        if city is None or not any(_ANY_SITE.search(g.sent.text) if word is None else word in g.sent.text.lower()
                                   for g in city.facts):
            # no such site told before: "the plant" is another one; but not on the day the sentence before told
            # (r34: "... clearing pallets on 9 May. A drone struck the factory's store that Saturday")
            f.background = f.background or not (f.counts or _SAME_DAY.search(f.sent.text) or _THAT_WEEKDAY.search(f.sent.text))
            return None
        site = recalled
    if city is None or dates_compatible(city.date, f.date) or (f.attacker and city.attacker and f.attacker != city.attacker):
        return None
    if site is not None:  # "the same plant" stands for the city's site: the sentence's place
        f.places = [PlaceHit(p, f.sent.start + site.start(), f.sent.start + site.end()) for p in city.places]
    return dated_event(events, city.places, f, target or city.target)
