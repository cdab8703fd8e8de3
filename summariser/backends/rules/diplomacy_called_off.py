"""A plan told in the past tense and called off in a later clause (dev18 class C4): "talks were to
open in Baku on Tuesday, but Azerbaijan said on Friday they had been postponed". Wire copy tells a
forthcoming plan in the past once it is called off, so the plan's weekday is the first such day on
or after the day the cancellation was made known (when the sentence dates it), not the weekday
gone by; the later clause gives the status (postponed with no new day: stalled, codebook 16)."""

from __future__ import annotations

import datetime as dt
import re
from functools import partial

from ...calendar_days import MON, MONTHS, WD, WEEKDAYS, month_span
from ...knowledge import cues
from ...records import DateSpan, DiplomacyStatus
from ...sentences import Sentence
from .diplomacy_dates import diplomacy_date, new_day_told


_alt = partial(cues.alternation, "diplomacy_called_off")


_PLAN_PAST = re.compile(rf"\b(?:{_alt('plan_told_past')})", re.I)
_LATER_CLAUSE = re.compile(r"(?:,\s*(?:but|yet|though|although)\b|;|\s[\u2014\u2013-]\s|,\s*(?:only\s+)?for\s+)", re.I)
_OFF = re.compile(rf"\b(?:{_alt('called_off_verbs')})\b", re.I)
_POSTPONED = re.compile(rf"\b(?:{_alt('postponed_verbs')})\b", re.I)
_WEEKDAY = re.compile(rf"\b(?:(?:late|early)\s+)?on\s+(?P<wd>{WD})\b", re.I)
# dev20 class C5: the event noun's own calling-off predicate after asides set off by commas ("A meeting of A and B
# officials on quotas, pencilled in for Thursday, was called off"), and dev21 class C4: after a relative
# clause with no commas ("A session of A and B negotiators that was due in Almaty next week has been put
# off"): the rest of the noun phrase, the asides, then the calling-off or postponing verb with its auxiliaries
_AUXILIARY = r"(?:has|have|had|was|were|is|are|been|being|now|since|also|abruptly|quietly|reportedly|officially|again)"
_ASIDES = (r"(?:(?:,[^,.;:()]{1,90},)+"
           rf"|(?P<rel>\s(?:that|which|who)\s(?=[^,.;:()]*?\b(?!{_AUXILIARY}\b)[a-z]{{3,}})[^,.;:()]{{1,120}}?))")
_ASIDES_THEN_OFF = re.compile(
    rf"(?:[^,.;:()]|(?<=\b[A-Z])\.){{0,90}}?{_ASIDES}\s*(?:{_AUXILIARY}\s+)*"  # (an initial's dot: "U.S.", r29)
    rf"(?:(?P<verb>{_alt('called_off_verbs')})|(?P<later>{_alt('postponed_verbs')}))\b(?!\s+(?:from|by)\b)", re.I)
# ("was postponed from February", "were delayed by a day": held late, not put off)
# the event noun opens the sentence as its subject ("A meeting of …", "Zelensky's planned visit"), not
# inside a phrase of time or place ("After the visit, …, the talks were called off")
_OPENING_SUBJECT = re.compile(
    r"\s*(?:(?!(?:after|following|during|before|since|despite|at|on|in|for|with|from|ahead|amid|as|when|while)\b)"
    r"[\w'’.-]+\s+){0,6}$", re.I)  # (r30: "A fresh round of Ukrainian-Russian talks")
_GATHERING_NOUN = re.compile(rf"(?:{_alt('gathering_nouns')})$", re.I)
# a round set for a time: "a third session penciled in for mid-June", "the sitting, slated for late July,"
# (or, round 13 dev23 C3, past a longer description when a relative clause tells the plan: "the fifth
# round of talks between A and B in C, which had been set for late April,")
_ROUND_SET_FOR = re.compile(rf"\b(?:{_alt('gathering_nouns')})\b(?:[^.;]{{0,40}}?|[^.;]{{0,90}}?\b(?:which|that)\s+"
                            rf"(?:had\s+been|has\s+been|was|were)\s+)\b(?:{_alt('round_set_for')})\s+", re.I)
_NOT_HELD = re.compile(rf"\b(?:{_alt('round_not_held')})", re.I)
_MONTH_PART = re.compile(rf"(?:(?:early|mid|late|the\s+(?:start|end|middle|beginning)\s+of)[\s-]+)?(?P<mon>{MON})\b", re.I)
_NEXT_SENTENCE = re.compile(r"\s*[^.!?]{1,300}[.!?]")
_ANNOUNCED = re.compile(rf"\b(?:{_alt('announcement_verbs')})\s+(?:[\w'’-]+\s+){{0,3}}?$", re.I)


_NO_NEW_DATE = re.compile(rf"\b(?:{_alt('no_new_date')})\b", re.I)
_PUT_OFF = re.compile(rf"\b(?:{_alt('called_off_verbs')}|{_alt('postponed_verbs')})\b", re.I)


# the next sentence opens on an event of its own, its sides told ("talks between A and B", "a meeting of A's and
# B's ministers"), not the event just told named again ("the talks", "it")
_OWN_EVENT = re.compile(r"\s*(?:[\w'’-]+(?:\s+[\w'’-]+){0,3},\s+)?(?:(?:a|new|separate)\s+)?(?:[\w-]+\s+)?"
                        r"(?:talks|meeting|negotiations|summit|visit|round)\s+(?:between|of|with)\b", re.I)


def without_new_date(text: str, s: Sentence, status: DiplomacyStatus, gathering: bool = True) -> DiplomacyStatus:
    """A plan called off or put off, with no replacement day told in its sentence or the next (round 15,
    dev28 C1): stalled (codebook 16); any other status unchanged. A measure (`gathering` False) reads its
    own sentence only: the next one's postponed talks are another event (r30)."""
    if status not in (DiplomacyStatus.cancelled, DiplomacyStatus.planned):
        return status
    nxt = _NEXT_SENTENCE.match(text, s.end) if gathering else None
    if nxt is not None and _OWN_EVENT.match(text, s.end):
        nxt = None  # r47 (dev69): "Closer to home, talks between A and B ... were postponed; no new date": that event's
    hi = nxt.end() if nxt else s.end
    if nxt is not None and _POSTPONED.search(text, s.end, hi) and (third := _NEXT_SENTENCE.match(text, hi)) is not None:
        hi = third.end()  # r30: '... will not open as planned. "It has been put back. Nobody has named a date"'

    if not _NO_NEW_DATE.search(text, s.start, hi):
        return status
    if status is DiplomacyStatus.cancelled or _PUT_OFF.search(text, s.start, hi):
        return DiplomacyStatus.stalled
    return status


def called_off_status(text: str, s: Sentence, cue: re.Match[str]) -> DiplomacyStatus | None:
    """Cancelled or stalled when the cue's plan, told in the past ("were to", "was due to", "had
    been set for"), is called off in a later clause of the sentence, or when the cue's noun is the
    subject of a calling-off verb across asides between commas; else None."""
    across = _called_off_across_asides(text, s, cue)
    if across is not None:
        return across
    plan = _PLAN_PAST.search(text, max(s.start, cue.start() - 80), min(s.end, cue.end() + 80))
    if plan is None:
        return None
    later = _LATER_CLAUSE.search(text, max(plan.end(), cue.end()), s.end)
    if later is None:
        return None
    if _POSTPONED.search(text, later.end(), s.end):
        return DiplomacyStatus.stalled
    return DiplomacyStatus.cancelled if _OFF.search(text, later.end(), s.end) else None


def _called_off_across_asides(text: str, s: Sentence, cue: re.Match[str]) -> DiplomacyStatus | None:
    """"A round of X and Y envoys, slated for Friday, was scrapped": the opening event noun's own
    calling-off verb (cancelled); "… that was due in May has been postponed": its postponing verb after
    a relative clause (stalled; a new day told for it makes it planned, `rescheduled_date`). A
    postponement between commas is often moved to a new day: left to the plan reader."""
    if not (_GATHERING_NOUN.search(cue.group(0).rstrip()) and _OPENING_SUBJECT.match(text, s.start, cue.start())):
        return None
    m = _ASIDES_THEN_OFF.match(text, cue.end(), s.end)
    if m is None:
        return None
    if m.group("verb"):
        return DiplomacyStatus.cancelled
    return DiplomacyStatus.stalled if m.group("rel") else None  # (put off between commas: the plan reader's)


# the calling-off verb with its day right after it: "was called off on Wednesday", "postponed late on Monday"
_OFF_ON_DAY = re.compile(rf"\b(?:{_alt('called_off_verbs')}|{_alt('postponed_verbs')})\s+(?:(?:late|early)\s+)?on\s+", re.I)


# the plan's own time after the event noun: "scheduled in Riyadh for 3 May", "set for Friday"
# (r41: "that officials were preparing for mid-May": the time it was being prepared for)
_SET_FOR = re.compile(r"\s(?:planned|set|scheduled|slated|due|expected|pencill?ed\s+in|fixed|arranged|prepar(?:ing|ed)"
                      r"|meant\s+to\s+(?:open|start))\s+"
                      r"(?:(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+)?(?:for|on)\s+", re.I)


def plan_day_before_off(text: str, s: Sentence, cue: re.Match[str], date: DateSpan | None,
                        published: dt.date | None) -> DateSpan | None:
    """"The session planned for Geneva next week was called off on Wednesday": the day after the
    calling-off verb is when it was called off; the plan's own time, told between the event noun and
    the verb, dates the event (codebook 11; r30). "An aide said on 2 May that the round scheduled in
    Riyadh for 5 May has been put back": the day set for it, not the day of the words. The date
    unchanged when no plan's time is told."""
    set_for = _SET_FOR.search(text, cue.end(), min(s.end, cue.end() + 120))
    if set_for is not None:
        planned = diplomacy_date(text, set_for.end(), min(s.end, set_for.end() + 30), published, DiplomacyStatus.planned) \
            or _month_part(text, set_for.end(), published)
        if planned is not None and planned.text and text.startswith(planned.text, set_for.end()) \
                and _weekday_of(planned) is None:  # (a bare weekday is `called_off_day`'s, counted from the calling off)
            return planned
    if date is None or not date.text:
        return date
    for off in _OFF_ON_DAY.finditer(text, cue.end(), s.end):
        if text.find(date.text, off.start(), off.end() + len(date.text)) >= 0:  # ("on Wednesday" or "Wednesday")
            plan = diplomacy_date(text, cue.end(), off.start(), published, DiplomacyStatus.planned)
            return plan if plan is not None else date
    return date


def _month_part(text: str, pos: int, published: dt.date | None) -> DateSpan | None:
    """"set for early November": the month (the next one of that name), as a round's "set for mid-June" reads."""
    m = _MONTH_PART.match(text, pos)
    if m is None or published is None:
        return None
    month = MONTHS[m.group("mon").lower()]
    return month_span(published.year + (month < published.month), month, m.group(0))


def called_off_day(text: str, s: Sentence, date: DateSpan | None, published: dt.date | None) -> DateSpan | None:
    """The called-off plan's weekday counted from the day the cancellation was made known ("said on
    Friday"): the first such weekday on or after it; the date unchanged when the sentence gives no
    such day or the plan's date is no bare weekday."""
    unheld = _unheld_round_day(text, s, published, date is None)
    if unheld is not None:  # "…is frozen. Its next session, set for mid-June, was never held"
        return unheld
    planned = _weekday_of(date)
    if planned is None or published is None or date is None:
        return date
    told = _announcement_weekday(text, s)
    if told is None:
        return _nearer_weekday(text, s, date, published)
    said = published - dt.timedelta(days=(published.weekday() - told) % 7)
    day = said + dt.timedelta(days=(planned - said.weekday()) % 7)
    return DateSpan(start=day, end=day, text=date.text, precision=date.precision)


def _nearer_weekday(text: str, s: Sentence, date: DateSpan, published: dt.date) -> DateSpan:
    """A called-off plan's weekday with no day of the calling off told: the coming one when it is called off
    now ("has been postponed", "would not go ahead"); else the past one when it lies at most three days back,
    the sentence itself tells the calling-off in the past, or the piece looks back on its week; else the coming one ("Biden was to convene the
    gathering at Ramstein on Saturday. That gathering was put off", published on a Friday: tomorrow; r30)."""
    from ...grounding.called_off import NEARER_BACK, backshifted_now, called_off_now, looking_back, weeks_on

    if date.start is None or date.start >= published or looking_back(s.text) or looking_back(text[:800]) \
            or not (_PLAN_PAST.search(text, s.start, s.end) or _SET_FOR.search(text, s.start, s.end)):
        return date  # (a failure told on its day, "failed on Wednesday to approve", is no plan's weekday)
    now = called_off_now().search(s.text) or backshifted_now().search(s.text)
    if not now and ((published - date.start).days <= NEARER_BACK or _PUT_OFF.search(s.text)):
        return date  # ("would not go ahead", "has been postponed": called off before its day, which lies ahead; a
        # calling-off told in the past in the plan's own sentence keeps the day gone by, "were postponed last week")
    return weeks_on(date, published)


def _unheld_round_day(text: str, s: Sentence, published: dt.date | None, undated: bool) -> DateSpan | None:
    """The month a round of the called-off or stalled event was set for, told in its sentence or the
    next (dev22 class C5): "a round pencilled in for mid-April did not take place" (a time gone by),
    "the next session, slated for late June, is now in doubt" (a time ahead); any other time only
    for an event its own words leave `undated` (a weekday set for is `called_off_day`'s)."""
    nxt = _NEXT_SENTENCE.match(text, s.end)
    hi = nxt.end() if nxt else s.end
    m = _ROUND_SET_FOR.search(text, s.start, hi)
    if m is None:
        return None
    gone = _NOT_HELD.search(text, m.end(), hi) is not None
    month = _MONTH_PART.match(text, m.end(), hi)
    if month is None and not undated:
        return None
    if month and published:  # "for mid-June": that month, the last one gone by or the next one ahead
        mon = MONTHS[month.group("mon").lower()]
        year = published.year - (mon > published.month) if gone else published.year + (mon < published.month)
        return month_span(year, mon, month.group(0))
    return diplomacy_date(text, m.end(), min(hi, m.end() + 40), published,
                          DiplomacyStatus.held if gone else DiplomacyStatus.planned)


def _weekday_of(date: DateSpan | None) -> int | None:
    words = (date.text or "").lower().split() if date else []
    if len(words) > 2 or any(w in ("last", "next", "this") for w in words):
        return None  # "last Tuesday", "next Friday": the article fixed the week itself
    return next((WEEKDAYS.index(w) for w in words if w in WEEKDAYS), None)


def _announcement_weekday(text: str, s: Sentence) -> int | None:
    """The weekday a speech or cancelling verb right before dates ("Turkey said on Thursday"), or
    that opens the sentence telling the calling off ("On Thursday it was called off")."""
    for m in _WEEKDAY.finditer(text, s.start, s.end):
        if _ANNOUNCED.search(text, max(s.start, m.start() - 40), m.start()) or not text[s.start:m.start()].strip():
            return WEEKDAYS.index(m.group("wd").lower())
    return None


def moved_day(text: str, s: Sentence, cue: re.Match[str], published: dt.date | None) -> DateSpan | None:
    """A put-off event's new day told after it, in its sentence or the next ("postponed a trip that had
    been set for Monday; it will now take place on 3 June", "… He would now fly to Doha on 10 March"):
    the event is planned at that day (codebook 16, r22 dev41 D8); None when no new day is told."""
    nxt = _NEXT_SENTENCE.match(text, s.end)
    return new_day_told(text, cue.end(), nxt.end() if nxt else s.end, published)
