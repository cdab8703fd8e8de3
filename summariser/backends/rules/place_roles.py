"""A place's role in its clause (dev18 B1): a place is hit only when a clause tells a hit on it.

Two roles name a place that was not hit:
- the town of an alert that ended with nothing hit: "sirens sounded over X, but no hits were
  reported", "Y escaped damage", "the night passed without incident in Z". A strike word under a
  nil ("no strikes", "nothing was hit") or setting the scene ("the night of attacks", "despite the
  shelling") tells no hit; a clause with such words and no hit of its own names no place hit;
- the town where witnesses are: "footage filmed by residents of X", "witnesses in Y said", "Z
  residents heard blasts" — where people saw or heard the strike. Dropped when the sentence names
  another place (the one hit); alone, the witnesses' town is the nearest place the article gives.

The third role, the town where a strike's consequence falls (power, internet, trains, schools), is
consequences.py's. Vocabulary: knowledge/data/cues/place_roles.yaml."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...articles.hospital_journeys import journey_spans
from ...knowledge import cues
from ...records import LocationLevel
from .common import Facts, PlaceHit, clause_at
from .launch_origins import drop_origin_places
from .places import attack_places
from .speaker_seats import drop_speaking_places

_NIL = cues.pattern("place_roles", "nil_strikes")
_SETTING = re.compile(rf"\b(?:{cues.alternation('place_roles', 'strike_settings')})\s+"
                      r"(?:(?:the|a|an|this|that|these|those|its|their|last|overnight|night['’]s)\s+)?(?:[\w'’-]+\s+){0,2}?$",
                      re.I)
_WITNESS = cues.alternation("place_roles", "witnesses")
_ANY_WITNESS = re.compile(rf"\b(?:{_WITNESS})\b", re.I)
# "residents of X", "witnesses in nearby Y", "people living in the town of Z" (not "four people in X")
_WITNESS_BEFORE = re.compile(
    rf"\b(?P<who>{_WITNESS})\s+(?:(?:living|who\s+live[sd]?|staying|based)\s+)?(?:of|in|from|near|around)\s+"
    r"(?:the\s+)?(?:nearby\s+|neighbou?ring\s+)?(?:(?:town|city|village|settlement)\s+of\s+)?$", re.I)
# r38: "while I was still in X", "we were sheltering near Y": the writer's own whereabouts
_REPORTER_AT = re.compile(rf"\b(?:{cues.alternation('place_roles', 'reporter_whereabouts')})$")
# "X residents heard", "Y's residents filmed"
_WITNESS_AFTER = re.compile(rf"(?:['’]s)?\s+(?:(?:regional|city|local|district|military)\s+)?(?P<who>{_WITNESS})\b", re.I)
# "killing four people in X", "20 residents of Y were hurt": people counted, the casualties of the place hit
_COUNTED_BEFORE = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|scores|hundreds|"
                             r"several|many|killing|injuring|wounding|killed|injured|wounded))\s+(?:[\w-]+\s+)?$", re.I)
# what makes them witnesses: a source frame before them or an act of theirs after the place
_SOURCE_BEFORE = re.compile(rf"\b(?:{cues.alternation('place_roles', 'witness_sources')})\s+(?:(?:some|several|local|the)\s+)?$", re.I)
_ACT_AFTER = re.compile(rf"[^.;:!?]{{0,50}}?\b(?:{cues.alternation('place_roles', 'witness_acts')})\b", re.I)
# "residents of X, in the Y region": a region qualifying the witnesses' town is no other place hit
_QUALIFIER_GAP = re.compile(r",?\s+(?:in\s+)?(?:the\s+)?$", re.I)


_DISTRIBUTION = cues.pattern("place_roles", "distribution")
# "after a strike on Chuhuiv": a setting that names its place tells a hit on it
_SETTING_PLACE = re.compile(r"\s+(?:on|in|at|against)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[A-Z]")
# the regions of a distribution, told as such: "the A, B and C regions", "the A region"
_ONLY_REGIONS = re.compile(r"[\s\w,'’-]*?\b(?:regions?|oblasts?|provinces?)\b", re.I)


# dev19 B12: "In the X community, ... the village of Y": a community (hromada) named after its seat
_COMMUNITY_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:territorial|rural|urban|settlement)\s+)?(?:community|hromada|municipality)\b", re.I)


_COMMUNITY_END = re.compile(r"\b(?:community|hromada|municipality)$", re.I)


def drop_unhit_places(text: str, f: Facts) -> None:
    """Drop the places whose role in their clause is not a place hit."""
    _drop_nil_places(text, f)
    _drop_witness_places(text, f)
    _drop_distribution(text, f)
    _drop_main_direction(text, f)
    _drop_trade_destinations(text, f)
    _drop_vehicle_destinations(text, f)
    _drop_treatment_places(text, f)
    drop_origin_places(text, f)  # 'fired from launchers near X', 'came in over Y' (dev33 A1)
    _drop_community_frames(text, f)
    drop_speaking_places(text, f)  # 'the air force in Kyiv said', ', as the Y region reported' (r13atk)
    _drop_plant_names(text, f)
    _drop_closed_places(text, f)


# r44 (dev66): an airport or a city closed to air traffic during an alert is no place hit
_CLOSED_AFTER = re.compile(rf"(?:{cues.alternation('place_roles', 'closure_after')})\b", re.I)
_CLOSED_BEFORE = re.compile(rf"\b(?:{cues.alternation('place_roles', 'closure_before')})$", re.I)
_CLOSED_VERB = re.compile(r"^[^.;:]{0,60}?\b(?:was|were|had\s+been|have\s+been|has\s+been|remained)\s+"
                          r"(?:temporarily\s+|briefly\s+)?(?:suspended|halted|closed|restricted|grounded|diverted)\b", re.I)


def _drop_closed_places(text: str, f: Facts) -> None:
    """'X and Y were closed to traffic after drones were shot down over five regions', 'flights at Z
    were suspended': the places of a closure, not places hit."""
    s = f.sent
    closed = [p for p in f.places if _CLOSED_AFTER.match(text, p.end, s.end)
              or (_CLOSED_BEFORE.search(text[max(s.start, p.start - 60):p.start]) and _CLOSED_VERB.match(text[p.end:s.end]))]
    f.places = [p for p in f.places if p not in closed]


# r38: a place's name as the first word of a plant's ("the Rivne Nuclear Power Plant", "the Kursk NPP"),
# whose plant lies elsewhere ("in X, the satellite town of the Y NPP"), or (r39) of a firm's ("Sumy Water
# Works S.A."): no place hit while another is named
_PLANT_AFTER = re.compile(rf"\s+(?:{cues.alternation('place_roles', 'plant_names')})\b", re.I)


def _drop_plant_names(text: str, f: Facts) -> None:
    """'a drone hit X, the town beside the Y Nuclear Power Plant': Y names the plant, X was hit."""
    named = [p for p in f.places if _PLANT_AFTER.match(text, p.end, f.sent.end)]
    if named and len(named) < len(f.places):
        f.places = [p for p in f.places if p not in named]


def _drop_community_frames(text: str, f: Facts) -> None:
    """'In the X community, a drone hit a house in the village of Y': the community frames Y (and
    is named after its seat town X, which was not hit); Y lies in X's region."""
    frames = [p for p in f.places if (_COMMUNITY_AFTER.match(text, p.end, f.sent.end) or _COMMUNITY_END.search(text, p.start, p.end))
              and not _listed_with(text, p, f.places)]
    rest = [p for p in f.places if p not in frames]
    if not frames or not any(p.place.level is not LocationLevel.region for p in rest):
        return  # r19 (dev36 A5): "a bomb hit the X community" under a region head: X is the place hit
    seat = frames[0].place
    for p in rest:
        if p.place.admin1 is None and p.place.level is not LocationLevel.region:
            p.place = lx.Place(p.place.name, seat.admin1, p.place.country or seat.country, p.place.level)
    f.places = rest


# dev31 A10: "shelled A and the B community": a community coordinated with another place is a place hit of
# the same list, not the frame of the place after it
_LIST_GAP = re.compile(r"(?:['’]s)?(?:\s+(?:(?:territorial|rural|urban|settlement)\s+)?(?:community|hromada|municipality))?"
                       r"\s*(?:,\s*(?:and\s+)?|,?\s+(?:and|as\s+well\s+as)\s+)(?:the\s+)?$", re.I)


def _listed_with(text: str, p: PlaceHit, places: list[PlaceHit]) -> bool:
    """Whether `p` and another place of the sentence stand next to each other in one list ("A and the B community")."""
    return any(_LIST_GAP.fullmatch(text, a.end, b.start) for a, b in ((q, p) for q in places if q.end <= p.start)) \
        or any(_LIST_GAP.fullmatch(text, p.end, q.start) for q in places if q.start >= p.end)


def _drop_distribution(text: str, f: Facts) -> None:
    """'Most of the drones were aimed at the Kharkiv and Poltava regions': where the barrage went,
    not a strike on those regions; the sentence's counts stay with the barrage."""
    s = f.sent
    m = _DISTRIBUTION.search(text, s.start, s.end)
    if m is None or f.counts or not f.places or not all(p.start >= m.end() for p in f.places):
        return
    if not all(p.place.level.value == "region" for p in f.places) or not _ONLY_REGIONS.match(text, m.end(), s.end):
        return
    f.places = []
    if not f.has_numbers:
        f.cumulative = True


_MAIN_DIRECTION = re.compile(rf"(?:\s*,[^,.;]{{0,40}},)?\s+(?:{cues.alternation('place_roles', 'main_direction_after')})\b", re.I)


def main_direction_after(text: str, pos: int, end: int | None = None) -> bool:
    """Whether the place ending at `pos` is told as the wave's direction ("..., officials added, was once
    more the key focus of the barrage")."""
    return _MAIN_DIRECTION.match(text, pos, len(text) if end is None else end) is not None


def _drop_main_direction(text: str, f: Facts) -> None:
    """r28: 'Air defences stopped 40 of the missiles; Lviv had been the primary axis of that barrage': the
    wave's figures, the place its direction, no strike of its own in this sentence."""
    if not (f.counted_weapons or f.has_numbers) or not f.places:
        return
    f.places = [p for p in f.places if not main_direction_after(text, p.end, f.sent.end)]


# "barges that carry grain (on) to X", "lorries shipping steel to Y", "a ferry bound for Z": a few
# words of cargo after the cargo verb, then the destination (knowledge/data/cues/place_roles.yaml)
_TRADE_TO = re.compile(rf"\b(?:(?:{cues.alternation('place_roles', 'trade_destinations')})(?:\s+[\w'’-]+(?:[,.]\d+)*){{0,4}}?"
                       r"\s+(?:(?:on|onward|onwards)\s+)?(?:to|towards|into)"
                       rf"|(?:{cues.alternation('place_roles', 'trade_bound')}))"
                       r"\s+(?:the\s+)?(?:(?:port|city|town|harbour|harbor)\s+of\s+)?$", re.I)


def _drop_trade_destinations(text: str, f: Facts) -> None:
    """'Drones hit Reni, damaging berths of barges that carry grain to Izmail': Izmail is where the
    cargo goes (round 14, dev25 B6), not a place hit; kept when it is the sentence's only place."""
    s = f.sent
    trade = [p for p in f.places if _TRADE_TO.search(text, max(s.start, p.start - 80), p.start)]
    if trade and len(trade) < len(f.places):
        f.places = [p for p in f.places if p not in trade]


_VEHICLES = cues.alternation("place_roles", "vehicles")
# "the bus, heading for X,", "a train from Y bound for X", "the ferry en route to X"
_VEHICLE_TO = re.compile(rf"\b(?:{_VEHICLES})(?:\s+[\w'’-]+){{0,4}}?,?\s+(?:(?:which|that)\s+(?:was|were|is)\s+)?"
                         rf"(?:{cues.alternation('place_roles', 'vehicle_heading')})\s+"
                         r"(?:the\s+)?(?:(?:city|town|port|village|capital)\s+of\s+)?$", re.I)
# "a X-bound (passenger) train"
_BOUND_VEHICLE = re.compile(rf"-bound\s+(?:[\w-]+\s+){{0,2}}?(?:{_VEHICLES})\b", re.I)


def _drop_vehicle_destinations(text: str, f: Facts) -> None:
    """'The bus, heading for X, was hit near Y', 'a X-bound train was struck': X is where the
    carrier was going, not where it was hit (dev30 B5), even when no other place is told."""
    s = f.sent
    f.places = [p for p in f.places if not (_VEHICLE_TO.search(text, max(s.start, p.start - 80), p.start)
                                            or _BOUND_VEHICLE.match(text, p.end, s.end))]


def _drop_treatment_places(text: str, f: Facts) -> None:
    """'The driver was taken to hospital in X', 'both were brought to Y's regional hospital': where
    the wounded are treated is no place hit (dev35 A6, dev36 A3), even when it is the sentence's only
    place: the casualties then belong to the strike told before them."""
    s = f.sent
    legs = journey_spans(text, s.start, s.end)
    if legs:
        f.places = [p for p in f.places if not any(a <= p.start < b for a, b in legs)]
        f.districts = [d for d in f.districts if not any(a <= d.start < b for a, b in legs)]


def _told_hits(text: str, f: Facts, nils: list[re.Match[str]]) -> list[re.Match[str]]:
    """The strike words that tell a hit: not under a nil, not setting the scene of something else."""
    s = f.sent
    return [m for m in lx.ATTACK_WORDS.finditer(text, s.start, s.end)
            if not any(n.start() <= m.start() < n.end() for n in nils)
            and not (_SETTING.search(text, max(s.start, m.start() - 60), m.start())
                     and not _SETTING_PLACE.match(text, m.end(), s.end))
            and not lx.NOT_A_STRIKE_AFTER.match(text, m.end(), s.end)]


def _drop_nil_places(text: str, f: Facts) -> None:
    """'Lutsk sat through an alert, but no strikes were recorded': no hit told, no place hit. With a
    hit told elsewhere in the sentence ("a drone hit X, while Y reported no damage") only the places
    of a nil clause with no hit of its own go."""
    s = f.sent
    nils = list(_NIL.finditer(text, s.start, s.end))
    if not nils or any(c.count.value for c in f.counts) or f.counted_weapons:
        return
    hits = _told_hits(text, f, nils)
    if not hits:
        f.places, f.districts, f.damage, f.cumulative = [], [], [], True
        return
    f.places = [p for p in f.places if not _nil_clause(text, f, p.start, nils, hits)]


def _nil_clause(text: str, f: Facts, pos: int, nils: list[re.Match[str]], hits: list[re.Match[str]]) -> bool:
    c0, c1 = clause_at(text, f.sent, pos)
    return any(c0 <= n.start() < c1 for n in nils) and not any(c0 <= h.start() < c1 for h in hits)


def _drop_witness_places(text: str, f: Facts) -> None:
    """'Residents of X said drones hit a depot in Y': X is where the residents are, Y was hit."""
    s = f.sent
    witnesses = [p for p in f.places if _is_witness_place(text, f, p)]
    if not witnesses:
        return
    others = [p for p in f.places if p not in witnesses and not p.title
              and not any(_qualifies(text, w, p) for w in witnesses)]
    if others:
        f.places = [p for p in f.places if p not in witnesses]


def _is_witness_place(text: str, f: Facts, p: PlaceHit) -> bool:
    """The place names where witnesses are: "residents of X said", "footage by locals in Y"."""
    s = f.sent
    if _REPORTER_AT.search(text, max(s.start, p.start - 60), p.start):
        return True
    frame = _WITNESS_BEFORE.search(text, max(s.start, p.start - 60), p.start) or _WITNESS_AFTER.match(text, p.end, s.end)
    if frame is None:
        return False
    who = frame.start("who")
    if _COUNTED_BEFORE.search(text, max(s.start, who - 30), who):
        return False
    return _SOURCE_BEFORE.search(text, max(s.start, who - 30), who) is not None \
        or _ACT_AFTER.match(text, max(p.end, frame.end()), s.end) is not None


def _qualifies(text: str, town: PlaceHit, other: PlaceHit) -> bool:
    """'residents of Klintsy, in the Bryansk region': the region says where the town lies."""
    return other.start > town.end and other.start - town.end < 30 \
        and _QUALIFIER_GAP.fullmatch(" " + text[town.end:other.start]) is not None


def without_witness_towns(facts: list[Facts], told: list[lx.Place], text: str) -> list[lx.Place]:
    """The article's places less those named only as where witnesses are: the "one city an
    article names" (sections.sole_city) is never the town residents filmed the strike from."""
    seen = {p.place.name for f in facts for p in f.places}
    witnessed = {p.place.name for f in facts for p in _witness_hits(text, f)} - seen
    return [p for p in told if p.name not in witnessed]


def _witness_hits(text: str, f: Facts) -> list[PlaceHit]:
    """The sentence's places as read, before any role dropped one, that name where witnesses are
    or where a carrier was going (dev30 B5: "a train bound for X" makes X no article's city)."""
    s = f.sent
    witness = _ANY_WITNESS.search(text, s.start, s.end) is not None
    return [p for p in attack_places(text, s)[0]
            if (witness and _is_witness_place(text, f, p)) or _VEHICLE_TO.search(text, max(s.start, p.start - 80), p.start)
            or _BOUND_VEHICLE.match(text, p.end, s.end)]
