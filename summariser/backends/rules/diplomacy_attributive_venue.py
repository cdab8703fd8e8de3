"""A venue named only as the modifier of an event or outcome noun (dev22 classes C4 and C5, dev21
C6): "the Warsaw declaration followed", "the Copenhagen communiqué", "the Istanbul track has
stalled", "the Geneva format", "he had called off the Helsinki summit". When the record has no venue
of its own, the first such city told in its sentence or after it (the communiqué often comes
paragraphs later) is where the summit or talks met; a city in a phrase that names an earlier
gathering ("the 2022 Istanbul talks", "the failed Minsk process") is none."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...records import DiplomacyKind, Location, LocationLevel
from ...sentences import Sentence
from .common import city_location

# how many sentences after the event's own one the attributive may come: a summit's or a negotiation's
# name stands for it far down the story; a plain meeting's only in the next sentence
_REACH = {DiplomacyKind.summit: 12, DiplomacyKind.talks: 12, DiplomacyKind.meeting: 1}


def attributive_venue(text: str, sents: list[Sentence], idx: int, kind: DiplomacyKind) -> Location | None:
    """The city of "the <City> <noun>" for the event of sentence `idx`, the noun one of its kind's
    family; None when none is told or the city is unknown."""
    nouns = _NOUNS.get(kind)
    if nouns is None:
        return None
    for s in sents[idx:idx + 1 + _REACH[kind]]:
        later = s is not sents[idx]
        for m in nouns.finditer(text, s.start, s.end):
            earlier = _EARLIER.search(text, max(s.start, m.start() - 25), m.start())
            if earlier and not (later and _AFTER_IT.fullmatch(earlier.group(0).strip())):
                continue  # "the 2022 Istanbul talks": another, earlier gathering (but in a later
                # sentence, "after the Madrid summit" is the one just told: round 13, dev24 C6)
            if _PERSONS_OWN.search(text, max(s.start, m.start() - 60), m.start()):
                continue  # "X, who attended the Oslo meeting, said the summit…": the person's gathering (r20)
            if later and _ANOTHER.match(m.group(0)):
                continue  # "A Madrid summit is planned for next year": another gathering
            place = _city(m.group("n"))
            if place is not None:
                return place
        gathered = _GATHERED_IN.search(text, s.start, s.end) if later and kind is DiplomacyKind.summit else None
        place = _city(gathered.group("n")) if gathered else None
        if place is not None:
            return place  # "…when the leaders gathered in Madrid": the summit just told (round 13, dev24 C6)
    return None


def _city(name: str) -> Location | None:
    place = lx.lookup(name)
    if place is not None and place.level is LocationLevel.city:
        return city_location(place)
    if name in lx.WORLD_CITIES:
        return Location(name=name, country=lx.WORLD_CITIES[name], level=LocationLevel.city)
    return None


def _noun_rx(name: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:the|a|this|that|its|their)\s+(?P<n>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+"
                      rf"(?:{cues.alternation('diplomacy_visits', name)})\b", re.I)


_SUMMIT = _noun_rx("attributive_summit_nouns")
_TALKS = _noun_rx("attributive_talks_nouns")
_NOUNS = {DiplomacyKind.summit: _SUMMIT, DiplomacyKind.meeting: _SUMMIT, DiplomacyKind.talks: _TALKS}
_GATHERED_IN = re.compile(r"\bthe\s+(?:leaders|heads\s+of\s+(?:state|government)|premiers|prime\s+ministers|presidents)\s+"
                          r"(?:had\s+)?(?:gathered|met|convened)\s+in\s+(?P<n>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)", re.I)
# ", who attended the": a gathering a person took part in, told about the person (r20, dev38 D2)
_PERSONS_OWN = re.compile(
    rf",\s*who\s+(?:had\s+|has\s+|also\s+|earlier\s+)*(?:{cues.alternation('diplomacy_elaboration', 'person_gathering_verbs')})\s+(?:the\s+)?$",
    re.I)
_AFTER_IT = re.compile(r"after|following", re.I)
_ANOTHER = re.compile(r"an?\s", re.I)
_EARLIER = re.compile(rf"\b(?:{cues.alternation('diplomacy_visits', 'attributive_earlier')})\s+(?:the\s+|a\s+)?$", re.I)

