"""Counts a model writes as words instead of an integer: "at least 5", "5+", "about 40",
"five", "1,200", "12 people". The draft schema asks for an integer; a model that answers in
words still gives the value, so the draft reads it (`backends/llm.py`, `DraftCount`) instead of
failing the whole article. Only the number is kept: grounding then checks the value against the
article and takes the qualifier ("at least") from the text, as for any count.
"""

from __future__ import annotations

import re

from ..numbers import find_numbers

# what may follow the number: the noun it counts ("12 people", "40 drones"), nothing else
_NOUN_TAIL = re.compile(r"(?:\s+[A-Za-z-]+){0,3}\s*")


def written_count(value: object) -> object:
    """The integer a count written as a string states; anything else is returned unchanged (the
    schema then refuses it): text with no number, or with two ("40 drones and 5 missiles")."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    found = find_numbers(text)
    if len(found) != 1 or found[0].start != 0 or not _NOUN_TAIL.fullmatch(text, found[0].end):
        return value
    return found[0].value
