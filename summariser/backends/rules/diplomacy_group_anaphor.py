"""A group named again by its common noun as the subject of its next gathering (dev33 class D5):
"the contact group will meet again next spring", "the coalition will reconvene in early spring", "the
format's next session is set for the winter". The sides are the group the article named before
whose name holds that noun ("the Ukraine Defence Contact Group" for "the group", "the Ramstein
coalition" for "the coalition"), not the speaker's state nor an organisation of a later clause.
An indefinite "a group of NATO states" is a new set, and a noun no group named before holds keeps
the sentence's own sides."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...records import Diplomacy
from ...sentences import Sentence

_NOUNS = cues.alternation("diplomacy", "group_nouns")
_GATHER = r"(?:meet|reconvene|convene|gather|assemble|sit\s+down)"
_MODAL = r"(?:would|will|is\s+to|was\s+to|plans\s+to|planned\s+to|agreed\s+to|intends\s+to|is\s+due\s+to|is\s+expected\s+to|should|could|may|might)"
_SUBJECT = re.compile(
    rf"\b[Tt]he\s+(?P<noun>{_NOUNS})(?:\s+(?:{_MODAL}\s+)?(?:next\s+|again\s+)?{_GATHER}\b"
    rf"|['’]s\s+(?:next\s+|following\s+)?(?:session|meeting|round|gathering)\b"
    rf"|['’]s\s+(?:members|ministers|envoys|leaders)\s+(?:{_MODAL}\s+)?(?:next\s+|again\s+)?{_GATHER}\b)", re.I)
# how far from the subject the sentence's cue may start (the verb or the session noun)
_REACH = 40


def group_told_before(text: str, s: Sentence, cue: re.Match[str], rec: Diplomacy) -> Diplomacy:
    """`rec` with the group named before as its only side when the sentence's event has "the
    <group noun>" as its subject; else `rec` as it is."""
    subject = next((m for m in _SUBJECT.finditer(text, s.start, s.end) if m.start() <= cue.start() <= m.end() + _REACH), None)
    if subject is None:
        return rec
    noun = subject.group("noun").lower().split()[0].removesuffix("ing")
    named = [name for m in lx.ORG_RE.finditer(text, 0, s.start)
             if (name := lx.canonical_org(m.group(0))) and (noun in m.group(0).lower() or noun in name.lower())]
    if not named:
        return rec
    return rec.model_copy(update={"participants": [named[-1]]})
