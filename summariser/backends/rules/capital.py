"""'The capital' written alone (atk7): "killing six people in the capital", "In the capital,
debris fell on a school". It is the capital of the country struck: the one the sentence names as
target, else the opponent of the attacker it names, else the one war capital the article names."""

from __future__ import annotations

import re

from ... import lexicon as lx
from .common import Facts, PlaceHit

# "in the capital", "struck the capital": the capital as the place hit; not "the capital of X"
# (a capital named), "the capital region" or a demonym's capital (lexicon CAPITAL_ALIASES reads those)
_BARE_CAPITAL = re.compile(
    r"\b(?:in|on|at|over|across|around|near|outside|struck|hit|targeted|attacked|pounded|battered|shelled|rocked)\s+"
    r"(?P<cap>the\s+capital)\b(?!\s+(?:of|city\s+of|region|oblast)\b)", re.I)


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
    capital = _capital_struck(text, f)
    if capital is None or any(p.place.name == capital.name for p in f.places):
        return
    f.places = sorted([*f.places, PlaceHit(capital, m.start("cap"), m.end("cap"))], key=lambda p: p.start)


def _capital_struck(text: str, f: Facts) -> lx.Place | None:
    country = f.target_hint if f.target_hint in _CAPITAL_OF else lx.OPPONENT.get(f.attacker or "")
    if country in _CAPITAL_OF:
        return _CAPITAL_OF[country]
    named = [c for c in _CAPITAL_OF.values() if re.search(rf"\b{re.escape(c.name)}\b", text)]
    return named[0] if len(named) == 1 else None


def capital_names() -> frozenset[str]:
    """The war capitals' names and the names a capital is spoken of by ("Kyiv", "Kiev", "Moscow")."""
    return frozenset({c.name for c in _CAPITAL_OF.values()} | set(lx.METONYMS))
