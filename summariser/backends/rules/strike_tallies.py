"""A count of strikes on a place is a tally, not a strike (dev19 B3, the family of dev18 B2's
trends): "Orikhiv was shelled 45 times in 24 hours", "the district was under fire 33 times or
more during the day", "over 40 strikes on Huliaipole over the past day". A tally counts many
strikes over a day ("in 24 hours", "since the morning") or over an area of several localities (a
district, "12 settlements"); a city hit 17 times overnight is that night's strike on it, a
handful ("twice", "three times") tells the strikes themselves, and a sentence with a toll or
damage of its own is no tally. The strikes a tally sums up are the article's other records: a
record told only by tallies is dropped where the article tells a strike of its own in the same
region, and stays where the tally is all it says of that region. A region's own digest ("shelled
11 settlements of the X region 74 times") stays too: a region is the record of the strikes on its
unnamed localities (codebook rule 1), beside the towns the article names. Vocabulary: cues/eventhood.yaml
(strike_tally_nouns, strike_tally_spans, strike_tally_areas)."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...records import LocationLevel
from ...numbers import NUMBER, parse_number
from .common import Facts
from .events import Event

_NOUNS = cues.alternation("eventhood", "strike_tally_nouns")
_TALLY = re.compile(rf"\b(?P<n>{NUMBER})\s+"
                    rf"(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS})\b", re.I)
_SPAN = cues.pattern("eventhood", "strike_tally_spans")
_AREA = cues.pattern("eventhood", "strike_tally_areas")
# the smallest count that sums up strikes rather than telling them one by one
_MANY = 4


def _many(word: str) -> bool:
    if word.lower().endswith(" of"):
        return True
    value = parse_number(word)
    return value is not None and value >= _MANY


def strike_tally(text: str, f: Facts) -> bool:
    """The sentence counts many strikes over a day or an area, with no toll and no damage."""
    s = f.sent
    if f.counts or f.damage or not (_SPAN.search(text, s.start, s.end) or _AREA.search(text, s.start, s.end)):
        return False
    return any(_many(m.group("n")) for m in _TALLY.finditer(text, s.start, s.end))


def _region_digest(e: Event) -> bool:
    return all(p.level is LocationLevel.region for p in e.places)


def drop_tally_events(events: list[Event], text: str) -> list[Event]:
    """Drop the records told only by tallies where the article tells strikes of its own in the
    same region: the tally sums those up. A tally that is all the article says of a place stays."""
    def only_tallies(e: Event) -> bool:
        return bool(e.facts) and all(strike_tally(text, f) for f in e.facts) and not _region_digest(e)

    told = {p.admin1 for e in events if e.country_level is None and not only_tallies(e) for p in e.places if p.admin1}
    return [e for e in events if not (e.country_level is None and only_tallies(e)
                                      and any(p.admin1 in told for p in e.places))]
