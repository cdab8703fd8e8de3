"""Counts a model writes as words instead of an integer: "at least 5", "5+", "about 40",
"five", "1,200", "12 people", "all 4" (every one of a stated number), "4 (four)" or ">20" (a note
or a sign beside the number), "a child" (1), "none" (0), "unknown" (no value). The draft schema asks for an integer; a model that answers in words still gives the
value, so the draft reads it (`backends/llm.py`, `DraftCount`) instead of failing the whole
article. Only the number is kept: grounding then checks the value against the article (a 0 needs
a nil the article states) and takes the qualifier ("at least") from the text, as for any count.
"""

from __future__ import annotations

import re

from ..knowledge import cues
from ..numbers import find_numbers
from . import vocabulary

# what may follow the number: the noun it counts ("12 people", "40 drones"), nothing else
_NOUN_TAIL = re.compile(r"(?:\s+[A-Za-z-]+){0,3}\s*")
# "all 4", "all four of them": every one of a stated number is that number
_ALL = re.compile(r"^all(?:\s+of)?(?:\s+the)?\s+(?=\S)", re.I)
# a note after the number ("4 (four)", "3 (the driver and two passengers)", "20 (more than)"), and
# a comparison sign before it (">20", "~40", "≥ 5"): the number is the value
_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
_SIGN = re.compile(r"^(?:[<>~≈≥≤]=?|\+/-)\s*(?=\d)")
# one person or thing named with an article ("a child", "an elderly man"): one
_ONE = re.compile(rf"^(?:an?|one)\s+(?:[a-z-]+\s+)?(?:{cues.words_alternation('casualties', 'single_person_nouns')})$", re.I)
_NIL = re.compile(rf"(?:{vocabulary.pattern('count_nil_words')})\.?", re.I)
_UNKNOWN = re.compile(rf"\(?(?:{vocabulary.pattern('count_unknown_words')})\)?\.?", re.I)


def written_count(value: object) -> object:
    """The integer a count written as a string states; anything else is returned unchanged (the
    schema then refuses it): text with no number, or with two ("40 drones and 5 missiles")."""
    if not isinstance(value, str):
        return value
    text = _SIGN.sub("", _ALL.sub("", _NOTE.sub("", value.strip()) or value.strip().strip("()")))
    if _NIL.fullmatch(text):
        return 0
    if not text or _UNKNOWN.fullmatch(text):
        return None  # the model says it has no figure: no value, not a failed article
    found = find_numbers(text)
    if not found and _ONE.fullmatch(text):
        return 1
    if len(found) != 1 or found[0].start != 0 or not _NOUN_TAIL.fullmatch(text, found[0].end):
        return value
    return found[0].value
