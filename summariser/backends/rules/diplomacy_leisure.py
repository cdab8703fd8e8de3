"""A gathering of sport, culture or leisure is no diplomacy (r25): "the teams faced each other in
the knockout round", "thousands of fans are expected at the stadium". Event nouns and verbs of meeting ("met",
"meeting", "expected") are read in a sentence that tells a pastime by two of its words at least
(`diplomacy_nonevents.yaml` `leisure_context_words`) and names no one of officialdom (a minister,
an envoy, a delegation, talks: `official_presence_words`); such a sentence tells no event. Nor does a
visit whose visitor is a body of civil life named by its noun ("a visit by the twin city's school choir",
`civil_visitors`, r45)."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...records import DiplomacyKind
from ...sentences import Sentence

_LEISURE = cues.regex("diplomacy_nonevents", "leisure_context_words")
_OFFICIAL = cues.regex("diplomacy_nonevents", "official_presence_words")
_CIVIL_VISITOR = cues.regex("diplomacy_nonevents", "civil_visitors")
_GATHERING_KINDS = {DiplomacyKind.meeting, DiplomacyKind.talks, DiplomacyKind.summit, DiplomacyKind.visit}
_MIN_WORDS = 2


def leisure_gathering(text: str, s: Sentence, kind: DiplomacyKind) -> bool:
    """True when the sentence's gathering is a pastime's (see the module docstring)."""
    if kind not in _GATHERING_KINDS or _OFFICIAL.search(text, s.start, s.end):
        return False
    if kind is DiplomacyKind.visit and _CIVIL_VISITOR.search(text, s.start, s.end):
        return True  # r45: "a visit by a youth orchestra from Gdansk": a body of civil life visiting
    words = {m.group(0).lower() for m in _LEISURE.finditer(text, s.start, s.end)}
    return len(words) >= _MIN_WORDS
