"""Field verdicts on a matched pair: counts, qualifiers, dates, names, evidence, and their tallies.

Each comparator returns a verdict (1.0 / 0.0, or a fraction for set F1 and evidence IoU) or
None when the field is not scored for that pair (neither side states it). `tally_fields`
averages the verdicts a field received over every matched pair.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from ..records import COUNT_FIELDS, Attack, Count, DateSpan, Diplomacy, Span
from .matching import participant_keys
from .similarity import date_bounds, date_distance, norm_actor, norm_place, participants


# --------------------------------------------------------------------------- field comparators


def _uncoded_nil(g: Optional[Count], p: Optional[Count]) -> bool:
    """Gold leaves a count out and the prediction gives an explicit 0 ("no one was hurt"): the
    codebook codes figures, not nils, so there is nothing to score. Whether the 0 is stated in
    its sentence is the safety check's business (an unstated 0 is an unsupported number)."""
    return g is None and p is not None and p.value == 0


def count_exact(g: Optional[Count], p: Optional[Count]) -> Optional[bool]:
    """None when neither side has the count (nothing to score) or gold leaves out a predicted
    nil; a missing side is wrong, and so is any non-zero count gold does not have."""
    if (g is None and p is None) or _uncoded_nil(g, p):
        return None
    return g is not None and p is not None and g.value == p.value


def count_relaxed(g: Optional[Count], p: Optional[Count]) -> Optional[bool]:
    """Within one, or within 5 % of the gold value."""
    if (g is None and p is None) or _uncoded_nil(g, p):
        return None
    if g is None or p is None:
        return False
    return abs(g.value - p.value) <= max(1, 0.05 * g.value)


def qualifier_match(g: Optional[Count], p: Optional[Count]) -> Optional[bool]:
    """Scored only when both sides give the count."""
    if g is None or p is None:
        return None
    return g.qualifier == p.qualifier


def date_within_day(g: Optional[DateSpan], p: Optional[DateSpan]) -> Optional[bool]:
    """Scored when gold has a date; a prediction without one is wrong."""
    if date_bounds(g) is None:
        return None
    d = date_distance(g, p)
    return d is not None and d <= 1


def _best(*scores: Optional[float]) -> Optional[float]:
    """The highest of the scores given, None when none is."""
    known = [x for x in scores if x is not None]
    return max(known) if known else None


def set_f1(gold: Iterable[str], pred: Iterable[str]) -> Optional[float]:
    """F1 of two sets of normalised names; None when both are empty."""
    sg, sp = set(gold) - {""}, set(pred) - {""}
    if not sg and not sp:
        return None
    if not sg or not sp:
        return 0.0
    tp = len(sg & sp)
    return 2 * tp / (len(sg) + len(sp))


def _covered(spans: Iterable[Span]) -> set[int]:
    chars: set[int] = set()
    for s in spans:
        chars.update(range(s.start, s.end))
    return chars


def evidence_iou(gold: Sequence[Span], pred: Sequence[Span]) -> Optional[float]:
    """Character intersection over union of the two evidence sets; None if gold has none."""
    g, p = _covered(gold), _covered(pred)
    if not g:
        return None
    return len(g & p) / len(g | p)


def evidence_hit(gold: Sequence[Span], pred: Sequence[Span]) -> Optional[bool]:
    """Does any predicted evidence character fall inside the gold evidence?"""
    g = _covered(gold)
    if not g:
        return None
    return bool(g & _covered(pred))


def _weapon_counts(a: Attack, name: str) -> dict[str, Optional[Count]]:
    out: dict[str, Optional[Count]] = {}
    for w in a.weapons:
        out.setdefault(w.type.value, getattr(w, name))
    return out


def attack_fields(g: Attack, p: Attack) -> dict[str, Optional[float]]:
    """Field verdicts for one matched attack pair: 1.0/0.0 (or a fraction for set F1 and IoU);
    None means the field is not scored for this pair."""
    out: dict[str, Optional[float]] = {
        "kind": float(g.kind == p.kind),
        "attacker": None if not g.attacker else float(norm_actor(g.attacker) == norm_actor(p.attacker)),
        "target_country": None if not g.target_country else float(norm_actor(g.target_country) == norm_actor(p.target_country)),
        "locations": set_f1((norm_place(x.name) for x in g.locations), (norm_place(x.name) for x in p.locations)),
        "date": _b(date_within_day(g.date, p.date)),
        "weapon_types": set_f1((w.type.value for w in g.weapons), (w.type.value for w in p.weapons)),
        "evidence_iou": evidence_iou(g.evidence, p.evidence),
        "evidence_hit": _b(evidence_hit(g.evidence, p.evidence)),
    }
    for name in COUNT_FIELDS:
        gc, pc = getattr(g, name), getattr(p, name)
        out[f"{name}.exact"] = _b(count_exact(gc, pc))
        out[f"{name}.relaxed"] = _b(count_relaxed(gc, pc))
        out[f"{name}.qualifier"] = _b(qualifier_match(gc, pc))
    for name in ("launched", "intercepted"):
        gw, pw = _weapon_counts(g, name), _weapon_counts(p, name)
        for wtype in sorted(set(gw) | set(pw)):
            if gw.get(wtype) is None and pw.get(wtype) is None:
                continue
            key = f"weapons.{name}"
            # several weapon types in one record: keep the worst verdict for the field
            for suffix, fn in ((".exact", count_exact), (".relaxed", count_relaxed), (".qualifier", qualifier_match)):
                v = _b(fn(gw.get(wtype), pw.get(wtype)))
                if v is not None:
                    prev = out.get(key + suffix)
                    out[key + suffix] = v if prev is None else min(prev, v)
    return out


def diplomacy_fields(g: Diplomacy, p: Diplomacy) -> dict[str, Optional[float]]:
    return {
        "kind": float(g.kind == p.kind),
        "status": float(g.status == p.status),
        # either normaliser's agreement counts, as strict matching's actors do: the scorer's own
        # table ("Moscow" is Russia) or the dictionary's ("the Holy See" is Vatican City)
        "participants": _best(set_f1(participants(g), participants(p)),
                              set_f1(participant_keys(g), participant_keys(p))),
        "location": None if g.location is None else float(
            p.location is not None and norm_place(g.location.name) == norm_place(p.location.name)),
        "date": _b(date_within_day(g.date, p.date)),
        "evidence_iou": evidence_iou(g.evidence, p.evidence),
        "evidence_hit": _b(evidence_hit(g.evidence, p.evidence)),
    }


def record_fields(g: Attack | Diplomacy, p: Attack | Diplomacy) -> dict[str, Optional[float]]:
    """Field verdicts for a matched pair of either type (both sides are of one type)."""
    if isinstance(g, Attack):
        assert isinstance(p, Attack)
        return attack_fields(g, p)
    assert isinstance(p, Diplomacy)
    return diplomacy_fields(g, p)


def _b(v: Optional[bool]) -> Optional[float]:
    return None if v is None else float(v)


@dataclass
class FieldTally:
    """Mean of the verdicts a field received over all matched pairs."""

    n: int = 0
    total: float = 0.0

    def add(self, v: Optional[float]) -> None:
        if v is not None:
            self.n += 1
            self.total += v

    @property
    def score(self) -> Optional[float]:
        return self.total / self.n if self.n else None


def tally_fields(verdicts: Iterable[dict[str, Optional[float]]]) -> dict[str, FieldTally]:
    out: dict[str, FieldTally] = {}
    for v in verdicts:
        for name, value in v.items():
            if value is not None:  # a field nobody stated is not a field to score
                out.setdefault(name, FieldTally()).add(value)
    return out


def is_count_field(name: str) -> bool:
    return name.endswith((".exact", ".relaxed"))
