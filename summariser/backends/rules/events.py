"""Grouping attack sentences into events: one per attacker, locality and night; country-level for
barrage totals. The event itself is `strike_event`, a sentence with no place goes by
`placeless_events`, and events told in parts are folded together by `event_folds`."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...articles.section_headings import is_heading
from ...records import LocationLevel, WeaponType
from .common import Facts
from .barrage_night import lend_barrage_night
from .day_parts import another_part, day_after_night, evening_after_night, strike_part
from .digest import in_region, is_digest, own_strike, towns_of_title
from .event_folds import breakdown_into_total, lone_city_takes_country_toll, region_into_city, strikes_on_country
from .hospitalised import aftermath_only, keep_told_places
from .intercepts import defended_by
from .lead_day import follow_lead, lead_day, locates_lead, region_aftermath, takes_lead_day
from .next_period import day_of, days_after, next_period, night_before
from .occupied_targets import occupied, occupied_target, retarget_occupied
from .period_summary import mark_day_totals
from .topic_fragments import day_of_topic_sentence, place_of_topic_fragment
from .place_frame_carry import city_named_before, lead_city_history, site_history
from .placeless_events import over_the_region, placeless_event
from .quoted_shelling import lend_quoted_shelling
from .region_frame import region_frames_of_towns
from .strike_event import Event, compatible, contributes, country_event, weapon_counted
from .told_strike import refers_to, unplaced_strike

__all__ = ["Event", "contributes", "segment_events"]


def _target_of(f: Facts) -> str | None:
    countries = {p.place.country for p in f.places if p.place.country}
    if len(countries) == 1:
        country = countries.pop()
        # dev34-B3: Ukraine striking occupied Crimea strikes Russia; an attacker is never its own target
        return occupied_target(f.attacker, country, (p.place for p in f.places), f.target_hint) or country
    return f.target_hint


def segment_events(facts: list[Facts], war: bool, home: str | None = None,
                   lead: lx.Place | None = None, voice: str | None = None) -> list[Event]:
    """Group attack sentences into events: (place, night) keys, country-level for totals.

    `lead` is the one city the headline names: a toll told before any place was told is that
    city's (a feature headed "Life under the shelling in X" whose toll names no place)."""
    events: list[Event] = []
    last: Event | None = None
    on_country: list[Facts] = []
    dated_lead: Facts | None = None  # a date-only lead: its night is the following sentences' (r9, A2)
    mark_day_totals(facts)  # "Altogether today 5 were wounded in the oblast" after its towns: their sum (r14)
    before: Facts | None = None
    headings = 0  # heading lines since the dated lead (r28)
    unplaced: Facts | None = None  # r42: a dated strike told with no place, awaiting "in that attack"
    for k, f in enumerate(facts):
        told_before, before = before, f
        headings += is_heading(f.sent.text)
        f.attack_vocab = f.attack_vocab or locates_lead(f, dated_lead)
        if _continues_statistic(f, told_before):
            f.cumulative = True  # "... 176 civilians were killed in March. At least 19 of the dead were children" (r30)
        if not war or not (f.attack_vocab or f.counts or f.counted_weapons or f.hospitalised) or f.cumulative:
            continue
        city_named_before(f, told_before, any(p.level is LocationLevel.city for e in events for p in e.places))
        place_of_topic_fragment(f, told_before)  # "Back to Odesa. A drone struck a warehouse ..." (r30)
        day_of_topic_sentence(f, told_before)  # "Friday proved the worst day. Shells rained on ..." (r30)
        lead_city_history(f, told_before, lead)  # "The city has been hit again and again. In 2022 a missile ..." (r20)
        site_history(f, told_before, facts[:k])  # "That school was shelled once before. A drone hit its gym on 3 May" (r37)
        if aftermath_only(f):  # "three were taken to hospital": evidence of the strike told, no record of its own
            keep_told_places(f, (e.places for e in events))
            if not f.places:
                continue
        referred = unplaced if refers_to(f, unplaced) else None
        if referred is not None:
            follow_lead(f, referred)  # "... nine died in X in that attack": the strike told before is X's (r42)
        follows = dated_lead is not None and (last is None or last.followed and region_aftermath(f)) \
            and takes_lead_day(f, dated_lead, headings)
        if follows and dated_lead is not None:
            # "On the night of 9 May, Russia attacked the grid. It used 200 drones..."; r3: every region
            # told after it in turn ("In the X region ... The Y region also reported damage")
            follow_lead(f, dated_lead)
        if f.country_strike and not f.has_numbers:
            on_country.append(f)
            if (new_lead := lead_day(f, not events)) is not None:
                dated_lead, headings = new_lead, 0
            continue
        if f.time_of_day and last is not None and not f.timestamp \
                and not (last.date and f.date and evening_after_night(last.date, f.date)):  # r27: "15:40" after a night
            f.date = day_of(last.date) or f.date
        if not f.places and last is not None and last.target and f.has_numbers and not f.counts and over_the_region(f, last):
            defended_by(f, last.target)  # dev21 B2: "nine other drones downed over the region": that region's side
        unknown = bool(f.places) and all(p.place.country is None for p in f.places)  # villages the gazetteer lacks
        # "the enemy" that no one in the sentence says: the enemy of the article's voice (r9, A4)
        target = _target_of(f) or ((voice or home) if f.enemy else home if unknown else None)
        told = last.date if last else None  # days counted from the strike told last ("two days later", "the night before")
        f.date = days_after(f.date, told) or next_period(f, told) or night_before(f.date, told) or f.date
        if f.enemy and target in lx.OPPONENT:
            f.attacker = lx.OPPONENT[target]
        ev = _nth_day(events, f, last) or (_place_event(events, f, target, last) if f.places else
                                           placeless_event(events, f, target, last, home, lead))
        if ev is None:
            if (new_lead := lead_day(f, not events)) is not None:
                dated_lead, headings = new_lead, 0
            unplaced = f if unplaced_strike(f) else unplaced
            continue
        unplaced = None
        if referred is not None and referred not in ev.facts:
            ev.facts.append(referred)
        if ev.date is None and f.date is not None:
            ev.date = f.date
        ev.attacker = ev.attacker or f.attacker
        ev.target = ev.target or target
        ev.facts.append(f)
        ev.last_idx = f.idx
        ev.followed = follows
        last = ev
    strikes_on_country(events, on_country)
    out = lone_city_takes_country_toll(breakdown_into_total(region_into_city(region_frames_of_towns([e for e in events if e.facts]))))
    retarget_occupied(out)  # a Crimean town's record whose attacker Ukraine is told by another of its sentences (dev34-B3)
    lend_quoted_shelling(out, facts)  # "... wounding two. 'The village was shelled,' the head wrote." (dev34-B6)
    lend_barrage_night(out, facts)  # "... drones and missiles targeted the west. Near X a substation was hit" (r17)
    return out


def _continues_statistic(f: Facts, before: Facts | None) -> bool:
    """A part of the toll told before ("19 of the dead", "most of them"), with no place, day, weapon or strike
    word of its own, right after a statistic: more of it."""
    return before is not None and before.cumulative and before.idx == f.idx - 1 and not f.places and f.date is None \
        and not f.attack_vocab and not f.weapon_types and not f.counted_weapons and bool(_PART_OF_TOLL.search(f.sent.text))


_PART_OF_TOLL = re.compile(r"\bof\s+(?:the|those|them|whom)(?:\s+(?:dead|killed|injured|wounded|casualties|victims))?\b", re.I)


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



def _place_event(events: list[Event], f: Facts, target: str | None, last: Event | None) -> Event | None:
    if f.nationwide and weapon_counted(f):
        # "Russia fired 300 drones at Lviv and four other regions": the barrage total
        country = target or (last.target if last else None) or lx.OPPONENT.get(f.attacker or "")
        return country_event(events, f, country, last) if country else None
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
        if told is not None and compatible(told, f, target):
            return told
    host = next((e for e in reversed(events) if e.country_level is None and e.places
                 and e.places[0].level is LocationLevel.region and f.idx - e.last_idx <= 2), None)
    if host is not None and is_digest(host.facts) and own_strike(f) and compatible(host, f, target):
        # a locality told after a region's daily digest, with its own weapon or damage: its own strike (r9)
        places = in_region([p.place for p in f.places], host.places[0])
        ev = Event(places=places, date=f.date or host.date, attacker=f.attacker or host.attacker,
                   target=target or host.target)
        events.append(ev)
        return ev
    if host is not None and not f.has_numbers and not f.list_item and compatible(host, f, target) \
            and all(p.place.admin1 in (None, host.places[0].admin1) for p in f.places) and not _second_town(host, f):
        # "the town of X" right after "the Y region" (X unknown to the gazetteer): a town in Y
        region = host.places[0]
        for p in f.places:
            if p.place.name not in {q.name for q in host.places}:
                host.places.append(lx.Place(p.place.name, region.admin1, region.country, p.place.level))
        if f.facility and any(q.level is LocationLevel.city for q in host.places):
            host.places = [q for q in host.places if q is not region]  # "the X refinery": the city stands for its region
        return host
    if _region_of_last(f, last, target):
        return last  # "Work at the depot, among the largest in the X region, stopped" (r35)
    key = [p.place.name for p in f.places]
    same = next((e for e in events if [p.name for p in e.places] == key and compatible(e, f, _occupied_told(e, f, target))
                 and not another_part(e.day_part, f, _weapons_of(e))), None)
    if same is None:
        # a live-blog update ("14:35 Missile strike on X") anchors itself: no date from the update before
        date = f.date or (last.date if last and not f.timestamp else None)
        same = Event(places=[p.place for p in f.places], date=day_after_night(date, f) if f.date is None else date,
                     attacker=f.attacker, target=target)
        events.append(same)
    same.day_part = same.day_part or strike_part(f)
    return same


_ELSEWHERE = re.compile(r"\b(?:elsewhere|also|another|other|too|separately|meanwhile)\b", re.I)
# a region's own tally ("came under fire 140 times, in 19 localities"): the region's record, not the town's
_TALLY = re.compile(r"\d|\b(?:times|settlements|localities|communities|villages|towns)\b", re.I)


def _region_of_last(f: Facts, last: Event | None, target: str | None) -> bool:
    """A sentence right after a town's strike naming only the region the town lies in, with no count or
    weapon of its own: the town's strike told on (r35, dev57 A2: the region in an aside on the site)."""
    if last is None or last.country_level is not None or not last.places or f.idx - last.last_idx != 1 \
            or f.has_numbers or f.counted_weapons or f.weapon_types or not f.places:
        return False
    if _ELSEWHERE.search(f.sent.text) or _TALLY.search(f.sent.text):
        return False  # "Elsewhere in the X region, debris damaged houses", the region's own digest: other strikes
    regions = {p.place.name for p in f.places if p.place.level is LocationLevel.region}
    return len(regions) == len(f.places) and all(q.admin1 in regions for q in last.places) \
        and compatible(last, f, target)


def _occupied_told(ev: Event, f: Facts, target: str | None) -> str | None:
    """A sentence naming no attacker at an occupied place already struck ('"Nobody was injured," the official
    said, urging Yalta residents to stay indoors'): the struck event's target, not the gazetteer's
    country of the place (r35, dev57 A1)."""
    if f.attacker is None and target and ev.target == lx.OPPONENT.get(target) and any(occupied(p) for p in ev.places):
        return ev.target
    return target


def _weapons_of(ev: Event) -> frozenset[WeaponType]:
    """The weapon types the event's sentences name."""
    return frozenset(w.type for f in ev.facts for w in f.weapon_types)
