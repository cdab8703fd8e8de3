"""Which of a sentence's cues names its event: a meeting told by its host ("Tusk received
Zelensky"), the main clause before a clause of circumstance, a meeting at a summit that is only
its occasion, talks whose subject is aid, sanctions or a swap, and talks held by video link
(codebook 14: talks, not a call)."""

from __future__ import annotations

import re

from ... import lexicon as lx
from ...knowledge import cues
from ...records import DiplomacyKind
from ...sentences import Sentence
from .diplomacy_agreed_next import exchange_agreed_at, exchange_proposed_at
from .diplomacy_leaders_kind import gathering_for_force
from .diplomacy_modality import CLAUSE_MARK
from .diplomacy_scope import request_setting
from .article_actors import ArticleActors


_KIND_ORDER = [k for k, _ in lx.DIPLOMACY_CUES]
_HOST_READY = re.compile(rf"(?:{cues.alternation('diplomacy', 'host_readiness')})", re.I)


def with_host_cue(text: str, s: Sentence, cues: list[tuple[DiplomacyKind, re.Match[str]]],
                  actors: ArticleActors) -> list[tuple[DiplomacyKind, re.Match[str]]]:
    """Add a meeting told by its host ("Tusk received Zelensky", "hosted the Brazilian
    president") when a person or an office follows the verb; "received Patriot systems" is none."""
    if any(k is DiplomacyKind.meeting for k, _ in cues):
        return cues
    for hv in lx.HOST_VERB.finditer(text, s.start, s.end):
        if _HOST_READY.search(text, max(s.start, hv.start() - 40), hv.end()):
            continue  # "stands ready to receive both teams": a readiness, no meeting (r31)
        guest = any(a.start == hv.end() and (a.via == "person" or _POSSESSIVE.match(text, a.end))
                    for a in actors.within(hv.end(), hv.end() + 1))  # "hosted Finland's Alexander Stubb"
        if guest or lx.GUEST_TITLE.match(text, hv.end(), s.end):
            return sorted([*cues, (DiplomacyKind.meeting, hv)], key=lambda c: _KIND_ORDER.index(c[0]))
    return cues


def _main_clause_first(text: str, cues: list[tuple[DiplomacyKind, re.Match[str]]]) -> list[tuple[DiplomacyKind, re.Match[str]]]:
    """A cue inside a clause of circumstance ("…after Budapest blocked the talks") yields to the
    first cue of the main clause before it ("Kyiv summoned Hungary's ambassador")."""
    first = min(cues, key=lambda c: c[1].start())
    late = cues[0][1].start()
    marks = sorted([*lx.CIRCUMSTANCE.finditer(text, first[1].end(), late), *_AS_CLAUSE.finditer(text, first[1].end(), late)],
                   key=lambda b: b.end()) if first is not cues[0] else []
    if not marks or CLAUSE_MARK.search(text, marks[-1].end(), late) or _AND.search(text, marks[-1].end(), late):
        return cues  # "its first since the war began, and met…": the clause has ended
    return [first, *(c for c in cues if c is not first)]


_AND = re.compile(r"\band\b(?!\s+[A-Z])")  # "…began and met": not "Merz and Trump"
# ", as EU leaders closed their summit": a clause of time of its own (r14, dev26 C1)
_AS_CLAUSE = re.compile(rf",\s+(?:{cues.alternation('diplomacy_statements', 'own_clause_openers')})\b", re.I)  # "…began and met": not "Merz and Trump"
_POSSESSIVE = re.compile(r"['’]s\s+[A-Z]")


def primary_cue(text: str, cues: list[tuple[DiplomacyKind, re.Match[str]]]) -> tuple[DiplomacyKind, re.Match[str]]:
    """The kind that names the event. A peacekeeping force, aid or sanctions that are only what
    talks are about ("talks on a peacekeeping force") leave the event to the talks (rule 14)."""
    cues = _main_clause_first(text, cues)
    announced = announced_at_gathering(text, cues)
    if announced is not None:
        return announced  # "opened the summit by announcing that X would send…": the act announced (r18)
    kind, m = cues[0]
    gathering = _gathering_before_outcome(text, cues, kind, m)
    if gathering is not None:
        return gathering  # "met in Tallinn and agreed a demining fund": the meeting, its outcome no kind
    held_by = next((c for k, c in cues if k is DiplomacyKind.talks and _MEDIUM_AFTER.match(text, c.end(), m.end() + 1)), None)
    if kind is DiplomacyKind.phone_call and held_by is not None:
        return DiplomacyKind.talks, held_by  # "held consultations by video link": talks (codebook 14)
    if kind is DiplomacyKind.phone_call and _MEDIUM_ONLY.search(text, max(0, m.start() - 12), m.end()):
        joined = next(((k, c) for k, c in cues if k in (DiplomacyKind.meeting, DiplomacyKind.summit)), None)
        if joined is not None:
            return joined  # "addressed an emergency session of the Council by video link": how one took part (r19)
    if kind is DiplomacyKind.summit and lx.OCCASION_AT_BEFORE.search(text, max(0, m.start() - 50), m.start()):
        for k2, m2 in cues:  # "will meet Zelensky at the NATO summit": a meeting, the summit its occasion
            if k2 in _MEETING_FORMS and m2.end() <= m.start():
                return k2, m2
    if kind in (DiplomacyKind.summit, DiplomacyKind.meeting) and lx.VENUE_EVENT_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        occasion = m  # "met on the sidelines of the NATO summit": a meeting at the summit
        for k2, m2 in cues:
            if k2 in lx.EVENT_FORM_KINDS and m2 is not occasion and m2.end() <= occasion.start():
                return k2, m2
        for k2, m2 in cues:  # "on the fringes of the summit, A and B signed a memorandum"
            if m2.start() >= occasion.end():
                return k2, m2
    if kind in _PREPARED:
        for k2, m2 in cues:  # "will meet in Baku to lay the groundwork for an eventual summit": the meeting (r17)
            if k2 in _MEETING_FORMS and m2.end() <= m.start() and _PREPARING.search(text, m2.end(), m.start()):
                return k2, m2
    gathering = gathering_for_force(text, cues, kind, m)
    if gathering is not None:
        return gathering  # "will meet in Rome on 20 March to discuss a reassurance force": the meeting (round 14)
    if kind in lx.SUBJECT_KINDS:
        for k2, m2 in cues:  # "urged Merz to speed up deliveries during a call on Friday": the call (round 14)
            if k2 is DiplomacyKind.phone_call and m2.start() > m.end() and request_setting(text, m.end(), m2):
                return k2, m2
    agreed = exchange_agreed_at(text, cues, kind, m)
    if agreed is not None:
        return agreed  # "met in Riyadh on Tuesday and agreed to exchange 200 prisoners": the meeting (r29)
    proposed = exchange_proposed_at(text, cues, kind, m)
    if proposed is not None:
        return proposed  # "spoke by phone and put forward a swap of prisoners": the call (r49)
    if kind in lx.SUBJECT_KINDS or kind is DiplomacyKind.prisoner_exchange:
        for k2, m2 in cues:  # "talks on a swap of captives", "talks between the delegations on an exchange"
            if k2 in lx.EVENT_FORM_KINDS and m2.end() <= m.start() and _topic_of(text, m2, m) \
                    and not CLAUSE_MARK.search(text, m2.end(), m.start()):
                return k2, m2
    return kind, m


def announced_at_gathering(text: str, cues: list[tuple[DiplomacyKind, re.Match[str]]]) -> tuple[DiplomacyKind, re.Match[str]] | None:
    """A gathering that frames an announcement ("opened the meeting by announcing that A and B would
    give Ukraine five more systems", "closed the conference by revealing that…"): the act announced
    after it is the event (dev33 D2), the gathering its occasion, told before or named again."""
    for k, m in cues:
        if k not in _GATHERING_FORMS:
            continue
        frame = _ANNOUNCED_AT.match(text, m.end())
        if frame is None:
            continue
        return next(((k2, m2) for k2, m2 in cues if k2 in _ANNOUNCED_ACTS and m2.start() >= frame.end()), None)
    return None


# the announcing link right after the gathering's noun (a few words of its own between: "the summit in
# Berlin by announcing"), and the acts such an announcement tells
_ANNOUNCED_AT = re.compile(rf"(?:\s+(?!(?:and|but|then)\b)[\w'’.-]+){{0,8}}?\s+(?:{cues.alternation('diplomacy_framing', 'announced_at_gathering')})\b", re.I)
_ANNOUNCED_ACTS = {DiplomacyKind.military_aid, DiplomacyKind.sanctions, DiplomacyKind.agreement, DiplomacyKind.proposal,
                   DiplomacyKind.peacekeeping}


def _gathering_before_outcome(text: str, cues: list[tuple[DiplomacyKind, re.Match[str]]], kind: DiplomacyKind,
                              m: re.Match[str]) -> tuple[DiplomacyKind, re.Match[str]] | None:
    """A gathering's verb told before an outcome link ("met … and issued a statement promising a new
    round of talks", "met … and agreed a package of aid"): the gathering is the event (dev13 C1)."""
    if kind not in _OUTCOMES:
        return None
    for k2, m2 in cues:
        if k2 in _GATHERING_FORMS and k2 is not kind and m2.end() <= m.start() \
                and _links_outcome(text, m2.end(), m):
            return k2, m2
    return None


def _links_outcome(text: str, lo: int, outcome: re.Match[str]) -> bool:
    """An outcome link between the gathering and its outcome cue, or one the outcome's own cue opens
    with ("convened in Warsaw and pledged new air-defence systems": the cue is "pledged new…", its
    link "and pledged" starts before it; r20, dev38 D1)."""
    return any(link.end() <= outcome.start() or (link.start() <= outcome.start() and not _THAT_CLAUSE.match(text, link.end()))
               for link in _OUTCOME_LINK.finditer(text, lo, outcome.end()))


# "met X and promised that Germany would deliver…": a pledge reported with a giver of its own is an act
# of its own (the aid), not the gathering's outcome
_THAT_CLAUSE = re.compile(r"\s+that\b", re.I)


# Kinds an outcome of a gathering may name; a signing or an exchange stays an act of its own.
_OUTCOMES = {DiplomacyKind.talks, DiplomacyKind.summit, DiplomacyKind.military_aid, DiplomacyKind.sanctions,
             DiplomacyKind.peacekeeping, DiplomacyKind.proposal}
_GATHERING_FORMS = {DiplomacyKind.meeting, DiplomacyKind.summit, DiplomacyKind.talks}
_OUTCOME_LINK = cues.regex("diplomacy", "outcome_links")


def before_outcome(text: str, s: Sentence, kind: DiplomacyKind, m: re.Match[str]) -> Sentence:
    """The part of the sentence a gathering's status and day are read from: up to the outcome told
    after its verb ("met … on Thursday and issued a statement promising talks later this month" is
    held on Thursday, whatever the promise says)."""
    if kind is DiplomacyKind.proposal:  # "tabled a plan under which X would…": the tabling, not its terms (dev35 D9)
        terms = lx.PROPOSAL_TERMS.search(text, m.start(), s.end)
        return s if terms is None else Sentence(s.start, terms.end(), text[s.start:terms.end()])
    if kind not in _GATHERING_FORMS:
        return s
    link = _OUTCOME_LINK.search(text, m.end(), s.end)
    return s if link is None else Sentence(s.start, link.start(), text[s.start:link.start()])


def _topic_of(text: str, form: re.Match[str], subject: re.Match[str]) -> bool:
    """The subject cue is what the form's event is about: linked to it by "on/about/over…",
    directly or after the sides it was held between (dev12 class C3)."""
    return bool(lx.TOPIC_LINK.match(text, form.end(), subject.start() + 1)
                or _BETWEEN_TOPIC.fullmatch(text, form.end(), subject.start()))


# "talks between the Russian and Ukrainian delegations on ": the sides, then the topic's preposition.
_BETWEEN_TOPIC = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+between\s+(?:[\w'’.-]+\s+){1,8}?"
                            r"(?:on|about|over|regarding|concerning)\s+(?:(?:an?|the|another|a\s+new)\s+)?", re.I)



_MEETING_FORMS = {DiplomacyKind.meeting, DiplomacyKind.talks, DiplomacyKind.phone_call}
# a later, larger gathering that one told before it prepares (r17, dev31 D6)
_PREPARED = {DiplomacyKind.summit, DiplomacyKind.meeting}
_PREPARING = re.compile(rf"(?:{cues.alternation('diplomacy', 'preparing_purpose')})", re.I)
# A medium, not a call: "by video link", "via video", "speaking by video" (how someone took part in a
# gathering the sentence names; r19, dev35 D4). "held a video call with X" stays a call.
_MEDIUM_ONLY = re.compile(r"\b(?:by|via|over)\s+(?:a\s+)?video(?:\s+link)?\b|\bvideo\s+link\b", re.I)
# Talks told with the medium they were held by, right after the noun (class C3).
_MEDIUM_AFTER = re.compile(r"\s+(?:by|over|via|on\s+the)\s+(?:a\s+)?(?:video(?:\s+link|\s+call|\s+conference)?|video-?conference|(?:tele)?phone)\b", re.I)
