"""'The capital' written alone (atk7): "killing six people in the capital", "In the capital,
debris fell on a school". It is the capital of the country struck: the one the sentence names as
target, else the opponent of the attacker it names, else the one war capital the article names."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...records import LocationLevel
from .common import Facts, PlaceHit

# the capital told alone (lexicon BARE_CAPITAL, read by grounding too)
_BARE_CAPITAL = lx.BARE_CAPITAL
# the weapons' way to the capital, and the downing that makes it the capital's record
_TOWARDS = re.compile(r"(?:towards|toward|approaching|(?:on\s+(?:the\s+|their\s+)?)?approach|heading|en\s+route)\b", re.I)
_HIT = re.compile(r"\b(?:hit|struck)\b", re.I)  # (the downing words are the lexicon's INTERCEPT_CUES)


def _capitals() -> dict[str, lx.Place]:
    out = {}
    for name in lx.CAPITAL_ALIASES.values():
        place = lx.lookup(name)
        if place is not None and place.country:
            out[place.country] = place
    return out


_CAPITAL_OF = _capitals()


def add_bare_capital(text: str, f: Facts) -> None:
    s = f.sent
    m = _BARE_CAPITAL.search(text, s.start, s.end)
    if m is None:
        return
    if _TOWARDS.match(m.group(0)) and not (lx.INTERCEPT_CUES.search(text, s.start, s.end) or _HIT.search(text, s.start, s.end)):
        return  # "sirens as drones fly towards the capital": an alert, nothing downed or hit (r29)
    capital = _capital_struck(text, f)
    if capital is None or any(p.place.name == capital.name for p in f.places):
        return
    g = next(name for name in ("cap", "subj", "poss") if m.group(name))
    f.places = sorted([*f.places, PlaceHit(capital, m.start(g), m.end(g))], key=lambda p: p.start)


def _capital_struck(text: str, f: Facts) -> lx.Place | None:
    country = f.target_hint if f.target_hint in _CAPITAL_OF else lx.OPPONENT.get(f.attacker or "")
    if country in _CAPITAL_OF:
        return _CAPITAL_OF[country]
    named = [c for c in _CAPITAL_OF.values() if re.search(rf"\b{re.escape(c.name)}\b", text)]
    if len(named) == 1:
        return named[0]
    # round 15: no capital named; the one side of the war whose towns the article names before
    sides = {p.country for m in lx.GAZETTEER_RE.finditer(text, 0, f.sent.start)
             if (p := lx.lookup(m.group("name") or "")) is not None and p.country in _CAPITAL_OF}
    return _CAPITAL_OF[sides.pop()] if not named and len(sides) == 1 else None


def capital_names() -> frozenset[str]:
    """The war capitals' names and the names a capital is spoken of by ("Kyiv", "Kiev", "Moscow")."""
    return frozenset({c.name for c in _CAPITAL_OF.values()} | set(lx.METONYMS))


# Round 14 (dev26 B4): a region's centre told by its office: "the capital of the Kharkiv region",
# "the regional capital of the Sumy oblast", "the Kherson regional capital" (most regions are
# named after their centre town; one that is not, Zakarpattia, resolves to no town and is left)
_REGIONAL_CAPITAL = re.compile(
    r"\b[Tt]he\s+(?:regional\s+)?(?:capital|centre|center)\s+of\s+(?:the\s+)?(?P<stem>[A-Z][\w'’-]+)\s+(?:region|oblast|province)\b"
    r"|\b[Tt]he\s+(?P<stem2>[A-Z][\w'’-]+)\s+regional\s+(?:capital|centre|center)\b")


def regional_capitals(text: str, start: int, end: int) -> list[PlaceHit]:
    """The centre towns of regions told by their office in text[start:end], as place hits."""
    hits = []
    for m in _REGIONAL_CAPITAL.finditer(text, start, end):
        stem = m.group("stem") or m.group("stem2")
        region, town = lx.lookup(stem, "region"), lx.lookup(stem)
        if region is not None and town is not None and town.level is LocationLevel.city and town.admin1 == region.name:
            hits.append(PlaceHit(town, m.start(), m.end()))
    return hits
