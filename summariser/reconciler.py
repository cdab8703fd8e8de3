"""Reconcile: one event per real-world event, keeping every source's claim.

    events = summariser.reconcile(extractions, threshold=4.0, explain=True)

Three stages, each linear or bounded per block, so a million records stay cheap:

1. **Blocking.** Every record goes into the buckets (key, day) for each key it has and each
   day of its date range (an overnight strike spans two days and so sits in both). Attack
   keys: each town ("city:kharkiv"), each region ("region:kharkiv"), or the country when
   nothing finer is known; diplomacy keys: each participant. A town meets the other reports
   of that town; a region bucket pairs only records that name the region without a town
   with everything in the region. An undated record is blocked on the day before its
   article's publication and that day; one without any usable date (or with a span longer
   than `MAX_SPAN_DAYS`) goes to an "undated" bucket of its keys and meets only those.
   Oversized groups are compared within a sliding window of `WINDOW` records ordered by
   publication date, so no bucket is quadratic.
2. **Scoring.** Fellegi–Sunter style: each feature adds a fixed weight (`WEIGHTS`), and
   some features are hard conflicts that forbid a merge outright (same article, different
   cities, dates that do not overlap, different attackers, incompatible kinds, disjoint
   participants, different meeting places).
3. **Clustering.** Greedy best-first: candidate pairs at or above the threshold are taken
   from the highest score down; two clusters merge only when every cross pair is
   compatible (no hard conflict) and scores at least half the threshold, and no two
   records come from the same article. So A~B and B~C never pull A and C together unless
   A and C are compatible themselves (no chaining).

Ranges follow one documented policy (see `best_of`): the figure of the latest report
when the reports' publication dates differ (tolls are revised as rescuers finish),
otherwise the lowest figure (ACLED's conservative rule).
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
from contextlib import contextmanager
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

from .errors import InputError, UserError
from .places import fold, normalise_actor, normalise_participant, resolve
from .records import (Attack, AttackKind, Count, DatePrecision, DateSpan, Diplomacy, Extraction, Location,
                      Weapon)

DEFAULT_THRESHOLD = 4.0
MAX_SPAN_DAYS = 3  # longer ranges (a week, a month) are too vague to block on a day
WINDOW = 100  # most records compared with one record inside one oversized group
NEAR_MARGIN = 1.5  # explain: pairs this far under the threshold are reported as near-misses
UNDATED_PUB_DAYS = 2  # two undated records may match only if their articles appeared this close

WEIGHTS = {
    # nationwide tallies have no finer place: neither evidence for nor against a match (shown
    # in --explain so the reader sees why place added nothing)
    "same_city": 3.0, "city_in_region": 1.0, "same_country_only": 0.0,
    "same_day": 2.0, "overlapping_dates": 1.5, "vague_dates": 0.5, "both_undated": -0.5,
    "undated_published_then": -0.5,
    "same_attacker": 1.0, "same_kind": 1.0, "related_kind": 0.5, "different_kind": -1.0,
    "shared_weapons": 0.5, "different_weapons": -1.0,
    "same_count": 0.5, "close_count": 0.25, "far_count": -0.5,
    "participants": 3.0,  # times (1 + 2 * Jaccard) / 3 when one set holds the other: identical sets 3
    "participants_apart": -1.0,
    "same_place": 1.0, "same_meeting_kind": 1.5, "related_meeting_kind": 0.5,
}


# --------------------------------------------------------------------------- output models


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Member(_Out):
    """One extracted record merged into an event (article_id/type/index name it exactly)."""

    article_id: str
    type: str  # "attack" | "diplomacy"
    index: int  # position in that Extraction's attacks / diplomacy list
    source: Optional[str] = None
    published: Optional[dt.date] = None
    path: Optional[str] = None

    @property
    def key(self) -> str:
        return member_key(self.article_id, self.type, self.index)


class Range(_Out):
    """UCDP-style low / best / high of one count across the event's sources."""

    low: int
    best: int
    high: int


class Claim(_Out):
    """What one record said about one field."""

    article_id: str
    index: int
    source: Optional[str] = None
    published: Optional[dt.date] = None
    value: Any = None
    qualifier: Optional[str] = None


class PairNote(_Out):
    """Why two records were merged, or nearly were."""

    a: str  # member keys "article_id/type/index"
    b: str
    score: float
    features: dict[str, float]  # feature -> weight it added; conflicts carry no weight
    conflicts: list[str] = Field(default_factory=list)
    decision: str  # "merged" | "near-miss"
    reason: str = ""


class Event(_Out):
    event_id: str
    type: str
    members: list[Member]
    record: Union[Attack, Diplomacy]
    ranges: dict[str, Range] = Field(default_factory=dict)
    disputed: list[str] = Field(default_factory=list)
    claims: dict[str, list[Claim]] = Field(default_factory=dict)
    num_articles: int
    num_sources: int
    merges: Optional[list[PairNote]] = None  # only with explain=True
    near_misses: Optional[list[PairNote]] = None


def member_key(article_id: str, kind: str, index: int) -> str:
    return f"{article_id}/{kind}/{index}"


def event_id_for(keys: Iterable[str]) -> str:
    """Stable across reruns and input order: a hash of the sorted member keys."""
    return "ev_" + hashlib.sha1("\n".join(sorted(keys)).encode("utf-8")).hexdigest()[:16]


# --------------------------------------------------------------------------- matching features


class Rec:
    """The lightweight view of one record that blocking and scoring work on."""

    __slots__ = ("idx", "art", "typ", "start", "end", "pub", "blocks", "bset", "wild", "cities", "admins",
                 "countries", "actor", "kind", "weapons", "killed", "injured", "launched", "parts", "place",
                 "days", "night")

    def __repr__(self) -> str:
        return f"Rec({self.idx}, {self.typ}, {self.blocks}, {self.start}-{self.end})"


_WEAPON_BITS = {"drone": 1, "decoy_drone": 1, "cruise_missile": 2, "ballistic_missile": 2, "missile": 2,
                "glide_bomb": 4, "artillery": 8}


def _days(start: Optional[int], end: Optional[int], pub: int) -> tuple:
    """Days a record is blocked on: its date range; undated, the day before publication and that day."""
    if start is None:
        return (pub - 1, pub) if pub else (None,)
    if end - start > MAX_SPAN_DAYS - 1:
        return (None,)
    return tuple(range(start, end + 1))


def _span(start: Optional[dt.date], end: Optional[dt.date]) -> tuple[Optional[int], Optional[int]]:
    start, end = start or end, end or start
    return (start.toordinal(), end.toordinal()) if start else (None, None)


_EMPTY: frozenset = frozenset()
_SHARED: dict = {}


def _shared(value):
    """One object per distinct small set or tuple: most records name the same few towns,
    so a million records hold thousands of sets, not millions."""
    if len(_SHARED) > 1_000_000:  # bounded: distinct values only, but never a leak
        _SHARED.clear()
    return _SHARED.setdefault(value, value)


def make_attack_rec(idx: int, art: int, *, start: Optional[dt.date], end: Optional[dt.date],
                    locations: Iterable[tuple], attacker: Optional[str], kind: str,
                    weapons: Iterable[str] = (), killed: Optional[int] = None,
                    injured: Optional[int] = None, launched: Optional[int] = None,
                    published: Optional[dt.date] = None, night: bool = False) -> Rec:
    """Features of an attack. `locations` holds (name, admin1, country, level) tuples; `night`
    marks a date range that is one night (an overnight strike), not a span of days."""
    r = Rec()
    r.idx, r.art, r.typ, r.kind = idx, art, "attack", kind
    r.start, r.end = _span(start, end)
    r.night = night and r.start is not None and r.end - r.start == 1
    r.pub = published.toordinal() if published else 0
    cities, admins, with_city, countries = set(), set(), set(), set()
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
    r.cities, r.admins = _shared(frozenset(cities)), _shared(frozenset(admins))
    r.countries = _shared(frozenset(countries))
    r.wild = _shared(frozenset(admins - with_city))  # regions named without a town meet every town in them
    keys = ["city:" + c for c in cities] + ["region:" + a for a in admins]
    if not keys and countries:
        keys = ["country:" + c for c in countries]
    r.blocks = _shared(tuple(sorted(keys)))
    r.bset = _shared(frozenset(r.blocks))
    r.actor = normalise_actor(attacker)
    mask = 0
    for w in weapons:
        mask |= _WEAPON_BITS.get(w, 0)
    r.weapons = mask
    r.killed = -1 if killed is None else killed
    r.injured = -1 if injured is None else injured
    r.launched = -1 if launched is None else launched
    r.parts = _EMPTY
    r.place = None
    r.days = _shared(_days(r.start, r.end, r.pub))
    return r


def make_diplomacy_rec(idx: int, art: int, *, start: Optional[dt.date], end: Optional[dt.date],
                       participants: Iterable[str], kind: str, place: Optional[str] = None,
                       published: Optional[dt.date] = None) -> Rec:
    r = Rec()
    r.idx, r.art, r.typ, r.kind = idx, art, "diplomacy", kind
    r.start, r.end = _span(start, end)
    r.pub = published.toordinal() if published else 0
    r.parts = _shared(frozenset(normalise_participant(p) for p in participants if p and p.strip()))
    found = resolve(place) if place else None
    r.place = (found.city or found.admin1 or found.country) if found else None
    keys = ["party:" + p for p in r.parts] or (["place:" + r.place] if r.place else ["party:?"])
    r.blocks = _shared(tuple(sorted(keys)))
    r.bset = _shared(frozenset(r.blocks))
    r.cities = r.admins = r.countries = r.wild = _EMPTY
    r.actor, r.weapons, r.killed, r.injured = None, 0, -1, -1
    r.days = _shared(_days(r.start, r.end, r.pub))
    return r


# --------------------------------------------------------------------------- scoring


_RELATED_KINDS = {frozenset(("drone_and_missile", "air_drone_strike")),
                  frozenset(("drone_and_missile", "missile_strike"))}
_SOFT_KINDS = {frozenset(("air_drone_strike", "missile_strike")), frozenset(("glide_bomb", "missile_strike")),
               frozenset(("glide_bomb", "air_drone_strike")), frozenset(("glide_bomb", "drone_and_missile"))}
_MEETINGS = {"talks", "summit", "meeting", "visit"}
_NEUTRAL_DIPLOMACY = {"other", "statement"}


def _note(feats: Optional[list], name: str, weight: float) -> None:
    if feats is not None:
        feats.append((name, weight))


def score_pair(a: Rec, b: Rec, feats: Optional[list] = None) -> Optional[float]:
    """The match score of two records, or None when a hard conflict forbids the merge.

    With `feats` (a list), every feature is appended as (name, weight), conflicts as
    ("conflict: why", 0.0), and scoring goes on past a conflict so the explain view can
    show how close the pair came; the return value is still None for a conflict.
    """
    if a.typ != b.typ:
        return None
    conflict = False
    if a.art == b.art:
        if feats is None:
            return None
        conflict = True
        _note(feats, "conflict: same article", 0.0)
    s, ok = _date_score(a, b, feats)
    if not ok:
        if feats is None:
            return None
        conflict = True
    s2, ok = (_attack_score if a.typ == "attack" else _diplomacy_score)(a, b, feats)
    if not ok:
        conflict = True
    return None if conflict else s + s2


def _night(r: Rec) -> bool:
    """An overnight record: a night range over two consecutive dates (not a week or a span)."""
    return getattr(r, "night", False)


def _date_score(a: Rec, b: Rec, feats) -> tuple[float, bool]:
    if a.start is None and b.start is None:
        if a.pub and b.pub and abs(a.pub - b.pub) > UNDATED_PUB_DAYS:
            _note(feats, f"conflict: undated, published {abs(a.pub - b.pub)} days apart", 0.0)
            return 0.0, False
        _note(feats, "both undated", WEIGHTS["both_undated"])
        return WEIGHTS["both_undated"], True
    if a.start is None or b.start is None:
        undated, dated = (a, b) if a.start is None else (b, a)
        if undated.pub and dated.start <= undated.pub <= dated.end + 1:
            w = WEIGHTS["undated_published_then"]
            _note(feats, "undated, published on or right after the other's date", w)
            return w, True
        _note(feats, "conflict: undated, published away from the other's date", 0.0)
        return 0.0, False
    if a.start > b.end or b.start > a.end:
        _note(feats, f"conflict: dates {abs(a.start - b.start)} day(s) apart", 0.0)
        return 0.0, False
    if _night(a) and _night(b) and a.start != b.start:
        # 27-28 and 28-29 share a calendar date but are two nights: two events, not one
        _note(feats, "conflict: two different nights", 0.0)
        return 0.0, False
    if a.start == b.start and a.end == b.end:
        name = "same day" if a.start == a.end else "same dates"
        if a.end - a.start < MAX_SPAN_DAYS:
            _note(feats, name, WEIGHTS["same_day"])
            return WEIGHTS["same_day"], True
    if a.days[0] is None or b.days[0] is None:
        _note(feats, "vague dates overlap", WEIGHTS["vague_dates"])
        return WEIGHTS["vague_dates"], True
    _note(feats, "overlapping dates", WEIGHTS["overlapping_dates"])
    return WEIGHTS["overlapping_dates"], True


def _attack_score(a: Rec, b: Rec, feats) -> tuple[float, bool]:
    s, ok = 0.0, True
    if a.cities and b.cities:
        if a.cities & b.cities:
            s += WEIGHTS["same_city"]
            _note(feats, "same city", WEIGHTS["same_city"])
        else:
            ok = False
            _note(feats, "conflict: different cities", 0.0)
    elif a.admins & b.admins:
        s += WEIGHTS["city_in_region"]
        _note(feats, "city within region" if (a.cities or b.cities) else "same region", WEIGHTS["city_in_region"])
    elif not a.admins and not b.admins and not a.cities and not b.cities and a.countries & b.countries:
        s += WEIGHTS["same_country_only"]
        _note(feats, "same country, no finer place", WEIGHTS["same_country_only"])
    else:
        ok = False
        _note(feats, "conflict: no common place" if (a.blocks and b.blocks) else "conflict: place unknown", 0.0)
    if feats is None and not ok:
        return s, False
    if a.actor and b.actor:
        if a.actor == b.actor:
            s += WEIGHTS["same_attacker"]
            _note(feats, "same attacker", WEIGHTS["same_attacker"])
        else:
            ok = False
            _note(feats, "conflict: different attackers", 0.0)
    if a.kind == b.kind:
        if a.kind != "other":
            s += WEIGHTS["same_kind"]
            _note(feats, "same kind", WEIGHTS["same_kind"])
    elif a.kind != "other" and b.kind != "other":
        pair = frozenset((a.kind, b.kind))
        if pair in _RELATED_KINDS:
            s += WEIGHTS["related_kind"]
            _note(feats, "related kinds", WEIGHTS["related_kind"])
        elif pair in _SOFT_KINDS:
            s += WEIGHTS["different_kind"]
            _note(feats, "different kinds", WEIGHTS["different_kind"])
        else:
            ok = False
            _note(feats, f"conflict: {a.kind} vs {b.kind}", 0.0)
    if a.weapons and b.weapons:
        w = WEIGHTS["shared_weapons"] if a.weapons & b.weapons else WEIGHTS["different_weapons"]
        s += w
        _note(feats, "shared weapons" if w > 0 else "different weapons", w)
    s += _count_score(a.killed, b.killed, "killed", feats) + _count_score(a.injured, b.injured, "injured", feats)
    s += _count_score(a.launched, b.launched, "launched", feats)
    return s, ok


def _count_score(x: int, y: int, name: str, feats) -> float:
    """Agreeing counts are a weak signal only: tolls are revised and outlets round."""
    if x < 0 or y < 0:
        return 0.0
    if x == y:
        label, w = f"same {name}", WEIGHTS["same_count"]
    elif abs(x - y) <= max(2, 0.5 * max(x, y)):
        label, w = f"close {name}", WEIGHTS["close_count"]
    else:
        label, w = f"far {name}", WEIGHTS["far_count"]
    _note(feats, label, w)
    return w


def _diplomacy_score(a: Rec, b: Rec, feats) -> tuple[float, bool]:
    s, ok = 0.0, True
    if a.parts and b.parts:
        shared = len(a.parts & b.parts)
        if not shared:
            ok = False
            _note(feats, "conflict: no shared participants", 0.0)
        elif shared == len(a.parts) or shared == len(b.parts):  # one list names a subset of the other
            w = WEIGHTS["participants"] * (1 + 2 * shared / len(a.parts | b.parts)) / 3
            s += w
            _note(feats, "same participants" if len(a.parts) == len(b.parts) else "participants subset", round(w, 3))
        else:  # each names a party the other does not: US-Russia talks are not US-Ukraine talks
            w = WEIGHTS["participants_apart"]
            s += w
            _note(feats, "each has participants the other lacks", w)
    if a.kind == b.kind and a.kind not in _NEUTRAL_DIPLOMACY:
        s += WEIGHTS["same_meeting_kind"]
        _note(feats, "same kind", WEIGHTS["same_meeting_kind"])
    elif a.kind in _MEETINGS and b.kind in _MEETINGS:
        s += WEIGHTS["related_meeting_kind"]
        _note(feats, "related kinds", WEIGHTS["related_meeting_kind"])
    elif a.kind != b.kind and a.kind not in _NEUTRAL_DIPLOMACY and b.kind not in _NEUTRAL_DIPLOMACY:
        ok = False
        _note(feats, f"conflict: {a.kind} vs {b.kind}", 0.0)
    if a.place and b.place:
        if a.place == b.place:
            s += WEIGHTS["same_place"]
            _note(feats, "same place", WEIGHTS["same_place"])
        else:
            ok = False
            _note(feats, "conflict: different places", 0.0)
    return s, ok


# --------------------------------------------------------------------------- blocking


def candidate_pairs(recs: list[Rec]):
    """Yield each (i, j) pair worth scoring once (rarely twice); never all pairs."""
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for r in recs:
        for key in r.blocks:
            for day in r.days:
                buckets[(key, day)].append(r.idx)
    for (key, day), idxs in buckets.items():
        if len(idxs) < 2:
            continue
        if key.startswith("region:"):  # towns meet in their city bucket; here only region-level records
            region = key[7:]
            wild = [i for i in idxs if region in recs[i].wild]
            pairs = _wild_pairs(recs, wild, idxs) if wild else ()
        else:
            pairs = _windowed(recs, idxs)
        for i, j in pairs:
            if _canonical(recs[i], recs[j], key, day):
                yield i, j


def _wild_pairs(recs: list[Rec], wild: list[int], idxs: list[int]):
    """Each region-level record with every other record of the bucket (or its window)."""
    wild_set = set(wild)
    n = len(idxs)
    ordered = idxs if n <= WINDOW else sorted(idxs, key=lambda i: (recs[i].pub, i))
    pos = {i: p for p, i in enumerate(ordered)}
    half = WINDOW // 2
    for w in wild:
        p = pos[w]
        lo, hi = (0, n) if n <= WINDOW else (max(0, p - half), min(n, p + half + 1))
        for q in range(lo, hi):
            j = ordered[q]
            if j == w or (j in wild_set and j < w):
                continue
            yield w, j


def _windowed(recs: list[Rec], members: list[int]):
    n = len(members)
    if n <= WINDOW:
        for x in range(n):
            i = members[x]
            for y in range(x + 1, n):
                yield i, members[y]
        return
    ordered = sorted(members, key=lambda i: (recs[i].pub, i))  # sorted neighbourhood
    for x in range(n):
        i = ordered[x]
        for y in range(x + 1, min(n, x + WINDOW)):
            yield i, ordered[y]


def _canonical(a: Rec, b: Rec, key: str, day) -> bool:
    """A pair can share several buckets (two nights; a town and its region): score it in one.

    The canonical bucket is the first day both are blocked on, and the smallest shared key
    under which the pair is generated at all (region keys only pair region-level records).
    """
    if day is not None and max(a.days[0], b.days[0]) != day:
        return False
    if len(a.blocks) == 1 or len(b.blocks) == 1:
        return True
    common = a.bset & b.bset
    if len(common) == 1:
        return True
    return key == min(k for k in common if not k.startswith("region:") or k[7:] in a.wild or k[7:] in b.wild)


# --------------------------------------------------------------------------- clustering


def cluster(recs: list[Rec], threshold: float = DEFAULT_THRESHOLD, explain: bool = False):
    """Greedy best-first complete-linkage clustering of `recs` (their idx must be their position).

    Returns (clusters as lists of idx, merges, near_misses). With `explain`, merges holds
    (i, j, score) and near_misses (i, j) for candidates under the threshold or in conflict,
    or (i, j, why) for pairs above it whose clusters could not merge; otherwise both are empty.
    """
    edges = []
    near = []
    low = threshold - NEAR_MARGIN
    for i, j in candidate_pairs(recs):
        s = score_pair(recs[i], recs[j])
        if s is not None and s >= threshold:
            edges.append((-s, i, j))
        elif explain and (s is None or s >= low):
            near.append((i, j))
    edges.sort()
    vague = _ambiguous_regions(recs, edges)
    owner = list(range(len(recs)))
    groups: dict[int, list[int]] = {}
    merges = []
    floor = threshold / 2
    for neg, i, j in edges:
        ci, cj = owner[i], owner[j]
        if ci == cj:
            continue
        gi, gj = groups.get(ci, [ci]), groups.get(cj, [cj])
        why = _blocker(recs, gi, gj, floor, vague)
        if why:
            if explain:
                near.append((i, j, why))
            continue
        if len(gi) < len(gj):
            ci, cj, gi, gj = cj, ci, gj, gi
        gi.extend(gj)
        groups[ci] = gi
        groups.pop(cj, None)
        for k in gj:
            owner[k] = ci
        if explain:
            merges.append((i, j, -neg))
    clusters = [groups.get(k, [k]) for k in range(len(recs)) if owner[k] == k]
    return clusters, merges, near


def _ambiguous_regions(recs: list[Rec], edges) -> dict[int, frozenset]:
    """Region-level attacks that match reports from two or more towns of their region.

    "Strikes on Kharkiv region" the night two of its towns were hit could be either: such a
    record is kept apart from town-level reports (it may still merge with other
    region-level reports) rather than guessed into one of them.
    """
    towns: dict[int, set] = defaultdict(set)
    for _, i, j in edges:
        a, b = recs[i], recs[j]
        if a.wild and not a.cities and b.cities:
            towns[i] |= b.cities
        elif b.wild and not b.cities and a.cities:
            towns[j] |= a.cities
    return {i: frozenset(t) for i, t in towns.items() if len(t) > 1}


def _blocker(recs: list[Rec], gi: list[int], gj: list[int], floor: float, vague: dict) -> str:
    """Why two clusters may not merge ('' when they may): cannot-link, ambiguity, then
    complete linkage."""
    arts = {recs[k].art for k in gi}
    if any(recs[k].art in arts for k in gj):
        return "cannot-link: both clusters hold a record of the same article"
    for side, other in ((gi, gj), (gj, gi)) if vague else ():
        for x in side:
            if x in vague and any(recs[y].cities for y in other):
                return f"ambiguous: a region-level report matches several towns ({', '.join(sorted(vague[x]))})"
    for x in gi:
        for y in gj:
            s = score_pair(recs[x], recs[y])
            if s is None or s < floor:
                return f"no chaining: records {x} and {y} are not compatible"
    return ""


# --------------------------------------------------------------------------- public entry point


@contextmanager
def gc_paused():
    """Pause the cyclic garbage collector while millions of small, acyclic objects are made:
    its generational passes would otherwise rescan them again and again (superlinear)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class _Item:
    """One extracted record with the article it came from."""

    __slots__ = ("ext", "kind", "index", "record", "key")

    def __init__(self, ext: Extraction, kind: str, index: int, record):
        self.ext, self.kind, self.index, self.record = ext, kind, index, record
        self.key = member_key(ext.article.id, kind, index)


def reconcile(extractions: Iterable[Union[Extraction, dict]], *, threshold: float = DEFAULT_THRESHOLD,
              explain: bool = False) -> list[Event]:
    """Merge records that report the same real-world event into Events.

    `extractions`: Extraction objects or dicts parsed from extraction JSONL. Output order:
    by date, then place, then event_id; identical for any input order.
    """
    if not threshold > 0:
        raise UserError(f"threshold must be a positive number, got {threshold!r}; the default is {DEFAULT_THRESHOLD}")
    exts = [e if isinstance(e, Extraction) else Extraction.model_validate(e) for e in extractions]
    items = [_Item(e, "attack", i, a) for e in exts for i, a in enumerate(e.attacks)]
    items += [_Item(e, "diplomacy", i, d) for e in exts for i, d in enumerate(e.diplomacy)]
    items = list({it.key: it for it in reversed(items)}.values())  # an article given twice counts once
    items.sort(key=lambda it: it.key)  # positions no longer depend on input order
    arts: dict[str, int] = {}
    with gc_paused():
        recs = [_features(k, it, arts.setdefault(it.ext.article.id, len(arts))) for k, it in enumerate(items)]
        clusters, merges, near = cluster(recs, threshold, explain)
    events = [_event([items[k] for k in sorted(c)]) for c in clusters]
    if explain:
        _attach_notes(events, items, recs, merges, near, threshold)
    events.sort(key=_event_order)
    return events


def _features(idx: int, it: _Item, art: int) -> Rec:
    r, pub = it.record, it.ext.article.published
    start, end = (r.date.start, r.date.end) if r.date else (None, None)
    if it.kind == "attack":
        return make_attack_rec(
            idx, art, start=start, end=end, published=pub, attacker=r.attacker, kind=r.kind.value,
            locations=[(loc.name, loc.admin1, loc.country, loc.level.value) for loc in r.locations],
            weapons=[w.type.value for w in r.weapons], killed=r.killed.value if r.killed else None,
            injured=r.injured.value if r.injured else None,
            launched=sum(w.launched.value for w in r.weapons if w.launched) or None,
            night=bool(r.date and r.date.precision.value == "range"))
    return make_diplomacy_rec(idx, art, start=start, end=end, published=pub, participants=r.participants,
                              kind=r.kind.value, place=r.location.name if r.location else None)


def _event_order(e: Event):
    d = e.record.date
    when = (d.start or d.end) if d else None
    return (when is None, when or dt.date.min, _where(e), e.event_id)


def _where(e: Event) -> str:
    rec = e.record
    if isinstance(rec, Attack):
        return ", ".join(loc.name for loc in rec.locations)
    return rec.location.name if rec.location else ""


# --------------------------------------------------------------------------- merging


def best_of(claims: list[Claim]) -> Claim:
    """The policy for `best`: the latest report when publication dates differ (tolls rise as
    rescuers finish and officials revise); among equally recent or undated reports, the
    lowest figure (ACLED's most conservative estimate)."""
    dates = {c.published for c in claims}
    pool = claims
    if len(dates) > 1 and None not in dates:
        latest = max(dates)
        pool = [c for c in claims if c.published == latest]
    return min(pool, key=lambda c: (c.value, c.article_id, c.index))


def _claim(it: _Item, value, qualifier=None) -> Claim:
    a = it.ext.article
    return Claim(article_id=a.id, index=it.index, source=a.source, published=a.published, value=value,
                 qualifier=qualifier)


def _event(members: list[_Item]) -> Event:
    kind = members[0].kind
    builder = _merge_attacks if kind == "attack" else _merge_diplomacy
    record, ranges, claims, disputed = builder(members)
    arts = {it.ext.article.id for it in members}
    outlets = {fold(it.ext.article.source) if it.ext.article.source else "?" + it.ext.article.id for it in members}
    return Event(
        event_id=event_id_for(it.key for it in members), type=kind,
        members=[Member(article_id=it.ext.article.id, type=kind, index=it.index, source=it.ext.article.source,
                        published=it.ext.article.published, path=it.ext.article.path) for it in members],
        record=record, ranges=ranges, disputed=disputed, claims=claims, num_articles=len(arts),
        num_sources=len(outlets))


def _count_field(path: str, members: list[_Item], counts: list[tuple[_Item, Count]], ranges, claims, disputed):
    cl = [_claim(it, c.value, c.qualifier.value) for it, c in counts]
    claims[path] = cl
    best = best_of(cl)
    ranges[path] = Range(low=min(c.value for c in cl), best=best.value, high=max(c.value for c in cl))
    if len({c.value for c in cl}) > 1:
        disputed.append(path)
    return Count(value=best.value, qualifier=best.qualifier)


def _merge_attacks(members: list[_Item]):
    recs: list[Attack] = [it.record for it in members]
    ranges: dict[str, Range] = {}
    claims: dict[str, list[Claim]] = {}
    disputed: list[str] = []
    merged: dict[str, Any] = {}
    for name in ("killed", "injured", "children_killed", "children_injured"):
        counts = [(it, getattr(it.record, name)) for it in members if getattr(it.record, name) is not None]
        if counts:
            merged[name] = _count_field(name, members, counts, ranges, claims, disputed)
    merged["weapons"] = _merge_weapons(members, ranges, claims, disputed)
    _text_field("attacker", [(it, it.record.attacker) for it in members], claims, disputed, merged)
    kinds = [(it, it.record.kind.value) for it in members if it.record.kind != AttackKind.other]
    _text_field("kind", kinds, claims, disputed, merged)
    merged["kind"] = AttackKind(merged.get("kind") or "other")
    merged["locations"] = _merge_locations(r.locations for r in recs)
    claims["locations"] = [_claim(it, [loc.name for loc in it.record.locations]) for it in members]
    merged["date"] = _merge_dates(members, claims)
    merged["target_country"] = next((r.target_country for r in recs if r.target_country), None)
    merged["damage"] = _union(x for r in recs for x in r.damage)
    merged["reported_by"] = _union(x for r in recs for x in r.reported_by)
    flags = [r.civilian_targeting for r in recs if r.civilian_targeting is not None]
    merged["civilian_targeting"] = any(flags) if flags else None
    _check_children(merged)
    return Attack(**merged), ranges, claims, disputed


def _check_children(merged: dict) -> None:
    """Best figures come from different reports; keep the record valid (children <= total)."""
    for part, whole in (("children_killed", "killed"), ("children_injured", "injured")):
        p, w = merged.get(part), merged.get(whole)
        if p and w and p.value > w.value:
            merged[whole] = Count(value=p.value, qualifier="at_least")


def _merge_weapons(members: list[_Item], ranges, claims, disputed) -> list[Weapon]:
    groups: dict[tuple, list[tuple[_Item, Weapon]]] = {}
    for it in members:
        for w in it.record.weapons:
            groups.setdefault((w.type.value, fold(w.model or "")), []).append((it, w))
    out = []
    for i, ((wtype, _), ws) in enumerate(groups.items()):
        fields: dict[str, Any] = {"type": wtype, "model": next((w.model for _, w in ws if w.model), None)}
        for name in ("launched", "intercepted"):
            counts = [(it, getattr(w, name)) for it, w in ws if getattr(w, name) is not None]
            if counts:
                fields[name] = _count_field(f"weapons[{i}].{name}", members, counts, ranges, claims, disputed)
        launched, intercepted = fields.get("launched"), fields.get("intercepted")
        if launched and intercepted and intercepted.value > launched.value:  # best figures of two reports
            fields["intercepted"] = Count(value=fields["launched"].value, qualifier="up_to")
        out.append(Weapon(**fields))
    return out


def _text_field(name: str, values: list[tuple[_Item, Optional[str]]], claims, disputed, merged) -> None:
    """Majority value (ties: the first member's); disputed when non-empty values differ."""
    present = [(it, v) for it, v in values if v]
    if not present:
        return
    claims[name] = [_claim(it, v) for it, v in present]
    tally = Counter(v for _, v in present)
    merged[name] = max(tally, key=lambda v: (tally[v], -[x for _, x in present].index(v)))
    keys = {normalise_actor(v) if name == "attacker" else v for _, v in present}
    if len(keys) > 1:
        disputed.append(name)


_LEVEL_RANK = {"site": 0, "district": 1, "city": 2, "region": 3, "country": 4}


def _merge_locations(lists) -> list[Location]:
    seen: dict[tuple, Location] = {}
    for locs in lists:
        for loc in locs:
            p = resolve(loc.name, loc.admin1, loc.country, loc.level.value)
            key = (p.city, p.admin1, p.country, loc.level.value)
            if key not in seen:
                seen[key] = loc
    return sorted(seen.values(), key=lambda loc: _LEVEL_RANK[loc.level.value])


def _merge_dates(members: list[_Item], claims) -> Optional[DateSpan]:
    spans = [(it, it.record.date) for it in members if it.record.date and (it.record.date.start or it.record.date.end)]
    if not spans:
        texts = [it.record.date for it in members if it.record.date]
        return texts[0] if texts else None
    claims["date"] = [_claim(it, f"{d.start or d.end}/{d.end or d.start}") for it, d in spans]
    starts = [d.start or d.end for _, d in spans]
    ends = [d.end or d.start for _, d in spans]
    lo, hi = max(starts), min(ends)
    if lo > hi:  # no common day (vague spans): keep the hull
        lo, hi = min(starts), max(ends)
    same = next((d for _, d in spans if (d.start or d.end) == lo and (d.end or d.start) == hi), None)
    precision = DatePrecision.day if lo == hi else DatePrecision.range
    return DateSpan(start=lo, end=hi, text=same.text if same else None, precision=precision)


def _union(values: Iterable[str]) -> list[str]:
    out, seen = [], set()
    for v in values:
        k = fold(v)
        if k not in seen:
            seen.add(k)
            out.append(v)
    return out


_STATUS_ORDER = {"cancelled": 0, "stalled": 1, "proposed": 2, "planned": 3, "ongoing": 4, "held": 5}


def _merge_diplomacy(members: list[_Item]):
    recs: list[Diplomacy] = [it.record for it in members]
    claims: dict[str, list[Claim]] = {}
    disputed: list[str] = []
    merged: dict[str, Any] = {}
    kinds = [(it, it.record.kind.value) for it in members if it.record.kind.value != "other"]
    _text_field("kind", kinds, claims, disputed, merged)
    merged["kind"] = merged.get("kind") or "other"
    # the status of the latest report: "planned" talks that a later report says were held
    latest = max(members, key=lambda it: (it.ext.article.published or dt.date.min,
                                          _STATUS_ORDER[it.record.status.value]))
    merged["status"] = latest.record.status
    claims["status"] = [_claim(it, it.record.status.value) for it in members]
    if len({r.status for r in recs}) > 1:
        disputed.append("status")
    parts: dict[str, str] = {}
    for r in recs:
        for p in r.participants:
            parts.setdefault(normalise_participant(p), p)
    merged["participants"] = list(parts.values())
    claims["participants"] = [_claim(it, list(it.record.participants)) for it in members]
    merged["location"] = next((r.location for r in recs if r.location), None)
    merged["date"] = _merge_dates(members, claims)
    merged["outcome"] = next((r.outcome for r in recs if r.outcome), None)
    merged["description"] = max((r.description for r in recs), key=len, default="")
    return Diplomacy(**merged), {}, claims, disputed


# --------------------------------------------------------------------------- explain


def explain_pair(a: Rec, b: Rec) -> tuple[float, dict[str, float], list[str]]:
    """(score ignoring conflicts, feature -> weight, conflicts) for one pair."""
    feats: list = []
    score_pair(a, b, feats)
    weights = {n: w for n, w in feats if not n.startswith("conflict")}
    conflicts = [n.split(": ", 1)[1] for n, _ in feats if n.startswith("conflict")]
    return round(sum(weights.values()), 3), weights, conflicts


def _attach_notes(events: list[Event], items: list[_Item], recs: list[Rec], merges, near, threshold) -> None:
    by_key = {m.key: e for e in events for m in e.members}
    for e in events:
        e.merges, e.near_misses = [], []
    for i, j, _ in merges:
        score, feats, conflicts = explain_pair(recs[i], recs[j])
        note = PairNote(a=items[i].key, b=items[j].key, score=score, features=feats, conflicts=conflicts,
                        decision="merged", reason=f"score {score:g} >= threshold {threshold:g}")
        by_key[items[i].key].merges.append(note)
    for entry in near:
        i, j = entry[0], entry[1]
        score, feats, conflicts = explain_pair(recs[i], recs[j])
        if len(entry) == 3:
            reason = entry[2]
        elif conflicts:
            reason = "conflict: " + "; ".join(conflicts)
        else:
            reason = f"score {score:g} < threshold {threshold:g}"
        if not conflicts and len(entry) == 2 and score < threshold - NEAR_MARGIN:
            continue
        if conflicts and len(entry) == 2 and score < threshold - NEAR_MARGIN:
            continue  # a conflict far from the threshold is not worth showing
        note = PairNote(a=items[i].key, b=items[j].key, score=score, features=feats, conflicts=conflicts,
                        decision="near-miss", reason=reason)
        for k in (i, j):
            target = by_key[items[k].key]
            if note not in target.near_misses:
                target.near_misses.append(note)


# --------------------------------------------------------------------------- files


def load_extractions(paths: Iterable[Union[str, Path]]) -> list[Extraction]:
    """Read extraction JSONL files (as `summarise extract` writes them)."""
    out: list[Extraction] = []
    for path in paths:
        p = Path(path)
        if not p.is_file():
            raise InputError(str(p), "no such file; pass the JSONL written by `summarise extract --out`")
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                out.append(Extraction.model_validate_json(line))
            except ValueError as exc:
                first = str(exc).splitlines()[0]
                raise InputError(f"{p}:{n}", f"is not an Extraction ({first}); "
                                             "reconcile reads the JSONL written by `summarise extract`") from exc
    return out


def write_events(events: list[Event], path: Union[str, Path]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for e in events:
            skip = {name for name in ("merges", "near_misses") if getattr(e, name) is None}
            fh.write(e.model_dump_json(exclude=skip) + "\n")


def read_events(path: Union[str, Path]) -> list[Event]:
    return [Event.model_validate(json.loads(line)) for line in Path(path).read_text(encoding="utf-8").splitlines()
            if line.strip()]

