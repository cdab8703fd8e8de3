"""The event noun as the forum where a question belongs (dev29 class D6): "farm questions belong to
talks in Brussels", "disputes of that kind are a matter for talks in Geneva", "such questions are
best left to the negotiating table"; and the noun judged in general ("little sense in
talks"). A forum in general, with no day: no event."""

from __future__ import annotations

import re

from ...calendar_days import WD_NAMES
from ...knowledge import cues
from ...records import DiplomacyKind
from ...sentences import Sentence
from .diplomacy_modality import clause_start

_FORUM = re.compile(
    rf"\b(?:{cues.alternation('diplomacy_record_guards', 'forum_before')})\s+(?:the\s+|an?\s+|any\s+|direct\s+|future\s+)?"
    rf"(?:[\w'’-]+\s+){{0,2}}?$", re.I)
_DAY = re.compile(r"\b(?:" + WD_NAMES + r"|yesterday|today|tomorrow|tonight)\b"
                  r"|\b\d{1,2}\s+(?-i:[A-Z])[a-z]+\b|\b(?-i:[A-Z])[a-z]+\s+\d{1,2}\b|\bnext\s+(?:week|month)\b")
# judged in general, a bare noun ("no sense in talks", "little use for summits"): no determiner between
_POINTLESS = re.compile(
    rf"\b(?:{cues.alternation('diplomacy_record_guards', 'pointless_before')})\s*(?:(?:any|more|further|new|direct|such)\s+)?$", re.I)
_KINDS = {DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.summit}


def forum_only(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """The cue is the forum a question belongs to ("belong to talks in Brussels"), in a sentence
    with no day of its own."""
    if kind not in _KINDS:
        return False
    if _POINTLESS.search(text, max(s.start, cue.start() - 40), cue.start()):
        return True  # "sees little use for summits held for the cameras"
    lo = clause_start(text, max(s.start, cue.start() - 80), cue.start())
    return bool(_FORUM.search(text, lo, cue.start())) and not _DAY.search(text, s.start, s.end)
