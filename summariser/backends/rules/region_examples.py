"""Regions named as examples of a counted set (r18, dev34-B4): "52 drones were downed over six
regions, including A and B", "over eight regions, among them A, B and C", "Over nine regions, in
particular A and B, 41 drones were shot down". The ministry counts its tally over N regions and
names some of them to illustrate it: the tally is the country's (codebook 3: a tally over several
regions is one country-level record), and the regions named are no record of their own.

Vocabulary: knowledge/data/cues/place_scopes.yaml (`region_count_words`, `region_count_nouns`,
`example_openers`)."""

from __future__ import annotations

import re
from functools import partial

from ... import lexicon as lx
from ...knowledge import cues
from .common import Facts
from .places import PLACE_LIST_GAP

_alt = partial(cues.alternation, "place_scopes")
# "over six regions", "across several Russian regions", then up to a few words ("overnight"), then
# the example opener and the list's first name
_OVER_N_REGIONS = rf"\b(?:over|above|across|in)\s+(?:{_alt('region_count_words')})\s+(?:{_alt('region_count_nouns')})\b"
_COUNTED_REGIONS = re.compile(
    rf"{_OVER_N_REGIONS}(?:[^.;:,]{{0,30}}?)\s*,?\s*(?:{_alt('example_openers')})\s*:?\s+(?:the\s+)?$", re.I)
_REGION_TAIL = re.compile(r"\s+(?:regions?|oblasts?|provinces?)\b", re.I)
# r39: the examples set after the count and closed by "among them" ("over eight regions of Russia, the X Region
# among them", "across five regions, A and B included"): the count ends the text before the first name
_COUNTED_REGIONS_THEN = re.compile(
    _OVER_N_REGIONS + r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s*,\s*(?:the\s+)?$", re.I)
_POSTPOSED_OPENER = re.compile(r"\s*(?:regions?\s+|oblasts?\s+|provinces?\s+)?(?:among\s+them|included|among\s+others)\b", re.I)


def fold_region_examples(text: str, f: Facts) -> bool:
    """When every place of the sentence is one list of examples after "over N regions, including",
    the sentence is a country-level tally: its places go and it is nationwide. Only a sentence that
    counts or downs weapons is read so ("strikes hit ten regions, including A": a strike on A)."""
    s = f.sent
    if not f.places or not (any(w.launched or w.intercepted for w in f.counted_weapons)
                            or lx.INTERCEPT_CUES.search(text, s.start, s.end)):
        return False
    first, last = f.places[0], f.places[-1]
    before = text[max(s.start, first.start - 120):first.start]
    if _COUNTED_REGIONS.search(before) is None and not (
            _COUNTED_REGIONS_THEN.search(before) and _POSTPOSED_OPENER.match(text, last.end, s.end)):
        return False
    for a, b in zip(f.places, f.places[1:]):
        tail = _REGION_TAIL.match(text, a.end, b.start)
        if not PLACE_LIST_GAP.fullmatch(text, tail.end() if tail else a.end, b.start):
            return False  # "..., including A; drones also hit B": B is told apart
    countries = {p.place.country for p in f.places if p.place.country}
    f.target_hint = f.target_hint or (countries.pop() if len(countries) == 1 else None)
    f.places, f.nationwide = [], True
    return True
