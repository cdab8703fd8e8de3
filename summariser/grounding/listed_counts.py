"""A number in a model's own words that the article gives as a list: "advisers of five states met"
where one sentence of the article names five states ("from the United States, Britain, France,
Germany and Italy"); "three cities were hit" where one sentence names three towns. The number is
the list's length, read from one sentence (a list), never summed across the article.

Only nouns the knowledge base can count: states (by actor code) and towns or regions (by
gazetteer key); any other noun after the number is no list this module reads.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import NumberMention
from .context import _context

_STATE_NOUNS = r"states|countries|nations|governments|capitals"
_PLACE_NOUNS = r"cities|towns|regions|oblasts|provinces|villages|settlements"
_NOUN_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?(?P<noun>{_STATE_NOUNS}|{_PLACE_NOUNS})\b", re.I)


def listed_count(m: NumberMention, piece: str, text: str) -> bool:
    """Does one sentence of the article list exactly `m.value` states or places, the noun after `m`?"""
    noun = _NOUN_AFTER.match(piece, m.end)
    if noun is None or m.value < 2:
        return False
    kind = "state" if re.fullmatch(_STATE_NOUNS, noun.group("noun"), re.I) else "place"
    return m.value in _list_lengths(text, kind)


@lru_cache(maxsize=64)
def _list_lengths(text: str, kind: str) -> frozenset[int]:
    """How many distinct states (or places) each sentence of the article names."""
    from ..knowledge import find_actors, find_places

    ctx = _context(text)
    out = set()
    for s in ctx.sentences:
        sentence = ctx.grounded[s.start:s.end]
        if kind == "state":
            found = {a.actor.code for a in find_actors(sentence) if a.actor.kind == "state"}
        else:
            found = {p.place.key for p in find_places(sentence) if p.place.level != "country"}
        if len(found) >= 2:
            out.add(len(found))
    return frozenset(out)
