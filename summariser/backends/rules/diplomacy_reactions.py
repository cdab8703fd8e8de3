"""What others do about an event is not the event (dev13 class C5): markets or analysts watching
talks ("traders are eyeing the negotiations on gas transit") make the talks a topic, and a third
party's reaction to a gathering ("Minsk derided the Vilnius summit", "called the talks a sham") is
commentary — never the gathering held, nor cancelled. A proposal or plan rejected by the side it
was put to stays a cancelled plan (codebook 16). The words live in `cues/diplomacy_statements.yaml`."""

from __future__ import annotations

import re
from functools import partial

from ...knowledge import cues
from ...records import DiplomacyKind
from ...sentences import Sentence
from .diplomacy_modality import clause_start


_alt = partial(cues.alternation, "diplomacy_statements")
_MORE = cues.alternation("diplomacy_record_guards", "reaction_verbs_more")


# "traders are watching talks", "markets await the outcome of talks": an outside subject, a
# watching verb, then the event within a few words in the same clause
_OBSERVED = re.compile(
    rf"\b(?:{_alt('observer_subjects')})\b(?:\s+[\w'’-]+){{0,4}}?\s+(?:{_alt('observer_verbs')})\s+(?:[\w'’,-]+\s+){{0,6}}?$", re.I)
_REACTED = re.compile(rf"\b(?:{_alt('reaction_verbs')}|{_alt('reaction_verbs_more')}|{_MORE})\s+(?:the|this|that|these|those|its|their|any|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){{0,4}}?$", re.I)
_LABELLED = re.compile(rf"\b(?:{_alt('reaction_labels', 'verbs')})\s+(?:the|this|that|these|those|its|their|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){{0,4}}?$", re.I)
_LABEL_AFTER = re.compile(
    rf"(?:\s+[\w'’-]+){{0,8}}?\s+(?:as\s+)?(?:an?\s+|the\s+|nothing\s+but\s+an?\s+|little\s+more\s+than\s+an?\s+)?"
    rf"(?:[\w'’-]+\s+)?(?:{_alt('reaction_labels', 'judgements')})\b", re.I)
# dev29 D6: the event noun inside the label a reaction pins on the gathering told ("waved off the
# conference as 'a gathering of …'", "branded the summit 'a meeting of hawks'"): no event of its own
_QUOTE = "[\"“‘']"
_LABEL_HEAD = (rf"\b(?:{_alt('reaction_verbs')}|{_MORE}|{_alt('reaction_labels', 'verbs')})\s+"
               rf"(?:the|this|that|these|those|its|their|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){{0,4}}?")
_LABEL_ARTICLE = r"(?:(?:an?|another|the|just|only|merely|yet\s+another|nothing\s+but|little\s+more\s+than)\s+)"
_INSIDE_LABEL = re.compile(
    rf"{_LABEL_HEAD}(?:as\s+{_QUOTE}?\s*{_LABEL_ARTICLE}|{_QUOTE}\s*{_LABEL_ARTICLE}?)(?:[\w'’-]+\s+){{0,2}}$", re.I)
# a quoted label after the event noun ("branded the summit 'a meeting of hawks'")
_QUOTED_LABEL_AFTER = re.compile(rf",?\s+(?:as\s+)?{_QUOTE}", re.I)
# Gatherings a third party reacts to; a proposal, aid or sanctions rejected are read elsewhere.
_GATHERINGS = {DiplomacyKind.summit, DiplomacyKind.meeting, DiplomacyKind.talks, DiplomacyKind.visit,
               DiplomacyKind.phone_call}
_REACH = 120
# the gathering's own report after its noun, up to its participle: "the talks between the two delegations
# held in Geneva", "the meeting that took place on Friday"
_TOLD_HELD = re.compile(r"(?:\s+(?:between|of|with|in|on|at)(?:\s+[\w'’-]+){1,6}?)?(?:,?\s+(?:that|which))?"
                        r"\s+(?:was\s+|were\s+)?(?:held|took\s+place|conducted|concluded)\b", re.I)
# a cue read with its preposition and determiner ("on the latest call", "to the talks"): up to its noun
_CUE_LEAD = re.compile(r"(?:on|to|about|over)\s+(?:the|this|that|these|those|its|their|any)\s+(?:[\w'’-]+\s+){0,3}?(?=[\w'’-]+$)", re.I)


def observed_only(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """"Investors are eyeing negotiations on oil transit": the event noun is what outsiders watch."""
    lo = clause_start(text, max(s.start, cue.start() - _REACH), cue.start())
    return bool(_OBSERVED.search(text, lo, cue.start()))


def reaction_only(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """"The Kremlin dismissed the meeting in London", "Moscow called the Paris summit a sham": a
    reaction to a gathering, told before it in its clause."""
    if kind not in _GATHERINGS or _TOLD_HELD.match(text, cue.end(), s.end):
        return False  # r38: "welcomed the talks held in Geneva on 6 October": the gathering told held
    lo = clause_start(text, max(s.start, cue.start() - _REACH), cue.start())
    if _REACTED.search(text, lo, cue.start()) or _INSIDE_LABEL.search(text, lo, cue.start()):
        return True
    lead = _CUE_LEAD.match(text, cue.start(), cue.end())  # the cue "on the latest call": "has not commented on" it (r21)
    if lead and _REACTED.search(text, lo, lead.end()):
        return True
    if _LABELLED.search(text, lo, cue.start()) and _QUOTED_LABEL_AFTER.match(text, cue.end(), s.end):
        return True
    return bool(_LABELLED.search(text, lo, cue.start()) and _LABEL_AFTER.match(text, cue.end(), s.end))
