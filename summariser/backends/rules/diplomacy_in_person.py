"""Meeting in person (dev14 class C7). A sitting joined by video is another event than the
counterpart met in person afterwards ("joined the ministers' meeting by video link and later met
his Danish counterpart in person in Copenhagen": the in-person meeting has its own venue, and is
no call). Two states' ministers meeting hold talks (codebook 14, `diplomacy_working_level`)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...records import Diplomacy, DiplomacyKind
from ...sentences import Sentence
from .article_actors import ArticleActors

Cue = tuple[DiplomacyKind, re.Match[str]]

# A sitting joined from afar: "by video (link)", "via video", "remotely", "online", "by phone".
_REMOTE = re.compile(r"\b(?:(?:by|via|over|through)\s+(?:a\s+)?(?:video(?:\s*(?:link|call|conference))?|phone|telephone|videoconference)|remotely|online|virtually)\b", re.I)
_IN_PERSON = re.compile(r"\b(?:in\s+person|face[\s-]to[\s-]face|in\s+the\s+flesh)\b", re.I)
# The link to the clause of the in-person act: ", then", "and later", "before meeting".
_LINK = re.compile(r"(?:,\s*|\s+)(?:and\s+)?(?:then|later|afterwards|subsequently|and|before|after)\b(?:\s+(?:then|later|also))?\s+", re.I)
_MEET_KINDS = (DiplomacyKind.talks, DiplomacyKind.meeting)


def in_person_acts(text: str, s: Sentence, cues: list[Cue]) -> tuple[Cue | None, Cue, int] | None:
    """The sentence's first act (a sitting joined by video, a call) and the in-person meeting of a
    clause after it, with where that clause starts; None unless the sentence says "in person"."""
    person = _IN_PERSON.search(text, s.start, s.end)
    if person is None:
        return None
    remote = _REMOTE.search(text, s.start, person.start())
    if remote is None:
        return None
    for link in _LINK.finditer(text, remote.end(), person.start()):
        meet = _first_meeting_cue(text, link.end(), person.end())
        before = [x for x in cues if x[1].start() < link.start()]
        if meet is not None:
            return min(before, key=lambda x: x[1].start()) if before else None, meet, link.start()
    return None


def _first_meeting_cue(text: str, lo: int, hi: int) -> Cue | None:
    found = [(k, m) for k, rx in lx.DIPLOMACY_CUES if k in _MEET_KINDS for m in [rx.search(text, lo, hi)] if m]
    return min(found, key=lambda x: x[1].start()) if found else None


def latest_subject(rec: Diplomacy, actors: ArticleActors) -> list[str]:
    """The side the last event's sentence names first ("The IAEA chief met Russian officials ... He
    will hold talks in Kyiv": the IAEA), for a pronoun subject of the next sentence (dev14 class C3);
    else the record's first side."""
    if not rec.evidence:
        return rec.participants[:1]
    span = rec.evidence[-1]
    first = next((a.actor.name for a in actors.within(span.start, span.end) if a.actor.name in rec.participants), None)
    return [first] if first else rec.participants[:1]
