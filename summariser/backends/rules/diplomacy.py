"""Diplomacy records: kind from the cue, status from modality, dates, and merging of mentions."""

from __future__ import annotations

import datetime as dt
import re

from ... import lexicon as lx
from ...dates import find_dates
from ...records import DatePrecision, DateSpan, Diplomacy, DiplomacyKind, DiplomacyStatus, Origin, Span
from ...sentences import Sentence
from .common import span_of
from .participants import (ArticleActors, absent_parties, diplomacy_location, participants_of, measure_targets,
                           people_registry, seat_states)


def _status(text: str, s: Sentence, cue: re.Match[str], kind: DiplomacyKind | None = None) -> DiplomacyStatus:
    lo, hi = s.start, s.end
    for b in re.finditer(r"[;\u2014\u2013]|\s-\s", text[s.start:s.end]):
        if s.start + b.end() <= cue.start():
            lo = s.start + b.end()
        elif s.start + b.start() >= cue.end():
            hi = s.start + b.start()
            break
    lo, hi = _without_reported_content(text, lo, hi, cue)
    but = _BUT.search(text, cue.end(), hi)
    hi = but.start() if but else hi  # "open to talks, but has rejected a ceasefire": two clauses
    topic = lx.TOPIC_LINK.match(text, cue.end(), hi) if kind in lx.EVENT_FORM_KINDS else None
    if topic:  # "talks on how Europe would back a ceasefire": the modality of the subject, not of the talks
        hi = topic.end()
    window = text[max(lo, cue.start() - 90):min(hi, cue.end() + 90)]
    if lx.PROPOSED_BEFORE.search(text, _clause_start(text, max(lo, cue.start() - 60), cue.start()), cue.start()) \
            and not any(rx.search(window) for st, rx in lx.STATUS_CUES[:2]):
        return DiplomacyStatus.proposed  # "offered to host talks", "ready to send air defence"
    for status, rx in lx.STATUS_CUES:
        if rx.search(window):
            return status
    return DiplomacyStatus.held


def _without_reported_content(text: str, lo: int, hi: int, cue: re.Match[str]) -> tuple[int, int]:
    """Narrow [lo, hi) to the event's own clause: "said that talks would resume" starts at "talks";
    "told X by phone that France would send…" ends before "that" (the modality of what was said)."""
    for c in lx.COMPLEMENT.finditer(text, lo, cue.start()):
        lo = c.end()
    after = lx.COMPLEMENT.search(text, cue.end(), hi)
    return lo, after.start() if after else hi


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause holding `pos` starts, at or after `lo`: after the last clause mark."""
    for b in _CLAUSE_MARK.finditer(text, lo, pos):
        lo = b.end()
    return lo


def _clause_end(text: str, pos: int, hi: int) -> int:
    b = _CLAUSE_MARK.search(text, pos, hi)
    return b.start() if b else hi


def _not_an_event(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """A denial ("denied that X had met Y"), a negation ("no talks were held"), what ought to
    happen ("Europe should impose sanctions"), a hypothetical ("would meet Putin only if…") and an
    earlier event recalled ("since the talks in Istanbul"): none is an event."""
    lo = _clause_start(text, s.start, cue.start())
    near = max(lo, cue.start() - 60)
    if lx.DENIAL_VERB.search(text, lo, cue.start()) or lx.DIPLOMACY_NEGATED_BEFORE.search(text, near, cue.start()) \
            or lx.OBLIGATION.search(text, max(lo, cue.start() - 40), cue.start()) \
            or lx.BACKGROUND_BEFORE.search(text, near, cue.start()) or lx.UNDECIDED_BEFORE.search(text, near, cue.start()):
        return True
    if lx.NOT_THE_EVENT_BEFORE.search(text, max(lo, cue.start() - 80), cue.start()):
        return True  # "thanked Norway for its military aid", "warned against sending weapons"
    hi = _clause_end(text, cue.end(), s.end)
    modal = lx.HYPOTHETICAL_MODAL.search(text, max(lo, cue.start() - 60), min(hi, cue.end() + 60))
    return bool(modal and (lx.CONDITIONAL.search(text, s.start, s.end)
                           or lx.HYPOTHETICAL_BEFORE.search(text, near, cue.start())))


def _background(date: DateSpan | None, published: dt.date | None, status: DiplomacyStatus) -> bool:
    """An event done weeks before the article ("talks in Istanbul in 2022", "the summit in
    August"): scene-setting, not news (codebook rule 17 codes it only as optional)."""
    return bool(status is DiplomacyStatus.held and date and date.end and published
                and date.end < published - _BACKGROUND_AGE)


_BACKGROUND_AGE = dt.timedelta(days=28)


def _demanded(text: str, s: Sentence, cue: re.Match[str]) -> bool:
    """'urged partners to impose new sanctions': an appeal for the event, not the event."""
    return bool(lx.DEMANDED_BEFORE.search(text[max(s.start, cue.start() - 120):cue.start()]))


_BUT = re.compile(r",?\s+but\s+", re.I)
_CLAUSE_MARK = re.compile(r"[,;:()\u2014\u2013]|\s-\s")


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
                    and not _CLAUSE_MARK.search(text, m2.end(), m.start()):
                return k2, m2
    return kind, m


# A day-month date without a year: news tells an event of ten months ago with its year or "last
# June", so such a date two months ahead at most is this year's, still to come.
_LAST_YEAR, _SOON = dt.timedelta(days=300), dt.timedelta(days=62)
_MEETING_FORMS = {DiplomacyKind.meeting, DiplomacyKind.talks, DiplomacyKind.phone_call}
_NEXT = re.compile(r"\b(?:next\s+(?P<unit>week|month)|(?P<tomorrow>tomorrow))\b", re.I)
_NIGHT_KINDS = {"overnight", "night_into", "between", "night_of", "wd_night", "previous_night"}


# Decisions whose announcement is the event: "Germany announced on Tuesday a new aid package".
_ANNOUNCED = {DiplomacyKind.military_aid, DiplomacyKind.sanctions, DiplomacyKind.statement,
              DiplomacyKind.proposal, DiplomacyKind.diplomatic_protest}


def _diplomacy_date(text: str, lo: int, hi: int, published: dt.date | None,
                    status: DiplomacyStatus, kind: DiplomacyKind | None = None) -> DateSpan | None:
    """A diplomatic event is a day: a night range ("shortly after the overnight attacks") gives
    the day it ends; a weekday of a planned event is the next such day, not the last one; a
    decision is dated by its announcement."""
    found = find_dates(text, lo, hi, published)
    mentions = [d for d in found if d.role == "event"]
    if not mentions and kind in _ANNOUNCED and status is DiplomacyStatus.held:
        mentions = [d for d in found if d.role == "report" and d.span.start]
    if not mentions:
        if status is DiplomacyStatus.planned and published:
            m = _NEXT.search(text, lo, hi)
            if m and m.group("tomorrow"):
                d = published + dt.timedelta(days=1)
                return DateSpan(start=d, end=d, text=m.group(0), precision=DatePrecision.day)
            if m and m.group("unit").lower() == "week":
                monday = published + dt.timedelta(days=7 - published.weekday())
                return DateSpan(start=monday, end=monday + dt.timedelta(days=6), text=m.group(0),
                                precision=DatePrecision.week)
            if m:
                first = dt.date(published.year + (published.month == 12), published.month % 12 + 1, 1)
                last = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1) - dt.timedelta(days=1)
                return DateSpan(start=first, end=last, text=m.group(0), precision=DatePrecision.month)
        return None
    first_mention = mentions[0]
    span: DateSpan = first_mention.span
    if status is DiplomacyStatus.planned and published and first_mention.kind == "month" and span.start and span.end \
            and span.end < published:  # "will meet in April", said in March: next April
        return DateSpan(start=span.start.replace(year=span.start.year + 1), end=span.end.replace(year=span.end.year + 1),
                        text=span.text, precision=span.precision)
    if status is DiplomacyStatus.planned and published and first_mention.kind in ("dmy", "mdy") and span.start \
            and span.end and span.start < published and not re.search(r"\d{4}", span.text or ""):
        ahead = span.start.replace(year=published.year)  # "meet in Brussels on 23 October", said on 16 October
        if ahead >= published:
            return DateSpan(start=ahead, end=ahead, text=span.text, precision=span.precision)
    if status is not DiplomacyStatus.planned and published and first_mention.kind in ("dmy", "mdy") and span.start \
            and span.end and not re.search(r"\d{4}", span.text or "") and span.start < published - _LAST_YEAR:
        ahead = span.start.replace(year=published.year)  # "travels to Berlin on 12 June", said on 10 May
        if published <= ahead <= published + _SOON:
            return DateSpan(start=ahead, end=ahead, text=span.text, precision=span.precision)
    if first_mention.kind in _NIGHT_KINDS and span.end:
        return DateSpan(start=span.end, end=span.end, text=span.text, precision=DatePrecision.day)
    if status is DiplomacyStatus.planned and first_mention.kind == "wd" and published and span.start and span.start < published \
            and not re.match(r"last\b", span.text or "", re.I):
        nxt = span.start + dt.timedelta(days=7)
        return DateSpan(start=nxt, end=nxt, text=span.text, precision=span.precision)
    return span


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
            _join_latest(found, idx, participants_of(text, s, people, actors), span_of(text, s.start, s.end))
            continue  # "X and Y joined by video link": more parties of the event told before
        if idx not in titles and lx.HOST_VERB.search(text, s.start, s.end):
            actors = actors or ArticleActors(text, published)
            cues = _with_host_cue(text, s, cues, actors)
        if not cues:
            continue
        kind, m = _primary(text, cues)
        if lx.COMMENTARY_BEFORE.search(text, s.start, m.start()) or _demanded(text, s, m) or _not_an_event(text, s, m):
            continue
        if found and lx.EVENT_ANAPHOR_BEFORE.search(text, max(s.start, m.start() - 40), m.start()):
            continue  # "after the meeting": the event already told, not a new one
        actors = actors or ArticleActors(text, published)
        participants = participants_of(text, s, people, actors)
        if found and kind in _BILATERAL and _PRONOUN_SUBJECT.match(text, s.start, m.start()):
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
        status = _status(text, s, m, kind)
        if kind in (DiplomacyKind.military_aid, DiplomacyKind.sanctions) and status is DiplomacyStatus.proposed \
                and lx.DEMAND_CUES.search(text, max(s.start, m.start() - 90), min(s.end, m.end() + 90)):
            continue  # "Ukraine demands more sanctions": a demand, commentary rather than an event
        date = _diplomacy_date(text, s.start, s.end, published, status, kind)
        if status is DiplomacyStatus.held and published and date and date.start and date.start > published:
            status = DiplomacyStatus.planned  # "travels to Berlin on 12 June", said in May: still to come
        if _background(date, published, status) or (
                status is DiplomacyStatus.held and lx.AGGREGATE_SINCE.search(text, s.start, s.end)):
            continue
        desc = s.text if len(s.text) <= 240 else s.text[:237].rsplit(" ", 1)[0] + "…"
        rec = Diplomacy(kind=kind, participants=participants, location=location,
                        date=date, status=status,
                        description=desc, evidence=[span_of(text, s.start, s.end)])
        _merge_diplomacy(found, idx, rec)
    out = []
    for _, rec in found:
        sources = {"kind": Origin.rules, "status": Origin.rules, "description": Origin.rules}
        for name in ("participants", "location", "date"):
            if getattr(rec, name):
                sources[name] = Origin.rules
        out.append(rec.model_copy(update={"sources": sources}))
    return out


def _join_latest(found: list[tuple[int, Diplomacy]], idx: int, parties: list[str], evidence: Span) -> None:
    """Add the parties of a 'joined by video' sentence to the event told most recently."""
    i = max(range(len(found)), key=lambda k: found[k][0])
    old = found[i][1]
    found[i] = (idx, old.model_copy(update={
        "participants": old.participants + [p for p in parties if p not in old.participants],
        "evidence": old.evidence + [evidence]}))


_MEASURES = {DiplomacyKind.sanctions, DiplomacyKind.military_aid}
_HOSTED = {DiplomacyKind.talks, DiplomacyKind.visit, DiplomacyKind.meeting, DiplomacyKind.summit}


def _days_apart(a: DateSpan | None, b: DateSpan | None) -> bool:
    if not (a and b and a.start and b.start and a.end and b.end):
        return False
    return a.end < b.start - dt.timedelta(days=1) or b.end < a.start - dt.timedelta(days=1)


# One event the article calls by several names: a visit, the talks held during it, a meeting.
_TALKS_OR_MEETING = {DiplomacyKind.talks, DiplomacyKind.meeting, DiplomacyKind.visit}


def _one_event_two_names(a: Diplomacy, b: Diplomacy) -> bool:
    """Talks and a meeting that share a side; a visit and talks or a meeting between the same
    sides (one's sides within the other's): a state visit and other talks that merely share
    the host stay two events."""
    pa, pb = set(a.participants), set(b.participants)
    if not ({a.kind, b.kind} <= _TALKS_OR_MEETING and pa & pb):
        return False
    return DiplomacyKind.visit not in (a.kind, b.kind) or pa <= pb or pb <= pa


# Events between two sides: the same form with another counterpart is another event.
_BILATERAL = {DiplomacyKind.phone_call, DiplomacyKind.meeting, DiplomacyKind.visit, DiplomacyKind.talks}
_TWO_SIDED = _BILATERAL - {DiplomacyKind.talks}
# A sentence whose subject is a pronoun ("He also spoke with…", "Later she met…").
_PRONOUN_SUBJECT = re.compile(r"(?:[\w,'’ ]{0,30}?,\s*)?(?:he|she)\b", re.I)


def _other_counterpart(a: Diplomacy, b: Diplomacy) -> bool:
    """"A spoke with B… A also held a call with C": each names two sides and neither's sides hold
    the other's: two events, even on the same day (a multilateral event told in parts is not)."""
    if not {a.kind, b.kind} <= _TWO_SIDED:
        return False  # talks often gather more parties told one by one
    pa, pb = set(a.participants), set(b.participants)
    return len(pa) >= 2 and len(pb) >= 2 and not (pa <= pb or pb <= pa)


def _delivered(rec: Diplomacy) -> bool:
    return any(lx.AID_DELIVERED.search(e.text) for e in rec.evidence)


def _merge_diplomacy(found: list[tuple[int, Diplomacy]], idx: int, rec: Diplomacy) -> None:
    """Same kind and a shared participant (or adjacent and one side unnamed): one event. "Talks",
    "the meeting" and "the visit" with a shared side are one event told twice (talks when the
    article calls it talks, codebook rule 14). Records held in different
    places or on different days stay apart."""
    for i, (j, old) in enumerate(found):
        if old.status != rec.status:
            continue
        same_kind = old.kind == rec.kind
        if not same_kind and not _one_event_two_names(old, rec):
            continue
        if old.location and rec.location and old.location.name != rec.location.name:
            continue  # talks in Ankara and talks in Istanbul are two events
        if _days_apart(old.date, rec.date):
            continue  # a call on Monday and a call on Friday
        if old.kind is DiplomacyKind.military_aid and _delivered(old) != _delivered(rec):
            continue  # systems pledged, and later the first of them delivered: two events
        if _other_counterpart(old, rec):
            if rec.date is None and idx - j <= 2:  # "He then called Starmer": the day just told
                rec = rec.model_copy(update={"date": old.date})
            continue  # a call with Macron and then one with Starmer
        shared = set(old.participants) & set(rec.participants)
        adjacent = idx - j <= 2
        if shared or adjacent:
            kind = DiplomacyKind.talks if DiplomacyKind.talks in (old.kind, rec.kind) else old.kind  # rule 14
            merged = old.model_copy(update={
                "kind": kind,
                "participants": old.participants + [p for p in rec.participants if p not in old.participants],
                "evidence": old.evidence + rec.evidence,  # a later sentence: never already there
                "location": old.location or rec.location,
                "date": old.date or rec.date,
            })
            found[i] = (idx, merged)
            return
    found.append((idx, rec))
