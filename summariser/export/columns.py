"""The column dictionary: every exported table's columns, their types and what each means.

One list per table, `(name, type, meaning)`; types are str | int | float | bool | date. The
writers build Parquet and DuckDB schemas from these types, `docs/analysts.md` prints them, and a
test checks every row carries exactly these columns, so the dictionary cannot drift from the data.
"""

from __future__ import annotations

from typing import Any

Column = tuple[str, str, str]
# One table row: column -> value, each value of its column's type (str | int | float | bool | date) or None
Row = dict[str, Any]

_COUNT = ("killed", "injured", "children_killed", "children_injured")


def _counts(note: str) -> list[Column]:
    out: list[Column] = []
    for name in _COUNT:
        words = name.replace("_", " ")
        out += [(name, "int", f"{words} as reported{note}"),
                (f"{name}_qualifier", "str", f"how {words} was stated: exact | at_least | more_than | about | up_to")]
    return out


_SOURCE: list[Column] = [
    ("record_id", "str", "stable id of the record: article id + hash of the record's content"),
    ("record_type", "str", "attack | diplomacy"),
    ("record_index", "int", "position of the record in its article's attacks or diplomacy list"),
    ("article_id", "str", "id of the article the record was read from"),
    ("source", "str", "outlet that published the article"),
    ("published", "date", "publication date of the article"),
]

GEO: list[Column] = [
    ("location_index", "int", "position of this place in the record's list of places (0 = first)"),
    ("location", "str", "the place as the text names it"),
    ("location_admin1", "str", "the region the record gives for the place, as written"),
    ("location_country", "str", "the country the record gives for the place, as written"),
    ("location_level", "str", "what the record says the place is: site | district | city | region | country"),
    ("resolved", "bool", "true when the place was found in the gazetteer and has coordinates"),
    ("geo_match", "str", "what was found: name (the place itself) | admin1 (only its region) | empty"),
    ("place_name", "str", "the gazetteer's name of the place found"),
    ("lat", "float", "latitude, WGS84 degrees"),
    ("lon", "float", "longitude, WGS84 degrees"),
    ("geonames_id", "int", "GeoNames id of the place found (empty for places GeoNames lacks)"),
    ("country_code", "str", "ISO 3166-1 alpha-2 code of the place's country"),
    ("iso3166_2", "str", "ISO 3166-2 code of the place's first-level region (oblast, Russian subject)"),
    ("admin1", "str", "the gazetteer's name of that region"),
    ("level", "str", "the gazetteer's level of the place found: site | district | city | region | country"),
    ("geo_precision", "int", "ACLED geo-precision: 1 the town or site itself, 2 near it or a district, "
                             "3 only the region or larger"),
]

LOCATIONS: list[Column] = _SOURCE + GEO + [
    ("kind", "str", "attack kind (missile_strike, air_drone_strike, ...) or diplomacy kind (talks, ...)"),
    ("date_start", "date", "earliest date the event can have happened"),
    ("date_end", "date", "latest date the event can have happened"),
    ("date_precision", "str", "day | range | week | month | year | unknown"),
    ("attacker", "str", "who attacked, as written (attacks)"),
    ("attacker_code", "str", "ISO 3166-1 code or organisation id of the attacker"),
    ("target_country", "str", "country attacked, as written (attacks)"),
    ("target_country_code", "str", "ISO 3166-1 code of the country attacked"),
    ("weapon_types", "str", "weapon types the record names, ';'-separated (counts: the weapons table)"),
    ("tolls_on_row", "bool", "true on the one row of each attack that carries its tolls (its first place); "
                             "summing a toll column over rows with this flag gives each record once"),
] + _counts(" (only on the row where tolls_on_row is true; empty elsewhere)") + [
    ("civilian_targeting", "bool", "the text says civilians were the target"),
    ("damage", "str", "what was hit, ';'-separated"),
    ("reported_by", "str", "who gave the figures, ';'-separated"),
    ("participants", "str", "diplomacy: who took part, ';'-separated"),
    ("participant_codes", "str", "diplomacy: their ISO 3166-1 codes or organisation ids, ';'-separated"),
    ("status", "str", "diplomacy: held | planned | ongoing | proposed | stalled | cancelled"),
    ("description", "str", "diplomacy: one-line description"),
    ("optional", "bool", "gold only: a debatable record"),
]

ATTACKS: list[Column] = _SOURCE + [
    ("kind", "str", "missile_strike | air_drone_strike | drone_and_missile | shelling_artillery | glide_bomb | other"),
    ("attacker", "str", "who attacked, as written"),
    ("attacker_code", "str", "ISO 3166-1 code or organisation id of the attacker"),
    ("target_country", "str", "country attacked, as written"),
    ("target_country_code", "str", "ISO 3166-1 code of the country attacked"),
    ("places", "str", "the places, '; '-separated (one row each: the locations table)"),
    ("num_locations", "int", "how many places the record names"),
    ("date_start", "date", "earliest date"),
    ("date_end", "date", "latest date"),
] + _counts("") + [
    ("civilian_targeting", "bool", "the text says civilians were the target"),
]

WEAPONS: list[Column] = [
    ("record_id", "str", "the attack record this weapon belongs to"),
    ("article_id", "str", "id of the article"),
    ("weapon_index", "int", "position of the weapon in the record"),
    ("type", "str", "drone | decoy_drone | cruise_missile | ballistic_missile | missile | glide_bomb | artillery | other"),
    ("model", "str", "model named in the text (Shahed, Iskander-M, ...)"),
    ("launched", "int", "how many were launched (never summed across types)"),
    ("launched_qualifier", "str", "how launched was stated"),
    ("intercepted", "int", "how many were shot down or jammed"),
    ("intercepted_qualifier", "str", "how intercepted was stated"),
]

DIPLOMACY: list[Column] = _SOURCE + [
    ("kind", "str", "talks | summit | meeting | visit | phone_call | statement | proposal | agreement | ..."),
    ("status", "str", "held | planned | ongoing | proposed | stalled | cancelled"),
    ("participants", "str", "who took part, ';'-separated"),
    ("participant_codes", "str", "ISO 3166-1 codes or organisation ids, ';'-separated"),
    ("place", "str", "where, as written (its coordinates: the locations table)"),
    ("date_start", "date", "earliest date"),
    ("date_end", "date", "latest date"),
    ("outcome", "str", "outcome, when stated"),
    ("description", "str", "one-line description"),
]

_RANGE = [("low", "lowest figure any source gave"), ("best", "the reconciler's best figure (latest report; "
          "among equally recent ones the lowest)"), ("high", "highest figure any source gave")]


def _ranges(name: str) -> list[Column]:
    return [(f"{name}_{part}", "int", f"{name.replace('_', ' ')}: {doc}") for part, doc in _RANGE] + [
        (f"{name}_qualifier", "str", f"how the best figure of {name.replace('_', ' ')} was stated")]


EVENTS: list[Column] = [
    ("event_id", "str", "stable id of the reconciled event"),
    ("type", "str", "attack | diplomacy"),
    ("kind", "str", "attack or diplomacy kind"),
    ("date_start", "date", "earliest date"),
    ("date_end", "date", "latest date"),
    ("places", "str", "the places, '; '-separated"),
    ("attacker", "str", "who attacked (majority of the sources)"),
    ("num_articles", "int", "articles that reported it"),
    ("num_sources", "int", "distinct outlets that reported it"),
    ("record_ids", "str", "the records merged into it, ';'-separated (join: locations.record_id)"),
] + [c for name in _COUNT for c in _ranges(name)] + [
    ("disputed", "str", "fields the sources disagree on, ';'-separated"),
]

EVENT_WEAPONS: list[Column] = [
    ("event_id", "str", "the reconciled event"),
    ("weapon_index", "int", "position of the weapon in the event"),
    ("type", "str", "weapon type"),
    ("model", "str", "model"),
] + _ranges("launched") + _ranges("intercepted")

CLAIMS: list[Column] = [
    ("event_id", "str", "the reconciled event"),
    ("field", "str", "the field claimed: killed, weapons[0].launched, attacker, date, locations, ..."),
    ("record_id", "str", "the record that made the claim"),
    ("article_id", "str", "its article"),
    ("source", "str", "the outlet"),
    ("published", "date", "publication date"),
    ("value", "str", "the value claimed (numbers as text; lists ';'-separated)"),
    ("qualifier", "str", "how a number was stated"),
]

EVENT_TABLES = ("events", "event_weapons", "claims")  # need the reconciled events
TABLES: dict[str, list[Column]] = {
    "locations": LOCATIONS, "attacks": ATTACKS, "weapons": WEAPONS, "diplomacy": DIPLOMACY,
    "events": EVENTS, "event_weapons": EVENT_WEAPONS, "claims": CLAIMS,
}
