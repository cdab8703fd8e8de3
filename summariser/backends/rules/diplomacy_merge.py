"""Diplomacy mentions merged into events: one event the article tells in several sentences or
calls by several names; another counterpart, day or place is another event."""

from __future__ import annotations

import datetime as dt
import re

from ... import lexicon as lx
from ...dates import find_dates
from ...knowledge import cues
from ...records import DatePrecision, DateSpan, Diplomacy, DiplomacyKind, DiplomacyStatus, Location, LocationLevel, Span
from ...sentences import Sentence
from .diplomacy_arrivals import delegation_trip
from .diplomacy_documents import other_document
from .diplomacy_later_mentions import gathering_named_again, measure_taking_effect
from .diplomacy_moves import moved_gathering


def join_latest(found: list[tuple[int, Diplomacy]], idx: int, parties: list[str], evidence: Span) -> None:
    """Add the parties of a 'joined by video' sentence to the event told most recently (of two told
    by one sentence, the gathering: "…committed troops, X announced after the coalition had met. A,
    B and C attended" names the meeting's roster, r22 dev42 D3)."""
    i = max(range(len(found)), key=lambda k: (found[k][0], found[k][1].kind in _OCCASIONS))
    old = found[i][1]
    found[i] = (idx, old.model_copy(update={
        "participants": old.participants + [p for p in parties if p not in old.participants],
        "evidence": old.evidence + [evidence]}))


def _days_apart(a: DateSpan | None, b: DateSpan | None) -> bool:
    if not (a and b and a.start and b.start and a.end and b.end):
        return False
    return a.end < b.start - dt.timedelta(days=1) or b.end < a.start - dt.timedelta(days=1)


def _other_day_other_side(a: Diplomacy, b: Diplomacy) -> bool:
    """Two tellings on two told days, each with two or more sides and each with a side the other
    lacks: "held talks with A on Tuesday … On Wednesday he sat down for talks with B" are two events
    (a side joining the next day, told alone, still joins: "On Tuesday Turkish mediators joined")."""
    if not (a.date and b.date and a.date.start and b.date.start) or DatePrecision.day not in (a.date.precision, b.date.precision) or a.date.precision != b.date.precision:
        return False
    pa, pb = set(a.participants), set(b.participants)
    return a.date.start != b.date.start and len(pa) >= 2 and len(pb) >= 2 and bool(pa - pb) and bool(pb - pa)


_BODIES = re.compile(r"\b(?:bodies|remains)\b", re.I)


def _bodies_beside_living(a: Diplomacy, b: Diplomacy) -> bool:
    """A return of the dead and a swap of the living told on two different days (codebook 14: each
    exchange its own record); told on one day they may be one exchange of both."""
    if not (a.date and b.date and a.date.start and b.date.start and a.evidence and b.evidence) \
            or DatePrecision.day not in (a.date.precision, b.date.precision) or a.date.start == b.date.start:
        return False
    return bool(_BODIES.search(_own_words(a.evidence[-1].text))) != bool(_BODIES.search(_own_words(b.evidence[0].text)))


# r31: another event told as the time of this one ("freed 90 each on Sunday, two days after a return
# of remains"): its words are no part of this exchange
_OTHER_EVENT_TIME = re.compile(r"\b(?:a\s+day|the\s+day|\w+\s+days?|hours?|a\s+week|shortly|just|soon)\s+(?:after|before)\s+"
                               r"(?:a|an|the|its|their)\s+[^,.;]*", re.I)


def _own_words(evidence: str) -> str:
    return _OTHER_EVENT_TIME.sub(" ", evidence)


# One event the article calls by several names: a visit, the talks held during it, a meeting.
_TALKS_OR_MEETING = {DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.visit}


def _one_event_two_names(a: Diplomacy, b: Diplomacy) -> bool:
    """Talks and a meeting that share a side; a visit and talks or a meeting between the same
    sides (one's sides within the other's): a state visit and other talks that merely share
    the host stay two events. A summit and the roster of its leaders ("X hosted A, B and C"), or a
    meeting naming none but the summit's sides: one summit; a two-sided meeting beside a summit is a
    meeting of its own."""
    pa, pb = set(a.participants), set(b.participants)
    if DiplomacyKind.summit in (a.kind, b.kind):
        other, summit = (b, a) if a.kind is DiplomacyKind.summit else (a, b)
        roster = len(other.participants) >= _ROSTER or set(other.participants) <= set(summit.participants)
        return other.kind in _TALKS_OR_MEETING - {DiplomacyKind.visit} and roster and bool(pa & pb)
    if not ({a.kind, b.kind} <= _TALKS_OR_MEETING and pa & pb):
        return False
    if DiplomacyKind.visit in (a.kind, b.kind) and a.status is b.status is DiplomacyStatus.held \
            and not (DiplomacyKind.talks in (a.kind, b.kind) and (delegation_trip(a) or delegation_trip(b))):
        return False  # a trip made and the talks held during it: two records (D4); a trip still to come
        # and the talks planned there stay one (the trip is the talks' occasion)
    return DiplomacyKind.visit not in (a.kind, b.kind) or pa <= pb or pb <= pa


_ROSTER = 3  # a meeting of three sides or more beside a summit is its roster


def _merged_kind(a: DiplomacyKind, b: DiplomacyKind) -> DiplomacyKind:
    """The name of one event told by two: a summit over its roster; talks when the article
    calls it talks (codebook rule 14)."""
    for kind in (DiplomacyKind.summit, DiplomacyKind.talks):
        if kind in (a, b):
            return kind
    return a


# Events between two sides: the same form with another counterpart is another event.
BILATERAL = {DiplomacyKind.phone_call, DiplomacyKind.meeting, DiplomacyKind.visit, DiplomacyKind.talks}
_TWO_SIDED = BILATERAL - {DiplomacyKind.talks}
# A sentence whose subject is a pronoun ("He also spoke with…", "Later she met…").
# "They met in Paris", "Earlier in the week, on Monday, they spoke": the sides of the event just told.
THEY_SUBJECT = re.compile(r"(?:[\w,'’ ]{0,50}?,\s*)?(?:they|the\s+pair)\b", re.I)
PRONOUN_SUBJECT = re.compile(rf"(?:[\w,'’ ]{{0,30}}?,\s*|(?:{lx.PRONOUN_LEAD})\s+)?(?:he|she)\b", re.I)
# ... the pronoun opening its sentence as the subject, maybe after a time word ("On Thursday evening he spoke with …"),
# not after a clause ("No one was hurt, he wrote, adding that …": a speaker's aside; r33)
LEAD_PRONOUN = re.compile(rf"\s*(?:(?:{lx.PRONOUN_LEAD}),?\s+)?(?:he|she)\b", re.I)


def _other_counterpart(a: Diplomacy, b: Diplomacy) -> bool:
    """"A spoke with B… A also held a call with C": each names two sides and neither's sides hold
    the other's: two events, even on the same day (a multilateral event told in parts is not)."""
    if not {a.kind, b.kind} <= _TWO_SIDED:
        return False  # talks often gather more parties told one by one
    pa, pb = set(a.participants), set(b.participants)
    return len(pa) >= 2 and len(pb) >= 2 and not (pa <= pb or pb <= pa)


_MEASURES = {DiplomacyKind.military_aid, DiplomacyKind.sanctions}
# "held a separate meeting", "met on their own", "before the plenary" (cues/diplomacy_sequence.yaml)
_OWN_TRACK = cues.pattern("diplomacy_sequence", "separate_track_markers")


def _own_track(old: Diplomacy, rec: Diplomacy) -> bool:
    """A gathering the later sentence tells as one of its own beside the main one ("Before the plenary,
    A, B and C officials held a separate session"), naming two sides or more and lacking one of the
    main one's: two events (dev41 D5), whatever their day and venue ("on the sidelines, the Ukrainian
    and Swiss delegations met on their own" beside a mediated round is its own meeting too)."""
    pa, pb = set(old.participants), set(rec.participants)
    return {old.kind, rec.kind} <= _GATHERINGS and len(pb) >= 2 and not pa <= pb \
        and bool(rec.evidence) and rec.evidence[0] not in old.evidence and bool(_OWN_TRACK.search(rec.evidence[0].text))


# "in the same building", "there": the venue of the gathering told before
_SAME_VENUE = re.compile(rf"\b(?:{cues.alternation('diplomacy_sequence', 'same_venue_anaphors')})", re.I)


def _beside(old: Diplomacy, rec: Diplomacy) -> Diplomacy:
    """The gathering of its own held where the main one was ("in the same hotel"): its venue."""
    if rec.location is None and old.location is not None and _SAME_VENUE.search(rec.evidence[0].text):
        return rec.model_copy(update={"location": old.location})
    return rec


def _other_giver(a: Diplomacy, b: Diplomacy) -> bool:
    """Two measures whose sides beyond the shared recipient or target differ entirely: each has a
    giver of its own."""
    pa, pb = set(a.participants), set(b.participants)
    return bool(pa - pb) and bool(pb - pa) and not (pa <= pb or pb <= pa)


def _delivered(rec: Diplomacy) -> bool:
    return any(lx.AID_DELIVERED.search(e.text) for e in rec.evidence)


_GATHERINGS = {DiplomacyKind.meeting, DiplomacyKind.summit, DiplomacyKind.talks, DiplomacyKind.visit}
_PHONE_WORDS = re.compile(r"\b(?:phone|telephone|call|video|conversation)\b", re.I)


def _talk_at_the_gathering(old: Diplomacy, rec: Diplomacy, gap: int) -> bool:
    """Talking told in the sentence right after a meeting of the same sides, with no word of a
    phone or a call, is that meeting's talk, not a call of its own (probedip, issue 13); told
    anywhere after a visit made by the same sides, with no day or place of its own ("Downing Street
    said the prime minister had also spoken with the president about…"), it is a talk of the visit
    (codebook 14; r19, dev35 D7)."""
    if rec.kind is not DiplomacyKind.phone_call or old.kind not in _GATHERINGS or gap <= 0 \
            or not set(rec.participants) <= set(old.participants) or any(_PHONE_WORDS.search(e.text) for e in rec.evidence):
        return False
    if gap <= 1:
        return True
    return old.kind is DiplomacyKind.visit and old.status is rec.status is DiplomacyStatus.held \
        and len(set(rec.participants)) >= 2 and rec.location is None and (rec.date is None or not _days_apart(old.date, rec.date))


_MARGINS = re.compile(r"\b(?:sidelines|margins|fringes|side-lines|edges?\s+of)\b|\b(?:beside|alongside)\s+(?:the|a|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|gathering|conference|forum)", re.I)  # (r15: "beside the summit")


def _at_the_margins(rec: Diplomacy) -> bool:
    """A bilateral event told at a gathering's margins: talks, a meeting or a call of its own."""
    return rec.kind in (DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.phone_call) \
        and any(_MARGINS.search(e.text) for e in rec.evidence)


def _places_differ(a: Location | None, b: Location | None, same_kind: bool) -> bool:
    """Two named venues that cannot be one: for two tellings of one kind a country holds its own
    cities ("her trip to Ukraine" and "arrived in Kyiv" are one visit); two cities or two countries
    are two places. Across kinds only the same name joins: "will travel to Kyiv" and "plans talks
    in Ukraine" are a visit and the talks during it (codebook rule 14)."""
    if a is None or b is None or a.name == b.name:
        return False
    site = next((x for x in (a, b) if x.level is LocationLevel.site), None)
    other = b if site is a else a
    if site is not None and site.country == other.country and site.admin1 in (other.name, other.admin1):
        return False  # r47: "talks in Istanbul" and "the round, hosted at the Dolmabahçe palace": a site of the city
    country = next((x for x in (a, b) if x.level is LocationLevel.country), None)
    return not same_kind or country is None or a.country != b.country


def _finer(a: Location | None, b: Location | None) -> Location | None:
    """The venue told more closely: a city over the country that holds it, else the first told."""
    if a is None or (a.level is LocationLevel.country and b is not None and b.level is not LocationLevel.country):
        return b or a
    return a


def merge_diplomacy(found: list[tuple[int, Diplomacy]], idx: int, rec: Diplomacy) -> None:
    """Same kind and a shared participant (or adjacent and one side unnamed): one event. "Talks",
    "the meeting" and "the visit" with a shared side are one event told twice (talks when the
    article calls it talks, codebook rule 14). Records held in different
    places or on different days stay apart."""
    again = gathering_named_again(found, rec)
    if again is not None:  # "The Vilnius summit delivered less than promised": the summit told before (dev23 C1)
        old = found[again][1]  # (its name may say what it was: "the Tallinn summit" after "leaders met")
        found[again] = (idx, old.model_copy(update={"kind": _merged_kind(old.kind, rec.kind), "evidence": old.evidence + rec.evidence}))
        return
    effect = measure_taking_effect(found, rec)
    if effect is not None:  # "the Korean listings come into force on 1 May": the listings adopted before (r34)
        old = found[effect][1]
        found[effect] = (found[effect][0], old.model_copy(update={"evidence": old.evidence + rec.evidence}))
        return
    moved = moved_gathering(found, idx, rec)
    if moved is not None:  # "were to meet in Doha on 5 March. … said the talks had been moved to 12 March" (round 15)
        old = found[moved][1]
        found[moved] = (idx, old.model_copy(update={
            "kind": _merged_kind(old.kind, rec.kind), "date": rec.date, "evidence": old.evidence + rec.evidence,
            "participants": old.participants + [p for p in rec.participants if p not in old.participants]}))
        return
    for i in sorted(range(len(found)), key=lambda k: found[k][1].kind != rec.kind):  # its own kind first
        j, old = found[i]
        if old.status != rec.status:
            continue
        if old.kind in _GATHERINGS and rec.kind is not old.kind and _at_the_margins(rec):
            continue  # "A and B met on the sidelines of the summit": their own event, not the summit (r14, dev26 C2)
        if _talk_at_the_gathering(old, rec, idx - j):
            found[i] = (idx, old.model_copy(update={"evidence": old.evidence + rec.evidence}))
            return  # "Trump and Putin met in Anchorage. The two presidents talked for three hours"
        same_kind = old.kind == rec.kind
        if not same_kind and (not _one_event_two_names(old, rec) or rec.evidence[0] in old.evidence):
            continue  # one sentence telling a visit and the talks held during it: two acts
        if _places_differ(old.location, rec.location, same_kind):
            continue  # talks in Ankara and talks in Istanbul are two events
        if _days_apart(old.date, rec.date):
            continue  # a call on Monday and a call on Friday
        if same_kind and old.kind is DiplomacyKind.prisoner_exchange and _bodies_beside_living(old, rec):
            continue  # the fallen handed back on Wednesday, the living swapped on Thursday: two acts (r29)
        if same_kind and _other_day_other_side(old, rec):
            continue  # talks with Xi on Tuesday, and on Wednesday talks with Erdogan (r21, dev40 D8)
        if old.kind is DiplomacyKind.military_aid and _delivered(old) != _delivered(rec):
            continue  # systems pledged, and later the first of them delivered: two events
        if same_kind and old.kind in _MEASURES and _other_giver(old, rec):
            continue  # Dutch aid to Ukraine, then Norway's: two decisions
        if same_kind and other_document(old, rec):
            continue  # a memorandum on shipping, and "also signed" an agreement on defence: two documents
        if _own_track(old, rec):
            rec = _beside(old, rec)
            continue  # "Before the plenary, A, B and C held a separate meeting": beside the main talks
        if _other_counterpart(old, rec):
            if rec.date is None and idx - j <= 2:  # "He then called Starmer": the day just told
                rec = rec.model_copy(update={"date": old.date})
            continue  # a call with Macron and then one with Starmer
        shared = set(old.participants) & set(rec.participants)
        adjacent = idx - j <= 2
        if shared or adjacent:
            kind = _merged_kind(old.kind, rec.kind)
            merged = old.model_copy(update={
                "kind": kind,
                "participants": old.participants + [p for p in rec.participants if p not in old.participants],
                "evidence": old.evidence + rec.evidence,  # a later sentence: never already there
                "location": _finer(old.location, rec.location),
                "date": old.date or rec.date,
            })
            found[i] = (idx, merged)
            return
    found.append((idx, rec))


def date_latest(found: list[tuple[int, Diplomacy]], kinds: frozenset[DiplomacyKind], date: DateSpan) -> None:
    """Give `date` to the latest event of one of `kinds` that has none ("the call took place on
    Tuesday", a second source confirming an event told before)."""
    for i in sorted(range(len(found)), key=lambda k: found[k][0], reverse=True):
        j, rec = found[i]
        if rec.kind in kinds:
            if rec.date is None:
                found[i] = (j, rec.model_copy(update={"date": date}))
            return


# Events that are the occasion of another ("on the margins of the summit").
_OCCASIONS = {DiplomacyKind.summit, DiplomacyKind.meeting, DiplomacyKind.talks, DiplomacyKind.visit}


def occasion_of(found: list[tuple[int, Diplomacy]], location: Location | None,
                date: DateSpan | None) -> tuple[Location | None, DateSpan | None]:
    """An event told "on the margins of the gathering" takes the place and day it lacks from the
    latest gathering told before it."""
    occasion = max((x for x in found if x[1].kind in _OCCASIONS), key=lambda x: x[0], default=None)
    if occasion is None:
        return location, date
    return location or occasion[1].location, date or occasion[1].date


def gathering_just_told(found: list[tuple[int, Diplomacy]], idx: int) -> bool:
    """The event told last is a gathering (summit, meeting, talks) told in the two sentences
    before `idx`: a roster sentence after it ("A, B and C attended") names its parties."""
    j, latest = max(found, key=lambda x: x[0])
    return latest.kind in _OCCASIONS and idx - j <= 2


def dated_apart(text: str, s: Sentence, published: dt.date | None, found: list[tuple[int, Diplomacy]]) -> bool:
    """r46 (dev68): the sentence dates the gathering it names by days of its own that the event told
    last does not cover ("Lavrov attended the G20 summit in Rio on 18-19 November", after a session
    planned for the 26th): another gathering, not one more party of that one."""
    latest = max(found, key=lambda x: x[0])[1].date
    if latest is None or latest.start is None:
        return False
    first, last = latest.start, latest.end or latest.start
    days = [m.span for m in find_dates(text, s.start, s.end, published) if m.role == "event" and m.span.start]
    return bool(days) and all((d.end or d.start) < first or d.start > last for d in days if d.start)
