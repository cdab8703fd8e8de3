"""An official readout's own leader named by title alone (dev12 class C4): "In the evening the Head
of State received the Dutch foreign minister", published by the presidency of one state. The
state the source speaks for (read from the source's name) is a side of that event."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...knowledge.actors import find_actors
from ...records import DiplomacyKind
from ...sentences import Sentence

# "the Head of State", "the President" with no state, name or "of" after it (case kept: a title).
_UNTITLED_SELF = re.compile(
    rf"\b[Tt]he\s+(?:{cues.alternation('diplomacy', 'untitled_self_titles')})\b(?!\s+of\b)(?!['’]s?\s+[A-Z])(?!\s+[A-Z])")
_SELF_KINDS = {DiplomacyKind.meeting, DiplomacyKind.talks, DiplomacyKind.phone_call, DiplomacyKind.visit,
               DiplomacyKind.agreement, DiplomacyKind.military_aid}


def source_state(source: str | None) -> str | None:
    """The one state a source's name speaks for ("President of Ukraine", "Ministry of Foreign
    Affairs of Latvia"); None for an outlet or a source that names none or several."""
    if not source:
        return None
    states = {a.actor.name for a in find_actors(source, None) if a.actor.kind == "state"}
    return next(iter(states)) if len(states) == 1 else None


def with_source_state(text: str, s: Sentence, kind: DiplomacyKind, participants: list[str],
                      home: str | None) -> list[str]:
    """The issuing state first among the sides when the sentence names its leader by title alone."""
    if home is None or home in participants or kind not in _SELF_KINDS or not _UNTITLED_SELF.search(text, s.start, s.end):
        return participants
    return [home, *participants]
