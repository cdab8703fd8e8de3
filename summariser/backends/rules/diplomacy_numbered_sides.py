"""A numbered anaphor for the states of an event (dev13 class C6): "advisers of the four countries
will meet", "the two governments will sign the accord", "defence chiefs of the three Baltic
states", "officials of both countries". It resolves to the nearest earlier sentence that names exactly that many states; when it
does, the event's sides are those states and what the sentence itself names — nothing else is
carried in from the paragraphs around it. Nouns in `cues/diplomacy.yaml`."""

from __future__ import annotations

import re
from collections.abc import Callable

from ...knowledge import cues
from ...sentences import Sentence

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_ANAPHOR = re.compile(
    rf"\b(?:(?:the|these|those|all|both)\s+(?P<n>{'|'.join(_NUMBERS)}|\d{{1,2}})|(?P<both>both))\s+(?:[A-Z][\w-]+\s+)?"
    rf"(?:{cues.alternation('diplomacy', 'numbered_group_nouns')})\b", re.I)
# How many sentences back the group may have been named.
_REACH = 12


def numbered_sides(sents: list[Sentence], idx: int, states_of: Callable[[Sentence], list[str]]) -> list[str]:
    """The states "the N countries" of sentence `idx` stand for, or [] when it names no such
    group or none of the sentences before names exactly N states."""
    s = sents[idx]
    m = _ANAPHOR.search(s.text)
    if m is None:
        return []
    n = 2 if m.group("both") else _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
    for prev in (s, *reversed(sents[max(0, idx - _REACH):idx])):  # r27: the sentence's own pair first ("X spent
        # Sunday with Y's president ..., where the two leaders visited ...")
        states = [x for x in states_of(prev) if not _only_a_place(prev.text, x)]
        if len(states) == n:
            return states
    return []


def _only_a_place(text: str, state: str) -> bool:
    """The state is named in the sentence only as where someone went or was (round 13, dev23 C8c):
    "the Russians were flown to Belarus first" names the exchange's route, not a side. A state named
    by a demonym, as a subject or as a venue anywhere in the sentence is counted."""
    spots = [m.start() for m in re.finditer(rf"\b{re.escape(state)}\b", text)]
    return bool(spots) and all(_PLACE_BEFORE.search(text, max(0, at - 50), at) for at in spots) \
        and len(spots) == len(re.findall(rf"\b{re.escape(state)}", text))


# "flown to Belarus", "first taken into Belarus", "moved via Poland": where people were moved, not a side
# (a venue, "met in Turkey", is a host and a side: codebook 15)
_PLACE_BEFORE = re.compile(r"\b(?:flown|taken|moved|transported|driven|bused|bussed|carried|ferried)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:to|into|via|through|across)\s+(?:the\s+)?$", re.I)
