"""A second account of a held prisoner exchange, told through what became of the people it freed,
is that exchange again, not a new (planned) one (dev21 class C3): "the Russian servicemen freed in the
exchange would be flown to Belarus and then to Moscow for treatment", "the returnees will undergo
rehabilitation in Chernihiv". The words live in `cues/diplomacy_aftermath.yaml`."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...records import Diplomacy, DiplomacyKind, DiplomacyStatus
from ...sentences import Sentence
from .diplomacy_deliberation import NAMED_DAY


def _pattern(name: str) -> re.Pattern[str]:
    return cues.pattern("diplomacy_aftermath", name)


_FREED = _pattern("freed_people")
_AFTERCARE = _pattern("aftercare")
_NEW_ROUND = re.compile(rf"\b(?:{cues.alternation('diplomacy_aftermath', 'new_round')})\s+(?:[\w'’-]+\s+){{0,2}}?$", re.I)


def exchange_aftermath(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind,
                       found: list[tuple[int, Diplomacy]]) -> bool:
    """The cue's exchange is the held one told before, seen through its freed people's aftercare (a
    sentence naming a day of its own, or a new round, tells another exchange)."""
    if kind is not DiplomacyKind.prisoner_exchange or NAMED_DAY.search(text, s.start, s.end):
        return False
    if not any(r.kind is DiplomacyKind.prisoner_exchange and r.status is DiplomacyStatus.held for _, r in found):
        return False
    if _NEW_ROUND.search(text, max(s.start, cue.start() - 40), cue.start()):
        return False
    return bool(_FREED.search(text, s.start, s.end) and _AFTERCARE.search(text, s.start, s.end))
