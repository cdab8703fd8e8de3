"""Place and actor names -> comparable keys for the reconciler, driven by the knowledge layer.

The reconciler compares places by key, not by the words an outlet used: "Kharkov", "Kharkiv"
and "Kharkiv, Ukraine" are one city, and a city resolves to its region (admin1) so that "Kharkiv
region" and "Kharkiv" can be recognised as compatible. Actors and participants compare by the
state or organisation they stand for: "Russian forces", "the Kremlin" and "Putin" are Russia.
The names come from `summariser.knowledge` (the gazetteer and the actor dictionary), the one
alias table of the package; this module only turns its answers into lower-case keys.

Keys: a city is its folded name ("kharkiv", "rostov on don"); a region is its folded admin1 name
("kharkiv oblast"; "kyiv" is the capital, a unit of its own, "kyiv oblast" the region around it);
a country or organisation its folded display name ("ukraine", "united states", "nato"). A name
the knowledge layer does not know keys to its folded form without region words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .knowledge import gazetteer, resolve_actor

_REGION_WORDS = re.compile(r"\b(oblast|region|province|governorate|krai|kray|republic of|district|raion|"
                           r"rayon|area|outskirts of|suburbs of|city of|the city|city|town of|town|village of|"
                           r"village|the)\b")
_REGION_PHRASE = re.compile(r"\b(oblast|region|province|krai|kray|governorate)\b")
_PUNCT = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")
_CITY_LEVELS = ("city", "district", "site")


@dataclass(frozen=True)
class Place:
    """A resolved place: `city` is None for region- or country-level mentions."""

    city: Optional[str]
    admin1: Optional[str]
    country: Optional[str]


def fold(name: str) -> str:
    """Lower-case ASCII without accents, apostrophes or punctuation; spaces collapsed."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    text = text.replace("'", "").replace("`", "")
    return _SPACES.sub(" ", _PUNCT.sub(" ", text)).strip()


def _bare(name: str) -> str:
    text = fold(name)
    return _SPACES.sub(" ", _REGION_WORDS.sub(" ", text)).strip() or text


def normalise(name: str) -> str:
    """A spelling-independent key for a place name ("Kharkov region" -> "kharkiv"): the
    gazetteer's name for it without region words, or the folded name when it is unknown."""
    found = gazetteer.lookup(name) if name else None
    return _bare(found.name) if found is not None else _bare(name)


@lru_cache(maxsize=65536)
def resolve(name: str, admin1: Optional[str] = None, country: Optional[str] = None,
            level: str = "city") -> Place:
    """Resolve one mention; explicit admin1/country win over the gazetteer's guess."""
    a1 = _region_key(admin1) if admin1 else None
    ctry = _country_key(country) if country else None
    found = gazetteer.lookup(name) if name else None
    if level == "country" or (found is not None and found.level == "country"):
        return Place(None, None, _country_key(name) if name else ctry)
    if name and (level == "region" or _REGION_PHRASE.search(fold(name)) or
                 (found is not None and found.level == "region")):
        region = gazetteer.region(name)
        if region is not None and region.level == "region" or not a1:  # r50: "Kyiv region" is Kyiv Oblast, whatever
            a1 = fold(region.name) if region is not None else _bare(name)  # short admin1 ("Kyiv", the city's unit) came with it
        return Place(None, a1, ctry or (fold(region.country) if region and region.country else None))
    if level in _CITY_LEVELS and name:
        if admin1 and (found is None or _key(found.admin1) != a1):
            # the town of that name in that region, the region read in any form ("Rivne", "Rivne
            # Oblast", "the Rivne region"): a short form is the region, not its centre city
            found = gazetteer.geocode(name, admin1, country) or gazetteer.geocode(name, admin1) or found
        city = fold(found.name) if found is not None else normalise(name)
        a1 = a1 or (_key(found.admin1) if found is not None else None)
        return Place(city, a1, ctry or (fold(found.country) if found is not None and found.country else None))
    return Place(None, a1, ctry)


def _key(admin1: Optional[str]) -> Optional[str]:
    return fold(admin1) if admin1 else None


@lru_cache(maxsize=4096)
def _region_key(name: str) -> str:
    region = gazetteer.region(name)
    return fold(region.name) if region is not None else _bare(name)


@lru_cache(maxsize=4096)
def _country_key(name: str) -> str:
    found = gazetteer.lookup(name)
    if found is not None and found.level == "country":
        return fold(found.name)
    actor = resolve_actor(name)
    return fold(actor.name) if actor is not None and actor.kind == "state" else _bare(name)


@lru_cache(maxsize=4096)
def normalise_actor(name: Optional[str]) -> Optional[str]:
    """"Russian forces", "Russia's army" and "Moscow" all mean the state actor Russia."""
    if not name:
        return None
    actor = resolve_actor(name)
    return fold(actor.name) if actor is not None else fold(name)


@lru_cache(maxsize=16384)
def normalise_participant(name: str) -> str:
    """One key per party: "the U.S." / "Washington" -> "united states"; "French officials" ->
    "france"; "Zelensky" -> "ukraine". Unknown names key to their folded form without "the"."""
    actor = resolve_actor(name)
    if actor is not None:
        return fold(actor.name)
    return re.sub(r"^the ", "", fold(name))
