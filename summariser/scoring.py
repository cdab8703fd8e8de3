"""Pure scorers: align predicted records to gold, then score records, fields, safety and clusters.

Nothing here reads files or runs a backend; `summariser.evaluate` does that. Every function
takes records (or plain ids) and returns numbers or small dataclasses, so each can be tested
on hand-made cases whose right score is known.

Alignment is one-to-one per article and record type (Hungarian matching on a similarity of
kind, place, date and actors); a pair scoring below the threshold is no match. A matched
optional gold record is neither a true positive nor a false negative (its prediction is not
a false positive either); an unmatched optional gold record is not a false negative.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

from .records import COUNT_FIELDS, Attack, Count, DateSpan, Diplomacy, Location, Span

ATTACK_THRESHOLD = 0.65
DIPLOMACY_THRESHOLD = 0.55

# --------------------------------------------------------------------------- names

# Spelling variants that war reporting uses for the same place or state. Keys and values
# are already normalised (lower case, no accents); the value is the canonical form.
# Deliberately separate from summariser/places.py (the reconciler's normaliser): the scorer
# must not share code with what it measures, or a normalisation bug would grade itself.
_PLACE_VARIANTS = {
    "kiev": "kyiv", "kharkov": "kharkiv", "odessa": "odesa", "zaporizhia": "zaporizhzhia",
    "zaporozhye": "zaporizhzhia", "zaporizhzhya": "zaporizhzhia", "dnepropetrovsk": "dnipropetrovsk",
    "dnipro": "dnipropetrovsk", "nikolaev": "mykolaiv", "mykolayiv": "mykolaiv", "lvov": "lviv",
    "chernigov": "chernihiv", "sumi": "sumy", "kherson": "kherson", "donetsk": "donetsk",
    "lugansk": "luhansk", "rovno": "rivne", "us": "united states", "usa": "united states",
    "uk": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
    "russian federation": "russia", "u s": "united states", "u k": "united kingdom",
}
# States named by their capital, seat or abbreviation ("Moscow said", "Washington's aid").
_ACTOR_VARIANTS = {
    **_PLACE_VARIANTS,
    "kyiv": "ukraine",
    "us": "united states", "usa": "united states", "u s": "united states", "america": "united states",
    "united states of america": "united states", "washington": "united states",
    "uk": "united kingdom", "u k": "united kingdom", "britain": "united kingdom",
    "great britain": "united kingdom", "london": "united kingdom",
    "russian federation": "russia", "moscow": "russia", "kremlin": "russia",
    "the kremlin": "russia", "paris": "france", "eu": "european union",
    "north atlantic treaty organization": "nato",
}
_DEMONYMS = {
    "russian": "russia", "ukrainian": "ukraine", "american": "united states", "british": "united kingdom",
    "french": "france", "german": "germany", "turkish": "turkey", "belarusian": "belarus",
}
_NOISE = re.compile(r"\b(?:the|city|of|oblast|region|province|governorate|krai|district|raion)\b")


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"['’`]s\b", "", text)  # "Ukraine's"
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def norm_place(name: Optional[str]) -> str:
    """'Kharkiv Oblast', 'the city of Kharkov' -> 'kharkiv'."""
    if not name:
        return ""
    text = re.sub(r"\s+", " ", _NOISE.sub(" ", _fold(name))).strip()
    return _PLACE_VARIANTS.get(text, text)


def norm_actor(name: Optional[str]) -> str:
    """A state or organisation: 'U.S.', 'Washington', 'American' -> 'united states'."""
    if not name:
        return ""
    text = re.sub(r"\s+", " ", re.sub(r"\bthe\b", " ", _fold(name))).strip()
    text = _DEMONYMS.get(text, text)
    if text.endswith(" government") or text.endswith(" forces") or text.endswith(" military"):
        text = text.rsplit(" ", 1)[0]
        text = _DEMONYMS.get(text, text)
    text = _ACTOR_VARIANTS.get(text, text)
    return _ACTOR_VARIANTS.get(text, text)  # "kiev" -> "kyiv" -> "ukraine"


# --------------------------------------------------------------------------- similarities


def loc_similarity(a: Location, b: Location) -> float:
    """1 same place; 0.8 same name at another level (Kyiv city / Kyiv region); 0.6 a city
    within the other's region; 0.1 same country only; else 0."""
    na, nb = norm_place(a.name), norm_place(b.name)
    if na and na == nb:
        return 1.0 if a.level == b.level else 0.8
    if na and (na == norm_place(b.admin1) or nb == norm_place(a.admin1)):
        return 0.6
    if a.country and b.country and norm_actor(a.country) == norm_actor(b.country):
        return 0.1
    return 0.0


def place_similarity(gold: Sequence[Location], pred: Sequence[Location]) -> float:
    """Best pair of locations; 0.5 (unknown) when either side names none."""
    if not gold or not pred:
        return 0.5 if not gold and not pred else 0.0
    return max(loc_similarity(g, p) for g in gold for p in pred)


def _bounds(d: Optional[DateSpan]) -> Optional[tuple[dt.date, dt.date]]:
    if d is None or (d.start is None and d.end is None):
        return None
    return (d.start or d.end, d.end or d.start)


def date_distance(a: Optional[DateSpan], b: Optional[DateSpan]) -> Optional[int]:
    """Days between two date intervals (0 when they overlap); None when either is unknown."""
    ba, bb = _bounds(a), _bounds(b)
    if ba is None or bb is None:
        return None
    if ba[1] < bb[0]:
        return (bb[0] - ba[1]).days
    if bb[1] < ba[0]:
        return (ba[0] - bb[1]).days
    return 0


def date_similarity(a: Optional[DateSpan], b: Optional[DateSpan]) -> float:
    d = date_distance(a, b)
    if d is None:
        return 0.5
    return 1.0 if d <= 1 else 0.5 if d <= 3 else 0.0


def _same(a: Optional[str], b: Optional[str]) -> float:
    if not a or not b:
        return 0.5
    return 1.0 if norm_actor(a) == norm_actor(b) else 0.0


def attack_similarity(g: Attack, p: Attack) -> float:
    """Weighted: place 0.45, date 0.2, actors 0.2, kind 0.15. Wrong place alone sinks a pair."""
    actors = (_same(g.attacker, p.attacker) + _same(g.target_country, p.target_country)) / 2
    kind = 1.0 if g.kind == p.kind else 0.0
    return (0.45 * place_similarity(g.locations, p.locations) + 0.2 * date_similarity(g.date, p.date)
            + 0.2 * actors + 0.15 * kind)


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a), set(b)
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


def participants(record: Diplomacy) -> set[str]:
    return {norm_actor(x) for x in record.participants if norm_actor(x)}


def diplomacy_similarity(g: Diplomacy, p: Diplomacy) -> float:
    """Weighted: participants 0.4 (Jaccard; 0.5 when one side names none), kind 0.2, date 0.2, place 0.2."""
    place = 0.5
    if g.location and p.location:
        place = loc_similarity(g.location, p.location)
    kind = 1.0 if g.kind == p.kind else 0.0
    pg, pp = participants(g), participants(p)
    who = jaccard(pg, pp) if pg and pp else 0.5  # nobody named on one side: unknown, like a missing date
    return (0.4 * who + 0.2 * kind
            + 0.2 * date_similarity(g.date, p.date) + 0.2 * place)


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


def align(gold: Sequence, pred: Sequence, similarity, threshold: float) -> Alignment:
    """One-to-one Hungarian alignment maximising total similarity; pairs below `threshold` are dropped."""
    out = Alignment(optional={i for i, g in enumerate(gold) if getattr(g, "optional", False)})
    pairs: list[Match] = []
    if gold and pred:
        import numpy as np
        from scipy.optimize import linear_sum_assignment  # heavy: import only when scoring

        sim = np.array([[similarity(g, p) for p in pred] for g in gold])
        rows, cols = linear_sum_assignment(sim, maximize=True)
        pairs = [Match(int(r), int(c), round(float(sim[r, c]), 4)) for r, c in zip(rows, cols)
                 if sim[r, c] >= threshold]
    out.matches = sorted(pairs, key=lambda m: m.gold)
    matched_g, matched_p = {m.gold for m in pairs}, {m.pred for m in pairs}
    out.unmatched_gold = [i for i in range(len(gold)) if i not in matched_g]
    out.unmatched_pred = [j for j in range(len(pred)) if j not in matched_p]
    return out


def align_attacks(gold: Sequence[Attack], pred: Sequence[Attack], threshold: float = ATTACK_THRESHOLD) -> Alignment:
    return align(gold, pred, attack_similarity, threshold)


def align_diplomacy(gold: Sequence[Diplomacy], pred: Sequence[Diplomacy],
                    threshold: float = DIPLOMACY_THRESHOLD) -> Alignment:
    return align(gold, pred, diplomacy_similarity, threshold)


# --------------------------------------------------------------------------- record level


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

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


def record_prf(alignments: Iterable[Alignment]) -> PRF:
    """Micro-averaged over articles. Empty gold and empty prediction is a perfect 1.0."""
    total = PRF()
    for a in alignments:
        total = total + PRF(a.tp, a.fp, a.fn)
    return total


# --------------------------------------------------------------------------- field comparators


def count_exact(g: Optional[Count], p: Optional[Count]) -> Optional[bool]:
    """None when neither side has the count (nothing to score); a missing side is wrong."""
    if g is None and p is None:
        return None
    return g is not None and p is not None and g.value == p.value


def count_relaxed(g: Optional[Count], p: Optional[Count]) -> Optional[bool]:
    """Within one, or within 5 % of the gold value."""
    if g is None and p is None:
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
    if _bounds(g) is None:
        return None
    d = date_distance(g, p)
    return d is not None and d <= 1


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
        "participants": set_f1(participants(g), participants(p)),
        "location": None if g.location is None else float(
            p.location is not None and norm_place(g.location.name) == norm_place(p.location.name)),
        "date": _b(date_within_day(g.date, p.date)),
        "evidence_iou": evidence_iou(g.evidence, p.evidence),
        "evidence_hit": _b(evidence_hit(g.evidence, p.evidence)),
    }


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


# --------------------------------------------------------------------------- safety


def numbers_in_text(text: str) -> set[int]:
    """Every value the article states, as numbers.find_numbers reads it."""
    from .numbers import find_numbers

    return {m.value for m in find_numbers(text)}


def unsupported_numbers(records: Iterable[Attack | Diplomacy], text: str) -> list[tuple[str, int]]:
    """(field, value) of every count in the records whose value the article never states."""
    from .numbers import number_forms
    from .records import iter_counts

    stated = numbers_in_text(text)
    lowered = text.lower()
    bad = []
    for rec in records:
        for name, count in iter_counts(rec):
            if count.value in stated or _stated_by_evidence(count, text):
                continue
            # "no one was hurt" states no count: a form right after "no"/"not" does not count
            if any(re.search(rf"(?<![\w,])(?<!no )(?<!no-)(?<!not ){re.escape(f)}(?![\w]|,\d)", lowered)
                   for f in number_forms(count.value)):
                continue
            bad.append((name, count.value))
    return bad


# A zero said as a nil ("no one was hurt", "no casualties", "neither missile was intercepted"):
# the scorer's own reading, kept apart from grounding's on purpose (see the top of this module).
_NIL_WORDS = re.compile(r"(?:no\b|no-one|nobody|none\b|neither\b|not\s+(?:a\s+single|one)\b|without\b|zero\b)", re.I)


def _stated_by_evidence(count, text: str) -> bool:
    """A count of one said without a numeral ("a man was killed"), a zero whose evidence is a
    nil ("nobody was hurt"), or a count whose evidence words are in the article and read as its
    value ("a dozen" -> 12)."""
    from .numbers import ONE_PERSON, find_numbers

    if count.value == 1 and ONE_PERSON.search(text):
        return True
    ev = count.evidence.text if count.evidence else None
    if not ev or ev not in text:
        return False
    if count.value == 0 and _NIL_WORDS.match(ev.strip()):
        return True
    if count.value == 1 and ONE_PERSON.fullmatch(ev.strip()):
        return True
    return any(m.value == count.value for m in find_numbers(ev))


# --------------------------------------------------------------------------- clusters


def _cluster_of(clusters: Iterable[Iterable]) -> dict:
    out = {}
    for cid, members in enumerate(clusters):
        for item in members:
            out[item] = cid
    return out


def pairwise_prf(gold: Iterable[Iterable], pred: Iterable[Iterable]) -> PRF:
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

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def b_cubed(gold: Iterable[Iterable], pred: Iterable[Iterable]) -> BCubed:
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
