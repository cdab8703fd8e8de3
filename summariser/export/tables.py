"""Records and reconciled events as flat tables, one dict per row (columns: `columns.py`).

`build(records, events)` returns every table. One row of `locations` is one event-location as
ACLED codes it: an attack on two regions is two rows of one `record_id`. Tolls stay with the
record: they sit on its first row only (`tolls_on_row`), so a column sum counts each record once.
Weapons keep one row per type; counts are never added up across types.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Optional, Sequence, Union

from ..records import COUNT_FIELDS, Attack, Count, DateSpan, Diplomacy, Extraction, Location
from . import columns
from .columns import Row
from .geo import actor_code, geocode

if TYPE_CHECKING:  # imported at run time only when events are given
    from ..reconciler import Event

Tables = dict[str, list[Row]]
# What `build` reads: Extraction objects or their JSON dicts; Event objects or theirs
RecordsIn = Iterable[Union[Extraction, Mapping[str, Any]]]
EventsIn = Optional[Iterable[Union["Event", Mapping[str, Any]]]]


def as_extractions(records: RecordsIn) -> list[Extraction]:
    """Extractions from Extraction objects or their JSON dicts (as `summarise extract` writes)."""
    return [r if isinstance(r, Extraction) else Extraction.model_validate(r) for r in records]


def as_events(events: EventsIn) -> list[Event]:
    from ..reconciler import Event  # only when events are given: the reconciler is heavy

    return [e if isinstance(e, Event) else Event.model_validate(e) for e in (events or ())]


def record_id(article_id: str, record: Union[Attack, Diplomacy]) -> str:
    """Article id + a hash of the record's content: the same record gets the same id on any run."""
    body = json.dumps(record.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    kind = "a" if isinstance(record, Attack) else "d"
    return f"{article_id}-{kind}{hashlib.sha256(body.encode('utf-8')).hexdigest()[:12]}"


def record_ids(ext: Extraction) -> dict[tuple[str, int], str]:
    """(type, index) -> record_id for one article; a repeated record gets a "-2" suffix."""
    out: dict[tuple[str, int], str] = {}
    seen: set[str] = set()
    by_type: tuple[tuple[str, Sequence[Attack | Diplomacy]], ...] = (
        ("attack", ext.attacks), ("diplomacy", ext.diplomacy))
    for rtype, recs in by_type:
        for i, rec in enumerate(recs):
            rid, n = record_id(ext.article.id, rec), 1
            while rid in seen:
                n += 1
                rid = f"{record_id(ext.article.id, rec)}-{n}"
            seen.add(rid)
            out[(rtype, i)] = rid
    return out


def build(records: RecordsIn, events: EventsIn = None) -> Tables:
    """Every table: locations, attacks, weapons, diplomacy, and with events also events,
    event_weapons and claims (empty without them)."""
    exts = as_extractions(records)
    tables: Tables = {name: [] for name in columns.TABLES}
    ids: dict[tuple[str, str, int], str] = {}
    for ext in exts:
        for (rtype, i), rid in record_ids(ext).items():
            ids[(ext.article.id, rtype, i)] = rid
            if rtype == "attack":
                _attack(tables, ext, i, rid)
            else:
                _diplomacy(tables, ext, i, rid)
    for ev in as_events(events):
        _event(tables, ev, ids)
    return tables


def _join(values: Iterable[Optional[str]]) -> Optional[str]:
    text = ";".join(v for v in values if v)
    return text or None


def _count(row: Row, name: str, count: Optional[Count]) -> None:
    row[name] = count.value if count else None
    row[f"{name}_qualifier"] = count.qualifier.value if count else None


def _base(ext: Extraction, rtype: str, i: int, rid: str) -> Row:
    a = ext.article
    return {"record_id": rid, "record_type": rtype, "record_index": i, "article_id": a.id, "source": a.source,
            "published": a.published}


def _dates(row: Row, date: Optional[DateSpan]) -> None:
    row["date_start"] = date.start if date else None
    row["date_end"] = date.end if date else None


def _places(row: Row, locations: Sequence[Location]) -> list[Row]:
    """One row per place (one row with an empty place when the record names none)."""
    out = []
    places: Sequence[Optional[Location]] = locations or [None]
    for k, loc in enumerate(places):
        geo = geocode(loc.name, loc.admin1, loc.country, loc.level.value) if loc else geocode("", None, None, "")
        out.append({**row, "location_index": k, **geo})
    return out


def _attack(tables: Tables, ext: Extraction, i: int, rid: str) -> None:
    a: Attack = ext.attacks[i]
    base = _base(ext, "attack", i, rid)
    shared: Row = {**base, "kind": a.kind.value, "attacker": a.attacker, "attacker_code": actor_code(a.attacker),
              "target_country": a.target_country, "target_country_code": actor_code(a.target_country)}
    _dates(shared, a.date)
    row = dict(shared, places="; ".join(loc.name for loc in a.locations) or None, num_locations=len(a.locations),
               civilian_targeting=a.civilian_targeting)
    for name in COUNT_FIELDS:
        _count(row, name, getattr(a, name))
    tables["attacks"].append(_only(row, columns.ATTACKS))
    loc_row = dict(row, date_precision=a.date.precision.value if a.date else None,
                   weapon_types=_join(dict.fromkeys(w.type.value for w in a.weapons)),
                   damage=_join(a.damage), reported_by=_join(a.reported_by), optional=a.optional)
    for k, place_row in enumerate(_places(loc_row, a.locations)):
        place_row["tolls_on_row"] = k == 0
        if k:
            for name in COUNT_FIELDS:
                place_row[name] = place_row[f"{name}_qualifier"] = None
        tables["locations"].append(_only(place_row, columns.LOCATIONS))
    for k, w in enumerate(a.weapons):
        wrow: Row = {"record_id": rid, "article_id": ext.article.id, "weapon_index": k, "type": w.type.value,
                "model": w.model}
        _count(wrow, "launched", w.launched)
        _count(wrow, "intercepted", w.intercepted)
        tables["weapons"].append(wrow)


def _diplomacy(tables: Tables, ext: Extraction, i: int, rid: str) -> None:
    d: Diplomacy = ext.diplomacy[i]
    row: Row = {**_base(ext, "diplomacy", i, rid), "kind": d.kind.value, "status": d.status.value,
           "participants": _join(d.participants), "participant_codes": _join(actor_code(p) for p in d.participants),
           "place": d.location.name if d.location else None, "outcome": d.outcome, "description": d.description}
    _dates(row, d.date)
    tables["diplomacy"].append(_only(row, columns.DIPLOMACY))
    loc_row = dict(row, date_precision=d.date.precision.value if d.date else None, tolls_on_row=False,
                   optional=d.optional)
    for place_row in _places(loc_row, [d.location] if d.location else []):
        tables["locations"].append(_only(place_row, columns.LOCATIONS))


def _only(row: Row, cols: list[columns.Column]) -> Row:
    """The row with exactly the table's columns, in dictionary order (absent ones empty)."""
    return {name: row.get(name) for name, _, _ in cols}


def _ranges(row: Row, ev: Event, path: str, name: str, best_count: Optional[Count]) -> None:
    r = ev.ranges.get(path)
    low_best_high: tuple[Optional[int], ...] = (r.low, r.best, r.high) if r else (None,) * 3
    row[f"{name}_low"], row[f"{name}_best"], row[f"{name}_high"] = low_best_high
    row[f"{name}_qualifier"] = best_count.qualifier.value if best_count else None


def _event(tables: Tables, ev: Event, ids: dict[tuple[str, str, int], str]) -> None:
    rec = ev.record
    member_ids = [ids.get((m.article_id, m.type, m.index)) for m in ev.members]
    row: Row = {"event_id": ev.event_id, "type": ev.type, "kind": rec.kind.value, "num_articles": ev.num_articles,
           "num_sources": ev.num_sources, "record_ids": _join(member_ids), "disputed": _join(ev.disputed)}
    _dates(row, rec.date)
    if isinstance(rec, Attack):
        row.update(places="; ".join(loc.name for loc in rec.locations) or None, attacker=rec.attacker)
        for name in COUNT_FIELDS:
            _ranges(row, ev, name, name, getattr(rec, name))
        for k, w in enumerate(rec.weapons):
            wrow: Row = {"event_id": ev.event_id, "weapon_index": k, "type": w.type.value, "model": w.model}
            for part in ("launched", "intercepted"):
                _ranges(wrow, ev, f"weapons[{k}].{part}", part, getattr(w, part))
            tables["event_weapons"].append(_only(wrow, columns.EVENT_WEAPONS))
    else:
        row["places"] = rec.location.name if rec.location else None
    tables["events"].append(_only(row, columns.EVENTS))
    by_member = {(m.article_id, m.index): rid for m, rid in zip(ev.members, member_ids)}
    for field, claims in ev.claims.items():
        for c in claims:
            value = ";".join(map(str, c.value)) if isinstance(c.value, list) else c.value
            tables["claims"].append({"event_id": ev.event_id, "field": field,
                                     "record_id": by_member.get((c.article_id, c.index)), "article_id": c.article_id,
                                     "source": c.source, "published": c.published,
                                     "value": None if value is None else str(value), "qualifier": c.qualifier})
