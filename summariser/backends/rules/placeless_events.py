"""The event of an attack sentence that names no place: the city, region or country it belongs to
by its anaphora ("the city", "over the region"), its speaker, its figures and its time."""

from __future__ import annotations

import re
from typing import Callable

from ... import lexicon as lx
from ...knowledge import cues
from ...records import DatePrecision, LocationLevel
from .common import Facts, PlaceHit
from .day_parts import another_part, daytime_after_night
from .intercepts import local_defence, part_of_launch
from .place_roles import main_direction_after
from .launch_parts import parts_of_told_total
from .post_streams import gap
from .same_site import same_site_event
from .strike_event import (Event, compatible, contributes, country_event, dated_event, dates_compatible, vague,
                           weapon_counted)
from .weapon_anaphora import refines_generic

_COUNTRY_SCOPE = cues.pattern("place_roles", "country_scope")  # "Across Ukraine, 12 were killed"
# (r30: "the town" as "the city", "fired artillery against the town from early morning")
_CAPITAL_ANAPHORA = re.compile(r"\b(?:the|our)\s+capital\b(?!\s+[A-Z])|\bcapital['’]s\b|\bthe\s+(?:city|town)\b(?!\s+of)", re.I)
# r33: a port city's harbour, for a strike of another day told with no place ("On May 3, a drone set fire to a tank at
# the harbour's edge")
_PORT_ANAPHORA = re.compile(rf"\bthe\s+(?:{cues.plain_alternation('places_extra', 'port_anaphor_nouns')})\b(?!\s+of)", re.I)


def _city_told(f: Facts) -> re.Match[str] | None:
    """"The capital", "the city" told as a place of the sentence; never as the wave's direction beside its
    figures ("the capital had been the primary axis of that barrage", r28)."""
    return next((m for m in _CAPITAL_ANAPHORA.finditer(f.sent.text) if not main_direction_after(f.sent.text, m.end())
                 and (f.day_subject or not m.group(0).lower().endswith("town"))), None)  # (r30: "the town" on the day told)
def _place_told(f: Facts) -> re.Match[str] | None:
    """The city told by anaphor, or (r33) a port city by its harbour: for a strike of another day only."""
    return _city_told(f) or _PORT_ANAPHORA.search(f.sent.text)


# r27: a city's district named by a name the gazetteer lacks ("hit a sports hall in the Kyivskyi district"):
# a part of the city told before, as a known district is
_NAMED_DISTRICT = re.compile(rf"\b(?:in|on|at|of)\s+the\s+(?-i:[A-Z])[\w'’-]+\s+(?:{cues.plain_alternation('places_extra', 'named_district_nouns')})\b"
                             # r49: or a landmark by its name, "damaged the Transfiguration Cathedral"
                             rf"|\bthe\s+(?:(?-i:[A-Z])[\w'’-]+\s+){{1,3}}(?:{cues.plain_alternation('places_extra', 'named_site_nouns')})\b", re.I)


# r46 (dev68): the strike named again by its definite noun, with a day of its own ("... drones hit a depot in
# Kherson this month ... The attack of 4 May left two dead")
_THE_STRIKE = re.compile(r"\W*The\s+(?:[\w-]+\s+){0,2}?(?:strike|attack|raid|bombing|shelling)\b")


def _narrowed_strike(events: list[Event], f: Facts) -> Event | None:
    """The strike told before with a place and a week or a month, whose span holds the day the definite
    noun now gives it: that strike, dated now by the day."""
    d = f.date
    if d is None or d.start is None or d.precision is not DatePrecision.day or not _THE_STRIKE.match(f.sent.text):
        return None
    for e in reversed(events):
        span = e.date
        if e.places and e.country_level is None and span is not None and span.start and span.end \
                and span.precision in (DatePrecision.week, DatePrecision.month) and span.start <= d.start <= span.end \
                and not (f.attacker and e.attacker and f.attacker != e.attacker):
            e.date = d
            return e
    return None


def _hit_told_place(f: Facts, last: Event | None, new_time: bool) -> bool:
    """Every launch of the sentence is counted by its hit (codebook 9) and a place was told just before."""
    launched = [w for w in f.counted_weapons if w.launched or w.intercepted]
    return bool(launched) and all(w.by_hit and not w.intercepted for w in launched) and not new_time \
        and last is not None and bool(last.places) and last.country_level is None and gap(last.last_idx, f.idx) <= 2


def placeless_event(events: list[Event], f: Facts, target: str | None, last: Event | None,
                     home: str | None = None, lead: lx.Place | None = None) -> Event | None:
    # r3: "Then, the next night, drones attacked the city again": a strike on the city on another night
    again = bool(last and f.weapon_types and f.attack_vocab and f.date and f.date.start and not vague(f.date)
                 and not dates_compatible(last.date, f.date) and _place_told(f))
    f.refines = last is not None and refines_generic(last.facts, last.last_idx, f)  # "A ballistic missile ..." (dev20 B11)
    if f.refines and last is not None and not (again or f.has_numbers or f.damage or _place_told(f)):
        return last  # r46: "Hours later the ministry said it was a ballistic missile": the strike told, its weapon named
    if (site := same_site_event(events, f, target)) is not None:
        return site  # "It was already hit in August, when drones set fire to the same plant" (dev30 B9)
    if _headline_city_strike(events, f, target, lead):
        # r31: "Drones struck the docks before dawn" under a headline on one city, before any
        # place is told (a correspondent's piece): the strike on that city
        f.headline_city = True
        return dated_event(events, [lead], f, target or lead.country)  # type: ignore[list-item, union-attr]
    if f.background or not (contributes(f) or again):
        return None
    if (narrowed := _narrowed_strike(events, f)) is not None:
        return narrowed
    if f.update and f.counts:
        # "by Wednesday the number of dead had climbed to seven": the event whose toll it updates, however far back
        fields = {h.field for h in f.counts}
        hosts = [e for e in reversed(events) if any(h.field in fields for g in e.facts for h in g.counts) and compatible(e, f, target)]
        host = next((e for e in hosts if e.country_level is None), hosts[0] if hosts else None)  # a town's before a tally's (dev22 B6)
        if host is not None:
            return host
    if last is not None and last.places and last.country_level is None and another_part(last.day_part, f) \
            and compatible(last, f, target) and gap(last.last_idx, f.idx) <= 2:
        # "Artillery hit X in the morning ... In the afternoon the town came under fire once more": X again
        events.append(ev := Event(places=list(last.places), date=f.date or last.date, attacker=f.attacker or last.attacker,
                                  target=target or last.target, day_part=f.day_part))
        return ev
    new_time = bool(f.date and vague(f.date)) or (
        last is not None and not f.update and (not dates_compatible(last.date, f.date) or daytime_after_night(last.date, f)))
    if new_time and (f.has_numbers or f.weapon_types and (f.damage or f.attack_vocab)) and (_place_told(f)
            or f.districts or _NAMED_DISTRICT.search(f.sent.text)):
        # "In April, a strike on the city centre killed 35": the same city, another day; so is a
        # district told alone ("On Sunday afternoon, a bomb hit the X district": atk7)
        city = _latest_city(events, f, 8, lambda e: not (f.attacker and e.attacker and f.attacker != e.attacker)) \
            or _lead_city(events, f)  # told far from any city of that attacker: the city the story is about
        if city is not None:
            if again and not contributes(f) and (m := _place_told(f)):  # "the city" is its place
                f.places = [PlaceHit(p, f.sent.start + m.start(), f.sent.start + m.end()) for p in city.places]
            return dated_event(events, city.places, f, target or city.target)
    country = target or lx.OPPONENT.get(f.attacker or "") or (last.target if last else None) or home
    if last is not None and over_the_region(f, last) and f.has_numbers and not f.counts and compatible(last, f, target):
        # "shot down 11 drones over the region": the figures of the region the report is about, on
        # the record of the place told (codebook rule 3), not a country-level record
        return last
    if last is not None and _local_figures(f, last) and compatible(last, f, target):
        # "The enemy used 12 drones, the mayor said" after a strike on his city: that city's figures
        return last
    only_intercepts = all(w.intercepted and not w.launched for w in f.counted_weapons if w.launched or w.intercepted)
    if weapon_counted(f) and not f.counts and not f.nationwide and _city_told(f) and (
            city := _recent_city(events, f, target)) is not None:
        return city  # "the city was struck by 17 drones overnight": the city told, not the night's country total (atk7)
    if last is not None and weapon_counted(f) and not f.counts and _hit_told_place(f, last, new_time) \
            and compatible(last, f, target):
        return last  # "Two missiles hit a depot" after a strike on X: the missiles that hit X (r15), no country total
    if weapon_counted(f) and not f.counts:
        # "15 of them were shot down" right after "attacked Odesa with 20 drones" stays on Odesa;
        # other barrage figures go to the country-level record of that night.
        if last is not None and not new_time and not f.nationwide and compatible(last, f, target) and (
                only_intercepts and gap(last.last_idx, f.idx) <= 1 and (part_of_launch(f, last.facts)
                                                                        or local_defence(f, last))
                or gap(last.last_idx, f.idx) <= 2 and parts_of_told_total(f, last.facts)):
            return last  # so do parts of the total told by relation ("40 of them were missiles", launch_parts)
        return country_event(events, f, country, last) if country else None
    if not new_time:
        if _city_told(f) or f.districts:
            # "the capital's districts", "In the X district": the city event told most recently
            city = _latest_city(events, f, 8, lambda e: compatible(e, f, target))
            if city is not None:
                return city
            if f.districts and (story := _story_city(events, target, lead)) is not None:
                # r37: "missiles hit a block in the X district" in a city's log whose body names no
                # city (its title does): the story's city, as a toll told with no place is
                return dated_event(events, [story], f, target or story.country)
        if (town := _town_behind_tally(events, f, target, last)) is not None:
            return town  # "Drones hit X. The air force said 23 of 25 were downed. No one was hurt": X's (r47)
        if last is not None and gap(last.last_idx, f.idx) <= 2 and compatible(last, f, target) \
                and not (f.counts and last.country_level is None and _COUNTRY_SCOPE.search(f.sent.text)):
            return last  # never a country-wide toll ("Across Ukraine, 12 were killed") on the town before
    if f.counts and not f.nationwide and not weapon_counted(f):
        # a toll with no place: the place its speaker reported before ("the mayor later says three
        # were hurt"), else the city of the headline when no place was told yet
        told = _event_of_speaker(events, f, target)
        if told is not None:
            return told
        if _retold_toll(events, f, target, last):
            return last  # "Shelling hit X, wounding four. ... In the afternoon two women were hurt" (dev30 B3)
        if (story := _story_city(events, target, lead)) is not None:
            return dated_event(events, [story], f, target or story.country)
    if f.has_numbers and country:
        return country_event(events, f, country, last)
    return None


def _story_city(events: list[Event], target: str | None, lead: lx.Place | None) -> lx.Place | None:
    """The headline's city, which stands for a placeless strike while no town's record is told yet."""
    if lead is None or any(e.country_level is None for e in events) or (target is not None and lead.country != target):
        return None
    return lead


_THE_SITE = re.compile(rf"\bthe\s+(?:{cues.alternation('locative', 'facility_nouns')}|city|town|city\s+centre)\b", re.I)


def _headline_city_strike(events: list[Event], f: Facts, target: str | None, lead: lx.Place | None) -> bool:
    """A dated strike with its weapons and no figure, no place and no city record yet, in a story whose headline
    names one city of the struck side (a tally's figures stay the country's). r34 (dev56): in a story whose city
    records are all of that city, its toll too ("a bomb struck the depot's yard that Friday; no one was hurt" among
    captions on one city)."""
    own_city = bool(events) and all(e.country_level is not None or e.places == [lead] for e in events)
    return lead is not None and bool(f.weapon_types and f.attack_vocab and f.date and f.date.start) \
        and not (f.background or f.quote or f.hypothetical or f.nationwide or f.counted_weapons) \
        and (own_city or not f.counts and not any(e.country_level is None for e in events)) \
        and (target is None or lead.country == target) \
        and lx.OPPONENT.get(f.attacker or "", lead.country) == lead.country \
        and _THE_SITE.search(f.sent.text) is not None  # "struck the docks": a site of the city, named alone


_RETOLD_REACH = 6  # sentences from the city's record to a toll retold one by one


def _retold_toll(events: list[Event], f: Facts, target: str | None, last: Event | None) -> bool:
    """dev30 B3: a toll with no place told a few sentences after a strike on a town, no other place or
    record told since and on the same day: the story retelling the town's casualties one by one (its
    figures stay evidence where the lead gave the field: the first figure is kept). Not a live blog's
    stamped entry: an entry is news of its own, told above or below the town's."""
    return last is not None and bool(events) and events[-1] is last and last.country_level is None and not f.timestamp \
        and bool(last.places) and last.places[0].level is LocationLevel.city and not f.places and not f.districts \
        and gap(last.last_idx, f.idx) <= _RETOLD_REACH and compatible(last, f, target) \
        and (f.date is None or dates_compatible(last.date, f.date))


def _event_of_speaker(events: list[Event], f: Facts, target: str | None) -> Event | None:
    """The latest place event whose sentences name the speaker of `f` ("X says", "said X")."""
    names = {m.group("name") for m in lx.SPEAKER_NAME.finditer(f.sent.text)}
    if not names:
        return None
    return next((e for e in reversed(events) if e.country_level is None and e.places and compatible(e, f, target)
                 and any(n in g.sent.text for g in e.facts for n in names)), None)


def _town_behind_tally(events: list[Event], f: Facts, target: str | None, last: Event | None) -> Event | None:
    """r47 (dev70): the damage or toll told right after the night's country tally (launched and downed
    figures only) belongs to the town whose strike was told just before the tally, not to the tally: "the
    port of X was attacked by drones. The air force reported 23 of the 25 drones destroyed. At the terminal
    a warehouse was damaged. No casualties were reported." Never a country-wide toll."""
    if last is None or last.country_level is None or not (f.counts or f.damage) or weapon_counted(f) \
            or _COUNTRY_SCOPE.search(f.sent.text) or not all(not g.counts and not g.damage for g in last.facts) \
            or gap(last.last_idx, f.idx) > 2:
        return None
    return _latest_city(events, f, 3, lambda e: e is not last and compatible(e, f, target))


def _lead_city(events: list[Event], f: Facts) -> Event | None:
    """The first city event of the article by the same attacker: the city a wire story is about."""
    return next((e for e in events if e.places and e.country_level is None and e.places[0].level is LocationLevel.city
                 and not (f.attacker and e.attacker and f.attacker != e.attacker)), None)


def _local_figures(f: Facts, last: Event) -> bool:
    """Weapon figures a mayor or governor gives right after a strike on one place: that place's."""
    return weapon_counted(f) and not f.nationwide and last.country_level is None and bool(last.places) \
        and gap(last.last_idx, f.idx) <= 1 and bool(lx.LOCAL_OFFICIAL.search(f.sent.text))


def over_the_region(f: Facts, last: Event | None) -> bool:
    """"Over the region" right after a place in one region was told; so is a launch "at the site" or
    "at the region" (or an attempt "to reach the base") right after the strike on it (r20, dev37 C2)."""
    return last is not None and bool(last.places) and last.country_level is None \
        and bool(lx.REGION_ANAPHOR.search(f.sent.text) or lx.AIM_ANAPHOR.search(f.sent.text)
                 and gap(last.last_idx, f.idx) <= 2)



def _recent_city(events: list[Event], f: Facts, target: str | None) -> Event | None:
    return _latest_city(events, f, 4, lambda e: compatible(e, f, target))


def _latest_city(events: list[Event], f: Facts, reach: int, fits: Callable[[Event], bool]) -> Event | None:
    """The city event told last within `reach` sentences: "the city" is the one named last, not the one
    whose strike was told last (r34: "... the toll in X rose to six. The city had not seen such losses since
    June" after a strike on Y told between)."""
    cities = [e for e in events if e.places and e.country_level is None and e.places[0].level is LocationLevel.city
              and gap(e.last_idx, f.idx) <= reach and fits(e)]
    return max(reversed(cities), key=lambda e: e.last_idx, default=None)

