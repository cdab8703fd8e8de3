"""Events a sentence names that nobody undertakes (dev20 class C1, the family of dev19 C1): an
intention denied on its noun or verb ("has no plans, at present, to phone X", "is not about to
meet Y", "has ruled out a call"), a trip taken in place of the event ("the envoy flew to Doha
instead") and a measure only urged ("urging a full ban on Russian steel", "pressing for an
embargo"). None is an event, nor a plan of one. The words live in `cues/diplomacy_nonevents.yaml`."""

from __future__ import annotations

import re
from functools import partial

from ...knowledge import cues
from ...records import DiplomacyKind
from ...sentences import Sentence
from .diplomacy_modality import CLAUSE_MARK, clause_start


_alt = partial(cues.alternation, "diplomacy_nonevents")


# "no plans, for the moment, to", "no intention at this stage of", "no plans for Zelensky to":
# the denied intention, an aside between commas, a few words, the link, then a few words to the cue
_INTENTION = rf"\b(?:{_alt('negated_intention_before')})\b(?:\s*,[^,.;:]{{1,40}},)?(?:\s+[\w'’-]+){{0,5}}?"
_LINK = rf"(?:{_alt('negated_intention_link')})"
_NEGATED_INTENTION = re.compile(rf"{_INTENTION}\s+{_LINK}\s+(?:[\w'’-]+\s+){{0,4}}?$", re.I)
# the same when the cue itself opens with the link ("to speak with")
_NEGATED_INTENTION_BARE = re.compile(rf"{_INTENTION}\s*$", re.I)
_OPENS_WITH_LINK = re.compile(rf"{_LINK}\s", re.I)
# an appeal right before the event noun, in its clause: "urging a complete ban on"
# ("urged calm and met Zelensky": a verb of its own after "and" is the event, not the appeal's object)
_URGED = re.compile(rf"\b(?:{_alt('urged_before')})\s+(?:(?!(?:and|then|but|before|after|while)\b)[\w'’-]+\s+){{0,5}}?$", re.I)
_REPLACEMENT = re.compile(rf"\b(?:{_alt('replacement_marks')})\b", re.I)
_OPENING_INSTEAD = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}?instead\b", re.I)
# a visit told by a travel verb, not by the word "visit" ("flew to", "headed to", "travelled to")
_TRAVEL_VERB = re.compile(r"\b(?:travel|fl[iy]|flew|head|arriv)", re.I)
_REACH = 120


def not_undertaken(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """The cue's event is denied as an intention, replaced by a trip, or only urged."""
    return _negated_intention(text, s, cue) or _urged(text, s, cue) or _replacement_trip(text, s, cue, kind)


def _negated_intention(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """"Sanchez has no plans, at present, to phone Erdogan", "is not about to meet Zelensky"."""
    before = max(s.start, cue.start() - _REACH)
    rx = _NEGATED_INTENTION_BARE if _OPENS_WITH_LINK.match(cue.group(0)) else _NEGATED_INTENTION
    return bool(rx.search(text, before, cue.start()))


def _urged(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """"Tusk, urging an outright ban on Russian LNG, said…": the appeal governs the cue's noun."""
    lo = clause_start(text, max(s.start, cue.start() - _REACH), cue.start())
    return bool(_URGED.search(text, lo, cue.start()))


def _replacement_trip(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """"Kellogg, meant to lead the team, travelled to Doha instead": travel in place of the event."""
    if kind is not DiplomacyKind.visit or not _TRAVEL_VERB.match(cue.group(0)):
        return False
    mark = CLAUSE_MARK.search(text, cue.end(), s.end)
    if _REPLACEMENT.search(text, cue.end(), mark.start() if mark else s.end):
        return True
    return bool(_OPENING_INSTEAD.match(text, s.start, cue.start()))
