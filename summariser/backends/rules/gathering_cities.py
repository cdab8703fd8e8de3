"""A city that names a gathering rather than the state whose capital it is: "the Berlin meeting came
up" on a call (r40), "their fourth round after Vienna in May and Doha in July" (r49).
Such a city is the gathering's venue, never a side of the event the sentence tells."""

from __future__ import annotations

import re

from ...knowledge import cues

# r40: a city naming a gathering by the noun after it
GATHERING_AFTER = re.compile(rf"\s+(?:{cues.alternation('diplomacy_visits', 'attributive_summit_nouns')}"
                             rf"|{cues.alternation('diplomacy_visits', 'attributive_talks_nouns')})\b", re.I)
_EARLIER_BEFORE = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'earlier_gathering_before')})\s+"
                             r"(?:(?-i:[A-Z])[\w'’-]+\s*(?:,|and)\s+)*$", re.I)
# after the city: a time, the next city of the list, or the clause's end
_NO_VERB_AFTER = re.compile(r"\s+(?:in|last|earlier|this)\s|\s*[,.;:)]|\s+and\s+(?-i:[A-Z])|\s*$", re.I)


def earlier_gathering(text: str, m: re.Match[str]) -> bool:
    """A city that names an earlier gathering held there, told after a word of sequence and followed
    by no verb of its own ("after Kyiv agreed to ..." keeps Kyiv's government)."""
    return bool(_EARLIER_BEFORE.search(text, max(0, m.start() - 40), m.start()) and _NO_VERB_AFTER.match(text, m.end()))
