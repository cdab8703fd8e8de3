"""Who meets decides the kind (dev18 class C1; codebook rule 14, ruling of 1 December 2026): a
meeting of two states' ministers, envoys, delegations, negotiators, advisers or officials, or a
leader receiving another state's minister, is `talks`; `meeting` stays for an organisation's own
sitting and for leaders who only meet. A visit named by the adjective "visiting" before the
guest's office ("met the visiting Norwegian defence minister") is no visit of its own: the event
is the meeting, so talks. Talks in a third state's city bring that state in as host (rule 15)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...records import Diplomacy, DiplomacyKind
from ...sentences import Sentence

_WORKING_ROLE = cues.pattern("diplomacy_working_level", "working_level_role")
_VISITING_GUEST = cues.pattern("diplomacy_working_level", "visiting_guest")
_GROUP_LEADERS = cues.pattern("diplomacy_working_level", "group_leaders")
_REMOTE = re.compile(r"\b(?:video|virtual|virtually|online|remotely|by\s+phone)\b", re.I)
_BARE_NOUN = re.compile(r"meetings?", re.I)
_WORKING_PEOPLE_AFTER = re.compile(rf"(?:{cues.alternation('diplomacy_working_level', 'working_people_after_noun')})", re.I)
# "a meeting of Sikorski and Tajani, their countries' foreign ministers": the names, then their office
# in an appositive (r16, dev29 D10)
_NAMED_THEN_ROLE = re.compile(
    r"\s+(?:of|between|involving)\s+(?:(?-i:[A-Z])[\w'’.-]+\s*(?:\s+and\s+|\s+)?){1,6},\s+(?:the\s+|their\s+)?"
    r"(?:two\s+|three\s+)?(?:(?:sides|countries|states|nations|governments)['’]\s+|respective\s+)?"
    r"(?:top\s+|chief\s+|deputy\s+)?(?:(?:foreign|defen[cs]e|economy|energy|trade)\s+)?"
    r"(?:ministers|envoys|negotiators|advis[eo]rs|diplomats)\b", re.I)


def working_level_kind(text: str, s: Sentence, cue: re.Match[str], rec: Diplomacy) -> Diplomacy:
    """The record, as talks when states' working-level people meet (see the module's docstring)."""
    if not _meets_as_states(rec) or not _WORKING_ROLE.search(text, s.start, s.end):
        return rec
    if rec.kind is DiplomacyKind.visit and not _VISITING_GUEST.match(text, cue.start(), s.end):
        return rec  # "the minister visited Kyiv": the visit itself is the event
    if rec.kind not in (DiplomacyKind.meeting, DiplomacyKind.visit) or (
            _BARE_NOUN.fullmatch(cue.group(0)) and not _WORKING_PEOPLE_AFTER.match(text, cue.end(), s.end)
            and not _NAMED_THEN_ROLE.match(text, cue.end(), s.end)):
        return rec  # "chaired a meeting with commanders and the Dutch minister": the host's own sitting;
        # "a meeting of French and Polish officials" is talks (dev20 C6)
    rec.kind = DiplomacyKind.talks
    host = rec.location.country if rec.location else None
    if host and host not in rec.participants and lx.canonical_country(host):
        rec.participants.append(host)  # "met in Oslo": Norway hosts the talks (rule 15)
    return rec


def group_leaders_kind(text: str, s: Sentence, cue: re.Match[str], rec: Diplomacy) -> Diplomacy:
    """A bloc's or group's leaders gathering ("EU leaders will meet in Brussels") is a summit:
    leaders of several states (codebook 14); the bloc's ministers or envoys stay its meeting."""
    lo = max(s.start, cue.start() - 60)
    if rec.kind is not DiplomacyKind.meeting or not (any(lx.canonical_org(p) for p in rec.participants)
                                                     or _leaders_gather(text, lo, cue)):
        return rec
    if _REMOTE.search(text, s.start, s.end):
        return rec  # "leaders of the coalition held a video conference": the group's meeting
    if _COUNCIL_SITTING.match(cue.group(0)):
        return rec  # "is to join the leaders at a sitting of the EU-Moldova Council": its meeting (r21)
    if _GROUP_LEADERS.search(text, lo, min(s.end, cue.end() + 60)) and not _WORKING_ROLE.search(text, lo, cue.start()):
        rec.kind = DiplomacyKind.summit
    return rec


# r25: leaders as the subject of a verb of gathering ("leaders of the coalition gathered in Paris",
# "European leaders met in Brussels"): leaders of several states, whatever group they form
# (the cue may hold its subject: "leaders of the coalition gathered ")
_GATHER_VERB = re.compile(r"\b(?:gathered|gather|gathers|met|meet|meets|convened|convene|assembled)\s*$", re.I)


def _leaders_gather(text: str, lo: int, cue: re.Match[str]) -> bool:
    verb = _GATHER_VERB.search(cue.group(0))
    return verb is not None and _GROUP_LEADERS.search(text, lo, cue.start() + verb.start()) is not None \
        and _NO_OBJECT.match(text, cue.end()) is not None  # "leaders met President X": a meeting with him


# the verb used without an object: "gathered in Paris", "met on Thursday", "convened, ..."
_NO_OBJECT = re.compile(r"\s*(?:(?:in|at|on|for|near|outside|inside|behind|over|via|online|again|together|virtually)\b|[,.;]|$)",
                        re.I)


_COUNCIL_SITTING = re.compile(cues.alternation("diplomacy_kinds_more", "council_sitting"))


def working_role(role: str | None) -> bool:
    """A dictionary role of a state's minister, envoy, adviser or official (not a head of state or government)."""
    return bool(role and _WORKING_ROLE.search(role) and not _HEAD_ROLE.match(role))


_HEAD_ROLE = re.compile(rf"(?:{cues.alternation('diplomacy', 'head_roles')})\b", re.I)


def _meets_as_states(rec: Diplomacy) -> bool:
    """Two or more sides, all of them states: an organisation's people meet as its own sitting."""
    return len(rec.participants) >= 2 and not any(lx.canonical_org(p) for p in rec.participants)
