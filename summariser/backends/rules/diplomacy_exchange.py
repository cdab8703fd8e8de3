"""The sides of a prisoner exchange told through the people it brought home (issue 13, concept 1):
"150 Ukrainian soldiers returned home in a swap with Russia", "brought home 90 defenders from
Russian captivity". The state whose people were freed is a side, though the sentence never names
it as one; so is the state that held them captive."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...records import DiplomacyKind, Location
from ...sentences import Sentence

# Demonyms and possessives of states from the actor dictionary, longest first ("North Korean" before "Korean").
_STATES = "|".join(re.escape(w) for w in sorted(lx.COUNTRY_ADJECTIVES, key=len, reverse=True))
# The people an exchange frees, and the captivity they come from.
_PEOPLE = r"(?:soldiers|servicemen|servicewomen|service\s+(?:members|personnel)|prisoners(?:\s+of\s+war)?|POWs|captives|" \
          r"civilians|defenders|troops|fighters|marines|nationals|citizens|detainees|bodies|remains)"
_FREED_PEOPLE = re.compile(
    rf"(?<![\w-])(?P<state>{_STATES})\s+(?:[\w-]+\s+){{0,2}}?{_PEOPLE}\b"
    rf"|\bfrom\s+(?P<captor>{_STATES})\s+(?:captivity|prisons?|detention)\b"
    # r51: the people handed over, told by their demonym ("recovered 90 soldiers in return for 40 Russians")
    rf"|\bin\s+(?:return|exchange)\s+for\s+(?:[\w-]+\s+){{0,2}}?(?P<given>{_STATES})s\b", re.I)


def exchange_sides(text: str, s: Sentence) -> list[str]:
    """The states whose people the sentence's exchange freed, or who held them, in order."""
    out: list[str] = []
    for m in _FREED_PEOPLE.finditer(text, s.start, s.end):
        word = m.group("state") or m.group("captor") or m.group("given")
        if word[0].isupper():  # a demonym is written with a capital; "us" is no state
            state = lx.COUNTRY_ADJECTIVES.get(re.sub(r"\s+", " ", word.lower()))
            if state and state not in out:
                out.append(state)
    return out


# "handed back 34 to Moscow", "handed over the remains of 600 to Kyiv": the city's state received the
# people, a side of the exchange (dev14 class C6). The city stays the record's place: read as no
# venue, exchanges told in different cities of one article merged into one (measured on dev7).
_RECEIVED_AT = (r"\b(?:handed|hands|handing|returned|returns|returning|repatriated|sent|sends|gave|gives|transferred|brought)"
                r"\b[^,;.]{{0,80}}?\bto\s+{name}\b")


def receiving_city(text: str, s: Sentence, kind: DiplomacyKind, location: Location | None,
                   participants: list[str]) -> tuple[list[str], Location | None]:
    """The state of a warring side's city the exchange's people were handed to: a side."""
    if kind is not DiplomacyKind.prisoner_exchange or location is None:
        return participants, location
    if not re.search(_RECEIVED_AT.format(name=re.escape(location.name)), s.text):
        return participants, location
    state = lx.HOST_CAPITALS.get(location.name) or location.country
    if state not in lx.WAR_SIDES:
        return participants, location  # "handed over to Belarus": the third state where the swap took place
    return participants + ([state] if state not in participants else []), location


def war_sides(text: str) -> list[str]:
    """The two states at war in the article, for exchanges that name no side (the state's name or
    its demonym: a briefing may say "Russia" and "Ukrainians" only, r17 dev32 B1)."""
    sides = [side for side, rx in (("Russia", r"\bRussia(?:ns?)?\b"), ("Ukraine", r"\bUkrain(?:e|ians?)\b"))
             if re.search(rx, text)]
    return sides if len(sides) == 2 else []
