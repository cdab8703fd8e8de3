"""Precision, recall and F1: of records (micro-averaged over articles) and of clusters
(pairwise and B³), as small value objects that know their counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Hashable, Iterable, Protocol


class Counts(Protocol):
    """What `record_prf` reads of one alignment (matching.Alignment has these)."""

    @property
    def tp(self) -> int: ...
    @property
    def fp(self) -> int: ...
    @property
    def fn(self) -> int: ...
    @property
    def optional_tp(self) -> int: ...
    @property
    def optional_fn(self) -> int: ...


Clusters = Iterable[Iterable[Hashable]]


@dataclass(frozen=True)
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


def record_prf(alignments: Iterable[Counts], optional_as_required: bool = False) -> PRF:
    """Micro-averaged over articles. Empty gold and empty prediction is a perfect 1.0.
    With `optional_as_required`, optional gold records count like required ones."""
    total = PRF()
    for a in alignments:
        extra = (a.optional_tp, a.optional_fn) if optional_as_required else (0, 0)
        total = total + PRF(a.tp + extra[0], a.fp, a.fn + extra[1])
    return total


# --------------------------------------------------------------------------- clusters


def _cluster_of(clusters: Clusters) -> dict[Hashable, int]:
    out: dict[Hashable, int] = {}
    for cid, members in enumerate(clusters):
        for item in members:
            out[item] = cid
    return out


def pairwise_prf(gold: Clusters, pred: Clusters) -> PRF:
    """Pairs of items put together. Items are any hashables; each list of clusters partitions
    the same items (an item missing from `pred` is a singleton there)."""
    gmap, pmap = _cluster_of(gold), _cluster_of(pred)
    items = sorted(set(gmap) | set(pmap), key=repr)
    tp = fp = fn = 0
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            same_g = a in gmap and b in gmap and gmap[a] == gmap[b]
            same_p = a in pmap and b in pmap and pmap[a] == pmap[b]
            tp += same_g and same_p
            fp += same_p and not same_g
            fn += same_g and not same_p
    return PRF(tp, fp, fn)


@dataclass(frozen=True)
class BCubed:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def b_cubed(gold: Clusters, pred: Clusters) -> BCubed:
    """B³ over the union of items; an item absent from one side is a singleton there."""
    gold_sets = [frozenset(c) for c in gold]
    pred_sets = [frozenset(c) for c in pred]
    gmap = {i: c for c in gold_sets for i in c}
    pmap = {i: c for c in pred_sets for i in c}
    items = set(gmap) | set(pmap)
    if not items:
        return BCubed(1.0, 1.0)
    p_sum = r_sum = 0.0
    for item in items:
        g = gmap.get(item, frozenset([item]))
        p = pmap.get(item, frozenset([item]))
        overlap = len(g & p)
        p_sum += overlap / len(p)
        r_sum += overlap / len(g)
    return BCubed(p_sum / len(items), r_sum / len(items))
