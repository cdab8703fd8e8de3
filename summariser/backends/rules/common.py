"""Shared pieces of the rules backend: the per-sentence fact records, spans, counts and clauses."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ... import lexicon as lx
from ...numbers import NumberMention
from ...records import Count, DateSpan, Location, LocationLevel, Span, WeaponType
from ...sentences import Sentence


_DRONES = {WeaponType.drone, WeaponType.decoy_drone}
_MISSILES = {WeaponType.cruise_missile, WeaponType.ballistic_missile, WeaponType.missile}

# A comma inside a figure ("30,000") is no clause boundary.
# r4atk B6: an apposition on the weapons counted stays in their clause, and so does the predicate
# after it: "Some 112 drones, mostly Gerberas, were sent against Ukraine"
# dev18 B7: so does a bracket opened by "including" ("33 missiles (including 8 Iskander-M)")
# dev17 B7: a second weapon counted after the first, "fired 60 drones, along with four cruise
# missiles" / "as well as two guided bombs", is governed by the same verb: no boundary before it
_WITH_COUNT = (r"(?:along\s+with|together\s+with|as\s+well\s+as|plus)\s+(?:about\s+|some\s+|around\s+|nearly\s+|at\s+least\s+"
               r"|more\s+than\s+|over\s+|up\s+to\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
               r"|a\s+dozen|dozens)")
_CLAUSE_BOUNDARY = re.compile(
    r"[;:)\u2014\u2013\"“”]|\((?!\s*(?:including|among\s+them|of\s+which|mostly|mainly)\b)|,(?!(?<=\d,)\d{3}\b)(?!\s+(?:including|among\s+them|mostly|mainly|largely|chiefly|primarily"
    rf"|(?:most|many|all|the\s+majority|the\s+bulk)\s+of\s+them|{_WITH_COUNT})\b)"
    r"(?!\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:\w+ed|sent|shot|thrown|flown|brought|hurled)\b)|\s-\s")
QUOTE_START = re.compile(r"^\s*[\"“‘']")
QUOTED = re.compile(r"“[^”]{1,1500}”|\"[^\"\n]{1,1500}\"")


# --------------------------------------------------------------------------- sentence facts


@dataclass
class PlaceHit:
    place: lx.Place
    start: int
    end: int
    title: bool = False  # named only in an official's title ("the Kharkiv governor said")


@dataclass
class CountHit:
    field: str  # killed, injured, children_killed, children_injured
    count: Count
    civilian: bool = False
    # r13 (dev24 D3): a total read from the children a toll is told by ("two teenagers died"):
    # a figure the record states for the role elsewhere wins (attacks.build_attack)
    described: bool = False


@dataclass
class WeaponHit:
    type: WeaponType
    model: str | None
    launched: Count | None = None
    intercepted: Count | None = None
    classes: frozenset[str] = frozenset()  # drone / missile / glide / artillery classes behind it
    anaphoric: bool = False  # "shot down 36 of them": the weapon is the one counted in the sentence before
    all_but: int | None = None  # "all but K were downed" of a total launched in the sentence before: K
    respective: int | None = None  # "shot down 40 and 2, respectively": the figure of the i-th weapon launched
    part: bool = False  # "Forty of the weapons were missiles": a part of a launch total told before (launch_parts)
    told_whole: bool = False  # "All six Kinzhals hit their targets": the wave told before, its size restated
    by_hit: bool = False  # "two missiles hit a depot": launched, counted as the subject of their hit (r15)


@dataclass
class Facts:
    """What one sentence says about an attack."""

    sent: Sentence
    idx: int
    places: list[PlaceHit] = field(default_factory=list)
    districts: list[PlaceHit] = field(default_factory=list)
    nationwide: bool = False
    target_hint: str | None = None
    attacker: str | None = None
    date: DateSpan | None = None
    report_date: DateSpan | None = None
    counts: list[CountHit] = field(default_factory=list)
    superseded: list[CountHit] = field(default_factory=list)  # r20: counts told as an earlier figure (superseded.py)
    counted_weapons: list[WeaponHit] = field(default_factory=list)
    weapon_types: list[WeaponHit] = field(default_factory=list)
    damage: list[str] = field(default_factory=list)
    reporters: list[str] = field(default_factory=list)
    attack_vocab: bool = False
    background: bool = False
    quote: bool = False
    hypothetical: bool = False  # "could strike", "put X within reach": a capability, not a strike
    cumulative: bool = False  # "600 killed since 2022": a tally over a period, not an event
    update: bool = False  # "by Wednesday the number of dead had climbed to seven": a later figure for an event told before
    time_of_day: bool = False  # dated only by "in the afternoon", "at 14:20": the day of the report around it
    timestamp: bool = False  # a live-blog update ("14:35 ..."): its own time, never the previous update's date
    nth: int = 0  # r3: "the first attack wounded two, the second killed one": the part told of the n-th of two days
    enemy: bool = False  # "the enemy attacked": the attacker is the opponent of the target
    country_strike: bool = False  # "its forces struck enterprises of Ukraine": a strike on a country, no place told
    hospitalised: bool = False  # "three passengers were taken to hospital": the strike's aftermath, no injured count (codebook 6)
    day_part: str | None = None  # night, morning, afternoon or evening, as the sentence or its stamp tells
    again: bool = False  # told as a repeat: "hit the town again", "new explosions"
    facility: bool = False  # a facility named after its city was hit ("the X refinery"): the city, not its region
    refines: bool = False  # names the precise type of its record's generic missiles (dev20 B11)
    day_subject: bool = False  # dated by a day told as the subject of the sentence before (r30: "Sunday was the worst day.")
    clock: bool = False  # a clock time and no day ("shortly before 6 a.m."): the report's day, if nothing else dates it
    headline_city: bool = False  # r31: a strike told with no place under a headline on one city: that city's
    list_item: bool = False  # a post's item headed by a list of communities ("• A and B communities: mortar fire"): its own strike

    @property
    def has_numbers(self) -> bool:
        return bool(self.counts or any(w.launched or w.intercepted for w in self.counted_weapons))


def span_of(text: str, start: int, end: int) -> Span:
    return Span(text=text[start:end], start=start, end=end)


def count_of(text: str, m: NumberMention) -> Count:
    return Count(value=m.value, qualifier=m.qualifier, evidence=span_of(text, m.start, m.end))



def clause_at(text: str, s: Sentence, pos: int) -> tuple[int, int]:
    """The clause of the sentence around `pos` (", including ..." stays in its clause)."""
    start, end = s.start, s.end
    for b in _CLAUSE_BOUNDARY.finditer(text, s.start, s.end):
        if b.end() <= pos:
            start = b.end()
        elif b.start() >= pos:
            end = b.start()
            break
    return start, end


def weapon_class(t: WeaponType) -> str:
    if t in _DRONES:
        return "drone"
    if t in _MISSILES:
        return "missile"
    return t.value


def weapons_named(text: str, start: int, end: int) -> list[WeaponHit]:
    """The weapons text[start:end] names, each of its own class, uncounted (a clause's or a part's own)."""
    return [WeaponHit(t, model, classes=frozenset({weapon_class(t)})) for _, t, model in lx.iter_weapons(text, start, end)]


def same_model(named: str | None, counted: str | None) -> bool:
    """A model named again, maybe by its family's short name ("the Iskanders" of "Iskander-M missiles"
    launched before): a weapon counted with no model is not it; no model named restricts nothing."""
    return not named or counted is not None and lx.models_match(named, counted)


def quotes_in(quotes: list[tuple[int, int]], s: Sentence) -> list[tuple[int, int]]:
    """The quotes (sorted, not overlapping) that overlap sentence `s`, found by binary search:
    filtering every quote of the article for every sentence grew with the square of its size."""
    i = bisect_right(quotes, s.start, key=lambda q: q[1])
    out = []
    while i < len(quotes) and quotes[i][0] < s.end:
        out.append(quotes[i])
        i += 1
    return out


def city_location(place: lx.Place) -> Location:
    """A city of the gazetteer as a record's location (a venue, a visit's host city); a named site stays a site
    (r50: "the Dolmabahçe palace" is a site of Istanbul, one venue with the city's talks)."""
    level = LocationLevel.site if place.level is LocationLevel.site else LocationLevel.city
    return Location(name=place.name, admin1=place.admin1, country=place.country, level=level)


def toll_told_before(hits: list[tuple[int, CountHit]], pos: int) -> str | None:
    """The field of the toll (not a children's count) told nearest before `pos` among a sentence's hits
    (hits are not in text order: relation lists come first)."""
    tolls = sorted((p, h.field) for p, h in hits if p < pos and not h.field.startswith("children_"))
    return tolls[-1][1] if tolls else None
