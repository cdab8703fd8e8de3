"""The shapes the rules backend's lexicon has always offered, derived from the knowledge data.

`summariser.lexicon` re-exports these names (`Place`, `lookup`, `GAZETTEER_RE`, `COUNTRY_NAMES`,
`ORGANISATIONS`, `WORLD_CITIES`, `country_of`, …) so that code written against the old hand-kept
tables keeps working while the tables themselves live in `data/`: one alias table for the whole
package. `GAZETTEER_RE` is not a regular expression any more but an object with the one method
the rules use, `finditer(text, pos, endpos)`, backed by `gazetteer.find_places` (a regex
alternation over thousands of place names would be slow to compile and to run).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Iterator, Optional

from ..records import LocationLevel
from . import _data, gazetteer
from ._scan import keys

# The attack gazetteer: places in these countries are where strikes are reported.
WAR_COUNTRIES = frozenset({"UA", "RU"})
# City districts are left to the rules' own "X district" patterns, as they always were.
_TOWN_OR_REGION = ("city", "region", "site")
_DISTRICT_AFTER = re.compile(r"\s+(?:district|raion|rayon|neighbou?rhood|microdistrict)s?\b", re.I)
_REGION_WORDS = ("oblast", "oblasts", "region", "regions", "province", "provinces", "krai", "kray", "republic",
                 "territory")  # "the Perm Territory": a krai (gazetteer._KRAI_WORDS)


@dataclass(frozen=True)
class Place:
    name: str
    admin1: str | None
    country: str | None
    level: LocationLevel


@lru_cache(maxsize=1)
def _rules_scope() -> frozenset[str]:
    """Keys of the places the rules' attack gazetteer knows: regions, towns marked `reported` in
    places_extra.yaml and towns of 100,000+. Wider coverage waits for the rules to fold a town into
    the region named just before it (a town they know now becomes a record of its own)."""
    return frozenset(p["key"] for p in _data.load("places.json")["places"]
                     if p["level"] == "region" or p.get("reported") or (p["population"] or 0) >= 100_000)


def _in_scope(p: gazetteer.Place) -> bool:
    return p.level in _TOWN_OR_REGION and (p.country_code not in WAR_COUNTRIES or p.key in _rules_scope())


def _view(p: gazetteer.Place) -> Place:
    return Place(p.name, p.admin1, p.country, LocationLevel(p.level))


def lookup(name: str, suffix: str | None = None) -> Place | None:
    """A gazetteer place for a written name (+ "region" suffix when present); countries are not
    places here (the rules treat them as actors or as the country of a record)."""
    if suffix:
        region = gazetteer.region_by_stem(name)
        return _view(region) if region is not None else None
    found = gazetteer.lookup(name)
    return _view(found) if found is not None and _in_scope(found) else None


# --------------------------------------------------------------------------- GAZETTEER_RE

class PlaceMatch:
    """What the rules read from a gazetteer match: the name, the region word after it, spans."""

    def __init__(self, text: str, start: int, end: int, name: tuple[int, int], suffix: Optional[str],
                 place: gazetteer.Place) -> None:
        self._text, self._start, self._end, self._name, self._suffix = text, start, end, name, suffix
        self.place = place

    def group(self, g: int | str = 0) -> Optional[str]:
        if g == "name":
            return self._text[self._name[0]:self._name[1]]
        if g == "suffix":
            return self._suffix
        return self._text[self._start:self._end]

    def start(self, g: int | str = 0) -> int:
        return self._name[0] if g == "name" else self._start

    def end(self, g: int | str = 0) -> int:
        return self._name[1] if g == "name" else self._end

    def span(self, g: int | str = 0) -> tuple[int, int]:
        return self.start(g), self.end(g)


class _GazetteerScanner:
    """`GAZETTEER_RE.finditer(text, pos, endpos)`: towns and regions of Ukraine and Russia named
    in text[pos:endpos]. A region's name and its region word are split into `name` and `suffix`
    ("Sumy" + " region"); a region named without one ("Kharkiv, Sumy and Poltava regions") gets
    the suffix "region" so that `lookup(name, suffix)` finds the region."""

    pattern = "<summariser.knowledge gazetteer>"

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[PlaceMatch]:
        endpos = min(endpos, len(text))
        for m in gazetteer.find_places(text[pos:endpos]):
            p = m.place
            start, end = pos + m.start, pos + m.end
            if p.country_code in WAR_COUNTRIES and not _in_scope(p) and (town := _town_of_site(text, start, end, p)):
                p, end = town  # "the Engels air base" (a site the rules do not read): the town it is named after
            if p.country_code not in WAR_COUNTRIES or not _in_scope(p):
                continue
            if _DISTRICT_AFTER.match(text, end):
                continue  # "the Oktyabrsky district": a part of a city, left to the rules' district patterns
            yield self._split(text, start, end, p)

    @staticmethod
    def _split(text: str, start: int, end: int, p: gazetteer.Place) -> PlaceMatch:
        words = text[start:end].split()
        if p.level == "region" and len(words) > 2 and words[0].lower() in _REGION_WORDS and words[1] == "of":
            name_start = text.index(words[2], start + len(words[0]) + len(words[1]))
            return PlaceMatch(text, name_start, end, (name_start, end), words[0], p)  # "region of Odesa"
        if p.level == "region" and len(words) > 1 and words[-1].lower() in _REGION_WORDS:
            # the name ends before "region" or a qualifier before it ("the Bryansk border region")
            spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])]
            k = len(spans) - 1
            while k > 1 and words[k - 1].lower() in gazetteer.REGION_QUALIFIERS:
                k -= 1
            name_end = start + spans[k - 1][1]
            return PlaceMatch(text, start, end, (start, name_end), text[name_end:end], p)
        suffix = "region" if p.level == "region" and gazetteer.region_by_stem(text[start:end]) is p \
            and gazetteer.lookup(text[start:end]) is not p else None
        return PlaceMatch(text, start, end, (start, end), suffix, p)


GAZETTEER_RE = _GazetteerScanner()


def _town_of_site(text: str, start: int, end: int, p: gazetteer.Place) -> tuple[gazetteer.Place, int] | None:
    """The in-scope town a site's name opens with ("Engels" of "Engels air base"), and where it ends."""
    if p.level != "site":
        return None
    words = list(re.finditer(r"\S+", text[start:end]))
    for k in range(len(words) - 1, 0, -1):
        town = gazetteer.lookup(text[start:start + words[k - 1].end()])
        if town is not None and town.level == "city" and town.admin1 == p.admin1 and _in_scope(town):
            return town, start + words[k - 1].end()
    return None


# --------------------------------------------------------------------------- tables

@lru_cache(maxsize=1)
def _places() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = _data.load("places.json")["places"]  # parsed JSON: see gazetteer.Place
    return rows


def regions() -> list[tuple[str, str, tuple[str, ...]]]:
    """(admin1, country, stems) of every first-level region of the gazetteer."""
    return [(p["name"], p["country"], tuple(p.get("stems", ()))) for p in _places() if p["level"] == "region"]


def region_only() -> dict[str, tuple[str, str]]:
    """Regions named without a region word ("Crimea", "Donbas") -> (admin1, country)."""
    return {a: (p["name"], p["country"]) for p in _places() if p["level"] == "region" for a in [p["name"], *p["aliases"]]
            if not keys(a)[-1:] or keys(a)[-1] not in _REGION_WORDS}


def cities() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(name, admin1, country, spellings) of the towns of Ukraine and Russia."""
    return [(p["name"], p["admin1"], p["country"], (p["name"], *p["aliases"])) for p in _places()
            if p["level"] in ("city", "site", "district") and p["country_code"] in WAR_COUNTRIES]


def world_cities() -> dict[str, str]:
    """Cities met in diplomacy (capitals and venues outside Ukraine and Russia) -> country; a named
    venue abroad ("the Bürgenstock summit", "talks at Schloss Elmau") is one too (r50)."""
    skip = {n for n in _data.load("places.json")["not_in_text"]}
    cities = {p["name"] for p in _places() if p["level"] == "city"}
    abroad = [p for p in _places() if p["country_code"] not in WAR_COUNTRIES
              and (p["level"] == "city" or p["level"] == "site" and p["admin1"] not in cities)]  # (a palace of a city is the city's)
    return {p["name"]: p["country"] for p in abroad if p["name"] not in skip} | \
        {a: p["country"] for p in abroad if p["geonames_id"] is None for a in p["aliases"]}


def _actors() -> dict[str, Any]:
    table: dict[str, Any] = _data.load("actors.yaml")  # parsed YAML: states, organisations, people
    return table


def _alt(forms: Iterable[str]) -> str:
    """A regex alternation of written forms, longest first, spaces as \\s+."""
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(set(forms), key=lambda f: (-len(f), f)))


def country_names() -> dict[str, str]:
    """regex -> state name: names, aliases, demonyms and capitals as metonyms ("Kremlin")."""
    return {_alt([s["name"], *s.get("aliases", ()), *s.get("demonyms", ()), *s.get("capitals", ())]): s["name"]
            for s in _actors()["states"]}


def demonyms() -> list[str]:
    """Every state's demonyms ("Syrian", "Indian"): the nationality a person is told by."""
    return [d for s in _actors()["states"] for d in s.get("demonyms", ())]


def country_forms() -> dict[str, str]:
    """Each written form of a state (name, alias, demonym, capital) -> the state's name."""
    return {f: s["name"] for s in _actors()["states"]
            for f in (s["name"], *s.get("aliases", ()), *s.get("demonyms", ()), *s.get("capitals", ()))}


def pair_forms() -> dict[str, str]:
    """One-word forms that may stand as a half of a hyphenated pair of sides ("Serbian-Kosovar talks",
    "Sino-Russian summit") -> the state's name: names, aliases and demonyms, and combining forms."""
    states = _actors()["states"]
    forms = {f: s["name"] for s in states for f in (s["name"], *s.get("aliases", ()), *s.get("demonyms", ()))
             if re.fullmatch(r"[A-Z][\w.]*", f)}
    by_code = {s["code"]: s["name"] for s in states}
    forms.update({f: by_code[c] for f, c in _actors().get("combining_forms", {}).items() if c in by_code})
    return forms


def organisation_forms() -> dict[str, str]:
    """Each name or alias of an organisation -> its name."""
    return {f: o["name"] for o in _actors()["organisations"] for f in (o["name"], *o.get("aliases", ()))}


def country_nouns() -> list[str]:
    """Nouns that name a state: its names, aliases and capitals (not demonyms)."""
    return [f for s in _actors()["states"] for f in (s["name"], *s.get("aliases", ()), *s.get("capitals", ()))]


def organisations() -> dict[str, str]:
    """regex -> organisation name: names and aliases."""
    # a name of several words also written hyphenated as a modifier ("a coalition-of-the-willing session"; r19)
    return {_alt([o["name"], *o.get("aliases", ())]).replace(r"\s+", r"[\s-]+"): o["name"] for o in _actors()["organisations"]}


def organisation_seats() -> frozenset[str]:
    """The cities organisations sit in (`actors.yaml` seats and headquarters: "Brussels", "Vienna")."""
    return frozenset(c for o in _actors()["organisations"] for c in (*o.get("seats", ()), *o.get("headquarters", ())))


def seats_by_organisation() -> dict[str, frozenset[str]]:
    """Organisation name -> the cities it sits in ("NATO" -> Brussels; "International Criminal Court" -> The Hague)."""
    return {o["name"]: frozenset((*o.get("seats", ()), *o.get("headquarters", ()))) for o in _actors()["organisations"]}


def country_adjectives() -> dict[str, str]:
    """Lower-case adjective or possessive -> state ("russian", "russia's", "moscow's")."""
    out: dict[str, str] = {}
    for s in _actors()["states"]:
        for form in (s["name"], *s.get("aliases", ()), *s.get("demonyms", ())[:1]):
            out.setdefault(form.lower(), s["name"])
        for form in (s["name"], *s.get("capitals", ())[:1]):
            out.setdefault(form.lower() + "'s", s["name"])
    return out


def capital_aliases(war_only: bool = True) -> dict[str, str]:
    """"Ukraine's capital", "the Russian capital" -> the capital, for the war's countries (or, r46,
    for every state: "a visit to Germany's capital" names Berlin as a venue)."""
    out = {}
    for s in _actors()["states"]:
        if (s["code"] in WAR_COUNTRIES or not war_only) and s.get("capitals"):
            demonym = (s.get("demonyms") or [s["name"]])[0]
            # round 14 (dev26 B4): "fired 12 missiles at the capital of Ukraine" names Kyiv as well
            out[rf"{re.escape(s['name'])}['’]s\s+capital|[Tt]he\s+{re.escape(demonym)}\s+capital"
                rf"|[Tt]he\s+capital\s+of\s+{re.escape(s['name'])}\b"] = s["capitals"][0]
    return out


def host_capitals() -> dict[str, str]:
    """Capitals whose government takes part in talks held there -> the state."""
    hosts = set(_actors().get("hosting_capitals", ()))
    cities_known = {a for p in _places() if p["level"] == "city" for a in (p["name"], *p["aliases"])}
    return {c: s["name"] for s in _actors()["states"] if s["code"] in hosts
            for c in s.get("capitals", ()) if c in cities_known}


def seat_buildings() -> dict[str, str]:
    """Seats of government that are not cities ("the White House", "the Kremlin") -> the city
    they stand in (the state's first capital the gazetteer knows), for the venue of a meeting."""
    cities_known = {a for p in _places() if p["level"] == "city" for a in (p["name"], *p["aliases"])}
    out: dict[str, str] = {}
    for s in _actors()["states"]:
        forms = list(s.get("capitals", ()))
        city = next((c for c in forms if c in cities_known), None)
        for f in forms:  # "The Hague" is a city the gazetteer lacks, not a building
            if city and f not in cities_known and not f.startswith("The "):
                out[re.sub(r"^the\s+", "", f)] = city
    return out


def metonyms() -> set[str]:
    """Capitals of the war's countries that also stand for their governments ("Kyiv says")."""
    return set(host_capitals()) & {c for s in _actors()["states"] if s["code"] in WAR_COUNTRIES
                                   for c in s.get("capitals", ())}
