"""How far a stance, a request or a negated idiom reaches (dev14 class C2). A stance on carrying an
event on governs its whole object, "including" asides and participles too ("is still ready to
continue contacts with Washington, including talks on Ukraine": no talks held); an event noun in
a negated idiom is no event ("the borders are not up for negotiation"); and a gathering named
only as the forum of a request ("asked again for guarantees at the summit", "sought assurances
before any summit decision") is a topic unless the sentence dates it. Words in
`cues/diplomacy_scope.yaml`."""

from __future__ import annotations

import re
from functools import partial

from ...calendar_days import WD_NAMES
from ...knowledge import cues
from ...records import DiplomacyKind
from ...sentences import Sentence


_alt = partial(cues.alternation, "diplomacy_scope")


_STANCE = re.compile(rf"\b(?:{_alt('stance_continue')})\b", re.I)
_BREAK = re.compile(rf"(?:{_alt('scope_breaks')})", re.I)
_NEGATED_IDIOM = re.compile(rf"\b(?:{_alt('negated_idiom')})\s+(?:(?:any|a|an|the|further|direct|new)\s+)*$", re.I)
_REQUEST = re.compile(rf"\b(?:{_alt('request_verbs')})\b", re.I)
_FORUM = re.compile(
    rf"\b(?:{_alt('forum_before')})\s+(?:(?:the|a|an|any|this|next|its|their|this\s+year['’]s|next\s+month['’]s|next\s+week['’]s)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?$", re.I)
_FORUM_NOUN_AFTER = re.compile(rf"\s*(?:{_alt('forum_noun_after')})\b", re.I)
_ANY_BEFORE = re.compile(r"\bany\s+(?:[\w'’-]+\s+){0,1}?$", re.I)
# A day that dates the gathering itself: a weekday, a day of a month, "next week".
_DATED = re.compile(
    r"\b(?:" + WD_NAMES + r"|\d{1,2}\s+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+\d{1,2})\b")
# "were getting ready for a summit": an act of preparing, no stance (dev18 class C5)
_GETTING = re.compile(r"\b(?:get|gets|got|getting|gotten)\s+$", re.I)
# How far before the cue a stance or a request may govern it.
_REACH = 160
_GATHERINGS = {DiplomacyKind.summit, DiplomacyKind.meeting, DiplomacyKind.talks}


# the calendar words and the day words of diplomacy_statements.yaml (`scheduled`, `exact_day`)
_SCHEDULE = cues.regex("diplomacy_statements", "scheduled", word_end=False)
_EXACT_DAY = cues.regex("diplomacy_statements", "exact_day", flags=0)
_DAY_REACH = 30  # characters from "scheduled for" to its day


def own_schedule(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """r37: the event carries its own day right after its noun ("ready to receive a new round of
    talks, scheduled for 4 May"): the round is set, whatever stance frames the host's part in it."""
    return any(_EXACT_DAY.search(text, m.end(), min(s.end, m.end() + _DAY_REACH))
               for m in _SCHEDULE.finditer(text, cue.end(), min(s.end, cue.end() + _REACH)))


def stance_governs(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """A stance frame earlier in the sentence whose object runs, unbroken by a clause of its own,
    up to the cue."""
    if own_schedule(text, s, cue):
        return False
    lo = max(s.start, cue.start() - _REACH)
    frames = [f for f in _STANCE.finditer(text, lo, cue.start()) if not _GETTING.search(text, lo, f.start())]
    return bool(frames) and not _BREAK.search(text, frames[-1].end(), cue.start())


def negated_idiom(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """"X is not up for negotiation", "off the negotiating table at the talks": no event."""
    return bool(_NEGATED_IDIOM.search(text, max(s.start, cue.start() - 60), cue.start()))


def forum_only(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """A gathering named only as where (or before which) something is asked for, or as the
    modifier of another noun ("a summit decision"), with no day of its own in the sentence."""
    if kind not in _GATHERINGS or _DATED.search(text, s.start, s.end):
        return False
    if _FORUM_NOUN_AFTER.match(text, cue.end(), s.end) and _ANY_BEFORE.search(text, max(s.start, cue.start() - 20), cue.start()):
        return True  # "before any summit decision"
    forum = _FORUM.search(text, max(s.start, cue.start() - 60), cue.start())
    if forum is None:
        return False
    requests = list(_REQUEST.finditer(text, max(s.start, cue.start() - _REACH), forum.start()))
    return bool(requests) and not _BREAK.search(text, requests[-1].end(), forum.start())


_SETTING_BEFORE = re.compile(rf"\b(?:{_alt('setting_before')})$", re.I)
_SETTING_CUE = re.compile(rf"(?:{_alt('setting_cue')})", re.I)
_SETTING_NOUN = re.compile(rf"\b(?:{_alt('setting_nouns')})\b", re.I)


# r31: a gathering introduced as the occasion ("at talks in X on Thursday", "during their meeting on 3 May")
_OCCASION_BEFORE = re.compile(rf"\b(?:{_alt('occasion_before')})$", re.I)
_GATHERING_CUE = re.compile(rf"\b(?:{_alt('occasion_nouns')})\b", re.I)


def dated_occasion(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """"Washington pressed Kyiv to accept a truce at talks in Jeddah on Tuesday": talks with a day of their own,
    named as where the appeal was made, are held, not asked for (a dated sentence only: "urged allies to act at the
    summit" with no day stays the request's forum)."""
    return bool(_GATHERING_CUE.match(cue.group(0)) and _OCCASION_BEFORE.search(text, max(s.start, cue.start() - 30), cue.start())
                and _DATED.search(text, cue.end(), s.end))


def request_setting(text: str, lo: int, cue: re.Match[str]) -> bool:
    """"Asked Tusk for shells in a phone call on Friday": the call is where the request was made, so
    an appeal before it does not make it a thing asked for (round 14, class C1)."""
    if not _SETTING_NOUN.search(cue.group(0)):
        return False
    return bool(_SETTING_CUE.match(cue.group(0)) or _SETTING_BEFORE.search(text, max(lo, cue.start() - 40), cue.start()))


def scoped_out(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """The cue sits inside a stance's object, a negated idiom or a request's forum: no event."""
    return stance_governs(text, s, cue) or negated_idiom(text, s, cue) or forum_only(text, s, cue, kind)
