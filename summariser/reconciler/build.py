"""Building an event's JSON line straight from plain rows (`rows.py`), for archive runs.

The same merge as `events.py`, statement for statement, on plain dicts and tuples instead of
pydantic models, serialised in the field order of `Event` by msgspec's JSON encoder (2.5x
faster than `pydantic_core.to_json` on these dicts, with the very same bytes: compact, UTF-8,
the same escapes; a value it cannot write goes to pydantic's writer, which raises as before). Building and validating the
models cost more than everything else in an archive run; this writes the very bytes
`Event.model_dump_json` writes (`tests/test_reconcile_scale.py` compares the two on generated
archives full of disputes, revisions and odd values, and on the eval sets' records).
"""

from __future__ import annotations

from functools import lru_cache
from hashlib import sha1
from typing import Any, Optional, Sequence

import msgspec
from pydantic_core import to_json

from ..places import fold, normalise_actor, normalise_participant, resolve
from .events import LEVEL_RANK, STATUS_ORDER, union
from .model import event_id_for, member_key
from .rows import COUNTS, Meta, Row

Member = tuple[Meta, str, int, Row]  # (article, kind, index in its list, row)
Said = dict[str, Any]  # a claim, with `Claim`'s fields in their order
SortKey = tuple[bool, str, str, str]  # reconcile()'s order: undated, first day (ISO), place, event id
_fold = lru_cache(maxsize=65536)(fold)  # outlets, weapon models and damage repeat across an archive
_encode = msgspec.json.Encoder().encode


def dumps(doc: dict[str, Any]) -> bytes:
    """`doc` as compact JSON, byte for byte what `pydantic_core.to_json` writes (tested on every
    code point and on events); pydantic's writer when msgspec refuses (a lone surrogate)."""
    try:
        return _encode(doc)
    except (TypeError, ValueError, UnicodeError):
        return to_json(doc)


class _Event:
    """What one event gathers while it is merged: claims, ranges and disputed fields, in order."""

    __slots__ = ("claims", "ranges", "disputed")

    def __init__(self) -> None:
        self.claims: dict[str, list[Said]] = {}
        self.ranges: dict[str, dict[str, int]] = {}
        self.disputed: list[str] = []


def _said(m: Member, value: Any, qualifier: Optional[str] = None) -> Said:
    meta = m[0]
    return {"article_id": meta[0], "index": m[2], "source": meta[1], "published": meta[2], "value": value,
            "qualifier": qualifier}


def _best(claims: Sequence[Said]) -> Said:
    """`events.best_of` on claim tuples: the latest report when publication dates differ,
    else (and among the latest) the lowest figure."""
    if len(claims) == 1:
        return claims[0]
    dates = {c["published"] for c in claims}
    pool = claims
    if len(dates) > 1 and None not in dates:
        latest = max(dates)
        pool = [c for c in claims if c["published"] == latest]
    return min(pool, key=_claim_order)


def _claim_order(c: Said) -> tuple[int, str, int]:
    return c["value"], c["article_id"], c["index"]


def _count_out(value: int, qualifier: str) -> Row:
    return {"value": value, "qualifier": qualifier, "evidence": None, "support": "stated"}


def _count_field(path: str, counts: list[tuple[Member, Row]], ev: _Event) -> Row:
    if len(counts) == 1:  # one report: its figure, no range to speak of (the common case)
        m, c = counts[0]
        value = c["value"]
        ev.claims[path] = [_said(m, value, c["qualifier"])]
        ev.ranges[path] = {"low": value, "best": value, "high": value}
        return _count_out(value, c["qualifier"] or "exact")
    cl = [_said(m, c["value"], c["qualifier"]) for m, c in counts]
    ev.claims[path] = cl
    best = _best(cl)
    values = [c["value"] for _, c in counts]
    low, high = min(values), max(values)
    ev.ranges[path] = {"low": low, "best": best["value"], "high": high}
    if low != high:  # the stated values differ
        ev.disputed.append(path)
    return _count_out(best["value"], best["qualifier"] or "exact")


def event_line(members: list[Member]) -> tuple[SortKey, bytes]:
    """The JSON line of the event of `members` (in member-key order) and its sort key."""
    kind = members[0][1]
    ev = _Event()
    record = _merge_attacks(members, ev) if kind == "attack" else _merge_diplomacy(members, ev)
    if len(members) == 1:  # one report (the commonest event): one article, one outlet
        meta = members[0][0]
        event_id = _one_id(member_key(meta[0], kind, members[0][2]))
        articles = sources = 1
    else:
        event_id = event_id_for([member_key(m[0][0], m[1], m[2]) for m in members])
        articles = len({m[0][0] for m in members})
        sources = len({_fold(m[0][1]) if m[0][1] else "?" + m[0][0] for m in members})
    doc = {"event_id": event_id, "type": kind,
           "members": [{"article_id": m[0][0], "type": kind, "index": m[2], "source": m[0][1], "published": m[0][2],
                        "path": m[0][3]} for m in members],
           "record": record, "ranges": ev.ranges, "disputed": ev.disputed,
           "claims": ev.claims, "num_articles": articles, "num_sources": sources}
    date = record["date"]
    when = (date["start"] or date["end"]) if date else None
    if kind == "attack":
        where = ", ".join(loc["name"] for loc in record["locations"])
    else:
        where = record["location"]["name"] if record["location"] else ""
    return (when is None, when or "", where, event_id), dumps(doc) + b"\n"


def _one_id(key: str) -> str:
    """`event_id_for([key])`: the hash of the one key, without sorting and joining a list."""
    return "ev_" + sha1(key.encode("utf-8")).hexdigest()[:16]


def _one_date(m: Member, ev: _Event) -> Optional[Row]:
    """`_merge_dates([m])`: a single report's span is its own (a validated span never ends
    before it starts), its claim the same "start/end" text."""
    d: Optional[Row] = m[3]["date"]
    if not d or not (d["start"] or d["end"]):
        return d
    lo, hi = d["start"] or d["end"], d["end"] or d["start"]
    ev.claims["date"] = [_said(m, f"{lo}/{hi}")]
    return {"start": lo, "end": hi, "text": d["text"], "precision": "day" if lo == hi else "range"}


def _one_attack(m: Member, ev: _Event) -> Row:
    """`_merge_attacks` of one report (about half of all events), without the lists and
    tallies a merge needs: the same fields, claims and ranges in the same order."""
    r = m[3]
    merged: dict[str, Any] = dict.fromkeys(COUNTS)
    for name in COUNTS:
        c = r[name]
        if c is not None:
            value = c["value"]
            ev.claims[name] = [_said(m, value, c["qualifier"])]
            ev.ranges[name] = {"low": value, "best": value, "high": value}
            merged[name] = _count_out(value, c["qualifier"] or "exact")
    weapons = _merge_weapons([m], ev) if r["weapons"] else []
    attacker = r["attacker"] or None
    if attacker:
        ev.claims["attacker"] = [_said(m, attacker)]
    kind = r["kind"]
    if kind != "other":
        ev.claims["kind"] = [_said(m, kind)]
    locations = _merge_locations([r]) if len(r["locations"]) > 1 else list(r["locations"])
    ev.claims["locations"] = [_said(m, [loc["name"] for loc in r["locations"]])]
    date = _one_date(m, ev)
    for part, whole in (("children_killed", "killed"), ("children_injured", "injured")):
        p, w = merged[part], merged[whole]
        if p and w and p["value"] > w["value"]:
            merged[whole] = _count_out(p["value"], "at_least")
    return {"attacker": attacker, "target_country": r["target_country"] or None,
            "kind": kind, "locations": locations, "date": date, "weapons": weapons, "killed": merged["killed"],
            "injured": merged["injured"], "children_killed": merged["children_killed"],
            "children_injured": merged["children_injured"],
            "damage": _union([r], "damage"), "civilian_targeting": r["civilian_targeting"],
            "reported_by": _union([r], "reported_by"),
            "evidence": [], "sources": {}, "support": {}, "optional": False}


def _merge_attacks(members: list[Member], ev: _Event) -> Row:
    if len(members) == 1:
        return _one_attack(members[0], ev)
    recs = [m[3] for m in members]
    merged: dict[str, Any] = dict.fromkeys(COUNTS)
    for name in COUNTS:
        counts = [(m, r[name]) for m, r in zip(members, recs) if r[name] is not None]
        if counts:
            merged[name] = _count_field(name, counts, ev)
    weapons = _merge_weapons(members, ev)
    attacker = _text_field("attacker", [(m, m[3]["attacker"]) for m in members], ev)
    kind = _text_field("kind", [(m, m[3]["kind"]) for m in members if m[3]["kind"] != "other"], ev) or "other"
    locations = _merge_locations(recs)
    ev.claims["locations"] = [_said(m, [loc["name"] for loc in m[3]["locations"]]) for m in members]
    date = _merge_dates(members, ev)
    for part, whole in (("children_killed", "killed"), ("children_injured", "injured")):
        p, w = merged[part], merged[whole]  # best figures of different reports: keep children <= total
        if p and w and p["value"] > w["value"]:
            merged[whole] = _count_out(p["value"], "at_least")
    flags = [r["civilian_targeting"] for r in recs if r["civilian_targeting"] is not None]
    return {"attacker": attacker, "target_country": next((r["target_country"] for r in recs if r["target_country"]), None),
            "kind": kind, "locations": locations, "date": date, "weapons": weapons, "killed": merged["killed"],
            "injured": merged["injured"], "children_killed": merged["children_killed"],
            "children_injured": merged["children_injured"],
            "damage": _union(recs, "damage"), "civilian_targeting": any(flags) if flags else None,
            "reported_by": _union(recs, "reported_by"),
            "evidence": [], "sources": {}, "support": {}, "optional": False}


def _union(recs: list[Row], name: str) -> list[str]:
    """`events.union` of the lists `name` of `recs` (mostly empty: then no work)."""
    lists = [r[name] for r in recs if r[name]]
    if not lists:
        return []
    return union((x for values in lists for x in values), _fold)


def _merge_weapons(members: list[Member], ev: _Event) -> list[Row]:
    groups: dict[tuple[str, str], list[tuple[Member, Row]]] = {}
    for m in members:
        for w in m[3]["weapons"]:
            groups.setdefault((w["type"], _fold(w["model"] or "")), []).append((m, w))
    out = []
    for i, ((wtype, _), ws) in enumerate(groups.items()):
        fields: Row = {"type": wtype, "model": next((w["model"] for _, w in ws if w["model"]), None),
                       "launched": None, "intercepted": None}
        for name in ("launched", "intercepted"):
            counts = [(m, w[name]) for m, w in ws if w[name] is not None]
            if counts:
                fields[name] = _count_field(f"weapons[{i}].{name}", counts, ev)
        launched, intercepted = fields["launched"], fields["intercepted"]
        if launched and intercepted and intercepted["value"] > launched["value"]:  # best figures of two reports
            fields["intercepted"] = _count_out(launched["value"], "up_to")
        out.append(fields)
    return out


def _text_field(name: str, values: list[tuple[Member, Optional[str]]], ev: _Event) -> Optional[str]:
    """Majority value (ties: the first member's); disputed when non-empty values differ."""
    present: list[tuple[Member, str]] = [(m, v) for m, v in values if v]
    if not present:
        return None
    ev.claims[name] = [_said(m, v) for m, v in present]
    if len(present) == 1:
        return present[0][1]
    order = [v for _, v in present]
    if order.count(order[0]) == len(order):  # every report says the same (the common case): no tally
        return order[0]
    tally: dict[str, int] = {}
    for v in order:
        tally[v] = tally.get(v, 0) + 1
    keys = {normalise_actor(v) if name == "attacker" else v for v in order}
    if len(keys) > 1:
        ev.disputed.append(name)
    return max(tally, key=lambda v: (tally[v], -order.index(v)))


def _merge_locations(recs: list[Row]) -> list[Row]:
    seen: dict[tuple[Optional[str], Optional[str], Optional[str], str], Row] = {}
    for r in recs:
        for loc in r["locations"]:
            p = resolve(loc["name"], loc["admin1"], loc["country"], loc["level"])
            seen.setdefault((p.city, p.admin1, p.country, loc["level"]), loc)
    return sorted(seen.values(), key=lambda loc: LEVEL_RANK[loc["level"]])


def _merge_dates(members: list[Member], ev: _Event) -> Optional[Row]:
    spans = [(m, d) for m in members if (d := m[3]["date"]) and (d["start"] or d["end"])]
    if not spans:
        return next((m[3]["date"] for m in members if m[3]["date"]), None)
    ev.claims["date"] = [_said(m, f"{d['start'] or d['end']}/{d['end'] or d['start']}") for m, d in spans]
    starts = [d["start"] or d["end"] for _, d in spans]
    ends = [d["end"] or d["start"] for _, d in spans]
    lo, hi = max(starts), min(ends)
    if lo > hi:  # no common day (vague spans): keep the hull
        lo, hi = min(starts), max(ends)
    same = next((d for _, d in spans if (d["start"] or d["end"]) == lo and (d["end"] or d["start"]) == hi), None)
    return {"start": lo, "end": hi, "text": same["text"] if same else None, "precision": "day" if lo == hi else "range"}


def _merge_diplomacy(members: list[Member], ev: _Event) -> Row:
    recs = [m[3] for m in members]
    kind = _text_field("kind", [(m, m[3]["kind"]) for m in members if m[3]["kind"] != "other"], ev) or "other"
    # the status of the latest report: "planned" talks that a later report says were held
    latest = max(members, key=lambda m: (m[0][2] or "", STATUS_ORDER[m[3]["status"]]))
    ev.claims["status"] = [_said(m, m[3]["status"]) for m in members]
    if len({r["status"] for r in recs}) > 1:
        ev.disputed.append("status")
    parts: dict[str, str] = {}
    for r in recs:
        for p in r["participants"]:
            parts.setdefault(normalise_participant(p), p)
    ev.claims["participants"] = [_said(m, list(m[3]["participants"])) for m in members]
    location = next((r["location"] for r in recs if r["location"]), None)
    date = _one_date(members[0], ev) if len(members) == 1 else _merge_dates(members, ev)
    return {"kind": kind, "participants": list(parts.values()), "location": location, "date": date,
            "status": latest[3]["status"], "outcome": next((r["outcome"] for r in recs if r["outcome"]), None),
            "description": max((r["description"] for r in recs), key=len, default=""),
            "evidence": [], "sources": {}, "support": {}, "optional": False}
