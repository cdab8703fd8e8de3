"""An indefinite event noun with nothing of its own is talk of such an event, not one: "a summit is a
hard thing to explain at home", "Moscow keeps the way to a meeting open". Its sentence tells no day or
time and no town as where someone is or goes; no side or place follows the noun ("a meeting with X",
"a summit in Y"); it is no one's state ("is in X on a visit"); and no verb of holding, seeking or
taking part comes before it ("held a meeting", "requested a call"): then no record. Vocabulary:
cues/diplomacy_nonevents.yaml (indefinite_event_verbs)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...calendar_days import WD_NAMES, MON
from ...knowledge import cues
from ...sentences import Sentence

_INDEFINITE = re.compile(r"(?<!\bon\s)\b(?:a|an)\s+(?:[a-z][\w-]*\s+)?$", re.I)
_OWN_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s+(?:with|between|in|at|of|on|to|for|by)\s+(?:the\s+)?(?-i:[A-Z])")
_VERBS = re.compile(rf"\b(?:{cues.alternation('diplomacy_nonevents', 'indefinite_event_verbs')})\b", re.I)
_DAY = re.compile(rf"\b(?:{WD_NAMES}|yesterday|today|tomorrow|tonight|overnight|{MON})\b|\b\d{{1,2}}\s+[A-Z][a-z]+\b"
                  r"|\b(?:last|next|this)\s+(?:week|month|morning|afternoon|evening)\b|\b(?:19|20)\d\d\b", re.I)


def indefinite_mention(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """Whether the event noun at `cue` is an indefinite mention with no day, side, place or verb of its own."""
    if not _INDEFINITE.search(text, max(s.start, cue.start() - 20), cue.start()):
        return False
    return not (told_day(text, s) or _OWN_AFTER.match(text, cue.end(), s.end)
                or _VERBS.search(text, s.start, cue.start()) or _town_told(text, s))


def told_day(text: str, s: Sentence) -> bool:
    """The sentence tells a day, a month or a time of its own ("on Friday", "Oct. 12", "overnight")."""
    return bool(_DAY.search(text, s.start, s.end))


_LOCATIVE = re.compile(r"\b(?:in|at|to|from|near)\s+(?:the\s+)?$", re.I)


def _town_told(text: str, s: Sentence) -> bool:
    """A town named as where someone is or goes ("is in Kyiv on a visit"), not a capital that speaks."""
    towns = lx.GAZETTEER_RE.finditer(text, s.start, s.end)
    return any(_LOCATIVE.search(text, max(s.start, m.start() - 10), m.start()) for m in towns)
