"""A city put forward as the venue of the event (dev29 class D10): "Norway proposed Bergen
as a possible venue for talks of the two envoys", "Austria offered Salzburg as a place
for talks". The city is where the proposed event would meet. Words in
`cues/diplomacy_record_guards.yaml`."""

from __future__ import annotations

import re
from functools import partial

from ... import lexicon as lx
from ...knowledge import cues
from ...records import Location, LocationLevel
from ...sentences import Sentence
from .common import city_location

_alt = partial(cues.alternation, "diplomacy_record_guards")
_OFFERED = re.compile(
    rf"\b(?:{_alt('venue_offer_verbs')})\s+(?:the\s+(?:city|town)\s+of\s+)?(?P<n>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)"
    rf"\s+as\s+(?:the\s+|a\s+|an\s+)?(?:possible\s+|potential\s+|likely\s+|neutral\s+)?(?:{_alt('venue_offer_nouns')})\s+(?:for|of)\b", re.I)


def proposed_venue(text: str, s: Sentence, cue: re.Match[str]) -> Location | None:
    """The city offered as the venue of the event of `cue`: the offer is the cue, or comes a few
    words before it."""
    m = _OFFERED.search(text, s.start, s.end)
    if m is None or cue.start() < m.start() or len(text[m.end():cue.start()].split()) > 5:
        return None
    place = lx.lookup(m.group("n")) if m else None
    if place is None or place.level is not LocationLevel.city:
        return None
    return city_location(place)
