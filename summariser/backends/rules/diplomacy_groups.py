"""A bloc's or group's gathering named by its members' office (class D1): the description set
between commas after the group's name ("the Nordic-Baltic Eight, a grouping chaired by Latvia
that funds drones for Ukraine, …") is no part of the event — its states, aid and places are the
group's description, not sides, kind or venue — and a video conference the group holds is the
group's meeting. The words live in `cues/diplomacy.yaml` (`group_nouns`, `appositive_openers`)."""

from __future__ import annotations

import re

import datetime as dt

from ... import lexicon as lx
from ...knowledge import cues
from ...records import DiplomacyKind, DiplomacyStatus
from ...sentences import Sentence
from .diplomacy_dates import diplomacy_date

_GROUP_NOUNS = cues.alternation("diplomacy", "group_nouns")
_OPENERS = f'{cues.alternation("diplomacy", "appositive_openers")}|{cues.alternation("diplomacy", "appositive_openers_counted")}'
# a group named just before the comma: an organisation of the actor dictionary or a group noun
_GROUP_END = re.compile(rf"(?:\b(?:{'|'.join(lx.ORGANISATIONS)})|\b(?:{_GROUP_NOUNS}))\s*$", re.I)
# ", a grouping chaired by…", ", which coordinates…", "(the bloc that…)": a description opening
_OPENER = re.compile(rf"\s*(?:,|\(|\s[\u2014\u2013-])\s*(?:{_OPENERS})\b", re.I)
_CLOSE = re.compile(r",|\)|\s[\u2014\u2013-]\s")
# a list goes on after the comma: "France, Germany and Poland"
_LIST_ITEM = re.compile(r"\s*(?:and\s+)?(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*(?:,|\band\b|\bor\b)")
# How far back the group's name may end before the comma, in characters (the name itself).
_NAME_REACH = 60


def appositive_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Descriptions set off after a group's name and closed before the sentence ends (the main
    clause goes on after them): [opening, closing) of each."""
    out = []
    for m in _OPENER.finditer(text, start, end):
        if not _GROUP_END.search(text, max(start, m.start() - _NAME_REACH), m.start()):
            continue
        close = _CLOSE.search(text, m.end(), end)
        while close and close.group(0) == "," and _LIST_ITEM.match(text, close.end(), end):
            close = _CLOSE.search(text, close.end(), end)  # "brings together France, Germany and Poland,"
        if close and text[close.end():end].strip(" .\n"):
            out.append((m.start(), close.start()))
    return out


def in_appositive(text: str, s: Sentence, pos: int) -> bool:
    return any(a <= pos < b for a, b in appositive_spans(text, s.start, s.end))


def group_gathering_kind(kind: DiplomacyKind, cue: re.Match[str], participants: list[str],
                         text: str = "", s: Sentence | None = None) -> DiplomacyKind:
    """A video conference, or envoys meeting, whose only sides are organisations or groups is the
    group's meeting (codebook rule 14: `meeting` for an organisation's meeting), not a call
    between two sides nor negotiating parties' talks; so is a joint body's sitting by video (r47:
    "the NATO-Ukraine Council will sit by video link")."""
    orgs_only = bool(participants) and all(lx.canonical_org(p) for p in participants)
    body = s is not None and BODY_MEETS.search(text, s.start, s.end) is not None
    if kind in (DiplomacyKind.phone_call, DiplomacyKind.talks) and _VIDEO.search(cue.group(0)) and (orgs_only or body):
        return DiplomacyKind.meeting
    if kind is DiplomacyKind.talks and orgs_only and not _TALKS_WORD.search(cue.group(0)):
        return DiplomacyKind.meeting  # "NATO envoys met in Brussels": the organisation's meeting
    return kind


_VIDEO = re.compile(r"video", re.I)
BODY_MEETS = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'body_meets')})\b", re.I)
_TALKS_WORD = re.compile(r"talks|negotiat", re.I)


# A gathering told in the present simple, the calendar's tense: "ministers gather in Capri",
# "Oslo hosts the coalition", "leaders convene" (not "gathered", "will gather").
_PRESENT = re.compile(r"\b(?:gather|gathers|meet|meets|convene|convenes|host|hosts|assemble|assembles"
                      r"|travels|flies|arrives)\b", re.I)  # r35 (dev57 R2): "the envoy flies to Oslo on Monday"
_PRESENT_AFTER = re.compile(rf"\s+(?:(?:also|formally|officially)\s+)?(?:{cues.alternation('diplomacy', 'scheduled_present_after')})\b", re.I)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|to|could|might|may|should|must|can|did|does|do|not)\s+(?:\w+\s+)?$", re.I)


def scheduled_present(text: str, s: Sentence, cue: re.Match[str], published: dt.date | None) -> bool:
    """A gathering told in the present simple with a day still to come ("G7 ministers gather in Capri
    on 18-19 April", in a list of what is coming up): planned, not held on that day a year ago."""
    verb = _PRESENT.search(cue.group(0)) or _PRESENT.match(text, cue.start(), cue.end()) \
        or _PRESENT_AFTER.match(text, cue.end(), s.end)  # "where the summit opens on Wednesday" (r22, dev42 D4)
    if verb is None or published is None or _MODAL_BEFORE.search(text, s.start, cue.start() + verb.start()):
        return False
    ahead = diplomacy_date(text, s.start, s.end, published, DiplomacyStatus.planned)
    return bool(ahead and ahead.start and ahead.start > published)


def attendance_roster(text: str, s: Sentence) -> bool:
    """"Finland's X, Estonia's Y and Lithuania's Z attended": parties of the gathering just told;
    "no Russian officials took part" names none."""
    m = lx.ATTENDED.search(text, s.start, s.end)
    if m is None:  # "Round the long table sat A, B and C" (r16, dev29 D8)
        seated = _SEATED.match(text, s.start, s.end)
        return seated is not None and not lx.NOT_ATTENDING.search(text, s.start, s.end)
    return not lx.NOT_ATTENDING.search(text, s.start, m.start())


# an inverted roster: the place at the gathering first, then its verb, then who sat there
_SEATED = re.compile(r"\W*(?:around|round|at|seated\s+(?:around|at))\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:table|podium|stage)\b"
                     r"[^.;:]{0,60}?\b(?:sat|were|stood|gathered|were\s+seated)\s+(?-i:[A-Z])", re.I)
