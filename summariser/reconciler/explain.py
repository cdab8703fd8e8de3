"""`--explain`: the score and features behind each merge and each near-miss."""

from __future__ import annotations



from .items import _Item
from .model import Event, PairNote
from .recs import Rec
from .scoring import score_pair
from .settings import NEAR_MARGIN


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
