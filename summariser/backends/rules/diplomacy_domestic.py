"""Events that are no diplomacy (dev12 class C1): a leader's session with the state's own bodies
("chaired an emergency cabinet session", "held a meeting of the Stavka", "convened the Security
Council") and talks named only inside a clause of time or condition ("strikes will go on until
talks produce a deal", "as long as no talks are under way": a stance, codebook 13)."""

from __future__ import annotations

import re

from ...knowledge import cues
from ...lexicon.actors import COUNTRY_NAMES
from ...records import DiplomacyKind
from ...sentences import Sentence
from .diplomacy_modality import CLAUSE_MARK, clause_start

_BODY = cues.alternation("diplomacy", "domestic_bodies")
# "chaired a session of the cabinet", "convened the National Security Council", "held a meeting of
# the Stavka": a domestic body right after the verb (a few words of its own name between).
_DOMESTIC_SESSION = re.compile(
    rf"\b(?:{cues.alternation('diplomacy', 'domestic_session_verbs')})\s+(?:(?:the|an?|his|her|its|their)\s+)?"
    rf"(?:(?:meeting|session|sitting)\s+of\s+(?:the\s+|his\s+|her\s+|its\s+)?)?(?:[\w'’-]+\s+){{0,3}}?(?:{_BODY})\b"
    rf"|\b(?:{_BODY})\s+(?:meeting|session|sitting)\b"
    # r40: the session named with no verb, as minutes head it ("Extraordinary meeting of the executive committee")
    rf"|\b(?:extraordinary|emergency|regular|plenary|closed|special)\s+(?:meeting|session|sitting)\s+of\s+(?:the\s+)?"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_BODY})\b", re.I)
# A guest from outside ("with the Dutch premier", "with his Polish counterpart"): then it is diplomacy.
_GUEST = re.compile(r"\bwith\s+(?:the\s+|his\s+|her\s+|their\s+)?(?-i:[A-Z])|\bcounterparts?\b|\bvisiting\b"
                    r"|\b(?:NATO|EU|UN|G7|OSCE|allied|allies|coalition|partner|partners|international|foreign)\b", re.I)
# "chaired a meeting with commanders and the Dutch defence minister": a state named among those met.
_STATE_MET = re.compile(rf"\bwith\s+(?:[\w'’-]+\s+){{0,6}}?(?:{'|'.join(COUNTRY_NAMES)})\b")
_SESSION_KINDS = {DiplomacyKind.meeting, DiplomacyKind.talks, DiplomacyKind.summit}
_STANCE_OPENER = re.compile(
    rf"\b(?:{cues.alternation('diplomacy', 'stance_clause_openers')})\s+(?:[\w'’-]+\s+){{0,4}}?$", re.I)


def domestic_session(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind) -> bool:
    """The sentence's meeting is a session of the state's own bodies, with no guest from outside."""
    if kind not in _SESSION_KINDS:
        return False
    session = _DOMESTIC_SESSION.search(text, s.start, s.end)
    return session is not None and not _GUEST.search(text, s.start, s.end) and not _STATE_MET.search(text, s.start, s.end)


def stance_clause(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """The cue sits in a clause opened by "until", "unless", "as long as", "while" (no clause mark
    between): what the speaker makes depend on talks, not talks held or planned. A state offering
    itself as a venue and support said to go on are stances too (r18, dev33 D4)."""
    lo = clause_start(text, max(s.start, cue.start() - 60), cue.start())
    if _STANCE_OPENER.search(text, lo, cue.start()) and not CLAUSE_MARK.search(text, lo, cue.start()):
        return True
    return self_advertised(text, s, cue) or continued_support(text, s, cue) or polled_view(text, s, cue)


_POLL_SHARE = re.compile(rf"(?:{cues.alternation('diplomacy_nonevents', 'poll_shares')})\s+"
                         rf"(?:{cues.alternation('diplomacy_nonevents', 'poll_opinion_verbs')})\b", re.I)


def polled_view(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """"61% support continuing the talks", "a majority of respondents back a summit": a survey's finding,
    the share of people asked and their opinion before the cue in its clause (r44, dev66): a view, no event."""
    lo = clause_start(text, s.start, cue.start())
    return any(not CLAUSE_MARK.search(text, m.end(), cue.start()) for m in _POLL_SHARE.finditer(text, lo, cue.start()))


def self_advertised(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """"Has pitched itself as a neutral host for future talks": the talks are what the state offers
    itself for, in the same clause (codebook 13), no talks named, dated or accepted."""
    role = None
    for role in _SELF_ADVERTISED.finditer(text, max(s.start, cue.start() - 120), cue.start() + 1):
        pass
    return role is not None and role.start() <= cue.start() and not CLAUSE_MARK.search(text, role.end(), cue.start())


def continued_support(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """"Will keep up its yearly military aid", "will maintain its yearly support": aid said to go on,
    with no number, sum, package or new cargo in the clause (codebook 13: a reassurance, no event)."""
    verb = _CONTINUED.search(text, max(s.start, cue.start() - 50), cue.end())
    if verb is None:
        return False
    end = CLAUSE_MARK.search(text, cue.end(), s.end)
    return not _NEW_THINGS.search(text, verb.end(), end.start() if end else s.end)


_SELF_ADVERTISED = re.compile(rf"\b(?:{cues.alternation('diplomacy_framing', 'self_advertised_roles')})", re.I)
# the continuity verb right before the aid noun, with possessives and modifiers only between
_CONTINUED = re.compile(
    rf"\b(?:{cues.alternation('diplomacy_framing', 'continuity_verbs')})\s+(?:(?:{cues.alternation('diplomacy_framing', 'continuity_modifiers')})\s+)*"
    rf"(?:[\w-]+\s+)?(?=(?:aid|support|assistance|backing|help|deliveries|supplies)\b)", re.I)
# a number, "new", a package, or a named cargo ("continue deliveries of Leopard tanks"); the generic
# "arms", "weapons" and "equipment" name no new cargo
_CARGO = "|".join(p for p in cues.phrases("diplomacy", "aid_weapons") if p not in ("weapons", "arms", "equipment"))
_NEW_THINGS = re.compile(rf"\b(?:{cues.alternation('diplomacy_framing', 'continuity_new_things')}|{_CARGO})", re.I)
