"""Weapons counted by their hit (codebook 9, ruling of 2 December 2026, afternoon; the older gold
relabelled to it that evening). The weapons counted as the subject of their hit are launched
("three drones struck the depot", "the depot was hit by three missiles"), unless the article gives a
larger figure for the same wave: then the count is the part that hit, no launch of its own (a
city's "five missiles hit X" under the night's "Russia fired 40 missiles", "three drones struck X"
after "air defences downed 52 drones"). Hits counted as hits ("hits by 12 drones were recorded",
"17 drone strikes") are never a launch.

Both paths read the launch (the rules in `backends/rules/count_cues.hit_as_subject`, grounding
keeps a model's figure beside the same verbs); `drop_hits_under_totals` unsets it under a larger
figure, run by `grounding.enforce` on every backend's records once they are grounded (a figure
grounding refuses overrides nothing).
"""

from __future__ import annotations

import re
from typing import Iterator, TypeVar

from ..knowledge import cues, gazetteer
from ..lexicon.weapons import models_match
from ..records import Attack, Count, DateSpan, Location, LocationLevel, Span, WeaponType

# the verb right after the weapon phrase (an adverb or "reportedly" between): "21 drones struck the plant"
SUBJECT_HIT = re.compile(rf"\s+(?:(?:reportedly|also|then|later|again|overnight|all)\s+)?"
                         rf"(?:{cues.alternation('strike', 'subject_hits')})\b", re.I)
# the passive right before the count, a qualifier between: "was hit by (some) 20 drones"
PASSIVE_HIT_BEFORE = re.compile(rf"\b(?:{cues.alternation('strike', 'passive_hits')})\s+by\s+"
                                r"(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|almost|up\s+to)\s+)?$", re.I)
# dev20 B1: "Hits by three missiles and 25 attack UAVs were registered", "strikes of 12 drones"
_HITS_BEFORE = re.compile(rf"\b(?P<hits>{cues.alternation('weapons', 'hits_by')})\s+(?:by|of|from)\s+(?:[\w-]+\s+){{0,8}}?$", re.I)
_PASSIVE_END = re.compile(rf"\b(?:{cues.alternation('strike', 'passive_hits')})$", re.I)
# a word of the weapon phrase between a count and its verb: "drones", "attack drones", "Russian cruise missiles"
_WORD_AFTER = re.compile(r"\s+[\w'’-]+")

T = TypeVar("T")
_FAMILY = {WeaponType.drone: "drone", WeaponType.decoy_drone: "drone", WeaponType.cruise_missile: "missile",
           WeaponType.ballistic_missile: "missile", WeaponType.missile: "missile"}


def hits_told_before(text: str, lo: int, start: int) -> bool:
    """Whether the weapons counted at `start` are told by their hits ("hits by 25 drones were
    recorded"): never the passive verb ("the depot was hit by three missiles" is the launch)."""
    m = _HITS_BEFORE.search(text, lo, start)
    return m is not None and not _PASSIVE_END.search(text, max(0, m.start() - 40), m.end("hits"))


def passive_hit_before(text: str, start: int) -> bool:
    """Whether the count at `start` is the agent of a passive hit ("was hit by three missiles")."""
    return PASSIVE_HIT_BEFORE.search(text, max(0, start - 60), start) is not None


def told_by_hit(text: str, ev: Span | None) -> bool:
    """Whether the count at `ev` counts the weapons that hit: their verb right after the weapon
    phrase, or the passive before the count."""
    if ev is None:
        return False
    if passive_hit_before(text, ev.start):
        return True
    return any(SUBJECT_HIT.match(text, end) for end in _phrase_ends(text, ev.end))


def _phrase_ends(text: str, pos: int) -> list[int]:
    """The ends of the one-, two- and three-word phrases right after `pos`."""
    words = list(_WORD_AFTER.finditer(text, pos, min(len(text), pos + 60)))
    ends: list[int] = []
    for w in words[:3]:
        if w.start() != (ends[-1] if ends else pos):
            break
        ends.append(w.end())
    return ends


def drop_hits_under_totals(attacks: list[Attack], text: str) -> list[tuple[str, Count]]:
    """Unset each launch told by its hit that a larger figure of its family, in a record of the same
    night or day, overrides; the (field path, count) of each one unset."""
    dropped = []
    for i, a in enumerate(attacks):
        for j, w in enumerate(a.weapons):
            if w.launched and told_by_hit(text, w.launched.evidence) and any(
                    value > w.launched.value for value in _larger_figures(attacks, a, w.type, w.model)):
                dropped.append((f"attacks[{i}].weapons[{j}].launched", w.launched))
                w.launched = None
    return dropped


def _larger_figures(attacks: list[Attack], hit: Attack, wtype: WeaponType, model: str | None = None) -> Iterator[int]:
    """The launched and intercepted figures of the hit's family in records whose dates can be the
    hit's; a combined total (`other`) counts when its record lists the family among the types it
    mixes (codebook 9: "550 drones and missiles" lists a drone and a missile). r18 (dev33-A4): a
    figure for another named model is another wave ("24 Kh-101 missiles" never holds "four S-300
    missiles slammed into X"); so is a figure of other sides or of another place (`_same_wave`, r27)."""
    for a in attacks:
        if not _may_overlap(a.date, hit.date) or not _same_wave(a, hit):
            continue
        yield from (c.value for w in of_family([(w.type, w) for w in a.weapons], wtype) if models_match(w.model, model)
                    for c in (w.launched, w.intercepted) if c is not None)


def _same_wave(a: Attack, hit: Attack) -> bool:
    """Whether a record's figures can hold the hit's weapons (r27): the same sides, and a place that
    holds the hit's (the country's total, the hit's region, the hit's own town). "Two drones hit
    Moscow" is no part of "15 drones sent against Reni" that night, nor of "11 drones downed over
    Crimea"."""
    for side in ("attacker", "target_country"):
        if getattr(a, side) and getattr(hit, side) and getattr(a, side) != getattr(hit, side):
            return False
    if not a.locations or not hit.locations or any(loc.level is LocationLevel.country for loc in a.locations):
        return True
    return any(_holds(x, y) or _holds(y, x) for x in a.locations for y in hit.locations)


def _holds(outer: Location, inner: Location) -> bool:
    """Whether a record's place holds another's: one place, or its region (the gazetteer's, else
    as the records write them): "Kiev" holds "Kyiv", the "Kharkiv Oblast" holds "Chuhuiv"."""
    return outer.name == inner.name or outer.name == inner.admin1 or gazetteer.contains(outer.name, inner.name)


def of_family(weapons: list[tuple[WeaponType, T]], wtype: WeaponType) -> list[T]:
    """The weapons of `wtype`'s family (drones, missiles, else the type itself), with the combined
    totals (`other`) of a list that names a type of the family."""
    family = _FAMILY.get(wtype, wtype.value)
    same = [w for t, w in weapons if _FAMILY.get(t, t.value) == family]
    return same + [w for t, w in weapons if t is WeaponType.other and same and family in ("drone", "missile")]


def _may_overlap(x: DateSpan | None, y: DateSpan | None) -> bool:
    """Whether two records' dates can name the same wave: unknown dates can."""
    if x is None or y is None or None in (x.start, x.end, y.start, y.end):
        return True
    return bool(x.start <= y.end and y.start <= x.end)  # type: ignore[operator]
