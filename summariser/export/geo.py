"""One record's place as map columns: coordinates, GeoNames id, ISO codes and ACLED precision.

A place is read through the gazetteer with its region and country as qualifiers. When the name
itself is unknown but its region is known, the row takes the region's point at precision 3, as
ACLED codes a place it can only place in its region; otherwise the text stays, unresolved.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..knowledge import gazetteer
from ..knowledge.actors import resolve_actor
from ..knowledge.gazetteer import Place
from .columns import Row

# ACLED precision implied by what the text says the place is ("near X", a district of X: 2).
_LEVEL_PRECISION = {"site": 1, "city": 1, "district": 2, "region": 3, "country": 3}


@lru_cache(maxsize=8192)
def geocode(name: str, admin1: Optional[str], country: Optional[str], level: str) -> Row:
    """The GEO columns (less location_index) for one place of a record."""
    row: Row = {"location": name or None, "location_admin1": admin1, "location_country": country,
           "location_level": level, "resolved": False, "geo_match": None, "place_name": None, "lat": None,
           "lon": None, "geonames_id": None, "country_code": None, "iso3166_2": None, "admin1": None,
           "level": None, "geo_precision": None}
    read_as = level if level in ("region", "country") else None
    place, match = _safe(name, admin1, country, read_as), "name"
    if place is None and admin1:
        place, match = _safe(admin1, None, country, "region"), "admin1"
    if place is None or place.lat is None:
        return row
    region = gazetteer.region(place.admin1) if place.admin1 else None
    precision = gazetteer.precision(place)
    assert precision is not None  # a place always has one
    if match == "name":
        precision = max(precision, _LEVEL_PRECISION.get(level, 1))
    row.update(resolved=True, geo_match=match, place_name=place.name, lat=place.lat, lon=place.lon,
               geonames_id=place.geonames_id, country_code=place.country_code,
               iso3166_2=place.iso3166_2 or (region.iso3166_2 if region else None), admin1=place.admin1,
               level=place.level, geo_precision=3 if match == "admin1" else precision)
    return row


def _safe(name: str, admin1: Optional[str], country: Optional[str], level: Optional[str]) -> Optional[Place]:
    try:
        return gazetteer.geocode(name, admin1, country, level)
    except (ValueError, KeyError):  # a malformed name is an unresolved place, never a failed export
        return None


@lru_cache(maxsize=4096)
def actor_code(mention: Optional[str]) -> Optional[str]:
    """ISO 3166-1 code or organisation id of a country or organisation named in a record."""
    if not mention:
        return None
    found = resolve_actor(mention)
    return found.code if found else None
