"""Building an Event from its members: ranges (low/best/high), claims per source, merged fields.

Claims, members and ranges are gathered as plain tuples and dicts and validated once, with the
Event (in pydantic's compiled core): building them as models one by one cost more than the
rest of the merge.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Optional, Protocol, Sequence, TypeGuard, TypeVar

from ..places import fold, normalise_actor, normalise_participant, resolve
from ..records import Attack, AttackKind, Count, DatePrecision, DateSpan, Diplomacy, Location, Qualifier, Weapon
from .items import Record, _Item
from .model import Event, event_id_for


class _ClaimLike(Protocol):
    @property
    def article_id(self) -> str: ...
    @property
    def index(self) -> int: ...
    @property
    def published(self) -> Optional[dt.date]: ...
    @property
    def value(self) -> Any: ...


C = TypeVar("C", bound=_ClaimLike)


@dataclass(slots=True)
class _Said:
    """What one record said about one field (a `Claim` once the event is validated)."""

    article_id: str
    index: int
    source: Optional[str]
    published: Optional[dt.date]
    value: Any
    qualifier: Optional[str] = None


Claims = dict[str, list[_Said]]
Ranges = dict[str, dict[str, int]]


def best_of(claims: Sequence[C]) -> C:
    """The policy for `best`: the latest report when publication dates differ (tolls rise as
    rescuers finish and officials revise); among equally recent or undated reports, the
    lowest figure (ACLED's most conservative estimate)."""
    dates = {c.published for c in claims}
    pool = claims
    if len(dates) > 1 and None not in dates:
        latest = max(d for d in dates if d is not None)
        pool = [c for c in claims if c.published == latest]
    return min(pool, key=lambda c: (c.value, c.article_id, c.index))


def _claim(it: _Item[Any], value: Any, qualifier: Optional[str] = None) -> _Said:
    a = it.article
    return _Said(a.id, it.index, a.source, a.published, value, qualifier)


def _all_attacks(members: list[_Item[Record]]) -> TypeGuard[list[_Item[Attack]]]:
    return all(isinstance(it.record, Attack) for it in members)


def _all_diplomacy(members: list[_Item[Record]]) -> TypeGuard[list[_Item[Diplomacy]]]:
    return all(isinstance(it.record, Diplomacy) for it in members)


def _event(members: list[_Item[Record]]) -> Event:
    """The event of `members` (records of one type: attacks never merge with diplomacy)."""
    kind = members[0].kind
    record: Record
    if _all_attacks(members):
        record, ranges, claims, disputed = _merge_attacks(members)
    elif _all_diplomacy(members):
        record, ranges, claims, disputed = _merge_diplomacy(members)
    else:
        raise ValueError("an event cannot mix attacks and diplomacy")
    arts = {it.article.id for it in members}
    outlets = {fold(it.article.source) if it.article.source else "?" + it.article.id for it in members}
    return Event.model_validate({
        "event_id": event_id_for(it.key for it in members), "type": kind,
        "members": [{"article_id": it.article.id, "type": kind, "index": it.index, "source": it.article.source,
                     "published": it.article.published, "path": it.article.path} for it in members],
        "record": record, "ranges": ranges, "disputed": disputed,
        "claims": {k: [{"article_id": c.article_id, "index": c.index, "source": c.source, "published": c.published,
                        "value": c.value, "qualifier": c.qualifier} for c in cl] for k, cl in claims.items()},
        "num_articles": len(arts), "num_sources": len(outlets)})


def _count_field(path: str, counts: list[tuple[_Item[Any], Count]], ranges: Ranges, claims: Claims,
                 disputed: list[str]) -> Count:
    cl = [_claim(it, c.value, c.qualifier._value_) for it, c in counts]
    claims[path] = cl
    best = best_of(cl)
    ranges[path] = {"low": min(c.value for c in cl), "best": best.value, "high": max(c.value for c in cl)}
    if len({c.value for c in cl}) > 1:
        disputed.append(path)
    return Count(value=best.value, qualifier=Qualifier(best.qualifier))


def _merge_attacks(members: list[_Item[Attack]]) -> tuple[Attack, Ranges, Claims, list[str]]:
    recs: list[Attack] = [it.record for it in members]
    ranges: Ranges = {}
    claims: Claims = {}
    disputed: list[str] = []
    merged: dict[str, Any] = {}
    for name in ("killed", "injured", "children_killed", "children_injured"):
        counts = [(it, getattr(it.record, name)) for it in members if getattr(it.record, name) is not None]
        if counts:
            merged[name] = _count_field(name, counts, ranges, claims, disputed)
    merged["weapons"] = _merge_weapons(members, ranges, claims, disputed)
    _text_field("attacker", [(it, it.record.attacker) for it in members], claims, disputed, merged)
    kinds = [(it, it.record.kind._value_) for it in members if it.record.kind != AttackKind.other]
    _text_field("kind", kinds, claims, disputed, merged)
    merged["kind"] = AttackKind(merged.get("kind") or "other")
    merged["locations"] = _merge_locations(r.locations for r in recs)
    claims["locations"] = [_claim(it, [loc.name for loc in it.record.locations]) for it in members]
    merged["date"] = _merge_dates(members, claims)
    merged["target_country"] = next((r.target_country for r in recs if r.target_country), None)
    merged["damage"] = union(x for r in recs for x in r.damage)
    merged["reported_by"] = union(x for r in recs for x in r.reported_by)
    flags = [r.civilian_targeting for r in recs if r.civilian_targeting is not None]
    merged["civilian_targeting"] = any(flags) if flags else None
    _check_children(merged)
    return Attack(**merged), ranges, claims, disputed


def _check_children(merged: dict[str, Any]) -> None:
    """Best figures come from different reports; keep the record valid (children <= total)."""
    for part, whole in (("children_killed", "killed"), ("children_injured", "injured")):
        p, w = merged.get(part), merged.get(whole)
        if p and w and p.value > w.value:
            merged[whole] = Count(value=p.value, qualifier=Qualifier.at_least)


def _merge_weapons(members: list[_Item[Attack]], ranges: Ranges, claims: Claims, disputed: list[str]) -> list[Weapon]:
    groups: dict[tuple[str, str], list[tuple[_Item[Attack], Weapon]]] = {}
    for it in members:
        for w in it.record.weapons:
            groups.setdefault((w.type._value_, fold(w.model or "")), []).append((it, w))
    out = []
    for i, ((wtype, _), ws) in enumerate(groups.items()):
        fields: dict[str, Any] = {"type": wtype, "model": next((w.model for _, w in ws if w.model), None)}
        for name in ("launched", "intercepted"):
            counts = [(it, getattr(w, name)) for it, w in ws if getattr(w, name) is not None]
            if counts:
                fields[name] = _count_field(f"weapons[{i}].{name}", counts, ranges, claims, disputed)
        launched, intercepted = fields.get("launched"), fields.get("intercepted")
        if launched and intercepted and intercepted.value > launched.value:  # best figures of two reports
            fields["intercepted"] = Count(value=fields["launched"].value, qualifier=Qualifier.up_to)
        out.append(Weapon(**fields))
    return out


def _text_field(name: str, values: Sequence[tuple[_Item[Any], Optional[str]]], claims: Claims, disputed: list[str],
                merged: dict[str, Any]) -> None:
    """Majority value (ties: the first member's); disputed when non-empty values differ."""
    present = [(it, v) for it, v in values if v]
    if not present:
        return
    claims[name] = [_claim(it, v) for it, v in present]
    tally = Counter(v for _, v in present)
    merged[name] = max(tally, key=lambda v: (tally[v], -[x for _, x in present].index(v)))
    keys = {normalise_actor(v) if name == "attacker" else v for _, v in present}
    if len(keys) > 1:
        disputed.append(name)


LEVEL_RANK = {"site": 0, "district": 1, "city": 2, "region": 3, "country": 4}


def _merge_locations(lists: Iterable[list[Location]]) -> list[Location]:
    seen: dict[tuple[Optional[str], Optional[str], Optional[str], str], Location] = {}
    for locs in lists:
        for loc in locs:
            p = resolve(loc.name, loc.admin1, loc.country, loc.level._value_)
            key = (p.city, p.admin1, p.country, loc.level._value_)
            if key not in seen:
                seen[key] = loc
    return sorted(seen.values(), key=lambda loc: LEVEL_RANK[loc.level._value_])


def _merge_dates(members: Sequence[_Item[Attack]] | Sequence[_Item[Diplomacy]], claims: Claims) -> Optional[DateSpan]:
    spans = [(it, it.record.date) for it in members if it.record.date and (it.record.date.start or it.record.date.end)]
    if not spans:
        texts = [it.record.date for it in members if it.record.date]
        return texts[0] if texts else None
    claims["date"] = [_claim(it, f"{d.start or d.end}/{d.end or d.start}") for it, d in spans]
    starts = [x for _, d in spans if (x := d.start or d.end) is not None]  # every span has one (above)
    ends = [x for _, d in spans if (x := d.end or d.start) is not None]
    lo, hi = max(starts), min(ends)
    if lo > hi:  # no common day (vague spans): keep the hull
        lo, hi = min(starts), max(ends)
    same = next((d for _, d in spans if (d.start or d.end) == lo and (d.end or d.start) == hi), None)
    precision = DatePrecision.day if lo == hi else DatePrecision.range
    return DateSpan(start=lo, end=hi, text=same.text if same else None, precision=precision)


def union(values: Iterable[str], key: Callable[[str], str] = fold) -> list[str]:
    """The values in first-seen order, one per folded form (both event builders use it)."""
    out, seen = [], set()
    for v in values:
        k = key(v)
        if k not in seen:
            seen.add(k)
            out.append(v)
    return out


STATUS_ORDER = {"cancelled": 0, "stalled": 1, "proposed": 2, "planned": 3, "ongoing": 4, "held": 5}


def _merge_diplomacy(members: list[_Item[Diplomacy]]) -> tuple[Diplomacy, Ranges, Claims, list[str]]:
    recs: list[Diplomacy] = [it.record for it in members]
    claims: Claims = {}
    disputed: list[str] = []
    merged: dict[str, Any] = {}
    kinds = [(it, it.record.kind._value_) for it in members if it.record.kind._value_ != "other"]
    _text_field("kind", kinds, claims, disputed, merged)
    merged["kind"] = merged.get("kind") or "other"
    # the status of the latest report: "planned" talks that a later report says were held
    latest = max(members, key=lambda it: (it.article.published or dt.date.min,
                                          STATUS_ORDER[it.record.status._value_]))
    merged["status"] = latest.record.status
    claims["status"] = [_claim(it, it.record.status._value_) for it in members]
    if len({r.status for r in recs}) > 1:
        disputed.append("status")
    parts: dict[str, str] = {}
    for r in recs:
        for p in r.participants:
            parts.setdefault(normalise_participant(p), p)
    merged["participants"] = list(parts.values())
    claims["participants"] = [_claim(it, list(it.record.participants)) for it in members]
    merged["location"] = next((r.location for r in recs if r.location), None)
    merged["date"] = _merge_dates(members, claims)
    merged["outcome"] = next((r.outcome for r in recs if r.outcome), None)
    merged["description"] = max((r.description for r in recs), key=len, default="")
    return Diplomacy(**merged), {}, claims, disputed
