"""From scored articles to figures: records (strict and lenient, optional records counted both
ways), fields, gold-count recall, evidence, safety, clusters, each with counts and a bootstrap
interval over articles where one makes sense.

Metric names (the keys `--check` gates, see `gates.py`):

- `<type>.precision|recall|f1`: strict matching, the headline; `<type>.recall_all` counts
  optional gold records as required. `<type>.lenient.*` the same under lenient matching.
- `counts.exact|relaxed`, `evidence.hit`: shares of gold counts / matched records.
- `safety.unsupported_numbers`, `safety.records_on_empty_articles`,
  `safety.control_attack_records`, `failed_articles`: lower is better.
- `clusters.<input>.pairwise_f1|b3_f1`: the reconciler, when a clusters.json exists.
"""

from __future__ import annotations

from typing import Any, Iterator, Optional

from ..records import COUNT_FIELDS, Attack, Count, iter_counts
from .fields import count_exact, count_relaxed, evidence_hit, tally_fields
from .gold import TYPES, Record
from .intervals import RESAMPLES, prf_intervals, ratio_interval
from .matching import MODES
from .prf import PRF, record_prf
from .scores import ArticleScore


def _prf_entry(scores: list[ArticleScore], rtype: str, mode: str, resamples: int) -> dict[str, Any]:
    aligns = [s.alignment(rtype, mode) for s in scores]
    prf, every = record_prf(aligns), record_prf(aligns, optional_as_required=True)
    entry: dict[str, Any] = {**prf.as_dict(), "recall_all": round(every.recall, 4),
             "optional_tp": every.tp - prf.tp, "optional_fn": every.fn - prf.fn}
    intervals = prf_intervals([(a.tp, a.fp, a.fn) for a in aligns], resamples) or {}
    all_iv = prf_intervals([(a.tp + a.optional_tp, a.fp, a.fn + a.optional_fn) for a in aligns], resamples)
    if all_iv:
        intervals["recall_all"] = all_iv["recall"]
    entry["intervals"] = intervals
    return entry


def _article_count_hits(s: ArticleScore) -> tuple[int, int, int]:
    """(exact, relaxed, total) over the gold counts of required records in one article. An
    unmatched gold record loses all its counts, so this never rises when matching gets worse."""
    a = s.alignments["attack"]
    preds = {m.gold: s.pred_attacks()[m.pred] for m in a.matches}
    exact = relaxed = total = 0
    for i, rec in enumerate(s.gold.doc.attacks):
        if i in a.optional:
            continue
        pred_counts = dict(iter_counts(preds[i])) if i in preds else {}
        pred_by_type = _counts_by_weapon_type(preds.get(i))
        for name, gc in _gold_counts_by_key(rec):
            pc = pred_by_type.get(name) if name.startswith("weapons.") else pred_counts.get(name)
            total += 1
            exact += bool(count_exact(gc, pc))
            relaxed += bool(count_relaxed(gc, pc))
    return exact, relaxed, total


def _gold_counts_by_key(rec: Attack) -> Iterator[tuple[str, Count]]:
    for name in COUNT_FIELDS:
        if getattr(rec, name) is not None:
            yield name, getattr(rec, name)
    yield from _counts_by_weapon_type(rec).items()


def _counts_by_weapon_type(rec: Optional[Attack]) -> dict[str, Count]:
    out: dict[str, Count] = {}
    for w in (rec.weapons if rec else []):
        for name in ("launched", "intercepted"):
            c = getattr(w, name)
            if c is not None:
                out.setdefault(f"weapons.{w.type.value}.{name}", c)
    return out


def _ratio(per_article: list[tuple[int, int]]) -> float:
    hits, total = sum(h for h, _ in per_article), sum(t for _, t in per_article)
    return round(hits / total, 4) if total else 1.0


def _evidence_hits(s: ArticleScore) -> tuple[int, int]:
    """Of the lenient matches, how many have predicted evidence inside the gold evidence. Strict
    matching requires it, so this shows how often the lenient matcher paired unrelated text."""
    verdicts = [evidence_hit(s.gold.records(r)[m.gold].evidence, s.pred_records(r)[m.pred].evidence)
                for r in TYPES for m in s.lenient[r].matches]
    scored = [v for v in verdicts if v is not None]
    return int(sum(scored)), len(scored)


def metrics(scores: list[ArticleScore], clusters: Optional[dict[str, Any]], controls: Optional[dict[str, Any]] = None,
            resamples: int = RESAMPLES) -> dict[str, Any]:
    out: dict[str, Any] = {"records": {m: {} for m in MODES}, "fields": {}}
    headline: dict[str, float] = {}
    intervals: dict[str, list[float]] = {}
    for rtype in TYPES:
        for mode in MODES:
            entry = _prf_entry(scores, rtype, mode, resamples)
            out["records"][mode][rtype] = entry
            prefix = rtype if mode == "strict" else f"{rtype}.{mode}"
            for k in ("precision", "recall", "f1", "recall_all"):
                headline[f"{prefix}.{k}"] = entry[k]
                if k in entry["intervals"]:
                    intervals[f"{prefix}.{k}"] = entry["intervals"][k]
        tallies = tally_fields(v for s in scores for v in s.verdicts[rtype])
        out["fields"][rtype] = {k: {"n": t.n, "score": None if t.score is None else round(t.score, 4)}
                                for k, t in sorted(tallies.items())}
    out["counts"] = _shares(scores, headline, intervals, resamples)
    out["safety"] = _safety(scores, controls)
    headline["safety.unsupported_numbers"] = out["safety"]["unsupported_numbers"]
    headline["safety.records_on_empty_articles"] = out["safety"]["records_on_empty_articles"]
    if controls is not None:
        headline["safety.control_attack_records"] = controls["attack_records"]
    headline["failed_articles"] = sum(1 for s in scores if s.error) + (controls or {}).get("failed", 0)
    if clusters:
        out["clusters"] = clusters
        _cluster_headline(clusters, headline)
    out["headline"] = headline
    out["intervals"] = intervals
    return out


def _shares(scores: list[ArticleScore], headline: dict[str, float], intervals: dict[str, list[float]],
            resamples: int) -> dict[str, int]:
    """counts.exact / counts.relaxed / evidence.hit into `headline`; returns their raw tallies."""
    hits = [_article_count_hits(s) for s in scores]
    evidence = [_evidence_hits(s) for s in scores]
    for name, rows in (("counts.exact", [(e, t) for e, _, t in hits]),
                       ("counts.relaxed", [(r, t) for _, r, t in hits]), ("evidence.hit", evidence)):
        headline[name] = _ratio(rows)
        iv = ratio_interval(rows, resamples)
        if iv:
            intervals[name] = iv
    return {"gold_counts": sum(t for *_, t in hits), "exact": sum(e for e, _, _ in hits),
            "relaxed": sum(r for _, r, _ in hits), "evidence_hits": sum(h for h, _ in evidence),
            "evidence_scored": sum(t for _, t in evidence)}


def _safety(scores: list[ArticleScore], controls: Optional[dict[str, Any]]) -> dict[str, Any]:
    empty = [s for s in scores if not any(_required(s, r) for r in TYPES)]
    safety: dict[str, Any] = {
        "unsupported_numbers": sum(len(s.unsupported) for s in scores),
        "unsupported_detail": [f"{s.stem}: {name}={value} ({why})" for s in scores for name, value, why in s.unsupported],
        # a record that matches an optional gold record (debatable by the codebook) is not counted
        "records_on_empty_articles": sum(len(s.pred_records(r)) - len(s.alignments[r].matches)
                                         for s in empty for r in TYPES),
        "empty_articles": len(empty),
    }
    if controls is not None:
        safety["controls"] = controls
    return safety


def _cluster_headline(clusters: dict[str, Any], headline: dict[str, float]) -> None:
    for mode, res in clusters.items():
        if isinstance(res, dict) and "pairwise" in res:
            headline[f"clusters.{mode}.pairwise_f1"] = res["pairwise"]["f1"]
            headline[f"clusters.{mode}.b3_f1"] = res["b3"]["f1"]


def _required(s: ArticleScore, rtype: str) -> list[Record]:
    return [r for r in s.gold.records(rtype) if not r.optional]


def _spurious_attacks(s: ArticleScore) -> int:
    """Attack records predicted on a control, less those that strictly match an optional gold
    record (a background strike a control may mention: neither rewarded nor punished)."""
    return len(s.pred_records("attack")) - s.alignments["attack"].optional_tp


def control_summary(scores: list[ArticleScore]) -> dict[str, Any]:
    """Controls: articles that must yield no attack record."""
    detail = [f"{s.stem}: {_spurious_attacks(s)} attack record(s)" + (f" (error: {s.error})" if s.error else "")
              for s in scores if _spurious_attacks(s) or s.error]
    return {"articles": len(scores), "attack_records": sum(_spurious_attacks(s) for s in scores),
            "failed": sum(1 for s in scores if s.error), "detail": detail}


__all__ = ["PRF", "metrics", "control_summary"]
