"""A topic hedged as a possibility inside the agenda of an event is no event of its own (dev22 class
C1b): "the talks covered, officials said, a possible new exchange of prisoners", "the agenda
included prospects for a new round". A topic told as agreed or decided ("they agreed a new exchange")
keeps its event. The words live in `cues/diplomacy_remarks.yaml`."""

from __future__ import annotations

import re
from functools import partial

from ...knowledge import cues
from ...sentences import Sentence


_alt = partial(cues.alternation, "diplomacy_remarks")


# the hedge, then up to four words ("a possible further", "the possibility of a new round of"), then the cue
# (a preposition of manner or place between, "a possible swap by phone", ends the hedged noun phrase)
_IN_PHRASE = r"(?!(?:by|in|on|at|with|during|over|via|and|but|after|before|while)\b)[\w'’-]+\s+"
_HEDGED = re.compile(rf"\b(?:{_alt('hedges')})\s+(?:{_IN_PHRASE}){{0,4}}?$", re.I)
_MANNER_CUE = re.compile(r"(?:by|in|on|at|via|over|during)\b", re.I)
_TOPIC_FRAME = re.compile(rf"\b(?:{_alt('topic_frames')})\b", re.I)
_REACH = 60


def hedged_topic(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """The cue is hedged as a possibility and named after a topic frame of its sentence."""
    if _MANNER_CUE.match(cue.group(0)):
        return False  # "discussed a possible swap by phone": the call is how they talked, not the topic
    hedge = _HEDGED.search(text, max(s.start, cue.start() - _REACH), cue.start())
    return hedge is not None and bool(_TOPIC_FRAME.search(text, s.start, hedge.start()))
