"""One article scored: its alignments in both modes, field verdicts, unsupported numbers, and
per-item verdicts with stable keys (what `--compare` and the baselines diff on).

Field verdicts and items come from the strict alignment, the headline; the lenient one only
feeds the lenient record figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from ..records import Attack, Extraction
from .fields import record_fields
from .gold import FIELD_OF, TYPES, GoldArticle, Record
from .matching import MODES, Alignment, Match, align_records
from .safety import unsupported_numbers
from .similarity import norm_place, participants

Verdicts = dict[str, Optional[float]]  # field name -> verdict for one matched pair
Item = dict[str, Any]  # one item verdict as results files hold it (JSON)


@dataclass
class ArticleScore:
    stem: str
    gold: GoldArticle
    predicted: Optional[Extraction]
    error: Optional[str]
    alignments: dict[str, Alignment] = field(default_factory=dict)  # strict, per type
    lenient: dict[str, Alignment] = field(default_factory=dict)
    verdicts: dict[str, list[Verdicts]] = field(default_factory=dict)  # type -> field verdicts per strict match
    unsupported: list[tuple[str, int, str]] = field(default_factory=list)

    def pred_records(self, rtype: str) -> list[Record]:
        records: list[Record] = getattr(self.predicted, FIELD_OF[rtype]) if self.predicted else []
        return records

    def pred_attacks(self) -> list[Attack]:
        return self.predicted.attacks if self.predicted else []

    def alignment(self, rtype: str, mode: str = "strict") -> Alignment:
        return (self.alignments if mode == "strict" else self.lenient)[rtype]


def score_article(gold: GoldArticle, predicted: Optional[Extraction], error: Optional[str] = None) -> ArticleScore:
    out = ArticleScore(gold.stem, gold, predicted, error)
    for rtype in TYPES:
        g, p = gold.records(rtype), out.pred_records(rtype)
        out.alignments[rtype] = align_records(rtype, g, p, mode=MODES[0])
        out.lenient[rtype] = align_records(rtype, g, p, mode=MODES[1])
        out.verdicts[rtype] = [record_fields(g[m.gold], p[m.pred]) for m in out.alignments[rtype].matches]
    if predicted is not None:
        out.unsupported = unsupported_numbers([*predicted.attacks, *predicted.diplomacy], gold.article.text)
    return out


def _status(verdict: Verdicts) -> str:
    strict = {k: v for k, v in verdict.items() if k != "evidence_iou" and v is not None}
    return "pass" if all(v == 1.0 for v in strict.values()) else "partial"


def _fp_key(stem: str, rtype: str, rec: Record, seen: dict[str, int]) -> str:
    if isinstance(rec, Attack):  # rtype "attack"
        place = norm_place(rec.locations[0].name) if rec.locations else "?"
    else:
        place = "+".join(sorted(participants(rec))) or "?"
    when = rec.date.start.isoformat() if rec.date and rec.date.start else "?"
    base = f"{stem}/{rtype}/fp:{rec.kind.value}:{place}:{when}"
    seen[base] = seen.get(base, 0) + 1
    return base if seen[base] == 1 else f"{base}#{seen[base]}"


def item_verdicts(s: ArticleScore) -> list[Item]:
    """One entry per gold record and per unmatched prediction (strict), with a stable key."""
    items: list[Item] = []
    seen: dict[str, int] = {}
    for rtype in TYPES:
        a, lenient = s.alignments[rtype], s.lenient[rtype]
        by_gold: dict[int, tuple[Optional[Match], Optional[Verdicts]]] = {
            m.gold: (m, v) for m, v in zip(a.matches, s.verdicts[rtype])}
        lenient_gold = {m.gold for m in lenient.matches}
        for i in range(len(s.gold.records(rtype))):
            items.append(_gold_item(s.stem, rtype, i, i in a.optional, *by_gold.get(i, (None, None)),
                                    lenient_match=i in lenient_gold))
        preds = s.pred_records(rtype)
        for j in a.unmatched_pred:
            items.append({"key": _fp_key(s.stem, rtype, preds[j], seen), "article": s.stem, "type": rtype,
                          "gold": None, "pred": j, "score": None, "optional": False, "verdict": "fp",
                          "status": "fail", "lenient_match": None, "fields": {}})
    return items


def _gold_item(stem: str, rtype: str, i: int, optional: bool, m: Optional[Match], v: Optional[Verdicts],
               lenient_match: bool) -> Item:
    if m is None:
        verdict, status = ("optional_missed", "ignored") if optional else ("fn", "fail")
    else:
        verdict = "optional_matched" if optional else "tp"
        assert v is not None  # a strict match always has its verdicts
        status = "ignored" if optional else _status(v)
    return {"key": f"{stem}/{rtype}/g{i}", "article": stem, "type": rtype, "gold": i,
            "pred": m.pred if m else None, "score": m.score if m else None, "optional": optional,
            "verdict": verdict, "status": status, "lenient_match": lenient_match,
            "fields": {k: (round(x, 4) if x is not None else None) for k, x in (v or {}).items()}}
