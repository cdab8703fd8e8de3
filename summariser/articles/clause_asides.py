"""Clause asides: the words a writer sets between a cue and its argument without ending the clause,
as wire copy and press in translation write them:

- a pair of brackets or dashes: "killed – police said on Sunday – four people", "three members (all
  of one family) died";
- an attribution in commas: "air defences downed, the ministry said, three missiles", "the toll,
  according to the governor, rose to 12";
- a non-restrictive relative clause in commas: "the toll from the strike on the market, where some
  300 people were shopping, rose to 14".

One reader of the concept for every path: grounding takes the asides out of the words between a
cue and its count (`grounding/cue_gaps`), the rules out of the words before a toll's number and
across a verb's clause (`backends/rules/casualties`, `backends/rules/weapons`). Which asides a gap
may hold stays with each caller: a relative clause is transparent only where the clause resumes
with the head's own verb (a toll noun and "rose to"), never between a verb and its object.
The words live in `knowledge/data/cues/clause_asides.yaml`.
"""

from __future__ import annotations

import re

from ..knowledge import cues

# a pair of dashes or brackets, no clause stop inside
PAIRED = re.compile(r"\s[—–-]\s[^—–;:]*?\s[—–-]\s|\s?—[^—;:]*?—\s?|\s?\([^()]*\)", re.I)

_SAID = cues.alternation("clause_asides", "reporting_verbs")
_ADVERBIAL = cues.alternation("clause_asides", "reporting_adverbial_openers")
# the speaker (up to eight words, no clause stop), the verb, then at most a when or a where
_SPEAKER_SAID = (rf"(?:[\w'’.-]+\s+){{0,8}}?(?:{_SAID})\b(?:\s+(?:{_ADVERBIAL})\b[^,;:()\"“”—–]{{0,40}}?)?")
_ACCORDING = r"according\s+to\s+(?:[\w'’.-]+\s+){0,7}?[\w'’.-]+"
# ", the ministry said on Monday," / ", according to the air force," (also "the ministry said, " at a
# gap's start: the cue's own comma opens it)
ATTRIBUTION = re.compile(rf"\s*,\s*(?:{_ACCORDING}|{_SPEAKER_SAID})\s*,\s*", re.I)
_RELATIVE_OPENER = cues.alternation("clause_asides", "relative_openers")
# ", where ... ," up to the last comma of the words given: the clause resumes after it
RELATIVE = re.compile(rf"\s*,\s*(?:{_RELATIVE_OPENER})\b[^;:\"“”]*,\s*", re.I)


def without_asides(words: str, relative: bool = False) -> str:
    """`words` with their bracket, dash and attribution asides (and, with `relative`, one
    non-restrictive relative clause running to their last comma) each replaced by one space."""
    words = PAIRED.sub(" ", words)
    words = ATTRIBUTION.sub(" ", words)
    if relative:
        words = RELATIVE.sub(" ", words, count=1)
    return words


def aside_before(text: str, lo: int, pos: int) -> int | None:
    """Where an attribution aside that ends at `pos` (its closing comma and space) opens, at or
    after `lo`: "destroyed|, the ministry said on Monday, |four missiles". None when none ends there."""
    for m in ATTRIBUTION.finditer(text, lo, pos):
        if m.end() == pos:
            return m.start()
    return None
