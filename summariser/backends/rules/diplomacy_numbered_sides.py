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
    for prev in reversed(sents[max(0, idx - _REACH):idx]):
        states = states_of(prev)
        if len(states) == n:
            return states
    return []
