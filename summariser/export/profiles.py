"""Column profiles: the native tables re-shaped under ACLED's and UCDP's field names.

`acled(tables)` is one row per event-location with ACLED's event types: missile strikes and
shelling are "Shelling/artillery/missile attack"; drone and glide-bomb strikes "Air/drone strike";
interceptions reported with no casualties and no damage "Disrupted weapons use"; agreements and
prisoner exchanges "Agreement", other diplomacy "Other" (both "Strategic developments").
`ucdp(tables)` is one row per reconciled event (or per record without events) with
best/low/high deaths. Both keep `record_id`/`event_id` so they join to the native tables.
"""

from __future__ import annotations

from typing import Optional

from .columns import Column, Row
from .tables import Tables

VIOLENCE, DEVELOPMENTS = "Political violence", "Strategic developments"
EXPLOSIONS = "Explosions/Remote violence"
SHELLING, AIR = "Shelling/artillery/missile attack", "Air/drone strike"
# attack kind -> ACLED sub-event type; "other" is decided by its weapons
SUB_EVENT = {"missile_strike": SHELLING, "shelling_artillery": SHELLING, "drone_and_missile": SHELLING,
             "air_drone_strike": AIR, "glide_bomb": AIR}
_AIR_WEAPONS = {"drone", "decoy_drone", "glide_bomb"}
AGREEMENTS = {"agreement", "prisoner_exchange"}
# ACLED time_precision: 1 the day, 2 a week or a few days, 3 a month or vaguer
_TIME_PRECISION = {"day": 1, "range": 2, "week": 2, "month": 3, "year": 3, "unknown": 3}

ACLED: list[Column] = [
    ("event_id_cnty", "str", "record_id + '-' + location_index: one id per event-location"),
    ("record_id", "str", "the record (join to the native tables); several rows share it"),
    ("event_date", "date", "the earliest date (date_start; else the publication date)"),
    ("year", "int", "year of event_date"),
    ("time_precision", "int", "1 the day, 2 a range of days or a week, 3 a month or vaguer"),
    ("disorder_type", "str", "Political violence | Strategic developments"),
    ("event_type", "str", "Explosions/Remote violence | Strategic developments"),
    ("sub_event_type", "str", "Shelling/artillery/missile attack | Air/drone strike | Disrupted weapons use | "
                              "Agreement | Other"),
    ("actor1", "str", "attacker (attacks) or first participant (diplomacy)"),
    ("actor2", "str", "country attacked (attacks) or the other participants (diplomacy)"),
    ("civilian_targeting", "str", "'Civilian targeting' when the text says civilians were the target"),
    ("iso", "str", "ISO 3166-1 alpha-2 of the place's country (ACLED's own column is numeric)"),
    ("country", "str", "country of the place (gazetteer code's country; else as written)"),
    ("admin1", "str", "first-level region"),
    ("iso3166_2", "str", "ISO 3166-2 code of the region"),
    ("location", "str", "the place as written"),
    ("latitude", "float", "latitude"),
    ("longitude", "float", "longitude"),
    ("geo_precision", "int", "1 town, 2 near it or district, 3 region or larger"),
    ("geonames_id", "int", "GeoNames id"),
    ("source", "str", "outlet"),
    ("notes", "str", "what was hit / the diplomacy description"),
    ("fatalities", "int", "killed, on the first row of a record only (ACLED: 0 when none reported)"),
    ("fatalities_qualifier", "str", "how the toll was stated (exact, at_least, about, ...)"),
    ("tags", "str", "weapon types, ';'-separated"),
]

UCDP: list[Column] = [
    ("id", "str", "event_id (reconciled events) or record_id (records without events)"),
    ("date_start", "date", "earliest date"),
    ("date_end", "date", "latest date"),
    ("type_of_violence", "int", "1 state-based (every attack is coded so; diplomacy is left out)"),
    ("side_a", "str", "attacker"),
    ("where_coordinates", "str", "the places, '; '-separated"),
    ("best", "int", "best estimate of deaths (the reconciler's best)"),
    ("low", "int", "lowest figure any source gave"),
    ("high", "int", "highest figure any source gave"),
    ("deaths_qualifier", "str", "how the best figure was stated ('at least' keeps high open)"),
    ("number_of_sources", "int", "distinct outlets"),
    ("record_ids", "str", "the records, ';'-separated"),
]


def acled_types(row: Row) -> tuple[str, str, str]:
    """(disorder_type, event_type, sub_event_type) of one locations row."""
    if row["record_type"] == "diplomacy":
        return DEVELOPMENTS, DEVELOPMENTS, "Agreement" if row["kind"] in AGREEMENTS else "Other"
    if row.get("_intercepted_only"):
        return DEVELOPMENTS, DEVELOPMENTS, "Disrupted weapons use"
    sub = SUB_EVENT.get(row["kind"])
    if sub is None:
        types = set((row["weapon_types"] or "").split(";")) - {""}
        sub = AIR if types and types <= _AIR_WEAPONS else SHELLING
    return VIOLENCE, EXPLOSIONS, sub


def _intercepted_only(tables: Tables) -> set[str]:
    """Attacks whose text reports interceptions and no casualties or damage."""
    hit = {a["record_id"] for a in tables["attacks"] if any(a[n] for n in ("killed", "injured"))}
    hit |= {r["record_id"] for r in tables["locations"] if r["damage"]}
    downed = {w["record_id"] for w in tables["weapons"] if w["intercepted"]}
    return downed - hit


def acled(tables: Tables) -> list[Row]:
    quiet = _intercepted_only(tables)
    out = []
    for r in tables["locations"]:
        when = r["date_start"] or r["date_end"] or r["published"]
        disorder, event, sub = acled_types({**r, "_intercepted_only": r["record_id"] in quiet})
        others = (r["participants"] or "").split(";")
        attack = r["record_type"] == "attack"
        out.append({
            "event_id_cnty": f"{r['record_id']}-{r['location_index']}", "record_id": r["record_id"],
            "event_date": when, "year": when.year if when else None,
            "time_precision": _TIME_PRECISION.get(r["date_precision"] or "unknown", 3),
            "disorder_type": disorder, "event_type": event, "sub_event_type": sub,
            "actor1": r["attacker"] if attack else (others[0] or None),
            "actor2": r["target_country"] if attack else (";".join(others[1:]) or None),
            "civilian_targeting": "Civilian targeting" if r["civilian_targeting"] else None,
            "iso": r["country_code"], "country": _country(r), "admin1": r["admin1"] or r["location_admin1"],
            "iso3166_2": r["iso3166_2"], "location": r["location"], "latitude": r["lat"], "longitude": r["lon"],
            "geo_precision": r["geo_precision"], "geonames_id": r["geonames_id"], "source": r["source"],
            "notes": r["damage"] if attack else r["description"],
            "fatalities": (r["killed"] or 0) if r["tolls_on_row"] or not attack else None,
            "fatalities_qualifier": r["killed_qualifier"], "tags": r["weapon_types"],
        })
    return out


def _country(row: Row) -> Optional[str]:
    if row["country_code"]:
        from ..knowledge import gazetteer

        place = gazetteer.country(row["country_code"])
        if place is not None:
            return place.name
    written: Optional[str] = row["location_country"]
    return written


def ucdp(tables: Tables) -> list[Row]:
    """One row per reconciled attack event; without events, one per attack record."""
    if tables["events"]:
        return [{"id": e["event_id"], "date_start": e["date_start"], "date_end": e["date_end"], "type_of_violence": 1,
                 "side_a": e["attacker"], "where_coordinates": e["places"], "best": e["killed_best"],
                 "low": e["killed_low"], "high": e["killed_high"], "deaths_qualifier": e["killed_qualifier"],
                 "number_of_sources": e["num_sources"], "record_ids": e["record_ids"]}
                for e in tables["events"] if e["type"] == "attack"]
    return [{"id": a["record_id"], "date_start": a["date_start"], "date_end": a["date_end"], "type_of_violence": 1,
             "side_a": a["attacker"], "where_coordinates": a["places"], "best": a["killed"], "low": a["killed"],
             "high": a["killed"], "deaths_qualifier": a["killed_qualifier"], "number_of_sources": 1,
             "record_ids": a["record_id"]} for a in tables["attacks"]]


PROFILES = {"acled": (ACLED, acled), "ucdp": (UCDP, ucdp)}
