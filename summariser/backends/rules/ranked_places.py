"""A place named by a ranking sentence and struck in the next (r18, dev34-B2): "The hardest hit
was X. Shortly after noon, jets dropped a guided bomb on the village, killing a farmer." / "X bore
the brunt. A drone hit the town's market." A day's summary ranks the places first and tells the
strike after, by an anaphor ("the village", "the community", "there"): the strike and its toll
are X's (codebook 1), small town or not, not a record with no place.

A ranking of another time ("the hardest hit town last winter"), of a region or of a front sector
("the worst affected region was Y", "the hardest hit sector") names no struck locality here.

Vocabulary: knowledge/data/cues/place_scopes.yaml (`ranked_before`, `ranked_after`,
`ranked_anaphors`, `ranked_other_time`)."""

from __future__ import annotations

import re
from functools import partial

from ... import lexicon as lx
from ...knowledge import cues
from ...records import LocationLevel
from .common import Facts, PlaceHit
from .place_small_towns import war_town
from .sections import _paragraph_of, paragraph_starts

_alt = partial(cues.alternation, "place_scopes")
_NAME = r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?)"
_RANKED = re.compile(rf"\b(?i:{_alt('ranked_before')})\s+{_NAME}\b(?!\s+(?i:region|oblast|district|raion)\b|\s+[A-Z])"
                     rf"|\b{_NAME.replace('name', 'name2')}\s+(?i:{_alt('ranked_after')})\b")
_ANAPHOR = re.compile(rf"\b(?:{_alt('ranked_anaphors')})\b", re.I)
_OTHER_TIME = cues.pattern("place_scopes", "ranked_other_time")
_CARRY = 3  # sentences after the ranking that may tell its strike


def carry_ranked_place(text: str, facts: list[Facts]) -> None:
    """Give the ranked place to its own sentence and to the next placeless strike sentences of its
    paragraph that name it by an anaphor."""
    starts = paragraph_starts(text)
    ranked: tuple[PlaceHit, int, int] | None = None  # (place, idx, paragraph)
    ranking: Facts | None = None
    for f in facts:
        par = _paragraph_of(starts, f.sent.start)
        hit = _ranked_place(text, f)
        if hit is not None:
            if not f.places:
                f.places = [hit]
            ranked = (hit, f.idx, par) if [p.place.name for p in f.places] == [hit.place.name] else None
            ranking = f
            continue
        if ranked is None or f.idx == ranked[1]:
            continue
        if f.places or f.districts or par != ranked[2] or f.idx - ranked[1] > _CARRY:
            ranked = None
            continue
        m = _ANAPHOR.search(text, f.sent.start, f.sent.end)
        told = m is not None or ranking is not None and _names_only(ranking) and f.idx == ranking.idx + 1
        if told and not (f.background or f.hypothetical or f.cumulative) \
                and (f.attack_vocab or f.weapon_types or f.damage or f.counts):
            # r20 (dev38 A1): "In the X region the target was again Y. The mayor said drones hit a plant":
            # a ranking that only names the place is the frame of the strike told right after it
            f.places = [PlaceHit(ranked[0].place, m.start(), m.end()) if m is not None else ranked[0]]
            if ranking is not None and _names_only(ranking):
                ranking.attack_vocab = False  # the ranking only names the place; the strike is told here
                f.date = f.date or ranking.date  # "X bore the brunt on Tuesday. Artillery hit the town"
            ranked = ranking = None


def _names_only(f: Facts) -> bool:
    """The ranking tells no strike of its own: no figure, weapon or damage."""
    return not (f.counts or f.counted_weapons or f.weapon_types or f.damage)


def _ranked_place(text: str, f: Facts) -> PlaceHit | None:
    s = f.sent
    m = _RANKED.search(text, s.start, s.end)
    if m is None or f.background or f.hypothetical or _OTHER_TIME.search(text, s.start, s.end):
        return None
    group = "name" if m.group("name") else "name2"
    name = m.group(group)
    place = lx.lookup(name)
    if place is None or place.name != name:
        place = war_town(name)
    if place is None or place.level is not LocationLevel.city or place.country not in lx.OPPONENT:
        return None
    return PlaceHit(place, m.start(group), m.end(group))
