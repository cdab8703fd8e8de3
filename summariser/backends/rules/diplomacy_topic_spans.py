"""What an event discussed, told in its own clause (round 34): the topic's time words are no status of
the event that discussed it. "discussed the upcoming summit during a phone call on Thursday", "spoke by
phone with the Elysee on Thursday about the summit planned for October": the call was held, whatever the
summit's time. (Whether the topic is an event of its own is `diplomacy_agenda_topic`'s question.)"""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues


# the cue as the occasion of the discussing verb before it: "discussed X during a call", "in talks"
_BY_WAY_OF = r"(?:during|in|at|on|over|by|via)"
_OCCASION_TAIL = re.compile(rf"[\s,]+{_BY_WAY_OF}\s+(?:(?:a|an|the|their|his|her|its|this|that|[\w'’-]+['’]s)\s+)?"
                            r"(?:[\w'’-]+\s+){0,2}$", re.I)
_OCCASION = re.compile(rf"{_BY_WAY_OF}\s", re.I)
_ABOUT = re.compile(r"\s(?:about|regarding|concerning)\s", re.I)
# the cue opening its clause, its subject: "Talks on", "The planned call about", "the Istanbul talks on"
_SUBJECT_START = re.compile(r"(?:.*[,;:]\s*)?((?:the|a|an|new|fresh|further)\s+(?:[\w'’-]+\s+){0,2})?", re.I | re.S)
# an auxiliary that is no relative clause's own: the main verb of the clause the topic sits in
_MAIN_AUX = re.compile(r"(?<!which )(?<!that )(?<!who )\b(?:is|are|was|were|will|would|has|have|had|shall|must)\b", re.I)


def topic_spans(text: str, lo: int, hi: int, cue: re.Match[str]) -> list[tuple[int, int]]:
    """The spans of the cue's clause that tell what the event discussed: the object of a discussing
    verb of which the cue is the occasion, and what follows "about" or "on" after the cue, up to the
    clause's own verb ("Talks on the swap are scheduled for Friday": scheduled)."""
    discussed = discussed_before(text, lo, cue)
    spans = [discussed] if discussed else []
    about = lx.TOPIC_LINK.match(text, cue.end(), hi) or _ABOUT.search(text, cue.end(), hi)
    if about:  # up to the clause's own verb where the event is its subject: "Talks about the swap are
        # scheduled for Friday", "Talks on how Europe would back a truce were held": were (its last)
        verbs = list(_MAIN_AUX.finditer(text, about.end(), hi)) if _is_subject(text, lo, cue) else []
        spans.append((about.end(), verbs[-1].start() if verbs else hi))
    return spans


def discussed_before(text: str, lo: int, cue: re.Match[str]) -> tuple[int, int] | None:
    """The object of a discussing verb of which the cue is the occasion ("discussed the summit set for
    October 3 during a call"): its days and plans are the topic's, not the call's."""
    verbs = list(lx.DISCUSSED_BEFORE.finditer(text, lo, cue.start()))
    if not verbs or lx.OWN_VERB_GAP.search(text, verbs[-1].end(), cue.start()):
        return None
    occasion = _OCCASION.match(cue.group(0)) or _OCCASION_TAIL.search(text, verbs[-1].end(), cue.start())
    if occasion is None:  # (the cue itself may begin with the occasion's preposition: "during a call")
        return None
    return verbs[-1].end(), cue.start() if occasion.re is _OCCASION else occasion.start()


def _is_subject(text: str, lo: int, cue: re.Match[str]) -> bool:
    """The event noun opens its clause, after a determiner or as the sentence's capitalised first word
    ("Talks on ..."); a verb cue after its subject ("Zelensky spoke with ...") is not one."""
    head = _SUBJECT_START.fullmatch(text, lo, cue.start())
    return head is not None and (head.group(1) is not None or cue.group(0)[:1].isupper())


# r34: what an appeal asks of its addressee ("urged Doha to press for a new round with Moscow"): the
# content of the request, whose states are no sides of the call or meeting it was made in
_REQUESTED = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'appeal_verbs')})\s+(?:[\w'’-]+\s+){{1,4}}?to\s+(?=[a-z])")


def requested_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The content of each appeal in the span: no side of the event the appeal was made in."""
    spans = []
    for m in _REQUESTED.finditer(text, start, end):
        stop = lx.CLAUSE_MARK.search(text, m.end(), end)
        spans.append((m.end(), stop.start() if stop else end))
    return spans
