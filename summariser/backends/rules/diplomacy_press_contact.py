"""A call, briefing or conference with the press is no call between states (dev22 class C1a): a
spokesman's "daily call with reporters", "told journalists on a conference call", "a phone briefing
for the media". The audience words live in `cues/diplomacy_remarks.yaml`."""

from __future__ import annotations

import re
from functools import partial

from ...knowledge import cues
from ...records import DiplomacyKind
from ...sentences import Sentence
from .diplomacy_modality import clause_start


_alt = partial(cues.alternation, "diplomacy_remarks")


_AUDIENCE = rf"(?:{_alt('press_audience')})"
# the audience right after the contact noun: "call with reporters", "briefing for the press"
_AUDIENCE_AFTER = re.compile(rf"[\w\s'’-]{{0,30}}?\b(?:{_alt('press_link')})\s+(?:the\s+|his\s+|her\s+)?(?:[\w-]+\s+)?{_AUDIENCE}\b", re.I)
# the audience told before it: "told reporters on a conference call", "speaking to the media by phone"
# (a word of time or report between, "after his call with X", "that the call", tells of another call)
_NOT_BETWEEN = r"(?!(?:after|before|following|since|about|of|that)\b)"
_AUDIENCE_BEFORE = re.compile(rf"\b(?:{_alt('press_told_before')})\s+(?:[\w-]+\s+)?{_AUDIENCE}\s+(?:{_NOT_BETWEEN}[\w'’-]+\s+){{0,5}}?$", re.I)
_PRESS_NOUN = re.compile(rf"\b(?:{_alt('press_contact_nouns')})\b", re.I)
_CONTACT_KINDS = {DiplomacyKind.phone_call, DiplomacyKind.meeting, DiplomacyKind.talks}


def press_contact(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """The cue's call or briefing has the press as its other side."""
    if kind not in _CONTACT_KINDS:
        return False
    if _PRESS_NOUN.search(text, max(s.start, cue.start() - 15), cue.end() + 15):
        return True
    head = re.match(r"[\w\s'’-]*?\b(?:call|conference|briefing|conversation)\b", cue.group(0), re.I)
    if head is None:
        return False
    if _AUDIENCE_AFTER.match(text, cue.start() + head.end(), s.end):
        return True
    lo = clause_start(text, max(s.start, cue.start() - 90), cue.start())
    return bool(_AUDIENCE_BEFORE.search(text, lo, cue.start()))
