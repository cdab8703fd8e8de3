"""Supply told as a habit (round 14, class C3b): "It supplies drones to Kyiv and buys gas from Moscow",
"Azerbaijan ships fuel to Ukraine while keeping ties with Russia". An aid cue whose verb is a simple
present, whose object is bare (no number, determiner or "more") and whose sentence names no day is what
a state does, not a decision to send (codebook 13, 16). "Germany sends Ukraine four more systems" (a
headline's present with a counted object) and "supplies shells, the ministry said on Monday" stay."""

from __future__ import annotations

import re

from ...calendar_days import WD_NAMES
from ...knowledge import cues
from ...records import DiplomacyKind
from ...sentences import Sentence

_VERB = re.compile(rf"(?:{cues.alternation('diplomacy_nonevents', 'habitual_supply_verbs')})\s+", re.I)
_JOINED_VERB = re.compile(rf"(?:\s+and|,)\s+(?:{cues.alternation('diplomacy_nonevents', 'habitual_supply_verbs')})\s+", re.I)
_COUNTED = re.compile(rf"(?<![\w'’-])(?:{cues.alternation('diplomacy_nonevents', 'counted_object')})", re.I)
_DAY = re.compile(r"\b(?:" + WD_NAMES + r"|yesterday|today|tonight|tomorrow|"
                  r"this\s+(?:week|month|year)|now|soon)\b|\b\d{1,2}\s+[A-Z][a-z]+\b|\b[A-Z][a-z]+\s+\d{1,2}\b", re.I)


def habitual_supply(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """The aid cue tells a habit of supply: simple present, bare object, no day in the sentence."""
    if kind is not DiplomacyKind.military_aid:
        return False
    # the cue's first verb, or one joined to an earlier verb of its own ("imports Kazakh grain and ships shells
    # to Ukraine", r31): the last supply verb governs the weapons
    verb = _VERB.match(cue.group(0)) or next(reversed(list(_JOINED_VERB.finditer(cue.group(0)))), None)
    if verb is None or _COUNTED.search(cue.group(0), verb.end()):  # "sends Ukraine four more systems"
        return False
    return not _DAY.search(text, s.start, s.end)
