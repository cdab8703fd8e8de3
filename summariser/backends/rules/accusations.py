"""An accusation is no strike: "the envoy accused Ukraine of shelling the plant", "he blamed Kyiv
for drone strikes on Belgorod", "Moscow's delegate charged Kyiv with attacking the Kursk plant".
Told in a speech or a statement with no day and no toll of its own, the strike is what one side
says of the other, not an event the article reports (dev14 B8, codebook: no date, no toll, no
record). The sentence keeps its attacker (a hint for a strike told elsewhere) but names no place
hit and no weapon used. A dated accusation with a toll ("accused Ukraine of shelling X on Monday,
killing two") stays a claim of a strike. Vocabulary: knowledge/data/cues/nonstrike.yaml."""

from __future__ import annotations

import re

from ...knowledge import cues
from .common import Facts

_ACCUSATION = re.compile(
    rf"\b(?:{cues.alternation('nonstrike', 'accusation_verbs')})\s+(?:[\w'’-]+\s+){{1,3}}?"
    rf"(?:{cues.alternation('nonstrike', 'accusation_links')})\s+(?:\w+ly\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{cues.alternation('nonstrike', 'accused_strike_acts')})\b", re.I)


def drop_accused_strikes(text: str, f: Facts) -> None:
    """An undated accusation with no toll or figure: no place hit, no weapon, no event."""
    s = f.sent
    if f.date is not None or f.counts or f.counted_weapons or not _ACCUSATION.search(text, s.start, s.end):
        return
    f.places, f.weapon_types = [], []
    f.cumulative = True
