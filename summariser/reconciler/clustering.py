"""Greedy best-first clustering with complete-linkage checks, so records never chain."""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence, Union

from .blocking import candidate_pairs
from .recs import Rec
from .scoring import score
from .settings import DEFAULT_THRESHOLD, NEAR_MARGIN

Edge = tuple[float, int, int]  # (-score, i, j): sorting puts the best pair first, ties by position
Merge = tuple[int, int, float]  # (i, j, score) of a merge, for --explain
Near = Union[tuple[int, int], tuple[int, int, str]]  # a near-miss, or a pair kept apart and why


def cluster(recs: list[Rec], threshold: float = DEFAULT_THRESHOLD,
            explain: bool = False) -> tuple[list[list[int]], list[Merge], list[Near]]:
    """Greedy best-first complete-linkage clustering of `recs` (their idx must be their position).

    Returns (clusters as lists of idx, merges, near_misses). With `explain`, merges holds
    (i, j, score) and near_misses (i, j) for candidates under the threshold or in conflict,
    or (i, j, why) for pairs above it whose clusters could not merge; otherwise both are empty.
    """
    edges: list[Edge] = []
    near: list[Near] = []
    low = threshold - NEAR_MARGIN
    for i, j in candidate_pairs(recs):
        s = score(recs[i], recs[j])
        if s is not None and s >= threshold:
            edges.append((-s, i, j))
        elif explain and (s is None or s >= low):
            near.append((i, j))
    edges.sort()
    merges: list[Merge] = []
    clusters = _greedy(recs, edges, threshold, merges if explain else None, near if explain else None)
    return clusters, merges, near


def cluster_edges(recs: Sequence[Rec], edges: list[Edge], threshold: float = DEFAULT_THRESHOLD) -> list[list[int]]:
    """Clusters from already scored, sorted edges (whatever engine scored them)."""
    return _greedy(recs, edges, threshold, None, None)


def _greedy(recs: Sequence[Rec], edges: list[Edge], threshold: float, merges: Union[list[Merge], None],
            near: Union[list[Near], None]) -> list[list[int]]:
    vague = _ambiguous_regions(recs, edges)
    owner = list(range(len(recs)))
    groups: dict[int, list[int]] = {}
    floor = threshold / 2
    for neg, i, j in edges:
        ci, cj = owner[i], owner[j]
        if ci == cj:
            continue
        gi, gj = groups.get(ci, [ci]), groups.get(cj, [cj])
        why = _blocker(recs, gi, gj, floor, vague, (i, j))
        if why:
            if near is not None:
                near.append((i, j, why))
            continue
        if len(gi) < len(gj):
            ci, cj, gi, gj = cj, ci, gj, gi
        gi.extend(gj)
        groups[ci] = gi
        groups.pop(cj, None)
        for k in gj:
            owner[k] = ci
        if merges is not None:
            merges.append((i, j, -neg))
    return [groups.get(k, [k]) for k in range(len(recs)) if owner[k] == k]


def _ambiguous_regions(recs: Sequence[Rec], edges: list[Edge]) -> dict[int, frozenset[str]]:
    """Region-level attacks that match reports from two or more towns of their region.

    "Strikes on Kharkiv region" the night two of its towns were hit could be either: such a
    record is kept apart from town-level reports (it may still merge with other
    region-level reports) rather than guessed into one of them.
    """
    towns: dict[int, set[str]] = defaultdict(set)
    for _, i, j in edges:
        a, b = recs[i], recs[j]
        if a.wild and not a.cities and b.cities:
            towns[i] |= b.cities
        elif b.wild and not b.cities and a.cities:
            towns[j] |= a.cities
    return {i: frozenset(t) for i, t in towns.items() if len(t) > 1}


def _blocker(recs: Sequence[Rec], gi: list[int], gj: list[int], floor: float,
             vague: dict[int, frozenset[str]], edge: tuple[int, int] = (-1, -1)) -> str:
    """Why two clusters may not merge ('' when they may): cannot-link, ambiguity, then
    complete linkage. `edge` (a record of `gi`, one of `gj`) is the pair being merged on: it
    scored at least the threshold, so it is not scored again (half of these scores: most
    merges join two single records)."""
    arts = {recs[k].art for k in gi}
    if any(recs[k].art in arts for k in gj):
        return "cannot-link: both clusters hold a record of the same article"
    for side, other in ((gi, gj), (gj, gi)) if vague else ():
        for x in side:
            if x in vague and any(recs[y].cities for y in other):
                return f"ambiguous: a region-level report matches several towns ({', '.join(sorted(vague[x]))})"
    i, j = edge
    for x in gi:
        for y in gj:
            if x == i and y == j:
                continue
            s = score(recs[x], recs[y])
            if s is None or s < floor:
                return f"no chaining: records {x} and {y} are not compatible"
    return ""
