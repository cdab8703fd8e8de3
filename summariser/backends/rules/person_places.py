"""Gazetteer names that are people or governments, not places hit: an official whose surname
spells a town ("Oleg Nikolayev", "Governor Ivan Sumy", later "Nikolayev said") and a capital
named as a regime ("the Kyiv regime"). The given names and regime words live in
`knowledge/data/cues/anchoring.yaml`."""

from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicon as lx
from ...knowledge import cues
from ...sentences import Sentence

_GIVEN = cues.alternation("anchoring", "given_names")
# A given name (or an initial) right before the name: "Oleg Nikolayev", "O. Nikolayev".
_GIVEN_BEFORE = re.compile(rf"(?:\b(?:{_GIVEN})|\b[A-Z]\.)\s+$")
# The name speaks: "Nikolayev said", "Nikolayev wrote on Telegram" (a town does not speak).
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|told|wrote|writes|added|stated|announced|reported\s+that)\b")
# Where a name stands as a place even when it is a surname elsewhere: "shelling in Nikolayev",
# "residents of Kharkiv said".
_STRICT_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|near|at|over|outside|around|across|of|struck|hit|attacked|shelled|targeted)\s+(?:the\s+)?$",
    re.I)
_REGIME_AFTER = re.compile(rf"\s+(?:{cues.alternation('anchoring', 'regime_after')})\b", re.I)


@lru_cache(maxsize=8)
def _surnames(text: str) -> frozenset[str]:
    """The gazetteer names the article writes after a given name: its officials' surnames."""
    found = set()
    for m in re.finditer(rf"\b(?:{_GIVEN})\s+(?P<name>[A-Z][\w'’-]+)", text):
        if lx.lookup(m.group("name")) is not None:
            found.add(m.group("name"))
    return frozenset(found)


def names_a_government(text: str, end: int) -> bool:
    """Whether the gazetteer name ending at `end` is a capital named as a regime ("the Kyiv regime")."""
    return _REGIME_AFTER.match(text, end) is not None


def not_a_place(text: str, s: Sentence, start: int, end: int) -> bool:
    """Whether the gazetteer name text[start:end] names a person or a government here."""
    if _REGIME_AFTER.match(text, end, s.end):
        return True  # "the Kyiv regime": a government
    name = text[start:end]
    if name in lx.METONYMS:
        return False  # a capital's own rules (speaks, acts) are in places.py
    before = text[max(s.start, start - 40):start]
    if _GIVEN_BEFORE.search(before):
        return True
    if _STRICT_LOCATIVE_BEFORE.search(before):
        return False
    return bool(_SPEAKS_AFTER.match(text, end, s.end)) or name in _surnames(text)
