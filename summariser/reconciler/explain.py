"""`--explain`: the score and features behind each merge and each near-miss."""

from __future__ import annotations



from typing import Any, Sequence

from .clustering import Merge, Near
from .items import _Item
from .model import Event, PairNote
from .recs import Rec
from .scoring import score_pair
from .settings import NEAR_MARGIN


def explain_pair(a: Rec, b: Rec) -> tuple[float, dict[str, float], list[str]]:
    """(score ignoring conflicts, feature -> weight, conflicts) for one pair."""
    feats: list[tuple[str, float]] = []
    score_pair(a, b, feats)
    weights = {n: w for n, w in feats if not n.startswith("conflict")}
    conflicts = [n.split(": ", 1)[1] for n, _ in feats if n.startswith("conflict")]
    return round(sum(weights.values()), 3), weights, conflicts


def _attach_notes(events: list[Event], items: Sequence[_Item[Any]], recs: Sequence[Rec], merges: list[Merge],
                  near: list[Near], threshold: float) -> None:
    by_key = {m.key: k for k, e in enumerate(events) for m in e.members}  # member key -> event position
    merged: list[list[PairNote]] = [[] for _ in events]
    missed: list[list[PairNote]] = [[] for _ in events]
    for i, j, _ in merges:
        score, feats, conflicts = explain_pair(recs[i], recs[j])
        note = PairNote(a=items[i].key, b=items[j].key, score=score, features=feats, conflicts=conflicts,
                        decision="merged", reason=f"score {score:g} >= threshold {threshold:g}")
        merged[by_key[items[i].key]].append(note)
    for entry in near:
        i, j = entry[0], entry[1]
        score, feats, conflicts = explain_pair(recs[i], recs[j])
        if len(entry) == 3:
            reason = entry[2]  # why two clusters above the threshold could not merge
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
            target = missed[by_key[items[k].key]]
            if note not in target:
                target.append(note)
    for e, m, n in zip(events, merged, missed):
        e.merges, e.near_misses = m, n
