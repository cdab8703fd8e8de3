"""Nightly figures: per day, launched and intercepted per weapon type and killed/injured.

From the reconciled events (each real-world event once, its best figures); without events, from
the records, where one strike told by two articles counts twice. An event's day is the day its
date span ends (an overnight strike is counted on the morning it ended). Weapon types stay in
their own columns: drones and missiles are never added together.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from ..records import WeaponType
from .columns import Column, Row
from .tables import EventsIn, RecordsIn, build

TYPES = [t.value for t in WeaponType]
DAILY: list[Column] = [("day", "date", "the day the event's date span ends"),
                       ("events", "int", "attack events (or records) on that day")] + [
    c for t in TYPES for c in ((f"launched_{t}", "int", f"{t.replace('_', ' ')}s launched"),
                               (f"intercepted_{t}", "int", f"{t.replace('_', ' ')}s intercepted"))] + [
    ("killed", "int", "killed, sum of the events' best figures"), ("injured", "int", "injured, likewise")]


def daily(records: RecordsIn, events: EventsIn = None) -> list[Row]:
    """One row per day that has a dated attack, in date order (columns: DAILY)."""
    t = build(records, events)
    if events is not None:
        heads = [(e["event_id"], e["date_end"] or e["date_start"], e["killed_best"], e["injured_best"])
                 for e in t["events"] if e["type"] == "attack"]
        arms = [(w["event_id"], w["type"], w["launched_best"], w["intercepted_best"]) for w in t["event_weapons"]]
    else:
        heads = [(a["record_id"], a["date_end"] or a["date_start"], a["killed"], a["injured"]) for a in t["attacks"]]
        arms = [(w["record_id"], w["type"], w["launched"], w["intercepted"]) for w in t["weapons"]]
    day_of = {key: day for key, day, _, _ in heads if day}
    rows: dict[dt.date, Row] = {}
    for key, day, killed, injured in heads:
        if day:
            row = rows.setdefault(day, {name: None for name, _, _ in DAILY} | {"day": day, "events": 0})
            row["events"] += 1
            _add(row, "killed", killed)
            _add(row, "injured", injured)
    for key, wtype, launched, intercepted in arms:
        if key in day_of:
            _add(rows[day_of[key]], f"launched_{wtype}", launched)
            _add(rows[day_of[key]], f"intercepted_{wtype}", intercepted)
    return [rows[d] for d in sorted(rows)]


def _add(row: Row, name: str, value: Optional[int]) -> None:
    if value is not None:
        row[name] = (row[name] or 0) + value
