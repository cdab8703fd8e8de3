"""The status an event noun's own main verb gives when the noun opens the sentence as its subject,
however long the subject (dev24 C2, dev23 C3): "Talks mediated by Qatar on returning deported
children have been frozen since March" (stalled: the participle "mediated by" is no main verb);
"The round in Vienna, which had been set for May, was put off; no new date was named" (stalled:
codebook 16, postponed with no new day; a new day told later turns it planned downstream);
"Talks that had stalled since January resumed on Tuesday" (held: the stall is the relative
clause's). None when the noun is no opening subject or no main verb is found within reach."""

from __future__ import annotations

import re
from functools import partial

from ...knowledge import cues
from ...records import DiplomacyStatus
from ...sentences import Sentence


_alt = partial(cues.alternation, "diplomacy_frames")


_GATHERING_NOUN = re.compile(rf"\b(?:{cues.alternation('diplomacy_called_off', 'gathering_nouns')})$", re.I)
# the noun opens the sentence: at most a determiner, an ordinal and an adjective or two before it
# (r47, dev69: a short fronted phrase and its comma may come first: "Closer to home, talks ... were postponed")
_OPENING = re.compile(
    r"\s*(?:(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+,\s+)?(?:(?!(?:after|following|during|before|since|despite|at|on|in|for|with|from|ahead|amid|as|when|while|if|but)\b)"
    r"[\w'’.-]+\s+){0,4}$", re.I)
# (r30: "is being postponed", the words in quotes: 'is "being postponed"')
_AUX = r"(?:has|have|had|was|were|is|are|will|would)(?:\s+(?:now|since|also|again|abruptly|quietly|reportedly|officially|effectively|largely|indefinitely|not|never))?(?:\s+[\"“']?be(?:en|ing)?)?"
_VERB = re.compile(rf"\s(?:(?P<aux>{_AUX})\s+[\"“']?(?:\w+ly\s+)?(?P<part>[a-z]+(?:\s+(?:off|down|back|through|place|ahead))?)|(?P<bare>{_alt('bare_main_verbs')}))\b", re.I)
_RELATIVE = re.compile(r"\b(?:that|which|who)\b", re.I)
# r30: the noun opening a reported clause ("Peskov said on Thursday that the meeting ... is being postponed")
_REPORTED_OPENING = re.compile(r"\b(?:said|says|announced|confirmed|stated|statement|told\s+[\w'’-]+(?:\s+[\w'’-]+)?)\b[^.;:]{0,40}?"
                               r"\bthat\s+(?:[\w'’.-]+\s+){0,4}$", re.I)
_STATUS = [(DiplomacyStatus.held, re.compile(rf"(?:{_alt('held_verbs')})", re.I)),
           (DiplomacyStatus.cancelled, re.compile(rf"(?:{_alt('cancelled_verbs')})", re.I)),
           (DiplomacyStatus.stalled, re.compile(rf"(?:{_alt('stalled_verbs')})", re.I))]
# "postponed indefinitely" is left to the status cues (stalled); "postponed from February", "delayed by a day": held late
_NOT_THIS_READERS = re.compile(r"\s+(?:indefinitely|from|by)\b", re.I)
_FUTURE = re.compile(r"(?:will|would)\b", re.I)
_NEGATED = re.compile(r"\b(?:not|never)\b", re.I)
_REACH = 220
# a colon or semicolon opens a clause of its own ("Please allow time: the queues are long, and talks ... were put off")
_CLAUSE_OPENER = re.compile(r"[:;]\s*")


def subject_verb_status(text: str, s: Sentence, cue: re.Match[str]) -> DiplomacyStatus | None:
    """The status of the main verb whose subject is the sentence-opening event noun `cue`."""
    start = max([s.start, *(m.end() for m in _CLAUSE_OPENER.finditer(text, s.start, cue.start()))])  # r51: after a colon
    if not (_GATHERING_NOUN.search(cue.group(0).rstrip()) and (_OPENING.match(text, start, cue.start())
                                                                or _REPORTED_OPENING.search(text, s.start, cue.start()))):
        return None
    verb = _main_verb(text, cue.end(), min(s.end, cue.end() + _REACH))
    if verb is None or _NOT_THIS_READERS.match(text, cue.end() + verb.end()):
        return None  # "postponed indefinitely" (stalled, codebook 16), "postponed from February": the cues'
    words = (verb.group("part") or verb.group("bare")).lower()
    status = next((status for status, rx in _STATUS if rx.fullmatch(words)), None)
    if status is not None and _NEGATED.search(verb.group(0)):  # "was not postponed": it went on; "would
        # not take place as planned": it was called off (r30)
        return DiplomacyStatus.held if status is not DiplomacyStatus.held else DiplomacyStatus.cancelled
    if status is DiplomacyStatus.held and _FUTURE.match(verb.group("aux") or ""):  # ("would": a plan told in the past)
        return DiplomacyStatus.planned  # "The talks, postponed last month, will now open on 3 June"
    return status


def _main_verb(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first finite verb group after the subject, past asides between commas (blanked) and a
    relative clause's own verb ("that had stalled since January resumed": "resumed"); None past a
    clause mark (the subject ended without its verb)."""
    span = _ASIDE.sub(lambda a: " " * len(a.group(0)), _LIST.sub(lambda a: a.group(0).replace(",", " "), text[lo:hi]))
    pos, relative = 0, False
    for verb in _VERB.finditer(span):
        before = span[pos:verb.start()]
        if _CLAUSE_MARK.search(before):
            return None
        relative = relative or bool(_RELATIVE.search(before))
        if not relative:
            return verb
        relative, pos = False, verb.end()  # the relative clause's verb: the main verb comes next
    return None


_ASIDE = re.compile(r",[^,.;:()]{1,120},")
# a list of names inside the subject ("of Russian, US and Ukrainian delegations"): its commas are no asides (r30)
_LIST = re.compile(r"\b[A-Z][\w'’.-]*(?:,\s+[A-Z][\w'’.-]*)+,?\s+and\s+(?=[A-Z])")
_CLAUSE_MARK = re.compile(r"[,;:()\u2014\u2013]|\s-\s")
