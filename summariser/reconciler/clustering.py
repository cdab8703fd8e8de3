"""Greedy best-first clustering with complete-linkage checks, so records never chain."""

from __future__ import annotations

from collections import defaultdict


from .blocking import candidate_pairs
from .recs import Rec
from .scoring import score_pair
from .settings import DEFAULT_THRESHOLD, NEAR_MARGIN


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
