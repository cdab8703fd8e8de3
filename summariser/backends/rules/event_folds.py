"""Events folded together once an article's sentences are grouped: a side's strike on a country
told without a place, a nationwide toll and its breakdown by region, a region and its one city."""

from __future__ import annotations

from ...knowledge import cues
from ...records import LocationLevel
from .common import Facts
from .digest import is_digest
from .strike_event import Event, country_event, dates_compatible, weapon_counted

_COUNTRY_SCOPE = cues.pattern("place_roles", "country_scope")  # a toll told for the whole country is no city's


def strikes_on_country(events: list[Event], on_country: list[Facts]) -> None:
    """'Its forces struck enterprises of Ukraine' (no place, no figure): the side's strike on that
    country, a country-level record only when the article tells no strike of that side on it
    elsewhere (where it does, those records are the strike told in detail). r46 (dev68): only a strike
    of that side on days that meet the country strike's is that detail (a court summary's strike of
    2022 is not the energy strike of this week), and a barrage told across the whole country with
    its weapons ("fired missiles and drones at power plants all over Ukraine") is the country's
    record beside the cities' strikes told apart."""
    for f in on_country:
        target = f.target_hint
        barrage = f.nationwide and bool(f.weapon_types) and f.date is not None
        if target is None or any(e.target == target and e.attacker in (None, f.attacker) and dates_compatible(e.date, f.date)
                                 and not (barrage and e.country_level is None) for e in events if e.facts):
            continue
        ev = country_event(events, f, target, None)
        ev.attacker = ev.attacker or f.attacker
        ev.facts.append(f)
        ev.last_idx = f.idx


def breakdown_into_total(events: list[Event]) -> list[Event]:
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
        total = next((t for t in totals if t.facts[0].idx < ev.facts[0].idx and dates_compatible(t.date, ev.date)
                      and t.target == ev.target and not (t.attacker and ev.attacker and t.attacker != ev.attacker)), None)
        if total is None or not all(f.counts and not weapon_counted(f) for f in ev.facts if f.has_numbers):
            continue
        total.facts = sorted(total.facts + ev.facts, key=lambda f: f.idx)
        out.remove(ev)
    return out


def region_into_city(events: list[Event]) -> list[Event]:
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
                  and dates_compatible(e.date, ev.date) and not (e.attacker and ev.attacker and e.attacker != ev.attacker)]
        if len(cities) != 1:
            continue
        city = cities[0]
        city.facts = sorted(city.facts + ev.facts, key=lambda f: f.idx)
        city.date = city.date or ev.date
        city.attacker = city.attacker or ev.attacker
        out.remove(ev)
    return _region_tally_into_town(out)


def _region_tally_into_town(events: list[Event]) -> list[Event]:
    """r20 (dev37 C2): "Drones hit a grain terminal in Reni. Air defence downed 17 of them above
    the Odesa region, the air force said": a region's weapon tally (launched or downed, no hit, damage or toll
    of its own) told right after or before the strike on the one locality of that region the article
    tells, the same night, by the same attacker, is that locality's figures (codebook 3), not a
    record of the region. With two or more localities of the region told, the tally stays the
    region's (`region_totals`); a locality with weapon figures of its own keeps them."""
    out = list(events)
    for ev in events:
        if ev.country_level is not None or len(ev.places) != 1 or ev.places[0].level is not LocationLevel.region \
                or not _tally_only(ev.facts) or is_digest(ev.facts):
            continue
        admin = ev.places[0].admin1 or ev.places[0].name
        towns = [e for e in out if e is not ev and e.country_level is None and e.facts and dates_compatible(e.date, ev.date)
                 and any(p.level is not LocationLevel.region and p.admin1 == admin for p in e.places)]
        if len(towns) != 1 or len({p.name for p in towns[0].places}) != 1:
            continue  # a town of the region struck on another day is no locality of this night (cf. regional_shares)
        town = towns[0]
        near = min(abs(f.idx - g.idx) for f in ev.facts for g in town.facts) <= 1
        if not near or (town.attacker and ev.attacker and town.attacker != ev.attacker) \
                or any(w.launched or w.intercepted for g in town.facts for w in g.counted_weapons):
            continue
        for f in ev.facts:
            f.places = []
        town.facts = sorted(town.facts + ev.facts, key=lambda f: f.idx)
        town.date = town.date or ev.date
        town.attacker = town.attacker or ev.attacker
        out.remove(ev)
    return out


def _tally_only(facts: list[Facts]) -> bool:
    """Weapons launched or downed and nothing else: no toll, no damage, no hit told. r21 (dev39 A1):
    a toll told after the tally with no place of its own ("Six drones were downed. Officials later
    gave the wounded as five") joined the region's record only because it came
    next; it is the struck locality's toll as much as the tally is (codebook 3), so only the
    sentences that name the region must be tally only."""
    named = [f for f in facts if f.places or f.districts] or facts
    return any(w.launched or w.intercepted for f in named for w in f.counted_weapons) \
        and not any(f.counts or f.damage or f.hospitalised for f in named) \
        and not any(f.damage for f in facts)



def lone_city_takes_country_toll(events: list[Event]) -> list[Event]:
    """Round 14: 'X condemns the attack on Kyiv. Overnight Russia fired 40 drones at the capital of
    Ukraine; two people were killed': an undated lead naming the one struck city, with no figure of
    its own, and one dated country-level record that carries a toll. A toll is some locality's, and
    the article names one: the figures are that city's (codebook rule 3), one record, dated."""
    places = [e for e in events if e.country_level is None and e.places]
    if len(places) != 1:
        return events
    city = places[0]
    if city.date is not None or any(f.has_numbers for f in city.facts) \
            or any(p.level is not LocationLevel.city for p in city.places):
        return events
    totals = [e for e in events if e.country_level is not None and e.date is not None
              and any(f.counts for f in e.facts) and e.target in (None, city.places[0].country)
              and not any(_COUNTRY_SCOPE.search(f.sent.text) for f in e.facts if f.counts)  # "40 killed across the country" (r21)
              and not (e.attacker and city.attacker and e.attacker != city.attacker)
              and e.facts[0].idx > city.facts[0].idx]
    if len(totals) != 1:
        return events
    total = totals[0]
    city.facts = sorted(city.facts + total.facts, key=lambda f: f.idx)
    city.date, city.attacker, city.target = total.date, city.attacker or total.attacker, city.target or total.target
    return [e for e in events if e is not total]



def aggregate_lead_into_towns(events: list[Event]) -> list[Event]:
    """Round 15 (dev28 B5): 'Drones and missiles targeted the A and B regions overnight', then a
    paragraph for a city of each: the lead names in aggregate the strikes its cities' records tell
    one by one, so it is no record of its own, nor a part of the first city's record (the city
    paragraph that follows it stays the city's alone); its words join the night's country record
    where there is one (the barrage it introduces). A lead region with no city of its own told
    keeps the record (codebook 2), and so does a lead with a figure or damage."""
    out = []
    for ev in events:
        leads = [f for f in ev.facts if _lead_regions(f)]
        regions = {r for f in leads for r in _lead_regions(f)}
        rest = [f for f in ev.facts if f not in leads]
        if ev.country_level is not None or not leads or not all(
                any(_city_in(e, r, ev, leads) for e in events) or _own_city(rest, r) for r in regions):
            out.append(ev)
            continue
        country = next((e for e in events if e.country_level is not None and _same_night(e, ev)), None)
        if country is not None:
            for f in leads:
                f.places = []
                country.facts.append(f)
        if rest:
            ev.facts = rest
            ev.places = [p for p in ev.places if p.level is not LocationLevel.region or not (p.admin1 or p.name) in regions]
            out.append(ev)
    return _hits_in_told_regions(out)


def town_lead_into_towns(events: list[Event]) -> list[Event]:
    """r47 (dev69): 'Drones attacked two sites overnight: a refinery in A and a depot near B', then a
    sentence for each town: the lead names together the strikes the towns' records tell one by one,
    so it is no record of its own (its words join the night's country record where there is one). A
    lead with a figure or damage, or with a town no later record tells, keeps its record."""
    out = []
    for ev in events:
        towns = {p.place.name for f in ev.facts for p in f.places}
        if ev.country_level is not None or not ev.facts or not all(_lead_towns(f) for f in ev.facts) \
                or not all(any(_town_told_later(e, t, ev) for e in events) for t in towns):
            out.append(ev)
            continue
        country = next((e for e in events if e.country_level is not None and _same_night(e, ev)), None)
        if country is not None:
            for f in ev.facts:
                f.places = []
                country.facts.append(f)
    return out


def _lead_towns(f: Facts) -> bool:
    """A sentence that names only two or more towns and holds no figure and no damage."""
    return len({p.place.name for p in f.places}) >= 2 and all(p.place.level is LocationLevel.city for p in f.places) \
        and not f.has_numbers and not f.damage


def _town_told_later(e: Event, town: str, lead: Event) -> bool:
    return e is not lead and e.country_level is None and bool(e.facts) and _same_night(e, lead) \
        and any(p.level is LocationLevel.city and p.name == town for p in e.places) \
        and min(f.idx for f in e.facts) > min(f.idx for f in lead.facts)


def _hits_in_told_regions(events: list[Event]) -> list[Event]:
    """r17 (dev31 A4): "Air defence downed 45 of them; hits were recorded in the A and B regions"
    after the night's launch figures: the regions say where the rest of that barrage landed, and
    each is told in detail by a struck locality of that night. Its figures are the barrage's (the
    country record's), the regions no record of their own. A region with no locality told keeps
    its record (codebook 1-2: "Hits were recorded in the A and B regions" alone)."""
    out = list(events)
    for ev in events:
        if ev.country_level is not None or len(ev.places) < 2 or any(p.level is not LocationLevel.region for p in ev.places) \
                or not _barrage_part_only(ev.facts):
            continue
        country = next((e for e in events if e.country_level is not None and _same_night(e, ev) and e.target == ev.target
                        and any(w.launched for f in e.facts for w in f.counted_weapons)), None)
        if country is None or not all(any(_city_in_region(e, p.admin1 or p.name, ev) for e in events) for p in ev.places):
            continue
        for f in ev.facts:
            f.places = []
            country.facts.append(f)
        country.facts.sort(key=lambda f: f.idx)
        out.remove(ev)
    return out


def _barrage_part_only(facts: list[Facts]) -> bool:
    """Only interceptions of weapons counted before: no toll, no damage, no launch of its own."""
    weapons = [w for f in facts for w in f.counted_weapons]
    return any(w.intercepted for w in weapons) and not any(w.launched for w in weapons) \
        and not any(f.counts or f.damage for f in facts)


def _city_in_region(e: Event, region: str, ev: Event) -> bool:
    return e is not ev and e.country_level is None and bool(e.facts) and _same_night(e, ev) and any(
        p.level is LocationLevel.city and p.admin1 == region for p in e.places)


def _lead_regions(f: Facts) -> list[str]:
    """The two or more regions of a sentence that names only regions and holds no figure."""
    if len(f.places) < 2 or any(p.place.level is not LocationLevel.region for p in f.places) or f.has_numbers or f.damage:
        return []
    return [p.place.admin1 or p.place.name for p in f.places]


def _same_night(e: Event, lead: Event) -> bool:
    return not (e.attacker and lead.attacker and e.attacker != lead.attacker) and dates_compatible(e.date, lead.date)


def _own_city(rest: list[Facts], region: str) -> bool:
    return any(p.place.level is LocationLevel.city and p.place.admin1 == region for f in rest for p in f.places)


def _city_in(e: Event, region: str, lead: Event, leads: list[Facts]) -> bool:
    return e is not lead and e.country_level is None and any(
        p.level is LocationLevel.city and p.admin1 == region for p in e.places) and _same_night(e, lead) \
        and bool(e.facts) and min(f.idx for f in e.facts) > min(f.idx for f in leads)
