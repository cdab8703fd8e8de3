"""Blocking: which records are compared at all (place × day buckets, windowed when oversized)."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Iterator, Optional, Sequence

from .recs import Rec
from .settings import WINDOW


Pairs = Iterator[tuple[int, int]]


def candidate_pairs(recs: Sequence[Rec]) -> Pairs:
    """Yield each (i, j) pair worth scoring once (rarely twice); never all pairs."""
    buckets: dict[tuple[str, Optional[int]], list[int]] = defaultdict(list)
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
            pairs: Iterable[tuple[int, int]] = _wild_pairs(recs, wild, idxs) if wild else ()
        elif len(idxs) <= WINDOW:  # every pair of a small bucket (most buckets): `_windowed`, inlined
            n = len(idxs)
            rows = [recs[i] for i in idxs]
            for x in range(n - 1):
                a, i = rows[x], idxs[x]
                for y in range(x + 1, n):
                    if _canonical(a, rows[y], key, day):
                        yield i, idxs[y]
            continue
        else:
            pairs = _windowed(recs, idxs)
        for i, j in pairs:
            if _canonical(recs[i], recs[j], key, day):
                yield i, j


def _wild_pairs(recs: Sequence[Rec], wild: list[int], idxs: list[int]) -> Pairs:
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


def _windowed(recs: Sequence[Rec], members: list[int]) -> Pairs:
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


def _canonical(a: Rec, b: Rec, key: str, day: Optional[int]) -> bool:
    """A pair can share several buckets (two nights; a town and its region): score it in one.

    The canonical bucket is the first day both are blocked on, and the smallest shared key
    under which the pair is generated at all (region keys only pair region-level records).
    """
    if day is not None:
        first_a, first_b = a.days[0], b.days[0]  # never None when day is not (see recs._days)
        if first_a is not None and first_b is not None and (first_a if first_a > first_b else first_b) != day:
            return False
    if len(a.blocks) == 1 or len(b.blocks) == 1:
        return True
    common = a.bset & b.bset
    if len(common) == 1:
        return True
    return key == min(k for k in common if not k.startswith("region:") or k[7:] in a.wild or k[7:] in b.wild)
