"""Districts named as a list inside a city (atk7): "homes in the A, B and C districts were
damaged" names parts of the city already told, not cities of their own. A name of such a list
that the gazetteer or a fallback pattern read as a town is dropped from the sentence's places."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from .common import Facts
from .weapons import find_weapon_types

_NAME = r"[A-Z][\w'’-]+"
# "the A, B and C districts", "the A and B neighbourhoods", "A, B, C districts of the city"
_DISTRICT_LIST = re.compile(
    rf"\b(?P<list>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|or)\s+{_NAME})\s+"
    rf"(?:{cues.alternation('places_extra', 'district_list_nouns')})\b")


def drop_listed_districts(text: str, f: Facts) -> None:
    s = f.sent
    spans = [(m.start("list"), m.end("list")) for m in _DISTRICT_LIST.finditer(text, s.start, s.end)]
    listed = [p for p in f.places if any(a <= p.start < b for a, b in spans)]
    kept = [p for p in f.places if p not in listed]
    if kept:  # the city they lie in is told; a list alone ("in the A and B districts") stays
        f.places = kept
    elif listed and not lx.ATTACK_WORDS.search(text, s.start, s.end) and not find_weapon_types(text, s):
        # r21 (dev39 A5): a toll told in a list of a city's parts alone ("two were killed in the A and
        # B neighbourhoods") after a strike on the city: the parts are districts, and the toll goes to
        # the city's record told most recently (codebook 1), never to a town of the same name
        f.places, f.districts = [], [*f.districts, *listed]
