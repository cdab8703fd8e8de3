"""A meeting named by the heads' plural office is a summit (dev21 class C5; codebook 14): "the Vienna
meeting between the two presidents", "a meeting of both prime ministers", as dev5's "the US and Russian
presidents will meet" already is; leaders named by name stay a meeting. (An announced hosting of a
foreign head, "Erdogan will host the Georgian prime minister", stays a meeting too: dev21's gold reads
it as the guest's visit, an earlier set's gold as a meeting, measured; left to a ruling.) The words
live in `cues/diplomacy_leaders_kind.yaml`."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...records import Diplomacy, DiplomacyKind
from ...sentences import Sentence

_HEADS_PLURAL = re.compile(rf"\b(?:{cues.alternation('diplomacy_leaders_kind', 'heads_plural')})\b", re.I)


def leaders_kind(text: str, s: Sentence, cue: re.Match[str], rec: Diplomacy) -> Diplomacy:
    """The record as a summit when the heads' plural office follows its meeting noun."""
    if rec.kind is DiplomacyKind.meeting and _HEADS_PLURAL.search(text, cue.start(), min(s.end, cue.end() + 40)):
        rec.kind = DiplomacyKind.summit
    return rec
