"""Events nobody has decided on, and events told only in the plural (dev21 class C2, the family of
dev19 C1 and dev20 C1). A side weighing, mulling or studying a measure or a trip ("Japan is weighing
fresh sanctions", "new curbs are under consideration in Seoul", "Rome has yet to decide whether to
send more shells") puts nothing to anyone: a stance, no event (codebook rule 13). A quantified
plural event noun ("a handful of prisoner exchanges", "dozens of calls", "repeated visits") tells an
aggregate of events, none of them one event (rule 17); rounds of talks are one track of talks. The words live in
`cues/diplomacy_deliberation.yaml`."""

from __future__ import annotations

import re
from functools import partial

from ...calendar_days import MON, WD
from ...knowledge import cues
from ...records import DiplomacyKind
from ...sentences import Sentence
from .diplomacy_modality import clause_start


_alt = partial(cues.alternation, "diplomacy_deliberation")


_NOT_OBJECT = rf"(?:{_alt('not_the_object')}|and|then|but|before|after|while)\b"
# the verb, then up to five words that are no preposition of a thing done ("weighing fresh",
# "considering a possible", "has yet to decide whether to"), then the cue
_GOVERNED = re.compile(rf"\b(?:{_alt('deliberation_verbs')})\s+(?:(?!{_NOT_OBJECT})[\w'’-]+\s+){{0,5}}?$", re.I)
_PASSIVE = re.compile(rf"\s*(?:[\w'’-]+\s+){{0,4}}?(?:{_alt('deliberation_passive')})\b", re.I)
_MODIFIER = rf"(?:(?!(?:{_alt('not_a_modifier')})\b)[\w'’-]+\s+)"
_AGGREGATE = re.compile(rf"\b(?:{_alt('aggregate_quantifiers')})\s+{_MODIFIER}{{0,2}}?$", re.I)
_COUNTABLE = re.compile(rf"\b(?:{_alt('countable_quantifiers')})\s+{_MODIFIER}{{0,2}}?$", re.I)
# a day the sentence names ("on Monday", "on 3 March", "March 3"): one day's events
NAMED_DAY = re.compile(rf"\b(?:{WD}|yesterday|today|tomorrow)\b|\b\d{{1,2}}\s+{MON}\b|\b{MON}\s+\d{{1,2}}\b", re.I)
# measures are plural by nature ("several new sanctions", "a few more shells"): one decision all the same;
# talks in rounds are one track of talks ("three rounds of talks in Istanbul": the gold codes the track)
_EVENT_KINDS = {DiplomacyKind.meeting, DiplomacyKind.summit, DiplomacyKind.visit,
                DiplomacyKind.phone_call, DiplomacyKind.prisoner_exchange, DiplomacyKind.proposal}
_REACH = 120


def undecided(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """The cue is the object of a deliberation ("is mulling a visit to Kyiv") or its subject in the
    passive ("sanctions are being weighed")."""
    lo = clause_start(text, max(s.start, cue.start() - _REACH), cue.start())
    if _GOVERNED.search(text, lo, cue.start()):
        return True
    mark = re.compile(r"[,;:()\u2014\u2013]").search(text, cue.end(), s.end)
    return bool(_PASSIVE.match(text, cue.end(), mark.start() if mark else s.end))


def aggregate(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """A quantified plural of events ("only a few prisoner swaps"); a countable one ("two rounds of
    talks", "a series of meetings") stays one day's event when the sentence names the day."""
    words = cue.group(0).split()
    if kind not in _EVENT_KINDS or not words or not (words[0].endswith("s") or words[-1].endswith("s")):
        return False
    lo = clause_start(text, max(s.start, cue.start() - _REACH), cue.start())
    if _AGGREGATE.search(text, lo, cue.start()):
        return True
    return bool(_COUNTABLE.search(text, lo, cue.start())) and not NAMED_DAY.search(text, s.start, s.end)
