"""The events one sentence tells (class D4): a trip told as an act of its own beside the talks,
the meeting or the aid of the same sentence is a record of its own ("flew into Chisinau on
Tuesday and sat down with the president": a visit and talks; "during her stop in Kyiv, the
minister announced aid": a visit and the aid). A visit named only as the occasion of something
still to come ("on the eve of his visit", "ahead of her trip") stays one event with it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from ... import lexicon as lx
from ...knowledge import cues
from ...records import DateSpan, Diplomacy, DiplomacyKind
from ...sentences import Sentence
from .diplomacy_signings_ahead import signing_ahead, signing_beside_trip
from .diplomacy_talks_around import talks_around_act
from .diplomacy_visit_programme import met_where_visiting, visitor_meets_hosts

Cue = tuple[DiplomacyKind, re.Match[str]]

# How many sentences on a visitor's meeting with the hosts is still a step of the visit: beyond two only
# while no other event is told between (a sentence naming the trip again, sights seen; dev33 D3).
_PROGRAMME_REACH = 6
# Events a trip may carry in the same sentence, each a record of its own (codebook 14; ruling D4).
_DURING_A_TRIP = {DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.military_aid, DiplomacyKind.agreement}
# Acts that are no conversation, so a trip told after them ("pledged aid during a visit to Kyiv") is
# an event of its own; talks "during a visit" told after them are the visit's content (r4dip, dev13).
_DECIDED_ON_A_TRIP = {DiplomacyKind.military_aid, DiplomacyKind.agreement}
# "During his visit to Vilnius, …", "On her stop in Kyiv, …": the trip happening, told before the act.
# ", as the president wrapped up his tour with a stop in X": a trip told in a clause of time of its own
# after the act, with its own subject (r20, dev37 D3); the trip is a record of its own.
_OWN_CLAUSE = re.compile(rf",\s+(?:{cues.alternation('diplomacy_statements', 'own_clause_openers')})\s+(?!(?:he|she|they|it)\b)"
                         rf"(?:[\w'’.-]+\s+){{1,5}}?(?:{cues.alternation('diplomacy_visits', 'trip_leg_verbs')})\b", re.I)
_RELATIVE_ACT = re.compile(rf"(?:{cues.alternation('diplomacy', 'visit_relative_act')})\b", re.I)
_DURING = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'trip_during_before')})\s+(?:[\w'’-]+\s+){{0,3}}?$", re.I)


def sentence_acts(text: str, s: Sentence, cues_: list[Cue], primary: Cue) -> list[Cue]:
    """The sentence's primary event, and a visit told before it as an act of its own ("paid a visit
    to Kyiv on Monday and held talks with…", "During his visit to Vilnius, Merz held talks"); r51: a
    signing in the visit's where-clause stays a record beside both ("was in Kyiv, where he and Zelensky
    signed a security agreement, and he announced aid": three)."""
    acts = _acts(text, s, cues_, primary)
    visit = next((c for k, c in acts if k is DiplomacyKind.visit), None)
    if visit is None or any(k is DiplomacyKind.agreement for k, _ in acts):
        return acts
    signed = [(k, c) for k, c in _signed_there(text, cues_, visit) if _SIGNING.search(c.group(0))]
    return [*acts, *signed]  # (the order of `acts` is read by `trip_after`)


# the act of signing itself ("signed a security agreement", "inked a deal"), never "any agreement reached"
_SIGNING = re.compile(r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|seal(?:s|ed|ing)?|conclud(?:e|es|ed|ing))\b", re.I)


def _acts(text: str, s: Sentence, cues_: list[Cue], primary: Cue) -> list[Cue]:
    # (a trip verb before "and met" stays the visit alone: "travelled to Kyiv and met Zelensky" is one
    # record in the gold sets measured here, though the codebook's D4 reading would give two)
    if primary[0] is DiplomacyKind.visit:
        return [primary, *(_signed_there(text, cues_, primary[1]) or _signed_after_trip(text, s, cues_, primary[1]))]
    ahead = signing_ahead(text, s, cues_, primary)
    if ahead is not None:  # "ministers gathering in Oslo are set to ink a pact with X": two records (r20)
        return sorted([primary, ahead], key=lambda kc: kc[1].start())
    around = talks_around_act(text, s, cues_, primary)
    if around is not None:  # "signed the accord on Monday after talks at the ministry" (r16, dev29 D2)
        act = next((k, c) for k, c in cues_ if k is DiplomacyKind.agreement) if around is primary else primary
        return sorted([(DiplomacyKind.talks, around[1]), act], key=lambda kc: kc[1].start())
    measure = _decided_at_gathering(text, s, cues_, primary)
    if measure is not None:  # "At their summit on July 14-15, G7 leaders … agreed to extend sanctions" (r33)
        return sorted([primary, measure], key=lambda kc: kc[1].start())
    if primary[0] not in _DURING_A_TRIP:
        return [primary]
    made = next((c for k, c in cues_ if k is DiplomacyKind.visit and c.end() <= primary[1].start()
                 and _RELATIVE_ACT.search(text, c.end(), primary[1].end())), None)
    if made is not None:
        return [(DiplomacyKind.visit, made), primary]  # "the visit of X to Kyiv, during which he announced aid" (r48)
    visit = next((c for k, c in cues_ if k is DiplomacyKind.visit), None)
    if visit is None:
        return [primary]
    during = _DURING.search(text, max(s.start, visit.start() - 40), visit.start()) is not None
    if visit.start() >= primary[1].end():  # "…pledged four more launchers during a visit to Kyiv": either order
        decided = during and primary[0] in _DECIDED_ON_A_TRIP
        if primary[0] in _DECIDED_ON_A_TRIP and _OWN_CLAUSE.search(text, primary[1].end(), visit.end()):
            return [(DiplomacyKind.visit, visit), primary]  # the trip's own clause: no passing circumstance (`trip_after`)
        return [primary, (DiplomacyKind.visit, visit)] if decided else [primary]  # (see `lone_trips_after`)
    if visit.end() > primary[1].start():
        return [primary]
    if primary[0] is DiplomacyKind.talks and _CONTENT_LINK.search(text[visit.end():primary[1].start()]):
        return [(DiplomacyKind.visit, visit)]  # "a trip which took in talks with X": the visit's own talks (r25)
    if during:
        return [(DiplomacyKind.visit, visit), primary]  # "during her stop in Kyiv, she announced…"
    told = not visit.group(0).lower().endswith("visit") \
        or lx.VISIT_TOLD_BEFORE.search(text, max(s.start, visit.start() - 80), visit.start())
    if told and lx.SECOND_EVENT_LINK.search(text, visit.end(), primary[1].end()):
        return [(DiplomacyKind.visit, visit), primary]
    if told and primary[0] in _DECIDED_ON_A_TRIP and _PRONOUN_LINK.search(text, visit.end(), primary[1].end()):
        return [(DiplomacyKind.visit, visit), primary]  # "arrived in X on Saturday …; he promised armoured vehicles" (r22)
    return [primary]



# the link right before the talks, after the visit cue itself or its noun ("was in Oslo for a visit which took in")
_CONTENT_LINK = re.compile(rf"(?:^|\b(?:visit|trip|tour|stay)\b)(?:{cues.alternation('diplomacy_visits', 'visit_content_links')})$",
                           re.I)


def _signed_there(text: str, cues_: list[Cue], visit: re.Match[str]) -> list[Cue]:
    """"Was in Vilnius on Monday, where he and his counterpart inked a deal": a signing told as a second
    act of the visit's sentence is a record of its own (codebook 16; round 14, class C5)."""
    signed = next((c for k, c in cues_ if k is DiplomacyKind.agreement and c.start() >= visit.end()), None)
    if signed is not None and lx.SECOND_EVENT_LINK.search(text, visit.end(), signed.end()):
        return [(DiplomacyKind.agreement, signed)]
    return []


# "…; she pledged two radar systems": the traveller's own act on the trip, told by a pronoun (r22)
_PRONOUN_LINK = re.compile(rf"(?:{cues.alternation('diplomacy', 'second_event_link_pronoun')})", re.I)


def _signed_after_trip(text: str, s: Sentence, cues_: list[Cue], visit: re.Match[str]) -> list[Cue]:
    """"Is expected to visit Doha on Tuesday and to ink a fisheries pact with Norway": a signing coordinated
    with a trip ahead under its modal is a record of its own (r21, classes_dev40 D5)."""
    signed = next((c for k, c in cues_ if k is DiplomacyKind.agreement and c.start() >= visit.end()), None)
    return [(DiplomacyKind.agreement, signed)] if signed is not None and signing_beside_trip(text, s, visit, signed) else []


def trip_after(acts: list[Cue]) -> bool:
    """The sentence's acts end with a trip told after the act ("pledged aid during a visit to Kyiv")."""
    return len(acts) > 1 and acts[-1][0] is DiplomacyKind.visit


def lone_trips_after(found: list[tuple[int, Diplomacy]], told_after: set[int]) -> list[tuple[int, Diplomacy]]:
    """A trip named only after an act, in one sentence (`told_after`), is kept when the article
    reports the same travellers' trip elsewhere too (the story's visit); else it is the passing
    circumstance of the act, as in a digest's one-line item."""
    def lone(idx: int, rec: Diplomacy) -> bool:
        return rec.kind is DiplomacyKind.visit and idx in told_after and len(rec.evidence) == 1 and not any(
            other is not rec and other.kind is DiplomacyKind.visit and set(other.participants) == set(rec.participants)
            for _, other in found)
    return [(i, r) for i, r in found if not lone(i, r)]


def acts_on_trips(found: list[tuple[int, Diplomacy]], starts: Sequence[int] = ()) -> list[tuple[int, Diplomacy]]:
    """What a visitor does on the trip (dev22 class C3): aid pledged in the visit's own sentence goes to
    the visited state ("flew to Kyiv for a surprise visit, announcing NOK 5 billion for air defence");
    a meeting with the hosts told in a later sentence only as a step of the trip ("… before meeting
    Zelensky", "after meeting the president"), with no venue or other day of its own, is part of the visit
    (ruling of 2 December 2026). A meeting told as an act of its own stays a record (the dev17 gold
    keeps one apart)."""
    out: list[tuple[int, Diplomacy]] = []

    def first(j: int, rec: Diplomacy) -> int:  # the sentence that first told the record (`starts`: each sentence's start)
        return bisect_right(starts, rec.evidence[0].start) - 1 if starts and rec.evidence else j

    for idx, rec in found:
        trip = next((v for j, v in out if v.kind is DiplomacyKind.visit and v.status is rec.status
                     and 0 <= idx - j <= 3 and _on_the_trip(rec, v)), None)
        if trip is None and any(v.kind is DiplomacyKind.visit and visitor_meets_hosts(rec, v) and _programme_step(idx, j, v, out, first)
                                for j, v in out):
            continue  # the visitor's programme told next: the visit itself, told by its own sentence (dev23 C5)
        if trip is None and any(j == idx and met_where_visiting(rec, v) for j, v in out):
            continue  # "was in Kharkiv on Wednesday, where she held talks with the governor": the visit (round 14)
        if trip is None:
            out.append((idx, _at_the_visit(idx, rec, out)))
        elif rec.kind in _DECIDED_ON_A_TRIP:  # aid given, a deal signed on the trip: the host is a side
            host = trip.location.country if trip.location else None
            sides = rec.participants + ([host] if host and host not in rec.participants else [])
            out.append((idx, rec.model_copy(update={"participants": sides})))
        else:
            k = next(i for i, (_, v) in enumerate(out) if v is trip)
            out[k] = (out[k][0], trip.model_copy(update={"evidence": trip.evidence + rec.evidence}))
    return out


def _programme_step(idx: int, j: int, trip: Diplomacy, out: list[tuple[int, Diplomacy]],
                    first: Callable[[int, Diplomacy], int]) -> bool:
    """Sentence `idx` is near enough the visit `trip` (recorded at `j`) to tell a step of its programme:
    within two sentences, or within `_PROGRAMME_REACH` of the sentence that first told the visit while
    no other event is first told between (dev33 D3)."""
    if 0 < idx - j <= 2:
        return True
    told = first(j, trip)
    return 0 < idx - told <= _PROGRAMME_REACH and not any(told < first(k, r) < idx for k, r in out)


def _on_the_trip(rec: Diplomacy, trip: Diplomacy) -> bool:
    if rec.kind in _DECIDED_ON_A_TRIP:
        return bool(rec.evidence) and rec.evidence[0] in trip.evidence and bool(set(rec.participants) & set(trip.participants))
    return rec.kind is DiplomacyKind.meeting and rec.evidence[0] not in trip.evidence and rec.location is None \
        and (rec.date is None or rec.date == trip.date) and bool(_STEP_OF_TRIP.search(rec.evidence[0].text)) \
        and bool(rec.participants) \
        and set(rec.participants) <= set(trip.participants)


# a meeting told as a step of the trip, by a gerund after a preposition of time
_STEP_OF_TRIP = re.compile(r"\b(?:before|after|while|on|upon|when)\s+(?:also\s+)?meeting\b", re.I)


# the occasion of an act told after the visit: "At their joint briefing, …", "During the trip, …"
_VISIT_OCCASION = cues.regex("diplomacy_releases", "visit_occasions")


_OCCASION_REACH = 8  # sentences from the visit to an act told by its occasion (r45: a circular's next section; was 3)


def _at_the_visit(idx: int, rec: Diplomacy, out: list[tuple[int, Diplomacy]]) -> Diplomacy:
    """An act decided on a visit told in a later sentence by its occasion ("At their joint briefing,
    the premiers initialled a roadmap"), or in the sentence right after the visit's (r45), with no
    venue or day of its own and only the visit's sides, takes the visit's place and day (dev34 class C3)."""
    if rec.kind not in _DECIDED_ON_A_TRIP or rec.location is not None or not rec.evidence or not rec.participants:
        return rec
    # r45 (dev67): or told in the very next sentence ("X and Y reached Kyiv on Wednesday for a joint visit.
    # X announced $700 million in aid."), still with only the visit's sides
    reach = _OCCASION_REACH if _VISIT_OCCASION.search(rec.evidence[0].text) else 1
    trip = next((v for j, v in reversed(out) if v.kind is DiplomacyKind.visit and 0 < idx - j <= reach
                 and v.status is rec.status and set(rec.participants) <= set(v.participants)
                 and (not _own_day(rec) or _same_day(rec.date, v.date))), None)
    if trip is None or trip.location is None:
        return rec
    return rec.model_copy(update={"location": trip.location, "date": trip.date})


def _own_day(rec: Diplomacy) -> bool:
    """The record's day is told in its own sentence (not lent by a section's day head or the dateline)."""
    words = rec.date.text if rec.date is not None else None
    return bool(words) and bool(rec.evidence) and str(words) in rec.evidence[0].text


def _same_day(a: DateSpan | None, b: DateSpan | None) -> bool:
    return a is not None and b is not None and (a.start, a.end) == (b.start, b.end)


_TRIP_NOUN = re.compile(r"\b(?:visit|trip|stay|stop|journey)\b", re.I)


def decided_during_visit(kind: DiplomacyKind, anaphor: str, found: list[tuple[int, Diplomacy]]) -> bool:
    """"During the visit, the presidents signed a memorandum": aid or a deal decided on a visit told
    before is an event of its own (ruling D4), not the visit named again."""
    return kind in _DECIDED_ON_A_TRIP and bool(_TRIP_NOUN.search(anaphor)) \
        and any(rec.kind is DiplomacyKind.visit for _, rec in found)


def act_during_visit(text: str, s: Sentence, cues_: list[Cue], primary: Cue) -> Cue:
    """"During the visit, the presidents signed a memorandum": the act decided on the trip is the
    sentence's primary event, the trip its occasion (`sentence_acts` keeps both); else `primary`."""
    kind, visit = primary
    if kind is not DiplomacyKind.visit or not _DURING.search(text, max(s.start, visit.start() - 40), visit.start()):
        return primary
    return next(((k, c) for k, c in cues_ if k in _DECIDED_ON_A_TRIP and c.start() >= visit.end()), primary)


# r33: a gathering told as the occasion that opens the sentence ("At their summit on July 14-15, …", "During
# the meeting in Rome, …"), and a measure decided after it in the same sentence: two records (codebook 14,
# as for a decision announced during a visit)
_OCCASION_OPENER = re.compile(rf"\W*(?:{cues.alternation('diplomacy_sequence', 'occasion_openers')})\s+(?:[\w'’-]+\s+){{0,3}}?$", re.I)
_GATHERINGS_AS_OCCASION = {DiplomacyKind.summit, DiplomacyKind.meeting}
_MEASURES = (DiplomacyKind.sanctions, DiplomacyKind.military_aid)


def occasion_end(text: str, s: Sentence, cue: re.Match[str]) -> int | None:
    """The comma closing a gathering's opening occasion phrase ("At their summit on July 14-15,"), or None:
    the gathering's own day is told before it."""
    if not _OCCASION_OPENER.match(text, s.start, cue.start()):
        return None
    comma = text.find(",", cue.end(), s.end)
    return comma if comma >= 0 else None


# ... or told in a participle clause after the measure ("agreed on Friday to keep the sanctions in place …,
# ending a two-day summit in Kananaskis")
_OCCASION_AFTER = re.compile(rf",\s+(?:{cues.alternation('diplomacy_sequence', 'occasion_closers')})\s+(?:[\w'’-]+\s+){{0,3}}?$", re.I)


def _decided_at_gathering(text: str, s: Sentence, cues_: list[Cue], primary: Cue) -> Cue | None:
    """The measure decided at a gathering that opens the sentence as its occasion, or that closes it in a
    participle clause, or None."""
    if primary[0] not in _GATHERINGS_AS_OCCASION:
        return None
    comma = occasion_end(text, s, primary[1])
    after = next((c for k in _MEASURES for c in cues_ if c[0] is k and c[1].start() > comma), None) \
        if comma is not None else None
    if after is not None or _OCCASION_OPENER.match(text, s.start, primary[1].start()):
        return after or _unpunctuated_opener(text, cues_, primary)
    if not _OCCASION_AFTER.search(text, s.start, primary[1].start()):
        return None
    return next((c for k in _MEASURES for c in cues_ if c[0] is k and c[1].end() <= primary[1].start()), None)


_SUBJECT_NEXT = re.compile(r"\s+(?:the|its|their|his|her)\s", re.I)


def _unpunctuated_opener(text: str, cues_: list[Cue], primary: Cue) -> Cue | None:
    """The measure right after an opening occasion no comma closes ("During the summit the Polish government
    announced a package …", r50): the first measure, with no clause mark between it and the gathering."""
    first = min((c for c in cues_ if c[0] in _MEASURES and c[1].start() >= primary[1].end()),
                key=lambda c: c[1].start(), default=None)
    between = text[primary[1].end():first[1].start()] if first is not None else ""
    if first is None or not _SUBJECT_NEXT.match(between) or re.search(r"[,;:.!?]", between):
        return None  # (not "At their summit on 14 July G7 leaders agreed …": the day told, the subject unsure)
    return first
