"""Which predicted record is which gold record: strict agreement rules and Hungarian alignment.

Two matching modes, both one-to-one per article and record type:

- **strict** (the headline): a pair may match only when it describes the same event by every
  test both sides can answer. Attacks: a place agrees through the gazetteer, dates overlap
  where both are known (one day of slack for overnight spill), the attacker agrees where both
  name one, and the predicted evidence overlaps the gold evidence. Diplomacy: the participants
  overlap, the kinds are compatible (`KIND_GROUPS`), dates overlap where both are known, and
  the evidence overlaps. Among admissible pairs the alignment maximises the lenient similarity.
- **lenient** (shown beside it): the weighted similarity of `similarity.py` at or above a
  threshold, as the harness first scored.

A matched optional gold record is neither a true positive nor a false negative (its prediction
is not a false positive either); an unmatched optional gold record is not a false negative.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional, Sequence, TypeGuard, TypeVar

from .. import places
from ..records import Attack, DateSpan, Diplomacy, Location, Span
from .similarity import (ATTACK_THRESHOLD, DIPLOMACY_THRESHOLD, attack_similarity, date_distance,
                         diplomacy_similarity, norm_actor)

MODES = ("strict", "lenient")
DATE_SLACK_DAYS = 1  # an overnight strike is dated to either night or morning

# Diplomacy kinds that describe one event in different words. Each kind is compatible with
# itself and with every kind in a group it shares; a kind in no group matches only itself.
KIND_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"talks", "meeting", "summit", "visit"}),  # people sat down together
    frozenset({"talks", "phone_call"}),                   # "held talks by phone"
    frozenset({"statement", "proposal", "diplomatic_protest"}),  # words put on record
    frozenset({"proposal", "agreement"}),                 # a plan that was, or will be, signed
    frozenset({"agreement", "prisoner_exchange"}),        # an exchange agreed and carried out
    frozenset({"agreement", "military_aid"}),             # an aid package signed
    frozenset({"proposal", "peacekeeping"}),              # a proposed force
)


def kinds_compatible(a: str, b: str) -> bool:
    return a == b or any(a in g and b in g for g in KIND_GROUPS)


# --------------------------------------------------------------------------- strict tests


def _place(loc: Location) -> places.Place:
    return places.resolve(loc.name, loc.admin1, loc.country, loc.level.value)


def locations_agree(a: Location, b: Location) -> bool:
    """Same city; a city and the region it lies in; the same region; the same country at
    country level. A country-level record never agrees with a city or region record."""
    pa, pb = _place(a), _place(b)
    if pa.city and pb.city:
        return pa.city == pb.city
    if pa.city or pb.city:  # one city, one region or country: the city must lie in that region
        wide = pb if pa.city else pa
        narrow = pa if pa.city else pb
        return bool(wide.admin1) and wide.admin1 == narrow.admin1
    if pa.admin1 or pb.admin1:
        return pa.admin1 == pb.admin1
    return bool(pa.country) and pa.country == pb.country


def places_agree(gold: Sequence[Location], pred: Sequence[Location]) -> bool:
    if not gold or not pred:
        return not gold and not pred
    return any(locations_agree(g, p) for g in gold for p in pred)


def dates_agree(g: Optional[DateSpan], p: Optional[DateSpan]) -> bool:
    d = date_distance(g, p)
    return d is None or d <= DATE_SLACK_DAYS  # unknown on either side: nothing to disagree on


def actors_agree(a: Optional[str], b: Optional[str]) -> bool:
    if not a or not b:
        return True
    return norm_actor(a) == norm_actor(b) or places.normalise_actor(a) == places.normalise_actor(b)


def evidence_overlaps(gold: Sequence[Span], pred: Sequence[Span]) -> bool:
    """Any predicted evidence character inside the gold evidence (half-open spans)."""
    if not gold:
        return True
    return any(g.start < p.end and p.start < g.end for g in gold for p in pred)


def participant_keys(record: Diplomacy) -> set[str]:
    return {k for k in (places.normalise_participant(x) for x in record.participants) if k}


def strict_attack(g: Attack, p: Attack) -> bool:
    return (places_agree(g.locations, p.locations) and dates_agree(g.date, p.date)
            and actors_agree(g.attacker, p.attacker) and evidence_overlaps(g.evidence, p.evidence))


def strict_diplomacy(g: Diplomacy, p: Diplomacy) -> bool:
    return (bool(participant_keys(g) & participant_keys(p)) and kinds_compatible(g.kind.value, p.kind.value)
            and dates_agree(g.date, p.date) and evidence_overlaps(g.evidence, p.evidence))


# --------------------------------------------------------------------------- alignment


@dataclass(frozen=True)
class Match:
    gold: int
    pred: int
    score: float


@dataclass
class Alignment:
    """One article, one record type: who matched whom, and the leftovers."""

    matches: list[Match] = field(default_factory=list)
    unmatched_gold: list[int] = field(default_factory=list)
    unmatched_pred: list[int] = field(default_factory=list)
    optional: set[int] = field(default_factory=set)  # gold indices marked optional

    @property
    def tp(self) -> int:
        return sum(1 for m in self.matches if m.gold not in self.optional)

    @property
    def fp(self) -> int:
        return len(self.unmatched_pred)

    @property
    def fn(self) -> int:
        return sum(1 for g in self.unmatched_gold if g not in self.optional)

    @property
    def optional_tp(self) -> int:
        """Optional gold records that were found (true positives when optional counts as required)."""
        return sum(1 for m in self.matches if m.gold in self.optional)

    @property
    def optional_fn(self) -> int:
        return sum(1 for g in self.unmatched_gold if g in self.optional)


R = TypeVar("R")  # one record type (Attack or Diplomacy) on both sides


# Tie-breaks, small next to the similarity's own steps (a place level is 0.09): a prediction that fits
# a required and an optional gold record equally is the required one (else a true positive is
# scored a false negative), and between two equal fits the one whose status agrees wins.
REQUIRED_BONUS = 0.01
STATUS_BONUS = 0.005


def _tiebreak(g: object, p: object) -> float:
    bonus = 0.0 if getattr(g, "optional", False) else REQUIRED_BONUS
    status = getattr(g, "status", None)
    if status is not None and status == getattr(p, "status", None):
        bonus += STATUS_BONUS
    return bonus


def align(gold: Sequence[R], pred: Sequence[R], similarity: Callable[[R, R], float], threshold: float,
          admissible: Optional[Callable[[R, R], bool]] = None) -> Alignment:
    """One-to-one Hungarian alignment maximising total similarity (plus `_tiebreak`). A pair is
    kept when it is admissible (strict mode) or, without `admissible`, when it scores at least
    `threshold`; the reported score is the plain similarity."""
    out = Alignment(optional={i for i, g in enumerate(gold) if getattr(g, "optional", False)})
    pairs: list[Match] = []
    if gold and pred:
        import numpy as np
        from scipy.optimize import linear_sum_assignment  # heavy: import only when scoring

        sim = np.array([[similarity(g, p) for p in pred] for g in gold])
        ok = (np.array([[admissible(g, p) for p in pred] for g in gold]) if admissible
              else sim >= threshold)
        # inadmissible pairs weigh less than any admissible one, so they never displace one
        ties = np.array([[_tiebreak(g, p) for p in pred] for g in gold])
        weight = np.where(ok, sim + ties + 1.0, 0.0)
        rows, cols = linear_sum_assignment(weight, maximize=True)
        pairs = [Match(int(r), int(c), round(float(sim[r, c]), 4)) for r, c in zip(rows, cols) if ok[r, c]]
    out.matches = sorted(pairs, key=lambda m: m.gold)
    matched_g, matched_p = {m.gold for m in pairs}, {m.pred for m in pairs}
    out.unmatched_gold = [i for i in range(len(gold)) if i not in matched_g]
    out.unmatched_pred = [j for j in range(len(pred)) if j not in matched_p]
    return out


def align_attacks(gold: Sequence[Attack], pred: Sequence[Attack], mode: str = "strict",
                  threshold: float = ATTACK_THRESHOLD) -> Alignment:
    return align(gold, pred, attack_similarity, threshold, strict_attack if mode == "strict" else None)


def align_diplomacy(gold: Sequence[Diplomacy], pred: Sequence[Diplomacy], mode: str = "strict",
                    threshold: float = DIPLOMACY_THRESHOLD) -> Alignment:
    return align(gold, pred, diplomacy_similarity, threshold, strict_diplomacy if mode == "strict" else None)


ALIGNERS = {"attack": align_attacks, "diplomacy": align_diplomacy}


def _all(records: Sequence[object], cls: type[R]) -> TypeGuard[Sequence[R]]:
    return all(isinstance(r, cls) for r in records)


def align_records(rtype: str, gold: Sequence[Attack | Diplomacy], pred: Sequence[Attack | Diplomacy],
                  mode: str = "strict") -> Alignment:
    """`ALIGNERS[rtype]` for records of either type, as an article holds them."""
    if rtype == "attack":
        assert _all(gold, Attack) and _all(pred, Attack)
        return align_attacks(gold, pred, mode=mode)
    assert rtype == "diplomacy" and _all(gold, Diplomacy) and _all(pred, Diplomacy)
    return align_diplomacy(gold, pred, mode=mode)
