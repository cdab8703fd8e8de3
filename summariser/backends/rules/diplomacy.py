"""Diplomacy records: the cues of each sentence, the event they name, its sides and venue; modality,
dates and merging live in `diplomacy_modality`, `diplomacy_dates` and `diplomacy_merge`."""

from __future__ import annotations

import datetime as dt
import re

from ... import lexicon as lx
from ...records import Diplomacy, DiplomacyKind, DiplomacyStatus, Location, Origin
from ...sentences import Sentence
from .common import span_of
from .diplomacy_adopting_session import adopting_session
from .diplomacy_acts import acts_on_trips, lone_trips_after, sentence_acts, trip_after
from .diplomacy_aid_recipient_next import aid_recipient_next
from .diplomacy_agreed_next import held_and_agreed, planned_record
from .diplomacy_mediators import mediator_told_later
from .diplomacy_clauses import acts_records, two_acts
from .diplomacy_called_off import called_off_day, called_off_status
from .diplomacy_coming_weekend import coming_weekend
from .diplomacy_context import (envoy_state, pronoun_antecedent, relative_day, trip_day, speakers_of_we, summons_seat, summons_sides,
                                weekend_before, with_recipient, with_target)
from .diplomacy_dated_by import event_dated_by, reported_day
from .diplomacy_elaboration import anchored_cues, next_step_of_latest, sides_discuss
from .diplomacy_own_clauses import add_offers, as_told, host_offer, own_clauses
from .diplomacy_in_person import in_person_acts, latest_subject
from .diplomacy_council import council_sides, vetoed_draft
from .diplomacy_cues import sentence_cues
from .diplomacy_donors import giver_records, later_clauses, second_giver_cut
from .diplomacy_domestic import domestic_session, stance_clause
from .diplomacy_exchange import exchange_sides, receiving_city, war_sides
from .diplomacy_exchange_aftermath import exchange_aftermath
from .diplomacy_dates import bulletin_day, date_headings, readout_day, decision_day_end, diplomacy_date, heading_before, is_background, rescheduled_date
from .diplomacy_merge import (BILATERAL, PRONOUN_SUBJECT, THEY_SUBJECT, gathering_just_told, join_latest,
                              merge_diplomacy, occasion_of)
from .diplomacy_followup import date_told_later, next_round, sides_told_later, status_told_later
from .diplomacy_headings import entry_headings
from .diplomacy_leaders_kind import leaders_kind
from .diplomacy_interview import (answer_to_question, journalists_contact, question_lines, read_interview,
                                  speaker_state)
from .diplomacy_item_heads import item_day, item_heads
from .diplomacy_preparing import anchored_held, preparing_day, preparing_status
from .diplomacy_primary import before_outcome, primary_cue, with_host_cue
from .diplomacy_groups import attendance_roster, group_gathering_kind, scheduled_present
from .diplomacy_moves import moved_to_month
from .diplomacy_modality import (demanded, event_status, invited, is_pledge,
                                 judged_not_event, not_an_event)
from .diplomacy_nonevents import no_event, without_remarks
from .diplomacy_nonparties import non_parties
from .diplomacy_numbered_sides import numbered_sides
from .diplomacy_sequence_day import sequence_day
from .diplomacy_sides import REGIONAL_GROUPS, group_video_call, heads_of_state_meet, leaders_of_several_states
from .diplomacy_statements import earlier_schedule, statement_not_event, statement_venue_only
from .diplomacy_reactions import reaction_only
from .diplomacy_readout import readout_state, speaks_as_institution
from .diplomacy_relative_measures import relative_proposal, relative_status
from .diplomacy_told import told_sides_and_venue
from .diplomacy_trip_purpose import trip_kind
from .diplomacy_unnamed_measures import package_targets, unnamed_sanctions
from .diplomacy_working_level import group_leaders_kind, working_level_kind
from .participants import (ArticleActors, absent_parties, diplomacy_location, participants_of, measure_targets,
                           people_registry, seat_states)


def find_diplomacy(text: str, sents: list[Sentence], published: dt.date | None, war: bool,
                   titles: frozenset[int] = frozenset(), source: str | None = None) -> list[Diplomacy]:
    """Diplomacy records; headline lines (`titles`) squeeze several events into one line and
    are left to the body, which tells each in full. A state body's `source` is the state its
    "the Minister" speaks for."""
    ctx = _Article(text, published, war, sents)
    ctx.readout = readout_state(source, published)
    titles = titles | entry_headings(text, sents)  # "**09:45 – Tusk calls Zelensky**": a live blog's entry heading
    titles = titles | question_lines(ctx.interview, sents)  # "**Did the talks go anywhere?**": an interview's question
    sents, titles, ctx.whole = own_clauses(text, sents, titles, lambda x: sentence_cues(text, x))  # "…, and X is to meet Y" (dev19 C3)
    ctx.sents, ctx.index = sents, {x.start: i for i, x in enumerate(sents)}
    found: list[tuple[int, Diplomacy]] = []
    told_after: set[int] = set()  # sentences naming a trip after their act ("pledged aid during a visit")
    offers: list[tuple[int, Diplomacy]] = []  # "…a third round, which Qatar has offered to host in Doha" (dev19 C3)
    for idx, s in enumerate(sents):
        offered = host_offer(text, s, published, lambda a, b: ctx.actors().states_within(a, b)) if idx not in titles else None
        offers += [(idx, offered)] if offered else []
        cues = sentence_cues(text, s) if idx not in titles else []
        if found and lx.TOPIC_SENTENCE.match(text, s.start, s.end):
            cues = []  # "The talks had also covered accession negotiations": topics of the event told
        if idx not in titles and sides_discuss(text, s, idx, found, cues, published):
            continue  # "The two discussed resuming the talks": what the event just told was about (dev19 C2)
        answered = answer_to_question(ctx.interview, text, sents, idx, lambda x: sentence_cues(text, x)) if not cues else None
        if answered is not None:  # "**What about the trip to Kyiv?** It was cancelled.": the question's event
            cues = [(answered[0], answered[1])]
            asked = participants_of(text, answered[2], ctx.people, ctx.actors())
            ctx.borrowed[s.start] = asked + [x for x in ctx.actors().states_within(answered[2].start, answered[2].end) if x not in asked]
        context = lx.CONTEXT_SENTENCE.match(text, s.start, s.end) if found else None
        if context:  # "The visit comes after…": the event told, named again (what follows is read)
            cues = [c for c in cues if c[1].start() >= context.end()]
        cues = anchored_cues(text, s, found, cues)  # "The visit came a day after X and Y spoke by phone" (dev20 C2)
        cues = without_remarks(text, s, cues, idx > 0)  # "a call with reporters", "a possible swap" as a topic (dev22 C1)
        if found and idx not in titles and (lx.JOINED.search(text, s.start, s.end) or (
                not cues and attendance_roster(text, s) and gathering_just_told(found, idx))):
            absent = absent_parties(text, s, ctx.actors())  # "Orban did not attend"
            parties = [p for p in participants_of(text, s, ctx.people, ctx.actors()) if p not in absent]
            join_latest(found, idx, parties, span_of(text, s.start, s.end))
            continue  # "X and Y joined by video link", "A, B and C attended": more parties of the event told before
        if idx not in titles and status_told_later(text, s, idx, published, found, ctx.people, ctx.actors()):
            continue  # "The summit was called off on Friday": the event just told, cancelled
        later = next_round(text, s, idx, published, found) if idx not in titles else None
        if later is not None:
            found.append((idx, later))  # "The next round is due in Geneva on 12 March"
            continue
        if not cues and idx not in titles:
            cues = _renewal_cue(ctx, idx) or _aid_recipient_next(ctx, idx)  # "approved the renewal"; aid, recipient next
        elif idx not in titles and {k for k, _ in cues} == {DiplomacyKind.military_aid}:
            _aid_recipient_next(ctx, idx)  # a sum the sentence reads as aid (dev22 C2), its recipient next
        if idx not in titles and lx.HOST_VERB.search(text, s.start, s.end):
            cues = with_host_cue(text, s, cues, ctx.actors())
        if found and cues and lx.MEDIATED_ANAPHOR.search(text, s.start, s.end):
            cues = []  # "Saudi Arabia brokered the meeting": the event just told, and its broker
        if found and not cues and idx not in titles:
            date_told_later(text, s, published, found)  # "the call took place on Tuesday"
            reported_day(text, ctx.sents, idx, published, found)  # "have swapped 90 each. X posted photos on Sunday"
            mediator_told_later(ctx, s, idx, found)  # "The ICRC acted as an intermediary"
            sides_told_later(text, s, idx, found)  # "Kyiv's team was led by A; Moscow's by B"
        if not cues:
            continue
        kind, m = primary_cue(text, cues)
        kind = trip_kind(text, s, kind, m)  # "flies to Tokyo to confer with his counterpart": talks
        if adopting_session(text, s, kind, m, found, lambda: diplomacy_location(text, s, m)):
            continue  # "The tranche was signed off at a gathering of envoys in Vienna": the measure's venue
        m = relative_proposal(kind, m) or m  # "vowed to veto the 25th package, which Brussels tabled on Tuesday"
        if lx.COMMENTARY_BEFORE.search(text, s.start, m.start()) or demanded(text, s, m) or not_an_event(text, s, m) \
                or invited(text, s, m, kind) or judged_not_event(text, s, m) or statement_not_event(text, s, m, kind) \
                or domestic_session(text, s, m, kind) or stance_clause(text, s, m) or reaction_only(text, s, m, kind) \
                or journalists_contact(ctx.interview, text, s) or no_event(text, s, m, kind, _lead_in(ctx, idx)):
            continue  # (a cabinet session, "until talks produce a deal": no event, class C1)
        if found and (lx.EVENT_ANAPHOR_BEFORE.search(text, max(s.start, m.start() - 40), m.start())
                      or earlier_schedule(text, s, m) or exchange_aftermath(text, s, m, kind, found)):
            continue  # "after the meeting", "was originally due to", "the freed men were flown to": the event told
        cut = second_giver_cut(text, s, kind, m, ctx.actors())
        if cut is not None:  # "Norway sent howitzers to Ukraine; Iceland paid for drones": two givers
            for given in giver_records(ctx, s, cut, found, sentence_cues, _record):
                merge_diplomacy(found, idx, as_told(ctx.whole, text, s, given))
            continue
        acts = in_person_acts(text, s, cues) or two_acts(text, cues)  # "joined by video, then met X in person"
        if acts is not None:  # "met X on Thursday, and spoke with Y by phone a day later": two events
            for act in acts_records(ctx, s, acts, found, _record):
                merge_diplomacy(found, idx, as_told(ctx.whole, text, s, act))
            continue
        events = sentence_acts(text, s, cues, (kind, m))
        if trip_after(events):
            told_after.add(idx)
        for k, c in events:
            if k is DiplomacyKind.meeting and heads_of_state_meet(text, s):
                k = DiplomacyKind.summit  # "talks of the French and Brazilian presidents"
            if k is DiplomacyKind.phone_call and group_video_call(text, c):
                k = DiplomacyKind.talks  # "a leaders' video conference": talks among the group
            rec, agreed = held_and_agreed(ctx, s, k, c, found, _record)
            if rec is not None:
                rec.kind = group_gathering_kind(rec.kind, c, rec.participants)  # the group's video conference
                rec = working_level_kind(text, s, c, rec)  # "the two defence ministers met": talks (rule 14)
                rec = group_leaders_kind(text, s, c, rec)  # "EU leaders will meet in Brussels": a summit
                rec = leaders_kind(text, s, c, rec)  # "the Vienna meeting between the two presidents": a summit (dev21 C5)
                if rec.kind is DiplomacyKind.meeting and leaders_of_several_states(ctx.actors(), s, rec.participants):
                    rec.kind = DiplomacyKind.summit  # "Tusk hosted Fiala, Fico and Orbán"
                if next_step_of_latest(found, idx, rec):
                    continue  # "Bucharest said it would deliver a protest note": the summons just told (dev19 C2)
                merge_diplomacy(found, idx, rec)
                if agreed is not None:  # "…, and they agreed to meet in Astana": a planned event too
                    planned = planned_record(ctx, s, rec, agreed, found, _record)
                    if planned is not None:
                        merge_diplomacy(found, idx, as_told(ctx.whole, text, s, planned))
                other = event_dated_by(text, s, c, rec, ctx.actors(), ctx.published)  # ", a day after X and Y spoke"
                if other is not None:
                    merge_diplomacy(found, idx, as_told(ctx.whole, text, s, other))
        for part in later_clauses(text, s):  # "The envoys met in Cairo; a second round is planned in Amman next month"
            later = next_round(text, part, idx, published, found)
            if later is not None:
                found.append((idx, later))
    add_offers(found, offers, merge_diplomacy)
    out = []
    for _, rec in acts_on_trips(lone_trips_after(found, told_after)):  # aid and meetings on a visit (dev22 C3)
        sources = {"kind": Origin.rules, "status": Origin.rules, "description": Origin.rules}
        for name in ("participants", "location", "date"):
            if getattr(rec, name):
                sources[name] = Origin.rules
        out.append(rec.model_copy(update={"sources": sources}))
    return out


def _renewal_cue(ctx: _Article, idx: int) -> list[tuple[DiplomacyKind, re.Match[str]]]:
    """Sanctions told without their noun ("approved the renewal", "the 24th package"); the sides
    they take from the sentence that named sanctions are kept for the record."""
    s = ctx.sents[idx]
    found, borrowed = unnamed_sanctions(ctx.text, ctx.sents, idx, lambda x: participants_of(ctx.text, x, ctx.people, ctx.actors()),
                                        lambda x, m: measure_targets(ctx.text, x, m, ctx.actors()))
    if found:
        ctx.borrowed[s.start] = borrowed
    return found


def _aid_recipient_next(ctx: _Article, idx: int) -> list[tuple[DiplomacyKind, re.Match[str]]]:
    found, recipients = aid_recipient_next(ctx.text, ctx.sents, idx, lambda x: ctx.actors().states_within(x.start, x.end))
    if found:  # "unveiled 300 million euros in energy aid. The first generators arrive in Ukraine…"
        ctx.borrowed[ctx.sents[idx].start] = recipients
    return found


def _lead_in(ctx: _Article, idx: int) -> str:
    """The article's text before sentence `idx` (where "the meeting" named again was introduced)."""
    return ctx.text[:ctx.sents[idx].start]


class _Article:
    """What every sentence of one article shares: its text and day, the people it introduces,
    its actor mentions (read once, when a sentence first needs them), its date headings and the
    warring sides."""

    def __init__(self, text: str, published: dt.date | None, war: bool, sents: list[Sentence]):
        self.text, self.published, self.sents = text, published, sents
        self.index = {x.start: i for i, x in enumerate(sents)}
        self.borrowed: dict[int, list[str]] = {}  # sentence start -> sides told in an earlier sentence
        self.people = people_registry(text)
        self.sides = war_sides(text) if war else []
        self.war = war
        self.headings = date_headings(text, published)
        self.items = item_heads(text, published)  # "- **Tuesday, 3 March.** …": a timeline's dated items
        self._actors: ArticleActors | None = None
        self.readout: str | None = None  # the state whose institution published the article
        self.whole: dict[int, Sentence] = {}  # a clause's start -> the sentence it was cut from
        self.interview = read_interview(text, lambda a, b: [m.actor.name for m in self.actors().within(a, b) if m.actor.kind == "state"])

    def actors(self) -> ArticleActors:
        if self._actors is None:
            self._actors = ArticleActors(self.text, self.published)
        return self._actors


def _record(ctx: _Article, s: Sentence, kind: DiplomacyKind, m: re.Match[str],
            found: list[tuple[int, Diplomacy]], agreed: bool = False) -> Diplomacy | None:
    """The record of one sentence's event, or None when it has no side, is a demand or is
    background; `agreed`: an event the sides agreed on, still to come whatever its clause says."""
    text, published = ctx.text, ctx.published
    placed = _sides_and_venue(ctx, s, kind, m, found)
    if placed is None:
        return None
    participants, location = placed
    if statement_venue_only(text, s, m, participants, location):
        return None  # "a communique released following talks in Chile": Chile is no side
    told = before_outcome(text, s, kind, m)  # "met on Thursday and promised talks later this month"
    status = DiplomacyStatus.planned if agreed else relative_status(m) or called_off_status(text, s, m) \
        or preparing_status(text, s, m) or anchored_held(text, s, m, event_status(text, told, m, kind))  # "were to open on Tuesday, but … postponed"
    if vetoed_draft(text, s, kind, m):
        status = DiplomacyStatus.cancelled  # "Russia vetoed a draft resolution drafted by Denmark"
    pledge = status is DiplomacyStatus.planned and is_pledge(text, s, m, kind) and not _dated_ahead(ctx, s, kind, m)
    if pledge:  # "will send Ukraine four systems": the pledge is made now
        status = DiplomacyStatus.held
    if kind in (DiplomacyKind.military_aid, DiplomacyKind.sanctions) and status is DiplomacyStatus.proposed \
            and lx.DEMAND_CUES.search(text, max(s.start, m.start() - 90), min(s.end, m.end() + 90)):
        return None  # "Ukraine demands more sanctions": a demand, commentary rather than an event
    day = _bulletin_reference(ctx, s)  # a live blog's relative days count from the heading's day
    if status is DiplomacyStatus.held and scheduled_present(text, s, m, day):
        status = DiplomacyStatus.planned  # "G7 foreign ministers gather in Capri on 18-19 April": the calendar
    date = diplomacy_date(text, decision_day_end(text, s.start, m.start()) if status is DiplomacyStatus.planned else s.start,
                          told.end, day, status, kind, pledge, m.span())
    moved = (rescheduled_date(text, m.start(), s.end, day) or moved_to_month(text, m.start(), s.end, day)) \
        if status is DiplomacyStatus.stalled else None
    if moved:  # "moved back by ten days, to 21 May": planned at the new day
        status, date = DiplomacyStatus.planned, moved
    if status in (DiplomacyStatus.cancelled, DiplomacyStatus.stalled):
        date = called_off_day(text, s, date, day)  # "was due on Monday; Turkey said on Thursday it was off"
    date = preparing_day(text, s, m, date, day)  # "the strike came as EU leaders prepared to meet on Thursday"
    if status is DiplomacyStatus.held and published and date and date.start and date.start > published:
        status = DiplomacyStatus.planned  # "travels to Berlin on 12 June", said in May: still to come
    if date is None:  # "later that day", "the day before": relative to the event just told
        date = relative_day(text, s, found, published) or sequence_day(text, s, found, status) \
            or coming_weekend(text, s, status, day)  # "Hours later, …"; a dropped trip "this weekend"
    if date is None and status is DiplomacyStatus.held:  # "arrived in Odesa on Wednesday. There she held talks"
        date = trip_day(text, s, found, ctx.index.get(s.start, 0), kind)
    if date is None and status is DiplomacyStatus.held:  # "announced over the weekend"
        date = weekend_before(text, s.start, s.end, published)
    if date is None and status is DiplomacyStatus.held:
        date = item_day(ctx.items, s.start)  # the day head of the timeline item the sentence is in
    if date is None and status is DiplomacyStatus.held:
        date = heading_before(ctx.headings, s.start)  # a live blog's or digest's day heading
    if date is None and status is DiplomacyStatus.held:
        date = bulletin_day(text, s.start, ctx.headings, published)  # "13:30 - X spoke with Y"
    if date is None and status is DiplomacyStatus.held:
        date = readout_day(text, published)  # "In the evening the president then spoke with…"
    done = DiplomacyStatus.held if vetoed_draft(text, s, kind, m) else status  # a veto is an act done (weeks ago: background)
    if is_background(date, published, done) or (
            status is DiplomacyStatus.held and lx.AGGREGATE_SINCE.search(text, s.start, s.end)):
        return None
    if found and lx.OCCASION_ANAPHOR.search(text, s.start, s.end) and (location is None or date is None):
        location, date = occasion_of(found, location, date)  # "on the margins of the gathering"
    told_in = ctx.whole.get(s.start, s)  # a clause of its own: its sentence is the evidence (dev19 C3)
    desc = told_in.text if len(told_in.text) <= 240 else told_in.text[:237].rsplit(" ", 1)[0] + "…"
    return Diplomacy(kind=kind, participants=participants, location=location, date=date, status=status,
                     description=desc, evidence=[span_of(text, told_in.start, told_in.end)])


def _bulletin_reference(ctx: _Article, s: Sentence) -> dt.date | None:
    """The day relative dates of a sentence count from: the date heading above it in a live blog or
    digest (an earlier day than publication), else the publication day."""
    head = item_day(ctx.items, s.start) or heading_before(ctx.headings, s.start)
    if head and head.start and ctx.published and head.start < ctx.published:
        return head.start
    return ctx.published


def _dated_ahead(ctx: _Article, s: Sentence, kind: DiplomacyKind, cue: re.Match[str]) -> bool:
    """The sentence gives the event a day still to come ("would hand over drones in April"):
    a planned delivery, not a pledge made now."""
    lo = decision_day_end(ctx.text, s.start, cue.start())
    ahead = diplomacy_date(ctx.text, lo, s.end, ctx.published, DiplomacyStatus.planned, kind)
    return bool(ahead and ahead.start and ctx.published and ahead.start > ctx.published)


def _sides_and_venue(ctx: _Article, s: Sentence, kind: DiplomacyKind, m: re.Match[str],
                     found: list[tuple[int, Diplomacy]]) -> tuple[list[str], Location | None] | None:
    """The event's participants (states and organisations) and venue; None when it names neither."""
    text, actors = ctx.text, ctx.actors()
    participants = participants_of(text, s, ctx.people, actors)
    if ctx.readout and ctx.readout not in participants and speaks_as_institution(text, s):
        participants.insert(0, ctx.readout)  # "the Minister received the ambassador of Georgia"
    speaker = speaker_state(ctx.interview, s)
    if speaker and speaker not in participants:
        participants.insert(0, speaker)  # an interview's answer: "I called my Latvian counterpart"
    if found and kind in BILATERAL and PRONOUN_SUBJECT.match(text, s.start, m.start()):
        named = pronoun_antecedent(actors, ctx.sents, ctx.index.get(s.start, 0))  # "Starmer said… He spoke with…"
        subject = [named] if named else latest_subject(max(found, key=lambda x: x[0])[1], actors)  # else the last event's subject
        participants = subject + [p for p in participants if p not in subject]
    elif found and kind in BILATERAL and THEY_SUBJECT.match(text, s.start, m.start()):
        j, latest = max(found, key=lambda x: x[0])  # "They met in Paris": the sides just told
        if ctx.index.get(s.start, 0) - j <= 1:
            participants = latest.participants + [p for p in participants if p not in latest.participants]
    participants += [p for p in ctx.borrowed.get(s.start, []) if p not in participants]  # "approved the renewal"
    absent = absent_parties(text, s, actors) | non_parties(text, s, actors, m)  # "any deal with Moscow"
    participants = [p for p in participants if p not in absent]  # "went ahead without Putin"
    if not participants:  # "we will hold our next meeting in Vilnius": the statement's signatories
        participants = speakers_of_we(text, m, ctx.sents, ctx.index.get(s.start, 0),
                                      lambda x: participants_of(text, x, ctx.people, actors))
    if found and len(participants) < 2 and lx.BOTH_SIDES.search(text, s.start, s.end):
        latest = max(found, key=lambda x: x[0])[1]  # "the two leaders agreed": the sides told before (a
        # sentence naming two sides of its own keeps them: "talks between A and B…, officials on both sides said")
        participants += [p for p in latest.participants if p not in participants]
    # a call has no venue: a city near it is where someone spoke from
    location = diplomacy_location(text, s, m, kind in _HOSTED, participants) \
        if kind is not DiplomacyKind.phone_call else None
    if location and kind in _HOSTED and lx.HOST_CAPITALS.get(location.name) not in (None, *participants) \
            and not any(p in REGIONAL_GROUPS for p in participants):  # a group meeting in a member's capital
        participants.append(lx.HOST_CAPITALS[location.name])  # talks in Kyiv: Ukraine is a side
    if kind is DiplomacyKind.visit and location and participants == [location.country] \
            and any(a.actor.name == location.country and a.via != "capital" for a in actors.within(s.start, s.end)):
        return None  # "Tusk arrived in Warsaw": no one visits their own country (class D15)
    if kind in _HOST_TAKES_PART and location and location.country and location.country not in participants \
            and not (kind is not DiplomacyKind.visit and any(lx.canonical_org(p) for p in participants)):
        participants.append(location.country)  # "arrived in Berlin on an official visit", "a summit in Tirana",
        # "talks in Istanbul" (the host takes part: codebook rule 15); an organisation's own gathering is its own
    if kind in _MEASURES or kind is DiplomacyKind.diplomatic_protest:  # "sanctions against Russian banks",
        # "howitzers for the Ukrainian army", "expelled a Russian diplomat"
        targets = measure_targets(text, s, m, actors) or (package_targets(  # "approved the 25th package"
            text, ctx.sents, ctx.index.get(s.start, 0), m, lambda x, c: measure_targets(text, x, c, actors))
            if kind is DiplomacyKind.sanctions else [])
        participants += [t for t in targets if t not in participants and t not in absent]
    if kind is DiplomacyKind.diplomatic_protest:  # summoned to the ministry in Helsinki: Finland summoned
        hosts = seat_states(text, s) + ([location.country] if location and location.country else [])
        participants += [h for h in hosts if h not in participants]
        participants, location = _summons(ctx, s, m, participants, location)
    participants = with_recipient(kind, participants, ctx.war, text)  # "has delivered the first howitzers"
    if kind is DiplomacyKind.prisoner_exchange:
        participants += [x for x in exchange_sides(text, s) if x not in participants]  # "Ukrainian soldiers came home"
        participants += [x for x in ctx.sides if x not in participants]  # an exchange is between the warring sides
        participants, location = receiving_city(text, s, kind, location, participants)  # "handed back 34 to Moscow"
    participants, location = told_sides_and_venue(ctx, s, kind, m, participants, location)
    participants = council_sides(text, s, kind, m, participants, actors)  # "met at the request of France"
    participants = with_target(kind, participants, ctx.war, text)  # "added 25 tankers to its sanctions list"
    group = numbered_sides(ctx.sents, ctx.index.get(s.start, 0), lambda x: ctx.actors().states_within(x.start, x.end))
    if group:  # "advisers of the four countries will meet": those states and what the sentence names, nothing carried in
        own = set(ctx.actors().states_within(s.start, s.end)) | ({location.country} if location and location.country else set())
        participants = group + [p for p in participants if p not in group and p in own]
    if not participants and location is None and not (kind is DiplomacyKind.prisoner_exchange and ctx.war):
        return None  # "amid stalled peace talks": no one to attach it to
    return participants, location


def _summons(ctx: _Article, s: Sentence, m: re.Match[str], participants: list[str],
             location: Location | None) -> tuple[list[str], Location | None]:
    """A summons' two sides (not a state named only in what it was over) and, when the sentence
    names no seat, the summoning state's capital."""
    mentions = [(a.start, a.actor.name) for a in ctx.actors().within(s.start, s.end)]
    first: dict[str, int] = {}
    for pos, name in mentions:
        first.setdefault(name, pos)
    participants = summons_sides(ctx.text, s, m, participants, first)
    return participants, location or summons_seat(participants, envoy_state(ctx.text, m, mentions))


_MEASURES = {DiplomacyKind.sanctions, DiplomacyKind.military_aid}
_HOSTED = {DiplomacyKind.talks, DiplomacyKind.visit, DiplomacyKind.meeting, DiplomacyKind.summit}
# The state whose city hosts a visit, a summit or talks of others takes part in it ("Turkey for talks
# held in Istanbul", codebook rule 15; an organisation's gathering is the organisation's, wherever it meets).
_HOST_TAKES_PART = {DiplomacyKind.visit, DiplomacyKind.summit, DiplomacyKind.talks}
