"""Lenient similarity: the weighted place/date/actor/kind score the harness first matched on.

Kept beside strict matching (`matching.py`) so that a reader sees how much the old rules
flattered: a pair scoring at least the threshold is a lenient match even when the date is
months off. Also holds the scorer's own name normalisers (`norm_place`, `norm_actor`), used
for field verdicts.

Why the scorer keeps its own normaliser: it must not share code with what it measures, or a
normalisation bug in the extractor would grade itself. Strict *place agreement* is the one
exception: it goes through the gazetteer (`summariser.places.resolve`), because only a
gazetteer knows that a village lies in a region; the backends' own place readers are not used.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Iterable, Optional, Sequence

from ..records import Attack, DateSpan, Diplomacy, Location

ATTACK_THRESHOLD = 0.65
DIPLOMACY_THRESHOLD = 0.55

# --------------------------------------------------------------------------- names

# Spelling variants that war reporting uses for the same place or state. Keys and values
# are already normalised (lower case, no accents); the value is the canonical form.
# Deliberately separate from summariser/places.py (the reconciler's normaliser): the scorer
# must not share code with what it measures, or a normalisation bug would grade itself.
_PLACE_VARIANTS = {
    "kiev": "kyiv", "kharkov": "kharkiv", "odessa": "odesa", "zaporizhia": "zaporizhzhia",
    "zaporozhye": "zaporizhzhia", "zaporizhzhya": "zaporizhzhia", "dnepropetrovsk": "dnipropetrovsk",
    "dnipro": "dnipropetrovsk", "nikolaev": "mykolaiv", "mykolayiv": "mykolaiv", "lvov": "lviv",
    "chernigov": "chernihiv", "sumi": "sumy", "kherson": "kherson", "donetsk": "donetsk",
    "lugansk": "luhansk", "rovno": "rivne", "us": "united states", "usa": "united states",
    "uk": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
    "russian federation": "russia", "u s": "united states", "u k": "united kingdom",
}
# States named by their capital, seat or abbreviation ("Moscow said", "Washington's aid").
_ACTOR_VARIANTS = {
    **_PLACE_VARIANTS,
    "kyiv": "ukraine",
    "us": "united states", "usa": "united states", "u s": "united states", "america": "united states",
    "united states of america": "united states", "washington": "united states",
    "uk": "united kingdom", "u k": "united kingdom", "britain": "united kingdom",
    "great britain": "united kingdom", "london": "united kingdom",
    "russian federation": "russia", "moscow": "russia", "kremlin": "russia",
    "the kremlin": "russia", "paris": "france", "eu": "european union",
    "north atlantic treaty organization": "nato",
}
_DEMONYMS = {
    "russian": "russia", "ukrainian": "ukraine", "american": "united states", "british": "united kingdom",
    "french": "france", "german": "germany", "turkish": "turkey", "belarusian": "belarus",
}
# (r26: a base or airfield named with its town is the town's place: "Ramstein Air Base" is "Ramstein")
_NOISE = re.compile(r"\b(?:the|city|of|oblast|region|province|governorate|krai|district|raion|air base|airbase|airfield|air field)\b")


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"['’`]s\b", "", text)  # "Ukraine's"
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def norm_place(name: Optional[str]) -> str:
    """'Kharkiv Oblast', 'the city of Kharkov' -> 'kharkiv'."""
    if not name:
        return ""
    text = re.sub(r"\s+", " ", _NOISE.sub(" ", _fold(name))).strip()
    return _romanised(_PLACE_VARIANTS.get(text, text))


def _romanised(text: str) -> str:
    """Romanisations of one name made one ("vilniansk"/"vilnyansk", "afipsky"/"afipskiy",
    "kharkiv"/"harkiv"): a run of i/y is one i, kh is h, a doubled letter one. The scorer's own
    copy of the rule (`knowledge/translit.py` is the extractor's)."""
    text = re.sub(r"[iy]+", "i", text.replace("kh", "h").replace("j", "i"))
    return re.sub(r"(\w)\1+", r"\1", text)


def norm_actor(name: Optional[str]) -> str:
    """A state or organisation: 'U.S.', 'Washington', 'American' -> 'united states'."""
    if not name:
        return ""
    text = re.sub(r"\s+", " ", re.sub(r"\bthe\b", " ", _fold(name))).strip()
    text = _DEMONYMS.get(text, text)
    if text.endswith(" government") or text.endswith(" forces") or text.endswith(" military"):
        text = text.rsplit(" ", 1)[0]
        text = _DEMONYMS.get(text, text)
    text = _ACTOR_VARIANTS.get(text, text)
    return _ACTOR_VARIANTS.get(text, text)  # "kiev" -> "kyiv" -> "ukraine"


# --------------------------------------------------------------------------- similarities


def loc_similarity(a: Location, b: Location) -> float:
    """1 same place; 0.8 same name at another level (Kyiv city / Kyiv region); 0.6 a city
    within the other's region; 0.1 same country only; else 0."""
    na, nb = norm_place(a.name), norm_place(b.name)
    if na and na == nb:
        return 1.0 if a.level == b.level else 0.8
    if na and (na == norm_place(b.admin1) or nb == norm_place(a.admin1)):
        return 0.6
    if a.country and b.country and norm_actor(a.country) == norm_actor(b.country):
        return 0.1
    return 0.0


def place_similarity(gold: Sequence[Location], pred: Sequence[Location]) -> float:
    """Best pair of locations; 0.5 (unknown) when either side names none."""
    if not gold or not pred:
        return 0.5 if not gold and not pred else 0.0
    return max(loc_similarity(g, p) for g in gold for p in pred)


def date_bounds(d: Optional[DateSpan]) -> Optional[tuple[dt.date, dt.date]]:
    if d is None:
        return None
    start, end = d.start or d.end, d.end or d.start
    if start is None or end is None:  # both unknown (one known fills the other)
        return None
    return (start, end)


def date_distance(a: Optional[DateSpan], b: Optional[DateSpan]) -> Optional[int]:
    """Days between two date intervals (0 when they overlap); None when either is unknown."""
    ba, bb = date_bounds(a), date_bounds(b)
    if ba is None or bb is None:
        return None
    if ba[1] < bb[0]:
        return (bb[0] - ba[1]).days
    if bb[1] < ba[0]:
        return (ba[0] - bb[1]).days
    return 0


def date_similarity(a: Optional[DateSpan], b: Optional[DateSpan]) -> float:
    d = date_distance(a, b)
    if d is None:
        return 0.5
    return 1.0 if d <= 1 else 0.5 if d <= 3 else 0.0


def _same(a: Optional[str], b: Optional[str]) -> float:
    if not a or not b:
        return 0.5
    return 1.0 if norm_actor(a) == norm_actor(b) else 0.0


def attack_similarity(g: Attack, p: Attack) -> float:
    """Weighted: place 0.45, date 0.2, actors 0.2, kind 0.15. Wrong place alone sinks a pair."""
    actors = (_same(g.attacker, p.attacker) + _same(g.target_country, p.target_country)) / 2
    kind = 1.0 if g.kind == p.kind else 0.0
    return (0.45 * place_similarity(g.locations, p.locations) + 0.2 * date_similarity(g.date, p.date)
            + 0.2 * actors + 0.15 * kind)


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a), set(b)
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


def participants(record: Diplomacy) -> set[str]:
    return {norm_actor(x) for x in record.participants if norm_actor(x)}


def diplomacy_similarity(g: Diplomacy, p: Diplomacy) -> float:
    """Weighted: participants 0.4 (Jaccard; 0.5 when one side names none), kind 0.2, date 0.2, place 0.2."""
    place = 0.5
    if g.location and p.location:
        place = loc_similarity(g.location, p.location)
    kind = 1.0 if g.kind == p.kind else 0.0
    pg, pp = participants(g), participants(p)
    who = jaccard(pg, pp) if pg and pp else 0.5  # nobody named on one side: unknown, like a missing date
    return (0.4 * who + 0.2 * kind
            + 0.2 * date_similarity(g.date, p.date) + 0.2 * place)
