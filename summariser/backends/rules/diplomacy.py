"""Diplomacy records: the cues of each sentence and the events they name; the record of one event is
`diplomacy_record` (its sides and venue `diplomacy_record_sides`), modality, dates and merging live in
`diplomacy_modality`, `diplomacy_dates` and `diplomacy_merge`."""

from __future__ import annotations

import datetime as dt
import re

from ... import lexicon as lx
from ...records import Diplomacy, DiplomacyKind, DiplomacyStatus, Location, Origin
from ...sentences import Sentence
from .common import span_of
from .diplomacy_article import Article
from .diplomacy_adopting_session import adopting_session
from .diplomacy_acts import act_during_visit, acts_on_trips, decided_during_visit, lone_trips_after, sentence_acts, trip_after
from .diplomacy_aid_recipient_next import aid_recipient_next
from .diplomacy_agreed_next import held_and_agreed, held_before_proposal, next_round_kind, planned_record, prepared_record
from .diplomacy_mediators import chairs_told_later, host_ready, mediator_thanked_before, mediator_told_later
from .diplomacy_call_rounds import round_cut, round_records
from .diplomacy_milestone import without_milestone_appositions
from .diplomacy_separate_tracks import second_track, track_cut, track_records
from .diplomacy_clauses import acts_records, two_acts
from .diplomacy_dated_by import event_dated_by, reported_day
from .diplomacy_record_sides import with_summit_host
from .diplomacy_time_anchor import past_anchor_cues
from .diplomacy_elaboration import anchored_cues, contents_of_latest, next_step_of_latest, sides_discuss
from .diplomacy_occasion_pledges import pledges_at_occasion
from .diplomacy_each_counterpart import each_counterpart
from .diplomacy_seats import seat_gathering
from .diplomacy_own_clauses import add_offers, as_told, course_sentence, host_offer, own_clauses
from .diplomacy_in_person import in_person_acts
from .diplomacy_cues import sentence_cues
from .diplomacy_donors import giver_records, later_clauses, second_giver_cut
from .diplomacy_domestic import domestic_session, stance_clause
from .diplomacy_exchange_aftermath import exchange_aftermath
from .diplomacy_merge import dated_apart, gathering_just_told, join_latest, merge_diplomacy
from .diplomacy_proposal_day import proposal_day_told_later
from .diplomacy_later_mentions import gathering_told_before
from .diplomacy_exchange import war_sides
from .diplomacy_releases import release_cues, release_record
from .diplomacy_report_day import said_day
from .diplomacy_group_anaphor import group_told_before
from .diplomacy_frame_clauses import frame_clause, frame_venue
from .diplomacy_followup import date_told_later, next_round, sides_told_later, status_told_later
from .diplomacy_headings import entry_headings
from .diplomacy_subheadings import subheadings
from .diplomacy_leaders_kind import leaders_kind
from .diplomacy_interview import answer_to_question, journalists_contact, labelled_question, question_lines
from .diplomacy_primary import primary_cue, with_host_cue
from .diplomacy_gathering_offer import before_offer, offer_cue, offer_record, offers_follow_gatherings, roster_at_gathering, roster_joined
from .diplomacy_groups import attendance_roster, group_gathering_kind
from .diplomacy_modality import demanded, invited, judged_not_event, not_an_event, told_done_and_dated
from .diplomacy_nonevents import no_event, without_remarks
from .diplomacy_site_visits import own_site_visit
from .diplomacy_signings_ahead import own_signings
from .diplomacy_sides import group_video_call, heads_of_state_meet, leaders_of_several_states
from .diplomacy_statements import earlier_schedule, statement_not_event
from .diplomacy_reactions import reaction_only
from .diplomacy_record import event_record
from .diplomacy_document_dateline import with_document_dateline
from .diplomacy_readout import author_state, readout_state
from .diplomacy_relative_measures import relative_proposal
from .diplomacy_trip_purpose import trip_kind
from .diplomacy_unnamed_measures import unnamed_sanctions
from .diplomacy_working_level import group_leaders_kind, working_level_kind
from .measure_targets import measure_targets
from .participants import absent_parties, diplomacy_location, participants_of


def find_diplomacy(text: str, sents: list[Sentence], published: dt.date | None, war: bool,
                   titles: frozenset[int] = frozenset(), source: str | None = None) -> list[Diplomacy]:
    """Diplomacy records; headline lines (`titles`) squeeze several events into one line and
    are left to the body, which tells each in full. A state body's `source` is the state its
    "the Minister" speaks for."""
    ctx = Article(text, published, war, sents)
    ctx.readout = readout_state(source, published)
    ctx.author = author_state(source, published)
    titles = titles | entry_headings(text, sents)  # "**09:45 – Tusk calls Zelensky**": a live blog's entry heading
    titles = titles | subheadings(text, sents)  # "Envoy meets president" over the paragraph that tells it (r17, dev31 D9)
    titles = titles | question_lines(ctx.interview, sents)  # "**Did the talks go anywhere?**": an interview's question
    sents, titles, ctx.whole = own_clauses(text, sents, titles, lambda x: sentence_cues(text, x))  # "…, and X is to meet Y" (dev19 C3)
    sents = without_milestone_appositions(text, sents, titles, ctx.whole)  # ", their first meeting since … in March" (r19, dev36 D3)
    ctx.sents, ctx.index = sents, {x.start: i for i, x in enumerate(sents)}
    found: list[tuple[int, Diplomacy]] = []
    told_after: set[int] = set()  # sentences naming a trip after their act ("pledged aid during a visit")
    offers: list[tuple[int, Diplomacy]] = []  # "…a third round, which Qatar has offered to host in Doha" (dev19 C3)
    for idx, s in enumerate(sents):
        offered = host_offer(text, s, published, lambda a, b: ctx.actors().states_within(a, b)) if idx not in titles else None
        offers += [(idx, offered)] if offered else []
        # "mediation led to the release of 96" (dev34 C1); a briefing's labelled question asks, tells nothing (r37)
        cues = release_cues(text, s, sentence_cues(text, s)) if idx not in titles and not labelled_question(s) else []
        if found and lx.TOPIC_SENTENCE.match(text, s.start, s.end):
            cues = []  # "The talks had also covered accession negotiations": topics of the event told
        if lx.PAPER_CLAIM.search(text, s.start, s.end):
            cues = []  # r42: "Our report that X would send Y needs clarifying": the paper's claim, not an event
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
        cues = _body_of_run_in(text, s, cues)  # "2. **Danish tranche.** Denmark is to send …" (r31)
        cues = anchored_cues(text, s, found, cues)  # "The visit came a day after X and Y spoke by phone" (dev20 C2)
        cues = past_anchor_cues(text, s, found, cues)  # "Two days after the summit, Canada announced…" (r33)
        cues = without_remarks(text, s, cues, idx > 0)  # "a call with reporters", "a possible swap" as a topic (dev22 C1)
        frame = frame_clause(text, s) if found and idx not in titles else None
        if frame is not None:  # "As the ministers met in Oslo, drones hit Odesa": the session told, as background (dev33 D3)
            cues = [c for c in cues if c[1].start() >= frame.end()]
            frame_venue(frame, found, lambda f: _frame_place(text, s, f))
        if found and idx not in titles and (lx.JOINED.search(text, s.start, s.end) or (
                not cues and attendance_roster(text, s) and gathering_just_told(found, idx))) \
                and not dated_apart(text, s, published, found):
            absent = absent_parties(text, s, ctx.actors())  # "Orban did not attend"
            parties = [p for p in participants_of(text, s, ctx.people, ctx.actors()) if p not in absent]
            _join_roster(ctx, s, idx, found, parties)
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
        if found and cues and lx.MEDIATED_ANAPHOR.search(text, s.start, s.end) \
                and any(rec.kind is k for _, rec in found for k, _ in cues):
            cues = []  # "Saudi Arabia brokered the meeting": the event just told (of its kind), and its broker
        if found and not cues and idx not in titles:
            date_told_later(text, s, published, found)  # "the call took place on Tuesday"
            proposal_day_told_later(text, s, idx, published, found)  # "said on Friday the proposal was passed on" (r16)
            reported_day(text, ctx.sents, idx, published, found)  # "have swapped 90 each. X posted photos on Sunday"
            mediator_told_later(ctx, s, idx, found)  # "The ICRC acted as an intermediary"
            chairs_told_later(ctx, s, idx, found)  # "Healey co-chairs it with Germany's Pistorius"
            sides_told_later(text, s, idx, found)  # "Kyiv's team was led by A; Moscow's by B"
        if not cues:
            continue
        kind, m = act_during_visit(text, s, cues, primary_cue(text, cues))  # "During the visit, the two signed…" (dev34 C3)
        kind = trip_kind(text, s, kind, m)  # "flies to Tokyo to confer with his counterpart": talks
        s = held_before_proposal(text, s, kind, m, cues)  # "spoke by phone and put forward a swap; Kyiv refused" (r49)
        if adopting_session(text, s, kind, m, found, lambda: diplomacy_location(text, s, m)):
            continue  # "The tranche was signed off at a gathering of envoys in Vienna": the measure's venue
        m = relative_proposal(kind, m) or m  # "vowed to veto the 25th package, which Brussels tabled on Tuesday"
        if host_ready(ctx, s, idx, found):
            continue  # "The UAE said it was ready to receive the two ministers": the host of the talks just told (r17)
        if (lx.COMMENTARY_BEFORE.search(text, s.start, m.start()) and not told_done_and_dated(text, s, m, published)) \
                or demanded(text, s, m) or not_an_event(text, s, m) \
                or invited(text, s, m, kind) or judged_not_event(text, s, m) or statement_not_event(text, course_sentence(text, ctx.whole, s), m, kind) \
                or domestic_session(text, s, m, kind) or stance_clause(text, s, m) or reaction_only(text, s, m, kind) \
                or journalists_contact(ctx.interview, text, s) or no_event(text, s, m, kind, _lead_in(ctx, idx)):
            continue  # (a cabinet session, "until talks produce a deal": no event, class C1)
        anaphor = lx.EVENT_ANAPHOR_BEFORE.search(text, max(s.start, m.start() - 40), m.start())
        if anaphor and decided_during_visit(kind, anaphor.group(0), found):
            anaphor = None  # "During the visit the two signed a memorandum": an act of its own on the trip (dev34 C3)
        if found and ((anaphor and gathering_told_before(found, kind, anaphor.group(0), text, m.end(), published)  # (r17, dev32 B1: "expected at the NATO summit" after a swap)
                       and not dated_apart(text, s, published, found))  # r46: "at the G20 summit on 18-19 November"
                      or earlier_schedule(text, s, m) or exchange_aftermath(text, s, m, kind, found)):
            if roster_at_gathering(text, kind, m) and gathering_just_told(found, idx):
                _join_roster(ctx, s, idx, found)  # "Zelensky hosted A, B and C at the meeting" (r15, dev27 C1)
            continue  # "after the meeting", "was originally due to", "the freed men were flown to": the event told
        cut = second_giver_cut(text, s, kind, m, ctx.actors())
        if cut is not None:  # "Norway sent howitzers to Ukraine; Iceland paid for drones": two givers
            for given in giver_records(ctx, s, cut, found, sentence_cues, event_record):
                merge_diplomacy(found, idx, as_told(ctx.whole, text, s, given))
            continue
        cut = round_cut(ctx, s, kind, m)
        if cut is not None:  # "spoke with A on Monday and with B on Tuesday": two calls (r14, dev26 C3)
            for n, one in enumerate(round_records(ctx, s, kind, m, cut, found, event_record, cues)):
                if n:  # (the next day's call or talks with another counterpart: its own event)
                    found.append((idx, as_told(ctx.whole, text, s, one)))
                else:
                    merge_diplomacy(found, idx, as_told(ctx.whole, text, s, one))
            continue
        track = track_cut(ctx, s, cues)
        if track is not None:  # "A and B meet in X on Sunday; B will hold separate talks with C there" (r19, dev36 D5)
            for n, one in enumerate(track_records(ctx, s, track[1], track[2], track[0], found, event_record)):
                if n:  # (the second track: its own event, never folded into the first)
                    found.append((idx, as_told(ctx.whole, text, s, one)))
                else:
                    merge_diplomacy(found, idx, as_told(ctx.whole, text, s, one))
            continue
        acts = in_person_acts(text, s, cues) or two_acts(text, cues)  # "joined by video, then met X in person"
        if acts is not None:  # "met X on Thursday, and spoke with Y by phone a day later": two events
            for act in acts_records(ctx, s, acts, found, event_record):
                merge_diplomacy(found, idx, as_told(ctx.whole, text, s, act))
            continue
        events = sentence_acts(text, s, cues, (kind, m))
        if trip_after(events):
            told_after.add(idx)
        gathered, offer = None, offer_cue(text, kind, m, cues)
        for k, c in events:
            if k is DiplomacyKind.meeting and heads_of_state_meet(text, s):
                k = DiplomacyKind.summit  # "talks of the French and Brazilian presidents"
            if k is DiplomacyKind.phone_call and group_video_call(text, c):
                k = DiplomacyKind.talks  # "a leaders' video conference": talks among the group
            rec, agreed = held_and_agreed(ctx, before_offer(text, s, offer), k, c, found, event_record)
            if rec is not None and own_site_visit(text, s, c, rec):
                continue  # "after visiting one of the shelled buildings": a tour at home (r17, dev31 D8)
            if rec is not None:
                rec.kind = group_gathering_kind(rec.kind, c, rec.participants, text, s)  # the group's video conference
                rec = working_level_kind(text, s, c, rec)  # "the two defence ministers met": talks (rule 14)
                rec = with_summit_host(group_leaders_kind(text, s, c, rec))  # "EU leaders will meet in Brussels": a summit
                rec = leaders_kind(text, s, c, rec, published)  # "the Vienna meeting between the two presidents": a summit (dev21 C5)
                rec = seat_gathering(ctx, idx, rec)  # "EU leaders met at a summit in Brussels": the bloc's, not Belgium's
                rec = next_round_kind(found, idx, rec)  # "The sides will reconvene in Riyadh": the talks' next round
                rec = release_record(rec, c, lambda: ctx.sides or war_sides(text), lambda: said_day(text, s, published))  # (dev34 C1)
                rec = group_told_before(text, s, c, rec)  # "the group will reconvene in the spring" (dev33 D5)
                if rec.kind is DiplomacyKind.meeting and leaders_of_several_states(ctx.actors(), s, rec.participants):
                    rec.kind = DiplomacyKind.summit  # "Tusk hosted Fiala, Fico and Orbán"
                if next_step_of_latest(found, idx, rec):
                    continue  # "Bucharest said it would deliver a protest note": the summons just told (dev19 C2)
                if contents_of_latest(text, s, found, idx, rec):
                    continue  # "It would ban Russian oil products": what the package just told holds (r26)
                each = own_signings(ctx, s, c, rec) or each_counterpart(text, s, c, rec, ctx.actors().states_within)
                if each:  # "A and B expect to sign their own pacts with Kyiv": one each, never folded (r20)
                    found.extend((idx, one) for one in each)
                    gathered = gathered or rec
                    continue
                own = second_track(ctx, s, rec, found)
                if own is not None:  # "…; B will hold separate talks with C there": its own event (r19, dev36 D5)
                    found.append((idx, own))
                    gathered = gathered or own
                    continue
                if rec.kind is DiplomacyKind.agreement and rec.date is None and gathered is not None \
                        and gathered.kind is DiplomacyKind.visit and gathered.status is DiplomacyStatus.planned:
                    rec = rec.model_copy(update={"date": gathered.date})  # "is to visit X on Tuesday …, and to sign …" (r21)
                merge_diplomacy(found, idx, rec)
                gathered = gathered or rec
                if agreed is not None:  # "…, and they agreed to meet in Astana": a planned event too
                    planned = planned_record(ctx, s, rec, agreed, found, event_record)
                    if planned is not None:  # "we settled that our teams would sit down": talks (r16, dev29 D2)
                        planned = working_level_kind(text, Sentence(agreed.start(), s.end, text[agreed.start():s.end]),
                                                     agreed, planned)
                        merge_diplomacy(found, idx, as_told(ctx.whole, text, s, planned))
                prepared = prepared_record(ctx, s, rec, found, event_record)
                if prepared is not None:  # "met on Thursday to prepare the summit X will host on 7-8 July" (r32)
                    merge_diplomacy(found, idx, as_told(ctx.whole, text, s, prepared))
                other = event_dated_by(text, s, c, rec, ctx.actors(), ctx.published)  # ", a day after X and Y spoke"
                if other is not None:
                    merge_diplomacy(found, idx, as_told(ctx.whole, text, s, other))
        offered = offer_record(ctx, s, offer[1], gathered, found, event_record) if offer is not None else None
        if offered is not None:  # "met Zelensky in Kyiv and tabled a truce, which Moscow rejected" (r15, dev27 C1)
            found.append((idx, offered))
        for part in later_clauses(text, s):  # "The envoys met in Cairo; a second round is planned in Amman next month"
            later = next_round(text, part, idx, published, found)
            if later is not None:
                found.append((idx, later))
    offers_follow_gatherings(found)  # the proposers of an offer tabled at a gathering (r15, dev27 C1)
    mediator_thanked_before(ctx, found)  # "'Grateful to our Emirati partners,' he wrote. Ukraine and Russia swapped 150 each"
    add_offers(found, offers, merge_diplomacy)
    pledges_at_occasion(found, published)  # "More donors then spoke. Spain said it would send…" (r17)
    out = []
    told = [rec for _, rec in acts_on_trips(lone_trips_after(found, told_after), [x.start for x in sents])]  # aid and meetings on a visit (dev22 C3)
    for rec in with_document_dateline(text, published, told):  # "Riga, 3 September 2026" over a joint statement (r35)
        if not rec.participants and rec.location is None:
            continue  # r39: an exchange no state or organisation takes part in, held nowhere (a game's menu)
        sources = {"kind": Origin.rules, "status": Origin.rules, "description": Origin.rules}
        for name in ("participants", "location", "date"):
            if getattr(rec, name):
                sources[name] = Origin.rules
        out.append(rec.model_copy(update={"sources": sources}))
    return out


# a list item's bold heading run into its body on one line ("2. **Warsaw summons envoy.** Warsaw summoned …")
_RUN_IN_HEADING = re.compile(r"\s*(?:\d{1,2}[.)]\s*|[-*•]\s+)?\*\*[^*\n]{3,120}?\*\*\s+(?=[\"“A-Z])")


def _body_of_run_in(text: str, s: Sentence, cues: list[tuple[DiplomacyKind, re.Match[str]]]) -> list[tuple[DiplomacyKind, re.Match[str]]]:
    """A list item's run-in heading names the event its body tells again: the body's cues, when the body tells
    every kind the heading names ("**Danish tranche.** Denmark is to send Kyiv a further tranche of aid, its minister said
    on Monday": the body's status and day); a heading that names the event's form the body does
    not ("**Negotiations.** A and B discussed … during their meeting") keeps its cue."""
    run_in = _RUN_IN_HEADING.match(text, s.start, s.end)
    if run_in is None or not any(c.start() < run_in.end() for _, c in cues):
        return cues
    body = release_cues(text, s, sentence_cues(text, Sentence(run_in.end(), s.end, text[run_in.end():s.end])))
    told = {k for k, c in cues if c.start() < run_in.end()}
    return body if told <= {k for k, _ in body} else cues


def _join_roster(ctx: Article, s: Sentence, idx: int, found: list[tuple[int, Diplomacy]], parties: list[str] | None = None) -> None:
    """The sentence's parties join the event told last (a meeting of several leaders becomes a summit)."""
    if parties is None:
        absent = absent_parties(ctx.text, s, ctx.actors())
        parties = [p for p in participants_of(ctx.text, s, ctx.people, ctx.actors()) if p not in absent]
    join_latest(found, idx, parties, span_of(ctx.text, s.start, s.end))
    roster_joined(found, idx, parties, leaders_of_several_states(ctx.actors(), s, parties))  # (r15, dev27 C1)


def _renewal_cue(ctx: Article, idx: int) -> list[tuple[DiplomacyKind, re.Match[str]]]:
    """Sanctions told without their noun ("approved the renewal", "the 24th package"); the sides
    they take from the sentence that named sanctions are kept for the record."""
    s = ctx.sents[idx]
    found, borrowed = unnamed_sanctions(ctx.text, ctx.sents, idx, lambda x: participants_of(ctx.text, x, ctx.people, ctx.actors()),
                                        lambda x, m: measure_targets(ctx.text, x, m, ctx.actors()))
    if found:
        ctx.borrowed[s.start] = borrowed
    return found


def _aid_recipient_next(ctx: Article, idx: int) -> list[tuple[DiplomacyKind, re.Match[str]]]:
    found, recipients = aid_recipient_next(ctx.text, ctx.sents, idx, lambda x: ctx.actors().states_within(x.start, x.end))
    if found:  # "unveiled 300 million euros in energy aid. The first generators arrive in Ukraine…"
        ctx.borrowed[ctx.sents[idx].start] = recipients
    return found


def _frame_place(text: str, s: Sentence, frame: re.Match[str]) -> Location | None:
    """The place after a frame clause's verb ("As the ministers met in Oslo, …")."""
    verb = re.compile(r"\S+(?:\s+down)?").match(text, frame.start("verb"), frame.end("verb"))
    return diplomacy_location(text, Sentence(frame.start(), frame.end(), text[frame.start():frame.end()]), verb, False) if verb else None


def _lead_in(ctx: Article, idx: int) -> str:
    """The article's text before sentence `idx` (where "the meeting" named again was introduced)."""
    return ctx.text[:ctx.sents[idx].start]
