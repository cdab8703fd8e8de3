"""The kind of a meeting of leaders by its form (dev21 class C5; codebook 14). A leader announced to
host, receive or welcome a foreign head of state or government ("Erdogan will host the Georgian prime
minister in Ankara on Thursday") announces that guest's visit: the visitor's meetings with the hosts
are part of it. (The hosting reported as done, "Tusk received Zelensky in Warsaw", stays the meeting
the earlier sets' gold reads.) A meeting named by the heads' plural office ("the Vienna meeting
between the two presidents") is a summit, as "the US and Russian presidents will meet" is (dev5);
leaders named by name stay a meeting. The words live in `cues/diplomacy_leaders_kind.yaml`."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...records import Diplomacy, DiplomacyKind
from ...sentences import Sentence
from .participants import ArticleActors


def _alt(name: str) -> str:
    return cues.alternation("diplomacy_leaders_kind", name)


_HOST = re.compile(rf"\b(?:{_alt('host_verbs')})\s+(?!(?:{_alt('not_a_guest')})\b)", re.I)
_GUEST_HEAD = re.compile(rf"(?:{_alt('guest_heads')})", re.I)
_HEADS_PLURAL = re.compile(rf"\b(?:{_alt('heads_plural')})\b", re.I)
_HEAD_ROLE = re.compile(rf"(?:{cues.alternation('diplomacy', 'head_roles')})\b", re.I)


def leaders_kind(text: str, s: Sentence, cue: re.Match[str], rec: Diplomacy, actors: ArticleActors) -> Diplomacy:
    """The record as a visit (a foreign head's hosting announced) or a summit (the heads' plural office)."""
    if rec.kind is not DiplomacyKind.meeting:
        return rec
    host = rec.location.country if rec.location else None
    if _hosts_foreign_head(text, s, actors, host):
        rec.kind = DiplomacyKind.visit
    elif _HEADS_PLURAL.search(text, cue.start(), min(s.end, cue.end() + 40)):
        rec.kind = DiplomacyKind.summit
    return rec


def _hosts_foreign_head(text: str, s: Sentence, actors: ArticleActors, host: str | None) -> bool:
    """"will host the Georgian prime minister", "is to receive Zelensky": a head by office or by the
    actor dictionary right after an announced host verb, of a state other than the venue's."""
    for verb in _HOST.finditer(text, s.start, s.end):
        if _GUEST_HEAD.match(text, verb.end(), s.end):
            guest = [a.actor.name for a in actors.within(verb.end(), min(s.end, verb.end() + 40))]
            return not guest or guest[0] != host
        person = [a for a in actors.within(verb.end(), verb.end() + 1) if a.actor.via == "person"]
        if person and person[0].actor.role and _HEAD_ROLE.match(person[0].actor.role):
            return person[0].actor.name != host
    return False
