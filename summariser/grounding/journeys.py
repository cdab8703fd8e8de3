"""Diplomatic events told as a journey or a return, with no event noun: a visit told as a trip,
a stay, a stop, time spent in a place or travel on to it ("his second trip there", "during his
two-day stay in Kyiv", "spent Wednesday in Kyiv", "travelled on to Chisinau"), and
a return of prisoners or bodies ("took back the bodies of 757 soldiers", "the remains of 800 servicemen were
repatriated", "17 children were reunited with their families").

A visit is also told by an arrival in a named place ("landed in Chisinau", "stepped off an
overnight train in Kyiv") or as a scene at the host's seat of government ("sat at the long table
of the Elysee Palace", "was at the Kremlin for two hours"; dev21 A5, C1).

`pattern()` is one regex alternation that `events.describes_event` reads beside the
vocabulary's event words; the word lists live in `data/journeys.yaml`. Each form needs its
place or its people: "a trip wire", "refugees spent the night in the metro", "the children
returned to school" and "bodies were pulled from the rubble" name no event.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary

# How many words may stand between a verb of return and the people it returns, either way
# ("took back the bodies of 757 soldiers", "the remains of 800 Ukrainian servicemen were repatriated").
_GAP_WORDS = 5
# A named place (case-sensitive capital) or a capital city told by its noun.
_PLACE = r"(?:(?-i:[A-Z])[\w'’-]*|(?:the\s+)?(?:[\w'’-]+\s+){0,2}capital\b)"


def _alternation(name: str) -> str:
    return vocabulary.pattern(name, "journeys")


@lru_cache(maxsize=1)
def pattern() -> str:
    """A visit told as a journey to a named place, or a return of people or remains."""
    return "|".join(f"(?:{p})" for p in (_journey(), _spent(), _travel(), _returned(), _alternation("return_phrases"),
                                         _at_the_seat()))


@lru_cache(maxsize=1)
def _arrival() -> re.Pattern[str]:
    # "landed in Chisinau", "stepped off an overnight train in Kyiv", "touched down in the Moldovan capital"
    return re.compile(rf"\b(?:{_alternation('arrival_visit_verbs')})(?:\s+[\w'’-]+){{0,4}}?\s+(?:in|into|at)\s+{_PLACE}",
                      re.I)


@lru_cache(maxsize=1)
def _visitor() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternation('visitor_titles')})\b", re.I)


def arrival_visit(sentence: str) -> bool:
    """A visit told as an arrival in a named place by an officeholder ("The Irish taoiseach got off an
    overnight train in Odesa"), or by its host ("the president welcomed the Prime Minister of Croatia to Odesa");
    refugees or cargo arriving are no visit."""
    return any(p.search(sentence) is not None for p in (_arrival(), _TOURED, _welcomed())) \
        and _visitor().search(sentence) is not None


@lru_cache(maxsize=1)
def _welcomed() -> re.Pattern[str]:
    # the guest is an officeholder ("the Prime Minister of Croatia", "his Irish counterpart"), never
    # what the host welcomed ("ministers welcomed the decision in Brussels")
    return re.compile(rf"\b(?:{_alternation('host_visit_verbs')})(?:\s+[\w'’-]+){{0,3}}?\s+(?:{_alternation('visitor_titles')})"
                      rf"(?:\s+[\w'’-]+){{0,3}}?\s+(?:in|to|at)\s+{_PLACE}", re.I)


# r15 (dev27 A3): "Dutch ministers toured Zaporizhzhia's hospital", "the premier toured Bucha": a visit
# told by the tour of a named place, by an officeholder the sentence names
_TOURED = re.compile(rf"\b(?:toured|tours|touring)\s+(?:the\s+)?{_PLACE}", re.I)


@lru_cache(maxsize=1)
def _scheduled() -> re.Pattern[str]:
    # "the Austrian chancellor is due in Chisinau", "Higgins is expected to travel to Vilnius"
    return re.compile(rf"(?P<who>[\w'’.-]+)\s+(?:is|are|was|were)\s+(?:{_alternation('scheduled_visit_phrases')})\s+"
                      rf"(?P<place>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)", re.I)


def scheduled_visit(sentence: str, text: str) -> bool:
    """A visit told as a schedule, by an officeholder or a person the article introduces, to a
    place the gazetteer knows ("The Austrian chancellor is due in Chisinau on Thursday")."""
    from ..knowledge import lookup
    from .names import introduced_person

    for m in _scheduled().finditer(sentence):
        who = m.group("who")
        person = _visitor().fullmatch(who) is not None or (who[:1].isupper() and introduced_person(who, text))
        if person and lookup(m.group("place")) is not None:
            return True
    return False


def _at_the_seat() -> str:
    # "sat at the long table of the Elysee Palace", "was at the Kremlin on Monday", "at the White House"
    return (rf"(?:{_alternation('presence_verbs')})(?:\s+[\w'’-]+){{0,5}}?\s+(?:at|in|inside|of)\s+(?:the\s+)?"
            rf"(?:{_seats()})\b")


def _seats() -> str:
    """The seats of government the actor dictionary names as a state's capital and the gazetteer
    knows as no city ("the Kremlin", "Downing Street", "Elysee Palace", "Bankova")."""
    from ..knowledge import lookup
    from ..knowledge._data import load  # the dictionary's rows: knowledge has no seats() yet

    names = {re.sub(r"^the\s+", "", c, flags=re.I) for row in load("actors.yaml")["states"]
             for c in row.get("capitals") or [] if lookup(c) is None}
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))


def _journey() -> str:
    # "trip there", "stop in Warsaw", "stay in the Ukrainian capital"; not "stop in production"; the
    # traveller may stand between ("a trip by the chancellor to Vilnius", "the stay by the envoy in Baku")
    traveller = r"(?:\s+by(?:\s+[\w'’-]+){1,4}?)?"
    return (rf"(?:{_alternation('journey_nouns')}){traveller}\s+(?:there\b|here\b|abroad\b"
            rf"|(?:{_alternation('journey_prepositions')})\s+{_PLACE})")


def _spent() -> str:
    return rf"(?:spent|spends|spending)\s+(?:{_alternation('spent_times')})\s+(?:in|at)\s+{_PLACE}"


def _travel() -> str:
    return rf"(?:{_alternation('travel_verbs')})\s+(?:on\s+)?(?:to|into)\s+{_PLACE}"


def _returned() -> str:
    gap = rf"(?:\s+[\w,'’-]+){{0,{_GAP_WORDS}}}?"
    active = rf"(?:{_alternation('return_verbs_active')}){gap}\s+(?:{_alternation('returned_people')})\b"
    passive = (rf"(?:{_alternation('returned_people')}){gap}\s+(?:were|was|have\s+been|has\s+been|had\s+been|being)"
               rf"\s+(?:{_alternation('return_verbs_passive')})\b")
    return rf"{active}|{passive}"
