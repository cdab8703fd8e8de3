"""Grouping attack sentences into events: one per attacker, locality and night; country-level for barrage totals."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ... import lexicon as lx
from ...records import DatePrecision, DateSpan, LocationLevel
from .common import Facts, PlaceHit
from .day_parts import another_part, daytime_after_night, strike_part
from .digest import in_region, is_digest, own_strike, towns_of_title
from .hospitalised import aftermath_only, keep_told_places
from .intercepts import defended_by, part_of_launch
from .launch_parts import parts_of_told_total
from .lead_day import follow_lead, lead_day, locates_lead, region_aftermath, takes_lead_day
from .next_period import day_of, days_after, next_period
from .weapon_anaphora import refines_generic


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


def _dates_compatible(a: DateSpan | None, b: DateSpan | None) -> bool:
    if a is None or b is None:
        return True
    if a.start is None or b.start is None:  # words only: same words or nothing
        return (a.text or "").lower() == (b.text or "").lower() or (a.start is None and b.start is None
                                                                  and not _vague(a) and not _vague(b))
    precisions = {a.precision.value, b.precision.value}
    if precisions & {"week", "month", "year"} or precisions == {"range"}:
        return a.start == b.start and a.end == b.end  # two nights sharing a day are two nights
    return a.start <= (b.end or b.start) and b.start <= (a.end or a.start)


def _vague(d: DateSpan) -> bool:
    return bool(re.search(r"\b(?:ago|earlier|before|after|previous)\b", d.text or "", re.I))  # not "afternoon"


def _target_of(f: Facts) -> str | None:
    countries = {p.place.country for p in f.places if p.place.country}
    if len(countries) == 1:
        return countries.pop()
    return f.target_hint


def _compatible(ev: Event, f: Facts, target: str | None) -> bool:
    if f.attacker and ev.attacker and f.attacker != ev.attacker:
        return False
    if target and ev.target and target != ev.target:
        return False
    return f.update or _dates_compatible(ev.date, f.date)  # an update is dated when the figure changed


_CAPITAL_ANAPHORA = re.compile(r"\b(?:the|our)\s+capital\b(?!\s+[A-Z])|\bcapital['’]s\b|\bthe\s+city\b(?!\s+of)", re.I)


def contributes(f: Facts) -> bool:
    """A sentence without a place joins an event only if it adds a fact to it."""
    named_model = any(w.model for w in f.weapon_types) and not (f.quote or f.hypothetical)  # "used Geran-2 drones"
    return bool(f.counts or f.counted_weapons or named_model or f.refines or (f.damage and not f.background))


def segment_events(facts: list[Facts], war: bool, home: str | None = None,
                   lead: lx.Place | None = None, voice: str | None = None) -> list[Event]:
    """Group attack sentences into events: (place, night) keys, country-level for totals.

    `lead` is the one city the headline names: a toll told before any place was told is that
    city's (a feature headed "Life under the shelling in X" whose toll names no place)."""
    events: list[Event] = []
    last: Event | None = None
    on_country: list[Facts] = []
    dated_lead: Facts | None = None  # a date-only lead: its night is the following sentences' (r9, A2)
    for f in facts:
        f.attack_vocab = f.attack_vocab or locates_lead(f, dated_lead)
        if not war or not (f.attack_vocab or f.counts or f.counted_weapons or f.hospitalised) or f.cumulative:
            continue
        if aftermath_only(f):  # "three were taken to hospital": evidence of the strike told, no record of its own
            keep_told_places(f, (e.places for e in events))
            if not f.places:
                continue
        follows = dated_lead is not None and (last is None or last.followed and region_aftermath(f)) \
            and takes_lead_day(f, dated_lead)
        if follows and dated_lead is not None:
            # "On the night of 9 May, Russia attacked the grid. It used 200 drones..."; r3: every region
            # told after it in turn ("In the X region ... The Y region also reported damage")
            follow_lead(f, dated_lead)
        if f.country_strike and not f.has_numbers:
            on_country.append(f)
            dated_lead = lead_day(f) or dated_lead
            continue
        if f.time_of_day and last is not None and not f.timestamp:
            f.date = day_of(last.date) or f.date
        if not f.places and last is not None and last.target and f.has_numbers and not f.counts and _over_the_region(f, last):
            defended_by(f, last.target)  # dev21 B2: "nine other drones downed over the region": that region's side
        unknown = bool(f.places) and all(p.place.country is None for p in f.places)  # villages the gazetteer lacks
        # "the enemy" that no one in the sentence says: the enemy of the article's voice (r9, A4)
        target = _target_of(f) or ((voice or home) if f.enemy else home if unknown else None)
        f.date = days_after(f.date, last.date if last else None) or next_period(f, last.date if last else None) or f.date
        if f.enemy and target in lx.OPPONENT:
            f.attacker = lx.OPPONENT[target]
        ev = _nth_day(events, f, last) or (_place_event(events, f, target, last) if f.places else
                                           _placeless_event(events, f, target, last, home, lead))
        if ev is None:
            dated_lead = lead_day(f) or dated_lead
            continue
        if ev.date is None and f.date is not None:
            ev.date = f.date
        ev.attacker = ev.attacker or f.attacker
        ev.target = ev.target or target
        ev.facts.append(f)
        ev.last_idx = f.idx
        ev.followed = follows
        last = ev
    _strikes_on_country(events, on_country)
    return _breakdown_into_total(_region_into_city([e for e in events if e.facts]))


def _strikes_on_country(events: list[Event], on_country: list[Facts]) -> None:
    """'Its forces struck enterprises of Ukraine' (no place, no figure): the side's strike on that
    country, a country-level record only when the article tells no strike of that side on it
    elsewhere (where it does, those records are the strike told in detail)."""
    for f in on_country:
        target = f.target_hint
        if target is None or any(e.target == target and e.attacker in (None, f.attacker) for e in events if e.facts):
            continue
        ev = _country_event(events, f, target, None)
        ev.attacker = ev.attacker or f.attacker
        ev.facts.append(f)
        ev.last_idx = f.idx


def _breakdown_into_total(events: list[Event]) -> list[Event]:
    """'Russian attacks killed 10 and injured 41 across Ukraine over the past day ... In the X
    region, four were killed': a nationwide toll told first, then by region. The regions' tolls
    are its breakdown, one country-level record (codebook rules 3-4), not a record per region.
    Towns and cities keep their own records."""
    totals = [e for e in events if e.country_level is not None and any(f.counts for f in e.facts)]
    if not totals:
        return events
    out = list(events)
    for ev in events:
        if ev.country_level is not None or not ev.places or any(p.level is not LocationLevel.region for p in ev.places):
            continue
        total = next((t for t in totals if t.facts[0].idx < ev.facts[0].idx and _dates_compatible(t.date, ev.date)
                      and t.target == ev.target and not (t.attacker and ev.attacker and t.attacker != ev.attacker)), None)
        if total is None or not all(f.counts and not _weapon_counted(f) for f in ev.facts if f.has_numbers):
            continue
        total.facts = sorted(total.facts + ev.facts, key=lambda f: f.idx)
        out.remove(ev)
    return out


def _region_into_city(events: list[Event]) -> list[Event]:
    """'Drones attacked the Odesa region overnight ... In Odesa, two were injured': a locality is
    the city, the region only when no city is named (codebook rule 1). A region told without a
    figure of its own joins the one city of that region hit the same night by the same attacker,
    when the city is told right after it (a region's total told after a town is a tally of its own)."""
    out = list(events)
    for ev in events:
        if ev.country_level is not None or len(ev.places) != 1 or ev.places[0].level is not LocationLevel.region \
                or any(f.has_numbers for f in ev.facts) or is_digest(ev.facts):
            continue  # a day's digest of mixed attacks is a record of its own (r9)
        admin = ev.places[0].admin1 or ev.places[0].name
        cities = [e for e in out if e is not ev and e.country_level is None and e.places
                  and all(p.level is LocationLevel.city and p.admin1 == admin for p in e.places)
                  and len(ev.facts) == 1 and e.facts[0].idx == ev.last_idx + 1  # the region told, then its city
                  and _dates_compatible(e.date, ev.date) and not (e.attacker and ev.attacker and e.attacker != ev.attacker)]
        if len(cities) != 1:
            continue
        city = cities[0]
        city.facts = sorted(city.facts + ev.facts, key=lambda f: f.idx)
        city.date = city.date or ev.date
        city.attacker = city.attacker or ev.attacker
        out.remove(ev)
    return out


def _recent_city(events: list[Event], f: Facts, target: str | None) -> Event | None:
    return next((e for e in reversed(events) if e.places and e.country_level is None
                 and e.places[0].level is LocationLevel.city and f.idx - e.last_idx <= 4
                 and _compatible(e, f, target)), None)


def _second_town(host: Event, f: Facts) -> bool:
    """'Drones attacked the X region, injuring three in X city. In the port of Y, a drone damaged a
    warehouse': a known town told in a paragraph of its own after the region's record already
    names its town is another locality (atk7), not one more place of the region's record."""
    return any(q.level is LocationLevel.city for q in host.places) and any(
        p.place.admin1 is not None and p.place.level is LocationLevel.city for p in f.places)


def _nth_day(events: list[Event], f: Facts, last: Event | None) -> Event | None:
    """r3: "the first attack ..., the second ..." after two days told of one place: the n-th day's record."""
    if not f.nth or last is None or f.places:
        return None
    days = sorted(((e.date.start, i) for i, e in enumerate(events)
                   if e.places == last.places and e.date is not None and e.date.start is not None))
    return events[days[f.nth - 1][1]] if len(days) >= 2 else None


def _weapon_counted(f: Facts) -> bool:
    return any(w.launched or w.intercepted for w in f.counted_weapons)


def _place_event(events: list[Event], f: Facts, target: str | None, last: Event | None) -> Event | None:
    if f.nationwide and _weapon_counted(f):
        # "Russia fired 300 drones at Lviv and four other regions": the barrage total
        country = target or (last.target if last else None) or lx.OPPONENT.get(f.attacker or "")
        return _country_event(events, f, country, last) if country else None
    if f.background and not f.has_numbers:
        return None
    if all(p.title for p in f.places):
        # "The Kharkiv region's governor said debris hit a school": the event told in that region
        admin = {p.place.admin1 or p.place.name for p in f.places}
        told = next((e for e in reversed(events) if e.country_level is None and f.idx - e.last_idx <= 2
                     and any((q.admin1 or q.name) in admin for q in e.places)), None)
        if told is None and events and events[-1].country_level is None \
                and (towns := towns_of_title(events[-1].places, events[-1].last_idx, f)) is not None:
            told, told.places = events[-1], towns  # r3: the toll of the unknown town told just before
        if told is not None and _compatible(told, f, target):
            return told
    host = next((e for e in reversed(events) if e.country_level is None and e.places
                 and e.places[0].level is LocationLevel.region and f.idx - e.last_idx <= 2), None)
    if host is not None and is_digest(host.facts) and own_strike(f) and _compatible(host, f, target):
        # a locality told after a region's daily digest, with its own weapon or damage: its own strike (r9)
        places = in_region([p.place for p in f.places], host.places[0])
        ev = Event(places=places, date=f.date or host.date, attacker=f.attacker or host.attacker,
                   target=target or host.target)
        events.append(ev)
        return ev
    if host is not None and not f.has_numbers and not f.list_item and _compatible(host, f, target) \
            and all(p.place.admin1 in (None, host.places[0].admin1) for p in f.places) and not _second_town(host, f):
        # "the town of X" right after "the Y region" (X unknown to the gazetteer): a town in Y
        region = host.places[0]
        for p in f.places:
            if p.place.name not in {q.name for q in host.places}:
                host.places.append(lx.Place(p.place.name, region.admin1, region.country, p.place.level))
        if f.facility and any(q.level is LocationLevel.city for q in host.places):
            host.places = [q for q in host.places if q is not region]  # "the X refinery": the city stands for its region
        return host
    key = [p.place.name for p in f.places]
    same = next((e for e in events if [p.name for p in e.places] == key and _compatible(e, f, target)
                 and not another_part(e.day_part, f)), None)
    if same is None:
        # a live-blog update ("14:35 Missile strike on X") anchors itself: no date from the update before
        same = Event(places=[p.place for p in f.places], date=f.date or (last.date if last and not f.timestamp else None),
                     attacker=f.attacker, target=target)
        events.append(same)
    same.day_part = same.day_part or strike_part(f)
    return same


def _placeless_event(events: list[Event], f: Facts, target: str | None, last: Event | None,
                     home: str | None = None, lead: lx.Place | None = None) -> Event | None:
    # r3: "Then, the next night, drones attacked the city again": a strike on the city on another night
    again = bool(last and f.weapon_types and f.attack_vocab and f.date and f.date.start and not _vague(f.date)
                 and not _dates_compatible(last.date, f.date) and _CAPITAL_ANAPHORA.search(f.sent.text))
    f.refines = last is not None and refines_generic(last.facts, last.last_idx, f)  # "A ballistic missile ..." (dev20 B11)
    if f.background or not (contributes(f) or again):
        return None
    if f.update and f.counts:
        # "by Wednesday the number of dead had climbed to seven": the event whose toll it updates, however far back
        fields = {h.field for h in f.counts}
        hosts = [e for e in reversed(events) if any(h.field in fields for g in e.facts for h in g.counts) and _compatible(e, f, target)]
        host = next((e for e in hosts if e.country_level is None), hosts[0] if hosts else None)  # a town's before a tally's (dev22 B6)
        if host is not None:
            return host
    if last is not None and last.places and last.country_level is None and another_part(last.day_part, f) \
            and _compatible(last, f, target) and f.idx - last.last_idx <= 2:
        # "Artillery hit X in the morning ... In the afternoon the town came under fire once more": X again
        events.append(ev := Event(places=list(last.places), date=f.date or last.date, attacker=f.attacker or last.attacker,
                                  target=target or last.target, day_part=f.day_part))
        return ev
    new_time = bool(f.date and _vague(f.date)) or (
        last is not None and not f.update and (not _dates_compatible(last.date, f.date) or daytime_after_night(last.date, f)))
    if new_time and (f.has_numbers or f.weapon_types and (f.damage or f.attack_vocab)) and (_CAPITAL_ANAPHORA.search(f.sent.text)
                                                                        or f.districts):
        # "In April, a strike on the city centre killed 35": the same city, another day; so is a
        # district told alone ("On Sunday afternoon, a bomb hit the X district": atk7)
        city = next((e for e in reversed(events) if e.places and e.country_level is None
                     and e.places[0].level is LocationLevel.city and f.idx - e.last_idx <= 8
                     and not (f.attacker and e.attacker and f.attacker != e.attacker)), None) \
            or _lead_city(events, f)  # told far from any city of that attacker: the city the story is about
        if city is not None:
            if again and not contributes(f) and (m := _CAPITAL_ANAPHORA.search(f.sent.text)):  # "the city" is its place
                f.places = [PlaceHit(p, f.sent.start + m.start(), f.sent.start + m.end()) for p in city.places]
            return _dated_event(events, city.places, f, target or city.target)
    country = target or lx.OPPONENT.get(f.attacker or "") or (last.target if last else None) or home
    if last is not None and _over_the_region(f, last) and f.has_numbers and not f.counts and _compatible(last, f, target):
        # "shot down 11 drones over the region": the figures of the region the report is about, on
        # the record of the place told (codebook rule 3), not a country-level record
        return last
    if last is not None and _local_figures(f, last) and _compatible(last, f, target):
        # "The enemy used 12 drones, the mayor said" after a strike on his city: that city's figures
        return last
    only_intercepts = all(w.intercepted and not w.launched for w in f.counted_weapons if w.launched or w.intercepted)
    if _weapon_counted(f) and not f.counts and not f.nationwide and _CAPITAL_ANAPHORA.search(f.sent.text) and (
            city := _recent_city(events, f, target)) is not None:
        return city  # "the city was struck by 17 drones overnight": the city told, not the night's country total (atk7)
    if _weapon_counted(f) and not f.counts:
        # "15 of them were shot down" right after "attacked Odesa with 20 drones" stays on Odesa;
        # other barrage figures go to the country-level record of that night.
        if last is not None and not new_time and not f.nationwide and _compatible(last, f, target) and (
                only_intercepts and f.idx - last.last_idx <= 1 and part_of_launch(f, last.facts)
                or f.idx - last.last_idx <= 2 and parts_of_told_total(f, last.facts)):
            return last  # so do parts of the total told by relation ("40 of them were missiles", launch_parts)
        return _country_event(events, f, country, last) if country else None
    if not new_time:
        if _CAPITAL_ANAPHORA.search(f.sent.text) or f.districts:
            # "the capital's districts", "In the X district": the city event told most recently
            city = next((e for e in reversed(events) if e.places and e.country_level is None
                         and e.places[0].level is LocationLevel.city and f.idx - e.last_idx <= 8
                         and _compatible(e, f, target)), None)
            if city is not None:
                return city
        if last is not None and f.idx - last.last_idx <= 2 and _compatible(last, f, target):
            return last
    if f.counts and not f.nationwide and not _weapon_counted(f):
        # a toll with no place: the place its speaker reported before ("the mayor later says three
        # were hurt"), else the city of the headline when no place was told yet
        told = _event_of_speaker(events, f, target)
        if told is not None:
            return told
        if lead is not None and not any(e.country_level is None for e in events) and \
                (target is None or lead.country == target):
            return _dated_event(events, [lead], f, target or lead.country)
    if f.has_numbers and country:
        return _country_event(events, f, country, last)
    return None


def _event_of_speaker(events: list[Event], f: Facts, target: str | None) -> Event | None:
    """The latest place event whose sentences name the speaker of `f` ("X says", "said X")."""
    names = {m.group("name") for m in lx.SPEAKER_NAME.finditer(f.sent.text)}
    if not names:
        return None
    return next((e for e in reversed(events) if e.country_level is None and e.places and _compatible(e, f, target)
                 and any(n in g.sent.text for g in e.facts for n in names)), None)


def _lead_city(events: list[Event], f: Facts) -> Event | None:
    """The first city event of the article by the same attacker: the city a wire story is about."""
    return next((e for e in events if e.places and e.country_level is None and e.places[0].level is LocationLevel.city
                 and not (f.attacker and e.attacker and f.attacker != e.attacker)), None)


def _local_figures(f: Facts, last: Event) -> bool:
    """Weapon figures a mayor or governor gives right after a strike on one place: that place's."""
    return _weapon_counted(f) and not f.nationwide and last.country_level is None and bool(last.places) \
        and f.idx - last.last_idx <= 1 and bool(lx.LOCAL_OFFICIAL.search(f.sent.text))


def _over_the_region(f: Facts, last: Event | None) -> bool:
    """"Over the region" right after a place in one region was told."""
    return last is not None and bool(last.places) and last.country_level is None \
        and bool(lx.REGION_ANAPHOR.search(f.sent.text))


def _dated_event(events: list[Event], places: list[lx.Place], f: Facts, target: str | None) -> Event:
    """The event at these places on the sentence's own date (a new one unless already told)."""
    key = [p.name for p in places]
    ev = next((e for e in events if [p.name for p in e.places] == key and e.country_level is None
               and e.date is not None and f.date is not None and _dates_compatible(e.date, f.date)
               and not daytime_after_night(e.date, f)), None)
    if ev is None:
        ev = Event(places=list(places), date=f.date, attacker=f.attacker, target=target)
        events.append(ev)
    return ev


def _country_event(events: list[Event], f: Facts, country: str, last: Event | None) -> Event:
    date = f.date or (last.date if last else None)
    for e in events:
        if e.country_level == country and _dates_compatible(e.date, date) and \
                not (f.attacker and e.attacker and f.attacker != e.attacker):
            return e
    ev = Event(places=[lx.Place(country, None, country, LocationLevel.country)], country_level=country,
                date=date, attacker=f.attacker, target=country)
    events.append(ev)
    return ev
