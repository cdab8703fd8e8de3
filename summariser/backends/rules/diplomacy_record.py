"""The record of one sentence's diplomatic event: its status (planned, held, a pledge made now,
called off, moved), its date by the many ways copy tells it, and the checks that make it no
record (a demand, background); its sides and venue come from `diplomacy_record_sides`."""

from __future__ import annotations

import datetime as dt
import re

from ... import lexicon as lx
from ...blanking import blank_spans
from ...knowledge import cues
from ...records import Diplomacy, DiplomacyKind, DiplomacyStatus
from ...sentences import Sentence
from .common import span_of
from .diplomacy_arrivals import presence_day
from .diplomacy_article import Article
from .diplomacy_cues import in_demand
from .diplomacy_called_off import called_off_day, called_off_status, moved_day, plan_day_before_off, without_new_date
from .diplomacy_aid_delivery import delivery_day
from .diplomacy_coming_weekend import coming_weekend
from .diplomacy_context import occasion_day, relative_day, trip_day, weekend_before
from .diplomacy_council import vetoed_draft
from .diplomacy_decided import decided_day
from .diplomacy_article_days import bulletin_day, heading_before, opening_day, readout_day
from ...grounding.reference import weekday_after_told_day
from .diplomacy_later_mentions import dated_in_own_phrase
from .diplomacy_own_day import possessive_day
from .diplomacy_dates import decision_day_end, diplomacy_date, is_background, rescheduled_date
from .diplomacy_gathering_offer import rejected_later
from .diplomacy_groups import scheduled_present
from .diplomacy_item_heads import item_day
from .diplomacy_merge import occasion_of
from .diplomacy_modality import attribution_after, event_status, is_pledge, offer_aside, without_delivery_horizons
from .diplomacy_moves import moved_to_month
from .diplomacy_milestone import running_total_since
from .diplomacy_preparing import anchored_held, preparing_day, preparing_status
from .diplomacy_own_clauses import gathered_clause_day, time_clause_day, time_clause_of_plan
from .diplomacy_primary import before_outcome
from .diplomacy_record_sides import sides_and_venue
from .diplomacy_relative_measures import relative_status
from .diplomacy_acts import occasion_end
from .diplomacy_sequence_day import sequence_day
from .diplomacy_time_anchor import anchored_day
from .diplomacy_statements import statement_venue_only
from .diplomacy_today_ahead import today_still_ahead
from .diplomacy_ongoing import under_way
from .diplomacy_topic_spans import discussed_before
from .event_moments import attack_moment_day


# "the alliance's previous summit", "an earlier round": a gathering named as one held before (r33)
_PAST_GATHERING = re.compile(rf"\b(?:{cues.alternation('diplomacy', 'past_gathering_before')})$", re.I)
# gatherings and calls, whose day may be moved ("rescheduled from Tuesday to 24 June"); not a measure
# ("moved on Tuesday to ban imports": a decision's verb)
_MOVABLE = {DiplomacyKind.meeting, DiplomacyKind.talks, DiplomacyKind.summit, DiplomacyKind.visit, DiplomacyKind.phone_call}


def event_record(ctx: Article, s: Sentence, kind: DiplomacyKind, m: re.Match[str],
            found: list[tuple[int, Diplomacy]], agreed: bool = False) -> Diplomacy | None:
    """The record of one sentence's event, or None when it has no side, is a demand or is
    background; `agreed`: an event the sides agreed on, still to come whatever its clause says."""
    text, published = ctx.text, ctx.published
    placed = sides_and_venue(ctx, s, kind, m, found)
    if placed is None:
        return None
    participants, location = placed
    if statement_venue_only(text, s, m, participants, location):
        return None  # "a communique released following talks in Chile": Chile is no side
    told = before_outcome(text, s, kind, m)  # "met on Thursday and promised talks later this month"
    status = DiplomacyStatus.planned if agreed else relative_status(m) or called_off_status(text, s, m) \
        or preparing_status(text, s, m) or anchored_held(text, s, m, event_status(text, told, m, kind))  # "were to open on Tuesday, but … postponed"
    if status is DiplomacyStatus.planned and _PAST_GATHERING.search(text, max(s.start, m.start() - 40), m.start()):
        status = DiplomacyStatus.held  # "the alliance's previous summit, in March, had backed a plan to …" (r33)
    if status is DiplomacyStatus.held and time_clause_of_plan(text, ctx.whole, s):
        status = DiplomacyStatus.planned  # "will announce aid when Healey chairs a meeting on Friday" (round 14)
    status = without_new_date(text, s, status, kind not in (DiplomacyKind.sanctions, DiplomacyKind.military_aid))  # "…will not go ahead; no new date was set": stalled (r15, dev28 C1)
    if status is DiplomacyStatus.proposed and rejected_later(text, s, kind, m):
        status = DiplomacyStatus.cancelled  # "offered Moscow a truce, but the Kremlin rebuffed it" (r15, dev27 C1)
    if vetoed_draft(text, s, kind, m):
        status = DiplomacyStatus.cancelled  # "Russia vetoed a draft resolution drafted by Denmark"
    pledge = status is DiplomacyStatus.planned and is_pledge(text, s, m, kind) and not _dated_ahead(ctx, s, kind, m)
    if pledge:  # "will send Ukraine four systems": the pledge is made now
        status = DiplomacyStatus.held
    if kind in (DiplomacyKind.military_aid, DiplomacyKind.sanctions) and status is DiplomacyStatus.proposed \
            and (in_demand(text, s, m) or lx.DEMAND_CUES.search(text, m.start(), min(s.end, m.end() + 90))):
        return None  # "Ukraine demands more sanctions": a demand, commentary rather than an event
    day = bulletin_reference(ctx, s)  # a live blog's relative days count from the heading's day
    topic = discussed_before(text, s.start, m) if kind in lx.EVENT_FORM_KINDS else None
    own = text if topic is None else blank_spans(text, [topic])  # "discussed the summit set for 3 October during a
    # call on Tuesday": the summit's day and plan are the topic's (r34)
    if status is DiplomacyStatus.held and scheduled_present(own, s, m, day):
        status = DiplomacyStatus.planned  # "G7 foreign ministers gather in Capri on 18-19 April": the calendar
    aside = offer_aside(text, s, m)  # "his offer, made in letters on 12 January, to host": the letters' day
    date = diplomacy_date(own if aside is None else blank_spans(own, [aside]),
                          decision_day_end(text, s.start, m.start()) if status is DiplomacyStatus.planned else s.start,
                          told.end, day, status, kind, pledge, m.span())
    date = delivery_day(text, s, kind, status, m, day) or date  # "confirmed on Tuesday that it was handed over at the weekend"
    if status is DiplomacyStatus.held:  # "captured in March, she returned in last Friday's swap" (r51); a plan's
        date = possessive_day(text, s, m, day) or date  # coming day stays ("flies to Rome for Friday's talks")
    if kind in (DiplomacyKind.summit, DiplomacyKind.meeting) and (occasion := occasion_end(text, s, m)) is not None:
        date = diplomacy_date(text, s.start, occasion, day, status, kind, pledge, m.span()) or date  # "At their summit
        # on July 14-15, …, but on Friday they agreed …": the gathering's own days, not the decision's (r33)
    if status is DiplomacyStatus.planned and dated_in_own_phrase(text, m.end()):  # "The overnight raids came as
        date = diplomacy_date(text, m.end(), told.end, day, status, kind, pledge, m.span()) or date  # leaders
        # prepared for a meeting in X on Thursday": the gathering's own day, not the sentence's first (r29)
    moved = (rescheduled_date(text, m.start(), s.end, day) or moved_to_month(text, m.start(), s.end, day)) \
        if status in (DiplomacyStatus.stalled, DiplomacyStatus.planned) else None
    if moved is None and status is DiplomacyStatus.stalled:
        moved = moved_day(text, s, m, day)  # "put off a trip set for Monday; it will now take place on 3 June" (r22)
    if moved is None and status is DiplomacyStatus.held and day is not None and kind in _MOVABLE:
        ahead = rescheduled_date(text, m.start(), s.end, day, new_only=True)  # "were rescheduled from Tuesday to 24 June" (r22)
        moved = ahead if ahead is not None and ahead.start is not None and ahead.start > day else None
    if moved:  # "moved back by ten days, to 21 May", "set for 6 March, now moved to 14 March": the new day
        status, date = DiplomacyStatus.planned, moved
    if status in (DiplomacyStatus.cancelled, DiplomacyStatus.stalled):
        date = called_off_day(text, s, plan_day_before_off(text, s, m, date, day), day)  # "was due on Monday; Turkey
        # said on Thursday it was off"; "planned for next week, was called off on Wednesday" (r30)
    date = preparing_day(text, s, m, date, day)  # "the strike came as EU leaders prepared to meet on Thursday"
    if status is DiplomacyStatus.held and date is not None and date.text and published:  # "... last Friday, and
        at = text.find(date.text, s.start, s.end)  # went on to X on Saturday": the Saturday after it (r29)
        date = weekday_after_told_day(date.text, date, published, text, (at, at + len(date.text))) if at >= 0 else date
    if status is DiplomacyStatus.planned and (decided := decided_day(text, s, kind, published)) is not None:
        status, date = DiplomacyStatus.held, decided  # "will add the firms next week, after ministers approved it on Tuesday" (r21)
    if date is None and status is DiplomacyStatus.held:  # "Hours after the attack, …": the strike's day (r14)
        date = attack_moment_day(text, s.start, s.end, published)
    if date is None:  # "later that day", "the day before": relative to the event just told
        date = anchored_day(text, s, found) or relative_day(text, s, found, published) \
            or sequence_day(text, s, found, status) \
            or coming_weekend(text, s, status, day)  # "Hours later, …"; a dropped trip "this weekend"
    if date is None and status is DiplomacyStatus.planned:  # "will announce aid when X chairs a meeting on Friday"
        date = time_clause_day(text, ctx.whole, s, published, kind)
    if date is None and status is DiplomacyStatus.held:  # "…, she said on Monday as the group met in Oslo" (r17)
        date = gathered_clause_day(text, ctx.whole, s, published, kind)
    if date is None and status is DiplomacyStatus.held:  # "arrived in Odesa on Wednesday. There she held talks"
        date = trip_day(text, s, found, ctx.index.get(s.start, 0), kind)
    if date is None and status is DiplomacyStatus.held:  # "announced fresh support at the meeting" (r30)
        date = occasion_day(text, s, found)
    if date is None and status is DiplomacyStatus.held:  # "On Monday A and B talked, and C pledged aid" (r50)
        date = opening_day(text, ctx.whole, s, published)
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
    if date is None and status is DiplomacyStatus.held:
        date = presence_day(kind, m, day)  # "the Dutch premier is in Odesa": today (round 14)
    if status is DiplomacyStatus.planned and published and date and date.start and date.start <= published \
            and lx.DATED_ACT_END.search(m.group(0)):
        status = DiplomacyStatus.held  # "Spain's decision of 5 March to send $50m": taken that day (r39)
    if status is DiplomacyStatus.held and published and date and date.start and date.start > published:
        status = DiplomacyStatus.planned  # "travels to Berlin on 12 June", said in May; a diary's day head (r39)
    if status is DiplomacyStatus.held and today_still_ahead(text, s, m, date, published):
        status = DiplomacyStatus.planned  # "negotiators sit down in Geneva today" in that morning's paper (r16, dev29 D9)
    if status is DiplomacyStatus.held and under_way(text, s, kind, m, date, published):
        status = DiplomacyStatus.ongoing  # "envoys were sitting down in Geneva on Friday", in Friday's paper (r17)
    done = DiplomacyStatus.held if vetoed_draft(text, s, kind, m) else status  # a veto is an act done (weeks ago: background)
    if is_background(date, published, done) or (
            status is DiplomacyStatus.held and running_total_since(text, s.start, s.end, m.start())):
        return None
    if found and lx.OCCASION_ANAPHOR.search(text, s.start, s.end) and (location is None or date is None):
        location, date = occasion_of(found, location, date)  # "on the margins of the gathering"
    told_in = ctx.whole.get(s.start, s)  # a clause of its own: its sentence is the evidence (dev19 C3)
    desc = told_in.text if len(told_in.text) <= 240 else told_in.text[:237].rsplit(" ", 1)[0] + "…"
    return Diplomacy(kind=kind, participants=participants, location=location, date=date, status=status,
                     description=desc, evidence=[span_of(text, told_in.start, told_in.end)])


def bulletin_reference(ctx: Article, s: Sentence) -> dt.date | None:
    """The day relative dates of a sentence count from: the date heading above it in a live blog or
    digest (an earlier day than publication) or in a week-ahead diary (a later one, r39), else the
    publication day."""
    head = item_day(ctx.items, s.start) or heading_before(ctx.headings, s.start)
    if head and head.start and ctx.published:
        return head.start
    return ctx.published


def _dated_ahead(ctx: Article, s: Sentence, kind: DiplomacyKind, cue: re.Match[str]) -> bool:
    """The sentence gives the event a day still to come ("would hand over drones in April"):
    a planned delivery, not a pledge made now; a delivery horizon ("before the end of May") is not
    the decision's day."""
    lo = decision_day_end(ctx.text, s.start, cue.start())
    text = without_delivery_horizons(ctx.text, cue.end(), s.end)  # "by the end of May": the deliveries' date
    hi = attribution_after(text, cue.end(), s.end)  # "…, its minister said in Oslo on Monday": the saying's day
    ahead = diplomacy_date(text, lo, hi, ctx.published, DiplomacyStatus.planned, kind)
    return bool(ahead and ahead.start and ctx.published and ahead.start > ctx.published)
