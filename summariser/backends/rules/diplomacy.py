"""Diplomacy records: the cues of each sentence, the event they name, its sides and venue; modality,
dates and merging live in `diplomacy_modality`, `diplomacy_dates` and `diplomacy_merge`."""

from __future__ import annotations

import datetime as dt
import re

from ... import lexicon as lx
from ...records import Diplomacy, DiplomacyKind, DiplomacyStatus, Origin
from ...sentences import Sentence
from .common import span_of
from .diplomacy_dates import diplomacy_date, is_background
from .diplomacy_merge import BILATERAL, PRONOUN_SUBJECT, join_latest, merge_diplomacy
from .diplomacy_modality import CLAUSE_MARK, demanded, event_status, not_an_event
from .participants import (ArticleActors, absent_parties, diplomacy_location, participants_of, measure_targets,
                           people_registry, seat_states)


def _sentence_cues(text: str, s: Sentence) -> list[tuple[DiplomacyKind, re.Match[str]]]:
    """The first cue of each kind in the sentence, in the lexicon's order of precedence."""
    out = []
    for kind, rx in lx.DIPLOMACY_CUES:
        m = rx.search(text, s.start, s.end)
        if m:
            out.append((kind, m))
    return out


_KIND_ORDER = [k for k, _ in lx.DIPLOMACY_CUES]


def _with_host_cue(text: str, s: Sentence, cues: list[tuple[DiplomacyKind, re.Match[str]]],
                   actors: ArticleActors) -> list[tuple[DiplomacyKind, re.Match[str]]]:
    """Add a meeting told by its host ("Tusk received Zelensky", "hosted the Brazilian
    president") when a person or an office follows the verb; "received Patriot systems" is none."""
    if any(k is DiplomacyKind.meeting for k, _ in cues):
        return cues
    for hv in lx.HOST_VERB.finditer(text, s.start, s.end):
        guest = any(a.start == hv.end() and a.via == "person" for a in actors.within(hv.end(), hv.end() + 1))
        if guest or lx.GUEST_TITLE.match(text, hv.end(), s.end):
            return sorted([*cues, (DiplomacyKind.meeting, hv)], key=lambda c: _KIND_ORDER.index(c[0]))
    return cues


def _primary(text: str, cues: list[tuple[DiplomacyKind, re.Match[str]]]) -> tuple[DiplomacyKind, re.Match[str]]:
    """The kind that names the event. A peacekeeping force, aid or sanctions that are only what
    talks are about ("talks on a peacekeeping force") leave the event to the talks (rule 14)."""
    kind, m = cues[0]
    if kind is DiplomacyKind.summit and lx.OCCASION_AT_BEFORE.search(text, max(0, m.start() - 50), m.start()):
        for k2, m2 in cues:  # "will meet Zelensky at the NATO summit": a meeting, the summit its occasion
            if k2 in _MEETING_FORMS and m2.end() <= m.start():
                return k2, m2
    if kind in (DiplomacyKind.summit, DiplomacyKind.meeting) and lx.VENUE_EVENT_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        occasion = m  # "met on the sidelines of the NATO summit": a meeting at the summit
        for k2, m2 in cues:
            if k2 in lx.EVENT_FORM_KINDS and m2 is not occasion and m2.end() <= occasion.start():
                return k2, m2
    if kind in lx.SUBJECT_KINDS:
        for k2, m2 in cues:
            if k2 in lx.EVENT_FORM_KINDS and m2.end() <= m.start() and lx.TOPIC_LINK.match(text, m2.end(), m.start() + 1) \
                    and not CLAUSE_MARK.search(text, m2.end(), m.start()):
                return k2, m2
    return kind, m



_MEETING_FORMS = {DiplomacyKind.meeting, DiplomacyKind.talks, DiplomacyKind.phone_call}


def _war_sides(text: str) -> list[str]:
    """The two states at war in the article, for exchanges that name no side."""
    sides = [side for side, rx in (("Russia", r"\bRussian?\b"), ("Ukraine", r"\bUkrain(?:e|ian)\b"))
             if re.search(rx, text)]
    return sides if len(sides) == 2 else []


def find_diplomacy(text: str, sents: list[Sentence], published: dt.date | None, war: bool,
                   titles: frozenset[int] = frozenset()) -> list[Diplomacy]:
    """Diplomacy records; headline lines (`titles`) squeeze several events into one line and
    are left to the body, which tells each in full."""
    people = people_registry(text)
    actors = None  # the article's actor mentions, read once when a sentence first needs them
    sides = _war_sides(text) if war else []
    found: list[tuple[int, Diplomacy]] = []
    for idx, s in enumerate(sents):
        cues = _sentence_cues(text, s) if idx not in titles else []
        if found and idx not in titles and lx.JOINED.search(text, s.start, s.end):
            actors = actors or ArticleActors(text, published)
            join_latest(found, idx, participants_of(text, s, people, actors), span_of(text, s.start, s.end))
            continue  # "X and Y joined by video link": more parties of the event told before
        if idx not in titles and lx.HOST_VERB.search(text, s.start, s.end):
            actors = actors or ArticleActors(text, published)
            cues = _with_host_cue(text, s, cues, actors)
        if not cues:
            continue
        kind, m = _primary(text, cues)
        if lx.COMMENTARY_BEFORE.search(text, s.start, m.start()) or demanded(text, s, m) or not_an_event(text, s, m):
            continue
        if found and lx.EVENT_ANAPHOR_BEFORE.search(text, max(s.start, m.start() - 40), m.start()):
            continue  # "after the meeting": the event already told, not a new one
        actors = actors or ArticleActors(text, published)
        participants = participants_of(text, s, people, actors)
        if found and kind in BILATERAL and PRONOUN_SUBJECT.match(text, s.start, m.start()):
            subject = max(found, key=lambda x: x[0])[1].participants[:1]  # "He also spoke with…": the last event's subject
            participants = subject + [p for p in participants if p not in subject]
        absent = absent_parties(text, s, actors)
        participants = [p for p in participants if p not in absent]  # "went ahead without Putin"
        if found and lx.BOTH_SIDES.search(text, s.start, s.end):
            latest = max(found, key=lambda x: x[0])[1]  # "the two leaders agreed": the sides told before
            participants += [p for p in latest.participants if p not in participants]
        # a call has no venue: a city near it is where someone spoke from
        location = diplomacy_location(text, s, m, kind in _HOSTED, participants) \
            if kind is not DiplomacyKind.phone_call else None
        if location and kind in _HOSTED and lx.HOST_CAPITALS.get(location.name) not in (None, *participants):
            participants.append(lx.HOST_CAPITALS[location.name])  # talks in Kyiv: Ukraine is a side
        if kind is DiplomacyKind.visit and location and location.country and location.country not in participants:
            participants.append(location.country)  # "arrived in Berlin on an official visit": Germany hosts it
        if kind in _MEASURES:  # "sanctions against Russian banks", "howitzers for the Ukrainian army"
            participants += [t for t in measure_targets(text, s, m, actors) if t not in participants]
        if kind is DiplomacyKind.diplomatic_protest:  # summoned to the ministry in Helsinki: Finland summoned
            hosts = seat_states(text, s) + ([location.country] if location and location.country else [])
            participants += [h for h in hosts if h not in participants]
        if kind is DiplomacyKind.prisoner_exchange:
            participants += [x for x in sides if x not in participants]  # an exchange is between the warring sides
        if not participants and location is None and not (kind is DiplomacyKind.prisoner_exchange and war):
            continue  # "amid stalled peace talks": no one to attach it to
        status = event_status(text, s, m, kind)
        if kind in (DiplomacyKind.military_aid, DiplomacyKind.sanctions) and status is DiplomacyStatus.proposed \
                and lx.DEMAND_CUES.search(text, max(s.start, m.start() - 90), min(s.end, m.end() + 90)):
            continue  # "Ukraine demands more sanctions": a demand, commentary rather than an event
        date = diplomacy_date(text, s.start, s.end, published, status, kind)
        if status is DiplomacyStatus.held and published and date and date.start and date.start > published:
            status = DiplomacyStatus.planned  # "travels to Berlin on 12 June", said in May: still to come
        if is_background(date, published, status) or (
                status is DiplomacyStatus.held and lx.AGGREGATE_SINCE.search(text, s.start, s.end)):
            continue
        desc = s.text if len(s.text) <= 240 else s.text[:237].rsplit(" ", 1)[0] + "…"
        rec = Diplomacy(kind=kind, participants=participants, location=location,
                        date=date, status=status,
                        description=desc, evidence=[span_of(text, s.start, s.end)])
        merge_diplomacy(found, idx, rec)
    out = []
    for _, rec in found:
        sources = {"kind": Origin.rules, "status": Origin.rules, "description": Origin.rules}
        for name in ("participants", "location", "date"):
            if getattr(rec, name):
                sources[name] = Origin.rules
        out.append(rec.model_copy(update={"sources": sources}))
    return out


_MEASURES = {DiplomacyKind.sanctions, DiplomacyKind.military_aid}
_HOSTED = {DiplomacyKind.talks, DiplomacyKind.visit, DiplomacyKind.meeting, DiplomacyKind.summit}
