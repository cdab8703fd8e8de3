"""A topic told as what leads or fills an event's agenda is no event of its own (round 15, dev28 C4):
"Sybiha goes to Ankara next week, with prisoner swaps high on the agenda" is the visit, not a swap
planned; "A swap of detainees will also be on the table" tells no swap. The event whose agenda it is
keeps its own cue. Words in `cues/diplomacy_nonevents.yaml` (agenda_after, agenda_before).

Round 17 (dev32 B3): a gathering named as known ("Wednesday's talks", "the Geneva session", "the
planned summit") as the object of a verb of discussing, alone or in a list of topics ("The two
discussed air defence and Friday's talks"), is a topic of the call or meeting that talked about
it, never a record; "discussed the war during the talks" keeps the occasion."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...sentences import Sentence
from .diplomacy_modality import clause_start

# (r50: the gap holds no new clause — "said the king would visit Rome in May and that trade would top the
# agenda": the trade, not the visit, tops it)
_AFTER = re.compile(rf"(?:(?!\b(?:that|which|whether|where|while)\b)[^.;:,]){{0,40}}?\b"
                    rf"(?:{cues.alternation('diplomacy_nonevents', 'agenda_after')})\b", re.I)
_BEFORE = re.compile(rf"\b(?:{cues.alternation('diplomacy_nonevents', 'agenda_before')})\s+(?:[\w'’-]+\s+){{0,4}}?$", re.I)


# the gathering as one already known, right before its noun: "the", "Friday's", "next week's", "the
# planned", "the Doha"; after the discussing verb itself or after a list's "and" or comma
_KNOWN = re.compile(r"(?:^\s*|\s+and\s+|\s+as\s+well\s+as\s+|,\s*)(?:also\s+)?(?:the|(?:this|next|last)\s+week['’]s|(?-i:[A-Z])[a-z]+day['’]s"
                    r"|tomorrow['’]s|yesterday['’]s|today['’]s)\s+(?:(?:upcoming|planned|coming|next|new|latest|forthcoming|(?-i:[A-Z])[\w'’-]+)\s+){0,2}?$", re.I)
_WITH_SOMEONE = re.compile(r"\s+with\b")
_GATHERING = re.compile(rf"(?:{cues.alternation('diplomacy_statements', 'gathering_nouns')}|round)\b", re.I)


def agenda_topic(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """The cue is the subject of an agenda predicate after it, or the object of one before it, or a
    known gathering discussed."""
    return bool(_AFTER.match(text, cue.end(), s.end) or _BEFORE.search(text, max(s.start, cue.start() - 90), cue.start())) \
        or _gathering_discussed(text, s, cue)


def _gathering_discussed(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    if not _GATHERING.match(cue.group(0)) or _WITH_SOMEONE.match(text, cue.end(), s.end):
        return False  # "discussed the talks with Lavrov on Tuesday": the discussion with him is an event
    lo = clause_start(text, max(s.start, cue.start() - 120), cue.start())
    verbs = list(lx.DISCUSSED_BEFORE.finditer(text, lo, cue.start()))
    if not verbs or lx.OWN_VERB_GAP.search(text, verbs[-1].end(), cue.end()):
        return False
    between = text[verbs[-1].end():cue.start()]
    return bool(_KNOWN.search(between)) and not re.search(r"\b(?:at|during|in|on|after|before|ahead\s+of|on\s+the\s+sidelines\s+of|by|over|via|with)\s+\S+\s+(?:\S+\s+){0,2}$", between, re.I)
