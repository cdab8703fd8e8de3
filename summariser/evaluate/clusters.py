"""Reconciler quality on the gold set: run `summariser.reconciler.reconcile` on the gold records
and on the predicted ones, and score its events against `clusters.json` (pairwise and B³ F1).

Optional gold records (debatable by the codebook) are neither rewarded nor punished here either:
the headline scores leave them out of both partitions; `with_optional` keeps them, for the reader.

A reconciler exception is not swallowed: it is stored as `error`, and both the gate
(`gates.check`) and `summarise eval` fail on it.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Optional

from ..errors import one_line
from ..records import Extraction
from .gold import TYPES, GoldArticle
from .prf import b_cubed, pairwise_prf
from .scores import ArticleScore

# (gold stem or article id, record type, index): one record, as clusters.json names it
Key = tuple[str, str, int]
# summariser.reconciler.reconcile, looked up at run time: it returns Event objects (or dicts)
ReconcileFn = Callable[[list[Extraction]], Iterable[object]]


def _reconcile_fn() -> Optional[ReconcileFn]:
    import importlib

    try:
        module = importlib.import_module("summariser.reconciler")
    except ModuleNotFoundError as exc:
        if exc.name != "summariser.reconciler":
            raise  # the reconciler exists but is broken: that must fail the run, not skip it
        return None
    fn: Optional[ReconcileFn] = getattr(module, "reconcile", None)
    return fn


def _member(m: object) -> Key:
    """A Member object or its JSON dict, as a key."""
    keys = ("article_id", "type", "index")
    article_id, rtype, index = [m.get(k) for k in keys] if isinstance(m, dict) else [getattr(m, k, None) for k in keys]
    rtype = str(rtype or "")
    rtype = {"attacks": "attack"}.get(rtype, rtype)
    if index is None:  # int(None) raised this before; say which member
        raise TypeError(f"event member without an index: {m!r}")
    return str(article_id), rtype, int(index)


def _events_members(events: Iterable[object]) -> list[list[Key]]:
    out = []
    for e in events:
        members = e.get("members") if isinstance(e, dict) else getattr(e, "members", [])
        out.append([_member(m) for m in members or []])
    return out


def score_clusters(golds: list[GoldArticle], scores: list[ArticleScore],
                   gold_clusters: Optional[list[set[Key]]]) -> Optional[dict[str, Any]]:
    """Reconciler quality, when `summariser.reconcile` exists: on the gold records
    (`gold_input`) and on the predicted records mapped to gold through the alignment
    (`predicted_input`, over the gold records that were matched)."""
    if gold_clusters is None:
        return None
    try:
        fn = _reconcile_fn()
    except Exception as exc:  # noqa: BLE001 - a reconciler that fails to import fails the run
        return {"error": f"{type(exc).__name__}: {one_line(exc)}"}
    if fn is None:
        return {"skipped": "summariser.reconcile is not available"}
    by_id = {g.article.id: g.stem for g in golds}
    universe = [(g.stem, t, i) for g in golds for t in TYPES for i in range(len(g.records(t)))]
    gold_parts = _partition(universe, gold_clusters)
    optional = {(g.stem, t, i) for g in golds for t in TYPES for i, r in enumerate(g.records(t)) if r.optional}
    out: dict[str, Any] = {}
    both: dict[str, Any] = {}
    try:
        events = _events_members(fn([g.as_extraction() for g in golds]))
        pred_parts = [[(by_id.get(a, a), t, i) for a, t, i in ev] for ev in events]
        out["gold_input"], both["gold_input"] = _scored(gold_parts, pred_parts, optional)
        preds = [s.predicted for s in scores if s.predicted is not None]
        if preds:
            to_gold = {(s.predicted.article.id, t, m.pred): (s.stem, t, m.gold)
                       for s in scores if s.predicted is not None for t in TYPES for m in s.alignments[t].matches}
            mapped = [[to_gold[x] for x in ev if x in to_gold] for ev in _events_members(fn(preds))]
            matched = set(to_gold.values())
            sub_gold = [[x for x in c if x in matched] for c in gold_parts]
            if matched:  # no matched record, nothing to cluster: leave the score out rather than a vacuous 1.0
                out["predicted_input"], both["predicted_input"] = _scored(sub_gold, mapped, optional)
    except Exception as exc:  # noqa: BLE001 - any reconciler failure is recorded; the gate and the CLI fail on it
        out["error"] = f"{type(exc).__name__}: {one_line(exc)}"
    if both:
        out["with_optional"] = both
    return out


Scores = dict[str, Any]  # pairwise and B³ figures, event counts (JSON)


def _scored(gold_parts: list[list[Key]], pred_parts: list[list[Key]], optional: set[Key]) -> tuple[Scores, Scores]:
    """(scores without the optional gold records, scores with them)."""
    def drop(parts: list[list[Key]]) -> list[list[Key]]:
        return [kept for c in parts if (kept := [x for x in c if x not in optional])]
    everything = _cluster_scores([c for c in gold_parts if c], [c for c in pred_parts if c])
    return _cluster_scores(drop(gold_parts), drop(pred_parts)), everything


def _partition(universe: list[Key], clusters: list[set[Key]]) -> list[list[Key]]:
    clustered = {x for c in clusters for x in c}
    return [sorted(c) for c in clusters] + [[x] for x in universe if x not in clustered]


def _cluster_scores(gold_parts: list[list[Key]], pred_parts: list[list[Key]]) -> Scores:
    return {"pairwise": pairwise_prf(gold_parts, pred_parts).as_dict(),
            "b3": b_cubed(gold_parts, pred_parts).as_dict(),
            "events": len(pred_parts), "gold_events": len(gold_parts)}
