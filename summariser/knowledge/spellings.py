"""Towns named in a romanisation the gazetteer does not hold (dev30 B6): "Novokuibyshevsk" for
"Novokuybyshevsk", "the Afipsky refinery" for Afipskiy, "Tihoretsk" for Tikhoretsk. The gazetteer's
text scan (`gazetteer.find_places`) tries `spelling_at` on a word no exact name starts with: the
word's `translit.spelling_key` against an index of one-word Ukrainian and Russian towns and regions.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ._scan import Token
from .gazetteer import _DISTRICT_WORDS, REGION_WORDS, Place, _index, _translit_index
from .translit import spelling_key

# a folded spelling names a town of some size only: a hamlet's name is too near a word or a surname
_SPELLING_MIN_POPULATION = 5000


@lru_cache(maxsize=1)
def _spelling_index() -> dict[str, Place]:
    """Ukrainian and Russian towns and regions written as one word, by `spelling_key`: the most
    populous of those that share a key."""
    out: dict[str, Place] = {}
    for key, values in _translit_index().items():
        if len(key) != 1:
            continue
        for place, _ in values:
            k = spelling_key(key[0])
            if place.country_code in ("UA", "RU") and place.level in ("city", "site", "region") \
                    and (k not in out or (place.population or 0) > (out[k].population or 0)):
                out[k] = place
    return out


def spelling_at(text: str, toks: list[Token], i: int) -> Optional[tuple[int, Place]]:
    """dev30 B6: a town in a romanisation the gazetteer does not hold ("Novokuibyshevsk", "the
    Afipsky refinery"): a capitalised word of five letters or more, not opening a sentence and not
    a first name before a surname, whose folded spelling is one town's."""
    t = toks[i]
    if len(t.raw) < 5 or not t.raw[:1].isupper() or not t.raw[1:].islower() or not t.key.isalpha():
        return None
    if i + 1 < len(toks) and toks[i + 1].start == t.end and text[t.end:t.end + 1] in "-'’":
        return None  # a part of a longer word ("Slavyansk-on-...")
    place = _spelling_index().get(spelling_key(t.key))
    if place is None or text[max(0, t.start - 3):t.start].rstrip(" *_\"'“‘(").endswith((".", "!", "?", "\n")) \
            or not text[:t.start].strip():
        return None
    nxt, prev = (toks[i + 1] if i + 1 < len(toks) else None), (toks[i - 1] if i else None)
    if nxt is not None and nxt.start == t.end + 1 and (nxt.raw[:1].isupper() and nxt.key not in REGION_WORDS
                                                       or nxt.key in _DISTRICT_WORDS):
        return None  # "Mariia Zakharova": a first name before a surname; "the Sovetsky district": a city's part
    if prev is not None and prev.end + 1 == t.start and prev.raw[:1].isupper() and prev.raw[1:].islower():
        return None  # "Kirill Dmitriev": a surname after a first name
    if t.key in _index().first_names or (place.population or 0) < _SPELLING_MIN_POPULATION:
        return None
    return i + 1, place
