"""A list opened by a colon or a dash inside a sentence shares the verb told before it (dev14 B3):
"143 aerial weapons were aimed at Ukraine overnight: 131 Shahed drones, eight cruise missiles and
four Iskander-M", "The enemy aimed 57 weapons at the Lviv region - 50 decoys and seven cruise
missiles", "40 drones were downed: 25 Shaheds and 15 Gerberas". Each "<N> <weapon>" item of the
list takes the role (launched or intercepted) of the last launch or interception verb before the
opener. A list line under a header line is read in list_items.py; this is the same concept
inside one sentence."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...grounding.brackets import blank_brackets
from ...knowledge import cues as cue_words
from ...sentences import Sentence

_OPENER = re.compile(r"\s*:\s+|\s+[-\u2013\u2014]{1,2}\s+|\s*[\u2013\u2014]\s*")
# words that would make the item a clause of its own, not a list item
_VERB_BETWEEN = re.compile(rf"{lx.LAUNCH_CUES.pattern}|{lx.INTERCEPT_CUES.pattern}"
                           r"|\b(?:were|was|is|are|had|have|has|killed|injured|wounded|hit|struck)\b", re.I)
# "By type:", "Of them:": a label with no verb of its own, opening its sentence
_BREAKDOWN = re.compile(rf"\s*(?:{cue_words.plain_alternation('weapons', 'breakdown_headers')})\s*", re.I)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def opener_role(text: str, s: Sentence, pos: int) -> str | None:
    """The role the predicate before the list opener that governs position `pos` gives its items:
    "launched", "intercepted", or None when no opener governs `pos` or the predicate has neither."""
    opener = None
    # r20 (dev38 C3): a colon inside a bracket is an aside's ("19 missiles: 3 Iskander-M (launch area:
    # Kursk region) and 16 Kh-101"), never the list's opener (as grounding/list_roles.py reads it)
    for m in _OPENER.finditer(blank_brackets(text[s.start:pos])):
        opener = m
    if opener is None or _VERB_BETWEEN.search(text, s.start + opener.end(), pos):
        return None
    head = text[s.start:s.start + opener.start()]
    if _BREAKDOWN.fullmatch(head):
        head = _sentence_before(text, s.start)  # the breakdown of the total told just before
    return _last_role(head)


def _last_role(head: str) -> str | None:
    cues = [(m.end(), "launched") for m in lx.LAUNCH_CUES.finditer(head)]
    cues += [(m.end(), "intercepted") for m in lx.INTERCEPT_CUES.finditer(head)]
    return max(cues)[1] if cues else None


def _sentence_before(text: str, start: int) -> str:
    """The sentence that ends where the one at `start` begins (within 400 characters)."""
    before = text[max(0, start - 400):start].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(before[:-1])]
    return before[ends[-1]:] if ends else before
