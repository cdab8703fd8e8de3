"""Casualties counted by a quantifying pronoun whose people were named just before: "Olha, 54,
and her husband were at home. Both died", "a driver and a medic were in the van; neither was
hurt" (codebook rule 6: people described one by one are counted; an explicit zero is 0)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...records import Count
from ...sentences import Sentence
from .common import CountHit, span_of

_TWO = cues.alternation("casualties", "pronoun_two")
_NONE = cues.alternation("casualties", "pronoun_none")
# The pronoun opens its clause (a sentence, or after ";", ":" or ", and") and is the subject of
# the casualty cue, with only the filler of a toll between ("were both badly hurt").
_PRONOUN_SUBJECT = re.compile(
    rf"(?:^|[;:]\s*|,\s+(?:and|but)\s+|\band\s+)(?P<q>(?P<two>{_TWO})|(?P<none>{_NONE}))"
    rf"(?P<fill>(?:\s+(?:{lx.CASUALTY_FILLER})){{0,4}}?)\s+(?P<cue>{lx.KILLED_AFTER}|{lx.INJURED_AFTER})\b", re.I)
# People named before the pronoun: a person or relation noun, a name with an age ("Olha, 54,"),
# two names ("Ivan and Olha"), a few counted ("two bakers") or two singular nouns joined ("a
# saleswoman and a customer"); the
# casualty cue itself says they are people.
_DET = r"(?:a|an|the|his|her|their)"
_PEOPLE_BEFORE = re.compile(
    rf"\b(?i:{lx.PERSON_NOUN_ALT}|{cues.alternation('casualties', 'relation_nouns')}"
    rf"|{cues.alternation('casualties', 'pair_nouns')})\b|\b[A-Z][a-z]+,\s+\d{{1,2}},"
    rf"|\b[A-Z][a-z]+\s+and\s+[A-Z][a-z]+\b|\b(?i:two|three|four|five|six|[2-9])\s+[a-z-]+s\b|\b(?i:{_DET})\s+[a-z-]+\s+and\s+(?i:{_DET})\s+[a-z-]+\b")
_LOOK_BACK = 400


def pronoun_casualties(text: str, s: Sentence, fields: set[str]) -> list[tuple[int, CountHit]]:
    """The counts a clause-opening "both / the pair / neither" gives its casualty cue, when people
    are named before it in the same paragraph; fields already counted in the sentence win."""
    hits: list[tuple[int, CountHit]] = []
    for m in _PRONOUN_SUBJECT.finditer(text[s.start:s.end]):
        q0, q1 = s.start + m.start("q"), s.start + m.end("q")
        kind = "killed" if re.fullmatch(lx.KILLED_AFTER, m.group("cue"), re.I) else "injured"
        if kind in fields or not _people_named_before(text, q0):
            continue
        fields.add(kind)
        value = 0 if m.group("none") else 2
        hits.append((q0, CountHit(kind, Count(value=value, evidence=span_of(text, q0, q1)), True)))
    return hits


def _people_named_before(text: str, pos: int) -> bool:
    start = max(0, pos - _LOOK_BACK, text.rfind("\n\n", 0, pos) + 1)
    return _PEOPLE_BEFORE.search(text, start, pos) is not None
